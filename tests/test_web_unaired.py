"""A notice that will not air says so (the officer trial's B1, C6 and C4): validity dates typed day
first and shown day first, an end date already past refused at save, a comparison of versions
that shows a changed date, and every notice a slot names that will not air named with why on
Trang chủ and in the day's rundown (expired, not valid yet, waiting for approval, its
recording's file missing), a slot with nothing to air included; and at month end the report's
notices that were scheduled and did not air, with why."""

from __future__ import annotations

import csv
import re
import sqlite3
import subprocess
from datetime import date, datetime, timedelta
from io import BytesIO
from pathlib import Path

import openpyxl
from conftest import SetClock, Visitor, make_tone, runner_for, store_dump, write_script
from test_web import field_error, text
from test_web_announcements import send
from test_web_warnings import warnings

from announcements.script import read_script
from broadcaster.airing_log import AiringStatus, Occasion, Trigger, log_airing, planned_entries
from broadcaster.station import Station

NEW = "/announcements/new"
TOMORROW = "/schedule/day/2026-03-03"  # the console's clock: Monday 02/03/2026 05:00
NOTICE = {
    "title": "Thông báo cắt điện ngày 4/3",
    "text": "Ngày 4/3/2026 cắt điện từ 7h00 đến 16h30 để sửa đường dây.",
    "campaign": "",
    "priority": "normal",
    "repeat": "1",
    "valid_from": "",
    "valid_until": "04/03/2026",
    "voice": "",
    "action": "save",
}


def stored_dates(station: Path, announcement_id: str) -> tuple[str | None, str | None]:
    with sqlite3.connect(station / "station.db") as db:
        found: tuple[str | None, str | None] = db.execute(
            "SELECT valid_from, valid_until FROM announcements WHERE id = ?", [announcement_id]
        ).fetchone()
    return found


def rundown(visitor: Visitor, url: str) -> str:
    page = visitor.get(url)
    assert page.status_code == 200
    return text(page.text)


def test_validity_dates_are_typed_and_shown_day_first(
    visitor: Visitor, console_station: Path
) -> None:
    visitor.sign_in("vanhanh")
    form = visitor.get(NEW).text
    assert 'type="date"' not in form  # the browser's picker turned 02/12 into 12 February
    assert "Ngày/tháng/năm, như 31/12/2026" in text(form)
    saved = visitor.post(NEW, NOTICE | {"valid_from": "3/3/2026"}, page=NEW)
    assert saved.status_code == 302
    notice = saved.headers["Location"]
    assert stored_dates(console_station, "thong-bao-cat-dien-ngay-4-3") == (
        "2026-03-03", "2026-03-04",
    )  # fmt: skip
    shown = text(visitor.get(notice).text)
    assert "Có hiệu lực từ 03/03/2026" in shown and "Có hiệu lực đến 04/03/2026" in shown
    assert "2026-03-04" not in shown
    edit = visitor.get(notice + "/edit").text
    assert 'value="04/03/2026"' in edit and 'value="03/03/2026"' in edit  # as she typed them


def test_an_end_date_already_past_is_refused_at_save_and_nothing_is_stored(
    visitor: Visitor, console_station: Path
) -> None:
    visitor.sign_in("vanhanh")
    notice = visitor.post(NEW, NOTICE, page=NEW).headers["Location"]
    before = store_dump(console_station)
    for typed in ("12/02/2026", "2026-02-12", "1/3/2026"):  # yesterday is past too
        refused = visitor.post(notice + "/edit", NOTICE | {"valid_until": typed},
                               page=notice + "/edit")  # fmt: skip
        assert refused.status_code == 400
        said = field_error(refused.text, "valid_until")
        assert said.startswith("Ngày hết hiệu lực ")
        assert said.endswith(" đã qua nên thông báo sẽ không bao giờ được phát: hãy ghi một ngày "
                             "từ hôm nay (02/03/2026) trở đi.")  # fmt: skip
        assert "2026-" not in said
    assert store_dump(console_station) == before
    script = "---\ntitle: Cắt điện\nvalid_until: 12/02/2026\n---\nCắt điện.\n".encode()
    sent = send(visitor, ("cat-dien.md", script))  # a file from the phone: the same refusal
    assert sent.status_code == 400
    assert field_error(sent.text, "files").startswith(
        "cat-dien.md: Ngày hết hiệu lực 12/02/2026 đã qua nên thông báo sẽ không bao giờ"
    )
    assert store_dump(console_station) == before
    good = "---\ntitle: Họp dân\n---\nHọp dân lúc 19h.\n".encode()
    empty = "---\ntitle: Trống\n---\n".encode()  # with another file's fault: said at once
    sent = send(visitor, ("trong.md", empty), ("cat-dien.md", script), ("hop-dan.md", good))
    said = field_error(sent.text, "files")
    assert said.startswith("trong.md: ") and ". cat-dien.md: Ngày hết hiệu lực 12/02/2026" in said
    assert said.endswith(". Tệp còn lại (hop-dan.md) cũng chưa được thêm: sửa tệp lỗi rồi tải "
                         "lại cả lượt.")  # fmt: skip
    assert store_dump(console_station) == before
    today = visitor.post(notice + "/edit", NOTICE | {"valid_until": "2/3/2026"},
                         page=notice + "/edit")  # fmt: skip
    assert today.status_code == 302  # today is the last day it airs: not past


def test_a_comparison_of_versions_shows_a_changed_date_and_other_settings(
    visitor: Visitor,
) -> None:
    visitor.sign_in("vanhanh")
    notice = visitor.post(NEW, NOTICE, page=NEW).headers["Location"]
    changed = NOTICE | {"valid_until": "02/12/2026", "repeat": "2", "priority": "priority"}
    assert visitor.post(notice + "/edit", changed, page=notice + "/edit").status_code == 302
    visitor.sign_in("duyet")
    shown = text(visitor.get(notice + "/diff?old=1&new=2").text)
    assert "Có hiệu lực đến: 04/03/2026 → 02/12/2026" in shown
    assert "Số lần đọc: 1 → 2" in shown
    assert (
        "Mức ưu tiên: Thường (phát trong khung giờ của nó) → Ưu tiên (phát đầu tiên trong khung "
        "giờ kế tiếp)"
    ) in shown
    assert "Nội dung hai phiên bản giống nhau" not in shown
    assert "Lời đọc của hai phiên bản giống nhau; chỉ những mục ở trên thay đổi." in shown
    same = text(visitor.get(notice + "/diff?old=2&new=2").text)
    assert "Có hiệu lực đến:" not in same


def test_an_approved_notice_whose_end_date_passed_is_said_on_home_and_in_the_rundown(
    visitor: Visitor, console_station: Path, console_clock: SetClock, tmp_path: Path
) -> None:
    """Born expired (an office's notice that reached the station after its end date, or a
    store from before every door refused such a date): approved, in a slot, and never to air.
    It stays said until it is changed, not only for a week; said by its dates, and without
    telling her to extend an end that may have come as planned (o19lan8 L6)."""
    station = Station.open(console_station, console_clock)
    expired_file = write_script(tmp_path, "cd.md", NOTICE["text"], id="cat-dien",
                                title="Cắt điện", valid_until="2026-03-20")  # fmt: skip
    born_expired(station, expired_file, date(2026, 2, 12))
    station.approve("cat-dien", "Chủ tịch xã")
    born_expired(station, write_script(tmp_path, "td.md", "Nộp thuế đất.", id="thue-dat",
                                       title="Thuế đất"), date(2026, 2, 28))  # fmt: skip
    station.approve("thue-dat", "Chủ tịch xã")
    with station.db.conn:  # as a sync leaves an office's notice (test_sync.py syncs for real)
        station.db.execute("UPDATE announcements SET origin = 'upstream' WHERE id = 'thue-dat'")
    station.add_slot("sang-som", "06:45", announce=["hop-thon", "cat-dien", "thue-dat"])
    visitor.sign_in("vanhanh")
    expired = (
        "“Cắt điện” được lưu sau ngày hết hiệu lực Thứ Năm 12/02/2026 nên chưa phát lần nào và "
        "sẽ không được phát: khung giờ sang-som phát không có thông báo này. Nếu ngày đó ghi "
        "nhầm, hãy sửa ngày bằng nút “Sửa nội dung” trên trang của thông báo, nếu không, hãy bỏ "
        "nó khỏi khung giờ trong “Lịch phát”."
    )
    assert expired in warnings(visitor)
    [office] = [w for w in warnings(visitor) if "Thuế đất" in w]  # o20lan9 N2: not hers to edit
    assert office.startswith("“Thuế đất” đến đài từ cấp trên sau ngày hết hiệu lực"), office
    assert "hãy báo cấp trên sửa lại và gửi lại" in office and "Sửa nội dung" not in office
    day = rundown(visitor, TOMORROW)
    assert "06:45 sang-som Giờ này không phát gì: không thông báo nào của khung giờ phát được " in (
        day
    )
    assert "'Họp thôn Đông' sẽ không được phát: phiên bản 1 đang chờ duyệt" in day
    assert "'Cắt điện' sẽ không được phát" not in day  # not under each airing: said once
    assert day.count(expired) == 1 and day.index(expired) < day.index("06:30 sang")
    assert "06:30 sang" in day  # the slot that airs is there as before
    home = text(visitor.get("/").text)
    assert home.count("Cắt điện") == 1  # Cần chú ý's, not Sắp phát's every airing
    printed = runner_for(console_station)("rundown", "--date", "mai", "--days", "2").stdout
    assert printed.count("Cắt điện") == 1 and printed.startswith("! “Cắt điện” ")
    console_clock.now += timedelta(days=8)  # a week on, it is still not history
    assert expired in warnings(visitor)
    corrected = write_script(tmp_path, "cd.md", NOTICE["text"], id="cat-dien",
                             title="Cắt điện", valid_until="2026-03-20")  # fmt: skip
    station.add_announcements([corrected])
    station.approve("cat-dien", "Chủ tịch xã")
    assert not [w for w in warnings(visitor) if "Cắt điện" in w]


def test_a_late_version_of_a_notice_that_aired_is_not_said_never_to_have_aired(
    visitor: Visitor, console_station: Path, console_clock: SetClock, tmp_path: Path
) -> None:
    """review19 #4: version 1 aired; version 2 (an office's, the station offline) arrived after
    the end date. The notice aired: only version 2 never will, and she is told when it last
    aired, not "chưa phát lần nào": on the loudspeakers, not the later airing into a file."""
    station = Station.open(console_station, console_clock)
    first = write_script(tmp_path, "cd.md", NOTICE["text"], id="cat-dien", title="Cắt điện",
                         valid_until="2026-03-04")  # fmt: skip
    station.add_announcements([first])
    station.approve("cat-dien", "Chủ tịch xã")
    station.add_slot("sang-som", "06:45", announce=["cat-dien"])
    log_airing(station, Occasion(), "device", planned_entries(station, ["cat-dien"]),
               AiringStatus.AIRED, "")  # fmt: skip  # Monday 02/03, on the loudspeakers
    console_clock.now += timedelta(days=1)  # Tuesday 03/03, only into a file: nobody heard it,
    station.play(["cat-dien"], sink=f"file:{tmp_path / 'out'}")  # not "last aired" (w29reair)
    console_clock.now += timedelta(days=2)  # Thursday 05/03: the notice ended on 04/03
    second = write_script(tmp_path, "cd.md", NOTICE["text"] + " Xin cảm ơn.", id="cat-dien",
                          title="Cắt điện", valid_until="2026-03-20")  # fmt: skip
    born_expired(station, second, date(2026, 3, 4))
    station.approve("cat-dien", "Chủ tịch xã")
    visitor.sign_in("vanhanh")
    [said] = [w for w in warnings(visitor) if "Cắt điện" in w]
    assert "chưa phát lần nào" not in said
    assert said.startswith(
        "Phiên bản 2 của “Cắt điện” được lưu sau ngày hết hiệu lực Thứ Tư "
        "04/03/2026 nên sẽ không được phát (thông báo này phát lần cuối vào "
        "Thứ Hai 02/03/2026): khung giờ sang-som phát không có thông báo này"
    )


def test_a_recording_whose_file_is_gone_is_said_a_notice_not_valid_yet_only_in_the_rundown(
    visitor: Visitor, console_station: Path, console_clock: SetClock, tmp_path: Path
) -> None:
    station = Station.open(console_station, console_clock)
    station.add_announcements([
        write_script(tmp_path, "tc.md", "Tiêm chủng ngày 10/3.", id="tiem-chung",
                     title="Tiêm chủng", valid_from="10/03/2026"),
        make_tone(tmp_path / "loa-moi.mp3", seconds=1.0),
    ])  # fmt: skip
    station.approve("tiem-chung", "Chủ tịch xã")
    station.approve("loa-moi", "Chủ tịch xã")
    station.add_slot("trua", "11:00", announce=["tiem-chung", "loa-moi", "bluezone"])
    with sqlite3.connect(console_station / "station.db") as db:
        [(audio,)] = db.execute(
            "SELECT s.path FROM announcement_versions v JOIN assets s "
            "ON s.sha256 = v.recording_sha256 WHERE v.announcement_id = 'loa-moi'"
        ).fetchall()
    (console_station / audio).unlink()  # a disk fault, a folder copied by hand
    visitor.sign_in("vanhanh")
    said = warnings(visitor)
    assert not [w for w in said if "Tiêm chủng" in w]  # her start date: no alarm (o17lan5 5)
    assert (
        "“loa-moi” không phát được: tệp ghi âm của thông báo không còn trong thư mục của đài. "
        "Khung giờ trua phát không có thông báo này từ hôm nay 11:00. Hãy gửi lại bản ghi âm."
    ) in said
    day = rundown(visitor, TOMORROW)
    noon = day[day.index("11:00 trua") :]
    assert noon.index("Cài Bluezone") < noon.index("'Tiêm chủng' sẽ không được phát")
    assert "'Tiêm chủng' sẽ không được phát: chỉ có hiệu lực từ Thứ Ba 10/03/2026" in noon
    assert (
        "'loa-moi' sẽ không được phát: tệp ghi âm của thông báo không còn trong thư mục của đài"
    ) in noon
    home = text(visitor.get("/").text)  # the next airings say it too
    assert "'Tiêm chủng' sẽ không được phát: chỉ có hiệu lực từ Thứ Ba 10/03/2026" in home


def february(console_station: Path, console_clock: SetClock, tmp_path: Path) -> None:
    """February at the console's station: slot 'sang' airs Bluezone once (by hand, into a
    file: no loudspeaker played it, so it is a notice not aired, w29report 1); slot
    'sang-som', titled 'Sáng sớm', names a draft, a notice valid until 12/02 that never aired
    (its one airing was missed) and one approved later that nothing logged."""
    now = console_clock.now
    console_clock.now = datetime(2026, 2, 10, 5, 0, tzinfo=now.tzinfo)
    station = Station.open(console_station, console_clock)
    station.add_announcements([
        write_script(tmp_path, "cd.md", NOTICE["text"], id="cat-dien", title="Cắt điện",
                     valid_until="2026-02-12"),
        write_script(tmp_path, "nv.md", "Nộp thuế.", id="nop-thue", title="Nộp thuế"),
    ])  # fmt: skip
    station.approve("cat-dien", "Chủ tịch xã")
    station.approve("nop-thue", "Chủ tịch xã")
    station.add_slot("sang-som", "06:45", announce=["hop-thon", "cat-dien", "nop-thue"],
                     title="Sáng sớm")  # fmt: skip
    station.play(["bluezone"], sink=f"file:{tmp_path / 'out'}")
    occasion = Occasion(Trigger.SCHEDULE, "sang-som", datetime(2026, 2, 11, 6, 45,
                                                               tzinfo=now.tzinfo))  # fmt: skip
    log_airing(station, occasion, "null", planned_entries(station, ["cat-dien", "nop-thue"]),
               AiringStatus.MISSED, "đài tắt")  # fmt: skip
    console_clock.now = now


def printed_report(visitor: Visitor, month: str, tmp_path: Path) -> str:
    """The month's PDF report as its words read, in order, on one line."""
    pdf = tmp_path / "bao-cao.pdf"
    pdf.write_bytes(visitor.client.get(f"/log/export?month={month}&format=pdf").data)
    return " ".join(
        subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True,
                       check=True).stdout.split()
    )  # fmt: skip


UNAIRED_SUMMARY = (
    "Tuy vậy, 1 lượt phát bị bỏ lỡ, lỗi, bị ngắt hoặc gián đoạn và chưa được phát lại. Xem cột "
    "“Kết quả” trong bảng các lượt phát."
)
"""February's one airing the station missed and nobody re-aired, as the CSV and XLSX say it."""


def test_the_month_report_lists_the_notices_scheduled_that_did_not_air_with_why(
    visitor: Visitor, console_station: Path, console_clock: SetClock, tmp_path: Path
) -> None:
    """C4: the report says which notices were scheduled and did not air, and why; slots by
    their titles, as the console names them."""
    february(console_station, console_clock, tmp_path)
    visitor.sign_in("vanhanh")
    book = visitor.client.get("/log/export?month=02/2026&format=xlsx")
    assert book.status_code == 200
    sheet = openpyxl.load_workbook(BytesIO(book.data))["Không phát"]
    rows = list(sheet.iter_rows(min_row=4, values_only=True))
    assert rows[0] == ("STT", "Mã thông báo", "Tiêu đề", "Khung giờ", "Số lần theo lịch",
                       "Lý do không phát")  # fmt: skip
    by_id = {row[1]: row for row in rows[1:] if isinstance(row[0], int)}
    assert set(by_id) == {"bluezone", "cat-dien", "hop-thon", "nop-thue"}
    # aired by hand into a file: section I counts it "Không ra loa", so does section III
    assert by_id["bluezone"][3:] == ("sang", 28, "chỉ ghi ra tệp, loa không phát")
    assert rows[-1][0] == UNAIRED_SUMMARY  # o12b B1: beside the table, not "all aired"
    assert by_id["cat-dien"][3:] == ("Sáng sớm", 3, "bỏ lỡ 1 lượt")
    # due 10/02 to 12/02: past its end it is silent as planned, not unaired (o18lan7 M1)
    assert by_id["hop-thon"][3:] == ("Sáng sớm", 19, "phiên bản 1 đang chờ duyệt")
    assert by_id["nop-thue"][5] == "bỏ lỡ 1 lượt"
    printed = printed_report(visitor, "02/2026", tmp_path)
    section = printed[printed.index("III. THÔNG BÁO ĐÃ XẾP LỊCH NHƯNG KHÔNG PHÁT") :]
    assert section.index("Cắt điện") < section.index("IV. CHI TIẾT CÁC LƯỢT PHÁT")
    assert "phiên bản 1 đang chờ duyệt" in section
    assert "Cài Bluezone sang 28 chỉ ghi ra tệp, loa không phát" in section, section
    log = visitor.get("/log?since=01/02/2026&until=28/02/2026")  # Nhật ký says it as well
    assert log.status_code == 200
    listed = text(log.text)
    assert "Đã xếp lịch nhưng không phát, 01/02/2026 – 28/02/2026 4" in listed
    assert "Cắt điện : bỏ lỡ 1 lượt Sáng sớm · số lần theo lịch: 3" in listed
    assert "Cài Bluezone : chỉ ghi ra tệp, loa không phát sang · số lần theo lịch: 28" in listed


def test_the_month_report_s_csv_has_the_notices_that_did_not_air_and_names_slots_by_title(
    visitor: Visitor, console_station: Path, console_clock: SetClock, tmp_path: Path
) -> None:
    """Officer trial 9: the CSV had the airings only, and every format said 'khung giờ
    sang-som' where the console says 'Sáng sớm'. The CSV ends with the PDF's and the XLSX's
    section, from the same rows; the remarks name the slot by its title."""
    february(console_station, console_clock, tmp_path)
    visitor.sign_in("vanhanh")
    got = visitor.client.get("/log/export?month=02/2026&format=csv")
    assert got.status_code == 200
    rows = list(csv.reader(got.data.decode("utf-8-sig").splitlines()))
    blank = rows.index([])
    airings, section = rows[1:blank], rows[blank + 1 :]
    assert {row[-1] for row in airings} == {
        "khung giờ Sáng sớm; đài tắt",
        "phát tay; ghi ra tệp, không phát trên loa",
    }
    assert section[0] == ["Thông báo đã xếp lịch nhưng không phát — Tháng 02/2026"]
    assert section[1] == ["STT", "Mã thông báo", "Tiêu đề", "Khung giờ", "Số lần theo lịch",
                          "Lý do không phát"]  # fmt: skip
    assert section[-2] == [UNAIRED_SUMMARY]  # then what went to a file, as the totals say
    assert section[-1][0].startswith("Cột “Không ra loa” đếm lượt thông báo đã phát nhưng chỉ")
    assert section[2:-2] == [
        ["1", "bluezone", "Cài Bluezone", "sang", "28", "chỉ ghi ra tệp, loa không phát"],
        ["2", "cat-dien", "Cắt điện", "Sáng sớm", "3", "bỏ lỡ 1 lượt"],
        ["3", "hop-thon", "Họp thôn Đông", "Sáng sớm", "19", "phiên bản 1 đang chờ duyệt"],
        ["4", "nop-thue", "Nộp thuế", "Sáng sớm", "19", "bỏ lỡ 1 lượt"],
    ]  # fmt: skip
    sheet = openpyxl.load_workbook(BytesIO(visitor.client.get(
        "/log/export?month=02/2026&format=xlsx").data))["Nhật ký phát"]  # fmt: skip
    assert "khung giờ Sáng sớm; đài tắt" in {row[-1] for row in sheet.iter_rows(values_only=True)}


def test_a_start_date_typed_a_year_ahead_is_said_once_with_its_date(
    visitor: Visitor, console_station: Path, console_clock: SetClock, tmp_path: Path
) -> None:
    """review17 #8: saved on 02/03/2026 with the start 02/03/2027 (the year mistyped), the notice
    was silent a year with no word anywhere; a start a few weeks ahead is still her plan."""
    station = Station.open(console_station, console_clock)
    station.add_announcements([
        write_script(tmp_path, "tc.md", "Tiêm chủng ngày 2/3.", id="tiem-chung",
                     title="Tiêm chủng", valid_from="02/03/2027"),
        write_script(tmp_path, "hn.md", "Hội nghị ngày 20/4.", id="hoi-nghi",
                     title="Hội nghị", valid_from="20/04/2026"),
    ])  # fmt: skip
    for notice in ("tiem-chung", "hoi-nghi"):
        station.approve(notice, "Chủ tịch xã")
    station.add_slot("trua", "11:00", announce=["tiem-chung", "hoi-nghi", "bluezone"])
    station.add_slot("chieu", "17:00", announce=["tiem-chung"])
    visitor.sign_in("vanhanh")
    said = [w for w in warnings(visitor) if "Tiêm chủng" in w]
    assert len(said) == 1, said
    assert said[0].startswith("“Tiêm chủng” chỉ bắt đầu phát từ Thứ Ba 02/03/2027, hơn hai tháng")
    assert "Nếu gõ nhầm ngày bắt đầu, hãy sửa lại." in said[0]
    assert not [w for w in warnings(visitor) if "Hội nghị" in w]  # seven weeks ahead: her plan


def born_expired(station: Station, script: Path, until: date) -> None:
    """Add `script` with its end date `until`, already past: as an office's notice that
    reached the station after its end, or a store from before every door refused one."""
    station.add_announcements([script])
    with station.db.conn:
        station.db.execute("UPDATE announcements SET valid_until = ? WHERE id = ?",
                           [until.isoformat(), read_script(script).id])  # fmt: skip


def across_month_end(console_station: Path, console_clock: SetClock, tmp_path: Path) -> Station:
    """o18lan7 §2: 'Nộp thuế' valid until 30/11, in 'Khuya' 23:58 and 'Sau nửa đêm' 00:05;
    'Họp thôn' saved on 01/12 with an end date of 30/11 (a
    date mistyped); Bluezone aired by hand. The clock: 01/12/2026 00:30."""
    zone = console_clock.now.tzinfo
    console_clock.now = datetime(2026, 11, 25, 8, 0, tzinfo=zone)
    station = Station.open(console_station, console_clock)
    station.add_announcements([write_script(tmp_path, "nt.md", "Nộp thuế hết ngày 30/11.",
                                            id="nop-thue", title="Nộp thuế đất",
                                            valid_until="2026-11-30")])  # fmt: skip
    station.approve("nop-thue", "Chủ tịch xã")
    station.add_slot("khuya", "23:58", announce=["nop-thue"], title="Khuya")
    station.add_slot("sau-nua-dem", "00:05", announce=["nop-thue"], title="Sau nửa đêm")
    console_clock.now = datetime(2026, 12, 1, 0, 20, tzinfo=zone)
    mistyped = write_script(tmp_path, "ht.md", "Họp thôn.", id="hop-thon-2", title="Họp thôn",
                            valid_until="2026-12-31")  # fmt: skip
    born_expired(station, mistyped, date(2026, 11, 30))
    station.approve("hop-thon-2", "Chủ tịch xã")
    station.add_slot("dem", "00:25", announce=["hop-thon-2"], title="Đêm")
    console_clock.now = datetime(2026, 12, 1, 0, 30, tzinfo=zone)
    station.play(["bluezone"], sink=f"file:{tmp_path / 'out'}")  # December has an airing
    return station


def test_a_notice_that_ended_as_planned_is_not_reported_as_not_aired_the_next_month(
    visitor: Visitor, console_station: Path, console_clock: SetClock, tmp_path: Path
) -> None:
    """o18lan7 M1: on 01/12, December's Nhật ký, CSV and PDF said 'Nộp thuế' was scheduled and
    not aired "(hiệu lực đến hôm qua)", one more each slot: it ended as planned. A mistyped end
    date is still reported, by its date: a signed report says no "hôm qua"."""
    across_month_end(console_station, console_clock, tmp_path)
    visitor.sign_in("vanhanh")
    listed = text(visitor.get("/log?since=01/12/2026&until=01/12/2026").text)
    section = listed[listed.index("Đã xếp lịch nhưng không phát") :]
    assert "Nộp thuế" not in section
    late = "được đưa vào đài sau ngày hết hiệu lực Thứ Hai 30/11/2026: chưa có ngày nào được phát"
    assert f"Họp thôn : {late}" in section  # o20lan9 N4: not as if it ended on plan
    rows = visitor.client.get("/log/export?month=12/2026&format=csv").data.decode("utf-8-sig")
    assert "Nộp thuế" not in rows
    assert late in rows and "đã hết hiệu lực" not in rows
    printed = printed_report(visitor, "12/2026", tmp_path)
    section = printed[printed.index("III. THÔNG BÁO ĐÃ XẾP LỊCH NHƯNG KHÔNG PHÁT") :]
    assert "Họp thôn" in section
    assert "Nộp thuế" not in section
    for near in ("hôm qua", "hôm nay", "ngày mai"):
        assert near not in printed.lower()
        assert near not in rows.lower()


def test_a_notice_past_its_end_left_in_slots_is_said_once_and_not_shown_as_airing(
    visitor: Visitor, console_station: Path, console_clock: SetClock, tmp_path: Path
) -> None:
    """o18lan7 M2: after midnight, Trang chủ said under every slot of the week that 'Nộp thuế'
    will not air, "(hiệu lực đến hôm qua)", and Lịch phát's week listed it in each slot as if
    it aired. Cần chú ý says it once, with where to take it out; the week shows what airs."""
    across_month_end(console_station, console_clock, tmp_path)
    visitor.sign_in("vanhanh")
    said = [w for w in warnings(visitor) if "Nộp thuế" in w]
    assert said == [
        "“Nộp thuế đất” đã hết hiệu lực ngày 30/11/2026; hãy bỏ nó khỏi khung giờ Sau nửa đêm, "
        "Khuya trong “Lịch phát”."
    ]
    home = text(visitor.get("/").text)
    assert home.count("Nộp thuế") == 1
    week = text(visitor.get("/schedule?week=01/12/2026").text)
    assert "Hôm qua 00:05 Sau nửa đêm Nộp thuế đất" in week  # it aired on its last day
    assert "Nộp thuế" not in week[week.index("Hôm nay") :]
    day = rundown(visitor, "/schedule/day/2026-12-02")
    assert "Nộp thuế" not in day
    assert "23:58 Khuya Giờ này không phát gì" in day


def test_after_midnight_on_the_first_the_pages_say_the_month_ended_and_dates(
    visitor: Visitor, console_station: Path, console_clock: SetClock, tmp_path: Path
) -> None:
    """o18lan7 M4–M6 at 00:30 on 01/12: the report form proposed December, not the month just
    ended; Nhật ký's 'Từ ngày' refused "hôm qua" while its rows said "Hôm qua 23:58"; the
    day page's heading said "Ngày mai" without the date; a new slot's length counted a
    notice that ended the day before."""
    across_month_end(console_station, console_clock, tmp_path)
    visitor.sign_in("vanhanh")
    log = visitor.get("/log").text
    assert re.search(r'name="month"[^>]*value="11/2026"|value="11/2026"[^>]*name="month"', log)
    yesterday = visitor.get("/log?since=hôm qua")
    assert yesterday.status_code == 200
    assert "Đã xếp lịch nhưng không phát, 30/11/2026 – 01/12/2026" in text(yesterday.text)
    console_clock.now = datetime(2026, 12, 6, 9, 0, tzinfo=console_clock.now.tzinfo)
    assert re.search(r'value="12/2026"', visitor.get("/log").text)  # past the first days
    day = rundown(visitor, "/schedule/day/2026-12-07")
    assert "Chương trình phát: Ngày mai, Thứ Hai 07/12/2026" in day
    visitor.get("/schedule/new")
    both = visitor.post("/schedule/new", {"name": "b", "at": "18h", "days": "hằng ngày",
                        "campaign": "bluezone", "since": "", "until": "",
                        "announce": "nop-thue", "max_minutes": ""})  # fmt: skip
    assert both.status_code == 302
    said = text(visitor.get(both.location).text)
    length = re.search(r"Đã lưu khung giờ 'b': .*?chương trình dài ([^.;]+)", said)
    assert length and length.group(1) == "8 giây"  # Bluezone's alone, as it airs


def test_the_approver_is_told_a_notice_past_its_end_will_never_air_before_and_after_approving(
    visitor: Visitor, console_station: Path, console_clock: SetClock, tmp_path: Path
) -> None:
    """o20lan9 N3: ông Hùng opened "Nộp thuế … tháng 11" (valid until 29/11) on 01/12 and saw
    its end date and "Duyệt phiên bản 1", with no word that it could never air. Its page says
    so to him, before and after approving, and `announce approve` too; a notice whose last day
    is today says nothing."""
    station = Station.open(console_station, console_clock)
    born_expired(station, write_script(tmp_path, "td.md", "Nộp thuế đất.", id="thue-dat",
                                       title="Thuế đất"), date(2026, 2, 12))  # fmt: skip
    station.add_announcements([write_script(tmp_path, "hn.md", "Họp dân hôm nay.", id="hop",
                                            title="Họp", valid_until="2026-03-02")])  # fmt: skip
    never = "Ngày hết hiệu lực 12/02/2026 đã qua: thông báo này sẽ không bao giờ được phát."
    visitor.sign_in("duyet")
    page = visitor.get("/announcements/thue-dat").text
    assert never in text(page) and "Duyệt phiên bản 1" in text(page)
    assert "không bao giờ được phát" not in text(visitor.get("/announcements/hop").text)
    approved = runner_for(console_station)("announce", "approve", "thue-dat", "--by", "duyet")
    assert "thue-dat: " + never in approved.stderr
    assert never in text(visitor.get("/announcements/thue-dat").text)
