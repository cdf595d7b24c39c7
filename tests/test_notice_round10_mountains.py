"""Classes of misreading that held-out round 23 (the northern mountains and midlands, kept
outside the repository) showed. The phrases are new instances of each class, with guards that
look alike and must not change, written with their readings before the reader was run on them;
never the held-out phrases themselves."""

from __future__ import annotations

import pytest
from test_notice_reading import assert_reads_in_linear_time

from announcements.normalize import spoken_form

FORMS: list[tuple[str, str]] = [
    # a form written with a leading zero is named by its digits, as 'Đề án 06' is
    ("Nộp tờ khai theo mẫu 02 tại bộ phận một cửa.",
     "Nộp tờ khai theo mẫu không hai tại bộ phận một cửa."),
    ("Điền biểu mẫu 03 và nộp kèm bản sao giấy khai sinh.",
     "Điền biểu mẫu không ba và nộp kèm bản sao giấy khai sinh."),
    # guards: after 'số' the form is counted, a form without the zero is counted, and a 'mẫu'
    # of land is a measure
    ("Đơn theo mẫu số 02 gửi trưởng thôn.", "Đơn theo mẫu số hai gửi trưởng thôn."),
    ("Khai theo mẫu 3 kèm theo.", "Khai theo mẫu ba kèm theo."),
    ("Ruộng rộng 2 mẫu 05 sào.", "Ruộng rộng hai mẫu năm sào."),
]  # fmt: skip

STATIONS: list[tuple[str, str]] = [
    # an inspection station's code keeps the zero of its second group
    ("Đưa xe đến trạm đăng kiểm 29-05V để kiểm định.",
     "Đưa xe đến trạm đăng kiểm hai mươi chín không năm vê để kiểm định."),
    ("Trung tâm đăng kiểm 99-01S nghỉ thứ Bảy.",
     "Trung tâm đăng kiểm chín mươi chín không một ét nghỉ thứ Bảy."),
    # guards: a range of numbers and a range with a unit stay ranges
    ("Mưa phổ biến 20-30mm.", "Mưa phổ biến hai mươi đến ba mươi mi li mét."),
    ("Làm việc 7-11 giờ.", "Làm việc bảy đến mười một giờ."),
]  # fmt: skip

EXPRESSWAYS: list[tuple[str, str]] = [
    # an expressway's code 'CT.05' is a name: no 'chấm', and the zero is said
    ("Tuyến CT.05 đoạn qua xã tạm dừng lưu thông.",
     "Tuyến xê tê không năm đoạn qua xã tạm dừng lưu thông."),
    ("Cao tốc CT.03 thông xe từ hôm nay.", "Cao tốc xê tê không ba thông xe từ hôm nay."),
    ("Cao tốc CT.12 đã thông xe.", "Cao tốc xê tê mười hai đã thông xe."),
    # a dash between two interchanges of one expressway is a stretch, not a junction of roads;
    # an interchange's letters are said in English
    ("Cấm xe tải đoạn IC3 - IC5 cao tốc.", "Cấm xe tải đoạn ai xi ba đến ai xi năm cao tốc."),
    ("Sửa mặt đường đoạn IC7-IC9.", "Sửa mặt đường đoạn ai xi bảy đến ai xi chín."),
    # guard: two roads at a junction are still two roads (two rooms are a range: session 26)
    ("Họp tại phòng B2 - B4.", "Họp tại phòng bê hai đến bê bốn."),
    # guard: letters 'IC' without a number are a chip's, spelt as before
    ("Thay chip IC nguồn.", "Thay chíp i xê nguồn."),
    ("Cấm xe tải qua ngã ba QL3 - QL37.",
     "Cấm xe tải qua ngã ba quốc lộ ba, quốc lộ ba mươi bảy."),
]  # fmt: skip

NAMED_DAYS: list[tuple[str, str]] = [
    # a day's name may open with a weekday: 'ngày' is said once, in the name
    ("Hưởng ứng Ngày Chủ nhật xanh 28/9, các hộ dọn vệ sinh.",
     "Hưởng ứng Ngày Chủ nhật xanh ngày hai mươi tám tháng chín, các hộ dọn vệ sinh."),
    ("Ngày thứ Bảy tình nguyện 6/12 ra quân làm đường.",
     "Ngày thứ Bảy tình nguyện ngày sáu tháng mười hai ra quân làm đường."),
    # guards: a weekday then its week, or a day's name then the sentence, is no name
    ("Họp vào ngày Chủ nhật tuần tới 28/9.",
     "Họp vào ngày Chủ nhật tuần tới ngày hai mươi tám tháng chín."),
    ("Ngày hội tổ chức sáng Chủ nhật 14/9.",
     "Ngày hội tổ chức sáng Chủ nhật mười bốn tháng chín."),
]  # fmt: skip

ALL = FORMS + STATIONS + EXPRESSWAYS + NAMED_DAYS


@pytest.mark.parametrize(("written", "spoken"), ALL)
def test_round_23_classes_are_read_as_an_announcer_reads_them(written: str, spoken: str) -> None:
    assert spoken_form(written) == spoken


HOSTILE = ("mẫu 0", "kiểm 29-0", "CT.0", "IC1-", "Ngày thứ Bảy a 1/")
"""Shapes of this file's rules, repeated: each must be read in time linear in its length."""


@pytest.mark.parametrize("unit", HOSTILE)
def test_reading_time_grows_linearly_with_the_round_23_rules(unit: str) -> None:
    assert_reads_in_linear_time(unit)
