"""Learner code that misbehaves gets a clear message, and check() itself never raises."""

from __future__ import annotations

import json
import math
import signal
import threading
import time

import numpy as np
import pytest

from gdcourse import learner_code
from gdcourse.exercises import Status, all_exercises, ch1, ch3
from gdcourse.exercises.running import PRINT_LIMIT


def test_an_error_shows_the_learners_own_line_not_our_internals(capsys):
    def update_weight(weight, input, goal_pred, alpha):
        pred = input * weight
        delta = pred - goal_pred
        weight_delta = delta * inpt  # noqa: F821 - the learner's typo
        return weight - alpha * weight_delta

    ch3.q2.check(update_weight)
    out = capsys.readouterr().out
    assert out.startswith("Your code ran into a problem. Your function raised an error when called as ")
    assert "in update_weight: weight_delta = delta * inpt" in out
    assert "NameError: name 'inpt' is not defined" in out
    assert "gdcourse" not in out and "Traceback" not in out


def test_an_error_inside_a_library_points_at_the_learners_call():
    def update_weight(weight, input, goal_pred, alpha):
        settings = json.loads("not json")
        return settings

    verdict = ch3.q2.verdict(update_weight)
    assert verdict.mistake == "raised"
    assert 'settings = json.loads("not json")' in verdict.message
    assert "JSONDecodeError" in verdict.message
    assert "decoder.py" not in verdict.message


@pytest.mark.parametrize(
    ("returned", "says"),
    [
        (None, "returned None. Did you forget `return`?"),
        ("0.5", "returned a str ('0.5'), but this exercise wants one number: the new weight"),
        ((0.6, 0.04, -0.2, -0.4, 0.3), "returned a tuple of 5 items, but this exercise wants one number"),
        (np.array([0.1, 0.2]), "returned a numpy array of shape (2,)"),
        (True, "returned a bool (True)"),
    ],
)
def test_a_wrong_type_or_shape_is_named(returned, says):
    verdict = ch3.q2.verdict(lambda weight, input, goal_pred, alpha: returned)
    assert verdict.status is Status.INCORRECT
    assert says in verdict.message


def test_nan_and_infinity_are_explained():
    nan = ch3.q2.verdict(lambda weight, input, goal_pred, alpha: math.nan)
    assert nan.status is Status.PROBLEM and nan.mistake == "nan" and "0/0" in nan.message
    inf = ch3.q2.verdict(lambda weight, input, goal_pred, alpha: math.inf)
    assert inf.mistake == "inf"


def test_a_lot_of_printing_is_cut_short_and_does_not_change_the_verdict(capsys):
    def update_weight(weight, input, goal_pred, alpha):
        for n in range(50_000):
            print("debug line", n)
        return weight - alpha * (input * weight - goal_pred) * input

    ch3.q2.check(update_weight)
    out = capsys.readouterr().out
    assert out.startswith("Correct!")
    assert "printing does not count here" in out and "debug line 0" in out
    assert "more lines" in out and "(and more, cut off)" in out
    assert len(out) < 2_000
    assert 50_000 * len("debug line 0\n") > PRINT_LIMIT


def test_a_function_that_changes_its_input_list_is_told_so():
    def mean_squared_error(preds, goal_preds):
        for i in range(len(preds)):
            preds[i] = (preds[i] - goal_preds[i]) ** 2
        return sum(preds) / len(preds)

    verdict = ch1.q2.verdict(mean_squared_error)
    assert verdict.status is Status.PROBLEM and verdict.mistake == "mutated"
    assert "changed its argument `preds` (from [0.3, 1.3] to [0.25" in verdict.message
    # the exercise's own test cases were not touched
    assert ch1.q2.cases[0] == ([0.3, 1.3], [0.8, 0.8])


def _forever(weight, input, goal_pred, alpha):
    while True:
        weight = weight + 0.0


def test_a_function_that_runs_too_long_is_stopped(monkeypatch, capsys):
    monkeypatch.setattr(type(ch3.q2), "timeout", 0.2)
    start = time.monotonic()
    ch3.q2.check(_forever)
    assert time.monotonic() - start < 2
    out = capsys.readouterr().out
    assert out.startswith("Your code ran into a problem. Your function was still running after 0.2 seconds")
    assert signal.getitimer(signal.ITIMER_REAL)[0] == 0  # no alarm left behind
    assert signal.getsignal(signal.SIGALRM) is signal.SIG_DFL


def test_the_time_limit_also_works_off_the_main_thread(monkeypatch):
    monkeypatch.setattr(type(ch3.q2), "timeout", 0.2)
    verdicts = []
    worker = threading.Thread(target=lambda: verdicts.append(ch3.q2.verdict(_forever)))
    worker.start()
    worker.join(timeout=5)
    assert not worker.is_alive()
    assert verdicts[0].mistake == "timeout"


def test_the_time_limit_lets_quick_code_finish():
    assert learner_code.call(lambda n: sum(range(n)), [1000], timeout=1.0).value == 499500


def test_a_learners_broad_except_does_not_swallow_the_time_limit(monkeypatch):
    def stubborn(weight, input, goal_pred, alpha):
        while True:
            try:  # noqa: SIM105 - a learner's broad except, on purpose
                time.sleep(0.01)
            except Exception:
                pass

    monkeypatch.setattr(type(ch3.q2), "timeout", 0.2)
    assert ch3.q2.verdict(stubborn).mistake == "timeout"


def test_a_function_with_the_wrong_parameters_is_told_the_call_we_make():
    verdict = ch3.q2.verdict(lambda weight, input, goal_pred: weight)
    assert verdict.mistake == "signature"
    assert "update_weight(weight, input, goal_pred, alpha)" in verdict.message


def test_passing_a_result_instead_of_the_function_is_explained():
    verdict = ch3.q2.verdict(0.11275)
    assert verdict.mistake == "not_a_function"
    assert "q2.check(update_weight)" in verdict.message and "a float (0.11275)" in verdict.message


def test_sys_exit_in_learner_code_does_not_end_the_check():
    def leaves(weight, input, goal_pred, alpha):
        raise SystemExit(1)

    verdict = ch3.q2.verdict(leaves)
    assert verdict.status is Status.PROBLEM and "SystemExit" in verdict.message


def test_value_answers_of_the_wrong_kind_are_named():
    assert "You passed None" in ch1.q1.verdict(None).message
    assert "a str ('0.0225')" in ch1.q1.verdict("0.0225").message
    assert ch3.q1.verdict((1.0, 2.0, 3.0)).mistake == "wrong_type"
    assert ch1.q1.verdict(math.nan).mistake == "nan"


def test_a_function_that_calls_input_is_not_told_it_was_not_attempted():
    """In Jupyter, input() with no input box raises StdinNotImplementedError, a NotImplementedError."""
    from IPython.core.error import StdinNotImplementedError

    def mean_squared_error(preds, goal_preds):
        raise StdinNotImplementedError(
            "raw_input was called, but this frontend does not support input requests."
        )

    assert issubclass(StdinNotImplementedError, NotImplementedError)
    verdict = ch1.q2.verdict(mean_squared_error)
    assert verdict.status is Status.PROBLEM and verdict.mistake == "raised"
    assert "not attempted" not in verdict.message.lower() and "It called `input()`" in verdict.message

    def stub(preds, goal_preds):
        raise NotImplementedError("your code here")

    assert ch1.q2.verdict(stub).status is Status.NOT_ATTEMPTED


def test_a_flood_of_printed_lines_is_told_what_was_cut_not_a_count_of_what_was_kept():
    lines = 200_000

    def learn(weight, input, goal_pred, iterations):
        for _ in range(lines):
            pred = input * weight
            print("Error:" + str((pred - goal_pred) ** 2) + " Prediction:" + str(pred))

    verdict = ch3.q3.verdict(learn)
    line = f"Error:{(0.5 * 0.0 - 0.8) ** 2} Prediction:{0.5 * 0.0}\n"
    kept_lines = PRINT_LIMIT // len(line)
    assert verdict.mistake == "line_count"
    assert f"printed {kept_lines} Error lines, but" not in verdict.message
    assert f"printed more than the {PRINT_LIMIT:,} characters kept" in verdict.message
    assert f"{lines * len(line) - PRINT_LIMIT:,} more characters were cut off unread" in verdict.message
    assert "The loop should print 4 lines" in verdict.message


def _holds_itself():
    value = []
    value.append(value)
    return value


def _nested(depth):
    value = outer = []
    for _ in range(depth):
        value.append([])
        value = value[0]
    return outer


UNREADABLE = [
    (10**400, "a whole number of about 400 digits"),
    (10**5000, "a whole number of about 5000 digits"),
    (_holds_itself(), "contains itself"),
    (_nested(5000), "nests more than 20 lists deep"),
]


@pytest.mark.parametrize("exercise", all_exercises(), ids=lambda q: q.name)
def test_an_unreadable_answer_is_the_learners_in_words_never_a_checker_bug(exercise):
    """Issue 25, defect 6: 10**400 was blamed on the package; a list holding itself raised RecursionError."""
    for answer, words in UNREADABLE:
        verdict = exercise.verdict(answer)
        assert "report it" not in verdict.message
        if exercise.kind != "thought":
            assert words in verdict.message and not verdict.passed, (exercise.name, verdict.message)


@pytest.mark.parametrize(("value", "words"), UNREADABLE, ids=["huge", "huger", "itself", "deep"])
def test_an_unreadable_return_value_is_named_with_the_call(value, words):
    def mean_squared_error(preds, goal_preds):
        return value

    message = ch1.q2.verdict(mean_squared_error).message
    assert message.startswith("What `mean_squared_error(preds=") and words in message, message


@pytest.mark.parametrize("exercise", all_exercises(), ids=lambda q: q.name)
def test_a_learners_code_cannot_change_how_an_exercise_judges(exercise):
    """Issue 25, defect 6: rewriting an exercise's expected value or reference made any answer 'Correct!'."""
    for name in ("expected", "reference", "cases", "mistakes", "_judge", "verdict", "name"):
        with pytest.raises(AttributeError, match="cannot be changed"):
            setattr(exercise, name, None)
    with pytest.raises(AttributeError, match="cannot be changed"):
        del exercise.hints
    lists = [arg for case in getattr(exercise, "cases", ()) for arg in case if isinstance(arg, list)]
    if lists:  # the cases handed out are a copy: changing them changes nothing the check uses
        before = exercise.cases
        for case in exercise.cases:
            for arg in case:
                if isinstance(arg, list):
                    arg.append(1e9)
        assert exercise.cases == before
