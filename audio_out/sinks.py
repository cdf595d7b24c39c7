"""Sinks: where a rendered program is played. One small interface, three kinds.

A sink either plays the program and says how much of it went out, or raises SinkError with
the reason; it never reports success for sound that did not play (ffplay's exit code 0 on a
missing sound card is the trap this avoids: the device sink uses aplay, which fails properly).
"""

from __future__ import annotations

import shutil
import subprocess
import threading
import time
import wave
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from common.errors import BroadcasterError
from common.files import OutputError, atomic_path

NULL_BLOCK_S = 0.05


class SinkError(BroadcasterError):
    """The sink could not play; the sentence says why."""


@dataclass(frozen=True)
class PlayResult:
    played_s: float
    complete: bool
    destination: str
    """Where the sound went, for the operator: a file path or a sound card."""


class Sink(Protocol):
    @property
    def description(self) -> str:
        """What the log records as the sink: 'null', 'device:hw:1', 'file:/path'."""
        ...

    def play(self, program: Path, label: str) -> PlayResult:
        """Play `program` (canonical WAV) to the end or until stop(); `label` names the airing."""
        ...

    def stop(self) -> None:
        """Cut playback short from another thread; play() then returns with complete=False."""
        ...


def wav_seconds(path: Path) -> float:
    with wave.open(str(path), "rb") as w:
        return w.getnframes() / w.getframerate()


@dataclass
class FileSink:
    """Writes each airing to its own WAV in `directory` (temp file + rename)."""

    directory: Path

    @property
    def description(self) -> str:
        return f"file:{self.directory}"

    def play(self, program: Path, label: str) -> PlayResult:
        target = self.directory / f"{label}.wav"
        try:
            self.directory.mkdir(parents=True, exist_ok=True)
            with atomic_path(target) as tmp:
                shutil.copyfile(program, tmp)
        except OutputError as e:
            raise SinkError(str(e)) from e
        except OSError as e:
            raise SinkError(f"cannot write the airing to {target}: {e.strerror or e}") from e
        return PlayResult(wav_seconds(target), True, str(target))

    def stop(self) -> None:
        """A file is written at once; there is nothing to cut short."""


@dataclass
class NullSink:
    """Reads the program at real-time pace and discards it: a silent stand-in for a sound card."""

    description: str = "null"
    on_first_sample: Callable[[], None] | None = field(default=None, repr=False)
    """Called as the first block of each program is taken (start-accuracy timing, tests)."""
    _stopped: threading.Event = field(default_factory=threading.Event, repr=False)

    def play(self, program: Path, label: str) -> PlayResult:
        self._stopped.clear()
        first = True
        with wave.open(str(program), "rb") as w:
            rate = w.getframerate()
            block = max(1, int(rate * NULL_BLOCK_S))
            started = time.monotonic()
            played_frames = 0
            while frames := w.readframes(block):
                if first and self.on_first_sample:
                    self.on_first_sample()
                first = False
                played_frames += len(frames) // (w.getsampwidth() * w.getnchannels())
                due = started + played_frames / rate
                if self._stopped.wait(max(0.0, due - time.monotonic())):
                    return PlayResult(time.monotonic() - started, False, "null")
        return PlayResult(played_frames / rate, True, "null")

    def stop(self) -> None:
        self._stopped.set()


def sound_cards() -> list[str]:
    """The ALSA cards `aplay -l` lists (it exits 0 and lists none when there is no card)."""
    try:
        done = subprocess.run(["aplay", "-l"], capture_output=True, text=True, check=False)
    except FileNotFoundError:
        return []
    return [line for line in done.stdout.splitlines() if line.startswith("card ")]


@dataclass
class DeviceSink:
    """The sound card, through aplay (which exits non-zero when it cannot play)."""

    device: str | None = None
    """ALSA device name (e.g. 'plughw:1,0'); None for the default."""
    _process: subprocess.Popen[bytes] | None = field(default=None, repr=False)
    _stopped: bool = field(default=False, repr=False)

    @property
    def description(self) -> str:
        return f"device:{self.device}" if self.device else "device"

    def command(self, program: Path) -> list[str]:
        device = ["-D", self.device] if self.device else []
        return ["aplay", "-q", *device, str(program)]

    def play(self, program: Path, label: str) -> PlayResult:
        if shutil.which("aplay") is None:
            raise SinkError("aplay is not installed (install the alsa-utils package)")
        if not sound_cards():
            raise SinkError("no sound card found; air with --sink file:DIR or --sink null instead")
        self._stopped = False
        started = time.monotonic()
        self._process = subprocess.Popen(
            self.command(program), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
        )
        _, stderr = self._process.communicate()
        played = time.monotonic() - started
        if self._stopped:
            return PlayResult(played, False, self.description)
        if self._process.returncode != 0:
            reason = stderr.decode(errors="replace").strip().splitlines()
            raise SinkError(
                f"the sound card refused to play: {reason[-1] if reason else 'aplay failed'}"
            )
        return PlayResult(played, True, self.description)

    def stop(self) -> None:
        self._stopped = True
        if self._process and self._process.poll() is None:
            self._process.terminate()


def make_sink(spec: str, base_dir: Path) -> Sink:
    """'device[:NAME]' | 'file:DIR' (relative to base_dir) | 'null'."""
    kind, _, arg = spec.partition(":")
    if kind == "null" and not arg:
        return NullSink()
    if kind == "device":
        return DeviceSink(arg or None)
    if kind == "file" and arg:
        return FileSink((base_dir / arg).resolve())
    raise SinkError(f"unknown sink '{spec}' (use device, device:NAME, file:DIR or null)")
