/**
 * compare.js: what chapter 1's compare explorer shows for its settings, as numbers and words.
 *
 * The twin of gdcourse/figures/compare.py's CompareView (its MissLine, its ParabolaPlot with a fixed
 * weight_range, its ErrorKindsPlot) and of gdcourse/pictures/compare.py's summary. Python is the
 * oracle: `drawn()`, `labels()` and `summary` equal `frame(...)` here, number for number and word for
 * word, the arithmetic done in the kernel's order. `frame` is pure: the limits each panel keeps from
 * the frame before come in `memory`. Settings: { weight, input, goal_pred }.
 */

import { errorTop, goalWindow, keepOrWiden } from "./framing.js";
import { linspace, pyMax, pyMin, square } from "./numeric.js";
import { format } from "./pyformat.js";
import { inSequence } from "./sequence.js";

/** The weight slider's ends (CompareSettings.SLIDERS["weight"]): every panel covers them. */
export const WEIGHT_RANGE = [-1.0, 2.0];
/** The miss view always shows misses from -MIN_MISS_REACH to MIN_MISS_REACH (the crossing at 1). */
export const MIN_MISS_REACH = 1.25;
export const CURVE_POINTS = 201;
/** The number line's fixed y limits. */
export const LINE_Y = [-1, 1];

/** figures.compare.miss_reach: how far the miss can go either side of 0 for weights in `range`. */
export function missReach(input, goalPred, range) {
  const misses = range.map((w) => Math.abs(input * w - goalPred));
  return pyMax([...misses, MIN_MISS_REACH]) * 1.05;
}

/** summaries.number: up to 4 significant digits, tiny ones in e-notation, never "-0". */
export function number(x) {
  const text = format(x, ".4g");
  return text === "-0" ? "0" : text;
}

/** summaries.term: a number inside a sum, negative ones in brackets. */
export function term(x) {
  const text = number(x);
  return text.startsWith("-") ? `(${text})` : text;
}

/** summaries.compare_summary: the prediction, the pure error and the squared error, worked out. */
export function summary(settings) {
  const s = settings;
  const pred = s.input * s.weight;
  const pure = pred - s.goal_pred;
  const error = square(pure);
  return (
    `prediction = ${term(s.input)} * ${term(s.weight)} = ${number(pred)}; ` +
    `pure error = ${term(pred)} - ${term(s.goal_pred)} = ${number(pure)}; ` +
    `squared error = ${number(error)}`
  );
}

/** The summary in two: what comes before the squared error, and the squared error (bold on screen). */
export function emphasised(text) {
  const at = text.lastIndexOf("; ");
  return at < 0 ? ["", text] : [text.slice(0, at + 2), text.slice(at + 2)];
}

/** MissLine.update's limits: every reachable prediction and goal_pred, kept while they fit. */
function lineLimits(input, goalPred, memory) {
  const low = pyMin([input * WEIGHT_RANGE[0], input * WEIGHT_RANGE[1], goalPred]);
  const high = pyMax([input * WEIGHT_RANGE[0], input * WEIGHT_RANGE[1], goalPred]);
  const centre = (low + high) / 2;
  const half = pyMax([high - low, 1.0]) * 0.54;
  return keepOrWiden(memory === null ? null : memory.line, [centre - half, centre + half]);
}

/** ParabolaPlot.update with a weight_range: the window, the curve and the top of the error axis. */
function parabolaOf(input, goalPred, memory) {
  const [low, high] = keepOrWiden(memory === null ? null : memory.parabola, goalWindow(input, goalPred, WEIGHT_RANGE));
  const xs = linspace(low, high, CURVE_POINTS);
  const ys = xs.map((x) => square(input * x - goalPred));
  const top = errorTop(Math.max(...ys), memory === null ? null : memory.top);
  return { x: [low, high], top, curve: xs.map((x, i) => [x, ys[i]]) };
}

/** ErrorKindsPlot.update: the three curves for misses in [-reach, reach], reach kept while it fits. */
function kindsOf(reachNeeded, memory) {
  const current = memory === null ? null : [-memory.reach, memory.reach];
  const reach = keepOrWiden(current, [-reachNeeded, reachNeeded])[1];
  const xs = linspace(-reach, reach, CURVE_POINTS);
  const top = square(reach) * 1.08;
  return {
    reach,
    top,
    pure: xs.map((x) => [x, x]),
    absolute: xs.map((x) => [x, Math.abs(x)]),
    squared: xs.map((x) => [x, square(x)]),
  };
}

/** A number-line label within this fraction of either end is aligned to stay inside the axes. */
const LABEL_EDGE = 0.2;

/** figures.compare.label_side: -1 starts at x (near the left end), 1 ends at x (near the right end),
 * 0 is centred on x. */
export function labelSide(x, [low, high]) {
  const where = (x - low) / (high - low);
  return where < LABEL_EDGE ? -1 : where > 1 - LABEL_EDGE ? 1 : 0;
}

/**
 * Everything the picture shows for `settings`, given the `memory` of the frame before (null at
 * first): { drawn (CompareView.drawn()'s keys), labels (CompareView.labels()), summary, goalWeight,
 * goalLabel, goalRight, errorRight, memory }.
 */
export function frame(settings, memory = null) {
  const { weight, input, goal_pred: goalPred } = settings;
  const line = lineLimits(input, goalPred, memory);
  const parabola = parabolaOf(input, goalPred, memory);
  const kinds = kindsOf(missReach(input, goalPred, WEIGHT_RANGE), memory);
  const [low, high] = parabola.x;
  const top = parabola.top;
  const pred = input * weight;
  const miss = pred - goalPred;
  const missNow = input * weight - goalPred;
  const error = square(input * weight - goalPred);
  const hasGoal = input !== 0;
  const centre = hasGoal ? goalPred / input : low;
  const drawn = {
    prediction: [[pred, 0]],
    goal_pred: [[goalPred, 0]],
    miss_arrow: [
      [goalPred, 0],
      [pred, 0],
    ],
    curve: parabola.curve,
    weight: [[weight, square(input * weight - goalPred)]],
    error_label: [[weight, error]],
    pure: kinds.pure,
    absolute: kinds.absolute,
    squared: kinds.squared,
    pure_now: [[missNow, missNow]],
    absolute_now: [[missNow, Math.abs(missNow)]],
    squared_now: [[missNow, square(missNow)]],
    miss_line_limits: [line, LINE_Y],
    label_sides: [[labelSide(pred, line), labelSide(goalPred, line)]],
    parabola_limits: [
      [low, high],
      [-0.04 * top, top],
    ],
    kinds_limits: [
      [-kinds.reach, kinds.reach],
      [-kinds.reach * 1.08, kinds.top],
    ],
  };
  const labels = {
    prediction: miss !== 0 ? `pred ${format(pred, ".4g")}, miss ${format(miss, "+.4g")}` : `pred ${format(pred, ".4g")}, miss 0`,
    goal_pred: `goal_pred ${format(goalPred, ".4g")}`,
    error: `weight ${format(weight, ".4g")}: error ${format(error, ".4g")}`,
  };
  return {
    drawn,
    labels,
    summary: summary(settings),
    goalWeight: hasGoal ? centre : null,
    goalLabel: hasGoal ? `goal weight ${format(centre, ".3g")}` : "",
    goalRight: centre > low + 0.6 * (high - low),
    errorRight: weight > (low + high) / 2,
    memory: { line, parabola: parabola.x, top, reach: kinds.reach },
  };
}

/**
 * The first frame of a new explorer. draw_compare draws each panel fitted exactly (nothing kept),
 * then updates the view once with every panel keeping its limits; the explorer then applies its
 * settings once more. Three frames of the same settings, the last two from the one before.
 */
export function firstFrame(settings) {
  const drawn = frame(settings, null);
  const updated = frame(settings, drawn.memory);
  return frame(settings, updated.memory);
}

/** A new explorer's frames for settings shown one after another (see sequence.js). */
export const frameSequence = (settingsList) => inSequence(firstFrame, frame, settingsList);

/** The first frames of new explorers, one per settings. */
export function firstFrames(settingsList) {
  return settingsList.map((settings) => firstFrame(settings));
}
