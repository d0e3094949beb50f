"""Chapter 2's pictures: the weights hot-and-cold learning visits, and its error at each iteration.

The path sits on the error parabola (drawn by `figures.parabola`), with the two weights the last
iteration tried one step up and one step down. Matplotlib only: every function draws on given Axes.
Used by notebooks 02_hot_and_cold and playground (through `gd.pictures.hot_and_cold` and the explorer).
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
from matplotlib.ticker import MaxNLocator

from gdcourse.figures.framing import iteration_axis_end
from gdcourse.figures.parabola import ParabolaPlot, draw_parabola, limits_of
from gdcourse.figures.style import BLACK, ORANGE, PURPLE, VERMILION
from gdcourse.learning import HotAndColdTrajectory
from gdcourse.settings import HotAndColdSettings

#: Errors are drawn between these on the log scale; a smaller error (or exactly 0) sits on the floor,
#: marked. Lower, the book's run would give most of the panel to its last error, about 1e-27, which
#: is what floats leave of a miss that is exactly 0 in real numbers.
ERROR_FLOOR = 1e-12
ERROR_CEILING = 1e3


def view_range(trajectory: HotAndColdTrajectory, weight_range: tuple[float, float]) -> tuple[float, float]:
    """The weights the parabola must show: the slider's range and every weight the run printed."""
    weights = trajectory.weights
    if not len(weights):
        return weight_range
    return min(weight_range[0], float(weights.min())), max(weight_range[1], float(weights.max()))


@dataclass
class HotAndColdPath:
    """The printed weights joined in order, the last one marked, and the last iteration's two tries."""

    ax: Axes
    path: Line2D
    last: Line2D
    up_try: Line2D
    down_try: Line2D

    def update(self, trajectory: HotAndColdTrajectory) -> None:
        """Draw the run's printed weights and errors; a try that falls outside the view is hidden."""
        t = trajectory
        self.path.set_data(t.weights, t.errors)
        if not t.updates:
            for line in (self.last, self.up_try, self.down_try):
                line.set_data([], [])
            return
        weight = float(t.weights[-1])
        self.last.set_data([weight], [t.errors[-1]])
        low, high = self.ax.get_xlim()
        top = self.ax.get_ylim()[1]
        for line, tried, error in (
            (self.up_try, weight + t.step_amount, t.up_errors[-1]),
            (self.down_try, weight - t.step_amount, t.down_errors[-1]),
        ):
            inside = low <= tried <= high and error <= top
            line.set_data(([tried], [error]) if inside else ([], []))


def draw_hot_and_cold_path(ax: Axes, trajectory: HotAndColdTrajectory) -> HotAndColdPath:
    """Draw a hot-and-cold run's weights on a parabola already drawn on `ax`."""
    (path,) = ax.plot(
        [], [], "-", marker=".", color=VERMILION, markersize=5, linewidth=1, label="weights visited", zorder=4
    )
    (last,) = ax.plot(
        [], [], "o", markersize=11, markerfacecolor="white", markeredgecolor=VERMILION,
        markeredgewidth=2, label="last line printed", zorder=6,
    )  # fmt: skip
    # over the last circle: at the goal weight the two tries sit inside it, and would be hidden
    tried = {"markersize": 9, "markeredgecolor": BLACK, "linestyle": "none", "zorder": 7}
    (up_try,) = ax.plot([], [], "^", color=ORANGE, label="tried up", **tried)
    (down_try,) = ax.plot([], [], "v", color=PURPLE, label="tried down", **tried)
    path_plot = HotAndColdPath(ax, path, last, up_try, down_try)
    path_plot.update(trajectory)
    return path_plot


@dataclass
class IterationErrors:
    """The error printed at each iteration, on a log scale; errors of exactly 0 are marked on the floor."""

    ax: Axes
    line: Line2D
    last: Line2D
    zeros: Line2D
    zeros_note: Text

    def limits(self, trajectory: HotAndColdTrajectory, iterations: int) -> tuple[tuple, tuple]:
        """The axes for a run, rounded out so they stay still while a slider moves a little.

        The iteration axis ends at the next round number (see `iteration_axis_end`); the error axis spans
        whole multiples of 4 decades below 10, down to the floor (more above, if the errors are bigger).
        """
        end = iteration_axis_end(iterations)
        x = (-0.03 * end - 0.5, 1.03 * end - 0.5)
        errors = np.clip(np.asarray(trajectory.errors, dtype=float), ERROR_FLOOR, ERROR_CEILING)
        if not len(errors):
            return x, (ERROR_FLOOR, ERROR_CEILING)
        low = 4 * math.floor(math.log10(errors.min()) / 4 + 1e-9)
        high = max(1, math.ceil(math.log10(errors.max()) - 1e-9))
        return x, (10.0**low / 8, 10.0**high * 3)

    def update(self, trajectory: HotAndColdTrajectory, iterations: int | None = None) -> bool:
        """Plot each printed error against its iteration (0, 1, 2, ...); True if the axes moved."""
        errors = np.clip(np.asarray(trajectory.errors, dtype=float), ERROR_FLOOR, ERROR_CEILING)
        xs = np.arange(len(errors))
        self.line.set_data(xs, errors)
        self.last.set_data(xs[-1:], errors[-1:])
        floor = np.asarray(trajectory.errors) < ERROR_FLOOR
        self.zeros.set_data(xs[floor], errors[floor])
        self.zeros_note.set_visible(bool(floor.any()))
        x, y = self.limits(trajectory, iterations if iterations is not None else trajectory.updates)
        moved = (x, y) != (self.ax.get_xlim(), self.ax.get_ylim())
        self.ax.set_xlim(*x)
        self.ax.set_ylim(*y)
        return moved


def draw_iteration_errors(ax: Axes, trajectory: HotAndColdTrajectory) -> IterationErrors:
    """Draw the error of every iteration of a run on a log axis (errors under ERROR_FLOOR on its floor)."""
    ax.set_yscale("log")
    (line,) = ax.plot([], [], "-", marker=".", color=VERMILION, markersize=3, linewidth=1, label="error")
    (last,) = ax.plot(
        [], [], "o", markersize=9, markerfacecolor="white", markeredgecolor=VERMILION, markeredgewidth=2
    )
    (zeros,) = ax.plot([], [], "x", color=BLACK, markersize=8, label=f"below {ERROR_FLOOR:g} (or exactly 0)")
    zeros_note = ax.text(
        0.03, 0.05, f"× error below {ERROR_FLOOR:g}", transform=ax.transAxes,
        fontsize=8,
        bbox={"boxstyle": "round,pad=0.2", "facecolor": "white", "edgecolor": "none", "alpha": 0.85},
    )  # fmt: skip
    ax.set_xlabel("iteration")
    ax.xaxis.set_major_locator(MaxNLocator(nbins=6, integer=True))
    ax.set_ylabel("error (log scale)")
    ax.grid(True, which="major", color="0.9")
    plot = IterationErrors(ax, line, last, zeros, zeros_note)
    plot.update(trajectory)
    return plot


@dataclass
class HotAndColdView:
    """Chapter 2's whole picture: the path on the parabola (left), the error per iteration (right)."""

    figure: Figure
    parabola: ParabolaPlot
    path: HotAndColdPath
    errors: IterationErrors
    weight_range: tuple[float, float]

    #: The figure's size in inches, for the explorer and its still picture alike.
    SIZE: ClassVar = (8.0, 3.8)

    def update(self, settings: HotAndColdSettings) -> list[Axes]:
        """Move every artist to the run these settings describe; return the panels whose axes moved.

        The parabola's view grows to hold every weight the run visited.
        """
        t = settings.trajectory
        self.parabola.weight_range = view_range(t, self.weight_range)
        moved = []
        if self.parabola.update(t.input, t.goal_pred, settings.weight):
            moved.append(self.parabola.ax)
        self.path.update(t)
        if self.errors.update(t, settings.iterations):
            moved.append(self.errors.ax)
        return moved

    def drawn(self) -> dict[str, np.ndarray]:
        """The data the figure holds right now, by name: what a learner sees, as numbers."""
        p, path, errors = self.parabola, self.path, self.errors
        return {
            "curve": p.curve.get_xydata(),
            "start": p.weight_marker.get_xydata(),
            "path": path.path.get_xydata(),
            "last": path.last.get_xydata(),
            "up_try": path.up_try.get_xydata(),
            "down_try": path.down_try.get_xydata(),
            "errors": errors.line.get_xydata(),
            "last_error": errors.last.get_xydata(),
            "below_floor": errors.zeros.get_xydata(),
            "below_floor_note": np.array([errors.zeros_note.get_visible()]),
            "parabola_limits": limits_of(p.ax),
            "errors_limits": limits_of(errors.ax),
        }


def draw_hot_and_cold(figure: Figure, settings: HotAndColdSettings) -> HotAndColdView:
    """Lay out the hot-and-cold path on the parabola (left, wide) and the error per iteration (right).

    The parabola's view covers whatever the weight slider can reach and every weight the run visits.
    """
    trajectory = settings.trajectory
    spec = settings.SLIDERS["weight"]
    weight_range = (spec.low, spec.high)
    grid = figure.add_gridspec(1, 2, width_ratios=[1.5, 1], wspace=0.28)
    left, right = figure.add_subplot(grid[0]), figure.add_subplot(grid[1])
    start = float(trajectory.weights[0]) if trajectory.updates else trajectory.final_weight
    parabola = draw_parabola(
        left, trajectory.input, trajectory.goal_pred, start, view_range(trajectory, weight_range)
    )
    parabola.tangent.set_visible(False)  # the slope is chapter 3's idea
    parabola.tangent.set_label("_slope")
    path = draw_hot_and_cold_path(left, trajectory)
    left.legend(loc="upper center", bbox_to_anchor=(0.5, -0.15), ncol=3, fontsize=8, frameon=False)
    left.set_title("error against weight: the weights it visited", fontsize=10)
    errors = draw_iteration_errors(right, trajectory)
    right.set_title("error at each iteration", fontsize=10)
    figure.subplots_adjust(left=0.075, right=0.985, bottom=0.27, top=0.92)
    view = HotAndColdView(figure, parabola, path, errors, weight_range)
    view.update(settings)
    return view
