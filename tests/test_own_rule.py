"""A learner's own update rule on the parabola explorer: drawn beside the book's, judged from its run."""

import itertools
import math
import time
import warnings

import numpy as np
import pytest
from explorer_checks import inside, ranges
from hypothesis import given
from hypothesis import strategies as st
from matplotlib.colors import to_rgba
from matplotlib.figure import Figure

import gdcourse as gd
from gdcourse import summaries
from gdcourse.figures.parabola import LearningView, draw_learning
from gdcourse.learning import descend_with
from gdcourse.settings import ParabolaSettings

RANGES = ranges(ParabolaSettings)


def book(weight, input, goal_pred, alpha):
    pred = input * weight
    delta = pred - goal_pred
    return weight - alpha * delta * input


def true_derivative(weight, input, goal_pred, alpha):
    return weight - alpha * 2 * (input * weight - goal_pred) * input


def sign_flipped(weight, input, goal_pred, alpha):
    return weight + alpha * (input * weight - goal_pred) * input


def no_input(weight, input, goal_pred, alpha):
    return weight - alpha * (input * weight - goal_pred)


def constant(weight, input, goal_pred, alpha):
    return 1.0


RULES = [book, true_derivative, sign_flipped, no_input, constant]


def plain_loop(rule, weight, input, goal_pred, alpha, iterations):
    """The weights a rule visits, by the plainest loop: what the explorer must draw."""
    weights = [weight]
    for _ in range(iterations):
        weights.append(rule(weights[-1], input, goal_pred, alpha))
    return weights


@pytest.fixture(scope="module")
def explorer():
    return gd.explorers.ParabolaExplorer()


@pytest.mark.parametrize("rule", RULES, ids=[r.__name__ for r in RULES])
@pytest.mark.parametrize(("input", "alpha"), [(0.5, 1.0), (2.0, 0.1), (2.0, 0.3), (1.1, 1.0), (-1.5, 0.05)])
def test_the_learners_path_is_a_plain_loop_over_the_rule(explorer, rule, input, alpha):
    explorer.set(weight=0.5, input=input, goal_pred=0.8, alpha=alpha, iterations=12, rule=rule)
    want = plain_loop(rule, 0.5, input, 0.8, alpha, 12)
    run = explorer.settings.own.trajectory
    got = [*run.weights, run.final_weight]
    assert got == want[: len(got)] and (len(got) == len(want) or run.diverged)
    # What is drawn is that path, up to where it leaves the view (as the book's path is clipped).
    drawn = explorer.drawn()
    errors = [(input * w - 0.8) ** 2 for w in want]
    shown = drawn["own_path"]
    assert np.allclose(shown, np.column_stack([want, errors])[: len(shown)])
    assert inside(shown, drawn["parabola_limits"])
    assert len(shown) == len(want) or len(drawn["own_exit"]) == 1, "a step out of view is marked"
    assert np.allclose(drawn["own_errors"][:, 0], np.arange(len(got)))


@pytest.mark.parametrize(
    ("rule", "words"),
    [
        (book, "Your rule matches the book's steps"),
        (true_derivative, "Your rule diverges: r = -1.4"),  # input 2, alpha 0.3: the book's r is -0.2
        (sign_flipped, "Your rule moves the weight away from the goal weight: r = 2.2"),
        (no_input, "Your rule converges steadily: r = 0.4"),
    ],
)
def test_the_sentence_on_the_rule_is_judged_from_its_run(explorer, rule, words):
    explorer.set(weight=0.5, input=2.0, goal_pred=0.8, alpha=0.3, iterations=20, rule=rule)
    book_words, _, own = explorer.summary.partition(". Your rule ")
    assert book_words.startswith("oscillates and converges: r = -0.2")
    assert f"Your rule {own}".startswith(words), explorer.summary


def test_the_true_derivative_moves_the_edge_from_2_to_1_over_input_squared(explorer):
    """The book's steps still converge where the true derivative's already bounce, then diverge."""
    for input in (0.5, 2.0, -1.5):
        edge = 1 / input**2
        explorer.set(input=input, alpha=edge, rule=true_derivative)
        assert "Your rule bounces forever: r = -1" in explorer.summary
        assert explorer.summary.startswith("converges in one step")
        explorer.set(alpha=edge * 1.2)
        assert "Your rule diverges" in explorer.summary
        assert explorer.summary.startswith("oscillates and converges")


def stub(weight, input, goal_pred, alpha):
    raise NotImplementedError("your code here")


def divides_by_zero(weight, input, goal_pred, alpha):
    return weight / 0


def swallows_the_time_limit(weight, input, goal_pred, alpha):
    while True:
        try:  # noqa: SIM105  (a learner's loop that catches everything, the time limit included)
            time.sleep(0.01)
        except BaseException:
            pass


def returns_nan(weight, input, goal_pred, alpha):
    return math.nan


def returns_text(weight, input, goal_pred, alpha):
    return "0.5"


def fails_later(weight, input, goal_pred, alpha):
    if abs(weight - 0.5) > 0.2:
        raise ValueError("the weight wandered")
    return book(weight, input, goal_pred, alpha)


MISBEHAVING = [
    (
        stub,
        "Your rule is not written yet: it still raises NotImplementedError; "
        "fill in its body, then run this cell again",
    ),
    (divides_by_zero, "Your rule raised ZeroDivisionError: float division by zero on update 1"),
    (swallows_the_time_limit, "Your rule was still running after 1 s in all, on update 1"),
    (returns_nan, "Your rule returned nan (not a number) on update 1"),
    (returns_text, "Your rule returned a str ('0.5') on update 1, not a number"),
    (fails_later, "Your rule raised ValueError: the weight wandered on update"),
]


@pytest.mark.parametrize(("rule", "message"), MISBEHAVING, ids=[r.__name__ for r, _ in MISBEHAVING])
def test_a_misbehaving_rule_gets_one_line_and_the_explorer_keeps_working(explorer, rule, message):
    explorer.set(weight=0.5, input=0.5, goal_pred=0.8, alpha=1.0, iterations=20, rule=None)
    book_drawn = explorer.drawn()["path"]
    started = time.monotonic()
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        explorer.set(rule=rule)
    assert time.monotonic() - started < 5
    book_words, _, own = explorer.summary.partition(". ")
    assert book_words == "converges steadily: r = 0.75; error 3.04e-06 after 20 steps"
    assert own.startswith(message), own
    assert "\n" not in explorer.summary
    assert np.array_equal(explorer.drawn()["path"], book_drawn), "the book's path still draws"
    run = explorer.settings.own
    assert np.allclose(
        explorer.drawn()["own_path"][:, 0], [*run.trajectory.weights, run.trajectory.final_weight]
    )
    explorer.set(alpha=0.5, rule=book)  # and it goes on working
    assert explorer.summary.endswith("Your rule matches the book's steps")


def test_a_rule_cannot_change_what_it_is_given():
    """The rule gets plain floats: rebinding them inside it changes nothing outside."""

    def changes_its_arguments(weight, input, goal_pred, alpha):
        input, alpha = 100.0, 100.0  # noqa: F841  (a learner's slip: rebinding what it was given)
        return weight

    run = descend_with(changes_its_arguments, 0.5, 2.0, 0.8, 0.1, 3)
    assert run.trajectory.input == 2.0 and run.trajectory.alpha == 0.1 and run.stopped is None


def test_set_rule_none_removes_it_and_bad_rules_are_refused(explorer):
    explorer.set(rule=book)
    assert "Your rule" in explorer.summary and len(explorer.drawn()["own_path"])
    explorer.set(rule=None)
    assert "Your rule" not in explorer.summary and not len(explorer.drawn()["own_path"])
    with pytest.raises(ValueError, match="rule must be a function like update_weight"):
        explorer.set(rule=0.5)
    assert explorer.settings.rule is None


#: The ends of the input and goal_pred sliders, and the places between where a picture could break:
#: input 0 (a flat error curve) and a tiny input (a very wide one).
INPUTS = [RANGES["input"][0], 0.0, 0.05, RANGES["input"][1]]
GOAL_PREDS = [RANGES["goal_pred"][0], 0.0, RANGES["goal_pred"][1]]


@pytest.mark.parametrize(("input", "goal_pred"), list(itertools.product(INPUTS, GOAL_PREDS)))
def test_with_a_rule_every_slider_edge_draws_a_sane_picture(explorer, input, goal_pred):
    low, high, _ = RANGES["alpha"]
    weights = itertools.cycle([RANGES["weight"][0], 0.5, RANGES["weight"][1]])
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        for alpha, rule in itertools.product([low, high], [true_derivative, sign_flipped, constant]):
            explorer.set(
                weight=next(weights), input=input, goal_pred=goal_pred, alpha=alpha, iterations=50, rule=rule
            )
            drawn = explorer.drawn()
            for name in ("own_path", "own_exit", "own_errors", "own_off_scale"):
                assert np.isfinite(drawn[name]).all(), name
            assert inside(drawn["own_path"], drawn["parabola_limits"])
            assert inside(drawn["own_errors"], drawn["error_steps_limits"])
            assert "Your rule " in explorer.summary


def test_a_still_picture_with_the_learners_path():
    still = gd.pictures.parabola_picture(weight=0.5, input=2, goal_pred=0.8, alpha=0.3, rule=true_derivative)
    assert still.png.startswith(b"\x89PNG")
    assert "Your rule diverges: r = -1.4" in still.caption and "your rule's steps" in still.alt
    plain = gd.pictures.parabola_picture(weight=0.5, input=2, goal_pred=0.8, alpha=0.3)
    assert "Your rule" not in plain.caption and "your rule" not in plain.alt


def test_a_step_leaving_the_view_is_named_on_a_backing_the_arrows_run_under():
    """The sign slip climbs off the left wall: its note is drawn over its own dashed arrow, so the
    arrow must pass under the note's backing rather than through its letters (as the book's note)."""
    settings = ParabolaSettings.checked(
        weight=0.5, input=0.5, goal_pred=0.8, alpha=1.0, iterations=20, rule=sign_flipped
    )
    view = draw_learning(Figure(figsize=LearningView.SIZE), settings)
    view.figure.canvas.draw()
    for path in (view.own_path, view.path):
        backing = path.exit_label.get_bbox_patch()
        assert backing is not None and backing.get_facecolor()[:3] == to_rgba("white")[:3]
        assert backing.get_alpha() >= 0.8
        assert all(arrow.get_zorder() < path.exit_label.get_zorder() for arrow in path.arrows)
    assert view.own_path.exit_label.get_text() == "your step 3 leaves the view"


def rule_words(**values) -> str:
    """What the summary says of a learner's rule for these settings (the book's words cut off)."""
    return summaries.parabola_summary(ParabolaSettings.checked(**values)).split("Your rule ", 1)[1]


def _hot_and_cold_rule(step_amount):
    """A learner's hot-and-cold update with a fixed step: it cannot land closer than a step allows."""

    def update_weight(weight, input, goal_pred, alpha):
        up = (input * (weight + step_amount) - goal_pred) ** 2
        down = (input * (weight - step_amount) - goal_pred) ** 2
        return weight + step_amount if up < down else weight - step_amount

    return update_weight


@pytest.mark.parametrize(
    ("rule", "words"),
    [
        (_hot_and_cold_rule(0.25), "goes round for ever between weights 1.5 and 1.75, never reaching"),
        (
            lambda weight, input, goal_pred, alpha: 1.0,
            "gets stuck at weight 1, away from the goal weight 1.6",
        ),
        (max, "gets stuck at weight 0.8, away from the goal weight 1.6"),
        (lambda weight, input, goal_pred, alpha: weight + 0.1, "moves the weight away from the goal weight"),
    ],
)
def test_a_rule_that_never_reaches_the_goal_is_not_told_it_converges(rule, words):
    """Issue 25, defect 3: these runs were told "oscillates and converges" or "converges steadily"."""
    said = rule_words(rule=rule, alpha=0.1)
    assert said.startswith(words), said
    assert "converges" not in said


@given(
    goal_weight=st.integers(-100, 200).map(lambda k: k / 100),
    stuck=st.floats(-1e6, 1e6) | st.integers(-300, 300).map(lambda k: k / 100),
)
def test_a_rule_stuck_anywhere_but_the_goal_is_told_it_is_stuck(goal_weight, stuck):
    if abs(stuck - goal_weight) < 0.01 or abs(stuck - 0.5) < 0.01:
        return  # at the goal it converges; at the start weight 0.5 it never moves (it "stays where it is")
    said = rule_words(rule=lambda weight, input, goal_pred, alpha: stuck, input=1.0, goal_pred=goal_weight)
    assert said.startswith(f"gets stuck at weight {float(f'{stuck:.3g}'):g}"), said


@given(r=st.floats(-0.9, 0.9).filter(lambda r: abs(r) > 0.05), wobble=st.floats(0.0, 0.5))
def test_a_rule_whose_distance_shrinks_every_step_is_told_it_converges(r, wobble):
    """Not a constant factor (the wobble changes it each step), yet the distance shrinks: converges."""

    def rule(weight, input, goal_pred, alpha):
        target = goal_pred / input
        factor = r * (1 - wobble * (abs(weight - target) % 0.37))
        return target + factor * (weight - target)

    said = rule_words(rule=rule, alpha=0.1)
    assert said.startswith(("converges", "oscillates and converges")), said


def test_a_rule_that_raises_keyboard_interrupt_stops_its_run_not_the_explorer():
    """Issue 25, defect 6: such a rule left the explorer raising KeyboardInterrupt on every change."""

    def rule(weight, input, goal_pred, alpha):
        raise KeyboardInterrupt

    explorer = gd.explorers.ParabolaExplorer(rule=rule)
    assert explorer.summary.endswith("Your rule raised KeyboardInterrupt on update 1"), explorer.summary
    explorer.set(weight=0.6)
    assert explorer.settings.weight == 0.6 and "raised KeyboardInterrupt" in explorer.summary
    explorer.set(rule=book)
    assert explorer.summary.endswith("Your rule matches the book's steps"), explorer.summary


def test_a_rule_that_leaves_a_start_on_the_goal_weight_and_sticks_is_told_so():
    """Hypothesis found it: from weight 0.5 with the goal weight 0.5, a rule that jumps to 0 and stays
    there was told "stays where it is: r = 1" (the factor was read from its steps after the first)."""
    said = rule_words(rule=lambda weight, input, goal_pred, alpha: 0.0, input=1.0, goal_pred=0.5)
    assert said.startswith("gets stuck at weight 0, away from the goal weight 0.5"), said
