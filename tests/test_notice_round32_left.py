"""Faults session 31 left (issue 16, its closing note §5), each a class with near-misses that
must not change, read in both voices: blank form fields and hidden digits, numbers of places
joined by slashes, Roman numerals closing a clause, units in odd case, '#' before a number, a
list's mark before a slip, versions glued to a brand, 'nghĩ' after a thinker, an unmarked
'tinh' before a province. A row's third column is the southern reading where it differs."""

from __future__ import annotations

import pytest
from both_voices import Row, assert_read_in_both_voices, table_rows

BLANKS: list[Row] = [
    ("Ngày XX tháng XX năm 2026, người làm đơn ký tên.",
     "Ngày, tháng, năm hai nghìn không trăm hai mươi sáu, người làm đơn ký tên.",
     "Ngày, tháng, năm hai ngàn không trăm hai mươi sáu, người làm đơn ký tên."),
    ("Tân Lập, ngày XX tháng XX năm 2026.",
     "Tân Lập, ngày, tháng, năm hai nghìn không trăm hai mươi sáu.",
     "Tân Lập, ngày, tháng, năm hai ngàn không trăm hai mươi sáu."),
    ("Đơn nộp trước ngày 15/6/20xx.", "Đơn nộp trước ngày mười lăm tháng sáu năm.", None),
    ("Hạn nộp hồ sơ 30/9/20xx tại bộ phận một cửa.",
     "Hạn nộp hồ sơ ngày ba mươi tháng chín năm, tại bộ phận một cửa.", None),
    ("Số xx/QĐ-UBND ngày 3/2/2026 về việc thu hồi đất.",
     "Số, quyết định ủy ban nhân dân ngày ba tháng hai năm hai nghìn không trăm hai mươi sáu "
     "về việc thu hồi đất.",
     "Số, quyết định ủy ban nhân dân ngày ba tháng hai năm hai ngàn không trăm hai mươi sáu "
     "về việc thu hồi đất."),
    ("Số: ...../QĐ-UBND", "Số: quyết định ủy ban nhân dân", None),
    ("Kèm theo Kế hoạch số XX/KH-UBND của UBND xã.",
     "Kèm theo Kế hoạch số, của ủy ban nhân dân xã.", None),
    ("Mã hồ sơ XX/2026/HS ghi ở góc phải.",
     "Mã hồ sơ, hai nghìn không trăm hai mươi sáu hát ét ghi ở góc phải.",
     "Mã hồ sơ, hai ngàn không trăm hai mươi sáu hát ét ghi ở góc phải."),
    # hidden digits: 'ích xì' each (blind round 106); any digits after a prefix unsaid (107)
    ("Gọi 0912.xxx.789 để được tư vấn.",
     "Gọi không chín một hai, ích xì ích xì ích xì, bảy tám chín để được tư vấn.", None),
    ("Đầu số 1900 xxxx là số dịch vụ có tính phí.",
     "Đầu số một chín không không là số dịch vụ có tính phí.", None),
    ("Số CCCD 03x.xxx.xxx.123 đã bị lộ.",
     "Số căn cước công dân không ba ích xì, ích xì ích xì ích xì, ích xì ích xì ích xì, một hai "
     "ba đã bị lộ.", None),
    ("Tàu QNg-95xxx-TS mất liên lạc trên biển.",
     "Tàu quy en giê chín năm ích xì ích xì ích xì tê ét mất liên lạc trên biển.", None),
    # near-misses: a numeral, a class's name, a date, a vessel's whole number
    ("Đại hội XX của Đảng.", "Đại hội hai mươi của Đảng.", None),
    ("Lớp 12 XX nghỉ học.", "Lớp mười hai hai mươi nghỉ học.", None),
    ("Họp ngày 15/6/2026.", "Họp ngày mười lăm tháng sáu năm hai nghìn không trăm hai mươi sáu.",
     "Họp ngày mười lăm tháng sáu năm hai ngàn không trăm hai mươi sáu."),
    ("Tàu QNg-95123-TS về bến.", "Tàu quy en giê chín năm một hai ba tê ét về bến.", None),
]  # fmt: skip

PLACES_SLASHED: list[Row] = [
    ("Thôn 3/5 tham gia ngày hội đại đoàn kết.",
     "Thôn ba, năm tham gia ngày hội đại đoàn kết.", None),
    ("Các ấp 1 / 2 / 3 họp tại nhà văn hóa.", "Các ấp một, hai, ba họp tại nhà văn hóa.", None),
    ("Bà con xóm 4/6 nhận gạo cứu trợ tại trường.",
     "Bà con xóm bốn, sáu nhận gạo cứu trợ tại trường.", None),
    ("Tổ 1/2/3 ra quân dọn vệ sinh.", "Tổ một, hai, ba ra quân dọn vệ sinh.", None),
    ("Khu phố 2/7 mất điện sáng mai.", "Khu phố hai, bảy mất điện sáng mai.", None),
    ("Các đội 1/2 trực đêm.", "Các đội một, hai trực đêm.", None),
    # near-misses: a house, a share, a date, a date after a place's word, places named by a
    # date (falling numbers, a day of the nation), 'ấp' inside 'Cấp'
    ("Số 12/5 đường Lê Lợi.", "Số mười hai trên năm đường Lê Lợi.",
     "Số mười hai xuyệt năm đường Lê Lợi."),
    ("Có 3/5 hộ đã nộp thuế.", "Có ba trên năm hộ đã nộp thuế.", None),
    ("Thôn 3/5 hộ đã nộp.", "Thôn ba trên năm hộ đã nộp.", None),
    ("Ngày 3/5 họp thôn.", "Ngày ba tháng năm họp thôn.", None),
    ("Tổ 2/7/2026 họp.", "Tổ ngày hai tháng bảy năm hai nghìn không trăm hai mươi sáu họp.",
     "Tổ ngày hai tháng bảy năm hai ngàn không trăm hai mươi sáu họp."),
    ("Đường 3/2 thông xe.", "Đường ba tháng hai thông xe.", None),
    ("Nhà văn hóa Xóm 3/2 mở cửa.", "Nhà văn hóa Xóm ba tháng hai mở cửa.", None),
    ("Khu phố 2/9 họp tổ dân phố.", "Khu phố hai tháng chín họp tổ dân phố.", None),
    ("Cấp 2/3 số thẻ cho người dân.", "Cấp hai phần ba số thẻ cho người dân.", None),
]  # fmt: skip

NUMERALS_CLOSING: list[Row] = [
    ("Theo Điều V, khoản 2 của Điều lệ Hội.", "Theo Điều năm, khoản hai của Điều lệ Hội.", None),
    ("Căn cứ Khoản IV, Điều 5 của Quy chế.", "Căn cứ Khoản bốn, Điều năm của Quy chế.", None),
    ("Xem Mục II; các mục khác giữ nguyên.", "Xem Mục hai; các mục khác giữ nguyên.", None),
    ("Chương X: Điều khoản thi hành.", "Chương mười: Điều khoản thi hành.", None),
    ("Theo Điều I.", "Theo Điều một.", None),
    ("Theo quy định tại Khoản I.", "Theo quy định tại Khoản một.", None),
    ("Kỳ họp thứ V, Hội đồng nhân dân xã khóa XII.",
     "Kỳ họp thứ năm, Hội đồng nhân dân xã khóa mười hai.", None),
    ("Đại hội Hội Nông dân lần thứ X: thành công tốt đẹp.",
     "Đại hội Hội Nông dân lần thứ mười: thành công tốt đẹp.", None),
    # near-misses: an initial after a name, the word 'điều' before no numeral
    ("Ông Nguyễn Văn V. đến họp.", "Ông Nguyễn Văn vê đến họp.", None),
    ("Đây là điều ai cũng biết.", "Đây là điều ai cũng biết.", None),
]  # fmt: skip

UNITS_WITH_A_LETTER: list[Row] = [
    ("Dây điện dài 1,2 M mỗi đoạn.", "Dây điện dài một phẩy hai mét mỗi đoạn.", None),
    ("Mỗi hộ nhận 1 chai 1 L dầu ăn.", "Mỗi hộ nhận một chai một lít dầu ăn.", None),
    ("Bao gạo 2,5 KG phát cho hộ nghèo.", "Bao gạo hai phẩy năm ki lô gam phát cho hộ nghèo.",
     None),
    ("Nước súc miệng chai 0,5 L.", "Nước súc miệng chai không phẩy năm lít.", None),
    ("Cột cờ cao 3 M.", "Cột cờ cao ba mét.", None),
    ("Mực nước lên 1,5 M so với hôm qua.", "Mực nước lên một phẩy năm mét so với hôm qua.", None),
    # near-misses: letters with no number, a class's and a company's letter
    ("Họp tại Khu M nhà văn hóa.", "Họp tại Khu em nhà văn hóa.", None),
    ("Chọn hạt giống loại L.", "Chọn hạt giống loại e lờ.", None),
    ("Lớp 12 M nghỉ học.", "Lớp mười hai em nghỉ học.", None),
    ("Công ty 3M tài trợ.", "Công ty ba em tài trợ.", None),
]  # fmt: skip

NUMBER_SIGN: list[Row] = [
    ("Số nhà #12 đường Lê Lợi.", "Số nhà số mười hai đường Lê Lợi.", None),
    ("Mời ông bà đến phòng #3 nhận hồ sơ.", "Mời ông bà đến phòng số ba nhận hồ sơ.", None),
    ("Gian hàng #12 chợ xã cho thuê.", "Gian hàng số mười hai chợ xã cho thuê.", None),
    # near-miss: a tag
    ("Theo dõi #TanLap2026 trên mạng.",
     "Theo dõi hát tác tân lập hai nghìn không trăm hai mươi sáu trên mạng.",
     "Theo dõi hát tác tân lập hai ngàn không trăm hai mươi sáu trên mạng."),
]  # fmt: skip

LISTED_SLIPS: list[Row] = [
    ("1) Khong được đốt rác ven đường.", "một) Không được đốt rác ven đường.", None),
    ("a) Khong nen ra đồng khi có giông.", "Không nên ra đồng khi có giông.", None),
    ("- Khong được tụ tập đông người.", "Không được tụ tập đông người.", None),
    ("Thông báo:\n2) Khong được thả rông gia súc.",
     "Thông báo: hai) Không được thả rông gia súc.", None),
    # near-miss: a name after the mark
    ("2) Khong Văn Minh đến họp.", "hai) Khong Văn Minh đến họp.", None),
]  # fmt: skip

VERSIONS: list[Row] = [
    ("Cài VNeID2.0 trên điện thoại.", "Cài vê en e ai đi hai chấm không trên điện thoại.", None),
    ("Nhắn qua Zalo2 nhé.", "Nhắn qua da lô hai nhé.", None),
    ("Phòng chống COVID19.", "Phòng chống cô vít mười chín.", None),
    ("Điện thoại iPhone13 bị mất.", "Điện thoại ai phôn mười ba bị mất.", None),
    ("Máy Android12 cài được ứng dụng.", "Máy an đờ roi mười hai cài được ứng dụng.", None),
    ("Cài ứng dụng VssID2.1 để tra cứu.",
     "Cài ứng dụng vê ét ét ai đi hai chấm một để tra cứu.", None),
    # near-misses: a road's code, a word glued to its number
    ("Quốc lộ QL14 bị sạt lở.", "Quốc lộ mười bốn bị sạt lở.", None),
    ("Thôn5 họp tối nay.", "Thôn năm họp tối nay.", None),
]  # fmt: skip

THINKING: list[Row] = [
    ("Tôi nghĩ hè này con nên học bơi.", "Tôi nghĩ hè này con nên học bơi.", None),
    ("Em nghĩ tết này về quê ăn tết.", "Em nghĩ tết này về quê ăn tết.", None),
    ("Mọi người nghĩ tết năm nay sẽ vui hơn.", "Mọi người nghĩ tết năm nay sẽ vui hơn.", None),
    ("Nhiều người nghĩ lễ này đông khách.", "Nhiều người nghĩ lễ này đông khách.", None),
    ("Chúng ta nghĩ hè là dịp để các cháu rèn luyện.",
     "Chúng ta nghĩ hè là dịp để các cháu rèn luyện.", None),
    # the slips: no thinker, those who rest, how long or how well they rest
    ("Học sinh nghĩ hè từ ngày 1/6.", "Học sinh nghỉ hè từ ngày một tháng sáu.", None),
    ("Chúc các em nghĩ hè vui vẻ.", "Chúc các em nghỉ hè vui vẻ.", None),
    ("Tôi nghĩ tết 9 ngày.", "Tôi nghỉ tết chín ngày.", None),
    ("Cho con nghĩ hè ở quê.", "Cho con nghỉ hè ở quê.", None),
    ("Ông nghĩ hưu rồi.", "Ông nghỉ hưu rồi.", None),
]  # fmt: skip

PROVINCE_KIND: list[Row] = [
    ("tinh Nghe An thông báo lịch cắt điện.", "tỉnh Nghệ An thông báo lịch cắt điện.", None),
    ("Ủy ban nhân dân tinh Quang Tri.", "Ủy ban nhân dân tỉnh Quảng Trị.", None),
    ("Công an tinh Ha Tinh cảnh báo lừa đảo.", "Công an tỉnh Hà Tĩnh cảnh báo lừa đảo.", None),
    ("Hội nghị do UBND tinh Quảng Nam tổ chức.",
     "Hội nghị do ủy ban nhân dân tỉnh Quảng Nam tổ chức.", None),
    # near-misses: 'tinh' of other words
    ("Giữ vững tinh thần cảnh giác.", "Giữ vững tinh thần cảnh giác.", None),
    ("Đồ gốm tinh xảo.", "Đồ gốm tinh xảo.", None),
    ("Trẻ em tinh nghịch.", "Trẻ em tinh nghịch.", None),
]  # fmt: skip


TABLES: dict[str, list[Row]] = {
    "blank": BLANKS,
    "places": PLACES_SLASHED,
    "numeral": NUMERALS_CLOSING,
    "unit": UNITS_WITH_A_LETTER,
    "number_sign": NUMBER_SIGN,
    "list_mark": LISTED_SLIPS,
    "version": VERSIONS,
    "thinking": THINKING,
    "province": PROVINCE_KIND,
}
"""Each class's table; a row's id names its table ('blank-3'). One test reads them all (one
test per table repeated the same body nine times)."""


@pytest.mark.parametrize(("written", "north", "south"), table_rows(TABLES))
def test_read_as_an_announcer_reads_it_in_both_voices(
    written: str, north: str, south: str | None
) -> None:
    assert_read_in_both_voices(written, north, south)
