"""Faults leave a true row: a full disk (a small tmpfs the test mounts and fills), a folder
that cannot be written (a read-only mount), or an unexpected error while a program is made
or played give a `failed` row with the reason, never no row and never a later false
`missed`; "On air" is printed only when sound starts."""

from __future__ import annotations

import contextlib
import json
import os
import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from conftest import (
    FAST,
    Daemon,
    Run,
    airings,
    broadcaster,
    clock_in,
    make_tone,
    query,
    set_config,
    write_script,
)

TEXT = "Bà con lưu ý: sáng mai thu gom rác tại đầu thôn."


def mount_tmpfs(where: Path, size: str, *options: str) -> None:
    where.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", ",".join([f"size={size}", *options]), "tmpfs", str(where)],
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here ({done.stderr.strip()})")


@pytest.fixture
def mounts() -> Iterator[Callable[..., None]]:
    """Mount tmpfs file systems for a test (root only); all are unmounted after it."""
    if os.geteuid() != 0:
        pytest.skip("mounting a small file system needs root")
    made: list[Path] = []

    def mount(where: Path, size: str = "16m", *options: str) -> None:
        mount_tmpfs(where, size, *options)
        made.append(where)

    yield mount
    for where in reversed(made):
        subprocess.run(["umount", "-l", str(where)], check=False)


def fill(folder: Path, leave: int) -> Path:
    """Fill the disk holding `folder` until only `leave` bytes are free, or it is full: a
    daemon running meanwhile (rendering the next slot ahead) may take some of what was free
    when this began."""
    stats = os.statvfs(folder)
    free = stats.f_bavail * stats.f_frsize
    filler = folder / "filler.bin"
    with filler.open("wb", buffering=0) as f:
        block = b"\0" * (1 << 16)
        with contextlib.suppress(OSError):  # full before the count: as full as asked
            for _ in range(max(0, free - leave) // len(block)):
                f.write(block)
    return filler


@pytest.fixture
def small(tmp_path: Path, mounts: Callable[..., None], run: Run, scripts: Path) -> Path:
    """A station on a 16 MB disk of its own, with one announcement already synthesised."""
    mounts(tmp_path / "station")
    run("init", "--name", "Xã Đồi Núi", "--quiet-hours", "none")
    station = tmp_path / "station"
    set_config(station, "engines", '["espeak"]')
    set_config(station, "auto_approve_local", "true")
    run("jingle", "remove", "intro")  # short programs: the daemon airs them in real time
    run("jingle", "remove", "outro")
    run("announce", "add", str(write_script(scripts, "rac.md", TEXT, id="rac")))
    run("announce", "render", "rac", "-o", str(scripts / "nghe-thu.wav"))  # speech cached
    return station


def test_a_full_disk_while_making_the_program_is_a_failed_row(small: Path, run: Run) -> None:
    fill(small, leave=60_000)  # room for the log, not for the program
    result = run("play", "--announce", "rac", "--sink", "null", code=1)
    assert "On air" not in result.stdout
    assert "airing #1 failed: the disk is full" in result.stderr
    [row] = airings(small)
    assert row["status"] == "failed" and "the disk is full" in row["error"]
    assert row["items"][0]["announcement_id"] == "rac"


def test_a_full_disk_while_synthesising_says_so(small: Path, run: Run, scripts: Path) -> None:
    run("announce", "add", str(write_script(scripts, "moi.md", TEXT + " Lần hai.", id="moi")))
    fill(small, leave=60_000)
    result = run("play", "--announce", "moi", "--sink", "null", code=1)
    assert "the disk is full" in result.stderr and "cannot decode" not in result.stderr
    [row] = airings(small)
    assert row["status"] == "failed" and "the disk is full" in row["error"]


def test_a_full_disk_is_not_reported_as_undecodable_audio(
    small: Path, run: Run, scripts: Path
) -> None:
    recording = make_tone(scripts / "ghi-am.mp3", seconds=20)
    fill(small, leave=200_000)
    result = run("announce", "add", str(recording), code=1)
    assert "cannot write the converted audio" in result.stderr
    assert "the disk is full" in result.stderr and "cannot decode" not in result.stderr
    assert result.stderr.count("\n") == 1


def test_a_full_disk_in_the_daemon_leaves_a_failed_row_and_no_false_missed(
    small: Path, run: Run, start_daemon: Callable[[Path], Daemon]
) -> None:
    run("schedule", "add", "day", "--at", clock_in(4), "--announce", "rac")
    filler = fill(small, leave=60_000)
    daemon = start_daemon(small)
    daemon.expect(r"#1 failed: .*the disk is full", timeout=60)
    filler.unlink()  # the operator frees space; the schedule carries on
    run("schedule", "remove", "day")
    run("schedule", "add", "sau", "--at", clock_in(2), "--announce", "rac")  # late or not
    daemon.expect(r"#2 aired", timeout=60)
    assert daemon.stop() == 0
    assert not any(line.startswith("On air: #1") for line in daemon.output())
    first, second = airings(small)
    assert (first["slot"], first["status"]) == ("day", "failed")
    assert (second["slot"], second["status"]) == ("sau", "aired")


def test_folders_that_cannot_be_written_are_named(
    small: Path, run: Run, mounts: Callable[..., None], tmp_path: Path, scripts: Path
) -> None:
    mounts(small / "programs", "1m", "ro")
    result = run("play", "--announce", "rac", "--sink", "null", code=1)
    assert "airing #1 failed: " in result.stderr and "read-only" in result.stderr
    assert "programs" in result.stderr
    mounts(tmp_path / "usb", "1m", "ro")
    subprocess.run(["umount", "-l", str(small / "programs")], check=True)
    result = run("play", "--announce", "rac", "--sink", f"file:{tmp_path / 'usb'}", code=1)
    assert "cannot write" in result.stderr and "usb" in result.stderr
    assert "read-only" in result.stderr
    assert "On air" not in result.stdout
    mounts(small / "audio", "1m", "ro")
    result = run("announce", "add", str(make_tone(scripts / "moi.wav", seconds=1)), code=1)
    assert "the disk is read-only" in result.stderr and "Traceback" not in result.stderr
    assert [r["status"] for r in airings(small)] == ["failed", "failed"]


def damage(station: Path, announcement_id: str) -> None:
    """Overwrite an announcement's stored audio with bytes that are not audio."""
    from conftest import query

    [(path,)] = query(
        station,
        "SELECT a.path FROM speech s JOIN assets a ON a.sha256 = s.asset_sha256 "
        "JOIN announcement_versions v ON v.announcement_id = ? "
        "WHERE s.spoken_text IS NOT NULL LIMIT 1",
        (announcement_id,),
    )
    (station / path).write_bytes(b"not a wave file at all" * 100)


def test_an_unexpected_error_while_making_the_program_is_a_failed_row(
    station: Path, scripts: Path, run: Run, start_daemon: Callable[[Path], Daemon]
) -> None:
    run("announce", "add", str(write_script(scripts, "rac.md", TEXT, id="rac")))
    run("announce", "render", "rac", "-o", str(scripts / "nghe-thu.wav"))
    damage(station, "rac")
    result = run("play", "--announce", "rac", "--sink", "null", code=1)
    assert "airing #1 failed: unexpected error" in result.stderr
    assert "On air" not in result.stdout
    run("schedule", "add", "hong", "--at", clock_in(4), "--announce", "rac")
    daemon = start_daemon(station)
    daemon.expect(r"#2 failed: unexpected error", timeout=60)
    assert daemon.stop() == 0
    run("schedule", "remove", "hong")
    again = start_daemon(station)  # recovery does not add a false `missed` for it
    again.expect(r"on air, airings go to: no loudspeaker")
    assert again.stop() == 0
    rows = json.loads(run("log", "list", "--json").stdout)
    assert [(r["slot"], r["status"]) for r in rows] == [(None, "failed"), ("hong", "failed")]


def test_on_air_is_printed_only_when_sound_starts(station: Path, scripts: Path, run: Run) -> None:
    run("announce", "add", str(write_script(scripts, "rac.md", TEXT, id="rac")))
    set_config(station, "shell", "true")
    set_config(station, "before", '"echo relay stuck >&2; exit 3"')
    result = run("play", "--announce", "rac", "--sink", "null", code=1)
    assert "On air" not in result.stdout and "relay stuck" in result.stderr
    set_config(station, "before", '""')
    blocker = station / "blocker"
    blocker.write_text("")
    result = run("play", "--announce", "rac", "--sink", f"file:{blocker}/x", code=1)
    assert "On air" not in result.stdout
    result = run("play", "--announce", "rac", "--sink", f"file:{station}/out")
    assert result.stdout.startswith("On air: airing #3")
    assert [r["status"] for r in airings(station)] == ["failed", "failed", "aired"]


def fill_to_the_last_byte(folder: Path) -> None:
    """Fill the disk holding `folder` until not one more block can be written."""
    filler = fill(folder, leave=0)
    with filler.open("ab", buffering=0) as f:
        for size in (4096, 512, 1):
            try:
                while True:
                    f.write(b"\0" * size)
            except OSError:
                continue


def test_a_completely_full_station_disk_still_reads_and_refuses_changes_in_a_sentence(
    small: Path, run: Run
) -> None:
    """Trial 3 F7: with no byte left, SQLite cannot make the index a WAL store keeps beside
    it. What only reads still works (the officer can still see the log, the schedule and
    what is on air); a change, an airing above all, is refused with one sentence saying the
    station's disk is full and that no row could be written; the store is as it was."""
    run("schedule", "add", "sang", "--at", "06:30", "--announce", "rac")
    run("play", "--announce", "rac", "--sink", FAST)  # a sealed airing to read back
    query(small, "PRAGMA wal_checkpoint(TRUNCATE)")  # as a station copied onto the disk is:
    for extra in ("station.db-wal", "station.db-shm"):  # SQLite must make these to open it
        (small / extra).unlink(missing_ok=True)
    before = (small / "station.db").read_bytes()
    fill_to_the_last_byte(small)
    reads = {
        ("log", "verify"): "The airing log is intact: 1 sealed airing",
        ("log", "list"): "#1",
        ("schedule", "list"): "sang",
        ("rundown", "--date", "2030-01-07"): "06:30  sang",
        ("announce", "list"): "rac",
        ("status",): "Xã Đồi Núi",
    }
    for command, shown in reads.items():
        process = broadcaster(small, *command)  # its own process: SQLite opens the store anew
        out, said = process.communicate(timeout=120)
        assert (process.returncode, said) == (0, ""), command
        assert shown in out, command
    for command in (
        ("play", "--announce", "rac", "--sink", "null"),
        ("emergency", "--text", "Khẩn cấp: nước lên.", "--sink", "null"),
        ("schedule", "add", "chieu", "--at", "17:00", "--announce", "rac"),
    ):
        process = broadcaster(small, *command)
        _, said = process.communicate(timeout=120)
        assert process.returncode == 1, command
        assert "the station's disk is full: the store" in said, command
        assert "disk I/O error" not in said and "read-only" not in said
        assert said.count("\n") == 1 and "Traceback" not in said
        if command[0] != "schedule":
            assert "nothing was aired, and the airing could not be written to the log" in said
    (small / "filler.bin").unlink()
    assert (small / "station.db").read_bytes() == before
    assert [a["seq"] for a in airings(small)] == [1]  # as it said: no new row


def test_exports_and_backups_to_a_full_disk_name_that_disk(
    small: Path, run: Run, mounts: Callable[..., None], tmp_path: Path
) -> None:
    run("play", "--announce", "rac", "--sink", FAST)  # something to export
    usb = tmp_path / "usb"
    mounts(usb, "64k")
    filler = fill(usb, leave=0)
    for fmt in ("csv", "pdf"):
        said = run("log", "export", "--format", fmt, "-o", str(usb / f"r.{fmt}"), code=1).stderr
        assert f"cannot write {usb / f'r.{fmt}'}: the disk is full" in said
        assert said.count("\n") == 1
    out = usb / "r.xlsx"  # in its own process: nothing may complain as the process ends
    xlsx = broadcaster(small, "log", "export", "--format", "xlsx", "-o", str(out))
    _, said = xlsx.communicate(timeout=120)
    assert xlsx.returncode == 1
    assert said == f"Error: cannot write {out}: the disk is full.\n"
    said = run("backup", str(usb / "bk"), code=1).stderr
    assert f"cannot write the backup to {usb / 'bk'}: the disk is full" in said
    assert "the store" not in said and said.count("\n") == 1
    assert list(usb.iterdir()) == [filler]  # no partial file
