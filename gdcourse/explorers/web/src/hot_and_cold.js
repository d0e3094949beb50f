/**
 * hot_and_cold.js: what chapter 2's hot-and-cold explorer shows for its settings, as numbers and words.
 *
 * The twin of gdcourse/learning.py's hot_and_cold (the book's loop: try a step up and a step down,
 * keep the better), of gdcourse/figures/hot_and_cold.py's HotAndColdView (the path on the parabola,
 * the error per iteration on a log scale) and of gdcourse/pictures/hot_and_cold.py's summary and alt
 * text. Python is the oracle: `drawn()` and `summary` equal `frame(...)` here, number for number and
 * word for word, the arithmetic done in the kernel's order. The kernel's view keeps no limits from one
 * change to the next (every panel is fitted afresh), so `frame` needs no memory and returns none.
 * Settings: { weight, step_amount, iterations, input, goal_pred } (input and goal_pred are fixed at the start).
 */

import { number } from "./compare.js";
import { errorTop, goalWindow } from "./framing.js";
import { clip, linspace, pyMax, pyMin, square } from "./numeric.js";
import { format, roundTo } from "./pyformat.js";
import { inSequence } from "./sequence.js";

/** The weight slider's ends (HotAndColdSettings.SLIDERS["weight"]): the parabola always covers them. */
export const WEIGHT_RANGE = [-1.0, 2.0];
/** The log error axis shows errors between these; an error of exactly 0 sits on the floor. */
export const ERROR_FLOOR = 1e-12;
export const ERROR_CEILING = 1e3;
/** How near the goal weight counts as on it (pictures.hot_and_cold.ON_GOAL). */
export const ON_GOAL = 1e-9;
export const CURVE_POINTS = 201;

/** framing.ROUND_ENDS: 1, 1.25, 1.5, 2, 2.5, 3, 4, 5, 6 and 8 times a power of 10, from 5 on.
 * Python's round() takes halves to even (12.5 -> 12), as roundTo does. */
export const ROUND_ENDS = [0, 1, 2, 3].flatMap((k) =>
  [1, 1.25, 1.5, 2, 2.5, 3, 4, 5, 6, 8].filter((m) => m * 10 ** k >= 5).map((m) => roundTo(m * 10 ** k, 0)),
);

/** framing.iteration_axis_end: the next round number at or above `iterations`. */
export function iterationAxisEnd(iterations) {
  const end = ROUND_ENDS.find((n) => n >= iterations);
  return end === undefined ? iterations : end;
}

/** 10.0 ** k for the whole k this module needs (-30 to 3): read from text, so correctly rounded,
 * which is what Python's float power gives for these k (JavaScript's ** may be a last bit off). */
function tenTo(k) {
  return Number(`1e${k}`);
}

/**
 * gd.hot_and_cold: the book's loop, in its order of operations. Each iteration predicts, then tries
 * the weight a step up and a step down and keeps the better; a tie (input 0) keeps the weight.
 * The run: { input, goalPred, stepAmount, weights, predictions, errors, weightDeltas, upErrors,
 * downErrors, finalWeight, diverged, divergedAt }, one entry per printed line (before each update).
 */
export function hotAndCold(weight, input, goalPred, stepAmount, iterations) {
  const run = { input, goalPred, stepAmount, weights: [], predictions: [], errors: [], weightDeltas: [] };
  run.upErrors = [];
  run.downErrors = [];
  let divergedAt = null;
  for (let step = 0; step < iterations; step += 1) {
    const prediction = input * weight;
    const error = square(prediction - goalPred);
    const upError = square(goalPred - input * (weight + stepAmount));
    const downError = square(goalPred - input * (weight - stepAmount));
    if (!Number.isFinite(error + upError + downError)) {
      divergedAt = step;
      break;
    }
    const before = weight;
    let move = 0.0;
    if (downError < upError) {
      move = stepAmount;
      weight = weight - stepAmount;
    }
    if (downError > upError) {
      move = -stepAmount;
      weight = weight + stepAmount;
    }
    run.weights.push(before);
    run.predictions.push(prediction);
    run.errors.push(error);
    run.weightDeltas.push(move);
    run.upErrors.push(upError);
    run.downErrors.push(downError);
  }
  return { ...run, finalWeight: weight, diverged: divergedAt !== null, divergedAt };
}

/** figures.hot_and_cold.view_range: the slider's range and every weight the run printed. */
export function viewRange(run, range = WEIGHT_RANGE) {
  if (!run.weights.length) return range;
  return [pyMin([range[0], pyMin(run.weights)]), pyMax([range[1], pyMax(run.weights)])];
}

/** Python's round(x) of a float x >= 0, written as the whole number it gives (halves to even). */
function roundedText(x) {
  if (x >= 2 ** 52) return BigInt(x).toString(); // already whole, and too big for the digits below
  const whole = Math.floor(x);
  const rest = x - whole; // exact for x below 2 ** 52
  const up = rest > 0.5 || (rest === 0.5 && whole % 2 === 1);
  return String(up ? whole + 1 : whole);
}

/** summaries.outcome: on the goal weight, bouncing around it, or still on its way. */
export function outcome(run) {
  const goalWeight = run.goalPred / run.input;
  const weights = run.weights.slice(-2);
  const near = ON_GOAL * Math.max(1.0, Math.abs(goalWeight));
  const onGoal = weights.map((w) => Math.abs(w - goalWeight) <= near);
  const moves = run.weightDeltas.slice(0, -1); // the moves between the printed lines
  const bounces = moves.length >= 2 && moves[moves.length - 1] * moves[moves.length - 2] < 0;
  const last = weights[weights.length - 1];
  const goalText = number(goalWeight);
  const between = `${number(pyMin(weights))} and ${number(pyMax(weights))}`;
  if (bounces && onGoal.some(Boolean)) {
    return `the weight reaches ${goalText}, the goal weight, then hops between ${between}`;
  }
  if (bounces) return `the weight bounces between ${between}, around the goal weight ${goalText}`;
  if (onGoal[onGoal.length - 1]) return `the weight reaches ${goalText}, the goal weight`;
  const toGo = Math.abs(goalWeight - last) / run.stepAmount;
  if (toGo < 0.5) return `the weight is as close to the goal weight ${goalText} as step_amount allows`;
  const rounded = roundedText(toGo);
  const steps = rounded === "1" ? "1 step" : `${rounded} steps`;
  return `the weight is still on its way to the goal weight ${goalText}, about ${steps} to go`;
}

/** summaries.hot_and_cold_summary: the outcome, the predictions spent, and the last error printed. */
export function summary(run) {
  const said = outcome(run);
  const updates = run.weights.length;
  const plural = updates === 1 ? "iteration" : "iterations";
  const lastError = number(run.errors[updates - 1]);
  const lastPrediction = number(run.predictions[updates - 1]);
  return (
    `${said.slice(0, 1).toUpperCase()}${said.slice(1)}: ${updates} ${plural}, ${3 * updates} predictions; ` +
    `last error ${lastError} at prediction ${lastPrediction}`
  );
}

/** pictures.hot_and_cold's setting_words: the setting, as the still's caption begins. */
export function settingWords(settings) {
  const s = settings;
  return (
    `Hot and cold from weight ${number(s.weight)} with input ${number(s.input)}, goal_pred ` +
    `${number(s.goal_pred)} and step_amount ${number(s.step_amount)}.`
  );
}

/** The picture's accessible name: the still's alt text (pictures.hot_and_cold.ALT), then the setting;
 * not the summary, which is the text just above the picture. */
export function altText(settings) {
  return (
    "Left: the error parabola against weight, with every weight the loop visited joined in order, " +
    "the last one circled, and the two weights its last iteration tried (triangles up and down). " +
    `Right: the error at each iteration on a log scale. ${settingWords(settings)}`
  );
}

/** ParabolaPlot.update with a weight_range and no kept view: the window, curve and error axis top. */
function parabolaOf(input, goalPred, range) {
  const [low, high] = goalWindow(input, goalPred, range);
  const xs = linspace(low, high, CURVE_POINTS);
  const ys = xs.map((x) => square(input * x - goalPred));
  const top = errorTop(Math.max(...ys), null);
  return { x: [low, high], top, curve: xs.map((x, i) => [x, ys[i]]) };
}

/** IterationErrors.limits: the next round iteration count; multiples of 4 decades below 10 (or more). */
function errorLimits(clipped, iterations) {
  const end = iterationAxisEnd(iterations);
  const x = [-0.03 * end - 0.5, 1.03 * end - 0.5];
  if (!clipped.length) return [x, [ERROR_FLOOR, ERROR_CEILING]];
  const low = 4 * Math.floor(Math.log10(Math.min(...clipped)) / 4 + 1e-9);
  const high = Math.max(1, Math.ceil(Math.log10(Math.max(...clipped)) - 1e-9));
  return [x, [tenTo(low) / 8, tenTo(high) * 3]];
}

/**
 * Everything the picture shows for `settings`: { drawn (HotAndColdView.drawn()'s keys), summary,
 * label (the accessible name), goalWeight, goalLabel, goalRight, memory (null: nothing is kept) }.
 */
export function frame(settings) {
  const s = settings;
  const run = hotAndCold(s.weight, s.input, s.goal_pred, s.step_amount, s.iterations);
  const updates = run.weights.length;
  const parabola = parabolaOf(s.input, s.goal_pred, viewRange(run));
  const [low, high] = parabola.x;
  const top = parabola.top;
  const path = run.weights.map((w, k) => [w, run.errors[k]]);
  let last = [];
  let upTry = [];
  let downTry = [];
  if (updates) {
    const weight = run.weights[updates - 1];
    last = [[weight, run.errors[updates - 1]]];
    const tried = (at, error) => (low <= at && at <= high && error <= top ? [[at, error]] : []);
    upTry = tried(weight + s.step_amount, run.upErrors[updates - 1]);
    downTry = tried(weight - s.step_amount, run.downErrors[updates - 1]);
  }
  const clipped = run.errors.map((e) => clip(e, ERROR_FLOOR, ERROR_CEILING));
  const errors = clipped.map((e, k) => [k, e]);
  const belowFloor = errors.filter((_, k) => run.errors[k] < ERROR_FLOOR);
  const hasGoal = s.input !== 0;
  const centre = hasGoal ? s.goal_pred / s.input : low;
  const drawn = {
    curve: parabola.curve,
    start: [[s.weight, square(s.input * s.weight - s.goal_pred)]],
    path,
    last,
    up_try: upTry,
    down_try: downTry,
    errors,
    last_error: errors.slice(-1),
    below_floor: belowFloor,
    below_floor_note: [belowFloor.length > 0],
    parabola_limits: [
      [low, high],
      [-0.04 * top, top],
    ],
    errors_limits: errorLimits(clipped, s.iterations),
  };
  const said = summary(run);
  return {
    drawn,
    summary: said,
    label: altText(s),
    goalWeight: hasGoal ? centre : null,
    goalLabel: hasGoal ? `goal weight ${format(centre, ".3g")}` : "",
    goalRight: centre > low + 0.6 * (high - low),
    memory: null,
  };
}

/** The first frame of a new explorer: the same as any other, since no panel keeps its limits. */
export function firstFrame(settings) {
  return frame(settings);
}

/** A new explorer's frames for settings shown one after another (see sequence.js). */
export const frameSequence = (settingsList) => inSequence(firstFrame, (settings) => frame(settings), settingsList);

/** The first frames of new explorers, one per settings. */
export function firstFrames(settingsList) {
  return settingsList.map((settings) => firstFrame(settings));
}
