"""The safe call: learner code cannot hold the kernel, whatever it catches, and everything is put back.

Each stubborn function below swallows a time limit that is raised only once. Each must come back as
TimedOut within a few seconds; afterwards Ctrl+C (SIGINT) still raises KeyboardInterrupt, and the
SIGALRM handler, the interval timer and the trace function are what they were before.
"""

from __future__ import annotations

import contextlib
import os
import signal
import sys
import threading
import time

import numpy as np
import pytest

from gdcourse import learner_code
from gdcourse.exercises import ch3

LIMIT = 0.2
#: A check must come back this soon after its limit, whatever the learner's code does.
PROMPT = 3.0


def bare_except(weight):
    while True:
        try:  # noqa: SIM105 - the learner's own broad except, on purpose
            time.sleep(0.001)
        except:  # noqa: E722 - the learner's bare except, on purpose
            pass


def except_base_exception(weight):
    while True:
        try:
            weight = weight + 0.0
        except BaseException:
            weight = 0.0


def finally_that_loops(weight):
    try:
        while True:
            weight = weight + 0.0
    finally:
        while True:
            weight = weight - 0.0


def catch_and_retry(weight):
    for _attempt in range(10**12):
        try:
            return _slow_step(weight)
        except BaseException:
            continue
    return weight


def _slow_step(weight):
    while True:
        weight = weight + 0.0


def nested_try(weight):
    while True:
        try:
            while True:
                try:
                    while True:
                        weight = weight + 0.0
                except BaseException:
                    pass
        except BaseException:
            pass


def long_sleep(weight):
    while True:
        try:  # noqa: SIM105 - the learner's own broad except, on purpose
            time.sleep(60)
        except BaseException:
            pass


def _stubborn_numbers():
    while True:
        try:  # noqa: SIM105 - the learner's own broad except, on purpose
            yield 1.0
        except BaseException:
            pass


def a_generator(weight):
    for number in _stubborn_numbers():
        try:  # noqa: SIM105 - the learner's own broad except, on purpose
            weight = weight + number * 0.0
        except BaseException:
            pass


def raises_in_its_own_except(weight):
    while True:
        try:
            try:
                weight = weight + 0.0
            except BaseException:
                raise ValueError("try again") from None
        except ValueError:
            pass


def suppresses_everything(weight):
    while True:
        with contextlib.suppress(BaseException):
            while True:
                weight = weight + 0.0


def recursion_that_catches(weight):
    try:
        return recursion_that_catches(weight)
    except BaseException:
        return recursion_that_catches(weight)


STUBBORN = [
    bare_except,
    except_base_exception,
    finally_that_loops,
    catch_and_retry,
    nested_try,
    long_sleep,
    a_generator,
    raises_in_its_own_except,
    suppresses_everything,
    recursion_that_catches,
]


def _previous_handler(signum, frame):
    """Someone else's SIGALRM handler, installed before the check: it must be back afterwards."""


def _previous_tracer(frame, event, arg):
    return None


@pytest.mark.parametrize("function", STUBBORN, ids=[f.__name__ for f in STUBBORN])
def test_stubborn_code_is_stopped_and_everything_is_put_back(function, monkeypatch):
    # Stopping code deep in a recursion can land inside a finalizer that runs there; Python reports
    # that as "Exception ignored in ...", as a kernel prints it. pytest's own hook would count it as
    # this test failing (it did once in eight runs of the suite), so Python's default hook stands in.
    monkeypatch.setattr(sys, "unraisablehook", sys.__unraisablehook__)
    # Ctrl+C as a kernel has it, however pytest was started (a shell's background job ignores SIGINT).
    interrupt_before = signal.signal(signal.SIGINT, signal.default_int_handler)
    before = signal.signal(signal.SIGALRM, _previous_handler)
    trace_before = sys.gettrace()
    start = time.monotonic()
    try:
        with pytest.raises(learner_code.TimedOut):
            learner_code.call(function, [0.5], timeout=LIMIT)
        took = time.monotonic() - start
        assert took < LIMIT + PROMPT, f"came back after {took:.1f} s"
        assert signal.getsignal(signal.SIGALRM) is _previous_handler
        assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)
        assert sys.gettrace() is trace_before
        with pytest.raises(KeyboardInterrupt):  # Interrupt Kernel still works
            os.kill(os.getpid(), signal.SIGINT)
            time.sleep(5)
    finally:
        signal.signal(signal.SIGALRM, before)
        signal.signal(signal.SIGINT, interrupt_before)


def test_a_check_on_stubborn_code_says_it_took_too_long(monkeypatch):
    monkeypatch.setattr(type(ch3.q2), "timeout", LIMIT)

    def update_weight(weight, input, goal_pred, alpha):
        return nested_try(weight)

    start = time.monotonic()
    verdict = ch3.q2.verdict(update_weight)
    assert time.monotonic() - start < LIMIT + PROMPT
    assert verdict.mistake == "timeout"
    assert verdict.message.startswith("Your function was still running after 0.2 seconds, so it was stopped.")


def test_a_trace_function_in_place_is_left_alone():
    sys.settrace(_previous_tracer)
    try:
        with pytest.raises(learner_code.TimedOut):
            learner_code.call(bare_except, [0.5], timeout=LIMIT)
        assert sys.gettrace() is _previous_tracer
    finally:
        sys.settrace(None)


def test_code_that_catches_the_limit_and_returns_still_timed_out():
    def gives_up_late(weight):
        try:
            _slow_step(weight)
        except BaseException:
            return weight

    with pytest.raises(learner_code.TimedOut):
        learner_code.call(gives_up_late, [0.5], timeout=LIMIT)


def test_what_comes_back_from_well_behaved_and_misbehaving_code():
    run = learner_code.call(lambda weight: print("hi") or weight * 2, [0.5])
    assert (run.value, run.printed, run.truncated, run.dropped) == (1.0, "hi\n", False, 0)
    with pytest.raises(learner_code.Raised) as raised:
        learner_code.call(lambda weight: weight / 0, [0.5])
    assert isinstance(raised.value.error, ZeroDivisionError)
    with pytest.raises(learner_code.Mutated) as mutated:
        learner_code.call(lambda values: values.append(1), [[0.5]])
    assert (mutated.value.index, mutated.value.before, mutated.value.after) == (0, [0.5], [0.5, 1])
    printed = learner_code.call(lambda: print("x" * (learner_code.PRINT_LIMIT + 7)), [])
    assert printed.truncated and printed.dropped == 8  # the 7 extra x's and the newline


def test_a_keyboard_interrupt_inside_goes_on_up():
    def interrupted(weight):
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        learner_code.call(interrupted, [0.5])
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)


def test_well_behaved_calls_cost_well_under_a_millisecond():
    """An explorer calls a learner's update rule about 50 times per slider change."""

    def update(weight, input, goal_pred, alpha):
        return weight - alpha * (input * weight - goal_pred) * input

    args = [0.5, 0.5, 0.8, 0.1]
    batches = []
    for _ in range(5):  # the quickest batch: a busy machine slows some of them down
        start = time.perf_counter()
        for _ in range(50):
            learner_code.call(update, args)
        batches.append((time.perf_counter() - start) / 50)
    per_call = min(batches)
    assert per_call < 5e-4, f"{per_call * 1e6:.0f} µs per call"


def test_off_the_main_thread_a_plain_endless_loop_is_still_stopped():
    results = []

    def endless(weight):
        while True:
            weight = weight + 0.0

    worker = threading.Thread(target=lambda: results.append(_outcome(endless)))
    worker.start()
    worker.join(timeout=5)
    assert not worker.is_alive() and results == ["TimedOut"]


def _outcome(function):
    try:
        learner_code.call(function, [0.5], timeout=LIMIT)
    except learner_code.Misbehaved as misbehaved:
        return type(misbehaved).__name__
    return "returned"


def test_arrays_are_copied_and_compared_whole():
    weights = np.array([0.5, np.nan])
    run = learner_code.call(lambda w: float(np.nansum(w)), [weights])
    assert run.value == 0.5
    with pytest.raises(learner_code.Mutated):
        learner_code.call(lambda w: w.fill(0.0), [weights])
    assert np.isnan(weights[1]), "the learner's function worked on a copy"
