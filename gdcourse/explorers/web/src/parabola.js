/**
 * parabola.js: what the parabola explorer shows for its settings, as numbers and words.
 *
 * The twin of gdcourse/figures/parabola.py's LearningView and gdcourse/pictures/parabola.py's
 * summary (Python is the oracle: `drawn()` and `summary` equal `frame(...)` here, number for number
 * and word for word). `frame` is pure: the limits it keeps from the frame before come in `memory`.
 * Settings: { weight, input, goal_pred, alpha, iterations, shown (null: all) }; `own` is the learner's rule's
 * run as the kernel worked it out ({ weights, errors, finalWeight, diverged, words }), or null.
 */

import { DIVERGED_ERROR, Regime, runSummary } from "./analysis.js";
import { errorTop, stepAxisEnd, zoomWindow } from "./framing.js";
import { gradientDescent, pointsOf } from "./learning.js";
import { clip, fromPlain, linspace, square } from "./numeric.js";
import { format } from "./pyformat.js";
import { inSequence } from "./sequence.js";

export const ERROR_FLOOR = 1e-16;
export const ERROR_CEILING = DIVERGED_ERROR;
export const CURVE_POINTS = 201;
export const ERROR_LIMITS = [ERROR_FLOOR / 10, ERROR_CEILING * 10];

/** The book's sentence on the run, and the learner's rule's when there is one (summaries.parabola_summary). */
export function summary(settings, run, own = null) {
  let book;
  if (settings.input === 0 && settings.goal_pred !== 0) {
    book =
      `${Regime.STAYS}: input is 0, so every prediction is 0 and goal_pred ${format(settings.goal_pred, "g")} ` +
      "is out of reach";
  } else {
    book = runSummary(run, settings.shown);
  }
  return own === null ? book : `${book}. Your rule ${own.words}`;
}

/** The parabola panel's limits: zoomed on the goal weight, kept from `memory` while they fit. */
function parabolaLimits(input, goalPred, weight, fit, memory) {
  const current = memory === null ? null : memory.x;
  const [low, high] = zoomWindow(input, goalPred, [weight, ...fit], current);
  const xs = linspace(low, high, CURVE_POINTS);
  const ys = xs.map((x) => square(input * x - goalPred));
  const top = errorTop(Math.max(...ys), memory === null ? null : memory.top);
  return { x: [low, high], top, curve: xs.map((x, i) => [x, ys[i]]) };
}

/** A run's steps on the parabola up to the first one out of view, and where that one leaves. */
function pathOf(run, shown, limits) {
  if (run === null) return { points: [], exit: [], exitStep: null };
  const [weights, errors] = pointsOf(run, shown);
  const [low, high] = limits.x;
  const top = limits.top;
  const bottom = -0.04 * top;
  let firstOut = weights.length;
  for (let k = 0; k < weights.length; k += 1) {
    const w = weights[k];
    if (!(w >= low && w <= high && Number.isFinite(errors[k]) && errors[k] <= top)) {
      firstOut = k;
      break;
    }
  }
  const points = weights.slice(0, firstOut).map((w, k) => [w, errors[k]]);
  if (firstOut === weights.length) return { points, exit: [], exitStep: null };
  const out = weights[firstOut];
  const edgeX = Number.isFinite(out) ? clip(out, low, high) : high;
  return { points, exit: [[edgeX, top - 0.03 * (top - bottom)]], exitStep: firstOut };
}

/** A run's errors after each step as drawn on the log scale, and which ones were off it. */
function onTheScale(run, shown) {
  if (run === null) return { errors: [], offScale: [] };
  const [, values] = pointsOf(run, shown);
  const errors = [];
  const offScale = [];
  values.forEach((value, k) => {
    let drawn = Number.isNaN(value) || value === Infinity ? ERROR_CEILING : value;
    drawn = Math.max(drawn, 0);
    const point = [k, clip(drawn, ERROR_FLOOR, ERROR_CEILING)];
    errors.push(point);
    if (drawn < ERROR_FLOOR || drawn > ERROR_CEILING) offScale.push(point);
  });
  return { errors, offScale };
}

/** The learner's rule's run from the kernel, if it was worked out for exactly these settings. */
export function ownFor(settings, own) {
  if (!own || !own.key) return null;
  const s = settings;
  const key = [s.weight, s.input, s.goal_pred, s.alpha, s.iterations, s.shown];
  return own.key.every((value, k) => value === key[k]) ? own : null;
}

/** The learner's run as a run object, for the same drawing as the book's. */
function ownRun(settings, own) {
  if (own === null) return null;
  return {
    weights: own.weights.map(fromPlain),
    errors: own.errors.map(fromPlain),
    finalWeight: fromPlain(own.finalWeight),
    diverged: own.diverged,
    divergedAt: own.divergedAt,
    input: settings.input,
    goalPred: settings.goal_pred,
    alpha: settings.alpha,
  };
}

/**
 * Everything the picture shows for `settings`, given the `memory` of the frame before (null at
 * first): { drawn (LearningView.drawn()'s keys), summary, goalLabel, exitWords, memory }.
 */
export function frame(settings, memory = null, kernelOwn = null) {
  const s = settings;
  const own = ownFor(s, kernelOwn);
  const run = gradientDescent(s.weight, s.input, s.goal_pred, s.alpha, s.iterations);
  const fit = pointsOf(run, 2)[0].filter((w) => Number.isFinite(w));
  const limits = parabolaLimits(s.input, s.goal_pred, s.weight, fit, memory);
  const [low, high] = limits.x;
  const top = limits.top;
  const error = square(s.input * s.weight - s.goal_pred);
  const slope = 2 * s.input * (s.input * s.weight - s.goal_pred);
  const half = (high - low) * 0.12;
  const tangent = [s.weight - half, s.weight + half].map((x) => [x, error + slope * (x - s.weight)]);
  const mine = ownRun(s, own);
  const path = pathOf(run, s.shown, limits);
  const ownPath = pathOf(mine, s.shown, limits);
  const scale = onTheScale(run, s.shown);
  const ownScale = onTheScale(mine, s.shown);
  const hasGoal = s.input !== 0;
  const drawn = {
    curve: limits.curve,
    weight: [[s.weight, error]],
    tangent,
    path: path.points,
    exit: path.exit,
    errors: scale.errors,
    off_scale: scale.offScale,
    own_path: ownPath.points,
    own_exit: ownPath.exit,
    own_errors: ownScale.errors,
    own_off_scale: ownScale.offScale,
    parabola_limits: [
      [low, high],
      [-0.04 * top, top],
    ],
    error_steps_limits: [[-0.5, stepAxisEnd(s.iterations) + 0.5], ERROR_LIMITS],
  };
  return {
    drawn,
    summary: summary(s, run, own),
    goalWeight: hasGoal ? s.goal_pred / s.input : null,
    goalLabel: hasGoal ? `goal weight ${format(s.goal_pred / s.input, ".3g")}` : "",
    exitStep: path.exitStep,
    ownExitStep: ownPath.exitStep,
    hasOwn: own !== null,
    memory: { x: limits.x, top },
  };
}

/** The first frame of a new explorer: its limits fitted to the start, then kept (as draw_learning does). */
export function firstFrame(settings, own = null) {
  const s = settings;
  const start = parabolaLimits(s.input, s.goal_pred, s.weight, [], null);
  const drawnOnce = frame(settings, { x: start.x, top: start.top }, own); // draw_learning's update
  return frame(settings, drawnOnce.memory, own); // and the explorer's first one

}

/** A new explorer's frames for settings shown one after another, with the kernel's own-rule runs. */
export const frameSequence = (settingsList, ownList) => inSequence(firstFrame, frame, settingsList, ownList);

/** The first frames of new explorers, one per settings (the tests' way to start the view). */
export function firstFrames(settingsList, ownList) {
  return settingsList.map((settings, k) => firstFrame(settings, ownList[k] || null));
}
