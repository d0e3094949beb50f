"""Argument checks shared by the package: bad input gets a ValueError that names it."""

from __future__ import annotations

import math
import numbers


def short(value: object, most: int = 80) -> str:
    """`repr(value)` cut to about `most` characters, for a message: 'WeightsTrajectory(kind=...'."""
    try:
        text = repr(value)
    except (Exception, RecursionError):  # a learner's object whose repr raises, or nests too deep
        return f"a {type(value).__name__}"
    return text if len(text) <= most else text[: most - 3] + "..."


def number(name: str, value: object) -> float:
    """Return `value` as a float, or raise ValueError if it is not a finite real number."""
    if isinstance(value, bool) or not isinstance(value, numbers.Real):
        hint = f": to read a number from text, use float({short(value)})" if isinstance(value, str) else ""
        raise ValueError(f"{name} must be a number (an int or a float), got {short(value)}{hint}")
    try:
        result = float(value)
    except OverflowError:  # an int too big for a float
        raise ValueError(f"{name} must be a number a float can hold (at most about 1.8e308)") from None
    if not math.isfinite(result):
        raise ValueError(f"{name} must be a finite number, got {short(value)}")
    return result


def positive(name: str, value: object) -> float:
    """Return `value` as a float, or raise ValueError unless it is a finite number above 0."""
    result = number(name, value)
    if result <= 0:
        raise ValueError(f"{name} must be greater than 0, got {short(value)}")
    return result


def count(name: str, value: object, most: int | None = None, why: str = "") -> int:
    """Return `value` as an int, or raise ValueError unless it is a whole number from 0 to `most`.

    `why` says, in the message, why there is a most (for example what each step costs).
    """
    if isinstance(value, bool) or not isinstance(value, numbers.Integral):
        whole = isinstance(value, float) and value.is_integer() and abs(value) < 1e15
        hint = f": write {int(value)}, without the decimal point" if whole else ""
        raise ValueError(f"{name} must be a whole number (an int) of 0 or more, got {short(value)}{hint}")
    if value < 0:
        raise ValueError(f"{name} must be 0 or more, got {short(value)}")
    if most is not None and value > most:
        reason = f": {why}" if why else ""
        raise ValueError(f"{name} must be at most {most:,}, got {int(value):,}{reason}")
    return int(value)


#: The most updates one run may record. The course needs at most a few thousand; every update is kept
#: (a few hundred bytes each while the loop runs), so a limit keeps a slip like 10**9 from filling memory.
MOST_UPDATES = 100_000


def iterations(name: str, value: object, updates_each: int = 1) -> int:
    """Return `value` as an int, or raise ValueError unless it is a whole number of iterations from 0
    up to the limit: at most `MOST_UPDATES` updates, with `updates_each` updates an iteration (one per
    game learned from)."""
    most = MOST_UPDATES // max(updates_each, 1)
    per = "" if updates_each == 1 else f" ({updates_each} updates each, one per game)"
    why = (
        f"every update is recorded (a few hundred bytes each), so a run may make at most {MOST_UPDATES:,}"
        f"{per}; the course needs at most a few thousand"
    )
    return count(name, value, most, why)


def reachable(input: float, goal_pred: float) -> None:
    """Raise ValueError when no weight can make input * weight equal goal_pred."""
    if input == 0 and goal_pred != 0:
        raise ValueError(
            f"input is {short(input)}, so every prediction is 0 and no weight can reach goal_pred "
            f"{short(goal_pred)}: "
            "use a non-zero input, or a goal_pred of 0"
        )
