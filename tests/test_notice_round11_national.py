"""Classes of misreading that held-out round 28 (a national mix, kept outside the repository)
showed. The phrases are new instances of each class, with guards that look alike and must not
change, written with their readings before the reader was run on them; never the held-out
phrases themselves."""

from __future__ import annotations

import pytest
from test_notice_reading import assert_reads_in_linear_time

from announcements.normalize import spoken_form

E_SERVICES: list[tuple[str, str]] = [
    # an electronic service's 'e' glued before a word: the word is said, not spelled; after
    # capitals ending in 'N' it joins the 'N', 'nê' as in 'VNeID' (since session 25), at the
    # start 'i' as in 'eTax', 'ePass', 'eBay'
    ("Chủ xe cài VNeTraffic để nhận thông báo phạt nguội.",
     "Chủ xe cài vê en e tra phích để nhận thông báo phạt nguội."),
    ("Cài VNeTraffic và VNeID trên điện thoại.",
     "Cài vê en e tra phích và vê en e ai đi trên điện thoại."),
    ("Đăng ký dịch vụ eBanking tại quầy giao dịch.",
     "Đăng ký dịch vụ i banh king tại quầy giao dịch."),
    ("Học sinh ôn tập trên hệ thống eLearning của trường.",
     "Học sinh ôn tập trên hệ thống i lơ ninh của trường."),
    ("Chính quyền điện tử eGov của tỉnh.", "Chính quyền điện tử i gốp của tỉnh."),
    # guards: letters after the 'e', and the lexicon's words, stay as they were
    ("Xác thực eKYC khi mở tài khoản.", "Xác thực e ca i dài xê khi mở tài khoản."),
    ("Nộp thuế qua eTax.", "Nộp thuế qua i tắc."),
    ("Cài VNeID mức 2.", "Cài vê en e ai đi mức hai."),
    ("Đo độ pH của đất.", "Đo độ pê hát của đất."),
    ("Chuyển khoản bằng VietQR.", "Chuyển khoản bằng việt kiu a."),
    ("Mua hàng trên eBay.", "Mua hàng trên i bây."),
]  # fmt: skip

SILENT_H: list[tuple[str, str]] = [
    # the 'h' of 'bh' and 'dh' is not heard: Ê Đê writes a plain 'b' as 'bh', and foreign
    # names are said so (the lexicon's 'Bhutan' → 'Bu tan', 'Abu Dhabi' → 'A bu Đa bi')
    ("Ông Y Bhin Êban nhận giấy khen.", "Ông Y Bin Ê ban nhận giấy khen."),
    ("Ông Y Bhăm Niê được khen thưởng.", "Ông Y Băm Niê được khen thưởng."),
    ("Thành phố Bhopal của Ấn Độ.", "Thành phố Bô pan của Ấn Độ."),
    # guards: the lexicon's word, the Ê Đê 'dh' read as 'đ' before, names without the 'h'
    ("Đoàn công tác sang Bhutan.", "Đoàn công tác sang Bu tan."),
    ("Ông Y Dhăm Êban dự họp.", "Ông Y Đăm Ê ban dự họp."),
    ("Ông Y Bih Niê dự họp.", "Ông Y Bi Niê dự họp."),
    ("Ông Y Khăm dự họp.", "Ông Y Khăm dự họp."),
]  # fmt: skip

ALL = E_SERVICES + SILENT_H


@pytest.mark.parametrize(("written", "spoken"), ALL)
def test_round_28_classes_are_read_as_an_announcer_reads_them(written: str, spoken: str) -> None:
    assert spoken_form(written) == spoken


HOSTILE = ("VNeTraffic", "eLearningBank ")
"""Shapes of this file's rules, repeated: each must be read in time linear in its length."""


@pytest.mark.parametrize("unit", HOSTILE)
def test_reading_time_grows_linearly_with_the_round_28_rules(unit: str) -> None:
    assert_reads_in_linear_time(unit)
