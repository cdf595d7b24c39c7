"""Session 28: the classes blind rounds 91 (Thái Nguyên) and 92 (Đồng Nai) of issue 16 left,
each with new phrases of notice language and look-alikes that must not change.

1. A word typed with its tone mark lost or 'd' for 'đ' in a common word the project's texts
   never wrote ('ranh giơi'), beside a word that goes with everything ('vào luc'), or after
   a word that goes with both readings ('cần di khám': 'cần di chuyển', 'cần đi khám'): read
   as meant. The words of a dictionary of Vietnamese (pyvi's) count as known pairs; a
   dictionary word is a repair only for a syllable no word holds as typed, so a name typed
   bare ('phong nha ke bang') is never 'phong nhã'.
2. A phone number in odd groups is still dialled group by group (these already were).
3. A document's number without 'của' is its number, never 'trên' (these already were).
4. 'Đt', 'Tel', 'SĐT', 'ĐTDĐ' before a phone number in any case: 'điện thoại', 'số điện
   thoại', 'điện thoại di động' ('Đt' was spelled, 'Tel' said 'ten'); 'ĐT741' a road.
5. A slashed date with its year is a date (these already were).
6. A Tày or Nùng syllable ('Sli', 'Phja', 'Slam', 'Bjoóc') is said as written, as its
   announcers and espeak-ng say it ('sli', one syllable), not 'xờ li' nor 'Phờ gia'.
7. Health programmes run together with a slash: 'SKSS/KHHGĐ' is two, said with 'và';
   'DS/KHHGĐ' one name, as 'DS-KHHGĐ'; 'HIV/AIDS' stays 'hát i vê ết'.
9. The health family: 'KST' ký sinh trùng, 'KSTSR' … sốt rét, 'KSTĐR' … đường ruột, 'GDSK'.
10. 'mũi 1,2', 'lần 1,2,3' after a word counting turns: a list ('mũi một, hai'); a quantity
   with its unit stays a decimal ('liều 0,5 ml', 'đợt 1,2 triệu đồng').
11. A pole's number ('cột 12/3', 'trụ điện 7/2') is no date: 'trên' in every voice, even by a
   road; an address keeps the south's 'xuyệt' (session 27).
The readings were written before the reader was run on them."""

from __future__ import annotations

import pytest
from test_notice_reading import assert_reads_in_linear_time

from announcements.normalize import Reader

SOUTH = "vi-vn-x-south"
HOSTILE = (
    "ranh giơi ", "vào luc ", "cần di khám ", "Tel: 0912345678 ", "Đt 0", "Sli Phja ",
    "mũi 1,2,", "lần 1,2 ", "cột 12/3 ", "SKSS/KHHGĐ/", "KSTSR ",
)  # fmt: skip
"""Shapes of this file's rules, repeated: each must be read in time linear in its length."""


@pytest.mark.parametrize("unit", HOSTILE)
def test_reading_time_grows_linearly_with_the_session_28_rules(unit: str) -> None:
    assert_reads_in_linear_time(unit)


def _both(written: str) -> tuple[str, str]:
    reader = Reader()
    return reader.read(written, "vi").spoken, reader.read(written, SOUTH).spoken


# ----- 1. a mark lost in a common word -----
LOST_MARKS: list[tuple[str, str]] = [
    ("Đề nghị các hộ xác định ranh giơi đất với hàng xóm.",
     "Đề nghị các hộ xác định ranh giới đất với hàng xóm."),
    ("Tổ dân phố họp vào luc 19 giờ tối nay.", "Tổ dân phố họp vào lúc mười chín giờ tối nay."),
    ("Người có dấu hiệu sốt cần di khám tại trạm y tế.",
     "Người có dấu hiệu sốt cần đi khám tại trạm y tế."),
    ("Kính mời dồng chí trưởng thôn dự họp.", "Kính mời đồng chí trưởng thôn dự họp."),
    ("Yêu cầu chủ hộ thưc hiện nghiêm.", "Yêu cầu chủ hộ thực hiện nghiêm."),
    ("Các hộ chuân bị lương thực dự trữ.", "Các hộ chuẩn bị lương thực dự trữ."),
    ("Đề nghị nhân dân nghiêm tuc chấp hành.", "Đề nghị nhân dân nghiêm túc chấp hành."),
    ("Đường giao thông nông thôn xuống câp.", "Đường giao thông nông thôn xuống cấp."),
    ("Nông dân gieo cây lúa xuân.", "Nông dân gieo cấy lúa xuân."),
    # guards: right as written, a name typed bare, a word that goes both ways
    ("Nhân dân cần di chuyển gia súc lên chỗ cao.", "Nhân dân cần di chuyển gia súc lên chỗ cao."),
    ("Ông bà cần đi khám sức khỏe định kỳ.", "Ông bà cần đi khám sức khỏe định kỳ."),
    ("Đội bóng hoang anh gia lai thi đấu tại sân tỉnh.",
     "Đội bóng Hoàng Anh Gia Lai thi đấu tại sân tỉnh."),
    ("Đoàn khách đi tham quan phong nha ke bang.", "Đoàn khách đi tham quan Phong Nha Kẻ Bàng."),
    # session 28: 'y' typed bare beside a word typed with its marks is 'ý' ('chú ý' is a word)
    ("Bà con chú y phòng chống rét.", "Bà con chú ý phòng chống rét."),
]  # fmt: skip


@pytest.mark.parametrize(("written", "spoken"), LOST_MARKS)
def test_a_mark_lost_in_a_common_word_is_read_as_meant(written: str, spoken: str) -> None:
    assert Reader().read(written).spoken == spoken


# ----- 2, 4. phone numbers, their labels -----
PHONES: list[tuple[str, str]] = [
    ("Mọi thắc mắc liên hệ Đt 0912345678.",
     "Mọi thắc mắc liên hệ điện thoại không chín một hai, ba bốn năm, sáu bảy tám."),
    ("Liên hệ chị Hoa, đt: 0981.23.45.67 để đăng ký.",
     "Liên hệ chị Hoa, điện thoại: không chín tám một, hai ba, bốn năm, sáu bảy để đăng ký."),
    ("Tel: 0208 3855 115 (giờ hành chính).",
     "điện thoại: không hai không tám, ba tám năm năm, một một năm (giờ hành chính)."),
    ("Gọi SĐT 0912.345.678 khi phát hiện cháy rừng.",
     "Gọi số điện thoại không chín một hai, ba bốn năm, sáu bảy tám khi phát hiện cháy rừng."),
    ("Cán bộ phụ trách: anh Minh, ĐTDĐ 0915 246 813.",
     "Cán bộ phụ trách: anh Minh, điện thoại di động không chín một năm, hai bốn sáu, tám một "
     "ba."),
    ("Liên hệ số 0208.38.55.115 để được hướng dẫn.",
     "Liên hệ số không hai không tám, ba tám, năm năm, một một năm để được hướng dẫn."),
    ("Gọi 0981 23 45 67 khi cần hỗ trợ.",
     "Gọi không chín tám một, hai ba, bốn năm, sáu bảy khi cần hỗ trợ."),
    ("Trực ban: 02083 855 115.", "Trực ban: không hai không tám ba, tám năm năm, một một năm."),
    # guards: the road 'ĐT' with its number
    ("Xe khách chạy tuyến ĐT741 tạm dừng.",
     "Xe khách chạy tuyến đường tỉnh bảy trăm bốn mươi mốt tạm dừng."),
    ("Sửa chữa đường ĐT 263 qua xã.", "Sửa chữa đường tỉnh hai trăm sáu mươi ba qua xã."),
    ("Đoàn đi Tel Aviv dự hội chợ.", "Đoàn đi Ten A víp dự hội chợ."),
]  # fmt: skip


@pytest.mark.parametrize(("written", "spoken"), PHONES)
def test_a_phone_number_and_its_label_are_said_as_dialled(written: str, spoken: str) -> None:
    assert Reader().read(written).spoken == spoken


# ----- 3, 5. documents' numbers and dates with a slash -----
DOCUMENTS_AND_DATES: list[tuple[str, str, str]] = [
    ("Theo Nghị định 64/CP của Chính phủ cũ.", "Theo Nghị định sáu mươi tư của Chính phủ cũ.",
     "Theo Nghị định sáu mươi bốn của Chính phủ cũ."),
    ("Thực hiện Chỉ thị 16/CT-TTg về giãn cách.",
     "Thực hiện Chỉ thị mười sáu của thủ tướng về giãn cách.",
     "Thực hiện Chỉ thị mười sáu của thủ tướng về giãn cách."),
    ("Căn cứ Quyết định 1234/QĐ-UBND, xã thông báo.",
     "Căn cứ Quyết định một nghìn hai trăm ba mươi tư của ủy ban nhân dân, xã thông báo.",
     "Căn cứ Quyết định một ngàn hai trăm ba mươi bốn của ủy ban nhân dân, xã thông báo."),
    ("Hạn nộp hồ sơ 15/03/2025.",
     "Hạn nộp hồ sơ ngày mười lăm tháng ba năm hai nghìn không trăm hai mươi lăm.",
     "Hạn nộp hồ sơ ngày mười lăm tháng ba năm hai ngàn không trăm hai mươi lăm."),
    ("Trong tháng 3/2025 tiêm phòng dại cho chó mèo.",
     "Trong tháng ba năm hai nghìn không trăm hai mươi lăm tiêm phòng dại cho chó mèo.",
     "Trong tháng ba năm hai ngàn không trăm hai mươi lăm tiêm phòng dại cho chó mèo."),
]  # fmt: skip


@pytest.mark.parametrize(("written", "north", "south"), DOCUMENTS_AND_DATES)
def test_a_documents_number_or_a_date_is_no_share(written: str, north: str, south: str) -> None:
    assert _both(written) == (north, south)


# ----- 6. Tày and Nùng syllables -----
TAY_NUNG: list[tuple[str, str]] = [
    ("Hội văn nghệ bản Khuổi Nà xã Sli.", "Hội văn nghệ bản Khuổi Nà xã Sli."),
    ("Đội văn nghệ Phja Slam biểu diễn tối nay.", "Đội văn nghệ Phja Slam biểu diễn tối nay."),
    ("Lễ hội Lồng tồng bản Nà Slậu.", "Lễ hội Lồng tồng bản Nà Slậu."),
    ("Ngày hội hát Sli, Lượn huyện Định Hóa.", "Ngày hội hát Sli, Lượn huyện Định Hóa."),
    ("Thác Bjoóc nằm trên suối Nặm.", "Thác Bjoóc nằm trên suối Nặm."),
]  # fmt: skip


@pytest.mark.parametrize(("written", "spoken"), TAY_NUNG)
def test_a_tay_or_nung_syllable_is_said_as_written_unreported(written: str, spoken: str) -> None:
    reading = Reader().read(written)
    assert (reading.spoken, reading.guessed) == (spoken, ())


# ----- 7, 9. health programmes and their abbreviations -----
HEALTH: list[tuple[str, str]] = [
    ("Tuyên truyền SKSS/KHHGĐ cho thanh niên.",
     "Tuyên truyền sức khỏe sinh sản và kế hoạch hóa gia đình cho thanh niên."),
    ("Cán bộ DS/KHHGĐ xã đến từng hộ.", "Cán bộ dân số kế hoạch hóa gia đình xã đến từng hộ."),
    ("Tuần lễ BVSKBMTE/KHHGĐ tại các thôn.",
     "Tuần lễ bảo vệ sức khỏe bà mẹ trẻ em và kế hoạch hóa gia đình tại các thôn."),
    ("Tháng hành động phòng chống HIV/AIDS.", "Tháng hành động phòng chống hát i vê ết."),
    ("Xét nghiệm KST sốt rét cho người đi rừng về.",
     "Xét nghiệm ký sinh trùng sốt rét cho người đi rừng về."),
    ("Lấy lam máu tìm KSTSR tại trạm.", "Lấy lam máu tìm ký sinh trùng sốt rét tại trạm."),
    ("Tẩy giun, phòng KSTĐR cho học sinh.",
     "Tẩy giun, phòng ký sinh trùng đường ruột cho học sinh."),
    ("Tổ chức GDSK tại nhà văn hóa.", "Tổ chức giáo dục sức khỏe tại nhà văn hóa."),
    ("Tập huấn TT-GDSK cho cộng tác viên.",
     "Tập huấn truyền thông giáo dục sức khỏe cho cộng tác viên."),
]  # fmt: skip


@pytest.mark.parametrize(("written", "spoken"), HEALTH)
def test_health_programmes_and_abbreviations_are_said_in_full(written: str, spoken: str) -> None:
    assert Reader().read(written).spoken == spoken


# ----- 10. turns listed with a comma -----
TURNS: list[tuple[str, str]] = [
    ("Tiêm mũi 1,2 vắc xin sởi cho trẻ.", "Tiêm mũi một, hai vắc xin sởi cho trẻ."),
    ("Uống vắc xin bại liệt liều 1,2,3.", "Uống vắc xin bại liệt liều một, hai, ba."),
    ("Kiểm tra lần 1,2 trong tháng.", "Kiểm tra lần một, hai trong tháng."),
    ("Đợt 1,2 phun hóa chất diệt muỗi.", "Đợt một, hai phun hóa chất diệt muỗi."),
    ("Thi học kỳ 1,2 theo lịch của trường.", "Thi học kỳ một, hai theo lịch của trường."),
    # guards: quantities with their units stay decimals
    ("Tiêm liều 0,5 ml cho trẻ dưới 1 tuổi.",
     "Tiêm liều không phẩy năm mi li lít cho trẻ dưới một tuổi."),
    ("Diện tích gieo cấy 1,2 ha.", "Diện tích gieo cấy một phẩy hai héc ta."),
    ("Sản lượng đạt 2,5 tấn.", "Sản lượng đạt hai phẩy năm tấn."),
    ("Hỗ trợ đợt 1,2 triệu đồng mỗi hộ.", "Hỗ trợ đợt một phẩy hai triệu đồng mỗi hộ."),
    ("Năng suất tăng 1,2 lần.", "Năng suất tăng một phẩy hai lần."),
]  # fmt: skip


@pytest.mark.parametrize(("written", "spoken"), TURNS)
def test_turns_listed_with_a_comma_are_a_list(written: str, spoken: str) -> None:
    assert Reader().read(written).spoken == spoken


# ----- 11. poles and addresses -----
POLES: list[tuple[str, str, str]] = [
    ("Cột 12/3 bị đổ do gió.", "Cột mười hai trên ba bị đổ do gió.",
     "Cột mười hai trên ba bị đổ do gió."),
    ("Trụ điện 7/2 bị nghiêng, đề nghị tránh xa.",
     "Trụ điện bảy trên hai bị nghiêng, đề nghị tránh xa.",
     "Trụ điện bảy trên hai bị nghiêng, đề nghị tránh xa."),
    ("Cột điện 45/12 đường Trần Phú.", "Cột điện bốn mươi lăm trên mười hai đường Trần Phú.",
     "Cột điện bốn mươi lăm trên mười hai đường Trần Phú."),
    # guards: an address says 'xuyệt' in the south; a day stays a day
    ("Số nhà 45/12/3 đường Trần Phú.",
     "Số nhà bốn mươi lăm trên mười hai trên ba đường Trần Phú.",
     "Số nhà bốn mươi lăm xuyệt mười hai xuyệt ba đường Trần Phú."),
    ("Ngày 12/3 họp thôn.", "Ngày mười hai tháng ba họp thôn.", "Ngày mười hai tháng ba họp thôn."),
]  # fmt: skip


@pytest.mark.parametrize(("written", "north", "south"), POLES)
def test_a_poles_number_is_no_date_and_no_address(written: str, north: str, south: str) -> None:
    assert _both(written) == (north, south)
