#!/usr/bin/env python3
"""In-kernel cost of one slider change, from the callback to a finished render.

    .venv/bin/python benchmarks/bench_kernel.py [--repeats 60]

Each slider is dragged as a learner drags it: along its range in the slider's own steps, back and
forth, from the explorer's first view. Explorer: the real slider callback (run, describe, move
artists, redraw, PNG frame for the browser). Baseline: what `interact` with the inline backend does
on every change: build a new figure and render it to a PNG with a tight bounding box. The
last column counts the changes that also moved a panel's axes, which costs a panel redraw, and
gives those frames' median.
"""

from __future__ import annotations

import argparse
import dataclasses
import io
import math
import statistics
import time

from matplotlib.figure import Figure

from gdcourse.explorers import compare, parabola
from gdcourse.figures import draw_compare, draw_learning

#: The explorers timed: module (slider ranges, figure size), explorer, settings, and how to draw them.
BENCHED = {
    "parabola explorer": (
        parabola, parabola.ParabolaExplorer, parabola.Settings,
        lambda figure, s: draw_learning(figure, s.run()),
    ),
    "compare explorer": (
        compare, compare.CompareExplorer, compare.CompareSettings,
        lambda figure, s: draw_compare(figure, s.input, s.goal, s.weight, compare.WEIGHT_RANGE),
    ),
}  # fmt: skip


def dragged(start: float, bounds: tuple[float, float, float], log: bool, count: int) -> list[float]:
    """`count` values a slider passes through when dragged from `start`, turning at its ends."""
    low, high, step = bounds
    if log:  # a log slider: steps are powers of 10
        low, high, start = math.log10(low), math.log10(high), math.log10(start)
    values, value, direction = [], start, 1
    for _ in range(count):
        if not low <= value + direction * step <= high:
            direction = -direction
        value = round(value + direction * step, 9)
        values.append(10**value if log else value)
    return values


def time_explorer(explorer, name: str, values: list[float]) -> tuple[list[float], list[float]]:
    """Milliseconds per slider change, all of them and those whose frame also moved a panel's axes."""
    live, redrawn = explorer.live, []
    render = live.render
    live.render = lambda full=False, axes=(): (redrawn.append(bool(axes)), render(full, axes))
    times = []
    for value in values:
        start = time.perf_counter()
        explorer._sliders[name].value = value
        times.append((time.perf_counter() - start) * 1000)
    live.render = render
    return times, [t for t, moved in zip(times, redrawn, strict=True) if moved]


def time_baseline(module, draw, settings, name: str, values: list[float]) -> list[float]:
    """Milliseconds per change when a new figure is drawn and rendered, as interact + inline would."""
    times = []
    for value in values:
        start = time.perf_counter()
        figure = Figure(figsize=module.FIGURE_SIZE)
        draw(figure, dataclasses.replace(settings, **{name: value}))
        figure.savefig(io.BytesIO(), format="png", bbox_inches="tight")
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
    for label, (module, explorer_class, settings_class, draw) in BENCHED.items():
        first = settings_class()
        for name, bounds in module.RANGES.items():
            values = dragged(getattr(first, name), bounds, name == "alpha", args.repeats)
            if name == "steps":
                values = [int(v) for v in values]
            explorer = explorer_class(**{k: getattr(first, k) for k in module.RANGES})
            ours, moved = time_explorer(explorer, name, values)
            base = time_baseline(module, draw, first, name, values)
            base_ms, ours_ms = statistics.median(base), statistics.median(ours)
            axes = f"{len(moved)} of {len(ours)}"
            if moved:
                axes += f", median {statistics.median(moved):.1f} ms"
            row = f"{label}, {name}"
            print(f"| {row} | {base_ms:.1f} ms | {ours_ms:.1f} ms | {base_ms / ours_ms:.1f}x | {axes} |")


if __name__ == "__main__":
    main()
