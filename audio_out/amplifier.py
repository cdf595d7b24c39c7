"""Amplifier power hooks: a command before airing (then a pre-roll wait) and one after."""

from __future__ import annotations

import subprocess
import threading
from dataclasses import dataclass

from common.errors import BroadcasterError

HOOK_TIMEOUT_S = 30


class AmplifierError(BroadcasterError):
    """A hook command failed; the sentence says which and why."""


@dataclass(frozen=True)
class AmplifierHooks:
    before: str = ""
    pre_roll_s: float = 0.0
    after: str = ""

    def power_on(self, cancelled: threading.Event | None = None) -> None:
        """Run the 'before' command, then wait the pre-roll so the amplifier is warm."""
        if self.before:
            _run("before", self.before)
        if self.pre_roll_s > 0:
            (cancelled or threading.Event()).wait(self.pre_roll_s)

    def power_off(self) -> None:
        if self.after:
            _run("after", self.after)


def _run(which: str, command: str) -> None:
    try:
        done = subprocess.run(
            command, shell=True, capture_output=True, text=True, timeout=HOOK_TIMEOUT_S, check=False
        )
    except subprocess.TimeoutExpired as e:
        raise AmplifierError(f"amplifier '{which}' command took over {HOOK_TIMEOUT_S} s") from e
    if done.returncode != 0:
        detail = done.stderr.strip().splitlines()
        raise AmplifierError(
            f"amplifier '{which}' command exited {done.returncode}"
            + (f": {detail[-1]}" if detail else "")
        )
