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
         "Công văn số hai nghìn một trăm năm mươi sáu của sở nông nghiệp về tiêm phòng."),
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
        # round 10: everyday abbreviations of health, land, forest and food notices
        ("Số trẻ SDD thể nhẹ cân giảm 2%.",
         "Số trẻ suy dinh dưỡng thể nhẹ cân giảm hai phần trăm."),
        ("Chuyển 3 ha đất lúa sang NTTS.", "Chuyển ba héc ta đất lúa sang nuôi trồng thủy sản."),
        ("Tiền DVMTR được chi cho hộ nhận khoán.",
         "Tiền dịch vụ môi trường rừng được chi cho hộ nhận khoán."),
        ("Hàng hết HSD phải tiêu hủy, phát BCS miễn phí.",
         "Hàng hết hạn sử dụng phải tiêu hủy, phát bao cao su miễn phí."),
        ("Hỗ trợ hộ có HCKK ở vùng ĐKKT-XH đặc biệt khó khăn.",
         "Hỗ trợ hộ có hoàn cảnh khó khăn ở vùng điều kiện kinh tế xã hội đặc biệt khó khăn."),
        # round 10: 'PL' is the law after the words that talk about it, a year after it a
        # Buddhist year
        ("Tuyên truyền PL cho người dân thôn 2.",
         "Tuyên truyền pháp luật cho người dân thôn hai."),
        ("Người vi phạm PL bị xử lý nghiêm.", "Người vi phạm pháp luật bị xử lý nghiêm."),
        ("Đại lễ Phật đản PL 2569.",
         "Đại lễ Phật đản phật lịch hai nghìn năm trăm sáu mươi chín."),
        # round 10: the trades in a company's name; a phone after it stays one
        ("Công ty TNHH TM và DV Minh Anh trúng thầu.",
         "Công ty trách nhiệm hữu hạn thương mại và dịch vụ Minh Anh trúng thầu."),
        ("Cty CP ĐT và XD Hoàng Long thi công.",
         "công ty cổ phần đầu tư và xây dựng Hoàng Long thi công."),
        ("Công ty Sông Đà ĐT 0912345678.",
         "Công ty Sông Đà điện thoại không chín một hai, ba bốn năm, sáu bảy tám."),
        # round 10: a sub-department named by what it looks after ('TL' alone is a road)
        ("Công văn 312/SNN-CCTL về chống hạn.",
         "Công văn ba trăm mười hai của sở nông nghiệp về chống hạn."),
        ("Đoàn kiểm tra của CCQLTT và CCPTNT.",
         "Đoàn kiểm tra của chi cục quản lý thị trường và chi cục phát triển nông thôn."),
        ("Xe đi theo TL 15.", "Xe đi theo tỉnh lộ mười lăm."),
        # round 10: an average after a measure that grows or lasts; a notice elsewhere
        ("Tuổi thọ TB của người dân là 73 tuổi.",
         "Tuổi thọ trung bình của người dân là bảy mươi ba tuổi."),
        ("Dân số tăng TB 1,2% mỗi năm.", "Dân số tăng trung bình một phẩy hai phần trăm mỗi năm."),
        ("Xã ra TB về lịch tiêm.", "Xã ra thông báo về lịch tiêm."),
        # round 10: 'THT' in a list of livestock diseases
        ("Tiêm vắc xin Dại, THT đợt 2.", "Tiêm vắc xin Dại, tụ huyết trùng đợt hai."),
        ("Phòng LMLM, THT, dịch tả lợn.",
         "Phòng lở mồm long móng, tụ huyết trùng, dịch tả lợn."),
        # round 10: a grade out of a scale is no date
        ("Thương binh hạng 3/4 được điều dưỡng.",
         "Thương binh hạng ba trên bốn được điều dưỡng."),
        ("Bệnh binh 2/3 và thương binh 1/4.", "Bệnh binh hai trên ba và thương binh một trên bốn."),
        ("Nâng lương lên bậc 4/8 từ 1/7.",
         "Nâng lương lên bậc bốn trên tám từ ngày một tháng bảy."),
        # round 10: a country's calling code is dialled
        ("Không nghe máy khi thấy đầu số +232, +375.",
         "Không nghe máy khi thấy đầu số cộng hai ba hai, cộng ba bảy năm."),
        ("Nhiệt độ +15°C, đội A được +12 điểm.",
         "Nhiệt độ cộng mười lăm độ xê, đội A được cộng mười hai điểm."),
        # round 10: a Roman numeral with a letter, a code ending in letters
        ("Gỗ nhóm IIA và loài thuộc Phụ lục IB.",
         "Gỗ nhóm hai a và loài thuộc Phụ lục một bê."),
        ("Trẻ thiếu men G6PD cần tránh long não.",
         "Trẻ thiếu men giê sáu pê đê cần tránh long não."),
        # round 10: 'ngày' before a weekday written short is said once
        ("Họp lúc 8h ngày CN 21/6.", "Họp lúc tám giờ ngày chủ nhật hai mươi mốt tháng sáu."),
        # rounds 11 and 12: an expansion's spaces no longer hide a named day from its date
        ("Ngày hội TDTT 18/11 tại thôn Đông.",
         "Ngày hội thể dục thể thao ngày mười tám tháng mười một tại thôn Đông."),
        ("Ngày toàn dân PCCC 4/10 năm nay.",
         "Ngày toàn dân phòng cháy chữa cháy ngày bốn tháng mười năm nay."),
        # rounds 11 and 12: a number written from 0 is an identifier, said digit by digit
        ("Con trâu đeo thẻ tai số 0347.", "Con trâu đeo thẻ tai số không ba bốn bảy."),
        ("Mua 01 con bò, diện tích 0,5 ha.", "Mua một con bò, diện tích không phẩy năm héc ta."),
        # rounds 9 and 11: a tax number in one run; a phone beside it keeps its groups
        ("MST của HTX là 0312345678.",
         "mã số thuế của hợp tác xã là không ba một hai ba bốn năm sáu bảy tám."),
        ("Mã số thuế: 0312345678, điện thoại 0912345678.",
         "Mã số thuế: không ba một hai ba bốn năm sáu bảy tám, điện thoại không chín một hai, ba "
         "bốn năm, sáu bảy tám."),
        # round 11: calling codes of two digits, Vietnam's as in its phone numbers
        ("Số máy lạ có đầu +84 hoặc +62 thì không nghe.",
         "Số máy lạ có đầu cộng tám tư hoặc cộng sáu hai thì không nghe."),
        # round 11: a kind of land written alone says 'đất'; after 'đất' it does not
        ("Thửa 45 (ODT 80m2, HNK 100m2).",
         "Thửa bốn mươi lăm (đất ở tại đô thị tám mươi mét vuông, đất trồng cây hàng năm khác một "
         "trăm mét vuông)."),
        ("Chuyển từ đất LUC sang đất ODT.",
         "Chuyển từ đất chuyên trồng lúa nước sang đất ở tại đô thị."),
        # round 11: a range of weekdays
        ("Tiếp dân từ thứ 3-thứ 5, thứ Hai - Chủ nhật trực.",
         "Tiếp dân từ thứ ba đến thứ năm, thứ Hai đến Chủ nhật trực."),
        # round 11: two network codes (a list, session 22), a motorbike's engine
        ("Phủ sóng 4G/5G toàn xã; xe 110cc.",
         "Phủ sóng bốn gờ, năm gờ toàn xã; xe một trăm mười phân khối."),
        # round 11: a programme, the nation; the mass organisations in a list
        ("Triển khai CT MTQG xây dựng NTM.",
         "Triển khai chương trình mục tiêu quốc gia xây dựng nông thôn mới."),
        ("Họp các chi hội trưởng CCB, PN, ND.",
         "Họp các chi hội trưởng cựu chiến binh, phụ nữ, nông dân."),
        ("Mời các TT, chi hội trưởng dự họp.", "Mời các trưởng thôn, chi hội trưởng dự họp."),
        # round 12: a rice variety's number at a sentence's end, after 'lúa lai'
        ("Vụ này cấy lúa lai Nhị ưu 838.", "Vụ này cấy lúa lai Nhị ưu tám ba tám."),
        # round 11: after a price or a share, every slash is 'một', before a one-letter word too
        ("Thuê sạp 300.000đ/tháng/ô, lãi 1%/tháng, chiết khấu 5%/đơn.",
         "Thuê sạp ba trăm nghìn đồng một tháng một ô, lãi một phần trăm một tháng, chiết khấu "
         "năm phần trăm một đơn."),
        ("Gió 10 m/s, xe 40km/h.", "Gió mười mét một giây, xe bốn mươi ki lô mét trên giờ."),
        # round 12: a document's type written short before its number
        ("Thực hiện CT 05/CT-UBND và TT 12/2024/TT-BYT.",
         "Thực hiện chỉ thị không năm của ủy ban nhân dân và thông tư mười hai năm hai nghìn "
         "không trăm hai mươi tư của bộ y tế."),
        # round 12: a paper's serial is letters and digits, not a college and a count
        ("Mất sổ đỏ số BĐ 123456 mang tên ông Hùng.",
         "Mất sổ đỏ số bê đê một hai ba bốn năm sáu mang tên ông Hùng."),
        ("Có số 123456 người tham gia.",
         "Có số một trăm hai mươi ba nghìn bốn trăm năm mươi sáu người tham gia."),
        # round 15: the People's Council's boards, budgets, border gates and funds
        ("Đồng chí Lò Văn Minh, UVBTV Huyện ủy, Trưởng ban Dân vận phát biểu chỉ đạo.",
         "Đồng chí Lò Văn Minh, ủy viên ban thường vụ Huyện ủy, Trưởng ban Dân vận phát biểu "
         "chỉ đạo."),
        ("Ban KT-NS HĐND xã giám sát việc thu, chi NSX quý III.",
         "Ban kinh tế ngân sách hội đồng nhân dân xã giám sát việc thu, chi ngân sách xã quý ba."),
        ("Dự toán NSX năm 2027 là 9,5 tỷ đồng.",
         "Dự toán ngân sách xã năm hai nghìn không trăm hai mươi bảy là chín phẩy năm tỷ đồng."),
        ("Ban PC HĐND tỉnh khảo sát công tác THADS.",
         "Ban pháp chế hội đồng nhân dân tỉnh khảo sát công tác thi hành án dân sự."),
        ("Ban DT HĐND tỉnh giám sát chính sách cho vùng ĐBKK.",
         "Ban dân tộc hội đồng nhân dân tỉnh giám sát chính sách cho vùng đặc biệt khó khăn."),
        ("Xe chở hàng qua CKQT Lào Cai tăng 12%.",
         "Xe chở hàng qua cửa khẩu quốc tế Lào Cai tăng mười hai phần trăm."),
        ("Phòng KT&HT huyện cấp 24 giấy phép xây dựng.",
         "Phòng kinh tế và hạ tầng huyện cấp hai mươi tư giấy phép xây dựng."),
        ("Hội Nông dân xã trích Quỹ HTND cho 5 hộ vay.",
         "Hội Nông dân xã trích Quỹ hỗ trợ nông dân cho năm hộ vay."),
        # round 14: a party's news, a district's reports, dispatches on boats, storms and jobs
        ("Chi bộ thôn hoàn thành ĐH trước 30/6, kết nạp 12 ĐV.",
         "Chi bộ thôn hoàn thành đại hội trước ngày ba mươi tháng sáu, kết nạp mười hai đảng "
         "viên."),
        ("Theo Kết luận 12-KL/TW của BCT về công tác cán bộ.",
         "Theo Kết luận mười hai kết luận trung ương của bộ chính trị về công tác cán bộ."),
        ("Phó CT UBND xã chủ trì.", "Phó chủ tịch ủy ban nhân dân xã chủ trì."),
        ("Giao chỉ tiêu cho 12 xã, TT trong huyện.",
         "Giao chỉ tiêu cho mười hai xã, thị trấn trong huyện."),
        ("Khám sơ tuyển SK NVQS.", "Khám sơ tuyển sức khỏe nghĩa vụ quân sự."),
        ("Tham gia BHXH TN để hưởng lương hưu.",
         "Tham gia bảo hiểm xã hội tự nguyện để hưởng lương hưu."),
        ("Nhận 25 đơn KN, TC; 3 đơn KN-PA.",
         "Nhận hai mươi lăm đơn khiếu nại, tố cáo; ba đơn kiến nghị, phản ánh."),
        ("Họp tại PH số 2 UBND xã.", "Họp tại phòng họp số hai ủy ban nhân dân xã."),
        ("Báo về Trung tâm PH TKCN tỉnh.", "Báo về Trung tâm phối hợp tìm kiếm cứu nạn tỉnh."),
        ("Hồ đạt 80% DTTK.", "Hồ đạt tám mươi phần trăm dung tích thiết kế."),
        ("Duy trì thiết bị GSHT trên tàu.", "Duy trì thiết bị giám sát hành trình trên tàu."),
        ("Đài TTDH Đà Nẵng phát tin.", "Đài thông tin duyên hải Đà Nẵng phát tin."),
        ("Hưởng ứng Ngày hội QPTD.", "Hưởng ứng Ngày hội quốc phòng toàn dân."),
        ("Phiên GDVL tháng 11.", "Phiên giao dịch việc làm tháng mười một."),
        ("Sở GD&ĐT hướng dẫn nhiệm vụ GDTrH.",
         "Sở giáo dục và đào tạo hướng dẫn nhiệm vụ giáo dục trung học."),
        ("Tiêu chí 13 về PTKT nông thôn.", "Tiêu chí mười ba về phát triển kinh tế nông thôn."),
        ("Học phí 1,2tr/khóa.", "Học phí một phẩy hai triệu đồng một khóa."),
        ("Bình quân 18,6 tiêu chí/xã.", "Bình quân mười tám phẩy sáu tiêu chí một xã."),
        ("BCT điều chỉnh giá xăng từ 15h.",
         "bộ công thương điều chỉnh giá xăng từ mười lăm giờ."),
        ("Trong 20 đảng viên mới có 8 người tốt nghiệp ĐH.",
         "Trong hai mươi đảng viên mới có tám người tốt nghiệp đại học."),
        ("Thí sinh xét tuyển ĐH năm 2026.",
         "Thí sinh xét tuyển đại học năm hai nghìn không trăm hai mươi sáu."),
        ("Chia 3 xã/phường.", "Chia ba xã hoặc phường."),
        # round 13: a Mekong commune's month - jotted sums and measures before a slash,
        # letters followed by their words, a class's number, a call-up's citizens
        ("Lệ phí tham gia 200k/đội, nộp trước ngày thi.",
         "Lệ phí tham gia hai trăm nghìn đồng một đội, nộp trước ngày thi."),
        ("Bón 1-1,5kg/gốc sau thu hoạch.",
         "Bón một đến một phẩy năm ki lô gam một gốc sau thu hoạch."),
        ("Học sinh lớp 8/2 nghỉ học chiều nay.", "Học sinh lớp tám trên hai nghỉ học chiều nay."),
        ("Không tự ý mua thuốc KS (kháng sinh); dùng KS phải theo đơn.",
         "Không tự ý mua thuốc kháng sinh; dùng kháng sinh phải theo đơn."),
        ("Xã diễn tập KVPT (khu vực phòng thủ) tháng 12.",
         "Xã diễn tập khu vực phòng thủ tháng mười hai."),
        ("Tổ CNSCĐ (Tổ công nghệ số cộng đồng) ấp hướng dẫn cài VNeID.",
         "Tổ công nghệ số cộng đồng ấp hướng dẫn cài vê en e ai đi."),
        ("Khám tuyển NVQS: 30 CD đạt sức khỏe loại 1.",
         "Khám tuyển nghĩa vụ quân sự: ba mươi công dân đạt sức khỏe loại một."),
        ("Có 96% ĐV xếp loại HTNV, 20 ĐV HTXSNV.",
         "Có chín mươi sáu phần trăm đảng viên xếp loại hoàn thành nhiệm vụ, hai mươi đảng viên "
         "hoàn thành xuất sắc nhiệm vụ."),
        ("Mời CHT các chi hội dự họp.", "Mời chi hội trưởng các chi hội dự họp."),
        ("Cấp mã số vùng trồng (PUC) cho 12 hộ.",
         "Cấp mã số vùng trồng (pê u xê) cho mười hai hộ."),
        # round 14: a national programme named by its number, in brackets too
        ("Hỗ trợ hộ nghèo vùng DTTS (CT 1719) năm nay.",
         "Hỗ trợ hộ nghèo vùng dân tộc thiểu số (chương trình mười bảy mười chín) năm "
         "nay."),
        ("Theo CT 15/CT-UBND của tỉnh.", "Theo chỉ thị mười lăm chỉ thị ủy ban nhân dân của tỉnh."),
        # a grade listed after a graded one; a measure after a standard's name
        ("Tặng quà thương binh hạng 1/4, 3/4 của xã.",
         "Tặng quà thương binh hạng một trên bốn, ba trên bốn của xã."),
        ("Lương bậc 2/8, 3/8 được nâng.", "Lương bậc hai trên tám, ba trên tám được nâng."),
        ("Nước giếng vượt QCVN 2,5 lần.", "Nước giếng vượt quy chuẩn việt nam hai phẩy năm lần."),
        ("Nghỉ ngày 1/4, 2/4.", "Nghỉ ngày một tháng tư, ngày hai tháng tư."),
        # guards
        ("Ông Năm (CCB) phát biểu.", "Ông Năm (cựu chiến binh) phát biểu."),
        ("Chia 2 ông/bà mỗi tổ.", "Chia hai ông hoặc bà mỗi tổ."),
        # guards: the same letters where the words around them do not decide otherwise
        ("Bà Lê Thị Hoa được bầu làm HTND TAND huyện.",
         "Bà Lê Thị Hoa được bầu làm hội thẩm nhân dân tòa án nhân dân huyện."),
        ("Thay PC cũ ở bộ phận một cửa.", "Thay pê xê cũ ở bộ phận một cửa."),
        ("NSX: 02/3/2026.",
         "ngày sản xuất: ngày hai tháng ba năm hai nghìn không trăm hai mươi sáu."),
    ],
)  # fmt: skip
def test_the_held_out_sets_classes_are_read_right(written: str, spoken: str) -> None:
    reading = read_aloud(written)
    assert (reading.spoken, reading.guessed) == (spoken, ())


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        # round 8: a storm's international name in capitals is a name, said as a word
        ("Bão số 3 (tên quốc tế YAGI) đã mạnh lên.", "Bão số ba (tên quốc tế da ghi) đã mạnh lên."),
        ("Cơn bão WIPHA đổ bộ.", "Cơn bão vi pha đổ bộ."),
        # round 15: the name in brackets after the storm's number
        ("Ứng phó bão số 5 (KAJIKI) trên biển.",
         "Ứng phó bão số năm, tức bão ca gi ki, trên biển."),
        ("Bão số 12 (MATMO) suy yếu.", "Bão số mười hai, tức bão mát mô, suy yếu."),
        ("Sau bão số 3 (UBND xã hỗ trợ) dân ổn định.",
         "Sau bão số ba (ủy ban nhân dân xã hỗ trợ) dân ổn định."),
        # guards: an abbreviation after 'bão' stays one
        ("Sau bão UBND xã hỗ trợ.", "Sau bão ủy ban nhân dân xã hỗ trợ."),
        ("Sau bão CA xã trực.", "Sau bão công an xã trực."),
    ],
)  # fmt: skip
def test_a_storms_name_in_capitals_is_said_as_a_word(written: str, spoken: str) -> None:
    assert spoken_form(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        # round 17: a plate's 'K' is no price's thousands ('500K' is)
        ("Xe ô tô BKS 51K-123.45 bỏ chạy.",
         "Xe ô tô biển kiểm soát năm một ca, một hai ba bốn năm bỏ chạy."),
        ("Truy tìm xe 30K 999.99.", "Truy tìm xe ba không ca, chín chín chín chín chín."),
        ("Xe tải 51K-12345 vi phạm tải trọng.",
         "Xe tải năm một ca, một hai ba bốn năm vi phạm tải trọng."),
        # guards: prices jotted with 'K', alone and in ranges
        ("Áo mưa giá 150K-200K một bộ.",
         "Áo mưa giá một trăm năm mươi nghìn đến hai trăm nghìn đồng một bộ."),
        ("Vé vào cổng 50K-1TR.", "Vé vào cổng năm mươi nghìn đến một triệu đồng."),
        ("Giá 500K/kg.", "Giá năm trăm nghìn đồng một ki lô gam."),
    ],
)  # fmt: skip
def test_a_plates_letter_k_is_not_thousands(written: str, spoken: str) -> None:
    assert spoken_form(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        # round 16: papers of land and schools' standards no table held
        ("Hồ sơ đề nghị công nhận QSHNO gồm bản sao GKS của chủ hộ.",
         "Hồ sơ đề nghị công nhận quyền sở hữu nhà ở gồm bản sao giấy khai sinh của chủ hộ."),
        ("Đăng ký biến động TSKGLVĐ tại Văn phòng đăng ký đất đai.",
         "Đăng ký biến động tài sản khác gắn liền với đất tại Văn phòng đăng ký đất đai."),
        ("Hộ xin chuyển MĐSD đất phải có đơn.", "Hộ xin chuyển mục đích sử dụng đất phải có đơn."),
        ("Xã đạt chuẩn PCGDMN cho trẻ 5 tuổi và PCGDTH mức độ 3.",
         "Xã đạt chuẩn phổ cập giáo dục mầm non cho trẻ năm tuổi và phổ cập giáo dục tiểu học mức "
         "độ ba."),
        # round 16: the words before tell 'NT' (nông thôn), 'KH' before 'CN' (khoa học)
        ("Mức chuẩn nghèo ở khu vực NT là 2 triệu đồng.",
         "Mức chuẩn nghèo ở khu vực nông thôn là hai triệu đồng."),
        ("Đầu tư cho KH, CN và chuyển đổi số.", "Đầu tư cho khoa học, công nghệ và chuyển đổi số."),
        ("Ứng dụng KH&CN vào sản xuất cà phê.",
         "Ứng dụng khoa học và công nghệ vào sản xuất cà phê."),
        # round 16: the sentence tells 'CN' (cận nghèo), 'GD' (giao dịch)
        ("Cấp thẻ BHYT cho 45 hộ nghèo và 30 hộ CN.",
         "Cấp thẻ bảo hiểm y tế cho bốn mươi lăm hộ nghèo và ba mươi hộ cận nghèo."),
        ("Khách hàng chưa cập nhật sinh trắc học bị dừng GD qua ứng dụng.",
         "Khách hàng chưa cập nhật sinh trắc học bị dừng giao dịch qua ứng dụng."),
        # round 16: the sentence tells where the clause before a semicolon does not
        ("Hội CCB xã tổ chức hội nghị tổng kết; 98% HV dự.",
         "Hội cựu chiến binh xã tổ chức hội nghị tổng kết; chín mươi tám phần trăm hội viên dự."),
        ("Trung tâm GDNN khai giảng lớp may; 30 HV được cấp chứng chỉ.",
         "Trung tâm giáo dục nghề nghiệp khai giảng lớp may; ba mươi học viên được cấp chứng chỉ."),
        # round 16: euros
        ("Chi phí đi Đức khoảng 9.000 EUR.", "Chi phí đi Đức khoảng chín nghìn ơ rô."),
        # guards: the usual readings stay
        ("Ngành GD xã tổng kết năm học.", "Ngành giáo dục xã tổng kết năm học."),
        ("Nghỉ CN, làm việc từ T2.", "Nghỉ chủ nhật, làm việc từ thứ hai."),
        ("Công ty tuyển 200 CN may.", "Công ty tuyển hai trăm công nhân may."),
        ("Triển khai KH số 12 của UBND xã.",
         "Triển khai kế hoạch số mười hai của ủy ban nhân dân xã."),
    ],
)  # fmt: skip
def test_round_sixteens_abbreviations_are_read_by_their_family_and_sentence(
    written: str, spoken: str
) -> None:
    assert spoken_form(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        # round 17: bodies, laws and programmes no table held
        ("BCH PTDS xã họp triển khai phương án ứng phó lũ.",
         "ban chỉ huy phòng thủ dân sự xã họp triển khai phương án ứng phó lũ."),
        ("Ban Trị sự GHPGVN và chư tăng hệ phái PGVN tham dự.",
         "Ban Trị sự giáo hội phật giáo việt nam và chư tăng hệ phái phật giáo việt nam tham dự."),
        ("Tuyên truyền Luật KBCB đến người dân.",
         "Tuyên truyền Luật khám bệnh, chữa bệnh đến người dân."),
        ("Trẻ được tiêm đủ 8 loại vắc xin trong CTTCMR.",
         "Trẻ được tiêm đủ tám loại vắc xin trong chương trình tiêm chủng mở rộng."),
        # round 17: the words around tell the reading
        ("GĐ các Trung tâm chịu trách nhiệm thi hành.",
         "giám đốc các Trung tâm chịu trách nhiệm thi hành."),
        ("Vận động mỗi CB, ĐV, HV ủng hộ đồng bào vùng lũ.",
         "Vận động mỗi cán bộ, đảng viên, hội viên ủng hộ đồng bào vùng lũ."),
        ("Thí sinh điều chỉnh NV xét tuyển trước 17h.",
         "Thí sinh điều chỉnh nguyện vọng xét tuyển trước mười bảy giờ."),
        ("Cánh đồng lớn có tổng DT 120 ha.",
         "Cánh đồng lớn có tổng diện tích một trăm hai mươi héc ta."),
        ("Cơ sở được cấp Giấy xác nhận ĐK kinh doanh.",
         "Cơ sở được cấp Giấy xác nhận đăng ký kinh doanh."),
        ("Trả kết quả sau khi nhận đủ HS.", "Trả kết quả sau khi nhận đủ hồ sơ."),
        ("Phân bổ kinh phí SN môi trường 2 tỷ đồng.",
         "Phân bổ kinh phí sự nghiệp môi trường hai tỷ đồng."),
        # guards
        ("Ông A, SN 1975, trú tại thôn 2.",
         "Ông A, sinh năm một nghìn chín trăm bảy mươi lăm, trú tại thôn hai."),
        ("Trường có 500 HS và 30 GV.", "Trường có năm trăm học sinh và ba mươi giáo viên."),
    ],
)  # fmt: skip
def test_round_seventeens_abbreviations_are_read_by_their_family_and_neighbours(
    written: str, spoken: str
) -> None:
    assert spoken_form(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        # round 16: the place kind that ends an expansion and follows it is said once
        ("Nhận thư tại BĐVHX xã từ 7h.", "Nhận thư tại bưu điện văn hóa xã từ bảy giờ."),
        ("Điểm BĐVHX Tân Lập mở cửa cả ngày.", "Điểm bưu điện văn hóa xã Tân Lập mở cửa cả ngày."),
        # round 16: 'thẻ CC' (căn cước), 'HP' of a school (học phí)
        ("Người dân mang theo thẻ CC khi đi bầu cử.",
         "Người dân mang theo thẻ căn cước khi đi bầu cử."),
        ("Giảm 50% HP cho học sinh năm học 2026-2027.",
         "Giảm năm mươi phần trăm học phí cho học sinh năm học hai nghìn không trăm hai mươi "
         "sáu đến hai nghìn không trăm hai mươi bảy."),
        # round 16: a calendar's letters and its year joined by a dot
        ("Lễ Vu Lan PL.2570 tại chùa xã.",
         "Lễ Vu Lan phật lịch hai nghìn năm trăm bảy mươi tại chùa xã."),
        # guards
        ("Cán bộ, CC xã học tập nghị quyết.", "Cán bộ, công chức xã học tập nghị quyết."),
        ("UBND xã Tân Lập thông báo.", "ủy ban nhân dân xã Tân Lập thông báo."),
    ],
)  # fmt: skip
def test_round_sixteens_places_cards_fees_and_calendars(written: str, spoken: str) -> None:
    assert spoken_form(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        # round 16: 24/7 in brackets after a day's name is its date
        ("Viếng nghĩa trang nhân ngày giỗ các liệt sĩ (24/7).",
         "Viếng nghĩa trang nhân ngày giỗ các liệt sĩ (ngày hai mươi tư tháng bảy)."),
        ("Kỷ niệm ngày thành lập đội (24/7) tại nhà văn hóa.",
         "Kỷ niệm ngày thành lập đội (ngày hai mươi tư tháng bảy) tại nhà văn hóa."),
        # guards: round the clock
        ("Đường dây nóng trực (24/7): 113.",
         "Đường dây nóng trực (hai mươi tư trên bảy): một một ba."),
        ("Tổng đài hỗ trợ 24/7 miễn phí.", "Tổng đài hỗ trợ hai mươi tư trên bảy miễn phí."),
    ],
)  # fmt: skip
def test_twenty_four_seven_after_a_days_name_is_its_date(written: str, spoken: str) -> None:
    assert spoken_form(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        # round 18: a slash after a counted rate is one more 'per', an abbreviation between
        ("Hỗ trợ gạo 10kg/HS/tháng cho học sinh bán trú.",
         "Hỗ trợ gạo mười ki lô gam một học sinh một tháng cho học sinh bán trú."),
        ("Cấp nước 2 lít/HS/ngày.", "Cấp nước hai lít một học sinh một ngày."),
        ("Định mức 5kg/hộ/tháng.", "Định mức năm ki lô gam một hộ một tháng."),
        # round 18: a canal's, a culvert's code is no weekday
        ("Nạo vét kênh T3 và mương T5 trước vụ xuân.",
         "Nạo vét kênh tê ba và mương tê năm trước vụ xuân."),
        # round 18: 'Trung tâm HC công' (hành chính), CĐHH (chất độc hóa học)
        ("Nộp hồ sơ tại Trung tâm HC công xã.", "Nộp hồ sơ tại Trung tâm hành chính công xã."),
        ("Thăm hỏi nạn nhân nhiễm CĐHH.", "Thăm hỏi nạn nhân nhiễm chất độc hóa học."),
        # round 18: the person to call after a phone number, 'a.' anh, 'c.' chị
        ("Đăng ký tại nhà văn hóa, SĐT 0912.345.678 (a. Hùng).",
         "Đăng ký tại nhà văn hóa, số điện thoại không chín một hai, ba bốn năm, sáu bảy tám (anh "
         "Hùng)."),
        ("LH 0987 654 321 c. Mai, cán bộ tư pháp.",
         "liên hệ không chín tám bảy, sáu năm bốn, ba hai một chị Mai, cán bộ tư pháp."),
        # round 9, lost in round eight: an account's letters and digits are no health card
        ("Ủng hộ vào số TK 3600205123999 mở tại Agribank.",
         "Ủng hộ vào số tài khoản ba sáu không không hai không năm một hai ba chín chín chín mở "
         "tại a gờ ri banh."),
        # guards
        ("Điều 5 (a. Người lao động được nghỉ).", "Điều năm (a. Người lao động được nghỉ)."),
        ("Tiếp dân vào T3 và T5 hằng tuần.", "Tiếp dân vào thứ ba và thứ năm hằng tuần."),
        ("Mời ông/bà đến dự.", "Mời ông hoặc bà đến dự."),
    ],
)  # fmt: skip
def test_round_eighteens_rates_codes_and_abbreviations(written: str, spoken: str) -> None:
    assert spoken_form(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        # round 19: a quotation between single quotes is a quotation, heard as none
        ("Hội CCB xã phát động phong trào 'CCB gương mẫu' năm 2026.",
         'Hội cựu chiến binh xã phát động phong trào "cựu chiến binh gương mẫu" năm hai nghìn '
         "không trăm hai mươi sáu."),
        ("Ra quân ‘Ngày Chủ nhật xanh’ lần thứ 3.", 'Ra quân "Ngày Chủ nhật xanh" lần thứ ba.'),
        ("Hai đội 'Đợt 15' và 'Năm 2025' vào chung kết.",
         'Hai đội "Đợt mười lăm" và "Năm hai nghìn không trăm hai mươi lăm" vào chung kết.'),
        ('Tham gia "HTX kiểu mới" và "CCB".',
         'Tham gia "hợp tác xã kiểu mới" và "cựu chiến binh".'),
        # a measure over a written '1' is a concentration, 'trên một' (a price's rate is 'một')
        ("Hàm lượng clo dư 0,5mg/1 lít nước.",
         "Hàm lượng cờ lo dư không phẩy năm mi li gam trên một lít nước."),
        ("Pha 10ml/1 lít nước sạch.", "Pha mười mi li lít trên một lít nước sạch."),
        ("Giá 25.000đ/1kg.", "Giá hai mươi lăm nghìn đồng một ki lô gam."),
        # the officer trial: so many in one, glued or hyphenated ('in 1 bản' is printing)
        ("Tiêm vắc xin 5in1 cho trẻ 2 tháng tuổi.",
         "Tiêm vắc xin năm trong một cho trẻ hai tháng tuổi."),
        ("Vắc xin 6-in-1 và dầu gội 3IN1.", "Vắc xin sáu trong một và dầu gội ba trong một."),
        ("Máy photo in 1 bản.", "Máy phô tô in một bản."),
        # guards: an apostrophe inside a word, a prime after a number, an odd quotation mark
        ("Chạy 5'30'' một vòng.", "Chạy năm phút ba mươi giây một vòng."),
        ('Ông nói: "Họp lúc 7h.', 'Ông nói: "Họp lúc bảy giờ.'),
    ],
)  # fmt: skip
def test_round_nineteens_quotations_and_classes(written: str, spoken: str) -> None:
    assert spoken_form(written) == spoken
