"""gd.progress(): every check's outcome is kept in a small file, read back lesson by lesson; the file
survives a restarted or killed kernel, and a damaged or unwritable file never stops a check."""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
import stray_files

import gdcourse as gd
from gdcourse import progress_file
from gdcourse.exercises.ch1 import q3 as thought
from gdcourse.exercises.ch3 import q1, q2
from gdcourse.exercises.placeholder import ____


@pytest.fixture
def progress_at(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """$GDCOURSE_PROGRESS pointed at a file in a new temporary folder (no file there yet)."""
    path = tmp_path / "data" / "progress.json"
    monkeypatch.setenv(progress_file.PROGRESS_ENV, str(path))
    return path


def text_row(text: str, lesson: str) -> list[str]:
    """The cells of one lesson's line in the plain-text table (columns are two or more spaces apart)."""
    line = next(line for line in text.splitlines() if line.startswith(lesson))
    return re.split(r"\s{2,}", line)


def row(table: gd.exercises.progress_table.Progress, lesson: str):
    return next(r for r in table.rows if r.lesson.startswith(lesson))


def test_checks_are_kept_and_shown_lesson_by_lesson(progress_at: Path, capsys) -> None:
    q1.check((1.0, 2.0))  # wrong
    q2.check(lambda weight, input, goal_pred, alpha: weight - alpha * (input * weight - goal_pred) * input)
    thought.check("the big miss grows")
    q1.check(____)  # a blank is not an attempt: it changes nothing
    capsys.readouterr()
    table = gd.progress()
    assert (row(table, "Lesson 3").done, row(table, "Lesson 3").checked) == (("q2",), ("q1",))
    assert row(table, "Lesson 1").done == ("q3",)
    assert row(table, "Lesson 2").unchecked == ("q1", "q2", "q3", "q4")
    text = str(table)
    assert text.splitlines()[0] == "Your progress: 2 of 24 exercises done; 1 checked but not done yet."
    assert text_row(text, "Lesson 3") == ["Lesson 3: Gradient descent", "q2", "q1", "q3 q4"]
    html = table._repr_html_()
    assert "<table>" in html and '<th scope="row" style="text-align: left">Lesson 3: Gradient descent' in html
    assert repr(table) == text


def test_a_pass_stays_done_after_a_later_wrong_check(progress_at: Path, capsys) -> None:
    q1.check((0.0, 0.0))
    entries = progress_file.read_results(progress_at).entries
    assert entries["ch3.q1"] == progress_file.Entry("INCORRECT", False)
    progress_file.record("ch3.q1", "CORRECT", True)
    q1.check((5.0, 5.0))
    assert progress_file.read_results(progress_at).entries["ch3.q1"] == progress_file.Entry("INCORRECT", True)


def test_reset_clears_it(progress_at: Path, capsys) -> None:
    q1.check((1.0, 2.0))
    assert progress_at.exists()
    table = gd.progress(reset=True)
    assert not progress_at.exists()
    assert all(not r.done and not r.checked for r in table.rows)
    with pytest.raises(TypeError, match="reset"):
        gd.progress(reset="yes")


@pytest.mark.parametrize(
    "damage",
    [b'{"format": "gdcourse-progress", "vers', b"\xff\xfe not text", b"[1, 2]", b'{"format": "other"}'],
    ids=["cut short", "not text", "a list", "someone else's"],
)
def test_a_damaged_file_is_said_in_one_sentence_and_never_stops_a_check(
    progress_at: Path, damage: bytes, capsys
) -> None:
    progress_at.parent.mkdir(parents=True)
    progress_at.write_bytes(damage)
    table = gd.progress()
    assert table.problem.startswith(f"Your progress file {progress_at} ")
    assert table.problem.count(". ") == 0 and table.problem.endswith(").")
    assert table.problem in str(table) and 'role="alert"' in table._repr_html_()
    q1.check((1.0, 2.0))
    shown = capsys.readouterr().out
    assert shown.startswith("Not quite.")
    assert "Note: Your progress file" in shown and "it starts again from this check." in shown
    assert progress_file.read_results(progress_at) == progress_file.Results(
        {"ch3.q1": progress_file.Entry("INCORRECT", False)}
    )


def test_an_unwritable_file_is_said_and_never_stops_a_check(tmp_path: Path, monkeypatch, capsys) -> None:
    blocker = tmp_path / "a file, not a folder"
    blocker.write_text("")
    monkeypatch.setenv(progress_file.PROGRESS_ENV, str(blocker / "progress.json"))
    q1.check((1.0, 2.0))
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("Not quite.")
    assert lines[-1].startswith("Note: Your progress could not be saved (")
    assert lines[-1].endswith("the check itself is fine.")
    assert gd.progress().problem == (
        f"Your progress file {blocker / 'progress.json'} could not be read (NotADirectoryError)."
    )


def test_a_failed_write_leaves_the_old_file_and_no_temporary_one(progress_at: Path, monkeypatch) -> None:
    progress_file.record("ch3.q1", "CORRECT", True)
    before = progress_at.read_bytes()

    def broken_replace(source, target):
        raise OSError("disk full")

    monkeypatch.setattr(progress_file.os, "replace", broken_replace)
    said = progress_file.record("ch3.q2", "INCORRECT", False)
    assert said == "Your progress could not be saved (OSError: disk full); the check itself is fine."
    assert progress_at.read_bytes() == before
    assert sorted(p.name for p in progress_at.parent.iterdir()) == ["progress.json"]


def test_a_kernel_killed_while_writing_leaves_a_whole_file(progress_at: Path) -> None:
    """A process that writes the file over and over is killed at a random moment, many times: the file is
    always whole (the old version or the new), never half written."""
    writer = textwrap.dedent(
        """
        import itertools
        from gdcourse import progress_file
        for n in itertools.count():
            progress_file.record(f"ch5.q{n % 6 + 1}", "INCORRECT", n % 2 == 0)
            if n == 0:
                print("written", flush=True)
        """
    )
    for round_ in range(5):
        with subprocess.Popen([sys.executable, "-c", writer], stdout=subprocess.PIPE, text=True) as process:
            # killed once it is writing over and over: its start (imports) takes longer on a busy machine
            assert process.stdout.readline() == "written\n"
            time.sleep(0.02 + 0.03 * round_)
            os.kill(process.pid, signal.SIGKILL)
        results = progress_file.read_results(progress_at)
        assert results.problem == "" and results.entries, results
    leftovers = [p.name for p in progress_at.parent.iterdir() if p.name != "progress.json"]
    assert all(name.startswith(".progress.json.") and name.endswith(".tmp") for name in leftovers)


def test_progress_survives_a_kernel_restart(progress_at: Path) -> None:
    """In a real kernel: a check, then Restart Kernel; the new kernel's gd.progress() still shows it."""
    from jupyter_client.manager import start_new_kernel

    env = {**os.environ, progress_file.PROGRESS_ENV: str(progress_at)}
    manager, client = start_new_kernel(kernel_name="python3", env=env)
    try:
        code = "from gdcourse.exercises.ch3 import q1\nq1.check((1.0, 2.0))"
        assert client.execute_interactive(code, timeout=60)["content"]["status"] == "ok"
        manager.restart_kernel(now=True, env=env)
        client.wait_for_ready(timeout=60)
        shown: list[str] = []
        reply = client.execute_interactive(
            "import gdcourse as gd\nprint(gd.progress())",
            timeout=60,
            output_hook=lambda m: shown.append(m["content"].get("text", "")),
        )
        assert reply["content"]["status"] == "ok"
        assert text_row("".join(shown), "Lesson 3") == ["Lesson 3: Gradient descent", "-", "q1", "q2 q3 q4"]
    finally:
        client.stop_channels()
        manager.shutdown_kernel(now=True)


def test_where_the_file_is_kept() -> None:
    home = {"HOME": "/home/ada"}
    assert progress_file.progress_path(home, "linux") == Path("/home/ada/.local/share/gdcourse/progress.json")
    assert progress_file.progress_path({**home, "XDG_DATA_HOME": "/data"}, "linux") == Path(
        "/data/gdcourse/progress.json"
    )
    assert progress_file.progress_path({**home, "XDG_DATA_HOME": "relative"}, "linux") == Path(
        "/home/ada/.local/share/gdcourse/progress.json"
    )
    assert progress_file.progress_path(home, "darwin") == Path(
        "/home/ada/Library/Application Support/gdcourse/progress.json"
    )
    assert progress_file.progress_path({**home, "APPDATA": "C:/Users/ada/AppData/Roaming"}, "win32") == Path(
        "C:/Users/ada/AppData/Roaming/gdcourse/progress.json"
    )
    assert (
        progress_file.progress_path({**home, "GDCOURSE_PROGRESS": "~/p.json"}, "linux")
        == Path("~/p.json").expanduser()
    )
    package = Path(gd.__file__).parent
    assert not progress_file.progress_path({}, sys.platform).is_relative_to(package)


def test_the_file_is_json_a_person_can_read(progress_at: Path) -> None:
    progress_file.record("ch2.q4", "DISCUSSION", True)
    data = json.loads(progress_at.read_text())
    assert data == {
        "format": "gdcourse-progress",
        "version": 1,
        "exercises": {"ch2.q4": {"last": "DISCUSSION", "passed": True}},
    }


# --- the watch for stray files (stray_files.py) ------------------------------------------------------


def test_the_stray_file_watch_tells_writes_from_reads_and_allowed_places(tmp_path: Path) -> None:
    environ = {"GDCOURSE_PROGRESS": "/home/ada/p/progress.json", "HOME": "/x"}
    folders, files = stray_files.allowed_places(environ)
    assert stray_files.written_path("open", ("/a", "r", os.O_RDONLY)) is None
    assert stray_files.written_path("open", ("/a", "w", os.O_WRONLY | os.O_CREAT)) == "/a"
    assert stray_files.written_path("open", ("/a", None, os.O_RDWR)) == "/a"
    assert stray_files.written_path("os.rename", ("/a", "/b", -1, -1)) == "/b"
    assert stray_files.written_path("sqlite3.connect", (":memory:",)) is None
    assert stray_files.is_allowed(str(tmp_path / "x.png"), folders, files)
    assert stray_files.is_allowed("/home/ada/p/progress.json", folders, files)
    assert stray_files.is_allowed("/home/ada/p/.progress.json.k2j3.tmp", folders, files)
    assert not stray_files.is_allowed("/home/ada/p/other.json", folders, files)
    assert not stray_files.is_allowed(str(Path(__file__).parents[1] / "notebooks" / "x.png"), folders, files)
    # a checkout cloned into a temporary folder is still no place to write
    clone = tmp_path / "clone"
    assert not stray_files.is_allowed(str(clone / "notebooks" / "x.png"), folders, files, str(clone))
    bytecode = clone / "gdcourse" / "__pycache__" / "a.pyc"
    assert stray_files.is_allowed(str(bytecode), folders, files, str(clone)), "Python's own cache"


def test_the_stray_file_watch_logs_a_write_outside_and_not_one_inside(tmp_path: Path) -> None:
    """In a fresh process with the watch installed: a write beside the repository's notebooks is logged,
    a write to a temporary folder is not."""
    log, outside = tmp_path / "writes.log", Path(__file__).parents[1] / "test-artifacts" / "stray-check.txt"
    code = (
        f"import sys; sys.path.insert(0, {str(Path(__file__).parent)!r}); import stray_files\n"
        "stray_files.install()\n"
        f"open({str(outside)!r}, 'w').close()\n"
        f"open({str(tmp_path / 'inside.txt')!r}, 'w').close()\n"
    )
    outside.parent.mkdir(exist_ok=True)
    env = {**os.environ, stray_files.LOG_ENV: str(log)}
    try:
        subprocess.run([sys.executable, "-c", code], env=env, check=True)
    finally:
        outside.unlink(missing_ok=True)
    lines = log.read_text().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"open {outside} "), lines
