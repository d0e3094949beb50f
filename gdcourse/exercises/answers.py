"""Reading and comparing answers: is it a number, the right count of numbers, close enough?"""

from __future__ import annotations

import math
import numbers
from collections.abc import Sequence
from typing import Any

import numpy as np

from gdcourse import checks
from gdcourse.exercises.verdict import Outcome, incorrect, problem
from gdcourse.fmt import book_str

#: Answers within this relative (or, near 0, absolute) distance of the expected value count as equal.
RTOL = 1e-6
ATOL = 1e-9


#: The deepest an answer may nest: the course's answers are numbers, lists of them, or lists of lists.
DEEPEST = 20


def unreadable(answer: Any) -> str | None:
    """Why an answer cannot be read at all, in words (it holds itself, it nests deeper than `DEEPEST`,
    or a whole number in it is too big for a float); None when it can be read."""
    on_path: set[int] = set()

    def walk(value: Any, depth: int) -> str | None:
        if isinstance(value, numbers.Integral) and not isinstance(value, bool):
            try:
                float(value)
            except OverflowError:
                digits = int(int(value).bit_length() * math.log10(2))
                return (
                    f"Your answer holds a whole number of about {digits} digits, far beyond the largest "
                    "float (about 1.8e308). Give the number as a float, or check how it grew so big."
                )
            return None
        if not isinstance(value, list | tuple | dict | set | frozenset):
            return None
        if id(value) in on_path:
            return (
                "Your answer contains itself (a list that holds itself, as `a.append(a)` makes). "
                "Give plain numbers."
            )
        if depth >= DEEPEST:
            return f"Your answer nests more than {DEEPEST} lists deep. Give plain numbers, or a list of them."
        on_path.add(id(value))
        for item in value.values() if isinstance(value, dict) else value:
            why = walk(item, depth + 1)
            if why:
                return why
        on_path.discard(id(value))
        return None

    return walk(answer, 0)


def describe(value: Any) -> str:
    """A few words on what a value is, for messages: 'None', 'a list of 3 items', 'a str ('hi')'."""
    if value is None:
        return "None"
    if isinstance(value, np.ndarray):
        return f"a numpy array of shape {value.shape}"
    if isinstance(value, list | tuple | dict | set):
        kind = type(value).__name__
        return f"a {kind} of {len(value)} item{'s' * (len(value) != 1)}"
    return f"a {type(value).__name__} ({checks.short(value, 40)})"


def show(value: Any) -> str:
    """A number in the book's 12-digit style; a sequence of numbers likewise; anything else as repr."""
    if _is_number(value):
        return book_str(float(value))
    if isinstance(value, list | tuple) and all(_is_number(v) for v in value):
        return "(" + ", ".join(book_str(float(v)) for v in value) + ")"
    return repr(value)


def _is_number(value: Any) -> bool:
    if isinstance(value, np.ndarray) and value.ndim == 0:
        value = value.item()
    return isinstance(value, numbers.Real) and not isinstance(value, bool)


def as_number(value: Any, source: str, wanted: str) -> float:
    """`value` as a float, or an Outcome that says what came instead (None, a list, nan...)."""
    if value is None:
        raise Outcome(
            incorrect(
                f"{source} None. Did you forget `return`? (Printing a value does not hand it back.)",
                "returned_none",
            )
        )
    if not _is_number(value):
        raise Outcome(
            incorrect(f"{source} {describe(value)}, but this exercise wants {wanted}.", "wrong_type")
        )
    number = float(np.asarray(value).item())
    if math.isnan(number):
        raise Outcome(
            problem(
                f"{source} nan (not a number). nan comes from sums like 0/0 or inf - inf; "
                "print the numbers along the way to see where it first appears.",
                "nan",
            )
        )
    if math.isinf(number):
        raise Outcome(
            problem(f"{source} {number}: a number too big for a float. Something grows without end.", "inf")
        )
    return number


def as_numbers(value: Any, count: int, source: str, wanted: str) -> tuple[float, ...]:
    """`value` as a tuple of `count` floats (from a tuple, list or 1-d array), or an Outcome."""
    if isinstance(value, np.ndarray) and value.ndim == 1:
        value = value.tolist()
    if not isinstance(value, list | tuple) or len(value) != count:
        raise Outcome(
            incorrect(f"{source} {describe(value)}, but this exercise wants {wanted}.", "wrong_type")
        )
    return tuple(as_number(item, f"{source} a {type(value).__name__} holding", wanted) for item in value)


def as_vector(value: Any, source: str, wanted: str) -> tuple[float, ...]:
    """`value` as a tuple of floats of any length (from a tuple, list or 1-d array), or an Outcome."""
    if isinstance(value, np.ndarray) and value.ndim == 1:
        value = value.tolist()
    if not isinstance(value, list | tuple):
        raise Outcome(
            incorrect(f"{source} {describe(value)}, but this exercise wants {wanted}.", "wrong_type")
        )
    return tuple(as_number(item, f"{source} a {type(value).__name__} holding", wanted) for item in value)


def as_matrix(value: Any, source: str, wanted: str) -> tuple[tuple[float, ...], ...]:
    """`value` as rows of floats, all rows equally long (from nested lists or a 2-d array), or an Outcome."""
    if isinstance(value, np.ndarray) and value.ndim == 2:
        value = value.tolist()
    rows = value if isinstance(value, list | tuple) else None
    if not rows or not all(isinstance(row, list | tuple | np.ndarray) for row in rows):
        raise Outcome(
            incorrect(f"{source} {describe(value)}, but this exercise wants {wanted}.", "wrong_type")
        )
    read = tuple(as_vector(row, f"{source} a row holding", wanted) for row in rows)
    if len({len(row) for row in read}) != 1:
        raise Outcome(
            incorrect(f"{source} rows of different lengths; this exercise wants {wanted}.", "wrong_type")
        )
    return read


def close(a: Any, b: Any, rtol: float = RTOL, atol: float = ATOL) -> bool:
    """True when two numbers, or two equally long sequences of numbers, agree within tolerance."""
    if isinstance(a, Sequence) and not isinstance(a, str):
        return (
            isinstance(b, Sequence)
            and len(a) == len(b)
            and all(close(x, y, rtol, atol) for x, y in zip(a, b, strict=True))
        )
    if not (_is_number(a) and _is_number(b)):
        return False
    return math.isclose(float(a), float(b), rel_tol=rtol, abs_tol=atol)


def signed(value: float) -> str:
    """A number the book's way with its sign always shown: '+0.6', '-0.6', '0.0'."""
    text = book_str(float(value))
    return text if text.startswith("-") or float(value) == 0 else "+" + text


def how_many(number: int, noun: str) -> str:
    """'1 update', '11 updates': a count with its noun, singular or plural as it should be."""
    return f"{number} {noun}{'s' * (number != 1)}"


def plain(value: float) -> str:
    """A number for a sentence: 12 significant digits like the book, but 2 rather than 2.0."""
    return f"{float(value):.12g}"


def brief(value: float) -> str:
    """A number for a sentence, cut to 4 significant digits with '...' when it has more: 0.2222..."""
    text = plain(value)
    return text if float(f"{float(value):.4g}") == float(value) else f"{float(value):.4g}..."
