"""The built static site in Chromium: every chapter page loads cleanly and says what it should.

The site is built (or reused, when nothing that decides it changed) by site/build_site.py and served
from a local http.server on a free loopback port, as any static host would serve it. One browser
context opens every page. What each page must show is read from the notebook itself, never listed
here: its first heading, its stills and their alt text, its live explorers.
"""

from __future__ import annotations

import functools
import http.server
import json
import re
import sys
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

import pytest
from gd_browser import ROOT, artifact_name, screenshot_on_failure

from tests.output_html import output_alts

sys.path.insert(0, str(ROOT / "site"))
sys.path.insert(0, str(ROOT / "tools"))

import build_site
import colab_cell
import gd_site

pytestmark = pytest.mark.browser

NOTEBOOKS = sorted((ROOT / "notebooks").glob("*.ipynb"))
#: External requests a page may fail to make here (no internet): web fonts and analytics only.
ALLOWED_EXTERNAL = re.compile(
    r"\.(woff2?|ttf|otf|eot)(\?|$)|fonts\.(googleapis|gstatic)\.com|analytics|gtag|plausible"
)


@dataclass(frozen=True)
class Notebook:
    """What a notebook's saved JSON says its page must show."""

    name: str
    title: str
    alts: list[str | None]
    live_explorers: int

    @classmethod
    def read(cls, path: Path) -> Notebook:
        cells = json.loads(path.read_text())["cells"]
        heading = next(
            line
            for cell in cells
            if cell["cell_type"] == "markdown"
            for line in "".join(cell["source"]).splitlines()
            if line.startswith("# ")
        )
        outputs = [o for c in cells if c["cell_type"] == "code" for o in c.get("outputs", [])]
        alts = [alt for o in outputs for alt in output_alts(o)]
        live = sum(gd_site.WIDGET_VIEW in o.get("data", {}) for o in outputs)
        return cls(path.stem, plain(heading[2:]), alts, live)


def plain(markdown: str) -> str:
    """A heading's text as a page shows it: without Markdown's emphasis and code marks."""
    return re.sub(r"[*`]", "", markdown).strip()


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture(scope="module")
def site_url() -> Iterator[str]:
    """The built site, served on a free loopback port for this module's tests."""
    site = build_site.build()
    handler = functools.partial(QuietHandler, directory=str(site.html))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)


@pytest.fixture(scope="module")
def site_context(browser: Any) -> Iterator[Any]:
    """One browser context for every page of the site."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    try:
        yield context
    finally:
        context.close()


@dataclass
class OpenPage:
    page: Any
    problems: list[str]


def open_page(context: Any, base: str, path: str, lands_on: re.Pattern[str] | None = None) -> OpenPage:
    """Open `path` on the site (and wait until it forwards to a URL matching `lands_on`, if given);
    console errors, page errors and failed requests are problems, except external fonts and
    analytics, which cannot load without internet."""
    page = context.new_page()
    problems: list[str] = []

    def local_or_needed(url: str) -> bool:
        return url.startswith(base) or not ALLOWED_EXTERNAL.search(url)

    def on_console(message: Any) -> None:
        if message.type == "error" and local_or_needed(message.location.get("url", "") or base):
            problems.append(f"console error: {message.text}")

    page.on("console", on_console)
    page.on("pageerror", lambda error: problems.append(f"page error: {error}"))
    page.on(
        "requestfailed",
        lambda request: local_or_needed(request.url) and problems.append(f"request failed: {request.url}"),
    )
    page.on(
        "response",
        lambda response: (
            response.status >= 400 and problems.append(f"HTTP {response.status}: {response.url}")
        ),
    )
    page.goto(f"{base}/{path}", wait_until="load")
    if lands_on is not None:
        page.wait_for_url(lands_on, wait_until="load")
    # Fonts load when first used, which can be after the load event; wait for them too.
    page.evaluate("() => document.fonts.ready.then(() => true)")
    return OpenPage(page, problems)


#: Everything a test reads from a page, in one round trip.
READ_PAGE_JS = """(live) => {
  const article = document.querySelector('article');
  const heading = article.querySelector('h1');
  const edge = article.getBoundingClientRect().right;
  return {
    title: heading ? heading.textContent.replace(/#$/, '').trim() : null,
    images: [...article.querySelectorAll('.cell_output img')].map((img) => ({
      alt: img.getAttribute('alt'),
      loaded: img.complete && img.naturalWidth > 0,
      inside: img.getBoundingClientRect().right <= edge + 1,
    })),
    launch: [...document.querySelectorAll('.dropdown-launch-buttons a[href*="mybinder.org"]')]
      .map((a) => a.getAttribute('href')),
    runLine: [...article.querySelectorAll('p.gd-launch a')].map((a) => a.getAttribute('href')),
    live: [...article.querySelectorAll('div.' + live)].map((div) => ({
      started: div.classList.contains('gd-started'),
      views: div.querySelectorAll('.gd-view svg').length,
      sliders: div.querySelectorAll('input[type=range]').length,
      notes: [...div.querySelectorAll('p.gd-live-note')].map((p) => ({
        text: p.textContent.trim(),
        links: [...p.querySelectorAll('a')].map((a) => a.getAttribute('href')),
      })),
    })),
    widgetScripts: document.querySelectorAll('script[type*="jupyter.widget"]').length,
    sidebar: [...document.querySelectorAll('nav.bd-docs-nav li.toctree-l1 > a')]
      .map((a) => [a.textContent.trim(), a.getAttribute('href')]),
  };
}"""


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.name for p in NOTEBOOKS])
def test_every_chapter_page_reads_as_its_notebook(path: Path, site_url: str, site_context: Any) -> None:
    notebook = Notebook.read(path)
    opened = open_page(site_context, site_url, f"{notebook.name}.html")
    try:
        with screenshot_on_failure(opened.page, artifact_name("site", notebook.name)):
            seen = opened.page.evaluate(READ_PAGE_JS, gd_site.LIVE_CLASS)
            assert seen["title"] == notebook.title
            assert opened.page.title().startswith(notebook.title)

            assert None not in notebook.alts, f"{path.name}: a still without alt text"
            assert [image["alt"] for image in seen["images"]] == notebook.alts
            assert all(image["loaded"] for image in seen["images"]), "a still did not load"
            assert all(image["inside"] for image in seen["images"]), "a still sticks out of the column"

            binder = gd_site.binder_url(theme_options(), notebook.name)
            assert seen["launch"] == [binder], "one launch button, to this notebook on Binder"
            assert urlparse(binder).query.endswith(f"lab/tree/notebooks/{path.name}")
            colab = colab_cell.colab_url(path.name)
            assert seen["runLine"] == [binder, colab], "under the title: this notebook on Binder and in Colab"

            assert len(seen["live"]) == notebook.live_explorers
            for live in seen["live"]:  # rebuilt from the saved widgets: sliders and the browser's picture
                assert live["started"] and live["views"] >= 1 and live["sliders"] >= 1, live
                for note in live["notes"]:  # what needs Python, in one sentence, linking Binder
                    assert "which need" in note["text"] and note["links"] == [binder], note
            assert seen["widgetScripts"] == 0

            expected = [[Notebook.read(p).title, f"{p.stem}.html"] for p in NOTEBOOKS]
            current = NOTEBOOKS.index(path)
            expected[current][1] = seen["sidebar"][current][1]  # the open page links to itself as "#"
            assert seen["sidebar"] == expected, "the sidebar lists every page, in course order"

            assert opened.problems == []
    finally:
        opened.page.close()


def test_the_site_opens_at_the_start_page(site_url: str, site_context: Any) -> None:
    start = re.compile(rf"/{re.escape(NOTEBOOKS[0].stem)}\.html$")
    opened = open_page(site_context, site_url, "index.html", lands_on=start)
    try:
        assert opened.page.title().startswith(Notebook.read(NOTEBOOKS[0]).title)
        assert opened.problems == []
    finally:
        opened.page.close()


@functools.cache
def theme_options() -> dict[str, Any]:
    """html_theme_options as site/conf.py sets them."""
    namespace: dict[str, Any] = {"__file__": str(ROOT / "site/conf.py")}
    exec((ROOT / "site/conf.py").read_text(), namespace)
    return namespace["html_theme_options"]


#: Each live explorer's views: frames painted, summaries, accessible names, and NaN anywhere in them.
LIVE_VIEWS_JS = """(live) => [...document.querySelectorAll('div.' + live)].map((div) => ({
  frames: [...div.querySelectorAll('.gd-view')].map((v) => Number(v.dataset.frames || 0)),
  summaries: [...div.querySelectorAll('.gd-view .gd-summary')].map((p) => p.textContent),
  names: [...div.querySelectorAll('.gd-view [role=img]')].map((f) => f.getAttribute('aria-label')),
  nan: [...div.querySelectorAll('svg *')]
    .some((n) => [...n.attributes].some((a) => /NaN|Infinity/.test(a.value))),
}))"""


@pytest.fixture(scope="module")
def offline_context(browser: Any, site_url: str) -> Iterator[tuple[Any, list[str]]]:
    """A browser context in which every request that is neither to the local site (over http or from
    its folder) nor a data or blob address is refused, and noted: a page must need nothing else."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    local = (site_url, build_site.build().html.as_uri(), "data:", "blob:")
    refused: list[str] = []

    def only_local(route: Any) -> None:
        url = route.request.url
        if url.startswith(local):
            route.continue_()
        else:
            refused.append(url)
            route.abort()

    context.route("**/*", only_local)
    try:
        yield context, refused
    finally:
        context.close()


def drag_across(page: Any, slider: Any) -> None:
    """Drag a range input's thumb from a quarter to three quarters of its track in 12 moves."""
    slider.scroll_into_view_if_needed()
    box = slider.bounding_box()
    y = box["y"] + box["height"] / 2
    start = box["x"] + box["width"] / 4
    slider.focus()
    page.mouse.move(start, y)
    page.mouse.down()
    for k in range(1, 13):
        page.mouse.move(start + k * box["width"] / 24, y)
    page.mouse.up()
    page.wait_for_timeout(100)


#: Every page with live explorers served over http; opened from its folder (file://), the playground,
#: which holds every explorer: what differs from file:// is how the page finds its files, not the views.
LIVE_PAGES = [
    pytest.param(path, how, id=f"{path.name}-{how}")
    for path in NOTEBOOKS
    if Notebook.read(path).live_explorers
    for how in (["http", "file"] if path.stem == "playground" else ["http"])
]


@pytest.mark.parametrize(("path", "how"), LIVE_PAGES)
def test_every_live_explorer_on_a_page_follows_keys_and_a_drag_offline(
    path: Path, how: str, site_url: str, offline_context: tuple[Any, list[str]]
) -> None:
    """With no kernel and no network, served over http or opened from its folder: a key press on each
    slider of each explorer, and a mouse drag of its first slider, repaint its picture and change its
    summary or its accessible name; no NaN or infinity reaches the SVG; no console error; and the page
    asked for nothing but its own files."""
    context, refused = offline_context
    notebook = Notebook.read(path)
    base = site_url if how == "http" else build_site.build().html.as_uri()
    opened = open_page(context, base, f"{notebook.name}.html")
    page = opened.page
    refused.clear()
    try:
        with screenshot_on_failure(page, artifact_name("site-live", how, notebook.name)):
            page.wait_for_function(
                f"(n) => document.querySelectorAll('div.{gd_site.LIVE_CLASS}.gd-started').length === n",
                arg=notebook.live_explorers,
                timeout=10_000,
            )
            holders = page.locator(f"div.{gd_site.LIVE_CLASS}")
            for k in range(holders.count()):
                sliders = holders.nth(k).locator("input[type=range]")
                for s in range(sliders.count()):
                    before = page.evaluate(LIVE_VIEWS_JS, gd_site.LIVE_CLASS)[k]
                    slider = sliders.nth(s)
                    slider.focus()
                    low = slider.evaluate("(el) => Number(el.value) <= Number(el.min)")
                    page.keyboard.press("ArrowLeft" if not low else "ArrowRight")
                    page.wait_for_timeout(100)
                    after = page.evaluate(LIVE_VIEWS_JS, gd_site.LIVE_CLASS)[k]
                    changed(before, after, f"{notebook.name}, explorer {k}, slider {s}, a key")
                before = page.evaluate(LIVE_VIEWS_JS, gd_site.LIVE_CLASS)[k]
                drag_across(page, sliders.nth(0))
                after = page.evaluate(LIVE_VIEWS_JS, gd_site.LIVE_CLASS)[k]
                changed(before, after, f"{notebook.name}, explorer {k}, a drag", frames=3)
            assert opened.problems == []
            assert refused == [], f"the page asked for more than its own files: {refused}"
    finally:
        page.close()


def changed(before: dict, after: dict, where: str, frames: int = 1) -> None:
    """Assert that an explorer repainted at least `frames` times, said or showed something new, and
    drew no NaN."""
    assert sum(after["frames"]) >= sum(before["frames"]) + frames, f"{where}: it did not repaint"
    assert (after["summaries"], after["names"]) != (before["summaries"], before["names"]), where
    assert not after["nan"], f"{where}: NaN or infinity in the picture"


#: Every text of each picture in a live explorer that sticks out of its picture (its SVG), with the
#: amount in CSS pixels: a label cut off at the figure's edge is lost to the reader.
TEXT_OUTSIDE_JS = """(holder) => {
  const out = [];
  for (const svg of holder.querySelectorAll('.gd-view svg')) {
    const frame = svg.getBoundingClientRect();
    for (const text of svg.querySelectorAll('text')) {
      if (!text.textContent.trim() || text.closest('defs') || !text.getClientRects().length) continue;
      const box = text.getBoundingClientRect();
      const over = Math.max(frame.left - box.left, box.right - frame.right, frame.top - box.top,
                            box.bottom - frame.bottom);
      if (over > 1) out.push(`${text.textContent.trim()} (${over.toFixed(1)} px out)`);
    }
  }
  return out;
}"""


def test_no_label_leaves_its_picture_at_any_corner_of_its_sliders(site_url: str, site_context: Any) -> None:
    """On the playground page, every explorer at every corner of its sliders (each at its low or its high
    end, visited in Gray-code order, so one key press a corner): no text of the picture lies outside it.
    A label on the number line once ran off at weight -1, input -2, goal_pred 2."""
    opened = open_page(site_context, site_url, "playground.html")
    page = opened.page
    try:
        with screenshot_on_failure(page, artifact_name("site-labels", "playground")):
            outside: list[str] = []
            for holder in page.locator(f"div.{gd_site.LIVE_CLASS}").all():
                sliders = holder.locator("input[type=range]").all()
                for slider in sliders:
                    slider.focus()
                    page.keyboard.press("Home")
                corner = 0
                for k in range(1, 2 ** len(sliders)):
                    flipped = (k ^ (k >> 1)) ^ corner
                    corner ^= flipped
                    slider = sliders[flipped.bit_length() - 1]
                    slider.focus()
                    page.keyboard.press("End" if corner & flipped else "Home")
                    page.wait_for_timeout(30)
                    ends = "".join("+" if corner >> b & 1 else "-" for b in range(len(sliders)))
                    outside += [f"corner {ends}: {text}" for text in holder.evaluate(TEXT_OUTSIDE_JS)]
            assert outside == [], "\n".join(outside[:20])
    finally:
        page.close()
