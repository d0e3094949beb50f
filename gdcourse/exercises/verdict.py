"""What a check found, as a plain value: the display is `view`'s job, not the checker's."""

from __future__ import annotations

import enum
from dataclasses import dataclass


class Status(enum.Enum):
    """The kinds of outcome a check can have.

    Each status's value is the words a verdict starts with.

    Attributes
    ----------
    CORRECT : Status
        "Correct!": the answer is right, the book's way.
    ACCEPTED : Status
        "Accepted, but not the book's way.": right, with a difference the verdict names (such as the
        true derivative's factor 2).
    INCORRECT : Status
        "Not quite.": the answer is wrong; the verdict says how, without giving it away.
    NOT_ATTEMPTED : Status
        "Not attempted yet.": the blank `____` (or `...`) is still there.
    NO_ANSWER : Status
        "Nothing to check yet.": check() was called with no answer.
    PROBLEM : Status
        "Your code ran into a problem.": your function raised, ran too long or changed its inputs.
    DISCUSSION : Status
        "Something to think about.": a thought exercise's discussion, after your guess.
    """

    CORRECT = "Correct!"
    ACCEPTED = "Accepted, but not the book's way."
    INCORRECT = "Not quite."
    NOT_ATTEMPTED = "Not attempted yet."
    NO_ANSWER = "Nothing to check yet."
    PROBLEM = "Your code ran into a problem."
    DISCUSSION = "Something to think about."


@dataclass(frozen=True)
class Verdict:
    """One check's outcome: its status, the reason in words, and which known mistake it was, if any.

    `mistake` names a diagnosed mistake (for example "no_input"); `notes` are extra lines to show,
    such as a note on the factor 2, or the first lines the learner's function printed.

    Attributes
    ----------
    status : Status
        The kind of outcome: correct, accepted, not quite, and so on.
    message : str
        The reason, in words.
    mistake : str or None
        The name of the known mistake it was, such as 'no_input'; None when none was recognised.
    notes : tuple of str
        Extra lines shown after the message.
    passed : bool
        True when the answer counts as right: correct, or accepted.
    """

    status: Status
    message: str
    mistake: str | None = None
    notes: tuple[str, ...] = ()

    @property
    def passed(self) -> bool:
        """True when the answer counts as right: correct, or accepted with a difference from the book."""
        return self.status in (Status.CORRECT, Status.ACCEPTED)

    def with_notes(self, *notes: str) -> Verdict:
        """The same verdict with more notes appended (empty notes are dropped).

        Parameters
        ----------
        *notes : str
            The notes to add, in order.

        Returns
        -------
        Verdict
            A new verdict; this one is left as it was.
        """
        extra = tuple(note for note in notes if note)
        return Verdict(self.status, self.message, self.mistake, self.notes + extra)


class Outcome(Exception):
    """Raised inside a check to stop early with a verdict; `Exercise.verdict` turns it back into one."""

    def __init__(self, verdict: Verdict) -> None:
        super().__init__(verdict.message)
        self.verdict = verdict


def correct(message: str, mistake: str | None = None, *notes: str) -> Verdict:
    """A passing verdict."""
    return Verdict(Status.CORRECT, message, mistake, tuple(notes))


def accepted(message: str, mistake: str, *notes: str) -> Verdict:
    """A passing verdict for an answer that is right but not the book's: the message says what differs."""
    return Verdict(Status.ACCEPTED, message, mistake, tuple(notes))


def incorrect(message: str, mistake: str | None = None, *notes: str) -> Verdict:
    """A failing verdict with its reason."""
    return Verdict(Status.INCORRECT, message, mistake, tuple(notes))


def problem(message: str, mistake: str | None = None, *notes: str) -> Verdict:
    """The learner's code misbehaved (raised, ran too long, changed its inputs...)."""
    return Verdict(Status.PROBLEM, message, mistake, tuple(notes))


def not_attempted(message: str) -> Verdict:
    """The placeholder is still there."""
    return Verdict(Status.NOT_ATTEMPTED, message, "not_attempted")
