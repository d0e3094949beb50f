"""The browser paces what a dragged slider sends the kernel, and the kernel still hears the last value.

pace.js runs in Node with a clock and timers the test moves by hand; the explorers name the widgets to
pace (their sliders and their view) in the view's `paced` trait.
"""

from __future__ import annotations

import itertools
import json
from pathlib import Path

import pytest

from gdcourse.explorers import GeneralizedExplorer, ParabolaExplorer, RegimeMapExplorer
from tests.node_js import run_script

PACE = Path(__file__).resolve().parents[1] / "gdcourse" / "explorers" / "web" / "src" / "pace.js"

#: Saves at given times (ms) with given values; the clock and the timers are the test's. Prints what
#: reached the "kernel", with the time it left.
SCENARIO = r"""
const { pace, paceWidgets } = await import(process.argv[2]);
const { every, calls, end } = JSON.parse(process.argv[1]);
let now = 0;
const timers = [];
const later = (f, ms) => timers.push([now + ms, f]);
const sent = [];
const model = { value: null, save_changes(tag) { sent.push([now, this.value, tag]); } };
const paced = pace(model, { every, clock: () => now, later });
const again = pace(model, { every, clock: () => now, later });
const run = (until) => {
  timers.sort((p, q) => p[0] - q[0]);
  while (timers.length && timers[0][0] <= until) {
    const [at, f] = timers.shift();
    now = at;
    f();
  }
  now = until;
};
for (const [at, value] of calls) {
  run(at);
  model.value = value;
  model.save_changes(`call ${value}`);
}
run(end);
const bare = pace({}, { every });
const others = { a: { save_changes() {} }, b: { save_changes() {} } };
const find = async (id) => { if (!(id in others)) throw new Error("no such model"); return others[id]; };
const manager = { get_model: find };
const view = { widget_manager: manager, get: () => ["IPY_MODEL_a", "IPY_MODEL_b", "IPY_MODEL_gone"] };
const count = await paceWidgets(view);
const none = await paceWidgets({ get: () => ["IPY_MODEL_a"] });
process.stdout.write(JSON.stringify({ paced, again, sent, bare, count, none }));
"""


def scenario(every: float, calls: list[tuple[float, float]], end: float) -> dict:
    payload = json.dumps({"every": every, "calls": calls, "end": end})
    return run_script(SCENARIO, payload, PACE.as_uri(), timeout=60)


def test_a_drag_reaches_the_kernel_paced_and_ends_on_its_last_value():
    calls = [(16.0 * k, float(k)) for k in range(60)]  # a second's drag at 60 moves a second
    out = scenario(250, calls, 2000)
    times = [t for t, _, _ in out["sent"]]
    values = [v for _, v, _ in out["sent"]]
    assert out["paced"] is True and out["again"] is False
    assert values[0] == 0 and times[0] == 0, "the first value leaves at once"
    assert all(b - a >= 250 for a, b in itertools.pairwise(times)), times
    assert values[-1] == 59, "the last value always reaches the kernel"
    assert len(values) == 5, values  # at 0, 250, 500, 750 and 1000 ms
    assert out["sent"][-1][2] == "call 59", "the last call's arguments (ipywidgets' callbacks) are kept"


def test_a_single_key_press_is_sent_at_once():
    out = scenario(250, [(100.0, 1.0), (900.0, 2.0)], 2000)
    assert [[t, v] for t, v, _ in out["sent"]] == [[100, 1], [900, 2]]


#: An ipywidgets-like model: set() buffers the change until save_changes(), set_state() applies what the
#: kernel sends. The kernel echoes a value 100 ms after it was sent, as ipywidgets 8 does.
ECHOES = r"""
const { pace } = await import(process.argv[1]);
let now = 0;
const timers = [];
const later = (f, ms) => timers.push([now + ms, f]);
const run = (until) => {
  timers.sort((p, q) => p[0] - q[0]);
  while (timers.length && timers[0][0] <= until) { const [at, f] = timers.shift(); now = at; f(); }
  now = until;
};
const seen = [];
let latest = 0;
const model = {
  value: 0, _buffered_state_diff: {},
  set(value) {
    latest = value;
    this.value = value;
    this._buffered_state_diff = { ...this._buffered_state_diff, value };
  },
  save_changes() {
    const sent = this._buffered_state_diff;
    this._buffered_state_diff = {};
    if ("value" in sent) later(() => this.set_state({ value: sent.value, other: 1 }), 100);
  },
  set_state(state) {
    if ("value" in state) this.value = state.value;
    seen.push([now, this.value, latest, state]);
  },
};
pace(model, { every: 250, clock: () => now, later });
for (let k = 0; k <= 20; k += 1) { run(16 * k); model.set(k); model.save_changes(); }
run(2000);
process.stdout.write(JSON.stringify({ value: model.value, seen }));
"""


def test_an_echo_of_an_older_value_never_overwrites_a_value_waiting_to_be_sent():
    out = run_script(ECHOES, PACE.as_uri(), timeout=60)
    assert out["value"] == 20, out
    went_back = [(at, value, latest) for at, value, latest, _ in out["seen"] if value != latest]
    assert not went_back, f"an echo put the value back to an older one (ms, shown, latest): {went_back}"
    assert all(state.get("other") == 1 for *_, state in out["seen"]), "other keys still arrive"


def test_only_widgets_the_manager_knows_are_paced_and_a_page_without_one_paces_nothing():
    out = scenario(250, [], 10)
    assert out["bare"] is False, "a model without save_changes is left alone"
    assert out["count"] == 2, "the two models the manager has; a missing one is skipped"
    assert out["none"] == 0


@pytest.mark.parametrize("make", [ParabolaExplorer, GeneralizedExplorer])
def test_every_view_paces_its_sliders_and_itself(make):
    explorer = make()
    paced = explorer.browser.paced
    assert explorer.browser in paced and all(slider in paced for slider in explorer.sliders.values())
    assert len(paced) == len(set(map(id, paced))), "each widget once"


def test_the_regime_map_paces_the_sliders_it_follows():
    explorer = RegimeMapExplorer()
    for view in (explorer.browser, explorer.parabola.browser):
        assert view in view.paced and len(view.paced) == len(set(map(id, view.paced)))
    followed = [explorer.parabola.sliders[name] for name in ("weight", "input", "goal_pred", "alpha")]
    assert all(slider in explorer.browser.paced for slider in followed)


#: A view's model: during a drag its copies of the slider values ("a") wait until the hand rests; any
#: other key ("clicked") goes at once. Saves send the whole buffered diff, as ipywidgets does.
COPIES = r"""
const { pace } = await import(process.argv[1]);
let now = 0;
const timers = [];
const later = (f, ms) => timers.push([now + ms, f]);
const run = (until) => {
  timers.sort((p, q) => p[0] - q[0]);
  while (timers.length && timers[0][0] <= until) { const [at, f] = timers.shift(); now = at; f(); }
  now = until;
};
const sent = [];
const model = {
  _buffered_state_diff: {}, value: 0,
  set(key, value) { this._buffered_state_diff = { ...this._buffered_state_diff, [key]: value }; },
  save_changes() { sent.push([now, this._buffered_state_diff]); this._buffered_state_diff = {}; },
  set_state(state) { if ("a" in state) this.value = state.a; },
};
pace(model, { every: 250, clock: () => now, later, mirrors: ["a"] });
for (let k = 0; k <= 60; k += 1) { run(16 * k); model.set("a", k); model.save_changes(); }
run(1300);
model.set_state({ a: -1 });  // the kernel speaks while nothing waits: taken
const rested = model.value;
run(1400); model.set("a", 100); model.save_changes();
run(1450); model.set_state({ a: -2 });  // while a copy waits: not taken
const heldBack = model.value;
run(1500); model.set("clicked", [1, 2]); model.save_changes();
run(3000);
process.stdout.write(JSON.stringify({ sent, rested, heldBack }));
"""


def test_a_views_copies_of_its_slider_values_wait_until_the_drag_rests():
    out = run_script(COPIES, PACE.as_uri(), timeout=60)
    drag_ends = 16 * 60
    assert out["sent"][0] == [drag_ends + 250, {"a": 60}], (
        "nothing during the drag, the last value once it rests"
    )
    assert out["rested"] == -1 and out["heldBack"] == -1, "the kernel's -2 is dropped while a copy waits"
    assert out["sent"][1] == [1500, {"a": 100, "clicked": [1, 2]}], (
        "another key goes at once, with what waited"
    )
    assert len(out["sent"]) == 2, out["sent"]
