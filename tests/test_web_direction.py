"""The direction explorer's browser code against the kernel: the same numbers and the same words.

The browser works out what it draws itself (gdcourse/explorers/web/src/direction.js); the kernel's
`drawn()`, `summary` and DirectionView's label, arrow and goal line are the oracle. One explorer and the
browser's `frame` are driven through the same grid of settings, one after another (so the limits each
keeps from the frame before are compared too), and every number must be equal, every sentence the same.
"""

from __future__ import annotations

import itertools
import json
import subprocess
from pathlib import Path

import numpy as np

import gdcourse as gd
from gdcourse.explorers import DirectionExplorer
from tests.node_js import STUB_DOM, call_js, node_or_skip

WEB = Path(gd.__file__).parent / "explorers" / "web"
DIRECTION = WEB / "src" / "direction.js"
KEYS = ("weight", "input", "goal_pred")


def same(python: object, browser: object) -> bool:
    """Equal as numbers, shape and all; nan equals nan."""
    a = np.asarray(python, dtype=float)
    b = np.asarray(browser, dtype=float).reshape(a.shape) if np.size(browser) == a.size else None
    return b is not None and a.shape == b.shape and bool(np.array_equal(a, b, equal_nan=True))


def kernel_frame(explorer: DirectionExplorer) -> dict:
    """What the kernel's view holds now: drawn(), the summary, and the label, arrow and goal line."""
    view = explorer.view
    return {
        "drawn": explorer.drawn(),
        "summary": explorer.summary,
        "settings": {k: getattr(explorer.settings, k) for k in KEYS},
        "label": view.label.get_text(),
        "labelAt": list(view.label.get_position()),
        "arrow": view.arrow.get_visible(),
        "goalVisible": view.goal_line.get_visible(),
    }


def run_sequence(explorer: DirectionExplorer, changes: list[dict]) -> list[dict]:
    """The explorer as made, then after each change: the kernel's frames."""
    kernel = [kernel_frame(explorer)]
    for change in changes:
        explorer.set(**change)
        kernel.append(kernel_frame(explorer))
    return kernel


def compare(kernel: list[dict], browser: list[dict]) -> None:
    assert len(browser) == len(kernel)
    for k, shown in zip(kernel, browser, strict=True):
        settings = k["settings"]
        assert shown["summary"] == k["summary"], settings
        assert set(shown["drawn"]) == set(k["drawn"])
        for key, value in k["drawn"].items():
            assert same(value, shown["drawn"][key]), (key, settings, value, shown["drawn"][key])
        assert shown["label"] == k["label"], settings
        assert same(k["labelAt"], shown["labelAt"]), settings
        assert shown["arrow"]["visible"] == k["arrow"], settings
        assert shown["goalVisible"] == k["goalVisible"], settings


def the_grid() -> list[dict]:
    """Slider ends and middles, input 0 and near it, steps that leave the line on either side."""
    changes = [
        {"weight": weight, "input": input, "goal_pred": goal_pred}
        for weight, input, goal_pred in itertools.product(
            (-1.0, 0.0, 0.5, 1.0, 3.0),
            (-2.0, -1.0, -0.5, -0.05, 0.0, 0.05, 0.5, 1.0, 2.0),
            (-1.0, 0.0, 0.5, 0.8, 2.0),
        )
    ]
    changes += [
        {"weight": 3.0, "input": 2.0, "goal_pred": -1.0},  # new weight -11: beyond the left edge
        {"weight": -1.0, "input": 2.0, "goal_pred": 2.0},  # new weight 15: beyond the right edge
        {"weight": 3.0, "input": -2.0, "goal_pred": 2.0},  # a reversal past the edge
        {"weight": 0.123, "input": 0.3, "goal_pred": 0.456},  # values off the sliders' grids
        {"weight": 0.5, "input": 1e-100, "goal_pred": 0.8},  # a goal weight far off the line
        {"weight": 3.0, "input": -1e-100, "goal_pred": 2.0},  # the smallest input, either side
        {"weight": -1.0, "input": 1e-100, "goal_pred": -1.0},
        {"weight": 1.6, "input": 0.5, "goal_pred": 0.8},  # no miss, no step
        {"weight": 0.0, "input": -0.5, "goal_pred": 0.0},  # a miss of -0.0
        {"weight": 0.5, "input": 0.0, "goal_pred": 0.8},
    ]
    return changes


def test_the_browser_draws_the_kernels_numbers_over_the_grid():
    explorer = DirectionExplorer()
    kernel = run_sequence(explorer, the_grid())
    browser = call_js(DIRECTION, "frameSequence", [[[k["settings"] for k in kernel]]])[0]
    compare(kernel, browser)


def test_a_new_explorer_starts_where_the_kernels_does():
    starts = [
        {},
        {"weight": -1.0, "input": -2.0, "goal_pred": -1.0},
        {"weight": 3.0, "input": 2.0, "goal_pred": 2.0},
        {"weight": 3.0, "input": 2.0, "goal_pred": -1.0},
        {"weight": 1.0, "input": 0.0, "goal_pred": 0.5},
        {"weight": 0.5, "input": 1e-100, "goal_pred": 0.8},
    ]
    kernel = [kernel_frame(DirectionExplorer(**start)) for start in starts]
    browser = call_js(DIRECTION, "firstFrames", [[[k["settings"] for k in kernel]]])[0]
    compare(kernel, browser)


def test_the_explorer_is_drawn_in_the_browser():
    e = DirectionExplorer(weight=0.25)
    assert e.browser in e.widget.children
    assert e.browser.weight == 0.25
    e.set(input=-1.0)  # the slider moves; the browser hears the exact value too
    assert e.browser.exact["input"] == -1.0


#: The bundled view mounted on a stub DOM in Node, painted at every corner of the sliders: every
#: attribute it sets is reported, so a NaN or an infinity reaching the SVG shows.
PAINT_EVERYWHERE = (
    STUB_DOM
    + r"""
const { specs, corners } = JSON.parse(process.argv[1]);
const view = (await import(process.argv[2])).default;
const values = { ...corners[0] };
const handlers = {};
const model = {
  get: (key) => (key === "specs" ? specs : key === "exact" ? {} : values[key]),
  set: () => {}, save_changes: () => {},
  on: (name, f) => { handlers[name] = f; }, off: () => {},
};
const el = new Node("div");
view.render({ model, el });
const labels = [];
for (const corner of corners) {
  Object.assign(values, corner);
  handlers["change:weight"]();
  while (frames.length) frames.shift()();
  labels.push(el.children[0].children[2].attrs["aria-label"]);
}
const bad = written.filter(([, , v]) => /NaN|Infinity/.test(String(v)));
process.stdout.write(JSON.stringify({ bad, labels, count: written.length }));
"""
)


def test_no_nan_or_infinity_reaches_the_svg_at_any_slider_end():
    from gdcourse.explorers.browser import spec_payload
    from gdcourse.settings import DirectionSettings

    corners = [
        {"weight": w, "input": i, "goal_pred": g}
        for w, i, g in itertools.product((-1.0, 1.0, 3.0), (-2.0, -0.05, 0.0, 0.05, 2.0), (-1.0, 0.0, 2.0))
    ]
    payload = json.dumps({"specs": spec_payload(DirectionSettings.SLIDERS), "corners": corners})
    done = subprocess.run(
        [
            node_or_skip(),
            "--input-type=module",
            "-e",
            PAINT_EVERYWHERE,
            payload,
            (WEB / "dist" / "direction.js").as_uri(),
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    seen = json.loads(done.stdout)
    assert seen["count"] > 0 and seen["bad"] == []
    for corner, label in zip(corners, seen["labels"], strict=True):
        settings = DirectionSettings.checked(**corner)
        assert label.startswith("A weight number line from -2 to 4: the weight now ")
        said = gd.explorers.DirectionExplorer.summary_of(settings)
        assert said not in label, "the summary is the text above the picture: not heard twice"
