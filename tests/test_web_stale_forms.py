"""A form sent from a page older than the store, or forged: what it was for is gone (a slot
removed in another tab, an account removed by another admin), or it picks a value its list
never offered. The officer gets the page the form belongs to with one sentence saying what
happened, in the words the page uses, and nothing changes (w27office #3, #4)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from conftest import SetClock, Visitor, store_dump
from test_web import field_error, text

from broadcaster.station import Station

NOTHING = "Không có gì bị thay đổi."


def shown(visitor: Visitor, response: Any) -> str:
    """The page a refused form leads to, as she reads it (the list, its sentence on top)."""
    assert response.status_code == 303, response.status_code
    return text(visitor.get(response.location).text)


def meanwhile(station: Path, clock: SetClock, change: Any) -> None:
    """What another tab or another account did after her page was shown."""
    opened = Station.open(station, clock)
    change(opened)
    opened.close()


def test_a_slot_removed_in_another_tab_is_said_on_the_schedule(
    visitor: Visitor, console_station: Path, console_clock: SetClock
) -> None:
    visitor.sign_in("vanhanh")
    form = visitor.get("/schedule/slot/sang").text
    confirm = visitor.get("/schedule/slot/sang/remove").text
    meanwhile(console_station, console_clock, lambda s: s.remove_slot("sang"))
    before = store_dump(console_station)
    said = ("Khung giờ 'sang' không còn trong lịch phát: nó đã bị xóa trong lúc trang này mở (ở "
            "một thẻ khác hoặc bởi một tài khoản khác).")  # fmt: skip
    visitor.page = form
    values = dict(re.findall(r'<input[^>]*name="(\w+)"[^>]*value="([^"]*)"', form))
    page = shown(visitor, visitor.post("/schedule/slot/sang", values | {"at": "07:00"}))
    assert page.startswith("Lịch phát") and f"{said} {NOTHING}" in page
    visitor.page = confirm
    assert f"{said} {NOTHING}" in shown(visitor, visitor.post("/schedule/slot/sang/remove", {}))
    assert store_dump(console_station) == before
    page = shown(visitor, visitor.get("/schedule/slot/sang"))  # a link kept from before
    assert said in page and NOTHING not in page
    assert "Không có trang này" not in page


@pytest.mark.parametrize(
    ("form", "data"),
    [
        ("role", {"role": "approver"}),
        ("person", {"full_name": "Lê Văn Hùng", "position": ""}),
        ("password", {"password": "mật khẩu mới dài", "again": "mật khẩu mới dài"}),
        ("remove", {}),
    ],
)
def test_an_account_removed_meanwhile_is_said_on_the_accounts_page(
    visitor: Visitor, console_station: Path, console_clock: SetClock, form: str,
    data: dict[str, str],
) -> None:  # fmt: skip
    visitor.sign_in("quantri")
    page = visitor.get(f"/users/vanhanh/{form}" if form == "remove" else "/users/vanhanh").text
    meanwhile(console_station, console_clock, lambda s: s.accounts.remove("vanhanh"))
    before = store_dump(console_station)
    visitor.page = page
    read = shown(visitor, visitor.post(f"/users/vanhanh/{form}", data))
    assert read.startswith("Tài khoản")
    assert ("Không còn tài khoản 'vanhanh': nó đã bị xóa trong lúc trang này mở (ở một thẻ khác "
            f"hoặc bởi một quản trị viên khác). {NOTHING}") in read  # fmt: skip
    assert store_dump(console_station) == before


@pytest.mark.parametrize("form", ["edit", "approve", "refuse", "retire", "lexicon"])
def test_a_notice_the_station_does_not_have_is_said_on_the_list(
    visitor: Visitor, console_station: Path, form: str
) -> None:
    visitor.sign_in("quantri")
    visitor.get("/announcements/hop-thon")  # a page with a form (its CSRF token)
    before = store_dump(console_station)
    read = shown(visitor, visitor.post(f"/announcements/khong-co/{form}", {"version": "1"}))
    assert read.startswith("Thông báo")
    assert ("Đài không có thông báo 'khong-co': địa chỉ này không phải của thông báo nào trong "
            f"danh sách. {NOTHING}") in read  # fmt: skip
    assert store_dump(console_station) == before


def test_a_day_or_a_jingle_that_is_none_is_said_on_its_page(visitor: Visitor) -> None:
    visitor.sign_in("vanhanh")
    read = shown(visitor, visitor.get("/schedule/day/2026-02-30"))
    assert read.startswith("Lịch phát") and "'2026-02-30' không phải là một ngày trên lịch." in read
    visitor.get("/jingles")
    read = shown(visitor, visitor.post("/jingles/mo-dau/remove", {}))
    assert read.startswith("Nhạc hiệu") and "Không có nhạc hiệu 'mo-dau'" in read


CHOICES = "Hãy chọn một mục trong danh sách."


@pytest.mark.parametrize("action", ["save", "preview"])
def test_a_tampered_priority_or_voice_is_said_with_the_choices_the_form_shows(
    visitor: Visitor, console_station: Path, action: str
) -> None:
    visitor.sign_in("vanhanh")
    visitor.get("/announcements/new")
    before = store_dump(console_station)
    typed = {"text": "Họp thôn tối nay.", "title": "Họp", "priority": "urgent", "repeat": "1",
             "voice": "en", "action": action}  # fmt: skip
    refused = visitor.post("/announcements/new", typed)
    assert refused.status_code == 400
    assert field_error(refused.text, "priority") == (
        "“urgent” không có trong danh sách chọn (“Thường (phát trong khung giờ của nó)”, “Ưu "
        f"tiên (phát đầu tiên trong khung giờ kế tiếp)”). {CHOICES}")  # fmt: skip
    assert field_error(refused.text, "voice") == (
        "“en” không có trong danh sách chọn (“Giọng mặc định của đài”, “Giọng miền Bắc”, “Giọng "
        f"miền Trung”, “Giọng miền Nam”). {CHOICES}")  # fmt: skip
    for english in ("normal", "vi-vn-x-south", "không thuộc"):
        assert english not in text(refused.text)
    assert store_dump(console_station) == before


def test_a_tampered_role_or_outcome_is_said_with_the_choices_the_page_shows(
    visitor: Visitor, console_station: Path
) -> None:
    visitor.sign_in("quantri")
    before = store_dump(console_station)
    refused = visitor.post("/users/vanhanh/role", {"role": "boss"}, page="/users/vanhanh")
    assert refused.status_code == 400
    assert field_error(refused.text, "role") == (
        "Ô “Vai trò”: “boss” không có trong danh sách chọn (“Người vận hành”, “Người duyệt”, "
        f"“Quản trị viên”). {CHOICES}")  # fmt: skip
    listed = visitor.get("/log?status=done")
    assert listed.status_code == 400
    said = field_error(listed.text, "status")
    assert (
        said.startswith("Ô “Kết quả”: “done” không có trong danh sách chọn (")
        and "“đã phát”" in said
    )
    assert "aired" not in said
    assert store_dump(console_station) == before


def test_a_campaign_the_list_does_not_offer_is_said_not_shown_as_an_empty_list(
    visitor: Visitor,
) -> None:
    """Thông báo's campaign filter answered a forged or old page's value with an empty list,
    as if the campaign had no notice."""
    visitor.sign_in("vanhanh")
    listed = visitor.get("/announcements?campaign=khong-co")
    assert listed.status_code == 400
    said = field_error(listed.text, "campaign")
    assert said.startswith("Ô “Chiến dịch”: “khong-co” không có trong danh sách chọn (“"), said
