#!/usr/bin/env python3
"""In-browser time from a slider key press to the new frame painted: explorer against `interact`.

    .venv/bin/python benchmarks/bench_browser.py [--presses 30]

Starts a private JupyterLab, opens a scratch notebook in headless Chromium with the parabola
explorer (ipympl, blitted) and a baseline (`interactive` with the inline backend, re-creating the
figure on every change), presses the arrow keys on the explorer's weight, input and alpha sliders
and the baseline's weight slider, and times in the page from the keydown to the first animation
frame after the new image was drawn.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests" / "browser"))

from gd_browser import (  # noqa: E402  (the browser helpers live with the browser tests)
    CHROMIUM_FLAGS,
    JupyterLab,
    find_chromium,
    run_all_cells,
    wait_for_idle_kernel,
    wait_for_stable_page,
)

CELLS = [
    "import gdcourse as gd\nexplorer = gd.explorers.ParabolaExplorer()\nexplorer",
    """%matplotlib inline
import ipywidgets as widgets
import matplotlib.pyplot as plt
from gdcourse.explorers.parabola import FIGURE_SIZE, Settings
from gdcourse.figures import draw_learning

def show(weight):
    figure = plt.figure(figsize=FIGURE_SIZE)
    draw_learning(figure, Settings(weight=weight).run())
    plt.show()

slider = widgets.FloatSlider(value=0.5, min=-1, max=2, step=0.01, description="weight")
slider.add_class("gd-bench-baseline")
baseline = widgets.interactive(show, weight=slider)
baseline.add_class("gd-bench-baseline-box")
baseline""",
]

#: The explorer's sliders pressed, each 10 steps one way, then 10 back.
SLIDERS = ("weight", "input", "alpha")

#: Timestamps kept in the page: the last keydown, the last image drawn on any canvas.
INSTRUMENT_JS = """() => {
  window.__keydown = 0; window.__drawn = 0;
  document.addEventListener('keydown', () => { window.__keydown = performance.now(); }, true);
  const draw = CanvasRenderingContext2D.prototype.drawImage;
  CanvasRenderingContext2D.prototype.drawImage = function (...args) {
    window.__drawn = performance.now();
    return draw.apply(this, args);
  };
}"""

#: Resolves with ms from the keydown to the frame after the explorer's canvas got its new image.
EXPLORER_FRAME_JS = """() => new Promise((resolve) => {
  const check = () => {
    if (window.__drawn > window.__keydown) {
      requestAnimationFrame(() => resolve(performance.now() - window.__keydown));
    } else { requestAnimationFrame(check); }
  };
  check();
})"""

#: Resolves with ms from the keydown to the frame after the baseline's new <img> was decoded.
BASELINE_FRAME_JS = """(oldSrc) => new Promise((resolve) => {
  const box = document.querySelector('.gd-bench-baseline-box');
  const check = () => {
    const img = box.querySelector('img');
    if (img && img.src !== oldSrc && img.complete) {
      img.decode().then(() => requestAnimationFrame(() => resolve(performance.now() - window.__keydown)));
    } else { requestAnimationFrame(check); }
  };
  check();
})"""


def notebook_json() -> str:
    cells = [
        {"cell_type": "code", "metadata": {}, "source": src, "outputs": [], "execution_count": None}
        for src in CELLS
    ]
    meta = {"kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"}}
    return json.dumps({"cells": cells, "metadata": meta, "nbformat": 4, "nbformat_minor": 5})


def press_and_time(page, handle, key: str, wait_js: str, arg=None) -> float:
    handle.focus()
    page.wait_for_timeout(250)  # let the previous frame settle
    page.keyboard.press(key)
    return page.evaluate(wait_js, arg)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--presses", type=int, default=30)
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright

    chromium, where = find_chromium(os.environ, None)
    if chromium is None:
        sys.exit(where)
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as playwright:
        root = Path(tmp) / "nb"
        root.mkdir()
        (root / "bench.ipynb").write_text(notebook_json())
        lab = JupyterLab(root=root, state=Path(tmp) / "state")
        lab.state.mkdir()
        lab.start()
        try:
            browser = playwright.chromium.launch(executable_path=chromium, args=CHROMIUM_FLAGS)
            page = browser.new_page(viewport={"width": 1400, "height": 1000})
            page.goto(lab.url("/lab/tree/bench.ipynb?reset"))
            wait_for_idle_kernel(page, 60)
            page.evaluate(INSTRUMENT_JS)
            run_all_cells(page, len(CELLS), 120)
            wait_for_stable_page(page)
            handles = {
                name: page.locator(f".gd-explorer .gd-slider-{name} .noUi-handle").first for name in SLIDERS
            }
            base_handle = page.locator(".gd-bench-baseline .noUi-handle").first
            ours: dict[str, list[float]] = {name: [] for name in SLIDERS}
            base = []
            for k in range(args.presses):
                key = "ArrowRight" if (k // 10) % 2 == 0 else "ArrowLeft"
                for name, handle in handles.items():
                    ours[name].append(press_and_time(page, handle, key, EXPLORER_FRAME_JS))
                old = page.evaluate("() => document.querySelector('.gd-bench-baseline-box img')?.src || ''")
                base.append(press_and_time(page, base_handle, key, BASELINE_FRAME_JS, old))
            browser.close()
        finally:
            lab.stop()
    base_ms = statistics.median(base)
    print(f"In-browser, slider key press to the new frame painted: medians of {args.presses}")
    print()
    print("| approach | median | ratio to baseline |")
    print("| --- | --- | --- |")
    print(f"| baseline: `interactive` re-creating the figure (inline backend) | {base_ms:.0f} ms | 1.0x |")
    for name, times in ours.items():
        ms = statistics.median(times)
        print(f"| parabola explorer, {name} slider | {ms:.0f} ms | {base_ms / ms:.1f}x faster |")


if __name__ == "__main__":
    main()
