"""The reader's faults in round 44 (the upper Mekong delta: Đồng Tháp, Long An and An Giang,
issue 16), by class: a labour-export trainee's 'TTS', the two sexes 'nam/nữ' wanted together,
a commune's culture and sports centre 'Trung tâm VH-TT xã' and the distances of a race
'cự ly 5km - 10km'. The phrases are new instances of each class, with guards that look alike
and must not change, written with their readings before the reader was run on them."""

from __future__ import annotations

import pytest
from test_notice_reading import assert_reads_in_linear_time

from announcements.normalize import spoken_form

TRAINEES: list[tuple[str, str]] = [
    # 'TTS' in a notice about labour abroad is a trainee, 'thực tập sinh' (all four readings)
    ("Xuất khẩu lao động Hàn Quốc (TTS kỹ năng), chi phí thấp.",
     "Xuất khẩu lao động Hàn Quốc (thực tập sinh kỹ năng), chi phí thấp."),
    ("Đơn hàng TTS ngành xây dựng sang Nhật Bản tháng 3.",
     "Đơn hàng thực tập sinh ngành xây dựng sang Nhật Bản tháng ba."),
    # guard: a speaking program's 'TTS' (text to speech) is spelled as before
    ("Phần mềm TTS chuyển văn bản thành giọng nói.",
     "Phần mềm tê tê ét chuyển văn bản thành giọng nói."),
]  # fmt: skip

BOTH_SEXES: list[tuple[str, str]] = [
    # 'nam/nữ' wants men and women both, 'nam nữ' (all four readings), never 'nam hoặc nữ'
    ("Cần tuyển 20 công nhân nam/nữ, tuổi từ 18 đến 35.",
     "Cần tuyển hai mươi công nhân nam nữ, tuổi từ mười tám đến ba mươi lăm."),
    ("Tuyển 5 bảo vệ Nam/Nữ làm ca đêm.", "Tuyển năm bảo vệ Nam Nữ làm ca đêm."),
    # guards: other pairs of words are still either one or the other
    ("Mời ông/bà đến nhận giấy.", "Mời ông hoặc bà đến nhận giấy."),
    ("Hàng Việt Nam/Thái Lan giảm giá.", "Hàng Việt Nam hoặc Thái Lan giảm giá."),
]  # fmt: skip

COMMUNE_CENTRES: list[tuple[str, str]] = [
    # a commune's 'Trung tâm VH-TT' is its culture and sports centre (all four readings)
    ("Trung tâm VH-TT xã tổ chức giải bóng chuyền.",
     "Trung tâm văn hóa thể thao xã tổ chức giải bóng chuyền."),
    ("Hội thi tại TT VH-TT phường.", "Hội thi tại trung tâm văn hóa thể thao phường."),
    ("Trung tâm VHTT thị trấn mở lớp võ.", "Trung tâm văn hóa thể thao thị trấn mở lớp võ."),
    # guards: a district's centre, its office and a commune's officer keep 'thông tin'
    ("Trung tâm VH-TT huyện tổ chức hội diễn.",
     "Trung tâm văn hóa thông tin huyện tổ chức hội diễn."),
    ("Phòng VH-TT huyện kiểm tra.", "Phòng văn hóa thông tin huyện kiểm tra."),
    ("Cán bộ VH-TT xã tuyên truyền.", "Cán bộ văn hóa thông tin xã tuyên truyền."),
]  # fmt: skip

RACE_DISTANCES: list[tuple[str, str]] = [
    # 'cự ly' then two distances, each with its unit, are two races, not a range (no
    # reading of four said 'đến': two 'và', two a pause)
    ("Giải chạy cự ly 3km - 5km dành cho học sinh.",
     "Giải chạy cự ly ba ki lô mét và năm ki lô mét dành cho học sinh."),
    ("Thi bơi cự ly 50m - 100m.", "Thi bơi cự ly năm mươi mét và một trăm mét."),
    ("Đua xe đạp cự li 10km-20km.", "Đua xe đạp cự li mười ki lô mét và hai mươi ki lô mét."),
    # guards: a unit written once, or no 'cự ly', is a range
    ("Bắn trúng mục tiêu ở cự ly 5-10 km.", "Bắn trúng mục tiêu ở cự ly năm đến mười ki lô mét."),
    ("Quãng đường 5km - 10km.", "Quãng đường năm ki lô mét đến mười ki lô mét."),
]  # fmt: skip


@pytest.mark.parametrize(
    ("written", "spoken"), TRAINEES + BOTH_SEXES + COMMUNE_CENTRES + RACE_DISTANCES
)
def test_round_44_classes_are_read_as_an_announcer_reads_them(written: str, spoken: str) -> None:
    assert spoken_form(written) == spoken


HOSTILE = ("nam/nữ/", "TT VH-TT xã ", "cự ly 5km - ", "lao động TTS ")
"""Shapes of this file's rules, repeated: each must be read in time linear in its length."""


@pytest.mark.parametrize("unit", HOSTILE)
def test_reading_time_grows_linearly_with_the_round_44_rules(unit: str) -> None:
    assert_reads_in_linear_time(unit)
