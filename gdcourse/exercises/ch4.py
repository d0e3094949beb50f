"""Lesson 4 exercises: divergence and alpha.

q1 the edge of alpha for input 3, where learning stops converging (value); q2 name the regime of five
(alpha, input) pairs; q3 fix a diverging run by changing one number; q4 how many updates reach an
error below 1e-6 (value); q5 a thought on a negative alpha; q6 the loop with alpha, from memory.
Every number in a message is computed from the data below.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Sequence
from typing import Any

from gdcourse.analysis import Regime, convergence_factor, largest_stable_alpha, one_step_alpha, regime
from gdcourse.analysis import steps_to_tolerance as _steps_to_tolerance
from gdcourse.exercises import diagnoses, loops
from gdcourse.exercises.answers import as_number, brief, close, describe, how_many, plain, show
from gdcourse.exercises.exercise import ThoughtExercise
from gdcourse.exercises.function import Mistake
from gdcourse.exercises.printed import PrintingExercise
from gdcourse.exercises.value import ValueExercise, WrongAnswer
from gdcourse.exercises.verdict import Verdict, correct, incorrect, not_attempted

# ---- q1: the edge for input 3 ----
_Q1_INPUT = 3.0
_EDGE = largest_stable_alpha(_Q1_INPUT)  # 2 / input ** 2
_ONE_STEP = one_step_alpha(_Q1_INPUT)  # 1 / input ** 2
_SQUARED = _Q1_INPUT**2
_NO_SQUARE_ANY = (
    "It looks like input was not squared. Each step multiplies the distance to the goal weight by "
    "r = 1 - alpha * input ** 2."
)
_NO_SQUARE = f"{_NO_SQUARE_ANY[:-1]}: with input {plain(_Q1_INPUT)} that is 1 - {plain(_SQUARED)} * alpha."
_EDGE_TEXT = f"2 / {plain(_SQUARED)} = {brief(_EDGE)}"


def _judge_edge(answer: Any) -> Verdict:
    alpha = as_number(answer, "You passed", "one number: an alpha")
    if close(alpha, _EDGE):
        return correct(
            f"{_EDGE_TEXT} is the edge.",
            None,
            f"the edge itself is excluded: at alpha = {_EDGE_TEXT}, r = 1 - {plain(_SQUARED)} * alpha = "
            f"{plain(convergence_factor(_Q1_INPUT, _EDGE))} and the weight bounces between two values for "
            "ever. Every alpha strictly below it (and above 0) converges.",
        )
    if close(alpha, 2 / _Q1_INPUT) or close(alpha, 1 / _Q1_INPUT):
        return incorrect(_NO_SQUARE, "no_square")
    if close(alpha, _ONE_STEP):
        return incorrect(
            f"1 / {plain(_SQUARED)} = {brief(_ONE_STEP)} lands on the goal weight in one step (r = 0). "
            "Bigger alphas overshoot, but they still converge while each overshoot is smaller than the "
            f"last: go higher. (With the true derivative, twice the book's weight_delta, "
            f"{brief(_ONE_STEP)} would be the edge.)",
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
            f"alpha = {show(alpha)} {regime(_Q1_INPUT, alpha)}: each overshoot is bigger than the last. "
            "Go lower.",
            "too_big",
        )
    if alpha > _EDGE * (1 - _NEARLY):
        return correct(f"{show(alpha)} is just under the edge {_EDGE_TEXT}, which itself bounces for ever.")
    return incorrect(
        f"alpha = {show(alpha)} converges, but so do bigger ones. How far up can you go?",
        "too_small",
    )


_NEARLY = 1e-3  # an alpha within this fraction below the edge counts as the edge

q1 = ValueExercise(
    name="ch4.q1",
    title=f"the edge of alpha for input {plain(_Q1_INPUT)}: where learning stops converging",
    ask="one number: the edge, the alpha where learning stops converging",
    judge=_judge_edge,
    given=(_Q1_INPUT,),
    hints=(
        "Each step multiplies the distance to the goal weight by r = 1 - alpha * input ** 2.",
        f"It converges while -1 < r < 1. Which alpha makes r = -1 when input is {plain(_Q1_INPUT)}?",
    ),
    solution=f"""
input = {_Q1_INPUT!r}
alpha_edge = 2 / input ** 2   # {brief(_EDGE)}: here r = 1 - alpha * {plain(_SQUARED)} = -1 (bounces)
q1.check(alpha_edge)          # every alpha strictly between 0 and this edge converges
""",
)

# ---- q2: name the regimes; the order is not the order the names are offered in ----
#: The five (alpha, input) pairs of q2, in the order the notebook lists them.
PAIRS = ((0.5, 2.0), (0.2, 3.0), (1.0, 2.0), (0.1, 2.0), (0.25, 2.0))
#: The names as the notebook offers them (in the order r falls from 1): the answer must not be this order.
OFFERED = (Regime.STEADY, Regime.ONE_STEP, Regime.OSCILLATES, Regime.BOUNCES, Regime.DIVERGES)
_NAMES = ", ".join(r.name for r in OFFERED)


def _read_regime(item: Any) -> Regime | None:
    if isinstance(item, Regime):
        return item
    if isinstance(item, str):
        text = item.strip().lower().replace("_", " ")
        for candidate in Regime:
            if text in (candidate.value, candidate.name.lower().replace("_", " ")):
                return candidate
    return None


def _listing(numbers: Sequence[int]) -> str:
    """'1', '1 and 3', '1, 3 and 4'."""
    words = [str(n) for n in numbers]
    return words[0] if len(words) == 1 else f"{', '.join(words[:-1])} and {words[-1]}"


def _judge_regimes(answer: Any) -> Verdict:
    if not isinstance(answer, list | tuple) or len(answer) != len(PAIRS):
        return incorrect(f"You passed {describe(answer)}; pass a list of {len(PAIRS)} regimes, one per pair.")
    read = [_read_regime(item) for item in answer]
    if None in read:
        bad = answer[read.index(None)]
        return incorrect(f"{bad!r} is not a regime. Use gd.Regime.NAME, one of: {_NAMES}.", "unknown_name")
    right = [regime(input, alpha) for alpha, input in PAIRS]
    if read == right:
        return correct(f"All {len(PAIRS)} right: r = 1 - alpha * input ** 2 decides each one.")
    if read == list(OFFERED):
        return incorrect(
            "That is the order the names are listed in, not the order of the pairs. Work out "
            "r = 1 - alpha * input ** 2 for each pair, in the order the pairs are listed.",
            "offered_order",
        )
    swapped = [regime(alpha, input) for alpha, input in PAIRS]  # each pair read as (input, alpha)
    if read == swapped:
        return incorrect(
            "Those are the regimes of the pairs read as (input, alpha). Each pair here is (alpha, input): "
            "alpha first, then input, as `for alpha, input in pairs` reads them. Work out "
            "r = 1 - alpha * input ** 2 with the two the right way round.",
            "pair_order",
        )
    unsquared = [regime(math.sqrt(abs(input)), alpha) for alpha, input in PAIRS]
    if read == unsquared:
        return incorrect(_NO_SQUARE_ANY, "no_square")
    wrong = [n for n, (mine, truth) in enumerate(zip(read, right, strict=True), start=1) if mine != truth]
    overshoot = [n for n in wrong if read[n - 1] is Regime.DIVERGES and right[n - 1] is Regime.OSCILLATES]
    rest = [n for n in range(1, len(PAIRS) + 1) if n not in wrong]
    message = (
        f"Pair{'s' * (len(wrong) > 1)} {_listing(wrong)} {'are' if len(wrong) > 1 else 'is'} not right yet"
    )
    if rest:
        one = len(rest) == 1
        message += f"; {'pair' if one else 'pairs'} {_listing(rest)} {'is' if one else 'are'} right"
    message += ". Work out r = 1 - alpha * input ** 2 for each."
    if overshoot:
        message += (
            f" Pair{'s' * (len(overshoot) > 1)} {_listing(overshoot)} overshoot{'s' * (len(overshoot) == 1)} "
            "every step, but each overshoot is smaller than the last (-1 < r < 0): overshooting is not "
            "diverging."
        )
    return incorrect(message, "overshoot_is_not_divergence" if overshoot == wrong else "wrong_regime")


_PAIRS_TEXT = ", ".join(f"({plain(alpha)}, {plain(input)})" for alpha, input in PAIRS)
_Q2_ANSWER = [regime(input, alpha) for alpha, input in PAIRS]
_R_TEXT = ", ".join(plain(round(convergence_factor(input, alpha), 12)) for alpha, input in PAIRS)

q2 = ValueExercise(
    name="ch4.q2",
    title=f"name the regime of {len(PAIRS)} pairs of alpha and input",
    ask=f"a list of {len(PAIRS)} gd.Regime values, one per pair, in the order the pairs are listed",
    judge=_judge_regimes,
    given=tuple(v for pair in PAIRS for v in pair),
    hints=(
        "For each pair compute r = 1 - alpha * input ** 2.",
        "0 < r < 1 steady; r = 0 one step; -1 < r < 0 oscillates; r = -1 bounces; r < -1 diverges.",
    ),
    solution=f"""
pairs = [{_PAIRS_TEXT}]   # (alpha, input)
for alpha, input in pairs:
    print(alpha, input, "r =", 1 - alpha * input ** 2)
# r = {_R_TEXT}
answer = [{", ".join(f"gd.Regime.{r.name}" for r in _Q2_ANSWER)}]
q2.check(answer)
""",
)

# ---- q3: fix the diverging run ----
#: The book's diverging run that q3 asks to fix.
DIVERGING = {"weight": 0.5, "input": 2.0, "goal_pred": 0.8, "alpha": 1.0}
_TOLERANCE, _WITHIN = 1e-6, 20
_BOOK_ALPHA = 0.1
_ALPHA_ADVICE = (
    f"With input {plain(DIVERGING['input'])}, r = 1 - {plain(DIVERGING['input'] ** 2)} * alpha must lie "
    "between -1 and 1."
)


def _dict_text(numbers: dict[str, float]) -> str:
    return "{" + ", ".join(f'"{key}": {value!r}' for key, value in numbers.items()) + "}"


_DICT_TEXT = _dict_text(DIVERGING)


def _judge_fix(answer: Any) -> Verdict:
    if not isinstance(answer, dict):
        return incorrect(
            f"You passed {describe(answer)}; pass the dict from the cell, {_DICT_TEXT}, with one number "
            "changed."
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
        return incorrect(f"You changed {' and '.join(changed)}: change only one number.", "more_than_one")
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
            f"alpha = {show(alpha)} converges, but slowly: {how_many(steps, 'update')} to get the error "
            f"below {_TOLERANCE:g}. Make it get there within {_WITHIN}, as many as the book's loop runs.",
            "too_slow",
        )
    r = convergence_factor(new["input"], alpha)
    return correct(
        f"alpha = {show(alpha)}: r = {plain(r)}, and the error is below {_TOLERANCE:g} after "
        f"{how_many(steps, 'update')}."
    )


_FIXED = dict(DIVERGING, alpha=_BOOK_ALPHA)
_FIXED_STEPS = _steps_to_tolerance(*_FIXED.values(), _TOLERANCE)
_FIXED_R = convergence_factor(_FIXED["input"], _BOOK_ALPHA)
_FIXED_TEXT = _dict_text(_FIXED)

q3 = ValueExercise(
    name="ch4.q3",
    title="fix a diverging run by changing one number",
    ask="the dict of the run's numbers, with one of them changed",
    judge=_judge_fix,
    hints=(
        "Only input and alpha decide whether it diverges. Which of those two is yours to choose?",
        f"{_ALPHA_ADVICE} The book used {plain(_BOOK_ALPHA)}.",
    ),
    solution=f"""
fixed = {_FIXED_TEXT}
q3.check(fixed)
# r = 1 - {plain(_BOOK_ALPHA)} * {plain(_FIXED["input"] ** 2)} = {plain(_FIXED_R)}
# the error is below {_TOLERANCE:g} after {how_many(_FIXED_STEPS, "update")}
""",
)

# ---- q4: how many updates ----
Q4 = {"weight": 0.5, "input": 2.0, "goal_pred": 0.8, "alpha": 0.05}
_Q4_STEPS = _steps_to_tolerance(*Q4.values(), tolerance=_TOLERANCE)
_q4_r = convergence_factor(Q4["input"], Q4["alpha"])
_Q4_ARGS = ", ".join(repr(v) for v in Q4.values())
_q4_first = (Q4["input"] * Q4["weight"] - Q4["goal_pred"]) ** 2

q4 = ValueExercise(
    name="ch4.q4",
    title=f"how many updates until the error is below {_TOLERANCE:g}?",
    ask="one whole number: how many updates",
    expected=_Q4_STEPS,
    given=tuple(Q4.values()),
    wrong_answers=(
        WrongAnswer(
            _Q4_STEPS + 1, "off_by_one", "One too many: the first line shows the error before any update."
        ),
        WrongAnswer(
            _Q4_STEPS - 1,
            "off_by_one",
            f"One too few: after that many updates the error is still just above {_TOLERANCE:g}.",
        ),
        WrongAnswer(
            _steps_to_tolerance(Q4["weight"], Q4["input"], Q4["goal_pred"], _BOOK_ALPHA, _TOLERANCE),
            "book_alpha",
            f"That is the count for the book's alpha {plain(_BOOK_ALPHA)}; this exercise uses alpha "
            f"{plain(Q4['alpha'])}.",
        ),
    ),
    success=f"r = 1 - {plain(Q4['alpha'])} * {plain(Q4['input'] ** 2)} = {plain(_q4_r)}, so the error "
    f"shrinks by r ** 2 = {plain(round(_q4_r**2, 12))} per update: {plain(_q4_first)} * "
    f"{plain(round(_q4_r**2, 12))} ** k < {_TOLERANCE:g} first at k = {_Q4_STEPS}.",
    hints=(
        f"The first error is ({plain(Q4['input'])} * {plain(Q4['weight'])} - {plain(Q4['goal_pred'])}) ** 2 "
        f"= {plain(_q4_first)}; each update multiplies it by r ** 2.",
        f"Find the smallest whole k with {plain(_q4_first)} * {plain(round(_q4_r**2, 12))} ** k < "
        f"{_TOLERANCE:g}; or run gd.gradient_descent and look.",
    ),
    solution=f"""
import gdcourse as gd
run = gd.gradient_descent({_Q4_ARGS}, iterations={2 * _Q4_STEPS})
updates = 0
for error in run.errors:   # the first error is before any update, the next after 1 update, ...
    if error < {_TOLERANCE!r}:
        break
    updates += 1
q4.check(updates)   # {_Q4_STEPS}
# gd.steps_to_tolerance({_Q4_ARGS}) gives the same without a loop
""",
)

# ---- q5: a negative alpha ----
_Q5_INPUT, _NEGATIVE = 2.0, -0.1


def _negative_alpha_discussion(input: float, negative: float) -> str:
    r = convergence_factor(input, negative)
    return (
        "A negative alpha turns every step around: the weight walks up the slope, away from the goal "
        f"weight, and the error grows for ever. With input {plain(input)} and alpha {plain(negative)}, "
        f"r = 1 - ({plain(negative)}) * {plain(input**2)} = {plain(r)}: above 1, so each step leaves "
        f"the weight {plain(r)} times as far from the goal weight, always on the same side, and the "
        f"error grows {plain(round(r**2, 12))} times over. Nothing zigzags: gradient descent has become "
        "gradient ascent. Only an alpha between 0 and 2 / input ** 2 converges."
    )


q5 = ThoughtExercise(
    name="ch4.q5",
    title="a negative alpha",
    question=f"What does gradient descent do with a negative alpha, say {plain(_NEGATIVE)}, when input "
    f"is {plain(_Q5_INPUT)}?",
    discussion=_negative_alpha_discussion(_Q5_INPUT, _NEGATIVE),
    hints=(f"Compute r = 1 - alpha * input ** 2 for alpha {plain(_NEGATIVE)} and input {plain(_Q5_INPUT)}.",),
)

# ---- q6: the loop with alpha, from memory ----
_Q6_ARGS = ("weight", "input", "goal_pred", "alpha", "iterations")
_Q6_CASES = (
    (0.5, 2.0, 0.8, 0.1, 6),  # the book's tamed run
    (0.5, 2.0, 0.8, 0.3, 5),  # oscillates; with the factor 2 it would diverge
    (0.0, 1.1, 0.8, 0.5, 5),
    (0.3, -1.5, 0.6, 0.05, 5),  # a negative input
)


def _q6_factor_two_report(cases: Sequence[tuple[float, float, float, float, int]]) -> str:
    return loops.factor_two_message(cases, "learn", _Q6_ARGS)


q6 = PrintingExercise(
    name="ch4.q6",
    title="the loop with alpha, from memory",
    call="learn(weight, input, goal_pred, alpha, iterations)",
    arg_names=_Q6_ARGS,
    cases=_Q6_CASES,
    reference=loops.book_pairs,
    mistakes=(
        *diagnoses.update_mistakes(
            loops.loop_pairs, factor_two_accepted=False, factor_two_report=_q6_factor_two_report
        ),
        Mistake(
            "printed_after_update",
            loops.PRINTED_AFTER_UPDATE,
            functools.partial(loops.printed_after_update),
        ),
    ),
    success="Your loop prints the book's lines, alpha included, for every run tried. That is the "
    "whole of gradient descent for one weight, written from memory.",
    hints=(
        "Inside `for iteration in range(iterations):` the book does: predict, error, delta (or the "
        "derivative), update with alpha, print.",
        "The update: `weight = weight - alpha * (delta * input)`.",
        'Print as the book does: print("Error:" + str(error) + " Prediction:" + str(pred)).',
    ),
    solution="""
def learn(weight, input, goal_pred, alpha, iterations):
    for iteration in range(iterations):
        pred = input * weight
        error = (pred - goal_pred) ** 2
        derivative = input * (pred - goal_pred)
        weight = weight - (alpha * derivative)
        print("Error:" + str(error) + " Prediction:" + str(pred))


q6.check(learn)
""",
)
