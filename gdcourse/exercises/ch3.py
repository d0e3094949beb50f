"""Lesson 3 exercises: gradient descent, from delta and weight_delta to the whole loop from memory.

q1 delta and weight_delta by hand (value); q2 one iteration as a function; q3 the whole loop from
memory, checked by the lines it prints; q4 a thought on input 0. Every number in a message is
computed from the data below.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence

from gdcourse.analysis import convergence_factor, regime
from gdcourse.exercises import diagnoses, loops
from gdcourse.exercises.answers import plain, show
from gdcourse.exercises.exercise import ThoughtExercise
from gdcourse.exercises.function import FunctionExercise, Mistake
from gdcourse.exercises.printed import PrintingExercise
from gdcourse.exercises.running import call_text
from gdcourse.exercises.value import ValueExercise, WrongAnswer

# ---- q1: by hand ----
Q1 = {"weight": 0.3, "input": 2.0, "goal_pred": 0.8, "alpha": 0.1}
_pred = Q1["input"] * Q1["weight"]
_delta = _pred - Q1["goal_pred"]
_weight_delta = _delta * Q1["input"]
_error = _delta**2

q1 = ValueExercise(
    name="ch3.q1",
    title="delta and weight_delta by hand",
    ask="the pair `(delta, weight_delta)`",
    expected=(_delta, _weight_delta),
    given=tuple(Q1.values()),
    labels=("delta", "weight_delta"),
    wrong_answers=(
        WrongAnswer(
            (-_delta, -_weight_delta),
            "sign_flipped",
            f"Your delta is goal_pred - pred = {show(-_delta)}. The book's delta is pred - goal_pred = "
            f"{show(_delta)}: negative, because the prediction {show(_pred)} was too low. With that sign, "
            "subtracting weight_delta moves the weight the right way.",
        ),
        WrongAnswer((_delta, _delta), "no_input", diagnoses.MESSAGES["no_input"]),
        WrongAnswer(
            (_error, _error * Q1["input"]),
            "error_not_delta",
            f"Your delta is the error, (pred - goal_pred) ** 2 = {show(_error)}. delta is "
            "pred - goal_pred, with no square: the error is never negative, so it cannot say which way "
            "to move; delta can.",
        ),
        WrongAnswer(
            (_delta, _error * Q1["input"]),
            "error_not_delta",
            f"delta is right, but your weight_delta multiplies the error ({show(_error)}) by input. "
            "weight_delta is delta * input: the error is never negative, so it cannot say which way to "
            "move; delta can.",
        ),
        WrongAnswer(
            (_delta, Q1["alpha"] * _weight_delta),
            "alpha_too_early",
            "delta is right, but your weight_delta already includes alpha. weight_delta is delta * input; "
            "alpha comes in only at the update, `weight -= alpha * weight_delta`.",
        ),
        WrongAnswer(
            (_delta, 2 * _weight_delta),
            "factor_two",
            f"delta is right. {show(2 * _weight_delta)} is 2 * delta * input, the true derivative of the "
            f"error, which is correct calculus; the book's weight_delta is delta * input = "
            f"{show(_weight_delta)}, half of it. The book drops the 2 (alpha can absorb it), and every "
            f"number it prints uses {show(_weight_delta)}: use that to follow the book.",
            accepted=True,
        ),
    ),
    success=f"pred = {plain(Q1['input'])} * {plain(Q1['weight'])} = {show(_pred)}, so delta = "
    f"{show(_pred)} - {plain(Q1['goal_pred'])} = {show(_delta)} and weight_delta = {show(_delta)} * "
    f"{plain(Q1['input'])} = {show(_weight_delta)}.",
    hints=(
        "First the prediction: pred = input * weight.",
        "delta = pred - goal_pred (negative: the prediction was too low). weight_delta = delta * input.",
        "alpha is not needed yet: it only comes in when you update the weight.",
    ),
    solution=f"""
weight, input, goal_pred = {Q1["weight"]!r}, {Q1["input"]!r}, {Q1["goal_pred"]!r}
pred = input * weight            # {show(_pred)}
delta = pred - goal_pred         # {show(_delta)}
weight_delta = delta * input     # {show(_weight_delta)}
q1.check((delta, weight_delta))
""",
)

# ---- q2: one iteration as a function ----
_Q2_ARGS = ("weight", "input", "goal_pred", "alpha")
_Q2_CASES = (
    (0.1, 8.5, 1.0, 0.01),  # the book's toes example
    (0.5, 2.0, 0.8, 0.1),  # the book's input-2 run with alpha 0.1
    (0.0, 1.1, 0.8, 0.5),  # doubling the step turns steady into oscillating here
    (0.3, -1.5, 0.6, 0.05),  # a negative input
)


def _update_factor_two_report(cases: Sequence[tuple[float, float, float, float]]) -> str:
    """What the true derivative did on these cases: other new weights, and where learning changes."""
    first = cases[0]
    book, yours = diagnoses.update(*first), diagnoses.update(*first, factor_two=True)
    text = (
        "Your update_weight uses the true derivative of the error, 2 * delta * input, so every step "
        f"is twice the book's and the new weights are not the book's: for "
        f"`{call_text('update_weight', _Q2_ARGS, first)}` the book's new weight is {show(book)}, "
        f"yours is {show(yours)}."
    )
    for _, input, _, alpha in cases:
        book_kind, your_kind = regime(input, alpha), regime(input, 2 * alpha)
        if book_kind is not your_kind:
            text += (
                " Twice the step is the book's step with alpha doubled, and with input "
                f"{plain(input)} and alpha {plain(alpha)} that changes what learning does: the book's "
                f"run {book_kind} (r = {plain(convergence_factor(input, alpha))}), yours {your_kind} "
                f"(r = {plain(convergence_factor(input, 2 * alpha))})."
            )
            break
    return text + (
        " It counts, because it is correct calculus. The book drops the 2 (alpha can absorb it, and "
        "the bottom of the error bowl stays put); use weight_delta = delta * input to get its numbers."
    )


q2 = FunctionExercise(
    name="ch3.q2",
    title="one iteration of gradient descent",
    call="update_weight(weight, input, goal_pred, alpha)",
    arg_names=_Q2_ARGS,
    cases=_Q2_CASES,
    reference=diagnoses.update,
    mistakes=diagnoses.update_mistakes(diagnoses.update, factor_two_report=_update_factor_two_report),
    returns="one number: the new weight",
    success="Your update_weight returns the book's new weight on every case, the toes example included.",
    hints=(
        "Four lines: predict, compare (delta), how much this weight is to blame (weight_delta), learn.",
        "pred = input * weight; delta = pred - goal_pred; weight_delta = delta * input.",
        "Return weight - alpha * weight_delta.",
    ),
    solution="""
def update_weight(weight, input, goal_pred, alpha):
    pred = input * weight
    delta = pred - goal_pred
    weight_delta = delta * input
    return weight - alpha * weight_delta


q2.check(update_weight)
""",
)

# ---- q3: the whole loop from memory, alpha 1 (no alpha) ----
_Q3_ARGS = ("weight", "input", "goal_pred", "iterations")
#: The book's runs (shortened where a mistaken loop would overflow) and a negative input.
_Q3_CASES = ((0.0, 0.5, 0.8, 4), (0.5, 0.5, 0.8, 6), (0.0, 1.1, 0.8, 4), (0.2, -1.5, 0.6, 6))
_NO_ALPHA = 1.0
#: Alphas a learner may carry over into this alpha-free loop: the toes example's and the book's alpha 0.1.
_CARRIED_ALPHAS = (0.01, 0.1)


def _with_alpha(alpha: float, weight: float, input: float, goal_pred: float, iterations: int, **flags: bool):
    return loops.loop_pairs(weight, input, goal_pred, alpha, iterations, **flags)


def _book_loop(weight: float, input: float, goal_pred: float, iterations: int):
    return loops.book_pairs(weight, input, goal_pred, _NO_ALPHA, iterations)


def _after_update(weight: float, input: float, goal_pred: float, iterations: int):
    return loops.printed_after_update(weight, input, goal_pred, _NO_ALPHA, iterations)


def _loop_factor_two_report(cases: Sequence[tuple[float, float, float, int]]) -> str:
    runs = [(weight, input, goal_pred, _NO_ALPHA, n) for weight, input, goal_pred, n in cases]
    return loops.factor_two_message(runs, "learn", _Q3_ARGS)


def _carried_alpha(alpha: float) -> Mistake:
    return Mistake(
        "has_alpha",
        f"Your lines match a loop with alpha = {plain(alpha)}. This exercise's loop has no alpha, and "
        f"no alpha is the same as alpha = {plain(_NO_ALPHA)}: `weight = weight - weight_delta`.",
        functools.partial(_with_alpha, alpha),
    )


_FIRST_ERROR = _with_alpha(_NO_ALPHA, *_Q3_CASES[1])[0][0]  # the book's first error, 0.3025, in Python 3

q3 = PrintingExercise(
    name="ch3.q3",
    title="the whole loop from memory",
    call="learn(weight, input, goal_pred, iterations)",
    arg_names=_Q3_ARGS,
    cases=_Q3_CASES,
    reference=_book_loop,
    mistakes=(
        *diagnoses.update_mistakes(
            functools.partial(_with_alpha, _NO_ALPHA),
            ("no_input", "sign_flipped", "error_not_delta", "factor_two"),
            alpha=False,
            factor_two_accepted=False,
            factor_two_report=_loop_factor_two_report,
        ),
        Mistake("printed_after_update", loops.PRINTED_AFTER_UPDATE, _after_update),
        *(_carried_alpha(alpha) for alpha in _CARRIED_ALPHAS),
    ),
    success="Your loop prints the book's lines for every run tried. (The check reads the numbers, so "
    "Python 3's longer digits count the same as the book's shorter ones.)",
    hints=(
        "Inside `for iteration in range(iterations):` the book does: predict, error, delta, weight_delta, "
        "update, print.",
        "There is no alpha in this loop (the same as alpha 1): `weight = weight - weight_delta`.",
        'Print as the book does: print("Error:" + str(error) + " Prediction:" + str(pred)).',
    ),
    solution="""
def learn(weight, input, goal_pred, iterations):
    for iteration in range(iterations):
        pred = input * weight
        error = (pred - goal_pred) ** 2
        delta = pred - goal_pred
        weight_delta = delta * input
        weight = weight - weight_delta
        print("Error:" + str(error) + " Prediction:" + str(pred))


q3.check(learn)
""",
    explanation=f"Python 3 prints more digits than the book ({_FIRST_ERROR!r} where the book shows "
    f"{show(_FIRST_ERROR)}); the check reads the numbers, so both forms pass.",
)

q4 = ThoughtExercise(
    name="ch3.q4",
    title="what if input is 0?",
    question="Run gradient descent with input = 0. What happens to the weight, and why is that fair?",
    discussion=(
        "With input 0 the prediction is 0 whatever the weight is, so weight_delta = delta * 0 = 0 and the "
        "weight never moves. That is fair: this weight had no part in the miss, so none of the blame is "
        "its own and nothing about it should change. It is the 'stopping' effect of multiplying by input. "
        "If goal_pred is not 0, no weight can reach it: the error stays the same for ever."
    ),
    hints=("What is pred when input is 0? And weight_delta?",),
)
