"""No network during the tests: a connection beyond this machine fails with NetworkBlocked, and is logged.

`install()` patches the socket module of the process it runs in: connecting to (or looking up) anything
but this machine raises NetworkBlocked, writes a line to stderr and appends one to the file named by
$GDCOURSE_NETWORK_LOG, so even an attempt that the code catches and hides is seen. The tests install it
in their own process and, through an IPython startup file, in every kernel they start (see conftest.py).
"""

from __future__ import annotations

import os
import socket
import sys

LOG_ENV = "GDCOURSE_NETWORK_LOG"
LOCAL_NAMES = {"localhost", "localhost.localdomain", "", "0.0.0.0", "::", "::1"}


class NetworkBlocked(OSError):
    """Raised instead of a connection beyond this machine: the course must work offline."""


def is_local(address: object) -> bool:
    """True for this machine: a Unix socket's path, a loopback address or the name localhost."""
    if not isinstance(address, tuple):  # AF_UNIX paths (str or bytes), abstract sockets
        return True
    host = address[0]
    if host is None:  # a look-up for a local bind
        return True
    if isinstance(host, bytes):
        host = host.decode(errors="replace")
    host = str(host).lower()
    return host in LOCAL_NAMES or host.startswith("127.") or host.startswith("::ffff:127.")


def refuse(what: str, address: object) -> None:
    """Log the attempt and raise NetworkBlocked (unless the address is this machine's)."""
    if is_local(address):
        return
    line = f"{what} {address!r} (process {os.getpid()})"
    log = os.environ.get(LOG_ENV)
    if log:
        with open(log, "a") as file:
            file.write(line + "\n")
    print(f"[gdcourse tests] no network: blocked a {line}", file=sys.stderr)
    raise NetworkBlocked(f"the gdcourse tests allow no network: {what} {address!r} was blocked")


def install() -> None:
    """Patch this process's socket module (once): connect, connect_ex and name look-ups refuse the network."""
    if getattr(socket, "_gdcourse_no_network", False):
        return
    connect, connect_ex, getaddrinfo = socket.socket.connect, socket.socket.connect_ex, socket.getaddrinfo

    def guarded_connect(self, address):
        refuse("connect to", address)
        return connect(self, address)

    def guarded_connect_ex(self, address):
        refuse("connect to", address)
        return connect_ex(self, address)

    def guarded_getaddrinfo(host, *args, **kwargs):
        refuse("look-up of", (host,))
        return getaddrinfo(host, *args, **kwargs)

    socket.socket.connect = guarded_connect
    socket.socket.connect_ex = guarded_connect_ex
    socket.getaddrinfo = guarded_getaddrinfo
    socket._gdcourse_no_network = True
