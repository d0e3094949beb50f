"""The browser half of an explorer: an anywidget view that computes and draws its picture from numbers.

The sliders stay ipywidgets sliders. Each is linked to a trait of the same name on the view, inside
the browser (`ipywidgets.jslink`), so a drag redraws with no kernel round trip. The view's module
(`web/dist/<name>.js`, bundled from `web/src/`) works out the run in the book's order of operations,
as the kernel does, and paints it with its summary in the same animation frame. The kernel hears the
values too, at most four a second while a slider is dragged and always the last one (`web/src/pace.js`),
so its `settings`, `summary` and `drawn()` stay exact: they are the tests' oracle.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

import anywidget
import ipywidgets as widgets
import traitlets

from gdcourse.settings import SliderSpec

#: The bundled view modules, one per explorer.
WEB = Path(__file__).parent / "web" / "dist"


class BrowserView(anywidget.AnyWidget):
    """An explorer's picture, drawn in the browser: a slider trait per slider, plus what the kernel says.

    `specs` describes the sliders (range, step, kind) so the browser reads them as the kernel does;
    `exact` holds the values set from code that stand while a slider shows them snapped to its grid;
    `paced` names the widgets whose saves to the kernel the browser paces while they change.
    """

    specs = traitlets.Dict().tag(sync=True)
    exact = traitlets.Dict().tag(sync=True)
    paced = traitlets.List(traitlets.Instance(widgets.Widget)).tag(sync=True, **widgets.widget_serialization)


def view_class(
    name: str, specs: Mapping[str, SliderSpec], **traits: traitlets.TraitType
) -> type[BrowserView]:
    """A BrowserView class for the view module `name`, with a synced trait per slider and `traits`."""
    sliders = {
        key: (traitlets.Int() if spec.kind == "int" else traitlets.Float()).tag(sync=True)
        for key, spec in specs.items()
    }
    clash = [key for key in sliders if hasattr(BrowserView, key)]
    if clash:
        raise ValueError(f"slider name {clash[0]!r} is taken by the widget itself: rename the setting")
    members = {"_esm": WEB / f"{name}.js", "__module__": __name__, **sliders}
    members.update({key: trait.tag(sync=True) for key, trait in traits.items()})
    return type(f"{name.title().replace('_', '')}View", (BrowserView,), members)


def spec_payload(specs: Mapping[str, SliderSpec]) -> dict[str, dict[str, object]]:
    """The sliders' specs as the browser needs them to read a slider as the kernel does."""
    return {name: {"low": s.low, "high": s.high, "step": s.step, "kind": s.kind} for name, s in specs.items()}


def link_sliders(sliders: Mapping[str, widgets.Widget], view: BrowserView) -> list[widgets.Link]:
    """Link each slider's value to the view's trait of the same name, inside the browser.

    sliders: the sliders by the view's trait names; view: the browser view they drive. The browser
    paces what the sliders and the view send the kernel during a drag (`web/src/pace.js`). Returns the
    links, which must be kept alive as long as the view.
    """
    view.paced = [*view.paced, *(s for s in [*sliders.values(), view] if s not in view.paced)]
    return [widgets.jslink((made, "value"), (view, name)) for name, made in sliders.items()]
