"""Chapter 1's explorer: sliders for weight, input and goal_pred, and how far the prediction missed.

A slider change flows one way: new settings -> prediction, pure and squared error -> artists moved
in place -> only the moving artists redrawn (input and goal reframe the axes: a full draw).
Tests and notebooks drive the same path with `explorer.set(weight=1.2)`.
"""

from __future__ import annotations

import dataclasses
import html
from dataclasses import dataclass

import ipywidgets as widgets
import numpy as np
from matplotlib.figure import Figure

from gdcourse.display import Picture, picture
from gdcourse.explorers.base import Explorer, limits
from gdcourse.explorers.live import LiveFigure
from gdcourse.explorers.sliders import Hold, Range, checked, slider
from gdcourse.figures.compare import CompareView, draw_compare

FIGURE_SIZE = (8.0, 5.0)
RANGES: dict[str, Range] = {
    "weight": (-1.0, 2.0, 0.01),
    "input": (-2.0, 2.0, 0.05),
    "goal": (-1.0, 2.0, 0.01),
}
WEIGHT_RANGE = (RANGES["weight"][0], RANGES["weight"][1])
#: Slider readouts: up to 4 significant digits without trailing zeros (d3-format's "" type), so a
#: small value never reads 0.00 and 0.001 reads 0.001.
READOUT = ".4"


def number(x: float) -> str:
    """A number for the summary: up to 4 significant digits, tiny ones in e-notation, never '-0'."""
    text = f"{x:.4g}"
    return "0" if text == "-0" else text


def _term(x: float) -> str:
    """A number inside a sum: negative ones in brackets, so '0.25 - (-0.5)' reads right."""
    text = number(x)
    return f"({text})" if text.startswith("-") else text


@dataclass(frozen=True)
class CompareSettings:
    """Everything chapter 1's picture depends on: one small immutable record."""

    weight: float = 0.5
    input: float = 0.5
    goal: float = 0.8

    @classmethod
    def checked(cls, **values: float) -> CompareSettings:
        """Settings from slider values, each checked against its slider's range."""
        return cls(**{name: checked(name, v, RANGES) for name, v in values.items()})

    @property
    def pred(self) -> float:
        """The prediction: input * weight."""
        return self.input * self.weight

    @property
    def pure_error(self) -> float:
        """How far the prediction missed, with its sign: pred - goal_pred."""
        return self.pred - self.goal

    @property
    def error(self) -> float:
        """The squared error: (pred - goal_pred) ** 2."""
        return self.pure_error**2


def summary_sentence(settings: CompareSettings) -> str:
    """The live one-line summary: the prediction, the pure error and the squared error, worked out."""
    s = settings
    return (
        f"prediction = {_term(s.input)} * {_term(s.weight)} = {number(s.pred)}; "
        f"pure error = {_term(s.pred)} - {_term(s.goal)} = {number(s.pure_error)}; "
        f"squared error = {number(s.error)}"
    )


def still_picture(settings: CompareSettings) -> Picture:
    """The explorer's view for these settings as a still image, with alt text and a caption."""
    s = settings
    figure = Figure(figsize=FIGURE_SIZE)
    draw_compare(figure, s.input, s.goal, s.weight, WEIGHT_RANGE)
    caption = (
        f"Weight {number(s.weight)}, input {number(s.input)}, goal_pred {number(s.goal)}: "
        f"the prediction {number(s.pred)} misses by {number(s.pure_error)}, a squared error of "
        f"{number(s.error)}."
    )
    alt = (
        "Top: a number line with the prediction, goal_pred and an arrow for the miss. Bottom left: the "
        "squared error against weight, a U-shaped parabola whose lowest point is the goal weight, with "
        "the current weight marked by a square. Bottom right: pure, absolute and squared error as "
        "functions of the miss, with the current miss marked on each. " + caption
    )
    return picture(figure, caption, alt)


def compare_picture(weight: float = 0.5, input: float = 0.5, goal: float = 0.8) -> Picture:
    """The compare explorer's view as a still picture: what the page shows where sliders cannot run."""
    return still_picture(CompareSettings.checked(weight=weight, input=input, goal=goal))


class CompareExplorer(Explorer):
    """Weight, input and goal_pred sliders: the prediction, its miss, and three ways to score it."""

    def __init__(self, weight: float = 0.5, input: float = 0.5, goal: float = 0.8) -> None:
        self._settings = CompareSettings.checked(weight=weight, input=input, goal=goal)
        self._hold = Hold()
        self.live = LiveFigure(FIGURE_SIZE)
        s = self._settings
        self._view: CompareView = draw_compare(self.live.figure, s.input, s.goal, s.weight, WEIGHT_RANGE)
        self.live.set_moving(self._view.moving_artists)
        self._build_widgets()
        self._apply(full=True)

    # -- the plain Python API -------------------------------------------------------------------

    @property
    def summary(self) -> str:
        return summary_sentence(self._settings)

    def set(self, **values: float) -> CompareExplorer:
        """Change settings as if the sliders were moved, all at once; a bad value changes nothing."""
        numbers = {name: checked(name, value, RANGES) for name, value in values.items()}
        self._move_sliders(numbers)
        self._apply()
        return self

    def drawn(self) -> dict[str, np.ndarray]:
        """The data the figure holds right now, by name: what a learner sees, as numbers."""
        v = self._view
        k = v.kinds
        data = {
            "prediction": v.miss_line.pred.get_xydata(),
            "goal_pred": v.miss_line.goal.get_xydata(),
            "miss_arrow": np.array(v.miss_line.ends, dtype=float),
            "curve": v.parabola.curve.get_xydata(),
            "weight": v.parabola.weight_marker.get_xydata(),
            "error_label": np.array([v.error_label.xy], dtype=float),
            "pure": k.pure.get_xydata(),
            "absolute": k.absolute.get_xydata(),
            "squared": k.squared.get_xydata(),
            "pure_now": k.pure_now.get_xydata(),
            "absolute_now": k.absolute_now.get_xydata(),
            "squared_now": k.squared_now.get_xydata(),
        }
        for label, ax in (("miss_line", v.miss_line.ax), ("parabola", v.parabola.ax), ("kinds", k.ax)):
            data[f"{label}_limits"] = limits(ax)
        return data

    def labels(self) -> dict[str, str]:
        """The texts written on the figure, by name."""
        v = self._view
        return {
            "prediction": v.miss_line.pred_label.get_text(),
            "goal_pred": v.miss_line.goal_label.get_text(),
            "error": v.error_label.get_text(),
        }

    def picture(self) -> Picture:
        """A still image of the current view with its caption, for pages read without a kernel."""
        return still_picture(self._settings)

    # -- wiring ---------------------------------------------------------------------------------

    def _build_widgets(self) -> None:
        s = self._settings
        labels = {"weight": "weight", "input": "input", "goal": "goal_pred"}
        self._sliders = {
            name: slider(name, getattr(s, name), RANGES[name], label) for name, label in labels.items()
        }
        for made in self._sliders.values():
            made.readout_format = READOUT
            made.observe(self._on_slider, names="value")
        self._summary = widgets.HTML()
        self._summary.add_class("gd-summary")
        sliders = widgets.VBox(list(self._sliders.values()))
        self._box = widgets.VBox([sliders, self._summary, self.live.canvas])
        self._box.add_class("gd-explorer")
        self._box.add_class("gd-explorer-compare")

    def _apply(self, full: bool = False) -> None:
        """Read the sliders, move the artists; redraw only the panels whose axes moved."""
        values = self._cleaned_slider_values()
        self._settings = s = dataclasses.replace(self._settings, **values)
        moved = self._view.update(s.input, s.goal, s.weight)
        head, _, tail = self.summary.rpartition("; ")
        self._summary.value = f"{html.escape(head)}; <b>{html.escape(tail)}</b>"
        self.live.render(full, axes=moved)
