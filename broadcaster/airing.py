"""Airing a program: written `started` before the first sample, closed with one outcome after.

Only one airing is on air at a time: the runner holds an exclusive lock on the station's
`airing.lock` while it renders and plays. The kernel drops that lock when a process dies
(kill -9, power cut), so whoever takes it next knows any `started` row is an orphan and
closes it as `interrupted`.
"""

from __future__ import annotations

import fcntl
import json
import sqlite3
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from announcements.audio import AudioError
from announcements.speech import SpeechError
from audio_out.amplifier import AmplifierError
from audio_out.sinks import Sink, SinkError
from schedules.priority import Priority

from .clock import utc_iso
from .log_chain import seal
from .program import Program, render_program
from .station import Progress, Station, StationError

LOCK_NAME = "airing.lock"
ON_AIR = Path("programs") / "on-air.wav"
STOPPED_NOTE = "stopped before the end (Ctrl-C or a stop signal)"
INTERRUPTED_NOTE = "the station stopped during this airing (crash, kill or power cut)"


@dataclass(frozen=True)
class Airing:
    seq: int
    status: str
    duration_s: float | None
    destination: str | None
    error: str | None


@dataclass(frozen=True)
class Occasion:
    """Why an airing happens; it goes into the row."""

    trigger: str = "manual"
    """manual | schedule | emergency"""
    slot: str | None = None
    scheduled_at: datetime | None = None
    max_minutes: float | None = None


@dataclass
class Interruption:
    """Set by whoever stops the sink from another thread, so the row says why."""

    reason: str | None = None
    """preempted | interrupted"""
    note: str | None = None


@dataclass(frozen=True)
class Prepared:
    """A program rendered ahead of its slot."""

    program: Program
    path: Path
    sha256: str


def prepare(station: Station, rows: Sequence[dict[str, Any]], path: Path,
            on_progress: Progress | None = None) -> Prepared:  # fmt: skip
    """Synthesise and render a program to `path` (temp file + rename)."""
    return _render(station.build_program(rows, on_progress), path)


def _render(program: Program, path: Path) -> Prepared:
    path.parent.mkdir(exist_ok=True)
    return Prepared(program, path, render_program(program, path))


@contextmanager
def airing_lock(root: Path, wait: bool = False) -> Iterator[None]:
    """Hold the station's on-air lock; wait for it, or refuse at once if another airing has it."""
    with (root / LOCK_NAME).open("a+") as f:
        try:
            fcntl.flock(f, fcntl.LOCK_EX | (0 if wait else fcntl.LOCK_NB))
        except BlockingIOError:
            raise StationError(
                "another airing is on air at this station; try again after it"
            ) from None
        try:
            yield
        finally:
            fcntl.flock(f, fcntl.LOCK_UN)


def close_interrupted(station: Station) -> int:
    """Close rows left `started` by a process that died; call only while holding the lock."""
    found = station.clock().astimezone(station.config.zone)
    with station.db.conn:
        cursor = station.db.execute(
            "UPDATE airings SET status = 'interrupted', error = ? WHERE status = 'started'",
            [f"{INTERRUPTED_NOTE}; found at {found:%Y-%m-%d %H:%M:%S}"],
        )
        seal(station.db)
    return cursor.rowcount


def check_quiet_hours(station: Station, rows: Sequence[dict[str, Any]]) -> None:
    quiet = station.config.quiet_hours
    local = station.clock().astimezone(station.config.zone)
    if (
        quiet
        and quiet.contains(local.time())
        and any(row["priority"] != Priority.EMERGENCY for row in rows)
    ):
        raise StationError(
            f"it is quiet hours ({quiet.start:%H:%M}–{quiet.end:%H:%M}) at the station: "
            "only emergency announcements air now"
        )


def air(
    station: Station,
    ids: Sequence[str],
    sink: Sink,
    *,
    occasion: Occasion | None = None,
    prepared: Prepared | None = None,
    interruption: Interruption | None = None,
    wait_for_lock: bool = False,
    on_progress: Progress | None = None,
    on_air: Callable[[int, Program], None] | None = None,
) -> Airing:
    """Air the announcements now through `sink`; every call that gets past the checks
    leaves exactly one closed airing row."""
    rows = station.check_airable(ids, station.today())
    check_quiet_hours(station, rows)
    with airing_lock(station.root, wait=wait_for_lock):
        close_interrupted(station)
        record = _Row(station, sink, occasion or Occasion())
        try:
            program = station.build_program(rows, on_progress)
            if prepared is None or prepared.program != program or not prepared.path.exists():
                prepared = _render(program, station.root / ON_AIR)
        except (SpeechError, AudioError) as e:
            seq = record.open([_unrendered_entry(row) for row in rows], error=str(e))
            return Airing(seq, "failed", None, None, str(e))
        entries = [item.log_entry() for item in program.items]
        limit = record.occasion.max_minutes
        if limit is not None and program.duration_s > limit * 60:
            error = (f"the program lasts {program.duration_s / 60:.1f} min, longer than the "
                     f"slot's limit of {limit:g} min")  # fmt: skip
            seq = record.open(entries, program, prepared.sha256, error=error)
            return Airing(seq, "failed", None, None, error)

        seq = record.open(entries, program, prepared.sha256)
        local = station.clock().astimezone(station.config.zone)
        label = f"{local:%Y%m%d-%H%M%S}-{seq:06d}"
        amplifier = station.amplifier()
        started = time.monotonic()
        notes: list[str] = []
        status, played, destination = "failed", 0.0, None
        try:
            if on_air:
                on_air(seq, program)
            amplifier.power_on()
            started = time.monotonic()
            result = sink.play(prepared.path, label)
            played, destination = result.played_s, result.destination
            status = "aired" if result.complete else "partial"
            if not result.complete and interruption and interruption.reason:
                status = interruption.reason
                notes.append(interruption.note or "")
        except (SinkError, AmplifierError) as e:
            notes.append(str(e))
        except BaseException as e:  # a stop signal, Ctrl-C or a bug: close the row, then go on
            sink.stop()
            stopped = isinstance(e, KeyboardInterrupt | SystemExit)
            reason = STOPPED_NOTE if stopped else f"unexpected error: {e!r}"
            record.close(seq, "interrupted" if stopped else "failed", time.monotonic() - started,
                         reason)  # fmt: skip
            raise
        finally:
            try:
                amplifier.power_off()
            except AmplifierError as e:
                notes.append(str(e))
        note = "; ".join(n for n in notes if n) or None
        record.close(seq, status, played, note)
        return Airing(seq, status, played, destination, note)


def _unrendered_entry(row: dict[str, Any]) -> dict[str, Any]:
    keys = ("title", "campaign", "priority", "kind", "version")
    return {"announcement_id": row["id"], **{k: row[k] for k in keys}}


@dataclass
class _Row:
    """The airing's row: inserted `started` (or already closed), then closed once."""

    station: Station
    sink: Sink
    occasion: Occasion

    def open(
        self,
        entries: list[dict[str, Any]],
        program: Program | None = None,
        sha: str | None = None,
        error: str | None = None,
    ) -> int:
        station, occasion = self.station, self.occasion
        now = station.clock()
        closed = error is not None
        late = (now - occasion.scheduled_at).total_seconds() if occasion.scheduled_at else None
        with station.db.conn:
            seq = station.db.execute("SELECT COALESCE(MAX(seq), 0) + 1 FROM airings").fetchone()[0]
            try:
                station.db.table("airings").insert(
                    {
                        "seq": seq,
                        "slot": occasion.slot,
                        "trigger": occasion.trigger,
                        "scheduled_at": utc_iso(occasion.scheduled_at)
                        if occasion.scheduled_at
                        else None,
                        "late_s": round(late, 3) if late is not None else None,
                        "started_at": utc_iso(now),
                        "ended_at": utc_iso(now) if closed else None,
                        "status": "failed" if closed else "started",
                        "items": json.dumps(entries, ensure_ascii=False),
                        "engines": ",".join(program.engines if program else ()),
                        "planned_duration_s": round(program.duration_s, 3) if program else None,
                        "duration_s": 0.0 if closed else None,
                        "program_sha256": sha,
                        "sink": self.sink.description,
                        "error": error,
                    }
                )
            except sqlite3.IntegrityError:
                raise StationError(
                    f"slot '{occasion.slot}' at {occasion.scheduled_at} already has its airing"
                ) from None
            if closed:
                seal(station.db)
        return seq

    def close(self, seq: int, status: str, played_s: float, error: str | None) -> None:
        with self.station.db.conn:
            self.station.db.execute(
                "UPDATE airings SET status = ?, ended_at = ?, duration_s = ?, error = ? "
                "WHERE seq = ? AND status = 'started'",
                [status, utc_iso(self.station.clock()), round(played_s, 3), error, seq],
            )
            seal(self.station.db)
