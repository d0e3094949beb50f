"""The regime-map explorer: the parabola explorer with a map of every (input, alpha) beneath it.

The map follows the parabola explorer's sliders: input and alpha move the marker (a blitted redraw),
weight and goal reshade it (they set the first error). Clicking the map moves input and alpha there.
"""

from __future__ import annotations

import ipywidgets as widgets
import numpy as np
from matplotlib.figure import Figure

from gdcourse import _validate
from gdcourse.analysis import convergence_factor, steps_to_tolerance
from gdcourse.display import Picture, picture
from gdcourse.explorers.base import Explorer, limits
from gdcourse.explorers.live import LiveFigure
from gdcourse.explorers.parabola import RANGES, ParabolaExplorer
from gdcourse.figures.regime_map import (
    ALPHA_RANGE,
    INPUT_RANGE,
    TOLERANCE,
    draw_overcorrections,
    draw_regime_map,
)
from gdcourse.learning import gradient_descent

MAP_SIZE = (8.0, 3.0)
#: Where the map's axes sit in its figure (the legend takes the right-hand side).
MAP_MARGINS = {"left": 0.1, "right": 0.68, "bottom": 0.15, "top": 0.95}
FOLLOWED = ("weight", "input", "goal", "alpha")


def map_sentence(weight: float, input: float, goal: float, alpha: float, tolerance: float = TOLERANCE) -> str:
    """Where a setting sits on the map, and how many updates bring the error below the tolerance."""
    if input == 0:
        if goal != 0:
            return f"input 0: every prediction is 0, so no weight reaches goal_pred {goal:g}"
        return "input 0 and goal_pred 0: every prediction is already right"
    product = alpha * input**2
    side = (
        "below 1: the steps stay on one side"
        if product < 1
        else "between 1 and 2: each step overshoots, by less each time"
        if product < 2
        else "2 or more: the overshoots never shrink"
    )
    steps = steps_to_tolerance(weight, input, goal, alpha, tolerance)
    if steps is None:
        count = f"the error never gets below {tolerance:g}"
    else:
        count = f"the error is below {tolerance:g} after {steps} update{'s' * (steps != 1)}"
    return f"alpha·input² = {product:.3g}, {side}; {count}"


def _map_caption(weight: float, input: float, goal: float, alpha: float) -> str:
    return (
        f"Regime map for start weight {weight:g} and goal_pred {goal:g}: alpha (log scale, "
        f"{ALPHA_RANGE[0]:g} to {ALPHA_RANGE[1]:g}) against input "
        f"({INPUT_RANGE[0]:g} to {INPUT_RANGE[1]:g}), shaded from dark (few updates) to light (many) "
        f"until the error is below {TOLERANCE:g}, hatched grey where it never is; the dashed curve "
        "alpha·input² = 1 lands in one step, the solid curve "
        f"alpha·input² = 2 bounces forever. The circle marks input {input:g}, alpha {alpha:.3g}: "
        f"{map_sentence(weight, input, goal, alpha)}."
    )


def regime_map_picture(
    weight: float = 0.5, input: float = 2.0, goal: float = 0.8, alpha: float = 0.1
) -> Picture:
    """The regime map as a still picture, with the setting (input, alpha) marked on it."""
    numbers = {n: _validate.number(n, v) for n, v in zip(FOLLOWED, (weight, input, goal, alpha), strict=True)}
    _validate.reachable(numbers["input"], numbers["goal"])
    figure = Figure(figsize=MAP_SIZE)
    draw_regime_map(
        figure.add_subplot(), numbers["weight"], numbers["goal"], numbers["input"], numbers["alpha"]
    )
    figure.subplots_adjust(**MAP_MARGINS)
    caption = _map_caption(numbers["weight"], numbers["input"], numbers["goal"], numbers["alpha"])
    alt = "A map with input across and alpha up, in bands of grey-blue to yellow. " + caption
    return picture(figure, caption, alt)


def overcorrection_picture(
    weight: float = 0.5, input: float = 2.0, goal: float = 0.8, alpha: float = 1.0, stages: int = 3
) -> Picture:
    """The first steps of a run, one panel per step on one scale; any alpha, even a negative one."""
    run = gradient_descent(weight, input, goal, alpha, iterations=max(_validate.count("stages", stages), 1))
    figure = Figure(figsize=(3.0 * max(stages, 1), 3.0))
    draw_overcorrections(figure, run, stages)
    weights = [*run.weights, run.final_weight][: stages + 1]
    errors = [*run.errors, run.final_error][: stages + 1]
    goal_weight = goal / input
    ratio = abs(convergence_factor(input, alpha))
    caption = (
        f"The first {stages} steps from weight {weight:g} with input {input:g}, goal_pred {goal:g} and "
        f"alpha {alpha:g} (goal weight {goal_weight:.3g}), one panel per step, each widened to fit the "
        "steps so far: the weight goes "
        + " → ".join(f"{w:.3g}" for w in weights)
        + ", and the error "
        + " → ".join(f"{e:.3g}" for e in errors)
        + f"; each step leaves the weight {ratio:.3g} times as far from the goal weight."
    )
    alt = "Error parabolas side by side, with numbered circles for the weights visited. " + caption
    return picture(figure, caption, alt)


class RegimeMapExplorer(Explorer):
    """The parabola explorer plus a live regime map whose marker follows its input and alpha."""

    def __init__(
        self, weight: float = 0.5, input: float = 2.0, goal: float = 0.8, alpha: float = 0.1, steps: int = 20
    ) -> None:
        self.parabola = ParabolaExplorer(weight=weight, input=input, goal=goal, alpha=alpha, steps=steps)
        self.live = LiveFigure(MAP_SIZE)
        self._map = draw_regime_map(self.live.figure.add_subplot(), weight, goal, input, alpha)
        self.live.figure.subplots_adjust(**MAP_MARGINS)
        self.live.set_moving(self._map.moving_artists)
        self.live.canvas.mpl_connect("button_press_event", self._on_click)
        self._where = widgets.HTML()
        self._where.add_class("gd-map-summary")
        hint = widgets.HTML("<small>Click anywhere on the map to move input and alpha there.</small>")
        inner = self.parabola.widget
        inner.remove_class("gd-explorer")  # one explorer on the page: this box holds both figures
        self._box = widgets.VBox([inner, hint, self._where, self.live.canvas])
        self._box.add_class("gd-explorer")
        self._box.add_class("gd-regime-map")
        for name in FOLLOWED:
            self.parabola.sliders[name].observe(self._follow, names="value")
        self._shown: tuple[float, float, float, float] | None = None
        self._follow(None)

    # -- the plain Python API -------------------------------------------------------------------

    @property
    def settings(self):
        """The parabola explorer's settings: the map follows them."""
        return self.parabola.settings

    @property
    def summary(self) -> str:
        """The parabola's summary (the regime first), then where the setting sits on the map."""
        return f"{self.parabola.summary}. {self.where}"

    @property
    def where(self) -> str:
        """The sentence under the map: alpha·input², its side of the curves, and updates to 1e-6."""
        weight, input, goal, alpha = self._values()
        return map_sentence(weight, input, goal, alpha)

    def set(self, **values: float) -> RegimeMapExplorer:
        """Move sliders as the parabola explorer's set() does; the map follows."""
        self.parabola.set(**values)
        self._follow(None)
        return self

    def drawn(self) -> dict[str, np.ndarray]:
        """The parabola's drawn data plus the map's: marker, curves, step counts and cell centres."""
        m = self._map
        return self.parabola.drawn() | {
            "marker": m.marker.get_xydata(),
            "one_step_curve": m.one_step.get_xydata(),
            "edge_curve": m.edge.get_xydata(),
            "map_steps": m.steps.copy(),
            "map_bands": np.asarray(m.mesh.get_array()).reshape(m.steps.shape),
            "map_inputs": m.input_centres,
            "map_alphas": m.alpha_centres,
            "never_path": m.never.get_path().vertices.copy(),
            "map_limits": limits(m.ax),
        }

    def picture(self) -> Picture:
        """The map for the current setting as a still image with its caption."""
        return regime_map_picture(*self._values())

    def artist_count(self) -> int:
        """Artists in both figures: the same for the explorer's whole life."""
        return self.parabola.live.artist_count() + self.live.artist_count()

    # -- wiring ---------------------------------------------------------------------------------

    def _values(self) -> tuple[float, float, float, float]:
        values = self.parabola.slider_values()
        weight, input, goal, alpha = (float(values[name]) for name in FOLLOWED)
        return weight, input, goal, alpha

    def _follow(self, _change: object) -> None:
        """Read the sliders (they may be mid-way through a set()), reshade if needed, move the marker."""
        values = self._values()
        if values == self._shown:
            return
        weight, input, goal, alpha = values
        first = self._shown is None
        reshaded = not first and (weight, goal) != (self._shown[0], self._shown[2])
        self._map.move_marker(input, alpha)
        self._where.value = map_sentence(weight, input, goal, alpha)
        self._shown = values
        if reshaded and self._map.update(weight, goal):
            self.live.repaint(self._map.shading_artists)  # a few ms, where a full draw takes about 40
        else:
            self.live.render(full=first)

    def _on_click(self, event) -> None:
        """A click on the map sets input (to the slider's step) and alpha (to 2 significant digits)."""
        if event.inaxes is not self._map.ax or event.xdata is None or event.ydata is None:
            return
        low, high, step = RANGES["input"]
        input = min(max(round(event.xdata / step) * step, low), high)
        a_low, a_high, _ = RANGES["alpha"]
        alpha = min(max(float(f"{event.ydata:.2g}"), a_low), a_high)
        self.set(input=round(input, 2), alpha=alpha)
