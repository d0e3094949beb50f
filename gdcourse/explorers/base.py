"""The one skeleton every explorer follows, from a slider to the pixels.

In the browser (the explorer's `web` view module, see `gdcourse.explorers.browser`):

    1. slider         an ipywidgets slider moved; its value reaches the view inside the browser
    2. view module    works out the run in the book's order of operations and paints it with its
                      summary, in the same animation frame

In the kernel, meanwhile, for every value the browser sends (or `set()`):

    1. slider panel   its values read, with no side effects
    2. settings       one frozen record (`gdcourse.settings`), the run it describes worked out once
    3. view.update    the matplotlib view's data moved in place (never rendered): what `drawn()` reads
    4. summary        the sentence the browser shows (`gdcourse.summaries`)

The kernel's numbers and words are the oracle the browser's are tested against. An explorer
describes itself with class attributes: its settings record, its view, its summary, its still
picture and its browser view module.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from types import MappingProxyType
from typing import Any, ClassVar, Self

import ipywidgets as widgets
import numpy as np
from matplotlib.figure import Figure

from gdcourse.explorers.browser import BrowserView, link_sliders, spec_payload, view_class
from gdcourse.explorers.panel import SliderPanel
from gdcourse.pictures.still import Picture
from gdcourse.settings import Record


class Explorer:
    """Sliders wired to a live figure: a settings record, a view, a summary, and a still picture."""

    #: The settings record: its fields are what the picture depends on, its SLIDERS the sliders.
    Settings: ClassVar[type[Record]]
    #: draw(figure, settings) -> a view with `update(settings)` and `drawn()`.
    draw: ClassVar[Callable[[Figure, Any], Any]]
    #: summary_of(settings) -> the one-line summary shown above the figure (`gdcourse.summaries`).
    summary_of: ClassVar[Callable[[Any], str]]
    #: still(settings) -> the same view as a still Picture.
    still: ClassVar[Callable[[Any], Picture]]
    #: The figure's size in inches (the view's SIZE, which its still picture uses too).
    size: ClassVar[tuple[float, float]]
    #: The view module that draws it in the browser (`web/dist/<web>.js`).
    web: ClassVar[str]
    #: Traits the browser view has besides its sliders (by name), for what only the kernel knows.
    web_traits: ClassVar[Mapping[str, Callable[[], Any]]] = {}

    def __init__(self, **values: float) -> None:
        self._settings = settings = self.Settings.checked(**values)
        self.panel = SliderPanel(settings.SLIDERS, settings.slider_values())
        self.panel.on_change(self._apply)
        self.browser = self._browser_view(settings)
        self._links = link_sliders(self.panel.sliders, self.browser)
        #: The kernel's matplotlib figure of the same view, never rendered: what drawn() reads.
        self.figure = Figure(figsize=self.size)
        self.view = type(self).draw(self.figure, settings)
        self._followers: list[Callable[[Any], None]] = []
        self.widget = widgets.VBox(self.layout())
        self.widget.add_class("gd-explorer")
        self._apply()

    # -- the plain Python API -------------------------------------------------------------------

    @property
    def settings(self) -> Any:
        """The current settings: one frozen record, what the picture depends on."""
        return self._settings

    @property
    def summary(self) -> str:
        """The sentence above the figure, as plain text."""
        return type(self).summary_of(self._settings)

    @property
    def sliders(self) -> Mapping[str, widgets.Widget]:
        """The sliders by name (read-only); setting a slider's value acts as the learner moving it."""
        return MappingProxyType(self.panel.sliders)

    def set(self, **values: float) -> Self:
        """Change settings as if the sliders were moved, all at once; a bad value changes nothing."""
        numbers = self.Settings.check(values)
        self.set_sliders(numbers)
        self._apply()
        return self

    def set_sliders(self, numbers: Mapping[str, float]) -> None:
        """Move sliders from code: the browser learns the exact values before the sliders move."""
        self.panel.set_exact(numbers)
        self._sync_exact()
        self.panel.set(numbers)

    def drawn(self) -> dict[str, np.ndarray]:
        """The data the figure holds right now, by name: what a learner sees, as numbers."""
        return self.view.drawn()

    def picture(self) -> Picture:
        """A still image of the current view with its caption, for pages read without a kernel."""
        return type(self).still(self._settings)

    def on_change(self, callback: Callable[[Any], None]) -> None:
        """Call `callback(settings)` after every change has been drawn (a composed explorer follows)."""
        self._followers.append(callback)

    def artist_count(self) -> int:
        """Artists in the figure: the same for the explorer's whole life."""
        return sum(len(ax.get_children()) for ax in self.figure.axes)

    # -- what a subclass may change -------------------------------------------------------------

    def layout(self) -> list[widgets.Widget]:
        """The widgets from top to bottom: sliders, then the picture with its summary."""
        return [widgets.VBox(list(self.panel.sliders.values())), *self.picture_widgets()]

    def picture_widgets(self) -> list[widgets.Widget]:
        """The picture with its summary: the browser view."""
        return [self.browser]

    def browser_state(self, settings: Any) -> dict[str, Any]:
        """What the browser view needs besides the sliders, for these settings (by trait name)."""
        return {}

    def settings_from(self, values: Mapping[str, float]) -> Any:
        """The settings record for the sliders' values."""
        return self._settings.replaced(**values)

    def refresh_controls(self, settings: Any) -> None:
        """Bring widgets other than the sliders (buttons, play) in line with the settings."""

    # -- the skeleton ---------------------------------------------------------------------------

    def _apply(self) -> None:
        """In the kernel: read the sliders, make the settings, move the view, tell the browser view."""
        self._settings = settings = self.settings_from(self.panel.values())
        self.view.update(settings)
        self.refresh_controls(settings)
        self._sync_exact()
        for name, value in self.browser_state(settings).items():
            setattr(self.browser, name, value)
        for follow in self._followers:
            follow(settings)

    def _browser_view(self, settings: Any) -> BrowserView:
        cls = type(self)
        if "_view_class" not in cls.__dict__:
            cls._view_class = view_class(
                cls.web, cls.Settings.SLIDERS, **{k: t() for k, t in cls.web_traits.items()}
            )
        return cls._view_class(
            specs=spec_payload(cls.Settings.SLIDERS),
            exact=self.panel.exact,
            **self.panel.values(),
            **self.browser_state(settings),
        )

    def _sync_exact(self) -> None:
        if self.browser.exact != self.panel.exact:
            self.browser.exact = self.panel.exact

    def _ipython_display_(self) -> None:
        from IPython.display import display

        display(self.widget)
