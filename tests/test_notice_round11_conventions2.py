"""Vietnamese reading, five more conventions settled by counting announcers (issue 16,
session 11). The lead counted twelve held-out files (rounds 21–25 and 28, two announcers
each); none of the reader's old forms was said by any announcer.

1. A range of wind force, waves or alert levels ('cấp 8-9', 'giật cấp 10-11', 'cấp độ 3-4')
   is 'cấp tám đến cấp chín': 0 of 10 readings said 'cấp tám, cấp chín'. School levels
   ('trường cấp 2-3') are not a range of force and keep their reading.
2. 'cm', 'cm2', 'cm3' are 'xăng ti mét (vuông, khối)': 0 of 6 readings of cm3 and neither
   round-24 announcer of cm said 'xen ti mét'. 'phân khối' written stays.
3. 'edu' in an address or a name ('moet.edu.vn', 'VnEdu') is 'e đu': 'e đu' ×3, 'ê đu' ×1,
   'e đê u' never. A word that only begins with 'Edu' is not spelled so.
4. A day and month right after the name of a holiday ('Quốc khánh 2/9', 'lễ 30/4', 'Giỗ Tổ
   10/3') is said without 'ngày': 0 of 8 readings inserted it. A 'ngày' the notice writes
   stays, and a date after 'từ' keeps its reading; after 'dịp' it says none either (round
   32's eight readings, session 12).
5. The octane grade 'RON 95', 'RON95-III' is 'rôn chín mươi lăm': every announcer who said
   'RON' said 'rôn'. 'RON' not followed by its number is spelled as before.

The phrases and their readings were written before the reader was run on them."""

from __future__ import annotations

import pytest
from test_notice_reading import assert_reads_in_linear_time

from announcements.normalize import spoken_form

WIND_RANGES: list[tuple[str, str]] = [
    ("Gió mạnh cấp 8-9, giật cấp 10-11.",
     "Gió mạnh cấp tám đến cấp chín, giật cấp mười đến cấp mười một."),
    ("Vùng gần tâm bão mạnh cấp 12-13, giật cấp 15.",
     "Vùng gần tâm bão mạnh cấp mười hai đến cấp mười ba, giật cấp mười lăm."),
    ("Gió đông bắc mạnh cấp 6, giật cấp 8-9; biển động.",
     "Gió đông bắc mạnh cấp sáu, giật cấp tám đến cấp chín; biển động."),
    ("Sóng biển cấp 4-5.", "Sóng biển cấp bốn đến cấp năm."),
    ("Rủi ro thiên tai cấp độ 3-4.", "Rủi ro thiên tai cấp độ ba đến cấp độ bốn."),
    ("Bão mạnh cấp 10 – 11.", "Bão mạnh cấp mười đến cấp mười một."),
    ("Gió giật cấp 14-15.", "Gió giật cấp mười bốn đến cấp mười lăm."),
    # added after the first run: a numeral range, and 'trường hợp' is no school
    ("Rủi ro thiên tai cấp độ III-IV.", "Rủi ro thiên tai cấp độ ba đến cấp độ bốn."),
    ("Gió cấp 8-9 trong trường hợp bão mạnh lên.",
     "Gió cấp tám đến cấp chín trong trường hợp bão mạnh lên."),
]  # fmt: skip

WIND_STAYS: list[tuple[str, str]] = [
    ("Gió cấp 3.", "Gió cấp ba."),
    ("Gió mạnh cấp 6, giật cấp 8.", "Gió mạnh cấp sáu, giật cấp tám."),
    ("Học sinh trường cấp 2-3 Tân Lập.", "Học sinh trường cấp hai, cấp ba Tân Lập."),
    ("Giải bóng đá cấp 2-3 Trường Tân Lập.", "Giải bóng đá cấp hai, cấp ba Trường Tân Lập."),
    ("Học sinh trường cấp II-III.", "Học sinh trường cấp hai, cấp ba."),
]  # fmt: skip

CENTIMETRES: list[tuple[str, str]] = [
    ("Cây giống cao 20-30 cm.", "Cây giống cao hai mươi đến ba mươi xăng ti mét."),
    ("Trồng cách nhau 25cm.", "Trồng cách nhau hai mươi lăm xăng ti mét."),
    ("Biển hiệu kích thước 20x30 cm.", "Biển hiệu kích thước hai mươi nhân ba mươi xăng ti mét."),
    ("Xe máy dưới 50 cm3 không cần bằng lái.",
     "Xe máy dưới năm mươi xăng ti mét khối không cần bằng lái."),
    ("Xe có dung tích xi lanh từ 50 cm³ trở lên.",
     "Xe có dung tích xi lanh từ năm mươi xăng ti mét khối trở lên."),
    ("Vết thương rộng 4 cm2.", "Vết thương rộng bốn xăng ti mét vuông."),
    ("Lượng mưa 2,5 cm.", "Lượng mưa hai phẩy năm xăng ti mét."),
]  # fmt: skip

CENTIMETRE_STAYS: list[tuple[str, str]] = [
    ("Xe 110 phân khối.", "Xe một trăm mười phân khối."),
    ("Mang theo CMND.", "Mang theo chứng minh nhân dân."),
]  # fmt: skip

EDU: list[tuple[str, str]] = [
    ("Tra cứu tại moet.edu.vn.", "Tra cứu tại em ô e tê chấm e đu chấm vê en."),
    ("Xem điểm trên ứng dụng VnEdu.", "Xem điểm trên ứng dụng vê en e đu."),
]  # fmt: skip

EDU_STAYS: list[tuple[str, str]] = [
    ("Trung tâm Educa.", "Trung tâm Ê đu ca."),
    ("Công ty Edupia.", "Công ty Ê đu pi a."),
]  # fmt: skip
"""Words that only begin with 'Edu': read as on main."""

HOLIDAYS: list[tuple[str, str]] = [
    ("Nghỉ lễ Quốc khánh 2/9.", "Nghỉ lễ Quốc khánh hai tháng chín."),
    ("Chào mừng Đại lễ 2/9.", "Chào mừng Đại lễ hai tháng chín."),
    ("Kỳ nghỉ lễ 30/4 năm nay kéo dài 5 ngày.",
     "Kỳ nghỉ lễ ba mươi tháng tư năm nay kéo dài năm ngày."),
    ("Dâng hương Giỗ Tổ 10/3.", "Dâng hương Giỗ Tổ mười tháng ba."),
    ("Vui Tết Trung thu 15/8.", "Vui Tết Trung thu mười lăm tháng tám."),
    ("Chào mừng Ngày Quốc khánh 2/9/2025.",
     "Chào mừng Ngày Quốc khánh hai tháng chín năm hai nghìn không trăm hai mươi lăm."),
    ("Nhân dịp lễ 30/4, xã tổ chức giải bóng đá.",
     "Nhân dịp lễ ba mươi tháng tư, xã tổ chức giải bóng đá."),
    # added after the first run: the name's last word before the date, a list of two days
    ("Dâng hương Giỗ Tổ Hùng Vương 10/3.", "Dâng hương Giỗ Tổ Hùng Vương mười tháng ba."),
    ("Nghỉ lễ 30/4 và 1/5.", "Nghỉ lễ ba mươi tháng tư và một tháng năm."),
    # session 12: after 'dịp' too, as round 32's announcers said it
    ("Treo cờ nhân dịp 2/9.", "Treo cờ nhân dịp hai tháng chín."),
]  # fmt: skip

HOLIDAY_STAYS: list[tuple[str, str]] = [
    ("Nghỉ lễ ngày 2/9.", "Nghỉ lễ ngày hai tháng chín."),
    ("Nghỉ lễ từ 30/4 đến 3/5.", "Nghỉ lễ từ ngày ba mươi tháng tư đến ngày ba tháng năm."),
    ("Họp 2/9.", "Họp ngày hai tháng chín."),
]  # fmt: skip

RON: list[tuple[str, str]] = [
    ("Xăng RON95-III giảm 300 đồng.", "Xăng rôn chín mươi lăm mức ba giảm ba trăm đồng."),
    ("Giá xăng RON 95 tăng.", "Giá xăng rôn chín mươi lăm tăng."),
    ("Xăng E5 RON92-II.", "Xăng e năm rôn chín mươi hai mức hai."),
    # added after the first run: main spelled 'RON' glued to its number without a grade
    ("Giá xăng RON95 giảm.", "Giá xăng rôn chín mươi lăm giảm."),
    ("Xăng E5RON92 giảm.", "Xăng e năm rôn chín mươi hai giảm."),
    # 'RON' without its number: as on main
    ("Công ty RON Việt.", "Công ty rôn Việt."),
]  # fmt: skip


@pytest.mark.parametrize(
    ("written", "spoken"),
    WIND_RANGES + WIND_STAYS + CENTIMETRES + CENTIMETRE_STAYS + EDU + EDU_STAYS + HOLIDAYS
    + HOLIDAY_STAYS + RON,
)  # fmt: skip
def test_the_five_conventions_are_read_as_announcers_read_them(written: str, spoken: str) -> None:
    assert spoken_form(written) == spoken


HOSTILE = ("cấp 8-9 ", "cấp độ 3-4 ", "lễ 2/9 ", "Quốc khánh ", "RON95-III ", "edu.", "20x30 cm ")
"""Shapes of this file's rules, repeated: each must be read in time linear in its length."""


@pytest.mark.parametrize("unit", HOSTILE)
def test_reading_time_grows_linearly_with_the_round_eleven_conventions(unit: str) -> None:
    assert_reads_in_linear_time(unit)
