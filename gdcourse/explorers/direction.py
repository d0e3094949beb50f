"""The direction-and-amount explorer: watch `* input` scale, reverse or stop a weight's step."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

import ipywidgets as widgets
import numpy as np
from matplotlib.figure import Figure

from gdcourse.display import Picture, picture
from gdcourse.explorers.base import Explorer, limits
from gdcourse.explorers.live import LiveFigure
from gdcourse.explorers.sliders import Hold, Range, checked, slider
from gdcourse.figures.derivatives import draw_step

FIGURE_SIZE = (7.6, 2.4)
RANGES: dict[str, Range] = {
    "weight": (-1.0, 3.0, 0.01),
    "input": (-2.0, 2.0, 0.05),
    "goal": (-1.0, 2.0, 0.01),
}


@dataclass(frozen=True)
class StepSettings:
    """One prediction's numbers: the weight, the input and the goal prediction."""

    weight: float = 0.5
    input: float = 0.5
    goal: float = 0.8

    @classmethod
    def checked(cls, **values: float) -> StepSettings:
        return cls(**{name: checked(name, value, RANGES) for name, value in values.items()})


def step_sentence(s: StepSettings) -> str:
    """Say what `(pred - goal_pred) * input` does to the weight for these numbers."""
    pred = s.input * s.weight
    miss = pred - s.goal
    direction_and_amount = miss * s.input
    start = f"pred {pred:.3g} misses goal_pred {s.goal:.3g} by {miss:+.3g}; × input {s.input:.3g} gives "
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


def step_picture(weight: float = 0.5, input: float = 0.5, goal: float = 0.8) -> Picture:
    """The direction-and-amount view as a still picture with its caption."""
    s = StepSettings.checked(weight=weight, input=input, goal=goal)
    figure = Figure(figsize=FIGURE_SIZE)
    ax = figure.add_subplot()
    draw_step(ax, s.weight, s.input, s.goal, (RANGES["weight"][0] - 1, RANGES["weight"][1] + 1))
    figure.subplots_adjust(left=0.03, right=0.97, bottom=0.25, top=0.95)
    caption = f"One step from weight {s.weight:g} with input {s.input:g}: {step_sentence(s)}."
    return picture(
        figure, caption, "A weight number line with an arrow from the weight to the new weight. " + caption
    )


class DirectionExplorer(Explorer):
    """Weight, input and goal_pred sliders over one step: the arrow is `-(pred - goal_pred) * input`."""

    def __init__(self, weight: float = 0.5, input: float = 0.5, goal: float = 0.8) -> None:
        self._settings = StepSettings.checked(weight=weight, input=input, goal=goal)
        self._hold = Hold()
        self.live = LiveFigure(FIGURE_SIZE)
        ax = self.live.figure.add_subplot()
        limits = (RANGES["weight"][0] - 1, RANGES["weight"][1] + 1)
        self._plot = draw_step(ax, weight, input, goal, limits)
        self.live.figure.subplots_adjust(left=0.03, right=0.97, bottom=0.25, top=0.95)
        p = self._plot
        self.live.set_moving([p.weight_marker, p.new_marker, p.goal_line, p.arrow, p.label])
        labels = {"weight": "weight", "input": "input", "goal": "goal_pred"}
        self._sliders = {
            n: slider(n, getattr(self._settings, n), RANGES[n], lab) for n, lab in labels.items()
        }
        for made in self._sliders.values():
            made.observe(self._on_slider, names="value")
        self._summary = widgets.HTML()
        self._summary.add_class("gd-summary")
        self._box = widgets.VBox(
            [widgets.HBox(list(self._sliders.values())), self._summary, self.live.canvas]
        )
        self._box.add_class("gd-explorer")
        self._apply(full=True)

    @property
    def summary(self) -> str:
        return step_sentence(self._settings)

    def set(self, **values: float) -> DirectionExplorer:
        """Move sliders as a learner would, all at once; out-of-range values raise ValueError."""
        numbers = {name: checked(name, value, RANGES) for name, value in values.items()}
        self._move_sliders(numbers)
        self._apply()
        return self

    def drawn(self) -> dict[str, np.ndarray]:
        """The weight, the new weight and the goal line as drawn, with the axes limits."""
        p = self._plot
        return {
            "weight": p.weight_marker.get_xydata(),
            "new_weight": p.new_marker.get_xydata(),
            "goal": p.goal_line.get_xydata(),
            "limits": limits(p.ax),
        }

    def picture(self) -> Picture:
        s = self._settings
        return step_picture(s.weight, s.input, s.goal)

    def _apply(self, full: bool = False) -> None:
        values = self.slider_values()
        self._settings = s = dataclasses.replace(self._settings, **values)
        self._plot.update(s.weight, s.input, s.goal)
        self._summary.value = self.summary
        self.live.render(full)
