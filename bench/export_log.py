"""Benchmark: exporting a large airing log.

Generates a log of N airings (default 1,000,000: 100 stations × 10 a day × ~3 years, all in
one store) and measures, each as a whole process:
- `broadcaster log export --format csv` against `sqlite3 -csv` over the same rows;
- `log export --format xlsx`: time and peak memory;
- one month as PDF against the same month as CSV.

    .venv/bin/python bench/export_log.py [--airings N]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from broadcaster.station import Station

CAMPAIGNS = ("bluezone", "tiem-chung", "ve-sinh", "phong-chay", "bau-cu")
STATUSES = ("aired",) * 90 + ("missed",) * 5 + ("failed", "preempted", "interrupted", "partial")


def generate(root: Path, airings: int, per_day: int) -> None:
    subprocess.run([sys.executable, "-m", "cli", "--station", str(root), "init"], check=True,
                   stdout=subprocess.DEVNULL)  # fmt: skip
    station = Station.open(root)
    rng = random.Random(1)
    start = datetime(2023, 1, 1, tzinfo=UTC)
    rows = []
    for seq in range(1, airings + 1):
        day, slot = divmod(seq - 1, per_day)
        at = start + timedelta(days=day, minutes=slot * 1440 // per_day)
        status = rng.choice(STATUSES)
        items = [
            {"announcement_id": f"{c}-{n}", "version": 1, "title": f"Thông báo {c} số {n}",
             "campaign": c, "priority": "normal", "kind": "tts", "engine": "espeak",
             "readings": 2, "duration_s": 48.5, "approved_by": "Nguyễn Văn A"}
            for n, c in enumerate(rng.sample(CAMPAIGNS, rng.choice((1, 1, 2))))
        ]  # fmt: skip
        played = 0.0 if status in ("missed", "failed") else 52.0 * len(items)
        rows.append((seq, f"s{slot}", "schedule", at.isoformat(timespec="milliseconds"),
                     at.isoformat(timespec="milliseconds"),
                     (at + timedelta(seconds=played)).isoformat(timespec="milliseconds"),
                     status, json.dumps(items, ensure_ascii=False), "espeak", played, played,
                     "null"))  # fmt: skip
    with station.db.conn:
        station.db.conn.executemany(
            "INSERT INTO airings (seq, slot, trigger, scheduled_at, started_at, ended_at, status,"
            " items, engines, planned_duration_s, duration_s, sink) VALUES "
            "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            rows,
        )


def measured(command: list[str], stdout: Path | None = None) -> tuple[float, float]:
    """Wall seconds and peak RSS (MB) of one command."""
    started = time.perf_counter()
    with stdout.open("w") if stdout else open(os.devnull, "w") as out:
        process = subprocess.Popen(command, stdout=out)
        _, status, usage = os.wait4(process.pid, 0)
    if os.waitstatus_to_exitcode(status):
        raise SystemExit(f"failed: {' '.join(command)}")
    return time.perf_counter() - started, usage.ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--airings", type=int, default=1_000_000)
    parser.add_argument("--generate", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--per-day", type=int, default=10, help=argparse.SUPPRESS)
    args = parser.parse_args()
    airings = args.airings
    if args.generate:
        generate(args.generate, airings, args.per_day)
        return
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "station"
        started = time.perf_counter()
        # in a child process, so this one stays small and its children's peak memory is theirs
        subprocess.run(
            [
                sys.executable,
                __file__,
                "--generate",
                str(root),
                "--airings",
                str(airings),
                "--per-day",
                str(airings // 1095 + 1),
            ],
            check=True,
        )
        one = Path(tmp) / "one-station"  # 10 airings a day for three years
        subprocess.run([sys.executable, __file__, "--generate", str(one), "--airings", "10950",
                        "--per-day", "10"], check=True)  # fmt: skip
        print(f"generated {airings} airings in {time.perf_counter() - started:.1f} s")
        cli = [sys.executable, "-m", "cli", "--station", str(root), "log", "export"]
        sqlite = ["sqlite3", "-csv", "-header", str(root / "station.db"),
                  "SELECT * FROM airings ORDER BY started_at, seq"]  # fmt: skip
        base, base_mb = measured(sqlite, Path(tmp) / "sqlite.csv")
        ours, ours_mb = measured([*cli, "--format", "csv", "-o", f"{tmp}/all.csv"])
        xlsx, xlsx_mb = measured([*cli, "--format", "xlsx", "-o", f"{tmp}/all.xlsx"])
        station_month = [sys.executable, "-m", "cli", "--station", str(one), "log", "export",
                         "--month", "2024-06"]  # fmt: skip
        month_csv, _ = measured([*station_month, "--format", "csv", "-o", f"{tmp}/m.csv"])
        month_pdf, pdf_mb = measured([*station_month, "--format", "pdf", "-o", f"{tmp}/m.pdf"])
    print(f"{'':34}{'wall s':>8}{'ratio':>8}{'peak MB':>9}")
    print(f"{'sqlite3 -csv (baseline)':34}{base:8.2f}{1:7.2f}x{base_mb:9.0f}")
    print(f"{'log export --format csv':34}{ours:8.2f}{ours / base:7.2f}x{ours_mb:9.0f}")
    print(f"{'log export --format xlsx':34}{xlsx:8.2f}{xlsx / base:7.2f}x{xlsx_mb:9.0f}")
    print(f"{'station-month (300), csv (baseline)':34}{month_csv:8.2f}{1:7.2f}x")
    print(
        f"{'station-month (300), pdf':34}{month_pdf:8.2f}{month_pdf / month_csv:7.2f}x{pdf_mb:9.0f}"
    )


if __name__ == "__main__":
    main()
