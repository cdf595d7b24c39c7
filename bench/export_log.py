"""Benchmark: exporting a large airing log.

Generates a log of N airings (default 1,000,000: 100 stations × 10 a day × ~3 years, all in
one store; one or two announcements each, in `airing_items` as the writer stores them) and
measures, each as a whole process (wall time and peak memory):
- `broadcaster log export --format csv` against `sqlite3 -csv` of the same rows and columns
  (the plain join of airings and their items, raw);
- `log export --format xlsx` of the same rows;
- the PDF of one station-month (10 airings a day) against its CSV;
- the PDF of 45,000 lines (a station's busy year) against its CSV.

    .venv/bin/python bench/export_log.py [--airings N] [--pdf-lines N]
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

from broadcaster.airing_log import ITEMS_INSERT, item_rows
from broadcaster.station import Station

CAMPAIGNS = ("bluezone", "tiem-chung", "ve-sinh", "phong-chay", "bau-cu")
TITLES = {
    "bluezone": "Phòng, chống dịch COVID-19",
    "tiem-chung": "Tiêm chủng mở rộng",
    "bau-cu": "Bầu cử đại biểu Quốc hội và HĐND các cấp",
}
STATUSES = ("aired",) * 90 + ("missed",) * 5 + ("failed", "preempted", "interrupted", "partial")
SAME_COLUMNS = (
    "SELECT a.seq, a.started_at, a.ended_at, t.announcement_id, t.title, t.version, "
    "t.upstream_version, t.campaign, t.campaign_title, t.priority, t.kind, a.trigger, "
    "t.duration_s, a.duration_s, a.planned_duration_s, t.readings, a.status, t.approved_by, "
    "a.slot, a.late_s, a.error "
    "FROM airings a JOIN airing_items t ON t.airing_seq = a.seq "
    "ORDER BY a.started_at, a.seq, t.position"
)
"""What the CSV export reads, raw: the baseline runs it with the sqlite3 shell."""


def generate(root: Path, airings: int, per_day: int) -> None:
    subprocess.run([sys.executable, "-m", "cli", "--station", str(root), "init"], check=True,
                   stdout=subprocess.DEVNULL)  # fmt: skip
    station = Station.open(root)
    rng = random.Random(1)
    start = datetime(2023, 1, 1, tzinfo=UTC)
    rows, items = [], []
    for seq in range(1, airings + 1):
        day, slot = divmod(seq - 1, per_day)
        at = start + timedelta(days=day, minutes=slot * 1440 // per_day)
        status = rng.choice(STATUSES)
        entries = [
            {"announcement_id": f"{c}-{n}", "version": 2, "upstream_version": 5,
             "title": f"Thông báo {c} số {n} về việc thực hiện", "campaign": c,
             "campaign_title": TITLES.get(c), "priority": "normal", "kind": "tts",
             "engine": "espeak", "voice": "vi", "readings": 2, "approved_by": "Nguyễn Văn A",
             "duration_s": 48.5, "audio_sha256": "ab" * 32}
            for n, c in enumerate(rng.sample(CAMPAIGNS, rng.choice((1, 1, 2))))
        ]  # fmt: skip
        played = 0.0 if status in ("missed", "failed") else 52.0 * len(entries)
        error = "the station was off" if status == "missed" else None
        rows.append((seq, f"s{slot}", "schedule", at.isoformat(timespec="milliseconds"),
                     at.isoformat(timespec="milliseconds"),
                     (at + timedelta(seconds=played)).isoformat(timespec="milliseconds"),
                     status, json.dumps(entries, ensure_ascii=False), "espeak", played, played,
                     "null", error))  # fmt: skip
        items.extend(item_rows(seq, entries))
        if len(rows) >= 50_000 or seq == airings:
            with station.db.conn:
                station.db.conn.executemany(
                    "INSERT INTO airings (seq, slot, trigger, scheduled_at, started_at, ended_at,"
                    " status, items, engines, planned_duration_s, duration_s, sink, error) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    rows,
                )
                station.db.conn.executemany(ITEMS_INSERT, items)
            rows, items = [], []


def measured(command: list[str], stdout: Path | None = None) -> tuple[float, float]:
    """Wall seconds and peak RSS (MB) of one command."""
    started = time.perf_counter()
    with stdout.open("w") if stdout else open(os.devnull, "w") as out:
        process = subprocess.Popen(command, stdout=out)
        _, status, usage = os.wait4(process.pid, 0)
    if os.waitstatus_to_exitcode(status):
        raise SystemExit(f"failed: {' '.join(command)}")
    return time.perf_counter() - started, usage.ru_maxrss / 1024


def make(root: Path, airings: int, per_day: int) -> None:
    """Generate in a child process, so this one stays small and its children's peak memory
    is theirs."""
    subprocess.run([sys.executable, __file__, "--generate", str(root), "--airings",
                    str(airings), "--per-day", str(per_day)], check=True)  # fmt: skip


def lines(path: Path) -> int:
    with path.open("rb") as f:
        return sum(1 for _ in f) - 1


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--airings", type=int, default=1_000_000)
    parser.add_argument("--pdf-lines", type=int, default=45_000)
    parser.add_argument("--generate", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--per-day", type=int, default=10, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.generate:
        generate(args.generate, args.airings, args.per_day)
        return
    with tempfile.TemporaryDirectory() as tmp:
        started = time.perf_counter()
        root, one, busy = Path(tmp) / "station", Path(tmp) / "one-station", Path(tmp) / "busy"
        make(root, args.airings, args.airings // 1095 + 1)
        make(one, 10950, 10)  # 10 airings a day for three years
        make(busy, int(args.pdf_lines / 1.33), 100)  # ~1.33 lines an airing, 100 a day
        print(f"generated {args.airings:,} airings in {time.perf_counter() - started:.1f} s")
        cli = [sys.executable, "-m", "cli", "--station", str(root), "log", "export"]
        sqlite = ["sqlite3", "-csv", "-header", str(root / "station.db"), SAME_COLUMNS]
        base, base_mb = measured(sqlite, Path(tmp) / "sqlite.csv")
        ours, ours_mb = measured([*cli, "--format", "csv", "-o", f"{tmp}/all.csv"])
        count = lines(Path(tmp) / "all.csv")
        assert count == lines(Path(tmp) / "sqlite.csv"), "not the same rows"
        xlsx, xlsx_mb = measured([*cli, "--format", "xlsx", "-o", f"{tmp}/all.xlsx"])
        month = [sys.executable, "-m", "cli", "--station", str(one), "log", "export",
                 "--month", "2024-06"]  # fmt: skip
        month_csv, _ = measured([*month, "--format", "csv", "-o", f"{tmp}/m.csv"])
        month_pdf, month_mb = measured([*month, "--format", "pdf", "-o", f"{tmp}/m.pdf"])
        month_lines = lines(Path(tmp) / "m.csv")
        year = [sys.executable, "-m", "cli", "--station", str(busy), "log", "export"]
        year_csv, _ = measured([*year, "--format", "csv", "-o", f"{tmp}/y.csv"])
        year_pdf, year_mb = measured([*year, "--format", "pdf", "-o", f"{tmp}/y.pdf"])
        year_lines = lines(Path(tmp) / "y.csv")
        pages = subprocess.run(["pdfinfo", f"{tmp}/y.pdf"], capture_output=True, text=True)
        year_pages = next((line.split()[-1] for line in pages.stdout.splitlines()
                           if line.startswith("Pages:")), "?")  # fmt: skip
    print(f"{'':40}{'wall s':>8}{'ratio':>8}{'peak MB':>9}")
    print(f"{f'sqlite3 -csv, {count:,} lines (baseline)':40}{base:8.2f}{1:7.2f}x{base_mb:9.0f}")
    print(f"{'log export --format csv':40}{ours:8.2f}{ours / base:7.2f}x{ours_mb:9.0f}")
    print(f"{'log export --format xlsx':40}{xlsx:8.2f}{xlsx / base:7.2f}x{xlsx_mb:9.0f}")
    print(f"{f'station-month ({month_lines} lines), csv':40}{month_csv:8.2f}{1:7.2f}x")
    print(f"{'station-month, pdf':40}{month_pdf:8.2f}{month_pdf / month_csv:7.2f}x"
          f"{month_mb:9.0f}")  # fmt: skip
    print(f"{f'{year_lines:,} lines, csv':40}{year_csv:8.2f}{1:7.2f}x")
    print(f"{f'{year_lines:,} lines, pdf ({year_pages} pages)':40}{year_pdf:8.2f}"
          f"{year_pdf / year_csv:7.2f}x{year_mb:9.0f}")  # fmt: skip


if __name__ == "__main__":
    main()
