"""Every still reads for a learner with low vision: text at 4.5:1 against what it sits on, and every line
or marker that means something (it has a key) at 3:1 against the white (WCAG 2.1 AA, 1.4.3 and 1.4.11).

The stills are drawn as the lessons draw them, at several settings, and every Text and keyed Line2D in
them is read; the figure's colours are what is checked, not a list of them kept here.
"""

from __future__ import annotations

import matplotlib
import pytest

matplotlib.use("Agg")

from matplotlib.colors import to_rgba
from matplotlib.lines import Line2D
from matplotlib.text import Text

import gdcourse as gd
import gdcourse.pictures.still as still
from gdcourse.figures.style import INK, ink

#: Each still as a lesson draws it, and at a setting that draws what the first does not (off-scale
#: crosses, exit notes, a frozen weight, four games).
STILLS = {
    "compare": lambda: gd.pictures.compare_picture(),
    "compare, negative miss": lambda: gd.pictures.compare_picture(weight=2.0, input=0.5, goal_pred=0.8),
    "direction": lambda: gd.pictures.direction_picture(),
    "hot and cold": lambda: gd.pictures.hot_and_cold_picture(),
    "error curve": lambda: gd.pictures.error_curve_picture(),
    "steps": lambda: gd.pictures.steps_picture(),
    "derivatives": lambda: gd.pictures.derivative_pictures(),
    "parabola": lambda: gd.pictures.parabola_picture(),
    "parabola, diverging": lambda: gd.pictures.parabola_picture(input=2.0, alpha=1.0, iterations=20),
    "overcorrection": lambda: gd.pictures.overcorrection_picture(),
    "regime map": lambda: gd.pictures.regime_map_picture(),
    "generalized": lambda: gd.pictures.generalized_picture(),
    "generalized, frozen": lambda: gd.pictures.generalized_picture(
        alpha=0.3, iterations=3, frozen=(True, False, False)
    ),
    "surface": lambda: gd.pictures.surface_picture(),
    "weight grid": lambda: gd.pictures.weight_grid_picture(
        [[0.1, 0.1, -0.3], [0.1, 0.2, 0.0], [0.0, 1.3, 0.1]],
        [8.5, 0.65, 1.2],
        [0.1, 1, 0.1],
        show_transposed=True,
    ),
    "scaling": lambda: gd.pictures.scaling_picture(),
}


def luminance(colour) -> float:
    """WCAG's relative luminance of a colour matplotlib understands."""
    channels = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in to_rgba(colour)[:3]]
    return 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2]


def contrast(colour, background="white") -> float:
    """WCAG's contrast ratio of two colours, from 1 to 21."""
    lighter, darker = sorted((luminance(colour), luminance(background)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def figure_of(make, monkeypatch):
    """The matplotlib Figure a still is drawn from (caught as it is turned into a PNG)."""
    caught = []
    draw = still.png_bytes
    monkeypatch.setattr(
        still, "png_bytes", lambda figure, *a, **k: caught.append(figure) or draw(figure, *a, **k)
    )
    make()
    (figure,) = caught
    return figure


def backing(text: Text):
    """What a text sits on: its box's fill when it has one, else the white of the figure."""
    box = text.get_bbox_patch()
    return box.get_facecolor() if box is not None and box.get_facecolor()[3] > 0.5 else "white"


@pytest.mark.parametrize("name", STILLS)
def test_text_reads_at_4_5_to_1_and_keyed_marks_stand_out_at_3_to_1(name, monkeypatch):
    figure = figure_of(STILLS[name], monkeypatch)
    faint = []
    texts = [t for t in figure.findobj(Text) if t.get_visible() and t.get_text().strip()]
    assert texts, "the still has text"
    for text in texts:
        ratio = contrast(text.get_color(), backing(text))
        if ratio < 4.5:
            faint.append(f"text {text.get_text()!r}: {ratio:.2f}:1")
    keyed = [
        line
        for line in figure.findobj(Line2D)
        if line.get_visible() and line.get_label()[:1] not in ("", "_") and len(line.get_xdata())
    ]
    for line in keyed:
        colours = [line.get_color()] if line.get_linestyle() not in ("None", "", " ") else []
        if line.get_marker() not in (None, "None", "", " "):
            colours += [line.get_markeredgecolor()]
        for colour in colours:
            ratio = contrast(colour)
            if ratio < 3:
                faint.append(f"line {line.get_label()!r}: {ratio:.2f}:1")
    assert not faint, faint


def test_every_colour_has_an_ink_that_reads_and_a_line_that_stands_out():
    for colour, text in INK.items():
        assert ink(colour) == text and contrast(text) >= 4.5, colour
        assert contrast(colour) >= 3, colour
    with pytest.raises(ValueError, match="colour must be one of the course's colours"):
        ink("#123456")


def test_the_explorers_use_the_same_colours_and_inks():
    """style.js's ink() gives the stills' ink for each of the stills' colours: the same colours."""
    from pathlib import Path

    from tests.node_js import call_js

    module = Path(gd.__file__).parent / "explorers" / "web" / "src" / "style.js"
    assert call_js(module, "ink", [[colour] for colour in INK]) == list(INK.values())
