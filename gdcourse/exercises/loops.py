"""The book's gradient descent loop as the lines it prints, and the loops a learner might write instead.

The printing exercises (write the loop from memory, without alpha in lesson 3 and with it in lesson 4)
compare what the learner's loop prints with `book_pairs`; the other functions here are the known
ways to get it wrong, each a formula a check can run.
"""

from __future__ import annotations

from collections.abc import Sequence

from gdcourse.analysis import convergence_factor, regime
from gdcourse.exercises import diagnoses
from gdcourse.exercises.answers import close, plain
from gdcourse.exercises.printed import read_lines
from gdcourse.exercises.running import call_text
from gdcourse.fmt import book_lines, error_line
from gdcourse.learning import gradient_descent

Pairs = list[tuple[float, float]]


def book_pairs(weight: float, input: float, goal_pred: float, alpha: float, iterations: int) -> Pairs:
    """The (error, prediction) of each line the book's loop prints, from `gdcourse.gradient_descent`."""
    return read_lines(book_lines(gradient_descent(weight, input, goal_pred, alpha, iterations)))


def loop_pairs(
    weight: float, input: float, goal_pred: float, alpha: float, iterations: int, **flags: bool
) -> Pairs:
    """What a loop with the given mistakes (see `diagnoses.update`) prints, as (error, prediction)."""
    pairs = []
    for _ in range(iterations):
        pred = input * weight
        pairs.append(((pred - goal_pred) ** 2, pred))
        weight = diagnoses.update(weight, input, goal_pred, alpha, **flags)
    return pairs


def printed_after_update(
    weight: float, input: float, goal_pred: float, alpha: float, iterations: int
) -> Pairs:
    """A loop that prints the error after its update instead of the one it started with."""
    return book_pairs(weight, input, goal_pred, alpha, iterations + 1)[1:]


PRINTED_AFTER_UPDATE = (
    "Your lines are one step ahead: each shows the error after the update. Print the pred and "
    "error that the iteration started with (compute them, update the weight, then print them)."
)


def factor_two_message(
    cases: Sequence[tuple[float, float, float, float, int]], call: str, arg_names: Sequence[str]
) -> str:
    """Why a loop with the true derivative does not print the book's lines, told with the first case
    whose lines differ, and the first case where doubling the step changes what learning does.

    Each case is (weight, input, goal_pred, alpha, iterations); `arg_names` say how the learner's
    function is called, so a case is shown as the learner would call it.
    """
    shown = [_call(call, arg_names, case) for case in cases]
    text = (
        "Your loop does not print the book's lines: it uses the true derivative of the error, "
        "2 * delta * input, so every step is twice the book's."
    )
    for case, where in zip(cases, shown, strict=True):
        book, yours = book_pairs(*case), loop_pairs(*case, factor_two=True)
        line = next((n for n in range(len(book)) if _differs(book[n], yours[n])), None)
        if line is not None:
            text += (
                f" For `{where}` line {line + 1} reads\n    yours:    {error_line(*yours[line])}\n"
                f"    the book: {error_line(*book[line])}\n"
            )
            break
    for case, where in zip(cases, shown, strict=True):
        _, input, _, alpha, _ = case
        book_kind, your_kind = regime(input, alpha), regime(input, 2 * alpha)
        if book_kind is not your_kind:
            text += (
                f"And for `{where}` it changes what learning does: the book's loop {book_kind} "
                f"(r = {plain(convergence_factor(input, alpha))}), yours {your_kind} "
                f"(r = {plain(convergence_factor(input, 2 * alpha))}).\n"
            )
            break
    return (
        text + "Drop the 2: the book's weight_delta is delta * input, and that is what this exercise prints."
    )


def _call(call: str, arg_names: Sequence[str], case: tuple[float, float, float, float, int]) -> str:
    weight, input, goal_pred, alpha, iterations = case
    values = {
        "weight": weight,
        "input": input,
        "goal_pred": goal_pred,
        "alpha": alpha,
        "iterations": iterations,
    }
    return call_text(call, arg_names, [values[name] for name in arg_names])


def _differs(a: tuple[float, float], b: tuple[float, float]) -> bool:
    return not close(a, b)
