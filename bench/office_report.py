"""Benchmark: the office's month report over a year of logged rows, with and without
PostgreSQL's JIT.

A throwaway PostgreSQL holds a year of airing logs: N communes (default 20) × 10 slots a day ×
365 days, two notices an airing, one slot in twenty missed and re-aired (half of those re-airs
cut short and re-aired again: the chains the report follows, w21o3), a few emergencies, as
the collector stores them. It times:
- the month report (`Office.report`, what `office report --month` and the month page read),
  for one month in the middle of the year;
- the baseline, in the same run on the same connection: one plain SQL query over the same
  rows (the month's airings × their items, counted per commune, outcome and notice);
each with PostgreSQL's JIT on (its default) and off (`SET jit = off`, what the office's
connections now run with: office.db.NO_JIT, decided from this bench); then, JIT off, the
report with and without the re-airs' partial index (office migration 19, `airings_reairs`,
dropped and made again between runs). Prints the median of `--repeat` runs, the ratio report /
plain query, and the Python side's peak memory during one report (tracemalloc).

    .venv/bin/python bench/office_report.py [--communes 20] [--repeat 5]
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
import tracemalloc
from collections.abc import Callable, Iterator
from datetime import datetime, timedelta
from pathlib import Path

import psycopg

sys.path.insert(0, str(Path(__file__).parent.parent / "tests"))
from servers import Postgres

from announcements.script import EMERGENCY_PREFIX, UPSTREAM_MARK
from office.db import open_office
from office.desk import OFFICE_ZONE, Office

YEAR = datetime(2026, 1, 1, tzinfo=OFFICE_ZONE)
MONTH = "06/2026"
SLOTS = [(5, 30), (6, 30), (7, 0), (9, 0), (11, 0), (13, 30), (15, 0), (16, 30), (17, 30), (19, 0)]
PLAIN = """
    SELECT a.station, a.status, i->>'announcement_id', count(*),
           sum(COALESCE((i->>'duration_s')::float8, 0))
    FROM airings a CROSS JOIN jsonb_array_elements(a.items) i
    WHERE a.started_at >= %(start)s AND a.started_at < %(end)s
    GROUP BY 1, 2, 3
"""
"""The baseline: the same month's rows and items, counted, with nothing the report adds (no
re-air chains, no versions, no emergencies apart, no missed slots, no log chain check)."""


ITEMS = [
    {"announcement_id": notice, "campaign": "c", "title": title, "version": 1, "duration_s": 40.0}
    for notice, title in (("tb", "Tiêm chủng"), ("tc", "Họp dân"))
]
"""A slot's two notices, as a station logs them."""


def year_of(key: str) -> Iterator[tuple[object, ...]]:
    """A commune's year of airings, as the collector stores them (COPY's columns)."""
    seq = 0

    def row(at: datetime, status: str, slot: str, what: list[dict[str, object]],
            trigger: str = "schedule") -> tuple[object, ...]:  # fmt: skip
        said = {"seq": seq, "status": status, "trigger": trigger, "slot": slot,
                "started_at": at.isoformat()}  # fmt: skip
        return (key, seq, at, status, json.dumps(what), 80.0, 80.0, "", "", json.dumps(said))

    for day in range(365):
        for s, (hour, minute) in enumerate(SLOTS):
            at, n = YEAR + timedelta(days=day, hours=hour, minutes=minute), day * len(SLOTS) + s
            seq += 1
            if n % 20:
                yield row(at, "aired", f"s{s}", ITEMS)
                continue
            yield row(at, "missed", f"s{s}", ITEMS)
            seq += 1
            yield row(at + timedelta(minutes=5), "interrupted" if n % 40 == 0 else "aired",
                      f"phat-lai-{seq - 1}", ITEMS)  # fmt: skip
            if n % 40 == 0:  # the re-air cut short, re-aired in turn
                seq += 1
                yield row(at + timedelta(minutes=9), "aired", f"phat-lai-{seq - 1}", ITEMS)
        if day % 30 == 0:  # an emergency a month, cut once and aired again
            urgent = [{"announcement_id": f"{EMERGENCY_PREFIX}{UPSTREAM_MARK}e{day}",
                       "title": "Khẩn cấp", "version": 1, "duration_s": 30.0}]  # fmt: skip
            at = YEAR + timedelta(days=day, hours=10)
            for minutes, status in ((0, "partial"), (2, "aired")):
                seq += 1
                yield row(at + timedelta(minutes=minutes), status, "", urgent,
                          "upstream emergency")  # fmt: skip


def fill(conn: psycopg.Connection, communes: int) -> int:
    """A year of logged airings for `communes` approved communes; how many rows."""
    for n in range(communes):
        conn.execute(
            "INSERT INTO stations (key_id, fingerprint, public_key, station_id, name, commune, "
            "enrolled_at, approved_at, head_hash, stored_through, last_contact) "
            "VALUES (%s, %s, '', %s, %s, %s, %s, %s, '', 1000000, %s)",
            [f"k{n}", f"fp{n}", f"s{n}", f"Đài xã {n}", f"Xã {n}", YEAR, YEAR,
             YEAR + timedelta(days=365)],
        )  # fmt: skip
    count = 0
    columns = ("station, seq, started_at, status, items, duration_s, planned_duration_s, "
               "prev_hash, row_hash, row")  # fmt: skip
    with conn.cursor() as cur, cur.copy(f"COPY airings ({columns}) FROM STDIN") as copy:
        for n in range(communes):
            for each in year_of(f"k{n}"):
                copy.write_row(each)
                count += 1
    conn.execute("ANALYZE")
    return count


JITS = ("on", "off")
REAIRS_INDEX = "airings_reairs"
"""Office migration 19's partial index of the re-airs (the month report's chains)."""


def timed_s(conn: psycopg.Connection, jit: str, call: Callable[[], object]) -> float:
    """One call's wall time with PostgreSQL's JIT `jit` on the connection."""
    conn.execute(f"SET jit = {jit}")
    started = time.perf_counter()
    call()
    return time.perf_counter() - started


def _reairs_index(conn: psycopg.Connection) -> str:
    """The statement that makes the re-airs' index, as the office's migration made it."""
    [(made,)] = conn.execute(
        "SELECT indexdef FROM pg_indexes WHERE indexname = %s", [REAIRS_INDEX]
    ).fetchall()
    return str(made)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--communes", type=int, default=20)
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()
    server = Postgres()
    try:
        dsn = server.new_database()
        started = time.perf_counter()
        with open_office(dsn) as conn:
            rows = fill(conn, args.communes)
        print(f"{rows:,} airings of {args.communes} communes over a year, stored in "
              f"{time.perf_counter() - started:.1f} s; the month {MONTH}")  # fmt: skip
        bounds = {"start": datetime(2026, 6, 1, tzinfo=OFFICE_ZONE),
                  "end": datetime(2026, 7, 1, tzinfo=OFFICE_ZONE)}  # fmt: skip
        with Office.open(dsn) as desk:
            calls = {"report": lambda: desk.report(MONTH),
                     "plain": lambda: desk.conn.execute(PLAIN, bounds).fetchall()}  # fmt: skip
            times: dict[tuple[str, str], list[float]] = {}
            for n in range(args.repeat + 1):  # interleaved: a busy machine slows both alike
                for jit in JITS:
                    for name, call in calls.items():
                        took = timed_s(desk.conn, jit, call)
                        if n:  # the first round warms the caches
                            times.setdefault((jit, name), []).append(took)
            index = {"with": _reairs_index(desk.conn)}  # as migration 19 made it
            desk.conn.execute("SET jit = off")
            for n in range(args.repeat + 1):
                for way in ("without", "with"):
                    desk.conn.execute(f"DROP INDEX IF EXISTS {REAIRS_INDEX}")
                    if way == "with":
                        desk.conn.execute(index["with"])
                    took = timed_s(desk.conn, "off", calls["report"])
                    if n:
                        times.setdefault(("index", way), []).append(took)
            tracemalloc.start()
            desk.report(MONTH)
            peak = tracemalloc.get_traced_memory()[1] / 2**20
            tracemalloc.stop()
        print(f"{'':14}{'report s':>10}{'plain s':>10}{'ratio':>8}")
        for jit in JITS:
            report, plain = (statistics.median(times[jit, name]) for name in calls)
            print(f"{f'jit = {jit}':14}{report:10.3f}{plain:10.3f}{report / plain:7.1f}x")
        plain = statistics.median(times["off", "plain"])
        for way in ("without", "with"):
            report = statistics.median(times["index", way])
            print(f"{f'{way} index':14}{report:10.3f}{plain:10.3f}{report / plain:7.1f}x"
                  "  (jit = off; the re-airs' partial index, migration 19)")  # fmt: skip
        print(f"the report's peak memory (Python side, tracemalloc): {peak:.1f} MB")
    finally:
        server.stop()


if __name__ == "__main__":
    main()
