"""Chapter 5's exercises: many weights, a frozen weight, and the outer product's transposed slip.

Each mistake is written out as a learner would type it, and must get its own message.
"""

from __future__ import annotations

import numpy as np
import pytest

from gdcourse.exercises import Status, ch5, diagnoses


def book_update(weights, inputs, goal_pred, alpha):
    pred = sum(w * i for w, i in zip(weights, inputs, strict=True))
    delta = pred - goal_pred
    return [w - alpha * delta * i for w, i in zip(weights, inputs, strict=True)]


def test_several_inputs_right_in_lists_or_numpy():
    assert ch5.q1.verdict(book_update).passed

    def with_numpy(weights, inputs, goal_pred, alpha):
        weights, inputs = np.array(weights), np.array(inputs)
        return weights - alpha * (weights @ inputs - goal_pred) * inputs

    assert ch5.q1.verdict(with_numpy).passed


def test_several_inputs_mistakes():
    def no_input(weights, inputs, goal_pred, alpha):
        delta = sum(w * i for w, i in zip(weights, inputs, strict=True)) - goal_pred
        return [w - alpha * delta for w in weights]

    def each_on_its_own(weights, inputs, goal_pred, alpha):
        return [w - alpha * (i * w - goal_pred) * i for w, i in zip(weights, inputs, strict=True)]

    verdict = ch5.q1.verdict(no_input)
    assert verdict.mistake == "no_input" and verdict.message == diagnoses.MESSAGES["no_input"]
    assert ch5.q1.verdict(each_on_its_own).mistake == "each_on_its_own"


def test_the_books_in_place_update_is_accepted_with_a_gentle_note(capsys):
    def in_place(weights, inputs, goal_pred, alpha):
        delta = sum(w * i for w, i in zip(weights, inputs, strict=True)) - goal_pred
        for k in range(len(weights)):
            weights[k] -= alpha * delta * inputs[k]
        return weights

    def in_place_returning_nothing(weights, inputs, goal_pred, alpha):
        delta = sum(w * i for w, i in zip(weights, inputs, strict=True)) - goal_pred
        for k in range(len(weights)):
            weights[k] -= alpha * delta * inputs[k]

    for learner in (in_place, in_place_returning_nothing):
        verdict = ch5.q1.verdict(learner)
        assert verdict.passed and verdict.mistake is None, verdict
        assert verdict.notes == (ch5.IN_PLACE_NOTE,)
    ch5.q1.check(in_place_returning_nothing)
    out = capsys.readouterr().out
    assert out.startswith("Correct!") and "problem" not in out.lower() and "in place" in out
    assert ch5.q1.cases[0][0] == [0.1, 0.2, -0.1], "the exercise's own case was not touched"


def test_an_in_place_update_with_a_mistake_names_the_mistake():
    def in_place_no_input(weights, inputs, goal_pred, alpha):
        delta = sum(w * i for w, i in zip(weights, inputs, strict=True)) - goal_pred
        for k in range(len(weights)):
            weights[k] -= alpha * delta

    verdict = ch5.q1.verdict(in_place_no_input)
    assert verdict.mistake == "no_input" and verdict.notes == (ch5.IN_PLACE_NOTE,)


def test_changing_the_inputs_is_still_a_problem():
    def changes_inputs(weights, inputs, goal_pred, alpha):
        inputs.append(0.0)
        return list(weights)

    assert ch5.q1.verdict(changes_inputs).mistake == "mutated"


def split_evenly(weights, inputs, goal_pred, alpha):
    pred = sum(w * i for w, i in zip(weights, inputs, strict=True))
    delta = pred - goal_pred
    share = delta / len(weights)
    return [w - alpha * share for w in weights]


def split_evenly_with_input(weights, inputs, goal_pred, alpha):
    pred = sum(w * i for w, i in zip(weights, inputs, strict=True))
    share = (pred - goal_pred) / len(weights)
    return [w - alpha * share * i for w, i in zip(weights, inputs, strict=True)]


def sum_of_inputs(weights, inputs, goal_pred, alpha):
    delta = sum(w * i for w, i in zip(weights, inputs, strict=True)) - goal_pred
    total = sum(inputs)
    return [w - alpha * delta * total for w in weights]


def one_at_a_time(weights, inputs, goal_pred, alpha):
    new = list(weights)
    for k in range(len(new)):
        pred = sum(w * i for w, i in zip(new, inputs, strict=True))
        new[k] = new[k] - alpha * (pred - goal_pred) * inputs[k]
    return new


@pytest.mark.parametrize(
    ("learner", "mistake"),
    [
        (split_evenly, "split_evenly"),
        (split_evenly_with_input, "split_evenly"),
        (sum_of_inputs, "sum_of_inputs"),
        (one_at_a_time, "one_at_a_time"),
    ],
)
def test_the_seeds_misconceptions_are_named(learner, mistake):
    verdict = ch5.q1.verdict(learner)
    assert verdict.status is Status.INCORRECT and verdict.mistake == mistake, verdict


def test_each_q1_mistake_has_its_own_message():
    messages = {m.name: m.message for m in ch5.q1.mistakes}
    named = ["each_on_its_own", "split_evenly", "sum_of_inputs", "one_at_a_time", "no_input"]
    assert len({messages[name] for name in named}) == len(named)


def test_a_frozen_weight_keeps_its_value():
    def frozen_ok(weights, inputs, goal_pred, alpha, frozen):
        new = book_update(weights, inputs, goal_pred, alpha)
        new[frozen] = weights[frozen]
        return new

    def still_moves(weights, inputs, goal_pred, alpha, frozen):
        return book_update(weights, inputs, goal_pred, alpha)

    def set_to_zero(weights, inputs, goal_pred, alpha, frozen):
        weights = list(weights)
        weights[frozen] = 0
        new = book_update(weights, inputs, goal_pred, alpha)
        new[frozen] = 0
        return new

    def left_out_of_the_prediction(weights, inputs, goal_pred, alpha, frozen):
        pred = sum(w * i for k, (w, i) in enumerate(zip(weights, inputs, strict=True)) if k != frozen)
        delta = pred - goal_pred
        new = [w - alpha * delta * i for w, i in zip(weights, inputs, strict=True)]
        new[frozen] = weights[frozen]
        return new

    def books_in_place(weights, inputs, goal_pred, alpha, frozen):
        pred = sum(w * i for w, i in zip(weights, inputs, strict=True))
        weight_deltas = [(pred - goal_pred) * i for i in inputs]
        weight_deltas[frozen] = 0
        for i in range(len(weights)):
            weights[i] -= alpha * weight_deltas[i]

    assert ch5.q2.verdict(frozen_ok).passed
    assert ch5.q2.verdict(books_in_place).passed
    assert ch5.q2.verdict(still_moves).mistake == "frozen_moves"
    zero = ch5.q2.verdict(set_to_zero)
    assert zero.mistake == "frozen_set_to_zero" and "keeps a weight at the value it has" in zero.message
    assert ch5.q2.verdict(left_out_of_the_prediction).mistake == "frozen_left_out"


def test_the_transposed_outer_product_is_named(capsys):
    def transposed(inputs, deltas):
        return [[d * i for d in deltas] for i in inputs]

    ch5.q3.check(transposed)
    out = capsys.readouterr().out
    assert out.startswith("Not quite. Your weight_deltas are transposed")
    assert ch5.q3.verdict(lambda inputs, deltas: np.outer(deltas, inputs)).passed
    assert ch5.q3.verdict(lambda inputs, deltas: np.outer(inputs, deltas)).mistake == "transposed"


def test_a_ragged_or_flat_matrix_is_named():
    flat = ch5.q3.verdict(lambda inputs, deltas: [d * i for d, i in zip(deltas, inputs, strict=False)])
    assert flat.mistake == "wrong_type" and "a list of rows" in flat.message
    ragged = ch5.q3.verdict(lambda inputs, deltas: [[1.0], [1.0, 2.0]])
    assert ragged.mistake == "wrong_type" and "rows of different lengths" in ragged.message


EDGE = 2 / (8.5**2 + 0.65**2 + 1.2**2)


@pytest.mark.parametrize(
    ("answer", "passed", "mistake"),
    [
        (EDGE, True, None),
        (0.99 * EDGE + 0.009 * EDGE, True, None),  # just under the edge
        (0.0269, True, None),  # just under the edge, rounded down
        (0.027, False, "just_past"),  # rounded up: r = -1.001, a hair past the edge
        (1.009 * EDGE, False, "just_past"),
        (1.02 * EDGE, False, "too_big"),
        (1 / (8.5**2 + 0.65**2 + 1.2**2), False, "one_step"),
        (2 / 8.5**2, False, "toes_only"),
        (2 / (8.5 + 0.65 + 1.2) ** 2, False, "square_of_sum"),
        (2 / (8.5 + 0.65 + 1.2), False, "no_square"),
        (0.01, False, "too_small"),
        (0.1, False, "too_big"),
        (-0.01, False, "not_positive"),
    ],
)
def test_the_largest_alpha_for_three_inputs(answer, passed, mistake):
    verdict = ch5.q5.verdict(answer)
    assert verdict.passed is passed and verdict.mistake == mistake, verdict


def matrix_update(weights, inputs, goal_preds, alpha):
    preds = [sum(w * x for w, x in zip(row, inputs, strict=True)) for row in weights]
    deltas = [p - g for p, g in zip(preds, goal_preds, strict=True)]
    return [
        [w - alpha * d * x for w, x in zip(row, inputs, strict=True)]
        for row, d in zip(weights, deltas, strict=True)
    ]


def matrix_update_books_way(weights, inputs, goal_preds, alpha):
    pred = [sum(w * x for w, x in zip(row, inputs, strict=True)) for row in weights]
    delta = [p - g for p, g in zip(pred, goal_preds, strict=True)]
    weight_deltas = [[d * x for x in inputs] for d in delta]
    for i in range(len(weights)):
        for j in range(len(weights[0])):
            weights[i][j] -= alpha * weight_deltas[i][j]


def matrix_transposed(weights, inputs, goal_preds, alpha):
    pred = [sum(w * x for w, x in zip(row, inputs, strict=True)) for row in weights]
    delta = [p - g for p, g in zip(pred, goal_preds, strict=True)]
    weight_deltas = np.outer(inputs, delta)  # the book's outer_prod(input, delta)
    return (np.array(weights) - alpha * weight_deltas).tolist()


def matrix_with_numpy(weights, inputs, goal_preds, alpha):
    weights, inputs = np.array(weights), np.array(inputs)
    delta = weights @ inputs - np.array(goal_preds)
    return weights - alpha * np.outer(delta, inputs)


def matrix_one_delta(weights, inputs, goal_preds, alpha):
    pred = [sum(w * x for w, x in zip(row, inputs, strict=True)) for row in weights]
    delta = sum(p - g for p, g in zip(pred, goal_preds, strict=True))
    return [[w - alpha * delta * x for w, x in zip(row, inputs, strict=True)] for row in weights]


def matrix_no_input(weights, inputs, goal_preds, alpha):
    pred = [sum(w * x for w, x in zip(row, inputs, strict=True)) for row in weights]
    return [[w - alpha * (p - g) for w in row] for row, p, g in zip(weights, pred, goal_preds, strict=True)]


def test_several_inputs_and_outputs_from_memory():
    for right in (matrix_update, matrix_update_books_way, matrix_with_numpy):
        verdict = ch5.q6.verdict(right)
        assert verdict.passed and verdict.mistake is None, (right.__name__, verdict)
    assert ch5.q6.verdict(matrix_update_books_way).notes == (ch5.IN_PLACE_NOTE,)
    assert ch5.q6.verdict(matrix_transposed).mistake == "transposed"
    assert ch5.q6.verdict(matrix_one_delta).mistake == "one_delta"
    verdict = ch5.q6.verdict(matrix_no_input)
    assert verdict.mistake == "no_input" and verdict.message == diagnoses.MESSAGES["no_input"]


# The book's own helpers, as chapter 5 writes them: ele_mul fills a list of three, so it asserts three.
def w_sum(a, b):
    assert len(a) == len(b)
    output = 0
    for i in range(len(a)):
        output += a[i] * b[i]
    return output


def ele_mul(number, vector):
    output = [0, 0, 0]
    assert len(output) == len(vector)
    for i in range(len(vector)):
        output[i] = number * vector[i]
    return output


def test_the_books_own_helpers_pass_the_update_exercises():
    """Issue 25, defect 7: ch5.q1 rejected the book's ele_mul, because one case had two inputs."""

    def update_weights(weights, inputs, goal_pred, alpha):
        delta = w_sum(inputs, weights) - goal_pred
        weight_deltas = ele_mul(delta, inputs)
        return [weights[i] - alpha * weight_deltas[i] for i in range(len(weights))]

    def update_weights_frozen(weights, inputs, goal_pred, alpha, frozen):
        delta = w_sum(inputs, weights) - goal_pred
        weight_deltas = ele_mul(delta, inputs)
        weight_deltas[frozen] = 0
        return [weights[i] - alpha * weight_deltas[i] for i in range(len(weights))]

    assert ch5.q1.verdict(update_weights).passed, ch5.q1.verdict(update_weights).message
    assert ch5.q2.verdict(update_weights_frozen).passed, ch5.q2.verdict(update_weights_frozen).message
