"""Benchmark: the web console's server time per page on a busy station, and its memory.

Builds a station with 500 announcements (a tenth of them drafts), four daily slots, three
accounts and a year of log (3,650 airings), then times each page through Flask's test client
(server time: no network), median of N requests, against the stylesheet (the framework's own
cost, no store) as the baseline of the same run. Then starts `broadcaster web` as a process,
logs in and opens every page a few times, and reads its resident memory, against a bare
Python process that imports Flask and waitress.

    .venv/bin/python bench/web_pages.py [--requests N] [--station DIR]

`--station DIR` keeps the built station in DIR (built there when missing, reused after), so
repeated runs skip the minute it takes to build.
"""

from __future__ import annotations

import argparse
import http.cookiejar
import json
import re
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from broadcaster import schedule
from broadcaster.airing_log import ITEMS_INSERT, item_rows
from broadcaster.log_chain import seal
from broadcaster.station import Station
from schedules.slots import make_slot
from web import create_app

PASSWORD = "mật khẩu đo thử"
PAGES: tuple[str, ...] = ("/", "/users", "/users/vanhanh", "/password", "/announcements",
         "/announcements?status=draft&q=thong+bao+so+4", "/announcements/new",
         "/announcements/tb-001", "/announcements/tb-001/diff", "/lexicon", "/jingles",
         "/announcements/tb-001/preview.wav")  # fmt: skip
_tomorrow = datetime.now(ZoneInfo("Asia/Ho_Chi_Minh")).date() + timedelta(days=1)
_last_month = (_tomorrow.replace(day=1) - timedelta(days=1)).strftime("%m/%Y")
PAGES += (
    "/schedule", "/schedule?week=01/01/2026", f"/schedule/day/{_tomorrow.isoformat()}",
    "/schedule/new", "/schedule/slot/s0", "/log", "/log?status=aired&id=tb-001",
    f"/log?since=01/{_last_month}", "/log/verify", "/sync",
)  # fmt: skip
DOWNLOADS = (
    *(f"/log/export?month={_last_month}&format={f}" for f in ("csv", "xlsx", "pdf")),
    "/schedule/print",
)
"""A month's report (about 300 airings) and this week's schedule: files, not pages; timed
apart."""


def console_station(root: Path) -> Station:
    """A new station with the console's three accounts (admin, approver, operator), reading
    with espeak (no network)."""
    Station.create(root, "Trạm đo thử", quiet_hours=None)
    config = root / "station.toml"
    config.write_text(config.read_text("utf-8").replace('engines = ["gtts", "espeak"]',
                                                       'engines = ["espeak"]'))  # fmt: skip
    station = Station.open(root)
    for name, role in (("quantri", "admin"), ("duyet", "approver"), ("vanhanh", "operator")):
        station.accounts.add(name, role, PASSWORD)
    return station


def make_station(root: Path) -> None:
    station = console_station(root)
    with tempfile.TemporaryDirectory() as scripts:
        paths = []
        for n in range(500):
            path = Path(scripts) / f"tb-{n:03d}.md"
            path.write_text(
                f"---\nid: tb-{n:03d}\ntitle: Thông báo số {n}\ncampaign: cd-{n % 25}\n---\n"
                f"Kính thưa bà con, thông báo số {n} lúc 17h30 ngày 01/8/2026, "
                "gọi 0912 345 678.\n",
                encoding="utf-8",
            )
            paths.append(path)
        station.add_announcements(paths)
    for n in range(500):
        if n % 10:
            station.approve(f"tb-{n:03d}", "Chủ tịch xã")
    slots = [make_slot(f"s{n}", f"{6 + n * 3:02d}:30", campaign=f"cd-{n}",
                       created_at=station.clock()) for n in range(4)]  # fmt: skip
    schedule.add_slots(station, slots)
    start = datetime.now(UTC) - timedelta(days=365)
    entries = [{"announcement_id": "tb-001", "version": 1, "title": "Thông báo số 1"}]
    items = json.dumps(entries)
    with station.db.conn:
        station.db.table("airings").insert_all(
            {"seq": n + 1, "slot": f"s{n % 4}", "trigger": "schedule",
             "scheduled_at": (t := (start + timedelta(hours=2.4 * n)).isoformat()),
             "started_at": t, "ended_at": t, "items": items,
             "status": "missed" if n % 20 == 0 else "failed" if n % 50 == 7 else "aired",
             "engines": "espeak", "planned_duration_s": 60.0, "duration_s": 60.0,
             "sink": "null"}
            for n in range(3650)
        )  # fmt: skip
        for n in range(3650):  # what reports read, as the one writer keeps it beside `items`
            station.db.conn.executemany(ITEMS_INSERT, item_rows(n + 1, entries))
        seal(station.db)  # as the one writer leaves them: `log verify` checks every hash
    station.db.conn.close()


def found(pattern: str, text: str) -> re.Match[str]:
    """The first match of `pattern`, which must be there."""
    match = re.search(pattern, text)
    assert match, f"{pattern!r} is not in {text[:200]!r}"
    return match


def server_times(root: Path, requests: int) -> dict[str, float]:
    """Median milliseconds per page, as the app serves it (logged in as the admin)."""
    app = create_app(root)
    client = app.test_client()
    page = client.get("/login").get_data(as_text=True)
    token = found(r'name="csrf_token" value="([^"]+)"', page)
    done = client.post("/login", data={"name": "quantri", "password": PASSWORD,
                                       "csrf_token": token.group(1)})  # fmt: skip
    assert done.status_code == 302, done.status_code
    medians = {}
    for url in ("/static/console.css", *PAGES, *DOWNLOADS):
        times = []
        for _ in range(requests):
            started = time.perf_counter()
            response = client.get(url)
            times.append(time.perf_counter() - started)
            assert response.status_code == 200, (url, response.status_code)
        medians[url] = statistics.median(times) * 1000
    return medians


def rss_kb(pid: int) -> int:
    status = Path(f"/proc/{pid}/status").read_text()
    return int(found(r"VmRSS:\s+(\d+)", status).group(1))


def console_memory(root: Path) -> tuple[int, int]:
    """Resident kB of `broadcaster web` after serving every page, and of a bare baseline."""
    command = [str(Path(sys.executable).parent / "broadcaster"), "--station", str(root), "web",
               "--port", "0"]  # fmt: skip
    server = subprocess.Popen(command, stdout=subprocess.PIPE, text=True)
    baseline = subprocess.Popen([sys.executable, "-c",
                                 "import flask, waitress, sys; sys.stdin.read()"],
                                stdin=subprocess.PIPE)  # fmt: skip
    try:
        assert server.stdout
        url = found(r"http://\S+", server.stdout.readline()).group()
        opener = urllib.request.build_opener(
            urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()))  # fmt: skip
        page = opener.open(f"{url}/login").read().decode()
        token = found(r'name="csrf_token" value="([^"]+)"', page).group(1)
        form = urllib.parse.urlencode({"name": "quantri", "password": PASSWORD,
                                       "csrf_token": token}).encode()  # fmt: skip
        opener.open(f"{url}/login", form).read()
        for _ in range(5):
            for path in PAGES:
                opener.open(f"{url}{path}").read()
        time.sleep(0.5)  # let the baseline finish importing; not a synchronisation
        return rss_kb(server.pid), rss_kb(baseline.pid)
    finally:
        server.terminate()
        server.wait()
        baseline.kill()
        baseline.wait()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--requests", type=int, default=30)
    parser.add_argument("--station", type=Path, help="keep (or reuse) the built station here")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = args.station or Path(tmp) / "station"
        if not (root / "station.db").exists():
            started = time.perf_counter()
            make_station(root)
            print(f"station: 500 announcements, 3,650 airings, 4 slots "
                  f"(built in {time.perf_counter() - started:.1f} s)")  # fmt: skip
        medians = server_times(root, args.requests)
        base = medians.pop("/static/console.css")
        print(f"baseline /static/console.css: {base:.2f} ms median")
        for url, ms in medians.items():
            print(f"{url:44} {ms:7.2f} ms median  ({ms / base:5.1f} x baseline)")
        console, bare = console_memory(root)
        print(f"console RSS after serving every page: {console / 1024:.1f} MB "
              f"({console / bare:.2f} x a bare Python with Flask and waitress, "
              f"{bare / 1024:.1f} MB)")  # fmt: skip


if __name__ == "__main__":
    main()
