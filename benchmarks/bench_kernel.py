#!/usr/bin/env python3
"""In-kernel cost of one slider change: what the kernel does while the browser draws.

    .venv/bin/python benchmarks/bench_kernel.py [--repeats 60]

Each slider is dragged as a learner drags it: along its range in the slider's own steps, back and
forth, from the explorer's first view. Explorer: the real slider callback (the settings and their
run, what the browser view is told; the never-rendered view that drawn() reads follows only when
read). Baseline: what `interact` with the inline backend does on every change: build a new figure
and render it to a PNG with a tight bounding box.
"""

from __future__ import annotations

import argparse
import io
import math
import statistics
import time

from matplotlib.figure import Figure

import gdcourse as gd


def update_weight(weight: float, input: float, goal_pred: float, alpha: float) -> float:
    """A learner's rule as chapter 3's exercise asks for it (the book's update, written out)."""
    pred = input * weight
    delta = pred - goal_pred
    weight_delta = delta * input
    return weight - alpha * weight_delta


#: The explorers timed, with settings beyond the sliders; each explorer knows its settings record
#: (with its sliders), how to draw, and its size.
BENCHED = {
    "parabola explorer": (gd.explorers.ParabolaExplorer, {}),
    "parabola explorer with a rule": (gd.explorers.ParabolaExplorer, {"rule": update_weight}),
    "compare explorer": (gd.explorers.CompareExplorer, {}),
    "direction explorer": (gd.explorers.DirectionExplorer, {}),
    "hot-and-cold explorer": (gd.explorers.HotAndColdExplorer, {}),
    "generalized explorer": (gd.explorers.GeneralizedExplorer, {}),
}


def dragged(start: float, spec, count: int) -> list[float]:
    """`count` values a slider passes through when dragged from `start`, turning at its ends."""
    low, high, step, log = spec.low, spec.high, spec.step, spec.kind == "log"
    if log:  # a log slider: steps are powers of 10
        low, high, start = math.log10(low), math.log10(high), math.log10(start)
    values, value, direction = [], start, 1
    for _ in range(count):
        if not low <= value + direction * step <= high:
            direction = -direction
        value = round(value + direction * step, 9)
        values.append(10**value if log else value)
    return values


def time_explorer(explorer, name: str, values: list[float]) -> list[float]:
    """Milliseconds per slider change, set as the browser sets it."""
    times = []
    for value in values:
        start = time.perf_counter()
        explorer.sliders[name].value = value
        times.append((time.perf_counter() - start) * 1000)
    return times


def time_baseline(explorer_class, settings, name: str, values: list[float]) -> list[float]:
    """Milliseconds per change when a new figure is drawn and rendered, as interact + inline would."""
    times = []
    for value in values:
        start = time.perf_counter()
        figure = Figure(figsize=explorer_class.size)
        explorer_class.draw(figure, settings.replaced(**{name: value}))
        figure.savefig(io.BytesIO(), format="png", bbox_inches="tight")
        times.append((time.perf_counter() - start) * 1000)
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=60)
    args = parser.parse_args()
    print(f"In-kernel, one slider change: medians of {args.repeats} changes per slider")
    print()
    print("| slider (dragged) | baseline: interact re-creates the figure | explorer | ratio |")
    print("| --- | --- | --- | --- |")
    for label, (explorer_class, extra) in BENCHED.items():
        first = explorer_class.Settings(**extra)
        for name, spec in first.SLIDERS.items():
            values = dragged(getattr(first, name), spec, args.repeats)
            if spec.kind == "int":
                values = [int(v) for v in values]
            explorer = explorer_class(**first.slider_values(), **extra)
            ours = time_explorer(explorer, name, values)
            base = time_baseline(explorer_class, first, name, values)
            base_ms, ours_ms = statistics.median(base), statistics.median(ours)
            print(f"| {label}, {name} | {base_ms:.1f} ms | {ours_ms:.2f} ms | {base_ms / ours_ms:.0f}x |")


if __name__ == "__main__":
    main()
