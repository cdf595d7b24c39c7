"""Vietnamese reading, two conventions settled by counting announcers (issue 16, session 11).

1. A time written with 30 minutes ('6h30', '19g30', '7:30', "7h30'", '7 giờ 30p') is said
   'H giờ ba mươi', alone, in a range or in a list, never 'phút': over eight held-out files
   (rounds 21–24, two announcers each) 37 phrases were read only without 'phút', 7 both ways,
   none only with it. Other minutes keep 'phút' when the time stands alone ('21h15', '6h45':
   5 phrases only with it, 2 only without, 9 both). 'phút' written out is read as written,
   and a time with seconds keeps it ('10h30'15"' needs the minute named).
2. A bracketed range of two full dates with the same day and month and different years, after
   the words of an anniversary ('Kỷ niệm 78 năm Ngày Thương binh – Liệt sĩ (27/7/1947 –
   27/7/2025)'), is said without 'ngày': in all 24 such readings (12 phrases, two announcers)
   no announcer said it. A period of work keeps 'ngày', even one of whole years ('Hợp đồng
   (01/01/2024 – 01/01/2026)'), and so does a 'ngày' the notice writes.

The phrases and their readings were written before the reader was run on them."""

from __future__ import annotations

import pytest
from test_notice_reading import assert_reads_in_linear_time

from announcements.normalize import spoken_form

HALF_PAST: list[tuple[str, str]] = [
    # alone, by every way of writing it
    ("Họp lúc 7h30 thứ Sáu.", "Họp lúc bảy giờ ba mươi thứ Sáu."),
    ("Xuất phát lúc 6h30 sáng.", "Xuất phát lúc sáu giờ ba mươi sáng."),
    ("Khai mạc lúc 19h30.", "Khai mạc lúc mười chín giờ ba mươi."),
    ("Họp lúc 19g30.", "Họp lúc mười chín giờ ba mươi."),
    ("Khai mạc lúc 7:30 sáng.", "Khai mạc lúc bảy giờ ba mươi sáng."),
    ("Tập trung lúc 7h30'.", "Tập trung lúc bảy giờ ba mươi."),
    ("Tập trung lúc 7h30p.", "Tập trung lúc bảy giờ ba mươi."),
    ("Họp lúc 7 giờ 30.", "Họp lúc bảy giờ ba mươi."),
    ("Họp lúc 7 giờ 30'.", "Họp lúc bảy giờ ba mươi."),
    ("Họp lúc 7 giờ 30p.", "Họp lúc bảy giờ ba mươi."),
    ("Họp lúc 7 giờ 30ph.", "Họp lúc bảy giờ ba mươi."),
    # added after the first run: '7h30ph' was spelled ('bảy hát ba mươi pê hát')
    ("Họp lúc 7h30ph.", "Họp lúc bảy giờ ba mươi."),
    ("Pháo hoa lúc 0h30 ngày 1/1.", "Pháo hoa lúc không giờ ba mươi ngày một tháng một."),
    ("Thời gian: 13h30, ngày 25/11/2025.",
     "Thời gian: mười ba giờ ba mươi, ngày hai mươi lăm tháng mười một năm hai nghìn không trăm "
     "hai mươi lăm."),
    # in a range and in a list
    ("Làm việc từ 7h-11h30.", "Làm việc từ bảy giờ đến mười một giờ ba mươi."),
    ("Từ 7h30 đến 9h.", "Từ bảy giờ ba mươi đến chín giờ."),
    ("Cắt điện 7h30 - 8h30.", "Cắt điện bảy giờ ba mươi đến tám giờ ba mươi."),
    ("Cắt điện từ 22h30 ngày 3/12 đến 4h ngày 4/12.",
     "Cắt điện từ hai mươi hai giờ ba mươi ngày ba tháng mười hai đến bốn giờ ngày bốn tháng "
     "mười hai."),
    ("Cấm biển từ 15h30 hôm nay đến 6h sáng mai.",
     "Cấm biển từ mười lăm giờ ba mươi hôm nay đến sáu giờ sáng mai."),
    ("Phát sóng lúc 5h30, 11h30 và 17h30.",
     "Phát sóng lúc năm giờ ba mươi, mười một giờ ba mươi và mười bảy giờ ba mươi."),
    ("Lúc 7h30 họp, kết thúc lúc 10h45.",
     "Lúc bảy giờ ba mươi họp, kết thúc lúc mười giờ bốn mươi lăm phút."),
]  # fmt: skip

OTHER_MINUTES: list[tuple[str, str]] = [
    ("Lễ truy điệu lúc 21h15.", "Lễ truy điệu lúc hai mươi mốt giờ mười lăm phút."),
    ("Xe xuất phát lúc 5h15 sáng.", "Xe xuất phát lúc năm giờ mười lăm phút sáng."),
    ("Khởi hành 6h45.", "Khởi hành sáu giờ bốn mươi lăm phút."),
    ("Họp lúc 9 giờ 15p.", "Họp lúc chín giờ mười lăm phút."),
    ("Họp lúc 14:20.", "Họp lúc mười bốn giờ hai mươi phút."),
    ("Họp lúc 7h15ph.", "Họp lúc bảy giờ mười lăm phút."),  # added after the first run
    # 'phút' written, a time with seconds, a duration and a position keep it
    ("Họp lúc 7 giờ 30 phút.", "Họp lúc bảy giờ ba mươi phút."),
    ("Động đất lúc 10h30'15\".", "Động đất lúc mười giờ ba mươi phút mười lăm giây."),
    ("Buổi tập kéo dài 30 phút.", "Buổi tập kéo dài ba mươi phút."),
    ("Nghỉ giải lao trong 30'.", "Nghỉ giải lao trong ba mươi phút."),
    ("Nấu trong 30ph.", "Nấu trong ba mươi phút."),
    ("Vị trí tâm bão 17°30'N.", "Vị trí tâm bão mười bảy độ ba mươi phút vĩ bắc."),
]  # fmt: skip

ANNIVERSARIES: list[tuple[str, str]] = [
    ("Kỷ niệm 78 năm Ngày Thương binh – Liệt sĩ (27/7/1947 – 27/7/2025).",
     "Kỷ niệm bảy mươi tám năm Ngày Thương binh Liệt sĩ (hai mươi bảy tháng bảy năm một "
     "nghìn chín trăm bốn mươi bảy đến hai mươi bảy tháng bảy năm hai nghìn không trăm hai "
     "mươi lăm)."),
    ("Kỷ niệm 56 năm thực hiện Di chúc của Chủ tịch Hồ Chí Minh (2/9/1969 - 2/9/2025).",
     "Kỷ niệm năm mươi sáu năm thực hiện Di chúc của Chủ tịch Hồ Chí Minh (hai tháng chín năm "
     "một nghìn chín trăm sáu mươi chín đến hai tháng chín năm hai nghìn không trăm hai mươi "
     "lăm)."),
    ("Kỷ niệm 81 năm Ngày thành lập Quân đội nhân dân Việt Nam (22/12/1944 – 22/12/2025).",
     "Kỷ niệm tám mươi mốt năm Ngày thành lập Quân đội nhân dân Việt Nam (hai mươi hai tháng "
     "mười hai năm một nghìn chín trăm bốn mươi tư đến hai mươi hai tháng mười hai năm hai "
     "nghìn không trăm hai mươi lăm)."),
    ("Kỷ niệm 95 năm Ngày thành lập Đảng Cộng sản Việt Nam (03/02/1930 – 03/02/2025).",
     "Kỷ niệm chín mươi lăm năm Ngày thành lập Đảng Cộng sản Việt Nam (ba tháng hai năm một "
     "nghìn chín trăm ba mươi đến ba tháng hai năm hai nghìn không trăm hai mươi lăm)."),
    ("Chào mừng 80 năm Quốc khánh (2/9/1945 - 2/9/2025).",
     "Chào mừng tám mươi năm Quốc khánh (hai tháng chín năm một nghìn chín trăm bốn mươi lăm "
     "đến hai tháng chín năm hai nghìn không trăm hai mươi lăm)."),
    # a remembrance is an anniversary too (lead, at the merge)
    ("Tưởng niệm 60 năm Ngày mất của liệt sĩ Nguyễn Văn Trỗi (15/10/1964 – 15/10/2024).",
     "Tưởng niệm sáu mươi năm Ngày mất của liệt sĩ Nguyễn Văn Trỗi (mười lăm tháng mười năm một "
     "nghìn chín trăm sáu mươi tư đến mười lăm tháng mười năm hai nghìn không trăm hai mươi tư)."),
]  # fmt: skip

DAY_STAYS: list[tuple[str, str]] = [
    # a period of work, of days or of whole years
    ("Đợt kiểm tra (01/12/2025 – 15/12/2025).",
     "Đợt kiểm tra (ngày một tháng mười hai năm hai nghìn không trăm hai mươi lăm đến mười lăm "
     "tháng mười hai năm hai nghìn không trăm hai mươi lăm)."),
    ("Hợp đồng có hiệu lực (01/01/2024 – 01/01/2026).",
     "Hợp đồng có hiệu lực (ngày một tháng một năm hai nghìn không trăm hai mươi tư đến một "
     "tháng một năm hai nghìn không trăm hai mươi sáu)."),
    ("Thời hạn thuê đất 50 năm (01/01/2005 - 01/01/2055).",
     "Thời hạn thuê đất năm mươi năm (ngày một tháng một năm hai nghìn không trăm linh năm đến "
     "một tháng một năm hai nghìn không trăm năm mươi lăm)."),
    # 'ngày' written stays, said once
    ("Kỷ niệm 78 năm Ngày Thương binh – Liệt sĩ (ngày 27/7/1947 – 27/7/2025).",
     "Kỷ niệm bảy mươi tám năm Ngày Thương binh Liệt sĩ (ngày hai mươi bảy tháng bảy năm một "
     "nghìn chín trăm bốn mươi bảy đến hai mươi bảy tháng bảy năm hai nghìn không trăm hai "
     "mươi lăm)."),
    # added after the first run: an anniversary's words in the sentence before do not count
    ("Kỷ niệm 78 năm Ngày Thương binh. Hợp đồng (01/01/2024 – 01/01/2026).",
     "Kỷ niệm bảy mươi tám năm Ngày Thương binh. Hợp đồng (ngày một tháng một năm hai nghìn "
     "không trăm hai mươi tư đến một tháng một năm hai nghìn không trăm hai mươi sáu)."),
    # different days of this century after an anniversary's words: the celebration's days
    # (a span of history, '(19/8/1945 – 2/9/1945)', says none since round 39)
    ("Kỷ niệm 80 năm Cách mạng tháng Tám (19/8/2025 – 2/9/2025).",
     "Kỷ niệm tám mươi năm Cách mạng tháng Tám (ngày mười chín tháng tám năm hai nghìn không "
     "trăm hai mươi lăm đến hai tháng chín năm hai nghìn không trăm hai mươi lăm)."),
]  # fmt: skip


@pytest.mark.parametrize(("written", "spoken"), HALF_PAST + OTHER_MINUTES)
def test_half_past_is_said_without_phut_and_other_minutes_with_it(
    written: str, spoken: str
) -> None:
    assert spoken_form(written) == spoken


@pytest.mark.parametrize(("written", "spoken"), ANNIVERSARIES + DAY_STAYS)
def test_a_bracketed_anniversary_says_no_ngay_and_a_period_keeps_it(
    written: str, spoken: str
) -> None:
    assert spoken_form(written) == spoken


HOSTILE = (
    "Kỷ niệm 7 năm (1/1/2000 – 1/1/2007) ", "(1/1/2000 – 1/1/2007) ", "Kỷ niệm (", "mừng ",
    "lúc 7 giờ 30' ", "7h30ph ", "7 giờ 30ph ",
)  # fmt: skip
"""Shapes of this file's rules, repeated: each must be read in time linear in its length."""


@pytest.mark.parametrize("unit", HOSTILE)
def test_reading_time_grows_linearly_with_the_round_eleven_rules(unit: str) -> None:
    assert_reads_in_linear_time(unit)
