"""Chapter 3's still picture of one step and its words: what `* input` does to a miss.

Used by notebooks 03_gradient_descent and playground (and, live, by `gd.explorers.DirectionExplorer`).
"""

from __future__ import annotations

from matplotlib.figure import Figure

from gdcourse.figures.derivatives import DirectionView, draw_direction
from gdcourse.pictures.still import Picture, picture
from gdcourse.settings import DirectionSettings


def summary(settings: DirectionSettings) -> str:
    """Say what `(pred - goal_pred) * input` does to the weight for these numbers."""
    s = settings
    pred = s.input * s.weight
    miss = pred - s.goal_pred
    direction_and_amount = miss * s.input
    start = f"pred {pred:.3g} misses goal_pred {s.goal_pred:.3g} by {miss:+.3g}; × input {s.input:.3g} gives "
    if s.input == 0:
        return start + "0: stopping, the weight cannot change what it never touched"
    if miss == 0:
        return start + "0: no miss, no step"
    way = "up" if direction_and_amount < 0 else "down"
    how = "negative reversal: the sign flipped" if s.input < 0 else "scaling"
    if 0 < abs(s.input) < 1:
        how += ", shrunk"
    elif abs(s.input) > 1:
        how += ", grown"
    return (
        start
        + f"{direction_and_amount:+.3g} ({how}): the weight moves {way} by {abs(direction_and_amount):.3g}"
    )


def picture_of(settings: DirectionSettings) -> Picture:
    """One step for these settings as a still picture with its caption."""
    s = settings
    figure = Figure(figsize=DirectionView.SIZE)
    draw_direction(figure, s)
    caption = f"One step from weight {s.weight:g} with input {s.input:g}: {summary(s)}."
    alt = "A weight number line with an arrow from the weight to the new weight. " + caption
    return picture(figure, caption, alt)


def direction_picture(weight: float = 0.5, input: float = 0.5, goal_pred: float = 0.8) -> Picture:
    """The direction-and-amount view as a still picture with its caption.

    It shows one step of gradient descent: how `(pred - goal_pred) * input` scales, reverses or
    stops the weight's move.

    Parameters
    ----------
    weight : float, default 0.5
        The weight before the step, from -1 to 3.
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
        If a value is not a number or is outside its range (the range of its slider in
        `gd.explorers.DirectionExplorer`).
    """
    return picture_of(DirectionSettings.checked(weight=weight, input=input, goal_pred=goal_pred))
