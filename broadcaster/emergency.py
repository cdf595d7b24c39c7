"""Emergencies from the command line or the console: handed to the running daemon, or aired
here and now when no daemon runs. Either way the request is in the store first, so a daemon
that is starting, or one that stops just then, still airs it while it is valid."""

from __future__ import annotations

import os
import signal
from dataclasses import dataclass
from pathlib import Path

from common.free_text import STOP_REASON, tidy_note
from common.i18n import _

from .airing import Airing, air, emergency_ended_by, preemptible
from .airing_log import AiringStatus, Occasion, Trigger
from .clock import utc_iso
from .daemon_lock import running_daemon
from .station import Station, StationError


@dataclass(frozen=True)
class Sent:
    announcement_id: str
    daemon_pid: int | None
    """The daemon that took it; None when it was aired here."""
    airing: Airing | None
    """The airing that ended it when no daemon took it (aired here, or by a process that
    took it first); None when the daemon took it."""


def send(station: Station, by: str, text: str | None, audio: Path | None, sink: str | None) -> Sent:
    """Record the emergency, then wake the daemon, or air it now through `sink`: an airing
    in progress in another process is asked to stop, and this waits for it."""
    number, announcement_id = station.create_emergency(by, text, audio)
    pid = running_daemon(station.root)
    if pid:
        try:
            os.kill(pid, signal.SIGUSR1)
            return Sent(announcement_id, pid, None)
        except ProcessLookupError:
            pass  # it stopped just now: air it here
    out = station.sink(sink, Path.cwd())
    with preemptible() as here:
        while True:  # cut by a newer emergency: it airs again after that one, while valid
            airing = air(station, [announcement_id], out, interruption=here.fresh(),
                         occasion=Occasion(Trigger.EMERGENCY, emergency=number),
                         wait_for_lock=True)  # fmt: skip
            if airing is not None and airing.status is not AiringStatus.PREEMPTED:
                return Sent(announcement_id, None, airing)
            # cut by a newer one (before or after its first sample): it is over only if
            # another process ended it meanwhile; otherwise it waits its turn and airs
            ended = emergency_ended_by(station, number)
            if ended is not None:
                return Sent(announcement_id, None, ended)


@dataclass(frozen=True)
class Stoppable:
    """An emergency the commune sent that is on air or waiting to air: it may stop it."""

    number: int
    title: str
    requested_at: str


def stoppable(station: Station) -> list[Stoppable]:
    """The commune's own emergencies not yet ended nor stopped, newest first (the office's
    are the office's to cancel)."""
    return [
        Stoppable(*row)
        for row in station.db.execute(
            "SELECT e.id, a.title, e.requested_at FROM emergencies e JOIN announcements a "
            "ON a.id = e.announcement_id WHERE e.airing_seq IS NULL AND e.stopped_at IS NULL "
            "AND e.upstream_message IS NULL ORDER BY e.id DESC"
        ).fetchall()
    ]


def stop(station: Station, number: int | None, by: str, reason: str | None) -> Stoppable:
    """Record that `by` stops the commune's emergency `number` (None: the newest it may
    stop). The process airing it cuts it within a second (airing.watching_stop), or never
    airs it if it waits; refused, changing nothing, when there is none to stop."""
    reason = tidy_note(reason, STOP_REASON, "reason") or None
    with station.db.conn:
        found = [s for s in stoppable(station) if number is None or s.number == number]
        if not found:
            raise StationError(
                _("No emergency of the commune is on air or waiting to air: there is nothing "
                  "to stop.") if number is None else
                _("Emergency {number} cannot be stopped: it has already ended, was stopped "
                  "before, or is the office's (only the office can cancel those).").format(
                    number=number)
            )  # fmt: skip
        station.db.execute(
            "UPDATE emergencies SET stopped_at = ?, stopped_by = ?, stop_reason = ? "
            "WHERE id = ? AND stopped_at IS NULL",
            [utc_iso(station.clock()), by, reason, found[0].number],
        )
    return found[0]
