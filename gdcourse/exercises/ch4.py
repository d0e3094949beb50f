"""Chapter 4 exercises: divergence and alpha.

q1 the largest alpha that still converges for input 3 (value); q2 name the regime of five
(alpha, input) pairs; q3 fix a diverging run by changing one number; q4 how many updates reach an
error below 1e-6 (value); q5 a thought on a negative alpha.
"""

from __future__ import annotations

import math
from typing import Any

from gdcourse.analysis import Regime, convergence_factor, largest_stable_alpha, one_step_alpha, regime
from gdcourse.analysis import steps_to_tolerance as _steps_to_tolerance
from gdcourse.exercises.answers import as_number, close, describe, show
from gdcourse.exercises.exercise import ThoughtExercise
from gdcourse.exercises.value import ValueExercise, WrongAnswer
from gdcourse.exercises.verdict import Verdict, correct, incorrect, not_attempted

_EDGE = largest_stable_alpha(3.0)  # 2 / 9
_NO_SQUARE = (
    "It looks like input was not squared. Each step multiplies the distance to the goal weight by "
    "r = 1 - alpha * input ** 2: with input 3 that is 1 - 9 * alpha."
)

_NO_SQUARE_ANY = _NO_SQUARE.split(": with input 3")[0] + "."


def _judge_edge(answer: Any) -> Verdict:
    alpha = as_number(answer, "You passed", "one number: an alpha")
    if close(alpha, _EDGE):
        return correct(
            "2 / 9 = 0.2222... is the edge.",
            None,
            "the edge itself is excluded: at alpha = 2/9, r = 1 - 9 * alpha = -1 and the weight bounces "
            "between two values forever. Every alpha strictly below 2/9 (and above 0) converges.",
        )
    if close(alpha, 2 / 3) or close(alpha, 1 / 3):
        return incorrect(_NO_SQUARE, "no_square")
    if close(alpha, one_step_alpha(3.0)):
        return incorrect(
            "1/9 lands on the goal weight in one step (r = 0). Bigger alphas overshoot, but they still "
            "converge while each overshoot is smaller than the last: go higher. (With the true "
            "derivative, twice the book's weight_delta, 1/9 would be the edge.)",
            "one_step",
        )
    if alpha <= 0:
        return incorrect(
            f"With alpha {show(alpha)} the weight {'never moves' if alpha == 0 else 'climbs away'}. "
            "Converging needs an alpha above 0.",
            "not_positive",
        )
    if alpha > _EDGE:
        return incorrect(
            f"alpha = {show(alpha)} {regime(3.0, alpha)}: each overshoot is bigger than the last. Go lower.",
            "too_big",
        )
    if alpha > _EDGE * (1 - 1e-3):
        return correct(f"{show(alpha)} is just under the edge 2/9 = 0.2222..., which itself bounces forever.")
    return incorrect(
        f"alpha = {show(alpha)} converges, but so do bigger ones. How far up can you go?",
        "too_small",
    )


q1 = ValueExercise(
    name="ch4.q1",
    title="the largest alpha that still converges for input 3",
    ask="one number: the largest alpha (or the edge just above it)",
    judge=_judge_edge,
    hints=(
        "Each step multiplies the distance to the goal weight by r = 1 - alpha * input ** 2.",
        "It converges while -1 < r < 1. Which alpha makes r = -1 when input is 3?",
    ),
    solution="""
input = 3
alpha_edge = 2 / input ** 2      # 0.2222...: r = 1 - alpha * 9 = -1 here, so it bounces forever
q1.check(alpha_edge)             # every alpha strictly between 0 and 2/9 converges
""",
)

#: The five (alpha, input) pairs of q2, in order.
PAIRS = ((0.1, 2.0), (0.25, 2.0), (0.2, 3.0), (0.5, 2.0), (1.0, 2.0))
_NAMES = ", ".join(r.name for r in Regime)


def _read_regime(item: Any) -> Regime | None:
    if isinstance(item, Regime):
        return item
    if isinstance(item, str):
        text = item.strip().lower().replace("_", " ")
        for candidate in Regime:
            if text in (candidate.value, candidate.name.lower().replace("_", " ")):
                return candidate
    return None


def _judge_regimes(answer: Any) -> Verdict:
    if not isinstance(answer, list | tuple) or len(answer) != len(PAIRS):
        return incorrect(f"You passed {describe(answer)}; pass a list of {len(PAIRS)} regimes, one per pair.")
    read = [_read_regime(item) for item in answer]
    if None in read:
        bad = answer[read.index(None)]
        return incorrect(f"{bad!r} is not a regime. Use gd.Regime.NAME, one of: {_NAMES}.", "unknown_name")
    right = [regime(input, alpha) for alpha, input in PAIRS]
    if read == right:
        return correct("All five right: r = 1 - alpha * input ** 2 decides each one.")
    unsquared = [regime(math.sqrt(abs(input)), alpha) for alpha, input in PAIRS]
    if read == unsquared:
        return incorrect(_NO_SQUARE_ANY, "no_square")
    wrong = [n for n, (mine, truth) in enumerate(zip(read, right, strict=True), start=1) if mine != truth]
    for n in wrong:
        if read[n - 1] is Regime.DIVERGES and right[n - 1] is Regime.OSCILLATES:
            return incorrect(
                f"Pair {n} overshoots every step, but each overshoot is smaller than the last "
                "(-1 < r < 0): overshooting is not diverging.",
                "overshoot_is_not_divergence",
            )
    listed = ", ".join(str(n) for n in wrong)
    return incorrect(
        f"Pair{'s' * (len(wrong) > 1)} {listed} {'are' if len(wrong) > 1 else 'is'} not right yet; "
        "the others are. Work out r = 1 - alpha * input ** 2 for each.",
        "wrong_regime",
    )


q2 = ValueExercise(
    name="ch4.q2",
    title="name the regime of five (alpha, input) pairs",
    ask="a list of five gd.Regime values, one per pair in ch4.PAIRS",
    judge=_judge_regimes,
    hints=(
        "For each pair compute r = 1 - alpha * input ** 2.",
        "0 < r < 1 steady; r = 0 one step; -1 < r < 0 oscillates; r = -1 bounces; r < -1 diverges.",
    ),
    solution="""
import gdcourse as gd
answer = [gd.regime(input, alpha) for alpha, input in ch4.PAIRS]
# [STEADY, ONE_STEP, OSCILLATES, BOUNCES, DIVERGES]
q2.check(answer)
""",
)

#: The book's diverging run that q3 asks to fix.
DIVERGING = {"weight": 0.5, "input": 2.0, "goal_pred": 0.8, "alpha": 1.0}
_TOLERANCE, _WITHIN = 1e-6, 20


def _judge_fix(answer: Any) -> Verdict:
    if not isinstance(answer, dict):
        return incorrect(
            f"You passed {describe(answer)}; pass a dict like ch4.DIVERGING with one number changed."
        )
    if set(answer) != set(DIVERGING):
        missing, extra = set(DIVERGING) - set(answer), set(answer) - set(DIVERGING)
        return incorrect(
            f"The dict needs exactly the keys {sorted(DIVERGING)}; "
            f"missing {sorted(missing)}, extra {sorted(extra)}."
        )
    new = {key: as_number(value, f"You passed {key} =", "a number") for key, value in answer.items()}
    changed = [key for key in DIVERGING if new[key] != DIVERGING[key]]
    if not changed:
        return not_attempted("These are still the numbers of the diverging run: change one of them.")
    if len(changed) > 1:
        return incorrect(f"You changed {', '.join(changed)}: change only one number.", "more_than_one")
    key, start_pred = changed[0], new["input"] * new["weight"]
    if key == "input":
        return incorrect(
            "input is the data: you do not get to choose it. alpha is the number that is yours.",
            "changed_input",
        )
    if key in ("weight", "goal_pred"):
        if start_pred == new["goal_pred"]:
            return incorrect(
                "That starts exactly at the goal, which hides the problem: any other start still diverges.",
                "starts_at_goal",
            )
        return incorrect(
            f"Changing {key} does not help: whether it diverges depends only on input and alpha, through "
            "r = 1 - alpha * input ** 2.",
            "changed_" + key,
        )
    alpha = new["alpha"]
    kind = regime(new["input"], alpha)
    if not kind.converges:
        return incorrect(
            f"With alpha = {show(alpha)} the weight {kind}. {_ALPHA_ADVICE}", "still_" + kind.name.lower()
        )
    steps = _steps_to_tolerance(new["weight"], new["input"], new["goal_pred"], alpha, _TOLERANCE)
    if steps is None or steps > _WITHIN:
        return incorrect(
            f"alpha = {show(alpha)} converges, but slowly: {steps} updates to get the error below "
            f"{_TOLERANCE:g}. Make it get there within {_WITHIN}, as many as the book's loop runs.",
            "too_slow",
        )
    r = convergence_factor(new["input"], alpha)
    return correct(
        f"alpha = {show(alpha)}: r = {show(r)}, and the error is below {_TOLERANCE:g} after {steps} updates."
    )


_ALPHA_ADVICE = "With input 2, r = 1 - 4 * alpha must lie between -1 and 1."

q3 = ValueExercise(
    name="ch4.q3",
    title="fix a diverging run by changing one number",
    ask="the dict of the run's numbers, with one of them changed",
    judge=_judge_fix,
    hints=(
        "Only input and alpha decide whether it diverges. Which of those two is yours to choose?",
        f"{_ALPHA_ADVICE} The book used 0.1.",
    ),
    solution="""
fixed = dict(ch4.DIVERGING, alpha=0.1)   # r = 1 - 0.1 * 4 = 0.6: error below 1e-6 after 11 updates
q3.check(fixed)
""",
)

_Q4 = {"weight": 0.5, "input": 2.0, "goal": 0.8, "alpha": 0.05}
_Q4_STEPS = _steps_to_tolerance(**_Q4, tolerance=_TOLERANCE)

q4 = ValueExercise(
    name="ch4.q4",
    title="how many updates until the error is below 1e-6?",
    ask="one whole number: how many updates",
    expected=_Q4_STEPS,
    wrong_answers=(
        WrongAnswer(
            _Q4_STEPS + 1, "off_by_one", "One too many: the first line shows the error before any update."
        ),
        WrongAnswer(
            _Q4_STEPS - 1,
            "off_by_one",
            "One too few: after that many updates the error is still just above 1e-6.",
        ),
        WrongAnswer(
            _steps_to_tolerance(0.5, 2.0, 0.8, 0.1, _TOLERANCE),
            "book_alpha",
            "That is the count for the book's alpha 0.1; this exercise uses alpha 0.05.",
        ),
    ),
    success="r = 1 - 0.05 * 4 = 0.8, so the error shrinks by r ** 2 = 0.64 per update: "
    "0.04 * 0.64 ** k < 1e-6 first at k = 24.",
    hints=(
        "The first error is (2 * 0.5 - 0.8) ** 2 = 0.04; each update multiplies it by r ** 2.",
        "Find the smallest whole k with 0.04 * 0.64 ** k < 1e-6; or run gd.gradient_descent and look.",
    ),
    solution="""
import gdcourse as gd
run = gd.gradient_descent(0.5, 2.0, 0.8, alpha=0.05, iterations=40)
steps = next(k for k, error in enumerate(run.errors) if error < 1e-6)   # errors[k]: after k updates
q4.check(steps)   # 24, as gd.steps_to_tolerance(0.5, 2.0, 0.8, 0.05) says without a loop
""",
)

q5 = ThoughtExercise(
    name="ch4.q5",
    title="a negative alpha",
    question="What does gradient descent do with a negative alpha, say -0.1? And with alpha 1e-6?",
    discussion=(
        "A negative alpha turns every step around: the weight walks up the slope, the error grows and "
        "never comes back (r = 1 - alpha * input ** 2 is above 1). A tiny positive alpha goes the right "
        "way but so slowly that it looks stuck: r is just under 1. Between 0 and 2 / input ** 2 it "
        "converges; 1 / input ** 2 is the sweet spot that lands in one step."
    ),
    hints=("Compute r = 1 - alpha * input ** 2 for alpha -0.1 and input 2.",),
)
