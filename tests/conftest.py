"""Shared fixtures: a real station on disk, real ffmpeg and espeak-ng, the CLI driven
in-process, and the real daemon (`broadcaster run` on the null sink) in a subprocess."""

from __future__ import annotations

import json
import os
import queue
import re
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from click.testing import CliRunner, Result

from cli import cli

FIXED_QUIET = "none"
HCM = ZoneInfo("Asia/Ho_Chi_Minh")


def ebur128(path: Path) -> tuple[float, float]:
    """Integrated loudness (LUFS) and true peak (dBTP) measured by ffmpeg, independently."""
    done = subprocess.run(
        [
            "ffmpeg",
            "-hide_banner",
            "-nostats",
            "-i",
            str(path),
            "-af",
            "ebur128=peak=true:framelog=verbose",
            "-f",
            "null",
            "-",
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    integrated = re.findall(r"I:\s+(-?[\d.]+) LUFS", done.stderr)[-1]
    peak = re.findall(r"Peak:\s+(-?[\d.]+|-inf) dBFS", done.stderr)[-1]
    return float(integrated), float(peak)


def probe(path: Path) -> dict[str, str]:
    """ffprobe's view of the first audio stream plus the duration."""
    done = subprocess.run(
        [
            "ffprobe",
            "-v",
            "error",
            "-select_streams",
            "a:0",
            "-show_entries",
            "stream=sample_rate,channels,codec_name:format=duration",
            "-of",
            "default=nw=1",
            str(path),
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    return dict(line.split("=", 1) for line in done.stdout.split())


def make_tone(path: Path, seconds: float = 2.0, freq: int = 440, volume_db: float = -20) -> Path:
    """A real audio file of any format ffmpeg writes (chosen by the suffix)."""
    subprocess.run(
        [
            "ffmpeg",
            "-hide_banner",
            "-loglevel",
            "error",
            "-f",
            "lavfi",
            "-i",
            f"sine=frequency={freq}:duration={seconds}:sample_rate=44100",
            "-af",
            f"volume={volume_db}dB",
            "-ac",
            "2",
            "-y",
            str(path),
        ],
        check=True,
    )
    return path


def write_script(folder: Path, name: str, body: str, **front: object) -> Path:
    lines = [f"{k}: {v}" for k, v in front.items()]
    text = ("---\n" + "\n".join(lines) + "\n---\n" if front else "") + body
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def set_config(station: Path, key: str, value: str) -> None:
    """Change one `key = value` line of station.toml, as an operator would."""
    config = station / "station.toml"
    text, n = re.subn(rf"(?m)^{key} = .*$", f"{key} = {value}", config.read_text("utf-8"))
    assert n == 1, key
    config.write_text(text, encoding="utf-8")


def query(station: Path, sql: str, params: tuple = ()) -> list[tuple]:
    """Read the store directly, as an auditor with sqlite3 would."""
    with sqlite3.connect(station / "station.db") as conn:
        return conn.execute(sql, params).fetchall()


def store_dump(station: Path) -> str:
    """The whole store as SQL text, to show a refused command changed nothing."""
    with sqlite3.connect(station / "station.db") as conn:
        return "\n".join(conn.iterdump())


Run = Callable[..., Result]


def broadcaster(station: Path, *args: str) -> subprocess.Popen[str]:
    """A broadcaster command in its own process (for what runs side by side or is killed)."""
    return subprocess.Popen(
        [sys.executable, "-m", "cli", "--station", str(station), *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


@pytest.fixture
def run(tmp_path: Path) -> Run:
    """Run a broadcaster command on the test station; asserts the exit code it is told."""
    runner = CliRunner(mix_stderr=False)

    def invoke(*args: str, code: int = 0) -> Result:
        result = runner.invoke(cli, ["--station", str(tmp_path / "station"), *args])
        if result.exit_code != code:
            raise AssertionError(
                f"exit {result.exit_code} (wanted {code})\nstdout: {result.stdout}\n"
                f"stderr: {result.stderr}\n{result.exception!r}"
            )
        return result

    return invoke


@pytest.fixture
def station(tmp_path: Path, run: Run) -> Path:
    """A fresh station speaking with espeak-ng only (no network), without quiet hours,
    approving what is added (approval has its own tests)."""
    run("init", "--name", "Đài truyền thanh xã Tân Lập", "--quiet-hours", FIXED_QUIET)
    root = tmp_path / "station"
    set_config(root, "engines", '["espeak"]')
    set_config(root, "gtts_backoff_s", "0.01")
    set_config(root, "auto_approve_local", "true")
    return root


@pytest.fixture
def scripts(tmp_path: Path) -> Path:
    folder = tmp_path / "scripts"
    folder.mkdir()
    return folder


class Daemon:
    """`broadcaster run` in a subprocess, its output read line by line."""

    def __init__(self, station: Path) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-m", "cli", "--station", str(station), "run", "--sink", "null"],
            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
            env={**os.environ, "PYTHONUNBUFFERED": "1"},
        )  # fmt: skip
        self.lines: queue.Queue[str] = queue.Queue()
        self.seen: list[str] = []
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        assert self.process.stdout
        for line in self.process.stdout:
            self.lines.put(line.rstrip("\n"))
        self.lines.put("<exit>")

    def expect(self, pattern: str, timeout: float = 30) -> re.Match[str]:
        """Wait for an output line matching `pattern`."""
        deadline = time.monotonic() + timeout
        while (left := deadline - time.monotonic()) > 0:
            try:
                line = self.lines.get(timeout=left)
            except queue.Empty:
                break
            self.seen.append(line)
            if match := re.search(pattern, line):
                return match
            if line == "<exit>":
                break
        raise AssertionError(f"no line matching {pattern!r}; output:\n" + "\n".join(self.seen))

    def stop(self, sig: int = signal.SIGTERM) -> int:
        self.process.send_signal(sig)
        return self.process.wait(20)

    def output(self) -> list[str]:
        """Every line it printed (call after it ended)."""
        while (line := self.lines.get(timeout=10)) != "<exit>":
            self.seen.append(line)
        return self.seen


@pytest.fixture
def start_daemon() -> Iterator[Callable[[Path], Daemon]]:
    """Start `broadcaster run` on a station; whatever is still running is killed after."""
    started: list[Daemon] = []

    def start(station: Path) -> Daemon:
        started.append(Daemon(station))
        return started[-1]

    yield start
    for daemon in started:
        if daemon.process.poll() is None:
            daemon.process.kill()
            daemon.process.wait()


def clock_in(seconds: float) -> str:
    return (datetime.now(HCM) + timedelta(seconds=seconds)).strftime("%H:%M:%S")


@pytest.fixture
def quick(station: Path, scripts: Path, run: Run) -> Path:
    """A station whose programs are short recordings with no jingles and no gaps."""
    run("jingle", "remove", "intro")
    run("jingle", "remove", "outro")
    set_config(station, "gap_s", "0.0")
    for name, seconds in (("ngan", 0.6), ("dai", 20)):
        run("announce", "add", str(make_tone(scripts / f"{name}.wav", seconds=seconds)))
    return station


def airings(station: Path) -> list[dict]:
    result = CliRunner().invoke(cli, ["--station", str(station), "log", "list", "--json"])
    return json.loads(result.output)
