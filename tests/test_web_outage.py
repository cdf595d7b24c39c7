"""What Trang chủ says when the station did not air: after an outage, each airing of the last
day that was missed (with the log's reason, its date written dd/mm/yyyy); while the airing
service is stopped, a red alarm that says how to start it again, and "Sắp phát" says its
airings will not air; and, since the file sink (a station without a sound card) writes a
program in a moment and is never seen on air, the last airing and where it went."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from typing import Any

from conftest import CONSOLE_NOW, HCM, Visitor, console_says, set_config
from test_report import airing_dicts
from test_web import text

from audio_out.sinks import FileSink
from common.i18n import sentences


def card(page: str, section: str) -> str:
    return text(page.split(f'id="{section}"')[1].split(">", 1)[1].split("</section>")[0])


def test_after_an_outage_home_names_the_missed_airing_and_the_report_says_no_file(
    visitor: Visitor, console_station: Path, console_clock: Any, tmp_path: Path
) -> None:
    from broadcaster.runner import Runner
    from broadcaster.station import Station

    console_clock.now = CONSOLE_NOW + timedelta(hours=2)  # 07:00: the 06:30 airing was due
    station = Station.open(console_station, console_clock)
    Runner(station, FileSink(tmp_path / "airings")).settle()  # the daemon is back
    visitor.sign_in("vanhanh")
    warnings = card(visitor.get("/").text, "warnings")
    # a capital first, the day as the console says one, and "không phát" once (o15lan2 N9),
    # its reason's time too (o22lan11 N6), the report's with its date
    missed = ("Khung giờ “sang” hôm nay 06:30 không phát như kế hoạch (bỏ lỡ): "
              "đài tắt hoặc bận cho đến hôm nay 07:00 (cho phép trễ 15 phút).")  # fmt: skip
    assert missed in warnings
    assert warnings.count("không phát như kế hoạch") == 1  # a month of them: only the last day's
    assert "2026-03-02" not in warnings

    report = tmp_path / "bao-cao.csv"
    station.export_log("csv", report)
    notes = [line["Ghi chú"] for line in airing_dicts(report)]
    assert len(notes) == 31 and all("cho đến 02/03/2026 07:00" in n for n in notes)
    assert not [n for n in notes if "ghi ra tệp" in n]  # nothing was written: nothing played

    # a store from before: its missed rows' remarks said "ghi ra tệp"; the upgrade says them again
    from broadcaster.store import MIGRATIONS

    with station.db.conn:
        station.db.execute("UPDATE airing_items SET line_note = line_note || '; ghi ra tệp'")
    [upgrade] = [m for m in MIGRATIONS if "status = 'missed' AND sink LIKE 'file:%'" in m]
    station.db.conn.executescript(upgrade)
    station.export_log("csv", report)
    notes = [line["Ghi chú"] for line in airing_dicts(report)]
    assert len(notes) == 31 and not [n for n in notes if "ghi ra tệp" in n]


def test_a_stopped_airing_service_is_an_alarm_that_says_how_to_start_it(visitor: Visitor) -> None:
    visitor.sign_in("vanhanh")
    page = visitor.get("/").text
    alarm = page.split('id="stopped"')[1].split("</section>")[0]
    assert 'class="alarm"' in page.split('id="stopped"')[0][-40:]  # red, not a yellow note
    assert "Đài đang KHÔNG phát theo lịch" in text(alarm)
    assert "<code>sudo systemctl start broadcaster</code>" in alarm
    assert "./run-station.sh" in alarm
    upcoming = card(page, "next")
    assert upcoming.startswith("Sắp phát Bộ phát tự động đang tắt: các lượt dưới đây sẽ không phát")
    assert "Cài Bluezone" in upcoming


def test_a_coming_airing_whose_speech_is_not_made_says_so_not_a_length(
    visitor: Visitor, console_station: Path
) -> None:
    """Right after an approval the speech is not made yet: "at least 8 s" (its jingles) read
    as the airing's length (o14net K6'); Sắp phát and Lịch phát say the length is not known."""
    from broadcaster.station import Station

    with Station.open(console_station).db.conn as conn:
        conn.execute("DELETE FROM speech")  # nothing rendered yet
    visitor.sign_in("vanhanh")
    upcoming = card(visitor.get("/").text, "next")
    said = "sang · chưa biết thời lượng: giọng đọc chưa được tạo Cài Bluezone"
    assert said in upcoming and "ít nhất" not in upcoming, upcoming


def test_home_shows_the_last_airing_and_says_it_went_to_a_file(
    visitor: Visitor, console_station: Path, console_clock: Any, tmp_path: Path
) -> None:
    from broadcaster.station import Station

    visitor.sign_in("vanhanh")
    assert "Lần phát gần nhất" not in visitor.get("/").text  # nothing aired yet
    Station.open(console_station, console_clock).play(["bluezone"],
                                                      sink=f"file:{tmp_path / 'out'}")  # fmt: skip
    on_air = card(visitor.get("/").text, "on-air")
    assert on_air.startswith("Đang phát Hiện không phát gì. Lần phát gần nhất Cài Bluezone")
    assert "Hôm nay 05:00 · không ra loa ·" in on_air  # as Nhật ký and the report (w29report 2)
    assert "được ghi ra tệp, không phát trên loa" in on_air


def test_a_station_that_finds_no_sound_card_is_not_well_one_set_to_write_files_is(
    visitor: Visitor, console_station: Path, console_clock: Any, monkeypatch: Any
) -> None:
    """o17lan6 B3: green "không có gì cần chú ý" beside "được ghi ra tệp, không phát trên
    loa", which the guide says means calling the technician."""
    from broadcaster import station as station_module
    from broadcaster.station import Station

    monkeypatch.setattr(station_module, "sound_cards", lambda: [])  # the card is gone
    monkeypatch.setattr(Station, "daemon_pid", lambda self: 1)  # the airing service runs
    Station.open(console_station, console_clock).play(["bluezone"])  # 'auto': to a file
    visitor.sign_in("vanhanh")
    home = text(visitor.get("/").text)
    assert "không có gì cần chú ý" not in home
    assert ("Lượt phát gần nhất (hôm nay 05:00) được ghi ra tệp, không phát trên loa: đài "
            "không thấy card âm thanh. Hãy báo kỹ thuật viên.") in card(
        visitor.get("/").text, "warnings")  # fmt: skip

    set_config(console_station, "default_sink", '"file:ra-tep"')  # a trial, on purpose
    Station.open(console_station, console_clock).play(["bluezone"])
    page = visitor.get("/").text
    assert "không có gì cần chú ý" in text(page) and 'id="warnings"' not in page
    assert "đài được cài để ghi mỗi chương trình ra tệp (chạy thử)" in card(page, "on-air")


def test_a_file_asked_for_is_not_called_a_missing_sound_card_under_the_last_airing(
    visitor: Visitor, console_station: Path, console_clock: Any, tmp_path: Path, monkeypatch: Any
) -> None:
    """review17b #5: under the last airing, "máy của đài chưa nối loa" (no sound card) while
    Cần chú ý said nothing: two rules for one file. A file asked for is a trial."""
    from broadcaster.station import Station

    monkeypatch.setattr(Station, "daemon_pid", lambda self: 1)  # the airing service runs
    Station.open(console_station, console_clock).play(["bluezone"],
                                                      sink=f"file:{tmp_path / 'thu'}")  # fmt: skip
    visitor.sign_in("vanhanh")
    page = visitor.get("/").text
    assert "không có gì cần chú ý" in text(page) and 'id="warnings"' not in page
    on_air = card(page, "on-air")
    assert "chạy thử" in on_air and "không có card âm thanh" not in on_air


def test_an_airing_cut_by_a_power_cut_says_how_much_played_and_what_to_do(
    visitor: Visitor, console_station: Path, console_clock: Any, tmp_path: Path
) -> None:
    from broadcaster.airing_log import close_interrupted
    from broadcaster.daemon import Daemon
    from broadcaster.station import Station

    station = Station.open(console_station, console_clock)
    station.play(["bluezone"], sink=f"file:{tmp_path / 'out'}")
    with station.db.conn:  # what a power cut 30 s into it leaves: the row on air, its progress
        station.db.execute(
            "UPDATE airings SET status = 'started', duration_s = 30, planned_duration_s = 107, "
            "ended_at = NULL, error = NULL, prev_hash = NULL, row_hash = NULL"
        )
    console_clock.now += timedelta(minutes=5)
    told: list[str] = []  # the station is back: the daemon closes the row on its start
    Daemon(console_station, clock=console_clock, say=told.append)._close_orphans()
    assert len(told) == 1 and "#1" in told[0], told  # o22lan11 N6: which one, by number
    assert close_interrupted(station) == []  # closed once
    visitor.sign_in("vanhanh")
    # at least: its length is noted every 5 s; and the time given is when the station ran
    # again, said so, not a time of the cut (o10b N5)
    # to the minute, by its day as every time on the page (o22lan11 N6: "lúc 02/03/2026
    # 05:05:00" beside "hôm nay 05:05"); the report, a record, keeps the date
    day, clock = console_says(console_clock.now, console_clock.now).rsplit(" ", 1)
    played = "phát được ít nhất 30 giây trên 1 phút 47 giây; đài chạy lại"
    said = f"{played} {day} lúc {clock}"  # "hôm nay lúc 05:05"
    kept = f"{played} lúc {console_clock.now.astimezone(HCM):%d/%m/%Y %H:%M}"
    again = ("Đài không tự phát lại lượt này. Muốn phát lại một lần hôm nay, bấm “Phát lại một "
             "lần” ở lượt đó trong Nhật ký.")  # fmt: skip
    warnings = card(visitor.get("/").text, "warnings")
    assert "không phát như kế hoạch (gián đoạn)" in warnings
    assert sentences(said) in warnings and again in warnings  # one clause, one sentence
    cut = text(visitor.get("/log").text.split('class="status-interrupted"')[1])
    assert "#1 · Phát tay · 30 giây" in cut and said in cut
    # each note under the row is read on its own: it starts with a capital (o10b F15)
    assert "Đài đã dừng giữa lượt phát này" in cut
    assert "Phát lại hôm nay lúc" in cut and "Phát lại một lần" in cut  # the button it names
    report = tmp_path / "bao-cao.csv"
    station.export_log("csv", report)
    [line] = airing_dicts(report)
    assert float(line["Thời lượng (giây)"]) > 0 and kept in line["Ghi chú"]
    assert line["Giờ kết thúc"] == "05:00:30"


def test_a_slot_cut_mid_way_is_not_aired_again_by_itself_as_the_guide_says(
    console_station: Path, console_clock: Any, tmp_path: Path
) -> None:
    """o19lan8 L5: the guide said that a station back within 15 minutes airs "that airing"
    itself, which read plainly covered one cut mid-way; the station airs again only one that
    never started (what the village heard of it is unknown, and the airing may be what
    stopped the station: airing it at each start could stop it for ever). The guide now says
    so, and the station does as it says: cut, back 2 minutes later, no catch-up."""
    from broadcaster.airing_log import close_interrupted
    from broadcaster.runner import Runner
    from broadcaster.station import Station

    guide = " ".join((Path(__file__).parent.parent / "docs" / "huong-dan-xa.md").read_text(
        "utf-8").split())  # fmt: skip
    assert "không tự phát lại" in guide  # its key phrase: the wording is the guide's (review19 #9)

    station = Station.open(console_station, console_clock)
    runner = Runner(station, FileSink(tmp_path / "out"))
    console_clock.now = console_clock.now.replace(hour=6, minute=30)
    [due] = [p for p in runner.upcoming(timedelta(seconds=30)) if p.slot == "sang"]
    assert runner.air_planned(due)
    with station.db.conn:  # what a power cut 30 s into it leaves: the row on air, its progress
        station.db.execute(
            "UPDATE airings SET status = 'started', duration_s = 30, ended_at = NULL, "
            "error = NULL, prev_hash = NULL, row_hash = NULL"
        )
    console_clock.now += timedelta(minutes=2)  # back well within the 15 minutes
    assert close_interrupted(station) == [1]
    assert runner.settle() == []  # nothing to catch up: the slot has its one row
    today = station.today()
    assert [a["status"] for a in station.airings(today, today)] == ["interrupted"]


def test_an_airing_on_air_reads_as_playing_since_its_start_not_as_0_seconds(
    visitor: Visitor, console_station: Path, console_clock: Any, tmp_path: Path
) -> None:
    from broadcaster.station import Station

    station = Station.open(console_station, console_clock)
    station.play(["bluezone"], sink=f"file:{tmp_path / 'out'}")
    with station.db.conn:  # on air a moment: its first progress note says 0 s (o10b N6)
        station.db.execute(
            "UPDATE airings SET status = 'started', duration_s = 0, ended_at = NULL, "
            "error = NULL, prev_hash = NULL, row_hash = NULL"
        )
    visitor.sign_in("vanhanh")
    row = text(visitor.get("/log").text.split('id="airing-1"')[1].split("</li>")[0])
    assert "#1 · Phát tay · đang phát, bắt đầu lúc 05:00:00" in row
    assert row.startswith("> không ra loa"), row  # into a file: as Trang chủ says (w31attn)
    assert "0 giây" not in row


def test_home_says_an_airing_whose_process_died_on_air_is_not_on_air(
    visitor: Visitor, console_station: Path, console_clock: Any, tmp_path: Path
) -> None:
    """A power cut 30 s into an airing, the station not yet back: no process airs the open
    row, so Trang chủ says the loudspeakers are silent and why, as `status` does, not "1 phút
    17 giây còn lại" (o14net F4)."""
    from broadcaster.station import Station

    station = Station.open(console_station, console_clock)
    station.play(["bluezone"], sink=f"file:{tmp_path / 'out'}")
    with station.db.conn:  # what the cut leaves: the row on air, its progress, no process
        station.db.execute(
            "UPDATE airings SET status = 'started', duration_s = 30, planned_duration_s = 107, "
            "ended_at = NULL, error = NULL, prev_hash = NULL, row_hash = NULL"
        )
    console_clock.now += timedelta(seconds=30)
    visitor.sign_in("vanhanh")
    on_air = card(visitor.get("/").text, "on-air")
    assert "Loa không phát gì: đài tắt giữa lúc phát lượt #1 " in on_air, on_air
    assert "do mất điện, lỗi hoặc bị tắt ngang" in on_air and "còn lại" not in on_air


def test_home_says_a_failure_logged_in_english_in_vietnamese_with_what_to_do(
    visitor: Visitor, console_station: Path, console_clock: Any
) -> None:
    from broadcaster.airing_log import AiringStatus, Occasion, Trigger, log_airing, planned_entries
    from broadcaster.station import Station

    station = Station.open(console_station, console_clock)
    entries = planned_entries(station, ["bluezone"])
    log_airing(
        station,
        Occasion(Trigger.SCHEDULE, "sang", console_clock.now),
        "device",
        entries,
        AiringStatus.FAILED,
        "amplifier 'before' command exited 1: gpio: busy",
    )
    console_clock.now += timedelta(minutes=1)  # a row of before, in English, as it stays sealed
    log_airing(station, Occasion(), "null", entries, AiringStatus.INTERRUPTED,
               "the station stopped during this airing (crash, kill or power cut); about 25 s "
               "of 1 min 47 s had played; found at 02/03/2026 05:01:54")  # fmt: skip
    visitor.sign_in("vanhanh")
    warnings = card(visitor.get("/").text, "warnings")
    advice = ("không điều khiển được bộ khuếch đại: hãy kiểm tra bộ khuếch đại còn điện và "
              "dây điều khiển, rồi phát lại; nếu vẫn lỗi, hãy báo kỹ thuật viên (chi tiết: lệnh "
              "'before' kết thúc với mã 1: gpio: busy)")  # fmt: skip
    # what happened, and one next step: the fault's own advice stays in Nhật ký (o12b C2)
    assert "(lỗi): không điều khiển được bộ khuếch đại. Xem trong Nhật ký." in warnings
    assert "rồi phát lại" not in warnings and advice.capitalize() in text(visitor.get("/log").text)
    # a row of before kept the seconds: shown to the minute, by its day (o22lan11 N6)
    day, _clock = console_says(console_clock.now, console_clock.now).rsplit(" ", 1)
    assert f"Phát được ít nhất 25 giây trên 1 phút 47 giây. Đài chạy lại {day} lúc 05:01." in (
        warnings)  # fmt: skip
    assert "command" not in warnings and "found at" not in warnings


def test_a_note_s_times_are_said_by_their_day_to_the_minute_and_quoted_words_as_typed(
    vietnamese: None,
) -> None:
    """o22lan11 N6's hostile cases: seconds of an older row dropped; "lúc" kept before the
    clock; a day not near today by its weekday; a title or an emergency's words in “quotes”
    as typed, even holding a date; no day of the calendar (31/02) left as it stands."""
    from datetime import date

    from broadcaster.airing_lines import near_days, unsignalled

    today = date(2026, 12, 1)
    assert near_days(unsignalled("đài chạy lại lúc 01/12/2026 10:33:42"), today) == (
        "đài chạy lại hôm nay lúc 10:33"
    )
    assert near_days("cho đến 30/11/2026 23:58 (cho phép trễ 1 phút)", today) == (
        "cho đến hôm qua 23:58 (cho phép trễ 1 phút)"
    )
    assert near_days("cho đến 25/11/2026 06:30", today) == "cho đến Thứ Tư 25/11/2026 06:30"
    quoted = "Bỏ qua “Họp lúc 01/12/2026 19:00:00”: phiên bản 2 mới đang chờ duyệt"
    assert near_days(unsignalled(quoted), today) == quoted
    assert near_days("đến 31/02/2026 10:00", today) == "đến 31/02/2026 10:00"
