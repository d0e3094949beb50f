"""The error parabola, the steps of gradient descent on it, and the error after each step."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import FancyArrowPatch
from matplotlib.text import Annotation

from gdcourse.analysis import DIVERGED_ERROR
from gdcourse.figures.style import BLACK, BLUE, GREEN, ORANGE, VERMILION
from gdcourse.learning import Trajectory

#: The log-scale error panel shows errors between these; beyond them points sit on the edge.
ERROR_FLOOR = 1e-16
ERROR_CEILING = DIVERGED_ERROR
NUMBERED_POINTS = 10
#: Numbering stops at a step closer than this (in points) to an earlier number: it would be unreadable.
NUMBER_SPACING = 10
MAX_ARROWS = 60


def error_curve(input: float, goal: float, weights: np.ndarray) -> np.ndarray:
    """error(weight) = (input * weight - goal) ** 2 for many weights at once: the parabola."""
    return (input * np.asarray(weights, dtype=float) - goal) ** 2


def window(input: float, goal: float, weight_range: tuple[float, float]) -> tuple[float, float]:
    """The weights to show: centred on the goal weight, wide enough for every start in `weight_range`.

    Centring on the goal weight keeps the parabola symmetric, and every path that does not
    diverge stays inside, because no step lands farther from the goal weight than it started.
    """
    low, high = weight_range
    if input == 0:
        span = (high - low) * 0.08
        return low - span, high + span
    centre = goal / input
    reach = max(abs(low - centre), abs(high - centre), 1e-3) * 1.08
    return centre - reach, centre + reach


#: The narrowest view around the goal weight, in weight units, when following the start weight.
MIN_REACH = 0.2
#: A view is kept while it is at most this many times wider (or taller) than what it must show.
LOOSEST = 3.0
#: A new view chosen while sliders move leaves this much room, so the next small change fits.
ROOM = 1.3


def nice_ceiling(x: float) -> float:
    """The smallest of 1, 2, 5, 10, 20, 50, ... (times any power of 10) that is at least `x` > 0."""
    base = 10.0 ** math.floor(math.log10(x))
    return next(m * base for m in (1, 2, 5, 10) if m * base >= x * (1 - 1e-12))


def steady(
    current: tuple[float, float] | None, needed: tuple[float, float], fresh: tuple[float, float]
) -> tuple[float, float]:
    """Axis limits that hold still: `current` while it holds `needed` and is at most LOOSEST times
    wider, else `fresh`. Limits that stay put let a slider change redraw only what moved."""
    if current is not None:
        low, high = current
        if low <= needed[0] and needed[1] <= high and high - low <= LOOSEST * (needed[1] - needed[0]):
            return current
    return fresh


def follow_window(
    input: float, goal: float, weights: Sequence[float], current: tuple[float, float] | None = None
) -> tuple[float, float]:
    """The weights to show around the goal weight, zoomed so `weights` fit, in 1-2-5 steps.

    With the `current` view, keep it while it still shows `weights` and is not too wide (LOOSEST):
    then a slider change moves the curve, not the axes, and a learner sees the parabola steepen.
    """
    centre = 0.0 if input == 0 else goal / input
    floor = 1.0 if input == 0 else MIN_REACH
    need = max(max(abs(w - centre) for w in weights) * 1.1, floor)
    reach = nice_ceiling(need if current is None else need * ROOM)
    return steady(current, (centre - need, centre + need), (centre - reach, centre + reach))


def held(current: tuple[float, float] | None, needed: tuple[float, float]) -> tuple[float, float]:
    """A panel's limits: `current` while it holds `needed` (see `steady`); a first view fits
    `needed` exactly, a later new one is ROOM wider about its middle, so the next change fits."""
    if current is None:
        return needed
    middle, half = (needed[0] + needed[1]) / 2, (needed[1] - needed[0]) / 2 * ROOM
    return steady(current, needed, (middle - half, middle + half))


def error_top(curve_top: float, current: float | None = None) -> float:
    """The top of the error axis: just above the curve's highest point, kept while it still fits.

    A new top chosen while sliders move leaves the curve room to double before it must change.
    """
    need = curve_top * 1.1 or 1.0
    if current is None:
        return need
    return current if need <= current <= LOOSEST * need else need * 2


def points_of(trajectory: Trajectory, shown: int | None = None) -> tuple[np.ndarray, np.ndarray]:
    """The weights and errors of a run's first `shown` steps, with where the last one landed."""
    t = trajectory
    shown = t.steps if shown is None else max(0, min(shown, t.steps))
    if shown < t.steps:
        weights = np.asarray(t.weights[: shown + 1], dtype=float)
        return weights, np.asarray(t.errors[: shown + 1], dtype=float)
    weights = np.append(t.weights, t.final_weight)
    with np.errstate(over="ignore", invalid="ignore"):
        return weights, np.append(t.errors, t.final_error)


@dataclass
class ParabolaPlot:
    """The error parabola, the goal weight, the current weight and its tangent line."""

    ax: Axes
    curve: Line2D
    goal_line: Line2D
    goal_label: Annotation
    weight_marker: Line2D
    tangent: Line2D
    weight_range: tuple[float, float] | None
    steady: bool = False  # keep the limits while what must be seen fits: set once first drawn

    def update(self, input: float, goal: float, weight: float, fit: Sequence[float] = ()) -> bool:
        """Move the artists for new numbers; True when the axes limits moved (so the axes must redraw).

        With a `weight_range` the limits follow input and goal only; without, they zoom to fit the
        weight and the weights in `fit` (say, the first steps of a run). A `steady` plot keeps its
        limits while what must be seen still fits (see `steady`).
        """
        current = self.ax.get_xlim() if self.steady else None
        if self.weight_range is None:
            low, high = follow_window(input, goal, [weight, *fit], current)
        else:
            low, high = held(current, window(input, goal, self.weight_range))
        xs = np.linspace(low, high, 201)
        ys = error_curve(input, goal, xs)
        self.curve.set_data(xs, ys)
        top = error_top(float(ys.max()), self.ax.get_ylim()[1] if self.steady else None)
        reframed = (low, high, top) != (*self.ax.get_xlim(), self.ax.get_ylim()[1])
        self.ax.set_xlim(low, high)
        self.ax.set_ylim(-0.04 * top, top)
        has_goal = input != 0
        centre = goal / input if has_goal else low
        self.goal_line.set_data([centre, centre], [-0.04 * top, top])
        self.goal_line.set_visible(has_goal)
        self.goal_label.xy = (centre, 0.97 * top)
        self.goal_label.set_text(f"goal weight {centre:.3g}" if has_goal else "")
        right_side = centre > low + 0.6 * (high - low)  # the label reads away from the nearer edge
        self.goal_label.set_ha("right" if right_side else "left")
        self.goal_label.set_position((-4 if right_side else 4, 0))
        self.move_weight(input, goal, weight)
        return reframed

    def move_weight(self, input: float, goal: float, weight: float) -> None:
        """Move the current-weight dot and its tangent: slope = 2 * weight_delta."""
        error = (input * weight - goal) ** 2
        slope = 2 * input * (input * weight - goal)
        low, high = self.ax.get_xlim()
        half = (high - low) * 0.12
        xs = np.array([weight - half, weight + half])
        self.weight_marker.set_data([weight], [error])
        self.tangent.set_data(xs, error + slope * (xs - weight))


def draw_parabola(
    ax: Axes,
    input: float,
    goal: float,
    weight: float,
    weight_range: tuple[float, float] | None = (-1.0, 2.0),
) -> ParabolaPlot:
    """Draw error against weight for fixed input and goal, with the weight you start from.

    The view covers every start in `weight_range`; with None it zooms to the start weight.
    """
    (curve,) = ax.plot([], [], color=BLUE, linewidth=2, label="error(weight)")
    (goal_line,) = ax.plot([], [], color=GREEN, linestyle=":", linewidth=2, label="goal weight")
    goal_label = ax.annotate(
        "", (0, 0), xytext=(4, 0), textcoords="offset points", color=GREEN, ha="left", va="top", fontsize=9
    )
    (tangent,) = ax.plot([], [], color=ORANGE, linestyle="--", linewidth=1.5, label="slope (tangent)")
    (weight_marker,) = ax.plot(
        [],
        [],
        "s",
        markersize=17,
        markerfacecolor="none",
        markeredgecolor=BLACK,
        markeredgewidth=1.5,
        label="start weight",
        zorder=7,
    )
    ax.set_xlabel("weight")
    ax.set_ylabel("error")
    ax.axhline(0, color="0.8", linewidth=0.8, zorder=0)
    plot = ParabolaPlot(ax, curve, goal_line, goal_label, weight_marker, tangent, weight_range)
    plot.update(input, goal, weight)
    return plot


@dataclass
class PathPlot:
    """Numbered gradient-descent steps on the parabola, joined by arrows."""

    ax: Axes
    points: Line2D
    arrows: list[FancyArrowPatch]
    numbers: list[Line2D]
    exit_marker: Line2D
    exit_label: Annotation
    artists: list = field(default_factory=list)

    def update(self, trajectory: Trajectory, shown: int | None = None, first: int = 0) -> None:
        """Show steps `first` to `shown`; a step that leaves the view is marked on its edge."""
        weights, errors = (values[first:] for values in points_of(trajectory, shown))
        low, high = self.ax.get_xlim()
        bottom, top = self.ax.get_ylim()
        inside = (weights >= low) & (weights <= high) & np.isfinite(errors) & (errors <= top)
        first_out = int(np.argmin(inside)) if not inside.all() else len(weights)
        xs, ys = weights[:first_out], errors[:first_out]
        if first_out < len(weights):
            out = weights[first_out]
            edge_x = float(np.clip(out, low, high)) if math.isfinite(out) else high
            edge = (edge_x, top - 0.03 * (top - bottom))
            self.exit_marker.set_data([edge[0]], [edge[1]])
            self.exit_label.xy = edge
            self.exit_label.set_text(f"step {first + first_out} leaves the view")
            right_side = edge_x > (low + high) / 2
            self.exit_label.set_ha("right" if right_side else "left")
            self.exit_label.set_position((-10 if right_side else 10, -16))  # a line below the goal label
        else:
            edge = None
            self.exit_marker.set_data([], [])
            self.exit_label.set_text("")
        self.points.set_data(xs, ys)
        targets = [*zip(xs, ys, strict=True)] + ([edge] if edge else [])
        for k, arrow in enumerate(self.arrows):
            visible = k + 1 < len(targets)
            arrow.set_visible(visible)
            if visible:
                arrow.set_positions(targets[k], targets[k + 1])
        self._number(xs, ys, first)

    def _number(self, xs: np.ndarray, ys: np.ndarray, first: int) -> None:
        """Number the points from step `first` until one would sit on an earlier number.

        Converging steps crowd together near the goal weight; numbers there would be unreadable.
        """
        spacing = NUMBER_SPACING * self.ax.figure.dpi / 72  # points to pixels
        placed: list[np.ndarray] = []
        crowded = False
        for k, number in enumerate(self.numbers):
            j = k - first
            if not crowded and 0 <= j < len(xs):
                spot = self.ax.transData.transform((xs[j], ys[j]))
                crowded = any(np.hypot(*(spot - other)) < spacing for other in placed)
                if not crowded:
                    placed.append(spot)
                    number.set_data(xs[j : j + 1], ys[j : j + 1])
                    continue
            number.set_data([], [])


def draw_path(ax: Axes, trajectory: Trajectory, shown: int | None = None, first: int = 0) -> PathPlot:
    """Draw steps `first` to `shown` of a run on a parabola already drawn on `ax`, numbered from 0."""
    (points,) = ax.plot(
        [], [], "o", markersize=13, markerfacecolor="white", markeredgecolor=VERMILION,
        markeredgewidth=1.5, label="steps (numbered)", zorder=4,
    )  # fmt: skip
    arrows = []
    for _ in range(MAX_ARROWS):
        arrow = FancyArrowPatch(
            (0, 0), (0, 0), arrowstyle="-|>", mutation_scale=12, color=VERMILION, shrinkA=6.5, shrinkB=6.5
        )
        arrow.set_linewidth(1.2)
        ax.add_patch(arrow)
        arrows.append(arrow)
    # A number drawn as a marker inside each circle: much cheaper to redraw than text.
    numbers = [
        ax.plot([], [], marker=f"${k}$", color=BLACK, markersize=6 if k < 10 else 8, zorder=6)[0]
        for k in range(NUMBERED_POINTS + 1)
    ]
    (exit_marker,) = ax.plot([], [], "^", color=VERMILION, markersize=11, markeredgecolor=BLACK)
    exit_label = ax.annotate(
        "", (0, 0), xytext=(-10, -16), textcoords="offset points", color=VERMILION, fontsize=9, va="top"
    )
    plot = PathPlot(ax, points, arrows, numbers, exit_marker, exit_label)
    plot.artists = [points, *arrows, *numbers, exit_marker, exit_label]
    plot.update(trajectory, shown, first)
    return plot


@dataclass
class ErrorStepsPlot:
    """Error after each step on a log axis: a straight line means the same factor every step."""

    ax: Axes
    line: Line2D
    clipped: Line2D

    def update(self, trajectory: Trajectory, shown: int | None = None, steps: int | None = None) -> bool:
        """Plot the errors of the first `shown` steps (off-scale ones on its edge); True if the axis moved."""
        _, errors = points_of(trajectory, shown)
        with np.errstate(invalid="ignore"):
            drawn = np.clip(np.nan_to_num(errors, nan=ERROR_CEILING, posinf=ERROR_CEILING), 0, None)
        off_scale = (drawn < ERROR_FLOOR) | (drawn > ERROR_CEILING)
        drawn = np.clip(drawn, ERROR_FLOOR, ERROR_CEILING)
        steps_axis = np.arange(len(drawn))
        self.line.set_data(steps_axis, drawn)
        self.clipped.set_data(steps_axis[off_scale], drawn[off_scale])
        limits = (-0.5, step_axis_end(steps if steps is not None else trajectory.steps) + 0.5)
        moved = limits != self.ax.get_xlim()
        self.ax.set_xlim(limits)
        return moved


def step_axis_end(steps: int) -> int:
    """The last step the axis shows: `steps` rounded up to a multiple of 5.

    The axis then stays put while the steps slider moves within a block of five, so most changes
    redraw only the points, and its ticks stay at round numbers.
    """
    return 5 * max(math.ceil(steps / 5), 1)


def draw_error_steps(ax: Axes, trajectory: Trajectory, shown: int | None = None) -> ErrorStepsPlot:
    """Draw the error after each step of a run, on a log scale from 1e-16 to 1e+16."""
    ax.set_yscale("log")
    ax.set_ylim(ERROR_FLOOR / 10, ERROR_CEILING * 10)
    ax.set_yticks([1e-16, 1e-8, 1, 1e8, 1e16])
    (line,) = ax.plot([], [], "-o", color=VERMILION, markersize=4, linewidth=1.5, label="error")
    (clipped,) = ax.plot([], [], "x", color=BLACK, markersize=8, label="off the scale")
    ax.set_xlabel("step")
    ax.set_ylabel("error (log scale)")
    ax.grid(True, which="major", color="0.9")
    plot = ErrorStepsPlot(ax, line, clipped)
    plot.update(trajectory, shown)
    return plot


@dataclass
class LearningView:
    """The explorer's picture: the parabola with the path, and the error per step."""

    figure: Figure
    parabola: ParabolaPlot
    path: PathPlot
    error_steps: ErrorStepsPlot

    @property
    def moving_artists(self) -> list:
        """The artists a slider moves while the axes stay where they are: all but axes and legend."""
        p, e = self.parabola, self.error_steps
        return [
            p.curve,
            p.goal_line,
            p.goal_label,
            p.tangent,
            p.weight_marker,
            *self.path.artists,
            e.line,
            e.clipped,
        ]

    def update(self, trajectory: Trajectory, weight: float, shown: int | None, steps: int) -> list[Axes]:
        """Move every artist to a new run; return the panels whose axes moved (they need a redraw)."""
        first_steps = [w for w in points_of(trajectory, 2)[0] if math.isfinite(w)]
        moved = []
        if self.parabola.update(trajectory.input, trajectory.goal, weight, first_steps):
            moved.append(self.parabola.ax)
        self.path.update(trajectory, shown)
        if self.error_steps.update(trajectory, shown, steps):
            moved.append(self.error_steps.ax)
        return moved


def draw_learning(
    figure: Figure,
    trajectory: Trajectory,
    weight_range: tuple[float, float] | None = None,
    shown: int | None = None,
) -> LearningView:
    """Lay out the parabola (left, wide) and the error per step (right) on an empty figure."""
    grid = figure.add_gridspec(1, 2, width_ratios=[1.7, 1], wspace=0.28)
    left, right = figure.add_subplot(grid[0]), figure.add_subplot(grid[1])
    start = float(trajectory.weights[0]) if trajectory.steps else trajectory.final_weight
    parabola = draw_parabola(left, trajectory.input, trajectory.goal, start, weight_range)
    parabola.steady = True  # from its first view on, an explorer's axes hold still while they can
    path = draw_path(left, trajectory, shown)
    # The key belongs to the figure, not the panel, so redrawing the panel's axes leaves it alone.
    handles, labels = left.get_legend_handles_labels()
    figure.legend(
        handles, labels, loc="upper center", bbox_to_anchor=(0.5, -0.175), bbox_transform=left.transAxes,
        ncol=3, fontsize=8, frameon=False,
    )  # fmt: skip
    left.set_title("error against weight", fontsize=10, y=1)  # a fixed y skips re-placing it per draw
    error_steps = draw_error_steps(right, trajectory, shown)
    right.set_title("error after each step", fontsize=10, y=1)
    figure.subplots_adjust(left=0.09, right=0.985, bottom=0.27, top=0.92)
    view = LearningView(figure, parabola, path, error_steps)
    view.update(trajectory, start, shown, trajectory.steps)
    return view
