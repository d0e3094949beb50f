/**
 * sequence.js: a new explorer's frames for settings shown one after another, as a learner moves
 * the sliders: the first from the view's `first`, each later one from `next` with the memory (the
 * kept axes limits) of the frame before. The cross-language tests drive every view this way.
 */

/** Frames for `settingsList` in order; `extras[k]`, if given, is passed on with the k-th settings. */
export function inSequence(first, next, settingsList, extras = []) {
  let memory = null;
  return settingsList.map((settings, k) => {
    const extra = extras[k] || null;
    const made = memory === null ? first(settings, extra) : next(settings, memory, extra);
    memory = made.memory;
    return made;
  });
}
