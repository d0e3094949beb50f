/**
 * framing.js: how a panel chooses its axes limits: keep the current view, or refit it.
 *
 * The twin of gdcourse/figures/framing.py (Python is the oracle). A view is kept while it holds
 * what must be seen and is at most LOOSEST times wider; limits that stay put let a learner see the
 * curve move rather than the axes.
 */

import { pyMax } from "./numeric.js";

export const LOOSEST = 3.0;
export const ROOM = 1.3;
export const MIN_WEIGHT_REACH = 0.2;

/** The smallest of 1, 2, 5, 10, 20, 50, ... (times a power of 10) that is at least x > 0. */
export function niceCeiling(x) {
  const base = Number(`1e${Math.floor(Math.log10(x))}`); // 10.0 ** k, correctly rounded
  for (const m of [1, 2, 5, 10]) {
    if (m * base >= x * (1 - 1e-12)) return m * base;
  }
  return 10 * base;
}

/** `current` while it holds `needed` and is at most LOOSEST times wider; otherwise `fresh`. */
export function keepOrRefit(current, needed, fresh) {
  if (current !== null) {
    const [low, high] = current;
    if (low <= needed[0] && needed[1] <= high && high - low <= LOOSEST * (needed[1] - needed[0])) {
      return current;
    }
  }
  return fresh;
}

/** framing.keep_or_widen: a first view fits `needed`; later keep `current` or refit, widened by ROOM. */
export function keepOrWiden(current, needed) {
  if (current === null) return needed;
  const middle = (needed[0] + needed[1]) / 2;
  const half = ((needed[1] - needed[0]) / 2) * ROOM;
  return keepOrRefit(current, needed, [middle - half, middle + half]);
}

/** framing.goal_window: weights centred on the goal weight, wide enough for every start in `range`. */
export function goalWindow(input, goalPred, range) {
  const [low, high] = range;
  if (input === 0) {
    const span = (high - low) * 0.08;
    return [low - span, high + span];
  }
  const centre = goalPred / input;
  const reach = pyMax([Math.abs(low - centre), Math.abs(high - centre), 1e-3]) * 1.08;
  return [centre - reach, centre + reach];
}

/** The weights to show around the goal weight, zoomed so `weights` fit, in 1-2-5 steps. */
export function zoomWindow(input, goalPred, weights, current = null) {
  const centre = input === 0 ? 0.0 : goalPred / input;
  const floor = input === 0 ? 1.0 : MIN_WEIGHT_REACH;
  const need = Math.max(Math.max(...weights.map((w) => Math.abs(w - centre))) * 1.1, floor);
  const reach = niceCeiling(current === null ? need : need * ROOM);
  return keepOrRefit(current, [centre - need, centre + need], [centre - reach, centre + reach]);
}

/** The top of the error axis: just above the curve's highest point, kept while it still fits. */
export function errorTop(curveTop, current = null) {
  const scaled = curveTop * 1.1;
  const need = scaled === 0 ? 1.0 : scaled; // Python's `x or 1.0`: nan stays nan
  if (current === null) return need;
  return need <= current && current <= LOOSEST * need ? current : need * 2;
}

/** The last step an axis of steps shows: `iterations` rounded up to a multiple of 5. */
export function stepAxisEnd(iterations) {
  return 5 * Math.max(Math.ceil(iterations / 5), 1);
}
