"""Printing exercises: the learner's function prints the book's lines, and those lines are the answer.

Lines are read as numbers, so both Python 3's `0.30250000000000005` and the book's `0.3025` match.
"""

from __future__ import annotations

import re
from typing import Any

from gdcourse.exercises import running
from gdcourse.exercises.answers import close
from gdcourse.exercises.function import FunctionExercise
from gdcourse.exercises.verdict import Outcome, Verdict, incorrect
from gdcourse.fmt import error_line

_NUMBER = r"[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?|[-+]?inf|nan"
LINE = re.compile(rf"Error:\s*({_NUMBER})\s*,?\s*Prediction:\s*({_NUMBER})")


#: The book's first printed line (weight 0.5, input 0.5, goal_pred 0.8), as an example of the format.
_BOOKS_FIRST_LINE = error_line((0.5 * 0.5 - 0.8) ** 2, 0.5 * 0.5)


class Printed(list):
    """The (error, prediction) pairs a function printed; `dropped` counts the characters cut off unread.

    Printing is kept only up to `running.PRINT_LIMIT` characters, so when `dropped` is above 0 the
    function printed more lines than the pairs here.
    """

    def __init__(self, pairs: list[tuple[float, float]], dropped: int = 0) -> None:
        super().__init__(pairs)
        self.dropped = dropped


def read_lines(lines: list[str]) -> list[tuple[float, float]]:
    """The (error, prediction) pairs of every 'Error:... Prediction:...' line; other lines are skipped."""
    found = (LINE.search(line) for line in lines)
    return [(float(m.group(1)), float(m.group(2))) for m in found if m]


class PrintingExercise(FunctionExercise):
    """Compare the 'Error:... Prediction:...' lines the learner's function prints with the book's."""

    kind = "printing"

    def observe(self, run: running.Run) -> Any:
        """The printed lines, read as (error, prediction) pairs; what the function returns is ignored.

        `check` calls this for every test case; you do not need to.

        Parameters
        ----------
        run : gdcourse.learner_code.Run
            One call of your function: what it returned and what it printed.

        Returns
        -------
        Printed
            The (error, prediction) pairs of every 'Error:... Prediction:...' line, in order.

        Raises
        ------
        gdcourse.exercises.verdict.Outcome
            Carrying the verdict when the function printed no such line.
        """
        pairs = read_lines(run.lines)
        if not pairs:
            said = (
                "printed nothing"
                if not run.lines
                else f"printed no line like `{_BOOKS_FIRST_LINE}`. Its first lines were:\n"
                + running.excerpt(run.lines)
            )
            raise Outcome(
                incorrect(
                    f"Your function {said}\nPrint one line per iteration, as the book does: "
                    '`print("Error:" + str(error) + " Prediction:" + str(pred))`.',
                    "no_lines",
                )
            )
        return Printed(pairs, run.dropped)

    def _printed_note(self, lines: list[str], truncated: bool) -> str:
        return ""

    def _first_difference(self, observed: list[Any]) -> Verdict:
        for seen, args in zip(observed, self.cases, strict=True):
            expected = self.reference(*args)
            shown = running.call_text(self.function_name, self.arg_names, args)
            if len(seen) != len(expected) and getattr(seen, "dropped", 0):
                return incorrect(
                    f"For `{shown}` your function printed more than the {running.PRINT_LIMIT:,} characters "
                    f"kept: {len(seen)} Error lines were read before the cut, and {seen.dropped:,} more "
                    f"characters were cut off unread. The loop should print {len(expected)} lines: one per "
                    "iteration, each before the weight changes.",
                    "line_count",
                )
            if len(seen) != len(expected):
                return incorrect(
                    f"For `{shown}` your function printed {len(seen)} Error lines, but the loop should "
                    f"print {len(expected)}: one per iteration, each before the weight changes.",
                    "line_count",
                )
            for number, (mine, book) in enumerate(zip(seen, expected, strict=True), start=1):
                if not close(mine, book):
                    return incorrect(
                        f"For `{shown}`, line {number} differs.\n"
                        f"    yours:    {error_line(*mine)}\n    the book: {error_line(*book)}",
                        "wrong_value",
                    )
        raise AssertionError("a case must differ when the reference did not match")  # pragma: no cover
