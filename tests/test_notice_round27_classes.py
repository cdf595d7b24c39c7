"""Session 27: the classes issue 16's blind rounds left last session, each with new phrases in
notice language and look-alikes that must not change. The readings were written before the
reader was run on them.

1. Three numbers or more joined by spaced dashes are a list, not a chain of 'đến' ('NPK 16 -
   16 - 8' → 'mười sáu, mười sáu, tám'), as the unspaced 'NPK 16-16-8' already was; three
   parts of a mix joined by colons after 'tỉ lệ', 'pha', 'trộn' likewise ('1:2:1'); and so
   are three days before one month ('ngày 3 - 5 - 7/12') and three hours ('6h - 8h - 10h').
2. Two numbers to call side by side, joined by a dash, a slash, a comma or a semicolon: a
   longer pause between them (a semicolon), each still in its groups; never 'trên'.
3. A place in brackets after a name is said after a pause: 'xã Quang Chiểu (Mường Lát)' →
   'xã Quang Chiểu, Mường Lát,'.
4. The southern voice says an address's slash 'xuyệt' ('hẻm 45/3' → 'bốn mươi lăm xuyệt
   ba'); the north 'trên'; a share ('12/15 thôn') and a class ('lớp 9/3') 'trên' in both.
5. A place's name typed without marks after its kind takes the marks the notice gives it
   elsewhere ('thon dong tam' → 'thôn Đông Tâm'); one word alone stays ('thôn ba').
6. Names notices use that the reader reported as guessed: Yagi alone, VOV, FPT, GHTK, MB
   Bank, Ninja Van, WhatsApp, inbox, Transport, Blue, Tech."""

from __future__ import annotations

import pytest
from test_notice_reading import assert_reads_in_linear_time

from announcements.normalize import Reader, spoken_form

HOSTILE = (
    "1 - 2 - ", "tỉ lệ 1:2:", "0912345678 - ", "0912345678/", "Lan (Mường Lát) ",
    "hẻm 45/3 ", "Đông Tâm thon dong tam ", "khu pho 3 ", "3 - 5 - 7/12 ", "7h-9h-",
)  # fmt: skip
"""Shapes of this file's rules, repeated: each must be read in time linear in its length."""


@pytest.mark.parametrize("unit", HOSTILE)
def test_reading_time_grows_linearly_with_the_session_27_rules(unit: str) -> None:
    assert_reads_in_linear_time(unit)


# ----- 1. spaced dash chains and colon mixes -----
LISTS: list[tuple[str, str]] = [
    ("Bón phân NPK 16 - 16 - 8 cho lúa.", "Bón phân en pê ca mười sáu, mười sáu, tám cho lúa."),
    ("Bón lót NPK 5 – 10 – 3 cho ngô.", "Bón lót en pê ca năm, mười, ba cho ngô."),
    ("Trộn vữa theo tỷ lệ 1 - 3 - 3.", "Trộn vữa theo tỷ lệ một, ba, ba."),
    ("Lớp 10 - 11 - 12 học buổi chiều.", "Lớp mười, mười một, mười hai học buổi chiều."),
    ("Pha theo tỉ lệ 1:2:1.", "Pha theo tỉ lệ một, hai, một."),
    ("Trộn xi măng, cát, đá theo tỷ lệ 1 : 2 : 4.",
     "Trộn xi măng, cát, đá theo tỷ lệ một, hai, bốn."),
    ("Phối trộn thức ăn theo công thức 3:2:1 cho gà.",
     "Phối trộn thức ăn theo công thức ba, hai, một cho gà."),
    ("Các ngày 3 - 5 - 7/12 tạm ngừng cấp điện.",
     "Các ngày mùng ba, mùng năm, mùng bảy tháng mười hai tạm ngừng cấp điện."),
    ("Lịch trực ngày 2-9-16/1.", "Lịch trực ngày mùng hai, mùng chín, mười sáu tháng một."),
    ("Xe chạy các chuyến 6h - 8h - 10h - 14h hằng ngày.",
     "Xe chạy các chuyến sáu giờ, tám giờ, mười giờ, mười bốn giờ hằng ngày."),
    ("Học 7h30-9h-14h, nghỉ trưa.", "Học bảy giờ ba mươi, chín giờ, mười bốn giờ, nghỉ trưa."),
    # look-alikes: two numbers are a range, a clock's colons are a time, a scale stays a scale,
    # two days before a month are a span, a date written with dashes is one day
    ("Ngày 3 - 5/12 tạm ngừng cấp điện.", "Ngày ba đến năm tháng mười hai tạm ngừng cấp điện."),
    ("Học 7h - 11h.", "Học bảy giờ đến mười một giờ."),
    ("Ngày 1-2-2025 khai mạc.",
     "Ngày một tháng hai năm hai nghìn không trăm hai mươi lăm khai mạc."),
    ("Nhiệt độ 25 - 30 độ C.", "Nhiệt độ hai mươi lăm đến ba mươi độ xê."),
    ("Kết thúc lúc 10:30:15.", "Kết thúc lúc mười giờ ba mươi phút mười lăm giây."),
    ("Pha thuốc theo tỉ lệ 1:10.", "Pha thuốc theo tỉ lệ một trên mười."),
    ("Bản đồ tỷ lệ 1:2000.", "Bản đồ tỷ lệ một phần hai nghìn."),
]  # fmt: skip


@pytest.mark.parametrize(("written", "spoken"), LISTS)
def test_three_numbers_joined_by_spaced_dashes_or_colons_are_a_list(
    written: str, spoken: str
) -> None:
    assert spoken_form(written) == spoken


# ----- 2. two numbers to call side by side -----
PHONES: list[tuple[str, str]] = [
    ("ĐT: 0912 345 678 - 0988 111 222.",
     "điện thoại: không chín một hai, ba bốn năm, sáu bảy tám; không chín tám tám, một một "
     "một, hai hai hai."),
    ("Gọi số 0912345678/0988111222.",
     "Gọi số không chín một hai, ba bốn năm, sáu bảy tám; không chín tám tám, một một một, hai "
     "hai hai."),
    ("Liên hệ 0912.345.678, 0988.111.222 để đăng ký.",
     "Liên hệ không chín một hai, ba bốn năm, sáu bảy tám; không chín tám tám, một một một, hai "
     "hai hai để đăng ký."),
    ("Trực ban: (0239) 3856 123 – 0912 345 678.",
     "Trực ban: không hai ba chín, ba tám năm sáu, một hai ba; không chín một hai, ba bốn năm, "
     "sáu bảy tám."),
    ("Tổng đài 1900 1234 - 1800 5678.",
     "Tổng đài một chín không không, một hai ba bốn; một tám không không, năm sáu bảy tám."),
    # look-alikes: service numbers keep their commas, 'hoặc' written stays, a name between
    ("Khi cần gọi 113, 114, 115.", "Khi cần gọi một một ba, một một bốn, một một năm."),
    ("Gọi 0912345678 hoặc 0988111222.",
     "Gọi không chín một hai, ba bốn năm, sáu bảy tám hoặc không chín tám tám, một một một, "
     "hai hai hai."),
    ("Anh Nam 0912 345 678, chị Hoa 0988 111 222.",
     "Anh Nam không chín một hai, ba bốn năm, sáu bảy tám, chị Hoa không chín tám tám, một một "
     "một, hai hai hai."),
]  # fmt: skip


@pytest.mark.parametrize(("written", "spoken"), PHONES)
def test_two_numbers_to_call_side_by_side_have_a_longer_pause(written: str, spoken: str) -> None:
    assert spoken_form(written) == spoken


# ----- 3. a place in brackets after a name -----
BRACKETS: list[tuple[str, str]] = [
    ("Đoàn công tác xã Quang Chiểu (Mường Lát) đã đến.",
     "Đoàn công tác xã Quang Chiểu, Mường Lát, đã đến."),
    ("Ông Lý Seo Chin (huyện Bát Xát) đã nhận hỗ trợ.",
     "Ông Lý Seo Chin, huyện Bát Xát, đã nhận hỗ trợ."),
    ("Cháu Lò Văn Tủa (bản Na Tông, xã Mường Lý) đã về nhà.",
     "Cháu Lò Văn Tủa, bản Na Tông, xã Mường Lý, đã về nhà."),
    ("Hỗ trợ các hộ dân xã Kỳ Sơn (Hà Tĩnh).", "Hỗ trợ các hộ dân xã Kỳ Sơn, Hà Tĩnh."),
    ("Bà Trần Thị Mơ (thôn 4) nhặt được ví.", "Bà Trần Thị Mơ, thôn bốn, nhặt được ví."),
    # look-alikes: a title, a word, an abbreviation, a contact's name after a number
    ("Ông Nguyễn Văn A (Trưởng thôn) phát biểu.", "Ông Nguyễn Văn A (Trưởng thôn) phát biểu."),
    ("Xã Tân Lập (cũ) sáp nhập.", "Xã Tân Lập (cũ) sáp nhập."),
    ("Liên hệ: 0912345678 (Zalo).",
     "Liên hệ: không chín một hai, ba bốn năm, sáu bảy tám (da lô)."),
    ("Bộ Y tế (Việt Nam) khuyến cáo.", "Bộ Y tế (Việt Nam) khuyến cáo."),
]  # fmt: skip


@pytest.mark.parametrize(("written", "spoken"), BRACKETS)
def test_a_place_in_brackets_after_a_name_is_said_after_a_pause(written: str, spoken: str) -> None:
    assert spoken_form(written) == spoken


# ----- 4. an address's slash by voice -----
ADDRESSES: list[tuple[str, str, str]] = [
    ("Nhà ở hẻm 45/3 đường Lê Lợi.",
     "Nhà ở hẻm bốn mươi lăm trên ba đường Lê Lợi.",
     "Nhà ở hẻm bốn mươi lăm xuyệt ba đường Lê Lợi."),
    ("Cháy tại số 120/15 Nguyễn Trãi.",
     "Cháy tại số một trăm hai mươi trên mười lăm Nguyễn Trãi.",
     "Cháy tại số một trăm hai mươi xuyệt mười lăm Nguyễn Trãi."),
    ("Hộ ông Tư, 12/5/7 đường Trần Phú.",
     "Hộ ông Tư, mười hai trên năm trên bảy đường Trần Phú.",
     "Hộ ông Tư, mười hai xuyệt năm xuyệt bảy đường Trần Phú."),
    # look-alikes: a share, a class, a pole, a muster are 'trên' in both voices
    ("Đã có 12/15 thôn hoàn thành.", "Đã có mười hai trên mười lăm thôn hoàn thành.",
     "Đã có mười hai trên mười lăm thôn hoàn thành."),
    ("Lớp 9/3 tập trung.", "Lớp chín trên ba tập trung.", "Lớp chín trên ba tập trung."),
    ("Trụ 475/02 nghiêng.", "Trụ bốn trăm bảy mươi lăm trên không hai nghiêng.",
     "Trụ bốn trăm bảy mươi lăm trên không hai nghiêng."),
    ("Quân số 45/47 đồng chí.", "Quân số bốn mươi lăm trên bốn mươi bảy đồng chí.",
     "Quân số bốn mươi lăm trên bốn mươi bảy đồng chí."),
]  # fmt: skip


@pytest.mark.parametrize(("written", "north", "south"), ADDRESSES)
def test_the_south_says_an_addresss_slash_xuyet(written: str, north: str, south: str) -> None:
    reader = Reader({})
    assert reader.read(written, "vi").spoken == north
    assert reader.read(written, "vi-vn-x-south").spoken == south


# ----- 5. a place's name typed without marks -----
UNMARKED: list[tuple[str, str]] = [
    ("Thôn Đông Tâm họp. Ông Nam ở thon dong tam vắng mặt.",
     "Thôn Đông Tâm họp. Ông Nam ở thôn Đông Tâm vắng mặt."),
    ("UBND xã Tân Lập thông báo: bà Lan, thôn tan lap 2 nhận gạo.",
     "ủy ban nhân dân xã Tân Lập thông báo: bà Lan, thôn Tân Lập hai nhận gạo."),
    ("Xã Kỳ Phong họp dân; hộ ông Hùng, xa ky phong, vắng.",
     "Xã Kỳ Phong họp dân; hộ ông Hùng, xã Kỳ Phong, vắng."),
    ("Địa chỉ: khu pho 3, phuong ben thanh.", "Địa chỉ: khu phố ba, phường Bến Thành."),
    ("Hộ gia đình ở TDP dien bien.", "Hộ gia đình ở tổ dân phố Điện Biên."),
    # look-alikes: one word, a name the notice never marks, words that are words
    ("Cụ bà 98 tuổi ở thôn ba.", "Cụ bà chín mươi tám tuổi ở thôn ba."),
    ("Bà Lan, thôn tan lap, nhận quà.", "Bà Lan, thôn tan lap, nhận quà."),
    ("Các thành viên ban thanh tra nhân dân giám sát.",
     "Các thành viên ban thanh tra nhân dân giám sát."),
    ("Lừa đảo ngày càng tinh vi.", "Lừa đảo ngày càng tinh vi."),
    ("Chị Phuong 3 lần đến.", "Chị Phuong ba lần đến."),
]  # fmt: skip


@pytest.mark.parametrize(("written", "spoken"), UNMARKED)
def test_a_places_name_typed_without_marks_takes_the_notices_marks(
    written: str, spoken: str
) -> None:
    assert spoken_form(written) == spoken


# ----- 6. names the notices use -----
NAMES: list[tuple[str, str]] = [
    ("Ủng hộ đồng bào bị ảnh hưởng bởi Yagi.", "Ủng hộ đồng bào bị ảnh hưởng bởi da ghi."),
    ("Khắc phục hậu quả siêu bão Yagi.", "Khắc phục hậu quả siêu bão da ghi."),
    ("Nghe tin trên VOV và truyền hình FPT.", "Nghe tin trên vê ô vê và truyền hình ép pê tê."),
    ("Chuyển khoản qua MB Bank hoặc MBBank.", "Chuyển khoản qua em bê banh hoặc em bê banh."),
    ("Hàng giao qua GHTK, Ninja Van.", "Hàng giao qua giao hàng tiết kiệm, nin gia van."),
    ("Không nhắn tin qua WhatsApp, inbox lạ.", "Không nhắn tin qua oát áp, in bốc lạ."),
    ("Công ty Blue Transport Tech tuyển lái xe.",
     "Công ty bờ lu tran xờ pốt tếch tuyển lái xe."),
]  # fmt: skip


@pytest.mark.parametrize(("written", "spoken"), NAMES)
def test_names_the_notices_use_are_said_unreported(written: str, spoken: str) -> None:
    reading = Reader({}).read(written)
    assert reading.spoken == spoken
    assert not reading.guessed
