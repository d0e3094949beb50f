"""Still pictures of gradient descent on the error parabola, and the words that go with them.

Used by notebooks 03_gradient_descent, 04_divergence_and_alpha and playground (and, live, by
`gd.explorers.ParabolaExplorer` and `gd.explorers.RegimeMapExplorer`).
"""

from __future__ import annotations

from collections.abc import Callable

from matplotlib.figure import Figure
from matplotlib.ticker import FuncFormatter, MaxNLocator

from gdcourse import checks
from gdcourse.checks import short
from gdcourse.figures.parabola import LearningView, draw_learning, draw_parabola, draw_path
from gdcourse.learning import gradient_descent
from gdcourse.pictures.still import Picture, picture
from gdcourse.settings import ParabolaSettings
from gdcourse.summaries import parabola_summary, run_summary

STAGES = ("a big step up", "overshot: back the other way", "overshot again: back a little", "nearly there")


def picture_of(settings: ParabolaSettings) -> Picture:
    """The parabola view for these settings as a still image, with alt text and a caption."""
    s = settings
    figure = Figure(figsize=LearningView.SIZE)
    draw_learning(figure, s)
    shown = s.iterations if s.shown is None else s.shown
    caption = (
        f"Gradient descent from weight {s.weight:g} with input {s.input:g}, goal_pred {s.goal_pred:g}, "
        f"alpha {s.alpha:.3g}, {shown} steps: {parabola_summary(s)}."
    )
    own = (
        " Diamonds joined by dashed arrows, and the dashed line on the right, are your rule's steps."
        if s.rule is not None
        else ""
    )
    alt = (
        "Left: the error parabola against weight, with the numbered steps joined by arrows; "
        f"right: the error after each step on a log scale.{own}"
    )
    return picture(figure, caption, alt)


def parabola_picture(
    weight: float = ParabolaSettings.weight,
    input: float = ParabolaSettings.input,
    goal_pred: float = ParabolaSettings.goal_pred,
    alpha: float = ParabolaSettings.alpha,
    iterations: int = ParabolaSettings.iterations,
    rule: Callable[[float, float, float, float], float] | None = None,
) -> Picture:
    """The parabola explorer's view as a still picture: what a page shows where sliders cannot run.

    Give `rule`, your own update_weight(weight, input, goal_pred, alpha), to draw its steps too.

    Parameters
    ----------
    weight : float, default 0.5
        The weight to start from, from -1 to 2.
    input : float, default 0.5
        The input, from -3 to 3.
    goal_pred : float, default 0.8
        The prediction the network should learn to make, from -1 to 2.
    alpha : float, default 1.0
        How big a share of each weight_delta the weight moves by, from 0.001 to 10.
    iterations : int, default 20
        How many steps to run and draw, a whole number from 1 to 50.
    rule : callable, optional
        Your own update, a function `rule(weight, input, goal_pred, alpha)` that returns the new
        weight. It is run beside the book's, safely: if it raises, loops too long or returns
        something that is not a number, the picture says so. None (the default) draws only the book's.

    Returns
    -------
    Picture
        The still picture: a PNG image with alt text and a caption. A notebook cell ending with it
        shows the image with the caption below.

    Raises
    ------
    ValueError
        If a value is not a number or is outside its range, or `rule` is neither a function nor None.
    """
    return picture_of(
        ParabolaSettings.checked(
            weight=weight, input=input, goal_pred=goal_pred, alpha=alpha, iterations=iterations, rule=rule
        )
    )


def error_curve_picture(input: float = 0.5, goal_pred: float = 0.8, weight: float = 0.5) -> Picture:
    """Error against weight for a fixed input and goal: a parabola whose lowest point is the goal weight.

    Note the order: input and goal_pred come first here, then the weight to mark.

    Parameters
    ----------
    input : float, default 0.5
        The input, from -3 to 3. With input 0 the curve is a flat line.
    goal_pred : float, default 0.8
        The prediction the network should make, from -1 to 2.
    weight : float, default 0.5
        The weight marked on the curve, from -1 to 2.

    Returns
    -------
    Picture
        The still picture: a PNG image with alt text and a caption. A notebook cell ending with it
        shows the image with the caption below.

    Raises
    ------
    ValueError
        If a value is not a number or is outside its range.
    """
    numbers = ParabolaSettings.check({"input": input, "goal_pred": goal_pred, "weight": weight})
    input, goal_pred, weight = numbers["input"], numbers["goal_pred"], numbers["weight"]
    figure = Figure(figsize=(6.0, 3.6))
    ax = figure.add_subplot()
    draw_parabola(ax, input, goal_pred, weight, (weight - 1, weight + 1.5))
    ax.legend(fontsize=8, loc="upper center")
    figure.tight_layout()
    error = (input * weight - goal_pred) ** 2
    if input == 0:
        shape = (
            f"a flat line at {goal_pred**2:.4g}: with input 0 every weight predicts 0, "
            "so no weight does better"
        )
    else:
        shape = f"a parabola whose lowest point, error 0, is at the goal weight {goal_pred / input:.3g}"
    caption = (
        f"error = (({input:g} * weight) - {goal_pred:g}) ** 2 against weight: {shape}; "
        f"weight {weight:g} has error {error:.4g}."
    )
    alt = (
        "The error against weight as a curve, the goal weight dotted, the weight marked by a square, "
        "and the curve's tangent there dashed."
    )
    return picture(figure, caption, alt)


def steps_picture(
    weight: float = 0.0, input: float = 1.1, goal_pred: float = 0.8, iterations: int = 4
) -> Picture:
    """The first steps of gradient descent, one panel per step, numbered on the parabola.

    The run uses alpha 1, as the book's first loops do.

    Parameters
    ----------
    weight : float, default 0.0
        The weight to start from, from -1 to 2.
    input : float, default 1.1
        The input, from -3 to 3.
    goal_pred : float, default 0.8
        The prediction the network should learn to make, from -1 to 2.
    iterations : int, default 4
        How many steps to draw, one panel each: a whole number from 1 to 6.

    Returns
    -------
    Picture
        The still picture: a PNG image with alt text and a caption. A notebook cell ending with it
        shows the image with the caption below.

    Raises
    ------
    ValueError
        If a value is not a number or is outside its range.
    """
    iterations = checks.count("iterations", iterations)
    if not 1 <= iterations <= 6:
        raise ValueError(f"iterations must be between 1 and 6 (one panel per step), got {short(iterations)}")
    ParabolaSettings.check({"weight": weight, "input": input, "goal_pred": goal_pred})
    run = gradient_descent(weight, input, goal_pred, iterations=iterations)
    columns = min(iterations, 2)  # two panels a row: wide enough to read at a notebook's width
    rows = -(-iterations // columns)
    figure = Figure(figsize=(4.5 * columns, 3.1 * rows + 0.5))
    axes = figure.subplots(rows, columns, squeeze=False).ravel()
    centre = run.goal_weight if input != 0 else run.weights[0]  # with input 0 nothing moves
    for k, ax in enumerate(axes[:iterations], start=1):
        start, end = float(run.weights[k - 1]), float(run.weights[k] if k < iterations else run.final_weight)
        # zoom in on this step, with room round its ends for the square and the circle
        span = 1.2 * max(abs(start - centre), abs(end - centre), 1e-12) if input != 0 else 1.0
        draw_parabola(ax, input, goal_pred, start, (centre - span, centre + span))
        draw_path(ax, run, shown=k, first=k - 1)
        # plain tick labels (no "1e-5" over the panel), few enough on a zoomed-in axis not to touch
        ax.yaxis.set_major_formatter(FuncFormatter(lambda value, _: f"{value:.3g}"))
        ax.xaxis.set_major_locator(MaxNLocator(nbins=4))
        ax.set_title(f"{k}: {STAGES[k - 1]}" if k <= len(STAGES) and input != 0 else f"step {k}", fontsize=10)
    for ax in axes[iterations:]:
        ax.set_visible(False)
    handles, labels = axes[0].get_legend_handles_labels()
    figure.legend(handles, labels, loc="lower center", ncol=len(labels), fontsize=9, frameon=False)
    figure.tight_layout(rect=(0, 0.07 if rows > 1 else 0.12, 1, 1))
    caption = (
        f"Gradient descent from weight {weight:g} with input {input:g} and goal_pred {goal_pred:g}, "
        "one panel per step; each panel zooms in on its step, from the square to the next circle. "
        f"{run_summary(run).capitalize()}."
    )
    alt = (
        "Gradient descent step by step, one small panel per step: each shows the error curve near the "
        "step, the weight before it as a square and the weight after it as a numbered circle."
    )
    return picture(figure, caption, alt)
