"""`config set quiet_hours`: quiet hours changed after set-up, checked first, written
atomically into station.toml with every other line kept, and taken by a running daemon."""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from conftest import HCM, Daemon, Run, airings, clock_in, set_config

CONFIG = "station.toml"


def quiet_line(station: Path) -> str:
    [line] = [
        line for line in (station / CONFIG).read_text("utf-8").splitlines()
        if line.startswith("quiet_hours")
    ]  # fmt: skip
    return line


def test_quiet_hours_change_and_only_that_line_changes(quick: Path, run: Run) -> None:
    station = quick
    before = (station / CONFIG).read_text("utf-8").splitlines()
    os.chmod(station / CONFIG, 0o640)
    out = run("config", "set", "quiet_hours", "21h30-5h").stdout
    assert "quiet_hours is now 21:30-05:00" in out
    assert "No daemon is running: the change applies when the station starts" in out
    assert "running daemon" not in out  # none runs: the command does not say one takes it
    after = (station / CONFIG).read_text("utf-8").splitlines()
    assert [a for a, b in zip(before, after, strict=True) if a != b] == ["quiet_hours = []"]
    assert quiet_line(station) == 'quiet_hours = ["21:30", "05:00"]'
    assert (station / CONFIG).stat().st_mode & 0o777 == 0o640  # the file keeps its mode
    # the station now works with them: a slot in them is refused, one before them is not
    refused = run("schedule", "add", "dem", "--at", "22:00", "--announce", "ngan", code=1)
    assert "falls in quiet hours (21:30–05:00)" in refused.stderr
    run("schedule", "add", "toi", "--at", "21:10", "--announce", "ngan")
    run("config", "set", "quiet_hours", "none")
    assert quiet_line(station) == "quiet_hours = []"
    said = run("config", "set", "quiet_hours", "21:10:30-5h").stdout  # seconds are kept
    assert "quiet_hours is now 21:10:30-05:00" in said
    assert quiet_line(station) == 'quiet_hours = ["21:10:30", "05:00"]'
    too_early = run("config", "set", "quiet_hours", "21:09:59-05:00", code=1).stderr
    assert "slot 'toi' at 21:10 falls in quiet hours (21:09:59–05:00)" in too_early


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("25:00-05:00", "'25:00' is not a time of day"),
        ("21:00", "is not a span of quiet hours"),
        ("9 giờ tối", "is not a span of quiet hours"),
        ("21:00-21:00", "are no span: write none"),
    ],
)
def test_bad_quiet_hours_are_refused_and_change_nothing(
    station: Path, run: Run, value: str, message: str
) -> None:
    before = (station / CONFIG).read_bytes()
    assert message in run("config", "set", "quiet_hours", value, code=1).stderr
    assert (station / CONFIG).read_bytes() == before


def test_quiet_hours_that_would_silence_a_slot_are_refused(quick: Path, run: Run) -> None:
    run("schedule", "add", "toi", "--at", "21:15", "--announce", "ngan")
    before = (quick / CONFIG).read_bytes()
    refused = run("config", "set", "quiet_hours", "21:00-05:00", code=1).stderr
    assert "slot 'toi' at 21:15 falls in quiet hours (21:00–05:00)" in refused
    assert "move or remove the slot first" in refused
    assert (quick / CONFIG).read_bytes() == before


def test_only_known_settings_can_be_set(station: Path, run: Run) -> None:
    before = (station / CONFIG).read_bytes()
    refused = run("config", "set", "name", "Xã khác", code=2).stderr
    assert "'name' is not 'quiet_hours'" in refused
    assert (station / CONFIG).read_bytes() == before


def test_a_station_toml_broken_by_hand_says_where_in_words(station: Path, run: Run) -> None:
    config = station / CONFIG
    lines = config.read_text("utf-8").count("\n")
    with config.open("a", encoding="utf-8") as f:
        f.write("name = \n")
    said = run("status", code=1).stderr
    assert f"{config}: it is not valid TOML at line {lines + 1}, column 8" in said
    assert "Invalid value" not in said and said.count("\n") == 1


def test_a_running_daemon_takes_new_quiet_hours(
    quick: Path, run: Run, start_daemon: Callable[[Path], Daemon]
) -> None:
    now = datetime.now(HCM)
    around = f"{now - timedelta(hours=1):%H:%M}-{now + timedelta(hours=1):%H:%M}"
    set_config(quick, "quiet_hours", "[]")
    run("config", "set", "quiet_hours", around)  # now is in quiet hours
    daemon = start_daemon(quick)
    daemon.expect(r"on air, airings go to: no loudspeaker")
    later = f"{now + timedelta(hours=2):%H:%M}-{now + timedelta(hours=3):%H:%M}"
    told = run("config", "set", "quiet_hours", later).stdout  # now no longer is
    assert f"The running daemon (pid {daemon.process.pid}) takes the change" in told
    run("schedule", "add", "mot", "--at", clock_in(4), "--announce", "ngan")
    daemon.expect(r"#1 (aired|missed)")
    daemon.stop()
    [row] = airings(quick)
    assert (row["slot"], row["status"]) == ("mot", "aired"), row["error"]
