"""No stray files: every file a kernel opens for writing (or creates, renames, copies to) is logged unless it
is the progress file, its temporary sibling, Python's bytecode cache, or inside a temporary folder (but
never inside the course's checkout, even a clone that lies in a temporary folder).

`install()` adds an audit hook (sys.addaudithook) to the process it runs in, so it sees the writes of the
lesson's code and of every library it calls from Python, whatever catches the error; it cannot see writes
made by C code that bypasses Python (none of the course's libraries write that way that we know of).
The tests install it in every kernel they start, through the same IPython startup file as no_network.py,
and conftest.py fails the run if the log holds a line. Kernels' own bookkeeping (IPython's history in the
tests' private IPYTHONDIR) lives in a temporary folder, so it passes.
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Mapping

LOG_ENV = "GDCOURSE_WRITES_LOG"
#: The course's checkout (this file is in its tests/): never a temporary folder, even when it lies inside
#: one (a clone under /tmp), so a lesson writing beside its notebooks is always caught.
CHECKOUT = os.path.realpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), os.pardir))
PROGRESS_ENV = "GDCOURSE_PROGRESS"
#: os.open flags that mean the file may be written.
WRITE_FLAGS = os.O_WRONLY | os.O_RDWR | os.O_APPEND | os.O_CREAT | os.O_TRUNC
#: Audit events that write to a path, and which of their arguments is that path.
PATH_EVENTS = {
    "os.mkdir": 0,
    "os.rename": 1,  # os.replace raises this event too
    "os.link": 1,
    "os.symlink": 1,
    "os.truncate": 0,
    "shutil.copyfile": 1,
    "shutil.copytree": 1,
    "sqlite3.connect": 0,
}


def allowed_places(environ: Mapping[str, str]) -> tuple[list[str], list[str]]:
    """(folders anything may be written under, single files that may be written)."""
    folders = {os.path.realpath(tempfile.gettempdir()), "/dev", "/proc"}
    files = []
    progress = environ.get(PROGRESS_ENV)
    if progress:
        files.append(os.path.realpath(os.path.expanduser(progress)))
    # matplotlib's own folders (it makes them on import, and builds its font cache once per machine):
    # not the lesson's files.
    home = environ.get("HOME") or os.path.expanduser("~")
    for variable, default in (("XDG_CACHE_HOME", ".cache"), ("XDG_CONFIG_HOME", ".config")):
        base = environ.get(variable) or os.path.join(home, default)
        folders.add(os.path.realpath(os.path.join(base, "matplotlib")))
    if environ.get("MPLCONFIGDIR"):
        folders.add(os.path.realpath(environ["MPLCONFIGDIR"]))
    return sorted(folders), files


def inside(path: str, folder: str) -> bool:
    """True when `path` is `folder` or lies under it (both real paths)."""
    return path == folder or path.startswith(folder.rstrip("/") + "/")


def is_allowed(path: str, folders: list[str], files: list[str], checkout: str = CHECKOUT) -> bool:
    """True for an allowed file or its temporary sibling (`.name.<random>.tmp` beside it: how the
    progress file is written), for Python's own bytecode cache (a `__pycache__` folder), or for a path
    under an allowed folder but outside the course's `checkout`."""
    real = os.path.realpath(path)
    if "__pycache__" in real.split(os.sep):
        return True
    if not inside(real, checkout) and any(inside(real, f) for f in folders):
        return True
    for file in files:
        head, name = os.path.split(file)
        if real == file or (
            os.path.dirname(real) == head
            and os.path.basename(real).startswith(f".{name}.")
            and real.endswith(".tmp")
        ):
            return True
    return False


def written_path(event: str, args: tuple) -> object:
    """The path an audit event writes to, or None when it writes nothing (or only to a descriptor)."""
    if event == "open":
        path, mode, flags = (*args, None, None, None)[:3]
        writes = (isinstance(mode, str) and any(c in mode for c in "wax+")) or (
            isinstance(flags, int) and flags & WRITE_FLAGS
        )
        return path if writes else None
    if event in PATH_EVENTS and len(args) > PATH_EVENTS[event]:
        path = args[PATH_EVENTS[event]]
        return None if path == ":memory:" else path
    return None


def install() -> None:
    """Log this process's writes outside the allowed places to $GDCOURSE_WRITES_LOG (once per process)."""
    log = os.environ.get(LOG_ENV)
    if not log or getattr(sys, "_gdcourse_stray_files", False):
        return
    sys._gdcourse_stray_files = True
    folders, files = allowed_places(os.environ)
    # os.write on a descriptor opened now raises no audit event, so logging never calls the hook again.
    descriptor = os.open(log, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
    pid = os.getpid()

    def hook(event: str, args: tuple) -> None:
        if event != "open" and event not in PATH_EVENTS:
            return
        try:
            path = written_path(event, args)
            if path is None or isinstance(path, int):
                return
            path = os.path.abspath(os.fsdecode(path))
            if event == "os.mkdir" and os.path.isdir(path):  # makedirs(exist_ok=True) creates nothing
                return
            if not is_allowed(path, folders, files):
                os.write(descriptor, f"{event} {path} (process {pid}, cwd {os.getcwd()})\n".encode())
        except Exception:  # a watch must never break the code it watches
            return

    sys.addaudithook(hook)
