"""The parabola explorer: weight, input, goal_pred, alpha and iterations over the error parabola.

Drawn in the browser (`web/src/views/parabola.js`). Buttons set alpha to 1/input² (one step) and
2/input² (the edge); the view's play and step buttons reveal the steps one at a time. Hand it your
own update rule (`rule=update_weight`): it runs here in the kernel, safely, and its steps join the
picture when they arrive. Used by notebooks 03_gradient_descent, 04_divergence_and_alpha and playground.
"""

from __future__ import annotations

import contextlib
import math
from collections.abc import Callable, Mapping
from typing import ClassVar

import ipywidgets as widgets
import traitlets

from gdcourse import checks, summaries
from gdcourse.analysis import largest_stable_alpha, one_step_alpha
from gdcourse.checks import short
from gdcourse.explorers.base import Explorer
from gdcourse.figures.parabola import LearningView, draw_learning
from gdcourse.learning import Trajectory
from gdcourse.pictures import parabola
from gdcourse.settings import ParabolaSettings


def plain(x: float) -> float | str:
    """A float as a widget message can carry it: "inf", "-inf" and "nan" as text (JSON has none)."""
    return x if math.isfinite(x) else repr(float(x))


def own_payload(settings: ParabolaSettings) -> dict[str, object]:
    """The learner's rule's run for the browser, keyed by the settings it was worked out for."""
    if settings.own is None:
        return {}
    s, run = settings, settings.own.trajectory
    return {
        "key": [s.weight, s.input, s.goal_pred, s.alpha, s.iterations, s.shown],
        "weights": [plain(w) for w in run.weights],
        "errors": [plain(e) for e in run.errors],
        "finalWeight": plain(run.final_weight),
        "diverged": run.diverged,
        "divergedAt": run.diverged_at,
        "words": summaries.own_words(s),
    }


class ParabolaExplorer(Explorer):
    """Weight, input, goal_pred, alpha and iterations sliders over the error parabola and the error per
    step."""

    Settings = ParabolaSettings
    draw = staticmethod(draw_learning)
    summary_of = staticmethod(summaries.parabola_summary)
    still = staticmethod(parabola.picture_of)
    size = LearningView.SIZE
    web = "parabola"
    web_traits: ClassVar = {
        "shown": lambda: traitlets.Int(None, allow_none=True),
        "has_rule": traitlets.Bool,
        "own": traitlets.Dict,
    }

    def __init__(
        self,
        weight: float = ParabolaSettings.weight,
        input: float = ParabolaSettings.input,
        goal_pred: float = ParabolaSettings.goal_pred,
        alpha: float = ParabolaSettings.alpha,
        iterations: int = ParabolaSettings.iterations,
        rule: Callable[[float, float, float, float], float] | None = None,
    ) -> None:
        """Sliders start at these values; `rule(weight, input, goal_pred, alpha)`, your own update, is
        drawn beside the book's (its path in purple diamonds, and a sentence on what it did).

        Parameters
        ----------
        weight : float, default 0.5
            Where the weight slider starts, from -1 to 2.
        input : float, default 0.5
            Where the input slider starts, from -3 to 3.
        goal_pred : float, default 0.8
            Where the goal_pred slider starts, from -1 to 2.
        alpha : float, default 1.0
            Where the alpha slider (log scale) starts, from 0.001 to 10.
        iterations : int, default 20
            Where the iterations slider starts, a whole number from 1 to 50.
        rule : callable, optional
            Your own update, a function `rule(weight, input, goal_pred, alpha)` that returns the new
            weight, such as your `update_weight`. It runs safely: if it raises, loops too long or
            returns something that is not a number, the summary says so. None (the default) shows only
            the book's steps.

        Raises
        ------
        ValueError
            If a value is not a number or is outside its slider's range, or `rule` is neither a
            function nor None.
        """
        self.one_step_button = widgets.Button(description="alpha = 1/input²", tooltip="land in one step")
        self.edge_button = widgets.Button(description="alpha = 2/input²", tooltip="the edge: bounces forever")
        super().__init__(
            weight=weight, input=input, goal_pred=goal_pred, alpha=alpha, iterations=iterations, rule=rule
        )
        self.browser.observe(self._on_shown, names="shown")
        self.one_step_button.on_click(lambda _: self._alpha_from(one_step_alpha))
        self.edge_button.on_click(lambda _: self._alpha_from(largest_stable_alpha))

    @property
    def trajectory(self) -> Trajectory:
        """The run the figure shows."""
        return self._settings.trajectory

    def set(self, **values: object) -> ParabolaExplorer:
        """Change settings as if the sliders were moved, all at once; `shown` reveals only some steps;
        `rule=` attaches your own update rule, `rule=None` removes it.

        Parameters
        ----------
        **values : object
            New values by name: `weight` (-1 to 2), `input` (-3 to 3), `goal_pred` (-1 to 2), `alpha`
            (0.001 to 10) and `iterations` (a whole number from 1 to 50), as the sliders take them;
            `shown`, how many steps to reveal (a whole number from 0 to `iterations`; leaving it out
            reveals every step); `rule`, your own update function, or None to remove it (leaving it
            out keeps the rule you had).

        Returns
        -------
        ParabolaExplorer
            The explorer itself, so calls can be chained and a cell ending with one shows it.

        Raises
        ------
        ValueError
            If a name is not a setting, a value is not a number or is outside its range, `shown` is
            above `iterations`, or `rule` is neither a function nor None. The explorer is then left as
            it was.
        """
        shown = values.pop("shown", None)
        numbers = self.Settings.check(values)
        rule = numbers.pop("rule", self._settings.rule)
        iterations = numbers.get("iterations", self._settings.iterations)
        if shown is not None:
            shown = checks.count("shown", shown)
            if shown > iterations:
                raise ValueError(f"shown must be between 0 and iterations ({iterations}), got {short(shown)}")
        self.set_sliders(numbers)
        self._settings = self._settings.replaced(iterations=iterations, shown=shown, rule=rule)
        self._apply()
        return self

    def step(self) -> None:
        """Reveal one more step (starting again from none after the last)."""
        shown, total = self._settings.shown, self._settings.iterations
        self.set(shown=0 if shown is None or shown >= total else shown + 1)

    # -- the skeleton's hooks -------------------------------------------------------------------

    def layout(self) -> list[widgets.Widget]:
        """Sliders beside the alpha buttons, then the picture (with play and step) and its summary.

        Returns
        -------
        list of ipywidgets.Widget
            The widgets the explorer shows, from top to bottom.
        """
        sliders = widgets.VBox(list(self.panel.sliders.values()))
        buttons = widgets.VBox([self.one_step_button, self.edge_button])
        return [widgets.HBox([sliders, buttons]), *self.picture_widgets()]

    def browser_state(self, settings: ParabolaSettings) -> dict[str, object]:
        """The steps revealed, and the learner's rule's run (worked out here, where the rule lives).

        Parameters
        ----------
        settings : ParabolaSettings
            The settings to show.

        Returns
        -------
        dict of str to object
            `shown` (the steps revealed, None for all), `has_rule` (True with a rule of yours) and
            `own` (your rule's run, empty without one), by name.
        """
        return {"shown": settings.shown, "has_rule": settings.rule is not None, "own": own_payload(settings)}

    def settings_from(self, values: Mapping[str, float]) -> ParabolaSettings:
        """The sliders' values; the steps revealed so far stay revealed unless the iterations slider moved.

        Parameters
        ----------
        values : mapping of str to float
            Every slider's value, by slider name.

        Returns
        -------
        ParabolaSettings
            The current settings with those values put in.
        """
        shown = self._settings.shown if values["iterations"] == self._settings.iterations else None
        if shown is not None and shown >= values["iterations"]:
            shown = None
        return self._settings.replaced(**values, shown=shown)

    def refresh_controls(self, settings: ParabolaSettings) -> None:
        """A button is disabled when its alpha is off the slider.

        Parameters
        ----------
        settings : ParabolaSettings
            The settings just worked out: the buttons' alphas, 1/input² and 2/input², follow their input.
        """
        spec = self.Settings.SLIDERS["alpha"]
        for button, alpha_of in (
            (self.one_step_button, one_step_alpha),
            (self.edge_button, largest_stable_alpha),
        ):
            try:
                button.disabled = not spec.low <= alpha_of(settings.input) <= spec.high
            except ValueError:
                button.disabled = True

    def _on_shown(self, change: dict) -> None:
        """The browser's play or step revealed steps: the kernel's settings follow."""
        if change["new"] != self._settings.shown:
            with contextlib.suppress(ValueError):  # a value overtaken by an iterations change is dropped
                self.set(shown=change["new"])

    def _alpha_from(self, alpha_of: Callable[[float], float]) -> None:
        with contextlib.suppress(ValueError):  # the button is disabled when alpha_of has no answer
            self.set(alpha=alpha_of(self._settings.input))
