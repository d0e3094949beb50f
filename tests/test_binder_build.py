"""Binder, as repo2docker builds it: the Dockerfile it writes for this repository, then an environment
built the same way (its base versions, then binder/requirements.txt) that installs cleanly and runs
every notebook. Docker itself cannot run here; repo2docker --no-build prints what it would build.
"""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

import pytest
from install_envs import (
    BASE_PACKAGES,
    NOTEBOOKS,
    ROOT,
    Env,
    base_lock,
    binder_env,
    lock_pins,
    nbval_notebooks,
    proof_problems,
    repo2docker_env,
    runtime_python,
)
from test_project import pins


def build_script_name(path: Path) -> str:
    """The name repo2docker gives the copy of a build-script file: the path escaped ('/' is -2f, '.' is
    -2e, and so on), cut to 229 characters, a '-' and 6 hex digits of the path's sha256, all in lower
    case (repo2docker's `generate_build_context_filename`), so any folder name works, long or capitalised."""
    slug = "".join(c if c.isascii() and c.isalnum() else f"-{ord(c):02x}" for c in str(path))
    digest = hashlib.sha256(str(path).encode("utf-8")).hexdigest()[:6]
    return f"{slug[: 255 - 6 - 20]}-{digest}".lower()


@pytest.fixture(scope="module")
def dockerfile(tmp_path_factory: pytest.TempPathFactory) -> str:
    """What `repo2docker --no-build --debug` prints for this repository: its log and the Dockerfile."""
    repo2docker = repo2docker_env()
    cwd = tmp_path_factory.mktemp("repo2docker")
    args = ["--no-build", "--debug", "--user-id", "1000", "--user-name", "jovyan", ROOT]
    return repo2docker.run("-m", "repo2docker", *args, cwd=cwd, merged=True, timeout=300)


@pytest.fixture(scope="module")
def binder() -> Env:
    return binder_env()


def test_repo2docker_builds_runtime_pythons_conda_environment(dockerfile: str) -> None:
    version = runtime_python()
    assert f"Building conda environment for python={version}\n" in dockerfile, dockerfile[:2000]
    lock = base_lock(repo2docker_env(), version)
    copied = re.findall(r"build_script_files/(\S+) /tmp/env/environment.lock", dockerfile)
    assert len(copied) == 1, dockerfile
    assert copied[0] == build_script_name(lock), f"the image's base environment is not {lock}: {copied}"


def test_repo2docker_installs_binder_requirements_from_the_root(dockerfile: str) -> None:
    assert (
        "COPY --chown=1000:1000 src/binder/requirements.txt ${REPO_DIR}/binder/requirements.txt" in dockerfile
    )
    installs = re.findall(r"^RUN .*pip install.*$", dockerfile, flags=re.M)
    assert installs == [
        'RUN ${KERNEL_PYTHON_PREFIX}/bin/pip install --no-cache-dir -r "binder/requirements.txt"'
    ], installs
    # binder/ exists, so the top-level requirements.txt and pyproject.toml are not read on their own.
    assert 'pip install --no-cache-dir -r "requirements.txt"' not in dockerfile


def normal(name: str) -> str:
    """A package name as pip compares them (case, '-', '_' and '.' folded)."""
    return re.sub(r"[-_.]+", "-", name).lower()


def binder_own_pins() -> dict[str, str]:
    """What binder/requirements.txt pins itself (name == version), beside -r ../requirements.txt and `.`."""
    lines = [
        ln.split("#")[0].strip() for ln in (ROOT / "binder" / "requirements.txt").read_text().splitlines()
    ]
    pinned = [ln.partition("==") for ln in lines if ln and not ln.startswith("-") and ln != "."]
    assert all(version for _, _, version in pinned), f"binder/requirements.txt pins with == only: {pinned}"
    return {name.lower(): version for name, _, version in pinned}


def test_binder_pins_the_offline_notebook_extension_and_only_there() -> None:
    """Binder saves a notebook into the browser with jupyter-offlinenotebook; a learner's own computer,
    where the notebook is a file on disk, does not get it."""
    assert binder_own_pins() == {"jupyter-offlinenotebook": "0.3.2"}
    assert "jupyter-offlinenotebook" not in pins("requirements.txt")


def test_binder_jupyterlab_loads_the_offline_notebook_extension(binder: Env) -> None:
    """Its lab extension is enabled and its server extension answers in the Binder-like environment."""
    plain = lambda text: re.sub(r"\x1b\[[0-9;]*m", "", text)  # noqa: E731 (without colour codes)
    listed = plain(binder.run("-m", "jupyter", "labextension", "list", merged=True))
    line = next((ln for ln in listed.splitlines() if "jupyter-offlinenotebook" in ln), "")
    assert "enabled" in line and "OK" in line and "0.3.2" in line, listed
    servers = plain(binder.run("-m", "jupyter", "server", "extension", "list", merged=True))
    assert re.search(r"jupyter_offlinenotebook\s+enabled", servers), servers


def test_binder_environment_has_the_pins_and_is_consistent(binder: Env) -> None:
    assert "No broken requirements found" in binder.pip("check")
    listed = json.loads(binder.pip("list", "--format=json"))
    installed = {normal(p["name"]): p["version"] for p in listed}
    wanted = {normal(name): version for name, version in pins("requirements.txt").items()}
    wanted |= {normal(name): version for name, version in binder_own_pins().items()}
    differ = {n: (v, installed.get(n)) for n, v in wanted.items() if installed.get(n) != v}
    assert not differ, f"pinned in requirements.txt, but Binder's build gets (wanted, installed): {differ}"
    base = lock_pins(base_lock(repo2docker_env(), runtime_python()), BASE_PACKAGES)
    assert {normal(n) for n in base} <= set(installed), sorted(installed)
    assert "gdcourse" in installed


def test_every_notebook_runs_in_the_binder_environment(binder: Env, tmp_path: Path) -> None:
    """Strict nbval over copies of every notebook, outside the repository, with the Binder-like
    environment's kernel: each kernel imported gdcourse from that environment's site-packages (the
    package as its wheel installs it), with nothing from the source tree on sys.path."""
    records = nbval_notebooks(binder, tmp_path)
    notebooks = {p.name for p in NOTEBOOKS.glob("*.ipynb")}
    unfinished = notebooks - set(records)
    assert not unfinished, f"notebooks that never reached their last cell: {sorted(unfinished)}"
    problems = {name: proof_problems(binder, r, installed=True) for name, r in records.items()}
    assert not any(problems.values()), problems
