"""What a learner holding the book reads in lessons 1-4: titles, the start page's map, exact sentences.

The book's section headings are listed here once, in the book's order (chapter 4, "Introduction to
neural learning: gradient descent"); the start page must map every one of them to one lesson.
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

import numpy as np
import pytest

import gdcourse as gd
from gdcourse import book
from gdcourse.exercises import all_exercises

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOKS = ROOT / "notebooks"
LESSONS = {
    1: "01_compare.ipynb",
    2: "02_hot_and_cold.ipynb",
    3: "03_gradient_descent.ipynb",
    4: "04_divergence_and_alpha.ipynb",
}
ALL = ["00_start_here.ipynb", *LESSONS.values(), "05_generalizing.ipynb", "playground.ipynb"]

#: The book's chapter 4, section by section, in its order.
BOOK_CHAPTER_4 = [
    "Predict, compare, and learn",
    "Compare",
    "Learn",
    "Compare: Does your network make good predictions?",
    "Why measure error?",
    "What's the simplest form of neural learning?",
    "Hot and cold learning",
    "Characteristics of hot and cold learning",
    "Calculating both direction and amount from error",
    "One iteration of gradient descent",
    "Learning is just reducing error",
    "Let's watch several steps of learning",
    "Why does this work? What is weight_delta, really?",
    "Tunnel vision on one concept",
    "A box with rods poking out of it",
    "Derivatives: Take two",
    "What you really need to know",
    "What you don't really need to know",
    "How to use a derivative to learn",
    "Look familiar?",
    "Breaking gradient descent",
    "Visualizing the overcorrections",
    "Divergence",
    "Introducing alpha",
    "Alpha in code",
    "Memorizing",
]


def notebook(name: str) -> dict:
    return json.loads((NOTEBOOKS / name).read_text())


def sources(name: str, kind: str) -> list[str]:
    return ["".join(c["source"]) for c in notebook(name)["cells"] if c["cell_type"] == kind]


def outputs(name: str) -> list[str]:
    texts = []
    for cell in notebook(name)["cells"]:
        for output in cell.get("outputs", []):
            data = output.get("data", {})
            texts.append("".join(output.get("text", "")) + "".join(data.get("text/markdown", "")))
    return texts


def quoted(heading: str) -> str:
    return f"“{heading}”"


# ---- names a reader holding the book is never lost by ----


@pytest.mark.parametrize(("number", "name"), LESSONS.items())
def test_a_lesson_title_names_the_lesson_and_the_books_chapter(number, name):
    title = sources(name, "markdown")[0].splitlines()[0]
    assert re.fullmatch(rf"# Lesson {number}: [A-Z][\w ]+ \(book chapter 4\)", title), title


def test_the_start_page_maps_every_section_of_the_books_chapter_to_one_lesson_in_order():
    table = next(s for s in sources("00_start_here.ipynb", "markdown") if "| lesson |" in s)
    rows = [line for line in table.splitlines() if line.startswith("| [Lesson")]
    assert [re.search(r"Lesson (\d)", row).group(1) for row in rows] == ["1", "2", "3", "4", "5"]
    where = []
    for heading in BOOK_CHAPTER_4:
        holding = [n for n, row in enumerate(rows, start=1) if quoted(heading) in row]
        assert len(holding) == 1, (heading, holding)
        where.append(holding[0])
    assert where == sorted(where), "the lessons follow the book's order"
    for number, row in enumerate(rows[:4], start=1):
        headings = re.findall(r"“([^”]+)”", row)
        lesson_text = "\n".join(sources(LESSONS[number], "markdown"))
        missing = [h for h in headings if quoted(h) not in lesson_text]
        assert not missing, f"lesson {number} never names the book's section {missing}"
    assert "(05_generalizing.ipynb)" in rows[4] and "chapter 5" in rows[4]


@pytest.mark.parametrize("name", ALL)
def test_no_chapter_number_can_be_mistaken_for_the_books(name):
    """The course has lessons; 'chapter N' is always the book's (4 and 5 are the ones it follows)."""
    for text in sources(name, "markdown"):
        for match in re.finditer(r"(?i)\bchapters? (\d)", text):
            before = text[max(0, match.start() - 30) : match.start()].lower()
            assert match.group(1) in "45" or "book" in before, (name, text[match.start() - 30 : match.end()])


def test_the_book_names_are_used_for_goal_pred():
    """goal_pred wherever a learner reads code, the helpers' keyword included (`goal_pred=`, as the book
    names it), so no lesson needs to explain another name for it."""
    for name in ALL:
        for source in sources(name, "code"):
            assert "goal_prediction" not in source, name
            assert not re.search(r"\bgoals?\s*=", source), name
        for text in sources(name, "markdown"):
            assert not re.search(r"`goals?=", text), name


@pytest.mark.parametrize("name", ALL)
def test_the_blank_import_says_what_the_blank_is(name):
    for source in sources(name, "code"):
        for line in source.splitlines():
            if line.startswith("from gdcourse.exercises import ____"):
                assert "# ____ is the blank you replace" in line, name


# ---- sentences that must be exact ----

FLOAT_MISSTATEMENTS = ("exact value", "every digit", "pin down", "shortest exact")


@pytest.mark.parametrize("name", ALL)
def test_python3_floats_are_described_as_the_shortest_round_trip_text(name):
    text = " ".join(" ".join(sources(name, "markdown")).lower().split())
    for wrong in FLOAT_MISSTATEMENTS:
        assert wrong not in text, (name, wrong)
    if "python 3" in text and "digits" in text:
        assert "shortest text that turns back into" in text, name
    fmt_doc = (ROOT / "gdcourse" / "fmt.py").read_text().split('"""')[1].lower()
    assert not any(wrong in fmt_doc for wrong in FLOAT_MISSTATEMENTS)


def test_plain_python_loops_rather_than_next_over_enumerate():
    codes = [s for name in ALL for s in sources(name, "code")]
    codes += [
        q.solution_code for q in all_exercises() if q.name.split(".")[0] in ("ch1", "ch2", "ch3", "ch4")
    ]
    for code in codes:
        assert not re.search(r"next\(.*enumerate\(", code), code


def test_lesson_1_says_why_it_says_squared_error_not_mean_squared_error():
    text = " ".join(" ".join(sources("01_compare.ipynb", "markdown")).split())
    assert "mean squared error" in text and "The mean of one number is that number" in text


def test_lesson_3_says_that_no_alpha_is_alpha_1():
    text = " ".join(" ".join(sources("03_gradient_descent.ipynb", "markdown")).split())
    assert "**no alpha**" in text and "the same as alpha = 1" in text


def test_lesson_3_defines_error_attribution_where_delta_is_split_by_input():
    cells = sources("03_gradient_descent.ipynb", "markdown")
    first = next(n for n, c in enumerate(cells) if "error attribution" in c)
    assert "Multiplying by `input`" in cells[first] and "who is to blame" in cells[first]
    assert not any("weight_delta = delta * input" in c for c in cells[:first])


def test_lesson_3_introduces_r_before_a_caption_uses_it():
    cells = notebook("03_gradient_descent.ipynb")["cells"]
    said = next(
        n for n, c in enumerate(cells) if c["cell_type"] == "markdown" and "**r**" in "".join(c["source"])
    )
    used = next(
        n
        for n, c in enumerate(cells)
        for o in c.get("outputs", [])
        if re.search(r"\br = ", "".join(o.get("data", {}).get("text/markdown", "")))
    )
    assert said < used


def test_lesson_3_holds_the_moving_parts_and_the_light_switches():
    text = " ".join(" ".join(sources("03_gradient_descent.ipynb", "markdown")).split())
    assert "**moving parts**" in text and "a function of the weight alone" in text
    assert "light switches" in text


def test_lesson_4_shows_the_algebra_and_every_line_of_it_holds():
    """The three lines behind r = 1 - alpha * input**2, each checked with random numbers."""
    text = next(
        c
        for c in sources("04_divergence_and_alpha.ipynb", "markdown")
        if "three lines of algebra" in c.lower()
    )
    lines = re.findall(r"^\d\. `([^`]+)`", text, re.M)
    assert len(lines) == 3
    rng = random.Random(13)
    for _ in range(20):
        weight, input, alpha = rng.uniform(-2, 2), rng.uniform(-3, 3), rng.uniform(0.01, 1)
        goal_pred = rng.uniform(-1, 1)
        goal_weight = goal_pred / input
        values = {
            "weight": weight,
            "input": input,
            "alpha": alpha,
            "goal_pred": goal_pred,
            "goal_weight": goal_weight,
        }
        results = []
        for line in lines:
            left, right = line.split(" = ", 1)
            results.append(eval(right, {}, values) + (goal_weight if "goal_weight" in left else 0.0))
        assert results[0] == pytest.approx(results[1]) == pytest.approx(results[2])


def test_lesson_4_says_its_borders_are_for_the_books_half_derivative_before_it_lists_them():
    text = " ".join(" ".join(sources("04_divergence_and_alpha.ipynb", "markdown")).split())
    assert "half the true derivative" in text and "r = 1 - 2 * alpha * input**2" in text
    assert text.index("half the true derivative") < text.index("| what the circles do |")


def test_lesson_4_says_which_update_the_last_printed_line_follows():
    tamed = gd.gradient_descent(0.5, 2, 0.8, 0.1, 20)
    printed = "\n".join(outputs("04_divergence_and_alpha.ipynb"))
    assert f"the error after {tamed.updates - 1} updates: {gd.book_str(tamed.errors[-1])}" in printed
    assert f"after all {tamed.updates} updates: {gd.book_str(tamed.final_error)}" in printed
    assert "Twenty updates later" not in " ".join(sources("04_divergence_and_alpha.ipynb", "markdown"))


# ---- the book's sections that were missing ----


def test_lesson_2_walks_the_books_five_steps_on_the_toes_example():
    weight, input, goal_pred, step_amount = 0.1, 8.5, 1.0, 0.01
    numbers = [
        (input * weight - goal_pred) ** 2,
        (goal_pred - input * (weight + step_amount)) ** 2,
        (goal_pred - input * (weight - step_amount)) ** 2,
    ]
    printed = "\n".join(outputs("02_hot_and_cold.ipynb"))
    for number in numbers:
        assert gd.book_str(number) in printed
    assert gd.book_str(weight + step_amount) in printed


def test_lesson_3_runs_the_books_learning_is_just_reducing_error_listing():
    want = "\n".join(gd.book_lines(gd.gradient_descent(0.0, 0.5, 0.8, 1.0, 4)))
    assert want.splitlines()[:3] == [
        "Error:0.64 Prediction:0.0",
        "Error:0.36 Prediction:0.2",
        "Error:0.2025 Prediction:0.35",
    ]
    assert any(want in text for text in outputs("03_gradient_descent.ipynb"))


def test_lesson_4_shows_where_the_learners_run_stalls_and_why():
    weight = 0.4
    while (new := weight - 0.1 * (weight - 0.6)) != weight:
        weight = new
    printed = "\n".join(outputs("04_divergence_and_alpha.ipynb"))
    assert repr(weight) in printed and "the gap from this float to the next one" in printed


def test_lesson_4_shows_the_negative_alpha_and_a_from_memory_loop_with_alpha():
    code = "\n".join(sources("04_divergence_and_alpha.ipynb", "code"))
    assert "q5.check(guess)" in code and "q6.check(learn)" in code
    assert "def learn(weight, input, goal_pred, alpha, iterations):" in code


def test_lesson_5_says_what_the_four_game_error_is_and_its_numbers_are_the_runs():
    text = " ".join(" ".join(sources("05_generalizing.ipynb", "markdown")).split())
    inputs, goals = book.GAME_INPUTS, book.WIN_OR_LOSE
    run = gd.learn_games(
        list(book.START_WEIGHTS), inputs, goals, alpha=0.3, iterations=20, frozen=(True, False, False)
    )
    held = book.START_WEIGHTS[0]
    games = np.array(inputs)
    rest, *_ = np.linalg.lstsq(games[:, 1:], np.array(goals) - held * games[:, 0], rcond=None)
    bottom = gd.total_error([held, *rest], inputs, goals)
    start = gd.total_error(list(book.START_WEIGHTS), inputs, goals)
    assert f"the error has fallen from {start:.3g} to {run.final_error:.3g}" in text
    assert f"a **bowl** with one bottom, at error {bottom:.3g}" in text
    assert "four squared errors **added up**" in text, "the four-game error is named a sum before it is used"
    assert "its own** game's error, not for the sum" in text, (
        "one-game-at-a-time steps are not called steepest"
    )
    edge = gd.shared_stable_alpha(list(inputs[0]))
    assert f"the edge, {edge:.4g} (about {edge:.2g})" in text
