"""Sliders with bounded ranges, and the check that gives out-of-range settings a clear error."""

from __future__ import annotations

import contextlib
import math
from collections.abc import Iterator, Mapping

import ipywidgets as widgets

from gdcourse import _validate

#: A slider's (low, high, step); a log slider's step is in powers of 10.
Range = tuple[float, float, float]


def checked(name: str, value: object, ranges: Mapping[str, Range], whole: tuple[str, ...] = ()) -> float:
    """Validate one setting against its slider's range; raise ValueError naming it."""
    if name not in ranges:
        raise ValueError(f"unknown setting {name!r}: choose from {', '.join(ranges)}")
    low, high, _ = ranges[name]
    number = _validate.count(name, value) if name in whole else _validate.number(name, value)
    if not low <= number <= high:
        raise ValueError(f"{name} must be between {low:g} and {high:g} (the slider's range), got {value!r}")
    return number


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


def slider(name: str, value: float, bounds: Range, label: str, kind: str = "float") -> widgets.Widget:
    """A slider for one setting, tagged with the CSS class gd-slider-<name> for browser tests.

    kind: "float" (2 decimals), "log" (powers of 10; the readout keeps up to 3 significant digits
    and drops trailing zeros, so 0.001 reads 0.001, not 0.00100) or "int".
    """
    low, high, step = bounds
    common = {"description": label, "style": {"description_width": "5.5em"}, "layout": {"width": "24em"}}
    if kind == "log":
        made = widgets.FloatLogSlider(
            value=value, base=10, min=math.log10(low), max=math.log10(high), step=step,
            readout_format=".3", **common,
        )  # fmt: skip
    elif kind == "int":
        made = widgets.IntSlider(value=value, min=low, max=high, step=step, **common)
    else:
        made = widgets.FloatSlider(value=value, min=low, max=high, step=step, readout_format=".2f", **common)
    made.add_class(f"gd-slider-{name}")
    return made


class Hold:
    """A flag that silences slider callbacks while several sliders are set at once."""

    def __init__(self) -> None:
        self.on = False

    @contextlib.contextmanager
    def __call__(self) -> Iterator[None]:
        self.on = True
        try:
            yield
        finally:
            self.on = False
