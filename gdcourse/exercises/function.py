"""Function exercises: the learner writes a function; we run it on cases and name any known mistake.

A known mistake is a wrong formula. Running the learner's function on well-chosen cases and
comparing with what each wrong formula gives tells the mistakes apart (input != 1, alpha != 1, ...).
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from gdcourse.exercises import running
from gdcourse.exercises.answers import as_number, close, describe, show
from gdcourse.exercises.exercise import Exercise
from gdcourse.exercises.placeholder import is_placeholder
from gdcourse.exercises.verdict import Outcome, Verdict, accepted, correct, incorrect, not_attempted


@dataclass(frozen=True)
class Mistake:
    """A classic mistake: the wrong formula it amounts to, and the message that explains it.

    `accepted` marks a variant that still counts (the true derivative's factor 2): its verdict says
    "accepted, but not the book's way" with `message`, which must say what differs from the book.
    `report`, when given, writes that message from the exercise's cases, so its numbers are computed.
    """

    name: str
    message: str
    formula: Callable[..., Any]
    accepted: bool = False
    report: Callable[[Sequence[tuple[Any, ...]]], str] | None = None

    def message_for(self, cases: Sequence[tuple[Any, ...]]) -> str:
        """The message for these cases: the report's, when there is one."""
        return self.report(cases) if self.report else self.message


class FunctionExercise(Exercise):
    """Run the learner's function on `cases`; compare with `reference`, then with each known mistake."""

    kind = "function"
    timeout = 3.0

    def __init__(
        self,
        name: str,
        title: str,
        call: str,
        arg_names: Sequence[str],
        cases: Sequence[tuple[Any, ...]],
        reference: Callable[..., Any],
        hints: Sequence[str],
        solution: str,
        *,
        mistakes: Sequence[Mistake] = (),
        returns: str = "one number",
        reader: Callable[[Any, str, str], Any] = as_number,
        success: str = "",
        explanation: str = "",
    ) -> None:
        super().__init__(name, title, f"your function `{call}`", hints, solution, explanation)
        self.function_name = call.split("(", 1)[0]
        self.arg_names = tuple(arg_names)
        self._cases = copy.deepcopy(tuple(cases))
        self.reference = reference
        self.mistakes = tuple(mistakes)
        self.returns = returns
        self.reader = reader
        self.success = success or "Your function gives the right result on every test case."

    @property
    def cases(self) -> tuple[tuple[Any, ...], ...]:
        """The argument tuples the learner's function is tried on (a fresh copy each time).

        Nothing done to the copy can change what later checks use.
        """
        return copy.deepcopy(self._cases)

    def _example(self) -> str:
        return f"{self.name.rsplit('.', 1)[-1]}.check({self.function_name})"

    def observe(self, run: running.Run) -> Any:
        """What counts as the function's answer in one run: its return value, read by `reader`.

        `check` calls this for every test case; you do not need to.

        Parameters
        ----------
        run : gdcourse.learner_code.Run
            One call of your function: what it returned (`value`) and what it printed.

        Returns
        -------
        object
            The returned value as the exercise compares it: a number, a tuple of numbers, or rows of
            numbers (a matrix).

        Raises
        ------
        gdcourse.exercises.verdict.Outcome
            Carrying the verdict when the function still returns the placeholder `____`, returns None,
            nan or infinity, or returns something that is not the kind of answer asked for.
        """
        if is_placeholder(run.value):
            raise Outcome(not_attempted("Your function still returns the placeholder: fill in its body."))
        return self.reader(run.value, "Your function returned", self.returns)

    def _judge(self, fn: Any) -> Verdict:
        if not callable(fn):
            raise Outcome(
                incorrect(
                    f"This exercise wants your function itself, for example `{self._example()}` (no "
                    f"parentheses after the name), but you passed {describe(fn)}.",
                    "not_a_function",
                )
            )
        observed, printed, truncated = [], [], False
        for args in self.cases:
            run = running.call(
                fn, args, name=self.function_name, arg_names=self.arg_names, timeout=self.timeout
            )
            observed.append(self.observe(run))
            printed.extend(run.lines)
            truncated = truncated or run.truncated
        verdict = self._compare(observed)
        return verdict.with_notes(self._printed_note(printed, truncated))

    def _compare(self, observed: list[Any]) -> Verdict:
        if self._all_match(observed, self.reference):
            return correct(self.success)
        for mistake in self.mistakes:
            if self._all_match(observed, mistake.formula):
                verdict = accepted if mistake.accepted else incorrect
                return verdict(mistake.message_for(self.cases), mistake.name)
        return self._first_difference(observed)

    def _all_match(self, observed: list[Any], formula: Callable[..., Any]) -> bool:
        try:
            return all(close(seen, formula(*args)) for seen, args in zip(observed, self.cases, strict=True))
        except ArithmeticError:  # a mistaken formula that overflows on some case matches nothing
            return False

    def _first_difference(self, observed: list[Any]) -> Verdict:
        for seen, args in zip(observed, self.cases, strict=True):
            expected = self.reference(*args)
            if not close(seen, expected):
                shown = running.call_text(self.function_name, self.arg_names, args)
                return incorrect(
                    f"For `{shown}` your function returned {show(seen)}, but it should be {show(expected)}.",
                    "wrong_value",
                )
        raise AssertionError("a case must differ when the reference did not match")  # pragma: no cover

    def _printed_note(self, lines: list[str], truncated: bool) -> str:
        if not lines:
            return ""
        cut = " (and more, cut off)" if truncated else ""
        return (
            f"your function also printed {len(lines)} line{'s' * (len(lines) != 1)}{cut}; "
            f"printing does not count here, only what it returns. The first lines:\n" + running.excerpt(lines)
        )
