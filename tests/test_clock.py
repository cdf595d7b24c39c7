"""The commune PC's clock is wrong (o23lan12 M1–M3, M5): set back mid-day, booted a year
ahead, booted in 2020. Every planned airing still ends with exactly one outcome, nothing is
logged for days that have not come, and the officer reads what is wrong with the clock."""

from __future__ import annotations

import glob
import re
import subprocess
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import openpyxl
import pytest
from conftest import (
    ENGLISH,
    FAST,
    HCM,
    Daemon,
    SetClock,
    Visitor,
    airings,
    query,
    runner_for,
    set_config,
)
from tuf.api import exceptions

from audio_out.sinks import NO_CARD, FileSink
from broadcaster.airing import air
from broadcaster.airing_log import AiringStatus, Occasion, Trigger, log_airing, planned_entries
from broadcaster.clock import utc_iso
from broadcaster.clock_check import HOLD_GAP, SET_BACK, ClockFault, note_office_time, office_date
from broadcaster.overview import CARD, sound_fault_text
from broadcaster.records import UpstreamRequest
from broadcaster.report import resolve_period
from broadcaster.runner import Runner
from broadcaster.schedule import add_slots
from broadcaster.station import Station, StationError
from schedules.slots import make_slot
from upstream.client import explain_update_error

NOON = datetime(2026, 12, 1, 12, 40, tzinfo=HCM)
"""o23lan12's day: the trial ran from 12:43."""


def at(hour: int, minute: int, day: datetime = NOON) -> datetime:
    return day.replace(hour=hour, minute=minute, second=0)


@pytest.fixture
def noon(quick: Path, tmp_path: Path) -> Iterator[tuple[Station, SetClock, Runner]]:
    """A station at 12:40 with grace 1 minute (as the trial), whose 12:52 slot aired."""
    set_config(quick, "grace_minutes", "1.0")
    clock = SetClock(NOON)
    station = Station.open(quick, clock)
    add_slots(
        station,
        [
            make_slot(name, hhmm, announcements=["ngan"], created_at=NOON)
            for name, hhmm in (("truoc", "12:52"), ("a", "13:00"), ("b", "13:03"))
        ],
    )
    runner = Runner(station, FileSink(tmp_path / "airings"))
    clock.now = at(12, 52)
    [due] = runner.upcoming(timedelta(minutes=1))
    runner.air_planned(due)
    clock.now = at(12, 55)
    runner.settle()
    yield station, clock, runner


def outcomes(station: Path) -> dict[tuple[str, str], list[str]]:
    found: dict[tuple[str, str], list[str]] = {}
    slots = "SELECT slot, scheduled_at, status FROM airings WHERE slot IS NOT NULL"
    for slot, due, status in query(station, slots):
        local = datetime.fromisoformat(due).astimezone(HCM)
        found.setdefault((slot, f"{local:%d/%m %H:%M}"), []).append(status)
    return found


def air_as_the_daemon(runner: Runner, clock: SetClock, until: datetime) -> None:
    """Minute by minute to `until`: what the daemon's timers and recovery air."""
    while clock.now < until:
        for planned in runner.upcoming(timedelta(minutes=1)):
            clock.now = planned.at
            runner.air_planned(planned)
        clock.now = clock.now.replace(second=0) + timedelta(minutes=1)
        for late in runner.settle():
            runner.air_planned(late)


def test_a_clock_set_back_mid_day_airs_the_slots_in_between_and_not_the_early_ones_again(
    noon: tuple[Station, SetClock, Runner], quick: Path
) -> None:
    """M2: 12:56 → 13:16 (a PC running fast), then back to 12:57; slot C 13:02 added at 13:00.
    A and B got their rows under the fast clock; C and the 13:12 slot air at their time."""
    station, clock, runner = noon
    clock.now = at(13, 16)
    runner.settle()  # A and B: their rows, under the fast clock
    assert sorted(outcomes(quick)) == [("a", "01/12 13:00"), ("b", "01/12 13:03"),
                                       ("truoc", "01/12 12:52")]  # fmt: skip
    clock.now = at(12, 57)
    fault = station.clock_fault()
    assert fault and fault.set_back and not fault.hold  # said, and the station airs on
    told = "The computer's clock went back 18 min (from 13:15 to 12:57): the slots in between "
    assert [t for t in station.to_know() if t.startswith(told)] and not [
        w for w in station.warnings() if "clock" in w
    ]  # Để biết: nothing asks her
    add_slots(station, [make_slot("chieu", "13:12", announcements=["ngan"], created_at=clock.now)])
    assert [e.slot for e in station.next_airings(2)] == ["chieu", "truoc"]  # not B: it aired
    air_as_the_daemon(runner, clock, at(13, 0))
    add_slots(station, [make_slot("c", "13:02", announcements=["ngan"], created_at=clock.now)])
    air_as_the_daemon(runner, clock, at(13, 30))
    found = outcomes(quick)
    assert found[("c", "01/12 13:02")] == ["aired"]
    assert found[("chieu", "01/12 13:12")] == ["aired"]
    assert all(len(said) == 1 for said in found.values()), found  # exactly one outcome each
    assert station.clock_fault() is None  # past 13:16 again: nothing contradicts the clock


def test_a_restart_after_the_clock_went_back_logs_the_slot_it_slept_through(
    noon: tuple[Station, SetClock, Runner], quick: Path
) -> None:
    """M2 across a restart: the store's cursor says 13:15, the clock 13:13; slot C (13:02,
    added at 13:00 while the station was off) gets its row, the 13:12 slot airs late."""
    station, clock, runner = noon
    clock.now = at(13, 16)
    runner.settle()
    clock.now = at(13, 0)
    add_slots(station, [make_slot(name, hhmm, announcements=["ngan"], created_at=clock.now)
                        for name, hhmm in (("c", "13:02"), ("chieu", "13:12"))])  # fmt: skip
    clock.now = at(13, 12, NOON).replace(second=30)
    late = Runner(station, runner.sink).settle()
    assert [p.slot for p in late] == ["chieu"]
    assert outcomes(quick)[("c", "01/12 13:02")] == ["missed"]


def test_a_pc_booted_a_year_ahead_logs_nothing_until_the_clock_is_confirmed(
    noon: tuple[Station, SetClock, Runner], quick: Path, vietnamese: None
) -> None:
    """M1: no 365 rows of days to come; Cần chú ý and status say the clock first; the office's
    time, or a person, lifts the hold; put right, the station goes on as if nothing was."""
    station, clock, runner = noon
    before = outcomes(quick)
    clock.now = at(12, 52, NOON + timedelta(days=365))
    assert runner.settle() == [] and runner.held_by_clock
    assert outcomes(quick) == before
    said = "Đồng hồ của máy đang chỉ 01/12/2027 12:52, 365 ngày sau lần cuối đài còn chạy"
    assert station.warnings()[0].startswith(said), station.warnings()
    assert station.status().warnings[0].startswith(said)
    assert "bấm “Đồng hồ đúng”" in station.warnings()[0]
    note_office_time(station, NOON.replace(minute=52))  # the office: a year earlier
    office = station.warnings()[0]
    assert office.startswith("Đồng hồ của máy đang chỉ 01/12/2027 12:52, nhưng giờ của cấp "
                             "trên là 01/12/2026 12:52")  # fmt: skip
    runner.settle()
    assert outcomes(quick) == before  # still held
    clock.now = at(13, 20)  # the technician sets it right
    assert station.clock_fault() is None
    air_as_the_daemon(runner, clock, at(13, 30))
    assert {k: v for k, v in outcomes(quick).items() if k not in before} == {
        ("a", "01/12 13:00"): ["missed"], ("b", "01/12 13:03"): ["missed"]}  # fmt: skip
    clock.now = at(12, 59, NOON + timedelta(days=1))  # tomorrow: airs as planned
    air_as_the_daemon(runner, clock, at(13, 5, NOON + timedelta(days=1)))
    assert outcomes(quick)[("a", "02/12 13:00")] == ["aired"]


def test_an_airing_while_held_does_not_lift_the_hold_nor_silence_the_days_to_come(
    noon: tuple[Station, SetClock, Runner], quick: Path
) -> None:
    """review23b must 1: an emergency or "Phát ngay" under a clock a year ahead gets its row,
    and the hold stays (no year of missed rows); set right, tomorrow's slots air."""
    station, clock, runner = noon
    before = outcomes(quick)
    clock.now = at(12, 52, NOON + timedelta(days=365))
    assert runner.settle() == [] and station.clock_fault()
    air(station, ["ngan"], runner.sink, occasion=Occasion(Trigger.MANUAL))
    fault = station.clock_fault()
    assert fault and fault.hold
    assert runner.settle() == [] and outcomes(quick) == before  # no year logged missed
    clock.now = at(13, 20)  # the technician sets it right
    assert station.clock_fault() is None
    assert [e.slot for e in station.next_airings(2)] == ["truoc", "a"]  # tomorrow's
    clock.now = at(12, 51, NOON + timedelta(days=1))
    air_as_the_daemon(runner, clock, at(13, 5, NOON + timedelta(days=1)))
    found = outcomes(quick)
    assert [found[(s, f"02/12 {t}")] for s, t in (("truoc", "12:52"), ("a", "13:00"))] == [
        ["aired"], ["aired"]]  # fmt: skip


def test_a_clock_days_ahead_of_the_office_logs_no_missed_row_for_days_to_come(
    noon: tuple[Station, SetClock, Runner], quick: Path
) -> None:
    """review23b should 2: a clock 15 days ahead (under the hold's threshold) of the office's
    time logs missed only up to the office's time; set right, tomorrow's slots air."""
    station, clock, runner = noon
    clock.now = at(12, 52, NOON + timedelta(days=15))
    note_office_time(station, at(13, 10))  # the office: still 1 December
    Runner(station, runner.sink).settle()  # a restart under the fast clock
    assert sorted(outcomes(quick)) == [("a", "01/12 13:00"), ("b", "01/12 13:03"),
                                       ("truoc", "01/12 12:52")]  # fmt: skip
    clock.now = at(12, 51, NOON + timedelta(days=1))  # set right; the next day
    air_as_the_daemon(runner, clock, at(13, 5, NOON + timedelta(days=1)))
    found = outcomes(quick)
    assert found[("truoc", "02/12 12:52")] == found[("a", "02/12 13:00")] == ["aired"]


def test_offline_and_set_back_from_days_ahead_she_confirms_the_clock_and_it_airs_on(
    noon: tuple[Station, SetClock, Runner], quick: Path, tmp_path: Path, vietnamese: None
) -> None:
    """review23b should 2, offline, and w25clock F1: set right after 15 days ahead, the clock
    is 14 days behind what the station logged: held (it may as well be a clock gone wrong)
    until she compares it with her phone and confirms. The slots of the days to come that the
    fast clock logged as not aired then air at their time, each row taking the place of the
    one that clock wrote (w27commune 1); those of the days gone keep their one row, and a
    slot added then airs."""
    station, clock, runner = noon
    clock.now = at(12, 52, NOON + timedelta(days=15))
    Runner(station, runner.sink).settle()
    clock.now = at(12, 58, NOON + timedelta(days=1))
    before = outcomes(quick)
    assert runner.settle() == [] and runner.held_by_clock
    [said] = [w for w in station.warnings() if w.startswith("Đồng hồ của máy")]
    assert "bấm “Đồng hồ đúng”" in said and said.endswith(
        "những lượt đã ghi đến 16/12/2026 12:51 không phát lại."), said  # fmt: skip
    noted = confirm(station, "Lan")
    ahead = [day for _slot, day in before if day > "02/12 12:58"]  # all in December
    assert noted.endswith(f"{len(ahead)} khung giờ từ 02/12/2026 13:00 trở đi đã được ghi là "
                          "không phát trong lúc đồng hồ chạy nhanh: các lượt ghi đó không còn "
                          "được tính, và các khung giờ này sẽ phát đúng giờ."), noted  # fmt: skip
    assert station.clock_fault() is None
    [told] = [t for t in station.to_know() if t.startswith("Lan đã xác nhận")]
    assert "trước đó đồng hồ chạy nhanh" in told, told
    add_slots(station, [make_slot("c", "13:02", announcements=["ngan"], created_at=clock.now)])
    air_as_the_daemon(runner, clock, at(13, 10, NOON + timedelta(days=1)))
    found = outcomes(quick)
    assert found[("c", "02/12 13:02")] == ["aired"]
    # the day's two slots the fast clock logged missed air at their time: the row that voids
    # the missed one (w28void) names it, and their airing names that row
    for slot, due in (("a", "02/12 13:00"), ("b", "02/12 13:03")):
        assert found[(slot, due)] == ["missed", "voided", "aired"]
        assert query(
            quick,
            "SELECT a.status, v.status FROM airings a JOIN airings v ON v.seq = a.supersedes "
            "WHERE a.slot = ? AND a.scheduled_at = (SELECT scheduled_at FROM airings "
            "WHERE slot = ? AND status = 'aired') ORDER BY a.seq",
            (slot, slot),
        ) == [("voided", "missed"), ("aired", "voided")]
    later = {k: v for k, v in found.items() if k[0] != "c" and k[1] > "02/12 13:03"}
    assert later == {k: [*v, "voided"] for k, v in before.items() if k[1] > "02/12 13:03"}
    assert all(v == before[k] for k, v in found.items() if k[1] < "02/12 12:58")  # the past
    assert station.verify_log().problem is None  # the rows the fast clock sealed are as they were
    # the day's report counts each of those once, aired: none says the station was off
    out = tmp_path / "ngay.csv"
    station.export_log("csv", out, (NOON + timedelta(days=1)).date(),
                       (NOON + timedelta(days=1)).date())  # fmt: skip
    lines = out.read_text("utf-8").splitlines()
    for due in ("13:00:00", "13:03:00"):
        [line] = [line for line in lines if f",{due}," in line]
        # played into the test's file, once: "Không ra loa" (w28filesink 2), never "tắt"
        assert ",Không ra loa," in line and "tắt" not in line, line


def test_the_clock_is_confirmed_only_once_nothing_is_on_air(
    noon: tuple[Station, SetClock, Runner], quick: Path, vietnamese: None
) -> None:
    """w28void: confirming a clock that ran ahead adds rows to the log (the voids), and the log
    takes none while an airing is on air. Pressed while she airs a notice by hand (the held
    clock lets her), “Đồng hồ đúng” is refused in one sentence naming that airing, and nothing
    of it is kept: the clock still held, no row voided. Pressed again after, it is taken."""
    station, clock, runner = noon
    clock.now = at(12, 52, NOON + timedelta(days=3))
    Runner(station, runner.sink).settle()  # the next days' slots, missed under the fast clock
    clock.now = at(12, 58, NOON + timedelta(days=1))
    refused: list[str] = []

    def pressed(seq: int, _program: object) -> None:
        fault = station.clock_fault()  # Trang chủ, as it shows the hold (and notes it)
        assert fault and fault.hold and fault.last_life
        kept = "SELECT COUNT(*), (SELECT json_group_object(key, value) FROM meta) FROM airings"
        before = query(quick, kept)  # (its own row's length grows meanwhile)
        with pytest.raises(StationError) as e:
            station.confirm_clock(utc_iso(fault.last_life), utc_iso(fault.now), "Lan")
        refused.append(str(e.value))
        assert query(quick, kept) == before

    air(station, ["ngan"], runner.sink, occasion=Occasion(Trigger.MANUAL), on_air=pressed)
    [seq] = query(quick, "SELECT seq FROM airings WHERE trigger = 'manual'")[0]
    assert refused == [f"lượt phát #{seq} đang phát: khi lượt này kết thúc, bấm lại “Đồng hồ đúng”"]
    assert query(quick, "SELECT COUNT(*) FROM voided_airings") == [(0,)]
    assert "sẽ phát đúng giờ" in confirm(station, "Lan")
    assert query(quick, "SELECT COUNT(*) FROM airings WHERE status = 'voided'")[0][0] > 0
    assert station.verify_log().problem is None


def test_a_sound_card_failure_stays_said_after_the_fast_clock_s_rows_and_their_voids(
    noon: tuple[Station, SetClock, Runner], quick: Path
) -> None:
    """v28review: Trang chủ's "the sound card failed" looked at the newest row of the log
    whatever it was, so the missed rows a fast clock wrote after the failure, and the voids
    that confirming the clock writes after those, hid it: the card still broken, the box said
    nothing. Rows that tried no loudspeaker leave it said; an airing that went out clears it."""
    station, clock, runner = noon
    log_airing(station, Occasion(Trigger.MANUAL), "device", planned_entries(station, ["ngan"]),
               AiringStatus.FAILED, NO_CARD)  # fmt: skip
    card = sound_fault_text(CARD)
    assert station.sound_fault() == card
    clock.now = at(12, 52, NOON + timedelta(days=3))
    Runner(station, runner.sink).settle()  # the next days' slots, missed under the fast clock
    assert station.sound_fault() == card
    clock.now = at(12, 58, NOON + timedelta(days=1))
    confirm(station, "Lan")  # a void row for each of those, the newest rows of the log
    assert query(quick, "SELECT status FROM airings ORDER BY seq DESC LIMIT 1") == [("voided",)]
    assert station.sound_fault() == card
    air_as_the_daemon(runner, clock, at(13, 1, NOON + timedelta(days=1)))  # "a" airs, to a file
    assert station.sound_fault() is None


def test_the_office_s_time_is_taken_only_over_https_and_always_with_its_zone() -> None:
    """review23b should 3: a Date over http (a captive portal, a proxy) is no office time; a
    "-0000" Date is UTC, not a naive time that later fails in English."""
    sent = "Tue, 01 Dec 2026 05:52:00 -0000"
    assert office_date("https://tinh.example.vn/repo", sent) == datetime(
        2026, 12, 1, 5, 52, tzinfo=UTC)  # fmt: skip
    assert office_date("http://tinh.example.vn/repo", sent) is None
    assert office_date("https://tinh.example.vn/repo", "hôm nay") is None
    assert office_date("https://tinh.example.vn/repo", None) is None


def test_a_real_long_outage_is_logged_once_the_office_or_a_person_confirms_the_time(
    noon: tuple[Station, SetClock, Runner], quick: Path
) -> None:
    station, clock, runner = noon
    clock.now = NOON + HOLD_GAP + timedelta(days=1)
    assert runner.settle() == [] and query(quick, "SELECT COUNT(*) FROM airings") == [(1,)]
    note_office_time(station, clock.now + timedelta(seconds=40))  # the office agrees
    runner.settle()
    missed = query(quick, "SELECT COUNT(*) FROM airings WHERE status = 'missed'")[0][0]
    assert missed == 3 * (HOLD_GAP.days + 1) - 1  # every slot of every day, once
    clock.now += HOLD_GAP * 2  # a second long outage, the station offline: a person confirms
    assert runner.settle() == [] and station.clock_fault()
    confirm(station, "Lan")
    runner.settle()
    assert station.clock_fault() is None
    after = query(quick, "SELECT COUNT(*) FROM airings WHERE status = 'missed'")[0][0]
    assert after == missed + 3 * HOLD_GAP.days * 2


def confirm(station: Station, person: str) -> str:
    """“Đồng hồ đúng” pressed on the page that shows the hold as it is now: what it says."""
    fault = station.clock_fault()
    assert fault and fault.hold and fault.last_life
    return station.confirm_clock(utc_iso(fault.last_life), utc_iso(fault.now), person)


def test_a_pc_booted_in_2020_holds_until_set_right_and_the_month_report_is_whole(
    noon: tuple[Station, SetClock, Runner], quick: Path, scripts: Path, tmp_path: Path,
    vietnamese: None,
) -> None:  # fmt: skip
    """M3 and w25clock F1: the console says why and what to do, offers no “Đồng hồ đúng”
    (and refuses one sent), refuses a slot and a notice; what airs by hand is dated by
    estimate, in the real month; set right, the slots of the held time are logged once and
    the real month's report (PDF and XLSX) has every airing."""
    station, clock, runner = noon
    clock.now = NOON.replace(year=2020, hour=13, minute=13)
    assert runner.settle() == [] and runner.upcoming(timedelta(days=7)) == []
    [said] = [w for w in station.status().warnings if "Đồng hồ" in w]
    assert said.startswith("Đồng hồ của máy đang chỉ 01/12/2020 13:13, sớm hơn lần phát hoặc "
                           "lần kiểm tra gần nhất của đài (01/12/2026 12:54)")  # fmt: skip
    assert "hãy chỉnh lại đồng hồ của máy" in said and "Đồng hồ đúng" not in said, said
    fault = station.clock_fault()
    assert fault and fault.hold and fault.behind and fault.held_form is None
    with pytest.raises(StationError, match="lùi xa như vậy là đồng hồ sai"):
        station.confirm_clock(utc_iso(at(12, 54)), utc_iso(clock.now), "Lan")
    for refused in (
        lambda: station.add_slot("chieu", "17:00", announce=["ngan"], since="mai"),
        lambda: station.remove_slot("a"),
        lambda: station.add_announcements([scripts / "ngan.wav"]),
    ):
        with pytest.raises(StationError, match="chỉnh lại đồng hồ của máy trước; chưa có gì"):
            refused()
    clock.now += timedelta(minutes=2)  # two minutes into the hold, by the wrong clock
    air(station, ["ngan"], runner.sink, occasion=Occasion(Trigger.MANUAL))
    [(started, note)] = query(quick, "SELECT started_at, error FROM airings WHERE slot IS NULL")
    assert at(12, 54) + timedelta(minutes=2) <= datetime.fromisoformat(started) < at(13, 14)
    assert note.startswith("giờ ghi là ước tính: đồng hồ của máy khi đó chỉ 01/12/2020 13:15")
    [(cursor,)] = query(quick, "SELECT value FROM meta WHERE key = 'settled_until'")
    assert datetime.fromisoformat(cursor) >= at(12, 52)  # not six years back (review23b #5)
    clock.now = at(13, 14)  # set right: the slots of the time it was wrong are logged
    air_as_the_daemon(runner, clock, at(13, 20))
    found = outcomes(quick)
    assert found == {("truoc", "01/12 12:52"): ["aired"], ("a", "01/12 13:00"): ["missed"],
                     ("b", "01/12 13:03"): ["missed"]}  # fmt: skip
    assert query(quick, "SELECT COUNT(*) FROM airings WHERE started_at < '2026'") == [(0,)]
    printed = {}
    for kind in ("pdf", "xlsx"):
        station.export_log(kind, tmp_path / f"thang.{kind}", month="12/2026")
    printed["pdf"] = subprocess.run(["pdftotext", "-layout", str(tmp_path / "thang.pdf"), "-"],
                                    capture_output=True, text=True, check=True).stdout  # fmt: skip
    book = openpyxl.load_workbook(tmp_path / "thang.xlsx")
    printed["xlsx"] = "\n".join(
        " ".join(str(c) for c in row if c is not None)
        for row in book.worksheets[0].iter_rows(values_only=True)
    )
    for kind, text in printed.items():
        for moment in ("12:52:", "13:00:", "13:03:", "ước tính"):
            assert moment in text, (kind, moment, text)


def test_expired_signed_data_is_said_in_vietnamese_and_by_the_station_s_clock(
    vietnamese: None,
) -> None:
    """M5: TUF's English ("Final root.json is expired") stays out of the sentence."""
    said = explain_update_error(exceptions.ExpiredMetadataError("Final root.json is expired"))
    assert said == "siêu dữ liệu đã ký của cấp trên đã hết hạn theo đồng hồ của máy này"


FAKETIME = sorted(glob.glob("/usr/lib/*/faketime/libfaketimeMT.so.1"))
"""The daemon has threads: the plain libfaketime.so.1 caches its offset in variables read
without a lock (its README), so two threads reading the time as FAKETIME_NO_CACHE reloads it
could see a wrong clock for a moment, and a timer set from it (CI: a daemon silent for 88 s
after its first line); the MT build serialises them."""


def faked_daemon(
    station: Path, offset: Path, first: str, sink: str = "null", held: bool = False
) -> Daemon:
    """`broadcaster run` under libfaketime, its clock off by what `offset` says (`first`,
    like "+20m" or "-2527d"; write the file again to move the clock while it runs; `held`:
    see Daemon, a test's slot then due seconds after its `go()`, not after the import). The
    monotonic clock is never faked: with it faked, an offset freezes every timed wait (a
    queue's, an event's, the scheduler's) until the faked time catches up. Both names:
    libfaketime 0.9.8 on reads FAKETIME_DONT_FAKE_MONOTONIC, older ones DONT_FAKE_MONOTONIC."""
    assert FAKETIME, "libfaketime is missing: scripts/setup.sh --test installs it"
    offset.write_text(f"{first}\n")
    environment = {**ENGLISH, "LD_PRELOAD": FAKETIME[0], "FAKETIME_NO_CACHE": "1",
                   "FAKETIME_TIMESTAMP_FILE": str(offset), "FAKETIME_DONT_FAKE_MONOTONIC": "1",
                   "DONT_FAKE_MONOTONIC": "1"}  # fmt: skip
    return Daemon(station, environment, held=held, sink=sink)


def test_the_daemon_set_back_mid_day_airs_the_slot_that_comes_after(
    quick: Path, tmp_path: Path
) -> None:
    """M2 through the process: a daemon whose clock ran 20 minutes fast is set back while it
    runs (libfaketime, as on the trial); a slot added then for 6 s later airs at its time,
    where the timers used to wait for the fast time to come round again (20 minutes)."""
    offset = tmp_path / "clock.rc"
    daemon = faked_daemon(quick, offset, "+20m")
    try:
        daemon.expect(r"on air, airings go to")
        offset.write_text("+0\n")
        daemon.expect(r"clock went back (19 min|20 min)")
        due = datetime.now(HCM) + timedelta(seconds=6)  # its next sync (2 s), with time over
        station = Station.open(quick, lambda: datetime.now(UTC))
        add_slots(station, [make_slot("sau", f"{due:%H:%M:%S}", announcements=["ngan"],
                                      created_at=datetime.now(UTC))])  # fmt: skip
        daemon.expect(r"^#1 aired")
    finally:
        assert daemon.stop() == 0
    [row] = airings(quick)
    assert abs(datetime.fromisoformat(row["started_at"]) - due.replace(microsecond=0)) < timedelta(
        seconds=2
    )


def slot_due_in(quick: Path, seconds: int) -> tuple[Station, datetime, datetime]:
    """The station on the real clock, a late airing missed after 6 s, and its slot "sau"
    airing "ngan" `seconds` from now; with now and the slot's time."""
    set_config(quick, "grace_minutes", "0.1")
    now = datetime.now(UTC).replace(microsecond=0)
    due = now + timedelta(seconds=seconds)
    station = Station.open(quick, lambda: datetime.now(UTC))
    add_slots(station, [make_slot("sau", f"{due.astimezone(HCM):%H:%M:%S}",
                                  announcements=["ngan"], created_at=now)])  # fmt: skip
    return station, now, due


def test_the_daemon_three_days_fast_then_set_right_airs_today_s_slot_it_logged_missed(
    quick: Path, tmp_path: Path
) -> None:
    """w27commune 1 through the process: a daemon whose clock runs three days ahead logs the
    slot of today and of the next two days missed (libfaketime); set right, it holds until
    the officer confirms the clock, then airs today's slot at its time: its row names the
    missed one's void (w28void), which names the missed one; both stay as they were sealed."""
    offset = tmp_path / "clock.rc"
    daemon = faked_daemon(quick, offset, "+3d", held=True)
    try:
        daemon.ready()
        # due once the daemon has run, logged, been set right and been confirmed (~2 s, more
        # on a loaded machine; 12 s was too little at a load of 30 on 2 cores), and before the
        # fast clock's day-3 slot (the same instant)
        station, _now, due = slot_due_in(quick, 16)
        daemon.go()
        daemon.expect_all(r"^#1 missed", r"^#2 missed", r"^#3 missed")
        offset.write_text("+0\n")  # the technician sets it right
        daemon.expect(r"clock shows .*earlier than the station's last airing")
        fault = station.clock_fault()
        assert fault and fault.last_life  # "Đồng hồ đúng", as Trang chủ sends it
        said = station.confirm_clock(utc_iso(fault.last_life), utc_iso(fault.now), "Lan")
        assert "air at their time" in said, said
        daemon.expect(r"^#7 aired")
    finally:
        assert daemon.stop() == 0
    rows = airings(quick)
    assert [(r["seq"], r["status"], r["supersedes"]) for r in rows] == [
        (1, "missed", None), (2, "missed", None), (3, "missed", None),
        (4, "voided", 1), (5, "voided", 2), (6, "voided", 3), (7, "aired", 4)]  # fmt: skip
    assert {datetime.fromisoformat(rows[n]["scheduled_at"]) for n in (0, 3, 6)} == {due}
    aired = datetime.fromisoformat(rows[6]["started_at"])
    assert abs(aired - due) < timedelta(seconds=2)
    assert station.verify_log().problem is None


def test_a_fast_clock_s_failed_airing_of_tomorrow_is_voided_with_today_s_missed_one(
    quick: Path, tmp_path: Path
) -> None:
    """The same through the process for an airing that failed: a daemon a day and 16 s fast
    logs today's slot missed, then airs tomorrow's at its (fast) time into a folder that
    cannot be made (a file in its place: the USB stick's folder gone), failed. Set right and
    confirmed, both rows stop counting (before, the failed one stood: tomorrow's slot had
    its row, and would not air); today's slot airs at its time in the folder put back."""
    out = quick / "ra-loa"
    out.write_text("không phải thư mục")  # the folder's name taken by a file
    offset = tmp_path / "clock.rc"
    daemon = faked_daemon(quick, offset, "+0", sink=f"file:{out}", held=True)
    try:
        daemon.ready()
        # tomorrow's slot due 6 s after the go (late within the grace, it still airs), today's
        # once it failed and the clock was set right and confirmed (~2 s; at a load of 30 on
        # 2 cores, 3 s and 15 s were too little)
        station, now, due = slot_due_in(quick, 22)
        offset.write_text(f"+{86400 + 22 - 6}s\n")
        daemon.go()
        daemon.expect_all(r"^#1 missed", r"^#2 failed", r"cannot write its airings where")
        # what is wrong, in its words (as root it read "permission denied", and "Check the
        # sound card": neither is what the technician must fix)
        [said] = [line for line in daemon.seen if "cannot write its airings where" in line]
        assert said.endswith(f"a file named “ra-loa” is where the folder {out} should be: move "
                             "or rename that file, or set another folder for the airings. Each "
                             "slot fails until it is fixed."), said  # fmt: skip
        assert station.sound_fault() == ("the folder the airings are written to cannot be "
                                         "written: the slots fail")  # fmt: skip
        offset.write_text("+0\n")  # the technician sets it right
        daemon.expect(r"clock shows .*earlier than the station's last airing")
        fault = station.clock_fault()
        assert fault and fault.last_life  # "Đồng hồ đúng", as Trang chủ sends it
        said = station.confirm_clock(utc_iso(fault.last_life), utc_iso(fault.now), "Lan")
        assert said.endswith(f"2 slots from {due.astimezone(HCM):%d/%m/%Y %H:%M} on were "
                             "logged as not aired while the clock ran ahead: those rows no "
                             "longer count, and the slots air at their time."), said  # fmt: skip
        out.unlink()
        daemon.expect(r"^#5 aired")
    finally:
        assert daemon.stop() == 0
    rows = airings(quick)
    assert [(r["seq"], r["status"], r["supersedes"], r["voided"]) for r in rows] == [
        (1, "missed", None, True), (2, "failed", None, True),
        (3, "voided", 1, True), (4, "voided", 2, True), (5, "aired", 3, False)]  # fmt: skip
    assert datetime.fromisoformat(rows[1]["scheduled_at"]) == due + timedelta(days=1)
    assert abs(datetime.fromisoformat(rows[4]["started_at"]) - due) < timedelta(seconds=2)
    assert Runner(station, FileSink(out)).recorded(now) == {("sau", utc_iso(due))}
    assert station.verify_log().problem is None


def test_the_officer_confirms_a_long_outage_on_trang_chu(
    visitor: Visitor, console_station: Path, console_clock: SetClock, tmp_path: Path
) -> None:
    """M1 on the phone: the clock line heads Cần chú ý with its button; pressed (with the
    form's CSRF token), the station takes the gap as a real outage and logs it once."""
    station = Station.open(console_station, console_clock)
    runner = Runner(station, FileSink(tmp_path / "airings"))
    runner.settle()  # the station's last sign of life: now
    before = query(console_station, "SELECT COUNT(*) FROM airings WHERE status = 'missed'")[0][0]
    console_clock.now += timedelta(days=40)
    visitor.sign_in("vanhanh")
    visitor.get("/")
    first = re.search(r'<li class="warning">([^<]*)', visitor.page)
    assert first and first.group(1).startswith("Đồng hồ của máy đang chỉ "), visitor.page
    assert "Đồng hồ đúng</button>" in visitor.page
    assert visitor.client.post("/clock-right").status_code == 400  # no CSRF token: refused
    shown = dict(re.findall(r'name="(held_from|shown)" value="([^"]*)"', visitor.page))
    page = visitor.page
    console_clock.now += timedelta(days=30)  # a stale tab: the clock jumped on meanwhile
    assert visitor.post("/clock-right", shown, page="/").status_code == 303  # refused
    visitor.get("/")
    assert "đã thay đổi từ khi trang của anh/chị hiện nó" in visitor.page, visitor.page
    console_clock.now -= timedelta(days=30)
    visitor.page = page
    assert visitor.post("/clock-right", shown).status_code == 302
    visitor.get("/")
    assert "Đồng hồ của máy" not in visitor.page and "Đồng hồ đúng</button>" not in visitor.page
    told = re.search(r"[^>]*\(vanhanh\) đã xác nhận lúc [^<]*", visitor.page)
    assert told and "đồng hồ của máy là đúng" in told.group(0), visitor.page
    visitor.page = page  # the same form again (a replay): nothing is held any more
    assert visitor.post("/clock-right", shown).status_code == 303  # refused
    visitor.get("/")
    assert "không chờ ai xác nhận đồng hồ" in visitor.page
    runner.settle()
    after = query(console_station, "SELECT COUNT(*) FROM airings WHERE status = 'missed'")[0][0]
    assert after == before + 40  # the daily 06:30 of each day off, once


def test_on_trang_chu_she_confirms_a_clock_that_ran_ahead_and_nhat_ky_says_what_is_not_counted(
    visitor: Visitor, console_station: Path, console_clock: SetClock, tmp_path: Path
) -> None:
    """w27commune 1 at the console: the clock ran three days ahead and logged those days'
    06:30 slot missed; set right, she presses “Đồng hồ đúng”, is told they air at their
    time, and Nhật ký marks each of those rows “không tính”, with why, and offers no
    re-air for them; `log list` says the same."""
    station = Station.open(console_station, console_clock)
    runner = Runner(station, FileSink(tmp_path / "airings"))
    runner.settle()  # the station's last sign of life: Monday 05:00
    console_clock.now += timedelta(days=3)
    runner.settle()  # Monday to Wednesday's 06:30, missed under the fast clock
    console_clock.now -= timedelta(days=3)  # set right
    visitor.sign_in("vanhanh")
    visitor.get("/")
    shown = dict(re.findall(r'name="(held_from|shown)" value="([^"]*)"', visitor.page))
    assert visitor.post("/clock-right", shown).status_code == 302
    visitor.get("/")
    coming = visitor.page.partition('id="next"')[2].partition("</section>")[0]
    assert "Hôm nay 06:30" in coming and "Thứ Tư 04/03/2026 06:30" in coming, coming
    assert "04/03/2026 06:30 · sang · bỏ lỡ" not in visitor.page  # not the last airing
    attention = visitor.page.partition('id="warnings"')[2].partition("</section>")[0]
    for day in ("hôm nay 06:30", "ngày mai 06:30", "04/03/2026 06:30"):  # nothing to do
        assert day not in attention.lower(), attention  # (yesterday's, missed, stays)
    assert ("3 khung giờ từ 02/03/2026 06:30 trở đi đã được ghi là không phát trong lúc đồng "
            "hồ chạy nhanh: các lượt ghi đó không còn được tính, và các khung giờ này sẽ phát "
            "đúng giờ.") in visitor.page, visitor.page  # fmt: skip
    visitor.get("/log?since=01/03/2026&until=06/03/2026")
    rows = [row for row in visitor.page.split('<li class="status-')[1:]
            if row.startswith('missed"') and "02/03/2026 05:00" not in row]  # fmt: skip
    not_counted = [row for row in rows if '<span class="badge">không tính</span>' in row]
    assert len(not_counted) == 3, visitor.page  # the one missed before them stays 'Bỏ lỡ'
    for row in not_counted:
        assert "Ghi trong lúc đồng hồ của máy chạy nhanh, trước khi đến giờ" in row, row
        assert "Phát lại một lần" not in row and "log.again" not in row, row
    # the rows that say so in the log (w28void): not counted either, each naming its row
    voids = [row for row in visitor.page.split('<li class="status-')[1:]
             if row.startswith('voided"')]  # fmt: skip
    assert len(voids) == 3, visitor.page
    for row in voids:
        assert '<span class="badge">không tính</span>' in row, row
        assert re.search(r"Thay cho lượt #\d+, lượt đó không còn được tính", row), row
        assert "vanhanh" in row and "Phát lại một lần" not in row, row
    listed = runner_for(console_station)("log", "list").stdout
    assert listed.count("không tính") == 6 and listed.count("khung giờ sẽ phát đúng giờ") == 6


def test_while_the_clock_is_held_nhat_ky_and_the_report_propose_the_real_month(
    console_station: Path, console_clock: SetClock, visitor: Visitor, tmp_path: Path
) -> None:
    """w26commune 6: held a year ahead or years behind, Nhật ký proposed the wrong clock's
    month for the report and listed the not-aired slots of its days; it proposes the real
    month (the estimate: the last sign of life plus the time counted) and says the clock is
    wrong; the report's default period ends on that day too. Set right, nothing is said."""
    station = Station.open(console_station, console_clock)
    Runner(station, FileSink(tmp_path / "airings")).settle()  # the last sign of life: now
    real = console_clock.now
    visitor.sign_in("vanhanh")
    for wrong in (timedelta(days=400), -timedelta(days=2527), timedelta(0)):
        console_clock.now = real + wrong
        page = visitor.get("/log").text
        assert 'name="month" type="text" value="02/2026"' in page, wrong  # last month's
        assert re.search(r"Đã xếp lịch nhưng không phát, [^<]*02/03/2026", page), wrong
        assert ("Đồng hồ của máy đang sai" in page) == bool(wrong), wrong
        period = resolve_period(station, None, None, None)
        assert period.last == real.date(), wrong


def test_no_report_counts_an_airing_dated_after_its_print_time(
    noon: tuple[Station, SetClock, Runner], tmp_path: Path
) -> None:
    """M1's month report counted days that had not come: rows dated after the print (made
    under a clock run ahead) wait for their time to come before any report counts them."""
    station, clock, runner = noon
    clock.now = at(13, 16)
    runner.settle()  # A (13:00) and B (13:03): rows dated ahead of the clock set back below
    clock.now = at(12, 58)
    out = tmp_path / "ngay.csv"
    station.export_log("csv", out, NOON.date(), NOON.date())
    printed = out.read_text("utf-8")
    assert "12:52:" in printed and "13:00:" not in printed and "13:03:" not in printed
    clock.now = at(13, 20)
    station.export_log("csv", out, NOON.date(), NOON.date())
    assert "13:00:" in out.read_text("utf-8")


BEHIND = (r"earlier than the station's last airing or check .*no slot airs and nothing is "
          r"logged under this date until then: set the computer's clock right")  # fmt: skip
AHEAD = (r"after the station's last sign of life .*, and the office has not confirmed that time: "
         r"the station airs no slot and logs nothing as missed for that gap")  # fmt: skip


@pytest.mark.parametrize(
    ("back", "said"),  # 2020; a day and five minutes; a year typed a year on (w26commune 5)
    [("-2527d", BEHIND), ("-1445m", BEHIND), ("+400d", AHEAD)],
)
def test_the_daemon_with_its_clock_held_airs_and_logs_nothing_under_the_wrong_date(
    quick: Path, tmp_path: Path, back: str, said: str
) -> None:
    """w25clock F1 through the process: a daemon whose clock is behind the station's last
    sign of life (a dead BIOS battery; a day and minutes, just past a set-back), or far ahead
    of it, holds: its slot does not air, a slot is refused, the line says what to do; an
    emergency airs and is dated by estimate, within the real time, the office's (its times
    true ones) and the officer's own (typed on that computer, stamped by its clock: judged by
    the estimate, one under a clock behind was expired as it was filed, v26review); set
    right, the held slot gets its one row and the real month's report has every airing."""
    set_config(quick, "grace_minutes", "0.1")
    start = datetime.now(UTC).replace(microsecond=0)
    due = start - timedelta(seconds=30)  # due while the clock was wrong, after the last check
    earlier = SetClock(start - timedelta(seconds=90))
    station = Station.open(quick, earlier)
    add_slots(station, [make_slot("sang", f"{due.astimezone(HCM):%H:%M:%S}",
                                  announcements=["ngan"], created_at=earlier.now)])  # fmt: skip
    Runner(station, FileSink(tmp_path / "airings")).settle()  # the station's last check
    [(checked,)] = query(quick, "SELECT value FROM meta WHERE key = 'settled_until'")
    daemon = faked_daemon(quick, tmp_path / "clock.rc", back, sink=FAST)  # not timed
    try:
        daemon.expect(said)
        wrong = Station.open(quick, lambda: datetime.now(UTC) - timedelta(days=2))
        with pytest.raises(StationError, match="set the computer's clock right first"):
            wrong.add_slot("chieu", "17:00", announce=["ngan"])
        recording = tmp_path / "scripts" / "ngan.wav"
        unit = {"d": "days", "m": "minutes"}[back[-1]]
        shift = timedelta(**{unit: int(back[:-1])})  # the daemon's clock, as faked_daemon sets it
        there = Station.open(quick, lambda: datetime.now(UTC) + shift)  # her command, on it
        there.emergency("Lan", audio=recording)
        sent = datetime.now(UTC)
        office = UpstreamRequest("tin-1", "Khẩn", sent, sent + timedelta(minutes=30))
        Station.open(quick, lambda: datetime.now(UTC)).create_emergency(
            "văn phòng", audio=recording, upstream=office
        )
        daemon.expect_all(r"^#1 aired", r"^#2 aired")
        assert query(quick, "SELECT COUNT(*) FROM airings WHERE slot IS NOT NULL") == [(0,)]
        (tmp_path / "clock.rc").write_text("+0\n")  # the technician sets it right
        daemon.expect(r"^#3 missed")
    finally:
        assert daemon.stop() == 0
    *emergencies, missed = airings(quick)
    assert [e["status"] for e in emergencies] == ["aired", "aired"]
    for emergency in emergencies:
        logged = datetime.fromisoformat(emergency["started_at"])
        assert datetime.fromisoformat(checked) <= logged <= datetime.now(UTC)  # not wrong
        assert emergency["error"].startswith("dated by estimate: the computer's clock showed ")
        assert ("far ahead of" in emergency["error"]) == back.startswith("+")
    assert (missed["slot"], missed["status"]) == ("sang", "missed")
    assert datetime.fromisoformat(missed["scheduled_at"]) == due
    month = start.astimezone(HCM).date()
    out = tmp_path / "thang.csv"
    Station.open(quick, lambda: datetime.now(UTC)).export_log("csv", out, month, month)
    printed = out.read_text("utf-8")
    assert f"{due.astimezone(HCM):%H:%M:%S}" in printed and "ước tính" in printed, printed
    # hers is titled and dated by the estimate too, where the report and Nhật ký read it
    # (w27commune 2: its title said the wrong clock's day, 2019 or a year on)
    [(title, created)] = query(
        quick, "SELECT a.title, a.created_at FROM announcements a JOIN emergencies e "
        "ON e.announcement_id = a.id WHERE e.upstream_message IS NULL")  # fmt: skip
    assert datetime.fromisoformat(checked) <= datetime.fromisoformat(created) <= datetime.now(UTC)
    assert title.endswith(f"ngày {month:%d/%m/%Y} (giờ ước tính)"), title
    assert title in printed, printed


def behind_by(back: timedelta, office: datetime | None = None) -> ClockFault:
    """The fault of a clock `back` behind a last sign of life at NOON, held as clock_fault
    holds it."""
    return ClockFault(NOON - back, office, NOON, hold=back > SET_BACK)


def test_a_clock_behind_is_held_past_a_set_back_and_confirmed_only_within_a_hold_gap() -> None:
    """The decision: within a set-back the clock was put right (it airs on, nothing to do);
    past it the station holds; “Đồng hồ đúng” only for a clock that may have run ahead
    unnoticed before (HOLD_GAP at most), and never against the office's time."""
    put_right = behind_by(SET_BACK - timedelta(minutes=1))
    assert put_right.set_back and not put_right.behind and put_right.kind == "set back"
    just_past = behind_by(SET_BACK + timedelta(minutes=5))
    assert just_past.behind and just_past.confirmable and just_past.kind == "held behind"
    assert just_past.held_form == {"held_from": utc_iso(NOON), "shown": utc_iso(just_past.now)}
    years = behind_by(timedelta(days=2527))
    assert years.behind and not years.confirmable and years.held_form is None
    office = behind_by(timedelta(days=3), office=NOON + timedelta(days=1))
    assert not office.confirmable and office.held_form is None
    ahead = ClockFault(NOON + HOLD_GAP * 2, None, NOON, hold=True)
    assert not ahead.behind and ahead.confirmable and ahead.kind == "held"


def test_a_clock_a_day_and_minutes_behind_holds_and_the_office_s_time_is_a_sign_of_life(
    noon: tuple[Station, SetClock, Runner], quick: Path
) -> None:
    """A day and five minutes back holds (a day less a minute airs on); the office's time,
    read while the clock was right, is a sign of life too: a clock then booted back holds."""
    station, clock, runner = noon
    clock.now = at(12, 56) - SET_BACK + timedelta(minutes=2)
    fault = station.clock_fault()
    assert fault and fault.set_back and not fault.hold
    clock.now = at(12, 54) - SET_BACK - timedelta(minutes=5)
    fault = station.clock_fault()
    assert fault and fault.hold and fault.behind and runner.settle() == []
    clock.now = at(13, 30)
    note_office_time(station, at(13, 30))  # the office answered: 13:30, as the clock
    assert station.clock_fault() is None
    clock.now = at(13, 30) - timedelta(days=3)  # rebooted three days back, offline
    fault = station.clock_fault()
    assert fault and fault.hold and fault.last_life == at(13, 30)
