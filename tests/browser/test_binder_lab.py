"""JupyterLab and Voila served from the Binder-like environment (built as repo2docker builds the
image, see tests/test_binder_build.py): a chapter runs and its explorer redraws when a slider moves,
and the README's projector-mode Binder link (voila/render/...) shows the page, no code, no errors."""

from __future__ import annotations

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
)
from install_envs import binder_env
from voila_checks import VoilaPage, first_chapter_with_an_explorer, move_a_slider, saved_explorers

pytestmark = pytest.mark.browser


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
    lab = JupyterLab(root=root, state=base / "state", python=env.python)
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
