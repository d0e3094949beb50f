"""Argument checks shared by the package: bad input gets a ValueError that names it."""

from __future__ import annotations

import math
import numbers


def number(name: str, value: object) -> float:
    """Return `value` as a float, or raise ValueError if it is not a finite real number."""
    if isinstance(value, bool) or not isinstance(value, numbers.Real):
        raise ValueError(f"{name} must be a number (an int or a float), got {value!r}")
    result = float(value)
    if not math.isfinite(result):
        raise ValueError(f"{name} must be a finite number, got {value!r}")
    return result


def positive(name: str, value: object) -> float:
    """Return `value` as a float, or raise ValueError unless it is a finite number above 0."""
    result = number(name, value)
    if result <= 0:
        raise ValueError(f"{name} must be greater than 0, got {value!r}")
    return result


def count(name: str, value: object) -> int:
    """Return `value` as an int, or raise ValueError unless it is a whole number >= 0."""
    if isinstance(value, bool) or not isinstance(value, numbers.Integral):
        raise ValueError(f"{name} must be a whole number (an int) of 0 or more, got {value!r}")
    if value < 0:
        raise ValueError(f"{name} must be 0 or more, got {value!r}")
    return int(value)


def reachable(input: float, goal: float) -> None:
    """Raise ValueError when no weight can make input * weight equal goal."""
    if input == 0 and goal != 0:
        raise ValueError(
            f"input is {input!r}, so every prediction is 0 and no weight can reach goal {goal!r}: "
            "use a non-zero input, or a goal of 0"
        )
