"""How every panel chooses its axes limits: keep the current view, or refit it.

One vocabulary for all figures. A panel knows what it must show (`needed`). Its `current` limits
are kept while they hold `needed` and are at most LOOSEST times wider; otherwise it refits to a
`fresh` view. Limits that stay put let a slider change redraw only the artists that moved.
Used by every figure module.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

#: A view is kept while it is at most this many times wider (or taller) than what it must show.
LOOSEST = 3.0
#: A view refitted while sliders move leaves this much room, so the next small change fits.
ROOM = 1.3
#: The narrowest parabola view around the goal weight (in weight units) when zooming to the steps.
MIN_WEIGHT_REACH = 0.2

Limits = tuple[float, float]


def nice_ceiling(x: float) -> float:
    """The smallest of 1, 2, 5, 10, 20, 50, ... (times any power of 10) that is at least `x` > 0.

    The power of 10 is read from a literal, correctly rounded: C's pow(10, k) is not on every system
    (glibc gives 1.0000000000000001e+23 for k = 23), and the browser's twin must get the same double."""
    base = float(f"1e{math.floor(math.log10(x))}")
    return next(m * base for m in (1, 2, 5, 10) if m * base >= x * (1 - 1e-12))


def keep_or_refit(current: Limits | None, needed: Limits, fresh: Limits) -> Limits:
    """`current` while it holds `needed` and is at most LOOSEST times wider; otherwise `fresh`."""
    if current is not None:
        low, high = current
        if low <= needed[0] and needed[1] <= high and high - low <= LOOSEST * (needed[1] - needed[0]):
            return current
    return fresh


def keep_or_widen(current: Limits | None, needed: Limits) -> Limits:
    """A first view fits `needed` exactly; later, keep `current` or refit to `needed` widened by ROOM."""
    if current is None:
        return needed
    middle, half = (needed[0] + needed[1]) / 2, (needed[1] - needed[0]) / 2 * ROOM
    return keep_or_refit(current, needed, (middle - half, middle + half))


def goal_window(input: float, goal_pred: float, weight_range: Limits) -> Limits:
    """The weights to show: centred on the goal weight, wide enough for every start in `weight_range`.

    Centring on the goal weight keeps the parabola symmetric, and every path that does not
    diverge stays inside, because no step lands farther from the goal weight than it started.
    """
    low, high = weight_range
    if input == 0:
        span = (high - low) * 0.08
        return low - span, high + span
    centre = goal_pred / input
    reach = max(abs(low - centre), abs(high - centre), 1e-3) * 1.08
    return centre - reach, centre + reach


def zoom_window(
    input: float, goal_pred: float, weights: Sequence[float], current: Limits | None = None
) -> Limits:
    """The weights to show around the goal weight, zoomed so `weights` fit, in 1-2-5 steps.

    With the `current` view, keep it while it still shows `weights` and is not too wide (LOOSEST):
    then a slider change moves the curve, not the axes, and a learner sees the parabola steepen.
    """
    centre = 0.0 if input == 0 else goal_pred / input
    floor = 1.0 if input == 0 else MIN_WEIGHT_REACH
    need = max(max(abs(w - centre) for w in weights) * 1.1, floor)
    reach = nice_ceiling(need if current is None else need * ROOM)
    return keep_or_refit(current, (centre - need, centre + need), (centre - reach, centre + reach))


def error_top(curve_top: float, current: float | None = None) -> float:
    """The top of the error axis: just above the curve's highest point, kept while it still fits.

    A new top chosen while sliders move leaves the curve room to double before it must change.
    """
    need = curve_top * 1.1 or 1.0
    if current is None:
        return need
    return current if need <= current <= LOOSEST * need else need * 2


def step_axis_end(iterations: int) -> int:
    """The last step an axis of steps shows: `iterations` rounded up to a multiple of 5.

    The axis then stays put while the iterations slider moves within a block of five, so most changes
    redraw only the points, and its ticks stay at round numbers.
    """
    return 5 * max(math.ceil(iterations / 5), 1)


#: Round ends for a long axis of iterations: 1, 1.25, 1.5, 2, 2.5, 3, 4, 5, 6 and 8 times a power of 10.
ROUND_ENDS = tuple(
    round(m * 10**k) for k in range(4) for m in (1, 1.25, 1.5, 2, 2.5, 3, 4, 5, 6, 8) if m * 10**k >= 5
)


def iteration_axis_end(iterations: int) -> int:
    """The last iteration an axis shows: the next round number, so it stays still while a slider moves."""
    return next((n for n in ROUND_ENDS if n >= iterations), iterations)
