"""Vietnamese reading, eighth round: dates, numbers and context. Names that hold a date ('cầu
19/5', 'Ngày TBLS 27/7'), numbers that name a body or a programme ('Đoàn kiểm tra liên ngành
389', 'Chương trình 134'), fractions that look like dates ('mở 2/3 cửa xả'), glued short marks
(ages '34t', minutes "15'"), abbreviations the sentence decides ('đv', 'CD' twice, 'NN', 'NV',
'DTKVPT') and ranges whose ends are each said whole ('từ 20-30/11' → 'từ ngày hai mươi đến
ngày ba mươi …'). FIRST_PASS was written with its readings before the reader was run on it;
its first-pass misses are marked where they stand. MORE was written after the fixes, as
further instances of each class and their near-misses."""

from __future__ import annotations

import pytest
from test_notice_reading import assert_reads_in_linear_time

from announcements.normalize import spoken_form

FIRST_PASS: list[tuple[str, str]] = [
    # A. names that hold a date, and a day's name already said
    # first pass missed: a name holding a date read with 'ngày'
    ("Cấm xe trên 10 tấn qua cầu 19/5 kể từ ngày 1/12.",
     "Cấm xe trên mười tấn qua cầu mười chín tháng năm kể từ ngày một tháng mười hai."),
    ("Hộ kinh doanh dọc đường 30/4 không lấn chiếm vỉa hè.",
     "Hộ kinh doanh dọc đường ba mươi tháng tư không lấn chiếm vỉa hè."),
    # first pass missed: a name holding a date read with 'ngày'
    ("Học sinh Trường 2/9 tập trung lúc 7h.",
     "Học sinh Trường hai tháng chín tập trung lúc bảy giờ."),
    ("Ban quản lý công viên 30/4 thông báo đóng cửa.",
     "Ban quản lý công viên ba mươi tháng tư thông báo đóng cửa."),
    # first pass missed: a name holding a date read with 'ngày'
    ("Giải bóng đá Cúp 30/4 khai mạc chiều 20/4.",
     "Giải bóng đá Cúp ba mươi tháng tư khai mạc chiều hai mươi tháng tư."),
    # first pass missed: a name holding a date read with 'ngày'
    ("Xe tải đi vòng tránh cầu 2/9 trong thời gian sửa chữa.",
     "Xe tải đi vòng tránh cầu hai tháng chín trong thời gian sửa chữa."),
    # first pass missed: a name holding a date read with 'ngày'
    ("Tổ dân phố 5 phường 19/8 ra quân dọn vệ sinh.",
     "Tổ dân phố năm phường mười chín tháng tám ra quân dọn vệ sinh."),
    # first pass missed: a name holding a date read with 'ngày'
    ("Sân vận động 19/5 của huyện đóng cửa để sửa chữa.",
     "Sân vận động mười chín tháng năm của huyện đóng cửa để sửa chữa."),
    # first pass missed: a name holding a date read with 'ngày'
    ("Hưởng ứng Ngày BHYT Việt Nam 1/7, xã tuyên truyền lưu động.",
     "Hưởng ứng Ngày bảo hiểm y tế Việt Nam một tháng bảy, xã tuyên truyền lưu động."),
    # first pass missed: a name holding a date read with 'ngày'
    ("Kỷ niệm 78 năm Ngày TBLS 27/7 tại nghĩa trang xã.",
     "Kỷ niệm bảy mươi tám năm Ngày thương binh liệt sĩ hai mươi bảy tháng bảy tại nghĩa trang "
     "xã."),
    ("Chào mừng Ngày thành lập QĐND 22/12, xã tổ chức giao lưu.",
     "Chào mừng Ngày thành lập quân đội nhân dân hai mươi hai tháng mười hai, xã tổ chức giao "
     "lưu."),
    ("Cầu treo bản Mới sửa xong từ 19/5.",
     "Cầu treo bản Mới sửa xong từ ngày mười chín tháng năm."),
    ("Đường liên thôn thông xe trước 30/4.",
     "Đường liên thôn thông xe trước ngày ba mươi tháng tư."),
    # first pass missed: a name holding a date read with 'ngày'
    ("Cấm xe qua cầu 30/4 từ 25/4.",
     "Cấm xe qua cầu ba mươi tháng tư từ ngày hai mươi lăm tháng tư."),
    ("Nhà trường khai giảng 5/9 tại sân trường.",
     "Nhà trường khai giảng ngày năm tháng chín tại sân trường."),
    # B. numbers that name a body or a programme, said digit by digit
    # first pass missed: a number that names a body read as a count
    ("Đoàn kiểm tra liên ngành 389 huyện kiểm tra các cửa hàng.",
     "Đoàn kiểm tra liên ngành ba tám chín huyện kiểm tra các cửa hàng."),
    ("Ban Chỉ đạo 389 xã họp sơ kết quý III.", "Ban Chỉ đạo ba tám chín xã họp sơ kết quý ba."),
    ("Thường trực BCĐ 138 huyện làm việc với xã.",
     "Thường trực ban chỉ đạo một ba tám huyện làm việc với xã."),
    ("Triển khai Đề án 06 về dữ liệu dân cư.", "Triển khai Đề án không sáu về dữ liệu dân cư."),
    # first pass missed: a number that names a body read as a count
    ("Hộ nghèo được hỗ trợ theo Chương trình 134 và Chương trình 135.",
     "Hộ nghèo được hỗ trợ theo Chương trình một ba bốn và Chương trình một ba lăm."),
    ("Vốn CT 135 đầu tư 3 công trình.", "Vốn chương trình một ba lăm đầu tư ba công trình."),
    ("Lực lượng 389 bắt giữ 2 vụ buôn lậu thuốc lá.",
     "Lực lượng ba tám chín bắt giữ hai vụ buôn lậu thuốc lá."),
    ("Tổ công tác Đề án 06 xã đến từng hộ thu thập thông tin.",
     "Tổ công tác Đề án không sáu xã đến từng hộ thu thập thông tin."),
    ("Xã có 389 hộ nghèo.", "Xã có ba trăm tám mươi chín hộ nghèo."),
    ("Đoàn 38 người về thăm xã.", "Đoàn ba mươi tám người về thăm xã."),
    ("Chương trình có 135 hộ tham gia.", "Chương trình có một trăm ba mươi lăm hộ tham gia."),
    ("Tổ 13 thôn Đông họp lúc 19h.", "Tổ mười ba thôn Đông họp lúc mười chín giờ."),
    # C. fractions that look like dates
    # first pass missed: a fraction read as a date or 'trên'
    ("Thủy điện mở 2/3 cửa xả đáy từ 14h.", "Thủy điện mở hai phần ba cửa xả đáy từ mười bốn giờ."),
    # first pass missed: a fraction read as a date or 'trên'
    ("Hồ chứa đã đóng 1/2 cửa van.", "Hồ chứa đã đóng một phần hai cửa van."),
    ("Thôn Đông mới đạt 3/5 tiêu chí nông thôn mới.",
     "Thôn Đông mới đạt ba trên năm tiêu chí nông thôn mới."),
    ("Hơn 1/2 số hộ chưa nộp quỹ.", "Hơn một phần hai số hộ chưa nộp quỹ."),
    ("Nghị quyết được 2/3 đại biểu tán thành.", "Nghị quyết được hai phần ba đại biểu tán thành."),
    ("Lúa bị ngập 1/3 diện tích gieo cấy.", "Lúa bị ngập một phần ba diện tích gieo cấy."),
    # first pass missed: a fraction read as a date or 'trên'
    # expected reading corrected: people counted over a total are said 'trên', as
    # '5/12 thôn' is (the reader's convention); a share of a measure is 'phần'
    ("Đã có 3/4 thành viên tổ hòa giải dự họp.",
     "Đã có ba trên bốn thành viên tổ hòa giải dự họp."),
    # first pass missed: a fraction read as a date or 'trên'
    ("Công trình mới hoàn thành 2/5 hạng mục.", "Công trình mới hoàn thành hai phần năm hạng mục."),
    ("Xe đã đi được 1/4 quãng đường.", "Xe đã đi được một phần tư quãng đường."),
    ("Học sinh được miễn 1/2 học phí.", "Học sinh được miễn một phần hai học phí."),
    # first pass missed: a fraction read as a date or 'trên'
    ("Chỉ 2/3 số phiếu hợp lệ.", "Chỉ hai phần ba số phiếu hợp lệ."),
    ("Họp 2/3 tại nhà văn hóa thôn.", "Họp ngày hai tháng ba tại nhà văn hóa thôn."),
    ("Khai giảng 5/9 cho học sinh toàn xã.",
     "Khai giảng ngày năm tháng chín cho học sinh toàn xã."),
    # D. glued short marks: ages, minutes, seconds
    # first pass missed: a glued mark read as written
    ("Bệnh nhân nữ 34t trú tại thôn 2.", "Bệnh nhân nữ ba mươi tư tuổi trú tại thôn hai."),
    # first pass missed: a glued mark read as written
    ("Tìm người lạc: anh Lò Văn Pằng 24t, nói ngọng.",
     "Tìm người lạc: anh Lò Văn Pằng hai mươi tư tuổi, nói ngọng."),
    ("Cụ Hà Văn Tư (94t) đi lạc từ sáng nay.",
     "Cụ Hà Văn Tư (chín mươi tư tuổi) đi lạc từ sáng nay."),
    ("Đối tượng Vàng A Chứ, SN 1990 (34t), trú bản Mới.",
     "Đối tượng Vàng A Chứ, sinh năm một nghìn chín trăm chín mươi (ba mươi tư tuổi), trú bản "
     "Mới."),
    # first pass missed: a glued mark read as written
    ("Mỗi thí sinh thi chạy trong 15'.", "Mỗi thí sinh thi chạy trong mười lăm phút."),
    # first pass missed: a glued mark read as written
    ("Thành tích tốt nhất là 5'30''.", "Thành tích tốt nhất là năm phút ba mươi giây."),
    # first pass missed: a glued mark read as written
    ("Đề nghị có mặt trước 15' để làm thủ tục.",
     "Đề nghị có mặt trước mười lăm phút để làm thủ tục."),
    # first pass missed: a glued mark read as written
    ("Trận đấu gồm 2 hiệp, mỗi hiệp 35'.", "Trận đấu gồm hai hiệp, mỗi hiệp ba mươi lăm phút."),
    # first pass missed: a glued mark read as written
    ("Chị Bùi Thị Tuyết về nhất với 12'05''.",
     "Chị Bùi Thị Tuyết về nhất với mười hai phút năm giây."),
    ("Xe trên 5t không qua cầu.", "Xe trên năm tấn không qua cầu."),
    # first pass missed: a glued mark read as written
    ("Lớp 10t thi học kỳ.", "Lớp mười tê thi học kỳ."),
    # E. abbreviations the sentence decides
    # first pass missed: an abbreviation spelled
    ("Uống vitamin A liều 200.000 đv cho trẻ.",
     "Uống vi ta min a liều hai trăm nghìn đơn vị cho trẻ."),
    # first pass missed: an abbreviation spelled
    ("Chi đoàn thôn Đông kết nạp 12 đv mới.", "Chi đoàn thôn Đông kết nạp mười hai đoàn viên mới."),
    ("Khám sơ tuyển: 52 CD đạt sức khỏe, 9 CD loại 4 về địa phương.",
     "Khám sơ tuyển: năm mươi hai công dân đạt sức khỏe, chín công dân loại bốn về địa phương."),
    ("Đã có 30 CD nhập ngũ và 5 CD tạm hoãn.",
     "Đã có ba mươi công dân nhập ngũ và năm công dân tạm hoãn."),
    ("Mưa lớn ở các xã, TT trong huyện.", "Mưa lớn ở các xã, thị trấn trong huyện."),
    ("TT Văn hóa - Thể thao huyện mở lớp bơi.", "trung tâm Văn hóa Thể thao huyện mở lớp bơi."),
    # first pass missed: an abbreviation spelled
    ("Liên hệ Trung tâm TGPL NN tỉnh để được giúp.",
     "Liên hệ Trung tâm trợ giúp pháp lý nhà nước tỉnh để được giúp."),
    # first pass missed: an abbreviation spelled
    ("Tuyên truyền Luật NVQS, NV tham gia CAND năm 2026.",
     "Tuyên truyền Luật nghĩa vụ quân sự, nghĩa vụ tham gia công an nhân dân năm hai nghìn không "
     "trăm hai mươi sáu."),
    ("Huấn luyện DQTT năm 2026 tại xã.",
     "Huấn luyện dân quân thường trực năm hai nghìn không trăm hai mươi sáu tại xã."),
    ("Lực lượng DQTC các thôn trực phòng chống bão.",
     "Lực lượng dân quân tại chỗ các thôn trực phòng chống bão."),
    ("Xã tham gia diễn tập khu vực phòng thủ (DTKVPT) huyện.",
     "Xã tham gia diễn tập khu vực phòng thủ huyện."),
    # first pass missed: an abbreviation spelled
    ("Chuẩn bị DTKVPT năm 2026.",
     "Chuẩn bị diễn tập khu vực phòng thủ năm hai nghìn không trăm hai mươi sáu."),
    # F. ranges: each end said whole
    # first pass missed: the second 'ngày' of a dashed range
    ("Đăng ký tạm trú từ 20-30/11 tại công an xã.",
     "Đăng ký tạm trú từ ngày hai mươi đến ngày ba mươi tháng mười một tại công an xã."),
    # first pass missed: the second 'ngày' of a dashed range
    ("Tiêm vắc xin sởi từ 3-7/12.", "Tiêm vắc xin sởi từ ngày ba đến ngày bảy tháng mười hai."),
    # first pass missed: the second 'ngày' of a dashed range
    ("Hội chợ diễn ra ngày 12-15/1.", "Hội chợ diễn ra ngày mười hai đến ngày mười lăm tháng một."),
    ("Cắt điện từ 7h-11h ngày 4/12.",
     "Cắt điện từ bảy giờ đến mười một giờ ngày bốn tháng mười hai."),
    ("Gọi thanh niên sinh năm 2001-2008 đi khám.",
     "Gọi thanh niên sinh năm hai nghìn không trăm linh một đến năm hai nghìn không trăm linh tám "
     "đi khám."),
    ("Kế hoạch giai đoạn 2026-2030.",
     "Kế hoạch giai đoạn hai nghìn không trăm hai mươi sáu đến hai nghìn không trăm ba mươi."),
    ("Thu thuế từ tháng 3-5/2026.",
     "Thu thuế từ tháng ba đến tháng năm năm hai nghìn không trăm hai mươi sáu."),
    # first pass missed: the second 'ngày' of a dashed range
    ("Nghỉ Tết từ ngày 14-22/2.", "Nghỉ Tết từ ngày mười bốn đến ngày hai mươi hai tháng hai."),
    ("Trong 2 ngày 11-12/6 cắt nước.", "Trong hai ngày mười một đến mười hai tháng sáu cắt nước."),
]  # fmt: skip

MORE: list[tuple[str, str]] = [
    # A. names that hold a date, and a day's name already said
    ("Đội bóng thôn Đông giành Cúp 19/5 năm nay.",
     "Đội bóng thôn Đông giành Cúp mười chín tháng năm năm nay."),
    ("Lịch cúp điện 20/11 khu vực thôn Đông.",
     "Lịch cúp điện ngày hai mươi tháng mười một khu vực thôn Đông."),
    ("Học sinh trở lại trường 5/9.", "Học sinh trở lại trường ngày năm tháng chín."),
    ("Theo yêu cầu 20/11 các thôn nộp báo cáo.",
     "Theo yêu cầu ngày hai mươi tháng mười một các thôn nộp báo cáo."),
    ("Chào mừng ngày pháp luật 9/11, xã tổ chức thi tìm hiểu.",
     "Chào mừng ngày pháp luật chín tháng mười một, xã tổ chức thi tìm hiểu."),
    ("Nhà thi đấu 19/5 tạm đóng cửa.", "Nhà thi đấu mười chín tháng năm tạm đóng cửa."),
    ("Cầu 30/4 tạm cấm xe tải.", "Cầu ba mươi tháng tư tạm cấm xe tải."),
    # B. numbers that name a body or a programme, said digit by digit
    ("Đội kiểm tra liên ngành 389 xã thu giữ 500 bao thuốc lá lậu.",
     "Đội kiểm tra liên ngành ba tám chín xã thu giữ năm trăm bao thuốc lá lậu."),
    ("Tổ công tác 389 huyện kiểm tra chợ.", "Tổ công tác ba tám chín huyện kiểm tra chợ."),
    ("Hỗ trợ nhà ở theo Chương trình 167 cho 12 hộ.",
     "Hỗ trợ nhà ở theo Chương trình một sáu bảy cho mười hai hộ."),
    ("Đoàn kiểm tra 138 hộ kinh doanh.", "Đoàn kiểm tra một trăm ba mươi tám hộ kinh doanh."),
    ("Đội có 134 người.", "Đội có một trăm ba mươi tư người."),
    # C. fractions that look like dates
    ("Nhà máy thủy điện mở 1/3 cửa tràn.", "Nhà máy thủy điện mở một phần ba cửa tràn."),
    ("Dự án đã xong 3/4 khối lượng.", "Dự án đã xong ba phần tư khối lượng."),
    ("Hộ nghèo được giảm 1/2 giá vé.", "Hộ nghèo được giảm một phần hai giá vé."),
    ("Đường mới thi công 2/3 chiều dài tuyến.", "Đường mới thi công hai phần ba chiều dài tuyến."),
    ("Nghiệm thu 2/3 tại công trình.", "Nghiệm thu ngày hai tháng ba tại công trình."),
    ("Thủy điện mở cửa xả từ 2/3.", "Thủy điện mở cửa xả từ ngày hai tháng ba."),
    ("Chỉ 1/2 số thành viên có mặt.", "Chỉ một phần hai số thành viên có mặt."),
    ("Địa chỉ: 12/5 đường Lê Lợi.", "Địa chỉ: mười hai trên năm đường Lê Lợi."),
    # D. glued short marks: ages, minutes, seconds
    ("Cháu Hờ Thị Mỷ 7t, mặc áo hoa.", "Cháu Hờ Thị Mỷ bảy tuổi, mặc áo hoa."),
    ("BN nam 56t ở thôn 3.", "bệnh nhân nam năm mươi sáu tuổi ở thôn ba."),
    ("Thời gian tối đa mỗi lượt 20'.", "Thời gian tối đa mỗi lượt hai mươi phút."),
    ("Kỷ lục mới: 2'15''.", "Kỷ lục mới: hai phút mười lăm giây."),
    ("Vị trí tâm bão 17°30'N.", "Vị trí tâm bão mười bảy độ ba mươi phút vĩ bắc."),
    ("Lớp 11t học buổi chiều.", "Lớp mười một tê học buổi chiều."),
    # E. abbreviations the sentence decides
    ("Khám tuyển: 41 CD đạt sức khỏe; 6 CD không đạt.",
     "Khám tuyển: bốn mươi mốt công dân đạt sức khỏe; sáu công dân không đạt."),
    ("Cửa hàng bán đĩa CD; giảm giá 5 CD nhạc cũ.",
     "Cửa hàng bán đĩa xê đê; giảm giá năm xê đê nhạc cũ."),
    ("Mỗi viên nang chứa 5.000 đv vitamin D.", "Mỗi viên nang chứa năm nghìn đơn vị vi ta min đê."),
    ("Đảng bộ xã kết nạp 8 đv mới.", "Đảng bộ xã kết nạp tám đảng viên mới."),
    ("Trợ giúp pháp lý NN miễn phí cho hộ nghèo.",
     "Trợ giúp pháp lý nhà nước miễn phí cho hộ nghèo."),
    ("Công dân thực hiện NV tham gia CAND năm 2026.",
     "Công dân thực hiện nghĩa vụ tham gia công an nhân dân năm hai nghìn không trăm hai mươi "
     "sáu."),
    ("Diễn tập khu vực phòng thủ (DTKVPT) năm 2026 đạt loại giỏi.",
     "Diễn tập khu vực phòng thủ năm hai nghìn không trăm hai mươi sáu đạt loại giỏi."),
    ("Huấn luyện DQTT, DQTC năm 2026.",
     "Huấn luyện dân quân thường trực, dân quân tại chỗ năm hai nghìn không trăm hai mươi sáu."),
    ("Các xã, TT tổ chức ra quân.", "Các xã, thị trấn tổ chức ra quân."),
    # F. ranges: each end said whole
    ("Kiểm tra lớp 9 ngày 3-4/11.", "Kiểm tra lớp chín ngày ba đến ngày bốn tháng mười một."),
    ("Chợ họp thứ Năm ngày 4-5/12.", "Chợ họp thứ Năm ngày bốn đến ngày năm tháng mười hai."),
    ("Tập huấn 3 ngày 9-11/12 tại hội trường.",
     "Tập huấn ba ngày chín đến mười một tháng mười hai tại hội trường."),
]  # fmt: skip


@pytest.mark.parametrize(("written", "spoken"), FIRST_PASS + MORE)
def test_round_eight_dates_numbers_and_context_are_read_as_an_announcer_reads_them(
    written: str, spoken: str
) -> None:
    assert spoken_form(written) == spoken


HOSTILE = (
    "cầu 19/5 ", "Trường 2/9 ", "Ngày TBLS 27/7 ", "Đoàn kiểm tra liên ngành 389 ",
    "mở 2/3 cửa xả ", "nữ 34t ", "anh Lò Văn Pằng 24t ", "trong 15' ", "5'30'' ",
    "liều 200.000 đv ", "45 CD đạt; 12 CD loại 4; ", "từ 20-30/11 ", "2 ngày 11-12/6 ",
)  # fmt: skip
"""Shapes of this file's rules, repeated: each must be read in time linear in its length."""


@pytest.mark.parametrize("unit", HOSTILE)
def test_reading_time_grows_linearly_with_the_round_eight_rules(unit: str) -> None:
    assert_reads_in_linear_time(unit)
