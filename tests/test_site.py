"""The static site: its stack installs with the course's, it builds with warnings as errors, and
our extension does its three jobs (course order, live explorers as a Binder line, alt text).

The browser test of the built pages is tests/browser/test_site_pages.py.
"""

from __future__ import annotations

import base64
import gzip
import hashlib
import json
import re
import shutil
import struct
import subprocess
import sys
import zlib
from html.parser import HTMLParser
from pathlib import Path

import nbformat
import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "site"))

import build_site  # noqa: E402
import gd_site  # noqa: E402

SITE_STACK = ["sphinx", "myst-nb", "sphinx-book-theme"]
THEME = {
    "repository_url": "https://github.com/someone/course",
    "repository_branch": "trunk",
    "path_to_docs": "notebooks",
    "launch_buttons": {"binderhub_url": "https://binder.example/"},
}


def png(red: int, green: int, blue: int) -> bytes:
    """A valid 1x1 PNG of one colour: distinct colours give distinct bytes, hence distinct names."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    pixels = zlib.compress(bytes([0, red, green, blue]))
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")


def image_output(data: bytes, alt: str | None) -> nbformat.NotebookNode:
    metadata = {"image/png": {"alt": alt}} if alt is not None else {}
    return nbformat.v4.new_output(
        "display_data",
        data={"image/png": base64.b64encode(data).decode(), "text/plain": "<Image>"},
        metadata=metadata,
    )


def widget_output() -> nbformat.NotebookNode:
    view = {"model_id": "abc123", "version_major": 2, "version_minor": 0}
    return nbformat.v4.new_output("display_data", data={gd_site.WIDGET_VIEW: view, "text/plain": "VBox(...)"})


class Page(HTMLParser):
    """What a test reads from a built page: images with their alt, links, live notes, scripts."""

    def __init__(self, path: Path) -> None:
        super().__init__()
        self.images: list[tuple[str, str | None]] = []
        self.live_links: list[str] = []
        self.scripts: list[dict[str, str | None]] = []
        self._in_note = False
        self.feed(path.read_text())

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        if tag == "img" and "_images/" in (found.get("src") or ""):
            self.images.append((found["src"] or "", found.get("alt")))
        elif tag == "p" and gd_site.LIVE_NOTE_CLASS in (found.get("class") or ""):
            self._in_note = True
        elif tag == "a" and self._in_note:
            self.live_links.append(found.get("href") or "")
        elif tag == "script":
            self.scripts.append(found)

    def handle_endtag(self, tag: str) -> None:
        if tag == "p":
            self._in_note = False


# --- The stack ----------------------------------------------------------------------------------


def test_the_site_stack_is_pinned_on_its_own_and_in_the_test_environment() -> None:
    pins = {}
    for line in (ROOT / "requirements-site.txt").read_text().splitlines():
        line = line.split("#")[0].strip()
        if line:
            name, _, version = line.partition("==")
            assert version, f"requirements-site.txt: {line!r} is not pinned with =="
            pins[name.lower()] = version
    assert set(SITE_STACK) <= set(pins)
    assert "-r requirements-site.txt" in (ROOT / "requirements-test.txt").read_text().splitlines()
    assert "sphinx" not in (ROOT / "requirements.txt").read_text().lower(), "learners do not need the site"


def test_the_site_stack_installs_alongside_the_jupyter_stack() -> None:
    result = subprocess.run([sys.executable, "-m", "pip", "check"], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def site_theme_options() -> dict:
    """html_theme_options as site/conf.py sets them."""
    namespace: dict = {"__file__": str(ROOT / "site/conf.py")}
    exec((ROOT / "site/conf.py").read_text(), namespace)
    return namespace["html_theme_options"]


def test_the_site_binder_links_name_the_readme_badge_repository() -> None:
    badge = re.search(r"mybinder\.org/v2/gh/([^/]+)/([^/]+)/([^?]+)\?", (ROOT / "README.md").read_text())
    assert badge, "README.md has no Binder badge"
    url = gd_site.binder_url(site_theme_options(), "00_start_here")
    assert url.startswith(f"https://mybinder.org/v2/gh/{badge[1]}/{badge[2]}/{badge[3]}?")


# --- Pure parts of the extension ------------------------------------------------------------------


def test_binder_url_opens_the_notebook_in_jupyterlab() -> None:
    assert gd_site.binder_url(THEME, "02_x") == (
        "https://binder.example/v2/gh/someone/course/trunk?urlpath=lab/tree/notebooks/02_x.ipynb"
    )
    top_level = {**THEME, "path_to_docs": ""}
    assert gd_site.binder_url(top_level, "a").endswith("?urlpath=lab/tree/a.ipynb")


@pytest.mark.parametrize(
    ("options", "named"),
    [
        ({**THEME, "repository_url": "https://gitlab.com/a/b"}, "repository_url"),
        ({**THEME, "repository_url": "https://github.com/only-owner"}, "repository_url"),
        ({**THEME, "launch_buttons": {}}, "binderhub_url"),
    ],
)
def test_binder_url_refuses_what_it_cannot_link(options: dict, named: str) -> None:
    with pytest.raises(ValueError, match=named):
        gd_site.binder_url(options, "x")


def test_image_alts_match_each_still_by_the_name_myst_nb_gives_it() -> None:
    red, blue = png(255, 0, 0), png(0, 0, 255)
    notebook = nbformat.v4.new_notebook(
        cells=[
            nbformat.v4.new_code_cell("show()", outputs=[image_output(red, "red"), image_output(blue, None)])
        ]
    )
    alts = gd_site.image_alts(json.loads(nbformat.writes(notebook)))
    assert alts == {hashlib.sha256(red).hexdigest(): "red", hashlib.sha256(blue).hexdigest(): None}


def test_the_site_reader_drops_widget_state_and_nbval_markers_only() -> None:
    notebook = nbformat.v4.new_notebook(
        cells=[
            nbformat.v4.new_code_cell("# NBVAL_IGNORE_OUTPUT\nx = 1  # NBVAL_SKIP stays: not alone\nx"),
            nbformat.v4.new_markdown_cell("# NBVAL_IGNORE_OUTPUT is a heading here"),
        ],
        metadata={
            "widgets": {gd_site.WIDGET_STATE: {"state": {"m": {}}}},
            "kernelspec": {"name": "python3", "display_name": "Python 3"},
        },
    )
    read = gd_site.read_notebook(nbformat.writes(notebook))
    assert "widgets" not in read.metadata
    assert read.metadata.kernelspec.name == "python3"
    assert read.cells[0].source == "x = 1  # NBVAL_SKIP stays: not alone\nx"
    assert read.cells[1].source == notebook.cells[1].source


def test_course_order_is_by_file_name() -> None:
    assert gd_site.course_order(["playground", "02_b", "00_start", "10_late", "01_a"]) == [
        "00_start",
        "01_a",
        "02_b",
        "10_late",
        "playground",
    ]


# --- The cache ------------------------------------------------------------------------------------


def fake_root(tmp_path: Path) -> Path:
    for name, text in {
        "notebooks/00_start_here.ipynb": "{}",
        "site/conf.py": "x = 1",
        "requirements-site.txt": "sphinx==1",
        "README.md": "readme",
    }.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text)
    return tmp_path


@pytest.mark.parametrize(
    "changed",
    ["notebooks/00_start_here.ipynb", "notebooks/01_new.ipynb", "site/conf.py", "requirements-site.txt"],
)
def test_the_fingerprint_changes_with_what_decides_the_site(tmp_path: Path, changed: str) -> None:
    root = fake_root(tmp_path)
    before = build_site.fingerprint(root)
    (root / changed).write_text("changed")
    assert build_site.fingerprint(root) != before


@pytest.mark.parametrize(
    "unrelated",
    [
        "README.md",
        "notebooks/.ipynb_checkpoints/00_start_here-checkpoint.ipynb",
        "site/__pycache__/conf.pyc",
        "x.py",
    ],
)
def test_the_fingerprint_ignores_what_does_not(tmp_path: Path, unrelated: str) -> None:
    root = fake_root(tmp_path)
    before = build_site.fingerprint(root)
    (root / unrelated).parent.mkdir(parents=True, exist_ok=True)
    (root / unrelated).write_text("changed")
    assert build_site.fingerprint(root) == before


# --- Building -------------------------------------------------------------------------------------


def test_the_site_builds_every_notebook_with_warnings_as_errors() -> None:
    site = build_site.build()
    notebooks = sorted(p.stem for p in (ROOT / "notebooks").glob("*.ipynb"))
    assert notebooks, "no notebooks"
    for name in notebooks:
        assert (site.html / f"{name}.html").is_file(), name
    assert 'url=00_start_here.html"' in site.index.read_text()
    assert (site.html / ".nojekyll").is_file(), "GitHub Pages would drop _static/ without it"
    again = build_site.build()
    assert not again.rebuilt, "a second build with nothing changed must reuse the first"


def small_course(folder: Path) -> tuple[bytes, bytes]:
    """Write a two-page course into `folder` (the same bytes every time); the two stills with alt text.

    A broken link and a still without alt text must fail its build; the stills with alt text keep
    theirs, one per image; its live explorer becomes the Binder line.
    """
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    python = {"language_info": {"name": "python"}}
    start = nbformat.v4.new_notebook(
        cells=[
            nbformat.v4.new_markdown_cell(
                "# Start\n\nOn to [the chapter](01_chapter.ipynb), [its end](01_chapter.ipynb#the-end)"
                " or [nowhere](gone.ipynb)."
            )
        ],
        metadata=python,
    )
    red, green, blue = png(255, 0, 0), png(0, 255, 0), png(0, 0, 255)
    chapter = nbformat.v4.new_notebook(
        cells=[
            nbformat.v4.new_markdown_cell("# Chapter one\n\nBack to [the start](00_start_here.ipynb)."),
            nbformat.v4.new_code_cell(
                "show(2)", outputs=[image_output(red, "A red still."), image_output(green, "A green one.")]
            ),
            nbformat.v4.new_code_cell("# NBVAL_IGNORE_OUTPUT\nExplorer()", outputs=[widget_output()]),
            nbformat.v4.new_code_cell("show(1)", outputs=[image_output(blue, None)]),
            nbformat.v4.new_markdown_cell("## The end"),
        ],
        metadata={**python, "widgets": {gd_site.WIDGET_STATE: {"state": {"abc123": {"model_name": "VBox"}}}}},
    )
    for name, notebook in [("00_start_here", start), ("01_chapter", chapter)]:
        for number, cell in enumerate(notebook.cells):
            cell.id = f"cell-{number}"  # new cells get random ids: fixed ones keep the bytes (and cache)
        nbformat.write(notebook, folder / f"{name}.ipynb")
    return red, green


def test_a_warning_fails_the_build_and_outputs_are_fixed_up() -> None:
    """Built like the site, with our configuration, and cached the same way (by a hash of the small
    course, site/ and requirements-site.txt), so a repeat run with nothing changed costs nothing."""
    root = ROOT / "build" / "site-selftest"
    red, green = small_course(root / "notebooks")
    for name in ("site", "requirements-site.txt"):
        if not (root / name).exists():
            (root / name).symlink_to(ROOT / name)
    out = root.parent / "site-selftest-out"
    with pytest.raises(build_site.BuildError) as failed:
        build_site.build(root=root, out=out, keep_failures=True)
    said = str(failed.value)
    warnings = [line for line in said.splitlines() if "WARNING" in line]
    assert len(warnings) == 2, said
    assert "gone.ipynb" in said, said
    assert re.search(r"01_chapter\.ipynb.*without alt text", said), said

    links = (out / "html/00_start_here.html").read_text()
    assert 'href="01_chapter.html"' in links and 'href="01_chapter.html#the-end"' in links

    page = Page(out / "html/01_chapter.html")
    assert [alt for _, alt in page.images[:2]] == ["A red still.", "A green one."]
    assert [Path(src).stem for src, _ in page.images[:2]] == [
        hashlib.sha256(red).hexdigest(),
        hashlib.sha256(green).hexdigest(),
    ]
    assert page.live_links == [gd_site.binder_url(site_theme_options(), "01_chapter")]
    assert page.live_links[0].endswith("urlpath=lab/tree/notebooks/01_chapter.ipynb")
    html = (out / "html/01_chapter.html").read_text()
    assert gd_site.WIDGET_VIEW not in html
    assert gd_site.WIDGET_STATE not in html
    # The explorer's place, for gd_live.js to rebuild from the saved widget state the page carries.
    assert f'<div class="{gd_site.LIVE_CLASS}" data-model="abc123"' in html
    assert f'<script type="application/json" id="{gd_site.STATE_ID}">' in html
    assert '"abc123":{"model_name":"VBox","state":{}}' in html
    assert [s for s in page.scripts if (s.get("src") or "").split("?")[0].endswith("gd_live.js")], (
        page.scripts
    )
    assert "NBVAL_IGNORE_OUTPUT" not in html
    assert not [s for s in page.scripts if (s.get("src") or "").startswith("http")], page.scripts


def test_the_explorers_scripts_are_small_and_self_contained() -> None:
    """Every page loads one script for its explorers (every view and the widgets' stand-ins): at most
    300 kB compressed, a classic script (a page opened from file:// cannot load a module), and with no
    address of anywhere else in it to fetch from."""
    bundle = (ROOT / "site" / "_static" / "gd_live.js").read_bytes()
    compressed = len(gzip.compress(bundle, compresslevel=9))
    print(f"gd_live.js: {len(bundle) / 1000:.0f} kB, {compressed / 1000:.0f} kB compressed")
    assert compressed <= 300_000
    text = bundle.decode()
    assert not re.search(r"^\s*(import|export)\s", text, re.MULTILINE), "an ES module, not a classic script"
    assert not re.search(r"\b(import\(|fetch\(|XMLHttpRequest)", text), "a script that fetches"
