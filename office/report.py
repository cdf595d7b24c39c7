"""The office's fleet report: per commune, what was planned and what aired, the versions
aired, the last contact and whether the log's chain holds; which communes aired a given
version; which have been silent. Typed rows built by SQL in PostgreSQL, then rendered as CSV,
XLSX or PDF with the commune report's machinery (period, totals, page, heading, signatures).

Times are the instants the stations recorded (a station whose clock is wrong is reported as it
logged); the month's bounds and the times shown are the office's local time.
"""

from __future__ import annotations

import csv
from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from functools import partial
from pathlib import Path
from typing import Any, overload

import psycopg

from broadcaster import airing_lines as table
from broadcaster.report import (
    HEADING_ROW_HEIGHT,
    Letterhead,
    Period,
    Totals,
    airing_sheet,
    print_setup,
    save_xlsx,
    spreadsheet_safe,
    write_atomic,
    write_lines_csv,
    xlsx_book,
)
from broadcaster.report_pdf import BOLD, TEXT_SIZE, Column, Document, fit_columns, vn_number
from common.i18n import _

from . import OFFICE_ZONE, OfficeError
from .fleet import known_group, stations

SILENT_AFTER = timedelta(days=1)
FORMATS = ("csv", "xlsx", "pdf")

COMMUNE_HEADINGS = (
    "STT",
    "Xã/phường",
    "Đài truyền thanh",
    "Nhóm",
    "Kế hoạch",
    "Đã phát",
    "Bỏ lỡ",
    "Lỗi",
    "Bị ngắt",
    "Gián đoạn",
    "Số phút đã phát",
    "Tỷ lệ phát (%)",
    "Phiên bản đã phát",
    "Liên lạc lần cuối",
    "Nhật ký toàn vẹn",
)
VERSION_HEADINGS = (
    "STT",
    "Xã/phường",
    "Mã thông báo",
    "Tiêu đề",
    "Phiên bản",
    "Số lượt phát",
    "Lần đầu",
    "Lần cuối",
)
SILENT_HEADINGS = ("STT", "Xã/phường", "Đài truyền thanh", "Liên lạc lần cuối", "Số giờ im lặng")
CHAIN_OK = "Có"
BREAKS = {
    "missing": "Không: thiếu lượt #{seq} trong nhật ký của đài",
    "fork": "Không: lượt #{seq} khác bản văn phòng đã nhận (nhật ký bị sửa sau khi gửi)",
    "unlinked": "Không: lượt #{seq} không nối tiếp lượt trước (bị xóa, đảo hoặc sửa)",
    "changed": "Không: lượt #{seq} bị sửa sau khi ghi (mã băm không khớp)",
    "office": "Không: bản lưu tại văn phòng bị đứt ở lượt #{seq}",
}
"""Where a commune's log chain breaks, as the printed report says it."""
NEVER = "chưa liên lạc"


@dataclass(frozen=True)
class CommuneLine:
    commune: str
    station: str
    groups: tuple[str, ...]
    totals: Totals
    versions: tuple[tuple[str, int, int], ...]
    """(announcement, version, airings), most aired first."""
    last_contact: datetime | None
    chain_break: tuple[str, int] | None
    """(kind, seq) where the chain breaks (see BREAKS); None when it holds."""

    def cells(self) -> tuple[Any, ...]:
        versions = "; ".join(f"{a} v{v} ×{n}" for a, v, n in self.versions)
        chain = CHAIN_OK
        if self.chain_break:
            kind, seq = self.chain_break
            chain = BREAKS[kind].format(seq=seq)
        return (
            self.commune,
            self.station,
            ", ".join(self.groups),
            *self.totals.row()[1:],
            versions,
            self.last_contact,
            chain,
        )


@dataclass(frozen=True)
class VersionLine:
    commune: str
    announcement_id: str
    title: str
    version: int
    airings: int
    first: datetime
    last: datetime

    def cells(self) -> tuple[Any, ...]:
        return (
            self.commune,
            self.announcement_id,
            self.title,
            self.version,
            self.airings,
            self.first,
            self.last,
        )


@dataclass(frozen=True)
class SilentLine:
    commune: str
    station: str
    last_contact: datetime | None
    hours: float | None

    def cells(self) -> tuple[Any, ...]:
        return (
            self.commune,
            self.station,
            self.last_contact,
            round(self.hours, 1) if self.hours is not None else None,
        )


@dataclass
class FleetReport:
    period: Period
    campaign: str | None
    group: str | None
    generated_at: datetime
    communes: list[CommuneLine] = field(default_factory=list)
    versions: list[VersionLine] = field(default_factory=list)
    silent: list[SilentLine] = field(default_factory=list)

    @property
    def label(self) -> str:
        parts = [self.period.label]
        if self.campaign:
            parts.append(f"chiến dịch {self.campaign}")
        if self.group:
            parts.append(f"nhóm {self.group}")
        return " — ".join(parts)


def _bounds(period: Period) -> tuple[datetime, datetime]:
    start = datetime.combine(period.first, time(0), OFFICE_ZONE)
    if period.last == date.max:  # a month at the calendar's end: nothing comes after it
        return start, datetime.max.replace(tzinfo=OFFICE_ZONE)
    return start, datetime.combine(period.last + timedelta(days=1), time(0), OFFICE_ZONE)


@overload
def _local(moment: datetime) -> datetime: ...
@overload
def _local(moment: datetime | None) -> datetime | None: ...
def _local(moment: datetime | None) -> datetime | None:
    """The office's local time; a contact never made stays None."""
    return moment.astimezone(OFFICE_ZONE) if moment else None


ITEM_FILTER = "(%(campaign)s::text IS NULL OR i->>'campaign' = %(campaign)s)"
IN_SCOPE = (
    "a.started_at >= %(start)s AND a.started_at < %(end)s AND (%(group)s::text IS NULL OR "
    "a.station IN (SELECT key_id FROM station_groups WHERE name = %(group)s))"
)
VERSION = "COALESCE((i->>'upstream_version')::int, (i->>'version')::int)"
"""The office's version of what aired (the station's own for local announcements)."""

AIRED = ("aired", "partial")
ITEMS_SQL = f"""
    SELECT a.station, a.status, i->>'announcement_id', {VERSION}, count(*),
           sum(1.0::float8 / a.matching),
           COALESCE(sum(COALESCE((i->>'duration_s')::float8, 0) * a.duration_s
                        / NULLIF(a.planned_duration_s, 0)), 0),
           max(i->>'title'), min(a.started_at), max(a.started_at)
    FROM (
        SELECT a.station, a.status, a.started_at, a.items, a.duration_s, a.planned_duration_s,
               CASE WHEN %(campaign)s::text IS NULL THEN jsonb_array_length(a.items)
               ELSE (SELECT count(*) FROM jsonb_array_elements(a.items) j
                     WHERE j->>'campaign' = %(campaign)s) END AS matching
        FROM airings a WHERE {IN_SCOPE} OFFSET 0  -- counted once per airing, not per item
    ) a, jsonb_array_elements(a.items) i
    WHERE {ITEM_FILTER}
    GROUP BY 1, 2, 3, 4
"""
"""One pass over the month's items, per commune, outcome, announcement and version: how many
items, how many airings (each of an airing's n matching items counts 1/n), seconds aired,
title, first and last airing. The totals and the versions aired both come from it."""
BROKEN_SQL = f"""
    SELECT station, min(seq) FROM (
        SELECT a.station, a.seq, a.prev_hash,
               lag(a.row_hash) OVER w AS before_hash, lag(a.seq) OVER w AS before_seq
        FROM airings a WHERE {IN_SCOPE}
        WINDOW w AS (PARTITION BY a.station ORDER BY a.seq)
    ) chain
    WHERE before_seq IS NOT NULL AND (seq <> before_seq + 1 OR prev_hash <> before_hash)
    GROUP BY station
"""
"""Rows the office holds whose links do not hold: its own copy was edited or cut."""


def fleet_report(
    conn: psycopg.Connection,
    period: Period,
    now: datetime,
    campaign: str | None = None,
    group: str | None = None,
) -> FleetReport:
    """Every approved commune (in `group`), with or without airings in the period."""
    if group:
        known_group(conn, group)
    start, end = _bounds(period)
    params = {"start": start, "end": end, "campaign": campaign, "group": group}
    if (
        campaign
        and not conn.execute(
            f"SELECT 1 FROM airings a, jsonb_array_elements(a.items) i WHERE {ITEM_FILTER} LIMIT 1",
            params,
        ).fetchone()
    ):
        raise OfficeError(
            _("no commune has logged campaign '{campaign}'").format(campaign=campaign)
        )
    report = FleetReport(period, campaign, group, now)
    fleet = [s for s in stations(conn, group) if s["status"] == "approved"]
    names = {s["key_id"]: s["commune"] for s in fleet}
    totals: dict[str, Totals] = {key: Totals(name) for key, name in names.items()}
    versions_aired: dict[tuple[str, str, int], list[Any]] = {}
    airings: dict[tuple[str, str], float] = defaultdict(float)
    for row in conn.execute(ITEMS_SQL, params):
        key, status, announcement, version, items, share, seconds, title, first, last = row
        if key not in names:
            continue
        airings[key, status] += share
        totals[key].seconds += seconds
        if status in AIRED:
            found = versions_aired.setdefault((key, announcement, version), [0, title, first, last])
            found[0] += items
            found[1] = max(found[1] or "", title or "") or None
            found[2], found[3] = min(found[2], first), max(found[3], last)
    for (key, status), count in airings.items():
        totals[key].counts[status] += round(count)
    versions: dict[str, list[tuple[str, int, int]]] = defaultdict(list)
    for (key, announcement, version), (count, title, first, last) in sorted(
        versions_aired.items(),
        key=lambda found: (found[0][0], -found[1][0], found[0][1], found[0][2]),
    ):
        versions[key].append((announcement, version, count))
        report.versions.append(VersionLine(names[key], announcement, title or "", version,
                                           count, _local(first), _local(last)))  # fmt: skip
    broken = {key: seq for key, seq in conn.execute(BROKEN_SQL, params)}
    for s in fleet:
        chain = (s["chain_break"], s["chain_break_seq"]) if s["chain_break"] else None
        if chain is None and s["key_id"] in broken:
            chain = ("office", broken[s["key_id"]])
        report.communes.append(CommuneLine(s["commune"], s["name"], tuple(s["groups"]),
                                           totals[s["key_id"]], tuple(versions[s["key_id"]]),
                                           _local(s["last_contact"]), chain))  # fmt: skip
    report.communes.sort(key=lambda line: (line.commune, line.station))
    report.versions.sort(key=lambda line: (line.commune, line.announcement_id, line.version))
    report.silent = silent(conn, now, group=group)
    return report


def silent(
    conn: psycopg.Connection,
    now: datetime,
    after: timedelta = SILENT_AFTER,
    group: str | None = None,
) -> list[SilentLine]:
    """Approved communes the office has not heard from for longer than `after`, longest first."""
    lines = []
    for s in stations(conn, group):
        contact = s["last_contact"]
        if s["status"] == "approved" and (contact is None or now - contact > after):
            hours = (now - contact).total_seconds() / 3600 if contact else None
            lines.append(SilentLine(s["commune"], s["name"], _local(contact), hours))
    return sorted(lines, key=lambda line: -(line.hours if line.hours is not None else 1e9))


@dataclass(frozen=True)
class Aired:
    """Who aired a version of an announcement, and who did not."""

    aired: list[VersionLine]
    not_aired: list[str]


def aired(
    conn: psycopg.Connection,
    announcement_id: str,
    version: int | None,
    period: Period | None = None,
    group: str | None = None,
) -> Aired:
    if group:
        known_group(conn, group)
    forever = (datetime.min.replace(tzinfo=OFFICE_ZONE), datetime.max.replace(tzinfo=OFFICE_ZONE))
    start, end = _bounds(period) if period else forever
    params = {"start": start, "end": end, "group": group, "id": announcement_id, "version": version}
    rows = conn.execute(
        f"""SELECT s.commune, i->>'announcement_id', max(i->>'title'), {VERSION}, count(*),
                   min(a.started_at), max(a.started_at)
            FROM airings a JOIN stations s ON s.key_id = a.station,
                 jsonb_array_elements(a.items) i
            WHERE {IN_SCOPE} AND a.status IN ('aired', 'partial')
              AND i->>'announcement_id' = %(id)s
              AND (%(version)s::int IS NULL OR {VERSION} = %(version)s)
            GROUP BY 1, 2, 4 ORDER BY 1, 4""",
        params,
    ).fetchall()
    if (
        not rows
        and not conn.execute(
            "SELECT 1 FROM airings a, jsonb_array_elements(a.items) i "
            "WHERE i->>'announcement_id' = %(id)s LIMIT 1",
            params,
        ).fetchone()
    ):
        raise OfficeError(_("no commune has logged announcement '{id}'").format(id=announcement_id))
    lines = [
        VersionLine(c, a, t or "", v, n, _local(f), _local(last)) for c, a, t, v, n, f, last in rows
    ]
    done = {line.commune for line in lines}
    others = sorted(
        {s["commune"] for s in stations(conn, group) if s["status"] == "approved"} - done
    )
    return Aired(lines, others)


LINES_SQL = f"""
    SELECT s.name, a.row, a.items
    FROM airings a JOIN stations s ON s.key_id = a.station
    WHERE {IN_SCOPE}
    ORDER BY s.commune, s.name, a.station, a.started_at, a.seq
"""


def airing_lines(
    conn: psycopg.Connection,
    period: Period,
    campaign: str | None = None,
    group: str | None = None,
) -> Iterator[tuple[Any, ...]]:
    """The airing table of every commune (of `group`), numbered, with the columns and cells of
    a station's own `log export` (broadcaster.airing_lines), commune after commune, each in
    the order it aired; only `campaign`'s announcements when given. Streamed from a server
    cursor: a province's month does not sit in memory."""
    if group:
        known_group(conn, group)
    start, end = _bounds(period)
    return _lines(conn, {"start": start, "end": end, "group": group}, campaign)


def _lines(
    conn: psycopg.Connection, params: dict[str, Any], campaign: str | None
) -> Iterator[tuple[Any, ...]]:
    number = 0
    with conn.transaction(), conn.cursor(name="airing_lines") as cursor:
        cursor.itersize = 2000
        for name, row, items in cursor.execute(LINES_SQL, params):
            listed = [i for i in items if isinstance(i, dict)] if isinstance(items, list) else []
            lengths = [float(i.get("duration_s") or 0.0) for i in listed]
            for n, item in enumerate(listed):
                if campaign in (None, item.get("campaign")):
                    number += 1
                    # a cut airing's items played in order (airing_lines.seconds_aired)
                    placed = item | {"before_s": sum(lengths[:n]), "items_s": sum(lengths)}
                    yield (number, *table.line(name, row, placed, OFFICE_ZONE))


LINE_FORMATS = ("csv", "xlsx")


def export_lines(lines: Iterator[tuple[Any, ...]], fmt: str, out: Path, label: str) -> int:
    """Write the airing table as the stations write theirs; returns the number of lines."""
    if fmt not in LINE_FORMATS:
        raise OfficeError(_("unknown report format '{fmt}'").format(fmt=fmt))
    count = 0

    def write(tmp: Path) -> None:
        nonlocal count
        if fmt == "csv":
            count = write_lines_csv(lines, tmp)
            return
        book, f = xlsx_book(tmp)
        count = airing_sheet(book, f, OFFICE_LETTERHEAD.issuer,
                             f"Nhật ký phát của các xã — {label}", lines)  # fmt: skip
        save_xlsx(book)

    write_atomic(out, write)
    return count


# ----- rendering ----------
def _text(value: Any) -> Any:
    if isinstance(value, datetime):
        return f"{value:%d/%m/%Y %H:%M}"
    return NEVER if value is None else value


def write_csv(report: FleetReport, path: Path) -> None:
    """The per-commune table (a CSV holds one table)."""
    with path.open("w", newline="", encoding="utf-8-sig") as f:
        writer = csv.writer(f)
        writer.writerow(COMMUNE_HEADINGS)
        for n, line in enumerate(report.communes, start=1):
            writer.writerow([n, *(spreadsheet_safe(_text(v)) for v in line.cells())])


def write_xlsx(report: FleetReport, path: Path) -> None:
    """Three sheets with typed cells, each set up to print like the commune report's: per
    commune, versions aired, silent communes."""
    book, f = xlsx_book(path)
    moment = book.add_format({"font_name": "Times New Roman", "num_format": "dd/mm/yyyy hh:mm"})
    sheets = (
        ("Tổng hợp theo xã", COMMUNE_HEADINGS, report.communes, (6, 28, 28, 16)),
        ("Phiên bản đã phát", VERSION_HEADINGS, report.versions, (6, 28, 24, 40)),
        ("Xã im lặng", SILENT_HEADINGS, report.silent, (6, 28, 28, 18)),
    )
    for name, headings, lines, widths in sheets:
        sheet = book.add_worksheet(name)
        sheet.write(0, 0, f"{name} — {report.label}", f.title)
        sheet.set_row(2, HEADING_ROW_HEIGHT)
        sheet.write_row(2, 0, headings, f.heading)
        print_setup(sheet, 2, f"{name} — {report.label}")
        for column, width in enumerate(widths):
            sheet.set_column(column, column, width)
        sheet.set_column(len(widths), len(headings) - 1, 12)
        for r, line in enumerate(lines, start=3):
            sheet.write_number(r, 0, r - 2, f.number)
            for c, value in enumerate(line.cells(), start=1):  # type: ignore[attr-defined]
                if isinstance(value, datetime):
                    sheet.write_datetime(r, c, value.replace(tzinfo=None), moment)
                elif value is None:
                    sheet.write_string(r, c, NEVER)
                elif isinstance(value, float):
                    sheet.write_number(r, c, value, f.decimal)
                elif isinstance(value, int):
                    sheet.write_number(r, c, value, f.number)
                else:
                    sheet.write_string(r, c, value)
    save_xlsx(book)


OFFICE_LETTERHEAD = Letterhead(
    parent="",
    issuer="Cơ quan quản lý hệ thống truyền thanh cơ sở",
    place="",
    code="BC",
    signer="THỦ TRƯỞNG CƠ QUAN",
    recipients=("Lãnh đạo cơ quan (để báo cáo)", "Lưu: VT"),
)
"""The office's heading until it names itself (office report --issuer, --parent, --place)."""
PDF_COMMUNE_COLUMNS = (
    Column("STT", "right", 0), Column("Xã/phường", grow=2), Column("Đài truyền thanh", grow=2),
    Column("Nhóm", grow=1), *(Column(h, "right", 0) for h in COMMUNE_HEADINGS[4:12]),
    Column("Phiên bản đã phát", grow=3), Column("Liên lạc lần cuối", "center", 0),
    Column("Nhật ký toàn vẹn", grow=2),
)  # fmt: skip
PDF_SILENT_COLUMNS = (
    Column("STT", "right", 0), Column("Xã/phường", grow=2), Column("Đài truyền thanh", grow=2),
    Column("Liên lạc lần cuối", "center", 0), Column("Số giờ im lặng", "right", 0),
)  # fmt: skip


def _pdf_text(value: Any, decimals: int = 0) -> str:
    if isinstance(value, datetime):
        return f"{value:%d/%m/%Y %H:%M}"
    if isinstance(value, int | float) and not isinstance(value, bool):
        return vn_number(value, decimals if isinstance(value, float) else 0)
    return NEVER if value is None else str(value)


def write_pdf(report: FleetReport, path: Path, letterhead: Letterhead = OFFICE_LETTERHEAD) -> None:
    """The per-commune table and the silent communes, headed and signed like the commune
    report, written page by page."""
    from reportlab.lib.units import mm

    label = report.label
    subject = f"Tổng hợp kết quả phát thanh của các xã {label[0].lower()}{label[1:]}"
    made_on = report.generated_at.astimezone(OFFICE_ZONE).date()
    doc = Document(path, letterhead, "Báo cáo", subject, made_on)
    rows = [
        [str(n), *(_pdf_text(v, 1) for v in line.cells())]
        for n, line in enumerate(report.communes, start=1)
    ]
    doc.paragraph("I. KẾT QUẢ PHÁT THANH THEO XÃ", BOLD, TEXT_SIZE, before=2 * mm,
                  keep_with=30 * mm)  # fmt: skip
    doc.y -= 2 * mm
    samples = list(zip(*rows, strict=True)) if rows else [() for _ in PDF_COMMUNE_COLUMNS]
    layout = fit_columns(PDF_COMMUNE_COLUMNS, samples, doc.width, rows[:300])
    quiet = [
        [str(n), *(_pdf_text(v, 1) for v in line.cells())]
        for n, line in enumerate(report.silent, start=1)
    ]
    heading = f"II. CÁC XÃ KHÔNG LIÊN LẠC QUÁ {SILENT_AFTER.days * 24} GIỜ: {len(quiet)}"
    made = f"Lập lúc {report.generated_at.astimezone(OFFICE_ZONE):%H:%M ngày %d/%m/%Y}."
    after = 2 * TEXT_SIZE * 1.2 + 12 * mm + doc.signature_height()
    doc.table(layout, rows, keep_with_end=0 if quiet else after)
    doc.paragraph(heading, BOLD, TEXT_SIZE, before=5 * mm, keep_with=0 if quiet else after)
    if quiet:
        doc.y -= 2 * mm
        samples = list(zip(*quiet, strict=True))
        doc.table(fit_columns(PDF_SILENT_COLUMNS, samples, doc.width, quiet[:300]), quiet,
                  keep_with_end=after)  # fmt: skip
    doc.paragraph(made, size=11, before=2 * mm)
    doc.signature()
    doc.close()


def export(
    report: FleetReport, fmt: str, out: Path, letterhead: Letterhead = OFFICE_LETTERHEAD
) -> None:
    if fmt not in FORMATS:
        raise OfficeError(_("unknown report format '{fmt}'").format(fmt=fmt))
    writers: dict[str, Callable[[FleetReport, Path], None]] = {
        "csv": write_csv,
        "xlsx": write_xlsx,
        "pdf": partial(write_pdf, letterhead=letterhead),
    }
    write_atomic(out, lambda tmp: writers[fmt](report, tmp))
