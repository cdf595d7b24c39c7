"""broadcaster init: a station folder with its settings, store and jingles."""

from __future__ import annotations

import sqlite3
import tomllib
import wave
from dataclasses import astuple
from pathlib import Path

import numpy as np
import numpy.typing as npt
import pytest
from conftest import Run, ebur128, query, set_config

from announcements.audio import LoudnessTarget, ingest
from broadcaster.jingles import CHIME_LOUDNESS, make_chime
from broadcaster.store import MIGRATIONS


def test_init_makes_settings_store_and_jingles(tmp_path: Path, run: Run) -> None:
    result = run("init", "--name", "Xã Tân Lập", "--timezone", "Asia/Ho_Chi_Minh")
    root = tmp_path / "station"
    assert "Created station 'Xã Tân Lập'" in result.stdout

    config = tomllib.loads((root / "station.toml").read_text("utf-8"))
    assert config["name"] == "Xã Tân Lập"
    assert config["timezone"] == "Asia/Ho_Chi_Minh"
    assert config["quiet_hours"] == ["21:00", "05:00"]
    assert config["loudness"]["integrated_lufs"] == -16.0
    assert config["speech"]["engines"] == ["gtts", "espeak"]
    assert config["default_sink"] == "auto"

    with sqlite3.connect(root / "station.db") as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert conn.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS)
        jingles = dict(
            conn.execute(
                "SELECT j.role, a.path FROM jingles j JOIN assets a ON a.sha256 = j.asset_sha256"
            )
        )
    assert set(jingles) == {"intro", "outro"}
    for path in jingles.values():
        lufs, peak = ebur128(root / path)
        assert lufs > -40 and peak <= -1.0
    # the chimes init copies are what make_chime renders and a jingle set from it stores
    # (remake broadcaster/chimes/ and CHIME_LOUDNESS when the sound or the conversion changes)
    for role, path in jingles.items():
        rendered = ingest(make_chime(role, tmp_path / f"{role}.wav"), tmp_path, LoudnessTarget())
        made = astuple(CHIME_LOUDNESS[role])  # another ffmpeg build may round a tenth apart
        assert astuple(rendered.loudness) == pytest.approx(made, abs=0.1)
        stored = "SELECT integrated_lufs, true_peak_dbtp, duration_s FROM assets WHERE path = ?"
        assert query(root, stored, (path,)) == [(*astuple(rendered.loudness), rendered.duration_s)]
        heard, wanted = samples(root / path), samples(rendered.path)
        assert heard.shape == wanted.shape
        assert np.abs(heard - wanted).max() <= 2  # of 32767: the same sound, any ffmpeg build


def samples(wav: Path) -> npt.NDArray[np.int32]:
    with wave.open(str(wav)) as read:
        return np.frombuffer(read.readframes(read.getnframes()), "<i2").astype(np.int32)


def test_init_refuses_an_existing_station(tmp_path: Path, run: Run) -> None:
    run("init")
    before = (tmp_path / "station" / "station.toml").read_text("utf-8")
    result = run("init", "--name", "Khác", code=1)
    assert "is already a station" in result.stderr
    assert (tmp_path / "station" / "station.toml").read_text("utf-8") == before


def test_init_refuses_an_unknown_timezone_and_creates_nothing(tmp_path: Path, run: Run) -> None:
    result = run("init", "--timezone", "Asia/Hanoi_City", code=1)
    assert "is not a known time zone" in result.stderr
    assert not (tmp_path / "station").exists()


@pytest.mark.parametrize("name", ["", "   ", "Xã\nTân Lập", "Xã\tTân Lập"])
def test_init_refuses_a_blank_or_broken_name_and_creates_nothing(
    tmp_path: Path, run: Run, name: str
) -> None:
    """The name heads every report and notice: it is one line of text."""
    result = run("init", "--name", name, code=1)
    assert "should be one line of text, not empty" in result.stderr
    assert result.stderr.count("\n") == 1 and not (tmp_path / "station").exists()


def test_a_station_toml_with_a_blank_name_is_refused(station: Path, run: Run) -> None:
    set_config(station, "name", '" "')
    assert "should be one line of text, not empty" in run("status", code=1).stderr


def test_commands_on_a_missing_station_say_how_to_start(run: Run) -> None:
    result = run("announce", "list", code=1)
    assert "run 'broadcaster init' first" in result.stderr


def test_a_wrong_setting_is_named(station: Path, run: Run) -> None:
    set_config(station, "gap_s", '"long"')
    result = run("announce", "list", code=1)
    assert "program.gap_s should be a number" in result.stderr
    assert result.stderr.count("\n") == 1


def test_sample_campaign_comes_with_the_package(tmp_path: Path, run: Run) -> None:
    result = run("init", "--sample", "bluezone", "--quiet-hours", "none")
    assert result.stdout.count("added bluezone-") == 3
    listed = run("announce", "list", "--json").stdout
    assert "Vận động cài đặt ứng dụng Bluezone" in listed
