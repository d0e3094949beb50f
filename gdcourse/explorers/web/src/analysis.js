/**
 * analysis.js: closed-form facts about one-weight gradient descent, and the sentence that says them.
 *
 * The twin of gdcourse/analysis.py (Python is the oracle): r = 1 - alpha * input**2 worked out in
 * parts as Python does, the same regime for every r, and `runSummary` (summaries.run_summary) word for word.
 */

import { finalError } from "./learning.js";
import { LN2, frexp, ldexp, portableLog } from "./numeric.js";
import { format, repr } from "./pyformat.js";

export const EDGE_TOLERANCE = 1e-12;
export const DIVERGED_ERROR = 1e16;

export const Regime = Object.freeze({
  ONE_STEP: "converges in one step",
  STEADY: "converges steadily",
  OSCILLATES: "oscillates and converges",
  BOUNCES: "bounces forever",
  DIVERGES: "diverges",
  STAYS: "stays where it is",
  CLIMBS: "climbs away",
});

/** The regime of one r (the rule of analysis.regimes_of). */
export function regimeOf(r) {
  if (Math.abs(r) <= EDGE_TOLERANCE) return Regime.ONE_STEP;
  if (Math.abs(r + 1) <= EDGE_TOLERANCE) return Regime.BOUNCES;
  if (Math.abs(r - 1) <= EDGE_TOLERANCE) return Regime.STAYS;
  if (r > 1) return Regime.CLIMBS;
  if (r > 0) return Regime.STEADY;
  if (r > -1) return Regime.OSCILLATES;
  return Regime.DIVERGES;
}

/** alpha * input**2 in parts, so that nothing overflows on the way (analysis.alpha_input_squared). */
export function alphaInputSquared(input, alpha) {
  const [mInput, eInput] = frexp(input);
  const [mAlpha, eAlpha] = frexp(alpha);
  return ldexp(mAlpha * (mInput * mInput), eAlpha + 2 * eInput);
}

/** r = 1 - alpha * input**2: each step multiplies the distance to the goal weight by r. */
export function convergenceFactor(input, alpha) {
  return 1.0 - alphaInputSquared(input, alpha);
}

/** top / input**2 in parts (analysis._over_input_squared); input must not be 0. */
export function overInputSquared(top, input) {
  const [m, e] = frexp(input);
  return ldexp(top / (m * m), -2 * e);
}

/** x to 3 significant digits, or more where 3 would round it onto an edge it is not on. */
export function shownApart(x, edges = [-1.0, 0.0, 1.0]) {
  for (let digits = 3; digits < 18; digits += 1) {
    const text = format(x, `.${digits}g`);
    const value = Number(text);
    if (!edges.some((edge) => value === edge && Math.abs(x - edge) > EDGE_TOLERANCE)) return text;
  }
  return repr(x);
}

/** One sentence on a run: its regime, r, and the error after the steps shown (summaries.run_summary). */
export function runSummary(run, shown = null) {
  const total = run.weights.length;
  const steps = shown === null ? total : Math.min(shown, total);
  if (run.input === 0) {
    return `${Regime.STAYS}: input is 0, so the weight never moves (error ${format(run.goalPred * run.goalPred, ".3g")})`;
  }
  const words = regimeOf(convergenceFactor(run.input, run.alpha));
  const r = shownApart(convergenceFactor(run.input, run.alpha));
  const last = steps === total ? finalError(run) : run.errors[steps];
  const plural = steps === 1 ? "step" : "steps";
  if (run.diverged || last > DIVERGED_ERROR) {
    const stopped = run.diverged ? run.divergedAt : steps;
    return `${words}: r = ${r}; error above ${format(DIVERGED_ERROR, ".0e")} after ${stopped} ${plural}`;
  }
  return `${words}: r = ${r}; error ${format(last, ".3g")} after ${steps} ${plural}`;
}

/** log |input * weight - goal_pred| in parts, so that nothing overflows (analysis._log_abs_miss). */
function logAbsMiss(weight, input, goalPred) {
  const [mInput, eInput] = frexp(input);
  const [mWeight, eWeight] = frexp(weight);
  const [mGoalPred, eGoalPred] = frexp(goalPred);
  const ePred = eInput + eWeight;
  const top = Math.max(ePred, eGoalPred);
  const miss = ldexp(mInput * mWeight, ePred - top) - ldexp(mGoalPred, eGoalPred - top);
  return portableLog(Math.abs(miss)) + top * LN2;
}

/** What a count needs of a cell's r, worked out once: its regime and, where the error shrinks, log |r|.
 * Both depend on input and alpha alone, so the regime map keeps them across frames. */
function cellOf(r) {
  const kind = regimeOf(r);
  const shrinks = kind === Regime.STEADY || kind === Regime.OSCILLATES;
  return { kind, logR: shrinks ? portableLog(Math.abs(r)) : NaN };
}

/** A count from a cell (cellOf) and logs: count_steps' settling, for one cell (numpy's whole-array loop
 * stops changing a cell once it has settled, as this one stops). */
function stepsFrom({ kind, logR }, logError0, logTolerance) {
  let steps = Infinity;
  if (kind === Regime.STEADY || kind === Regime.OSCILLATES) {
    const guess = Math.ceil((logTolerance - logError0) / (2 * logR));
    let k = Number.isFinite(guess) ? Math.max(1, guess) : 1; // nan_to_num(nan=1, posinf=1, neginf=1)
    for (let turn = 0; turn < 8; turn += 1) {
      const lower = k > 1 && logError0 + 2 * (k - 1) * logR < logTolerance;
      const higher = logError0 + 2 * k * logR >= logTolerance;
      if (!lower && !higher) break;
      k = k - Number(lower) + Number(higher);
    }
    steps = k;
  }
  if (kind === Regime.ONE_STEP) steps = 1.0;
  return logError0 < logTolerance ? 0.0 : steps;
}

/** r = 1 - alpha * input**2 from the parts of input and alpha, as count_steps works it out. */
function factorFromParts([mInput, eInput], [mAlpha, eAlpha]) {
  return 1.0 - ldexp(mAlpha * (mInput * mInput), eAlpha + 2 * eInput);
}

/**
 * analysis.count_steps for one cell: how many updates until the error is below `tolerance`, Infinity
 * if it never does, in the kernel's order of operations, so the same count at every boundary. (Added
 * for the regime map, with countStepsGrid.)
 */
export function countSteps(weight, input, goalPred, alpha, tolerance = 1e-6) {
  const cell = cellOf(factorFromParts(frexp(input), frexp(alpha)));
  return stepsFrom(cell, 2 * logAbsMiss(weight, input, goalPred), portableLog(tolerance));
}

const gridCells = new WeakMap(); // alphas -> { inputs, rows }: the last grid's cells (cellOf)

/** The cells (cellOf) of a grid, rows for `alphas` and columns for `inputs`, kept for the next call
 * with the same two arrays: a drag of weight or goal_pred reshades the same grid on every frame. */
function cellsOf(inputs, alphas) {
  const kept = gridCells.get(alphas);
  if (kept && kept.inputs === inputs) return kept.rows;
  const inputParts = inputs.map(frexp);
  const rows = alphas.map((alpha) => {
    const parts = frexp(alpha);
    return inputParts.map((inputPart) => cellOf(factorFromParts(inputPart, parts)));
  });
  gridCells.set(alphas, { inputs, rows });
  return rows;
}

/**
 * count_steps over a grid, rows for `alphas` and columns for `inputs` (figures.regime_map.steps_grid):
 * each cell's count is countSteps', with what a row or a column shares worked out once. The arrays
 * must not change after a call: their cells are kept for the next one (see cellsOf).
 */
export function countStepsGrid(weight, goalPred, inputs, alphas, tolerance = 1e-6) {
  const logTolerance = portableLog(tolerance);
  const logErrors0 = inputs.map((input) => 2 * logAbsMiss(weight, input, goalPred));
  return cellsOf(inputs, alphas).map((row) => row.map((cell, j) => stepsFrom(cell, logErrors0[j], logTolerance)));
}
