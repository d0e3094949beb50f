// Built by tools/build_web.mjs from gdcourse/explorers/web/src/views/regime_map.js: do not edit; run `python3 course.py web`.

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
    const keys2 = Object.keys(pending());
    if (copies.size > 0 && keys2.length > 0 && keys2.every((key) => copies.has(key))) {
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
    const label = slider.querySelector(".widget-label");
    const name = label ? label.textContent.trim() : "";
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
  const summary = html("p", { class: "gd-summary" });
  const announcer = html("div", { class: "gd-announce", "aria-live": "polite", role: "status" });
  const controls = html("div", { class: "gd-controls" });
  const figure = html("div", { class: "gd-figure", role: "img" });
  root.append(controls, summary, figure, announcer);
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
      writeSummary(summary, view2.segments(shown.summary));
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
  const keys2 = [...Object.keys(model.get("specs")), ...view2.watch || []];
  for (const key of keys2) model.on(`change:${key}`, redraw);
  model.on("change:exact", newExact);
  if (view2.controls) view2.controls(controls, { model, redraw });
  paceWidgets(model);
  const forget = keepKeys(el);
  paint2();
  return () => {
    forget();
    for (const key of keys2) model.off(`change:${key}`, redraw);
    model.off("change:exact", newExact);
    cancelAnimationFrame(pending);
    clearTimeout(announce);
  };
}

// gdcourse/explorers/web/src/numeric.js
var view = new DataView(new ArrayBuffer(8));
function powerOfTwo(k) {
  if (k >= -1022) {
    view.setUint32(0, k + 1023 << 20);
    view.setUint32(4, 0);
  } else {
    const bit = k + 1074;
    view.setUint32(0, bit >= 32 ? 1 << bit - 32 : 0);
    view.setUint32(4, bit < 32 ? 2 ** bit : 0);
  }
  return view.getFloat64(0);
}
function frexp(x) {
  if (x === 0 || !Number.isFinite(x)) return [x, 0];
  let shift = 0;
  if (Math.abs(x) < powerOfTwo(-1022)) {
    x *= powerOfTwo(64);
    shift = -64;
  }
  view.setFloat64(0, x);
  const high = view.getUint32(0);
  const exponent = (high >>> 20 & 2047) - 1022;
  view.setUint32(0, high & 2148532223 | 1022 << 20);
  return [view.getFloat64(0), exponent + shift];
}
function ldexp(m, e) {
  let y = m;
  let n = e;
  for (let i = 0; i < 2 && n > 1023; i += 1) {
    y *= powerOfTwo(1023);
    n -= 1023;
  }
  if (n > 1023) n = 1023;
  for (let i = 0; i < 2 && n < -1022; i += 1) {
    y *= powerOfTwo(-1022 + 53);
    n += 1022 - 53;
  }
  if (n < -1022) n = -1022;
  return y * powerOfTwo(n);
}
function linspace(low, high, count) {
  const div = count - 1;
  const delta = high - low;
  const step = delta / div;
  const points = new Array(count);
  for (let i = 0; i < count; i += 1) {
    points[i] = (step === 0 ? i / div * delta : i * step) + low;
  }
  if (count > 1) points[count - 1] = high;
  return points;
}
var LN2_HI = 0.6931471803691238;
var LN2_LO = 19082149292705877e-26;
var LN2 = 0.6931471805599453;
var SQRT_HALF = 0.7071067811865476;
var atanhTerms = null;
function portableLog(x) {
  if (!(x > 0)) return x === 0 ? -Infinity : NaN;
  if (x === Infinity) return x;
  let [m, k] = frexp(x);
  if (m < SQRT_HALF) {
    m *= 2;
    k -= 1;
  }
  const f = m - 1;
  const s = f / (2 + f);
  const z = s * s;
  if (atanhTerms === null) atanhTerms = Array.from({ length: 12 }, (_, j) => 2 / (2 * (j + 1) + 1));
  let series = atanhTerms[atanhTerms.length - 1];
  for (let j = atanhTerms.length - 2; j >= 0; j -= 1) series = series * z + atanhTerms[j];
  series = series * z;
  const halfFSquared = 0.5 * f * f;
  return k * LN2_HI + (f + (s * (halfFSquared + series) - halfFSquared + k * LN2_LO));
}

// gdcourse/explorers/web/src/analysis.js
var EDGE_TOLERANCE = 1e-12;
var Regime = Object.freeze({
  ONE_STEP: "converges in one step",
  STEADY: "converges steadily",
  OSCILLATES: "oscillates and converges",
  BOUNCES: "bounces forever",
  DIVERGES: "diverges",
  STAYS: "stays where it is",
  CLIMBS: "climbs away"
});
function regimeOf(r) {
  if (Math.abs(r) <= EDGE_TOLERANCE) return Regime.ONE_STEP;
  if (Math.abs(r + 1) <= EDGE_TOLERANCE) return Regime.BOUNCES;
  if (Math.abs(r - 1) <= EDGE_TOLERANCE) return Regime.STAYS;
  if (r > 1) return Regime.CLIMBS;
  if (r > 0) return Regime.STEADY;
  if (r > -1) return Regime.OSCILLATES;
  return Regime.DIVERGES;
}
function alphaInputSquared(input, alpha) {
  const [mInput, eInput] = frexp(input);
  const [mAlpha, eAlpha] = frexp(alpha);
  return ldexp(mAlpha * (mInput * mInput), eAlpha + 2 * eInput);
}
function convergenceFactor(input, alpha) {
  return 1 - alphaInputSquared(input, alpha);
}
function shownApart(x, edges = [-1, 0, 1]) {
  for (let digits = 3; digits < 18; digits += 1) {
    const text = format(x, `.${digits}g`);
    const value = Number(text);
    if (!edges.some((edge) => value === edge && Math.abs(x - edge) > EDGE_TOLERANCE)) return text;
  }
  return repr(x);
}
function logAbsMiss(weight, input, goalPred) {
  const [mInput, eInput] = frexp(input);
  const [mWeight, eWeight] = frexp(weight);
  const [mGoalPred, eGoalPred] = frexp(goalPred);
  const ePred = eInput + eWeight;
  const top = Math.max(ePred, eGoalPred);
  const miss = ldexp(mInput * mWeight, ePred - top) - ldexp(mGoalPred, eGoalPred - top);
  return portableLog(Math.abs(miss)) + top * LN2;
}
function cellOf(r) {
  const kind = regimeOf(r);
  const shrinks = kind === Regime.STEADY || kind === Regime.OSCILLATES;
  return { kind, logR: shrinks ? portableLog(Math.abs(r)) : NaN };
}
function stepsFrom({ kind, logR }, logError0, logTolerance) {
  let steps = Infinity;
  if (kind === Regime.STEADY || kind === Regime.OSCILLATES) {
    const guess = Math.ceil((logTolerance - logError0) / (2 * logR));
    let k = Number.isFinite(guess) ? Math.max(1, guess) : 1;
    for (let turn = 0; turn < 8; turn += 1) {
      const lower = k > 1 && logError0 + 2 * (k - 1) * logR < logTolerance;
      const higher = logError0 + 2 * k * logR >= logTolerance;
      if (!lower && !higher) break;
      k = k - Number(lower) + Number(higher);
    }
    steps = k;
  }
  if (kind === Regime.ONE_STEP) steps = 1;
  return logError0 < logTolerance ? 0 : steps;
}
function factorFromParts([mInput, eInput], [mAlpha, eAlpha]) {
  return 1 - ldexp(mAlpha * (mInput * mInput), eAlpha + 2 * eInput);
}
function countSteps(weight, input, goalPred, alpha, tolerance = 1e-6) {
  const cell = cellOf(factorFromParts(frexp(input), frexp(alpha)));
  return stepsFrom(cell, 2 * logAbsMiss(weight, input, goalPred), portableLog(tolerance));
}
var gridCells = /* @__PURE__ */ new WeakMap();
function cellsOf(inputs, alphas) {
  const kept = gridCells.get(alphas);
  if (kept && kept.inputs === inputs) return kept.rows;
  const inputParts = inputs.map(frexp);
  const rows = alphas.map((alpha) => {
    const parts = frexp(alpha);
    return inputParts.map((inputPart) => cellOf(factorFromParts(inputPart, parts)));
  });
  gridCells.set(alphas, { inputs, rows });
  return rows;
}
function countStepsGrid(weight, goalPred, inputs, alphas, tolerance = 1e-6) {
  const logTolerance = portableLog(tolerance);
  const logErrors0 = inputs.map((input) => 2 * logAbsMiss(weight, input, goalPred));
  return cellsOf(inputs, alphas).map((row) => row.map((cell, j) => stepsFrom(cell, logErrors0[j], logTolerance)));
}

// gdcourse/explorers/web/src/regime_map.js
var INPUT_RANGE = [-3, 3];
var ALPHA_RANGE = [1e-3, 10];
var TOLERANCE = 1e-6;
var CELLS = 120;
var CURVE_POINTS = 150;
var BAND_EDGES = [2, 6, 21, 101, 1001];
var BAND_NAMES = ["0 or 1", "2 to 5", "6 to 20", "21 to 100", "101 to 1000", "more than 1000"];
var BAND_COLOURS = ["#00224e", "#35456c", "#666970", "#948e77", "#c8b866", "#fee838"];
var NEVER_COLOUR = "#d9d9d9";
var NEVER = BAND_NAMES.length;
var CURVE_LABELS = [
  { product: 1, text: "one step", at: -2.55, above: false },
  { product: 2, text: "the edge", at: -2.55, above: true }
];
var SIDES = {
  [Regime.STAYS]: "about 0: the weight barely moves",
  [Regime.CLIMBS]: "below 0: every step climbs away from the goal weight",
  [Regime.STEADY]: "below 1: the steps stay on one side",
  [Regime.ONE_STEP]: "1: the first step lands on the goal weight",
  [Regime.OSCILLATES]: "between 1 and 2: each step overshoots, by less each time",
  [Regime.BOUNCES]: "2 or more: the overshoots never shrink",
  [Regime.DIVERGES]: "2 or more: the overshoots never shrink"
};
var INV_LN2 = 1.4426950408889634;
var EXP_TERMS = [];
for (let j = 0, factorial = 1; j < 15; j += 1, factorial *= j) EXP_TERMS.push(1 / factorial);
function portableExp(y) {
  const n = Math.floor(y * INV_LN2 + 0.5);
  const t = y - n * LN2_HI - n * LN2_LO;
  let tail = EXP_TERMS[EXP_TERMS.length - 1];
  for (let j = EXP_TERMS.length - 2; j >= 2; j -= 1) tail = tail * t + EXP_TERMS[j];
  return ldexp(1 + (t + t * t * tail), n);
}
function geometric(low, high, count) {
  const points = linspace(portableLog(low), portableLog(high), count).map(portableExp);
  points[0] = low;
  points[count - 1] = high;
  return points;
}
var cachedGrid = null;
function grid() {
  if (cachedGrid === null) {
    const inputEdges = linspace(INPUT_RANGE[0], INPUT_RANGE[1], CELLS + 1);
    const alphaEdges = geometric(ALPHA_RANGE[0], ALPHA_RANGE[1], Math.floor(2 * CELLS / 3) + 1);
    const inputCentres = inputEdges.slice(0, -1).map((x, j) => (x + inputEdges[j + 1]) / 2);
    const alphaCentres = alphaEdges.slice(0, -1).map((a, i) => Math.sqrt(a * alphaEdges[i + 1]));
    cachedGrid = { inputEdges, alphaEdges, inputCentres, alphaCentres };
  }
  return cachedGrid;
}
function bandOf(steps) {
  if (!Number.isFinite(steps)) return NEVER;
  let band = 0;
  while (band < BAND_EDGES.length && BAND_EDGES[band] <= steps) band += 1;
  return band;
}
function neverPath(steps, inputEdges, alphaEdges) {
  const vertices = [];
  const top = alphaEdges[alphaEdges.length - 1];
  for (let column = 0; column < inputEdges.length - 1; column += 1) {
    const row = steps.findIndex((cells) => !Number.isFinite(cells[column]));
    if (row < 0) continue;
    const [x0, x1, y0] = [inputEdges[column], inputEdges[column + 1], alphaEdges[row]];
    vertices.push([x0, y0], [x1, y0], [x1, top], [x0, top], [x0, y0]);
  }
  return vertices.length ? vertices : [[0, 0]];
}
function shade(weight, goalPred) {
  const { inputEdges, alphaEdges, inputCentres, alphaCentres } = grid();
  const steps = countStepsGrid(weight, goalPred, inputCentres, alphaCentres, TOLERANCE);
  const bands = steps.map((row) => row.map(bandOf));
  return { weight, goalPred, steps, bands, never: neverPath(steps, inputEdges, alphaEdges) };
}
var curves = /* @__PURE__ */ new Map();
function boundary(product) {
  if (!curves.has(product)) {
    const near = Math.sqrt(product / ALPHA_RANGE[1]);
    const side = geometric(near, INPUT_RANGE[1], CURVE_POINTS);
    const xs = [...side.map((x) => -x).reverse(), NaN, ...side];
    curves.set(product, xs.map((x) => [x, product / (x * x)]));
  }
  return curves.get(product);
}
function where(settings, tolerance = TOLERANCE) {
  const { weight, input, goal_pred: goalPred, alpha } = settings;
  if (input === 0) {
    if (goalPred !== 0) return `input 0: every prediction is 0, so no weight reaches goal_pred ${format(goalPred, "g")}`;
    return "input 0 and goal_pred 0: every prediction is already right";
  }
  const product = alphaInputSquared(input, alpha);
  const side = SIDES[regimeOf(convergenceFactor(input, alpha))];
  const steps = countSteps(weight, input, goalPred, alpha, tolerance);
  const below = format(tolerance, "g");
  const count = Number.isFinite(steps) ? `the error is below ${below} after ${steps} update${steps === 1 ? "" : "s"}` : `the error never gets below ${below}`;
  return `alpha·input² = ${shownApart(product, [0, 1, 2])}, ${side}; ${count}`;
}
function mapWords(settings) {
  const s = settings;
  const g = (x) => format(x, "g");
  return `Regime map for start weight ${g(s.weight)} and goal_pred ${g(s.goal_pred)}: alpha (log scale, ${g(ALPHA_RANGE[0])} to ${g(ALPHA_RANGE[1])}) against input (${g(INPUT_RANGE[0])} to ${g(INPUT_RANGE[1])}), shaded from dark (few updates) to light (many) until the error is below ${g(TOLERANCE)}, hatched grey where it never is; the dashed curve alpha·input² = 1 lands in one step, the solid curve alpha·input² = 2 bounces forever. The circle marks input ${g(s.input)}, alpha ${format(s.alpha, ".3g")}`;
}
function caption(settings) {
  return `${mapWords(settings)}: ${where(settings)}.`;
}
function roundHalfEven(x) {
  const nearest = Math.abs(x % 1) === 0.5 ? 2 * Math.round(x / 2) : Math.round(x);
  return nearest + 0;
}
function clickSetting(input, alpha, specs) {
  const { low, high, step } = specs.input;
  const snapped = Math.min(Math.max(roundHalfEven(input / step) * step, low), high);
  const rounded = Math.min(Math.max(Number(format(alpha, ".2g")), specs.alpha.low), specs.alpha.high);
  return { input: roundTo(snapped, 2), alpha: rounded };
}
function frame(settings, memory = null) {
  const s = settings;
  const kept = memory === null ? null : memory.shading;
  const same = kept !== null && kept.weight === s.weight && kept.goalPred === s.goal_pred;
  const shading = same ? kept : shade(s.weight, s.goal_pred);
  const { inputCentres, alphaCentres } = grid();
  const drawn = {
    marker: [[s.input, s.alpha]],
    one_step_curve: boundary(1),
    edge_curve: boundary(2),
    map_steps: shading.steps,
    map_bands: shading.bands,
    map_inputs: inputCentres,
    map_alphas: alphaCentres,
    never_path: shading.never,
    map_limits: [INPUT_RANGE.slice(), ALPHA_RANGE.slice()]
  };
  return { drawn, summary: where(s), caption: caption(s), name: `${mapWords(s)}.`, reshaded: !same, shading, memory: { shading } };
}
function firstFrame(settings) {
  return frame(settings, null);
}
function rgb(hex) {
  return [1, 3, 5].map((k) => parseInt(hex.slice(k, k + 2), 16));
}
var SHADES = [...BAND_COLOURS, NEVER_COLOUR].map(rgb);
function bandPixels(bands) {
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
function panel(svg, box, { xlabel = "", ylabel = "", title = "", ylog = false, yticks = null }) {
  const group = make("g", { class: "gd-panel" }, svg);
  const id = uid("gd-clip");
  const clip = make("clipPath", { id }, make("defs", {}, group));
  make("rect", { x: box.left, y: box.top, width: box.width, height: box.height }, clip);
  const grid2 = make("g", { class: "gd-grid" }, group);
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
  const lines = pool(grid2, "line");
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

// gdcourse/explorers/web/src/views/regime_map.js
var PX = 100 / 72;
var WIDTH = 800;
var HEIGHT = 300;
var BOX = { left: 0.1 * WIDTH, top: 0.05 * HEIGHT, width: 0.58 * WIDTH, height: 0.8 * HEIGHT };
var BOTTOM = BOX.top + BOX.height;
var KEY_SIZE = 8 * PX;
var HALO = 4 * PX;
var LINE = 2 * PX;
var DASHES = `${3.7 * LINE} ${1.6 * LINE}`;
var MARKER = { radius: 6.5 * PX, width: 3 * PX };
var HATCH = { spacing: 100 / 9, colour: "#595959", width: 1 * PX };
var EDGE_GREY = "#808080";
var NEVER_EDGE = "#595959";
var HINT = "Click anywhere on the map to move input and alpha there.";
var X = (input) => BOX.left + (input - INPUT_RANGE[0]) / (INPUT_RANGE[1] - INPUT_RANGE[0]) * BOX.width;
var LOG_LOW = Math.log10(ALPHA_RANGE[0]);
var LOG_SPAN = Math.log10(ALPHA_RANGE[1]) - LOG_LOW;
var Y = (alpha) => BOTTOM - (Math.log10(alpha) - LOG_LOW) / LOG_SPAN * BOX.height;
function dataAt(x, y) {
  if (!(x >= BOX.left && x <= BOX.left + BOX.width && y >= BOX.top && y <= BOTTOM)) return null;
  const input = INPUT_RANGE[0] + (x - BOX.left) / BOX.width * (INPUT_RANGE[1] - INPUT_RANGE[0]);
  const alpha = 10 ** (LOG_LOW + (BOTTOM - y) / BOX.height * LOG_SPAN);
  const clamp = (v, [low, high]) => Math.min(Math.max(v, low), high);
  return { input: clamp(input, INPUT_RANGE), alpha: clamp(alpha, ALPHA_RANGE) };
}
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
function haloText(parent, attrs, text) {
  const node = make("text", { stroke: "#fff", "stroke-width": HALO, "stroke-linejoin": "round", "paint-order": "stroke", ...attrs }, parent);
  setText(node, text);
  return node;
}
function hatchPattern(defs) {
  const id = uid("gd-hatch");
  const s = HATCH.spacing;
  const tile = make("pattern", { id, width: s, height: s, patternUnits: "userSpaceOnUse" }, defs);
  const d = `M0,${s} L${s},0 M${-s / 2},${s / 2} L${s / 2},${-s / 2} M${s / 2},${1.5 * s} L${1.5 * s},${s / 2}`;
  make("path", { d, stroke: HATCH.colour, "stroke-width": HATCH.width }, tile);
  return `url(#${id})`;
}
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
  axes.update(INPUT_RANGE, ALPHA_RANGE);
  const ticks = axes.group.querySelector(".gd-ticks");
  if (ticks) alphaTicks(ticks);
  const ylabel = make("text", { class: "gd-label", "text-anchor": "middle" }, axes.group);
  setText(ylabel, "alpha (log scale)");
  set(ylabel, { transform: `translate(${BOX.left - 58},${BOX.top + BOX.height / 2}) rotate(-90)` });
  const L = axes.inside;
  const { inputEdges, alphaEdges } = grid();
  const mesh = html("canvas", { class: "gd-map-mesh", width: inputEdges.length - 1, height: alphaEdges.length - 1, "aria-hidden": "true" });
  figure.prepend(mesh);
  const never = make("path", { fill: hatch, stroke: "none" }, L);
  const curves2 = [true, false].map((dashed) => {
    const dash = dashed ? DASHES : null;
    const halo = make("path", { fill: "none", stroke: "#fff", "stroke-width": HALO, "stroke-dasharray": dash }, L);
    const line = make("path", { fill: "none", stroke: BLACK, "stroke-width": LINE, "stroke-dasharray": dash }, L);
    return { halo, line };
  });
  for (const { product, text, at, above } of CURVE_LABELS) {
    const y = Y((above ? 1.25 : 0.8) * product / (at * at));
    haloText(L, { x: X(at), y: above ? y - 0.25 * KEY_SIZE : y + 0.8 * KEY_SIZE, "text-anchor": "middle", "font-size": KEY_SIZE }, text);
  }
  const marker = make("circle", { r: MARKER.radius, fill: "#fff", stroke: VERMILION, "stroke-width": MARKER.width }, L);
  const target = make("rect", {
    x: BOX.left,
    y: BOX.top,
    width: BOX.width,
    height: BOX.height,
    fill: "none",
    "pointer-events": "all",
    style: "cursor: crosshair"
  }, svg);
  keys(svg, hatch);
  return { svg, mesh, never, curves: curves2, marker, target, shading: null };
}
function keys(svg, hatch) {
  const g = make("g", { class: "gd-legend" }, svg);
  const left = BOX.left + 1.02 * BOX.width + 0.5 * KEY_SIZE;
  const centre = left + 94.5;
  ["updates until", `error < ${format(TOLERANCE, "g")}`].forEach((line, k) => {
    make("text", { x: centre, y: 34.5 + k * 13.6, "text-anchor": "middle", "font-size": KEY_SIZE }, g).textContent = line;
  });
  const handle = 2 * KEY_SIZE;
  const x = left + 0.4 * KEY_SIZE;
  const row = (k) => 62.9 + k * 17.2;
  const word = (k, text) => {
    make("text", { x: x + handle + 0.8 * KEY_SIZE, y: row(k) + 0.35 * KEY_SIZE, "font-size": KEY_SIZE }, g).textContent = text;
  };
  const box = (k, fill, stroke) => make("rect", { x, y: row(k) - 0.35 * KEY_SIZE, width: handle, height: 0.7 * KEY_SIZE, fill, stroke, "stroke-width": PX }, g);
  BAND_NAMES.forEach((name, k) => {
    box(k, BAND_COLOURS[k], EDGE_GREY);
    word(k, name);
  });
  box(NEVER, NEVER_COLOUR, NEVER_EDGE);
  box(NEVER, hatch, NEVER_EDGE);
  word(NEVER, "never");
  const lines = [
    ["alpha·input² = 1: one step", DASHES],
    ["alpha·input² = 2: the edge", null]
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
    const context = parts.mesh.getContext("2d");
    const image = context.createImageData(d.map_bands[0].length, d.map_bands.length);
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
    label: (shown) => shown.name,
    // the still's caption up to the sentence under the map, word for word
    segments: (summary) => [{ text: summary }],
    // the kernel shows this sentence with no bold
    controls: (box, { model, redraw }) => {
      box.append(html("small", {}, HINT));
      parts.svg.addEventListener("click", (event) => {
        const rect = parts.svg.getBoundingClientRect();
        if (!(rect.width > 0 && rect.height > 0)) return;
        const spot = dataAt((event.clientX - rect.left) * WIDTH / rect.width, (event.clientY - rect.top) * HEIGHT / rect.height);
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
    }
  };
}
var SHEET2 = `.gd-view .gd-map-summary { margin: 0.3em 0 0.2em; min-height: 2.6em; }
.gd-view.gd-view-regime_map .gd-figure { position: relative; background: #fff; }
.gd-view.gd-view-regime_map svg { position: relative; background: transparent; }
.gd-view-regime_map .gd-map-mesh { position: absolute; left: ${100 * BOX.left / WIDTH}%; top: ${100 * BOX.top / HEIGHT}%;
  width: ${100 * BOX.width / WIDTH}%; height: ${100 * BOX.height / HEIGHT}%; image-rendering: pixelated;
  will-change: transform; }`;
var regime_map_default = {
  render(context) {
    const cleanup = mount(context, regimeMapView());
    const sentence = context.el.querySelector(".gd-view-regime_map .gd-summary");
    if (sentence) sentence.setAttribute("class", "gd-map-summary");
    if (!document.getElementById("gd-regime-map-style")) {
      const style = document.createElement("style");
      style.id = "gd-regime-map-style";
      setText(style, SHEET2);
      document.head.append(style);
    }
    return cleanup;
  }
};
export {
  regime_map_default as default
};
