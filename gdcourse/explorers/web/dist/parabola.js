// Built by tools/build_web.mjs from gdcourse/explorers/web/src/views/parabola.js: do not edit; run `python3 course.py web`.

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
  const controls2 = html("div", { class: "gd-controls" });
  const figure = html("div", { class: "gd-figure", role: "img" });
  root.append(controls2, summary2, figure, announcer);
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
  if (view2.controls) view2.controls(controls2, { model, redraw });
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
  const points2 = new Array(count);
  for (let i = 0; i < count; i += 1) {
    points2[i] = (step === 0 ? i / div * delta : i * step) + low;
  }
  if (count > 1) points2[count - 1] = high;
  return points2;
}
function clip(x, low, high) {
  return Math.min(Math.max(x, low), high);
}
function fromPlain(value) {
  if (value === "inf") return Infinity;
  if (value === "-inf") return -Infinity;
  if (value === "nan") return NaN;
  return value;
}

// gdcourse/explorers/web/src/learning.js
function gradientDescent(weight, input, goalPred, alpha, iterations) {
  const weights = [];
  const errors = [];
  let divergedAt = null;
  for (let step = 0; step < iterations; step += 1) {
    const pred = input * weight;
    const error = square(pred - goalPred);
    const delta = pred - goalPred;
    const weightDelta = delta * input;
    if (!Number.isFinite(error + weightDelta)) {
      divergedAt = step;
      break;
    }
    weights.push(weight);
    errors.push(error);
    weight = weight - alpha * weightDelta;
  }
  return { input, goalPred, alpha, weights, errors, finalWeight: weight, diverged: divergedAt !== null, divergedAt };
}
function finalError(run) {
  return square(run.input * run.finalWeight - run.goalPred);
}
function pointsOf(run, shown = null) {
  const updates = run.weights.length;
  const count = shown === null ? updates : Math.max(0, Math.min(shown, updates));
  if (count < updates) {
    return [run.weights.slice(0, count + 1), run.errors.slice(0, count + 1)];
  }
  return [[...run.weights, run.finalWeight], [...run.errors, finalError(run)]];
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
function shownApart(x, edges = [-1, 0, 1]) {
  for (let digits = 3; digits < 18; digits += 1) {
    const text = format(x, `.${digits}g`);
    const value = Number(text);
    if (!edges.some((edge) => value === edge && Math.abs(x - edge) > EDGE_TOLERANCE)) return text;
  }
  return repr(x);
}
function runSummary(run, shown = null) {
  const total = run.weights.length;
  const steps = shown === null ? total : Math.min(shown, total);
  if (run.input === 0) {
    return `${Regime.STAYS}: input is 0, so the weight never moves (error ${format(run.goalPred * run.goalPred, ".3g")})`;
  }
  const words = regimeOf(convergenceFactor(run.input, run.alpha));
  const r = shownApart(convergenceFactor(run.input, run.alpha));
  const last = steps === total ? finalError(run) : run.errors[steps];
  const plural = steps === 1 ? "step" : "steps";
  if (run.diverged || last > DIVERGED_ERROR) {
    const stopped = run.diverged ? run.divergedAt : steps;
    return `${words}: r = ${r}; error above ${format(DIVERGED_ERROR, ".0e")} after ${stopped} ${plural}`;
  }
  return `${words}: r = ${r}; error ${format(last, ".3g")} after ${steps} ${plural}`;
}

// gdcourse/explorers/web/src/framing.js
var LOOSEST = 3;
var ROOM = 1.3;
var MIN_WEIGHT_REACH = 0.2;
function niceCeiling(x) {
  const base = Number(`1e${Math.floor(Math.log10(x))}`);
  for (const m of [1, 2, 5, 10]) {
    if (m * base >= x * (1 - 1e-12)) return m * base;
  }
  return 10 * base;
}
function keepOrRefit(current, needed, fresh) {
  if (current !== null) {
    const [low, high] = current;
    if (low <= needed[0] && needed[1] <= high && high - low <= LOOSEST * (needed[1] - needed[0])) {
      return current;
    }
  }
  return fresh;
}
function zoomWindow(input, goalPred, weights, current = null) {
  const centre = input === 0 ? 0 : goalPred / input;
  const floor = input === 0 ? 1 : MIN_WEIGHT_REACH;
  const need = Math.max(Math.max(...weights.map((w) => Math.abs(w - centre))) * 1.1, floor);
  const reach = niceCeiling(current === null ? need : need * ROOM);
  return keepOrRefit(current, [centre - need, centre + need], [centre - reach, centre + reach]);
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
var CURVE_POINTS = 201;
var ERROR_LIMITS = [ERROR_FLOOR / 10, ERROR_CEILING * 10];
function summary(settings, run, own = null) {
  let book;
  if (settings.input === 0 && settings.goal_pred !== 0) {
    book = `${Regime.STAYS}: input is 0, so every prediction is 0 and goal_pred ${format(settings.goal_pred, "g")} is out of reach`;
  } else {
    book = runSummary(run, settings.shown);
  }
  return own === null ? book : `${book}. Your rule ${own.words}`;
}
function parabolaLimits(input, goalPred, weight, fit, memory) {
  const current = memory === null ? null : memory.x;
  const [low, high] = zoomWindow(input, goalPred, [weight, ...fit], current);
  const xs = linspace(low, high, CURVE_POINTS);
  const ys = xs.map((x) => square(input * x - goalPred));
  const top = errorTop(Math.max(...ys), memory === null ? null : memory.top);
  return { x: [low, high], top, curve: xs.map((x, i) => [x, ys[i]]) };
}
function pathOf(run, shown, limits) {
  if (run === null) return { points: [], exit: [], exitStep: null };
  const [weights, errors] = pointsOf(run, shown);
  const [low, high] = limits.x;
  const top = limits.top;
  const bottom = -0.04 * top;
  let firstOut = weights.length;
  for (let k = 0; k < weights.length; k += 1) {
    const w = weights[k];
    if (!(w >= low && w <= high && Number.isFinite(errors[k]) && errors[k] <= top)) {
      firstOut = k;
      break;
    }
  }
  const points2 = weights.slice(0, firstOut).map((w, k) => [w, errors[k]]);
  if (firstOut === weights.length) return { points: points2, exit: [], exitStep: null };
  const out = weights[firstOut];
  const edgeX = Number.isFinite(out) ? clip(out, low, high) : high;
  return { points: points2, exit: [[edgeX, top - 0.03 * (top - bottom)]], exitStep: firstOut };
}
function onTheScale(run, shown) {
  if (run === null) return { errors: [], offScale: [] };
  const [, values] = pointsOf(run, shown);
  const errors = [];
  const offScale = [];
  values.forEach((value, k) => {
    let drawn = Number.isNaN(value) || value === Infinity ? ERROR_CEILING : value;
    drawn = Math.max(drawn, 0);
    const point = [k, clip(drawn, ERROR_FLOOR, ERROR_CEILING)];
    errors.push(point);
    if (drawn < ERROR_FLOOR || drawn > ERROR_CEILING) offScale.push(point);
  });
  return { errors, offScale };
}
function ownFor(settings, own) {
  if (!own || !own.key) return null;
  const s = settings;
  const key = [s.weight, s.input, s.goal_pred, s.alpha, s.iterations, s.shown];
  return own.key.every((value, k) => value === key[k]) ? own : null;
}
function ownRun(settings, own) {
  if (own === null) return null;
  return {
    weights: own.weights.map(fromPlain),
    errors: own.errors.map(fromPlain),
    finalWeight: fromPlain(own.finalWeight),
    diverged: own.diverged,
    divergedAt: own.divergedAt,
    input: settings.input,
    goalPred: settings.goal_pred,
    alpha: settings.alpha
  };
}
function frame(settings, memory = null, kernelOwn = null) {
  const s = settings;
  const own = ownFor(s, kernelOwn);
  const run = gradientDescent(s.weight, s.input, s.goal_pred, s.alpha, s.iterations);
  const fit = pointsOf(run, 2)[0].filter((w) => Number.isFinite(w));
  const limits = parabolaLimits(s.input, s.goal_pred, s.weight, fit, memory);
  const [low, high] = limits.x;
  const top = limits.top;
  const error = square(s.input * s.weight - s.goal_pred);
  const slope = 2 * s.input * (s.input * s.weight - s.goal_pred);
  const half = (high - low) * 0.12;
  const tangent = [s.weight - half, s.weight + half].map((x) => [x, error + slope * (x - s.weight)]);
  const mine = ownRun(s, own);
  const path = pathOf(run, s.shown, limits);
  const ownPath = pathOf(mine, s.shown, limits);
  const scale2 = onTheScale(run, s.shown);
  const ownScale = onTheScale(mine, s.shown);
  const hasGoal = s.input !== 0;
  const drawn = {
    curve: limits.curve,
    weight: [[s.weight, error]],
    tangent,
    path: path.points,
    exit: path.exit,
    errors: scale2.errors,
    off_scale: scale2.offScale,
    own_path: ownPath.points,
    own_exit: ownPath.exit,
    own_errors: ownScale.errors,
    own_off_scale: ownScale.offScale,
    parabola_limits: [
      [low, high],
      [-0.04 * top, top]
    ],
    error_steps_limits: [[-0.5, stepAxisEnd(s.iterations) + 0.5], ERROR_LIMITS]
  };
  return {
    drawn,
    summary: summary(s, run, own),
    goalWeight: hasGoal ? s.goal_pred / s.input : null,
    goalLabel: hasGoal ? `goal weight ${format(s.goal_pred / s.input, ".3g")}` : "",
    exitStep: path.exitStep,
    ownExitStep: ownPath.exitStep,
    hasOwn: own !== null,
    memory: { x: limits.x, top }
  };
}
function firstFrame(settings, own = null) {
  const s = settings;
  const start = parabolaLimits(s.input, s.goal_pred, s.weight, [], null);
  const drawnOnce = frame(settings, { x: start.x, top: start.top }, own);
  return frame(settings, drawnOnce.memory, own);
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

// gdcourse/explorers/web/src/views/parabola.js
var PX = 100 / 72;
var NUMBERED_POINTS = 10;
var NUMBER_SPACING = 10 * PX;
var MAX_ARROWS = 60;
var PLAY_MS = 600;
function pathLayer(layer, over, colour, marker, dashed, numbered) {
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
  const left = panel(
    svg,
    { left: 72, top: 30, width: 395, height: 247 },
    { xlabel: "weight", ylabel: "error", title: "error against weight" }
  );
  const right = panel(
    svg,
    { left: 555, top: 30, width: 233, height: 247 },
    {
      xlabel: "step",
      ylabel: "error (log scale)",
      title: "error after each step",
      ylog: true,
      yticks: [1e-16, 1e-8, 1, 1e8, 1e16]
    }
  );
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
  return {
    svg,
    left,
    right,
    zero,
    curve,
    goalLine,
    tangent,
    book,
    own,
    start,
    goalText,
    errorLine,
    errorDots,
    offScale,
    ownLine,
    ownDots,
    ownOff,
    keys
  };
}
function legend(svg) {
  const g = make("g", { class: "gd-legend" }, svg);
  const entries = [
    ["error(weight)", (x, y) => make("line", { x1: x, x2: x + 22, y1: y, y2: y, stroke: BLUE, "stroke-width": 2 }, g)],
    ["goal weight", (x, y) => make("line", { x1: x, x2: x + 22, y1: y, y2: y, stroke: GREEN, "stroke-width": 2, "stroke-dasharray": "2 3" }, g)],
    ["slope (tangent)", (x, y) => make("line", { x1: x, x2: x + 22, y1: y, y2: y, stroke: ORANGE, "stroke-width": 1.5, "stroke-dasharray": "6 3" }, g)],
    ["start weight", (x, y) => make("rect", { x: x + 5, y: y - 6, width: 12, height: 12, fill: "none", stroke: BLACK, "stroke-width": 1.5 }, g)],
    ["steps (numbered)", (x, y) => make("circle", { cx: x + 11, cy: y, r: 6, fill: "#fff", stroke: VERMILION, "stroke-width": 1.5 }, g)],
    ["off the scale", (x, y) => make("path", { d: cross(x + 11, y, 5), stroke: BLACK, "stroke-width": 1.5, fill: "none" }, g)]
  ];
  entries.forEach(([label2, mark], k) => {
    const x = 60 + k % 3 * 140;
    const y = 335 + Math.floor(k / 3) * 20;
    mark(x, y);
    make("text", { x: x + 28, y: y + 4 }, g).textContent = label2;
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
    heads += arrowHead(bx + ux, by + uy, ux, uy, 10, 5);
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
  set(parts.start, { x: p.x(w) - 17 * PX / 2, y: p.y(e) - 17 * PX / 2 });
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
function label(shown, settings) {
  const s = settings;
  const count = s.shown === null ? s.iterations : s.shown;
  const goalWords = shown.goalWeight === null ? "" : `, lowest at the goal weight ${format(shown.goalWeight, ".3g")}`;
  return `Left: the error parabola against weight${goalWords}, with ${count} numbered step${count === 1 ? "" : "s"} from weight ${format(s.weight, "g")}; right: the error after each step on a log scale.`;
}
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
    segments: (summary2) => {
      const at = summary2.indexOf(". Your rule ");
      return boldBeforeColons(at < 0 ? [summary2] : [summary2.slice(0, at), summary2.slice(at + 2)]);
    },
    controls
  };
}
var parabola_default = { render: (context) => mount(context, parabolaView()) };
export {
  parabola_default as default
};
