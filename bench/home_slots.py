"""Benchmark: Trang chủ's server time on a station with 50 slots, each with a limit (w31attn:
Cần chú ý measures every limited slot's next program from the lengths the station stores).

Builds (once, in STATION) a station of 100 approved notices in 50 campaigns, one slot per
campaign with max_minutes 5, their speech made; then times GET / through Flask's test client.

    .venv/bin/python bench/home_slots.py STATION [REQUESTS]
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

from web_pages import PASSWORD, console_station, found

from broadcaster import schedule
from schedules.slots import make_slot
from web import create_app

SLOTS = 50


def make_station(root: Path) -> None:
    station = console_station(root)
    with tempfile.TemporaryDirectory() as scripts:
        paths = []
        for n in range(2 * SLOTS):
            path = Path(scripts) / f"tb-{n:03d}.md"
            path.write_text(
                f"---\nid: tb-{n:03d}\ntitle: Thông báo số {n}\ncampaign: cd-{n // 2}\n---\n"
                f"Kính thưa bà con, thông báo số {n} lúc 17h30 ngày 01/8/2026.\n",
                encoding="utf-8",
            )
            paths.append(path)
        station.add_announcements(paths)
    for n in range(2 * SLOTS):
        station.approve(f"tb-{n:03d}", "Chủ tịch xã")
    first = datetime(2026, 1, 1, 5, 10)
    schedule.add_slots(station, [  # measuring each program makes its speech
        make_slot(f"s{n}", f"{first + timedelta(minutes=17 * n):%H:%M}", campaign=f"cd-{n}",
                  max_minutes="5", created_at=station.clock())
        for n in range(SLOTS)
    ])  # fmt: skip
    station.db.conn.close()


def main() -> None:
    root, requests = Path(sys.argv[1]), int(sys.argv[2]) if len(sys.argv) > 2 else 40
    if not (root / "station.db").exists():
        make_station(root)
    client = create_app(root).test_client()
    token = found(r'name="csrf_token" value="([^"]+)"', client.get("/login").get_data(as_text=True))
    done = client.post("/login", data={"name": "quantri", "password": PASSWORD,
                                       "csrf_token": token.group(1)})  # fmt: skip
    assert done.status_code == 302, done.status_code
    times = []
    for _ in range(requests):
        started = time.perf_counter()
        assert client.get("/").status_code == 200
        times.append(time.perf_counter() - started)
    print(f"/ median {statistics.median(times) * 1000:.1f} ms, min {min(times) * 1000:.1f} ms "
          f"over {requests}")  # fmt: skip


if __name__ == "__main__":
    main()
