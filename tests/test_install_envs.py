"""The helpers behind the install tests: requirement files, lock pins, the proof of where gdcourse
came from, recognising an unreachable registry, and the cache (build once per key; skip or fail)."""

from __future__ import annotations

import socket
import subprocess
import sys
import types
from pathlib import Path

import install_envs
import pytest
from install_envs import ROOT, Env, lock_pins, proof_problems, requirement_files, unreachable_registry


def test_requirement_files_follow_r_and_c_lines_once(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "a.txt").write_text("-r sub/b.txt\nnumpy==2\n")
    (tmp_path / "sub" / "b.txt").write_text("--constraint ../c.txt\n-r ../a.txt\n")
    (tmp_path / "c.txt").write_text("matplotlib==3\n")
    names = [p.relative_to(tmp_path).as_posix() for p in requirement_files(tmp_path / "a.txt")]
    assert names == ["a.txt", "sub/b.txt", "c.txt"]


def test_lock_pins_read_versions_from_conda_package_urls(tmp_path: Path) -> None:
    lock = tmp_path / "environment.lock"
    lock.write_text(
        "@EXPLICIT\n"
        "https://conda.anaconda.org/conda-forge/noarch/jupyterlab-4.4.9-pyhd8ed1ab_0.conda#6f\n"
        "https://conda.anaconda.org/conda-forge/noarch/jupyterlab_server-2.27.3-pyhd8ed1ab_1.conda#a1\n"
        "https://conda.anaconda.org/conda-forge/linux-64/python-3.11.14-hfe2f287_1_cpython.conda#e8\n"
    )
    assert lock_pins(lock, ("jupyterlab", "python")) == {"jupyterlab": "4.4.9", "python": "3.11.14"}
    with pytest.raises(ValueError, match="names no package 'notebook'"):
        lock_pins(lock, ("notebook",))


def test_proof_accepts_an_installed_import_and_flags_the_source_tree(tmp_path: Path) -> None:
    env = Env(Path(sys.prefix))
    site = str(env.site_packages())
    installed = {
        "gdcourse": f"{site}/gdcourse/__init__.py",
        "executable": str(env.python),
        "sys_path": [str(tmp_path), site],
        "cwd": str(tmp_path),
    }
    assert proof_problems(env, installed, installed=True) == []
    from_source = {
        "gdcourse": str(ROOT / "gdcourse" / "__init__.py"),
        "executable": "/usr/bin/python3",
        "sys_path": ["", site],
        "cwd": str(ROOT),
    }
    problems = proof_problems(env, from_source, installed=True)
    assert len(problems) == 4, problems
    assert len(proof_problems(env, from_source, installed=False)) == 2


def pip_output(*args: str) -> str:
    """What pip says, configuration ignored (--isolated), so only the index given here is asked."""
    command = [sys.executable, "-m", "pip", "install", "--isolated", "--dry-run", "--retries", "1", *args]
    result = subprocess.run(command, capture_output=True, text=True, timeout=120)
    return result.stdout + result.stderr


def test_an_unreachable_registry_is_recognised_from_pips_own_output(tmp_path: Path) -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        closed = sock.getsockname()[1]  # nothing listens there once the socket is closed
    refused = pip_output("--index-url", f"http://127.0.0.1:{closed}/simple", "--timeout", "5", "gd-absent")
    assert unreachable_registry(refused), refused
    (tmp_path / "simple").mkdir()
    missing = pip_output("--index-url", (tmp_path / "simple").as_uri(), "gd-absent")
    assert "No matching distribution" in missing, missing
    assert unreachable_registry(missing) is None, missing


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A private cache folder, and a venv module whose create() only makes bin/python."""

    def create(path: Path, with_pip: bool = True) -> None:
        (Path(path) / "bin").mkdir(parents=True)
        (Path(path) / "bin" / "python").write_text("")

    monkeypatch.setattr(install_envs, "CACHE", tmp_path)
    monkeypatch.setattr(install_envs, "venv", types.SimpleNamespace(create=create))
    return tmp_path


def test_cached_env_builds_once_per_key(cache: Path) -> None:
    builds: list[Path] = []
    for key in ("one", "one", "two", "two"):
        env = install_envs.cached_env("demo", key, lambda env: builds.append(env.path))
    assert builds == [cache / "demo", cache / "demo"]
    assert (env.path / install_envs.STAMP).read_text() == "two"


def test_an_unreachable_registry_skips_and_fails_under_ci(
    cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def offline(env: Env) -> None:
        pytest.fail("WARNING: Retrying after connection broken by 'NewConnectionError(...)'", pytrace=False)

    def broken(env: Env) -> None:
        pytest.fail("ERROR: No matching distribution found for numpy==0.0", pytrace=False)

    monkeypatch.delenv("CI", raising=False)
    with pytest.raises(pytest.skip.Exception, match="registry is unreachable"):
        install_envs.cached_env("demo", "k", offline)
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception, match="CI=true and this test cannot run"):
        install_envs.cached_env("demo", "k", offline)
    with pytest.raises(pytest.fail.Exception, match="No matching distribution"):
        install_envs.cached_env("demo", "k", broken)
    assert not (cache / "demo" / install_envs.STAMP).exists()
