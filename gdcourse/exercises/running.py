"""Run a learner's function safely: on copies, with a time limit, its printing captured.

Whatever the function does (raise, loop forever, print a lot, change its arguments), the caller
gets either a `Run` or an `Outcome` carrying a friendly verdict: never an exception of ours.
"""

from __future__ import annotations

import contextlib
import copy
import inspect
import io
import math
import os
import signal
import sys
import sysconfig
import threading
import time
import traceback
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from gdcourse.exercises.verdict import Outcome, Verdict, not_attempted, problem

#: Characters of printed output kept; the rest is only counted.
PRINT_LIMIT = 20_000
#: Lines of printed output shown back to the learner.
SHOWN_LINES = 5


class TimeUp(BaseException):
    """Raised inside the learner's code when its time is up (a BaseException, so `except Exception` in
    the learner's code does not swallow it)."""


class CappedWriter(io.TextIOBase):
    """A stdout stand-in that keeps the first PRINT_LIMIT characters and counts the rest."""

    def __init__(self, limit: int = PRINT_LIMIT) -> None:
        self._parts: list[str] = []
        self._kept = 0
        self._limit = limit
        self.dropped = 0

    def writable(self) -> bool:
        return True

    def write(self, text: str) -> int:
        room = self._limit - self._kept
        self._parts.append(text[:room])
        self._kept += min(room, len(text))
        self.dropped += max(0, len(text) - room)
        return len(text)

    @property
    def text(self) -> str:
        return "".join(self._parts)


@dataclass(frozen=True)
class Run:
    """What one call of the learner's function gave back and printed."""

    value: Any
    printed: str
    truncated: bool = False

    @property
    def lines(self) -> list[str]:
        return self.printed.splitlines()


def excerpt(lines: Sequence[str], shown: int = SHOWN_LINES, width: int = 200) -> str:
    """The first few lines, each cut to `width`, and how many more there were."""
    kept = [line if len(line) <= width else line[:width] + "..." for line in lines[:shown]]
    more = len(lines) - shown
    tail = [f"    ... and {more} more line{'s' * (more != 1)}"] if more > 0 else []
    return "\n".join([*(f"    {line}" for line in kept), *tail])


def _alarm_usable() -> bool:
    """SIGALRM works only on Unix, in the main thread, and when no one else's timer is running."""
    return (
        hasattr(signal, "setitimer")
        and threading.current_thread() is threading.main_thread()
        and signal.getitimer(signal.ITIMER_REAL)[0] == 0
    )


@contextlib.contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    """Raise TimeUp in the running code after `seconds`.

    Uses signal.setitimer and SIGALRM where it can (the main thread on Unix); elsewhere a trace
    function that checks the clock on every line of Python (slower, but works in any thread).
    With a debugger's trace already installed and no alarm available, there is no limit.
    """
    if _alarm_usable():

        def on_alarm(signum: int, frame: object) -> None:
            raise TimeUp

        previous = signal.signal(signal.SIGALRM, on_alarm)
        signal.setitimer(signal.ITIMER_REAL, seconds)
        try:
            yield
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, previous)
    elif sys.gettrace() is None:
        deadline = time.monotonic() + seconds

        def tracer(frame: object, event: str, arg: object) -> Callable | None:
            if time.monotonic() > deadline:
                raise TimeUp
            return tracer

        sys.settrace(tracer)
        try:
            yield
        finally:
            sys.settrace(None)
    else:
        yield


_NOT_LEARNER = tuple(
    os.path.normcase(os.path.abspath(path))
    for path in (
        os.path.dirname(os.path.dirname(__file__)),  # gdcourse itself
        *{sysconfig.get_paths()[key] for key in ("stdlib", "platstdlib", "purelib", "platlib")},
    )
)


def _is_learner_file(filename: str) -> bool:
    if filename.startswith("<frozen"):
        return False
    return not os.path.normcase(os.path.abspath(filename)).startswith(_NOT_LEARNER)


def error_line(exc: BaseException) -> str:
    """Where the learner's code failed, and how: its last own line in the traceback, then the error."""
    frames = traceback.extract_tb(exc.__traceback__)
    own = [frame for frame in frames if _is_learner_file(frame.filename)]
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
    text = repr(value.tolist() if isinstance(value, np.ndarray) else value)
    return text if len(text) <= 60 else text[:57] + "..."


def _same(before: Any, after: Any) -> bool:
    """Structural equality that treats nan as equal to nan and compares arrays element by element."""
    if isinstance(before, np.ndarray) or isinstance(after, np.ndarray):
        a, b = np.asarray(before), np.asarray(after)
        return a.shape == b.shape and bool(np.array_equal(a, b, equal_nan=a.dtype.kind == "f"))
    if isinstance(before, list | tuple):
        return (
            type(before) is type(after)
            and len(before) == len(after)
            and all(_same(x, y) for x, y in zip(before, after, strict=True))
        )
    if isinstance(before, float) and isinstance(after, float) and math.isnan(before):
        return math.isnan(after)
    return bool(before == after)


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
    copies = copy.deepcopy(list(args))
    shown_call = call_text(name, arg_names, args)
    writer = CappedWriter()
    try:
        with contextlib.redirect_stdout(writer), time_limit(timeout):
            value = fn(*copies)
    except TimeUp:
        raise Outcome(
            problem(
                f"Your function was still running after {timeout:g} seconds, so it was stopped. "
                f"It was called as `{shown_call}`. Look for a loop that never ends "
                "(a `while` whose condition never becomes False, or a huge `range`).",
                "timeout",
            )
        ) from None
    except NotImplementedError as exc:
        if type(exc) is NotImplementedError:  # the stub's own `raise NotImplementedError`
            raise Outcome(
                not_attempted("Your function still raises NotImplementedError: fill in its body.")
            ) from None
        raise Outcome(_raised(exc, shown_call)) from None  # a subclass: input() in Jupyter, for one
    except (Exception, SystemExit) as exc:
        raise Outcome(_raised(exc, shown_call)) from None
    for arg_name, original, after in zip(arg_names, args, copies, strict=True):
        if not _same(original, after):
            raise Outcome(
                problem(
                    f"Your function changed its argument `{arg_name}` (from {_short(original)} to "
                    f"{_short(after)}). A function that computes a result should leave its inputs as "
                    "they were: work on a copy, or build a new list.",
                    "mutated",
                )
            )
    return Run(value, writer.text, truncated=writer.dropped > 0)
