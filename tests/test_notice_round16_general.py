"""Classes fixed from held-out rounds in sessions 12 to 16, widened to the instances their
first rule, written around one example, missed (issue 16): a second date in a list after an
occasion, 'VAT' after 'tính' or 'sau', a mistyped disease other than the first three, a
bracket's year after a space, a code restated in the second item of a list, telecoms after
'bưu chính,', a share of 'ứng viên', a plural's range written with 'đến', a score whose match
is named after it, a road's spaced code before a pause, a known pair with spaces round its
dash, a new urban area's 'I'. Each group holds
variants written with their readings before the reader was run on them, and guards that look
alike and must not change."""

from __future__ import annotations

import pytest
from test_notice_reading import assert_reads_in_linear_time

from announcements.normalize import spoken_form

OCCASIONS_LISTED: list[tuple[str, str]] = [
    # the second date of a list after 'đợt' or 'dịp' says no 'ngày', as the first and as a
    # holiday's list ('nghỉ lễ 30/4 và 1/5'): round 49's and round 32's classes
    ("Tiêm chủng các đợt 27/7 và 22/12.",
     "Tiêm chủng các đợt hai mươi bảy tháng bảy và hai mươi hai tháng mười hai."),
    ("Thăm hỏi gia đình chính sách dịp 27/7 và 22/12.",
     "Thăm hỏi gia đình chính sách dịp hai mươi bảy tháng bảy và hai mươi hai tháng mười hai."),
    # guards: a date after a pause, and after 'ngày', keep their 'ngày'
    ("Trao quà dịp Tết, 22/12 họp tổng kết.",
     "Trao quà dịp Tết, ngày hai mươi hai tháng mười hai họp tổng kết."),
    ("Họp ngày 12/11 và 20/11.",
     "Họp ngày mười hai tháng mười một và ngày hai mươi tháng mười một."),
]  # fmt: skip

VALUE_ADDED_TAX: list[tuple[str, str]] = [
    # a price before or after the tax (round 53's class, 'chưa gồm VAT')
    ("Đơn giá chưa tính VAT là 15.000 đồng.",
     "Đơn giá chưa tính thuế giá trị gia tăng là mười lăm nghìn đồng."),
    ("Giá sau VAT là 110.000 đồng.", "Giá sau thuế giá trị gia tăng là một trăm mười nghìn đồng."),
    # guard: the tetanus vaccine
    ("Sản phụ tiêm VAT tại trạm.", "Sản phụ tiêm vê a tê tại trạm."),
]  # fmt: skip

MISTYPED_DISEASES: list[tuple[str, str]] = [
    # any disease of four letters or more, one (not the first) mistyped (round 49's class)
    ("Trẻ được tiêm vắc xin VNNN mũi 2.", "Trẻ được tiêm vắc xin viêm não nhật bản mũi hai."),
    ("Phòng chống bệnh VDNX trên trâu bò.", "Phòng chống bệnh viêm da nổi cục trên trâu bò."),
    # guards: two letters off; no word that leads a disease
    ("Tiêm vắc xin VNBN cho trẻ.", "Tiêm vắc xin vê en bê en cho trẻ."),
    ("Công ty VNNN khai trương.", "Công ty vê en en en khai trương."),
]  # fmt: skip

DEFINED_WITH_A_YEAR: list[tuple[str, str]] = [
    # the year after a space, as after a dash (round 48's class, '(KVPT-25)')
    ("Ngày hội văn hóa năm 2025 (NHVH 2025) bế mạc.",
     "Ngày hội văn hóa năm hai nghìn không trăm hai mươi lăm bế mạc."),
    ("Hội khỏe Phù Đổng năm 2026 (HKPĐ 26) khai mạc.",
     "Hội khỏe Phù Đổng năm hai nghìn không trăm hai mươi sáu khai mạc."),
    # guard: letters that are not the words before are read
    ("Phát phiếu khảo sát (XKB 2025) cho các hộ.",
     "Phát phiếu khảo sát (ích ca bê hai nghìn không trăm hai mươi lăm) cho các hộ."),
]  # fmt: skip

CODES_IN_BRACKETS: list[tuple[str, str]] = [
    # the next item of a list of named things restates its code too (round 42's class)
    ("Kiểm tra trạm Hòa Bình 1 (T1), Hòa Bình 2 (T2).",
     "Kiểm tra trạm Hòa Bình một (tê một), Hòa Bình hai (tê hai)."),
    ("Cắt điện TBA Tân An 3 (T3), Tân An 4 (T4) từ 7h.",
     "Cắt điện trạm biến áp Tân An ba (tê ba), Tân An bốn (tê bốn) từ bảy giờ."),
    # guard: weekdays after dates in a list
    ("Họp ngày 12/11 (T3), ngày 13/11 (T4).",
     "Họp ngày mười hai tháng mười một (thứ ba), ngày mười ba tháng mười một (thứ tư)."),
]  # fmt: skip

TELECOMS: list[tuple[str, str]] = [
    # 'bưu chính, VT' with a comma (round 49's class, 'bưu chính VT')
    ("Lĩnh vực bưu chính, VT phát triển mạnh.", "Lĩnh vực bưu chính, viễn thông phát triển mạnh."),
    # guard: the clerk's copy
    ("Nơi nhận: như trên, lưu VT.", "Nơi nhận: như trên, lưu văn thư."),
]  # fmt: skip

SHARES_OF_PEOPLE: list[tuple[str, str]] = [
    # candidates for a post, 'ứng viên', as 'ứng cử viên' (round 40's class)
    ("Năm nay, 3/3 ứng viên đạt yêu cầu.", "Năm nay, ba trên ba ứng viên đạt yêu cầu."),
    ("Kết quả: 4/5 ứng viên trúng tuyển.", "Kết quả: bốn trên năm ứng viên trúng tuyển."),
    # guard: after 'ngày' it is a date
    ("Ngày 3/3 ứng viên nộp hồ sơ.", "Ngày ba tháng ba ứng viên nộp hồ sơ."),
]  # fmt: skip

PLURAL_RANGES: list[tuple[str, str]] = [
    # 'đến' written between two dates after 'các ngày' (round 32's class, 'các ngày 20-22')
    ("Nghỉ các ngày 1/5 đến 3/5.", "Nghỉ các ngày một tháng năm đến ba tháng năm."),
    ("Trực những ngày 2/9 tới 4/9.", "Trực những ngày hai tháng chín tới bốn tháng chín."),
    # guard: without the plural the word is said again
    ("Nghỉ ngày 1/5 đến 3/5.", "Nghỉ ngày một tháng năm đến ngày ba tháng năm."),
]  # fmt: skip

SCORES: list[tuple[str, str]] = [
    # after 'kết quả' a match's report that follows the score, not only one before it (round
    # 30's class, 'Chung kết …: kết quả 2-1')
    ("Kết quả 3-2, đội thôn Bắc vô địch.", "Kết quả ba hai, đội thôn Bắc vô địch."),
    ("Kết quả 1-1, hai đội đá luân lưu.", "Kết quả một một, hai đội đá luân lưu."),
    # guards: a count of teams, a report in the next sentence
    ("Kết quả: 3-4 đội bóng chưa đăng ký.", "Kết quả: ba đến bốn đội bóng chưa đăng ký."),
    ("Kết quả có sau 2-3 ngày. Đội y tế trả tận nhà.",
     "Kết quả có sau hai đến ba ngày. Đội y tế trả tận nhà."),
]  # fmt: skip

SPACED_ROAD_CODES: list[tuple[str, str]] = [
    # a road's code written apart before a pause, as before a word (round 47's class, 'đường
    # ĐX 05 đoạn …')
    ("Nâng cấp đường ĐX 07.", "Nâng cấp đường đê ích không bảy."),
    ("Đường ĐX 07, dài 2 km, đã thông xe.",
     "Đường đê ích không bảy, dài hai ki lô mét, đã thông xe."),
    # guards: a provincial road, a crop's season
    ("Sửa đường ĐT 743.", "Sửa đường tỉnh bảy trăm bốn mươi ba."),
    ("Thu hoạch lúa vụ ĐX 2025, năng suất cao.",
     "Thu hoạch lúa vụ đông xuân năm hai nghìn không trăm hai mươi lăm, năng suất cao."),
]  # fmt: skip


SPACED_PAIRS: list[tuple[str, str]] = [
    # a known pair of fields written with spaces round its dash is the pair (round 44's 'VH-TT'
    # of a commune's centre, round 32's 'TNLĐ-BNN')
    ("Sân khấu Trung tâm VH - TT xã.", "Sân khấu Trung tâm văn hóa thể thao xã."),
    ("Phòng ngừa TNLĐ - BNN cho công nhân.",
     "Phòng ngừa tai nạn lao động, bệnh nghề nghiệp cho công nhân."),
    ("Phòng GD – ĐT huyện thông báo.", "Phòng giáo dục và đào tạo huyện thông báo."),
    # guards: three fields stay three (round 49); two bodies that are no known pair stay two
    ("Ban chỉ huy PCTT - TKCN & PTDS xã họp.",
     "Ban chỉ huy phòng chống thiên tai, tìm kiếm cứu nạn và phòng thủ dân sự xã họp."),
    ("Công văn gửi UBND - HĐND xã.", "Công văn gửi ủy ban nhân dân, hội đồng nhân dân xã."),
]  # fmt: skip

NUMBERED_SITES: list[tuple[str, str]] = [
    # a new urban area's 'I' as a park's (round 32's class, 'Khu công nghiệp Hoàng Mai I')
    ("Khu đô thị mới Nam Vĩnh Yên I đã bàn giao.",
     "Khu đô thị mới Nam Vĩnh Yên một đã bàn giao."),
    # guard: the quarter's 'I' after no name
    ("Khu đô thị mới sẽ hoàn thành vào quý I.", "Khu đô thị mới sẽ hoàn thành vào quý một."),
]  # fmt: skip


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        *OCCASIONS_LISTED,
        *VALUE_ADDED_TAX,
        *MISTYPED_DISEASES,
        *DEFINED_WITH_A_YEAR,
        *CODES_IN_BRACKETS,
        *TELECOMS,
        *SHARES_OF_PEOPLE,
        *PLURAL_RANGES,
        *SCORES,
        *SPACED_ROAD_CODES,
        *SPACED_PAIRS,
        *NUMBERED_SITES,
    ],
)
def test_widened_classes_are_read_on_every_instance(written: str, spoken: str) -> None:
    assert spoken_form(written) == spoken


HOSTILE = (
    "đợt 27/7 và ",
    "các ngày 1/5 đến ",
    "Hòa Bình 2 (T2), ",
    "năm 2025 (NHVH 2025) ",
    "kết quả 3-2, ",
    "đường ĐX 07. ",
    "VH - TT ",
    "TNLĐ – BNN - ",
)
"""Shapes of this file's widened rules, repeated: each must be read in time linear in its length."""


@pytest.mark.parametrize("unit", HOSTILE)
def test_reading_time_grows_linearly_with_the_widened_rules(unit: str) -> None:
    assert_reads_in_linear_time(unit)
