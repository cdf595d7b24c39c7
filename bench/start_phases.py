"""Benchmark: what an airing's start lateness consists of, step by step.

Runs the real daemon as bench/start_accuracy.py does (in this process, paced null sink, N
slots a few seconds apart) and notes the wall-clock moment each step of each scheduled airing
is reached on the playback worker, as milliseconds after the slot's second: the worker takes
the airing (its timer fires a second early, so this is negative), the second is reached and
the slot is planned again, the airing's checks and the on-air lock, the program (built
ahead: here only matched against the one rendered ahead), the row written (a committed
transaction: the disk's flush), the amplifier's power-on with its pre-roll (none here: it
is the station's own setting and is added whole), the sink called, its first sample.

    .venv/bin/python bench/start_phases.py [--slots N]
"""

from __future__ import annotations

import argparse
import os
import signal
import statistics
import tempfile
import threading
import time
from collections import defaultdict
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from start_accuracy import make_station

from audio_out.amplifier import AmplifierHooks
from audio_out.sinks import NullSink
from broadcaster import airing, runner
from broadcaster.daemon import Daemon
from broadcaster.station import Station

STEPS: tuple[tuple[Any, str, str, bool], ...] = (
    (Daemon, "_air_slot", "worker takes the airing", False),
    (runner.Runner, "air_planned", "second reached: plan again", False),
    (runner, "air", "slot still airs", False),
    (airing, "_air_locked", "checks, on-air lock", False),
    (Station, "build_program", "program matched", True),
    (airing, "open_airing", "row written", True),
    (AmplifierHooks, "power_on", "amplifier on (pre-roll)", True),
    (NullSink, "play", "sink called", False),
)
"""(owner, attribute, step, noted after the call rather than before)."""


def noting(marks: dict[str, list[float]]) -> None:
    """Wrap each step so that, on the playback worker, it notes when it is reached."""

    def wrapped(call: Callable[..., Any], step: str, after: bool) -> Callable[..., Any]:
        def note(*args: Any, **kwargs: Any) -> Any:
            if threading.current_thread().name != "playback":
                return call(*args, **kwargs)  # the same code preparing ahead: not timed
            if not after:
                marks[step].append(time.time())
            result = call(*args, **kwargs)
            if after:
                marks[step].append(time.time())
            return result

        return note

    for owner, name, step, after in STEPS:
        setattr(owner, name, wrapped(getattr(owner, name), step, after))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--slots", type=int, default=30)
    slots = parser.parse_args().slots
    marks: dict[str, list[float]] = defaultdict(list)
    noting(marks)
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "station"
        station = make_station(root, slots, first_in_s=6)

        def first_sample() -> None:
            marks["first sample"].append(time.time())
            if len(marks["first sample"]) == slots:
                threading.Timer(1.0, os.kill, [os.getpid(), signal.SIGTERM]).start()

        Daemon(root, sink=NullSink(on_first_sample=first_sample), say=lambda _l: None).run()
        scheduled = [
            datetime.fromisoformat(at).timestamp()
            for (at,) in station.db.execute("SELECT scheduled_at FROM airings ORDER BY seq")
        ]
    print(f"{'step reached, ms after the second':36}{'median':>9}{'max':>9}")
    for step in [s for _o, _n, s, _a in STEPS] + ["first sample"]:
        late = [(t - at) * 1000 for t, at in zip(marks[step], scheduled, strict=True)]
        print(f"{step:36}{statistics.median(late):9.1f}{max(late):9.1f}")


if __name__ == "__main__":
    main()
