"""Chapter 5 exercises: gradient descent with many weights, in plain Python lists.

q1 one update of a network with several inputs and one output; q2 the same with one weight frozen;
q3 the weight_deltas of several inputs and outputs (an outer product); q4 a thought on freezing.
"""

from __future__ import annotations

from gdcourse.exercises import diagnoses
from gdcourse.exercises.answers import as_matrix, as_vector
from gdcourse.exercises.exercise import ThoughtExercise
from gdcourse.exercises.function import FunctionExercise, Mistake

_BOOK = ([0.1, 0.2, -0.1], [8.5, 0.65, 1.2], 1.0, 0.01)  # toes, win/loss record, fans; the team won


def _update_weights(weights, inputs, goal_pred, alpha, **flags):
    pred = sum(w * i for w, i in zip(weights, inputs, strict=True))
    return [
        diagnoses.update_from_pred(w, i, pred, goal_pred, alpha, **flags)
        for w, i in zip(weights, inputs, strict=True)
    ]


def _each_on_its_own(weights, inputs, goal_pred, alpha):
    return [diagnoses.update(w, i, goal_pred, alpha) for w, i in zip(weights, inputs, strict=True)]


q1 = FunctionExercise(
    name="ch5.q1",
    title="one update with several inputs",
    call="update_weights(weights, inputs, goal_pred, alpha)",
    arg_names=("weights", "inputs", "goal_pred", "alpha"),
    cases=(_BOOK, ([0.5, -0.3], [2.0, -1.5], 0.8, 0.1), ([0.0, 0.0, 0.0], [1.1, 0.5, 3.0], 0.8, 0.05)),
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


_ZERO = (
    "Your frozen weight was set to 0. Freezing keeps a weight at the value it has: set its "
    "weight_delta to 0, not the weight. (A weight of 0 would also drop its input from the prediction.)"
)

q2 = FunctionExercise(
    name="ch5.q2",
    title="one update with a frozen weight",
    call="update_weights_frozen(weights, inputs, goal_pred, alpha, frozen)",
    arg_names=("weights", "inputs", "goal_pred", "alpha", "frozen"),
    cases=(
        (*_BOOK, 0),
        ([0.5, -0.3], [2.0, -1.5], 0.8, 0.1, 1),
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
    call="weight_deltas(inputs, deltas)",
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
def weight_deltas(inputs, deltas):
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
