"""Chapter 1's pictures: how far a prediction missed, and three ways to score that miss.

A number line with the prediction, goal_pred and the miss between them; the error parabola
(error against weight, without the slope, which comes later); and pure, absolute and squared
error drawn as functions of the miss. Matplotlib only: every function draws on given Axes.
Used by notebooks 01_compare and playground (through `gd.pictures.compare` and the explorer).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

import numpy as np
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import FancyArrowPatch
from matplotlib.text import Annotation

from gdcourse.figures.framing import keep_or_widen
from gdcourse.figures.parabola import ParabolaPlot, draw_parabola, limits_of
from gdcourse.figures.style import BLACK, BLUE, GREEN, ORANGE, PURPLE, VERMILION, ink
from gdcourse.learning import square
from gdcourse.settings import CompareSettings

#: The miss view always shows misses from -MIN_MISS_REACH to MIN_MISS_REACH, so the crossing at 1 is in view.
MIN_MISS_REACH = 1.25


def _reachable(input: float, goal_pred: float, weight_range: tuple[float, float]) -> tuple[float, float]:
    """The lowest and highest prediction any weight in `weight_range` can make, with goal_pred."""
    preds = [input * weight_range[0], input * weight_range[1], goal_pred]
    return min(preds), max(preds)


def miss_reach(input: float, goal_pred: float, weight_range: tuple[float, float]) -> float:
    """How far the miss (pred - goal_pred) can go either side of 0 for weights in `weight_range`."""
    misses = [abs(input * w - goal_pred) for w in weight_range]
    return max(*misses, MIN_MISS_REACH) * 1.05


#: A number-line label within this fraction of either end is aligned to stay inside the axes.
LABEL_EDGE = 0.2
#: matplotlib's horizontal alignment for each side `label_side` gives.
ALIGNMENTS = {-1: "left", 0: "center", 1: "right"}


def label_side(x: float, limits: tuple[float, float]) -> int:
    """Where a label at `x` on a number line with these `limits` sits: -1 starts at x (near the left
    end), 1 ends at x (near the right end), 0 is centred on x."""
    low, high = limits
    where = (x - low) / (high - low)
    return -1 if where < LABEL_EDGE else 1 if where > 1 - LABEL_EDGE else 0


@dataclass
class MissLine:
    """A number line: the prediction, goal_pred, and an arrow for the miss (the pure error)."""

    ax: Axes
    pred: Line2D
    goal_pred: Line2D
    arrow: FancyArrowPatch
    pred_label: Annotation
    goal_label: Annotation
    weight_range: tuple[float, float]
    ends: tuple[tuple[float, float], tuple[float, float]] = ((0.0, 0.0), (0.0, 0.0))
    keep_view: bool = False  # keep the limits while every reachable prediction fits: set once first drawn

    def update(self, input: float, goal_pred: float, weight: float) -> bool:
        """Frame the line for this input and goal_pred, then place the prediction; True if the axis moved."""
        low, high = _reachable(input, goal_pred, self.weight_range)
        centre, half = (low + high) / 2, max(high - low, 1.0) * 0.54
        needed = (centre - half, centre + half)
        limits = keep_or_widen(self.ax.get_xlim() if self.keep_view else None, needed)
        moved = limits != self.ax.get_xlim()
        self.ax.set_xlim(limits)
        self.goal_pred.set_data([goal_pred], [0])
        self.goal_label.xy = (goal_pred, 0)
        self.goal_label.set_text(f"goal_pred {goal_pred:.4g}")
        self.goal_label.set_ha(ALIGNMENTS[label_side(goal_pred, limits)])
        self.move(input, goal_pred, weight)
        return moved

    def move(self, input: float, goal_pred: float, weight: float) -> None:
        """Place the prediction input * weight and the arrow from goal_pred to it."""
        pred = input * weight
        self.pred.set_data([pred], [0])
        self.ends = ((goal_pred, 0.0), (pred, 0.0))
        self.arrow.set_positions(*self.ends)
        self.arrow.set_visible(pred != goal_pred)
        self.pred_label.xy = (pred, 0)
        miss = pred - goal_pred
        self.pred_label.set_text(f"pred {pred:.4g}, miss {miss:+.4g}" if miss else f"pred {pred:.4g}, miss 0")
        self.pred_label.set_ha(ALIGNMENTS[label_side(pred, self.ax.get_xlim())])

    def label_sides(self) -> tuple[int, int]:
        """Where the prediction's and goal_pred's labels sit (label_side), as drawn."""
        side = {v: k for k, v in ALIGNMENTS.items()}
        return side[self.pred_label.get_ha()], side[self.goal_label.get_ha()]


def draw_miss_line(
    ax: Axes, input: float, goal_pred: float, weight: float, weight_range: tuple[float, float] = (-1.0, 2.0)
) -> MissLine:
    """Draw the prediction and goal_pred on a number line, the miss as an arrow between them."""
    ax.axhline(0, color="0.6", linewidth=1, zorder=0)
    arrow = FancyArrowPatch((0, 0), (0, 0), arrowstyle="-|>", mutation_scale=14, color=VERMILION, zorder=3)
    arrow.set_linewidth(2)
    ax.add_patch(arrow)
    (goal_marker,) = ax.plot([], [], "D", color=GREEN, markersize=10, markeredgecolor=BLACK, zorder=4)
    (pred,) = ax.plot([], [], "o", color=BLUE, markersize=10, markeredgecolor=BLACK, zorder=5)
    text = {"textcoords": "offset points", "ha": "center", "fontsize": 9}
    pred_label = ax.annotate("", (0, 0), xytext=(0, 9), va="bottom", color=BLUE, **text)
    goal_label = ax.annotate("", (0, 0), xytext=(0, -10), va="top", color=ink(GREEN), **text)
    ax.set_ylim(-1, 1)
    ax.set_yticks([])
    for side in ("left", "right", "top"):
        ax.spines[side].set_visible(False)
    line = MissLine(ax, pred, goal_marker, arrow, pred_label, goal_label, weight_range)
    line.update(input, goal_pred, weight)
    return line


@dataclass
class ErrorKindsPlot:
    """Pure, absolute and squared error against the miss, with the current miss marked on each."""

    ax: Axes
    pure: Line2D
    absolute: Line2D
    squared: Line2D
    now: Line2D
    pure_now: Line2D
    absolute_now: Line2D
    squared_now: Line2D
    keep_view: bool = False  # keep the limits while the miss still fits: set once first drawn

    def update(self, reach: float, miss: float) -> bool:
        """Draw the three curves for misses in [-reach, reach], then mark `miss`; True if the axes moved."""
        shown = self.ax.get_xlim()[1]
        reach = keep_or_widen((-shown, shown) if self.keep_view else None, (-reach, reach))[1]
        moved = reach != shown
        xs = np.linspace(-reach, reach, 201)
        self.pure.set_data(xs, xs)
        self.absolute.set_data(xs, np.abs(xs))
        self.squared.set_data(xs, xs * xs)
        top = square(reach) * 1.08
        self.ax.set_xlim(-reach, reach)
        self.ax.set_ylim(-reach * 1.08, top)
        self.move(miss)
        return moved

    def move(self, miss: float) -> None:
        """Mark one miss on all three curves."""
        bottom, top = self.ax.get_ylim()
        self.now.set_data([miss, miss], [bottom, top])
        self.pure_now.set_data([miss], [miss])
        self.absolute_now.set_data([miss], [abs(miss)])
        self.squared_now.set_data([miss], [square(miss)])


def draw_error_kinds(ax: Axes, reach: float, miss: float) -> ErrorKindsPlot:
    """Draw pure (pred - goal_pred), absolute and squared error as functions of the miss."""
    for x in (-1, 1):
        ax.axvline(x, color="0.85", linewidth=1, zorder=0)
    ax.axhline(0, color="0.8", linewidth=0.8, zorder=0)
    # For a positive miss, pure and absolute are one line: the absolute's wide dots run under the
    # pure's thin dashes, so both show there.
    (absolute,) = ax.plot([], [], color=ORANGE, linestyle=":", linewidth=3.5, label="absolute: |miss|")
    (pure,) = ax.plot([], [], color=PURPLE, linestyle="--", linewidth=1.5, label="pure: miss")
    (squared,) = ax.plot([], [], color=BLUE, linewidth=2, label="squared: miss²")
    (now,) = ax.plot([], [], color=VERMILION, linewidth=1, alpha=0.6)
    dot = {"markersize": 7, "markeredgecolor": BLACK, "zorder": 5, "linestyle": "none"}
    (pure_now,) = ax.plot([], [], "v", color=PURPLE, **dot)
    (absolute_now,) = ax.plot([], [], "s", color=ORANGE, **dot)
    (squared_now,) = ax.plot([], [], "o", color=BLUE, **dot)
    ax.set_xlabel("miss = pred - goal_pred")
    ax.set_ylabel("error")
    # each key shows its line with the marker that marks the miss now on it
    keys = [
        Line2D([], [], color=line.get_color(), linestyle=line.get_linestyle(), linewidth=line.get_linewidth(),
               marker=mark.get_marker(), markersize=7, markerfacecolor=mark.get_color(),
               markeredgecolor=BLACK)
        for line, mark in ((pure, pure_now), (absolute, absolute_now), (squared, squared_now))
    ]  # fmt: skip
    ax.legend(keys, [pure.get_label(), absolute.get_label(), squared.get_label()], loc="upper center",
              fontsize=8, frameon=False)  # fmt: skip
    plot = ErrorKindsPlot(ax, pure, absolute, squared, now, pure_now, absolute_now, squared_now)
    plot.update(reach, miss)
    return plot


@dataclass
class CompareView:
    """Chapter 1's whole picture: the miss on a number line, the error parabola, the error kinds."""

    #: The figure's size in inches, for the explorer and its still picture alike.
    SIZE: ClassVar = (8.0, 5.0)

    figure: Figure
    miss_line: MissLine
    parabola: ParabolaPlot
    error_label: Annotation
    kinds: ErrorKindsPlot
    weight_range: tuple[float, float]

    def update(self, settings: CompareSettings) -> list[Axes]:
        """Frame every panel for this input and goal_pred and place the weight; return the panels whose
        axes moved (they need a redraw)."""
        input, goal_pred, weight = settings.input, settings.goal_pred, settings.weight
        moved = [
            self.miss_line.ax if self.miss_line.update(input, goal_pred, weight) else None,
            self.parabola.ax if self.parabola.update(input, goal_pred, weight) else None,
            self.kinds.ax
            if self.kinds.update(miss_reach(input, goal_pred, self.weight_range), input * weight - goal_pred)
            else None,
        ]
        self._label(input, goal_pred, weight)
        return [ax for ax in moved if ax is not None]

    def drawn(self) -> dict[str, np.ndarray]:
        """The data the figure holds right now, by name: what a learner sees, as numbers."""
        line, p, k = self.miss_line, self.parabola, self.kinds
        return {
            "prediction": line.pred.get_xydata(),
            "goal_pred": line.goal_pred.get_xydata(),
            "miss_arrow": np.array(line.ends, dtype=float),
            "curve": p.curve.get_xydata(),
            "weight": p.weight_marker.get_xydata(),
            "error_label": np.array([self.error_label.xy], dtype=float),
            "pure": k.pure.get_xydata(),
            "absolute": k.absolute.get_xydata(),
            "squared": k.squared.get_xydata(),
            "pure_now": k.pure_now.get_xydata(),
            "absolute_now": k.absolute_now.get_xydata(),
            "squared_now": k.squared_now.get_xydata(),
            "miss_line_limits": limits_of(line.ax),
            "label_sides": np.array([line.label_sides()], dtype=float),
            "parabola_limits": limits_of(p.ax),
            "kinds_limits": limits_of(k.ax),
        }

    def labels(self) -> dict[str, str]:
        """The texts written on the figure, by name."""
        return {
            "prediction": self.miss_line.pred_label.get_text(),
            "goal_pred": self.miss_line.goal_label.get_text(),
            "error": self.error_label.get_text(),
        }

    def _label(self, input: float, goal_pred: float, weight: float) -> None:
        error = square(input * weight - goal_pred)
        low, high = self.parabola.ax.get_xlim()
        right_side = weight > (low + high) / 2
        self.error_label.xy = (weight, error)
        self.error_label.set_text(f"weight {weight:.4g}: error {error:.4g}")
        self.error_label.set_ha("right" if right_side else "left")
        self.error_label.set_position((-14 if right_side else 14, 6))


def draw_compare(figure: Figure, settings: CompareSettings) -> CompareView:
    """Lay out the number line (top), the error parabola (left) and the error kinds (right).

    Every panel's view covers whatever the weight slider can reach.
    """
    spec = settings.SLIDERS["weight"]
    weight_range = (spec.low, spec.high)
    input, goal_pred, weight = settings.input, settings.goal_pred, settings.weight
    grid = figure.add_gridspec(2, 2, height_ratios=[1, 3.2], width_ratios=[1.5, 1], hspace=0.55, wspace=0.25)
    top = figure.add_subplot(grid[0, :])
    left, right = figure.add_subplot(grid[1, 0]), figure.add_subplot(grid[1, 1])
    miss_line = draw_miss_line(top, input, goal_pred, weight, weight_range)
    top.set_title("prediction against goal_pred: the arrow is the miss", fontsize=10)
    parabola = draw_parabola(left, input, goal_pred, weight, weight_range)
    parabola.tangent.set_visible(False)  # the slope is chapter 3's idea
    parabola.tangent.set_label("_slope")
    error_label = left.annotate(
        "", (0, 0), textcoords="offset points", xytext=(14, 6), fontsize=9,
        bbox={"boxstyle": "round,pad=0.2", "facecolor": "white", "edgecolor": "none", "alpha": 0.85},
    )  # fmt: skip
    left.set_title("squared error against weight", fontsize=10)
    reach = miss_reach(input, goal_pred, weight_range)
    kinds = draw_error_kinds(right, reach, input * weight - goal_pred)
    right.set_title("three ways to score the miss", fontsize=10)
    figure.subplots_adjust(left=0.07, right=0.985, bottom=0.1, top=0.93)
    for plot in (miss_line, parabola, kinds):
        plot.keep_view = True  # an explorer's slider then redraws a panel only when its axes move
    view = CompareView(figure, miss_line, parabola, error_label, kinds, weight_range)
    view.update(settings)
    return view
