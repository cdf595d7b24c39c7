"""Vietnamese reading, conventions settled by counting announcers (issue 16, session 13).
The lead counted the read held-out files (rounds 21–25, 28–30, 32, 33 and 38, two announcers
each).

1. A sum paid for a span ('884.520đ/12 tháng') is '… đồng cho mười hai tháng': four phrases,
   eight readings, 'cho' or 'trên' or nothing, never 'trong'. A rate over a span that is not
   money keeps 'trong' ('mm/24h', '%/tháng/12 tháng', 'USD/người/3 năm' after a head count).
2. A date written right after its weekday ('sáng thứ Bảy 15/11') says no 'ngày': 7 phrases were
   read only without it, none only with it, 15 both ways; so does a date in brackets after
   'ngày thứ Năm' (3 only without), and a day up to the tenth takes 'mùng' there, as after a
   part of the day ('Chủ nhật 07/12' → 'Chủ nhật mùng bảy'). After a comma, or in brackets
   after a bare weekday, both were heard and 'ngày' stays; 'lần thứ hai 20/11' is an ordinal.

The phrases and their readings were written before the reader was run on them."""

from __future__ import annotations

import pytest

from announcements.normalize import spoken_form

SUMS_FOR_A_SPAN: list[tuple[str, str]] = [
    ("Mức đóng BHYT hộ gia đình 1.263.600đ/12 tháng.",
     "Mức đóng bảo hiểm y tế hộ gia đình một triệu hai trăm sáu mươi ba nghìn sáu trăm đồng"
     " cho mười hai tháng."),
    ("Phí vệ sinh 300.000 đồng/6 tháng, nộp tại nhà văn hóa.",
     "Phí vệ sinh ba trăm nghìn đồng cho sáu tháng, nộp tại nhà văn hóa."),
    ("Gói cước 150.000 VNĐ/3 tháng.",
     "Gói cước một trăm năm mươi nghìn việt nam đồng cho ba tháng."),
]  # fmt: skip

SPANS_STAY: list[tuple[str, str]] = [
    ("Lượng mưa 50-100mm/24h.",
     "Lượng mưa năm mươi đến một trăm mi li mét trong hai mươi tư giờ."),
    ("Lãi suất 0,5%/tháng/12 tháng.",
     "Lãi suất không phẩy năm phần trăm một tháng trong mười hai tháng."),
    ("Hỗ trợ 500 USD/người/3 năm.", "Hỗ trợ năm trăm đô la mỹ một người trong ba năm."),
]  # fmt: skip


DATES_AFTER_A_WEEKDAY: list[tuple[str, str]] = [
    ("Khám sức khỏe miễn phí sáng thứ Bảy 13/12 tại trạm y tế.",
     "Khám sức khỏe miễn phí sáng thứ Bảy mười ba tháng mười hai tại trạm y tế."),
    ("Ra quân dọn vệ sinh Chủ nhật 21/12/2025.",
     "Ra quân dọn vệ sinh Chủ nhật hai mươi mốt tháng mười hai năm hai nghìn không trăm hai mươi"
     " lăm."),
    ("Cắt điện Chủ nhật 07/12 để đấu nối trạm biến áp.",
     "Cắt điện Chủ nhật mùng bảy tháng mười hai để đấu nối trạm biến áp."),
    ("Học sinh nghỉ học ngày thứ Sáu (19/12).",
     "Học sinh nghỉ học ngày thứ Sáu (mười chín tháng mười hai)."),
    ("Chung kết lúc 15h thứ 7 27/12.",
     "Chung kết lúc mười lăm giờ thứ bảy hai mươi bảy tháng mười hai."),
]  # fmt: skip

WEEKDAY_DATES_KEEP_NGAY: list[tuple[str, str]] = [
    ("Họp dân thứ Hai, 15/12.", "Họp dân thứ Hai, ngày mười lăm tháng mười hai."),
    ("Tiêm vắc xin vào thứ Tư (17/12).", "Tiêm vắc xin vào thứ Tư (ngày mười bảy tháng mười hai)."),
    ("Nộp hồ sơ lần thứ hai 20/12.", "Nộp hồ sơ lần thứ hai ngày hai mươi tháng mười hai."),
]  # fmt: skip


@pytest.mark.parametrize(
    ("written", "spoken"),
    SUMS_FOR_A_SPAN + SPANS_STAY + DATES_AFTER_A_WEEKDAY + WEEKDAY_DATES_KEEP_NGAY,
)
def test_conventions_of_round_thirteen_are_read_as_announcers_read_them(
    written: str, spoken: str
) -> None:
    assert spoken_form(written) == spoken
