"""The reader's faults in round 46 (the lower Mekong: Cà Mau, Bạc Liêu and Kiên Giang, issue
16), by class: a festival's or a named month's bracketed date, a unit's day written small,
degrees whose name is already said ('vĩ độ 7°N', 'độ đạm 40°N'), a level below zero in metres,
a decree numbered like a service line ('Nghị định 116'), grams in a litre near an hour, a
score with a plus ('450+') and an edition with its year ('lần 3 - 2025'). The phrases are new
instances of each class, with guards that look alike and must not change, written with their
readings before the reader was run on them."""

from __future__ import annotations

import pytest
from test_notice_reading import assert_reads_in_linear_time

from announcements.normalize import spoken_form

BRACKETED_NAMED_DATES: list[tuple[str, str]] = [
    # a festival's, a named month's and a unit's day's date in brackets says no 'ngày', as
    # unbracketed (round 46: 4 of 4 readings of each)
    ("Xã tổ chức Ngày hội Văn hóa các dân tộc (19/4) tại sân vận động.",
     "Xã tổ chức Ngày hội Văn hóa các dân tộc (mười chín tháng tư) tại sân vận động."),
    ("Tổ chức Tháng hành động vì trẻ em (1/6) trên toàn xã.",
     "Tổ chức Tháng hành động vì trẻ em (một tháng sáu) trên toàn xã."),
    ("Hưởng ứng Tháng Thanh niên (26/3) bằng ngày công lao động.",
     "Hưởng ứng Tháng Thanh niên (hai mươi sáu tháng ba) bằng ngày công lao động."),
    ("Gặp mặt nhân ngày truyền thống Công an xã (19/8/1945).",
     "Gặp mặt nhân ngày truyền thống Công an xã (mười chín tháng tám năm một nghìn chín trăm "
     "bốn mươi lăm)."),
    # guards: a birthday written small, a month's number, a plain deadline keep 'ngày'
    ("Kỷ niệm ngày sinh Bác (19/5) tại nhà văn hóa.",
     "Kỷ niệm ngày sinh Bác (ngày mười chín tháng năm) tại nhà văn hóa."),
    ("Họp chi bộ Tháng Ba (15/3) tại văn phòng ấp.",
     "Họp chi bộ Tháng Ba (ngày mười lăm tháng ba) tại văn phòng ấp."),
    ("Hạn nộp hồ sơ (15/3) không gia hạn.",
     "Hạn nộp hồ sơ (ngày mười lăm tháng ba) không gia hạn."),
]  # fmt: skip

DEGREES_NAMED_BEFORE: list[tuple[str, str]] = [
    # 'vĩ độ', 'kinh độ' name the line, so the degrees say only their side (round 46: 4 of 4)
    ("Tàu ở vĩ độ 8°N, kinh độ 104°E.",
     "Tàu ở vĩ độ tám độ bắc, kinh độ một trăm linh bốn độ đông."),
    # 'độ đạm' names the nitrogen, so its degrees say 'độ' alone (round 46: no reading said
    # 'độ đạm' twice)
    ("Nước mắm độ đạm 35°N giá 90.000đ/chai.",
     "Nước mắm độ đạm ba mươi lăm độ giá chín mươi nghìn đồng một chai."),
    # guards: a position alone, a fish sauce's grade without 'độ đạm'
    ("Áp thấp ở khoảng 12°N - 114°E.",
     "Áp thấp ở khoảng mười hai độ vĩ bắc, một trăm mười bốn độ kinh đông."),
    ("Nước mắm loại 40°N bán tại chợ.", "Nước mắm loại bốn mươi độ đạm bán tại chợ."),
]  # fmt: skip

BELOW_ZERO: list[tuple[str, str]] = [
    # a minus after a word, before metres, is a level below zero (round 46: both announcers
    # said 'âm' or 'trừ', none left it out)
    ("Mực nước chỉ còn -0,5 m so với mặt ruộng.",
     "Mực nước chỉ còn âm không phẩy năm mét so với mặt ruộng."),
    ("Đỉnh triều xuống -15 cm tại cống.", "Đỉnh triều xuống âm mười lăm xăng ti mét tại cống."),
    # guards: two numbers with a dash are a range
    ("Nước sâu 5 - 7 m.", "Nước sâu năm đến bảy mét."),
    ("Sóng cao 1,5-2 m.", "Sóng cao một phẩy năm đến hai mét."),
]  # fmt: skip

NUMBERED_PAPERS: list[tuple[str, str]] = [
    # a document's number is a number even where it is a service line's (round 46: all four
    # readings said 'một trăm mười sáu')
    ("Học sinh được hỗ trợ gạo theo Nghị định 116.",
     "Học sinh được hỗ trợ gạo theo Nghị định một trăm mười sáu."),
    ("Chi trả theo Thông tư 113.", "Chi trả theo Thông tư một trăm mười ba."),
    # guards: the service lines themselves are dialled
    ("Khi có cháy gọi 114.", "Khi có cháy gọi một một bốn."),
    ("Cấp cứu 115, công an 113.", "Cấp cứu một một năm, công an một một ba."),
]  # fmt: skip

GRAMS_IN_A_MEASURE: list[tuple[str, str]] = [
    # 'g/l' is grams in a litre even with an hour near (round 46: all four readings 'gam')
    ("Độ mặn đo được 5,1 g/l lúc 14h chiều qua.",
     "Độ mặn đo được năm phẩy một gam một lít lúc mười bốn giờ chiều qua."),
    ("Phun 20 g/m2 lúc chiều mát.", "Phun hai mươi gam một mét vuông lúc chiều mát."),
    # guards: an hour written 'g' among times
    ("Làm việc từ 7g đến 11g sáng.", "Làm việc từ bảy giờ đến mười một giờ sáng."),
]  # fmt: skip

OR_MORE: list[tuple[str, str]] = [
    # a plus after a score with nothing added is that score or more (round 46: no reading
    # said 'cộng', three 'trở lên')
    ("Tuyển lễ tân TOEIC 500+ làm việc tại khách sạn.",
     "Tuyển lễ tân tô ích năm trăm trở lên làm việc tại khách sạn."),
    ("Ưu tiên ứng viên có IELTS 5.5+ hoặc tương đương.",
     "Ưu tiên ứng viên có ai en năm phẩy năm trở lên hoặc tương đương."),
    # guards: a short number's plus names a track or a rating (round 24: 'hệ chín cộng'), a
    # sum, a calling code
    ("Phim dán nhãn 18+ không dành cho trẻ em.",
     "Phim dán nhãn mười tám cộng không dành cho trẻ em."),
    ("Trung tâm tuyển sinh hệ 9+ năm học mới.", "Trung tâm tuyển sinh hệ chín cộng năm học mới."),
    ("Kết quả 2+3 bằng 5.", "Kết quả hai cộng ba bằng năm."),
    ("Tỷ số 2+ 1.", "Tỷ số hai cộng một."),
]  # fmt: skip

EDITION_AND_YEAR: list[tuple[str, str]] = [
    # 'lần 3 - 2025' is the third edition, of 2025, never a range (round 46: none of four
    # said 'đến', two 'năm')
    ("Hội thao lần 5 - 2026 khai mạc sáng nay.",
     "Hội thao lần năm năm hai nghìn không trăm hai mươi sáu khai mạc sáng nay."),
    ("Đại hội lần thứ 4 - 2025 thành công.",
     "Đại hội lần thứ tư năm hai nghìn không trăm hai mươi lăm thành công."),
    # guard: a range of times
    ("Tiêm nhắc lần 2 - 3 tuần sau.", "Tiêm nhắc lần hai đến ba tuần sau."),
]  # fmt: skip


@pytest.mark.parametrize(
    ("written", "spoken"),
    BRACKETED_NAMED_DATES
    + DEGREES_NAMED_BEFORE
    + BELOW_ZERO
    + NUMBERED_PAPERS
    + GRAMS_IN_A_MEASURE
    + OR_MORE
    + EDITION_AND_YEAR,
)
def test_round_46_classes_are_read_as_an_announcer_reads_them(written: str, spoken: str) -> None:
    assert spoken_form(written) == spoken


HOSTILE = ("Tháng Thanh niên (", "vĩ độ 7°N ", "còn -0 m ", "3 g/l lúc ", "450+ ", "lần 3 - ")
"""Shapes of this file's rules, repeated: each must be read in time linear in its length."""


@pytest.mark.parametrize("unit", HOSTILE)
def test_reading_time_grows_linearly_with_the_round_46_rules(unit: str) -> None:
    assert_reads_in_linear_time(unit)
