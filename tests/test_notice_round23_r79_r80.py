"""Where the reader differed from the majority of three announcers on rounds 79 (Khánh Hòa,
Ninh Thuận) and 80 (Quảng Ninh, Hải Phòng) (issue 16; /work/team/notes/r23read.md has the
table of classes): the faults a listener hears (an airline's code said as the National
Assembly, an account number said as thousands, a bound said before its unit), fixed where two
or three of the three said the same and the rule is general. The phrases are this session's
own, not the rounds' lines; each class has look-alikes that must not change."""

from __future__ import annotations

import pytest

from announcements.normalize import spoken_form

FIXED: list[tuple[str, str]] = [
    # an airline's code with no flight number, after 'chuyến' or 'hãng' or as its code (rounds
    # 79 and 80: six readings of six 'quy hát', where the reader said 'quốc hội')
    ('Sân bay Phù Cát tạm đóng cửa, các chuyến VN và QH đi Hà Nội được lùi giờ.',
     'Sân bay Phù Cát tạm đóng cửa, các chuyến vê en và quy hát đi Hà Nội được lùi giờ.'),
    ('Hãng Bamboo Airways (mã QH) mở lại đường bay Quy Nhơn - Hải Phòng.',
     'Hãng bam bu e uây (mã quy hát) mở lại đường bay Quy Nhơn, Hải Phòng.'),
    ('Hãng QH thông báo hoãn các chuyến bay chiều nay.',
     'Hãng quy hát thông báo hoãn các chuyến bay chiều nay.'),
    # an account number in groups, after words between 'tài khoản' and 'số' (round 80: three of
    # three digit by digit in the groups, where the reader said thousands)
    ('Ủng hộ đồng bào vùng lũ qua tài khoản Ban vận động số 1027 6543 210 tại Agribank.',
     'Ủng hộ đồng bào vùng lũ qua tài khoản Ban vận động số một không hai bảy, sáu năm bốn ba, '
     'hai một không tại a gờ ri banh.'),
    ('Tài khoản Quỹ vì người nghèo xã số 3741 0 1056789 tại Kho bạc Nhà nước.',
     'Tài khoản Quỹ vì người nghèo xã số ba bảy bốn một, không, một không năm sáu bảy tám chín '
     'tại Kho bạc Nhà nước.'),
    ('Bà con chuyển khoản ủng hộ vào số 1027 6543 210, chủ tài khoản Ban vận động xã.',
     'Bà con chuyển khoản ủng hộ vào số một không hai bảy, sáu năm bốn ba, hai một không, chủ tài '
     'khoản Ban vận động xã.'),
    ('Số thẻ BHYT 4020 1234 5678 in ở mặt trước.',
     'Số thẻ bảo hiểm y tế bốn không hai không, một hai ba bốn, năm sáu bảy tám in ở mặt trước.'),
    # the 'Việt' of Vietinbank and Vietravel (rounds 73, 79, 80: eleven readings of twelve)
    ('Nộp tiền qua Vietinbank hoặc đặt tour với Vietravel.',
     'Nộp tiền qua việt tin banh hoặc đặt tua với việt tra ven.'),
    # 'trở lên' after the whole quantity: a counted unit, a share of a whole (rounds 77 and 80)
    ('Tỷ lệ tiêm phòng lở mồm long móng phải đạt ≥ 85% tổng đàn.',
     'Tỷ lệ tiêm phòng lở mồm long móng phải đạt từ tám mươi lăm phần trăm tổng đàn trở lên.'),
    ('Nhà máy phấn đấu sản lượng ≥ 2 triệu tấn, doanh thu ≥ 5 tỷ đồng.',
     'Nhà máy phấn đấu sản lượng từ hai triệu tấn trở lên, doanh thu từ năm tỷ đồng trở lên.'),
    # a lunar fifteenth written in digits is 'mười lăm' (rounds 69 and 80: nine of nine)
    ('Lễ cúng cơm mới vào ngày 15 tháng 10 âm lịch.',
     'Lễ cúng cơm mới vào ngày mười lăm tháng mười âm lịch.'),
    ('Cúng rằm tháng Giêng (15/1 âm lịch) tại đình làng.',
     'Cúng rằm tháng Giêng (ngày mười lăm tháng giêng âm lịch) tại đình làng.'),
    ('Hội làng diễn ra ngày 15 và 16 tháng 2 âm lịch.',
     'Hội làng diễn ra ngày mười lăm và mười sáu tháng hai âm lịch.'),
    # a day and its month after a named day, and a start 'kể từ' (round 79: six of six)
    ('Bà con chú ý: ngày mai 9-12 mất điện cả ngày.',
     'Bà con chú ý: ngày mai chín tháng mười hai mất điện cả ngày.'),
    ('Hôm nay 20-11, trường tổ chức mít tinh.',
     'Hôm nay hai mươi tháng mười một, trường tổ chức mít tinh.'),
    ('Kể từ ngày 1 - 1, giá nước sạch tăng 5%.',
     'Kể từ ngày một tháng một, giá nước sạch tăng năm phần trăm.'),
    # a road's marker past 999 (round 79: three of three 'ki lô mét', where the reader spelled
    # 'ca em')
    ('Sạt lở taluy dương tại Km 1.102+450 QL1, đề nghị các phương tiện giảm tốc độ.',
     'Sạt lở ta luy dương tại ki lô mét một nghìn một trăm linh hai cộng bốn trăm năm mươi quốc '
     'lộ một, đề nghị các phương tiện giảm tốc độ.'),
    # the council and the committee joined by a dash are one office of both (round 79: three
    # of three 'và')
    ('Thường trực HĐND-UBND xã tiếp công dân vào sáng thứ Năm.',
     'Thường trực hội đồng nhân dân và ủy ban nhân dân xã tiếp công dân vào sáng thứ Năm.'),
    # a certificate of origin (round 80: three of three 'xê ô'; integ said 'một trăm trên O'
    # after 'cấp')
    ('Doanh nghiệp cần xin cấp C/O trước khi xuất hàng qua cửa khẩu.',
     'Doanh nghiệp cần xin cấp xê ô trước khi xuất hàng qua cửa khẩu.'),
    # a crop's season in Roman numerals (round 80: three of three 'vụ một')
    ('Lịch thời vụ gieo cấy vụ I bắt đầu từ ngày 20/12.',
     'Lịch thời vụ gieo cấy vụ một bắt đầu từ ngày hai mươi tháng mười hai.'),
    # a currency's code alone, as 'USD' (round 78's 'CNY' after a number: three of three)
    ('Tỷ giá CNY tại các quầy đổi tiền biên giới tăng nhẹ.',
     'Tỷ giá nhân dân tệ tại các quầy đổi tiền biên giới tăng nhẹ.'),
    ('Ngân hàng mua vào EUR với giá niêm yết tại quầy.',
     'Ngân hàng mua vào ơ rô với giá niêm yết tại quầy.'),
    # a province's television channel after 'kênh' (round 79: three of three 'ca tê vê')
    ('Phóng sự về Tuần lễ biển đảo phát trên kênh KTV và kênh BTV tối nay.',
     'Phóng sự về Tuần lễ biển đảo phát trên kênh ca tê vê và kênh bê tê vê tối nay.'),
    # a bus route and its branch (round 77: two 'gạch', one 'trừ', none a range)
    ('Tuyến xe buýt số 61-4 Thủ Dầu Một - Bến xe Miền Tây tạm dừng hoạt động.',
     'Tuyến xe buýt số sáu mươi mốt gạch bốn Thủ Dầu Một, Bến xe Miền Tây tạm dừng hoạt động.'),
    # a month jotted 'T5/2026' opening the notice (the rule's gate wanted a space or a
    # bracket before it, so the reader said 'thứ năm trên …'; found by the drawn-text test)
    ('T5/2026 xã thu tiền nước sạch tại nhà văn hóa thôn.',
     'tháng năm năm hai nghìn không trăm hai mươi sáu xã thu tiền nước sạch tại nhà văn hóa '
     'thôn.'),
]  # fmt: skip

UNCHANGED: list[tuple[str, str]] = [
    # the National Assembly, a flight's number, a train
    ('Đại biểu QH tiếp xúc cử tri tại xã.',
     'Đại biểu quốc hội tiếp xúc cử tri tại xã.'),
    ('Theo Nghị quyết của QH, giá vé máy bay được điều chỉnh.',
     'Theo Nghị quyết của quốc hội, giá vé máy bay được điều chỉnh.'),
    ('Chuyến bay VJ781 bị hủy do thời tiết xấu.',
     'Chuyến bay vê gi bảy tám một bị hủy do thời tiết xấu.'),
    ('Chuyến tàu SE1 khởi hành lúc 19h.',
     'Chuyến tàu ét e một khởi hành lúc mười chín giờ.'),
    # other accounts and counts
    ('Tài khoản định danh điện tử mức 2 được kích hoạt tại Công an xã.',
     'Tài khoản định danh điện tử mức hai được kích hoạt tại Công an xã.'),
    ('Chuyển vào tài khoản số 1027 6543 210 5 lần trong tháng.',
     'Chuyển vào tài khoản số một không hai bảy, sáu năm bốn ba, hai một không năm lần trong '
     'tháng.'),
    ('Các năm 2024 2025 2026 xã đều về đích.',
     'Các năm hai nghìn không trăm hai mươi tư hai nghìn không trăm hai mươi lăm hai nghìn không '
     'trăm hai mươi sáu xã đều về đích.'),
    ('Máy lạ gọi từ số +84 283 622 0899 thì không nghe.',
     'Máy lạ gọi từ số cộng tám tư, hai tám ba, sáu hai hai, không tám chín chín thì không nghe.'),
    ('Gọi 0987 654 321 hoặc mã 1234 56 78.',
     'Gọi không chín tám bảy, sáu năm bốn, ba hai một hoặc mã một nghìn hai trăm ba mươi tư năm '
     'mươi sáu bảy mươi tám.'),
    ('Tài khoản của 1200 hộ đã được kích hoạt.',
     'Tài khoản của một nghìn hai trăm hộ đã được kích hoạt.'),
    # other brands keep 'vi ét'
    ('Đăng ký Viettel và Vietlott tại cửa hàng.',
     'Đăng ký vi ét ten và vi ét lót tại cửa hàng.'),
    # bounds already right
    ('Tải trọng cầu ≤ 13 tấn, độ ẩm ≥ 80%.',
     'Tải trọng cầu không quá mười ba tấn, độ ẩm từ tám mươi phần trăm trở lên.'),
    ('Trẻ ≥ 6 tháng tuổi được tiêm vắc xin.',
     'Trẻ từ sáu tháng tuổi trở lên được tiêm vắc xin.'),
    # a written 'rằm', a lunar range
    ('Đêm rằm tháng Giêng, chùa tổ chức lễ cầu an.',
     'Đêm rằm tháng Giêng, chùa tổ chức lễ cầu an.'),
    ('Lễ hội diễn ra từ ngày 14-16/3 âm lịch.',
     'Lễ hội diễn ra từ ngày mười bốn đến ngày mười sáu tháng ba âm lịch.'),
    # stretches and counts after a day
    ('Từ ngày 5-10 xã tổ chức tiêm phòng.',
     'Từ ngày năm đến ngày mười xã tổ chức tiêm phòng.'),
    ('Hôm nay 3-4 hộ được hỗ trợ gạo.',
     'Hôm nay ba đến bốn hộ được hỗ trợ gạo.'),
    ('Ngày mai 4-5 người đi tập huấn.',
     'Ngày mai bốn đến năm người đi tập huấn.'),
    ('Kể từ ngày 1 - 5 người được nghỉ luân phiên.',
     'Kể từ ngày một đến ngày năm người được nghỉ luân phiên.'),
    # a length, a document's code, two bodies in the other order, a case, the dollar
    ('Đường dài 1.556 km, cấm xe trên 10 tấn.',
     'Đường dài một nghìn năm trăm năm mươi sáu ki lô mét, cấm xe trên mười tấn.'),
    ('Quyết định số 12/QĐ-UBND ngày 5/3 về việc thu hồi đất.',
     'Quyết định số mười hai của ủy ban nhân dân ngày năm tháng ba về việc thu hồi đất.'),
    ('Công văn gửi UBND - HĐND xã.',
     'Công văn gửi ủy ban nhân dân, hội đồng nhân dân xã.'),
    ('KTV y tế lấy mẫu xét nghiệm; BTV Đảng ủy xã họp.',
     'kỹ thuật viên y tế lấy mẫu xét nghiệm; ban thường vụ Đảng ủy xã họp.'),
    ('Vụ việc đang được Công an xã xác minh.',
     'Vụ việc đang được Công an xã xác minh.'),
    ('Tỷ giá USD hôm nay không đổi.',
     'Tỷ giá đô la mỹ hôm nay không đổi.'),
    # routes listed, a count of seats, an address
    ('Các tuyến xe buýt số 1-3 tạm dừng hoạt động.',
     'Các tuyến xe buýt số một đến ba tạm dừng hoạt động.'),
    ('Xe buýt 45-50 chỗ đưa đón học sinh.',
     'Xe buýt bốn mươi lăm đến năm mươi chỗ đưa đón học sinh.'),
    ('Trụ sở UBND xã tại số 123/45 đường Lê Lợi.',
     'Trụ sở ủy ban nhân dân xã tại số một trăm hai mươi ba trên bốn mươi lăm đường Lê Lợi.'),
]  # fmt: skip


@pytest.mark.parametrize(("written", "spoken"), FIXED)
def test_what_most_announcers_of_rounds_79_80_said(written: str, spoken: str) -> None:
    assert spoken_form(written) == spoken


@pytest.mark.parametrize(("written", "spoken"), UNCHANGED)
def test_look_alikes_of_rounds_79_80_keep_their_reading(written: str, spoken: str) -> None:
    assert spoken_form(written) == spoken
