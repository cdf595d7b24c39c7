"""Slots: a named time of day, on some weekdays, within a date range, with what airs in it."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from common.errors import BroadcasterError

from .quiet_hours import QuietHours, parse_clock_time

WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
DAY_ALIASES = {"daily": "mon-sun", "all": "mon-sun", "weekdays": "mon-fri", "weekend": "sat-sun"}


class SlotError(BroadcasterError):
    """A slot the station cannot accept, in one sentence."""


def parse_days(text: str) -> frozenset[int]:
    """'mon-fri', 'mon,wed,fri', 'sat-sun', 'daily' → weekday numbers (Monday is 0)."""
    text = DAY_ALIASES.get(text.strip().lower(), text.strip().lower())
    days: set[int] = set()
    for part in filter(None, (p.strip() for p in text.split(","))):
        first, _, last = part.partition("-")
        try:
            start = WEEKDAYS.index(first)
            end = WEEKDAYS.index(last) if last else start
        except ValueError:
            raise SlotError(
                f"days '{text}' should be weekdays like mon-fri or mon,wed,fri"
            ) from None
        days.update(range(start, end + 1) if start <= end else [*range(start, 7), *range(end + 1)])
    if not days:
        raise SlotError("days is empty")
    return frozenset(days)


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

    def occurrences(self, start: datetime, end: datetime, zone: ZoneInfo) -> Iterator[datetime]:
        """Every instant in [start, end) at which this slot airs."""
        first = max(start, self.created_at)
        last = min(end, self.removed_at) if self.removed_at else end
        day = first.astimezone(zone).date() - timedelta(days=1)
        while day <= last.astimezone(zone).date():
            moment = datetime.combine(day, self.at, zone)
            if (
                day.weekday() in self.days
                and (self.valid_from is None or day >= self.valid_from)
                and (self.valid_until is None or day <= self.valid_until)
                and first <= moment < last
            ):
                yield moment
            day += timedelta(days=1)


def make_slot(
    name: str,
    at: str,
    days: str = "daily",
    valid_from: date | None = None,
    valid_until: date | None = None,
    campaign: str | None = None,
    announcements: Sequence[str] = (),
    max_minutes: float | None = None,
    *,
    created_at: datetime,
) -> Slot:
    """Check and build a slot from what an operator typed."""
    if not name or not name.replace("-", "").replace("_", "").isalnum():
        raise SlotError(f"slot name '{name}' should be letters, digits, '-' or '_'")
    try:
        clock_time = parse_clock_time(at)
    except ValueError as e:
        raise SlotError(f"slot '{name}': {e}") from None
    if bool(campaign) == bool(announcements):
        raise SlotError(f"slot '{name}' needs either --campaign or --announce (one of them)")
    if valid_from and valid_until and valid_until < valid_from:
        raise SlotError(f"slot '{name}': --until {valid_until} is before --from {valid_from}")
    if max_minutes is not None and max_minutes <= 0:
        raise SlotError(f"slot '{name}': --max-minutes must be more than 0")
    return Slot(
        name=name,
        at=clock_time,
        days=parse_days(days),
        valid_from=valid_from,
        valid_until=valid_until,
        campaign=campaign,
        announcements=tuple(announcements),
        max_minutes=max_minutes,
        created_at=created_at,
    )


def _minutes(t: time) -> float:
    return t.hour * 60 + t.minute + t.second / 60


def check_slot(
    slot: Slot,
    length_minutes: float,
    others: Sequence[tuple[Slot, float]],
    quiet: QuietHours | None,
) -> None:
    """Refuse a slot whose program is too long, falls in quiet hours, or overlaps another slot
    on a common day (each slot taken with its program length)."""
    if slot.max_minutes is not None and length_minutes > slot.max_minutes:
        raise SlotError(
            f"slot '{slot.name}': the program lasts {length_minutes:.1f} min, "
            f"longer than its limit of {slot.max_minutes:g} min"
        )
    start = _minutes(slot.at)
    if quiet:
        end_time = datetime.combine(date(2000, 1, 1), slot.at) + timedelta(minutes=length_minutes)
        if quiet.contains(slot.at) or quiet.contains(end_time.time()):
            raise SlotError(
                f"slot '{slot.name}' at {slot.at:%H:%M} falls in quiet hours "
                f"({quiet.start:%H:%M}–{quiet.end:%H:%M})"
            )
    for other, other_length in others:
        if other.name == slot.name or not (slot.days & other.days):
            continue
        if not _dates_meet(slot, other):
            continue
        other_start = _minutes(other.at)
        if start < other_start + other_length and other_start < start + length_minutes:
            raise SlotError(
                f"slot '{slot.name}' at {slot.at:%H:%M:%S} overlaps slot '{other.name}' at "
                f"{other.at:%H:%M:%S} ({other_length:.1f} min)"
            )


def _dates_meet(a: Slot, b: Slot) -> bool:
    latest_start = max(a.valid_from or date.min, b.valid_from or date.min)
    earliest_end = min(a.valid_until or date.max, b.valid_until or date.max)
    return latest_start <= earliest_end
