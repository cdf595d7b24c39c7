"""The reader's faults in round 35 (city wards of Đà Nẵng, Cần Thơ and Bắc Ninh, issue 16), by
class: a street named by a date inside a list of streets, a price paid for a span of time, two
days in a row before a month written in words, and the IR rice lines. The phrases are new
instances of each class, with guards that look alike and must not change, written with their
readings before the reader was run on them."""

from __future__ import annotations

import pytest
from test_notice_reading import assert_reads_in_linear_time

from announcements.normalize import spoken_form

STREETS_LISTED: list[tuple[str, str]] = [
    # a street named by a day of the nation, listed after other streets, is a street's name
    # as it is right after 'đường' ('đường 30/4'): no 'ngày' (both of round 35's announcers)
    ("Nước ngập các tuyến đường Nguyễn Văn Cừ, Trần Phú, 30/4.",
     "Nước ngập các tuyến đường Nguyễn Văn Cừ, Trần Phú, ba mươi tháng tư."),
    ("Cấm xe tải trên các tuyến đường Lê Duẩn, Hùng Vương và 3/2 từ 6h đến 8h.",
     "Cấm xe tải trên các tuyến đường Lê Duẩn, Hùng Vương và ba tháng hai từ sáu giờ đến tám "
     "giờ."),
    ("Thảm nhựa các đường Ngô Quyền, 2/9, Bạch Đằng.",
     "Thảm nhựa các đường Ngô Quyền, hai tháng chín, Bạch Đằng."),
    ("Cắm biển cấm đỗ xe trên phố Hàng Bài, Tràng Tiền và 19/5.",
     "Cắm biển cấm đỗ xe trên phố Hàng Bài, Tràng Tiền và mười chín tháng năm."),
    # ('Đường' opening the sentence leads the list as well)
    ("Đường Lê Lợi, Trần Phú, 30/4 bị ngập sâu.",
     "Đường Lê Lợi, Trần Phú, ba mươi tháng tư bị ngập sâu."),
    # guards: a day that names no street, a date after the list has ended, a year, a city
    ("Diễu hành tại thành phố Huế, 30/4 khai mạc lễ hội.",
     "Diễu hành tại thành phố Huế, ngày ba mươi tháng tư khai mạc lễ hội."),
    ("Sửa đường Lê Lợi, Trần Phú, 15/12 hoàn thành.",
     "Sửa đường Lê Lợi, Trần Phú, ngày mười lăm tháng mười hai hoàn thành."),
    ("Các tuyến đường Lê Lợi, Trần Phú thông xe, 30/4 khánh thành cầu.",
     "Các tuyến đường Lê Lợi, Trần Phú thông xe, ngày ba mươi tháng tư khánh thành cầu."),
    ("Sửa đường Lê Lợi, Trần Phú, 2/9/2025 xong.",
     "Sửa đường Lê Lợi, Trần Phú, ngày hai tháng chín năm hai nghìn không trăm hai mươi lăm "
     "xong."),
]  # fmt: skip

PRICE_FOR_A_SPAN: list[tuple[str, str]] = [
    # a sum of money over a span of time is what the span costs: 'cho ba năm' (three of round
    # 35's four readings; none said 'trong')
    ("Phí duy trì chữ ký số 1.500.000 đồng/3 năm.",
     "Phí duy trì chữ ký số một triệu năm trăm nghìn đồng cho ba năm."),
    ("Gói cước truyền hình 300.000đ/6 tháng.",
     "Gói cước truyền hình ba trăm nghìn đồng cho sáu tháng."),
    ("Học phí lớp kỹ năng 2 triệu đồng/2 tháng.",
     "Học phí lớp kỹ năng hai triệu đồng cho hai tháng."),
    # guards: a rate per head over a span, a count of times, a measure over hours
    ("Phí vệ sinh 600.000 đồng/hộ/2 năm.", "Phí vệ sinh sáu trăm nghìn đồng một hộ trong hai năm."),
    ("Tầm soát ung thư 1 lần/3 năm.", "Tầm soát ung thư một lần trong ba năm."),
    ("Lượng mưa phổ biến 80-120 mm/24h.",
     "Lượng mưa phổ biến tám mươi đến một trăm hai mươi mi li mét trong hai mươi tư giờ."),
]  # fmt: skip

DAYS_IN_A_ROW: list[tuple[str, str]] = [
    # two days in a row before a month written in words are both days, 'và', as they are
    # with the month after a slash ('ngày 11-12/6'); the session eleven convention
    ("Hội chợ xuân diễn ra ngày 20-21 tháng 12.",
     "Hội chợ xuân diễn ra ngày hai mươi và hai mươi mốt tháng mười hai."),
    ("Lễ hội đình làng tổ chức ngày 9-10 tháng Giêng.",
     "Lễ hội đình làng tổ chức ngày mùng chín và mùng mười tháng Giêng."),
    ("Cúng đình ngày 2-3/1/2026 (tức 14-15 tháng 11 âm lịch).",
     "Cúng đình ngày mùng hai và mùng ba tháng một năm hai nghìn không trăm hai mươi sáu (tức "
     "mười bốn và "
     "mười lăm tháng mười một âm lịch)."),
    # guards: a stretch opened by 'từ', three days, months in a range
    ("Nghỉ từ ngày 20-21 tháng 12.", "Nghỉ từ ngày hai mươi đến ngày hai mươi mốt tháng mười hai."),
    ("Hội chợ diễn ra ngày 20-22 tháng 12.",
     "Hội chợ diễn ra ngày hai mươi đến ngày hai mươi hai tháng mười hai."),
    ("Mùa mưa tháng 9-10 hằng năm.", "Mùa mưa tháng chín đến tháng mười hằng năm."),
]  # fmt: skip

IR_LINES: list[tuple[str, str]] = [
    # the IR rice lines are 'i rờ' (every reading of round 35); other series keep their letters
    ("Gieo giống IR 50404 và OM 5451.",
     "Gieo giống i rờ năm không bốn không bốn và ô em năm bốn năm một."),
    ("Lúa IR64 bị rầy nâu gây hại.", "Lúa i rờ sáu mươi tư bị rầy nâu gây hại."),
    # guards: another series with R, a vaccine, a test
    ("Giống TBR225 chịu rét tốt.", "Giống tê bê e rờ hai hai năm chịu rét tốt."),
    ("Tiêm vắc xin MR cho trẻ.", "Tiêm vắc xin em e rờ cho trẻ."),
]  # fmt: skip

ALL = STREETS_LISTED + PRICE_FOR_A_SPAN + DAYS_IN_A_ROW + IR_LINES


@pytest.mark.parametrize(("written", "spoken"), ALL)
def test_round_35_classes_are_read_as_an_announcer_reads_them(written: str, spoken: str) -> None:
    assert spoken_form(written) == spoken


HOSTILE = ("đường Lê Lợi, Trần Phú, 30/4 ", "500đ/3 năm ", "ngày 9-10 tháng 1 ", "IR 50404 ")
"""Shapes of this file's rules, repeated: each must be read in time linear in its length."""


@pytest.mark.parametrize("unit", HOSTILE)
def test_reading_time_grows_linearly_with_the_round_35_rules(unit: str) -> None:
    assert_reads_in_linear_time(unit)
