"""Benchmark: exporting a large airing log.

Generates a log of N airings (default 1,000,000: 100 stations × 10 a day × ~3 years, all in
one store; one or two announcements each, in `airing_items` as the writer stores them) and
measures, each as a whole process (wall and CPU time, peak memory):
- `broadcaster log export --format csv` against `sqlite3 -csv` of the same rows and columns
  (the plain join of airings and their items, raw);
- `log export --format xlsx` of the same rows;
- the PDF of one station-month (10 airings a day) against its CSV;
- the PDF of 45,000 lines (a station's busy year) against its CSV;
- a station's year where one airing in three did not air as planned and was re-aired (a
  quarter of the re-airs cut short and re-aired again): its CSV, and its PDF against that
  CSV (the PDF's totals follow each chain of re-airs, o21lan10 N1); then three such years
  against one, which is 3x when the look-ups stay linear.

    .venv/bin/python bench/export_log.py [--airings N] [--pdf-lines N] [--keep DIR] [--no-xlsx]

CPU time (user + system) is the steadier figure when other work shares the machine.
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
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from itertools import takewhile
from pathlib import Path
from typing import Any

CAMPAIGNS = ("bluezone", "tiem-chung", "ve-sinh", "phong-chay", "bau-cu")
TITLES = {
    "bluezone": "Phòng, chống dịch COVID-19",
    "tiem-chung": "Tiêm chủng mở rộng",
    "bau-cu": "Bầu cử đại biểu Quốc hội và HĐND các cấp",
}
STATUSES = ("aired",) * 90 + ("missed",) * 5 + ("failed", "preempted", "interrupted", "partial")


def same_columns(station_name: str) -> str:
    """What the CSV export prints, column for column (STT aside), selected from the store as
    it keeps them: the baseline runs it with the sqlite3 shell."""
    from broadcaster.airing_lines import LINE_FIELDS

    quoted = station_name.replace("'", "''")
    special = {"station": f"'{quoted}'", "seq": "a.seq",
               "campaign_title": "COALESCE(t.campaign_title, t.campaign)"}  # fmt: skip
    return (
        f"SELECT {', '.join(special.get(f, f't.{f}') for f in LINE_FIELDS)} "
        "FROM airings a JOIN airing_items t ON t.airing_seq = a.seq "
        "ORDER BY a.started_at, a.seq, t.position"
    )


NOT_AS_PLANNED = ("missed", "failed", "preempted", "interrupted")
UNAIRED = 0.3
"""The share of planned airings that did not air as planned in the re-aired stores."""
REAIR_CUT = 0.25
"""The share of re-airs cut short in turn (then re-aired again: a chain, o21lan10 N1)."""


def generate(root: Path, airings: int, per_day: int, unaired: float = 0.0) -> None:
    """`unaired`: instead of STATUSES, this share of airings does not air as planned, and each
    is re-aired ("Phát lại một lần", slot phat-lai-N) two hours later, REAIR_CUT of those cut
    short and re-aired again; their seqs follow the planned airings'."""
    # imported here: the measuring process stays small, and a child's peak memory (which
    # counts what it was forked from) is its own
    from broadcaster.airing_lines import bring_up_to_date
    from broadcaster.airing_log import item_rows
    from broadcaster.station import Station

    subprocess.run([sys.executable, "-m", "cli", "--station", str(root), "init"], check=True,
                   stdout=subprocess.DEVNULL)  # fmt: skip
    station = Station.open(root)
    rng = random.Random(1)
    start = datetime(2023, 1, 1, tzinfo=UTC)
    rows: list[tuple[Any, ...]] = []
    items: list[tuple[Any, ...]] = []
    reairs: list[tuple[int, datetime, list[dict[str, Any]]]] = []
    for seq in range(1, airings + 1):
        day, slot = divmod(seq - 1, per_day)
        at = start + timedelta(days=day, minutes=slot * 1440 // per_day)
        if unaired:
            status = rng.choice(NOT_AS_PLANNED) if rng.random() < unaired else "aired"
        else:
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
        if unaired and status in NOT_AS_PLANNED:
            reairs.append((seq, at + timedelta(hours=2), entries))
        if len(rows) >= 50_000 or seq == airings:
            stored(station, rows, items)
            rows, items = [], []
    seq = airings
    while reairs:  # each re-air's seq follows; one cut short is re-aired in turn
        again = []
        for original, at, entries in reairs:
            seq += 1
            status = "interrupted" if rng.random() < REAIR_CUT else "aired"
            stamp = at.isoformat(timespec="milliseconds")
            rows.append((seq, f"phat-lai-{original}", "schedule", stamp, stamp,
                         stamp, status, json.dumps(entries, ensure_ascii=False), "espeak",
                         52.0, 52.0, "null", None))  # fmt: skip
            items.extend(item_rows(seq, entries))
            if status != "aired":
                again.append((seq, at + timedelta(hours=2), entries))
        reairs = again
    stored(station, rows, items)
    started = time.process_time()
    bring_up_to_date(station.db, station.config.zone)  # as the first export after the migration
    print(f"{airings:,} airings: cells formatted in {time.process_time() - started:.1f} s CPU")


def stored(station: Any, rows: list[tuple[Any, ...]], items: list[tuple[Any, ...]]) -> None:
    """Airing rows and their items, in one transaction, as the writer's columns hold them."""
    from broadcaster.airing_log import ITEMS_INSERT

    with station.db.conn:
        station.db.conn.executemany(
            "INSERT INTO airings (seq, slot, trigger, scheduled_at, started_at, ended_at,"
            " status, items, engines, planned_duration_s, duration_s, sink, error) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            rows,
        )
        station.db.conn.executemany(ITEMS_INSERT, items)


@dataclass(frozen=True)
class Measure:
    wall: float
    cpu: float
    """user + system seconds: steadier than wall time on a shared machine"""
    peak_mb: float


def measured(command: list[str], stdout: Path | None = None) -> Measure:
    """Wall and CPU seconds and peak RSS (MB) of one command."""
    started = time.perf_counter()
    with stdout.open("w") if stdout else open(os.devnull, "w") as out:
        process = subprocess.Popen(command, stdout=out)
        _, status, usage = os.wait4(process.pid, 0)
    if os.waitstatus_to_exitcode(status):
        raise SystemExit(f"failed: {' '.join(command)}")
    cpu = usage.ru_utime + usage.ru_stime
    return Measure(time.perf_counter() - started, cpu, usage.ru_maxrss / 1024)


def make(root: Path, airings: int, per_day: int, unaired: float = 0.0) -> None:
    """Generate in a child process, so this one stays small and its children's peak memory
    is theirs (kept from an earlier run with --keep)."""
    if (root / "station.db").exists():
        return
    subprocess.run([sys.executable, __file__, "--generate", str(root), "--airings",
                    str(airings), "--per-day", str(per_day), "--unaired", str(unaired)],
                   check=True)  # fmt: skip


def lines(path: Path) -> int:
    """The airing table's lines (a station's CSV goes on, after an empty line, with the
    notices that never aired)."""
    with path.open("rb") as f:
        return sum(1 for _ in takewhile(lambda line: line.strip(), f)) - 1


def pages(path: Path) -> str:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True).stdout
    return next((line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")),
                "?")  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--airings", type=int, default=1_000_000)
    parser.add_argument("--pdf-lines", type=int, default=45_000)
    parser.add_argument("--keep", type=Path, help="keep the generated stores in this folder "
                        "(and use them if they are there)")  # fmt: skip
    parser.add_argument("--no-xlsx", action="store_true", help="skip the XLSX (the longest)")
    parser.add_argument("--generate", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--per-day", type=int, default=10, help=argparse.SUPPRESS)
    parser.add_argument("--unaired", type=float, default=0.0, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.generate:
        generate(args.generate, args.airings, args.per_day, args.unaired)
        return
    with tempfile.TemporaryDirectory() as tmp:
        stores = args.keep or Path(tmp)
        started = time.perf_counter()
        root, one, busy = stores / "station", stores / "one-station", stores / "busy"
        make(root, args.airings, args.airings // 1095 + 1)
        make(one, 10950, 10)  # 10 airings a day for three years
        make(busy, int(args.pdf_lines / 1.33), 100)  # ~1.33 lines an airing, 100 a day
        year, years = stores / "reaired-year", stores / "reaired-3-years"
        make(year, 3650, 10, UNAIRED)  # a station's year, one airing in three re-aired
        make(years, 3 * 3650, 10, UNAIRED)
        print(f"stores ready in {time.perf_counter() - started:.1f} s")
        out = Path(tmp)

        def export(station: Path, fmt: str, name: str, *more: str) -> Measure:
            return measured([sys.executable, "-m", "cli", "--station", str(station), "log",
                             "export", "--format", fmt, "-o", str(out / name), *more])  # fmt: skip

        from broadcaster.station import Station

        name = Station.open(root).config.name
        sqlite = ["sqlite3", "-csv", "-header", str(root / "station.db"), same_columns(name)]
        base = measured(sqlite, out / "sqlite.csv")
        csv_all = export(root, "csv", "all.csv")
        count = lines(out / "all.csv")
        assert count == lines(out / "sqlite.csv"), "not the same rows"
        xlsx_all = None if args.no_xlsx else export(root, "xlsx", "all.xlsx")
        month_csv = export(one, "csv", "m.csv", "--month", "2024-06")
        month_pdf = export(one, "pdf", "m.pdf", "--month", "2024-06")
        year_csv = export(busy, "csv", "y.csv")
        year_pdf = export(busy, "pdf", "y.pdf")
        reaired = {(store, fmt): export(store, fmt, f"{store.name}.{fmt}")
                   for store in (year, years) for fmt in ("csv", "pdf")}  # fmt: skip
        rows = [
            (f"sqlite3 -csv, {count:,} lines (baseline)", base, base),
            ("log export --format csv", csv_all, base),
            *([("log export --format xlsx", xlsx_all, base)] if xlsx_all else []),
            (f"station-month ({lines(out / 'm.csv')} lines), csv", month_csv, month_csv),
            (f"station-month, pdf ({pages(out / 'm.pdf')} pages)", month_pdf, month_csv),
            (f"{lines(out / 'y.csv'):,} lines, csv", year_csv, year_csv),
            (f"{lines(out / 'y.csv'):,} lines, pdf ({pages(out / 'y.pdf')} pages)", year_pdf,
             year_csv),
            (f"a year re-aired ({lines(out / f'{year.name}.csv'):,} lines), csv",
             reaired[year, "csv"], reaired[year, "csv"]),
            ("a year re-aired, pdf", reaired[year, "pdf"], reaired[year, "csv"]),
            ("three years re-aired, csv (vs a year)", reaired[years, "csv"],
             reaired[year, "csv"]),
            ("three years re-aired, pdf (vs a year)", reaired[years, "pdf"],
             reaired[year, "pdf"]),
        ]  # fmt: skip
    print(f"{'':44}{'wall s':>8}{'ratio':>8}{'cpu s':>8}{'ratio':>8}{'peak MB':>9}")
    for label, m, against in rows:
        print(f"{label:44}{m.wall:8.2f}{m.wall / against.wall:7.2f}x{m.cpu:8.2f}"
              f"{m.cpu / against.cpu:7.2f}x{m.peak_mb:9.0f}")  # fmt: skip


if __name__ == "__main__":
    main()
