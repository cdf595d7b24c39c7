"""The reader's faults in round 60 (Đắk Lắk and Phú Yên, issue 16), by class: a season, a
crop year or a school year written as two years in a row joined by a slash ('niên vụ
2024/2025') is one span said as its two years, the slash silent, never a fraction ('… trên …').
The phrases are new instances of the class, with guards that look alike and must not change,
written with their readings before the reader was run on them."""

from __future__ import annotations

import pytest
from test_notice_reading import assert_reads_in_linear_time

from announcements.normalize import spoken_form

TWO_YEARS_IN_A_ROW: list[tuple[str, str]] = [
    # round 60: of 8 readings of two such spans none said 'trên'; 4 said the two years with
    # nothing between, 4 'đến' (each of those with another choice the reader does not make)
    ("Kế hoạch gieo trồng vụ Đông Xuân 2025/2026 đã được phê duyệt.",
     "Kế hoạch gieo trồng vụ Đông Xuân hai nghìn không trăm hai mươi lăm hai nghìn không trăm "
     "hai mươi sáu đã được phê duyệt."),
    ("Giải bóng đá mùa giải 2023/2024 đã khép lại.",
     "Giải bóng đá mùa giải hai nghìn không trăm hai mươi ba hai nghìn không trăm hai mươi tư đã "
     "khép lại."),
    ("Học bổng năm học 2026/2027 dành cho học sinh nghèo.",
     "Học bổng năm học hai nghìn không trăm hai mươi sáu hai nghìn không trăm hai mươi bảy dành "
     "cho học sinh nghèo."),
    ("Sản lượng hồ tiêu niên vụ 1999/2000 giảm mạnh.",
     "Sản lượng hồ tiêu niên vụ một nghìn chín trăm chín mươi chín hai nghìn giảm mạnh."),
    # guards: a document's number and its year; years apart, or any after 'tỷ lệ' (a share,
    # said 'trên'); a school year with a dash (the same
    # since session 25: the broadcast editors' wish); a month and its year
    ("Thực hiện Quyết định 2019/2020 của Bộ Y tế.",
     "Thực hiện Quyết định hai nghìn không trăm mười chín năm hai nghìn không trăm hai mươi "
     "của Bộ Y tế."),
    ("Toàn xã đã cấp sổ cho 2024/2030 hộ.",
     "Toàn xã đã cấp sổ cho hai nghìn không trăm hai mươi tư trên hai nghìn không trăm ba mươi "
     "hộ."),
    ("Tỷ lệ 2019/2020 phiếu tán thành.",
     "Tỷ lệ hai nghìn không trăm mười chín trên hai nghìn không trăm hai mươi phiếu tán thành."),
    ("Khai giảng năm học 2025-2026 tại trường.",
     "Khai giảng năm học hai nghìn không trăm hai mươi lăm đến hai nghìn không trăm hai mươi "
     "sáu tại trường."),
    ("Thu hoạch xong trước tháng 12/2025.",
     "Thu hoạch xong trước tháng mười hai năm hai nghìn không trăm hai mươi lăm."),
]  # fmt: skip


@pytest.mark.parametrize(("written", "spoken"), TWO_YEARS_IN_A_ROW)
def test_round_60_classes_are_read_as_an_announcer_reads_them(written: str, spoken: str) -> None:
    assert spoken_form(written) == spoken


HOSTILE = ("2024/2025 ", "2024/2025/", "1999/2000/2001 ")
"""Shapes of this file's rule, repeated: each must be read in time linear in its length."""


@pytest.mark.parametrize("unit", HOSTILE)
def test_reading_time_grows_linearly_with_the_round_60_rules(unit: str) -> None:
    assert_reads_in_linear_time(unit)
