"""Faults session 30 left (issue 16, its closing note §4), each a class with near-misses that
must not change: a capitalised slip opening a sentence, brackets after their own words in other
words, units in odd case, blank form dates, tags, slips decided by the next word, a lone
unmarked place, loose slashes, a document with no type word, run-together addresses."""

from __future__ import annotations

import pytest

from announcements.normalize import Reader

CAPITALISED_SLIPS: list[tuple[str, str]] = [
    ("Khong được đốt rác ven đường.", "Không được đốt rác ven đường."),
    ("Khong nen ra đồng khi có giông.", "Không nên ra đồng khi có giông."),
    ("Thông báo: Khong được tụ tập đông người.", "Thông báo: Không được tụ tập đông người."),
    ("Bà con khong nen chủ quan.", "Bà con không nên chủ quan."),
    ("Nhưa đường đã trải xong.", "Nhựa đường đã trải xong."),
    # near-misses: a capital inside a sentence or before a capital may be a name
    ("Bà Nhưa ở thôn ba.", "Bà Nhưa ở thôn ba."),
    ("Ông Khong ở thôn hai.", "Ông Khong ở thôn hai."),
    ("Khong Văn Minh đến họp.", "Khong Văn Minh đến họp."),
]  # fmt: skip

SAID_ONCE: list[tuple[str, str]] = [
    ("Nơi thường trú (HKTT): thôn 2.", "Nơi thường trú: thôn hai."),
    ("Ghi rõ địa chỉ thường trú (HKTT) của người khai.",
     "Ghi rõ địa chỉ thường trú của người khai."),
    ("Hộ khẩu thường trú (HKTT): thôn 2.", "Hộ khẩu thường trú: thôn hai."),
    ("Mang theo thẻ căn cước (CCCD) bản gốc.", "Mang theo thẻ căn cước bản gốc."),
    ("Mang theo căn cước công dân (CCCD) bản gốc.", "Mang theo căn cước công dân bản gốc."),
    ("Thẻ bảo hiểm y tế (BHYT) còn hạn.", "Thẻ bảo hiểm y tế còn hạn."),
    ("Ủy ban nhân dân (UBND) xã thông báo.", "Ủy ban nhân dân xã thông báo."),
    ("Nơi thường trú, tạm trú (HKTT, TT) ghi rõ.", "Nơi thường trú, tạm trú ghi rõ."),
    # near-misses: brackets that do not restate the words before them are read
    ("Nơi tạm trú (HKTT) ghi rõ.", "Nơi tạm trú (hộ khẩu thường trú) ghi rõ."),
    ("Mang theo giấy tờ (CCCD) bản gốc.", "Mang theo giấy tờ (căn cước công dân) bản gốc."),
]  # fmt: skip


def _read(written: str) -> tuple[str, tuple[str, ...]]:
    reading = Reader({}).read(written)
    return reading.spoken, reading.guessed


@pytest.mark.parametrize(("written", "spoken"), CAPITALISED_SLIPS)
def test_a_capitalised_slip_opening_a_sentence(written: str, spoken: str) -> None:
    assert _read(written) == (spoken, ())


@pytest.mark.parametrize(("written", "spoken"), SAID_ONCE)
def test_brackets_after_their_own_words_are_said_once(written: str, spoken: str) -> None:
    assert _read(written) == (spoken, ())
