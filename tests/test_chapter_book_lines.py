"""The book's printed lines appear, exactly, in the saved outputs of chapters 1 and 2.

The lines are named here one by one (not recomputed), so a notebook that prints a different
format, or stops printing a line, fails.
"""

import json
from pathlib import Path

import pytest

import gdcourse as gd

NOTEBOOKS = Path(__file__).resolve().parent.parent / "notebooks"

BOOK_LINES = {
    "01_compare.ipynb": [
        "0.3025",  # weight 0.5, input 0.5, goal_pred 0.8: the book's first error
    ],
    "02_hot_and_cold.ipynb": [
        # the hot-and-cold listing: step_amount 0.001, 1101 iterations, its first and last lines
        "Error:0.3025 Prediction:0.25",
        "Error:0.30195025 Prediction:0.2505",
        "Error:2.50000000033e-07 Prediction:0.7995",  # the true line (the book's page has one 0 more)
        "Error:1.07995057925e-27 Prediction:0.8",
        # step_amount 10
        "Error:19.8025 Prediction:5.25",
    ],
}

#: step_amount 10 never settles: the book's listing repeats these two lines.
STEP_TEN_BLOCK = ["Error:0.3025 Prediction:0.25", "Error:19.8025 Prediction:5.25"] * 2 + [
    "Error:0.3025 Prediction:0.25"
]


def output_texts(name):
    """The text of every saved output of a notebook, one string per output."""
    notebook = json.loads((NOTEBOOKS / name).read_text())
    texts = []
    for cell in notebook["cells"]:
        for output in cell.get("outputs", []):
            text = output.get("text") or output.get("data", {}).get("text/plain", "")
            texts.append("".join(text))
    return texts


def markdown(name):
    """All the notebook's prose, with line breaks and runs of spaces folded to single spaces."""
    notebook = json.loads((NOTEBOOKS / name).read_text())
    return " ".join(
        " ".join("".join(c["source"]).split()) for c in notebook["cells"] if c["cell_type"] == "markdown"
    )


@pytest.mark.parametrize(("name", "line"), [(n, line) for n, lines in BOOK_LINES.items() for line in lines])
def test_book_line_is_in_the_saved_outputs(name, line):
    printed = {text_line for text in output_texts(name) for text_line in text.splitlines()}
    assert line in printed, f"{name}: the book's line {line!r} is not in the saved outputs"


def test_the_named_lines_are_what_the_loops_print():
    """Guard the list above: each named line really is what the book's loop prints."""
    run = gd.hot_and_cold(0.5, 0.5, 0.8, step_amount=0.001, iterations=1101)
    lines = gd.book_lines(run)
    assert lines[:2] + lines[-2:] == BOOK_LINES["02_hot_and_cold.ipynb"][:4]
    assert gd.book_lines(gd.hot_and_cold(0.5, 0.5, 0.8, step_amount=10, iterations=5)) == STEP_TEN_BLOCK
    assert gd.book_str(gd.squared_error(0.5 * 0.5, 0.8)) == BOOK_LINES["01_compare.ipynb"][0]


def test_step_ten_oscillates_in_the_saved_outputs():
    assert any("\n".join(STEP_TEN_BLOCK) in text for text in output_texts("02_hot_and_cold.ipynb"))


def test_never_all_1101_lines():
    for text in output_texts("02_hot_and_cold.ipynb"):
        assert text.count("Error:") < 20, "print the first and last lines, never the whole run"


def test_the_misprint_is_only_mentioned_not_printed():
    assert not any("2.500000000033e-07" in text for text in output_texts("02_hot_and_cold.ipynb"))
    assert "2.500000000033e-07" in markdown("02_hot_and_cold.ipynb"), "say that the book's page differs"


def test_python3_digits_are_shown_and_explained():
    """Chapter 1 shows Python 3's own digits next to the book's; both chapters say why, in words."""
    printed = "\n".join(output_texts("01_compare.ipynb")).splitlines()
    assert "0.30250000000000005" in printed and "0.3025" in printed
    for name in BOOK_LINES:
        assert "Python 2" in markdown(name) and "12 significant digits" in markdown(name), name
    toes_up_error = (1.0 - 8.5 * (0.1 + 0.01)) ** 2  # lesson 2's first try up, in the toes example
    assert repr(toes_up_error) in markdown("02_hot_and_cold.ipynb")
    assert gd.book_str(toes_up_error) != repr(toes_up_error)
