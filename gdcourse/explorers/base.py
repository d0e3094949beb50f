"""What every explorer shares: a settings record, one widget box, and how a notebook shows it."""

from __future__ import annotations

import ipywidgets as widgets
import numpy as np
from matplotlib.axes import Axes


class Explorer:
    """Base of the explorers: `settings` is an immutable record, `widget` the box a notebook shows."""

    _settings: object
    _box: widgets.Widget

    @property
    def settings(self):
        """The current settings, one frozen record: what the picture depends on."""
        return self._settings

    @property
    def widget(self) -> widgets.Widget:
        """The whole explorer as one ipywidgets box (what a notebook displays)."""
        return self._box

    def _ipython_display_(self) -> None:
        from IPython.display import display

        display(self._box)


def limits(ax: Axes) -> np.ndarray:
    """An Axes' limits as [[x_low, x_high], [y_low, y_high]], as the explorers' drawn() reports them."""
    return np.array([ax.get_xlim(), ax.get_ylim()])
