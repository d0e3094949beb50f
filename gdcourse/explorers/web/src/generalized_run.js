/**
 * generalized_run.js: chapter 5's three weights learning at once, and the sentence that says what they did.
 *
 * The twin of gdcourse/generalized.py's loop (learn, learn_games and total_error for several inputs and
 * one output), of GeneralizedSettings.path (gdcourse/settings.py), of the shared-delta facts in
 * gdcourse/analysis.py (shared_factor, shared_regime, pass_factor) and of gdcourse/pictures/generalized.py's
 * summary. Python is the oracle: the loop runs in the book's order of operations on plain doubles, so
 * every weight and error is the kernel's to the last bit, and the summary is the kernel's word for word.
 * Settings: { a, b, c, alpha, iterations, frozen: [bool, bool, bool], games: "first" | "all", plane: ["a", "b"] }.
 */

import { DIVERGED_ERROR, Regime, convergenceFactor, regimeOf } from "./analysis.js";
import { number } from "./compare.js";
import { square } from "./numeric.js";
import { format, repr } from "./pyformat.js";

/** The book's four games (toes, win/loss record, fans) and whether each was won. */
export const GAME_INPUTS = [
  [8.5, 0.65, 1.2],
  [9.5, 0.8, 1.3],
  [9.9, 0.8, 0.5],
  [9.0, 0.9, 1.0],
];
export const WIN_OR_LOSE = [1.0, 1.0, 0.0, 1.0];
export const WEIGHT_NAMES = ["a", "b", "c"];
export const INPUT_NAMES = ["toes", "win/loss", "fans"];
export const GAME_CHOICES = ["first", "all"];
export const PLANES = [
  ["a", "b"],
  ["a", "c"],
  ["b", "c"],
];

/** The games a run learns from, and their goal_preds (GeneralizedSettings.inputs and .goal_preds). */
export function gamesOf(settings) {
  const inputs = settings.games === "first" ? GAME_INPUTS.slice(0, 1) : GAME_INPUTS;
  return [inputs, WIN_OR_LOSE.slice(0, inputs.length)];
}

/** generalized._w_sum: the book's weighted sum, from 0 in order. */
function wSum(a, b) {
  let out = 0.0;
  for (let k = 0; k < a.length; k += 1) out += a[k] * b[k];
  return out;
}

/**
 * generalized._loop for one output: predict, compare, learn, game `step % games` at each step.
 * Returns { weights (before each update), finalWeights, diverged, divergedAt, games }.
 */
export function learnGames(start, inputs, goalPreds, alpha, iterations, frozen) {
  let weights = start.slice();
  const recorded = [];
  let divergedAt = null;
  for (let step = 0; step < iterations; step += 1) {
    const input = inputs[step % inputs.length];
    const goalPred = goalPreds[step % inputs.length];
    const pred = wSum(input, weights);
    const error = square(pred - goalPred);
    const delta = pred - goalPred;
    const weightDeltas = input.map((x, j) => (frozen[j] ? 0.0 : delta * x));
    let all = 0;
    for (const wd of weightDeltas) all += wd;
    if (!Number.isFinite(error + all)) {
      divergedAt = step;
      break;
    }
    recorded.push(weights);
    weights = weights.map((w, j) => w - alpha * weightDeltas[j]);
  }
  return { weights: recorded, finalWeights: weights, diverged: divergedAt !== null, divergedAt, games: inputs.length };
}

/** generalized.total_error: the squared error added over the games, inf if it overflows. */
export function totalError(weights, inputs, goalPreds) {
  let total = 0.0;
  inputs.forEach((x, g) => {
    total += square(wSum(x, weights) - goalPreds[g]);
  });
  return Number.isFinite(total) ? total : Infinity;
}

/** The run these settings describe (GeneralizedSettings.trajectory). */
export function trajectoryOf(settings) {
  const [inputs, goalPreds] = gamesOf(settings);
  const s = settings;
  return learnGames([s.a, s.b, s.c], inputs, goalPreds, s.alpha, s.iterations * inputs.length, s.frozen);
}

/**
 * GeneralizedSettings.path: the weights at the start of each step (each pass, for all games) and after
 * the last, with the error over the games at each. Returns { run, weights, errors }.
 */
export function pathOf(settings) {
  const run = trajectoryOf(settings);
  const [inputs, goalPreds] = gamesOf(settings);
  const weights = run.weights.filter((_, k) => k % run.games === 0);
  if (!run.diverged) weights.push(run.finalWeights);
  return { run, weights, errors: weights.map((w) => totalError(w, inputs, goalPreds)) };
}

/** analysis._learning_inputs: the inputs of the weights that learn. */
function learningInputs(input, frozen) {
  return input.filter((_, k) => !frozen[k]);
}

/** Python's sum(x * x for x in xs): from the integer 0, in order. */
function sumOfSquares(xs) {
  let total = 0;
  for (const x of xs) total += x * x;
  return total;
}

/** analysis.shared_factor: r = 1 - alpha * (the learning inputs' squares added up). */
export function sharedFactor(input, alpha, frozen) {
  return 1.0 - alpha * sumOfSquares(learningInputs(input, frozen));
}

/** analysis.shared_regime: the regime of one weight whose input**2 is that sum. */
export function sharedRegime(input, alpha, frozen) {
  return regimeOf(convergenceFactor(Math.sqrt(sumOfSquares(learningInputs(input, frozen))), alpha));
}

/** The n x n product a @ b, each entry added up from the first term in order. */
function matmul(a, b) {
  return a.map((row) => b[0].map((_, j) => row.reduce((sum, value, k) => (k === 0 ? value * b[0][j] : sum + value * b[k][j]), 0)));
}

/** Newton's steps on a polynomial (coefficients, highest first) from x, while they bring it closer. */
function polish(coefficients, x) {
  let best = x;
  for (let k = 0; k < 12; k += 1) {
    let value = 0;
    let slope = 0;
    for (const c of coefficients) {
      slope = slope * best + value;
      value = value * best + c;
    }
    const next = best - value / slope;
    if (!Number.isFinite(next) || next === best) break;
    best = next;
  }
  return best;
}

/** The roots [re, im] of a monic quadratic or cubic with real coefficients (highest first). */
function rootsOf(coefficients) {
  if (coefficients.length === 3) {
    const [, b, c] = coefficients;
    const half = -b / 2;
    const disc = half * half - c;
    if (disc < 0) return [[half, Math.sqrt(-disc)], [half, -Math.sqrt(-disc)]];
    const larger = half + (half >= 0 ? Math.sqrt(disc) : -Math.sqrt(disc)); // no cancellation
    const smaller = larger !== 0 ? c / larger : 0; // the product of the roots is c
    return [larger, smaller].map((x) => [polish(coefficients, x), 0]);
  }
  const [, b, c, d] = coefficients;
  // one real root, bisected between bounds that hold every root and polished by Newton's steps
  const bound = 1 + Math.max(Math.abs(b), Math.abs(c), Math.abs(d));
  const at = (x) => ((x + b) * x + c) * x + d;
  let low = -bound;
  let high = bound;
  for (let k = 0; k < 2100; k += 1) {
    const middle = (low + high) / 2;
    if (middle <= low || middle >= high) break;
    if (at(middle) < 0) low = middle;
    else high = middle;
  }
  const root = polish(coefficients, (low + high) / 2);
  // the other two: x^3 + b x^2 + c x + d = (x - root)(x^2 + p x + q)
  const p = b + root;
  const q = Math.abs(root) > 1 ? -d / root : c + p * root;
  const others = rootsOf([1, p, q]).map(([re, im]) => (im === 0 ? [polish(coefficients, re), 0] : [re, im]));
  return [[root, 0], ...others];
}

/**
 * The spectral radius of a 1 x 1, 2 x 2 or 3 x 3 real matrix m: its eigenvalues' largest size, which
 * the kernel gets from numpy.linalg.eigvals (LAPACK). Worked out here from the characteristic
 * polynomial of m - I (whose roots, the eigenvalues less 1, keep their digits when they crowd near 1),
 * so the last digit or two may differ from LAPACK's: the summary shows the factor only to the few
 * digits that tell it from 1 (factorStr), and the tests compare those words over the alpha slider.
 */
export function spectralRadius(m) {
  const n = m.length;
  if (n === 1) return Math.abs(m[0][0]);
  const e = m.map((row, i) => row.map((v, j) => (i === j ? v - 1.0 : v)));
  let coefficients;
  if (n === 2) {
    coefficients = [1, -(e[0][0] + e[1][1]), e[0][0] * e[1][1] - e[0][1] * e[1][0]];
  } else {
    const t = e[0][0] + e[1][1] + e[2][2];
    const minors =
      e[0][0] * e[1][1] - e[0][1] * e[1][0] + (e[0][0] * e[2][2] - e[0][2] * e[2][0]) + (e[1][1] * e[2][2] - e[1][2] * e[2][1]);
    const det =
      e[0][0] * (e[1][1] * e[2][2] - e[1][2] * e[2][1]) -
      e[0][1] * (e[1][0] * e[2][2] - e[1][2] * e[2][0]) +
      e[0][2] * (e[1][0] * e[2][1] - e[1][1] * e[2][0]);
    coefficients = [1, -t, minors, -det];
  }
  const sizes = rootsOf(coefficients).map(([re, im]) => (im === 0 ? Math.abs(1 + re) : Math.sqrt(square(1 + re) + square(im))));
  return Math.max(...sizes);
}

/** analysis.pass_factor: the spectral radius of one pass's product of (I - alpha x x^T). */
export function passFactor(inputs, alpha, frozen) {
  const learning = inputs.map((row) => learningInputs(row, frozen));
  const size = learning[0].length;
  if (size === 0) return 1.0;
  const eye = (i, j) => (i === j ? 1.0 : 0.0);
  let product = learning[0].map((_, i) => learning[0].map((__, j) => eye(i, j)));
  for (const x of learning) {
    const step = x.map((xi, i) => x.map((xj, j) => eye(i, j) - alpha * (xi * xj)));
    product = matmul(step, product);
  }
  const radius = spectralRadius(product);
  return Number.isFinite(radius) ? radius : Infinity;
}

/** Python's round(x) for a float: to the nearest whole number, halves to even. */
function roundHalfEven(x) {
  const whole = Math.floor(x);
  const part = x - whole;
  if (part < 0.5) return whole;
  if (part > 0.5) return whole + 1;
  return whole % 2 === 0 ? whole : whole + 1;
}

/** summaries.factor_str: enough digits that a factor never reads as 1 (or 0) when it is not. */
export function factorStr(x) {
  for (let digits = 3; digits < 12; digits += 1) {
    const text = format(x, `.${digits}g`);
    if (Number(text) !== roundHalfEven(x) || x === roundHalfEven(x)) return text;
  }
  return repr(x);
}

/** pictures.generalized._moves: how far each weight moved, in words. */
function moves(settings, weights) {
  const last = weights[weights.length - 1];
  const parts = WEIGHT_NAMES.map((name, k) =>
    settings.frozen[k] ? `${name} frozen` : `${name} ${format(last[k] - weights[0][k], "+.3g")}`,
  );
  return `weights moved ${parts.join(", ")}`;
}

/** summaries.GROWS_FIRST: the words for a pass factor below 1 whose run ends with a larger error. */
export const GROWS_FIRST = "converges in the long run, though the error grows first";

/** summaries.generalized_summary: what learning does, the error, and how far the weights moved. */
export function summary(settings, path) {
  const s = settings;
  const { weights, errors, run } = path;
  let plural = s.iterations === 1 ? "step" : "steps";
  let over = "error";
  let words;
  let rate;
  if (s.games === "first") {
    words = sharedRegime(GAME_INPUTS[0], s.alpha, s.frozen);
    rate = `r = ${factorStr(sharedFactor(GAME_INPUTS[0], s.alpha, s.frozen))}`;
  } else {
    const factor = passFactor(gamesOf(s)[0], s.alpha, s.frozen);
    words = factor < 1 ? "converges" : factor > 1 ? "diverges" : Regime.STAYS;
    // The factor speaks of the long run; a run whose error ends above where it began must say so.
    if (factor < 1 && !(errors[errors.length - 1] <= errors[0])) words = GROWS_FIRST;
    rate = `factor ${factorStr(factor)} per pass`;
    plural = s.iterations === 1 ? "pass" : "passes";
    over = "error over the four games";
  }
  if (s.frozen.every((frozen) => frozen)) {
    return `${Regime.STAYS}: every weight is frozen, so nothing learns (${over} ${number(errors[0])})`;
  }
  if (run.diverged || !errors.every((e) => Number.isFinite(e)) || Math.max(...errors) > DIVERGED_ERROR) {
    return `${words}: ${rate}; ${over} above ${format(DIVERGED_ERROR, ".0e")} within ${s.iterations} ${plural}`;
  }
  const end = `${over} ${number(errors[0])} → ${number(errors[errors.length - 1])} after ${s.iterations} ${plural}`;
  return `${words}: ${rate}; ${end}; ${moves(s, weights)}`;
}

/** The summary for these settings, run and all (for the tests). */
export function summaryOf(settings) {
  return summary(settings, pathOf(settings));
}
