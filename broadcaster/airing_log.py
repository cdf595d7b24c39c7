"""The airing log: listing and exporting what aired, in the station's local time."""

from __future__ import annotations

import csv
import json
import os
from collections.abc import Iterator
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

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


def _day_bounds(day: date, zone: ZoneInfo) -> str:
    """The UTC instant (as stored) at which a local day starts."""
    return datetime.combine(day, time(0), zone).astimezone(UTC).isoformat(timespec="milliseconds")


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
        params.append(_day_bounds(since, zone))
    if until:
        where.append("started_at < ?")
        params.append(_day_bounds(until + timedelta(days=1), zone))
    sql = "SELECT * FROM airings" + (" WHERE " + " AND ".join(where) if where else "")
    if limit:
        sql = f"SELECT * FROM ({sql} ORDER BY seq DESC LIMIT {int(limit)})"
    for row in station.db.query(sql + " ORDER BY seq", params):
        row["items"] = json.loads(row["items"])
        row["engines"] = row["engines"].split(",") if row["engines"] else []
        for key in INSTANT_FIELDS:
            row[key] = _local(row[key], zone)
        yield row


def csv_row(row: dict[str, Any]) -> dict[str, Any]:
    items = row["items"]
    return {
        **{k: row[k] for k in CSV_COLUMNS if k in row and k not in ("engines",)},
        "announcements": " ".join(f"{i['announcement_id']}@v{i['version']}" for i in items),
        "titles": " | ".join(i["title"] for i in items),
        "campaigns": " ".join(sorted({i["campaign"] for i in items if i.get("campaign")})),
        "engines": " ".join(row["engines"]),
    }


def export_csv(
    station: Station, out: Path, since: date | None = None, until: date | None = None
) -> int:
    """Write the log to a CSV (temp file + rename, so no partial file); return the row count."""
    rows = airings(station, since, until)
    tmp = out.with_name(f".{out.name}.{os.getpid()}.tmp")
    count = 0
    try:
        with tmp.open("w", newline="", encoding="utf-8") as f:
            writer = csv.DictWriter(f, fieldnames=CSV_COLUMNS)
            writer.writeheader()
            for row in rows:
                writer.writerow(csv_row(row))
                count += 1
        os.replace(tmp, out)
    except OSError as e:
        raise StationError(f"cannot write {out}: {e.strerror or e}") from e
    finally:
        tmp.unlink(missing_ok=True)
    return count
