"""The airing log: listing and exporting what aired, in the station's local time."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from .clock import day_end, day_start
from .station import Station, StationError

INSTANT_FIELDS = ("scheduled_at", "started_at", "ended_at")
CSV_COLUMNS = (
    "seq",
    "status",
    "started_at",
    "ended_at",
    "duration_s",
    "planned_duration_s",
    "announcements",
    "titles",
    "campaigns",
    "engines",
    "slot",
    "trigger",
    "sink",
    "error",
    "program_sha256",
)


def _local(value: str | None, zone: ZoneInfo) -> str | None:
    return datetime.fromisoformat(value).astimezone(zone).isoformat() if value else None


def airings(
    station: Station, since: date | None = None, until: date | None = None, limit: int | None = None
) -> Iterator[dict[str, Any]]:
    """Airings, oldest first, between two local dates (inclusive), times shown locally."""
    if since and until and until < since:
        raise StationError(f"--to {until} is before --from {since}")
    zone = station.config.zone
    where, params = [], []
    if since:
        where.append("started_at >= ?")
        params.append(day_start(since, zone))
    if until:
        where.append("started_at < ?")
        params.append(day_end(until, zone))
    sql = "SELECT * FROM airings" + (" WHERE " + " AND ".join(where) if where else "")
    if limit:
        sql = f"SELECT * FROM ({sql} ORDER BY seq DESC LIMIT {int(limit)})"
    for row in station.db.query(sql + " ORDER BY seq", params):
        row["items"] = json.loads(row["items"])
        row["engines"] = row["engines"].split(",") if row["engines"] else []
        for key in INSTANT_FIELDS:
            row[key] = _local(row[key], zone)
        yield row
