"""The reader's faults in round 58 (Tuyên Quang and Hà Giang, issue 16), by class: a range
whose first end the notice writes 'mùng D/M' says its second end as it says the first, with
no 'ngày'; 'Office' said 'ô phít'; a foreign word opening with 'com' before b or p says 'com'
('compost' → 'com pốt', as 'combo', 'compact' and the 'com pa' of school). The phrases are new
instances of each class, with guards that look alike and must not change, written with their
readings before the reader was run on them."""

from __future__ import annotations

import pytest
from test_notice_reading import assert_reads_in_linear_time

from announcements.normalize import spoken_form

RANGES_FROM_MUNG: list[tuple[str, str]] = [
    # the second end mirrors a first written 'mùng D/M': no 'ngày' before it (round 58: 3 of 3
    # readings 'tức mùng chín tháng tư đến hai mươi lăm tháng tư'), 'mùng' up to the tenth
    ("Hội xuân diễn ra từ mùng 4/1 đến 12/1 âm lịch.",
     "Hội xuân diễn ra từ mùng bốn tháng giêng đến mười hai tháng giêng âm lịch."),
    ("Lễ cầu mùa tổ chức mùng 6/2 đến 20/2 âm lịch.",
     "Lễ cầu mùa tổ chức mùng sáu tháng hai đến hai mươi tháng hai âm lịch."),
    ("Nghỉ học từ mùng 2/9 đến 14/9.",
     "Nghỉ học từ mùng hai tháng chín đến mười bốn tháng chín."),
    ("Tiêm phòng dại từ mồng 3/10 đến 9/10.",
     "Tiêm phòng dại từ mồng ba tháng mười đến mồng chín tháng mười."),
    # so does a first end written without its month (the month once, at the end)
    ("Hội làng từ mùng 8 đến 12/1 âm lịch.",
     "Hội làng từ mùng tám đến mười hai tháng giêng âm lịch."),
    ("Phun thuốc từ mùng 6 đến 20/5.", "Phun thuốc từ mùng sáu đến hai mươi tháng năm."),
    # guards: 'ngày' before the first end, or written before the second, stays; a date after
    # a comma is no second end
    ("Nghỉ học từ ngày 2/9 đến 14/9.",
     "Nghỉ học từ ngày hai tháng chín đến ngày mười bốn tháng chín."),
    ("Nghỉ học từ mùng 2/9 đến ngày 14/9.",
     "Nghỉ học từ mùng hai tháng chín đến ngày mười bốn tháng chín."),
    ("Sáng mùng 2/9 chào cờ, đến 5/9 nộp báo cáo.",
     "Sáng mùng hai tháng chín chào cờ, đến ngày năm tháng chín nộp báo cáo."),
]  # fmt: skip

OFFICE: list[tuple[str, str]] = [
    # 'Office' is 'ô phít' (round 58: 4 of 4 readings of 'iOffice', both announcers)
    ("Văn bản được gửi qua phần mềm iOffice.", "Văn bản được gửi qua phần mềm ai ô phít."),
    ("Hệ thống e-office của huyện tạm dừng.", "Hệ thống i ô phít của huyện tạm dừng."),
    # guard: another prefixed service
    ("Nộp hồ sơ qua iGate.", "Nộp hồ sơ qua ai ghết."),
]  # fmt: skip

OPENING_COM: list[tuple[str, str]] = [
    # 'com' before b or p opens the word as Vietnamese writes 'com pa', 'com bô' (round 58:
    # 'compost' 'com pốt' in 3 of 3 readings, the reader said 'côm')
    ("Bà con ủ phân compost từ rơm rạ.", "Bà con ủ phân com pốt từ rơm rạ."),
    ("Học sinh mang compa và thước kẻ.", "Học sinh mang com pa và thước kẻ."),
    ("Công ty Compal tuyển công nhân.", "Công ty Com pan tuyển công nhân."),
    # guards: the words the lexicon has already; an 'o' elsewhere keeps 'ô'
    ("Mua combo tiết kiệm.", "Mua com bô tiết kiệm."),
    ("Bão Noru suy yếu.", "Bão nô ru suy yếu."),
]  # fmt: skip


@pytest.mark.parametrize(("written", "spoken"), [*RANGES_FROM_MUNG, *OFFICE, *OPENING_COM])
def test_round_58_classes_are_read_as_an_announcer_reads_them(written: str, spoken: str) -> None:
    assert spoken_form(written) == spoken


HOSTILE = ("mùng 2/9 đến 14/9 ", "từ mùng 1/1 đến ", "compost ")
"""Shapes of this file's rules, repeated: each must be read in time linear in its length."""


@pytest.mark.parametrize("unit", HOSTILE)
def test_reading_time_grows_linearly_with_the_round_58_rules(unit: str) -> None:
    assert_reads_in_linear_time(unit)
