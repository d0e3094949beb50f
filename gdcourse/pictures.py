"""Still pictures for the chapters: each a PNG with alt text and a caption that holds its numbers."""

from __future__ import annotations

from matplotlib.figure import Figure

from gdcourse import _validate
from gdcourse.analysis import describe
from gdcourse.display import Picture, picture
from gdcourse.figures.derivatives import draw_rods, draw_slope
from gdcourse.figures.parabola import draw_parabola, draw_path
from gdcourse.learning import gradient_descent

STAGES = ("a big step up", "overshot: back the other way", "overshot again: back a little", "nearly there")


def error_curve_picture(input: float = 0.5, goal: float = 0.8, weight: float = 0.5) -> Picture:
    """Error against weight for a fixed input and goal: a parabola whose lowest point is the goal weight."""
    input, goal, weight = (
        _validate.number(n, v) for n, v in (("input", input), ("goal", goal), ("weight", weight))
    )
    _validate.reachable(input, goal)
    figure = Figure(figsize=(6.0, 3.6))
    ax = figure.add_subplot()
    draw_parabola(ax, input, goal, weight, (weight - 1, weight + 1.5))
    ax.legend(fontsize=8, loc="upper center")
    figure.tight_layout()
    error = (input * weight - goal) ** 2
    caption = (
        f"error = (({input:g} * weight) - {goal:g}) ** 2 against weight: a parabola whose lowest point, "
        f"error 0, is at the goal weight {goal / input:.3g}; weight {weight:g} has error {error:.4g}."
    )
    return picture(figure, caption)


def steps_picture(weight: float = 0.0, input: float = 1.1, goal: float = 0.8, steps: int = 4) -> Picture:
    """The first steps of gradient descent, one panel per step, numbered on the parabola."""
    steps = _validate.count("steps", steps)
    if steps < 1:
        raise ValueError(f"steps must be 1 or more (one panel per step), got {steps!r}")
    run = gradient_descent(weight, input, goal, iterations=steps)
    _validate.reachable(input, goal)
    if input == 0:
        raise ValueError("input must not be 0 here: with input 0 there is no goal weight to zoom in on")
    figure = Figure(figsize=(3.0 * steps, 3.2))
    axes = figure.subplots(1, steps, squeeze=False)[0]
    goal_weight = goal / input
    for k, ax in enumerate(axes, start=1):
        start, end = float(run.weights[k - 1]), float(run.weights[k] if k < steps else run.final_weight)
        span = max(abs(start - goal_weight), abs(end - goal_weight), 1e-12)  # zoom in on this step
        draw_parabola(ax, input, goal, start, (goal_weight - span, goal_weight + span))
        draw_path(ax, run, shown=k, first=k - 1)
        ax.set_title(f"{k}: {STAGES[k - 1]}" if k <= len(STAGES) else f"step {k}", fontsize=9)
    figure.tight_layout()
    caption = (
        f"Gradient descent from weight {weight:g} with input {input:g} and goal_pred {goal:g}, one panel per "
        "step; each panel zooms in on its step, from the square to the next circle. "
        f"{describe(run).capitalize()}."
    )
    return picture(figure, caption)


def derivative_pictures(weight: float = 0.5, input: float = 0.5, goal: float = 0.8) -> Picture:
    """Two views of a derivative: linked rods in a box, and the slope of the error curve."""
    figure = Figure(figsize=(10.0, 3.3))
    rods, slope = figure.subplots(1, 2, gridspec_kw={"width_ratios": [1, 1.1]})
    draw_rods(rods)
    rods.set_title("tug blue 1 inch: red moves 2 (derivative 2)", fontsize=9)
    draw_slope(slope, weight, input, goal)
    slope.set_title("the slope of the error curve at a weight", fontsize=9)
    figure.tight_layout()
    weight_delta = (input * weight - goal) * input
    caption = (
        "Left: the red rod always moves twice as far as the blue one, so its derivative with respect to "
        f"blue is 2. Right: at weight {weight:g} (input {input:g}, goal_pred {goal:g}) the error curve's "
        f"slope is {2 * weight_delta:.3g}, twice weight_delta = {weight_delta:.3g}; negative, so the "
        "error falls as the weight grows."
    )
    return picture(figure, caption)
