"""Chapter 2's still picture and its words: where hot-and-cold learning went, and what it cost.

Used by notebooks 02_hot_and_cold and playground (and, live, by `gd.explorers.HotAndColdExplorer`).
"""

from __future__ import annotations

from matplotlib.figure import Figure

from gdcourse.figures.hot_and_cold import HotAndColdView, draw_hot_and_cold
from gdcourse.learning import HotAndColdTrajectory
from gdcourse.pictures.compare import number
from gdcourse.pictures.still import Picture, picture
from gdcourse.settings import HotAndColdSettings

#: How near the goal weight counts as on it (floating-point sums of many steps drift a little).
ON_GOAL = 1e-9


def outcome(trajectory: HotAndColdTrajectory) -> str:
    """Where the run ended up, in words: on the goal weight, bouncing around it, or still on its way."""
    t = trajectory
    goal_weight = t.goal_pred / t.input
    weights = [float(w) for w in t.weights[-2:]]
    on_goal = [abs(w - goal_weight) <= ON_GOAL * max(1.0, abs(goal_weight)) for w in weights]
    moves = t.weight_deltas[:-1]  # the moves between the printed lines
    bounces = len(moves) >= 2 and moves[-1] * moves[-2] < 0
    low, high = min(weights), max(weights)
    goal_text, between = number(goal_weight), f"{number(low)} and {number(high)}"
    if bounces and any(on_goal):
        return f"the weight reaches {goal_text}, the goal weight, then hops between {between}"
    if bounces:
        return f"the weight bounces between {between}, around the goal weight {goal_text}"
    if on_goal[-1]:
        return f"the weight reaches {goal_text}, the goal weight"
    to_go = abs(goal_weight - weights[-1]) / t.step_amount
    if to_go < 0.5:
        return f"the weight is as close to the goal weight {goal_text} as step_amount allows"
    steps = "1 step" if round(to_go) == 1 else f"{round(to_go)} steps"
    return f"the weight is still on its way to the goal weight {goal_text}, about {steps} to go"


def summary(settings: HotAndColdSettings) -> str:
    """The one-line summary: the outcome, the predictions spent, and the last error printed."""
    t = settings.trajectory
    said = outcome(t)
    plural = "iteration" if t.updates == 1 else "iterations"
    return (
        f"{said[:1].upper()}{said[1:]}: {t.updates} {plural}, {t.predictions_made} predictions; "
        f"last error {number(float(t.errors[-1]))} at prediction {number(float(t.predictions[-1]))}"
    )


def picture_of(settings: HotAndColdSettings) -> Picture:
    """The hot-and-cold view for these settings as a still image, with alt text and a caption."""
    s = settings
    figure = Figure(figsize=HotAndColdView.SIZE)
    draw_hot_and_cold(figure, s)
    caption = (
        f"Hot and cold from weight {number(s.weight)} with input {number(s.input)}, goal_pred "
        f"{number(s.goal_pred)} and step_amount {number(s.step_amount)}. {summary(s)}."
    )
    alt = (
        "Left: the error parabola against weight, with every weight the loop visited joined in order, "
        "the last one circled, and the two weights its last iteration tried (triangles up and down). "
        "Right: the error at each iteration on a log scale. " + caption
    )
    return picture(figure, caption, alt)


def hot_and_cold_picture(
    weight: float = 0.5,
    step_amount: float = 0.001,
    iterations: int = 1101,
    input: float = 0.5,
    goal_pred: float = 0.8,
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
