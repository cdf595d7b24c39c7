"""A signal never hangs the process it comes to (CI32: a daemon stopped on a full disk did
not end within 20 s of SIGTERM). Python ran each handler in the main thread, between two of
its bytecodes; those were at moments inside a `threading.Event`'s own lock (its wait() and
clear() hold it), and a handler that set that Event waited there for itself for ever. Each
case here puts the main thread inside that lock when the signal comes, in a process of its
own (a hang is a timeout, not a frozen run)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ENGLISH, STOP_S

DAEMON = """
import os, signal, sys
from pathlib import Path
from broadcaster.daemon import Daemon
daemon = Daemon(Path(sys.argv[1]), "null")
event, sig = getattr(daemon, sys.argv[2]), signal.Signals[sys.argv[3]]
look = daemon._watch_disk
def holding():  # a step of the main thread's round, once
    daemon._watch_disk = look
    with event._cond:
        os.kill(os.getpid(), sig)
        print("signalled", flush=True)  # the handler used to run at this call
    os.kill(os.getpid(), signal.SIGTERM)
daemon._watch_disk = holding
daemon.run()
"""
"""`broadcaster run` on argv[1], its main thread sent argv[3] while it holds the lock of its
Event argv[2], then SIGTERM."""

PLAY = """
import os
from broadcaster.airing import PREEMPT_SIGNAL, preemptible
with preemptible() as here:
    cancelled = here.interruption.cancelled
    with cancelled._cond:  # as a sink's wait() holds it, many times a second
        os.kill(os.getpid(), PREEMPT_SIGNAL)
        print("signalled", flush=True)
    print("cut" if cancelled.wait(10) else "not cut")
"""
"""A process airing by itself (`play`): an emergency's PREEMPT_SIGNAL comes while its main
thread is in the airing's cancel Event's lock."""


def ended(code: str, *args: str) -> list[str]:
    """What `python -c code args` printed; it must end by itself within STOP_S."""
    process = subprocess.Popen([sys.executable, "-c", code, *args], stdout=subprocess.PIPE,
                               stderr=subprocess.STDOUT, text=True, env=ENGLISH)  # fmt: skip
    try:
        out, _ = process.communicate(timeout=STOP_S)
    finally:
        process.kill()
        process.wait()
    assert process.returncode == 0, out
    return out.splitlines()


@pytest.mark.parametrize(
    ("event", "sig"),
    [("_stopping", "SIGTERM"), ("_wake", "SIGTERM"), ("_wake", "SIGUSR1"), ("_wake", "SIGUSR2")],
)
def test_a_signal_that_comes_while_the_daemon_holds_an_event_s_lock_is_taken_and_it_stops(
    quick: Path, event: str, sig: str
) -> None:
    """SIGTERM (a stop), SIGUSR1 (`emergency` waking it), SIGUSR2 (an emergency waiting for
    the on-air lock elsewhere): each set `_stopping` or `_wake`, which the main thread waits
    on (`_wait_for_room`, `_serve`) and clears."""
    said = ended(DAEMON, str(quick), event, sig)
    assert "signalled" in said and said[-1] == "Station stopped (SIGTERM)", said


def test_an_emergency_s_signal_that_comes_while_a_play_holds_its_cancel_s_lock_cuts_it() -> None:
    """`play` and `emergency` with no daemon air on their main thread, waiting on the airing's
    cancel many times a second: the waiting emergency's signal cut it, or hung it holding the
    on-air lock (the emergency then waited for ever)."""
    assert ended(PLAY) == ["signalled", "cut"]
