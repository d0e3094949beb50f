/**
 * views/hot_and_cold.js: chapter 2's hot-and-cold explorer (lesson 2, playground), drawn in the browser.
 *
 * Left: the error parabola against weight, every weight the loop printed joined in order, the last one
 * circled, the two weights its last iteration tried (triangles up and down), the start weight (a
 * square) and the goal weight (dotted); right: the error at each iteration on a log scale, errors below
 * ERROR_FLOOR (1e-12) marked with crosses on its floor. The numbers come from ../hot_and_cold.js (the kernel's twin,
 * which runs the loop itself); this module only lays them out as SVG, in gdcourse/figures/hot_and_cold.py's
 * layout (HotAndColdView.SIZE, 8 x 3.8 inches at 100 dpi; sizes in points become pixels * 100 / 72),
 * with matplotlib's tick places (its MaxNLocator and LogLocator, ported below for the picture only).
 * The summary's words before its colon are bold.
 */

import { boldBeforeColons, mount } from "../host.js";
import { ERROR_FLOOR, firstFrame, frame } from "../hot_and_cold.js";
import { format } from "../pyformat.js";
import { dots, make, panel, points, pool, set, setText, show, strokes, tickText } from "../svg.js";
import { addStyle, BLACK, BLUE, GREEN, ORANGE, PURPLE, VERMILION, ink } from "../style.js";

const PX = 100 / 72; // matplotlib's points at 100 dpi, in the figure's pixels
const WIDTH = 800;
const HEIGHT = 380;
const NOTE = `font-size: ${(9 * PX).toFixed(1)}px`; // the goal label, fontsize 9
const KEY = `font-size: ${(8 * PX).toFixed(1)}px`; // the key and the floor's note, fontsize 8
const CHAR = 0.6 * 8 * PX; // about how wide a character of the floor's note is, for its backing
const DOTTED = (lw) => `${1 * lw * PX} ${1.65 * lw * PX}`; // matplotlib's ":" for a line width

/**
 * The two panels where draw_hot_and_cold puts them: a 1.5 : 1 grid with wspace 0.28 inside
 * subplots_adjust(left=0.075, right=0.985, bottom=0.27, top=0.92), in the figure's pixels.
 */
export function boxes() {
  const [left, right, bottom, top] = [0.075, 0.985, 0.27, 0.92];
  const cell = (right - left) / (2 + 0.28);
  const norm = (cell * 2) / 2.5;
  const widths = [1.5 * norm, 1 * norm];
  const box = (x0, w) => ({ left: x0 * WIDTH, top: (1 - top) * HEIGHT, width: w * WIDTH, height: (top - bottom) * HEIGHT });
  return [box(left, widths[0]), box(left + widths[0] + 0.28 * cell, widths[1])];
}

/** Python's divmod for floats, as matplotlib's tick edges use it. */
function divmod(x, step) {
  const m = ((x % step) + step) % step;
  return [Math.round((x - m) / step), m];
}

/**
 * matplotlib's MaxNLocator ticks inside [low, high]: the smallest step from `steps` (times a power
 * of 10) that fits at most `nbins` intervals, whole numbers only when `integer`.
 */
export function maxNTicks(low, high, nbins, steps = [1, 2, 2.5, 5, 10], integer = false) {
  const span = high - low;
  if (!(span > 0) || !Number.isFinite(span)) return [];
  const scale = 10 ** Math.floor(Math.log10(span / nbins));
  const staircase = [...steps.slice(0, -1).map((s) => 0.1 * s), ...steps, 10 * steps[1]];
  let scaled = staircase.map((s) => s * scale);
  if (integer) scaled = scaled.filter((s) => s < 1 || Math.abs(s - Math.round(s)) < 0.001);
  const raw = span / nbins;
  let top = scaled.findIndex((s) => s >= raw);
  if (top < 0) top = scaled.length - 1;
  let ticks = [];
  for (let k = top; k >= 0; k -= 1) {
    let step = scaled[k];
    if (integer && Math.floor(high) - Math.ceil(low) >= 1) step = Math.max(1, step);
    const best = Math.floor(low / step) * step;
    const [d0, m0] = divmod(low - best, step);
    const first = Math.abs(m0 / step - 1) < 1e-10 ? d0 + 1 : d0;
    const [d1, m1] = divmod(high - best, step);
    const last = Math.abs(m1 / step) < 1e-10 ? d1 : d1 + 1;
    ticks = [];
    for (let n = first; n <= last; n += 1) ticks.push(n * step + best);
    if (ticks.filter((t) => t >= low && t <= high).length >= 2) break;
  }
  return ticks.filter((t) => t >= low && t <= high);
}

/** matplotlib's LogLocator (base 10) major ticks inside [low, high], at most `wanted` decades. */
export function logTicks(low, high, wanted = 8) {
  const [efmin, efmax] = [Math.log10(low), Math.log10(high)];
  const [emin, emax] = [Math.ceil(efmin), Math.floor(efmax)];
  const avail = emax - emin + 1;
  let count = wanted;
  let stride = Math.floor(avail / (count + 1)) + 1;
  const needed = Math.ceil(avail / stride);
  if (needed <= count) count = needed;
  let decades;
  if (count === 0) decades = [emin - 1, emax + 1];
  else if (count === 1) {
    const mid = Math.round((efmin + efmax) / 2);
    stride = Math.max(mid - (emin - 1), emax + 1 - mid);
    decades = [mid - stride, mid, mid + stride];
  } else {
    stride = Math.floor((avail - 1) / (count - 1));
    if (stride < avail / count) stride = Math.floor(avail / count);
    const olo = Math.max(avail - stride * count, 0);
    const ohi = Math.min(avail - stride * (count - 1), stride);
    let offset = (((-emin) % stride) + stride) % stride;
    if (!(olo <= offset && offset < ohi)) offset = olo;
    decades = [];
    for (let d = emin + offset - stride; d <= emax + stride; d += stride) decades.push(d);
  }
  const major = decades.map((d) => Number(`1e${d}`)).filter((t) => t >= low && t <= high);
  const minor = []; // 2 to 9 times each decade, unlabelled, only when fewer than 10 decades show
  if (avail < 10) {
    for (let d = emin - 1; d <= emax; d += 1) {
      for (let m = 2; m <= 9; m += 1) {
        const t = m * Number(`1e${d}`);
        if (t >= low && t <= high) minor.push(t);
      }
    }
  }
  return { major, minor };
}

/**
 * Tick labels as matplotlib's ScalarFormatter writes them: past 1e6 or below 1e-4 the ticks are
 * divided by a power of ten, which is written once at the axis's end ("1e100").
 */
export function tickLabels(ticks) {
  const biggest = Math.max(0, ...ticks.map(Math.abs));
  const power = biggest > 0 ? Math.floor(Math.log10(biggest)) : 0;
  const oom = power <= -5 || power >= 6 ? power : 0;
  const shown = oom ? ticks.map((t) => t / Number(`1e${oom}`)) : ticks;
  return { labels: shown.map((t) => tickText(t, shown)), offset: oom ? `1e${oom}`.replace("-", "\u2212") : "" };
}

/** The ticks of both panels for their limits ([[x0, x1], [y0, y1]] each), as matplotlib places them. */
export function ticksOf(parabolaLimits, errorsLimits) {
  const [[a, b], [c, d]] = parabolaLimits;
  const [[e, f], [g, h]] = errorsLimits;
  return {
    left: { x: maxNTicks(a, b, 9), y: maxNTicks(c, d, 8) },
    right: { x: maxNTicks(e, f, 6, [1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10], true), y: logTicks(g, h).major },
    rightMinor: logTicks(g, h).minor,
  };
}

/** Set a node's attributes when every number among them is finite (and show it); else hide it. */
function place(node, attrs) {
  const finite = Object.values(attrs).every((v) => typeof v !== "number" || Number.isFinite(v));
  show(node, finite);
  if (finite) set(node, attrs);
  return finite;
}

function triangle(x, y, size, up) {
  const h = (up ? 1 : -1) * (size / 2);
  return `M${x},${y - h} L${x + size / 2},${y + h} L${x - size / 2},${y + h} z`;
}

function crosses(pairs, x, y, half) {
  return pairs
    .map(([a, b]) => [x(a), y(b)])
    .filter(([px, py]) => Number.isFinite(px) && Number.isFinite(py))
    .map(([px, py]) => `M${px - half},${py - half}L${px + half},${py + half}M${px - half},${py + half}L${px + half},${py - half}`)
    .join("");
}

/** Our own tick marks, labels and grid for a panel (matplotlib's places, not svg.js's 1-2-5 guess),
 * kept in pools and moved when the limits change. */
function axisParts(p, grid, ylog = false) {
  show(p.group.querySelector(".gd-ticks"), false);
  const ticks = make("g", { class: "gd-ticks" }, p.group);
  const powers = new WeakMap(); // a log axis's labels: "10" written once, the power in a tspan
  const yText = pool(ticks, "text", { "text-anchor": "end" }, (node) => {
    if (!ylog) return;
    node.textContent = "10";
    powers.set(node, make("tspan", { dy: -6, "font-size": "0.75em" }, node));
  });
  return {
    marks: pool(ticks, "line"),
    xText: pool(ticks, "text", { "text-anchor": "middle" }),
    yText,
    powers,
    xOffset: make("text", { "text-anchor": "end" }, ticks),
    yOffset: make("text", { "text-anchor": "start" }, ticks),
    grid: grid ? pool(make("g", { class: "gd-grid" }, p.inside), "line") : null,
    ylog,
    drawnFor: "",
  };
}

function paintTicks(axis, p, xs, ys, minor = []) {
  const key = `${xs}|${ys}|${minor}`;
  if (key === axis.drawnFor) return;
  axis.drawnFor = key;
  const { left, top, width, height } = p.box;
  const bottom = top + height;
  const xAt = xs.map((t) => p.x(t));
  const yAt = ys.map((t) => p.y(t));
  const minorAt = minor.map((t) => p.y(t)).filter(Number.isFinite);
  const xk = xs.map((_, k) => k).filter((k) => Number.isFinite(xAt[k]));
  const yk = ys.map((_, k) => k).filter((k) => Number.isFinite(yAt[k]));
  const marks = axis.marks.take(xk.length + yk.length + minorAt.length);
  const grid = axis.grid ? axis.grid.take(xk.length + yk.length) : [];
  const xText = tickLabels(xs);
  const xLabels = axis.xText.take(xk.length);
  xk.forEach((k, n) => {
    set(marks[n], { x1: xAt[k], x2: xAt[k], y1: bottom, y2: bottom + 4 });
    setText(set(xLabels[n], { x: xAt[k], y: bottom + 16 }), xText.labels[k]);
    if (axis.grid) set(grid[n], { x1: xAt[k], x2: xAt[k], y1: top, y2: bottom });
  });
  show(axis.xOffset, Boolean(xText.offset));
  if (xText.offset) setText(set(axis.xOffset, { x: left + width, y: bottom + 30 }), xText.offset);
  const yText = axis.ylog ? null : tickLabels(ys);
  const yLabels = axis.yText.take(yk.length);
  yk.forEach((k, n) => {
    set(marks[xk.length + n], { x1: left - 4, x2: left, y1: yAt[k], y2: yAt[k] });
    if (axis.grid) set(grid[xk.length + n], { x1: left, x2: left + width, y1: yAt[k], y2: yAt[k] });
    set(yLabels[n], { x: left - 7, y: yAt[k] + 4 });
    if (axis.ylog) setText(axis.powers.get(yLabels[n]), String(Math.round(Math.log10(ys[k]))).replace("-", "\u2212"));
    else setText(yLabels[n], yText.labels[k]);
  });
  show(axis.yOffset, Boolean(yText && yText.offset));
  if (yText && yText.offset) setText(set(axis.yOffset, { x: left, y: top - 4 }), yText.offset);
  minorAt.forEach((py, n) => set(marks[xk.length + yk.length + n], { x1: left - 2, x2: left, y1: py, y2: py }));
}

function buildLeft(svg, box) {
  const left = panel(svg, box, { xlabel: "weight", ylabel: "error", title: "error against weight: the weights it visited", yticks: [] });
  const axis = axisParts(left, false);
  const L = left.inside;
  // In matplotlib's z order: the zero line (0), curve and goal line (2), goal label (3), the path (4),
  // the tries (5), the last line printed (6), the start weight (7).
  const zero = make("line", { stroke: "#cccccc", "stroke-width": 0.8 * PX }, L);
  const curve = make("polyline", { fill: "none", stroke: BLUE, "stroke-width": 2 * PX }, L);
  const goalLine = make("line", { stroke: GREEN, "stroke-width": 2 * PX, "stroke-dasharray": DOTTED(2) }, L);
  const goalText = make("text", { fill: ink(GREEN), class: "gd-note", style: NOTE }, L);
  // a path, not a polyline: a run that settles retraces one segment hundreds of times (svg.js strokes)
  const round = { "stroke-linejoin": "round", "stroke-linecap": "round" };
  const path = make("path", { fill: "none", stroke: VERMILION, "stroke-width": 1 * PX, ...round }, L);
  const pathDots = make("path", { fill: "none", stroke: VERMILION, "stroke-width": 3.5 * PX, "stroke-linecap": "round" }, L);
  const edge = { stroke: BLACK, "stroke-width": 1 * PX, "stroke-linejoin": "miter" };
  const last = make("circle", { r: 5.5 * PX, fill: "#fff", stroke: VERMILION, "stroke-width": 2 * PX }, L);
  // the tries over the last circle: at the goal weight they sit inside it, and would be hidden
  const upTry = make("path", { fill: ORANGE, ...edge }, L);
  const downTry = make("path", { fill: PURPLE, ...edge }, L);
  const side = 17 * PX;
  const start = make("rect", { width: side, height: side, fill: "none", stroke: BLACK, "stroke-width": 1.5 * PX }, L);
  legend(svg);
  return { panel: left, axis, zero, curve, goalLine, goalText, path, pathDots, upTry, downTry, last, start };
}

/** The key under the parabola, in matplotlib's three columns (filled column by column), as the still has it. */
function legend(svg) {
  const g = make("g", { class: "gd-legend" }, svg);
  const handle = 2 * 8 * PX; // handlelength 2, at fontsize 8
  const columns = [70, 198, 343];
  const rows = [329, 347, 365];
  const line = (attrs) => (x, y) => make("line", { x1: x, x2: x + handle, y1: y, y2: y, ...attrs }, g);
  const edge = { stroke: BLACK, "stroke-width": 1 * PX };
  const entries = [
    ["error(weight)", line({ stroke: BLUE, "stroke-width": 2 * PX })],
    ["goal weight", line({ stroke: GREEN, "stroke-width": 2 * PX, "stroke-dasharray": DOTTED(2) })],
    ["start weight", (x, y) => make("rect", { x: x + handle / 2 - 8.5 * PX, y: y - 8.5 * PX, width: 17 * PX, height: 17 * PX, fill: "none", stroke: BLACK, "stroke-width": 1.5 * PX }, g)],
    ["weights visited", (x, y) => {
      line({ stroke: VERMILION, "stroke-width": 1 * PX })(x, y);
      make("circle", { cx: x + handle / 2, cy: y, r: 1.75 * PX, fill: VERMILION }, g);
    }],
    ["last line printed", (x, y) => make("circle", { cx: x + handle / 2, cy: y, r: 5.5 * PX, fill: "#fff", stroke: VERMILION, "stroke-width": 2 * PX }, g)],
    ["tried up", (x, y) => make("path", { d: triangle(x + handle / 2, y, 9 * PX, true), fill: ORANGE, ...edge }, g)],
    ["tried down", (x, y) => make("path", { d: triangle(x + handle / 2, y, 9 * PX, false), fill: PURPLE, ...edge }, g)],
  ];
  const spots = [[0, 0], [0, 1], [0, 2], [1, 0], [1, 1], [2, 0], [2, 1]]; // [column, row]: 3, 2 and 2
  entries.forEach(([text, mark], k) => {
    const [x, y] = [columns[spots[k][0]], rows[spots[k][1]]];
    mark(x, y);
    make("text", { x: x + handle + 0.8 * 8 * PX, y: y + 4, style: KEY }, g).textContent = text;
  });
}

function buildRight(svg, box) {
  const right = panel(svg, box, { xlabel: "iteration", title: "error at each iteration", ylog: true, yticks: [] });
  const axis = axisParts(right, true, true);
  const ylabel = make("text", { class: "gd-label", "text-anchor": "middle" }, right.group);
  setText(ylabel, "error (log scale)");
  set(ylabel, { transform: `translate(${box.left - 58},${box.top + box.height / 2}) rotate(-90)` });
  const R = right.inside;
  const line = make("polyline", { fill: "none", stroke: VERMILION, "stroke-width": 1 * PX, "stroke-linejoin": "round" }, R);
  const lineDots = make("path", { fill: "none", stroke: VERMILION, "stroke-width": 2.5 * PX, "stroke-linecap": "round" }, R);
  const last = make("circle", { r: 4.5 * PX, fill: "#fff", stroke: VERMILION, "stroke-width": 2 * PX }, R);
  const zeros = make("path", { fill: "none", stroke: BLACK, "stroke-width": 1 * PX }, R);
  const noteBack = make("rect", { fill: "#fff", "fill-opacity": 0.85, rx: 3, ry: 3 }, right.over);
  const note = make("text", { style: KEY }, right.over);
  setText(note, `\u00d7 error below ${format(ERROR_FLOOR, "g")}`);
  const width = note.textContent.length * CHAR;
  const pad = 0.2 * 8 * PX;
  const [nx, ny] = [box.left + 0.03 * box.width, box.top + 0.95 * box.height];
  set(note, { x: nx, y: ny });
  set(noteBack, { x: nx - pad, y: ny - 8 * PX * 0.8 - pad, width: width + 2 * pad, height: 8 * PX + 2 * pad });
  return { panel: right, axis, line, lineDots, last, zeros, note, noteBack };
}

/** This view's one addition to the shared style sheet: a summary may hold a 100-digit count, so it
 * wraps anywhere rather than run past the figure. */
function addOwnStyle(doc = document) {
  if (doc.getElementById("gd-hot-and-cold-style")) return;
  const node = doc.createElement("style");
  node.id = "gd-hot-and-cold-style";
  setText(node, ".gd-view-hot_and_cold .gd-summary { overflow-wrap: anywhere; }");
  doc.head.append(node);
}

function build(figure) {
  addStyle();
  addOwnStyle();
  const svg = make("svg", { viewBox: `0 0 ${WIDTH} ${HEIGHT}`, "aria-hidden": "true", focusable: "false" }, figure);
  const [leftBox, rightBox] = boxes();
  return { svg, left: buildLeft(svg, leftBox), right: buildRight(svg, rightBox) };
}

function paintLeft(parts, shown) {
  const d = shown.drawn;
  const [[low, high], [bottom, top]] = d.parabola_limits;
  const p = parts.panel.update([low, high], [bottom, top]);
  const ticks = ticksOf(d.parabola_limits, d.errors_limits).left;
  paintTicks(parts.axis, p, ticks.x, ticks.y);
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
  set(parts.path, { d: strokes(d.path, p.x, p.y) });
  set(parts.pathDots, { d: dots(d.path, p.x, p.y) });
  for (const [node, data, up] of [[parts.upTry, d.up_try, true], [parts.downTry, d.down_try, false]]) {
    if (data.length) place(node, { d: triangle(p.x(data[0][0]), p.y(data[0][1]), 9 * PX, up) });
    else show(node, false);
  }
  if (d.last.length) place(parts.last, { cx: p.x(d.last[0][0]), cy: p.y(d.last[0][1]) });
  else show(parts.last, false);
  const [[w, e]] = d.start;
  const side = 17 * PX;
  place(parts.start, { x: p.x(w) - side / 2, y: p.y(e) - side / 2 });
}

function paintRight(parts, shown) {
  const d = shown.drawn;
  const q = parts.panel.update(d.errors_limits[0], d.errors_limits[1]);
  const all = ticksOf(d.parabola_limits, d.errors_limits);
  paintTicks(parts.axis, q, all.right.x, all.right.y, all.rightMinor);
  set(parts.line, { points: points(d.errors, q.x, q.y) });
  set(parts.lineDots, { d: dots(d.errors, q.x, q.y) });
  if (d.last_error.length) place(parts.last, { cx: q.x(d.last_error[0][0]), cy: q.y(d.last_error[0][1]) });
  else show(parts.last, false);
  set(parts.zeros, { d: crosses(d.below_floor, q.x, q.y, 4 * PX) });
  show(parts.note, d.below_floor_note[0]);
  show(parts.noteBack, d.below_floor_note[0]);
}

function paint(parts, shown) {
  paintLeft(parts.left, shown);
  paintRight(parts.right, shown);
}

function hotAndColdView() {
  return {
    name: "hot_and_cold",
    watch: ["input", "goal_pred"],
    // input and goal_pred have no sliders: the kernel tells the view them as traits of their own
    settings: (values, model) => ({ ...values, input: model.get("input"), goal_pred: model.get("goal_pred") }),
    first: (settings) => firstFrame(settings),
    next: (settings) => frame(settings),
    build,
    paint,
    label: (shown) => shown.label, // the still picture's alt text, word for word
    segments: (summary) => boldBeforeColons([summary]),
  };
}

export default { render: (context) => mount(context, hotAndColdView()) };
