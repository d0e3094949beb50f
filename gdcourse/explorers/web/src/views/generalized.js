/**
 * views/generalized.js: chapter 5's explorer (lesson 5, playground), drawn in the browser.
 *
 * Top: one panel per weight (a for toes, b for win/loss, c for fans), the error against that weight
 * with the other two held, dashed at their start values and solid after the run, with the numbered
 * steps; each title says how the weight moved, or that it is frozen. Bottom left: contour lines of the
 * error over two weights (the third held), the line (one game) or point (four games) of lowest error,
 * and the numbered path. Bottom right: the error after each step (or pass) on a log scale. The numbers
 * come from ../generalized.js (the kernel's twin); this module only lays them out as SVG, in
 * gdcourse/figures/generalized.py's layout (8 x 6 inches at 100 dpi; points become pixels * 100 / 72).
 * The sliders, the freeze toggles and the two choices reach it as model traits linked in the browser.
 */

import { boldBeforeColons, mount } from "../host.js";
import { BOXES, FIGURE, firstFrame, frame } from "../generalized.js";
import { GAME_CHOICES, INPUT_NAMES, PLANES, WEIGHT_NAMES } from "../generalized_run.js";
import { clippedPath, dots, make, panel, pool, set, setText, show } from "../svg.js";
import { addStyle, BLACK, BLUE, GREEN, SKY, VERMILION, ink } from "../style.js";

const PX = 100 / 72; // matplotlib's points at 100 dpi, in the figure's pixels
const WIDTH = FIGURE[0] * 100;
const HEIGHT = FIGURE[1] * 100;
const DASHED = (lw) => `${3.7 * lw * PX} ${1.6 * lw * PX}`; // matplotlib's "--" for a line width
const FAR = 1e4; // pixels beyond a panel where a point is held: the panel's clip hides it either way
const NUMBER_FONT = 7.6 * PX; // the step numbers' "$k$" markers of markersize 5.5
const NOTE_SIZE = 9 * PX;
const KEY_SIZE = 8 * PX;
const CHAR = 0.6; // about how wide a character is, in font sizes (for a label's white backing)
const TICK_CHAR = 0.6 * 11; // and a tick label's, in pixels (11px, svg.js's style sheet)

/** A panel's box in the figure's pixels, from its figure fractions [left, bottom, width, height]. */
function pixelBox([left, bottom, width, height]) {
  return { left: left * WIDTH, top: (1 - bottom - height) * HEIGHT, width: width * WIDTH, height: height * HEIGHT };
}

/** A pixel coordinate fit for an attribute: null if not finite, else held within FAR of the panel. */
function held(value, low, high) {
  if (!Number.isFinite(value)) return null;
  return Math.min(Math.max(value, low - FAR), high + FAR);
}

/** Scales that give attribute-safe pixels (null where the value is not a number), with the panel. */
function pixels(p) {
  const b = p.box;
  return {
    x: (v) => held(p.x(v), b.left, b.left + b.width),
    y: (v) => held(p.y(v), b.top, b.top + b.height),
    panel: p,
  };
}

/** An SVG path through the points, cut to the box of the panel `s` scales for (svg.js clippedPath). */
function pathData(points, s) {
  return clippedPath(points, s.panel.x, s.panel.y, s.panel.box);
}

function triangle(x, y, r) {
  return `M${x},${y - r} L${x + r * 0.866},${y + r / 2} L${x - r * 0.866},${y + r / 2} z`;
}

function diamond(x, y, r) {
  return `M${x},${y - r} L${x + r},${y} L${x},${y + r} L${x - r},${y} z`;
}

function cross(x, y, r) {
  return `M${x - r},${y - r} L${x + r},${y + r} M${x - r},${y + r} L${x + r},${y - r}`;
}

/** A numbered path (NumberedPath): the line, a dot at every step, rings and numbers, the exit mark. */
function pathLayer(layer) {
  const line = make("path", { fill: "none", stroke: VERMILION, "stroke-width": 1.2 * PX }, layer);
  const dotted = make("path", { fill: "none", stroke: VERMILION, "stroke-width": 3.5 * PX, "stroke-linecap": "round" }, layer);
  const rings = pool(layer, "circle", { r: 6 * PX, fill: "#fff", stroke: VERMILION, "stroke-width": 1.5 * PX });
  const numbers = pool(layer, "text", { "text-anchor": "middle", "font-weight": "bold", style: `font-size: ${NUMBER_FONT.toFixed(1)}px`, fill: BLACK });
  const exit = make("path", { fill: VERMILION, stroke: BLACK, "stroke-width": 1 * PX }, layer);
  return { line, dots: dotted, rings, numbers, exit };
}

function paintPath(layer, path, s) {
  set(layer.line, { d: pathData(path.line, s) });
  set(layer.dots, { d: dots(path.points, s.x, s.y) });
  const numbered = path.numbered.filter(([u, v]) => s.x(u) !== null && s.y(v) !== null);
  layer.rings.take(numbered.length).forEach((node, k) => set(node, { cx: s.x(numbered[k][0]), cy: s.y(numbered[k][1]) }));
  layer.numbers.take(numbered.length).forEach((node, k) => {
    set(node, { x: s.x(numbered[k][0]), y: s.y(numbered[k][1]) + NUMBER_FONT * 0.36 });
    setText(node, String(k));
  });
  const out = path.exit.length > 0 && s.x(path.exit[0][0]) !== null && s.y(path.exit[0][1]) !== null;
  show(layer.exit, out);
  if (out) set(layer.exit, { d: triangle(s.x(path.exit[0][0]), s.y(path.exit[0][1]), 5 * PX) });
}

/** Hide every other x tick label of a narrow panel while they would run into each other. */
function thinTicks(p) {
  const labels = p.xLabels;
  if (labels.length < 2) return;
  const spacing = Math.abs(Number(labels[1].getAttribute("x")) - Number(labels[0].getAttribute("x")));
  const widest = Math.max(...labels.map((n) => n.textContent.length)) * TICK_CHAR;
  const every = spacing > 0 ? Math.max(1, Math.ceil((widest + 6) / spacing)) : 1;
  const zero = labels.findIndex((n) => n.textContent === "0" || /^[0.]+$/.test(n.textContent));
  const phase = zero >= 0 ? zero % every : 0;
  labels.forEach((node, k) => show(node, (k - phase) % every === 0));
}

/** The text node svg.js's panel made with this class (its title, or its x label). */
function textOf(p, name) {
  return p.group.querySelector(`.${name}`);
}

function buildWeightPanel(svg, i) {
  const name = WEIGHT_NAMES[i];
  const p = panel(svg, pixelBox(BOXES[name]), { xlabel: `weight ${name}`, ylabel: "error", title: " " });
  const I = p.inside;
  const zero = make("line", { stroke: "#ccc", "stroke-width": 0.8 * PX }, I);
  const start = make("path", { fill: "none", stroke: SKY, "stroke-width": 1.5 * PX, "stroke-dasharray": DASHED(1.5) }, I);
  const curve = make("path", { fill: "none", stroke: BLUE, "stroke-width": 2 * PX }, I);
  return { panel: p, zero, start, curve, path: pathLayer(I), title: textOf(p, "gd-title") };
}

function buildContour(svg) {
  const p = panel(svg, pixelBox(BOXES.plane), { xlabel: "weight a (toes)", ylabel: "weight b (win/loss)", title: " " });
  const I = p.inside;
  const levels = [];
  for (let k = 0; k < 7; k += 1) {
    levels.push(make("path", { fill: "none", stroke: BLUE, "stroke-width": 0.9 * PX, "stroke-opacity": 0.35 + 0.08 * k }, I));
  }
  const trough = make("path", { fill: "none", stroke: GREEN, "stroke-width": 2.2 * PX, "stroke-dasharray": DASHED(2.2) }, I);
  const bowl = make("path", { fill: GREEN, stroke: BLACK, "stroke-width": 1 * PX }, I);
  const labelBack = make("rect", { fill: "#fff", "fill-opacity": 0.85, rx: 3, ry: 3 }, I);
  const label = make("text", { fill: ink(GREEN), style: `font-size: ${NOTE_SIZE.toFixed(1)}px`, class: "gd-note" }, I);
  const path = pathLayer(I);
  const labels = p.group.querySelectorAll ? [...p.group.querySelectorAll(".gd-label")] : [];
  return { panel: p, levels, trough, bowl, labelBack, label, path, title: textOf(p, "gd-title"), labels };
}

function buildErrors(svg) {
  const ticks = [];
  const p = panel(svg, pixelBox(BOXES.errors), { xlabel: "step", ylabel: "error (log scale)", title: "error after each step", ylog: true, yticks: ticks });
  const I = p.inside;
  const line = make("path", { fill: "none", stroke: VERMILION, "stroke-width": 1.5 * PX }, I);
  const dotted = make("path", { fill: "none", stroke: VERMILION, "stroke-width": 3.5 * PX, "stroke-linecap": "round" }, I);
  const off = pool(I, "path", { stroke: BLACK, "stroke-width": 1.5 * PX, fill: "none" });
  return { panel: p, ticks, line, dots: dotted, off, xlabel: textOf(p, "gd-label") };
}

/** The figure's keys, as figure.legend(loc="lower center", ncol=3, fontsize=8) lays them out. */
function legend(svg) {
  const g = make("g", { class: "gd-legend" }, svg);
  const long = 2 * KEY_SIZE;
  const entries = [
    ["error, the other weights at their start", (x, y) => make("line", { x1: x, x2: x + long, y1: y, y2: y, stroke: SKY, "stroke-width": 1.5 * PX, "stroke-dasharray": DASHED(1.5) }, g)],
    ["error, the other weights after the run", (x, y) => make("line", { x1: x, x2: x + long, y1: y, y2: y, stroke: BLUE, "stroke-width": 2 * PX }, g)],
    ["steps (numbered)", (x, y) => make("circle", { cx: x + long / 2, cy: y, r: 6 * PX, fill: "#fff", stroke: VERMILION, "stroke-width": 1.5 * PX }, g)],
    ["contour lines: each inside has a quarter of the error", (x, y) => make("line", { x1: x, x2: x + long, y1: y, y2: y, stroke: BLUE, "stroke-width": 0.9 * PX, "stroke-opacity": 0.35 }, g)],
    ["lowest error", (x, y) => make("line", { x1: x, x2: x + long, y1: y, y2: y, stroke: GREEN, "stroke-width": 2.2 * PX, "stroke-dasharray": DASHED(2.2) }, g)],
    ["off the scale", (x, y) => make("path", { d: cross(x + long / 2, y, 4 * PX), stroke: BLACK, "stroke-width": 1.5 * PX, fill: "none" }, g)],
  ];
  const columns = [30, 290, 672];
  entries.forEach(([text, mark], k) => {
    const x = columns[Math.floor(k / 2)];
    const y = HEIGHT - 34 + (k % 2) * 17;
    mark(x, y);
    make("text", { x: x + long + 0.8 * KEY_SIZE, y: y + KEY_SIZE * 0.35, style: `font-size: ${KEY_SIZE.toFixed(1)}px` }, g).textContent = text;
  });
  return g;
}

function build(figure) {
  addStyle();
  const svg = make("svg", { viewBox: `0 0 ${WIDTH} ${HEIGHT}`, "aria-hidden": "true", focusable: "false" }, figure);
  const weights = [0, 1, 2].map((i) => buildWeightPanel(svg, i));
  const contour = buildContour(svg);
  const errors = buildErrors(svg);
  legend(svg);
  return { svg, weights, contour, errors };
}

function paintWeight(part, shown, i) {
  const name = WEIGHT_NAMES[i];
  const d = shown.drawn;
  const [xlim, ylim] = d[`limits_${name}`];
  const p = part.panel.update(xlim, ylim);
  thinTicks(p);
  const s = pixels(p);
  set(part.zero, { x1: p.box.left, x2: p.box.left + p.box.width, y1: s.y(0) ?? p.box.top, y2: s.y(0) ?? p.box.top });
  set(part.start, { d: pathData(d[`curve_${name}_start`], s) });
  show(part.curve, d[`curve_${name}`].length > 0);
  set(part.curve, { d: pathData(d[`curve_${name}`], s) });
  paintPath(part.path, shown.panels[i].path, s);
  setText(part.title, shown.labels[name]);
}

function paintContour(part, shown, settings) {
  const d = shown.drawn;
  const [xlim, ylim] = d.plane_limits;
  const p = part.panel.update(xlim, ylim);
  thinTicks(p);
  const s = pixels(p);
  shown.contour.levels.forEach((points, k) => set(part.levels[k], { d: pathData(points, s) }));
  show(part.trough, d.trough.length > 0);
  set(part.trough, { d: pathData(d.trough, s) });
  const bowl = d.bowl.length > 0 && s.x(d.bowl[0][0]) !== null && s.y(d.bowl[0][1]) !== null;
  show(part.bowl, bowl);
  if (bowl) set(part.bowl, { d: diamond(s.x(d.bowl[0][0]), s.y(d.bowl[0][1]), 4.5 * PX) });
  const label = shown.contour.bottomLabel;
  const lx = s.x(label.xy[0]);
  const ly = s.y(label.xy[1]);
  const visible = label.text !== "" && lx !== null && ly !== null;
  show(part.label, visible);
  show(part.labelBack, visible);
  if (visible) {
    const x = lx + label.offset[0] * PX;
    const y = ly - label.offset[1] * PX; // offsets are in points, upwards
    const baseline = label.va === "top" ? y + NOTE_SIZE * 0.8 : y - NOTE_SIZE * 0.25;
    setText(part.label, label.text);
    set(part.label, { x, y: baseline, "text-anchor": label.ha === "right" ? "end" : "start" });
    const width = label.text.length * CHAR * NOTE_SIZE;
    set(part.labelBack, {
      x: label.ha === "right" ? x - width - 3 : x - 3,
      y: baseline - NOTE_SIZE * 0.85,
      width: width + 6,
      height: NOTE_SIZE * 1.2,
    });
  }
  paintPath(part.path, shown.contour.path, s);
  setText(part.title, shown.labels.held);
  const fits = p.box.width / (shown.labels.held.length * 0.55); // a long title shrinks to its panel's width
  set(part.title, { style: `font-size: ${Math.min(13, Math.max(9, fits)).toFixed(1)}px` });
  const [u, v] = settings.plane;
  const names = [u, v].map((n) => `weight ${n} (${INPUT_NAMES[WEIGHT_NAMES.indexOf(n)]})`);
  part.labels.forEach((node, k) => {
    if (k < 2) setText(node, names[k]);
  });
}

function paintErrors(part, shown) {
  const d = shown.drawn;
  const [xlim, ylim] = d.errors_limits;
  const low = Math.round(Math.log10(ylim[0]));
  const high = Math.round(Math.log10(ylim[1]));
  const every = Math.max(1, Math.ceil((high - low) / 6));
  part.ticks.splice(0, part.ticks.length);
  for (let k = low; k <= high; k += 1) if ((k - low) % every === 0) part.ticks.push(Number(`1e${k}`));
  const p = part.panel.update(xlim, ylim);
  const s = pixels(p);
  set(part.line, { d: pathData(d.errors, s) });
  set(part.dots, { d: dots(d.errors, s.x, s.y) });
  const off = d.off_scale.filter(([u, v]) => s.x(u) !== null && s.y(v) !== null);
  part.off.take(off.length).forEach((node, k) => set(node, { d: cross(s.x(off[k][0]), s.y(off[k][1]), 4 * PX) }));
  if (part.xlabel) setText(part.xlabel, shown.errorPanel.xlabel);
}

function paint(parts, shown, settings) {
  parts.weights.forEach((part, i) => paintWeight(part, shown, i));
  paintContour(parts.contour, shown, settings);
  paintErrors(parts.errors, shown);
}

/** The picture's accessible name: what is drawn, with its numbers. The summary is not in it: it is
 * the text just above the picture, and a screen reader would hear it twice. */
function label(shown, settings) {
  const s = settings;
  const frozen = WEIGHT_NAMES.filter((_, k) => s.frozen[k]);
  const frozenWords = frozen.length ? ` (${frozen.join(" and ")} frozen)` : "";
  const games = s.games === "first" ? `the first game, ${s.iterations} step${s.iterations === 1 ? "" : "s"}` : `all four games, ${s.iterations} pass${s.iterations === 1 ? "" : "es"}`;
  const bottom = shown.labels.bottom ? `, ${shown.labels.bottom}` : "";
  return (
    `Chapter 5's three weights learning from ${games}${frozenWords}. Top: the error against each weight with ` +
    `the other two held, dashed at their start values and solid after the run, with the numbered steps: ` +
    `${shown.labels.a}; ${shown.labels.b}; ${shown.labels.c}. Bottom left: contour lines of the ${shown.labels.held}` +
    `${bottom}, with the numbered path. Bottom right: the error after each ` +
    `${s.games === "first" ? "step" : "pass"} on a log scale.`
  );
}

function generalizedView() {
  return {
    name: "generalized",
    watch: ["freeze_a", "freeze_b", "freeze_c", "games_index", "plane_index"],
    settings: (values, model) => ({
      a: values.a,
      b: values.b,
      c: values.c,
      alpha: values.alpha,
      iterations: values.iterations,
      frozen: WEIGHT_NAMES.map((name) => Boolean(model.get(`freeze_${name}`))),
      games: GAME_CHOICES[model.get("games_index")] || GAME_CHOICES[0],
      plane: PLANES[model.get("plane_index")] || PLANES[0],
    }),
    first: (settings) => firstFrame(settings),
    next: (settings, memory) => frame(settings, memory),
    build,
    paint,
    label,
    segments: (summary) => boldBeforeColons([summary]),
  };
}

export default { render: (context) => mount(context, generalizedView()) };
