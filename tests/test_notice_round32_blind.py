"""Faults blind rounds 107-108 (Nghệ An, Cà Mau) found (issue 16): '.gov' spelled, a short
line's number dialled after its service word, days listed with 'mùng', a word a mark off where
the next word allows one reading, a city in a province's address, a village road's code, a
fuel's grade, a document's bare issuer before a place, and loan words and storm names."""

from __future__ import annotations

import pytest

from announcements.normalize import Reader
from announcements.numbers import NORTH, SOUTH, Dialect

BOTH = pytest.mark.parametrize("dialect", [NORTH, SOUTH], ids=["north", "south"])


def _read(written: str, dialect: Dialect = NORTH) -> tuple[str, tuple[str, ...]]:
    reading = Reader({}, dialect).read(written)
    return reading.spoken, reading.guessed


GOV: list[tuple[str, str]] = [
    ("Truy cập dichvucong.gov.vn để nộp hồ sơ.",
     "Truy cập dịch vụ công chấm gờ o vê chấm vê en để nộp hồ sơ."),
    ("Trang thông tin: camau.gov.vn", "Trang thông tin: cà mau chấm gờ o vê chấm vê en"),
    ("Góp ý gửi về ubnd@nghean.gov.vn.",
     "Góp ý gửi về u bê en đê a còng nghệ an chấm gờ o vê chấm vê en."),
    ("Chỉ tin trang có đuôi .gov.vn.", "Chỉ tin trang có đuôi chấm gờ o vê chấm vê en."),
    # the e-government's name is a word
    ("Ứng dụng eGov của tỉnh", "Ứng dụng i gốp của tỉnh"),
]  # fmt: skip


@BOTH
@pytest.mark.parametrize(("written", "spoken"), GOV)
def test_gov_spelled_in_both_voices(written: str, spoken: str, dialect: Dialect) -> None:
    assert _read(written, dialect) == (spoken, ())


LINES: list[tuple[str, str]] = [
    ("Tổng đài dịch vụ công 1022 của tỉnh hỗ trợ bà con.",
     "Tổng đài dịch vụ công một không hai hai của tỉnh hỗ trợ bà con."),
    ("Tổng đài bảo vệ trẻ em 111 của quốc gia luôn sẵn sàng.",
     "Tổng đài bảo vệ trẻ em một một một của quốc gia luôn sẵn sàng."),
    ("Đường dây nóng 113 của công an huyện.", "Đường dây nóng một một ba của công an huyện."),
    ("Số máy trực 114 của đội chữa cháy.", "Số máy trực một một bốn của đội chữa cháy."),
    ("Đường dây nóng phòng chống dịch 1022 hoạt động 24/7.",
     "Đường dây nóng phòng chống dịch một không hai hai hoạt động hai mươi tư trên bảy."),
    ("Tổng đài 116 của bưu điện.", "Tổng đài một một sáu của bưu điện."),
    ("Liên hệ đường dây nóng 1080 của huyện để được hỗ trợ.",
     "Liên hệ đường dây nóng một không tám không của huyện để được hỗ trợ."),
    ("Đầu số 1022 do tỉnh lập.", "Đầu số một không hai hai do tỉnh lập."),
    ("Tổng đài 1022 tiếp nhận 350 phản ánh.",
     "Tổng đài một không hai hai tiếp nhận ba trăm năm mươi phản ánh."),
    ("Gọi tổng đài dịch vụ công 1022 của tỉnh.",
     "Gọi tổng đài dịch vụ công một không hai hai của tỉnh."),
    ("Đường dây nóng 18001091 của Sở.",
     "Đường dây nóng một tám không không, một không chín một của Sở."),
    # near-misses: a count or a year
    ("Có 1022 hộ tham gia.", "Có một nghìn không trăm hai mươi hai hộ tham gia."),
    ("Năm 1022 hộ dân được hỗ trợ.", "Năm một nghìn không trăm hai mươi hai hộ dân được hỗ trợ."),
    ("Tổng đài đã nhận 1022 cuộc gọi.",
     "Tổng đài đã nhận một nghìn không trăm hai mươi hai cuộc gọi."),
    ("Năm nay tổng đài tiếp nhận 1022 phản ánh của người dân.",
     "Năm nay tổng đài tiếp nhận một nghìn không trăm hai mươi hai phản ánh của người dân."),
    ("Đường dây nóng có 115 cán bộ trực.", "Đường dây nóng có một trăm mười lăm cán bộ trực."),
    ("Liên hệ văn phòng xã, phòng 112 của nhà A.",
     "Liên hệ văn phòng xã, phòng một trăm mười hai của nhà A."),
    ("Đường dây nóng hoạt động từ năm 2019.",
     "Đường dây nóng hoạt động từ năm hai nghìn không trăm mười chín."),
]  # fmt: skip


@pytest.mark.parametrize(("written", "spoken"), LINES)
def test_a_line_number_dialled_after_its_service_word(written: str, spoken: str) -> None:
    assert _read(written) == (spoken, ())


DAYS: list[tuple[str, str]] = [
    ("Tiêm phòng vào các ngày 5, 10, 15, 20, 25 và 30 hằng tháng.",
     "Tiêm phòng vào các ngày mùng năm, mùng mười, mười lăm, hai mươi, hai mươi lăm và ba mươi "
     "hằng tháng."),
    ("Nghỉ hai ngày 1 và 2/6.", "Nghỉ hai ngày mùng một và mùng hai tháng sáu."),
    ("Các ngày 5, 6 và 12/11 cắt điện.",
     "Các ngày mùng năm, mùng sáu và mười hai tháng mười một cắt điện."),
    ("Trong 2 ngày: 5 và 6/12 cắt điện.",
     "Trong hai ngày: mùng năm và mùng sáu tháng mười hai cắt điện."),
    ("Đêm 4 và 5/8 âm lịch có mưa.", "Đêm mùng bốn và mùng năm tháng tám âm lịch có mưa."),
    ("Ngày 9 và 10/1 âm lịch là ngày hội.",
     "Ngày mùng chín và mùng mười tháng giêng âm lịch là ngày hội."),
    ("Chi trả vào 5 và 20 hằng tháng.", "Chi trả vào ngày mùng năm và hai mươi hằng tháng."),
    # near-misses: one day, days past the tenth, a count
    ("Khai giảng ngày 1/7.", "Khai giảng ngày một tháng bảy."),
    ("Họp vào ngày 15 và 25 hằng tháng.", "Họp vào ngày mười lăm và hai mươi lăm hằng tháng."),
    ("Cắt điện (29 và 30/11).", "Cắt điện (ngày hai mươi chín và ba mươi tháng mười một)."),
    ("Có 5, 10 hộ mỗi tháng.", "Có năm, mười hộ mỗi tháng."),
]  # fmt: skip


@BOTH
@pytest.mark.parametrize(("written", "spoken"), DAYS)
def test_listed_days_up_to_the_tenth_take_mung(written: str, spoken: str, dialect: Dialect) -> None:
    assert _read(written, dialect) == (spoken, ())


SLIPS: list[tuple[str, str]] = [
    ("Giá cam loai 1 là 20.000 đồng.", "Giá cam loại một là hai mươi nghìn đồng."),
    ("Gạo loai I giá cao.", "Gạo loại một giá cao."),
    ("Cán bộ y tế thon ban đến tận nhà.", "Cán bộ y tế thôn bản đến tận nhà."),
    ("Bà con tập trung tai ruộng.", "Bà con tập trung tại ruộng."),
    ("Họp tai nhà văn hóa thôn.", "Họp tại nhà văn hóa thôn."),
    ("Giá lợn hơi 9.500 dong/kg.", "Giá lợn hơi chín nghìn năm trăm đồng một ki lô gam."),
    ("Học phí 200.000 dong/tháng.", "Học phí hai trăm nghìn đồng một tháng."),
    ("Khám miển phí cho người cao tuổi.", "Khám miễn phí cho người cao tuổi."),
    ("Cũng cố tổ chức cơ sở đảng.", "Củng cố tổ chức cơ sở đảng."),
    ("Luôn sẳn sàng ứng phó.", "Luôn sẵn sàng ứng phó."),
    ("Kiễm tra hồ sơ.", "Kiểm tra hồ sơ."),
    ("Đóng bảo hiễm y tế.", "Đóng bảo hiểm y tế."),
    ("Bà con cần sửa chửa nhà cửa.", "Bà con cần sửa chữa nhà cửa."),
    ("Bà con cần giử gìn vệ sinh.", "Bà con cần giữ gìn vệ sinh."),
    # near-misses: the typed word is one here
    ("Bị đau tai phải đi khám.", "Bị đau tai phải đi khám."),
    ("Phòng tránh tai nạn giao thông.", "Phòng tránh tai nạn giao thông."),
    ("Trưởng thôn ban hành quy ước.", "Trưởng thôn ban hành quy ước."),
    ("Ai cũng cố gắng học tập.", "Ai cũng cố gắng học tập."),
    ("Trồng dong riềng.", "Trồng dong riềng."),
    ("Sông Dong chảy qua xã.", "Sông Dong chảy qua xã."),
]  # fmt: skip


@pytest.mark.parametrize(("written", "spoken"), SLIPS)
def test_a_slip_read_as_its_neighbour_allows(written: str, spoken: str) -> None:
    assert _read(written) == (spoken, ())


ROADS: list[tuple[str, str]] = [
    ("Đường liên xóm TL02 từ xóm 5 đến xóm 7.",
     "Đường liên xóm tê e lờ không hai từ xóm năm đến xóm bảy."),
    ("Đường liên thôn ĐH05 đã thông xe.", "Đường liên thôn đê hát không năm đã thông xe."),
    ("Làm đường nội đồng TL12.", "Làm đường nội đồng tê e lờ mười hai."),
    ("Ngõ HL3 bị ngập.", "Ngõ hát e lờ ba bị ngập."),
    # near-misses: a province's road
    ("Tuyến TL02 đang sửa.", "Tuyến tỉnh lộ hai đang sửa."),
    ("TL02 bị sạt lở.", "tỉnh lộ hai bị sạt lở."),
]  # fmt: skip


@BOTH
@pytest.mark.parametrize(("written", "spoken"), ROADS)
def test_a_village_roads_code_spelled(written: str, spoken: str, dialect: Dialect) -> None:
    assert _read(written, dialect) == (spoken, ())


FUELS: list[tuple[str, str]] = [
    ("Giá xăng RON 95-III tăng.", "Giá xăng rôn chín mươi lăm mức ba tăng."),
    ("Xăng E5 RON 92-II giảm.", "Xăng e năm rôn chín mươi hai mức hai giảm."),
    ("Xăng RON 95-V.", "Xăng rôn chín mươi lăm mức năm."),
    ("Xăng RON95-III giảm 300 đồng.", "Xăng rôn chín mươi lăm mức ba giảm ba trăm đồng."),
    ("Xăng RON 95 giữ giá.", "Xăng rôn chín mươi lăm giữ giá."),
]  # fmt: skip


@pytest.mark.parametrize(("written", "spoken"), FUELS)
def test_a_fuels_emission_level_named(written: str, spoken: str) -> None:
    assert _read(written) == (spoken, ())


LOANS: list[tuple[str, str]] = [
    ("Giảm phát thải carbon.", "Giảm phát thải các bon."),
    ("Bán tín chỉ carbon rừng.", "Bán tín chỉ các bon rừng."),
    ("Đo khí radon trong nhà.", "Đo khí ra đon trong nhà."),
    ("Bão Yagi gây thiệt hại lớn.", "Bão da ghi gây thiệt hại lớn."),
    ("Bão số 3 (tên quốc tế YAGI).", "Bão số ba (tên quốc tế da ghi)."),
    ("Bão Kalmaegi, bão Usagi và bão Megi.", "Bão can mê ghi, bão u sa ghi và bão mê ghi."),
    # a 'j' stays 'gi'
    ("Bão Kajiki đổ bộ.", "Bão ca gi ki đổ bộ."),
]  # fmt: skip


@BOTH
@pytest.mark.parametrize(("written", "spoken"), LOANS)
def test_loan_words_and_storm_names(written: str, spoken: str, dialect: Dialect) -> None:
    assert _read(written, dialect) == (spoken, ())


ADDRESSES: list[tuple[str, str]] = [
    ("Truy cập hungloc.vinh.nghean.gov.vn",
     "Truy cập hưng lộc chấm vinh chấm nghệ an chấm gờ o vê chấm vê en"),
    ("Trang vinh.nghean.gov.vn", "Trang vinh chấm nghệ an chấm gờ o vê chấm vê en"),
    ("Phường Hưng Lộc, thành phố Vinh: hungloc.vinh.gov.vn",
     "Phường Hưng Lộc, thành phố Vinh: hưng lộc chấm vinh chấm gờ o vê chấm vê en"),
    # near-misses: no province named, or another place
    ("Trang hungloc.vinh.gov.vn", "Trang hưng lộc chấm vĩnh chấm gờ o vê chấm vê en"),
    ("Trang vinhlong.gov.vn", "Trang vĩnh long chấm gờ o vê chấm vê en"),
]  # fmt: skip


@pytest.mark.parametrize(("written", "spoken"), ADDRESSES)
def test_a_city_named_by_its_province_in_an_address(written: str, spoken: str) -> None:
    assert _read(written) == (spoken, ())


ISSUERS: list[tuple[str, str]] = [
    ("Theo Quyết định số 1532/QĐ-UBND, xã Đất Mới được phân bổ 20 tấn gạo.",
     "Theo Quyết định số một nghìn năm trăm ba mươi hai, xã Đất Mới được phân bổ hai mươi tấn "
     "gạo."),
    ("Theo Quyết định số 1532/QĐ-UBND, phường 3 được hỗ trợ.",
     "Theo Quyết định số một nghìn năm trăm ba mươi hai, phường ba được hỗ trợ."),
    # a village has no committee: its issuer is said (session 33, blind round 110)
    ("Theo Công văn số 125/UBND-VP, thôn 3 được hỗ trợ.",
     "Theo Công văn số một trăm hai mươi lăm của ủy ban nhân dân, thôn ba được hỗ trợ."),
    ("Theo Kế hoạch số 45/KH-BCĐ, ấp 3 ra quân.",
     "Theo Kế hoạch số bốn mươi lăm của ban chỉ đạo, ấp ba ra quân."),
    # near-misses: the issuer's place is said, or no place follows, or the issuer has its own
    ("Theo Quyết định số 12/QĐ-UBND ngày 5/3/2025 của UBND tỉnh.",
     "Theo Quyết định số mười hai ngày năm tháng ba năm hai nghìn không trăm hai mươi lăm của ủy "
     "ban nhân dân tỉnh."),
    ("Theo Quyết định số 12/QĐ-UBND của UBND xã.",
     "Theo Quyết định số mười hai của ủy ban nhân dân xã."),
    ("Theo Quyết định số 12/QĐ-UBND, bà con được hỗ trợ.",
     "Theo Quyết định số mười hai của ủy ban nhân dân, bà con được hỗ trợ."),
    ("Theo Kế hoạch số 77/KH-UBND, xã ra quân dọn vệ sinh.",
     "Theo Kế hoạch số bảy mươi bảy của ủy ban nhân dân, xã ra quân dọn vệ sinh."),
    ("Theo Quyết định số 12/QĐ-BYT, xã Đất Mới được phân bổ.",
     "Theo Quyết định số mười hai của bộ y tế, xã Đất Mới được phân bổ."),
]  # fmt: skip


@pytest.mark.parametrize(("written", "spoken"), ISSUERS)
def test_a_bare_issuer_unsaid_before_a_place(written: str, spoken: str) -> None:
    assert _read(written) == (spoken, ())
