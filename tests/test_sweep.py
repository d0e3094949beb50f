"""The careless learner's sweep: every public function, explorer constructor and set(), and still,
fed wrong types, shapes and numbers, one or two arguments at a time.

Each call either returns a real value (a number that is not NaN, a record, a picture, the explorer
from set(); None only from the printers, and where the result's type says so) or raises ValueError
or TypeError on purpose: exactly that type (not a subclass such as numpy's LinAlgError), with a
message that names one of the call's arguments. It never lets out a numpy or Python internal error,
and it finishes within 2 s without raising the process's peak memory by more than 500 MB. The
callables are found by walking the public lists, so a new one is swept without being listed here.
"""

from __future__ import annotations

import contextlib
import inspect
import io
import math
import resource
import time
from collections.abc import Callable
from typing import Any

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from matplotlib.figure import Figure

import gdcourse as gd
import gdcourse.explorers as explorers
import gdcourse.pictures as pictures

SECONDS = 2.0
MEGABYTES = 500


def _holds_itself() -> list:
    value: list = [1.0]
    value.append(value)
    return value


def _nested(depth: int) -> list:
    value = outer = []
    for _ in range(depth):
        value.append([])
        value = value[0]
    return outer


#: What a careless learner passes: wrong types, shapes and numbers of every kind.
BAD = st.one_of(
    st.sampled_from(
        [
            None,
            True,
            "0.5",
            "",
            b"1",
            1j,
            object(),
            print,
            lambda *a: 1.0,
            float("nan"),
            float("inf"),
            -float("inf"),
            1e308,
            -1e308,
            5e-324,
            1e-300,
            0.0,
            -0.0,
            10**400,
            -(10**400),
            2**63,
            0,
            -1,
            1,
            [],
            (),
            {},
            set(),
            [[]],
            [1.0, "x"],
            [[1.0], [1.0, 2.0]],
            [float("nan")] * 3,
            [1e308] * 3,
            np.array(0.5),
            np.array([]),
            np.array([[1.0, 2.0], [3.0, 4.0]]),
            np.float64("nan"),
            np.int64(3),
            np.array([1.0, 2.0, 3.0]),
            np.array(["a"]),
        ]
    ),
    st.builds(_holds_itself),
    st.builds(_nested, st.integers(30, 3000)),
    st.builds(lambda: (x for x in [0.1, 0.2, -0.1])),  # a generator
    st.floats(allow_nan=True, allow_infinity=True),
    st.integers(-(10**30), 10**30),
    st.lists(st.floats(allow_nan=True, allow_infinity=True), max_size=4),
    st.lists(st.lists(st.floats(-10, 10), max_size=3), max_size=3),
    st.text(max_size=4),
)

RUN = gd.gradient_descent(0.5, 0.5, 0.8, 0.1, 3)
MANY = gd.learn([0.1, 0.2, -0.1], [8.5, 0.65, 1.2], 1.0, 0.01, 3)
#: A valid value for each required argument, by name (per callable where one name means two shapes).
VALID: dict[str, Any] = {
    "weight": 0.5, "input": 0.5, "goal_pred": 0.8, "pred": 0.3, "x": 0.5, "alpha": 0.1,
    "trajectory": RUN, "weights": [0.1, 0.2, -0.1], "inputs": [[8.5, 0.65, 1.2]], "goal_preds": [1.0],
    "figure": None, "caption": "a caption",
}  # fmt: skip
VALID_FOR: dict[str, dict[str, Any]] = {
    "learn": {"input": [8.5, 0.65, 1.2], "goal_pred": 1.0},
    "predict": {"input": [8.5, 0.65, 1.2]},
    "iteration_lines": {"trajectory": MANY},
    "print_iterations": {"trajectory": MANY},
    "shared_factor": {"input": [8.5, 0.65, 1.2]},
    "shared_regime": {"input": [8.5, 0.65, 1.2]},
    "shared_stable_alpha": {"input": [8.5, 0.65, 1.2]},
    "pass_factor": {"inputs": [[8.5, 0.65, 1.2], [9.5, 0.8, 1.3]]},
    "weight_grid_picture": {
        "weights": [[0.1, 0.1, -0.3], [0.1, 0.2, 0.0], [0.0, 1.3, 0.1]],
        "input": [8.5, 0.65, 1.2],
        "goal_pred": [0.1, 1.0, 0.1],
    },
}
PRINTERS = {"print_book", "print_iterations"}


def public_functions() -> list[tuple[str, Callable]]:
    """Every public function of gdcourse and gdcourse.pictures (classes are records, swept below)."""
    found = []
    for module in (gd, pictures):
        for name in module.__all__:
            value = getattr(module, name)
            if inspect.isfunction(value):
                found.append((f"{module.__name__}.{name}", value))
    return found


FUNCTIONS = public_functions()
EXPLORERS = [getattr(explorers, name) for name in explorers.__all__ if name.endswith("Explorer")]


def valid_arguments(name: str, fn: Callable) -> dict[str, Any]:
    """Valid values for the arguments that have no default."""
    short = name.rsplit(".", 1)[-1]
    values = {}
    for param in inspect.signature(fn).parameters.values():
        if param.default is inspect.Parameter.empty and param.kind is not param.VAR_KEYWORD:
            values[param.name] = VALID_FOR.get(short, {}).get(param.name, VALID[param.name])
    if "figure" in values:
        values["figure"] = Figure()
    return values


def judged(name: str, call: Callable[[], Any], arguments: list[str], may_return_none: bool = False) -> None:
    """Make the call and hold it to the sweep's rules (see the module's docstring); `arguments` are the
    names an error may name, and `may_return_none` is True where the result's type says None."""
    peak_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # kB on Linux
    start = time.perf_counter()
    try:
        result = call()
    except (ValueError, TypeError) as error:
        message = str(error)
        assert type(error) in (ValueError, TypeError), f"{name}: {type(error).__name__}: {message}"
        assert any(argument in message for argument in arguments), (
            f"{name} raised {type(error).__name__} without naming an argument ({arguments}): {message}"
        )
    except Exception as error:  # that is the point: nothing else may come out
        raise AssertionError(f"{name} let out {type(error).__name__}: {error}") from error
    else:
        short = name.rsplit(".", 1)[-1]
        if short in PRINTERS:
            assert result is None
        elif result is not None or not may_return_none:  # steps_to_tolerance's None: never gets there
            assert result is not None, f"{name} returned None"
            if isinstance(result, float):
                assert not math.isnan(result), f"{name} returned nan"
    finally:
        elapsed = time.perf_counter() - start
        grown = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - peak_before) / 1000
    assert elapsed <= SECONDS, f"{name} took {elapsed:.1f} s"
    assert grown <= MEGABYTES, f"{name} raised the process's peak memory by {grown:.0f} MB"


SWEEP = settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much, HealthCheck.data_too_large],
    derandomize=True,
)


@pytest.mark.parametrize(("name", "fn"), FUNCTIONS, ids=[name for name, _ in FUNCTIONS])
@SWEEP
@given(data=st.data())
def test_every_public_function_answers_careless_arguments_in_words(name, fn, data):
    parameters = [p.name for p in inspect.signature(fn).parameters.values()]
    chosen = data.draw(st.lists(st.sampled_from(parameters), min_size=1, max_size=2, unique=True))
    arguments = valid_arguments(name, fn)
    for parameter in chosen:
        arguments[parameter] = data.draw(BAD, label=parameter)
    with contextlib.redirect_stdout(io.StringIO()):  # the printers print
        returns = str(inspect.signature(fn).return_annotation)
        judged(name, lambda: fn(**arguments), parameters, may_return_none="None" in returns)


@pytest.mark.parametrize("explorer", EXPLORERS, ids=[e.__name__ for e in EXPLORERS])
@settings(SWEEP, max_examples=15)
@given(data=st.data())
def test_every_explorer_answers_careless_settings_in_words(explorer, data):
    parameters = [p.name for p in inspect.signature(explorer).parameters.values()]
    chosen = data.draw(st.lists(st.sampled_from(parameters), min_size=1, max_size=2, unique=True))
    arguments = {parameter: data.draw(BAD, label=parameter) for parameter in chosen}
    judged(explorer.__name__, lambda: explorer(**arguments), parameters)


@pytest.fixture(scope="module")
def made() -> dict[str, Any]:
    return {explorer.__name__: explorer() for explorer in EXPLORERS}


@pytest.mark.parametrize("explorer", EXPLORERS, ids=[e.__name__ for e in EXPLORERS])
@settings(SWEEP, max_examples=30)
@given(data=st.data())
def test_set_answers_careless_values_in_words_and_changes_nothing(explorer, made, data):
    shown = made[explorer.__name__]
    before, summary = shown.settings, shown.summary
    parameters = [p.name for p in inspect.signature(explorer).parameters.values()]
    chosen = data.draw(st.lists(st.sampled_from(parameters), min_size=1, max_size=2, unique=True))
    arguments = {parameter: data.draw(BAD, label=parameter) for parameter in chosen}
    judged(f"{explorer.__name__}.set", lambda: shown.set(**arguments), parameters)
    if shown.settings == before:
        assert shown.summary == summary
    else:  # the values were allowed and kept: start the next example from a fresh explorer
        made[explorer.__name__] = explorer()
