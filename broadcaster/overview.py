"""The station at a glance, for the console's home page: what is on air, what airs next, what
waits for approval, and whether the daemon that airs the schedule is running at all."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime, timedelta

from common.i18n import _

from .station import Station

STALE_AFTER = timedelta(minutes=2)
"""A `started` row older than its program plus this was left by a crash, not on air."""


@dataclass(frozen=True)
class OnAir:
    seq: int
    titles: tuple[str, ...]
    slot: str | None
    trigger: str
    started_at: datetime
    planned_s: float | None

    def elapsed_s(self, now: datetime) -> float:
        return max(0.0, (now - self.started_at).total_seconds())

    def remaining_s(self, now: datetime) -> float | None:
        if self.planned_s is None:
            return None
        return max(0.0, self.planned_s - self.elapsed_s(now))


def on_air(station: Station) -> OnAir | None:
    """The airing on air now: the log's open (`started`) row, unless it is too old to be."""
    rows = list(
        station.db.query("SELECT * FROM airings WHERE status = 'started' ORDER BY seq DESC LIMIT 1")
    )
    if not rows:
        return None
    row = rows[0]
    started = datetime.fromisoformat(row["started_at"])
    planned = row["planned_duration_s"]
    longest = timedelta(seconds=(planned or 0) + station.config.amplifier.pre_roll_s)
    if station.clock() > started + longest + STALE_AFTER:
        return None
    return OnAir(
        seq=row["seq"],
        titles=tuple(item["title"] for item in json.loads(row["items"])),
        slot=row["slot"],
        trigger=row["trigger"],
        started_at=started,
        planned_s=planned,
    )


def speech_used(station: Station) -> str:
    """Which voice the last airing with speech used, in words, and why when it was not the
    station's first choice (the offline voice because Google's could not be reached)."""
    row = station.db.execute(
        "SELECT engines FROM airings WHERE engines != '' AND engines IS NOT NULL "
        "ORDER BY seq DESC LIMIT 1"
    ).fetchone()
    if row is None:
        return _("no airing with speech yet")
    used = set(row[0].split(","))
    first = station.config.speech.engines[0] if station.config.speech.engines else None
    if used == {"gtts"}:
        return _("Google's voice (online)")
    if "gtts" in used:
        return _("Google's voice, and the offline voice for part of it because Google's voice "
                 "could not be reached")  # fmt: skip
    if first == "gtts":
        return _("offline voice (espeak-ng) used because Google's voice could not be reached")
    return _("offline voice (espeak-ng), as the station's settings ask")
