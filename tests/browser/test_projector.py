"""Projector mode: `python3 course.py present` serves the playground with Voila, and in a real
Chromium the page shows prose and explorers, no code and no errors, and every explorer redraws."""

from __future__ import annotations

import shutil
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from gd_browser import (
    artifact_name,
    follows_keys_and_a_drag,
    notebooks_folder,
    save_screenshot,
    screenshot_on_failure,
)
from voila_checks import Voila, VoilaPage, load_course_module, saved_explorers

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def projected(browser: Any, tmp_path_factory: pytest.TempPathFactory) -> Iterator[VoilaPage]:
    """The projector page, from a copy of notebooks/, started with course.py's own command line."""
    course = load_course_module()
    base = tmp_path_factory.mktemp("projector")
    folder = base / "notebooks"
    shutil.copytree(notebooks_folder(), folder, ignore=shutil.ignore_patterns(".ipynb_checkpoints"))
    notebook = folder / Path(course.PROJECTOR_PAGE).name
    voila = Path(sys.executable).parent / "voila"
    # Run from the repository root, as `present` does: Voila reads voila.json from there.
    server = Voila(course.present_command(voila, notebook, []), cwd=course.ROOT, state=base)
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    try:
        server.start()
        try:
            shown = VoilaPage.open(context, server.url, notebook)
        except AssertionError as error:
            error.add_note(f"Voila's log:\n{server.log_tail()}")
            raise
        yield shown
    finally:
        context.close()
        server.stop()


def test_present_serves_the_playground_by_default() -> None:
    course = load_course_module()
    assert course.notebook_to_present(None) == course.ROOT / course.PROJECTOR_PAGE
    chapter = sorted((course.ROOT / "notebooks").glob("*.ipynb"))[0]
    assert course.notebook_to_present(chapter.stem) == chapter
    assert course.notebook_to_present(f"notebooks/{chapter.name}") == chapter
    with pytest.raises(ValueError, match="notebook: no notebook 'no-such-page'"):
        course.notebook_to_present("no-such-page")


def test_projector_page_shows_no_code_and_no_errors(projected: VoilaPage) -> None:
    with screenshot_on_failure(projected.page, artifact_name("voila", "playground", "page")):
        assert not projected.problems(), "\n".join(projected.problems())
        assert not projected.code_shown(), f"Voila shows code: {projected.code_shown()}"
        assert len(projected.explorers()) == saved_explorers(projected.notebook)


def test_every_explorer_follows_a_key_press_and_a_drag(projected: VoilaPage) -> None:
    """In projector mode, as in JupyterLab: keys and a mouse drag repaint each explorer and rename it."""
    for k, explorer in enumerate(projected.explorers(), start=1):
        with screenshot_on_failure(projected.page, artifact_name("voila", "playground", f"keys-drag{k}")):
            follows_keys_and_a_drag(projected.page, explorer)
    assert not projected.problems(), "\n".join(projected.problems())
    save_screenshot(projected.page, artifact_name("voila", "playground"))


def test_the_projector_page_passes_wcag_21_aa(projected: VoilaPage) -> None:
    """axe-core's WCAG 2.1 A/AA rules over the playground in projector mode: every explorer and every
    still (shown as an image with its alt text) passes."""
    from test_accessibility import audit, said

    assert projected.page.locator("img[alt]").count() >= 6, "the playground's stills are on the page"
    violations = audit(projected.page)
    assert not violations, said(violations)
