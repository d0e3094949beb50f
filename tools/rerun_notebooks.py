#!/usr/bin/env python3
"""Restart and Run All for notebooks, saving the outputs: how every notebook here is saved.

    .venv/bin/python tools/rerun_notebooks.py                 every notebook under notebooks/
    .venv/bin/python tools/rerun_notebooks.py notebooks/01_compare.ipynb

Each notebook runs top to bottom in a fresh kernel from its own folder, so the saved
outputs (and execution counts 1, 2, 3 ...) are exactly what the code makes. Each one also gets an
empty progress file of its own in a temporary folder ($GDCOURSE_PROGRESS), so its progress table shows
only what its own run checked, and your own progress file is never touched.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

import nbformat
from nbclient import NotebookClient

ROOT = Path(__file__).resolve().parent.parent


def rerun(path: Path) -> None:
    notebook = nbformat.read(path, as_version=4)
    client = NotebookClient(
        notebook, timeout=300, kernel_name="python3", resources={"metadata": {"path": str(path.parent)}}
    )
    with tempfile.TemporaryDirectory(prefix="gdcourse-rerun-") as folder:
        os.environ["GDCOURSE_PROGRESS"] = str(Path(folder) / "progress.json")
        client.execute()
    nbformat.write(notebook, path)
    print(f"ran and saved {path.relative_to(ROOT)}")


def main(paths: list[str]) -> None:
    targets = [Path(p).resolve() for p in paths] or sorted((ROOT / "notebooks").glob("*.ipynb"))
    for path in targets:
        rerun(path)


if __name__ == "__main__":
    main(sys.argv[1:])
