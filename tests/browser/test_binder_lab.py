"""JupyterLab and Voila served from the Binder-like environment (built as repo2docker builds the
image, see tests/test_binder_build.py), with the variables BinderHub gives a server it launches: a
chapter runs and its explorer redraws when a slider moves; the README's projector-mode Binder link
(voila/render/...) shows the page, no code, no errors; a lesson shows its reminder to save at the top,
and a notebook saved to the browser's storage comes back after the page is reloaded."""

from __future__ import annotations

import json
import re
import shutil
import urllib.parse
from collections.abc import Iterator
from typing import Any

import pytest
from gd_browser import (
    ROOT,
    Explorer,
    JupyterLab,
    artifact_name,
    code_cells_to_run,
    copy_notebooks,
    notebooks_folder,
    page_problems,
    run_all_cells,
    screenshot_on_failure,
    wait_for_idle_kernel,
    wait_for_stable_page,
    wait_until,
)
from install_envs import binder_env
from playwright.sync_api import expect
from voila_checks import VoilaPage, first_chapter_with_an_explorer, move_a_slider, saved_explorers

pytestmark = pytest.mark.browser

#: What BinderHub's spawner sets for a server it launches (binderhub/binderspawner_mixin.py), with this
#: repository's values: jupyter-offlinenotebook keys the browser's storage by BINDER_REPO_URL, and
#: gd.save_cue() shows its reminder when these are set.
BINDER_VARIABLES = {
    "BINDER_LAUNCH_HOST": "https://mybinder.org/",
    "BINDER_REPO_URL": "https://github.com/gdcourse/gdcourse",
    "BINDER_REF_URL": "https://github.com/gdcourse/gdcourse/tree/main",
    "BINDER_REQUEST": "v2/gh/gdcourse/gdcourse/main",
    "BINDER_PERSISTENT_REQUEST": "v2/gh/gdcourse/gdcourse/main",
}


def projector_urlpath() -> str:
    """The urlpath of the README's projector-mode Binder link, like voila/render/notebooks/x.ipynb."""
    found = re.search(
        r"mybinder\.org/v2/gh/[^)\s]*\?urlpath=(voila/render/[^)\s&]+)", (ROOT / "README.md").read_text()
    )
    assert found, "the README has no projector-mode (voila/render) Binder link"
    return urllib.parse.unquote(found.group(1))


@pytest.fixture(scope="module")
def binder_lab(chromium_path: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[JupyterLab]:
    """JupyterLab from the Binder-like environment, serving a copy of the notebooks and of the root's
    Voila settings (Binder starts the server in the repository root, where voila.json is read)."""
    env = binder_env()
    base = tmp_path_factory.mktemp("binder-lab")
    root = base / "root"
    root.mkdir()
    copy_notebooks(notebooks_folder(), root / "notebooks")
    for config in ROOT.glob("voila.*"):
        shutil.copy2(config, root / config.name)
    lab = JupyterLab(root=root, state=base / "state", python=env.python, environ=dict(BINDER_VARIABLES))
    lab.state.mkdir()
    try:
        lab.start()
        yield lab
    finally:
        lab.stop()


def test_a_chapter_runs_and_its_explorer_redraws(browser: Any, binder_lab: JupyterLab) -> None:
    chapter = first_chapter_with_an_explorer(binder_lab.root / "notebooks")
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    page = context.new_page()
    try:
        with screenshot_on_failure(page, artifact_name("binder-lab", chapter.name)):
            page.goto(binder_lab.url(f"/lab/tree/notebooks/{urllib.parse.quote(chapter.name)}?reset"))
            wait_for_idle_kernel(page, 90)
            run_all_cells(page, code_cells_to_run(chapter), 180)
            wait_for_stable_page(page)
            problems = page_problems(page)
            assert not problems, f"{chapter.name} in Binder's JupyterLab:\n" + "\n".join(problems)
            explorer = Explorer(page, page.locator(".gd-explorer").first, f"{chapter.name} on Binder")
            explorer.check_parts()
            failure = move_a_slider(explorer)
            assert not failure, failure
    finally:
        context.close()
        binder_lab.shut_down_kernels()


def test_the_projector_link_shows_explorers_without_code(browser: Any, binder_lab: JupyterLab) -> None:
    urlpath = projector_urlpath()
    notebook = binder_lab.root / urlpath.removeprefix("voila/render/")
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    try:
        try:
            shown = VoilaPage.open(context, binder_lab.url("/" + urllib.parse.quote(urlpath)), notebook)
        except AssertionError as error:
            error.add_note(f"the server's log:\n{binder_lab.log_tail()}")
            raise
        with screenshot_on_failure(shown.page, artifact_name("binder-voila", notebook.name)):
            assert not shown.problems(), "\n".join(shown.problems())
            assert not shown.code_shown(), f"Voila shows code: {shown.code_shown()}"
            assert len(shown.explorers()) == saved_explorers(notebook)
            failure = move_a_slider(shown.explorers()[0])
            assert not failure, failure
    finally:
        context.close()
        binder_lab.shut_down_kernels()


#: Add a markdown cell holding `text` at the top of the open notebook (in the browser only: not saved).
ADD_NOTE_JS = """(text) => {
  const notebook = window.jupyterapp.shell.currentWidget.content;
  notebook.model.sharedModel.insertCell(0, {cell_type: 'markdown', source: text});
}"""

#: The sources of the open notebook's cells, as the browser holds them.
CELL_SOURCES_JS = """() => {
  const cells = window.jupyterapp.shell.currentWidget.content.model.cells;
  return Array.from({length: cells.length}, (_, i) => cells.get(i).sharedModel.getSource());
}"""


def test_a_lesson_reminds_to_save_and_the_browser_keeps_a_notebook(
    browser: Any, binder_lab: JupyterLab
) -> None:
    """On Binder: the start page's first cells show the one-line reminder to save; a change saved with
    jupyter-offlinenotebook's "Save to browser storage" button survives a reload of the page (the file
    on the server never had it), and "Restore from browser storage" brings it back."""
    path = "notebooks/00_start_here.ipynb"
    note = "A note only the browser's storage holds."
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    page = context.new_page()
    page.on("dialog", lambda dialog: dialog.accept())  # the browser's "leave the page?" on reload
    try:
        with screenshot_on_failure(page, artifact_name("binder-offline", path)):
            page.goto(binder_lab.url(f"/lab/tree/{path}?reset"))
            wait_for_idle_kernel(page, 90)
            run_all_cells(page, code_cells_to_run(binder_lab.root / path), 120)
            cue = page.locator(".jp-Notebook .gd-save-cue")
            expect(cue).to_have_count(1)
            assert "Save to browser storage" in cue.inner_text()
            assert page.locator(".jp-Notebook .gd-progress table").count() == 1

            page.evaluate(ADD_NOTE_JS, note)
            page.locator(".jp-NotebookPanel-toolbar .saveToBrowser button, "
                         ".jp-NotebookPanel-toolbar button.saveToBrowser").first.click()  # fmt: skip
            saved = page.locator(".jp-Dialog", has_text="Notebook saved to browser storage")
            saved.locator(".jp-mod-accept").click()
            expect(saved).to_have_count(0)
            on_disk = binder_lab.api("GET", f"/api/contents/{path}?content=1")
            assert note not in json.dumps(on_disk["content"]), "the note reached the server's file"

            page.reload()
            wait_for_idle_kernel(page, 90)
            assert note not in page.evaluate(CELL_SOURCES_JS)[0]
            page.locator(".jp-NotebookPanel-toolbar .loadFromBrowser button, "
                         ".jp-NotebookPanel-toolbar button.loadFromBrowser").first.click()  # fmt: skip
            page.locator(".jp-Dialog", has_text="This will replace your current notebook").locator(
                ".jp-mod-accept"
            ).click()
            restored = lambda: page.evaluate(CELL_SOURCES_JS)[0] == note  # noqa: E731
            assert wait_until(restored, 15), f"not restored: {page.evaluate(CELL_SOURCES_JS)[:2]}"
            assert page.locator(".jp-Notebook .gd-save-cue").count() == 1, "the saved outputs came back too"
    finally:
        context.close()
        binder_lab.shut_down_kernels()
