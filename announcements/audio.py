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
import shutil
import subprocess
import tempfile
import wave
from dataclasses import dataclass
from pathlib import Path

from common.errors import BroadcasterError
from common.files import describe_os_error, not_a_file, write_error_in
from common.i18n import N_, _

from .limits import InputLimits

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

AUDIO_DEMUXERS = "mp3,wav,ogg,mov,aac,flac"
"""The only containers ffmpeg may open for us (mp3, wav, ogg/opus, m4a, aac, flac): a file
that is really a playlist, an ffconcat list or an HLS index is refused, so reading one file
can never make ffmpeg open another file or a URL."""


class AudioError(BroadcasterError):
    """Audio that cannot be used, in one sentence for the operator."""


class StationFault(AudioError):
    """The station itself failed the audio, not its content: ffmpeg missing, a disk it cannot
    write, a run killed (memory on a loaded PC). What came from the office is not refused for
    it: the whole sync fails and is tried again (review20 #2)."""


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
        raise AudioError(_("ffmpeg printed no loudness summary"))
    return Loudness(float(integrated[-1]), float(peaks[-1]))


def tool_path(path: Path) -> str:
    """A path as ffmpeg and ffprobe must receive it: always a file, never a protocol. A name
    such as 'concat:a.mp3|b.mp3', 'http:x.mp3' or 'subfile,,start,0,end,0,,:x' would
    otherwise be opened as what it says."""
    return "file:" + os.path.abspath(path)


def tool_input(path: Path) -> list[str]:
    """`-i` for a file from outside: only the file protocol and the audio containers."""
    return [
        "-protocol_whitelist", "file", "-format_whitelist", AUDIO_DEMUXERS, "-i", tool_path(path),
    ]  # fmt: skip


DECODE_ERRORS = {
    "matches no streams.": N_(
        "it holds no sound (a video filmed without sound, or a picture?): send the recording itself"
    ),
    "Invalid argument": N_(
        "it is not an audio file ffmpeg reads (a playlist or another file under an audio name?)"
    ),
    "Invalid data found when processing input": N_("its content is not audio, or it is damaged"),
}
"""What ffmpeg's lines (English, LC_ALL=C) end with when it refuses an input, the first found
in any line (a file's own path may stand before them, advice on its options after them), in
the officer's words: her file is what to change, so its lines are not shown (w26commune 2: a
video without sound showed the filter graph, or "add a trailing '?' to the map")."""


def not_installed(tool: str) -> StationFault:
    """What the officer is told when a tool is missing: which package the technician adds."""
    return StationFault(_("{tool} is not installed (install the ffmpeg package)").format(tool=tool))


def require_ffmpeg() -> None:
    """Refuse now, as the first ffmpeg run would later: a station without it airs nothing."""
    for tool in ("ffmpeg", "ffprobe"):
        if shutil.which(tool) is None:
            raise not_installed(tool)


def run_tool(
    args: list[str], source: Path | None = None, out: Path | None = None
) -> subprocess.CompletedProcess[str]:
    """Run ffmpeg or ffprobe (args[0]) without a shell. Failure is one sentence: the tool is
    missing, it cannot write `out` (a full disk says so, even when ffmpeg exits 0 after
    failing to write), or it cannot decode `source`."""
    tool = args[0]
    try:
        done = subprocess.run(
            args,
            capture_output=True,
            text=True,
            errors="replace",  # it echoes file names and tags: bytes of an old PC's code page
            check=False,
            env={**os.environ, "LC_ALL": "C"},  # error texts as os.strerror gives them
        )
    except FileNotFoundError as e:
        raise not_installed(tool) from e
    written = write_error_in(done.stderr) if out is not None else None
    if out is not None and written is not None:  # the audio was fine, the disk was not
        raise StationFault(
            _("cannot write the converted audio into {folder}: {reason}").format(
                folder=out.parent, reason=describe_os_error(written)
            )
        )
    if done.returncode < 0:  # killed by a signal (out of memory, a stopping PC): not the audio
        raise StationFault(
            _("{tool} was stopped before it finished (signal {signal})").format(
                tool=tool, signal=-done.returncode
            )
        )
    if done.returncode != 0:
        lines = done.stderr.strip().splitlines()
        if source is None:
            message = _("{tool} failed ({detail})") if lines else _("{tool} failed")
        else:
            message = (
                _("{source}: ffmpeg cannot decode this audio ({detail})")
                if lines
                else _("{source}: ffmpeg cannot decode this audio")
            )
            said = [r for e, r in DECODE_ERRORS.items() if any(n.endswith(e) for n in lines)]
            if said:
                raise AudioError(
                    _("{source}: ffmpeg cannot decode this audio: {reason}").format(
                        source=source, reason=_(said[0])
                    )
                )
        raise AudioError(
            message.format(tool=tool, source=source, detail=lines[-1] if lines else "")
        )
    return done


def _run_ffmpeg(args: list[str], source: Path, out: Path) -> str:
    return run_tool(["ffmpeg", "-hide_banner", "-nostdin", "-nostats", *args], source, out).stderr


def decoded_seconds(source: Path, limit_s: float) -> float:
    """How long `source` really plays, found by decoding it (no filter, its own rate: seconds
    for half an hour of audio) and stopping just past `limit_s`. A header can lie about the
    length (a chained Ogg, an mp3 whose Xing header counts few frames); the decoder cannot."""
    out = run_tool(
        ["ffmpeg", "-hide_banner", "-nostdin", "-v", "error", *tool_input(source),
         "-map", "0:a:0", "-t", f"{limit_s + 1:.3f}", "-progress", "pipe:1", "-nostats",
         "-f", "null", tool_path(Path(os.devnull))],
        source,
    ).stdout  # fmt: skip
    times = re.findall(r"^out_time_us=(\d+)$", out, re.MULTILINE)
    return int(times[-1]) / 1e6 if times else 0.0


AUDIO_KINDS = ".mp3, .wav, .m4a, .ogg…"
"""The recordings a person has, as a sentence names them (ffmpeg reads more)."""


def check_input(source: Path, limits: InputLimits) -> None:
    """Refuse audio from outside before the costly conversion: not a regular file, too large,
    too long (as decoded, whatever its headers claim)."""
    problem = not_a_file(source, _("an audio file ({kinds})").format(kinds=AUDIO_KINDS), True)
    if problem:
        raise AudioError(problem)
    limits.check_audio_size(source.stat().st_size, str(source))
    limits.check_audio_length(decoded_seconds(source, limits.max_audio_s), str(source))


def _convert_and_measure(
    source: Path, out: Path, pre_filters: str = "", max_seconds: float | None = None
) -> Loudness:
    """One ffmpeg pass: decode, filter, write the canonical WAV and measure what was written."""
    chain = f"aformat=channel_layouts=mono,{pre_filters}aresample={SAMPLE_RATE}"
    graph = f"[0:a]{chain},asplit[out][m];[m]ebur128=peak=true:framelog=verbose,anullsink"
    cap = ["-t", f"{max_seconds + 1:.0f}"] if max_seconds is not None else []
    stderr = _run_ffmpeg(
        [
            *tool_input(source),
            "-filter_complex",
            graph,
            "-map",
            "[out]",
            *cap,
            "-c:a",
            "pcm_s16le",
            "-f",
            "wav",
            "-y",
            tool_path(out),
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


def ingest(
    source: Path, assets_dir: Path, target: LoudnessTarget, limits: InputLimits | None = None
) -> Asset:
    """Store `source` as a canonical, measured asset under `assets_dir` (content-addressed).

    Audio too peaky to reach the target is limited once here, so that every program made from
    it later is a plain copy with a small gain. With `limits` (audio from outside), decoding
    stops just past the longest audio allowed, whatever the file's headers claimed.
    """
    if not source.is_file():
        raise AudioError(_("{source}: no such file").format(source=source))
    tmp = _new_asset_file(assets_dir)
    try:
        loudness = _convert_and_measure(
            source, tmp, max_seconds=limits.max_audio_s if limits else None
        )
        if limits:
            limits.check_audio_length(wav_duration(tmp), str(source))
        if loudness.integrated_lufs <= SILENCE_LUFS:
            raise AudioError(_("{source}: the audio is silent").format(source=source))
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
        return _file_away(tmp, assets_dir, loudness)
    finally:
        tmp.unlink(missing_ok=True)


def store_measured(source: Path, assets_dir: Path, loudness: Loudness) -> Asset:
    """Store `source`, already a canonical WAV as `ingest` writes one and measured as
    `loudness` (the station's default chimes, shipped made): a copy, no ffmpeg."""
    tmp = _new_asset_file(assets_dir)
    try:
        with source.open("rb") as made, tmp.open("wb") as copy:
            shutil.copyfileobj(made, copy)
        return _file_away(tmp, assets_dir, loudness)
    finally:
        tmp.unlink(missing_ok=True)


def _new_asset_file(assets_dir: Path) -> Path:
    """An empty file (0600) in `assets_dir` to write an asset into before it is named."""
    try:
        assets_dir.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(suffix=".wav.tmp", dir=assets_dir)
    except OSError as e:
        raise StationFault(
            _("cannot write the converted audio into {folder}: {reason}").format(
                folder=assets_dir, reason=describe_os_error(e)
            )
        ) from e
    os.close(fd)
    return Path(tmp_name)


def _file_away(tmp: Path, assets_dir: Path, loudness: Loudness) -> Asset:
    """Name the written asset `tmp` by its content (a rename: whole or not there)."""
    sha = file_sha256(tmp)
    final = assets_dir / sha[:2] / f"{sha}.wav"
    final.parent.mkdir(exist_ok=True)
    os.replace(tmp, final)
    return Asset(sha, final, wav_duration(final), loudness)
