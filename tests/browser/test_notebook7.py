"""Notebook 7 (`jupyter notebook`), the classic-looking interface many beginners open: the playground,
which holds every explorer, runs with Run All and no error, its outputs pass axe's WCAG 2.1 A/AA rules,
and every explorer on it follows a key press and a drag.

Notebook 7 serves the same front-end extensions as JupyterLab (ipywidgets', anywidget's), so this
proves that the explorers' views load and draw there too, in a server of its own.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from gd_browser import (
    Explorer,
    JupyterLab,
    artifact_name,
    code_cells_to_run,
    copy_notebooks,
    explorers_to_show,
    follows_keys_and_a_drag,
    notebooks_folder,
    page_problems,
    run_all_cells,
    screenshot_on_failure,
    wait_for_stable_page,
)
from test_accessibility import audit, said

pytestmark = pytest.mark.browser

#: The page with every explorer (tests/test_notebook_hygiene.py checks that it holds every kind).
PAGES = ["playground.ipynb"]


@pytest.fixture(scope="module")
def notebook7(chromium_path: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[JupyterLab]:
    """Notebook 7 serving a temporary copy of the notebooks, stopped at the end."""
    base: Path = tmp_path_factory.mktemp("notebook7")
    root = base / "root"
    root.mkdir()
    copy_notebooks(notebooks_folder(), root / "notebooks")
    server = JupyterLab(root=root, state=base / "state", app="notebook")
    server.state.mkdir()
    try:
        server.start()
        yield server
    finally:
        server.stop()


def page_errors(page: Any) -> list[str]:
    """Collect the uncaught errors of `page` from now on (the list fills as they come)."""
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    return errors


@pytest.fixture(scope="module")
def host_errors(browser: Any, notebook7: JupyterLab) -> set[str]:
    """The errors Notebook 7 raises by itself, on its file browser with no notebook open (Notebook
    7.6.5 throws "Cannot read properties of undefined (reading 'schema')" there while it loads its
    settings): they are not the course's, and a notebook's page is not blamed for them."""
    context = browser.new_context()
    page = context.new_page()
    errors = page_errors(page)
    try:
        page.goto(notebook7.url("/tree"))
        page.wait_for_function("() => window.jupyterapp?.shell !== undefined", timeout=60_000)
        page.wait_for_timeout(3000)
    finally:
        context.close()
    return set(errors)


@pytest.mark.parametrize("name", PAGES)
def test_a_notebook_runs_in_notebook7_and_its_explorers_follow_the_hand(
    browser: Any, notebook7: JupyterLab, host_errors: set[str], name: str
) -> None:
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    page = context.new_page()
    errors = page_errors(page)
    path = notebook7.root / "notebooks" / name
    try:
        with screenshot_on_failure(page, artifact_name("notebook7", name)):
            page.goto(notebook7.url(f"/notebooks/notebooks/{name}"))
            page.wait_for_function(
                "() => window.jupyterapp?.shell?.currentWidget?.sessionContext?.session?.kernel?.status"
                " === 'idle'",
                timeout=90_000,
            )
            run_all_cells(page, code_cells_to_run(path), 180)
            wait_for_stable_page(page)
            ours = [e for e in errors if e not in host_errors]
            assert page_problems(page) == [] and ours == [], (page_problems(page), ours)
            roots = page.locator(".gd-explorer")
            assert roots.count() == explorers_to_show(path)
            violations = audit(page, ".jp-OutputArea-output")  # Notebook 7's own page is not ours
            assert not violations, said(violations)
            for k in range(roots.count()):
                follows_keys_and_a_drag(
                    page, Explorer(page, roots.nth(k), f"{name} in Notebook 7, explorer {k + 1}")
                )
    finally:
        context.close()
        notebook7.shut_down_kernels()
