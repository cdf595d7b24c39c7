"""Programs: the plan (typed values from a pure function) and its rendering to one WAV.

intro → gap → item (→ gap → bridge → gap → item again, `repeat` times) → gap → … → outro.
Every asset is already in the station's one format and measured, so rendering streams frames
with a per-asset gain: no decoding, no whole program in memory.
"""

from __future__ import annotations

import wave
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from announcements.audio import (
    CHANNELS,
    SAMPLE_RATE,
    SAMPLE_WIDTH,
    Asset,
    LoudnessTarget,
    file_sha256,
)
from common.files import atomic_path

CHUNK_FRAMES = 1 << 16
UNITY_GAIN_DB = 0.05
"""Gains smaller than this are inaudible; such assets are copied bit for bit."""


@dataclass(frozen=True)
class ProgramItem:
    """One announcement as it will air."""

    announcement_id: str
    version: int
    title: str
    campaign: str | None
    priority: str
    kind: str
    readings: int
    audio: Asset
    engine: str | None
    """Speech engine that made the audio; None for a recording."""
    voice: str | None
    approved_by: str | None = None
    upstream_version: int | None = None
    """The upstream office's version, for announcements it published."""
    campaign_title: str | None = None
    """The campaign's own title, as its announcements name it (reports show it)."""

    def log_entry(self) -> dict[str, object]:
        return {
            "announcement_id": self.announcement_id,
            "version": self.version,
            "title": self.title,
            "campaign": self.campaign,
            "campaign_title": self.campaign_title,
            "priority": self.priority,
            "kind": self.kind,
            "engine": self.engine,
            "voice": self.voice,
            "readings": self.readings,
            "approved_by": self.approved_by,
            "upstream_version": self.upstream_version,
            "duration_s": round(self.audio.duration_s * self.readings, 3),
            "audio_sha256": self.audio.sha256,
        }


@dataclass(frozen=True)
class Segment:
    role: str
    """intro | item | bridge | outro | gap"""
    duration_s: float
    asset: Asset | None = None
    """None for silence."""
    gain_db: float = 0.0
    announcement_id: str | None = None
    reading: int | None = None


@dataclass(frozen=True)
class Program:
    items: tuple[ProgramItem, ...]
    segments: tuple[Segment, ...]
    engines: tuple[str, ...]
    """Every speech engine heard in the program, bridge included."""

    @property
    def duration_s(self) -> float:
        return sum(s.duration_s for s in self.segments)


@dataclass(frozen=True)
class Jingles:
    intro: Asset | None = None
    outro: Asset | None = None
    bridge: Asset | None = None
    bridge_engine: str | None = None
    """Set when the bridge is spoken text rather than a jingle."""


def plan_program(
    items: Sequence[ProgramItem], jingles: Jingles, gap_s: float, target: LoudnessTarget
) -> Program:
    """The program's segments in airing order, each with the gain that lands it on target."""
    segments: list[Segment] = []

    def add(
        role: str, asset: Asset, announcement_id: str | None = None, reading: int | None = None
    ) -> None:
        if segments and gap_s > 0:
            segments.append(Segment("gap", gap_s))
        gain = asset.loudness.gain_to(target)
        segments.append(Segment(role, asset.duration_s, asset, gain, announcement_id, reading))

    if jingles.intro:
        add("intro", jingles.intro)
    for item in items:
        for reading in range(1, item.readings + 1):
            if reading > 1 and jingles.bridge:
                add("bridge", jingles.bridge)
            add("item", item.audio, announcement_id=item.announcement_id, reading=reading)
    if jingles.outro:
        add("outro", jingles.outro)
    engines = {item.engine for item in items if item.engine}
    if jingles.bridge_engine and any(item.readings > 1 for item in items):
        engines.add(jingles.bridge_engine)
    return Program(tuple(items), tuple(segments), tuple(sorted(engines)))


def render_program(program: Program, out: Path) -> str:
    """Write the program as one mono WAV (temp file + rename); return its sha256."""
    with atomic_path(out) as tmp, wave.open(str(tmp), "wb") as w:
        w.setnchannels(CHANNELS)
        w.setsampwidth(SAMPLE_WIDTH)
        w.setframerate(SAMPLE_RATE)
        for segment in program.segments:
            if segment.asset is None:
                _write_silence(w, round(segment.duration_s * SAMPLE_RATE))
            else:
                _write_asset(w, segment.asset.path, segment.gain_db)
    return file_sha256(out)


def _write_silence(w: wave.Wave_write, frames: int) -> None:
    zeros = bytes(SAMPLE_WIDTH * CHANNELS * min(frames, CHUNK_FRAMES))
    while frames > 0:
        n = min(frames, CHUNK_FRAMES)
        w.writeframesraw(zeros[: n * SAMPLE_WIDTH * CHANNELS])
        frames -= n


def _write_asset(w: wave.Wave_write, path: Path, gain_db: float) -> None:
    import numpy as np  # here: a process that renders no program does without numpy's ~60 ms

    factor = 10 ** (gain_db / 20)
    with wave.open(str(path), "rb") as r:
        while frames := r.readframes(CHUNK_FRAMES):
            if abs(gain_db) >= UNITY_GAIN_DB:
                samples = np.frombuffer(frames, dtype="<i2").astype(np.float32) * factor
                frames = np.clip(np.rint(samples), -32768, 32767).astype("<i2").tobytes()
            w.writeframesraw(frames)
