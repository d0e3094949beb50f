"""A live ipympl figure that is built once and redraws only the artists that move (blitting).

A full draw (axes, ticks, labels) costs about 50 ms; redrawing the few moving artists over a
saved background costs a few. When only one panel's axes change, that panel alone is erased and
drawn again into the background. The background is saved again after every full draw.
Every frame goes to the browser whole, encoded as a PNG in a few milliseconds (see `fast_png`).
"""

from __future__ import annotations

import struct
import warnings
import zlib
from collections.abc import Sequence

import numpy as np
from ipympl.backend_nbagg import Canvas, FigureManager
from matplotlib.artist import Artist
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.patches import Rectangle
from matplotlib.transforms import Bbox, IdentityTransform


def fast_png(pixels: np.ndarray) -> bytes:
    """A PNG of an RGBA pixel array, made for speed: RGB when every pixel is opaque, no row filter,
    the fastest zlib level.

    matplotlib's web canvas hands frames to Pillow, whose PNG writer tries five row filters on every
    row: a whole frame of 1600 x 760 pixels (a figure on a screen of device pixel ratio 2) then takes
    about 30 ms. Unfiltered rows of a plot (mostly runs of one colour) compress about as small, several
    times faster.
    """
    height, width, _ = pixels.shape
    opaque = bool((pixels[..., 3] == 255).all())
    samples = pixels[..., :3] if opaque else pixels
    rows = np.zeros((height, 1 + width * samples.shape[2]), dtype=np.uint8)  # each row: filter 0, then bytes
    rows[:, 1:] = samples.reshape(height, -1)
    header = struct.pack(">IIBBBBB", width, height, 8, 2 if opaque else 6, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + b"".join(
        struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))
        for kind, body in ((b"IHDR", header), (b"IDAT", zlib.compress(rows.tobytes(), 1)), (b"IEND", b""))
    )


class WholeFrameCanvas(Canvas):
    """ipympl's canvas widget, sending every frame whole rather than as a difference from the last.

    The front end can skip a frame that the next one overtakes (a button whose value the slider
    echoes back sends two at once). After a skipped difference image, later ones paint over a stale
    picture and old steps linger; a whole image cannot leave a trace. `fast_png` keeps it cheap.
    """

    def get_diff_image(self) -> bytes | None:
        """The frame to send, if the figure changed since the last one: always whole."""
        if not self._png_is_old:
            return None
        self._png_is_old = False
        self.set_image_mode("full")
        return fast_png(np.asarray(self.get_renderer().buffer_rgba()))


class LiveFigure:
    """A matplotlib Figure shown through an ipympl canvas widget, with blitted updates."""

    def __init__(self, figsize: tuple[float, float]) -> None:
        self.figure = Figure(figsize=figsize)
        self.canvas = WholeFrameCanvas(self.figure)
        # Frames go to the browser as messages. ipympl would also keep a full PNG in the widget
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
        self._eraser = Rectangle((0, 0), 1, 1, transform=IdentityTransform(), edgecolor="none")
        self._eraser.set_figure(self.figure)
        self._drawn_boxes: dict[Artist, Bbox] = {}  # each panel's and legend's extent at the last full draw
        self.canvas.mpl_connect("draw_event", self._on_full_draw)

    def set_moving(self, artists: list[Artist]) -> None:
        """Name the artists that change between full draws; they are drawn over the background.

        They are drawn in z-order, as a plain draw would layer them.
        """
        for artist in self._moving:
            artist.set_animated(False)
        self._moving = sorted(artists, key=lambda artist: artist.get_zorder())
        for artist in self._moving:
            artist.set_animated(True)

    def render(self, full: bool = False, axes: Sequence[Axes] = ()) -> None:
        """Show the current state: redraw everything, or just the panels in `axes`, or only what moves."""
        if full or self._background is None:
            self.canvas.draw()  # _on_full_draw then adds the moving artists
            return
        self.canvas.restore_region(self._background)
        if axes:
            renderer = self.canvas.get_renderer()
            for ax in axes:
                self._erase(ax, renderer)
                ax.draw(renderer)  # the static parts: moving artists are animated, so skipped
            self._background = self.canvas.copy_from_bbox(self.figure.bbox)
        self._draw_moving()
        self.canvas.blit(self.figure.bbox)

    def _erase(self, ax: Axes, renderer) -> None:
        """Paint the background colour over the strip of the figure that belongs to `ax`.

        The strip runs up to the edges of the neighbouring panels (tick labels included) and of the
        figure's legends, as measured at the last full draw, so a panel's old ticks vanish without
        touching its neighbours.
        """
        x0, y0, x1, y1 = self.figure.bbox.extents
        mine = self._drawn_boxes.get(ax, ax.bbox)
        for other, theirs in self._drawn_boxes.items():
            if other is ax:
                continue
            # The sides this neighbour lies on, judged from the axes box; prefer a cut that spares this
            # panel's own labels (a neighbour diagonally above may overhang the axes box to the side).
            cuts = [
                (theirs.x0 >= ax.bbox.x1, "x1", theirs.x0 - 1, theirs.x0 - 1 >= mine.x1),
                (theirs.x1 <= ax.bbox.x0, "x0", theirs.x1 + 1, theirs.x1 + 1 <= mine.x0),
                (theirs.y0 >= ax.bbox.y1, "y1", theirs.y0 - 1, theirs.y0 - 1 >= mine.y1),
                (theirs.y1 <= ax.bbox.y0, "y0", theirs.y1 + 1, theirs.y1 + 1 <= mine.y0),
            ]
            valid = [(side, at) for ok, side, at, spares in cuts if ok and spares] or [
                (side, at) for ok, side, at, _ in cuts if ok
            ]
            if not valid:
                continue
            side, at = valid[0]
            if side == "x1":
                x1 = min(x1, at)
            elif side == "x0":
                x0 = max(x0, at)
            elif side == "y1":
                y1 = min(y1, at)
            else:
                y0 = max(y0, at)
        self._eraser.set_bounds(x0, y0, x1 - x0, y1 - y0)
        self._eraser.set_facecolor(self.figure.get_facecolor())
        self._eraser.draw(renderer)

    def _on_full_draw(self, event: object) -> None:
        renderer = self.canvas.get_renderer()
        # Antialiased glyph edges can reach a pixel or two past a text's measured extent.
        boxes = {ax: ax.get_tightbbox(renderer) for ax in self.figure.axes}
        boxes |= {key: key.get_window_extent(renderer) for key in self.figure.legends}
        self._drawn_boxes = {artist: box.padded(2) for artist, box in boxes.items()}
        self._background = self.canvas.copy_from_bbox(self.figure.bbox)
        self._draw_moving()

    def _draw_moving(self) -> None:
        for artist in self._moving:
            if artist.get_visible():
                (artist.axes or self.figure).draw_artist(artist)  # a figure's own key has no axes

    def artist_count(self) -> int:
        """How many artists the figure holds; it stays the same for an explorer's whole life."""
        return sum(len(ax.get_children()) for ax in self.figure.axes)
