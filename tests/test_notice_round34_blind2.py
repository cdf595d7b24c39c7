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


BARE_YEARS: list[Row] = [
    ("Nộp hồ sơ xét duyệt hộ nghèo / cận nghèo 2026 : từ 1/9-30/9.",
     "Nộp hồ sơ xét duyệt hộ nghèo hoặc cận nghèo năm hai nghìn không trăm hai mươi sáu: từ ngày "
     "một tháng chín đến ngày ba mươi tháng chín.",
     "Nộp hồ sơ xét duyệt hộ nghèo hoặc cận nghèo năm hai ngàn không trăm hai mươi sáu: từ ngày "
     "một tháng chín đến ngày ba mươi tháng chín."),
    ("Triển khai kế hoạch 2026 của xã.",
     "Triển khai kế hoạch năm hai nghìn không trăm hai mươi sáu của xã.",
     "Triển khai kế hoạch năm hai ngàn không trăm hai mươi sáu của xã."),
    ("Công tác tuyển quân 2026 đã hoàn thành.",
     "Công tác tuyển quân năm hai nghìn không trăm hai mươi sáu đã hoàn thành.",
     "Công tác tuyển quân năm hai ngàn không trăm hai mươi sáu đã hoàn thành."),
    ("Tổng kết sản xuất vụ đông 2025.",
     "Tổng kết sản xuất vụ đông năm hai nghìn không trăm hai mươi lăm.",
     "Tổng kết sản xuất vụ đông năm hai ngàn không trăm hai mươi lăm."),
    ("Luật Đất đai 2024 có hiệu lực.",
     "Luật Đất đai năm hai nghìn không trăm hai mươi tư có hiệu lực.",
     "Luật Đất đai năm hai ngàn không trăm hai mươi bốn có hiệu lực."),
    # near-misses: a count, a thing's number, a price, an amount after a verb, a decision's
    # number, a year its sign or 'năm' names already
    ("Toàn xã có 2026 hộ.", "Toàn xã có hai nghìn không trăm hai mươi sáu hộ.",
     "Toàn xã có hai ngàn không trăm hai mươi sáu hộ."),
    ("Nhà văn hóa ở số 2026.", "Nhà văn hóa ở số hai nghìn không trăm hai mươi sáu.",
     "Nhà văn hóa ở số hai ngàn không trăm hai mươi sáu."),
    ("Giá 2025 đồng một bó.", "Giá hai nghìn không trăm hai mươi lăm đồng một bó.",
     "Giá hai ngàn không trăm hai mươi lăm đồng một bó."),
    ("Số hội viên tăng lên 2030.", "Số hội viên tăng lên hai nghìn không trăm ba mươi.",
     "Số hội viên tăng lên hai ngàn không trăm ba mươi."),
    ("Quyết định 2026 của huyện.", "Quyết định hai nghìn không trăm hai mươi sáu của huyện.",
     "Quyết định hai ngàn không trăm hai mươi sáu của huyện."),
    ("Dân số 2024 người.", "Dân số hai nghìn không trăm hai mươi tư người.",
     "Dân số hai ngàn không trăm hai mươi bốn người."),
    ("Mừng Xuân Bính Ngọ 2026.", "Mừng Xuân Bính Ngọ hai nghìn không trăm hai mươi sáu.",
     "Mừng Xuân Bính Ngọ hai ngàn không trăm hai mươi sáu."),
    ("Chào năm mới 2026.", "Chào năm mới hai nghìn không trăm hai mươi sáu.",
     "Chào năm mới hai ngàn không trăm hai mươi sáu."),
]  # fmt: skip


@pytest.mark.parametrize(("written", "north", "south"), table_rows({"years": BARE_YEARS}))
def test_a_bare_year_after_a_noun(written: str, north: str, south: str | None) -> None:
    """A year after a noun, nothing counted after it, is said with 'năm'; counts stay counts."""
    assert_read_in_both_voices(written, north, south)


HIGHLAND_PLACES: list[Row] = [
    ("Chợ Tà Hine họp phiên vào sáng Chủ nhật.", "Chợ Tà Hi ne họp phiên vào sáng Chủ nhật.", None),
    ("Đoàn công tác về xã Tà Hine.", "Đoàn công tác về xã Tà Hi ne.", None),
    ("Đường vào huyện Đạ Huoai bị sạt lở.", "Đường vào huyện Đạ Hoai bị sạt lở.", None),
    ("Xe tải cấm lưu thông qua đèo Mimosa.", "Xe tải cấm lưu thông qua đèo Mi mô da.", None),
    ("Cấm đốt lửa trong Vườn quốc gia Bidoup - Núi Bà.",
     "Cấm đốt lửa trong Vườn quốc gia Bi đúp, Núi Bà.", None),
    ("Thông xe đèo Prenn từ 6h.", "Thông xe đèo Pờ ren từ sáu giờ.", None),
    ("Thị trấn D'Ran tổ chức họp dân.", "Thị trấn Đơ Ran tổ chức họp dân.", None),
    ("Bà con thôn Dran chú ý.", "Bà con thôn Đờ ran chú ý.", None),
    ("Bà con xã Liang chú ý.", "Bà con xã Li ang chú ý.", None),
    ("Lễ hội của người K'Ho tại thôn Ka H'Nhung.",
     "Lễ hội của người Cơ Ho tại thôn Ka Hơ Nhung.", None),
    # near-misses: names already said as written
    ("Xã M'Rông, huyện Krông Pắc.", "Xã Mơ Rông, huyện Krông Pắc.", None),
    ("Thành phố Buôn Ma Thuột.", "Thành phố Buôn Ma Thuột.", None),
]  # fmt: skip


@pytest.mark.parametrize(("written", "north", "south"), table_rows({"places": HIGHLAND_PLACES}))
def test_a_highland_places_name(written: str, north: str, south: str | None) -> None:
    """A place's name of the Highlands is said by its letters' Vietnamese values, not English."""
    assert_read_in_both_voices(written, north, south)


WEB_PAGES: list[Row] = [
    ("Theo dõi fanpage của xã để nhận tin.", "Theo dõi phen pết của xã để nhận tin.", None),
    ("Trang Fanpage Công an xã.", "Trang phen pết Công an xã.", None),
    ("Thông báo đăng trên homepage của huyện.", "Thông báo đăng trên hôm pết của huyện.", None),
    ("Mở webpage của Sở Y tế.", "Mở oép pết của Sở Y tế.", None),
    # near-misses: a wallet's 'pay', the site and the stream
    ("Nạp tiền qua ZaloPay.", "Nạp tiền qua da lô pây.", None),
    ("Xem livestream trên website của xã.", "Xem lai xờ trim trên oép sai của xã.", None),
]  # fmt: skip


@pytest.mark.parametrize(("written", "north", "south"), table_rows({"pages": WEB_PAGES}))
def test_a_web_page(written: str, north: str, south: str | None) -> None:
    """'page' is 'pết' and a fan 'phen', as Vietnamese speakers say them."""
    assert_read_in_both_voices(written, north, south)
