"""Chapter 2's explorer: step_amount and iterations for hot-and-cold learning, and what they cost.

A slider change flows one way: new settings -> `hot_and_cold` (a pure-Python loop, at most 2000
iterations, about 1 ms) -> outcome in words -> artists moved in place -> a redraw of only the moving
artists, or of everything when the axes had to change.
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
from gdcourse.explorers.compare import READOUT, number
from gdcourse.explorers.live import LiveFigure
from gdcourse.explorers.sliders import Hold, Range, checked, slider
from gdcourse.figures.hot_and_cold import HotAndColdView, draw_hot_and_cold
from gdcourse.learning import HotAndColdTrajectory, hot_and_cold

FIGURE_SIZE = (8.0, 3.8)
RANGES: dict[str, Range] = {
    "weight": (-1.0, 2.0, 0.01),
    "step_amount": (0.0001, 10.0, 0.1),  # a log slider: its step is a tenth of a power of 10
    "iterations": (1, 2000, 1),
}
#: Input and goal_pred have no sliders here (chapter 1 explored them) but may be chosen at the start.
FIXED: dict[str, Range] = {"input": (-2.0, 2.0, 0.0), "goal": (-1.0, 2.0, 0.0)}
WEIGHT_RANGE = (RANGES["weight"][0], RANGES["weight"][1])
#: How near the goal weight counts as on it (floating-point sums of many steps drift a little).
ON_GOAL = 1e-9


@dataclass(frozen=True)
class HotAndColdSettings:
    """Everything chapter 2's picture depends on: one small immutable record."""

    weight: float = 0.5
    step_amount: float = 0.001
    iterations: int = 1101
    input: float = 0.5
    goal: float = 0.8

    @classmethod
    def checked(cls, **values: float) -> HotAndColdSettings:
        """Settings checked against the sliders' ranges; input must not be 0 (nothing could be learned)."""
        fixed = {name: checked(name, values.pop(name), FIXED) for name in list(values) if name in FIXED}
        if fixed.get("input") == 0:
            raise ValueError(
                "input must not be 0: every prediction would be 0 and the weight could not learn"
            )
        return cls(
            **fixed, **{name: checked(name, v, RANGES, whole=("iterations",)) for name, v in values.items()}
        )

    def run(self) -> HotAndColdTrajectory:
        """The hot-and-cold run these settings describe."""
        return hot_and_cold(self.weight, self.input, self.goal, self.step_amount, self.iterations)


def outcome(trajectory: HotAndColdTrajectory) -> str:
    """Where the run ended up, in words: on the goal weight, bouncing around it, or still on its way."""
    t = trajectory
    goal_weight = t.goal / t.input
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


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def summary_sentence(trajectory: HotAndColdTrajectory) -> str:
    """The live one-line summary: the outcome, the predictions spent, and the last error printed."""
    t = trajectory
    plural = "iteration" if t.steps == 1 else "iterations"
    return (
        f"{_capital(outcome(t))}: {t.steps} {plural}, {t.predictions_made} predictions; "
        f"last error {number(float(t.errors[-1]))} at prediction {number(float(t.predictions[-1]))}"
    )


def still_picture(settings: HotAndColdSettings) -> Picture:
    """The explorer's view for these settings as a still image, with alt text and a caption."""
    s = settings
    figure = Figure(figsize=FIGURE_SIZE)
    run = s.run()
    draw_hot_and_cold(figure, run, WEIGHT_RANGE)
    caption = (
        f"Hot and cold from weight {number(s.weight)} with input {number(s.input)}, goal_pred "
        f"{number(s.goal)} and step_amount {number(s.step_amount)}. {summary_sentence(run)}."
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
    goal: float = 0.8,
) -> Picture:
    """The hot-and-cold explorer's view as a still picture: what the page shows where sliders cannot run."""
    settings = HotAndColdSettings.checked(
        weight=weight, step_amount=step_amount, iterations=iterations, input=input, goal=goal
    )
    return still_picture(settings)


class HotAndColdExplorer(Explorer):
    """Sliders for the start weight, step_amount (log scale) and iterations of hot-and-cold learning."""

    def __init__(
        self,
        weight: float = 0.5,
        step_amount: float = 0.001,
        iterations: int = 1101,
        input: float = 0.5,
        goal: float = 0.8,
    ) -> None:
        self._settings = HotAndColdSettings.checked(
            weight=weight, step_amount=step_amount, iterations=iterations, input=input, goal=goal
        )
        self._trajectory = self._settings.run()
        self._hold = Hold()
        self.live = LiveFigure(FIGURE_SIZE)
        self._view: HotAndColdView = draw_hot_and_cold(self.live.figure, self._trajectory, WEIGHT_RANGE)
        self.live.set_moving(self._view.moving_artists)
        self._frame: tuple | None = None
        self._build_widgets()
        self._apply()

    # -- the plain Python API -------------------------------------------------------------------

    @property
    def trajectory(self) -> HotAndColdTrajectory:
        return self._trajectory

    @property
    def summary(self) -> str:
        return summary_sentence(self._trajectory)

    def set(self, **values: float) -> HotAndColdExplorer:
        """Change settings as if the sliders were moved, all at once; a bad value changes nothing."""
        numbers = {
            name: checked(name, value, RANGES, whole=("iterations",)) for name, value in values.items()
        }
        self._move_sliders(numbers)
        self._apply()
        return self

    def drawn(self) -> dict[str, np.ndarray]:
        """The data the figure holds right now, by name: what a learner sees, as numbers."""
        v = self._view
        data = {
            "curve": v.parabola.curve.get_xydata(),
            "start": v.parabola.weight_marker.get_xydata(),
            "path": v.path.path.get_xydata(),
            "last": v.path.last.get_xydata(),
            "up_try": v.path.up_try.get_xydata(),
            "down_try": v.path.down_try.get_xydata(),
            "errors": v.errors.line.get_xydata(),
            "last_error": v.errors.last.get_xydata(),
            "below_floor": v.errors.zeros.get_xydata(),
        }
        for label, ax in (("parabola", v.parabola.ax), ("errors", v.errors.ax)):
            data[f"{label}_limits"] = limits(ax)
        return data

    def picture(self) -> Picture:
        """A still image of the current view with its caption, for pages read without a kernel."""
        return still_picture(self._settings)

    # -- wiring ---------------------------------------------------------------------------------

    def _build_widgets(self) -> None:
        s = self._settings
        kinds = {"weight": "float", "step_amount": "log", "iterations": "int"}
        self._sliders = {
            name: slider(name, getattr(s, name), RANGES[name], name, kind) for name, kind in kinds.items()
        }
        for name, made in self._sliders.items():
            made.style.description_width = "7em"
            if name != "iterations":
                made.readout_format = READOUT
            made.observe(self._on_slider, names="value")
        self._summary = widgets.HTML()
        self._summary.add_class("gd-summary")
        sliders = widgets.VBox(list(self._sliders.values()))
        self._box = widgets.VBox([sliders, self._summary, self.live.canvas])
        self._box.add_class("gd-explorer")
        self._box.add_class("gd-explorer-hot-and-cold")

    def _apply(self) -> None:
        """Read the sliders, run, describe, move the artists; redraw everything only if the axes moved."""
        values = self._cleaned_slider_values()
        self._settings = s = dataclasses.replace(self._settings, **values)
        self._trajectory = run = s.run()
        frame = self._view.frame(run, s.iterations)
        full, self._frame = frame != self._frame, frame
        self._view.update(run, s.iterations)
        words, _, numbers = self.summary.partition(": ")
        self._summary.value = f"<b>{html.escape(words)}</b>: {html.escape(numbers)}"
        self.live.render(full)
