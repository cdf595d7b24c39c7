"""Vietnamese reading, ninth round, the numbers family: numbers, units and rates in context.
An age written 't' a few words after a person ('người từ 40t trở lên', 'NCT từ đủ 75t', 'cho
con dưới 16t điều khiển xe'), chains of rates ('tấn/ha/vụ', '6tr/người/khóa', spaced too),
electrical units (amperes where the clause speaks of a current, 'mA', 'kVAr', 'Ah'),
per-mille and salinity, sums over a period, 'x' between a count and a price, ranges of
decimals, signs after 'tăng' and 'giảm', fractions of people. FIRST_PASS was written with its
readings before the reader was run on it; SECOND_PASS after FIRST_PASS's fixes, blind again,
as new instances of each class from other kinds of notice, and THIRD_PASS after SECOND_PASS's
fixes, blind again. Their first-pass misses are marked where they stand. MORE was written
after THIRD_PASS's fixes, probing each class further; what it found is fixed. FOURTH_PASS was
written blind after MORE's fixes, over every class (24/24 at its first pass)."""

from __future__ import annotations

import pytest
from test_notice_reading import assert_reads_in_linear_time

from announcements.normalize import spoken_form

FIRST_PASS: list[tuple[str, str]] = [
    # A. an age written 't' a few words after a person and 'từ', 'đủ', 'dưới', 'trên', 'hơn'
    # first pass missed: the age read as a letter ('tê') or as tonnes ('tấn')
    ("Tổ chức khám sức khỏe miễn phí cho người từ 60t trở lên tại trạm y tế xã.",
     "Tổ chức khám sức khỏe miễn phí cho người từ sáu mươi tuổi trở lên tại trạm y tế xã."),
    # first pass missed: the age read as a letter ('tê') or as tonnes ('tấn')
    ("Hỗ trợ tiền điện cho NCT từ đủ 80t không có lương hưu.",
     "Hỗ trợ tiền điện cho người cao tuổi từ đủ tám mươi tuổi không có lương hưu."),
    # first pass missed: the age read as a letter ('tê') or as tonnes ('tấn')
    ("Phụ huynh không giao xe máy cho con dưới 18t điều khiển.",
     "Phụ huynh không giao xe máy cho con dưới mười tám tuổi điều khiển."),
    # first pass missed: the age read as a letter ('tê') or as tonnes ('tấn')
    ("Ưu tiên thanh niên trên 18t đã hoàn thành nghĩa vụ quân sự.",
     "Ưu tiên thanh niên trên mười tám tuổi đã hoàn thành nghĩa vụ quân sự."),
    # first pass missed: the age read as a letter ('tê') or as tonnes ('tấn')
    ("Cụ Lò Thị Én hơn 90t vẫn tham gia sinh hoạt chi hội.",
     "Cụ Lò Thị Én hơn chín mươi tuổi vẫn tham gia sinh hoạt chi hội."),
    # first pass missed: the age read as a letter ('tê') or as tonnes ('tấn')
    ("Bé trai khoảng 3t, mặc áo xanh, đi lạc ở chợ.",
     "Bé trai khoảng ba tuổi, mặc áo xanh, đi lạc ở chợ."),
    # first pass missed: the age read as a letter ('tê') or as tonnes ('tấn')
    ("Công dân nam đủ 17t phải đăng ký nghĩa vụ quân sự.",
     "Công dân nam đủ mười bảy tuổi phải đăng ký nghĩa vụ quân sự."),
    ("Tiêm vắc xin cho trẻ dưới 1t và phụ nữ mang thai.",
     "Tiêm vắc xin cho trẻ dưới một tuổi và phụ nữ mang thai."),
    # first pass missed: the age read as a letter ('tê') or as tonnes ('tấn')
    ("Người lao động từ đủ 15t được ký hợp đồng.",
     "Người lao động từ đủ mười lăm tuổi được ký hợp đồng."),
    # first pass missed: the age read as a letter ('tê') or as tonnes ('tấn')
    ("Không để các em dưới 14t tắm sông một mình.",
     "Không để các em dưới mười bốn tuổi tắm sông một mình."),
    # first pass missed: the age read as a letter ('tê') or as tonnes ('tấn')
    ("Mừng thọ các cụ tròn 90t trong thôn.",
     "Mừng thọ các cụ tròn chín mươi tuổi trong thôn."),
    # first pass missed: the age read as a letter ('tê') or as tonnes ('tấn')
    ("Người già trên 75t được cấp thẻ bảo hiểm y tế.",
     "Người già trên bảy mươi lăm tuổi được cấp thẻ bảo hiểm y tế."),
    # A. near-misses: a load ('xe dưới 5t', a car's 'xe con'), a class ('lớp 10t')
    ("Cầu yếu, chỉ cho xe dưới 5t qua.",
     "Cầu yếu, chỉ cho xe dưới năm tấn qua."),
    ("Cấm xe con dưới 2t đỗ trên vỉa hè.",
     "Cấm xe con dưới hai tấn đỗ trên vỉa hè."),
    ("Học sinh lớp 10t nghỉ học chiều nay.",
     "Học sinh lớp mười tê nghỉ học chiều nay."),
    ("Xe tải trên 10t không được đi vào đường thôn.",
     "Xe tải trên mười tấn không được đi vào đường thôn."),
    # B. a chain of rates, unit/unit/unit, glued or spaced
    # first pass missed: the second slash read 'hoặc'
    ("Năng suất lúa đạt 6-7 tấn/ha/vụ.",
     "Năng suất lúa đạt sáu đến bảy tấn một héc ta một vụ."),
    ("Hỗ trợ 2tr/người/tháng cho lao động mất việc.",
     "Hỗ trợ hai triệu đồng một người một tháng cho lao động mất việc."),
    ("Giá vé 150.000đ/người/lượt.",
     "Giá vé một trăm năm mươi nghìn đồng một người một lượt."),
    ("Bón 500kg vôi/ha/năm để cải tạo đất.",
     "Bón năm trăm ki lô gam vôi một héc ta một năm để cải tạo đất."),
    # first pass missed: the spaced slash's unit left as written ('ha')
    ("Năng suất ước đạt 1,5 tấn / ha / vụ.",
     "Năng suất ước đạt một phẩy năm tấn một héc ta một vụ."),
    # first pass missed: the second slash read 'hoặc'
    ("Lượng nước tưới 5.000 m3/ha/vụ.",
     "Lượng nước tưới năm nghìn mét khối một héc ta một vụ."),
    ("Tiền ăn bán trú 30.000đ/cháu/ngày.",
     "Tiền ăn bán trú ba mươi nghìn đồng một cháu một ngày."),
    ("Hỗ trợ 5 triệu đồng/ha/năm cho đất trồng lúa.",
     "Hỗ trợ năm triệu đồng một héc ta một năm cho đất trồng lúa."),
    # first pass missed: the second slash read 'hoặc'
    ("Dùng 3 kg giống/sào/vụ.",
     "Dùng ba ki lô gam giống một sào một vụ."),
    ("Học phí 6tr/học viên/khóa.",
     "Học phí sáu triệu đồng một học viên một khóa."),
    # B. near-misses: a slash between words is 'hoặc'
    ("Ông/bà có tên sau đây đến nhận quà.",
     "Ông hoặc bà có tên sau đây đến nhận quà."),
    ("Đại diện xã/phường/thị trấn dự họp.",
     "Đại diện xã hoặc phường hoặc thị trấn dự họp."),
    # C. electrical units: amperes where the clause speaks of a current; mA, kVAr, Ah, V, Hz…
    # first pass missed: 'A' read as a letter
    ("Lắp aptomat 40A cho mỗi hộ.",
     "Lắp áp tô mát bốn mươi am pe cho mỗi hộ."),
    # first pass missed: 'A' read as a letter
    ("Thay cầu chì 10A bị cháy.",
     "Thay cầu chì mười am pe bị cháy."),
    # first pass missed: 'mA' spelled
    ("Thiết bị chống giật có dòng rò 30mA.",
     "Thiết bị chống giật có dòng rò ba mươi mi li am pe."),
    # first pass missed: 'kVAr' spelled
    ("Lắp tụ bù 50kVAr tại trạm biến áp.",
     "Lắp tụ bù năm mươi ki lô vôn am pe phản kháng tại trạm biến áp."),
    # first pass missed: 'Ah' spelled
    ("Ắc quy 12V 100Ah dùng cho đèn năng lượng mặt trời.",
     "Ắc quy mười hai vôn một trăm am pe giờ dùng cho đèn năng lượng mặt trời."),
    # first pass missed: 'A' read as a letter
    ("Dây dẫn chịu dòng 25 A.",
     "Dây dẫn chịu dòng hai mươi lăm am pe."),
    # first pass missed: 'A' read as a letter
    ("Máy hàn 200A không được dùng chung ổ cắm.",
     "Máy hàn hai trăm am pe không được dùng chung ổ cắm."),
    ("Điện áp 220V, tần số 50Hz.",
     "Điện áp hai trăm hai mươi vôn, tần số năm mươi héc."),
    ("Nhà máy điện mặt trời 50MW.",
     "Nhà máy điện mặt trời năm mươi mê ga oát."),
    ("Mỗi hộ dùng dưới 50kWh được miễn tiền điện.",
     "Mỗi hộ dùng dưới năm mươi ki lô oát giờ được miễn tiền điện."),
    # C. near-misses: 'A' after a number elsewhere is a letter
    ("Học sinh lớp 6A tập trung tại sân trường.",
     "Học sinh lớp sáu a tập trung tại sân trường."),
    ("Tai nạn trên QL1A đoạn qua xã.",
     "Tai nạn trên quốc lộ một a đoạn qua xã."),
    ("Gia đình ông An ở số nhà 12A.",
     "Gia đình ông An ở số nhà mười hai a."),
    # D. per-mille and salinity
    ("Độ mặn tại cống Cái Lớn đo được 4,5‰.",
     "Độ mặn tại cống Cái Lớn đo được bốn phẩy năm phần nghìn."),
    ("Ranh mặn 4g/l đã vào sâu 50km.",
     "Ranh mặn bốn gam một lít đã vào sâu năm mươi ki lô mét."),
    ("Độ mặn từ 2-4‰, không lấy nước tưới.",
     "Độ mặn từ hai đến bốn phần nghìn, không lấy nước tưới."),
    ("Độ mặn 4 ‰ tại trạm Đại Ngãi.",
     "Độ mặn bốn phần nghìn tại trạm Đại Ngãi."),
    ("Tỷ suất sinh thô đạt 15‰.",
     "Tỷ suất sinh thô đạt mười lăm phần nghìn."),
    ("Độ mặn đo được 6 g/l.",
     "Độ mặn đo được sáu gam một lít."),
    ("Nồng độ cồn 0,25 mg/l khí thở.",
     "Nồng độ cồn không phẩy hai mươi lăm mi li gam trên một lít khí thở."),
    # E. a sum over a period ('cho', what the period costs: round 35's announcers)
    ("BHYT hộ gia đình người thứ nhất 1.263.600đ/12 tháng.",
     "bảo hiểm y tế hộ gia đình người thứ nhất một triệu hai trăm sáu mươi ba nghìn sáu trăm đồng"
     " cho mười hai tháng."),
    ("Mức đóng 450.000 đồng/6 tháng.",
     "Mức đóng bốn trăm năm mươi nghìn đồng cho sáu tháng."),
    ("Lãi suất cho vay 6%/năm.",
     "Lãi suất cho vay sáu phần trăm một năm."),
    # F. 'x' between a count and a price: 'nhân' where the sum is worked out; alone, the price
    # of each (blind round 87: both announcers 'hai mươi suất, mỗi suất …', 'nhân' lạ)
    ("Tổng kinh phí 50 suất x 2.000.000đ = 100.000.000đ.",
     "Tổng kinh phí năm mươi suất nhân hai triệu đồng bằng một trăm triệu đồng."),
    ("Tặng 10 hộ x 5 triệu đồng.",
     "Tặng mười hộ, mỗi hộ năm triệu đồng."),
    ("Hỗ trợ 3 con x 500.000đ mỗi tháng.",
     "Hỗ trợ ba con, mỗi con năm trăm nghìn đồng mỗi tháng."),
    # G. ranges of decimals
    ("Năng suất đạt 2,5-3,5 tấn.",
     "Năng suất đạt hai phẩy năm đến ba phẩy năm tấn."),
    ("Sốt cao 38,5-39,5°C cần đưa đến trạm y tế.",
     "Sốt cao ba mươi tám phẩy năm đến ba mươi chín phẩy năm độ xê cần đưa đến trạm y tế."),
    ("Nước có độ pH 6,5-8,5.",
     "Nước có độ pê hát sáu phẩy năm đến tám phẩy năm."),
    ("Mực nước lên 1,2 - 1,5 m.",
     "Mực nước lên một phẩy hai đến một phẩy năm mét."),
    ("Giá lúa tăng 0,5-1,0 nghìn đồng/kg.",
     "Giá lúa tăng không phẩy năm đến một phẩy không nghìn đồng một ki lô gam."),
    # H. a sign after 'tăng' or 'giảm' says the verb again; elsewhere it is read
    # first pass missed: 'cộng' said after 'tăng'
    ("Nhiệt độ tăng +2°C so với trung bình.",
     "Nhiệt độ tăng hai độ xê so với trung bình."),
    # first pass missed: 'âm' said after 'giảm'
    ("Giá thịt lợn giảm -5% so với tháng trước.",
     "Giá thịt lợn giảm năm phần trăm so với tháng trước."),
    ("Nhiệt độ thấp nhất -2°C.",
     "Nhiệt độ thấp nhất âm hai độ xê."),
    ("Chỉ số giá tháng 10: +0,3%.",
     "Chỉ số giá tháng mười: cộng không phẩy ba phần trăm."),
    # I. fractions of people
    ("Có 2/3 số hộ đã đóng góp.",
     "Có hai phần ba số hộ đã đóng góp."),
    ("Hơn 1/2 số hộ dân chưa nộp phí.",
     "Hơn một phần hai số hộ dân chưa nộp phí."),
    ("Được 3/4 số đảng viên tán thành.",
     "Được ba phần tư số đảng viên tán thành."),
    ("Quá 2/3 tổng số đại biểu biểu quyết.",
     "Quá hai phần ba tổng số đại biểu biểu quyết."),
    ("Khoảng 1/3 dân số xã làm nghề cá.",
     "Khoảng một phần ba dân số xã làm nghề cá."),
]  # fmt: skip


SECOND_PASS: list[tuple[str, str]] = [
    # A. ages
    ("Hỗ trợ 500.000đ/tháng cho người khuyết tật và NCT trên 80t.",
     "Hỗ trợ năm trăm nghìn đồng một tháng cho người khuyết tật và người cao tuổi trên tám mươi "
     "tuổi."),
    ("Tuyển sinh viên dưới 25t tham gia tình nguyện hè.",
     "Tuyển sinh viên dưới hai mươi lăm tuổi tham gia tình nguyện hè."),
    ("Phụ nữ từ 30-60t được khám sàng lọc ung thư cổ tử cung.",
     "Phụ nữ từ ba mươi đến sáu mươi tuổi được khám sàng lọc ung thư cổ tử cung."),
    ("Công dân từ đủ 14t được cấp thẻ căn cước.",
     "Công dân từ đủ mười bốn tuổi được cấp thẻ căn cước."),
    ("Nghiêm cấm bán rượu bia cho người chưa đủ 18t.",
     "Nghiêm cấm bán rượu bia cho người chưa đủ mười tám tuổi."),
    ("Ông Hà Văn Tư ngoài 70t vẫn chăm chỉ làm vườn.",
     "Ông Hà Văn Tư ngoài bảy mươi tuổi vẫn chăm chỉ làm vườn."),
    # first pass missed: the second end of 'từ 18 đến 25t' read 'tê'
    ("Gọi thanh niên nam từ 18 đến 25t đi khám tuyển.",
     "Gọi thanh niên nam từ mười tám đến hai mươi lăm tuổi đi khám tuyển."),
    ("Gia đình bà Lan có con nhỏ dưới 6t.",
     "Gia đình bà Lan có con nhỏ dưới sáu tuổi."),
    # A. near-miss: a load after a person
    ("Người điều khiển xe trên 3,5t phải có giấy phép lái xe hạng C.",
     "Người điều khiển xe trên ba phẩy năm tấn phải có giấy phép lái xe hạng xê."),
    # B. chains of rates
    ("Giá thuê 50.000đ/m2/tháng.",
     "Giá thuê năm mươi nghìn đồng một mét vuông một tháng."),
    ("Sản lượng đạt 80 tạ/ha/vụ.",
     "Sản lượng đạt tám mươi tạ một héc ta một vụ."),
    ("Mức khoán 3 triệu/ha/năm.",
     "Mức khoán ba triệu một héc ta một năm."),
    ("Thả nuôi tôm mật độ 100 con/m2/vụ.",
     "Thả nuôi tôm mật độ một trăm con một mét vuông một vụ."),
    ("Định mức nước 2 lít/người/ngày.",
     "Định mức nước hai lít một người một ngày."),
    ("Thu 200k/hộ/năm.",
     "Thu hai trăm nghìn đồng một hộ một năm."),
    ("Cấp 10kg gạo / khẩu / tháng.",
     "Cấp mười ki lô gam gạo một khẩu một tháng."),
    ("Lương 7,5tr/tháng/người.",
     "Lương bảy phẩy năm triệu đồng một tháng một người."),
    # B. near-misses: words and a form's fields
    ("Kính gửi ông/bà/anh/chị.",
     "Kính gửi ông hoặc bà hoặc anh hoặc chị."),
    ("Ghi rõ họ tên, ngày/tháng/năm sinh.",
     "Ghi rõ họ tên, ngày tháng năm sinh."),
    # C. electrical units
    ("Tủ điện dùng aptomat tổng 63A, dây dẫn 10mm2.",
     "Tủ điện dùng áp tô mát tổng sáu mươi ba am pe, dây dẫn mười mi li mét vuông."),
    ("Sạc xe đạp điện bằng bộ sạc 48V 3A.",
     "Sạc xe đạp điện bằng bộ sạc bốn mươi tám vôn ba am pe."),
    ("Trạm biến áp 560 kVA mất điện.",
     "Trạm biến áp năm trăm sáu mươi ki lô vôn am pe mất điện."),
    ("Bóng đèn tiết kiệm điện 20W thay bóng sợi đốt 100W.",
     "Bóng đèn tiết kiệm điện hai mươi oát thay bóng sợi đốt một trăm oát."),
    ("Dòng điện 10 mA đi qua người đã nguy hiểm.",
     "Dòng điện mười mi li am pe đi qua người đã nguy hiểm."),
    # C. near-misses
    ("Lớp 12A tham gia dọn vệ sinh.",
     "Lớp mười hai a tham gia dọn vệ sinh."),
    ("Công tơ nhà bà Lan ở tổ 7A bị cháy.",
     "Công tơ nhà bà Lan ở tổ bảy a bị cháy."),
    # D. per-mille and salinity
    ("Độ mặn đầu nguồn sông Hàm Luông 12‰.",
     "Độ mặn đầu nguồn sông Hàm Luông mười hai phần nghìn."),
    ("Độ mặn dưới 1g/l mới được lấy nước tưới lúa.",
     "Độ mặn dưới một gam một lít mới được lấy nước tưới lúa."),
    ("Tỷ suất chết trẻ em dưới 1 tuổi 12,5‰.",
     "Tỷ suất chết trẻ em dưới một tuổi mười hai phẩy năm phần nghìn."),
    ("Độ mặn 2,5 - 3‰.",
     "Độ mặn hai phẩy năm đến ba phần nghìn."),
    ("Độ mặn đo được 5 ppt.",
     "Độ mặn đo được năm phần nghìn."),
    # E. a sum over a period
    ("Mức đóng 1.105.650 đồng/12 tháng.",
     "Mức đóng một triệu một trăm linh năm nghìn sáu trăm năm mươi đồng cho mười hai tháng."),
    ("Phí 300.000đ/3 tháng.",
     "Phí ba trăm nghìn đồng cho ba tháng."),
    ("Thu 120.000đ/năm/hộ.",
     "Thu một trăm hai mươi nghìn đồng một năm một hộ."),
    # F. 'x' between counts and prices
    ("Kinh phí: 20 người x 150.000đ x 3 ngày = 9.000.000đ.",
     "Kinh phí: hai mươi người nhân một trăm năm mươi nghìn đồng nhân ba ngày bằng chín triệu "
     "đồng."),
    ("Phần thưởng 5 x 200.000 đồng.",
     "Phần thưởng năm nhân hai trăm nghìn đồng."),
    ("Khu đất 10 x 20m.",
     "Khu đất mười nhân hai mươi mét."),
    # G. ranges of decimals
    ("Sóng biển cao 2,0-3,0m.",  # zero tenths unsaid since rounds 69-70 (5 readings of 6)
     "Sóng biển cao hai đến ba mét."),
    ("Giá xăng tăng 0,5-0,8%.",
     "Giá xăng tăng không phẩy năm đến không phẩy tám phần trăm."),
    ("Cá giống cỡ 1,5 - 2 cm.",
     "Cá giống cỡ một phẩy năm đến hai xăng ti mét."),
    ("Tốc độ tăng trưởng 7,5-8%.",
     "Tốc độ tăng trưởng bảy phẩy năm đến tám phần trăm."),
    # H. signs
    ("Tăng +12% so với cùng kỳ.",
     "Tăng mười hai phần trăm so với cùng kỳ."),
    ("So với cùng kỳ: -3,5%.",
     "So với cùng kỳ: âm ba phẩy năm phần trăm."),
    ("Dư nợ giảm -0,2 tỷ đồng.",
     "Dư nợ giảm không phẩy hai tỷ đồng."),
    ("Nhiệt độ dao động ±2°C.",
     "Nhiệt độ dao động cộng trừ hai độ xê."),
    # I. fractions of people
    ("Trên 2/3 số cử tri đi bầu.",
     "Trên hai phần ba số cử tri đi bầu."),
    ("Có 1/4 số học sinh bị cận thị.",
     "Có một phần tư số học sinh bị cận thị."),
    ("Gần 1/2 số lao động của thôn làm việc ở xa.",
     "Gần một phần hai số lao động của thôn làm việc ở xa."),
    ("Quá 1/3 số thành viên vắng mặt.",
     "Quá một phần ba số thành viên vắng mặt."),
]  # fmt: skip


THIRD_PASS: list[tuple[str, str]] = [
    # A. ages
    # first pass missed: 'từ 6 đến dưới 16t' read as tonnes
    ("Miễn phí vé xe buýt cho trẻ em từ 6 đến dưới 16t.",
     "Miễn phí vé xe buýt cho trẻ em từ sáu đến dưới mười sáu tuổi."),
    ("Khám mắt miễn phí cho học sinh THCS trên 11t.",
     "Khám mắt miễn phí cho học sinh trung học cơ sở trên mười một tuổi."),
    ("Các cụ từ 80t trở lên được tặng quà mừng thọ.",
     "Các cụ từ tám mươi tuổi trở lên được tặng quà mừng thọ."),
    ("Tuyển lao động nữ dưới 35t làm việc tại nhà máy may.",
     "Tuyển lao động nữ dưới ba mươi lăm tuổi làm việc tại nhà máy may."),
    ("Đội viên thiếu niên từ đủ 9t được kết nạp vào Đội.",
     "Đội viên thiếu niên từ đủ chín tuổi được kết nạp vào Đội."),
    # A. near-miss: a tractor's load
    ("Máy kéo trên 2t không được qua cầu treo.",
     "Máy kéo trên hai tấn không được qua cầu treo."),
    # B. chains of rates
    ("Giao khoán 2 ha/hộ/năm.",
     "Giao khoán hai héc ta một hộ một năm."),
    ("Bò uống 30 lít nước/con/ngày.",
     "Bò uống ba mươi lít nước một con một ngày."),
    ("Cấp nước sạch 120 lít/người/ngày đêm.",
     "Cấp nước sạch một trăm hai mươi lít một người một ngày đêm."),
    ("Giá điện bậc 1 là 1.893 đồng/kWh.",
     "Giá điện bậc một là một nghìn tám trăm chín mươi ba đồng một ki lô oát giờ."),
    ("Tiền ăn 25.000đ/HS/ngày.",
     "Tiền ăn hai mươi lăm nghìn đồng một học sinh một ngày."),
    ("Mỗi buổi tập 30 phút/lượt/người.",
     "Mỗi buổi tập ba mươi phút một lượt một người."),
    # C. electrical units and a circuit breaker
    # first pass missed: 'CB' of a circuit breaker read 'cán bộ'
    ("Lắp CB chống giật 32A cho bình nóng lạnh.",
     "Lắp xê bê chống giật ba mươi hai am pe cho bình nóng lạnh."),
    ("Cường độ dòng điện 5A là rất nguy hiểm.",
     "Cường độ dòng điện năm am pe là rất nguy hiểm."),
    ("Pin sạc dự phòng 10.000mAh.",
     "Pin sạc dự phòng mười nghìn mi li am pe giờ."),
    ("Máy bơm 1,5kW, điện áp 220V.",
     "Máy bơm một phẩy năm ki lô oát, điện áp hai trăm hai mươi vôn."),
    # C. near-miss: a flat's letter in a clause about a meter
    ("Hộ ở căn 5A, công tơ số 12 bị hỏng.",
     "Hộ ở căn năm a, công tơ số mười hai bị hỏng."),
    # D. per-mille and salinity
    ("Độ mặn 0,5‰ đã vào đến xã.",
     "Độ mặn không phẩy năm phần nghìn đã vào đến xã."),
    ("Độ mặn từ 4‰ trở lên gây hại cho lúa.",
     "Độ mặn từ bốn phần nghìn trở lên gây hại cho lúa."),
    ("Nồng độ mặn 2 g/lít.",
     "Nồng độ mặn hai gam một lít."),
    # E. sums over a period
    ("Học phí 300.000đ/HS/tháng.",
     "Học phí ba trăm nghìn đồng một học sinh một tháng."),
    ("Phí vệ sinh 15.000 đồng/hộ/tháng.",
     "Phí vệ sinh mười lăm nghìn đồng một hộ một tháng."),
    # F. 'x' between counts and prices: the price of each (blind round 87)
    ("Hỗ trợ 3 con bò x 10 triệu đồng.",
     "Hỗ trợ ba con bò, mỗi con mười triệu đồng."),
    ("Phát 2 lượt x 50.000đ cho mỗi em.",
     "Phát hai lượt, mỗi lượt năm mươi nghìn đồng cho mỗi em."),
    # G. ranges of decimals
    ("Giá bán 1,5-2 tỷ đồng mỗi lô.",
     "Giá bán một phẩy năm đến hai tỷ đồng mỗi lô."),
    ("Mỗi hộ được giao 0,3 - 0,5 ha.",
     "Mỗi hộ được giao không phẩy ba đến không phẩy năm héc ta."),
    ("Lãi suất 0,65-0,8%/tháng.",
     "Lãi suất không phẩy sáu mươi lăm đến không phẩy tám phần trăm một tháng."),
    # H. signs
    ("Kim ngạch xuất khẩu tăng +8,2%.",
     "Kim ngạch xuất khẩu tăng tám phẩy hai phần trăm."),
    ("Thu ngân sách đạt 105%, tăng +5%.",
     "Thu ngân sách đạt một trăm linh năm phần trăm, tăng năm phần trăm."),
    # I. fractions
    ("Khoảng 3/5 số xã đã về đích nông thôn mới.",
     "Khoảng ba phần năm số xã đã về đích nông thôn mới."),
    ("Lũ làm ngập 2/3 diện tích lúa.",
     "Lũ làm ngập hai phần ba diện tích lúa."),
]  # fmt: skip


MORE: list[tuple[str, str]] = [
    # A. ages: right after a person, after a bracket, and goods after a number ('5t lúa') are tonnes
    ("Trẻ 5t trở xuống được miễn vé.",
     "Trẻ năm tuổi trở xuống được miễn vé."),
    ("Bà Nguyễn Thị Hoa (SN 1950) hơn 70t vẫn tham gia tổ hòa giải.",
     "Bà Nguyễn Thị Hoa (sinh năm một nghìn chín trăm năm mươi) hơn bảy mươi tuổi vẫn tham gia tổ"
     " hòa giải."),
    ("Cụ ông 85t đi lạc, ai thấy báo trưởng thôn.",
     "Cụ ông tám mươi lăm tuổi đi lạc, ai thấy báo trưởng thôn."),
    ("Miễn phí cho trẻ dưới 24 tháng và người trên 70t.",
     "Miễn phí cho trẻ dưới hai mươi tư tháng và người trên bảy mươi tuổi."),
    ("Hộ ông A thu hoạch trên 5t lúa.",
     "Hộ ông A thu hoạch trên năm tấn lúa."),
    ("Hộ bà Lan bán hơn 2t cà phê.",
     "Hộ bà Lan bán hơn hai tấn cà phê."),
    # B. chains of rates: more words before the rate, an abbreviation, a slash spaced on one side
    ("Bón 10 tấn phân chuồng/ha/vụ.",
     "Bón mười tấn phân chuồng một héc ta một vụ."),
    ("Bón 300-400 kg NPK/ha/vụ.",
     "Bón ba trăm đến bốn trăm ki lô gam en pê ca một héc ta một vụ."),
    ("Năng suất 6 tấn /ha /vụ.",
     "Năng suất sáu tấn một héc ta một vụ."),
    # B. near-miss: an abbreviation then a slash and a word is 'hoặc'
    ("Mang theo CCCD/hộ chiếu.",
     "Mang theo căn cước công dân hoặc hộ chiếu."),
    # C. a pole count before amperes, two ratings of different quantities, a range of one, a breaker
    ("Aptomat 2P-40A.",
     "Áp tô mát hai pê bốn mươi am pe."),
    ("Ắc quy 12V-7Ah.",
     "Ắc quy mười hai vôn, bảy am pe giờ."),
    ("Máy biến áp 22/0,4kV - 250kVA.",
     "Máy biến áp hai mươi hai trên không phẩy bốn ki lô vôn, hai trăm năm mươi ki lô vôn am pe."),
    ("Công suất 5kW - 1MW.",
     "Công suất năm ki lô oát đến một mê ga oát."),
    ("Lắp CB 1 pha 20A, CB tổng 63A.",
     "Lắp xê bê một pha hai mươi am pe, xê bê tổng sáu mươi ba am pe."),
    # C. near-miss: 'CB' of people
    ("Họp CB thôn, CB tổng hợp.",
     "Họp cán bộ thôn, cán bộ tổng hợp."),
    # B. a rate's 'một' written '1' ('đ/1kg', '/1 người/1 ngày')
    ("Giá 15.000đ/1kg.",
     "Giá mười lăm nghìn đồng một ki lô gam."),
    ("Hỗ trợ 50.000đ/1 người/1 ngày.",
     "Hỗ trợ năm mươi nghìn đồng một người một ngày."),
    ("Tiền công 200.000 đồng/1 ngày công.",
     "Tiền công hai trăm nghìn đồng một ngày công."),
    # B. near-miss: a date before 'năm'
    ("Ngày 15/1 năm 2025.",
     "Ngày mười lăm tháng một năm hai nghìn không trăm hai mươi lăm."),
    # A. a bicycle carries no load: the age after it
    ("Người đi xe đạp dưới 12t phải đội mũ bảo hiểm.",
     "Người đi xe đạp dưới mười hai tuổi phải đội mũ bảo hiểm."),
    # A. near-misses: 'hàng năm' after an age is no goods; goods are
    ("Trẻ dưới 6t hàng năm được khám sức khỏe miễn phí.",
     "Trẻ dưới sáu tuổi hàng năm được khám sức khỏe miễn phí."),
    ("Bán 5t hàng hóa, 3t hàng.",
     "Bán năm tấn hàng hóa, ba tấn hàng."),
    # B. near-miss: a count of households over their people, '1' and all
    ("Thôn còn 1 hộ/1 khẩu chưa đăng ký thường trú.",
     "Thôn còn một hộ với một khẩu chưa đăng ký thường trú."),
]  # fmt: skip


FOURTH_PASS: list[tuple[str, str]] = [
    # B. chains of rates
    ("Mức thu quỹ phòng chống thiên tai 20.000đ/1 lao động/năm.",
     "Mức thu quỹ phòng chống thiên tai hai mươi nghìn đồng một lao động một năm."),
    ("Giá cây giống 3.500đ/1 cây.",
     "Giá cây giống ba nghìn năm trăm đồng một cây."),
    ("Thuê máy cày 300.000 đồng/sào/lần.",
     "Thuê máy cày ba trăm nghìn đồng một sào một lần."),
    ("Bón lót 15-20 tấn phân chuồng/ha.",
     "Bón lót mười lăm đến hai mươi tấn phân chuồng một héc ta."),
    ("Định mức 1,2 kg thuốc/ha/lần phun.",
     "Định mức một phẩy hai ki lô gam thuốc một héc ta một lần phun."),
    # A. ages
    ("Vé tham quan 40.000đ/người/lượt, trẻ em dưới 6t miễn phí.",
     "Vé tham quan bốn mươi nghìn đồng một người một lượt, trẻ em dưới sáu tuổi miễn phí."),
    ("Ưu tiên tuyển lao động nam, nữ từ 18-45t, sức khỏe tốt.",
     "Ưu tiên tuyển lao động nam, nữ từ mười tám đến bốn mươi lăm tuổi, sức khỏe tốt."),
    ("Thông báo tìm người: anh Lò Văn Sơn khoảng 30t, mặc áo khoác đen.",
     "Thông báo tìm người: anh Lò Văn Sơn khoảng ba mươi tuổi, mặc áo khoác đen."),
    ("Các cháu mầm non từ 3 đến 5t được uống sữa miễn phí.",
     "Các cháu mầm non từ ba đến năm tuổi được uống sữa miễn phí."),
    # A. near-miss: a load
    ("Xe tải chở quá 5t bị phạt.",
     "Xe tải chở quá năm tấn bị phạt."),
    # C. electrical units
    ("Cầu dao chống giật 16A phải lắp ở đầu nguồn.",
     "Cầu dao chống giật mười sáu am pe phải lắp ở đầu nguồn."),
    ("Dây điện từ công tơ vào nhà phải chịu được 40A.",
     "Dây điện từ công tơ vào nhà phải chịu được bốn mươi am pe."),
    ("Máy phát điện 3kVA chạy xăng.",
     "Máy phát điện ba ki lô vôn am pe chạy xăng."),
    ("Điện năng tiêu thụ 120kWh/tháng.",
     "Điện năng tiêu thụ một trăm hai mươi ki lô oát giờ một tháng."),
    # C. near-miss: classes
    ("Học sinh lớp 9A và 9B nghỉ học.",
     "Học sinh lớp chín a và chín bê nghỉ học."),
    # D. per-mille and salinity
    ("Độ mặn tại cửa sông vượt 10‰, nông dân không lấy nước.",
     "Độ mặn tại cửa sông vượt mười phần nghìn, nông dân không lấy nước."),
    ("Độ mặn 4-5 g/l.",
     "Độ mặn bốn đến năm gam một lít."),
    # E. sums over a period
    ("Học phí mầm non 200.000đ/tháng, thu 9 tháng/năm.",
     "Học phí mầm non hai trăm nghìn đồng một tháng, thu chín tháng một năm."),
    # F. 'x' between counts and prices
    ("Tổng: 12 hộ x 3.000.000đ = 36.000.000đ.",
     "Tổng: mười hai hộ nhân ba triệu đồng bằng ba mươi sáu triệu đồng."),
    # G. ranges of decimals
    ("Mực nước dâng 0,3-0,5m.",
     "Mực nước dâng không phẩy ba đến không phẩy năm mét."),
    # H. signs
    ("Lợi nhuận giảm -8,5% so với năm trước.",
     "Lợi nhuận giảm tám phẩy năm phần trăm so với năm trước."),
    ("Thu ngân sách tăng +15% so với dự toán.",
     "Thu ngân sách tăng mười lăm phần trăm so với dự toán."),
    # I. fractions of people
    ("Được trên 1/2 số thành viên đồng ý.",
     "Được trên một phần hai số thành viên đồng ý."),
    ("Lũ cuốn trôi 1/3 số cầu treo.",
     "Lũ cuốn trôi một phần ba số cầu treo."),
]  # fmt: skip


ALL_PASSES = FIRST_PASS + SECOND_PASS + THIRD_PASS + MORE + FOURTH_PASS


@pytest.mark.parametrize(("written", "spoken"), ALL_PASSES)
def test_round_nine_numbers_units_and_rates_are_read_as_an_announcer_reads_them(
    written: str, spoken: str
) -> None:
    assert spoken_form(written) == spoken


HOSTILE = (
    "cho người từ 40t ", "các em dưới 14t ", "người già lao động khỏe mạnh vui vẻ ",
    "6tr/người/khóa ", "1,5 tấn / ha / vụ ", "aptomat 30A ", "dòng định mức 10-16A ",
    "ngày/tháng/năm ", "tăng +2% ", "giảm -5% ", "CB tổng 63A ", "trẻ em từ 6 đến dưới 16t ",
    "ắc quy 12V-7Ah ", "Bà Hoa (SN 1950) hơn 70t ", "bán 2t cà phê ",
)  # fmt: skip
"""Shapes of this file's rules, repeated: each must be read in time linear in its length."""


@pytest.mark.parametrize("unit", HOSTILE)
def test_reading_time_grows_linearly_with_the_round_nine_number_rules(unit: str) -> None:
    assert_reads_in_linear_time(unit)
