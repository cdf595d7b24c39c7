"""Vietnamese reading, seven leads counted over every read round (issue 16, session 16).

Counted over the read rounds 21–25, 28–30, 32, 33, 35, 38–40, 42, 44, 46–49, 52 and 53, two
announcers each; an announcer who gave two forms counts for both, and a loan word kept in its
Latin letters counts for no form (it says how the announcer writes, not how they say it). The
rule changes the reader only where announcers prefer another form at least 2 to 1 over at least
8 phrase-readings across at least 3 rounds, and no read round may score lower after it. Two
counts reached the rule, and neither passes the second gate, so the reader keeps its form and
the counted form is pinned as a strict expected failure (the change is
/work/team/notes/r16conv-count/counted-changes.patch). The vaccine code was landed once and
taken back the same hour: it moved three rounds nobody had read down by a phrase each.

1. The five-in-one vaccine 'DPT-VGB-Hib' is spelled letter by letter, 'vê gờ bê' for 'VGB':
   spelled 10, the reader's 'viêm gan bê' after a spelled 'đê pê tê' 2, of 12 phrase-readings
   in six rounds (the whole code in words, 'bạch hầu, ho gà, uốn ván, viêm gan B, Hib', 6;
   dropped 5). 'G' is 'gê' 5, 'gờ' 4, 'giê' 1 there; 'gờ' is the name announcers give a
   spelled G most over all read rounds (9, against 5 'gê' and 5 'giê'). 'VGB' on its own
   (no read phrase) keeps 'viêm gan bê'. Spelled, round 24, 49 and 53 gain a phrase (either
   announcer) but round 30 (either) and 46 (first announcer) lose one: their announcer A says
   'viêm gan bê', and the spelled Gs and 'Hib's differ phrase by phrase.
2. The durian 'Monthong' is 'môn thong': 'môn' 8, 'mon' 1, of 9 phrase-readings that wrote it
   in syllables, in five rounds (4 more kept it in Latin letters); the second syllable is
   'thong' 5, 'thông' 5, 'thoong' 2, so it stays. 'môn thong' gains no read phrase (the other
   four fail on 'ký', 'thông', 'tho ra') and round 47 loses one whose announcer gave both.
   Landed in session 22: rounds 68, 71 and 74 (three provinces, south and highlands) said
   'môn' in all nine readings; round 68 gains a line, no line of rounds 68-74 is lost.

Kept, with their counts (phrase-readings, forms may sum past them):
- a law's year ('Luật Đất đai 2024') without 'năm': 'năm' 44, without 37, of 44; announcer A
  gave both in all 22, announcer B 'năm' only in 7 of 22 (tests/test_notice_round15_conventions);
- a day 1–10 with no 'ngày' written: where the reader says no 'mùng' (387), without 358, 'mùng'
  320; where it says 'mùng' after 'sáng', 'đêm'… (46), without 43, 'mùng' 37; where it adds
  'ngày' (312), 'ngày' 299, without 224; where it adds none (121), without 118;
- 'ngày 5-6/12' is 'năm và sáu': 'và' 90, 'đến' 70, a pause 76, of 122; a longer span 'đến'
  174 of 174; 'từ đêm 7/9 đến 9/9' adds 'ngày' to the second day: 5 and 5, of 6.
The other leads (loan words' clusters, other vaccine codes, the fallback's letters, 'phút' after
a time, 'tư', 'năm' in a QCVN code) reached no rule: their counts are in
/work/team/notes/r16conv.md.
"""

from __future__ import annotations

import pytest

from announcements.normalize import spoken_form

HELD_BACK = pytest.mark.xfail(
    strict=True,
    reason="counted 10:2, held back: a read round would drop (see the module docstring)",
)

VACCINE_CODES: list[tuple[str, str]] = [
    ("Trạm Y tế xã tiêm vắc xin DPT-VGB-Hib cho trẻ 2 tháng tuổi.",
     "Trạm Y tế xã tiêm vắc xin đê pê tê vê gờ bê híp cho trẻ hai tháng tuổi."),
    ("Đưa trẻ đi tiêm mũi 3 vắc xin 5 trong 1 (DPT-VGB-Hib) vào thứ Sáu.",
     "Đưa trẻ đi tiêm mũi ba vắc xin năm trong một (đê pê tê vê gờ bê híp) vào thứ Sáu."),
]  # fmt: skip

GUARDS: list[tuple[str, str]] = [
    # each code on its own keeps its reading
    ("Tiêm vắc xin VGB cho trẻ sơ sinh trong ngày đầu.",
     "Tiêm vắc xin viêm gan bê cho trẻ sơ sinh trong ngày đầu."),
    ("Tiêm nhắc vắc xin DPT cho trẻ 18 tháng tuổi.",
     "Tiêm nhắc vắc xin đê pê tê cho trẻ mười tám tháng tuổi."),
    # a name the lexicon does not hold keeps its fallback 'mô' (and its capital)
    ("Bếp ăn dùng bột ngọt Ajinomoto và hành tây.",
     "Bếp ăn dùng bột ngọt a gi nô mô tô và hành tây."),
]  # fmt: skip

DURIANS: list[tuple[str, str]] = [
    ("Hợp tác xã thu mua sầu riêng Monthong giá 80.000 đồng/kg.",
     "Hợp tác xã thu mua sầu riêng môn thong giá tám mươi nghìn đồng một ki lô gam."),
    ("Vườn MONTHONG của ông Ba đạt chuẩn xuất khẩu.",
     "Vườn môn thong của ông Ba đạt chuẩn xuất khẩu."),
]  # fmt: skip

KEPT: list[tuple[str, str]] = [
    ("Xử phạt theo Luật Giao thông đường bộ 2008.",
     "Xử phạt theo Luật Giao thông đường bộ năm hai nghìn không trăm linh tám."),
    ("Cắt điện sáng 7/12 để sửa đường dây.",
     "Cắt điện sáng mùng bảy tháng mười hai để sửa đường dây."),
    ("Nhận hồ sơ từ 3/12 tại bộ phận một cửa.",
     "Nhận hồ sơ từ ngày ba tháng mười hai tại bộ phận một cửa."),
    ("Hội thi diễn ra ngày 8-9/12 tại nhà văn hóa.",
     "Hội thi diễn ra ngày mùng tám và mùng chín tháng mười hai tại nhà văn hóa."),
    ("Từ đêm 12 đến ngày 14/11 có mưa to.",
     "Từ đêm mười hai đến ngày mười bốn tháng mười một có mưa to."),
]  # fmt: skip


@HELD_BACK
@pytest.mark.parametrize(("written", "spoken"), VACCINE_CODES)
def test_counted_forms_of_session_sixteen_are_read(written: str, spoken: str) -> None:
    assert spoken_form(written) == spoken


@pytest.mark.parametrize(("written", "spoken"), GUARDS + KEPT)
def test_conventions_counted_again_keep_the_reader_form(written: str, spoken: str) -> None:
    assert spoken_form(written) == spoken


@pytest.mark.parametrize(("written", "spoken"), DURIANS)
def test_the_durian_is_said_mon_as_counted(written: str, spoken: str) -> None:
    assert spoken_form(written) == spoken
