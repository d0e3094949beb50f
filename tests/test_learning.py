"""The one-weight loops: what they record, how they stop, and what they refuse."""

import math
import warnings

import numpy as np
import pytest

import gdcourse as gd


def test_trajectory_records_the_state_before_each_update():
    run = gd.gradient_descent(weight=0.5, input=0.5, goal_pred=0.8, alpha=1.0, iterations=3)
    assert run.updates == 3
    assert run.weights[0] == 0.5
    for k in range(run.updates):
        assert run.predictions[k] == run.weights[k] * 0.5
        assert run.deltas[k] == run.predictions[k] - 0.8
        assert run.errors[k] == run.deltas[k] ** 2
        assert run.weight_deltas[k] == run.deltas[k] * 0.5
    assert run.weights[1] == run.weights[0] - run.weight_deltas[0]
    assert run.final_weight == run.weights[2] - run.weight_deltas[2]
    assert not run.diverged and run.diverged_at is None


def test_trajectory_is_frozen():
    run = gd.gradient_descent(0.5, 0.5, 0.8, iterations=2)
    with pytest.raises(AttributeError):
        run.final_weight = 1.0
    with pytest.raises(ValueError):
        run.weights[0] = 1.0


def test_zero_iterations_record_nothing():
    run = gd.gradient_descent(0.5, 0.5, 0.8, iterations=0)
    assert run.updates == 0 and run.final_weight == 0.5
    assert gd.book_lines(run) == []


def test_overflow_stops_cleanly_without_warnings():
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        run = gd.gradient_descent(weight=0.5, input=2, goal_pred=0.8, iterations=5000)
    assert run.diverged
    assert run.diverged_at == run.updates < 5000
    for name in ("weights", "predictions", "errors", "deltas", "weight_deltas"):
        assert np.isfinite(getattr(run, name)).all(), name
    assert "stopped at step" in _printed(run)


def _printed(run):
    import contextlib
    import io

    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        gd.print_book(run, first=1, last=1)
    return out.getvalue()


def test_hot_and_cold_records_both_tries_and_the_move():
    run = gd.hot_and_cold(weight=0.5, input=0.5, goal_pred=0.8, step_amount=0.1, iterations=3)
    assert run.up_errors[0] == (0.8 - 0.5 * 0.6) ** 2
    assert run.down_errors[0] == (0.8 - 0.5 * 0.4) ** 2
    assert run.weight_deltas[0] == -0.1  # up was better: weight - (-0.1)
    assert run.weights[1] == 0.5 + 0.1
    assert run.predictions_made == 9


def test_hot_and_cold_moves_down_when_down_is_better():
    run = gd.hot_and_cold(weight=3.0, input=0.5, goal_pred=0.8, step_amount=0.5, iterations=2)
    assert run.weight_deltas[0] == 0.5
    assert run.weights[1] == 2.5


def test_goal_weight():
    assert gd.gradient_descent(0, 2, 0.8, iterations=1).goal_weight == 0.4


BAD_ARGUMENTS = [
    (gd.gradient_descent, {"weight": "0.5"}, "weight must be a number"),
    (gd.gradient_descent, {"weight": None}, "weight must be a number"),
    (gd.gradient_descent, {"input": True}, "input must be a number"),
    (gd.gradient_descent, {"input": math.nan}, "input must be a finite number"),
    (gd.gradient_descent, {"goal_pred": math.inf}, "goal_pred must be a finite number"),
    (gd.gradient_descent, {"alpha": -math.inf}, "alpha must be a finite number"),
    (gd.gradient_descent, {"iterations": -1}, "iterations must be 0 or more"),
    (gd.gradient_descent, {"iterations": 2.5}, "iterations must be a whole number"),
    (gd.gradient_descent, {"iterations": 3.0}, "iterations must be a whole number"),
    (gd.hot_and_cold, {"step_amount": 0}, "step_amount must be greater than 0"),
    (gd.hot_and_cold, {"step_amount": -0.1}, "step_amount must be greater than 0"),
    (gd.hot_and_cold, {"iterations": -5}, "iterations must be 0 or more"),
    (gd.hot_and_cold, {"weight": [0.5]}, "weight must be a number"),
]


@pytest.mark.parametrize(("function", "override", "message"), BAD_ARGUMENTS)
def test_bad_input_raises_a_value_error_naming_it(function, override, message):
    arguments = {"weight": 0.5, "input": 0.5, "goal_pred": 0.8, "iterations": 3} | override
    with pytest.raises(ValueError, match=message) as raised:
        function(**arguments)
    ((_name, value),) = override.items()
    assert repr(value) in str(raised.value)


@pytest.mark.parametrize("goal_pred", [0.0, 0.8])
def test_with_input_zero_the_weight_never_moves(goal_pred):
    """Chapter 3 asks what input 0 does: the loops run, and the weight stays where it is."""
    run = gd.gradient_descent(weight=0.3, input=0, goal_pred=goal_pred, iterations=3)
    assert list(run.weights) == [0.3, 0.3, 0.3] and run.final_weight == 0.3
    assert list(run.errors) == [goal_pred**2] * 3 and math.isnan(run.goal_weight)
    cold = gd.hot_and_cold(weight=0.3, input=0, goal_pred=goal_pred, step_amount=0.1, iterations=3)
    assert list(cold.weights) == [0.3, 0.3, 0.3] and cold.final_weight == 0.3
    assert gd.steps_to_tolerance(0.3, 0, goal_pred) == (None if goal_pred else 0)


def test_numpy_numbers_are_accepted():
    run = gd.gradient_descent(np.float64(0.5), np.float32(0.5), 0.8, iterations=np.int64(2))
    assert run.updates == 2


def test_neural_network_and_squared_error():
    assert gd.neural_network(0.5, 0.5) == 0.25
    assert gd.squared_error(0.25, 0.8) == pytest.approx(0.3025)
    assert gd.squared_error(1.3, 0.8) == gd.squared_error(0.3, 0.8)
    with pytest.raises(ValueError, match="pred must be a finite number"):
        gd.squared_error(math.nan, 0.8)
