"""Our Sphinx extension for the course's static site: course order, launch links, live explorers, alt text.

Pages are built from the saved notebooks without running them, so this works on what was saved:
- under each page's title, a line opens that notebook on Binder or in Google Colab (at the release
  tag tools/colab_cell.py names, as the README's links do);
- the start page gets a hidden table of contents listing every other notebook in course order
  (sorted by file name, as `notebooks/*.ipynb` globs), which becomes the sidebar;
- a live explorer (a widget view in a saved output) stays live: its output becomes an element that
  _static/gd_live.js (site/live/page.js, bundled with the explorers' views) rebuilds from the
  notebook's saved widget state, which the page carries once; without scripts the element says that
  the picture is live on Binder, with a link to that notebook;
- every still's alt text, which `IPython.display.Image(alt=...)` keeps in the output's metadata,
  reaches the page's `<img alt=...>` (myst-nb would write the image's file name); a still without
  alt text is a build warning, so with warnings as errors it fails the build.
"""

from __future__ import annotations

import hashlib
import html
import json
import re
import sys
from binascii import a2b_base64
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

import nbformat
from docutils import nodes
from sphinx import addnodes
from sphinx.application import Sphinx
from sphinx.util import logging

# tools/colab_cell.py names the Colab links (the README's and the start page's as well).
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tools"))
import colab_cell

logger = logging.getLogger(__name__)

WIDGET_VIEW = "application/vnd.jupyter.widget-view+json"
WIDGET_STATE = "application/vnd.jupyter.widget-state+json"
IMAGE_TYPES = ("image/png", "image/jpeg", "image/gif")
#: A test marker for nbval, like `# NBVAL_IGNORE_OUTPUT`, on a line of its own.
NBVAL_MARKER = re.compile(r"^\s*#\s*NBVAL_[A-Z_]+\s*$")
LIVE_NOTE_CLASS = "gd-live-note"
LIVE_CLASS = "gd-live"
STATE_ID = "gd-widget-state"
#: Traits of the saved widget state a page never needs: each view's module text (the page has its own
#: bundle of every view) and its style sheet.
UNUSED_TRAITS = ("_esm", "_css")


# --- Pure functions (tested without Sphinx) --------------------------------------------------------


def course_order(docnames: Iterable[str]) -> list[str]:
    """The pages in course order: by file name, so 00_start_here, 01_..., then named pages."""
    return sorted(docnames)


def binder_url(theme_options: Mapping[str, Any], docname: str) -> str:
    """The Binder address that opens notebook `docname` in JupyterLab, as the theme's launch button does."""
    repository = urlparse(str(theme_options.get("repository_url", "")))
    parts = repository.path.strip("/").split("/")
    if repository.netloc != "github.com" or len(parts) != 2 or not all(parts):
        raise ValueError(
            "theme_options['repository_url'] must be https://github.com/OWNER/REPO, "
            f"not {theme_options.get('repository_url')!r}"
        )
    binderhub = str(theme_options.get("launch_buttons", {}).get("binderhub_url", "")).rstrip("/")
    if not binderhub:
        raise ValueError("theme_options['launch_buttons']['binderhub_url'] must name a BinderHub")
    branch = theme_options.get("repository_branch") or "main"
    folder = str(theme_options.get("path_to_docs", "")).strip("/")
    path = f"{folder}/{docname}.ipynb" if folder else f"{docname}.ipynb"
    return f"{binderhub}/v2/gh/{parts[0]}/{parts[1]}/{branch}?urlpath=lab/tree/{path}"


def image_hash(data: str) -> str:
    """The name myst-nb gives a saved image (the SHA-256 of its bytes), from its base64 text."""
    return hashlib.sha256(a2b_base64(data)).hexdigest()


def image_alts(notebook: Mapping[str, Any]) -> dict[str, str | None]:
    """Each saved still's image name -> its alt text from the output's metadata (None without one)."""
    alts: dict[str, str | None] = {}
    for cell in notebook.get("cells", []):
        for output in cell.get("outputs", []):
            data, metadata = output.get("data", {}), output.get("metadata", {})
            for mime in IMAGE_TYPES:
                if mime in data:
                    alt = str(metadata.get(mime, {}).get("alt", "")).strip()
                    alts[image_hash("".join(data[mime]))] = alt or None
    return alts


def without_nbval_markers(source: str) -> str:
    """A code cell's source without nbval's marker lines: they steer the tests, not the reader."""
    return "\n".join(line for line in source.split("\n") if not NBVAL_MARKER.match(line))


def read_notebook(text: str) -> nbformat.NotebookNode:
    """Read a notebook for the site: no saved widget state (nothing there could run it), no test markers.

    Used through myst-nb's `nb_custom_formats`; the notebook files themselves are never changed.
    """
    notebook = nbformat.reads(text, as_version=4)
    notebook.metadata.pop("widgets", None)
    for cell in notebook.cells:
        if cell.cell_type == "code":
            cell.source = without_nbval_markers(cell.source)
    return notebook


# --- Sphinx hooks ----------------------------------------------------------------------------------


def course_toctree(docname: str, entries: list[str]) -> nodes.Element:
    """A hidden toctree of `entries`, the way a `{toctree}` directive with `:hidden:` would make it."""
    toctree = addnodes.toctree()
    toctree["parent"] = docname
    toctree["entries"] = [(None, entry) for entry in entries]
    toctree["includefiles"] = list(entries)
    toctree["maxdepth"] = 1
    toctree["caption"] = None
    toctree["glob"] = False
    toctree["hidden"] = True
    toctree["includehidden"] = False
    toctree["numbered"] = 0
    toctree["titlesonly"] = True
    wrapper = nodes.compound(classes=["toctree-wrapper"])
    wrapper.append(toctree)
    return wrapper


def launch_line(binder: str, colab: str) -> str:
    """The line (HTML) under a page's title that opens its notebook, code and all, on Binder or in Colab."""
    return (
        '<p class="gd-launch">Run this page with its code: '
        f'<a href="{html.escape(binder)}">on Binder</a> (JupyterLab) or '
        f'<a href="{html.escape(colab)}">open it in Google Colab</a>.</p>'
    )


def live_note(url: str) -> str:
    """The line (HTML) that stands where a live explorer will be, until the page's script rebuilds it:
    what a reader without scripts keeps."""
    return (
        f'<p class="{LIVE_NOTE_CLASS}">This explorer is live on Binder: '
        f'<a href="{html.escape(url)}">open this notebook in JupyterLab</a>, '
        "run it, and move the sliders.</p>"
    )


def view_model_id(node: nodes.Node) -> str:
    """The widget model a saved widget view shows, from the raw HTML myst-nb writes for it."""
    found = re.search(r'"model_id"\s*:\s*"([0-9a-f]+)"', node.astext())
    if found is None:
        raise ValueError(f"a widget view without a model id: {node.astext()[:120]!r}")
    return found.group(1)


def live_holder(model_id: str, url: str, note: str) -> nodes.raw:
    """The element page.js rebuilds the explorer in; `note` (HTML) stands there until it does."""
    return nodes.raw(
        "",
        f'<div class="{LIVE_CLASS}" data-model="{html.escape(model_id)}" data-binder="{html.escape(url)}">'
        f"{note}</div>",
        format="html",
    )


def page_state(notebook: Mapping[str, Any]) -> str | None:
    """The notebook's saved widget state as the page carries it (a JSON script), or None if it has none."""
    saved = notebook.get("metadata", {}).get("widgets", {}).get(WIDGET_STATE)
    if not saved:
        return None
    state = {
        model_id: {
            "model_name": entry.get("model_name"),
            "state": {k: v for k, v in entry.get("state", {}).items() if k not in UNUSED_TRAITS},
        }
        for model_id, entry in saved.get("state", {}).items()
    }
    text = json.dumps({"state": state}, separators=(",", ":"), sort_keys=True).replace("</", "<\\/")
    return f'<script type="application/json" id="{STATE_ID}">{text}</script>'


def is_widget_view(node: nodes.Node) -> bool:
    """True for the raw HTML myst-nb writes for a widget view in a saved output."""
    return isinstance(node, nodes.raw) and node.astext().lstrip().startswith(f'<script type="{WIDGET_VIEW}"')


def on_doctree_read(app: Sphinx, doctree: nodes.document) -> None:
    """Add the course's table of contents to the start page; fix up each notebook's outputs."""
    env = app.env
    docname = env.docname
    if docname == app.config.root_doc:
        others = course_order(d for d in env.found_docs if d != docname)
        sections = list(doctree.findall(nodes.section))
        (sections[0] if sections else doctree).append(course_toctree(docname, others))
    source = Path(env.doc2path(docname))
    if source.suffix != ".ipynb":
        return
    url = binder_url(app.config.html_theme_options, docname)
    sections = list(doctree.findall(nodes.section))
    if sections:  # under the page's title
        line = launch_line(url, colab_cell.colab_url(source.name))
        sections[0].insert(1, nodes.raw("", line, format="html"))
    notebook = nbformat.read(source, as_version=4)
    note = live_note(url)
    views = list(doctree.findall(is_widget_view))
    for node in views:
        node.replace_self(live_holder(view_model_id(node), url, note))
    state = page_state(notebook) if views else None
    if state is not None:
        doctree.append(nodes.raw("", state, format="html"))
    alts = image_alts(notebook)
    for image in doctree.findall(nodes.image):
        name = Path(image["uri"]).stem
        if name not in alts:
            continue
        if alts[name] is None:
            logger.warning(
                "a still without alt text: give it one with IPython.display.Image(..., alt=...)",
                location=(docname, image.line),
                type="gdcourse",
                subtype="alt",
            )
        else:
            image["alt"] = alts[name]


def on_build_finished(app: Sphinx, exception: Exception | None) -> None:
    """Write index.html that forwards to the start page, so the folder can be served as it is."""
    if exception is not None or app.builder.format != "html" or app.config.root_doc == "index":
        return
    start = f"{app.config.root_doc}.html"
    # An empty icon: otherwise the browser asks for /favicon.ico (not there) as the page moves on.
    icon = '<link rel="icon" href="data:,">'
    (Path(app.outdir) / "index.html").write_text(
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        f'<meta http-equiv="refresh" content="0; url={start}">{icon}<title>{app.config.project}</title>'
        f'</head><body><p><a href="{start}">Start here</a></p></body></html>\n',
        encoding="utf-8",
    )


def setup(app: Sphinx) -> dict[str, Any]:
    # Before Sphinx's own table-of-contents collector (priority 500) reads the toctree we add.
    app.connect("doctree-read", on_doctree_read, priority=100)
    app.connect("build-finished", on_build_finished)
    # A classic script, deferred: it runs once the page is parsed, opened over http or from file://.
    app.add_js_file("gd_live.js", defer="defer")
    return {"version": "1", "parallel_read_safe": True, "parallel_write_safe": True}
