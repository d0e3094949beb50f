"""Lesson 1 exercises: measuring error.

q1 an error by hand (value); q2 the mean squared error of a list of predictions (function);
q3 a thought on squaring a small and a big miss; q4 two misses whose pure errors cancel (value).
Every number in a message is computed from the data below, never typed.
"""

from __future__ import annotations

import math

from gdcourse.exercises.answers import plain, show, signed
from gdcourse.exercises.exercise import ThoughtExercise
from gdcourse.exercises.function import FunctionExercise, Mistake
from gdcourse.exercises.value import ValueExercise, WrongAnswer

# ---- q1: the toes example: weight 0.1, input 8.5, the team won ----
Q1 = {"weight": 0.1, "input": 8.5, "goal_pred": 1.0}
_q1_pred = Q1["input"] * Q1["weight"]
_q1_pure = _q1_pred - Q1["goal_pred"]
_q1_error = _q1_pure**2

q1 = ValueExercise(
    name="ch1.q1",
    title="an error by hand",
    ask="one number: the squared error",
    expected=_q1_error,
    given=tuple(Q1.values()),
    wrong_answers=(
        WrongAnswer(
            _q1_pure,
            "not_squared",
            f"{show(_q1_pure)} is the pure error, pred - goal_pred. Square it: that keeps it positive.",
        ),
        WrongAnswer(
            abs(_q1_pure),
            "not_squared",
            f"{show(abs(_q1_pure))} is how far the prediction missed; now square that miss.",
        ),
        WrongAnswer(
            (Q1["input"] - Q1["goal_pred"]) ** 2,
            "input_not_pred",
            "You compared the input with the goal. Compare the prediction, input * weight, instead.",
        ),
        WrongAnswer(
            _q1_pred,
            "prediction",
            f"{show(_q1_pred)} is the prediction. The error compares it with goal_pred.",
        ),
    ),
    success=f"pred = {show(Q1['input'])} * {show(Q1['weight'])} = {show(_q1_pred)} and "
    f"({show(_q1_pred)} - {show(Q1['goal_pred'])}) ** 2 = {show(_q1_error)}.",
    hints=(
        "First the prediction: pred = input * weight.",
        "Then error = (pred - goal_pred) ** 2.",
    ),
    solution=f"""
weight, input, goal_pred = {Q1["weight"]!r}, {Q1["input"]!r}, {Q1["goal_pred"]!r}
pred = input * weight            # {show(_q1_pred)}
error = (pred - goal_pred) ** 2  # {show(_q1_error)}
q1.check(error)
""",
)


def _pure(preds: list[float], goal_preds: list[float]) -> list[float]:
    return [p - g for p, g in zip(preds, goal_preds, strict=True)]


def _mean_squared_error(preds: list[float], goal_preds: list[float]) -> float:
    return sum(e**2 for e in _pure(preds, goal_preds)) / len(preds)


_ROUNDING = 1e-12  # a mean this close to 0 is 0 but for binary rounding


def cancel_message(preds: list[float], goal_preds: list[float]) -> str:
    """Why averaging pure errors fails, told with these predictions and their computed misses."""
    pure = _pure(preds, goal_preds)
    mean = sum(pure) / len(pure)
    shown_mean = "0" if abs(mean) < _ROUNDING else plain(mean)
    return (
        f"You averaged the pure errors, pred - goal_pred. Misses in opposite directions cancel: predictions "
        f"{' and '.join(show(p) for p in preds)} for goals {' and '.join(show(g) for g in goal_preds)} "
        f"miss by {' and '.join(signed(e) for e in pure)}, whose mean is {shown_mean}, "
        "as if nothing were wrong. Square each error first, then take the mean."
    )


_Q2_CASES = (
    ([0.3, 1.3], [0.8, 0.8]),  # pure errors that cancel
    ([0.25], [0.8]),  # the book's first prediction
    ([1.0, 0.5, 0.2], [0.8, 0.8, 0.1]),
    ([0.0, 2.5, 1.5, 0.5], [1.0, 1.0, 1.0, 1.0]),
)

q2 = FunctionExercise(
    name="ch1.q2",
    title="the mean squared error of a list of predictions",
    call="mean_squared_error(preds, goal_preds)",
    arg_names=("preds", "goal_preds"),
    cases=_Q2_CASES,
    reference=_mean_squared_error,
    mistakes=(
        Mistake("mean_pure_error", cancel_message(*_Q2_CASES[0]), lambda p, g: sum(_pure(p, g)) / len(p)),
        Mistake(
            "square_of_mean",
            "You squared after averaging, so the pure errors cancelled before the square could help. "
            "Square each error, then take the mean.",
            lambda p, g: (sum(_pure(p, g)) / len(p)) ** 2,
        ),
        Mistake(
            "sum_not_mean",
            "You added up the squared errors but did not divide by how many there are. "
            "The mean is the sum divided by len(preds).",
            lambda p, g: sum(e**2 for e in _pure(p, g)),
        ),
        Mistake(
            "absolute_error",
            "You averaged the absolute errors. That also stops the cancelling, but the book squares: "
            "squaring makes big misses count more and small ones less.",
            lambda p, g: sum(abs(e) for e in _pure(p, g)) / len(p),
        ),
        Mistake(
            "root_of_mean",
            "You took the square root of the mean squared error (the 'root mean squared error'). "
            "The mean of the squared errors is the answer here: leave out the square root.",
            lambda p, g: math.sqrt(_mean_squared_error(p, g)),
        ),
    ),
    returns="one number: the mean of the squared errors",
    hints=(
        "For each pair, the squared error is (pred - goal_pred) ** 2.",
        "Walk both lists together with zip(preds, goal_preds); add the squared errors; divide by len(preds).",
    ),
    solution="""
def mean_squared_error(preds, goal_preds):
    total = 0.0
    for pred, goal_pred in zip(preds, goal_preds):
        total += (pred - goal_pred) ** 2
    return total / len(preds)


q2.check(mean_squared_error)
""",
)

# ---- q3: a small and a big miss ----
_SMALL, _BIG = 0.5, 2


def _squaring_discussion(small: float, big: float) -> str:
    before, after = big / small, big**2 / small**2
    return (
        f"{plain(small)} ** 2 = {plain(small**2)} and {plain(big)} ** 2 = {plain(big**2)}. The big miss "
        f"is {plain(before)} times the small one, but its squared error is {plain(after)} times bigger: "
        "squaring shrinks misses below 1 and blows up misses above 1. Learning then pays most "
        "attention to the big misses, the ones that matter, and little to tiny ones. And a squared "
        "error is never negative, so misses in opposite directions cannot cancel."
    )


q3 = ThoughtExercise(
    name="ch1.q3",
    title="what squaring does to a small and a big miss",
    question=f"Square a miss of {plain(_SMALL)} and a miss of {plain(_BIG)}. Which grows, which shrinks, "
    "and why might we want that?",
    discussion=_squaring_discussion(_SMALL, _BIG),
    hints=(
        f"Work out {plain(_SMALL)} ** 2 and {plain(_BIG)} ** 2, then compare the ratios before and "
        "after squaring.",
    ),
)

# ---- q4: two misses that cancel ----
Q4_PREDS, Q4_GOAL_PREDS = [0.2, 1.4], [0.8, 0.8]
_q4_pure = _pure(Q4_PREDS, Q4_GOAL_PREDS)
_q4_squares = [e**2 for e in _q4_pure]
_q4_mse = sum(_q4_squares) / len(_q4_squares)
_q4_mean_abs = sum(abs(e) for e in _q4_pure) / len(_q4_pure)

q4 = ValueExercise(
    name="ch1.q4",
    title="two misses that cancel",
    ask="one number: the mean squared error of the two predictions",
    expected=_q4_mse,
    given=(*Q4_PREDS, Q4_GOAL_PREDS[0]),
    wrong_answers=(
        WrongAnswer(
            sum(_q4_pure) / len(_q4_pure), "mean_pure_error", cancel_message(Q4_PREDS, Q4_GOAL_PREDS)
        ),
        WrongAnswer(
            sum(_q4_squares),
            "sum_not_mean",
            f"{show(sum(_q4_squares))} is the sum of the squared errors; divide by {len(_q4_squares)} "
            "for the mean.",
        ),
        WrongAnswer(
            _q4_mean_abs,
            "absolute_error",
            f"{show(_q4_mean_abs)} is the mean size of the misses, the mean absolute error "
            f"(here it is also the square root of the answer). The book squares each miss and "
            "averages the squares, with no square root.",
        ),
    ),
    success=f"The pure errors {' and '.join(signed(e) for e in _q4_pure)} cancel to 0, but their squares, "
    f"{' and '.join(show(s) for s in _q4_squares)}, do not.",
    hints=(
        f"Predictions {' and '.join(show(p) for p in Q4_PREDS)}, goal_pred {show(Q4_GOAL_PREDS[0])} "
        "for both. Find each pure error first.",
        "Square each pure error, then take the mean of the two squares.",
    ),
    solution=f"""
preds, goal_preds = {Q4_PREDS!r}, {Q4_GOAL_PREDS!r}
errors = [(p - g) ** 2 for p, g in zip(preds, goal_preds)]   # {show(_q4_squares[0])}, {show(_q4_squares[1])}
q4.check(sum(errors) / len(errors))                          # {show(_q4_mse)}
""",
)
