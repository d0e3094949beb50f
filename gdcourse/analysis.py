"""Closed-form facts about one-weight gradient descent, with no loop to run.

Each step multiplies the distance to the goal weight by r = 1 - alpha * input**2,
so the error (input times that distance, squared) is multiplied by r**2.
All thresholds here are for the book's update, weight -= alpha * weight_delta, where
weight_delta = input * (pred - goal) is half the true derivative 2 * input * (pred - goal).
With the true derivative every alpha below would be halved.
"""

from __future__ import annotations

import enum
import math

import numpy as np
from numpy.typing import ArrayLike

from gdcourse import checks
from gdcourse.generalized import as_list, as_mask, as_rows
from gdcourse.learning import Trajectory

#: How close r must be to 0 or -1 to count as exactly one step or exactly bouncing.
EDGE_TOLERANCE = 1e-9


class Regime(enum.StrEnum):
    """What gradient descent does for a given input and alpha, in words."""

    ONE_STEP = "converges in one step"
    STEADY = "converges steadily"
    OSCILLATES = "oscillates and converges"
    BOUNCES = "bounces forever"
    DIVERGES = "diverges"
    STAYS = "stays where it is"
    CLIMBS = "climbs away"

    def __str__(self) -> str:
        return self.value

    @property
    def converges(self) -> bool:
        """True for the regimes that reach the goal weight."""
        return self in (Regime.ONE_STEP, Regime.STEADY, Regime.OSCILLATES)


def convergence_factor(input: float, alpha: float) -> float:
    """r = 1 - alpha * input**2: each step multiplies the distance to the goal weight by r."""
    input = checks.number("input", input)
    alpha = checks.number("alpha", alpha)
    return 1.0 - alpha * input**2


def regime(input: float, alpha: float) -> Regime:
    """Name what the book's gradient descent does for this input and alpha.

    0 < r < 1 steady, r = 0 one step, -1 < r < 0 oscillates, r = -1 bounces, r < -1 diverges;
    r = 1 (alpha or input 0) stays, r > 1 (negative alpha) climbs away from the goal.
    """
    r = convergence_factor(input, alpha)
    if abs(r) <= EDGE_TOLERANCE:
        return Regime.ONE_STEP
    if abs(r + 1) <= EDGE_TOLERANCE:
        return Regime.BOUNCES
    if abs(r - 1) <= EDGE_TOLERANCE:
        return Regime.STAYS
    if r > 1:
        return Regime.CLIMBS
    if r > 0:
        return Regime.STEADY
    if r > -1:
        return Regime.OSCILLATES
    return Regime.DIVERGES


def one_step_alpha(input: float) -> float:
    """The alpha that lands on the goal weight in a single step: 1 / input**2."""
    input = _nonzero_input(input)
    return 1.0 / input**2


def largest_stable_alpha(input: float) -> float:
    """The edge 2 / input**2: every alpha in (0, edge) converges, at it the weight bounces forever.

    With the true derivative (twice the book's weight_delta) the edge would be 1 / input**2.
    """
    input = _nonzero_input(input)
    return 2.0 / input**2


def _nonzero_input(input: object) -> float:
    value = checks.number("input", input)
    if value == 0:
        raise ValueError("input must not be 0: with input 0 the weight never moves, whatever alpha is")
    return value


def steps_to_tolerance(
    weight: float, input: float, goal: float, alpha: float = 1.0, tolerance: float = 1e-6
) -> int | None:
    """How many updates until the error drops below `tolerance`; None if it never does.

    The error after k updates is error_0 * r**(2k), so k is the smallest whole number
    with error_0 * r**(2k) < tolerance.
    """
    numbers = [
        checks.number(name, value) for name, value in zip(_RUN, (weight, input, goal, alpha), strict=True)
    ]
    tolerance = checks.positive("tolerance", tolerance)
    steps = float(count_steps(*numbers, tolerance=tolerance))
    return None if math.isinf(steps) else int(steps)


_RUN = ("weight", "input", "goal", "alpha")


def count_steps(
    weight: ArrayLike, input: ArrayLike, goal: ArrayLike, alpha: ArrayLike, tolerance: float = 1e-6
) -> np.ndarray:
    """`steps_to_tolerance` for whole arrays at once (broadcast together): inf where it never gets there.

    The regime map shades thousands of (input, alpha) cells with it; the closed form is the same.
    """
    weight, input, goal, alpha = np.broadcast_arrays(
        *(np.asarray(v, dtype=float) for v in (weight, input, goal, alpha))
    )
    with np.errstate(over="ignore", under="ignore", invalid="ignore", divide="ignore"):
        r = 1.0 - alpha * input**2
        error_0 = (input * weight - goal) ** 2
        shrinks = (np.abs(r) < 1) & (r != 0)
        guess = np.ceil(np.log(tolerance / error_0) / (2 * np.log(np.abs(r))))
        k = np.where(shrinks, np.maximum(1, np.nan_to_num(guess, nan=1, posinf=1, neginf=1)), 1)
        # The logarithms can be off by one at an exact boundary: settle each value with the closed form.
        for _ in range(8):
            lower = shrinks & (k > 1) & (error_0 * np.abs(r) ** (2 * (k - 1)) < tolerance)
            higher = shrinks & (error_0 * np.abs(r) ** (2 * k) >= tolerance)
            if not (lower.any() or higher.any()):
                break
            k = k - lower + higher
    steps = np.where(shrinks, k, np.inf)
    steps = np.where(r == 0, 1.0, steps)
    return np.where(error_0 < tolerance, 0.0, steps)


#: Errors above this count as "diverged" in words and pictures, even while still finite.
DIVERGED_ERROR = 1e16


def describe(trajectory: Trajectory, shown: int | None = None) -> str:
    """One sentence on a run: its regime in words, r, and the error after the steps shown."""
    t = trajectory
    steps = t.steps if shown is None else max(0, min(shown, t.steps))
    if t.input == 0:
        return f"stays where it is: input is 0, so the weight never moves (error {t.goal**2:.3g})"
    words = regime(t.input, t.alpha)
    r = convergence_factor(t.input, t.alpha)
    error = t.final_error if steps == t.steps else float(t.errors[steps])
    plural = "step" if steps == 1 else "steps"
    if t.diverged or error > DIVERGED_ERROR:
        stopped = t.diverged_at if t.diverged else steps
        return f"{words}: r = {r:.3g}; error above {DIVERGED_ERROR:.0e} after {stopped} {plural}"
    return f"{words}: r = {r:.3g}; error {error:.3g} after {steps} {plural}"


# -- many weights (chapter 5) -----------------------------------------------------------------------


def _learning_inputs(input: object, frozen: object) -> list[float]:
    """The inputs of the weights that learn: a frozen weight's weight_delta is 0, so it adds nothing."""
    inputs = as_list("input", input)
    mask = as_mask(frozen, len(inputs))
    return [x for x, still in zip(inputs, mask, strict=True) if not still]


def shared_factor(input: object, alpha: float, frozen: object = None) -> float:
    """r = 1 - alpha * (sum of input**2 over the weights that learn), for one example and one output.

    The weights share one delta, and each step multiplies it by r: so the prediction's miss, and the
    distance to the weights that make no error (a line for two weights, a plane for three), shrink by r.
    """
    alpha = checks.number("alpha", alpha)
    return 1.0 - alpha * sum(x * x for x in _learning_inputs(input, frozen))


def shared_stable_alpha(input: object, frozen: object = None) -> float:
    """The edge 2 / sum(input**2) (over the weights that learn): below it one example's run converges."""
    total = sum(x * x for x in _learning_inputs(input, frozen))
    if total == 0:
        raise ValueError("no weight can learn: every input is 0 or its weight is frozen, whatever alpha is")
    return 2.0 / total


def shared_regime(input: object, alpha: float, frozen: object = None) -> Regime:
    """What the book's loop does with several inputs and one example, named as for one weight.

    The shared delta behaves like one weight whose input**2 is the sum of the learning inputs' squares.
    """
    alpha = checks.number("alpha", alpha)
    total = sum(x * x for x in _learning_inputs(input, frozen))
    return regime(math.sqrt(total), alpha)  # input**2 is then that sum (to within a rounding)


def pass_factor(inputs: object, alpha: float, frozen: object = None) -> float:
    """How much one pass through several games shrinks (below 1) or grows (above 1) the distance to where
    the passes settle: the largest eigenvalue size of the pass's product of (I - alpha * x x^T).

    Only the weights that learn count; with every weight frozen nothing moves and the factor is 1.
    """
    alpha = checks.number("alpha", alpha)
    rows = as_rows("inputs", inputs)
    learning = [_learning_inputs(row, frozen) for row in rows]
    size = len(learning[0])
    if size == 0:
        return 1.0
    product = np.eye(size)
    for x in learning:
        vector = np.array(x)
        product = (np.eye(size) - alpha * np.outer(vector, vector)) @ product
    with np.errstate(over="ignore", invalid="ignore"):
        radius = float(np.max(np.abs(np.linalg.eigvals(product))))
    return radius if math.isfinite(radius) else math.inf
