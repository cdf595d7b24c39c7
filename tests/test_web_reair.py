"""Phát lại (officer trial ten, F4; o10b): after a power cut or a missed airing, Nhật ký offers
to air the same approved notices once more today, at the first free minute or at a time she
picks; it is a one-off slot that airs once, as its own row naming the airing it re-airs, and
a second tap plans nothing more (Flask's test client; the airing through the daemon's
Runner, on a set clock)."""

from __future__ import annotations

import csv
import html
import re
import sqlite3
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from conftest import (
    CardStandIn,
    SetClock,
    Visitor,
    console_says,
    query,
    store_dump,
    write_script,
)
from test_report_pdf import pdftotext
from test_web import field_error, text
from test_web_log import APLAY_REFUSED, listed, logged

from broadcaster.airing_log import AiringStatus, Occasion, Trigger, log_airing, planned_entries
from broadcaster.runner import Runner
from broadcaster.schedule import held_note
from broadcaster.station import Station, StationError

__all__ = ["logged"]  # the fixture, imported for these tests

BUTTON = "Phát lại một lần"
FORM = "Phát lại hôm nay lúc"
"""The label of the button's time field: a row that names the button need not have it."""
STOPPED = "đài đã bị dừng (SIGINT)"
"""How the log noted a stop before o21lan10 N3 (a daemon of then, in Vietnamese): Lan reads
what happened, never the signal's name."""
TITLE = "Phát lại (lượt 06:30 ngày 01/03 bị bỏ lỡ)"
"""#1's re-air as the log, the report and the board name it: what it airs again and why, never
"Phát lại lượt #1" (o15lan2 N8)."""


def rows(page: str) -> dict[int, str]:
    """Each airing listed, by its number: the whole row as a person reads it (its form too)."""
    listing = page.split('<ul class="rows airings">', 1)[1].split("</section>", 1)[0]
    found = [text(row) for row in re.split(r'<li class="status-\w+"[^>]*>', listing)[1:]]
    return {int(re.search(r"#(\d+) ·", row).group(1)): row for row in found}  # type: ignore[union-attr]


@pytest.fixture
def cut(logged: Path, console_clock: SetClock) -> Path:
    """Besides `logged` (#1 Bluezone missed, #2 aired, #3 the unapproved meeting failed): #4
    an emergency cut, which the station airs again by itself."""
    station = Station.open(logged, console_clock)
    log_airing(station, Occasion(Trigger.EMERGENCY), "null", planned_entries(station, ["bluezone"]),
               AiringStatus.INTERRUPTED, "the station stopped")  # fmt: skip
    station.close()
    return logged


def test_the_button_is_offered_only_where_only_a_person_can_air_it_again(
    visitor: Visitor, cut: Path
) -> None:
    visitor.sign_in("vanhanh")  # the officer: she adds slots, so she may
    shown = rows(visitor.get("/log").text)
    assert sorted(shown) == [1, 2, 3, 4]
    assert BUTTON in shown[1]  # missed, still approved as it aired
    assert "Phát lại hôm nay lúc" in shown[1] and "Để trống: phút trống gần nhất" in shown[1]
    assert BUTTON not in shown[2]  # it aired
    assert FORM not in shown[3]  # never approved: it says so, and that the button comes once it is
    assert ("“Họp thôn Đông” phiên bản 1 đang chờ duyệt: khi được duyệt, nút “Phát lại một lần” "
            "sẽ hiện ở lượt này trong Nhật ký") in shown[3]  # fmt: skip
    assert BUTTON not in shown[4]  # an emergency: the station airs it again itself
    assert [status for status, _row in listed(visitor.page)] == [
        "interrupted", "failed", "aired", "missed"]  # fmt: skip
    warnings = text(visitor.get("/").text.split('id="warnings"')[1].split("</section>")[0])
    button = "bấm “Phát lại một lần” ở lượt đó trong Nhật ký"
    assert warnings.count(button) == 1  # Trang chủ sends her to the button where it is
    assert "Khung giờ “sang” hôm qua 06:30 không phát như kế hoạch (bỏ lỡ)" in warnings
    assert "(lỗi): loa không phát được vì card âm thanh báo lỗi" in warnings  # w11a's words
    assert "Xem trong Nhật ký. “Họp thôn Đông” phiên bản 1 đang chờ duyệt" in warnings


LAN = "Nguyễn Thị Lan – Cán bộ văn hóa – xã hội"
"""The officer's account as the log names her (w26hand: "ai đã phát lại bản tin này?")."""


def test_a_reair_is_planned_once_and_ends_with_one_logged_outcome(
    visitor: Visitor, cut: Path, console_clock: SetClock, tmp_path: Path
) -> None:
    """… and names who pressed it, in Nhật ký, the report and the sealed row, as her account
    named her then (w26hand); the rows no person started name no one."""
    station = Station.open(cut, console_clock)
    station.accounts.set_person("vanhanh", "Nguyễn Thị Lan", "Cán bộ văn hóa – xã hội")
    station.close()
    visitor.sign_in("vanhanh")
    visitor.get("/log")
    key = visitor.form_key("/log/1/again")
    sent = visitor.post("/log/1/again", {"at": "", "once": key})
    assert sent.status_code == 302
    said = text(visitor.get(sent.location).text)
    # by the time, as the slot's title and every other place say it (o16lan3 F8: "Lượt #1")
    assert f"Sẽ phát lại hôm nay lúc 05:06 (khung giờ “{TITLE}”)" in said
    assert "Lượt #1" not in said
    after = store_dump(cut)
    again = visitor.post("/log/1/again", {"at": "", "once": key})  # the reply was lost
    assert again.status_code == 302
    assert "Lượt phát lại này đã được xếp lúc 05:05; không xếp lần nữa." in text(
        visitor.get(again.location).text)  # fmt: skip
    assert store_dump(cut) == after
    other = visitor.post("/log/1/again", {"at": "07:00"}, page="/log")  # a fresh page's key
    assert other.status_code == 400
    assert ("Lượt 06:30 ngày 01/03 chỉ được phát lại một lần: sẽ phát lại hôm nay lúc 05:06 "
            f"(khung giờ “{TITLE}”)") in text(other.text)  # fmt: skip
    assert store_dump(cut) == after
    assert query(cut, "SELECT name, at, valid_from, valid_until, announcements FROM slots "
                      "WHERE name LIKE 'phat-lai-%'") == [
        ("phat-lai-1", "05:06:00", "2026-03-02", "2026-03-02", '["bluezone"]')]  # fmt: skip
    assert "Sẽ phát lại hôm nay lúc 05:06" in rows(visitor.get("/log").text)[1]

    console_clock.now += timedelta(minutes=1)  # 05:06: the airing service airs it, once
    station = Station.open(cut, console_clock)
    station.accounts.set_person("vanhanh", "Trần Văn Nam", "Cán bộ mới")  # after she pressed it
    runner = Runner(station, CardStandIn(tmp_path / "loa"))  # on the loudspeakers, at once
    due = [p for p in runner.upcoming(timedelta(seconds=30)) if p.slot == "phat-lai-1"]
    assert len(due) == 1
    assert runner.air_planned(due[0]) is not None
    assert runner.air_planned(due[0]) is None  # already has its row
    console_clock.now += timedelta(days=1)
    assert runner.settle() == []  # and no missed row for it later
    station.close()
    assert query(cut, "SELECT seq, status, person FROM airings WHERE person IS NOT NULL") == [
        (5, "aired", LAN)]  # fmt: skip
    assert query(cut, "SELECT slot FROM airings WHERE seq = 5") == [("phat-lai-1",)]
    assert query(cut, "SELECT status FROM airings WHERE seq = 1") == [("missed",)]
    console_clock.now -= timedelta(days=1)
    station = Station.open(cut, console_clock)  # the report and the board name it the same way
    station.export_log("pdf", tmp_path / "bao-cao.pdf", month="2026-03")
    station.print_week(tmp_path / "lich.pdf")
    for printed in ("bao-cao.pdf", "lich.pdf"):
        read = " ".join(pdftotext(tmp_path / printed).split())
        assert "#1" not in read  # the cell may share its lines with the next column's words
        assert "Phát lại (lượt 06:30" in read and "01/03 bị bỏ lỡ)" in read
    report = " ".join(pdftotext(tmp_path / "bao-cao.pdf").split())
    # the missed row says it was made good, and when (o19lan8 L10), as the CSV's below
    assert "phát lại một lần lúc" in report and "05:06 ngày 02/03/2026" in report
    station.export_log("csv", tmp_path / "bao-cao.csv", month="2026-03")
    [missed_row] = [r for r in csv.reader((tmp_path / "bao-cao.csv").open(encoding="utf-8-sig"))
                    if r[2:3] == ["1"]]  # fmt: skip
    assert missed_row[-1].endswith("; đã phát lại một lần lúc 05:06 ngày 02/03/2026 (lượt phát "
                                   "số 5)")  # fmt: skip
    lines = list(csv.reader((tmp_path / "bao-cao.csv").open(encoding="utf-8-sig")))
    named = [(r[2], r[-1]) for r in lines if r and "người phát" in r[-1]]
    assert named == [("5", f"khung giờ {TITLE}; người phát: {LAN}")]
    assert "người phát: Nguyễn Thị Lan" in report  # the PDF to sign says it too
    assert station.verify_log().problem is None  # sealed with its person
    station.close()
    page = rows(visitor.get("/log").text)
    assert page[5].startswith(f"đã phát Hôm nay 05:06 #5 · {TITLE} · người phát: {LAN}")
    assert [seq for seq, row in page.items() if "người phát" in row] == [5]
    assert page[1].startswith("bỏ lỡ")  # the original keeps its outcome
    # o11 F1: once re-aired, never offered again, and Trang chủ says what became of it
    assert BUTTON not in page[1] and page[1].endswith("Đã phát lại hôm nay 05:06")
    # nothing is left to do: "Để biết" says it, "Cần chú ý" no longer does (o19lan8 L10)
    home = visitor.get("/").text
    told = text(home.split('id="to-know"')[1].split("</section>")[0])
    first = told.split("Khung giờ “sang” hôm qua 06:30")[1]
    assert "Phát lại một lần" not in first
    assert first.startswith(" không phát như kế hoạch (bỏ lỡ)")
    assert "Xem trong Nhật ký. Đã phát lại hôm nay 05:06." in first
    assert "hôm qua 06:30" not in home_warnings(visitor)  # (the settle missed today's 'sang')
    before = store_dump(cut)
    later = visitor.post("/log/1/again", {"at": "07:00"}, page="/log")  # a fresh page's key
    assert later.status_code == 400
    once = "Lượt 06:30 ngày 01/03 chỉ được phát lại một lần: đã phát lại hôm nay 05:06"
    assert once in text(later.text)
    assert store_dump(cut) == before


def test_two_tabs_planning_the_same_reair_at_once_plan_it_once(
    cut: Path, console_clock: SetClock, vietnamese: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two tabs (each its own form key) ask to air #1 again at once: the second to write is
    refused with the sentence a later tap gets, and the first one's time stands (review
    eleven, #7: "once, ever" was checked before the write, so the second moved the slot)."""
    first, second = Station.open(cut, console_clock), Station.open(cut, console_clock)
    measure = first.build_program

    def meanwhile(*args: Any, **kwargs: Any) -> Any:
        """The other tab's request runs while the first measures its program, after its
        checks and before its write."""
        monkeypatch.setattr(first, "build_program", measure)
        second.air_again(1, "07:00")
        return measure(*args, **kwargs)

    monkeypatch.setattr(first, "build_program", meanwhile)
    with pytest.raises(StationError) as refused:
        first.air_again(1, "05:30")
    assert str(refused.value) == (  # the page puts a capital first
        f"lượt 06:30 ngày 01/03 chỉ được phát lại một lần: sẽ phát lại hôm nay lúc 07:00 (khung "
        f"giờ “{TITLE}”)"
    )
    first.close()
    second.close()
    assert query(cut, "SELECT at FROM slots WHERE name = 'phat-lai-1'") == [("07:00:00",)]


def cut_by_hand(station: Station, count: int) -> None:
    """`count` more airings of Bluezone, started by hand and cut: each may be aired again."""
    for _ in range(count):
        log_airing(station, Occasion(), "null", planned_entries(station, ["bluezone"]),
                   AiringStatus.INTERRUPTED, "the station stopped")  # fmt: skip


def queries(station: Station, asking: Callable[[], object]) -> int:
    """How many SQL statements the station runs to answer."""
    run: list[str] = []
    station.db.conn.set_trace_callback(run.append)
    try:
        asking()
    finally:
        station.db.conn.set_trace_callback(None)
    return len(run)


def test_nhat_ky_asks_the_same_few_questions_for_3_rows_or_30(
    cut: Path, console_clock: SetClock
) -> None:
    """What Nhật ký offers under each airing (a re-air, the one planned, or why not) takes the
    same few queries however many rows it lists (review eleven, #3: a query per notice and
    a read of the whole schedule per row, so a month of cuts made the page slow)."""
    station = Station.open(cut, console_clock)
    station.air_again(1)  # one row already has its re-air planned
    cut_by_hand(station, 2)
    few = station.airings()
    asked = queries(station, lambda: station.air_again_offers(few))
    cut_by_hand(station, 27)
    many = station.airings()
    offers = station.air_again_offers(many)
    assert len(offers) == len(station.air_again_offers(few)) + 27
    assert offers[1].done and sum(o.done is None and o.refused is None for o in offers.values())
    assert queries(station, lambda: station.air_again_offers(many)) == asked
    station.close()


def test_a_reair_at_the_first_free_minute_measures_each_program_once(
    cut: Path, console_clock: SetClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Finding the first free minute and storing the slot there share what they measured
    (review eleven, #4: every slot's program was built twice, the new one's too)."""
    station = Station.open(cut, console_clock)
    built: list[object] = []
    build = station.build_program

    def counted(*args: Any, **kwargs: Any) -> Any:
        built.append(args)
        return build(*args, **kwargs)

    monkeypatch.setattr(station, "build_program", counted)
    station.air_again(1)
    slots = query(cut, "SELECT COUNT(*) FROM slots WHERE removed_at IS NULL")[0][0]
    station.close()
    assert len(built) == slots  # the schedule's slots and the new one, once each


def home_warnings(visitor: Visitor) -> str:
    """Trang chủ's "Cần chú ý" box, as she reads it."""
    return text(visitor.get("/").text.split('id="warnings"')[1].split("</section>")[0])


def test_a_reair_on_air_or_failed_is_what_the_row_says_and_only_the_new_row_is_offered(
    visitor: Visitor, cut: Path, console_clock: SetClock
) -> None:
    """o11 F1: the button came back under the cut airing once its re-air started."""
    visitor.sign_in("vanhanh")
    assert visitor.post("/log/1/again", {"at": ""}, page="/log").status_code == 302
    console_clock.now += timedelta(minutes=1)
    station = Station.open(cut, console_clock)
    log_airing(station, Occasion(Trigger.SCHEDULE, "phat-lai-1", console_clock.now), "null",
               planned_entries(station, ["bluezone"]), AiringStatus.FAILED,
               APLAY_REFUSED)  # fmt: skip
    station.close()
    shown = rows(visitor.get("/log").text)
    assert FORM not in shown[1]  # o21lan10 N1: it names the row that has the button instead
    assert ("Lần phát lại hôm nay 05:06 cũng không thành: loa không phát được vì card âm thanh "
            "báo lỗi") in shown[1], shown[1]  # fmt: skip
    assert "bấm “Phát lại một lần” ở lượt phát lại đó trong Nhật ký" in shown[1]
    assert FORM in shown[5]  # the failed re-air is a new row: it may be offered
    assert home_warnings(visitor).count("bấm “Phát lại một lần”") == 1  # for #5 only
    with sqlite3.connect(cut / "station.db") as db:  # as while it airs
        db.execute("UPDATE airings SET status = 'started', ended_at = NULL, error = NULL "
                   "WHERE seq = 5")  # fmt: skip
    shown = rows(visitor.get("/log").text)
    assert BUTTON not in shown[1] and "Đang phát lại, bắt đầu hôm nay 05:06" in shown[1]
    before = store_dump(cut)
    assert visitor.post("/log/1/again", {"at": "07:00"}, page="/log").status_code == 400
    assert store_dump(cut) == before


def test_a_notice_cut_by_an_emergency_is_news_and_may_be_aired_again_once(
    visitor: Visitor, logged: Path, console_clock: SetClock
) -> None:
    """o11 F2: a slot cut by an emergency was dropped without a word on Trang chủ."""
    station = Station.open(logged, console_clock)
    _number, emergency = station.create_emergency(
        "duyet", "Nước sông Hồng đang lên nhanh, bà con vùng bãi di chuyển ngay lên đê."
    )
    log_airing(station, Occasion(Trigger.SCHEDULE, "sang", console_clock.now), "null",
               planned_entries(station, ["bluezone"]), AiringStatus.PREEMPTED,
               f"preempted by emergency announcement {emergency}")  # fmt: skip
    station.close()
    visitor.sign_in("vanhanh")
    row = rows(visitor.get("/log").text)[4]
    assert row.startswith("bị ngắt (khẩn cấp)") and BUTTON in row
    warnings = home_warnings(visitor)
    assert ("Khung giờ “sang” hôm nay 05:05 không phát như kế hoạch (bị ngắt): bị ngắt để "
            "phát thông báo khẩn cấp lúc 05:05 ngày 02/03/2026 (“Nước sông Hồng đang lên "
            "nhanh…”).") in warnings  # fmt: skip
    assert warnings.count("bấm “Phát lại một lần”") == 2  # #1 missed and #4 cut
    assert visitor.post("/log/4/again", {"at": ""}, page="/log").status_code == 302
    assert "Sẽ phát lại hôm nay lúc 05:06" in rows(visitor.get("/log").text)[4]


@pytest.mark.parametrize(
    ("at", "sentence"),
    [("04:30", "04:30 đã qua: hãy chọn giờ muộn hơn hôm nay, từ 05:06 trở đi."),
     ("06:30", "overlaps")],
)  # fmt: skip
def test_a_time_that_cannot_be_is_refused_at_the_row_and_nothing_is_planned(
    visitor: Visitor, cut: Path, at: str, sentence: str
) -> None:
    visitor.sign_in("duyet")
    visitor.get("/log")
    before = store_dump(cut)
    refused = visitor.post("/log/1/again", {"at": at})
    assert refused.status_code == 400
    said = field_error(refused.text, "again-1")
    if sentence == "overlaps":
        assert "trùng với khung giờ 'sang'" in said and "06:30" in said
    else:
        assert said == sentence
    assert store_dump(cut) == before
    # o11 F6: the form posts to its own row, so a phone opens the answer at the sentence, not
    # at the page's top, 2,000 px above it
    form = re.search(r'<form method="post" action="([^"]+)" class="air-again">', refused.text)
    assert form is not None and form.group(1) == "/log/1/again#airing-1"
    row = refused.text.split('id="airing-1">', 1)[1].split('<li class="status-', 1)[0]
    assert said in text(row)


def test_a_notice_no_longer_valid_is_not_offered_and_the_row_says_why(
    visitor: Visitor, cut: Path
) -> None:
    with sqlite3.connect(cut / "station.db") as conn:  # Bluezone ran until yesterday
        conn.execute("UPDATE announcements SET valid_until = '2026-03-01' WHERE id = 'bluezone'")
    visitor.sign_in("vanhanh")
    row = rows(visitor.get("/log").text)[1]
    assert BUTTON not in row
    assert "“Cài Bluezone” chỉ có hiệu lực đến 01/03/2026: không phát lại" in row
    before = store_dump(cut)
    assert visitor.post("/log/1/again", {"at": ""}).status_code == 400  # an old page's form
    assert store_dump(cut) == before


def test_a_slot_held_for_a_new_version_says_so_and_offers_the_button_once_it_is_approved(
    visitor: Visitor, cut: Path, console_clock: SetClock, tmp_path: Path
) -> None:
    """o15lan C3: a slot whose notice waited for approval of version 2 read "đã thay đổi từ đó
    (lượt này phát phiên bản 2): … hãy thêm một khung giờ", though nothing changed and
    nothing aired. It says what holds it, and the way out is this row's own button."""
    station = Station.open(cut, console_clock)
    script = write_script(tmp_path, "bz.md", "Cài đặt Bluezone ngay hôm nay.",
                          id="bluezone", title="Cài Bluezone", campaign="bluezone")  # fmt: skip
    station.add_announcements([script])  # version 2, waiting; version 1 stays approved
    log_airing(station, Occasion(Trigger.SCHEDULE, "sang", console_clock.now), "null",
               planned_entries(station, ["bluezone"]), AiringStatus.MISSED,
               held_note(station, ["bluezone"]))  # fmt: skip
    station.close()
    visitor.sign_in("vanhanh")
    held = rows(visitor.get("/log").text)[5]
    assert FORM not in held and "đã thay đổi" not in held and "thêm một khung giờ" not in held
    assert ("“Cài Bluezone” phiên bản 2 đang chờ duyệt: khi được duyệt, nút “Phát lại một lần” "
            "sẽ hiện ở lượt này trong Nhật ký") in held  # fmt: skip
    visitor.sign_in("duyet")
    station = Station.open(cut, console_clock)
    station.approve("bluezone", "Chủ tịch xã")
    station.close()
    shown = rows(visitor.get("/log").text)
    assert FORM in shown[5]  # what the row promised
    # #1 logged version 1, and version 2 is approved since: that one did change
    assert FORM not in shown[1]
    assert (
        "“Cài Bluezone” đã thay đổi sau lượt này (lượt này ghi phiên bản 1, nay là phiên "
        "bản 2): muốn phát, hãy thêm một khung giờ cho hôm nay trong Lịch phát"
    ) in shown[1]


def test_each_item_needing_attention_opens_its_airing_or_its_notice(
    visitor: Visitor, logged: Path, console_clock: SetClock, tmp_path: Path
) -> None:
    """o15lan2 N9: Chờ duyệt linked its notices, Cần chú ý did not; and the missed airing
    said "không phát" twice, with a date where "hôm qua" does."""
    station = Station.open(logged, console_clock)
    station.add_announcements([write_script(tmp_path, "bz.md", "Cài đặt Bluezone ngay hôm nay.",
                                            id="bluezone", title="Cài Bluezone",
                                            campaign="bluezone")])  # fmt: skip
    station.close()
    visitor.sign_in("vanhanh")
    box = visitor.get("/").text.split('id="warnings"')[1].split("</section>")[0]
    items = re.findall(r'<li class="warning"><a href="([^"]+)">(.*?)</a></li>', box, re.S)
    links = {text(said).split(" không ")[0]: href.replace("&amp;", "&") for href, said in items}
    assert links == {
        "Khung giờ “sang” hôm qua 06:30": "/log?since=01/03/2026&until=01/03/2026#airing-1",
        "Lượt phát hôm nay 05:05": "/log?since=02/03/2026&until=02/03/2026#airing-3",
        "“Cài Bluezone” sẽ": "/announcements/bluezone",
    }
    [missed] = [text(said) for _href, said in items if "hôm qua 06:30" in text(said)]
    assert missed.startswith("Khung giờ “sang” hôm qua 06:30 không phát như kế hoạch (bỏ lỡ): ")
    assert missed.count("không phát") == 1
    for href in links.values():  # each opens a page that shows what the item is about
        page = visitor.get(href.split("#")[0])
        assert page.status_code == 200
        assert (
            f'id="{href.split("#")[1]}"' in page.text
            if "#" in href
            else "Cài Bluezone" in page.text
        )


def test_a_missed_slot_airing_of_an_emergency_is_not_offered_again_and_says_why(
    visitor: Visitor, logged: Path, console_clock: SetClock
) -> None:
    """o20lan9 N1: a slot saved before the rule aired the evacuation order; had that airing
    been missed, "Phát lại một lần" would have planned it as any notice. An emergency is no
    slot's notice (schedule.emergency_in_slot): the row says how to air it again instead."""
    station = Station.open(logged, console_clock)
    _number, flood = station.create_emergency("duyet", "Nước sông đang lên nhanh, di dời ngay.")
    due = Occasion(Trigger.SCHEDULE, "nhac-lu", console_clock.now)
    log_airing(station, due, "null", planned_entries(station, [flood]), AiringStatus.MISSED,
               "the station was off")  # fmt: skip
    station.close()
    visitor.sign_in("vanhanh")
    row = rows(visitor.get("/log").text)[4]
    assert BUTTON not in row
    assert "là thông báo khẩn cấp: đài tự phát lại khi nó còn hiệu lực" in row, row


def test_a_reair_cut_short_is_over_too_and_leaves_what_asks_her_to_act(
    cut: Path, console_clock: SetClock, vietnamese: None
) -> None:
    """o20lan9 N8 (the crawl shows the line under Để biết: the trial's own store puts it there
    today); the class left: a re-air that ended partial was "đã phát lại" in the line but kept
    in Cần chú ý (aired_again took 'aired' only), though it cannot be aired again."""
    station = Station.open(cut, console_clock)
    planned = station.air_again(1)
    log_airing(station, Occasion(Trigger.SCHEDULE, planned.slot.name, console_clock.now),
               "device", planned_entries(station, ["bluezone"]), AiringStatus.PARTIAL,
               "the station stopped")  # fmt: skip  # in part, on the loudspeakers
    missed = "Khung giờ “sang” hôm qua 06:30 không phát như kế hoạch (bỏ lỡ)"
    assert not [line for line in station.warnings() if missed in line]
    [told] = [line for line in station.to_know() if missed in line]
    assert told.endswith("Đã phát lại một phần hôm nay 05:05."), told
    station.close()


def test_a_re_air_of_a_re_air_cut_short_makes_good_the_airing_and_it_is_said_once(
    cut: Path, console_clock: SetClock, vietnamese: None
) -> None:
    """o21lan10 N1, N2: #1 missed, its re-air #5 cut short when the station was switched off,
    then #5's own re-air #6 aired in full. While #5 is the last word, Cần chú ý has one line
    for the missed notice, saying where to press again (not two, one with nothing to do);
    once #6 aired, #1 is made good everywhere: Để biết, the totals, the unaired count and
    its row's note in the report."""
    from broadcaster.report import UNHEARD, Period, Report

    station = Station.open(cut, console_clock)
    first = station.air_again(1)
    log_airing(station, Occasion(Trigger.SCHEDULE, first.slot.name, console_clock.now), "null",
               planned_entries(station, ["bluezone"]), AiringStatus.INTERRUPTED,
               STOPPED)  # fmt: skip
    missed = "Khung giờ “sang” hôm qua 06:30 không phát như kế hoạch (bỏ lỡ)"
    [line] = [w for w in station.warnings() if "“sang”" in w or "Phát lại (" in w]
    assert line.startswith(missed), line
    assert (
        "Lần phát lại hôm nay 05:05 cũng không thành: đài bị tắt giữa chừng. Muốn phát "
        "lại một lần nữa, bấm “Phát lại một lần” ở lượt phát lại đó trong Nhật ký."
    ) in line
    assert "giọng" not in line  # the re-air's voice is no part of what went wrong

    today = console_clock.now.astimezone(station.config.zone).date()
    period = Period(today - timedelta(days=1), today)
    unaired = Report(station, period).unaired_airings()

    console_clock.now += timedelta(minutes=2)
    second = station.air_again(5)
    log_airing(station, Occasion(Trigger.SCHEDULE, second.slot.name, console_clock.now),
               "device", planned_entries(station, ["bluezone"]), AiringStatus.AIRED,
               "")  # fmt: skip  # on the loudspeakers
    assert not [w for w in station.warnings() if "“sang”" in w or "Phát lại (" in w]
    [told] = [w for w in station.to_know() if "“sang”" in w or "Phát lại (" in w]
    assert told.startswith(missed) and told.endswith("Đã phát lại hôm nay 05:07."), told

    report = Report(station, period)
    [bluezone] = [t for t in report.totals() if t.counts["aired"] == 2]
    # #2 on the loudspeakers, #1 made good by its re-air's re-air there: aired, though #1's
    # own row logged the test sink the daemon had when it missed it (REAIRED)
    assert (bluezone.counts["missed"], bluezone.counts[UNHEARD]) == (0, 0)
    assert (bluezone.row()[2], bluezone.row()[3]) == (2, 0)
    assert report.unaired_airings() == unaired - 1  # #1 no longer (#3 failed, #4 cut still)
    [cut_short] = [line[-1] for line in report.lines() if line[2] == 5]  # the signed report
    assert "đài bị tắt giữa chừng" in cut_short and "SIG" not in cut_short, cut_short  # N3
    [note] = [line[-1] for line in report.lines() if line[2] == 1]
    assert note.endswith("; đã phát lại một lần lúc 05:07 ngày "
                         f"{today:%d/%m/%Y} (lượt phát số 6)"), note  # fmt: skip
    station.close()


def test_a_line_sending_her_to_a_re_airs_button_opens_that_re_air(
    visitor: Visitor, cut: Path, console_clock: SetClock
) -> None:
    """o22lan11 N1: after a re-air cut short, Cần chú ý's line and #1's row in Nhật ký said
    "bấm … ở lượt phát lại đó" but opened #1, which has no button; the button is on the re-air
    (#5), listed above it. Both now open #5, on the day Nhật ký finds it (hôm nay, while #1
    was due hôm qua); a line whose task is on its own row still opens its own row."""
    visitor.sign_in("vanhanh")
    home = visitor.get("/").text
    assert "/log?since=01/03/2026&amp;until=01/03/2026#airing-1" in home  # its own button
    station = Station.open(cut, console_clock)
    first = station.air_again(1)
    console_clock.now += timedelta(minutes=1)
    log_airing(station, Occasion(Trigger.SCHEDULE, first.slot.name, console_clock.now), "null",
               planned_entries(station, ["bluezone"]), AiringStatus.INTERRUPTED,
               STOPPED)  # fmt: skip
    station.close()
    there = "/log?since=02/03/2026&amp;until=02/03/2026#airing-5"
    warnings = visitor.get("/").text.split('id="warnings"')[1].split("</section>")[0]
    [line] = [li for li in warnings.split("<li") if "“sang”" in li]
    assert there in line and "#airing-1" not in line, line
    assert "ở lượt phát lại đó trong Nhật ký" in text(line)
    page = visitor.get(there.replace("&amp;", "&").split("#")[0]).text
    assert FORM in rows(page)[5]  # where the link lands, the button is
    row = visitor.get("/log").text.split('id="airing-1"')[1].split('<li class="status-')[0]
    assert there in row  # Nhật ký's row #1 sends her there too


def test_its_notices_aired_in_full_by_hand_that_day_leave_nothing_to_do(
    visitor: Visitor,
    cut: Path,
    console_clock: SetClock,
    vietnamese: None,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """o22lan11 N4: a cut slot's notice aired in full by hand (`play --announce`) later that
    day, yet Cần chú ý still asked her to air it again. Now nothing is asked: the line is
    Để biết's, Nhật ký offers no re-air (a third airing), and a re-air is refused. An airing
    by hand cut short, of another notice, or on another day (#2, the morning after #1 was
    missed) leaves the task. The report counts each airing as it went (the one by hand names
    none it stands for; counted as a re-air it would count twice): its rule is unchanged.
    w23c: its words agree with the console's: #5's line says when it was made good by hand,
    and section III no longer says it "chưa được phát lại"."""
    from broadcaster import report as report_module
    from broadcaster.airing_lines import LINE_FIELDS
    from broadcaster.report import Period, Report

    visitor.sign_in("vanhanh")
    station = Station.open(cut, console_clock)
    log_airing(
        station,
        Occasion(Trigger.SCHEDULE, "sang", console_clock.now),
        "null",
        planned_entries(station, ["bluezone"]),
        AiringStatus.INTERRUPTED,
        STOPPED,
    )  # fmt: skip (#5, today)
    cut_today = f"Khung giờ “sang” {console_says(console_clock.now, console_clock.now)}"
    yesterday = "Khung giờ “sang” hôm qua 06:30 không phát như kế hoạch (bỏ lỡ)"
    today = station.today()
    period = Period(today - timedelta(days=1), today)
    unaired = Report(station, period).unaired_airings()
    for notice, outcome in (
        (["hop-thon"], AiringStatus.AIRED),
        (["bluezone"], AiringStatus.INTERRUPTED),
    ):  # fmt: skip (#6, #7)
        log_airing(station, Occasion(), "null", planned_entries(station, notice), outcome,
                   STOPPED if outcome is AiringStatus.INTERRUPTED else "")  # fmt: skip
        assert [w for w in station.warnings() if cut_today in w], notice  # still hers to do
    console_clock.now += timedelta(minutes=3)
    counted = {row[0]: row[1:] for row in Report(station, period).total_rows()}
    log_airing(  # on the loudspeakers: into a file it makes nothing good (w29reair)
        station,
        Occasion(),
        "device",
        planned_entries(station, ["bluezone"]),
        AiringStatus.AIRED,
        "",
    )  # fmt: skip (#8)
    when = console_says(console_clock.now, console_clock.now)
    assert not [w for w in station.warnings() if cut_today in w]
    assert [w for w in station.warnings() if yesterday in w]  # #1: another day's
    [told] = [line for line in station.to_know() if cut_today in line]
    assert told.endswith(f"Đã được phát tay đầy đủ {when}."), told
    every = station.to_know()  # #4 too (an emergency cut), not "the station airs it itself"
    assert len(every) == 3 and all(t.endswith(f"Đã được phát tay đầy đủ {when}.") for t in every)
    shown = rows(visitor.get("/log").text)
    assert FORM not in shown[5] and f"Đã được phát tay đầy đủ {when}" in shown[5]
    assert FORM not in shown[7] and FORM in shown[1]  # #8 made good #7 too; not #1
    before = store_dump(cut)
    assert visitor.post("/log/5/again", {"at": ""}, page="/log").status_code == 400
    assert store_dump(cut) == before
    report = Report(station, period)
    assert report.unaired_airings() == unaired - 2  # #4, #5 and #7 made good by #8, as told
    said = report.unaired_said("ở mục IV")
    assert (
        "3 lượt phát khác bị bỏ lỡ, lỗi, bị ngắt hoặc gián đoạn đã được phát bù bằng tay "
        "đầy đủ trong ngày; lượt phát tay được tính riêng là một lượt đã phát."
    ) in said
    assert said.startswith(f"Tuy vậy, {unaired - 2} lượt phát")  # #1 and #3 still
    notes = {line[LINE_FIELDS.index("seq") + 1]: line[LINE_FIELDS.index("line_note") + 1]
             for line in report.lines()}  # fmt: skip
    local = console_clock.now.astimezone(station.config.zone)
    hand = f"; đã phát bù bằng tay đầy đủ lúc {local:%H:%M} cùng ngày (lượt phát số 8, tính riêng)"
    assert notes[4].endswith(hand) and notes[5].endswith(hand) and notes[7].endswith(hand)
    assert not [seq for seq in (1, 3, 6, 8) if "bằng tay" in notes[seq]]
    now = {row[0]: row[1:] for row in report.total_rows()}  # the chain rule: #8 is one more
    # the columns of TOTAL_HEADINGS after the campaign: #8 aired on the loudspeakers
    planned, played, interrupted = 0, 1, 6
    for campaign in ("Cộng", *(c for c in now if c in counted and c != "Cộng")):
        grew = [a - b for a, b in zip(now[campaign][:7], counted[campaign][:7], strict=True)]
        assert grew[planned] == grew[played] and grew[interrupted] == 0, (campaign, grew)
    assert now["Cộng"][planned] == counted["Cộng"][planned] + 1
    monkeypatch.setattr(report_module, "BY_HAND_BATCH", 1)  # asked one airing at a time
    assert Report(station, period).unaired_said("ở mục IV") == said
    station.close()


def test_a_reair_moved_in_lich_phat_keeps_its_name_and_who_asked_for_it(
    visitor: Visitor, cut: Path, console_clock: SetClock
) -> None:
    """Lịch phát's form for a re-air's slot changes its time; what it is and who asked for it
    stay (w27office #5: saved, it lost its title, and the board and Nhật ký named it
    'phat-lai-1')."""
    station = Station.open(cut)
    station.accounts.set_person("vanhanh", "Nguyễn Thị Lan", "Cán bộ văn hóa – xã hội")
    station.close()
    visitor.sign_in("vanhanh")
    visitor.post("/log/1/again", {"at": ""}, page="/log")
    form = visitor.get("/schedule/slot/phat-lai-1").text
    assert TITLE in form
    values = {
        name: html.unescape(value)
        for name, value in re.findall(r'<input[^>]*name="(\w+)"[^>]*value="([^"]*)"', form)
        if name not in ("csrf_token", "once")
    }
    sent = visitor.post(
        "/schedule/slot/phat-lai-1", values | {"at": "07:00", "announce": "bluezone"}
    )
    assert sent.status_code == 302, text(visitor.page)
    assert query(
        cut, "SELECT at, title, person FROM slots WHERE name = 'phat-lai-1' AND removed_at IS NULL"
    ) == [("07:00:00", TITLE, LAN)]
    assert (
        f"Sẽ phát lại hôm nay lúc 07:00 (khung giờ “{TITLE}”)" in rows(visitor.get("/log").text)[1]
    )
    station = Station.open(cut, console_clock)  # as `schedule add` without --title, --from
    added = station.add_slot("phat-lai-1", "7h30", "hằng ngày", None, None, None, ["bluezone"])
    station.close()
    assert (added.slot.label, added.slot.dates_text) == (TITLE, "chỉ ngày 02/03/2026")
    assert query(
        cut,
        "SELECT at, title, person, valid_until FROM slots WHERE name = "
        "'phat-lai-1' AND removed_at IS NULL",
    ) == [("07:30:00", TITLE, LAN, "2026-03-02")]


def test_a_reair_into_a_file_makes_nothing_good_and_is_the_one_to_air_again(
    visitor: Visitor, cut: Path, console_clock: SetClock, vietnamese: None
) -> None:
    """w29reair: #1's re-air (#5) played only into a file (a station on trial, or that lost
    its card): nobody heard it, yet #1 lost its button and left Cần chú ý, as made good. It
    is not: Cần chú ý keeps #1's line, sending her to #5's button, as after a re-air cut
    short; by hand into a file (#6) makes nothing good either; #5's own re-air, on the
    loudspeakers, does. An airing of a slot into a file is the station's setting, not hers
    to re-air: no button under it."""
    station = Station.open(cut, console_clock)
    first = station.air_again(1)
    log_airing(station, Occasion(Trigger.SCHEDULE, first.slot.name, console_clock.now),
               "file:/srv/dai/ban-ghi/0005.wav", planned_entries(station, ["bluezone"]),
               AiringStatus.AIRED, "")  # fmt: skip  # #5
    console_clock.now += timedelta(minutes=1)
    log_airing(station, Occasion(), "null", planned_entries(station, ["bluezone"]),
               AiringStatus.AIRED, "")  # fmt: skip  # #6, by hand, to the test sink
    log_airing(station, Occasion(Trigger.SCHEDULE, "sang", console_clock.now), "null",
               planned_entries(station, ["bluezone"]), AiringStatus.AIRED, "")  # fmt: skip  # #7
    station.close()
    visitor.sign_in("vanhanh")
    shown = rows(visitor.get("/log").text)
    assert FORM not in shown[1]
    again = ("Đã phát lại hôm nay 05:05 nhưng không ra loa; muốn phát lại một lần nữa, bấm "
             "“Phát lại một lần” ở lượt phát lại đó trong Nhật ký")  # fmt: skip
    assert again in shown[1], shown[1]
    assert shown[5].startswith("không ra loa") and FORM in shown[5]
    assert FORM not in shown[6] and FORM not in shown[7]
    warnings = visitor.get("/").text.split('id="warnings"')[1].split("</section>")[0]
    [line] = [li for li in warnings.split("<li") if "“sang”" in li and "hôm qua" in li]
    assert "#airing-5" in line and "nhưng không ra loa" in text(line), line
    told = visitor.get("/").text.split('id="to-know"')
    assert len(told) == 1 or "hôm qua 06:30" not in told[1].split("</section>")[0]

    assert visitor.post("/log/1/again", {"at": ""}, page="/log").status_code == 400  # once
    sent = visitor.post("/log/5/again", {"at": ""}, page="/log")
    assert sent.status_code == 302
    [(name, title)] = query(cut, "SELECT name, title FROM slots WHERE name = 'phat-lai-5'")
    assert title == "Phát lại (lượt 05:05 ngày 02/03 không ra loa)", title
    console_clock.now += timedelta(minutes=2)
    station = Station.open(cut, console_clock)
    log_airing(station, Occasion(Trigger.SCHEDULE, name, console_clock.now), "device",
               planned_entries(station, ["bluezone"]), AiringStatus.AIRED, "")  # fmt: skip
    station.close()
    shown = rows(visitor.get("/log").text)
    assert shown[1].endswith("Đã phát lại hôm nay 05:08"), shown[1]
    assert FORM not in shown[5] and shown[5].endswith("Đã phát lại hôm nay 05:08"), shown[5]
    assert "hôm qua 06:30" not in home_warnings(visitor)


def test_by_hand_into_a_file_makes_nothing_good(
    cut: Path, console_clock: SetClock, vietnamese: None
) -> None:
    """w29reair: `play --announce` into a file, later that day, was "Đã được phát tay đầy
    đủ": the report's remark and Cần chú ý too; on the loudspeakers it is."""
    from broadcaster.report import Period, Report

    station = Station.open(cut, console_clock)
    today = station.today()
    period = Period(today - timedelta(days=1), today)
    log_airing(station, Occasion(Trigger.SCHEDULE, "sang", console_clock.now), "null",
               planned_entries(station, ["bluezone"]), AiringStatus.INTERRUPTED,
               STOPPED)  # fmt: skip  # #5, today
    unaired = Report(station, period).unaired_airings()
    cut_today = f"Khung giờ “sang” {console_says(console_clock.now, console_clock.now)}"
    console_clock.now += timedelta(minutes=1)
    log_airing(station, Occasion(), "file:/srv/dai/ban-ghi/0006.wav",
               planned_entries(station, ["bluezone"]), AiringStatus.AIRED, "")  # fmt: skip
    assert [w for w in station.warnings() if cut_today in w]
    assert not [w for w in station.to_know() if "phát tay" in w]
    report = Report(station, period)
    assert report.unaired_airings() == unaired
    assert not [line for line in report.lines() if "bằng tay" in str(line[-1])]
    console_clock.now += timedelta(minutes=1)
    log_airing(station, Occasion(), "device", planned_entries(station, ["bluezone"]),
               AiringStatus.AIRED, "")  # fmt: skip
    assert not [w for w in station.warnings() if cut_today in w]
    assert Report(station, period).unaired_airings() < unaired
    station.close()
