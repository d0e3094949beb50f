#!/usr/bin/env python3
"""In-kernel cost of one slider change, from the callback to a finished render.

    .venv/bin/python benchmarks/bench_kernel.py [--repeats 60]

Each slider is dragged as a learner drags it: along its range in the slider's own steps, back and
forth. Explorer: the real slider callback (run, describe, move artists, redraw, PNG diff for the
browser). Baseline: what `interact` with the inline backend does on every change: build a new
figure and render it to a PNG. The last column counts the changes that also moved a panel's axes
(a new view or step axis), which costs a panel redraw, and gives those frames' median.
"""

from __future__ import annotations

import argparse
import io
import math
import statistics
import time

from matplotlib.figure import Figure

from gdcourse.explorers.parabola import FIGURE_SIZE, RANGES, ParabolaExplorer, Settings
from gdcourse.figures import draw_learning

START = Settings()  # what a learner sees first: weight 0.5, input 0.5, goal 0.8, alpha 1, 20 steps


def dragged(name: str, count: int) -> list[float]:
    """`count` values a slider passes through when dragged from the start value, turning at its ends."""
    low, high, step = RANGES[name]
    if name == "alpha":  # a log slider: steps are powers of 10
        low, high, value = math.log10(low), math.log10(high), math.log10(START.alpha)
    else:
        value = getattr(START, name)
    values, direction = [], 1
    for _ in range(count):
        if not low <= value + direction * step <= high:
            direction = -direction
        value = round(value + direction * step, 9)
        values.append(10**value if name == "alpha" else value)
    return [int(v) for v in values] if name == "steps" else values


def baseline_change(settings: Settings) -> bytes:
    """Re-create the whole figure and render it, as interact + the inline backend would."""
    figure = Figure(figsize=FIGURE_SIZE)
    draw_learning(figure, settings.run())
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", bbox_inches="tight")
    return buffer.getvalue()


def time_explorer(name: str, values: list[float]) -> tuple[list[float], list[float]]:
    """Milliseconds per slider change, split into frames without and with a panel's axes moved."""
    explorer = ParabolaExplorer(**{k: getattr(START, k) for k in RANGES})
    live, redrawn = explorer.live, []
    render = live.render
    live.render = lambda full=False, axes=(): (redrawn.append(bool(axes)), render(full, axes))
    times = []
    for value in values:
        start = time.perf_counter()
        explorer._sliders[name].value = value
        times.append((time.perf_counter() - start) * 1000)
    return times, [t for t, moved in zip(times, redrawn, strict=True) if moved]


def time_baseline(name: str, values: list[float]) -> list[float]:
    times = []
    for value in values:
        start = time.perf_counter()
        baseline_change(Settings(**{k: getattr(START, k) for k in RANGES} | {name: value}))
        times.append((time.perf_counter() - start) * 1000)
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=60)
    args = parser.parse_args()
    print(f"In-kernel, one slider change to a finished render: medians of {args.repeats} changes per slider")
    print()
    print("| slider (dragged) | baseline: interact re-creates the figure | explorer | ratio | axes moved |")
    print("| --- | --- | --- | --- | --- |")
    for name in RANGES:
        values = dragged(name, args.repeats)
        ours, moved = time_explorer(name, values)
        base_ms, ours_ms = statistics.median(time_baseline(name, values)), statistics.median(ours)
        axes = f"{len(moved)} of {len(ours)}"
        if moved:
            axes += f", median {statistics.median(moved):.1f} ms"
        print(f"| {name} | {base_ms:.1f} ms | {ours_ms:.1f} ms | {base_ms / ours_ms:.1f}x | {axes} |")


if __name__ == "__main__":
    main()
