"""Chapter 1's explorer driven without a browser: every slider edge gives a sane picture and true numbers."""

import itertools
import math
import warnings

import numpy as np
import pytest
from explorer_checks import inside, ranges
from matplotlib.backends.backend_agg import FigureCanvasAgg

import gdcourse as gd
from gdcourse.explorers.compare import CompareExplorer
from gdcourse.settings import CompareSettings
from gdcourse.summaries import number

RANGES = ranges(CompareSettings)


@pytest.fixture(scope="module")
def explorer():
    return CompareExplorer()


def assert_sane(explorer):
    """Every drawn number is finite, and every marker lies inside its own axes."""
    drawn = explorer.drawn()
    for name, data in drawn.items():
        assert np.isfinite(data).all(), name
    for name in ("prediction", "goal_pred", "miss_arrow"):
        assert inside(drawn[name], drawn["miss_line_limits"]), (name, drawn[name], drawn["miss_line_limits"])
    for name in ("weight", "error_label"):
        assert inside(drawn[name], drawn["parabola_limits"]), (name, drawn[name], drawn["parabola_limits"])
    for name in ("pure_now", "absolute_now", "squared_now"):
        assert inside(drawn[name], drawn["kinds_limits"]), (name, drawn[name], drawn["kinds_limits"])
    for key in ("miss_line_limits", "parabola_limits", "kinds_limits"):
        (x_low, x_high), (y_low, y_high) = drawn[key]
        assert x_high > x_low and y_high > y_low, key


def expected_summary(weight, input, goal_pred):
    pred = input * weight
    return pred, pred - goal_pred, (pred - goal_pred) ** 2


WEIGHTS = [RANGES["weight"][0], 0.0, 0.004, 0.5, 1.6, RANGES["weight"][1]]
INPUTS = [RANGES["input"][0], -0.05, 0.0, 0.05, 0.5, RANGES["input"][1]]
GOAL_PREDS = [RANGES["goal_pred"][0], 0.0, 0.8, RANGES["goal_pred"][1]]


@pytest.mark.parametrize(("input", "goal_pred"), list(itertools.product(INPUTS, GOAL_PREDS)))
def test_every_edge_gives_a_sane_picture_and_true_numbers(explorer, input, goal_pred):
    for weight in WEIGHTS:
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            explorer.set(weight=weight, input=input, goal_pred=goal_pred)
        pred, pure, squared = expected_summary(weight, input, goal_pred)
        assert explorer.summary.endswith(f"squared error = {number(squared)}")
        assert f"= {number(pure)};" in explorer.summary and f"= {number(pred)};" in explorer.summary
        drawn = explorer.drawn()
        assert drawn["prediction"][0, 0] == pytest.approx(pred)
        assert drawn["weight"][0].tolist() == pytest.approx([weight, squared])
        assert drawn["squared_now"][0].tolist() == pytest.approx([pure, squared])
        assert drawn["pure_now"][0].tolist() == pytest.approx([pure, pure])
        assert drawn["absolute_now"][0].tolist() == pytest.approx([pure, abs(pure)])
        assert_sane(explorer)


def test_the_books_first_number(explorer):
    explorer.set(weight=0.5, input=0.5, goal_pred=0.8)
    assert explorer.summary == (
        "prediction = 0.5 * 0.5 = 0.25; pure error = 0.25 - 0.8 = -0.55; squared error = 0.3025"
    )
    assert explorer.labels() == {
        "prediction": "pred 0.25, miss -0.55",
        "goal_pred": "goal_pred 0.8",
        "error": "weight 0.5: error 0.3025",
    }


def test_small_values_never_read_as_zero(explorer):
    explorer.set(weight=0.004, input=0.05, goal_pred=0.0)
    assert "0.0002" in explorer.summary and "4e-08" in explorer.summary, explorer.summary
    assert "0.00;" not in explorer.summary and "= 0;" not in explorer.summary
    assert explorer.sliders["weight"].readout_format == ".4"  # d3: 4 significant digits, no 0.00


def test_negative_numbers_are_bracketed_in_the_sums(explorer):
    explorer.set(weight=-1, input=0.5, goal_pred=-1)
    assert explorer.summary.startswith("prediction = 0.5 * (-1) = -0.5; pure error = (-0.5) - (-1) = 0.5;")


def test_the_parabola_bottom_is_the_goal_weight(explorer):
    explorer.set(weight=0.5, input=0.5, goal_pred=0.8)
    curve = explorer.drawn()["curve"]
    bottom = curve[np.argmin(curve[:, 1])]
    assert bottom[0] == pytest.approx(1.6, abs=0.05) and bottom[1] == pytest.approx(0, abs=1e-3)


def test_input_zero_flattens_the_bowl(explorer):
    explorer.set(weight=0.5, input=0.0, goal_pred=0.8)
    curve = explorer.drawn()["curve"]
    assert np.allclose(curve[:, 1], 0.64)
    assert explorer.summary.endswith("squared error = 0.64")


def test_error_kinds_cross_at_a_miss_of_one(explorer):
    """Squared is below absolute for misses under 1 and above it for misses over 1."""
    explorer.set(weight=0.5, input=0.5, goal_pred=0.8)
    drawn = explorer.drawn()
    xs, absolute, squared = drawn["absolute"][:, 0], drawn["absolute"][:, 1], drawn["squared"][:, 1]
    assert (squared[np.abs(xs) < 0.99] <= absolute[np.abs(xs) < 0.99]).all()
    assert (squared[np.abs(xs) > 1.01] > absolute[np.abs(xs) > 1.01]).all()
    assert xs.min() <= -1.2 and xs.max() >= 1.2, "the crossings at -1 and 1 are always in view"


def test_sliders_move_the_figure(explorer):
    explorer.set(weight=0.5, input=0.5, goal_pred=0.8)
    explorer.sliders["weight"].value = 1.0
    assert explorer.drawn()["weight"][0, 0] == 1.0
    assert explorer.settings.weight == 1.0
    limits = explorer.drawn()["parabola_limits"]
    explorer.sliders["input"].value = 1.5
    assert not np.allclose(explorer.drawn()["parabola_limits"], limits), "a new input reframes the bowl"
    assert "squared error = 0.49" in explorer.summary  # (1.5 - 0.8) ** 2


BAD_SETTINGS = [
    ({"weight": 2.5}, "weight must be between -1 and 2"),
    ({"input": -3}, "input must be between -2 and 2"),
    ({"goal_pred": math.inf}, "goal_pred must be a finite number"),
    ({"goal_pred": "high"}, "goal_pred must be a number"),
    ({"weight": True}, "weight must be a number"),
    ({"alpha": 0.1}, "unknown setting 'alpha'"),
]


@pytest.mark.parametrize(("change", "message"), BAD_SETTINGS)
def test_bad_settings_raise_and_change_nothing(explorer, change, message):
    explorer.set(weight=0.5, input=0.5, goal_pred=0.8)
    before = explorer.settings
    with pytest.raises(ValueError, match=message):
        explorer.set(**change)
    assert explorer.settings == before


@pytest.mark.parametrize(("change", "message"), [c for c in BAD_SETTINGS if "alpha" not in c[0]])
def test_bad_values_at_the_start_raise_too(change, message):
    with pytest.raises(ValueError, match=message):
        CompareExplorer(**change)
    with pytest.raises(ValueError, match=message):
        gd.explorers.compare_picture(**change)


def test_a_picture_for_pages_without_a_kernel(explorer):
    explorer.set(weight=2, input=-2, goal_pred=-1)
    still = explorer.picture()
    assert still.png.startswith(b"\x89PNG")
    assert still.caption == (
        "Weight 2, input -2, goal_pred -1: the prediction -4 misses by -3, a squared error of 9."
    )
    assert "number line" in still.alt and "0.3025" not in still.alt, "the alt never repeats the caption"
    assert gd.explorers.compare_picture().caption.endswith("a squared error of 0.3025.")


def test_browser_float_noise_is_cleaned_from_slider_values(explorer):
    """The browser snaps a typed 0 to -1 + 100 * 0.01 = -1.1e-16: the explorer reads and shows 0."""
    explorer.set(weight=0.5, input=0.5, goal_pred=0.8)
    explorer.sliders["goal_pred"].value = -1 + 100 * 0.01
    assert explorer.sliders["goal_pred"].value == 0.0 and explorer.settings.goal_pred == 0.0
    assert "pure error = 0.25 - 0 = 0.25" in explorer.summary


def test_a_small_change_keeps_the_axes_and_moves_what_it_must():
    """The first view fits exactly (as its still picture does); a new one leaves room to move."""
    e = CompareExplorer(weight=0.5, input=0.5, goal_pred=0.8)
    e.sliders["goal_pred"].value = 0.85
    before = e.drawn()
    for goal_pred in (0.9, 0.8, 0.75):
        e.sliders["goal_pred"].value = goal_pred
        after = e.drawn()
        for key in ("miss_line_limits", "parabola_limits", "kinds_limits"):
            assert np.array_equal(after[key], before[key]), (goal_pred, key)
        assert after["goal_pred"][0, 0] == goal_pred
    assert not np.array_equal(after["curve"], before["curve"])


CORNERS = list(itertools.product(RANGES["weight"], RANGES["input"], RANGES["goal_pred"]))


@pytest.mark.parametrize(("weight", "input", "goal_pred"), CORNERS)
def test_the_number_lines_labels_stay_inside_its_axes(weight, input, goal_pred):
    """A new explorer at each corner of the sliders, its labels measured as matplotlib draws them: a
    label at either end of the number line is aligned to stay inside it (at weight -1, input -2,
    goal_pred 2 a centred one ran off the right end)."""
    explorer = CompareExplorer(weight=weight, input=input, goal_pred=goal_pred)
    line = explorer.view.miss_line
    renderer = FigureCanvasAgg(explorer.figure).get_renderer()
    axes = line.ax.get_window_extent(renderer)
    for label in (line.pred_label, line.goal_label):
        box = label.get_window_extent(renderer)
        assert axes.x0 - 1 <= box.x0 and box.x1 <= axes.x1 + 1, (label.get_text(), weight, input, goal_pred)
