"""Closed-form facts agree with what the loop actually does."""

import itertools
import math

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

import gdcourse as gd
from gdcourse import analysis, summaries
from gdcourse.analysis import Regime

inputs = st.floats(min_value=0.05, max_value=5, allow_nan=False).map(lambda x: round(x, 3))
weights = st.floats(min_value=-5, max_value=5, allow_nan=False)
goal_preds = st.floats(min_value=-2, max_value=2, allow_nan=False)
alphas = st.floats(min_value=0.001, max_value=3, allow_nan=False)


@settings(max_examples=300, deadline=None)
@given(weight=weights, input=inputs, goal_pred=goal_preds, alpha=alphas, k=st.integers(0, 30))
def test_trajectory_follows_the_closed_form(weight, input, goal_pred, alpha, k):
    r = gd.convergence_factor(input, alpha)
    assume(abs(r) <= 3)
    run = gd.gradient_descent(weight, input, goal_pred, alpha=alpha, iterations=k + 1)
    goal_weight = goal_pred / input
    expected = r**k * (weight - goal_weight)
    scale = max(abs(weight - goal_weight), 1.0) * max(1.0, abs(r)) ** k
    assert run.weights[k] - goal_weight == pytest.approx(expected, abs=1e-9 * scale)


def distances(input, alpha, iterations=6):
    run = gd.gradient_descent(weight=1.0, input=input, goal_pred=0.0, alpha=alpha, iterations=iterations)
    return [abs(w) for w in run.weights], [math.copysign(1, w) if w else 0 for w in run.weights]


@settings(max_examples=300, deadline=None)
@given(input=st.floats(0.05, 5), alpha=st.floats(-2, 10))
def test_regime_agrees_with_simulation(input, alpha):
    size, sign = distances(input, alpha)
    regime = gd.regime(input, alpha)
    r = gd.convergence_factor(input, alpha)
    grows = all(b > a for a, b in itertools.pairwise(size))
    shrinks = all(b < a for a, b in itertools.pairwise(size))
    alternates = all(s * t < 0 for s, t in itertools.pairwise(sign))
    if regime is Regime.ONE_STEP:
        assert size[1] <= 1e-8
    elif regime is Regime.STEADY:
        assert shrinks and not alternates and sign[1] == sign[0]
    elif regime is Regime.OSCILLATES:
        assert shrinks and alternates
    elif regime is Regime.BOUNCES:
        assert alternates and size[5] == pytest.approx(size[0], rel=1e-6)
    elif regime is Regime.DIVERGES:
        assert grows and alternates
    elif regime is Regime.CLIMBS:
        assert grows and not alternates
    else:
        assert regime is Regime.STAYS and size[5] == pytest.approx(size[0], rel=1e-6)
    assert regime.converges == (abs(r) < 1 - analysis.EDGE_TOLERANCE)


@pytest.mark.parametrize(
    ("input", "alpha", "expected"),
    [
        (0.5, 1.0, Regime.STEADY),
        (2, 0.25, Regime.ONE_STEP),
        (2, 0.1, Regime.STEADY),
        (2, 0.4, Regime.OSCILLATES),
        (2, 0.5, Regime.BOUNCES),
        (2, 1.0, Regime.DIVERGES),
        (2, 0.0, Regime.STAYS),
        (2, -0.1, Regime.CLIMBS),
        (3, gd.one_step_alpha(3), Regime.ONE_STEP),
        (3, gd.largest_stable_alpha(3), Regime.BOUNCES),
        (0.7, gd.largest_stable_alpha(0.7), Regime.BOUNCES),
    ],
)
def test_named_regimes(input, alpha, expected):
    assert gd.regime(input, alpha) is expected
    assert str(expected) == expected.value


@settings(max_examples=300, deadline=None)
@given(
    weight=weights,
    input=inputs,
    goal_pred=goal_preds,
    alpha=alphas,
    tolerance=st.sampled_from([1e-2, 1e-6, 1e-10]),
)
def test_steps_to_tolerance_is_what_a_simulation_needs(weight, input, goal_pred, alpha, tolerance):
    r = gd.convergence_factor(input, alpha)
    steps = gd.steps_to_tolerance(weight, input, goal_pred, alpha, tolerance)
    run = gd.gradient_descent(weight, input, goal_pred, alpha=alpha, iterations=400)
    below = [k for k, e in enumerate(run.errors) if e < tolerance]
    error_0 = (input * weight - goal_pred) ** 2
    if steps is None:
        assert abs(r) >= 1 and error_0 >= tolerance
        return
    # Where the closed-form error lands within a hair of the tolerance, rounding may tip it.
    for k in (steps - 1, steps) if steps else ():
        assume(abs(error_0 * r ** (2 * k) - tolerance) > 1e-9 * tolerance)
    assume(steps < 400)
    assert below and below[0] == steps


def test_steps_to_tolerance_book_numbers():
    # input 2, alpha 0.1: r = 0.6, so the error 0.04 shrinks by 0.36 a step: 0.04 * 0.36**11 < 1e-6.
    assert gd.steps_to_tolerance(0.5, 2, 0.8, alpha=0.1, tolerance=1e-6) == 11
    assert gd.steps_to_tolerance(0.5, 2, 0.8, alpha=0.25) == 1
    assert gd.steps_to_tolerance(0.5, 2, 0.8, alpha=1.0) is None
    assert gd.steps_to_tolerance(0.4, 2, 0.8) == 0


def test_edges_and_their_bad_inputs():
    assert gd.convergence_factor(2, 0.1) == pytest.approx(0.6)
    assert gd.one_step_alpha(2) == 0.25
    assert gd.largest_stable_alpha(3) == pytest.approx(2 / 9)
    for function in (gd.one_step_alpha, gd.largest_stable_alpha):
        with pytest.raises(ValueError, match="input must not be 0"):
            function(0)
    with pytest.raises(ValueError, match="tolerance must be greater than 0"):
        gd.steps_to_tolerance(0.5, 2, 0.8, tolerance=0)
    with pytest.raises(ValueError, match="alpha must be a finite number"):
        gd.regime(2, math.nan)


# --- words that agree with their numbers ----------------------------------------------------------


@settings(max_examples=300, deadline=None)
@given(
    weight=st.floats(-5, 5),
    input=st.one_of(st.floats(-5, 5), st.sampled_from([1.0, 2.0, 0.05, 1e-3])),
    goal_pred=st.floats(-2, 2),
    alpha=st.one_of(st.floats(-1, 10), st.sampled_from([1e-10, 1e-12, 1e-13, 0.5, 0.25, 2.0 / 9])),
)
def test_the_regime_and_the_step_count_follow_one_rule(weight, input, goal_pred, alpha):
    """Converging words come with a step count; every other regime never gets there (unless already there)."""
    words = gd.regime(input, alpha)
    steps = gd.steps_to_tolerance(weight, input, goal_pred, alpha)
    if steps == 0:  # already below the tolerance: no regime needs a step
        return
    assert (steps is not None) == words.converges, (words, steps)
    if words is Regime.ONE_STEP:
        assert steps == 1


def test_a_tiny_alpha_converges_slowly_in_words_and_in_steps():
    # The issue: regime said "stays where it is" while steps_to_tolerance gave 57 billion steps.
    r = gd.convergence_factor(1, 1e-10)
    assert gd.regime(1, 1e-10) is Regime.STEADY
    error_0 = (1 * 0.5 - 0.8) ** 2
    expected = math.ceil(math.log(1e-6 / error_0) / (2 * math.log(r)))
    assert abs(gd.steps_to_tolerance(0.5, 1, 0.8, 1e-10) - expected) <= 1
    # Within float rounding of r = 1, both say so: the weight stays, and the error never gets there.
    assert gd.regime(1, 1e-13) is Regime.STAYS
    assert gd.steps_to_tolerance(0.5, 1, 0.8, 1e-13) is None


@pytest.mark.parametrize(("input", "alpha"), [(0.05, 0.001), (1, 1e-10), (2, 0.4999999), (1, 1.0000001)])
def test_the_summary_shows_enough_digits_for_its_words(input, alpha):
    run = gd.gradient_descent(0.5, input, 0.8, alpha, iterations=20)
    words, _, rest = summaries.run_summary(run).partition(": r = ")
    shown_r = float(rest.split(";")[0])
    assert words == str(gd.regime(input, alpha))
    edges = {-1.0: Regime.BOUNCES, 0.0: Regime.ONE_STEP, 1.0: Regime.STAYS}
    assert edges.get(shown_r, words) == words, f"r shown as {shown_r} beside '{words}'"


def test_a_number_on_an_edge_shows_as_the_edge():
    assert analysis.shown_apart(-0.9999999999999998) == "-1"
    assert analysis.shown_apart(0.6) == "0.6"
    assert analysis.shown_apart(0.9999975) == "0.999997"
    assert analysis.shown_apart(1.9999, (1.0, 2.0)) == "1.9999"
