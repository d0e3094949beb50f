"""The course runs offline: the tests block the network in their process and in every kernel they start.

Every notebook then runs under that block (nbval, in this same test run), and conftest.py fails the run
if anything tried to connect, even where the error was caught. These tests prove the block itself.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import textwrap
import urllib.request
from pathlib import Path

import nbformat
import no_network
import pytest
from nbclient import NotebookClient

#: An address reserved for documentation (RFC 5737): never a real host.
NOWHERE = "http://192.0.2.1/"


def test_this_process_cannot_reach_the_network_but_can_reach_itself(tmp_path, monkeypatch):
    log = tmp_path / "network.log"
    monkeypatch.setenv(no_network.LOG_ENV, str(log))
    with pytest.raises(OSError) as raised:  # urllib wraps it in a URLError, itself an OSError
        urllib.request.urlopen(NOWHERE, timeout=1)
    assert isinstance(raised.value.reason, no_network.NetworkBlocked)
    with pytest.raises(no_network.NetworkBlocked):
        socket.getaddrinfo("example.invalid", 443)
    assert "192.0.2.1" in log.read_text() and "example.invalid" in log.read_text()
    with socket.socket() as server, socket.socket() as client:  # loopback: JupyterLab and kernels need it
        server.bind(("127.0.0.1", 0))
        server.listen()
        client.connect(server.getsockname())


def test_a_kernel_the_tests_start_cannot_reach_the_network(tmp_path, monkeypatch):
    log = tmp_path / "network.log"
    monkeypatch.setenv(no_network.LOG_ENV, str(log))  # the kernel inherits it, and the startup file
    cell = (
        "import urllib.request\n"
        "try:\n"
        f"    urllib.request.urlopen({NOWHERE!r}, timeout=1)\n"
        "except OSError as error:\n"
        "    print(type(error.reason).__name__)\n"
        "print(sorted(name for name in dir() if not name.startswith('_')))"
    )
    notebook = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(cell)])
    NotebookClient(notebook, timeout=60, kernel_name="python3").execute()
    outputs = notebook.cells[0].outputs
    printed = "".join(o.get("text", "") for o in outputs if o.get("name") == "stdout")
    warned = "".join(o.get("text", "") for o in outputs if o.get("name") == "stderr")
    assert printed.splitlines()[0] == "NetworkBlocked"
    assert "no network: blocked a look-up of ('192.0.2.1',)" in warned
    assert "192.0.2.1" in log.read_text()
    # The startup file leaves nothing in the learner's namespace: only IPython's names and the cell's own.
    names = "['In', 'Out', 'exit', 'get_ipython', 'open', 'quit', 'urllib']"
    assert printed.splitlines()[1] == names


def test_a_run_fails_when_something_tried_the_network_even_if_it_caught_the_error(tmp_path):
    test = tmp_path / "test_sneaky.py"
    test.write_text(
        textwrap.dedent(
            f"""
            import urllib.request

            def test_tries_and_hides_it():
                try:
                    urllib.request.urlopen({NOWHERE!r}, timeout=1)
                except OSError:
                    pass
            """
        )
    )
    env = {k: v for k, v in os.environ.items() if k not in ("GDCOURSE_TEST_SANDBOX", no_network.LOG_ENV)}
    env["PYTHONPATH"] = str(Path(__file__).parent)
    run = subprocess.run(
        [sys.executable, "-m", "pytest", "-p", "conftest", "-q", "-p", "no:cacheprovider", str(test)],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode == pytest.ExitCode.TESTS_FAILED, run.stdout[-2000:]
    assert "1 passed" in run.stdout
    assert "Network use during the tests" in run.stdout and "192.0.2.1" in run.stdout
