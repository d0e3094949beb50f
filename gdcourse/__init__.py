"""gdcourse: the helpers behind an interactive course on gradient descent.

Use it as `import gdcourse as gd`. The learning math (one weight and many), the book-style printing
and the closed-form analysis load at once; pictures, sliders and exercises load on first use
(`gd.figures`, `gd.pictures`, `gd.explorers`, `gd.exercises`), so `import gdcourse` stays quick.
"""

from __future__ import annotations

import importlib

from gdcourse.analysis import (
    Regime,
    convergence_factor,
    largest_stable_alpha,
    one_step_alpha,
    pass_factor,
    regime,
    shared_factor,
    shared_regime,
    shared_stable_alpha,
    steps_to_tolerance,
)
from gdcourse.fmt import book_lines, book_str, iteration_lines, print_book, print_iterations
from gdcourse.generalized import WeightsTrajectory, learn, learn_games, predict, total_error
from gdcourse.learning import (
    HotAndColdTrajectory,
    Trajectory,
    gradient_descent,
    hot_and_cold,
    neural_network,
    squared_error,
)

__version__ = "0.1.0"

_LAZY = ("figures", "pictures", "explorers", "exercises")
#: Functions that load their module on first use: gd.progress() (the exercises' results) and gd.save_cue().
_FORWARDED = {"progress": "gdcourse.exercises.progress_table", "save_cue": "gdcourse.binder"}

__all__ = [
    "HotAndColdTrajectory",
    "Regime",
    "Trajectory",
    "WeightsTrajectory",
    "book_lines",
    "book_str",
    "convergence_factor",
    "gradient_descent",
    "hot_and_cold",
    "iteration_lines",
    "largest_stable_alpha",
    "learn",
    "learn_games",
    "neural_network",
    "one_step_alpha",
    "pass_factor",
    "predict",
    "print_book",
    "print_iterations",
    "progress",
    "regime",
    "save_cue",
    "shared_factor",
    "shared_regime",
    "shared_stable_alpha",
    "squared_error",
    "steps_to_tolerance",
    "total_error",
    *_LAZY,
]


def __getattr__(name: str):
    if name in _LAZY:
        return importlib.import_module(f"gdcourse.{name}")
    if name in _FORWARDED:
        return getattr(importlib.import_module(_FORWARDED[name]), name)
    raise AttributeError(f"module 'gdcourse' has no attribute {name!r}")
