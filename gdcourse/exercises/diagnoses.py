"""The classic mistakes in a gradient descent update, as wrong formulas with their messages.

`update` computes the book's new weight, or a mistaken one when flags are set; `update_mistakes`
turns every combination of flags into a `Mistake`, so two slips at once get both messages.
"""

from __future__ import annotations

import functools
import itertools
from collections.abc import Callable, Sequence
from typing import Any

from gdcourse.exercises.function import Mistake

MESSAGES = {
    "no_input": (
        "Your weight_delta is missing `* input`. delta says how far and which way the prediction "
        "missed; multiplying by input scales that to this weight's share of the miss (a bigger input "
        "moved the prediction more, a negative one reverses the direction, and input 0 means no change)."
    ),
    "sign_flipped": (
        "Your weight moves away from the goal: the sign is flipped. With delta = goal_pred - pred, "
        "`weight -= alpha * weight_delta` pushes the wrong way. Use the book's order, "
        "delta = pred - goal_pred, so subtracting weight_delta moves downhill."
    ),
    "error_not_delta": (
        "Your update uses the error, (pred - goal_pred) ** 2, where it should use delta, "
        "pred - goal_pred. The error is never negative, so it cannot tell which way to move; delta can."
    ),
    "no_alpha": (
        "alpha is missing from your update: the weight moves by the whole weight_delta. Multiply "
        "weight_delta by alpha before subtracting it: `weight - alpha * weight_delta`."
    ),
}

FACTOR_TWO_NOTE = (
    "you used the true derivative of the error, 2 * (pred - goal_pred) * input. That is correct "
    "calculus and it is accepted. The book drops the 2: it only doubles every step, which alpha can "
    "absorb, and it does not move the lowest point of the error."
)

ORDER = ("no_input", "sign_flipped", "error_not_delta", "no_alpha", "factor_two")


def update(weight: float, input: float, goal_pred: float, alpha: float = 1.0, **flags: bool) -> float:
    """One gradient descent update, the book's way, or with the named mistakes made."""
    return update_from_pred(weight, input, input * weight, goal_pred, alpha, **flags)


def update_from_pred(
    weight: float,
    input: float,
    pred: float,
    goal_pred: float,
    alpha: float = 1.0,
    *,
    no_input: bool = False,
    sign_flipped: bool = False,
    error_not_delta: bool = False,
    no_alpha: bool = False,
    factor_two: bool = False,
) -> float:
    """The same update for one weight of a network whose prediction `pred` is already known."""
    delta = goal_pred - pred if sign_flipped else pred - goal_pred
    if error_not_delta:
        delta = (pred - goal_pred) ** 2
    weight_delta = delta if no_input else delta * input
    if factor_two:
        weight_delta = 2 * weight_delta
    return weight - (weight_delta if no_alpha else alpha * weight_delta)


def combined_message(flags: Sequence[str]) -> str:
    """One message for one mistake; a numbered list when there are several."""
    wrong = [MESSAGES[flag] for flag in flags if flag != "factor_two"]
    note = f"\n(And {FACTOR_TWO_NOTE})" if "factor_two" in flags else ""
    if len(wrong) == 1:
        return wrong[0] + note
    items = "\n".join(f"  {n}. {text}" for n, text in enumerate(wrong, start=1))
    return f"{len(wrong)} things to fix:\n{items}{note}"


def update_mistakes(simulate: Callable[..., Any], allowed: Sequence[str] = ORDER) -> tuple[Mistake, ...]:
    """Every combination of the allowed mistakes, fewest first; `simulate(*case, **flags)` gives the answer.

    Combinations that no test could tell apart (a flipped sign inside a squared error) are left out.
    """
    mistakes = []
    for size in range(1, len(allowed) + 1):
        for flags in itertools.combinations([f for f in ORDER if f in allowed], size):
            if "sign_flipped" in flags and "error_not_delta" in flags:
                continue
            formula = functools.partial(simulate, **dict.fromkeys(flags, True))
            if flags == ("factor_two",):
                mistakes.append(Mistake("factor_two", FACTOR_TWO_NOTE, formula, accepted=True))
            else:
                mistakes.append(Mistake("+".join(flags), combined_message(flags), formula))
    return tuple(mistakes)
