"""Explorers: sliders wired to a live figure, so you can watch learning as you change it.

Each explorer is also a plain Python object: `set(...)` moves its sliders, and its `summary`,
`settings` and `drawn()` say what it shows. Every explorer follows one skeleton (see
`gdcourse.explorers.base`). The still pictures live in `gd.pictures`; they are forwarded here too.
"""

from gdcourse.explorers.compare import CompareExplorer
from gdcourse.explorers.direction import DirectionExplorer
from gdcourse.explorers.generalized import GeneralizedExplorer
from gdcourse.explorers.hot_and_cold import HotAndColdExplorer
from gdcourse.explorers.parabola import ParabolaExplorer
from gdcourse.explorers.regime_map import RegimeMapExplorer
from gdcourse.pictures import (
    compare_picture,
    direction_picture,
    generalized_picture,
    hot_and_cold_picture,
    overcorrection_picture,
    parabola_picture,
    regime_map_picture,
)

__all__ = [
    "CompareExplorer",
    "DirectionExplorer",
    "GeneralizedExplorer",
    "HotAndColdExplorer",
    "ParabolaExplorer",
    "RegimeMapExplorer",
    "compare_picture",
    "direction_picture",
    "generalized_picture",
    "hot_and_cold_picture",
    "overcorrection_picture",
    "parabola_picture",
    "regime_map_picture",
]
