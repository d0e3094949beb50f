"""Chapter 2's explorer: hot-and-cold learning from a start weight, with a step size and an iteration
count you choose, and what it cost.

Drawn in the browser (`web/src/views/hot_and_cold.js`, its numbers from `web/src/hot_and_cold.js`): while
a slider moves, the browser runs the loop itself, in the kernel's order of operations, and draws both
panels with the summary. The kernel runs `hot_and_cold` too (a pure-Python loop of at most 2000
iterations, about 1 ms) and keeps its matplotlib view, never rendered, as the oracle of what is drawn
(`drawn()`). Used by notebooks 02_hot_and_cold and playground.
"""

from __future__ import annotations

from typing import ClassVar

import traitlets

from gdcourse import summaries
from gdcourse.explorers.base import Explorer
from gdcourse.figures.hot_and_cold import HotAndColdView, draw_hot_and_cold
from gdcourse.learning import HotAndColdTrajectory
from gdcourse.pictures import hot_and_cold
from gdcourse.settings import HotAndColdSettings


class HotAndColdExplorer(Explorer):
    """Sliders for the start weight, step_amount (log scale) and iterations of hot-and-cold learning.

    Input and goal_pred have no sliders here (chapter 1 explored them) but may be chosen at the start.

    Parameters
    ----------
    weight : float, default 0.5
        Where the start weight slider starts, from -1 to 2.
    step_amount : float, default 0.001
        Where the step_amount slider starts, from 0.0001 to 10.
    iterations : int, default 1101
        Where the iterations slider starts, a whole number from 1 to 2000. The default is the book's.
    input : float, default 0.5
        The input for the whole life of the explorer, from -2 to 2 but not 0.
    goal_pred : float, default 0.8
        The goal prediction for the whole life of the explorer, from -1 to 2.

    Raises
    ------
    ValueError
        If a value is not a number or is outside its range, or `input` is 0.
    """

    Settings = HotAndColdSettings
    draw = staticmethod(draw_hot_and_cold)
    summary_of = staticmethod(summaries.hot_and_cold_summary)
    still = staticmethod(hot_and_cold.picture_of)
    size = HotAndColdView.SIZE
    web = "hot_and_cold"
    #: Input and goal_pred have no sliders: the browser view is told them as traits of its own.
    web_traits: ClassVar = {"input": traitlets.Float, "goal_pred": traitlets.Float}

    def __init__(
        self,
        weight: float = HotAndColdSettings.weight,
        step_amount: float = HotAndColdSettings.step_amount,
        iterations: int = HotAndColdSettings.iterations,
        input: float = HotAndColdSettings.input,
        goal_pred: float = HotAndColdSettings.goal_pred,
    ) -> None:
        super().__init__(
            weight=weight, step_amount=step_amount, iterations=iterations, input=input, goal_pred=goal_pred
        )
        self.widget.add_class("gd-explorer-hot-and-cold")

    @property
    def trajectory(self) -> HotAndColdTrajectory:
        """The run the figure shows."""
        return self._settings.trajectory

    def browser_state(self, settings: HotAndColdSettings) -> dict[str, float]:
        """Input and goal_pred, chosen at the start: the browser needs them to run the loop itself.

        Parameters
        ----------
        settings : HotAndColdSettings
            The settings to show.

        Returns
        -------
        dict of str to float
            The input and goal_pred, by name.
        """
        return {"input": settings.input, "goal_pred": settings.goal_pred}

    def set(self, **values: float) -> HotAndColdExplorer:
        """Move sliders as a learner would, all at once; input and goal_pred are fixed at the start.

        Parameters
        ----------
        **values : float
            New values for `weight` (-1 to 2), `step_amount` (0.0001 to 10) or `iterations` (a whole
            number from 1 to 2000), such as `set(step_amount=0.1)`.

        Returns
        -------
        HotAndColdExplorer
            The explorer itself, so calls can be chained and a cell ending with one shows it.

        Raises
        ------
        ValueError
            If a name is `input` or `goal_pred` (make a new explorer for those) or not a setting at
            all, or a value is not a number or is outside its range. The explorer is then left as it
            was.
        """
        fixed = [name for name in values if name in self.Settings.FIXED]
        if fixed:
            raise ValueError(
                f"{fixed[0]} is fixed when the explorer is made: make a new explorer to change it"
            )
        return super().set(**values)
