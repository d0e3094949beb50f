"""Self-check exercises: `q.check(answer)`, `q.hint()`, `q.hint(2)`, `q.solution()`.

In a notebook:

    from gdcourse.exercises import ____   # ____ is the blank you replace with your answer
    from gdcourse.exercises.ch3 import q1, q2

    delta = ____             # the learner replaces the blanks
    weight_delta = ____
    q1.check((delta, weight_delta))

A function exercise takes the function itself: `q2.check(update_weight)`. A blank `____`, `...`, or
a function that still raises NotImplementedError says "not attempted yet" and never stops the notebook.
A thought exercise takes the learner's guess in words, `q4.check("it stays put")`, and only then shows
its discussion. An answer that is right but not the book's way (the true derivative's factor 2) is
"accepted", and the verdict says what differs from the book.
"""

from __future__ import annotations

import importlib

from gdcourse.exercises.exercise import Exercise
from gdcourse.exercises.placeholder import ____
from gdcourse.exercises.progress_table import progress
from gdcourse.exercises.verdict import Status, Verdict

CHAPTERS = ("ch1", "ch2", "ch3", "ch4", "ch5")

__all__ = ["CHAPTERS", "Exercise", "Status", "Verdict", "____", "all_exercises", "progress"]


def all_exercises() -> list[Exercise]:
    """Every exercise of every chapter, in order: ch1.q1, ch1.q2, ..., as the notebooks use them.

    Returns
    -------
    list of Exercise
        The exercises, chapter by chapter and by number within each chapter.
    """
    found: list[Exercise] = []
    for chapter in CHAPTERS:
        module = importlib.import_module(f"gdcourse.exercises.{chapter}")
        numbered = [
            (int(name[1:]), value) for name, value in vars(module).items() if _is_question(name, value)
        ]
        found.extend(value for _, value in sorted(numbered, key=lambda pair: pair[0]))
    return found


def _is_question(name: str, value: object) -> bool:
    return name.startswith("q") and name[1:].isdigit() and isinstance(value, Exercise)
