/**
 * views/compare.js: chapter 1's compare explorer (lesson 1, playground), drawn in the browser.
 *
 * Top: a number line with the prediction (blue circle), goal_pred (green diamond) and an arrow for the
 * miss between them; bottom left: the squared error against weight, its goal weight dotted, the weight
 * marked by a square with its error written beside it; bottom right: pure, absolute and squared error
 * as functions of the miss, the current miss marked on each. The numbers come from ../compare.js (the
 * kernel's twin); this module only lays them out as SVG, in gdcourse/figures/compare.py's layout (a
 * figure of CompareView.SIZE inches at 100 dpi; matplotlib's sizes in points become pixels * 100 / 72).
 * The summary's last part, the squared error, is bold.
 */

import { mount } from "../host.js";
import { emphasised, firstFrame, frame, number } from "../compare.js";
import { format } from "../pyformat.js";
import { make, panel, points, set, setText, show } from "../svg.js";
import { addStyle, BLACK, BLUE, GREEN, ORANGE, PURPLE, VERMILION, ink } from "../style.js";

const PX = 100 / 72; // matplotlib's points at 100 dpi, in the figure's pixels
const WIDTH = 800;
const HEIGHT = 500;
// The panels where draw_compare's grid puts them (figure fractions * figure pixels).
const TOP_BOX = { left: 56, top: 35, width: 732, height: 77.5 };
const LEFT_BOX = { left: 56, top: 202, width: 390.4, height: 248 };
const RIGHT_BOX = { left: 527.7, top: 202, width: 260.3, height: 248 };
const NOTE = `font-size: ${(9 * PX).toFixed(1)}px`; // fontsize 9
const KEY = `font-size: ${(8 * PX).toFixed(1)}px`; // the key's fontsize 8
const DASHED = (lw) => `${3.7 * lw * PX} ${1.6 * lw * PX}`; // matplotlib's "--" for a line width
const DOTTED = (lw) => `${1 * lw * PX} ${1.65 * lw * PX}`; // and its ":"
const CHAR = 0.6 * 9 * PX; // about how wide a character of a note is, for its backing


/** Set a node's attributes when every number among them is finite (and show it); else hide it. */
function place(node, attrs) {
  const finite = Object.values(attrs).every((v) => typeof v !== "number" || Number.isFinite(v));
  show(node, finite);
  if (finite) set(node, attrs);
  return finite;
}

function diamond(x, y, r) {
  return `M${x},${y - r} L${x + r},${y} L${x},${y + r} L${x - r},${y} z`;
}

function triangleDown(x, y, r) {
  return `M${x - r},${y - r} L${x + r},${y - r} L${x},${y + r} z`;
}

function line(parent, attrs) {
  return make("line", attrs, parent);
}

/** The number line: no frame but its bottom spine, no y ticks, the markers and the miss arrow. */
function buildMissLine(svg) {
  const top = panel(svg, TOP_BOX, { title: "prediction against goal_pred: the arrow is the miss", yticks: [] });
  show(top.group.querySelector(".gd-frame"), false);
  const { left, width } = TOP_BOX;
  const bottom = TOP_BOX.top + TOP_BOX.height;
  line(top.group, { x1: left, x2: left + width, y1: bottom, y2: bottom, stroke: BLACK, "stroke-width": 0.8 * PX });
  const I = top.inside;
  const y0 = TOP_BOX.top + TOP_BOX.height / 2;
  line(I, { x1: left, x2: left + width, y1: y0, y2: y0, stroke: "#999", "stroke-width": 1 * PX });
  const shaft = line(I, { stroke: VERMILION, "stroke-width": 2 * PX });
  const head = make("path", { fill: VERMILION, stroke: VERMILION, "stroke-width": 2 * PX, "stroke-linejoin": "miter" }, I);
  const goalPred = make("path", { fill: GREEN, stroke: BLACK, "stroke-width": 1 * PX }, I);
  const pred = make("circle", { r: 5 * PX, fill: BLUE, stroke: BLACK, "stroke-width": 1 * PX }, I);
  const predText = make("text", { fill: ink(BLUE), "text-anchor": "middle", class: "gd-note", style: NOTE }, top.over);
  const goalText = make("text", { fill: ink(GREEN), "text-anchor": "middle", class: "gd-note", style: NOTE }, top.over);
  return { panel: top, shaft, head, goalPred, pred, predText, goalText };
}

/** The error parabola: its zero line, curve, goal weight (dotted, named), the weight and its error. */
function buildParabola(svg) {
  const left = panel(svg, LEFT_BOX, { xlabel: "weight", ylabel: "error", title: "squared error against weight" });
  const L = left.inside;
  const zero = line(L, { stroke: "#ccc", "stroke-width": 0.8 * PX });
  const curve = make("polyline", { fill: "none", stroke: BLUE, "stroke-width": 2 * PX }, L);
  const goalLine = line(L, { stroke: GREEN, "stroke-width": 2 * PX, "stroke-dasharray": DOTTED(2) });
  const side = 17 * PX;
  const start = make("rect", { fill: "none", stroke: BLACK, "stroke-width": 1.5 * PX, width: side, height: side }, L);
  const goalText = make("text", { fill: ink(GREEN), class: "gd-note", style: NOTE }, left.over);
  const errorBack = make("rect", { fill: "#fff", "fill-opacity": 0.85, rx: 3, ry: 3 }, left.over);
  const errorText = make("text", { class: "gd-note", style: NOTE }, left.over);
  return { panel: left, zero, curve, goalLine, start, goalText, errorBack, errorText };
}

/** The kinds of error: the crossings at -1 and 1, the three curves, the miss now, and their key. */
function buildKinds(svg) {
  const right = panel(svg, RIGHT_BOX, { xlabel: "miss = pred - goal_pred", ylabel: "error", title: "three ways to score the miss" });
  const R = right.inside;
  const crossings = [-1, 1].map(() => line(R, { stroke: "#d9d9d9", "stroke-width": 1 * PX }));
  const zero = line(R, { stroke: "#ccc", "stroke-width": 0.8 * PX });
  // For a positive miss, pure and absolute are one line: the absolute's wide dots run under the pure's
  // thin dashes, so both show there.
  const absolute = make("polyline", { fill: "none", stroke: ORANGE, "stroke-width": 3.5 * PX, "stroke-dasharray": DOTTED(3.5) }, R);
  const pure = make("polyline", { fill: "none", stroke: PURPLE, "stroke-width": 1.5 * PX, "stroke-dasharray": DASHED(1.5) }, R);
  const squared = make("polyline", { fill: "none", stroke: BLUE, "stroke-width": 2 * PX }, R);
  const now = line(R, { stroke: VERMILION, "stroke-width": 1 * PX, "stroke-opacity": 0.6 });
  const dot = { stroke: BLACK, "stroke-width": 1 * PX };
  const pureNow = make("path", { fill: PURPLE, ...dot }, R);
  const absoluteNow = make("rect", { fill: ORANGE, width: 7 * PX, height: 7 * PX, ...dot }, R);
  const squaredNow = make("circle", { fill: BLUE, r: 3.5 * PX, ...dot }, R);
  const key = make("g", { class: "gd-legend" }, right.group);
  // each key shows its line with the marker that marks the miss now on it
  const side = 7 * PX;
  const entries = [
    ["pure: miss", { stroke: PURPLE, "stroke-width": 1.5 * PX, "stroke-dasharray": DASHED(1.5) },
      (mx, my) => make("path", { d: triangleDown(mx, my, 3.5 * PX), fill: PURPLE, ...dot }, key)],
    ["absolute: |miss|", { stroke: ORANGE, "stroke-width": 3.5 * PX, "stroke-dasharray": DOTTED(3.5) },
      (mx, my) => make("rect", { x: mx - side / 2, y: my - side / 2, width: side, height: side, fill: ORANGE, ...dot }, key)],
    ["squared: miss²", { stroke: BLUE, "stroke-width": 2 * PX },
      (mx, my) => make("circle", { cx: mx, cy: my, r: 3.5 * PX, fill: BLUE, ...dot }, key)],
  ];
  const x = RIGHT_BOX.left + RIGHT_BOX.width / 2 - 62;
  entries.forEach(([text, stroke, mark], k) => {
    const y = RIGHT_BOX.top + 13 + k * 16;
    line(key, { x1: x, x2: x + 16 * PX, y1: y, y2: y, ...stroke });
    mark(x + 8 * PX, y);
    make("text", { x: x + 16 * PX + 8, y: y + 4, style: KEY }, key).textContent = text;
  });
  return { panel: right, crossings, zero, pure, absolute, squared, now, pureNow, absoluteNow, squaredNow };
}

function build(figure) {
  addStyle();
  const svg = make("svg", { viewBox: `0 0 ${WIDTH} ${HEIGHT}`, "aria-hidden": "true", focusable: "false" }, figure);
  return { svg, line: buildMissLine(svg), parabola: buildParabola(svg), kinds: buildKinds(svg) };
}

/** The miss arrow from goal_pred to the prediction: matplotlib's "-|>" at mutation_scale 14, shrunk 2 pt. */
function paintArrow(parts, from, to, y) {
  const shown = from !== to;
  show(parts.shaft, shown);
  show(parts.head, shown);
  if (!shown) return;
  const dir = to > from ? 1 : -1;
  const shrink = 2 * PX;
  const length = 0.4 * 14 * PX;
  const half = 0.2 * 14 * PX;
  const tip = to - dir * shrink;
  const base = tip - dir * length;
  place(parts.shaft, { x1: from + dir * shrink, x2: base, y1: y, y2: y });
  place(parts.head, { d: `M${tip},${y} L${base},${y - half} L${base},${y + half} z` });
}

/** SVG's text-anchor for a label side (-1, 0, 1), as matplotlib's ha left, center, right. */
const ANCHORS = ["start", "middle", "end"];

function paintMissLine(parts, d, labels) {
  const p = parts.panel.update(d.miss_line_limits[0], d.miss_line_limits[1]);
  const [[goalPred]] = d.goal_pred;
  const [[pred]] = d.prediction;
  const y = p.y(0);
  const gx = p.x(goalPred);
  const predX = p.x(pred);
  paintArrow(parts, gx, predX, y);
  place(parts.goalPred, { d: diamond(gx, y, Math.SQRT1_2 * 10 * PX) });
  place(parts.pred, { cx: predX, cy: y });
  const [[predSide, goalSide]] = d.label_sides; // a label near an end of the line stays inside it
  setText(parts.predText, labels.prediction);
  place(parts.predText, { x: predX, y: y - 9 * PX, "text-anchor": ANCHORS[predSide + 1] });
  setText(parts.goalText, labels.goal_pred);
  place(parts.goalText, { x: gx, y: y + 10 * PX + 9 * PX * 0.8, "text-anchor": ANCHORS[goalSide + 1] });
}

function paintParabola(parts, shown, labels) {
  const d = shown.drawn;
  const [[low, high], [bottom, top]] = d.parabola_limits;
  const p = parts.panel.update([low, high], [bottom, top]);
  place(parts.zero, { x1: p.x(low), x2: p.x(high), y1: p.y(0), y2: p.y(0) });
  set(parts.curve, { points: points(d.curve, p.x, p.y) });
  const hasGoal = shown.goalWeight !== null;
  show(parts.goalLine, hasGoal);
  show(parts.goalText, hasGoal);
  if (hasGoal) {
    const gx = p.x(shown.goalWeight);
    place(parts.goalLine, { x1: gx, x2: gx, y1: p.y(bottom), y2: p.y(top) });
    setText(parts.goalText, shown.goalLabel);
    const dx = (shown.goalRight ? -4 : 4) * PX;
    place(parts.goalText, { x: gx + dx, y: p.y(0.97 * top) + 9 * PX * 0.8, "text-anchor": shown.goalRight ? "end" : "start" });
  }
  const [[w, e]] = d.weight;
  const side = 17 * PX;
  place(parts.start, { x: p.x(w) - side / 2, y: p.y(e) - side / 2 });
  const [[lw, le]] = d.error_label;
  const right = shown.errorRight;
  const tx = p.x(lw) + (right ? -14 : 14) * PX;
  const ty = p.y(le) - 6 * PX;
  setText(parts.errorText, labels.error);
  place(parts.errorText, { x: tx, y: ty, "text-anchor": right ? "end" : "start" });
  const width = labels.error.length * CHAR;
  const pad = 0.2 * 9 * PX;
  place(parts.errorBack, {
    x: (right ? tx - width : tx) - pad,
    y: ty - 9 * PX * 0.8 - pad,
    width: width + 2 * pad,
    height: 9 * PX + 2 * pad,
  });
}

function paintKinds(parts, d) {
  const [[low, high], [bottom, top]] = d.kinds_limits;
  const q = parts.panel.update([low, high], [bottom, top]);
  [-1, 1].forEach((x, k) => place(parts.crossings[k], { x1: q.x(x), x2: q.x(x), y1: q.y(bottom), y2: q.y(top) }));
  place(parts.zero, { x1: q.x(low), x2: q.x(high), y1: q.y(0), y2: q.y(0) });
  set(parts.pure, { points: points(d.pure, q.x, q.y) });
  set(parts.absolute, { points: points(d.absolute, q.x, q.y) });
  set(parts.squared, { points: points(d.squared, q.x, q.y) });
  const [[miss]] = d.pure_now;
  const mx = q.x(miss);
  place(parts.now, { x1: mx, x2: mx, y1: q.y(bottom), y2: q.y(top) });
  place(parts.pureNow, { d: triangleDown(mx, q.y(d.pure_now[0][1]), 3.5 * PX) });
  const side = 7 * PX;
  place(parts.absoluteNow, { x: mx - side / 2, y: q.y(d.absolute_now[0][1]) - side / 2 });
  place(parts.squaredNow, { cx: mx, cy: q.y(d.squared_now[0][1]) });
}

function paint(parts, shown) {
  paintMissLine(parts.line, shown.drawn, shown.labels);
  paintParabola(parts.parabola, shown, shown.labels);
  paintKinds(parts.kinds, shown.drawn);
}

/** The picture's accessible name: what is drawn, with its numbers. The summary is not in it: it is
 * the text just above the picture, and a screen reader would hear it twice. */
function label(shown, settings) {
  const s = settings;
  const pred = s.input * s.weight;
  const bowl =
    shown.goalWeight === null
      ? "flat, since with input 0 every weight makes the same prediction"
      : `a U-shaped parabola lowest at the goal weight ${format(shown.goalWeight, ".3g")}`;
  return (
    `Top: a number line with the prediction ${number(pred)}, goal_pred ${number(s.goal_pred)} and an arrow ` +
    `for the miss between them. Bottom left: the squared error against weight, ${bowl}, with weight ` +
    `${number(s.weight)} marked by a square. Bottom right: pure, absolute and squared error as functions ` +
    `of the miss, with the miss ${number(pred - s.goal_pred)} marked on each.`
  );
}

function compareView() {
  return {
    name: "compare",
    settings: (values) => ({ ...values }),
    first: (settings) => firstFrame(settings),
    next: (settings, memory) => frame(settings, memory),
    build,
    paint,
    label,
    segments: (summary) => {
      const [head, tail] = emphasised(summary); // the squared error in bold
      return [{ text: head }, { text: tail, bold: true }];
    },
  };
}

export default { render: (context) => mount(context, compareView()) };
