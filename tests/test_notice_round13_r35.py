"""The reader's faults in round 35 (city wards of Đà Nẵng, Cần Thơ and Bắc Ninh, issue 16), by
class: a street named by a date inside a list of streets, a price paid for a span of time, two
days in a row before a month written in words, and the IR rice lines. The phrases are new
instances of each class, with guards that look alike and must not change, written with their
readings before the reader was run on them."""

from __future__ import annotations

import pytest
from test_notice_reading import assert_reads_in_linear_time

from announcements.normalize import spoken_form

IR_LINES: list[tuple[str, str]] = [
    # the IR rice lines are 'i rờ' (every reading of round 35); other series keep their letters
    ("Gieo giống IR 50404 và OM 5451.",
     "Gieo giống i rờ năm không bốn không bốn và ô em năm bốn năm một."),
    ("Lúa IR64 bị rầy nâu gây hại.", "Lúa i rờ sáu mươi tư bị rầy nâu gây hại."),
    # guards: another series with R, a vaccine, a test
    ("Giống TBR225 chịu rét tốt.", "Giống tê bê e rờ hai hai năm chịu rét tốt."),
    ("Tiêm vắc xin MR cho trẻ.", "Tiêm vắc xin em e rờ cho trẻ."),
]  # fmt: skip

ALL = IR_LINES


@pytest.mark.parametrize(("written", "spoken"), ALL)
def test_round_35_classes_are_read_as_an_announcer_reads_them(written: str, spoken: str) -> None:
    assert spoken_form(written) == spoken


HOSTILE = ("IR 50404 ",)
"""Shapes of this file's rules, repeated: each must be read in time linear in its length."""


@pytest.mark.parametrize("unit", HOSTILE)
def test_reading_time_grows_linearly_with_the_round_35_rules(unit: str) -> None:
    assert_reads_in_linear_time(unit)
