/**
 * host.js: the skeleton every explorer view shares inside the browser (an anywidget module).
 *
 *   1 slider         an ipywidgets slider moved; a link between widget models (jslink) carries its
 *                    value to this view's model inside the browser, with no kernel round trip
 *   2 settings       read the way the kernel reads them (gdcourse/explorers/panel.py `reading`):
 *                    a value set from code stays exact while the slider sits within half a step of it
 *   3 frame          the view's own pure `frame(settings, memory)`: numbers, summary, accessible name
 *   4 paint          at once when a value arrives, so the next frame shows it; values that follow
 *                    within the same frame are painted together when the next frame begins
 *
 * The model needs only get/set/save_changes/on/off (anywidget's model), so any page that supplies
 * such an object can host a view. The kernel hears the values too, paced while a slider is dragged
 * (./pace.js), and stays the tests' oracle.
 */

import { paceWidgets } from "./pace.js";
import { roundTo } from "./pyformat.js";

/** A slider value without the float noise the browser adds when it snaps to its grid (panel.on_grid). */
export function onGrid(value, spec) {
  if (spec.kind === "int") return value;
  return roundTo(value, 9) + 0.0; // + 0.0 turns -0.0 into 0.0
}

/** A slider's value as the explorer uses it (panel.reading): `exact` while within half a step. */
export function reading(value, exact, spec) {
  const position = spec.kind === "log" ? (v) => Math.log(v) / Math.log(10) : (v) => v;
  if (exact !== undefined && exact !== null && Math.abs(position(value) - position(exact)) < spec.step / 2) {
    return exact;
  }
  return spec.kind === "log" ? value : onGrid(value, spec);
}

/**
 * The sliders' values as the explorer uses them. A value set from code (in `exact`) counts once its
 * slider has reached it (`reached` holds those names); a slider that then moves away drops it, as the
 * kernel's panel does. Until the slider arrives (its new value is a message behind), its own value is used.
 */
export function readSliders(model, exact, reached) {
  const specs = model.get("specs");
  const values = {};
  for (const [name, spec] of Object.entries(specs)) {
    const value = model.get(name);
    if (name in exact) {
      if (reading(value, exact[name], spec) === exact[name]) reached.add(name);
      else if (reached.has(name)) delete exact[name];
    }
    values[name] = reading(value, name in exact && reached.has(name) ? exact[name] : undefined, spec);
  }
  return values;
}

/** A node in the page's HTML namespace, with attributes and text. */
export function html(tag, attrs = {}, text = "") {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) node.setAttribute(key, value);
  if (text) node.textContent = text;
  return node;
}

/** Summary segments for parts joined by ". ", the words before each part's first colon in bold. */
export function boldBeforeColons(parts) {
  const segments = [];
  parts.forEach((part, k) => {
    if (k > 0) segments.push({ text: ". " });
    const colon = part.indexOf(":");
    if (colon < 0) segments.push({ text: part });
    else segments.push({ text: part.slice(0, colon), bold: true }, { text: part.slice(colon) });
  });
  return segments;
}

/** Write a summary into `node` from segments { text, bold }, so a view decides what is bold. */
export function writeSummary(node, segments) {
  node.replaceChildren(...segments.map((s) => (s.bold ? html("b", {}, s.text) : document.createTextNode(s.text))));
}

/**
 * Keys pressed inside an explorer are the explorer's: the notebook's own shortcuts (Notebook 7 binds
 * the arrow keys to moving between headings while a cell is selected) must not take them from a
 * focused slider. Lumino, which runs those shortcuts, leaves alone a key pressed on an element marked
 * data-lm-suppress-shortcuts, and it looks at the focused element first: so each control of the
 * explorer's box (.gd-explorer) is marked as it takes the focus. The box is looked for once the view
 * is on the page (it may be added after it is rendered). Returns a clean-up.
 */
export function keepKeys(el, tries = 60) {
  let frame = 0;
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
        // sliders drawn after the view: watch until every one is named, then stop (the box's own
        // picture changes its text every frame, and a watcher left on would run each time)
        watcher = new MutationObserver(() => {
          if (nameSliders(box)) watcher.disconnect();
        });
        watcher.observe(box, { childList: true, subtree: true });
      }
    } else if (left > 0) frame = requestAnimationFrame(() => find(left - 1));
  };
  find(tries);
  return () => {
    cancelAnimationFrame(frame);
    if (box) box.removeEventListener("focusin", focused);
    if (watcher) watcher.disconnect();
  };
}

/**
 * Name each slider handle in `box` after its slider's label ("weight", "alpha"): ipywidgets draws a
 * handle with role slider and no name, so a screen reader says only "slider" (axe's
 * aria-input-field-name). A handle already named so is left alone. Returns whether the box has
 * sliders and every one of them is named.
 */
export function nameSliders(box) {
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

/** How long the summary must hold still before a screen reader hears it (a drag says it once). */
export const ANNOUNCE_AFTER_MS = 600;
/** How long the announcement stays before it is cleared: left there, a screen reader reading the
 * page line by line would meet the summary twice (it is also the text above the picture). */
export const ANNOUNCE_FOR_MS = 5000;

/**
 * Mount a view: `view` = { name, settings(values, model), first(settings, model), next(settings,
 * memory, model), build(figure) -> parts, paint(parts, frame, settings), label(frame, settings),
 * segments(summary) -> [{ text, bold }], controls?(box, ctx), watch? (more model keys to follow) }.
 * Returns the clean-up function anywidget calls when the output is removed.
 */
export function mount({ model, el }, view) {
  const root = html("div", { class: `gd-view gd-view-${view.name}` });
  const summary = html("p", { class: "gd-summary" });
  const announcer = html("div", { class: "gd-announce", "aria-live": "polite", role: "status" });
  const controls = html("div", { class: "gd-controls" });
  const figure = html("div", { class: "gd-figure", role: "img" });
  root.append(controls, summary, figure, announcer);
  el.append(root);
  const parts = view.build(figure);
  let exact = { ...model.get("exact") };
  const reached = new Set(Object.keys(exact));
  let memory = null;
  let pending = 0;
  let announce = 0;
  let last = null;

  function paint() {
    const settings = view.settings(readSliders(model, exact, reached), model);
    const shown = memory === null ? view.first(settings, model) : view.next(settings, memory, model);
    memory = shown.memory;
    view.paint(parts, shown, settings);
    const name = view.label(shown, settings);
    if (figure.getAttribute("aria-label") !== name) figure.setAttribute("aria-label", name);
    root.gdFrame = shown; // for the browser tests: what was painted, as numbers
    root.gdSettings = settings;
    root.dataset.frames = String(Number(root.dataset.frames || 0) + 1);
    if (last !== shown.summary) {
      // only new words are written: rewriting the same ones would make the browser lay them out again
      writeSummary(summary, view.segments(shown.summary));
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
  // A change paints at once, so a key press or a move reaches the screen with the next frame; more
  // changes before that frame has begun wait for its animation callback, so a frame paints at most twice.
  let again = false;
  function frameBegins() {
    pending = 0;
    if (again) redraw();
  }
  function redraw() {
    again = Boolean(pending);
    if (again) return;
    paint();
    pending = requestAnimationFrame(frameBegins);
  }
  function newExact() {
    const sent = model.get("exact");
    for (const name of Object.keys(sent)) if (sent[name] !== exact[name]) reached.delete(name);
    exact = { ...sent };
    redraw();
  }
  const keys = [...Object.keys(model.get("specs")), ...(view.watch || [])];
  for (const key of keys) model.on(`change:${key}`, redraw);
  model.on("change:exact", newExact);
  if (view.controls) view.controls(controls, { model, redraw });
  paceWidgets(model);
  const forget = keepKeys(el);
  paint();
  return () => {
    forget();
    for (const key of keys) model.off(`change:${key}`, redraw);
    model.off("change:exact", newExact);
    cancelAnimationFrame(pending);
    clearTimeout(announce);
  };
}
