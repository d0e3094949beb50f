"""Chapter 5's exercises: many weights, a frozen weight, and the outer product's transposed slip."""

from __future__ import annotations

import numpy as np

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


def test_the_books_in_place_update_is_told_to_leave_its_input_alone():
    def in_place(weights, inputs, goal_pred, alpha):
        delta = sum(w * i for w, i in zip(weights, inputs, strict=True)) - goal_pred
        for k in range(len(weights)):
            weights[k] -= alpha * delta * inputs[k]
        return weights

    verdict = ch5.q1.verdict(in_place)
    assert verdict.status is Status.PROBLEM and verdict.mistake == "mutated"
    assert "`weights`" in verdict.message


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

    assert ch5.q2.verdict(frozen_ok).passed
    assert ch5.q2.verdict(still_moves).mistake == "frozen_moves"
    zero = ch5.q2.verdict(set_to_zero)
    assert zero.mistake == "frozen_set_to_zero" and "keeps a weight at the value it has" in zero.message


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
