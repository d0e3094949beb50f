"""The direction-and-amount explorer: watch `* input` scale, reverse or stop a weight's step.

Drawn in the browser (`web/src/views/direction.js`, its numbers from `web/src/direction.js`); the
kernel's DirectionView keeps the same numbers, the oracle its tests hold the browser to. Used by notebooks
03_gradient_descent and playground.
"""

from __future__ import annotations

import ipywidgets as widgets

from gdcourse import summaries
from gdcourse.explorers.base import Explorer
from gdcourse.figures.derivatives import DirectionView, draw_direction
from gdcourse.pictures import direction
from gdcourse.settings import DirectionSettings


class DirectionExplorer(Explorer):
    """Weight, input and goal_pred sliders over one step: the arrow is `-(pred - goal_pred) * input`.

    Parameters
    ----------
    weight : float, default 0.5
        Where the weight slider starts, from -1 to 3.
    input : float, default 0.5
        Where the input slider starts, from -2 to 2.
    goal_pred : float, default 0.8
        Where the goal_pred slider starts, from -1 to 2.

    Raises
    ------
    ValueError
        If a value is not a number or is outside its slider's range.
    """

    Settings = DirectionSettings
    draw = staticmethod(draw_direction)
    summary_of = staticmethod(summaries.direction_summary)
    still = staticmethod(direction.picture_of)
    size = DirectionView.SIZE
    web = "direction"

    def __init__(
        self,
        weight: float = DirectionSettings.weight,
        input: float = DirectionSettings.input,
        goal_pred: float = DirectionSettings.goal_pred,
    ) -> None:
        super().__init__(weight=weight, input=input, goal_pred=goal_pred)

    def layout(self) -> list[widgets.Widget]:
        """The sliders side by side (the figure is short and wide), then the picture with its summary.

        Returns
        -------
        list of ipywidgets.Widget
            The widgets the explorer shows, from top to bottom.
        """
        return [widgets.HBox(list(self.panel.sliders.values())), *self.picture_widgets()]
