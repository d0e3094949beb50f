"""Helpers for the projector-mode and Binder browser tests: a Voila server of our own, what a notebook
saved about itself, and the checks of a page rendered by Voila (no code, no errors, sliders redraw)."""

from __future__ import annotations

import importlib.util
import json
import os
import re
import subprocess
import sys
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

from gd_browser import (
    ROOT,
    Explorer,
    artifact_name,
    free_port,
    log_tail,
    screenshot_on_failure,
    start_server,
    stop_server,
    wait_until,
)

#: True once Voila has run every cell and shown the page (its spinner gone, the cells displayed).
VOILA_SHOWN_JS = """() => {
  const cells = document.querySelector('#rendered_cells');
  return cells !== null && getComputedStyle(cells).display !== 'none';
}"""

#: What a Voila page shows that counts as a failure: error outputs, widgets that failed, Voila's notes.
VOILA_PROBLEMS_JS = """() => {
  const problems = [];
  for (const e of document.querySelectorAll('[data-mime-type*="stderr"], [data-mime-type*="error"]')) {
    const text = e.textContent;
    if (/Traceback|Error|Exception/.test(text)) problems.push('error output: ' + text.slice(0, 1500));
  }
  const text = document.body.innerText;
  for (const phrase of ['There was an error when executing cell', 'Error displaying widget', 'Kernel died',
                        'Could not create a model', 'Could not create a view']) {
    const at = text.indexOf(phrase);
    if (at >= 0) problems.push(text.slice(Math.max(0, at - 100), at + 400));
  }
  return problems;
}"""

#: Code cells' input areas, highlighted Python and code editors: Voila should show none of them.
#: (Markdown cells are rendered inside an input area too, so only code cells' count.)
CODE_ON_PAGE_JS = """() => document.querySelectorAll(
  '.jp-CodeCell .jp-InputArea, .jp-InputArea-editor, .hl-ipython3, .cm-editor, .CodeMirror').length"""


def load_course_module() -> ModuleType:
    """course.py as a module, so a test runs the very command line `python3 course.py present` runs."""
    spec = importlib.util.spec_from_file_location("course", ROOT / "course.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def saved_widget_models(notebook: Path) -> list[dict]:
    """The widget models the notebook saved in its metadata (nbclient stores them on every run)."""
    widgets = json.loads(notebook.read_text())["metadata"].get("widgets", {})
    state = widgets.get("application/vnd.jupyter.widget-state+json", {}).get("state", {})
    return list(state.values())


def saved_explorers(notebook: Path) -> int:
    """How many explorers (widgets with the gd-explorer class) the notebook showed when it was saved."""
    return sum(
        "gd-explorer" in m.get("state", {}).get("_dom_classes", []) for m in saved_widget_models(notebook)
    )


def first_chapter_with_an_explorer(folder: Path) -> Path:
    """The first numbered chapter (NN_name.ipynb) that saved an explorer."""
    chapters = sorted(p for p in folder.glob("*.ipynb") if re.match(r"\d\d_", p.name))
    with_explorers = [p for p in chapters if saved_explorers(p)]
    assert with_explorers, f"no chapter in {folder} saved an explorer"
    return with_explorers[0]


def code_lines(notebook: Path) -> list[str]:
    """The first line of code (not a comment or magic) of every code cell: none may show in Voila."""
    lines = []
    for cell in json.loads(notebook.read_text())["cells"]:
        if cell["cell_type"] != "code":
            continue
        source = [ln.strip() for ln in "".join(cell["source"]).splitlines()]
        code = [ln for ln in source if ln and not ln.startswith(("#", "%"))]
        if code:
            lines.append(code[0])
    return lines


@dataclass
class Voila:
    """A Voila server of our own (standalone, as `course.py present` starts it) on a loopback port."""

    command: list[str]
    cwd: Path
    state: Path
    port: int = 0
    process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/"

    @property
    def log(self) -> Path:
        return self.state / "voila.log"

    def start(self, timeout: float = 60) -> None:
        """Start the command with a free port, no browser and a loopback address; wait until it answers."""
        self.port = free_port()
        command = [*self.command, "--no-browser", "--Voila.ip=127.0.0.1", f"--port={self.port}"]
        env = {
            **os.environ,
            "PATH": str(Path(sys.executable).parent) + os.pathsep + os.environ.get("PATH", ""),
            "JUPYTER_RUNTIME_DIR": str(self.state / "runtime"),
        }
        self.process = start_server("Voila", command, self.cwd, env, self.log, self.listening, timeout)

    def listening(self) -> bool:
        """True once something accepts connections on the port (a GET would already run the notebook)."""
        try:
            urllib.request.urlopen(self.url + "static/does-not-exist", timeout=2)
        except urllib.error.HTTPError:
            return True
        except (urllib.error.URLError, OSError):
            return False
        return True

    def stop(self) -> None:
        """Stop the server (it stops its kernels): see stop_server."""
        stop_server(self.process)
        self.process = None

    def log_tail(self, lines: int = 40) -> str:
        return log_tail(self.log, lines)


@dataclass
class VoilaPage:
    """A notebook rendered by Voila in a page, and what the browser reported while it loaded."""

    page: Any
    notebook: Path
    page_errors: list[str]
    console_errors: list[str]

    @classmethod
    def open(cls, context: Any, url: str, notebook: Path, timeout: float = 180) -> VoilaPage:
        """Open `url`, wait until Voila has run every cell and every explorer's figure got a size."""
        page = context.new_page()
        page_errors: list[str] = []
        console_errors: list[str] = []
        page.on("pageerror", lambda error: page_errors.append(str(error)))
        page.on("console", lambda m: console_errors.append(console_text(m)) if m.type == "error" else None)
        shown = cls(page, notebook, page_errors, console_errors)
        with screenshot_on_failure(page, artifact_name("voila", notebook.name, "open")):
            page.goto(url, timeout=timeout * 1000)
            try:
                page.wait_for_function(VOILA_SHOWN_JS, timeout=timeout * 1000, polling=250)
            except Exception as error:
                said = page.evaluate("() => document.body ? document.body.innerText.slice(-1500) : ''")
                raise AssertionError(
                    f"Voila did not show {notebook.name} within {timeout:.0f} s; the page says:\n{said}"
                    + "\n".join(["", *page_errors, *console_errors])
                ) from error
            wait_until(lambda: len(shown.explorers()) >= saved_explorers(notebook), 30)
            for explorer in shown.explorers():
                explorer.check_parts()
        return shown

    def explorers(self) -> list[Explorer]:
        roots = self.page.locator(".gd-explorer")
        label = f"{self.notebook.name} in Voila, explorer"
        return [Explorer(self.page, roots.nth(i), f"{label} {i + 1}") for i in range(roots.count())]

    def problems(self) -> list[str]:
        """Error outputs, failed widgets, uncaught page errors, and console errors other than
        stylesheets Voila asks from a CDN (there is no internet here)."""
        local = [e for e in self.console_errors if not e.startswith("external resource")]
        return self.page.evaluate(VOILA_PROBLEMS_JS) + self.page_errors + local

    def code_shown(self) -> list[str]:
        """Code editors on the page, and lines of the notebook's code that appear in its text."""
        text = self.page.evaluate("() => document.body.innerText")
        editors = self.page.evaluate(CODE_ON_PAGE_JS)
        return ([f"{editors} input areas or editors"] if editors else []) + [
            line for line in code_lines(self.notebook) if line in text
        ]


def console_text(message: Any) -> str:
    """A console error's text; a resource that failed to load from another host is marked external."""
    url = (message.location or {}).get("url", "")
    if message.text.startswith("Failed to load resource") and not url.startswith("http://127.0.0.1"):
        return f"external resource {url}: {message.text}"
    return message.text


def move_a_slider(explorer: Explorer) -> str:
    """Move the explorer's first slider an eighth of its track; what went wrong, or '' if it redrew."""
    explorer.root.scroll_into_view_if_needed()
    before = explorer.settle()
    kind = explorer.kinds[0]
    direction = 1 if explorer.position(kind) < 0.5 else -1
    explorer.nudge(kind, direction, 0.125)
    after = explorer.settle(before)
    if after.values[kind] == before.values[kind]:
        return f"{explorer.label}: the {kind} slider did not move"
    if after.pixels == before.pixels:
        return f"{explorer.label}: {kind} {before.values[kind]} -> {after.values[kind]}, the picture stayed"
    return ""
