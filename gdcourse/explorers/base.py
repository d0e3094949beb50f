"""What every explorer shares: a settings record, one widget box, and how a notebook shows it."""

from __future__ import annotations

import ipywidgets as widgets
import numpy as np
from matplotlib.axes import Axes

from gdcourse.explorers.sliders import Hold


class Explorer:
    """Base of the explorers: `settings` is an immutable record, `widget` the box a notebook shows."""

    _settings: object
    _box: widgets.Widget
    _sliders: dict[str, widgets.Widget]
    _hold: Hold

    @property
    def settings(self):
        """The current settings, one frozen record: what the picture depends on."""
        return self._settings

    @property
    def widget(self) -> widgets.Widget:
        """The whole explorer as one ipywidgets box (what a notebook displays)."""
        return self._box

    def _move_sliders(self, values: dict[str, float]) -> None:
        """Set several sliders with their callbacks held, so the caller redraws once afterwards."""
        with self._hold():
            for name, value in values.items():
                self._sliders[name].value = value

    def _ipython_display_(self) -> None:
        from IPython.display import display

        display(self._box)


def limits(ax: Axes) -> np.ndarray:
    """An Axes' limits as [[x_low, x_high], [y_low, y_high]], as the explorers' drawn() reports them."""
    return np.array([ax.get_xlim(), ax.get_ylim()])
