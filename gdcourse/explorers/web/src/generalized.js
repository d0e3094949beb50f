/**
 * generalized.js: what chapter 5's explorer shows for its settings, as numbers and words.
 *
 * The twin of gdcourse/figures/generalized.py's GeneralizedView (the three weight panels and the error
 * panel), gdcourse/figures/contour.py's ContourPanel and NumberedPath (the contour panel) and the
 * summary (./generalized_run.js). Python is the oracle: `drawn()`, `labels()` and `summary` equal
 * `frame(...)` here, number for number and word for word. `frame` is pure: the limits the kernel keeps
 * from the change before come in `memory` and the new ones go out in it.
 * Settings: { a, b, c, alpha, iterations, frozen: [bool x 3], games: "first" | "all", plane: ["a", "b"] }.
 */

import { ERROR_CEILING, ERROR_FLOOR } from "./parabola.js";
import { LOOSEST, ROOM, errorTop, niceCeiling, stepAxisEnd } from "./framing.js";
import { INPUT_NAMES, WEIGHT_NAMES, gamesOf, pathOf, summary } from "./generalized_run.js";
import { linspace, powerOfTwo, pyMax, pyMin } from "./numeric.js";
import { format } from "./pyformat.js";
import { inSequence } from "./sequence.js";
import { Surface, errorsAlong, pyMax2, sliceQuadratic } from "./surface.js";

export const CURVE_POINTS = 161;
export const MIN_ERROR_TOP = 0.01;
export const MIN_REACH = 0.1;
export const FRAMED = 3;
export const SETTLED_WEIGHT = 1e3;
export const SETTLED_ERROR = 1e6;
export const NUMBERED_POINTS = 10;
export const NUMBER_SPACING = 10; // points
export const LEVELS = 7;

/** The figure (GeneralizedView.SIZE, inches) and where draw_generalized's grid puts each panel, as
 * [left, bottom, width, height] in figure fractions (matplotlib's Axes.get_position(), exactly). */
export const FIGURE = [8.0, 6.0];
export const BOXES = {
  a: [0.1, 0.6901082882132445, 0.23046874999999997, 0.2598917117867554],
  b: [0.427265625, 0.6901082882132445, 0.23046875, 0.2598917117867554],
  c: [0.75453125, 0.6901082882132445, 0.23046875, 0.2598917117867554],
  plane: [0.1, 0.17000000000000015, 0.557734375, 0.37684298209079536],
  errors: [0.75453125, 0.17000000000000015, 0.23046875, 0.37684298209079536],
};

/** contour.size_in_points: a panel's plot box in points. */
export function sizeInPoints(box) {
  return [box[2] * FIGURE[0] * 72, box[3] * FIGURE[1] * 72];
}

/** numpy's min and max of numbers: nan if any is nan. */
const npMin = (values) => (values.some(Number.isNaN) ? NaN : Math.min(...values));
const npMax = (values) => (values.some(Number.isNaN) ? NaN : Math.max(...values));
const allFinite = (row) => row.every((v) => Number.isFinite(v));

/** contour.framed_count: how many of the path's points every view must hold. */
export function framedCount(weights, errors) {
  const finite = weights.map((w, k) => allFinite(w) && Number.isFinite(errors[k]));
  const firstBad = finite.indexOf(false);
  const prefix = firstBad < 0 ? finite.length : firstBad;
  if (
    prefix === weights.length &&
    npMax(weights.map((w) => npMax(w.map(Math.abs)))) <= SETTLED_WEIGHT &&
    npMax(errors) <= SETTLED_ERROR
  ) {
    return prefix;
  }
  return Math.max(1, Math.min(FRAMED, prefix));
}

/** contour.last_finite: the last row with every weight finite (else the first). */
function lastFinite(weights) {
  for (let k = weights.length - 1; k >= 0; k -= 1) if (allFinite(weights[k])) return weights[k];
  return weights[0];
}

/** contour.held_weight: [the weight the contour view holds, its value, how it is held]. */
export function heldWeight(settings, weights, count) {
  const held = WEIGHT_NAMES.findIndex((name) => !settings.plane.includes(name));
  if (settings.frozen[held]) return [held, weights[0][held], "frozen at"];
  if (count === weights.length) return [held, weights[weights.length - 1][held], "held at its last value,"];
  return [held, weights[0][held], "held at its start (the run runs away):"];
}

/** figures.generalized._curve_bottom: where the error against one weight is lowest, or null if flat. */
function curveBottom(weights, index, inputs, goalPreds) {
  if (!allFinite(weights)) return null;
  const xs = inputs.map((game) => game[index]);
  let size = 0.0;
  for (const x of xs) size += x * x;
  if (!size) return null;
  let toward = 0.0;
  inputs.forEach((game, g) => {
    let pred = 0.0;
    game.forEach((value, k) => {
      pred += value * weights[k];
    });
    toward += (goalPreds[g] - (pred - xs[g] * weights[index])) * xs[g];
  });
  return toward / size;
}

/** contour.numbered_count: how many points, from the first, are ringed and numbered. */
export function numberedCount(xs, ys, xlim, ylim, size) {
  const [x0, x1] = xlim;
  const [y0, y1] = ylim;
  const perX = size[0] / (x1 - x0);
  const perY = size[1] / (y1 - y0);
  const placed = [];
  for (let k = 0; k < Math.min(xs.length, NUMBERED_POINTS + 1); k += 1) {
    const x = (xs[k] - x0) * perX;
    const y = (ys[k] - y0) * perY;
    if (placed.some(([u, v]) => Math.sqrt((x - u) * (x - u) + (y - v) * (y - v)) < NUMBER_SPACING)) break;
    placed.push([x, y]);
  }
  return placed.length;
}

/** NumberedPath.update: the points shown (up to the first out of view), where it leaves, the numbered count. */
export function numberedPath(xs, ys, xlim, ylim, size) {
  const [x0, x1] = [...xlim].sort((p, q) => p - q);
  const [y0, y1] = [...ylim].sort((p, q) => p - q);
  let firstOut = xs.length;
  for (let k = 0; k < xs.length; k += 1) {
    const [x, y] = [xs[k], ys[k]];
    if (!(Number.isFinite(x) && Number.isFinite(y) && x >= x0 && x <= x1 && y >= y0 && y <= y1)) {
      firstOut = k;
      break;
    }
  }
  const points = xs.slice(0, firstOut).map((x, k) => [x, ys[k]]);
  let exit = [];
  if (firstOut < xs.length) {
    const outX = Number.isFinite(xs[firstOut]) ? xs[firstOut] : x1;
    const outY = Number.isFinite(ys[firstOut]) ? ys[firstOut] : y1;
    exit = [[Math.min(Math.max(outX, x0), x1), Math.min(Math.max(outY, y0), y1)]];
  }
  const count = numberedCount(xs.slice(0, firstOut), ys.slice(0, firstOut), xlim, ylim, size);
  return { points, exit, line: [...points, ...exit], numbered: points.slice(0, count) };
}

/** GeneralizedView._frame_weights: one width for the three panels, each centred on its own weight. */
function frameWeights(weights, errors, settings, settles, memory) {
  const [inputs, goalPreds] = gamesOf(settings);
  const framed = memory !== null && memory.weightsFramed;
  const needed = [0, 1, 2].map((i) => {
    const values = weights.map((w) => w[i]);
    for (const held of settles ? [weights[0], weights[weights.length - 1]] : [weights[0]]) {
      const bottom = curveBottom(held, i, inputs, goalPreds);
      if (bottom !== null) values.push(bottom);
    }
    return [pyMin(values), pyMax(values)];
  });
  const reach = pyMax([MIN_REACH, ...needed.map(([low, high]) => (high - low) / 2)]) * 1.15;
  const current = framed ? memory.xlims : null;
  let keep = false;
  if (framed) {
    const widths = current.map(([lo, hi]) => hi - lo);
    const same = pyMax(widths) - pyMin(widths) <= 1e-12 * pyMax(widths);
    keep =
      same &&
      current.every(([lo, hi], k) => lo <= needed[k][0] && needed[k][1] <= hi) &&
      current.every(([lo, hi]) => hi - lo <= LOOSEST * 2 * reach);
  }
  const freshReach = niceCeiling(reach * (framed ? ROOM : 1.0));
  const curveTop = pyMax2(errors.length ? npMaxIgnoringNaN(errors) : 1.0, MIN_ERROR_TOP);
  const top = errorTop(curveTop, framed ? memory.top : null);
  const xlims = needed.map(([low, high], k) => {
    if (keep) return current[k];
    const middle = (low + high) / 2;
    return [middle - freshReach, middle + freshReach];
  });
  return { xlims, top };
}

/** numpy.nanmax: the largest number that is not nan (nan if all are). */
function npMaxIgnoringNaN(values) {
  const numbers = values.filter((v) => !Number.isNaN(v));
  return numbers.length ? Math.max(...numbers) : NaN;
}

/** WeightPanel.update: both curves, the path and the title of the panel of weight `i`. */
function weightPanel(i, settings, weights, errors, settles, xlim, ylim) {
  const [inputs, goalPreds] = gamesOf(settings);
  const xs = linspace(xlim[0], xlim[1], CURVE_POINTS);
  const last = lastFinite(weights);
  const start = errorsAlong(weights[0], i, xs, inputs, goalPreds);
  const after = settles ? errorsAlong(last, i, xs, inputs, goalPreds) : null;
  const path = numberedPath(
    weights.map((w) => w[i]),
    errors,
    xlim,
    ylim,
    sizeInPoints(BOXES[WEIGHT_NAMES[i]]),
  );
  const name = WEIGHT_NAMES[i];
  const note = settings.frozen[i]
    ? `${name} (${INPUT_NAMES[i]}) frozen at ${format(weights[0][i], ".4g")}`
    : `${name} (${INPUT_NAMES[i]}): ${format(weights[0][i], ".4g")} → ${format(last[i], ".4g")}`;
  return {
    startCurve: xs.map((x, k) => [x, start[k]]),
    curve: after === null ? [] : xs.map((x, k) => [x, after[k]]),
    path,
    note,
  };
}

/** ContourPanel.frame: the surface for the plane (the third weight held) and what the view must hold. */
function contourFrame(settings, weights, count) {
  const [inputs, goalPreds] = gamesOf(settings);
  const plane = settings.plane.map((name) => WEIGHT_NAMES.indexOf(name));
  const [held, heldValue, how] = heldWeight(settings, weights, count);
  const surface = new Surface(sliceQuadratic(inputs, goalPreds, plane, held, heldValue));
  const pairs = weights.map((w) => [w[plane[0]], w[plane[1]]]);
  const [bottom] = surface.lowest(pairs[0]);
  return { surface, pairs, needed: [...pairs.slice(0, count), bottom], held, heldValue, how };
}

/** ContourPanel.fit: equal scales on both axes, the view kept while the needed points fit. */
function contourFit(needed, settings, memory) {
  const low = [0, 1].map((k) => npMin(needed.map((p) => p[k])));
  const high = [0, 1].map((k) => npMax(needed.map((p) => p[k])));
  const centre = [0, 1].map((k) => (low[k] + high[k]) / 2);
  const half = [0, 1].map((k) => {
    const h = (high[k] - low[k]) / 2;
    return Number.isNaN(h) ? NaN : Math.max(h, MIN_REACH / 2); // numpy.maximum
  });
  const [width, height] = [BOXES.plane[2] * FIGURE[0], BOXES.plane[3] * FIGURE[1]];
  let scale = pyMax2(half[0] / width, half[1] / height) * 1.25;
  const kind = `${settings.games}|${settings.plane.join("")}`;
  const sameKind = memory !== null && memory.contourKind === kind;
  if (sameKind) {
    const [[x0, x1], [y0, y1]] = memory.planeLimits;
    const holds = x0 <= low[0] && high[0] <= x1 && y0 <= low[1] && high[1] <= y1;
    if (holds && x1 - x0 <= LOOSEST * 2 * scale * width) return { limits: memory.planeLimits, kind };
    scale *= ROOM;
  }
  const xHalf = scale * width;
  const yHalf = scale * height;
  return {
    limits: [
      [centre[0] - xHalf, centre[0] + xHalf],
      [centre[1] - yHalf, centre[1] + yHalf],
    ],
    kind,
  };
}

/** contour.distance: sqrt(dx * dx + dy * dy). */
function distance(p, q) {
  const dx = p[0] - q[0];
  const dy = p[1] - q[1];
  return Math.sqrt(dx * dx + dy * dy);
}

/** ContourPanel.update: the contour lines, the lowest error (a line or a point), its label, the path. */
function contourUpdate(settings, shape, limits) {
  const { surface, pairs, held, heldValue, how } = shape;
  const [[x0, x1], [y0, y1]] = limits;
  const box = [x0, x1, y0, y1];
  const start = pairs[0];
  const [bottom, lowest] = surface.lowest(start);
  const corners = [[x0, y0], [x0, y1], [x1, y0], [x1, y1]].map(([u, v]) => surface.errorAt(u, v));
  const top = npMax(corners);
  const levels = [];
  for (let k = 1; k <= LEVELS; k += 1) {
    const level = lowest + (top - lowest) * powerOfTwo(-2 * k); // LEVEL_RATIO ** k, 0.25 ** k
    levels.push(surface.levelLine(level, box, start));
  }
  let spot = [clipLikeNumpy(bottom[0], x0, x1), clipLikeNumpy(bottom[1], y0, y1)];
  let trough = [];
  let bowl = [];
  let text;
  if (surface.isTrough) {
    trough = surface.bottomLine(box, start);
    text = lowest < 1e-12 * pyMax2(surface.c, 1.0) ? "zero error: a whole line" : "lowest error";
    const ends = trough.filter(allFinite);
    if (ends.length) {
      const finitePairs = pairs.filter(allFinite);
      const last = finitePairs[finitePairs.length - 1];
      spot = ends.reduce((best, end) => (distance(end, last) > distance(best, last) ? end : best));
    }
  } else {
    const inside = x0 <= bottom[0] && bottom[0] <= x1 && y0 <= bottom[1] && bottom[1] <= y1;
    bowl = inside ? [bottom] : [];
    text = inside ? `lowest error ${format(lowest, ".3g")}` : "";
  }
  const right = spot[0] > (x0 + x1) / 2;
  const upper = spot[1] > (y0 + y1) / 2;
  const bottomLabel = {
    text,
    xy: [spot[0], spot[1]],
    offset: [right ? -8 : 8, upper ? -10 : 8],
    ha: right ? "right" : "left",
    va: upper ? "top" : "bottom",
  };
  const path = numberedPath(
    pairs.map((p) => p[0]),
    pairs.map((p) => p[1]),
    limits[0],
    limits[1],
    sizeInPoints(BOXES.plane),
  );
  const [u, v] = settings.plane;
  const note = `error over ${u} and ${v}; ${WEIGHT_NAMES[held]} (${INPUT_NAMES[held]}) ${how} ${format(heldValue, ".4g")}`;
  return { levels, trough, bowl, bottomLabel, path, note };
}

/** numpy.clip of one number: nan stays nan. */
function clipLikeNumpy(x, low, high) {
  return Number.isNaN(x) ? NaN : Math.min(Math.max(x, low), high);
}

/** figures.generalized.decades: log-scale limits in whole powers of 10, kept while the errors fit. */
export function decades(errors, current = null) {
  let low = errors.length ? Math.floor(Math.log10(pyMax2(npMin(errors), ERROR_FLOOR))) : -1;
  let high = errors.length ? Math.ceil(Math.log10(pyMax2(npMax(errors), ERROR_FLOOR))) : 1;
  if (high - low < 4) {
    const middle = (high + low) / 2;
    [low, high] = [Math.floor(middle - 2), Math.ceil(middle + 2)];
  }
  if (current !== null) {
    const [cLow, cHigh] = current.map(Math.log10);
    const fits = cLow <= low + 1e-9 && high <= cHigh + 1e-9;
    if (fits && cHigh - cLow <= pyMax2(LOOSEST * (high - low), 8)) return current;
    [low, high] = [low - 1, high + 1];
  }
  return [Number(`1e${Math.max(low, -16)}`), Number(`1e${Math.min(high, 16)}`)];
}

/** ErrorPanel.update: the errors on the log scale (off-scale ones on its edge), its limits and label. */
function errorPanel(errors, settings, memory) {
  const drawn = [];
  const offScale = [];
  errors.forEach((e, k) => {
    let value = Number.isNaN(e) || e === Infinity ? ERROR_CEILING : e === -Infinity ? -Number.MAX_VALUE : e;
    value = Math.max(value, 0);
    const point = [k, Math.min(Math.max(value, ERROR_FLOOR), ERROR_CEILING)];
    drawn.push(point);
    if (value < ERROR_FLOOR || value > ERROR_CEILING) offScale.push(point);
  });
  const framed = memory !== null && memory.errorsFramed;
  const ylim = decades(drawn.map((p) => p[1]), framed ? memory.errorsYlim : null);
  return {
    errors: drawn,
    offScale,
    limits: [[-0.5, stepAxisEnd(settings.iterations) + 0.5], ylim],
    xlabel: settings.games === "first" ? "step" : "pass through the four games",
  };
}

/**
 * Everything the picture shows for `settings`, given the `memory` of the change before (null for the
 * first draw): { drawn (GeneralizedView.drawn()'s keys), labels (its labels()), summary, the panels'
 * parts for painting, memory }.
 */
export function frame(settings, memory = null) {
  const s = settings;
  const path = pathOf(s);
  const { weights, errors } = path;
  const count = framedCount(weights, errors);
  const settles = count === weights.length;
  const { xlims, top } = frameWeights(weights.slice(0, count), errors.slice(0, count), s, settles, memory);
  const shape = contourFrame(s, weights, count);
  const fitted = contourFit(shape.needed, s, memory);
  const ylim = [-0.04 * top, top];
  const panels = [0, 1, 2].map((i) => weightPanel(i, s, weights, errors, settles, xlims[i], ylim));
  const contour = contourUpdate(s, shape, fitted.limits);
  const errorsShown = errorPanel(errors, s, memory);
  const drawn = {};
  panels.forEach((panel, i) => {
    const name = WEIGHT_NAMES[i];
    drawn[`curve_${name}_start`] = panel.startCurve;
    drawn[`curve_${name}`] = panel.curve;
    drawn[`path_${name}`] = panel.path.points;
    drawn[`exit_${name}`] = panel.path.exit;
    drawn[`limits_${name}`] = [xlims[i], ylim];
  });
  drawn.contours = contour.levels.flat().filter(allFinite);
  drawn.trough = contour.trough.filter(allFinite);
  drawn.bowl = contour.bowl;
  drawn.path_plane = contour.path.points;
  drawn.numbered_plane = contour.path.numbered;
  drawn.exit_plane = contour.path.exit;
  drawn.plane_limits = fitted.limits;
  drawn.errors = errorsShown.errors;
  drawn.off_scale = errorsShown.offScale;
  drawn.errors_limits = errorsShown.limits;
  const labels = { a: panels[0].note, b: panels[1].note, c: panels[2].note, held: contour.note, bottom: contour.bottomLabel.text };
  return {
    drawn,
    labels,
    summary: summary(s, path),
    panels,
    contour,
    errorPanel: errorsShown,
    settles,
    memory: {
      weightsFramed: true,
      xlims,
      top,
      contourKind: fitted.kind,
      planeLimits: fitted.limits,
      errorsFramed: true,
      errorsYlim: errorsShown.limits[1],
    },
  };
}

/** The first frame of a new explorer: draw_generalized's own update, then the explorer's first one. */
export function firstFrame(settings) {
  return frame(settings, frame(settings, null).memory);
}

/** A new explorer's frames for settings shown one after another. */
export const frameSequence = (settingsList) => inSequence(firstFrame, frame, settingsList);

/** The first frames of new explorers, one per settings. */
export const firstFrames = (settingsList) => settingsList.map((settings) => firstFrame(settings));

/** The panels' boxes and the figure's size, for the test that holds them to matplotlib's. */
export function boxesOf() {
  return { ...BOXES, figure: FIGURE };
}
