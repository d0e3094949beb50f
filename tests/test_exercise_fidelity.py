"""Lessons 1-4's exercises tell the truth, as a learner holding the book would meet them.

Each test here guards a class of defect that once shipped: a solution that fails when pasted into
its notebook, cases that cannot tell a plausible variant from the book's answer, a message whose
numbers were typed (and wrong), an answer that is the prompt copied, a verdict that calls a
different result "the book's".
"""

from __future__ import annotations

import ast
import contextlib
import io
import json
import math
import re
from pathlib import Path

import pytest

import gdcourse as gd
from gdcourse.exercises import Status, ____, all_exercises, ch1, ch3, ch4
from gdcourse.exercises.exercise import ThoughtExercise
from gdcourse.exercises.function import FunctionExercise
from gdcourse.exercises.value import ValueExercise

ROOT = Path(__file__).resolve().parent.parent
LESSONS = {
    "ch1": "01_compare.ipynb",
    "ch2": "02_hot_and_cold.ipynb",
    "ch3": "03_gradient_descent.ipynb",
    "ch4": "04_divergence_and_alpha.ipynb",
}
EXERCISES = [q for q in all_exercises() if q.name.split(".")[0] in LESSONS]
IDS = [q.name for q in EXERCISES]
CHECKED = [q for q in EXERCISES if not isinstance(q, ThoughtExercise)]
VERDICT_WORDS = tuple(status.value for status in Status)


def cells(chapter: str, kind: str) -> list[str]:
    notebook = json.loads((ROOT / "notebooks" / LESSONS[chapter]).read_text())
    return ["".join(c["source"]) for c in notebook["cells"] if c["cell_type"] == kind]


def binds_names(source: str) -> bool:
    """True when a cell defines or rebinds a name (an assignment, def, import, for, with...)."""
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store):
            return True
        if isinstance(node, ast.FunctionDef | ast.ClassDef | ast.Import | ast.ImportFrom):
            return True
    return False


_NAMESPACES: dict[str, dict] = {}


def notebook_namespace(chapter: str) -> dict:
    """What the lesson's cells define, run top to bottom; cells that bind no name (pictures,
    explorers, prints, checks) are left out: they change nothing a pasted solution could use."""
    if chapter not in _NAMESPACES:
        namespace: dict = {"__name__": "__main__"}
        with contextlib.redirect_stdout(io.StringIO()):
            for source in cells(chapter, "code"):
                if binds_names(source):
                    exec(compile(source, LESSONS[chapter], "exec"), namespace)
        _NAMESPACES[chapter] = namespace
    return dict(_NAMESPACES[chapter])


def imported_exercises(chapter: str) -> set[str]:
    names = set()
    for source in cells(chapter, "code"):
        for node in ast.walk(ast.parse(source)):
            if isinstance(node, ast.ImportFrom) and node.module == f"gdcourse.exercises.{chapter}":
                names |= {alias.name for alias in node.names}
    return names


def prompt_before(exercise) -> str:
    """The markdown cell just before the code cell that checks this exercise."""
    chapter, question = exercise.name.split(".")
    notebook = json.loads((ROOT / "notebooks" / LESSONS[chapter]).read_text())
    text = ["".join(c["source"]) for c in notebook["cells"]]
    kinds = [c["cell_type"] for c in notebook["cells"]]
    at = next(n for n, t in enumerate(text) if kinds[n] == "code" and f"{question}.check(" in t)
    return next(text[n] for n in range(at - 1, -1, -1) if kinds[n] == "markdown")


# ---- every exercise is shown, and its solution runs where it is pasted ----


@pytest.mark.parametrize("chapter", LESSONS)
def test_every_exercise_of_a_lesson_is_imported_by_its_notebook(chapter):
    module = __import__(f"gdcourse.exercises.{chapter}", fromlist=["_"])
    defined = {q.name.split(".")[1] for q in EXERCISES if q.name.startswith(chapter + ".")}
    assert imported_exercises(chapter) == defined, module.__name__


@pytest.mark.parametrize("exercise", CHECKED, ids=[q.name for q in CHECKED])
def test_the_solution_pasted_into_its_notebook_passes_its_own_check(exercise):
    """Run in a namespace holding only what the notebook's cells define: a name the notebook never
    made (a module constant, a helper) fails here with NameError, as it would for the learner."""
    chapter, question = exercise.name.split(".")
    assert f"{question}.check(" in exercise.solution_code, "a pasted solution must run its check too"
    namespace = notebook_namespace(chapter)
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        exec(exercise.solution_code, namespace)
    verdicts = [line for line in out.getvalue().splitlines() if line.startswith(VERDICT_WORDS)]
    assert verdicts and all(line.startswith("Correct!") for line in verdicts), out.getvalue()


def _texts(exercise) -> list[str]:
    """Every text a learner can get from an exercise: asks, hints, solutions, and verdicts."""
    texts = [exercise.ask, exercise.title, exercise.solution_code, exercise.explanation, *exercise.hints]
    probes = [____, None, "x", 0.5, (0.5, 0.5), [0.5] * 5, {}, dict(ch4.DIVERGING, weight=0.3)]
    texts += [exercise.verdict(answer).message for answer in probes] + [exercise.verdict().message]
    if isinstance(exercise, ValueExercise):
        texts += [exercise.success] + [w.message for w in exercise.wrong_answers]
    if isinstance(exercise, FunctionExercise):
        texts += [exercise.success] + [m.message_for(exercise.cases) for m in exercise.mistakes]
    if isinstance(exercise, ThoughtExercise):
        texts += [exercise.question]
    return texts


@pytest.mark.parametrize("exercise", EXERCISES, ids=IDS)
def test_no_text_names_something_the_notebook_does_not_have(exercise):
    for text in _texts(exercise):
        assert not re.search(r"\bch\d\.\w", text), text


# ---- cases separate the variants that matter ----


def hot_and_cold_only_if_better(weight, input, goal_pred, step_amount):
    error = (goal_pred - input * weight) ** 2
    up_error = (goal_pred - input * (weight + step_amount)) ** 2
    down_error = (goal_pred - input * (weight - step_amount)) ** 2
    if down_error < up_error and down_error < error:
        return weight - step_amount
    if up_error < down_error and up_error < error:
        return weight + step_amount
    return weight


def hot_and_cold_returns_prediction(weight, input, goal_pred, step_amount):
    up_error = (goal_pred - input * (weight + step_amount)) ** 2
    down_error = (goal_pred - input * (weight - step_amount)) ** 2
    if down_error < up_error:
        weight = weight - step_amount
    if down_error > up_error:
        weight = weight + step_amount
    return input * weight


def hot_and_cold_step_times_input(weight, input, goal_pred, step_amount):
    up_error = (goal_pred - input * (weight + step_amount)) ** 2
    down_error = (goal_pred - input * (weight - step_amount)) ** 2
    if down_error < up_error:
        weight = weight - step_amount * input
    if down_error > up_error:
        weight = weight + step_amount * input
    return weight


def update_alpha_twice(weight, input, goal_pred, alpha):
    weight_delta = (input * weight - goal_pred) * input * alpha
    return weight - alpha * weight_delta


def update_returns_weight_delta(weight, input, goal_pred, alpha):
    return (input * weight - goal_pred) * input


def update_divides_by_input(weight, input, goal_pred, alpha):
    return weight - alpha * (input * weight - goal_pred) / input


def update_adds(weight, input, goal_pred, alpha):
    weight += alpha * (input * weight - goal_pred) * input  # the book's delta, added
    return weight


def update_true_derivative(weight, input, goal_pred, alpha):
    return weight - alpha * 2 * (input * weight - goal_pred) * input


def mse_root(preds, goal_preds):
    return math.sqrt(sum((p - g) ** 2 for p, g in zip(preds, goal_preds, strict=True)) / len(preds))


def mse_square_of_sum(preds, goal_preds):
    return sum(p - g for p, g in zip(preds, goal_preds, strict=True)) ** 2 / len(preds)


def mse_first_pair_only(preds, goal_preds):
    return (preds[0] - goal_preds[0]) ** 2


def mse_n_minus_one(preds, goal_preds):
    return sum((p - g) ** 2 for p, g in zip(preds, goal_preds, strict=True)) / max(len(preds) - 1, 1)


def printing_loop(*, alpha=None, factor=1.0, show="pred", square=True):
    """A learner's loop, printing the book's line format; `alpha=None` means the exercise's own alpha."""

    def learn(weight, input, goal_pred, *rest):
        own_alpha, iterations = (1.0, rest[0]) if len(rest) == 1 else rest
        step = own_alpha if alpha is None else alpha
        for _ in range(iterations):
            pred = input * weight
            error = (pred - goal_pred) ** 2 if square else pred - goal_pred
            weight = weight - step * factor * (pred - goal_pred) * input
            shown = {"pred": pred, "weight": weight}[show]
            print("Error:" + str(error) + " Prediction:" + str(shown))

    return learn


#: Plausible ways to get each function exercise wrong, named and unnamed: each must not be "Correct!".
#: The value is the mistake the check should name, or None when any honest non-passing verdict will do.
VARIANTS = {
    "ch1.q2": [(mse_root, "root_of_mean"), (mse_square_of_sum, None), (mse_first_pair_only, None),
               (mse_n_minus_one, None)],
    "ch2.q1": [(hot_and_cold_only_if_better, "moves_only_if_better"), (hot_and_cold_returns_prediction, None),
               (hot_and_cold_step_times_input, None)],
    "ch3.q2": [(update_alpha_twice, None), (update_returns_weight_delta, None),
               (update_divides_by_input, None), (update_adds, "sign_flipped")],
    "ch3.q3": [(printing_loop(factor=2.0), "factor_two"), (printing_loop(alpha=0.01), "has_alpha"),
               (printing_loop(alpha=0.1), "has_alpha"), (printing_loop(show="weight"), None),
               (printing_loop(square=False), None)],
    "ch4.q6": [(printing_loop(factor=2.0), "factor_two"), (printing_loop(alpha=1.0), "no_alpha"),
               (printing_loop(alpha=0.1), None), (printing_loop(show="weight"), None),
               (printing_loop(square=False), None)],
}  # fmt: skip
BY_NAME = {q.name: q for q in EXERCISES}


@pytest.mark.parametrize(
    ("name", "variant", "mistake"),
    [(name, fn, mistake) for name, variants in VARIANTS.items() for fn, mistake in variants],
    ids=[
        f"{name}-{fn.__name__}-{n}"
        for name, variants in VARIANTS.items()
        for n, (fn, _) in enumerate(variants)
    ],
)
def test_a_plausible_variant_is_never_called_correct(name, variant, mistake):
    verdict = BY_NAME[name].verdict(variant)
    assert not verdict.passed, verdict
    if mistake:
        assert verdict.mistake == mistake, verdict


def test_every_function_exercise_of_the_lessons_has_its_variants_listed():
    functions = {q.name for q in EXERCISES if isinstance(q, FunctionExercise)}
    assert functions == set(VARIANTS)


def test_the_true_derivative_in_one_update_is_accepted_with_what_it_changes():
    verdict = ch3.q2.verdict(update_true_derivative)
    assert verdict.status is Status.ACCEPTED and verdict.mistake == "factor_two"
    assert (
        "not the book's" in verdict.message and "the book's new weight on every case" not in verdict.message
    )
    # at least one case changes what learning does when the step doubles, and the message names it
    changed = [(i, a) for _, i, _, a in ch3.q2.cases if gd.regime(i, a) is not gd.regime(i, 2 * a)]
    assert changed
    input, alpha = changed[0]
    assert f"the book's run {gd.regime(input, alpha)}" in verdict.message
    assert f"yours {gd.regime(input, 2 * alpha)}" in verdict.message


@pytest.mark.parametrize("exercise", [ch3.q3, ch4.q6], ids=["ch3.q3", "ch4.q6"])
def test_a_loop_with_the_true_derivative_does_not_pass_a_print_the_books_lines_exercise(exercise):
    verdict = exercise.verdict(printing_loop(factor=2.0))
    assert verdict.status is Status.INCORRECT and "does not print the book's lines" in verdict.message
    # some case turns a converging run into a diverging one, and the message says which
    runs = [(c[1], 1.0 if len(c) == 4 else c[3]) for c in exercise.cases]
    flips = [(i, a) for i, a in runs if gd.regime(i, a).converges and not gd.regime(i, 2 * a).converges]
    assert flips and "yours diverges" in verdict.message


def test_accepted_answers_say_they_are_not_the_books():
    for exercise in EXERCISES:
        messages = []
        if isinstance(exercise, ValueExercise):
            messages = [w.message for w in exercise.wrong_answers if w.accepted]
        if isinstance(exercise, FunctionExercise):
            messages = [m.message_for(exercise.cases) for m in exercise.mistakes if m.accepted]
        for message in messages:
            assert "the book's" in message and "drops the 2" in message, (exercise.name, message)


def test_the_sign_message_fits_a_learner_who_added_instead_of_flipping_delta():
    verdict = ch3.q2.verdict(update_adds)
    assert "weight += alpha * weight_delta" in verdict.message
    assert "goal_pred - pred" in verdict.message  # the other way to get there, named as one of two


# ---- no answer by copying the prompt; the prompt states the checker's numbers ----


@pytest.mark.parametrize(
    "exercise", [q for q in EXERCISES if isinstance(q, ValueExercise)], ids=lambda q: q.name
)
def test_the_prompt_states_the_numbers_the_check_uses_and_not_the_answer(exercise):
    prompt = prompt_before(exercise)
    for number in exercise.given:
        assert re.search(rf"(?<![\d.]){re.escape(gd.book_str(number))}(?![\d])", prompt) or re.search(
            rf"(?<![\d.]){re.escape(f'{number:g}')}(?![\d.])", prompt
        ), (exercise.name, number, prompt)
    if exercise.expected is not None:
        answers = exercise.expected if isinstance(exercise.expected, tuple) else (exercise.expected,)
        for value in answers:
            assert gd.book_str(value) not in prompt, (exercise.name, value)


def test_naming_the_regimes_needs_working_out():
    prompt = prompt_before(ch4.q2)
    offered = [gd.Regime[name] for name in re.findall(r"gd\.Regime\.([A-Z_]+)", prompt)]
    pairs = re.findall(r"\(alpha ([\d.]+), input ([\d.]+)\)", prompt)
    listed = [tuple(float(x) for x in pair) for pair in pairs]
    right = [gd.regime(input, alpha) for alpha, input in ch4.PAIRS]
    assert listed == [tuple(pair) for pair in ch4.PAIRS], "the prompt lists the checker's pairs, in order"
    assert sorted(offered) == sorted(right) and offered != right and offered[::-1] != right
    assert ch4.q2.verdict(offered).status is Status.INCORRECT
    assert ch4.q2.verdict(offered).mistake == "offered_order"


# ---- every number in a message is computed ----

MESSAGE_MODULES = (
    "ch1",
    "ch2",
    "ch3",
    "ch4",
    "diagnoses",
    "loops",
    "printed",
    "function",
    "value",
    "exercise",
)
_NUMBER = re.compile(r"(?<![\w.])\d+(?:\.\d+)?(?:[eE][-+]?\d+)?(?!\w)")
#: Numbers that belong to formulas rather than to data: r = 1 - alpha * input ** 2, 2 * delta, "0".
_FORMULA_NUMBERS = {0.0, 1.0, 2.0}


def _typed_numbers(path: Path) -> list[tuple[int, str, str]]:
    tree = ast.parse(path.read_text())
    docstrings = {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Module | ast.FunctionDef | ast.ClassDef)
        and node.body
        and isinstance(node.body[0], ast.Expr)
        and isinstance(node.body[0].value, ast.Constant)
    }
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings:
            text = re.sub(r"Python [23]\b", "", node.value)
            found += [
                (node.lineno, n, text[:60]) for n in _NUMBER.findall(text) if float(n) not in _FORMULA_NUMBERS
            ]
    return found


@pytest.mark.parametrize("module", MESSAGE_MODULES)
def test_every_number_in_a_message_is_computed_not_typed(module):
    """A string in these modules may hold 0, 1 and 2 (formulas); every other number must come
    from an f-string over the data, so a message can never disagree with its own numbers."""
    path = ROOT / "gdcourse" / "exercises" / f"{module}.py"
    assert _typed_numbers(path) == []


def test_the_typed_number_scan_does_catch_a_typed_number(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text('MESSAGE = "they miss by -0.5 and +0.5"\nOK = f"{0.6} and 2 ** 2"\n')
    assert [n for _, n, _ in _typed_numbers(sample)] == ["0.5", "0.5"]  # 0.6 is computed: no string


def test_the_cancelling_misses_are_the_misses_of_the_predictions_named():
    message = ch1.q4.verdict(0.0).message
    preds, goal_preds = ch1.Q4_PREDS, ch1.Q4_GOAL_PREDS
    for pred, goal_pred in zip(preds, goal_preds, strict=True):
        miss = pred - goal_pred
        assert f"{'+' if miss > 0 else ''}{gd.book_str(miss)}" in message


@pytest.mark.parametrize("steps", [1, 11])
def test_counts_in_messages_agree_with_their_noun(steps):
    alpha = next(a for a in (0.25, 0.1) if gd.steps_to_tolerance(0.5, 2.0, 0.8, a) == steps)
    message = ch4.q3.verdict(dict(ch4.DIVERGING, alpha=alpha)).message
    assert message.endswith(f"after {steps} update{'s' * (steps != 1)}.")


def test_every_wrong_pair_is_named():
    right = [gd.regime(input, alpha) for alpha, input in ch4.PAIRS]
    for wrong in range(1, len(right) + 1):
        answer = [gd.Regime.CLIMBS] * wrong + right[wrong:]
        message = ch4.q2.verdict(answer).message
        named = [int(n) for n in re.findall(r"\d", message.split("not right yet")[0])]
        assert named == list(range(1, wrong + 1)), message


# ---- thought exercises ask for a guess first ----


@pytest.mark.parametrize(
    "exercise", [q for q in EXERCISES if isinstance(q, ThoughtExercise)], ids=lambda q: q.name
)
def test_the_notebook_asks_for_a_guess_before_the_discussion(exercise):
    chapter, question = exercise.name.split(".")
    cell = next(c for c in cells(chapter, "code") if f"{question}.check(" in c)
    assert "guess = ____" in cell and f"{question}.check(guess)" in cell
    assert exercise.verdict(____).status is Status.NOT_ATTEMPTED
    assert exercise.explanation not in exercise.verdict(____).message
