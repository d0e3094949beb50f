"""The explorers' browser bundles (gdcourse/explorers/web/dist) are fresh and ship in the wheel.

anywidget loads one ES module per view, so tools/build_web.mjs bundles each entry in
gdcourse/explorers/web/src/views/ with esbuild; the bundles are committed because learners install
with pip and have no Node. A rebuild in --check mode proves nobody edited src/ and forgot to rebuild.
"""

from __future__ import annotations

import glob
import os
import shutil
import subprocess
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
BUILD = ROOT / "tools" / "build_web.mjs"
PACKAGE = ROOT / "gdcourse"
DIST = PACKAGE / "explorers" / "web" / "dist"


def node_or_skip() -> str:
    """The node executable; without it or esbuild: fail under CI=true, else skip with the reason."""
    node = shutil.which("node")
    if node is None:
        reason = "node is not installed (install Node.js 20 or newer)"
    elif not (ROOT / "node_modules" / "esbuild" / "package.json").is_file():
        reason = "node_modules/esbuild is missing (run `npm ci`, or `python3 course.py web`)"
    else:
        return node
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"cannot check the web bundles: {reason}")
    pytest.skip(f"cannot check the web bundles: {reason}")


def test_bundles_are_fresh():
    node = node_or_skip()
    result = subprocess.run(
        [node, str(BUILD), "--check"], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, (
        "the bundles in gdcourse/explorers/web/dist are not what gdcourse/explorers/web/src builds: "
        "run `python3 course.py web` and commit the result\n" + result.stdout + result.stderr
    )


def test_every_bundle_is_package_data():
    """setuptools globs package-data patterns inside the package's folder: each must take every bundle."""
    with (ROOT / "pyproject.toml").open("rb") as file:
        setuptools = tomllib.load(file)["tool"]["setuptools"]
    patterns = setuptools.get("package-data", {}).get("gdcourse", [])
    shipped = {
        Path(path).resolve()
        for pattern in patterns
        for path in glob.glob(os.path.join(glob.escape(str(PACKAGE)), pattern), recursive=True)
    }
    bundles = sorted(DIST.glob("*.js"))
    assert bundles, f"no bundles in {DIST.relative_to(ROOT)}"
    missing = [str(path.relative_to(ROOT)) for path in bundles if path.resolve() not in shipped]
    assert not missing, f"not package data in pyproject.toml's [tool.setuptools.package-data]: {missing}"
