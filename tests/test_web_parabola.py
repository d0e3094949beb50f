"""The parabola explorer's browser code against the kernel: the same numbers and the same words.

The browser works out what it draws itself (gdcourse/explorers/web/src/parabola.js); the kernel's
`drawn()` and `summary` are the oracle. One explorer and the browser's `frame` are driven through
the same grid of settings, one after another (so the limits each keeps from the frame before are
compared too), and every number must be equal, every sentence the same.
"""

from __future__ import annotations

import itertools
import math
from pathlib import Path

import numpy as np
import pytest

import gdcourse as gd
from gdcourse.analysis import largest_stable_alpha, one_step_alpha
from gdcourse.explorers import ParabolaExplorer
from gdcourse.settings import ParabolaSettings
from tests.node_js import call_js

SRC = Path(gd.__file__).parent / "explorers" / "web" / "src"
PARABOLA = SRC / "parabola.js"
KEYS = ("weight", "input", "goal_pred", "alpha", "iterations")


def same(python: object, browser: object) -> bool:
    """Equal as numbers, shape and all; nan equals nan, and 0.0 is not -0.0 only where both say so."""
    a = np.asarray(python, dtype=float)
    b = np.asarray(browser, dtype=float).reshape(a.shape) if np.size(browser) == a.size else None
    return b is not None and a.shape == b.shape and bool(np.array_equal(a, b, equal_nan=True))


def browser_settings(explorer: ParabolaExplorer) -> dict[str, object]:
    s = explorer.settings
    return {**{k: getattr(s, k) for k in KEYS}, "shown": s.shown}


def own_of(explorer: ParabolaExplorer) -> dict | None:
    return explorer.browser.own or None


def run_sequence(explorer: ParabolaExplorer, changes: list[dict]) -> tuple[list, list]:
    """The explorer as made, then after each change: the kernel's frames and the browser's calls."""
    kernel = [(explorer.drawn(), explorer.summary, browser_settings(explorer), own_of(explorer))]
    for change in changes:
        explorer.set(**change)
        kernel.append((explorer.drawn(), explorer.summary, browser_settings(explorer), own_of(explorer)))
    return kernel, [[k[2], k[3]] for k in kernel]


def compare(kernel: list, browser: list) -> None:
    assert len(browser) == len(kernel)
    for (drawn, summary, settings, _), shown in zip(kernel, browser, strict=True):
        assert shown["summary"] == summary, settings
        for key, value in drawn.items():
            assert same(value, shown["drawn"][key]), (key, settings, value, shown["drawn"][key])
        assert set(shown["drawn"]) == set(drawn)


def the_grid() -> list[dict]:
    """Slider ends, diverging corners, input 0 and near it, the one-step and edge alphas, 1 and 50 steps."""
    changes = []
    for weight, input, goal_pred in itertools.product(
        (-1.0, 0.5, 2.0), (-3.0, -0.5, 0.0, 0.05, 2.0, 3.0), (-1.0, 0.0, 2.0)
    ):
        alphas = [0.001, 0.1, 1.0, 10.0]
        if input != 0:
            alphas += [a for a in (one_step_alpha(input), largest_stable_alpha(input)) if 0.001 <= a <= 10]
        for alpha in alphas:
            for iterations in (1, 50):
                changes.append(
                    {
                        "weight": weight,
                        "input": input,
                        "goal_pred": goal_pred,
                        "alpha": alpha,
                        "iterations": iterations,
                    }
                )
    return changes


def test_the_browser_draws_the_kernels_numbers_over_the_grid():
    explorer = ParabolaExplorer()
    kernel, calls = run_sequence(explorer, the_grid())
    browser = call_js(PARABOLA, "frameSequence", [[[c[0] for c in calls], [c[1] for c in calls]]])[0]
    compare(kernel, browser)


def test_a_new_explorer_starts_where_the_kernels_does():
    starts = [
        {"weight": 0.5, "input": 0.5, "goal_pred": 0.8, "alpha": 1.0, "iterations": 20},
        {"weight": -1.0, "input": 3.0, "goal_pred": 2.0, "alpha": 10.0, "iterations": 50},
        {"weight": 2.0, "input": 0.0, "goal_pred": -1.0, "alpha": 0.001, "iterations": 1},
        {"weight": 0.0, "input": 2.0, "goal_pred": 0.8, "alpha": 0.5, "iterations": 7},
        {"weight": 0.5, "input": 1e-100, "goal_pred": 0.8, "alpha": 1.0, "iterations": 3},
    ]
    kernel = []
    for start in starts:
        e = ParabolaExplorer(**start)
        kernel.append((e.drawn(), e.summary, browser_settings(e), own_of(e)))
    browser = call_js(PARABOLA, "firstFrames", [[[k[2] for k in kernel], [k[3] for k in kernel]]])[0]
    compare(kernel, browser)


def test_revealing_steps_one_at_a_time_matches():
    explorer = ParabolaExplorer(weight=0.0, input=2.0, goal_pred=0.8, alpha=0.3, iterations=8)
    changes = [{"shown": k} for k in range(9)] + [{"alpha": 0.5, "shown": 2}, {"iterations": 3}]
    kernel, calls = run_sequence(explorer, changes)
    browser = call_js(PARABOLA, "frameSequence", [[[c[0] for c in calls], [c[1] for c in calls]]])[0]
    compare(kernel, browser)


def book_rule(weight, input, goal_pred, alpha):
    return weight - alpha * (input * weight - goal_pred) * input


def doubled_rule(weight, input, goal_pred, alpha):
    return weight - 2 * alpha * (input * weight - goal_pred) * input


def runaway_rule(weight, input, goal_pred, alpha):
    return weight * 1e200


def raising_rule(weight, input, goal_pred, alpha):
    raise ZeroDivisionError("no")


@pytest.mark.parametrize("rule", [book_rule, doubled_rule, runaway_rule, raising_rule])
def test_a_learners_rule_is_drawn_as_the_kernel_ran_it(rule):
    explorer = ParabolaExplorer(rule=rule)
    changes = [
        {"alpha": 0.3},
        {"input": 2.0, "alpha": 0.5},
        {"input": 3.0, "alpha": 1.0, "iterations": 5},
        {"shown": 2},
    ]
    kernel, calls = run_sequence(explorer, changes)
    assert all(c[1] for c in calls), "the kernel sends the rule's run"
    browser = call_js(PARABOLA, "frameSequence", [[[c[0] for c in calls], [c[1] for c in calls]]])[0]
    compare(kernel, browser)


def test_the_browser_does_not_show_a_rules_run_worked_out_for_other_settings():
    explorer = ParabolaExplorer(rule=book_rule)
    stale = explorer.browser.own
    explorer.set(alpha=0.3)
    settings = browser_settings(explorer)
    (shown,) = call_js(PARABOLA, "frameSequence", [[[settings], [stale]]])[0]
    assert shown["drawn"]["own_path"] == [] and "Your rule" not in shown["summary"]
    assert not math.isnan(shown["drawn"]["curve"][0][1])


def test_the_browser_reads_a_slider_as_the_kernel_does():
    """host.js's `reading` against panel.reading: an exact value within half a step stands, a snapped
    float loses its noise, a log slider keeps its own value; over every slider kind and many values."""
    from gdcourse.explorers.browser import spec_payload
    from gdcourse.explorers.panel import make_slider, reading

    rng = np.random.default_rng(5)
    calls, expected = [], []
    for name, spec in ParabolaSettings.SLIDERS.items():
        made = make_slider(name, spec.low, spec)
        for _ in range(60):
            exact = (
                float(rng.uniform(spec.low, spec.high)) if spec.kind != "int" else int(rng.integers(1, 50))
            )
            shown = exact * (1 + float(rng.normal(0, 0.01))) if spec.kind != "int" else exact
            made.value = min(max(shown, made.min if spec.kind != "log" else spec.low), spec.high)
            for given in (exact, None):
                calls.append([made.value, given, spec_payload({name: spec})[name]])
                expected.append(reading(made, given))
    assert call_js(SRC / "host.js", "reading", calls) == expected


def test_a_value_set_from_code_reaches_the_browser_exactly():
    """alpha 0.3 is off the log slider's grid (it shows 0.302): the view is told the exact value."""
    e = ParabolaExplorer(alpha=0.3)
    assert e.browser.exact["alpha"] == 0.3 and e.browser.alpha == 0.3
    e.set(input=2.0, alpha=0.25)
    assert e.browser.exact["alpha"] == 0.25 and e.browser.exact["input"] == 2.0
