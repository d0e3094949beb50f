#!/usr/bin/env python3
"""How a browser-drawn explorer follows the hand: frames painted during a mouse drag, bytes received,
and key press to painted frame against the naive `interact` baseline, all measured in one run.

    .venv/bin/python benchmarks/bench_browser.py [--seconds 2] [--repeats 3] [--presses 20]

Starts a private JupyterLab and a scratch notebook with the explorers and the baseline (`interactive`
with the inline backend, re-creating the figure on every change). For every slider of every explorer
it drags the handle `--repeats` times for `--seconds` at 60 pointer moves a second through Chromium's
own input pipeline (CDP Input.dispatchMouseEvent, paced by wall time) and counts the frames in which
the picture changed (an SVG mutation or a canvas draw, counted once per animation frame; a readout
does not count); the table shows the median of the drags. It does this at device pixel ratio 1 and 2,
and at ratio 1 again through a loopback proxy that delays each direction by half of an 80 ms round
trip and caps it at 10 Mbit/s, as a remote kernel's link would; the bytes the page received during
each drag over that link are counted by the proxy.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import functools
import http.server
import itertools
import json
import os
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests" / "browser"))

from gd_browser import (  # noqa: E402  (the browser helpers live with the browser tests)
    CHROMIUM_FLAGS,
    JupyterLab,
    find_chromium,
    free_port,
    run_all_cells,
    wait_for_idle_kernel,
    wait_for_stable_page,
)

EXPLORERS = {
    "parabola": "gd.explorers.ParabolaExplorer()",
    "compare": "gd.explorers.CompareExplorer()",
    "direction": "gd.explorers.DirectionExplorer()",
    "hot and cold": "gd.explorers.HotAndColdExplorer()",
    "regime map": "gd.explorers.RegimeMapExplorer()",
    "generalized": "gd.explorers.GeneralizedExplorer()",
}
BASELINE = """%matplotlib inline
import ipywidgets as widgets
import matplotlib.pyplot as plt
from gdcourse.figures import LearningView, draw_learning
from gdcourse.settings import ParabolaSettings

def show(weight):
    figure = plt.figure(figsize=LearningView.SIZE)
    draw_learning(figure, ParabolaSettings(weight=weight))
    plt.show()

slider = widgets.FloatSlider(value=0.5, min=-1, max=2, step=0.01, description="weight")
baseline = widgets.interactive(show, weight=slider)
baseline.add_class("gd-bench-baseline")
baseline"""

#: Installed before JupyterLab loads. Per explorer box: the frames in which its picture changed (SVG
#: mutations or canvas draws, counted once per animation frame) and when the last change was painted;
#: and when the last key went down (the event's own time stamp, taken when the input arrived). A change
#: counts as painted when a task posted at the change runs: tasks wait until the frame's rendering ends.
INSTRUMENT_JS = """
window.__keydown = 0; window.__changed = new Set(); window.__frames = new Map(); window.__painted = new Map();
document.addEventListener('keydown', (event) => { window.__keydown = event.timeStamp; }, true);
const boxOf = (node) => node && node.closest && node.closest('.gd-explorer, .gd-bench-baseline');
const after = new MessageChannel();
let waiting = new Set();
after.port1.onmessage = () => {  // the first change painted after the last key press, per box
  const now = performance.now();
  for (const box of waiting) {
    if ((window.__painted.get(box) || 0) <= window.__keydown) window.__painted.set(box, now);
  }
  waiting = new Set();
};
const changed = (box) => {
  if (!waiting.size) after.port2.postMessage(0);
  waiting.add(box);
  window.__changed.add(box);
};
const text = (nodes) => [...nodes].map((n) => (n.nodeType === 3 ? n.data : null));
const same = (r) => r.type === 'attributes' ? r.oldValue === r.target.getAttribute(r.attributeName)
  : r.type === 'characterData' ? r.oldValue === r.target.data
  : text(r.addedNodes).every((t) => t !== null)
    && text(r.addedNodes).join('') === text(r.removedNodes).join('');
window.__observer = new MutationObserver((records) => {  // a rewrite with the same value does not count
  for (const r of records) {
    if (same(r)) continue;
    const el = r.target.nodeType === 1 ? r.target : r.target.parentElement;
    const image = [...r.addedNodes].some(
      (n) => n.nodeType === 1 && (n.tagName === 'IMG' || n.querySelector?.('img')));
    const box = el && (el.closest('svg') || el.tagName === 'IMG' || image) ? boxOf(el) : null;
    if (box) changed(box);
  }
});
// Only the boxes measured are watched (`watch`, once the notebook has run): watching the whole page
// would make the instrument itself a cost of every change JupyterLab makes.
window.__watch = (box) => window.__observer.observe(box, {subtree: true, attributes: true, childList: true,
  characterData: true, attributeOldValue: true, characterDataOldValue: true});
for (const name of ['drawImage', 'putImageData']) {  // a canvas drawn on counts as a change too
  const draw = CanvasRenderingContext2D.prototype[name];
  CanvasRenderingContext2D.prototype[name] = function (...args) {
    const box = boxOf(this.canvas); if (box) changed(box);
    return draw.apply(this, args);
  };
}
const tick = () => {
  for (const box of window.__changed) window.__frames.set(box, (window.__frames.get(box) || 0) + 1);
  window.__changed.clear();
  requestAnimationFrame(tick);
};
requestAnimationFrame(tick);
"""

FRAMES_JS = "(el) => window.__frames.get(el) || 0"
PAINTED_AFTER_KEY_JS = """(el) => new Promise((resolve) => {
  const given = performance.now();
  const check = () => {
    if (performance.now() - given > 10000) { resolve(NaN); return; }
    const t = window.__painted.get(el) || 0;
    if (t > window.__keydown) resolve(t - window.__keydown); else setTimeout(check, 5);
  };
  check();
})"""


class Link:
    """A loopback TCP proxy that delays each direction by `delay` seconds and caps it at `rate` bytes/s;
    it counts the bytes it sends to the browser."""

    def __init__(self, target_port: int, delay: float, rate: float) -> None:
        self.target, self.delay, self.rate = target_port, delay, rate
        self.port, self.received = free_port(), 0
        self.loop = asyncio.new_event_loop()
        self.thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        asyncio.set_event_loop(self.loop)
        self.loop.run_until_complete(self._serve())

    async def _serve(self) -> None:
        self.server = await asyncio.start_server(self._client, "127.0.0.1", self.port)
        async with self.server:
            with contextlib.suppress(asyncio.CancelledError):  # stop() closed the server
                await self.server.serve_forever()

    async def _pipe(self, reader, writer, to_browser: bool) -> None:
        queue: asyncio.Queue = asyncio.Queue()

        async def send() -> None:
            free_at = 0.0
            while (item := await queue.get()) is not None:
                due, data = item
                await asyncio.sleep(max(0.0, due - time.monotonic()))
                free_at = max(free_at, time.monotonic()) + len(data) / self.rate
                await asyncio.sleep(max(0.0, free_at - time.monotonic()))
                writer.write(data)
                await writer.drain()
                if to_browser:
                    self.received += len(data)
            writer.close()

        sender = asyncio.ensure_future(send())
        while data := await reader.read(65536):
            queue.put_nowait((time.monotonic() + self.delay, data))
        queue.put_nowait(None)
        await sender

    async def _client(self, reader, writer) -> None:
        up_reader, up_writer = await asyncio.open_connection("127.0.0.1", self.target)
        await asyncio.gather(
            self._pipe(reader, up_writer, False), self._pipe(up_reader, writer, True), return_exceptions=True
        )

    def start(self) -> None:
        self.thread.start()
        time.sleep(0.3)

    def stop(self) -> None:
        if self.thread.is_alive():
            self.loop.call_soon_threadsafe(self.server.close)


def notebook_json() -> str:
    sources = ["import gdcourse as gd"] + [f"{code}" for code in EXPLORERS.values()] + [BASELINE]
    cells = [
        {"cell_type": "code", "metadata": {}, "source": s, "outputs": [], "execution_count": None}
        for s in sources
    ]
    meta = {"kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"}}
    return json.dumps({"cells": cells, "metadata": meta, "nbformat": 4, "nbformat_minor": 5})


class Pointer:
    """Chromium's input pipeline, driven over a second DevTools connection that never waits for replies.

    Playwright's CDP session waits for each event's acknowledgement, so a drag sent through it moves only
    as fast as the page answers (22 to 48 moves a second here). This one sends each move when the wall
    clock says so, as a hand would; the replies are read and dropped by a thread of their own.
    """

    def __init__(self, port: int, target: str) -> None:
        from websockets.sync.client import connect

        self.socket = connect(f"ws://127.0.0.1:{port}/devtools/page/{target}", max_size=None)
        self.ids = itertools.count(1)
        threading.Thread(target=self._drop_replies, daemon=True).start()

    def _drop_replies(self) -> None:
        for _reply in self.socket:
            pass

    def mouse(self, kind: str, x: float, y: float, pressed: bool) -> None:
        """One mouse event at (x, y) in CSS pixels, the left button `pressed` or not."""
        params = {"type": kind, "x": x, "y": y, "buttons": 1 if pressed else 0}
        if kind != "mouseMoved":
            params |= {"button": "left", "clickCount": 1}
        elif pressed:
            params["button"] = "left"  # a native range input follows only moves that say which button
        message = {"id": next(self.ids), "method": "Input.dispatchMouseEvent", "params": params}
        self.socket.send(json.dumps(message))

    def close(self) -> None:
        self.socket.close()


def to_low_end(page, handle) -> None:
    """Put a slider at its low end (the Home key), in view, so a drag can cross all its values.

    handle: what takes the keys (a noUiSlider handle in JupyterLab, a range input on the website).
    """
    handle.scroll_into_view_if_needed()
    handle.focus()
    page.keyboard.press("Home")
    page.wait_for_timeout(500)


def in_view(box, handle) -> None:
    """Scroll the whole explorer `box` into view, as a learner watching it would have it, keeping the
    slider `handle` in view: a picture scrolled off the screen costs the browser nothing to paint, so
    a drag with it half hidden would count frames nobody saw."""
    box.evaluate("(el) => el.scrollIntoView({block: 'start'})")
    handle.scroll_into_view_if_needed()
    box.page.wait_for_timeout(300)


def lab_track(handle) -> tuple[float, float, float]:
    """Where a drag of an ipywidgets slider starts (its handle at the low end) and how far it goes:
    (x, y, span) in CSS pixels, 90% of the rest of its track."""
    box = handle.bounding_box()
    track = handle.locator("xpath=ancestor::*[contains(@class,'noUi-target')]").bounding_box()
    x0, y = box["x"] + box["width"] / 2, box["y"] + box["height"] / 2
    return x0, y, 0.9 * (track["x"] + track["width"] - x0)


def site_track(range_input) -> tuple[float, float, float]:
    """The same for the website's native range input: its thumb at the low end, 90% of the track."""
    box = range_input.bounding_box()
    thumb = min(16.0, box["width"] / 10)  # the thumb's width: it travels the input's width less this
    x0, y = box["x"] + thumb / 2, box["y"] + box["height"] / 2
    return x0, y, 0.9 * (box["width"] - thumb)


def drag(pointer: Pointer, track: tuple[float, float, float], seconds: float) -> tuple[int, float]:
    """Drag from track's (x, y) over its span and back, twice in `seconds`, at 60 moves a second by the
    wall clock; return the moves sent and the seconds from the press to the release.

    Start at the low end (`to_low_end`), so every slider, however few its values (iterations has 50),
    changes value on nearly every move.
    """
    x0, y, span = track
    pointer.mouse("mouseMoved", x0, y, False)
    pointer.mouse("mousePressed", x0, y, True)
    start, moves = time.monotonic(), 0
    while (now := time.monotonic()) - start < seconds:
        phase = (now - start) / seconds * 2  # out and back twice
        pointer.mouse("mouseMoved", x0 + span * (1 - abs((phase % 1) * 2 - 1)), y, True)
        moves += 1
        time.sleep(max(0.0, start + moves / 60 - time.monotonic()))
    pointer.mouse("mouseReleased", x0, y, False)
    return moves, time.monotonic() - start


def drags(page, pointer, box, handle, track, seconds: float, repeats: int, link, say) -> tuple[float, ...]:
    """`repeats` drags of one slider (`handle` takes its keys, `track` from lab_track or site_track) in
    `box`: the medians of moves/s, frames/s and bytes received over `link` (0 without one)."""
    runs = []
    for _ in range(repeats):
        to_low_end(page, handle)
        in_view(box, handle)
        frames_before = box.evaluate(FRAMES_JS)
        bytes_before = link.received if link else 0
        moves, took = drag(pointer, track(handle), seconds)
        page.wait_for_timeout(100)  # the last move's frame
        frames = box.evaluate(FRAMES_JS) - frames_before
        runs.append((moves / took, frames / took, (link.received - bytes_before) if link else 0))
        say(f"{frames / took:.1f} frames/s over {moves / took:.0f} moves/s")
        page.wait_for_timeout(800)  # let the kernel catch up before the next drag
    return tuple(statistics.median(column) for column in zip(*runs, strict=True))


def open_browser(playwright, chromium: str, scale: float):
    """Chromium with a DevTools port for the Pointer, and a page instrumented to count frames."""
    devtools = free_port()
    browser = playwright.chromium.launch(
        executable_path=chromium, args=[*CHROMIUM_FLAGS, f"--remote-debugging-port={devtools}"]
    )
    page = browser.new_page(viewport={"width": 1400, "height": 1000}, device_scale_factor=scale)
    page.add_init_script(INSTRUMENT_JS)
    return browser, page, devtools


def pointer_for(page, devtools: int) -> Pointer:
    cdp = page.context.new_cdp_session(page)
    return Pointer(devtools, cdp.send("Target.getTargetInfo")["targetInfo"]["targetId"])


def measure(
    chromium: str,
    lab: JupyterLab,
    scale: float,
    link: Link | None,
    seconds: float,
    repeats: int,
    presses: int,
):
    from playwright.sync_api import sync_playwright

    rows, keys = [], {}
    with sync_playwright() as playwright:
        browser, page, devtools = open_browser(playwright, chromium, scale)
        url = lab.url("/lab/tree/bench.ipynb?reset")
        if link is not None:
            url = url.replace(f":{lab.port}/", f":{link.port}/")
        say = lambda what: print(f"  ratio {scale:g}: {what}", file=sys.stderr, flush=True)  # noqa: E731
        page.goto(url)
        wait_for_idle_kernel(page, 120)
        say("kernel idle")
        run_all_cells(page, len(EXPLORERS) + 2, 240)
        wait_for_stable_page(page)
        say("notebook run")
        pointer = pointer_for(page, devtools)
        boxes = page.locator(".gd-explorer")
        for box in page.locator(".gd-explorer, .gd-bench-baseline").all():
            box.evaluate("(el) => window.__watch(el)")
        for k, name in enumerate(EXPLORERS):
            box = boxes.nth(k)
            for slider in box.locator("[class*='gd-slider-']").all():
                kind = next(c for c in slider.get_attribute("class").split() if c.startswith("gd-slider-"))[
                    10:
                ]
                handle = slider.locator(".noUi-handle")
                tell = lambda what, name=name, kind=kind: say(f"{name}, {kind}: {what}")  # noqa: E731
                rows.append(
                    (name, kind, *drags(page, pointer, box, handle, lab_track, seconds, repeats, link, tell))
                )
        if presses:
            for name, box in (
                ("parabola explorer, weight", boxes.nth(0)),
                ("baseline", page.locator(".gd-bench-baseline")),
            ):
                handle = box.locator(".noUi-handle").first
                times = []
                for p in range(presses):
                    handle.focus()
                    page.wait_for_timeout(300)
                    page.keyboard.press("ArrowRight" if (p // 5) % 2 == 0 else "ArrowLeft")
                    times.append(box.evaluate(PAINTED_AFTER_KEY_JS))
                keys[name] = statistics.median(times)
        pointer.close()
        # Each phase starts with a kernel of its own, as a learner's one run of a notebook would have: a
        # kernel that ran the notebook twice before would still hold the earlier explorers.
        page.evaluate("() => window.jupyterapp.shell.currentWidget.sessionContext.shutdown()")
        browser.close()
    return rows, keys


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args) -> None:
        pass


def measure_site(chromium: str, page_name: str, scale: float, seconds: float, repeats: int) -> list[tuple]:
    """Drag every slider of every live explorer on a page of the website (built from the notebooks as
    saved, served over http as a static host would; no kernel): rows as `measure` gives them."""
    sys.path.insert(0, str(ROOT / "site"))
    import build_site
    from playwright.sync_api import sync_playwright

    html = build_site.build().html
    server = http.server.ThreadingHTTPServer(
        ("127.0.0.1", 0), functools.partial(QuietHandler, directory=str(html))
    )
    threading.Thread(target=server.serve_forever, daemon=True).start()
    rows = []
    try:
        with sync_playwright() as playwright:
            browser, page, devtools = open_browser(playwright, chromium, scale)
            page.goto(f"http://127.0.0.1:{server.server_address[1]}/{page_name}.html")
            page.wait_for_selector(".gd-live.gd-started")
            wait_for_stable_page(page)
            pointer = pointer_for(page, devtools)
            for box in page.locator(".gd-live .gd-explorer").all():
                box.evaluate("(el) => window.__watch(el)")
                names = box.evaluate(
                    "(el) => [...el.querySelectorAll('.gd-view')].map((v) => v.className.split('-view-')[1])"
                )
                name = " + ".join(n.replace("_", " ") for n in names)
                for slider in box.locator("input[type=range]").all():
                    kind = box.locator(f"label[for='{slider.get_attribute('id')}']").inner_text()
                    say = lambda what, name=name, kind=kind: print(  # noqa: E731
                        f"  site, ratio {scale:g}: {name}, {kind}: {what}", file=sys.stderr, flush=True
                    )
                    rows.append(
                        (
                            name,
                            kind,
                            *drags(page, pointer, box, slider, site_track, seconds, repeats, None, say),
                        )
                    )
            pointer.close()
            browser.close()
    finally:
        server.shutdown()
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=2.0)
    parser.add_argument("--repeats", type=int, default=3, help="drags of each slider (medians are shown)")
    parser.add_argument("--presses", type=int, default=20)
    parser.add_argument(
        "--only", nargs="*", choices=list(EXPLORERS), help="the explorers to drag (default all)"
    )
    parser.add_argument(
        "--site-page", default="playground", help="the website's page to drag on ('' for none)"
    )
    args = parser.parse_args()
    for name in set(EXPLORERS) - set(args.only or EXPLORERS):
        del EXPLORERS[name]
    chromium, where = find_chromium(os.environ, None)
    if chromium is None:
        sys.exit(where)
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "nb"
        root.mkdir()
        (root / "bench.ipynb").write_text(notebook_json())
        lab = JupyterLab(root=root, state=Path(tmp) / "state")
        lab.state.mkdir()
        lab.start()
        link = Link(lab.port, delay=0.040, rate=10e6 / 8)
        try:
            local, keys = measure(chromium, lab, 1, None, args.seconds, args.repeats, args.presses)
            hidpi, _ = measure(chromium, lab, 2, None, args.seconds, args.repeats, 0)
            link.start()
            remote, _ = measure(chromium, lab, 1, link, args.seconds, args.repeats, 0)
        finally:
            link.stop()
            lab.stop()
    print(
        f"Frames painted per second while a slider is dragged for {args.seconds:g} s at 60 moves a second,"
        f" medians of {args.repeats} drags"
    )
    print("(moves/s is what the driver achieved; kB is what the page received during the drag over the link)")
    print()
    print("| explorer | slider | moves/s | ratio 1 | ratio 2 | 80 ms, 10 Mbit/s | kB over the link |")
    print("| --- | --- | --- | --- | --- | --- | --- |")
    for (name, kind, moves, one, _), (*_, two, _b), (*_, far, received) in zip(
        local, hidpi, remote, strict=True
    ):
        print(
            f"| {name} | {kind} | {moves:.0f} | {one:.1f} | {two:.1f} | {far:.1f} | {received / 1000:.0f} |"
        )
    if keys:
        base = keys["baseline"]
        print()
        print(f"Key press to the painted frame, medians of {args.presses}")
        print()
        print("| approach | median | ratio to baseline |")
        print("| --- | --- | --- |")
        print(f"| baseline: `interactive` re-creating the figure (inline backend) | {base:.0f} ms | 1.0x |")
        ours = keys["parabola explorer, weight"]
        print(f"| parabola explorer, weight slider | {ours:.1f} ms | {base / ours:.0f}x faster |")
    sys.stdout.flush()
    if args.site_page:  # after the JupyterLab tables are out, so a failure here loses nothing above
        site = [measure_site(chromium, args.site_page, scale, args.seconds, args.repeats) for scale in (1, 2)]
        print()
        print(f"On the website's {args.site_page} page (no kernel), medians of {args.repeats} drags")
        print()
        print("| explorer | slider | moves/s | ratio 1 | ratio 2 |")
        print("| --- | --- | --- | --- | --- |")
        for (name, kind, moves, one, _), (*_, two, _b) in zip(*site, strict=True):
            print(f"| {name} | {kind} | {moves:.0f} | {one:.1f} | {two:.1f} |")


if __name__ == "__main__":
    main()
