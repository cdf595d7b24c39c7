"""Blind rounds 87 (Vĩnh Long) and 88 (Thanh Hóa, the northern voice): the classes the
broadcast editors faulted that r26read does not take, each with phrases of our own in notice
language and look-alikes that must not change. Never the rounds' own phrases.

1. Abbreviations an announcer expands, spelled or wrongly expanded by the reader: a command
   board for disasters ('Ban CHPCTT'), the army's schools ('Học viện KTQS', 'Trường SQ'), the
   procuracy ('Viện KS'), an exam's calculator ('MTCT'), an amended decree ('sđ, bs'), an
   inspection centre ('Trung tâm ĐK'), the disease control centre ('CDC'), 'VD' (ví dụ), a
   grade average ('ĐTB'), a command's code ('01/LĐ-BCH'), and 'UBDN', the commune's people's
   committee with two letters swapped. Where letters have two readings the sentence or the
   word beside them tells which: 'toàn bộ HS' are pupils, 'bộ HS' a set of files; 'THT' is
   a cattle disease among vaccines and herds, a cooperative group elsewhere; 'TTĐT' a
   training centre among licences and trades, the portal's news after 'cổng'; 'CN' after a
   trade ('Điện CN', 'may CN') is industry.
2. A tone mark an officer left off or typed wrong is repaired where the word as typed is none
   ('nươc', 'nhưa', 'phuờng') or none beside its neighbour ('đề nghi', 'sử dung', 'rét
   đậu', 'tinh phí'); a word with a sense of its own there stays as typed ('nghi ngờ',
   'dung dịch', 'tinh khiết', 'thuở', 'quờ quạng', a name 'Nhưa').
3. Numbers: a decimal with its scale after a place word ('nông thôn 2,8tr') is a decimal, not
   a list of hamlets; a small 'đ' in a sentence that scores is points ('40đ' → 'bốn mươi
   điểm'); 'oC' typed for '°C' is độ xê; a code keyed on a phone keeps its stars and hashes
   ('*21*' → 'sao hai mươi mốt sao'); two months jotted before one year are months, 'đến'
   between them ('T9-T11/2025'); a weekday list with dashes, spaced or not, names each day
   ('thứ 2-4-6' → 'thứ hai, thứ tư, thứ sáu', never 'bốn'); a dike's marker 'K15+200' is its
   kilometre.
4. Signs between things: a count times a price is the price of each ('15 suất × 2.000.000đ'
   → '… suất, mỗi suất …'), 'nhân' where the sum is worked out; two roads at a junction meet
   ('giao với'); '=' in a notice of swapping is 'đổi'; a quake's 'M=' is the 'độ lớn'.
5. Loan words as the announcers said them: 'shop' is 'sóp', 'makeup' 'mếch ấp', a short
   link's 'me' is spelled ('zalo.me' → 'da lô chấm em e'), an English title before a name is
   the Vietnamese one ('Ms. Thảo' → 'chị Thảo', 'Mr.' anh, 'Mrs.' bà).
6. A bank account's dots only part its groups (said as pauses, as a phone's are); a
   treasury's '.0.' is said ('chấm').
7. A unit written the army's way, 'c2/d4/e762', is its company, battalion and regiment in a
   military sentence; a product's 'c2/d4' stays a code."""

from __future__ import annotations

import pytest
from test_notice_reading import assert_reads_in_linear_time

from announcements.normalize import Reader

ABBREVIATIONS = [
    (
        "Ban CHPCTT&TKCN huyện yêu cầu các xã sơ tán dân khỏi vùng sạt lở.",
        "Ban chỉ huy phòng chống thiên tai và tìm kiếm cứu nạn huyện yêu cầu các xã sơ tán dân"
        " khỏi vùng sạt lở.",
    ),
    (
        "BCHPCTT xã kiểm tra đê bao ấp Phú Lợi.",
        "ban chỉ huy phòng chống thiên tai xã kiểm tra đê bao ấp Phú Lợi.",
    ),
    (
        "Nam thanh niên đăng ký dự tuyển Học viện KTQS và Trường SQ Chính trị.",
        "Nam thanh niên đăng ký dự tuyển Học viện kỹ thuật quân sự và Trường sĩ quan Chính trị.",
    ),
    (
        "Kẻ gian mạo danh cán bộ Viện KS huyện gọi điện đòi tiền.",
        "Kẻ gian mạo danh cán bộ Viện kiểm sát huyện gọi điện đòi tiền.",
    ),
    (
        "Thí sinh được mang MTCT, thước kẻ và bút chì vào phòng thi.",
        "Thí sinh được mang máy tính cầm tay, thước kẻ và bút chì vào phòng thi.",
    ),
    (
        "Xử phạt theo Nghị định 100/2019 (sđ, bs bởi Nghị định 123/2021).",
        "Xử phạt theo Nghị định một trăm năm hai nghìn không trăm mười chín (sửa đổi, bổ sung"
        " bởi Nghị định một trăm hai mươi ba năm hai nghìn không trăm hai mươi mốt).",
    ),
    (
        "Luật Đất đai SĐBS năm 2025 có hiệu lực.",
        "Luật Đất đai sửa đổi, bổ sung năm hai nghìn không trăm hai mươi lăm có hiệu lực.",
    ),
    (
        "Xe tải đưa đến Trạm ĐK số 2 trước hạn.",
        "Xe tải đưa đến Trạm đăng kiểm số hai trước hạn.",
    ),
    (
        "Theo CDC Vĩnh Long, số ca tay chân miệng tăng.",
        "Theo trung tâm kiểm soát bệnh tật Vĩnh Long, số ca tay chân miệng tăng.",
    ),
    ("Trung tâm CDC tỉnh cấp phát thuốc.", "Trung tâm kiểm soát bệnh tật tỉnh cấp phát thuốc."),
    (
        "Hồ sơ gồm giấy tờ tùy thân, VD: căn cước, hộ chiếu.",
        "Hồ sơ gồm giấy tờ tùy thân, ví dụ: căn cước, hộ chiếu.",
    ),
    (
        "Xét học bổng cho em có ĐTB học kỳ I từ 8,5.",
        "Xét học bổng cho em có điểm trung bình học kỳ một từ tám phẩy năm.",
    ),
    (
        "Chấp hành Lệnh số 03/LĐ-BCH, dân quân tập trung tại sân kho.",
        "Chấp hành Lệnh số ba của ban chỉ huy, dân quân tập trung tại sân kho.",
    ),
    (
        "Chủ tịch UBDN phường tiếp dân sáng thứ Năm.",
        "Chủ tịch ủy ban nhân dân phường tiếp dân sáng thứ Năm.",
    ),
    # two readings of one group of letters, told by the words around them
    (
        "Do mưa lớn, toàn bộ HS trường tiểu học nghỉ học ngày mai.",
        "Do mưa lớn, toàn bộ học sinh trường tiểu học nghỉ học ngày mai.",
    ),
    (
        "Công dân mang theo bộ HS đến bộ phận một cửa.",
        "Công dân mang theo bộ hồ sơ đến bộ phận một cửa.",
    ),
    (
        "Tiêm vắc xin dại, THT cho đàn chó, trâu bò; THT 5.000đ/liều.",
        "Tiêm vắc xin dại, tụ huyết trùng cho đàn chó, trâu bò; tụ huyết trùng năm nghìn đồng"
        " một liều.",
    ),
    ("Ra mắt THT trồng nấm rơm ấp Hòa Lợi.", "Ra mắt tổ hợp tác trồng nấm rơm ấp Hòa Lợi."),
    (
        "TTĐT lái xe Hoàng Gia tuyển sinh học viên hạng B.",
        "trung tâm đào tạo lái xe Hoàng Gia tuyển sinh học viên hạng bê.",
    ),
    (
        "Kết quả đăng trên Cổng TTĐT huyện, học viên tự tra cứu.",
        "Kết quả đăng trên Cổng thông tin điện tử huyện, học viên tự tra cứu.",
    ),
    (
        "Mở lớp may CN và Điện CN cho lao động nông thôn.",
        "Mở lớp may công nghiệp và Điện công nghiệp cho lao động nông thôn.",
    ),
    ("Chợ nghỉ họp ngày CN.", "Chợ nghỉ họp ngày chủ nhật."),
]


SLIPPED_MARKS = [
    (
        "Đề nghi bà con không sử dung pháo nổ; ĐỀ NGHI chấp hành nghiêm.",
        "Đề nghị bà con không sử dụng pháo nổ; đề nghị chấp hành nghiêm.",
    ),
    (
        "Đợt rét đậu kéo dài, không chăn thả trâu bò; ống nhưa bị vỡ.",
        "Đợt rét đậm kéo dài, không chăn thả trâu bò; ống nhựa bị vỡ.",
    ),
    (
        "Phí vệ sinh tinh theo nhân khẩu, tinh phí từ tháng sau; nước tinh khiết.",
        "Phí vệ sinh tính theo nhân khẩu, tính phí từ tháng sau; nước tinh khiết.",
    ),
    (
        "Trươc ngày 5, mỗi hộ đươc nhận viêc làm; nươc sạch; từng bươc.",
        "Trước ngày năm, mỗi hộ được nhận việc làm; nước sạch; từng bước.",
    ),
    (
        "Họp tại nhà văn hóa khu phố, phuờng Tân An; đuờng làng ngập; ruợu giả; cá tuơi.",
        "Họp tại nhà văn hóa khu phố, phường Tân An; đường làng ngập; rượu giả; cá tươi.",
    ),
    (
        "Bà Nhưa nghi ngờ dung dịch lạ; từ thuở nhỏ, huơ tay quờ quạng.",
        "Bà Nhưa nghi ngờ dung dịch lạ; từ thuở nhỏ, huơ tay quờ quạng.",
    ),
]


NUMBERS = [
    (
        "Giá đất ở nông thôn 1,5tr/m2, ở đô thị 3,2 triệu/m2; thôn 2,3 họp.",
        "Giá đất ở nông thôn một phẩy năm triệu đồng một mét vuông, ở đô thị ba phẩy hai triệu"
        " một mét vuông; thôn hai, ba họp.",
    ),
    (
        "Hội thi cắm hoa chấm theo thang điểm 50 (ý tưởng 20đ, kỹ thuật 30đ); giải nhất 500.000đ.",
        "Hội thi cắm hoa chấm theo thang điểm năm mươi (ý tưởng hai mươi điểm, kỹ thuật ba mươi"
        " điểm); giải nhất năm trăm nghìn đồng.",
    ),
    (
        "Bài thi đạt từ 6,5đ được cộng; vé xe 15.000đ.",
        "Bài thi đạt từ sáu phẩy năm điểm được cộng; vé xe mười lăm nghìn đồng.",
    ),
    (
        "Hội thi văn nghệ: vé vào cổng 20.000đ, gửi xe 5.000đ.",
        "Hội thi văn nghệ: vé vào cổng hai mươi nghìn đồng, gửi xe năm nghìn đồng.",
    ),
    (
        "Đêm nay trời rét, có nơi dưới 3oC, vùng thấp 8 oC.",
        "Đêm nay trời rét, có nơi dưới ba độ xê, vùng thấp tám độ xê.",
    ),
    (
        "Không bấm *21* hay #21#, kiểm tra tài khoản bấm *101#.",
        "Không bấm sao hai mươi mốt sao hay thăng hai mươi mốt thăng, kiểm tra tài khoản bấm sao"
        " một không một thăng.",
    ),
    ("Lưu ý *hạn chót* là khách sạn 4*.", "Lưu ý hạn chót là khách sạn bốn sao."),
    (
        "Lớp học kéo dài từ T3-T5/2026, khai giảng T2 tuần sau.",
        "Lớp học kéo dài từ tháng ba đến tháng năm năm hai nghìn không trăm hai mươi sáu, khai"
        " giảng thứ hai tuần sau.",
    ),
    (
        "Thu gom vào thứ 3-5-7, tổ 2 vào thứ 2-4-6; phân NPK 16-16-8.",
        "Thu gom vào thứ ba, thứ năm, thứ bảy, tổ hai vào thứ hai, thứ tư, thứ sáu; phân en pê"
        " ca mười sáu, mười sáu, tám.",
    ),
    (  # spaced dashes too: the range rule read it 'thứ hai đến thứ bốn đến sáu' (lead, merge)
        "Tiêm chủng vào thứ 2 - 4 - 6; Thứ 3 – 5 – 7 khám thai; họp thứ 2 - 4 hằng tuần.",
        "Tiêm chủng vào thứ hai, thứ tư, thứ sáu; Thứ ba, thứ năm, thứ bảy khám thai; họp thứ"
        " hai đến thứ tư hằng tuần.",
    ),
    (
        "Sạt lở mái đê tại K7+350, xe tải K15 không qua.",
        "Sạt lở mái đê tại ki lô mét bảy cộng ba trăm năm mươi, xe tải ca mười lăm không qua.",
    ),
]


SIGNS = [
    (
        "Trao 15 suất × 2.000.000đ cho hộ nghèo; tổng 4 suất x 500.000đ = 2.000.000đ.",
        "Trao mười lăm suất, mỗi suất hai triệu đồng cho hộ nghèo; tổng bốn suất nhân năm trăm"
        " nghìn đồng bằng hai triệu đồng.",
    ),
    (
        "Cấm xe tải tại nút giao QL45 × đường Nguyễn Trãi; ảnh 3x4.",
        "Cấm xe tải tại nút giao quốc lộ bốn mươi lăm giao với đường Nguyễn Trãi; ảnh ba nhân bốn.",
    ),
    (
        "Ngày hội đổi pin cũ lấy cây xanh: 5 pin = 1 cây sen đá, 10 pin = 1 chậu hoa.",
        "Ngày hội đổi pin cũ lấy cây xanh: năm pin đổi một cây sen đá, mười pin đổi một chậu hoa.",
    ),
    ("Biết 2 + 3 = 5.", "Biết hai cộng ba bằng năm."),
    (
        "Ghi nhận động đất có độ lớn M=4,2 ở Mường Nhé; dư chấn M = 2,9.",
        "Ghi nhận động đất có độ lớn bốn phẩy hai ở Mường Nhé; dư chấn độ lớn hai phẩy chín.",
    ),
]


LOAN_WORDS = [
    (
        "Mở lớp makeup cô dâu và bán hàng qua Shopee, TikTok Shop.",
        "Mở lớp mếch ấp cô dâu và bán hàng qua sốp pi, tích tốc sóp.",
    ),
    (
        "Tham gia nhóm tại zalo.me/g/thonbac; liên hệ Ms. Hằng hoặc Mr.Tâm, Mrs. Oanh.",
        "Tham gia nhóm tại da lô chấm em e gạch chéo giê gạch chéo thôn bắc; liên hệ chị Hằng"
        " hoặc anh Tâm, bà Oanh.",
    ),
    (
        "Nhắn tin theo cú pháp MS 123 gửi 8079.",
        "Nhắn tin theo cú pháp em ét một trăm hai mươi ba gửi tám không bảy chín.",
    ),
]


ACCOUNTS = [
    (
        "Ủng hộ vào TK 1903.4567.8901 tại ngân hàng.",
        "Ủng hộ vào tài khoản một chín không ba, bốn năm sáu bảy, tám chín không một tại ngân"
        " hàng.",
    ),
    (
        "Tra cứu điểm: soạn tin theo cú pháp DT Số_báo_danh Mã_tỉnh Năm_thi gửi 8712; nộp 100"
        " hồ sơ.",
        "Tra cứu điểm: soạn tin theo cú pháp đê tê Số báo danh Mã tỉnh Năm thi gửi tám bảy một"
        " hai; nộp một trăm hồ sơ.",
    ),
    (
        "Nộp vào tài khoản 3511.0.1055555 tại Kho bạc; MST 0312345678-002.",
        "Nộp vào tài khoản ba năm một một chấm không chấm một không năm năm năm năm năm tại Kho"
        " bạc; mã số thuế không ba một hai ba bốn năm sáu bảy tám, không không hai.",
    ),
]


UNITS = [
    (
        "Dân quân thuộc c3/d2/e94 tập trung tại sân vận động; chiến sĩ d5/f341 về phép.",
        "Dân quân thuộc đại đội ba, tiểu đoàn hai, trung đoàn chín mươi tư tập trung tại sân vận"
        " động; chiến sĩ tiểu đoàn năm, sư đoàn ba trăm bốn mươi mốt về phép.",
    ),
    ("Dán tem c2/d4 lên thùng hàng.", "Dán tem xê hai trên đê bốn lên thùng hàng."),
]


ALL = UNITS + ABBREVIATIONS + SLIPPED_MARKS + NUMBERS + SIGNS + LOAN_WORDS + ACCOUNTS


@pytest.mark.parametrize(("written", "said"), ALL)
def test_rounds_87_88_classes_are_read_as_announcers_read_them(written: str, said: str) -> None:
    assert Reader().read(written).spoken == said


HOSTILE = (
    *("phuờng ", "đề nghi ", "Nhưa ", "thi 40đ ", "*21* ", "#1", "5oC "),
    *(
        "T9-T11/2025 ",
        "thứ 2-4-6 ",
        "thứ 2 - 4 - 6 ",
        "K15+200 ",
        "2 suất × 3.000đ ",
        "nút giao × ",
        "đổi 1 = 2 ",
        "Ms. A",
    ),
    *("toàn bộ HS ", "Viện KS ", "THT ", "TTĐT lái xe ", "01/LĐ-BCH, "),
)


@pytest.mark.parametrize("unit", HOSTILE)
def test_reading_time_grows_linearly_with_the_round_87_88_rules(unit: str) -> None:
    assert_reads_in_linear_time(unit)
