"""The shape every exercise shares: check(), hint(n), solution(), and the thought kind.

`check` hands the learner's answer to `verdict`, which returns a `Verdict` value and never raises;
`view` then shows it. Subclasses only write `_judge(answer)`.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from typing import Any

from gdcourse import checks, progress_file
from gdcourse.exercises import view
from gdcourse.exercises.answers import unreadable
from gdcourse.exercises.placeholder import is_placeholder
from gdcourse.exercises.verdict import Outcome, Status, Verdict, incorrect, not_attempted, problem


class _Nothing:
    def __repr__(self) -> str:
        return "<nothing>"


NOTHING: Any = _Nothing()


def _sealing(init: Callable[..., None]) -> Callable[..., None]:
    """`init`, then the exercise sealed, once the outermost `__init__` has finished (see Exercise)."""

    @functools.wraps(init)
    def sealed_init(self: Exercise, *args: Any, **kwargs: Any) -> None:
        init(self, *args, **kwargs)
        if type(self).__init__ is sealed_init:
            object.__setattr__(self, "_sealed", True)

    return sealed_init


class Exercise:
    """One self-check: a title, what to pass to check(), numbered hints, and a solution.

    The course makes these for you: import them, as in `from gdcourse.exercises.ch3 import q1`. Once
    made, an exercise cannot be changed (setting or deleting an attribute raises AttributeError), so
    every learner is judged by the same expected values, reference and cases.

    Parameters
    ----------
    name : str
        The exercise's name, such as 'ch3.q1'.
    title : str
        A few words on what the exercise asks.
    ask : str
        What to pass to `check()`, in words, such as 'the tuple (delta, weight_delta)'.
    hints : sequence of str
        The hints, gentlest first; at least one.
    solution : str
        The solution's code, as `solution()` prints it.
    explanation : str, default ''
        A sentence printed after the solution's code on why it works; empty for none.

    Raises
    ------
    ValueError
        If `hints` is empty.
    """

    kind = "exercise"

    def __init__(
        self, name: str, title: str, ask: str, hints: Sequence[str], solution: str, explanation: str = ""
    ) -> None:
        if not hints:
            raise ValueError(f"hints must hold at least one hint for {name}")
        self.name = name
        self.title = title
        self.ask = ask
        self.hints = tuple(hints)
        self.solution_code = solution
        self.explanation = explanation

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        if "__init__" in cls.__dict__:
            cls.__init__ = _sealing(cls.__init__)  # type: ignore[method-assign]

    def __setattr__(self, name: str, value: Any) -> None:
        if getattr(self, "_sealed", False):
            raise AttributeError(
                f"{self.name} cannot be changed (it would judge every answer differently): "
                f"to check an answer, pass it to {self.name.rsplit('.', 1)[-1]}.check(...)"
            )
        object.__setattr__(self, name, value)

    def __delattr__(self, name: str) -> None:
        self.__setattr__(name, None)

    def __repr__(self) -> str:
        return f"<{self.name} ({self.kind}): {self.title}. Pass {self.ask} to .check(); .hint(), .solution()>"

    def verdict(self, answer: Any = NOTHING) -> Verdict:
        """Judge an answer and return the outcome as a value; this never raises.

        Parameters
        ----------
        answer : object, optional
            Your answer, as `check` takes it. Leaving it out gives a verdict that says what to pass.

        Returns
        -------
        Verdict
            Whether the answer is right, and why, as a value: `verdict(...).passed` is True or False.
        """
        if answer is NOTHING:
            return Verdict(Status.NO_ANSWER, f"Pass {self.ask} to check(), for example `{self._example()}`.")
        why = unreadable(answer)
        if why:
            return incorrect(why, "unreadable")
        if is_placeholder(answer):
            return not_attempted(f"Replace the `____` (or `...`) with {self.ask}, then run this cell again.")
        try:
            return self._judge(answer)
        except Outcome as outcome:
            return outcome.verdict
        except (OverflowError, RecursionError) as exc:  # from reading a value the learner's code made
            return incorrect(
                "A value your code gave is too big to work with, or nests too deep or holds itself "
                f"({type(exc).__name__}). Give plain numbers of a usual size.",
                "unreadable",
            )
        except Exception as exc:  # a bug of ours: say so, and let the notebook go on
            return problem(
                f"The checker itself failed ({type(exc).__name__}: {exc}). That is a bug in gdcourse, "
                "not in your answer: please report it.",
                "checker_bug",
            )

    def check(self, answer: Any = NOTHING) -> None:
        """Check your answer and print a short verdict with the reason.

        A wrong answer, or code of yours that fails, is said in the verdict: this never raises, so the
        rest of the notebook still runs. Its outcome is kept for `gd.progress()` (a blank or a missing
        answer is not); if it cannot be kept, one more line says so.

        Parameters
        ----------
        answer : object, optional
            Your answer, as the exercise asks for it (print the exercise to see what): a number, a
            tuple of numbers, your function itself (without brackets after its name), or your guess
            in quotes. Leaving it out prints what to pass.
        """
        verdict = self.verdict(answer)
        trouble = _keep(self.name, verdict)
        view.emit(view.verdict_text(verdict.with_notes(trouble)), verdict.status)

    def hint(self, n: int = 1) -> None:
        """Print hint number n (1 is the gentlest).

        Parameters
        ----------
        n : int, default 1
            Which hint: a whole number from 1 to the exercise's number of hints. The printed hint
            says how many more there are.

        Raises
        ------
        ValueError
            If `n` is not a whole number from 1 to the number of hints.
        """
        total = len(self.hints)
        if isinstance(n, bool) or not isinstance(n, int) or not 1 <= n <= total:
            allowed = "1" if total == 1 else f"a whole number from 1 to {total}"
            raise ValueError(f"n must be {allowed} ({self.name} has {total} hints), got {checks.short(n)}")
        view.emit(view.hint_text(n, total, self.hints[n - 1]))

    def solution(self) -> None:
        """Print the solution code, with a sentence on why it works."""
        view.emit(view.solution_text(self.solution_code, self.explanation))

    def _example(self) -> str:
        short = self.name.rsplit(".", 1)[-1]
        return f"{short}.check(your_answer)"

    def _judge(self, answer: Any) -> Verdict:
        raise NotImplementedError


Exercise.__init__ = _sealing(Exercise.__init__)

#: Outcomes that are not an attempt: nothing to keep in the progress file.
_NOT_KEPT = (Status.NOT_ATTEMPTED, Status.NO_ANSWER)


def _keep(name: str, verdict: Verdict) -> str:
    """Record a check's outcome in the progress file; a sentence on trouble, else ''. Never raises."""
    if verdict.status in _NOT_KEPT:
        return ""
    try:
        done = verdict.passed or verdict.status is Status.DISCUSSION
        return progress_file.record(name, verdict.status.name, done)
    except Exception as error:  # record() never raises; this is the last guard around a check
        return f"Your progress could not be saved ({type(error).__name__}); the check itself is fine."  # type: ignore[method-assign]


class ThoughtExercise(Exercise):
    """A question to think about: the learner writes a guess first; check(guess) then shows the discussion.

    Asking for the guess before revealing the discussion is the point: a committed guess is what the
    discussion then confirms or corrects. `solution()` shows the discussion at any time.
    """

    kind = "thought"

    def __init__(self, name: str, title: str, question: str, discussion: str, hints: Sequence[str]) -> None:
        super().__init__(
            name,
            title,
            "your guess, in a few words and in quotes",
            hints,
            solution="",
            explanation=discussion,
        )
        self.question = question

    def verdict(self, answer: Any = NOTHING) -> Verdict:
        """No guess yet: ask for one. A guess: show it beside the discussion (there is no right wording).

        Parameters
        ----------
        answer : object, optional
            Your guess, in a few words and in quotes. Leaving it out gives a verdict that asks for one.

        Returns
        -------
        Verdict
            Asking for a guess, or, with one, your guess followed by the discussion.
        """
        short = self.name.rsplit(".", 1)[-1]
        if answer is NOTHING:
            return Verdict(
                Status.NO_ANSWER,
                f'{self.question}\nWrite your guess first, for example `{short}.check("it ...")`; '
                f"the discussion comes after it. (`{short}.solution()` shows it straight away.)",
            )
        if not unreadable(answer) and is_placeholder(answer):
            return not_attempted(
                f"{self.question}\nReplace the `____` with your guess, in quotes, then run this cell again: "
                "the discussion comes after it."
            )
        guess = answer.strip() if isinstance(answer, str) else checks.short(answer, 200)
        if not guess:
            return not_attempted(
                f"{self.question}\nYour guess is empty: write a few words between the quotes."
            )
        return Verdict(Status.DISCUSSION, f"{self.question}\nYour guess: {guess}\n{self.explanation}")

    def solution(self) -> None:
        """Print the discussion."""
        view.emit(f"Discussion:\n{self.explanation}")
