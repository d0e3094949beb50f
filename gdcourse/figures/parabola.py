"""The error parabola, the steps of gradient descent on it, and the error after each step.

Used by notebooks 01 to 04 and playground (chapters 1 and 2 draw the bare parabola; chapters 3 and 4
the steps and the error per step), through `gd.pictures` and the explorers.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import ClassVar

import numpy as np
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.legend import Legend
from matplotlib.lines import Line2D
from matplotlib.patches import FancyArrowPatch
from matplotlib.text import Annotation

from gdcourse.analysis import DIVERGED_ERROR
from gdcourse.figures.framing import error_top, goal_window, keep_or_widen, step_axis_end, zoom_window
from gdcourse.figures.style import BLACK, BLUE, GREEN, ORANGE, PURPLE, VERMILION, ink
from gdcourse.learning import Trajectory, square
from gdcourse.settings import ParabolaSettings

#: The log-scale error panel shows errors between these; beyond them points sit on the edge.
ERROR_FLOOR = 1e-16
ERROR_CEILING = DIVERGED_ERROR
NUMBERED_POINTS = 10
#: Numbering stops at a step closer than this (in points) to an earlier number: it would be unreadable.
NUMBER_SPACING = 10
MAX_ARROWS = 60
#: Behind a "step k leaves the view" note: the arrows run under it, not through its letters.
EXIT_BACKING = {"boxstyle": "square,pad=0.15", "facecolor": "white", "edgecolor": "none", "alpha": 0.85}


def error_curve(input: float, goal_pred: float, weights: np.ndarray) -> np.ndarray:
    """error(weight) = (input * weight - goal_pred) ** 2 for many weights at once: the parabola."""
    return (input * np.asarray(weights, dtype=float) - goal_pred) ** 2


def points_of(trajectory: Trajectory, shown: int | None = None) -> tuple[np.ndarray, np.ndarray]:
    """The weights and errors of a run's first `shown` steps, with where the last one landed."""
    t = trajectory
    shown = t.updates if shown is None else max(0, min(shown, t.updates))
    if shown < t.updates:
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
    keep_view: bool = False  # keep the limits while what must be seen fits: set once first drawn

    def update(self, input: float, goal_pred: float, weight: float, fit: Sequence[float] = ()) -> bool:
        """Move the artists for new numbers; True when the axes limits moved (so the axes must redraw).

        With a `weight_range` the limits follow input and goal_pred only; without, they zoom to fit the
        weight and the weights in `fit` (say, the first steps of a run). With `keep_view` the plot
        keeps its limits while what must be seen still fits (see `gdcourse.figures.framing`).
        """
        current = self.ax.get_xlim() if self.keep_view else None
        if self.weight_range is None:
            low, high = zoom_window(input, goal_pred, [weight, *fit], current)
        else:
            low, high = keep_or_widen(current, goal_window(input, goal_pred, self.weight_range))
        xs = np.linspace(low, high, 201)
        ys = error_curve(input, goal_pred, xs)
        self.curve.set_data(xs, ys)
        top = error_top(float(ys.max()), self.ax.get_ylim()[1] if self.keep_view else None)
        reframed = (low, high, top) != (*self.ax.get_xlim(), self.ax.get_ylim()[1])
        self.ax.set_xlim(low, high)
        self.ax.set_ylim(-0.04 * top, top)
        has_goal = input != 0
        centre = goal_pred / input if has_goal else low
        self.goal_line.set_data([centre, centre], [-0.04 * top, top])
        self.goal_line.set_visible(has_goal)
        self.goal_label.xy = (centre, 0.97 * top)
        self.goal_label.set_text(f"goal weight {centre:.3g}" if has_goal else "")
        right_side = centre > low + 0.6 * (high - low)  # the label reads away from the nearer edge
        self.goal_label.set_ha("right" if right_side else "left")
        self.goal_label.set_position((-4 if right_side else 4, 0))
        self.move_weight(input, goal_pred, weight)
        return reframed

    def move_weight(self, input: float, goal_pred: float, weight: float) -> None:
        """Move the current-weight dot and its tangent: slope = 2 * weight_delta."""
        error = square(input * weight - goal_pred)
        slope = 2 * input * (input * weight - goal_pred)
        low, high = self.ax.get_xlim()
        half = (high - low) * 0.12
        xs = np.array([weight - half, weight + half])
        self.weight_marker.set_data([weight], [error])
        self.tangent.set_data(xs, error + slope * (xs - weight))


def draw_parabola(
    ax: Axes,
    input: float,
    goal_pred: float,
    weight: float,
    weight_range: tuple[float, float] | None = (-1.0, 2.0),
) -> ParabolaPlot:
    """Draw error against weight for fixed input and goal_pred, with the weight you start from.

    The view covers every start in `weight_range`; with None it zooms to the start weight.
    """
    (curve,) = ax.plot([], [], color=BLUE, linewidth=2, label="error(weight)")
    (goal_line,) = ax.plot([], [], color=GREEN, linestyle=":", linewidth=2, label="goal weight")
    goal_label = ax.annotate(
        "",
        (0, 0),
        xytext=(4, 0),
        textcoords="offset points",
        color=ink(GREEN),
        ha="left",
        va="top",
        fontsize=9,
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
    plot.update(input, goal_pred, weight)
    return plot


@dataclass(frozen=True)
class PathStyle:
    """How a path of steps looks: colour, marker, its key's label, numbered or not, and its exit note."""

    colour: str
    marker: str
    markersize: float
    label: str
    numbered: bool
    exit_words: str  # "step {k} leaves the view"
    exit_line: int  # which line below the goal label the exit note takes (1, 2, ...)
    linestyle: str = "-"


#: The book's steps: numbered white circles joined by arrows.
BOOK_PATH = PathStyle(VERMILION, "o", 13, "steps (numbered)", True, "step {k} leaves the view", 1)
#: A learner's own rule's steps: smaller diamonds, dashed arrows, no numbers (the book's carry them).
OWN_PATH = PathStyle(PURPLE, "D", 8, "your rule", False, "your step {k} leaves the view", 2, "--")


@dataclass
class PathPlot:
    """Gradient-descent steps on the parabola, joined by arrows (the book's are numbered)."""

    ax: Axes
    points: Line2D
    arrows: list[FancyArrowPatch]
    numbers: list[Line2D]
    exit_marker: Line2D
    exit_label: Annotation
    style: PathStyle = BOOK_PATH
    artists: list = field(default_factory=list)

    def update(self, trajectory: Trajectory | None, shown: int | None = None, first: int = 0) -> None:
        """Show steps `first` to `shown` (none without a run); a step out of view is marked on the edge."""
        if trajectory is None:
            weights, errors = np.array([]), np.array([])
        else:
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
            self.exit_label.set_text(self.style.exit_words.format(k=first + first_out))
            right_side = edge_x > (low + high) / 2
            self.exit_label.set_ha("right" if right_side else "left")
            # lines below the goal label: the book's exit note on the first, a learner's on the second
            self.exit_label.set_position((-10 if right_side else 10, -16 * self.style.exit_line))
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


def draw_path(
    ax: Axes,
    trajectory: Trajectory | None,
    shown: int | None = None,
    first: int = 0,
    style: PathStyle = BOOK_PATH,
) -> PathPlot:
    """Draw steps `first` to `shown` of a run on a parabola already drawn on `ax`, numbered from 0."""
    colour, shrink = style.colour, style.markersize / 2
    (points,) = ax.plot(
        [], [], style.marker, markersize=style.markersize, markerfacecolor="white", markeredgecolor=colour,
        markeredgewidth=1.5, label=style.label, zorder=4 if style.numbered else 5,
    )  # fmt: skip
    arrows = []
    for _ in range(MAX_ARROWS):
        arrow = FancyArrowPatch(
            (0, 0), (0, 0), arrowstyle="-|>", mutation_scale=12, color=colour, shrinkA=shrink, shrinkB=shrink,
            linestyle=style.linestyle,
        )  # fmt: skip
        arrow.set_linewidth(1.2)
        ax.add_patch(arrow)
        arrows.append(arrow)
    # A number drawn as a marker inside each circle: much cheaper to redraw than text.
    numbers = [
        ax.plot([], [], marker=f"${k}$", color=BLACK, markersize=6 if k < 10 else 8, zorder=6)[0]
        for k in range(NUMBERED_POINTS + 1 if style.numbered else 0)
    ]
    (exit_marker,) = ax.plot(
        [], [], "^" if style.numbered else "d", color=colour, markersize=11, markeredgecolor=BLACK
    )
    # On a pale backing, so an arrow passing under the note never cuts its letters.
    exit_label = ax.annotate(
        "", (0, 0), xytext=(-10, -16 * style.exit_line), textcoords="offset points", color=ink(colour),
        fontsize=9,
        va="top", bbox=EXIT_BACKING,
    )  # fmt: skip
    plot = PathPlot(ax, points, arrows, numbers, exit_marker, exit_label, style)
    plot.artists = [points, *arrows, *numbers, exit_marker, exit_label]
    plot.update(trajectory, shown, first)
    return plot


@dataclass
class ErrorStepsPlot:
    """Error after each step on a log axis: a straight line means the same factor every step.

    A learner's own rule gets its own line (`own_line`, `own_clipped`), empty when there is none.
    """

    ax: Axes
    line: Line2D
    clipped: Line2D
    own_line: Line2D
    own_clipped: Line2D

    def update(
        self,
        trajectory: Trajectory,
        shown: int | None = None,
        iterations: int | None = None,
        own: Trajectory | None = None,
    ) -> bool:
        """Plot the errors of the first `shown` steps (off-scale ones on its edge); True if the axis moved."""
        for run, line, clipped in (
            (trajectory, self.line, self.clipped),
            (own, self.own_line, self.own_clipped),
        ):
            xs, ys, off_scale = on_the_scale(run, shown)
            line.set_data(xs, ys)
            clipped.set_data(xs[off_scale], ys[off_scale])
        limits = (-0.5, step_axis_end(iterations if iterations is not None else trajectory.updates) + 0.5)
        moved = limits != self.ax.get_xlim()
        self.ax.set_xlim(limits)
        return moved


def on_the_scale(
    trajectory: Trajectory | None, shown: int | None
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """A run's errors after each step as drawn: clipped to the log scale, and which ones were off it."""
    if trajectory is None:
        return np.array([]), np.array([]), np.array([], dtype=bool)
    _, errors = points_of(trajectory, shown)
    with np.errstate(invalid="ignore"):
        drawn = np.clip(np.nan_to_num(errors, nan=ERROR_CEILING, posinf=ERROR_CEILING), 0, None)
    off_scale = (drawn < ERROR_FLOOR) | (drawn > ERROR_CEILING)
    return np.arange(len(drawn)), np.clip(drawn, ERROR_FLOOR, ERROR_CEILING), off_scale


def draw_error_steps(ax: Axes, trajectory: Trajectory, shown: int | None = None) -> ErrorStepsPlot:
    """Draw the error after each step of a run, on a log scale from 1e-16 to 1e+16."""
    ax.set_yscale("log")
    ax.set_ylim(ERROR_FLOOR / 10, ERROR_CEILING * 10)
    ax.set_yticks([1e-16, 1e-8, 1, 1e8, 1e16])
    (line,) = ax.plot([], [], "-o", color=VERMILION, markersize=4, linewidth=1.5, label="error")
    (clipped,) = ax.plot([], [], "x", color=BLACK, markersize=8, label="off the scale")
    (own_line,) = ax.plot([], [], "--D", color=PURPLE, markersize=4, linewidth=1.2, label="your rule's error")
    (own_clipped,) = ax.plot([], [], "x", color=PURPLE, markersize=8)
    ax.set_xlabel("step")
    ax.set_ylabel("error (log scale)")
    ax.grid(True, which="major", color="0.9")
    plot = ErrorStepsPlot(ax, line, clipped, own_line, own_clipped)
    plot.update(trajectory, shown)
    return plot


@dataclass
class LearningView:
    """The parabola explorer's picture: the parabola with the path (left), the error per step (right).

    A learner's own rule, when the settings have one, is drawn beside the book's: its own path on the
    parabola, its own line of errors, and its own key (shown only then).
    """

    figure: Figure
    parabola: ParabolaPlot
    path: PathPlot
    error_steps: ErrorStepsPlot
    own_path: PathPlot
    own_key: Legend

    #: The figure's size in inches, for the explorer and its still picture alike.
    SIZE: ClassVar = (8.0, 3.8)

    def update(self, settings: ParabolaSettings) -> list[Axes]:
        """Move every artist to the run these settings describe; return the panels whose axes moved."""
        t, shown = settings.trajectory, settings.shown
        own = settings.own.trajectory if settings.own is not None else None
        first_steps = [w for w in points_of(t, 2)[0] if math.isfinite(w)]
        moved = []
        if self.parabola.update(t.input, t.goal_pred, settings.weight, first_steps):
            moved.append(self.parabola.ax)
        self.path.update(t, shown)
        self.own_path.update(own, shown)
        if self.error_steps.update(t, shown, settings.iterations, own):
            moved.append(self.error_steps.ax)
        self.own_key.set_visible(own is not None)
        return moved

    def drawn(self) -> dict[str, np.ndarray]:
        """The data the figure holds right now, by name: what a learner sees, as numbers."""
        p, e = self.parabola, self.error_steps
        return {
            "curve": p.curve.get_xydata(),
            "weight": p.weight_marker.get_xydata(),
            "tangent": p.tangent.get_xydata(),
            "path": self.path.points.get_xydata(),
            "exit": self.path.exit_marker.get_xydata(),
            "errors": e.line.get_xydata(),
            "off_scale": e.clipped.get_xydata(),
            "own_path": self.own_path.points.get_xydata(),
            "own_exit": self.own_path.exit_marker.get_xydata(),
            "own_errors": e.own_line.get_xydata(),
            "own_off_scale": e.own_clipped.get_xydata(),
            "parabola_limits": limits_of(p.ax),
            "error_steps_limits": limits_of(e.ax),
        }


def draw_learning(figure: Figure, settings: ParabolaSettings) -> LearningView:
    """Lay out the parabola (left, wide) and the error per step (right) for a run, on an empty figure."""
    grid = figure.add_gridspec(1, 2, width_ratios=[1.7, 1], wspace=0.28)
    left, right = figure.add_subplot(grid[0]), figure.add_subplot(grid[1])
    t = settings.trajectory
    parabola = draw_parabola(left, t.input, t.goal_pred, settings.weight, weight_range=None)
    parabola.keep_view = True  # from its first view on, an explorer's axes hold still while they can
    path = draw_path(left, t, settings.shown)
    own_path = draw_path(left, None, style=OWN_PATH)
    error_steps = draw_error_steps(right, t, settings.shown)
    # The keys belong to the figure, not the panels, so redrawing a panel's axes leaves them alone;
    # the errors' crosses are keyed with the parabola's marks, so every kind of mark has a key.
    handles, labels = left.get_legend_handles_labels()
    book = [(h, label) for h, label in zip(handles, labels, strict=True) if h is not own_path.points]
    book.append((error_steps.clipped, error_steps.clipped.get_label()))
    figure.legend(
        *zip(*book, strict=True), loc="upper center", bbox_to_anchor=(0.5, -0.175),
        bbox_transform=left.transAxes, ncol=3, fontsize=8, frameon=False,
    )  # fmt: skip
    own_key = figure.legend(
        [own_path.points], [OWN_PATH.label], loc="upper center", bbox_to_anchor=(0.5, -0.175),
        bbox_transform=right.transAxes, fontsize=8, frameon=False,
    )  # fmt: skip
    left.set_title("error against weight", fontsize=10, y=1)  # a fixed y skips re-placing it per draw
    right.set_title("error after each step", fontsize=10, y=1)
    figure.subplots_adjust(left=0.09, right=0.985, bottom=0.27, top=0.92)
    view = LearningView(figure, parabola, path, error_steps, own_path, own_key)
    view.update(settings)
    return view


def limits_of(ax: Axes) -> np.ndarray:
    """An Axes' limits as [[x_low, x_high], [y_low, y_high]], as every view's drawn() reports them."""
    return np.array([ax.get_xlim(), ax.get_ylim()])
