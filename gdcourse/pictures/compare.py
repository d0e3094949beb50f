"""Chapter 1's still picture and its words: the prediction, how far it missed, three ways to score it.

Used by notebooks 01_compare and playground (and, live, by `gd.explorers.CompareExplorer`).
"""

from __future__ import annotations

from matplotlib.figure import Figure

from gdcourse.figures.compare import CompareView, draw_compare
from gdcourse.pictures.still import Picture, picture
from gdcourse.settings import CompareSettings
from gdcourse.summaries import number


def picture_of(settings: CompareSettings) -> Picture:
    """The compare view for these settings as a still image, with alt text and a caption."""
    s = settings
    figure = Figure(figsize=CompareView.SIZE)
    draw_compare(figure, s)
    caption = (
        f"Weight {number(s.weight)}, input {number(s.input)}, goal_pred {number(s.goal_pred)}: "
        f"the prediction {number(s.pred)} misses by {number(s.pure_error)}, a squared error of "
        f"{number(s.error)}."
    )
    alt = (
        "Top: a number line with the prediction, goal_pred and an arrow for the miss. Bottom left: the "
        "squared error against weight, a U-shaped parabola whose lowest point is the goal weight, with "
        "the current weight marked by a square. Bottom right: pure, absolute and squared error as "
        "functions of the miss, with the current miss marked on each."
    )
    return picture(figure, caption, alt)


def compare_picture(
    weight: float = CompareSettings.weight,
    input: float = CompareSettings.input,
    goal_pred: float = CompareSettings.goal_pred,
) -> Picture:
    """The compare explorer's view as a still picture: what a page shows where sliders cannot run.

    Parameters
    ----------
    weight : float, default 0.5
        The network's weight, from -1 to 2.
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
        `gd.explorers.CompareExplorer`).
    """
    return picture_of(CompareSettings.checked(weight=weight, input=input, goal_pred=goal_pred))
