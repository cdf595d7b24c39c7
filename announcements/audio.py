"""Audio assets: decode anything ffmpeg reads into the station's one format, measure it once.

Every piece of sound the station airs (speech, recordings, jingles) is stored as a
content-addressed WAV in a single canonical format, so a program is a plain concatenation
of frames. Loudness (EBU R128 integrated and true peak) is measured by ffmpeg's `ebur128`
while converting, and kept with the asset; assembly only applies gain.
"""

from __future__ import annotations

import hashlib
import os
import re
import subprocess
import tempfile
import wave
from dataclasses import dataclass
from pathlib import Path

from common.errors import BroadcasterError
from common.files import describe_os_error, write_error_in
from common.i18n import _

SAMPLE_RATE = 22050
"""espeak-ng's native rate; wide enough for speech on horn loudspeakers."""
SAMPLE_WIDTH = 2
CHANNELS = 1

SILENCE_LUFS = -70.0
"""ebur128 reports -70 LUFS (its absolute gate) for silence."""

LIMITER_MARGIN_DB = 1.0
"""Limit this far below the true-peak ceiling: the limiter works on samples, not true peaks."""
LIMITER_MAKEUP_DB = 1.5
"""Limiting speech by a few dB lowers its integrated loudness by about this much."""


class AudioError(BroadcasterError):
    """Audio that cannot be used, in one sentence for the operator."""


@dataclass(frozen=True)
class LoudnessTarget:
    integrated_lufs: float = -16.0
    true_peak_max_dbtp: float = -1.0


@dataclass(frozen=True)
class Loudness:
    integrated_lufs: float
    true_peak_dbtp: float

    def gain_to(self, target: LoudnessTarget) -> float:
        """Gain in dB that brings this audio to the target without passing the peak ceiling."""
        return min(
            target.integrated_lufs - self.integrated_lufs,
            target.true_peak_max_dbtp - self.true_peak_dbtp,
        )


@dataclass(frozen=True)
class Asset:
    sha256: str
    path: Path
    duration_s: float
    loudness: Loudness


_INTEGRATED = re.compile(r"I:\s+(-?(?:\d+(?:\.\d+)?|inf)) LUFS")
_TRUE_PEAK = re.compile(r"Peak:\s+(-?(?:\d+(?:\.\d+)?|inf)) dBFS")


def parse_ebur128_summary(stderr: str) -> Loudness:
    """Read the last ebur128 summary that ffmpeg printed."""
    integrated = _INTEGRATED.findall(stderr)
    peaks = _TRUE_PEAK.findall(stderr)
    if not integrated or not peaks:
        raise AudioError("ffmpeg printed no loudness summary")
    return Loudness(float(integrated[-1]), float(peaks[-1]))


def _run_ffmpeg(args: list[str], source: Path, out: Path) -> str:
    try:
        done = subprocess.run(
            ["ffmpeg", "-hide_banner", "-nostdin", "-nostats", *args],
            capture_output=True,
            text=True,
            check=False,
            env={**os.environ, "LC_ALL": "C"},  # error texts as os.strerror gives them
        )
    except FileNotFoundError as e:
        raise AudioError("ffmpeg is not installed (install the ffmpeg package)") from e
    written = write_error_in(done.stderr)
    if written is not None:  # the audio was fine, the disk was not (ffmpeg may still exit 0)
        raise AudioError(
            _("cannot write the converted audio into {folder}: {reason}").format(
                folder=out.parent, reason=describe_os_error(written)
            )
        )
    if done.returncode != 0:
        detail = done.stderr.strip().splitlines()[-1] if done.stderr.strip() else "no detail"
        raise AudioError(f"{source}: ffmpeg cannot decode this audio ({detail})")
    return done.stderr


def _convert_and_measure(source: Path, out: Path, pre_filters: str = "") -> Loudness:
    """One ffmpeg pass: decode, filter, write the canonical WAV and measure what was written."""
    chain = f"aformat=channel_layouts=mono,{pre_filters}aresample={SAMPLE_RATE}"
    graph = f"[0:a]{chain},asplit[out][m];[m]ebur128=peak=true:framelog=verbose,anullsink"
    stderr = _run_ffmpeg(
        [
            "-i",
            str(source),
            "-filter_complex",
            graph,
            "-map",
            "[out]",
            "-c:a",
            "pcm_s16le",
            "-f",
            "wav",
            "-y",
            str(out),
        ],
        source,
        out,
    )
    return parse_ebur128_summary(stderr)


def wav_duration(path: Path) -> float:
    with wave.open(str(path), "rb") as w:
        return w.getnframes() / w.getframerate()


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        while chunk := f.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


def needs_limiting(loudness: Loudness, target: LoudnessTarget) -> bool:
    return loudness.gain_to(target) < target.integrated_lufs - loudness.integrated_lufs - 0.1


def ingest(source: Path, assets_dir: Path, target: LoudnessTarget) -> Asset:
    """Store `source` as a canonical, measured asset under `assets_dir` (content-addressed).

    Audio too peaky to reach the target is limited once here, so that every program made from
    it later is a plain copy with a small gain.
    """
    if not source.is_file():
        raise AudioError(f"{source}: no such file")
    try:
        assets_dir.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(suffix=".wav.tmp", dir=assets_dir)
    except OSError as e:
        raise AudioError(
            _("cannot write the converted audio into {folder}: {reason}").format(
                folder=assets_dir, reason=describe_os_error(e)
            )
        ) from e
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        loudness = _convert_and_measure(source, tmp)
        if loudness.integrated_lufs <= SILENCE_LUFS:
            raise AudioError(f"{source}: the audio is silent")
        if needs_limiting(loudness, target):
            gain = target.integrated_lufs - loudness.integrated_lufs + LIMITER_MAKEUP_DB
            ceiling = 10 ** ((target.true_peak_max_dbtp - LIMITER_MARGIN_DB) / 20)
            limiter = (
                f"volume={gain:.2f}dB,aresample={SAMPLE_RATE * 4},"
                f"alimiter=limit={ceiling:.4f}:level=0:attack=1:release=30,"
            )
            limited = tmp.with_suffix(".limited.tmp")
            try:
                loudness = _convert_and_measure(tmp, limited, limiter)
                os.replace(limited, tmp)
            finally:
                limited.unlink(missing_ok=True)
        sha = file_sha256(tmp)
        final = assets_dir / sha[:2] / f"{sha}.wav"
        final.parent.mkdir(exist_ok=True)
        os.replace(tmp, final)
        return Asset(sha, final, wav_duration(final), loudness)
    finally:
        tmp.unlink(missing_ok=True)
