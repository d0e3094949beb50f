"""The one skeleton every explorer follows, from a slider to the pixels.

In the browser (the explorer's `web` view module, see `gdcourse.explorers.browser`):

    1. slider         an ipywidgets slider moved; its value reaches the view inside the browser
    2. view module    works out the run in the book's order of operations and paints it with its
                      summary, in the same animation frame

In the kernel, meanwhile, for every value the browser sends (or `set()`):

    1. slider panel   its values read, with no side effects
    2. settings       one frozen record (`gdcourse.settings`), the run it describes worked out once
    3. summary        the sentence the browser shows (`gdcourse.summaries`), worked out when read

and when `drawn()` (or a test) reads the view:

    4. view.update    the matplotlib view's data moved in place (never rendered) to the settings

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


class FollowingView:
    """A never-rendered matplotlib view that moves to the settings only when read.

    Parameters
    ----------
    view : object
        A view with `update(settings)`, drawn for `settings`.
    settings : settings record
        The settings the view was drawn for.
    """

    def __init__(self, view: Any, settings: Any) -> None:
        self._view, self._shows = view, settings

    def at(self, settings: Any) -> Any:
        """The view, moved to `settings` (a settings record) first unless it already shows them."""
        if self._shows is not settings:
            self._view.update(settings)
            self._shows = settings
        return self._view


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
        self._view = FollowingView(type(self).draw(self.figure, settings), settings)
        self._followers: list[Callable[[Any], None]] = []
        self.widget = widgets.VBox(self.layout())
        self.widget.add_class("gd-explorer")
        self._apply()

    # -- the plain Python API -------------------------------------------------------------------

    @property
    def view(self) -> Any:
        """The kernel's matplotlib view of the current settings (never rendered): what `drawn()` reads.

        It is moved to the settings when read, not on every slider change: during a drag the kernel
        only keeps the settings, and nobody reads the view.
        """
        return self._view.at(self._settings)

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
        """Change settings as if the sliders were moved, all at once; a bad value changes nothing.

        Parameters
        ----------
        **values : float
            New values by setting name, such as `set(weight=0.3, input=1.5)`. The names are the
            explorer's sliders (see `sliders`), and each value must lie in its slider's range.

        Returns
        -------
        Explorer
            The explorer itself, so calls can be chained and a cell ending with one shows it.

        Raises
        ------
        ValueError
            If a name is not one of the explorer's settings, or a value is not a number or is outside
            its slider's range. The explorer is then left as it was.
        """
        numbers = self.Settings.check(values)
        self.set_sliders(numbers)
        self._apply()
        return self

    def set_sliders(self, numbers: Mapping[str, float]) -> None:
        """Move sliders from code: the browser learns the exact values before the sliders move.

        This is the step `set` takes after checking the values; call `set` instead, which checks
        them and then redraws.

        Parameters
        ----------
        numbers : mapping of str to float
            New slider values by slider name, already checked: nothing here checks them, and the
            settings, summary and picture stay as they were until the next change is drawn.
        """
        self.panel.set_exact(numbers)
        self._sync_exact()
        self.panel.set(numbers)

    def drawn(self) -> dict[str, np.ndarray]:
        """The data the figure holds right now, by name: what a learner sees, as numbers.

        Returns
        -------
        dict of str to numpy.ndarray
            Each drawn thing (a curve, a path of steps, a marker...) by name, as the numbers that
            place it in the figure.
        """
        return self.view.drawn()

    def picture(self) -> Picture:
        """A still image of the current view with its caption, for pages read without a kernel.

        Returns
        -------
        Picture
            The same view as the explorer's still picture function draws for these settings.
        """
        return type(self).still(self._settings)

    def on_change(self, callback: Callable[[Any], None]) -> None:
        """Call `callback(settings)` after every change has been drawn (a composed explorer follows).

        Parameters
        ----------
        callback : callable
            A function of one argument. It is called with the new settings record (see `settings`)
            after each change, whether from a slider or from `set`.
        """
        self._followers.append(callback)

    def artist_count(self) -> int:
        """Artists in the figure: the same for the explorer's whole life.

        Returns
        -------
        int
            How many matplotlib artists (lines, texts, patches...) the kernel's figure holds. Moving a
            slider changes their data, never their number.
        """
        return sum(len(ax.get_children()) for ax in self.figure.axes)

    # -- what a subclass may change -------------------------------------------------------------

    def layout(self) -> list[widgets.Widget]:
        """The widgets from top to bottom: sliders, then the picture with its summary.

        Returns
        -------
        list of ipywidgets.Widget
            The widgets the explorer shows, from top to bottom.
        """
        return [widgets.VBox(list(self.panel.sliders.values())), *self.picture_widgets()]

    def picture_widgets(self) -> list[widgets.Widget]:
        """The picture with its summary: the browser view.

        Returns
        -------
        list of ipywidgets.Widget
            The widgets that show the picture and its summary.
        """
        return [self.browser]

    def browser_state(self, settings: Any) -> dict[str, Any]:
        """What the browser view needs besides the sliders, for these settings (by trait name).

        Parameters
        ----------
        settings : settings record
            The settings to show, as the `settings` property gives them.

        Returns
        -------
        dict of str to object
            Values for the browser view by trait name; empty here, as the sliders carry everything.
        """
        return {}

    def settings_from(self, values: Mapping[str, float]) -> Any:
        """The settings record for the sliders' values.

        Parameters
        ----------
        values : mapping of str to float
            Every slider's value, by slider name.

        Returns
        -------
        settings record
            The current settings with those values put in; they are not checked again.
        """
        return self._settings.replaced(**values)

    def refresh_controls(self, settings: Any) -> None:
        """Bring widgets other than the sliders (buttons, play) in line with the settings.

        Parameters
        ----------
        settings : settings record
            The settings just worked out. Here there is nothing to do; an explorer with buttons
            enables or disables them.
        """

    # -- the skeleton ---------------------------------------------------------------------------

    def _apply(self) -> None:
        """In the kernel: read the sliders, make the settings, tell the browser view (see `view`)."""
        self._settings = settings = self.settings_from(self.panel.values())
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
