#!/usr/bin/env python3
"""In-browser time from a slider key press to the new frame painted: explorer against `interact`.

    .venv/bin/python benchmarks/bench_browser.py [--presses 30] [--scale 2]

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
from gdcourse.figures import LearningView, draw_learning
from gdcourse.settings import ParabolaSettings

def show(weight):
    figure = plt.figure(figsize=LearningView.SIZE)
    draw_learning(figure, ParabolaSettings(weight=weight))
    plt.show()

slider = widgets.FloatSlider(value=0.5, min=-1, max=2, step=0.01, description="weight")
slider.add_class("gd-bench-baseline")
baseline = widgets.interactive(show, weight=slider)
baseline.add_class("gd-bench-baseline-box")
baseline""",
]

#: The explorer's sliders pressed, each 10 steps one way, then 10 back.
SLIDERS = ("weight", "input", "alpha")

#: Timestamps kept in the page, installed before JupyterLab loads: the last keydown, the first
#: message sent to the kernel after it, the new figure image arriving (ipympl turns it into a blob
#: URL), and the image drawn on the canvas.
INSTRUMENT_JS = """
window.__keydown = 0; window.__sent = 0; window.__arrived = 0; window.__drawn = 0;
document.addEventListener('keydown', () => { window.__keydown = performance.now(); }, true);
const NativeSocket = window.WebSocket;
window.WebSocket = class extends NativeSocket {
  send(data) {
    if (window.__sent < window.__keydown) { window.__sent = performance.now(); }
    return super.send(data);
  }
};
const createObjectURL = URL.createObjectURL;
URL.createObjectURL = function (blob) {
  if (window.__arrived < window.__keydown) { window.__arrived = performance.now(); }
  return createObjectURL.call(URL, blob);
};
const draw = CanvasRenderingContext2D.prototype.drawImage;
CanvasRenderingContext2D.prototype.drawImage = function (...args) {
  if (window.__drawn < window.__keydown) { window.__drawn = performance.now(); }
  return draw.apply(this, args);
};
"""

#: Resolves with ms from the keydown to each stage, ending at the first animation frame after the new
#: image was drawn (the frame that paints it).
EXPLORER_FRAME_JS = """() => new Promise((resolve) => {
  const check = () => {
    const k = window.__keydown;
    if (window.__drawn > k) {
      resolve({sent: window.__sent - k, arrived: window.__arrived - k, drawn: window.__drawn - k,
               painted: performance.now() - k});
    } else { requestAnimationFrame(check); }
  };
  requestAnimationFrame(check);
})"""

#: Resolves with ms from the keydown to the first animation frame after the baseline's new <img> was
#: loaded and decoded.
BASELINE_FRAME_JS = """(oldSrc) => new Promise((resolve) => {
  const box = document.querySelector('.gd-bench-baseline-box');
  const check = () => {
    const img = box.querySelector('img');
    if (img && img.src !== oldSrc && img.complete) {
      img.decode().then(() => resolve({painted: performance.now() - window.__keydown}));
    } else { requestAnimationFrame(check); }
  };
  requestAnimationFrame(check);
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
    parser.add_argument("--scale", type=float, default=1, help="device pixel ratio (2 for a HiDPI screen)")
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
            page = browser.new_page(viewport={"width": 1400, "height": 1000}, device_scale_factor=args.scale)
            page.add_init_script(INSTRUMENT_JS)
            page.goto(lab.url("/lab/tree/bench.ipynb?reset"))
            wait_for_idle_kernel(page, 60)
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
    base_ms = statistics.median(frame["painted"] for frame in base)
    scale = f", device pixel ratio {args.scale:g}" if args.scale != 1 else ""
    print(f"In-browser, slider key press to the new frame painted: medians of {args.presses}{scale}")
    print()
    print("| approach | median | ratio to baseline |")
    print("| --- | --- | --- |")
    print(f"| baseline: `interactive` re-creating the figure (inline backend) | {base_ms:.0f} ms | 1.0x |")
    for name, frames in ours.items():
        ms = statistics.median(frame["painted"] for frame in frames)
        print(f"| parabola explorer, {name} slider | {ms:.0f} ms | {base_ms / ms:.1f}x faster |")
    print()
    print("Where an explorer frame's time goes (medians over all its key presses, ms after the keydown):")
    print()
    print("| stage | until | share |")
    print("| --- | --- | --- |")
    frames = [frame for presses in ours.values() for frame in presses]
    stages = [
        ("the slider's new value sent to the kernel", "sent"),
        ("the new figure image back in the page (kernel work and both trips)", "arrived"),
        ("the image decoded and drawn on the canvas", "drawn"),
        ("the frame painted", "painted"),
    ]
    before = 0.0
    for label, key in stages:
        until = statistics.median(frame[key] for frame in frames)
        print(f"| {label} | {until:.0f} ms | {until - before:.0f} ms |")
        before = until


if __name__ == "__main__":
    main()
