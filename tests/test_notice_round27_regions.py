"""Session 27: notices of Hà Tĩnh, Quảng Ninh and Huế (provinces no earlier round used), of the
kinds a commune airs most (tuyển quân, tiêm chủng, thuế, đất đai, bầu cử, thiên tai, điện nước),
written for this round and read by the reader; each reading below was checked as an announcer
would say it. What the first reading got wrong was fixed, by class:

1. A bank account after words that name it ('Số tài khoản tiếp nhận ủng hộ: 3701.0.1056789')
   is said as the account rule says one after 'tài khoản số', and so is any dotted number no
   section or version has (a part of five digits or more, or of four among three parts): no
   'một triệu không trăm năm mươi sáu nghìn'.
2. Three races or more of a run: the last two joined by 'và', those before by a pause.
3. A place in brackets after an abbreviation expanded ('(TP. Cẩm Phả)') is a place too.
4. A span of days written with dots ('từ ngày 1.12 đến 5.12', 'ngày 1.12 - 5.12'): its end
   is a day too, not 'năm chấm mười hai'.
5. An amount written again in words in brackets ('125.500.000đ (Một trăm hai mươi lăm triệu
   năm trăm nghìn đồng)', '(Bằng chữ: …)') is said once.
6. Names the first reading reported: 'HueWACO', 'QUAWACO' (as Đà Nẵng's 'DAWACO'), 'Zalo OA',
   the five-in-one vaccine's 'DPT', 'Hib'."""

from __future__ import annotations

import pytest
from test_notice_reading import assert_reads_in_linear_time

from announcements.normalize import Reader, spoken_form

REGIONS: list[tuple[str, str]] = [
    ("Công dân sinh năm 2007 đến 2008 có mặt tại Trạm Y tế xã lúc 7h00 ngày 05/11/2025 để khám sơ"
     " tuyển NVQS.",
     "Công dân sinh năm hai nghìn không trăm linh bảy đến hai nghìn không trăm linh tám có mặt "
     "tại Trạm Y tế xã lúc bảy giờ ngày năm tháng mười một năm hai nghìn không trăm hai mươi lăm "
     "để khám sơ tuyển nghĩa vụ quân sự."),
    ("Trường hợp trốn tránh khám NVQS bị phạt từ 10 - 15 triệu đồng theo NĐ 120/2013/NĐ-CP.",
     "Trường hợp trốn tránh khám nghĩa vụ quân sự bị phạt từ mười đến mười lăm triệu đồng theo "
     "nghị định một trăm hai mươi năm hai nghìn không trăm mười ba của chính phủ."),
    ("Đợt khám tuyển sức khỏe NVQS từ ngày 01 - 15/12/2025 tại TTYT huyện Đức Thọ.",
     "Đợt khám tuyển sức khỏe nghĩa vụ quân sự từ ngày một đến ngày mười lăm tháng mười hai năm "
     "hai nghìn không trăm hai mươi lăm tại trung tâm y tế huyện Đức Thọ."),
    ("Lễ giao nhận quân tổ chức ngày 15 tháng Giêng năm Bính Ngọ (tức ngày 03/3/2026) tại Quảng "
     "trường Thành Sen, TP. Hà Tĩnh.",
     "Lễ giao nhận quân tổ chức ngày mười lăm tháng Giêng năm Bính Ngọ (tức ngày ba tháng ba năm "
     "hai nghìn không trăm hai mươi sáu) tại Quảng trường Thành Sen, thành phố Hà Tĩnh."),
    ("Trạm Y tế phường Hồng Gai, TP. Hạ Long tiêm vắc xin sởi - rubella cho trẻ từ 1 - 5 tuổi.",
     "Trạm Y tế phường Hồng Gai, thành phố Hạ Long tiêm vắc xin sởi, ru bê la cho trẻ từ một đến "
     "năm tuổi."),
    ("Tiêm vắc xin 5 trong 1 (DPT-VGB-Hib) cho trẻ 2, 3, 4 tháng tuổi.",
     "Tiêm vắc xin năm trong một (đê pê tê viêm gan bê híp) cho trẻ hai, ba, bốn tháng tuổi."),
    ("Đợt tiêm vắc xin LMLM, THT cho trâu, bò từ ngày 10 - 20/4.",
     "Đợt tiêm vắc xin lở mồm long móng, tụ huyết trùng cho trâu, bò từ ngày mười đến ngày hai "
     "mươi tháng tư."),
    ("Hộ kinh doanh có doanh thu dưới 200 triệu đồng/năm không phải nộp thuế GTGT, TNCN.",
     "Hộ kinh doanh có doanh thu dưới hai trăm triệu đồng một năm không phải nộp thuế giá trị gia"
     " tăng, thu nhập cá nhân."),
    ("Mọi thắc mắc liên hệ Đội Thuế liên xã, SĐT: 0239.3851.234 - 0912.555.678.",
     "Mọi thắc mắc liên hệ Đội Thuế liên xã, số điện thoại: không hai ba chín, ba tám năm một, "
     "hai ba bốn; không chín một hai, năm năm năm, sáu bảy tám."),
    ("Các hộ có đất bị thu hồi nhận tiền bồi thường từ ngày 05 - 09/01/2026 tại Hội trường UBND "
     "xã.",
     "Các hộ có đất bị thu hồi nhận tiền bồi thường từ ngày năm đến ngày chín tháng một năm hai "
     "nghìn không trăm hai mươi sáu tại Hội trường ủy ban nhân dân xã."),
    ("Thửa đất số 125, tờ bản đồ số 08, diện tích 320,5m2, mục đích sử dụng ONT + CLN.",
     "Thửa đất số một trăm hai mươi lăm, tờ bản đồ số tám, diện tích ba trăm hai mươi phẩy năm "
     "mét vuông, mục đích sử dụng đất ở tại nông thôn và đất trồng cây lâu năm."),
    ("Cuộc bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp nhiệm kỳ 2026 - 2031 diễn "
     "ra ngày 15/3/2026.",
     "Cuộc bầu cử đại biểu Quốc hội khóa mười sáu và đại biểu hội đồng nhân dân các cấp nhiệm kỳ "
     "hai nghìn không trăm hai mươi sáu đến hai nghìn không trăm ba mươi mốt diễn ra ngày mười "
     "lăm tháng ba năm hai nghìn không trăm hai mươi sáu."),
    ("Thời gian bỏ phiếu từ 7h00 đến 19h00; khu vực bỏ phiếu số 05 đặt tại Trường TH Thủy Xuân.",
     "Thời gian bỏ phiếu từ bảy giờ đến mười chín giờ; khu vực bỏ phiếu số năm đặt tại Trường "
     "tiểu học Thủy Xuân."),
    ("Bão số 3 (tên quốc tế YAGI) với sức gió mạnh cấp 12 - 13, giật cấp 16 đang hướng vào vùng "
     "biển Quảng Ninh - Hải Phòng.",
     "Bão số ba (tên quốc tế da ghi) với sức gió mạnh cấp mười hai đến cấp mười ba, giật cấp mười "
     "sáu đang hướng vào vùng biển Quảng Ninh, Hải Phòng."),
    ("Mực nước sông Hương tại Kim Long lúc 13h là 3,85m, trên BĐ3 0,35m.",
     "Mực nước sông Hương tại Kim Long lúc mười ba giờ là ba phẩy tám mươi lăm mét, trên báo động"
     " ba không phẩy ba mươi lăm mét."),
    ("Hồ Tả Trạch xả tràn với lưu lượng 800 - 1.200 m3/s từ 14h chiều nay.",
     "Hồ Tả Trạch xả tràn với lưu lượng tám trăm đến một nghìn hai trăm mét khối một giây từ mười"
     " bốn giờ chiều nay."),
    ("Điện lực Hạ Long thông báo tạm ngừng cung cấp điện từ 07h30 đến 16h30 ngày 12/12/2025 để "
     "thay dây dẫn ĐZ 35kV lộ 373 E5.8.",
     "Điện lực Hạ Long thông báo tạm ngừng cung cấp điện từ bảy giờ ba mươi đến mười sáu giờ ba "
     "mươi ngày mười hai tháng mười hai năm hai nghìn không trăm hai mươi lăm để thay dây dẫn "
     "đường dây ba mươi lăm ki lô vôn lộ ba bảy ba e năm chấm tám."),
    ("Khách hàng tra cứu lịch ngừng cấp điện qua app CSKH EVNNPC hoặc tổng đài 19006769.",
     "Khách hàng tra cứu lịch ngừng cấp điện qua áp chăm sóc khách hàng e vê en en pê xê hoặc "
     "tổng đài một chín không không, sáu bảy sáu chín."),
    ("Công ty CP Cấp nước Thừa Thiên Huế (HueWACO) tạm ngừng cấp nước từ 22h ngày 20/11 đến 5h "
     "ngày 21/11.",
     "Công ty cổ phần Cấp nước Thừa Thiên Huế (huế oa cô) tạm ngừng cấp nước từ hai mươi hai giờ "
     "ngày hai mươi tháng mười một đến năm giờ ngày hai mươi mốt tháng mười một."),
    ("Nước sạch của Công ty CP Nước sạch Quảng Ninh (QUAWACO) đạt chuẩn.",
     "Nước sạch của Công ty cổ phần Nước sạch Quảng Ninh (qua oa cô) đạt chuẩn."),
    ("Số tài khoản tiếp nhận ủng hộ: 3701.0.1056789 tại KBNN Hà Tĩnh.",
     "Số tài khoản tiếp nhận ủng hộ: ba bảy không một chấm không chấm một không năm sáu bảy tám "
     "chín tại kho bạc nhà nước Hà Tĩnh."),
    ("Chuyển vào số 3701.0.1056789 của Ủy ban MTTQ xã.",
     "Chuyển vào số ba bảy không một chấm không chấm một không năm sáu bảy tám chín của Ủy ban "
     "mặt trận tổ quốc xã."),
    ("Quảng Ninh: Từ 15/11 - 15/3, cấm tàu cá dưới 12m ra khơi khi có gió mùa đông bắc cấp 6 - 7.",
     "Quảng Ninh: Từ ngày mười lăm tháng mười một đến ngày mười lăm tháng ba, cấm tàu cá dưới "
     "mười hai mét ra khơi khi có gió mùa đông bắc cấp sáu đến cấp bảy."),
    ("Các hộ ở khu 3, 4, 5 phường Cẩm Thủy (TP. Cẩm Phả) không xả rác xuống suối.",
     "Các hộ ở khu ba, bốn, năm phường Cẩm Thủy, thành phố Cẩm Phả, không xả rác xuống suối."),
    ("Đăng ký hộ tịch trực tuyến tại dichvucong.gov.vn hoặc qua Zalo OA \"UBND xã Phong Điền\".",
     "Đăng ký hộ tịch trực tuyến tại dịch vụ công chấm gờ o vê chấm vê en hoặc qua da lô ô a "
     "\"ủy ban "
     "nhân dân xã Phong Điền\"."),
    ("Ông Trần Văn Bình, SN 1965, trú tại tổ 12 khu 5 phường Hồng Hà đi khỏi nhà từ ngày 15/11, "
     "ai thấy xin báo 0203.3825.114.",
     "Ông Trần Văn Bình, sinh năm một nghìn chín trăm sáu mươi lăm, trú tại tổ mười hai khu năm "
     "phường Hồng Hà đi khỏi nhà từ ngày mười lăm tháng mười một, ai thấy xin báo không hai không"
     " ba, ba tám hai năm, một một bốn."),
    ("Giải chạy \"Huế - Vì sức khỏe cộng đồng\" cự ly 5km - 10km - 21km.",
     "Giải chạy \"Huế, Vì sức khỏe cộng đồng\" cự ly năm ki lô mét, mười ki lô mét và hai mươi mốt "
     "ki lô mét."),
    ("Vé tham quan Đại Nội Huế: người lớn 200.000đ, trẻ em 7 - 12 tuổi 40.000đ.",
     "Vé tham quan Đại Nội Huế: người lớn hai trăm nghìn đồng, trẻ em bảy đến mười hai tuổi bốn "
     "mươi nghìn đồng."),
    ("Lễ hội Cầu ngư làng Thai Dương Hạ diễn ra từ 10 - 12 tháng Giêng âm lịch.",
     "Lễ hội Cầu ngư làng Thai Dương Hạ diễn ra từ mười đến mười hai tháng Giêng âm lịch."),
    ("UBND TP. Móng Cái thông báo đóng cửa khẩu Bắc Luân II từ 23h ngày 28/01 đến 06h ngày "
     "30/01/2026.",
     "ủy ban nhân dân thành phố Móng Cái thông báo đóng cửa khẩu Bắc Luân hai từ hai mươi ba giờ "
     "ngày hai mươi tám tháng một đến sáu giờ ngày ba mươi tháng một năm hai nghìn không trăm hai"
     " mươi sáu."),
]  # fmt: skip


@pytest.mark.parametrize(("written", "spoken"), REGIONS)
def test_notices_of_ha_tinh_quang_ninh_and_hue_are_read_as_an_announcer_reads_them(
    written: str, spoken: str
) -> None:
    reading = Reader({}).read(written)
    assert reading.spoken == spoken
    assert not reading.guessed


HOSTILE = ("5 đồng (năm đồng) ", "(a)", "ngày 1.12 - 5.12 ", "cự ly 5km - ")
"""Shapes of this file's rules, repeated: each must be read in time linear in its length."""


@pytest.mark.parametrize("unit", HOSTILE)
def test_reading_time_grows_linearly_with_the_regional_rules(unit: str) -> None:
    assert_reads_in_linear_time(unit)


LOOK_ALIKES: list[tuple[str, str]] = [
    # accounts and dotted codes, against sections, versions and amounts
    ("Tài khoản Quỹ Vì người nghèo xã: 5100 2050 1234.",
     "Tài khoản Quỹ Vì người nghèo xã: năm một không không, hai không năm không, một hai ba "
     "bốn."),
    ("Tài khoản tiết kiệm: 5.000.000 đồng.", "Tài khoản tiết kiệm: năm triệu đồng."),
    ("Xem mục 3.5.2 của hướng dẫn.", "Xem mục ba chấm năm chấm hai của hướng dẫn."),
    ("Cập nhật iOS 17.2.1 cho điện thoại.",
     "Cập nhật ai ô ét mười bảy chấm hai chấm một cho điện thoại."),
    # a span of days written with dots: its end is a day too, a decimal stays one
    ("Từ ngày 1.12 đến 5.12, phường Trần Phú mất nước.",
     "Từ ngày một tháng mười hai đến ngày năm tháng mười hai, phường Trần Phú mất nước."),
    ("Mất nước ngày 1.12 - 5.12.",
     "Mất nước ngày một tháng mười hai đến ngày năm tháng mười hai."),
    ("Ngày 1.12 - 2.5 triệu đồng.", "Ngày một tháng mười hai, hai phẩy năm triệu đồng."),
    ("Giá tăng từ 2.5 - 3.5 triệu.", "Giá tăng từ hai phẩy năm đến ba phẩy năm triệu."),
    ("Đọc mục 1.2 - 1.5.", "Đọc mục một chấm hai đến một chấm năm."),
    # an amount written again in words is said once; another amount in brackets stays
    ("Quỹ tiếp nhận 125.500.000đ (Một trăm hai mươi lăm triệu năm trăm nghìn đồng).",
     "Quỹ tiếp nhận một trăm hai mươi lăm triệu năm trăm nghìn đồng."),
    ("Ủng hộ 5.000.000 đồng (Bằng chữ: năm triệu đồng chẵn), nhận tại xã.",
     "Ủng hộ năm triệu đồng chẵn, nhận tại xã."),
    ("Hỗ trợ 5.000.000 đồng (bốn triệu đồng).", "Hỗ trợ năm triệu đồng (bốn triệu đồng)."),
    # races of a run
    ("Giải chạy cự ly 5km - 10km - 21km - 42km.",
     "Giải chạy cự ly năm ki lô mét, mười ki lô mét, hai mươi mốt ki lô mét và bốn mươi hai ki "
     "lô mét."),
    ("Giải chạy cự ly 5km - 10km.", "Giải chạy cự ly năm ki lô mét và mười ki lô mét."),
    ("Chạy cự ly 5 - 10 km.", "Chạy cự ly năm đến mười ki lô mét."),
]  # fmt: skip


@pytest.mark.parametrize(("written", "spoken"), LOOK_ALIKES)
def test_what_the_regional_round_fixed_leaves_its_look_alikes(written: str, spoken: str) -> None:
    assert spoken_form(written) == spoken
