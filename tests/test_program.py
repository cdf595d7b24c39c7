"""Programs: intro, items read `repeat` times with the bridge between, gaps, outro, on target."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import Run, ebur128, make_tone, probe, query, write_script

from announcements.audio import Asset, Loudness, LoudnessTarget, ingest
from broadcaster.program import Jingles, ProgramItem, plan_program
from broadcaster.station import Station

LONG = (
    "Kính thưa bà con nhân dân trong xã. Ủy ban nhân dân xã đề nghị cán bộ, đảng viên và "
    "toàn thể nhân dân, ai có điện thoại thông minh thì hãy cài đặt ứng dụng Bluezone cho "
    "mình và cho người thân trong gia đình, để phát hiện sớm người tiếp xúc gần."
)


def asset(name: str, seconds: float, lufs: float = -16.0, peak: float = -3.0) -> Asset:
    return Asset(name, Path(name), seconds, Loudness(lufs, peak))


def item(name: str, seconds: float, readings: int) -> ProgramItem:
    return ProgramItem(
        name, 1, name, None, "normal", "tts", readings, asset(name, seconds), "espeak", "vi"
    )


def test_plan_orders_segments_and_sums_durations() -> None:
    jingles = Jingles(asset("intro", 2), asset("outro", 3), asset("bridge", 1), "espeak")
    program = plan_program([item("a", 10, 2), item("b", 5, 1)], jingles, 0.5, LoudnessTarget())
    roles = [(s.role, s.announcement_id, s.reading) for s in program.segments if s.role != "gap"]
    assert roles == [
        ("intro", None, None),
        ("item", "a", 1),
        ("bridge", None, None),
        ("item", "a", 2),
        ("item", "b", 1),
        ("outro", None, None),
    ]
    assert program.duration_s == pytest.approx(2 + 10 + 1 + 10 + 5 + 3 + 5 * 0.5)
    assert program.engines == ("espeak",)


def test_gain_lands_on_target_but_never_past_the_peak_ceiling() -> None:
    target = LoudnessTarget(-16.0, -1.0)
    quiet = asset("quiet", 1, lufs=-26.0, peak=-12.0)
    peaky = asset("peaky", 1, lufs=-20.0, peak=-2.0)
    program = plan_program([], Jingles(quiet, peaky), 0, target)
    assert [s.gain_db for s in program.segments] == [pytest.approx(10.0), pytest.approx(1.0)]


@pytest.mark.parametrize("volume_db", [-35.0, -3.0])
def test_ingest_brings_quiet_and_loud_audio_within_reach_of_the_target(
    tmp_path: Path, volume_db: float
) -> None:
    source = make_tone(tmp_path / "in.flac", seconds=3, volume_db=volume_db)
    stored = ingest(source, tmp_path / "audio", LoudnessTarget())
    assert probe(stored.path)["sample_rate"] == "22050"
    assert probe(stored.path)["channels"] == "1"
    lufs, peak = ebur128(stored.path)
    assert lufs == pytest.approx(stored.loudness.integrated_lufs, abs=0.2)
    assert peak == pytest.approx(stored.loudness.true_peak_dbtp, abs=0.2)


def test_rendered_program_has_the_planned_parts_and_lands_on_target(
    station: Path, scripts: Path, run: Run, tmp_path: Path
) -> None:
    run("announce", "add", str(write_script(scripts, "a.md", LONG, id="a", repeat=2)))
    make_tone(scripts / "ghi-am.ogg", seconds=4, volume_db=-30)
    run("announce", "add", str(scripts / "ghi-am.ogg"))
    out = tmp_path / "program.wav"
    result = run("announce", "render", "a", "ghi-am", "-o", str(out))
    assert "engines espeak" in result.stdout

    info = probe(out)
    assert (info["channels"], info["sample_rate"], info["codec_name"]) == (
        "1",
        "22050",
        "pcm_s16le",
    )
    lufs, peak = ebur128(out)
    assert lufs == pytest.approx(-16.0, abs=1.0)
    assert peak <= -1.0

    shown = json.loads(run("announce", "show", "a", "--json").stdout)
    speech_sql = (
        "SELECT a.duration_s FROM speech s JOIN assets a ON a.sha256 = s.asset_sha256 "
        "WHERE s.spoken_text = ?"
    )
    [(speech_s,)] = query(station, speech_sql, (shown["spoken_text"],))
    [(bridge_s,)] = query(station, speech_sql, ("Xin nhắc lại.",))
    jingles = dict(
        query(
            station,
            "SELECT j.role, a.duration_s FROM jingles j JOIN assets a ON a.sha256 = j.asset_sha256",
        )
    )
    # intro, a, bridge, a, recording, outro: five 1-second gaps between six parts
    expected = jingles["intro"] + 2 * speech_s + bridge_s + 4.0 + jingles["outro"] + 5 * 1.0
    assert float(info["duration"]) == pytest.approx(expected, abs=0.05)


def test_a_bridge_jingle_replaces_the_spoken_bridge(
    station: Path, scripts: Path, run: Run, tmp_path: Path
) -> None:
    run("jingle", "set", "bridge", str(make_tone(scripts / "bridge.mp3", seconds=1.0)))
    run(
        "announce",
        "add",
        str(write_script(scripts, "a.md", "Họp thôn lúc tối nay.", id="a", repeat=3)),
    )
    out = tmp_path / "p.wav"
    run("announce", "render", "a", "-o", str(out))
    assert query(station, "SELECT spoken_text FROM speech") == [("Họp thôn lúc tối nay.",)]


def test_a_program_of_recordings_only_builds_no_reader(opened: Station, scripts: Path) -> None:
    """review22b #9: the reader (its tables cost a process ~0.15 s, a third of a daemon's
    start) was built with every synthesizer, and only a guard where programs are built kept
    a program of recordings from paying it. The synthesizer now builds it at the first text
    it reads: its lexicon is read then, and never for recordings only."""
    opened.add_announcements([make_tone(scripts / "loa.wav", seconds=1.0)])
    opened.approve("loa", "Chủ tịch xã")
    read: list[str] = []
    opened.db.conn.set_trace_callback(read.append)

    def readers() -> int:
        return len([sql for sql in read if "[lexicon]" in sql])

    recording = opened.build_program([opened.announcement("loa")])
    assert [s.announcement_id for s in recording.segments if s.role == "item"] == ["loa"]
    speech = opened.synthesizer
    assert speech.speak_all([]) == [] and readers() == 0  # nothing read: no reader built
    speech.speak_all([("Họp thôn tối nay.", "vi")])
    speech.cached("Họp thôn tối nay.", "vi")
    assert readers() == 1  # built at the first text, once
