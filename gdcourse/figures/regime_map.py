"""Chapter 4's pictures: the regime map of alpha against input, and overcorrections step by step.

The map shades every (input, alpha) by how many updates bring the error below a tolerance,
hatches where it never does, and draws the curves alpha * input**2 = 1 (one step) and = 2 (the edge).
Used by notebooks 04_divergence_and_alpha and playground (through `gd.pictures.regime_map` and the
explorer). The explorer's map is drawn in the browser from the same numbers (web/src/regime_map.js):
so the map's grid and curves are spaced with `geometric`, which gives the same doubles there.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import ClassVar

import numpy as np
from matplotlib import patheffects
from matplotlib.axes import Axes
from matplotlib.collections import QuadMesh
from matplotlib.colors import BoundaryNorm, ListedColormap
from matplotlib.figure import Figure
from matplotlib.legend import Legend
from matplotlib.lines import Line2D
from matplotlib.patches import Patch, PathPatch
from matplotlib.path import Path
from matplotlib.text import Text

from gdcourse import checks
from gdcourse.analysis import LN2_HI, LN2_LO, count_steps, portable_log
from gdcourse.checks import short
from gdcourse.figures.parabola import draw_parabola, draw_path, limits_of
from gdcourse.figures.style import BLACK, VERMILION
from gdcourse.learning import Trajectory
from gdcourse.settings import ParabolaSettings

INPUT_RANGE = (-3.0, 3.0)
ALPHA_RANGE = (0.001, 10.0)
TOLERANCE = 1e-6
#: Step counts are shaded in these bands: [0, 2), [2, 6), ... and "more than 1000"; "never" has its own.
BAND_EDGES = (0, 2, 6, 21, 101, 1001, math.inf)
BAND_NAMES = ("0 or 1", "2 to 5", "6 to 20", "21 to 100", "101 to 1000", "more than 1000")
#: Dark for few steps, light for many (cividis: readable with every kind of colour vision), grey for never.
BAND_COLOURS = ("#00224e", "#35456c", "#666970", "#948e77", "#c8b866", "#fee838")
NEVER_COLOUR = "#d9d9d9"
NEVER_HATCH = "///"
HALO = [patheffects.withStroke(linewidth=4, foreground="white")]
#: 1 / ln 2, and 1/j! for j = 0..14: exp(t) for |t| <= ln(2) / 2 to a float's precision.
_INV_LN2 = 1.4426950408889634
_EXP_TERMS = tuple(1 / math.factorial(j) for j in range(15))


def portable_exp(y: np.ndarray) -> np.ndarray:
    """e ** y with + - * / alone (and ldexp), the same double on every computer and in the browser
    (web/src/regime_map.js portableExp); within 0.9 units in the last place, for finite y."""
    y = np.asarray(y, dtype=float)
    n = np.floor(y * _INV_LN2 + 0.5)  # e ** y = 2 ** n * e ** t, with |t| <= ln(2) / 2
    t = (y - n * LN2_HI) - n * LN2_LO
    tail = _EXP_TERMS[-1]
    for term in reversed(_EXP_TERMS[2:-1]):
        tail = tail * t + term
    return np.ldexp(1.0 + (t + t * t * tail), n.astype(np.int64))


def geometric(low: float, high: float, count: int) -> np.ndarray:
    """`count` numbers from low to high (both > 0), each the same multiple of the one before: what
    np.geomspace gives to within a few units in the last place, but the same doubles everywhere."""
    points = portable_exp(np.linspace(float(portable_log(low)), float(portable_log(high)), count))
    points[0], points[-1] = low, high
    return points


def steps_grid(
    weight: float, goal_pred: float, inputs: np.ndarray, alphas: np.ndarray, tolerance: float = TOLERANCE
) -> np.ndarray:
    """gd.steps_to_tolerance at every (alpha, input): rows are alphas, columns inputs; inf = never."""
    inputs = np.asarray(inputs, dtype=float)[np.newaxis, :]
    alphas = np.asarray(alphas, dtype=float)[:, np.newaxis]
    return count_steps(weight, inputs, goal_pred, alphas, tolerance)


def band_of(steps: np.ndarray) -> np.ndarray:
    """Which shading band each step count falls in: 0..5 for the counts, 6 for never (inf)."""
    finite = np.digitize(np.where(np.isfinite(steps), steps, 0), BAND_EDGES[1:-1])
    return np.where(np.isfinite(steps), finite, len(BAND_NAMES))


def _never_path(input_edges: np.ndarray, alpha_edges: np.ndarray, steps: np.ndarray) -> Path:
    """One rectangle per input column, from its lowest "never" cell to the top of the map."""
    vertices, codes = [], []
    for column in range(steps.shape[1]):
        never = np.flatnonzero(~np.isfinite(steps[:, column]))
        if never.size == 0:
            continue
        x0, x1 = input_edges[column], input_edges[column + 1]
        y0, y1 = alpha_edges[never[0]], alpha_edges[-1]
        vertices += [(x0, y0), (x1, y0), (x1, y1), (x0, y1), (x0, y0)]
        codes += [Path.MOVETO, Path.LINETO, Path.LINETO, Path.LINETO, Path.CLOSEPOLY]
    if not vertices:
        return Path(np.zeros((1, 2)), [Path.MOVETO])
    return Path(vertices, codes)


#: Where the map's axes sit in its figure (the legend takes the right-hand side).
MAP_MARGINS = {"left": 0.1, "right": 0.68, "bottom": 0.15, "top": 0.95}


@dataclass
class RegimeMap:
    """The regime map's artists: shading, hatching, the two boundary curves and the current setting."""

    ax: Axes
    mesh: QuadMesh
    never: PathPatch
    one_step: Line2D
    edge: Line2D
    labels: list[Text]
    marker: Line2D
    legend: Legend
    input_edges: np.ndarray
    alpha_edges: np.ndarray
    steps: np.ndarray
    shaded_for: tuple[float, float]  # the (weight, goal_pred) the shading was worked out for
    tolerance: float = TOLERANCE

    #: The figure's size in inches, for the explorer and its still picture alike.
    SIZE: ClassVar = (8.0, 3.0)

    @property
    def input_centres(self) -> np.ndarray:
        return (self.input_edges[:-1] + self.input_edges[1:]) / 2

    @property
    def alpha_centres(self) -> np.ndarray:
        """Cell centres on the log axis: the geometric mean of each cell's edges."""
        return np.sqrt(self.alpha_edges[:-1] * self.alpha_edges[1:])

    def update(self, settings: ParabolaSettings) -> list[Axes]:
        """Mark (input, alpha); reshade for a new start weight or goal_pred (they set the first error).

        Returns the map's axes when the shading changed (the panel must be redrawn), else nothing.
        """
        self.move_marker(settings.input, settings.alpha)
        steps = steps_grid(
            settings.weight, settings.goal_pred, self.input_centres, self.alpha_centres, self.tolerance
        )
        changed = not np.array_equal(band_of(steps), band_of(self.steps))
        self.steps = steps
        if not changed:
            return []
        self.mesh.set_array(band_of(steps).ravel())
        self.never.set_path(_never_path(self.input_edges, self.alpha_edges, steps))
        return [self.ax]

    def move_marker(self, input: float, alpha: float) -> None:
        """Put the marker on (input, alpha); both must lie inside the map."""
        input = checks.number("input", input)
        alpha = checks.number("alpha", alpha)
        (x_low, x_high), (a_low, a_high) = INPUT_RANGE, ALPHA_RANGE
        if not x_low <= input <= x_high:
            raise ValueError(
                f"input must be between {x_low:g} and {x_high:g} to sit on the map, got {short(input)}"
            )
        if not a_low <= alpha <= a_high:
            raise ValueError(
                f"alpha must be between {a_low:g} and {a_high:g} to sit on the map, got {short(alpha)}"
            )
        self.marker.set_data([input], [alpha])

    def drawn(self) -> dict[str, np.ndarray]:
        """The map's data: marker, curves, step counts, shading bands, cell centres and limits."""
        return {
            "marker": self.marker.get_xydata(),
            "one_step_curve": self.one_step.get_xydata(),
            "edge_curve": self.edge.get_xydata(),
            "map_steps": self.steps.copy(),
            "map_bands": np.asarray(self.mesh.get_array()).reshape(self.steps.shape),
            "map_inputs": self.input_centres,
            "map_alphas": self.alpha_centres,
            "never_path": self.never.get_path().vertices.copy(),
            "map_limits": limits_of(self.ax),
        }


def _boundary(
    ax: Axes, product: float, style: str, text: str, short: str, at: float, above: bool
) -> tuple[Line2D, Text]:
    """The curve alpha = product / input**2 on both sides of input 0; `short` labels it at input `at`."""
    near = math.sqrt(product / ALPHA_RANGE[1])  # where the curve leaves the top of the map
    side = geometric(near, INPUT_RANGE[1], 150)
    xs = np.concatenate([-side[::-1], [np.nan], side])
    (line,) = ax.plot(xs, product / (xs * xs), style, color=BLACK, linewidth=2, path_effects=HALO, label=text)
    nudge = 1.25 if above else 0.8
    label = ax.text(
        at, nudge * product / at**2, short, fontsize=8, ha="center", va="bottom" if above else "top",
        path_effects=HALO,
    )  # fmt: skip
    return line, label


def draw_regime_map(figure: Figure, settings: ParabolaSettings, cells: int = 120) -> RegimeMap:
    """Draw alpha (log scale) against input, shaded by updates until the error is below 1e-6.

    Hatched grey means never; the marker is the current setting. Only input**2 matters, so it is symmetric.
    """
    ax = figure.add_subplot()
    figure.subplots_adjust(**MAP_MARGINS)
    weight, goal_pred = settings.weight, settings.goal_pred
    input_edges = np.linspace(*INPUT_RANGE, cells + 1)  # an even count: no cell is centred on input 0
    alpha_edges = geometric(*ALPHA_RANGE, 2 * cells // 3 + 1)
    centres = (input_edges[:-1] + input_edges[1:]) / 2, np.sqrt(alpha_edges[:-1] * alpha_edges[1:])
    steps = steps_grid(weight, goal_pred, *centres)
    cmap = ListedColormap([*BAND_COLOURS, NEVER_COLOUR])
    norm = BoundaryNorm(np.arange(len(BAND_NAMES) + 2) - 0.5, cmap.N)
    mesh = ax.pcolormesh(input_edges, alpha_edges, band_of(steps), cmap=cmap, norm=norm, shading="flat")
    never = PathPatch(
        _never_path(input_edges, alpha_edges, steps), facecolor="none", edgecolor="0.35",
        hatch=NEVER_HATCH, linewidth=0,
    )  # fmt: skip
    ax.add_patch(never)
    ax.set_yscale("log")
    ax.set_xlim(*INPUT_RANGE)
    ax.set_ylim(*ALPHA_RANGE)
    one_step, one_label = _boundary(
        ax, 1.0, "--", "alpha·input² = 1: one step", "one step", -2.55, above=False
    )
    edge, edge_label = _boundary(ax, 2.0, "-", "alpha·input² = 2: the edge", "the edge", -2.55, above=True)
    (marker,) = ax.plot(
        [], [], "o", markersize=13, markerfacecolor="white", markeredgecolor=VERMILION,
        markeredgewidth=3, label="your setting", zorder=8,
    )  # fmt: skip
    ax.set_yticks(np.geomspace(*ALPHA_RANGE, 5), ["0.001", "0.01", "0.1", "1", "10"])
    ax.set_xlabel("input")
    ax.set_ylabel("alpha (log scale)")
    handles = [
        Patch(facecolor=c, edgecolor="0.5", label=n) for c, n in zip(BAND_COLOURS, BAND_NAMES, strict=True)
    ]
    handles.append(Patch(facecolor=NEVER_COLOUR, edgecolor="0.35", hatch=NEVER_HATCH, label="never"))
    handles += [one_step, edge, marker]
    legend = ax.legend(
        handles=handles, title=f"updates until\nerror < {TOLERANCE:g}", loc="upper left",
        bbox_to_anchor=(1.02, 1.0), fontsize=8, title_fontsize=8, frameon=False,
    )  # fmt: skip
    plot = RegimeMap(
        ax,
        mesh,
        never,
        one_step,
        edge,
        [one_label, edge_label],
        marker,
        legend,
        input_edges,
        alpha_edges,
        steps,
        (weight, goal_pred),
    )
    plot.update(settings)
    return plot


@dataclass
class OvercorrectionPanels:
    """One parabola panel per step, each widened to fit the steps so far: the overshoots grow."""

    figure: Figure
    axes: list[Axes]
    trajectory: Trajectory


def draw_overcorrections(figure: Figure, trajectory: Trajectory, stages: int = 3) -> OvercorrectionPanels:
    """Panels 1..stages: the parabola with the first k steps of a run, each view widened to fit them.

    The tick labels then show how far each overshoot reaches; with a shared scale the first steps vanish.
    """
    t = trajectory
    stages = checks.count("stages", stages)
    most = min(t.updates, 6)
    if not 1 <= stages <= most:
        allowed = "1" if most == 1 else f"between 1 and {most}"
        if most == 0:
            raise ValueError("trajectory must have at least one step to show: this run recorded none")
        plural = "s" * (t.updates != 1)
        raise ValueError(
            f"stages must be {allowed} for this run ({t.updates} step{plural} recorded), got {short(stages)}"
        )
    if t.input == 0:
        raise ValueError("input must not be 0 here: with input 0 the weight never moves")
    weights = [*t.weights[: stages + 1], t.final_weight][: stages + 1]
    axes = list(figure.subplots(1, stages, squeeze=False)[0])
    for k, ax in enumerate(axes, start=1):
        seen = weights[: k + 1]
        draw_parabola(ax, t.input, t.goal_pred, float(t.weights[0]), (min(seen), max(seen)))
        draw_path(ax, t, shown=k)
        before, after = float(weights[k - 1]), float(weights[k])
        ax.set_title(f"step {k}: weight {before:.3g} → {after:.3g}", fontsize=9)
        if k > 1:
            ax.set_ylabel("")
    figure.tight_layout()
    return OvercorrectionPanels(figure, axes, t)
