"""Faults noticed and left in session sixteen, and rules narrower than their class (issue 16):
a body's head word said once ('Ban BCĐ'), letters whose meaning the words round them give
('TT.HĐND', 'Tổ TTCĐ', 'giấy phép HĐKD', 'BCHQS tỉnh'), one lowercase weekday with its date
('t6 4/12'), a road's spaced code after 'tuyến' and in a list, named days whose bracketed date
says no 'ngày', a trainee back from abroad, a supermarket chain's other shops, more
administrative letters. Each group holds variants written with their readings before the
reader was run on them, and guards that look alike and must not change."""

from __future__ import annotations

import pytest
from test_notice_reading import assert_reads_in_linear_time

from announcements.normalize import spoken_form

HEAD_SAID_ONCE: list[tuple[str, str]] = [
    # a body's head word before its letters is said once, as an announcer says 'Ban chỉ đạo'
    ("Ban BTTND xã họp lúc 8 giờ.", "Ban thanh tra nhân dân xã họp lúc tám giờ."),
    ("Ban BCĐ phòng chống dịch xã thông báo.", "Ban chỉ đạo phòng chống dịch xã thông báo."),
    ("Trưởng ban BCĐ xã chủ trì.", "Trưởng ban chỉ đạo xã chủ trì."),
    ("Ban BQL chợ thông báo.", "Ban quản lý chợ thông báo."),
    ("Đoàn ĐTN xã ra quân.", "Đoàn thanh niên xã ra quân."),
    ("Ban BCH Hội CCB xã họp.", "Ban chấp hành Hội cựu chiến binh xã họp."),
    ("Hội HND xã họp.", "Hội nông dân xã họp."),
    # guards: a head that ends a compound is said again ('đại hội' of the union); a word that
    # is no body's head may be said twice
    ("Đại hội HND xã lần thứ X.", "Đại hội hội nông dân xã lần thứ mười."),
    ("Đại hội HLHPN xã khai mạc.", "Đại hội hội liên hiệp phụ nữ xã khai mạc."),
    # 'dịch' said once after 'ổ dịch' since blind round 94 (r28read3)
    ("Phát hiện ổ dịch DTLCP tại thôn 2.",
     "Phát hiện ổ dịch tả lợn châu phi tại thôn hai."),
]  # fmt: skip

MEANT_BY_CONTEXT: list[tuple[str, str]] = [
    # 'TT' written with a point before a body is its standing committee, as without one
    ("TT.HĐND xã thông báo kỳ họp.", "thường trực hội đồng nhân dân xã thông báo kỳ họp."),
    ("Ý kiến của TT.HĐND huyện.", "Ý kiến của thường trực hội đồng nhân dân huyện."),
    ("TT. UBND xã đề nghị các thôn.", "thường trực ủy ban nhân dân xã đề nghị các thôn."),
    # guards: 'TT.' before a place's name is a town
    ("TT. Phú Mỹ có lịch cắt điện.", "thị trấn Phú Mỹ có lịch cắt điện."),
    ("Tại TT. Hòa Bình, huyện Kỳ Sơn.", "Tại thị trấn Hòa Bình, huyện Kỳ Sơn."),
    # a commune's media team, and the posters of a campaign; no 'trung tâm cao đẳng'
    ("Tổ TTCĐ thôn 3 nhắc bà con.", "Tổ truyền thông cộng đồng thôn ba nhắc bà con."),
    ("Triển lãm tranh TTCĐ tại nhà văn hóa.",
     "Triển lãm tranh tuyên truyền cổ động tại nhà văn hóa."),
    # guard: nothing tells which: spelled
    ("Kế hoạch TTCĐ năm 2026.",
     "Kế hoạch tê tê xê đê năm hai nghìn không trăm hai mươi sáu."),
    # business activity, no council
    ("Cấp giấy phép HĐKD cho hộ kinh doanh.",
     "Cấp giấy phép hoạt động kinh doanh cho hộ kinh doanh."),
    ("Hộ tạm ngừng HĐKD phải báo cơ quan thuế.",
     "Hộ tạm ngừng hoạt động kinh doanh phải báo cơ quan thuế."),
    ("Tình hình HĐSXKD của HTX.", "Tình hình hoạt động sản xuất kinh doanh của hợp tác xã."),
    # guard: 'HĐ' alone keeps its contract
    ("Ký HĐ lao động với công nhân.", "Ký hợp đồng lao động với công nhân."),
    # a province's military command is a 'bộ', as 'BCH QS tỉnh' is
    ("BCHQS tỉnh tổ chức huấn luyện.", "bộ chỉ huy quân sự tỉnh tổ chức huấn luyện."),
    ("Theo BCHQS tỉnh Nghệ An.", "Theo bộ chỉ huy quân sự tỉnh Nghệ An."),
    # guards: a district's and a commune's are a 'ban', and the letters still compose
    ("Chỉ huy trưởng BCHQS huyện dự.", "Chỉ huy trưởng ban chỉ huy quân sự huyện dự."),
    ("BCHQS xã ra quân.", "ban chỉ huy quân sự xã ra quân."),
    ("BCHQSH Yên Lạc thông báo.", "ban chỉ huy quân sự huyện Yên Lạc thông báo."),
    ("BCHQSTP Hà Tĩnh thông báo.", "ban chỉ huy quân sự thành phố Hà Tĩnh thông báo."),
]  # fmt: skip

ONE_WEEKDAY_WITH_ITS_DATE: list[tuple[str, str]] = [
    # one lowercase day before its date is the weekday, as two or more are
    ("Họp phụ huynh t6 4/12 lúc 8h.",
     "Họp phụ huynh thứ sáu ngày bốn tháng mười hai lúc tám giờ."),
    ("Lịch tiêm chủng: t7 (5/12), từ 7h30.",
     "Lịch tiêm chủng: thứ bảy (ngày năm tháng mười hai), từ bảy giờ ba mươi."),
    ("Sáng t3, 8/12 họp chi bộ.", "Sáng thứ ba, ngày tám tháng mười hai họp chi bộ."),
    ("Tối t5 ngày 10/12 chiếu phim.", "Tối thứ năm ngày mười tháng mười hai chiếu phim."),
    # guards: after a thing's name the letters are its code; no date, no day; a fraction
    ("Hàng tồn ở tầng t6 4/12 chưa chuyển.",
     "Hàng tồn ở tầng tê sáu ngày bốn tháng mười hai chưa chuyển."),
    ("Trạm t5 12/3 mất điện.", "Trạm tê năm ngày mười hai tháng ba mất điện."),
    ("Xe buýt t2 chạy tuyến mới.", "Xe buýt tê hai chạy tuyến mới."),
    ("Tỷ lệ t6 4/125 đạt.", "Tỷ lệ tê sáu bốn trên một trăm hai mươi lăm đạt."),
]  # fmt: skip

SPACED_ROAD_CODES: list[tuple[str, str]] = [
    # after 'tuyến' as after 'đường', and the next roads of a list (r16gen's left-alone pair)
    ("Thi công nâng cấp tuyến ĐX 07 từ ngày 5/12.",
     "Thi công nâng cấp tuyến đê ích không bảy từ ngày năm tháng mười hai."),
    ("Cấm xe trên các đường ĐX 07, ĐX 08 và ĐX 12.",
     "Cấm xe trên các đường đê ích không bảy, đê ích không tám và đê ích mười hai."),
    # guards: a kind of road keeps its name; no road before, the crop's season
    ("Mở rộng tuyến ĐH 12 qua thôn 4.", "Mở rộng tuyến đường huyện mười hai qua thôn bốn."),
    ("Chuyến ĐX 07 khởi hành.", "Chuyến đông xuân bảy khởi hành."),
    ("Năm 2024, ĐX 12 đạt.",
     "Năm hai nghìn không trăm hai mươi tư, đông xuân mười hai đạt."),
]  # fmt: skip

NAMED_DAYS: list[tuple[str, str]] = [
    # a named day's bracketed date says no 'ngày', as a holiday's (round 38's class)
    ("Nghỉ lễ Quốc tế Lao động (1/5) một ngày.",
     "Nghỉ lễ Quốc tế Lao động (một tháng năm) một ngày."),
    ("Kỷ niệm ngày Giải phóng miền Nam (30/4).",
     "Kỷ niệm ngày Giải phóng miền Nam (ba mươi tháng tư)."),
    # guard: after 'đến' a date keeps its 'ngày'
    ("Từ Quốc tế Lao động đến 5/5.", "Từ Quốc tế Lao động đến ngày năm tháng năm."),
]  # fmt: skip

TRAINEES: list[tuple[str, str]] = [
    # a trainee back from abroad (round 44's class)
    ("Hỗ trợ TTS về nước tìm việc làm.", "Hỗ trợ thực tập sinh về nước tìm việc làm."),
    ("Tư vấn việc làm cho TTS hồi hương.", "Tư vấn việc làm cho thực tập sinh hồi hương."),
    # guard: speech software
    ("Phần mềm TTS đọc văn bản.", "Phần mềm tê tê ét đọc văn bản."),
]  # fmt: skip


SUPERMARKETS: list[tuple[str, str]] = [
    # the chain's other shops say 'co óp' as 'Co.opmart' does (round 47's class)
    ("Mua tại siêu thị Co.op Food Tân Phú.", "Mua tại siêu thị co óp phút Tân Phú."),
    ("Siêu thị Co.opXtra Thủ Đức giảm giá.", "Siêu thị co óp ếch tra Thủ Đức giảm giá."),
    # guard: the supermarket itself
    ("Mua gạo tại siêu thị Co.opmart Dĩ An.", "Mua gạo tại siêu thị co óp mát Dĩ An."),
]  # fmt: skip


ADMINISTRATIVE_FAMILIES: list[tuple[str, str]] = [
    # more of round 16's families of administrative letters (20 variants, these 4 were spelled)
    ("Hộ SXKDG được khen thưởng.", "Hộ sản xuất kinh doanh giỏi được khen thưởng."),
    ("Tổ chức ĐHCB nhiệm kỳ 2025-2030.",
     "Tổ chức đại hội chi bộ nhiệm kỳ hai nghìn không trăm hai mươi lăm đến hai nghìn không "
     "trăm ba mươi."),
    ("Vận động ĐVHV tham gia.", "Vận động đoàn viên, hội viên tham gia."),
    ("Trao tặng KNC vì sự nghiệp.", "Trao tặng kỷ niệm chương vì sự nghiệp."),
    # a university's letters are its name, as 'ĐHĐN' is (round 48's class, r16gen's left-alone)
    ("Sinh viên ĐHCT về thực tập.", "Sinh viên đại học cần thơ về thực tập."),
    ("Trường Đại học Y Dược - ĐHH tuyển sinh.",
     "Trường Đại học Y Dược, đại học huế tuyển sinh."),
    ("Giảng viên ĐHTN hướng dẫn trồng chè.",
     "Giảng viên đại học thái nguyên hướng dẫn trồng chè."),
    # guard: the same letters inside a code
    ("Mã KNC2025 đã nhận.", "Mã ca en xê hai không hai năm đã nhận."),
]  # fmt: skip


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        *HEAD_SAID_ONCE,
        *MEANT_BY_CONTEXT,
        *ONE_WEEKDAY_WITH_ITS_DATE,
        *SPACED_ROAD_CODES,
        *NAMED_DAYS,
        *TRAINEES,
        *SUPERMARKETS,
        *ADMINISTRATIVE_FAMILIES,
    ],
)
def test_left_faults_and_widened_classes_are_read_on_every_instance(
    written: str, spoken: str
) -> None:
    assert spoken_form(written) == spoken


HOSTILE = (
    "Ban BQL ",
    "TT.HĐND ",
    "t6 4/12 ",
    "tuyến ĐX 07, ",
    "ĐX 07, ",
)
"""Shapes of this file's widened rules, repeated: each must be read in time linear in its length."""


@pytest.mark.parametrize("unit", HOSTILE)
def test_reading_time_grows_linearly_with_the_widened_rules(unit: str) -> None:
    assert_reads_in_linear_time(unit)
