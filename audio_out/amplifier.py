"""Amplifier power hooks: a command before airing (then a pre-roll wait) and one after.

A command is an argument list run without a shell, so nothing in it is interpreted; a
station that wants pipes or redirections says so (`shell = true`: the settings then hold
["/bin/sh", "-c", LINE]). Hooks whose settings other users could have changed do not run:
`refused` says why, and airing then fails with that sentence.
"""

from __future__ import annotations

import subprocess
import threading
from dataclasses import dataclass

from common.errors import BroadcasterError
from common.files import describe_os_error
from common.i18n import N_, _

HOOK_TIMEOUT_S = 30


class AmplifierError(BroadcasterError):
    """A hook command failed or was refused; the sentence says which and why."""


TOOK_TOO_LONG = N_("amplifier '{which}' command took over {seconds} s")
CANNOT_START = N_("amplifier '{which}' command cannot start: {program}: {reason}")
EXITED_SAYING = N_("amplifier '{which}' command exited {code}: {detail}")
EXITED = N_("amplifier '{which}' command exited {code}")
AMPLIFIER_FAULTS = (TOOK_TOO_LONG, CANNOT_START, EXITED_SAYING, EXITED)
"""The amplifier's faults: an airing that failed so reached no loudspeaker."""


@dataclass(frozen=True)
class AmplifierHooks:
    before: tuple[str, ...] = ()
    pre_roll_s: float = 0.0
    after: tuple[str, ...] = ()
    refused: str | None = None
    """Why the commands must not run (settings writable by others), or None."""

    def power_on(self, cancelled: threading.Event | None = None) -> None:
        """Run the 'before' command, then wait the pre-roll so the amplifier is warm."""
        if self.refused and (self.before or self.after):
            raise AmplifierError(self.refused)
        if self.before:
            _run("before", self.before)
        if self.pre_roll_s > 0:
            (cancelled or threading.Event()).wait(self.pre_roll_s)

    def power_off(self) -> None:
        if self.after and not self.refused:
            _run("after", self.after)


def _run(which: str, command: tuple[str, ...]) -> None:
    try:
        done = subprocess.run(
            list(command),
            capture_output=True,
            text=True,
            errors="replace",
            timeout=HOOK_TIMEOUT_S,
            check=False,
        )
    except subprocess.TimeoutExpired as e:
        raise AmplifierError(_(TOOK_TOO_LONG).format(which=which, seconds=HOOK_TIMEOUT_S)) from e
    except OSError as e:
        raise AmplifierError(
            _(CANNOT_START).format(which=which, program=command[0], reason=describe_os_error(e))
        ) from e
    if done.returncode != 0:
        lines = done.stderr.strip().splitlines()
        message = _(EXITED_SAYING) if lines else _(EXITED)
        raise AmplifierError(
            message.format(which=which, code=done.returncode, detail=lines[-1] if lines else "")
        )
