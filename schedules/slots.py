"""Slots: a named time of day, on some weekdays, within a date range, with what airs in it."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from common.errors import BroadcasterError
from common.i18n import _
from common.localtime import clock_text, date_text, days_text, duration_text

from .parse import (
    WEEKDAYS,
    InputError,
    parse_date,
    parse_days,
    parse_ids,
    parse_minutes,
    parse_text,
    parse_time,
)
from .quiet_hours import QuietHours

DAY_S = 24 * 60 * 60
WEEK_S = 7 * DAY_S


class SlotError(BroadcasterError):
    """A slot the station cannot accept, in one sentence."""


def format_days(days: frozenset[int]) -> str:
    if days == frozenset(range(7)):
        return "daily"
    return ",".join(WEEKDAYS[d] for d in sorted(days))


@dataclass(frozen=True)
class Slot:
    name: str
    at: time
    days: frozenset[int]
    valid_from: date | None
    valid_until: date | None
    campaign: str | None
    announcements: tuple[str, ...]
    max_minutes: float | None
    created_at: datetime
    """Occurrences before this instant were never planned."""
    removed_at: datetime | None = None
    title: str | None = None
    """What people call it (`Buổi sáng`); the name is its id on the command line."""
    person: str | None = None
    """Who planned it by hand, as the accounts name them: a re-air's officer, whom its airing
    names (the schedule's slots name no one)."""

    @property
    def label(self) -> str:
        """The slot as a person reads it: its title, else its name."""
        return self.title or self.name

    @property
    def dates_text(self) -> str | None:
        """Its first and last days in full (dd/mm/yyyy), said back to whoever typed them (a
        '3/12' becomes the day it was taken for); None for a slot without dates."""
        since, until = self.valid_from, self.valid_until
        if since and since == until:  # not "daily … from 30/11 to 30/11"
            return _("on {day} only").format(day=date_text(since))
        if since and until:
            return _("from {since} to {until}").format(
                since=date_text(since), until=date_text(until))  # fmt: skip
        if since:
            return _("from {since} on").format(since=date_text(since))
        return _("until {until}").format(until=date_text(until)) if until else None

    @property
    def days_said(self) -> str:
        """The days it airs, as every screen says them (`schedule add`, `list`, the console):
        `chỉ ngày 30/11/2026` for a one-day slot, not "hằng ngày …, từ ngày 30/11/2026 đến
        hết ngày 30/11/2026" (o13net K5); else its weekdays, then its dates if it has any."""
        days = days_text(self.days)
        if self.one_day or not self.dates_text:
            return self.dates_text or days
        return f"{days}, {self.dates_text}"

    @property
    def one_day(self) -> bool:
        """It airs on one day: its days are that day, not "daily"."""
        return self.valid_from is not None and self.valid_from == self.valid_until

    def fields(self) -> dict[str, Any]:
        """As `schedule list --json` shows it (and the store keeps it)."""
        return {
            "name": self.name,
            "title": self.title,
            "at": self.at.isoformat(),
            "days": format_days(self.days),
            "valid_from": self.valid_from.isoformat() if self.valid_from else None,
            "valid_until": self.valid_until.isoformat() if self.valid_until else None,
            "campaign": self.campaign,
            "announcements": list(self.announcements),
            "max_minutes": self.max_minutes,
        }

    def occurrences(self, start: datetime, end: datetime, zone: ZoneInfo) -> Iterator[datetime]:
        """Every instant in [start, end) at which this slot airs."""
        first = max(start, self.created_at)
        last = min(end, self.removed_at) if self.removed_at else end
        day = max(first.astimezone(zone).date(), date.min + timedelta(days=1)) - timedelta(days=1)
        last_day = last.astimezone(zone).date()
        while day <= last_day:
            moment = datetime.combine(day, self.at, zone)
            if (
                day.weekday() in self.days
                and (self.valid_from is None or day >= self.valid_from)
                and (self.valid_until is None or day <= self.valid_until)
                and first <= moment < last
            ):
                yield moment
            if day == date.max:  # the calendar's last day: nothing comes after it
                return
            day += timedelta(days=1)


def make_slot(
    name: Any,
    at: Any,
    days: Any = "daily",
    valid_from: Any = None,
    valid_until: Any = None,
    campaign: Any = None,
    announcements: Any = (),
    max_minutes: Any = None,
    *,
    created_at: datetime,
    today: date | None = None,
    title: Any = None,
) -> Slot:
    """Check and build a slot from what an operator typed or a schedule file holds; every
    value goes through the one parser (schedules.parse), and every value at fault is said at
    once. `today` lets dates be words like 'mai' (tomorrow): only where a person types them,
    never in a file read later. `title` is the name people read (`Buổi sáng`); `name` is
    the id the command line types."""
    faults: list[BroadcasterError] = []

    def parsed(field: str, parse: Callable[[Any], Any], value: Any) -> Any:
        """The value parsed, or None with a refusal kept that names the field at fault."""
        try:
            return parse(value)
        except InputError as e:
            # by its title, as she named it: not its code 'sang-som' (o17lan6 C4)
            shown = next((n for n in (title, name) if isinstance(n, str) and n.strip()), "…")
            faults.append(SlotError(_("slot '{name}': {problem}").format(name=shown, problem=e),
                                    field=field))  # fmt: skip
            return None

    try:
        name = parse_text(name, "name")
    except InputError as e:
        faults.append(SlotError(str(e), field="name"))
    else:
        if not name.replace("-", "").replace("_", "").isalnum():
            faults.append(SlotError(
                _("slot name '{name}' should be letters, digits, '-' or '_'").format(name=name),
                field="name"))  # fmt: skip

    def optional_date(value: Any) -> date | None:
        return None if value is None else parse_date(value, today, coming=True)

    values = {
        "title": parsed("title", lambda v: None if v is None
                        else parse_text(v, "title") or None, title),
        "campaign": parsed("campaign", lambda v: None if v is None
                           else parse_text(v, "campaign") or None, campaign),
        "announcements": parsed("announce", lambda v: parse_ids(
            list(v) if isinstance(v, tuple) else v, "announce"), announcements),
        "at": parsed("at", parse_time, at),
        "days": parsed("days", parse_days, days),
        "valid_from": parsed("since", optional_date, valid_from),
        "valid_until": parsed("until", optional_date, valid_until),
        "max_minutes": parsed("max_minutes", parse_minutes, max_minutes),
    }  # fmt: skip
    contents_read = not any(f.field in ("campaign", "announce") for f in faults)
    if contents_read and not values["campaign"] and not values["announcements"]:
        faults.append(SlotError(
            _("slot '{name}' needs a campaign, a list of announcements, or both").format(name=name),
            field="campaign"))  # fmt: skip
    since, until = values["valid_from"], values["valid_until"]
    if since and until and until < since:
        faults.append(SlotError(
            _("slot '{name}': its last day {until} is before its first day {since}").format(
                name=name, until=date_text(until), since=date_text(since)),
            field="until"))  # fmt: skip
    elif today is not None:  # typed by a person now: dates it could never air with, too
        faults += _date_faults(str(name), since, until, today)
    if faults:
        raise SlotError.together(faults)
    return Slot(name=name, created_at=created_at, **values)


FURTHEST_START_YEARS = 10
"""A slot may start this many years ahead at most: further is a mistyped year (2062 for 2026)."""


def _years_after(day: date, years: int) -> date:
    """The same day `years` later (28 February for 29 February), or the calendar's end."""
    if day.year + years > date.max.year:
        return date.max
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


def check_dates(slot: Slot, today: date) -> None:
    """Refuse dates with which a new slot could never air: a last day already past (01/01/0001,
    last year), a first day so far ahead that the year must be mistyped (both said at once).
    A first day in the past is fine: the slot airs from the day it is made."""
    faults = _date_faults(slot.name, slot.valid_from, slot.valid_until, today)
    if faults:
        raise SlotError.together(faults)


def _date_faults(
    name: str, since: date | None, until: date | None, today: date
) -> list[BroadcasterError]:
    faults: list[BroadcasterError] = []
    if until is not None and until < today:
        faults.append(SlotError(
            _("slot '{name}': its last day {until} has already passed (today is {today}): it "
              "would never air").format(name=name, until=date_text(until),
                                        today=date_text(today)),
            field="until"))  # fmt: skip
    if since is not None and since > _years_after(today, FURTHEST_START_YEARS):
        faults.append(SlotError(
            _("slot '{name}': its first day {since} is more than {years} years away: is the "
              "year mistyped?").format(name=name, since=date_text(since),
                                       years=FURTHEST_START_YEARS),
            field="since"))  # fmt: skip
    return faults


def _seconds(t: time) -> int:
    return t.hour * 3600 + t.minute * 60 + t.second


def _week_spans(days: Iterable[int], start: int, minutes: float) -> list[tuple[float, float]]:
    """Where something lasting `minutes` (at least a second) from `start` (seconds into the
    day) each of `days` sits in the week, in seconds from Monday 00:00."""
    length = max(minutes * 60, 1.0)
    return [(day * DAY_S + start, day * DAY_S + start + length) for day in days]


def _meet(a: Sequence[tuple[float, float]], b: Sequence[tuple[float, float]]) -> bool:
    """Do two sets of spans on the week meet? The week wraps: Sunday night runs into Monday."""
    return any(
        a0 < b1 + shift and b0 + shift < a1
        for a0, a1 in a
        for b0, b1 in b
        for shift in (-WEEK_S, 0, WEEK_S)
    )


def check_slot(
    slot: Slot,
    length_minutes: float,
    others: Sequence[tuple[Slot, float]],
    quiet: QuietHours | None,
    advise: bool = True,
) -> None:
    """Refuse a slot whose program is too long, runs into quiet hours, or overlaps another
    slot on a day they share, midnight included (each slot taken with its program length, or
    the limit it keeps for itself); the length and the time at once. With `advise`, a time
    refused says the next free time, and that the notices could join the other slot."""
    faults = []
    if slot.max_minutes is not None and length_minutes > slot.max_minutes:
        faults.append(SlotError(
            _("slot '{name}': the program lasts {length}, longer than its limit of "
              "{limit}").format(name=slot.label, length=duration_text(length_minutes * 60),
                                limit=duration_text(slot.max_minutes * 60)),
            field="max_minutes"))  # fmt: skip
    problem = _time_problem(slot, slot.at, length_minutes, others, quiet)
    if problem is not None and not advise:
        faults.append(SlotError(problem[0], field="at"))
    elif problem is not None:
        text, other = problem
        free = free_time(slot, length_minutes, others, quiet)
        values = {"free": clock_text(free) if free else "", "other": other}
        if free and other:
            advice = _("Choose {free}, the next free time, or add the announcements to "
                       "slot '{other}'.")  # fmt: skip
        elif other:
            advice = _("Choose another time, or add the announcements to slot '{other}'.")
        else:
            advice = _("The next free time is {free}.") if free else ""
        faults.append(SlotError(f"{text}. {advice.format(**values)}".strip(), field="at"))
    if faults:
        raise SlotError.together(faults)


def _quiet_span(quiet: QuietHours | None) -> list[tuple[float, float]]:
    quiet_s = (_seconds(quiet.end) - _seconds(quiet.start)) % DAY_S if quiet else 0
    if not quiet or not quiet_s:  # a span from a time to itself is no quiet hours
        return []
    return _week_spans(range(7), _seconds(quiet.start), quiet_s / 60)


def _time_problem(
    slot: Slot,
    at: time,
    length_minutes: float,
    others: Sequence[tuple[Slot, float]],
    quiet: QuietHours | None,
) -> tuple[str, str | None] | None:
    """Why the slot cannot air at `at`, with the other slot in the way (None for quiet
    hours); None when it can."""
    spans = _week_spans(slot.days, _seconds(at), length_minutes)
    if quiet and _meet(spans, _quiet_span(quiet)):
        ends = datetime.combine(date.min, at) + timedelta(minutes=length_minutes)
        times = {
            "name": slot.label,
            "at": clock_text(at),
            "start": clock_text(quiet.start),
            "end": clock_text(quiet.end),
            "ends": clock_text(ends.replace(microsecond=0)),
        }
        text = (_("slot '{name}' at {at} falls in quiet hours ({start}–{end})")
                if quiet.contains(at)
                else _("slot '{name}' at {at} runs into quiet hours ({start}–{end}): its "
                       "program ends at {ends}"))  # fmt: skip
        return text.format(**times), None
    for other, other_length in others:
        if other.name == slot.name or not _dates_meet(slot, other):
            continue
        if _meet(spans, _week_spans(other.days, _seconds(other.at), other_length)):
            ends = datetime.combine(date.min, other.at) + timedelta(
                seconds=round(other_length * 60)
            )  # as its length is said: whole seconds
            values = {"name": slot.label, "at": clock_text(at), "other": other.label,
                      "start": clock_text(other.at),
                      "end": clock_text(ends.replace(microsecond=0).time()),
                      "length": duration_text(other_length * 60)}  # fmt: skip
            if other.max_minutes:
                text = _("slot '{name}' at {at} overlaps slot '{other}', which keeps "
                         "{start}–{end} for itself ({length}, its limit, though its program "
                         "may be shorter)")  # fmt: skip
            else:
                text = _("slot '{name}' at {at} overlaps slot '{other}', whose program airs "
                         "{start}–{end} ({length})")  # fmt: skip
            return text.format(**values), other.label
    return None


def free_time(
    slot: Slot,
    length_minutes: float,
    others: Sequence[tuple[Slot, float]],
    quiet: QuietHours | None,
    first: time | None = None,
) -> time | None:
    """The first whole minute after the slot's time (or from `first`) at which it could air
    on its days (the officer moves a slot later, past the one in its way), or None when the
    day has no room."""
    start = _seconds(slot.at) // 60 + 1 if first is None else _seconds(first) // 60
    for minute in range(start, start + 24 * 60 - 1):
        at = time(*divmod(minute % (24 * 60), 60))
        if _time_problem(slot, at, length_minutes, others, quiet) is None:
            return at
    return None


def slots_meet(a: Slot, a_minutes: float, b: Slot, b_minutes: float) -> bool:
    """Whether two slots' programs, of these lengths, air at once on a day they share."""
    return _dates_meet(a, b) and _meet(
        _week_spans(a.days, _seconds(a.at), a_minutes),
        _week_spans(b.days, _seconds(b.at), b_minutes),
    )


def _dates_meet(a: Slot, b: Slot) -> bool:
    """Could the two slots air within a day of each other (a program may run past midnight)?"""
    latest_start = max(a.valid_from or date.min, b.valid_from or date.min).toordinal()
    earliest_end = min(a.valid_until or date.max, b.valid_until or date.max).toordinal()
    return latest_start <= earliest_end + 1
