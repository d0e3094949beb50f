"""Nothing in a still is told by colour alone, for learners who see colours differently.

Every still is drawn as the lessons draw them (tests/test_figure_contrast.py's STILLS), and its colours
are passed through Machado, Oliveira and Fernandes's 2009 simulation of protanopia, deuteranopia and
tritanopia (severity 1: the matrices below act on linear RGB). Two marks in one panel that mean
different things (each has its own key: a label) must stay apart: by a line style, a marker or a
hatch, or by a colour difference of at least MIN_DIFFERENCE (CIE 1976 distance in L*a*b*) as every one
of the three, and a learner with typical vision, sees them. The simulation acts on each colour alone,
so applying it to the colours is applying it to every pixel of the picture.
"""

from __future__ import annotations

import itertools

import matplotlib
import numpy as np
import pytest

matplotlib.use("Agg")

from matplotlib.colors import to_rgb
from matplotlib.figure import Figure
from matplotlib.patches import Patch

from tests.test_figure_contrast import STILLS, figure_of

#: Machado et al. (2009), severity 1.0, linear RGB in and out.
SIMULATIONS = {
    "protanopia": [
        [0.152286, 1.052583, -0.204868],
        [0.114503, 0.786281, 0.099216],
        [-0.003882, -0.048116, 1.051998],
    ],
    "deuteranopia": [
        [0.367322, 0.860646, -0.227968],
        [0.280085, 0.672501, 0.047413],
        [-0.011820, 0.042940, 0.968881],
    ],
    "tritanopia": [
        [1.255528, -0.076749, -0.178779],
        [-0.078411, 0.930809, 0.147602],
        [0.004733, 0.691367, 0.303900],
    ],
    "typical vision": np.eye(3).tolist(),
}
#: How far apart (CIE76 delta E) two colours must be to tell two marks apart by colour alone.
MIN_DIFFERENCE = 10.0

SRGB_TO_XYZ = np.array([[0.4124, 0.3576, 0.1805], [0.2126, 0.7152, 0.0722], [0.0193, 0.1192, 0.9505]])
WHITE = np.array([0.95047, 1.0, 1.08883])


def lab(colour, simulation: str) -> np.ndarray:
    """CIE L*a*b* of a matplotlib colour as someone with `simulation` (a SIMULATIONS key) sees it."""
    srgb = np.array(to_rgb(colour))
    linear = np.where(srgb <= 0.04045, srgb / 12.92, ((srgb + 0.055) / 1.055) ** 2.4)
    seen = np.clip(np.array(SIMULATIONS[simulation]) @ linear, 0.0, 1.0)
    xyz = SRGB_TO_XYZ @ seen / WHITE
    f = np.where(xyz > (6 / 29) ** 3, np.cbrt(xyz), xyz / (3 * (6 / 29) ** 2) + 4 / 29)
    return np.array([116 * f[1] - 16, 500 * (f[0] - f[1]), 200 * (f[1] - f[2])])


def nothing(value) -> bool:
    return value in (None, "None", "none", "", " ")


def marks(axes):
    """The panel's keyed marks, as (label, what sets it apart besides colour, its colours)."""
    found = []
    for line in axes.get_lines():
        if not line.get_visible() or line.get_label()[:1] in ("", "_"):
            continue
        drawn = not nothing(line.get_linestyle())
        marker = None if nothing(line.get_marker()) else line.get_marker()
        colours = ([line.get_color()] if drawn else []) + ([line.get_markerfacecolor()] if marker else [])
        style = (line.get_linestyle() if drawn else None, marker)
        found.append((line.get_label(), style, [c for c in colours if not nothing(c)]))
    for patch in axes.findobj(Patch):
        if patch.get_visible() and patch.get_label()[:1] not in ("", "_"):
            found.append((patch.get_label(), ("patch", patch.get_hatch()), [patch.get_facecolor()[:3]]))
    return found


def told_by_colour_alone(figure: Figure) -> list[str]:
    """Every pair of keyed marks in one panel that only colour tells apart, and a colour vision that
    cannot: "label and label: delta E d as someone with deuteranopia sees them"."""
    found = []
    for axes in figure.axes:
        for first, second in itertools.combinations(marks(axes), 2):
            (one, style, colours), (other, other_style, other_colours) = first, second
            if style != other_style:
                continue
            for simulation in SIMULATIONS:
                apart = max(
                    float(np.linalg.norm(lab(a, simulation) - lab(b, simulation)))
                    for a, b in zip(colours, other_colours, strict=False)
                )
                if apart < MIN_DIFFERENCE:
                    found.append(f"{one!r} and {other!r}: delta E {apart:.1f} with {simulation}")
    return found


@pytest.mark.parametrize("name", STILLS)
def test_marks_that_mean_different_things_stay_apart_under_colour_vision_deficiency(name, monkeypatch):
    figure = figure_of(STILLS[name], monkeypatch)
    assert any(marks(axes) for axes in figure.axes) or name in ("weight grid", "scaling"), "a still has keys"
    assert told_by_colour_alone(figure) == []


def two_lines(second_style: str) -> Figure:
    figure = Figure()
    axes = figure.add_subplot()
    axes.plot([0, 1], [0, 1], color="#d62728", label="red line")
    axes.plot([0, 1], [1, 0], second_style, color="#2ca02c", label="green line")
    return figure


def test_the_check_finds_red_and_green_told_apart_by_colour_alone():
    """matplotlib's default red and green (tab:red #d62728, tab:green #2ca02c) are 7.3 apart for someone
    with deuteranopia: two solid lines in them are found; a dashed one, or a marker, sets them apart."""
    assert told_by_colour_alone(two_lines("-")) == [
        "'red line' and 'green line': delta E 7.3 with deuteranopia"
    ]
    assert told_by_colour_alone(two_lines("--")) == []
    assert told_by_colour_alone(two_lines("o-")) == []


def test_the_simulation_keeps_grey_and_confuses_red_with_green():
    for simulation in SIMULATIONS:
        assert np.allclose(lab("#808080", simulation), lab("#808080", "typical vision"), atol=0.5)
    for simulation in ("protanopia", "deuteranopia"):
        red, green = lab("#d62728", simulation), lab("#2ca02c", simulation)
        assert abs(red[1] - green[1]) < 25, "red and green lose most of their red-green difference"
