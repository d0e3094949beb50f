"""Pictures of learning, drawn with matplotlib on Axes you give; no widgets here.

Each `draw_*` function returns a small object holding the artists it drew; its `update`
moves them in place with `set_data`, so an explorer never builds a new figure. A view (the whole
picture of one explorer) has `update(settings)` and `drawn()`: an explorer's view is never rendered,
it is the oracle of the numbers the browser draws; the stills render the same views once.
"""

from gdcourse.figures.compare import CompareView, draw_compare, draw_error_kinds, draw_miss_line
from gdcourse.figures.hot_and_cold import HotAndColdView, draw_hot_and_cold, draw_iteration_errors
from gdcourse.figures.parabola import (
    ErrorStepsPlot,
    LearningView,
    ParabolaPlot,
    PathPlot,
    draw_error_steps,
    draw_learning,
    draw_parabola,
    draw_path,
    error_curve,
    points_of,
)
from gdcourse.figures.regime_map import OvercorrectionPanels, RegimeMap, draw_overcorrections, draw_regime_map

__all__ = [
    "CompareView",
    "ErrorStepsPlot",
    "HotAndColdView",
    "LearningView",
    "OvercorrectionPanels",
    "ParabolaPlot",
    "PathPlot",
    "RegimeMap",
    "draw_compare",
    "draw_error_kinds",
    "draw_error_steps",
    "draw_hot_and_cold",
    "draw_iteration_errors",
    "draw_learning",
    "draw_miss_line",
    "draw_overcorrections",
    "draw_parabola",
    "draw_path",
    "draw_regime_map",
    "error_curve",
    "points_of",
]
