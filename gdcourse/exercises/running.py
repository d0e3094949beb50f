"""Run a learner's function for an exercise, and turn any misbehaviour into a verdict.

The safe running itself (copies, a time limit that cannot be swallowed, printing captured) is
`gdcourse.learner_code`'s; here a `Misbehaved` becomes an `Outcome` carrying a friendly verdict, so the
caller gets either a `Run` or an `Outcome`: never an exception of ours.
"""

from __future__ import annotations

import inspect
import traceback
from collections.abc import Callable, Sequence
from typing import Any

import numpy as np

from gdcourse import checks, learner_code
from gdcourse.exercises.answers import unreadable
from gdcourse.exercises.verdict import Outcome, Verdict, incorrect, not_attempted, problem
from gdcourse.learner_code import PRINT_LIMIT, Run

__all__ = [
    "PRINT_LIMIT",
    "SHOWN_LINES",
    "Run",
    "call",
    "call_text",
    "check_signature",
    "error_line",
    "excerpt",
]

#: Lines of printed output shown back to the learner.
SHOWN_LINES = 5


def excerpt(lines: Sequence[str], shown: int = SHOWN_LINES, width: int = 200) -> str:
    """The first few lines, each cut to `width`, and how many more there were."""
    kept = [line if len(line) <= width else line[:width] + "..." for line in lines[:shown]]
    more = len(lines) - shown
    tail = [f"    ... and {more} more line{'s' * (more != 1)}"] if more > 0 else []
    return "\n".join([*(f"    {line}" for line in kept), *tail])


def error_line(exc: BaseException) -> str:
    """Where the learner's code failed, and how: its last own line in the traceback, then the error."""
    frames = traceback.extract_tb(exc.__traceback__)
    own = [frame for frame in frames if learner_code.is_learner_file(frame.filename)]
    what = "".join(traceback.format_exception_only(type(exc), exc)).strip()
    if not own:
        return f"    {what}"
    frame = own[-1]
    code = (frame.line or "").strip()
    return f"    line {frame.lineno}, in {frame.name}: {code}\n    {what}"


def call_text(name: str, arg_names: Sequence[str], args: Sequence[Any]) -> str:
    """How the call looked, for messages: update(weight=0.1, input=8.5, ...)."""
    shown = ", ".join(f"{n}={_short(a)}" for n, a in zip(arg_names, args, strict=True))
    return f"{name}({shown})"


def _short(value: Any) -> str:
    return checks.short(value.tolist() if isinstance(value, np.ndarray) else value, 60)


def check_signature(fn: Callable, name: str, arg_names: Sequence[str]) -> None:
    """Raise an Outcome when the learner's function cannot be called with the exercise's arguments."""
    try:
        signature = inspect.signature(fn)
    except (TypeError, ValueError):
        return
    try:
        signature.bind(*arg_names)
    except TypeError:
        wanted = f"{name}({', '.join(arg_names)})"
        raise Outcome(
            problem(
                f"Your function has the parameters {signature}, but this exercise calls it as "
                f"`{wanted}`: {len(arg_names)} argument{'s' * (len(arg_names) != 1)}, in that order.",
                "signature",
            )
        ) from None


def _raised(exc: BaseException, shown_call: str) -> Verdict:
    """The verdict for learner code that raised: where and what, and why when it asked for typing."""
    asked = (
        "\nIt called `input()`, which waits for a person to type; a check has no one to type. "
        "Take the numbers from the function's arguments instead."
        if type(exc).__name__ == "StdinNotImplementedError"  # IPython's error for input() in a kernel
        else ""
    )
    return problem(
        f"Your function raised an error when called as `{shown_call}`:\n{error_line(exc)}{asked}", "raised"
    )


def call(
    fn: Callable, args: Sequence[Any], *, name: str, arg_names: Sequence[str], timeout: float = 3.0
) -> Run:
    """Call fn(*copies of args) with printing captured and a time limit; misbehaviour becomes an Outcome."""
    check_signature(fn, name, arg_names)
    shown_call = call_text(name, arg_names, args)
    try:
        run = learner_code.call(fn, args, timeout)
    except learner_code.TimedOut:
        raise Outcome(
            problem(
                f"Your function was still running after {timeout:g} seconds, so it was stopped. "
                f"It was called as `{shown_call}`. Look for a loop that never ends "
                "(a `while` whose condition never becomes False, or a huge `range`).",
                "timeout",
            )
        ) from None
    except learner_code.Raised as raised:
        if type(raised.error) is NotImplementedError:  # the stub's own `raise NotImplementedError`
            raise Outcome(
                not_attempted("Your function still raises NotImplementedError: fill in its body.")
            ) from None
        raise Outcome(_raised(raised.error, shown_call)) from None  # a subclass: input() in Jupyter, for one
    except learner_code.Mutated as mutated:
        raise Outcome(
            problem(
                f"Your function changed its argument `{arg_names[mutated.index]}` (from "
                f"{_short(mutated.before)} to {_short(mutated.after)}). A function that computes a result "
                "should leave its inputs as they were: work on a copy, or build a new list.",
                "mutated",
            )
        ) from None
    why = unreadable(run.value)
    if why:
        raise Outcome(incorrect(why.replace("Your answer", f"What `{shown_call}` returned", 1), "unreadable"))
    return run
