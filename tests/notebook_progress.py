"""A pytest plugin: each notebook that nbval runs gets a progress file of its own, empty at the start.

A lesson ends with `gd.progress()`, whose table shows what this run's checks recorded. Its kernel reads
$GDCOURSE_PROGRESS when it starts, so setting it before each notebook's first cell (before nbval starts
that notebook's kernel) makes the table the same whichever notebooks ran before in the same process,
and strict nbval can compare it with the saved one. tests/conftest.py uses it for the suite's own
nbval run; install_envs.nbval_notebooks loads it into the nbval runs it starts in a subprocess.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest

PROGRESS_ENV = "GDCOURSE_PROGRESS"
_current: list[object] = [None]


def fresh_progress_file(notebook: str, folder: Path) -> Path:
    """A path for `notebook`'s progress file under `folder` that holds no file yet."""
    folder.mkdir(parents=True, exist_ok=True)
    handle, name = tempfile.mkstemp(prefix=f"{Path(notebook).stem}-", suffix=".json", dir=folder)
    os.close(handle)
    os.unlink(name)
    return Path(name)


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_setup(item: pytest.Item) -> None:
    """Before the first cell of each notebook (nbval's items are cells), point $GDCOURSE_PROGRESS at a new
    file in the folder of the current one (the tests' temporary sandbox), or in a temporary folder."""
    if type(item).__name__ != "IPyNbCell" or item.parent is _current[0]:
        return
    _current[0] = item.parent
    current = os.environ.get(PROGRESS_ENV)
    folder = Path(current).parent if current else Path(tempfile.gettempdir()) / "gdcourse-test-progress"
    if folder.name != "notebooks":
        folder = folder / "notebooks"
    os.environ[PROGRESS_ENV] = str(fresh_progress_file(str(item.path), folder))
