"""Classes of misreading that held-out round 30 (coastal and island communes, kept outside the
repository) showed. The phrases are new instances of each class, with guards that look alike
and must not change, written with their readings before the reader was run on them; never the
held-out phrases themselves."""

from __future__ import annotations

import pytest
from test_notice_reading import assert_reads_in_linear_time

from announcements.normalize import spoken_form

VESSELS: list[tuple[str, str]] = [
    # a fishing vessel's number opens with its province's code, spelled (rounds 46 and 49),
    # with a small letter too (round 71: 'BTh' six readings of six)
    ("Tàu cá KG-92345-TS bị sóng đánh chìm gần đảo Thổ Chu.",
     "Tàu cá ca giê chín hai ba bốn năm tê ét bị sóng đánh chìm gần đảo Thổ Chu."),
    ("Chủ tàu BTh-98765-TS và tàu ĐNa-90111-TS đã nộp phạt.",
     "Chủ tàu bê tê hát chín tám bảy sáu năm tê ét và tàu đê en a chín không một một một tê "
     "ét đã nộp phạt."),
    ("Tàu QB 91234 TS mất liên lạc.", "Tàu quy bê chín một hai ba bốn tê ét mất liên lạc."),
    # guards: the same letters elsewhere keep their meaning, and a car's plate is a plate
    ("Mực nước sông Kôn trên BĐ2.", "Mực nước sông Kôn trên báo động hai."),
    ("Gửi thư tại BĐ xã.", "Gửi thư tại bưu điện xã."),
    ("Xe 51G-12345 vượt đèn đỏ.", "Xe năm một giê, một hai ba bốn năm vượt đèn đỏ."),
]  # fmt: skip

SCORES: list[tuple[str, str]] = [
    # 'kết quả' in a match's report leads a score, said without 'đến'
    ("Chung kết bóng đá xã: kết quả 2-1 nghiêng về đội thôn Đông.",
     "Chung kết bóng đá xã: kết quả hai một nghiêng về đội thôn Đông."),
    ("Trận bán kết bóng chuyền nữ, kết quả 3-0.", "Trận bán kết bóng chuyền nữ, kết quả ba không."),
    # guards: a result that counts days or communes is a range
    ("Kết quả xét nghiệm có sau 3-5 ngày.", "Kết quả xét nghiệm có sau ba đến năm ngày."),
    ("Kết quả: 3-4 xã chưa đạt.", "Kết quả: ba đến bốn xã chưa đạt."),
]  # fmt: skip

TEAMS: list[tuple[str, str]] = [
    # the working team of Đề án 06 bears the project's name, digit by digit
    ("Tổ công tác 06 của thôn đến từng hộ hướng dẫn.",
     "Tổ công tác không sáu của thôn đến từng hộ hướng dẫn."),
    ("Thành viên tổ công tác 06 xã họp lúc 8h.",
     "Thành viên tổ công tác không sáu xã họp lúc tám giờ."),
    # guards: teams counted, and a team's members counted
    ("Thành lập 03 tổ công tác.", "Thành lập ba tổ công tác."),
    ("Tổ công tác 05 người.", "Tổ công tác năm người."),
]  # fmt: skip

SEASONS: list[tuple[str, str]] = [
    # two years in a row after 'năm' are one season: 'năm' is said once
    ("Vụ đông xuân năm 2025-2026 gieo 500 ha lúa.",
     "Vụ đông xuân năm hai nghìn không trăm hai mươi lăm đến hai nghìn không trăm hai mươi sáu "
     "gieo năm trăm héc ta lúa."),
    ("Mùa mưa bão năm 2024-2025 gây thiệt hại lớn.",
     "Mùa mưa bão năm hai nghìn không trăm hai mươi tư đến hai nghìn không trăm hai mươi lăm gây "
     "thiệt hại lớn."),
    # guards: birth years are cohorts, and a longer span keeps 'năm' at both ends (after 'các'
    # the noun is said once: see test_notice_round12_r32.py)
    ("Gọi thanh niên sinh năm 2007-2008 đi khám.",
     "Gọi thanh niên sinh năm hai nghìn không trăm linh bảy đến năm hai nghìn không trăm linh tám "
     "đi khám."),
    ("Từ năm 2023-2025 xã xây 3 trường.",
     "Từ năm hai nghìn không trăm hai mươi ba đến năm hai nghìn không trăm hai mươi lăm xã xây "
     "ba trường."),
]  # fmt: skip

VACCINES: list[tuple[str, str]] = [
    # a vaccine's disease written short is said as the disease, as 'VNNB' is
    ("Tiêm vắc xin VGB sơ sinh trong 24 giờ đầu.",
     "Tiêm vắc xin viêm gan bê sơ sinh trong hai mươi tư giờ đầu."),
    ("Mũi DPT-VGB-Hib lần 3.", "Mũi đê pê tê viêm gan bê híp lần ba."),
]  # fmt: skip

LOANWORDS: list[tuple[str, str]] = [
    # the New Year's Eve countdown, as the announcers say 'count'
    ("Đêm Countdown chào năm mới tại quảng trường.",
     "Đêm cao đao chào năm mới tại quảng trường."),
]  # fmt: skip


@pytest.mark.parametrize(
    ("written", "spoken"), VESSELS + SCORES + TEAMS + SEASONS + VACCINES + LOANWORDS
)
def test_round_30_classes_are_read_as_an_announcer_reads_them(written: str, spoken: str) -> None:
    assert spoken_form(written) == spoken


@pytest.mark.parametrize("unit", ["Tàu KG-92345-TS, ", "kết quả 2-1 trận chung kết, "])
def test_reading_time_grows_linearly_with_the_round_30_rules(unit: str) -> None:
    assert_reads_in_linear_time(unit)
