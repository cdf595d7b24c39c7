"""Text-to-speech engines: each turns spoken text into an audio file, or raises EngineError.

Engines write to a temporary name and rename, so a failed or interrupted synthesis never
leaves a half-written file behind (gTTS `save()` leaves a 0-byte file on failure).
"""

from __future__ import annotations

import subprocess
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Protocol

from common.errors import BroadcasterError
from common.files import atomic_path, disk_full
from common.i18n import _

ESPEAK_VOICES = ("vi", "vi-vn-x-central", "vi-vn-x-south")


class EngineName(StrEnum):
    """The speech engines a station can use, as `[speech] engines` and the log name them."""

    GTTS = "gtts"
    """Google's voice (online)"""
    ESPEAK = "espeak"
    """espeak-ng (offline)"""


RETRYABLE_HTTP = frozenset({429, 500, 502, 503, 504})


class EngineError(BroadcasterError):
    """This engine could not speak this text; the next engine may."""


class Engine(Protocol):
    name: str
    suffix: str

    def voice_for(self, voice: str) -> str:
        """The engine's own voice name for a station voice (part of the cache key)."""
        ...

    def synthesize(self, text: str, voice: str, out: Path) -> None: ...


def _atomic_write(out: Path, write: Callable[[Path], None]) -> None:
    """A failed engine (gTTS `save()` leaves a 0-byte file) never leaves a file behind."""
    with atomic_path(out) as tmp:
        write(tmp)
        if not tmp.is_file() or tmp.stat().st_size == 0:
            if disk_full(out.parent):  # espeak-ng exits 0 with an empty file on a full disk
                raise EngineError(_("the engine produced no audio: the disk is full"))
            raise EngineError(_("the engine produced no audio"))


@dataclass
class EspeakEngine:
    """espeak-ng: offline, always there, robotic but intelligible."""

    name: str = EngineName.ESPEAK
    suffix: str = ".wav"

    def voice_for(self, voice: str) -> str:
        return voice if voice in ESPEAK_VOICES else "vi"

    def synthesize(self, text: str, voice: str, out: Path) -> None:
        def write(tmp: Path) -> None:
            try:
                done = subprocess.run(
                    ["espeak-ng", "-v", voice, "-b", "1", "-w", str(tmp), "--stdin"],
                    input=text.encode(),
                    capture_output=True,
                    check=False,
                )
            except FileNotFoundError as e:
                raise EngineError(_("espeak-ng is not installed")) from e
            if done.returncode != 0:
                raise EngineError(
                    _("espeak-ng failed: {reason}").format(reason=done.stderr.decode().strip())
                )

        _atomic_write(out, write)


@dataclass
class GttsEngine:
    """Google Translate TTS through gTTS: natural voice, needs the network.

    Always called with a timeout (gTTS waits forever by default); 429 and 5xx replies are
    retried with exponential backoff, anything else fails over to the next engine at once.
    """

    timeout_s: float = 10.0
    retries: int = 2
    backoff_s: float = 1.0
    sleep: Callable[[float], None] = field(default=time.sleep, repr=False)
    name: str = EngineName.GTTS
    suffix: str = ".mp3"

    def voice_for(self, voice: str) -> str:
        return "vi"

    def synthesize(self, text: str, voice: str, out: Path) -> None:
        from gtts import gTTS, gTTSError  # imported here: requests is slow to import

        for attempt in range(self.retries + 1):
            try:
                tts = gTTS(text, lang=voice, timeout=self.timeout_s, lang_check=False)

                def write(tmp: Path, tts: gTTS = tts) -> None:
                    with tmp.open("wb") as f:
                        tts.write_to_fp(f)

                _atomic_write(out, write)
                return
            except gTTSError as e:
                status = e.rsp.status_code if e.rsp is not None else None
                if status in RETRYABLE_HTTP and attempt < self.retries:
                    self.sleep(self.backoff_s * 2**attempt)
                    continue
                raise EngineError(e.msg) from e
