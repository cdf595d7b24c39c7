"""Classes of misreading that held-out round 29 (Huế, Đà Nẵng, Quảng Ngãi, kept outside the
repository) showed. The phrases are new instances of each class, with guards that look alike
and must not change, written with their readings before the reader was run on them; never the
held-out phrases themselves."""

from __future__ import annotations

import pytest
from test_notice_reading import assert_reads_in_linear_time

from announcements.normalize import spoken_form

CITIES_UNACCENTED: list[tuple[str, str]] = [
    # a city's name written without its marks, as apps and brands write it, is the city
    ("Phản ánh qua ứng dụng Hue-S của tỉnh.", "Phản ánh qua ứng dụng huế ét của tỉnh."),
    ("Đoàn khách từ Danang ra thăm Hue bằng tàu.",
     "Đoàn khách từ đà nẵng ra thăm huế bằng tàu."),
    ("Cổng thông tin Da Nang Smart City cập nhật.",
     "Cổng thông tin đà nẵng xờ mát xi ti cập nhật."),
    # guards: the Vietnamese words 'da' and 'nang' stay themselves
    ("Không phơi da bò gần giếng nước.", "Không phơi da bò gần giếng nước."),
    ("Khám u nang miễn phí cho phụ nữ.", "Khám u nang miễn phí cho phụ nữ."),
]  # fmt: skip

FEEDERS: list[tuple[str, str]] = [
    # 'XT' before a feeder's number is 'xuất tuyến', as the power company's notices mean; the
    # feeder is then named by its digits, as 'xuất tuyến 473' already is
    ("Cắt điện XT 471 E15 để sửa chữa.",
     "Cắt điện xuất tuyến bốn bảy một e mười lăm để sửa chữa."),
    ("Mất điện trên XT 473 trạm E16.",
     "Mất điện trên xuất tuyến bốn bảy ba trạm e mười sáu."),
    # guard: letters without a feeder's number are spelled
    ("Mẫu xe XT mới ra mắt.", "Mẫu xe ích tê mới ra mắt."),
]  # fmt: skip

SCHOOL: list[tuple[str, str]] = [
    # English 'sch' before 'o' is 's' and 'k' ('school'), not the 'ch' of 'chun'
    ("Xem điểm qua ứng dụng eSchool của trường.",
     "Xem điểm qua ứng dụng i xờ cun của trường."),
    ("Tham gia mô hình School Garden tại xã.", "Tham gia mô hình Xờ cun Gác đen tại xã."),
    # guard: German 'sch' at a word's end stays 's' ('Bosch')
    ("Máy khoan Bosch được tặng.", "Máy khoan Bốt được tặng."),
]  # fmt: skip

RANGE_IN_BRACKETS: list[tuple[str, str]] = [
    # a price tier's band in brackets opens with 'từ', as both announcers of round 29 said it
    ("Bậc 2 (51-100 kWh) giá 2.050 đồng.",
     "Bậc hai (từ năm mươi mốt đến một trăm ki lô oát giờ) giá hai nghìn không trăm năm mươi "
     "đồng."),
    ("Giá nước bậc 3 (21-30m3) là 9.000 đồng.",
     "Giá nước bậc ba (từ hai mươi mốt đến ba mươi mét khối) là chín nghìn đồng."),
    # guards: other ranges in brackets (ages, a storm's speeds, set scores) and after a word
    # keep their readings
    ("Trẻ em (6-10 tuổi) được miễn vé.", "Trẻ em (sáu đến mười tuổi) được miễn vé."),
    ("Bão cấp 11 (103-117 km/h) đang mạnh lên.",
     "Bão cấp mười một (một trăm linh ba đến một trăm mười bảy ki lô mét trên giờ) đang mạnh lên."),
    ("Đội xã thắng 2-0 (25-19, 25-22).",
     "Đội xã thắng hai không (hai mươi lăm mười chín, hai mươi lăm hai mươi hai)."),
    ("Giá 5-7 triệu đồng.", "Giá năm đến bảy triệu đồng."),
    ("Điều 5 (khoản 1-3) quy định.", "Điều năm (khoản một đến ba) quy định."),
    ("Lễ hội (15-17/3 âm lịch) diễn ra.",
     "Lễ hội (ngày mười lăm đến mười bảy tháng ba âm lịch) diễn ra."),
]  # fmt: skip

TAX_VAT: list[tuple[str, str]] = [
    # 'thuế VAT' is the value-added tax, said by its Vietnamese name
    ("Giá trên đã gồm thuế VAT.", "Giá trên đã gồm thuế giá trị gia tăng."),
    ("Hóa đơn có thuế VAT 8%.", "Hóa đơn có thuế giá trị gia tăng tám phần trăm."),
    # guard: the tetanus vaccine's 'VAT' stays letters
    ("Tiêm VAT cho phụ nữ có thai.", "Tiêm vê a tê cho phụ nữ có thai."),
]  # fmt: skip

ALL = TAX_VAT + CITIES_UNACCENTED + FEEDERS + SCHOOL + RANGE_IN_BRACKETS


@pytest.mark.parametrize(("written", "spoken"), ALL)
def test_round_29_classes_are_read_as_an_announcer_reads_them(written: str, spoken: str) -> None:
    assert spoken_form(written) == spoken


HOSTILE = ("XT 471 ", "eSchool ", "Da Nang ", "bậc 1 (1-2 ")
"""Shapes of this file's rules, repeated: each must be read in time linear in its length."""


@pytest.mark.parametrize("unit", HOSTILE)
def test_reading_time_grows_linearly_with_the_round_29_rules(unit: str) -> None:
    assert_reads_in_linear_time(unit)
