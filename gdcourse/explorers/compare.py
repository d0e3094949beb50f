"""Chapter 1's explorer: sliders for weight, input and goal_pred, and how far the prediction missed.

Drawn in the browser (`web/src/views/compare.js`); the kernel keeps its matplotlib view, never rendered,
as the oracle of what is drawn (`drawn()`, `labels()`). Used by notebooks 01_compare and playground.
"""

from __future__ import annotations

from gdcourse import summaries
from gdcourse.explorers.base import Explorer
from gdcourse.figures.compare import CompareView, draw_compare
from gdcourse.pictures import compare
from gdcourse.settings import CompareSettings


class CompareExplorer(Explorer):
    """Weight, input and goal_pred sliders: the prediction, its miss, and three ways to score it.

    Parameters
    ----------
    weight : float, default 0.5
        Where the weight slider starts, from -1 to 2.
    input : float, default 0.5
        Where the input slider starts, from -2 to 2.
    goal_pred : float, default 0.8
        Where the goal_pred slider starts, from -1 to 2.

    Raises
    ------
    ValueError
        If a value is not a number or is outside its slider's range.
    """

    Settings = CompareSettings
    draw = staticmethod(draw_compare)
    summary_of = staticmethod(summaries.compare_summary)
    still = staticmethod(compare.picture_of)
    size = CompareView.SIZE
    web = "compare"

    def __init__(
        self,
        weight: float = CompareSettings.weight,
        input: float = CompareSettings.input,
        goal_pred: float = CompareSettings.goal_pred,
    ) -> None:
        super().__init__(weight=weight, input=input, goal_pred=goal_pred)
        self.widget.add_class("gd-explorer-compare")

    def labels(self) -> dict[str, str]:
        """The texts written on the figure, by name.

        Returns
        -------
        dict of str to str
            Each label's text, such as 'goal_pred 0.8', by the name of what it labels.
        """
        return self.view.labels()
