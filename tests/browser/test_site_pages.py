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
        alts = [
            o.get("metadata", {}).get(mime, {}).get("alt")
            for o in outputs
            for mime in gd_site.IMAGE_TYPES
            if mime in o.get("data", {})
        ]
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


@pytest.mark.parametrize(
    "path", [p for p in NOTEBOOKS if Notebook.read(p).live_explorers], ids=lambda p: p.name
)
def test_every_live_explorer_on_a_page_follows_its_sliders(
    path: Path, site_url: str, site_context: Any
) -> None:
    """With no kernel: a key press on each slider of each explorer repaints its picture and changes its
    summary or its accessible name, and no NaN or infinity reaches the SVG."""
    notebook = Notebook.read(path)
    opened = open_page(site_context, site_url, f"{notebook.name}.html")
    page = opened.page
    try:
        with screenshot_on_failure(page, artifact_name("site-live", notebook.name)):
            holders = page.locator(f"div.{gd_site.LIVE_CLASS}")
            assert holders.count() == notebook.live_explorers
            for k in range(holders.count()):
                sliders = holders.nth(k).locator("input[type=range]")
                for s in range(sliders.count()):
                    before = page.evaluate(LIVE_VIEWS_JS, gd_site.LIVE_CLASS)[k]
                    slider = sliders.nth(s)
                    slider.focus()
                    low = slider.evaluate("(el) => Number(el.value) <= Number(el.min)")
                    page.keyboard.press("ArrowLeft" if not low else "ArrowRight")
                    page.wait_for_timeout(150)
                    after = page.evaluate(LIVE_VIEWS_JS, gd_site.LIVE_CLASS)[k]
                    where = f"{notebook.name}, explorer {k}, slider {s}"
                    assert sum(after["frames"]) > sum(before["frames"]), f"{where}: nothing repainted"
                    assert (after["summaries"], after["names"]) != (before["summaries"], before["names"]), (
                        where
                    )
                    assert not after["nan"], f"{where}: NaN or infinity in the picture"
            assert opened.problems == []
    finally:
        page.close()
