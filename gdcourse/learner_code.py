"""Run a learner's function safely: on copies of its arguments, with a time limit it cannot swallow,
its printing captured.

`call(fn, args, timeout)` gives back a `Run` (the value and what was printed) or raises one of the
`Misbehaved` exceptions below: `TimedOut`, `Raised` (the learner's own error inside) or `Mutated`.
Exercises turn those into verdicts (`gdcourse.exercises.running`); an explorer that runs a learner's
update rule can do the same on every slider change (a well-behaved call adds about 0.1 ms).

How the time limit holds. In the main thread on Unix (where a notebook's code runs) an interval timer
raises `TimeUp` when the time is up, and from then on the same handler asks to run again at the very
next check the interpreter makes (every loop iteration and every call): a bare `except:`, `except
BaseException`, a `finally` that loops or a loop that catches and retries can catch one `TimeUp`, but
the handler's next jump back or call raises another, outside the try that caught it. The timer keeps
firing too, which wakes `time.sleep` and other waits. What it cannot stop: one C call that never returns
to Python (`sum(itertools.count())`, a huge numpy operation). Off the main thread, signals cannot be
used: a trace function checks the clock on every line instead, and a broad `except` can outlast it.
The previous SIGALRM handler, timer and trace function are always put back; Ctrl+C (Interrupt Kernel)
is left alone, so a `KeyboardInterrupt` still stops everything.
"""

from __future__ import annotations

import _thread
import copy
import functools
import io
import math
import os
import signal
import sys
import sysconfig
import threading
import time
from collections.abc import Callable, Sequence
from contextlib import redirect_stdout
from dataclasses import dataclass
from types import FrameType
from typing import Any

import numpy as np

#: Characters of printed output kept; the rest is only counted.
PRINT_LIMIT = 20_000
#: Once the time is up, the timer fires again this often (seconds): it wakes sleeps and waits.
REPEAT = 0.02


class TimeUp(BaseException):
    """Raised inside the learner's code when its time is up (a BaseException, so `except Exception`
    does not catch it; and it is raised again at every check, so `except BaseException` cannot keep it).

    It must keep a C-level constructor: `raise TimeUp` in the handler then runs no Python code.
    """


class Misbehaved(Exception):
    """The learner's function did not simply return: the subclasses say how."""


class TimedOut(Misbehaved):
    """Still running after `seconds`, so it was stopped."""

    def __init__(self, seconds: float) -> None:
        super().__init__(f"still running after {seconds:g} seconds")
        self.seconds = seconds


class Raised(Misbehaved):
    """The function raised `error` (kept whole, with its traceback, for messages)."""

    def __init__(self, error: BaseException) -> None:
        super().__init__(f"raised {type(error).__name__}: {error}")
        self.error = error


class Mutated(Misbehaved):
    """The function changed its argument number `index` from `before` to `after`."""

    def __init__(self, index: int, before: Any, after: Any) -> None:
        super().__init__(f"changed argument {index}")
        self.index, self.before, self.after = index, before, after


class CappedWriter(io.TextIOBase):
    """A stdout stand-in that keeps the first `limit` characters and counts the rest."""

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
    """What one call of the learner's function gave back and printed.

    `truncated` is True when the printing passed PRINT_LIMIT characters: `printed` then holds only the
    first PRINT_LIMIT of them, and `dropped` says how many more there were.
    """

    value: Any
    printed: str
    truncated: bool = False
    dropped: int = 0

    @property
    def lines(self) -> list[str]:
        return self.printed.splitlines()


def call(fn: Callable, args: Sequence[Any], timeout: float = 3.0) -> Run:
    """fn(*copies of args), printing captured, within `timeout` seconds; misbehaviour raises Misbehaved.

    A KeyboardInterrupt (the learner pressed Interrupt Kernel) is not misbehaviour: it goes on up.
    """
    copies = copy.deepcopy(list(args))
    writer = CappedWriter()
    limit = _MainThreadLimit(timeout) if _alarm_usable() else _TraceLimit(timeout)
    with redirect_stdout(writer), limit:
        value, error = limit.run(fn, copies)
    if limit.timed_out:
        raise TimedOut(timeout)
    if isinstance(error, KeyboardInterrupt):
        raise error
    if error is not None:
        raise Raised(error)
    for index, (original, after) in enumerate(zip(args, copies, strict=True)):
        if not same(original, after):
            raise Mutated(index, original, after)
    return Run(value, writer.text, truncated=writer.dropped > 0, dropped=writer.dropped)


def _alarm_usable() -> bool:
    """SIGALRM works only on Unix, in the main thread, and when no one else's timer is running."""
    return (
        hasattr(signal, "setitimer")
        and threading.current_thread() is threading.main_thread()
        and signal.getitimer(signal.ITIMER_REAL)[0] == 0
    )


class _Trip:
    """`TRIP[signum]` asks for signum's Python handler to run again at the interpreter's next check.

    A subscript makes no check of its own; a plain call would make one at once and run the handler
    again inside itself.
    """

    __getitem__ = functools.partial(_thread.interrupt_main)


TRIP = _Trip()


def _nothing() -> None:
    """Calling a Python function makes the interpreter check for signals: one still pending runs now."""


class _MainThreadLimit:
    """The time limit in the main thread: SIGALRM raises TimeUp, and again at every check after that."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.timed_out = False
        self._inside = False
        self._runner: FrameType | None = None

    def run(self, fn: Callable, args: list) -> tuple[Any, BaseException | None]:
        """Call fn(*args) from this frame; the handler never raises in this frame itself."""
        self._runner = sys._getframe()
        self._inside = True
        try:
            value = fn(*args)
        except BaseException as error:
            self._inside = False  # first, before any call: no TimeUp may land in our own clean-up
            return None, error
        self._inside = False
        return value, None

    def _on_alarm(self, signum: int, frame: FrameType | None) -> None:
        if not self._inside or frame is self._runner:
            return
        self.timed_out = True
        TRIP[signal.SIGALRM]
        raise TimeUp

    def __enter__(self) -> _MainThreadLimit:
        self._previous = signal.signal(signal.SIGALRM, self._on_alarm)
        signal.setitimer(signal.ITIMER_REAL, self.seconds, REPEAT)
        return self

    def __exit__(self, *exc: object) -> None:
        signal.setitimer(signal.ITIMER_REAL, 0)
        self._inside = False
        _nothing()  # a request still pending runs our handler now, which does nothing
        signal.signal(signal.SIGALRM, signal.SIG_DFL if self._previous is None else self._previous)


class _TraceLimit:
    """The time limit off the main thread: a trace function that checks the clock on every line."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.timed_out = False

    def run(self, fn: Callable, args: list) -> tuple[Any, BaseException | None]:
        try:
            return fn(*args), None
        except BaseException as error:
            return None, error

    def _tracer(self, frame: FrameType, event: str, arg: object) -> Callable | None:
        if time.monotonic() > self._deadline:
            self.timed_out = True
            raise TimeUp
        return self._tracer

    def __enter__(self) -> _TraceLimit:
        self._deadline = time.monotonic() + self.seconds
        self._previous = sys.gettrace()
        if self._previous is None:  # a debugger's trace stays, and the limit gives way to it
            sys.settrace(self._tracer)
        return self

    def __exit__(self, *exc: object) -> None:
        sys.settrace(self._previous)


_NOT_LEARNER = tuple(
    os.path.normcase(os.path.abspath(path))
    for path in (
        os.path.dirname(__file__),  # gdcourse itself
        *{sysconfig.get_paths()[key] for key in ("stdlib", "platstdlib", "purelib", "platlib")},
    )
)


def is_learner_file(filename: str) -> bool:
    """True for code the learner wrote (a notebook cell, their own file); not gdcourse's or a library's."""
    if filename.startswith("<frozen"):
        return False
    return not os.path.normcase(os.path.abspath(filename)).startswith(_NOT_LEARNER)


def same(before: Any, after: Any) -> bool:
    """Structural equality that treats nan as equal to nan and compares arrays element by element."""
    if isinstance(before, np.ndarray) or isinstance(after, np.ndarray):
        a, b = np.asarray(before), np.asarray(after)
        return a.shape == b.shape and bool(np.array_equal(a, b, equal_nan=a.dtype.kind == "f"))
    if isinstance(before, list | tuple):
        return (
            type(before) is type(after)
            and len(before) == len(after)
            and all(same(x, y) for x, y in zip(before, after, strict=True))
        )
    if isinstance(before, float) and isinstance(after, float) and math.isnan(before):
        return math.isnan(after)
    return bool(before == after)
