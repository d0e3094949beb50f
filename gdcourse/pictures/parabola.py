"""Still pictures of gradient descent on the error parabola, and the words that go with them.

Used by notebooks 03_gradient_descent, 04_divergence_and_alpha and playground (and, live, by
`gd.explorers.ParabolaExplorer` and `gd.explorers.RegimeMapExplorer`).
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from matplotlib.figure import Figure

from gdcourse import checks
from gdcourse.analysis import DIVERGED_ERROR, Regime, describe, regimes_of, shown_apart
from gdcourse.figures.parabola import LearningView, draw_learning, draw_parabola, draw_path, points_of
from gdcourse.learning import RULE_SECONDS, RuleRun, gradient_descent
from gdcourse.pictures.still import Picture, picture
from gdcourse.settings import ParabolaSettings

STAGES = ("a big step up", "overshot: back the other way", "overshot again: back a little", "nearly there")


def summary(settings: ParabolaSettings) -> str:
    """The summary: the regime in words, r, and the error after the steps shown; then, with a learner's
    own rule, the same said of its run."""
    if settings.input == 0 and settings.goal_pred != 0:
        book = (
            f"stays where it is: input is 0, so every prediction is 0 and goal_pred {settings.goal_pred:g} "
            "is out of reach"
        )
    else:
        book = describe(settings.trajectory, settings.shown)
    if settings.own is None:
        return book
    return f"{book}. Your rule {own_words(settings)}"


def own_words(settings: ParabolaSettings) -> str:
    """What a learner's own rule did, judged from its run, not from a formula (the rule can be anything)."""
    run = settings.own
    if run.stopped is not None:
        return stopped_words(run)
    shown = settings.iterations if settings.shown is None else settings.shown
    own, book = (points_of(t, shown)[0] for t in (run.trajectory, settings.trajectory))
    if len(own) == len(book) and np.allclose(own, book, rtol=1e-9, atol=1e-12):
        return "matches the book's steps"
    steps = len(own) - 1
    error = float(points_of(run.trajectory, shown)[1][-1])
    after = f"after {steps} step{'s' * (steps != 1)}"
    if run.trajectory.diverged or not error <= DIVERGED_ERROR:
        return f"diverges: error above {DIVERGED_ERROR:.0e} {after}"
    if settings.input == 0:
        moved = "never moves the weight" if np.all(own == own[0]) else f"moves the weight to {own[-1]:.3g}"
        return f"{moved} although input is 0; error {error:.3g} {after}"
    distances = own - settings.goal_pred / settings.input
    return f"{behaviour(distances)}; error {error:.3g} {after}"


#: The book's "climbs away", said of a learner's rule.
AWAY = "moves the weight away from the goal weight"


def behaviour(distances: np.ndarray) -> str:
    """The regime's words for a path's distances to the goal weight, with r when every step multiplies
    the distance by the same factor (as the book's update does); else said from the path's shape."""
    # Near the goal weight a distance is lost in the float's rounding: read the factor before that.
    clear = np.abs(distances[:-1]) > 1e-9 * max(1.0, float(np.max(np.abs(distances))))
    steps = distances[1:][clear] / distances[:-1][clear]
    if len(steps) and np.allclose(steps, steps[0], rtol=1e-6, atol=1e-12):
        r = float(steps[0])
        regime = list(Regime)[int(regimes_of(r))]
        return f"{AWAY if regime is Regime.CLIMBS else regime}: r = {shown_apart(r)}"
    first, last = abs(distances[0]), abs(distances[-1])
    zigzags = bool(np.any(distances[1:] * distances[:-1] < 0))
    if np.all(distances == distances[0]):
        return str(Regime.STAYS)
    if last < first:
        return str(Regime.OSCILLATES if zigzags else Regime.STEADY)
    if last == first:
        return str(Regime.BOUNCES) if zigzags else str(Regime.STAYS)
    if zigzags:
        return str(Regime.DIVERGES)
    return AWAY


def stopped_words(run: RuleRun) -> str:
    """What stopped a learner's rule, in one line (the steps before it are still drawn)."""
    at = f"on update {run.stopped_at + 1}"
    if run.stopped == "raised":
        error = run.detail
        if type(error) is NotImplementedError:
            return (
                "is not written yet: it still raises NotImplementedError; "
                "fill in its body, then run this cell again"
            )
        message = str(error).splitlines()[0] if str(error) else ""
        message = message if len(message) <= 80 else message[:77] + "..."
        return f"raised {type(error).__name__}{f': {message}' if message else ''} {at}"
    if run.stopped == "timed out":
        return f"was still running after {RULE_SECONDS:g} s in all, {at}: look for a loop that never ends"
    if run.stopped == "nan":
        return f"returned nan (not a number) {at}"
    value = repr(run.detail)
    value = value if len(value) <= 40 else value[:37] + "..."
    return f"returned a {type(run.detail).__name__} ({value}) {at}, not a number"


def picture_of(settings: ParabolaSettings) -> Picture:
    """The parabola view for these settings as a still image, with alt text and a caption."""
    s = settings
    figure = Figure(figsize=LearningView.SIZE)
    draw_learning(figure, s)
    shown = s.iterations if s.shown is None else s.shown
    caption = (
        f"Gradient descent from weight {s.weight:g} with input {s.input:g}, goal_pred {s.goal_pred:g}, "
        f"alpha {s.alpha:.3g}, {shown} steps: {summary(s)}."
    )
    own = (
        " Diamonds joined by dashed arrows, and the dashed line on the right, are your rule's steps."
        if s.rule is not None
        else ""
    )
    alt = (
        "Left: the error parabola against weight, with the numbered steps joined by arrows; "
        f"right: the error after each step on a log scale.{own} " + caption
    )
    return picture(figure, caption, alt)


def parabola_picture(
    weight: float = 0.5,
    input: float = 0.5,
    goal_pred: float = 0.8,
    alpha: float = 1.0,
    iterations: int = 20,
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
    return picture(figure, caption)


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
        raise ValueError(f"iterations must be between 1 and 6 (one panel per step), got {iterations!r}")
    ParabolaSettings.check({"weight": weight, "input": input, "goal_pred": goal_pred})
    run = gradient_descent(weight, input, goal_pred, iterations=iterations)
    figure = Figure(figsize=(3.0 * iterations, 3.2))
    axes = figure.subplots(1, iterations, squeeze=False)[0]
    centre = run.goal_weight if input != 0 else run.weights[0]  # with input 0 nothing moves
    for k, ax in enumerate(axes, start=1):
        start, end = float(run.weights[k - 1]), float(run.weights[k] if k < iterations else run.final_weight)
        span = max(abs(start - centre), abs(end - centre), 1e-12) if input != 0 else 1.0
        draw_parabola(ax, input, goal_pred, start, (centre - span, centre + span))  # zoom in on this step
        draw_path(ax, run, shown=k, first=k - 1)
        ax.set_title(f"{k}: {STAGES[k - 1]}" if k <= len(STAGES) and input != 0 else f"step {k}", fontsize=9)
    figure.tight_layout()
    caption = (
        f"Gradient descent from weight {weight:g} with input {input:g} and goal_pred {goal_pred:g}, "
        "one panel per step; each panel zooms in on its step, from the square to the next circle. "
        f"{describe(run).capitalize()}."
    )
    return picture(figure, caption)
