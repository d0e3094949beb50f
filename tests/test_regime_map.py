"""The regime map and its explorer: shading that matches the closed form, curves, a marker that follows.

The explorer's map is drawn in the browser (tests/test_web_regime_map.py holds it to these numbers);
here the kernel's map, the explorer's Python API and its click rule are tested.
"""

import itertools
import math
import warnings

import numpy as np
import pytest
from explorer_checks import ranges
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

import gdcourse as gd
from gdcourse.analysis import portable_log
from gdcourse.explorers.regime_map import RegimeMapExplorer, click_setting
from gdcourse.figures.regime_map import (
    ALPHA_RANGE,
    INPUT_RANGE,
    band_of,
    draw_regime_map,
    geometric,
    portable_exp,
    steps_grid,
)
from gdcourse.settings import ParabolaSettings
from gdcourse.summaries import regime_map_summary as where


@pytest.fixture(scope="module")
def explorer():
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        return RegimeMapExplorer()


RANGES = ranges(ParabolaSettings)


def new_map(weight=0.5, goal_pred=0.8, input=2.0, alpha=0.1):
    figure = Figure(figsize=(8, 3.4))
    FigureCanvasAgg(figure)
    return draw_regime_map(
        figure, ParabolaSettings(weight=weight, goal_pred=goal_pred, input=input, alpha=alpha)
    )


def expected_steps(weight, input, goal_pred, alpha):
    steps = gd.steps_to_tolerance(weight, float(input), goal_pred, float(alpha))
    return math.inf if steps is None else steps


# --- the figure -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("weight", "goal_pred"), [(0.5, 0.8), (-1.0, 2.0), (2.0, -1.0), (0.0, 0.0), (1.6, 0.8)]
)
def test_shading_matches_steps_to_tolerance_at_sampled_cells(weight, goal_pred):
    plot = new_map(weight, goal_pred)
    rng = np.random.default_rng(4)
    rows = rng.integers(0, len(plot.alpha_centres), 300)
    columns = rng.integers(0, len(plot.input_centres), 300)
    shaded = np.asarray(plot.mesh.get_array()).reshape(plot.steps.shape)
    for i, j in zip(rows, columns, strict=True):
        x, a = plot.input_centres[j], plot.alpha_centres[i]
        want = expected_steps(weight, x, goal_pred, a)
        assert plot.steps[i, j] == want, (x, a, plot.steps[i, j], want)
        assert shaded[i, j] == band_of(np.array([want]))[0], (x, a)


def test_the_whole_grid_matches_the_closed_form():
    inputs, alphas = np.linspace(-2.975, 2.975, 120), np.geomspace(1e-3, 10, 80)
    grid = steps_grid(0.5, 0.8, inputs, alphas)
    want = np.array([[expected_steps(0.5, x, 0.8, a) for x in inputs] for a in alphas])
    assert np.array_equal(grid, want)


def test_grid_at_the_special_alphas_and_at_the_goal():
    inputs = np.array([-2.0, 0.5, 1.6, 2.0])
    alphas = np.array([0.1, 0.25, 0.5, 1.0])
    want = np.array([[expected_steps(0.5, x, 0.8, a) for x in inputs] for a in alphas])
    assert np.array_equal(steps_grid(0.5, 0.8, inputs, alphas), want)
    assert want[1, 3] == 1 and want[2, 3] == math.inf and want[0, 2] == 0  # one step, bounce, at the goal
    # input 0 never reaches a goal of 0.8, and starts at a goal of 0
    assert (steps_grid(0.5, 0.8, np.array([0.0]), alphas) == math.inf).all()
    assert (steps_grid(0.5, 0.0, np.array([0.0]), alphas) == 0).all()


def test_never_is_shaded_distinctly_and_hatched():
    plot = new_map()
    shaded = np.asarray(plot.mesh.get_array()).reshape(plot.steps.shape)
    never = ~np.isfinite(plot.steps)
    assert never.any() and (~never).any()
    assert set(np.unique(shaded[never])) == {band_of(np.array([math.inf]))[0]}
    assert not np.isin(shaded[~never], shaded[never]).any(), "'never' shares its colour with a count"
    assert plot.never.get_hatch(), "'never' is hatched too: colour is never the only cue"
    # The hatched region covers exactly the 'never' cells: test a point inside and outside it.
    path = plot.never.get_path()
    i, j = np.argwhere(never)[0]
    assert path.contains_point((plot.input_centres[j], plot.alpha_centres[i]))
    i, j = np.argwhere(~never)[0]
    assert not path.contains_point((plot.input_centres[j], plot.alpha_centres[i]))


@pytest.mark.parametrize(("curve", "product"), [("one_step", 1.0), ("edge", 2.0)])
def test_boundary_curves_are_alpha_times_input_squared(curve, product):
    plot = new_map()
    xs, alphas = getattr(plot, curve).get_data()
    keep = np.isfinite(xs)
    assert keep.sum() > 100
    assert np.allclose(alphas[keep] * xs[keep] ** 2, product, rtol=1e-12)
    assert (xs[keep] < 0).any() and (xs[keep] > 0).any(), "drawn on both sides of input 0"
    assert alphas[keep].max() <= ALPHA_RANGE[1] * (1 + 1e-9), "the curve stays inside the map"
    legend = [text.get_text() for text in plot.legend.get_texts()]
    assert getattr(plot, curve).get_label() in legend
    assert getattr(plot, curve).get_label().startswith(f"alpha·input² = {product:g}")
    assert plot.labels[int(product) - 1].get_text() in ("one step", "the edge"), "labelled on the map too"


def test_the_axes_are_alpha_on_a_log_scale_against_input():
    plot = new_map()
    assert plot.ax.get_yscale() == "log"
    assert plot.ax.get_xlim() == INPUT_RANGE and plot.ax.get_ylim() == ALPHA_RANGE
    assert "alpha" in plot.ax.get_ylabel() and plot.ax.get_xlabel() == "input"


@pytest.mark.parametrize(("change", "message"), [({"alpha": 0.0}, "alpha"), ({"input": 3.5}, "input")])
def test_marker_off_the_map_raises_naming_it(change, message):
    plot = new_map()
    with pytest.raises(ValueError, match=f"^{message} must be between"):
        plot.move_marker(**({"input": 1.0, "alpha": 0.1} | change))


# --- the explorer -----------------------------------------------------------------------------------


def test_marker_follows_set_and_the_sliders(explorer):
    explorer.set(input=1.5, alpha=0.3)
    assert explorer.drawn()["marker"].tolist() == [[1.5, 0.3]]
    explorer.parabola.sliders["alpha"].value = 0.02
    explorer.parabola.sliders["input"].value = -2.5
    assert explorer.drawn()["marker"].tolist() == [[-2.5, 0.02]]


def test_weight_and_goal_pred_reshade_the_map(explorer):
    explorer.set(weight=0.5, goal_pred=0.8, input=2.0, alpha=0.1)
    before = explorer.drawn()["map_steps"]
    explorer.set(weight=-1.0, goal_pred=2.0)
    after = explorer.drawn()
    assert not np.array_equal(before, after["map_steps"])
    i, j = 10, 100
    x, a = after["map_inputs"][j], after["map_alphas"][i]
    assert after["map_steps"][i, j] == expected_steps(-1.0, x, 2.0, a)


def test_summary_names_the_regime_then_the_steps(explorer):
    explorer.set(weight=0.5, input=2.0, goal_pred=0.8, alpha=0.1)
    assert explorer.summary.startswith("converges steadily: r = 0.6")
    assert explorer.summary.endswith("the error is below 1e-06 after 11 updates")
    explorer.set(alpha=0.5)
    assert explorer.summary.startswith("bounces forever") and "never gets below" in explorer.summary
    explorer.set(alpha=1.0)
    assert explorer.summary.startswith("diverges")


def test_clicking_the_map_sets_input_and_alpha(explorer):
    """A click at (input, alpha) in the map's units: input to the slider's step, alpha to 2 significant
    digits, exactly (the browser's click sends the same spot: see tests/test_web_regime_map.py)."""
    explorer.set(weight=0.5, input=2.0, goal_pred=0.8, alpha=0.1)
    explorer.click(1.23, 0.37)
    assert explorer.parabola.settings.input == 1.25  # to the input slider's step of 0.05
    assert explorer.parabola.settings.alpha == 0.37
    assert explorer.drawn()["marker"].tolist() == [[1.25, 0.37]]
    assert explorer.browser.exact["alpha"] == 0.37, "the map in the browser holds the exact alpha too"
    for off_the_map in ((3.2, 0.1), (1.0, 0.0005), (1.0, 11.0)):
        with pytest.raises(ValueError, match="a click must land on the map"):
            explorer.click(*off_the_map)
    assert explorer.parabola.settings.input == 1.25, "a click outside the map changes nothing"
    with pytest.raises(ValueError, match="alpha must be a finite number"):
        explorer.click(1.0, math.nan)


@pytest.mark.parametrize(
    ("spot", "moved"),
    [
        ((1.23, 0.37), {"input": 1.25, "alpha": 0.37}),
        ((0.025, 0.1), {"input": 0.0, "alpha": 0.1}),  # halfway: Python's round() goes to the even step
        ((0.075, 0.1), {"input": 0.05, "alpha": 0.1}),  # 0.075 / 0.05 is 1.4999999999999998 in floats
        ((-0.01, 0.0995), {"input": 0.0, "alpha": 0.1}),
        ((3.0, 10.0), {"input": 3.0, "alpha": 10.0}),  # the ends stay on the sliders
        ((-3.0, 0.00104), {"input": -3.0, "alpha": 0.001}),
        ((2.99, 9.96), {"input": 3.0, "alpha": 10.0}),
    ],
)
def test_the_click_rule(spot, moved):
    assert click_setting(*spot) == moved
    if moved["input"] == 0:
        assert math.copysign(1, click_setting(*spot)["input"]) == 1, "0.0, not -0.0"


def test_the_map_is_spaced_as_geomspace_spaces_it():
    """The map's alpha cells and its curves' points are spaced with `geometric`, the same doubles in
    the browser: within a few units in the last place of np.geomspace, with the ends exact."""
    plot = new_map()
    assert np.allclose(plot.alpha_edges, np.geomspace(*ALPHA_RANGE, 81), rtol=4e-15, atol=0)
    assert (plot.alpha_edges[0], plot.alpha_edges[-1]) == ALPHA_RANGE
    xs, _ = plot.edge.get_data()
    assert np.allclose(xs[151:], np.geomspace(math.sqrt(0.2), 3.0, 150), rtol=4e-15, atol=0)
    rng = np.random.default_rng(2)
    values = np.concatenate([rng.uniform(1e-3, 10, 2000), 10 ** rng.uniform(-300, 300, 2000)])
    assert np.allclose(portable_log(values), np.log(values), rtol=3e-16, atol=0)
    powers = rng.uniform(-700, 700, 2000)
    assert np.allclose(portable_exp(powers), np.exp(powers), rtol=3e-16, atol=0)
    assert (float(portable_log(0.0)), float(portable_log(math.inf))) == (-math.inf, math.inf)
    assert math.isnan(portable_log(-1.0)) and math.isnan(portable_log(math.nan))
    assert np.array_equal(geometric(2.0, 2.0, 3), [2.0, 2.0, 2.0])


def test_the_map_covers_every_slider_value():
    assert RANGES["input"][:2] == INPUT_RANGE
    assert RANGES["alpha"][:2] == ALPHA_RANGE


INPUTS = [RANGES["input"][0], -0.5, 0.0, 0.05, 2.0, RANGES["input"][1]]
GOAL_PREDS = [RANGES["goal_pred"][0], 0.0, RANGES["goal_pred"][1]]
WEIGHTS = [RANGES["weight"][0], RANGES["weight"][1]]


def alphas_for(input):
    low, high, _ = RANGES["alpha"]
    special = [gd.one_step_alpha(input), gd.largest_stable_alpha(input)] if input else []
    return [a for a in [low, high, *special] if low <= a <= high]


@pytest.mark.parametrize(("input", "goal_pred"), list(itertools.product(INPUTS, GOAL_PREDS)))
def test_sweep_extremes_sane_and_silent(explorer, input, goal_pred):
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        # Every alpha edge for this input, with the start weight taking each of its edges in turn.
        for alpha, weight in zip(alphas_for(input), itertools.cycle(WEIGHTS), strict=False):
            explorer.set(weight=weight, input=input, goal_pred=goal_pred, alpha=alpha)
            drawn = explorer.drawn()
            assert drawn["marker"].tolist() == [[input, alpha]]
            (x_low, x_high), (a_low, a_high) = drawn["map_limits"]
            assert x_low <= input <= x_high and a_low <= alpha <= a_high
            words = "stays where it is" if input == 0 else str(gd.regime(input, alpha))
            assert explorer.summary.startswith(words), explorer.summary
            assert explorer.where == where(explorer.settings)
            assert np.isfinite(drawn["never_path"]).all()


BAD = [
    ({"alpha": 0}, "alpha must be between 0.001 and 10"),
    ({"alpha": -0.1}, "alpha must be between 0.001 and 10"),
    ({"input": 3.5}, "input must be between -3 and 3"),
    ({"goal_pred": math.inf}, "goal_pred must be a finite number"),
    ({"weight": "heavy"}, "weight must be a number"),
    ({"speed": 1}, "unknown setting 'speed'"),
]


@pytest.mark.parametrize(("change", "message"), BAD)
def test_bad_settings_raise_naming_the_setting_and_change_nothing(explorer, change, message):
    explorer.set(weight=0.5, input=2.0, goal_pred=0.8, alpha=0.1)
    before = explorer.drawn()["marker"].tolist(), explorer.summary
    with pytest.raises(ValueError, match=message):
        explorer.set(**change)
    assert (explorer.drawn()["marker"].tolist(), explorer.summary) == before


def test_reshading_the_map_matches_a_fresh_map():
    """A new weight and goal_pred reshade the map in place: what it holds must equal a freshly drawn map's,
    number for number (the browser's reshade is held to the same in tests/test_web_regime_map.py)."""
    e = RegimeMapExplorer()
    e.set(weight=1.7, goal_pred=-0.5)
    e.set(input=-1.2, alpha=0.03)
    fresh = RegimeMapExplorer(weight=1.7, goal_pred=-0.5, input=-1.2, alpha=0.03)
    reshaded, drawn = e.view.drawn(), fresh.view.drawn()
    assert set(reshaded) == set(drawn)
    for key, value in drawn.items():
        assert np.array_equal(reshaded[key], value, equal_nan=True), key
    assert not np.array_equal(reshaded["map_steps"], RegimeMapExplorer().view.drawn()["map_steps"])


def test_the_artist_count_holds_still():
    """Both kernel figures (never rendered) keep the same artists whatever the sliders do."""
    e = RegimeMapExplorer()
    count = e.artist_count()
    for change in (
        {"weight": -1.0, "goal_pred": 2.0},
        {"input": 0.0},
        {"input": -3.0, "alpha": 10.0},
        {"goal_pred": 0.0},
    ):
        e.set(**change)
        assert e.artist_count() == count


def test_still_pictures_say_their_numbers():
    still = gd.explorers.regime_map_picture(weight=0.5, input=2, goal_pred=0.8, alpha=0.1)
    assert still.png.startswith(b"\x89PNG")
    assert "input 2, alpha 0.1" in still.caption and "after 11 updates" in still.caption
    assert "input across and alpha up" in still.alt and "circle marks" not in still.alt
    stages = gd.explorers.overcorrection_picture(weight=0.5, input=2, goal_pred=0.8, alpha=1.0, stages=3)
    assert "0.5 → 0.1 → 1.3 → -2.3" in stages.caption and "3 times as far" in stages.caption
    negative = gd.explorers.overcorrection_picture(weight=0.5, input=2, goal_pred=0.8, alpha=-0.1, stages=3)
    assert "1.4 times as far" in negative.caption
    with pytest.raises(ValueError, match="stages must be between 1 and 6"):
        gd.pictures.overcorrection_picture(stages=9)
    with pytest.raises(ValueError, match="stages must be between 1 and 6"):
        gd.pictures.overcorrection_picture(stages=0)


def test_every_setting_the_map_explorer_reaches_has_a_still(explorer):
    """Input 0 is on the slider: the explorer draws it, so its still picture must too."""
    for goal_pred in (0.8, 0.0):
        explorer.set(input=0.0, goal_pred=goal_pred, alpha=0.1)
        still = explorer.picture()
        assert still.png.startswith(b"\x89PNG") and "input 0" in still.caption
