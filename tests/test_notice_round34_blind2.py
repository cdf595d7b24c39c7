"""Reader faults of blind rounds 113 (Lâm Đồng) and 114 (Thanh Hóa), numbers and names, each a
class with near-misses that must not change, read in both voices. A row's third column is the
southern reading where it differs."""

from __future__ import annotations

import pytest
from both_voices import Row, assert_read_in_both_voices, table_rows

NATIONAL_LINES: list[Row] = [
    ("Khi phát hiện trẻ bị xâm hại, bà con gọi ngay Tổng đài quốc gia 111 hoàn toàn miễn phí.",
     "Khi phát hiện trẻ bị xâm hại, bà con gọi ngay Tổng đài quốc gia một một một hoàn toàn "
     "miễn phí.", None),
    ("Tổng đài quốc gia bảo vệ trẻ em 111 hoàn toàn miễn phí, hoạt động cả ngày lẫn đêm.",
     "Tổng đài quốc gia bảo vệ trẻ em một một một hoàn toàn miễn phí, hoạt động cả ngày lẫn "
     "đêm.", None),
    ("Đường dây nóng 113 bất kể ngày đêm, người dân cứ gọi.",
     "Đường dây nóng một một ba bất kể ngày đêm, người dân cứ gọi.", None),
    ("Tổng đài quốc gia 1022 không mất phí.", "Tổng đài quốc gia một không hai hai không mất phí.",
     None),
    ("111 là Tổng đài quốc gia bảo vệ trẻ em.", "một một một là Tổng đài quốc gia bảo vệ trẻ em.",
     None),
    ("Mỗi gia đình hãy nhớ số 111 – Tổng đài quốc gia bảo vệ trẻ em.",
     "Mỗi gia đình hãy nhớ số một một một, Tổng đài quốc gia bảo vệ trẻ em.", None),
    ("Số 112 là số cứu nạn, gọi được cả khi điện thoại hết tiền.",
     "Số một một hai là số cứu nạn, gọi được cả khi điện thoại hết tiền.", None),
    ("Cháy nhà gọi ngay 114, tai nạn gọi 115.",
     "Cháy nhà gọi ngay một một bốn, tai nạn gọi một một năm.", None),
    ("Đường dây nóng 1055 hoàn toàn miễn phí.",
     "Đường dây nóng một không năm năm hoàn toàn miễn phí.", None),
    ("Gọi Tổng đài 18001567 hoặc 1800 1091 để được tư vấn.",
     "Gọi Tổng đài một tám không không, một năm sáu bảy hoặc một tám không không, một không chín "
     "một để được tư vấn.", None),
    # near-misses: counts, amounts and a house's number
    ("Năm qua tổng đài đã tiếp nhận 111 cuộc gọi.",
     "Năm qua tổng đài đã tiếp nhận một trăm mười một cuộc gọi.", None),
    ("Thôn Đồng Tâm có 111 hộ, là thôn đông nhất xã.",
     "Thôn Đồng Tâm có một trăm mười một hộ, là thôn đông nhất xã.", None),
    ("Nhà văn hóa ở số 111 đường Lê Lợi.", "Nhà văn hóa ở số một trăm mười một đường Lê Lợi.",
     None),
    ("Số hộ nghèo của xã là 115.", "Số hộ nghèo của xã là một trăm mười lăm.", None),
    ("Tổng đài quốc gia tiếp nhận 112 trường hợp, hoàn toàn miễn phí.",
     "Tổng đài quốc gia tiếp nhận một trăm mười hai trường hợp, hoàn toàn miễn phí.", None),
]  # fmt: skip


@pytest.mark.parametrize(("written", "north", "south"), table_rows({"lines": NATIONAL_LINES}))
def test_a_national_line_is_dialled(written: str, north: str, south: str | None) -> None:
    """A short national line is dialled wherever a line's word names it; a count stays one."""
    assert_read_in_both_voices(written, north, south)


NAMED_DAYS: list[Row] = [
    ("Hưởng ứng Ngày Môi trường thế giới 5/6, toàn xã ra quân dọn vệ sinh.",
     "Hưởng ứng Ngày Môi trường thế giới ngày năm tháng sáu, toàn xã ra quân dọn vệ sinh.", None),
    ("Nhân Ngày Quốc tế Thiếu nhi 1/6, xã trao quà cho các cháu.",
     "Nhân Ngày Quốc tế Thiếu nhi ngày một tháng sáu, xã trao quà cho các cháu.", None),
    ("Chào mừng Ngày Gia đình Việt Nam 28/6.",
     "Chào mừng Ngày Gia đình Việt Nam ngày hai mươi tám tháng sáu.", None),
    ("Kỷ niệm Ngày Thương binh - Liệt sĩ 27/7, xã tổ chức viếng nghĩa trang.",
     "Kỷ niệm Ngày Thương binh Liệt sĩ ngày hai mươi bảy tháng bảy, xã tổ chức viếng nghĩa "
     "trang.", None),
    ("Hưởng ứng Ngày Pháp luật 9/11, thôn tổ chức tuyên truyền.",
     "Hưởng ứng Ngày Pháp luật ngày chín tháng mười một, thôn tổ chức tuyên truyền.", None),
    ("Ngày hội Đại đoàn kết toàn dân tộc 18/11 tổ chức tại thôn Đông.",
     "Ngày hội Đại đoàn kết toàn dân tộc ngày mười tám tháng mười một tổ chức tại thôn Đông.",
     None),
    ("Hưởng ứng Ngày Chủ nhật xanh 7/9.", "Hưởng ứng Ngày Chủ nhật xanh ngày bảy tháng chín.",
     None),
    # near-misses: a holiday's date, a bracketed date, a day named by its word alone or today
    ("Chào mừng Ngày Quốc khánh 2/9, các hộ treo cờ.",
     "Chào mừng Ngày Quốc khánh hai tháng chín, các hộ treo cờ.", None),
    ("Nghỉ lễ Ngày Quốc tế Lao động 1/5.", "Nghỉ lễ Ngày Quốc tế Lao động một tháng năm.", None),
    ("Kỷ niệm Ngày Thương binh - Liệt sĩ (27/7) năm nay.",
     "Kỷ niệm Ngày Thương binh Liệt sĩ (hai mươi bảy tháng bảy) năm nay.", None),
    ("Ngày hội 18/11 ở thôn Đông rất vui.", "Ngày hội mười tám tháng mười một ở thôn Đông rất vui.",
     None),
    ("Trong ngày hôm nay 8/3, các chi hội họp mặt.",
     "Trong ngày hôm nay tám tháng ba, các chi hội họp mặt.", None),
]  # fmt: skip


@pytest.mark.parametrize(("written", "north", "south"), table_rows({"named": NAMED_DAYS}))
def test_a_named_days_date_says_ngay(written: str, north: str, south: str | None) -> None:
    """A date after a named day says 'ngày' ('năm tháng sáu' alone was heard as a year)."""
    assert_read_in_both_voices(written, north, south)

