"""Chapter 5's explorer's browser code against the kernel: the same numbers, labels and words.

The browser runs the three-weight loop and works out every panel itself
(gdcourse/explorers/web/src/generalized.js, generalized_run.js and surface.js); the kernel's `drawn()`,
`labels()`, `summary` and a few more of its artists (each level's contour line, the numbered rings, the
lowest error's label and where it sits) are the oracle. One explorer and the browser's `frame` are
driven through the same grid of settings one after another (so the limits each panel keeps from the
change before are compared too), new explorers are started at many settings, and every number must be
equal, every label and sentence the same. The bundled view is also painted on a stub DOM at every
corner of the sliders and toggles: no NaN or infinity may reach an SVG attribute.
"""

from __future__ import annotations

import itertools
import json
import subprocess
from pathlib import Path

import numpy as np
import pytest

import gdcourse as gd
from gdcourse.analysis import shared_stable_alpha
from gdcourse.book import GAME_INPUTS
from gdcourse.explorers import GeneralizedExplorer
from gdcourse.explorers.browser import spec_payload
from gdcourse.figures.surface import CIRCLE_COS, CIRCLE_SIN, Surface, errors_along, slice_quadratic
from gdcourse.settings import PLANES, WEIGHT_NAMES, GeneralizedSettings
from gdcourse.summaries import generalized_summary as summary
from tests.node_js import STUB_DOM, call_js, node_or_skip

WEB = Path(gd.__file__).parent / "explorers" / "web"
SRC = WEB / "src"
GENERALIZED = SRC / "generalized.js"
RUN = SRC / "generalized_run.js"
SURFACE = SRC / "surface.js"
MASKS = list(itertools.product([False, True], repeat=3))


def same(python: object, browser: object) -> bool:
    """Equal as numbers, shape and all (nan equals nan; an empty list is any empty array)."""
    a = np.asarray(python, dtype=float)
    b = np.asarray(browser, dtype=float)
    if a.size == 0 or b.size == 0:
        return a.size == b.size
    return a.shape == b.shape and bool(np.array_equal(a, b, equal_nan=True))


def browser_settings(settings: GeneralizedSettings) -> dict:
    """The settings as the view reads them from its model."""
    s = settings
    return {
        "a": s.a, "b": s.b, "c": s.c, "alpha": s.alpha, "iterations": s.iterations,
        "frozen": list(s.frozen), "games": s.games, "plane": list(s.plane),
    }  # fmt: skip


def kernel_frame(explorer: GeneralizedExplorer) -> dict:
    """What the kernel's view holds now: drawn(), labels(), the summary, and the artists the view paints."""
    view = explorer.view
    contour = view.contour
    label = contour.bottom_label
    return {
        "settings": browser_settings(explorer.settings),
        "drawn": explorer.drawn(),
        "labels": explorer.labels(),
        "summary": explorer.summary,
        "levels": [line.get_xydata() for line in contour.levels],
        "trough": contour.trough.get_xydata(),
        "numbered": [panel.path.rings.get_xydata() for panel in view.panels],
        "lines": [panel.path.line.get_xydata() for panel in view.panels],
        "plane_line": contour.path.line.get_xydata(),
        "bottom": {
            "xy": list(label.xy),
            "offset": list(label.get_position()),
            "ha": label.get_ha(),
            "va": label.get_va(),
        },
        "error_label": view.error_panel.ax.get_xlabel(),
        "plane_labels": [contour.ax.get_xlabel(), contour.ax.get_ylabel()],
    }


def compare(kernel: list[dict], browser: list[dict]) -> None:
    assert len(browser) == len(kernel)
    for k, shown in zip(kernel, browser, strict=True):
        where = k["settings"]
        assert shown["summary"] == k["summary"], where
        assert shown["labels"] == k["labels"], where
        assert set(shown["drawn"]) == set(k["drawn"]), where
        for key, value in k["drawn"].items():
            assert same(value, shown["drawn"][key]), (key, where, value, shown["drawn"][key])
        for level, (python, browser_level) in enumerate(
            zip(k["levels"], shown["contour"]["levels"], strict=True)
        ):
            assert same(python, browser_level), ("level", level + 1, where)
        assert same(k["trough"], shown["contour"]["trough"]), where
        for i, panel in enumerate(shown["panels"]):
            assert same(k["numbered"][i], panel["path"]["numbered"]), ("numbered", i, where)
            assert same(k["lines"][i], panel["path"]["line"]), ("path line", i, where)
        assert same(k["plane_line"], shown["contour"]["path"]["line"]), where
        bottom = shown["contour"]["bottomLabel"]
        assert bottom["text"] == k["labels"]["bottom"], where
        assert same(k["bottom"]["xy"], bottom["xy"]), (where, k["bottom"], bottom)
        assert k["bottom"]["offset"] == bottom["offset"], where
        assert (k["bottom"]["ha"], k["bottom"]["va"]) == (bottom["ha"], bottom["va"]), where
        assert shown["errorPanel"]["xlabel"] == k["error_label"], where
        u, v = where["plane"]
        names = dict(zip(WEIGHT_NAMES, ("toes", "win/loss", "fans"), strict=True))
        assert k["plane_labels"] == [f"weight {u} ({names[u]})", f"weight {v} ({names[v]})"]


def run_sequence(explorer: GeneralizedExplorer, changes: list[dict]) -> list[dict]:
    """The explorer as made, then after each change: the kernel's frames."""
    kernel = [kernel_frame(explorer)]
    for change in changes:
        explorer.set(**change)
        kernel.append(kernel_frame(explorer))
    return kernel


def browser_sequence(kernel: list[dict]) -> list[dict]:
    return call_js(GENERALIZED, "frameSequence", [[[k["settings"] for k in kernel]]])[0]


#: The slider ends and middles, and values off the slider's grid.
STARTS = [(0.1, 0.2, -0.1), (-1.0, -1.0, -1.0), (1.0, -1.0, 1.0), (0.0, 0.0, 0.0), (0.123456, -0.987, 0.5)]


def special_alphas(frozen: tuple[bool, bool, bool]) -> list[float]:
    """The first game's one-step and edge alphas for this mask (where some weight learns)."""
    if all(frozen):
        return []
    edge = shared_stable_alpha(GAME_INPUTS[0], list(frozen))
    return [a for a in (edge / 2, edge) if 0.001 <= a <= 10]


def the_grid() -> list[dict]:
    """Both games and every plane; every mask over one plane, a few over the others; slider ends,
    diverging corners, the one-step and edge alphas, 1 and 50 steps; the toggles and choices move
    between slider changes, as a learner would."""
    changes = []
    for games, plane in itertools.product(("first", "all"), PLANES):
        for frozen in MASKS if plane == PLANES[0] else MASKS[::3]:
            for (a, b, c), alpha in itertools.product(
                STARTS[:3], [0.001, 0.1, 10.0, *special_alphas(frozen)]
            ):
                for iterations in (1, 50) if alpha in (0.001, 10.0) else (20,):
                    changes.append(
                        {"a": a, "b": b, "c": c, "alpha": alpha, "iterations": iterations,
                         "frozen": frozen, "games": games, "plane": plane}
                    )  # fmt: skip
    return changes


def test_the_browser_draws_the_kernels_numbers_over_the_grid():
    kernel = run_sequence(GeneralizedExplorer(), the_grid())
    compare(kernel, browser_sequence(kernel))


def test_small_moves_keep_the_views_as_the_kernels_do():
    """A learner dragging each slider in small steps, turning at its ends: the kept limits must agree."""
    changes = []
    for name, values in [
        ("a", np.linspace(0.1, 1.0, 10)),
        ("b", np.linspace(0.2, -1.0, 12)),
        ("c", np.linspace(-0.1, 1.0, 12)),
        ("alpha", np.geomspace(0.01, 10.0, 14)),
        ("iterations", range(20, 51, 3)),
    ]:
        changes += [{name: float(v) if name != "iterations" else int(v)} for v in values]
    changes += [{"games": "all"}, {"alpha": 0.02}, {"plane": ("a", "c")}, {"frozen": (False, True, False)}]
    changes += [{"a": float(v)} for v in np.linspace(-1, 1, 9)]
    kernel = run_sequence(GeneralizedExplorer(), changes)
    compare(kernel, browser_sequence(kernel))


def test_a_new_explorer_starts_where_the_kernels_does():
    kernel = []
    for k, ((a, b, c), alpha, games) in enumerate(
        itertools.product(STARTS, (0.001, 0.0123, 0.3, 10.0), ("first", "all"))
    ):
        plane, frozen = PLANES[k % 3], MASKS[k % 8]
        e = GeneralizedExplorer(
            a=a, b=b, c=c, alpha=alpha, iterations=20, games=games, plane=plane, frozen=frozen
        )
        kernel.append(kernel_frame(e))
    browser = call_js(GENERALIZED, "firstFrames", [[[k["settings"] for k in kernel]]])[0]
    compare(kernel, browser)


def test_the_summary_matches_word_for_word_over_the_alpha_slider():
    """Every mask, both games, alphas all along the log slider (and its grid points): the pass factor
    (numpy's eigenvalues in the kernel, the characteristic polynomial in the browser) reads the same."""
    records = []
    alphas = sorted({round(10 ** (k / 100), 12) for k in range(-300, 101)} | {0.001, 10.0})
    for frozen, games, alpha in itertools.product(MASKS, ("first", "all"), alphas[::3]):
        records.append(GeneralizedSettings(alpha=alpha, iterations=7, frozen=frozen, games=games))
    for iterations, start in itertools.product((1, 50), STARTS):
        for frozen, games in itertools.product(MASKS[::2], ("first", "all")):
            a, b, c = start
            records.append(
                GeneralizedSettings(
                    a=a, b=b, c=c, alpha=0.05, iterations=iterations, frozen=frozen, games=games
                )
            )
    calls = [[browser_settings(r)] for r in records]
    words = call_js(RUN, "summaryOf", calls)
    for record, said in zip(records, words, strict=True):
        assert said == summary(record), record


def test_the_unit_circle_and_the_surface_are_the_kernels():
    """The ellipses' circle, bit for bit; and the surface's pieces over random planes and points."""
    circle = call_js(SURFACE, "unitCircleOf", [[]])[0]
    assert same(CIRCLE_COS, circle[0]) and same(CIRCLE_SIN, circle[1])
    assert CIRCLE_COS[-1] == CIRCLE_COS[0] and CIRCLE_SIN[-1] == CIRCLE_SIN[0], "the loop closes exactly"
    rng = np.random.default_rng(3)
    calls, expected = [], []
    for games, (u, v) in itertools.product((1, 4), [(0, 1), (0, 2), (1, 2)]):
        held = 3 - u - v
        inputs = [list(g) for g in GAME_INPUTS[:games]]
        goal_preds = [1.0, 1.0, 0.0, 1.0][:games]
        for _ in range(6):
            value = float(rng.uniform(-30, 30))
            surface = Surface(*slice_quadratic(np.array(inputs), np.array(goal_preds), (u, v), held, value))
            near = [float(x) for x in rng.uniform(-3, 3, 2)]
            box = sorted(float(x) for x in rng.uniform(-4, 4, 2)) + sorted(
                float(x) for x in rng.uniform(-4, 4, 2)
            )
            bottom, lowest = surface.lowest(np.array(near))
            level = lowest + float(rng.uniform(0, 50))
            expected.append(
                {
                    "trough": surface.is_trough,
                    "bottom": [float(bottom[0]), float(bottom[1]), lowest],
                    "at": surface.error_at(near[0], near[1]),
                    "level": surface.level_line(level, tuple(box), np.array(near)).tolist(),
                    "line": surface.bottom_line(tuple(box), np.array(near)).tolist()
                    if surface.is_trough
                    else [],
                    "along": errors_along(
                        np.array([0.1, 0.2, value]),
                        held,
                        np.linspace(-2, 2, 9),
                        np.array(inputs),
                        np.array(goal_preds),
                    ).tolist(),
                }
            )
            calls.append([inputs, goal_preds, [u, v], held, value, near, box, level])
    got = call_js(SURFACE, "surfaceFacts", calls)
    for python, browser in zip(expected, got, strict=True):
        assert python["trough"] == browser["trough"]
        for key in ("bottom", "at", "level", "line", "along"):
            assert same(python[key], browser[key]), (key, python[key], browser[key])


def test_the_browser_lays_the_panels_out_where_matplotlib_does():
    e = GeneralizedExplorer()
    boxes = call_js(GENERALIZED, "boxesOf", [[]])[0]
    axes = {name: panel.ax for name, panel in zip(WEIGHT_NAMES, e.view.panels, strict=True)}
    axes |= {"plane": e.view.contour.ax, "errors": e.view.error_panel.ax}
    for name, ax in axes.items():
        assert [float(v) for v in ax.get_position().bounds] == boxes[name], name
    assert list(e.view.figure.get_size_inches()) == boxes["figure"]


def test_the_toggles_and_choices_reach_the_view_as_linked_traits():
    """Each control is linked to a trait of the view in the browser: the toggles by `value`, the two
    ToggleButtons by `index` (what their front-end models hold); the kernel keeps the traits in step."""
    e = GeneralizedExplorer(frozen=(False, True, False), games="all", plane=("b", "c"))
    links = {link.target[1]: link.source for link in e._control_links}
    assert links == {
        "freeze_a": (e.freeze["a"], "value"),
        "freeze_b": (e.freeze["b"], "value"),
        "freeze_c": (e.freeze["c"], "value"),
        "games_index": (e.games, "index"),
        "plane_index": (e.plane, "index"),
    }
    assert all(link.target[0] is e.browser for link in e._control_links)
    view = e.browser
    assert (view.freeze_a, view.freeze_b, view.freeze_c, view.games_index, view.plane_index) == (
        False, True, False, 1, 2,
    )  # fmt: skip
    e.freeze["a"].value = True  # as a click in the browser reaches the kernel
    e.games.index = 0
    e.plane.index = 1
    assert e.settings.frozen == (True, True, False) and e.settings.games == "first"
    assert e.settings.plane == ("a", "c")
    assert (view.freeze_a, view.games_index, view.plane_index) == (True, 0, 1)
    assert e.sliders["iterations"].description == "iterations"
    e.set(games="all")
    assert view.games_index == 1 and e.sliders["iterations"].description == "iterations"
    trait_names = set(view.keys)
    assert {
        "freeze_a",
        "freeze_b",
        "freeze_c",
        "games_index",
        "plane_index",
        "a",
        "alpha",
        "iterations",
    } <= trait_names


def test_a_value_set_from_code_reaches_the_browser_exactly():
    e = GeneralizedExplorer(alpha=0.0123)
    assert e.browser.exact["alpha"] == 0.0123
    e.set(a=0.123456, alpha=0.3, games="all")
    assert e.browser.exact["a"] == 0.123456 and e.browser.exact["alpha"] == 0.3


#: The bundled view mounted on a stub DOM in Node, painted at every corner: every attribute it sets is
#: reported, so a NaN or an infinity reaching the SVG shows.
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
const summaries = [];
for (const corner of corners) {
  Object.assign(values, corner);
  handlers["change:a"]();
  while (frames.length) frames.shift()();
  labels.push(el.children[0].children[2].attrs["aria-label"]);
  summaries.push(el.children[0].gdFrame.summary);
}
const bad = written.filter(([, , v]) => /NaN|Infinity|undefined|null/.test(String(v)));
process.stdout.write(JSON.stringify({ bad: bad.slice(0, 20), labels, summaries, count: written.length }));
"""
)


def test_no_nan_or_infinity_reaches_the_svg_at_any_corner():
    corners = []
    for (a, b, c), alpha, iterations, games, plane, frozen in itertools.product(
        [(-1.0, -1.0, -1.0), (1.0, -1.0, 1.0), (0.0, 0.0, 0.0), (0.1, 0.2, -0.1)],
        (0.001, 0.3, 10.0),
        (1, 50),
        (0, 1),
        (0, 1, 2),
        [(False, False, False), (True, False, True), (True, True, True)],
    ):
        corners.append(
            {"a": a, "b": b, "c": c, "alpha": alpha, "iterations": iterations, "games_index": games,
             "plane_index": plane, "freeze_a": frozen[0], "freeze_b": frozen[1], "freeze_c": frozen[2]}
        )  # fmt: skip
    payload = json.dumps({"specs": spec_payload(GeneralizedSettings.SLIDERS), "corners": corners})
    done = subprocess.run(
        [
            node_or_skip(),
            "--input-type=module",
            "-e",
            PAINT_EVERYWHERE,
            payload,
            (WEB / "dist" / "generalized.js").as_uri(),
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    seen = json.loads(done.stdout)
    assert seen["count"] > 0 and seen["bad"] == []
    for corner, label, said in zip(corners, seen["labels"], seen["summaries"], strict=True):
        settings = GeneralizedSettings.checked(
            a=corner["a"], b=corner["b"], c=corner["c"], alpha=corner["alpha"],
            iterations=corner["iterations"],
            games=("first", "all")[corner["games_index"]], plane=PLANES[corner["plane_index"]],
            frozen=(corner["freeze_a"], corner["freeze_b"], corner["freeze_c"]),
        )  # fmt: skip
        assert said == summary(settings)
        assert label.startswith("Chapter 5's three weights learning from ")
        assert summary(settings) not in label, "the summary is the text above the picture: not heard twice"


@pytest.mark.parametrize("games", ["first", "all"])
def test_the_picture_names_what_it_shows(games):
    """The accessible name says which games, how many steps or passes, and the frozen weights."""
    corner = {"a": 0.1, "b": 0.2, "c": -0.1, "alpha": 0.01, "iterations": 20, "plane_index": 0,
              "games_index": ["first", "all"].index(games), "freeze_a": True, "freeze_b": False,
              "freeze_c": False}  # fmt: skip
    payload = json.dumps({"specs": spec_payload(GeneralizedSettings.SLIDERS), "corners": [corner]})
    done = subprocess.run(
        [
            node_or_skip(),
            "--input-type=module",
            "-e",
            PAINT_EVERYWHERE,
            payload,
            (WEB / "dist" / "generalized.js").as_uri(),
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    (label,) = json.loads(done.stdout)["labels"]
    words = "the first game, 20 steps" if games == "first" else "all four games, 20 passes"
    assert label.startswith(f"Chapter 5's three weights learning from {words} (a frozen). Top: ")
    assert (
        "a (toes) frozen at 0.1" in label
        and "Bottom left: contour lines of the error over a and b; c (fans) " in label
    )
