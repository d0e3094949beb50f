"""Whatever a careless learner types, every public function answers: a value, or a ValueError in words.

Never an OverflowError, ZeroDivisionError, TypeError, IndexError or a RuntimeWarning. Hypothesis feeds
every public function numbers from 1e-320 to 1e308 of both signs, zero, ints too big for a float,
numpy scalars, and the non-numbers a slip produces (None, '0.3', True, nan, a list).
"""

from __future__ import annotations

import inspect
import math
import warnings

import numpy as np
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import gdcourse as gd
from gdcourse import analysis, checks, fmt, summaries
from gdcourse.exercises import all_exercises
from gdcourse.pictures import Picture
from gdcourse.settings import CompareSettings, DirectionSettings, ParabolaSettings

EXTREMES = [0, 0.0, -0.0, 5e-324, 1e-320, -1e-320, 1e-200, 1e-160, 1e-155, 1e155, 1e200, 1e308, -1e308]
FLOATS = st.floats(allow_nan=False, allow_infinity=False)
#: Numbers of every kind and size a learner can type.
NUMBERS = st.one_of(
    FLOATS,
    st.sampled_from(EXTREMES),
    st.integers(),  # unbounded: some are too big for a float
    FLOATS.map(np.float64),
    st.floats(allow_nan=False, allow_infinity=False, width=32).map(np.float32),
    st.integers(-(2**63), 2**63 - 1).map(np.int64),
)
#: What else a slip gives: text, nothing, a bool, nan and infinity, a list, an array.
SLIPS = st.sampled_from([None, "0.3", "", True, False, math.nan, math.inf, -math.inf, [0.5], np.array([1.0])])
CARELESS = st.one_of(NUMBERS, SLIPS)
#: Counts: mostly small (they run), sometimes anything at all.
COUNTS = st.one_of(st.integers(0, 30), CARELESS)
QUICK = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def answer(function, *args, **kwargs):
    """Call it with warnings as errors: its value, or the ValueError it raised, which must name an argument.

    Anything else (OverflowError, TypeError, a RuntimeWarning...) fails the test.
    """
    names = [*inspect.signature(function).parameters, *kwargs]
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        try:
            result = function(*args, **kwargs)
        except ValueError as error:
            message = str(error)
            assert any(name in message for name in names), f"{function.__name__}: {message!r} names none"
            return error
    if isinstance(result, float):
        assert not math.isnan(result), f"{function.__name__} answered nan"
    return result


# --- numbers in, numbers out ------------------------------------------------------------------------


@QUICK
@given(a=CARELESS, b=CARELESS)
@example(a=1e200, b=0)
@example(a=1e155, b=0.1)
@example(a=10**400, b=1)
def test_two_number_functions(a, b):
    for function in (gd.neural_network, gd.squared_error, gd.convergence_factor, gd.regime):
        answer(function, a, b)
    for function in (gd.one_step_alpha, gd.largest_stable_alpha, gd.book_str):
        answer(function, a)


@QUICK
@given(weight=CARELESS, input=CARELESS, goal_pred=CARELESS, alpha=CARELESS, tolerance=CARELESS)
@example(weight=1e200, input=1, goal_pred=0, alpha=0.5, tolerance=1e-6)
@example(weight=0.5, input=1e-160, goal_pred=0.8, alpha=1, tolerance=1e-320)
def test_step_counts(weight, input, goal_pred, alpha, tolerance):
    steps = answer(gd.steps_to_tolerance, weight, input, goal_pred, alpha, tolerance)
    counted = answer(analysis.count_steps, weight, input, goal_pred, alpha, tolerance)
    if not isinstance(steps, ValueError):
        assert steps is None or steps >= 0
        assert float(counted) == (math.inf if steps is None else steps)


@QUICK
@given(weight=CARELESS, input=CARELESS, goal_pred=CARELESS, alpha=CARELESS, iterations=COUNTS)
@example(weight=0.5, input=1e155, goal_pred=0.8, alpha=1.0, iterations=3)
@example(weight=1e308, input=1e-320, goal_pred=-1e308, alpha=1e308, iterations=5)
def test_gradient_descent_and_its_words(weight, input, goal_pred, alpha, iterations):
    run = answer(gd.gradient_descent, weight, input, goal_pred, alpha, iterations)
    if isinstance(run, gd.Trajectory):
        _words_for(run)


@QUICK
@given(weight=CARELESS, input=CARELESS, goal_pred=CARELESS, step_amount=CARELESS, iterations=COUNTS)
@example(weight=0.5, input=0.5, goal_pred=0.8, step_amount=1e308, iterations=3)
@example(weight=0.5, input=0.5, goal_pred=0.8, step_amount=5e-324, iterations=3)
def test_hot_and_cold_and_its_words(weight, input, goal_pred, step_amount, iterations):
    run = answer(gd.hot_and_cold, weight, input, goal_pred, step_amount, iterations)
    if isinstance(run, gd.Trajectory):
        _words_for(run)


def _words_for(run):
    """Every way to print or describe a run answers too, with careless first/last/shown as well."""
    for style in ("error", "steps", "fancy"):
        answer(gd.book_lines, run, style)
    answer(summaries.run_summary, run)
    for count in (0, 2, 2.5, -1, True, None, 10**30):
        answer(summaries.run_summary, run, count)
        answer(fmt.shorten, gd.book_lines(run), first=count)
    for value in (run.final_error, run.goal_weight):
        answer(gd.book_str, value)


@QUICK
@given(error=CARELESS, prediction=CARELESS)
def test_book_lines_of_any_numbers(error, prediction):
    answer(fmt.error_line, error, prediction)
    answer(fmt.step_lines, prediction, error, prediction, error, prediction)


@pytest.mark.parametrize("function", [gd.gradient_descent, gd.hot_and_cold])
def test_the_loops_refuse_more_iterations_than_memory_allows(function):
    with pytest.raises(ValueError, match=r"iterations must be at most 100,000, got 1,000,000,000: every"):
        function(0.5, 0.5, 0.8, iterations=10**9)
    with pytest.raises(ValueError, match="iterations must be at most"):
        function(0.5, 0.5, 0.8, iterations=checks.MOST_UPDATES + 1)


def test_a_run_as_long_as_the_limit_still_runs():
    run = gd.gradient_descent(0.5, 0.5, 0.8, alpha=0.01, iterations=checks.MOST_UPDATES)
    assert run.updates == checks.MOST_UPDATES


def test_count_steps_refuses_arrays_that_broadcast_past_its_limit():
    with pytest.raises(ValueError, match=r"broadcast to 10,000,000,000 cells; at most 1,000,000"):
        analysis.count_steps(np.zeros((100_000, 1)), np.ones((1, 100_000)), 0.8, 0.1)
    with pytest.raises(ValueError, match="must broadcast together"):
        analysis.count_steps(np.zeros(3), np.ones(4), 0.8, 0.1)
    with pytest.raises(ValueError, match="input must be a number or an array of numbers"):
        analysis.count_steps(0.5, "two", 0.8, 0.1)


def test_print_book_refuses_a_careless_first_or_last():
    run = gd.gradient_descent(0.5, 0.5, 0.8, iterations=5)
    for first in (2.5, True, "2", -1):
        with pytest.raises(ValueError, match="first must be"):
            gd.print_book(run, first=first)
    with pytest.raises(ValueError, match="trajectory must be the record of a one-weight run"):
        gd.print_book([0.3, 0.2])


@pytest.mark.parametrize(
    ("slip", "says"),
    [
        (None, "x must be a number (an int or a float), got None"),
        ("0.3", "got '0.3': to read a number from text, use float('0.3')"),
        (True, "x must be a number (an int or a float), got True"),
    ],
)
def test_book_str_names_what_it_was_given(slip, says):
    with pytest.raises(ValueError) as raised:
        gd.book_str(slip)
    assert says in str(raised.value)


def test_the_float_edges_the_issue_found_answer_with_the_truth():
    assert gd.squared_error(1e200, 0) == math.inf
    assert gd.regime(1e155, 0.1) is gd.Regime.DIVERGES
    assert gd.convergence_factor(1e200, 1) == -math.inf
    assert gd.convergence_factor(1e200, -1) == math.inf
    assert gd.convergence_factor(1e200, 0) == 1.0
    assert gd.largest_stable_alpha(1e200) == 0.0  # 2e-400: below the smallest float
    assert gd.one_step_alpha(1e-200) == math.inf  # 1e400: above the largest
    # Exact where the parts do not overflow: 1e-300 * (1e200)**2 = 1e100, though 1e200**2 is inf.
    assert analysis.alpha_input_squared(1e200, 1e-300) == pytest.approx(1e100)
    # A first error past the largest float still gets its count: (1e200 - 0)**2 * 0.25**k < 1e-6.
    assert gd.steps_to_tolerance(1e200, 1, 0, 0.5) == math.ceil(406 * math.log(10) / math.log(4))


# --- pictures and explorers: every value a slider reaches draws; the rest is a ValueError ------------


def _in_range(record, values):
    try:
        record.check(values)
    except ValueError:
        return False
    return True


STILLS = {
    "compare_picture": (CompareSettings, ("weight", "input", "goal_pred")),
    "error_curve_picture": (ParabolaSettings, ("input", "goal_pred", "weight")),
    "derivative_pictures": (DirectionSettings, ("weight", "input", "goal_pred")),
    "direction_picture": (DirectionSettings, ("weight", "input", "goal_pred")),
    "steps_picture": (ParabolaSettings, ("weight", "input", "goal_pred")),
    "parabola_picture": (ParabolaSettings, ("weight", "input", "goal_pred", "alpha")),
    "regime_map_picture": (ParabolaSettings, ("weight", "input", "goal_pred", "alpha")),
}
SLIDER_ENDS = st.sampled_from([-3.0, -1.0, 0.0, 1e-100, 0.05, 2.0, 3.0])


@pytest.mark.parametrize("name", sorted(STILLS))
@settings(max_examples=6, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_every_still_draws_what_a_slider_reaches_and_refuses_the_rest(name, data):
    record, names = STILLS[name]
    values = {n: data.draw(st.one_of(CARELESS, SLIDER_ENDS), label=n) for n in names}
    result = answer(getattr(gd.pictures, name), **values)
    drawable = _in_range(record, values)
    assert isinstance(result, Picture) == drawable, (values, result)


@settings(max_examples=6, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(weight=CARELESS, input=CARELESS, goal_pred=CARELESS, alpha=CARELESS, stages=COUNTS)
def test_overcorrections_draw_or_say_why(weight, input, goal_pred, alpha, stages):
    result = answer(gd.pictures.overcorrection_picture, weight, input, goal_pred, alpha, stages)
    assert isinstance(result, Picture | ValueError)


@settings(max_examples=6, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(weight=CARELESS, step_amount=CARELESS, iterations=COUNTS)
def test_the_hot_and_cold_still_draws_or_says_why(weight, step_amount, iterations):
    result = answer(gd.pictures.hot_and_cold_picture, weight, step_amount, iterations)
    assert isinstance(result, Picture | ValueError)


@pytest.fixture(scope="module")
def explorers():
    return [getattr(gd.explorers, name)() for name in gd.explorers.__all__ if name.endswith("Explorer")]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_an_explorer_takes_any_value_or_changes_nothing(explorers, data):
    explorer = data.draw(st.sampled_from(explorers), label="explorer")
    name = data.draw(st.sampled_from(sorted(explorer.settings.SLIDERS)), label="slider")
    value = data.draw(CARELESS, label="value")
    before = explorer.settings
    result = answer(explorer.set, **{name: value})
    if isinstance(result, ValueError):
        assert explorer.settings == before, "a refused value changed nothing"
    else:
        assert np.isfinite(np.asarray(getattr(explorer.settings, name), dtype=float))


# --- exercises ---------------------------------------------------------------------------------------

ANSWERS = st.one_of(CARELESS, st.tuples(NUMBERS, NUMBERS), st.lists(NUMBERS, max_size=4))


@settings(max_examples=60, deadline=None)
@given(data=st.data())
def test_every_exercise_judges_any_answer_without_a_bug_of_its_own(data):
    for exercise in all_exercises():
        value = data.draw(ANSWERS, label=exercise.name)
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            verdict = exercise.verdict(value)
        assert verdict.mistake != "checker_bug", (exercise.name, value, verdict.message)
        answer(exercise.hint, data.draw(COUNTS, label="hint"))


def test_overcorrection_panels_say_a_range_that_is_a_range():
    from matplotlib.figure import Figure

    one_step = gd.gradient_descent(0.5, 2, 0.8, iterations=1)
    with pytest.raises(ValueError) as raised:
        gd.figures.draw_overcorrections(Figure(), one_step, stages=0)
    assert str(raised.value) == "stages must be 1 for this run (1 step recorded), got 0"


def test_a_number_typed_as_text_or_a_count_with_a_decimal_point_gets_a_hint():
    with pytest.raises(ValueError, match=r"got '0.1': to read a number from text, use float\('0.1'\)"):
        gd.gradient_descent(0.5, 0.5, 0.8, alpha="0.1")
    with pytest.raises(ValueError, match=r"got 20\.0: write 20, without the decimal point"):
        gd.gradient_descent(0.5, 0.5, 0.8, iterations=20.0)


GRID = ([[0.1, 0.1, -0.3], [0.1, 0.2, 0.0], [0.0, 1.3, 0.1]], [8.5, 0.65, 1.2], [0.1, 1.0, 0.1])


@pytest.mark.parametrize(
    ("call", "words"),
    [
        (lambda: gd.explorers.GeneralizedExplorer(frozen=True), "frozen must be True/False for each weight"),
        (lambda: gd.explorers.GeneralizedExplorer(plane=5), "plane must be two of the weights a, b, c"),
        (lambda: gd.pictures.generalized_picture(frozen=True), "frozen must be True/False for each weight"),
        (lambda: gd.pictures.surface_picture(frozen=False), "frozen must be True/False for each weight"),
        (lambda: gd.pictures.weight_grid_picture(*GRID, outputs=None), "outputs must be a list of names"),
        (lambda: gd.pictures.weight_grid_picture([[1e300] * 3] * 3, *GRID[1:]), "too big to draw"),
        (lambda: gd.pictures.scaling_picture(iterations=0), "iterations must be between 1 and 50"),
        (lambda: gd.pictures.scaling_picture(iterations=10**5), "iterations must be between 1 and 50"),
    ],
)
def test_constructors_and_stills_answer_in_words_as_set_does(call, words):
    """Issue 25, defect 5: each raised TypeError or IndexError from inside the package, or took 8 s."""
    with pytest.raises(ValueError, match=words):
        call()
