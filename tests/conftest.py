"""Shared fixtures: a real station on disk, real ffmpeg and espeak-ng, the CLI driven in-process."""

from __future__ import annotations

import re
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from cli import cli

FIXED_QUIET = "none"


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
