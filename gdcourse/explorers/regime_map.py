"""The regime-map explorer: the parabola explorer with a map of every (input, alpha) beneath it.

A composed explorer: the map reads the parabola explorer's settings, so both always show the same
ones, and its `on_change` callback passes on the values set from code. Input and alpha move the
marker; weight and goal_pred reshade the map (they set the first error). Clicking the map moves input and
alpha (`click_setting` is the rule).

Drawn in the browser (`web/src/views/regime_map.js`, its numbers from `web/src/regime_map.js`): the
map is a view of its own whose weight, input, goal_pred and alpha are linked to the parabola explorer's
sliders inside the browser, so a drag repaints both pictures in the same animation frames. A click
moves the sliders there at once and tells the kernel where it landed. The kernel's RegimeMap keeps the
same numbers on a plain Figure, never rendered: the oracle the browser is tested against.
Used by notebooks 04_divergence_and_alpha and playground.
"""

from __future__ import annotations

import contextlib
from collections.abc import Mapping
from typing import Any, ClassVar

import ipywidgets as widgets
import numpy as np
import traitlets
from matplotlib.figure import Figure

from gdcourse import checks, summaries
from gdcourse.checks import short
from gdcourse.explorers.base import FollowingView
from gdcourse.explorers.browser import BrowserView, link_sliders, spec_payload, view_class
from gdcourse.explorers.parabola import ParabolaExplorer
from gdcourse.figures.regime_map import ALPHA_RANGE, INPUT_RANGE, RegimeMap, draw_regime_map
from gdcourse.pictures import regime_map
from gdcourse.pictures.still import Picture
from gdcourse.settings import ParabolaSettings

#: The sliders the map follows: weight and goal_pred shade it, input and alpha place the marker.
MAP_SLIDERS = ("weight", "input", "goal_pred", "alpha")


def click_setting(input: float, alpha: float) -> dict[str, float]:
    """Where a click on the map at (input, alpha), in the map's own units, moves the sliders: input to
    the slider's step, alpha to 2 significant digits, both kept on their sliders. The browser's twin is
    `clickSetting` in web/src/regime_map.js; a point off the map is a ValueError."""
    input = checks.number("input", input)
    alpha = checks.number("alpha", alpha)
    (x_low, x_high), (a_low, a_high) = INPUT_RANGE, ALPHA_RANGE
    if not (x_low <= input <= x_high and a_low <= alpha <= a_high):
        raise ValueError(
            f"a click must land on the map (input {x_low:g} to {x_high:g}, alpha {a_low:g} to "
            f"{a_high:g}), got input {short(input)}, alpha {short(alpha)}"
        )
    specs = ParabolaSettings.SLIDERS
    low, high, step = specs["input"].low, specs["input"].high, specs["input"].step
    snapped = min(max(round(input / step) * step, low), high)
    rounded = min(max(float(f"{alpha:.2g}"), specs["alpha"].low), specs["alpha"].high)
    return {"input": round(snapped, 2), "alpha": rounded}


class RegimeMapExplorer:
    """The parabola explorer plus a regime map whose marker follows its input and alpha.

    Parameters
    ----------
    weight : float, default 0.5
        Where the weight slider starts, from -1 to 2: every run on the map starts there.
    input : float, default 2.0
        Where the input slider starts, from -3 to 3.
    goal_pred : float, default 0.8
        Where the goal_pred slider starts, from -1 to 2.
    alpha : float, default 0.1
        Where the alpha slider (log scale) starts, from 0.001 to 10.
    iterations : int, default 20
        Where the iterations slider starts, a whole number from 1 to 50.

    Raises
    ------
    ValueError
        If a value is not a number or is outside its slider's range.
    """

    #: The map's view module (`web/dist/regime_map.js`); the parabola explorer brings its own.
    web: ClassVar[str] = "regime_map"
    _view_class: ClassVar[type[BrowserView] | None] = None

    def __init__(
        self,
        weight: float = 0.5,
        input: float = 2.0,
        goal_pred: float = 0.8,
        alpha: float = 0.1,
        iterations: int = 20,
    ) -> None:
        self.parabola = ParabolaExplorer(
            weight=weight, input=input, goal_pred=goal_pred, alpha=alpha, iterations=iterations
        )
        settings = self.parabola.settings
        self._view = FollowingView(draw_regime_map(Figure(figsize=RegimeMap.SIZE), settings), settings)
        sliders = {name: self.parabola.panel.sliders[name] for name in MAP_SLIDERS}
        self.browser = self._map_view()(
            specs=spec_payload({name: ParabolaSettings.SLIDERS[name] for name in MAP_SLIDERS}),
            exact=self._exact(),
            **{name: getattr(settings, name) for name in MAP_SLIDERS},
        )
        self._links = link_sliders(sliders, self.browser)
        self.browser.observe(self._on_clicked, names="clicked")
        inner = self.parabola.widget
        inner.remove_class("gd-explorer")  # one explorer on the page: this box holds both pictures
        self.widget = widgets.VBox([inner, self.browser])
        self.widget.add_class("gd-explorer")
        self.widget.add_class("gd-regime-map")
        self._follow(settings)
        self.parabola.on_change(self._follow)

    # -- the plain Python API -------------------------------------------------------------------

    @property
    def view(self) -> RegimeMap:
        """The kernel's map of the current settings (never rendered): what `drawn()` reads.

        Its marker moves and its cells are reshaded when it is read, as the parabola explorer's view
        moves (see `Explorer.view`), not on every slider change.
        """
        return self._view.at(self.settings)

    @property
    def settings(self) -> ParabolaSettings:
        """The parabola explorer's settings: the map follows them."""
        return self.parabola.settings

    @property
    def summary(self) -> str:
        """The parabola's summary (the regime first), then where the setting sits on the map."""
        return f"{self.parabola.summary}. {self.where}"

    @property
    def where(self) -> str:
        """The sentence with the map: alpha·input², its side of the curves, and updates to 1e-6."""
        return summaries.regime_map_summary(self.settings)

    @property
    def sliders(self) -> Mapping[str, widgets.Widget]:
        """The parabola explorer's sliders (read-only)."""
        return self.parabola.sliders

    def set(self, **values: float) -> RegimeMapExplorer:
        """Move sliders as the parabola explorer's set() does; the map follows.

        Parameters
        ----------
        **values : object
            New values by name, as `ParabolaExplorer.set` takes them: `weight`, `input`, `goal_pred`,
            `alpha`, `iterations`, and also `shown` and `rule`.

        Returns
        -------
        RegimeMapExplorer
            The explorer itself, so calls can be chained and a cell ending with one shows it.

        Raises
        ------
        ValueError
            If a name is not a setting or a value is not allowed (see `ParabolaExplorer.set`). The
            explorer is then left as it was.
        """
        self.parabola.set(**values)
        return self

    def click(self, input: float, alpha: float) -> RegimeMapExplorer:
        """Do what a click on the map at (input, alpha) does: move input and alpha there (see
        `click_setting`), exactly, as set() would.

        Input goes to the input slider's step (0.05), alpha to 2 significant digits.

        Parameters
        ----------
        input : float
            Where across the map to click, from -3 to 3.
        alpha : float
            Where up the map to click, from 0.001 to 10.

        Returns
        -------
        RegimeMapExplorer
            The explorer itself, so calls can be chained and a cell ending with one shows it.

        Raises
        ------
        ValueError
            If `input` or `alpha` is not a number, or the point is off the map.
        """
        return self.set(**click_setting(input, alpha))

    def drawn(self) -> dict[str, np.ndarray]:
        """The parabola's drawn data plus the map's: marker, curves, step counts and cell centres.

        Returns
        -------
        dict of str to numpy.ndarray
            Each drawn thing of both figures by name, as the numbers that place it.
        """
        return self.parabola.drawn() | self.view.drawn()

    def picture(self) -> Picture:
        """The map for the current setting as a still image with its caption.

        Returns
        -------
        Picture
            The regime map, as `gd.pictures.regime_map_picture` draws it for these settings.
        """
        return regime_map.picture_of(self.settings)

    def artist_count(self) -> int:
        """Artists in both of the kernel's figures (never rendered): the same for the explorer's life.

        Returns
        -------
        int
            How many matplotlib artists the parabola's figure and the map's hold together.
        """
        return self.parabola.artist_count() + sum(len(ax.get_children()) for ax in self.view.ax.figure.axes)

    # -- wiring ---------------------------------------------------------------------------------

    @classmethod
    def _map_view(cls) -> type[BrowserView]:
        if cls._view_class is None:
            specs = {name: ParabolaSettings.SLIDERS[name] for name in MAP_SLIDERS}
            cls._view_class = view_class(cls.web, specs, clicked=traitlets.Dict())
        return cls._view_class

    def _exact(self) -> dict[str, float]:
        """The parabola's values set from code, for the map's sliders (the browser reads them alike)."""
        return {name: value for name, value in self.parabola.panel.exact.items() if name in MAP_SLIDERS}

    def _follow(self, settings: ParabolaSettings) -> None:
        """The part has worked out a change: tell the browser the exact values (the sliders carry the rest
        to the map inside the browser; the kernel's map follows when read, see `view`)."""
        exact = self._exact()
        if self.browser.exact != exact:
            self.browser.exact = exact

    def _on_clicked(self, change: dict[str, Any]) -> None:
        """The browser's map was clicked at {"input", "alpha"} (the map's units): the kernel takes it
        exactly, so an alpha off the log slider's grid stands as the click rounded it."""
        spot = change["new"]
        with contextlib.suppress(ValueError, TypeError, KeyError):  # a malformed message changes nothing
            self.click(spot["input"], spot["alpha"])

    def _ipython_display_(self) -> None:
        from IPython.display import display

        display(self.widget)
