"""Comparing two versions of a notice (o15lan C9): changes are marked by word, numbers whole
("7 → 8", never "78"), and an approver approves the newer version from the comparison."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from conftest import Visitor, query, runner_for
from test_old_fonts import NOTICES, iconv
from test_web import text
from test_web_announcements import send

from broadcaster.notices import word_diff
from broadcaster.station import Station

DIFF = "/announcements/hop-thon/diff?old=2&new=3"


def two_versions(console_station: Path) -> None:
    station = Station.open(console_station)
    for said in (
        "Cắt điện từ 7 giờ 30 đến 16 giờ, thôn Nam.",
        "Cắt điện từ 8 giờ đến 17 giờ, thôn Nam.",
    ):
        station.type_announcement(said, "Họp thôn Đông", announcement_id="hop-thon", editing=True)


def test_changed_numbers_are_shown_whole_one_beside_the_other(
    visitor: Visitor, console_station: Path
) -> None:
    two_versions(console_station)
    visitor.sign_in("vanhanh")
    page = visitor.get(DIFF).text
    assert "<del>7</del> → <ins>8</ins>" in page and "<del>16</del> → <ins>17</ins>" in page
    assert "<del>30</del>" in page and page.count("<ins>") == 2
    assert "Cắt điện từ 7 → 8 giờ 30 đến 16 → 17 giờ, thôn Nam." in text(page)


def test_an_approver_approves_from_the_comparison_an_operator_cannot(
    visitor: Visitor, console: Any, console_sessions: dict[str, str], console_station: Path
) -> None:
    two_versions(console_station)
    visitor.sign_in("vanhanh")
    assert "Duyệt phiên bản 3" not in text(visitor.get(DIFF).text)
    assert visitor.post("/announcements/hop-thon/approve", {"version": "3"}).status_code == 403
    approver = Visitor(console, console_sessions)
    approver.sign_in("duyet")
    assert "Duyệt phiên bản 3" not in text(
        approver.get("/announcements/hop-thon/diff?old=1&new=2").text
    )
    assert "Duyệt phiên bản 3" in text(approver.get(DIFF).text)
    done = approver.post("/announcements/hop-thon/approve", {"version": "3"})
    assert done.location == "/announcements/hop-thon"
    assert query(console_station, "SELECT approved_version, approved_by FROM announcements "
                 "WHERE id = 'hop-thon'") == [(3, "duyet")]  # fmt: skip


def test_compare_starts_from_the_version_on_air_and_says_who_approved_it(
    visitor: Visitor, console_station: Path
) -> None:
    """o15lan2 N3: v1 approved, v2 and v3 drafts: "So sánh" shows v1 → v3, not v2 → v3, and
    says which version was approved to air, by whom."""
    station = Station.open(console_station)
    station.approve("hop-thon", "duyet")
    two_versions(console_station)
    visitor.sign_in("duyet")
    show = visitor.get("/announcements/hop-thon").text
    assert '<option value="1" selected>' in show and '<option value="3" selected>' in show
    page = text(visitor.get("/announcements/hop-thon/diff").text)
    assert "Từ phiên bản 1 sang phiên bản 3" in page
    assert "Họp thôn lúc 19h." not in page and "Cắt điện từ 8 giờ đến 17 giờ" in page
    head = page.split("Từ phiên bản")[0]
    # v1 was approved but is held too: not "the one that airs" (o16lan4 K3)
    assert "Phiên bản 1 đã được duyệt" in head and "nhưng không phát nữa" in head
    assert "để phát" not in head
    # nothing airs, and it opens so: not "Đang phát: chưa có bản nào…" (o16lan3 F9)
    assert "Chưa phát bản nào: phải đợi phiên bản 3 được duyệt." in page
    assert "Đang phát" not in page
    assert "duyet" in head  # the approver, by name
    assert "Duyệt phiên bản 3" in page


def test_never_approved_it_says_so_and_compares_the_last_two(
    visitor: Visitor, console_station: Path
) -> None:
    two_versions(console_station)
    visitor.sign_in("duyet")
    page = text(visitor.get("/announcements/hop-thon/diff").text)
    assert "Từ phiên bản 2 sang phiên bản 3" in page
    assert "Chưa có phiên bản nào được duyệt" in page


def test_announce_show_says_the_same_and_diffs_the_same_two(console_station: Path) -> None:
    run = runner_for(console_station)
    two_versions(console_station)
    station = Station.open(console_station)
    never = run("announce", "show", "hop-thon").stdout
    assert station.on_air_text(station.announcement("hop-thon")) in never
    assert "-Cắt điện từ 7 giờ 30 đến 16 giờ, thôn Nam." in never  # v2 → v3, as the page
    station.approve("hop-thon", "duyet")
    station.type_announcement("Cắt điện cả ngày, thôn Nam.", "Họp thôn Đông",
                              announcement_id="hop-thon", editing=True)  # fmt: skip
    waiting = run("announce", "show", "hop-thon").stdout
    said = station.on_air_text(station.announcement("hop-thon"))
    assert said in waiting and "3" in said and "4" in said
    # nothing airs, said first: not "Đang phát: chưa có bản nào…" (o16lan3 F9)


def test_a_changed_word_group_is_replaced_whole() -> None:
    """o15lan2 N3: "phòng tiếp dân của" → "hội trường" came out as
    "~~phòng~~ → hội ~~tiếp dân của~~ → trường"."""
    parts = word_diff("Tiếp dân tại phòng tiếp dân của Ủy ban xã.",
                      "Tiếp dân tại hội trường Ủy ban xã.")  # fmt: skip
    assert ("removed", "phòng tiếp dân của") in parts and ("added", "hội trường") in parts
    assert [how for how, _ in parts] == ["same", "removed", "added", "same"]


def test_the_approver_is_told_where_he_approves_that_the_file_was_converted(
    visitor: Visitor, console: Any, console_sessions: dict[str, str]
) -> None:
    """o16lan3 F6: "đã chuyển từ mã Windows-1258 …" was a one-time flash to Lan; Hùng, who
    approves, saw nothing of it on the notice's page."""
    visitor.sign_in("vanhanh")
    ansi = "Thông báo tiêm phòng dại\r\n\r\n" + "\r\n".join(NOTICES)  # Notepad's "ANSI"
    sent = send(visitor, ("tiem-phong.txt", iconv(ansi, "CP1258")))
    notice = sent.location
    approver = Visitor(console, console_sessions)
    approver.sign_in("duyet")
    said = "Tệp gõ bằng kiểu chữ cũ (Windows-1258) đã được chuyển sang chữ Unicode: hãy nghe lại"
    for page in (notice, f"{notice}/diff"):
        shown = text(approver.get(page).text)
        assert said in shown and shown.index(said) < shown.index("Duyệt phiên bản 1"), page
        assert "duyệt.." not in shown
    edit = approver.get(f"{notice}/edit").text
    stamp = re.search(r'name="built_on" value="([^"]*)"', edit)
    assert stamp is not None
    approver.post(f"{notice}/edit", {
        "title": "Tiêm phòng dại", "text": "Tiêm phòng dại cho chó mèo sáng thứ Bảy.",
        "priority": "normal", "repeat": "1", "action": "save", "built_on": stamp.group(1),
    })  # fmt: skip
    assert "Windows-1258" not in text(approver.get(notice).text)  # typed here: nothing converted
