"""A class keeps a notebook open for an hour: slider changes must leave nothing behind.

Two soaks, each cheap enough for every commit; they replace one 10,000-change soak that took
minutes. The update path (sliders, settings, run, view.update, summary) is soaked with every Python
allocation traced: it is where per-change objects would pile up. Memory in use wobbles by up to about
16 kB between two moments whatever the number of changes (free lists, numpy's small-buffer cache,
bounded caches), so a soak of CHANGES changes fails at KEPT_PER_CHANGE bytes kept per change, with
room for the wobble; the old soak allowed 2 kB. A test below leaks on purpose to show the soak sees it.
The render path (blit or panel redraw, and the PNG frame the browser is sent) is soaked for FRAMES
frames, watching the process's memory and the artist count: a leaked frame buffer or artist shows.
"""

import gc
import math
import resource
import sys
import tracemalloc

import numpy as np
import pytest

import gdcourse as gd


def update_weight(weight, input, goal_pred, alpha):
    """A learner's rule, handed to the parabola explorer: it runs safely on every change."""
    return weight - alpha * 2 * (input * weight - goal_pred) * input


#: Each explorer, with a start that keeps the hot-and-cold loop short (its iterations vary below).
EXPLORERS = [
    (gd.explorers.CompareExplorer, {}),
    (gd.explorers.HotAndColdExplorer, {"iterations": 50}),
    (gd.explorers.DirectionExplorer, {}),
    (gd.explorers.ParabolaExplorer, {}),
    (gd.explorers.ParabolaExplorer, {"rule": update_weight}),
    (gd.explorers.RegimeMapExplorer, {}),
    (gd.explorers.GeneralizedExplorer, {}),
]
IDS = [f"{c.__name__}{'-with-a-rule' if start.get('rule') else ''}" for c, start in EXPLORERS]


def value_for(spec, rng: np.random.Generator) -> float:
    """A value a learner could drag a slider to: anywhere on a linear slider, log-uniform on a log one."""
    if spec.kind == "int":
        return int(rng.integers(spec.low, min(spec.high, 200) + 1))
    if spec.kind == "log":
        return float(10 ** rng.uniform(math.log10(spec.low), math.log10(spec.high)))
    return float(rng.uniform(spec.low, spec.high))


def churn(explorer, rng: np.random.Generator, changes: int, after=lambda: None) -> None:
    """Move the explorer's sliders in turn, as a learner would, `changes` times."""
    specs = explorer.settings.SLIDERS
    names = list(specs)
    for k in range(changes):
        name = names[k % len(names)]
        explorer.sliders[name].value = value_for(specs[name], rng)
        after()


def peak_memory_mb() -> float:
    """The process's peak resident memory (ru_maxrss is kB on Linux, bytes on macOS)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1e6 if sys.platform == "darwin" else 1e3)


def live_figures(explorer) -> list:
    """Every figure an explorer draws on in the kernel (a composed explorer has two; one drawn in the
    browser has none)."""
    parts = [explorer, getattr(explorer, "parabola", None)]
    return [part.live for part in parts if part is not None and part.live is not None]


#: Slider changes traced in the update-path soak, after WARM_UP changes that fill caches.
WARM_UP, CHANGES = 30, 100
#: Bytes kept per change that fail the soak: 50 kB over CHANGES, three times the wobble measured.
KEPT_PER_CHANGE = 500
#: Where memory is allowed to grow: traitlets' and ipywidgets' own notifications make a new attribute
#: name string per change, which CPython's type-attribute cache keeps (at most 4096 of them).
NOT_OURS = [tracemalloc.Filter(False, "*/traitlets/*"), tracemalloc.Filter(False, "*/ipywidgets/*")]


def in_use() -> int:
    """Bytes allocated and still alive, leaving out what NOT_OURS names."""
    snapshot = tracemalloc.take_snapshot().filter_traces(NOT_OURS)
    return sum(stat.size for stat in snapshot.statistics("filename"))


def kept_by_changes(explorer) -> int:
    """Bytes still in use after CHANGES slider changes that were not before them (rendering left out)."""
    rng = np.random.default_rng(7)
    tracemalloc.start()  # before the warm-up, so arrays that are replaced each change are traced both times
    try:
        churn(explorer, rng, WARM_UP)
        gc.collect()
        before = in_use()
        churn(explorer, rng, CHANGES)
        gc.collect()
        return in_use() - before
    finally:
        tracemalloc.stop()


def without_rendering(explorer, monkeypatch):
    """The explorer with its figures' render step stubbed out: the update path alone is soaked."""
    for live in live_figures(explorer):
        monkeypatch.setattr(live, "render", lambda full=False, axes=(): None)
    return explorer


@pytest.mark.parametrize(("explorer_class", "start"), EXPLORERS, ids=IDS)
def test_the_update_path_keeps_nothing(explorer_class, start, monkeypatch):
    """CHANGES changes with every allocation traced: after a warm-up, memory in use must not grow."""
    kept = kept_by_changes(without_rendering(explorer_class(**start), monkeypatch))
    assert kept < KEPT_PER_CHANGE * CHANGES, f"{kept / 1000:.1f} kB more in use after {CHANGES} changes"


def test_the_update_path_soak_sees_a_leak_of_one_kilobyte_per_change(monkeypatch):
    """The soak above is not blind: a follower that keeps 1 kB per change fails it."""
    explorer = without_rendering(gd.explorers.DirectionExplorer(), monkeypatch)
    kept_forever = []
    explorer.on_change(lambda settings: kept_forever.append(bytearray(1000)))
    assert kept_by_changes(explorer) >= KEPT_PER_CHANGE * CHANGES
    assert len(kept_forever) == WARM_UP + CHANGES


#: Rendered changes in the render-path soak: a leaked frame (over 1 MB) shows many times over.
FRAMES = 30
#: The render path is one LiveFigure for all: soak the explorers that use every part of it (blits,
#: redraws of one panel among three, two figures in one explorer).
RENDERED = [
    (c, start) for c, start in (EXPLORERS[0], EXPLORERS[4], EXPLORERS[5]) if getattr(c, "web", None) is None
]


@pytest.mark.parametrize(("explorer_class", "start"), RENDERED, ids=[c.__name__ for c, _ in RENDERED])
def test_rendered_frames_keep_nothing(explorer_class, start):
    """FRAMES changes, each drawn and encoded as the PNG frame the browser gets: the artist count stays
    the same and the process's memory stays flat (a leaked 800 x 380 frame is over 1 MB each time)."""
    explorer = explorer_class(**start)
    lives = live_figures(explorer)

    def encode() -> None:
        for live in lives:
            live.canvas.get_diff_image()

    rng = np.random.default_rng(11)
    churn(explorer, rng, 10, encode)
    gc.collect()
    artists, before = explorer.artist_count(), peak_memory_mb()
    churn(explorer, rng, FRAMES, encode)
    gc.collect()
    assert explorer.artist_count() == artists
    grown = peak_memory_mb() - before
    assert grown < 10, f"peak memory grew by {grown:.1f} MB over {FRAMES} rendered changes"
