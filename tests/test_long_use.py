"""A class keeps a notebook open for an hour: slider changes must leave nothing behind in the kernel.

The explorers are drawn in the browser; in the kernel a change runs the update path (sliders,
settings, run, what the browser view is told), and reading drawn() moves the never-rendered view
(view.update); the soak reads it after every change, so both paths are soaked, with every Python
allocation traced, cheaply enough for every commit: it is where per-change objects would pile up.
Memory in use wobbles by up to about 16 kB between two moments whatever the number of changes (free
lists, numpy's small-buffer cache, bounded caches), so a soak of CHANGES changes fails at
KEPT_PER_CHANGE bytes kept per change, with room for the wobble. A test below leaks on purpose to
show the soak sees it.
"""

import gc
import math
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


def churn(explorer, rng: np.random.Generator, changes: int) -> None:
    """Move the explorer's sliders in turn, as a learner would, `changes` times, reading drawn() after
    each change so the kernel's view moves every time too."""
    specs = explorer.settings.SLIDERS
    names = list(specs)
    for k in range(changes):
        name = names[k % len(names)]
        explorer.sliders[name].value = value_for(specs[name], rng)
        explorer.drawn()


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


@pytest.mark.parametrize(("explorer_class", "start"), EXPLORERS, ids=IDS)
def test_the_update_path_keeps_nothing(explorer_class, start):
    """CHANGES changes with every allocation traced: after a warm-up, memory in use must not grow, and
    the kernel's figures (the oracle, never rendered) keep the same artists."""
    explorer = explorer_class(**start)
    artists = explorer.artist_count()
    kept = kept_by_changes(explorer)
    assert kept < KEPT_PER_CHANGE * CHANGES, f"{kept / 1000:.1f} kB more in use after {CHANGES} changes"
    assert explorer.artist_count() == artists


def test_the_update_path_soak_sees_a_leak_of_one_kilobyte_per_change():
    """The soak above is not blind: a follower that keeps 1 kB per change fails it."""
    explorer = gd.explorers.DirectionExplorer()
    kept_forever = []
    explorer.on_change(lambda settings: kept_forever.append(bytearray(1000)))
    assert kept_by_changes(explorer) >= KEPT_PER_CHANGE * CHANGES
    assert len(kept_forever) == WARM_UP + CHANGES
