"""Session fixtures for the browser tests: Playwright, the system Chromium, a private JupyterLab."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from gd_browser import CHROMIUM_FLAGS, JupyterLab, copy_notebooks, notebooks_folder, require_chromium


@pytest.fixture(scope="session")
def playwright_api() -> Iterator[Any]:
    """Playwright's sync API, started once per test process."""
    from playwright.sync_api import sync_playwright

    manager = sync_playwright().start()
    try:
        yield manager
    finally:
        manager.stop()


@pytest.fixture(scope="session")
def chromium_path(playwright_api: Any) -> str:
    """$CHROMIUM, /usr/bin/chromium or Playwright's own; skips without one (fails under CI=true)."""
    return require_chromium(os.environ, playwright_api.chromium.executable_path)


@pytest.fixture(scope="session")
def browser(playwright_api: Any, chromium_path: str) -> Iterator[Any]:
    """One headless Chromium for the whole session."""
    chromium = playwright_api.chromium.launch(executable_path=chromium_path, args=CHROMIUM_FLAGS)
    try:
        yield chromium
    finally:
        chromium.close()


@pytest.fixture(scope="session")
def jupyter_lab(chromium_path: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[JupyterLab]:
    """JupyterLab serving a temporary copy of the notebooks (root/notebooks/...), stopped at the end."""
    base: Path = tmp_path_factory.mktemp("jupyterlab")
    root = base / "root"
    root.mkdir()
    copy_notebooks(notebooks_folder(), root / "notebooks")
    lab = JupyterLab(root=root, state=base / "state")
    lab.state.mkdir()
    try:
        lab.start()
        yield lab
    finally:
        lab.stop()
