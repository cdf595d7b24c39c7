"""Emergencies from the command line or the console: handed to the running daemon, or aired
here and now when no daemon runs. Either way the request is in the store first, so a daemon
that is starting, or one that stops just then, still airs it while it is valid."""

from __future__ import annotations

import os
import signal
from dataclasses import dataclass
from pathlib import Path

from .airing import Airing, air, emergency_ended_by, preemptible
from .airing_log import AiringStatus, Occasion, Trigger
from .daemon_lock import running_daemon
from .station import Station


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
