"""Virtual environments that the install tests build once and keep, and the notebook runs they share.

Each environment lives in .cache/test-envs/<name>/ (gitignored) with a stamp holding a hash of exactly
what decides its contents; a matching stamp reuses it, anything else rebuilds it. Building needs the
package registry: when pip cannot reach it the test is skipped, except under CI=true, where that is a
failure.
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import tomllib
import venv
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOKS = ROOT / "notebooks"
CACHE = ROOT / ".cache" / "test-envs"
#: The Binder builder whose Dockerfile and base environment the Binder tests follow.
REPO2DOCKER = "jupyter-repo2docker==2026.4.0"
#: A kernel spec of this name runs the notebooks with an environment's own Python.
KERNEL_NAME = "gdcourse-under-test"
STAMP = ".gdcourse-test-env"


# --- Skip or fail ---------------------------------------------------------------------------------


def under_ci(env: Mapping[str, str] = os.environ) -> bool:
    """True when CI=true: a test that cannot run there is a failure, not a skip."""
    return env.get("CI", "").strip().lower() == "true"


def skip_or_fail(reason: str) -> None:
    """Skip the test with `reason`, or fail it under CI=true."""
    if under_ci():
        pytest.fail(f"CI=true and this test cannot run: {reason}", pytrace=False)
    pytest.skip(reason)


# --- Hashes and requirement files -----------------------------------------------------------------


def fingerprint(*parts: str | bytes) -> str:
    """A hash of the parts in order (each one length-prefixed, so parts cannot run together)."""
    digest = hashlib.sha256()
    for part in parts:
        data = part.encode() if isinstance(part, str) else part
        digest.update(len(data).to_bytes(8, "big") + data)
    return digest.hexdigest()


def requirement_files(path: Path) -> list[Path]:
    """`path` and every file it pulls in with -r or -c, recursively, each once, in reading order."""
    found: list[Path] = []

    def visit(file: Path) -> None:
        file = file.resolve()
        if file in found:
            return
        found.append(file)
        for line in file.read_text().splitlines():
            match = re.match(r"\s*(?:-r|-c|--requirement|--constraint)[\s=]+(\S+)", line)
            if match:
                visit(file.parent / match.group(1))

    visit(path)
    return found


def package_metadata() -> str:
    """The parts of pyproject.toml that decide what installing the package brings in."""
    data = tomllib.loads((ROOT / "pyproject.toml").read_text())
    return json.dumps({k: data.get(k) for k in ("build-system", "project")}, sort_keys=True)


def files_digest(paths: list[Path]) -> str:
    """A hash of the files' contents, each under its path relative to the repository."""
    return fingerprint(*(f"{p.relative_to(ROOT)}\n".encode() + p.read_bytes() for p in paths))


# --- Cached environments --------------------------------------------------------------------------


@dataclass(frozen=True)
class Env:
    """A virtual environment at `path`, and the commands run with its own interpreter."""

    path: Path

    @property
    def bin(self) -> Path:
        return self.path / "bin"

    @property
    def python(self) -> Path:
        return self.bin / "python"

    def run(
        self, *args: str | Path, cwd: Path | None = None, merged: bool = False, timeout: float = 900
    ) -> str:
        """Run `python args...` of this environment; its output (with stderr if `merged`), or a failure."""
        command = [str(self.python), *map(str, args)]
        result = subprocess.run(
            command,
            cwd=cwd or ROOT,
            env=clean_env(),
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT if merged else subprocess.PIPE,
            text=True,
            timeout=timeout,
        )
        if result.returncode != 0:
            pytest.fail(
                f"{' '.join(command)} exited {result.returncode} (in {cwd or ROOT}):\n"
                f"{(result.stdout + (result.stderr or ''))[-4000:]}",
                pytrace=False,
            )
        return result.stdout

    def pip(self, *args: str | Path, cwd: Path | None = None) -> str:
        return self.run("-m", "pip", "--disable-pip-version-check", *args, cwd=cwd)

    def install(self, *args: str | Path, cwd: Path | None = None) -> str:
        """pip install, quietly; a short timeout and two retries, so an unreachable index fails soon
        and says so (each retry logs the broken connection)."""
        return self.pip("install", "--quiet", "--timeout", "30", "--retries", "2", *args, cwd=cwd)

    def site_packages(self) -> Path:
        """Where this environment installs packages (sysconfig's purelib)."""
        return Path(self.run("-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])").strip())


def clean_env() -> dict[str, str]:
    """The environment for subprocesses: nothing that would add a folder to sys.path or pick a venv."""
    env = dict(os.environ)
    for name in ("PYTHONPATH", "PYTHONHOME", "PYTHONSTARTUP", "VIRTUAL_ENV", "PYTHONSAFEPATH"):
        env.pop(name, None)
    return env


@contextlib.contextmanager
def locked(name: str) -> Iterator[None]:
    """Hold a file lock for one environment, so two test processes never build it at once."""
    CACHE.mkdir(parents=True, exist_ok=True)
    with (CACHE / f"{name}.lock").open("w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


#: What pip prints when it cannot reach the package index (its retries log the broken connection).
UNREACHABLE = re.compile(
    r"connection broken by|NewConnectionError|Failed to establish a new connection|"
    r"Temporary failure in name resolution|Name or service not known|Network is unreachable|"
    r"ConnectTimeout|ProxyError|Read timed out"
)


def unreachable_registry(output: str) -> str | None:
    """The line of pip's output saying it could not reach the package index, or None."""
    return next((line.strip() for line in output.splitlines() if UNREACHABLE.search(line)), None)


def cached_env(name: str, key: str, build: Callable[[Env], None], python: Path | None = None) -> Env:
    """The environment .cache/test-envs/<name>, built with `build` unless its stamp already says `key`."""
    env = Env(CACHE / name)
    stamp = env.path / STAMP
    with locked(name):
        if env.python.exists() and stamp.exists() and stamp.read_text() == key:
            return env
        shutil.rmtree(env.path, ignore_errors=True)
        if python is None or Path(python).resolve() == Path(sys.executable).resolve():
            venv.create(env.path, with_pip=True)
        else:
            subprocess.run([str(python), "-m", "venv", str(env.path)], check=True, env=clean_env())
        try:
            build(env)
        except pytest.fail.Exception as failure:
            line = unreachable_registry(str(failure))
            if line:
                skip_or_fail(
                    f"cannot build the {name} environment: the package registry is unreachable: {line}"
                )
            raise
        stamp.write_text(key)
    return env


# --- The package as pip builds it ------------------------------------------------------------------


def package_digest() -> str:
    """A hash of what the built package is made from: pyproject.toml and every file under gdcourse/."""
    files = sorted(p for p in (ROOT / "gdcourse").rglob("*") if p.is_file() and "__pycache__" not in p.parts)
    return files_digest([ROOT / "pyproject.toml", *files])


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


def install_current_package(env: Env, name: str, wheel: Path | None = None) -> Env:
    """Make `env`'s gdcourse the one the source tree builds today: a cached environment was built
    from an older tree, so when the tree has changed since, the package alone (no dependencies) is
    reinstalled from `wheel` (built from today's tree) or a freshly built one, which is what
    `pip install .` installs."""
    stamp = env.path / ".gdcourse-package"
    digest = package_digest()
    with locked(name), tempfile.TemporaryDirectory() as work:
        if stamp.exists() and stamp.read_text() == digest:
            return env
        env.pip("install", "--quiet", "--no-deps", "--force-reinstall", wheel or build_wheel(Path(work)))
        stamp.write_text(digest)
    return env


def python_for(version: str) -> Path | None:
    """An interpreter of `version` (like "3.11"): this one if it matches, else pythonX.Y on PATH."""
    if f"{sys.version_info.major}.{sys.version_info.minor}" == version:
        return Path(sys.executable)
    found = shutil.which(f"python{version}")
    return Path(found) if found else None


# --- Binder, the way repo2docker builds it --------------------------------------------------------

#: Packages of repo2docker's base environment installed first, at the versions its lock file names
#: (the conda names here are also the PyPI names). jupyterhub-singleuser, nodejs and Python itself
#: are conda-only parts of that image and are left out.
BASE_PACKAGES = (
    "pip",
    "jupyterlab",
    "notebook",
    "jupyter_server",
    "ipywidgets",
    "ipykernel",
    "jupyter-resource-usage",
    "jupyter-offlinenotebook",
)


def runtime_python() -> str:
    """The Python version binder/runtime.txt asks for, like "3.11"."""
    text = (ROOT / "binder" / "runtime.txt").read_text().strip()
    match = re.fullmatch(r"python-(\d+\.\d+)", text)
    if not match:
        raise ValueError(f"binder/runtime.txt: {text!r} is not python-X.Y")
    return match.group(1)


def repo2docker_env() -> Env:
    """An environment with repo2docker itself (REPO2DOCKER), cached by that pin."""
    key = fingerprint(REPO2DOCKER, sys.version)
    return cached_env("repo2docker", key, lambda env: env.install(REPO2DOCKER))


def base_lock(repo2docker: Env, version: str) -> Path:
    """repo2docker's lock file of its base conda environment for Python `version` (linux-64)."""
    conda = repo2docker.site_packages() / "repo2docker" / "buildpacks" / "conda"
    lock = conda / f"environment.py-{version}-linux-64.lock"
    if not lock.is_file():
        known = sorted(p.name for p in conda.glob("environment.py-*-linux-64.lock"))
        raise ValueError(f"version: repo2docker has no base environment for Python {version}; it has {known}")
    return lock


def lock_pins(lock: Path, names: tuple[str, ...]) -> dict[str, str]:
    """The version the lock file names for each package, read from its conda package URLs."""
    text = lock.read_text()
    pins = {}
    for name in names:
        match = re.search(rf"/{re.escape(name)}-(\d[^-/]*)-[^-/]+\.(?:conda|tar\.bz2)", text)
        if not match:
            raise ValueError(f"names: {lock.name} names no package {name!r}")
        pins[name] = match.group(1)
    return pins


def binder_files() -> list[Path]:
    """Every file in binder/ and every requirements file they pull in."""
    own = sorted(p for p in (ROOT / "binder").iterdir() if p.is_file())
    pulled = requirement_files(ROOT / "binder" / "requirements.txt")
    return own + [p for p in pulled if p not in own]


def binder_env() -> Env:
    """A virtual environment built as repo2docker builds the Binder image: its base environment's
    versions for runtime.txt's Python, then `pip install -r binder/requirements.txt` from the root,
    which installs the package itself (not editable) into site-packages, as a wheel install does."""
    version = runtime_python()
    python = python_for(version)
    if python is None:
        skip_or_fail(f"binder/runtime.txt asks for Python {version}, and there is no python{version} here")
    pins = lock_pins(base_lock(repo2docker_env(), version), BASE_PACKAGES)
    key = fingerprint(version, json.dumps(pins), files_digest(binder_files()), package_metadata())

    def build(env: Env) -> None:
        env.install(f"pip=={pins['pip']}")
        env.install(*(f"{name}=={v}" for name, v in pins.items() if name != "pip"))
        env.install("-r", "binder/requirements.txt", cwd=ROOT)
        # pip builds `.` in place: setuptools leaves its build folders behind in the repository.
        for leftover in [ROOT / "build" / "lib", *ROOT.glob("build/bdist.*")]:
            shutil.rmtree(leftover, ignore_errors=True)

    return install_current_package(cached_env("binder", key, build, python), "binder")


# --- Running the notebooks against an environment -------------------------------------------------

#: Appended to each copied notebook: records which gdcourse and which sys.path the kernel used.
PROOF_CELL = """import json as _json, os as _os, sys as _sys
with open({proof!r}, "a") as _file:
    _file.write(_json.dumps({{
        "notebook": {notebook!r},
        "gdcourse": getattr(_sys.modules.get("gdcourse"), "__file__", None),
        "executable": _sys.executable,
        "sys_path": _sys.path,
        "cwd": _os.getcwd(),
    }}) + "\\n")"""


def copy_notebooks(
    destination: Path,
    proof: Path,
    names: list[str] | None = None,
    edit: Callable[[dict], dict] | None = None,
) -> list[Path]:
    """Copy notebooks/ to `destination` (only the notebooks `names`, when given), each changed by `edit`
    (when given) and ending in a silent cell that writes `proof`."""
    shutil.copytree(
        NOTEBOOKS, destination, ignore=shutil.ignore_patterns(".ipynb_checkpoints", "__pycache__")
    )
    copies = sorted(destination.glob("*.ipynb"))
    for path in copies:
        if names is not None and path.name not in names:
            path.unlink()
            continue
        notebook = json.loads(path.read_text())
        if edit is not None:
            notebook = edit(notebook)
        source = PROOF_CELL.format(proof=str(proof), notebook=path.name)
        notebook["cells"].append(
            {"cell_type": "code", "execution_count": None, "metadata": {}, "outputs": [], "source": source}
        )
        path.write_text(json.dumps(notebook, indent=1))
    return [p for p in copies if p.exists()]


def write_kernel_spec(jupyter_path: Path, python: Path) -> None:
    """A kernel spec named KERNEL_NAME under `jupyter_path` that starts ipykernel with `python`."""
    spec = jupyter_path / "kernels" / KERNEL_NAME
    spec.mkdir(parents=True, exist_ok=True)
    argv = [str(python), "-m", "ipykernel_launcher", "-f", "{connection_file}"]
    spec_json = {"argv": argv, "display_name": "gdcourse under test", "language": "python"}
    (spec / "kernel.json").write_text(json.dumps(spec_json))


def nbval_notebooks(
    env: Env,
    work: Path,
    timeout: float = 900,
    names: list[str] | None = None,
    edit: Callable[[dict], dict] | None = None,
) -> dict[str, dict]:
    """Strict nbval over a copy of every notebook (or of `names`, each changed by `edit`: see
    copy_notebooks), run by `env`'s kernel from `work` (outside the repository).

    One pytest process runs them all. Returns each notebook's proof record (what its kernel imported).
    """
    proof = work / "proof.jsonl"
    copies = copy_notebooks(work / "notebooks", proof, names, edit)
    write_kernel_spec(work / "jupyter", env.python)
    (work / "pytest.ini").write_text("[pytest]\n")
    # Each notebook's progress table shows only its own run (see notebook_progress.py).
    (work / "conftest.py").write_text(
        f"import sys\nsys.path.insert(0, {str(ROOT / 'tests')!r})\n"
        "from notebook_progress import pytest_runtest_setup  # noqa: F401\n"
    )
    command = [
        sys.executable,
        "-m",
        "pytest",
        "--nbval",
        f"--nbval-sanitize-with={ROOT / 'tests' / 'sanitize.cfg'}",
        f"--nbval-kernel-name={KERNEL_NAME}",
        # A first run builds environments while browsers and kernels run beside it: on two cores a
        # kernel once took over nbval's default 60 s to answer.
        "--nbval-kernel-startup-timeout=180",
        "-c",
        str(work / "pytest.ini"),
        "--rootdir",
        str(work),
        "-p",
        "no:cacheprovider",
        "-q",
        *map(str, copies),
    ]
    environ = {**clean_env(), "JUPYTER_PATH": str(work / "jupyter")}
    result = subprocess.run(command, cwd=work, env=environ, capture_output=True, text=True, timeout=timeout)
    assert result.returncode == 0, (
        f"nbval with {env.python} failed (exit {result.returncode}):\n"
        f"{result.stdout[-6000:]}{result.stderr[-2000:]}"
    )
    records = [json.loads(line) for line in proof.read_text().splitlines()] if proof.exists() else []
    return {r["notebook"]: r for r in records}


def proof_problems(env: Env, record: dict, installed: bool) -> list[str]:
    """What a proof record shows wrong: a kernel not of `env`, a run inside the repository, and when
    `installed`, gdcourse not from `env`'s site-packages or the source tree reachable on sys.path."""
    problems = []
    if Path(record["executable"]).parent != env.bin:
        problems.append(f"the kernel ran {record['executable']}, not {env.python}")
    if Path(record["cwd"]).resolve().is_relative_to(ROOT):
        problems.append(f"the kernel ran in {record['cwd']}, inside the repository")
    if not installed:
        return problems
    site = env.site_packages().resolve()
    if not record["gdcourse"] or not Path(record["gdcourse"]).resolve().is_relative_to(site):
        problems.append(f"gdcourse came from {record['gdcourse']}, not from {site}")
    source = (ROOT / "gdcourse").resolve()
    for entry in record["sys_path"]:
        if (Path(entry or record["cwd"]) / "gdcourse").resolve() == source:
            problems.append(f"sys.path entry {entry!r} would import gdcourse from the source tree")
    return problems
