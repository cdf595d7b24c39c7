"""The reader's faults in round 47 (Bình Dương and the industrial belt, issue 16), by class:
letters mistyped by one, not the first, before the words they stand for in brackets ('LMLT
(lở mồm long móng)'), a road's letters spaced from its number ('đường ĐX 05'), and loan words
the fallback misreads: a utility's brand ('Biwase'), a supermarket's ('Co.opmart') and the
English words of a network's name ('_Free', 'Cafe'). The phrases are new instances of each
class, with guards that look alike and must not change, written with their readings before
the reader was run on them."""

from __future__ import annotations

import pytest
from test_notice_reading import assert_reads_in_linear_time

from announcements.normalize import spoken_form

MISTYPED_LETTERS_EXPLAINED: list[tuple[str, str]] = [
    # the words in brackets are said, once, though one of the letters before them is mistyped
    # (round 47: 4 of 4 readings said only the words)
    ("Tiêm phòng bệnh LMMM (lở mồm long móng) cho đàn bò.",
     "Tiêm phòng bệnh lở mồm long móng cho đàn bò."),
    ("Phòng bệnh TCH (tay chân miệng) cho trẻ mầm non.",
     "Phòng bệnh tay chân miệng cho trẻ mầm non."),
    # guards: two letters off, or the first, are not those words
    ("Lớp TTHN (tin học nâng cao) khai giảng.",
     "Lớp tê tê hát en (tin học nâng cao) khai giảng."),
    ("Tổ XTN (tổ thanh niên) ra quân.",
     "Tổ ích tê en (tổ thanh niên) ra quân."),
]  # fmt: skip

SPACED_ROAD_CODES: list[tuple[str, str]] = [
    # a road's letters and number written apart are the code written joined, spelled and its
    # number's digits said ('không năm'), not 'đông xuân năm' (round 47: 4 of 4 readings)
    ("Sửa đường ĐX 05 khu phố 3.", "Sửa đường đê ích không năm khu phố ba."),
    ("Thảm nhựa đường DX 012 trong tháng này.",
     "Thảm nhựa đường đê ích không một hai trong tháng này."),
    ("Đường NA 07 bị ngập sâu.", "Đường en a không bảy bị ngập sâu."),
    # the next codes of a list after a road's code, written joined or apart, are roads too
    ("Sửa đường ĐX05, ĐX 07 và ĐX 12.",
     "Sửa đường đê ích không năm, đê ích không bảy và đê ích mười hai."),
    ("Thảm nhựa tuyến NA07, NA 08.", "Thảm nhựa tuyến en a không bảy, en a không tám."),
    # guards: a crop's season, a provincial road
    ("Gieo sạ vụ ĐX 2025 đúng lịch.",
     "Gieo sạ vụ đông xuân hai nghìn không trăm hai mươi lăm đúng lịch."),
    ("Cấm xe trên đường ĐT 743 từ hôm nay.",
     "Cấm xe trên đường tỉnh bảy trăm bốn mươi ba từ hôm nay."),
]  # fmt: skip

LOAN_WORDS: list[tuple[str, str]] = [
    # a utility's brand (round 47: 'bi oa sê', never 'bi uây'), a supermarket's ('co óp mát',
    # the vowel of 'co-op'), and the English words of a network's name
    ("Nộp tiền nước tại quầy Biwase.", "Nộp tiền nước tại quầy bi oa sê."),
    ("Mua gạo tại siêu thị Co.opmart Dĩ An.", "Mua gạo tại siêu thị co óp mát Dĩ An."),
    ("Kết nối mạng Cafe_Free.", "Kết nối mạng cà phê gạch dưới phờ ri."),
    ("Quán Cafe Sân Vườn mở cửa.", "Quán cà phê Sân Vườn mở cửa."),
]  # fmt: skip


@pytest.mark.parametrize(
    ("written", "spoken"), [*MISTYPED_LETTERS_EXPLAINED, *SPACED_ROAD_CODES, *LOAN_WORDS]
)
def test_round_47_classes_are_read_as_an_announcer_reads_them(written: str, spoken: str) -> None:
    assert spoken_form(written) == spoken


HOSTILE = ("LMMM (lở mồm long móng) ", "Cafe_Free ", "đường ĐX 05 ")
"""Shapes of this file's rules, repeated: each must be read in time linear in its length."""


@pytest.mark.parametrize("unit", HOSTILE)
def test_reading_time_grows_linearly_with_the_round_47_rules(unit: str) -> None:
    assert_reads_in_linear_time(unit)
