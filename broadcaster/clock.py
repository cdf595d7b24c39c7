"""Time: aware datetimes only, and a clock passed in wherever behaviour depends on now."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, time, timedelta, tzinfo

Clock = Callable[[], datetime]


def system_clock() -> datetime:
    return datetime.now(UTC)


def utc_iso(moment: datetime) -> str:
    """How instants are stored: UTC, ISO-8601 with offset, milliseconds."""
    if moment.tzinfo is None:
        raise ValueError("naive datetime")
    return moment.astimezone(UTC).isoformat(timespec="milliseconds")


EARLIEST = "0001-01-01T00:00:00.000+00:00"
LATEST = "9999-12-31T23:59:59.999+00:00"


def day_start(day: date, zone: tzinfo) -> str:
    """The instant (as stored) at which local `day` begins; the calendar's ends clamp
    (0001-01-01 in Vietnam began in year 0 in UTC, which Python cannot hold)."""
    try:
        return utc_iso(datetime.combine(day, time(0), zone))
    except OverflowError:
        return EARLIEST if day.year == 1 else LATEST


def day_end(day: date, zone: tzinfo) -> str:
    """The instant (as stored) at which local `day` ends: the next day's start."""
    return LATEST if day == date.max else day_start(day + timedelta(days=1), zone)
