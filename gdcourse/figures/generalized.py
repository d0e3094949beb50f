"""Chapter 5's whole picture: three weights learning at once, one error curve per weight, a contour map.

Top row: error against each weight with the other two held, dashed at their start values and solid
after the last step, with the numbered steps. Bottom left: the error over two weights as contour
lines (the third held), with the path of the steps; one game gives a trough (a whole line of zero
error), all four games a bowl. Bottom right: the error after each step on a log scale.
The contour panel is `gdcourse.figures.contour`'s; every artist moves in place. The explorer draws this
in the browser (gdcourse/explorers/web/src/generalized.js, an exact twin tested number for number); the
figure here is its oracle and the still picture.
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

from gdcourse.figures.contour import (
    MIN_REACH,
    ContourPanel,
    NumberedPath,
    draw_contour_panel,
    draw_numbered_path,
    framed_count,
    last_finite,
    short_ticks,
)
from gdcourse.figures.framing import LOOSEST, ROOM, error_top, nice_ceiling, step_axis_end
from gdcourse.figures.parabola import ERROR_CEILING, ERROR_FLOOR, limits_of
from gdcourse.figures.style import BLACK, BLUE, SKY, VERMILION
from gdcourse.figures.surface import errors_along
from gdcourse.settings import INPUT_NAMES, WEIGHT_NAMES, GeneralizedSettings

#: Points per weight curve.
CURVE_POINTS = 161
#: The lowest top of the weight panels' error axis: a run that starts with less sits near the bottom,
#: so a small move of the steep weight a does not refit every panel.
MIN_ERROR_TOP = 0.01


@dataclass
class WeightPanel:
    """Error against one weight, the other two held: at their start values (dashed) and after the run."""

    ax: Axes
    index: int
    start_curve: Line2D
    final_curve: Line2D
    path: NumberedPath
    note: Text

    def update(
        self, settings: GeneralizedSettings, weights: np.ndarray, errors: np.ndarray, settles: bool
    ) -> None:
        """Draw both curves over the current view (the solid one for a run that settles), and the path."""
        i = self.index
        xs = np.linspace(*self.ax.get_xlim(), CURVE_POINTS)
        inputs, goal_preds = np.array(settings.inputs), np.array(settings.goal_preds)
        last = last_finite(weights)
        self.start_curve.set_data(xs, errors_along(weights[0], i, xs, inputs, goal_preds))
        if settles:
            self.final_curve.set_data(xs, errors_along(last, i, xs, inputs, goal_preds))
        else:
            self.final_curve.set_data([], [])
        self.path.update(weights[:, i], errors)
        name = WEIGHT_NAMES[i]
        if settings.frozen[i]:
            self.note.set_text(f"{name} ({INPUT_NAMES[i]}) frozen at {weights[0, i]:.4g}")
        else:
            self.note.set_text(f"{name} ({INPUT_NAMES[i]}): {weights[0, i]:.4g} → {last[i]:.4g}")


@dataclass
class ErrorPanel:
    """The error after each step (each pass through the games) on a log scale fitted to the run."""

    ax: Axes
    line: Line2D
    clipped: Line2D
    framed: bool = False  # keep the limits while the errors fit: set once first drawn

    def update(self, errors: np.ndarray, iterations: int, games: str) -> bool:
        """Plot the errors (off-scale ones on the edge); True if the panel's axes or label changed."""
        with np.errstate(invalid="ignore"):
            drawn = np.clip(np.nan_to_num(errors, nan=ERROR_CEILING, posinf=ERROR_CEILING), 0, None)
        off_scale = (drawn < ERROR_FLOOR) | (drawn > ERROR_CEILING)
        drawn = np.clip(drawn, ERROR_FLOOR, ERROR_CEILING)
        axis = np.arange(len(drawn))
        self.line.set_data(axis, drawn)
        self.clipped.set_data(axis[off_scale], drawn[off_scale])
        before = (self.ax.get_xlim(), self.ax.get_ylim(), self.ax.get_xlabel())
        self.ax.set_xlim(-0.5, step_axis_end(iterations) + 0.5)
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
        if self.error_panel.update(errors, settings.iterations, settings.games):
            moved.append(self.error_panel.ax)
        return moved

    def _frame_weights(
        self, weights: np.ndarray, errors: np.ndarray, settings: GeneralizedSettings, settles: bool
    ) -> list[Axes]:
        """One width for all three panels (a weight that moves little looks it), each centred on its own."""
        framed = np.column_stack([weights, errors])
        inputs, goal_preds = np.array(settings.inputs), np.array(settings.goal_preds)
        needed = []
        for panel in self.panels:
            values = list(framed[:, panel.index])
            for held in (weights[0], weights[-1]) if settles else (weights[0],):
                bottom = _curve_bottom(held, panel.index, inputs, goal_preds)
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


def _curve_bottom(
    weights: np.ndarray, index: int, inputs: np.ndarray, goal_preds: np.ndarray
) -> float | None:
    """Where the error against weight `index` (the others held at `weights`) is lowest; None if flat.

    sum((goal_pred - rest) * x) / sum(x * x) over the games, where rest is the prediction without weight
    `index`'s part; sums added from 0 in order, one operation at a time (the browser's twin agrees).
    """
    held = [float(w) for w in weights]
    if not all(math.isfinite(w) for w in held):
        return None
    games = [[float(x) for x in game] for game in inputs]
    xs = [game[index] for game in games]
    size = 0.0
    for x in xs:
        size += x * x
    if not size:
        return None
    toward = 0.0
    for game, goal_pred, x in zip(games, goal_preds, xs, strict=True):
        pred = 0.0
        for value, w in zip(game, held, strict=True):
            pred += value * w
        toward += (float(goal_pred) - (pred - x * held[index])) * x
    return toward / size


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
        short_ticks(ax)
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
