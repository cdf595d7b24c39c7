"""Issue 16: a document's issuer said as announcers say it. Where the code's kind repeats the
kind named just before it, the kind is not said again and the issuer follows 'của' (49 of 52
readings of twelve held-out files, kept outside the repository); a law's National Assembly,
a standard's ministry and an issuer named again after the day of signing likewise. The
phrases are new, written with their readings before the reader was run on them."""

from __future__ import annotations

import pytest
from test_notice_reading import assert_reads_in_linear_time

from announcements.normalize import spoken_form

KIND_NAMED_BEFORE: list[tuple[str, str]] = [
    # the code's kind repeats the kind just named: the issuer after 'của'
    ("Căn cứ Nghị định số 168/2024/NĐ-CP về xử phạt giao thông.",
     "Căn cứ Nghị định số một trăm sáu mươi tám năm hai nghìn không trăm hai mươi tư của chính "
     "phủ về xử phạt giao thông."),
    ("Theo Quyết định 2156/QĐ-UBND về giá đất.",
     "Theo Quyết định hai nghìn một trăm năm mươi sáu của ủy ban nhân dân về giá đất."),
    ("Thực hiện Kế hoạch số 87/KH-TTYT về tiêm chủng.",
     "Thực hiện Kế hoạch số tám mươi bảy của trung tâm y tế về tiêm chủng."),
    ("Thông báo số: 41/TB-UBND về lịch tiếp dân.",
     "Thông báo số: bốn mươi mốt của ủy ban nhân dân về lịch tiếp dân."),
    ("Theo Thông tư 22/2025/TT-BGDĐT về đánh giá học sinh.",
     "Theo Thông tư hai mươi hai năm hai nghìn không trăm hai mươi lăm của bộ giáo dục và đào "
     "tạo về đánh giá học sinh."),
    # a law or resolution of the National Assembly: 'của quốc hội khóa …'
    ("Luật số 56/2024/QH15 về đấu thầu.",
     "Luật số năm mươi sáu năm hai nghìn không trăm hai mươi tư của quốc hội khóa mười lăm về "
     "đấu thầu."),
    ("Theo Luật Đất đai số 31/2024/QH15.",
     "Theo Luật Đất đai số ba mươi mốt năm hai nghìn không trăm hai mươi tư của quốc hội khóa "
     "mười lăm."),
    # a standard's ministry
    ("Nước đạt QCVN 02:2009/BYT.",
     "Nước đạt quy chuẩn việt nam không hai năm hai nghìn không trăm linh chín của bộ y tế."),
    # the issuer named again after the day of signing is said once; a long issuer too
    ("Quyết định số 905/QĐ-UBND ngày 12/3/2025 của UBND huyện.",
     "Quyết định số chín trăm linh năm ngày mười hai tháng ba năm hai nghìn không trăm hai mươi "
     "lăm của ủy ban nhân dân huyện."),
    ("Kế hoạch số 30/KH-UBND ngày 5 tháng 3 năm 2025 của UBND xã.",
     "Kế hoạch số ba mươi ngày năm tháng ba năm hai nghìn không trăm hai mươi lăm của ủy ban "
     "nhân dân xã."),
    ("Thông báo 77/TB-CCCNTY của Chi cục Chăn nuôi và Thú y tỉnh.",
     "Thông báo bảy mươi bảy của Chi cục Chăn nuôi và Thú y tỉnh."),
]  # fmt: skip

UNCHANGED: list[tuple[str, str]] = [
    # guards: no kind before, two kinds that differ, a division after the issuer, a list,
    # the party's centre, a kind not in the code
    ("Triển khai theo 64/KH-UBND.",
     "Triển khai theo sáu mươi tư kế hoạch ủy ban nhân dân."),
    ("Văn bản số 12/QĐ-UBND đã hết hiệu lực.",
     "Văn bản số mười hai quyết định ủy ban nhân dân đã hết hiệu lực."),
    ("Kế hoạch số 33/QĐ-UBND về phòng dịch.",
     "Kế hoạch số ba mươi ba quyết định ủy ban nhân dân về phòng dịch."),
    ("Quyết định số 19/QĐ-UBND-VX về học bổng.",
     "Quyết định số mười chín quyết định ủy ban nhân dân văn xã về học bổng."),
    ("Các Quyết định số 7/QĐ-UBND, 8/QĐ-UBND.",
     "Các Quyết định số bảy quyết định ủy ban nhân dân, tám quyết định ủy ban nhân dân."),
    ("Nghị quyết 66-NQ/TW về pháp luật.",
     "Nghị quyết sáu mươi sáu của trung ương về pháp luật."),
    ("Công văn 1520/BNNMT-VP về bão.",
     "Công văn một nghìn năm trăm hai mươi của bộ nông nghiệp và môi trường về bão."),
    ("Theo 15/2023/QH15 đã ban hành.",
     "Theo mười lăm năm hai nghìn không trăm hai mươi ba quốc hội khóa mười lăm đã ban hành."),
]  # fmt: skip

ALL = KIND_NAMED_BEFORE + UNCHANGED


@pytest.mark.parametrize(("written", "spoken"), ALL)
def test_a_documents_issuer_is_said_as_announcers_say_it(written: str, spoken: str) -> None:
    assert spoken_form(written) == spoken


HOSTILE = ("Quyết định số 1/QĐ-UBND ", "Luật số 1/2024/QH15 ", "1/QĐ-X ngày 1/1/2025 của ")
"""Shapes of the rules, repeated: each must be read in time linear in its length."""


@pytest.mark.parametrize("unit", HOSTILE)
def test_reading_time_grows_linearly_with_the_issuer_rules(unit: str) -> None:
    assert_reads_in_linear_time(unit)
