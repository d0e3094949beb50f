"""The one-line summaries: what each view shows, said in words, from the settings and their run.

An explorer shows its summary above its picture (and the browser's twin of each function writes the
same words, tested word for word: `gdcourse/explorers/web/src/`); a still picture's caption starts
with it. The words come from the run itself where a formula cannot know (a learner's own rule).
"""

from __future__ import annotations

import numpy as np

from gdcourse import checks
from gdcourse.analysis import (
    DIVERGED_ERROR,
    Regime,
    alpha_input_squared,
    convergence_factor,
    pass_factor,
    regime,
    regimes_of,
    shared_factor,
    shared_regime,
    shown_apart,
    steps_to_tolerance,
)
from gdcourse.book import GAME_INPUTS
from gdcourse.figures.contour import framed_count, held_weight
from gdcourse.figures.parabola import points_of
from gdcourse.figures.regime_map import TOLERANCE
from gdcourse.learning import RULE_SECONDS, HotAndColdTrajectory, RuleRun, Trajectory, checked_trajectory
from gdcourse.settings import (
    INPUT_NAMES,
    WEIGHT_NAMES,
    CompareSettings,
    DirectionSettings,
    GeneralizedSettings,
    HotAndColdSettings,
    ParabolaSettings,
)

# -- Numbers in sentences, and chapter 1: the prediction and its miss --------------------------------


def number(x: float) -> str:
    """A number for a summary: up to 4 significant digits, tiny ones in e-notation, never '-0'."""
    text = f"{x:.4g}"
    return "0" if text == "-0" else text


def term(x: float) -> str:
    """A number inside a sum: negative ones in brackets, so '0.25 - (-0.5)' reads right."""
    text = number(x)
    return f"({text})" if text.startswith("-") else text


def compare_summary(settings: CompareSettings) -> str:
    """The one-line summary: the prediction, the pure error and the squared error, worked out."""
    s = settings
    return (
        f"prediction = {term(s.input)} * {term(s.weight)} = {number(s.pred)}; "
        f"pure error = {term(s.pred)} - {term(s.goal_pred)} = {number(s.pure_error)}; "
        f"squared error = {number(s.error)}"
    )


# -- Chapter 2: hot and cold -------------------------------------------------------------------------


#: How near the goal weight counts as on it (floating-point sums of many steps drift a little).
ON_GOAL = 1e-9


def outcome(trajectory: HotAndColdTrajectory) -> str:
    """Where the run ended up, in words: on the goal weight, bouncing around it, or still on its way."""
    t = trajectory
    goal_weight = t.goal_pred / t.input
    weights = [float(w) for w in t.weights[-2:]]
    on_goal = [abs(w - goal_weight) <= ON_GOAL * max(1.0, abs(goal_weight)) for w in weights]
    moves = t.weight_deltas[:-1]  # the moves between the printed lines
    bounces = len(moves) >= 2 and moves[-1] * moves[-2] < 0
    low, high = min(weights), max(weights)
    goal_text, between = number(goal_weight), f"{number(low)} and {number(high)}"
    if bounces and any(on_goal):
        return f"the weight reaches {goal_text}, the goal weight, then hops between {between}"
    if bounces:
        return f"the weight bounces between {between}, around the goal weight {goal_text}"
    if on_goal[-1]:
        return f"the weight reaches {goal_text}, the goal weight"
    to_go = abs(goal_weight - weights[-1]) / t.step_amount
    if to_go < 0.5:
        return f"the weight is as close to the goal weight {goal_text} as step_amount allows"
    steps = "1 step" if round(to_go) == 1 else f"{round(to_go)} steps"
    return f"the weight is still on its way to the goal weight {goal_text}, about {steps} to go"


def hot_and_cold_summary(settings: HotAndColdSettings) -> str:
    """The one-line summary: the outcome, the predictions spent, and the last error printed."""
    t = settings.trajectory
    said = outcome(t)
    plural = "iteration" if t.updates == 1 else "iterations"
    return (
        f"{said[:1].upper()}{said[1:]}: {t.updates} {plural}, {t.predictions_made} predictions; "
        f"last error {number(float(t.errors[-1]))} at prediction {number(float(t.predictions[-1]))}"
    )


# -- Chapter 3: the direction and amount of one step -------------------------------------------------


def direction_summary(settings: DirectionSettings) -> str:
    """Say what `(pred - goal_pred) * input` does to the weight for these numbers."""
    s = settings
    pred = s.input * s.weight
    miss = pred - s.goal_pred
    direction_and_amount = miss * s.input
    start = f"pred {pred:.3g} misses goal_pred {s.goal_pred:.3g} by {miss:+.3g}; × input {s.input:.3g} gives "
    if s.input == 0:
        return start + "0: stopping, the weight cannot change what it never touched"
    if miss == 0:
        return start + "0: no miss, no step"
    way = "up" if direction_and_amount < 0 else "down"
    how = "negative reversal: the sign flipped" if s.input < 0 else "scaling"
    if 0 < abs(s.input) < 1:
        how += ", shrunk"
    elif abs(s.input) > 1:
        how += ", grown"
    return (
        start
        + f"{direction_and_amount:+.3g} ({how}): the weight moves {way} by {abs(direction_and_amount):.3g}"
    )


# -- Chapters 3 and 4: a gradient-descent run, and a learner's own rule beside it --------------------


def run_summary(trajectory: Trajectory, shown: int | None = None) -> str:
    """One sentence on a run: its regime in words, r, and the error after the steps shown."""
    t = checked_trajectory(trajectory)
    steps = t.updates if shown is None else min(checks.count("shown", shown), t.updates)
    if t.input == 0:
        error = t.goal_pred * t.goal_pred
        return f"{Regime.STAYS}: input is 0, so the weight never moves (error {error:.3g})"
    words = regime(t.input, t.alpha)
    r = shown_apart(convergence_factor(t.input, t.alpha))
    error = t.final_error if steps == t.updates else float(t.errors[steps])
    plural = "step" if steps == 1 else "steps"
    if t.diverged or error > DIVERGED_ERROR:
        stopped = t.diverged_at if t.diverged else steps
        return f"{words}: r = {r}; error above {DIVERGED_ERROR:.0e} after {stopped} {plural}"
    return f"{words}: r = {r}; error {error:.3g} after {steps} {plural}"


def parabola_summary(settings: ParabolaSettings) -> str:
    """The summary: the regime in words, r, and the error after the steps shown; then, with a learner's
    own rule, the same said of its run."""
    if settings.input == 0 and settings.goal_pred != 0:
        book = (
            f"{Regime.STAYS}: input is 0, so every prediction is 0 and goal_pred {settings.goal_pred:g} "
            "is out of reach"
        )
    else:
        book = run_summary(settings.trajectory, settings.shown)
    if settings.own is None:
        return book
    return f"{book}. Your rule {own_words(settings)}"


def own_words(settings: ParabolaSettings) -> str:
    """What a learner's own rule did, judged from its run, not from a formula (the rule can be anything)."""
    run = settings.own
    if run.stopped is not None:
        return stopped_words(run)
    shown = settings.iterations if settings.shown is None else settings.shown
    own, book = (points_of(t, shown)[0] for t in (run.trajectory, settings.trajectory))
    if len(own) == len(book) and np.allclose(own, book, rtol=1e-9, atol=1e-12):
        return "matches the book's steps"
    steps = len(own) - 1
    error = float(points_of(run.trajectory, shown)[1][-1])
    after = f"after {steps} step{'s' * (steps != 1)}"
    if run.trajectory.diverged or not error <= DIVERGED_ERROR:
        return f"diverges: error above {DIVERGED_ERROR:.0e} {after}"
    if settings.input == 0:
        moved = "never moves the weight" if np.all(own == own[0]) else f"moves the weight to {own[-1]:.3g}"
        return f"{moved} although input is 0; error {error:.3g} {after}"
    goal_weight = settings.goal_pred / settings.input
    return f"{behaviour(own, goal_weight)}; error {error:.3g} {after}"


#: The book's "climbs away", said of a learner's rule.
AWAY = "moves the weight away from the goal weight"


#: How many of a run's last points the words look at for a cycle (a rule that lands where it was 1 to 4
#: points before goes round for ever: the rule has only the weight to go on).
LONGEST_CYCLE = 4


def behaviour(weights: np.ndarray, goal_weight: float) -> str:
    """Words for a path, from the path itself: its weights, one per point, and their distances to the
    goal weight.

    When every step multiplies the distance by the same factor (as the book's update does) the words
    are the regime's, with r. Otherwise the run converges only if its distance really shrinks to 0 (at
    the end, or step after step over its last steps); a run that lands where it was one to four points
    before is stuck or going round; one whose distance grows over its last steps moves away (or
    diverges, if it zigzags); else it comes closer without settling.
    """
    w = np.asarray(weights, dtype=float)
    d = w - goal_weight
    size = float(np.max(np.abs(d)))
    # Near the goal weight a distance is lost in the float's rounding: read the factor before that.
    clear = np.abs(d[:-1]) > 1e-9 * max(1.0, size)
    steps = d[1:][clear] / d[:-1][clear]
    # ... only at the end: a run that starts on the goal weight and then leaves it has no such factor
    lost_at_end = not np.any(clear[int(np.argmin(clear)) :]) if not clear.all() else True
    if len(steps) and lost_at_end and np.allclose(steps, steps[0], rtol=1e-6, atol=1e-12):
        r = float(steps[0])
        regime = list(Regime)[int(regimes_of(r))]
        return f"{AWAY if regime is Regime.CLIMBS else regime}: r = {shown_apart(r)}"
    if np.all(d == d[0]):
        return str(Regime.STAYS)
    zigzags = bool(np.any(d[1:] * d[:-1] < 0))
    tail = np.abs(d[-LONGEST_CYCLE:])
    if abs(d[-1]) <= 1e-9 * max(1.0, size) or (len(tail) > 2 and np.all(tail[1:] < tail[:-1])):
        return str(Regime.OSCILLATES if zigzags else Regime.STEADY)
    same = lambda a, b: abs(a - b) <= 1e-12 * max(1.0, size)  # noqa: E731
    for period in range(1, LONGEST_CYCLE + 1):
        if len(d) > 2 * period and all(same(d[-1 - k], d[-1 - k - period]) for k in range(period)):
            ends = sorted({float(f"{x:.3g}") for x in w[-period:]})
            if period == 1:
                return f"gets stuck at weight {ends[0]:g}, away from the goal weight {goal_weight:.3g}"
            held = ", ".join(f"{x:g}" for x in ends[:-1]) + f" and {ends[-1]:g}"
            return f"goes round for ever between weights {held}, never reaching the goal weight"
    if len(tail) > 2 and np.all(tail[1:] > tail[:-1]):  # growing at the end: leaving, whatever came before
        return str(Regime.DIVERGES) if np.any(d[-len(tail) + 1 :] * d[-len(tail) : -1] < 0) else AWAY
    if abs(d[-1]) >= abs(d[0]):
        return str(Regime.DIVERGES) if zigzags else AWAY
    return "comes closer to the goal weight but does not settle on it"


def stopped_words(run: RuleRun) -> str:
    """What stopped a learner's rule, in one line (the steps before it are still drawn)."""
    at = f"on update {run.stopped_at + 1}"
    if run.stopped == "raised":
        error = run.detail
        if type(error) is NotImplementedError:
            return (
                "is not written yet: it still raises NotImplementedError; "
                "fill in its body, then run this cell again"
            )
        message = str(error).splitlines()[0] if str(error) else ""
        message = message if len(message) <= 80 else message[:77] + "..."
        return f"raised {type(error).__name__}{f': {message}' if message else ''} {at}"
    if run.stopped == "timed out":
        return f"was still running after {RULE_SECONDS:g} s in all, {at}: look for a loop that never ends"
    if run.stopped == "nan":
        return f"returned nan (not a number) {at}"
    value = repr(run.detail)
    value = value if len(value) <= 40 else value[:37] + "..."
    return f"returned a {type(run.detail).__name__} ({value}) {at}, not a number"


# -- Chapter 4: where a setting sits on the regime map -----------------------------------------------


#: Which side of the curves alpha·input² = 1 and = 2 a setting is on, by its regime (one rule for both).
SIDES = {
    Regime.STAYS: "about 0: the weight barely moves",
    Regime.CLIMBS: "below 0: every step climbs away from the goal weight",
    Regime.STEADY: "below 1: the steps stay on one side",
    Regime.ONE_STEP: "1: the first step lands on the goal weight",
    Regime.OSCILLATES: "between 1 and 2: each step overshoots, by less each time",
    Regime.BOUNCES: "2 or more: the overshoots never shrink",
    Regime.DIVERGES: "2 or more: the overshoots never shrink",
}


def regime_map_summary(settings: ParabolaSettings, tolerance: float = TOLERANCE) -> str:
    """Where a setting sits on the map, and how many updates bring the error below the tolerance."""
    weight, input, goal_pred, alpha = settings.weight, settings.input, settings.goal_pred, settings.alpha
    if input == 0:
        if goal_pred != 0:
            return f"input 0: every prediction is 0, so no weight reaches goal_pred {goal_pred:g}"
        return "input 0 and goal_pred 0: every prediction is already right"
    product = alpha_input_squared(input, alpha)
    side = SIDES[regime(input, alpha)]
    steps = steps_to_tolerance(weight, input, goal_pred, alpha, tolerance)
    if steps is None:
        count = f"the error never gets below {tolerance:g}"
    else:
        count = f"the error is below {tolerance:g} after {steps} update{'s' * (steps != 1)}"
    return f"alpha·input² = {shown_apart(product, (0.0, 1.0, 2.0))}, {side}; {count}"


# -- Chapter 5: several weights ----------------------------------------------------------------------


def factor_str(x: float) -> str:
    """A factor with enough digits that it never reads as exactly 1 (or 0) when it is not."""
    for digits in range(3, 12):
        text = f"{x:.{digits}g}"
        if float(text) != round(x) or x == round(x):
            return text
    return repr(x)


def _moves(settings: GeneralizedSettings, weights: np.ndarray) -> str:
    """How far each weight moved over the run, in words: 'a +0.0161, b +0.00121, c frozen'."""
    last = weights[-1]
    parts = [
        f"{name} frozen" if settings.frozen[k] else f"{name} {last[k] - weights[0, k]:+.3g}"
        for k, name in enumerate(WEIGHT_NAMES)
    ]
    return "weights moved " + ", ".join(parts)


#: The words for a pass factor below 1 (all four games) whose run ends with a larger error than it began.
GROWS_FIRST = "converges in the long run, though the error grows first"


def generalized_summary(settings: GeneralizedSettings) -> str:
    """The one-line summary: what learning does (r per step, or the factor per pass), the error, the moves."""
    s = settings
    weights, errors = s.path
    plural = "step" if s.iterations == 1 else "steps"
    over = "error"
    if s.games == "first":
        r = shared_factor(GAME_INPUTS[0], s.alpha, list(s.frozen))
        words, rate = str(shared_regime(GAME_INPUTS[0], s.alpha, list(s.frozen))), f"r = {factor_str(r)}"
    else:
        factor = pass_factor(s.inputs, s.alpha, list(s.frozen))
        words = "converges" if factor < 1 else "diverges" if factor > 1 else str(Regime.STAYS)
        # The factor speaks of the long run; a run whose error ends above where it began must say so.
        if factor < 1 and not errors[-1] <= errors[0]:
            words = GROWS_FIRST
        rate, plural = f"factor {factor_str(factor)} per pass", "pass" if s.iterations == 1 else "passes"
        over = "error over the four games"
    if all(s.frozen):
        return f"{Regime.STAYS}: every weight is frozen, so nothing learns ({over} {number(errors[0])})"
    if s.trajectory.diverged or not np.isfinite(errors).all() or errors.max() > DIVERGED_ERROR:
        return f"{words}: {rate}; {over} above {DIVERGED_ERROR:.0e} within {s.iterations} {plural}"
    end = f"{over} {number(errors[0])} → {number(errors[-1])} after {s.iterations} {plural}"
    return f"{words}: {rate}; {end}; {_moves(s, weights)}"


def held_words(settings: GeneralizedSettings) -> str:
    """What the contour view shows and what it holds: 'contours over a and b, c held at ...'."""
    weights, errors = settings.path
    held, value, how = held_weight(settings, weights, framed_count(weights, errors))
    u, v = settings.plane
    return f"contours over {u} and {v}, with {WEIGHT_NAMES[held]} ({INPUT_NAMES[held]}) {how} {value:.4g}"
