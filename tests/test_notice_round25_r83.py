"""Round 83 (Đắk Lắk and Phú Yên notices, the southern voice), judged blind by two broadcast
editors: each fault a class, with look-alikes of our own from notice language and the phrases
that must not change. Never the round's own phrases."""

from __future__ import annotations

import pytest
from test_notice_reading import assert_reads_in_linear_time

from announcements.normalize import Reader

SOUTH = "vi-vn-x-south"

ADDRESSES = [
    # '.gov' is spelled as the listener types it, in a page's address and in a mailbox's
    ("Tra cứu tại tracuu.daklak.gov.vn.", "Tra cứu tại tra cứu chấm đắk lắk chấm gờ o vê chấm vê "
                                          "en."),
    ("Văn thư tỉnh Phú Yên: vanthu@phuyen.gov.vn hoặc VANTHU@PHUYEN.GOV.VN.",
     "Văn thư tỉnh Phú Yên: văn thư a còng phú yên chấm gờ o vê chấm vê en hoặc văn thư a còng "
     "phú yên chấm gờ o vê chấm vê en."),
    # an ending named alone keeps its dot after a comma, a colon or a bracket
    ("Trang thật có đuôi: .gov.vn, .edu.vn (.com là trang khác).",
     "Trang thật có đuôi: chấm gờ o vê chấm vê en, chấm e đu chấm vê en (chấm com là trang "
     "khác)."),
    ("Chỉ tin trang có đuôi .gov.vn, .edu.vn hoặc .org.vn.",
     "Chỉ tin trang có đuôi chấm gờ o vê chấm vê en, chấm e đu chấm vê en hoặc chấm ô e rờ giê "
     "chấm vê en."),
    ("Trang http://www.congan.gov/dichvu", "Trang vê kép vê kép vê kép chấm công an chấm gờ o vê "
     "gạch chéo dịch vụ"),
    # the e-government's name is a word
    ("Ứng dụng eGov của tỉnh", "Ứng dụng i gốp của tỉnh"),
]  # fmt: skip


ALL = ADDRESSES


@pytest.mark.parametrize(("written", "said"), ALL)
def test_round_83_classes_are_read_as_an_announcer_reads_them(written: str, said: str) -> None:
    assert Reader().read(written, SOUTH).spoken == said


HOSTILE = (", .gov.vn",)
"""Shapes of this file's rules, repeated: each must be read in time linear in its length."""


@pytest.mark.parametrize("unit", HOSTILE)
def test_reading_time_grows_linearly_with_the_round_83_rules(unit: str) -> None:
    assert_reads_in_linear_time(unit)
