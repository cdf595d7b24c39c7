"""play: the airing row is written before the first sample and closed with one outcome."""

from __future__ import annotations

import csv
import functools
import json
import os
import signal
import sqlite3
import subprocess
import threading
import time
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from conftest import (
    Run,
    broadcaster,
    ebur128,
    from_template,
    make_station,
    query,
    runner_for,
    set_config,
    template_folder,
    write_script,
)

from broadcaster.airing import air
from broadcaster.airing_log import PROGRESS_EVERY_S
from broadcaster.station import Station, StationError

TEXT = "Bà con lưu ý: tối nay lúc bảy giờ họp thôn tại nhà văn hóa để bàn việc làm đường."
HCM = ZoneInfo("Asia/Ho_Chi_Minh")


@pytest.fixture
def announced(station: Path, scripts: Path) -> Path:
    """A station with two approved announcements of campaign "thon" (hop-thon, read twice;
    thu-rac): a copy of one made once per test process, with their scripts in `scripts`."""
    return from_template(_announced_template(), station, scripts)


@functools.cache
def _announced_template() -> Path:
    """Their speech made once (`announce render`): each airing of them made it again, ~1 s
    of espeak-ng a test (before "On air", in the tests that cut the airing)."""
    folder = template_folder("announced-template-")
    station, scripts = make_station(folder / "station"), folder / "scripts"
    scripts.mkdir()
    run = runner_for(station)
    run("announce", "add", str(write_script(scripts, "hop.md", TEXT, id="hop-thon", repeat=2,
                                            campaign="thon")))  # fmt: skip
    run("announce", "add", str(write_script(scripts, "rac.md", "Thu gom rác vào sáng thứ bảy.",
                                            id="thu-rac", campaign="thon")))  # fmt: skip
    run("announce", "render", "hop-thon", "thu-rac", "-o", str(folder / "nghe-thu.wav"))
    return folder


def log(run: Run, *args: str) -> list[dict[str, Any]]:
    logged: list[dict[str, Any]] = json.loads(run("log", "list", "--json", *args).stdout)
    return logged


def test_play_to_file_sink_airs_and_logs_what_aired(announced: Path, run: Run) -> None:
    out = announced / "out"
    result = run("play", "--campaign", "thon", "--sink", f"file:{out}")
    assert "On air: airing #1, 2 announcements" in result.stdout
    [wav] = out.iterdir()
    assert f"to {wav}" in result.stdout
    lufs, peak = ebur128(wav)
    assert lufs == pytest.approx(-16, abs=1) and peak <= -1

    [row] = log(run)
    assert row["seq"] == 1 and row["status"] == "aired"
    assert row["sink"] == f"file:{out}"
    assert row["started_at"].endswith("+07:00") and row["ended_at"].endswith("+07:00")
    assert row["duration_s"] == pytest.approx(row["planned_duration_s"], abs=0.01)
    assert [
        (i["announcement_id"], i["version"], i["engine"], i["readings"]) for i in row["items"]
    ] == [
        ("hop-thon", 1, "espeak", 2),
        ("thu-rac", 1, "espeak", 1),
    ]
    [(sha,)] = query(announced, "SELECT program_sha256 FROM airings")
    import hashlib

    assert hashlib.sha256(wav.read_bytes()).hexdigest() == sha


def test_sequence_numbers_grow_and_versions_are_the_ones_that_aired(
    announced: Path, scripts: Path, run: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    """… and each row names who aired it (w26hand): the login name, else --by."""
    sink = f"file:{announced}/out"
    monkeypatch.setenv("LOGNAME", "lan")
    run("play", "--announce", "thu-rac", "--sink", sink)
    write_script(scripts, "rac.md", "Thu gom rác vào sáng chủ nhật.", id="thu-rac")
    run("announce", "add", str(scripts / "rac.md"))
    run("play", "--announce", "thu-rac", "--sink", sink, "--by", " Chị  Hoa ")
    rows = log(run)
    assert [r["seq"] for r in rows] == [1, 2]
    assert [r["items"][0]["version"] for r in rows] == [1, 2]
    assert [r["person"] for r in rows] == ["lan", "Chị Hoa"]
    listed = run("log", "list").stdout.splitlines()
    assert "! aired by lan" in listed[0] and "! aired by Chị Hoa" in listed[1]
    run("log", "export", "--format", "csv", "-o", str(announced / "log.csv"))
    notes = [r[-1] for r in csv.reader((announced / "log.csv").open(encoding="utf-8-sig")) if r]
    assert [n for n in notes if "người phát" in n] == [
        "phát tay; người phát: lan; ghi ra tệp, không phát trên loa",
        "phát tay; người phát: Chị Hoa; ghi ra tệp, không phát trên loa",
    ]
    assert "intact" in run("log", "verify").stdout
    with sqlite3.connect(announced / "station.db") as conn:  # sealed: a name put in its place
        conn.execute("UPDATE airings SET person = 'Chủ tịch xã' WHERE seq = 1")
    assert "airing #1 was changed after it was logged" in run("log", "verify", code=1).stderr


def test_sink_failure_is_a_failed_airing(announced: Path, run: Run) -> None:
    blocker = announced / "blocker"
    blocker.write_text("")
    result = run("play", "--announce", "thu-rac", "--sink", f"file:{blocker}/x", code=1)
    assert "airing #1 failed: cannot write the airing" in result.stderr
    [row] = log(run)
    assert row["status"] == "failed" and "cannot write" in row["error"]


def test_a_usb_stick_s_folder_with_the_stick_not_in_fails_the_airing(
    announced: Path, run: Run
) -> None:
    """`file:/media/usb/ra-loa` and no stick: one failed row saying why, nothing written
    on the computer's disk (its folders were made there); the folder itself is made."""
    gone = announced / "usb"
    result = run("play", "--announce", "thu-rac", "--sink", f"file:{gone}/ra-loa", code=1)
    assert f"airing #1 failed: cannot write the airing to {gone}/ra-loa/" in result.stderr
    assert f"the folder {gone} does not exist: is the USB stick" in result.stderr
    assert not gone.exists() and "On air" not in result.stdout
    [row] = log(run)
    assert row["status"] == "failed" and f"the folder {gone} does not exist" in row["error"]
    gone.mkdir()  # plugged in
    run("play", "--announce", "thu-rac", "--sink", f"file:{gone}/ra-loa")
    assert [p.parent for p in gone.rglob("*.wav")] == [gone / "ra-loa"]


def test_amplifier_hooks_wrap_the_airing(announced: Path, run: Run) -> None:
    relay = announced / "relay.log"
    set_config(announced, "shell", "true")
    set_config(announced, "before", f'"echo on >> {relay}"')
    set_config(announced, "after", f'"echo off >> {relay}"')
    sink = f"file:{announced}/out"
    run("play", "--announce", "thu-rac", "--sink", sink)
    assert relay.read_text().split() == ["on", "off"]
    set_config(announced, "before", '"exit 4"')
    run("play", "--announce", "thu-rac", "--sink", sink, code=1)
    assert log(run)[-1]["status"] == "failed"
    assert "amplifier 'before' command exited 4" in log(run)[-1]["error"]
    assert relay.read_text().split() == ["on", "off", "off"]  # powered off even so


def wait_on_air(process: subprocess.Popen[str]) -> str:
    """Block until the airing row is written and the program is going to the sink."""
    assert process.stdout is not None
    line = process.stdout.readline()
    assert line.startswith("On air"), line + (process.stderr.read() if process.stderr else "")
    return line


def test_kill_9_during_play_leaves_a_row_the_next_start_closes(announced: Path, run: Run) -> None:
    player = broadcaster(announced, "play", "--announce", "hop-thon", "--sink", "null")
    wait_on_air(player)
    player.send_signal(signal.SIGKILL)
    player.wait()
    assert [r["status"] for r in log(run)] == ["started"]

    run("play", "--announce", "thu-rac", "--sink", f"file:{announced}/out")
    first, second = log(run)
    assert first["status"] == "interrupted"
    assert "the station stopped during this airing" in first["error"]
    assert second["status"] == "aired" and second["seq"] == 2
    assert query(announced, "PRAGMA integrity_check") == [("ok",)]


def test_a_power_cut_mid_airing_leaves_how_much_had_played(announced: Path, run: Run) -> None:
    """kill -9 after a few seconds on air (a power cut): the next start closes the row with
    about that length, the time it was cut, and says so in the note and the report."""
    player = broadcaster(announced, "play", "--announce", "hop-thon", "--sink", "null")
    wait_on_air(player)
    deadline = time.monotonic() + 60
    # the first note (at ~0 s) can read 0.1 s on a loaded machine: wait for the second
    while (noted := query(announced, "SELECT duration_s FROM airings")[0][0] or 0) < (
        PROGRESS_EVERY_S - 0.5
    ):
        assert time.monotonic() < deadline, "the airing on air never noted its progress"
        threading.Event().wait(0.1)  # the row is polled, not slept on
    player.send_signal(signal.SIGKILL)
    player.wait()
    run("play", "--announce", "thu-rac", "--sink", f"file:{announced}/out")
    cut = log(run)[0]
    assert cut["status"] == "interrupted"
    assert noted <= cut["duration_s"] < cut["planned_duration_s"]
    assert cut["duration_s"] >= PROGRESS_EVERY_S - 0.5
    played = datetime.fromisoformat(cut["ended_at"]) - datetime.fromisoformat(cut["started_at"])
    assert played.total_seconds() == pytest.approx(cut["duration_s"], abs=0.01)
    assert f"at least {cut['duration_s']:.0f} s of " in cut["error"]
    run("log", "export", "--format", "csv", "-o", str(announced / "nhat-ky.csv"))
    table = csv.DictReader((announced / "nhat-ky.csv").read_text("utf-8-sig").splitlines())
    cut_line = next(line for line in table if line["Kết quả"] == "Gián đoạn")
    assert float(cut_line["Thời lượng (giây)"]) > 0
    assert cut_line["Giờ kết thúc"] > cut_line["Giờ bắt đầu"]
    assert f"phát được ít nhất {cut['duration_s']:.0f} giây trên" in cut_line["Ghi chú"]


def test_sigterm_closes_the_airing_truthfully(announced: Path, run: Run) -> None:
    player = broadcaster(announced, "play", "--announce", "hop-thon", "--sink", "null")
    wait_on_air(player)
    player.send_signal(signal.SIGTERM)
    assert player.wait(10) == 143
    [row] = log(run)
    assert row["status"] == "interrupted"
    assert row["duration_s"] < row["planned_duration_s"]


def test_a_second_airing_waits_for_the_first(announced: Path, run: Run) -> None:
    player = broadcaster(announced, "play", "--announce", "hop-thon", "--sink", "null")
    wait_on_air(player)
    try:
        result = run("play", "--announce", "thu-rac", "--sink", "null", code=1)
        assert "another airing is on air" in result.stderr
    finally:
        os.kill(player.pid, signal.SIGTERM)
        player.wait()


def at(hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 3, 2, hour, minute, tzinfo=HCM)


def test_quiet_hours_refuse_normal_announcements_but_not_emergencies(
    tmp_path: Path, scripts: Path
) -> None:
    root = tmp_path / "quiet"
    Station.create(root, "Xã Yên Tĩnh", quiet_hours=("21:00", "05:00"))
    set_config(root, "engines", '["espeak"]')
    night = Station.open(root, clock=lambda: at(22, 30))
    night.add_announcements([write_script(scripts, "a.md", TEXT, id="binh-thuong")])
    night.approve("binh-thuong", "Chủ tịch UBND xã")
    sink = night.sink("file:out", tmp_path)
    with pytest.raises(StationError, match=r"quiet hours \(21:00–05:00\)"):
        air(night, ["binh-thuong"], sink)
    urgent = night.emergency("Chủ tịch UBND xã", text="Lũ đang lên, bà con di dời ngay.",
                             sink=f"file:{tmp_path / 'out'}")  # fmt: skip
    assert urgent.airing and urgent.airing.status == "aired"
    morning = Station.open(root, clock=lambda: at(5, 0))
    assert (aired := air(morning, ["binh-thuong"], sink)) and aired.status == "aired"


def test_validity_dates_are_enforced_in_local_time(tmp_path: Path, scripts: Path) -> None:
    root = tmp_path / "dates"
    Station.create(root, "Xã", quiet_hours=None)
    now = [at(6).replace(day=1)]  # the last day of 'het', while it is added
    station = Station.open(root, clock=lambda: now[0])
    station.add_announcements(
        [
            write_script(scripts, "a.md", TEXT, id="sau", valid_from="2026-03-03"),
            write_script(scripts, "b.md", TEXT, id="het", valid_until="2026-03-01"),
        ]
    )
    station.approve("sau", "A")
    station.approve("het", "A")
    now[0] = at(6)
    with pytest.raises(StationError, match=r"\(sau\) is valid only from 03/03/2026"):
        air(station, ["sau"], station.sink("null"))
    with pytest.raises(StationError, match=r"\(het\) expired on 01/03/2026"):
        air(station, ["het"], station.sink("null"))


def test_log_list_date_filters(announced: Path, run: Run) -> None:
    run("play", "--announce", "thu-rac", "--sink", f"file:{announced}/out")
    today = log(run)[0]["started_at"][:10]
    assert len(log(run, "--from", today, "--to", today)) == 1
    assert log(run, "--to", "2020-01-01") == []
    refused = run("log", "list", "--from", "2026-02-02", "--to", "2026-02-01", code=1)
    assert "--to: the last day 01/02/2026 is before the first day 02/02/2026" in refused.stderr
