"""The compare explorer's browser code against the kernel: the same numbers, labels and words.

The browser works out what it draws itself (gdcourse/explorers/web/src/compare.js); the kernel's
`drawn()`, `labels()` and `summary` are the oracle. One explorer and the browser's `frame` are driven
through the same grid of settings, one after another (so the limits each panel keeps from the frame
before are compared too), and every number must be equal, every label and sentence the same.
"""

from __future__ import annotations

import itertools
from pathlib import Path

import numpy as np

import gdcourse as gd
from gdcourse.explorers import CompareExplorer
from tests.node_js import call_js

SRC = Path(gd.__file__).parent / "explorers" / "web" / "src"
COMPARE = SRC / "compare.js"
KEYS = ("weight", "input", "goal_pred")


def same(python: object, browser: object) -> bool:
    """Equal as numbers, shape and all (nan equals nan)."""
    a = np.asarray(python, dtype=float)
    b = np.asarray(browser, dtype=float)
    return a.shape == b.shape and bool(np.array_equal(a, b, equal_nan=True))


def seen(explorer: CompareExplorer) -> tuple[dict, dict, str, dict]:
    """What the kernel shows: drawn numbers, labels, summary, and the settings the browser reads."""
    s = explorer.settings
    return explorer.drawn(), explorer.labels(), explorer.summary, {k: getattr(s, k) for k in KEYS}


def compare(kernel: list, browser: list) -> None:
    assert len(browser) == len(kernel)
    for (drawn, labels, summary, settings), shown in zip(kernel, browser, strict=True):
        assert shown["summary"] == summary, settings
        assert shown["labels"] == labels, settings
        assert set(shown["drawn"]) == set(drawn)
        for key, value in drawn.items():
            assert same(value, shown["drawn"][key]), (key, settings, value, shown["drawn"][key])


def the_grid() -> list[dict]:
    """The sliders' ends and middles, every combination, then back through them in reverse."""
    weights = (-1.0, 0.0, 0.5, 1.0, 2.0)
    inputs = (-2.0, -0.05, 0.0, 0.05, 0.5, 1.0, 2.0)
    goal_preds = (-1.0, 0.0, 0.5, 0.8, 2.0)
    grid = [
        {"weight": w, "input": i, "goal_pred": g}
        for i, g, w in itertools.product(inputs, goal_preds, weights)
    ]
    return grid + grid[::-1]


def test_the_browser_draws_the_kernels_numbers_over_the_grid():
    explorer = CompareExplorer()
    kernel = [seen(explorer)]
    for change in the_grid():
        explorer.set(**change)
        kernel.append(seen(explorer))
    browser = call_js(COMPARE, "frameSequence", [[[k[3] for k in kernel]]])[0]
    compare(kernel, browser)


def test_one_slider_at_a_time_matches():
    """A learner drags one slider, then another: small moves keep the axes, big ones refit them."""
    explorer = CompareExplorer()
    kernel = [seen(explorer)]
    for name, values in (
        ("goal_pred", (0.85, 0.9, 0.75, 2.0, -1.0)),
        ("input", (0.55, 1.8, -2.0, 0.0, 2.0)),
        ("weight", (1.9, -1.0, 2.0, 0.004)),
    ):
        for value in values:
            explorer.sliders[name].value = value
            kernel.append(seen(explorer))
    browser = call_js(COMPARE, "frameSequence", [[[k[3] for k in kernel]]])[0]
    compare(kernel, browser)


def test_a_new_explorer_starts_where_the_kernels_does():
    starts = [
        {"weight": 0.5, "input": 0.5, "goal_pred": 0.8},
        {"weight": -1.0, "input": -2.0, "goal_pred": -1.0},
        {"weight": 2.0, "input": 2.0, "goal_pred": 2.0},
        {"weight": 2.0, "input": -2.0, "goal_pred": -1.0},
        {"weight": 0.5, "input": 0.0, "goal_pred": 0.8},
        {"weight": 0.0, "input": 0.0, "goal_pred": 0.0},
        {"weight": 0.004, "input": 0.05, "goal_pred": 0.0},
        {"weight": -1.0, "input": 0.0, "goal_pred": -1.0},
        {"weight": 0.5, "input": 1e-100, "goal_pred": 0.8},
    ]
    kernel = [seen(CompareExplorer(**start)) for start in starts]
    browser = call_js(COMPARE, "firstFrames", [[[k[3] for k in kernel]]])[0]
    compare(kernel, browser)


def test_the_squared_error_is_in_bold():
    """The view bolds the summary's last part, the squared error, and keeps every word of it."""
    explorer = CompareExplorer(weight=2.0, input=-2.0, goal_pred=-1.0)
    head, tail = call_js(COMPARE, "emphasised", [[explorer.summary]])[0]
    assert head + tail == explorer.summary
    assert tail == "squared error = 9"


def test_the_explorer_is_drawn_in_the_browser():
    explorer = CompareExplorer()
    assert explorer.browser in explorer.widget.children
    assert "gd-explorer-compare" in explorer.widget._dom_classes
    assert explorer.browser.weight == 0.5 and explorer.browser.input == 0.5
