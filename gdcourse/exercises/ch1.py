"""Chapter 1 exercises: measuring error.

q1 an error by hand (value); q2 the mean squared error of a list of predictions (function);
q3 a thought on squaring a miss of 0.5 and of 2; q4 two misses whose pure errors cancel (value).
"""

from __future__ import annotations

from gdcourse.exercises.exercise import ThoughtExercise
from gdcourse.exercises.function import FunctionExercise, Mistake
from gdcourse.exercises.value import ValueExercise, WrongAnswer

# q1: weight 0.1, input 8.5, goal_pred 1.0 -> pred 0.85, error (0.85 - 1.0) ** 2 = 0.0225
q1 = ValueExercise(
    name="ch1.q1",
    title="an error by hand",
    ask="one number: the squared error",
    expected=0.0225,
    wrong_answers=(
        WrongAnswer(
            -0.15,
            "not_squared",
            "-0.15 is the pure error, pred - goal_pred. Square it: that keeps it positive.",
        ),
        WrongAnswer(0.15, "not_squared", "0.15 is how far the prediction missed; now square that miss."),
        WrongAnswer(
            56.25,
            "input_not_pred",
            "You compared the input with the goal. Compare the prediction, input * weight, instead.",
        ),
        WrongAnswer(0.85, "prediction", "0.85 is the prediction. The error compares it with goal_pred."),
    ),
    success="pred = 8.5 * 0.1 = 0.85 and (0.85 - 1.0) ** 2 = 0.0225.",
    hints=(
        "First the prediction: pred = input * weight.",
        "Then error = (pred - goal_pred) ** 2.",
    ),
    solution="""
weight, input, goal_pred = 0.1, 8.5, 1.0
pred = input * weight            # 0.85
error = (pred - goal_pred) ** 2  # 0.0225
q1.check(error)
""",
)


def _mean_squared_error(preds: list[float], goal_preds: list[float]) -> float:
    return sum((p - g) ** 2 for p, g in zip(preds, goal_preds, strict=True)) / len(preds)


def _pure(preds: list[float], goal_preds: list[float]) -> list[float]:
    return [p - g for p, g in zip(preds, goal_preds, strict=True)]


CANCEL_MESSAGE = (
    "You averaged the pure errors, pred - goal_pred. Misses in opposite directions cancel: predictions "
    "0.3 and 1.3 for goals 0.8 and 0.8 miss by -0.5 and +0.5, whose mean is 0, as if nothing were wrong. "
    "Square each error first, then take the mean."
)

q2 = FunctionExercise(
    name="ch1.q2",
    title="the mean squared error of a list of predictions",
    call="mean_squared_error(preds, goal_preds)",
    arg_names=("preds", "goal_preds"),
    cases=(
        ([0.3, 1.3], [0.8, 0.8]),  # pure errors that cancel
        ([0.25], [0.8]),  # the book's first prediction
        ([1.0, 0.5, 0.2], [0.8, 0.8, 0.1]),
        ([0.0, 2.5, 1.5, 0.5], [1.0, 1.0, 1.0, 1.0]),
    ),
    reference=_mean_squared_error,
    mistakes=(
        Mistake("mean_pure_error", CANCEL_MESSAGE, lambda p, g: sum(_pure(p, g)) / len(p)),
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
""",
)

q3 = ThoughtExercise(
    name="ch1.q3",
    title="what squaring does to a small and a big miss",
    question="Square a miss of 0.5 and a miss of 2. Which grows, which shrinks, and why might we want that?",
    discussion=(
        "0.5 ** 2 = 0.25 and 2 ** 2 = 4. The big miss is 4 times the small one, but its squared error is "
        "16 times bigger: squaring shrinks misses below 1 and blows up misses above 1. Learning then "
        "pays most attention to the big misses, the ones that matter, and little to tiny ones. And a "
        "squared error is never negative, so misses in opposite directions cannot cancel."
    ),
    hints=("Work out 0.5 ** 2 and 2 ** 2, then compare the ratios before and after squaring.",),
)

q4 = ValueExercise(
    name="ch1.q4",
    title="two misses that cancel",
    ask="one number: the mean squared error of the two predictions",
    expected=0.36,
    wrong_answers=(
        WrongAnswer(0.0, "mean_pure_error", CANCEL_MESSAGE.replace("0.3 and 1.3", "0.2 and 1.4")),
        WrongAnswer(0.72, "sum_not_mean", "0.72 is the sum of the squared errors; divide by 2 for the mean."),
        WrongAnswer(
            0.6,
            "absolute_error",
            "0.6 is the mean absolute error. The book squares each miss before averaging.",
        ),
    ),
    success="The pure errors -0.6 and +0.6 cancel to 0, but their squares, 0.36 and 0.36, do not.",
    hints=(
        "Predictions 0.2 and 1.4, goal_pred 0.8 for both. Find each pure error first.",
        "Square each pure error, then take the mean of the two squares.",
    ),
    solution="""
preds, goal_preds = [0.2, 1.4], [0.8, 0.8]
errors = [(p - g) ** 2 for p, g in zip(preds, goal_preds)]   # [0.36, 0.36]
q4.check(sum(errors) / len(errors))                          # 0.36
""",
)
