"""What every explorer shares: a settings record, one widget box, and how a notebook shows it."""

from __future__ import annotations

import functools

import ipywidgets as widgets
import numpy as np
from matplotlib.axes import Axes

from gdcourse.explorers.sliders import Hold, reading


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

    @functools.cached_property
    def _exact(self) -> dict[str, float]:
        """Values set from code, by slider; they stand while the browser shows them snapped.

        Made at the first read, when the sliders still hold the constructor's values.
        """
        return {name: made.value for name, made in self._sliders.items()}

    def slider_values(self) -> dict[str, float]:
        """Every slider's value as the explorer uses it: what was set from code stands (see `reading`)."""
        values = {}
        for name, made in self._sliders.items():
            values[name] = reading(made, self._exact.get(name))
            if values[name] != self._exact.get(name):
                self._exact.pop(name, None)  # the learner moved this slider on: the slider rules
        return values

    def _cleaned_slider_values(self) -> dict[str, float]:
        """slider_values(), writing values cleaned of browser noise back: a readout shows 0, not 8.9e-16."""
        values = self.slider_values()
        for name, made in self._sliders.items():
            if values[name] != made.value and name not in self._exact:
                with self._hold():
                    made.value = values[name]
        return values

    def _on_slider(self, _change: dict) -> None:
        """A slider moved: redraw, unless several sliders are being set at once."""
        if not self._hold.on:
            self._apply()

    def _move_sliders(self, values: dict[str, float]) -> None:
        """Set several sliders with their callbacks held, so the caller redraws once afterwards."""
        self._exact.update(values)
        with self._hold():
            for name, value in values.items():
                self._sliders[name].value = value

    def _ipython_display_(self) -> None:
        from IPython.display import display

        display(self._box)


def limits(ax: Axes) -> np.ndarray:
    """An Axes' limits as [[x_low, x_high], [y_low, y_high]], as the explorers' drawn() reports them."""
    return np.array([ax.get_xlim(), ax.get_ylim()])
