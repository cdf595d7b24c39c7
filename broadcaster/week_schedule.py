"""The weekly schedule for the commune's notice board (lịch phát sóng): every airing of a
week, day by day, with what it airs and for how long, printed as a notice (THÔNG BÁO) in the
same administrative format as the reports.

The week is planned as the daemon plans it (schedules.rundown), from Monday 00:00 to Sunday
24:00, past days included: a printed week is the whole week.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, time, timedelta
from pathlib import Path

from common.localtime import clock_text

from .airing_lines import RESULTS
from .clock import utc_iso
from .report import campaign_titles, station_letterhead, write_atomic
from .schedule import rundown
from .station import Station

WEEKDAYS = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật")


def _day(day: date) -> str:
    return f"{day.day:02d}/{day.month:02d}/{day.year}"


def _minutes(seconds: float, complete: bool) -> str:
    """Minutes the Vietnamese way; '≥' while some item's length is not known yet."""
    from .report_pdf import vn_number

    return ("" if complete else "≥ ") + vn_number(seconds / 60, 1)


def _outcomes(station: Station, monday: date) -> dict[tuple[str, str], str]:
    """What became of each planned airing of the week the log has a row for, by slot and
    planned instant: a past airing is printed as it went, not as planned (o15lan C8)."""
    zone = station.config.zone
    first = datetime.combine(monday, time(), zone)
    try:
        bounds = [utc_iso(first), utc_iso(first + timedelta(days=7))]
    except OverflowError:  # the calendar's first or last week: nothing was logged there
        return {}
    rows = station.db.execute(
        "SELECT slot, scheduled_at, status FROM airings WHERE slot IS NOT NULL "
        "AND scheduled_at >= ? AND scheduled_at < ?",
        bounds,
    )
    return {(slot, at): RESULTS.get(status, status) for slot, at, status in rows}


def week_rows(station: Station, monday: date) -> list[list[str]]:
    """One row per airing (day, time, slot, what it airs, campaigns, minutes, and for one
    past what became of it); a day with nothing to air says so."""
    titles = campaign_titles(station)
    outcomes = _outcomes(station, monday)
    by_day: dict[date, list[list[str]]] = {monday + timedelta(days=n): [] for n in range(7)}
    for entry in rundown(station, monday, 7, whole_days=True):
        items = entry.items
        what = "\n".join(
            (f"{n}. " if len(items) > 1 else "") + item.title
            + (f" (đọc {item.readings} lần)" if item.readings > 1 else "")
            for n, item in enumerate(items, start=1)
        )  # fmt: skip
        named = dict.fromkeys(titles.get(i.campaign, i.campaign) for i in items if i.campaign)
        by_day[entry.at.date()].append(
            ["", clock_text(entry.at), entry.label, what, "\n".join(named),
             _minutes(entry.total_s, entry.complete),
             outcomes.get((entry.slot, utc_iso(entry.at)), "")]
        )  # fmt: skip
    rows = []
    for day, airings in by_day.items():
        label = f"{WEEKDAYS[day.weekday()]}\n{_day(day)}"
        if not airings:
            rows.append([label, "", "", "Không phát", "", "", ""])
        for n, row in enumerate(airings):
            rows.append([label if n == 0 else "", *row[1:]])
    return rows


def write_week(station: Station, monday: date, out: Path) -> int:
    """The week's schedule as a PDF to post, under the heading the reports print (the
    leader's saved name, not station.toml's); returns the number of airings."""
    from .report_pdf import TEXT_SIZE, Column, Document, fit_columns

    rows = week_rows(station, monday)
    sunday = monday + timedelta(days=6)
    head = station_letterhead(station)
    code = head.code.split("-", 1)
    head = replace(
        head,
        code="TB-" + code[1] if len(code) == 2 else "TB",
        recipients=(
            *((f"{head.parent} (để biết)",) if head.parent else ()),
            "Niêm yết tại bảng tin",
            "Lưu: ĐTT",
        ),
    )
    columns = (
        Column("Thứ, ngày", "center", 0), Column("Giờ phát", "center", 0),
        Column("Khung giờ", grow=0.5), Column("Nội dung phát", grow=4),
        Column("Chiến dịch", grow=1.5), Column("Thời lượng (phút)", "right", 0),
        Column("Kết quả", "center", 0),
    )  # fmt: skip

    def write(path: Path) -> None:
        doc = Document(path, head, "Thông báo",
                       f"Lịch phát sóng tuần từ ngày {_day(monday)} đến ngày {_day(sunday)}",
                       station.today())  # fmt: skip
        doc.paragraph(
            f"{head.issuer} thông báo lịch phát sóng trên hệ thống truyền thanh cơ sở "
            f"trong tuần như sau:",
            before=2 * TEXT_SIZE * 0.3,
        )
        doc.y -= TEXT_SIZE * 0.5
        layout = fit_columns(columns, list(zip(*rows, strict=True)), doc.width, rows)
        doc.table(layout, rows, keep_with_end=doc.signature_height() + 2 * TEXT_SIZE,
                  group_column=0)  # fmt: skip
        doc.paragraph("Lịch có thể thay đổi khi có thông báo khẩn cấp.", size=11,
                      before=TEXT_SIZE * 0.4)  # fmt: skip
        doc.signature()
        doc.close()

    write_atomic(out, write)
    return sum(1 for row in rows if row[1])
