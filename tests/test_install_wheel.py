"""The built wheel holds every module, and installed outside the repository with only the
dependencies it declares, every public module imports from it.

An editable install imports from the source tree and so hides a subpackage the wheel leaves out;
these tests use only the wheel, in an environment of its own, from folders outside the repository.
The notebooks run against the same build in the Binder environment (tests/test_binder_build.py),
whose `pip install .` puts the package in site-packages exactly as this wheel does.
"""

from __future__ import annotations

import json
import sys
import zipfile
from pathlib import Path

import pytest
from install_envs import (
    ROOT,
    Env,
    build_wheel,
    cached_env,
    files_digest,
    fingerprint,
    install_current_package,
    package_metadata,
    requirement_files,
)

#: How the wheel's environment is built; part of its cache key, so changing it rebuilds.
RECIPE = "pip install -c requirements.txt <wheel>"

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


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_wheel(tmp_path_factory.mktemp("wheel"))


@pytest.fixture(scope="module")
def wheel_env(wheel: Path) -> Env:
    """The cached environment (rebuilt when the pins or the package's dependencies change) holding the
    wheel and only the dependencies it declares; the package is reinstalled when the source changed."""
    pins = files_digest(requirement_files(ROOT / "requirements.txt"))
    key = fingerprint(RECIPE, sys.version, package_metadata(), pins)

    def build(env: Env) -> None:
        env.install("-c", ROOT / "requirements.txt", wheel)

    return install_current_package(cached_env("wheel", key, build), "wheel", wheel)


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
