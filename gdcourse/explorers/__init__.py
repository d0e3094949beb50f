"""Explorers: sliders wired to a live figure, so you can watch learning as you change it.

Each explorer is also a plain Python object: `set(...)` moves its sliders, and its
`summary`, `trajectory` and `drawn()` say what it shows. `*_picture(...)` makes the still
version of the same view for pages read without a running kernel.
"""

from gdcourse.explorers.direction import DirectionExplorer, step_picture
from gdcourse.explorers.parabola import ParabolaExplorer, Settings, parabola_picture

__all__ = ["DirectionExplorer", "ParabolaExplorer", "Settings", "parabola_picture", "step_picture"]
