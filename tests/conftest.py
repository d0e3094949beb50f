"""Shared by every test: no network at run time, and a clear skip for tests that need a package registry.

The test process, and every kernel it starts (nbval's, nbclient's, JupyterLab's), refuse connections
beyond this machine (`no_network.py`): an IPython startup file in a private IPYTHONDIR installs the
block in each kernel. Attempts are logged, and a run with any attempt fails at the end, even when the
code caught the error. Tests that need the package registry take the `package_registry` fixture: it
skips them, saying why, when the registry cannot be reached (and fails them under CI=true).
"""

from __future__ import annotations

import functools
import os
import shutil
import subprocess
import sys
import tempfile
import urllib.parse
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


@functools.cache
def _index_url() -> str:
    """The package index pip uses here: $PIP_INDEX_URL, pip's configuration, or pip's own default."""
    if os.environ.get("PIP_INDEX_URL"):
        return os.environ["PIP_INDEX_URL"].split()[0]
    configured = subprocess.run(
        [sys.executable, "-m", "pip", "config", "get", "global.index-url"], capture_output=True, text=True
    )
    if configured.returncode == 0 and configured.stdout.strip():
        return configured.stdout.strip()
    from pip._internal.models.index import PyPI  # pip's default index

    return PyPI.simple_url


@functools.cache
def registry_problem() -> str | None:
    """Why the package registry cannot be reached from here, or None when it can."""
    url = urllib.parse.urlsplit(_index_url())
    if url.scheme == "file":
        return None if Path(urllib.parse.unquote(url.path)).exists() else f"{url.path} does not exist"
    port = url.port or (443 if url.scheme == "https" else 80)
    probe = "import socket, sys; socket.create_connection((sys.argv[1], int(sys.argv[2])), timeout=5).close()"
    try:  # in a fresh process: this one refuses the network
        reached = subprocess.run(
            [sys.executable, "-c", probe, url.hostname or "", str(port)], capture_output=True, timeout=20
        )
    except subprocess.TimeoutExpired:
        return f"no answer from the package index at {url.hostname} within 20 s"
    if reached.returncode != 0:
        return f"the package index at {url.hostname} cannot be reached (offline?)"
    return None


@pytest.fixture(scope="session")
def package_registry() -> None:
    """Skip a test that needs the package registry when it is out of reach; under CI=true, fail it."""
    problem = registry_problem()
    if problem is None:
        return
    message = f"needs a package registry: {problem}"
    if os.environ.get("CI", "").strip().lower() == "true":
        pytest.fail(message)
    pytest.skip(message)
