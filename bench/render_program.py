"""Benchmark: render a ~5-minute program (intro, six announcements read twice, outro).

Cold (empty speech cache: espeak-ng synthesis, measuring and limiting every new asset) and
warm (everything cached) `broadcaster announce render`, each as a whole CLI process, against
one plain ffmpeg command that concatenates the same stored assets with the same gaps and
gains into the same format, measured in the same run. Prints medians, ratios and peak RSS.

    .venv/bin/python bench/render_program.py [--runs N]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from announcements.audio import SAMPLE_RATE, tool_path
from broadcaster.station import Station

PARAGRAPH = (
    "Kính thưa bà con nhân dân trong xã. Thực hiện chỉ đạo của Ủy ban nhân dân huyện về việc "
    "tuyên truyền cài đặt ứng dụng Bluezone, đề nghị cán bộ, đảng viên và toàn thể nhân dân, "
    "ai có điện thoại thông minh thì hãy cài đặt ứng dụng cho mình và cho người thân trong gia "
    "đình, để kịp thời phát hiện những người đã tiếp xúc gần với người bệnh và bảo vệ sức khỏe "
    "cho cộng đồng. Ứng dụng miễn phí và bảo đảm bí mật thông tin cá nhân của người sử dụng. "
)
TOPICS = ("tiêm chủng", "phòng cháy", "thu gom rác", "bầu cử", "học sinh", "nước sạch")


def run_measured(command: list[str], env: dict[str, str] | None = None) -> tuple[float, float]:
    """Wall seconds and peak RSS (MB, the process or its largest child) of one command."""
    started = time.perf_counter()
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL)
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - started
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"failed: {' '.join(command[:6])}…")
    return elapsed, usage.ru_maxrss / 1024


def make_station(root: Path) -> list[str]:
    subprocess.run(
        [sys.executable, "-m", "cli", "--station", str(root), "init", "--quiet-hours", "none"],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    config = root / "station.toml"
    config.write_text(
        config.read_text("utf-8")
        .replace('engines = ["gtts", "espeak"]', 'engines = ["espeak"]')
        .replace("auto_approve_local = false", "auto_approve_local = true"),
        "utf-8",
    )
    scripts = []
    for n, topic in enumerate(TOPICS):
        path = root / f"a{n}.md"
        path.write_text(f"---\nid: a{n}\nrepeat: 2\n---\nVề {topic}. {PARAGRAPH}", "utf-8")
        scripts.append(str(path))
    subprocess.run(
        [sys.executable, "-m", "cli", "--station", str(root), "announce", "add", *scripts],
        check=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,  # the reader's warning about "Bluezone", once per script
    )
    return [f"a{n}" for n in range(len(TOPICS))]


def ffmpeg_command(station: Station, ids: list[str], out: Path) -> list[str]:
    """One ffmpeg command: the same stored assets, gains and gaps, the same output format."""
    program = station.build_program([station.announcement(i) for i in ids])
    inputs: list[str] = []
    labels: list[str] = []
    chains: list[str] = []
    for n, segment in enumerate(program.segments):
        if segment.asset is None:
            inputs += [
                "-f",
                "lavfi",
                "-t",
                f"{segment.duration_s}",
                "-i",
                f"anullsrc=r={SAMPLE_RATE}:cl=mono",
            ]
            labels.append(f"[{n}:a]")
        else:
            inputs += ["-i", tool_path(segment.asset.path)]
            chains.append(f"[{n}:a]volume={segment.gain_db:.3f}dB[v{n}]")
            labels.append(f"[v{n}]")
    graph = ";".join([*chains, "".join(labels) + f"concat=n={len(labels)}:v=0:a=1[out]"])
    return [
        "ffmpeg",
        "-hide_banner",
        "-loglevel",
        "error",
        "-y",
        *inputs,
        "-filter_complex",
        graph,
        "-map",
        "[out]",
        "-c:a",
        "pcm_s16le",
        "-ac",
        "1",
        "-ar",
        f"{SAMPLE_RATE}",
        tool_path(out),
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    runs = parser.parse_args().runs
    cold, warm, baseline = [], [], []
    with tempfile.TemporaryDirectory() as tmp:
        for run in range(runs):
            root = Path(tmp) / f"station{run}"
            ids = make_station(root)
            render = [
                sys.executable,
                "-m",
                "cli",
                "--station",
                str(root),
                "announce",
                "render",
                *ids,
                "-o",
            ]
            cold.append(run_measured([*render, str(root / "cold.wav")]))
            warm.append(run_measured([*render, str(root / "warm.wav")]))
            command = ffmpeg_command(Station.open(root), ids, root / "ffmpeg.wav")
            baseline.append(run_measured(command))
        seconds = subprocess.run(
            [
                "ffprobe",
                "-v",
                "error",
                "-show_entries",
                "format=duration",
                "-of",
                "csv=p=0",
                tool_path(root / "warm.wav"),
            ],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()

    def median(samples: list[tuple[float, float]], i: int) -> float:
        return statistics.median(s[i] for s in samples)

    base = median(baseline, 0)
    print(f"program: {float(seconds):.0f} s of audio, {runs} runs, medians")
    print(f"{'':28}{'wall s':>8}{'ratio':>8}{'peak MB':>9}")
    for name, samples in (
        ("one ffmpeg command", baseline),
        ("warm render (cached)", warm),
        ("cold render (espeak-ng)", cold),
    ):
        wall = median(samples, 0)
        print(f"{name:28}{wall:8.3f}{wall / base:7.2f}x{max(s[1] for s in samples):9.0f}")


if __name__ == "__main__":
    main()
