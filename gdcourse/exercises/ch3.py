"""Chapter 3 exercises: gradient descent, from delta and weight_delta to the whole loop from memory.

q1 delta and weight_delta by hand (value); q2 one iteration as a function; q3 the whole loop from
memory, checked by the lines it prints; q4 a thought on input 0.
"""

from __future__ import annotations

from gdcourse.exercises import diagnoses
from gdcourse.exercises.exercise import ThoughtExercise
from gdcourse.exercises.function import FunctionExercise, Mistake
from gdcourse.exercises.printed import PrintingExercise, read_lines
from gdcourse.exercises.value import ValueExercise, WrongAnswer
from gdcourse.fmt import book_lines
from gdcourse.learning import gradient_descent

# q1: weight 0.3, input 2.0, goal_pred 0.8, alpha 0.1 -> pred 0.6, delta -0.2, weight_delta -0.4
q1 = ValueExercise(
    name="ch3.q1",
    title="delta and weight_delta by hand",
    ask="the pair `(delta, weight_delta)`",
    expected=(-0.2, -0.4),
    labels=("delta", "weight_delta"),
    wrong_answers=(
        WrongAnswer((0.2, 0.4), "sign_flipped", diagnoses.MESSAGES["sign_flipped"]),
        WrongAnswer((-0.2, -0.2), "no_input", diagnoses.MESSAGES["no_input"]),
        WrongAnswer((0.04, 0.08), "error_not_delta", diagnoses.MESSAGES["error_not_delta"]),
        WrongAnswer((-0.2, 0.08), "error_not_delta", diagnoses.MESSAGES["error_not_delta"]),
        WrongAnswer(
            (-0.2, -0.04),
            "alpha_too_early",
            "delta is right, but your weight_delta already includes alpha. weight_delta is delta * input; "
            "alpha comes in only at the update, `weight -= alpha * weight_delta`.",
        ),
        WrongAnswer((-0.2, -0.8), "factor_two", "Right. Note: " + diagnoses.FACTOR_TWO_NOTE, accepted=True),
    ),
    success="pred = 2.0 * 0.3 = 0.6, so delta = 0.6 - 0.8 = -0.2 and weight_delta = -0.2 * 2.0 = -0.4.",
    hints=(
        "First the prediction: pred = input * weight.",
        "delta = pred - goal_pred (negative: the prediction was too low). weight_delta = delta * input.",
        "alpha is not needed yet: it only comes in when you update the weight.",
    ),
    solution="""
weight, input, goal_pred = 0.3, 2.0, 0.8
pred = input * weight            # 0.6
delta = pred - goal_pred         # -0.2
weight_delta = delta * input     # -0.4
q1.check((delta, weight_delta))
""",
)

_Q2_CASES = (
    (0.1, 8.5, 1.0, 0.01),  # the book's toes example
    (0.5, 2.0, 0.8, 0.1),  # the book's input-2 run with alpha 0.1
    (0.0, 1.1, 0.8, 0.5),
    (0.3, -1.5, 0.6, 0.05),  # a negative input
)

q2 = FunctionExercise(
    name="ch3.q2",
    title="one iteration of gradient descent",
    call="update_weight(weight, input, goal_pred, alpha)",
    arg_names=("weight", "input", "goal_pred", "alpha"),
    cases=_Q2_CASES,
    reference=diagnoses.update,
    mistakes=diagnoses.update_mistakes(diagnoses.update),
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
""",
)


def _book_pairs(weight: float, input: float, goal_pred: float, iterations: int) -> list[tuple[float, float]]:
    """The (error, prediction) pairs of the book's printed lines for this run."""
    return read_lines(book_lines(gradient_descent(weight, input, goal_pred, 1.0, iterations)))


def _loop_pairs(weight: float, input: float, goal_pred: float, iterations: int, **flags: bool):
    """What a loop with the given mistakes would print, as (error, prediction) pairs."""
    pairs = []
    for _ in range(iterations):
        pred = input * weight
        pairs.append(((pred - goal_pred) ** 2, pred))
        weight = diagnoses.update(weight, input, goal_pred, 1.0, **flags)
    return pairs


def _printed_after_update(weight: float, input: float, goal_pred: float, iterations: int):
    return _book_pairs(weight, input, goal_pred, iterations + 1)[1:]


q3 = PrintingExercise(
    name="ch3.q3",
    title="the whole loop from memory",
    call="learn(weight, input, goal_pred, iterations)",
    arg_names=("weight", "input", "goal_pred", "iterations"),
    # the book's runs (shortened where a mistaken loop would overflow) and a negative input
    cases=((0.0, 0.5, 0.8, 4), (0.5, 0.5, 0.8, 6), (0.0, 1.1, 0.8, 4), (0.2, -1.5, 0.6, 6)),
    reference=_book_pairs,
    mistakes=(
        *diagnoses.update_mistakes(
            _loop_pairs, ("no_input", "sign_flipped", "error_not_delta", "factor_two")
        ),
        Mistake(
            "printed_after_update",
            "Your lines are one step ahead: each shows the error after the update. Print the pred and "
            "error that the iteration started with (compute them, update the weight, then print them).",
            _printed_after_update,
        ),
    ),
    success="Your loop prints the book's lines, digit for digit in value, for every run tried.",
    hints=(
        "Inside `for iteration in range(iterations):` the book does: predict, error, delta, weight_delta, "
        "update, print.",
        "There is no alpha in this chapter's loop: `weight = weight - weight_delta`.",
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
""",
    explanation="Python 3 prints more digits than the book (0.30250000000000005); the check reads "
    "the numbers, so both forms pass.",
)

q4 = ThoughtExercise(
    name="ch3.q4",
    title="what if input is 0?",
    question="Run gradient descent with input = 0. What happens to the weight, and why is that fair?",
    discussion=(
        "With input 0 the prediction is 0 whatever the weight is, so weight_delta = delta * 0 = 0 and the "
        "weight never moves. That is fair: this weight had no part in the miss, so nothing about it "
        "should change. It is the 'stopping' effect of multiplying by input. If goal_pred is not 0, "
        "no weight can reach it: the error stays the same forever."
    ),
    hints=("What is pred when input is 0? And weight_delta?",),
)
