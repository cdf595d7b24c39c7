"""Reader faults session 32 left (issue 16), each a class with near-misses that must not change,
read in both voices (a row's third column is the southern reading where it differs)."""

from __future__ import annotations

import pytest
from both_voices import Row, assert_read_in_both_voices, table_rows

WEB_WORDS: list[Row] = [
    ("Theo dõi fanpage của xã để nhận tin.", "Theo dõi phen pết của xã để nhận tin.", None),
    ("Nhắn tin qua inbox Fanpage Công an xã.", "Nhắn tin qua in bốc phen pết Công an xã.", None),
    ("Thông báo đăng trên homepage của huyện.", "Thông báo đăng trên hôm pết của huyện.", None),
    ("Điền phiếu trên landing page của chương trình.",
     "Điền phiếu trên lan đinh pết của chương trình.", None),
    ("Mở webpage của Sở Y tế.", "Mở oép pết của Sở Y tế.", None),
    ("Bấm like, share và để lại comment dưới bài viết.",
     "Bấm lai, se và để lại còm men dưới bài viết.", None),
    ("Xã livestream buổi tiếp xúc cử tri, link ở dưới.",
     "Xã lai xờ trim buổi tiếp xúc cử tri, linh ở dưới.", None),
    # near-misses: the Vietnamese word 'trang', a page of a document, a French garage
    ("Trang thông tin điện tử của xã.", "Trang thông tin điện tử của xã.", None),
    ("Xem trang 3 của hướng dẫn.", "Xem trang ba của hướng dẫn.", None),
    ("Sửa xe tại garage Minh Long.", "Sửa xe tại ga ra Minh Long.", None),
]  # fmt: skip

LETTERS_NOT_NUMERALS: list[Row] = [
    ("Thực hiện những điều X, Y trong quy chế của thôn.",
     "Thực hiện những điều ích, Y trong quy chế của thôn.", None),
    ("Các khoản X và Y phải nộp trước ngày 15.",
     "Các khoản ích và Y phải nộp trước ngày mười lăm.", None),
    ("Những điều X cần biết khi đi bầu cử.", "Những điều ích cần biết khi đi bầu cử.", None),
    ("Nhắc lại những điều V, A, B đã thống nhất.",
     "Nhắc lại những điều vê, A, bê đã thống nhất.", None),
    # near-misses: numerals listed, an article and a clause, one article named alone
    ("Theo những điều V và VI của Luật Đất đai.",
     "Theo những điều năm và sáu của Luật Đất đai.", None),
    ("Các khoản I, II của Điều 5 được sửa đổi.",
     "Các khoản một, hai của Điều năm được sửa đổi.", None),
    ("Theo Điều V, khoản 2 của Điều lệ Hội.", "Theo Điều năm, khoản hai của Điều lệ Hội.", None),
    ("Căn cứ điều X của Luật Nghĩa vụ quân sự.",
     "Căn cứ điều mười của Luật Nghĩa vụ quân sự.", None),
    ("Quý I, II và III năm nay.", "Quý một, hai và ba năm nay.", None),
]  # fmt: skip

COUNTED_BY_A_LINE: list[Row] = [
    ("Tháng 5, tổng đài đã nhận 1022, đã giải quyết 1000.",
     "Tháng năm, tổng đài đã nhận một nghìn không trăm hai mươi hai, đã giải quyết một nghìn.",
     "Tháng năm, tổng đài đã nhận một ngàn không trăm hai mươi hai, đã giải quyết một ngàn."),
    ("Đường dây nóng tiếp nhận 115, xử lý xong 113.",
     "Đường dây nóng tiếp nhận một trăm mười lăm, xử lý xong một trăm mười ba.", None),
    ("Tổng đài 1022 đã trả lời 1500, còn 200 chưa giải đáp.",
     "Tổng đài một không hai hai đã trả lời một nghìn năm trăm, còn hai trăm chưa giải đáp.",
     "Tổng đài một không hai hai đã trả lời một ngàn năm trăm, còn hai trăm chưa giải đáp."),
    ("Năm qua, đường dây nóng 1022 đã giải quyết 1022 và phản hồi 1000.",
     "Năm qua, đường dây nóng một không hai hai đã giải quyết một nghìn không trăm hai mươi hai "
     "và phản hồi một nghìn.",
     "Năm qua, đường dây nóng một không hai hai đã giải quyết một ngàn không trăm hai mươi hai "
     "và phản hồi một ngàn."),
    # near-misses: the line named, called, given after a colon or as what it is
    ("Khi cần hỗ trợ, bà con gọi 1022.", "Khi cần hỗ trợ, bà con gọi một không hai hai.", None),
    ("Số điện thoại tiếp nhận phản ánh: 1022.",
     "Số điện thoại tiếp nhận phản ánh: một không hai hai.", None),
    ("Đường dây nóng của tỉnh là 1022.", "Đường dây nóng của tỉnh là một không hai hai.", None),
    ("Tổng đài dịch vụ công 1022 của tỉnh tiếp nhận phản ánh.",
     "Tổng đài dịch vụ công một không hai hai của tỉnh tiếp nhận phản ánh.", None),
]  # fmt: skip

HIDDEN_STARS: list[Row] = [
    # stars ending a number after its prefix stand for any digits, unsaid (as x's), where the
    # sentence speaks of a prefix; one number's masked tail is said (r33blind2, blind rounds
    # 111-112: a number said short was sai)
    ("Không nghe máy lạ 0912 *** *** gọi đến.",
     "Không nghe máy lạ không chín một hai, sao sao sao, sao sao sao gọi đến.", None),
    ("Cảnh giác các đầu số 1900 **** gọi đến.",
     "Cảnh giác các đầu số một chín không không gọi đến.", None),
    ("Số lạ +84 86 *** **** gọi đến.",
     "Số lạ cộng tám tư, tám sáu, sao sao sao, sao sao sao sao gọi đến.",
     "Số lạ cộng tám bốn, tám sáu, sao sao sao, sao sao sao sao gọi đến."),
    # a star with a digit after it hides one digit of one number: 'sao'
    ("Gọi 0912.***.789 để được tư vấn.",
     "Gọi không chín một hai, sao sao sao, bảy tám chín để được tư vấn.", None),
    ("Tin nhắn từ số 0912****89 là lừa đảo.",
     "Tin nhắn từ số không chín một hai sao sao sao sao tám chín là lừa đảo.", None),
    ("*Lưu ý* số 0912.***.789 là lừa đảo.",
     "Lưu ý số không chín một hai, sao sao sao, bảy tám chín là lừa đảo.", None),
    # near-misses: a service code, a footnote, a bullet, a hotel's grade, a number in bold
    ("Bấm *101# để kiểm tra tài khoản.", "Bấm sao một không một thăng để kiểm tra tài khoản.",
     None),
    ("Hộ nghèo* được miễn phí.", "Hộ nghèo được miễn phí.", None),
    ("* Ghi chú: mang theo CCCD.", "Ghi chú: mang theo căn cước công dân.", None),
    ("Khách sạn 5* tại xã.", "Khách sạn năm sao tại xã.", None),
    ("**Gọi ngay 0912345678**", "Gọi ngay không chín một hai, ba bốn năm, sáu bảy tám", None),
]  # fmt: skip

BLANK_CODE_FIELD: list[Row] = [
    # a pause for the blank, then the code's number and letters ('HS' not 'học sinh')
    ("Mã hồ sơ XX/2026/HS nộp tại bộ phận một cửa.",
     "Mã hồ sơ, hai nghìn không trăm hai mươi sáu hát ét nộp tại bộ phận một cửa.",
     "Mã hồ sơ, hai ngàn không trăm hai mươi sáu hát ét nộp tại bộ phận một cửa."),
    ("Mã hồ sơ: xx/2026/HS đã được tiếp nhận.",
     "Mã hồ sơ: hai nghìn không trăm hai mươi sáu hát ét đã được tiếp nhận.",
     "Mã hồ sơ: hai ngàn không trăm hai mươi sáu hát ét đã được tiếp nhận."),
    ("Hồ sơ số …/2026/HS trả kết quả ngày 15/6.",
     "Hồ sơ số, hai nghìn không trăm hai mươi sáu hát ét trả kết quả ngày mười lăm tháng sáu.",
     "Hồ sơ số, hai ngàn không trăm hai mươi sáu hát ét trả kết quả ngày mười lăm tháng sáu."),
    ("Giấy phép số XX/2026/GPXD cấp cho hộ gia đình.",
     "Giấy phép số, hai nghìn không trăm hai mươi sáu giấy phép xây dựng cấp cho hộ gia đình.",
     "Giấy phép số, hai ngàn không trăm hai mươi sáu giấy phép xây dựng cấp cho hộ gia đình."),
    # near-misses: a document's blank number, a code with its number, blanks only
    ("Số XX/QĐ-UBND về việc thu hồi đất.",
     "Số, quyết định ủy ban nhân dân về việc thu hồi đất.", None),
    ("Số: ….. /QĐ-UBND.", "Số: quyết định ủy ban nhân dân.", None),
    ("Mã hồ sơ 12/2026/HS nộp tại xã.",
     "Mã hồ sơ mười hai năm hai nghìn không trăm hai mươi sáu hồ sơ nộp tại xã.",
     "Mã hồ sơ mười hai năm hai ngàn không trăm hai mươi sáu hồ sơ nộp tại xã."),
]  # fmt: skip

PLACES_BY_A_SLASH: list[Row] = [
    # after a place's word, numbers joined by a slash are places, whatever their order
    ("Khu phố 7/8 tổ chức họp dân.", "Khu phố bảy, tám tổ chức họp dân.", None),
    ("Tổ 12/3 ra quân dọn vệ sinh.", "Tổ mười hai, ba ra quân dọn vệ sinh.", None),
    ("Bà con ấp 9/4 nhận gạo tại trường.", "Bà con ấp chín, bốn nhận gạo tại trường.", None),
    ("Tổ dân phố 12/3 mất điện sáng mai.", "Tổ dân phố mười hai, ba mất điện sáng mai.", None),
    # a day of the nation names a place, said with no 'ngày' after any place's word
    ("Tổ 19/5 ra quân dọn vệ sinh.", "Tổ mười chín tháng năm ra quân dọn vệ sinh.", None),
    ("Thôn 30/4 được công nhận văn hóa.",
     "Thôn ba mươi tháng tư được công nhận văn hóa.", None),
    ("Nhà văn hóa Xóm 3/2 mở cửa.", "Nhà văn hóa Xóm ba tháng hai mở cửa.", None),
    # near-misses: a day, a share, a house, a full date, a place's meeting and its day
    ("Ngày 7/8 họp tổ dân phố.", "Ngày bảy tháng tám họp tổ dân phố.", None),
    ("Có 7/8 hộ tham gia.", "Có bảy trên tám hộ tham gia.", None),
    ("Số 7/8 đường Lê Lợi.", "Số bảy trên tám đường Lê Lợi.", "Số bảy xuyệt tám đường Lê Lợi."),
    ("Tổ 2/7/2026 họp.", "Tổ ngày hai tháng bảy năm hai nghìn không trăm hai mươi sáu họp.",
     "Tổ ngày hai tháng bảy năm hai ngàn không trăm hai mươi sáu họp."),
    ("Họp thôn 15/8 tại nhà văn hóa.", "Họp thôn ngày mười lăm tháng tám tại nhà văn hóa.",
     None),
]  # fmt: skip

JOINED_WORDS: list[Row] = [
    # an address's words run together: the cut that makes words of the language, each run
    # marked as one ('tuthien' was 'tư thiên', 'tramyte' 'trà my tế', 'nguoingheo' spelled)
    ("Ủng hộ qua quytuthien.camau.gov.vn.",
     "Ủng hộ qua quỹ từ thiện chấm cà mau chấm gờ o vê chấm vê en.", None),
    ("Liên hệ hoituthien@camau.gov.vn để đăng ký.",
     "Liên hệ hội từ thiện a còng cà mau chấm gờ o vê chấm vê en để đăng ký.", None),
    ("Đặt lịch khám tại tramyte.tanlap.gov.vn.",
     "Đặt lịch khám tại trạm y tế chấm tân lập chấm gờ o vê chấm vê en.", None),
    ("Xem lịch tiêm tại trungtamyte.camau.gov.vn.",
     "Xem lịch tiêm tại trung tâm y tế chấm cà mau chấm gờ o vê chấm vê en.", None),
    ("Góp quỹ tại quyvinguoingheo.camau.gov.vn.",
     "Góp quỹ tại quỹ vì người nghèo chấm cà mau chấm gờ o vê chấm vê en.", None),
    ("Góp quỹ tại nguoingheo.camau.gov.vn.",
     "Góp quỹ tại người nghèo chấm cà mau chấm gờ o vê chấm vê en.", None),
    ("Xem tại phongkinhtehatang.camau.gov.vn.",
     "Xem tại phòng kinh tế hạ tầng chấm cà mau chấm gờ o vê chấm vê en.", None),
    ("Xem tại phongtainguyenmoitruong.camau.gov.vn.",
     "Xem tại phòng tài nguyên môi trường chấm cà mau chấm gờ o vê chấm vê en.", None),
    ("Xem tại vanphongdangky.camau.gov.vn.",
     "Xem tại văn phòng đăng ký chấm cà mau chấm gờ o vê chấm vê en.", None),
    ("Xem tại quyhotronongdan.camau.gov.vn.",
     "Xem tại quỹ hỗ trợ nông dân chấm cà mau chấm gờ o vê chấm vê en.", None),
    ("Xem tại hoinongdan.camau.gov.vn.",
     "Xem tại hội nông dân chấm cà mau chấm gờ o vê chấm vê en.", None),
    ("Xem tại doanthanhnien.camau.gov.vn.",
     "Xem tại đoàn thanh niên chấm cà mau chấm gờ o vê chấm vê en.", None),
    # near-misses: a district, a word of the address words, a commune's name, a department
    ("Xem tại tramy.quangnam.gov.vn.",
     "Xem tại trà my chấm quảng nam chấm gờ o vê chấm vê en.", None),
    ("Xem tại vanbanso.camau.gov.vn.",
     "Xem tại văn bản số chấm cà mau chấm gờ o vê chấm vê en.", None),
    ("Xem tại tuvan.camau.gov.vn.", "Xem tại tư vấn chấm cà mau chấm gờ o vê chấm vê en.", None),
    ("Xem tại yenphong.bacninh.gov.vn.",
     "Xem tại yên phong chấm bắc ninh chấm gờ o vê chấm vê en.", None),
    ("Xem tại sotuphap.camau.gov.vn.",
     "Xem tại sở tư pháp chấm cà mau chấm gờ o vê chấm vê en.", None),
]  # fmt: skip


TABLES: dict[str, list[Row]] = {
    "web_words": WEB_WORDS,
    "letters_not_numerals": LETTERS_NOT_NUMERALS,
    "counted_by_a_line": COUNTED_BY_A_LINE,
    "hidden_stars": HIDDEN_STARS,
    "blank_code_field": BLANK_CODE_FIELD,
    "places_by_a_slash": PLACES_BY_A_SLASH,
    "joined_words": JOINED_WORDS,
}
"""Each class's table; a row's id names its table ('web_words-3')."""


@pytest.mark.parametrize(("written", "north", "south"), table_rows(TABLES))
def test_read_as_an_announcer_reads_it_in_both_voices(
    written: str, north: str, south: str | None
) -> None:
    assert_read_in_both_voices(written, north, south)
