"""Every exercise: its own solution passes, placeholders say "not attempted yet", the API behaves."""

from __future__ import annotations

import importlib
import re
import subprocess
import sys
import textwrap

import pytest

import gdcourse as gd
from gdcourse.exercises import CHAPTERS, Exercise, Status, ____, all_exercises, ch1, ch3, ch4
from gdcourse.exercises.exercise import ThoughtExercise
from gdcourse.exercises.function import FunctionExercise
from gdcourse.exercises.value import ValueExercise
from gdcourse.exercises.verdict import Verdict

EXERCISES = all_exercises()
IDS = [q.name for q in EXERCISES]
CHECKED = [q for q in EXERCISES if not isinstance(q, ThoughtExercise)]
FUNCTIONS = [q for q in EXERCISES if isinstance(q, FunctionExercise)]
VERDICT_WORDS = tuple(status.value for status in Status)


def _namespace(exercise) -> dict:
    chapter, question = exercise.name.split(".")
    module = importlib.import_module(f"gdcourse.exercises.{chapter}")
    return {question: exercise, chapter: module, "gd": gd}


def test_every_chapter_has_at_least_three_exercises_with_unique_names():
    chapters = [name.split(".")[0] for name in IDS]
    assert {c: chapters.count(c) >= 3 for c in ("ch1", "ch2", "ch3", "ch4", "ch5")} == dict.fromkeys(
        ("ch1", "ch2", "ch3", "ch4", "ch5"), True
    )
    assert len(set(IDS)) == len(IDS)
    assert {type(q) for q in EXERCISES} >= {ValueExercise, FunctionExercise, ThoughtExercise}


@pytest.mark.parametrize("exercise", CHECKED, ids=[q.name for q in CHECKED])
def test_the_solution_shown_to_learners_passes_its_own_check(exercise, capsys):
    namespace = _namespace(exercise)
    exec(textwrap.dedent(exercise.solution_code), namespace)
    if (
        isinstance(exercise, FunctionExercise)
        and f"{exercise.name.split('.')[1]}.check(" not in exercise.solution_code
    ):
        exercise.check(namespace[exercise.function_name])  # a solution that only defines the function
    verdicts = [line for line in capsys.readouterr().out.splitlines() if line.startswith(VERDICT_WORDS)]
    assert verdicts and all(line.startswith("Correct!") for line in verdicts), verdicts
    if isinstance(exercise, FunctionExercise):
        verdict = exercise.verdict(namespace[exercise.function_name])
        assert verdict.status is Status.CORRECT and verdict.mistake is None, verdict


@pytest.mark.parametrize("exercise", EXERCISES, ids=IDS)
@pytest.mark.parametrize("blank", [____, ..., (____, 1.0), [____] * 5], ids=["____", "...", "tuple", "list"])
def test_placeholders_say_not_attempted_yet(exercise, blank, capsys):
    exercise.check(blank)
    out = capsys.readouterr().out
    assert out.startswith("Not attempted yet."), out
    assert exercise.verdict(blank).status is Status.NOT_ATTEMPTED


@pytest.mark.parametrize("exercise", FUNCTIONS, ids=[q.name for q in FUNCTIONS])
def test_a_stub_that_raises_not_implemented_is_not_attempted(exercise, capsys):
    def stub(*args):
        raise NotImplementedError("your code here")

    def returns_blank(*args):
        return ____

    exercise.check(stub)
    assert capsys.readouterr().out.startswith("Not attempted yet.")
    if exercise.kind != "printing":
        assert exercise.verdict(returns_blank).status is Status.NOT_ATTEMPTED


def test_arithmetic_on_the_placeholder_stays_a_placeholder():
    error = (____ - 0.8) ** 2
    assert error is ____
    assert 2 * ____ / 3 + 1 is ____
    assert ch1.q1.verdict(error).status is Status.NOT_ATTEMPTED


@pytest.mark.parametrize("exercise", EXERCISES, ids=IDS)
def test_check_with_nothing_says_what_to_pass(exercise, capsys):
    exercise.check()
    out = capsys.readouterr().out
    if isinstance(exercise, ThoughtExercise):  # asks for a guess, and keeps the discussion back
        assert out.startswith("Nothing to check yet. " + exercise.question)
        assert "Write your guess first" in out and exercise.explanation not in out
    else:
        assert out.startswith("Nothing to check yet. Pass " + exercise.ask)
    assert exercise.name.split(".")[1] + ".check(" in out


@pytest.mark.parametrize("exercise", [q for q in EXERCISES if isinstance(q, ThoughtExercise)])
def test_a_thought_exercise_shows_the_guess_beside_the_discussion(exercise):
    verdict = exercise.verdict("  it stays where it is ")
    assert verdict.status is Status.DISCUSSION
    assert "Your guess: it stays where it is\n" in verdict.message and exercise.explanation in verdict.message
    assert exercise.verdict("   ").status is Status.NOT_ATTEMPTED


@pytest.mark.parametrize("exercise", EXERCISES, ids=IDS)
def test_hints_are_numbered_and_bad_numbers_are_refused(exercise, capsys):
    total = len(exercise.hints)
    exercise.hint()
    assert capsys.readouterr().out.startswith(f"Hint 1 of {total}")
    exercise.hint(total)
    assert capsys.readouterr().out.startswith(f"Hint {total} of {total}: {exercise.hints[-1]}")
    for bad in (0, total + 1, 99, -1, True, 1.0, "1"):
        with pytest.raises(ValueError, match=r"^n must be .*got"):
            exercise.hint(bad)


@pytest.mark.parametrize("exercise", EXERCISES, ids=IDS)
def test_solution_is_shown_only_when_asked(exercise, capsys):
    exercise.check()
    exercise.check(____)
    before = capsys.readouterr().out
    exercise.solution()
    shown = capsys.readouterr().out
    assert shown.startswith(("Solution:", "Discussion:"))
    if exercise.solution_code:
        first_line = exercise.solution_code.strip().splitlines()[0]
        assert first_line in shown and first_line not in before


def test_wrong_answers_do_not_reveal_the_solution(capsys):
    def bad(weight, input, goal_pred, alpha):
        return weight + 1.0

    for exercise, answer in ((ch3.q2, bad), (ch3.q1, (1.0, 2.0)), (ch1.q1, 7.0), (ch4.q1, 0.05)):
        exercise.check(answer)
    out = capsys.readouterr().out
    assert "weight_delta = delta * input" not in out
    assert "0.0225" not in out and "-0.4" not in out and "0.2222" not in out


def test_a_value_answer_that_is_right_in_part_says_which_part():
    verdict = ch3.q1.verdict((-0.2, 3.0))
    assert verdict.status is Status.INCORRECT
    assert verdict.message == "delta is right; weight_delta not yet."


def test_numpy_answers_are_accepted():
    np = pytest.importorskip("numpy")
    assert ch1.q1.verdict(np.float64(0.0225)).passed
    assert ch3.q1.verdict(np.array([-0.2, -0.4])).passed


def test_a_bug_in_a_checker_becomes_a_message_not_an_exception(capsys):
    def broken(answer):
        raise KeyError("oops")

    exercise = ValueExercise("test.q1", "broken", "a number", ("none",), "", judge=broken)
    exercise.check(1.0)
    out = capsys.readouterr().out
    assert out.startswith("Your code ran into a problem. The checker itself failed (KeyError")


def test_exercises_know_their_own_shape():
    assert "update_weight(weight, input, goal_pred, alpha)" in repr(ch3.q2)
    assert repr(ch1.q1).startswith("<ch1.q1 (value)")
    with pytest.raises(ValueError, match="hints"):
        ValueExercise("test.q1", "no hints", "a number", (), "", expected=1.0)
    with pytest.raises(ValueError, match="exactly one of expected or judge"):
        ValueExercise("test.q1", "both", "a number", ("h",), "", expected=1.0, judge=lambda a: a)


def test_inside_jupyter_the_verdict_is_displayed_with_plain_text_and_html(monkeypatch):
    shown = []
    monkeypatch.setattr("gdcourse.exercises.view._in_kernel", lambda: True)
    monkeypatch.setattr("IPython.display.display", lambda bundle, raw: shown.append((bundle, raw)))
    ch1.q1.check(-0.15)
    ((bundle, raw),) = shown
    assert raw is True
    assert bundle["text/plain"].startswith("Not quite. -0.15 is the pure error")
    assert "Not quite. -0.15 is the pure error" in bundle["text/html"]
    assert bundle["text/html"].startswith("<div")


def test_verdict_values_are_frozen_records():
    verdict = ch1.q1.verdict(0.0225)
    assert isinstance(verdict, Verdict) and verdict.passed and verdict.status is Status.CORRECT
    with pytest.raises(AttributeError):
        verdict.message = "changed"


def test_exercises_load_no_plotting_or_widgets_and_nothing_imports_them():
    code = (
        "import sys, gdcourse.exercises as e; e.all_exercises(); "
        "print(sorted(m for m in ('matplotlib', 'ipywidgets') if m in sys.modules))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"
    package = importlib.import_module("gdcourse").__path__[0]
    import pathlib

    for path in pathlib.Path(package).glob("*.py"):
        text = path.read_text()
        assert "from gdcourse.exercises" not in text and "import gdcourse.exercises" not in text, path


def test_each_exercise_is_named_after_the_variable_it_is_bound_to():
    """`ch3.q2.check()` says "ch3.q2" in its messages: the name must match where a learner imports it."""
    seen = 0
    for chapter in CHAPTERS:
        module = importlib.import_module(f"gdcourse.exercises.{chapter}")
        for variable, value in vars(module).items():
            if isinstance(value, Exercise):
                assert value.name == f"{chapter}.{variable}", (chapter, variable, value.name)
                seen += 1
    assert seen == len(all_exercises())


def test_the_box_shows_code_as_code_and_keeps_every_word():
    from gdcourse.exercises.view import as_html

    text = "Replace the `____` with your guess; `a < b` is code, and so is `q1.check(f)`."
    box = as_html(text, Status.NOT_ATTEMPTED)
    assert "`" not in box, "no raw backticks in the box"
    assert box.count("<code") == 3 and "<code" in box and "&lt;" in box
    words = re.sub(r"<[^>]+>", "", box).replace("&lt;", "<")
    assert words == text.replace("`", ""), "the words are the plain text's"
