"""The regime-map explorer: the parabola explorer with a map of every (input, alpha) beneath it.

A composed explorer: the map follows the parabola explorer through its `on_change` callback, after
each change has been drawn, so both always show the same settings. Input and alpha move the marker;
weight and goal reshade the map (they set the first error). Clicking the map moves input and alpha.
Used by notebooks 04_divergence_and_alpha and playground.
"""

from __future__ import annotations

import ipywidgets as widgets
import numpy as np

from gdcourse.explorers.live import LiveFigure
from gdcourse.explorers.parabola import ParabolaExplorer
from gdcourse.figures.regime_map import RegimeMap, draw_regime_map
from gdcourse.pictures import regime_map
from gdcourse.pictures.still import Picture
from gdcourse.settings import ParabolaSettings


class RegimeMapExplorer:
    """The parabola explorer plus a live regime map whose marker follows its input and alpha."""

    def __init__(
        self, weight: float = 0.5, input: float = 2.0, goal: float = 0.8, alpha: float = 0.1, steps: int = 20
    ) -> None:
        self.parabola = ParabolaExplorer(weight=weight, input=input, goal=goal, alpha=alpha, steps=steps)
        self.live = LiveFigure(RegimeMap.SIZE)
        self.view = draw_regime_map(self.live.figure, self.parabola.settings)
        self.live.set_moving(self.view.moving_artists)
        self.live.canvas.mpl_connect("button_press_event", self._on_click)
        self._where = widgets.HTML()
        self._where.add_class("gd-map-summary")
        hint = widgets.HTML("<small>Click anywhere on the map to move input and alpha there.</small>")
        inner = self.parabola.widget
        inner.remove_class("gd-explorer")  # one explorer on the page: this box holds both figures
        self.widget = widgets.VBox([inner, hint, self._where, self.live.canvas])
        self.widget.add_class("gd-explorer")
        self.widget.add_class("gd-regime-map")
        self._follow(self.parabola.settings, full=True)
        self.parabola.on_change(self._follow)

    # -- the plain Python API -------------------------------------------------------------------

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
        """The sentence under the map: alpha·input², its side of the curves, and updates to 1e-6."""
        return regime_map.where(self.settings)

    @property
    def sliders(self):
        """The parabola explorer's sliders (read-only)."""
        return self.parabola.sliders

    def set(self, **values: float) -> RegimeMapExplorer:
        """Move sliders as the parabola explorer's set() does; the map follows."""
        self.parabola.set(**values)
        return self

    def drawn(self) -> dict[str, np.ndarray]:
        """The parabola's drawn data plus the map's: marker, curves, step counts and cell centres."""
        return self.parabola.drawn() | self.view.drawn()

    def picture(self) -> Picture:
        """The map for the current setting as a still image with its caption."""
        return regime_map.picture_of(self.settings)

    def artist_count(self) -> int:
        """Artists in both figures: the same for the explorer's whole life."""
        return self.parabola.artist_count() + self.live.artist_count()

    # -- wiring ---------------------------------------------------------------------------------

    def _follow(self, settings: ParabolaSettings, full: bool = False) -> None:
        """The part has drawn a change: move the marker, reshade if needed, say where it sits."""
        moved = self.view.update(settings)
        self._where.value = regime_map.where(settings)
        self.live.render(full=full, axes=moved)

    def _on_click(self, event) -> None:
        """A click on the map sets input (to the slider's step) and alpha (to 2 significant digits)."""
        if event.inaxes is not self.view.ax or event.xdata is None or event.ydata is None:
            return
        specs = ParabolaSettings.SLIDERS
        low, high, step = specs["input"].low, specs["input"].high, specs["input"].step
        input = min(max(round(event.xdata / step) * step, low), high)
        alpha = min(max(float(f"{event.ydata:.2g}"), specs["alpha"].low), specs["alpha"].high)
        self.set(input=round(input, 2), alpha=alpha)

    def _ipython_display_(self) -> None:
        from IPython.display import display

        display(self.widget)
