/**
 * views/parabola.js: the parabola explorer (lessons 3 and 4, playground), drawn in the browser.
 *
 * Left: the error parabola with the numbered steps joined by arrows, the goal weight, the start
 * weight and its tangent; right: the error after each step on a log scale. The numbers come from
 * ../parabola.js (the kernel's twin); this module only lays them out as SVG and adds play and step.
 * A learner's own rule runs in the kernel; its run arrives as the model's `own` and is drawn when it
 * belongs to the settings on screen.
 */

import { boldBeforeColons, html, mount } from "../host.js";
import { firstFrame, frame, ERROR_LIMITS } from "../parabola.js";
import { format } from "../pyformat.js";
import { arrowHead, dots, make, panel, points, pool, set, show, setText } from "../svg.js";
import { addStyle, BLACK, BLUE, GREEN, ORANGE, PURPLE, VERMILION, ink } from "../style.js";

const PX = 100 / 72; // matplotlib's points at 100 dpi, in the figure's pixels
const NUMBERED_POINTS = 10;
const NUMBER_SPACING = 10 * PX;
const MAX_ARROWS = 60;
const PLAY_MS = 600;

function pathLayer(layer, over, colour, marker, dashed, numbered) {
  // every arrow's shaft in one path and every head in another: one attribute each per frame, however
  // many steps (a line per arrow with an SVG marker cost the browser several times more per frame)
  const shafts = make("path", { fill: "none", stroke: colour, "stroke-width": 1.3, "stroke-dasharray": dashed ? "5 3" : null }, layer);
  const heads = make("path", { fill: colour, stroke: "none" }, layer);
  const marks = pool(layer, marker === "o" ? "circle" : "path", { fill: "#fff", stroke: colour, "stroke-width": 1.5 });
  const numbers = numbered ? pool(layer, "text", { "text-anchor": "middle", class: "gd-number" }) : null;
  const exitMark = make("path", { fill: colour, stroke: BLACK, "stroke-width": 1 }, over);
  const exitBack = make("rect", { fill: "#fff", "fill-opacity": 0.85 }, over);
  const exitText = make("text", { fill: ink(colour), class: "gd-note" }, over);
  return { shafts, heads, marks, numbers, exitMark, exitBack, exitText, radius: (marker === "o" ? 6.5 : 4) * PX, marker };
}

function build(figure) {
  addStyle();
  const svg = make("svg", { viewBox: "0 0 800 380", "aria-hidden": "true", focusable: "false" }, figure);
  const left = panel(svg, { left: 72, top: 30, width: 395, height: 247 },
    { xlabel: "weight", ylabel: "error", title: "error against weight" });
  const right = panel(svg, { left: 555, top: 30, width: 233, height: 247 },
    { xlabel: "step", ylabel: "error (log scale)", title: "error after each step", ylog: true,
      yticks: [1e-16, 1e-8, 1, 1e8, 1e16] });
  const L = left.inside;
  const zero = make("line", { stroke: "#ccc", "stroke-width": 0.8 }, L);
  const curve = make("polyline", { fill: "none", stroke: BLUE, "stroke-width": 2 }, L);
  const goalLine = make("line", { stroke: GREEN, "stroke-width": 2, "stroke-dasharray": "2 3" }, L);
  const tangent = make("line", { stroke: ORANGE, "stroke-width": 1.5, "stroke-dasharray": "6 3" }, L);
  const book = pathLayer(L, left.over, VERMILION, "o", false, true);
  const own = pathLayer(L, left.over, PURPLE, "D", true, false);
  const start = make("rect", { fill: "none", stroke: BLACK, "stroke-width": 1.5, width: 17 * PX, height: 17 * PX }, L);
  const goalText = make("text", { fill: ink(GREEN), class: "gd-note" }, left.over);
  const R = right.inside;
  const errorLine = make("polyline", { fill: "none", stroke: VERMILION, "stroke-width": 1.5 }, R);
  const errorDots = make("path", { fill: "none", stroke: VERMILION, "stroke-width": 5.6, "stroke-linecap": "round" }, R);
  const offScale = pool(R, "path", { stroke: BLACK, "stroke-width": 1.5, fill: "none" });
  const ownLine = make("polyline", { fill: "none", stroke: PURPLE, "stroke-width": 1.2, "stroke-dasharray": "5 3" }, R);
  const ownDots = pool(R, "path", { fill: PURPLE });
  const ownOff = pool(R, "path", { stroke: PURPLE, "stroke-width": 1.5, fill: "none" });
  const keys = legend(svg);
  return { svg, left, right, zero, curve, goalLine, tangent, book, own, start, goalText, errorLine, errorDots,
    offScale, ownLine, ownDots, ownOff, keys };
}

/** The figure's keys: the book's under the parabola, "your rule" under the errors (when there is one). */
function legend(svg) {
  const g = make("g", { class: "gd-legend" }, svg);
  const entries = [
    ["error(weight)", (x, y) => make("line", { x1: x, x2: x + 22, y1: y, y2: y, stroke: BLUE, "stroke-width": 2 }, g)],
    ["goal weight", (x, y) => make("line", { x1: x, x2: x + 22, y1: y, y2: y, stroke: GREEN, "stroke-width": 2, "stroke-dasharray": "2 3" }, g)],
    ["slope (tangent)", (x, y) => make("line", { x1: x, x2: x + 22, y1: y, y2: y, stroke: ORANGE, "stroke-width": 1.5, "stroke-dasharray": "6 3" }, g)],
    ["start weight", (x, y) => make("rect", { x: x + 5, y: y - 6, width: 12, height: 12, fill: "none", stroke: BLACK, "stroke-width": 1.5 }, g)],
    ["steps (numbered)", (x, y) => make("circle", { cx: x + 11, cy: y, r: 6, fill: "#fff", stroke: VERMILION, "stroke-width": 1.5 }, g)],
    ["off the scale", (x, y) => make("path", { d: cross(x + 11, y, 5), stroke: BLACK, "stroke-width": 1.5, fill: "none" }, g)],
  ];
  entries.forEach(([label, mark], k) => {
    const x = 60 + (k % 3) * 140;
    const y = 335 + Math.floor(k / 3) * 20;
    mark(x, y);
    make("text", { x: x + 28, y: y + 4 }, g).textContent = label;
  });
  const ownKey = make("g", {}, svg);
  make("path", { d: diamond(600, 335, 5), fill: "#fff", stroke: PURPLE, "stroke-width": 1.5 }, ownKey);
  make("text", { x: 612, y: 339 }, ownKey).textContent = "your rule";
  return { ownKey };
}

function diamond(x, y, r) {
  return `M${x},${y - r} L${x + r},${y} L${x},${y + r} L${x - r},${y} z`;
}

function cross(x, y, r) {
  return `M${x - r},${y - r} L${x + r},${y + r} M${x - r},${y + r} L${x + r},${y - r}`;
}

/** Draw one run's path: marks, arrows (shrunk to the marks' edges), numbers, and its exit note. */
function paintPath(layer, pathPoints, exit, exitStep, exitWords, line, p) {
  const xy = pathPoints.map(([w, e]) => [p.x(w), p.y(e)]);
  const marks = layer.marks.take(xy.length);
  marks.forEach((node, k) => {
    const [x, y] = xy[k];
    if (layer.marker === "o") set(node, { cx: x, cy: y, r: layer.radius });
    else set(node, { d: diamond(x, y, layer.radius) });
  });
  const targets = exit.length ? [...xy, [p.x(exit[0][0]), p.y(exit[0][1])]] : xy;
  const count = Math.min(MAX_ARROWS, Math.max(0, targets.length - 1));
  const length = (k) => Math.hypot(targets[k + 1][0] - targets[k][0], targets[k + 1][1] - targets[k][1]);
  let shafts = "";
  let heads = "";
  for (let k = 0; k < count; k += 1) {
    const size = length(k);
    if (!(size > 2 * layer.radius)) continue;
    const [x0, y0] = targets[k];
    const [x1, y1] = targets[k + 1];
    const cut = Math.min(layer.radius, size / 2) / size;
    const [ax, ay, bx, by] = [x0 + (x1 - x0) * cut, y0 + (y1 - y0) * cut, x1 - (x1 - x0) * cut, y1 - (y1 - y0) * cut];
    shafts += `M${ax.toFixed(2)},${ay.toFixed(2)}L${bx.toFixed(2)},${by.toFixed(2)}`;
    const [ux, uy] = [(x1 - x0) / size, (y1 - y0) / size];
    heads += arrowHead(bx + ux, by + uy, ux, uy, 10, 5); // 10 long and wide, its tip 1 past the shaft
  }
  for (const [node, d] of [[layer.shafts, shafts], [layer.heads, heads]]) {
    show(node, d !== "");
    if (d) set(node, { d });
  }
  if (layer.numbers) {
    const placed = [];
    const shownNumbers = [];
    for (let k = 0; k < Math.min(xy.length, NUMBERED_POINTS + 1); k += 1) {
      if (placed.some(([x, y]) => Math.hypot(xy[k][0] - x, xy[k][1] - y) < NUMBER_SPACING)) break;
      placed.push(xy[k]);
      shownNumbers.push(k);
    }
    layer.numbers.take(shownNumbers.length).forEach((node, j) => {
      const [x, y] = xy[shownNumbers[j]];
      set(node, { x, y: y + 4, "font-size": shownNumbers[j] < 10 ? 10 : 9 });
      setText(node, String(shownNumbers[j]));
    });
  }
  const out = exit.length > 0;
  for (const node of [layer.exitMark, layer.exitBack, layer.exitText]) show(node, out);
  if (!out) return;
  const [ex, ey] = [p.x(exit[0][0]), p.y(exit[0][1])];
  set(layer.exitMark, { d: layer.marker === "o" ? `M${ex},${ey - 7} L${ex + 7},${ey + 6} L${ex - 7},${ey + 6} z` : diamond(ex, ey, 6) });
  const rightSide = ex > p.box.left + p.box.width / 2;
  const tx = ex + (rightSide ? -14 : 14);
  const ty = ey + 22 * line + 12;
  setText(layer.exitText, exitWords.replace("{k}", String(exitStep)));
  set(layer.exitText, { x: tx, y: ty, "text-anchor": rightSide ? "end" : "start" });
  const width = layer.exitText.textContent.length * 6.6;
  set(layer.exitBack, { x: rightSide ? tx - width - 2 : tx - 2, y: ty - 12, width: width + 4, height: 16 });
}

function paint(parts, shown, settings) {
  const d = shown.drawn;
  const p = parts.left.update(d.parabola_limits[0], d.parabola_limits[1]);
  const q = parts.right.update(d.error_steps_limits[0], ERROR_LIMITS);
  const [low, high] = d.parabola_limits[0];
  set(parts.zero, { x1: p.x(low), x2: p.x(high), y1: p.y(0), y2: p.y(0) });
  set(parts.curve, { points: points(d.curve, p.x, p.y) });
  show(parts.goalLine, shown.goalWeight !== null);
  show(parts.goalText, shown.goalWeight !== null);
  if (shown.goalWeight !== null) {
    const gx = p.x(shown.goalWeight);
    set(parts.goalLine, { x1: gx, x2: gx, y1: p.box.top, y2: p.box.top + p.box.height });
    const rightSide = shown.goalWeight > low + 0.6 * (high - low);
    setText(parts.goalText, shown.goalLabel);
    set(parts.goalText, { x: gx + (rightSide ? -5 : 5), y: p.box.top + 16, "text-anchor": rightSide ? "end" : "start" });
  }
  const [[t0x, t0y], [t1x, t1y]] = d.tangent;
  set(parts.tangent, { x1: p.x(t0x), y1: p.y(t0y), x2: p.x(t1x), y2: p.y(t1y) });
  const [[w, e]] = d.weight;
  set(parts.start, { x: p.x(w) - (17 * PX) / 2, y: p.y(e) - (17 * PX) / 2 });
  paintPath(parts.book, d.path, d.exit, shown.exitStep, "step {k} leaves the view", 1, p);
  paintPath(parts.own, d.own_path, d.own_exit, shown.ownExitStep, "your step {k} leaves the view", 2, p);
  set(parts.errorLine, { points: points(d.errors, q.x, q.y) });
  set(parts.errorDots, { d: dots(d.errors, q.x, q.y) });
  parts.offScale.take(d.off_scale.length).forEach((node, k) => set(node, { d: cross(q.x(d.off_scale[k][0]), q.y(d.off_scale[k][1]), 5) }));
  set(parts.ownLine, { points: points(d.own_errors, q.x, q.y) });
  parts.ownDots.take(d.own_errors.length).forEach((node, k) => set(node, { d: diamond(q.x(d.own_errors[k][0]), q.y(d.own_errors[k][1]), 3) }));
  parts.ownOff.take(d.own_off_scale.length).forEach((node, k) => set(node, { d: cross(q.x(d.own_off_scale[k][0]), q.y(d.own_off_scale[k][1]), 5) }));
  show(parts.keys.ownKey, settings.hasRule);
}

/** The picture's accessible name: what is drawn, with its numbers. The summary is not in it: it is
 * the text just above the picture, and a screen reader would hear it twice. */
function label(shown, settings) {
  const s = settings;
  const count = s.shown === null ? s.iterations : s.shown;
  const goalWords = shown.goalWeight === null ? "" : `, lowest at the goal weight ${format(shown.goalWeight, ".3g")}`;
  return (
    `Left: the error parabola against weight${goalWords}, with ${count} numbered step${count === 1 ? "" : "s"} ` +
    `from weight ${format(s.weight, "g")}; right: the error after each step on a log scale.`
  );
}

/** The play and step buttons: reveal the steps one at a time, in the browser. */
function controls(box, { model, redraw }) {
  const play = html("button", { type: "button", class: "gd-play", "aria-pressed": "false" }, "play");
  const step = html("button", { type: "button", class: "gd-step", title: "reveal one more step" }, "step");
  const hint = html("small", {}, "Play or step to reveal the steps one at a time.");
  box.append(play, step, hint);
  let timer = 0;
  const iterations = () => model.get("iterations");
  const reveal = (value) => {
    model.set("shown", value);
    model.save_changes();
    redraw();
  };
  const stop = () => {
    clearInterval(timer);
    timer = 0;
    setText(play, "play");
    play.setAttribute("aria-pressed", "false");
  };
  play.addEventListener("click", () => {
    if (timer) return stop();
    const shown = model.get("shown");
    reveal(shown === null || shown >= iterations() ? 0 : shown);
    setText(play, "pause");
    play.setAttribute("aria-pressed", "true");
    timer = setInterval(() => {
      const next = (model.get("shown") ?? iterations()) + 1;
      if (next >= iterations()) {
        reveal(null);
        stop();
      } else reveal(next);
    }, PLAY_MS);
  });
  step.addEventListener("click", () => {
    stop();
    const shown = model.get("shown");
    reveal(shown === null || shown >= iterations() ? 0 : shown + 1);
  });
}

function parabolaView() {
  let lastIterations = null;
  const settingsOf = (values, model) => {
    let shown = model.get("shown");
    if (lastIterations !== null && values.iterations !== lastIterations && shown !== null) {
      shown = null;
      model.set("shown", null);
      model.save_changes();
    }
    if (shown !== null && shown >= values.iterations) shown = null;
    lastIterations = values.iterations;
    return { ...values, shown, hasRule: model.get("has_rule") };
  };
  return {
    name: "parabola",
    watch: ["shown", "own", "has_rule"],
    settings: settingsOf,
    first: (settings, model) => firstFrame(settings, model.get("own")),
    next: (settings, memory, model) => frame(settings, memory, model.get("own")),
    build,
    paint,
    label,
    segments: (summary) => {
      const at = summary.indexOf(". Your rule ");
      return boldBeforeColons(at < 0 ? [summary] : [summary.slice(0, at), summary.slice(at + 2)]);
    },
    controls,
  };
}

export default { render: (context) => mount(context, parabolaView()) };
