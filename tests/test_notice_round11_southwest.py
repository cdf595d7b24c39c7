"""Classes of misreading that held-out round 25 (the Mekong delta, kept outside the repository)
showed. The phrases are new instances of each class, with guards that look alike and must not
change, written with their readings before the reader was run on them; never the held-out
phrases themselves."""

from __future__ import annotations

import pytest
from test_notice_reading import assert_reads_in_linear_time

from announcements.normalize import spoken_form

NAMED_DAYS: list[tuple[str, str]] = [
    # a named day whose name holds a dash of any width says 'ngày' once, in its name, as one
    # with a hyphen does
    ("Thăm hỏi gia đình chính sách nhân Ngày Thương binh – Liệt sĩ 27/7.",
     "Thăm hỏi gia đình chính sách nhân Ngày Thương binh Liệt sĩ hai mươi bảy tháng bảy."),
    ("Gặp mặt nhân Ngày Môi trường — Nước sạch 5/6 tại xã.",
     "Gặp mặt nhân Ngày Môi trường Nước sạch năm tháng sáu tại xã."),
    # guards: no named day before the dash, the date keeps its 'ngày'
    ("Cựu chiến binh – Thương binh họp 27/7.",
     "Cựu chiến binh, Thương binh họp ngày hai mươi bảy tháng bảy."),
]  # fmt: skip

ALL = NAMED_DAYS


@pytest.mark.parametrize(("written", "spoken"), ALL)
def test_round_25_classes_are_read_as_an_announcer_reads_them(written: str, spoken: str) -> None:
    assert spoken_form(written) == spoken


HOSTILE = ("Ngày A – B 2/7 ",)
"""Shapes of this file's rules, repeated: each must be read in time linear in its length."""


@pytest.mark.parametrize("unit", HOSTILE)
def test_reading_time_grows_linearly_with_the_round_25_rules(unit: str) -> None:
    assert_reads_in_linear_time(unit)
