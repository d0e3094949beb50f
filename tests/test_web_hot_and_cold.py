"""The hot-and-cold explorer's browser code against the kernel: the same numbers and the same words.

The browser runs the book's hot-and-cold loop itself and works out what it draws
(gdcourse/explorers/web/src/hot_and_cold.js); the kernel's `drawn()`, `summary`, goal label and still
picture's alt text are the oracle. Explorers and the browser's `frame` are driven through the same grid
of settings, one after another (the kernel keeps no limits between changes; driving them in turn
proves it), and fresh explorers are compared with the browser's first frames: every number must be
equal, every sentence the same.
"""

from __future__ import annotations

import itertools
import json
import re
import subprocess
from pathlib import Path

import numpy as np
import pytest

import gdcourse as gd
from gdcourse.explorers import HotAndColdExplorer
from gdcourse.explorers.browser import spec_payload
from gdcourse.figures.framing import ROUND_ENDS
from gdcourse.pictures.hot_and_cold import ALT, setting_words
from gdcourse.settings import HotAndColdSettings
from tests.node_js import STUB_DOM, call_js, node_or_skip

WEB = Path(gd.__file__).parent / "explorers" / "web"
HOT_AND_COLD = WEB / "src" / "hot_and_cold.js"
VIEW = WEB / "src" / "views" / "hot_and_cold.js"
KEYS = ("weight", "step_amount", "iterations", "input", "goal_pred")


def same(python: object, browser: object) -> bool:
    """Equal as numbers, shape and all; nan equals nan."""
    a = np.asarray(python, dtype=float)
    b = np.asarray(browser, dtype=float).reshape(a.shape) if np.size(browser) == a.size else None
    return b is not None and a.shape == b.shape and bool(np.array_equal(a, b, equal_nan=True))


def kernel_frame(explorer: HotAndColdExplorer) -> dict:
    """What the kernel's view holds now: drawn(), the summary, and the goal weight's label."""
    label = explorer.view.parabola.goal_label
    return {
        "drawn": explorer.drawn(),
        "summary": explorer.summary,
        "settings": {k: getattr(explorer.settings, k) for k in KEYS},
        "goalLabel": label.get_text(),
        "goalRight": label.get_ha() == "right",
    }


def compare(kernel: list[dict], browser: list[dict]) -> None:
    assert len(browser) == len(kernel)
    for k, shown in zip(kernel, browser, strict=True):
        settings = k["settings"]
        assert shown["summary"] == k["summary"], settings
        assert set(shown["drawn"]) == set(k["drawn"]), settings
        for key, value in k["drawn"].items():
            assert same(value, shown["drawn"][key]), (key, settings, value, shown["drawn"][key])
        assert shown["goalLabel"] == k["goalLabel"], settings
        assert shown["goalRight"] == k["goalRight"], settings


def driven(start: dict, changes: list[dict]) -> list[dict]:
    """An explorer made at `start`, then moved through `changes`: the kernel's frame after each."""
    explorer = HotAndColdExplorer(**start)
    frames = [kernel_frame(explorer)]
    for change in changes:
        explorer.set(**change)
        frames.append(kernel_frame(explorer))
    return frames


def browser_sequence(kernel: list[dict]) -> list[dict]:
    return call_js(HOT_AND_COLD, "frameSequence", [[[k["settings"] for k in kernel]]])[0]


#: The sliders' ends and middles, the book's step_amounts (0.001 and 10), and values off their grids.
WEIGHTS = (-1.0, 0.0, 0.5, 1.6, 2.0, 0.123)
STEPS = (0.0001, 0.001, 0.0037, 0.1, 0.3, 1.0, 10.0)
ITERATIONS = (1, 2, 3, 6, 13, 40)


def the_grid() -> list[dict]:
    """Every weight, step_amount and short iteration count together, then the longest runs."""
    changes = [
        {"weight": w, "step_amount": s, "iterations": n}
        for w, s, n in itertools.product(WEIGHTS, STEPS, ITERATIONS)
    ]
    changes += [
        {"weight": w, "step_amount": s, "iterations": n}
        for w, s, n in itertools.product((-1.0, 0.5, 2.0), (0.0001, 0.001, 0.01, 10.0), (777, 1101, 2000))
    ]
    return changes


def test_the_browser_draws_the_kernels_numbers_over_the_grid():
    kernel = driven({}, the_grid())
    compare(kernel, browser_sequence(kernel))


#: Input and goal_pred are chosen at the start: their ends, near 0 and the smallest sizes they may have.
INPUTS = (-2.0, -0.5, -0.05, -1e-100, 1e-100, 0.05, 0.5, 2.0)
GOAL_PREDS = (-1.0, 0.0, 0.8, 2.0)


@pytest.mark.parametrize("input", INPUTS)
def test_every_input_and_goal_pred_chosen_at_the_start(input):
    kernel = []
    for goal_pred in GOAL_PREDS:
        changes = [
            {"weight": w, "step_amount": s, "iterations": n}
            for w, s, n in itertools.product((-1.0, 0.5, 2.0), (0.0001, 0.3, 10.0), (1, 7, 300))
        ]
        kernel += driven({"input": input, "goal_pred": goal_pred, "iterations": 5}, changes)
    compare(kernel, browser_sequence(kernel))


#: Each case the summary and the picture tell apart (see tests/test_explorers_hot_and_cold.py).
SPECIAL = [
    {"weight": 0.5, "step_amount": 0.001, "iterations": 1101},  # the book's run: it lands on 1.6
    {"weight": 0.5, "step_amount": 10.0, "iterations": 6},  # bounces; the up try leaves the view
    {"weight": 0.5, "step_amount": 0.1, "iterations": 13},  # reaches the goal weight, then hops
    {"weight": 0.5, "step_amount": 0.3, "iterations": 20},  # bounces around it
    {"weight": 0.5, "step_amount": 10.0, "iterations": 1},  # as close as step_amount allows
    {"weight": 0.5, "step_amount": 10.0, "iterations": 2},  # about 1 step to go
    {"weight": 0.5, "step_amount": 0.0001, "iterations": 2000},  # about 9001 steps to go
    {"weight": 1.6, "step_amount": 1.0, "iterations": 3},  # starts on the goal weight: error exactly 0
    {"weight": 2.0, "step_amount": 0.1, "iterations": 5},  # walks down onto the goal weight
    {"weight": -1.0, "step_amount": 10.0, "iterations": 2000},  # the widest hops, the longest run
    {"weight": 0.5, "input": 1e-100, "step_amount": 0.3, "iterations": 4},  # a goal weight of 8e+99
    {"weight": -1.0, "input": -2.0, "goal_pred": 2.0, "step_amount": 0.0001, "iterations": 2000},  # exactly 0
    {"weight": 0.0, "input": -1.0, "goal_pred": 0.5, "step_amount": 0.01, "iterations": 200},
]


def test_a_new_explorer_starts_where_the_kernels_does():
    kernel = [kernel_frame(HotAndColdExplorer(**start)) for start in [{}, *SPECIAL]]
    browser = call_js(HOT_AND_COLD, "firstFrames", [[[k["settings"] for k in kernel]]])[0]
    compare(kernel, browser)


def test_the_special_cases_say_what_the_kernel_says():
    words = [kernel_frame(HotAndColdExplorer(**start))["summary"] for start in SPECIAL]
    assert any("then hops between" in w for w in words) and any("as step_amount allows" in w for w in words)
    assert any("about 1 step to go" in w for w in words) and any("last error 0 at" in w for w in words)
    assert any("bounces between" in w for w in words)
    assert any(re.search(r"about \d{90,} steps to go", w) for w in words), "a huge count, in full"


def test_the_accessible_name_is_the_stills_alt_text_then_the_setting():
    starts = [{}, SPECIAL[1], SPECIAL[7], SPECIAL[10]]
    explorers = [HotAndColdExplorer(**start) for start in starts]
    settings = [{k: getattr(e.settings, k) for k in KEYS} for e in explorers]
    browser = call_js(HOT_AND_COLD, "firstFrames", [[settings]])[0]
    for explorer, shown in zip(explorers, browser, strict=True):
        still = explorer.picture()
        assert shown["label"] == f"{still.alt} {setting_words(explorer.settings)}"
        assert still.caption.startswith(setting_words(explorer.settings))


def test_the_iteration_axis_ends_on_the_kernels_round_numbers():
    assert call_js(HOT_AND_COLD, "iterationAxisEnd", [[n] for n in range(1, 2001)]) == [
        gd.figures.framing.iteration_axis_end(n) for n in range(1, 2001)
    ]
    ends = call_js(HOT_AND_COLD, "iterationAxisEnd", [[end] for end in ROUND_ENDS])
    assert ends == list(ROUND_ENDS)


def test_the_explorer_is_drawn_in_the_browser():
    e = HotAndColdExplorer(weight=0.25, input=-1.0, goal_pred=0.5)
    assert e.browser in e.widget.children
    assert (e.browser.weight, e.browser.input, e.browser.goal_pred) == (0.25, -1.0, 0.5)
    e.set(step_amount=0.0037)  # off the log slider's grid: the browser hears the exact value too
    assert e.browser.exact["step_amount"] == 0.0037


def test_the_view_lays_out_its_panels_where_the_kernels_figure_has_them():
    explorer = HotAndColdExplorer()
    width, height = (inches * 100 for inches in explorer.size)
    (boxes,) = call_js(VIEW, "boxes", [[]])
    assert len(boxes) == len(explorer.view.figure.axes) == 2
    for ax, box in zip(explorer.view.figure.axes, boxes, strict=True):
        x0, y0, w, h = ax.get_position().bounds
        expected = [x0 * width, (1 - y0 - h) * height, w * width, h * height]
        assert [box[k] for k in ("left", "top", "width", "height")] == pytest.approx(expected, abs=1e-6)


def test_the_view_ticks_its_axes_where_matplotlib_would():
    """The picture's tick marks, worked out in the view, at matplotlib's places (the figure is never
    drawn, but its locators can still be asked)."""
    few_decades = {"weight": -1.0, "input": 2.0, "goal_pred": 2.0, "step_amount": 10.0, "iterations": 3}
    for start in [{}, *SPECIAL, few_decades]:
        explorer = HotAndColdExplorer(**start)
        left, right = explorer.view.figure.axes
        drawn = explorer.drawn()
        limits = [drawn["parabola_limits"].tolist(), drawn["errors_limits"].tolist()]
        (ticks,) = call_js(VIEW, "ticksOf", [limits])
        for ax, name in ((left, "left"), (right, "right")):
            for axis, limits, key in ((ax.xaxis, ax.get_xlim(), "x"), (ax.yaxis, ax.get_ylim(), "y")):
                low, high = sorted(limits)
                wanted = [t for t in axis.get_major_locator()() if low <= t <= high]
                assert ticks[name][key] == pytest.approx(wanted, rel=1e-9, abs=1e-12), (start, name, key)
        low, high = right.get_ylim()
        majors = right.yaxis.get_major_locator()()
        minors = [t for t in right.yaxis.get_minor_locator()() if low <= t <= high and t not in majors]
        assert ticks["rightMinor"] == pytest.approx(minors, rel=1e-9), start


#: The bundled view mounted on a stub DOM in Node, painted at every corner of the sliders (and of the
#: input and goal_pred chosen at the start): every attribute it sets is reported, so a NaN or an infinity
#: reaching the SVG shows.
PAINT_EVERYWHERE = (
    STUB_DOM
    + r"""
const { specs, corners } = JSON.parse(process.argv[1]);
const view = (await import(process.argv[2])).default;
const values = { ...corners[0] };
const handlers = {};
const model = {
  get: (key) => (key === "specs" ? specs : key === "exact" ? {} : values[key]),
  set: () => {}, save_changes: () => {},
  on: (name, f) => { handlers[name] = f; }, off: () => {},
};
const el = new Node("div");
view.render({ model, el });
const labels = [];
const summaries = [];
for (const corner of corners) {
  Object.assign(values, corner);
  handlers["change:weight"]();
  while (frames.length) frames.shift()();
  labels.push(el.children[0].children[2].attrs["aria-label"]);
  summaries.push(el.children[0].children[1].children.map((c) => c.textContent || c.text).join(""));
}
const bad = written.filter(([, , v]) => /NaN|Infinity|undefined/.test(String(v)));
process.stdout.write(JSON.stringify({ bad: bad.slice(0, 20), labels, summaries, count: written.length }));
"""
)


def test_no_nan_or_infinity_reaches_the_svg_at_any_slider_end():
    corners = [
        {"weight": w, "step_amount": s, "iterations": n, "input": i, "goal_pred": g}
        for w, s, n, i, g in itertools.product(
            (-1.0, 2.0), (0.0001, 10.0), (1, 2000), (-2.0, -1e-100, 1e-100, 2.0), (-1.0, 2.0)
        )
    ]
    corners.append({"weight": 1.6, "step_amount": 1.0, "iterations": 3, "input": 0.5, "goal_pred": 0.8})
    payload = json.dumps({"specs": spec_payload(HotAndColdSettings.SLIDERS), "corners": corners})
    done = subprocess.run(
        [
            node_or_skip(),
            "--input-type=module",
            "-e",
            PAINT_EVERYWHERE,
            payload,
            (WEB / "dist" / "hot_and_cold.js").as_uri(),
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    seen = json.loads(done.stdout)
    assert seen["count"] > 0 and seen["bad"] == []
    for corner, label, said in zip(corners, seen["labels"], seen["summaries"], strict=True):
        settings = HotAndColdSettings.checked(**corner)
        summary = HotAndColdExplorer.summary_of(settings)
        assert said == summary
        assert label == f"{ALT} {setting_words(settings)}", "the still's alt, then the setting"
        assert summary not in label, "the summary is the text above the picture: not heard twice"
