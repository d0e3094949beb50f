"""The visible placeholder `____` that a learner replaces with an answer.

Arithmetic on it gives it back, so `error = (____ - 0.8) ** 2` is still "not attempted yet"
rather than an error in the learner's cell.
"""

from __future__ import annotations

from typing import Any


class Placeholder:
    """The blank `____`: what an exercise cell holds before the learner fills it in."""

    __array_ufunc__ = None  # numpy defers to the methods below instead of building an object array

    def __repr__(self) -> str:
        return "____"

    def __bool__(self) -> bool:
        return False

    def _same(self, *_: object) -> Placeholder:
        return self

    __add__ = __radd__ = __sub__ = __rsub__ = __mul__ = __rmul__ = _same
    __truediv__ = __rtruediv__ = __pow__ = __rpow__ = __neg__ = __abs__ = _same


____ = Placeholder()


def is_placeholder(answer: Any) -> bool:
    """True for `____`, for `...`, and for a tuple, list or dict that still holds one of them."""
    if answer is ____ or answer is Ellipsis:
        return True
    if isinstance(answer, tuple | list):
        return any(is_placeholder(item) for item in answer)
    if isinstance(answer, dict):
        return any(is_placeholder(item) for item in answer.values())
    return False
