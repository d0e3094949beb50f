"""Shared by every test: no network at run time.

The test process, and every kernel it starts (nbval's, nbclient's, JupyterLab's), refuse connections
beyond this machine (`no_network.py`): an IPython startup file in a private IPYTHONDIR installs the
block in each kernel. Attempts are logged, and a run with any attempt fails at the end, even when the
code caught the error. Tests that build environments with pip (`install_envs.py`) run pip in its own
process, which may reach the package registry; when it cannot, they skip saying so (fail under CI=true).
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import no_network
import pytest

TESTS = Path(__file__).resolve().parent
#: Set by the first test process (xdist's controller), inherited by its workers and every kernel.
SANDBOX_ENV = "GDCOURSE_TEST_SANDBOX"
STARTUP = (
    f"__import__('sys').path.insert(0, {str(TESTS)!r}); __import__('no_network').install(); "
    f"__import__('sys').path.remove({str(TESTS)!r})\n"
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
    return sandbox, True


SANDBOX, MADE_HERE = _sandbox()
no_network.install()


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """Fail the run if anything tried to reach the network, even where the error was caught."""
    if not MADE_HERE:  # an xdist worker: its controller reads the log once every worker is done
        return
    log = SANDBOX / "network.log"
    attempts = log.read_text().splitlines() if log.exists() else []
    if attempts:
        reporter = session.config.pluginmanager.get_plugin("terminalreporter")
        lines = "\n".join(f"  {line}" for line in attempts[:20])
        if reporter is not None:
            reporter.ensure_newline()
            reporter.write_line(
                f"Network use during the tests (the course must run offline):\n{lines}", red=True
            )
        session.exitstatus = pytest.ExitCode.TESTS_FAILED
    shutil.rmtree(SANDBOX, ignore_errors=True)
