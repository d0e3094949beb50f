/**
 * svg.js: a small kit for drawing a view's panels as SVG, sharp at every device pixel ratio.
 *
 * Nodes are made once and moved on each frame (`set`), so a frame changes attributes, never the
 * tree's shape: even ticks are kept in pools and moved. A panel is a box on the figure with linear or
 * log scales, ticks and labels.
 */

export const NS = "http://www.w3.org/2000/svg";

let made = 0;

/** An id no other node on the page has (two explorers on one page each define their own clips). */
export function uid(prefix) {
  made += 1;
  return `${prefix}-${made}-${Math.random().toString(36).slice(2, 8)}`;
}

/** A new SVG node with attributes, added to `parent` when given. */
export function make(tag, attrs = {}, parent = null) {
  const node = document.createElementNS(NS, tag);
  set(node, attrs);
  if (parent) parent.append(node);
  return node;
}

// What `set` last wrote on each node, so a frame rewrites only what changed: an attribute set again
// to the same text would still be parsed and make the browser restyle and repaint that node.
const written = new WeakMap();

/** Set a node's attributes (null removes one), leaving alone those that already have the value. */
export function set(node, attrs) {
  let last = written.get(node);
  if (!last) written.set(node, (last = new Map()));
  for (const [key, value] of Object.entries(attrs)) {
    const text = value === null ? null : String(value);
    if (last.has(key) && last.get(key) === text) continue;
    last.set(key, text);
    if (text === null) node.removeAttribute(key);
    else node.setAttribute(key, text);
  }
  return node;
}

/** Set a node's text, unless it already says that (new text makes the browser lay it out again). */
export function setText(node, value) {
  const said = String(value);
  if (node.textContent !== said) node.textContent = said;
  return node;
}

/** Show or hide a node (left alone when it already is). */
export function show(node, visible) {
  const display = visible ? "" : "none";
  if (node.style.display !== display) node.style.display = display;
}

/** A scale from data to pixels: linear, or log10 when `log`. */
export function scale(domain, range, log = false) {
  const f = log ? Math.log10 : (v) => v;
  const [d0, d1] = domain.map(f);
  const [r0, r1] = range;
  const k = d1 === d0 ? 0 : (r1 - r0) / (d1 - d0);
  return (v) => r0 + (f(v) - d0) * k;
}

/** Round tick positions covering [low, high]: about `count` of them, in 1-2-5 steps. */
export function niceTicks(low, high, count = 6) {
  const span = high - low;
  if (!(span > 0) || !Number.isFinite(span)) return [low];
  const raw = span / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * power).find((s) => s >= raw * 0.999);
  const ticks = [];
  for (let k = Math.ceil(low / step - 1e-9); k * step <= high + step * 1e-9; k += 1) ticks.push(k * step);
  return ticks.map((t) => (Math.abs(t) < step * 1e-9 ? 0 : t));
}

/** A tick's label: as few digits as tell its neighbours apart (a minus sign, not a hyphen). */
export function tickText(value, ticks) {
  const step = ticks.length > 1 ? Math.abs(ticks[1] - ticks[0]) : 1;
  let decimals = Math.max(0, -Math.floor(Math.log10(step) + 1e-9));
  while (decimals < 12 && Math.abs(step * 10 ** decimals - Math.round(step * 10 ** decimals)) > 1e-6) {
    decimals += 1; // a step of 0.25 needs two decimals, not one
  }
  const big = Math.abs(value) >= 1e5 || (value !== 0 && Math.abs(value) < 1e-4);
  const text = big ? value.toExponential(1).replace("e+", "e") : value.toFixed(decimals);
  return text.replace("-", "\u2212");
}

/**
 * Path data for a filled arrowhead: its tip at (x, y), pointing along the unit vector (ux, uy), `length`
 * long from base to tip and `halfWidth` to either side of its axis at the base.
 */
export function arrowHead(x, y, ux, uy, length, halfWidth) {
  const at = (along, across) => `${(x + ux * along - uy * across).toFixed(2)},${(y + uy * along + ux * across).toFixed(2)}`;
  return `M${at(0, 0)}L${at(-length, halfWidth)}L${at(-length, -halfWidth)}z`;
}

/** How close, in the figure's pixels, a dot may come to one already drawn before `dots` leaves it out. */
export const DOT_NEAR = 0.5;

/** Pixels from the figure's origin beyond which `dots` leaves a dot out: far outside every panel. */
const FAR_OFF = 1e5;

/**
 * Round dots at the points, as path data for one node of zero-length strokes: with
 * stroke-linecap="round" each is a disc as wide as the stroke. One node for any number of dots keeps a
 * frame cheap (a thousand circles moved one by one cost the browser more than drawing them). A point
 * whose pixel (x, y) is not finite, or null, or more than FAR_OFF pixels out, is left out, and so is a dot that would land in the same
 * `near`-pixel square as one already drawn: it would cover the same pixels, less than a pixel away.
 */
export function dots(pairs, x, y, near = DOT_NEAR) {
  const drawn = new Set();
  let d = "";
  for (const [a, b] of pairs) {
    const px = x(a);
    const py = y(b);
    if (px === null || py === null || !Number.isFinite(px) || !Number.isFinite(py)) continue;
    if (Math.abs(px) > FAR_OFF || Math.abs(py) > FAR_OFF) continue; // never inside a panel's clip
    // one number per square, no string to build: squares within FAR_OFF never share a number
    const square = Math.round(px / near) * 4 * (FAR_OFF / near + 1) + Math.round(py / near);
    if (drawn.has(square)) continue;
    drawn.add(square);
    d += `M${px.toFixed(2)},${py.toFixed(2)}h0`;
  }
  return d;
}

/**
 * The part of the segment from (x0, y0) to (x1, y1) inside [left, right] x [top, bottom], as the
 * fractions [t0, t1] of its length (Liang and Barsky's clipping), or null if none of it is inside.
 */
export function clipSegment(x0, y0, x1, y1, left, right, top, bottom) {
  const dx = x1 - x0;
  const dy = y1 - y0;
  let t0 = 0;
  let t1 = 1;
  for (const [p, q] of [[-dx, x0 - left], [dx, right - x0], [-dy, y0 - top], [dy, bottom - y0]]) {
    if (p === 0) {
      if (q < 0) return null;
    } else if (p < 0) {
      t0 = Math.max(t0, q / p);
    } else {
      t1 = Math.min(t1, q / p);
    }
  }
  return t0 <= t1 ? [t0, t1] : null;
}

/**
 * SVG path data for a line through the points, cut to the panel's `box` grown by `margin` pixels: the
 * panel's clip hides the rest anyway, and a line running thousands of pixels beyond it (a steep
 * parabola's arms) would still be dashed, stroked and rasterized in full on every frame. The line
 * breaks where a point's pixel (x, y) is not finite or null. Returns "M0,0" (nothing) if none shows.
 */
export function clippedPath(pairs, x, y, box, margin = 8) {
  const [left, right] = [box.left - margin, box.left + box.width + margin];
  const [top, bottom] = [box.top - margin, box.top + box.height + margin];
  const at = (v) => v.toFixed(2);
  let d = "";
  let pen = null; // where the line drawn so far ends, if it ends at the previous point
  let before = null;
  for (const [a, b] of pairs) {
    const px = x(a);
    const py = y(b);
    const here = px !== null && py !== null && Number.isFinite(px) && Number.isFinite(py) ? [px, py] : null;
    if (here && before) {
      const kept = clipSegment(before[0], before[1], px, py, left, right, top, bottom);
      if (kept) {
        const [t0, t1] = kept;
        const dx = px - before[0];
        const dy = py - before[1];
        if (!(pen && t0 === 0)) d += `M${at(before[0] + t0 * dx)},${at(before[1] + t0 * dy)}`;
        d += `L${at(before[0] + t1 * dx)},${at(before[1] + t1 * dy)}`;
        pen = t1 === 1;
      } else pen = false;
    } else pen = false;
    before = here;
  }
  return d || "M0,0";
}

/**
 * The points in pixels, leaving out any that are not finite, and any that lands within `near` pixels
 * (across and down) of the last one kept, except the very last: the line moves by less than `near`
 * pixels, but a run of a thousand steps packed into a few hundred pixels draws with a fraction of the
 * vertices, each of which the browser strokes and joins again on every frame.
 */
function thinned(pairs, x, y, near) {
  const kept = [];
  let skipped = null;
  for (const [a, b] of pairs) {
    const px = x(a);
    const py = y(b);
    if (!Number.isFinite(px) || !Number.isFinite(py)) continue;
    const last = kept[kept.length - 1];
    if (last && Math.abs(px - last[0]) < near && Math.abs(py - last[1]) < near) {
      skipped = [px, py];
      continue;
    }
    kept.push([px, py]);
    skipped = null;
  }
  if (skipped) kept.push(skipped);
  return kept;
}

/** Points as an SVG points attribute (a polyline's), thinned as `thinned` says. */
export function points(pairs, x, y, near = DOT_NEAR) {
  return thinned(pairs, x, y, near).map(([px, py]) => `${px.toFixed(2)},${py.toFixed(2)}`).join(" ");
}

/**
 * The same line as path data that draws each of its segments once: a segment whose two ends land in
 * the `near`-pixel squares of a segment already drawn (either way round) is left out and the pen lifts.
 * A loop that settles into going back and forth between two weights retraces one segment hundreds of
 * times, and the browser would stroke every pass on every frame. Give the node stroke-linecap and
 * stroke-linejoin "round", so a lifted pen's ends look as the joins did.
 */
export function strokes(pairs, x, y, near = DOT_NEAR) {
  const kept = thinned(pairs, x, y, near);
  const square = ([px, py]) => `${Math.round(px / near)},${Math.round(py / near)}`;
  const at = ([px, py]) => `${px.toFixed(2)},${py.toFixed(2)}`;
  const drawn = new Set();
  let d = kept.length ? `M${at(kept[0])}` : "";
  let penAt = 0; // the index of the point the pen is on, or -1 once it has lifted
  for (let k = 1; k < kept.length; k += 1) {
    const [p, q] = [square(kept[k - 1]), square(kept[k])];
    const key = p < q ? `${p} ${q}` : `${q} ${p}`;
    if (drawn.has(key)) {
      penAt = -1;
      continue;
    }
    drawn.add(key);
    d += `${penAt === k - 1 ? "" : `M${at(kept[k - 1])}`}L${at(kept[k])}`;
    penAt = k;
  }
  return d;
}

/**
 * One panel: a plot box inside the figure's `svg`, with its frame, ticks, axis labels and title.
 * `box` = { left, top, width, height } in the figure's units. `update(xDomain, yDomain)` moves the
 * ticks when the limits change and returns the scales; `xLabels` then holds the x tick labels shown.
 */
export function panel(svg, box, { xlabel = "", ylabel = "", title = "", ylog = false, yticks = null }) {
  const group = make("g", { class: "gd-panel" }, svg);
  const id = uid("gd-clip");
  const clip = make("clipPath", { id }, make("defs", {}, group));
  make("rect", { x: box.left, y: box.top, width: box.width, height: box.height }, clip);
  const grid = make("g", { class: "gd-grid" }, group);
  const ticks = make("g", { class: "gd-ticks" }, group);
  const inside = make("g", { "clip-path": `url(#${id})` }, group);
  const over = make("g", {}, group); // notes drawn over the plot, not clipped
  make("rect", { x: box.left, y: box.top, width: box.width, height: box.height, class: "gd-frame" }, group);
  const bottom = box.top + box.height;
  make("text", { x: box.left + box.width / 2, y: bottom + 34, class: "gd-label", "text-anchor": "middle" }, group)
    .textContent = xlabel;
  const yl = make("text", { class: "gd-label", "text-anchor": "middle" }, group);
  yl.textContent = ylabel;
  set(yl, { transform: `translate(${box.left - 44},${box.top + box.height / 2}) rotate(-90)` });
  make("text", { x: box.left + box.width / 2, y: box.top - 7, class: "gd-title", "text-anchor": "middle" }, group)
    .textContent = title;
  const marks = pool(ticks, "line");
  const xText = pool(ticks, "text", { "text-anchor": "middle" });
  // a log axis labels its ticks 10 with the power raised (a tspan): "10" is written once per node
  const powers = new WeakMap();
  const yText = pool(ticks, "text", { "text-anchor": "end" }, (node) => {
    if (!ylog) return;
    node.textContent = "10";
    powers.set(node, make("tspan", { dy: -6, "font-size": "0.75em" }, node));
  });
  const lines = pool(grid, "line");
  let drawnFor = "";
  const result = { group, inside, over, box, x: null, y: null, xLabels: [] };
  result.update = (xDomain, yDomain) => {
    result.x = scale(xDomain, [box.left, box.left + box.width]);
    result.y = scale(yDomain, [bottom, box.top], ylog);
    const key = `${xDomain}|${yDomain}`;
    if (key === drawnFor) return result;
    drawnFor = key;
    const xs = niceTicks(xDomain[0], xDomain[1]);
    const ys = (yticks || niceTicks(yDomain[0], yDomain[1], 5)).filter((t) => {
      const py = result.y(t);
      return py >= box.top - 0.5 && py <= bottom + 0.5;
    });
    const tickMarks = marks.take(xs.length + ys.length);
    result.xLabels = xText.take(xs.length);
    xs.forEach((t, k) => {
      const px = result.x(t);
      set(tickMarks[k], { x1: px, x2: px, y1: bottom, y2: bottom + 4 });
      setText(set(result.xLabels[k], { x: px, y: bottom + 16 }), tickText(t, xs));
    });
    const yLabels = yText.take(ys.length);
    const gridLines = lines.take(ylog ? ys.length : 0);
    ys.forEach((t, k) => {
      const py = result.y(t);
      set(tickMarks[xs.length + k], { x1: box.left - 4, x2: box.left, y1: py, y2: py });
      if (ylog) set(gridLines[k], { x1: box.left, x2: box.left + box.width, y1: py, y2: py });
      set(yLabels[k], { x: box.left - 7, y: py + 4 });
      if (ylog) setText(powers.get(yLabels[k]), String(Math.round(Math.log10(t))).replace("-", "\u2212"));
      else setText(yLabels[k], tickText(t, ys));
    });
    return result;
  };
  return result;
}

/**
 * A pool of like nodes under `parent`: `take(n, visible)` returns the first n, shown where
 * `visible(k)` says so (all of them by default), and hides the rest. A new node is made with `attrs`,
 * then given to `init` (when one is given) to finish it once.
 */
export function pool(parent, tag, attrs = {}, init = null) {
  const nodes = [];
  return {
    nodes,
    take(n, visible = () => true) {
      while (nodes.length < n) {
        const node = make(tag, attrs, parent);
        if (init) init(node);
        nodes.push(node);
      }
      nodes.forEach((node, k) => show(node, k < n && visible(k)));
      return nodes.slice(0, n);
    },
  };
}
