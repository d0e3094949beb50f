"""Explorers driven without a browser: every slider edge gives a sane picture and the right words."""

import itertools
import math

import ipywidgets as widgets
import numpy as np
import pytest
from explorer_checks import ranges

import gdcourse as gd
from gdcourse.explorers.parabola import ParabolaExplorer
from gdcourse.settings import ParabolaSettings

RANGES = ranges(ParabolaSettings)


@pytest.fixture(scope="module")
def explorer():
    return ParabolaExplorer()


def expected_words(input, alpha):
    return "stays where it is" if input == 0 else str(gd.regime(input, alpha))


def assert_sane(explorer):
    """Every drawn number is finite, and every point on the parabola lies inside its axes."""
    drawn = explorer.drawn()
    (x_low, x_high), (y_low, y_high) = drawn["parabola_limits"]
    for name in ("curve", "weight", "path", "exit", "errors", "off_scale", "tangent"):
        assert np.isfinite(drawn[name]).all(), name
    for name in ("weight", "path", "exit"):
        xs, ys = drawn[name].T if len(drawn[name]) else ([], [])
        assert all(x_low <= x <= x_high for x in xs), (name, xs, x_low, x_high)
        assert all(y_low <= y <= y_high for y in ys), (name, ys, y_low, y_high)
    (_, _), (e_low, e_high) = drawn["error_steps_limits"]
    assert all(e_low <= e <= e_high for e in drawn["errors"][:, 1])
    assert y_high > y_low and x_high > x_low


INPUTS = [RANGES["input"][0], -0.5, 0.0, 0.05, 0.5, 2.0, RANGES["input"][1]]
GOAL_PREDS = [RANGES["goal_pred"][0], 0.0, 0.8, RANGES["goal_pred"][1]]
WEIGHTS = [RANGES["weight"][0], 0.5, RANGES["weight"][1]]
ITERATIONS = [RANGES["iterations"][0], RANGES["iterations"][1]]


def alphas_for(input):
    low, high, _ = RANGES["alpha"]
    candidates = [low, 0.1, high]
    if input != 0:  # the two special alphas, exactly as the buttons set them
        candidates += [gd.one_step_alpha(input), gd.largest_stable_alpha(input)]
    return [a for a in candidates if low <= a <= high]


@pytest.mark.parametrize(
    ("input", "goal_pred", "iterations"), list(itertools.product(INPUTS, GOAL_PREDS, ITERATIONS))
)
def test_every_edge_gives_a_sane_picture_and_the_right_regime(explorer, input, goal_pred, iterations):
    # Every alpha edge for this input, with the start weight taking each of its edges in turn.
    for alpha, weight in zip(alphas_for(input), itertools.cycle(WEIGHTS), strict=False):
        explorer.set(input=input, goal_pred=goal_pred, iterations=iterations, alpha=alpha, weight=weight)
        assert explorer.summary.startswith(expected_words(input, alpha)), (input, alpha, explorer.summary)
        assert_sane(explorer)
        run = explorer.trajectory
        assert run.updates + (1 if run.diverged else 0) == iterations or run.diverged


def test_divergence_keeps_the_parabola_readable_and_says_so(explorer):
    explorer.set(weight=0.5, input=2, goal_pred=0.8, alpha=1.0, iterations=20)
    assert explorer.summary == "diverges: r = -3; error above 1e+16 after 20 steps"
    drawn = explorer.drawn()
    (x_low, x_high), _ = drawn["parabola_limits"]
    assert x_high - x_low < 10, "the view must not zoom out to follow the divergence"
    assert len(drawn["exit"]) == 1, "where the path leaves the view is marked"
    assert len(drawn["off_scale"]) > 0, "errors above the scale are marked on its edge"


def test_one_step_and_edge_buttons(explorer):
    explorer.set(input=2, weight=0.5, goal_pred=0.8, alpha=0.1, iterations=10)
    explorer.one_step_button.click()
    assert explorer.settings.alpha == 0.25
    assert explorer.summary.startswith("converges in one step")
    explorer.edge_button.click()
    assert explorer.settings.alpha == 0.5
    assert explorer.summary.startswith("bounces forever")
    explorer.set(input=0.1)  # 1/input**2 = 100 is beyond the alpha slider: the buttons say no
    assert explorer.one_step_button.disabled and explorer.edge_button.disabled


def test_step_reveals_one_step_at_a_time(explorer):
    explorer.set(weight=0.0, input=1.1, goal_pred=0.8, alpha=1.0, iterations=4, shown=0)
    seen = []
    for _ in range(4):
        explorer.step()
        seen.append(len(explorer.drawn()["path"]))
    assert seen == [2, 3, 4, 5]
    assert explorer.summary.endswith("after 4 steps")
    explorer.step()
    assert len(explorer.drawn()["path"]) == 1


def test_sliders_move_the_figure(explorer):
    explorer.set(weight=0.5, input=0.5, goal_pred=0.8, alpha=1.0, iterations=20)
    before = explorer.drawn()
    explorer.sliders["weight"].value = 1.0
    after = explorer.drawn()
    assert after["weight"][0, 0] == 1.0 and before["weight"][0, 0] == 0.5
    explorer.sliders["alpha"].value = 6.0  # r = 1 - 6 * 0.25 = -0.5
    assert explorer.summary.startswith("oscillates and converges")
    explorer.sliders["iterations"].value = 5
    assert len(explorer.drawn()["path"]) == 6


def test_book_numbers_through_the_explorer():
    e = ParabolaExplorer(weight=0.5, input=0.5, goal_pred=0.8, alpha=1.0, iterations=20)
    lines = gd.book_lines(e.trajectory)
    assert lines[-1] == "Error:5.40820802026e-06 Prediction:0.797674444578"


BAD_SETTINGS = [
    ({"alpha": 0}, "alpha must be between 0.001 and 10"),
    ({"alpha": 11}, "alpha must be between 0.001 and 10"),
    ({"alpha": math.nan}, "alpha must be a finite number"),
    ({"input": 3.5}, "input must be between -3 and 3"),
    ({"weight": "heavy"}, "weight must be a number"),
    ({"iterations": 0}, "iterations must be between 1 and 50"),
    ({"iterations": 2.5}, "iterations must be a whole number"),
    ({"speed": 1}, "unknown setting 'speed'"),
    ({"shown": 99}, "shown must be between 0 and iterations"),
    ({"shown": -1}, "shown must be 0 or more"),
]


@pytest.mark.parametrize(("change", "message"), BAD_SETTINGS)
def test_bad_settings_raise_and_change_nothing(explorer, change, message):
    explorer.set(weight=0.5, input=0.5, goal_pred=0.8, alpha=1.0, iterations=20)
    before = explorer.settings
    with pytest.raises(ValueError, match=message):
        explorer.set(**change)
    assert explorer.settings == before


def test_a_picture_for_pages_without_a_kernel(explorer):
    explorer.set(weight=0.5, input=2, goal_pred=0.8, alpha=0.1, iterations=20)
    still = explorer.picture()
    assert still.png.startswith(b"\x89PNG")
    assert "converges steadily" in still.caption and "alpha 0.1" in still.caption
    assert "numbered steps" in still.alt and "converges" not in still.alt, "the alt never repeats the caption"


def test_a_small_change_moves_the_curve_and_keeps_the_axes():
    """Nudging input, goal_pred or iterations keeps the axes still, so the learner sees the parabola
    change."""
    e = ParabolaExplorer(weight=0.5, input=0.5, goal_pred=0.8, alpha=0.1, iterations=20)
    before = e.drawn()
    e.sliders["input"].value = 0.45
    after = e.drawn()
    assert np.array_equal(after["parabola_limits"], before["parabola_limits"])
    assert after["curve"][0, 1] < before["curve"][0, 1], "a smaller input makes the parabola flatter"
    e.sliders["iterations"].value = 18
    assert np.array_equal(e.drawn()["error_steps_limits"], after["error_steps_limits"])
    assert len(e.drawn()["errors"]) == 19
    e.sliders["input"].value = 2.5  # the steps now fit in a small part of the old view: a new one
    assert not np.array_equal(e.drawn()["parabola_limits"], before["parabola_limits"])


def test_browser_float_noise_on_a_slider_is_cleaned():
    """The browser snaps 0 on a slider from -3 in steps of 0.05 to -3 + 60 * 0.05 = 8.9e-16: that is 0."""
    e = ParabolaExplorer()
    e.sliders["input"].value = -3 + 60 * 0.05
    assert e.settings.input == 0
    assert e.summary.startswith("stays where it is")


def browser_snap(made, value):
    """What the browser sends back for a value set from the kernel: the nearest point of the slider's grid."""
    if isinstance(made, widgets.FloatLogSlider):
        exponent = made.min + round((math.log(value, made.base) - made.min) / made.step) * made.step
        return made.base**exponent
    return made.min + round((value - made.min) / made.step) * made.step


def test_the_alpha_buttons_stay_exact_when_the_browser_snaps_the_slider():
    """The browser shows 2/input² = 0.5 as 0.501 and sends that back; the edge must still bounce."""
    e = ParabolaExplorer(weight=0.5, input=2, goal_pred=0.8, alpha=0.1, iterations=20)
    alpha = e.sliders["alpha"]
    for button, exact, words in [
        (e.edge_button, 0.5, "bounces forever"),
        (e.one_step_button, 0.25, "converges in one step"),
    ]:
        button.click()
        alpha.value = browser_snap(alpha, alpha.value)
        assert alpha.value != exact, "the test needs an alpha off the slider's grid"
        assert e.settings.alpha == exact
        assert e.summary.startswith(words), e.summary
    e.edge_button.click()
    alpha.value = browser_snap(alpha, alpha.value)
    alpha.value = 10 ** (math.log10(alpha.value) + alpha.step)  # then the learner presses → once
    assert e.settings.alpha == alpha.value
    assert e.summary.startswith("diverges"), e.summary


@pytest.mark.parametrize("explorer_class", [ParabolaExplorer, gd.explorers.DirectionExplorer])
def test_values_set_from_code_stay_exact_when_the_browser_snaps_them(explorer_class):
    e = explorer_class(weight=0.123)
    weight = e.sliders["weight"]
    weight.value = browser_snap(weight, 0.123)
    assert weight.value == pytest.approx(0.12)
    assert e.settings.weight == 0.123
    weight.value = 0.13  # a learner's move: now the slider's value is the weight
    assert e.settings.weight == 0.13


def test_the_regime_map_keeps_the_exact_alpha_its_part_keeps():
    """The map follows its part after each change: when the browser echoes a snapped alpha, both
    still see the exact value set from code (the map once read the sliders half-way through set())."""
    e = gd.explorers.RegimeMapExplorer(weight=0.5, input=1.5, goal_pred=0.8, alpha=0.1)
    e.set(input=2, alpha=0.5)
    alpha = e.sliders["alpha"]
    alpha.value = browser_snap(alpha, 0.5)
    assert alpha.value != 0.5, "the test needs an alpha off the slider's grid"
    assert e.settings.alpha == e.parabola.settings.alpha == 0.5
    assert e.summary.startswith("bounces forever"), e.summary
    assert "alpha·input² = 2," in e.where and e.drawn()["marker"].tolist() == [[2.0, 0.5]]


def test_reading_the_sliders_changes_nothing():
    """Reading values is free of side effects: a value set from code survives any number of reads."""
    e = ParabolaExplorer(input=1.5)
    e.set(alpha=0.889)
    alpha = e.sliders["alpha"]
    alpha.value = browser_snap(alpha, 0.889)
    for _ in range(3):
        assert e.panel.values()["alpha"] == 0.889
    assert e.settings.alpha == 0.889


EXPLORER_CLASSES = [getattr(gd.explorers, name) for name in gd.explorers.__all__ if name.endswith("Explorer")]


@pytest.mark.parametrize("explorer_class", EXPLORER_CLASSES, ids=lambda c: c.__name__)
def test_a_drag_leaves_the_kernels_view_alone_until_it_is_read(explorer_class, monkeypatch):
    """A slider change costs the kernel its settings only: the never-rendered matplotlib view moves once,
    when drawn() reads it, and then shows what an explorer moved there in one jump shows (a view keeps
    its axes while what it shows fits, so the one jump, not a new explorer, is the twin)."""
    e = explorer_class()
    views = [e.view] + ([e.parabola.view] if hasattr(e, "parabola") else [])
    moves = []
    for view in views:
        update = view.update
        monkeypatch.setattr(view, "update", lambda s, update=update: moves.append(s) or update(s))
    name, slider = next(iter(e.sliders.items()))
    values = [slider.min + (slider.max - slider.min) * k / 20 for k in range(1, 20)]
    for value in values:
        slider.value = value
    assert moves == [], "the view moved while the slider was dragged"
    drawn = e.drawn()
    assert len(moves) == len(views), "each view moves once when read"
    e.drawn()
    assert len(moves) == len(views), "a second read finds the view up to date"
    fresh = explorer_class().set(**{name: e.settings.slider_values()[name]}).drawn()
    assert drawn.keys() == fresh.keys()
    for key in drawn:
        np.testing.assert_array_equal(drawn[key], fresh[key], err_msg=key)
