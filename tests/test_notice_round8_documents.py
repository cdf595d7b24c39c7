"""Vietnamese reading, round eight: document numbers, their issuers and signature blocks
(helper i18e, issue 16).

One composition algorithm: the rest of an issuer after its head ('HĐ' + 'NVQS') is cut as a
word no table holds is ('AHLĐ'), into the fewest known pieces, and left to the letters when
two cuts as short read differently (the document path used to take the longest piece first,
silently)."""

from __future__ import annotations

import pytest

from announcements import abbreviations
from announcements.documents import issuing_body
from announcements.normalize import read_aloud, spoken_form

ONE_ALGORITHM: list[tuple[str, str]] = [
    # heads and pieces that cut one way only read as before
    ("Theo Kế hoạch 12/KH-HĐNVQS của huyện.",
     "Theo Kế hoạch mười hai kế hoạch hội đồng nghĩa vụ quân sự của huyện."),
    ("Đại diện BCĐNTM huyện kiểm tra thôn Đông.",
     "Đại diện ban chỉ đạo nông thôn mới huyện kiểm tra thôn Đông."),
    ("Công văn số 45/TTYTDP-KH gửi các trạm y tế.",
     "Công văn số bốn mươi lăm trung tâm y tế dự phòng kế hoạch gửi các trạm y tế."),
    ("Thông báo số 08/TB-HĐTĐKT về xét khen thưởng.",
     "Thông báo số tám thông báo hội đồng thi đua khen thưởng về xét khen thưởng."),
]  # fmt: skip


@pytest.mark.parametrize(("written", "spoken"), ONE_ALGORITHM)
def test_an_issuer_cut_one_way_reads_as_its_pieces(written: str, spoken: str) -> None:
    assert spoken_form(written) == spoken


def test_an_issuer_cut_two_ways_as_short_is_a_guess_spelled() -> None:
    # 'TT' + 'GDCNTT': giáo dục + công nghệ thông tin, or giáo dục chuyên nghiệp + TT (the
    # reference list's is 'giao dịch'); the longest-first cut said 'giáo dục' silently
    assert issuing_body("TTGDCNTT") is None
    reading = read_aloud("Đại diện TTGDCNTT phát biểu.")
    assert reading.spoken == "Đại diện tê tê giê đê xê en tê tê phát biểu."
    assert reading.guessed == ("TTGDCNTT",)


def test_documents_and_unknown_capitals_share_one_cut() -> None:
    assert abbreviations.cut("NVQS", abbreviations.ISSUER_PIECES) == "nghĩa vụ quân sự"
    assert abbreviations.cut("GDCNTT", abbreviations.ISSUER_PIECES) is None
    said = abbreviations.cut("KTTVQG", abbreviations.COMPOSING, fewest=2)
    assert abbreviations.composed("KTTVQG") == said == "khí tượng thủy văn quốc gia"
