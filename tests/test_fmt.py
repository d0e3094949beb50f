"""Book-style numbers: Python 2's str() of a float, 12 significant digits."""

import pytest

import gdcourse as gd

CASES = [
    (0.30250000000000005, "0.3025"),
    (1.0, "1.0"),
    (0.0, "0.0"),
    (-0.0, "-0.0"),
    (-232452292.6, "-232452292.6"),
    (5.403406870691468e16, "5.40340687069e+16"),
    (1e16, "1e+16"),
    (2.5000000003280753e-07, "2.50000000033e-07"),
    (123456789012.0, "123456789012.0"),
    (float("inf"), "inf"),
    (2, "2"),
]


@pytest.mark.parametrize(("value", "text"), CASES)
def test_book_str(value, text):
    assert gd.book_str(value) == text


def test_print_book_shortens_long_runs(capsys):
    run = gd.gradient_descent(0.5, 0.5, 0.8, iterations=20)
    gd.print_book(run, first=2, last=1)
    assert capsys.readouterr().out.splitlines() == [
        "Error:0.3025 Prediction:0.25",
        "Error:0.17015625 Prediction:0.3875",
        "...",
        "Error:5.40820802026e-06 Prediction:0.797674444578",
    ]


def test_print_book_steps_style_keeps_blocks_whole(capsys):
    run = gd.gradient_descent(0.0, 1.1, 0.8, iterations=4)
    gd.print_book(run, "steps", first=1, last=1)
    out = capsys.readouterr().out.splitlines()
    assert out[:4] == ["-----", "Weight:0.0", "Error:0.64 Prediction:0.0", "Delta:-0.8 Weight Delta:-0.88"]
    assert out[4] == "..."
    assert out[5:7] == ["-----", "Weight:0.734008"]


def test_bad_style_and_counts():
    run = gd.gradient_descent(0.5, 0.5, 0.8, iterations=2)
    with pytest.raises(ValueError, match="style must be one of"):
        gd.book_lines(run, "fancy")
    with pytest.raises(ValueError, match="first must be 0 or more"):
        gd.print_book(run, first=-1)


def test_each_printer_points_to_the_other_for_the_other_kind_of_run():
    """Issue 25, defect 4: print_iterations of a one-weight run raised AttributeError ('frozen')."""
    one = gd.gradient_descent(0.5, 0.5, 0.8, 1.0, 3)
    many = gd.learn([0.1, 0.2, -0.1], [8.5, 0.65, 1.2], 1.0, 0.01, 3)
    with pytest.raises(ValueError, match=r"one-weight run .*print it with gd.print_book\(run\)"):
        gd.print_iterations(one)
    with pytest.raises(ValueError, match=r"many weights .*print it with gd.print_iterations\(run\)"):
        gd.print_book(many)
    with pytest.raises(ValueError, match=r"from gd.learn\(...\) or gd.learn_games\(...\), got 3$"):
        gd.iteration_lines(3)
    with pytest.raises(ValueError, match=r"got 'x+\.\.\.$"):
        gd.book_lines("x" * 100)
