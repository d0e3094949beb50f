/**
 * views/direction.js: the direction-and-amount explorer (lesson 3, playground), drawn in the browser.
 *
 * One weight number line, as gdcourse/figures/derivatives.py draws it: the weight now (a black
 * square), the new weight `weight - (pred - goal_pred) * input` (a white circle ringed in vermilion,
 * held at the line's end when the step leaves it, with its label below), the arrow of the step, and
 * the goal weight (a green dotted line). The numbers come from ../direction.js (the kernel's twin);
 * this module only lays them out as SVG, 7.6 x 2.4 inches at 100 dpi, sizes in points times 100/72.
 * The summary is shown plain (the kernel never bolds it, though it has colons).
 */

import { mount } from "../host.js";
import { firstFrame, frame } from "../direction.js";
import { format } from "../pyformat.js";
import { arrowHead, make, panel, set, setText, show } from "../svg.js";
import { addStyle, BLACK, GREEN, VERMILION, ink } from "../style.js";

const PX = 100 / 72; // matplotlib's points at 100 dpi, in the figure's pixels
const WIDTH = 760; // DirectionView.SIZE (7.6, 2.4) inches at 100 dpi
const HEIGHT = 240;
// figure.subplots_adjust(left=0.03, right=0.97, bottom=0.25, top=0.95)
const BOX = { left: 0.03 * WIDTH, top: 0.05 * HEIGHT, width: 0.94 * WIDTH, height: 0.7 * HEIGHT };
const LABEL_SIZE = 9 * PX; // the new weight's label, fontsize=9
const KEY_SIZE = 8 * PX; // the legend, fontsize=8
const CHAR = 0.6; // a character's width in DejaVu Sans, roughly, in font sizes (a generous guess)
const KEY_CHAR = 0.55; // the same, closer, for the keys' short lower-case words
const ARROW = { width: 2 * PX, headLength: 0.4 * 16 * PX, headHalfWidth: 0.2 * 16 * PX, shrink: 2 * PX };
const DOTS = `${2 * PX} ${3.3 * PX}`; // matplotlib's ":" at linewidth 2: dots of 1 and gaps of 1.65 widths

/** A number fit for an SVG attribute: a finite one, or `fallback`. */
function finite(value, fallback = 0) {
  return Number.isFinite(value) ? value : fallback;
}

function build(figure) {
  addStyle();
  const svg = make("svg", { viewBox: `0 0 ${WIDTH} ${HEIGHT}`, "aria-hidden": "true", focusable: "false" }, figure);
  const axes = panel(svg, BOX, { xlabel: "weight", yticks: [] });
  const frameRect = axes.group.querySelector(".gd-frame");
  if (frameRect) show(frameRect, false); // the left, right and top spines are hidden
  const bottom = BOX.top + BOX.height;
  make("line", { x1: BOX.left, x2: BOX.left + BOX.width, y1: bottom, y2: bottom, stroke: BLACK, "stroke-width": 0.8 * PX }, axes.group);
  const L = axes.inside;
  // Drawn in matplotlib's order: the arrow (a patch, zorder 1), then the lines (zorder 2), then the text.
  const shaft = make("line", { stroke: VERMILION, "stroke-width": ARROW.width }, L);
  const head = make("path", { fill: VERMILION, stroke: VERMILION, "stroke-width": ARROW.width, "stroke-linejoin": "miter" }, L);
  const zero = make("line", { stroke: "#999999", "stroke-width": 1 * PX }, L);
  const goalLine = make("line", { stroke: GREEN, "stroke-width": 2 * PX, "stroke-dasharray": DOTS }, L);
  const side = 9 * PX;
  const weight = make("rect", { width: side, height: side, fill: BLACK, stroke: BLACK, "stroke-width": 1 * PX }, L);
  const newWeight = make("circle", { r: 5 * PX, fill: "#fff", stroke: VERMILION, "stroke-width": 2 * PX }, L);
  const label = make("text", { fill: ink(VERMILION), "font-size": LABEL_SIZE, class: "gd-note" }, axes.over);
  legend(svg);
  return { svg, axes, shaft, head, zero, goalLine, weight, newWeight, label };
}

/** The figure's keys, as ax.legend(loc="upper left", ncol=3, fontsize=8, frameon=False) lays them out. */
function legend(svg) {
  const g = make("g", { class: "gd-legend" }, svg);
  const handle = 2 * KEY_SIZE; // handlelength 2 font sizes
  const pad = 0.8 * KEY_SIZE; // handletextpad
  const gap = 2 * KEY_SIZE; // columnspacing
  const y = BOX.top + (0.5 + 0.4) * KEY_SIZE + KEY_SIZE * 0.6; // borderaxespad + borderpad, then half a row
  const entries = [
    ["goal weight", (x) => make("line", { x1: x, x2: x + handle, y1: y, y2: y, stroke: GREEN, "stroke-width": 2 * PX, "stroke-dasharray": DOTS }, g)],
    ["weight now", (x) => make("rect", { x: x + handle / 2 - 4.5 * PX, y: y - 4.5 * PX, width: 9 * PX, height: 9 * PX, fill: BLACK }, g)],
    ["new weight", (x) => make("circle", { cx: x + handle / 2, cy: y, r: 5 * PX, fill: "#fff", stroke: VERMILION, "stroke-width": 2 * PX }, g)],
  ];
  let x = BOX.left + (0.5 + 0.4) * KEY_SIZE;
  for (const [text, mark] of entries) {
    mark(x);
    make("text", { x: x + handle + pad, y: y + KEY_SIZE * 0.35, "font-size": KEY_SIZE }, g).textContent = text;
    x += handle + pad + text.length * KEY_CHAR * KEY_SIZE + gap;
  }
  return g;
}

function paint(parts, shown, settings) {
  const d = shown.drawn;
  const p = parts.axes.update(d.limits[0], d.limits[1]);
  const X = (v) => finite(p.x(v), BOX.left);
  const Y = (v) => finite(p.y(v), BOX.top);
  const [low, high] = d.limits[0];
  set(parts.zero, { x1: X(low), x2: X(high), y1: Y(0), y2: Y(0) });

  const [[gx, gy0], [, gy1]] = d.goal_weight;
  show(parts.goalLine, shown.goalVisible);
  set(parts.goalLine, { x1: X(gx), x2: X(gx), y1: Y(gy0), y2: Y(gy1) });

  const [[w, wy]] = d.weight;
  const side = 9 * PX;
  set(parts.weight, { x: X(w) - side / 2, y: Y(wy) - side / 2 });
  const [[n, ny]] = d.new_weight;
  set(parts.newWeight, { cx: X(n), cy: Y(ny) });

  paintArrow(parts, shown.arrow, X, Y);

  const text = shown.label;
  setText(parts.label, text);
  const [lx, ly] = shown.labelAt;
  const half = (text.length * CHAR * LABEL_SIZE) / 2;
  const cx = X(lx);
  // ha="center", va="top" under the new weight; kept inside the figure where it would run off its edge
  let anchor = "middle";
  let tx = cx;
  if (cx - half < 4) [anchor, tx] = ["start", 4];
  else if (cx + half > WIDTH - 4) [anchor, tx] = ["end", WIDTH - 4];
  set(parts.label, { x: tx, y: Y(ly) + LABEL_SIZE * 0.8, "text-anchor": anchor });
}

/** The arrowstyle "-|>" at mutation_scale 16: a shaft and a filled head, shrunk 2 points at either end. */
function paintArrow(parts, arrow, X, Y) {
  show(parts.shaft, arrow.visible);
  show(parts.head, arrow.visible);
  if (!arrow.visible) return;
  const [x0, y0] = [X(arrow.from[0]), Y(arrow.from[1])];
  const [x1, y1] = [X(arrow.to[0]), Y(arrow.to[1])];
  const length = Math.hypot(x1 - x0, y1 - y0);
  if (!(length > 0)) {
    show(parts.shaft, false);
    show(parts.head, false);
    return;
  }
  const [ux, uy] = [(x1 - x0) / length, (y1 - y0) / length];
  const shrink = Math.min(ARROW.shrink, length / 4);
  const [sx, sy] = [x0 + ux * shrink, y0 + uy * shrink];
  const [tx, ty] = [x1 - ux * shrink, y1 - uy * shrink];
  const headLength = Math.min(ARROW.headLength, Math.max(0, length - 2 * shrink));
  const [bx, by] = [tx - ux * headLength, ty - uy * headLength];
  set(parts.shaft, { x1: sx, y1: sy, x2: bx, y2: by });
  set(parts.head, { d: arrowHead(tx, ty, ux, uy, headLength, ARROW.headHalfWidth) });
}

/** The picture's accessible name: what is drawn, with its numbers. The summary is not in it: it is
 * the text just above the picture, and a screen reader would hear it twice. */
function label(shown, settings) {
  const [low, high] = shown.drawn.limits[0];
  const s = settings;
  let goalWords;
  if (shown.goalWeight === null) goalWords = "no goal weight, since input is 0";
  else if (shown.goalVisible) goalWords = `the goal weight ${format(shown.goalWeight, ".3g")} as a dotted line`;
  else goalWords = `the goal weight ${format(shown.goalWeight, ".3g")}, off the line`;
  const step = shown.arrow.visible
    ? `an arrow to the ${shown.label} (a circle)`
    : `the ${shown.label} (a circle) where the weight is, with no arrow`;
  return (
    `A weight number line from ${format(low, "g")} to ${format(high, "g")}: the weight now ` +
    `${format(s.weight, ".3g")} (a square), ${step}, and ${goalWords}.`
  );
}

function directionView() {
  return {
    name: "direction",
    settings: (values) => ({ weight: values.weight, input: values.input, goal_pred: values.goal_pred }),
    first: (settings) => firstFrame(settings),
    next: (settings, memory) => frame(settings, memory),
    build,
    paint,
    label,
    segments: (summary) => [{ text: summary }], // the kernel shows this summary with no bold
  };
}

export default { render: (context) => mount(context, directionView()) };
