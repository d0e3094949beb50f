"""The book's data has one home, gdcourse.book: the lists lesson 5 types out (as the book does, so a
learner sees the data) must be the same numbers."""

import ast
import json
import re
from pathlib import Path

import pytest

from gdcourse import book

LESSON = Path(__file__).resolve().parent.parent / "notebooks" / "05_generalizing.ipynb"
#: The lesson's name for each list, and the record in gdcourse.book it must equal.
NAMES = {
    "toes": book.TOES,
    "wlrec": book.WLREC,
    "nfans": book.NFANS,
    "win_or_lose_binary": book.WIN_OR_LOSE,
    "hurt": book.HURT,
    "win": book.WIN,
    "sad": book.SAD,
}


def typed_lists() -> dict[str, list[list]]:
    """Every plain list of numbers the lesson assigns to a name, by name (a name may be typed twice)."""
    found: dict[str, list[list]] = {}
    for cell in json.loads(LESSON.read_text())["cells"]:
        if cell["cell_type"] != "code":
            continue
        for name, text in re.findall(r"^(\w+) = (\[[^\]\n]*\])", "".join(cell["source"]), flags=re.M):
            try:
                found.setdefault(name, []).append(ast.literal_eval(text))
            except (ValueError, SyntaxError):
                continue  # an expression such as [toes[0], ...] or a list over lines, not data
    return found


@pytest.mark.parametrize("name", NAMES)
def test_the_lesson_types_the_books_data(name):
    typed = typed_lists()
    assert name in typed, f"lesson 5 no longer types {name} = [...]: update NAMES"
    for values in typed[name]:
        assert tuple(float(v) for v in values) == NAMES[name], name


def test_the_start_weights_are_the_books():
    typed = typed_lists()
    assert tuple(typed["weights"][0]) == book.START_WEIGHTS
    assert book.GAME_INPUTS[0] == (book.TOES[0], book.WLREC[0], book.NFANS[0])
