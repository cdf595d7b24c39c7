"""Benchmark: how close to its scheduled second does an airing start, and how much memory.

Runs the real daemon (in this process, on the paced null sink) over N slots a few seconds
apart, records the wall-clock moment the sink takes each program's first sample, and prints
median and max lateness, idle and with both cores kept busy. Then runs `broadcaster run` as
a process and reads its resident memory idle and after airing.

    .venv/bin/python bench/start_accuracy.py [--slots N]
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from contextlib import AbstractContextManager, nullcontext
from datetime import datetime, timedelta
from multiprocessing.synchronize import Event
from pathlib import Path

from announcements.audio import tool_path
from audio_out.sinks import NullSink
from broadcaster.daemon import Daemon
from broadcaster.station import Station

SPACING_S = 2
TONE_S = 0.5


def make_station(root: Path, slots: int, first_in_s: float) -> Station:
    cli = [sys.executable, "-m", "cli", "--station", str(root)]
    subprocess.run([*cli, "init", "--quiet-hours", "none"], check=True, stdout=subprocess.DEVNULL)
    station = Station.open(root)
    tone = root / "tone.wav"
    sine = f"sine=frequency=440:duration={TONE_S}"
    subprocess.run(
        ["ffmpeg", "-loglevel", "error", "-f", "lavfi", "-i", sine, "-y", tool_path(tone)],
        check=True,
    )
    for role in ("intro", "outro"):
        station.remove_jingle(role)
    config = root / "station.toml"
    text = config.read_text("utf-8").replace("gap_s = 1.0", "gap_s = 0.0")
    config.write_text(text.replace("auto_approve_local = false", "auto_approve_local = true"))
    subprocess.run([*cli, "announce", "add", str(tone)], check=True, stdout=subprocess.DEVNULL)
    zone = station.config.zone
    start = datetime.now(zone) + timedelta(seconds=first_in_s)
    schedule = root / "slots.toml"
    schedule.write_text("".join(
        f'[[slot]]\nname = "s{n:03d}"\nannounce = ["tone"]\n'
        f'at = "{(start + timedelta(seconds=n * SPACING_S)):%H:%M:%S}"\n\n'
        for n in range(slots)
    ))  # fmt: skip
    subprocess.run([*cli, "schedule", "import", str(schedule)], check=True,
                   stdout=subprocess.DEVNULL)  # fmt: skip
    return Station.open(root)


def lateness(
    slots: int,
    first_in_s: float = 6,
    load: Callable[[Path], AbstractContextManager[object]] | None = None,
) -> list[float]:
    """Seconds from each scheduled second to the first sample, for `slots` airings (while
    `load(station folder)` runs, when given: it must be ready within `first_in_s`)."""
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "station"
        station = make_station(root, slots, first_in_s=first_in_s)
        firsts: list[float] = []

        def first_sample() -> None:
            firsts.append(time.time())
            if len(firsts) == slots:
                threading.Timer(TONE_S + 0.5, os.kill, [os.getpid(), signal.SIGTERM]).start()

        with load(root) if load else nullcontext():
            Daemon(root, sink=NullSink(on_first_sample=first_sample), say=lambda _l: None).run()
        scheduled = [
            datetime.fromisoformat(at).timestamp()
            for (at,) in station.db.execute("SELECT scheduled_at FROM airings ORDER BY seq")
        ]
        return [first - at for first, at in zip(firsts, scheduled, strict=True)]


def spin(stop: Event) -> None:
    while not stop.is_set():
        sum(range(10_000))


def rss_mb(pid: int, field: str) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1]) / 1024
    raise KeyError(field)


def daemon_memory() -> tuple[float, float]:
    """Resident memory of `broadcaster run`: idle after start, and its peak after airing."""
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "station"
        make_station(root, slots=3, first_in_s=8)
        process = subprocess.Popen(
            [sys.executable, "-m", "cli", "--station", str(root), "run", "--sink", "null"],
            stdout=subprocess.PIPE, text=True, env={**os.environ, "PYTHONUNBUFFERED": "1"},
        )  # fmt: skip
        assert process.stdout
        lines = iter(process.stdout)
        next(line for line in lines if "airings go to" in line or "các lượt phát" in line)
        idle = rss_mb(process.pid, "VmRSS")
        aired = 0
        for line in lines:
            aired += " aired" in line
            if aired == 3:
                break
        peak = rss_mb(process.pid, "VmHWM")
        process.send_signal(signal.SIGTERM)
        process.wait()
        return idle, peak


def report(name: str, late: list[float]) -> None:
    ms = sorted(x * 1000 for x in late)
    print(
        f"{name:28}{statistics.median(ms):9.1f}{max(ms):9.1f}{min(ms):9.1f}   ({len(ms)} airings)"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--slots", type=int, default=30)
    slots = parser.parse_args().slots
    print(f"{'first sample − scheduled':28}{'median':>9}{'max':>9}{'min':>9}  ms")
    report("idle", lateness(slots))
    stop = multiprocessing.Event()
    burners = [
        multiprocessing.Process(target=spin, args=(stop,)) for _ in range(os.cpu_count() or 2)
    ]
    for burner in burners:
        burner.start()
    try:
        report(f"{len(burners)} cores busy", lateness(slots))
    finally:
        stop.set()
        for burner in burners:
            burner.join()
    idle, peak = daemon_memory()
    print(f"daemon resident memory: idle {idle:.0f} MB, peak after airing {peak:.0f} MB")


if __name__ == "__main__":
    main()
