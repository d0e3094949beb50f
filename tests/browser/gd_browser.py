"""Helpers for the browser tests: find Chromium, run a private JupyterLab, drive notebooks in it.

Kept out of conftest.py so the tests (and the unit tests of the Chromium lookup) can import them.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
SYSTEM_CHROMIUM = "/usr/bin/chromium"
ARTIFACTS = ROOT / "test-artifacts"
#: Point the notebook tests at another folder (for example a scratch notebook) with this variable.
NOTEBOOKS_ENV = "GDCOURSE_BROWSER_NOTEBOOKS"
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
REGIME_PHRASES = (
    "converges in one step",
    "converges steadily",
    "oscillates and converges",
    "bounces forever",
    "diverges",
    "stays where it is",
    "climbs away",
)


# --- Chromium -------------------------------------------------------------------------------------


def chromium_candidates(
    env: Mapping[str, str], playwright_path: str | None, system_path: str = SYSTEM_CHROMIUM
) -> list[tuple[str, str]]:
    """Where Chromium is looked for, in order: $CHROMIUM, /usr/bin/chromium, Playwright's own."""
    candidates = []
    if env.get("CHROMIUM"):
        candidates.append(("$CHROMIUM", env["CHROMIUM"]))
    candidates.append(("the system's chromium", system_path))
    if playwright_path:
        candidates.append(("Playwright's chromium", playwright_path))
    return candidates


def find_chromium(
    env: Mapping[str, str], playwright_path: str | None, system_path: str = SYSTEM_CHROMIUM
) -> tuple[str | None, str]:
    """The first candidate that is an executable file, or None and a sentence saying what was tried."""
    tried = []
    for label, path in chromium_candidates(env, playwright_path, system_path):
        if os.path.isfile(path) and os.access(path, os.X_OK):
            return path, f"{label} at {path}"
        tried.append(f"{label} ({path})")
    return None, "no Chromium found; tried " + ", ".join(tried)


def require_chromium(
    env: Mapping[str, str], playwright_path: str | None, system_path: str = SYSTEM_CHROMIUM
) -> str:
    """Chromium's path; skip the test without it, but fail when CI=true (CI must run browser tests)."""
    path, why = find_chromium(env, playwright_path, system_path)
    if path is None:
        if env.get("CI", "").strip().lower() == "true":
            pytest.fail(f"CI=true and the browser tests cannot run: {why}", pytrace=False)
        pytest.skip(why)
    return path


# --- JupyterLab -----------------------------------------------------------------------------------


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@dataclass
class JupyterLab:
    """A JupyterLab server of our own, serving `root` on a loopback port with a random token.

    It runs from `python`'s environment: the test's own unless another is given (the Binder-like one).
    `app` is "lab" for JupyterLab, or "notebook" for Notebook 7 (`jupyter notebook`), which serves the
    same extensions with the classic-looking pages. `environ` adds environment variables for the server
    and its kernels (such as the ones BinderHub sets).
    """

    root: Path
    state: Path
    python: Path = field(default_factory=lambda: Path(sys.executable))
    app: str = "lab"
    port: int = 0
    token: str = field(default_factory=lambda: secrets.token_hex(16))
    process: subprocess.Popen[bytes] | None = None
    environ: dict[str, str] = field(default_factory=dict)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def log(self) -> Path:
        return self.state / "jupyterlab.log"

    def url(self, path: str) -> str:
        """The address of `path` (like /lab/tree/x.ipynb?reset) with the token attached."""
        sep = "&" if "?" in path else "?"
        return f"{self.base_url}{path}{sep}token={self.token}"

    def start(self, timeout: float = 90) -> None:
        """Start `python -m jupyter <app>` from `python`'s virtualenv and wait until it answers."""
        settings = self.state / "settings"
        for plugin, values in {
            "@jupyterlab/apputils-extension/notification": {"fetchNews": "false", "checkForUpdates": False},
            # Every cell in the DOM, so prompts and outputs of cells below the fold can be read.
            "@jupyterlab/notebook-extension/tracker": {"windowingMode": "none"},
        }.items():
            file = settings / f"{plugin}.jupyterlab-settings"
            file.parent.mkdir(parents=True, exist_ok=True)
            file.write_text(json.dumps(values))
        bin_dir = str(self.python.parent)
        env = {
            **os.environ,
            # The kernelspec says "python": jupyter_client resolves it to this interpreter, and PATH
            # puts the same virtualenv first for anything else the kernel starts.
            "PATH": bin_dir + os.pathsep + os.environ.get("PATH", ""),
            "JUPYTERLAB_SETTINGS_DIR": str(settings),
            "JUPYTERLAB_WORKSPACES_DIR": str(self.state / "workspaces"),
            "JUPYTER_RUNTIME_DIR": str(self.state / "runtime"),
            **self.environ,
        }
        env.pop("JUPYTER_TOKEN", None)
        self.port = free_port()
        command = [
            str(self.python),
            "-m",
            "jupyter",
            self.app,
            "--no-browser",
            "--ip=127.0.0.1",
            f"--port={self.port}",
            "--port-retries=0",
            f"--IdentityProvider.token={self.token}",
            f"--ServerApp.root_dir={self.root}",
        ]
        # window.jupyterapp: lets the tests read cell outputs and widget values from the models.
        if self.app == "lab":
            command += [
                "--LabApp.news_url=",
                "--LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate",
                "--LabApp.expose_app_in_browser=True",
            ]
        else:
            command.append("--JupyterNotebookApp.expose_app_in_browser=True")
        if hasattr(os, "geteuid") and os.geteuid() == 0:
            command.append("--allow-root")
        self.process = start_server("JupyterLab", command, self.root, env, self.log, self.answers, timeout)

    def answers(self) -> bool:
        """True once the server's REST API replies with the token."""
        try:
            with urllib.request.urlopen(self.url("/api/status"), timeout=2) as reply:
                return reply.status == 200
        except (urllib.error.URLError, OSError):
            return False

    def api(self, method: str, path: str) -> Any:
        """Call the server's REST API; the parsed JSON reply (None when empty)."""
        request = urllib.request.Request(self.url(path), method=method)
        with urllib.request.urlopen(request, timeout=10) as reply:
            body = reply.read()
        return json.loads(body) if body else None

    def shut_down_kernels(self) -> None:
        """Stop every kernel, so one notebook's kernel does not linger while the next one runs."""
        with contextlib.suppress(urllib.error.URLError, OSError):
            for session in self.api("GET", "/api/sessions"):
                self.api("DELETE", f"/api/sessions/{session['id']}")

    def stop(self) -> None:
        """Terminate the server (it stops its kernels), kill it if it does not go within 15 s."""
        if self.process is not None and self.process.poll() is None:
            self.shut_down_kernels()
        stop_server(self.process)
        self.process = None

    def log_tail(self, lines: int = 40) -> str:
        """The end of the server's log, for error messages."""
        return log_tail(self.log, lines)


def start_server(
    name: str,
    command: list[str],
    cwd: Path,
    env: Mapping[str, str],
    log: Path,
    ready: Callable[[], bool],
    timeout: float,
) -> subprocess.Popen[bytes]:
    """Start a server in its own process group, its output in `log`; wait until `ready()` says so."""
    with log.open("wb") as out:
        process = subprocess.Popen(
            command, cwd=cwd, env=env, stdin=subprocess.DEVNULL, stdout=out, stderr=subprocess.STDOUT,
            start_new_session=True,
        )  # fmt: skip
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"{name} exited with code {process.returncode}:\n{log_tail(log)}")
        if ready():
            return process
        time.sleep(0.25)
    raise RuntimeError(f"{name} did not answer within {timeout:.0f} s:\n{log_tail(log)}")


def stop_server(process: subprocess.Popen[bytes] | None) -> None:
    """Terminate a server (it stops its kernels); kill its process group if it does not go within 15 s."""
    if process is None or process.poll() is not None:
        return
    process.terminate()
    try:
        process.wait(timeout=15)
    except subprocess.TimeoutExpired:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)
        process.wait(timeout=10)


def log_tail(log: Path, lines: int = 40) -> str:
    """The end of a server's log, for error messages."""
    try:
        return "\n".join(log.read_text(errors="replace").splitlines()[-lines:])
    except OSError:
        return "(no log)"


def notebooks_folder() -> Path:
    """The folder whose notebooks the browser tests run: $GDCOURSE_BROWSER_NOTEBOOKS or notebooks/."""
    return Path(os.environ.get(NOTEBOOKS_ENV) or ROOT / "notebooks").resolve()


def discover_notebooks(folder: Path) -> list[str]:
    """Every notebook under `folder` (checkpoints excepted), as sorted POSIX paths relative to it."""
    return sorted(
        p.relative_to(folder).as_posix()
        for p in folder.rglob("*.ipynb")
        if ".ipynb_checkpoints" not in p.parts
    )


def copy_notebooks(folder: Path, destination: Path) -> Path:
    """Copy `folder` so JupyterLab's autosave never touches the real notebooks; the copy's path."""
    shutil.copytree(folder, destination, ignore=shutil.ignore_patterns(".ipynb_checkpoints", "__pycache__"))
    return destination


def code_cells_to_run(notebook: Path) -> int:
    """How many code cells of the saved notebook have source: each gets an [n] prompt when run."""
    cells = json.loads(notebook.read_text())["cells"]
    return sum(1 for c in cells if c["cell_type"] == "code" and "".join(c["source"]).strip())


def explorers_to_show(notebook: Path) -> int:
    """How many explorers the saved notebook's code cells display (one per cell that makes one)."""
    cells = json.loads(notebook.read_text())["cells"]
    sources = ["".join(c["source"]) for c in cells if c["cell_type"] == "code"]
    return sum(1 for source in sources if re.search(r"gd\.explorers\.\w+Explorer\(", source))


# --- Screenshots ----------------------------------------------------------------------------------


def artifact_name(*parts: str) -> str:
    """A file-name-safe name built from parts like a notebook path and a step."""
    return re.sub(r"[^A-Za-z0-9_.-]+", "_", "-".join(parts)).strip("_")


@contextlib.contextmanager
def screenshot_on_failure(page: Any, name: str) -> Iterator[None]:
    """On any failure inside, save a full-page screenshot to test-artifacts/ and name it in the error."""
    try:
        yield
    except BaseException as error:
        if isinstance(error, (KeyboardInterrupt, SystemExit)) or type(error).__name__ == "Skipped":
            raise
        error.add_note(f"screenshot: {save_screenshot(page, name)}")
        raise


def save_screenshot(page: Any, name: str) -> str:
    """Save a full-page screenshot; its path, or why it could not be taken."""
    ARTIFACTS.mkdir(exist_ok=True)
    path = ARTIFACTS / f"{name}.png"
    try:
        page.screenshot(path=str(path), full_page=True, timeout=15_000)
    except Exception as error:
        return f"(could not save {path}: {error})"
    return str(path)


def wait_until(condition: Callable[[], Any], timeout: float, interval: float = 0.1) -> Any:
    """Poll `condition` until it returns something truthy; that value, or the last falsy one at timeout."""
    deadline = time.monotonic() + timeout
    while True:
        value = condition()
        if value or time.monotonic() >= deadline:
            return value
        time.sleep(interval)


def named_regimes(text: str) -> list[str]:
    """The regime phrases in `text`, in the order they appear."""
    found = [(text.find(p), p) for p in REGIME_PHRASES if p in text]
    return [p for _, p in sorted(found)]


# --- Notebooks in the page ------------------------------------------------------------------------

#: True once Run All has finished: kernel idle, no [*] prompt, and every code cell numbered
#: (or a cell failed, after which JupyterLab leaves the cells below unrun).
RUN_ALL_FINISHED_JS = """(expected) => {
  const prompts = [...document.querySelectorAll('.jp-Notebook .jp-CodeCell .jp-InputPrompt')]
    .map((e) => e.textContent.trim());
  // the open notebook's kernel, asked of the app where the page exposes it (JupyterLab, Notebook 7)
  const kernel = window.jupyterapp?.shell?.currentWidget?.sessionContext?.session?.kernel;
  const idle = kernel ? kernel.status === 'idle' : [...document.querySelectorAll('.jp-StatusBar-TextItem')]
    .some((e) => /\\|\\s*Idle$/.test(e.textContent.trim()));
  const numbered = prompts.filter((p) => /^\\[\\d+\\]:$/.test(p)).length;
  const failed = document.querySelector(
    '.jp-OutputArea-output[data-mime-type="application/vnd.jupyter.stderr"]');
  return idle && !prompts.includes('[*]:') && (numbered >= expected || failed !== null);
}"""

#: What the page shows that counts as a failure after Run All.
PROBLEMS_JS = """() => {
  const problems = [];
  for (const e of document.querySelectorAll(
      '.jp-OutputArea-output[data-mime-type="application/vnd.jupyter.stderr"]')) {
    const text = e.textContent;
    if (/Traceback|^\\s*\\w*(Error|Exception)\\b/m.test(text)) {
      problems.push('error output: ' + text.slice(0, 1500));
    }
  }
  const app = window.jupyterapp;
  const notebook = app && app.shell.currentWidget && app.shell.currentWidget.content;
  if (notebook && notebook.model) {
    const cells = notebook.model.cells;
    for (let i = 0; i < cells.length; i++) {
      for (const out of (cells.get(i).toJSON().outputs || [])) {
        if (out.output_type === 'error') problems.push(`cell ${i + 1} raised ${out.ename}: ${out.evalue}`);
      }
    }
  }
  const text = document.body.innerText;
  let at = text.indexOf('Error displaying widget');
  while (at >= 0) {
    problems.push('widget failed to display: ' + text.slice(at, at + 300));
    at = text.indexOf('Error displaying widget', at + 1);
  }
  for (const d of document.querySelectorAll('.jp-Dialog')) {
    problems.push('dialog: ' + d.innerText.slice(0, 500));
  }
  return problems;
}"""


def menu(page: Any, top: str, item: str) -> None:
    """Click a main-menu entry, like Run > Run All Cells."""
    page.locator(".lm-MenuBar-itemLabel", has_text=top).first.click()
    page.locator(".lm-Menu-itemLabel", has_text=re.compile(f"^{re.escape(item)}$")).first.click()


#: Close every open document without asking to save (Run All changed it; the copy is thrown away),
#: once JupyterLab has started every plugin and restored its layout (or fail after `ms`).
CLOSE_DOCUMENTS_JS = """async (ms) => {
  const app = window.jupyterapp;
  const late = new Promise((_, fail) => setTimeout(() => fail(new Error('JupyterLab did not start')), ms));
  await Promise.race([app.restored, late]);
  for (const widget of [...app.shell.widgets('main')]) widget.dispose();
}"""

#: True once the open notebook is `path` and its own kernel is idle.
NOTEBOOK_IDLE_JS = """(path) => {
  const panel = window.jupyterapp.shell.currentWidget;
  return !!panel && panel.context?.path === path &&
    panel.sessionContext.session?.kernel?.status === 'idle';
}"""


def close_documents(page: Any, timeout: float = 60) -> None:
    """Close every notebook open in the JupyterLab the page shows."""
    page.wait_for_function("() => window.jupyterapp?.shell !== undefined", timeout=timeout * 1000)
    page.evaluate(CLOSE_DOCUMENTS_JS, timeout * 1000)


def open_notebook(page: Any, path: str, timeout: float) -> None:
    """In the JupyterLab the page shows, close what is open, open `path` (relative to the server's
    root) as from the file browser, and wait until its kernel has started and is idle."""
    close_documents(page, timeout)
    page.evaluate("(path) => { window.jupyterapp.commands.execute('docmanager:open', {path}); }", path)
    page.wait_for_function(NOTEBOOK_IDLE_JS, arg=path, timeout=timeout * 1000, polling=200)


def wait_for_idle_kernel(page: Any, timeout: float) -> None:
    """Wait until the status bar says '<kernel> | Idle'."""
    page.locator(".jp-StatusBar-TextItem", has_text=re.compile(r"\|\s*Idle$")).first.wait_for(
        timeout=timeout * 1000
    )


def run_all_cells(page: Any, expected_prompts: int, timeout: float) -> None:
    """Clear every output, Run > Run All Cells, and wait until every cell has finished."""
    menu(page, "Edit", "Clear Outputs of All Cells")
    menu(page, "Run", "Run All Cells")
    page.wait_for_function(RUN_ALL_FINISHED_JS, arg=expected_prompts, timeout=timeout * 1000, polling=200)


#: Append a code cell holding `code` to the open notebook and run it; its index.
RUN_NEW_CELL_JS = """async (code) => {
  const app = window.jupyterapp, notebook = app.shell.currentWidget.content;
  const index = notebook.model.cells.length;
  notebook.model.sharedModel.insertCell(index, {cell_type: 'code', source: code});
  notebook.activeCellIndex = index;
  await app.commands.execute('notebook:run-cell');
  return index;
}"""

#: True once the cell at an index has finished running (it has an execution count, the kernel is idle).
CELL_FINISHED_JS = """(index) => {
  const panel = window.jupyterapp.shell.currentWidget;
  const cell = panel.content.model.cells.get(index);
  return panel.sessionContext.session?.kernel?.status === 'idle' && cell.executionCount !== null;
}"""


def run_new_cell(page: Any, code: str, timeout: float = 60) -> Any:
    """Type-free: add a code cell at the end of the open notebook, run it as a learner would (Shift+Enter's
    command), wait until it has finished; the cell on the page."""
    index = page.evaluate(RUN_NEW_CELL_JS, code)
    page.wait_for_function(CELL_FINISHED_JS, arg=index, timeout=timeout * 1000, polling=200)
    return page.locator(".jp-Notebook .jp-Cell").nth(index)


def wait_for_stable_page(page: Any, timeout: float = 10) -> None:
    """Wait until the notebook's text stops changing (widgets and figures render after the run)."""
    last: list[Any] = [None]

    def stable() -> bool:
        now = page.evaluate(
            "() => [document.querySelector('.jp-Notebook')?.innerText.length,"
            " document.querySelectorAll('canvas').length]"
        )
        same, last[0] = now == last[0], now
        return same

    time.sleep(0.5)
    wait_until(stable, timeout, interval=0.5)


def page_problems(page: Any) -> list[str]:
    """Error outputs, widgets that failed to display, and dialogs on the page."""
    return page.evaluate(PROBLEMS_JS)


# --- Explorers ------------------------------------------------------------------------------------

#: The value of the ipywidgets model behind a DOM element, found through window.jupyterapp's widget
#: tree (each widget view's Lumino wrapper keeps `_view`); null when that is not reachable.
MODEL_VALUE_JS = """(el) => {
  // Widget views are found by walking JupyterLab's widget tree, which is slow: remember what was found.
  const found = (window.__gdSliderModels = window.__gdSliderModels || new WeakMap());
  if (!found.has(el) && window.jupyterapp) {
    const seen = new Set();
    const stack = [window.jupyterapp.shell];
    while (stack.length) {
      const w = stack.pop();
      if (!w || seen.has(w)) continue;
      seen.add(w);
      if (w.node && w._view && w._view.model) found.set(w.node, w._view.model);
      if (typeof w.children === 'function') { for (const c of w.children()) stack.push(c); }
      else if (Array.isArray(w.widgets)) { for (const c of w.widgets) stack.push(c); }
    }
  }
  const model = found.get(el);
  return model ? model.get('value') : null;
}"""

#: A short fingerprint of every picture inside an element (FNV-1a): each ipympl canvas's toDataURL(),
#: and each browser-drawn view's SVG markup.
PIXELS_JS = """(el) => [...el.querySelectorAll(
  '.jupyter-matplotlib-figure canvas, .gd-view svg, .gd-view canvas')].map((c) => {
  const s = c.tagName === 'CANVAS' ? c.toDataURL() : c.outerHTML;
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) { h ^= s.charCodeAt(i); h = Math.imul(h, 16777619) >>> 0; }
  return c.tagName === 'CANVAS' ? `${c.width}x${c.height}:${h.toString(16)}` : `svg:${h.toString(16)}`;
}).join(' ')"""

#: True when every picture inside an element has a size: each ipympl figure's canvas, each view's SVG.
CANVASES_SIZED_JS = """(el) => [...el.querySelectorAll('.jupyter-matplotlib-figure')].every(
  (f) => [...f.querySelectorAll('canvas')].some((c) => c.width > 0 && c.height > 0))
  && [...el.querySelectorAll('.gd-view svg')].every((s) => s.getBoundingClientRect().width > 0)"""

#: Pixels near one colour inside a box of an explorer's first figure (fractions of its width and height,
#: from the top left): how many, and a hash of where they are.
COLOUR_PIXELS_JS = """(el, [r, g, b, tolerance, left, right, top, bottom]) => {
  const c = [...el.querySelectorAll('.jupyter-matplotlib-figure canvas')].find((c) => c.width && c.height);
  const x0 = Math.floor(left * c.width), x1 = Math.ceil(right * c.width);
  const y0 = Math.floor(top * c.height), y1 = Math.ceil(bottom * c.height);
  const data = c.getContext('2d').getImageData(x0, y0, x1 - x0, y1 - y0).data;
  let count = 0, h = 2166136261;
  for (let i = 0; i < data.length; i += 4) {
    if (Math.abs(data[i] - r) <= tolerance && Math.abs(data[i + 1] - g) <= tolerance
        && Math.abs(data[i + 2] - b) <= tolerance) {
      count++;
      h ^= i; h = Math.imul(h, 16777619) >>> 0;
    }
  }
  return [count, h.toString(16)];
}"""

SLIDERS = ("weight", "input", "alpha")


def readout_matches(readout: str, value: float) -> bool:
    """True when the readout text is `value` rounded to the digits the readout shows."""
    text = readout.strip().replace("\u2212", "-")
    try:
        shown = float(text)
    except ValueError:
        return False
    mantissa, _, exponent = text.lower().partition("e")
    decimals = len(mantissa.partition(".")[2])
    scale = 10.0 ** (int(exponent or 0) - decimals)
    return abs(shown - value) <= 0.5 * scale * 1.001 + 1e-12


@dataclass(frozen=True)
class ExplorerState:
    """What one explorer shows: slider values (from the models), readouts, summary, figure pixels."""

    values: dict[str, float]
    readouts: dict[str, str]
    summary: str
    pixels: str


class Explorer:
    """Drive one `.gd-explorer` on the page: its sliders, summary and ipympl figure."""

    def __init__(self, page: Any, root: Any, label: str) -> None:
        self.page, self.root, self.label = page, root, label

    def slider(self, kind: str) -> Any:
        return self.root.locator(f".gd-slider-{kind}")

    @property
    def kinds(self) -> list[str]:
        """The sliders this explorer has, by the name in their gd-slider-<name> class."""
        return self.root.evaluate(SLIDER_KINDS_JS)

    @property
    def toggles(self) -> list[str]:
        """Its buttons that change a setting, by CSS class: gd-toggle-<name> (a toggle or a choice that
        the summary reports) and gd-choice-<name> (a choice of what the figure shows)."""
        return self.root.evaluate(TOGGLE_CLASSES_JS)

    def toggle_buttons(self, toggle: str) -> Any:
        """The buttons of one toggle: the element itself when it is a button, else the buttons inside."""
        return self.root.locator(f"button.{toggle}, .{toggle} button")

    def click_toggle(self, toggle: str) -> tuple[int, int | None]:
        """Click an unpressed button of `toggle`; return (that one, the one pressed before or None)."""
        buttons = self.toggle_buttons(toggle)
        count = buttons.count()
        assert count >= 1, f"{self.label}: .{toggle} has no button"
        pressed = [i for i in range(count) if buttons.nth(i).evaluate(PRESSED_JS)]
        target = next((i for i in range(count) if i not in pressed), None)
        assert target is not None, f"{self.label}: every button of .{toggle} is pressed"
        buttons.nth(target).scroll_into_view_if_needed()
        buttons.nth(target).click()
        return target, (pressed[0] if pressed else None)

    def undo_toggle(self, toggle: str, clicked: int, pressed_before: int | None) -> None:
        """Put a toggle back: press the button that was pressed before, or release the one clicked."""
        self.toggle_buttons(toggle).nth(clicked if pressed_before is None else pressed_before).click()

    @property
    def shows_regime(self) -> bool:
        """True for explorers of gradient descent: they have input and alpha, and name the regime."""
        return {"input", "alpha"} <= set(self.kinds)

    def check_parts(self, note: str = "") -> None:
        """Sliders with handles, one summary; figure canvases that got a size (were initialised)."""
        assert self.kinds, f"{self.label}: no .gd-slider-* inside the explorer"
        for kind in self.kinds:
            count = self.slider(kind).count()
            assert count == 1, f"{self.label}: expected one .gd-slider-{kind}, found {count}"
            assert self.slider(kind).locator(".noUi-handle").count() == 1, (
                f"{self.label}: {kind} has no handle"
            )
        # A browser-drawn view renders once its module has loaded: give it the time a page takes.
        wait_until(lambda: self.root.locator(".gd-summary").count() == 1, 15)
        count = self.root.locator(".gd-summary").count()
        assert count == 1, f"{self.label}: expected one .gd-summary, found {count}"
        canvases = self.root.locator(".jupyter-matplotlib-figure canvas, .gd-view svg").count()
        assert canvases >= 1, f"{self.label}: no picture (ipympl canvas or view SVG) inside the explorer"
        sized = wait_until(lambda: self.root.evaluate(CANVASES_SIZED_JS), 15)
        assert sized, (
            f"{self.label}: the figure never got a size (it is "
            f"{self.root.evaluate(PIXELS_JS).split(':')[0]}): the front end did not initialise it{note}"
        )

    def value(self, kind: str) -> float:
        """The slider's real value from its widget model, else its readout."""
        slider = self.slider(kind)
        value = slider.evaluate(MODEL_VALUE_JS)
        if value is None:
            value = float(slider.locator(".widget-readout").inner_text().replace("\u2212", "-"))
        return float(value)

    def state(self) -> ExplorerState:
        """Everything the explorer shows, read in one call to the page."""
        seen = self.root.evaluate(STATE_JS, [SLIDER_KINDS_JS, MODEL_VALUE_JS, PIXELS_JS])
        values = {}
        for kind, value in seen["values"].items():
            values[kind] = float(
                value if value is not None else seen["readouts"][kind].replace("\u2212", "-")
            )
        return ExplorerState(values, seen["readouts"], seen["summary"], seen["pixels"])

    #: How long everything must stand still to count as settled: longer than the browser's pace of
    #: kernel saves during a drag (250 ms, web/src/pace.js) plus a round trip, so a pause between two
    #: paced saves is not taken for the end.
    STILL_SECONDS = 0.6

    def settle(self, before: ExplorerState | None = None, timeout: float = 15) -> ExplorerState:
        """Wait for the figure to change from `before` (if given), then for everything to stand still
        for STILL_SECONDS."""
        if before is not None:
            wait_until(lambda: self.root.evaluate(PIXELS_JS) != before.pixels, timeout)
        previous, since = self.state(), time.monotonic()
        deadline = since + timeout
        while time.monotonic() < deadline:
            time.sleep(0.15)
            now = self.state()
            if now != previous:
                previous, since = now, time.monotonic()
            elif time.monotonic() - since >= self.STILL_SECONDS:
                return now
        return previous

    def colour_pixels(
        self, rgb: tuple[int, int, int], box: tuple[float, float, float, float], tolerance: int = 10
    ) -> tuple[int, str]:
        """How many pixels of its figure inside `box` (left, right, top, bottom as fractions, from the
        top left) are within `tolerance` of the colour `rgb`, and where (a hash)."""
        count, where = self.root.evaluate(COLOUR_PIXELS_JS, [*rgb, tolerance, *box])
        return count, where

    def type_value(self, kind: str, text: str) -> None:
        """Type a value into the slider's editable readout and press Enter."""
        readout = self.slider(kind).locator(".widget-readout")
        readout.scroll_into_view_if_needed()
        readout.fill(text)
        readout.press("Enter")

    def position(self, kind: str) -> float:
        """Where the handle sits along its track, 0 at the left end, 1 at the right (log or linear)."""
        return self.slider(kind).evaluate(HANDLE_POSITION_JS)

    def nudge(self, kind: str, direction: int, distance: float, max_presses: int = 200) -> list[str]:
        """Press PageUp (+1) or PageDown (-1) until the handle has moved `distance` of the track."""
        key = "PageUp" if direction > 0 else "PageDown"
        handle = self.slider(kind).locator(".noUi-handle")
        handle.scroll_into_view_if_needed()
        handle.click()
        start, keys = self.position(kind), []
        while abs(self.position(kind) - start) < distance and len(keys) < max_presses:
            handle.press(key)
            keys.append(key)
        return keys


#: An explorer's state in one call: the helpers above, given as source, run inside the page.
STATE_JS = """(el, [kindsSource, valueSource, pixelsSource]) => {
  const kindsOf = eval(kindsSource), valueOf = eval(valueSource), pixelsOf = eval(pixelsSource);
  const values = {}, readouts = {};
  for (const kind of kindsOf(el)) {
    const slider = el.querySelector(`.gd-slider-${kind}`);
    values[kind] = valueOf(slider);
    readouts[kind] = slider.querySelector('.widget-readout').innerText.trim();
  }
  const summary = el.querySelector('.gd-summary');
  return {values, readouts, summary: summary ? summary.innerText.trim() : '', pixels: pixelsOf(el)};
}"""

#: Every gd-toggle-<name> and gd-choice-<name> class inside an element, in page order.
TOGGLE_CLASSES_JS = """(el) => [...el.querySelectorAll('[class*="gd-toggle-"], [class*="gd-choice-"]')]
  .flatMap((e) => [...e.classList].filter((c) => c.startsWith('gd-toggle-') || c.startsWith('gd-choice-')))"""

#: True for a pressed toggle button (ipywidgets marks it mod-active).
PRESSED_JS = "(b) => b.classList.contains('mod-active')"

#: The <name> of every gd-slider-<name> class inside an element, in page order.
SLIDER_KINDS_JS = """(el) => [...el.querySelectorAll('[class*="gd-slider-"]')]
  .flatMap((e) => [...e.classList].filter((c) => c.startsWith('gd-slider-')).map((c) => c.slice(10)))"""

#: The handle's centre along the slider's track, as a fraction of the track's width.
HANDLE_POSITION_JS = """(el) => {
  const base = el.querySelector('.noUi-base').getBoundingClientRect();
  const handle = el.querySelector('.noUi-handle').getBoundingClientRect();
  return (handle.left + handle.width / 2 - base.left) / base.width;
}"""


#: A browser-drawn view's state: its accessible name, live region, frames painted, and NaN anywhere.
VIEW_JS = """(el) => {
  const view = el.querySelector('.gd-view');
  if (!view) return null;
  const figure = view.querySelector('.gd-figure');
  return {role: figure.getAttribute('role'), name: figure.getAttribute('aria-label') || '',
          announced: view.querySelector('[aria-live]')?.textContent || '',
          frames: Number(view.dataset.frames || 0), nan: /NaN|Infinity/.test(view.outerHTML)};
}"""


def follows_keys_and_a_drag(page: Any, explorer: Explorer) -> None:
    """Assert that a browser-drawn explorer follows the learner: its picture has role img and a name; a
    key press on its first slider, then a 12-move mouse drag, redraw it and change the name; its live
    region then says the summary; nothing drawn holds NaN. The same in every host (JupyterLab,
    Notebook 7, Voila)."""
    explorer.root.scroll_into_view_if_needed()
    before = explorer.root.evaluate(VIEW_JS)
    assert before["role"] == "img" and len(before["name"]) > 40, before
    kind = explorer.kinds[0]
    handle = explorer.slider(kind).locator(".noUi-handle")
    handle.click()
    handle.press("ArrowRight" if explorer.position(kind) < 0.5 else "ArrowLeft")
    renamed = lambda: explorer.root.evaluate(VIEW_JS)["name"] != before["name"]  # noqa: E731
    assert wait_until(renamed, 5), (
        f"{explorer.label}: a key press on {kind} left the picture's name as it was"
    )
    keyed = explorer.root.evaluate(VIEW_JS)
    box = handle.bounding_box()
    x, y = box["x"] + box["width"] / 2, box["y"] + box["height"] / 2
    step = 6 if explorer.position(kind) < 0.5 else -6
    page.mouse.move(x, y)
    page.mouse.down()
    for k in range(1, 13):
        page.mouse.move(x + step * k, y)
    page.mouse.up()
    dragged = explorer.settle()
    seen = explorer.root.evaluate(VIEW_JS)
    assert seen["frames"] >= keyed["frames"] + 3, (
        f"{explorer.label}: a 12-move drag of {kind} painted {seen['frames'] - keyed['frames']} frames"
    )
    assert seen["name"] != keyed["name"] and not seen["nan"], seen
    said = lambda: explorer.root.evaluate(VIEW_JS)["announced"] == dragged.summary  # noqa: E731
    assert wait_until(said, 5), (
        f"{explorer.label}: the live region does not say the summary {dragged.summary!r}"
    )
