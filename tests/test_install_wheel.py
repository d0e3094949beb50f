"""The built wheel, installed outside the repository, holds every module and runs every notebook.

An editable install imports from the source tree and so hides a subpackage the wheel leaves out;
these tests use only the wheel, in an environment of its own, from folders outside the repository.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from install_envs import (
    NOTEBOOKS,
    ROOT,
    Env,
    cached_env,
    files_digest,
    fingerprint,
    nbval_notebooks,
    package_metadata,
    proof_problems,
    requirement_files,
)

#: How the wheel's environment is built; part of its cache key, so changing it rebuilds.
RECIPE = "pip install -c requirements.txt <wheel> ipykernel"

#: Run by the installed Python from a folder outside the repository: import every public module
#: found by walking the installed package, and say where each came from.
IMPORT_ALL = """
import importlib, json, pkgutil, sys, sysconfig
import gdcourse
found = [m.name for m in pkgutil.walk_packages(gdcourse.__path__, "gdcourse.")]
public = ["gdcourse"] + [n for n in found if not any(p.startswith("_") for p in n.split("."))]
files = {name: importlib.import_module(name).__file__ for name in public}
print(json.dumps({"found": found, "files": files, "purelib": sysconfig.get_paths()["purelib"],
                  "sys_path": sys.path}))
"""


def module_name(path: Path) -> str:
    """gdcourse/explorers/base.py -> gdcourse.explorers.base; a package's __init__.py -> the package."""
    parts = path.with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def source_modules() -> set[str]:
    """Every module in the source tree's gdcourse folder."""
    return {
        module_name(p.relative_to(ROOT))
        for p in (ROOT / "gdcourse").rglob("*.py")
        if "__pycache__" not in p.parts
    }


def wheel_modules(wheel: Path) -> set[str]:
    """Every module the wheel holds."""
    with zipfile.ZipFile(wheel) as archive:
        return {module_name(Path(n)) for n in archive.namelist() if n.endswith(".py")}


def build_wheel(out: Path) -> Path:
    """Build the wheel from a copy of what the build reads, so the repository gets no build/ folder."""
    source = out / "source"
    source.mkdir()
    for path in [ROOT / "pyproject.toml", ROOT / "README.md", *ROOT.glob("LICENSE*")]:
        shutil.copy2(path, source / path.name)
    shutil.copytree(ROOT / "gdcourse", source / "gdcourse", ignore=shutil.ignore_patterns("__pycache__"))
    command = [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--no-build-isolation"]
    result = subprocess.run([*command, "--wheel-dir", str(out), str(source)], capture_output=True, text=True)
    assert result.returncode == 0, f"building the wheel failed:\n{result.stdout}{result.stderr}"
    wheels = sorted(out.glob("gdcourse-*.whl"))
    assert len(wheels) == 1, wheels
    return wheels[0]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_wheel(tmp_path_factory.mktemp("wheel"))


@pytest.fixture(scope="module")
def wheel_env(wheel: Path) -> Env:
    """The cached environment (rebuilt when the pins or the package's dependencies change) with
    this wheel installed afresh, without its dependencies, over the previous one."""
    pins = files_digest(requirement_files(ROOT / "requirements.txt"))
    key = fingerprint(RECIPE, sys.version, package_metadata(), pins)

    def build(env: Env) -> None:
        env.install("-c", ROOT / "requirements.txt", wheel, "ipykernel")

    env = cached_env("wheel", key, build)
    env.pip("install", "--quiet", "--no-deps", "--force-reinstall", wheel)
    return env


def test_the_wheel_holds_every_module_of_the_source_tree(wheel: Path) -> None:
    missing = source_modules() - wheel_modules(wheel)
    assert not missing, f"{wheel.name} lacks {sorted(missing)}: see [tool.setuptools.packages.find]"
    assert "gdcourse.explorers" in wheel_modules(wheel)


def test_every_public_module_imports_from_the_installed_wheel(wheel_env: Env, tmp_path: Path) -> None:
    """From a folder outside the repository, every public module imports, each from site-packages."""
    report = json.loads(wheel_env.run("-c", IMPORT_ALL, cwd=tmp_path))
    found = {"gdcourse", *report["found"]}
    assert found == source_modules(), (
        f"walking the installed package found {sorted(found ^ source_modules())} differently from the source"
    )
    site = Path(report["purelib"]).resolve()
    elsewhere = {n: f for n, f in report["files"].items() if not Path(f).resolve().is_relative_to(site)}
    assert not elsewhere, f"imported from outside {site}: {elsewhere}"
    assert not [p for p in report["sys_path"] if Path(p or tmp_path).resolve() == ROOT], report["sys_path"]
    assert len(report["files"]) >= 4, report["files"]


def test_every_notebook_runs_against_the_installed_wheel(wheel_env: Env, tmp_path: Path) -> None:
    """Strict nbval over copies of the notebooks, outside the repository, with the wheel's own kernel."""
    records = nbval_notebooks(wheel_env, tmp_path)
    notebooks = {p.name for p in NOTEBOOKS.glob("*.ipynb")}
    unfinished = notebooks - set(records)
    assert not unfinished, f"notebooks that never reached their last cell: {sorted(unfinished)}"
    problems = {name: proof_problems(wheel_env, r, installed=True) for name, r in records.items()}
    assert not any(problems.values()), problems
