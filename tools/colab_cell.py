#!/usr/bin/env python3
"""The first code cell of every notebook: in Google Colab it installs the course and turns on widgets.

    .venv/bin/python tools/colab_cell.py            put the cell in (or bring it up to date in) every notebook
    .venv/bin/python tools/colab_cell.py --check    exit 1 if a notebook's cell is missing or out of date

Colab starts a bare kernel: the package is installed from this repository at the release tag of its
version (pyproject.toml), the tag the "Open in Colab" links open too, and Colab's manager for custom
widgets is turned on (the explorers are anywidget views). Where the package is installed already
(a clone, Binder, Voila) the cell does nothing and prints nothing. It is tagged so the website leaves
it out (remove-cell) and nbval does not compare what pip may print (nbval-ignore-output).
"""

from __future__ import annotations

import json
import sys
import tomllib
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
REPOSITORY = "gdcourse/gdcourse"
TAGS = ["remove-cell", "nbval-ignore-output"]
#: How the cell is recognised when it is brought up to date.
FIRST_LINE = "# In Google Colab, this cell installs the course's package"

TEMPLATE = """\
# In Google Colab, this cell installs the course's package (version {version}) and turns on the
# custom widgets its explorers are made of. Where the package is installed already (JupyterLab on
# your computer, Binder, Voila) it does nothing.
import importlib.util
import subprocess
import sys

if importlib.util.find_spec("gdcourse") is None:
    package = "{requirement}"
    subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", package], check=True)
    importlib.invalidate_caches()
if "google.colab" in sys.modules:
    from google.colab import output

    output.enable_custom_widget_manager()"""


def version(root: Path = ROOT) -> str:
    """The package's version, as pyproject.toml gives it."""
    return tomllib.loads((root / "pyproject.toml").read_text())["project"]["version"]


def tag(root: Path = ROOT) -> str:
    """The release tag the Colab links and the cell use: v<version>."""
    return f"v{version(root)}"


def requirement(root: Path = ROOT) -> str:
    """What the cell asks pip for: the package from this repository at the release tag."""
    return f"gdcourse @ git+https://github.com/{REPOSITORY}@{tag(root)}"


def colab_url(notebook: str, root: Path = ROOT) -> str:
    """The "Open in Colab" address of a notebook (its file name, like 01_compare.ipynb)."""
    return f"https://colab.research.google.com/github/{REPOSITORY}/blob/{tag(root)}/notebooks/{notebook}"


def cell_source(root: Path = ROOT) -> str:
    return TEMPLATE.format(version=version(root), requirement=requirement(root))


def is_colab_cell(cell: dict) -> bool:
    return cell["cell_type"] == "code" and "".join(cell["source"]).startswith(FIRST_LINE)


def with_cell(notebook: dict, root: Path = ROOT) -> dict:
    """The notebook with the cell first among its code cells (replacing an older one), unrun."""
    cells = [c for c in notebook["cells"] if not is_colab_cell(c)]
    first_code = next(k for k, c in enumerate(cells) if c["cell_type"] == "code")
    cell = {
        "id": uuid.uuid4().hex[:8],
        "cell_type": "code",
        "execution_count": None,
        "metadata": {"tags": TAGS},
        "outputs": [],
        "source": cell_source(root).splitlines(keepends=True),
    }
    return {**notebook, "cells": [*cells[:first_code], cell, *cells[first_code:]]}


def up_to_date(notebook: dict, root: Path = ROOT) -> bool:
    """True when the notebook's first code cell is the cell, as cell_source says, with its tags."""
    first = next(c for c in notebook["cells"] if c["cell_type"] == "code")
    return (
        is_colab_cell(first)
        and "".join(first["source"]) == cell_source(root)
        and first.get("metadata", {}).get("tags") == TAGS
    )


def main(argv: list[str]) -> int:
    stale = []
    for path in sorted((ROOT / "notebooks").glob("*.ipynb")):
        notebook = json.loads(path.read_text())
        if up_to_date(notebook):
            continue
        stale.append(path.name)
        if "--check" not in argv:
            path.write_text(json.dumps(with_cell(notebook), indent=1, ensure_ascii=False) + "\n")
            print(f"wrote the Colab cell into {path.relative_to(ROOT)} (re-run it: tools/rerun_notebooks.py)")
    if "--check" in argv and stale:
        print(f"the Colab cell is missing or out of date in {', '.join(stale)}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
