"""Every line the book printed in chapter 4 is reproduced, digit for digit.

Each test names the listing and spells out the book's lines, so a reader sees what is checked.
The slides skip the middle of long runs ("..."); those tests check the lines that were printed.
"""

import gdcourse as gd


def lines(trajectory, style="error"):
    return gd.book_lines(trajectory, style)


def test_first_error_of_the_chapter():
    # weight 0.5, input 0.5, goal_pred 0.8: "It should print 0.3025"
    pred = gd.neural_network(0.5, 0.5)
    assert gd.book_str(gd.squared_error(pred, 0.8)) == "0.3025"


def test_hot_and_cold_step_0_001():
    run = gd.hot_and_cold(weight=0.5, input=0.5, goal_pred=0.8, step_amount=0.001, iterations=1101)
    printed = lines(run)
    assert len(printed) == 1101
    assert printed[:2] == [
        "Error:0.3025 Prediction:0.25",
        "Error:0.30195025 Prediction:0.2505",
    ]
    # The page shows "Error:2.500000000033e-07"; the value is 2.5000000003280753e-07,
    # which the book's own format prints with one 0 fewer.
    assert printed[-2:] == [
        "Error:2.50000000033e-07 Prediction:0.7995",
        "Error:1.07995057925e-27 Prediction:0.8",
    ]


def test_hot_and_cold_step_10_never_settles():
    run = gd.hot_and_cold(weight=0.5, input=0.5, goal_pred=0.8, step_amount=10, iterations=5)
    assert lines(run) == [
        "Error:0.3025 Prediction:0.25",
        "Error:19.8025 Prediction:5.25",
        "Error:0.3025 Prediction:0.25",
        "Error:19.8025 Prediction:5.25",
        "Error:0.3025 Prediction:0.25",
    ]


TWENTY_STEPS_FIRST = [
    "Error:0.3025 Prediction:0.25",
    "Error:0.17015625 Prediction:0.3875",
    "Error:0.095712890625 Prediction:0.490625",
]
TWENTY_STEPS_LAST = [
    "Error:1.7092608064e-05 Prediction:0.79586567925",
    "Error:9.61459203602e-06 Prediction:0.796899259437",
    "Error:5.40820802026e-06 Prediction:0.797674444578",
]


def test_direction_and_amount_twenty_steps():
    run = gd.gradient_descent(weight=0.5, input=0.5, goal_pred=0.8, iterations=20)
    printed = lines(run)
    assert len(printed) == 20
    assert printed[:3] == TWENTY_STEPS_FIRST
    assert printed[-3:] == TWENTY_STEPS_LAST


def test_watch_several_steps_input_1_1():
    run = gd.gradient_descent(weight=0.0, input=1.1, goal_pred=0.8, iterations=4)
    assert lines(run, "steps") == [
        "-----",
        "Weight:0.0",
        "Error:0.64 Prediction:0.0",
        "Delta:-0.8 Weight Delta:-0.88",
        "-----",
        "Weight:0.88",
        "Error:0.028224 Prediction:0.968",
        "Delta:0.168 Weight Delta:0.1848",
        "-----",
        "Weight:0.6952",
        "Error:0.0012446784 Prediction:0.76472",
        "Delta:-0.03528 Weight Delta:-0.038808",
        "-----",
        "Weight:0.734008",
        "Error:5.489031744e-05 Prediction:0.8074088",
        "Delta:0.0074088 Weight Delta:0.00814968",
    ]


def test_breaking_gradient_descent_input_2():
    run = gd.gradient_descent(weight=0.5, input=2, goal_pred=0.8, iterations=20)
    printed = lines(run)
    assert printed[:3] == [
        "Error:0.04 Prediction:1.0",
        "Error:0.36 Prediction:0.2",
        "Error:3.24 Prediction:2.6",
    ]
    assert printed[-3:] == [
        "Error:6.67087267987e+14 Prediction:-25828031.8",
        "Error:6.00378541188e+15 Prediction:77484098.6",
        "Error:5.40340687069e+16 Prediction:-232452292.6",
    ]


def test_alpha_0_1_tames_input_2():
    run = gd.gradient_descent(weight=0.5, input=2, goal_pred=0.8, alpha=0.1, iterations=20)
    printed = lines(run)
    assert printed[:3] == [
        "Error:0.04 Prediction:1.0",
        "Error:0.0144 Prediction:0.92",
        "Error:0.005184 Prediction:0.872",
    ]
    assert printed[-3:] == [
        "Error:1.14604719983e-09 Prediction:0.800033853319",
        "Error:4.12576991939e-10 Prediction:0.800020311991",
        "Error:1.48527717099e-10 Prediction:0.800012187195",
    ]


def test_node_post_stalls_just_below_0_6():
    # weight 0.4, input 1, goal_pred 0.6, alpha 0.1: floating point stops one hair short of 0.6.
    run = gd.gradient_descent(weight=0.4, input=1, goal_pred=0.6, alpha=0.1, iterations=325)
    assert repr(run.final_weight) == "0.5999999999999994"
    longer = gd.gradient_descent(weight=0.4, input=1, goal_pred=0.6, alpha=0.1, iterations=2000)
    assert longer.final_weight == run.final_weight
