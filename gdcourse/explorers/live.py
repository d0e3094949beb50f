"""A live ipympl figure that is built once and redraws only the artists that move (blitting).

A full draw (axes, ticks, labels) costs about 50 ms; redrawing the few moving artists over a
saved background costs a few. The background is saved again after every full draw.
"""

from __future__ import annotations

import warnings

from matplotlib.artist import Artist
from matplotlib.figure import Figure


class LiveFigure:
    """A matplotlib Figure shown through an ipympl canvas widget, with blitted updates."""

    def __init__(self, figsize: tuple[float, float]) -> None:
        from ipympl.backend_nbagg import Canvas, FigureManager

        self.figure = Figure(figsize=figsize)
        self.canvas = Canvas(self.figure)
        # Frames go to the browser as image diffs. ipympl would also keep a full PNG in the widget
        # state for embedding, but a draw before any browser attaches stores it without its
        # "data:" prefix and the browser then fails to set the figure up; the still picture next
        # to every explorer covers pages read without a kernel.
        self.canvas.syncing_data_url = False
        with warnings.catch_warnings():  # ipympl 0.10's own toolbar trips a traitlets deprecation
            warnings.filterwarnings("ignore", "Passing unrecognized arguments", DeprecationWarning)
            FigureManager(self.canvas, 0)
        self.canvas.header_visible = False
        self.canvas.footer_visible = False
        self.canvas.toolbar_visible = False
        self.canvas.resizable = False
        # ipympl sets the size only when a canvas is displayed on its own; inside a box it stays
        # 0 x 0 and the browser shows nothing, so give it the figure's size in pixels now.
        self.canvas._size = (self.figure.bbox.width, self.figure.bbox.height)
        self._moving: list[Artist] = []
        self._background = None
        self.canvas.mpl_connect("draw_event", self._on_full_draw)

    def set_moving(self, artists: list[Artist]) -> None:
        """Name the artists that change between full draws; they are drawn over the background."""
        for artist in self._moving:
            artist.set_animated(False)
        self._moving = list(artists)
        for artist in self._moving:
            artist.set_animated(True)

    def render(self, full: bool = False) -> None:
        """Show the current state: a full draw when the axes changed, else only what moves."""
        if full or self._background is None:
            self.canvas.draw()  # _on_full_draw then adds the moving artists
            return
        self.canvas.restore_region(self._background)
        self._draw_moving()
        self.canvas.blit(self.figure.bbox)

    def _on_full_draw(self, _event: object) -> None:
        self._background = self.canvas.copy_from_bbox(self.figure.bbox)
        self._draw_moving()

    def _draw_moving(self) -> None:
        for artist in self._moving:
            if artist.get_visible():
                artist.axes.draw_artist(artist)

    def artist_count(self) -> int:
        """How many artists the figure holds; it stays the same for an explorer's whole life."""
        return sum(len(ax.get_children()) for ax in self.figure.axes)
