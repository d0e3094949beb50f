"""Chapter 3's still pictures of a derivative: linked rods in a box, and the slope of the error curve.

Used by notebook 03_gradient_descent.
"""

from __future__ import annotations

from matplotlib.figure import Figure

from gdcourse.figures.derivatives import draw_rods, draw_slope
from gdcourse.pictures.still import Picture, picture
from gdcourse.settings import DirectionSettings


def derivative_pictures(weight: float = 0.5, input: float = 0.5, goal_pred: float = 0.8) -> Picture:
    """Two views of a derivative: linked rods in a box, and the slope of the error curve.

    Both views are in one picture, side by side.

    Parameters
    ----------
    weight : float, default 0.5
        The weight at which the error curve's slope is drawn, from -1 to 3.
    input : float, default 0.5
        The input, from -2 to 2.
    goal_pred : float, default 0.8
        The prediction the network should make, from -1 to 2.

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
    numbers = DirectionSettings.check({"weight": weight, "input": input, "goal_pred": goal_pred})
    weight, input, goal_pred = numbers["weight"], numbers["input"], numbers["goal_pred"]
    figure = Figure(figsize=(11.0, 3.8))
    rods, slope = figure.subplots(1, 2, gridspec_kw={"width_ratios": [1, 1.1]})
    draw_rods(rods)
    rods.set_title("pull one rod 1 inch: the other moves 2 (derivative 2)", fontsize=11)
    draw_slope(slope, weight, input, goal_pred)
    slope.set_title("the slope of the error curve at a weight", fontsize=11)
    figure.tight_layout()
    weight_delta = (input * weight - goal_pred) * input
    slope_words = (
        "negative, so the error falls as the weight grows"
        if weight_delta < 0
        else "positive, so the error falls as the weight shrinks"
        if weight_delta > 0
        else "zero: the bottom of the curve (or, with input 0, a flat line), so the weight stays"
    )
    caption = (
        "Left: the other rod always moves twice as far as the one you pull, so its derivative with respect "
        f"to the pulled rod is 2. Right: at weight {weight:g} (input {input:g}, goal_pred {goal_pred:g}) "
        f"the error curve's slope is {2 * weight_delta:.3g}, twice weight_delta = {weight_delta:.3g}; "
        f"{slope_words}."
    )
    alt = (
        "Left: two rods in a box, the rod you pull (solid) and the other rod (dashed), each with a mark "
        "where its end was. Right: the error curve against weight, the goal weight dotted, and the "
        "curve's tangent (dashed) at the weight marked by a square."
    )
    return picture(figure, caption, alt)
