"""Each person is told what is theirs to do (o15lan C7): an operator, who has no approve button,
is told whom to ask; saving a slot with a draft ticked says the draft is left out until
approved; changing an approved notice says which slots lose it, as the command line does."""

from __future__ import annotations

from typing import Any

from conftest import Visitor
from test_web import text

CHANGED = {
    "title": "Cài Bluezone", "text": "Cài đặt Bluezone trước thứ Sáu.", "campaign": "bluezone",
    "priority": "normal", "repeat": "1", "action": "save",
}  # fmt: skip


def test_changing_an_approved_notice_says_which_slot_loses_it_and_whom_to_ask(
    visitor: Visitor, console: Any, console_sessions: dict[str, str]
) -> None:
    visitor.sign_in("vanhanh")
    saved = visitor.post("/announcements/bluezone/edit", CHANGED,
                         page="/announcements/bluezone/edit")  # fmt: skip
    told = text(visitor.get(saved.location).text).lower()
    assert "đã đổi thành phiên bản 2, cần duyệt lại" in told
    assert "“cài bluezone” sẽ không được phát trong khung giờ sang" in told
    assert "hãy nhờ người duyệt (người duyệt, quản trị viên) duyệt phiên bản 2" in told
    home = text(visitor.get("/").text).lower()
    assert "hãy nhờ người duyệt (người duyệt, quản trị viên) duyệt phiên bản 2" in home
    assert "hãy duyệt phiên bản 2 để phát" not in home

    approver = Visitor(console, console_sessions)
    approver.sign_in("duyet")
    assert "hãy duyệt phiên bản 2 để phát" in text(approver.get("/").text).lower()


def test_a_slot_saved_with_a_draft_ticked_says_the_draft_is_left_out(visitor: Visitor) -> None:
    visitor.sign_in("vanhanh")
    saved = visitor.post("/schedule/new", {"name": "chieu", "at": "17h", "days": "hằng ngày",
                         "announce": ["bluezone", "hop-thon"]}, page="/schedule/new")  # fmt: skip
    assert saved.status_code == 302
    told = text(visitor.get(saved.location).text).lower()
    assert "khung giờ chieu sẽ phát mà không có “họp thôn đông” cho đến khi được duyệt" in told
