/**
 * widgets.js: the few ipywidgets an explorer is made of, rebuilt on a page with no kernel.
 *
 * A notebook saves the state of every widget it shows (nbformat's widget state). The course's static
 * site reads that state and rebuilds each explorer from it: boxes, sliders, text, buttons, the
 * in-browser links between widgets (ipywidgets.jslink) and the explorer's own view, drawn by the same
 * module the notebook uses. Only the widget kinds the explorers use are known here; any other is left
 * out with a note, and a button whose work is done by Python (the kernel) is shown disabled.
 *
 * `Model` is the small object a view expects of anywidget's model (get/set/save_changes/on/off).
 */

import { format } from "d3-format";

/** One widget's state with change events: what anywidget hands a view, and what links connect. */
export class Model {
  /** state: the widget's saved state, by trait name (copied). */
  constructor(state) {
    this.state = { ...state };
    this.listeners = new Map();
  }
  get(name) {
    return this.state[name];
  }
  /** Set one trait; its listeners hear of it only if the value changed. */
  set(name, value) {
    if (Object.is(this.state[name], value)) return;
    this.state[name] = value;
    for (const listener of [...(this.listeners.get(`change:${name}`) || [])]) listener(value);
  }
  save_changes() {}
  on(event, listener) {
    if (!this.listeners.has(event)) this.listeners.set(event, []);
    this.listeners.get(event).push(listener);
  }
  off(event, listener) {
    this.listeners.set(event, (this.listeners.get(event) || []).filter((l) => l !== listener));
  }
}

const REFERENCE = "IPY_MODEL_";

/** The model id a state value names ("IPY_MODEL_<id>"), or null. */
export function referenced(value) {
  return typeof value === "string" && value.startsWith(REFERENCE) ? value.slice(REFERENCE.length) : null;
}

/**
 * Every widget of a saved widget state as a Model, with its links working both ways, as jslink does.
 * saved: nbformat's widget state, { <id>: { model_name, state } }. Returns a Map of id -> Model.
 */
export function modelsOf(saved) {
  const models = new Map(Object.entries(saved).map(([id, entry]) => [id, new Model(entry.state)]));
  for (const [, entry] of Object.entries(saved)) {
    if (entry.model_name !== "LinkModel") continue;
    const [from, fromName] = entry.state.source;
    const [to, toName] = entry.state.target;
    const a = models.get(referenced(from));
    const b = models.get(referenced(to));
    if (!a || !b) continue;
    a.on(`change:${fromName}`, (value) => b.set(toName, value));
    b.on(`change:${toName}`, (value) => a.set(fromName, value));
  }
  return models;
}

/** A number the way a slider's readout shows it: ipywidgets writes readouts with d3-format too. */
export function readout(value, spec) {
  return format(spec)(value);
}

function element(tag, attrs = {}, text = "") {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) if (value !== null && value !== undefined) node.setAttribute(key, value);
  if (text) node.textContent = text;
  return node;
}

let counter = 0;
const uniqueId = (stem) => `gd-${stem}-${(counter += 1)}`;

/** A slider: its label, a native range input (keyboard and pointer) and its readout. */
function slider(model, kind) {
  const state = model.state;
  const box = element("div", { class: ["gd-slider", ...(state._dom_classes || [])].join(" ") });
  const id = uniqueId("slider");
  const label = element("label", { for: id }, state.description || "");
  const log = kind === "FloatLogSliderModel";
  const base = state.base || 10;
  const position = (value) => (log ? Math.log(value) / Math.log(base) : value);
  const input = element("input", {
    id, type: "range", min: state.min, max: state.max, step: state.step, value: position(state.value),
  });
  const shown = element("output", { for: id, class: "gd-readout" });
  const format = state.readout_format || (kind === "IntSliderModel" ? "d" : ".2f");
  const write = () => {
    shown.textContent = readout(model.get("value"), format);
    input.setAttribute("aria-valuetext", shown.textContent);
  };
  input.addEventListener("input", () => {
    const at = Number(input.value);
    model.set("value", log ? base ** at : at);
  });
  model.on("change:value", (value) => {
    const at = position(value);
    if (Math.abs(Number(input.value) - at) > state.step / 2) input.value = String(at);
    write();
  });
  write();
  box.append(label, input, shown);
  return box;
}

/** A toggle: a button that says whether it is pressed. */
function toggle(model) {
  const state = model.state;
  const button = element("button", { type: "button", title: state.tooltip, class: (state._dom_classes || []).join(" ") },
    state.description || "");
  const write = () => button.setAttribute("aria-pressed", String(Boolean(model.get("value"))));
  button.addEventListener("click", () => model.set("value", !model.get("value")));
  model.on("change:value", write);
  write();
  return button;
}

/** A choice of several: a group of buttons, the chosen one pressed (ToggleButtons syncs `index`). */
function choices(model) {
  const state = model.state;
  const group = element("div", { role: "group", class: ["gd-choices", ...(state._dom_classes || [])].join(" ") });
  const buttons = (state._options_labels || []).map((text, k) => {
    const button = element("button", { type: "button", title: (state.tooltips || [])[k] }, text);
    button.addEventListener("click", () => model.set("index", k));
    group.append(button);
    return button;
  });
  const write = () => buttons.forEach((b, k) => b.setAttribute("aria-pressed", String(k === model.get("index"))));
  model.on("change:index", write);
  write();
  return group;
}

/**
 * Build the widget `id` (and what it holds) into DOM nodes.
 * models: modelsOf's Map; saved: the widget state; views: { <view class name>: module with render };
 * kernelOnly(text): called for each part that needs Python, so the page can say so once.
 */
export function build(id, models, saved, views, kernelOnly) {
  const entry = saved[id];
  const model = models.get(id);
  if (!entry || !model) return element("div");
  const state = model.state;
  const classes = (state._dom_classes || []).join(" ");
  const kind = entry.model_name;
  if (kind === "VBoxModel" || kind === "HBoxModel" || kind === "BoxModel") {
    const box = element("div", { class: `gd-box gd-${kind === "HBoxModel" ? "row" : "column"} ${classes}` });
    for (const child of state.children || []) {
      const childId = referenced(child);
      if (childId) box.append(build(childId, models, saved, views, kernelOnly));
    }
    return box;
  }
  if (kind === "FloatSliderModel" || kind === "IntSliderModel" || kind === "FloatLogSliderModel") {
    return slider(model, kind);
  }
  if (kind === "HTMLModel") {
    const node = element("div", { class: `gd-html ${classes}` });
    node.innerHTML = state.value || ""; // the course's own saved text
    return node;
  }
  if (kind === "ToggleButtonModel") return toggle(model);
  if (kind === "ToggleButtonsModel") return choices(model);
  if (kind === "ButtonModel") {
    kernelOnly(`the “${state.description}” button`);
    return element("button", { type: "button", disabled: "", title: state.tooltip, class: classes }, state.description);
  }
  if (kind === "AnyModel") {
    const name = String(state._anywidget_id || "").split(".").pop();
    const view = views[name];
    const el = element("div", { class: `gd-anywidget ${classes}` });
    if (!view) {
      kernelOnly(`its ${name} picture`);
      return el;
    }
    view.render({ model, el });
    if (model.get("has_rule")) kernelOnly("your own rule");
    return el;
  }
  kernelOnly(`its ${kind.replace(/Model$/, "")}`);
  return element("div");
}
