"""Phát khẩn cấp on the home page (Flask's test client): approvers and admins only, what will
be read shown before anything airs, aired as the logged-in account once confirmed."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import Visitor, query, set_config, store_dump
from test_web import field_error, text

from broadcaster.station import Station

NOTICE = "Bão số 3 đổ bộ lúc 17h30, bà con gọi 0912 345 678 khi cần hỗ trợ."


def test_an_operator_sees_no_emergency_form_and_may_not_send_one(
    visitor: Visitor, console_station: Path
) -> None:
    visitor.sign_in("vanhanh")
    assert 'id="emergency"' not in visitor.get("/").text
    before = store_dump(console_station)
    assert visitor.post("/emergency", {"text": NOTICE}).status_code == 403
    assert visitor.post("/emergency/send", {"text": NOTICE}).status_code == 403
    assert store_dump(console_station) == before


def test_an_approver_sees_the_spoken_form_confirms_and_it_airs_as_their_account(
    visitor: Visitor, console_station: Path
) -> None:
    Station.open(console_station).accounts.set_person("duyet", "Nguyễn Văn Hùng", "Chủ tịch xã")
    visitor.sign_in("duyet")
    home = visitor.get("/")
    assert "Phát khẩn cấp" in text(home.text)
    empty = visitor.post("/emergency", {"text": "  "})
    assert empty.status_code == 400
    assert field_error(empty.text, "text") == "Hãy nhập nội dung khẩn cấp cần đọc."

    before = store_dump(console_station)
    confirm = visitor.post("/emergency", {"text": NOTICE}, page="/")
    assert confirm.status_code == 200
    shown = text(confirm.text)
    assert "Phát thông báo khẩn cấp này ngay?" in shown
    assert "mười bảy giờ ba mươi" in shown and "không chín một hai" in shown  # spoken form
    assert "Bộ phát tự động đang không chạy" in shown  # no daemon in this test: aired from here
    assert store_dump(console_station) == before  # nothing recorded before confirming

    sent = visitor.post("/emergency/send", {"text": NOTICE})
    assert sent.status_code == 302 and sent.location == "/"
    # this machine has no sound card: the station ('auto') wrote it to a file (w27leader F2)
    assert "Thông báo khẩn cấp không đến được loa (không phát ra loa: đã ghi vào tệp " in text(
        visitor.get("/").text
    )
    [(approved_by, trigger, status, person)] = query(console_station, """
        SELECT a.approved_by, l.trigger, l.status, l.person FROM emergencies e
        JOIN announcements a ON a.id = e.announcement_id
        JOIN airings l ON json_extract(l.items, '$[0].announcement_id') = a.id""")  # fmt: skip
    hung = "Nguyễn Văn Hùng – Chủ tịch xã"  # who sent it, in the row (w26hand)
    assert (approved_by, trigger, status, person) == ("duyet", "emergency", "aired", hung)
    [row] = [r for r in visitor.get("/log").text.split("<li ")[1:] if "Khẩn cấp" in r]
    assert f"người phát: {hung}" in text(row)


@pytest.mark.parametrize(("sink", "said"), [
    ('"auto"', "Thông báo khẩn cấp không đến được loa (không phát ra loa: đã ghi vào tệp "),
    # the test sink at ten times real time: what is said of it is its kind's, not its pace's
    ('"null:x10"', "Thông báo khẩn cấp không đến được loa (không phát ra loa (chế độ thử: "),
    ('"device:hw:CARD=KhongCo,DEV=7"', "Thông báo khẩn cấp không phát trọn (lỗi): "),
])  # fmt: skip
def test_an_emergency_that_reached_no_loudspeaker_is_not_said_to_have_aired(
    visitor: Visitor, console_station: Path, sink: str, said: str
) -> None:
    """w27leader F2: anh Tuấn sent a storm warning from his phone; the station has no sound
    card, so it went to a file, and the page said "Đã phát thông báo khẩn cấp (đã phát)." (a
    failed one said "Đã phát … (lỗi)"): he went home thinking the commune had heard it. The
    sentence at the top says it reached nobody, as an error, and what to do."""
    set_config(console_station, "default_sink", sink)
    visitor.sign_in("duyet")
    visitor.post("/emergency/send", {"text": NOTICE}, page="/")
    home = visitor.get("/").text
    [alert] = [text(p) for p in home.split('<p class="error" role="alert">')[1:2]]
    assert alert.startswith(said), alert
    assert "Đã phát thông báo khẩn cấp" not in text(home)
    if "đến được loa" in said:
        assert "hãy báo kỹ thuật viên, và trong lúc chờ hãy báo bà con bằng cách khác" in alert


def test_a_notice_too_long_to_air_is_refused_before_anything_is_recorded(
    visitor: Visitor, console_station: Path
) -> None:
    visitor.sign_in("quantri")
    before = store_dump(console_station)
    response = visitor.post("/emergency/send", {"text": "Bão. " * 30_000}, page="/")
    assert response.status_code == 400
    assert "KB" in field_error(response.text, "text")
    assert store_dump(console_station) == before


@pytest.mark.parametrize("unmarked", [
    "LU ONG DANG LEN, BA CON THON BAC DI DOI NGAY LEN UBND XA.",
    "LŨ ỐNG ĐANG LÊN: BA CON THON BAC DI DOI NGAY LEN UBND XA.",
])  # fmt: skip
def test_an_unmarked_emergency_is_refused_at_the_top_of_its_own_page_with_the_text_kept(
    visitor: Visitor, console_station: Path, unmarked: str
) -> None:
    """o17lan6 A3: the refusal was four phone screens below the top of Trang chủ; o18lan7 N1:
    marks on the first words only reached “Phát ngay”."""
    visitor.sign_in("duyet")
    before = store_dump(console_station)
    refused = visitor.post("/emergency", {"text": unmarked}, page="/")
    assert refused.status_code == 400
    shown = text(refused.text)
    # nothing of Trang chủ's boxes stands between the top and the form
    assert "Sắp phát" not in shown and "Chờ duyệt" not in shown
    top = shown.index("Chưa phát gì. Sửa nội dung theo lời nhắc dưới ô")
    assert top < shown.index("Nội dung khẩn cấp") < shown.index("được gõ không dấu")
    assert f">{unmarked}</textarea>" in refused.text  # her text, to add the marks to
    assert store_dump(console_station) == before
