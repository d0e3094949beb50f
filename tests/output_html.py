"""What a notebook output's HTML holds, for the tests that read it: its images' attributes and, for each
table, how many header cells it has; and the alt text of every image an output shows.

Used by tests/test_notebook_accessibility.py, tests/test_still_pictures.py and
tests/browser/test_site_pages.py.
"""

from __future__ import annotations

from html.parser import HTMLParser


class OutputHTML(HTMLParser):
    """Feed it HTML; `images` holds each <img>'s attributes, `tables` each table's count of <th>."""

    def __init__(self) -> None:
        super().__init__()
        self.images: list[dict[str, str | None]] = []
        self.tables: list[int] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "img":
            self.images.append(dict(attrs))
        elif tag == "table":
            self.tables.append(0)
        elif tag == "th" and self.tables:
            self.tables[-1] += 1


def output_alts(output: dict) -> list[str | None]:
    """The alt text of each image `output` shows (None for one without): a still's <img> in its HTML,
    which is how the stills are shown, or else the alt kept in the metadata of an image output."""
    data = output.get("data", {})
    if "text/html" in data:
        parser = OutputHTML()
        parser.feed("".join(data["text/html"]))
        return [image.get("alt") for image in parser.images]
    return [output.get("metadata", {}).get(kind, {}).get("alt") for kind in data if kind.startswith("image/")]
