"""The learner's exercise results, kept in one small JSON file between sessions.

Where: the file named by $GDCOURSE_PROGRESS when that is set (the tests point it at a temporary folder),
else `progress.json` in gdcourse's folder of the learner's data directory (`~/.local/share/gdcourse` on
Linux, or `$XDG_DATA_HOME/gdcourse`; `~/Library/Application Support/gdcourse` on macOS; `%APPDATA%\\gdcourse`
on Windows). A data directory, not the notebooks' folder: the kernel's working folder differs between
JupyterLab, Voila, VS Code and Colab, while the data directory is the same for every notebook of one
learner, and nothing appears in the learner's copy of the course.

Each write goes to a temporary file beside it, which then replaces the old one in one step
(`os.replace`), so a kernel killed halfway leaves the old file or the new one, never half of one.
Reading never raises for a missing, unreadable or malformed file: it says what went wrong in a sentence.
"""

from __future__ import annotations

import contextlib
import json
import os
import sys
import tempfile
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

#: The environment variable that names the progress file (used as it is, `~` expanded).
PROGRESS_ENV = "GDCOURSE_PROGRESS"
FILE_NAME = "progress.json"
#: What the file says it is, so a stranger's JSON file is not taken for ours.
FORMAT = "gdcourse-progress"
VERSION = 1


@dataclass(frozen=True)
class Entry:
    """What one exercise's checks came to.

    Attributes
    ----------
    last : str
        The status of the latest check, by its name in `Status` ('CORRECT', 'INCORRECT', ...).
    passed : bool
        True once any check of it counted as done (passed, or a thought exercise's guess given).
    """

    last: str
    passed: bool


@dataclass(frozen=True)
class Results:
    """The exercises' entries as read from the file, and a sentence on any trouble reading it.

    Attributes
    ----------
    entries : dict of str to Entry
        Each checked exercise by its name, such as 'ch3.q1'.
    problem : str
        Why the file could not be read, in one sentence; empty when all was well (or there was no file).
    """

    entries: dict[str, Entry] = field(default_factory=dict)
    problem: str = ""


def data_dir(environ: Mapping[str, str] = os.environ, platform: str = sys.platform) -> Path:
    """The learner's data directory on this platform (the folder above gdcourse's own)."""
    home = Path(environ.get("HOME") or Path.home())
    if platform.startswith("win"):
        return Path(environ.get("APPDATA") or home / "AppData" / "Roaming")
    if platform == "darwin":
        return home / "Library" / "Application Support"
    xdg = environ.get("XDG_DATA_HOME", "")
    return Path(xdg) if os.path.isabs(xdg) else home / ".local" / "share"


def progress_path(environ: Mapping[str, str] = os.environ, platform: str = sys.platform) -> Path:
    """The progress file: $GDCOURSE_PROGRESS if set, else progress.json in gdcourse's data folder."""
    named = environ.get(PROGRESS_ENV, "").strip()
    if named:
        return Path(named).expanduser()
    return data_dir(environ, platform) / "gdcourse" / FILE_NAME


def _entries(data: object) -> dict[str, Entry]:
    """The entries of a parsed file; ValueError (saying what is wrong) if it is not our format."""
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise ValueError("it is not a gdcourse progress file")
    if data.get("version") != VERSION:
        raise ValueError(f"it is of version {data.get('version')!r}, and this gdcourse reads {VERSION}")
    raw = data.get("exercises")
    if not isinstance(raw, dict):
        raise ValueError("its 'exercises' is not a table")
    entries = {}
    for name, value in raw.items():
        if not (isinstance(value, dict) and isinstance(value.get("last"), str)):
            raise ValueError(f"its entry for {name!r} is malformed")
        entries[str(name)] = Entry(value["last"], value.get("passed") is True)
    return entries


def read_results(path: Path) -> Results:
    """Read the progress file at `path`: no file is no results; a bad file is no results and a sentence."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return Results()
    except (OSError, UnicodeDecodeError) as error:
        return Results(problem=f"Your progress file {path} could not be read ({type(error).__name__}).")
    try:
        return Results(_entries(json.loads(text)))
    except ValueError as error:  # json.JSONDecodeError is a ValueError too
        why = str(error) if not isinstance(error, json.JSONDecodeError) else "it is not valid JSON"
        return Results(problem=f"Your progress file {path} is damaged ({why}).")


def write_results(path: Path, entries: Mapping[str, Entry]) -> None:
    """Write `entries` to `path` in one step: a temporary file beside it replaces it. Raises OSError."""
    data = {
        "format": FORMAT,
        "version": VERSION,
        "exercises": {name: {"last": e.last, "passed": e.passed} for name, e in sorted(entries.items())},
    }
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as file:
            json.dump(data, file, indent=1)
            file.write("\n")
            file.flush()
            os.fsync(file.fileno())
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise


def record(name: str, status: str, done: bool, path: Path | None = None) -> str:
    """Add one check's outcome to the progress file. Never raises: returns a sentence on any trouble
    (a damaged file is started afresh; a file that cannot be written is left as it was), else ''."""
    try:
        where = path if path is not None else progress_path()
        results = read_results(where)
        before = results.entries.get(name)
        entries = {**results.entries, name: Entry(status, done or (before is not None and before.passed))}
        write_results(where, entries)
    except Exception as error:  # saving progress must never stop a check
        why = f"{type(error).__name__}: {error}"
        return f"Your progress could not be saved ({why}); the check itself is fine."
    if results.problem:
        return f"{results.problem.rstrip('.')}; it starts again from this check."
    return ""


def clear(path: Path | None = None) -> str:
    """Remove the progress file (no file is fine). Returns a sentence if it could not be removed, else ''."""
    where = path if path is not None else progress_path()
    try:
        where.unlink(missing_ok=True)
    except OSError as error:
        return f"Your progress file {where} could not be removed ({type(error).__name__}: {error})."
    return ""
