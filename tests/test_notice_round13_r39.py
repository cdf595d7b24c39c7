"""The reader's faults in round 39 (the central north: Quảng Bình, Quảng Trị and Huế, issue
16), by class: a programme's code after a breed named earlier, a parallel's degrees, a sign's
words quoted in capitals, a commemorated day's bracketed date and a remembered span of days.
The phrases are new instances of each class, with guards that look alike and must not change,
written with their readings before the reader was run on them."""

from __future__ import annotations

import pytest
from test_notice_reading import assert_reads_in_linear_time

from announcements.normalize import spoken_form

PROGRAMME_AFTER_A_BREED: list[tuple[str, str]] = [
    # 'bò giống' is a breeding cow, no variety: a programme's code after 'từ', 'theo' or 'của'
    # is the programme's abbreviation and number (both of round 39's announcers)
    ("Hộ chị Lan nhận 50 con gà giống từ Chương trình MTQG 1719.",
     "Hộ chị Lan nhận năm mươi con gà giống từ Chương trình mục tiêu quốc gia mười bảy mười "
     "chín."),
    ("Trao 20 con lợn giống cho hộ nghèo theo Chương trình MTQG 1719.",
     "Trao hai mươi con lợn giống cho hộ nghèo theo Chương trình mục tiêu quốc gia mười bảy "
     "mười chín."),
    ("Nhận 10 con dê giống của Dự án MTQG 1719.",
     "Nhận mười con dê giống của Dự án mục tiêu quốc gia mười bảy mười chín."),
    # guards: varieties right after 'giống', a crop's name, a code before the preposition
    ("Phát giống lúa BC15, TBR225 cho bà con.",
     "Phát giống lúa bê xê mười lăm, tê bê e rờ hai hai năm cho bà con."),
    ("Nhận giống ngô NK 7328 từ trạm khuyến nông.",
     "Nhận giống ngô en ca bảy ba hai tám từ trạm khuyến nông."),
    ("Cấp giống từ nguồn vốn hỗ trợ, gồm sắn KM94.",
     "Cấp giống từ nguồn vốn hỗ trợ, gồm sắn ca em chín mươi tư."),
]  # fmt: skip

DEGREES_OF_A_PARALLEL: list[tuple[str, str]] = [
    # after 'vĩ tuyến' or 'kinh tuyến' a degree says only its side, 'độ bắc', not the 'vĩ'
    # again (both of round 39's announcers)
    ("Tàu cá hoạt động từ vĩ tuyến 17°N trở ra phải vào bờ.",
     "Tàu cá hoạt động từ vĩ tuyến mười bảy độ bắc trở ra phải vào bờ."),
    ("Vùng biển phía Tây kinh tuyến 108,5°E nguy hiểm.",
     "Vùng biển phía Tây kinh tuyến một trăm linh tám phẩy năm độ đông nguy hiểm."),
    ("Cấm ra khơi trong vùng từ vĩ tuyến 15°N đến 17,5°N.",
     "Cấm ra khơi trong vùng từ vĩ tuyến mười lăm độ bắc đến mười bảy phẩy năm độ bắc."),
    # guards: a position with no line named, a line far before
    ("Tâm bão ở khoảng 17,2°N-107,5°E.",
     "Tâm bão ở khoảng mười bảy phẩy hai độ vĩ bắc, một trăm linh bảy phẩy năm độ kinh đông."),
    ("Vĩ tuyến 17 chia cắt hai miền, tâm áp thấp ở 16°N.",
     "Vĩ tuyến mười bảy chia cắt hai miền, tâm áp thấp ở mười sáu độ vĩ bắc."),
]  # fmt: skip

A_SIGN_IN_CAPITALS: list[tuple[str, str]] = [
    # a sign's words quoted in capitals are words, 'BOM' too ('bom', not 'bê ô em': round 39,
    # both announcers), as in a line typed all in capitals
    ('Dựng biển "CẢNH BÁO - BOM MÌN" tại rẫy.', 'Dựng biển "cảnh báo, bom mìn" tại rẫy.'),
    ('Treo biển "ĐIỆN CAO THẾ - CẤM TRÈO" ở trạm.', 'Treo biển "điện cao thế, cấm trèo" ở trạm.'),
    ("Cắm biển “CẤM LẠI GẦN - CÓ BOM” quanh hố.", "Cắm biển “cấm lại gần, có bom” quanh hố."),
    # guards: an abbreviation among them, capitals not quoted
    ('Biển "CẤM VÀO - UBND XÃ" đặt ở cổng.', 'Biển "cấm vào, ủy ban nhân dân xã" đặt ở cổng.'),
    ("Liên hệ BOM xã để nhận hàng.", "Liên hệ bê ô em xã để nhận hàng."),
]  # fmt: skip

A_DAYS_BRACKETED_DATE: list[tuple[str, str]] = [
    # a commemorated day's date in brackets after its name says no 'ngày', as it says none
    # unbracketed ('Ngày thành lập Đoàn 26/3'): round 39, both announcers
    ("Mít tinh kỷ niệm 80 năm Ngày thành lập Quân đội nhân dân Việt Nam (22/12).",
     "Mít tinh kỷ niệm tám mươi năm Ngày thành lập Quân đội nhân dân Việt Nam (hai mươi hai "
     "tháng mười hai)."),
    ("Gặp mặt nhân Ngày Thương binh - Liệt sĩ (27/7) tại hội trường.",
     "Gặp mặt nhân Ngày Thương binh Liệt sĩ (hai mươi bảy tháng bảy) tại hội trường."),
    ("Chào mừng Ngày Nhà giáo Việt Nam (20/11), trường tổ chức hội diễn.",
     "Chào mừng Ngày Nhà giáo Việt Nam (hai mươi tháng mười một), trường tổ chức hội diễn."),
    # a festival ('Ngày hội') too (round 46: 4 of 4 readings); guard: a day written small
    # is no name
    ("Kỷ niệm ngày sinh Bác (19/5) tại nhà văn hóa.",
     "Kỷ niệm ngày sinh Bác (ngày mười chín tháng năm) tại nhà văn hóa."),
    ("Ngày hội Văn hóa các dân tộc (19/4) có nhiều trò chơi.",
     "Ngày hội Văn hóa các dân tộc (mười chín tháng tư) có nhiều trò chơi."),
]  # fmt: skip

A_SPAN_REMEMBERED: list[tuple[str, str]] = [
    # the bracketed days of a battle an anniversary remembers, in a year before 2000, say no
    # 'ngày' (round 39, both announcers), as an anniversary's two years do
    ("Kỷ niệm 57 năm chiến thắng Khe Sanh (21/1 - 9/7/1968).",
     "Kỷ niệm năm mươi bảy năm chiến thắng Khe Sanh (hai mươi mốt tháng một đến chín tháng "
     "bảy năm một nghìn chín trăm sáu mươi tám)."),
    ("Tưởng niệm 53 năm trận chiến bảo vệ Thành cổ (28/6/1972 - 16/9/1972) tại nghĩa trang.",
     "Tưởng niệm năm mươi ba năm trận chiến bảo vệ Thành cổ (hai mươi tám tháng sáu năm một "
     "nghìn chín trăm bảy mươi hai đến mười sáu tháng chín năm một nghìn chín trăm bảy mươi "
     "hai) tại nghĩa trang."),
    # guards: the days of this year's celebration, a span no anniversary names
    ("Lễ kỷ niệm 50 năm thành lập xã tổ chức (28/6 - 30/6/2026).",
     "Lễ kỷ niệm năm mươi năm thành lập xã tổ chức (ngày hai mươi tám tháng sáu đến ba mươi "
     "tháng sáu năm hai nghìn không trăm hai mươi sáu)."),
    ("Đợt tập huấn cũ (28/6 - 16/9/1998) đã kết thúc.",
     "Đợt tập huấn cũ (ngày hai mươi tám tháng sáu đến mười sáu tháng chín năm một nghìn chín "
     "trăm chín mươi tám) đã kết thúc."),
]  # fmt: skip

ALL = (
    PROGRAMME_AFTER_A_BREED
    + DEGREES_OF_A_PARALLEL
    + A_SIGN_IN_CAPITALS
    + A_DAYS_BRACKETED_DATE
    + A_SPAN_REMEMBERED
)


@pytest.mark.parametrize(("written", "spoken"), ALL)
def test_round_39_classes_are_read_as_an_announcer_reads_them(written: str, spoken: str) -> None:
    assert spoken_form(written) == spoken


HOSTILE = ('"BOM MÌN ', "vĩ tuyến 17°N đến ", "Ngày Nhà giáo (20/11) ", "con bò giống từ ")
"""Shapes of this file's rules, repeated: each must be read in time linear in its length."""


@pytest.mark.parametrize("unit", HOSTILE)
def test_reading_time_grows_linearly_with_the_round_39_rules(unit: str) -> None:
    assert_reads_in_linear_time(unit)
