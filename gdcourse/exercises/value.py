"""Value exercises: the learner computes a number (or a few) and passes it to check()."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from gdcourse.exercises.answers import as_number, as_numbers, close, show
from gdcourse.exercises.exercise import Exercise
from gdcourse.exercises.verdict import Verdict, accepted, correct, incorrect


@dataclass(frozen=True)
class WrongAnswer:
    """A known wrong answer and what it reveals; `accepted` marks an answer that counts but is not the
    book's, and its message says what differs."""

    value: float | tuple[float, ...]
    mistake: str
    message: str
    accepted: bool = False


class ValueExercise(Exercise):
    """Compare a number, or a tuple of numbers, with the expected one within a small tolerance.

    For answers that are not numbers (a list of names, a dict of settings), pass `judge`: a function
    from the answer to a Verdict.
    """

    kind = "value"

    def __init__(
        self,
        name: str,
        title: str,
        ask: str,
        hints: Sequence[str],
        solution: str,
        *,
        expected: float | tuple[float, ...] | None = None,
        labels: Sequence[str] = (),
        wrong_answers: Sequence[WrongAnswer] = (),
        success: str = "",
        judge: Callable[[Any], Verdict] | None = None,
        explanation: str = "",
        given: Sequence[float] = (),
    ) -> None:
        super().__init__(name, title, ask, hints, solution, explanation)
        self.given = tuple(given)  # the numbers the notebook's question states; a test holds them equal
        if (expected is None) == (judge is None):
            raise ValueError(f"{name}: give exactly one of expected or judge")
        self.expected = expected
        self.labels = tuple(labels)
        self.wrong_answers = tuple(wrong_answers)
        self.success = success or "That is right."
        self._custom_judge = judge

    def _read(self, answer: Any) -> float | tuple[float, ...]:
        if isinstance(self.expected, tuple):
            return as_numbers(answer, len(self.expected), "You passed", self.ask)
        return as_number(answer, "You passed", self.ask)

    def _judge(self, answer: Any) -> Verdict:
        if self._custom_judge is not None:
            return self._custom_judge(answer)
        value = self._read(answer)
        if close(value, self.expected):
            return correct(self.success)
        for wrong in self.wrong_answers:
            if close(value, wrong.value):
                return (accepted if wrong.accepted else incorrect)(wrong.message, wrong.mistake)
        return incorrect(self._which_parts(value), "wrong_value")

    def _which_parts(self, value: float | tuple[float, ...]) -> str:
        """Say which parts of a tuple answer are right, without giving the wrong ones away."""
        if isinstance(value, tuple) and isinstance(self.expected, tuple) and self.labels:
            right = [lab for lab, v, e in zip(self.labels, value, self.expected, strict=True) if close(v, e)]
            wrong = [lab for lab in self.labels if lab not in right]
            if right:
                verb = "is" if len(right) == 1 else "are"
                return f"{', '.join(right)} {verb} right; {', '.join(wrong)} not yet."
        return f"{show(value)} is not it. Try again, or ask for a hint with `.hint()`."
