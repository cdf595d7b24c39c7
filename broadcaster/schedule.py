"""The station's schedule in the store: slots, the plan built from them, the rundown.

Slots are never deleted, only marked removed, so the airings they planned stay accountable.
"""

from __future__ import annotations

import json
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from functools import cache, partial
from pathlib import Path
from typing import Any

from announcements.speech import Synthesizer
from schedules.priority import Priority
from schedules.quiet_hours import parse_clock_time
from schedules.rundown import Candidate, PlannedAiring, plan_airings
from schedules.slots import Slot, SlotError, check_slot, format_days, make_slot, parse_days

from .clock import utc_iso
from .station import Station, StationError

SLOT_FIELDS = ("name", "at", "days", "from", "until", "campaign", "announce", "max_minutes")


def _slot(row: dict[str, Any]) -> Slot:
    return Slot(
        name=row["name"],
        at=parse_clock_time(row["at"]),
        days=parse_days(row["days"]),
        valid_from=date.fromisoformat(row["valid_from"]) if row["valid_from"] else None,
        valid_until=date.fromisoformat(row["valid_until"]) if row["valid_until"] else None,
        campaign=row["campaign"],
        announcements=tuple(json.loads(row["announcements"])),
        max_minutes=row["max_minutes"],
        created_at=datetime.fromisoformat(row["created_at"]),
        removed_at=datetime.fromisoformat(row["removed_at"]) if row["removed_at"] else None,
    )


def slots(station: Station, include_removed: bool = False) -> list[Slot]:
    where = None if include_removed else "removed_at IS NULL"
    return [_slot(r) for r in station.db.table("slots").rows_where(where, order_by="at, name")]


def slot_rows(slot: Slot) -> dict[str, Any]:
    return {
        "name": slot.name,
        "at": slot.at.isoformat(),
        "days": format_days(slot.days),
        "valid_from": slot.valid_from.isoformat() if slot.valid_from else None,
        "valid_until": slot.valid_until.isoformat() if slot.valid_until else None,
        "campaign": slot.campaign,
        "announcements": list(slot.announcements),
        "max_minutes": slot.max_minutes,
    }


def program_minutes(station: Station, slot: Slot) -> float:
    """How long the slot's program is with today's content (speech is synthesised if needed)."""
    if slot.campaign:
        rows = [r for r in station.list_announcements() if r["campaign"] == slot.campaign]
        if not rows:
            raise StationError(
                f"slot '{slot.name}': campaign '{slot.campaign}' has no announcements"
            )
        rows = [station.announcement(r["id"]) for r in rows]
    else:
        rows = [station.announcement(i) for i in slot.announcements]
    return station.build_program(rows).duration_s / 60


def add_slots(station: Station, new: Sequence[Slot]) -> list[float]:
    """Check the slots against each other and the schedule, then store them all (replacing
    same-named ones) in one transaction. Returns each program's length in minutes."""
    names = [s.name for s in new]
    if len(set(names)) != len(names):
        raise StationError("the same slot name is given twice")
    kept = [s for s in slots(station) if s.name not in names]
    lengths = [program_minutes(station, s) for s in new]
    others = [(s, s.max_minutes or program_minutes(station, s)) for s in kept]
    for slot, length in zip(new, lengths, strict=True):
        try:
            check_slot(slot, length, others, station.config.quiet_hours)
        except SlotError as e:
            raise StationError(str(e)) from None
        others.append((slot, slot.max_minutes or length))
    now = utc_iso(station.clock())
    with station.db.conn:
        for slot in new:
            station.db.execute(
                "UPDATE slots SET removed_at = ? WHERE name = ? AND removed_at IS NULL",
                [now, slot.name],
            )
            station.db.table("slots").insert(
                {**slot_rows(slot), "announcements": json.dumps(slot.announcements),
                 "created_at": utc_iso(slot.created_at), "removed_at": None}
            )  # fmt: skip
    return lengths


def remove_slot(station: Station, name: str) -> None:
    with station.db.conn:
        cursor = station.db.execute(
            "UPDATE slots SET removed_at = ? WHERE name = ? AND removed_at IS NULL",
            [utc_iso(station.clock()), name],
        )
    if not cursor.rowcount:
        raise StationError(f"there is no slot '{name}'")


def read_schedule_file(path: Path, created_at: datetime) -> list[Slot]:
    """A schedule TOML: one [[slot]] table per slot, keys as the `schedule add` options."""
    try:
        raw = tomllib.loads(path.read_text("utf-8"))
    except FileNotFoundError:
        raise StationError(f"{path}: no such file") from None
    except tomllib.TOMLDecodeError as e:
        raise StationError(f"{path}: {e}") from None
    unknown = sorted(set(raw) - {"slot"})
    if unknown or not isinstance(raw.get("slot"), list):
        raise StationError(f"{path}: expected [[slot]] tables only")
    built = []
    for n, entry in enumerate(raw["slot"], 1):
        extra = sorted(set(entry) - set(SLOT_FIELDS))
        if extra:
            raise StationError(f"{path}: slot {n}: unknown key '{extra[0]}'")
        try:
            built.append(
                make_slot(
                    str(entry.get("name", "")),
                    str(entry.get("at", "")),
                    str(entry.get("days", "daily")),
                    _day(entry.get("from")),
                    _day(entry.get("until")),
                    entry.get("campaign"),
                    tuple(entry.get("announce", ())),
                    entry.get("max_minutes"),
                    created_at=created_at,
                )
            )
        except (SlotError, ValueError) as e:
            raise StationError(f"{path}: slot {n}: {e}") from None
    return built


def _day(value: Any) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value))


# ----- the plan ----------
def candidates(station: Station) -> list[Candidate]:
    return [
        Candidate(
            id=row["id"],
            campaign=row["campaign"],
            priority=Priority(row["priority"]),
            approved=row["approved_version"] == row["version"],
            retired=bool(row["retired_at"]),
            valid_from=date.fromisoformat(row["valid_from"]) if row["valid_from"] else None,
            valid_until=date.fromisoformat(row["valid_until"]) if row["valid_until"] else None,
        )
        for row in station.db.table("announcements").rows_where(order_by="id")
    ]


def pending_priority(station: Station) -> list[str]:
    """Approved priority announcements whose current version has not aired yet."""
    return [
        row[0]
        for row in station.db.execute(
            """
            SELECT a.id FROM announcements a
            WHERE a.priority = 'priority' AND a.retired_at IS NULL
              AND a.approved_version = a.version
              AND NOT EXISTS (
                SELECT 1 FROM airings, json_each(airings.items) item
                WHERE airings.status IN ('aired', 'partial', 'started')
                  AND json_extract(item.value, '$.announcement_id') = a.id
                  AND json_extract(item.value, '$.version') = a.version)
            ORDER BY a.id
            """
        )
    ]


def plan(
    station: Station, start: datetime, end: datetime, include_removed: bool = False
) -> list[PlannedAiring]:
    return plan_airings(
        slots(station, include_removed),
        candidates(station),
        start,
        end,
        station.config.zone,
        pending_priority(station),
    )


@dataclass(frozen=True)
class RundownItem:
    announcement_id: str
    title: str
    priority: str
    readings: int
    seconds: float | None
    """None until its speech has been synthesised."""


def rundown_item(station: Station, synthesizer: Synthesizer, announcement_id: str) -> RundownItem:
    """One announcement as a rundown shows it, its duration from the speech cache (no
    synthesis)."""
    row = station.announcement(announcement_id, spoken=False)
    if row["kind"] == "recording":
        seconds: float | None = station.assets.get(row["recording_sha256"]).duration_s
    else:
        voice = row["voice"] or station.config.speech.voice
        speech = synthesizer.cached(row["text"], voice)
        seconds = speech.asset.duration_s if speech else None
    return RundownItem(
        announcement_id,
        row["title"],
        row["priority"],
        row["repeat"],
        seconds * row["repeat"] if seconds is not None else None,
    )


def rundown(
    station: Station, first_day: date | None, days: int, limit: int | None = None
) -> list[dict[str, Any]]:
    """Every airing to come from `first_day` (default today, from now on) for `days` days
    (only the first `limit` of them, if given)."""
    zone = station.config.zone
    now = station.clock()
    day = first_day or now.astimezone(zone).date()
    start = max(now, datetime.combine(day, time(0), zone))
    end = datetime.combine(day + timedelta(days=days), time(0), zone)
    jingles = {
        row["role"]: station.assets.get(row["asset_sha256"]).duration_s
        for row in station.db.table("jingles").rows
    }
    synthesizer = station.synthesizer
    bridge = jingles.get("bridge")
    if bridge is None and station.config.program.bridge_text:
        spoken = synthesizer.cached(station.config.program.bridge_text, station.config.speech.voice)
        bridge = spoken.asset.duration_s if spoken else None
    gap = station.config.program.gap_s
    entries = []
    item_of = cache(partial(rundown_item, station, synthesizer))  # each announcement once
    for planned in plan(station, start, end)[:limit]:
        items = [item_of(announcement_id) for announcement_id in planned.announcement_ids]
        parts: list[float | None] = [jingles[r] for r in ("intro", "outro") if r in jingles]
        for item in items:
            reading = item.seconds / item.readings if item.seconds is not None else None
            parts += [reading] * item.readings + [bridge] * (item.readings - 1)
        known = [p for p in parts if p is not None]
        total = sum(known) + gap * max(0, len(parts) - 1)
        warnings = []
        if planned.max_minutes and total > planned.max_minutes * 60:
            warnings.append(
                f"longer than the slot's limit of {planned.max_minutes:g} min: it will not air"
            )
        entries.append(
            {
                "slot": planned.slot,
                "at": planned.at.astimezone(zone),
                "items": [item.__dict__ for item in items],
                "total_s": round(total, 1),
                "complete": len(known) == len(parts),
                "warnings": warnings,
            }
        )
    return entries
