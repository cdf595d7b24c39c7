"""The reader's faults in round 53 (Hòa Bình and Phú Thọ, issue 16), by class: 'VAT' after a
price's 'gồm'/'chưa' is the value-added tax; 'KHCN' as a field is 'khoa học công nghệ' (the
ministry and its offices keep 'và'); a date after 'cao điểm' (the peak campaign it names) said
without 'ngày', as after 'dịp'; the storm 'Bualoi' said 'bua lôi'. The
phrases are new instances of each class, with guards that look alike and must not change,
written with their readings before the reader was run on them."""

from __future__ import annotations

import pytest
from test_notice_reading import assert_reads_in_linear_time

from announcements.normalize import spoken_form

VALUE_ADDED_TAX: list[tuple[str, str]] = [
    # 'VAT' a price includes or not is the tax, said by its Vietnamese name (round 53: 3 of 4
    # readings 'thuế giá trị gia tăng', the fourth 'vát'; none spelled it)
    ("Giá bán lẻ điện chưa bao gồm VAT.", "Giá bán lẻ điện chưa bao gồm thuế giá trị gia tăng."),
    ("Học phí 500.000 đồng, đã gồm VAT.",
     "Học phí năm trăm nghìn đồng, đã gồm thuế giá trị gia tăng."),
    ("Giá vé 80.000 đồng, chưa VAT.", "Giá vé tám mươi nghìn đồng, chưa thuế giá trị gia tăng."),
    # guards: the tetanus vaccine stays letters; 'thuế VAT' says 'thuế' once
    ("Phụ nữ chưa tiêm VAT cần đến trạm y tế.", "Phụ nữ chưa tiêm vê a tê cần đến trạm y tế."),
    ("Giá trên chưa gồm thuế VAT.", "Giá trên chưa gồm thuế giá trị gia tăng."),
]  # fmt: skip

SCIENCE_AND_TECHNOLOGY: list[tuple[str, str]] = [
    # 'KHCN' as a field: 'khoa học công nghệ' (round 53: 4 of 4 readings, 'phát triển KHCN')
    ("Ứng dụng tiến bộ KHCN vào sản xuất chè.",
     "Ứng dụng tiến bộ khoa học công nghệ vào sản xuất chè."),
    ("Đẩy mạnh chuyển giao KHCN cho nông dân.",
     "Đẩy mạnh chuyển giao khoa học công nghệ cho nông dân."),
    ("Phát triển KHCN và đổi mới sáng tạo.", "Phát triển khoa học công nghệ và đổi mới sáng tạo."),
    # guards: the ministry and its department by their names, with 'và'; '&' says 'và'
    ("Sở KHCN tỉnh kiểm tra cân đo tại chợ.",
     "Sở khoa học và công nghệ tỉnh kiểm tra cân đo tại chợ."),
    ("Bộ KHCN ban hành quy chuẩn mới.", "Bộ khoa học và công nghệ ban hành quy chuẩn mới."),
    ("Ứng dụng KH&CN vào trồng bưởi.", "Ứng dụng khoa học và công nghệ vào trồng bưởi."),
]  # fmt: skip

PEAK_CAMPAIGN_DATES: list[tuple[str, str]] = [
    # the dates of a peak campaign name it and say no 'ngày', as after 'dịp' (round 53: the
    # reader's 'ngày' before the first end in 0 of 4 readings)
    ("Dịp cao điểm 20/12/2025-20/1/2026 ra quân kiểm tra.",
     "Dịp cao điểm hai mươi tháng mười hai năm hai nghìn không trăm hai mươi lăm đến hai mươi "
     "tháng một năm hai nghìn không trăm hai mươi sáu ra quân kiểm tra."),
    ("Trong đợt cao điểm 1/12-31/12, công an xã tuần tra.",
     "Trong đợt cao điểm một tháng mười hai đến ba mươi mốt tháng mười hai, công an xã tuần "
     "tra."),
    # guards: a range led by 'từ' keeps its 'ngày'; a written 'ngày' stays
    ("Đợt cao điểm từ 15/12 đến 15/2.",
     "Đợt cao điểm từ ngày mười lăm tháng mười hai đến ngày mười lăm tháng hai."),
    ("Cao điểm ngày 22/12 diễn tập.", "Cao điểm ngày hai mươi hai tháng mười hai diễn tập."),
]  # fmt: skip

NAMES: list[tuple[str, str]] = [
    # the storm: 'lôi' in 5 of 6 readings over rounds 49 and 53, 'bua' in 4
    ("Bão Bualoi suy yếu thành áp thấp.", "Bão bua lôi suy yếu thành áp thấp."),
    # guard: another storm of the list
    ("Bão Yagi đổ bộ.", "Bão da ghi đổ bộ."),
]  # fmt: skip


@pytest.mark.parametrize(
    ("written", "spoken"),
    [*VALUE_ADDED_TAX, *SCIENCE_AND_TECHNOLOGY, *PEAK_CAMPAIGN_DATES, *NAMES],
)
def test_round_53_classes_are_read_as_an_announcer_reads_them(written: str, spoken: str) -> None:
    assert spoken_form(written) == spoken


HOSTILE = ("gồm VAT ", "phát triển KHCN ", "cao điểm 1/12-31/12 ")
"""Shapes of this file's rules, repeated: each must be read in time linear in its length."""


@pytest.mark.parametrize("unit", HOSTILE)
def test_reading_time_grows_linearly_with_the_round_53_rules(unit: str) -> None:
    assert_reads_in_linear_time(unit)
