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

_TEXTS = {
    "no_input": (
        "Your weight_delta is missing `* input`. delta says how far and which way the prediction "
        "missed; multiplying by input turns it into this weight's share of the blame (a bigger input "
        "moved the prediction more, a negative one reverses the direction, and input 0 means no change)."
    ),
    "sign_flipped": (
        "Your weight moves away from the goal weight: its step has the wrong sign. That happens when "
        "delta is written goal_pred - pred, or when the update adds weight_delta (`{plus}`) instead of "
        "subtracting it. The book keeps delta = pred - goal_pred and subtracts: `{minus}`."
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


def messages(alpha: bool = True) -> dict[str, str]:
    """The message for each mistake, written for an update with alpha or for the book's alpha-free loop."""
    step = "alpha * weight_delta" if alpha else "weight_delta"
    texts = {
        flag: text.format(plus=f"weight += {step}", minus=f"weight -= {step}")
        for flag, text in _TEXTS.items()
    }
    if not alpha:
        del texts["no_alpha"]
    return texts


MESSAGES = messages(alpha=True)

FACTOR_TWO_NOTE = (
    "You used the true derivative of the error, 2 * (pred - goal_pred) * input, so every step is twice "
    "the book's and your new weights are not the book's. It counts, because it is correct calculus: "
    "it is the book's update with alpha doubled. The book drops the 2; alpha can absorb it, and the "
    "bottom of the error bowl stays where it is."
)
FACTOR_TWO_FIX = (
    "You used the true derivative of the error, 2 * (pred - goal_pred) * input, so every step is twice "
    "the book's. Drop the 2: the book's weight_delta is delta * input."
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


def combined_message(flags: Sequence[str], alpha: bool = True, factor_two_accepted: bool = True) -> str:
    """One message for one mistake; a numbered list when there are several."""
    texts = messages(alpha)
    wrong = [texts[flag] for flag in flags if flag != "factor_two"]
    note = ""
    if "factor_two" in flags:
        if factor_two_accepted:
            note = f"\n(Also: {FACTOR_TWO_NOTE[0].lower()}{FACTOR_TWO_NOTE[1:]})"
        else:
            wrong.append(FACTOR_TWO_FIX)
    if len(wrong) == 1:
        return wrong[0] + note
    items = "\n".join(f"  {n}. {text}" for n, text in enumerate(wrong, start=1))
    return f"{len(wrong)} things to fix:\n{items}{note}"


def update_mistakes(
    simulate: Callable[..., Any],
    allowed: Sequence[str] = ORDER,
    *,
    alpha: bool = True,
    factor_two_accepted: bool = True,
    factor_two_report: Callable[[Sequence[tuple[Any, ...]]], str] | None = None,
) -> tuple[Mistake, ...]:
    """Every combination of the allowed mistakes, fewest first; `simulate(*case, **flags)` gives the answer.

    `alpha` says whether the exercise's update has an alpha (the messages then name it). The factor 2
    alone is accepted unless `factor_two_accepted` is False; `factor_two_report(cases)` writes its
    message from the cases. Combinations no test could tell apart (a flipped sign inside a squared
    error) are left out.
    """
    mistakes = []
    for size in range(1, len(allowed) + 1):
        for flags in itertools.combinations([f for f in ORDER if f in allowed], size):
            if "sign_flipped" in flags and "error_not_delta" in flags:
                continue
            formula = functools.partial(simulate, **dict.fromkeys(flags, True))
            if flags == ("factor_two",):
                alone = FACTOR_TWO_NOTE if factor_two_accepted else FACTOR_TWO_FIX
                mistakes.append(
                    Mistake(
                        "factor_two", alone, formula, accepted=factor_two_accepted, report=factor_two_report
                    )
                )
            else:
                message = combined_message(flags, alpha, factor_two_accepted)
                mistakes.append(Mistake("+".join(flags), message, formula))
    return tuple(mistakes)
