"""`broadcaster web` as it runs: waitress on loopback believes the forwarded client address
and scheme only from a proxy on 127.0.0.1 (nginx in front, for HTTPS), so the log-in limits
count the real device and the session cookie is Secure behind HTTPS; anyone else's
forwarded headers are ignored."""

from __future__ import annotations

import http.client
import re
from pathlib import Path
from urllib.parse import urlsplit

from conftest import Run, ServedConsole, query


def request(
    console: ServedConsole,
    method: str,
    path: str,
    source: str,
    headers: dict[str, str],
    body: str | None = None,
) -> http.client.HTTPResponse:
    """One HTTP request to the served console from the loopback address `source`."""
    connection = http.client.HTTPConnection(
        urlsplit(console.url).netloc, timeout=30, source_address=(source, 0)
    )
    connection.request(method, path, body=body, headers=headers)
    response = connection.getresponse()
    response.read()
    connection.close()
    return response


def wrong_log_in(console: ServedConsole, source: str, headers: dict[str, str]) -> None:
    """A failed log-in from `source`, with its own session and CSRF token."""
    connection = http.client.HTTPConnection(
        urlsplit(console.url).netloc, timeout=30, source_address=(source, 0)
    )
    connection.request("GET", "/login", headers=headers)
    page = connection.getresponse()
    token = re.search(r'name="csrf_token" value="([^"]+)"', page.read().decode())
    assert token
    cookie = page.headers["Set-Cookie"].split(";")[0]
    form = f"name=vanhanh&password=sai&csrf_token={token.group(1)}"
    connection.request("POST", "/login", body=form, headers=headers | {
        "Cookie": cookie, "Content-Type": "application/x-www-form-urlencoded"})  # fmt: skip
    assert connection.getresponse().status == 400
    connection.close()


def test_forwarded_headers_are_believed_from_the_local_proxy_only(
    served_console: ServedConsole,
) -> None:
    forwarded = {"X-Forwarded-Proto": "https", "X-Forwarded-For": "10.1.2.3"}
    from_proxy = request(served_console, "GET", "/login", "127.0.0.1", forwarded)
    assert "Secure" in from_proxy.headers["Set-Cookie"]
    from_elsewhere = request(served_console, "GET", "/login", "127.0.0.2", forwarded)
    assert "Secure" not in from_elsewhere.headers["Set-Cookie"]

    wrong_log_in(served_console, "127.0.0.1", {"X-Forwarded-For": "10.1.2.3"})
    wrong_log_in(served_console, "127.0.0.2", {"X-Forwarded-For": "10.9.9.9"})
    assert query(served_console.root, "SELECT address FROM login_failures ORDER BY id") == [
        ("10.1.2.3",), ("127.0.0.2",)]  # fmt: skip


def test_a_body_over_the_limit_is_refused_by_the_server(served_console: ServedConsole) -> None:
    response = request(served_console, "POST", "/login", "127.0.0.1",
                       {"Content-Length": str(40 * 1024 * 1024)}, body="")  # fmt: skip
    assert response.status == 413


def test_opening_the_console_to_the_network_warns_to_put_https_in_front(
    run: Run, console_station: Path
) -> None:
    result = run("web", "--host", "192.0.2.1", "--port", "0", code=1)  # not this machine's
    assert "nginx" in result.stderr and "HTTPS" in result.stderr
    assert "192.0.2.1" in result.stderr.splitlines()[-1]  # then: cannot listen there
