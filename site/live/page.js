/**
 * page.js: the course's explorers, live on a page of the static site with no kernel and no network.
 *
 * The site's build (site/gd_site.py) leaves, where a notebook showed an explorer, an element
 * `<div class="gd-live" data-model="<id>">` and, once per page, the notebook's saved widget state in
 * `<script type="application/json" id="gd-widget-state">`. This module, bundled with every explorer's
 * view by tools/build_web.mjs into site/_static/gd_live.js, rebuilds each explorer from that state
 * (./widgets.js), starting from the settings the notebook saved. The sliders move the picture and its
 * summary exactly as in JupyterLab, since the views are the same modules. What only Python can do
 * (a learner's own rule, the alpha buttons) is named in one sentence under the explorer, with the
 * Binder link the element carries in `data-binder`.
 */

import compare from "../../gdcourse/explorers/web/src/views/compare.js";
import direction from "../../gdcourse/explorers/web/src/views/direction.js";
import generalized from "../../gdcourse/explorers/web/src/views/generalized.js";
import hotAndCold from "../../gdcourse/explorers/web/src/views/hot_and_cold.js";
import parabola from "../../gdcourse/explorers/web/src/views/parabola.js";
import regimeMap from "../../gdcourse/explorers/web/src/views/regime_map.js";
import { build, modelsOf } from "./widgets.js";

/** The view modules by the class name gdcourse.explorers.browser.view_class gives their widgets. */
export const VIEWS = {
  CompareView: compare,
  DirectionView: direction,
  GeneralizedView: generalized,
  HotAndColdView: hotAndCold,
  ParabolaView: parabola,
  RegimeMapView: regimeMap,
};

/** The sentence under an explorer for what it cannot do without Python, or "" if it can do it all. */
export function kernelNote(parts) {
  const named = [...new Set(parts)];
  if (!named.length) return "";
  const what = named.length === 1 ? named[0] : `${named.slice(0, -1).join(", ")} and ${named.at(-1)}`;
  return `Everything here moves in your browser except ${what}, which ${named.length === 1 ? "needs" : "need"} Python: `;
}

/** Bring every `.gd-live` element of `doc` to life from the page's saved widget state. */
export function start(doc = document) {
  const source = doc.getElementById("gd-widget-state");
  if (!source) return 0;
  const saved = JSON.parse(source.textContent).state;
  const models = modelsOf(saved);
  let started = 0;
  for (const holder of doc.querySelectorAll(".gd-live[data-model]")) {
    const parts = [];
    holder.replaceChildren(build(holder.dataset.model, models, saved, VIEWS, (what) => parts.push(what)));
    const note = kernelNote(parts.filter((p) => p));
    if (note && holder.dataset.binder) {
      const line = doc.createElement("p");
      line.className = "gd-live-note";
      const link = doc.createElement("a");
      link.href = holder.dataset.binder;
      link.textContent = "run this notebook on Binder";
      line.append(note, link, ".");
      holder.append(line);
    }
    holder.classList.add("gd-started");
    started += 1;
  }
  return started;
}

if (typeof document !== "undefined") {
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", () => start());
  else start();
}
