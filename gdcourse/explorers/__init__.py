"""Explorers: sliders wired to a live figure, so you can watch learning as you change it.

Each explorer is also a plain Python object: `set(...)` moves its sliders, and its
`summary`, `trajectory` and `drawn()` say what it shows. `*_picture(...)` makes the still
version of the same view for pages read without a running kernel.
"""

from gdcourse.explorers.compare import CompareExplorer, CompareSettings, compare_picture
from gdcourse.explorers.direction import DirectionExplorer, step_picture
from gdcourse.explorers.hot_and_cold import HotAndColdExplorer, HotAndColdSettings, hot_and_cold_picture
from gdcourse.explorers.parabola import ParabolaExplorer, Settings, parabola_picture
from gdcourse.explorers.regime_map import RegimeMapExplorer, overcorrection_picture, regime_map_picture

__all__ = [
    "CompareExplorer",
    "CompareSettings",
    "DirectionExplorer",
    "HotAndColdExplorer",
    "HotAndColdSettings",
    "ParabolaExplorer",
    "RegimeMapExplorer",
    "Settings",
    "compare_picture",
    "hot_and_cold_picture",
    "overcorrection_picture",
    "parabola_picture",
    "regime_map_picture",
    "step_picture",
]
