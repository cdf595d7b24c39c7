"""Time: aware datetimes only, and a clock passed in wherever behaviour depends on now."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

Clock = Callable[[], datetime]


def system_clock() -> datetime:
    return datetime.now(UTC)


def utc_iso(moment: datetime) -> str:
    """How instants are stored: UTC, ISO-8601 with offset, milliseconds."""
    if moment.tzinfo is None:
        raise ValueError("naive datetime")
    return moment.astimezone(UTC).isoformat(timespec="milliseconds")
