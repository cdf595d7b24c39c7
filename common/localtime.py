"""Instants as a person reads them: local time, the weekday by name, the Vietnamese date order
(`Thứ Hai 30/11/2026 06:30`), never UTC."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time
from zoneinfo import ZoneInfo

from .i18n import N_, _

WEEKDAYS = (
    N_("Monday"),
    N_("Tuesday"),
    N_("Wednesday"),
    N_("Thursday"),
    N_("Friday"),
    N_("Saturday"),
    N_("Sunday"),
)


def instant(value: datetime | str) -> datetime:
    """An aware datetime from a stored ISO-8601 instant (or one already parsed)."""
    moment = datetime.fromisoformat(value) if isinstance(value, str) else value
    if moment.tzinfo is None:
        raise ValueError("naive datetime")
    return moment


def weekday_name(day: date) -> str:
    return _(WEEKDAYS[day.weekday()])


def day_text(day: date, today: date | None = None, *, mid: bool = False) -> str:
    """`Hôm nay`, `Hôm qua`, `Ngày mai`, else `Thứ Hai 30/11/2026`: the one way the console
    and `status` say a day near `today` (the station's clock's day, passed in). The caller
    says where it goes: `mid`, "từ hôm nay" (a weekday keeps its capital)."""
    if today is not None and (day - today).days in NEAR_DAYS:
        near = _(NEAR_DAYS[(day - today).days])
        return inline(near) if mid else near
    return f"{weekday_name(day)} {day:%d/%m/%Y}"


def dated_text(day: date, today: date) -> str:
    """`Ngày mai, Thứ Ba 01/12/2026`: a day near `today` said so and by its date, for a page's
    heading (o18lan7 M6: "Chương trình phát: Ngày mai" gave no date, at midnight too)."""
    near = day_text(day, today, mid=False)  # a heading
    return near if near == day_text(day) else f"{near}, {day_text(day)}"


NEAR_DAYS = {-1: N_("Yesterday"), 0: N_("Today"), 1: N_("Tomorrow")}
"""Days said by their distance from today (o15lan2 N9: "hôm qua 17:30", not a date)."""


def local_text(
    value: datetime | str, zone: ZoneInfo, today: date | None = None, *, mid: bool = False
) -> str:
    """`Thứ Hai 30/11/2026 06:30` in the station's zone (`Hôm nay 06:30` when `today` is
    given and it is that day; `hôm nay 06:30` `mid`)."""
    local = instant(value).astimezone(zone)
    return f"{day_text(local.date(), today, mid=mid)} {local:%H:%M}"


def airs_text(
    value: datetime | str, zone: ZoneInfo, today: date | None = None, *, mid: bool = False
) -> str:
    """When a slot airs, to the second it is set to: `Hôm nay 20:59:55`, `Thứ Hai … 06:30`."""
    local = instant(value).astimezone(zone)
    return f"{day_text(local.date(), today, mid=mid)} {clock_text(local)}"


def inline(said: str) -> str:
    """A day already said, put inside a sentence (a template's `|inline`): `từ hôm nay
    06:30` (`Hôm nay` starts a line; a weekday keeps its capital: `Thứ Hai`). Python says
    where the day goes as it asks for it (`mid`)."""
    for word in map(_, NEAR_DAYS.values()):
        if said.startswith(word):
            return word[:1].lower() + said[1:]
    return said


def stamp_text(value: datetime | str, zone: ZoneInfo) -> str:
    """`30/11/2026 02:25`: a moment as the log's notes say one ("found at 30/11/2026
    02:26:15"), for a sentence that carries both."""
    local = instant(value).astimezone(zone)
    return f"{local:%d/%m/%Y} {clock_text(local)}"


def duration_text(seconds: float, say: Callable[[str], str] = _) -> str:
    """`45 giây`, `3 phút 5 giây`, `1 giờ 2 phút`, `9 ngày 1 giờ`: in words, so that a length is
    never read as a time of day (`say`: the month report's Vietnamese, whatever the process
    speaks). A day or more without its minutes: an outage of nine days read "217 giờ"."""
    whole = round(seconds)
    days, rest = divmod(whole, 24 * 3600)
    hours, rest = divmod(rest, 3600)
    minutes, secs = divmod(rest, 60)
    if days:
        return say(N_("{d} d {h} h") if hours else N_("{d} d")).format(d=days, h=hours)
    if hours and not minutes:
        return say(N_("{h} h")).format(h=hours)  # "1 giờ", not "1 giờ 0 phút"
    if hours:
        return say(N_("{h} h {m} min")).format(h=hours, m=minutes)
    if not minutes:
        return say(N_("{s} s")).format(s=secs)
    if not secs:
        return say(N_("{m} min")).format(m=minutes)
    return say(N_("{m} min {s} s")).format(m=minutes, s=secs)


SHORT_WEEKDAYS = (N_("Mon"), N_("Tue"), N_("Wed"), N_("Thu"), N_("Fri"), N_("Sat"), N_("Sun"))


def days_text(days: frozenset[int]) -> str:
    """A slot's weekdays (Monday is 0) as an officer writes them: `hằng ngày`, `T2–T6`,
    `T2, T4, T6`, `T7–CN`: runs of three or more days as a range."""
    if len(days) == 7:
        return _("daily")
    ordered = sorted(days)
    runs: list[list[int]] = []
    for day in ordered:
        if runs and day == runs[-1][-1] + 1:
            runs[-1].append(day)
        else:
            runs.append([day])
    parts = []
    for run in runs:
        names = [_(SHORT_WEEKDAYS[d]) for d in run]
        parts.extend([f"{names[0]}–{names[-1]}"] if len(run) >= 3 else names)
    return ", ".join(parts)


def date_text(day: date | str | None) -> str:
    """`30/11/2026` (from a stored ISO date too; a damaged one as stored), or `…` for none."""
    if isinstance(day, str):
        try:
            return date_text(date.fromisoformat(day))
        except ValueError:
            return day
    return f"{day.day:02d}/{day.month:02d}/{day.year:04d}" if day else "…"


def span_ends(first: date, last: date) -> tuple[str, str]:
    """A span's two ends as a heading prints them, `24/11 – 30/11/2026`: the first without
    its year only when it is the last's (a week across New Year is `29/12/2025 – 04/01/2026`,
    not `29/12 – 04/01/2026`)."""
    shown = f"{first.day:02d}/{first.month:02d}" if first.year == last.year else date_text(first)
    return shown, date_text(last)


def clock_text(moment: time | datetime) -> str:
    """`06:30`, or `17:00:30` when the seconds matter."""
    return f"{moment:%H:%M:%S}" if moment.second else f"{moment:%H:%M}"
