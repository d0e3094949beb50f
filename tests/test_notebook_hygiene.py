"""Notebooks as saved: from a clean Restart and Run All, no errors, renderable on GitHub."""

import json
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOKS = sorted((ROOT / "notebooks").glob("*.ipynb"))
WIDGET_VIEW = "application/vnd.jupyter.widget-view+json"


def code_cells(notebook):
    return [c for c in notebook["cells"] if c["cell_type"] == "code" and "".join(c["source"]).strip()]


@pytest.fixture(params=NOTEBOOKS, ids=[p.name for p in NOTEBOOKS])
def notebook(request):
    return request.param, json.loads(request.param.read_text())


def test_there_is_a_start_page():
    assert (ROOT / "notebooks/00_start_here.ipynb") in NOTEBOOKS


def test_saved_from_a_clean_run(notebook):
    path, nb = notebook
    counts = [c["execution_count"] for c in code_cells(nb)]
    assert counts == list(range(1, len(counts) + 1)), f"{path.name}: re-run with tools/rerun_notebooks.py"


def test_no_stored_errors(notebook):
    path, nb = notebook
    for cell in code_cells(nb):
        for output in cell["outputs"]:
            assert output["output_type"] != "error", f"{path.name}: {output.get('ename')}"
            assert "Traceback" not in "".join(output.get("text", "")), path.name


def test_widget_cells_are_marked_for_nbval(notebook):
    path, nb = notebook
    for cell in code_cells(nb):
        shows_widget = any(WIDGET_VIEW in o.get("data", {}) for o in cell["outputs"])
        if shows_widget:
            assert "".join(cell["source"]).startswith("# NBVAL_IGNORE_OUTPUT"), path.name


def test_github_can_render_it(notebook):
    path, nb = notebook
    widgets = nb["metadata"].get("widgets")
    if widgets is not None:
        assert all("state" in v for v in widgets.values()), f"{path.name}: widget metadata lacks 'state'"
    assert path.stat().st_size < 2_000_000


def test_first_cell_says_what_and_how_long_and_last_says_what_next(notebook):
    path, nb = notebook
    first = "".join(nb["cells"][0]["source"])
    last = "".join(nb["cells"][-1]["source"])
    assert first.startswith("# "), path.name
    assert re.search(r"\bminutes?\b", first), f"{path.name}: say about how long it takes"
    assert re.search(r"^- ", first, re.M), f"{path.name}: list what the learner will learn"
    assert nb["cells"][-1]["cell_type"] == "markdown" and "next" in last.lower(), path.name


def test_relative_links_resolve(notebook):
    path, nb = notebook
    for cell in nb["cells"]:
        if cell["cell_type"] == "markdown":
            for link in re.findall(r"\]\(((?!https?:|#)[^)#]+)", "".join(cell["source"])):
                assert (path.parent / link).exists(), f"{path.name}: broken link {link}"


def explorers_made(path):
    """The explorer classes a notebook's code makes, by name: gd.explorers.<Name>Explorer(...)."""
    code = "".join(
        "".join(c["source"]) for c in json.loads(path.read_text())["cells"] if c["cell_type"] == "code"
    )
    return set(re.findall(r"gd\.explorers\.(\w+Explorer)\(", code))


def test_the_playground_holds_every_explorer_the_chapters_use():
    """The browser tests move every slider of every explorer in the playground only: it must hold them all."""
    playground = ROOT / "notebooks/playground.ipynb"
    used = set().union(*(explorers_made(path) for path in NOTEBOOKS if path != playground))
    assert used, "the chapters make no explorers: the pattern above no longer finds them"
    assert used <= explorers_made(playground), used - explorers_made(playground)
