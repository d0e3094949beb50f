"""The browser's pyformat.js writes numbers exactly as Python does: Python is the oracle.

The browser's sentences are compared with the kernel's word for word, so `format`, `repr` and `roundTo`
in gdcourse/explorers/web/src/pyformat.js must give Python's format(x, spec), repr(x) and round(x, n)
for every double. Each test sends thousands of values to one Node process (tests/node_js.py): doubles
from random bit patterns (they cover every binade, subnormals and huge numbers included), exact ties
where half-up and half-even rounding part ways, powers of ten and their neighbours, and known traps.
"""

from __future__ import annotations

import math
import random
import struct
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.node_js import call_js

PYFORMAT = Path(__file__).resolve().parent.parent / "gdcourse" / "explorers" / "web" / "src" / "pyformat.js"

SPECS = ["", "g", ".1g", ".2g", ".3g", ".4g", ".6g", ".12g", ".17g"]
SPECS += [".0e", ".2e", ".0f", ".1f", ".2f", ".3f", ".9f"]
SIGNED_SPECS = ["+", "+g", "+.3g", "+.2e", "+.2f"]
EDGE_SPECS = [".5g", ".15g", ".16g", ".1e", ".6e", ".16e", ".17e", ".6f", ".12f", ".17f"]
ROUND_DIGITS = [0, 1, 2, 3, 4, 6, 9, 12, 17]

TRAPS = [
    0.125,
    0.375,
    2.675,
    0.5,
    1.5,
    2.5,
    -2.5,
    0.045,
    1.005,
    9.995,
    9.5,
    99.5,
    999999.5,
    1e16,
    1e15,
    9999999999999998.0,
    1e-5,
    1e-4,
    0.0001234,
    0.1 + 0.2,
    1 / 3,
    5e-324,
    -5e-324,
    2.2250738585072014e-308,
    1.7976931348623157e308,
    -1.7976931348623157e308,
    0.0,
    -0.0,
    123456789.0,
    1e22,
    1e23,
    2.0**53,
    2.0**63,
    math.pi,
    math.e,
    math.nan,
    math.inf,
    -math.inf,
]


def random_doubles(seed: int, count: int) -> list[float]:
    """`count` doubles from uniformly random 64-bit patterns (nan left out), seeded by `seed`.

    seed: the random.Random seed; count: how many doubles.
    """
    rng = random.Random(seed)
    doubles = []
    while len(doubles) < count:
        x = struct.unpack("<d", rng.getrandbits(64).to_bytes(8, "little"))[0]
        if not math.isnan(x):
            doubles.append(x)
    return doubles


def ties() -> list[float]:
    """Doubles that lie exactly halfway between two candidates at some number of digits, with signs."""
    values = {k / 8 for k in range(-80, 81)} | {k / 1024 for k in range(0, 4096, 7)}
    values |= {k + 0.5 for k in range(-20, 100)} | {k / 2**20 for k in range(1, 200)}
    values |= {(k + 0.5) * 10.0**p for k in range(10) for p in range(-3, 20)}
    return sorted(values)


def powers_of_ten() -> list[float]:
    """1e-20 .. 1e20, each with both neighbouring doubles, and their negatives."""
    values = []
    for p in range(-20, 21):
        x = float(f"1e{p}")
        values += [math.nextafter(x, 0.0), x, math.nextafter(x, math.inf)]
    return values + [-x for x in values]


def interesting() -> list[float]:
    """Everything the deterministic tests send: traps, ties, powers of ten and random bit patterns."""
    return TRAPS + ties() + powers_of_ten() + random_doubles(seed=20240611, count=600)


def same_float(a: float, b: float) -> bool:
    """`a` and `b` are the same double (nan equals nan; -0.0 differs from 0.0).

    a, b: the floats (an int from JSON is read as the float it spells).
    """
    return struct.pack("<d", float(a)) == struct.pack("<d", float(b)) or (math.isnan(a) and math.isnan(b))


def assert_format_matches(values: list[float], specs: list[str]) -> None:
    """pyformat.js's format(x, spec) is Python's for every value and spec, in one Node process.

    values: the floats; specs: the format specs.
    """
    calls = [[x, spec] for spec in specs for x in values]
    browser = call_js(PYFORMAT, "format", calls)
    wrong = [(x, spec, js, format(x, spec)) for (x, spec), js in zip(calls, browser, strict=True)]
    wrong = [w for w in wrong if w[2] != w[3]]
    assert not wrong, f"{len(wrong)} differ, e.g. (x, spec, js, python): {wrong[:5]}"


def assert_repr_matches(values: list[float]) -> None:
    """pyformat.js's repr(x) is Python's repr(x) for every float in `values`.

    values: the floats.
    """
    browser = call_js(PYFORMAT, "repr", [[x] for x in values])
    wrong = [(x, js, repr(x)) for x, js in zip(values, browser, strict=True) if js != repr(x)]
    assert not wrong, f"{len(wrong)} differ, e.g. (x, js, python): {wrong[:5]}"


def assert_round_matches(values: list[float], digits: list[int]) -> None:
    """pyformat.js's roundTo(x, n) is the same double as Python's round(x, n) for every value and n.

    values: the floats; digits: the n to round to.
    """
    calls = [[x, n] for n in digits for x in values]
    browser = call_js(PYFORMAT, "roundTo", calls)
    results = zip(calls, browser, strict=True)
    wrong = [(x, n, js, round(x, n)) for (x, n), js in results if not same_float(js, round(x, n))]
    assert not wrong, f"{len(wrong)} differ, e.g. (x, n, js, python): {wrong[:5]}"


def test_known_traps():
    """Half-up rounding, the repr switch to exponents, the extremes and -0.0, spelled out."""
    expected = {
        (0.125, ".2g"): "0.12",
        (2.675, ".2f"): "2.67",
        (0.5, ".0f"): "0",
        (1.5, ".0f"): "2",
        (2.5, ".0f"): "2",
        (1e16, ""): "1e+16",
        (1e-5, ""): "1e-05",
        (0.1 + 0.2, ""): "0.30000000000000004",
        (5e-324, ""): "5e-324",
        (5e-324, ".3g"): "4.94e-324",
        (1.7976931348623157e308, ""): "1.7976931348623157e+308",
        (1.7976931348623157e308, ".3e"): "1.798e+308",
        (-0.0, ""): "-0.0",
        (-0.0, "g"): "-0",
        (-0.0, ".2f"): "-0.00",
        (math.nan, "g"): "nan",
        (math.inf, ".2f"): "inf",
        (-math.inf, "g"): "-inf",
        (1.0, "+"): "+1.0",
        (math.nan, "+g"): "+nan",
    }
    browser = call_js(PYFORMAT, "format", [list(key) for key in expected])
    assert browser == list(expected.values())
    assert all(format(x, spec) == text for (x, spec), text in expected.items())
    assert_format_matches(TRAPS, SPECS + SIGNED_SPECS)


def test_format_matches_python():
    assert_format_matches(interesting(), SPECS)


def test_format_matches_python_at_other_precisions_and_signs():
    values = TRAPS + powers_of_ten() + random_doubles(seed=7, count=300)
    assert_format_matches(values, EDGE_SPECS + SIGNED_SPECS)


def test_repr_matches_python():
    assert_repr_matches(interesting() + random_doubles(seed=11, count=3000))


def test_round_matches_python():
    assert_round_matches(interesting(), ROUND_DIGITS)


@settings(max_examples=5, deadline=None)
@given(st.lists(st.floats(), min_size=200, max_size=400))
def test_hypothesis_floats(values):
    """Hypothesis's floats (nan, inf, subnormals, its favourite edge cases), one list a Node process.

    format(x, "") is repr(x), so `values` check repr too; roundTo gets a second process.
    """
    assert_format_matches(values, SPECS)
    assert_round_matches(values, [0, 2, 9])


def test_unsupported_spec_is_refused():
    """A spec the module does not write (here ".3", which Python writes unlike ".3g") raises in JS."""
    assert format(1.0, ".3") != format(1.0, ".3g")
    with pytest.raises(AssertionError, match="is not one this module writes"):
        call_js(PYFORMAT, "format", [[1.0, ".3"]])
