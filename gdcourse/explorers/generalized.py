"""Chapter 5's explorer: three weights (a for toes, b for win/loss, c for fans) learning at once.

Sliders for the starting weights, alpha and iterations; a toggle per weight to freeze it; the first game or
all four; which two weights the contour view shows. Drawn in the browser (`web/src/views/generalized.js`):
the sliders, the freeze toggles and both choices are linked to the view inside the browser, which runs
the book's loop (at most 200 updates of three weights) and draws every panel with no kernel round trip.
The kernel keeps its matplotlib view, never rendered, as the oracle of what is drawn (`drawn()`,
`labels()`). Used by notebooks 05_generalizing and playground.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import ClassVar

import ipywidgets as widgets
import traitlets

from gdcourse import summaries
from gdcourse.explorers.base import Explorer
from gdcourse.figures.generalized import GeneralizedView, draw_generalized
from gdcourse.generalized import WeightsTrajectory
from gdcourse.pictures import generalized
from gdcourse.settings import GAME_CHOICES, INPUT_NAMES, PLANES, WEIGHT_NAMES, GeneralizedSettings

GAMES_OPTIONS = (("first game", "first"), ("all four games", "all"))
PLANE_OPTIONS = tuple((f"{u} and {v}", (u, v)) for u, v in PLANES)
#: The view's traits for the controls that are not sliders, and the widget value each one follows.
#: (A ToggleButtons' model in the browser holds its choice as `index`; a ToggleButton's as `value`.)
CONTROL_TRAITS = {
    "freeze_a": ("freeze", "a", "value"),
    "freeze_b": ("freeze", "b", "value"),
    "freeze_c": ("freeze", "c", "value"),
    "games_index": ("games", None, "index"),
    "plane_index": ("plane", None, "index"),
}


class GeneralizedExplorer(Explorer):
    """Start weights, alpha and iterations sliders; freeze toggles, games and contour-plane choices.

    Weight a multiplies the toes input, b the win/loss record and c the fans, as in the book's chapter 5.

    Parameters
    ----------
    a : float, default 0.1
        Where the slider for weight a (toes) starts, from -1 to 1.
    b : float, default 0.2
        Where the slider for weight b (win/loss) starts, from -1 to 1.
    c : float, default -0.1
        Where the slider for weight c (fans) starts, from -1 to 1.
    alpha : float, default 0.01
        Where the alpha slider (log scale) starts, from 0.001 to 10.
    iterations : int, default 20
        Where the iterations slider starts, a whole number from 1 to 50 (with games="all", passes
        through the four games).
    frozen : tuple or list of bool, default (False, False, False)
        Three True/False values, for a, b and c: which freeze toggles start pressed.
    games : {'first', 'all'}, default 'first'
        'first' learns from the first game only, as the book does; 'all' from the four games one after
        another.
    plane : tuple or list of str, default ('a', 'b')
        The two weights, of 'a', 'b' and 'c', over which the contour view starts (in either order).

    Raises
    ------
    ValueError
        If a value is not a number or is outside its slider's range, or `frozen`, `games` or `plane`
        is not one of its choices.
    """

    Settings = GeneralizedSettings
    draw = staticmethod(draw_generalized)
    summary_of = staticmethod(summaries.generalized_summary)
    still = staticmethod(generalized.picture_of)
    size = GeneralizedView.SIZE
    web = "generalized"
    web_traits: ClassVar = {
        "freeze_a": traitlets.Bool,
        "freeze_b": traitlets.Bool,
        "freeze_c": traitlets.Bool,
        "games_index": traitlets.Int,
        "plane_index": traitlets.Int,
    }

    def __init__(
        self,
        a: float = GeneralizedSettings.a,
        b: float = GeneralizedSettings.b,
        c: float = GeneralizedSettings.c,
        alpha: float = GeneralizedSettings.alpha,
        iterations: int = GeneralizedSettings.iterations,
        frozen: Sequence[bool] = (False, False, False),
        games: str = "first",
        plane: Sequence[str] = ("a", "b"),
    ) -> None:
        controls = GeneralizedSettings.check({"frozen": frozen, "games": games, "plane": plane})
        self.freeze = {}
        for name, still, input_name in zip(WEIGHT_NAMES, controls["frozen"], INPUT_NAMES, strict=True):
            toggle = widgets.ToggleButton(
                value=still, description=f"freeze {name}", icon="lock", layout={"width": "7.5em"},
                tooltip=f"keep weight {name} ({input_name}) as it is",
            )  # fmt: skip
            toggle.add_class(f"gd-toggle-freeze_{name}")
            self.freeze[name] = toggle
        self.games = widgets.ToggleButtons(
            options=GAMES_OPTIONS, value=controls["games"], style={"button_width": "9.5em"},
            tooltips=["the book's chapter 5: learn from game 1 only", "games 1 to 4, one after another"],
        )  # fmt: skip
        self.games.add_class("gd-toggle-games")
        self.plane = widgets.ToggleButtons(
            options=PLANE_OPTIONS, value=controls["plane"], style={"button_width": "5.5em"},
            tooltips=[f"contour lines over weights {u} and {v}" for u, v in PLANES],
        )  # fmt: skip
        self.plane.add_class("gd-choice-plane")
        super().__init__(a=a, b=b, c=c, alpha=alpha, iterations=iterations, **controls)
        self._control_links = [
            widgets.jslink((self._control(trait), attribute), (self.browser, trait))
            for trait, (_, _, attribute) in CONTROL_TRAITS.items()
        ]
        for toggle in (*self.freeze.values(), self.games, self.plane):
            toggle.observe(self._on_control, names="value")
        self.widget.add_class("gd-explorer-generalized")

    @property
    def trajectory(self) -> WeightsTrajectory:
        """The run the figure shows, one entry per update."""
        return self._settings.trajectory

    def set(self, **values: object) -> GeneralizedExplorer:
        """Change settings as if the sliders and buttons were used, all at once; a bad value changes nothing.

        Besides the sliders: frozen=(True, False, False), games="first" or "all", plane=("a", "b").

        Parameters
        ----------
        **values : object
            New values by name: `a`, `b` and `c` (-1 to 1), `alpha` (0.001 to 10) and `iterations` (a
            whole number from 1 to 50), as the sliders take them; `frozen`, `games` and `plane`, as the
            buttons take them (see the class's parameters).

        Returns
        -------
        GeneralizedExplorer
            The explorer itself, so calls can be chained and a cell ending with one shows it.

        Raises
        ------
        ValueError
            If a name is not a setting, a value is not a number or is outside its range, or `frozen`,
            `games` or `plane` is not one of its choices. The explorer is then left as it was.
        """
        checked = self.Settings.check(values)
        sliders = {k: v for k, v in checked.items() if k in self.Settings.SLIDERS}
        with self.panel.hold():
            self.set_sliders(sliders)
            if "frozen" in checked:
                for toggle, still in zip(self.freeze.values(), checked["frozen"], strict=True):
                    toggle.value = still
            if "games" in checked:
                self.games.value = checked["games"]
            if "plane" in checked:
                self.plane.value = checked["plane"]
        self._apply()
        return self

    def labels(self) -> dict[str, str]:
        """The texts written on the figure, by name.

        Returns
        -------
        dict of str to str
            Each label's text, by the name of what it labels.
        """
        return self.view.labels()

    # -- the skeleton's hooks -------------------------------------------------------------------

    def layout(self) -> list[widgets.Widget]:
        """Sliders beside the freeze toggles and the two choices, then the summary and the figure.

        Returns
        -------
        list of ipywidgets.Widget
            The widgets the explorer shows, from top to bottom.
        """
        controls = widgets.VBox(
            [
                widgets.HBox(list(self.freeze.values())),
                widgets.HTML("<small>A frozen weight keeps its value: its weight_delta is 0.</small>"),
                widgets.HTML("<b>learn from</b>"),
                self.games,
                widgets.HTML("<b>contour lines over</b>"),
                self.plane,
            ]
        )
        sliders = widgets.VBox(list(self.panel.sliders.values()))
        return [widgets.HBox([sliders, controls]), *self.picture_widgets()]

    def browser_state(self, settings: GeneralizedSettings) -> dict[str, object]:
        """The toggles and choices as the view's traits hold them (the browser links them too).

        Parameters
        ----------
        settings : GeneralizedSettings
            The settings to show.

        Returns
        -------
        dict of str to object
            `freeze_a`, `freeze_b` and `freeze_c` (True/False), and `games_index` and `plane_index`
            (the position of the choice among the buttons), by name.
        """
        return {
            **{f"freeze_{name}": still for name, still in zip(WEIGHT_NAMES, settings.frozen, strict=True)},
            "games_index": GAME_CHOICES.index(settings.games),
            "plane_index": PLANES.index(settings.plane),
        }

    def settings_from(self, values: Mapping[str, float]) -> GeneralizedSettings:
        """The sliders' values with the toggles' and choices' values.

        Parameters
        ----------
        values : mapping of str to float
            Every slider's value, by slider name.

        Returns
        -------
        GeneralizedSettings
            The current settings with those values and the buttons' choices put in.
        """
        frozen = tuple(toggle.value for toggle in self.freeze.values())
        return self._settings.replaced(
            **values, frozen=frozen, games=self.games.value, plane=self.plane.value
        )

    def _control(self, trait: str) -> widgets.Widget:
        """The widget the view's trait `trait` is linked to."""
        group, name, _ = CONTROL_TRAITS[trait]
        return self.freeze[name] if group == "freeze" else getattr(self, group)

    def _on_control(self, _change: dict) -> None:
        if not self.panel.holding:
            self._apply()
