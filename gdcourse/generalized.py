"""Learning with many weights: several inputs, several outputs, frozen weights (the book's chapter 5).

Three shapes of network, as the book builds them:

- several inputs, one output: `weights` and `input` are lists of the same length, `goal_pred` a number;
- one input, several outputs: `weights` and `goal_pred` are lists of the same length, `input` a number;
- several inputs and outputs: `weights` is a matrix (one row per output, one column per input),
  `input` a list (one per column) and `goal_pred` a list (one per row).

Every output makes one prediction and gets one delta = pred - goal_pred; each weight's weight_delta is
its output's delta times its own input (an outer product), and a frozen weight's weight_delta is 0,
so it keeps its value. The loops run on plain Python floats as the book's do; `vectorised=True`
runs the same steps with numpy (`weights @ input`, `np.outer(delta, input)`).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from gdcourse import checks
from gdcourse.checks import short
from gdcourse.learning import square

Matrix = list[list[float]]


def _frozen_array(values: object, dtype: type = float) -> np.ndarray:
    array = np.array(values, dtype=dtype)
    array.setflags(write=False)
    return array


# -- reading and checking the arguments ------------------------------------------------------------


def _is_list(value: object) -> bool:
    if isinstance(value, np.ndarray):
        return value.ndim >= 1  # a 0-d array is one number
    return isinstance(value, Sequence) and not isinstance(value, str | bytes)


def as_list(name: str, value: object) -> list[float]:
    """`value` as a list of floats, or a ValueError naming `name` and saying what came instead."""
    if isinstance(value, np.ndarray):
        if value.ndim != 1:
            raise ValueError(f"{name} must be a list of numbers, got an array of shape {value.shape}")
        value = value.tolist()
    if not _is_list(value):
        raise ValueError(f"{name} must be a list of numbers, got {short(value)}")
    if len(value) == 0:
        raise ValueError(f"{name} must hold at least one number, got an empty list")
    return [checks.number(f"{name}[{k}]", item) for k, item in enumerate(value)]


def as_rows(name: str, value: object) -> Matrix:
    """`value` as rows of floats, all equally long, or a ValueError naming `name` and the row lengths."""
    if isinstance(value, np.ndarray):
        value = value.tolist()
    if not _is_list(value) or len(value) == 0:
        raise ValueError(f"{name} must be a list of rows, got {short(value)}")
    rows = [as_list(f"{name}[{i}]", row) for i, row in enumerate(value)]
    lengths = [len(row) for row in rows]
    if len(set(lengths)) != 1:
        raise ValueError(
            f"{name} is ragged: its rows have lengths {', '.join(map(str, lengths))}; "
            "every row needs one weight per input"
        )
    return rows


def _is_matrix(weights: object) -> bool:
    if isinstance(weights, np.ndarray):
        return weights.ndim == 2
    return _is_list(weights) and len(weights) > 0 and all(_is_list(row) for row in weights)


@dataclass(frozen=True)
class Network:
    """A network's weights as a matrix (rows: outputs, columns: inputs) and which shape it came in."""

    kind: str
    weights: Matrix
    frozen: list[list[bool]]

    @property
    def outputs(self) -> int:
        return len(self.weights)

    @property
    def inputs(self) -> int:
        return len(self.weights[0])

    def shaped(self, matrix: np.ndarray) -> np.ndarray:
        """A (..., outputs, inputs) array in the shape the weights were given: a list or a matrix."""
        if self.kind == "inputs":
            return matrix[..., 0, :]
        if self.kind == "outputs":
            return matrix[..., :, 0]
        return matrix


def _network(weights: object, input: object, frozen: object) -> Network:
    """Read the weights (list or matrix) and the frozen mask, checking them against the input's shape."""
    if _is_matrix(weights):
        matrix = as_rows("weights", weights)
        kind = "matrix"
        if not _is_list(input):
            raise ValueError(
                f"input must be a list of {len(matrix[0])} numbers (one per column of weights), "
                f"got {short(input)}"
            )
    else:
        row = as_list("weights", weights)
        kind = "inputs" if _is_list(input) else "outputs"
        matrix = [row] if kind == "inputs" else [[w] for w in row]
    return Network(kind, matrix, _mask(frozen, kind, matrix))


def _mask(frozen: object, kind: str, matrix: Matrix) -> list[list[bool]]:
    rows, columns = len(matrix), len(matrix[0])
    if frozen is None:
        return [[False] * columns for _ in range(rows)]
    shape = f"{rows} rows of {columns}" if kind == "matrix" else f"{max(rows, columns)} values"
    wanted = f"frozen must be True/False for each weight ({shape}, like weights)"
    given = frozen
    if isinstance(frozen, np.ndarray):
        frozen = frozen.tolist()
    if kind != "matrix":
        if not _is_list(frozen) or any(_is_list(item) for item in frozen):
            raise ValueError(f"{wanted}, got {short(given)}")
        frozen = [frozen] if kind == "inputs" else [[item] for item in frozen]
    if (
        not _is_list(frozen)
        or len(frozen) != rows
        or not all(_is_list(row) and len(row) == columns for row in frozen)
    ):
        raise ValueError(f"{wanted}, got {short(given)}")
    if not all(isinstance(item, bool | np.bool_) for row in frozen for item in row):
        raise ValueError(f"{wanted}: only True or False, got {short(given)}")
    return [[bool(item) for item in row] for row in frozen]


def as_mask(frozen: object, count: int) -> list[bool]:
    """A frozen mask for `count` weights in a list (None: none frozen), or a ValueError saying why not."""
    return _mask(frozen, "inputs", [[0.0] * count])[0]


def _example(
    network: Network, input: object, goal_pred: object, names: tuple[str, str] = ("input", "goal_pred")
) -> tuple[list, list]:
    """One example as (inputs, goal_preds) lists that fit the network, or a ValueError naming the shapes."""
    kind, n, m = network.kind, network.inputs, network.outputs
    if kind == "outputs":
        xs = [checks.number(names[0], input)]
        ys = as_list(names[1], goal_pred) if _is_list(goal_pred) else None
        if ys is None or len(ys) != m:
            raise ValueError(
                f"{names[1]} must be a list of {m} numbers, one per weight (one input, {m} outputs), "
                f"got {short(goal_pred)}"
            )
        return xs, ys
    xs = as_list(names[0], input)
    if len(xs) != n:
        raise ValueError(
            f"{names[0]} has {len(xs)} numbers but weights has {n} "
            f"{'columns' if kind == 'matrix' else 'entries'}: give one input per weight"
            + (" in each row" if kind == "matrix" else "")
        )
    if kind == "inputs":
        if _is_list(goal_pred):
            raise ValueError(
                f"{names[1]} must be one number (several inputs, one output), got {short(goal_pred)}"
            )
        return xs, [checks.number(names[1], goal_pred)]
    ys = as_list(names[1], goal_pred) if _is_list(goal_pred) else None
    if ys is None or len(ys) != m:
        raise ValueError(
            f"{names[1]} must be a list of {m} numbers, one per row of weights, got {short(goal_pred)}"
        )
    return xs, ys


def _games(
    weights: object, inputs: object, goal_preds: object, frozen: object = None
) -> tuple[Network, list[tuple[list, list]]]:
    """The network and every game as (inputs, goal_preds) lists that fit it, or a ValueError that names
    the argument and the shape wanted (one game given without its own list gets a hint)."""
    if not _is_list(inputs) or len(inputs) == 0:
        raise ValueError(f"inputs must be a list with one input per game, got {short(inputs)}")
    if not _is_list(goal_preds) or len(goal_preds) != len(inputs):
        one_game = not _is_list(goal_preds) and not any(_is_list(x) for x in inputs) and len(inputs) > 1
        hint = (
            f": for one game, give lists of one game each, like [{short(list(inputs))}] and "
            f"[{short(goal_preds)}]"
            if one_game
            else ""
        )
        raise ValueError(
            f"goal_preds must be a list with one goal_pred per game ({len(inputs)} games in inputs), "
            f"got {short(goal_preds)}{hint}"
        )
    network = _network(weights, inputs[0], frozen)
    games = [
        _example(network, x, y, (f"inputs[{g}]", f"goal_preds[{g}]"))
        for g, (x, y) in enumerate(zip(inputs, goal_preds, strict=True))
    ]
    return network, games


# -- the record ------------------------------------------------------------------------------------


@dataclass(frozen=True, eq=False)
class WeightsTrajectory:
    """The record of a run with many weights: one entry per update, the state before it.

    Arrays keep the weights' shape: `weights[k]` is a list of weights (or a matrix) before update k,
    `predictions[k]`, `errors[k]` and `deltas[k]` one per output (a number when there is one output),
    `weight_deltas[k]` one per weight (0 where frozen). The run learns from `game_inputs[k % games]`
    and `game_goal_preds[k % games]` at step k. `diverged` is True when the numbers outgrew a float; the
    run then stopped cleanly at step `diverged_at`. The arrays are read-only.

    Attributes
    ----------
    kind : str
        The network's shape: 'inputs' (several inputs, one output), 'outputs' (one input, several
        outputs) or 'matrix' (several of each).
    alpha : float
        The alpha the run used.
    frozen : numpy.ndarray
        True for each frozen weight (it keeps its value), shaped like the weights.
    game_inputs : numpy.ndarray
        Each game's input (a list of inputs, or one number for a one-input network), one per game.
    game_goal_preds : numpy.ndarray
        Each game's goal_pred (one number for a one-output network, else a list), one per game.
    weights : numpy.ndarray
        The weights before each update; `weights[0]` are the starting weights.
    predictions : numpy.ndarray
        The prediction of each output at each update.
    errors : numpy.ndarray
        The squared error `(pred - goal_pred) ** 2` of each output at each update.
    deltas : numpy.ndarray
        The pure error `pred - goal_pred` of each output at each update.
    weight_deltas : numpy.ndarray
        Each weight's weight_delta at each update: its output's delta times its own input (0 if frozen).
    final_weights : numpy.ndarray
        The weights after the last update.
    diverged : bool
        True if the numbers grew too big for a float and the run stopped early.
    diverged_at : int or None
        The update at which the run stopped when it diverged; None when it did not.
    updates : int
        How many updates were recorded (with several games, one per game per pass).
    games : int
        How many games (examples) the run cycles through: 1 for `learn`.
    total_errors : numpy.ndarray
        Each update's error added up over the outputs: one number per update.
    final_error : float
        The error at `final_weights`, added up over every game and output.
    """

    kind: str
    alpha: float
    frozen: np.ndarray
    game_inputs: np.ndarray
    game_goal_preds: np.ndarray
    weights: np.ndarray
    predictions: np.ndarray
    errors: np.ndarray
    deltas: np.ndarray
    weight_deltas: np.ndarray
    final_weights: np.ndarray
    diverged: bool = False
    diverged_at: int | None = None

    @property
    def updates(self) -> int:
        """How many updates were recorded."""
        return len(self.weights)

    @property
    def games(self) -> int:
        """How many examples the run cycles through (1 for the book's chapter 5)."""
        return len(self.game_inputs)

    @property
    def total_errors(self) -> np.ndarray:
        """Each step's error added up over the outputs: one number per step."""
        errors = np.asarray(self.errors, dtype=float)
        return errors if errors.ndim == 1 else errors.sum(axis=1)

    @property
    def final_error(self) -> float:
        """The error over every game (and output) at `final_weights`, after the last update."""
        return total_error(self.final_weights, self.game_inputs, self.game_goal_preds)


# -- the loops -------------------------------------------------------------------------------------


def _w_sum(a: list[float], b: list[float]) -> float:
    """The book's weighted sum: a[0]*b[0] + a[1]*b[1] + ..., added up from 0 in order."""
    out = 0.0
    for x, y in zip(a, b, strict=True):
        out += x * y
    return out


def _loop(network: Network, games: list[tuple[list, list]], alpha: float, iterations: int):
    """The book's loop on lists: predict, compare, learn, one example per step."""
    weights, mask = network.weights, network.frozen
    rows, diverged_at = [], None
    for step in range(iterations):
        input, goal_pred = games[step % len(games)]
        pred = [_w_sum(input, row) for row in weights]
        error = [square(p - g) for p, g in zip(pred, goal_pred, strict=True)]
        delta = [p - g for p, g in zip(pred, goal_pred, strict=True)]
        weight_deltas = [
            [0.0 if mask[i][j] else delta[i] * input[j] for j in range(len(input))] for i in range(len(delta))
        ]
        if not math.isfinite(sum(error) + sum(sum(row) for row in weight_deltas)):
            diverged_at = step
            break
        rows.append((weights, pred, error, delta, weight_deltas))
        weights = [
            [w - alpha * wd for w, wd in zip(row, row_deltas, strict=True)]
            for row, row_deltas in zip(weights, weight_deltas, strict=True)
        ]
    return rows, weights, diverged_at


def _vectorised(network: Network, games: list[tuple[list, list]], alpha: float, iterations: int):
    """The same loop with numpy: pred = weights @ input, weight_deltas = np.outer(delta, input)."""
    weights = np.array(network.weights, dtype=float)
    mask = np.array(network.frozen, dtype=bool)
    examples = [(np.array(x, dtype=float), np.array(y, dtype=float)) for x, y in games]
    rows, diverged_at = [], None
    with np.errstate(over="ignore", invalid="ignore"):
        for step in range(iterations):
            input, goal_pred = examples[step % len(examples)]
            pred = weights @ input
            delta = pred - goal_pred
            error = delta**2
            weight_deltas = np.where(mask, 0.0, np.outer(delta, input))
            if not math.isfinite(float(error.sum() + weight_deltas.sum())):
                diverged_at = step
                break
            rows.append((weights, pred, error, delta, weight_deltas))
            weights = weights - alpha * weight_deltas
    return rows, weights, diverged_at


def _run(network, games, alpha, iterations, vectorised) -> WeightsTrajectory:
    rows, final, diverged_at = (_vectorised if vectorised else _loop)(network, games, alpha, iterations)
    m, n = network.outputs, network.inputs
    columns = list(zip(*rows, strict=True)) if rows else [()] * 5
    shapes = [(0, m, n), (0, m), (0, m), (0, m), (0, m, n)]
    weights, preds, errors, deltas, weight_deltas = (
        np.array(column, dtype=float).reshape(-1, *shape[1:]) if column else np.zeros(shape)
        for column, shape in zip(columns, shapes, strict=True)
    )
    per_output = (lambda a: a[..., 0]) if network.kind == "inputs" else (lambda a: a)
    shaped = network.shaped
    inputs = np.array([x for x, _ in games], dtype=float)
    goal_preds = np.array([y for _, y in games], dtype=float)
    return WeightsTrajectory(
        kind=network.kind,
        alpha=alpha,
        frozen=_frozen_array(shaped(np.array(network.frozen, dtype=bool)), bool),
        game_inputs=_frozen_array(inputs[:, 0] if network.kind == "outputs" else inputs),
        game_goal_preds=_frozen_array(goal_preds[:, 0] if network.kind == "inputs" else goal_preds),
        weights=_frozen_array(shaped(weights)),
        predictions=_frozen_array(per_output(preds)),
        errors=_frozen_array(per_output(errors)),
        deltas=_frozen_array(per_output(deltas)),
        weight_deltas=_frozen_array(shaped(weight_deltas)),
        final_weights=_frozen_array(shaped(np.array(final, dtype=float))),
        diverged=diverged_at is not None,
        diverged_at=diverged_at,
    )


def learn(
    weights: Sequence,
    input: Sequence[float] | float,
    goal_pred: Sequence[float] | float,
    alpha: float = 0.01,
    iterations: int = 3,
    frozen: Sequence | None = None,
    vectorised: bool = False,
) -> WeightsTrajectory:
    """Run the book's chapter-5 loop on one example and return what each step saw.

    Each step: pred = weighted sum of the inputs (one per output); delta = pred - goal_pred;
    weight_delta = delta * input for every weight (0 for a frozen one); weight -= alpha * weight_delta.
    `frozen` is a True/False mask shaped like `weights`. `vectorised=True` uses numpy instead of loops.

    Parameters
    ----------
    weights : list of float, or list of list of float
        The starting weights: a list (one per input, or one per output) or a matrix (one row per
        output, one column per input). Your list is not changed.
    input : list of float, or float
        The example's inputs: a list, one per weight (or per column of a matrix), or a single number
        for a network with one input and several outputs.
    goal_pred : float, or list of float
        What each output should predict: one number for a network with one output, else a list with
        one per output.
    alpha : float, default 0.01
        How big a share of each weight_delta the weights move by; any finite number.
    iterations : int, default 3
        How many updates to run: a whole number from 0 to 100,000.
    frozen : list of bool, optional
        True for each weight that keeps its value, shaped like `weights`. None (the default) freezes
        no weight.
    vectorised : bool, default False
        True runs the same steps with numpy arrays instead of the book's Python loops.

    Returns
    -------
    WeightsTrajectory
        The record of the run: the weights, predictions, errors, deltas and weight_deltas before each
        update, and the weights it ended on.

    Raises
    ------
    ValueError
        If a number is not finite, the shapes of `weights`, `input`, `goal_pred` and `frozen` do not
        fit together, or `iterations` is not a whole number from 0 to 100,000.
    """
    network = _network(weights, input, frozen)
    example = _example(network, input, goal_pred)
    alpha = checks.number("alpha", alpha)
    iterations = checks.iterations("iterations", iterations)
    return _run(network, [example], alpha, iterations, bool(vectorised))


def learn_games(
    weights: Sequence,
    inputs: Sequence,
    goal_preds: Sequence,
    alpha: float = 0.01,
    iterations: int = 1,
    frozen: Sequence | None = None,
    vectorised: bool = False,
) -> WeightsTrajectory:
    """Learn from several games one after the other, `iterations` passes through them (the book's chapter 6,
    where one iteration is one pass through every example).

    `inputs[g]` and `goal_preds[g]` are game g's input and goal_pred, shaped as `learn` takes them. Each game
    makes one update, so an iteration through 4 games is 4 updates in the record.

    Parameters
    ----------
    weights : list of float, or list of list of float
        The starting weights, shaped as `learn` takes them. Your list is not changed.
    inputs : list
        One input per game, each shaped as `learn` takes `input`.
    goal_preds : list
        One goal_pred per game, each shaped as `learn` takes `goal_pred`.
    alpha : float, default 0.01
        How big a share of each weight_delta the weights move by; any finite number.
    iterations : int, default 1
        How many passes through all the games: a whole number of 0 or more, with passes times games
        at most 100,000.
    frozen : list of bool, optional
        True for each weight that keeps its value, shaped like `weights`. None (the default) freezes
        no weight.
    vectorised : bool, default False
        True runs the same steps with numpy arrays instead of the book's Python loops.

    Returns
    -------
    WeightsTrajectory
        The record of the run, one entry per update (per game per pass).

    Raises
    ------
    ValueError
        If `inputs` is empty or not a list, `goal_preds` does not have one entry per game, a number is
        not finite, the shapes do not fit together, or there are too many updates.
    """
    network, games = _games(weights, inputs, goal_preds, frozen)
    alpha = checks.number("alpha", alpha)
    iterations = checks.iterations("iterations", iterations, len(games))
    return _run(network, games, alpha, iterations * len(games), bool(vectorised))


def predict(weights: Sequence, input: Sequence[float] | float) -> float | list[float]:
    """The network's prediction: a weighted sum of the inputs for each output (one number, or a list).

    Parameters
    ----------
    weights : list of float, or list of list of float
        The weights: a list (one per input, or one per output) or a matrix (one row per output, one
        column per input).
    input : list of float, or float
        The inputs, one per weight (or per column of a matrix), or one number for a network with one
        input and several outputs.

    Returns
    -------
    float or list of float
        One number for several inputs and one output; a list, one prediction per output, otherwise.

    Raises
    ------
    ValueError
        If a number is not finite, or `input` does not have one number per weight.
    """
    network = _network(weights, input, None)
    xs = [checks.number("input", input)] if network.kind == "outputs" else as_list("input", input)
    if len(xs) != network.inputs:
        raise ValueError(
            f"input has {len(xs)} numbers but weights has {network.inputs}: one input per weight"
        )
    preds = [_w_sum(xs, row) for row in network.weights]
    return preds[0] if network.kind == "inputs" else preds


def total_error(weights: object, inputs: object, goal_preds: object) -> float:
    """The squared error added up over every game (and output), for weights shaped as `learn` takes them.

    `inputs` and `goal_preds` hold one entry per game (lists or numpy arrays). Worked out on plain floats
    in the book's order, so for one game it is exactly the error the loop records; inf if it overflows.

    Parameters
    ----------
    weights : list of float, or list of list of float
        The weights, shaped as `learn` takes them.
    inputs : list
        One input per game, each shaped as `learn` takes `input`.
    goal_preds : list
        One goal_pred per game, each shaped as `learn` takes `goal_pred`.

    Returns
    -------
    float
        The sum of `(pred - goal_pred) ** 2` over every game and output; infinity if it is too big
        for a float.
    """
    network, games = _games(weights, inputs, goal_preds)
    total = 0.0
    for xs, ys in games:
        preds = [_w_sum(xs, row) for row in network.weights]  # one prediction per output
        total += sum(square(p - g) for p, g in zip(preds, ys, strict=True))
    return total if math.isfinite(total) else math.inf


def iteration_path(trajectory: WeightsTrajectory) -> tuple[np.ndarray, np.ndarray]:
    """The weights at the start of each iteration and after the last, with the error over every game
    the run learned from at each: the points the pictures number 0, 1, 2, ...

    Parameters
    ----------
    trajectory : WeightsTrajectory
        A run from `learn` or `learn_games`.

    Returns
    -------
    tuple of two numpy arrays
        The weights, one row per point, and the total error (`total_error`) at each point. A run that
        diverged has no point after its last update.
    """
    t = trajectory
    weights = np.asarray(t.weights[:: t.games], dtype=float)
    if not t.diverged:
        weights = np.vstack([weights, t.final_weights])
    errors = np.array([total_error(w, t.game_inputs, t.game_goal_preds) for w in weights])
    return weights, errors
