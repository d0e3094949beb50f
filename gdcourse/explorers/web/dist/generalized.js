// Built by tools/build_web.mjs from gdcourse/explorers/web/src/views/generalized.js: do not edit; run `python3 course.py web`.

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
  let held2 = [];
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
    if (!waiting && Object.keys(pending()).length > 0) send(held2);
  };
  model.save_changes = (...args) => {
    held2 = args;
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
      send(held2);
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
function boldBeforeColons(parts) {
  const segments = [];
  parts.forEach((part, k) => {
    if (k > 0) segments.push({ text: ". " });
    const colon = part.indexOf(":");
    if (colon < 0) segments.push({ text: part });
    else segments.push({ text: part.slice(0, colon), bold: true }, { text: part.slice(colon) });
  });
  return segments;
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
function square(x) {
  return x * x;
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

// gdcourse/explorers/web/src/analysis.js
var EDGE_TOLERANCE = 1e-12;
var DIVERGED_ERROR = 1e16;
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

// gdcourse/explorers/web/src/framing.js
var LOOSEST = 3;
var ROOM = 1.3;
function niceCeiling(x) {
  const base = Number(`1e${Math.floor(Math.log10(x))}`);
  for (const m of [1, 2, 5, 10]) {
    if (m * base >= x * (1 - 1e-12)) return m * base;
  }
  return 10 * base;
}
function errorTop(curveTop, current = null) {
  const scaled2 = curveTop * 1.1;
  const need = scaled2 === 0 ? 1 : scaled2;
  if (current === null) return need;
  return need <= current && current <= LOOSEST * need ? current : need * 2;
}
function stepAxisEnd(iterations) {
  return 5 * Math.max(Math.ceil(iterations / 5), 1);
}

// gdcourse/explorers/web/src/parabola.js
var ERROR_FLOOR = 1e-16;
var ERROR_CEILING = DIVERGED_ERROR;
var ERROR_LIMITS = [ERROR_FLOOR / 10, ERROR_CEILING * 10];

// gdcourse/explorers/web/src/compare.js
function number(x) {
  const text = format(x, ".4g");
  return text === "-0" ? "0" : text;
}

// gdcourse/explorers/web/src/generalized_run.js
var GAME_INPUTS = [
  [8.5, 0.65, 1.2],
  [9.5, 0.8, 1.3],
  [9.9, 0.8, 0.5],
  [9, 0.9, 1]
];
var WIN_OR_LOSE = [1, 1, 0, 1];
var WEIGHT_NAMES = ["a", "b", "c"];
var INPUT_NAMES = ["toes", "win/loss", "fans"];
var GAME_CHOICES = ["first", "all"];
var PLANES = [
  ["a", "b"],
  ["a", "c"],
  ["b", "c"]
];
function gamesOf(settings) {
  const inputs = settings.games === "first" ? GAME_INPUTS.slice(0, 1) : GAME_INPUTS;
  return [inputs, WIN_OR_LOSE.slice(0, inputs.length)];
}
function wSum(a, b) {
  let out = 0;
  for (let k = 0; k < a.length; k += 1) out += a[k] * b[k];
  return out;
}
function learnGames(start, inputs, goalPreds, alpha, iterations, frozen) {
  let weights = start.slice();
  const recorded = [];
  let divergedAt = null;
  for (let step = 0; step < iterations; step += 1) {
    const input = inputs[step % inputs.length];
    const goalPred = goalPreds[step % inputs.length];
    const pred = wSum(input, weights);
    const error = square(pred - goalPred);
    const delta = pred - goalPred;
    const weightDeltas = input.map((x, j) => frozen[j] ? 0 : delta * x);
    let all = 0;
    for (const wd of weightDeltas) all += wd;
    if (!Number.isFinite(error + all)) {
      divergedAt = step;
      break;
    }
    recorded.push(weights);
    weights = weights.map((w, j) => w - alpha * weightDeltas[j]);
  }
  return { weights: recorded, finalWeights: weights, diverged: divergedAt !== null, divergedAt, games: inputs.length };
}
function totalError(weights, inputs, goalPreds) {
  let total = 0;
  inputs.forEach((x, g) => {
    total += square(wSum(x, weights) - goalPreds[g]);
  });
  return Number.isFinite(total) ? total : Infinity;
}
function trajectoryOf(settings) {
  const [inputs, goalPreds] = gamesOf(settings);
  const s = settings;
  return learnGames([s.a, s.b, s.c], inputs, goalPreds, s.alpha, s.iterations * inputs.length, s.frozen);
}
function pathOf(settings) {
  const run = trajectoryOf(settings);
  const [inputs, goalPreds] = gamesOf(settings);
  const weights = run.weights.filter((_, k) => k % run.games === 0);
  if (!run.diverged) weights.push(run.finalWeights);
  return { run, weights, errors: weights.map((w) => totalError(w, inputs, goalPreds)) };
}
function learningInputs(input, frozen) {
  return input.filter((_, k) => !frozen[k]);
}
function sumOfSquares(xs) {
  let total = 0;
  for (const x of xs) total += x * x;
  return total;
}
function sharedFactor(input, alpha, frozen) {
  return 1 - alpha * sumOfSquares(learningInputs(input, frozen));
}
function sharedRegime(input, alpha, frozen) {
  return regimeOf(convergenceFactor(Math.sqrt(sumOfSquares(learningInputs(input, frozen))), alpha));
}
function matmul(a, b) {
  return a.map((row) => b[0].map((_, j) => row.reduce((sum, value, k) => k === 0 ? value * b[0][j] : sum + value * b[k][j], 0)));
}
function polish(coefficients, x) {
  let best = x;
  for (let k = 0; k < 12; k += 1) {
    let value = 0;
    let slope = 0;
    for (const c of coefficients) {
      slope = slope * best + value;
      value = value * best + c;
    }
    const next = best - value / slope;
    if (!Number.isFinite(next) || next === best) break;
    best = next;
  }
  return best;
}
function rootsOf(coefficients) {
  if (coefficients.length === 3) {
    const [, b2, c2] = coefficients;
    const half = -b2 / 2;
    const disc = half * half - c2;
    if (disc < 0) return [[half, Math.sqrt(-disc)], [half, -Math.sqrt(-disc)]];
    const larger = half + (half >= 0 ? Math.sqrt(disc) : -Math.sqrt(disc));
    const smaller = larger !== 0 ? c2 / larger : 0;
    return [larger, smaller].map((x) => [polish(coefficients, x), 0]);
  }
  const [, b, c, d] = coefficients;
  const bound = 1 + Math.max(Math.abs(b), Math.abs(c), Math.abs(d));
  const at = (x) => ((x + b) * x + c) * x + d;
  let low = -bound;
  let high = bound;
  for (let k = 0; k < 2100; k += 1) {
    const middle = (low + high) / 2;
    if (middle <= low || middle >= high) break;
    if (at(middle) < 0) low = middle;
    else high = middle;
  }
  const root = polish(coefficients, (low + high) / 2);
  const p = b + root;
  const q = Math.abs(root) > 1 ? -d / root : c + p * root;
  const others = rootsOf([1, p, q]).map(([re, im]) => im === 0 ? [polish(coefficients, re), 0] : [re, im]);
  return [[root, 0], ...others];
}
function spectralRadius(m) {
  const n = m.length;
  if (n === 1) return Math.abs(m[0][0]);
  const e = m.map((row, i) => row.map((v, j) => i === j ? v - 1 : v));
  let coefficients;
  if (n === 2) {
    coefficients = [1, -(e[0][0] + e[1][1]), e[0][0] * e[1][1] - e[0][1] * e[1][0]];
  } else {
    const t = e[0][0] + e[1][1] + e[2][2];
    const minors = e[0][0] * e[1][1] - e[0][1] * e[1][0] + (e[0][0] * e[2][2] - e[0][2] * e[2][0]) + (e[1][1] * e[2][2] - e[1][2] * e[2][1]);
    const det = e[0][0] * (e[1][1] * e[2][2] - e[1][2] * e[2][1]) - e[0][1] * (e[1][0] * e[2][2] - e[1][2] * e[2][0]) + e[0][2] * (e[1][0] * e[2][1] - e[1][1] * e[2][0]);
    coefficients = [1, -t, minors, -det];
  }
  const sizes = rootsOf(coefficients).map(([re, im]) => im === 0 ? Math.abs(1 + re) : Math.sqrt(square(1 + re) + square(im)));
  return Math.max(...sizes);
}
function passFactor(inputs, alpha, frozen) {
  const learning = inputs.map((row) => learningInputs(row, frozen));
  const size = learning[0].length;
  if (size === 0) return 1;
  const eye = (i, j) => i === j ? 1 : 0;
  let product = learning[0].map((_, i) => learning[0].map((__, j) => eye(i, j)));
  for (const x of learning) {
    const step = x.map((xi, i) => x.map((xj, j) => eye(i, j) - alpha * (xi * xj)));
    product = matmul(step, product);
  }
  const radius = spectralRadius(product);
  return Number.isFinite(radius) ? radius : Infinity;
}
function roundHalfEven(x) {
  const whole = Math.floor(x);
  const part = x - whole;
  if (part < 0.5) return whole;
  if (part > 0.5) return whole + 1;
  return whole % 2 === 0 ? whole : whole + 1;
}
function factorStr(x) {
  for (let digits = 3; digits < 12; digits += 1) {
    const text = format(x, `.${digits}g`);
    if (Number(text) !== roundHalfEven(x) || x === roundHalfEven(x)) return text;
  }
  return repr(x);
}
function moves(settings, weights) {
  const last = weights[weights.length - 1];
  const parts = WEIGHT_NAMES.map(
    (name, k) => settings.frozen[k] ? `${name} frozen` : `${name} ${format(last[k] - weights[0][k], "+.3g")}`
  );
  return `weights moved ${parts.join(", ")}`;
}
var GROWS_FIRST = "converges in the long run, though the error grows first";
function summary(settings, path) {
  const s = settings;
  const { weights, errors, run } = path;
  let plural = s.iterations === 1 ? "step" : "steps";
  let over = "error";
  let words;
  let rate;
  if (s.games === "first") {
    words = sharedRegime(GAME_INPUTS[0], s.alpha, s.frozen);
    rate = `r = ${factorStr(sharedFactor(GAME_INPUTS[0], s.alpha, s.frozen))}`;
  } else {
    const factor = passFactor(gamesOf(s)[0], s.alpha, s.frozen);
    words = factor < 1 ? "converges" : factor > 1 ? "diverges" : Regime.STAYS;
    if (factor < 1 && !(errors[errors.length - 1] <= errors[0])) words = GROWS_FIRST;
    rate = `factor ${factorStr(factor)} per pass`;
    plural = s.iterations === 1 ? "pass" : "passes";
    over = "error over the four games";
  }
  if (s.frozen.every((frozen) => frozen)) {
    return `${Regime.STAYS}: every weight is frozen, so nothing learns (${over} ${number(errors[0])})`;
  }
  if (run.diverged || !errors.every((e) => Number.isFinite(e)) || Math.max(...errors) > DIVERGED_ERROR) {
    return `${words}: ${rate}; ${over} above ${format(DIVERGED_ERROR, ".0e")} within ${s.iterations} ${plural}`;
  }
  const end = `${over} ${number(errors[0])} → ${number(errors[errors.length - 1])} after ${s.iterations} ${plural}`;
  return `${words}: ${rate}; ${end}; ${moves(s, weights)}`;
}

// gdcourse/explorers/web/src/surface.js
var ELLIPSE_POINTS = 241;
var TURN_COS = 0.9996573249755573;
var TURN_SIN = 0.026176948307873153;
function unitCircle() {
  const eighth = (ELLIPSE_POINTS - 1) / 8;
  let cos = [1];
  let sin = [0];
  for (let k = 0; k < eighth; k += 1) {
    const c = cos[cos.length - 1];
    const s = sin[sin.length - 1];
    cos.push(c * TURN_COS - s * TURN_SIN);
    sin.push(s * TURN_COS + c * TURN_SIN);
  }
  const quarter = 2 * eighth;
  const mirrored = (list) => list.slice(1, eighth).reverse();
  [cos, sin] = [cos.concat(mirrored(sin)), sin.concat(mirrored(cos))];
  const xs = [];
  const ys = [];
  for (let k = 0; k < 4 * quarter; k += 1) {
    const c = cos[k % quarter];
    const s = sin[k % quarter];
    const turn = Math.floor(k / quarter);
    xs.push([c, -s, -c, s][turn]);
    ys.push([s, c, -s, -c][turn]);
  }
  xs.push(1);
  ys.push(0);
  return [xs, ys];
}
var [CIRCLE_COS, CIRCLE_SIN] = unitCircle();
var pyMax2 = (a, b) => b > a ? b : a;
var pyMin2 = (a, b) => b < a ? b : a;
function wSum2(xs, ws) {
  let out = 0;
  for (let k = 0; k < xs.length; k += 1) out += xs[k] * ws[k];
  return out;
}
function errorsAlong(weights, index, values, inputs, goalPreds) {
  return values.map((value) => {
    let total = 0;
    inputs.forEach((game, g) => {
      let pred = 0;
      game.forEach((x, k) => {
        pred += k === index ? x * value : x * weights[k];
      });
      const miss = pred - goalPreds[g];
      total += miss * miss;
    });
    return total;
  });
}
function sliceQuadratic(inputs, goalPreds, plane, held2, heldValue) {
  const targets = inputs.map((row, g) => goalPreds[g] - row[held2] * heldValue);
  const us = inputs.map((row) => row[plane[0]]);
  const vs = inputs.map((row) => row[plane[1]]);
  return [[wSum2(us, us), wSum2(us, vs), wSum2(vs, vs)], [wSum2(us, targets), wSum2(vs, targets)], wSum2(targets, targets)];
}
function clipSegment(p, q, box) {
  const [x0, x1, y0, y1] = box;
  const [px, py] = p;
  const [qx, qy] = q;
  const dx = qx - px;
  const dy = qy - py;
  let low = 0;
  let high = 1;
  for (const [delta, start, lo, hi] of [[dx, px, x0, x1], [dy, py, y0, y1]]) {
    if (delta === 0) {
      if (!(lo <= start && start <= hi)) return null;
      continue;
    }
    const t1 = (lo - start) / delta;
    const t2 = (hi - start) / delta;
    low = pyMax2(low, pyMin2(t1, t2));
    high = pyMin2(high, pyMax2(t1, t2));
    if (low > high) return null;
  }
  return [[px + low * dx, py + low * dy], [px + high * dx, py + high * dy]].map(([x, y]) => [
    pyMin2(pyMax2(x, x0), x1),
    pyMin2(pyMax2(y, y0), y1)
  ]);
}
var Surface = class {
  constructor([[p, q, r], [b0, b1], c]) {
    Object.assign(this, { p, q, r, b0, b1, c });
    const mean = (p + r) * 0.5;
    const halfGap = (p - r) * 0.5;
    const radius = Math.sqrt(halfGap * halfGap + q * q);
    const big = mean + radius;
    const small = big !== 0 ? (p * r - q * q) / big : mean - radius;
    const [vx, vy] = halfGap >= 0 ? [halfGap + radius, q] : [q, radius - halfGap];
    const size = Math.sqrt(vx * vx + vy * vy);
    this.small = small;
    this.big = big;
    this.normal = size ? [vx / size, vy / size] : [1, 0];
  }
  get isTrough() {
    return this.small <= 1e-12 * pyMax2(this.big, 1e-300);
  }
  /** The error at (u, v): u.(A u) - 2 b.u + c, in that order. */
  errorAt(u, v) {
    const { p, q, r, b0, b1, c } = this;
    return u * (p * u + q * v) + v * (q * u + r * v) - 2 * (u * b0 + v * b1) + c;
  }
  /** [unit normal across the trough, n.(A n)]. */
  across() {
    const { p, q, r } = this;
    const [nx, ny] = this.normal;
    return [[nx, ny], nx * (p * nx + q * ny) + ny * (q * nx + r * ny)];
  }
  /** [where the error is lowest (a trough: the foot nearest `near`), the lowest error]. */
  lowest(near) {
    const { p, q, r, b0, b1 } = this;
    let foot;
    if (this.isTrough) {
      const [[nx, ny], curvature] = this.across();
      const level = (b0 * nx + b1 * ny) / curvature;
      const along = nx * near[0] + ny * near[1] - level;
      foot = [near[0] - along * nx, near[1] - along * ny];
    } else {
      const det = p * r - q * q;
      foot = [(r * b0 - q * b1) / det, (p * b1 - q * b0) / det];
    }
    return [foot, pyMax2(this.errorAt(foot[0], foot[1]), 0)];
  }
  /** The part inside the box of the line through (cx, cy) along the trough, or null. */
  lineAlong(cx, cy, box) {
    const [[nx, ny]] = this.across();
    const [ax, ay] = [-ny, nx];
    const span = 4 * pyMax2(Math.abs(box[1] - box[0]), Math.abs(box[3] - box[2])) + (Math.abs(cx) + Math.abs(cy));
    return clipSegment([cx - span * ax, cy - span * ay], [cx + span * ax, cy + span * ay], box);
  }
  /** A trough's line of lowest error inside the box: its two ends, or none. */
  bottomLine(box, near) {
    const [bottom] = this.lowest(near);
    return this.lineAlong(bottom[0], bottom[1], box) || [];
  }
  /** The points at error `level` inside the box, one polyline with [NaN, NaN] between pieces. */
  levelLine(level, box, near) {
    const [bottom, lowest] = this.lowest(near);
    const spare = level - lowest;
    if (spare <= 0) return [];
    const [bx, by] = bottom;
    const [[nx, ny], curvature] = this.across();
    if (this.isTrough) {
      const offset = Math.sqrt(spare / curvature);
      const pieces = [];
      for (const side of [-1, 1]) {
        const clipped = this.lineAlong(bx + side * offset * nx, by + side * offset * ny, box);
        if (clipped !== null) pieces.push(...clipped, [NaN, NaN]);
      }
      return pieces;
    }
    const alongSmall = Math.sqrt(spare / this.small);
    const alongBig = Math.sqrt(spare / this.big);
    const [sx, sy] = [-ny, nx];
    return CIRCLE_COS.map((cosine, k) => {
      const c = cosine * alongSmall;
      const s = CIRCLE_SIN[k] * alongBig;
      const x = bx + (sx * c + nx * s);
      const y = by + (sy * c + ny * s);
      const inside = x >= box[0] && x <= box[1] && y >= box[2] && y <= box[3];
      return inside ? [x, y] : [NaN, NaN];
    });
  }
};

// gdcourse/explorers/web/src/generalized.js
var CURVE_POINTS = 161;
var MIN_ERROR_TOP = 0.01;
var MIN_REACH = 0.1;
var FRAMED = 3;
var SETTLED_WEIGHT = 1e3;
var SETTLED_ERROR = 1e6;
var NUMBERED_POINTS = 10;
var NUMBER_SPACING = 10;
var LEVELS = 7;
var FIGURE = [8, 6];
var BOXES = {
  a: [0.1, 0.6901082882132445, 0.23046874999999997, 0.2598917117867554],
  b: [0.427265625, 0.6901082882132445, 0.23046875, 0.2598917117867554],
  c: [0.75453125, 0.6901082882132445, 0.23046875, 0.2598917117867554],
  plane: [0.1, 0.17000000000000015, 0.557734375, 0.37684298209079536],
  errors: [0.75453125, 0.17000000000000015, 0.23046875, 0.37684298209079536]
};
function sizeInPoints(box) {
  return [box[2] * FIGURE[0] * 72, box[3] * FIGURE[1] * 72];
}
var npMin = (values) => values.some(Number.isNaN) ? NaN : Math.min(...values);
var npMax = (values) => values.some(Number.isNaN) ? NaN : Math.max(...values);
var allFinite = (row) => row.every((v) => Number.isFinite(v));
function framedCount(weights, errors) {
  const finite = weights.map((w, k) => allFinite(w) && Number.isFinite(errors[k]));
  const firstBad = finite.indexOf(false);
  const prefix = firstBad < 0 ? finite.length : firstBad;
  if (prefix === weights.length && npMax(weights.map((w) => npMax(w.map(Math.abs)))) <= SETTLED_WEIGHT && npMax(errors) <= SETTLED_ERROR) {
    return prefix;
  }
  return Math.max(1, Math.min(FRAMED, prefix));
}
function lastFinite(weights) {
  for (let k = weights.length - 1; k >= 0; k -= 1) if (allFinite(weights[k])) return weights[k];
  return weights[0];
}
function heldWeight(settings, weights, count) {
  const held2 = WEIGHT_NAMES.findIndex((name) => !settings.plane.includes(name));
  if (settings.frozen[held2]) return [held2, weights[0][held2], "frozen at"];
  if (count === weights.length) return [held2, weights[weights.length - 1][held2], "held at its last value,"];
  return [held2, weights[0][held2], "held at its start (the run runs away):"];
}
function curveBottom(weights, index, inputs, goalPreds) {
  if (!allFinite(weights)) return null;
  const xs = inputs.map((game) => game[index]);
  let size = 0;
  for (const x of xs) size += x * x;
  if (!size) return null;
  let toward = 0;
  inputs.forEach((game, g) => {
    let pred = 0;
    game.forEach((value, k) => {
      pred += value * weights[k];
    });
    toward += (goalPreds[g] - (pred - xs[g] * weights[index])) * xs[g];
  });
  return toward / size;
}
function numberedCount(xs, ys, xlim, ylim, size) {
  const [x0, x1] = xlim;
  const [y0, y1] = ylim;
  const perX = size[0] / (x1 - x0);
  const perY = size[1] / (y1 - y0);
  const placed = [];
  for (let k = 0; k < Math.min(xs.length, NUMBERED_POINTS + 1); k += 1) {
    const x = (xs[k] - x0) * perX;
    const y = (ys[k] - y0) * perY;
    if (placed.some(([u, v]) => Math.sqrt((x - u) * (x - u) + (y - v) * (y - v)) < NUMBER_SPACING)) break;
    placed.push([x, y]);
  }
  return placed.length;
}
function numberedPath(xs, ys, xlim, ylim, size) {
  const [x0, x1] = [...xlim].sort((p, q) => p - q);
  const [y0, y1] = [...ylim].sort((p, q) => p - q);
  let firstOut = xs.length;
  for (let k = 0; k < xs.length; k += 1) {
    const [x, y] = [xs[k], ys[k]];
    if (!(Number.isFinite(x) && Number.isFinite(y) && x >= x0 && x <= x1 && y >= y0 && y <= y1)) {
      firstOut = k;
      break;
    }
  }
  const points = xs.slice(0, firstOut).map((x, k) => [x, ys[k]]);
  let exit = [];
  if (firstOut < xs.length) {
    const outX = Number.isFinite(xs[firstOut]) ? xs[firstOut] : x1;
    const outY = Number.isFinite(ys[firstOut]) ? ys[firstOut] : y1;
    exit = [[Math.min(Math.max(outX, x0), x1), Math.min(Math.max(outY, y0), y1)]];
  }
  const count = numberedCount(xs.slice(0, firstOut), ys.slice(0, firstOut), xlim, ylim, size);
  return { points, exit, line: [...points, ...exit], numbered: points.slice(0, count) };
}
function frameWeights(weights, errors, settings, settles, memory) {
  const [inputs, goalPreds] = gamesOf(settings);
  const framed = memory !== null && memory.weightsFramed;
  const needed = [0, 1, 2].map((i) => {
    const values = weights.map((w) => w[i]);
    for (const held2 of settles ? [weights[0], weights[weights.length - 1]] : [weights[0]]) {
      const bottom = curveBottom(held2, i, inputs, goalPreds);
      if (bottom !== null) values.push(bottom);
    }
    return [pyMin(values), pyMax(values)];
  });
  const reach = pyMax([MIN_REACH, ...needed.map(([low, high]) => (high - low) / 2)]) * 1.15;
  const current = framed ? memory.xlims : null;
  let keep = false;
  if (framed) {
    const widths = current.map(([lo, hi]) => hi - lo);
    const same = pyMax(widths) - pyMin(widths) <= 1e-12 * pyMax(widths);
    keep = same && current.every(([lo, hi], k) => lo <= needed[k][0] && needed[k][1] <= hi) && current.every(([lo, hi]) => hi - lo <= LOOSEST * 2 * reach);
  }
  const freshReach = niceCeiling(reach * (framed ? ROOM : 1));
  const curveTop = pyMax2(errors.length ? npMaxIgnoringNaN(errors) : 1, MIN_ERROR_TOP);
  const top = errorTop(curveTop, framed ? memory.top : null);
  const xlims = needed.map(([low, high], k) => {
    if (keep) return current[k];
    const middle = (low + high) / 2;
    return [middle - freshReach, middle + freshReach];
  });
  return { xlims, top };
}
function npMaxIgnoringNaN(values) {
  const numbers = values.filter((v) => !Number.isNaN(v));
  return numbers.length ? Math.max(...numbers) : NaN;
}
function weightPanel(i, settings, weights, errors, settles, xlim, ylim) {
  const [inputs, goalPreds] = gamesOf(settings);
  const xs = linspace(xlim[0], xlim[1], CURVE_POINTS);
  const last = lastFinite(weights);
  const start = errorsAlong(weights[0], i, xs, inputs, goalPreds);
  const after = settles ? errorsAlong(last, i, xs, inputs, goalPreds) : null;
  const path = numberedPath(
    weights.map((w) => w[i]),
    errors,
    xlim,
    ylim,
    sizeInPoints(BOXES[WEIGHT_NAMES[i]])
  );
  const name = WEIGHT_NAMES[i];
  const note = settings.frozen[i] ? `${name} (${INPUT_NAMES[i]}) frozen at ${format(weights[0][i], ".4g")}` : `${name} (${INPUT_NAMES[i]}): ${format(weights[0][i], ".4g")} → ${format(last[i], ".4g")}`;
  return {
    startCurve: xs.map((x, k) => [x, start[k]]),
    curve: after === null ? [] : xs.map((x, k) => [x, after[k]]),
    path,
    note
  };
}
function contourFrame(settings, weights, count) {
  const [inputs, goalPreds] = gamesOf(settings);
  const plane = settings.plane.map((name) => WEIGHT_NAMES.indexOf(name));
  const [held2, heldValue, how] = heldWeight(settings, weights, count);
  const surface = new Surface(sliceQuadratic(inputs, goalPreds, plane, held2, heldValue));
  const pairs = weights.map((w) => [w[plane[0]], w[plane[1]]]);
  const [bottom] = surface.lowest(pairs[0]);
  return { surface, pairs, needed: [...pairs.slice(0, count), bottom], held: held2, heldValue, how };
}
function contourFit(needed, settings, memory) {
  const low = [0, 1].map((k) => npMin(needed.map((p) => p[k])));
  const high = [0, 1].map((k) => npMax(needed.map((p) => p[k])));
  const centre = [0, 1].map((k) => (low[k] + high[k]) / 2);
  const half = [0, 1].map((k) => {
    const h = (high[k] - low[k]) / 2;
    return Number.isNaN(h) ? NaN : Math.max(h, MIN_REACH / 2);
  });
  const [width, height] = [BOXES.plane[2] * FIGURE[0], BOXES.plane[3] * FIGURE[1]];
  let scale2 = pyMax2(half[0] / width, half[1] / height) * 1.25;
  const kind = `${settings.games}|${settings.plane.join("")}`;
  const sameKind = memory !== null && memory.contourKind === kind;
  if (sameKind) {
    const [[x0, x1], [y0, y1]] = memory.planeLimits;
    const holds = x0 <= low[0] && high[0] <= x1 && y0 <= low[1] && high[1] <= y1;
    if (holds && x1 - x0 <= LOOSEST * 2 * scale2 * width) return { limits: memory.planeLimits, kind };
    scale2 *= ROOM;
  }
  const xHalf = scale2 * width;
  const yHalf = scale2 * height;
  return {
    limits: [
      [centre[0] - xHalf, centre[0] + xHalf],
      [centre[1] - yHalf, centre[1] + yHalf]
    ],
    kind
  };
}
function distance(p, q) {
  const dx = p[0] - q[0];
  const dy = p[1] - q[1];
  return Math.sqrt(dx * dx + dy * dy);
}
function contourUpdate(settings, shape, limits) {
  const { surface, pairs, held: held2, heldValue, how } = shape;
  const [[x0, x1], [y0, y1]] = limits;
  const box = [x0, x1, y0, y1];
  const start = pairs[0];
  const [bottom, lowest] = surface.lowest(start);
  const corners = [[x0, y0], [x0, y1], [x1, y0], [x1, y1]].map(([u2, v2]) => surface.errorAt(u2, v2));
  const top = npMax(corners);
  const levels = [];
  for (let k = 1; k <= LEVELS; k += 1) {
    const level = lowest + (top - lowest) * powerOfTwo(-2 * k);
    levels.push(surface.levelLine(level, box, start));
  }
  let spot = [clipLikeNumpy(bottom[0], x0, x1), clipLikeNumpy(bottom[1], y0, y1)];
  let trough = [];
  let bowl = [];
  let text;
  if (surface.isTrough) {
    trough = surface.bottomLine(box, start);
    text = lowest < 1e-12 * pyMax2(surface.c, 1) ? "zero error: a whole line" : "lowest error";
    const ends = trough.filter(allFinite);
    if (ends.length) {
      const finitePairs = pairs.filter(allFinite);
      const last = finitePairs[finitePairs.length - 1];
      spot = ends.reduce((best, end) => distance(end, last) > distance(best, last) ? end : best);
    }
  } else {
    const inside = x0 <= bottom[0] && bottom[0] <= x1 && y0 <= bottom[1] && bottom[1] <= y1;
    bowl = inside ? [bottom] : [];
    text = inside ? `lowest error ${format(lowest, ".3g")}` : "";
  }
  const right = spot[0] > (x0 + x1) / 2;
  const upper = spot[1] > (y0 + y1) / 2;
  const bottomLabel = {
    text,
    xy: [spot[0], spot[1]],
    offset: [right ? -8 : 8, upper ? -10 : 8],
    ha: right ? "right" : "left",
    va: upper ? "top" : "bottom"
  };
  const path = numberedPath(
    pairs.map((p) => p[0]),
    pairs.map((p) => p[1]),
    limits[0],
    limits[1],
    sizeInPoints(BOXES.plane)
  );
  const [u, v] = settings.plane;
  const note = `error over ${u} and ${v}; ${WEIGHT_NAMES[held2]} (${INPUT_NAMES[held2]}) ${how} ${format(heldValue, ".4g")}`;
  return { levels, trough, bowl, bottomLabel, path, note };
}
function clipLikeNumpy(x, low, high) {
  return Number.isNaN(x) ? NaN : Math.min(Math.max(x, low), high);
}
function decades(errors, current = null) {
  let low = errors.length ? Math.floor(Math.log10(pyMax2(npMin(errors), ERROR_FLOOR))) : -1;
  let high = errors.length ? Math.ceil(Math.log10(pyMax2(npMax(errors), ERROR_FLOOR))) : 1;
  if (high - low < 4) {
    const middle = (high + low) / 2;
    [low, high] = [Math.floor(middle - 2), Math.ceil(middle + 2)];
  }
  if (current !== null) {
    const [cLow, cHigh] = current.map(Math.log10);
    const fits = cLow <= low + 1e-9 && high <= cHigh + 1e-9;
    if (fits && cHigh - cLow <= pyMax2(LOOSEST * (high - low), 8)) return current;
    [low, high] = [low - 1, high + 1];
  }
  return [Number(`1e${Math.max(low, -16)}`), Number(`1e${Math.min(high, 16)}`)];
}
function errorPanel(errors, settings, memory) {
  const drawn = [];
  const offScale = [];
  errors.forEach((e, k) => {
    let value = Number.isNaN(e) || e === Infinity ? ERROR_CEILING : e === -Infinity ? -Number.MAX_VALUE : e;
    value = Math.max(value, 0);
    const point = [k, Math.min(Math.max(value, ERROR_FLOOR), ERROR_CEILING)];
    drawn.push(point);
    if (value < ERROR_FLOOR || value > ERROR_CEILING) offScale.push(point);
  });
  const framed = memory !== null && memory.errorsFramed;
  const ylim = decades(drawn.map((p) => p[1]), framed ? memory.errorsYlim : null);
  return {
    errors: drawn,
    offScale,
    limits: [[-0.5, stepAxisEnd(settings.iterations) + 0.5], ylim],
    xlabel: settings.games === "first" ? "step" : "pass through the four games"
  };
}
function frame(settings, memory = null) {
  const s = settings;
  const path = pathOf(s);
  const { weights, errors } = path;
  const count = framedCount(weights, errors);
  const settles = count === weights.length;
  const { xlims, top } = frameWeights(weights.slice(0, count), errors.slice(0, count), s, settles, memory);
  const shape = contourFrame(s, weights, count);
  const fitted = contourFit(shape.needed, s, memory);
  const ylim = [-0.04 * top, top];
  const panels = [0, 1, 2].map((i) => weightPanel(i, s, weights, errors, settles, xlims[i], ylim));
  const contour = contourUpdate(s, shape, fitted.limits);
  const errorsShown = errorPanel(errors, s, memory);
  const drawn = {};
  panels.forEach((panel2, i) => {
    const name = WEIGHT_NAMES[i];
    drawn[`curve_${name}_start`] = panel2.startCurve;
    drawn[`curve_${name}`] = panel2.curve;
    drawn[`path_${name}`] = panel2.path.points;
    drawn[`exit_${name}`] = panel2.path.exit;
    drawn[`limits_${name}`] = [xlims[i], ylim];
  });
  drawn.contours = contour.levels.flat().filter(allFinite);
  drawn.trough = contour.trough.filter(allFinite);
  drawn.bowl = contour.bowl;
  drawn.path_plane = contour.path.points;
  drawn.numbered_plane = contour.path.numbered;
  drawn.exit_plane = contour.path.exit;
  drawn.plane_limits = fitted.limits;
  drawn.errors = errorsShown.errors;
  drawn.off_scale = errorsShown.offScale;
  drawn.errors_limits = errorsShown.limits;
  const labels = { a: panels[0].note, b: panels[1].note, c: panels[2].note, held: contour.note, bottom: contour.bottomLabel.text };
  return {
    drawn,
    labels,
    summary: summary(s, path),
    panels,
    contour,
    errorPanel: errorsShown,
    settles,
    memory: {
      weightsFramed: true,
      xlims,
      top,
      contourKind: fitted.kind,
      planeLimits: fitted.limits,
      errorsFramed: true,
      errorsYlim: errorsShown.limits[1]
    }
  };
}
function firstFrame(settings) {
  return frame(settings, frame(settings, null).memory);
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
var FAR_OFF = 1e5;
function dots(pairs, x, y, near = DOT_NEAR) {
  const drawn = /* @__PURE__ */ new Set();
  let d = "";
  for (const [a, b] of pairs) {
    const px = x(a);
    const py = y(b);
    if (px === null || py === null || !Number.isFinite(px) || !Number.isFinite(py)) continue;
    if (Math.abs(px) > FAR_OFF || Math.abs(py) > FAR_OFF) continue;
    const square2 = Math.round(px / near) * 4 * (FAR_OFF / near + 1) + Math.round(py / near);
    if (drawn.has(square2)) continue;
    drawn.add(square2);
    d += `M${px.toFixed(2)},${py.toFixed(2)}h0`;
  }
  return d;
}
function clipSegment2(x0, y0, x1, y1, left, right, top, bottom) {
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
function clippedPath(pairs, x, y, box, margin = 8) {
  const [left, right] = [box.left - margin, box.left + box.width + margin];
  const [top, bottom] = [box.top - margin, box.top + box.height + margin];
  const at = (v) => v.toFixed(2);
  let d = "";
  let pen = null;
  let before = null;
  for (const [a, b] of pairs) {
    const px = x(a);
    const py = y(b);
    const here = px !== null && py !== null && Number.isFinite(px) && Number.isFinite(py) ? [px, py] : null;
    if (here && before) {
      const kept = clipSegment2(before[0], before[1], px, py, left, right, top, bottom);
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

// gdcourse/explorers/web/src/views/generalized.js
var PX = 100 / 72;
var WIDTH = FIGURE[0] * 100;
var HEIGHT = FIGURE[1] * 100;
var DASHED = (lw) => `${3.7 * lw * PX} ${1.6 * lw * PX}`;
var FAR = 1e4;
var NUMBER_FONT = 7.6 * PX;
var NOTE_SIZE = 9 * PX;
var KEY_SIZE = 8 * PX;
var CHAR = 0.6;
var TICK_CHAR = 0.6 * 11;
function pixelBox([left, bottom, width, height]) {
  return { left: left * WIDTH, top: (1 - bottom - height) * HEIGHT, width: width * WIDTH, height: height * HEIGHT };
}
function held(value, low, high) {
  if (!Number.isFinite(value)) return null;
  return Math.min(Math.max(value, low - FAR), high + FAR);
}
function pixels(p) {
  const b = p.box;
  return {
    x: (v) => held(p.x(v), b.left, b.left + b.width),
    y: (v) => held(p.y(v), b.top, b.top + b.height),
    panel: p
  };
}
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
  const label2 = make("text", { fill: ink(GREEN), style: `font-size: ${NOTE_SIZE.toFixed(1)}px`, class: "gd-note" }, I);
  const path = pathLayer(I);
  const labels = p.group.querySelectorAll ? [...p.group.querySelectorAll(".gd-label")] : [];
  return { panel: p, levels, trough, bowl, labelBack, label: label2, path, title: textOf(p, "gd-title"), labels };
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
function legend(svg) {
  const g = make("g", { class: "gd-legend" }, svg);
  const long = 2 * KEY_SIZE;
  const entries = [
    ["error, the other weights at their start", (x, y) => make("line", { x1: x, x2: x + long, y1: y, y2: y, stroke: SKY, "stroke-width": 1.5 * PX, "stroke-dasharray": DASHED(1.5) }, g)],
    ["error, the other weights after the run", (x, y) => make("line", { x1: x, x2: x + long, y1: y, y2: y, stroke: BLUE, "stroke-width": 2 * PX }, g)],
    ["steps (numbered)", (x, y) => make("circle", { cx: x + long / 2, cy: y, r: 6 * PX, fill: "#fff", stroke: VERMILION, "stroke-width": 1.5 * PX }, g)],
    ["contour lines: each inside has a quarter of the error", (x, y) => make("line", { x1: x, x2: x + long, y1: y, y2: y, stroke: BLUE, "stroke-width": 0.9 * PX, "stroke-opacity": 0.35 }, g)],
    ["lowest error", (x, y) => make("line", { x1: x, x2: x + long, y1: y, y2: y, stroke: GREEN, "stroke-width": 2.2 * PX, "stroke-dasharray": DASHED(2.2) }, g)],
    ["off the scale", (x, y) => make("path", { d: cross(x + long / 2, y, 4 * PX), stroke: BLACK, "stroke-width": 1.5 * PX, fill: "none" }, g)]
  ];
  const columns = [30, 290, 672];
  entries.forEach(([text, mark], k) => {
    const x = columns[Math.floor(k / 2)];
    const y = HEIGHT - 34 + k % 2 * 17;
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
  const label2 = shown.contour.bottomLabel;
  const lx = s.x(label2.xy[0]);
  const ly = s.y(label2.xy[1]);
  const visible = label2.text !== "" && lx !== null && ly !== null;
  show(part.label, visible);
  show(part.labelBack, visible);
  if (visible) {
    const x = lx + label2.offset[0] * PX;
    const y = ly - label2.offset[1] * PX;
    const baseline = label2.va === "top" ? y + NOTE_SIZE * 0.8 : y - NOTE_SIZE * 0.25;
    setText(part.label, label2.text);
    set(part.label, { x, y: baseline, "text-anchor": label2.ha === "right" ? "end" : "start" });
    const width = label2.text.length * CHAR * NOTE_SIZE;
    set(part.labelBack, {
      x: label2.ha === "right" ? x - width - 3 : x - 3,
      y: baseline - NOTE_SIZE * 0.85,
      width: width + 6,
      height: NOTE_SIZE * 1.2
    });
  }
  paintPath(part.path, shown.contour.path, s);
  setText(part.title, shown.labels.held);
  const fits = p.box.width / (shown.labels.held.length * 0.55);
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
function label(shown, settings) {
  const s = settings;
  const frozen = WEIGHT_NAMES.filter((_, k) => s.frozen[k]);
  const frozenWords = frozen.length ? ` (${frozen.join(" and ")} frozen)` : "";
  const games = s.games === "first" ? `the first game, ${s.iterations} step${s.iterations === 1 ? "" : "s"}` : `all four games, ${s.iterations} pass${s.iterations === 1 ? "" : "es"}`;
  const bottom = shown.labels.bottom ? `, ${shown.labels.bottom}` : "";
  return `Chapter 5's three weights learning from ${games}${frozenWords}. Top: the error against each weight with the other two held, dashed at their start values and solid after the run, with the numbered steps: ${shown.labels.a}; ${shown.labels.b}; ${shown.labels.c}. Bottom left: contour lines of the ${shown.labels.held}${bottom}, with the numbered path. Bottom right: the error after each ${s.games === "first" ? "step" : "pass"} on a log scale.`;
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
      plane: PLANES[model.get("plane_index")] || PLANES[0]
    }),
    first: (settings) => firstFrame(settings),
    next: (settings, memory) => frame(settings, memory),
    build,
    paint,
    label,
    segments: (summary2) => boldBeforeColons([summary2])
  };
}
var generalized_default = { render: (context) => mount(context, generalizedView()) };
export {
  generalized_default as default
};
