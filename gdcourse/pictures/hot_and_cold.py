"""Chapter 2's still picture and its words: where hot-and-cold learning went, and what it cost.

Used by notebooks 02_hot_and_cold and playground (and, live, by `gd.explorers.HotAndColdExplorer`).
"""

from __future__ import annotations

from matplotlib.figure import Figure

from gdcourse.figures.hot_and_cold import HotAndColdView, draw_hot_and_cold
from gdcourse.pictures.still import Picture, picture
from gdcourse.settings import HotAndColdSettings
from gdcourse.summaries import hot_and_cold_summary, number

#: What the still shows, for a screen reader (its caption, heard next, gives the numbers).
ALT = (
    "Left: the error parabola against weight, with every weight the loop visited joined in order, "
    "the last one circled, and the two weights its last iteration tried (triangles up and down). "
    "Right: the error at each iteration on a log scale."
)


def picture_of(settings: HotAndColdSettings) -> Picture:
    """The hot-and-cold view for these settings as a still image, with alt text and a caption."""
    s = settings
    figure = Figure(figsize=HotAndColdView.SIZE)
    draw_hot_and_cold(figure, s)
    caption = f"{setting_words(s)} {hot_and_cold_summary(s)}."
    return picture(figure, caption, ALT)


def setting_words(settings: HotAndColdSettings) -> str:
    """The setting, as the still's caption begins; the explorer's accessible name in the browser is ALT
    then this (its twin is `settingWords` in web/src/hot_and_cold.js)."""
    s = settings
    return (
        f"Hot and cold from weight {number(s.weight)} with input {number(s.input)}, goal_pred "
        f"{number(s.goal_pred)} and step_amount {number(s.step_amount)}."
    )


def hot_and_cold_picture(
    weight: float = HotAndColdSettings.weight,
    step_amount: float = HotAndColdSettings.step_amount,
    iterations: int = HotAndColdSettings.iterations,
    input: float = HotAndColdSettings.input,
    goal_pred: float = HotAndColdSettings.goal_pred,
) -> Picture:
    """The hot-and-cold explorer's view as a still picture: what a page shows where sliders cannot run.

    Parameters
    ----------
    weight : float, default 0.5
        The weight to start from, from -1 to 2.
    step_amount : float, default 0.001
        How far each iteration tries the weight up and down, from 0.0001 to 10.
    iterations : int, default 1101
        How many iterations to run, a whole number from 1 to 2000. The default is the book's.
    input : float, default 0.5
        The input, from -2 to 2 but not 0 (with input 0 the weight could learn nothing).
    goal_pred : float, default 0.8
        The prediction the network should learn to make, from -1 to 2.

    Returns
    -------
    Picture
        The still picture: a PNG image with alt text and a caption. A notebook cell ending with it
        shows the image with the caption below.

    Raises
    ------
    ValueError
        If a value is not a number, is outside its range, or `input` is 0.
    """
    settings = HotAndColdSettings.checked(
        weight=weight, step_amount=step_amount, iterations=iterations, input=input, goal_pred=goal_pred
    )
    return picture_of(settings)
