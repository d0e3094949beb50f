"""What a check found, as a plain value: the display is `view`'s job, not the checker's."""

from __future__ import annotations

import enum
from dataclasses import dataclass


class Status(enum.Enum):
    """The kinds of outcome a check can have."""

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
        """The same verdict with more notes appended (empty notes are dropped)."""
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
