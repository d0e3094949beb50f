"""The course in a real JupyterLab in headless Chromium: Run All is clean, explorers' sliders work.

The pages run are the start page, which every learner opens first, and the playground, which holds
every explorer the lessons use (tests/test_notebook_hygiene.py checks that). The lessons' explorers
are the same views with other settings: every one of them is dragged in a browser on the site's pages
(test_site_pages.py), and nbval runs every lesson's code. Point these tests at another folder, whose
every notebook then runs, with GDCOURSE_BROWSER_NOTEBOOKS=/some/folder.

All these tests live in this one file so that, under `--dist loadfile`, one worker holds the one
JupyterLab.
"""

from __future__ import annotations

import math
import os
import re
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from gd_browser import (
    NOTEBOOKS_ENV,
    VIEW_JS,
    Explorer,
    ExplorerState,
    JupyterLab,
    artifact_name,
    close_documents,
    code_cells_to_run,
    discover_notebooks,
    explorers_to_show,
    follows_keys_and_a_drag,
    named_regimes,
    notebooks_folder,
    open_notebook,
    page_problems,
    readout_matches,
    run_all_cells,
    run_new_cell,
    screenshot_on_failure,
    wait_for_stable_page,
    wait_until,
)

import gdcourse as gd
from gdcourse.figures.parabola import OWN_PATH

pytestmark = pytest.mark.browser

PLAYGROUND = "playground.ipynb"
COURSE_PAGES = ("00_start_here.ipynb", PLAYGROUND)
NOTEBOOKS = [
    name
    for name in discover_notebooks(notebooks_folder())
    if name in COURSE_PAGES or os.environ.get(NOTEBOOKS_ENV)
]
KERNEL_START_TIMEOUT = 90
RUN_ALL_TIMEOUT = 180
#: A nudge this small is one key press: enough to prove a slider is wired to its picture.
ONE_PRESS = 1e-6
#: Console errors that mean a widget did not show or update: ipywidgets and ipympl log these.
WIDGET_CONSOLE_ERROR = re.compile(
    r"Error setting state|Could not create (a )?(model|view)|Error displaying widget|widget.*not found", re.I
)


@dataclass
class OpenNotebook:
    """A notebook opened in JupyterLab and run with Run All; what the page showed afterwards."""

    name: str
    path: Path
    page: Any
    problems: list[str]
    page_errors: list[str]
    console_errors: list[str]
    seconds: float

    def widget_errors(self) -> list[str]:
        """Errors the widget front ends logged to the browser console (a widget that failed to show)."""
        return [e for e in self.console_errors if WIDGET_CONSOLE_ERROR.search(e)]

    def console_note(self, skip: tuple[str, ...] = ()) -> str:
        """The page's uncaught and console errors (but `skip`), to add to a failure message."""
        errors = [e for e in (*self.page_errors, *self.console_errors) if e not in skip]
        return ("\nbrowser console errors:\n  " + "\n  ".join(e[:300] for e in errors[:10])) if errors else ""

    def explorers(self) -> list[Explorer]:
        roots = self.page.locator(".gd-explorer")
        return [
            Explorer(self.page, roots.nth(i), f"{self.name} explorer {i + 1}") for i in range(roots.count())
        ]

    def screenshot_name(self, *parts: str) -> str:
        return artifact_name("browser", self.name, *parts)


@dataclass
class LabPage:
    """One browser tab with JupyterLab loaded, kept for every notebook; what its console said."""

    page: Any
    page_errors: list[str]
    console_errors: list[str]


@pytest.fixture(scope="module")
def lab_page(browser: Any, jupyter_lab: JupyterLab) -> Iterator[LabPage]:
    """JupyterLab loaded once in a fresh tab; each notebook is then opened in it, as from the file browser."""
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    page = context.new_page()
    shown = LabPage(page, [], [])
    page.on("pageerror", lambda error: shown.page_errors.append(str(error)))
    page.on("console", lambda m: shown.console_errors.append(m.text) if m.type == "error" else None)
    try:
        with screenshot_on_failure(page, artifact_name("browser", "jupyterlab")):
            page.goto(jupyter_lab.url("/lab?reset"))
        yield shown
    finally:
        context.close()


@pytest.fixture(scope="module", params=NOTEBOOKS)
def notebook(
    request: pytest.FixtureRequest, lab_page: LabPage, jupyter_lab: JupyterLab
) -> Iterator[OpenNotebook]:
    """Open one notebook (from the temporary copy), Run All, wait until every cell has finished."""
    name: str = request.param
    page = lab_page.page
    lab_page.page_errors.clear()
    lab_page.console_errors.clear()
    try:
        with screenshot_on_failure(page, artifact_name("browser", name, "run-all")):
            started = time.monotonic()
            open_notebook(page, f"notebooks/{name}", KERNEL_START_TIMEOUT)
            expected = code_cells_to_run(jupyter_lab.root / "notebooks" / name)
            run_all_cells(page, expected, RUN_ALL_TIMEOUT)
            wait_for_stable_page(page)
            seconds = time.monotonic() - started
        path = jupyter_lab.root / "notebooks" / name
        problems = page_problems(page)
        yield OpenNotebook(name, path, page, problems, lab_page.page_errors, lab_page.console_errors, seconds)
    finally:
        close_documents(page)
        jupyter_lab.shut_down_kernels()


def test_run_all_shows_no_error(notebook: OpenNotebook) -> None:
    """Run All leaves no traceback, no error output, no 'Error displaying widget', no error dialog."""
    with screenshot_on_failure(notebook.page, notebook.screenshot_name("errors")):
        problems = notebook.problems + [f"browser console: {e[:500]}" for e in notebook.widget_errors()]
        details = "\n".join(problems) + notebook.console_note(skip=tuple(notebook.widget_errors()))
        assert not problems, f"{notebook.name} after Run All:\n{details}"


def expected_regime(state: ExplorerState) -> str:
    """The regime gdcourse names for the input and alpha the sliders hold."""
    return str(gd.regime(state.values["input"], state.values["alpha"]))


def check_shows(explorer: Explorer, state: ExplorerState, what: str) -> ExplorerState:
    """Readouts match the slider values; a gradient-descent summary names gd.regime(input, alpha)."""
    for kind in state.values:
        assert readout_matches(state.readouts[kind], state.values[kind]), (
            f"{explorer.label}, {what}: the {kind} readout {state.readouts[kind]!r} "
            f"does not show the slider's value {state.values[kind]!r}"
        )
    if not explorer.shows_regime:
        assert state.summary, f"{explorer.label}, {what}: the summary is empty"
        return state
    want = expected_regime(state)
    # The summary may lag the figure by a message; give it a moment to name the right regime.
    if (named_regimes(state.summary) or [None])[0] != want:
        wait_until(lambda: (named_regimes(explorer.state().summary) or [None])[0] == want, 5)
        state = explorer.state()
    named = named_regimes(state.summary)
    assert named, f"{explorer.label}, {what}: the summary names no regime: {state.summary!r}"
    assert named[0] == want, (
        f"{explorer.label}, {what}: input {state.values['input']!r} and alpha {state.values['alpha']!r} "
        f"{want}, but the summary says {state.summary!r}"
    )
    return state


def move(
    explorer: Explorer, kind: str, direction: int, distance: float, before: ExplorerState
) -> ExplorerState:
    """Move one slider by keys; assert its value and the figure's pixels changed and the summary is right."""
    keys = explorer.nudge(kind, direction, distance)
    what = f"after {len(keys)} x {keys[0] if keys else 'no key'} on {kind}"
    after = explorer.settle(before)
    assert after.values[kind] != before.values[kind], (
        f"{explorer.label}, {what}: the {kind} value did not move"
    )
    assert after.pixels != before.pixels, (
        f"{explorer.label}, {what}: the figure's pixels did not change "
        f"({kind} {before.values[kind]!r} -> {after.values[kind]!r})"
    )
    after = check_shows(explorer, after, what)
    if not explorer.shows_regime:
        assert after.summary != before.summary, f"{explorer.label}, {what}: the summary did not change"
    elif expected_regime(after) != expected_regime(before):
        assert after.summary != before.summary, (
            f"{explorer.label}, {what}: the regime changed, the summary not"
        )
    return after


def test_explorer_sliders_redraw_and_name_the_regime(notebook: OpenNotebook) -> None:
    """In a chapter, each explorer's first slider, moved an eighth of its track toward its roomier side,
    redraws. In the playground (which holds every explorer the chapters use: tests/test_notebook_hygiene.py
    checks that) every slider of every explorer does, moved by one PageUp or PageDown press."""
    explorers = notebook.explorers()
    expected = explorers_to_show(notebook.path)
    assert len(explorers) == expected, (
        f"{notebook.name} makes {expected} explorers, but the page shows {len(explorers)}"
        + notebook.console_note()
    )
    if not explorers:
        pytest.skip(f"{notebook.name} has no explorer")
    for number, explorer in enumerate(explorers, start=1):
        with screenshot_on_failure(notebook.page, notebook.screenshot_name(f"explorer{number}", "sliders")):
            explorer.root.scroll_into_view_if_needed()
            explorer.check_parts(notebook.console_note())
            state = check_shows(explorer, explorer.settle(), "as first shown")
            every = notebook.name == PLAYGROUND
            for kind in explorer.kinds if every else explorer.kinds[:1]:
                direction = 1 if explorer.position(kind) < 0.5 else -1
                state = move(explorer, kind, direction, ONE_PRESS if every else 0.125, state)


def playground_only(notebook: OpenNotebook) -> None:
    """How explorers behave is tested once, in the playground, which holds every explorer."""
    if notebook.name != PLAYGROUND:
        pytest.skip(f"explorer behaviour is tested in {PLAYGROUND}, which holds every explorer")


def test_explorer_toggles_redraw_and_say_so(notebook: OpenNotebook) -> None:
    """Each toggle (gd-toggle-*) and choice (gd-choice-*) of every explorer, clicked, redraws the
    figure; a toggle also changes the summary. Clicked back, the summary is what it was."""
    playground_only(notebook)
    explorers = [e for e in notebook.explorers() if e.toggles]
    if not explorers:
        pytest.skip(f"{notebook.name} has no explorer with toggles")
    for number, explorer in enumerate(explorers, start=1):
        with screenshot_on_failure(notebook.page, notebook.screenshot_name(f"explorer{number}", "toggles")):
            explorer.root.scroll_into_view_if_needed()
            explorer.check_parts(notebook.console_note())
            state = explorer.settle()
            for toggle in explorer.toggles:
                clicked, pressed_before = explorer.click_toggle(toggle)
                after = explorer.settle(state)
                assert after.pixels != state.pixels, f"{explorer.label}: .{toggle} left the figure as it was"
                if toggle.startswith("gd-toggle-"):
                    assert after.summary != state.summary, (
                        f"{explorer.label}: .{toggle} changed the figure, not the summary {state.summary!r}"
                    )
                explorer.undo_toggle(toggle, clicked, pressed_before)
                back = explorer.settle(after)
                assert back.pixels != after.pixels, (
                    f"{explorer.label}: clicking .{toggle} back did not redraw"
                )
                assert back.summary == state.summary, (
                    f"{explorer.label}: .{toggle} clicked back says {back.summary!r}, not {state.summary!r}"
                )
                state = back


def test_alpha_across_the_divergence_edge(notebook: OpenNotebook) -> None:
    """Input 2, alpha just below 2 / input**2 oscillates; arrow keys push alpha past the edge: diverges."""
    playground_only(notebook)
    explorers = [e for e in notebook.explorers() if e.shows_regime]
    if not explorers:
        pytest.skip(f"{notebook.name} has no explorer with input and alpha sliders")
    explorer = explorers[0]
    with screenshot_on_failure(notebook.page, notebook.screenshot_name("explorer1", "divergence-edge")):
        explorer.root.scroll_into_view_if_needed()
        explorer.check_parts(notebook.console_note())
        explorer.type_value("input", "2")
        state = explorer.settle()
        x = state.values["input"]
        assert abs(x - 2) < 0.05, f"{explorer.label}: typing 2 into the input readout gave {x!r}"
        edge = gd.largest_stable_alpha(x)
        explorer.type_value("alpha", f"{0.9 * edge:.3g}")
        state = explorer.settle()
        alpha = state.values["alpha"]
        assert 0.8 * edge < alpha < edge, (
            f"{explorer.label}: typing {0.9 * edge:.3g} into alpha gave {alpha!r}"
        )
        below = check_shows(explorer, state, f"alpha {alpha!r} just below the edge {edge!r}")
        assert named_regimes(below.summary)[0] == "oscillates and converges"

        explorer.slider("alpha").locator(".noUi-handle").click()
        presses = 0
        while explorer.value("alpha") <= 1.02 * edge:
            last = explorer.value("alpha")
            explorer.slider("alpha").locator(".noUi-handle").press("ArrowRight")
            presses += 1
            moved = wait_until(lambda last=last: explorer.value("alpha") != last, 5)
            assert moved, f"{explorer.label}: ArrowRight no longer moves alpha (at {last!r}, edge {edge!r})"
            assert presses <= 300, (
                f"{explorer.label}: 300 ArrowRight presses did not take alpha past {edge!r}"
            )
        above = explorer.settle(below)
        assert above.pixels != below.pixels, f"{explorer.label}: the figure did not change across the edge"
        above = check_shows(explorer, above, f"alpha {above.values['alpha']!r} just above the edge {edge!r}")
        assert named_regimes(above.summary)[0] == "diverges", above.summary


def test_alpha_buttons_land_exactly_in_the_browser(notebook: OpenNotebook) -> None:
    """At input 2 the buttons set alpha to 0.25 and 0.5, which the log slider can only show snapped
    (0.251, 0.501): the summary must still say one step and bounces forever; one key press on alpha
    then hands over to the slider."""
    playground_only(notebook)
    explorers = [
        e for e in notebook.explorers() if e.root.get_by_role("button", name="alpha = 2/input²").count()
    ]
    if not explorers:
        pytest.skip(f"{notebook.name} has no explorer with the alpha buttons")
    # The parabola explorer, and the regime map around it (which once lost the exact alpha it followed).
    for number, explorer in enumerate(explorers, start=1):
        with screenshot_on_failure(
            notebook.page, notebook.screenshot_name(f"explorer{number}", "alpha-buttons")
        ):
            alpha_buttons_land_exactly(explorer)


def alpha_buttons_land_exactly(explorer: Explorer) -> None:
    """Input 2, then each alpha button; then one key press past the edge."""
    explorer.root.scroll_into_view_if_needed()
    explorer.type_value("input", "2")
    state = explorer.settle()
    x = state.values["input"]
    assert abs(x - 2) < 1e-9, f"{explorer.label}: typing 2 into input gave {x!r}"
    for button, alpha, words in [
        ("alpha = 1/input²", 0.25, "converges in one step"),
        ("alpha = 2/input²", 0.5, "bounces forever"),
    ]:
        before = state
        explorer.root.get_by_role("button", name=button).click()
        wait_until(lambda words=words: named_regimes(explorer.state().summary)[:1] == [words], 10)
        state = explorer.settle(before)
        assert state.pixels != before.pixels, f"{explorer.label}: {button!r} left the figure as it was"
        assert named_regimes(state.summary)[:1] == [words], (
            f"{explorer.label}: after {button!r} the summary says {state.summary!r}"
        )
        shown = float(state.readouts["alpha"])  # the slider's grid point nearest to alpha
        assert abs(math.log10(shown / alpha)) < 0.005 + 1e-3, f"alpha {alpha} reads {shown}"
    handle = explorer.slider("alpha").locator(".noUi-handle")
    handle.click()
    handle.press("ArrowRight")
    wait_until(lambda: named_regimes(explorer.state().summary)[:1] == ["diverges"], 10)
    after = explorer.settle()
    assert named_regimes(after.summary)[:1] == ["diverges"], (
        f"{explorer.label}: alpha a step past the edge, {after.values['alpha']!r}, says {after.summary!r}"
    )


def test_fast_slider_changes_leave_no_trace(notebook: OpenNotebook) -> None:
    """Eight quick presses send frames faster than the browser loads them, so some are dropped;
    the picture must still match the same setting reached slowly (no lingering old steps)."""
    playground_only(notebook)
    explorers = [e for e in notebook.explorers() if "weight" in e.kinds]
    if not explorers:
        pytest.skip(f"{notebook.name} has no explorer with a weight slider")
    explorer = explorers[0]
    with screenshot_on_failure(notebook.page, notebook.screenshot_name("explorer1", "fast-changes")):
        handle = explorer.slider("weight").locator(".noUi-handle")
        handle.scroll_into_view_if_needed()
        handle.click()
        before = explorer.settle()
        for _ in range(8):
            handle.press("ArrowRight")
        fast = explorer.settle(before)
        handle.press("ArrowLeft")
        back = explorer.settle(fast)
        handle.press("ArrowRight")
        slow = explorer.settle(back)
        assert slow.values == fast.values, (fast.values, slow.values)
        assert slow.pixels == fast.pixels, (
            f"{explorer.label}: after quick presses the figure differs from the same setting reached slowly"
        )


#: The learner's own rule in the cells the test adds: chapter 3's update with the calculus' factor 2,
#: at a setting where its steps cross the bowl (r = -0.575) while the book's do not (r = 0.2125).
OWN_RULE_CELLS = (
    "def my_rule(weight, input, goal_pred, alpha):\n"
    "    return weight - alpha * 2 * (input * weight - goal_pred) * input\n"
    "\n"
    "mine = gd.explorers.ParabolaExplorer(weight=0.1, input=1.5, goal_pred=0.8, alpha=0.35)\n"
    "mine",
    "mine.set(rule=my_rule);",
    "mine.set(rule=None);",
)


#: For each panel of a browser-drawn view: how many visible marks are drawn in a colour, and a hash of
#: where they are (their attributes).
RULE_MARKS_JS = """(el, colour) => [...el.querySelectorAll('.gd-view svg .gd-panel')].map((panel) => {
  const marks = [...panel.querySelectorAll('*')].filter((n) => n.style.display !== 'none'
    && [n.getAttribute('stroke'), n.getAttribute('fill')].some((c) => (c || '').toUpperCase() === colour)
    && !(n.tagName === 'polyline' && !n.getAttribute('points')));
  const text = marks.map((n) => [...n.attributes].map((a) => a.value).join(',')).join(';');
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) { h ^= text.charCodeAt(i); h = Math.imul(h, 16777619) >>> 0; }
  return [marks.length, h.toString(16)];
})"""


def test_a_rule_attached_in_a_cell_draws_its_own_path_that_moves_with_the_sliders(
    notebook: OpenNotebook,
) -> None:
    """In cells a learner adds: an explorer shows nothing in the rule's colour; attach a rule and its
    path appears on the parabola and in the errors, with a "Your rule" sentence; a weight key press moves
    it; rule=None takes it away."""
    playground_only(notebook)
    make, attach, remove = OWN_RULE_CELLS
    page = notebook.page
    cell = run_new_cell(page, make)
    explorer = Explorer(page, cell.locator(".gd-explorer"), "an explorer made in a new cell")

    def shown(what: str) -> dict[str, tuple[int, str]]:
        found = explorer.root.evaluate(RULE_MARKS_JS, OWN_PATH.colour)
        return {
            name: (count, where) for name, (count, where) in zip(("parabola", "errors"), found, strict=True)
        }

    with screenshot_on_failure(page, notebook.screenshot_name("own-rule")):
        explorer.root.scroll_into_view_if_needed()
        explorer.check_parts(notebook.console_note())
        plain = explorer.settle()
        assert all(count == 0 for count, _ in shown("no rule").values()), "the rule's colour shows already"
        assert "Your rule" not in plain.summary

        run_new_cell(page, attach)
        ruled = explorer.settle(plain)
        with_rule = shown("rule attached")
        for name, (count, _) in with_rule.items():
            assert count >= 3, f"after mine.set(rule=my_rule), the {name} panel has {count} marks of the rule"
        assert "Your rule" in ruled.summary, ruled.summary

        moved = move(explorer, "weight", 1 if explorer.position("weight") < 0.5 else -1, ONE_PRESS, ruled)
        for name, (count, where) in shown("weight moved").items():
            assert count >= 3 and where != with_rule[name][1], (
                f"a weight key press ({ruled.values['weight']!r} -> {moved.values['weight']!r}) left the "
                f"rule's path in the {name} panel where it was"
            )
        assert "Your rule" in moved.summary, moved.summary

        run_new_cell(page, remove)
        removed = explorer.settle(moved)
        assert all(count == 0 for count, _ in shown("rule removed").values()), "rule=None left its path"
        assert "Your rule" not in removed.summary, removed.summary


#: Where the keyboard focus is: inside the element (and what it is) or not.
FOCUS_JS = """(el) => {
  const active = document.activeElement;
  const style = active ? getComputedStyle(active) : null;
  return {inside: el.contains(active), what: active ? `${active.tagName} ${active.className}` : '',
          ring: style ? [style.outlineStyle, parseFloat(style.outlineWidth), style.outlineColor] : null};
}"""


def faint_ring(ring: list) -> str:
    """What is wrong with a focus ring ([style, width in px, colour]) for WCAG 2.4.7 and 1.4.11: it must
    show, be 2 px or wider and stand out at 3:1 against the white page; '' when nothing is."""
    from tests.test_figure_contrast import contrast

    style, width, colour = ring
    rgb = tuple(int(v) / 255 for v in re.findall(r"\d+", colour)[:3])
    if style == "none" or width < 2:
        return f"no visible ring ({style}, {width}px)"
    return f"a ring of {contrast(rgb):.2f}:1" if contrast(rgb) < 3 else ""


def browser_drawn(notebook: OpenNotebook) -> list[Explorer]:
    """The explorers with a browser-drawn view."""
    return [e for e in notebook.explorers() if e.root.evaluate(VIEW_JS) is not None]


#: A figure drawn in the kernel (ipympl), found once its explorer has been scrolled into view.
KERNEL_DRAWN = ".jupyter-matplotlib-figure, .jupyter-matplotlib-canvas-div"


def test_a_browser_drawn_explorer_follows_keys_and_a_drag_and_is_named(notebook: OpenNotebook) -> None:
    """Every browser-drawn explorer in the playground: its picture has role img and a name; a key press
    and a mouse drag redraw it and change the name; the live region says the summary once it settles;
    nothing drawn holds NaN."""
    playground_only(notebook)
    explorers = browser_drawn(notebook)
    if not explorers:
        pytest.skip("no browser-drawn explorer on the page")
    for number, explorer in enumerate(explorers, start=1):
        with screenshot_on_failure(notebook.page, notebook.screenshot_name(f"view{number}", "keys-drag")):
            follows_keys_and_a_drag(notebook.page, explorer)


def test_every_output_passes_wcag_21_aa(notebook: OpenNotebook) -> None:
    """axe-core's WCAG 2.1 A/AA rules over the playground's outputs after Run All: every explorer, and
    every still shown as an image with its alt text. JupyterLab's own page around them is not judged."""
    from test_accessibility import audit, said

    playground_only(notebook)
    assert notebook.page.locator(".jp-OutputArea-output img[alt]").count() >= 6, "the stills are shown"
    violations = audit(notebook.page, ".jp-OutputArea-output")
    assert not violations, said(violations)


def test_tab_moves_through_an_explorer_and_out(notebook: OpenNotebook) -> None:
    """From the first slider of every browser-drawn explorer, Tab visits each of its buttons and slider
    handles and then leaves the explorer: no keyboard trap."""
    playground_only(notebook)
    explorers = browser_drawn(notebook)
    if not explorers:
        pytest.skip("no browser-drawn explorer on the page")
    page = notebook.page
    for number, explorer in enumerate(explorers, start=1):
        with screenshot_on_failure(page, notebook.screenshot_name(f"view{number}", "tab")):
            explorer.root.scroll_into_view_if_needed()
            page.wait_for_timeout(300)
            if explorer.root.locator(KERNEL_DRAWN).count():
                continue
            explorer.slider(explorer.kinds[0]).locator(".noUi-handle").focus()
            visited = []
            for _ in range(40):
                page.keyboard.press("Tab")
                where = explorer.root.evaluate(FOCUS_JS)
                if not where["inside"]:
                    break
                visited.append(where["what"])
                assert not faint_ring(where["ring"]), (
                    f"{explorer.label}: {where['what']}: {faint_ring(where['ring'])}"
                )
            else:
                pytest.fail(f"{explorer.label}: 40 Tab presses never left the explorer: {visited[-5:]}")
            controls = explorer.root.locator("button:not([disabled]), .noUi-handle").count()
            reached = [what for what in visited if "noUi-handle" in what or what.startswith("BUTTON")]
            assert len(reached) + 1 >= controls, (
                f"{explorer.label}: Tab reached {visited} of {controls} controls"
            )
