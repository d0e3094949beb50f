"""The first cell of every notebook makes it work in a fresh Google Colab kernel, and does nothing elsewhere.

Colab itself cannot be reached from here. What can be tried is tried: an environment with what a fresh
Colab kernel has (a kernel, numpy, matplotlib, ipywidgets) but not this package runs a lesson whose
first cell installs the package, from a wheel built here where Colab would fetch the release tag from
GitHub; the lesson then passes strict nbval, with gdcourse imported from what the cell installed.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from install_envs import ROOT, Env, build_wheel, cached_env, files_digest, fingerprint, nbval_notebooks

sys.path.insert(0, str(ROOT / "tools"))

import colab_cell

NOTEBOOKS = sorted((ROOT / "notebooks").glob("*.ipynb"))
#: A lesson with a still and an explorer: what it needs is what every lesson needs.
LESSON = "01_compare.ipynb"
#: What a fresh Colab kernel already has that the course uses, at this repository's pins.
COLAB_HAS = ("ipykernel", "numpy", "matplotlib", "ipywidgets")
#: What the cell must bring: the package and what it needs beyond COLAB_HAS.
BROUGHT = ("gdcourse", "anywidget")


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.name for p in NOTEBOOKS])
def test_every_notebook_starts_with_the_colab_cell_of_this_version(path: Path) -> None:
    notebook = json.loads(path.read_text())
    assert colab_cell.up_to_date(notebook), f"{path.name}: run tools/colab_cell.py, then re-run it"
    first = next(c for c in notebook["cells"] if c["cell_type"] == "code")
    assert first["outputs"] == [], "where the package is installed, the cell says nothing"
    source = "".join(first["source"])
    assert f"git+https://github.com/gdcourse/gdcourse@v{colab_cell.version()}" in source


def test_where_the_package_is_installed_the_cell_does_nothing_and_says_nothing(tmp_path: Path) -> None:
    """Run as plain Python by this environment's interpreter, which has the package: no output, no pip."""
    done = subprocess.run(
        [sys.executable, "-c", colab_cell.cell_source()], capture_output=True, text=True, cwd=tmp_path
    )
    assert done.returncode == 0 and done.stdout == "" and done.stderr == "", done


def test_the_readme_names_the_tag_the_cell_installs() -> None:
    readme = (ROOT / "README.md").read_text()
    assert f"git tag {colab_cell.tag()} && git push origin {colab_cell.tag()}" in readme


def test_the_colab_links_open_the_notebooks_at_the_release_tag() -> None:
    url = colab_cell.colab_url(LESSON)
    assert url == (
        f"https://colab.research.google.com/github/gdcourse/gdcourse/blob/v{colab_cell.version()}"
        f"/notebooks/{LESSON}"
    )


@pytest.fixture(scope="module")
def colab_like() -> Env:
    """A cached environment with what a fresh Colab kernel has (COLAB_HAS, pinned by requirements.txt)
    and none of BROUGHT: those are uninstalled before each use, so the cell always starts from none."""
    key = fingerprint("colab", *COLAB_HAS, sys.version, files_digest([ROOT / "requirements.txt"]))
    env = cached_env("colab", key, lambda env: env.install("-c", ROOT / "requirements.txt", *COLAB_HAS))
    env.pip("uninstall", "--yes", *BROUGHT)
    return env


def test_a_fresh_colab_like_kernel_runs_a_lesson_after_the_cell_installs_the_package(
    colab_like: Env, tmp_path: Path
) -> None:
    probe = "import importlib.util as u; print(u.find_spec('gdcourse'))"
    shown = colab_like.run("-c", probe, cwd=tmp_path).strip()
    assert shown == "None", "the environment must start without the package"
    (tmp_path / "wheel").mkdir()
    wheel = build_wheel(tmp_path / "wheel")

    def from_the_wheel(notebook: dict) -> dict:
        """The cell as it is, but pip is given the wheel where Colab would fetch the release tag."""
        first = next(c for c in notebook["cells"] if c["cell_type"] == "code")
        source = "".join(first["source"])
        assert colab_cell.requirement() in source
        first["source"] = source.replace(colab_cell.requirement(), str(wheel))
        return notebook

    work = tmp_path / "work"
    work.mkdir()
    records = nbval_notebooks(colab_like, work, names=[LESSON], edit=from_the_wheel)
    imported = Path(records[LESSON]["gdcourse"]).resolve()
    assert imported.is_relative_to(colab_like.site_packages().resolve()), imported
