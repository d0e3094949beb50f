/**
 * views/regime_map.js: the regime map under the parabola explorer (lesson 4, playground), drawn in the
 * browser.
 *
 * Alpha (log scale) against input, as gdcourse/figures/regime_map.py draws it: every cell shaded by the
 * updates it takes until the error is below 1e-6 (six bands, dark to light, and hatched grey for
 * never), the curves alpha·input² = 1 (dashed) and = 2 (solid) with white halos, the current setting
 * as a white circle ringed in vermilion, and the keys on the right. The numbers come from
 * ../regime_map.js (the kernel's twin); this module lays them out as SVG (the cells as a canvas
 * under it, one pixel a cell), 8 x 3 inches at 100 dpi,
 * sizes in points times 100/72. Its sliders are linked to the parabola explorer's, so a drag repaints
 * both views in the same animation frames. A click on the map moves input and alpha there (pointer
 * only: the map is kept out of the Tab order, since the sliders move the same two settings by key).
 */

import { html, mount } from "../host.js";
import { format } from "../pyformat.js";
import {
  ALPHA_RANGE,
  BAND_COLOURS,
  BAND_NAMES,
  CURVE_LABELS,
  INPUT_RANGE,
  NEVER,
  NEVER_COLOUR,
  TOLERANCE,
  bandPixels,
  clickSetting,
  firstFrame,
  frame,
  grid,
} from "../regime_map.js";
import { make, panel, set, setText, uid } from "../svg.js";
import { addStyle, BLACK, VERMILION } from "../style.js";

const PX = 100 / 72; // matplotlib's points at 100 dpi, in the figure's pixels
const WIDTH = 800; // RegimeMap.SIZE (8, 3) inches at 100 dpi
const HEIGHT = 300;
// MAP_MARGINS: subplots_adjust(left=0.1, right=0.68, bottom=0.15, top=0.95)
const BOX = { left: 0.1 * WIDTH, top: 0.05 * HEIGHT, width: 0.58 * WIDTH, height: 0.8 * HEIGHT };
const BOTTOM = BOX.top + BOX.height;
const KEY_SIZE = 8 * PX; // the legend's and the curve labels' fontsize=8
const HALO = 4 * PX; // patheffects.withStroke(linewidth=4, foreground="white")
const LINE = 2 * PX; // the curves' linewidth=2
const DASHES = `${3.7 * LINE} ${1.6 * LINE}`; // matplotlib's "--", scaled by the line's width
const MARKER = { radius: 6.5 * PX, width: 3 * PX }; // markersize=13, markeredgewidth=3
const HATCH = { spacing: 100 / 9, colour: "#595959", width: 1 * PX }; // "///": 9 lines across an inch, grey 0.35
const EDGE_GREY = "#808080"; // the keys' edgecolor="0.5"
const NEVER_EDGE = "#595959"; // edgecolor="0.35"
const HINT = "Click anywhere on the map to move input and alpha there.";

/** The map's pixels for data: input across (linear), alpha up (log), as the axes scale them. */
const X = (input) => BOX.left + ((input - INPUT_RANGE[0]) / (INPUT_RANGE[1] - INPUT_RANGE[0])) * BOX.width;
const LOG_LOW = Math.log10(ALPHA_RANGE[0]);
const LOG_SPAN = Math.log10(ALPHA_RANGE[1]) - LOG_LOW;
const Y = (alpha) => BOTTOM - ((Math.log10(alpha) - LOG_LOW) / LOG_SPAN) * BOX.height;

/** The data under a point of the figure (its own units), or null off the map's axes. */
function dataAt(x, y) {
  if (!(x >= BOX.left && x <= BOX.left + BOX.width && y >= BOX.top && y <= BOTTOM)) return null;
  const input = INPUT_RANGE[0] + ((x - BOX.left) / BOX.width) * (INPUT_RANGE[1] - INPUT_RANGE[0]);
  const alpha = 10 ** (LOG_LOW + ((BOTTOM - y) / BOX.height) * LOG_SPAN);
  const clamp = (v, [low, high]) => Math.min(Math.max(v, low), high);
  return { input: clamp(input, INPUT_RANGE), alpha: clamp(alpha, ALPHA_RANGE) };
}

/** A curve as path data, broken where a point is not finite (the gap at input 0). */
function curvePath(points) {
  let d = "";
  let pen = "M";
  for (const [x, y] of points) {
    const [px, py] = [X(x), Y(y)];
    if (!Number.isFinite(px) || !Number.isFinite(py)) {
      pen = "M";
      continue;
    }
    d += `${pen}${px.toFixed(2)},${py.toFixed(2)}`;
    pen = "L";
  }
  return d;
}

/** Text with a white halo behind its letters, as path_effects=HALO draws it. */
function haloText(parent, attrs, text) {
  const node = make("text", { stroke: "#fff", "stroke-width": HALO, "stroke-linejoin": "round", "paint-order": "stroke", ...attrs }, parent);
  setText(node, text);
  return node;
}

/** The hatch for "never": lines rising to the right, 9 across an inch, as matplotlib draws "///". */
function hatchPattern(defs) {
  const id = uid("gd-hatch");
  const s = HATCH.spacing;
  const tile = make("pattern", { id, width: s, height: s, patternUnits: "userSpaceOnUse" }, defs);
  // the tile's diagonal, and the ends of its neighbours' diagonals in two corners, so the lines run on
  const d = `M0,${s} L${s},0 M${-s / 2},${s / 2} L${s / 2},${-s / 2} M${s / 2},${1.5 * s} L${1.5 * s},${s / 2}`;
  make("path", { d, stroke: HATCH.colour, "stroke-width": HATCH.width }, tile);
  return `url(#${id})`;
}

/** Alpha's ticks: labelled decades and unlabelled minor ticks, as a log axis with set_yticks shows them. */
function alphaTicks(group) {
  for (let power = -3; power <= 1; power += 1) {
    const y = Y(10 ** power);
    make("line", { x1: BOX.left - 3.5 * PX, x2: BOX.left, y1: y, y2: y }, group);
    make("text", { x: BOX.left - 7, y: y + 4, "text-anchor": "end" }, group).textContent = format(10 ** power, "g");
    if (power === 1) break;
    for (let m = 2; m <= 9; m += 1) {
      const minor = Y(m * 10 ** power);
      make("line", { x1: BOX.left - 2 * PX, x2: BOX.left, y1: minor, y2: minor }, group);
    }
  }
}

function build(figure) {
  addStyle();
  const svg = make("svg", { viewBox: `0 0 ${WIDTH} ${HEIGHT}`, "aria-hidden": "true", focusable: "false" }, figure);
  const defs = make("defs", {}, svg);
  const hatch = hatchPattern(defs);
  const axes = panel(svg, BOX, { xlabel: "input", yticks: [], ylog: true });
  axes.update(INPUT_RANGE, ALPHA_RANGE); // the map's axes never move
  const ticks = axes.group.querySelector(".gd-ticks");
  if (ticks) alphaTicks(ticks);
  const ylabel = make("text", { class: "gd-label", "text-anchor": "middle" }, axes.group);
  setText(ylabel, "alpha (log scale)");
  set(ylabel, { transform: `translate(${BOX.left - 58},${BOX.top + BOX.height / 2}) rotate(-90)` });
  const L = axes.inside;
  // In matplotlib's order: the mesh (a canvas under the SVG: one pixel a cell, stretched over the
  // map's box, which costs the browser far less to paint on every drag than 9,600 cells as paths),
  // the hatch over "never", the curves, their labels, the marker.
  const { inputEdges, alphaEdges } = grid();
  const mesh = html("canvas", { class: "gd-map-mesh", width: inputEdges.length - 1, height: alphaEdges.length - 1, "aria-hidden": "true" });
  figure.prepend(mesh);
  const never = make("path", { fill: hatch, stroke: "none" }, L);
  const curves = [true, false].map((dashed) => {
    const dash = dashed ? DASHES : null;
    const halo = make("path", { fill: "none", stroke: "#fff", "stroke-width": HALO, "stroke-dasharray": dash }, L);
    const line = make("path", { fill: "none", stroke: BLACK, "stroke-width": LINE, "stroke-dasharray": dash }, L);
    return { halo, line };
  });
  for (const { product, text, at, above } of CURVE_LABELS) {
    const y = Y(((above ? 1.25 : 0.8) * product) / (at * at));
    haloText(L, { x: X(at), y: above ? y - 0.25 * KEY_SIZE : y + 0.8 * KEY_SIZE, "text-anchor": "middle", "font-size": KEY_SIZE }, text);
  }
  const marker = make("circle", { r: MARKER.radius, fill: "#fff", stroke: VERMILION, "stroke-width": MARKER.width }, L);
  const target = make("rect", { x: BOX.left, y: BOX.top, width: BOX.width, height: BOX.height, fill: "none",
    "pointer-events": "all", style: "cursor: crosshair" }, svg); // where a click lands on the map
  keys(svg, hatch);
  return { svg, mesh, never, curves, marker, target, shading: null };
}

/** The keys, as ax.legend(loc="upper left", bbox_to_anchor=(1.02, 1.0), fontsize=8) lays them out. */
function keys(svg, hatch) {
  const g = make("g", { class: "gd-legend" }, svg);
  const left = BOX.left + 1.02 * BOX.width + 0.5 * KEY_SIZE; // the anchor, then the legend's border pad
  const centre = left + 94.5; // the title is centred over the keys and their words
  ["updates until", `error < ${format(TOLERANCE, "g")}`].forEach((line, k) => {
    make("text", { x: centre, y: 34.5 + k * 13.6, "text-anchor": "middle", "font-size": KEY_SIZE }, g).textContent = line;
  });
  const handle = 2 * KEY_SIZE; // handlelength 2 font sizes, handleheight 0.7
  const x = left + 0.4 * KEY_SIZE;
  const row = (k) => 62.9 + k * 17.2;
  const word = (k, text) => {
    make("text", { x: x + handle + 0.8 * KEY_SIZE, y: row(k) + 0.35 * KEY_SIZE, "font-size": KEY_SIZE }, g).textContent = text;
  };
  const box = (k, fill, stroke) =>
    make("rect", { x, y: row(k) - 0.35 * KEY_SIZE, width: handle, height: 0.7 * KEY_SIZE, fill, stroke, "stroke-width": PX }, g);
  BAND_NAMES.forEach((name, k) => {
    box(k, BAND_COLOURS[k], EDGE_GREY);
    word(k, name);
  });
  box(NEVER, NEVER_COLOUR, NEVER_EDGE);
  box(NEVER, hatch, NEVER_EDGE);
  word(NEVER, "never");
  const lines = [
    ["alpha·input² = 1: one step", DASHES],
    ["alpha·input² = 2: the edge", null],
  ];
  lines.forEach(([text, dash], j) => {
    const y = row(NEVER + 1 + j);
    make("line", { x1: x, x2: x + handle, y1: y, y2: y, stroke: BLACK, "stroke-width": LINE, "stroke-dasharray": dash }, g);
    word(NEVER + 1 + j, text);
  });
  const last = NEVER + 3;
  make("circle", { cx: x + handle / 2, cy: row(last), r: MARKER.radius, fill: "#fff", stroke: VERMILION, "stroke-width": MARKER.width }, g);
  word(last, "your setting");
}

function paint(parts, shown) {
  const d = shown.drawn;
  if (parts.shading !== shown.shading) {
    // A reshade (a new start weight or goal_pred): the mesh's pixels and the hatched region, redrawn once.
    const context = parts.mesh.getContext("2d");
    const image = context.createImageData(d.map_bands[0].length, d.map_bands.length); // a pixel a cell
    image.data.set(bandPixels(d.map_bands));
    context.putImageData(image, 0, 0);
    let never = "";
    for (let k = 0; k + 4 < d.never_path.length; k += 5) {
      const [[x0, y0], , [x1, y1]] = d.never_path.slice(k, k + 3);
      never += `M${X(x0).toFixed(2)} ${Y(y0).toFixed(2)}H${X(x1).toFixed(2)}V${Y(y1).toFixed(2)}H${X(x0).toFixed(2)}Z`;
    }
    set(parts.never, { d: never });
    parts.shading = shown.shading;
  }
  if (!parts.curvesDrawn) {
    [d.one_step_curve, d.edge_curve].forEach((points, k) => {
      const path = curvePath(points);
      set(parts.curves[k].halo, { d: path });
      set(parts.curves[k].line, { d: path });
    });
    parts.curvesDrawn = true;
  }
  const [[input, alpha]] = d.marker;
  set(parts.marker, { cx: X(input), cy: Y(alpha) });
}

function regimeMapView() {
  let parts = null;
  let clicks = 0;
  return {
    name: "regime_map",
    watch: [],
    settings: (values) => ({ weight: values.weight, input: values.input, goal_pred: values.goal_pred, alpha: values.alpha }),
    first: (settings) => firstFrame(settings),
    next: (settings, memory) => frame(settings, memory),
    build: (figure) => {
      parts = build(figure);
      return parts;
    },
    paint,
    label: (shown) => shown.name, // the still's caption up to the sentence under the map, word for word
    segments: (summary) => [{ text: summary }], // the kernel shows this sentence with no bold
    controls: (box, { model, redraw }) => {
      box.append(html("small", {}, HINT));
      // A click moves input and alpha in the browser at once (the sliders follow through their links),
      // holds the rounded values exactly, and tells the kernel where the click landed.
      parts.svg.addEventListener("click", (event) => {
        const rect = parts.svg.getBoundingClientRect();
        if (!(rect.width > 0 && rect.height > 0)) return;
        const spot = dataAt(((event.clientX - rect.left) * WIDTH) / rect.width, ((event.clientY - rect.top) * HEIGHT) / rect.height);
        if (spot === null) return;
        const moved = clickSetting(spot.input, spot.alpha, model.get("specs"));
        clicks += 1;
        model.set("exact", { ...model.get("exact"), ...moved });
        model.set("input", moved.input);
        model.set("alpha", moved.alpha);
        model.set("clicked", { ...spot, click: clicks });
        model.save_changes();
        redraw();
      });
    },
  };
}

/** The map's sentence keeps its own class: the explorer's one .gd-summary is the parabola's (room for
 * two lines). The mesh's canvas sits under the SVG, over the map's box, its cells kept sharp, on a
 * layer of its own (will-change), so new cells are sent to the screen without repainting the SVG's. */
const SHEET = `.gd-view .gd-map-summary { margin: 0.3em 0 0.2em; min-height: 2.6em; }
.gd-view.gd-view-regime_map .gd-figure { position: relative; background: #fff; }
.gd-view.gd-view-regime_map svg { position: relative; background: transparent; }
.gd-view-regime_map .gd-map-mesh { position: absolute; left: ${(100 * BOX.left) / WIDTH}%; top: ${(100 * BOX.top) / HEIGHT}%;
  width: ${(100 * BOX.width) / WIDTH}%; height: ${(100 * BOX.height) / HEIGHT}%; image-rendering: pixelated;
  will-change: transform; }`;

export default {
  render(context) {
    const cleanup = mount(context, regimeMapView());
    const sentence = context.el.querySelector(".gd-view-regime_map .gd-summary");
    if (sentence) sentence.setAttribute("class", "gd-map-summary");
    if (!document.getElementById("gd-regime-map-style")) {
      const style = document.createElement("style");
      style.id = "gd-regime-map-style";
      setText(style, SHEET);
      document.head.append(style);
    }
    return cleanup;
  },
};
