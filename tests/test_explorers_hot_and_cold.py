"""Chapter 2's explorer driven without a browser: every slider edge gives a sane picture and true words."""

import itertools
import math
import statistics
import time
import warnings

import numpy as np
import pytest
from explorer_checks import inside, ranges

import gdcourse as gd
from gdcourse.explorers.hot_and_cold import HotAndColdExplorer
from gdcourse.settings import HotAndColdSettings
from gdcourse.summaries import number, outcome

RANGES = ranges(HotAndColdSettings)


@pytest.fixture(scope="module")
def explorer():
    return HotAndColdExplorer()


def assert_sane(explorer):
    """Every drawn number is finite, every point inside its axes, one error point per iteration."""
    drawn = explorer.drawn()
    for name, data in drawn.items():
        assert np.isfinite(data).all(), name
    for name in ("start", "path", "last", "up_try", "down_try"):
        assert inside(drawn[name], drawn["parabola_limits"]), (name, drawn["parabola_limits"])
    for name in ("errors", "last_error", "below_floor"):
        assert inside(drawn[name], drawn["errors_limits"]), (name, drawn["errors_limits"])
    assert len(drawn["errors"]) == len(drawn["path"]) == explorer.settings.iterations
    assert drawn["errors_limits"][1][0] > 0, "a log axis needs a positive floor"


STEPS = [RANGES["step_amount"][0], 0.001, 0.1, 0.3, 1.0, RANGES["step_amount"][1]]
ITERATIONS = [RANGES["iterations"][0], 2, 6, 1101, RANGES["iterations"][1]]
WEIGHTS = [RANGES["weight"][0], 0.5, 1.6, RANGES["weight"][1]]


@pytest.mark.parametrize(("step_amount", "iterations"), list(itertools.product(STEPS, ITERATIONS)))
def test_every_edge_gives_a_sane_picture_and_the_summary_of_the_run(explorer, step_amount, iterations):
    for weight in WEIGHTS:
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            explorer.set(weight=weight, step_amount=step_amount, iterations=iterations)
        run = gd.hot_and_cold(weight, 0.5, 0.8, step_amount, iterations)
        assert np.array_equal(explorer.trajectory.weights, run.weights)
        assert f"{iterations} iteration" in explorer.summary
        assert f", {3 * iterations} predictions;" in explorer.summary
        assert explorer.summary.endswith(f"at prediction {number(run.predictions[-1])}")
        assert_sane(explorer)


def test_the_books_run(explorer):
    explorer.set(weight=0.5, step_amount=0.001, iterations=1101)
    assert explorer.summary == (
        "The weight reaches 1.6, the goal weight: 1101 iterations, 3303 predictions; "
        "last error 1.08e-27 at prediction 0.8"
    )
    assert gd.book_lines(explorer.trajectory)[-2:] == [
        "Error:2.50000000033e-07 Prediction:0.7995",
        "Error:1.07995057925e-27 Prediction:0.8",
    ]


def test_step_ten_bounces_as_the_book_shows(explorer):
    explorer.set(weight=0.5, step_amount=10, iterations=6)
    assert explorer.summary.startswith("The weight bounces between 0.5 and 10.5, around the goal weight")
    errors = explorer.drawn()["errors"][:, 1]
    assert errors.tolist() == pytest.approx([0.3025, 19.8025] * 3)
    (low, high), _ = explorer.drawn()["parabola_limits"]
    assert low < 0.5 and high > 10.5, "the view widens to hold both weights it hops between"


@pytest.mark.parametrize(
    ("weight", "step_amount", "iterations", "words"),
    [
        (0.5, 0.001, 1, "The weight is still on its way to the goal weight 1.6, about 1100 steps to go"),
        (0.5, 0.0001, 2000, "The weight is still on its way to the goal weight 1.6, about 9001 steps to go"),
        (0.5, 0.1, 12, "The weight reaches 1.6, the goal weight"),
        (
            0.5,
            0.1,
            13,
            "The weight reaches 1.6, the goal weight, then hops between 1.5 and 1.6",
        ),
        (0.5, 0.3, 20, "The weight bounces between 1.4 and 1.7, around the goal weight 1.6"),
        (0.5, 10, 1, "The weight is as close to the goal weight 1.6 as step_amount allows"),
        (0.5, 10, 2, "The weight is still on its way to the goal weight 1.6, about 1 step to go"),
        (2.0, 0.1, 5, "The weight reaches 1.6, the goal weight"),
    ],
)
def test_the_summary_says_where_the_weight_ended_up(explorer, weight, step_amount, iterations, words):
    explorer.set(weight=weight, step_amount=step_amount, iterations=iterations)
    assert explorer.summary.startswith(words + ":"), explorer.summary


def test_an_exact_zero_error_sits_on_the_floor_of_the_log_axis(explorer):
    explorer.set(weight=1.6, step_amount=1.0, iterations=3)  # starts on the goal weight: error exactly 0
    assert explorer.trajectory.errors[0] == 0
    assert "last error 0 at prediction 0.8" in explorer.summary
    drawn = explorer.drawn()
    assert len(drawn["below_floor"]) == 3
    assert explorer.view.errors.zeros_note.get_visible(), "the x markers are explained"
    assert_sane(explorer)
    explorer.set(weight=0.5, step_amount=0.3, iterations=3)
    assert not explorer.view.errors.zeros_note.get_visible()


def test_the_tries_of_the_last_iteration_are_drawn(explorer):
    explorer.set(weight=0.5, step_amount=0.3, iterations=3)  # last printed weight 1.1
    drawn = explorer.drawn()
    assert drawn["up_try"][0].tolist() == pytest.approx([1.4, (0.8 - 0.5 * 1.4) ** 2])
    assert drawn["down_try"][0].tolist() == pytest.approx([0.8, (0.8 - 0.5 * 0.8) ** 2])


BAD_SETTINGS = [
    ({"step_amount": 0}, "step_amount must be between 0.0001 and 10"),
    ({"step_amount": 11}, "step_amount must be between 0.0001 and 10"),
    ({"step_amount": math.nan}, "step_amount must be a finite number"),
    ({"iterations": 0}, "iterations must be between 1 and 2000"),
    ({"iterations": 2001}, "iterations must be between 1 and 2000"),
    ({"iterations": 3.5}, "iterations must be a whole number"),
    ({"weight": -2}, "weight must be between -1 and 2"),
    ({"alpha": 0.1}, "unknown setting 'alpha'"),
]


@pytest.mark.parametrize(("change", "message"), BAD_SETTINGS)
def test_bad_settings_raise_and_change_nothing(explorer, change, message):
    explorer.set(weight=0.5, step_amount=0.001, iterations=1101)
    before = explorer.settings
    with pytest.raises(ValueError, match=message):
        explorer.set(**change)
    assert explorer.settings == before


@pytest.mark.parametrize(
    ("change", "message"),
    [
        *[c for c in BAD_SETTINGS if "alpha" not in c[0]],
        ({"input": 0}, "input must not be 0"),
        ({"input": 5}, "input must be between -2 and 2"),
        ({"goal_pred": -3}, "goal_pred must be between -1 and 2"),
    ],
)
def test_bad_values_at_the_start_raise_too(change, message):
    with pytest.raises(ValueError, match=message):
        HotAndColdExplorer(**change)
    with pytest.raises(ValueError, match=message):
        gd.explorers.hot_and_cold_picture(**change)


def test_input_and_goal_pred_can_be_chosen_at_the_start():
    e = HotAndColdExplorer(weight=0.0, step_amount=0.01, iterations=200, input=-1.0, goal_pred=0.5)
    assert e.summary.startswith("The weight reaches -0.5, the goal weight")


def test_a_picture_for_pages_without_a_kernel(explorer):
    explorer.set(weight=0.5, step_amount=10, iterations=6)
    still = explorer.picture()
    assert still.png.startswith(b"\x89PNG")
    assert still.caption.startswith(
        "Hot and cold from weight 0.5 with input 0.5, goal_pred 0.8 and step_amount 10."
    )
    assert "6 iterations, 18 predictions" in still.caption
    assert "log scale" in still.alt and "iterations" not in still.alt, "the alt never repeats the caption"


def test_outcome_needs_no_explorer():
    assert outcome(gd.hot_and_cold(0.5, 0.5, 0.8, 0.001, 1101)) == "the weight reaches 1.6, the goal weight"


def test_a_slider_change_with_2000_iterations_stays_quick(explorer):
    """The loop is pure Python: at the slider's top, a change (run, describe, update) stays well under 1 s."""
    explorer.set(weight=0.5, step_amount=0.001, iterations=2000)
    times = []
    for k, step in enumerate(np.geomspace(0.0001, 0.1, 15)):
        started = time.perf_counter()
        explorer.sliders["step_amount" if k % 2 else "weight"].value = float(step if k % 2 else 0.5 - step)
        times.append(time.perf_counter() - started)
    print(f"median slider change at 2000 iterations: {1000 * statistics.median(times):.1f} ms")
    assert statistics.median(times) < 0.5
