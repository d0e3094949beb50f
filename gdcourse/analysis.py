"""Closed-form facts about one-weight gradient descent, with no loop to run.

Each step multiplies the distance to the goal weight by r = 1 - alpha * input**2,
so the error (input times that distance, squared) is multiplied by r**2.
All thresholds here are for the book's update, weight -= alpha * weight_delta, where
weight_delta = input * (pred - goal_pred) is half the true derivative 2 * input * (pred - goal_pred).
With the true derivative every alpha below would be halved.
"""

from __future__ import annotations

import enum
import math

import numpy as np
from numpy.typing import ArrayLike

from gdcourse import checks
from gdcourse.checks import short
from gdcourse.generalized import as_list, as_mask, as_rows

#: How close r must be to 0, -1 or 1 to count as exactly that: float rounding, not a real difference.
#: (2 / input**2 worked out in floats can leave r a few 1e-16 away from -1.) Both `regime` and
#: `count_steps` use this one rule, so the words and the step counts always agree.
EDGE_TOLERANCE = 1e-12
#: The most cells `count_steps` works out at once: the regime map needs about ten thousand.
MOST_CELLS = 1_000_000


class Regime(enum.StrEnum):
    """What gradient descent does for a given input and alpha, in words.

    Each regime is also a string: `str(regime)` and `regime.value` are its words, such as
    "converges steadily". `regime(input, alpha)` and `shared_regime(...)` return one.

    Attributes
    ----------
    ONE_STEP : Regime
        "converges in one step": the first update lands on the goal weight (r = 0).
    STEADY : Regime
        "converges steadily": every step moves closer from the same side (0 < r < 1).
    OSCILLATES : Regime
        "oscillates and converges": each step overshoots, by less each time (-1 < r < 0).
    BOUNCES : Regime
        "bounces forever": each step overshoots by exactly as much as before (r = -1).
    DIVERGES : Regime
        "diverges": each step overshoots by more than before, and the error grows (r < -1).
    STAYS : Regime
        "stays where it is": the weight never moves, because alpha or input is 0 (r = 1).
    CLIMBS : Regime
        "climbs away": alpha is negative, so every step moves away from the goal weight (r > 1).
    converges : bool
        True for the regimes that reach the goal weight: ONE_STEP, STEADY and OSCILLATES.
    """

    ONE_STEP = "converges in one step"
    STEADY = "converges steadily"
    OSCILLATES = "oscillates and converges"
    BOUNCES = "bounces forever"
    DIVERGES = "diverges"
    STAYS = "stays where it is"
    CLIMBS = "climbs away"

    def __str__(self) -> str:
        return self.value

    @property
    def converges(self) -> bool:
        """True for the regimes that reach the goal weight."""
        return self in (Regime.ONE_STEP, Regime.STEADY, Regime.OSCILLATES)


_REGIMES = tuple(Regime)


def regimes_of(r: ArrayLike) -> np.ndarray:
    """The regime of each r, as an index into `Regime` (in its order): the one rule for words and counts.

    r within EDGE_TOLERANCE of 0 is one step, of -1 bounces, of 1 stays; otherwise 0 < r < 1 is steady,
    -1 < r < 0 oscillates, r < -1 diverges and r > 1 climbs away.
    """
    r = np.asarray(r, dtype=float)
    index = {regime: number for number, regime in enumerate(_REGIMES)}
    with np.errstate(invalid="ignore", over="ignore"):
        rules = [
            np.abs(r) <= EDGE_TOLERANCE,
            np.abs(r + 1) <= EDGE_TOLERANCE,
            np.abs(r - 1) <= EDGE_TOLERANCE,
            r > 1,
            r > 0,
            r > -1,
        ]
    names = [Regime.ONE_STEP, Regime.BOUNCES, Regime.STAYS, Regime.CLIMBS, Regime.STEADY, Regime.OSCILLATES]
    return np.select(rules, [index[name] for name in names], default=index[Regime.DIVERGES])


def _ldexp(mantissa: float, exponent: int) -> float:
    """mantissa * 2**exponent, or infinity with mantissa's sign where that is past the largest float."""
    try:
        return math.ldexp(mantissa, exponent)
    except OverflowError:
        return math.copysign(math.inf, mantissa)


def alpha_input_squared(input: float, alpha: float) -> float:
    """alpha * input**2, worked out in parts so that no step in between overflows: inf only if it is."""
    input = checks.number("input", input)
    alpha = checks.number("alpha", alpha)
    m_input, e_input = math.frexp(input)
    m_alpha, e_alpha = math.frexp(alpha)
    return _ldexp(m_alpha * (m_input * m_input), e_alpha + 2 * e_input)


def convergence_factor(input: float, alpha: float) -> float:
    """r = 1 - alpha * input**2: each step multiplies the distance to the goal weight by r.

    Parameters
    ----------
    input : float
        The input of the one-weight network.
    alpha : float
        The alpha of the run; any finite number.

    Returns
    -------
    float
        r, the convergence factor. Between -1 and 1 the run converges; see `regime` for the words.
        Infinite when alpha * input**2 is too big for a float.

    Raises
    ------
    ValueError
        If `input` or `alpha` is not a finite number.
    """
    return 1.0 - alpha_input_squared(input, alpha)


def regime(input: float, alpha: float) -> Regime:
    """Name what the book's gradient descent does for this input and alpha.

    0 < r < 1 steady, r = 0 one step, -1 < r < 0 oscillates, r = -1 bounces, r < -1 diverges;
    r = 1 (alpha or input 0) stays, r > 1 (negative alpha) climbs away from the goal.

    Parameters
    ----------
    input : float
        The input of the one-weight network.
    alpha : float
        The alpha of the run; any finite number (negative ones climb away).

    Returns
    -------
    Regime
        What the run does, in words: `str(regime(...))` reads like "converges steadily".

    Raises
    ------
    ValueError
        If `input` or `alpha` is not a finite number.
    """
    return _REGIMES[int(regimes_of(convergence_factor(input, alpha)))]


def one_step_alpha(input: float) -> float:
    """The alpha that lands on the goal weight in a single step: 1 / input**2.

    For inputs so near 0 (or so big) that this is past what a float holds, the answer is inf (or 0.0).

    Parameters
    ----------
    input : float
        The input of the one-weight network; must not be 0.

    Returns
    -------
    float
        The alpha, `1 / input**2`, that makes r = 0.

    Raises
    ------
    ValueError
        If `input` is not a finite number, or is 0 (then no alpha moves the weight at all).
    """
    return _over_input_squared(1.0, input)


def largest_stable_alpha(input: float) -> float:
    """The edge 2 / input**2: every alpha in (0, edge) converges, at it the weight bounces forever.

    With the true derivative (twice the book's weight_delta) the edge would be 1 / input**2.

    Parameters
    ----------
    input : float
        The input of the one-weight network; must not be 0.

    Returns
    -------
    float
        The edge, `2 / input**2`: alphas below it (and above 0) converge, alphas above it diverge.

    Raises
    ------
    ValueError
        If `input` is not a finite number, or is 0 (then no alpha moves the weight at all).
    """
    return _over_input_squared(2.0, input)


def _over_input_squared(top: float, input: object) -> float:
    """top / input**2 for a non-zero input, in parts so that no step in between overflows."""
    value = checks.number("input", input)
    if value == 0:
        raise ValueError("input must not be 0: with input 0 the weight never moves, whatever alpha is")
    mantissa, exponent = math.frexp(value)
    return _ldexp(top / (mantissa * mantissa), -2 * exponent)


def steps_to_tolerance(
    weight: float, input: float, goal_pred: float, alpha: float = 1.0, tolerance: float = 1e-6
) -> int | None:
    """How many updates until the error drops below `tolerance`; None if it never does.

    The error after k updates is error_0 * r**(2k), so k is the smallest whole number
    with error_0 * r**(2k) < tolerance.

    Parameters
    ----------
    weight : float
        The weight the run starts from.
    input : float
        The input of the one-weight network.
    goal_pred : float
        The prediction the network learns towards.
    alpha : float, default 1.0
        The alpha of the run; any finite number.
    tolerance : float, default 1e-6
        The error to get below; must be greater than 0.

    Returns
    -------
    int or None
        How many updates `gradient_descent` needs before its error is below `tolerance` (0 if the
        starting error already is); None if it never gets there (it bounces, diverges, climbs away or
        stays put).

    Raises
    ------
    ValueError
        If `weight`, `input`, `goal_pred` or `alpha` is not a finite number, or `tolerance` is not
        above 0.
    """
    numbers = [
        checks.number(name, value)
        for name, value in zip(_RUN, (weight, input, goal_pred, alpha), strict=True)
    ]
    tolerance = checks.positive("tolerance", tolerance)
    steps = float(count_steps(*numbers, tolerance=tolerance))
    return None if math.isinf(steps) else int(steps)


_RUN = ("weight", "input", "goal_pred", "alpha")


def _array(name: str, value: ArrayLike) -> np.ndarray:
    """`value` as a float array of finite numbers, or a ValueError naming it."""
    try:
        array = np.asarray(value, dtype=float)
    except (TypeError, ValueError, OverflowError):
        raise ValueError(f"{name} must be a number or an array of numbers, got {short(value)}") from None
    if not np.isfinite(array).all():
        raise ValueError(f"{name} must hold finite numbers only (no nan or inf), got {short(value)}")
    return array


#: ln 2 in two parts that add up to it: LN2_HI has 32 significant bits, so k * LN2_HI is exact for every
#: power of 2 a float can have. LN2 is the float nearest ln 2 (math.log(2)).
LN2_HI = 0.6931471803691238
LN2_LO = 1.9082149292705877e-10
LN2 = 0.6931471805599453
_SQRT_HALF = 0.7071067811865476
#: 2 / (2j + 1) for j = 1..12: the series 2 atanh(s) = 2s + s * (2s²/3 + 2s⁴/5 + ...), to 12 terms.
_ATANH_TERMS = tuple(2 / (2 * j + 1) for j in range(1, 13))


def portable_log(x: ArrayLike) -> np.ndarray:
    """The natural log, worked out with + - * / alone (after frexp), so every computer gives the same
    double and so does the browser's twin (web/src/numeric.js portableLog); within 0.75 units in the
    last place. np.log and the C library's log differ between machines in the last bit, and a step
    count at a boundary would then differ too. 0 gives -inf, inf stays inf, nan and below 0 give nan.
    """
    x = np.asarray(x, dtype=float)
    with np.errstate(invalid="ignore", divide="ignore", over="ignore"):
        mantissa, exponent = np.frexp(x)  # x = mantissa * 2**exponent, 0.5 <= mantissa < 1
        low = mantissa < _SQRT_HALF
        m = np.where(low, mantissa * 2, mantissa)  # now sqrt(1/2) <= m < sqrt(2)
        k = (exponent - low).astype(float)
        f = m - 1.0  # exact: m is within a factor 2 of 1
        s = f / (2.0 + f)  # log(1 + f) = 2 atanh(s)
        z = s * s
        series = _ATANH_TERMS[-1]
        for term in reversed(_ATANH_TERMS[:-1]):
            series = series * z + term
        series = series * z
        half_f_squared = 0.5 * f * f  # 2 atanh(s) = f - f²/2 + s * (f²/2 + series)
        log = k * LN2_HI + (f + ((s * (half_f_squared + series) - half_f_squared) + k * LN2_LO))
        special = np.where(x == 0, -np.inf, np.where(x == np.inf, np.inf, np.nan))
        return np.where((x > 0) & (x < np.inf), log, special)


def _log_abs_miss(weight: np.ndarray, input: np.ndarray, goal_pred: np.ndarray) -> np.ndarray:
    """log |input * weight - goal_pred|, in parts (mantissas and powers of 2) so that nothing overflows."""
    m_input, e_input = np.frexp(input)
    m_weight, e_weight = np.frexp(weight)
    m_goal_pred, e_goal_pred = np.frexp(goal_pred)
    e_pred = e_input.astype(np.int64) + e_weight
    top = np.maximum(e_pred, e_goal_pred)
    miss = np.ldexp(m_input * m_weight, e_pred - top) - np.ldexp(m_goal_pred, e_goal_pred - top)
    return portable_log(np.abs(miss)) + top * LN2


def count_steps(
    weight: ArrayLike, input: ArrayLike, goal_pred: ArrayLike, alpha: ArrayLike, tolerance: float = 1e-6
) -> np.ndarray:
    """`steps_to_tolerance` for whole arrays at once (broadcast together): inf where it never gets there.

    The regime map shades thousands of (input, alpha) cells with it; the closed form is the same.
    It works with logarithms, so a first error too big for a float still gets its count; they are
    `portable_log`'s, so the browser's twin (web/src/analysis.js countSteps) gives the same counts.
    """
    arrays = [
        _array(name, value) for name, value in zip(_RUN, (weight, input, goal_pred, alpha), strict=True)
    ]
    try:
        shape = np.broadcast_shapes(*(a.shape for a in arrays))
    except ValueError:
        shapes = ", ".join(f"{name} {a.shape}" for name, a in zip(_RUN, arrays, strict=True))
        raise ValueError(
            f"weight, input, goal_pred and alpha must broadcast together, got {shapes}"
        ) from None
    cells = math.prod(shape)
    if cells > MOST_CELLS:
        raise ValueError(
            f"weight, input, goal_pred and alpha broadcast to {cells:,} cells; at most {MOST_CELLS:,} are "
            "worked out at once (the regime map needs about ten thousand)"
        )
    tolerance = checks.positive("tolerance", tolerance)
    weight, input, goal_pred, alpha = np.broadcast_arrays(*arrays)
    with np.errstate(over="ignore", under="ignore", invalid="ignore", divide="ignore"):
        m_input, e_input = np.frexp(input)
        m_alpha, e_alpha = np.frexp(alpha)
        r = 1.0 - np.ldexp(m_alpha * (m_input * m_input), e_alpha.astype(np.int64) + 2 * e_input)
        kind = regimes_of(r)
        shrinks = (kind == _REGIMES.index(Regime.STEADY)) | (kind == _REGIMES.index(Regime.OSCILLATES))
        # In logarithms: error after k updates = log_error_0 + 2k log|r|, to be below log(tolerance).
        log_error_0 = 2 * _log_abs_miss(weight, input, goal_pred)
        log_tolerance = float(portable_log(tolerance))
        log_r = np.where(shrinks, portable_log(np.abs(r)), -1.0)
        guess = np.ceil((log_tolerance - log_error_0) / (2 * log_r))
        k = np.where(shrinks, np.maximum(1, np.nan_to_num(guess, nan=1, posinf=1, neginf=1)), 1)
        # The logarithms can be off by one at an exact boundary: settle each count one way or the other.
        for _ in range(8):
            lower = shrinks & (k > 1) & (log_error_0 + 2 * (k - 1) * log_r < log_tolerance)
            higher = shrinks & (log_error_0 + 2 * k * log_r >= log_tolerance)
            if not (lower.any() or higher.any()):
                break
            k = k - lower + higher
        steps = np.where(shrinks, k, np.inf)
        steps = np.where(kind == _REGIMES.index(Regime.ONE_STEP), 1.0, steps)
        return np.where(log_error_0 < log_tolerance, 0.0, steps)


#: Errors above this count as "diverged" in words and pictures, even while still finite.
DIVERGED_ERROR = 1e16


def shown_apart(x: float, edges: tuple[float, ...] = (-1.0, 0.0, 1.0)) -> str:
    """x to 3 significant digits, or more where 3 would round it onto an edge it is not on.

    r = 0.9999975 shows as 0.9999975, not 1, so "converges steadily: r = ..." never reads r = 1;
    within EDGE_TOLERANCE of an edge, x counts as on it and shows as the edge.
    """
    for digits in range(3, 18):
        text = f"{x:.{digits}g}"
        if not any(float(text) == edge and abs(x - edge) > EDGE_TOLERANCE for edge in edges):
            return text
    return repr(x)  # pragma: no cover - 17 significant digits always tell two floats apart


# -- many weights (chapter 5) -----------------------------------------------------------------------


def _learning_inputs(input: object, frozen: object) -> list[float]:
    """The inputs of the weights that learn: a frozen weight's weight_delta is 0, so it adds nothing."""
    inputs = as_list("input", input)
    mask = as_mask(frozen, len(inputs))
    return [x for x, still in zip(inputs, mask, strict=True) if not still]


def shared_factor(input: object, alpha: float, frozen: object = None) -> float:
    """r = 1 - alpha * (sum of input**2 over the weights that learn), for one example and one output.

    The weights share one delta, and each step multiplies it by r: so the prediction's miss, and the
    distance to the weights that make no error (a line for two weights, a plane for three), shrink by r.

    Parameters
    ----------
    input : list of float
        The example's inputs, one per weight, such as `[8.5, 0.65, 1.2]` (a numpy array works too).
    alpha : float
        The alpha of the run; any finite number.
    frozen : list of bool, optional
        True for each weight that is frozen (keeps its value), one per input. None (the default)
        freezes no weight.

    Returns
    -------
    float
        r, the factor each step multiplies the miss by. Between -1 and 1 the run converges.

    Raises
    ------
    ValueError
        If `input` is not a non-empty list of finite numbers, `alpha` is not a finite number, or
        `frozen` is not None or a list of True/False values as long as `input`.
    """
    alpha = checks.number("alpha", alpha)
    return 1.0 - alpha * sum(x * x for x in _learning_inputs(input, frozen))


def shared_stable_alpha(input: object, frozen: object = None) -> float:
    """The edge 2 / sum(input**2) (over the weights that learn): below it one example's run converges.

    Parameters
    ----------
    input : list of float
        The example's inputs, one per weight, such as `[8.5, 0.65, 1.2]` (a numpy array works too).
    frozen : list of bool, optional
        True for each weight that is frozen (keeps its value), one per input. None (the default)
        freezes no weight.

    Returns
    -------
    float
        The edge: every alpha between 0 and it converges, at it the run bounces forever, and above it
        the run diverges.

    Raises
    ------
    ValueError
        If `input` is not a non-empty list of finite numbers, `frozen` is not None or a list of
        True/False values as long as `input`, or no weight can learn (every learning input is 0).
    """
    total = sum(x * x for x in _learning_inputs(input, frozen))
    if total == 0:
        raise ValueError("no weight can learn: every input is 0 or its weight is frozen, whatever alpha is")
    return 2.0 / total


def shared_regime(input: object, alpha: float, frozen: object = None) -> Regime:
    """What the book's loop does with several inputs and one example, named as for one weight.

    The shared delta behaves like one weight whose input**2 is the sum of the learning inputs' squares.

    Parameters
    ----------
    input : list of float
        The example's inputs, one per weight, such as `[8.5, 0.65, 1.2]` (a numpy array works too).
    alpha : float
        The alpha of the run; any finite number.
    frozen : list of bool, optional
        True for each weight that is frozen (keeps its value), one per input. None (the default)
        freezes no weight.

    Returns
    -------
    Regime
        What the run does, in words, as `regime` says it for one weight.

    Raises
    ------
    ValueError
        If `input` is not a non-empty list of finite numbers, `alpha` is not a finite number, or
        `frozen` is not None or a list of True/False values as long as `input`.
    """
    alpha = checks.number("alpha", alpha)
    total = sum(x * x for x in _learning_inputs(input, frozen))
    return regime(math.sqrt(total), alpha)  # input**2 is then that sum (to within a rounding)


def pass_factor(inputs: object, alpha: float, frozen: object = None) -> float:
    """How much one pass through several games shrinks (below 1) or grows (above 1) the distance to where
    the passes settle: the largest eigenvalue size of the pass's product of (I - alpha * x x^T).

    Only the weights that learn count; with every weight frozen nothing moves and the factor is 1.

    Parameters
    ----------
    inputs : list of list of float
        One list of inputs per game, all the same length (one input per weight), such as the book's
        four games `[[8.5, 0.65, 1.2], [9.5, 0.8, 1.3], ...]`.
    alpha : float
        The alpha of the run; any finite number.
    frozen : list of bool, optional
        True for each weight that is frozen (keeps its value), one per input. None (the default)
        freezes no weight.

    Returns
    -------
    float
        The factor per pass: below 1 the passes converge, above 1 they diverge (infinity if it is too
        big for a float).

    Raises
    ------
    ValueError
        If `inputs` is not a non-empty list of equally long lists of finite numbers, `alpha` is not a
        finite number, or `frozen` is not None or a list of True/False values, one per input.
    """
    alpha = checks.number("alpha", alpha)
    rows = as_rows("inputs", inputs)
    learning = [_learning_inputs(row, frozen) for row in rows]
    size = len(learning[0])
    if size == 0:
        return 1.0
    product = np.eye(size)
    for x in learning:
        vector = np.array(x)
        product = (np.eye(size) - alpha * np.outer(vector, vector)) @ product
    with np.errstate(over="ignore", invalid="ignore"):
        radius = float(np.max(np.abs(np.linalg.eigvals(product))))
    return radius if math.isfinite(radius) else math.inf
