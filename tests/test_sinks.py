"""Sinks: files written whole, a null sink paced in real time, a sound card that fails loudly."""

from __future__ import annotations

import errno
import functools
import os
import subprocess
import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from conftest import make_tone
from test_faults import fill_to_the_last_byte, mounts  # noqa: F401  (a fixture)

from announcements.audio import LoudnessTarget, ingest
from audio_out.amplifier import AmplifierError, AmplifierHooks
from audio_out.sinks import (
    FOLDER_SAME,
    DeviceSink,
    FileSink,
    NullSink,
    SinkError,
    folder_problem,
    loudspeakers_sql,
    make_sink,
    reaches_loudspeakers,
    sink_text,
    sound_cards,
    unheard_detail,
    unheard_text,
)


@pytest.fixture(scope="module")
def program(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("sinks")
    return ingest(make_tone(folder / "t.wav", seconds=0.6), folder, LoudnessTarget()).path


def test_file_sink_writes_one_wav_per_airing(program: Path, tmp_path: Path) -> None:
    sink = FileSink(tmp_path / "airings")
    result = sink.play(program, "20260101-070000-000001")
    assert result.complete and result.played_s == pytest.approx(0.6, abs=0.01)
    assert Path(result.destination).read_bytes() == program.read_bytes()
    assert [p.name for p in (tmp_path / "airings").iterdir()] == ["20260101-070000-000001.wav"]


def test_file_sink_that_cannot_write_raises(program: Path, tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-dir"
    blocker.write_text("x")
    with pytest.raises(SinkError, match="cannot write the airing"):
        FileSink(blocker / "sub").play(program, "a")


def test_a_file_in_the_folder_s_place_is_said_as_such_not_as_permission_denied(
    program: Path, tmp_path: Path
) -> None:
    """The folder's name taken by a file (CI, as root: "permission denied", which sends the
    technician to the folder's rights): the check and the airing both name the file, and
    so does a file further up the way."""
    taken = tmp_path / "ra-loa"
    taken.write_text("không phải thư mục")
    for sink in (FileSink(taken), FileSink(taken / "thang-12")):
        with pytest.raises(SinkError) as checked:
            sink.check()
        with pytest.raises(SinkError) as played:
            sink.play(program, "a")
        for said in (str(checked.value), str(played.value)):
            assert f"a file named “ra-loa” is where the folder {taken} should be" in said, said
            assert "permission" not in said
    assert taken.read_text() == "không phải thư mục"  # left as it was


def test_a_link_to_a_usb_stick_not_plugged_in_says_so(tmp_path: Path) -> None:
    """The folder is a link to a USB stick's, the stick not in: not "it already exists"."""
    link = tmp_path / "ra-loa"
    link.symlink_to(tmp_path / "usb" / "ra-loa")
    with pytest.raises(SinkError) as checked:
        FileSink(link).check()
    assert str(checked.value).endswith(
        f"{link} leads to {tmp_path / 'usb' / 'ra-loa'}, which is not there: is the USB stick "
        "or disk it is on plugged in?"
    )


def test_only_the_folder_s_last_part_is_made_never_the_ones_above_it(
    program: Path, tmp_path: Path
) -> None:
    """`file:/media/usb/ra-loa` with the stick not in: the airing fails with why, and no
    folder is made on the computer's own disk (every airing went there, the officer
    thinking it on the stick); the last folder is made, relative to the station too."""
    gone = tmp_path / "usb"
    for sink in (FileSink(gone / "ra-loa"), FileSink(gone / "2026" / "ra-loa")):
        with pytest.raises(SinkError) as checked:
            sink.check()
        with pytest.raises(SinkError) as played:
            sink.play(program, "a")
        for said in (str(checked.value), str(played.value)):
            assert said.endswith(f"the folder {gone} does not exist: is the USB stick or disk "
                                 "it is on plugged in? (the station makes only the last folder "
                                 "of the path, never the ones above it, so as not to fill the "
                                 "computer's own disk in a USB stick's place)"), said  # fmt: skip
    assert not gone.exists()
    made = make_sink("file:ra-loa", tmp_path)
    made.check()
    assert made.play(program, "b").destination == str(tmp_path / "ra-loa" / "b.wav")


def test_a_mount_point_with_nothing_mounted_is_no_folder_to_write_in(
    program: Path,
    tmp_path: Path,
    mounts: Callable[..., None],  # noqa: F811
) -> None:
    """A USB stick's mount point is there, empty, the stick not in: fstab's (`/media/usb`
    of a Pi set up by hand), or one under /media (FHS: its folders are mount points) that
    crosses no mount: the folder is not made, nor written if an earlier airing left it on
    the computer's disk; plugged in (a real mount), the airings go onto it."""
    stick = tmp_path / "the USB"
    stick.mkdir()
    fstab = tmp_path / "fstab"
    fstab.write_text("# <file system> <mount point> <type>\nproc /proc proc defaults 0 0\n"
                     f"UUID=0AB1-C2D3 {str(stick).replace(' ', chr(92) + '040')} vfat "
                     "defaults,nofail 0 0\n/dev/sda2 none swap sw 0 0\n")  # fmt: skip
    media = tmp_path / "media"
    (media / "pi" / "KHO").mkdir(parents=True)
    (media / "pi" / "KHO" / "ra-loa").mkdir()  # left on the computer's disk by an old airing
    cases = [
        (FileSink(stick / "ra-loa", fstab=fstab), stick),
        (FileSink(stick, fstab=fstab), stick),
        (FileSink(media / "pi" / "KHO" / "ra-loa", removable=(media,)), media / "pi" / "KHO"),
    ]
    for sink, place in cases:
        for attempt in (sink.check, functools.partial(sink.play, program, "a")):
            with pytest.raises(SinkError) as failed:
                attempt()
            assert str(failed.value).endswith(
                f"nothing is mounted at {place}: the USB stick or disk the folder is on is not "
                "plugged in; plug it in (the station does not write the airings onto the "
                "computer's own disk in its place)"
            ), failed.value
    assert list(stick.iterdir()) == [] and list((media / "pi" / "KHO" / "ra-loa").iterdir()) == []
    mounts(stick, "1m")
    mounts(media / "pi" / "KHO", "1m")
    for sink, _place in cases:
        sink.check()
        written = Path(sink.play(program, "b").destination)
        assert os.stat(written).st_dev != os.stat(tmp_path).st_dev  # on the stick
    subprocess.run(["umount", str(stick)], check=True)
    with pytest.raises(SinkError, match="nothing is mounted at"):
        FileSink(stick / "ra-loa", fstab=fstab).check()
    disk = tmp_path / "disk"
    disk.mkdir()
    subprocess.run(["mount", "--bind", str(disk), str(stick)], check=True)
    try:  # a bind mount from the same disk: os.path.ismount cannot tell, the kernel's table can
        assert not os.path.ismount(stick)
        FileSink(stick / "ra-loa", fstab=fstab).check()
    finally:
        subprocess.run(["umount", str(stick)], check=True)


def test_a_read_only_or_full_disk_is_said_as_what_it_is(
    program: Path,
    tmp_path: Path,
    mounts: Callable[..., None],  # noqa: F811
) -> None:
    """A USB stick locked (a read-only file system) fails the check; a full one fails the
    airing (a file with no name still fits): each says which."""
    locked, full = tmp_path / "locked", tmp_path / "full"
    mounts(locked, "1m", "ro")
    with pytest.raises(SinkError) as checked:
        FileSink(locked).check()
    assert str(checked.value).endswith(
        f"the disk that holds {locked} is read-only (a USB stick's lock switch, or a disk the "
        "computer found faulty): unlock or replace it, or tell the technician"
    )
    mounts(full, "1m")
    fill_to_the_last_byte(full)
    FileSink(full).check()
    with pytest.raises(SinkError) as played:
        FileSink(full).play(program, "a")
    assert f"the disk that holds {full} is full" in str(played.value)


@pytest.mark.parametrize("code", [errno.EACCES, errno.EPERM, errno.EROFS, errno.ENOSPC,
                                  errno.EDQUOT, errno.EIO, errno.ENODEV, errno.ENOENT])  # fmt: skip
def test_each_reason_a_folder_cannot_be_written_has_its_own_sentence(
    code: int, tmp_path: Path
) -> None:
    """Each error the system can give for the folder, in words that say what it is, one
    sentence for those that mean the same (a quota is a full disk, a device gone is an input
    /output error); a right the station lacks is said apart for a folder that is not there
    (a USB stick's, under /media, not plugged in)."""
    said = {folder_problem(tmp_path, OSError(code, os.strerror(code))) for code in FOLDER_CODES}
    assert len(said) == len(set(FOLDER_SAME.get(c, c) for c in FOLDER_CODES))
    mine = folder_problem(tmp_path, OSError(code, os.strerror(code)))
    assert str(tmp_path) in mine and os.strerror(code) not in mine
    missing = folder_problem(tmp_path / "usb", OSError(code, os.strerror(code)))
    if code in (errno.EACCES, errno.EPERM):
        assert "may not write in" in mine
        assert missing.startswith(f"{tmp_path / 'usb'} does not exist and the station may not "
                                  f"make it in {tmp_path}: is the USB stick")  # fmt: skip


FOLDER_CODES = (errno.EACCES, errno.EPERM, errno.EROFS, errno.ENOSPC, errno.EDQUOT, errno.EIO,
                errno.ENODEV, errno.ENOENT)  # fmt: skip


def test_an_aplay_that_cannot_start_is_the_card_s_fault_in_words(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """aplay there but not runnable (its mode lost): the card sink's check says the program
    that plays the sound could not start, not "permission denied: aplay" (it went up as a
    file's error, out of the check)."""
    aplay = tmp_path / "bin" / "aplay"
    aplay.parent.mkdir()
    aplay.write_text("#!/bin/sh\nexit 0\n")
    aplay.chmod(0o644)
    monkeypatch.setenv("PATH", str(aplay.parent))
    with pytest.raises(SinkError) as checked:
        DeviceSink().check()
    assert str(checked.value).startswith("the sound card refused to play: the program that "
                                         "plays the sound (aplay) could not start: ")  # fmt: skip
    assert "call the technician" in str(checked.value)


def test_null_sink_takes_real_time(program: Path) -> None:
    started = time.monotonic()
    result = NullSink().play(program, "a")
    assert time.monotonic() - started >= 0.6
    assert result.complete and result.played_s == pytest.approx(0.6, abs=0.01)


def test_a_paced_null_sink_reads_faster_and_logs_the_program_s_seconds(tmp_path: Path) -> None:
    """`null:x10`, for the tests where only what an airing leads to is checked: a 3 s
    program read in a tenth of that, logged as 3 s of the sink `null:x10`; cut, it says so. `null`
    alone stays real time."""
    long = ingest(make_tone(tmp_path / "l.wav", seconds=3), tmp_path, LoudnessTarget()).path
    sink = make_sink("null:x10", tmp_path)
    started = time.monotonic()
    result = sink.play(long, "a")
    assert time.monotonic() - started < 1.5
    assert result.complete and result.played_s == pytest.approx(3.0, abs=0.01)
    assert result.destination == sink.description == "null:x10"
    cut = threading.Event()
    result = sink.play(long, "b", cut, on_start=cut.set)
    assert not result.complete and result.played_s < 3.0
    assert make_sink("null", tmp_path).description == "null"
    for spec in ("null:x0", "null:fast", "null:x1.5"):
        with pytest.raises(SinkError, match="unknown sink"):
            make_sink(spec, tmp_path)


def test_null_sink_stops_when_told(tmp_path: Path) -> None:
    long = ingest(make_tone(tmp_path / "l.wav", seconds=30), tmp_path, LoudnessTarget()).path
    started = threading.Event()
    sink = NullSink(on_first_sample=started.set)
    results = []
    player = threading.Thread(target=lambda: results.append(sink.play(long, "a")))
    player.start()
    assert started.wait(5)
    sink.stop()
    player.join(5)
    assert not results[0].complete and results[0].played_s < 5


def test_device_sink_command_line() -> None:
    assert DeviceSink("plughw:1,0").command(Path("/p.wav")) == [
        "aplay",
        "-q",
        "-D",
        "plughw:1,0",
        "/p.wav",
    ]
    assert DeviceSink().command(Path("/p.wav")) == ["aplay", "-q", "/p.wav"]


@pytest.mark.skipif(bool(sound_cards()), reason="this machine has a sound card")
def test_device_sink_without_a_sound_card_says_so(program: Path) -> None:
    with pytest.raises(SinkError, match="no sound card found"):
        DeviceSink().play(program, "a")


def test_make_sink_parses_specs(tmp_path: Path) -> None:
    assert isinstance(make_sink("null", tmp_path), NullSink)
    assert make_sink("file:out", tmp_path).description == f"file:{tmp_path / 'out'}"
    assert make_sink("device:hw:0", tmp_path).description == "device:hw:0"
    with pytest.raises(SinkError, match="unknown sink 'speaker'"):
        make_sink("speaker", tmp_path)


def test_amplifier_hooks_run_in_order_and_report_failure(tmp_path: Path) -> None:
    log = tmp_path / "relay.log"
    hooks = AmplifierHooks(
        ("sh", "-c", f"echo on >> {log}"), 0.0, ("sh", "-c", f"echo off >> {log}")
    )
    hooks.power_on()
    hooks.power_off()
    assert log.read_text().split() == ["on", "off"]
    with pytest.raises(AmplifierError, match="'before' command exited 3: relay stuck"):
        AmplifierHooks(("sh", "-c", "echo relay stuck >&2; exit 3")).power_on()
    with pytest.raises(AmplifierError, match="'before' command cannot start: khong-co-lenh"):
        AmplifierHooks(("khong-co-lenh", "on")).power_on()
    # a relay tool of an old PC says its fault in its code page: said, never a trace (w22c)
    with pytest.raises(AmplifierError, match="'before' command exited 2: R\ufffdle h\ufffdng"):
        AmplifierHooks(("sh", "-c", r"printf 'R\345le h\364ng' >&2; exit 2")).power_on()


def test_aplay_s_reasons_reach_the_officer_in_her_words_with_its_line_as_the_detail(
    vietnamese: None,
) -> None:
    """w26commune 2: aplay's "audio open error: No such device" reached Trang chủ as it was.
    Each reason the real aplay gives here (a card not there, a device not on a card, a name
    it does not know) is a Vietnamese sentence naming the card as she knows it (by its name
    or its number counted from one, ALSA's name after it) and what to do: what she can, else
    that the technician sets the card, which no console page does (w27commune 4: it told her
    to edit station.toml); aplay's own line is kept whole, only as the detail."""
    from audio_out.sinks import EMPTY_WAV, aplay_reason

    for device, says in (
        ("hw:CARD=X,DEV=7", "không tìm thấy card âm thanh X (hw:CARD=X,DEV=7) trên máy tính này: "
                            "hãy kiểm tra card còn cắm chắc rồi khởi động lại máy tính"),
        ("hw:0,7", "máy tính này không có card âm thanh số 1 (hw:0,7): hãy gọi kỹ thuật viên"),
        ("front:CARD=X", "card âm thanh đặt cho đài (front:CARD=X) không phải một tên mà máy "
                         "tính biết: hãy gọi kỹ thuật viên"),
    ):  # fmt: skip
        done = subprocess.run(["aplay", "-q", "-D", device, "-"], input=EMPTY_WAV,
                              capture_output=True, check=False)  # fmt: skip
        assert done.returncode == 1
        last = done.stderr.decode().strip().splitlines()[-1]
        said = aplay_reason(done.stderr.decode(), device)
        assert said.startswith(says) and "không chọn được trên trang quản lý" in said, said
        assert "station.toml" not in said, said
        reason, _, detail = said.partition(" (chi tiết: ")
        assert detail == f"{last})" and "error" not in reason, said
    unplugged = "aplay: pcm_write:2127: write error: No such device"  # mid-airing, not a name
    said = aplay_reason(unplugged, "")  # the computer's own card: ALSA's "default"
    assert said.startswith("card âm thanh của máy đang phát thì dừng: hãy kiểm tra card còn cắm "
                           "chắc và dây cáp, rồi phát lại lượt này ở Nhật ký (“Phát lại một "
                           "lần”)"), said  # fmt: skip
    assert "default" not in said.partition(" (chi tiết: ")[0]
    odd = aplay_reason("aplay: main:831: audio open error: Something new", "hw:0")
    assert odd.startswith("card âm thanh số 1 (hw:0) báo một lỗi") and odd.endswith("new)")
    assert aplay_reason("", "hw:0") == "aplay bị lỗi"


def test_only_a_sound_card_reaches_the_loudspeakers(program: Path, tmp_path: Path) -> None:
    """Whether anyone heard an airing, by the kind of sink it went to, however the log or
    the airing names it: a sound card's name, a test sink's pace, a folder (even one named
    like a card) or the file written there; an airing that reached no sink was heard by
    nobody (w27leader F2: a storm warning written to a file read "aired")."""
    for spec, heard in (("device", True), ("device:plughw:1,0", True), ("null", False),
                        ("null:x4", False), ("file:device:hw:0", False)):  # fmt: skip
        assert reaches_loudspeakers(make_sink(spec, tmp_path).description) is heard, spec
    written = FileSink(tmp_path / "device:hw:0").play(program, "a").destination
    assert not reaches_loudspeakers(written)
    assert sink_text(written) == f"no loudspeaker: written to {written}"
    assert not reaches_loudspeakers(None) and not reaches_loudspeakers("")


def test_the_log_s_query_for_the_loudspeakers_keeps_the_one_rule(tmp_path: Path) -> None:
    """w29report 3: Nhật ký filters "đã phát" and "không ra loa" in SQL: the condition says of
    every name a log may hold what `reaches_loudspeakers` says, a name like a card's that is
    a file's, a word in capitals, a missing sink and a quote too."""
    import sqlite3

    names = ["device", "device:hw:1", "device:plughw:CARD=USB,DEV=0", "devices", "device-2",
             "Device:hw:1", "DEVICE", "null", "null:x4", "file:device", "file:/srv/dai/out",
             f"{tmp_path}/device:hw:0/a.wav", "/srv/device", "", None, "it's"]  # fmt: skip
    db = sqlite3.connect(":memory:")
    db.execute("CREATE TABLE airings (sink TEXT)")
    db.executemany("INSERT INTO airings VALUES (?)", [(name,) for name in names])
    heard = loudspeakers_sql("sink")
    found = [row[0] for row in db.execute(f"SELECT sink FROM airings WHERE {heard}")]
    assert found == [n for n in names if reaches_loudspeakers(n)]
    assert found == ["device", "device:hw:1", "device:plughw:CARD=USB,DEV=0"]
    unheard = db.execute(f"SELECT COUNT(*) FROM airings WHERE NOT {heard}")
    assert unheard.fetchone()[0] == len(names) - 3  # a missing sink too, as nobody heard it


def test_where_an_unheard_airing_went_is_said_without_a_path(
    program: Path, tmp_path: Path, vietnamese: None
) -> None:
    """w29report 4: Nhật ký named the file sink's folder by its whole path, a maintainer's
    word; the officer reads what a file sink is and the folder's name, whether the log names
    the sink or the file written, and the test sink as a trial."""
    folder = tmp_path / "ghi âm" / "ban-ghi"
    folder.parent.mkdir()
    written = FileSink(folder).play(program, "a").destination
    for where in (f"file:{folder}", written):
        said = unheard_text(where)
        assert said.startswith("chỉ ghi ra tệp âm thanh trên máy của đài, trong thư mục "
                               "“ban-ghi”, loa không phát"), said  # fmt: skip
        assert str(tmp_path) not in said and "/" not in said
    assert unheard_text("null:x4") == "đài chạy thử: âm thanh bị bỏ đi, loa không phát"
    assert (
        unheard_detail(written) == f"đã ghi vào tệp {written}"
    )  # the daemon's, for the technician
