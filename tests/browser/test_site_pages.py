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

import build_site
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


def open_page(context: Any, base: str, path: str) -> OpenPage:
    """Open `path` on the site; console errors, page errors and failed requests are problems,
    except external fonts and analytics, which cannot load without internet."""
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
    page.wait_for_load_state("networkidle")
    return OpenPage(page, problems)


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.name for p in NOTEBOOKS])
def test_every_chapter_page_reads_as_its_notebook(path: Path, site_url: str, site_context: Any) -> None:
    notebook = Notebook.read(path)
    opened = open_page(site_context, site_url, f"{notebook.name}.html")
    page = opened.page
    try:
        with screenshot_on_failure(page, artifact_name("site", notebook.name)):
            assert page.locator("article h1").first.inner_text().strip().rstrip("#").strip() == notebook.title
            assert page.title().startswith(notebook.title)

            images = page.locator("article .cell_output img")
            alts = [images.nth(i).get_attribute("alt") for i in range(images.count())]
            assert None not in notebook.alts, f"{path.name}: a still without alt text"
            assert alts == notebook.alts
            assert all(alt and alt.strip() for alt in alts)
            widths = page.evaluate(
                "() => [...document.querySelectorAll('article .cell_output img')]"
                ".map((i) => [i.complete && i.naturalWidth > 0, i.getBoundingClientRect().right,"
                " i.closest('article').getBoundingClientRect().right])"
            )
            assert all(loaded for loaded, _, _ in widths), "a still did not load"
            assert all(right <= edge + 1 for _, right, edge in widths), "a still sticks out of the column"

            binder = gd_site.binder_url({**theme_options()}, notebook.name)
            launch = page.locator("a[href*='mybinder.org']").first.get_attribute("href")
            assert launch == binder
            assert urlparse(launch).query.endswith(f"lab/tree/notebooks/{path.name}")

            notes = page.locator(f"p.{gd_site.LIVE_NOTE_CLASS}")
            assert notes.count() == notebook.live_explorers
            for i in range(notes.count()):
                assert notes.nth(i).inner_text().startswith("The picture above is live on Binder")
                assert notes.nth(i).locator("a").get_attribute("href") == binder
            assert page.locator(f"script[type='{gd_site.WIDGET_VIEW}']").count() == 0

            assert opened.problems == []
    finally:
        page.close()


def test_the_sidebar_lists_the_pages_in_course_order(site_url: str, site_context: Any) -> None:
    opened = open_page(site_context, site_url, "index.html")
    page = opened.page
    try:
        with screenshot_on_failure(page, artifact_name("site", "sidebar")):
            page.wait_for_url(re.compile(r"/00_start_here\.html$"))
            links = page.locator("nav.bd-docs-nav li.toctree-l1 > a")
            listed = [links.nth(i).inner_text().strip() for i in range(links.count())]
            assert listed == [Notebook.read(p).title for p in NOTEBOOKS]
            links.nth(len(NOTEBOOKS) - 1).click()
            page.wait_for_url(re.compile(rf"/{re.escape(NOTEBOOKS[-1].stem)}\.html$"))
            assert opened.problems == []
    finally:
        page.close()


@functools.cache
def theme_options() -> dict[str, Any]:
    """html_theme_options as site/conf.py sets them."""
    namespace: dict[str, Any] = {"__file__": str(ROOT / "site/conf.py")}
    exec((ROOT / "site/conf.py").read_text(), namespace)
    return namespace["html_theme_options"]
