"""The reader's faults in round 42 (Ninh Thuận and Bình Thuận, issue 16), by class: the
bracketed years of a named day or of a second anniversary, a transformer's code restated in
brackets, the degrees of a fish sauce, an institute's 'PTNN', a commune's name in a site's
address and the days of a campaign month in brackets. The phrases are new instances of each
class, with guards that look alike and must not change, written with their readings before
the reader was run on them."""

from __future__ import annotations

import pytest
from test_notice_reading import assert_reads_in_linear_time

from announcements.normalize import spoken_form

REMEMBERED_YEARS: list[tuple[str, str]] = [
    # one day and month in two years, in brackets after a named day: no 'ngày' (4 of 4)
    ("Các khu dân cư tổ chức Ngày hội Đại đoàn kết (18/11/1930 - 18/11/2026) trong tháng 11.",
     "Các khu dân cư tổ chức Ngày hội Đại đoàn kết (mười tám tháng mười một năm một nghìn chín "
     "trăm ba mươi đến mười tám tháng mười một năm hai nghìn không trăm hai mươi sáu) trong "
     "tháng mười một."),
    ("Thôn tổ chức Ngày hội văn hóa các dân tộc (19/4/2008 – 19/4/2026).",
     "Thôn tổ chức Ngày hội văn hóa các dân tộc (mười chín tháng tư năm hai nghìn không trăm "
     "linh tám đến mười chín tháng tư năm hai nghìn không trăm hai mươi sáu)."),
    # the second bracket of one anniversary, after the first (4 of 4)
    ("Kỷ niệm 95 năm Ngày thành lập Đảng (3/2/1930 – 3/2/2025) và Đoàn Thanh niên "
     "(26/3/1931 – 26/3/2025).",
     "Kỷ niệm chín mươi lăm năm Ngày thành lập Đảng (ba tháng hai năm một nghìn chín trăm ba "
     "mươi đến ba tháng hai năm hai nghìn không trăm hai mươi lăm) và Đoàn Thanh niên (hai "
     "mươi sáu tháng ba năm một nghìn chín trăm ba mươi mốt đến hai mươi sáu tháng ba năm hai "
     "nghìn không trăm hai mươi lăm)."),
    # guards: a licence's term of whole years, two contracts' terms, keep their 'ngày'
    ("Giấy phép có hiệu lực (20/5/2025 - 20/5/2027).",
     "Giấy phép có hiệu lực (ngày hai mươi tháng năm năm hai nghìn không trăm hai mươi lăm đến "
     "hai mươi tháng năm năm hai nghìn không trăm hai mươi bảy)."),
    ("Hợp đồng thuê kho (1/7/2024 – 1/7/2026) và thuê bãi (1/8/2024 – 1/8/2026).",
     "Hợp đồng thuê kho (ngày một tháng bảy năm hai nghìn không trăm hai mươi tư đến một tháng "
     "bảy năm hai nghìn không trăm hai mươi sáu) và thuê bãi (ngày một tháng tám năm hai nghìn "
     "không trăm hai mươi tư đến một tháng tám năm hai nghìn không trăm hai mươi sáu)."),
]  # fmt: skip

CODES_IN_BRACKETS: list[tuple[str, str]] = [
    # 'T2' in brackets after a transformer's or a lot's name restates its code (4 of 4 'tê')
    ("Cắt điện một phần TBA Phước Dân 2 (T2) từ 7h đến 11h.",
     "Cắt điện một phần trạm biến áp Phước Dân hai (tê hai) từ bảy giờ đến mười một giờ."),
    ("Kiểm tra lô Đông Hải 5 (T5) của công ty.", "Kiểm tra lô Đông Hải năm (tê năm) của công ty."),
    # guards: after a date, or a room that is no name, it is the weekday
    ("Họp lúc 14h ngày 12/11 (T3) tại hội trường.",
     "Họp lúc mười bốn giờ ngày mười hai tháng mười một (thứ ba) tại hội trường."),
    ("Tiếp dân tại phòng một cửa (T2-T6).", "Tiếp dân tại phòng một cửa (thứ hai đến thứ sáu)."),
]  # fmt: skip

FISH_SAUCE_DEGREES: list[tuple[str, str]] = [
    # a fish sauce's °N is its nitrogen, 'độ đạm' (3 of 4 readings, the fourth 'độ nờ')
    ("Nước mắm cá cơm loại 35°N giá 90.000đ/lít.",
     "Nước mắm cá cơm loại ba mươi lăm độ đạm giá chín mươi nghìn đồng một lít."),
    ("Cơ sở bán chai nước mắm nhĩ 30°N.", "Cơ sở bán chai nước mắm nhĩ ba mươi độ đạm."),
    # guards: a storm's position, a boat of fish sauce at sea, stay north latitudes
    ("Áp thấp nhiệt đới ở khoảng 12,5°N; 110,3°E.",
     "Áp thấp nhiệt đới ở khoảng mười hai phẩy năm độ vĩ bắc; một trăm mười phẩy ba độ kinh "
     "đông."),
    ("Tàu chở nước mắm gặp nạn ở 10°N, 109°E.",
     "Tàu chở nước mắm gặp nạn ở mười độ vĩ bắc, một trăm linh chín độ kinh đông."),
]  # fmt: skip

FARMING_INSTITUTES: list[tuple[str, str]] = [
    # 'PTNN' in an institute's or a fund's name: 'phát triển nông nghiệp' (4 of 4)
    ("Trung tâm Khuyến nông và PTNN tỉnh tập huấn trồng nho.",
     "Trung tâm Khuyến nông và phát triển nông nghiệp tỉnh tập huấn trồng nho."),
    ("Quỹ PTNN hỗ trợ vốn cho hộ nghèo.", "Quỹ phát triển nông nghiệp hỗ trợ vốn cho hộ nghèo."),
    # guard: the department's 'PTNT' is the countryside's
    ("Sở NN&PTNT tỉnh thông báo.", "Sở nông nghiệp và phát triển nông thôn tỉnh thông báo."),
]  # fmt: skip

COMMUNES_IN_ADDRESSES: list[tuple[str, str]] = [
    # a commune's name run together in its site's address takes its marks (4 of 4 'hữu')
    ("Mời bà con xem tin trên trang huuloi.gov.vn.",
     "Mời bà con xem tin trên trang hữu lợi chấm gờ o vê chấm vê en."),
    ("Lịch tiếp dân đăng tại lienhuong.gov.vn.",
     "Lịch tiếp dân đăng tại liên hương chấm gờ o vê chấm vê en."),
    # guard: a label the lists know keeps its reading
    ("Nộp hồ sơ qua dichvucong.gov.vn.", "Nộp hồ sơ qua dịch vụ công chấm gờ o vê chấm vê en."),
]  # fmt: skip

CAMPAIGN_MONTHS: list[tuple[str, str]] = [
    # the days of a campaign month, in brackets, are a stretch: 'từ' (3 of 4 readings)
    ("Hưởng ứng Tháng hành động vì trẻ em (01-30/6), xã tổ chức vui chơi.",
     "Hưởng ứng Tháng hành động vì trẻ em (từ ngày một đến ngày ba mươi tháng sáu), xã tổ chức "
     "vui chơi."),
    ("Tháng Nhân đạo (1-31/5) năm nay có nhiều hoạt động.",
     "Tháng Nhân đạo (từ ngày một đến ngày ba mươi mốt tháng năm) năm nay có nhiều hoạt động."),
    # guards: a festival's days keep one 'ngày'; a month by its number is no title
    ("Lễ hội đình làng (15-17/10) diễn ra tại thôn.",
     "Lễ hội đình làng (ngày mười lăm đến mười bảy tháng mười) diễn ra tại thôn."),
    ("Trong tháng 6 (10-20/6) xã ra quân dọn vệ sinh.",
     "Trong tháng sáu (ngày mười đến hai mươi tháng sáu) xã ra quân dọn vệ sinh."),
]  # fmt: skip


@pytest.mark.parametrize(
    ("written", "spoken"),
    REMEMBERED_YEARS + CODES_IN_BRACKETS + FISH_SAUCE_DEGREES + FARMING_INSTITUTES
    + COMMUNES_IN_ADDRESSES + CAMPAIGN_MONTHS,
)  # fmt: skip
def test_round_42_classes_are_read_as_an_announcer_reads_them(written: str, spoken: str) -> None:
    assert spoken_form(written) == spoken


HOSTILE = (
    "Ngày hội (1/1/1930 – 1/1/2025) ", "TBA Lâm 3 (T3) ", "mắm 40°N ", "Tháng hè (1-30/6) ",
    "Kỷ niệm (1) (",
)  # fmt: skip
"""Shapes of this file's rules, repeated: each must be read in time linear in its length."""


@pytest.mark.parametrize("unit", HOSTILE)
def test_reading_time_grows_linearly_with_the_round_42_rules(unit: str) -> None:
    assert_reads_in_linear_time(unit)
