#!/usr/bin/env python3
"""Screenshots of every explorer, one image per explorer, at device pixel ratios 1 and 2.

    .venv/bin/python tools/screenshot_explorers.py notebooks/03_gradient_descent.ipynb ... [--out DIR]
    .venv/bin/python tools/screenshot_explorers.py --settings [--out DIR]

Given notebooks: each runs (Run All, from a temporary copy) in a private JupyterLab in headless
Chromium, and every explorer on it is saved as it stands: DIR/<notebook>_<k>_x<ratio>.png.
With --settings: a scratch notebook makes every explorer at a converging, an oscillating, a diverging
and a frozen (or stopped) setting, and each is saved as DIR/settings_<explorer>_<setting>_x<ratio>.png.
This is how we look at the pictures as a learner would, on an ordinary screen and on a sharp one.
"""

from __future__ import annotations

import argparse
import json
import os
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

#: (explorer, setting) -> the code that makes it. Input 2 makes alpha·input² = 4·alpha for the parabola.
E = "gd.explorers."
SETTINGS = {
    ("parabola", "converging"): E + "ParabolaExplorer(input=2.0, alpha=0.1)",
    ("parabola", "oscillating"): E + "ParabolaExplorer(input=2.0, alpha=0.4)",
    ("parabola", "diverging"): E + "ParabolaExplorer(input=2.0, alpha=0.6)",
    ("parabola", "stopped"): E + "ParabolaExplorer(input=0.0, alpha=0.1)",
    ("regime_map", "converging"): E + "RegimeMapExplorer(alpha=0.1)",
    ("regime_map", "oscillating"): E + "RegimeMapExplorer(alpha=0.4)",
    ("regime_map", "diverging"): E + "RegimeMapExplorer(alpha=0.6)",
    ("regime_map", "stopped"): E + "RegimeMapExplorer(input=0.0)",
    ("hot_and_cold", "converging"): E + "HotAndColdExplorer()",
    ("hot_and_cold", "oscillating"): E + "HotAndColdExplorer(step_amount=0.25, iterations=40)",
    ("hot_and_cold", "far"): E + "HotAndColdExplorer(weight=-1.0, step_amount=10.0, iterations=2000)",
    ("compare", "default"): E + "CompareExplorer()",
    ("compare", "far"): E + "CompareExplorer(weight=-1.0, input=-2.0, goal_pred=2.0)",
    ("direction", "default"): E + "DirectionExplorer()",
    ("direction", "off the line"): E + "DirectionExplorer(weight=3.0, input=2.0, goal_pred=-1.0)",
    ("direction", "stopped"): E + "DirectionExplorer(input=0.0)",
    ("generalized", "converging"): E + "GeneralizedExplorer()",
    ("generalized", "oscillating"): E + "GeneralizedExplorer(alpha=0.02, games='all', plane=('a', 'c'))",
    ("generalized", "diverging"): E + "GeneralizedExplorer(alpha=0.05, iterations=30)",
    ("generalized", "frozen"): E + "GeneralizedExplorer(frozen=(True, False, False), plane=('a', 'b'))",
}


def settings_notebook(folder: Path) -> Path:
    """A scratch notebook with one explorer per cell, in SETTINGS' order."""
    sources = ["import gdcourse as gd", *SETTINGS.values()]
    cells = [
        {"cell_type": "code", "metadata": {}, "source": s, "outputs": [], "execution_count": None}
        for s in sources
    ]
    meta = {"kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"}}
    path = folder / "settings.ipynb"
    path.write_text(json.dumps({"cells": cells, "metadata": meta, "nbformat": 4, "nbformat_minor": 5}))
    return path


def shoot(
    playwright, lab: JupyterLab, notebook: Path, names: list[str] | None, out: Path, ratio: int
) -> None:
    """Run `notebook` at device pixel ratio `ratio` and save its explorers as out/<name>_x<ratio>.png,
    named by `names` in page order, or <notebook>_<k> when `names` is None."""
    chromium, _ = find_chromium(os.environ, None)
    browser = playwright.chromium.launch(executable_path=chromium, args=CHROMIUM_FLAGS)
    # tall enough for the tallest explorer (the parabola with its regime map) to fit in one screenshot
    page = browser.new_page(viewport={"width": 1280, "height": 1700}, device_scale_factor=ratio)
    page.goto(lab.url(f"/lab/tree/{notebook.name}?reset"))
    wait_for_idle_kernel(page, 60)
    run_all_cells(page, code_cells_to_run(notebook), 240)
    wait_for_stable_page(page)
    explorers = page.locator(".gd-explorer")
    found = explorers.count()
    names = names or [f"{notebook.stem}_{k}" for k in range(found)]
    if found != len(names):
        sys.exit(f"{notebook.name}: {found} explorers on the page, {len(names)} expected")
    for k in range(found):
        box = explorers.nth(k)
        box.scroll_into_view_if_needed()
        page.wait_for_timeout(400)
        path = out / f"{names[k]}_x{ratio}.png"
        box.screenshot(path=str(path))
        print(path)
    browser.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("notebooks", type=Path, nargs="*")
    parser.add_argument("--settings", action="store_true", help="every explorer at four settings")
    parser.add_argument("--out", type=Path, default=ROOT / "test-artifacts" / "explorers")
    args = parser.parse_args()
    if not args.notebooks and not args.settings:
        parser.error("name notebooks, or --settings")
    from playwright.sync_api import sync_playwright

    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as playwright:
        root = Path(tmp) / "notebooks"
        root.mkdir()
        runs: list[tuple[Path, list[str] | None]] = []
        for notebook in args.notebooks:
            copy = root / notebook.name
            copy.write_bytes(notebook.read_bytes())
            runs.append((copy, None))
        if args.settings:
            names = [f"settings_{e}_{s.replace(' ', '_')}" for e, s in SETTINGS]
            runs.append((settings_notebook(root), names))
        lab = JupyterLab(root=root, state=Path(tmp) / "state")
        lab.state.mkdir()
        lab.start()
        try:
            for notebook, names in runs:
                for ratio in (1, 2):
                    shoot(playwright, lab, notebook, names, args.out, ratio)
        finally:
            lab.stop()


if __name__ == "__main__":
    main()
