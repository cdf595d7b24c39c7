"""A full disk and a sound card that does not open are said before they cost an airing (a
commune trial: a 40 MB partition filled by other files, Trang chủ still said "phát theo lịch";
the daemon's log said SQLite's English). The disk is a small tmpfs the test mounts (root
only, else skipped) and fills; the sink is the real aplay, told to open a device that does
not exist."""

from __future__ import annotations

import gc
import re
from collections.abc import Callable
from pathlib import Path

import pytest
from conftest import (
    IMPORTED,
    Daemon,
    Run,
    airings,
    broadcaster,
    clock_in,
    set_config,
    write_script,
)
from test_clock import faked_daemon
from test_faults import fill, fill_to_the_last_byte, mounts  # noqa: F401  (a fixture)

from broadcaster.daemon_lock import running_daemon
from common.files import size_text

TEXT = "Bà con lưu ý: sáng mai thu gom rác tại đầu thôn."


@pytest.fixture
def forty(tmp_path: Path, mounts: Callable[..., None], run: Run, scripts: Path) -> Path:  # noqa: F811
    """chị Lan's station: a 40 MB disk of its own, one notice with its speech made."""
    mounts(tmp_path / "station", "40m")
    run("init", "--name", "Xã Đồi Núi", "--quiet-hours", "none")
    station = tmp_path / "station"
    set_config(station, "engines", '["espeak"]')
    set_config(station, "auto_approve_local", "true")
    set_config(station, "grace_minutes", "0.1")  # past its grace 6 s after its time
    run("jingle", "remove", "intro")
    run("jingle", "remove", "outro")
    run("announce", "add", str(write_script(scripts, "rac.md", TEXT, id="rac")))
    run("announce", "render", "rac", "-o", str(scripts / "nghe-thu.wav"))
    return station


def test_sizes_are_said_in_mb_under_a_gb() -> None:
    assert [size_text(n) for n in (40 << 20, 0, (1 << 30) - 1, 3 << 29)] == [
        "40 MB", "0 MB", "1023 MB", "1.5 GB"]  # fmt: skip


def test_a_full_disk_is_said_before_the_slot_and_the_slot_is_logged_once_space_returns(
    forty: Path, run: Run, start_daemon: Callable[..., Daemon]
) -> None:
    daemon = start_daemon(forty, warm=True, reads=True)  # it prepares the notice's speech
    daemon.expect("on air, airings go to")
    assert "disk" not in run("status").stdout.split("\n")[1]
    run("schedule", "add", "rac", "--at", clock_in(8), "--announce", "rac")
    fill_to_the_last_byte(forty)
    # said once, at the look that found it under a day's room: on a busy machine that look
    # can fall while the disk is still filling ("4 MB free")
    line = daemon.expect(r"disk has only").string
    assert re.search(r"only \d+ MB free of 40 MB", line), line
    assert "less than the 20 MB a day of airing needs" in line and "Delete files" in line
    said = run("status").stdout.splitlines()
    assert said[1].endswith("but the station's disk is full: the slots may not air or be logged.")
    assert any("Delete files you do not need" in s for s in said if s.startswith("Warning: "))
    daemon.expect(r"Airing failed: the disk is full", timeout=60)
    # the slot's grace (6 s) passes while the disk is still full: it can no longer air late,
    # and its row cannot be written; the daemon says so
    daemon.expect(r"Slot rac of \d\d:\d\d is past its grace: it is logged as not aired",
                  timeout=60)  # fmt: skip
    (forty / "filler.bin").unlink()
    daemon.expect_all(r"disk has room again", r"#1 failed", timeout=30)  # as soon as it can
    assert daemon.stop() == 0
    output = "\n".join(daemon.output())
    assert "OperationalError" not in output and "unexpected error" not in output
    [row] = airings(forty)  # exactly one outcome, saying why
    assert (row["slot"], row["status"]) == ("rac", "failed")
    assert row["error"].startswith("not aired, and not logged then: the disk is full")


def test_a_sound_card_that_does_not_open_is_said_before_the_slot(
    station: Path, run: Run, scripts: Path, start_daemon: Callable[..., Daemon]
) -> None:
    run("announce", "add", str(write_script(scripts, "rac.md", TEXT, id="rac")))
    set_config(station, "default_sink", '"device:hw:CARD=KhongCo"')  # no such card
    daemon = start_daemon(station, sink=None, warm=True)
    line = daemon.expect(r"cannot open where its airings go").string
    assert "Check the sound card and the loudspeakers' cable" in line
    said = run("status").stdout.splitlines()
    assert said[1].endswith("but the sound card does not open: the slots will not reach the "
                            "loudspeakers.")  # fmt: skip
    set_config(station, "default_sink", '"device:null"')  # ALSA's own null device: it opens
    daemon.expect(r"The sound card opens again")
    said = run("status").stdout.splitlines()
    assert "but" not in said[1]
    assert daemon.stop() == 0


def test_a_usb_stick_not_plugged_in_is_said_before_the_slot_and_fails_it(
    station: Path, run: Run, scripts: Path, tmp_path: Path, start_daemon: Callable[..., Daemon]
) -> None:
    """`file:…/usb/ra-loa`, the stick not in: said at start (the daemon, `status`), the slot
    fails with why, and nothing is written on the computer's disk in its place (every
    airing was); plugged in, the next slot is written onto it."""
    run("announce", "add", str(write_script(scripts, "rac.md", TEXT, id="rac")))
    usb = tmp_path / "usb"
    set_config(station, "default_sink", f'"file:{usb}/ra-loa"')
    daemon = start_daemon(station, sink=None, warm=True, reads=True)
    line = daemon.expect(r"cannot write its airings where they go").string
    assert f"the folder {usb} does not exist: is the USB stick or disk it is on plugged in?" in line
    said = run("status").stdout.splitlines()
    assert said[1].endswith("but the folder the airings are written to cannot be written: the "
                            "slots fail.")  # fmt: skip
    # as soon as the daemon can see it (the next look, 2 s, and the timer's lead, 1 s); seen
    # later, it would air late as one missed in its grace
    run("schedule", "add", "rac", "--at", clock_in(3), "--announce", "rac")
    daemon.expect(r"#1 failed: .*the folder .*usb does not exist", timeout=60)
    assert not usb.exists()
    usb.mkdir()  # plugged in
    run("schedule", "remove", "rac")
    # in time to be prepared ahead: the sink is opened then, and its coming back said
    run("schedule", "add", "rac2", "--at", clock_in(6), "--announce", "rac")
    daemon.expect_all(r"The airings can be written again", r"#2 aired", timeout=60)
    assert daemon.stop() == 0
    assert [p.parent for p in usb.rglob("*.wav")] == [usb / "ra-loa"]
    assert [r["status"] for r in airings(station)] == ["failed", "aired"]


def test_a_daemon_restarted_on_a_full_disk_waits_for_room_and_logs_the_slot_with_why(
    forty: Path,
    run: Run,
    start_daemon: Callable[..., Daemon],
    tmp_path: Path,
    request: pytest.FixtureRequest,
) -> None:
    """The station PC is shut down on a full disk and started a day later, its disk still
    full (w26commune 1, 4): the daemon died writing its pid, then its start; and the slot the
    full disk kept from being logged, known to the daemon before only, was logged as plain
    "missed". The daemon must start, say the disk is full, leave the store readable by the
    others meanwhile, and once the disk has room log that slot with why, and the next day's,
    due while the station was off, as missed: that was not the disk (v26review: the whole
    time since the disk filled was taken for it). Its very first start was on a full disk
    too, stopped before room came: that left the record of the full time an empty file,
    which a full disk does not fill; a start with room makes it whole (v26review). Its lock
    file, as the daemons before PID_WIDTH left it, has no block for the pid: the daemon is
    still found running, by its lock (v26review: "not running", and `emergency` aired by
    itself)."""
    status = broadcaster(forty, "status", held=True)  # hers, its start made meanwhile
    request.addfinalizer(status.kill)
    fill_to_the_last_byte(forty)
    never = start_daemon(forty, warm=True)
    never.expect(r"disk has only")
    assert never.stop() == 0
    assert (forty / "disk-full-since").stat().st_size == 0  # made, but with no block
    (forty / "filler.bin").unlink()
    first = start_daemon(forty, warm=True, reads=True)  # it prepares the notice's speech
    first.expect("on air, airings go to")
    run("schedule", "add", "rac", "--at", clock_in(8), "--announce", "rac")
    fill_to_the_last_byte(forty)
    first.expect(r"disk has only")
    first.expect(r"Slot rac of \d\d:\d\d is past its grace", timeout=60)
    assert first.stop() == 0
    gc.collect()  # this process's commands leave the store closed, as a rebooted PC has it
    assert not (forty / "station.db-shm").exists()  # SQLite must make it to write
    (forty / "daemon.lock").write_bytes(b"")  # as a daemon of before PID_WIDTH left it
    fill_to_the_last_byte(forty)  # what the store's closing freed (its WAL) is taken too
    daemon = faked_daemon(forty, tmp_path / "clock.rc", "+1d")  # started the next day
    try:
        line = daemon.expect(r"disk has only").string
        assert "0 MB free of 40 MB" in line and "Delete files" in line
        out, _ = status.communicate("go\n", timeout=120)  # the store is not held from her
        held, *said = out.splitlines()  # a held command says first that it has imported
        assert status.returncode == 0 and held == IMPORTED and said[1].endswith(
            "but the station's disk is full: the slots may not air or be logged.")  # fmt: skip
        # known from before, and said by its day (w27commune 3: by its hour alone)
        daemon.expect(r"Slot rac of \d\d:\d\d yesterday is past its grace")
        assert running_daemon(forty) == daemon.process.pid  # her `emergency` wakes it
    finally:
        assert daemon.stop() == 0
    # restarted again, the disk still full: the record keeps yesterday's full time apart
    # from today's (w27commune 3: joined, it took the day off's slot for the disk's too)
    again = faked_daemon(forty, tmp_path / "clock.rc", "+1d")
    try:
        again.expect(r"disk has only")
        again.expect(r"Slot rac of \d\d:\d\d yesterday is past its grace")
        assert running_daemon(forty) == again.process.pid
        (forty / "filler.bin").unlink()
        again.expect_all(r"disk has room again", r"on air, airings go to", r"#1 failed",
                         r"#2 missed", timeout=30)  # fmt: skip
    finally:
        assert again.stop() == 0
    for run_of in (daemon, again):
        output = "\n".join(run_of.output())
        assert "Error" not in output and "OperationalError" not in output
        assert output.count("past its grace") == 1, output  # the day off's is not the disk's
    [full, off] = airings(forty)
    assert (full["slot"], full["status"], off["slot"], off["status"]) == (
        "rac", "failed", "rac", "missed")  # fmt: skip
    assert full["error"].startswith("not aired, and not logged then: the disk is full")
    assert off["error"].startswith("not aired: the station was off or busy until")
    assert (forty / "disk-full-since").read_text().strip() == ""  # nothing left to log


def test_the_record_of_a_full_disk_keeps_each_full_time_apart(quick: Path) -> None:
    """w27commune 3, the record itself: a full disk looked at again goes on with its span; one
    found after a gap is a span of its own; a slot that failed on the disk before the look
    found it full is inside its span; the narrow record daemons before kept is widened with
    what it holds."""
    from datetime import UTC, datetime, timedelta

    from broadcaster import health
    from broadcaster.clock import utc_iso
    from broadcaster.station import Station

    t0 = datetime(2026, 12, 1, 6, 0, tzinfo=UTC)
    station = Station.open(quick)
    (quick / "disk-full-since").write_text(f"{utc_iso(t0)} {utc_iso(t0)}".ljust(64))  # before
    health.keep_room(station)
    assert (quick / "disk-full-since").stat().st_size == health.FULL_SINCE_WIDTH
    assert health.full_spans(station) == [(t0, t0)]
    minute = timedelta(minutes=1)
    health.note_full(station, t0 + minute)
    health.note_full(station, t0 + 2 * minute)  # looked at every second meanwhile
    assert health.full_spans(station) == [(t0, t0 + 2 * minute)]
    later = t0 + timedelta(days=1)  # full again the next day (the station off between)
    health.note_full(station, later, since=later - 5 * minute)  # a slot failed before
    assert health.full_spans(station) == [(later - 5 * minute, later), (t0, t0 + 2 * minute)]
    health.clear_full(station)
    assert health.full_spans(station) == []
