"""Chapter 5 exercises: gradient descent with many weights, in plain Python lists.

q1 one update of a network with several inputs and one output; q2 the same with one weight frozen;
q3 the weight_deltas of several inputs and outputs (an outer product); q4 a thought on freezing;
q5 the edge of alpha for the book's three inputs (value); q6 one whole update
of several inputs and outputs, from memory.

Updating `weights` in place, as the book's own loops do, is accepted: the function gets its own copy,
and when it returns nothing the updated list is its answer.
"""

from __future__ import annotations

import copy
import functools
from collections.abc import Callable
from typing import Any

import numpy as np

from gdcourse import book
from gdcourse.analysis import shared_stable_alpha
from gdcourse.exercises import diagnoses
from gdcourse.exercises.answers import as_matrix, as_number, as_vector, close, show
from gdcourse.exercises.exercise import ThoughtExercise
from gdcourse.exercises.function import FunctionExercise, Mistake
from gdcourse.exercises.value import ValueExercise
from gdcourse.exercises.verdict import Verdict, correct, incorrect

#: The book's first game: start weights, inputs (toes, win/loss record, fans), won, and alpha.
_BOOK = (list(book.START_WEIGHTS), list(book.GAME_INPUTS[0]), book.WIN_OR_LOSE[0], book.ALPHA)

IN_PLACE_NOTE = (
    "your function changed `weights` in place, as the book's own loop does "
    "(`weights[i] -= alpha * weight_deltas[i]`). That is fine here: the check gave it its own copy. "
    "Outside a check, remember that the caller's list changes too."
)


def _differs(before: Any, after: Any) -> bool:
    try:
        return bool(before != after)
    except ValueError:  # numpy arrays compare element by element
        return not np.array_equal(np.asarray(before, dtype=object), np.asarray(after, dtype=object))


def _in_place_allowed(fn: Callable, position: int, changed: list[bool]) -> Callable:
    """`fn` given its own copy of argument `position`; if it changes it and returns nothing, the copy."""

    @functools.wraps(fn)
    def called(*args: Any) -> Any:
        args_list = list(args)
        given = args_list[position]
        args_list[position] = copy.deepcopy(given)
        value = fn(*args_list)
        if _differs(given, args_list[position]):
            changed.append(True)
            if value is None:
                return args_list[position]
        return value

    return called


class WeightsExercise(FunctionExercise):
    """A function exercise whose `weights` may be updated in place, the book's idiom, with a gentle note."""

    def _judge(self, fn: Any) -> Verdict:
        if not callable(fn):
            return super()._judge(fn)
        changed: list[bool] = []
        verdict = super()._judge(_in_place_allowed(fn, self.arg_names.index("weights"), changed))
        return verdict.with_notes(IN_PLACE_NOTE) if changed else verdict


def _update_weights(weights, inputs, goal_pred, alpha, **flags):
    pred = sum(w * i for w, i in zip(weights, inputs, strict=True))
    return [
        diagnoses.update_from_pred(w, i, pred, goal_pred, alpha, **flags)
        for w, i in zip(weights, inputs, strict=True)
    ]


def _each_on_its_own(weights, inputs, goal_pred, alpha):
    return [diagnoses.update(w, i, goal_pred, alpha) for w, i in zip(weights, inputs, strict=True)]


def _delta(weights, inputs, goal_pred):
    return sum(w * i for w, i in zip(weights, inputs, strict=True)) - goal_pred


def _split_evenly(weights, inputs, goal_pred, alpha):
    delta = _delta(weights, inputs, goal_pred)
    return [w - alpha * delta / len(weights) for w in weights]


def _split_evenly_times_input(weights, inputs, goal_pred, alpha):
    delta = _delta(weights, inputs, goal_pred)
    return [w - alpha * delta * i / len(weights) for w, i in zip(weights, inputs, strict=True)]


def _sum_of_inputs(weights, inputs, goal_pred, alpha):
    delta = _delta(weights, inputs, goal_pred)
    return [w - alpha * delta * sum(inputs) for w in weights]


def _one_at_a_time(weights, inputs, goal_pred, alpha):
    new = list(weights)
    for k in range(len(new)):
        new[k] -= alpha * _delta(new, inputs, goal_pred) * inputs[k]
    return new


_SPLIT = (
    "You shared delta out evenly, dividing it by the number of weights. There is nothing to divide: "
    "every weight gets the whole delta, times its own input (weight_delta = delta * input). A weight "
    "whose input is big moved the prediction a lot, so it takes a big share of the blame."
)

q1 = WeightsExercise(
    name="ch5.q1",
    title="one update with several inputs",
    call="update_weights(weights, inputs, goal_pred, alpha)",
    arg_names=("weights", "inputs", "goal_pred", "alpha"),
    # three inputs in every case, as the book's ele_mul (output = [0, 0, 0]) assumes
    cases=(
        _BOOK,
        ([0.5, -0.3, 0.2], [2.0, -1.5, 0.0], 0.8, 0.1),
        ([0.0, 0.0, 0.0], [1.1, 0.5, 3.0], 0.8, 0.05),
    ),
    reference=_update_weights,
    mistakes=(
        *diagnoses.update_mistakes(_update_weights),
        Mistake(
            "each_on_its_own",
            "You gave each weight its own prediction, input * weight. There is one prediction, the "
            "weighted sum of all inputs, and one delta; each weight's weight_delta is that delta times "
            "its own input.",
            _each_on_its_own,
        ),
        Mistake("split_evenly", _SPLIT, _split_evenly),
        Mistake("split_evenly", _SPLIT, _split_evenly_times_input),
        Mistake(
            "sum_of_inputs",
            "Every weight moved by delta times the sum of all the inputs. Each weight_delta uses its own "
            "input only: weight_delta = delta * input, so a weight whose input is 0 does not move at all.",
            _sum_of_inputs,
        ),
        Mistake(
            "one_at_a_time",
            "You worked out a new prediction after updating each single weight, so later weights learned "
            "from a smaller delta. The book makes one prediction and one delta per step, then updates "
            "every weight from that same delta.",
            _one_at_a_time,
        ),
    ),
    returns="a list of the new weights, one per input",
    reader=as_vector,
    hints=(
        "One prediction for the whole network: pred = sum of weight * input over all pairs.",
        "One delta = pred - goal_pred; then for each weight, weight_delta = delta * its input.",
        "Build a new list; leave `weights` as it was.",
    ),
    solution="""
def update_weights(weights, inputs, goal_pred, alpha):
    pred = sum(weight * input for weight, input in zip(weights, inputs))
    delta = pred - goal_pred
    return [weight - alpha * delta * input for weight, input in zip(weights, inputs)]
""",
)


def _frozen(weights, inputs, goal_pred, alpha, frozen):
    new = _update_weights(weights, inputs, goal_pred, alpha)
    new[frozen] = weights[frozen]
    return new


def _zeroed_after(weights, inputs, goal_pred, alpha, frozen):
    new = _update_weights(weights, inputs, goal_pred, alpha)
    new[frozen] = 0.0
    return new


def _zeroed_before(weights, inputs, goal_pred, alpha, frozen):
    zeroed = [0.0 if k == frozen else w for k, w in enumerate(weights)]
    return _zeroed_after(zeroed, inputs, goal_pred, alpha, frozen)


def _left_out(weights, inputs, goal_pred, alpha, frozen):
    pred = sum(w * i for k, (w, i) in enumerate(zip(weights, inputs, strict=True)) if k != frozen)
    delta = pred - goal_pred
    return [
        w if k == frozen else w - alpha * delta * i
        for k, (w, i) in enumerate(zip(weights, inputs, strict=True))
    ]


_ZERO = (
    "Your frozen weight was set to 0. Freezing keeps a weight at the value it has: set its "
    "weight_delta to 0, not the weight. (A weight of 0 would also drop its input from the prediction.)"
)

q2 = WeightsExercise(
    name="ch5.q2",
    title="one update with a frozen weight",
    call="update_weights_frozen(weights, inputs, goal_pred, alpha, frozen)",
    arg_names=("weights", "inputs", "goal_pred", "alpha", "frozen"),
    cases=(
        (*_BOOK, 0),
        ([0.5, -0.3, 0.2], [2.0, -1.5, 0.0], 0.8, 0.1, 1),
        ([0.2, 0.4, -0.6], [1.1, 0.5, 3.0], 0.8, 0.05, 2),
    ),
    reference=_frozen,
    mistakes=(
        Mistake(
            "frozen_moves",
            "Your frozen weight still moves. Its weight_delta must be 0, so that it keeps its value "
            "while the others learn.",
            lambda weights, inputs, goal_pred, alpha, frozen: _update_weights(
                weights, inputs, goal_pred, alpha
            ),
        ),
        Mistake("frozen_set_to_zero", _ZERO, _zeroed_after),
        Mistake("frozen_set_to_zero", _ZERO, _zeroed_before),
        Mistake(
            "frozen_left_out",
            "You left the frozen weight out of the prediction. Freezing stops a weight from learning, not "
            "from predicting: pred still adds up every input times its weight, the frozen one included.",
            _left_out,
        ),
    ),
    returns="a list of the new weights, one per input",
    reader=as_vector,
    hints=(
        "Compute the prediction and delta as usual, with every weight, the frozen one included.",
        "Then weight_deltas[frozen] = 0 before updating: that weight keeps its value.",
    ),
    solution="""
def update_weights_frozen(weights, inputs, goal_pred, alpha, frozen):
    pred = sum(weight * input for weight, input in zip(weights, inputs))
    delta = pred - goal_pred
    weight_deltas = [delta * input for input in inputs]
    weight_deltas[frozen] = 0
    return [weight - alpha * wd for weight, wd in zip(weights, weight_deltas)]
""",
)


def _outer(inputs, deltas):
    return [[delta * input for input in inputs] for delta in deltas]


q3 = FunctionExercise(
    name="ch5.q3",
    title="weight_deltas for several inputs and outputs",
    # not weight_deltas(...): the lesson's cells keep a list by that name, which would replace it
    call="weight_deltas_of(inputs, deltas)",
    arg_names=("inputs", "deltas"),
    cases=(
        ([8.5, 0.65, 1.2], [0.455, 0.8, -0.3]),
        ([2.0, -1.5, 0.5], [0.1, -0.4]),  # three inputs, two outputs: a transposed answer has the wrong shape
        ([1.1], [0.2, -0.3, 0.5]),
    ),
    reference=_outer,
    mistakes=(
        Mistake(
            "transposed",
            "Your weight_deltas are transposed: row i must belong to output i and column j to input j, "
            "weight_deltas[i][j] = deltas[i] * inputs[j], laid out like weights[i][j]. Swapping the two "
            "arguments of an outer product is an easy slip (the book's own listing makes it).",
            lambda inputs, deltas: [[delta * input for delta in deltas] for input in inputs],
        ),
    ),
    returns="a list of rows, one per output, each with one number per input",
    reader=as_matrix,
    hints=(
        "Each output has its own delta; each weight connects one input to one output.",
        "weight_deltas[i][j] = deltas[i] * inputs[j]: one row per output.",
    ),
    solution="""
def weight_deltas_of(inputs, deltas):
    return [[delta * input for input in inputs] for delta in deltas]
""",
)

q4 = ThoughtExercise(
    name="ch5.q4",
    title="what freezing a weight shows",
    question="Freeze the first weight and train the others. What happens to the error, and what does "
    "that say about the frozen input?",
    discussion=(
        "The error still falls to nearly 0: the other weights learn to make the prediction without "
        "the frozen one's help. All weights share one error, so once the others have driven it down, "
        "the frozen weight would have nothing left to learn even if you unfroze it. A network can "
        "thus ignore a useful input simply because the others got there first. Freezing keeps the "
        "weight's value (its weight_delta is 0); it does not set the weight to 0."
    ),
    hints=("All the weights read the same delta. What is delta once the error is near 0?",),
)


# -- q5: the edge for the book's three inputs ---------------------------------------------------------

_INPUTS = _BOOK[1]
_EDGE = shared_stable_alpha(_INPUTS)  # 2 / (8.5**2 + 0.65**2 + 1.2**2) = 2 / 74.1125
_SQUARES = sum(x * x for x in _INPUTS)


def _judge_edge(answer: Any) -> Verdict:
    alpha = as_number(answer, "You passed", "one number: an alpha")
    if close(alpha, _EDGE):
        return correct(
            "2 / 74.1125 = 0.02699 is the edge.",
            None,
            "the edge itself is excluded: there r = 1 - alpha * 74.1125 = -1 and delta flips sign forever "
            "without shrinking. Every alpha strictly between 0 and the edge converges.",
        )
    wrong = {
        1 / _SQUARES: (
            "one_step",
            "1 / 74.1125 makes r = 0: one step removes the whole miss. Bigger alphas overshoot, but still "
            "converge while each overshoot is smaller than the last: go higher. (With the true derivative, "
            "twice the book's weight_delta, this would be the edge.)",
        ),
        2 / _INPUTS[0] ** 2: (
            "toes_only",
            "That is the edge for toes alone (2 / 8.5**2). All three weights move at once, and each "
            "moves the prediction: add up every input's square, 8.5**2 + 0.65**2 + 1.2**2.",
        ),
        2 / sum(_INPUTS) ** 2: (
            "square_of_sum",
            "You squared the sum of the inputs. Each weight adds its own input**2 to how far one step "
            "moves the prediction: add the squares, 8.5**2 + 0.65**2 + 1.2**2, then take 2 / that.",
        ),
        2 / sum(_INPUTS): (
            "no_square",
            "The inputs were not squared. One step changes the prediction by alpha * delta * (sum of "
            "input**2): r = 1 - alpha * 74.1125.",
        ),
    }
    for value, (mistake, message) in wrong.items():
        if close(alpha, value):
            return incorrect(message, mistake)
    if alpha <= 0:
        return incorrect(
            f"With alpha {show(alpha)} nothing converges: alpha must be above 0.", "not_positive"
        )
    if _EDGE < alpha <= _EDGE * 1.01:
        return incorrect(
            f"{show(alpha)} is a hair past the edge, which is 2 / 74.1125 = 0.02699..., just below 0.027: "
            f"r = {show(1 - alpha * _SQUARES)}, so each overshoot is a little bigger than the last. Round "
            "down, or give 2 / 74.1125 itself.",
            "just_past",
        )
    if alpha > _EDGE:
        return incorrect(
            f"alpha = {show(alpha)} gives r = {show(1 - alpha * _SQUARES)}: each overshoot is bigger than "
            "the last, so it diverges. Go lower.",
            "too_big",
        )
    if alpha > _EDGE * 0.99:
        return correct(
            f"{show(alpha)} is just under the edge 2 / 74.1125 = 0.0269860..., which itself bounces."
        )
    return incorrect(
        f"alpha = {show(alpha)} converges, but so do bigger ones. How far up can you go?", "too_small"
    )


q5 = ValueExercise(
    name="ch5.q5",
    title="the edge of alpha for the book's three inputs: where learning stops converging",
    ask="one number: the edge, the alpha where learning stops converging",
    judge=_judge_edge,
    hints=(
        "With one example every weight shares one delta. One step changes the prediction by "
        "alpha * delta * (sum of input**2), so delta is multiplied by r = 1 - alpha * (sum of input**2).",
        "It converges while -1 < r < 1. Which alpha makes r = -1 for the inputs 8.5, 0.65 and 1.2?",
    ),
    solution="""
input = [8.5, 0.65, 1.2]
alpha_edge = 2 / sum(x ** 2 for x in input)   # 2 / 74.1125 = 0.02699: r = -1 there
q5.check(alpha_edge)                           # alpha 0.01 converges; 0.1 is far past the edge
""",
)


# -- q6: several inputs and outputs, from memory ------------------------------------------------------


def _matrix_update(weights, inputs, goal_preds, alpha, **flags):
    preds = [sum(w * i for w, i in zip(row, inputs, strict=True)) for row in weights]
    return [
        [
            diagnoses.update_from_pred(w, i, pred, goal_pred, alpha, **flags)
            for w, i in zip(row, inputs, strict=True)
        ]
        for row, pred, goal_pred in zip(weights, preds, goal_preds, strict=True)
    ]


def _transposed_update(weights, inputs, goal_preds, alpha):
    preds = [sum(w * i for w, i in zip(row, inputs, strict=True)) for row in weights]
    deltas = [p - g for p, g in zip(preds, goal_preds, strict=True)]
    wrong = [[i * d for d in deltas] for i in inputs]  # outer_prod(input, delta), as the book's listing
    return [[w - alpha * wrong[r][c] for c, w in enumerate(row)] for r, row in enumerate(weights)]


def _one_delta(weights, inputs, goal_preds, alpha):
    preds = [sum(w * i for w, i in zip(row, inputs, strict=True)) for row in weights]
    delta = sum(p - g for p, g in zip(preds, goal_preds, strict=True))
    return [[w - alpha * delta * i for w, i in zip(row, inputs, strict=True)] for row in weights]


_MATRIX_BOOK = (
    [list(row) for row in book.MATRIX_WEIGHTS],
    list(book.GAME_INPUTS[0]),
    [book.HURT[0], book.WIN[0], book.SAD[0]],
    book.ALPHA,
)

q6 = WeightsExercise(
    name="ch5.q6",
    title="one update of several inputs and outputs, from memory",
    call="update_matrix(weights, inputs, goal_preds, alpha)",
    arg_names=("weights", "inputs", "goal_preds", "alpha"),
    # Square matrices only: a transposed update then gives wrong numbers rather than an IndexError.
    cases=(
        _MATRIX_BOOK,
        ([[0.5, -0.2], [0.3, 0.8]], [2.0, -1.5], [0.4, -0.6], 0.1),
        (
            [[0.2, 0.0, -0.4], [0.6, -0.1, 0.3], [0.0, 0.5, 0.1]],
            [1.1, 0.5, -2.0],
            [0.3, -0.2, 0.9],
            0.05,
        ),
    ),
    reference=_matrix_update,
    mistakes=(
        *diagnoses.update_mistakes(_matrix_update),
        Mistake(
            "transposed",
            "Your update is transposed: weights[i][j] belongs to output i and input j, so it must move by "
            "alpha * delta[i] * input[j]. Multiplying input[i] by delta[j] (an outer product with its "
            "arguments swapped, as in one of the book's listings) gives each weight another's share.",
            _transposed_update,
        ),
        Mistake(
            "one_delta",
            "You used one delta for every output (all the deltas added up). Each output has its own "
            "prediction and its own delta; row i of the weights learns from delta[i] only.",
            _one_delta,
        ),
    ),
    returns="a list of rows of new weights, one row per output, one number per input",
    reader=as_matrix,
    hints=(
        "One prediction per output: pred[i] = the weighted sum of the inputs with row i of weights.",
        "delta[i] = pred[i] - goal_preds[i]; weight_deltas[i][j] = delta[i] * inputs[j] (rows outputs, "
        "columns inputs).",
        "new weights[i][j] = weights[i][j] - alpha * weight_deltas[i][j].",
    ),
    solution="""
def update_matrix(weights, inputs, goal_preds, alpha):
    preds = [sum(w * x for w, x in zip(row, inputs)) for row in weights]
    deltas = [pred - goal_pred for pred, goal_pred in zip(preds, goal_preds)]
    return [[w - alpha * delta * x for w, x in zip(row, inputs)] for row, delta in zip(weights, deltas)]
""",
)
