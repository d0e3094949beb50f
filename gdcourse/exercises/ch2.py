"""Lesson 2 exercises: hot and cold learning.

q1 one hot-and-cold iteration as a function; q2 predict how many moves a step size needs (value,
worked out by running `gdcourse.hot_and_cold`); q3 the errors step 10 compares (value); q4 a thought
on why step 10 never settles. Every number in a message is computed from the data below.
"""

from __future__ import annotations

import math

import numpy as np

from gdcourse.exercises.answers import plain, show
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


def _only_if_better(weight: float, input: float, goal_pred: float, step_amount: float) -> float:
    """A careful-looking variant the book does not write: move only when a try beats staying put."""
    error = (input * weight - goal_pred) ** 2
    up_error, down_error = _errors(weight, input, goal_pred, step_amount)
    if down_error < up_error and down_error < error:
        return weight - step_amount
    if up_error < down_error and up_error < error:
        return weight + step_amount
    return weight


_TIE = (
    "When up_error and down_error are equal (the weight sits exactly at the goal weight), the book's "
    "loop leaves the weight alone; yours moves it. Use two ifs, `<` and `>`, not if/else."
)

#: A weight within half a step of the goal weight 1.6 (input 0.5, goal_pred 0.8), where both tries are
#: worse than staying put: the book's loop still moves, and that is the hopping lesson 2 shows.
_NEAR_GOAL = (1.58, 0.5, 0.8, 0.1)
_STEP_TEN = (0.5, 0.5, 0.8, 10)

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
        _STEP_TEN,  # the book's step 10: both tries are worse than staying, and it still jumps up
        _NEAR_GOAL,  # within half a step of the goal weight: it still moves, past the goal weight
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
        Mistake(
            "moves_only_if_better",
            f"Your step stays put when neither try beats the weight it has (for weight "
            f"{plain(_NEAR_GOAL[0])} with step_amount {plain(_NEAR_GOAL[3])}, or the book's step "
            f"{plain(_STEP_TEN[3])} from weight {plain(_STEP_TEN[0])}). That is careful, but it is not "
            "the book's loop: the book compares up with down only, never with staying put, so it always "
            f"moves unless the two tie. That is why the book's step {plain(_STEP_TEN[3])} hops back and "
            "forth for ever (the last two exercises), and why a fixed step cannot settle on the goal weight.",
            _only_if_better,
        ),
    ),
    returns="one number: the new weight",
    hints=(
        "Make two tries: at weight + step_amount (up) and at weight - step_amount (down).",
        "up_error = (goal_pred - input * (weight + step_amount)) ** 2, and the same for down.",
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


q1.check(hot_and_cold_step)
""",
)


def moves_to_closest(weight: float, input: float, goal_pred: float, step_amount: float) -> int:
    """How many moves hot and cold makes before its prediction is first as close as it will get.

    Runs `gdcourse.hot_and_cold` a few steps past the goal weight and finds the smallest error.
    """
    enough = math.ceil(abs(goal_pred / input - weight) / step_amount) + 3
    run = hot_and_cold(weight, input, goal_pred, step_amount, iterations=enough)
    return int(np.argmin(run.errors))


Q2 = {"weight": 0.5, "input": 0.5, "goal_pred": 0.8, "step_amount": 0.01}
_BOOK_STEP = 0.001
_SHOWN_LINES = 3
_Q2_MOVES = moves_to_closest(**Q2)
_q2_goal_weight = Q2["goal_pred"] / Q2["input"]
_q2_gap = _q2_goal_weight - Q2["weight"]
_q2_pred_gap = Q2["goal_pred"] - Q2["input"] * Q2["weight"]

q2 = ValueExercise(
    name="ch2.q2",
    title=f"how many moves does a step_amount of {plain(Q2['step_amount'])} need?",
    ask="one whole number: how many moves of the weight",
    expected=_Q2_MOVES,
    given=(Q2["step_amount"],),
    wrong_answers=(
        WrongAnswer(
            _Q2_MOVES + 1,
            "off_by_one",
            "One too many: the first line is printed before any move. Count moves, not lines.",
        ),
        WrongAnswer(_Q2_MOVES - 1, "off_by_one", "One too few: one more move gets it there."),
        WrongAnswer(
            _q2_pred_gap / Q2["step_amount"],
            "prediction_gap",
            f"You divided the prediction's gap ({plain(Q2['goal_pred'])} - "
            f"{plain(Q2['input'] * Q2['weight'])}) by the step. But each move changes the weight by "
            f"step_amount; the prediction moves only input * step_amount. Divide the weight's gap "
            f"instead: from {plain(Q2['weight'])} to the goal weight {plain(Q2['goal_pred'])} / "
            f"{plain(Q2['input'])}.",
        ),
        WrongAnswer(
            3 * _Q2_MOVES,
            "predictions",
            "That counts predictions: three per iteration (now, up, down). The question asks for moves.",
        ),
        WrongAnswer(
            moves_to_closest(Q2["weight"], Q2["input"], Q2["goal_pred"], _BOOK_STEP),
            "book_step",
            f"That is the count for the book's step_amount {plain(_BOOK_STEP)}. This step is "
            f"{plain(Q2['step_amount'] / _BOOK_STEP)} times bigger.",
        ),
    ),
    success=f"From {plain(Q2['weight'])} to the goal weight {plain(_q2_goal_weight)} is {plain(_q2_gap)}, "
    f"and {plain(_q2_gap)} / {plain(Q2['step_amount'])} = {_Q2_MOVES} moves.",
    hints=(
        f"Which weight makes the prediction exactly {plain(Q2['goal_pred'])}? That is the goal weight.",
        f"Each move changes the weight by exactly step_amount. How many steps from {plain(Q2['weight'])} "
        "to the goal weight?",
    ),
    solution=f"""
goal_weight = {Q2["goal_pred"]!r} / {Q2["input"]!r}                     # {plain(_q2_goal_weight)}
moves = round((goal_weight - {Q2["weight"]!r}) / {Q2["step_amount"]!r})   # {_Q2_MOVES}
q2.check(moves)
# to check it by running the loop ({_Q2_MOVES + 2} iterations print the closest line and one more):
# run = gd.hot_and_cold({", ".join(repr(v) for v in Q2.values())}, {_Q2_MOVES + 2})
# gd.print_book(run, last={_SHOWN_LINES})
""",
)

# ---- q3: weight 0.5, input 0.5, goal_pred 0.8, step_amount 10 ----
Q3 = dict(zip(("weight", "input", "goal_pred", "step_amount"), _STEP_TEN, strict=True))
_q3_errors = _errors(*_STEP_TEN)
_q3_now = (Q3["input"] * Q3["weight"] - Q3["goal_pred"]) ** 2
_q3_up, _q3_down = Q3["weight"] + Q3["step_amount"], Q3["weight"] - Q3["step_amount"]

q3 = ValueExercise(
    name="ch2.q3",
    title=f"the errors that step {plain(Q3['step_amount'])} compares",
    ask="the pair `(up_error, down_error)`",
    expected=_q3_errors,
    given=tuple(Q3.values()),
    labels=("up_error", "down_error"),
    wrong_answers=(
        WrongAnswer(
            _q3_errors[::-1],
            "swapped",
            "You have the two numbers, swapped: up_error uses weight + step_amount.",
        ),
        WrongAnswer(
            (_q3_now, _q3_now),
            "current_error",
            f"{show(_q3_now)} is the error where the weight is now. Try the weight one step up "
            f"({plain(_q3_up)}) and one step down ({plain(_q3_down)}).",
        ),
    ),
    success=f"up_error {show(_q3_errors[0])} and down_error {show(_q3_errors[1])}: both worse than staying "
    f"at {show(_q3_now)}, yet the loop must move, so it jumps up to {plain(_q3_up)}. Next time it jumps "
    "back. That is the listing's oscillation.",
    hints=(
        f"The weight is {plain(Q3['weight'])}. Up means {plain(Q3['weight'])} + {plain(Q3['step_amount'])}, "
        f"down means {plain(Q3['weight'])} - {plain(Q3['step_amount'])}.",
        "up_error = (goal_pred - input * (weight + step_amount)) ** 2; likewise for down.",
    ),
    solution=f"""
weight, input, goal_pred, step_amount = {", ".join(repr(v) for v in _STEP_TEN)}
up_error = (goal_pred - input * (weight + step_amount)) ** 2     # {show(_q3_errors[0])}
down_error = (goal_pred - input * (weight - step_amount)) ** 2   # {show(_q3_errors[1])}
q3.check((up_error, down_error))
""",
)


def _never_settles(weight: float, input: float, goal_pred: float, step_amount: float) -> str:
    up, goal_weight = weight + step_amount, goal_pred / input
    return (
        f"The loop compares up with down, never with staying put. From {plain(weight)} both neighbours "
        f"are worse than where it is, but the better of the two (up, {plain(up)}) still wins, so it jumps. "
        f"From {plain(up)} the better neighbour is back at {plain(weight)}. The weight can only land on "
        f"{plain(weight)} + {plain(step_amount)} * n, and the goal weight {plain(goal_weight)} is nowhere "
        "near one of those. A smaller step gets closer but still can only land on whole steps; gradient "
        "descent fixes both problems by making the step size come from the error itself."
    )


_q4_errors = hot_and_cold(*_STEP_TEN, iterations=3).errors

q4 = ThoughtExercise(
    name="ch2.q4",
    title=f"why step {plain(Q3['step_amount'])} never settles",
    question=f"With step_amount {plain(Q3['step_amount'])} the error jumps "
    f"{', '.join(show(e) for e in _q4_errors)}, ... for ever. Why?",
    discussion=_never_settles(*_STEP_TEN),
    hints=(
        f"Compute the error at {plain(Q3['weight'])}, at {plain(_q3_up)} and at {plain(_q3_down)}. "
        "Which does the loop compare?",
    ),
)
