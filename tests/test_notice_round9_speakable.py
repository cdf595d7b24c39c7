"""Vietnamese reading, ninth round, speakability II (helper i19a): marks GLUED inside the spoken
words, which no announcer can say and a voice reads as it likes ('lộ 371E17.1' was 'lộ ba bảy
một E mười bảy.một'), found by a stricter check that splits the spoken form at spaces only
(/work/team/s9/glued_i19a.py, outside the repository) on 1,650 untidy phrases
(/work/team/s8/fuzz_i18b.txt), the tests' own phrases and 889 new phrases full of codes
(/work/team/s9/codes_i19a.txt). Each class below has new phrases from several kinds of notice,
written with their readings before the reader saw them, and guards for what its rule must
leave alone.

First pass, before any fix: 14/51. Expected readings corrected to the project's conventions
after it: 'TP.HCM' → 'hồ chí minh', 'ISO 9001:2015' → 'i sô … năm …', 'vitamin A' → 'vi ta min
a' (guards), and a letter code's parts after a dot are said digit by digit as 'H40.12' already
was ('K12.15.27' → 'ca mười hai chấm một năm chấm hai bảy'); a code's head letter before its
number stays as written ('visa E-9', as 'đội U-23'), so that instance became a guard. Counts
of outputs with a mark glued inside a word (or a code's capital letter), before → after:
fuzz_i18b 87 → 1 of 1,650, codes_i19a 46 → 0 of 889 (26 → 0 capitals), the tests' own
phrases 2 → 0."""

from __future__ import annotations

import pytest
from test_notice_reading import assert_reads_in_linear_time
from test_notice_round4_loanwords import batch_cases

from announcements.normalize import spoken_form

DOTTED_CODES: list[tuple[str, str]] = [
    ("Cắt điện lộ 372E5.2 từ 7h.", "Cắt điện lộ ba bảy hai e năm chấm hai từ bảy giờ."),
    ("Đường dây 473E1.8 mất điện.", "Đường dây bốn bảy ba e một chấm tám mất điện."),
    ("Mã hồ sơ 25B7.3 đã được duyệt.", "Mã hồ sơ hai mươi lăm bê bảy chấm ba đã được duyệt."),
    ("Biến thể BA.2.86 lây nhanh.", "Biến thể bê a chấm hai chấm tám mươi sáu lây nhanh."),
    ("Mã định danh K12.15.27 của xã.",
     "Mã định danh ca mười hai chấm một năm chấm hai bảy của xã."),
    ("Cập nhật phần mềm lên bản v2.3.", "Cập nhật phần mềm lên bản vê hai chấm ba."),
]  # fmt: skip
GLUED_DECIMALS: list[tuple[str, str]] = [
    ("Rải thuốc Racumin 0,75TP quanh nhà.",
     "Rải thuốc Ra cu min không phẩy bảy mươi lăm tê pê quanh nhà."),
    ("Cột điện LT-10,5B bị gãy.", "Cột điện e lờ tê mười phẩy năm bê bị gãy."),
    ("Phun thuốc 3,6EC trừ nhện đỏ.", "Phun thuốc ba phẩy sáu e xê trừ nhện đỏ."),
]  # fmt: skip
LOST_SPACES: list[tuple[str, str]] = [
    ("Mời các hộ dự họp,mang theo sổ hộ khẩu.", "Mời các hộ dự họp, mang theo sổ hộ khẩu."),
    ("Thời gian:sáng thứ Bảy;địa điểm:nhà văn hóa thôn.",
     "Thời gian: sáng thứ Bảy; địa điểm: nhà văn hóa thôn."),
    ("Trẻ dưới 5 tuổi,người già được ưu tiên.",
     "Trẻ dưới năm tuổi, người già được ưu tiên."),
    ("Xóm 3,xóm 4 cắt điện.", "Xóm ba, xóm bốn cắt điện."),
    ("Lúa bị đạo ôn.Đề nghị bà con phun thuốc.",
     "Lúa bị đạo ôn. Đề nghị bà con phun thuốc."),
    ("Giá lợn hơi tăng mạnh.Người chăn nuôi có lãi.",
     "Giá lợn hơi tăng mạnh. Người chăn nuôi có lãi."),
    ("Giá 1,5tr,giao tận nhà.", "Giá một phẩy năm triệu đồng, giao tận nhà."),
    ("Phát hiện 3 ca.Người dân cần đề phòng.", "Phát hiện ba ca. Người dân cần đề phòng."),
    ("Giáo viên Trần T.Hoa dạy lớp 5.", "Giáo viên Trần tê Hoa dạy lớp năm."),
]  # fmt: skip
BRACKETS: list[tuple[str, str]] = [
    ("Hộ bà Lan(thôn 3) nhận gạo.", "Hộ bà Lan (thôn ba) nhận gạo."),
    ("Khám miễn phí (trẻ dưới 6 tuổi)tại trạm y tế.",
     "Khám miễn phí (trẻ dưới sáu tuổi) tại trạm y tế."),
    ("Tiền điện (tháng 11)nộp trước ngày 20.",
     "Tiền điện (tháng mười một) nộp trước ngày hai mươi."),
]  # fmt: skip
SECONDS_AND_SCORES: list[tuple[str, str]] = [
    ("Còi báo động thử lúc 16h05:30.",
     "Còi báo động thử lúc mười sáu giờ năm phút ba mươi giây."),
    ("Động đất lúc 9h12:45 sáng nay.",
     "Động đất lúc chín giờ mười hai phút bốn mươi lăm giây sáng nay."),
    ("Đội xã Tân Lập thắng 3:1.", "Đội xã Tân Lập thắng ba một."),
    ("Chung kết bóng chuyền: tỷ số 3:0.", "Chung kết bóng chuyền: tỷ số ba không."),
    ("Trích lục bản đồ tỷ lệ 1:2.000;1:10.000 tại xã.",
     "Trích lục bản đồ tỷ lệ một phần hai nghìn; một phần mười nghìn tại xã."),
]  # fmt: skip
PLACEHOLDER_GROUPS: list[tuple[str, str]] = [
    ("Số CCCD: 03x.xxx.xxx.123",
     "Số căn cước công dân: không ba ích xì, ích xì ích xì ích xì, ích xì ích xì ích xì, một "
     "hai ba"),
    ("Mã số thuế 0xx.xxx.xxxx của hộ kinh doanh.",
     "Mã số thuế không ích xì ích xì, ích xì ích xì ích xì, ích xì ích xì ích xì ích xì của hộ "
     "kinh doanh."),
    ("Tài khoản 1234.xxx.xxx tại Agribank.",
     "Tài khoản một hai ba bốn, ích xì ích xì ích xì, ích xì ích xì ích xì tại a gờ ri banh."),
]  # fmt: skip
DOCUMENT_THOUSANDS: list[tuple[str, str]] = [
    ("Công văn 1.234/UBND-VP về phòng chống bão.",
     "Công văn một nghìn hai trăm ba mươi tư của ủy ban nhân dân về phòng chống bão."),
    ("Kế hoạch số 3.012/KH-UBND.",
     "Kế hoạch số ba nghìn không trăm mười hai của ủy ban nhân dân."),
    ("Quyết định 12.345/QĐ-UBND.",
     "Quyết định mười hai nghìn ba trăm bốn mươi lăm của ủy ban nhân dân."),
]  # fmt: skip
CODE_CAPITALS: list[tuple[str, str]] = [
    ("Thu hồi sữa lô 2405A1.", "Thu hồi sữa lô hai nghìn bốn trăm linh năm a một."),
    ("Nộp hồ sơ tại phòng 201-A.", "Nộp hồ sơ tại phòng hai trăm linh một a."),
    ("Thẻ lô 2203-E hết hạn.", "Thẻ lô hai nghìn hai trăm linh ba e hết hạn."),
    ("Lô hàng 3105E2 đã về kho.", "Lô hàng ba nghìn một trăm linh năm e hai đã về kho."),
]  # fmt: skip
LETTERS_BEFORE_A_NUMBER: list[tuple[str, str]] = [
    ("Số hiệu mẫu 12AB3CD4.", "Số hiệu mẫu mười hai a bê ba xê đê bốn."),
    ("Mã tra cứu 7K9M2 gửi qua tin nhắn.", "Mã tra cứu bảy ca chín em hai gửi qua tin nhắn."),
    ("Hộp số 2ZX315 bị lỗi.", "Hộp số hai dét ích ba trăm mười lăm bị lỗi."),
]  # fmt: skip
"""Written after the first pass, from 'lô S1D351V' ('SmộtDba trăm …' was spelled 'ét em ô tê
đê bê a trăm …', the number's own letters)."""
COORDINATES: list[tuple[str, str]] = [
    ("Điểm sạt lở có tọa độ 21.0285N, 105.8542E.",
     "Điểm sạt lở có tọa độ hai mươi mốt phẩy không hai tám năm độ vĩ bắc, một trăm linh năm "
     "phẩy tám năm bốn hai độ kinh đông."),
    ("Tàu mất liên lạc ở 12.25N, 109.5E.",
     "Tàu mất liên lạc ở mười hai phẩy hai mươi lăm độ vĩ bắc, một trăm linh chín phẩy năm độ "
     "kinh đông."),
    ("Tâm bão ở 16.4637° N, 107.5909° E.",
     "Tâm bão ở mười sáu phẩy bốn sáu ba bảy độ vĩ bắc, một trăm linh bảy phẩy năm chín không "
     "chín độ kinh đông."),
]  # fmt: skip
GUARDS: list[tuple[str, str]] = [
    ("Thôn 1,2,3 họp chung.", "Thôn một, hai, ba họp chung."),
    ("Tiêm 0,5ml vào bắp tay.", "Tiêm không phẩy năm mi li lít vào bắp tay."),
    ("Về TP.HCM làm việc.", "Về thành phố hồ chí minh làm việc."),
    ("Phiên bản 2.1.3 đã ra mắt.", "Phiên bản hai chấm một chấm ba đã ra mắt."),
    ("Họp lúc 7:30 sáng.", "Họp lúc bảy giờ ba mươi sáng."),
    ("Đạt chuẩn ISO 9001:2015.",
     "Đạt chuẩn i sô chín nghìn không trăm linh một năm hai nghìn không trăm mười lăm."),
    ("Thắng 3-1.", "Thắng ba một."),
    ("Hộ ông Nguyễn Văn A ở thôn 2.", "Hộ ông Nguyễn Văn A ở thôn hai."),
    ("Cháu Vàng A Sử bị lạc.", "Cháu Vàng A Sử bị lạc."),
    ("Visa E-9 cho lao động.", "Vi da E chín cho lao động."),
    ("Uống vitamin A liều cao.", "Uống vi ta min a liều cao."),
    ("Lớp 12A3 đi tham quan.", "Lớp mười hai a ba đi tham quan."),
    ("Gửi vào ubnd@gmail.com.", "Gửi vào u bê en đê a còng gờ meo chấm com."),
    ("Xem tại dichvucong.gov.vn.", "Xem tại dịch vụ công chấm gờ o vê chấm vê en."),
    ("Liên hệ 0912.xxx.xxx.",
     "Liên hệ không chín một hai, ích xì ích xì ích xì, ích xì ích xì ích xì."),
    ("Tọa độ 18,2°N.", "Tọa độ mười tám phẩy hai độ vĩ bắc."),
]  # fmt: skip

BATCH = {
    "dotted codes": DOTTED_CODES,
    "glued decimals": GLUED_DECIMALS,
    "lost spaces": LOST_SPACES,
    "brackets": BRACKETS,
    "seconds and scores": SECONDS_AND_SCORES,
    "placeholder groups": PLACEHOLDER_GROUPS,
    "document thousands": DOCUMENT_THOUSANDS,
    "code capitals": CODE_CAPITALS,
    "letters before a number": LETTERS_BEFORE_A_NUMBER,
    "coordinates": COORDINATES,
    "guards": GUARDS,
}


@pytest.mark.parametrize(("written", "spoken"), batch_cases(BATCH.items(), {}))
def test_round_nine_marks_glued_inside_words_are_read_as_an_announcer_reads_them(
    written: str, spoken: str
) -> None:
    assert spoken_form(written) == spoken


HOSTILE = ["a,b", "1.a.", "A1.1", "x)y(", "1:1:", "xx.", "1.1N "]


@pytest.mark.parametrize("unit", HOSTILE)
def test_reading_time_grows_linearly_with_glued_marks(unit: str) -> None:
    """The same check as test_notice_reading's, for the patterns of this round."""
    assert_reads_in_linear_time(unit)
