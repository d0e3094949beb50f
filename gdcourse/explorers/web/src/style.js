/**
 * style.js: the explorers' colours and the one style sheet every view adds to its page.
 *
 * The colours are the course's (gdcourse/figures/style.py: the Okabe-Ito palette, its orange and sky
 * blue darkened to 3:1 on white, and `ink`, each colour's text at 4.5:1); colour is never the only
 * cue, since every series also has its own marker or dash.
 */

export const BLUE = "#0072B2";
export const ORANGE = "#C28600";
export const GREEN = "#009E73";
export const VERMILION = "#D55E00";
export const SKY = "#1E9BE2";
export const PURPLE = "#CC79A7";
export const BLACK = "#000000";

/** Each colour as text: the same hue, dark enough to read at 4.5:1 on white (style.py's INK). */
export const INK = {
  [BLUE]: BLUE,
  [ORANGE]: "#9C6C00",
  [GREEN]: "#008460",
  [VERMILION]: "#C15500",
  [SKY]: "#187CB5",
  [PURPLE]: "#BB4D8A",
  [BLACK]: BLACK,
};

/** The colour to write text in for a line or mark drawn in `colour` (one of the colours above). */
export function ink(colour) {
  return INK[colour] || BLACK;
}

// content-visibility: an explorer scrolled out of view is not laid out or painted at all, so a page
// with several (the playground has six) spends each frame of a drag on the one in view only.
// Focus: every control of an explorer (its sliders' handles and readouts, and the buttons around it)
// shows a 3-pixel blue ring, 7:1 on white (JupyterLab's own ring on a button is 2.21:1), and a slider's
// handle is edged in dark grey, 7:1 (JupyterLab's light grey edge is 1.41:1): WCAG 1.4.11, 2.4.7.
// (important: ipywidgets gives its buttons a 1-pixel ring with a more specific rule)
const SHEET = `
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

/** Add the style sheet to the page once (a second view on the page finds it there). */
export function addStyle(doc = document) {
  if (doc.getElementById("gd-explorer-style")) return;
  const node = doc.createElement("style");
  node.id = "gd-explorer-style";
  node.textContent = SHEET;
  doc.head.append(node);
}
