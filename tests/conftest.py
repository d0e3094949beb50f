"""Shared by every test: no network at run time, no stray files, and the longest test files first.

The test process, and every kernel it starts (nbval's, nbclient's, JupyterLab's), refuse connections
beyond this machine (`no_network.py`): an IPython startup file in a private IPYTHONDIR installs the
block in each kernel. Attempts are logged, and a run with any attempt fails at the end, even when the
code caught the error. The same startup file makes every kernel log each file it writes outside the
progress file and the temporary folders (`stray_files.py`), and a run with any such write fails at the end
too. The progress file ($GDCOURSE_PROGRESS) lives in the run's temporary sandbox, so no test writes the
learner's real one; each notebook nbval runs gets a fresh one (`notebook_progress.py`). Tests that
build environments with pip (`install_envs.py`) run pip in its own process, which may reach the package
registry; when it cannot, they skip saying so (fail under CI=true).
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import no_network
import notebook_progress
import pytest
import stray_files

TESTS = Path(__file__).resolve().parent
#: Set by the first test process (xdist's controller), inherited by its workers and every kernel.
SANDBOX_ENV = "GDCOURSE_TEST_SANDBOX"
STARTUP = (
    f"__import__('sys').path.insert(0, {str(TESTS)!r}); __import__('no_network').install(); "
    f"__import__('stray_files').install(); __import__('sys').path.remove({str(TESTS)!r})\n"
)


def _sandbox() -> tuple[Path, bool]:
    """The private IPYTHONDIR (with the startup file) and the network log, made once per test run.

    Returns the folder, and whether this process made it (and so removes it at the end).
    """
    if os.environ.get(SANDBOX_ENV):
        return Path(os.environ[SANDBOX_ENV]), False
    sandbox = Path(tempfile.mkdtemp(prefix="gdcourse-tests-"))
    startup = sandbox / "ipython" / "profile_default" / "startup"
    startup.mkdir(parents=True)
    (startup / "00-no-network.py").write_text(STARTUP)
    os.environ[SANDBOX_ENV] = str(sandbox)
    os.environ["IPYTHONDIR"] = str(sandbox / "ipython")
    os.environ[no_network.LOG_ENV] = str(sandbox / "network.log")
    os.environ[stray_files.LOG_ENV] = str(sandbox / "writes.log")
    os.environ[notebook_progress.PROGRESS_ENV] = str(sandbox / "progress" / "progress.json")
    return sandbox, True


SANDBOX, MADE_HERE = _sandbox()
no_network.install()


def pytest_configure(config: pytest.Config) -> None:
    """Register notebook_progress as a plugin of the whole run: a conftest's own hooks reach only the
    tests under its folder, and nbval's cells are under notebooks/."""
    if not config.pluginmanager.has_plugin("gdcourse-notebook-progress"):
        config.pluginmanager.register(notebook_progress, "gdcourse-notebook-progress")


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """Fail the run if anything tried to reach the network, even where the error was caught."""
    if not MADE_HERE:  # an xdist worker: its controller reads the log once every worker is done
        return
    cache = getattr(session.config, "cache", None)  # None with -p no:cacheprovider
    if cache is not None and _file_seconds:
        cache.set(FILE_SECONDS, {**cache.get(FILE_SECONDS, {}), **_file_seconds})
    for name, what in (
        ("network.log", "Network use during the tests (the course must run offline)"),
        ("writes.log", "Files a kernel wrote outside the progress file and the temporary folders"),
    ):
        log = SANDBOX / name
        attempts = log.read_text().splitlines() if log.exists() else []
        if attempts:
            reporter = session.config.pluginmanager.get_plugin("terminalreporter")
            lines = "\n".join(f"  {line}" for line in attempts[:20])
            if reporter is not None:
                reporter.ensure_newline()
                reporter.write_line(f"{what}:\n{lines}", red=True)
            session.exitstatus = pytest.ExitCode.TESTS_FAILED
    shutil.rmtree(SANDBOX, ignore_errors=True)


# --- Longest test files first -----------------------------------------------------------------------

#: pytest's cache key (in .pytest_cache/) for how many seconds each test file took when it last ran.
FILE_SECONDS = "gdcourse/file-seconds"
_file_seconds: dict[str, float] = {}


def _file_of(nodeid: str) -> str:
    return nodeid.split("::")[0]


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Run the test files that took longest last time first. Each worker takes one file at a time
    (--dist loadfile), so a long file started near the end would keep one core busy while the other
    waits; a file not timed yet counts as quick. The sort is stable: a file's tests keep their order."""
    cache = getattr(config, "cache", None)
    seconds = cache.get(FILE_SECONDS, {}) if cache is not None else {}
    items.sort(key=lambda item: -seconds.get(_file_of(item.nodeid), 0.0))


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    """Add up each file's seconds (xdist's controller hears every worker's reports)."""
    file = _file_of(report.nodeid)
    _file_seconds[file] = _file_seconds.get(file, 0.0) + report.duration
