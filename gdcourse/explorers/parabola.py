"""The parabola explorer: weight, input, goal, alpha and steps over the error parabola.

A slider change flows one way: new Settings -> gradient descent -> describe -> artists moved
in place -> only the moving artists redrawn. Tests and notebooks drive the same path with
`explorer.set(alpha=1.2)` and read back `trajectory`, `summary` and `drawn()`.
"""

from __future__ import annotations

import contextlib
import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

import ipywidgets as widgets
import numpy as np
from matplotlib.figure import Figure

from gdcourse import _validate
from gdcourse.analysis import describe, largest_stable_alpha, one_step_alpha, regime
from gdcourse.display import Picture, picture
from gdcourse.explorers.base import Explorer, limits
from gdcourse.explorers.live import LiveFigure
from gdcourse.explorers.sliders import Hold, Range, checked, slider
from gdcourse.figures import draw_learning
from gdcourse.learning import Trajectory, _descend

FIGURE_SIZE = (8.0, 3.8)
RANGES: dict[str, Range] = {
    "weight": (-1.0, 2.0, 0.01),
    "input": (-3.0, 3.0, 0.05),
    "goal": (-1.0, 2.0, 0.01),
    "alpha": (0.001, 10.0, 0.01),
    "steps": (1, 50, 1),
}


@dataclass(frozen=True)
class Settings:
    """Everything the picture depends on: one small immutable record."""

    weight: float = 0.5
    input: float = 0.5
    goal: float = 0.8
    alpha: float = 1.0
    steps: int = 20
    shown: int | None = None  # how many steps are revealed; None means all

    @classmethod
    def checked(cls, **values: float) -> Settings:
        """Settings from slider values, each checked against its slider's range."""
        return cls(**{name: checked(name, v, RANGES, whole=("steps",)) for name, v in values.items()})

    def run(self) -> Trajectory:
        """The gradient-descent run these settings describe (with input 0 the weight never moves)."""
        return _descend(self.weight, self.input, self.goal, self.alpha, self.steps)


def summary_sentence(settings: Settings, trajectory: Trajectory) -> str:
    """The live one-line summary: the regime in words, r, and the error so far."""
    if settings.input == 0 and settings.goal != 0:
        return (
            f"stays where it is: input is 0, so every prediction is 0 and goal {settings.goal:g} "
            "is out of reach"
        )
    return describe(trajectory, settings.shown)


def still_picture(settings: Settings) -> Picture:
    """The explorer's view for these settings as a still image, with alt text and a caption."""
    s = settings
    figure = Figure(figsize=FIGURE_SIZE)
    run = s.run()
    draw_learning(figure, run, shown=s.shown)
    shown = s.steps if s.shown is None else s.shown
    caption = (
        f"Gradient descent from weight {s.weight:g} with input {s.input:g}, goal_pred {s.goal:g}, "
        f"alpha {s.alpha:.3g}, {shown} steps: {summary_sentence(s, run)}."
    )
    alt = (
        "Left: the error parabola against weight, with the numbered steps joined by arrows; "
        "right: the error after each step on a log scale. " + caption
    )
    return picture(figure, caption, alt)


def parabola_picture(
    weight: float = 0.5, input: float = 0.5, goal: float = 0.8, alpha: float = 1.0, steps: int = 20
) -> Picture:
    """The parabola explorer's view as a still picture: what the page shows where sliders cannot run."""
    return still_picture(Settings.checked(weight=weight, input=input, goal=goal, alpha=alpha, steps=steps))


class ParabolaExplorer(Explorer):
    """Weight, input, goal, alpha and steps sliders over the error parabola and the error per step."""

    def __init__(
        self, weight: float = 0.5, input: float = 0.5, goal: float = 0.8, alpha: float = 1.0, steps: int = 20
    ) -> None:
        self._settings = Settings.checked(weight=weight, input=input, goal=goal, alpha=alpha, steps=steps)
        self._trajectory = self._settings.run()
        self._hold = Hold()
        self.live = LiveFigure(FIGURE_SIZE)
        self._view = draw_learning(self.live.figure, self._trajectory)
        self.live.set_moving(self._view.moving_artists)
        self._build_widgets()
        self._apply(full=True)

    # -- the plain Python API -------------------------------------------------------------------

    @property
    def trajectory(self) -> Trajectory:
        return self._trajectory

    @property
    def summary(self) -> str:
        return summary_sentence(self._settings, self._trajectory)

    @property
    def sliders(self) -> Mapping[str, widgets.Widget]:
        """The sliders by name (read-only), so another widget can observe them and follow along."""
        return MappingProxyType(self._sliders)

    def set(self, **values: float) -> ParabolaExplorer:
        """Change settings as if the sliders were moved, all at once; `shown` reveals only some steps."""
        shown = values.pop("shown", None)
        numbers = {name: checked(name, value, RANGES, whole=("steps",)) for name, value in values.items()}
        steps = numbers.get("steps", self._settings.steps)
        if shown is not None:
            shown = _validate.count("shown", shown)
            if shown > steps:
                raise ValueError(f"shown must be between 0 and steps ({steps}), got {shown!r}")
        self._move_sliders(numbers)
        with self._hold():
            self._play.max = steps
            self._play.value = steps if shown is None else shown
        self._apply(shown=shown)
        return self

    def step(self) -> None:
        """Reveal one more step (starting again from none after the last)."""
        shown, total = self._settings.shown, self._settings.steps
        self.set(shown=0 if shown is None or shown >= total else shown + 1)

    def drawn(self) -> dict[str, np.ndarray]:
        """The data the figure holds right now, by name: what a learner sees, as numbers."""
        v = self._view
        data = {
            "curve": v.parabola.curve.get_xydata(),
            "weight": v.parabola.weight_marker.get_xydata(),
            "tangent": v.parabola.tangent.get_xydata(),
            "path": v.path.points.get_xydata(),
            "exit": v.path.exit_marker.get_xydata(),
            "errors": v.error_steps.line.get_xydata(),
            "off_scale": v.error_steps.clipped.get_xydata(),
        }
        for label, ax in (("parabola", v.parabola.ax), ("error_steps", v.error_steps.ax)):
            data[f"{label}_limits"] = limits(ax)
        return data

    def picture(self) -> Picture:
        """A still image of the current view with its caption, for pages read without a kernel."""
        return still_picture(self._settings)

    # -- wiring ---------------------------------------------------------------------------------

    def _build_widgets(self) -> None:
        s = self._settings
        labels = {name: name for name in RANGES} | {"goal": "goal_pred"}
        kinds = {"alpha": "log", "steps": "int"}
        self._sliders = {
            name: slider(name, getattr(s, name), RANGES[name], label, kinds.get(name, "float"))
            for name, label in labels.items()
        }
        for made in self._sliders.values():
            made.observe(self._on_slider, names="value")
        self._play = widgets.Play(value=s.steps, min=0, max=s.steps, interval=600, description="play")
        self._play.observe(self._on_play, names="value")
        self._step_button = widgets.Button(description="step", tooltip="reveal one more step")
        self._step_button.on_click(lambda _: self.step())
        self._one_step = widgets.Button(description="alpha = 1/input²", tooltip="land in one step")
        self._one_step.on_click(lambda _: self._snap(one_step_alpha))
        self._edge = widgets.Button(description="alpha = 2/input²", tooltip="the edge: bounces forever")
        self._edge.on_click(lambda _: self._snap(largest_stable_alpha))
        self._summary = widgets.HTML()
        self._summary.add_class("gd-summary")
        controls = widgets.VBox(
            [
                widgets.HBox([self._one_step, self._edge]),
                widgets.HBox([self._play, self._step_button]),
                widgets.HTML("<small>Play or step to reveal the steps one at a time.</small>"),
            ]
        )
        sliders = widgets.VBox(list(self._sliders.values()))
        self._box = widgets.VBox([widgets.HBox([sliders, controls]), self._summary, self.live.canvas])
        self._box.add_class("gd-explorer")

    def _on_slider(self, change: dict) -> None:
        if self._hold.on:
            return
        name = next(n for n, s in self._sliders.items() if s is change["owner"])
        if name == "steps":
            with self._hold():
                self._play.max = self._play.value = change["new"]
        self._apply()

    def _on_play(self, change: dict) -> None:
        if not self._hold.on:
            self._apply(shown=change["new"])

    def _snap(self, rule) -> None:
        with contextlib.suppress(ValueError):  # the button is disabled when the rule has no answer
            self.set(alpha=rule(self._settings.input))

    def _apply(self, shown: int | None = None, full: bool = False) -> None:
        """Read the sliders, run, describe, move the artists; redraw only panels whose axes moved."""
        values = self.slider_values()  # alpha keeps every digit: the buttons set 1/input², 2/input²
        if shown is not None and shown >= values["steps"]:
            shown = None
        self._settings = s = dataclasses.replace(self._settings, **values, shown=shown)
        self._trajectory = s.run()
        moved = self._view.update(self._trajectory, s.weight, s.shown, s.steps)
        words = str(regime(s.input, s.alpha)) if s.input != 0 else "stays where it is"
        self._summary.value = f"<b>{words}</b>{self.summary[len(words) :]}"
        self._update_buttons()
        self.live.render(full=full, axes=moved)

    def _update_buttons(self) -> None:
        low, high, _ = RANGES["alpha"]
        for button, rule in ((self._one_step, one_step_alpha), (self._edge, largest_stable_alpha)):
            try:
                button.disabled = not low <= rule(self._settings.input) <= high
            except ValueError:
                button.disabled = True
