"""Pictures for chapter 3: what `* input` does to a miss, two linked rods, and a slope on the curve.

Used by notebooks 03_gradient_descent and playground (through `gd.pictures` and the explorer).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

import numpy as np
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import FancyArrowPatch, Rectangle
from matplotlib.text import Text

from gdcourse.figures.framing import goal_window
from gdcourse.figures.parabola import error_curve, limits_of
from gdcourse.figures.style import BLACK, BLUE, GREEN, ORANGE, VERMILION, ink
from gdcourse.settings import DirectionSettings


@dataclass
class DirectionView:
    """A weight on a number line and the arrow of the step `weight - direction_and_amount`."""

    ax: Axes
    weight_marker: Line2D
    new_marker: Line2D
    goal_line: Line2D
    arrow: FancyArrowPatch
    label: Text
    limits: tuple[float, float]

    #: The figure's size in inches, for the explorer and its still picture alike.
    SIZE: ClassVar = (7.6, 2.4)

    def update(self, settings: DirectionSettings) -> list[Axes]:
        """Move to the step these settings describe; the axes never move, so no panel needs a redraw."""
        self.move(settings.weight, settings.input, settings.goal_pred)
        return []

    def drawn(self) -> dict[str, np.ndarray]:
        """The weight, the new weight and the goal line as drawn, with the axes limits."""
        return {
            "weight": self.weight_marker.get_xydata(),
            "new_weight": self.new_marker.get_xydata(),
            "goal_weight": self.goal_line.get_xydata(),
            "limits": limits_of(self.ax),
        }

    def move(self, weight: float, input: float, goal_pred: float) -> float:
        """Move to new numbers; returns direction_and_amount = (pred - goal_pred) * input."""
        direction_and_amount = (input * weight - goal_pred) * input
        new_weight = weight - direction_and_amount
        low, high = self.limits
        shown = float(np.clip(new_weight, low, high))
        self.weight_marker.set_data([weight], [0])
        self.new_marker.set_data([shown], [0])
        self.arrow.set_positions((weight, 0.35), (shown, 0.35))
        self.arrow.set_visible(abs(shown - weight) > 1e-9)
        has_goal = input != 0
        goal_weight = goal_pred / input if has_goal else 0.0
        self.goal_line.set_data([np.clip(goal_weight, low, high)] * 2, [-0.6, 0.6])
        self.goal_line.set_visible(has_goal and low <= goal_weight <= high)
        beyond = "" if shown == new_weight else " (beyond the edge)"
        self.label.set_text(f"new weight {new_weight:.3g}{beyond}")
        self.label.set_position((shown, -0.5))
        return direction_and_amount


def draw_direction(figure: Figure, settings: DirectionSettings) -> DirectionView:
    """Draw one gradient-descent step on a weight number line, from the weight to the new weight.

    The line reaches one unit past either end of the weight slider, so a step can be seen leaving.
    """
    ax = figure.add_subplot()
    figure.subplots_adjust(left=0.03, right=0.97, bottom=0.25, top=0.95)
    spec = settings.SLIDERS["weight"]
    limits = (spec.low - 1, spec.high + 1)
    ax.set_xlim(*limits)
    ax.set_ylim(-1, 1)
    ax.set_yticks([])
    ax.axhline(0, color="0.6", linewidth=1)
    ax.set_xlabel("weight")
    for side in ("left", "right", "top"):
        ax.spines[side].set_visible(False)
    (goal_line,) = ax.plot([], [], color=GREEN, linestyle=":", linewidth=2, label="goal weight")
    (weight_marker,) = ax.plot([], [], "s", color=BLACK, markersize=9, label="weight now")
    (new_marker,) = ax.plot(
        [], [], "o", markersize=10, markerfacecolor="white", markeredgecolor=VERMILION,
        markeredgewidth=2, label="new weight",
    )  # fmt: skip
    arrow = FancyArrowPatch((0, 0), (0, 0), arrowstyle="-|>", mutation_scale=16, color=VERMILION, lw=2)
    ax.add_patch(arrow)
    label = ax.text(0, 0, "", ha="center", va="top", fontsize=9, color=ink(VERMILION))
    ax.legend(loc="upper left", ncol=3, fontsize=8, frameon=False)
    view = DirectionView(ax, weight_marker, new_marker, goal_line, arrow, label, limits)
    view.update(settings)
    return view


def draw_rods(ax: Axes, tug: float = 1.0) -> list:
    """Two rods joined inside a box: pull one out by `tug` and the other moves twice as far (named by
    what they do, not by their colours: the one you pull is solid, the other dashed)."""
    ax.set_xlim(-1, 11)
    ax.set_ylim(-0.5, 3.5)
    ax.set_axis_off()
    ax.add_patch(Rectangle((-1, -0.3), 3, 3.4, facecolor="0.92", edgecolor="0.5"))
    ax.text(0.5, 3.25, "box", ha="center", fontsize=11, color="0.3")
    drawn = []
    rows = [
        (2.3, "rod you pull", BLUE, 2.0, 2.0 + tug, "-"),
        (0.7, "other rod", VERMILION, 4.0, 4.0 + 2 * tug, "--"),
    ]
    for y, name, colour, before, after, style in rows:
        drawn += ax.plot([2, 2 + after], [y, y], color=colour, linewidth=6, linestyle=style)
        drawn += ax.plot([2 + before], [y], "|", color=BLACK, markersize=22, markeredgewidth=2)
        ax.text(2 + before, y + 0.4, "was", ha="center", fontsize=10)
        ax.text(2 + after + 0.2, y, f"{name}: {before:g} in → {after:g} in", va="center", fontsize=11)
    return drawn


def draw_slope(ax: Axes, weight: float, input: float, goal_pred: float) -> list:
    """The error curve with its tangent at `weight`: the slope is 2 * weight_delta."""
    low, high = goal_window(input, goal_pred, (weight - 0.5, weight + 0.5))
    xs = np.linspace(low, high, 201)
    error = (input * weight - goal_pred) ** 2
    weight_delta = (input * weight - goal_pred) * input
    slope = 2 * weight_delta
    span = (high - low) * 0.22
    tangent_x = np.array([weight - span, weight + span])
    drawn = ax.plot(xs, error_curve(input, goal_pred, xs), color=BLUE, linewidth=2, label="error(weight)")
    drawn += ax.plot(
        tangent_x, error + slope * (tangent_x - weight), color=ORANGE, linestyle="--", linewidth=2,
        label=f"slope {slope:.3g} (the tangent)",
    )  # fmt: skip
    drawn += ax.plot([weight], [error], "s", color=BLACK, markersize=8, label=f"weight {weight:g}")
    if input != 0:  # with input 0 the curve is flat: there is no goal weight
        drawn += ax.plot(
            [goal_pred / input] * 2, [0, error * 1.6], color=GREEN, linestyle=":", label="goal weight"
        )
    ax.set_xlabel("weight")
    ax.set_ylabel("error")
    ax.legend(fontsize=10, loc="upper right")
    return drawn
