"""`gd.progress()`: lesson by lesson, which exercises you have checked and which are done.

Every `check()` records its outcome in the progress file (`gdcourse.progress_file`); this reads it back
and shows it as a small table, in plain text and in HTML. Used at the end of every lesson and on the
start page (notebooks/00_start_here ... 05_generalizing).
"""

from __future__ import annotations

import html
from collections.abc import Mapping
from dataclasses import dataclass

from gdcourse import progress_file
from gdcourse.exercises.exercise import Exercise

#: Each chapter's exercises belong to the lesson of the same number.
LESSONS = {
    "ch1": "Lesson 1: Compare",
    "ch2": "Lesson 2: Hot and cold",
    "ch3": "Lesson 3: Gradient descent",
    "ch4": "Lesson 4: Divergence and alpha",
    "ch5": "Lesson 5: Generalizing",
}
COLUMNS = ("lesson", "done", "checked, not done yet", "not checked")
DONE_MEANS = "Done means the check passed, or, for a question to think about, that you gave your guess."


@dataclass(frozen=True)
class LessonRow:
    """One lesson's exercises, sorted by what their checks came to (short names such as 'q1').

    Attributes
    ----------
    lesson : str
        The lesson's title, such as 'Lesson 3: Gradient descent'.
    done : tuple of str
        Passed, or a thought exercise's guess given.
    checked : tuple of str
        Checked, but not done yet.
    unchecked : tuple of str
        Not checked yet.
    """

    lesson: str
    done: tuple[str, ...]
    checked: tuple[str, ...]
    unchecked: tuple[str, ...]


def lesson_rows(exercises: list[Exercise], entries: Mapping[str, progress_file.Entry]) -> list[LessonRow]:
    """One row per lesson, in order, from the exercises and the progress file's entries."""
    rows = []
    for chapter, lesson in LESSONS.items():
        mine = [e.name for e in exercises if e.name.split(".")[0] == chapter]
        short = lambda names: tuple(n.split(".", 1)[1] for n in names)  # noqa: E731
        done = [n for n in mine if n in entries and entries[n].passed]
        checked = [n for n in mine if n in entries and not entries[n].passed]
        unchecked = [n for n in mine if n not in entries]
        rows.append(LessonRow(lesson, short(done), short(checked), short(unchecked)))
    return rows


class Progress:
    """Your progress as a table: Jupyter shows it in HTML, print() and the plain text show it as text.

    Parameters
    ----------
    rows : list of LessonRow
        One row per lesson.
    problem : str, default ''
        A sentence on trouble with the progress file, shown under the table; '' for none.
    """

    def __init__(self, rows: list[LessonRow], problem: str = "") -> None:
        self.rows = list(rows)
        self.problem = problem

    @property
    def summary(self) -> str:
        """One line: how many exercises are done and checked, of how many."""
        total = sum(len(r.done) + len(r.checked) + len(r.unchecked) for r in self.rows)
        done = sum(len(r.done) for r in self.rows)
        checked = sum(len(r.checked) for r in self.rows)
        return f"Your progress: {done} of {total} exercises done; {checked} checked but not done yet."

    def _cells(self) -> list[tuple[str, str, str, str]]:
        words = lambda names: " ".join(names) or "-"  # noqa: E731
        return [(r.lesson, words(r.done), words(r.checked), words(r.unchecked)) for r in self.rows]

    def __str__(self) -> str:
        table = [COLUMNS, *self._cells()]
        widths = [max(len(row[i]) for row in table) for i in range(len(COLUMNS))]
        lines = [
            "  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip() for row in table
        ]
        tail = [self.problem] if self.problem else []
        return "\n".join([self.summary, *lines, DONE_MEANS, *tail])

    __repr__ = __str__

    def _repr_html_(self) -> str:
        head = "".join(f'<th scope="col" style="text-align: left">{html.escape(c)}</th>' for c in COLUMNS)
        body = "".join(
            f'<tr><th scope="row" style="text-align: left">{html.escape(row[0])}</th>'
            + "".join(f'<td style="text-align: left">{html.escape(cell)}</td>' for cell in row[1:])
            + "</tr>"
            for row in self._cells()
        )
        problem = f'<p role="alert">{html.escape(self.problem)}</p>' if self.problem else ""
        return (
            f'<div class="gd-progress"><table><caption style="text-align: left">{html.escape(self.summary)}'
            f"</caption><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"
            f"<p>{html.escape(DONE_MEANS)}</p>{problem}</div>"
        )


def progress(reset: bool = False) -> Progress:
    """Show, lesson by lesson, which exercises you have checked and which are done.

    Every `check()` keeps its outcome in a small file (see the README: "Your progress"), so this
    survives restarting the kernel and closing JupyterLab.

    Parameters
    ----------
    reset : bool, default False
        True to forget every result first (the file is removed), and start again.

    Returns
    -------
    Progress
        The table: Jupyter shows it, `print()` prints it as text.

    Raises
    ------
    TypeError
        If `reset` is not True or False.
    """
    if not isinstance(reset, bool):
        raise TypeError(f"reset must be True or False, got {type(reset).__name__}")
    from gdcourse.exercises import all_exercises

    problem = progress_file.clear() if reset else ""
    results = progress_file.read_results(progress_file.progress_path())
    rows = lesson_rows(all_exercises(), results.entries)
    return Progress(rows, problem or results.problem)
