"""The slider panel every explorer has: sliders made from a settings record's specs, read without
side effects, and values set from code kept exact while the browser shows them snapped."""

from __future__ import annotations

import contextlib
import functools
import math
from collections.abc import Callable, Iterator, Mapping

import ipywidgets as widgets

from gdcourse.settings import SliderSpec


def on_grid(value: float) -> float:
    """A slider value without the float noise the browser adds when it snaps to the step grid.

    Typing 0 into a slider from -1 in steps of 0.01 gives -1 + 100 * 0.01 = -1.1e-16; this gives 0.
    """
    if isinstance(value, int):
        return value
    return round(value, 9) + 0.0  # + 0.0 turns -0.0 into 0.0


def reading(made: widgets.Widget, exact: float | None = None) -> float:
    """A slider's value as an explorer uses it.

    `exact` is a value set from code (a button, `set()`, the constructor). The browser shows it
    snapped to the slider's grid and sends the snapped value back (2/input² = 0.889 comes back as
    0.891); while the slider sits within half a step of it, the exact value stands. Otherwise the
    slider's own value, without the browser's float noise (see on_grid).
    """
    log = isinstance(made, widgets.FloatLogSlider)
    position = (lambda v: math.log(v, made.base)) if log else float
    if exact is not None and abs(position(made.value) - position(exact)) < made.step / 2:
        return exact
    return made.value if log else on_grid(made.value)


def make_slider(name: str, value: float, spec: SliderSpec, label_width: str = "5.5em") -> widgets.Widget:
    """A slider for one setting, tagged with the CSS class gd-slider-<name> for browser tests.

    A "log" slider's readout keeps up to 3 significant digits and drops trailing zeros, so 0.001 reads
    0.001, not 0.00100; a "float" one shows 2 decimals unless the spec gives its own readout.
    """
    common = {
        "description": spec.label or name,
        "style": {"description_width": label_width},
        "layout": {"width": "24em"},
    }
    if spec.kind == "log":
        made = widgets.FloatLogSlider(
            value=value, base=10, min=math.log10(spec.low), max=math.log10(spec.high), step=spec.step,
            readout_format=spec.readout or ".3", **common,
        )  # fmt: skip
    elif spec.kind == "int":
        made = widgets.IntSlider(value=value, min=spec.low, max=spec.high, step=spec.step, **common)
    else:
        made = widgets.FloatSlider(
            value=value, min=spec.low, max=spec.high, step=spec.step, readout_format=spec.readout or ".2f",
            **common,
        )  # fmt: skip
    made.add_class(f"gd-slider-{name}")
    return made


class SliderPanel:
    """The sliders of one explorer, and what it reads from them.

    `values()` has no side effects. Values set from code (`set`) stay exact while the browser shows
    them snapped to the slider's grid; once the learner moves a slider on, its own value rules.
    """

    def __init__(self, specs: Mapping[str, SliderSpec], values: Mapping[str, float]) -> None:
        longest = max(len(spec.label or name) for name, spec in specs.items())
        width = "7em" if longest > 9 else "5.5em"  # one width per panel, so the sliders line up
        self.sliders = {name: make_slider(name, values[name], spec, width) for name, spec in specs.items()}
        self._exact = {name: values[name] for name in specs}
        self._holding = False
        self._listeners: list[Callable[[], None]] = []
        for name, made in self.sliders.items():
            made.observe(functools.partial(self._moved, name), names="value")

    def values(self) -> dict[str, float]:
        """Every slider's value as the explorer uses it (see `reading`)."""
        return {name: reading(made, self._exact.get(name)) for name, made in self.sliders.items()}

    @property
    def exact(self) -> dict[str, float]:
        """The values set from code that stand while their sliders sit within half a step of them."""
        return dict(self._exact)

    def set_exact(self, values: Mapping[str, float]) -> None:
        """Take `values` as set from code, before the sliders move to them (see `set`)."""
        self._exact.update(values)

    def set(self, values: Mapping[str, float]) -> None:
        """Move sliders from code, all at once, with no callback: the caller redraws once afterwards."""
        self._exact.update(values)
        with self.hold():
            for name, value in values.items():
                self.sliders[name].value = value

    def on_change(self, callback: Callable[[], None]) -> None:
        """Call `callback()` whenever the learner moves a slider."""
        self._listeners.append(callback)

    @property
    def holding(self) -> bool:
        """True while widgets are being set from code (see `hold`)."""
        return self._holding

    @contextlib.contextmanager
    def hold(self) -> Iterator[None]:
        """Silence the callbacks while several widgets are set at once."""
        held, self._holding = self._holding, True
        try:
            yield
        finally:
            self._holding = held

    def _moved(self, name: str, _change: dict) -> None:
        if self._holding:
            return
        made, exact = self.sliders[name], self._exact.get(name)
        if exact is not None and reading(made, exact) != exact:
            del self._exact[name]  # the learner moved this slider on: its own value rules from now
        if name not in self._exact and reading(made) != made.value:
            with self.hold():
                made.value = reading(made)  # the readout shows 0, not 8.9e-16
        for listener in self._listeners:
            listener()
