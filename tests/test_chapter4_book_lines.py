"""Chapter 4's notebook, as saved, prints the book's lines exactly: the broken run and the tamed one."""

import json
from pathlib import Path

import pytest

NOTEBOOK = Path(__file__).resolve().parent.parent / "notebooks" / "04_divergence_and_alpha.ipynb"

#: Input 2, weight 0.5, goal_pred 0.8, alpha 1: the first three and the last three lines.
BROKEN = [
    "Error:0.04 Prediction:1.0",
    "Error:0.36 Prediction:0.2",
    "Error:3.24 Prediction:2.6",
    "Error:6.67087267987e+14 Prediction:-25828031.8",
    "Error:6.00378541188e+15 Prediction:77484098.6",
    "Error:5.40340687069e+16 Prediction:-232452292.6",
]
#: The same with alpha 0.1.
TAMED = [
    "Error:0.04 Prediction:1.0",
    "Error:0.0144 Prediction:0.92",
    "Error:0.005184 Prediction:0.872",
    "Error:1.14604719983e-09 Prediction:0.800033853319",
    "Error:4.12576991939e-10 Prediction:0.800020311991",
    "Error:1.48527717099e-10 Prediction:0.800012187195",
]


def printed_blocks():
    """Each code cell's printed text, as a list of lines."""
    cells = json.loads(NOTEBOOK.read_text())["cells"]
    blocks = []
    for cell in cells:
        if cell["cell_type"] != "code":
            continue
        text = "".join("".join(o.get("text", "")) for o in cell["outputs"] if o["output_type"] == "stream")
        blocks.append(text.splitlines())
    return blocks


def shown_as_the_book_shows(lines):
    """The book's listing: first three lines, '...', last three."""
    return [*lines[:3], "...", *lines[3:]]


@pytest.mark.parametrize(("name", "lines"), [("input 2, alpha 1", BROKEN), ("input 2, alpha 0.1", TAMED)])
def test_book_lines_appear_exactly_in_the_saved_outputs(name, lines):
    want = shown_as_the_book_shows(lines)
    found = [b for b in printed_blocks() if any(line == want[0] for line in b)]
    runs = [b[k : k + len(want)] for b in found for k in range(len(b))]
    assert want in runs, (
        f"{name}: the book's lines were not printed, in order, in any cell of {NOTEBOOK.name}"
    )


def test_each_book_line_is_a_whole_printed_line():
    printed = {line for block in printed_blocks() for line in block}
    missing = [line for line in BROKEN + TAMED if line not in printed]
    assert not missing, f"not printed exactly in {NOTEBOOK.name}: {missing}"
