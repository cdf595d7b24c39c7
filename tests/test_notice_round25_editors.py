"""Session 25: the faults broadcast editors left when they judged the reader blind, by class,
each with new phrases in notice language and look-alikes that must not change. The readings
were written before the reader was run on them.

1. One school, crop or sports year written with a dash is said as its two years with
   nothing between ('năm học 2025-2026'), as with a slash; ranges of years keep 'đến'.
7. The 'e' of a national service after 'VN' joins the 'N': 'VNeID' → 'vê nê ai đi'."""

from __future__ import annotations

import pytest
from test_notice_reading import assert_reads_in_linear_time

from announcements.normalize import spoken_form

Y25_26 = "hai nghìn không trăm hai mươi lăm hai nghìn không trăm hai mươi sáu"

ONE_SEASON_OF_TWO_YEARS: list[tuple[str, str]] = [
    ("Khai giảng năm học 2025-2026 vào ngày 5/9.",
     f"Khai giảng năm học {Y25_26} vào ngày năm tháng chín."),
    ("Kế hoạch NH 2025-2026 của trường.", f"Kế hoạch năm học {Y25_26} của trường."),
    ("Học phí NH 2025-26, NH 2025/2026.", f"Học phí năm học {Y25_26}, năm học {Y25_26}."),
    ("Kỷ yếu niên khóa 2024 - 2025.",
     "Kỷ yếu niên khóa hai nghìn không trăm hai mươi tư hai nghìn không trăm hai mươi lăm."),
    ("Tổng kết năm học 2025–2026.", f"Tổng kết năm học {Y25_26}."),
    ("NĂM HỌC 2025 — 2026", f"năm học {Y25_26}"),
    ("Năm học: 2025-26.", f"Năm học: {Y25_26}."),
    ("Niên vụ cà phê 2025-2026 giá tăng.", f"Niên vụ cà phê {Y25_26} giá tăng."),
    ("Gieo cấy vụ Đông Xuân 2025-2026 đúng lịch.", f"Gieo cấy vụ Đông Xuân {Y25_26} đúng lịch."),
    ("Chăm sóc lúa đông xuân 2025 - 2026.", f"Chăm sóc lúa đông xuân {Y25_26}."),
    ("Vụ mía 2025-2026 thắng lợi.", f"Vụ mía {Y25_26} thắng lợi."),
    ("Mùa giải 2025-2026 khởi tranh.", f"Mùa giải {Y25_26} khởi tranh."),
    ("Học bổng năm học 2024-2025 và 2025-2026.",
     f"Học bổng năm học hai nghìn không trăm hai mươi tư hai nghìn không trăm hai mươi lăm và "
     f"{Y25_26}."),
    # look-alikes: a range of years, a term, cohorts, cases in two years, years not in a row
    ("Kế hoạch giai đoạn 2021-2025.",
     "Kế hoạch giai đoạn hai nghìn không trăm hai mươi mốt đến hai nghìn không trăm hai mươi "
     "lăm."),
    ("Thực hiện từ 2025-2026.",
     "Thực hiện từ hai nghìn không trăm hai mươi lăm đến hai nghìn không trăm hai mươi sáu."),
    ("Đại hội nhiệm kỳ 2025-2030.",
     "Đại hội nhiệm kỳ hai nghìn không trăm hai mươi lăm đến hai nghìn không trăm ba mươi."),
    ("Các vụ vi phạm năm 2024-2025 giảm.",
     "Các vụ vi phạm năm hai nghìn không trăm hai mươi tư đến hai nghìn không trăm hai mươi "
     "lăm giảm."),
    ("Thanh niên sinh năm 2006-2007.",
     "Thanh niên sinh năm hai nghìn không trăm linh sáu đến năm hai nghìn không trăm linh bảy."),
    ("Khóa học 2023-2026 tốt nghiệp.",
     "Khóa học hai nghìn không trăm hai mươi ba đến hai nghìn không trăm hai mươi sáu tốt "
     "nghiệp."),
]  # fmt: skip


@pytest.mark.parametrize(("written", "spoken"), ONE_SEASON_OF_TWO_YEARS)
def test_one_season_of_two_years_is_said_as_its_years(written: str, spoken: str) -> None:
    assert spoken_form(written) == spoken


HOSTILE = ("năm học 2025-2026 ", "năm học 2025-", "vụ 2025 - 2026-2027 ", "2025-2026-")
"""Shapes of this file's rules, repeated: each must be read in time linear in its length."""


@pytest.mark.parametrize("unit", HOSTILE)
def test_reading_time_grows_linearly_with_the_session_25_rules(unit: str) -> None:
    assert_reads_in_linear_time(unit)


# ----- 7. the 'e' of a national service after 'VN' -----
VN_E_SERVICES: list[tuple[str, str]] = [
    ("Kích hoạt VNeID mức 2 tại Công an xã.", "Kích hoạt vê nê ai đi mức hai tại Công an xã."),
    ("TÀI KHOẢN VNEID", "tài khoản vê nê ai đi"),
    ("Tra cứu phạt nguội trên VNeTraffic.", "Tra cứu phạt nguội trên vê nê tra phích."),
    ("Trang vneid.gov.vn", "Trang vê nê ai đi chấm gốp chấm vê en"),
    # look-alikes: no 'N' before the 'e', or a word after capitals, stay as they were
    ("Cài VssID để xem thẻ BHYT.", "Cài vê ét ét ai đi để xem thẻ bảo hiểm y tế."),
    ("Nộp thuế qua eTax Mobile.", "Nộp thuế qua i tắc mô bai."),
    ("Xem điểm trên VnEdu.", "Xem điểm trên vê en e đu."),
]  # fmt: skip


@pytest.mark.parametrize(("written", "spoken"), VN_E_SERVICES)
def test_the_e_after_vn_is_said_with_the_n(written: str, spoken: str) -> None:
    assert spoken_form(written) == spoken
