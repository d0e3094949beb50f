#!/usr/bin/env python3
"""Set up the course in its own virtual environment (.venv), then open it or test it.

    python3 course.py lab     open the course in JupyterLab at the start page
    python3 course.py test    run every test: style, unit, notebooks, exercises, browser
    python3 course.py present [notebook]
                              projector mode: a notebook's explorers full-screen with no code
                              (Voila), the playground unless another notebook is named
    python3 course.py site    build the course's static website into build/site/html (maintainers)
    python3 course.py web     bundle the explorers' browser views (gdcourse/explorers/web/src/views)
                              into gdcourse/explorers/web/dist with esbuild (maintainers; needs Node
                              and npm; commit the bundles: learners get them from pip, without Node)

All are safe to run again: they install only when a requirements file or package-lock.json has
changed (`test` and `web` also install the npm packages, with `npm ci`, into node_modules).
Extra arguments are passed on (to `jupyter lab`, `pytest` or `voila`; `--force` to the site build;
`--check` to the web build: write nothing, fail if a bundle is not fresh).
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
REQUIREMENTS = {"lab": "requirements.txt", "test": "requirements-test.txt", "site": "requirements-site.txt"}
START_PAGE = "notebooks/00_start_here.ipynb"
PROJECTOR_PAGE = "notebooks/playground.ipynb"
NPM_LOCK = ROOT / "package-lock.json"
NPM_STAMP = VENV / ".installed-npm"
WEB_BUILD = "tools/build_web.mjs"
PYTEST_ARGS = [
    "--nbval",
    "--nbval-sanitize-with=tests/sanitize.cfg",
    "--nbval-current-env",
    # A first run builds test environments beside the notebooks: give a kernel time to start.
    "--nbval-kernel-startup-timeout=180",
    # Three test processes even on two cores: the browser tests spend much of their time waiting for
    # a page, a kernel or a server, and a third process uses that time (3m26s against 3m45s with two).
    "-n",
    "3",
    "--dist",
    "loadfile",
    # Keep the order tests/conftest.py gives: the files that took longest last time first.
    "--no-loadscope-reorder",
]


def say(message: str) -> None:
    print(f"[course] {message}", flush=True)


def run(*command: str | Path) -> None:
    """Run a command from the repository root; stop with its exit code if it fails."""
    result = subprocess.run([str(part) for part in command], cwd=ROOT)
    if result.returncode != 0:
        say(f"failed (exit {result.returncode}): {' '.join(str(p) for p in command)}")
        sys.exit(result.returncode)


def fingerprint(requirements: str) -> str:
    """A hash of everything that decides what gets installed."""
    digest = hashlib.sha256()
    # Every requirements file, since one may include another (-r requirements-site.txt).
    for path in sorted(ROOT.glob("requirements*.txt")):
        digest.update(path.read_bytes())
    for name in (requirements, "pyproject.toml"):
        digest.update((ROOT / name).read_bytes())
    return digest.hexdigest()


def set_up(profile: str) -> None:
    """Create .venv if needed and install the pinned requirements unless they are current."""
    if not (BIN / "python").exists():
        say(f"creating a virtual environment in {VENV.relative_to(ROOT)} ...")
        venv.create(VENV, with_pip=True)
    requirements = REQUIREMENTS[profile]
    stamp = VENV / f".installed-{profile}"
    wanted = fingerprint(requirements)
    if not (stamp.exists() and stamp.read_text() == wanted):
        say(f"installing {requirements} and the gdcourse package (first time: about a minute) ...")
        run(BIN / "python", "-m", "pip", "install", "--quiet", "-r", requirements, "-e", ".")
        stamp.write_text(wanted)
    if profile == "test":
        # For tests/test_web_bundles.py, which rebuilds the browser views to prove dist is fresh.
        set_up_npm(required=False)


def set_up_npm(required: bool) -> bool:
    """Install package-lock.json's npm packages (esbuild, d3-format, axe-core) unless they are current.

    True if they are there. Without npm, or if `npm ci` fails: stop if `required`, else say so in one
    line and return False (the bundle test then fails under CI=true and is skipped otherwise).
    """
    wanted = hashlib.sha256(NPM_LOCK.read_bytes()).hexdigest()
    installed = (ROOT / "node_modules" / "esbuild" / "package.json").is_file()
    if installed and NPM_STAMP.exists() and NPM_STAMP.read_text() == wanted:
        return True
    npm = shutil.which("npm")
    if npm is None:
        message = "npm is not installed: no esbuild, so the browser views' bundles cannot be rebuilt"
        if required:
            sys.exit(f"[course] {message} (install Node.js 20 or newer)")
        say(f"{message} (their freshness test is skipped)")
        return False
    say("installing the npm packages in package-lock.json (npm ci) ...")
    result = subprocess.run([npm, "ci", "--no-audit", "--no-fund"], cwd=ROOT)
    if result.returncode != 0:
        if required:
            sys.exit(f"[course] failed (exit {result.returncode}): npm ci")
        say(f"npm ci failed (exit {result.returncode}): the browser views' bundle test will not run")
        return False
    VENV.mkdir(exist_ok=True)
    NPM_STAMP.write_text(wanted)
    return True


def lab(extra: list[str]) -> None:
    set_up("lab")
    command = [str(BIN / "jupyter"), "lab", START_PAGE, *extra]
    if hasattr(os, "geteuid") and os.geteuid() == 0 and "--allow-root" not in extra:
        command.append("--allow-root")
    say("opening the course in JupyterLab (stop it with Ctrl+C) ...")
    os.chdir(ROOT)
    os.execv(command[0], command)


def notebook_to_present(name: str | None) -> Path:
    """The notebook `present` serves: a path, or a name in notebooks/ with or without .ipynb."""
    if not name:
        return ROOT / PROJECTOR_PAGE
    candidates = [Path(name), ROOT / name, ROOT / "notebooks" / name]
    candidates += [p.with_name(p.name + ".ipynb") for p in candidates if p.suffix != ".ipynb"]
    for path in candidates:
        if path.suffix == ".ipynb" and path.is_file():
            return path.resolve()
    names = ", ".join(sorted(p.stem for p in (ROOT / "notebooks").glob("*.ipynb")))
    raise ValueError(f"notebook: no notebook {name!r}; name one of: {names}")


def present_command(voila: str | Path, notebook: Path, extra: list[str]) -> list[str]:
    """The Voila command line for projector mode; run from the root, where voila.json configures it."""
    return [str(voila), str(notebook), *extra]


def present(extra: list[str]) -> None:
    name = extra[0] if extra and not extra[0].startswith("-") else None
    try:
        notebook = notebook_to_present(name)
    except ValueError as error:
        sys.exit(f"[course] {error}")
    set_up("lab")
    command = present_command(BIN / "voila", notebook, extra[1:] if name else extra)
    say(f"showing {notebook.name} in Voila; it opens in your browser (stop it with Ctrl+C) ...")
    os.chdir(ROOT)
    os.execv(command[0], command)


def test(extra: list[str]) -> None:
    set_up("test")
    run(BIN / "ruff", "check", ".")
    run(BIN / "ruff", "format", "--check", ".")
    result = subprocess.run([str(BIN / "python"), "-m", "pytest", *PYTEST_ARGS, *extra], cwd=ROOT)
    if result.returncode == 5:
        say("pytest collected no tests: that counts as a failure")
    sys.exit(result.returncode)


def site(extra: list[str]) -> None:
    """Build the static site (site/build_site.py); it says where the pages are."""
    set_up("site")
    result = subprocess.run([str(BIN / "python"), "site/build_site.py", *extra], cwd=ROOT)
    sys.exit(result.returncode)


def web(extra: list[str]) -> None:
    """Bundle the browser views (tools/build_web.mjs); `--check` only reports stale bundles."""
    set_up_npm(required=True)
    node = shutil.which("node")
    if node is None:
        sys.exit("[course] node is not installed (install Node.js 20 or newer)")
    result = subprocess.run([node, WEB_BUILD, *extra], cwd=ROOT)
    sys.exit(result.returncode)


def main(argv: list[str]) -> None:
    commands = {"lab": lab, "test": test, "present": present, "site": site, "web": web}
    if not argv or argv[0] not in commands:
        sys.exit(__doc__)
    commands[argv[0]](argv[1:])


if __name__ == "__main__":
    main(sys.argv[1:])
