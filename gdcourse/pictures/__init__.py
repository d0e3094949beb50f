"""Still pictures: every view of the course as a PNG with alt text and a visible caption.

A slider needs a running kernel; GitHub, nbviewer and the course's website show only what was saved.
So every explorer stands next to a still picture of the same view, made here with matplotlib alone:
importing `gd.pictures` loads no ipywidgets, and every setting a slider can reach has a picture.
"""

from gdcourse.pictures.compare import compare_picture
from gdcourse.pictures.derivatives import derivative_pictures
from gdcourse.pictures.direction import direction_picture
from gdcourse.pictures.generalized import (
    generalized_picture,
    scaling_picture,
    surface_picture,
    weight_grid_picture,
)
from gdcourse.pictures.hot_and_cold import hot_and_cold_picture
from gdcourse.pictures.parabola import error_curve_picture, parabola_picture, steps_picture
from gdcourse.pictures.regime_map import overcorrection_picture, regime_map_picture
from gdcourse.pictures.still import Picture, picture

__all__ = [
    "Picture",
    "compare_picture",
    "derivative_pictures",
    "direction_picture",
    "error_curve_picture",
    "generalized_picture",
    "hot_and_cold_picture",
    "overcorrection_picture",
    "parabola_picture",
    "picture",
    "regime_map_picture",
    "scaling_picture",
    "steps_picture",
    "surface_picture",
    "weight_grid_picture",
]
