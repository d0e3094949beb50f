"""Numbers and listings printed the way the book printed them.

The book ran on Python 2, whose str() of a float kept 12 significant digits.
Python 3 prints instead the shortest text that turns back into the same float: 0.30250000000000005
where the book shows 0.3025 (the float is a hair above 0.3025, and "0.3025" would name another one).
"""

from __future__ import annotations

import numbers
from collections.abc import Sequence

from gdcourse import checks
from gdcourse.checks import short
from gdcourse.generalized import WeightsTrajectory
from gdcourse.learning import Trajectory, checked_trajectory

STYLES = ("error", "steps")


def book_str(x: float) -> str:
    """Format a number as Python 2's str() did: 12 significant digits, 1.0 keeps its '.0'.

    Parameters
    ----------
    x : float
        The number to write (an int is written as it is, without '.0').

    Returns
    -------
    str
        The number as the book printed it, such as '0.3025' where Python 3 prints 0.30250000000000005.

    Raises
    ------
    ValueError
        If `x` is not a number (text, or True/False).
    """
    return _book_str("x", x)


def _book_str(name: str, x: object) -> str:
    """book_str, with a ValueError that names the argument `name` when x is not a number."""
    if isinstance(x, bool) or not isinstance(x, numbers.Real):
        hint = f": to read a number from text, use float({short(x)})" if isinstance(x, str) else ""
        raise ValueError(f"{name} must be a number (an int or a float), got {short(x)}{hint}")
    if isinstance(x, numbers.Integral):
        return str(int(x))
    text = f"{float(x):.12g}"
    if text.lstrip("-").isdigit():
        text += ".0"
    return text


def error_line(error: float, prediction: float) -> str:
    """One line of the book's loops: 'Error:0.3025 Prediction:0.25'."""
    return f"Error:{_book_str('error', error)} Prediction:{_book_str('prediction', prediction)}"


def step_lines(
    weight: float, error: float, prediction: float, delta: float, weight_delta: float
) -> list[str]:
    """The four lines the book prints per step in 'watch several steps of learning'."""
    return [
        "-----",
        f"Weight:{_book_str('weight', weight)}",
        error_line(error, prediction),
        f"Delta:{_book_str('delta', delta)} Weight Delta:{_book_str('weight_delta', weight_delta)}",
    ]


def book_lines(trajectory: Trajectory, style: str = "error") -> list[str]:
    """Every line the book's loop would print for this run, in style 'error' or 'steps'.

    Parameters
    ----------
    trajectory : Trajectory
        A run's record, from `gradient_descent(...)` or `hot_and_cold(...)`.
    style : {'error', 'steps'}, default 'error'
        'error' gives one line per step, 'Error:0.3025 Prediction:0.25', as the book's first loops
        print. 'steps' gives four lines per step, as in the book's "watch several steps of learning":
        '-----', then the weight, the error and prediction, and the delta and weight_delta.

    Returns
    -------
    list of str
        The lines, in order, without newlines.

    Raises
    ------
    ValueError
        If `style` is neither 'error' nor 'steps', or `trajectory` is not a run's record.
    """
    if style not in STYLES:
        raise ValueError(f"style must be one of {STYLES}, got {short(style)}")
    t = checked_trajectory(trajectory)
    if style == "error":
        return [error_line(e, p) for e, p in zip(t.errors, t.predictions, strict=False)]
    lines: list[str] = []
    for row in zip(t.weights, t.errors, t.predictions, t.deltas, t.weight_deltas, strict=False):
        lines.extend(step_lines(*(float(v) for v in row)))
    return lines


def shorten(lines: Sequence, first: int | None = None, last: int | None = None) -> list:
    """Keep the first and last lines and put '...' between, as the book does for long runs."""
    if first is None and last is None:
        return list(lines)
    first = 0 if first is None else checks.count("first", first)
    last = 0 if last is None else checks.count("last", last)
    if first + last >= len(lines):
        return list(lines)
    return [*lines[:first], "...", *lines[len(lines) - last :]]


def print_book(
    trajectory: Trajectory, style: str = "error", first: int | None = None, last: int | None = None
) -> None:
    """Print a run as the book's listing; give `first`/`last` to show only the ends of a long run.

    Parameters
    ----------
    trajectory : Trajectory
        A run's record, from `gradient_descent(...)` or `hot_and_cold(...)`.
    style : {'error', 'steps'}, default 'error'
        'error' prints one line per step; 'steps' prints the book's four lines per step (see
        `book_lines`).
    first : int, optional
        How many steps to print from the start, a whole number of 0 or more. With both `first` and
        `last` None (the default) every step is printed; with only one given, the other counts as 0.
    last : int, optional
        How many steps to print from the end, a whole number of 0 or more. A line '...' stands for the
        steps left out between them.

    Raises
    ------
    ValueError
        If `style` is neither 'error' nor 'steps', `trajectory` is not a run's record, or `first` or
        `last` is not a whole number of 0 or more.
    """
    steps_per_block = 4 if style == "steps" else 1
    lines = book_lines(trajectory, style)
    blocks = [lines[i : i + steps_per_block] for i in range(0, len(lines), steps_per_block)]
    shown = shorten(blocks, first, last)
    for block in shown:
        print("..." if block == "..." else "\n".join(block))
    if trajectory.diverged:
        print(f"(stopped at step {trajectory.diverged_at}: the numbers grew too big for a float)")


# -- many weights (chapter 5) -----------------------------------------------------------------------


def value_str(value: object) -> str:
    """A number the book's way (book_str); a list or matrix as Python prints it, each number's repr.

    Python 2 printed a list with each element's repr, which is the same as Python 3's: only bare
    floats differ.
    """
    if hasattr(value, "tolist"):
        value = value.tolist()
    if isinstance(value, list):
        return str(value)
    return book_str(value)  # type: ignore[arg-type]


def weight_deltas_str(weight_deltas: object, frozen: object) -> str:
    """The weight_deltas list as the book printed it: a frozen one was set to the int 0, so it prints 0."""
    values = weight_deltas.tolist() if hasattr(weight_deltas, "tolist") else weight_deltas
    mask = frozen.tolist() if hasattr(frozen, "tolist") else frozen

    def zeroed(value, frozen_here):
        if isinstance(value, list):
            return [zeroed(v, f) for v, f in zip(value, frozen_here, strict=True)]
        return 0 if frozen_here else value

    return str(zeroed(values, mask))


def checked_weights_run(value: object) -> WeightsTrajectory:
    """`value` itself if it is a many-weights run's record, else a ValueError saying which printer a
    one-weight run needs, or where a many-weights record comes from."""
    if isinstance(value, WeightsTrajectory):
        return value
    if isinstance(value, Trajectory):
        raise ValueError(
            "trajectory is a one-weight run (from gd.gradient_descent or gd.hot_and_cold): "
            "print it with gd.print_book(run)"
        )
    raise ValueError(
        "trajectory must be the record of a run of many weights, from gd.learn(...) or "
        f"gd.learn_games(...), got {short(value)}"
    )


def iteration_lines(trajectory: WeightsTrajectory, first: int = 1) -> list[str]:
    """What the book's chapter-5 loop prints per iteration, numbered from `first`, a blank line after each.

    Parameters
    ----------
    trajectory : WeightsTrajectory
        A many-weights run's record, from `learn(...)` or `learn_games(...)`.
    first : int, default 1
        The number the first iteration gets ('Iteration:1' in the book).

    Returns
    -------
    list of str
        Eight lines per update: the iteration's number, then Pred, Error, Delta, Weights,
        'Weight_Deltas:' and the weight_deltas, then a blank line.
    """
    t = checked_weights_run(trajectory)
    first = checks.count("first", first)
    lines: list[str] = []
    for k in range(t.updates):
        lines += [
            f"Iteration:{first + k}",
            f"Pred:{value_str(t.predictions[k])}",
            f"Error:{value_str(t.errors[k])}",
            f"Delta:{value_str(t.deltas[k])}",
            f"Weights:{value_str(t.weights[k])}",
            "Weight_Deltas:",
            weight_deltas_str(t.weight_deltas[k], t.frozen),
            "",
        ]
    return lines


def print_iterations(trajectory: WeightsTrajectory) -> None:
    """Print a many-weights run as the book's chapter-5 listing: pred, error, delta, weights, deltas.

    Parameters
    ----------
    trajectory : WeightsTrajectory
        A many-weights run's record, from `learn(...)` or `learn_games(...)`. Its iterations are
        numbered from 1, and a run that diverged ends with a line saying where it stopped.
    """
    print("\n".join(iteration_lines(checked_weights_run(trajectory))))
    if trajectory.diverged:
        print(f"(stopped at step {trajectory.diverged_at}: the numbers grew too big for a float)")
