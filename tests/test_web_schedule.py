"""Lịch phát in the console (Flask's test client): the week as a calendar, a day's rundown,
slots added, changed and removed with the command line's checks, and bad input refused next
to its field with nothing stored."""

from __future__ import annotations

import json
import re
import subprocess
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from conftest import Run, SetClock, Visitor, query, set_config, store_dump, write_script
from test_web import field_error, text

from broadcaster.station import Station, StationError
from schedules.slots import make_slot


def opens_at(page: str, location: str) -> str:
    """The text of the element the address's anchor opens the page at (the first screen on a
    phone, where the week grid alone fills it)."""
    anchor = location.partition("#")[2]
    assert anchor and f'id="{anchor}"' in page, f"the page has no #{anchor}"
    return text(page.split(f'id="{anchor}"', 1)[1].split(">", 1)[1].split("</div>")[0])


def week_days(page: str) -> dict[str, str]:
    """Each day's heading in the week grid and what is listed under it."""
    grid = re.search(r'<ol class="week" id="week">(.*?)</ol>', page, re.S)
    assert grid, "no week grid"
    shown = {}
    for day in grid.group(1).split('<li class="day')[1:]:
        heading = re.search(r"<h2>(.*?)</h2>", day, re.S)
        assert heading
        shown[text(heading.group(1))] = text(day[heading.end() :])
    return shown


def test_the_week_shows_each_days_slots_and_links_to_its_rundown(visitor: Visitor) -> None:
    visitor.sign_in("vanhanh")
    page = visitor.get("/schedule")
    assert page.status_code == 200
    days = week_days(page.text)
    assert list(days) == ["Hôm nay", "Ngày mai", "Thứ Tư 04/03/2026", "Thứ Năm 05/03/2026",
                          "Thứ Sáu 06/03/2026", "Thứ Bảy 07/03/2026",
                          "Chủ Nhật 08/03/2026"]  # fmt: skip
    assert all(listed.startswith("06:30 sang bluezone") for listed in days.values())
    assert "Tuần 02/03 – 08/03/2026" in text(page.text)
    assert 'href="/schedule/day/2026-03-03"' in page.text
    assert 'href="/schedule/slot/sang"' in page.text
    earlier = visitor.get("/schedule?week=23/02/2026")
    assert "Tuần 23/02 – 01/03/2026" in text(earlier.text)
    later = visitor.get("/schedule?week=mai")  # a date as people type it
    assert "Tuần 02/03 – 08/03/2026" in text(later.text)
    new_year = visitor.get("/schedule?week=01/01/2026")  # the first day needs its year here
    assert "Tuần 29/12/2025 – 04/01/2026" in text(new_year.text)


def test_a_slot_with_nothing_approved_shows_it_stays_silent(visitor: Visitor) -> None:
    visitor.sign_in("vanhanh")
    assert visitor.post("/schedule/new", {"name": "toi", "at": "19h", "days": "T7,CN",
                        "campaign": "thon"}, page="/schedule/new").status_code == 302  # fmt: skip
    page = visitor.get("/schedule").text
    assert "Khung giờ 'toi' chưa phát gì: chưa có thông báo nào của khung giờ được duyệt" in text(
        page
    )
    days = week_days(page)
    assert "19:00 toi thon không có gì để phát" in days["Thứ Bảy 07/03/2026"]
    assert "toi" not in days["Thứ Sáu 06/03/2026"]


def test_a_days_rundown_lists_each_airing_item_by_item(visitor: Visitor) -> None:
    visitor.sign_in("vanhanh")
    page = visitor.get("/schedule/day/2026-03-03")
    assert page.status_code == 200
    shown = text(page.text)
    assert "Chương trình phát: Ngày mai" in shown
    assert "06:30 sang 8 giây Cài Bluezone 1 giây" in shown  # titles, not ids
    assert '<a href="/announcements/bluezone">Cài Bluezone</a>' in page.text
    passed = text(visitor.get("/schedule/day/2026-03-01").text)
    assert "Ngày này đã qua: những gì đã phát có trong nhật ký." in passed
    for day in ("2026-02-30", "mai"):  # the week, and why (w27office #3)
        gone = visitor.get(f"/schedule/day/{day}")
        assert gone.status_code == 303
        assert f"'{day}' không phải là một ngày trên lịch" in text(visitor.get(gone.location).text)


def test_a_bad_week_is_refused_in_a_sentence(visitor: Visitor) -> None:
    visitor.sign_in("vanhanh")
    page = visitor.get("/schedule?week=32/13/2026")
    assert page.status_code == 400
    assert "32/13/2026" in text(page.text)


def test_the_calendar_s_edges_are_pages_or_a_sentence_never_a_crash(visitor: Visitor) -> None:
    """Weeks and days at 01/01/0001 and 31/12/9999: no link leads out of the calendar."""
    visitor.sign_in("vanhanh")
    for week in ("31/12/9999", "9999-W52"):
        page = visitor.get(f"/schedule?week={week}")
        assert page.status_code == 400
        assert "31/12/9999" in text(page.text)
    first = visitor.get("/schedule?week=01/01/0001")
    assert first.status_code == 200 and "Tuần trước" not in text(first.text)
    last = visitor.get("/schedule?week=20/12/9999")  # the calendar's last whole week
    assert last.status_code == 200 and "Tuần sau" not in text(last.text)
    for day, link in (("0001-01-01", "Ngày trước"), ("9999-12-31", "Ngày sau")):
        page = visitor.get(f"/schedule/day/{day}")
        assert page.status_code == 200 and link not in text(page.text)


def test_an_operator_adds_a_slot_that_shows_in_the_week_and_tomorrows_rundown(
    visitor: Visitor, console_station: Path
) -> None:
    visitor.sign_in("vanhanh")
    form = visitor.get("/schedule/new")
    assert "Thêm khung giờ" in text(form.text)
    assert '<option value="bluezone">' in form.text  # the campaigns to pick from
    response = visitor.post("/schedule/new", {"name": "chieu", "at": "17h", "days": "T2-T6",
                            "campaign": "bluezone", "since": "", "until": "",
                            "announce": "", "max_minutes": "5"})  # fmt: skip
    assert response.status_code == 302 and response.location.startswith(
        "/schedule?week=2026-03-02#"
    )
    page = visitor.get(response.location)
    assert "Đã lưu khung giờ 'chieu': phát lần đầu hôm nay 17:00; chương trình dài 8 giây" in (
        opens_at(page.text, response.location)
    )
    days = week_days(page.text)
    assert "17:00 chieu" in days["Thứ Sáu 06/03/2026"]
    assert "chieu" not in days["Thứ Bảy 07/03/2026"]
    assert "17:00 chieu" in text(visitor.get("/schedule/day/2026-03-03").text)
    assert query(console_station, "SELECT at, days, max_minutes FROM slots WHERE name = "
                 "'chieu'") == [("17:00:00", "mon,tue,wed,thu,fri", 5.0)]  # fmt: skip


def test_the_shown_weeks_schedule_downloads_as_a_pdf_for_the_notice_board(
    visitor: Visitor, console_station: Path
) -> None:
    visitor.sign_in("vanhanh")
    added = visitor.post("/schedule/new", {"name": "toi", "at": "19h", "days": "T7",
                         "campaign": "bluezone"}, page="/schedule/new")  # fmt: skip
    assert added.status_code == 302
    page = visitor.get("/schedule?week=10/03/2026")  # the week after, as the officer browses
    link = re.search(r'<a class="button" id="print-week" href="([^"]+)"', page.text)
    assert link and link.group(1) == "/schedule/print?week=2026-03-09"
    before = store_dump(console_station)
    response = visitor.client.get(link.group(1))
    assert response.status_code == 200 and response.mimetype == "application/pdf"
    assert response.headers["Content-Disposition"] == (
        "attachment; filename=lich-phat-tuan-09-03-2026.pdf"
    )
    printed = console_station.parent / "printed.pdf"
    printed.write_bytes(response.data)
    flat = " ".join(subprocess.run(["pdftotext", "-layout", str(printed), "-"], text=True,
                                   capture_output=True, check=True).stdout.split())  # fmt: skip
    assert "THÔNG BÁO" in flat
    assert "Lịch phát sóng tuần từ ngày 09/03/2026 đến ngày 15/03/2026" in flat
    assert flat.count("06:30 sang") == 7 and flat.count("19:00 toi") == 1
    assert flat.count("Cài Bluezone") == 8 and "02/03/2026" not in flat
    assert store_dump(console_station) == before

    bad = visitor.get("/schedule/print?week=tuần xyz")
    assert bad.status_code == 400 and bad.mimetype == "text/html"
    assert "'tuần xyz' không phải là một tuần" in text(bad.text)


def test_a_slot_of_listed_announcements_with_dates(visitor: Visitor, console_station: Path) -> None:
    visitor.sign_in("vanhanh")
    response = visitor.post("/schedule/new", {"name": "rieng", "at": "08:00", "days": "hằng ngày",
                            "announce": ["bluezone", "thu"], "since": "04/03/2026",
                            "until": "05/03/2026"}, page="/schedule/new")  # fmt: skip
    assert response.status_code == 302
    days = week_days(visitor.get("/schedule").text)
    assert "rieng" not in days["Ngày mai"]
    assert "08:00 rieng Cài Bluezone, <script>alert('x')</script>" in days["Thứ Tư 04/03/2026"]
    assert "rieng" not in days["Thứ Sáu 06/03/2026"]
    assert query(console_station, "SELECT announcements, valid_from FROM slots WHERE name = "
                 "'rieng'") == [('["bluezone", "thu"]', "2026-03-04")]  # fmt: skip


GOOD = {"name": "chieu", "at": "17:00", "days": "T2-T6", "campaign": "bluezone", "announce": "",
        "since": "", "until": "", "max_minutes": ""}  # fmt: skip


@pytest.mark.parametrize(
    ("form", "field", "sentence"),
    [
        ({"name": "buổi chiều!"}, "name", "chỉ gồm chữ, số, '-' hoặc '_'"),
        ({"name": "sang"}, "name", "Ô “Mã”: đã có khung giờ 'sang'"),
        ({"at": "25:00"}, "at", "25:00"),
        ({"at": ""}, "at", "chieu"),
        ({"at": "06:30:03"}, "at", "trùng với khung giờ 'sang'"),
        ({"days": "thứ tám"}, "days", "thứ tám"),
        ({"campaign": ""}, "campaign", "cần một chiến dịch, một danh sách thông báo, hoặc cả hai"),
        ({"campaign": "khong-co"}, "campaign", "không có thông báo nào"),
        ({"campaign": "", "announce": "khong-co"}, "announce", "khong-co"),
        ({"since": "31/02/2026"}, "since", "31/02/2026"),
        ({"since": "05/03/2026", "until": "04/03/2026"}, "until", "trước ngày đầu"),
        ({"until": "01/01/0001"}, "until", "ngày cuối 01/01/0001 đã qua"),
        ({"until": "01/03/2026"}, "until", "sẽ không bao giờ phát"),  # yesterday
        ({"since": "01/03/2062"}, "since", "có phải gõ nhầm năm không?"),
        ({"max_minutes": "0,1"}, "max_minutes", "chương trình dài 8 giây, quá giới hạn 6 giây"),
        ({"max_minutes": "mười"}, "max_minutes", "mười"),
    ],
)
def test_a_bad_slot_comes_back_with_the_sentence_next_to_the_field(
    visitor: Visitor, console_station: Path, form: dict[str, str], field: str, sentence: str
) -> None:
    visitor.sign_in("vanhanh")
    before = store_dump(console_station)
    response = visitor.post("/schedule/new", GOOD | form, page="/schedule/new")
    assert response.status_code == 400
    assert sentence in field_error(response.text, field)
    assert f'value="{(GOOD | form)["at"]}"' in response.text  # what was typed stays
    assert store_dump(console_station) == before


def test_quiet_hours_refuse_a_slot_as_on_the_command_line(
    visitor: Visitor, console_station: Path, run: Run
) -> None:
    set_config(console_station, "quiet_hours", '["21:00", "05:00"]')
    visitor.sign_in("vanhanh")
    before = store_dump(console_station)
    response = visitor.post("/schedule/new", GOOD | {"at": "22h"}, page="/schedule/new")
    assert response.status_code == 400
    assert "rơi vào giờ yên tĩnh (21:00–05:00)" in field_error(response.text, "at")
    assert store_dump(console_station) == before
    cli = run("--station", str(console_station), "schedule", "add", "chieu", "--at", "22h",
              "--campaign", "bluezone", code=1)  # fmt: skip
    said = field_error(response.text, "at")  # the same sentence on both doors (the page's
    assert said[0].lower() + said[1:] in cli.stderr  # stands alone: a capital first)


def test_a_changed_slot_says_which_notice_no_longer_airs(
    visitor: Visitor, console_station: Path
) -> None:
    visitor.sign_in("vanhanh")
    visitor.get("/schedule/slot/sang")
    visitor.post("/schedule/slot/sang", GOOD | {"campaign": "", "announce": "hop-thon"})
    page = text(visitor.get("/schedule").text)
    stopped = (
        "'Cài Bluezone' không còn được phát trong khung giờ nào (trước đây phát trong khung giờ "
        "sang)"
    )
    assert stopped in page


def test_an_operator_changes_a_slot_and_then_removes_it_after_confirming(
    visitor: Visitor, console_station: Path
) -> None:
    visitor.sign_in("vanhanh")
    form = visitor.get("/schedule/slot/sang")
    assert form.status_code == 200
    assert 'value="06:30"' in form.text and 'value="hằng ngày"' in form.text
    assert 'id="name"' not in form.text  # a slot keeps its name
    changed = visitor.post("/schedule/slot/sang", {"name": "khac", "at": "7h", "days": "T2-T6",
                           "campaign": "bluezone", "announce": "", "since": "", "until": "",
                           "max_minutes": ""})  # fmt: skip
    assert changed.status_code == 302
    days = week_days(visitor.get("/schedule").text)
    assert "07:00 sang" in days["Ngày mai"] and "sang" not in days["Thứ Bảy 07/03/2026"]
    assert query(console_station, "SELECT name, at FROM slots WHERE removed_at IS NULL") == [
        ("sang", "07:00:00")]  # fmt: skip

    bad = visitor.post("/schedule/slot/sang", GOOD | {"at": "7 giờ rưỡi chiều"},
                       page="/schedule/slot/sang")  # fmt: skip
    assert bad.status_code == 400 and "7 giờ rưỡi chiều" in field_error(bad.text, "at")

    confirm = visitor.get("/schedule/slot/sang/remove")
    assert "Xóa khung giờ sang?" in text(confirm.text)
    assert "Khung giờ phát lúc 07:00, " in text(confirm.text)  # when it airs, before she says yes
    assert query(console_station, "SELECT COUNT(*) FROM slots WHERE removed_at IS NULL") == [(1,)]
    assert visitor.post("/schedule/slot/sang/remove", {}).status_code == 302
    page = visitor.get("/schedule")
    assert "Đã xóa khung giờ 'sang'" in text(page.text)
    assert "sang" not in " ".join(week_days(page.text).values())
    assert query(console_station, "SELECT COUNT(*) FROM slots WHERE removed_at IS NULL") == [(0,)]
    for kept in ("/schedule/slot/sang", "/schedule/slot/sang/remove"):  # links kept from before
        gone = visitor.get(kept)
        assert gone.status_code == 303  # the schedule, and why (w27office #3)
        assert "Khung giờ 'sang' không còn trong lịch phát" in text(visitor.get(gone.location).text)


def test_a_damaged_slot_is_named_on_the_schedule_page(
    visitor: Visitor, console_station: Path
) -> None:
    import sqlite3

    with sqlite3.connect(console_station / "station.db") as db:
        db.execute("UPDATE slots SET at = '31:00' WHERE name = 'sang'")
    visitor.sign_in("vanhanh")
    page = visitor.get("/schedule")
    assert page.status_code == 200
    assert "Khung giờ 'sang' không phát được" in text(page.text)


def test_the_facades_week_counts_from_when_a_slot_was_made_and_says_what_stays_silent(
    console_station: Path, console_clock: SetClock
) -> None:
    station = Station.open(console_station, console_clock)
    station.add_slot("moi", "12:00", campaign="thon")  # drafts only: nothing to air
    with pytest.raises(StationError) as refused:
        station.add_slot("moi", "13:00", campaign="bluezone", new_only=True)
    assert refused.value.field == "name"
    week = station.week(date(2026, 2, 23))  # the week before: 'moi' did not exist yet
    assert [[(t.slot.name, t.airs) for t in day.slots] for day in week] == [[("sang", True)]] * 7
    days = station.week(date(2026, 3, 2))
    assert [(t.at.strftime("%H:%M"), t.slot.name, t.airs) for t in days[0].slots] == [
        ("06:30", "sang", True), ("12:00", "moi", False)]  # fmt: skip
    assert station.find_slot("moi") is not None and station.find_slot("khong") is None


def test_the_schedule_log_sync_and_emergency_pages_show_no_english_sentence(
    console: Any, console_sessions: dict[str, str], console_station: Path
) -> None:
    from test_web import english_sentences

    english = english_sentences()
    admin = Visitor(console, console_sessions)
    admin.sign_in("quantri")
    pages = [admin.get(url) for url in (
        "/", "/schedule", "/schedule?week=01/01/2026", "/schedule/day/2026-03-03",
        "/schedule/new", "/schedule/slot/sang", "/schedule/slot/sang/remove", "/log",
        "/log?status=missed", "/log/verify", "/sync", "/schedule?week=31/02/2026",
        "/log?since=hôm kia", "/log/export?month=13/2026")]  # fmt: skip
    pages.append(admin.post("/schedule/new", GOOD | {"at": "06:30:03"}, page="/schedule/new"))
    pages.append(admin.post("/emergency", {"text": "Bão số 3 đổ bộ lúc 17h30."}, page="/"))
    pages.append(admin.post("/sync/now", {}, page="/sync"))
    assert [p.status_code for p in pages] == [200] * 11 + [400] * 4 + [200, 400]
    for page in pages:
        shown = text(page.get_data(as_text=True))
        assert not [s for s in english if s in shown], shown


def ticked(page: str) -> dict[str, tuple[str, bool]]:
    """The notices the slot form offers: each one's title (and note) by id, and whether it is
    ticked."""
    found = re.findall(
        r'<label class="choice"><input type="checkbox" name="announce" '
        r'value="([^"]+)"( checked)?><span>(.*?)</span></label>',
        page,
        re.S,
    )
    return {value: (text(title), bool(checked)) for value, checked, title in found}


def test_an_officer_ticks_her_notices_by_title_and_sees_the_week_of_her_new_slot(
    visitor: Visitor, console_station: Path
) -> None:
    """Officer trial 9 (B2, C5): she typed titles into a field that wanted ids ("không có thông
    báo 'Họp'"), and after saving the page showed a past week without her slot."""
    visitor.sign_in("vanhanh")
    form = visitor.get("/schedule/new")
    offered = ticked(form.text)
    assert offered["hop-thon"] == ("Họp thôn Đông thon · bản nháp", False)  # a draft says so
    assert offered["bluezone"] == ("Cài Bluezone bluezone", False)
    assert "&lt;script&gt;" in form.text and "<script>alert" not in form.text
    assert list(offered) == ["thu", "bluezone", "hop-thon"]  # by title, as she reads them
    response = visitor.post("/schedule/new", {
        "title": "Họp dân sáng thứ Hai", "name": "", "at": "7h", "days": "T2",
        "campaign": "", "announce": ["hop-thon", "bluezone"], "since": "16/03/2026",
        "until": "", "max_minutes": ""})  # fmt: skip
    assert response.status_code == 302
    assert response.location.startswith("/schedule?week=2026-03-16#")  # the week it first airs
    page = visitor.get(response.location)
    assert "Đã lưu khung giờ 'Họp dân sáng thứ Hai': phát lần đầu Thứ Hai 16/03/2026 07:00" in (
        opens_at(page.text, response.location)
    )
    days = week_days(page.text)
    assert "07:00 Họp dân sáng thứ Hai Họp thôn Đông, Cài Bluezone" in days["Thứ Hai 16/03/2026"]
    assert query(console_station, "SELECT name, title, announcements FROM slots WHERE "
                 "removed_at IS NULL AND name != 'sang'") == [
        ("hop-dan-sang-thu-hai", "Họp dân sáng thứ Hai", '["hop-thon", "bluezone"]')]  # fmt: skip
    printed = console_station.parent / "week.pdf"  # the notice board reads names, not ids
    printed.write_bytes(visitor.client.get("/schedule/print?week=2026-03-16").data)
    flat = " ".join(subprocess.run(["pdftotext", "-layout", str(printed), "-"], text=True,
                                   capture_output=True, check=True).stdout.split())  # fmt: skip
    assert "07:00 Họp dân sáng thứ Hai" in flat and "hop-dan-sang-thu-hai" not in flat
    again = visitor.get("/schedule/slot/hop-dan-sang-thu-hai")  # changing it: ticked as saved
    assert {i for i, (_title, on) in ticked(again.text).items() if on} == {"hop-thon", "bluezone"}
    assert 'name="title" type="text" value="Họp dân sáng thứ Hai"' in again.text


def test_every_fault_of_the_slot_form_is_said_at_once_next_to_its_field(
    visitor: Visitor, console_station: Path
) -> None:
    """Officer trial 9 (C5): four submissions for one slot, each refusing one fault."""
    visitor.sign_in("vanhanh")
    before = store_dump(console_station)
    response = visitor.post("/schedule/new", {
        "title": "", "name": "chieu", "at": "6h chiều", "days": "thứ tám", "campaign": "",
        "since": "31/02/2026", "until": "01/01/2020", "max_minutes": "mười"},
        page="/schedule/new")  # fmt: skip
    assert response.status_code == 400
    faults = {field: field_error(response.text, field)
              for field in ("at", "days", "since", "until", "max_minutes", "campaign")}  # fmt: skip
    assert "6h chiều" in faults["at"] and "thứ tám" in faults["days"]
    assert "31/02/2026" in faults["since"] and "01/01/2020 đã qua" in faults["until"]
    assert "mười" in faults["max_minutes"]
    assert "cần một chiến dịch, một danh sách thông báo, hoặc cả hai" in faults["campaign"]
    assert store_dump(console_station) == before


def test_an_overlap_says_what_the_other_slot_keeps_and_the_next_free_time(
    visitor: Visitor, console_station: Path
) -> None:
    """Officer trial 9 (C5): "trùng với khung giờ 'sang' lúc 06:30:00 (10.0 phút)" for a
    program of 1 phút 47 giây, and no way out."""
    visitor.sign_in("vanhanh")
    limit = {"name": "sang", "title": "Buổi sáng", "at": "06:30", "days": "hằng ngày",
             "max_minutes": "10"}  # fmt: skip
    visitor.post("/schedule/slot/sang", GOOD | limit, page="/schedule/slot/sang")
    before = store_dump(console_station)
    response = visitor.post("/schedule/new", GOOD | {"name": "sang2", "at": "6h35"},
                            page="/schedule/new")  # fmt: skip
    assert response.status_code == 400
    assert field_error(response.text, "at") == (
        "Khung giờ 'sang2' lúc 06:35 trùng với khung giờ 'Buổi sáng': khung "
        "giờ đó giữ 06:30–06:40 (10 phút, là giới hạn của nó, dù chương trình có thể ngắn hơn). "
        "Hãy chọn 06:40, giờ trống kế tiếp, hoặc thêm các thông báo vào khung giờ 'Buổi sáng'."
    )
    assert store_dump(console_station) == before
    taken = visitor.post("/schedule/new", GOOD | {"name": "sang2", "at": "06:40"},
                         page="/schedule/new")  # fmt: skip
    assert taken.status_code == 302  # the time it offered is free indeed


def test_a_one_day_slot_reads_only_that_day_wherever_it_is_said(
    visitor: Visitor, console_station: Path
) -> None:
    """o13net K5: a slot whose first and last days are the same is not "hằng ngày …, từ ngày
    05/03/2026 đến hết ngày 05/03/2026", on the console as on the command line."""
    visitor.sign_in("vanhanh")
    one = GOOD | {"days": "hằng ngày", "since": "5/3", "until": "5/3"}
    saved = visitor.post("/schedule/new", one, page="/schedule/new")
    assert saved.status_code == 302
    assert "Khung giờ phát chỉ ngày 05/03/2026." in text(visitor.get(saved.location).text)
    confirm = text(visitor.get("/schedule/slot/chieu/remove").text)
    assert "Khung giờ phát lúc 17:00, chỉ ngày 05/03/2026." in confirm
    assert "hằng ngày" not in confirm.lower()


def test_a_date_without_its_year_is_the_next_such_day_and_is_said_back_in_full(
    visitor: Visitor, console_station: Path
) -> None:
    """Officer trial 9: she typed '3/12' and was told it was no date. A day and month mean the
    next such day from today (Monday 02/03/2026 by the console's clock), said back with its
    year; the announcement form reads them the same way."""
    visitor.sign_in("vanhanh")
    saved = visitor.post("/schedule/new", GOOD | {"since": "3/12", "until": "10/12"},
                         page="/schedule/new")  # fmt: skip
    assert saved.status_code == 302
    said = text(visitor.get(saved.location).text)
    assert "Khung giờ phát từ ngày 03/12/2026 đến hết ngày 10/12/2026." in said
    assert "phát lần đầu Thứ Năm 03/12/2026 17:00" in said
    yesterday = visitor.post("/schedule/new", GOOD | {"name": "toi", "at": "19h", "since": "1/3"},
                             page="/schedule/new")  # fmt: skip
    assert yesterday.status_code == 302  # 1 March has passed: the next one is a year on
    assert "Khung giờ phát từ ngày 01/03/2027 trở đi." in text(visitor.get(yesterday.location).text)
    assert query(console_station, "SELECT name, valid_from, valid_until FROM slots WHERE name "
                 "IN ('chieu', 'toi') ORDER BY name") == [
        ("chieu", "2026-12-03", "2026-12-10"), ("toi", "2027-03-01", None)]  # fmt: skip
    never = visitor.post("/schedule/new", GOOD | {"name": "khuya", "since": "31/2"},
                         page="/schedule/new")  # fmt: skip
    assert "'31/2' không phải ngày tháng: không có ngày 31/02" in field_error(never.text, "since")
    notice = visitor.post("/announcements/new", {"title": "Tiêm phòng", "text": "Tiêm phòng dại.",
                          "priority": "normal", "repeat": "1", "valid_from": "2/3",
                          "valid_until": "3/12", "action": "save"},
                          page="/announcements/new")  # fmt: skip
    assert notice.status_code == 302
    assert query(console_station, "SELECT valid_from, valid_until FROM announcements WHERE "
                 "title = 'Tiêm phòng'") == [("2026-03-02", "2026-12-03")]  # fmt: skip
    shown = text(visitor.get(notice.location).text)
    assert "Có hiệu lực từ 02/03/2026" in shown and "Có hiệu lực đến 03/12/2026" in shown


@pytest.mark.parametrize(("said", "shown"), [("5h30 chiều", "17:30"), ("8 giờ tối", "20:00")])
def test_a_time_said_with_its_part_of_the_day_is_taken_and_shown_on_the_24_hour_clock(
    visitor: Visitor, console_station: Path, said: str, shown: str
) -> None:
    """o18lan7 C4: '6h30 sáng' was refused with advice to write 6h30, which she had written."""
    visitor.sign_in("vanhanh")
    saved = visitor.post("/schedule/new", GOOD | {"name": "muon", "title": "Buổi muộn",
                         "at": said}, page="/schedule/new")  # fmt: skip
    assert saved.status_code == 302
    assert f"{shown} Buổi muộn" in week_days(visitor.get(saved.location).text)["Thứ Sáu 06/03/2026"]
    assert query(console_station, "SELECT at FROM slots WHERE name = 'muon'") == [(f"{shown}:00",)]


def test_a_time_whose_hour_the_word_does_not_take_is_refused_saying_why(
    visitor: Visitor,
) -> None:
    """'6h chiều' is 06:00 on the 24-hour clock, or 18:00 (tối): which is not guessed. The slot is
    named by its title (o17lan6 C4)."""
    visitor.sign_in("vanhanh")
    refused = visitor.post("/schedule/new", {"name": "sang-som", "title": "Sáng sớm",
                           "at": "6h chiều", "days": "hằng ngày", "campaign": "bluezone"},
                           page="/schedule/new")  # fmt: skip
    assert refused.status_code == 400
    said = text(refused.text)
    assert (
        "Khung giờ 'Sáng sớm': '6h chiều': 6h không thuộc buổi chiều (buổi chiều là "
        "13h–17h). Hãy ghi giờ theo cách 24 giờ, bỏ chữ “chiều”: 06h hoặc 18h."
    ) in said
    assert "'sang-som'" not in said


def test_a_slot_saved_with_a_notice_whose_days_are_over_says_it_will_not_air_it(
    visitor: Visitor, console_station: Path, console_clock: SetClock, tmp_path: Path
) -> None:
    """o19lan8 L7: "Thu thuế đất tháng 11", valid until the day before, ticked in a new slot:
    the list marked drafts "bản nháp" and this one nothing, and the slot was saved with no
    word that it would never air it. The list says its end, and the slot's save says so at
    both doors; a notice still valid, or one ending before a slot that starts later, is
    judged by the slot's first day."""
    from click.testing import CliRunner

    from cli import cli

    station = Station.open(console_station, console_clock)
    console_clock.now = console_clock.now.replace(day=1)  # its last day, while it is added
    station.add_announcements([
        write_script(tmp_path, "tt.md", "Hạn nộp thuế đất hết hôm nay.", id="thu-thue",
                     title="Thu thuế đất", valid_until="2026-03-01"),
        write_script(tmp_path, "hn.md", "Họp dân ngày 4/3.", id="hop-dan", title="Họp dân",
                     valid_until="2026-03-04"),
    ])  # fmt: skip
    station.approve("thu-thue", "Chủ tịch xã")
    station.approve("hop-dan", "Chủ tịch xã")
    console_clock.now = console_clock.now.replace(day=2)
    visitor.sign_in("vanhanh")
    choices = text(visitor.get("/schedule/new").text)
    assert re.search(r"Thu thuế đất\W+đã hết hiệu lực 01/03/2026", choices), choices
    assert not re.search(r"Họp dân\W+đã hết hiệu lực", choices)
    saved = visitor.post("/schedule/new", {"name": "sang-som", "at": "6h45", "days": "hằng ngày",
                         "announce": ["thu-thue", "hop-dan"]}, page="/schedule/new")  # fmt: skip
    assert saved.status_code == 302
    said = opens_at(visitor.get(saved.location).text, saved.location)
    assert ("Khung giờ sang-som sẽ không phát “Thu thuế đất”: thông báo này chỉ có hiệu lực đến "
            "01/03/2026") in said  # fmt: skip
    assert "“Họp dân”" not in said
    later = visitor.post("/schedule/new", {"name": "tuan-sau", "at": "7h", "days": "hằng ngày",
                         "since": "09/03/2026", "announce": ["hop-dan"]},
                         page="/schedule/new")  # fmt: skip
    assert "sẽ không phát “Họp dân”: thông báo này chỉ có hiệu lực đến 04/03/2026" in opens_at(
        visitor.get(later.location).text, later.location
    )
    added = CliRunner(mix_stderr=False).invoke(
        cli,
        [
            "--station",
            str(console_station),
            "schedule",
            "add",
            "trua",
            "--at",
            "11:00",
            "--announce",
            "thu-thue",
        ],
    )  # fmt: skip  (the real clock: 01/03/2026 is past as well)
    assert added.exit_code == 0, added.stderr
    assert "“Thu thuế đất”" in added.stderr and "01/03/2026" in added.stderr


def test_a_slot_whose_only_notice_is_retired_says_it_airs_nothing_until_one_is_added(
    visitor: Visitor, console_station: Path, console_clock: SetClock, tmp_path: Path
) -> None:
    """A retired notice ticked alone in a new slot: `schedule add` said "9 giây" and nothing
    else, as for any slot. Both doors now say it airs nothing, why, and what brings it back;
    beside a notice that airs, only that the retired one is left out."""
    from click.testing import CliRunner

    from cli import cli

    station = Station.open(console_station, console_clock)
    station.add_announcements([write_script(tmp_path, "hd.md", "Họp dân lúc 19h.", id="hop-dan",
                                            title="Họp dân")])  # fmt: skip
    station.approve("hop-dan", "Chủ tịch xã")
    station.retire("hop-dan", by="Chủ tịch xã")
    added = CliRunner(mix_stderr=False).invoke(
        cli, ["--station", str(console_station), "schedule", "add", "toi", "--at", "18:00",
              "--announce", "hop-dan"],
    )  # fmt: skip
    assert added.exit_code == 0, added.stderr
    assert added.stdout.strip().endswith(": không phát gì")  # no length of a program not aired
    assert "khung giờ toi không phát gì: “Họp dân” đã ngừng phát; khung giờ chỉ phát khi được " \
        "thêm một thông báo khác" in added.stderr  # fmt: skip
    visitor.sign_in("vanhanh")
    saved = visitor.post("/schedule/new", {"name": "toi-2", "at": "19h", "days": "hằng ngày",
                         "announce": ["hop-dan"]}, page="/schedule/new")  # fmt: skip
    said = opens_at(visitor.get(saved.location).text, saved.location)
    assert "Đã lưu khung giờ 'toi-2': hiện khung giờ này không phát gì." in said
    assert "Khung giờ toi-2 không phát gì: “Họp dân” đã ngừng phát" in said
    assert "chương trình dài" not in said
    week = week_days(visitor.get(saved.location).text)["Ngày mai"]
    assert "19:00 toi-2 không có gì để phát" in week and "Họp dân" not in week  # not as if it aired
    day = text(visitor.get(f"/schedule/day/{station.today() + timedelta(days=1)}").text)
    assert day.count("“Họp dân” đã ngừng phát") == 1, day  # once, above (o20lan9 N7)
    assert "sẽ không được phát: ngừng phát" not in day and "đã duyệt và còn hiệu lực" not in day
    home = text(visitor.get("/").text)
    assert home.count("Họp dân") == 1, home  # Cần chú ý's, not each day's of Sắp phát
    beside = visitor.post("/schedule/new", {"name": "toi-3", "at": "20h", "days": "hằng ngày",
                          "announce": ["hop-dan", "bluezone"]}, page="/schedule/new")  # fmt: skip
    said = opens_at(visitor.get(beside.location).text, beside.location)
    assert "Khung giờ toi-3 sẽ phát mà không có “Họp dân”: đã ngừng phát" in said
    assert "chương trình dài 8 giây" in said  # Bluezone's alone


def test_an_emergency_is_no_slots_notice_at_any_door_and_an_old_slot_holding_one_skips_it(
    visitor: Visitor, console_station: Path, console_clock: SetClock
) -> None:
    """o20lan9 N1: the emergency aired at 06:20 was offered in "Thêm khung giờ" among her
    notices; ticked, "nước sông đang lên nhanh… di dời ngay" aired every morning with no end.
    The form does not offer it, both doors refuse it in a sentence saying what to do instead,
    and a slot stored before the rule airs without it, said once in Cần chú ý."""
    from click.testing import CliRunner

    from cli import cli

    station = Station.open(console_station, console_clock)
    _, flood = station.create_emergency("Chủ tịch xã", "Nước sông đang lên nhanh, di dời ngay.")
    title = station.titles()[flood]
    visitor.sign_in("vanhanh")
    assert title not in text(visitor.get("/schedule/new").text)
    before = store_dump(console_station)
    refused = visitor.post("/schedule/new", {"name": "nhac-lu", "at": "6h34", "days": "hằng ngày",
                           "announce": [flood]}, page="/schedule/new")  # fmt: skip
    assert refused.status_code == 400
    said = field_error(refused.text, "announce")
    assert f"“{title}” là thông báo khẩn cấp" in said and "“Phát khẩn cấp”" in said, said
    added = CliRunner(mix_stderr=False).invoke(
        cli, ["--station", str(console_station), "schedule", "add", "nhac-lu", "--at", "6:34",
              "--announce", flood, "--announce", "bluezone"],
    )  # fmt: skip
    assert added.exit_code != 0 and "là thông báo khẩn cấp" in added.stderr, added.stderr
    assert store_dump(console_station) == before
    old = make_slot("cu", "06:34", "daily", None, None, None, [flood, "bluezone"], None,
                    created_at=console_clock.now - timedelta(days=30))  # fmt: skip
    with station.db.conn:  # a slot saved before the rule (o20lan9's store)
        station.db.table("slots").insert(
            {
                **old.fields(),
                "announcements": json.dumps(old.announcements),
                "created_at": old.created_at.isoformat(),
                "removed_at": None,
            }
        )
    tomorrow = station.today() + timedelta(days=1)
    [airing] = [e for e in station.rundown(tomorrow) if e.slot == "cu"]
    assert [i.announcement_id for i in airing.items] == ["bluezone"] and not airing.left_out
    attention = [w for w in station.will_not_air() if w.announcement_id == flood]
    assert len(attention) == 1
    assert "có thông báo khẩn cấp" in station.wont_air_text(attention[0])
    assert [s for s in station.never_again(tomorrow) if "khẩn cấp" in s]
    assert "thông báo khẩn cấp: không phát trong khung giờ" in text(
        visitor.get("/schedule/slot/cu").text
    )


def test_in_the_evening_today_s_rundown_says_what_airs_next(
    visitor: Visitor, console_clock: SetClock
) -> None:
    """w29office: after the day's last slot, the day's rundown said only that nothing airs.
    It says so of today, then the next airing with its time, notices and length, and links
    to that day's rundown, as `rundown` does; a day past says only that it has passed."""
    console_clock.now = console_clock.now.replace(hour=20)  # Monday 02/03, after 06:30
    visitor.sign_in("vanhanh")
    page = visitor.get("/schedule/day/2026-03-02")
    shown = text(page.text)
    assert "Hôm nay không còn lượt phát nào." in shown, shown
    assert re.search(r"Lượt phát tới: ngày mai 06:30, sang: Cài Bluezone \(\d+ giây\)\. Xem "
                     "chương trình phát ngày đó", shown), shown  # fmt: skip
    assert 'href="/schedule/day/2026-03-03">Xem chương trình phát ngày đó</a>' in page.text
    passed = text(visitor.get("/schedule/day/2026-03-01").text)
    assert "Ngày này đã qua" in passed and "Lượt phát tới" not in passed, passed
    tomorrow = text(visitor.get("/schedule/day/2026-03-03").text)
    assert "Lượt phát tới" not in tomorrow, tomorrow


def test_a_slot_in_quiet_hours_widened_since_is_not_what_airs_next(
    visitor: Visitor, console_clock: SetClock, console_station: Path
) -> None:
    """v29review: quiet hours widened to 07:00 after the 06:30 slot was made; the station
    refuses that airing, yet the day's rundown listed it as airing and, in the evening,
    named it "Lượt phát tới". Its day says it will not air; the evening names none."""
    set_config(console_station, "quiet_hours", '["22:00", "07:00"]')
    console_clock.now = console_clock.now.replace(hour=20)  # Monday 02/03, after 06:30
    visitor.sign_in("vanhanh")
    shown = text(visitor.get("/schedule/day/2026-03-02").text)
    assert "Hôm nay không còn lượt phát nào." in shown, shown
    assert "Lượt phát tới" not in shown, shown
    tomorrow = text(visitor.get("/schedule/day/2026-03-03").text)
    assert "Trong giờ yên tĩnh của đài (22:00–07:00): sẽ không được phát" in tomorrow, tomorrow
    home = text(visitor.get("/").text)  # its coming airings: each says it will not air
    assert home.count("06:30 sang") == home.count("Trong giờ yên tĩnh của đài") > 0, home
