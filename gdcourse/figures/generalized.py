"""Chapter 5's picture: three weights learning at once, one error curve per weight and a contour map.

Top row: error against each weight with the other two held, dashed at their start values and solid
after the last step, with the numbered steps. Bottom left: the error over two weights as contour
lines (the third held), with the path of the steps; one game gives a trough (a whole line of zero
error), all four games a bowl. Bottom right: the error after each step on a log scale.
Every contour line is worked out exactly (the error is a quadratic), so all of it moves in place.
Used by notebooks 05_generalizing and playground (through `gd.explorers.GeneralizedExplorer`).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import ClassVar

import numpy as np
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.text import Text
from matplotlib.ticker import FuncFormatter

from gdcourse.figures.framing import LOOSEST, ROOM, error_top, nice_ceiling, step_axis_end
from gdcourse.figures.parabola import ERROR_CEILING, ERROR_FLOOR, limits_of
from gdcourse.figures.style import BLACK, BLUE, GREEN, SKY, VERMILION
from gdcourse.settings import INPUT_NAMES, WEIGHT_NAMES, GeneralizedSettings

NUMBERED_POINTS = 10
#: Numbering stops at a step closer than this (in points) to an earlier number.
NUMBER_SPACING = 10
#: How many contour lines: each has a quarter of the error (above the lowest) of the one outside it.
LEVELS = 7
LEVEL_RATIO = 0.25
#: Points per weight curve and per contour ellipse.
CURVE_POINTS = 161
ELLIPSE_POINTS = 241
#: The narrowest half-width of a weight panel, in weight units.
MIN_REACH = 0.1
#: The lowest top of the weight panels' error axis: a run that starts with less sits near the bottom,
#: so a small move of the steep weight a does not refit every panel.
MIN_ERROR_TOP = 0.01
#: The path's first points that always frame the panels (the start and two steps), as for one weight.
FRAMED = 3
#: A run whose weights stay within this (and errors within the next) counts as settling: framed whole.
SETTLED_WEIGHT = 1e3
SETTLED_ERROR = 1e6
BOX = {"boxstyle": "round,pad=0.2", "facecolor": "white", "edgecolor": "none", "alpha": 0.85}


def errors_along(
    weights: np.ndarray, index: int, values: np.ndarray, inputs: np.ndarray, goals: np.ndarray
) -> np.ndarray:
    """The error over the games when weight `index` takes each of `values` and the others stay put."""
    grid = np.repeat(np.asarray(weights, dtype=float)[np.newaxis, :], len(values), axis=0)
    grid[:, index] = values
    with np.errstate(over="ignore", invalid="ignore"):
        return ((grid @ np.asarray(inputs, dtype=float).T - np.asarray(goals, dtype=float)) ** 2).sum(axis=1)


def slice_quadratic(
    inputs: np.ndarray, goals: np.ndarray, plane: tuple[int, int], held: int, held_value: float
) -> tuple[np.ndarray, np.ndarray, float]:
    """The error over two weights (p = the pair), the third held: E(p) = p.A.p - 2 b.p + c; (A, b, c)."""
    x = np.asarray(inputs, dtype=float)
    pair = x[:, list(plane)]
    target = np.asarray(goals, dtype=float) - x[:, held] * held_value
    return pair.T @ pair, pair.T @ target, float(target @ target)


def clip_segment(p: np.ndarray, q: np.ndarray, box: tuple[float, float, float, float]) -> np.ndarray | None:
    """The part of the segment p-q inside the box (x0, x1, y0, y1), or None (Liang and Barsky's way)."""
    x0, x1, y0, y1 = box
    d = q - p
    low, high = 0.0, 1.0
    for delta, start, lo, hi in ((d[0], p[0], x0, x1), (d[1], p[1], y0, y1)):
        if delta == 0:
            if not lo <= start <= hi:
                return None
            continue
        t1, t2 = (lo - start) / delta, (hi - start) / delta
        low, high = max(low, min(t1, t2)), min(high, max(t1, t2))
        if low > high:
            return None
    ends = np.array([p + low * d, p + high * d])
    return np.clip(ends, [x0, y0], [x1, y1])  # rounding may land a hair outside


@dataclass
class Surface:
    """The error over a plane of two weights: a trough (one game) or a bowl (several games)."""

    A: np.ndarray
    b: np.ndarray
    c: float

    @property
    def is_trough(self) -> bool:
        """True when a whole line of weight pairs gives the lowest error (one game: rank 1)."""
        eigen = np.linalg.eigvalsh(self.A)
        return bool(eigen[0] <= 1e-12 * max(eigen[1], 1e-300))

    def at(self, points: np.ndarray) -> np.ndarray:
        """The error at each (u, v) point."""
        p = np.atleast_2d(np.asarray(points, dtype=float))
        with np.errstate(over="ignore", invalid="ignore"):
            return np.einsum("ni,ij,nj->n", p, self.A, p) - 2 * p @ self.b + self.c

    def lowest(self, near: np.ndarray) -> tuple[np.ndarray, float]:
        """Where the error is lowest (for a trough: the point of its bottom line nearest `near`), and it."""
        if self.is_trough:
            normal = self._normal()
            level = self.b @ normal / (normal @ self.A @ normal)
            foot = near - (normal @ near - level) * normal
            return foot, max(float(self.at(foot)[0]), 0.0)
        centre = np.linalg.solve(self.A, self.b)
        return centre, max(float(self.at(centre)[0]), 0.0)

    def _normal(self) -> np.ndarray:
        """The unit direction across the trough (the only one along which the error changes)."""
        return np.linalg.eigh(self.A)[1][:, 1]

    def level_line(
        self, level: float, box: tuple[float, float, float, float], near: np.ndarray
    ) -> np.ndarray:
        """The points at error `level` inside the box, as one polyline (NaN between separate pieces)."""
        bottom, lowest = self.lowest(near)
        spare = level - lowest
        if spare <= 0:
            return np.empty((0, 2))
        if self.is_trough:
            normal = self._normal()
            along = np.array([-normal[1], normal[0]])
            span = 4 * max(abs(box[1] - box[0]), abs(box[3] - box[2])) + abs(bottom).sum()
            offset = math.sqrt(spare / (normal @ self.A @ normal))
            pieces = []
            for side in (-1, 1):
                centre = bottom + side * offset * normal
                clipped = clip_segment(centre - span * along, centre + span * along, box)
                if clipped is not None:
                    pieces += [clipped, np.full((1, 2), np.nan)]
            return np.vstack(pieces) if pieces else np.empty((0, 2))
        eigen, vectors = np.linalg.eigh(self.A)
        angle = np.linspace(0, 2 * math.pi, ELLIPSE_POINTS)
        radii = np.sqrt(spare / eigen)
        points = bottom + (vectors @ np.vstack([radii[0] * np.cos(angle), radii[1] * np.sin(angle)])).T
        inside = (
            (points[:, 0] >= box[0])
            & (points[:, 0] <= box[1])
            & (points[:, 1] >= box[2])
            & (points[:, 1] <= box[3])
        )
        return np.where(inside[:, np.newaxis], points, np.nan)


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
        spacing = NUMBER_SPACING * self.ax.figure.dpi / 72
        placed: list[np.ndarray] = []
        crowded = False
        for k, number in enumerate(self.numbers):
            if not crowded and k < len(xs):
                spot = self.ax.transData.transform((xs[k], ys[k]))
                crowded = any(np.hypot(*(spot - other)) < spacing for other in placed)
                if not crowded:
                    placed.append(spot)
                    number.set_data(xs[k : k + 1], ys[k : k + 1])
                    continue
            number.set_data([], [])
        count = len(placed)
        self.rings.set_data(xs[:count], ys[:count])

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


@dataclass
class WeightPanel:
    """Error against one weight, the other two held: at their start values (dashed) and after the run."""

    ax: Axes
    index: int
    start_curve: Line2D
    final_curve: Line2D
    path: NumberedPath
    note: Text

    @property
    def moving_artists(self) -> list:
        return [self.start_curve, self.final_curve, *self.path.artists, self.note]

    def update(
        self, settings: GeneralizedSettings, weights: np.ndarray, errors: np.ndarray, settles: bool
    ) -> None:
        """Draw both curves over the current view (the solid one for a run that settles), and the path."""
        i = self.index
        xs = np.linspace(*self.ax.get_xlim(), CURVE_POINTS)
        inputs, goals = np.array(settings.inputs), np.array(settings.goals)
        last = _last_finite(weights)
        self.start_curve.set_data(xs, errors_along(weights[0], i, xs, inputs, goals))
        if settles:
            self.final_curve.set_data(xs, errors_along(last, i, xs, inputs, goals))
        else:
            self.final_curve.set_data([], [])
        self.path.update(weights[:, i], errors)
        name = WEIGHT_NAMES[i]
        if settings.frozen[i]:
            self.note.set_text(f"{name} ({INPUT_NAMES[i]}) frozen at {weights[0, i]:.4g}")
        else:
            self.note.set_text(f"{name} ({INPUT_NAMES[i]}): {weights[0, i]:.4g} → {last[i]:.4g}")


def _last_finite(weights: np.ndarray) -> np.ndarray:
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

    @property
    def moving_artists(self) -> list:
        return [*self.levels, self.trough, self.bowl, self.bottom_label, *self.path.artists, self.note]

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
            *slice_quadratic(np.array(settings.inputs), np.array(settings.goals), plane, held, held_value)
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
        corners = np.array([[x0, y0], [x0, y1], [x1, y0], [x1, y1]])
        top = float(surface.at(corners).max())
        for k, line in enumerate(self.levels, start=1):
            level = lowest + (top - lowest) * LEVEL_RATIO**k
            points = surface.level_line(level, box, start)
            line.set_data(points[:, 0], points[:, 1])
        spot = np.clip(bottom, [x0, y0], [x1, y1])
        if surface.is_trough:
            points = surface.level_line(lowest + 1e-300, box, start)
            self.trough.set_data(points[:, 0], points[:, 1])
            self.bowl.set_data([], [])
            self.bottom_label.set_text("zero error: a whole line" if lowest < 1e-12 else "lowest error")
            ends = points[np.isfinite(points).all(axis=1)]
            if len(ends):  # label the end of the line farther from the path's end, away from the steps
                last = pairs[np.isfinite(pairs).all(axis=1)][-1]
                spot = max(ends, key=lambda end: float(np.hypot(*(end - last))))
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


def _holds(current: tuple[float, float], needed: tuple[float, float]) -> bool:
    low, high = current
    width = max(needed[1] - needed[0], 1e-12)
    return low <= needed[0] and needed[1] <= high and high - low <= LOOSEST * width


@dataclass
class ErrorPanel:
    """The error after each step (each pass through the games) on a log scale fitted to the run."""

    ax: Axes
    line: Line2D
    clipped: Line2D
    framed: bool = False  # keep the limits while the errors fit: set once first drawn

    def update(self, errors: np.ndarray, steps: int, games: str) -> bool:
        """Plot the errors (off-scale ones on the edge); True if the panel's axes or label changed."""
        with np.errstate(invalid="ignore"):
            drawn = np.clip(np.nan_to_num(errors, nan=ERROR_CEILING, posinf=ERROR_CEILING), 0, None)
        off_scale = (drawn < ERROR_FLOOR) | (drawn > ERROR_CEILING)
        drawn = np.clip(drawn, ERROR_FLOOR, ERROR_CEILING)
        axis = np.arange(len(drawn))
        self.line.set_data(axis, drawn)
        self.clipped.set_data(axis[off_scale], drawn[off_scale])
        before = (self.ax.get_xlim(), self.ax.get_ylim(), self.ax.get_xlabel())
        self.ax.set_xlim(-0.5, step_axis_end(steps) + 0.5)
        self.ax.set_ylim(*decades(drawn, self.ax.get_ylim() if self.framed else None))
        self.framed = True
        self.ax.set_xlabel("step" if games == "first" else "pass through the four games", fontsize=9)
        return before != (self.ax.get_xlim(), self.ax.get_ylim(), self.ax.get_xlabel())


def decades(errors: np.ndarray, current: tuple[float, float] | None = None) -> tuple[float, float]:
    """Log-scale limits in whole powers of 10 around the errors (4 decades at least), kept while they fit."""
    low = math.floor(math.log10(max(float(errors.min()), ERROR_FLOOR))) if len(errors) else -1
    high = math.ceil(math.log10(max(float(errors.max()), ERROR_FLOOR))) if len(errors) else 1
    if high - low < 4:
        middle = (high + low) / 2
        low, high = math.floor(middle - 2), math.ceil(middle + 2)
    if current is not None:
        c_low, c_high = (math.log10(v) for v in current)
        fits = c_low <= low + 1e-9 and high <= c_high + 1e-9
        if fits and c_high - c_low <= max(LOOSEST * (high - low), 8):
            return current
        low, high = low - 1, high + 1  # refitted while sliders move: a decade of room each side
    return 10.0 ** max(low, -16), 10.0 ** min(high, 16)


@dataclass
class GeneralizedView:
    """Chapter 5's whole picture: three weight panels, the contour view and the error per step."""

    #: The figure's size in inches, for the explorer and its still picture alike.
    SIZE: ClassVar = (8.0, 6.0)

    figure: Figure
    panels: list[WeightPanel]
    contour: ContourPanel
    error_panel: ErrorPanel
    framed: bool = False  # the weight panels' limits are kept while what they must show fits

    @property
    def moving_artists(self) -> list:
        """The artists a change moves while the axes stay where they are: all but axes and legend."""
        moving = [artist for panel in self.panels for artist in panel.moving_artists]
        return [*moving, *self.contour.moving_artists, self.error_panel.line, self.error_panel.clipped]

    def update(self, settings: GeneralizedSettings) -> list[Axes]:
        """Move every artist to the run these settings describe; return the panels whose axes moved."""
        weights, errors = settings.path
        count = framed_count(weights, errors)
        moved = self._frame_weights(weights[:count], errors[:count], settings, count == len(weights))
        pairs, needed = self.contour.frame(settings, weights, count)
        if self.contour.fit(needed, settings):
            moved.append(self.contour.ax)
        for panel in self.panels:
            panel.update(settings, weights, errors, count == len(weights))
        self.contour.update(settings, pairs)
        if self.error_panel.update(errors, settings.steps, settings.games):
            moved.append(self.error_panel.ax)
        return moved

    def _frame_weights(
        self, weights: np.ndarray, errors: np.ndarray, settings: GeneralizedSettings, settles: bool
    ) -> list[Axes]:
        """One width for all three panels (a weight that moves little looks it), each centred on its own."""
        framed = np.column_stack([weights, errors])
        inputs, goals = np.array(settings.inputs), np.array(settings.goals)
        needed = []
        for panel in self.panels:
            values = list(framed[:, panel.index])
            for held in (weights[0], weights[-1]) if settles else (weights[0],):
                bottom = _curve_bottom(held, panel.index, inputs, goals)
                if bottom is not None:
                    values.append(bottom)
            needed.append((min(values), max(values)))
        reach = max(MIN_REACH, *((high - low) / 2 for low, high in needed)) * 1.15
        current = [panel.ax.get_xlim() for panel in self.panels]
        keep = (
            self.framed
            and _same_widths(self.panels)
            and all(lo <= n[0] and n[1] <= hi for (lo, hi), n in zip(current, needed, strict=True))
            and all(hi - lo <= LOOSEST * 2 * reach for lo, hi in current)
        )
        fresh_reach = nice_ceiling(reach * (ROOM if self.framed else 1.0))
        moved = []
        curve_top = max(float(np.nanmax(framed[:, 3])) if len(framed) else 1.0, MIN_ERROR_TOP)
        top = error_top(curve_top, self.panels[0].ax.get_ylim()[1] if self.framed else None)
        for panel, (low, high) in zip(self.panels, needed, strict=True):
            before = (*panel.ax.get_xlim(), panel.ax.get_ylim()[1])
            if not keep:
                middle = (low + high) / 2
                panel.ax.set_xlim(middle - fresh_reach, middle + fresh_reach)
            panel.ax.set_ylim(-0.04 * top, top)
            if before != (*panel.ax.get_xlim(), panel.ax.get_ylim()[1]):
                moved.append(panel.ax)
        self.framed = True
        return moved

    def drawn(self) -> dict[str, np.ndarray]:
        """The data the figure holds right now, by name: what a learner sees, as numbers."""
        found: dict[str, np.ndarray] = {}
        for panel in self.panels:
            name = WEIGHT_NAMES[panel.index]
            found[f"curve_{name}_start"] = panel.start_curve.get_xydata()
            found[f"curve_{name}"] = panel.final_curve.get_xydata()
            found[f"path_{name}"] = panel.path.drawn()
            found[f"exit_{name}"] = panel.path.exit_marker.get_xydata()
            found[f"limits_{name}"] = limits_of(panel.ax)
        c = self.contour
        levels = np.vstack([line.get_xydata() for line in c.levels])
        found["contours"] = levels[np.isfinite(levels).all(axis=1)]
        trough = c.trough.get_xydata()
        found["trough"] = trough[np.isfinite(trough).all(axis=1)]
        found["bowl"] = c.bowl.get_xydata()
        found["path_plane"] = c.path.drawn()
        found["numbered_plane"] = c.path.rings.get_xydata()
        found["exit_plane"] = c.path.exit_marker.get_xydata()
        found["plane_limits"] = limits_of(c.ax)
        found["errors"] = self.error_panel.line.get_xydata()
        found["off_scale"] = self.error_panel.clipped.get_xydata()
        found["errors_limits"] = limits_of(self.error_panel.ax)
        return found

    def labels(self) -> dict[str, str]:
        """The texts written on the figure, by name."""
        texts = {WEIGHT_NAMES[p.index]: p.note.get_text() for p in self.panels}
        return {**texts, "held": self.contour.note.get_text(), "bottom": self.contour.bottom_label.get_text()}


def _same_widths(panels: list[WeightPanel]) -> bool:
    widths = [np.diff(p.ax.get_xlim())[0] for p in panels]
    return max(widths) - min(widths) <= 1e-12 * max(widths)


def _curve_bottom(weights: np.ndarray, index: int, inputs: np.ndarray, goals: np.ndarray) -> float | None:
    """Where the error against weight `index` (the others held at `weights`) is lowest; None if flat."""
    if not np.isfinite(weights).all():
        return None
    x = inputs[:, index]
    if not (x**2).sum():
        return None
    rest = inputs @ weights - x * weights[index]
    return float(((goals - rest) * x).sum() / (x**2).sum())


def _short_ticks(ax: Axes) -> None:
    """Tick labels of up to 3 significant digits and no offset text (it would sit on the title)."""
    for axis in (ax.xaxis, ax.yaxis):
        axis.set_major_formatter(FuncFormatter(lambda value, _: f"{value:.3g}" if value else "0"))


def draw_contour_panel(ax: Axes) -> ContourPanel:
    """An empty contour panel on `ax`: contour lines, the lowest error (a line or a point), the path."""
    _short_ticks(ax)
    levels = [ax.plot([], [], color=BLUE, linewidth=0.9, alpha=0.35 + 0.08 * k)[0] for k in range(LEVELS)]
    levels[0].set_label("contour lines: each inside has a quarter of the error")
    (trough,) = ax.plot([], [], color=GREEN, linestyle="--", linewidth=2.2, zorder=3, label="lowest error")
    (bowl,) = ax.plot([], [], "D", color=GREEN, markersize=9, markeredgecolor=BLACK, zorder=3)
    bottom_label = ax.annotate(
        "", (0, 0), xytext=(8, 8), textcoords="offset points", color=GREEN, fontsize=9, bbox=BOX, zorder=3.5
    )  # below the path, so the label never hides a step
    path = draw_numbered_path(ax)
    note = ax.set_title("", fontsize=9.5, y=1)  # what the panel shows and holds: a moving artist
    return ContourPanel(ax, levels, trough, bowl, bottom_label, path, note)


def draw_generalized(figure: Figure, settings: GeneralizedSettings) -> GeneralizedView:
    """Lay out the three weight panels (top), the contour view and the error per step (bottom)."""
    grid = figure.add_gridspec(2, 3, height_ratios=[1, 1.45], hspace=0.45, wspace=0.42)
    panels = []
    for i, name in enumerate(WEIGHT_NAMES):
        ax = figure.add_subplot(grid[0, i])
        ax.axhline(0, color="0.8", linewidth=0.8, zorder=0)
        (start_curve,) = ax.plot(
            [], [], color=SKY, linestyle="--", linewidth=1.5, label="error, the other weights at their start"
        )
        (final_curve,) = ax.plot(
            [], [], color=BLUE, linewidth=2, label="error, the other weights after the run"
        )
        path = draw_numbered_path(ax)
        # The title says how this weight moved: it changes with every run, so it is a moving artist.
        note = ax.set_title("", fontsize=9.5, y=1)
        ax.set_xlabel(f"weight {name}", fontsize=9)
        ax.set_ylabel("error", fontsize=9)
        ax.tick_params(labelsize=8)
        _short_ticks(ax)
        panels.append(WeightPanel(ax, i, start_curve, final_curve, path, note))
    contour = draw_contour_panel(figure.add_subplot(grid[1, :2]))
    right = figure.add_subplot(grid[1, 2])
    right.set_yscale("log")
    (line,) = right.plot([], [], "-o", color=VERMILION, markersize=3.5, linewidth=1.5)
    (clipped,) = right.plot([], [], "x", color=BLACK, markersize=8, label="off the scale")
    right.set_ylabel("error (log scale)", fontsize=9)
    right.set_title("error after each step", fontsize=10, y=1)
    right.grid(True, which="major", color="0.9")
    right.tick_params(labelsize=8)
    error_panel = ErrorPanel(right, line, clipped)
    handles = [
        panels[0].start_curve,
        panels[0].final_curve,
        panels[0].path.rings,
        contour.levels[0],
        contour.trough,
        clipped,
    ]
    figure.legend(
        handles, [h.get_label() for h in handles], loc="lower center", ncol=3, fontsize=8, frameon=False,
        bbox_to_anchor=(0.5, 0.0),
    )  # fmt: skip
    figure.subplots_adjust(left=0.1, right=0.985, bottom=0.17, top=0.95)
    view = GeneralizedView(figure, panels, contour, error_panel)
    view.update(settings)
    return view
