"""Chapter 4's still pictures and words: the regime map of every (input, alpha), and overcorrections.

Used by notebooks 04_divergence_and_alpha and playground (and, live, by
`gd.explorers.RegimeMapExplorer`).
"""

from __future__ import annotations

from matplotlib.figure import Figure

from gdcourse import checks
from gdcourse.analysis import (
    convergence_factor,
)
from gdcourse.checks import short
from gdcourse.figures.regime_map import (
    ALPHA_RANGE,
    INPUT_RANGE,
    TOLERANCE,
    RegimeMap,
    draw_overcorrections,
    draw_regime_map,
)
from gdcourse.learning import gradient_descent
from gdcourse.pictures.still import Picture, picture
from gdcourse.settings import ParabolaSettings
from gdcourse.summaries import regime_map_summary

#: The most panels an overcorrection picture has: one per step.
MOST_STAGES = 6


def picture_of(settings: ParabolaSettings) -> Picture:
    """The regime map for these settings as a still image, with the setting marked and a caption."""
    figure = Figure(figsize=RegimeMap.SIZE)
    draw_regime_map(figure, settings)
    caption = caption_of(settings)
    alt = "A map with input across and alpha up, in bands of grey-blue to yellow."
    return picture(figure, caption, alt)


def map_words(settings: ParabolaSettings) -> str:
    """What the map shows and where its circle is: the caption's start and, ended with a full stop,
    the explorer's map's accessible name in the browser (its twin is `mapWords` in
    web/src/regime_map.js)."""
    s = settings
    return (
        f"Regime map for start weight {s.weight:g} and goal_pred {s.goal_pred:g}: alpha (log scale, "
        f"{ALPHA_RANGE[0]:g} to {ALPHA_RANGE[1]:g}) against input "
        f"({INPUT_RANGE[0]:g} to {INPUT_RANGE[1]:g}), shaded from dark (few updates) to light (many) "
        f"until the error is below {TOLERANCE:g}, hatched grey where it never is; the dashed curve "
        "alpha·input² = 1 lands in one step, the solid curve "
        f"alpha·input² = 2 bounces forever. The circle marks input {s.input:g}, alpha {s.alpha:.3g}"
    )


def caption_of(settings: ParabolaSettings) -> str:
    """The still's caption (its twin is `caption` in web/src/regime_map.js)."""
    return f"{map_words(settings)}: {regime_map_summary(settings)}."


def regime_map_picture(
    weight: float = 0.5, input: float = 2.0, goal_pred: float = 0.8, alpha: float = 0.1
) -> Picture:
    """The regime map as a still picture, with the setting (input, alpha) marked on it.

    The map shades every (input, alpha) by how many updates bring the error below 1e-6.

    Parameters
    ----------
    weight : float, default 0.5
        The weight every run on the map starts from, from -1 to 2.
    input : float, default 2.0
        The input of the marked setting, from -3 to 3.
    goal_pred : float, default 0.8
        The prediction every run learns towards, from -1 to 2.
    alpha : float, default 0.1
        The alpha of the marked setting, from 0.001 to 10.

    Returns
    -------
    Picture
        The still picture: a PNG image with alt text and a caption. A notebook cell ending with it
        shows the image with the caption below.

    Raises
    ------
    ValueError
        If a value is not a number or is outside its range (the range of its slider in
        `gd.explorers.RegimeMapExplorer`).
    """
    return picture_of(ParabolaSettings.checked(weight=weight, input=input, goal_pred=goal_pred, alpha=alpha))


def overcorrection_picture(
    weight: float = 0.5, input: float = 2.0, goal_pred: float = 0.8, alpha: float = 1.0, stages: int = 3
) -> Picture:
    """The first steps of a run, one panel per step on one scale; alpha may be negative too.

    Parameters
    ----------
    weight : float, default 0.5
        The weight to start from, from -1 to 2.
    input : float, default 2.0
        The input, from -3 to 3 but not 0 (with input 0 nothing moves, so nothing overshoots).
    goal_pred : float, default 0.8
        The prediction the network should learn to make, from -1 to 2.
    alpha : float, default 1.0
        How big a share of each weight_delta the weight moves by, from -10 to 10.
    stages : int, default 3
        How many steps to draw, one panel each: a whole number from 1 to 6.

    Returns
    -------
    Picture
        The still picture: a PNG image with alt text and a caption. A notebook cell ending with it
        shows the image with the caption below.

    Raises
    ------
    ValueError
        If a value is not a number or is outside its range, `input` is 0, or the weight grows too big
        for a float within `stages` steps.
    """
    stages = checks.count("stages", stages)
    if not 1 <= stages <= MOST_STAGES:
        raise ValueError(
            f"stages must be between 1 and {MOST_STAGES} (one panel per step), got {short(stages)}"
        )
    numbers = ParabolaSettings.check({"weight": weight, "input": input, "goal_pred": goal_pred})
    alpha = checks.number("alpha", alpha)
    if not -ALPHA_RANGE[1] <= alpha <= ALPHA_RANGE[1]:
        raise ValueError(
            f"alpha must be between {-ALPHA_RANGE[1]:g} and {ALPHA_RANGE[1]:g}, got {short(alpha)}"
        )
    if numbers["input"] == 0:
        raise ValueError(
            "input must not be 0 here: with input 0 the weight never moves, so nothing overshoots"
        )
    run = gradient_descent(weight, input, goal_pred, alpha, iterations=stages)
    if run.diverged:
        raise ValueError(
            f"alpha {alpha:g} sends the weight past what a float can hold within {stages} steps: "
            "choose fewer stages or a smaller alpha"
        )
    figure = Figure(figsize=(3.0 * stages, 3.0))
    draw_overcorrections(figure, run, stages)
    weights = [*run.weights, run.final_weight][: stages + 1]
    errors = [*run.errors, run.final_error][: stages + 1]
    ratio = abs(convergence_factor(input, alpha))
    caption = (
        f"The first {stages} step{'s' * (stages != 1)} from weight {weight:g} with input {input:g}, "
        f"goal_pred {goal_pred:g} and alpha {alpha:g} (goal weight {run.goal_weight:.3g}), one panel per "
        "step, each widened to fit the steps so far: the weight goes "
        + " → ".join(f"{w:.3g}" for w in weights)
        + ", and the error "
        + " → ".join(f"{e:.3g}" for e in errors)
        + f"; each step leaves the weight {ratio:.3g} times as far from the goal weight."
    )
    alt = "Error parabolas side by side, with numbered circles for the weights visited."
    return picture(figure, caption, alt)
