"""Scheduled airings: what is due, what was missed, and airing a planned slot.

Everything here reads the time from the station's clock, so a test can run a week of
airings, power cuts included, in seconds. The daemon only decides *when* to call it.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from audio_out.sinks import Sink
from schedules.rundown import PlannedAiring

from .airing import Airing, Interruption, Occasion, Prepared, air
from .clock import utc_iso
from .log_chain import seal
from .program import Program
from .schedule import plan, slots
from .station import Station, StationError

WATERMARK = "settled_until"
"""Meta key: every planned airing before this instant has its row."""


@dataclass
class Runner:
    station: Station
    sink: Sink

    @property
    def grace(self) -> timedelta:
        return timedelta(minutes=self.station.config.schedule.grace_minutes)

    def _watermark(self) -> datetime | None:
        row = self.station.db.execute(
            "SELECT value FROM meta WHERE key = ?", [WATERMARK]
        ).fetchone()
        if row:
            return datetime.fromisoformat(row[0])
        created = [s.created_at for s in slots(self.station, include_removed=True)]
        return min(created) if created else None

    def recorded(self, since: datetime) -> set[tuple[str, str]]:
        return {
            (slot, at)
            for slot, at in self.station.db.execute(
                "SELECT slot, scheduled_at FROM airings "
                "WHERE slot IS NOT NULL AND scheduled_at >= ?",
                [utc_iso(since)],
            )
        }

    def settle(self) -> list[PlannedAiring]:
        """Log as `missed` every planned airing now past the grace period without a row;
        return those that are late but still within it, oldest first."""
        now = self.station.clock()
        since = self._watermark()
        if since is None:
            return []
        planned = plan(self.station, since, now, include_removed=True)
        recorded = self.recorded(since)
        late: list[PlannedAiring] = []
        missed: list[PlannedAiring] = []
        for p in planned:
            if (p.slot, utc_iso(p.at)) in recorded:
                continue
            (missed if now - p.at > self.grace else late).append(p)
        note = (
            f"not aired: the station was off or busy until "
            f"{now.astimezone(self.station.config.zone):%Y-%m-%d %H:%M} "
            f"(grace {self.grace.total_seconds() / 60:g} min)"
        )
        with self.station.db.conn:
            for p in missed:
                self._log_missed(p, note)
            self.station.db.table("meta").insert(
                {"key": WATERMARK, "value": utc_iso(max(since, now - self.grace))},
                pk="key",
                replace=True,
            )
        return late

    def _log_missed(self, planned: PlannedAiring, note: str) -> None:
        entries = []
        for announcement_id in planned.announcement_ids:
            row = self.station.announcement(announcement_id)
            entries.append(
                {"announcement_id": row["id"], "version": row["version"], "title": row["title"],
                 "campaign": row["campaign"], "priority": row["priority"], "kind": row["kind"]}
            )  # fmt: skip
        with self.station.db.conn:
            seq = self.station.db.execute(
                "SELECT COALESCE(MAX(seq), 0) + 1 FROM airings"
            ).fetchone()[0]
            self.station.db.table("airings").insert(
                {
                    "seq": seq,
                    "slot": planned.slot,
                    "trigger": "schedule",
                    "scheduled_at": utc_iso(planned.at),
                    "late_s": None,
                    "started_at": utc_iso(planned.at),
                    "ended_at": None,
                    "status": "missed",
                    "items": json.dumps(entries, ensure_ascii=False),
                    "engines": "",
                    "planned_duration_s": None,
                    "duration_s": 0.0,
                    "program_sha256": None,
                    "sink": self.sink.description,
                    "error": note,
                }
            )
            seal(self.station.db)

    def upcoming(self, horizon: timedelta) -> list[PlannedAiring]:
        now = self.station.clock()
        return plan(self.station, now, now + horizon)

    def air_planned(
        self,
        planned: PlannedAiring,
        prepared: Prepared | None = None,
        interruption: Interruption | None = None,
        on_air: Callable[[int, Program], None] | None = None,
    ) -> Airing | None:
        """Air a planned slot as the store has it now; None if it no longer airs or already
        has its row. A late airing that cannot air (quiet hours, content withdrawn) is
        logged as missed with the reason."""
        current = {
            p.key: p
            for p in plan(
                self.station, planned.at, planned.at + timedelta(seconds=1), include_removed=True
            )
        }.get(planned.key)
        if current is None or (planned.slot, utc_iso(planned.at)) in self.recorded(planned.at):
            return None
        occasion = Occasion("schedule", current.slot, current.at, current.max_minutes)
        try:
            return air(
                self.station,
                current.announcement_ids,
                self.sink,
                occasion=occasion,
                prepared=prepared,
                interruption=interruption,
                wait_for_lock=True,
                on_air=on_air,
            )
        except StationError as e:
            if (planned.slot, utc_iso(planned.at)) not in self.recorded(planned.at):
                self._log_missed(current, f"not aired: {e}")
            return None
