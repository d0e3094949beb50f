// Built by tools/build_web.mjs from gdcourse/explorers/web/src/views/hot_and_cold.js: do not edit; run `python3 course.py web`.

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
function clip(x, low, high) {
  return Math.min(Math.max(x, low), high);
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
function number(x) {
  const text = format(x, ".4g");
  return text === "-0" ? "0" : text;
}

// gdcourse/explorers/web/src/hot_and_cold.js
var WEIGHT_RANGE = [-1, 2];
var ERROR_FLOOR = 1e-12;
var ERROR_CEILING = 1e3;
var ON_GOAL = 1e-9;
var CURVE_POINTS = 201;
var ROUND_ENDS = [0, 1, 2, 3].flatMap(
  (k) => [1, 1.25, 1.5, 2, 2.5, 3, 4, 5, 6, 8].filter((m) => m * 10 ** k >= 5).map((m) => roundTo(m * 10 ** k, 0))
);
function iterationAxisEnd(iterations) {
  const end = ROUND_ENDS.find((n) => n >= iterations);
  return end === void 0 ? iterations : end;
}
function tenTo(k) {
  return Number(`1e${k}`);
}
function hotAndCold(weight, input, goalPred, stepAmount, iterations) {
  const run = { input, goalPred, stepAmount, weights: [], predictions: [], errors: [], weightDeltas: [] };
  run.upErrors = [];
  run.downErrors = [];
  let divergedAt = null;
  for (let step = 0; step < iterations; step += 1) {
    const prediction = input * weight;
    const error = square(prediction - goalPred);
    const upError = square(goalPred - input * (weight + stepAmount));
    const downError = square(goalPred - input * (weight - stepAmount));
    if (!Number.isFinite(error + upError + downError)) {
      divergedAt = step;
      break;
    }
    const before = weight;
    let move = 0;
    if (downError < upError) {
      move = stepAmount;
      weight = weight - stepAmount;
    }
    if (downError > upError) {
      move = -stepAmount;
      weight = weight + stepAmount;
    }
    run.weights.push(before);
    run.predictions.push(prediction);
    run.errors.push(error);
    run.weightDeltas.push(move);
    run.upErrors.push(upError);
    run.downErrors.push(downError);
  }
  return { ...run, finalWeight: weight, diverged: divergedAt !== null, divergedAt };
}
function viewRange(run, range = WEIGHT_RANGE) {
  if (!run.weights.length) return range;
  return [pyMin([range[0], pyMin(run.weights)]), pyMax([range[1], pyMax(run.weights)])];
}
function roundedText(x) {
  if (x >= 2 ** 52) return BigInt(x).toString();
  const whole = Math.floor(x);
  const rest = x - whole;
  const up = rest > 0.5 || rest === 0.5 && whole % 2 === 1;
  return String(up ? whole + 1 : whole);
}
function outcome(run) {
  const goalWeight = run.goalPred / run.input;
  const weights = run.weights.slice(-2);
  const near = ON_GOAL * Math.max(1, Math.abs(goalWeight));
  const onGoal = weights.map((w) => Math.abs(w - goalWeight) <= near);
  const moves = run.weightDeltas.slice(0, -1);
  const bounces = moves.length >= 2 && moves[moves.length - 1] * moves[moves.length - 2] < 0;
  const last = weights[weights.length - 1];
  const goalText = number(goalWeight);
  const between = `${number(pyMin(weights))} and ${number(pyMax(weights))}`;
  if (bounces && onGoal.some(Boolean)) {
    return `the weight reaches ${goalText}, the goal weight, then hops between ${between}`;
  }
  if (bounces) return `the weight bounces between ${between}, around the goal weight ${goalText}`;
  if (onGoal[onGoal.length - 1]) return `the weight reaches ${goalText}, the goal weight`;
  const toGo = Math.abs(goalWeight - last) / run.stepAmount;
  if (toGo < 0.5) return `the weight is as close to the goal weight ${goalText} as step_amount allows`;
  const rounded = roundedText(toGo);
  const steps = rounded === "1" ? "1 step" : `${rounded} steps`;
  return `the weight is still on its way to the goal weight ${goalText}, about ${steps} to go`;
}
function summary(run) {
  const said = outcome(run);
  const updates = run.weights.length;
  const plural = updates === 1 ? "iteration" : "iterations";
  const lastError = number(run.errors[updates - 1]);
  const lastPrediction = number(run.predictions[updates - 1]);
  return `${said.slice(0, 1).toUpperCase()}${said.slice(1)}: ${updates} ${plural}, ${3 * updates} predictions; last error ${lastError} at prediction ${lastPrediction}`;
}
function settingWords(settings) {
  const s = settings;
  return `Hot and cold from weight ${number(s.weight)} with input ${number(s.input)}, goal_pred ${number(s.goal_pred)} and step_amount ${number(s.step_amount)}.`;
}
function altText(settings) {
  return `Left: the error parabola against weight, with every weight the loop visited joined in order, the last one circled, and the two weights its last iteration tried (triangles up and down). Right: the error at each iteration on a log scale. ${settingWords(settings)}`;
}
function parabolaOf(input, goalPred, range) {
  const [low, high] = goalWindow(input, goalPred, range);
  const xs = linspace(low, high, CURVE_POINTS);
  const ys = xs.map((x) => square(input * x - goalPred));
  const top = errorTop(Math.max(...ys), null);
  return { x: [low, high], top, curve: xs.map((x, i) => [x, ys[i]]) };
}
function errorLimits(clipped, iterations) {
  const end = iterationAxisEnd(iterations);
  const x = [-0.03 * end - 0.5, 1.03 * end - 0.5];
  if (!clipped.length) return [x, [ERROR_FLOOR, ERROR_CEILING]];
  const low = 4 * Math.floor(Math.log10(Math.min(...clipped)) / 4 + 1e-9);
  const high = Math.max(1, Math.ceil(Math.log10(Math.max(...clipped)) - 1e-9));
  return [x, [tenTo(low) / 8, tenTo(high) * 3]];
}
function frame(settings) {
  const s = settings;
  const run = hotAndCold(s.weight, s.input, s.goal_pred, s.step_amount, s.iterations);
  const updates = run.weights.length;
  const parabola = parabolaOf(s.input, s.goal_pred, viewRange(run));
  const [low, high] = parabola.x;
  const top = parabola.top;
  const path = run.weights.map((w, k) => [w, run.errors[k]]);
  let last = [];
  let upTry = [];
  let downTry = [];
  if (updates) {
    const weight = run.weights[updates - 1];
    last = [[weight, run.errors[updates - 1]]];
    const tried = (at, error) => low <= at && at <= high && error <= top ? [[at, error]] : [];
    upTry = tried(weight + s.step_amount, run.upErrors[updates - 1]);
    downTry = tried(weight - s.step_amount, run.downErrors[updates - 1]);
  }
  const clipped = run.errors.map((e) => clip(e, ERROR_FLOOR, ERROR_CEILING));
  const errors = clipped.map((e, k) => [k, e]);
  const belowFloor = errors.filter((_, k) => run.errors[k] < ERROR_FLOOR);
  const hasGoal = s.input !== 0;
  const centre = hasGoal ? s.goal_pred / s.input : low;
  const drawn = {
    curve: parabola.curve,
    start: [[s.weight, square(s.input * s.weight - s.goal_pred)]],
    path,
    last,
    up_try: upTry,
    down_try: downTry,
    errors,
    last_error: errors.slice(-1),
    below_floor: belowFloor,
    below_floor_note: [belowFloor.length > 0],
    parabola_limits: [
      [low, high],
      [-0.04 * top, top]
    ],
    errors_limits: errorLimits(clipped, s.iterations)
  };
  const said = summary(run);
  return {
    drawn,
    summary: said,
    label: altText(s),
    goalWeight: hasGoal ? centre : null,
    goalLabel: hasGoal ? `goal weight ${format(centre, ".3g")}` : "",
    goalRight: centre > low + 0.6 * (high - low),
    memory: null
  };
}
function firstFrame(settings) {
  return frame(settings);
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
function strokes(pairs, x, y, near = DOT_NEAR) {
  const kept = thinned(pairs, x, y, near);
  const square2 = ([px, py]) => `${Math.round(px / near)},${Math.round(py / near)}`;
  const at = ([px, py]) => `${px.toFixed(2)},${py.toFixed(2)}`;
  const drawn = /* @__PURE__ */ new Set();
  let d = kept.length ? `M${at(kept[0])}` : "";
  let penAt = 0;
  for (let k = 1; k < kept.length; k += 1) {
    const [p, q] = [square2(kept[k - 1]), square2(kept[k])];
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

// gdcourse/explorers/web/src/views/hot_and_cold.js
var PX = 100 / 72;
var WIDTH = 800;
var HEIGHT = 380;
var NOTE = `font-size: ${(9 * PX).toFixed(1)}px`;
var KEY = `font-size: ${(8 * PX).toFixed(1)}px`;
var CHAR = 0.6 * 8 * PX;
var DOTTED = (lw) => `${1 * lw * PX} ${1.65 * lw * PX}`;
function boxes() {
  const [left, right, bottom, top] = [0.075, 0.985, 0.27, 0.92];
  const cell = (right - left) / (2 + 0.28);
  const norm = cell * 2 / 2.5;
  const widths = [1.5 * norm, 1 * norm];
  const box = (x0, w) => ({ left: x0 * WIDTH, top: (1 - top) * HEIGHT, width: w * WIDTH, height: (top - bottom) * HEIGHT });
  return [box(left, widths[0]), box(left + widths[0] + 0.28 * cell, widths[1])];
}
function divmod(x, step) {
  const m = (x % step + step) % step;
  return [Math.round((x - m) / step), m];
}
function maxNTicks(low, high, nbins, steps = [1, 2, 2.5, 5, 10], integer = false) {
  const span = high - low;
  if (!(span > 0) || !Number.isFinite(span)) return [];
  const scale2 = 10 ** Math.floor(Math.log10(span / nbins));
  const staircase = [...steps.slice(0, -1).map((s) => 0.1 * s), ...steps, 10 * steps[1]];
  let scaled2 = staircase.map((s) => s * scale2);
  if (integer) scaled2 = scaled2.filter((s) => s < 1 || Math.abs(s - Math.round(s)) < 1e-3);
  const raw = span / nbins;
  let top = scaled2.findIndex((s) => s >= raw);
  if (top < 0) top = scaled2.length - 1;
  let ticks = [];
  for (let k = top; k >= 0; k -= 1) {
    let step = scaled2[k];
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
function logTicks(low, high, wanted = 8) {
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
    let offset = (-emin % stride + stride) % stride;
    if (!(olo <= offset && offset < ohi)) offset = olo;
    decades = [];
    for (let d = emin + offset - stride; d <= emax + stride; d += stride) decades.push(d);
  }
  const major = decades.map((d) => Number(`1e${d}`)).filter((t) => t >= low && t <= high);
  const minor = [];
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
function tickLabels(ticks) {
  const biggest = Math.max(0, ...ticks.map(Math.abs));
  const power = biggest > 0 ? Math.floor(Math.log10(biggest)) : 0;
  const oom = power <= -5 || power >= 6 ? power : 0;
  const shown = oom ? ticks.map((t) => t / Number(`1e${oom}`)) : ticks;
  return { labels: shown.map((t) => tickText(t, shown)), offset: oom ? `1e${oom}`.replace("-", "−") : "" };
}
function ticksOf(parabolaLimits, errorsLimits) {
  const [[a, b], [c, d]] = parabolaLimits;
  const [[e, f], [g, h]] = errorsLimits;
  return {
    left: { x: maxNTicks(a, b, 9), y: maxNTicks(c, d, 8) },
    right: { x: maxNTicks(e, f, 6, [1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10], true), y: logTicks(g, h).major },
    rightMinor: logTicks(g, h).minor
  };
}
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
  return pairs.map(([a, b]) => [x(a), y(b)]).filter(([px, py]) => Number.isFinite(px) && Number.isFinite(py)).map(([px, py]) => `M${px - half},${py - half}L${px + half},${py + half}M${px - half},${py + half}L${px + half},${py - half}`).join("");
}
function axisParts(p, grid, ylog = false) {
  show(p.group.querySelector(".gd-ticks"), false);
  const ticks = make("g", { class: "gd-ticks" }, p.group);
  const powers = /* @__PURE__ */ new WeakMap();
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
    drawnFor: ""
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
    if (axis.ylog) setText(axis.powers.get(yLabels[n]), String(Math.round(Math.log10(ys[k]))).replace("-", "−"));
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
  const zero = make("line", { stroke: "#cccccc", "stroke-width": 0.8 * PX }, L);
  const curve = make("polyline", { fill: "none", stroke: BLUE, "stroke-width": 2 * PX }, L);
  const goalLine = make("line", { stroke: GREEN, "stroke-width": 2 * PX, "stroke-dasharray": DOTTED(2) }, L);
  const goalText = make("text", { fill: ink(GREEN), class: "gd-note", style: NOTE }, L);
  const round = { "stroke-linejoin": "round", "stroke-linecap": "round" };
  const path = make("path", { fill: "none", stroke: VERMILION, "stroke-width": 1 * PX, ...round }, L);
  const pathDots = make("path", { fill: "none", stroke: VERMILION, "stroke-width": 3.5 * PX, "stroke-linecap": "round" }, L);
  const edge = { stroke: BLACK, "stroke-width": 1 * PX, "stroke-linejoin": "miter" };
  const last = make("circle", { r: 5.5 * PX, fill: "#fff", stroke: VERMILION, "stroke-width": 2 * PX }, L);
  const upTry = make("path", { fill: ORANGE, ...edge }, L);
  const downTry = make("path", { fill: PURPLE, ...edge }, L);
  const side = 17 * PX;
  const start = make("rect", { width: side, height: side, fill: "none", stroke: BLACK, "stroke-width": 1.5 * PX }, L);
  legend(svg);
  return { panel: left, axis, zero, curve, goalLine, goalText, path, pathDots, upTry, downTry, last, start };
}
function legend(svg) {
  const g = make("g", { class: "gd-legend" }, svg);
  const handle = 2 * 8 * PX;
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
    ["tried down", (x, y) => make("path", { d: triangle(x + handle / 2, y, 9 * PX, false), fill: PURPLE, ...edge }, g)]
  ];
  const spots = [[0, 0], [0, 1], [0, 2], [1, 0], [1, 1], [2, 0], [2, 1]];
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
  setText(note, `× error below ${format(ERROR_FLOOR, "g")}`);
  const width = note.textContent.length * CHAR;
  const pad = 0.2 * 8 * PX;
  const [nx, ny] = [box.left + 0.03 * box.width, box.top + 0.95 * box.height];
  set(note, { x: nx, y: ny });
  set(noteBack, { x: nx - pad, y: ny - 8 * PX * 0.8 - pad, width: width + 2 * pad, height: 8 * PX + 2 * pad });
  return { panel: right, axis, line, lineDots, last, zeros, note, noteBack };
}
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
    label: (shown) => shown.label,
    // the still picture's alt text, word for word
    segments: (summary2) => boldBeforeColons([summary2])
  };
}
var hot_and_cold_default = { render: (context) => mount(context, hotAndColdView()) };
export {
  boxes,
  hot_and_cold_default as default,
  logTicks,
  maxNTicks,
  tickLabels,
  ticksOf
};
