"""The notebooks as documents a screen reader can find its way through (WCAG 2.1 AA, 1.1.1, 1.3.1, 2.4.4,
2.4.6): the checks jupyterlab-a11y-checker makes, on the saved notebooks.

That tool is a JupyterLab panel (PyPI `jupyterlab-a11y-checker`); the command-line form in its
repository is not published (npm has no `@jupyterlab-a11y-checker/cli`), so its notebook checks are
made here: one H1, no skipped heading level, every table with a header row, link text that says
where it goes, and a text alternative for every image an output shows.
"""

from __future__ import annotations

import itertools
import json
import re
from pathlib import Path

import pytest

from tests.output_html import OutputHTML, output_alts

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOKS = sorted((ROOT / "notebooks").glob("*.ipynb"))
#: Link texts that say nothing about where a link goes, read out of context (a screen reader's list
#: of links).
VAGUE = {"here", "click here", "this", "link", "open", "more", "read more", "launch", "go", "this page"}
FENCE = re.compile(r"^(```|~~~)")
LINK = re.compile(r"(?<!!)\[([^\]]+)\]\(([^)\s]+)[^)]*\)")


def markdown_lines(notebook: dict) -> list[str]:
    """Every line of the notebook's markdown cells, outside fenced code."""
    lines, fenced = [], False
    for cell in notebook["cells"]:
        if cell["cell_type"] != "markdown":
            continue
        for line in "".join(cell["source"]).splitlines():
            if FENCE.match(line.strip()):
                fenced = not fenced
            elif not fenced:
                lines.append(line)
    return lines


def headings(notebook: dict) -> list[tuple[int, str]]:
    """The markdown headings in order, as (level, text)."""
    found = []
    for line in markdown_lines(notebook):
        match = re.match(r"^(#{1,6})\s+(.*)", line)
        if match:
            found.append((len(match.group(1)), match.group(2).strip()))
    return found


def skipped_levels(found: list[tuple[int, str]]) -> list[str]:
    """Headings that go more than one level deeper than the one before them."""
    return [text for (before, _), (level, text) in itertools.pairwise(found) if level > before + 1]


def pipe_tables(notebook: dict) -> list[list[str]]:
    """Each markdown pipe table, as its lines."""
    tables, current = [], []
    for line in [*markdown_lines(notebook), ""]:
        if line.strip().startswith("|"):
            current.append(line.strip())
        elif current:
            tables.append(current)
            current = []
    return tables


def has_header(table: list[str]) -> bool:
    """A pipe table's first line is its header when the second is its separator and the header names
    every column."""
    cells = [c.strip() for c in table[0].strip("|").split("|")]
    return len(table) >= 2 and re.fullmatch(r"\|?[\s:|-]+\|?", table[1]) is not None and all(cells)


def outputs_html(notebook: dict) -> OutputHTML:
    """Every HTML output of the notebook, read as one."""
    parser = OutputHTML()
    for cell in notebook["cells"]:
        for output in cell.get("outputs", []):
            html = output.get("data", {}).get("text/html")
            if html:
                parser.feed("".join(html))
    return parser


def image_alts(notebook: dict) -> list[str | None]:
    """The alt text of every image the notebook's outputs show."""
    return [
        alt for cell in notebook["cells"] for output in cell.get("outputs", []) for alt in output_alts(output)
    ]


@pytest.fixture(params=NOTEBOOKS, ids=[p.name for p in NOTEBOOKS])
def notebook(request) -> dict:
    return json.loads(request.param.read_text())


def test_one_h1_and_no_skipped_heading_level(notebook):
    found = headings(notebook)
    assert [text for level, text in found if level == 1] == [found[0][1]], "one H1, first"
    assert skipped_levels(found) == []


def test_every_table_has_a_header_row(notebook):
    assert [t[0] for t in pipe_tables(notebook) if not has_header(t)] == []
    assert all(headers > 0 for headers in outputs_html(notebook).tables), "an output table without <th>"


def test_link_text_says_where_it_goes(notebook):
    links = [
        (text.strip(), target) for line in markdown_lines(notebook) for text, target in LINK.findall(line)
    ]
    assert [text for text, _ in links if text.lower().strip("*_`") in VAGUE] == []
    targets: dict[str, set[str]] = {}
    for text, target in links:
        targets.setdefault(text.lower(), set()).add(target)
    assert {t: s for t, s in targets.items() if len(s) > 1} == {}, "one link text, two places"


def test_every_image_an_output_shows_has_a_text_alternative(notebook):
    alts = image_alts(notebook)
    assert all(alt is not None and (alt.strip() or alt == "") for alt in alts), alts
    assert [alt for alt in alts if alt is not None and alt.strip() == "" and alt != ""] == []


def test_the_checks_find_what_they_look_for():
    """Each check, given a small notebook with the mistake, finds it."""
    bad = {
        "cells": [
            {"cell_type": "markdown", "source": "# One\n### Three, skipping two\n# Another H1\n"},
            {
                "cell_type": "markdown",
                "source": "| a | b |\n| c | d |\n\n[here](x.ipynb) and [Lesson](y.ipynb)",
            },
            {"cell_type": "markdown", "source": "```\n# not a heading\n```\n[Lesson](z.ipynb)"},
            {
                "cell_type": "code",
                "source": "",
                "outputs": [{"data": {"text/html": "<img src='a.png'><table><tr><td>1</td></tr></table>"}}],
            },
        ]
    }
    found = headings(bad)
    assert found == [(1, "One"), (3, "Three, skipping two"), (1, "Another H1")]
    assert skipped_levels(found) == ["Three, skipping two"]
    assert [has_header(t) for t in pipe_tables(bad)] == [False]
    assert has_header(["| a | b |", "| --- | :-: |", "| 1 | 2 |"])
    links = [text for line in markdown_lines(bad) for text, _ in LINK.findall(line)]
    assert links == ["here", "Lesson", "Lesson"]
    html = outputs_html(bad)
    assert [image.get("alt") for image in html.images] == [None] and html.tables == [0]
