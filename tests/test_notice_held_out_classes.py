"""Classes of misreading that the two held-out sets of round four showed (sets kept outside
the repository, scored before these fixes). The phrases here are new instances of each class
and guards for what must stay as it was, never the held-out phrases themselves."""

from __future__ import annotations

import pytest

from announcements.normalize import read_aloud, spoken_form


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        # a share or a temperature is no rescue line, though its digits are 113, 114 or 115
        ("Thu ngân sách đạt 113% kế hoạch.",
         "Thu ngân sách đạt một trăm mười ba phần trăm kế hoạch."),
        ("Sản lượng bằng 115 % cùng kỳ.", "Sản lượng bằng một trăm mười lăm phần trăm cùng kỳ."),
        ("Gọi 114 khi có cháy.", "Gọi một một bốn khi có cháy."),
        # an abbreviation's expansion governs the numeral after it
        ("Mực nước sông Lam vượt BĐ II, còn lên.",
         "Mực nước sông Lam vượt báo động hai, còn lên."),
        ("Nước trên BĐ 3 là 0,2m.", "Nước trên báo động ba là không phẩy hai mét."),
        ("Gửi thư tại BĐ xã.", "Gửi thư tại bưu điện xã."),
        # a day, month and year after a word ending in 'số' is a date, not a house number
        ("Thời điểm điều tra dân số 1/10/2029.",
         "Thời điểm điều tra dân số ngày một tháng mười năm hai nghìn không trăm hai mươi chín."),
        ("Tổng số 3/5 thôn đạt chuẩn.", "Tổng số ba trên năm thôn đạt chuẩn."),
        ("Nhà ở số 15/7 đường Trần Phú.", "Nhà ở số mười lăm trên bảy đường Trần Phú."),
        # a range of days begun with 'mùng' ends with 'mùng'
        ("Hội làng từ mùng 4-6/1 âm lịch.",
         "Hội làng từ mùng bốn đến mùng sáu tháng giêng âm lịch."),
        ("Nghỉ Tết mồng 2-5/1.", "Nghỉ Tết mồng hai đến mồng năm tháng một."),
        ("Từ ngày 12-20/3 âm lịch.", "Từ ngày mười hai đến ngày hai mươi tháng ba âm lịch."),
        # units of data and of vitamins
        ("Gói cước 300Mbps và 1 Gbps.",
         "Gói cước ba trăm mê ga bít trên giây và một gi ga bít trên giây."),
        ("Bổ sung 50.000 IU vitamin D.", "Bổ sung năm mươi nghìn đơn vị quốc tế vi ta min đê."),
        # loan words of road works and papers
        ("Gia cố taluy âm đoạn qua thôn 2.", "Gia cố ta luy âm đoạn qua thôn hai."),
        ("Thẻ gắn chip điện tử.", "Thẻ gắn chíp điện tử."),
        # round 8: a tax number and its branch are codes, not a range of billions
        ("Mã số thuế của hộ kinh doanh: 8012345678-001.",
         "Mã số thuế của hộ kinh doanh: tám không một hai ba bốn năm sáu bảy tám, không không "
         "một."),
        ("MST: 0101234567-002, nộp trước ngày 30/1.",
         "mã số thuế: không một không một hai ba bốn năm sáu bảy, không không hai, nộp trước "
         "ngày ba mươi tháng một."),
        ("Chi nhánh 0312345678-003 đã đóng mã số thuế.",
         "Chi nhánh không ba một hai ba bốn năm sáu bảy tám, không không ba đã đóng mã số thuế."),
        ("Hỗ trợ từ 100000000-200000000 đồng.",
         "Hỗ trợ từ một trăm triệu đến hai không không không không không không không không "
         "đồng."),
        # round 8: a count of plants, seeds or packs then a slash is a rate; places stay 'hoặc'
        ("Cấy 3-4 dảnh/khóm, mật độ 40 khóm/m2.",
         "Cấy ba đến bốn dảnh một khóm, mật độ bốn mươi khóm một mét vuông."),
        ("Gieo 2 hạt/hốc, bón 1 bao/sào.", "Gieo hai hạt một hốc, bón một bao một sào."),
        ("Trồng 500 cây/ha keo lai.", "Trồng năm trăm cây một héc ta keo lai."),
        ("Có 3 xã/phường chưa nộp.", "Có ba xã hoặc phường chưa nộp."),
        # round 8: issuers of the agriculture department composed, a trainee abroad, an average
        # after 'thấp nhất'
        ("Công văn số 2156/SNN-CCTY về tiêm phòng.",
         "Công văn số hai nghìn một trăm năm mươi sáu sở nông nghiệp chi cục thú y về tiêm "
         "phòng."),
        ("Thông báo của CCKL và CCBVTV tỉnh.",
         "Thông báo của chi cục kiểm lâm và chi cục bảo vệ thực vật tỉnh."),
        ("Tuyển lao động đi Nhật theo diện TTS kỹ năng.",
         "Tuyển lao động đi Nhật theo diện thực tập sinh kỹ năng."),
        ("Nhiệt độ thấp nhất TB 8-10°C, cao nhất TB 15°C.",
         "Nhiệt độ thấp nhất trung bình tám đến mười độ xê, cao nhất trung bình mười lăm độ xê."),
        # round 8: 'THT' beside livestock or a vaccination is a disease, else a co-operative
        ("Tiêm phòng LMLM, THT cho trâu bò đợt 1.",
         "Tiêm phòng lở mồm long móng, tụ huyết trùng cho trâu bò đợt một."),
        ("Phòng bệnh THT ở lợn khi trời rét.", "Phòng bệnh tụ huyết trùng ở lợn khi trời rét."),
        ("Vắc xin THT cho đàn gia cầm.", "Vắc xin tụ huyết trùng cho đàn gia cầm."),
        ("Các THT, HTX trên địa bàn.", "Các tổ hợp tác, hợp tác xã trên địa bàn."),
        # round 7: a part of a sum after 'được' is 'phần'; a count of what it counts 'trên'
        ("Đã thi hành được 2/3.", "Đã thi hành được hai phần ba."),
        ("Biểu quyết được 2/3 đại biểu tán thành.",
         "Biểu quyết được hai phần ba đại biểu tán thành."),
        ("Thu được 19/20 phiếu, được 3/5 hộ đồng ý.",
         "Thu được mười chín trên hai mươi phiếu, được ba trên năm hộ đồng ý."),
        # round 9: the marks inside an address are said, or a listener types the wrong one
        ("Cảnh giác trang vietcombank-hotro.net giả mạo.",
         "Cảnh giác trang việt com banh gạch ngang hỗ trợ chấm nét giả mạo."),
        ("Gửi hồ sơ về hoso_ubnd@gmail.com.",
         "Gửi hồ sơ về hồ sơ gạch dưới u bê en đê a còng gờ meo chấm com."),
        # round 8: an earthquake's seconds after an hour written with 'h'
        ("Động đất xảy ra lúc 10h29'36'' (giờ Hà Nội).",
         "Động đất xảy ra lúc mười giờ hai mươi chín phút ba mươi sáu giây (giờ Hà Nội)."),
        ("Trận động đất lúc 3h05’12” sáng nay.",
         "Trận động đất lúc ba giờ năm phút mười hai giây sáng nay."),
    ],
)  # fmt: skip
def test_the_held_out_sets_classes_are_read_right(written: str, spoken: str) -> None:
    reading = read_aloud(written)
    assert (reading.spoken, reading.guessed) == (spoken, ())


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        # round 8: a storm's international name in capitals is a name, said as a word
        ("Bão số 3 (tên quốc tế YAGI) đã mạnh lên.", "Bão số ba (tên quốc tế Da ghi) đã mạnh lên."),
        ("Cơn bão WIPHA đổ bộ.", "Cơn bão Uy pha đổ bộ."),
        # guards: an abbreviation after 'bão' stays one
        ("Sau bão UBND xã hỗ trợ.", "Sau bão ủy ban nhân dân xã hỗ trợ."),
        ("Sau bão CA xã trực.", "Sau bão công an xã trực."),
    ],
)  # fmt: skip
def test_a_storms_name_in_capitals_is_said_as_a_word(written: str, spoken: str) -> None:
    assert spoken_form(written) == spoken
