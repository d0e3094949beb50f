#!/usr/bin/env python3
"""In-kernel cost of one slider change, from the callback to a finished render.

    .venv/bin/python benchmarks/bench_kernel.py [--repeats 60]

Explorer: the real slider callback (run, describe, move artists, blit, PNG diff for the browser),
as a browser would see it. Baseline: what `interact`
with the inline backend does on every change: build a new figure and render it to a PNG.
"""

from __future__ import annotations

import argparse
import io
import statistics
import time

from matplotlib.figure import Figure

from gdcourse.explorers.parabola import FIGURE_SIZE, ParabolaExplorer, Settings
from gdcourse.figures import draw_learning


def explorer_change(explorer: ParabolaExplorer, name: str, value: float) -> None:
    explorer._sliders[name].value = value


def baseline_change(settings: Settings) -> bytes:
    """Re-create the whole figure and render it, as interact + the inline backend would."""
    figure = Figure(figsize=FIGURE_SIZE)
    draw_learning(figure, settings.run())
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", bbox_inches="tight")
    return buffer.getvalue()


def timed(action, values) -> list[float]:
    times = []
    for value in values:
        start = time.perf_counter()
        action(value)
        times.append((time.perf_counter() - start) * 1000)
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=60)
    args = parser.parse_args()
    weights = [-1 + 3 * (k % 31) / 30 for k in range(args.repeats)]
    explorer = ParabolaExplorer()
    rows = []
    for name, values in [
        ("weight", weights),
        ("alpha", [10 ** (-2 + 2.5 * (k % 25) / 24) for k in range(args.repeats)]),
    ]:
        explorer.set(weight=0.5, input=0.5, goal=0.8, alpha=1.0)
        ours = timed(lambda v, n=name: explorer_change(explorer, n, v), values)
        base = timed(lambda v, n=name: baseline_change(Settings(**{n: v})), values)
        rows.append((f"{name} slider", statistics.median(base), statistics.median(ours)))
    explorer.set(weight=0.5, alpha=1.0)
    inputs = [0.3 + 2.5 * (k % 26) / 25 for k in range(args.repeats)]
    ours = timed(lambda v: explorer_change(explorer, "input", v), inputs)
    base = timed(lambda v: baseline_change(Settings(input=v)), inputs)
    rows.append(("input slider (axes redrawn)", statistics.median(base), statistics.median(ours)))

    print(f"In-kernel, one slider change to a finished render: medians of {args.repeats}")
    print()
    print("| change | baseline: interact re-creates the figure | explorer | ratio |")
    print("| --- | --- | --- | --- |")
    for label, base_ms, ours_ms in rows:
        print(f"| {label} | {base_ms:.1f} ms | {ours_ms:.1f} ms | {base_ms / ours_ms:.1f}x |")


if __name__ == "__main__":
    main()
