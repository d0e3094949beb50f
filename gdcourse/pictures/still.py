"""One still picture: a PNG with alt text and a visible caption, shown as an image then its caption."""

from __future__ import annotations

import base64
import html
import io
from dataclasses import dataclass

from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure


def png_bytes(figure: Figure, dpi: int = 100) -> bytes:
    """Render a figure to PNG bytes with the plain Agg renderer, whatever canvas it has."""
    FigureCanvasAgg(figure)
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=dpi)
    return buffer.getvalue()


@dataclass(frozen=True)
class Picture:
    """A still figure: shown as an image with alt text, then its caption as visible text.

    A notebook shows the image as HTML (`<img alt=...>`, the PNG inside it), since JupyterLab, Notebook
    7 and Voila show a PNG output without the alt text its metadata holds; the PNG is not also saved as
    an output of its own, which would double the notebook's size. A screen reader hears the alt text,
    then the caption: the alt text never repeats the caption.

    Attributes
    ----------
    png : bytes
        The image, as the bytes of a PNG file (`open("view.png", "wb").write(p.png)` saves it).
    alt : str
        The alt text: what the image shows, in words, for a screen reader or where images are off.
        Empty when the caption alone describes the picture.
    caption : str
        The caption shown below the image: what the picture's numbers say.
    """

    png: bytes
    alt: str
    caption: str

    def _ipython_display_(self) -> None:
        from IPython.display import Markdown, display

        data = base64.b64encode(self.png).decode("ascii")
        image = f'<img src="data:image/png;base64,{data}" alt="{html.escape(self.alt)}">'
        display({"text/html": image, "text/plain": repr(self)}, raw=True)
        display(Markdown(f"*{self.caption}*"))

    def __repr__(self) -> str:
        return f"Picture({self.caption!r})"


def picture(figure: Figure, caption: str, alt: str | None = None) -> Picture:
    """Make a still Picture of `figure`, with alt text that describes it and a caption that follows it.

    Parameters
    ----------
    figure : matplotlib.figure.Figure
        The figure to draw, as it is now.
    caption : str
        The words shown below the image.
    alt : str, optional
        What the image shows, in words, for readers who cannot see it; a screen reader hears the
        caption next, so the alt text must not contain it. None (the default) or empty: the caption
        alone describes the picture, and the image has an empty alt.

    Returns
    -------
    Picture
        The figure drawn as a PNG, with its alt text and caption.

    Raises
    ------
    ValueError
        If `figure` is not a matplotlib Figure, `caption` not a non-empty str, or `alt` neither None
        nor a str, or `alt` contains the caption.
    """
    if not isinstance(figure, Figure):
        raise ValueError(f"figure must be a matplotlib Figure, got a {type(figure).__name__}")
    if not isinstance(caption, str) or not caption.strip():
        raise ValueError(f"caption must be a sentence (a non-empty str), got a {type(caption).__name__}")
    if alt is not None and not isinstance(alt, str):
        raise ValueError(f"alt must be None or a str, got a {type(alt).__name__}")
    if alt and caption.strip() in alt:
        raise ValueError("alt must not repeat the caption: a screen reader hears the caption after it")
    return Picture(png_bytes(figure), alt or "", caption)
