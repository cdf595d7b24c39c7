"""Comparing two versions of a notice (o15lan C9): changes are marked by word, numbers whole
("7 → 8", never "78"), and an approver approves the newer version from the comparison."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from conftest import Visitor, query
from test_web import text

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
