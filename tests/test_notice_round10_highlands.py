"""Classes of misreading that held-out round 21 (the Central Highlands and the south-central
coast, kept outside the repository) showed. The phrases are new instances of each class, with
guards that look alike and must not change, written with their readings before the reader was
run on them; never the held-out phrases themselves."""

from __future__ import annotations

import pytest
from test_notice_reading import assert_reads_in_linear_time

from announcements.normalize import spoken_form

JUNCTIONS: list[tuple[str, str]] = [
    # a dash between two roads' codes joins two roads at a junction: no range of roads exists
    ("Cấm xe tải qua ngã tư QL14 - QL20 từ 22h.",
     "Cấm xe tải qua ngã tư quốc lộ mười bốn, quốc lộ hai mươi từ hai mươi hai giờ."),
    ("Nút giao ĐT741 - ĐT753 đang thi công.",
     "Nút giao đường tỉnh bảy trăm bốn mươi mốt, đường tỉnh bảy trăm năm mươi ba đang thi "
     "công."),
    ("Ngập sâu tại điểm giao TL8-TL15.",
     "Ngập sâu tại điểm giao tỉnh lộ tám, tỉnh lộ mười lăm."),
    # guards: markers along one road are a range
    ("Sửa mặt đường từ Km 12 - Km 15 QL14.",
     "Sửa mặt đường từ ki lô mét mười hai đến ki lô mét mười lăm quốc lộ mười bốn."),
    ("Mực nước ở mức BĐ2 - BĐ3.", "Mực nước ở mức báo động hai đến báo động ba."),
]  # fmt: skip

ALL = JUNCTIONS


@pytest.mark.parametrize(("written", "spoken"), ALL)
def test_round_21_classes_are_read_as_an_announcer_reads_them(written: str, spoken: str) -> None:
    assert spoken_form(written) == spoken


HOSTILE = ("QL1 - ",)
"""Shapes of this file's rules, repeated: each must be read in time linear in its length."""


@pytest.mark.parametrize("unit", HOSTILE)
def test_reading_time_grows_linearly_with_the_round_21_rules(unit: str) -> None:
    assert_reads_in_linear_time(unit)
