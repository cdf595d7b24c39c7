"""Vietnamese reading, five conventions settled by counting announcers (issue 16, session 15).

Counted over the read rounds 21–25, 28–30, 32, 33, 35, 38–40, 42, 44, 46–49 and 53, two
announcers each; an announcer who gave two forms counts for both. The rule changes the reader
only where announcers prefer another form at least 2 to 1 over at least 8 phrase-readings. No
count reached it, so each convention below keeps the reader's form and is pinned here, with its
count, so that a later round's lead does not turn it over without counting again.

1. A school year 'năm học 2025-2026' said 'đến' between the years: 'đến' 93, a pause (comma)
   90, a dash 12, of 102 phrase-readings ('nhiệm kỳ' alike: 118, 101, 14 of 120). Session 25
   turned it over for a school, crop or sports year (the broadcast editors judging the reader
   blind marked 'đến' wrong; a pause or a dash had 102 readings of 102): the two years with
   nothing between, as with a slash since round 60. 'nhiệm kỳ' and other spans keep 'đến'.
2. A written 15th of a lunar month alone said 'rằm' here ('mười lăm' 8, 'rằm' 7, of 8; in a
   range or a list 'mười lăm', 18 against 5). Session 23 (r23read) counted rounds 69 and 80:
   'mười lăm' in nine readings of nine, 17 against 7 in all, so a 15th written in digits is
   now 'mười lăm' everywhere; a 'rằm' the notice writes stays.
3. A year after a law's name ('Luật Đất đai 2024') says no 'năm': 'năm' 42, without 35, of 42;
   a 'năm' the notice writes stays.
4. A document's code whose issuer the notice names right after it ('Quyết định số
   1582/QĐ-UBND ngày … của UBND tỉnh') is dropped: read 50, dropped 42, of 50; where no issuer
   follows, the code is read ('của ủy ban nhân dân'): read 182, dropped 14, of 182.
5. A vessel's province code in two capitals is spelled ('tê hát'): spelled 15, the province
   5, of 16 (session 15's change stands); one with a small letter ('QNg') was the province:
   5 against 4 spelled, of 6, too few to change, until round 71 spelled 'BTh' in six readings
   of six (ten against five: spelled since session 21).

The phrases and their readings were written before the reader was run on them."""

from __future__ import annotations

import pytest

from announcements.normalize import spoken_form

SCHOOL_YEARS: list[tuple[str, str]] = [
    ("Tuyển sinh lớp 6 năm học 2026-2027 từ ngày 10/7.",
     "Tuyển sinh lớp sáu năm học hai nghìn không trăm hai mươi sáu đến hai nghìn không trăm hai "
     "mươi bảy từ ngày mười tháng bảy."),
    ("Năm học 2025 – 2026, trường có 12 lớp.",
     "Năm học hai nghìn không trăm hai mươi lăm đến hai nghìn không trăm hai mươi sáu, trường "
     "có mười hai lớp."),
]  # fmt: skip

LUNAR_FIFTEENTHS: list[tuple[str, str]] = [
    ("Chợ phiên họp ngày 15/6 âm lịch.", "Chợ phiên họp ngày mười lăm tháng sáu âm lịch."),
    ("Lễ thả đèn hoa đăng tối 15/7 âm lịch tại bến sông.",
     "Lễ thả đèn hoa đăng tối mười lăm tháng bảy âm lịch tại bến sông."),
    ("Lễ cầu an ngày 15 tháng Giêng âm lịch tại chùa.",
     "Lễ cầu an ngày mười lăm tháng Giêng âm lịch tại chùa."),
    # a range of lunar days, and a solar 15th, say the number too
    ("Lễ hội diễn ra từ ngày 14-16/3 âm lịch.",
     "Lễ hội diễn ra từ ngày mười bốn đến ngày mười sáu tháng ba âm lịch."),
    ("Khai giảng ngày 15/8 tại hội trường.", "Khai giảng ngày mười lăm tháng tám tại hội trường."),
]  # fmt: skip

LAW_YEARS: list[tuple[str, str]] = [
    ("Thực hiện Luật Thủy sản 2017, ngư dân phải ghi nhật ký khai thác.",
     "Thực hiện Luật Thủy sản năm hai nghìn không trăm mười bảy, ngư dân phải ghi nhật ký khai "
     "thác."),
    ("Hành vi này bị xử lý theo Bộ luật Hình sự 2015.",
     "Hành vi này bị xử lý theo Bộ luật Hình sự năm hai nghìn không trăm mười lăm."),
    # guard: the notice's own 'năm' is said
    ("Tuyên truyền Luật Trồng trọt năm 2018 đến các hộ.",
     "Tuyên truyền Luật Trồng trọt năm hai nghìn không trăm mười tám đến các hộ."),
]  # fmt: skip

DOCUMENT_CODES: list[tuple[str, str]] = [
    ("Thực hiện Quyết định số 456/QĐ-UBND ngày 03/11/2025 của UBND xã về phòng chống dịch.",
     "Thực hiện Quyết định số bốn trăm năm mươi sáu ngày ba tháng mười một năm hai nghìn không"
     " trăm hai mươi lăm của ủy ban nhân dân xã về phòng chống dịch."),
    ("Chi bộ học tập Nghị quyết 18-NQ/TW của Ban Chấp hành Trung ương.",
     "Chi bộ học tập Nghị quyết mười tám của Ban Chấp hành Trung ương."),
    # guard: no issuer follows, so the code names it
    ("Theo Kế hoạch số 77/KH-UBND, xã ra quân dọn vệ sinh.",
     "Theo Kế hoạch số bảy mươi bảy của ủy ban nhân dân, xã ra quân dọn vệ sinh."),
]  # fmt: skip

VESSEL_CODES: list[tuple[str, str]] = [
    ("Tàu cá TH-91234-TS bị hỏng máy.", "Tàu cá tê hát chín một hai ba bốn tê ét bị hỏng máy."),
    ("Thuyền trưởng tàu BĐ-97001-TS đã được khen thưởng.",
     "Thuyền trưởng tàu bê đê chín bảy không không một tê ét đã được khen thưởng."),
    # a code with a small letter is spelled too since round 71 (see convention 5)
    ("Tàu QNg-95555-TS vào bờ tránh bão.",
     "Tàu quy en giê chín năm năm năm năm tê ét vào bờ tránh bão."),
]  # fmt: skip


@pytest.mark.parametrize(
    ("written", "spoken"),
    SCHOOL_YEARS + LUNAR_FIFTEENTHS + LAW_YEARS + DOCUMENT_CODES + VESSEL_CODES,
)
def test_conventions_of_session_fifteen_keep_the_counted_form(written: str, spoken: str) -> None:
    assert spoken_form(written) == spoken
