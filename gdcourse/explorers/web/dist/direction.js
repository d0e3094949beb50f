// Built by tools/build_web.mjs from gdcourse/explorers/web/src/views/direction.js: do not edit; run `python3 course.py web`.

// gdcourse/explorers/web/src/pace.js
var KERNEL_EVERY_MS = 250;
var paced = /* @__PURE__ */ new WeakSet();
function pace(model, { every = KERNEL_EVERY_MS, clock = () => performance.now(), later = setTimeout, mirrors = [] } = {}) {
  if (!model || typeof model.save_changes !== "function" || paced.has(model)) return false;
  paced.add(model);
  const save = model.save_changes.bind(model);
  const copies = new Set(mirrors);
  let last = -Infinity;
  let waiting = false;
  let settling = false;
  let lastCopy = -Infinity;
  let held = [];
  const pending = () => model._buffered_state_diff || {};
  if (typeof model.set_state === "function") {
    const setState = model.set_state.bind(model);
    model.set_state = (state, ...rest) => {
      const local = waiting || settling ? pending() : {};
      const kept = Object.fromEntries(Object.entries(state || {}).filter(([key]) => !(key in local)));
      return setState(kept, ...rest);
    };
  }
  const send = (args) => {
    last = clock();
    save(...args);
  };
  const rested = () => {
    const wait = lastCopy + every - clock();
    if (wait > 0) {
      later(rested, wait);
      return;
    }
    settling = false;
    if (!waiting && Object.keys(pending()).length > 0) send(held);
  };
  model.save_changes = (...args) => {
    held = args;
    const keys = Object.keys(pending());
    if (copies.size > 0 && keys.length > 0 && keys.every((key) => copies.has(key))) {
      lastCopy = clock();
      if (!settling) {
        settling = true;
        later(rested, every);
      }
      return;
    }
    if (waiting) return;
    const wait = last + every - clock();
    if (wait <= 0) {
      send(args);
      return;
    }
    waiting = true;
    later(() => {
      waiting = false;
      send(held);
    }, wait);
  };
  return true;
}
async function paceWidgets(model) {
  const manager = model.widget_manager;
  if (!manager || typeof manager.get_model !== "function") return 0;
  let count = 0;
  for (const ref of model.get("paced") || []) {
    try {
      const found = await manager.get_model(String(ref).replace(/^IPY_MODEL_/, ""));
      const specs = model.get("specs");
      const own = specs !== void 0 && typeof found.get === "function" && found.get("specs") === specs;
      if (pace(found, { mirrors: own ? Object.keys(specs) : [] })) count += 1;
    } catch {
    }
  }
  return count;
}

// gdcourse/explorers/web/src/pyformat.js
var bits = new DataView(new ArrayBuffer(8));
function exact(x) {
  bits.setFloat64(0, Math.abs(x));
  const high = bits.getUint32(0);
  const low = bits.getUint32(4);
  const biased = high >>> 20 & 2047;
  let m = BigInt(high & 1048575) << 32n | BigInt(low);
  if (biased) m |= 1n << 52n;
  const e = (biased || 1) - 1075;
  return e >= 0 ? [m << BigInt(e), 1n] : [m, 1n << BigInt(-e)];
}
function scaled(x, k) {
  let [num, den] = exact(x);
  if (k >= 0) num *= 10n ** BigInt(k);
  else den *= 10n ** BigInt(-k);
  const q = num / den;
  const twice = 2n * (num % den);
  return twice > den || twice === den && q % 2n === 1n ? q + 1n : q;
}
function exponentOf(x) {
  const [num, den] = exact(x);
  const atLeast = (k2) => k2 >= 0 ? num >= den * 10n ** BigInt(k2) : num * 10n ** BigInt(-k2) >= den;
  let k = Math.floor(Math.log10(Math.abs(x)));
  while (!atLeast(k)) k -= 1;
  while (atLeast(k + 1)) k += 1;
  return k;
}
function significant(x, count) {
  if (x === 0) return ["0".repeat(count), 0];
  let point = exponentOf(x);
  let digits = scaled(x, count - 1 - point).toString();
  if (digits.length > count) {
    digits = digits.slice(0, count);
    point += 1;
  }
  return [digits, point];
}
function exponentText(point) {
  const size = String(Math.abs(point)).padStart(2, "0");
  return `e${point < 0 ? "-" : "+"}${size}`;
}
function withoutTrailingZeros(text) {
  return text.includes(".") ? text.replace(/0+$/, "").replace(/\.$/, "") : text;
}
function fixed(x, decimals) {
  const digits = scaled(x, decimals).toString().padStart(decimals + 1, "0");
  const whole = digits.slice(0, digits.length - decimals);
  return decimals ? `${whole}.${digits.slice(digits.length - decimals)}` : whole;
}
function scientific(x, count) {
  const [digits, point] = significant(x, count);
  const mantissa = count > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
  return [mantissa, point];
}
function general(x, precision) {
  const count = precision === 0 ? 1 : precision;
  const [digits, point] = significant(x, count);
  if (point >= -4 && point < count) {
    if (point < 0) return withoutTrailingZeros(`0.${"0".repeat(-point - 1)}${digits}`);
    const whole = digits.slice(0, point + 1);
    return withoutTrailingZeros(`${whole}.${digits.slice(point + 1)}`);
  }
  const mantissa = withoutTrailingZeros(count > 1 ? `${digits[0]}.${digits.slice(1)}` : digits);
  return mantissa + exponentText(point);
}
function repr(x) {
  if (Number.isNaN(x)) return "nan";
  if (!Number.isFinite(x)) return x > 0 ? "inf" : "-inf";
  const sign = x < 0 || Object.is(x, -0) ? "-" : "";
  const [mantissa, power] = Math.abs(x).toExponential().split("e");
  const digits = mantissa.replace(".", "");
  const point = Number(power);
  if (point < -4 || point >= 16) {
    const body = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
    return sign + body + exponentText(point);
  }
  if (point < 0) return `${sign}0.${"0".repeat(-point - 1)}${digits}`;
  const padded = digits.padEnd(point + 1, "0");
  const fraction = padded.slice(point + 1);
  return `${sign}${padded.slice(0, point + 1)}.${fraction || "0"}`;
}
function format(x, spec) {
  const match = /^(\+)?(?:(?:\.(\d+))?([gef]))?$/.exec(spec);
  if (!match) throw new Error(`pyformat: the spec ${JSON.stringify(spec)} is not one this module writes`);
  const [, plus, digits, kind] = match;
  if (Number.isNaN(x)) return `${plus ? "+" : ""}nan`;
  const sign = x < 0 || Object.is(x, -0) ? "-" : plus ? "+" : "";
  if (!Number.isFinite(x)) return `${sign}inf`;
  if (!kind) return sign + repr(Math.abs(x));
  const precision = digits === void 0 ? 6 : Number(digits);
  if (kind === "f") return sign + fixed(x, precision);
  if (kind === "e") {
    const [mantissa, point] = scientific(x, precision + 1);
    return sign + mantissa + exponentText(point);
  }
  return sign + general(x, precision);
}
function roundTo(x, n) {
  if (!Number.isFinite(x)) return x;
  return Number(format(x, `.${n}f`));
}

// gdcourse/explorers/web/src/host.js
function onGrid(value, spec) {
  if (spec.kind === "int") return value;
  return roundTo(value, 9) + 0;
}
function reading(value, exact2, spec) {
  const position = spec.kind === "log" ? (v) => Math.log(v) / Math.log(10) : (v) => v;
  if (exact2 !== void 0 && exact2 !== null && Math.abs(position(value) - position(exact2)) < spec.step / 2) {
    return exact2;
  }
  return spec.kind === "log" ? value : onGrid(value, spec);
}
function readSliders(model, exact2, reached) {
  const specs = model.get("specs");
  const values = {};
  for (const [name, spec] of Object.entries(specs)) {
    const value = model.get(name);
    if (name in exact2) {
      if (reading(value, exact2[name], spec) === exact2[name]) reached.add(name);
      else if (reached.has(name)) delete exact2[name];
    }
    values[name] = reading(value, name in exact2 && reached.has(name) ? exact2[name] : void 0, spec);
  }
  return values;
}
function html(tag, attrs = {}, text = "") {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) node.setAttribute(key, value);
  if (text) node.textContent = text;
  return node;
}
function writeSummary(node, segments) {
  node.replaceChildren(...segments.map((s) => s.bold ? html("b", {}, s.text) : document.createTextNode(s.text)));
}
function keepKeys(el, tries = 60) {
  let frame2 = 0;
  let box = null;
  let watcher = null;
  const focused = (event) => {
    if (event.target && event.target.setAttribute) event.target.setAttribute("data-lm-suppress-shortcuts", "true");
  };
  const find = (left) => {
    box = el.closest ? el.closest(".gd-explorer") : null;
    if (box) {
      box.addEventListener("focusin", focused);
      if (!nameSliders(box) && typeof MutationObserver === "function") {
        watcher = new MutationObserver(() => {
          if (nameSliders(box)) watcher.disconnect();
        });
        watcher.observe(box, { childList: true, subtree: true });
      }
    } else if (left > 0) frame2 = requestAnimationFrame(() => find(left - 1));
  };
  find(tries);
  return () => {
    cancelAnimationFrame(frame2);
    if (box) box.removeEventListener("focusin", focused);
    if (watcher) watcher.disconnect();
  };
}
function nameSliders(box) {
  let named = 0;
  let sliders = 0;
  for (const slider of box.querySelectorAll(".widget-slider")) {
    sliders += 1;
    const label2 = slider.querySelector(".widget-label");
    const name = label2 ? label2.textContent.trim() : "";
    const handles = slider.querySelectorAll('[role="slider"]');
    if (!name || handles.length === 0) continue;
    for (const handle of handles) {
      if (handle.getAttribute("aria-label") !== name) handle.setAttribute("aria-label", name);
    }
    named += 1;
  }
  return sliders > 0 && named === sliders;
}
var ANNOUNCE_AFTER_MS = 600;
var ANNOUNCE_FOR_MS = 5e3;
function mount({ model, el }, view2) {
  const root = html("div", { class: `gd-view gd-view-${view2.name}` });
  const summary2 = html("p", { class: "gd-summary" });
  const announcer = html("div", { class: "gd-announce", "aria-live": "polite", role: "status" });
  const controls = html("div", { class: "gd-controls" });
  const figure = html("div", { class: "gd-figure", role: "img" });
  root.append(controls, summary2, figure, announcer);
  el.append(root);
  const parts = view2.build(figure);
  let exact2 = { ...model.get("exact") };
  const reached = new Set(Object.keys(exact2));
  let memory = null;
  let pending = 0;
  let announce = 0;
  let last = null;
  function paint2() {
    const settings = view2.settings(readSliders(model, exact2, reached), model);
    const shown = memory === null ? view2.first(settings, model) : view2.next(settings, memory, model);
    memory = shown.memory;
    view2.paint(parts, shown, settings);
    const name = view2.label(shown, settings);
    if (figure.getAttribute("aria-label") !== name) figure.setAttribute("aria-label", name);
    root.gdFrame = shown;
    root.gdSettings = settings;
    root.dataset.frames = String(Number(root.dataset.frames || 0) + 1);
    if (last !== shown.summary) {
      writeSummary(summary2, view2.segments(shown.summary));
      last = shown.summary;
      clearTimeout(announce);
      announce = setTimeout(() => {
        announcer.textContent = shown.summary;
        announce = setTimeout(() => {
          announcer.textContent = "";
        }, ANNOUNCE_FOR_MS);
      }, ANNOUNCE_AFTER_MS);
    }
  }
  let again = false;
  function frameBegins() {
    pending = 0;
    if (again) redraw();
  }
  function redraw() {
    again = Boolean(pending);
    if (again) return;
    paint2();
    pending = requestAnimationFrame(frameBegins);
  }
  function newExact() {
    const sent = model.get("exact");
    for (const name of Object.keys(sent)) if (sent[name] !== exact2[name]) reached.delete(name);
    exact2 = { ...sent };
    redraw();
  }
  const keys = [...Object.keys(model.get("specs")), ...view2.watch || []];
  for (const key of keys) model.on(`change:${key}`, redraw);
  model.on("change:exact", newExact);
  if (view2.controls) view2.controls(controls, { model, redraw });
  paceWidgets(model);
  const forget = keepKeys(el);
  paint2();
  return () => {
    forget();
    for (const key of keys) model.off(`change:${key}`, redraw);
    model.off("change:exact", newExact);
    cancelAnimationFrame(pending);
    clearTimeout(announce);
  };
}

// gdcourse/explorers/web/src/numeric.js
var view = new DataView(new ArrayBuffer(8));
function clip(x, low, high) {
  return Math.min(Math.max(x, low), high);
}

// gdcourse/explorers/web/src/direction.js
var WEIGHT_SLIDER = [-1, 3];
var LIMITS = [
  [WEIGHT_SLIDER[0] - 1, WEIGHT_SLIDER[1] + 1],
  [-1, 1]
];
var ARROW_Y = 0.35;
var GOAL_Y = [-0.6, 0.6];
var LABEL_Y = -0.5;
var NO_ARROW = 1e-9;
function summary(settings) {
  const s = settings;
  const pred = s.input * s.weight;
  const miss = pred - s.goal_pred;
  const directionAndAmount = miss * s.input;
  const start = `pred ${format(pred, ".3g")} misses goal_pred ${format(s.goal_pred, ".3g")} by ${format(miss, "+.3g")}; × input ${format(s.input, ".3g")} gives `;
  if (s.input === 0) return `${start}0: stopping, the weight cannot change what it never touched`;
  if (miss === 0) return `${start}0: no miss, no step`;
  const way = directionAndAmount < 0 ? "up" : "down";
  let how = s.input < 0 ? "negative reversal: the sign flipped" : "scaling";
  if (0 < Math.abs(s.input) && Math.abs(s.input) < 1) how += ", shrunk";
  else if (Math.abs(s.input) > 1) how += ", grown";
  return `${start}${format(directionAndAmount, "+.3g")} (${how}): the weight moves ${way} by ${format(Math.abs(directionAndAmount), ".3g")}`;
}
function frame(settings, memory = null) {
  const s = settings;
  const limits = memory === null ? LIMITS : memory.limits;
  const [low, high] = limits[0];
  const directionAndAmount = (s.input * s.weight - s.goal_pred) * s.input;
  const newWeight = s.weight - directionAndAmount;
  const shown = clip(newWeight, low, high);
  const hasGoal = s.input !== 0;
  const goalWeight = hasGoal ? s.goal_pred / s.input : 0;
  const goalX = clip(goalWeight, low, high);
  const beyond = shown === newWeight ? "" : " (beyond the edge)";
  const drawn = {
    weight: [[s.weight, 0]],
    new_weight: [[shown, 0]],
    goal_weight: [
      [goalX, GOAL_Y[0]],
      [goalX, GOAL_Y[1]]
    ],
    limits: [limits[0].slice(), limits[1].slice()]
  };
  return {
    drawn,
    summary: summary(s),
    label: `new weight ${format(newWeight, ".3g")}${beyond}`,
    labelAt: [shown, LABEL_Y],
    arrow: { from: [s.weight, ARROW_Y], to: [shown, ARROW_Y], visible: Math.abs(shown - s.weight) > NO_ARROW },
    goalVisible: hasGoal && low <= goalWeight && goalWeight <= high,
    goalWeight: hasGoal ? goalWeight : null,
    newWeight,
    directionAndAmount,
    memory: { limits }
  };
}
function firstFrame(settings) {
  const drawnOnce = frame(settings, null);
  return frame(settings, drawnOnce.memory);
}

// gdcourse/explorers/web/src/svg.js
var NS = "http://www.w3.org/2000/svg";
var made = 0;
function uid(prefix) {
  made += 1;
  return `${prefix}-${made}-${Math.random().toString(36).slice(2, 8)}`;
}
function make(tag, attrs = {}, parent = null) {
  const node = document.createElementNS(NS, tag);
  set(node, attrs);
  if (parent) parent.append(node);
  return node;
}
var written = /* @__PURE__ */ new WeakMap();
function set(node, attrs) {
  let last = written.get(node);
  if (!last) written.set(node, last = /* @__PURE__ */ new Map());
  for (const [key, value] of Object.entries(attrs)) {
    const text = value === null ? null : String(value);
    if (last.has(key) && last.get(key) === text) continue;
    last.set(key, text);
    if (text === null) node.removeAttribute(key);
    else node.setAttribute(key, text);
  }
  return node;
}
function setText(node, value) {
  const said = String(value);
  if (node.textContent !== said) node.textContent = said;
  return node;
}
function show(node, visible) {
  const display = visible ? "" : "none";
  if (node.style.display !== display) node.style.display = display;
}
function scale(domain, range, log = false) {
  const f = log ? Math.log10 : (v) => v;
  const [d0, d1] = domain.map(f);
  const [r0, r1] = range;
  const k = d1 === d0 ? 0 : (r1 - r0) / (d1 - d0);
  return (v) => r0 + (f(v) - d0) * k;
}
function niceTicks(low, high, count = 6) {
  const span = high - low;
  if (!(span > 0) || !Number.isFinite(span)) return [low];
  const raw = span / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * power).find((s) => s >= raw * 0.999);
  const ticks = [];
  for (let k = Math.ceil(low / step - 1e-9); k * step <= high + step * 1e-9; k += 1) ticks.push(k * step);
  return ticks.map((t) => Math.abs(t) < step * 1e-9 ? 0 : t);
}
function tickText(value, ticks) {
  const step = ticks.length > 1 ? Math.abs(ticks[1] - ticks[0]) : 1;
  let decimals = Math.max(0, -Math.floor(Math.log10(step) + 1e-9));
  while (decimals < 12 && Math.abs(step * 10 ** decimals - Math.round(step * 10 ** decimals)) > 1e-6) {
    decimals += 1;
  }
  const big = Math.abs(value) >= 1e5 || value !== 0 && Math.abs(value) < 1e-4;
  const text = big ? value.toExponential(1).replace("e+", "e") : value.toFixed(decimals);
  return text.replace("-", "−");
}
function arrowHead(x, y, ux, uy, length, halfWidth) {
  const at = (along, across) => `${(x + ux * along - uy * across).toFixed(2)},${(y + uy * along + ux * across).toFixed(2)}`;
  return `M${at(0, 0)}L${at(-length, halfWidth)}L${at(-length, -halfWidth)}z`;
}
function panel(svg, box, { xlabel = "", ylabel = "", title = "", ylog = false, yticks = null }) {
  const group = make("g", { class: "gd-panel" }, svg);
  const id = uid("gd-clip");
  const clip2 = make("clipPath", { id }, make("defs", {}, group));
  make("rect", { x: box.left, y: box.top, width: box.width, height: box.height }, clip2);
  const grid = make("g", { class: "gd-grid" }, group);
  const ticks = make("g", { class: "gd-ticks" }, group);
  const inside = make("g", { "clip-path": `url(#${id})` }, group);
  const over = make("g", {}, group);
  make("rect", { x: box.left, y: box.top, width: box.width, height: box.height, class: "gd-frame" }, group);
  const bottom = box.top + box.height;
  make("text", { x: box.left + box.width / 2, y: bottom + 34, class: "gd-label", "text-anchor": "middle" }, group).textContent = xlabel;
  const yl = make("text", { class: "gd-label", "text-anchor": "middle" }, group);
  yl.textContent = ylabel;
  set(yl, { transform: `translate(${box.left - 44},${box.top + box.height / 2}) rotate(-90)` });
  make("text", { x: box.left + box.width / 2, y: box.top - 7, class: "gd-title", "text-anchor": "middle" }, group).textContent = title;
  const marks = pool(ticks, "line");
  const xText = pool(ticks, "text", { "text-anchor": "middle" });
  const powers = /* @__PURE__ */ new WeakMap();
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
      if (ylog) setText(powers.get(yLabels[k]), String(Math.round(Math.log10(t))).replace("-", "−"));
      else setText(yLabels[k], tickText(t, ys));
    });
    return result;
  };
  return result;
}
function pool(parent, tag, attrs = {}, init = null) {
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
    }
  };
}

// gdcourse/explorers/web/src/style.js
var BLUE = "#0072B2";
var ORANGE = "#C28600";
var GREEN = "#009E73";
var VERMILION = "#D55E00";
var SKY = "#1E9BE2";
var PURPLE = "#CC79A7";
var BLACK = "#000000";
var INK = {
  [BLUE]: BLUE,
  [ORANGE]: "#9C6C00",
  [GREEN]: "#008460",
  [VERMILION]: "#C15500",
  [SKY]: "#187CB5",
  [PURPLE]: "#BB4D8A",
  [BLACK]: BLACK
};
function ink(colour) {
  return INK[colour] || BLACK;
}
var SHEET = `
.gd-view { font-family: "DejaVu Sans", Verdana, sans-serif; color: #000; max-width: 820px;
  content-visibility: auto; contain-intrinsic-size: auto 520px; }
.gd-view svg { width: 100%; height: auto; display: block; background: #fff; }
.gd-view text { font-size: 12px; }
.gd-view text:not([fill]) { fill: #000; }
.gd-view .gd-ticks line, .gd-view .gd-frame { stroke: #000; stroke-width: 0.8; fill: none; }
.gd-view .gd-ticks text { font-size: 11px; }
.gd-view .gd-grid line { stroke: #e6e6e6; stroke-width: 0.8; }
.gd-view .gd-title { font-size: 13px; }
.gd-view .gd-label { font-size: 12px; }
.gd-view .gd-note { font-size: 12px; }
.gd-view .gd-summary { margin: 0.3em 0 0.2em; min-height: 2.6em; }
.gd-view .gd-controls { display: flex; gap: 0.4em; flex-wrap: wrap; margin: 0.2em 0; }
.gd-view button { font: inherit; padding: 0.15em 0.8em; border: 1px solid #555; border-radius: 3px;
  background: #f2f2f2; color: #000; cursor: pointer; }
.gd-view button:focus-visible { outline: 3px solid #0b57d0; outline-offset: 2px; }
.gd-explorer :focus-visible { outline: 3px solid #0b57d0 !important; outline-offset: 2px; }
.gd-explorer .widget-slider .noUi-handle { border-color: #595959; }
.gd-view .gd-announce { position: absolute; width: 1px; height: 1px; overflow: hidden;
  clip: rect(0 0 0 0); clip-path: inset(50%); white-space: nowrap; }
`;
function addStyle(doc = document) {
  if (doc.getElementById("gd-explorer-style")) return;
  const node = doc.createElement("style");
  node.id = "gd-explorer-style";
  node.textContent = SHEET;
  doc.head.append(node);
}

// gdcourse/explorers/web/src/views/direction.js
var PX = 100 / 72;
var WIDTH = 760;
var HEIGHT = 240;
var BOX = { left: 0.03 * WIDTH, top: 0.05 * HEIGHT, width: 0.94 * WIDTH, height: 0.7 * HEIGHT };
var LABEL_SIZE = 9 * PX;
var KEY_SIZE = 8 * PX;
var CHAR = 0.6;
var KEY_CHAR = 0.55;
var ARROW = { width: 2 * PX, headLength: 0.4 * 16 * PX, headHalfWidth: 0.2 * 16 * PX, shrink: 2 * PX };
var DOTS = `${2 * PX} ${3.3 * PX}`;
function finite(value, fallback = 0) {
  return Number.isFinite(value) ? value : fallback;
}
function build(figure) {
  addStyle();
  const svg = make("svg", { viewBox: `0 0 ${WIDTH} ${HEIGHT}`, "aria-hidden": "true", focusable: "false" }, figure);
  const axes = panel(svg, BOX, { xlabel: "weight", yticks: [] });
  const frameRect = axes.group.querySelector(".gd-frame");
  if (frameRect) show(frameRect, false);
  const bottom = BOX.top + BOX.height;
  make("line", { x1: BOX.left, x2: BOX.left + BOX.width, y1: bottom, y2: bottom, stroke: BLACK, "stroke-width": 0.8 * PX }, axes.group);
  const L = axes.inside;
  const shaft = make("line", { stroke: VERMILION, "stroke-width": ARROW.width }, L);
  const head = make("path", { fill: VERMILION, stroke: VERMILION, "stroke-width": ARROW.width, "stroke-linejoin": "miter" }, L);
  const zero = make("line", { stroke: "#999999", "stroke-width": 1 * PX }, L);
  const goalLine = make("line", { stroke: GREEN, "stroke-width": 2 * PX, "stroke-dasharray": DOTS }, L);
  const side = 9 * PX;
  const weight = make("rect", { width: side, height: side, fill: BLACK, stroke: BLACK, "stroke-width": 1 * PX }, L);
  const newWeight = make("circle", { r: 5 * PX, fill: "#fff", stroke: VERMILION, "stroke-width": 2 * PX }, L);
  const label2 = make("text", { fill: ink(VERMILION), "font-size": LABEL_SIZE, class: "gd-note" }, axes.over);
  legend(svg);
  return { svg, axes, shaft, head, zero, goalLine, weight, newWeight, label: label2 };
}
function legend(svg) {
  const g = make("g", { class: "gd-legend" }, svg);
  const handle = 2 * KEY_SIZE;
  const pad = 0.8 * KEY_SIZE;
  const gap = 2 * KEY_SIZE;
  const y = BOX.top + (0.5 + 0.4) * KEY_SIZE + KEY_SIZE * 0.6;
  const entries = [
    ["goal weight", (x2) => make("line", { x1: x2, x2: x2 + handle, y1: y, y2: y, stroke: GREEN, "stroke-width": 2 * PX, "stroke-dasharray": DOTS }, g)],
    ["weight now", (x2) => make("rect", { x: x2 + handle / 2 - 4.5 * PX, y: y - 4.5 * PX, width: 9 * PX, height: 9 * PX, fill: BLACK }, g)],
    ["new weight", (x2) => make("circle", { cx: x2 + handle / 2, cy: y, r: 5 * PX, fill: "#fff", stroke: VERMILION, "stroke-width": 2 * PX }, g)]
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
  const half = text.length * CHAR * LABEL_SIZE / 2;
  const cx = X(lx);
  let anchor = "middle";
  let tx = cx;
  if (cx - half < 4) [anchor, tx] = ["start", 4];
  else if (cx + half > WIDTH - 4) [anchor, tx] = ["end", WIDTH - 4];
  set(parts.label, { x: tx, y: Y(ly) + LABEL_SIZE * 0.8, "text-anchor": anchor });
}
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
function label(shown, settings) {
  const [low, high] = shown.drawn.limits[0];
  const s = settings;
  let goalWords;
  if (shown.goalWeight === null) goalWords = "no goal weight, since input is 0";
  else if (shown.goalVisible) goalWords = `the goal weight ${format(shown.goalWeight, ".3g")} as a dotted line`;
  else goalWords = `the goal weight ${format(shown.goalWeight, ".3g")}, off the line`;
  const step = shown.arrow.visible ? `an arrow to the ${shown.label} (a circle)` : `the ${shown.label} (a circle) where the weight is, with no arrow`;
  return `A weight number line from ${format(low, "g")} to ${format(high, "g")}: the weight now ${format(s.weight, ".3g")} (a square), ${step}, and ${goalWords}.`;
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
    segments: (summary2) => [{ text: summary2 }]
    // the kernel shows this summary with no bold
  };
}
var direction_default = { render: (context) => mount(context, directionView()) };
export {
  direction_default as default
};
