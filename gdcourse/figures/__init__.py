"""Pictures of learning, drawn with matplotlib on Axes you give; no widgets here.

Each `draw_*` function returns a small object holding the artists it drew; its `update`
moves them in place with `set_data`, so an explorer never builds a new figure.
"""

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
    window,
)

__all__ = [
    "ErrorStepsPlot",
    "LearningView",
    "ParabolaPlot",
    "PathPlot",
    "draw_error_steps",
    "draw_learning",
    "draw_parabola",
    "draw_path",
    "error_curve",
    "points_of",
    "window",
]
