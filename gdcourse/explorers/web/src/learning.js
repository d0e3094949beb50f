/**
 * learning.js: the book's one-weight loops, in the book's order of operations.
 *
 * The twin of gdcourse/learning.py (Python is the oracle): the same run gives the same doubles.
 * A run is a plain object: { input, goalPred, alpha, weights, errors, finalWeight, diverged, divergedAt }.
 */

import { square } from "./numeric.js";

/** gd.gradient_descent: pred = input * weight; delta = pred - goal_pred; weight -= alpha * delta * input. */
export function gradientDescent(weight, input, goalPred, alpha, iterations) {
  const weights = [];
  const errors = [];
  let divergedAt = null;
  for (let step = 0; step < iterations; step += 1) {
    const pred = input * weight;
    const error = square(pred - goalPred);
    const delta = pred - goalPred;
    const weightDelta = delta * input;
    if (!Number.isFinite(error + weightDelta)) {
      divergedAt = step;
      break;
    }
    weights.push(weight);
    errors.push(error);
    weight = weight - alpha * weightDelta;
  }
  return { input, goalPred, alpha, weights, errors, finalWeight: weight, diverged: divergedAt !== null, divergedAt };
}

/** The error at a run's final weight (infinity if it overflows), as Trajectory.final_error. */
export function finalError(run) {
  return square(run.input * run.finalWeight - run.goalPred);
}

/** points_of: the weights and errors of a run's first `shown` steps, with where the last one landed. */
export function pointsOf(run, shown = null) {
  const updates = run.weights.length;
  const count = shown === null ? updates : Math.max(0, Math.min(shown, updates));
  if (count < updates) {
    return [run.weights.slice(0, count + 1), run.errors.slice(0, count + 1)];
  }
  return [[...run.weights, run.finalWeight], [...run.errors, finalError(run)]];
}
