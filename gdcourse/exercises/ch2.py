"""Chapter 2 exercises: hot and cold learning.

q1 one hot-and-cold iteration as a function; q2 predict how many moves a step size needs (value,
worked out by running `gdcourse.hot_and_cold`); q3 the errors step 10 compares (value); q4 a thought
on why step 10 never settles.
"""

from __future__ import annotations

import math

import numpy as np

from gdcourse.exercises.exercise import ThoughtExercise
from gdcourse.exercises.function import FunctionExercise, Mistake
from gdcourse.exercises.value import ValueExercise, WrongAnswer
from gdcourse.learning import hot_and_cold


def _step(weight: float, input: float, goal_pred: float, step_amount: float) -> float:
    return hot_and_cold(weight, input, goal_pred, step_amount, iterations=1).final_weight


def _errors(weight: float, input: float, goal_pred: float, step_amount: float) -> tuple[float, float]:
    up_error = (goal_pred - input * (weight + step_amount)) ** 2
    down_error = (goal_pred - input * (weight - step_amount)) ** 2
    return up_error, down_error


def _wrong_way(weight: float, input: float, goal_pred: float, step_amount: float) -> float:
    up_error, down_error = _errors(weight, input, goal_pred, step_amount)
    if down_error < up_error:
        return weight + step_amount
    if down_error > up_error:
        return weight - step_amount
    return weight


def _moves_on_tie(up_on_tie: bool):
    def step(weight: float, input: float, goal_pred: float, step_amount: float) -> float:
        up_error, down_error = _errors(weight, input, goal_pred, step_amount)
        if down_error < up_error or (down_error == up_error and not up_on_tie):
            return weight - step_amount
        return weight + step_amount

    return step


def _by_prediction(weight: float, input: float, goal_pred: float, step_amount: float) -> float:
    up_pred, down_pred = input * (weight + step_amount), input * (weight - step_amount)
    if down_pred < up_pred:
        return weight - step_amount
    if down_pred > up_pred:
        return weight + step_amount
    return weight


_TIE = (
    "When up_error and down_error are equal (the weight sits exactly at the goal weight), the book's "
    "loop leaves the weight alone; yours moves it. Use two ifs, `<` and `>`, not if/else."
)

q1 = FunctionExercise(
    name="ch2.q1",
    title="one hot-and-cold iteration",
    call="hot_and_cold_step(weight, input, goal_pred, step_amount)",
    arg_names=("weight", "input", "goal_pred", "step_amount"),
    cases=(
        (0.5, 0.5, 0.8, 0.001),  # the book's first iteration: go up
        (2.0, 0.5, 0.8, 0.1),  # past the goal weight: go down
        (2.0, 0.5, 1.0, 0.25),  # exactly at the goal weight: up and down tie, stay
        (0.5, -2.0, 0.8, 0.01),  # a negative input: go down
        (-1.0, -2.0, 0.8, 0.01),  # a negative input: go up
    ),
    reference=_step,
    mistakes=(
        Mistake(
            "wrong_way",
            "Your weight moves toward the bigger error. Either the comparison is the wrong way round or "
            "each branch moves the wrong way: when down_error is smaller, go down (weight - step_amount).",
            _wrong_way,
        ),
        Mistake("moves_on_tie", _TIE, _moves_on_tie(up_on_tie=True)),
        Mistake("moves_on_tie", _TIE, _moves_on_tie(up_on_tie=False)),
        Mistake(
            "compares_predictions",
            "You compared the predictions, not the errors. A smaller prediction is not a better one: "
            "compare up_error with down_error, the squared misses.",
            _by_prediction,
        ),
    ),
    returns="one number: the new weight",
    hints=(
        "Make three predictions: at weight, at weight + step_amount (up), at weight - step_amount (down).",
        "up_error = (goal_pred - up_prediction) ** 2, and the same for down.",
        "If down_error < up_error, return weight - step_amount; if down_error > up_error, "
        "return weight + step_amount; otherwise return weight.",
    ),
    solution="""
def hot_and_cold_step(weight, input, goal_pred, step_amount):
    up_error = (goal_pred - input * (weight + step_amount)) ** 2
    down_error = (goal_pred - input * (weight - step_amount)) ** 2
    if down_error < up_error:
        weight = weight - step_amount
    if down_error > up_error:
        weight = weight + step_amount
    return weight
""",
)


def moves_to_closest(weight: float, input: float, goal_pred: float, step_amount: float) -> int:
    """How many moves hot and cold makes before its prediction is first as close as it will get.

    Runs `gdcourse.hot_and_cold` a few steps past the goal weight and finds the smallest error.
    """
    enough = math.ceil(abs(goal_pred / input - weight) / step_amount) + 3
    run = hot_and_cold(weight, input, goal_pred, step_amount, iterations=enough)
    return int(np.argmin(run.errors))


_Q2 = {"weight": 0.5, "input": 0.5, "goal_pred": 0.8, "step_amount": 0.01}
_Q2_MOVES = moves_to_closest(**_Q2)

q2 = ValueExercise(
    name="ch2.q2",
    title="how many moves does step_amount 0.01 need?",
    ask="one whole number: how many moves of the weight",
    expected=_Q2_MOVES,
    wrong_answers=(
        WrongAnswer(
            _Q2_MOVES + 1,
            "off_by_one",
            "One too many: the first line is printed before any move. Count moves, not lines.",
        ),
        WrongAnswer(_Q2_MOVES - 1, "off_by_one", "One too few: one more move gets it there."),
        WrongAnswer(
            (0.8 - 0.25) / 0.01,
            "prediction_gap",
            "You divided the prediction's gap (0.8 - 0.25) by the step. But each move changes the "
            "weight by step_amount; the prediction moves only input * step_amount. Divide the weight's "
            "gap instead: from 0.5 to the goal weight 0.8 / 0.5.",
        ),
        WrongAnswer(
            3 * _Q2_MOVES,
            "predictions",
            "That counts predictions: three per iteration (now, up, down). The question asks for moves.",
        ),
        WrongAnswer(
            moves_to_closest(0.5, 0.5, 0.8, 0.001),
            "book_step",
            "That is the book's count for step_amount 0.001. This step is ten times bigger.",
        ),
    ),
    success="From 0.5 to the goal weight 1.6 is 1.1, and 1.1 / 0.01 = 110 moves.",
    hints=(
        "Which weight makes the prediction exactly 0.8? That is the goal weight.",
        "Each move changes the weight by exactly step_amount. How many steps from 0.5 to the goal weight?",
    ),
    solution="""
goal_weight = 0.8 / 0.5                          # 1.6
moves = round((goal_weight - 0.5) / 0.01)        # 110
q2.check(moves)
# check it by running the loop: gd.hot_and_cold(0.5, 0.5, 0.8, step_amount=0.01, iterations=112)
""",
)

# q3: weight 0.5, input 0.5, goal_pred 0.8, step_amount 10
q3 = ValueExercise(
    name="ch2.q3",
    title="the errors that step 10 compares",
    ask="the pair `(up_error, down_error)`",
    expected=_errors(0.5, 0.5, 0.8, 10),
    labels=("up_error", "down_error"),
    wrong_answers=(
        WrongAnswer(
            _errors(0.5, 0.5, 0.8, 10)[::-1],
            "swapped",
            "You have the two numbers, swapped: up_error uses weight + step_amount.",
        ),
        WrongAnswer(
            (0.3025, 0.3025),
            "current_error",
            "0.3025 is the error where the weight is now. Try the weight one step up (10.5) and one "
            "step down (-9.5).",
        ),
    ),
    success="up_error 19.8025 and down_error 30.8025: both worse than staying at 0.3025, yet the loop "
    "must move, so it jumps up to 10.5. Next time it jumps back. That is the listing's oscillation.",
    hints=(
        "The weight is 0.5. Up means 0.5 + 10, down means 0.5 - 10.",
        "up_error = (goal_pred - input * (weight + step_amount)) ** 2; likewise for down.",
    ),
    solution="""
weight, input, goal_pred, step_amount = 0.5, 0.5, 0.8, 10
up_error = (goal_pred - input * (weight + step_amount)) ** 2     # 19.8025
down_error = (goal_pred - input * (weight - step_amount)) ** 2   # 30.8025
q3.check((up_error, down_error))
""",
)

q4 = ThoughtExercise(
    name="ch2.q4",
    title="why step 10 never settles",
    question="With step_amount 10 the error jumps 0.3025, 19.8025, 0.3025, ... forever. Why?",
    discussion=(
        "The loop compares up with down, never with staying put. From 0.5 both neighbours are worse "
        "than where it is, but the better of the two (up, 10.5) still wins, so it jumps. From 10.5 the "
        "better neighbour is back at 0.5. The weight can only land on 0.5 + 10 * n, and the goal weight "
        "1.6 is nowhere near one of those. A smaller step gets closer but still can only land on whole "
        "steps; gradient descent fixes both problems by making the step size come from the error itself."
    ),
    hints=("Compute the error at 0.5, at 10.5 and at -9.5. Which does the loop compare?",),
)
