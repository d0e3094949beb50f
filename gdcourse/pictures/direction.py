"""Chapter 3's still picture of one step and its words: what `* input` does to a miss.

Used by notebooks 03_gradient_descent and playground (and, live, by `gd.explorers.DirectionExplorer`).
"""

from __future__ import annotations

from matplotlib.figure import Figure

from gdcourse.figures.derivatives import DirectionView, draw_direction
from gdcourse.pictures.still import Picture, picture
from gdcourse.settings import DirectionSettings
from gdcourse.summaries import direction_summary


def picture_of(settings: DirectionSettings) -> Picture:
    """One step for these settings as a still picture with its caption."""
    s = settings
    figure = Figure(figsize=DirectionView.SIZE)
    draw_direction(figure, s)
    caption = f"One step from weight {s.weight:g} with input {s.input:g}: {direction_summary(s)}."
    alt = "A weight number line with an arrow from the weight to the new weight."
    return picture(figure, caption, alt)


def direction_picture(
    weight: float = DirectionSettings.weight,
    input: float = DirectionSettings.input,
    goal_pred: float = DirectionSettings.goal_pred,
) -> Picture:
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
