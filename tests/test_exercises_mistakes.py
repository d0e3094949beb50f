"""Every classic mistake, typed the way a learner would, gets its own message."""

from __future__ import annotations

import itertools

import pytest

import gdcourse as gd
from gdcourse.exercises import Status, ch1, ch2, ch3, ch4, diagnoses
from gdcourse.exercises.answers import close
from gdcourse.exercises.function import FunctionExercise

# ---- chapter 3, one iteration: each mistake written out as a learner would write it ----


def no_input(weight, input, goal_pred, alpha):
    pred = input * weight
    delta = pred - goal_pred
    weight_delta = delta
    return weight - alpha * weight_delta


def sign_flipped(weight, input, goal_pred, alpha):
    pred = input * weight
    delta = goal_pred - pred
    weight_delta = delta * input
    return weight - alpha * weight_delta


def error_not_delta(weight, input, goal_pred, alpha):
    pred = input * weight
    error = (pred - goal_pred) ** 2
    weight_delta = error * input
    return weight - alpha * weight_delta


def no_alpha(weight, input, goal_pred, alpha):
    pred = input * weight
    delta = pred - goal_pred
    weight_delta = delta * input
    return weight - weight_delta


def factor_two(weight, input, goal_pred, alpha):
    pred = input * weight
    derivative = 2 * (pred - goal_pred) * input
    return weight - alpha * derivative


def no_input_no_alpha(weight, input, goal_pred, alpha):
    return weight - (input * weight - goal_pred)


@pytest.mark.parametrize(
    ("learner", "mistake"),
    [
        (no_input, "no_input"),
        (sign_flipped, "sign_flipped"),
        (error_not_delta, "error_not_delta"),
        (no_alpha, "no_alpha"),
    ],
)
def test_one_iteration_names_each_mistake(learner, mistake, capsys):
    verdict = ch3.q2.verdict(learner)
    assert verdict.status is Status.INCORRECT
    assert verdict.mistake == mistake
    ch3.q2.check(learner)
    assert capsys.readouterr().out == f"Not quite. {diagnoses.MESSAGES[mistake]}\n"


def test_the_four_update_messages_are_all_different():
    assert len(set(diagnoses.MESSAGES.values())) == 4


def test_the_true_derivative_is_accepted_and_told_what_differs(capsys):
    verdict = ch3.q2.verdict(factor_two)
    assert verdict.passed and verdict.status is Status.ACCEPTED and verdict.mistake == "factor_two"
    ch3.q2.check(factor_two)
    out = capsys.readouterr().out
    assert out.startswith("Accepted, but not the book's way. Your update_weight uses the true derivative")
    assert "The book drops the 2" in out and "the book's new weight on every case" not in out
    # the numbers it names are the two updates of the first case, computed here independently
    weight, input, goal_pred, alpha = ch3.q2.cases[0]
    book = weight - alpha * (input * weight - goal_pred) * input
    doubled = weight - alpha * 2 * (input * weight - goal_pred) * input
    assert f"the book's new weight is {gd.book_str(book)}, yours is {gd.book_str(doubled)}" in out


def test_two_mistakes_at_once_get_both_messages():
    verdict = ch3.q2.verdict(no_input_no_alpha)
    assert verdict.mistake == "no_input+no_alpha"
    assert verdict.message.startswith("2 things to fix:")
    assert (
        diagnoses.MESSAGES["no_input"] in verdict.message
        and diagnoses.MESSAGES["no_alpha"] in verdict.message
    )


def test_an_unknown_wrong_update_shows_one_case_and_its_expected_value():
    verdict = ch3.q2.verdict(lambda weight, input, goal_pred, alpha: weight + 1)
    assert verdict.mistake == "wrong_value"
    assert verdict.message == (
        "For `update_weight(weight=0.1, input=8.5, goal_pred=1.0, alpha=0.01)` your function returned 1.1, "
        "but it should be 0.11275."
    )


@pytest.mark.parametrize(
    "exercise", [q for q in gd.exercises.all_exercises() if isinstance(q, FunctionExercise)]
)
def test_the_test_cases_tell_every_known_mistake_apart(exercise):
    """If two formulas agreed on every case, the check could not say which mistake it saw."""
    formulas = [("reference", exercise.reference)] + [(m.name, m.formula) for m in exercise.mistakes]
    for (name_a, a), (name_b, b) in itertools.combinations(formulas, 2):
        if name_a == name_b:  # one mistake, several ways to write it
            continue
        outputs_a = [a(*case) for case in exercise.cases]
        outputs_b = [b(*case) for case in exercise.cases]
        assert not close(outputs_a, outputs_b), (exercise.name, name_a, name_b)


# ---- chapter 3, delta and weight_delta by hand ----


@pytest.mark.parametrize(
    ("answer", "mistake"),
    [
        ((0.2, 0.4), "sign_flipped"),
        ((-0.2, -0.2), "no_input"),
        ((0.04, 0.08), "error_not_delta"),
        ((-0.2, -0.04), "alpha_too_early"),
    ],
)
def test_delta_by_hand_names_each_mistake(answer, mistake):
    verdict = ch3.q1.verdict(answer)
    assert verdict.status is Status.INCORRECT and verdict.mistake == mistake


def test_delta_by_hand_accepts_the_factor_two():
    verdict = ch3.q1.verdict((-0.2, -0.8))
    assert verdict.passed and "The book drops the 2" in verdict.message


# ---- chapter 3, the loop from memory, judged by what it prints ----


def make_loop(update=None, fmt=str, after=False, lines_less=0):
    def learn(weight, input, goal_pred, iterations):
        for _ in range(iterations - lines_less):
            pred = input * weight
            error = (pred - goal_pred) ** 2
            delta = pred - goal_pred
            weight = update(weight, input, goal_pred, 1.0) if update else weight - delta * input
            if after:
                pred = input * weight
                error = (pred - goal_pred) ** 2
            print("Error:" + fmt(error) + " Prediction:" + fmt(pred))

    return learn


def test_the_loop_passes_printed_in_python3_or_in_the_books_format(capsys):
    assert ch3.q3.verdict(make_loop()).passed
    assert ch3.q3.verdict(make_loop(fmt=gd.book_str)).passed
    # the check really reads the printing: the book's own first line for weight 0, input 0.5
    make_loop(fmt=gd.book_str)(0.0, 0.5, 0.8, 1)
    assert capsys.readouterr().out == "Error:0.64 Prediction:0.0\n"


@pytest.mark.parametrize(
    ("update", "mistake"),
    [
        (no_input, "no_input"),
        (sign_flipped, "sign_flipped"),
        (error_not_delta, "error_not_delta"),
    ],
)
def test_the_loop_names_each_mistake(update, mistake):
    verdict = ch3.q3.verdict(make_loop(update))
    assert verdict.status is Status.INCORRECT and verdict.mistake == mistake
    assert verdict.message == diagnoses.messages(alpha=False)[mistake]
    assert "alpha" not in verdict.message  # this loop has none


def test_the_loop_with_the_true_derivative_does_not_print_the_books_lines():
    verdict = ch3.q3.verdict(make_loop(factor_two))
    assert verdict.status is Status.INCORRECT and verdict.mistake == "factor_two"
    assert "does not print the book's lines" in verdict.message
    # input 1.1 at alpha 1: the book's r = 1 - 1.21 converges, doubled r = 1 - 2.42 diverges
    assert "oscillates and converges (r = -0.21), yours diverges (r = -1.42)" in verdict.message


def test_the_loop_printing_after_the_update_is_named():
    verdict = ch3.q3.verdict(make_loop(after=True))
    assert verdict.mistake == "printed_after_update" and "one step ahead" in verdict.message


def test_the_loop_with_too_few_lines_says_how_many():
    verdict = ch3.q3.verdict(make_loop(lines_less=1))
    assert verdict.mistake == "line_count"
    assert "printed 3 Error lines, but the loop should print 4" in verdict.message


def test_the_loop_shows_the_first_line_that_differs():
    verdict = ch3.q3.verdict(make_loop(update=lambda w, i, g, a: w + 0.5))
    assert verdict.mistake == "wrong_value"
    assert "line 2 differs" in verdict.message
    assert "the book: Error:0.36 Prediction:0.2" in verdict.message


def test_the_loop_that_prints_nothing_or_something_else_is_told_the_format():
    silent = ch3.q3.verdict(lambda weight, input, goal_pred, iterations: None)
    assert silent.mistake == "no_lines" and "printed nothing" in silent.message
    chatty = ch3.q3.verdict(lambda weight, input, goal_pred, iterations: print("weight is", weight))
    assert chatty.mistake == "no_lines" and "weight is 0.0" in chatty.message


# ---- chapter 1 ----


def test_error_by_hand_mistakes():
    assert ch1.q1.verdict(-0.15).mistake == "not_squared"
    assert ch1.q1.verdict(56.25).mistake == "input_not_pred"
    assert ch1.q1.verdict(0.5).mistake == "wrong_value"


def test_mean_of_pure_errors_that_cancel_is_named(capsys):
    def mean_pure(preds, goal_preds):
        return sum(p - g for p, g in zip(preds, goal_preds, strict=True)) / len(preds)

    ch1.q2.check(mean_pure)
    out = capsys.readouterr().out
    assert out.startswith("Not quite. You averaged the pure errors") and "cancel" in out
    assert ch1.q4.verdict(0.0).mistake == "mean_pure_error"
    assert "0.2 and 1.4" in ch1.q4.verdict(0.0).message


@pytest.mark.parametrize(
    ("formula", "mistake"),
    [
        (lambda p, g: (sum(a - b for a, b in zip(p, g, strict=True)) / len(p)) ** 2, "square_of_mean"),
        (lambda p, g: sum((a - b) ** 2 for a, b in zip(p, g, strict=True)), "sum_not_mean"),
        (lambda p, g: sum(abs(a - b) for a, b in zip(p, g, strict=True)) / len(p), "absolute_error"),
    ],
)
def test_other_mean_squared_error_mistakes(formula, mistake):
    assert ch1.q2.verdict(formula).mistake == mistake


# ---- chapter 2 ----


def wrong_way(weight, input, goal_pred, step_amount):
    up_error = (goal_pred - input * (weight + step_amount)) ** 2
    down_error = (goal_pred - input * (weight - step_amount)) ** 2
    if down_error < up_error:
        weight = weight + step_amount
    if down_error > up_error:
        weight = weight - step_amount
    return weight


def compared_backwards(weight, input, goal_pred, step_amount):
    up_error = (goal_pred - input * (weight + step_amount)) ** 2
    down_error = (goal_pred - input * (weight - step_amount)) ** 2
    if up_error < down_error:
        weight = weight - step_amount
    if up_error > down_error:
        weight = weight + step_amount
    return weight


def if_else(weight, input, goal_pred, step_amount):
    up_error = (goal_pred - input * (weight + step_amount)) ** 2
    down_error = (goal_pred - input * (weight - step_amount)) ** 2
    return weight - step_amount if down_error < up_error else weight + step_amount


@pytest.mark.parametrize(
    ("learner", "mistake"),
    [(wrong_way, "wrong_way"), (compared_backwards, "wrong_way"), (if_else, "moves_on_tie")],
)
def test_hot_and_cold_mistakes(learner, mistake):
    verdict = ch2.q1.verdict(learner)
    assert verdict.status is Status.INCORRECT and verdict.mistake == mistake


def test_how_many_moves_is_worked_out_by_running_hot_and_cold():
    run = gd.hot_and_cold(0.5, 0.5, 0.8, step_amount=0.01, iterations=120)
    assert ch2.moves_to_closest(0.5, 0.5, 0.8, 0.01) == 110
    assert run.errors[110] == min(run.errors) and run.errors[109] > run.errors[110]
    assert ch2.moves_to_closest(0.5, 0.5, 0.8, 0.001) == 1100  # the book's 1101st line is the closest
    assert ch2.q2.verdict(110).passed
    for answer, mistake in (
        (111, "off_by_one"),
        (55, "prediction_gap"),
        (330, "predictions"),
        (1100, "book_step"),
    ):
        assert ch2.q2.verdict(answer).mistake == mistake


def test_step_ten_errors():
    assert ch2.q3.verdict((19.8025, 30.8025)).passed
    assert ch2.q3.verdict((30.8025, 19.8025)).mistake == "swapped"
    assert ch2.q3.verdict((0.3025, 0.3025)).mistake == "current_error"


# ---- chapter 4 ----


def test_largest_alpha_accepts_the_edge_and_says_it_is_exclusive():
    verdict = ch4.q1.verdict(2 / 9)
    assert verdict.passed and "excluded" in verdict.notes[0] and "bounces" in verdict.notes[0]
    assert ch4.q1.verdict(0.2222).passed
    for answer, mistake in (
        (1 / 9, "one_step"),
        (2 / 3, "no_square"),
        (0.3, "too_big"),
        (0.1, "too_small"),
        (0.0, "not_positive"),
        (-0.1, "not_positive"),
    ):
        assert ch4.q1.verdict(answer).mistake == mistake


def test_regimes_by_name_string_or_enum():
    r = [1 - alpha * input**2 for alpha, input in ch4.PAIRS]
    right = [
        gd.Regime.STEADY
        if 0 < x < 1
        else gd.Regime.ONE_STEP
        if abs(x) < 1e-9
        else gd.Regime.OSCILLATES
        if -1 < x < 0
        else gd.Regime.BOUNCES
        if abs(x + 1) < 1e-9
        else gd.Regime.DIVERGES
        for x in r
    ]
    assert right == [gd.regime(input, alpha) for alpha, input in ch4.PAIRS]
    assert ch4.q2.verdict(right).passed
    assert ch4.q2.verdict([r.name.lower() for r in right]).passed
    assert ch4.q2.verdict([r.value for r in right]).passed
    oscillating = right.index(gd.Regime.OSCILLATES)
    overshoot = [gd.Regime.DIVERGES if n == oscillating else x for n, x in enumerate(right)]
    verdict = ch4.q2.verdict(overshoot)
    assert (
        verdict.mistake == "overshoot_is_not_divergence"
        and "overshooting is not diverging" in verdict.message
    )
    unsquared = [gd.regime(abs(input) ** 0.5, alpha) for alpha, input in ch4.PAIRS]
    assert ch4.q2.verdict(unsquared).mistake == "no_square"
    last_wrong = [*right[:4], "climbs away"]
    assert ch4.q2.verdict(last_wrong).message.startswith(
        "Pair 5 is not right yet; pairs 1, 2, 3 and 4 are right."
    )
    assert ch4.q2.verdict(["fast", *right[1:]]).mistake == "unknown_name"


def test_regimes_with_several_wrong_name_every_wrong_pair():
    right = [gd.regime(input, alpha) for alpha, input in ch4.PAIRS]
    four_wrong = [right[0], *(gd.Regime.CLIMBS for _ in right[1:])]
    message = ch4.q2.verdict(four_wrong).message
    assert message.startswith("Pairs 2, 3, 4 and 5 are not right yet; pair 1 is right.")


@pytest.mark.parametrize(
    ("change", "outcome"),
    [
        ({"alpha": 0.1}, "passed"),
        ({"alpha": 0.25}, "passed"),
        ({"alpha": 0.5}, "still_bounces"),
        ({"alpha": 0.6}, "still_diverges"),
        ({"alpha": -0.1}, "still_climbs"),
        ({"alpha": 0.001}, "too_slow"),
        ({"input": 0.5}, "changed_input"),
        ({"weight": 0.3}, "changed_weight"),
        ({"goal_pred": 0.3}, "changed_goal_pred"),
        ({"weight": 0.4}, "starts_at_goal"),
        ({"weight": 0.3, "alpha": 0.1}, "more_than_one"),
    ],
)
def test_fixing_the_diverging_run(change, outcome):
    verdict = ch4.q3.verdict(dict(ch4.DIVERGING, **change))
    if outcome == "passed":
        assert verdict.passed
        assert not gd.gradient_descent(0.5, 2.0, 0.8, change["alpha"], 20).diverged
    else:
        assert verdict.status is Status.INCORRECT and verdict.mistake == outcome


def test_the_unchanged_diverging_run_is_not_attempted():
    assert ch4.q3.verdict(dict(ch4.DIVERGING)).status is Status.NOT_ATTEMPTED
    assert ch4.q3.verdict({"alpha": 0.1}).status is Status.INCORRECT


def test_steps_to_tolerance_exercise_agrees_with_a_real_run():
    run = gd.gradient_descent(0.5, 2.0, 0.8, alpha=0.05, iterations=40)
    first = next(k for k, e in enumerate(run.errors) if e < 1e-6)
    assert ch4.q4.verdict(first).passed
    assert ch4.q4.verdict(first + 1).mistake == "off_by_one"
    assert ch4.q4.verdict(11).mistake == "book_alpha"


def test_ch4_q2_says_when_the_pairs_were_read_the_other_way_round():
    """Issue 27: a learner who read each pair as (input, alpha) was told only which pairs were wrong."""
    from gdcourse.analysis import regime
    from gdcourse.exercises.ch4 import PAIRS

    swapped = [regime(alpha, input) for alpha, input in PAIRS]
    verdict = ch4.q2.verdict(swapped)
    assert not verdict.passed and verdict.mistake == "pair_order", verdict
    assert "read as (input, alpha)" in verdict.message
