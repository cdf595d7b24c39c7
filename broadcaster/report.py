"""Airtime reports from the log, in Vietnamese and local time: the airing table and the
totals per campaign, written as CSV, XLSX or PDF (temp file + rename: never a partial file).
"""

from __future__ import annotations

import calendar
import csv
from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from common.files import atomic_path, check_output
from common.i18n import _
from common.localtime import date_text
from schedules.parse import InputError, parse_month

from .clock import day_end, day_start
from .log_chain import ChainHead, head
from .station import Station, StationError

HEADINGS = (
    "STT", "Ngày", "Giờ bắt đầu", "Giờ kết thúc", "Tiêu đề", "Chiến dịch", "Nguồn",
    "Mức ưu tiên", "Hình thức", "Thời lượng (giây)", "Số lần đọc", "Kết quả", "Người duyệt",
    "Ghi chú",
)  # fmt: skip
TOTAL_HEADINGS = (
    "Chiến dịch", "Kế hoạch", "Đã phát", "Bỏ lỡ", "Lỗi", "Bị ngắt", "Gián đoạn",
    "Số phút đã phát", "Tỷ lệ phát (%)",
)  # fmt: skip
RESULTS = {
    "aired": "Đã phát", "partial": "Phát một phần", "failed": "Lỗi",
    "preempted": "Bị ngắt (khẩn cấp)", "interrupted": "Gián đoạn", "missed": "Bỏ lỡ",
    "started": "Đang phát",
}  # fmt: skip
PRIORITIES = {"normal": "Thường", "priority": "Ưu tiên", "emergency": "Khẩn cấp"}
SOURCES = {"local": "Địa phương", "upstream": "Cấp trên"}
NO_CAMPAIGN = "(không thuộc chiến dịch)"


@dataclass(frozen=True)
class Period:
    first: date
    last: date

    @property
    def label(self) -> str:
        if self.first.day == 1 and self.last == _month_end(self.first):
            return f"Tháng {self.first.month:02d}/{self.first.year:04d}"
        return f"Từ ngày {_day(self.first)} đến ngày {_day(self.last)}"


def _day(day: date) -> str:
    return f"{day.day:02d}/{day.month:02d}/{day.year:04d}"


def _month_end(day: date) -> date:
    return day.replace(day=calendar.monthrange(day.year, day.month)[1])


def month_period(month: str) -> Period:
    """A whole month as a person types it (11/2026, tháng 11/2026, 2026-11)."""
    first = parse_month(month)
    return Period(first, _month_end(first))


def resolve_period(
    station: Station, since: date | None, until: date | None, month: str | None
) -> Period:
    """A month, or a span of dates (defaults: the first airing, today); each mistake is a
    sentence naming the field it is in."""
    if month:
        if since or until:
            raise StationError(_("give a month or a span of dates, not both"), field="month")
        try:
            return month_period(month)
        except InputError as e:
            raise StationError(str(e), field="month") from None
    if since and until and until < since:
        raise StationError(
            _("the last day {until} is before the first day {since}").format(
                until=date_text(until), since=date_text(since)
            ),
            field="until",
        )
    if since and until is None and station.today() < since:
        raise StationError(
            _("the first day {since} is after today ({today})").format(
                since=date_text(since), today=date_text(station.today())
            ),
            field="since",
        )
    if since is None:
        row = station.db.execute("SELECT MIN(started_at) FROM airings").fetchone()[0]
        since = (
            datetime.fromisoformat(row).astimezone(station.config.zone).date()
            if row
            else station.today()
        )
    return Period(since, until or station.today())


@dataclass
class Totals:
    campaign: str
    counts: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    seconds: float = 0.0

    def row(self) -> tuple[Any, ...]:
        planned = sum(self.counts.values())
        aired = self.counts["aired"] + self.counts["partial"]
        percent = round(100 * aired / planned, 1) if planned else 0.0
        return (
            self.campaign, planned, aired, self.counts["missed"], self.counts["failed"],
            self.counts["preempted"], self.counts["interrupted"], round(self.seconds / 60, 1),
            percent,
        )  # fmt: skip


ITEM = "json_extract(i.value, '$.{}')"
SHARE = (
    "COALESCE(json_extract(i.value, '$.duration_s'), 0) * a.duration_s "
    "/ NULLIF(a.planned_duration_s, 0)"
)
"""An announcement's airtime: its length, times the share of the program that played."""


@dataclass
class Report:
    """The airing lines of a period (streamed from SQLite) and its totals per campaign."""

    station: Station
    period: Period
    campaign: str | None = None

    def __post_init__(self) -> None:
        known = {
            r[0] for r in self.station.db.execute("SELECT DISTINCT campaign FROM announcements")
        }
        if self.campaign and self.campaign not in known:
            raise StationError(
                _("there is no campaign '{campaign}' at this station").format(
                    campaign=self.campaign
                )
            )
        zone = self.station.config.zone
        self._where = "a.started_at >= ? AND a.started_at < ?"
        self._params: list[Any] = [
            day_start(self.period.first, zone),
            day_end(self.period.last, zone),
        ]
        if self.campaign:
            self._where += f" AND {ITEM.format('campaign')} = ?"
            self._params.append(self.campaign)
        first = self.station.db.execute(
            f"SELECT 1 FROM airings a, json_each(a.items) i WHERE {self._where} LIMIT 1",
            self._params,
        ).fetchone()
        if not first:
            nothing = (
                _("nothing was logged for campaign '{campaign}' between {first} and {last}")
                if self.campaign
                else _("nothing was logged between {first} and {last}")
            )  # fmt: skip
            raise StationError(
                nothing.format(
                    campaign=self.campaign,
                    first=date_text(self.period.first),
                    last=date_text(self.period.last),
                )
            )

    @property
    def head(self) -> ChainHead:
        return head(self.station.db)

    def lines(self, spreadsheet_safe: bool = False) -> Iterator[tuple[Any, ...]]:
        """The airing table, formatted by SQLite: one line per announcement per airing, oldest
        first, dates and times as local ISO text (so a CSV is written without a Python loop).
        `spreadsheet_safe` neutralises text a spreadsheet would take for a formula."""
        local = self._local_time_modifier()
        text = _neutralised if spreadsheet_safe else str
        query = f"""
            SELECT row_number() OVER (ORDER BY a.started_at, a.seq, i.key),
              strftime('%Y-%m-%d', a.started_at, {local.format(column="a.started_at")}),
              strftime('%H:%M:%S', a.started_at, {local.format(column="a.started_at")}),
              strftime('%H:%M:%S', a.ended_at, {local.format(column="a.ended_at")}),
              {text(ITEM.format("title"))},
              {text(f"COALESCE({ITEM.format('campaign')}, '{NO_CAMPAIGN}')")},
              CASE an.origin WHEN 'upstream' THEN '{SOURCES["upstream"]}'
                ELSE '{SOURCES["local"]}' END,
              {_case(ITEM.format("priority"), PRIORITIES)},
              CASE WHEN a.trigger = 'emergency' THEN 'Khẩn cấp'
                WHEN {ITEM.format("kind")} = 'recording' THEN 'Ghi âm' ELSE 'TTS' END,
              ROUND(COALESCE({SHARE}, 0), 1),
              {ITEM.format("readings")},
              {_case("a.status", RESULTS)},
              {text(f"COALESCE({ITEM.format('approved_by')}, '')")},
              {text(NOTES)}
            FROM airings a, json_each(a.items) i
            LEFT JOIN announcements an ON an.id = {ITEM.format("announcement_id")}
            WHERE {self._where}
            ORDER BY a.started_at, a.seq, i.key
        """
        return iter(self.station.db.execute(query, self._params))

    def line_count(self) -> int:
        return self.station.db.execute(
            f"SELECT COUNT(*) FROM airings a, json_each(a.items) i WHERE {self._where}",
            self._params,
        ).fetchone()[0]

    def _local_time_modifier(self) -> str:
        """An SQLite date modifier (with a {column} slot) that turns a stored UTC instant into
        the station's local time: a constant offset, or a CASE over the offset changes
        (daylight saving) between the first and the last instant the report shows."""
        zone = self.station.config.zone
        first, last = self.station.db.execute(
            f"SELECT MIN(a.started_at), MAX(COALESCE(a.ended_at, a.started_at)) "
            f"FROM airings a, json_each(a.items) i WHERE {self._where}",
            self._params,
        ).fetchone()
        start = datetime.fromisoformat(first)
        end = datetime.fromisoformat(last) + timedelta(seconds=1)

        def offset(moment: datetime) -> int:
            return int(moment.astimezone(zone).utcoffset().total_seconds())  # type: ignore[union-attr]

        changes: list[tuple[datetime, int]] = []
        day = start
        while day < end:
            after = min(day + timedelta(days=1), end)
            if offset(after) != offset(day):
                low, high = day, after
                while high - low > timedelta(seconds=1):
                    middle = low + (high - low) / 2
                    low, high = (middle, high) if offset(middle) == offset(day) else (low, middle)
                changes.append((high, offset(high)))
            day = after
        modifier = f"'{offset(start):+d} seconds'"
        for instant, seconds in reversed(changes):
            modifier = (
                f"CASE WHEN {{column}} >= '{_utc(instant)}' THEN '{seconds:+d} seconds' "
                f"ELSE {modifier} END"
            )
        return modifier

    def totals(self) -> list[Totals]:
        """Per campaign: airings by outcome and minutes of its announcements aired."""
        found: dict[str, Totals] = {}
        for campaign, status, count, seconds in self.station.db.execute(
            f"SELECT {ITEM.format('campaign')}, a.status, COUNT(*), TOTAL({SHARE}) "
            f"FROM airings a, json_each(a.items) i WHERE {self._where} GROUP BY 1, 2",
            self._params,
        ):
            totals = found.setdefault(campaign or NO_CAMPAIGN, Totals(campaign or NO_CAMPAIGN))
            totals.counts[status] += count
            totals.seconds += seconds
        return [found[c] for c in sorted(found)]

    def total_rows(self) -> list[tuple[Any, ...]]:
        return [t.row() for t in self.totals()]

    def daily_minutes(self) -> dict[str, dict[date, float]]:
        """Minutes aired per campaign per local day (summed by UTC hour, then placed locally)."""
        zone = self.station.config.zone
        daily: dict[str, dict[date, float]] = defaultdict(lambda: defaultdict(float))
        for campaign, hour, seconds in self.station.db.execute(
            f"SELECT {ITEM.format('campaign')}, substr(a.started_at, 1, 13), TOTAL({SHARE}) "
            f"FROM airings a, json_each(a.items) i WHERE {self._where} GROUP BY 1, 2",
            self._params,
        ):
            day = datetime.fromisoformat(hour + ":00:00+00:00").astimezone(zone).date()
            daily[campaign or NO_CAMPAIGN][day] += seconds / 60
        return daily


NOTES = """CASE WHEN a.slot IS NULL THEN 'phát ngay' ELSE 'khung giờ ' || a.slot END
    || CASE WHEN a.late_s >= 60
       THEN '; trễ ' || CAST(ROUND(a.late_s / 60.0) AS INTEGER) || ' phút' ELSE '' END
    || COALESCE('; ' || a.error, '')"""
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n", "＝", "＋", "－", "＠")
"""What makes a spreadsheet read a CSV cell as a formula (OWASP, CSV injection), with the
full-width forms some spreadsheets also accept."""


XLSX_TEXT_AS_TEXT = {
    "strings_to_formulas": False,  # a title '=HYPERLINK(…)' stays text
    "strings_to_urls": False,
    "strings_to_numbers": False,
}
"""XlsxWriter options: what `write()` is given as text is written as text."""


def spreadsheet_safe(value: Any) -> Any:
    """A CSV cell as a spreadsheet should show it: text that would start a formula gets a
    leading apostrophe (OWASP, CSV injection); anything else as it is."""
    return "'" + value if isinstance(value, str) and value[:1] in FORMULA_STARTS else value


def _neutralised(column: str) -> str:
    """SQL for `column` with a leading apostrophe where it would start a formula."""
    starts = ", ".join(f"char({ord(c)})" for c in FORMULA_STARTS)
    return (
        f"(CASE WHEN substr({column}, 1, 1) IN ({starts}) THEN '''' || {column} ELSE {column} END)"
    )


def _case(expression: str, labels: dict[str, str]) -> str:
    whens = " ".join(f"WHEN '{key}' THEN '{label}'" for key, label in labels.items())
    return f"CASE {expression} {whens} ELSE '' END"


def _utc(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat(timespec="milliseconds")


def write_atomic(out: Path, write: Callable[[Path], None]) -> None:
    """Write through a temp file beside `out`, renamed into place only when complete."""
    check_output(out)
    try:
        with atomic_path(out) as tmp:
            write(tmp)
    except OSError as e:
        raise StationError(
            _("cannot write {file}: {reason}").format(file=out, reason=e.strerror or e)
        ) from None


def write_csv(report: Report, path: Path) -> None:
    with path.open("w", newline="", encoding="utf-8-sig") as f:
        writer = csv.writer(f)
        writer.writerow(HEADINGS)
        writer.writerows(report.lines(spreadsheet_safe=True))


def write_xlsx(report: Report, path: Path) -> None:
    """Typed cells (dates, times, numbers), written row by row in constant memory."""
    import xlsxwriter  # imported here: only exports need it

    book = xlsxwriter.Workbook(str(path), {"constant_memory": True, **XLSX_TEXT_AS_TEXT})
    bold = book.add_format({"bold": True, "text_wrap": True, "valign": "top"})
    day = book.add_format({"num_format": "dd/mm/yyyy"})
    clock = book.add_format({"num_format": "hh:mm:ss"})
    sheet = book.add_worksheet("Nhật ký phát")
    sheet.write_row(0, 0, HEADINGS, bold)
    for width, column in ((6, 0), (11, 1), (10, 2), (10, 3), (40, 4), (16, 5), (12, 13)):
        sheet.set_column(column, column, width)
    for r, line in enumerate(report.lines(), start=1):
        sheet.write_number(r, 0, line[0])
        sheet.write_datetime(r, 1, datetime.fromisoformat(line[1]), day)
        for column in (2, 3):
            if line[column]:
                moment = datetime.combine(date(1899, 12, 31), time.fromisoformat(line[column]))
                sheet.write_datetime(r, column, moment, clock)
        _write_cells(sheet, r, 4, line[4:9])
        sheet.write_number(r, 9, line[9])
        if line[10] is not None:
            sheet.write_number(r, 10, line[10])
        _write_cells(sheet, r, 11, line[11:])
    totals = book.add_worksheet("Tổng hợp")
    totals.write_string(0, 0, f"{report.station.config.name} — {report.period.label}", bold)
    totals.write_row(2, 0, TOTAL_HEADINGS, bold)
    totals.set_column(0, 0, 28)
    r = 3
    for r, row in enumerate(report.total_rows(), start=3):
        _write_cells(totals, r, 0, row)
    totals.write_string(r + 2, 0, report.head.vietnamese())
    book.close()


def _write_cells(sheet: Any, row: int, first: int, values: Sequence[Any]) -> None:
    """Text as text (never a formula or a link), numbers as numbers."""
    for column, value in enumerate(values, start=first):
        if isinstance(value, str):
            sheet.write_string(row, column, value)
        elif isinstance(value, int | float):
            sheet.write_number(row, column, value)


def export(
    station: Station,
    fmt: str,
    out: Path,
    period: Period,
    campaign: str | None = None,
) -> tuple[int, ChainHead]:
    """Write the report; returns the number of lines and the log's chain head."""
    from .report_pdf import write_pdf

    report = Report(station, period, campaign)
    writers = {"csv": write_csv, "xlsx": write_xlsx, "pdf": write_pdf}
    write_atomic(out, lambda tmp: writers[fmt](report, tmp))
    return report.line_count(), report.head
