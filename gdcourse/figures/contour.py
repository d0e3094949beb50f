"""Chapter 5's contour panel: the error over two weights (the third held) as contour lines, its
lowest error, and the numbered path of gradient descent across it.

Every artist is moved in place by `update`. For the explorer this view is the oracle the browser's twin
(gdcourse/explorers/web/src/generalized.js) is tested against, so its arithmetic is written out one
operation at a time (the numbering works in points, not through matplotlib's transforms).
Used by notebook 05_generalizing (through `gdcourse.figures.generalized` and `gd.pictures`).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
from matplotlib.axes import Axes
from matplotlib.lines import Line2D
from matplotlib.text import Text
from matplotlib.ticker import FuncFormatter

from gdcourse.figures.framing import LOOSEST, ROOM
from gdcourse.figures.style import BLACK, BLUE, GREEN, VERMILION, ink
from gdcourse.figures.surface import Surface, slice_quadratic
from gdcourse.settings import INPUT_NAMES, WEIGHT_NAMES, GeneralizedSettings

NUMBERED_POINTS = 10
#: Numbering stops at a step closer than this (in points) to an earlier number.
NUMBER_SPACING = 10
#: How many contour lines: each has a quarter of the error (above the lowest) of the one outside it.
LEVELS = 7
LEVEL_RATIO = 0.25
#: The narrowest half-width of a view, in weight units.
MIN_REACH = 0.1
#: The path's first points that always frame the panels (the start and two steps), as for one weight.
FRAMED = 3
#: A run whose weights stay within this (and errors within the next) counts as settling: framed whole.
SETTLED_WEIGHT = 1e3
SETTLED_ERROR = 1e6
BOX = {"boxstyle": "round,pad=0.2", "facecolor": "white", "edgecolor": "none", "alpha": 0.85}


@dataclass
class NumberedPath:
    """Steps joined by a line, small dots at every one, the first ones ringed and numbered; where the path
    leaves the view, a triangle on the edge."""

    ax: Axes
    line: Line2D
    dots: Line2D
    rings: Line2D
    numbers: list[Line2D]
    exit_marker: Line2D

    @property
    def artists(self) -> list:
        return [self.line, self.dots, self.rings, *self.numbers, self.exit_marker]

    def update(self, xs: np.ndarray, ys: np.ndarray) -> None:
        """Show the points while they stay inside the view; mark on the edge where the first one leaves."""
        (x0, x1), (y0, y1) = sorted(self.ax.get_xlim()), sorted(self.ax.get_ylim())
        xs, ys = np.asarray(xs, dtype=float), np.asarray(ys, dtype=float)
        with np.errstate(invalid="ignore"):
            inside = np.isfinite(xs) & np.isfinite(ys) & (xs >= x0) & (xs <= x1) & (ys >= y0) & (ys <= y1)
        first_out = len(xs) if inside.all() else int(np.argmin(inside))
        shown_x, shown_y = xs[:first_out], ys[:first_out]
        if first_out < len(xs):
            out_x = xs[first_out] if math.isfinite(xs[first_out]) else x1
            out_y = ys[first_out] if math.isfinite(ys[first_out]) else y1
            edge = (float(np.clip(out_x, x0, x1)), float(np.clip(out_y, y0, y1)))
            self.exit_marker.set_data([edge[0]], [edge[1]])
            self.line.set_data(np.append(shown_x, edge[0]), np.append(shown_y, edge[1]))
        else:
            self.exit_marker.set_data([], [])
            self.line.set_data(shown_x, shown_y)
        self.dots.set_data(shown_x, shown_y)
        self._number(shown_x, shown_y)

    def _number(self, xs: np.ndarray, ys: np.ndarray) -> None:
        """Ring and number the points from 0 until one would sit on an earlier number."""
        placed = numbered_count(xs, ys, self.ax.get_xlim(), self.ax.get_ylim(), size_in_points(self.ax))
        for k, number in enumerate(self.numbers):
            number.set_data(xs[k : k + 1] if k < placed else [], ys[k : k + 1] if k < placed else [])
        self.rings.set_data(xs[:placed], ys[:placed])

    def drawn(self) -> np.ndarray:
        return self.dots.get_xydata()


def draw_numbered_path(ax: Axes, colour: str = VERMILION, label: str = "steps (numbered)") -> NumberedPath:
    """An empty numbered path on `ax`; `update` places it."""
    (line,) = ax.plot([], [], color=colour, linewidth=1.2, zorder=4)
    (dots,) = ax.plot([], [], "o", color=colour, markersize=3.5, zorder=4)
    (rings,) = ax.plot(
        [], [], "o", markersize=12, markerfacecolor="white", markeredgecolor=colour,
        markeredgewidth=1.5, zorder=5, label=label,
    )  # fmt: skip
    numbers = [
        ax.plot([], [], marker=f"${k}$", color=BLACK, markersize=5.5 if k < 10 else 7.5, zorder=6)[0]
        for k in range(NUMBERED_POINTS + 1)
    ]
    (exit_marker,) = ax.plot([], [], "^", color=colour, markersize=10, markeredgecolor=BLACK, zorder=6)
    return NumberedPath(ax, line, dots, rings, numbers, exit_marker)


def size_in_points(ax: Axes) -> tuple[float, float]:
    """The width and height of an Axes' plot box, in points (1/72 inch): the same at every dpi."""
    box, figure = ax.get_position(), ax.figure
    return float(box.width * figure.get_figwidth() * 72), float(box.height * figure.get_figheight() * 72)


def numbered_count(
    xs: np.ndarray,
    ys: np.ndarray,
    xlim: tuple[float, float],
    ylim: tuple[float, float],
    size: tuple[float, float],
) -> int:
    """How many of the points, from the first, get a ring and a number: up to NUMBERED_POINTS + 1, stopping
    at the first that lies closer than NUMBER_SPACING points to one numbered before it.

    Positions are in points from the plot box's corner, worked out one operation at a time (the browser's
    twin, gdcourse/explorers/web/src/generalized.js, gives the same answer).
    """
    (x0, x1), (y0, y1) = xlim, ylim
    per_x, per_y = size[0] / (x1 - x0), size[1] / (y1 - y0)
    placed: list[tuple[float, float]] = []
    for k in range(min(len(xs), NUMBERED_POINTS + 1)):
        x, y = (float(xs[k]) - x0) * per_x, (float(ys[k]) - y0) * per_y
        if any(math.sqrt((x - u) * (x - u) + (y - v) * (y - v)) < NUMBER_SPACING for u, v in placed):
            break
        placed.append((x, y))
    return len(placed)


def last_finite(weights: np.ndarray) -> np.ndarray:
    finite = np.isfinite(weights).all(axis=1)
    return weights[np.flatnonzero(finite)[-1]] if finite.any() else weights[0]


@dataclass
class ContourPanel:
    """The error over two weights as contour lines, the lowest error, and the path of the steps."""

    ax: Axes
    levels: list[Line2D]
    trough: Line2D
    bowl: Line2D
    bottom_label: Text
    path: NumberedPath
    note: Text
    surface: Surface | None = None
    held: tuple[int, float] = (0, 0.0)
    held_how: str = "held at"
    kind: tuple[str, tuple[str, str]] | None = None  # (games, plane) the view was last fitted for

    def frame(
        self, settings: GeneralizedSettings, weights: np.ndarray, count: int
    ) -> tuple[np.ndarray, np.ndarray]:
        """Work out the surface for the plane, the third weight held, and what the view must hold.

        The third weight is held at its value after the last step, or at its start when the run runs away.
        """
        plane = tuple(WEIGHT_NAMES.index(n) for n in settings.plane)
        held, held_value, self.held_how = held_weight(settings, weights, count)
        self.held = (held, held_value)
        self.surface = Surface(
            *slice_quadratic(
                np.array(settings.inputs), np.array(settings.goal_preds), plane, held, held_value
            )
        )
        pairs = weights[:, list(plane)]
        start = pairs[0]
        bottom, _ = self.surface.lowest(start)
        return pairs, np.vstack([pairs[:count], bottom[np.newaxis, :]])

    def fit(self, needed: np.ndarray, settings: GeneralizedSettings) -> bool:
        """Frame the points in `needed` with equal scales on both axes (so steps cross the contour lines
        at right angles), keeping the view while they fit; True if the axes moved."""
        ax = self.ax
        low, high = needed.min(axis=0), needed.max(axis=0)
        centre, half = (low + high) / 2, np.maximum((high - low) / 2, MIN_REACH / 2)
        box = ax.get_position()
        width, height = box.width * ax.figure.get_figwidth(), box.height * ax.figure.get_figheight()
        scale = max(half[0] / width, half[1] / height) * 1.25  # weight units per inch
        (x0, x1), (y0, y1) = ax.get_xlim(), ax.get_ylim()
        same_kind = (settings.games, settings.plane) == self.kind
        holds = x0 <= low[0] and high[0] <= x1 and y0 <= low[1] and high[1] <= y1
        if same_kind and holds and (x1 - x0) <= LOOSEST * 2 * scale * width:
            return False
        if same_kind:
            scale *= ROOM  # refitted while sliders move: leave room for the next small change
        self.kind = (settings.games, settings.plane)
        x_half, y_half = scale * width, scale * height
        ax.set_xlim(centre[0] - x_half, centre[0] + x_half)
        ax.set_ylim(centre[1] - y_half, centre[1] + y_half)
        ax.set_xlabel(f"weight {settings.plane[0]} ({INPUT_NAMES[WEIGHT_NAMES.index(settings.plane[0])]})")
        ax.set_ylabel(f"weight {settings.plane[1]} ({INPUT_NAMES[WEIGHT_NAMES.index(settings.plane[1])]})")
        return True

    def show(self, settings: GeneralizedSettings) -> bool:
        """Frame, fit and draw this panel for a run on its own (a still with contour panels only)."""
        weights, errors = settings.path
        pairs, needed = self.frame(settings, weights, framed_count(weights, errors))
        moved = self.fit(needed, settings)
        self.update(settings, pairs)
        return moved

    def update(self, settings: GeneralizedSettings, pairs: np.ndarray) -> None:
        """Contour lines for the current view, the bottom (line or point), and the path."""
        surface = self.surface
        assert surface is not None, "frame() first"
        (x0, x1), (y0, y1) = self.ax.get_xlim(), self.ax.get_ylim()
        box = (x0, x1, y0, y1)
        start = pairs[0]
        bottom, lowest = surface.lowest(start)
        corners = [surface.error_at(u, v) for u, v in ((x0, y0), (x0, y1), (x1, y0), (x1, y1))]
        top = float(np.max(corners))  # nan if any corner's error is nan
        for k, line in enumerate(self.levels, start=1):
            level = lowest + (top - lowest) * LEVEL_RATIO**k
            points = surface.level_line(level, box, start)
            line.set_data(points[:, 0], points[:, 1])
        spot = np.clip(bottom, [x0, y0], [x1, y1])
        if surface.is_trough:
            points = surface.bottom_line(box, start)
            self.trough.set_data(points[:, 0], points[:, 1])
            self.bowl.set_data([], [])
            # zero but for rounding, which grows with the size of the error's terms
            zero = lowest < 1e-12 * max(surface.c, 1.0)
            self.bottom_label.set_text("zero error: a whole line" if zero else "lowest error")
            ends = points[np.isfinite(points).all(axis=1)]
            if len(ends):  # label the end of the line farther from the path's end, away from the steps
                last = pairs[np.isfinite(pairs).all(axis=1)][-1]
                spot = max(ends, key=lambda end: distance(end, last))
        else:
            self.trough.set_data([], [])
            inside = x0 <= bottom[0] <= x1 and y0 <= bottom[1] <= y1
            self.bowl.set_data([bottom[0]] if inside else [], [bottom[1]] if inside else [])
            self.bottom_label.set_text(f"lowest error {lowest:.3g}" if inside else "")
        self.bottom_label.xy = (float(spot[0]), float(spot[1]))
        right, upper = spot[0] > (x0 + x1) / 2, spot[1] > (y0 + y1) / 2  # the label reads into the view
        self.bottom_label.set_position((-8 if right else 8, -10 if upper else 8))
        self.bottom_label.set_ha("right" if right else "left")
        self.bottom_label.set_va("top" if upper else "bottom")
        self.path.update(pairs[:, 0], pairs[:, 1])
        held, value = self.held
        u, v = settings.plane
        self.note.set_text(
            f"error over {u} and {v}; {WEIGHT_NAMES[held]} ({INPUT_NAMES[held]}) {self.held_how} {value:.4g}"
        )


def distance(p: np.ndarray, q: np.ndarray) -> float:
    """The distance between two points, as sqrt(dx * dx + dy * dy)."""
    dx, dy = float(p[0]) - float(q[0]), float(p[1]) - float(q[1])
    return math.sqrt(dx * dx + dy * dy)


def held_weight(settings: GeneralizedSettings, weights: np.ndarray, count: int) -> tuple[int, float, str]:
    """The weight the contour view holds (the one not in its plane), its value, and how it is held.

    A frozen weight keeps its value; another is held at its value after the last step, or at its start
    when the run runs away (`count`, from `framed_count`, is then short of the whole path).
    """
    held = next(k for k, name in enumerate(WEIGHT_NAMES) if name not in settings.plane)
    if settings.frozen[held]:
        return held, float(weights[0, held]), "frozen at"
    if count == len(weights):
        return held, float(weights[-1, held]), "held at its last value,"
    return held, float(weights[0, held]), "held at its start (the run runs away):"


def framed_count(weights: np.ndarray, errors: np.ndarray) -> int:
    """How many of the path's points every view must hold: all of them for a run that settles (all finite
    and within bounds), else the first FRAMED, as the parabola explorer frames a run that runs away."""
    finite = np.isfinite(weights).all(axis=1) & np.isfinite(errors)
    prefix = len(finite) if finite.all() else int(np.argmin(finite))
    if prefix == len(weights) and np.abs(weights).max() <= SETTLED_WEIGHT and errors.max() <= SETTLED_ERROR:
        return prefix
    return max(1, min(FRAMED, prefix))


def short_ticks(ax: Axes) -> None:
    """Tick labels of up to 3 significant digits and no offset text (it would sit on the title)."""
    for axis in (ax.xaxis, ax.yaxis):
        axis.set_major_formatter(FuncFormatter(lambda value, _: f"{value:.3g}" if value else "0"))


def draw_contour_panel(ax: Axes) -> ContourPanel:
    """An empty contour panel on `ax`: contour lines, the lowest error (a line or a point), the path."""
    short_ticks(ax)
    levels = [ax.plot([], [], color=BLUE, linewidth=0.9, alpha=0.35 + 0.08 * k)[0] for k in range(LEVELS)]
    levels[0].set_label("contour lines: each inside has a quarter of the error")
    (trough,) = ax.plot([], [], color=GREEN, linestyle="--", linewidth=2.2, zorder=3, label="lowest error")
    (bowl,) = ax.plot([], [], "D", color=GREEN, markersize=9, markeredgecolor=BLACK, zorder=3)
    bottom_label = ax.annotate(
        "",
        (0, 0),
        xytext=(8, 8),
        textcoords="offset points",
        color=ink(GREEN),
        fontsize=9,
        bbox=BOX,
        zorder=3.5,
    )  # below the path, so the label never hides a step
    path = draw_numbered_path(ax)
    note = ax.set_title("", fontsize=9.5, y=1)  # what the panel shows and holds: a moving artist
    return ContourPanel(ax, levels, trough, bowl, bottom_label, path, note)
