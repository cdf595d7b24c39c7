"""The reader's faults in round 49 (Hà Tĩnh and coastal Nghệ An, issue 16), by class: a fishing
vessel's province code written in capitals, spelled ('HT-90123-TS'); a date after 'đợt' said
without 'ngày', as after 'dịp'; three fields written with two joiners ('PCTT-TKCN&PTDS') saying
'và' once, before the last; 'VT' after information technology ('CNTT-VT'), telecoms; a
disease's letters mistyped by one after 'vắc xin' ('LMLN'); 'Formosa' with 'sa'. The phrases
are new instances of each class, with guards that look alike and must not change, written with
their readings before the reader was run on them."""

from __future__ import annotations

import pytest
from test_notice_reading import assert_reads_in_linear_time

from announcements.normalize import spoken_form

VESSEL_LETTERS: list[tuple[str, str]] = [
    # a vessel's province code in capitals is spelled (round 49: 10 of 10 readings, 'hát tê',
    # 'en a'/'nờ a'; round 46: 4 of 4, 'ca giê'; all read rounds: 15 spelled, 5 the province,
    # of 16, test_notice_round15_conventions), its digits one by one
    ("Tàu cá HT-91234-TS cập cảng Cửa Sót.",
     "Tàu cá hát tê chín một hai ba bốn tê ét cập cảng Cửa Sót."),
    ("Chủ tàu NA 90876 TS nộp hồ sơ.", "Chủ tàu en a chín không tám bảy sáu tê ét nộp hồ sơ."),
    ("Tàu QB-98765-TS mất liên lạc.", "Tàu quy bê chín tám bảy sáu năm tê ét mất liên lạc."),
    # a code written with a small letter is spelled too (round 71; round 30 had said the
    # province, five readings of six: ten spelled against five in all)
    ("Tàu QNg-90123-TS về bến.", "Tàu quy en giê chín không một hai ba tê ét về bến."),
    ("Chủ tàu BTh-98765-TS đã nộp phạt.",
     "Chủ tàu bê tê hát chín tám bảy sáu năm tê ét đã nộp phạt."),
    ("Gửi thư tại BĐ xã.", "Gửi thư tại bưu điện xã."),
]  # fmt: skip

BATCH_DATES: list[tuple[str, str]] = [
    # a date after 'đợt' names the batch and says no 'ngày' (round 49: 4 of 4 readings)
    ("Trao quà đợt 27/7 cho các gia đình chính sách.",
     "Trao quà đợt hai mươi bảy tháng bảy cho các gia đình chính sách."),
    ("Tiêm vắc xin Đợt 5/12/2025 tại trạm y tế.",
     "Tiêm vắc xin Đợt năm tháng mười hai năm hai nghìn không trăm hai mươi lăm tại trạm y tế."),
    # guards: a batch's number and year, and a 'ngày' the notice writes
    ("Đợt 2/2025 khám tuyển nghĩa vụ.",
     "Đợt hai năm hai nghìn không trăm hai mươi lăm khám tuyển nghĩa vụ."),
    ("Khám đợt 1 ngày 7/11 tại xã.", "Khám đợt một ngày bảy tháng mười một tại xã."),
]  # fmt: skip

THREE_FIELDS: list[tuple[str, str]] = [
    # two fields read with 'và' and a third joined by '&' say 'và' once, before the last
    # (round 49: 4 of 4 readings)
    ("Ban Chỉ huy PCTT&TKCN&PTDS huyện họp.",
     "Ban Chỉ huy phòng chống thiên tai, tìm kiếm cứu nạn và phòng thủ dân sự huyện họp."),
    ("Thành lập Ban chỉ huy PCTT-TKCN&PTDS của phường.",
     "Thành lập Ban chỉ huy phòng chống thiên tai, tìm kiếm cứu nạn và phòng thủ dân sự của "
     "phường."),
    # guards: another body after 'và', two ministries
    ("Ban chỉ huy PCTT-TKCN và UBND xã họp.",
     "Ban chỉ huy phòng chống thiên tai và tìm kiếm cứu nạn và ủy ban nhân dân xã họp."),
    ("Sở NN&MT và Sở KH&CN phối hợp.",
     "Sở nông nghiệp và môi trường và Sở khoa học và công nghệ phối hợp."),
]  # fmt: skip


TELECOMS: list[tuple[str, str]] = [
    # 'VT' after information technology or the post is telecoms (round 49: 4 of 4 readings)
    ("Phòng CNTT&VT huyện tuyển dụng.",
     "Phòng công nghệ thông tin và viễn thông huyện tuyển dụng."),
    ("Đẩy mạnh ứng dụng CNTT-VT trong cải cách hành chính.",
     "Đẩy mạnh ứng dụng công nghệ thông tin, viễn thông trong cải cách hành chính."),
    ("Ngành bưu chính VT đạt doanh thu cao.", "Ngành bưu chính viễn thông đạt doanh thu cao."),
    # guards: a company's trade, a copy kept by the clerk
    ("Công ty VT Hà Tĩnh tuyển lái xe.", "Công ty vận tải Hà Tĩnh tuyển lái xe."),
    ("Nơi nhận: lưu VT.", "Nơi nhận: lưu văn thư."),
]  # fmt: skip

MISTYPED_DISEASES: list[tuple[str, str]] = [
    # a disease's letters mistyped by one (not the first) after 'vắc xin', 'bệnh', 'tiêm
    # phòng' are still the disease (round 49: 4 of 4 readings said 'lở mồm long móng')
    ("Tiêm phòng vắc xin LMLN cho đàn bò.", "Tiêm phòng vắc xin lở mồm long móng cho đàn bò."),
    ("Phát hiện ổ bệnh DTLCB tại thôn 3.",
     "Phát hiện ổ bệnh dịch tả lợn châu phi tại thôn ba."),
    # guards: the first letter off, two letters off, no disease before
    ("Tiêm vắc xin BMLM cho bò.", "Tiêm vắc xin bê em e lờ em cho bò."),
    ("Tiêm vắc xin LMNN cho bò.", "Tiêm vắc xin e lờ em en en cho bò."),
    ("Công ty LMLN khai trương.", "Công ty e lờ em e lờ en khai trương."),
]  # fmt: skip

LOAN_WORDS: list[tuple[str, str]] = [
    # the steel works on Hà Tĩnh's coast: 'sa', as the press writes it (round 49: 4 of 4)
    ("Công ty Formosa Hà Tĩnh chi trả bồi thường.",
     "Công ty phoóc mô sa Hà Tĩnh chi trả bồi thường."),
]  # fmt: skip


@pytest.mark.parametrize(
    ("written", "spoken"),
    [*VESSEL_LETTERS, *BATCH_DATES, *THREE_FIELDS, *TELECOMS, *MISTYPED_DISEASES, *LOAN_WORDS],
)
def test_round_49_classes_are_read_as_an_announcer_reads_them(written: str, spoken: str) -> None:
    assert spoken_form(written) == spoken


HOSTILE = ("HT-91234-TS ", "đợt 27/7 ", "PCTT-TKCN&PTDS ", "CNTT-VT ", "vắc xin LMLN ")
"""Shapes of this file's rules, repeated: each must be read in time linear in its length."""


@pytest.mark.parametrize("unit", HOSTILE)
def test_reading_time_grows_linearly_with_the_round_49_rules(unit: str) -> None:
    assert_reads_in_linear_time(unit)
