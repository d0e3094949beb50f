"""Learning with one weight: predict, compare, learn, exactly as the book's loops do.

The loops run on plain Python floats, so every number matches what the book printed.
They only record; printing in the book's format is `gdcourse.fmt`'s job.
"""

from __future__ import annotations

import itertools
import math
import numbers
from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np

from gdcourse import checks, learner_code
from gdcourse.checks import short


def neural_network(input: float, weight: float) -> float:
    """The book's one-weight network: the prediction is input times weight.

    Parameters
    ----------
    input : float
        The number the network is shown, such as the average number of toes (an int works too).
    weight : float
        The knob the network learns: how much of the input goes into the prediction.

    Returns
    -------
    float
        The prediction, `input * weight`.

    Raises
    ------
    ValueError
        If `input` or `weight` is not a finite number (text, True/False, nan or infinity).
    """
    return checks.number("input", input) * checks.number("weight", weight)


def squared_error(pred: float, goal_pred: float) -> float:
    """How much a prediction missed by: (pred - goal_pred) ** 2, never negative.

    Squaring keeps misses from cancelling out, makes big misses bigger and small ones smaller.

    Parameters
    ----------
    pred : float
        The prediction the network made.
    goal_pred : float
        The prediction it should have made: the true answer.

    Returns
    -------
    float
        `(pred - goal_pred) ** 2`: 0 for a perfect prediction, larger the further it missed
        (infinity if it is too big for a float).

    Raises
    ------
    ValueError
        If `pred` or `goal_pred` is not a finite number.
    """
    return square(checks.number("pred", pred) - checks.number("goal_pred", goal_pred))


def _frozen(values: list[float]) -> np.ndarray:
    array = np.array(values, dtype=float)
    array.setflags(write=False)
    return array


@dataclass(frozen=True, eq=False)
class Trajectory:
    """The record of a run: one entry per line the book prints, the state before each update.

    `weight_deltas` follow the book: the new weight is `weight - alpha * weight_delta`.
    `diverged` is True when the numbers grew past what a float can hold (infinity);
    the run then stopped cleanly at step `diverged_at`, and the arrays hold the finite steps.

    Every array has one entry per update, in order: entry k is what the loop saw before update k.
    The arrays are read-only.

    Attributes
    ----------
    input : float
        The input the run used.
    goal_pred : float
        The goal prediction the run learned towards.
    alpha : float
        The alpha the run used: how big a share of each weight_delta the weight moved by.
    weights : numpy.ndarray
        The weight before each update; `weights[0]` is the starting weight.
    predictions : numpy.ndarray
        The prediction `input * weight` at each step.
    errors : numpy.ndarray
        The squared error `(pred - goal_pred) ** 2` at each step.
    deltas : numpy.ndarray
        The pure error `pred - goal_pred` at each step: how far the prediction missed, with its sign.
    weight_deltas : numpy.ndarray
        `delta * input` at each step: the direction and amount the weight moves, before alpha.
    final_weight : float
        The weight after the last update (the one the run ended on).
    diverged : bool
        True if the numbers grew too big for a float and the run stopped early.
    diverged_at : int or None
        The step at which the run stopped when it diverged; None when it did not.
    updates : int
        How many updates were recorded: the length of every array.
    final_error : float
        The error at `final_weight`, after the last update.
    goal_weight : float
        The weight that predicts goal_pred exactly, `goal_pred / input` (nan when input is 0).
    """

    input: float
    goal_pred: float
    alpha: float
    weights: np.ndarray
    predictions: np.ndarray
    errors: np.ndarray
    deltas: np.ndarray
    weight_deltas: np.ndarray
    final_weight: float
    diverged: bool = False
    diverged_at: int | None = None

    @property
    def updates(self) -> int:
        """How many updates were recorded."""
        return len(self.weights)

    @property
    def final_error(self) -> float:
        """The error at `final_weight`, after the last update (infinity if it overflows)."""
        return square(self.input * self.final_weight - self.goal_pred)

    @property
    def goal_weight(self) -> float:
        """The weight that predicts goal_pred exactly: goal_pred / input (nan when input is 0)."""
        return self.goal_pred / self.input if self.input else math.nan


@dataclass(frozen=True, eq=False)
class HotAndColdTrajectory(Trajectory):
    """A hot-and-cold run: also the errors it compared one step up and one step down.

    Its `weight_deltas` are the steps it took, signed like gradient descent's:
    the new weight is `weight - weight_delta` (alpha is 1).

    Every array has one entry per iteration, in order: entry k is what the loop saw before iteration k.
    The arrays are read-only.

    Attributes
    ----------
    input : float
        The input the run used.
    goal_pred : float
        The goal prediction the run learned towards.
    alpha : float
        Always 1.0: hot and cold moves by whole steps, with no alpha.
    weights : numpy.ndarray
        The weight before each iteration; `weights[0]` is the starting weight.
    predictions : numpy.ndarray
        The prediction `input * weight` at each iteration.
    errors : numpy.ndarray
        The squared error at each iteration, before trying up and down.
    deltas : numpy.ndarray
        The pure error `pred - goal_pred` at each iteration.
    weight_deltas : numpy.ndarray
        The move each iteration made: `step_amount` when the weight went down, `-step_amount` when it
        went up, 0 when up and down tied.
    final_weight : float
        The weight after the last iteration.
    diverged : bool
        True if the numbers grew too big for a float and the run stopped early.
    diverged_at : int or None
        The iteration at which the run stopped when it diverged; None when it did not.
    step_amount : float
        How far each iteration tried the weight up and down.
    up_errors : numpy.ndarray
        The error with the weight one step up, at each iteration.
    down_errors : numpy.ndarray
        The error with the weight one step down, at each iteration.
    updates : int
        How many iterations were recorded: the length of every array.
    final_error : float
        The error at `final_weight`, after the last iteration.
    goal_weight : float
        The weight that predicts goal_pred exactly, `goal_pred / input` (nan when input is 0).
    predictions_made : int
        Predictions spent: three per iteration (now, up and down).
    """

    step_amount: float = 0.0
    up_errors: np.ndarray = field(default_factory=lambda: _frozen([]))
    down_errors: np.ndarray = field(default_factory=lambda: _frozen([]))

    @property
    def predictions_made(self) -> int:
        """Predictions spent: three per iteration (now, up and down)."""
        return 3 * self.updates


def checked_trajectory(value: object) -> Trajectory:
    """`value` itself if it is a one-weight run's record, else a ValueError that says where a record
    comes from (and, for a run of many weights, which printer takes it)."""
    if isinstance(value, Trajectory):
        return value
    if type(value).__name__ == "WeightsTrajectory":  # generalized.py sits above this module
        raise ValueError(
            "trajectory is a run of many weights (from gd.learn or gd.learn_games): "
            "print it with gd.print_iterations(run), which prints the book's chapter-5 listing"
        )
    raise ValueError(
        "trajectory must be the record of a one-weight run, from gd.gradient_descent(...) or "
        f"gd.hot_and_cold(...), got {short(value)}"
    )


def square(x: float) -> float:
    """x squared, as the book's `** 2`: worked out as x * x, which rounds once and gives the same last
    digit on every computer and in the browser (`x ** 2` goes through the C library's pow, which can be
    a last bit off and differs between systems); infinity past the largest float, as for every product."""
    return x * x


def gradient_descent(
    weight: float, input: float, goal_pred: float, alpha: float = 1.0, iterations: int = 20
) -> Trajectory:
    """Run the book's gradient descent loop for one weight and return what each step saw.

    Each step: pred = input * weight; delta = pred - goal_pred; weight_delta = delta * input;
    weight -= alpha * weight_delta. (The true derivative of the error is 2 * weight_delta.)
    With input 0 the weight never moves: it had no part in the prediction.

    Parameters
    ----------
    weight : float
        The weight to start from.
    input : float
        The input the network is shown at every step.
    goal_pred : float
        The prediction the network should learn to make.
    alpha : float, default 1.0
        How big a share of each weight_delta the weight moves by. Any finite number is allowed;
        too big an alpha overshoots and can diverge (see `regime`), a negative one climbs away.
    iterations : int, default 20
        How many updates to run: a whole number from 0 to 100,000.

    Returns
    -------
    Trajectory
        The record of the run: the weight, prediction, error, delta and weight_delta before each
        update, and the weight it ended on. If the numbers grow too big for a float, the run stops
        there and says so (`diverged`).

    Raises
    ------
    ValueError
        If `weight`, `input`, `goal_pred` or `alpha` is not a finite number, or `iterations` is not a
        whole number from 0 to 100,000.
    """
    weight = checks.number("weight", weight)
    input = checks.number("input", input)
    goal_pred = checks.number("goal_pred", goal_pred)
    alpha = checks.number("alpha", alpha)
    iterations = checks.iterations("iterations", iterations)
    rows: list[tuple[float, float, float, float, float]] = []
    diverged_at = None
    for step in range(iterations):
        pred = input * weight
        error = square(pred - goal_pred)
        delta = pred - goal_pred
        weight_delta = delta * input
        if not math.isfinite(error + weight_delta):
            diverged_at = step
            break
        rows.append((weight, pred, error, delta, weight_delta))
        weight = weight - alpha * weight_delta
    return _trajectory(rows, input, goal_pred, alpha, weight, diverged_at)


def _trajectory(rows, input, goal_pred, alpha, final_weight, diverged_at, **extra) -> Trajectory:
    columns = list(zip(*rows, strict=False)) if rows else [[]] * 5
    kind = HotAndColdTrajectory if extra else Trajectory
    return kind(
        input=input,
        goal_pred=goal_pred,
        alpha=alpha,
        weights=_frozen(columns[0]),
        predictions=_frozen(columns[1]),
        errors=_frozen(columns[2]),
        deltas=_frozen(columns[3]),
        weight_deltas=_frozen(columns[4]),
        final_weight=final_weight,
        diverged=diverged_at is not None,
        diverged_at=diverged_at,
        **extra,
    )


def hot_and_cold(
    weight: float, input: float, goal_pred: float, step_amount: float = 0.001, iterations: int = 1101
) -> HotAndColdTrajectory:
    """Run the book's hot-and-cold loop: try the weight a step up and a step down, keep the better.

    Three predictions buy one update, and the weight can only land on whole steps.
    With input 0 up and down always tie, so the weight never moves.

    Parameters
    ----------
    weight : float
        The weight to start from.
    input : float
        The input the network is shown at every iteration.
    goal_pred : float
        The prediction the network should learn to make.
    step_amount : float, default 0.001
        How far to try the weight up and down each iteration; must be greater than 0.
    iterations : int, default 1101
        How many iterations to run: a whole number from 0 to 100,000. The default is the book's.

    Returns
    -------
    HotAndColdTrajectory
        The record of the run: the weight, prediction and error at each iteration, the errors one
        step up and one step down, and the weight it ended on.

    Raises
    ------
    ValueError
        If `weight`, `input` or `goal_pred` is not a finite number, `step_amount` is not above 0, or
        `iterations` is not a whole number from 0 to 100,000.
    """
    weight = checks.number("weight", weight)
    input = checks.number("input", input)
    goal_pred = checks.number("goal_pred", goal_pred)
    step_amount = checks.positive("step_amount", step_amount)
    iterations = checks.iterations("iterations", iterations)

    rows: list[tuple[float, float, float, float, float]] = []
    ups: list[float] = []
    downs: list[float] = []
    diverged_at = None
    for step in range(iterations):
        prediction = input * weight
        error = square(prediction - goal_pred)
        up_error = square(goal_pred - input * (weight + step_amount))
        down_error = square(goal_pred - input * (weight - step_amount))
        if not math.isfinite(error + up_error + down_error):
            diverged_at = step
            break
        before, move = weight, 0.0
        if down_error < up_error:
            move = step_amount
            weight = weight - step_amount
        if down_error > up_error:
            move = -step_amount
            weight = weight + step_amount
        rows.append((before, prediction, error, prediction - goal_pred, move))
        ups.append(up_error)
        downs.append(down_error)
    return _trajectory(
        rows,
        input,
        goal_pred,
        1.0,
        weight,
        diverged_at,
        step_amount=step_amount,
        up_errors=_frozen(ups),
        down_errors=_frozen(downs),
    )


@dataclass(frozen=True)
class RuleRun:
    """A learner's own update rule, run as the book's loop: the steps it took, and why it stopped early.

    `trajectory` holds the steps before anything went wrong (its `weight_deltas` are the steps taken,
    divided by alpha). `stopped` is None when every step ran; otherwise what happened at step
    `stopped_at`: "raised" (`detail` is the error), "timed out", "not a number" (`detail` is the value
    returned) or "nan".
    """

    trajectory: Trajectory
    stopped: str | None = None
    stopped_at: int | None = None
    detail: object = None


class _NotANumber(Exception):
    """A rule returned something that is not a finite-or-infinite real number: stop there."""

    def __init__(self, value: object) -> None:
        super().__init__(repr(value))
        self.value = value


#: How long a learner's rule may take for a whole run, in seconds.
RULE_SECONDS = 1.0


def descend_with(
    rule: Callable[[float, float, float, float], float],
    weight: float,
    input: float,
    goal_pred: float,
    alpha: float = 1.0,
    iterations: int = 20,
    seconds: float = RULE_SECONDS,
) -> RuleRun:
    """The book's loop, with `rule(weight, input, goal_pred, alpha)` making each new weight.

    The rule runs safely (`gdcourse.learner_code`): it gets plain floats, and a rule that raises, runs
    longer than `seconds` in all, or returns anything but a number stops the run there, keeping the
    steps before. A weight too big for a float ends the run as diverged, as in `gradient_descent`.
    """
    if not callable(rule):
        raise ValueError(
            f"rule must be a function like update_weight(weight, input, goal_pred, alpha), got {short(rule)}"
        )
    weight = checks.number("weight", weight)
    input = checks.number("input", input)
    goal_pred = checks.number("goal_pred", goal_pred)
    alpha = checks.number("alpha", alpha)
    iterations = checks.iterations("iterations", iterations)
    weights = [weight]

    def loop() -> None:
        for _ in range(iterations):
            new = rule(weights[-1], input, goal_pred, alpha)
            if isinstance(new, bool) or not isinstance(new, numbers.Real) or math.isnan(new):
                raise _NotANumber(new)
            weights.append(float(new))
            if not math.isfinite(weights[-1]):
                return

    stopped, detail = None, None
    try:
        learner_code.call(loop, [], seconds)
    except learner_code.TimedOut:
        stopped = "timed out"
    except KeyboardInterrupt as interrupt:  # raised by the rule, or Interrupt pressed while it ran: the
        stopped, detail = "raised", interrupt  # run stops there, and the next change runs the rule anew
    except learner_code.Raised as raised:
        if isinstance(raised.error, _NotANumber):
            detail = raised.error.value
            stopped = (
                "not a number" if isinstance(detail, bool) or not isinstance(detail, numbers.Real) else "nan"
            )
        else:
            stopped, detail = "raised", raised.error
    return RuleRun(
        _rule_trajectory(weights, input, goal_pred, alpha),
        stopped,
        len(weights) - 1 if stopped else None,
        detail,
    )


def _rule_trajectory(weights: list[float], input: float, goal_pred: float, alpha: float) -> Trajectory:
    """The record of the weights a rule visited, as gradient_descent records its own."""
    rows = []
    for before, after in itertools.pairwise(weights):
        pred = input * before
        error = square(pred - goal_pred)
        if not math.isfinite(error):
            return _trajectory(rows, input, goal_pred, alpha, before, len(rows))
        rows.append((before, pred, error, pred - goal_pred, (before - after) / alpha if alpha else 0.0))
    return _trajectory(rows, input, goal_pred, alpha, weights[-1], None)
