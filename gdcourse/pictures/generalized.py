"""Chapter 5's still pictures and words: many weights learning, the weight grid, inputs on a scale.

Used by notebooks 05_generalizing and playground (and, live, by `gd.explorers.GeneralizedExplorer`).
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from matplotlib.colors import LinearSegmentedColormap
from matplotlib.figure import Figure

from gdcourse.analysis import shared_stable_alpha
from gdcourse.book import GAME_INPUTS, WIN_OR_LOSE
from gdcourse.checks import short
from gdcourse.figures.contour import draw_contour_panel
from gdcourse.figures.generalized import GeneralizedView, draw_generalized
from gdcourse.figures.style import BLUE, ORANGE, SKY, VERMILION
from gdcourse.generalized import learn
from gdcourse.pictures.still import Picture, picture
from gdcourse.settings import INPUT_NAMES, WEIGHT_NAMES, GeneralizedSettings
from gdcourse.summaries import generalized_summary, held_words, number


def picture_of(settings: GeneralizedSettings) -> Picture:
    """The chapter-5 view for these settings as a still image, with alt text and a caption."""
    s = settings
    figure = Figure(figsize=GeneralizedView.SIZE)
    draw_generalized(figure, s)
    frozen = [name for name, still in zip(WEIGHT_NAMES, s.frozen, strict=True) if still]
    frozen_words = f", {' and '.join(frozen)} frozen" if frozen else ""
    games = (
        "the first game" if s.games == "first" else f"all four games one after another, {s.iterations} passes"
    )
    steps = f"{s.iterations} step{'s' * (s.iterations != 1)}" if s.games == "first" else ""
    run = ", ".join(part for part in (f"alpha {s.alpha:.3g}", steps) if part)
    caption = (
        f"Weights a {s.a:g}, b {s.b:g}, c {s.c:g} learning from {games} ({run}{frozen_words}): "
        f"{generalized_summary(s)}. Bottom left: {held_words(s)}."
    )
    alt = (
        "Top: three panels, the error against each weight (a for toes, b for win/loss, c for fans) with "
        "the other two held, dashed at their start values and solid after the run, with the numbered "
        "steps. Bottom left: contour lines of the error over two weights and the numbered path of the "
        "steps. Bottom right: the error after each step on a log scale."
    )
    return picture(figure, caption, alt)


def generalized_picture(
    a: float = GeneralizedSettings.a,
    b: float = GeneralizedSettings.b,
    c: float = GeneralizedSettings.c,
    alpha: float = GeneralizedSettings.alpha,
    iterations: int = GeneralizedSettings.iterations,
    frozen: Sequence[bool] = (False, False, False),
    games: str = "first",
    plane: Sequence[str] = ("a", "b"),
) -> Picture:
    """The chapter-5 explorer's view as a still picture: three weights, a contour map, the error per step.

    The network has three inputs from the book's games: toes, win/loss record and fans. Weight a
    multiplies toes, b win/loss and c fans; it learns to predict whether the team won.

    Parameters
    ----------
    a : float, default 0.1
        The starting weight for toes, from -1 to 1.
    b : float, default 0.2
        The starting weight for win/loss, from -1 to 1.
    c : float, default -0.1
        The starting weight for fans, from -1 to 1.
    alpha : float, default 0.01
        How big a share of each weight_delta the weights move by, from 0.001 to 10.
    iterations : int, default 20
        How many steps to run (with games="all", passes through the four games): a whole number
        from 1 to 50.
    frozen : tuple or list of bool, default (False, False, False)
        Three True/False values, for a, b and c: True keeps that weight as it is.
    games : {'first', 'all'}, default 'first'
        'first' learns from the first game only, as the book's chapter 5 does; 'all' learns from the
        four games one after another.
    plane : tuple or list of str, default ('a', 'b')
        The two weights, of 'a', 'b' and 'c', over which the contour map is drawn (in either order);
        the third is held.

    Returns
    -------
    Picture
        The still picture: a PNG image with alt text and a caption. A notebook cell ending with it
        shows the image with the caption below.

    Raises
    ------
    ValueError
        If a value is not a number or is outside its range, or `frozen`, `games` or `plane` is not one
        of its choices.
    """
    return picture_of(
        GeneralizedSettings.checked(
            a=a,
            b=b,
            c=c,
            alpha=alpha,
            iterations=iterations,
            frozen=frozen,
            games=games,
            plane=plane,
        )
    )


def surface_picture(
    a: float = 0.1,
    b: float = 0.2,
    c: float = -0.1,
    alpha: float = 0.3,
    iterations: int = 20,
    frozen: Sequence[bool] = (True, False, False),
    plane: Sequence[str] = ("b", "c"),
) -> Picture:
    """The error over two weights for the first game (a trough) and all four games (a bowl), side by side.

    Both maps draw the path of gradient descent from the same start.

    Parameters
    ----------
    a : float, default 0.1
        The starting weight for toes, from -1 to 1.
    b : float, default 0.2
        The starting weight for win/loss, from -1 to 1.
    c : float, default -0.1
        The starting weight for fans, from -1 to 1.
    alpha : float, default 0.3
        How big a share of each weight_delta the weights move by, from 0.001 to 10.
    iterations : int, default 20
        How many steps on the first game, and passes through all four games: a whole number from
        1 to 50.
    frozen : tuple or list of bool, default (True, False, False)
        Three True/False values, for a, b and c: True keeps that weight as it is. By default a is
        frozen, so the maps show the two weights that learn.
    plane : tuple or list of str, default ('b', 'c')
        The two weights, of 'a', 'b' and 'c', over which the maps are drawn; the third is held.

    Returns
    -------
    Picture
        The still picture: a PNG image with alt text and a caption. A notebook cell ending with it
        shows the image with the caption below.

    Raises
    ------
    ValueError
        If a value is not a number or is outside its range, or `frozen` or `plane` is not one of its
        choices.
    """
    figure = Figure(figsize=(9.0, 4.4))
    words = []
    for ax, games in zip(figure.subplots(1, 2), ("first", "all"), strict=True):
        settings = GeneralizedSettings.checked(
            a=a,
            b=b,
            c=c,
            alpha=alpha,
            iterations=iterations,
            frozen=frozen,
            games=games,
            plane=plane,
        )
        panel = draw_contour_panel(ax)
        u, v = settings.plane
        ax.set_xlabel(f"weight {u} ({INPUT_NAMES[WEIGHT_NAMES.index(u)]})", fontsize=9)
        ax.set_ylabel(f"weight {v} ({INPUT_NAMES[WEIGHT_NAMES.index(v)]})", fontsize=9)
        panel.show(settings)
        shows = panel.note.get_text()
        ax.set_title(
            ("one game: a trough\n" if games == "first" else "all four games: a bowl\n") + shows, fontsize=9.5
        )
        errors = settings.path[1]
        bottom = panel.bottom_label.get_text() or "its lowest point lies outside the view"
        source = "the first game" if games == "first" else f"all four games, {iterations} passes"
        words.append(
            f"{source} ({shows}): {bottom}; the path's error {number(errors[0])} → {number(errors[-1])}"
        )
    figure.subplots_adjust(left=0.08, right=0.98, bottom=0.12, top=0.86, wspace=0.25)
    caption = (
        f"Contour lines of the error, alpha {alpha:g}. Left, "
        + "; right, ".join(words)
        + ". One game is met exactly by a whole line of weight pairs; four games pin the weights down "
        "to one lowest point."
    )
    alt = "Two contour maps side by side, each with the numbered path of gradient descent."
    return picture(figure, caption, alt)


# -- the weight grid: rows are outputs, columns inputs --------------------------------------------------

#: A weight_delta's shade: sky blue below 0, white at 0, orange above 0 (the ends are never reached,
#: so the darkest cell stays light enough for black text).
SIGN_SHADES = LinearSegmentedColormap.from_list("gd_sign", [SKY, "#ffffff", ORANGE])


def _grid_numbers(
    weights: object, input: object, goal_pred: object
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The weights as a matrix, the inputs and the deltas, for any of the three network shapes."""
    run = learn(weights, input, goal_pred, alpha=0.0, iterations=1)
    if run.diverged or not np.all(np.isfinite(np.outer(run.deltas[0], run.game_inputs[0]))):
        raise ValueError(
            "weights, input and goal_pred must give predictions and weight_deltas a float can hold "
            "(at most about 1.8e308); these numbers are too big to draw"
        )
    matrix = np.asarray(run.weights[0], dtype=float)
    inputs = np.atleast_1d(np.asarray(run.game_inputs[0], dtype=float))
    deltas = np.atleast_1d(np.asarray(run.deltas[0], dtype=float))
    if run.kind == "inputs":
        matrix = matrix[np.newaxis, :]
    elif run.kind == "outputs":
        matrix = matrix[:, np.newaxis]
    return matrix, inputs, deltas


def _draw_grid(ax, matrix, inputs, deltas, outputs, names, cell, title) -> None:
    rows, columns = matrix.shape
    values = np.array([[cell(i, j)[1] for j in range(columns)] for i in range(rows)])
    shade = values / (np.abs(values).max() or 1.0)  # -1 to 1: the sign and the size
    ax.imshow(shade, cmap=SIGN_SHADES, vmin=-1.25, vmax=1.25, aspect="auto")
    for i in range(rows):
        for j in range(columns):
            text, _ = cell(i, j)
            ax.text(j, i, text, ha="center", va="center", fontsize=9)
    ax.set_xticks(
        range(columns), [f"{names[j]}\ninput {number(inputs[j])}" for j in range(columns)], fontsize=9
    )
    ax.set_yticks(range(rows), [f"{outputs[i]}\ndelta {number(deltas[i])}" for i in range(rows)], fontsize=9)
    ax.xaxis.tick_top()
    ax.tick_params(length=0)
    for spot in np.arange(-0.5, columns, 1.0):
        ax.axvline(spot, color="white", linewidth=3)
    for spot in np.arange(-0.5, rows, 1.0):
        ax.axhline(spot, color="white", linewidth=3)
    ax.set_title(
        f"{title}\nshading: below 0 blue, above 0 orange, darker the bigger", fontsize=10, pad=10, loc="left"
    )


def weight_grid_picture(
    weights: object,
    input: object,
    goal_pred: object,
    outputs: Sequence[str] = ("hurt?", "win?", "sad?"),
    inputs: Sequence[str] = ("toes", "%win", "#fans"),
    show_transposed: bool = False,
) -> Picture:
    """The weights as a grid (a row per output, a column per input) with each weight_delta in its cell.

    weight_deltas[i][j] = delta[i] * input[j]: an outer product you can see. `show_transposed` adds the
    book's slip, outer_prod(input, delta), which puts input[i] * delta[j] in cell (i, j).

    Parameters
    ----------
    weights : list of float, or list of list of float
        The weights, shaped as `gd.learn` takes them: a list, or a matrix with one row per output.
    input : list of float, or float
        The inputs, one per column (or one number for a network with one input).
    goal_pred : float, or list of float
        What each output should predict, one per row.
    outputs : sequence of str, default ('hurt?', 'win?', 'sad?')
        A name for each row (output), at least one per row; extra names are left out.
    inputs : sequence of str, default ('toes', '%win', '#fans')
        A name for each column (input), at least one per column; extra names are left out.
    show_transposed : bool, default False
        True adds a second grid with the book's slip. It needs as many outputs as inputs.

    Returns
    -------
    Picture
        The still picture: a PNG image with alt text and a caption. A notebook cell ending with it
        shows the image with the caption below.

    Raises
    ------
    ValueError
        If the weights, inputs and goal_pred do not fit together as in `gd.learn`, there are too few
        names, or `show_transposed` is True for a grid that is not square.
    """
    matrix, xs, deltas = _grid_numbers(weights, input, goal_pred)
    rows, columns = matrix.shape
    for name, value in (("outputs", outputs), ("inputs", inputs)):
        if not isinstance(value, list | tuple) or not all(isinstance(v, str) for v in value):
            raise ValueError(
                f"{name} must be a list of names (strings), like ['toes', '%win'], got {short(value)}"
            )
    if not isinstance(show_transposed, bool):
        raise ValueError(f"show_transposed must be True or False, got {short(show_transposed)}")
    outputs, names = list(outputs)[:rows], list(inputs)[:columns]
    if len(outputs) < rows or len(names) < columns:
        raise ValueError(
            f"outputs and inputs must name every row ({rows}) and column ({columns}), got {outputs}, {names}"
        )
    panels = 2 if show_transposed else 1
    if show_transposed and rows != columns:
        raise ValueError(
            f"show_transposed needs a square grid (the slip fits only then), got {rows} x {columns}"
        )
    # one grid under the other, each wide enough for its title: side by side, the two grids made an
    # image too wide for a notebook, which shrank it and its text
    figure = Figure(figsize=(max(5.6, 1.65 * columns + 1.5), (1.0 * rows + 1.8) * panels))
    axes = figure.subplots(panels, 1, squeeze=False)[:, 0]

    def right(i: int, j: int) -> tuple[str, float]:
        value = deltas[i] * xs[j]
        return (
            f"weight {number(matrix[i, j])}\n{number(deltas[i])} × {number(xs[j])}\n= {number(value)}",
            value,
        )

    _draw_grid(
        axes[0], matrix, xs, deltas, outputs, names, right, "weight_deltas[i][j] = delta[i] * input[j]"
    )
    if show_transposed:

        def slip(i: int, j: int) -> tuple[str, float]:
            value = xs[i] * deltas[j]
            return f"input[{i}] × delta[{j}]\n{number(xs[i])} × {number(deltas[j])}\n= {number(value)}", value

        _draw_grid(
            axes[1], matrix, xs, deltas, outputs, names, slip, "the book's slip: outer_prod(input, delta)"
        )
    figure.tight_layout()
    shape = f"{rows} output{'s' * (rows != 1)} by {columns} input{'s' * (columns != 1)}"
    caption = (
        f"The weights as a grid of {shape}: row i belongs to output {', '.join(outputs)} in turn, "
        f"column j to input {', '.join(names)}. Each cell's weight_delta is its row's delta times its "
        "column's input, "
        f"so a row shares one delta and a column one input."
    )
    if show_transposed:
        caption += (
            " Right: the book's listing calls outer_prod(input, delta), which fills cell (i, j) with "
            "input[i] * delta[j]: the toes input times the win delta lands on the hurt row's %win weight."
        )
    alt = "A grid of numbers, one cell per weight, rows for outputs and columns for inputs."
    return picture(figure, caption, alt)


# -- inputs on different scales ---------------------------------------------------------------------------


def scaled_games() -> list[list[float]]:
    """The four games' inputs, each divided by its largest value over the games: all between 0 and 1."""
    largest = [max(column) for column in zip(*GAME_INPUTS, strict=True)]
    return [[x / top for x, top in zip(game, largest, strict=True)] for game in GAME_INPUTS]


def scaling_picture(alpha_raw: float = 0.01, alpha_scaled: float = 0.3, iterations: int = 10) -> Picture:
    """How far each weight moves when the inputs are as they are, and when they are scaled to 0..1.

    Both runs learn the first game from the weights [0.1, 0.2, -0.1]; the scaled inputs are each
    divided by its largest value over the four games.

    Parameters
    ----------
    alpha_raw : float, default 0.01
        The alpha for the inputs as they are, from 0.001 to 10 (the explorer's alpha slider).
    alpha_scaled : float, default 0.3
        The alpha for the scaled inputs, from 0.001 to 10.
    iterations : int, default 10
        How many updates each run makes, a whole number from 1 to 50 (the explorer's slider).

    Returns
    -------
    Picture
        The still picture: a PNG image with alt text and a caption. A notebook cell ending with it
        shows the image with the caption below.

    Raises
    ------
    ValueError
        If an alpha is not a number from 0.001 to 10, or `iterations` is not a whole number from
        1 to 50.
    """
    sliders = GeneralizedSettings.SLIDERS
    alpha_raw = sliders["alpha"].check("alpha_raw", alpha_raw)
    alpha_scaled = sliders["alpha"].check("alpha_scaled", alpha_scaled)
    iterations = sliders["iterations"].check("iterations", iterations)
    weights, goal_pred = [0.1, 0.2, -0.1], WIN_OR_LOSE[0]
    runs = [
        ("inputs as they are", list(GAME_INPUTS[0]), alpha_raw),
        ("inputs divided by their largest value", scaled_games()[0], alpha_scaled),
    ]
    figure = Figure(figsize=(8.0, 3.3))
    axes = figure.subplots(1, 2, sharey=True)  # one scale: each weight's share of the moving
    words = []
    for ax, (title, input, alpha) in zip(axes, runs, strict=True):
        run = learn(weights, input, goal_pred, alpha, iterations)
        edge = shared_stable_alpha(input)
        moved = np.abs(run.final_weights - run.weights[0])
        share = moved / moved.sum() if moved.sum() > 0 else moved
        bars = ax.bar(WEIGHT_NAMES, share, color=[BLUE, ORANGE, VERMILION], edgecolor="black")
        for bar, height, value, x in zip(bars, share, moved, input, strict=True):
            ax.annotate(
                f"moved {value:.3g}\n(input {x:.3g})", (bar.get_x() + bar.get_width() / 2, height),
                ha="center", va="bottom", fontsize=8.5, xytext=(0, 2), textcoords="offset points",
            )  # fmt: skip
        ax.set_ylim(0, 1.2)
        ax.set_title(f"{title}\nalpha {alpha:g} (edge {edge:.3g})", fontsize=10)
        ax.set_xlabel("weight")
        distances = ", ".join(f"{v:.3g}" for v in moved)
        words.append(
            f"{title}: alpha {alpha:g} (the edge is {edge:.3g}), the error goes from {number(run.errors[0])} "
            f"to {number(run.final_error)} in {iterations} steps; the weights move {distances}"
        )
    axes[0].set_ylabel("share of the distance moved")
    figure.tight_layout()
    caption = "; ".join(words) + "."
    alt = (
        "Two bar charts, on one scale, of each weight's share of the distance weights a, b and c moved "
        "while learning the first game."
    )
    return picture(figure, caption, alt)
