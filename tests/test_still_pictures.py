"""A still reaches a screen reader once: alt text that says what the image shows, then the caption.

JupyterLab, Notebook 7 and Voila draw a PNG output without the alt text its metadata holds, so a still
is shown as HTML (`<img alt=...>`); and since the caption is text just below the image, the alt text
must not repeat it, or a screen reader would say it twice.
"""

from __future__ import annotations

import base64
import re

import pytest
from matplotlib.figure import Figure

from gdcourse.pictures.still import Picture, picture
from tests.output_html import OutputHTML
from tests.test_figure_contrast import STILLS


def clauses(text: str) -> list[str]:
    """The parts of a text between its stops, colons and semicolons, of three words or more."""
    return [p.strip() for p in re.split(r"[.:;]\s", text) if len(p.split()) >= 3]


@pytest.mark.parametrize("name", STILLS)
def test_every_still_has_alt_text_that_does_not_repeat_its_caption(name):
    still = STILLS[name]()
    assert len(still.alt.split()) >= 8, f"{name}: the alt says what the image shows"
    repeated = [c for c in clauses(still.caption) if c in still.alt]
    assert not repeated, f"{name}: the alt repeats the caption's {repeated}"


def shown(still: Picture, monkeypatch) -> list[tuple[dict, dict]]:
    """What a notebook receives when a cell ends with `still`: (data, metadata) per output."""
    import IPython.display

    outputs = []

    def display(obj, raw=False, metadata=None):
        data = obj if raw else {"text/markdown": obj.data}
        outputs.append((data, metadata or {}))

    monkeypatch.setattr(IPython.display, "display", display)
    still._ipython_display_()
    return outputs


def test_a_still_is_shown_as_an_image_with_its_alt_then_its_caption(monkeypatch):
    figure = Figure(figsize=(1, 1))
    still = picture(figure, "The caption, with <b> and & in it.", 'A "square" & more.')
    (image, _), (caption, _) = shown(still, monkeypatch)
    parser = OutputHTML()
    parser.feed(image["text/html"])
    (img,) = parser.images
    assert img["alt"] == 'A "square" & more.', "the alt reaches the page, escaped"
    assert img["src"] == f"data:image/png;base64,{base64.b64encode(still.png).decode()}"
    assert set(image) == {"text/html", "text/plain"}, "the PNG is saved once, inside the HTML"
    assert caption["text/markdown"] == "*The caption, with <b> and & in it.*"


def test_alt_text_that_repeats_the_caption_is_refused_and_none_leaves_the_caption_alone():
    figure = Figure(figsize=(1, 1))
    with pytest.raises(ValueError, match="alt must not repeat the caption"):
        picture(figure, "Error 0.3025.", "A parabola. Error 0.3025.")
    assert picture(figure, "A parabola with error 0.3025.").alt == ""
