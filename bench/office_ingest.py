"""Benchmark: a simulated province pushing its airing logs into one collector.

1,000 stations (each its own ed25519 key, enrolled and approved over HTTP) each push a month
of sealed airing rows (10 a day, two announcements an airing) through nginx to
`broadcaster office serve` and a durable PostgreSQL (fsync on) on this machine; then a
province-day (10 airings from each station) the same way. The baseline, in the same run, is
PostgreSQL's own COPY of the very same rows (as the collector stores them) into an identical
table. Then the month's office report for the 1,000 communes in each format, and the month's
airing lines (`office lines`), against PostgreSQL's COPY of the month's rows to nowhere.
Prints rows/s, ratios, and peak memory.

    .venv/bin/python bench/office_ingest.py [--stations 1000] [--days 30] [--clients 16]
"""

from __future__ import annotations

import argparse
import copy
import csv
import io
import json
import os
import resource
import secrets
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import psycopg
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

sys.path.insert(0, str(Path(__file__).parent.parent / "tests"))
from servers import Collector, Postgres

from audio_out.sinks import FileSink
from broadcaster.airing import air
from broadcaster.identity import Identity
from broadcaster.log_chain import GENESIS, content_hash
from broadcaster.office_link import OfficeClient, _sealed_after
from broadcaster.station import Station
from office.collector import COLUMNS, _canonical

MONTH = datetime(2026, 11, 1, tzinfo=UTC) - timedelta(hours=7)  # 00:00 in Vietnam
SLOTS = [
    f"{h:02d}:{m:02d}"
    for h, m in (
        (5, 30),
        (6, 30),
        (7, 0),
        (9, 0),
        (11, 0),
        (13, 30),
        (15, 0),
        (16, 30),
        (17, 30),
        (19, 0),
    )
]


def real_row(tmp: Path) -> dict[str, Any]:
    """One airing row as a real station logs it (the shape every simulated row takes)."""
    subprocess.run(
        [
            sys.executable,
            "-m",
            "cli",
            "--station",
            str(tmp / "st"),
            "init",
            "--quiet-hours",
            "none",
        ],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    station = Station.open(tmp / "st")
    (tmp / "tb.md").write_text(
        "---\nid: bz-cai-dat\ntitle: Vận động cài đặt ứng dụng Bluezone\ncampaign: bluezone\n"
        "repeat: 2\n---\nBà con cài đặt ứng dụng Bluezone để bảo vệ mình và gia đình.\n"
    )
    station.add_announcements([tmp / "tb.md"])
    station.approve("bz-cai-dat", "Chủ tịch UBND xã")
    air(station, ["bz-cai-dat"], FileSink(tmp / "out"))
    return _sealed_after(station, 0, 1)[0]


def station_rows(
    shape: dict[str, Any], days: range, first_seq: int, prev: str
) -> list[dict[str, Any]]:
    """A station's airings over `days`, sealed as the station seals them."""
    item = json.loads(shape["items"])[0]
    items = [
        {**item, "announcement_id": "bz-cai-dat", "upstream_version": 2, "version": 3},
        {
            **item,
            "announcement_id": "bz-huong-dan",
            "upstream_version": 1,
            "version": 1,
            "title": "Hướng dẫn cài đặt Bluezone",
            "audio_sha256": secrets.token_hex(32),
        },
    ]
    rows, seq = [], first_seq
    for day in days:
        for n, at in enumerate(SLOTS):
            h, m = map(int, at.split(":"))
            planned = MONTH + timedelta(days=day, hours=h, minutes=m)
            row = copy.copy(shape)
            status = (
                "missed" if (day + n) % 23 == 0 else "failed" if (day + n) % 41 == 0 else "aired"
            )
            row.update(
                seq=seq,
                slot=f"khung-{n}",
                trigger="schedule",
                scheduled_at=planned.isoformat(timespec="milliseconds"),
                started_at=(planned + timedelta(seconds=0.4)).isoformat(timespec="milliseconds"),
                ended_at=(planned + timedelta(seconds=95)).isoformat(timespec="milliseconds"),
                status=status,
                late_s=0.4,
                program_sha256=secrets.token_hex(32),
                duration_s=94.6 if status == "aired" else 0.0,
                planned_duration_s=94.6,
                items=json.dumps(items, ensure_ascii=False),
                error=None,
            )
            row["prev_hash"] = prev
            row["row_hash"] = prev = content_hash(prev, row)
            rows.append(row)
            seq += 1
    return rows


def copy_text(rows_by_key: dict[str, list[dict[str, Any]]]) -> bytes:
    """The rows as the collector stores them, in COPY's CSV format."""
    out = io.StringIO()
    writer = csv.writer(out)
    for key, rows in rows_by_key.items():
        for r in rows:
            writer.writerow(
                [
                    key,
                    r["seq"],
                    r["started_at"],
                    r["status"],
                    r["duration_s"],
                    r["planned_duration_s"],
                    r["items"],
                    r["prev_hash"],
                    r["row_hash"],
                    _canonical(r),
                ]
            )
    return out.getvalue().encode()


def rss_peak_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return 0.0


PEAK = (
    "import atexit, runpy, sys; atexit.register(lambda: print(open('/proc/self/status').read()"
    ".split('VmHWM:')[1].split()[0], file=sys.stderr)); sys.argv = ['broadcaster', *sys.argv[1:]]; "
    "runpy.run_module('cli', run_name='__main__')"
)
"""Runs the CLI and prints its own peak resident memory (kB) on exit: the child's VmHWM
starts afresh at exec, unlike ru_maxrss, which counts the forked copy of this process."""


def measured(args: list[str]) -> tuple[float, float]:
    """Seconds and peak MB of one `broadcaster` command."""
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", PEAK, *args], check=True, text=True,
                          stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)  # fmt: skip
    return time.perf_counter() - started, int(done.stderr.split()[-1]) / 1024


def cpu_seconds(pids: list[int]) -> float:
    """User + system CPU time of these processes so far."""
    total = 0.0
    for pid in pids:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except FileNotFoundError:
            continue
        total += (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    return total


def postgres_pids(pg: Postgres) -> list[int]:
    main = int((pg.dir / "data" / "postmaster.pid").read_text().split()[0])
    children = subprocess.run(["pgrep", "-P", str(main)], capture_output=True, text=True)
    return [main, *map(int, children.stdout.split())]


def cpu_split(pg: Postgres, collector: Collector) -> dict[str, float]:
    """CPU seconds so far of the collector, PostgreSQL and this process (the stations):
    figures the other loads of a shared machine change far less than wall time."""
    me = resource.getrusage(resource.RUSAGE_SELF)
    return {
        "collector": cpu_seconds([collector.pid]),
        "postgres": cpu_seconds(postgres_pids(pg)),
        "stations": me.ru_utime + me.ru_stime,
    }


def push_all(clients: dict[str, tuple[OfficeClient, list[dict[str, Any]]]], workers: int) -> float:
    def push(key: str) -> None:
        client, rows = clients[key]
        answer = client.push(rows[0]["seq"], rows)
        assert answer.status == 200 and answer.body["accepted"] == len(rows), answer.body

    started = time.perf_counter()
    with ThreadPoolExecutor(workers) as pool:
        list(pool.map(push, clients))
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--stations", type=int, default=1000)
    parser.add_argument("--days", type=int, default=30)
    parser.add_argument("--clients", type=int, default=16, help="stations pushing at once")
    args = parser.parse_args()
    pg = Postgres(durable=True)
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        collector = Collector(pg.new_database(), tmp / "collector", threads=8)
        try:
            run(args, pg, collector, tmp)
        finally:
            collector.stop()
            pg.stop()


def run(args: argparse.Namespace, pg: Postgres, collector: Collector, tmp: Path) -> None:
    shape = real_row(tmp)
    identities = [Identity(Ed25519PrivateKey.generate()) for _ in range(args.stations)]
    print(
        f"{args.stations} stations, {args.days} days x {len(SLOTS)} airings, "
        f"{args.clients} pushing at once; collector {collector.threads} threads"
    )
    started = time.perf_counter()
    month = {i.key_id: station_rows(shape, range(args.days), 1, GENESIS) for i in identities}
    total = sum(len(rows) for rows in month.values())
    print(f"generated and sealed {total:,} rows in {time.perf_counter() - started:.1f} s")

    def enrol(n: int) -> None:
        client = OfficeClient(collector.url, identities[n])
        assert client.enrol(f"st-{n}", f"Đài xã {n:04d}", f"Xã {n:04d}").status == 200

    started = time.perf_counter()
    with ThreadPoolExecutor(args.clients) as pool:
        list(pool.map(enrol, range(args.stations)))
    with psycopg.connect(collector.dsn, autocommit=True) as conn:
        conn.execute("UPDATE stations SET approved_at = now(), approved_by = 'bench'")
        conn.execute("CREATE TABLE copy_baseline (LIKE airings INCLUDING ALL)")
    print(f"enrolled {args.stations} stations in {time.perf_counter() - started:.1f} s")

    data = copy_text(month)
    with psycopg.connect(collector.dsn) as conn:
        started = time.perf_counter()
        with conn.cursor().copy(f"COPY copy_baseline ({COLUMNS}) FROM STDIN (FORMAT csv)") as cp:
            for offset in range(0, len(data), 1 << 20):
                cp.write(data[offset : offset + (1 << 20)])
        conn.commit()
        copy_s = time.perf_counter() - started

    clients = {i.key_id: (OfficeClient(collector.url, i), month[i.key_id]) for i in identities}
    ingest_s = push_all(clients, args.clients)
    with psycopg.connect(collector.dsn) as conn:
        [(stored,)] = conn.execute("SELECT count(*) FROM airings").fetchall()
        size = conn.execute("SELECT pg_size_pretty(pg_total_relation_size('airings'))").fetchone()
        assert size is not None
    assert stored == total
    print(f"\n{'month of a province':34}{'rows':>10}{'s':>8}{'rows/s':>10}")
    print(f"{'PostgreSQL COPY (baseline)':34}{total:>10,}{copy_s:8.2f}{total / copy_s:10,.0f}")
    print(f"{'collector: signed pushes':34}{total:>10,}{ingest_s:8.2f}{total / ingest_s:10,.0f}")
    print(f"collector / COPY: {copy_s / ingest_s:.0%} of COPY's rate; airings table {size[0]}")

    day = {
        key: (
            client,
            station_rows(
                shape, range(args.days, args.days + 1), len(rows) + 1, rows[-1]["row_hash"]
            ),
        )
        for key, (client, rows) in clients.items()
    }
    before = cpu_split(pg, collector)
    day_s = push_all(day, args.clients)
    spent = {k: v - before[k] for k, v in cpu_split(pg, collector).items()}
    day_rows = sum(len(rows) for _, rows in day.values())
    print(
        f"province-day: {day_rows:,} airings from {len(day)} stations in {day_s:.2f} s "
        f"({day_rows / day_s:,.0f} rows/s); CPU s: "
        + ", ".join(f"{k} {v:.2f}" for k, v in spent.items())
    )
    print(f"collector peak memory: {rss_peak_mb(collector.pid):.0f} MB")

    with psycopg.connect(collector.dsn) as conn:
        started = time.perf_counter()
        with conn.cursor().copy(
            "COPY (SELECT * FROM airings WHERE started_at >= '2026-10-31T17:00Z' "
            "AND started_at < '2026-11-30T17:00Z') TO STDOUT"
        ) as cp:
            for _ in cp:
                pass
        dump_s = time.perf_counter() - started
    print(f"\n{'office report, 2026-11':34}{'s':>8}{'x dump':>8}{'peak MB':>9}")
    print(f"{'COPY of the month TO STDOUT':34}{dump_s:8.2f}{1:8.1f}{'':>9}")
    for command, fmt in (("report", "csv"), ("report", "xlsx"), ("report", "pdf"),
                         ("lines", "csv")):  # fmt: skip
        args_ = ["office", command, "--db", collector.dsn, "--month", "2026-11", "--format",
                 fmt, "-o", str(tmp / f"{command}.{fmt}")]  # fmt: skip
        seconds, peak = measured(args_)
        print(
            f"{f'broadcaster office {command} {fmt}':34}{seconds:8.2f}{seconds / dump_s:8.1f}"
            f"{peak:9.0f}"
        )


if __name__ == "__main__":
    main()
