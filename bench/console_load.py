"""Benchmark: does a busy console delay an airing?

The real daemon (in this process, on the paced null sink, as bench/start_accuracy.py runs
it) airs N slots a few seconds apart, first with the console idle, then while `broadcaster
web` serves 20 clients that open the console's pages without pause, over the same station
(each client logged in; all in one process at the lowest CPU priority, since real browsers
run on phones and PCs elsewhere). The console lowers its own priority below the daemon's, as
`broadcaster web` always does. Prints the airings' start lateness (first sample minus the
scheduled second) median and max for both runs, the pages served per second, and the
console's resident memory (and its peak while loaded).

    .venv/bin/python bench/console_load.py [--slots N] [--clients N]
"""

from __future__ import annotations

import argparse
import http.client
import http.cookiejar
import multiprocessing
import os
import re
import subprocess
import sys
import threading
import time
import urllib.parse
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))
from start_accuracy import lateness, report, rss_mb

from broadcaster.station import Station

PASSWORD = "mật khẩu đo thử"
PAGES = ("/", "/schedule", "/log", "/sync", "/log?status=aired", "/schedule/new")


def client(url: str, stop: Any, ready: Any, served: Any, failed: Any) -> None:
    """One person at the console: log in, then open page after page until told to stop."""
    opener = urllib.request.build_opener(
        urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()))  # fmt: skip
    page = opener.open(f"{url}/login").read().decode()
    token = re.search(r'name="csrf_token" value="([^"]+)"', page).group(1)  # type: ignore[union-attr]
    form = urllib.parse.urlencode({"name": "quantri", "password": PASSWORD,
                                   "csrf_token": token}).encode()  # fmt: skip
    opener.open(f"{url}/login", form).read()
    ready.release()
    n = 0
    while not stop.is_set():
        try:
            with opener.open(f"{url}{PAGES[n % len(PAGES)]}", timeout=30) as response:
                response.read()
            with served.get_lock():
                served.value += 1
        except (OSError, http.client.HTTPException):
            with failed.get_lock():
                failed.value += 1
        n += 1


def clients(url: str, count: int, stop: Any, ready: Any, served: Any, failed: Any) -> None:
    """`count` clients as threads of one process (apart from the daemon's), at the lowest
    CPU priority: the browsers are phones and PCs elsewhere, not on the station machine;
    here they only stand in for the requests."""
    os.nice(19)
    threads = [threading.Thread(target=client, args=(url, stop, ready, served, failed))
               for _ in range(count)]  # fmt: skip
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()


class Load:
    """What the loaded run measured."""

    pages_per_s = 0.0
    failed = 0
    console_peak_mb = 0.0
    console_after_mb = 0.0


@contextmanager
def busy_console(root: Path, count: int, measured: Load) -> Iterator[None]:
    """`broadcaster web` over the station, with `count` clients loading it throughout."""
    station = Station.open(root)
    station.accounts.add("quantri", "admin", PASSWORD)
    station.close()
    command = [str(Path(sys.executable).parent / "broadcaster"), "--station", str(root), "web",
               "--port", "0"]  # fmt: skip
    server = subprocess.Popen(command, stdout=subprocess.PIPE, text=True)
    stop, ready = multiprocessing.Event(), multiprocessing.Semaphore(0)
    served, failed = multiprocessing.Value("l", 0), multiprocessing.Value("l", 0)
    try:
        assert server.stdout
        url = re.search(r"http://\S+", server.stdout.readline()).group()  # type: ignore[union-attr]
        load = multiprocessing.Process(target=clients,
                                       args=(url, count, stop, ready, served, failed))  # fmt: skip
        load.start()
        for _ in range(count):
            ready.acquire(timeout=120)  # every client logged in before the first slot
        started, before = time.perf_counter(), served.value
        yield
        measured.pages_per_s = (served.value - before) / (time.perf_counter() - started)
        measured.failed = failed.value
        measured.console_peak_mb = rss_mb(server.pid, "VmHWM")
        measured.console_after_mb = rss_mb(server.pid, "VmRSS")
    finally:
        stop.set()
        server.terminate()
        server.wait()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--slots", type=int, default=30)
    parser.add_argument("--clients", type=int, default=20)
    args = parser.parse_args()
    print(f"{'first sample − scheduled':28}{'median':>9}{'max':>9}{'min':>9}  ms")
    report("idle", lateness(args.slots))
    measured = Load()
    loaded = lateness(args.slots, first_in_s=40,
                      load=lambda root: busy_console(root, args.clients, measured))  # fmt: skip
    report(f"{args.clients} clients on the console", loaded)
    print(f"console served {measured.pages_per_s:.1f} pages/s during the airings "
          f"({measured.failed} failed requests); resident memory "
          f"{measured.console_after_mb:.0f} MB, peak "
          f"{measured.console_peak_mb:.0f} MB")  # fmt: skip


if __name__ == "__main__":
    main()
