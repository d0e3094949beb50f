/**
 * analysis.js: closed-form facts about one-weight gradient descent, and the sentence that says them.
 *
 * The twin of gdcourse/analysis.py (Python is the oracle): r = 1 - alpha * input**2 worked out in
 * parts as Python does, the same regime for every r, and `describe` word for word.
 */

import { finalError } from "./learning.js";
import { frexp, ldexp } from "./numeric.js";
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

/** One sentence on a run: its regime, r, and the error after the steps shown (analysis.describe). */
export function describe(run, shown = null) {
  const total = run.weights.length;
  const steps = shown === null ? total : Math.min(shown, total);
  if (run.input === 0) {
    return `stays where it is: input is 0, so the weight never moves (error ${format(run.goal * run.goal, ".3g")})`;
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
