/**
 * pace.js: how often the kernel hears a value that keeps changing, such as a dragged slider's.
 *
 * A view draws every value the moment it arrives, inside the browser; the kernel needs the values only
 * to keep its settings exact (and to run a learner's own rule). Yet every value sent to the kernel
 * comes back as several messages (busy, the echo, idle) that the page must handle, and the kernel and
 * the server take the same two cores as the browser: at 30 values a second that traffic alone kept a
 * drag of the generalized explorer near 40 frames a second here, against 55 with the kernel stopped.
 * So a model's saves to the kernel are paced: the first goes at once (a key press reaches the kernel
 * with no wait); saves within `KERNEL_EVERY_MS` after it are merged into one (the model keeps every
 * changed value until it is saved), and the last value always follows when that time is up. The view's
 * own copies of the slider values (a link in the browser sets them, and saves them) would double that
 * traffic for nothing the kernel needs during a drag: they wait until the hand rests.
 * While a value waits to be sent, the kernel's echo of an older one must not overwrite it: ipywidgets
 * applies the echo of its last message when nothing newer is in its own queue, and a held value is
 * not in that queue; without this guard a slider jumped back to an older value at the end of a drag
 * until the held one came back.
 */

/** The shortest time between two saves of one model to the kernel, in milliseconds. */
export const KERNEL_EVERY_MS = 250;

const paced = new WeakSet();

/**
 * Pace `model.save_changes` (an ipywidgets model, or anything with that method): at most one save per
 * `every` ms, the first at once, later calls merged into one sent when the time is up. A save that
 * changes only keys in `mirrors` (a view's copies of its sliders' values, which the sliders send
 * themselves) waits instead until no such save has come for `every` ms, so during a drag only the
 * sliders reach the kernel and the copies follow once the hand rests. `clock` gives milliseconds and
 * `later(f, ms)` runs f after ms (the page's own by default; tests give their own). A model is paced
 * once however many views ask. Returns whether this call paced it.
 */
export function pace(model, { every = KERNEL_EVERY_MS, clock = () => performance.now(), later = setTimeout, mirrors = [] } = {}) {
  if (!model || typeof model.save_changes !== "function" || paced.has(model)) return false;
  paced.add(model);
  const save = model.save_changes.bind(model);
  const copies = new Set(mirrors);
  let last = -Infinity;
  let waiting = false; // a paced save is due
  let settling = false; // a save of copies waits for the hand to rest
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

/**
 * Pace the widgets a view's model names in its `paced` trait ("IPY_MODEL_<id>" references: its sliders
 * and itself), found through the page's widget manager. The view's own model (the one holding the very
 * `specs` object this view reads: anywidget hands the view a wrapper, not the model) keeps its copies of
 * the slider values until a drag rests. A page without a manager (the website, which has no kernel)
 * paces nothing; a reference the manager cannot find keeps ipywidgets' own pace.
 * Returns how many models this call paced.
 */
export async function paceWidgets(model) {
  const manager = model.widget_manager;
  if (!manager || typeof manager.get_model !== "function") return 0;
  let count = 0;
  for (const ref of model.get("paced") || []) {
    try {
      const found = await manager.get_model(String(ref).replace(/^IPY_MODEL_/, ""));
      const specs = model.get("specs");
      const own = specs !== undefined && typeof found.get === "function" && found.get("specs") === specs;
      if (pace(found, { mirrors: own ? Object.keys(specs) : [] })) count += 1;
    } catch {
      // not on this page: that widget is saved as ipywidgets saves it
    }
  }
  return count;
}
