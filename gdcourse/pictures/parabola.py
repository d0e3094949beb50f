"""Still pictures of gradient descent on the error parabola, and the words that go with them.

Used by notebooks 03_gradient_descent, 04_divergence_and_alpha and playground (and, live, by
`gd.explorers.ParabolaExplorer` and `gd.explorers.RegimeMapExplorer`).
"""

from __future__ import annotations

from matplotlib.figure import Figure

from gdcourse import checks
from gdcourse.analysis import describe
from gdcourse.figures.parabola import LearningView, draw_learning, draw_parabola, draw_path
from gdcourse.learning import gradient_descent
from gdcourse.pictures.still import Picture, picture
from gdcourse.settings import ParabolaSettings

STAGES = ("a big step up", "overshot: back the other way", "overshot again: back a little", "nearly there")


def summary(settings: ParabolaSettings) -> str:
    """The one-line summary: the regime in words, r, and the error after the steps shown."""
    if settings.input == 0 and settings.goal != 0:
        return (
            f"stays where it is: input is 0, so every prediction is 0 and goal {settings.goal:g} "
            "is out of reach"
        )
    return describe(settings.trajectory, settings.shown)


def picture_of(settings: ParabolaSettings) -> Picture:
    """The parabola view for these settings as a still image, with alt text and a caption."""
    s = settings
    figure = Figure(figsize=LearningView.SIZE)
    draw_learning(figure, s)
    shown = s.steps if s.shown is None else s.shown
    caption = (
        f"Gradient descent from weight {s.weight:g} with input {s.input:g}, goal_pred {s.goal:g}, "
        f"alpha {s.alpha:.3g}, {shown} steps: {summary(s)}."
    )
    alt = (
        "Left: the error parabola against weight, with the numbered steps joined by arrows; "
        "right: the error after each step on a log scale. " + caption
    )
    return picture(figure, caption, alt)


def parabola_picture(
    weight: float = 0.5, input: float = 0.5, goal: float = 0.8, alpha: float = 1.0, steps: int = 20
) -> Picture:
    """The parabola explorer's view as a still picture: what a page shows where sliders cannot run."""
    return picture_of(
        ParabolaSettings.checked(weight=weight, input=input, goal=goal, alpha=alpha, steps=steps)
    )


def error_curve_picture(input: float = 0.5, goal: float = 0.8, weight: float = 0.5) -> Picture:
    """Error against weight for a fixed input and goal: a parabola whose lowest point is the goal weight."""
    numbers = ParabolaSettings.check({"input": input, "goal": goal, "weight": weight})
    input, goal, weight = numbers["input"], numbers["goal"], numbers["weight"]
    figure = Figure(figsize=(6.0, 3.6))
    ax = figure.add_subplot()
    draw_parabola(ax, input, goal, weight, (weight - 1, weight + 1.5))
    ax.legend(fontsize=8, loc="upper center")
    figure.tight_layout()
    error = (input * weight - goal) ** 2
    if input == 0:
        shape = (
            f"a flat line at {goal**2:.4g}: with input 0 every weight predicts 0, so no weight does better"
        )
    else:
        shape = f"a parabola whose lowest point, error 0, is at the goal weight {goal / input:.3g}"
    caption = (
        f"error = (({input:g} * weight) - {goal:g}) ** 2 against weight: {shape}; "
        f"weight {weight:g} has error {error:.4g}."
    )
    return picture(figure, caption)


def steps_picture(weight: float = 0.0, input: float = 1.1, goal: float = 0.8, steps: int = 4) -> Picture:
    """The first steps of gradient descent, one panel per step, numbered on the parabola."""
    steps = checks.count("steps", steps)
    if not 1 <= steps <= 6:
        raise ValueError(f"steps must be between 1 and 6 (one panel per step), got {steps!r}")
    ParabolaSettings.check({"weight": weight, "input": input, "goal": goal})
    run = gradient_descent(weight, input, goal, iterations=steps)
    figure = Figure(figsize=(3.0 * steps, 3.2))
    axes = figure.subplots(1, steps, squeeze=False)[0]
    centre = run.goal_weight if input != 0 else run.weights[0]  # with input 0 nothing moves
    for k, ax in enumerate(axes, start=1):
        start, end = float(run.weights[k - 1]), float(run.weights[k] if k < steps else run.final_weight)
        span = max(abs(start - centre), abs(end - centre), 1e-12) if input != 0 else 1.0
        draw_parabola(ax, input, goal, start, (centre - span, centre + span))  # zoom in on this step
        draw_path(ax, run, shown=k, first=k - 1)
        ax.set_title(f"{k}: {STAGES[k - 1]}" if k <= len(STAGES) and input != 0 else f"step {k}", fontsize=9)
    figure.tight_layout()
    caption = (
        f"Gradient descent from weight {weight:g} with input {input:g} and goal_pred {goal:g}, one panel per "
        "step; each panel zooms in on its step, from the square to the next circle. "
        f"{describe(run).capitalize()}."
    )
    return picture(figure, caption)
