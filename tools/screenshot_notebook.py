#!/usr/bin/env python3
"""Run a notebook in a private JupyterLab in headless Chromium and save screenshots, top to bottom.

    .venv/bin/python tools/screenshot_notebook.py notebooks/03_gradient_descent.ipynb [--out DIR]

This is how we look at a chapter as a learner would: Run All, then one screenshot per screenful.
The notebook runs from a temporary copy, so autosave never touches the saved file.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests" / "browser"))

from gd_browser import (  # noqa: E402  (the browser helpers live with the browser tests)
    CHROMIUM_FLAGS,
    JupyterLab,
    code_cells_to_run,
    find_chromium,
    run_all_cells,
    wait_for_idle_kernel,
    wait_for_stable_page,
)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("notebook", type=Path)
    parser.add_argument("--out", type=Path, default=ROOT / "test-artifacts" / "screenshots")
    parser.add_argument("--height", type=int, default=1000)
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright

    notebook = args.notebook.resolve()
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as playwright:
        root = Path(tmp) / "notebooks"
        root.mkdir()
        (root / notebook.name).write_bytes(notebook.read_bytes())
        lab = JupyterLab(root=root, state=Path(tmp) / "state")
        lab.state.mkdir()
        lab.start()
        try:
            chromium, _ = find_chromium(__import__("os").environ, None)
            browser = playwright.chromium.launch(executable_path=chromium, args=CHROMIUM_FLAGS)
            page = browser.new_page(viewport={"width": 1280, "height": args.height})
            page.goto(lab.url(f"/lab/tree/{notebook.name}?reset"))
            wait_for_idle_kernel(page, 60)
            run_all_cells(page, code_cells_to_run(notebook), 240)
            wait_for_stable_page(page)
            scroller = page.locator(".jp-NotebookPanel .jp-WindowedPanel-outer").first
            total = scroller.evaluate("(e) => e.scrollHeight")
            step = args.height - 200
            for k, top in enumerate(range(0, total, step)):
                scroller.evaluate(f"(e) => e.scrollTo(0, {top})")
                page.wait_for_timeout(400)
                path = args.out / f"{notebook.stem}_{k:02d}.png"
                page.screenshot(path=str(path))
                print(path)
            browser.close()
        finally:
            lab.stop()


if __name__ == "__main__":
    main()
