"""The parabola's view: it always shows what matters, and holds still while small changes still fit."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from gdcourse.figures.framing import LOOSEST, MIN_WEIGHT_REACH, error_top, step_axis_end, zoom_window

# The explorers' inputs: 0, or at least 0.001 away from it (sliders snap to a grid of 0.05).
magnitudes = st.floats(min_value=1e-3, max_value=3)
inputs = st.just(0.0) | magnitudes | magnitudes.map(lambda x: -x)
goal_preds = st.floats(min_value=-1, max_value=2, allow_nan=False)
some_weights = st.lists(st.floats(min_value=-50, max_value=50, allow_nan=False), min_size=1, max_size=3)
windows = st.tuples(st.floats(-100, 100), st.floats(0.01, 200)).map(lambda w: (w[0], w[0] + w[1]))


def goal_weight(input, goal_pred):
    return 0.0 if input == 0 else goal_pred / input


@settings(max_examples=400, deadline=None)
@given(input=inputs, goal_pred=goal_preds, weights=some_weights, current=st.none() | windows)
def test_the_view_shows_every_weight_and_the_goal_weight(input, goal_pred, weights, current):
    low, high = zoom_window(input, goal_pred, weights, current)
    for w in [*weights, goal_weight(input, goal_pred)]:
        assert low <= w <= high


@settings(max_examples=400, deadline=None)
@given(input=inputs, goal_pred=goal_preds, weights=some_weights, current=windows)
def test_a_kept_view_is_never_too_loose_and_a_new_one_is_centred(input, goal_pred, weights, current):
    low, high = zoom_window(input, goal_pred, weights, current)
    centre = goal_weight(input, goal_pred)
    need = max(max(abs(w - centre) for w in weights) * 1.1, 1.0 if input == 0 else MIN_WEIGHT_REACH)
    if (low, high) == current:
        assert high - low <= LOOSEST * 2 * need * (1 + 1e-12)
    else:
        assert (low + high) / 2 == pytest.approx(centre, abs=1e-9 * max(1.0, abs(centre)))


def test_a_small_change_keeps_the_view_a_big_one_moves_it():
    first = zoom_window(0.5, 0.8, [0.5, 0.775])  # goal weight 1.6
    assert first == pytest.approx((-0.4, 3.6))
    assert zoom_window(0.55, 0.8, [0.5, 0.8], first) == first  # goal weight 1.45: still fits
    assert zoom_window(0.5, 0.8, [5.0], first) != first  # the weight left the view
    assert zoom_window(2.0, 0.8, [0.45], first) != first  # everything fits in a quarter of it


@settings(max_examples=300, deadline=None)
@given(curve_top=st.floats(0, 1e12), current=st.none() | st.floats(1e-6, 1e13))
def test_the_error_axis_is_above_the_curve_and_never_too_tall(curve_top, current):
    top = error_top(curve_top, current)
    need = curve_top * 1.1 or 1.0
    assert need <= top <= LOOSEST * need


def test_the_error_axis_holds_while_the_curve_fits():
    assert error_top(1.0) == pytest.approx(1.1)
    assert error_top(1.5, current=2.0) == 2.0
    assert error_top(2.0, current=2.0) > 2.2  # outgrown: a new top with room to grow
    assert error_top(0.1, current=2.0) < 2.0  # far too tall: a new, tighter top


@pytest.mark.parametrize(("iterations", "end"), [(1, 5), (5, 5), (6, 10), (20, 20), (21, 25), (50, 50)])
def test_the_step_axis_ends_on_a_multiple_of_five(iterations, end):
    assert step_axis_end(iterations) == end


@pytest.mark.parametrize(
    ("weight", "input", "alpha"),
    [(0.5, 0.5, 1.0), (0.5, 2.0, 1.0), (0.5, 3.0, 10.0), (0.5, 2.0, 0.5)],  # converging to off the scale
)
def test_the_keys_name_every_kind_of_mark_the_picture_draws(weight, input, alpha):
    """Every labelled series that has something drawn (the crosses off the scale too) has a key, unless
    its panel's title names it (the error line under "error after each step")."""
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib.figure import Figure

    from gdcourse.figures.parabola import draw_learning
    from gdcourse.settings import ParabolaSettings

    figure = Figure(figsize=(8, 3.8))
    draw_learning(
        figure,
        ParabolaSettings.checked(weight=weight, input=input, goal_pred=0.8, alpha=alpha, iterations=20),
    )
    keyed = {text.get_text() for legend in figure.legends for text in legend.get_texts()}
    drawn = {
        line.get_label()
        for ax in figure.axes
        for line in ax.get_lines()
        if not line.get_label().startswith("_") and len(line.get_xdata()) and line.get_visible()
        if not ax.get_title().startswith(line.get_label())
    }
    assert drawn - keyed == set(), f"drawn but not in the keys: {drawn - keyed}"
    if input == 3.0:
        assert "off the scale" in drawn, "the diverging setting draws crosses off the scale"
