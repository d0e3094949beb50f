"""Many weights (chapter 5): the book's numbers, frozen weights, numpy against loops, and bad input.

Each expected number here comes from a plain-Python loop written in this file, the way the book
writes it, formatted as Python 2's str() did ('%.12g'); the package's run must print the same.
"""

import math
import warnings

import numpy as np
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

import gdcourse as gd
from gdcourse import checks

TOES, WLREC, NFANS = [8.5, 9.5, 9.9, 9.0], [0.65, 0.8, 0.8, 0.9], [1.2, 1.3, 0.5, 1.0]
WIN_OR_LOSE = [1, 1, 0, 1]
HURT, WIN, SAD = [0.1, 0.0, 0.0, 0.1], [1, 1, 0, 1], [0.1, 0.0, 0.1, 0.2]
FIRST_GAME = [TOES[0], WLREC[0], NFANS[0]]
MATRIX = [[0.1, 0.1, -0.3], [0.1, 0.2, 0.0], [0.0, 1.3, 0.1]]


def py2(x):
    """Python 2's str() of a float: 12 significant digits, whole numbers keep '.0'."""
    text = "%.12g" % x  # noqa: UP031 - the very format Python 2 used
    return text + ".0" if text.lstrip("-").isdigit() else text


def book_listing(weights, input, goal_pred, alpha, iterations, freeze_first=False):
    """The book's several-inputs loop, written out: the lines it prints, each iteration."""
    weights = list(weights)
    lines = []
    for it in range(iterations):
        pred = 0
        for i in range(len(input)):
            pred += input[i] * weights[i]
        error = (pred - goal_pred) ** 2
        delta = pred - goal_pred
        weight_deltas = [input[i] * delta for i in range(len(input))]
        if freeze_first:
            weight_deltas[0] = 0
        lines += [f"Iteration:{it + 1}", f"Pred:{py2(pred)}", f"Error:{py2(error)}", f"Delta:{py2(delta)}"]
        lines += [f"Weights:{weights}", "Weight_Deltas:", str(weight_deltas), ""]
        for i in range(len(weights)):
            weights[i] -= alpha * weight_deltas[i]
    return lines, weights


@pytest.mark.parametrize(
    ("alpha", "iterations", "freeze_first"),
    [(0.01, 1, False), (0.01, 3, False), (0.3, 3, True), (0.1, 4, False)],
)
def test_the_book_listings_print_what_the_book_loop_prints(alpha, iterations, freeze_first):
    frozen = [freeze_first, False, False]
    run = gd.learn([0.1, 0.2, -0.1], FIRST_GAME, WIN_OR_LOSE[0], alpha, iterations, frozen=frozen)
    lines, final = book_listing([0.1, 0.2, -0.1], FIRST_GAME, WIN_OR_LOSE[0], alpha, iterations, freeze_first)
    assert gd.iteration_lines(run) == lines
    assert run.final_weights.tolist() == final


def test_one_update_gives_the_books_new_weights():
    run = gd.learn([0.1, 0.2, -0.1], FIRST_GAME, 1, alpha=0.01, iterations=1)
    _, final = book_listing([0.1, 0.2, -0.1], FIRST_GAME, 1, 0.01, 1)
    assert str(run.final_weights.tolist()) == str(final)
    delta = 8.5 * 0.1 + 0.65 * 0.2 + 1.2 * -0.1 - 1
    assert run.deltas[0] == delta
    assert run.weight_deltas[0].tolist() == [x * delta for x in FIRST_GAME]


def test_one_input_several_outputs():
    weights, input, goal_pred = [0.3, 0.2, 0.9], WLREC[0], [HURT[0], WIN[0], SAD[0]]
    run = gd.learn(weights, input, goal_pred, alpha=0.1, iterations=1)
    pred = [input * w for w in weights]
    delta = [p - t for p, t in zip(pred, goal_pred, strict=True)]
    weight_deltas = [d * input for d in delta]
    assert run.predictions[0].tolist() == pred
    assert run.errors[0].tolist() == [(p - t) ** 2 for p, t in zip(pred, goal_pred, strict=True)]
    assert run.weight_deltas[0].tolist() == weight_deltas
    assert run.final_weights.tolist() == [w - wd * 0.1 for w, wd in zip(weights, weight_deltas, strict=True)]
    assert run.kind == "outputs" and run.weights.shape == (1, 3)


def test_several_inputs_and_outputs_is_an_outer_product():
    goal_pred = [HURT[0], WIN[0], SAD[0]]
    run = gd.learn(MATRIX, FIRST_GAME, goal_pred, alpha=0.01, iterations=1)
    pred = [sum(x * w for x, w in zip(FIRST_GAME, row, strict=True)) for row in MATRIX]
    delta = [p - t for p, t in zip(pred, goal_pred, strict=True)]
    outer = [[d * x for x in FIRST_GAME] for d in delta]
    assert run.predictions[0].tolist() == pred
    assert run.weight_deltas[0].tolist() == outer
    new = [[w - 0.01 * wd for w, wd in zip(r, rd, strict=True)] for r, rd in zip(MATRIX, outer, strict=True)]
    assert run.final_weights.tolist() == new
    assert run.kind == "matrix" and run.weight_deltas.shape == (1, 3, 3)


def test_the_frozen_weight_keeps_its_value_not_zero():
    run = gd.learn([0.1, 0.2, -0.1], FIRST_GAME, 1, alpha=0.3, iterations=3, frozen=[True, False, False])
    assert (run.weights[:, 0] == 0.1).all() and run.final_weights[0] == 0.1
    assert (run.weight_deltas[:, 0] == 0).all()
    assert run.errors[-1] < run.errors[0] / 20, "b and c bring the error down without a"


def test_games_one_after_the_other():
    inputs = [list(game) for game in zip(TOES, WLREC, NFANS, strict=True)]
    run = gd.learn_games([0.1, 0.2, -0.1], inputs, WIN_OR_LOSE, alpha=0.01, iterations=2)
    weights = [0.1, 0.2, -0.1]
    for _ in range(2):
        for input, goal_pred in zip(inputs, WIN_OR_LOSE, strict=True):
            delta = sum(x * w for x, w in zip(input, weights, strict=True)) - goal_pred
            weights = [w - 0.01 * delta * x for w, x in zip(weights, input, strict=True)]
    assert run.updates == 8 and run.games == 4
    assert run.final_weights.tolist() == pytest.approx(weights, rel=1e-14)
    expected = sum(
        (sum(x * w for x, w in zip(i, weights, strict=True)) - g) ** 2
        for i, g in zip(inputs, WIN_OR_LOSE, strict=True)
    )
    assert run.final_error == pytest.approx(expected, rel=1e-12)


def test_the_record_is_frozen():
    run = gd.learn([0.1, 0.2], [1.0, 2.0], 1.0, iterations=2)
    with pytest.raises(AttributeError):
        run.alpha = 1.0
    for name in ("weights", "predictions", "errors", "deltas", "weight_deltas", "final_weights", "frozen"):
        with pytest.raises(ValueError):
            getattr(run, name).flat[0] = 1


def test_zero_iterations_record_nothing():
    run = gd.learn([0.1, 0.2], [1.0, 2.0], 1.0, iterations=0)
    assert run.updates == 0 and run.final_weights.tolist() == [0.1, 0.2]
    assert run.weights.shape == (0, 2) and run.predictions.shape == (0,)
    assert gd.iteration_lines(run) == []


def test_divergence_stops_cleanly_without_warnings():
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        for vectorised in (False, True):
            run = gd.learn([0.1, 0.2, -0.1], FIRST_GAME, 1, alpha=0.1, iterations=2000, vectorised=vectorised)
            assert run.diverged and run.diverged_at == run.updates < 2000
            for name in ("weights", "predictions", "errors", "deltas", "weight_deltas"):
                assert np.isfinite(getattr(run, name)).all(), name
            assert run.final_error == math.inf or run.final_error > 1e300


BAD = [
    (
        {"weights": [[0.1, 0.2], [0.3]], "input": [1, 2], "goal_pred": [1, 2]},
        "weights is ragged: its rows have lengths 2, 1",
    ),
    ({"weights": [0.1, 0.2, 0.3], "input": [1, 2], "goal_pred": 1}, "input has 2 numbers but weights has 3"),
    (
        {"weights": MATRIX, "input": [1, 2], "goal_pred": [1, 2, 3]},
        "input has 2 numbers but weights has 3 columns",
    ),
    (
        {"weights": MATRIX, "input": FIRST_GAME, "goal_pred": [1, 2]},
        "goal_pred must be a list of 3 numbers, one per row",
    ),
    ({"weights": MATRIX, "input": 0.5, "goal_pred": [1, 2, 3]}, "input must be a list of 3 numbers"),
    ({"weights": [0.1, math.nan], "input": [1, 2], "goal_pred": 1}, r"weights\[1\] must be a finite number"),
    ({"weights": [0.1, 0.2], "input": [1, "two"], "goal_pred": 1}, r"input\[1\] must be a number"),
    ({"weights": [0.1, 0.2], "input": [1, 2], "goal_pred": [1]}, "goal_pred must be one number"),
    ({"weights": [0.1, 0.2], "input": 0.5, "goal_pred": [1, 2, 3]}, "goal_pred must be a list of 2 numbers"),
    ({"weights": [], "input": [], "goal_pred": 1}, "weights must hold at least one number"),
    ({"weights": "abc", "input": [1], "goal_pred": 1}, "weights must be a list of numbers"),
    (
        {"weights": [0.1, 0.2], "input": [1, 2], "goal_pred": 1, "frozen": [True]},
        "frozen must be True/False for each",
    ),
    ({"weights": [0.1, 0.2], "input": [1, 2], "goal_pred": 1, "frozen": [1, 0]}, "only True or False"),
    (
        {"weights": [0.1, 0.2], "input": [1, 2], "goal_pred": 1, "alpha": math.inf},
        "alpha must be a finite number",
    ),
    (
        {"weights": [0.1, 0.2], "input": [1, 2], "goal_pred": 1, "iterations": 2.5},
        "iterations must be a whole number",
    ),
    (
        {"weights": [0.1, 0.2], "input": [1, 2], "goal_pred": 1, "iterations": 10**6},
        "iterations must be at most",
    ),
]


@pytest.mark.parametrize(("arguments", "message"), BAD, ids=[m for _, m in BAD])
def test_bad_input_is_named(arguments, message):
    with pytest.raises(ValueError, match=message):
        gd.learn(**arguments)


def test_bad_games_are_named():
    with pytest.raises(ValueError, match="goal_preds must be a list with one goal_pred per game"):
        gd.learn_games([0.1, 0.2], [[1, 2], [3, 4]], [1])
    with pytest.raises(ValueError, match=r"inputs\[1\] has 1 numbers"):
        gd.learn_games([0.1, 0.2], [[1, 2], [3]], [1, 0])
    most = checks.MOST_UPDATES // 2
    per_game = rf"iterations must be at most {most:,}, .*\(2 updates each, one per game\)"
    with pytest.raises(ValueError, match=per_game):
        gd.learn_games([0.1, 0.2], [[1, 2], [3, 4]], [1, 0], iterations=most + 1)


def test_predict_each_shape():
    assert gd.predict([0.1, 0.2, -0.1], FIRST_GAME) == 8.5 * 0.1 + 0.65 * 0.2 + 1.2 * -0.1
    assert gd.predict([0.3, 0.2, 0.9], 0.65) == [0.65 * 0.3, 0.65 * 0.2, 0.65 * 0.9]
    assert gd.predict(MATRIX, FIRST_GAME) == [
        sum(x * w for x, w in zip(FIRST_GAME, r, strict=True)) for r in MATRIX
    ]


# -- properties ---------------------------------------------------------------------------------------

small = st.floats(min_value=-3, max_value=3, allow_nan=False).map(lambda x: round(x, 3))
sizes = st.integers(1, 4)


@st.composite
def networks(draw, one_output=False):
    n = draw(sizes)
    m = 1 if one_output else draw(sizes)
    weights = [draw(st.lists(small, min_size=n, max_size=n)) for _ in range(m)]
    input = draw(st.lists(small, min_size=n, max_size=n))
    goal_pred = draw(st.lists(small, min_size=m, max_size=m))
    frozen = [draw(st.lists(st.booleans(), min_size=n, max_size=n)) for _ in range(m)]
    if one_output:
        return weights[0], input, goal_pred[0], frozen[0]
    return weights, input, goal_pred, frozen


@settings(max_examples=200, deadline=None)
@given(network=networks(), alpha=st.floats(0.001, 1.0), iterations=st.integers(0, 12))
def test_frozen_weights_never_change(network, alpha, iterations):
    weights, input, goal_pred, frozen = network
    run = gd.learn(weights, input, goal_pred, alpha, iterations, frozen=frozen)
    mask = np.array(frozen)
    assert (run.weights[:, mask] == np.array(weights)[mask]).all()
    assert (run.final_weights[mask] == np.array(weights)[mask]).all()
    assert (run.weight_deltas[:, mask] == 0).all()


@settings(max_examples=200, deadline=None)
@given(network=networks(one_output=True), alpha=st.floats(0.001, 1.0), iterations=st.integers(1, 10))
def test_one_example_shrinks_the_distance_to_the_zero_error_plane_by_r(network, alpha, iterations):
    """Distance of the weights to the plane input . weights = goal_pred is |delta| / |input|: times r
    per step."""
    weights, input, goal_pred, frozen = network
    norm = math.sqrt(sum(x * x for x in input))
    assume(norm > 0.01)
    r = gd.shared_factor(input, alpha, frozen)
    run = gd.learn(weights, input, goal_pred, alpha, iterations, frozen=frozen)
    assume(not run.diverged)
    distances = [
        abs(sum(x * w for x, w in zip(input, ws, strict=True)) - goal_pred) / norm for ws in run.weights
    ]
    start = distances[0]
    for k, distance in enumerate(distances):
        scale = max(start, 1.0) * max(1.0, abs(r)) ** k
        assert distance == pytest.approx(abs(r) ** k * start, abs=1e-9 * scale)


@settings(max_examples=200, deadline=None)
@given(network=networks(), alpha=st.floats(0.001, 1.0), iterations=st.integers(0, 12))
def test_numpy_and_plain_python_agree(network, alpha, iterations):
    weights, input, goal_pred, frozen = network
    loops = gd.learn(weights, input, goal_pred, alpha, iterations, frozen=frozen)
    vectorised = gd.learn(weights, input, goal_pred, alpha, iterations, frozen=frozen, vectorised=True)
    assert loops.diverged == vectorised.diverged and loops.updates == vectorised.updates
    for name in ("weights", "predictions", "errors", "deltas", "weight_deltas", "final_weights"):
        a, b = getattr(loops, name), getattr(vectorised, name)
        assert a.shape == b.shape, name
        assert np.allclose(a, b, rtol=1e-9, atol=1e-9), name


@settings(max_examples=100, deadline=None)
@given(network=networks(one_output=True), alpha=st.floats(0.001, 0.5), iterations=st.integers(0, 6))
def test_games_numpy_and_plain_python_agree(network, alpha, iterations):
    weights, input, goal_pred, frozen = network
    inputs = [input, [x / 2 for x in input], [-x for x in input]]
    goal_preds = [goal_pred, 0.5, -goal_pred]
    loops = gd.learn_games(weights, inputs, goal_preds, alpha, iterations, frozen=frozen)
    vectorised = gd.learn_games(
        weights, inputs, goal_preds, alpha, iterations, frozen=frozen, vectorised=True
    )
    assert loops.updates == vectorised.updates
    assert np.allclose(loops.weights, vectorised.weights, rtol=1e-9, atol=1e-9)


def test_the_edge_is_where_the_book_run_turns():
    """Just below 2 / sum(input**2) the error shrinks; just above it grows (the book's three inputs)."""
    edge = gd.shared_stable_alpha(FIRST_GAME)
    assert edge == 2 / sum(x * x for x in FIRST_GAME)
    below = gd.learn([0.1, 0.2, -0.1], FIRST_GAME, 1, alpha=0.99 * edge, iterations=200)
    above = gd.learn([0.1, 0.2, -0.1], FIRST_GAME, 1, alpha=1.01 * edge, iterations=200)
    assert below.errors[-1] < below.errors[0] == above.errors[0] < above.errors[-1]
    assert str(gd.shared_regime(FIRST_GAME, 0.01)) == "converges steadily"
    assert str(gd.shared_regime(FIRST_GAME, 0.1)) == "diverges"
    frozen_edge = gd.shared_stable_alpha(FIRST_GAME, [True, False, False])
    assert frozen_edge == 2 / (0.65**2 + 1.2**2) and frozen_edge > 0.3 > edge


def test_the_pass_factor_agrees_with_passes():
    """Below 1 the passes settle; above 1 they blow up: compare with runs of many passes."""
    inputs = [list(game) for game in zip(TOES, WLREC, NFANS, strict=True)]
    for alpha in (0.005, 0.01, 0.02, 0.03, 0.05):
        factor = gd.pass_factor(inputs, alpha)
        run = gd.learn_games([0.1, 0.2, -0.1], inputs, WIN_OR_LOSE, alpha, iterations=3000)
        assert (factor > 1) == run.diverged, (alpha, factor)
    assert gd.pass_factor(inputs, 0.3, [True, True, True]) == 1.0


def test_total_error_checks_its_arguments_as_learn_does():
    """Issue 25: one game given without its own list got a TypeError from inside the package."""
    one_game = r"for one game, give lists of one game each, like \[\[8.5, 0.65, 1.2\]\]"
    with pytest.raises(ValueError, match=one_game):
        gd.total_error([0.1, 0.2, -0.1], [8.5, 0.65, 1.2], 1.0)
    with pytest.raises(ValueError, match=r"inputs\[1\] has 1 numbers but weights has 2"):
        gd.total_error([0.1, 0.2], [[1, 2], [3]], [1, 0])
    with pytest.raises(ValueError, match="inputs must be a list with one input per game"):
        gd.total_error([0.1], [], [])
    recorded = gd.learn([0.1, 0.2, -0.1], [8.5, 0.65, 1.2], 1.0, 0.01, iterations=1).errors[0]
    assert gd.total_error([0.1, 0.2, -0.1], [[8.5, 0.65, 1.2]], [1.0]) == recorded
