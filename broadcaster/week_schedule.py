"""The weekly schedule for the commune's notice board (lịch phát sóng): every airing of a
week, day by day, with what it airs and for how long, printed as a notice (THÔNG BÁO) in the
same administrative format as the reports.

The week is planned as the daemon plans it (schedules.rundown), from Monday 00:00 to Sunday
24:00, past days included: a printed week is the whole week. What the log holds is printed
as it went (its notices, its slot's name even once the slot is removed, the emergencies).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from .airing_lines import UPSTREAM_EMERGENCY, first_words, no_slot_label, result
from .clock import utc_iso
from .report import campaign_titles, station_letterhead, write_atomic
from .schedule import rundown
from .station import Station
from .store import STANDS

WEEKDAYS = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật")


def _day(day: date) -> str:
    return f"{day.day:02d}/{day.month:02d}/{day.year}"


def _minutes(seconds: float, complete: bool) -> str:
    """Minutes the Vietnamese way; '≥' while some item's length is not known yet."""
    from .report_pdf import vn_number

    return ("" if complete else "≥ ") + vn_number(seconds / 60, 1)


@dataclass(frozen=True)
class _Airing:
    """One row of the printed week: an airing to come (from the plan) or one logged."""

    at: datetime
    """Local time."""
    label: str
    items: list[tuple[str, int, str | None]]
    """Each notice's title, readings and campaign (as people read it; None: a local one)."""
    seconds: float
    complete: bool
    result: str = ""


def _logged(station: Station, monday: date) -> dict[tuple[str | None, str], _Airing]:
    """Every airing of the week the log has, by slot and planned instant (an emergency or an
    airing by hand by its own instant): a past airing is printed as it went (o15lan C8), with
    what it aired then, whether or not its slot is still in the schedule (o20lan9 N10: one
    vanished with its removed slot), and the emergencies with the rest."""
    zone = station.config.zone
    first = datetime.combine(monday, time(), zone)
    try:
        bounds = [utc_iso(first), utc_iso(first + timedelta(days=7))]
    except OverflowError:  # the calendar's first or last week: nothing was logged there
        return {}
    slots, titles = station.slot_titles(), campaign_titles(station)
    rows = station.db.execute(
        "SELECT slot, trigger, COALESCE(scheduled_at, started_at) AS at, status, items, "
        "COALESCE(duration_s, planned_duration_s, 0), sink, error FROM airings "
        "WHERE COALESCE(scheduled_at, started_at) >= ? AND COALESCE(scheduled_at, started_at) < ? "
        f"AND {STANDS} ORDER BY at, seq",
        bounds,
    )
    found = {}
    for slot, trigger, at, status, items, seconds, sink, error in rows.fetchall():
        listed = json.loads(items)
        words = _emergency_words(station, listed) if trigger in EMERGENCIES else {}
        said = [(words.get(i["announcement_id"], i["title"]), i.get("readings") or 1,
                 (titles.get(i["campaign"]) or i.get("campaign_title") or i["campaign"])
                 if i.get("campaign") else None) for i in listed]  # fmt: skip
        said_by = no_slot_label(trigger)  # "Phát tay", "Khẩn cấp" as a cell's first word
        label = slots.get(slot, slot) if slot else said_by[:1].upper() + said_by[1:]
        went = result({"status": status, "trigger": trigger, "sink": sink, "error": error})
        found[(slot, at)] = _Airing(datetime.fromisoformat(at).astimezone(zone), label, said,
                                    seconds, True, went)  # fmt: skip
    return found


EMERGENCIES = ("emergency", UPSTREAM_EMERGENCY)


def _emergency_words(station: Station, items: list[dict[str, Any]]) -> dict[str, str]:
    """What each emergency among an airing's items said, by its first words (o21lan10 N8: the
    board read "Thông báo khẩn cấp lúc 08:39 …", its title, and not what the loudspeakers
    said); an item with no text (a recording) keeps its title."""
    ids = [i["announcement_id"] for i in items if i.get("announcement_id")]
    if not ids:
        return {}
    return {announcement_id: first_words(text) for announcement_id, text in station.db.execute(
        "SELECT a.id, v.text FROM announcements a JOIN announcement_versions v ON "
        f"v.announcement_id = a.id AND v.version = 1 WHERE a.id IN ({', '.join('?' * len(ids))}) "
        "AND v.text IS NOT NULL", ids)}  # fmt: skip


def _airings(station: Station, monday: date) -> list[_Airing]:
    """The week's airings in time order: the logged ones as they went, then each one the plan
    holds that the log does not (to come, or past and never logged)."""
    titles = campaign_titles(station)
    airings = _logged(station, monday)
    for entry in rundown(station, monday, 7, whole_days=True):
        key = (entry.slot, utc_iso(entry.at))
        if key not in airings:
            items = [(i.title, i.readings, titles.get(i.campaign, i.campaign) if i.campaign
                      else None) for i in entry.items]  # fmt: skip
            airings[key] = _Airing(entry.at, entry.label, items, entry.total_s, entry.complete)
    return sorted(airings.values(), key=lambda a: a.at)


def week_rows(station: Station, monday: date) -> list[list[str]]:
    """One row per airing (day, time, slot, what it airs, each notice's campaign on its own
    line, minutes, and for one past what became of it); a day with nothing to air says so."""
    by_day: dict[date, list[list[str]]] = {monday + timedelta(days=n): [] for n in range(7)}
    for airing in _airings(station, monday):
        items = airing.items

        def number(n: int, several: bool = len(items) > 1) -> str:
            return f"{n}. " if several else ""

        what = "\n".join(
            number(n) + title + (f" (đọc {readings} lần)" if readings > 1 else "")
            for n, (title, readings, _campaign) in enumerate(items, start=1)
        )
        # o20lan9 N9: one line per notice, numbered as they are (a local one's line blank),
        # so no campaign reads as another notice's
        campaigns = "\n".join(
            number(n) + campaign if campaign else ""
            for n, (_title, _readings, campaign) in enumerate(items, start=1)
        ).rstrip("\n")
        by_day[airing.at.date()].append(
            ["", f"{airing.at:%H:%M}", airing.label, what, campaigns,  # a board: no seconds
             _minutes(airing.seconds, airing.complete), airing.result]
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
        doc.paragraph("Những ngày đã qua ghi theo nhật ký phát, kể cả tin khẩn cấp (cột Khung "
                      "giờ ghi “Khẩn cấp”). Lịch có thể thay đổi khi có thông báo khẩn cấp.",
                      size=11, before=TEXT_SIZE * 0.4)  # fmt: skip
        doc.signature()
        doc.close()

    write_atomic(out, write)
    return sum(1 for row in rows if row[1])
