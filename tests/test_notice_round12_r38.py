"""The reader's faults in round 38 (the northern midlands, issue 16), by class: a holiday's
date in brackets after its name, the second of two days after a part of the day, and an
anniversary's two spans of days. The
phrases are new instances of each class, with guards that look alike and must not change,
written with their readings before the reader was run on them."""

from __future__ import annotations

import pytest
from test_notice_reading import assert_reads_in_linear_time

from announcements.normalize import spoken_form

HOLIDAY_BRACKETS: list[tuple[str, str]] = [
    # a holiday's day and month in brackets right after its name say no 'ngày', as they say
    # none written without brackets ('Giỗ Tổ 10/3'): the bracket only sets the date apart
    ("Nghỉ Giỗ Tổ Hùng Vương (10/3 âm lịch) một ngày.",
     "Nghỉ Giỗ Tổ Hùng Vương (mùng mười tháng ba âm lịch) một ngày."),
    ("Treo cờ Tổ quốc dịp Quốc khánh (2/9).", "Treo cờ Tổ quốc dịp Quốc khánh (hai tháng chín)."),
    ("Tết Trung thu (15/8 âm lịch) năm nay các thôn tổ chức rước đèn.",
     "Tết Trung thu (mười lăm tháng tám âm lịch) năm nay các thôn tổ chức rước đèn."),
    ("Lễ Phật đản (15/4 âm lịch) chùa làng tổ chức tắm Phật.",
     "Lễ Phật đản (mười lăm tháng tư âm lịch) chùa làng tổ chức tắm Phật."),
    ("Nghỉ Tết Dương lịch (01/01/2026) một ngày.",
     "Nghỉ Tết Dương lịch (một tháng một năm hai nghìn không trăm hai mươi sáu) một ngày."),
    # guards: a weekday's date, a stretch after 'từ' and a bracket after no holiday keep 'ngày'
    ("Họp tổ dân phố thứ Bảy (06/12).", "Họp tổ dân phố thứ Bảy (ngày sáu tháng mười hai)."),
    ("Nghỉ Tết Nguyên đán (từ 14/2 đến 22/2/2026).",
     "Nghỉ Tết Nguyên đán (từ ngày mười bốn tháng hai đến ngày hai mươi hai tháng hai năm hai "
     "nghìn không trăm hai mươi sáu)."),
    ("Đoàn kiểm tra an toàn thực phẩm (05/12) làm việc tại chợ xã.",
     "Đoàn kiểm tra an toàn thực phẩm (ngày năm tháng mười hai) làm việc tại chợ xã."),
]  # fmt: skip

PAIRS_AT_NIGHT: list[tuple[str, str]] = [
    # after a part of the day the first ten days take 'mùng': the second day of a pair or a
    # range takes it too, as every announcer who said it on the first said it on the second
    ("Bắn pháo hoa trong hai đêm 09-10/2 tại quảng trường.",
     "Bắn pháo hoa trong hai đêm mùng chín và mùng mười tháng hai tại quảng trường."),
    ("Chiếu phim lưu động tối 03-04/12 tại sân kho thôn.",
     "Chiếu phim lưu động tối mùng ba và mùng bốn tháng mười hai tại sân kho thôn."),
    ("Cắt điện sáng 5-7/12 để sửa đường dây.",
     "Cắt điện sáng mùng năm đến mùng bảy tháng mười hai để sửa đường dây."),
    # guards: a second day past the tenth, and a pair after 'ngày', which takes no 'mùng'
    # one night to the second day's morning: 'rạng sáng', not 'và' (blind round 93, r28read3)
    ("Đêm 10-11/12 có mưa rét.", "Đêm mùng mười rạng sáng mười một tháng mười hai có mưa rét."),
    ("Cắt điện sáng 8-12/12.", "Cắt điện sáng mùng tám đến mười hai tháng mười hai."),
    ("Tiêm vắc xin ngày 05-06/12.", "Tiêm vắc xin ngày mùng năm và mùng sáu tháng mười hai."),
]  # fmt: skip

SPANS_OF_DAYS_REMEMBERED: list[tuple[str, str]] = [
    # an anniversary's bracket of two spans of days, one in each year, says no 'ngày', as a
    # bracket of two dates already does (session eleven's convention)
    ("Kỷ niệm 70 năm Đại hội Đảng bộ tỉnh lần thứ nhất (25-26/3/1955 - 25-26/3/2025).",
     "Kỷ niệm bảy mươi năm Đại hội Đảng bộ tỉnh lần thứ nhất (hai mươi lăm và hai mươi sáu "
     "tháng ba năm một nghìn chín trăm năm mươi lăm, hai mươi lăm và hai mươi sáu tháng ba năm "
     "hai nghìn không trăm hai mươi lăm)."),
    ("Mừng 50 năm Hội nghị hiệp thương thống nhất đất nước (15-21/11/1975 - 15-21/11/2025).",
     "Mừng năm mươi năm Hội nghị hiệp thương thống nhất đất nước (mười lăm đến hai mươi mốt "
     "tháng mười một năm một nghìn chín trăm bảy mươi lăm, mười lăm đến hai mươi mốt tháng "
     "mười một năm hai nghìn không trăm hai mươi lăm)."),
    # guard: one span of days in an anniversary's sentence is the days of an event
    ("Kỷ niệm 80 năm Quốc khánh, xã tổ chức hội trại (01-02/9/2025).",
     "Kỷ niệm tám mươi năm Quốc khánh, xã tổ chức hội trại (ngày mùng một và mùng hai tháng "
     "chín năm hai "
     "nghìn không trăm hai mươi lăm)."),
]  # fmt: skip

ALL = HOLIDAY_BRACKETS + PAIRS_AT_NIGHT + SPANS_OF_DAYS_REMEMBERED


@pytest.mark.parametrize(("written", "spoken"), ALL)
def test_round_38_classes_are_read_as_an_announcer_reads_them(written: str, spoken: str) -> None:
    assert spoken_form(written) == spoken


HOSTILE = ("Quốc khánh (2/9) ", "đêm 09-10/2 ", "Kỷ niệm (1-2/9/1945 - ")
"""Shapes of this file's rules, repeated: each must be read in time linear in its length."""


@pytest.mark.parametrize("unit", HOSTILE)
def test_reading_time_grows_linearly_with_the_round_38_rules(unit: str) -> None:
    assert_reads_in_linear_time(unit)
