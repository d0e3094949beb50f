"""Chapter 3: the book's printed lines are in the saved notebook, and its pictures and explorer behave."""

import json
import math
import warnings
from pathlib import Path

import numpy as np
import pytest
from explorer_checks import ranges

import gdcourse as gd
from gdcourse.explorers.direction import DirectionExplorer
from gdcourse.settings import DirectionSettings

RANGES = ranges(DirectionSettings)

NOTEBOOK = Path(__file__).resolve().parent.parent / "notebooks" / "03_gradient_descent.ipynb"

BOOK_LINES = [
    # direction_and_amount, 20 iterations: the lines the book printed
    "Error:0.3025 Prediction:0.25",
    "Error:0.17015625 Prediction:0.3875",
    "Error:0.095712890625 Prediction:0.490625",
    "Error:1.7092608064e-05 Prediction:0.79586567925",
    "Error:9.61459203602e-06 Prediction:0.796899259437",
    "Error:5.40820802026e-06 Prediction:0.797674444578",
    # watch several steps of learning: weight 0, input 1.1, goal_pred 0.8
    "Weight:0.0",
    "Error:0.64 Prediction:0.0",
    "Delta:-0.8 Weight Delta:-0.88",
    "Weight:0.88",
    "Error:0.028224 Prediction:0.968",
    "Delta:0.168 Weight Delta:0.1848",
    "Weight:0.6952",
    "Error:0.0012446784 Prediction:0.76472",
    "Delta:-0.03528 Weight Delta:-0.038808",
    "Weight:0.734008",
    "Error:5.489031744e-05 Prediction:0.8074088",
    "Delta:0.0074088 Weight Delta:0.00814968",
]


def saved_output_lines(path):
    lines = []
    for cell in json.loads(path.read_text())["cells"]:
        for output in cell.get("outputs", []):
            lines += "".join(output.get("text", "")).splitlines()
    return lines


@pytest.mark.parametrize("line", BOOK_LINES)
def test_book_line_is_in_the_saved_notebook(line):
    assert line in saved_output_lines(NOTEBOOK)


def test_watch_several_steps_block_is_in_order():
    lines = saved_output_lines(NOTEBOOK)
    start = lines.index("Weight:0.0") - 1
    block = [ln for ln in lines[start : start + 16] if ln != "-----"]
    assert block == BOOK_LINES[6:]


@pytest.mark.parametrize(
    ("input", "words"),
    [(0.5, "scaling, shrunk"), (2.0, "scaling, grown"), (-1.0, "negative reversal"), (0.0, "stopping")],
)
def test_direction_explorer_names_what_input_does(input, words):
    e = DirectionExplorer(weight=0.5, input=input, goal_pred=0.8)
    assert words in e.summary
    new_weight = e.drawn()["new_weight"][0, 0]
    expected = 0.5 - (input * 0.5 - 0.8) * input
    low, high = e.drawn()["limits"][0]
    assert new_weight == pytest.approx(float(np.clip(expected, low, high)))


def test_direction_explorer_sweeps_its_extremes_sanely():
    e = DirectionExplorer()
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        for weight in RANGES["weight"][:2]:
            for input in (*RANGES["input"][:2], 0.0, 0.05):
                for goal_pred in (*RANGES["goal_pred"][:2], 0.0):
                    e.set(weight=weight, input=input, goal_pred=goal_pred)
                    drawn = e.drawn()
                    (low, high), _ = drawn["limits"]
                    for name in ("weight", "new_weight"):
                        assert np.isfinite(drawn[name]).all()
                        assert low <= drawn[name][0, 0] <= high
                    assert e.summary.startswith("pred ")


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"input": 5}, "input must be between -2 and 2"),
        ({"goal_pred": "x"}, "goal_pred must be a number"),
        ({"g": 1}, "unknown"),
    ],
)
def test_direction_explorer_bad_settings(change, message):
    with pytest.raises(ValueError, match=message):
        DirectionExplorer().set(**change)


def test_pictures_carry_their_numbers_in_the_caption():
    curve = gd.pictures.error_curve_picture(input=0.5, goal_pred=0.8, weight=0.5)
    assert "goal weight 1.6" in curve.caption and "error 0.3025" in curve.caption
    steps = gd.pictures.steps_picture(weight=0.0, input=1.1, goal_pred=0.8, iterations=4)
    assert "r = -0.21" in steps.caption and steps.png.startswith(b"\x89PNG")
    slope = gd.pictures.derivative_pictures(weight=0.5, input=0.5, goal_pred=0.8)
    assert "slope is -0.55" in slope.caption and "weight_delta = -0.275" in slope.caption


def test_pictures_refuse_bad_input():
    with pytest.raises(ValueError, match="iterations must be 0 or more"):
        gd.pictures.steps_picture(iterations=-1)
    with pytest.raises(ValueError, match="iterations must be between 1 and 6"):
        gd.pictures.steps_picture(iterations=0)
    with pytest.raises(ValueError, match="input must be a finite number"):
        gd.pictures.error_curve_picture(input=math.nan)
    assert gd.pictures.steps_picture(iterations=1).png.startswith(b"\x89PNG")


def test_input_zero_has_pictures_that_say_the_curve_is_flat():
    """Chapter 3's thought exercise invites input 0: every still must draw it and say what it shows."""
    curve = gd.pictures.error_curve_picture(input=0, goal_pred=0.8, weight=0.5)
    assert "flat line at 0.64" in curve.caption and curve.png.startswith(b"\x89PNG")
    assert "error 0.64" in curve.caption
    slope = gd.pictures.derivative_pictures(weight=0.5, input=0, goal_pred=0)
    assert "slope is 0" in slope.caption and "flat line" in slope.caption
    steps = gd.pictures.steps_picture(weight=0.5, input=0, goal_pred=0.8, iterations=3)
    assert "stays where it is" in steps.caption.lower()
