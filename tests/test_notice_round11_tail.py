"""The reader's long tail of round eleven (issue 16), by class: a numbered form or minute, a
street named after a date, a unit written in capitals, a brand or service built from a
prefix, and two days a month apart. The phrases are new instances of each class, with guards
that look alike and must not change, written with their readings before the reader was run
on them."""

from __future__ import annotations

import pytest
from test_notice_reading import assert_reads_in_linear_time

from announcements.normalize import spoken_form

FORMS: list[tuple[str, str]] = [
    # a form or minute's number with its zero is its name, said digit by digit as 'mẫu 01' is
    ("Hộ kinh doanh nộp tờ khai 01/CNKD trước ngày 30/1.",
     "Hộ kinh doanh nộp tờ khai không một xê en ca đê trước ngày ba mươi tháng một."),
    ("Kê khai theo mẫu số 02/TK tại bộ phận một cửa.",
     "Kê khai theo mẫu số không hai tê ca tại bộ phận một cửa."),
    ("Lập Biên bản 05 về việc bàn giao mốc giới.",
     "Lập Biên bản không năm về việc bàn giao mốc giới."),
    ("Điền tờ khai 02/LPTB kèm hồ sơ.",
     "Điền tờ khai không hai e lờ pê tê bê kèm hồ sơ."),
    ("Nộp tờ khai 03 cho cán bộ địa chính.",
     "Nộp tờ khai không ba cho cán bộ địa chính."),
    ("Lập Biên bản 05/BB-VPHC đối với hộ vi phạm.",
     "Lập Biên bản không năm biên bản vi phạm hành chính đối với hộ vi phạm."),
    # guards: forms counted, a number of things after the form's word, no zero, after 'số'
    ("Lập biên bản số 05/BB-VPHC.", "Lập biên bản số năm biên bản vi phạm hành chính."),
    ("Mỗi hộ nộp 02 tờ khai.", "Mỗi hộ nộp hai tờ khai."),
    ("Biên bản gồm 05 trang.", "Biên bản gồm năm trang."),
    ("Lập biên bản 05 vụ vi phạm.", "Lập biên bản năm vụ vi phạm."),
    ("Nộp tờ khai 3 tháng một lần.", "Nộp tờ khai ba tháng một lần."),
]  # fmt: skip

DATE_STREETS: list[tuple[str, str]] = [
    # a street named after a day of the nation is said as its name: no 'ngày', no house number
    ("Tập kết rác đầu hẻm 19/5 lúc 17 giờ.",
     "Tập kết rác đầu hẻm mười chín tháng năm lúc mười bảy giờ."),
    ("Cấm xe tải trên đường 3/2 từ 6 giờ sáng.",
     "Cấm xe tải trên đường ba tháng hai từ sáu giờ sáng."),
    ("Các hộ ngõ hẻm 30/4 họp tại nhà văn hóa.",
     "Các hộ ngõ hẻm ba mươi tháng tư họp tại nhà văn hóa."),
    ("Sửa đèn chiếu sáng phố 19/8 và đường 2/9.",
     "Sửa đèn chiếu sáng phố mười chín tháng tám và đường hai tháng chín."),
    ("Đường 3/2 đến ngày 30/4 mới thông xe.",
     "Đường ba tháng hai đến ngày ba mươi tháng tư mới thông xe."),
    ("Ngập nước đầu kiệt 2/9 sau mưa lớn.", "Ngập nước đầu kiệt hai tháng chín sau mưa lớn."),
    # guards: an alley's number that is no day of the nation, a house's number, the days
    ("Hẻm 12/7 bị ngập.", "Hẻm mười hai trên bảy bị ngập."),
    ("Hẻm 47/12 cắt điện.", "Hẻm bốn mươi bảy trên mười hai cắt điện."),
    ("Số nhà 30/4 đường Lê Lợi.", "Số nhà ba mươi trên bốn đường Lê Lợi."),
    ("Từ 30/4 đến 1/5 nghỉ lễ.", "Từ ngày ba mươi tháng tư đến ngày một tháng năm nghỉ lễ."),
]  # fmt: skip

CAPITAL_UNITS: list[tuple[str, str]] = [
    # a unit written in capitals after a number is the unit
    ("Xe chạy tối đa 40 Km/h trong khu dân cư.",
     "Xe chạy tối đa bốn mươi ki lô mét trên giờ trong khu dân cư."),
    ("Tốc độ tối đa 60 KM/H trên đường tỉnh.",
     "Tốc độ tối đa sáu mươi ki lô mét trên giờ trên đường tỉnh."),
    ("Mỗi hộ nhận 10 Kg gạo.", "Mỗi hộ nhận mười ki lô gam gạo."),
    ("Phân bón bao 50 KG giá 600.000 đồng.",
     "Phân bón bao năm mươi ki lô gam giá sáu trăm nghìn đồng."),
    ("Đổ thải 200 M3 đất.", "Đổ thải hai trăm mét khối đất."),
    ("Giá nước 8.000 đồng/M3, gạo 15.000đ/Kg.",
     "Giá nước tám nghìn đồng một mét khối, gạo mười lăm nghìn đồng một ki lô gam."),
    # guards: without a number the letters are a code, a promotion or a milestone
    ("Đi tuyến M3 đến bến xe.", "Đi tuyến em ba đến bến xe."),
    ("Chương trình KM tháng 12.", "Chương trình khuyến mại tháng mười hai."),
    ("Sạt lở tại Km 15 Quốc lộ 1.", "Sạt lở tại ki lô mét mười lăm Quốc lộ một."),
]  # fmt: skip

PREFIXED_BRANDS: list[tuple[str, str]] = [
    # a brand built from a prefix: 'e' is 'i' (as 'e-mail'), 'i' is 'ai' (as 'iPhone')
    ("Đọc tin trên báo VnExpress.", "Đọc tin trên báo vê en ếch pờ rét."),
    ("Hồ sơ được tiếp nhận trên hệ thống iGate.",
     "Hồ sơ được tiếp nhận trên hệ thống ai ghết."),
    ("Văn bản gửi qua iOffice của xã.", "Văn bản gửi qua ai ô phít của xã."),
    ("Nộp thuế qua eTax hoặc eTax Mobile.", "Nộp thuế qua i tắc hoặc i tắc mô bai."),
    ("Ký số bằng mSign trên điện thoại.", "Ký số bằng em sai trên điện thoại."),
    ("Học qua các khóa MOOC và MOOCs.", "Học qua các khóa múc và múc."),
    ("Quẹt thẻ qua máy POS.", "Quẹt thẻ qua máy pê ô ét."),
    ("Quét QR code để tải app.", "Quét kiu a cốt để tải áp."),
    ("Cài ứng dụng mBanking của ngân hàng.", "Cài ứng dụng em banh king của ngân hàng."),
    # guards: letters after the prefix are spelled, a Vietnamese name after 'i' is 'i', and a
    # trailer's 'mooc' is no course
    ("Tiêm vắc xin mRNA và xác thực eKYC.", "Tiêm vắc xin em e rờ en a và xác thực e ca i dài xê."),
    ("Tải ứng dụng iHanoi.", "Tải ứng dụng ai Hà Nội."),
    ("Cấm xe sơ mi rơ mooc vào đường thôn.", "Cấm xe sơ mi rơ moóc vào đường thôn."),
]  # fmt: skip

MONTH_APART: list[tuple[str, str]] = [
    # two days a month apart: 'và' after 'hai ngày', as '18-19/7' is
    ("Hội chợ diễn ra trong 2 ngày 31/7-1/8.",
     "Hội chợ diễn ra trong hai ngày ba mươi mốt tháng bảy và mùng một tháng tám."),
    ("Cắt điện ngày 28/2-1/3/2027.",
     "Cắt điện ngày hai mươi tám tháng hai và mùng một tháng ba năm hai nghìn không trăm hai mươi "
     "bảy."),
    # guards: a stretch opened by 'từ', three days, and a leap year's February
    ("Từ 31/7-1/8 nghỉ hè.", "Từ ngày ba mươi mốt tháng bảy đến ngày một tháng tám nghỉ hè."),
    ("Ngày 30/7-1/8 họp.", "Ngày ba mươi tháng bảy đến một tháng tám họp."),
    ("Ngày 28/2-1/3/2028 họp.",
     "Ngày hai mươi tám tháng hai đến một tháng ba năm hai nghìn không trăm hai mươi tám họp."),
]  # fmt: skip

ALL = FORMS + DATE_STREETS + CAPITAL_UNITS + PREFIXED_BRANDS + MONTH_APART


@pytest.mark.parametrize(("written", "spoken"), ALL)
def test_round_11_tail_classes_are_read_as_an_announcer_reads_them(
    written: str, spoken: str
) -> None:
    assert spoken_form(written) == spoken


HOSTILE = ("tờ khai 01/A ", "hẻm 19/5 ", "1 KM/H ", "iGate ", "ngày 31/7-1/8 ")
"""Shapes of this file's rules, repeated: each must be read in time linear in its length."""


@pytest.mark.parametrize("unit", HOSTILE)
def test_reading_time_grows_linearly_with_the_round_11_tail_rules(unit: str) -> None:
    assert_reads_in_linear_time(unit)
