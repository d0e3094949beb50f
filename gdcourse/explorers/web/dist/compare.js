// Built by tools/build_web.mjs from gdcourse/explorers/web/src/views/compare.js: do not edit; run `python3 course.py web`.

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
function square(x) {
  return x * x;
}
function linspace(low, high, count) {
  const div = count - 1;
  const delta = high - low;
  const step = delta / div;
  const points2 = new Array(count);
  for (let i = 0; i < count; i += 1) {
    points2[i] = (step === 0 ? i / div * delta : i * step) + low;
  }
  if (count > 1) points2[count - 1] = high;
  return points2;
}
function pyMin(values) {
  let best = values[0];
  for (const v of values.slice(1)) if (v < best) best = v;
  return best;
}
function pyMax(values) {
  let best = values[0];
  for (const v of values.slice(1)) if (v > best) best = v;
  return best;
}

// gdcourse/explorers/web/src/framing.js
var LOOSEST = 3;
var ROOM = 1.3;
function keepOrRefit(current, needed, fresh) {
  if (current !== null) {
    const [low, high] = current;
    if (low <= needed[0] && needed[1] <= high && high - low <= LOOSEST * (needed[1] - needed[0])) {
      return current;
    }
  }
  return fresh;
}
function keepOrWiden(current, needed) {
  if (current === null) return needed;
  const middle = (needed[0] + needed[1]) / 2;
  const half = (needed[1] - needed[0]) / 2 * ROOM;
  return keepOrRefit(current, needed, [middle - half, middle + half]);
}
function goalWindow(input, goalPred, range) {
  const [low, high] = range;
  if (input === 0) {
    const span = (high - low) * 0.08;
    return [low - span, high + span];
  }
  const centre = goalPred / input;
  const reach = pyMax([Math.abs(low - centre), Math.abs(high - centre), 1e-3]) * 1.08;
  return [centre - reach, centre + reach];
}
function errorTop(curveTop, current = null) {
  const scaled2 = curveTop * 1.1;
  const need = scaled2 === 0 ? 1 : scaled2;
  if (current === null) return need;
  return need <= current && current <= LOOSEST * need ? current : need * 2;
}

// gdcourse/explorers/web/src/compare.js
var WEIGHT_RANGE = [-1, 2];
var MIN_MISS_REACH = 1.25;
var CURVE_POINTS = 201;
var LINE_Y = [-1, 1];
function missReach(input, goalPred, range) {
  const misses = range.map((w) => Math.abs(input * w - goalPred));
  return pyMax([...misses, MIN_MISS_REACH]) * 1.05;
}
function number(x) {
  const text = format(x, ".4g");
  return text === "-0" ? "0" : text;
}
function term(x) {
  const text = number(x);
  return text.startsWith("-") ? `(${text})` : text;
}
function summary(settings) {
  const s = settings;
  const pred = s.input * s.weight;
  const pure = pred - s.goal_pred;
  const error = square(pure);
  return `prediction = ${term(s.input)} * ${term(s.weight)} = ${number(pred)}; pure error = ${term(pred)} - ${term(s.goal_pred)} = ${number(pure)}; squared error = ${number(error)}`;
}
function emphasised(text) {
  const at = text.lastIndexOf("; ");
  return at < 0 ? ["", text] : [text.slice(0, at + 2), text.slice(at + 2)];
}
function lineLimits(input, goalPred, memory) {
  const low = pyMin([input * WEIGHT_RANGE[0], input * WEIGHT_RANGE[1], goalPred]);
  const high = pyMax([input * WEIGHT_RANGE[0], input * WEIGHT_RANGE[1], goalPred]);
  const centre = (low + high) / 2;
  const half = pyMax([high - low, 1]) * 0.54;
  return keepOrWiden(memory === null ? null : memory.line, [centre - half, centre + half]);
}
function parabolaOf(input, goalPred, memory) {
  const [low, high] = keepOrWiden(memory === null ? null : memory.parabola, goalWindow(input, goalPred, WEIGHT_RANGE));
  const xs = linspace(low, high, CURVE_POINTS);
  const ys = xs.map((x) => square(input * x - goalPred));
  const top = errorTop(Math.max(...ys), memory === null ? null : memory.top);
  return { x: [low, high], top, curve: xs.map((x, i) => [x, ys[i]]) };
}
function kindsOf(reachNeeded, memory) {
  const current = memory === null ? null : [-memory.reach, memory.reach];
  const reach = keepOrWiden(current, [-reachNeeded, reachNeeded])[1];
  const xs = linspace(-reach, reach, CURVE_POINTS);
  const top = square(reach) * 1.08;
  return {
    reach,
    top,
    pure: xs.map((x) => [x, x]),
    absolute: xs.map((x) => [x, Math.abs(x)]),
    squared: xs.map((x) => [x, square(x)])
  };
}
var LABEL_EDGE = 0.2;
function labelSide(x, [low, high]) {
  const where = (x - low) / (high - low);
  return where < LABEL_EDGE ? -1 : where > 1 - LABEL_EDGE ? 1 : 0;
}
function frame(settings, memory = null) {
  const { weight, input, goal_pred: goalPred } = settings;
  const line2 = lineLimits(input, goalPred, memory);
  const parabola = parabolaOf(input, goalPred, memory);
  const kinds = kindsOf(missReach(input, goalPred, WEIGHT_RANGE), memory);
  const [low, high] = parabola.x;
  const top = parabola.top;
  const pred = input * weight;
  const miss = pred - goalPred;
  const missNow = input * weight - goalPred;
  const error = square(input * weight - goalPred);
  const hasGoal = input !== 0;
  const centre = hasGoal ? goalPred / input : low;
  const drawn = {
    prediction: [[pred, 0]],
    goal_pred: [[goalPred, 0]],
    miss_arrow: [
      [goalPred, 0],
      [pred, 0]
    ],
    curve: parabola.curve,
    weight: [[weight, square(input * weight - goalPred)]],
    error_label: [[weight, error]],
    pure: kinds.pure,
    absolute: kinds.absolute,
    squared: kinds.squared,
    pure_now: [[missNow, missNow]],
    absolute_now: [[missNow, Math.abs(missNow)]],
    squared_now: [[missNow, square(missNow)]],
    miss_line_limits: [line2, LINE_Y],
    label_sides: [[labelSide(pred, line2), labelSide(goalPred, line2)]],
    parabola_limits: [
      [low, high],
      [-0.04 * top, top]
    ],
    kinds_limits: [
      [-kinds.reach, kinds.reach],
      [-kinds.reach * 1.08, kinds.top]
    ]
  };
  const labels = {
    prediction: miss !== 0 ? `pred ${format(pred, ".4g")}, miss ${format(miss, "+.4g")}` : `pred ${format(pred, ".4g")}, miss 0`,
    goal_pred: `goal_pred ${format(goalPred, ".4g")}`,
    error: `weight ${format(weight, ".4g")}: error ${format(error, ".4g")}`
  };
  return {
    drawn,
    labels,
    summary: summary(settings),
    goalWeight: hasGoal ? centre : null,
    goalLabel: hasGoal ? `goal weight ${format(centre, ".3g")}` : "",
    goalRight: centre > low + 0.6 * (high - low),
    errorRight: weight > (low + high) / 2,
    memory: { line: line2, parabola: parabola.x, top, reach: kinds.reach }
  };
}
function firstFrame(settings) {
  const drawn = frame(settings, null);
  const updated = frame(settings, drawn.memory);
  return frame(settings, updated.memory);
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
var DOT_NEAR = 0.5;
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
function points(pairs, x, y, near = DOT_NEAR) {
  return thinned(pairs, x, y, near).map(([px, py]) => `${px.toFixed(2)},${py.toFixed(2)}`).join(" ");
}
function panel(svg, box, { xlabel = "", ylabel = "", title = "", ylog = false, yticks = null }) {
  const group = make("g", { class: "gd-panel" }, svg);
  const id = uid("gd-clip");
  const clip = make("clipPath", { id }, make("defs", {}, group));
  make("rect", { x: box.left, y: box.top, width: box.width, height: box.height }, clip);
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

// gdcourse/explorers/web/src/views/compare.js
var PX = 100 / 72;
var WIDTH = 800;
var HEIGHT = 500;
var TOP_BOX = { left: 56, top: 35, width: 732, height: 77.5 };
var LEFT_BOX = { left: 56, top: 202, width: 390.4, height: 248 };
var RIGHT_BOX = { left: 527.7, top: 202, width: 260.3, height: 248 };
var NOTE = `font-size: ${(9 * PX).toFixed(1)}px`;
var KEY = `font-size: ${(8 * PX).toFixed(1)}px`;
var DASHED = (lw) => `${3.7 * lw * PX} ${1.6 * lw * PX}`;
var DOTTED = (lw) => `${1 * lw * PX} ${1.65 * lw * PX}`;
var CHAR = 0.6 * 9 * PX;
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
function buildKinds(svg) {
  const right = panel(svg, RIGHT_BOX, { xlabel: "miss = pred - goal_pred", ylabel: "error", title: "three ways to score the miss" });
  const R = right.inside;
  const crossings = [-1, 1].map(() => line(R, { stroke: "#d9d9d9", "stroke-width": 1 * PX }));
  const zero = line(R, { stroke: "#ccc", "stroke-width": 0.8 * PX });
  const absolute = make("polyline", { fill: "none", stroke: ORANGE, "stroke-width": 3.5 * PX, "stroke-dasharray": DOTTED(3.5) }, R);
  const pure = make("polyline", { fill: "none", stroke: PURPLE, "stroke-width": 1.5 * PX, "stroke-dasharray": DASHED(1.5) }, R);
  const squared = make("polyline", { fill: "none", stroke: BLUE, "stroke-width": 2 * PX }, R);
  const now = line(R, { stroke: VERMILION, "stroke-width": 1 * PX, "stroke-opacity": 0.6 });
  const dot = { stroke: BLACK, "stroke-width": 1 * PX };
  const pureNow = make("path", { fill: PURPLE, ...dot }, R);
  const absoluteNow = make("rect", { fill: ORANGE, width: 7 * PX, height: 7 * PX, ...dot }, R);
  const squaredNow = make("circle", { fill: BLUE, r: 3.5 * PX, ...dot }, R);
  const key = make("g", { class: "gd-legend" }, right.group);
  const side = 7 * PX;
  const entries = [
    [
      "pure: miss",
      { stroke: PURPLE, "stroke-width": 1.5 * PX, "stroke-dasharray": DASHED(1.5) },
      (mx, my) => make("path", { d: triangleDown(mx, my, 3.5 * PX), fill: PURPLE, ...dot }, key)
    ],
    [
      "absolute: |miss|",
      { stroke: ORANGE, "stroke-width": 3.5 * PX, "stroke-dasharray": DOTTED(3.5) },
      (mx, my) => make("rect", { x: mx - side / 2, y: my - side / 2, width: side, height: side, fill: ORANGE, ...dot }, key)
    ],
    [
      "squared: miss²",
      { stroke: BLUE, "stroke-width": 2 * PX },
      (mx, my) => make("circle", { cx: mx, cy: my, r: 3.5 * PX, fill: BLUE, ...dot }, key)
    ]
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
var ANCHORS = ["start", "middle", "end"];
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
  const [[predSide, goalSide]] = d.label_sides;
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
    height: 9 * PX + 2 * pad
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
function label(shown, settings) {
  const s = settings;
  const pred = s.input * s.weight;
  const bowl = shown.goalWeight === null ? "flat, since with input 0 every weight makes the same prediction" : `a U-shaped parabola lowest at the goal weight ${format(shown.goalWeight, ".3g")}`;
  return `Top: a number line with the prediction ${number(pred)}, goal_pred ${number(s.goal_pred)} and an arrow for the miss between them. Bottom left: the squared error against weight, ${bowl}, with weight ${number(s.weight)} marked by a square. Bottom right: pure, absolute and squared error as functions of the miss, with the miss ${number(pred - s.goal_pred)} marked on each.`;
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
    segments: (summary2) => {
      const [head, tail] = emphasised(summary2);
      return [{ text: head }, { text: tail, bold: true }];
    }
  };
}
var compare_default = { render: (context) => mount(context, compareView()) };
export {
  compare_default as default
};
