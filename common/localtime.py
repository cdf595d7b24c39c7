"""Instants as a person reads them: local time, the weekday by name, the Vietnamese date order
(`Thứ Hai 30/11/2026 06:30`), never UTC."""

from __future__ import annotations

from datetime import date, datetime
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


def day_text(day: date, today: date | None = None) -> str:
    """`Hôm nay`, `Ngày mai`, else `Thứ Hai 30/11/2026`."""
    if today is not None and day == today:
        return _("Today")
    if today is not None and (day - today).days == 1:
        return _("Tomorrow")
    return f"{weekday_name(day)} {day:%d/%m/%Y}"


def local_text(value: datetime | str, zone: ZoneInfo, today: date | None = None) -> str:
    """`Thứ Hai 30/11/2026 06:30` in the station's zone (`Hôm nay 06:30` when `today` is
    given and it is that day)."""
    local = instant(value).astimezone(zone)
    return f"{day_text(local.date(), today)} {local:%H:%M}"


def duration_text(seconds: float) -> str:
    """`45 giây`, `3 phút 5 giây`, `1 giờ 2 phút`: in words, so that a length is never read
    as a time of day."""
    whole = round(seconds)
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return _("{h} h {m} min").format(h=hours, m=minutes)
    if not minutes:
        return _("{s} s").format(s=secs)
    if not secs:
        return _("{m} min").format(m=minutes)
    return _("{m} min {s} s").format(m=minutes, s=secs)


SHORT_WEEKDAYS = (N_("Mon"), N_("Tue"), N_("Wed"), N_("Thu"), N_("Fri"), N_("Sat"), N_("Sun"))


def days_text(days: frozenset[int]) -> str:
    """A slot's weekdays as a calendar writes them: `Hằng ngày`, `T2–T6`, `T2, T4, T7–CN`."""
    if days == frozenset(range(7)):
        return _("every day")
    runs: list[list[int]] = []
    for day in sorted(days):
        if runs and runs[-1][-1] == day - 1:
            runs[-1].append(day)
        else:
            runs.append([day])
    return ", ".join(
        _(SHORT_WEEKDAYS[run[0]]) if len(run) == 1
        else f"{_(SHORT_WEEKDAYS[run[0]])}–{_(SHORT_WEEKDAYS[run[-1]])}"
        for run in runs
    )  # fmt: skip
