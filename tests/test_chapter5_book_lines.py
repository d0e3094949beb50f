"""Lesson 5's notebook, as saved, prints every number of the book's chapter-5 listings exactly.

The expected lines are worked out here by plain Python, the book's loops written out (no gdcourse),
and formatted as Python 2 printed them: bare floats with 12 significant digits, lists with each
element's repr. A few of them are also named one by one, so a change of format fails too.
"""

import json
from pathlib import Path

import pytest

NOTEBOOK = Path(__file__).resolve().parent.parent / "notebooks" / "05_generalizing.ipynb"

TOES, WLREC, NFANS = [8.5, 9.5, 9.9, 9.0], [0.65, 0.8, 0.8, 0.9], [1.2, 1.3, 0.5, 1.0]
WIN_OR_LOSE = [1, 1, 0, 1]
HURT, WIN, SAD = [0.1, 0.0, 0.0, 0.1], [1, 1, 0, 1], [0.1, 0.0, 0.1, 0.2]
INPUT = [TOES[0], WLREC[0], NFANS[0]]


def py2(x):
    """Python 2's str() of a float."""
    text = "%.12g" % x  # noqa: UP031 - the very format Python 2 used
    return text + ".0" if text.lstrip("-").isdigit() else text


def several_inputs(alpha, iterations, freeze_first=False):
    """The book's several-inputs loop: the lines it prints per iteration."""
    weights, lines = [0.1, 0.2, -0.1], []
    for iteration in range(iterations):
        pred = 0
        for i in range(3):
            pred += INPUT[i] * weights[i]
        error = (pred - WIN_OR_LOSE[0]) ** 2
        delta = pred - WIN_OR_LOSE[0]
        weight_deltas = [delta * x for x in INPUT]
        if freeze_first:
            weight_deltas[0] = 0
        lines += [f"Iteration:{iteration + 1}", f"Pred:{py2(pred)}", f"Error:{py2(error)}"]
        lines += [f"Delta:{py2(delta)}", f"Weights:{weights}", "Weight_Deltas:", str(weight_deltas), ""]
        weights = [w - alpha * wd for w, wd in zip(weights, weight_deltas, strict=True)]
    return lines, weights


def one_update():
    lines, weights = several_inputs(0.01, 1)
    first = dict(line.split(":", 1) for line in lines[1:4])
    deltas = lines[6]
    return [f"Pred:{first['Pred']}", f"Error:{first['Error']}", f"Delta:{first['Delta']}",
            f"Weights:{weights}", f"Weight Deltas:{deltas}"]  # fmt: skip


def several_outputs():
    weights, input, goal_preds = [0.3, 0.2, 0.9], WLREC[0], [HURT[0], WIN[0], SAD[0]]
    delta = [input * w - g for w, g in zip(weights, goal_preds, strict=True)]
    weight_deltas = [input * d for d in delta]
    new = [w - 0.1 * wd for w, wd in zip(weights, weight_deltas, strict=True)]
    return [f"Weights:{new}", f"Weight Deltas:{weight_deltas}"]


def several_of_each():
    weights = [[0.1, 0.1, -0.3], [0.1, 0.2, 0.0], [0.0, 1.3, 0.1]]
    goal_preds = [HURT[0], WIN[0], SAD[0]]
    pred = []
    for row in weights:
        total = 0
        for x, w in zip(INPUT, row, strict=True):
            total += x * w
        pred.append(total)
    error = [(p - g) ** 2 for p, g in zip(pred, goal_preds, strict=True)]
    delta = [p - g for p, g in zip(pred, goal_preds, strict=True)]
    weight_deltas = [[d * x for x in INPUT] for d in delta]
    new = [
        [w - 0.01 * wd for w, wd in zip(r, rd, strict=True)]
        for r, rd in zip(weights, weight_deltas, strict=True)
    ]
    return [
        f"Pred:{pred}",
        f"Error:{error}",
        f"Delta:{delta}",
        "Weight_Deltas:",
        *map(str, weight_deltas),
        "Weights:",
        *map(str, new),
    ]


def edge_lines():
    squares = sum(x**2 for x in INPUT)
    lines = [f"sum of input**2: {py2(squares)}", f"the edge, 2 / sum(input**2): {py2(2 / squares)}"]
    for alpha, words in [(0.01, "converges steadily"), (0.1, "diverges")]:
        lines.append(f"alpha {alpha}: r = {py2(1 - alpha * squares)}, {words}")
    return lines


def printed_blocks():
    """Each code cell's printed text, as a list of lines."""
    cells = json.loads(NOTEBOOK.read_text())["cells"]
    return [
        "".join(
            "".join(o.get("text", "")) for o in cell["outputs"] if o["output_type"] == "stream"
        ).splitlines()
        for cell in cells
        if cell["cell_type"] == "code"
    ]


LISTINGS = {
    "one update, several inputs": one_update(),
    "three iterations, alpha 0.01": several_inputs(0.01, 3)[0][:-1],
    "three iterations, a frozen, alpha 0.3": several_inputs(0.3, 3, freeze_first=True)[0][:-1],
    "the edge and r": edge_lines(),
    "one input, several outputs": several_outputs(),
    "several inputs and outputs": several_of_each(),
}


@pytest.mark.parametrize("name", list(LISTINGS))
def test_each_listing_is_printed_in_order_in_one_cell(name):
    want = LISTINGS[name]
    runs = [block[k : k + len(want)] for block in printed_blocks() for k in range(len(block))]
    assert want in runs, (
        f"{name}: these lines were not printed, in order, in one cell of {NOTEBOOK.name}:\n{want}"
    )


def test_the_named_lines_are_what_the_loops_print():
    """Guard the computation above with the numbers as the book's Python 2 shows them."""
    assert one_update() == [
        "Pred:0.86",
        "Error:0.0196",
        "Delta:-0.14",
        "Weights:[0.1119, 0.20091, -0.09832]",
        "Weight Deltas:[-1.189999999999999, -0.09099999999999994, -0.16799999999999987]",
    ]
    three = several_inputs(0.01, 3)[0]
    assert three[8:12] == ["Iteration:2", "Pred:0.9637575", "Error:0.00131351880625", "Delta:-0.0362425"]
    frozen = several_inputs(0.3, 3, freeze_first=True)[0]
    assert frozen[6] == "[0, -0.09099999999999994, -0.16799999999999987]", "the book's int 0 prints as 0"
    assert frozen[20] == "Weights:[0.1, 0.239346125, -0.02736100000000008]", "a keeps its value"
    assert several_outputs()[0] == "Weights:[0.293825, 0.25655, 0.868475]"


def test_the_frozen_weight_is_never_said_to_be_set_to_zero():
    notebook = json.loads(NOTEBOOK.read_text())
    prose = " ".join(
        " ".join("".join(c["source"]).split()) for c in notebook["cells"] if c["cell_type"] == "markdown"
    )
    assert "keeps its value" in prose and "set to 0. It is not" in prose
    assert "Python 2" in prose and "12 significant digits" in prose
