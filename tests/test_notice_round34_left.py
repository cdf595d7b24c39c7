"""Reader faults session 33 left (issue 16, its closing note §8), each a class with near-misses
that must not change, read in both voices (a row's third column is the southern reading where
it differs): codes of one shape joined by a slash; a weekday with its date after a slash; 'ngày'
and 'từ' typed without their marks; round 33's repairs in capitals; places of two kinds joined
by a slash; a place's meeting and its day; a document number's parts left blank; two words run
together; a lexicon's word opening a sentence."""

from __future__ import annotations

import pytest
from both_voices import Row, assert_read_in_both_voices, table_rows

CODES_SLASHED: list[Row] = [
    # two codes of one shape around a slash are two things, listed with a pause
    ("Trạm biến áp T3/T5 mất điện từ 7h.",
     "Trạm biến áp tê ba, tê năm mất điện từ bảy giờ.", None),
    ("Máy biến áp T1/T2 của trạm Đồng Tâm được bảo dưỡng.",
     "Máy biến áp tê một, tê hai của trạm Đồng Tâm được bảo dưỡng.", None),
    ("Lô T3/T5 khu dân cư mới chưa được cấp điện.",
     "Lô tê ba, tê năm khu dân cư mới chưa được cấp điện.", None),
    ("Trạm biến áp T4, T6 cắt điện luân phiên.",
     "Trạm biến áp tê bốn, tê sáu cắt điện luân phiên.", None),
    ("Cắt điện tuyến 22kV 471/473 để sửa chữa lưới điện.",
     "Cắt điện tuyến hai mươi hai ki lô vôn bốn bảy một, bốn bảy ba để sửa chữa lưới điện.",
     None),
    ("Tạm ngừng cấp điện lộ 371/373 trạm 110kV Phú Lâm.",
     "Tạm ngừng cấp điện lộ ba bảy một, ba bảy ba trạm một trăm mười ki lô vôn Phú Lâm.", None),
    ("Học sinh lớp 6A/6B tập trung tại sân trường.",
     "Học sinh lớp sáu a, sáu bê tập trung tại sân trường.", None),
    ("Học sinh lớp 10A1/10A2 nghỉ học chiều thứ Năm.",
     "Học sinh lớp mười a một, mười a hai nghỉ học chiều thứ Năm.", None),
    ("Sửa chữa máy biến áp số 2/3 tại trạm bơm.",
     "Sửa chữa máy biến áp số hai, ba tại trạm bơm.", None),
    # near-misses: a month and its year, days, a list of days, a house, a bus route
    ("Kế hoạch T3/2026 của Đoàn xã.",
     "Kế hoạch tháng ba năm hai nghìn không trăm hai mươi sáu của Đoàn xã.",
     "Kế hoạch tháng ba năm hai ngàn không trăm hai mươi sáu của Đoàn xã."),
    ("Chi bộ họp vào T3, T5 hằng tuần.", "Chi bộ họp vào thứ ba, thứ năm hằng tuần.", None),
    ("Trạm y tế tiêm chủng vào T3/T5.", "Trạm y tế tiêm chủng vào thứ ba, thứ năm.", None),
    ("Nhà số 2/3 đường Lê Lợi.", "Nhà số hai trên ba đường Lê Lợi.",
     "Nhà số hai xuyệt ba đường Lê Lợi."),
    ("Có 2/3 số hộ đã đóng góp.", "Có hai phần ba số hộ đã đóng góp.", None),
]  # fmt: skip

WEEKDAY_AND_DATE: list[Row] = [
    # the number after 'thứ' is the weekday, the slash then gives its day (and month)
    ("Thứ 6/12 họp chi bộ tại hội trường.",
     "Thứ sáu, ngày mười hai họp chi bộ tại hội trường.", None),
    ("Lịch tiếp dân: thứ 2/15 tại trụ sở UBND xã.",
     "Lịch tiếp dân: thứ hai, ngày mười lăm tại trụ sở ủy ban nhân dân xã.", None),
    ("Thứ 7/5/10 đoàn viên ra quân dọn vệ sinh.",
     "Thứ bảy, ngày năm tháng mười đoàn viên ra quân dọn vệ sinh.", None),
    ("Sáng thứ 4/20/11 họp hội phụ nữ.",
     "Sáng thứ tư, ngày hai mươi tháng mười một họp hội phụ nữ.", None),
    ("THỨ 6/12 HỌP CHI BỘ.", "thứ sáu, ngày mười hai họp chi bộ.", None),
    ("Thứ 6/5 nghỉ học do mất điện.", "Thứ sáu, ngày năm nghỉ học do mất điện.", None),
    # near-misses: weekdays listed by a slash, a date alone, a rank, a weekday then its date
    ("Chi bộ họp vào thứ 3/5 hàng tuần.", "Chi bộ họp vào thứ ba, thứ năm hàng tuần.", None),
    ("Trạm y tế khám bệnh thứ 2/4 hằng tuần.",
     "Trạm y tế khám bệnh thứ hai, thứ tư hằng tuần.", None),
    ("Xe rác đi vào thứ 2/4/6.", "Xe rác đi vào thứ hai, thứ tư, thứ sáu.", None),
    ("Ngày 6/12 họp chi bộ.", "Ngày sáu tháng mười hai họp chi bộ.", None),
    ("Xã xếp thứ 3/25 xã về cải cách hành chính.",
     "Xã xếp thứ ba trên hai mươi lăm xã về cải cách hành chính.", None),
    ("Thứ 6 ngày 12/12 họp chi bộ.",
     "Thứ sáu ngày mười hai tháng mười hai họp chi bộ.", None),
    # weekdays named in words and joined by slashes are listed too (session 34, blind round
    # 117: 'thứ Hai hoặc thứ Tư hoặc thứ Sáu', sai for both judges); other slashes stay 'hoặc'
    ("Xe thu gom rác đổi lịch sang thứ Hai/ thứ Tư /thứ Sáu hằng tuần.",
     "Xe thu gom rác đổi lịch sang thứ Hai, thứ Tư, thứ Sáu hằng tuần.", None),
    ("Bộ phận một cửa làm việc thứ Ba/Năm/Bảy.",
     "Bộ phận một cửa làm việc thứ Ba, thứ Năm, thứ Bảy.", None),
    ("Trạm y tế trực cả thứ Bảy/Chủ nhật.", "Trạm y tế trực cả thứ Bảy, Chủ nhật.", None),
    ("Chủ nhật / thứ Hai nghỉ bù dịp lễ.", "Chủ nhật, thứ Hai nghỉ bù dịp lễ.", None),
    ("Hộ gia đình/Tư nhân đăng ký kinh doanh.",
     "Hộ gia đình hoặc Tư nhân đăng ký kinh doanh.", None),
]  # fmt: skip

DAY_MARKS: list[Row] = [
    # 'ngay' before a date or after a word of each day is 'ngày'; 'tu' before it is 'từ'
    ("Quét dọn vệ sinh đường làng hằng ngay.", "Quét dọn vệ sinh đường làng hằng ngày.", None),
    ("Tập thể dục hàng ngay để nâng cao sức khỏe.",
     "Tập thể dục hàng ngày để nâng cao sức khỏe.", None),
    ("Uống đủ nước mỗi ngay khi trời nắng nóng.",
     "Uống đủ nước mỗi ngày khi trời nắng nóng.", None),
    ("Hoàn thành ngay 30/11 theo kế hoạch.",
     "Hoàn thành ngày ba mươi tháng mười một theo kế hoạch.", None),
    ("Thu thuế sử dụng đất tu ngày 5/8 đến hết tháng.",
     "Thu thuế sử dụng đất từ ngày năm tháng tám đến hết tháng.", None),
    ("Hoàn thành ngay 5/12 theo kế hoạch.",
     "Hoàn thành ngày năm tháng mười hai theo kế hoạch.", None),
    ("Nộp hồ sơ tu ngay 5/8 đến 10/8.",
     "Nộp hồ sơ từ ngày năm tháng tám đến ngày mười tháng tám.", None),
    # near-misses: 'ngay' meaning at once or right, 'tu' of a monk or of repair
    ("Đề nghị bà con làm ngay.", "Đề nghị bà con làm ngay.", None),
    ("Phát hiện người lạ thì báo ngay cho công an xã.",
     "Phát hiện người lạ thì báo ngay cho công an xã.", None),
    ("Ngay sau khi có thông báo, các hộ di dời.", "Ngay sau khi có thông báo, các hộ di dời.",
     None),
    ("Có mặt ngay tại trụ sở UBND xã.", "Có mặt ngay tại trụ sở ủy ban nhân dân xã.", None),
    ("Siêu thị giảm ngay 1/2 giá vé.", "Siêu thị giảm ngay một phần hai giá vé.", None),
    ("Bà con xếp hàng ngay ngắn khi nhận gạo.", "Bà con xếp hàng ngay ngắn khi nhận gạo.", None),
    ("Tu bổ đê điều trước mùa mưa bão.", "Tu bổ đê điều trước mùa mưa bão.", None),
    ("Tu sửa nhà văn hóa thôn.", "Tu sửa nhà văn hóa thôn.", None),
    ("Ông xin đi tu ngày rằm tháng giêng.", "Ông xin đi tu ngày rằm tháng giêng.", None),
]  # fmt: skip

IN_CAPITALS: list[Row] = [
    # round 33's repairs read in a line of capitals as in lower case
    ("LỄ HỘI KHAI MẠC NGÀY MÙNG 12 THÁNG GIÊNG.",
     "lễ hội khai mạc ngày mười hai tháng giêng.", None),
    ("Lễ hội khai mạc ngày mùng 12 tháng giêng.",
     "Lễ hội khai mạc ngày mười hai tháng giêng.", None),
    ("CHÙA MỞ CỬA VÀO MÙNG 15 THÁNG GIÊNG.", "chùa mở cửa vào ngày mười lăm tháng giêng.", None),
    ("CÁC NGÀY MÙNG 1, 6, 11 ÂM LỊCH HẰNG THÁNG HỌP CHỢ PHIÊN.",
     "các ngày mùng một, mùng sáu, mười một âm lịch hằng tháng họp chợ phiên.", None),
    ("NGHỈ MÙNG 2, 3 TẾT.", "nghỉ mùng hai, mùng ba tết.", None),
    ("XE RÁC ĐI VÀO THỨ 2/4/6.", "xe rác đi vào thứ hai, thứ tư, thứ sáu.", None),
    ("GIÁ XĂNG TĂNG KHOANG 2.000 ĐỒNG MỖI LÍT.",
     "giá xăng tăng khoảng hai nghìn đồng mỗi lít.",
     "giá xăng tăng khoảng hai ngàn đồng mỗi lít."),
    ("DỰ BÁO TRONG 3 NGAY TỚI CÓ MƯA LỚN.", "dự báo trong ba ngày tới có mưa lớn.", None),
    ("HOÀN THÀNH NGAY 30/11.", "hoàn thành ngày ba mươi tháng mười một.", None),
    # near-misses: a word right as typed in capitals, a name after a title
    ("KHOANG TÀU BỊ NGẬP NƯỚC.", "khoang tàu bị ngập nước.", None),
    ("ĐỀ NGHỊ LÀM NGAY.", "đề nghị làm ngay.", None),
    ("ÔNG NHƯA ĐẾN NHẬN GIẤY.", "ông nhưa đến nhận giấy.", None),
    ("CHỢ HỌP MÙNG 5 HẰNG THÁNG.", "chợ họp mùng năm hằng tháng.", None),
]  # fmt: skip

PLACES_OF_TWO_KINDS: list[Row] = [
    # two places of two kinds around a slash, each numbered or named: both, with a pause
    ("Họp dân tại Thôn 4/tổ 5 vào tối nay.", "Họp dân tại Thôn bốn, tổ năm vào tối nay.", None),
    ("Bà con ấp 3/khu phố 2 nhận gạo tại trường.",
     "Bà con ấp ba, khu phố hai nhận gạo tại trường.", None),
    ("Xóm 1/đội 3 ra quân làm thủy lợi.", "Xóm một, đội ba ra quân làm thủy lợi.", None),
    ("Bà con Thôn 4 / Tổ 5 dự họp.", "Bà con Thôn bốn, Tổ năm dự họp.", None),
    ("Xóm Trại/tổ 3 cắt điện sáng mai.", "Xóm Trại, tổ ba cắt điện sáng mai.", None),
    # near-misses: two kinds with no number, two of one kind, a share of places
    ("Trưởng thôn/tổ dân phố nhận giấy mời.", "Trưởng thôn hoặc tổ dân phố nhận giấy mời.",
     None),
    ("Bà con thôn 4/thôn 5 nhận gạo.", "Bà con thôn bốn, thôn năm nhận gạo.", None),
    ("Có 3/5 thôn đã hoàn thành.", "Có ba trên năm thôn đã hoàn thành.", None),
]  # fmt: skip

A_PLACES_MEETING_DAY: list[Row] = [
    # a place's meeting and its day (round 33's choice): the date says 'ngày' after every
    # numbered place's word, as after 'thôn'
    ("Sinh hoạt tổ dân phố 12/3.", "Sinh hoạt tổ dân phố ngày mười hai tháng ba.", None),
    ("Sinh hoạt tổ dân phố 12/3 tại nhà văn hóa.",
     "Sinh hoạt tổ dân phố ngày mười hai tháng ba tại nhà văn hóa.", None),
    ("Họp xóm 15/8 tại nhà văn hóa.", "Họp xóm ngày mười lăm tháng tám tại nhà văn hóa.", None),
    ("Giao ban khu phố 20/6.", "Giao ban khu phố ngày hai mươi tháng sáu.", None),
    ("Họp ấp 14/9 bàn việc làm đường.", "Họp ấp ngày mười bốn tháng chín bàn việc làm đường.",
     None),
    # near-misses: a place's number, a place named by a day of the nation, a street
    ("Tổ dân phố 12/3 mất điện sáng mai.", "Tổ dân phố mười hai, ba mất điện sáng mai.", None),
    ("Khu phố 30/4 họp dân.", "Khu phố ba mươi tháng tư họp dân.", None),
    ("Nhà văn hóa Xóm 3/2 mở cửa.", "Nhà văn hóa Xóm ba tháng hai mở cửa.", None),
    ("Đường 3/2 bị ngập sâu.", "Đường ba tháng hai bị ngập sâu.", None),
]  # fmt: skip

BLANK_DOCUMENT_PARTS: list[Row] = [
    # a part of a document's number left blank, however typed: its number a pause (none after
    # a colon), its year a pause, its issuer unsaid
    ("Thực hiện Quyết định số XX/2026/QĐ-UBND về giá đất.",
     "Thực hiện Quyết định số, năm hai nghìn không trăm hai mươi sáu của ủy ban nhân dân về giá"
     " đất.",
     "Thực hiện Quyết định số, năm hai ngàn không trăm hai mươi sáu của ủy ban nhân dân về giá"
     " đất."),
    ("Số .../2026/QĐ-UBND ngày 5/3.",
     "Số, năm hai nghìn không trăm hai mươi sáu quyết định ủy ban nhân dân ngày năm tháng ba.",
     "Số, năm hai ngàn không trăm hai mươi sáu quyết định ủy ban nhân dân ngày năm tháng ba."),
    ("Số ___/2026/QĐ-UBND ngày 5/3.",
     "Số, năm hai nghìn không trăm hai mươi sáu quyết định ủy ban nhân dân ngày năm tháng ba.",
     "Số, năm hai ngàn không trăm hai mươi sáu quyết định ủy ban nhân dân ngày năm tháng ba."),
    ("Số: …/2026/QĐ-UBND.",
     "Số: năm hai nghìn không trăm hai mươi sáu quyết định ủy ban nhân dân.",
     "Số: năm hai ngàn không trăm hai mươi sáu quyết định ủy ban nhân dân."),
    ("Số ___/QĐ-UBND về việc thu hồi đất.",
     "Số, quyết định ủy ban nhân dân về việc thu hồi đất.", None),
    ("Số 12/XX/QĐ-UBND ngày 5/3.",
     "Số mười hai, quyết định ủy ban nhân dân ngày năm tháng ba.", None),
    ("Số 12/…/QĐ-UBND ngày 5/3.",
     "Số mười hai, quyết định ủy ban nhân dân ngày năm tháng ba.", None),
    ("Số 12/___/QĐ-UBND ngày 5/3.",
     "Số mười hai, quyết định ủy ban nhân dân ngày năm tháng ba.", None),
    ("Số 12/2026/QĐ-XX ngày 5/3.",
     "Số mười hai năm hai nghìn không trăm hai mươi sáu quyết định ngày năm tháng ba.",
     "Số mười hai năm hai ngàn không trăm hai mươi sáu quyết định ngày năm tháng ba."),
    ("Số 12/2026/QĐ-... ngày 5/3.",
     "Số mười hai năm hai nghìn không trăm hai mươi sáu quyết định ngày năm tháng ba.",
     "Số mười hai năm hai ngàn không trăm hai mươi sáu quyết định ngày năm tháng ba."),
    ("Mã hồ sơ ___/2026/HS nộp tại bộ phận một cửa.",
     "Mã hồ sơ, hai nghìn không trăm hai mươi sáu hát ét nộp tại bộ phận một cửa.",
     "Mã hồ sơ, hai ngàn không trăm hai mươi sáu hát ét nộp tại bộ phận một cửa."),
    # near-misses: a whole number, round 33's blank code, a numeral 'XX'
    ("Số 12/2026/QĐ-UBND.",
     "Số mười hai năm hai nghìn không trăm hai mươi sáu quyết định ủy ban nhân dân.",
     "Số mười hai năm hai ngàn không trăm hai mươi sáu quyết định ủy ban nhân dân."),
    ("Số XX/QĐ-UBND về việc thu hồi đất.",
     "Số, quyết định ủy ban nhân dân về việc thu hồi đất.", None),
    ("Đại hội Đảng bộ lần thứ XX.", "Đại hội Đảng bộ lần thứ hai mươi.", None),
]  # fmt: skip

WORDS_RUN_TOGETHER: list[Row] = [
    # two common words typed bare with their space lost, in a line typed with marks
    ("Quỹ nhanai của xã tiếp nhận ủng hộ.", "Quỹ nhân ái của xã tiếp nhận ủng hộ.", None),
    ("Ủng hộ quỹ nhandao của hội Chữ thập đỏ.", "Ủng hộ quỹ nhân đạo của hội Chữ thập đỏ.",
     None),
    ("Chương trình tinhthuong tặng quà Tết.", "Chương trình tình thương tặng quà Tết.", None),
    ("Nhóm thiennguyen trao quà cho hộ nghèo.", "Nhóm thiện nguyện trao quà cho hộ nghèo.",
     None),
    ("Quỹ khuyenhoc của xã trao thưởng.", "Quỹ khuyến học của xã trao thưởng.", None),
    ("Học sinh vuotkho học giỏi được khen.", "Học sinh vượt khó học giỏi được khen.", None),
    ("Đội tinhnguyen ra quân dọn vệ sinh.", "Đội tình nguyện ra quân dọn vệ sinh.", None),
    ("Quỹ tuthien của xã tiếp nhận ủng hộ.", "Quỹ từ thiện của xã tiếp nhận ủng hộ.", None),
    # near-misses: brands and loan words keep their reading
    ("Nộp tiền qua ứng dụng momo.", "Nộp tiền qua ứng dụng mô mô.", None),
    ("Không mua hàng giả trên lazada.", "Không mua hàng giả trên la da đa.", None),
    ("Đặt xe qua grab để về quê.", "Đặt xe qua gờ ráp để về quê.", None),
    ("Xem video trên tiktok của xã.", "Xem vi đê ô trên tích tốc của xã.", None),
]  # fmt: skip

LEXICON_OPENING: list[Row] = [
    # a lexicon's word opening a sentence keeps its capital in the shown text
    ("Zalo là kênh thông tin của xã.", "Da lô là kênh thông tin của xã.", None),
    ("Video hướng dẫn đăng ký ở dưới.", "Vi đê ô hướng dẫn đăng ký ở dưới.", None),
    ("Bà con cài Zalo. Zalo giúp nhận tin nhanh.",
     "Bà con cài da lô. Da lô giúp nhận tin nhanh.", None),
    ("Lưu ý: Zalo chỉ dùng để nhận tin.", "Lưu ý: Da lô chỉ dùng để nhận tin.", None),
    ('"Online" là trực tuyến.', '"On lai" là trực tuyến.', None),
    # near-misses: inside a sentence, a line in capitals
    ("Liên hệ qua Zalo của xã.", "Liên hệ qua da lô của xã.", None),
    ("ZALO CỦA XÃ.", "da lô của xã.", None),
]  # fmt: skip

TABLES = {
    "codes": CODES_SLASHED,
    "weekday": WEEKDAY_AND_DATE,
    "day-marks": DAY_MARKS,
    "capitals": IN_CAPITALS,
    "two-kinds": PLACES_OF_TWO_KINDS,
    "meeting-day": A_PLACES_MEETING_DAY,
    "blank-parts": BLANK_DOCUMENT_PARTS,
    "run-together": WORDS_RUN_TOGETHER,
    "lexicon-opening": LEXICON_OPENING,
}


@pytest.mark.parametrize(("written", "north", "south"), table_rows(TABLES))
def test_read_as_an_announcer_reads_it_in_both_voices(
    written: str, north: str, south: str | None
) -> None:
    assert_read_in_both_voices(written, north, south)
