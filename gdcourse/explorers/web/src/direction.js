/**
 * direction.js: what the direction-and-amount explorer shows for its settings, as numbers and words.
 *
 * The twin of gdcourse/figures/derivatives.py's DirectionView (`move`) and gdcourse/pictures/direction.py's
 * summary (Python is the oracle: `drawn()` and `summary` equal `frame(...)` here, number for number
 * and word for word, with the kernel's order of operations). Settings: { weight, input, goal_pred }.
 * The number line never moves: it reaches one unit past either end of the weight slider, so the
 * limits `memory` carries are the same in every frame (kept only so every view has one shape).
 */

import { clip } from "./numeric.js";
import { format } from "./pyformat.js";
import { inSequence } from "./sequence.js";

/** The weight slider's ends (gdcourse/settings.py DirectionSettings.SLIDERS["weight"]). */
export const WEIGHT_SLIDER = [-1.0, 3.0];
/** The axes' limits, as draw_direction sets them: [[x_low, x_high], [y_low, y_high]]. */
export const LIMITS = [
  [WEIGHT_SLIDER[0] - 1, WEIGHT_SLIDER[1] + 1],
  [-1, 1],
];
/** Heights on the number line: the arrow above it, the goal line across it, the label below it. */
export const ARROW_Y = 0.35;
export const GOAL_Y = [-0.6, 0.6];
export const LABEL_Y = -0.5;
/** A step shorter than this has no arrow (DirectionView.move). */
export const NO_ARROW = 1e-9;

/** The sentence on what `(pred - goal_pred) * input` does to the weight (summaries.direction_summary). */
export function summary(settings) {
  const s = settings;
  const pred = s.input * s.weight;
  const miss = pred - s.goal_pred;
  const directionAndAmount = miss * s.input;
  const start =
    `pred ${format(pred, ".3g")} misses goal_pred ${format(s.goal_pred, ".3g")} by ${format(miss, "+.3g")}; ` +
    `× input ${format(s.input, ".3g")} gives `;
  if (s.input === 0) return `${start}0: stopping, the weight cannot change what it never touched`;
  if (miss === 0) return `${start}0: no miss, no step`;
  const way = directionAndAmount < 0 ? "up" : "down";
  let how = s.input < 0 ? "negative reversal: the sign flipped" : "scaling";
  if (0 < Math.abs(s.input) && Math.abs(s.input) < 1) how += ", shrunk";
  else if (Math.abs(s.input) > 1) how += ", grown";
  return (
    `${start}${format(directionAndAmount, "+.3g")} (${how}): ` +
    `the weight moves ${way} by ${format(Math.abs(directionAndAmount), ".3g")}`
  );
}

/**
 * Everything the picture shows for `settings`: { drawn (DirectionView.drawn()'s keys), summary, label
 * (the text under the new weight), labelAt, arrow { from, to, visible }, goalVisible, goalWeight
 * (goal_pred / input, or null with input 0), newWeight (where the step lands, perhaps off the line),
 * directionAndAmount, memory }.
 */
export function frame(settings, memory = null) {
  const s = settings;
  const limits = memory === null ? LIMITS : memory.limits;
  const [low, high] = limits[0];
  const directionAndAmount = (s.input * s.weight - s.goal_pred) * s.input;
  const newWeight = s.weight - directionAndAmount;
  const shown = clip(newWeight, low, high);
  const hasGoal = s.input !== 0;
  const goalWeight = hasGoal ? s.goal_pred / s.input : 0.0;
  const goalX = clip(goalWeight, low, high);
  const beyond = shown === newWeight ? "" : " (beyond the edge)";
  const drawn = {
    weight: [[s.weight, 0]],
    new_weight: [[shown, 0]],
    goal_weight: [
      [goalX, GOAL_Y[0]],
      [goalX, GOAL_Y[1]],
    ],
    limits: [limits[0].slice(), limits[1].slice()],
  };
  return {
    drawn,
    summary: summary(s),
    label: `new weight ${format(newWeight, ".3g")}${beyond}`,
    labelAt: [shown, LABEL_Y],
    arrow: { from: [s.weight, ARROW_Y], to: [shown, ARROW_Y], visible: Math.abs(shown - s.weight) > NO_ARROW },
    goalVisible: hasGoal && low <= goalWeight && goalWeight <= high,
    goalWeight: hasGoal ? goalWeight : null,
    newWeight,
    directionAndAmount,
    memory: { limits },
  };
}

/** The first frame of a new explorer: draw_direction moves its view once, then the explorer once more. */
export function firstFrame(settings) {
  const drawnOnce = frame(settings, null); // draw_direction's update
  return frame(settings, drawnOnce.memory); // and the explorer's first one
}

/** A new explorer's frames for settings shown one after another (see sequence.js). */
export const frameSequence = (settingsList) => inSequence(firstFrame, frame, settingsList);

/** The first frames of new explorers, one per settings (the tests' way to start the view). */
export function firstFrames(settingsList) {
  return settingsList.map((settings) => firstFrame(settings));
}
