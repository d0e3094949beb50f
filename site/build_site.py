"""Build the course's static site from the saved notebooks; `python3 course.py site` runs this.

    python site/build_site.py [--force]

The pages land in build/site/html/ (index.html forwards to the start page). Nothing is executed:
the saved outputs are the outputs. Sphinx runs with warnings as errors. A build is reused while
nothing that decides it has changed (the notebooks, this folder, requirements-site.txt), so a
repeat run costs a hash of those files.
"""

from __future__ import annotations

import argparse
import contextlib
import fcntl
import hashlib
import json
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CONF_DIR = ROOT / "site"
NOTEBOOKS = ROOT / "notebooks"
OUT = ROOT / "build" / "site"
REQUIREMENTS = "requirements-site.txt"
#: Folders whose files never decide the site: editor checkpoints and bytecode.
IGNORED = {".ipynb_checkpoints", "__pycache__"}


class BuildError(RuntimeError):
    """Sphinx failed or warned (warnings are errors); the message holds what it said."""


@dataclass(frozen=True)
class Site:
    """A built site: its HTML folder, and whether this call built it (False: reused as it was)."""

    html: Path
    rebuilt: bool
    seconds: float

    @property
    def index(self) -> Path:
        return self.html / "index.html"


def inputs(root: Path = ROOT) -> list[Path]:
    """Every file that decides the site: the notebooks folder, the site folder, requirements-site.txt."""
    files = [*(root / "notebooks").rglob("*"), *(root / "site").rglob("*"), root / REQUIREMENTS]
    return sorted(p for p in files if p.is_file() and not IGNORED.intersection(p.relative_to(root).parts))


def fingerprint(root: Path = ROOT) -> str:
    """A hash of the names and contents of `inputs(root)`: equal hashes build equal sites."""
    digest = hashlib.sha256()
    for path in inputs(root):
        digest.update(path.relative_to(root).as_posix().encode() + b"\0")
        digest.update(path.read_bytes() + b"\0")
    return digest.hexdigest()


def sphinx_command(source: Path, out: Path, conf_dir: Path = CONF_DIR) -> list[str]:
    """The sphinx-build command: HTML from `source` into out/html, warnings as errors, all reported."""
    return [
        sys.executable,
        "-m",
        "sphinx",
        "--fail-on-warning",
        "--keep-going",
        "--quiet",
        "--builder",
        "html",
        "--conf-dir",
        str(conf_dir),
        "--doctree-dir",
        str(out / "doctrees"),
        str(source),
        str(out / "html"),
    ]


@contextlib.contextmanager
def locked(path: Path) -> Iterator[None]:
    """Hold an exclusive lock on `path`, so two builds (two test workers, say) never overlap."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def build(force: bool = False, root: Path = ROOT, out: Path = OUT, keep_failures: bool = False) -> Site:
    """Build the site into out/html, or reuse it if its fingerprint is unchanged; BuildError on failure.

    A failed build is tried again next time, unless `keep_failures` (for a self-test whose expected
    outcome is a failure): then the same failure is raised again until something changes.
    """
    started = time.perf_counter()
    with locked(out.parent / f"{out.name}.lock"):
        stamp = out / "fingerprint.json"
        wanted = fingerprint(root)
        html = out / "html"
        before = json.loads(stamp.read_text()) if stamp.is_file() else {}
        if not force and before.get("fingerprint") == wanted and html.is_dir():
            if before.get("failure"):
                raise BuildError(before["failure"])
            return Site(html, rebuilt=False, seconds=time.perf_counter() - started)
        shutil.rmtree(out, ignore_errors=True)
        result = subprocess.run(
            sphinx_command(root / "notebooks", out, root / "site"),
            cwd=root,
            capture_output=True,
            text=True,
        )
        failure = None
        if result.returncode != 0:
            said = (result.stderr + result.stdout).strip()
            failure = f"the site did not build (warnings count as errors):\n{said}"
        if failure is None or keep_failures:
            out.mkdir(parents=True, exist_ok=True)
            stamp.write_text(json.dumps({"fingerprint": wanted, "failure": failure}))
        if failure is not None:
            raise BuildError(failure)
    return Site(html, rebuilt=True, seconds=time.perf_counter() - started)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--force", action="store_true", help="build even if nothing changed")
    args = parser.parse_args(argv)
    try:
        site = build(force=args.force)
    except BuildError as error:
        print(error, file=sys.stderr)
        return 1
    what = f"built in {site.seconds:.1f} s" if site.rebuilt else "unchanged since the last build"
    where = site.html.relative_to(ROOT)
    print(f"[site] {what}: open {where / 'index.html'}")
    print(f"[site] to browse it as a web server would: python3 -m http.server --directory {where}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
