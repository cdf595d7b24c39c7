"""The console under waitress: a production WSGI server in pure Python (it runs wherever the
station runs, a Raspberry Pi included)."""

from __future__ import annotations

import ipaddress
import os

from flask import Flask
from waitress.server import BaseWSGIServer, MultiSocketServer, create_server

from . import MAX_UPLOAD_MB

THREADS = 4
CONSOLE_NICENESS = 10
"""The console runs at a lower CPU priority than the daemon: on a busy machine pages wait,
airings do not (measured by bench/console_load.py)."""


def make_server(app: Flask, host: str, port: int) -> BaseWSGIServer | MultiSocketServer:
    """Listening at once (port 0 picks a free one). Forwarded-for and -proto headers are
    believed only from a proxy on this machine (nginx in front, for HTTPS), so nobody can
    claim another address to dodge the log-in limits."""
    return create_server(
        app,
        host=host,
        port=port,
        threads=THREADS,
        trusted_proxy="127.0.0.1",
        trusted_proxy_headers={"x-forwarded-for", "x-forwarded-proto"},
        clear_untrusted_proxy_headers=True,
        max_request_body_size=(MAX_UPLOAD_MB + 1) * 1024 * 1024,
        ident="broadcaster",
    )


def address(server: BaseWSGIServer | MultiSocketServer) -> str:
    """The address to open in a browser."""
    if isinstance(server, MultiSocketServer):  # a host name with several addresses
        host, port = server.effective_listen[0]
    else:  # types-waitress leaves out these two, which BaseWSGIServer.__init__ sets
        host, port = server.effective_host, server.effective_port  # type: ignore[attr-defined]
    shown = "127.0.0.1" if host in ("0.0.0.0", "::") else host
    return f"http://{f'[{shown}]' if ':' in str(shown) else shown}:{port}"


def is_loopback(host: str) -> bool:
    """Whether only this machine can reach `host` (otherwise the LAN can: HTTPS is due)."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def yield_to_the_daemon() -> None:
    """Lower this process's CPU priority (from the `web` command, never in a test run)."""
    os.nice(CONSOLE_NICENESS)
