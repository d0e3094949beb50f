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


def time_explorer(explorer, name: str, values: list[float]) -> tuple[list[float], list[float]]:
    """Milliseconds per slider change, all of them and those whose frame also moved a panel's axes.

    An explorer drawn in the browser renders nothing here: its kernel work is the settings, the view's
    numbers (what drawn() reads) and the messages to the browser."""
    if explorer.live is None:
        times = []
        for value in values:
            start = time.perf_counter()
            explorer.sliders[name].value = value
            times.append((time.perf_counter() - start) * 1000)
        return times, []
    live, redrawn = explorer.live, []
    render = live.render
    live.render = lambda full=False, axes=(): (redrawn.append(bool(axes)), render(full, axes))
    times = []
    for value in values:
        start = time.perf_counter()
        explorer.sliders[name].value = value
        times.append((time.perf_counter() - start) * 1000)
    live.render = render
    return times, [t for t, moved in zip(times, redrawn, strict=True) if moved]


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
    print(f"In-kernel, one slider change to a finished render: medians of {args.repeats} changes per slider")
    print()
    print("| slider (dragged) | baseline: interact re-creates the figure | explorer | ratio | axes moved |")
    print("| --- | --- | --- | --- | --- |")
    for label, (explorer_class, extra) in BENCHED.items():
        first = explorer_class.Settings(**extra)
        for name, spec in first.SLIDERS.items():
            values = dragged(getattr(first, name), spec, args.repeats)
            if spec.kind == "int":
                values = [int(v) for v in values]
            explorer = explorer_class(**first.slider_values(), **extra)
            ours, moved = time_explorer(explorer, name, values)
            base = time_baseline(explorer_class, first, name, values)
            base_ms, ours_ms = statistics.median(base), statistics.median(ours)
            axes = f"{len(moved)} of {len(ours)}"
            if moved:
                axes += f", median {statistics.median(moved):.1f} ms"
            row = f"{label}, {name}"
            print(f"| {row} | {base_ms:.1f} ms | {ours_ms:.1f} ms | {base_ms / ours_ms:.1f}x | {axes} |")


if __name__ == "__main__":
    main()
