"""Session 28: the classes behind the judged faults of blind rounds 95 (Huế) and 96 (Tây Ninh),
each with new phrases of several kinds of notice, not the judged one alone:

1. 'g' after an hour's number is 'giờ' where it is a time: before a weekday, 'chủ nhật', 'cùng
   ngày'; after 'từ', 'trước', 'đến' … before a day or at its clause's end ('mở sớm từ 4g.').
   Grams keep 'gam' where something is weighed ('bón', 'gói') or nothing makes it a time.
2. A slash before a place or body people are counted out to ('02 đại biểu/ấp', '/thôn',
   '/tổ', '/khóm', '/xã') is 'một', never 'hoặc'; 'xã/phường', 'ấp 3/thôn 4' are two places.
3. Abbreviations said by their standard words: 'CMT8' the street, 'PLIV' phụ lục bốn (in a
   form's code too); letters in pieces after their own words ('KKT CM-LC') not said again, and
   the words wherever the notice uses them again; unknown letters before a disease's bracket
   ('DTHL (ASF)') left out.
4. A hall, a canal, a landing, a school named by a day of the nation says no 'ngày'.
5. A minority's syllable written with Z, F, J and Vietnamese marks keeps its tone ('Zèng' →
   'Dèng').
6. Gold's purity 'bốn số chín'; 'tr.đ' triệu đồng; a list's letter 'a)' not said; '1/2 viên'
   'nửa viên'.
7. A word that lost its mark where only one word can stand: 'sô 1' số, 'tai Hội trường' tại,
   '15.000 dồng' đồng ('thiên tai xã', 'thẻ tai số' keep theirs)."""

from __future__ import annotations

import pytest
from test_notice_reading import assert_reads_in_linear_time

from announcements.normalize import Reader, spoken_form

SOUTH_VOICE = "vi-vn-x-south"

READ: list[tuple[str, str]] = [
    ("Nộp hồ sơ đăng ký tạm trú về Công an xã trước 17g thứ 6 tuần này.",
     "Nộp hồ sơ đăng ký tạm trú về Công an xã trước mười bảy giờ thứ sáu tuần này."),
    ("Bưu điện xã nhận hồ sơ hưu trí đến 11g, ngày 15/7.",
     "Bưu điện xã nhận hồ sơ hưu trí đến mười một giờ, ngày mười lăm tháng bảy."),
    ("Chợ đêm khu phố 3 dọn hàng trước 22g; xe rác thu gom từ 4g.",
     "Chợ đêm khu phố ba dọn hàng trước hai mươi hai giờ; xe rác thu gom từ bốn giờ."),
    ("Ban tổ chức đón đoàn đua xe đạp lúc 14g30 chủ nhật, xe ưu tiên đi trước 13g cùng ngày.",
     "Ban tổ chức đón đoàn đua xe đạp lúc mười bốn giờ ba mươi chủ nhật, xe ưu tiên đi trước "
     "mười ba giờ cùng ngày."),
    ("Mời 03 đại biểu/thôn dự lớp tập huấn chuyển đổi số tại hội trường UBND xã.",
     "Mời ba đại biểu một thôn dự lớp tập huấn chuyển đổi số tại hội trường ủy ban nhân dân xã."),
    ("Mỗi tổ dân phố cử 2 thanh niên/tổ tham gia ra quân; hỗ trợ 50.000 đồng/người.",
     "Mỗi tổ dân phố cử hai thanh niên một tổ tham gia ra quân; hỗ trợ năm mươi nghìn đồng một "
     "người."),
    ("Chỉ tiêu 15 hộ/khóm đăng ký gia đình văn hóa; 1 cán bộ/ấp theo dõi.",
     "Chỉ tiêu mười lăm hộ một khóm đăng ký gia đình văn hóa; một cán bộ một ấp theo dõi."),
    ("Trụ sở Bảo hiểm xã hội tại số 12 đường CMT8, thị xã Hòa Thành.",
     "Trụ sở Bảo hiểm xã hội tại số mười hai đường cách mạng tháng tám, thị xã Hòa Thành."),
    ("Đoạn đường CMT8 từ ngã tư Bến Kéo đến cầu Quan cấm xe tải từ 6g-8g.",
     "Đoạn đường cách mạng tháng tám từ ngã tư Bến Kéo đến cầu Quan cấm xe tải từ sáu giờ đến "
     "tám giờ."),
    ("Hộ gia đình kê khai theo mẫu 02/PLII, nộp kèm Phụ lục I.",
     "Hộ gia đình kê khai theo mẫu không hai phụ lục hai, nộp kèm Phụ lục một."),
    ("Ban Quản lý Khu công nghiệp Trảng Bàng - Phước Đông (KCN TB-PĐ) thông báo: KCN TB-PĐ "
     "tuyển 500 lao động.",
     "Ban Quản lý Khu công nghiệp Trảng Bàng, Phước Đông thông báo: Khu công nghiệp Trảng Bàng "
     "Phước Đông tuyển năm trăm lao động."),
    ("Heo nghi mắc bệnh DTH (ASF) phải báo ngay cho thú y.",
     "Heo nghi mắc bệnh (dịch tả heo châu phi) phải báo ngay cho thú y."),
    ("Hộ có nhà bị tốc mái được hỗ trợ 5 tr.đ/hộ; nhà sập 40trđ/căn.",
     "Hộ có nhà bị tốc mái được hỗ trợ năm triệu đồng một hộ; nhà sập bốn mươi triệu đồng một "
     "căn."),
    ("Giá vàng miếng tăng; vàng nhẫn 999.9 niêm yết 146 triệu đồng/lượng, bạc 999 giảm nhẹ.",
     "Giá vàng miếng tăng; vàng nhẫn bốn số chín niêm yết một trăm bốn mươi sáu triệu đồng một "
     "lượng, bạc ba số chín giảm nhẹ."),
    ("Hồ sơ gồm: a) Đơn đề nghị; b) Bản sao giấy khai sinh; c) Ảnh 3x4.",
     "Hồ sơ gồm: Đơn đề nghị; Bản sao giấy khai sinh; Ảnh ba nhân bốn."),
    ("Trẻ từ 2-5 tuổi uống nửa liều, trẻ 6-11 tháng uống 1/2 viên; người lớn pha 1/2 gói với nước.",
     "Trẻ từ hai đến năm tuổi uống nửa liều, trẻ sáu đến mười một tháng uống nửa viên; người "
     "lớn pha nửa gói với nước."),
    ("Phụ nữ dân tộc Tà Ôi dệt Zèng, múa Fàng tại nhà rông.",
     "Phụ nữ dân tộc Tà Ôi dệt Dèng, múa Phàng tại nhà rông."),
    ("Hội nghị tổ chức tại Hội trường 3/2; xe đậu ở bến 30/4, qua kênh 26/3.",
     "Hội nghị tổ chức tại Hội trường ba tháng hai; xe đậu ở bến ba mươi tháng tư, qua kênh hai "
     "mươi sáu tháng ba."),
    ("Học sinh trường 19/5 nghỉ học ngày thứ Bảy.",
     "Học sinh trường mười chín tháng năm nghỉ học ngày thứ Bảy."),
    # 7. a word that lost its mark where only one word can stand
    ("Quầy thuốc sô 3 và sô 7 nghỉ bán từ thứ Hai; liên hệ sô điện thoại của Ban quản lý chợ.",
     "Quầy thuốc số ba và số bảy nghỉ bán từ thứ Hai; liên hệ số điện thoại của Ban quản lý "
     "chợ."),
    ("Lễ chào cờ tổ chức tai Hội trường UBND xã; tiêm chủng tai Trạm Y tế, họp tai nhà văn hóa "
     "ấp 2.",
     "Lễ chào cờ tổ chức tại Hội trường ủy ban nhân dân xã; tiêm chủng tại Trạm Y tế, họp tại "
     "nhà văn hóa ấp hai."),
    ("Mỗi hộ đóng 20.000 dồng/năm quỹ an ninh; hỗ trợ 2 triệu dồng cho hộ nghèo.",
     "Mỗi hộ đóng hai mươi nghìn đồng một năm quỹ an ninh; hỗ trợ hai triệu đồng cho hộ nghèo."),
]  # fmt: skip

SOUTH: list[tuple[str, str]] = [
    ("Bưu điện xã nhận hồ sơ hưu trí đến 11g, ngày 15/7.",
     "Bưu điện xã nhận hồ sơ hưu trí đến mười một giờ, ngày mười lăm tháng bảy."),
    ("Mỗi tổ dân phố cử 2 thanh niên/tổ tham gia ra quân; hỗ trợ 50.000 đồng/người.",
     "Mỗi tổ dân phố cử hai thanh niên một tổ tham gia ra quân; hỗ trợ năm mươi ngàn đồng một "
     "người."),
    ("Hội nghị tổ chức tại Hội trường 3/2; xe đậu ở bến 30/4, qua kênh 26/3.",
     "Hội nghị tổ chức tại Hội trường ba tháng hai; xe đậu ở bến ba mươi tháng tư, qua kênh hai "
     "mươi sáu tháng ba."),
]  # fmt: skip

LOOK_ALIKES: list[tuple[str, str]] = [
    ("Mỗi gốc bón từ 20g phân NPK.",
     "Mỗi gốc bón từ hai mươi gam phân en pê ca."),
    ("Uống 6g ngày 2 lần.",
     "Uống sáu gam ngày hai lần."),
    ("Trộn 10g muối với 1 lít nước.",
     "Trộn mười gam muối với một lít nước."),
    ("Có 3 xã/phường chưa nộp báo cáo.",
     "Có ba xã hoặc phường chưa nộp báo cáo."),
    ("Ấp 3/thôn 4 mất điện từ sáng.",  # two places each numbered: both (session 34)
     "Ấp ba, thôn bốn mất điện từ sáng."),
    ("Học sinh tựu trường 5/9.",
     "Học sinh tựu trường ngày năm tháng chín."),
    ("Họp tại hội trường ngày 26/3.",
     "Họp tại hội trường ngày hai mươi sáu tháng ba."),
    ("Đạt 1/2 chỉ tiêu được giao.",
     "Đạt một trên hai chỉ tiêu được giao."),
    ("Vi phạm điểm a) khoản 2 Điều 5.",
     "Vi phạm điểm a) khoản hai Điều năm."),
    ("Có 9999 người tham gia, mua 999 chỉ vàng.",
     "Có chín nghìn chín trăm chín mươi chín người tham gia, mua chín trăm chín mươi chín chỉ "
     "vàng."),
    ("Đăng ký bằng CMND hoặc CMT.",
     "Đăng ký bằng chứng minh nhân dân hoặc chứng minh thư."),
    ("Bán 500g thịt, gói 20g.",
     "Bán năm trăm gam thịt, gói hai mươi gam."),
    ("Ban Chỉ huy phòng chống thiên tai xã họp; bò đeo thẻ tai số 0347.",
     "Ban Chỉ huy phòng chống thiên tai xã họp; bò đeo thẻ tai số không ba bốn bảy."),
    ("Khám tai mũi họng miễn phí; giảm tai nạn giao thông; đau tai 3 ngày.",
     "Khám tai mũi họng miễn phí; giảm tai nạn giao thông; đau tai ba ngày."),
    ("Vải sô mỏng; dồng dạc.", "Vải sô mỏng; dồng dạc."),
]  # fmt: skip


@pytest.mark.parametrize(("written", "spoken"), READ)
def test_the_classes_of_rounds_95_and_96_are_read_as_an_announcer_reads_them(
    written: str, spoken: str
) -> None:
    assert spoken_form(written) == spoken


@pytest.mark.parametrize(("written", "spoken"), SOUTH)
def test_the_southern_voice_reads_them_too(written: str, spoken: str) -> None:
    assert Reader({}).read(written, SOUTH_VOICE).spoken == spoken


@pytest.mark.parametrize(("written", "spoken"), LOOK_ALIKES)
def test_their_look_alikes_keep_their_reading(written: str, spoken: str) -> None:
    assert spoken_form(written) == spoken


HOSTILE = (
    "từ 4g. ", "trước 17g thứ 6 ", "2 đại biểu/ấp ", "3 xã/phường ", "kênh 2/9 ", "CMT8 ",
    "01/PLIV ", "(KKT CM-LC) ", "DTHL (ASF) ", "40 tr.đ/căn ", "nhẫn 9999 ", "a) b) ",
    "1/2 viên ", "Zèng ", "sô 1 ", "tai UBND ", "5 dồng ",
)  # fmt: skip
"""Shapes of this file's rules, repeated: each must be read in time linear in its length."""


@pytest.mark.parametrize("unit", HOSTILE)
def test_reading_time_grows_linearly_with_these_rules(unit: str) -> None:
    assert_reads_in_linear_time(unit)
