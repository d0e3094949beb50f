/**
 * regime_map.js: what the regime map shows for its settings, as numbers and words.
 *
 * The twin of gdcourse/figures/regime_map.py's RegimeMap (`drawn()`), of gdcourse/pictures/regime_map.py's
 * `where` sentence and still caption, and of the click rule in gdcourse/explorers/regime_map.py
 * (`click_setting`). Python is the oracle: the same settings give the same numbers and the same words.
 * Settings: { weight, input, goal_pred, alpha }. The map's cells depend on weight and goal_pred alone (they set the
 * first error), so a frame works them out again only when those change; `memory` carries the last shading.
 */

import {
  Regime,
  alphaInputSquared,
  convergenceFactor,
  countSteps,
  countStepsGrid,
  regimeOf,
  shownApart,
} from "./analysis.js";
import { LN2_HI, LN2_LO, ldexp, linspace, portableLog } from "./numeric.js";
import { format, roundTo } from "./pyformat.js";
import { inSequence } from "./sequence.js";

export const INPUT_RANGE = [-3.0, 3.0];
export const ALPHA_RANGE = [0.001, 10.0];
export const TOLERANCE = 1e-6;
/** Input cells across the map; alpha has two thirds as many (draw_regime_map's `cells`). */
export const CELLS = 120;
/** Points on each side of a boundary curve (_boundary). */
export const CURVE_POINTS = 150;
/** Step counts are shaded in bands [0, 2), [2, 6), ... and "more than 1000"; band 6 is "never". */
export const BAND_EDGES = [2, 6, 21, 101, 1001];
export const BAND_NAMES = ["0 or 1", "2 to 5", "6 to 20", "21 to 100", "101 to 1000", "more than 1000"];
export const BAND_COLOURS = ["#00224e", "#35456c", "#666970", "#948e77", "#c8b866", "#fee838"];
export const NEVER_COLOUR = "#d9d9d9";
export const NEVER = BAND_NAMES.length;
/** Where each boundary curve is labelled on the map (_boundary's `at` and its nudge above or below). */
export const CURVE_LABELS = [
  { product: 1.0, text: "one step", at: -2.55, above: false },
  { product: 2.0, text: "the edge", at: -2.55, above: true },
];

/** Which side of the curves a regime is on (pictures.regime_map.SIDES). */
const SIDES = {
  [Regime.STAYS]: "about 0: the weight barely moves",
  [Regime.CLIMBS]: "below 0: every step climbs away from the goal weight",
  [Regime.STEADY]: "below 1: the steps stay on one side",
  [Regime.ONE_STEP]: "1: the first step lands on the goal weight",
  [Regime.OSCILLATES]: "between 1 and 2: each step overshoots, by less each time",
  [Regime.BOUNCES]: "2 or more: the overshoots never shrink",
  [Regime.DIVERGES]: "2 or more: the overshoots never shrink",
};

const INV_LN2 = 1.4426950408889634;
const EXP_TERMS = []; // 1 / j! for j = 0..14 (j! is exact in a double, so each is correctly rounded)
for (let j = 0, factorial = 1; j < 15; j += 1, factorial *= j) EXP_TERMS.push(1 / factorial);

/** figures.regime_map.portable_exp: e ** y with + - * / alone (and ldexp), the kernel's double. */
export function portableExp(y) {
  const n = Math.floor(y * INV_LN2 + 0.5);
  const t = y - n * LN2_HI - n * LN2_LO;
  let tail = EXP_TERMS[EXP_TERMS.length - 1];
  for (let j = EXP_TERMS.length - 2; j >= 2; j -= 1) tail = tail * t + EXP_TERMS[j];
  return ldexp(1.0 + (t + t * t * tail), n);
}

/** figures.regime_map.geometric: `count` numbers from low to high, each the same multiple of the last. */
export function geometric(low, high, count) {
  const points = linspace(portableLog(low), portableLog(high), count).map(portableExp);
  points[0] = low;
  points[count - 1] = high;
  return points;
}

let cachedGrid = null;

/** The map's cells: their edges and centres (an alpha centre is the geometric mean of its edges). */
export function grid() {
  if (cachedGrid === null) {
    const inputEdges = linspace(INPUT_RANGE[0], INPUT_RANGE[1], CELLS + 1);
    const alphaEdges = geometric(ALPHA_RANGE[0], ALPHA_RANGE[1], Math.floor((2 * CELLS) / 3) + 1);
    const inputCentres = inputEdges.slice(0, -1).map((x, j) => (x + inputEdges[j + 1]) / 2);
    const alphaCentres = alphaEdges.slice(0, -1).map((a, i) => Math.sqrt(a * alphaEdges[i + 1]));
    cachedGrid = { inputEdges, alphaEdges, inputCentres, alphaCentres };
  }
  return cachedGrid;
}

/** figures.regime_map.band_of for one step count: 0..5 for the counts, 6 (NEVER) for Infinity. */
export function bandOf(steps) {
  if (!Number.isFinite(steps)) return NEVER;
  let band = 0;
  while (band < BAND_EDGES.length && BAND_EDGES[band] <= steps) band += 1;
  return band;
}

/** _never_path's vertices: one rectangle per input column, from its lowest "never" cell to the top. */
function neverPath(steps, inputEdges, alphaEdges) {
  const vertices = [];
  const top = alphaEdges[alphaEdges.length - 1];
  for (let column = 0; column < inputEdges.length - 1; column += 1) {
    const row = steps.findIndex((cells) => !Number.isFinite(cells[column]));
    if (row < 0) continue;
    const [x0, x1, y0] = [inputEdges[column], inputEdges[column + 1], alphaEdges[row]];
    vertices.push([x0, y0], [x1, y0], [x1, top], [x0, top], [x0, y0]);
  }
  return vertices.length ? vertices : [[0.0, 0.0]];
}

/**
 * The shading for a start weight and goal_pred: steps (rows are alphas, columns inputs, as steps_grid gives
 * them), their bands, and the "never" path. This is the reshade; a frame reuses it while they hold.
 */
export function shade(weight, goalPred) {
  const { inputEdges, alphaEdges, inputCentres, alphaCentres } = grid();
  const steps = countStepsGrid(weight, goalPred, inputCentres, alphaCentres, TOLERANCE);
  const bands = steps.map((row) => row.map(bandOf));
  return { weight, goalPred, steps, bands, never: neverPath(steps, inputEdges, alphaEdges) };
}

const curves = new Map();

/** A boundary curve alpha = product / input**2 on both sides of input 0, with a gap (NaN) between. */
export function boundary(product) {
  if (!curves.has(product)) {
    const near = Math.sqrt(product / ALPHA_RANGE[1]); // where the curve leaves the top of the map
    const side = geometric(near, INPUT_RANGE[1], CURVE_POINTS);
    const xs = [...side.map((x) => -x).reverse(), NaN, ...side];
    curves.set(product, xs.map((x) => [x, product / (x * x)]));
  }
  return curves.get(product);
}

/** Where a setting sits on the map, and how many updates bring the error below the tolerance. */
export function where(settings, tolerance = TOLERANCE) {
  const { weight, input, goal_pred: goalPred, alpha } = settings;
  if (input === 0) {
    if (goalPred !== 0) return `input 0: every prediction is 0, so no weight reaches goal_pred ${format(goalPred, "g")}`;
    return "input 0 and goal_pred 0: every prediction is already right";
  }
  const product = alphaInputSquared(input, alpha);
  const side = SIDES[regimeOf(convergenceFactor(input, alpha))];
  const steps = countSteps(weight, input, goalPred, alpha, tolerance);
  const below = format(tolerance, "g");
  const count = Number.isFinite(steps)
    ? `the error is below ${below} after ${steps} update${steps === 1 ? "" : "s"}`
    : `the error never gets below ${below}`;
  return `alpha·input² = ${shownApart(product, [0.0, 1.0, 2.0])}, ${side}; ${count}`;
}

/** What the map shows and where the circle is (pictures.regime_map.map_words), word for word: the
 * map's accessible name. */
export function mapWords(settings) {
  const s = settings;
  const g = (x) => format(x, "g");
  return (
    `Regime map for start weight ${g(s.weight)} and goal_pred ${g(s.goal_pred)}: alpha (log scale, ` +
    `${g(ALPHA_RANGE[0])} to ${g(ALPHA_RANGE[1])}) against input ` +
    `(${g(INPUT_RANGE[0])} to ${g(INPUT_RANGE[1])}), shaded from dark (few updates) to light (many) ` +
    `until the error is below ${g(TOLERANCE)}, hatched grey where it never is; the dashed curve ` +
    "alpha·input² = 1 lands in one step, the solid curve " +
    `alpha·input² = 2 bounces forever. The circle marks input ${g(s.input)}, alpha ${format(s.alpha, ".3g")}`
  );
}

/** The still picture's caption for these settings (pictures.regime_map.caption_of), word for word. */
export function caption(settings) {
  return `${mapWords(settings)}: ${where(settings)}.`;
}

/** Python's round(x) for a float: to the nearest whole number, halves to the even one (never -0). */
function roundHalfEven(x) {
  const nearest = Math.abs(x % 1) === 0.5 ? 2 * Math.round(x / 2) : Math.round(x);
  return nearest + 0;
}

/**
 * explorers.regime_map.click_setting: where a click at (input, alpha), in the map's own units, moves
 * the sliders: input to its slider's step, alpha to 2 significant digits, both kept on their sliders.
 * `specs` are the sliders' specs as the kernel sends them ({ input: { low, high, step }, alpha: ... }).
 */
export function clickSetting(input, alpha, specs) {
  const { low, high, step } = specs.input;
  const snapped = Math.min(Math.max(roundHalfEven(input / step) * step, low), high);
  const rounded = Math.min(Math.max(Number(format(alpha, ".2g")), specs.alpha.low), specs.alpha.high);
  return { input: roundTo(snapped, 2), alpha: rounded };
}

/**
 * Everything the map shows for `settings`, given the `memory` of the frame before (null at first):
 * { drawn (RegimeMap.drawn()'s keys), summary (the `where` sentence), caption, name (the accessible name), reshaded, memory }.
 */
export function frame(settings, memory = null) {
  const s = settings;
  const kept = memory === null ? null : memory.shading;
  const same = kept !== null && kept.weight === s.weight && kept.goalPred === s.goal_pred;
  const shading = same ? kept : shade(s.weight, s.goal_pred);
  const { inputCentres, alphaCentres } = grid();
  const drawn = {
    marker: [[s.input, s.alpha]],
    one_step_curve: boundary(1.0),
    edge_curve: boundary(2.0),
    map_steps: shading.steps,
    map_bands: shading.bands,
    map_inputs: inputCentres,
    map_alphas: alphaCentres,
    never_path: shading.never,
    map_limits: [INPUT_RANGE.slice(), ALPHA_RANGE.slice()],
  };
  return { drawn, summary: where(s), caption: caption(s), name: `${mapWords(s)}.`, reshaded: !same, shading, memory: { shading } };
}

/** The first frame of a new explorer: nothing is kept from before. */
export function firstFrame(settings) {
  return frame(settings, null);
}

/** A new explorer's frames for settings shown one after another (see sequence.js). */
export const frameSequence = (settingsList) => inSequence(firstFrame, frame, settingsList);

/** The first frames of new explorers, one per settings. */
export function firstFrames(settingsList) {
  return settingsList.map((settings) => firstFrame(settings));
}

/** A colour "#rrggbb" as [r, g, b]. */
function rgb(hex) {
  return [1, 3, 5].map((k) => parseInt(hex.slice(k, k + 2), 16));
}

const SHADES = [...BAND_COLOURS, NEVER_COLOUR].map(rgb);

/**
 * The shading as an image, one pixel per cell (RGBA bytes, row by row from the top): the cells are
 * even in input and in log alpha, so stretched over the map's box, every cell lands where
 * pcolormesh draws it. `bands` has a row per alpha (lowest first) and a column per input. Pure, so its
 * cost can be measured outside a page.
 */
export function bandPixels(bands) {
  const rows = bands.length;
  const columns = rows ? bands[0].length : 0;
  const pixels = new Uint8ClampedArray(rows * columns * 4);
  for (let i = 0; i < rows; i += 1) {
    const row = bands[i];
    for (let j = 0, at = (rows - 1 - i) * columns * 4; j < columns; j += 1, at += 4) {
      const [r, g, b] = SHADES[row[j]];
      pixels[at] = r;
      pixels[at + 1] = g;
      pixels[at + 2] = b;
      pixels[at + 3] = 255;
    }
  }
  return pixels;
}

/** Time a reshade (the cells' counts, bands, never path and the image's pixels) `times` times: the
 * median and worst ms. */
export function timeReshade(times = 25) {
  const spent = [];
  for (let k = 0; k < times; k += 1) {
    const start = performance.now();
    const shading = shade(-1 + (3 * k) / times, 2 - (3 * k) / times);
    bandPixels(shading.bands);
    spent.push(performance.now() - start);
  }
  spent.sort((a, b) => a - b);
  return { median: spent[Math.floor(times / 2)], worst: spent[times - 1] };
}
