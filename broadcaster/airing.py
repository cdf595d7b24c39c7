"""Airing a program: written `started` before the first sample, closed with one outcome after.

Only one airing is on air at a time: the runner holds an exclusive lock on the station's
`airing.lock` while it renders and plays. The kernel drops that lock when a process dies
(kill -9, power cut), so whoever takes it next knows any `started` row is an orphan and
closes it as `interrupted`.
"""

from __future__ import annotations

import fcntl
import json
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from announcements.audio import AudioError
from announcements.speech import SpeechError
from audio_out.amplifier import AmplifierError
from audio_out.sinks import Sink, SinkError
from schedules.priority import Priority

from .clock import utc_iso
from .program import Program, render_program
from .station import Progress, Station, StationError

LOCK_NAME = "airing.lock"
STOPPED_NOTE = "stopped before the end (Ctrl-C or a stop signal)"
INTERRUPTED_NOTE = "the station stopped during this airing (crash, kill or power cut)"


@dataclass(frozen=True)
class Airing:
    seq: int
    status: str
    duration_s: float | None
    destination: str | None
    error: str | None


@contextmanager
def airing_lock(root: Path) -> Iterator[None]:
    """Hold the station's on-air lock, or refuse at once if another airing has it."""
    with (root / LOCK_NAME).open("a+") as f:
        try:
            fcntl.flock(f, fcntl.LOCK_EX | fcntl.LOCK_NB)
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
    on_progress: Progress | None = None,
    on_air: Callable[[int, Program], None] | None = None,
) -> Airing:
    """Air the announcements now through `sink`; every call that gets past the checks
    leaves exactly one closed airing row."""
    rows = station.check_airable(ids, station.today())
    check_quiet_hours(station, rows)
    with airing_lock(station.root):
        close_interrupted(station)
        try:
            program = station.build_program(rows, on_progress)
            programs = station.root / "programs"
            programs.mkdir(exist_ok=True)
            program_file = programs / "on-air.wav"
            sha = render_program(program, program_file)
        except (SpeechError, AudioError) as e:
            entries = [_unrendered_entry(row) for row in rows]
            seq = _open_row(station, sink, entries, [], None, None, status="failed", error=str(e))
            return Airing(seq, "failed", None, None, str(e))

        entries = [item.log_entry() for item in program.items]
        seq = _open_row(station, sink, entries, program.engines, program.duration_s, sha)
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
            result = sink.play(program_file, label)
            status = "aired" if result.complete else "partial"
            played, destination = result.played_s, result.destination
        except (SinkError, AmplifierError) as e:
            notes.append(str(e))
        except (KeyboardInterrupt, SystemExit):
            sink.stop()
            _close_row(station, seq, "interrupted", time.monotonic() - started, STOPPED_NOTE)
            raise
        finally:
            try:
                amplifier.power_off()
            except AmplifierError as e:
                notes.append(str(e))
        error = "; ".join(notes) or None
        _close_row(station, seq, status, played, error)
        return Airing(seq, status, played, destination, error)


def _unrendered_entry(row: dict[str, Any]) -> dict[str, Any]:
    keys = ("title", "campaign", "priority", "kind", "version")
    return {"announcement_id": row["id"], **{k: row[k] for k in keys}}


def _open_row(
    station: Station,
    sink: Sink,
    entries: list[dict[str, Any]],
    engines: Sequence[str],
    planned_s: float | None,
    sha: str | None,
    status: str = "started",
    error: str | None = None,
) -> int:
    now = utc_iso(station.clock())
    with station.db.conn:
        seq = station.db.execute("SELECT COALESCE(MAX(seq), 0) + 1 FROM airings").fetchone()[0]
        station.db["airings"].insert(
            {
                "seq": seq,
                "slot": None,
                "trigger": "manual",
                "scheduled_at": None,
                "started_at": now,
                "ended_at": now if status != "started" else None,
                "status": status,
                "items": json.dumps(entries, ensure_ascii=False),
                "engines": ",".join(engines),
                "planned_duration_s": round(planned_s, 3) if planned_s is not None else None,
                "duration_s": 0.0 if status != "started" else None,
                "program_sha256": sha,
                "sink": sink.description,
                "error": error,
            }
        )
    return seq


def _close_row(station: Station, seq: int, status: str, played_s: float, error: str | None) -> None:
    with station.db.conn:
        station.db.execute(
            "UPDATE airings SET status = ?, ended_at = ?, duration_s = ?, error = ? "
            "WHERE seq = ? AND status = 'started'",
            [status, utc_iso(station.clock()), round(played_s, 3), error, seq],
        )
