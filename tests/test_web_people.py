"""The people behind the console's accounts: an admin gives each account the person's full
name and position, and the log and the report name whoever approved a notice by them
("Nguyễn Văn Hùng – Chủ tịch UBND xã"), not by a log-in name; log-in names that differ only
by accents or capitals ('hung', 'hùng') would be one person and are refused."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from conftest import Visitor, store_dump, write_script
from test_report import airing_dicts
from test_web import field_error, text

HUNG = {"full_name": "  Nguyễn   Văn Hùng ", "position": "Chủ tịch UBND xã"}
SIGNED = "Nguyễn Văn Hùng – Chủ tịch UBND xã"


def test_the_report_names_the_approver_by_full_name_and_position(
    visitor: Visitor, console: Any, console_sessions: dict[str, str], console_station: Path,
    console_clock: Any, tmp_path: Path,
) -> None:  # fmt: skip
    from broadcaster.station import Station

    visitor.sign_in("quantri")
    accounts = text(visitor.get("/users").text)
    assert "chưa có họ tên: báo cáo ghi vai trò và tên đăng nhập" in accounts  # duyet, before
    done = visitor.post("/users/duyet/person", HUNG, page="/users/duyet")
    assert done.location == "/users"
    assert f"Từ nay nhật ký và báo cáo ghi 'duyet' là {SIGNED}; những gì đã duyệt" in text(
        visitor.get("/users").text)  # fmt: skip

    approver = Visitor(console, console_sessions)
    approver.sign_in("duyet")
    approver.post("/announcements/hop-thon/approve", {"version": "1"},
                  page="/announcements/hop-thon")  # fmt: skip
    page = text(approver.get("/announcements/hop-thon").text)
    assert f"{SIGNED} (phiên bản 1)" in page
    assert f"Đã duyệt thông báo 'Họp thôn Đông' phiên bản 1 ({SIGNED})." in page
    station = Station.open(console_station, console_clock)
    station.play(["hop-thon"], sink=f"file:{tmp_path / 'out'}")
    report = tmp_path / "bao-cao.csv"
    station.export_log("csv", report)
    [line] = airing_dicts(report)
    assert line["Người duyệt"] == SIGNED

    # a new chairman takes over ông Hùng's account: from now on; what he approved stays his,
    # the airings already logged and those to come of the version he approved (o23lan12 M4)
    phuc = {"full_name": "Lê Văn Phúc", "position": "Chủ tịch UBND xã"}
    visitor.post("/users/duyet/person", phuc, page="/users/duyet")
    said = text(visitor.get("/users").text)
    assert (
        "Từ nay nhật ký và báo cáo ghi 'duyet' là Lê Văn Phúc – Chủ tịch UBND xã; những gì "
        "đã duyệt trước đây vẫn ghi tên người đã duyệt lúc đó." in said
    )
    assert f"{SIGNED} (phiên bản 1)" in text(approver.get("/announcements/hop-thon").text)
    station.play(["hop-thon"], sink=f"file:{tmp_path / 'out'}")
    station.accounts.remove("duyet")  # or his account is removed: still his
    station.play(["hop-thon"], sink=f"file:{tmp_path / 'out'}")
    station.export_log("csv", report)
    assert [line["Người duyệt"] for line in airing_dicts(report)] == [SIGNED] * 3


def test_a_log_in_name_that_differs_only_by_accents_or_capitals_is_refused(
    visitor: Visitor, console_station: Path
) -> None:
    visitor.sign_in("quantri")
    before = store_dump(console_station)
    for typed in ("Duyệt", "DUYỆT", "dưyet"):
        refused = visitor.post("/users", {"name": typed, "role": "approver", **HUNG,
                               "password": "mật khẩu dài", "again": "mật khẩu dài"},
                               page="/users")  # fmt: skip
        assert refused.status_code == 400
        assert "chỉ khác tài khoản 'duyet' ở dấu hoặc chữ hoa" in field_error(refused.text, "name")
        assert 'value="  Nguyễn   Văn Hùng "' in refused.text  # what was typed stays in the form
    assert store_dump(console_station) == before
    alone = visitor.post("/users/duyet/person", {"full_name": "", "position": "Chủ tịch"},
                         page="/users/duyet")  # fmt: skip
    assert alone.status_code == 400
    assert field_error(alone.text, "full_name") == "Hãy ghi họ tên của người đó cùng với chức vụ."
    assert store_dump(console_station) == before


def test_an_account_without_a_name_is_never_a_bare_log_in_name(
    visitor: Visitor, console: Any, console_sessions: dict[str, str], console_station: Path,
    console_clock: Any, tmp_path: Path,
) -> None:  # fmt: skip
    """o15lan2 N7: "quantri" is nobody Lan can ask. Whom to ask lists the named approver only;
    what an unnamed account did is said with its role."""
    from test_web_warnings import warnings

    from broadcaster.station import Station

    visitor.sign_in("quantri")
    visitor.post("/users/duyet/person", HUNG, page="/users/duyet")
    visitor.post("/announcements/hop-thon/approve", {"version": "1"},
                 page="/announcements/hop-thon")  # fmt: skip
    page = text(visitor.get("/announcements/hop-thon").text)
    assert "Quản trị viên (tài khoản quantri) (phiên bản 1)" in page
    station = Station.open(console_station, console_clock)
    station.play(["hop-thon"], sink=f"file:{tmp_path / 'out'}")
    report = tmp_path / "bao-cao.csv"
    station.export_log("csv", report)
    [line] = airing_dicts(report)
    assert line["Người duyệt"] == "Quản trị viên (tài khoản quantri)"
    station.add_announcements([write_script(tmp_path, "bz.md", "Cài đặt Bluezone ngay hôm nay.",
                                            id="bluezone", title="Cài Bluezone",
                                            campaign="bluezone")])  # fmt: skip
    visitor.sign_in("vanhanh")
    [asked] = [w for w in warnings(visitor) if "Hãy nhờ" in w]
    assert f"Hãy nhờ người duyệt ({SIGNED}) duyệt phiên bản 2." in asked
