"""The reader's faults in round 52 (Lào Cai and Yên Bái, issue 16), by class: a province or
city written without its marks inside an app's name, after the app's one-letter prefix
('iLaoCai' style), is the place, said with its marks as the address words or the notice write
it, not syllables without marks. The phrases are new instances of the class, with guards that
look alike and must not change, written with their readings before the reader was run on them."""

from __future__ import annotations

import pytest
from test_notice_reading import assert_reads_in_linear_time

from announcements.normalize import spoken_form

PLACE_IN_AN_APP_NAME: list[tuple[str, str]] = [
    # round 52: 4 of 4 readings say the province with its marks ('lào cai'), none 'lao cai';
    # the prefix as the reader says it ('ai' as in 'iPhone', 'i' for 'e')
    ("Người dân gửi phản ánh qua ứng dụng iYenBai.",
     "Người dân gửi phản ánh qua ứng dụng ai yên bái."),
    ("Tải ứng dụng iHaGiang trên điện thoại thông minh.",
     "Tải ứng dụng ai hà giang trên điện thoại thông minh."),
    ("Cổng eCaoBang hỗ trợ nộp hồ sơ trực tuyến.",
     "Cổng i cao bằng hỗ trợ nộp hồ sơ trực tuyến."),
    # the notice's own words give the marks of a place the station does not ship
    ("Huyện Bạch Thông ra mắt ứng dụng iBachThong.",
     "Huyện Bạch Thông ra mắt ứng dụng ai bạch thông."),
    # guards: foreign words after the prefix; the lexicon's own entry; one syllable alone
    ("Mua iPhone hoặc iPad chính hãng.", "Mua ai phôn hoặc ai pát chính hãng."),
    ("Ứng dụng iHanoi của thành phố.", "Ứng dụng ai Hà Nội của thành phố."),
    ("Đăng nhập iGate để nộp hồ sơ.", "Đăng nhập ai ghết để nộp hồ sơ."),
]  # fmt: skip


@pytest.mark.parametrize(("written", "spoken"), PLACE_IN_AN_APP_NAME)
def test_round_52_classes_are_read_as_an_announcer_reads_them(written: str, spoken: str) -> None:
    assert spoken_form(written) == spoken


HOSTILE = ("iLaoCai ", "iLaoCaiLaoCai ", "eDienBien ")
"""Shapes of this file's rule, repeated: each must be read in time linear in its length."""


@pytest.mark.parametrize("unit", HOSTILE)
def test_reading_time_grows_linearly_with_the_round_52_rules(unit: str) -> None:
    assert_reads_in_linear_time(unit)
