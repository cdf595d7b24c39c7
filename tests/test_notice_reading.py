"""Vietnamese reading, wider: real commune-notice language of sixteen kinds, read the way a
commune radio announcer reads it; the loan-word lexicon; guessed words reported; the reader
linear in its input."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from conftest import Run, write_script

from announcements.normalize import Reader, is_vietnamese_syllable, read_aloud, spoken_form
from announcements.numbers import SOUTH
from announcements.script import read_script
from announcements.vocabulary import loanwords
from broadcaster.station import sample_folder

NOTICES: dict[str, list[tuple[str, str]]] = {
    "health": [
        ("Trạm Y tế xã tổ chức tiêm vắc-xin sởi – rubella cho trẻ từ 1-5 tuổi vào sáng thứ 5, "
         "ngày 12/9.",
         "Trạm Y tế xã tổ chức tiêm vắc xin sởi, ru bê la cho trẻ từ một đến năm tuổi vào sáng "
         "thứ năm, ngày mười hai tháng chín."),
        ("TYT xã khám sàng lọc miễn phí cho người cao tuổi từ 7h30-11h, thứ 2 đến thứ 6.",
         "trạm y tế xã khám sàng lọc miễn phí cho người cao tuổi từ bảy giờ ba mươi đến mười một "
         "giờ, thứ hai đến thứ sáu."),
        ("Phòng chống SXH: diệt lăng quăng, bọ gậy; thả cá 7 màu vào dụng cụ chứa nước.",
         "Phòng chống sốt xuất huyết: diệt lăng quăng, bọ gậy; thả cá bảy màu vào dụng cụ chứa "
         "nước."),
        ("Bệnh TCM đang gia tăng, trẻ dưới 5 tuổi có biểu hiện sốt, loét miệng cần đưa đến TTYT "
         "huyện.",
         "Bệnh tay chân miệng đang gia tăng, trẻ dưới năm tuổi có biểu hiện sốt, loét miệng cần "
         "đưa đến trung tâm y tế huyện."),
        ("Khi có người bị đột quỵ, gọi ngay 115.",
         "Khi có người bị đột quỵ, gọi ngay một một năm."),
        ("Người dân mang theo thẻ BHYT và CCCD khi đi khám chữa bệnh.",
         "Người dân mang theo thẻ bảo hiểm y tế và căn cước công dân khi đi khám chữa bệnh."),
        ("Uống vitamin A liều 200.000 đơn vị cho trẻ từ 6-36 tháng tuổi.",
         "Uống vi ta min A liều hai trăm nghìn đơn vị cho trẻ từ sáu đến ba mươi sáu tháng "
         "tuổi."),
        ("Tỷ lệ tiêm chủng đạt 98,5%, nhiệt độ trên 38,5°C cần đến cơ sở y tế.",
         "Tỷ lệ tiêm chủng đạt chín mươi tám phẩy năm phần trăm, nhiệt độ trên ba mươi tám phẩy "
         "năm độ xê cần đến cơ sở y tế."),
        ("Phun hóa chất diệt muỗi tại thôn 3, thôn 4 từ ngày 10-12/7/2024.",
         "Phun hóa chất diệt muỗi tại thôn ba, thôn bốn từ ngày mười đến ngày mười hai tháng bảy "
         "năm hai nghìn không trăm hai mươi tư."),
        ("Tổng đài tư vấn sức khỏe của Bộ Y tế: 1900 9095.",
         "Tổng đài tư vấn sức khỏe của Bộ Y tế: một chín không không, chín không chín năm."),
        ("Sử dụng dung dịch Cloramin B để khử khuẩn.",
         "Sử dụng dung dịch cờ lo ra min bê để khử khuẩn."),
        ("Tết Trung thu (15/8 âm lịch) năm nay rơi vào Chủ nhật (6/10).",
         "Tết Trung thu (ngày rằm tháng tám âm lịch) năm nay rơi vào Chủ nhật (ngày sáu tháng "
         "mười)."),
        ("Chỉ số chất lượng không khí AQI ở mức 150-200, hạn chế ra ngoài.",
         "Chỉ số chất lượng không khí a quy i ở mức một trăm năm mươi đến hai trăm, hạn chế ra "
         "ngoài."),
        ("Phối hợp BCHQS, CA xã, TYT, DQTV phun thuốc phòng SXH, TCM.",
         "Phối hợp ban chỉ huy quân sự, công an xã, trạm y tế, dân quân tự vệ phun thuốc phòng "
         "sốt xuất huyết, tay chân miệng."),
        ("Liên hệ: BS. Nguyễn Thị Lan; trẻ từ 9 tháng - 5 tuổi cần tiêm 2 mũi vắc xin sởi.",
         "Liên hệ: bác sĩ Nguyễn Thị Lan; trẻ từ chín tháng đến năm tuổi cần tiêm hai mũi vắc xin "
         "sởi."),
    ],
    "military call-up": [
        ("Ban CHQS xã thông báo lịch khám tuyển NVQS năm 2025.",
         "Ban chỉ huy quân sự xã thông báo lịch khám tuyển nghĩa vụ quân sự năm hai nghìn không "
         "trăm hai mươi lăm."),
        ("Công dân sinh năm 2007 phải đăng ký NVQS lần đầu trong tháng 4/2025.",
         "Công dân sinh năm hai nghìn không trăm linh bảy phải đăng ký nghĩa vụ quân sự lần đầu "
         "trong tháng tư năm hai nghìn không trăm hai mươi lăm."),
        ("Thanh niên từ 18-25 tuổi có mặt tại hội trường UBND xã lúc 7h00 ngày 05/01/2025.",
         "Thanh niên từ mười tám đến hai mươi lăm tuổi có mặt tại hội trường ủy ban nhân dân xã "
         "lúc bảy giờ ngày năm tháng một năm hai nghìn không trăm hai mươi lăm."),
        ("Lễ giao nhận quân diễn ra ngày 12/2 tại sân vận động huyện.",
         "Lễ giao nhận quân diễn ra ngày mười hai tháng hai tại sân vận động huyện."),
        ("BCHQS xã phối hợp với CA xã rà soát nguồn công dân.",
         "ban chỉ huy quân sự xã phối hợp với công an xã rà soát nguồn công dân."),
        ("Lực lượng DQTV huấn luyện 15 ngày theo Kế hoạch số 45/KH-BCHQS.",
         "Lực lượng dân quân tự vệ huấn luyện mười lăm ngày theo Kế hoạch số bốn mươi lăm kế "
         "hoạch ban chỉ huy quân sự."),
        ("Công dân có học vấn lớp 12 trở lên, cao từ 1m60 trở lên.",
         "Công dân có học vấn lớp mười hai trở lên, cao từ một mét sáu mươi trở lên."),
        ("Cân nặng từ 50kg, chỉ số BMI từ 18,5-29,9.",
         "Cân nặng từ năm mươi ki lô gam, chỉ số bê em i từ mười tám phẩy năm đến hai mươi chín "
         "phẩy chín."),
        ("Tân binh nhập ngũ về đơn vị thuộc QK7.",
         "Tân binh nhập ngũ về đơn vị thuộc quân khu bảy."),
        ("Hạn chót nộp hồ sơ sơ tuyển là 17h00 ngày 30/11.",
         "Hạn chót nộp hồ sơ sơ tuyển là mười bảy giờ ngày ba mươi tháng mười một."),
        ("Đăng ký NVQS tại Ban CHQS xã trước 20/4, liên hệ đ/c Hải, SĐT 0966.123.456.",
         "Đăng ký nghĩa vụ quân sự tại Ban chỉ huy quân sự xã trước ngày hai mươi tháng tư, liên "
         "hệ đồng chí Hải, số điện thoại không chín sáu sáu, một hai ba, bốn năm sáu."),
    ],
    "tax": [
        ("Chi cục Thuế thông báo hạn nộp thuế TNCN quý III/2024 là ngày 31/10/2024.",
         "Chi cục Thuế thông báo hạn nộp thuế thu nhập cá nhân quý ba năm hai nghìn không trăm "
         "hai mươi tư là ngày ba mươi mốt tháng mười năm hai nghìn không trăm hai mươi tư."),
        ("Hộ kinh doanh có doanh thu trên 100 triệu đồng/năm phải nộp thuế GTGT.",
         "Hộ kinh doanh có doanh thu trên một trăm triệu đồng một năm phải nộp thuế giá trị gia "
         "tăng."),
        ("Mức tính tiền chậm nộp là 0,03%/ngày.",
         "Mức tính tiền chậm nộp là không phẩy không ba phần trăm một ngày."),
        ("Nộp thuế qua ứng dụng eTax Mobile hoặc tại quầy.",
         "Nộp thuế qua ứng dụng i tắc mô bai hoặc tại quầy."),
        ("Giảm 2% thuế GTGT theo Nghị định 72/2024/NĐ-CP.",
         "Giảm hai phần trăm thuế giá trị gia tăng theo Nghị định bảy mươi hai năm hai nghìn "
         "không trăm hai mươi tư nghị định chính phủ."),
        ("Mã số thuế cá nhân nay là số CCCD 12 số.",
         "Mã số thuế cá nhân nay là số căn cước công dân mười hai số."),
        ("Lệ phí môn bài: 300.000 đồng/năm với hộ có doanh thu từ 100-300 triệu.",
         "Lệ phí môn bài: ba trăm nghìn đồng một năm với hộ có doanh thu từ một trăm đến ba trăm "
         "triệu."),
        ("Hỗ trợ quyết toán thuế TNCN từ 8h-17h các ngày T2-T6.",
         "Hỗ trợ quyết toán thuế thu nhập cá nhân từ tám giờ đến mười bảy giờ các ngày thứ hai "
         "đến thứ sáu."),
        ("Nộp vào tài khoản KBNN huyện mở tại Agribank.",
         "Nộp vào tài khoản kho bạc nhà nước huyện mở tại a gờ ri banh."),
        ("Thuế sử dụng đất phi nông nghiệp năm 2025 nộp một lần trước ngày 31/10.",
         "Thuế sử dụng đất phi nông nghiệp năm hai nghìn không trăm hai mươi lăm nộp một lần "
         "trước ngày ba mươi mốt tháng mười."),
        ("Mức lương cơ sở 2,34 triệu đồng/tháng từ ngày 1/7/2024.",
         "Mức lương cơ sở hai phẩy ba mươi tư triệu đồng một tháng từ ngày một tháng bảy năm hai "
         "nghìn không trăm hai mươi tư."),
        ("BHXH thông báo: người thứ nhất đóng 1.263.600 đồng/năm.",
         "bảo hiểm xã hội thông báo: người thứ nhất đóng một triệu hai trăm sáu mươi ba nghìn "
         "sáu trăm đồng một năm."),
    ],
    "land": [
        ("UBND xã thông báo thu hồi đất để mở rộng QL14 đoạn qua thôn 5.",
         "ủy ban nhân dân xã thông báo thu hồi đất để mở rộng quốc lộ mười bốn đoạn qua thôn "
         "năm."),
        ("Thửa đất số 125, tờ bản đồ số 12, diện tích 350,5 m2.",
         "Thửa đất số một trăm hai mươi lăm, tờ bản đồ số mười hai, diện tích ba trăm năm mươi "
         "phẩy năm mét vuông."),
        ("Cấp GCNQSDĐ lần đầu cho 45 hộ.",
         "Cấp giấy chứng nhận quyền sử dụng đất lần đầu cho bốn mươi lăm hộ."),
        ("Công tác GPMB dự án ĐT741 đoạn Km15+200 - Km18+500.",
         "Công tác giải phóng mặt bằng dự án đường tỉnh bảy trăm bốn mươi mốt đoạn ki lô mét "
         "mười lăm cộng hai trăm đến ki lô mét mười tám cộng năm trăm."),
        ("Diện tích thu hồi 1,2 ha đất lúa, đơn giá bồi thường 65.000đ/m2.",
         "Diện tích thu hồi một phẩy hai héc ta đất lúa, đơn giá bồi thường sáu mươi lăm nghìn "
         "đồng một mét vuông."),
        ("Niêm yết công khai tại nhà văn hóa KP3 trong 15 ngày.",
         "Niêm yết công khai tại nhà văn hóa khu phố ba trong mười lăm ngày."),
        ("Địa chỉ: số 12/5 đường Lê Lợi, P. Tân Phú, TP. Đồng Xoài.",
         "Địa chỉ: số mười hai trên năm đường Lê Lợi, phường Tân Phú, thành phố Đồng Xoài."),
        ("Thực hiện Quyết định số 1234/QĐ-UBND ngày 15/3/2024 của UBND huyện.",
         "Thực hiện Quyết định số một nghìn hai trăm ba mươi tư quyết định ủy ban nhân dân ngày "
         "mười lăm tháng ba năm hai nghìn không trăm hai mươi tư của ủy ban nhân dân huyện."),
        ("Hạn mức đất ở tối đa 300m²/hộ, hồ sơ nộp tại hẻm 45/12 Trần Phú.",
         "Hạn mức đất ở tối đa ba trăm mét vuông một hộ, hồ sơ nộp tại hẻm bốn mươi lăm trên "
         "mười hai Trần Phú."),
        ("Khoảng 2/3 diện tích đất nông nghiệp đã được đo đạc lại.",
         "Khoảng hai phần ba diện tích đất nông nghiệp đã được đo đạc lại."),
        ("Số 15, đường 3/2, P.5, Q.10, TP.HCM.",
         "Số mười lăm, đường ba tháng hai, phường năm, quận mười, thành phố hồ chí minh."),
        ("Chuyển mục đích sử dụng từ đất CLN sang đất ONT phải nộp tiền sử dụng đất.",
         "Chuyển mục đích sử dụng từ đất trồng cây lâu năm sang đất ở tại nông thôn phải nộp "
         "tiền sử dụng đất."),
        ("Khoảng 1/2 diện tích lúa bị ngập; 2/3 số hộ đã được hỗ trợ.",
         "Khoảng một phần hai diện tích lúa bị ngập; hai phần ba số hộ đã được hỗ trợ."),
    ],
    "elections": [
        ("Ngày 23/5/2021 là ngày bầu cử ĐBQH khóa XV và đại biểu HĐND các cấp nhiệm kỳ "
         "2021-2026.",
         "Ngày hai mươi ba tháng năm năm hai nghìn không trăm hai mươi mốt là ngày bầu cử đại "
         "biểu quốc hội khóa mười lăm và đại biểu hội đồng nhân dân các cấp nhiệm kỳ hai nghìn "
         "không trăm hai mươi mốt đến hai nghìn không trăm hai mươi sáu."),
        ("Khu vực bỏ phiếu số 3 đặt tại nhà văn hóa thôn Tân Lập.",
         "Khu vực bỏ phiếu số ba đặt tại nhà văn hóa thôn Tân Lập."),
        ("Thời gian bỏ phiếu từ 7h-19h.",
         "Thời gian bỏ phiếu từ bảy giờ đến mười chín giờ."),
        ("UBBC xã niêm yết danh sách cử tri tại 5 KVBP.",
         "ủy ban bầu cử xã niêm yết danh sách cử tri tại năm khu vực bỏ phiếu."),
        ("Hội nghị cử tri nơi cư trú lúc 14h ngày 10/3, tại hội trường thôn 2.",
         "Hội nghị cử tri nơi cư trú lúc mười bốn giờ ngày mười tháng ba, tại hội trường thôn "
         "hai."),
        ("Theo Nghị quyết số 1185/NQ-UBTVQH14.",
         "Theo Nghị quyết số một nghìn một trăm tám mươi lăm nghị quyết ủy ban thường vụ quốc "
         "hội khóa mười bốn."),
        ("Mỗi cử tri được bỏ 1 phiếu bầu ĐBQH, 1 phiếu bầu đại biểu HĐND tỉnh.",
         "Mỗi cử tri được bỏ một phiếu bầu đại biểu quốc hội, một phiếu bầu đại biểu hội đồng "
         "nhân dân tỉnh."),
        ("Danh sách ứng cử viên đại biểu HĐND xã khóa XIII có 25 người.",
         "Danh sách ứng cử viên đại biểu hội đồng nhân dân xã khóa mười ba có hai mươi lăm "
         "người."),
        ("Kết quả bầu cử được công bố chậm nhất ngày 02/6.",
         "Kết quả bầu cử được công bố chậm nhất ngày hai tháng sáu."),
        ("Cử tri mang theo thẻ cử tri và CCCD khi đi bầu cử.",
         "Cử tri mang theo thẻ cử tri và căn cước công dân khi đi bầu cử."),
        ("Kính mời Ông/bà cử tri đến KVBP số 2 từ 7h - 19h ngày 15/3/2026.",
         "Kính mời Ông hoặc bà cử tri đến khu vực bỏ phiếu số hai từ bảy giờ đến mười chín giờ "
         "ngày mười lăm tháng ba năm hai nghìn không trăm hai mươi sáu."),
    ],
    "storms and floods": [
        ("Bão số 3 gây gió mạnh cấp 8-9, giật cấp 10-11.",
         "Bão số ba gây gió mạnh cấp tám, cấp chín, giật cấp mười, cấp mười một."),
        ("Vùng gần tâm bão mạnh cấp 12-13, giật cấp 15, sóng biển cao 5-7m.",
         "Vùng gần tâm bão mạnh cấp mười hai, cấp mười ba, giật cấp mười lăm, sóng biển cao năm "
         "đến bảy mét."),
        ("Lượng mưa phổ biến 100-200mm, có nơi trên 300mm.",
         "Lượng mưa phổ biến một trăm đến hai trăm mi li mét, có nơi trên ba trăm mi li mét."),
        ("Hồi 4h sáng nay, vị trí tâm áp thấp ở khoảng 17,5 độ Vĩ Bắc; 108,2 độ Kinh Đông.",
         "Hồi bốn giờ sáng nay, vị trí tâm áp thấp ở khoảng mười bảy phẩy năm độ Vĩ Bắc; một "
         "trăm linh tám phẩy hai độ Kinh Đông."),
        ("Di chuyển theo hướng Tây Tây Bắc, tốc độ 15-20km/h.",
         "Di chuyển theo hướng Tây Tây Bắc, tốc độ mười lăm đến hai mươi ki lô mét trên giờ."),
        ("Sơ tán dân ra khỏi khu vực nguy hiểm trước 17h ngày 06/9.",
         "Sơ tán dân ra khỏi khu vực nguy hiểm trước mười bảy giờ ngày sáu tháng chín."),
        ("Mực nước sông lúc 7h ngày 15/10 là 2,5m, trên báo động II 0,5m.",
         "Mực nước sông lúc bảy giờ ngày mười lăm tháng mười là hai phẩy năm mét, trên báo động "
         "hai không phẩy năm mét."),
        ("Trực ban PCTT&TKCN huyện: 0271.3879.123.",
         "Trực ban phòng chống thiên tai và tìm kiếm cứu nạn huyện: không hai bảy một, ba tám "
         "bảy chín, một hai ba."),
        ("Lũ trên các sông lên mức BĐ3, cảnh báo sạt lở trong 24-48 giờ tới.",
         "Lũ trên các sông lên mức báo động ba, cảnh báo sạt lở trong hai mươi tư đến bốn mươi "
         "tám giờ tới."),
        ("ATNĐ có khả năng mạnh lên thành bão trong 24 giờ tới.",
         "áp thấp nhiệt đới có khả năng mạnh lên thành bão trong hai mươi tư giờ tới."),
        ("Mưa to, lượng mưa 20-40mm/24h, có nơi trên 100mm; độ ẩm 80-90%.",
         "Mưa to, lượng mưa hai mươi đến bốn mươi mi li mét trong hai mươi tư giờ, có nơi trên "
         "một trăm mi li mét; độ ẩm tám mươi đến chín mươi phần trăm."),
        ("Từ đêm 5/9 đến ngày 7/9 có mưa to, nhiệt độ thấp nhất 12-15°C.",
         "Từ đêm ngày năm tháng chín đến ngày bảy tháng chín có mưa to, nhiệt độ thấp nhất mười "
         "hai đến mười lăm độ xê."),
        ("Lực lượng xung kích PCTT các thôn trực 24/24h; Đài KTTV cảnh báo lũ quét cấp độ 1.",
         "Lực lượng xung kích phòng chống thiên tai các thôn trực hai tư trên hai tư giờ; Đài khí "
         "tượng thủy văn cảnh báo lũ quét cấp độ một."),
    ],
    "agriculture and livestock": [
        ("Dịch tả lợn châu Phi (DTLCP) đã xuất hiện tại 3 hộ thôn 4.",
         "Dịch tả lợn châu Phi (dịch tả lợn châu phi) đã xuất hiện tại ba hộ thôn bốn."),
        ("Tiêm phòng vắc-xin LMLM cho trâu, bò đợt 1 năm 2024.",
         "Tiêm phòng vắc xin lở mồm long móng cho trâu, bò đợt một năm hai nghìn không trăm hai "
         "mươi tư."),
        ("Giá lợn hơi dao động từ 60.000-65.000 đồng/kg.",
         "Giá lợn hơi dao động từ sáu mươi nghìn đến sáu mươi lăm nghìn đồng một ki lô gam."),
        ("Gieo sạ vụ Đông Xuân 2024-2025 từ ngày 15-30/12.",
         "Gieo sạ vụ Đông Xuân hai nghìn không trăm hai mươi tư đến hai nghìn không trăm hai "
         "mươi lăm từ ngày mười lăm đến ngày ba mươi tháng mười hai."),
        ("Phòng trừ rầy nâu khi mật độ trên 3.000 con/m2.",
         "Phòng trừ rầy nâu khi mật độ trên ba nghìn con một mét vuông."),
        ("Cúm gia cầm A/H5N1 có nguy cơ lây sang người.",
         "Cúm gia cầm a hát năm en một có nguy cơ lây sang người."),
        ("Sản phẩm OCOP 3 sao của xã được bán trên sàn thương mại điện tử.",
         "Sản phẩm ô cốp ba sao của xã được bán trên sàn thương mại điện tử."),
        ("Sản xuất rau theo tiêu chuẩn VietGAP, giá bán 7.000-7.500đ/kg.",
         "Sản xuất rau theo tiêu chuẩn việt gáp, giá bán bảy nghìn đến bảy nghìn năm trăm đồng "
         "một ki lô gam."),
        ("Bón phân NPK 16-16-8 với lượng 20-25 kg/sào.",
         "Bón phân en pê ca mười sáu, mười sáu, tám với lượng hai mươi đến hai mươi lăm ki lô "
         "gam một sào."),
        ("Hỗ trợ 50% giá giống cho các hộ bị thiệt hại trên 70%.",
         "Hỗ trợ năm mươi phần trăm giá giống cho các hộ bị thiệt hại trên bảy mươi phần trăm."),
        ("Bệnh VDNC trên trâu bò, dịch tả heo châu Phi (ASF) và bệnh tai xanh (PRRS).",
         "Bệnh viêm da nổi cục trên trâu bò, dịch tả heo châu Phi (a ét ép) và bệnh tai xanh (pê "
         "e rờ e rờ ét)."),
        ("Giá thóc tẻ 7.500đ/kg; thóc nếp 9.000 - 9.500 đ/kg; gạo 1,2 triệu đồng/tạ.",
         "Giá thóc tẻ bảy nghìn năm trăm đồng một ki lô gam; thóc nếp chín nghìn đến chín nghìn "
         "năm trăm đồng một ki lô gam; gạo một phẩy hai triệu đồng một tạ."),
        ("Chương trình MTQG xây dựng NTM giai đoạn 2021-2025.",
         "Chương trình mục tiêu quốc gia xây dựng nông thôn mới giai đoạn hai nghìn không trăm hai "
         "mươi mốt đến hai nghìn không trăm hai mươi lăm."),
        ("Giá phân bón Urê 12.000 đồng/kg, DAP 18.500 đồng/kg, Kali 11.000đ/bao nhỏ.",
         "Giá phân bón u rê mười hai nghìn đồng một ki lô gam, đê a pê mười tám nghìn năm trăm "
         "đồng một ki lô gam, ca li mười một nghìn đồng một bao nhỏ."),
        ("Phát hiện cúm gia cầm A/H5N6 tại hộ ông Trần Văn B, ấp 2; hỗ trợ 500.000đ/suất x 120 "
         "suất.",
         "Phát hiện cúm gia cầm a hát năm en sáu tại hộ ông Trần Văn bê, ấp hai; hỗ trợ năm trăm "
         "nghìn đồng một suất nhân một trăm hai mươi suất."),
        ("Độ mặn tại cống đo được 4‰; năng suất lúa đạt 6,5 tấn/ha.",
         "Độ mặn tại cống đo được bốn phần nghìn; năng suất lúa đạt sáu phẩy năm tấn một héc ta."),
    ],
    "traffic": [
        ("Tạm cấm xe trên QL13 đoạn Km 85 - Km 90 từ 22h ngày 10/4 đến 5h ngày 11/4.",
         "Tạm cấm xe trên quốc lộ mười ba đoạn ki lô mét tám mươi lăm đến ki lô mét chín mươi từ "
         "hai mươi hai giờ ngày mười tháng tư đến năm giờ ngày mười một tháng tư."),
        ("Xe có tải trọng trên 10 tấn không được đi qua cầu.",
         "Xe có tải trọng trên mười tấn không được đi qua cầu."),
        ("Tốc độ tối đa 50km/h trong khu dân cư.",
         "Tốc độ tối đa năm mươi ki lô mét trên giờ trong khu dân cư."),
        ("Người điều khiển xe mô tô phải có GPLX hạng A1.",
         "Người điều khiển xe mô tô phải có giấy phép lái xe hạng a một."),
        ("Nồng độ cồn vượt quá 0,4 mg/lít khí thở bị phạt từ 30-40 triệu đồng.",
         "Nồng độ cồn vượt quá không phẩy bốn mi li gam một lít khí thở bị phạt từ ba mươi đến "
         "bốn mươi triệu đồng."),
        ("Từ ngày 01/01/2025, Nghị định 168/2024/NĐ-CP có hiệu lực.",
         "Từ ngày một tháng một năm hai nghìn không trăm hai mươi lăm, Nghị định một trăm sáu "
         "mươi tám năm hai nghìn không trăm hai mươi tư nghị định chính phủ có hiệu lực."),
        ("Tuyến ĐT 741 đoạn qua xã đang thi công, đề nghị đi chậm.",
         "Tuyến đường tỉnh bảy trăm bốn mươi mốt đoạn qua xã đang thi công, đề nghị đi chậm."),
        ("Trẻ em dưới 10 tuổi và cao dưới 1,35m không ngồi ghế trước ô tô.",
         "Trẻ em dưới mười tuổi và cao dưới một phẩy ba mươi lăm mét không ngồi ghế trước ô tô."),
        ("Phạt tiền từ 800.000đ - 1.000.000đ.",
         "Phạt tiền từ tám trăm nghìn đồng đến một triệu đồng."),
        ("Camera phạt nguội đã được lắp tại ngã tư QL1A.",
         "ca mê ra phạt nguội đã được lắp tại ngã tư quốc lộ một a."),
        ("Mức phạt 2-3 triệu đồng/lần vi phạm, tước GPLX từ 22-24 tháng.",
         "Mức phạt hai đến ba triệu đồng một lần vi phạm, tước giấy phép lái xe từ hai mươi hai "
         "đến hai mươi tư tháng."),
        ("Cấm thả trâu, bò trên tuyến đường ĐT.753 đoạn qua xã.",
         "Cấm thả trâu, bò trên tuyến đường tỉnh bảy trăm năm mươi ba đoạn qua xã."),
        ("Kiểm tra nồng độ cồn từ 19h đến 23h tại các tuyến QL và ĐT.",
         "Kiểm tra nồng độ cồn từ mười chín giờ đến hai mươi ba giờ tại các tuyến quốc lộ và "
         "đường tỉnh."),
    ],
    "security": [
        ("CA xã cảnh báo thủ đoạn lừa đảo qua điện thoại, giả danh cán bộ CA yêu cầu chuyển "
         "tiền.",
         "công an xã cảnh báo thủ đoạn lừa đảo qua điện thoại, giả danh cán bộ công an yêu cầu "
         "chuyển tiền."),
        ("Khi phát hiện đối tượng khả nghi, báo ngay cho CA xã hoặc gọi 113.",
         "Khi phát hiện đối tượng khả nghi, báo ngay cho công an xã hoặc gọi một một ba."),
        ("Không cung cấp mã OTP, không bấm vào đường link lạ gửi qua Zalo, Facebook.",
         "Không cung cấp mã ô tê pê, không bấm vào đường lin lạ gửi qua da lô, phây búc."),
        ("Đối tượng Nguyễn Văn H., sinh năm 1990, trú tại thôn 2.",
         "Đối tượng Nguyễn Văn hát, sinh năm một nghìn chín trăm chín mươi, trú tại thôn hai."),
        ("Tổ chức tuần tra ANTT dịp Tết từ 22h-2h sáng.",
         "Tổ chức tuần tra an ninh trật tự dịp Tết từ hai mươi hai giờ đến hai giờ sáng."),
        ("Đăng ký tạm trú qua ứng dụng VNeID hoặc Cổng dịch vụ công.",
         "Đăng ký tạm trú qua ứng dụng vê en e ai đi hoặc Cổng dịch vụ công."),
        ("Đường dây nóng CA huyện: 0271 3822 113.",
         "Đường dây nóng công an huyện: không hai bảy một, ba tám hai hai, một một ba."),
        ("Đốt pháo bị phạt 10-20 triệu đồng theo NĐ 144/2021/NĐ-CP.",
         "Đốt pháo bị phạt mười đến hai mươi triệu đồng theo nghị định một trăm bốn mươi tư năm "
         "hai nghìn không trăm hai mươi mốt nghị định chính phủ."),
        ("Cháy nhà gọi 114, tai nạn gọi 115, an ninh gọi 113.",
         "Cháy nhà gọi một một bốn, tai nạn gọi một một năm, an ninh gọi một một ba."),
        ("Tin báo về Công an xã: 113 hoặc 0912.113.113.",
         "Tin báo về Công an xã: một một ba hoặc không chín một hai, một một ba, một một ba."),
        ("Năm qua, CA xã tiếp nhận 113 tin báo, giải quyết 115 vụ việc.",
         "Năm qua, công an xã tiếp nhận một trăm mười ba tin báo, giải quyết một trăm mười lăm "
         "vụ việc."),
        ("Liên hệ Công an xã qua điện thoại/Zalo: (0271) 3879 113.",
         "Liên hệ Công an xã qua điện thoại hoặc da lô: không hai bảy một, ba tám bảy chín, một "
         "một ba."),
    ],
    "schools": [
        ("Trường THCS Tân Lập tựu trường năm học 2024-2025 vào 7h30 ngày 28/8.",
         "Trường trung học cơ sở Tân Lập tựu trường năm học hai nghìn không trăm hai mươi tư đến "
         "hai nghìn không trăm hai mươi lăm vào bảy giờ ba mươi phút ngày hai mươi tám tháng "
         "tám."),
        ("Lễ khai giảng diễn ra lúc 7h ngày 05/9/2024.",
         "Lễ khai giảng diễn ra lúc bảy giờ ngày năm tháng chín năm hai nghìn không trăm hai mươi "
         "tư."),
        ("Tuyển sinh vào lớp 1 cho trẻ sinh năm 2018.",
         "Tuyển sinh vào lớp một cho trẻ sinh năm hai nghìn không trăm mười tám."),
        ("Học sinh lớp 6-9 nghỉ học ngày thứ 7.",
         "Học sinh lớp sáu đến lớp chín nghỉ học ngày thứ bảy."),
        ("Trường MN Hoa Sen nhận trẻ từ 18-36 tháng tuổi.",
         "Trường mầm non Hoa Sen nhận trẻ từ mười tám đến ba mươi sáu tháng tuổi."),
        ("Kỳ thi tốt nghiệp THPT năm 2025 diễn ra ngày 26-27/6.",
         "Kỳ thi tốt nghiệp trung học phổ thông năm hai nghìn không trăm hai mươi lăm diễn ra "
         "ngày hai mươi sáu đến ngày hai mươi bảy tháng sáu."),
        ("Miễn học phí cho HS từ mầm non đến THPT theo Nghị quyết 217/2025/QH15.",
         "Miễn học phí cho học sinh từ mầm non đến trung học phổ thông theo Nghị quyết hai trăm "
         "mười bảy năm hai nghìn không trăm hai mươi lăm quốc hội khóa mười lăm."),
        ("Phụ huynh nộp hồ sơ trực tuyến tại website tuyensinh.edu.vn.",
         "Phụ huynh nộp hồ sơ trực tuyến tại oép sai tuyen sinh chấm e dê u chấm vê en."),
        ("Học sinh nghỉ Tết từ 20/1 đến hết 2/2/2025 (tức 21/12 năm Giáp Thìn đến mùng 5 tháng "
         "Giêng năm Ất Tỵ).",
         "Học sinh nghỉ Tết từ ngày hai mươi tháng một đến hết ngày hai tháng hai năm hai nghìn "
         "không trăm hai mươi lăm (tức ngày hai mươi mốt tháng chạp năm Giáp Thìn đến mùng năm "
         "tháng Giêng năm Ất Tỵ)."),
        ("Trường TH số 1 Tân Lập tuyển 02 giáo viên hợp đồng.",
         "Trường tiểu học số một Tân Lập tuyển hai giáo viên hợp đồng."),
        ("Lớp 10A1 và 12A3 học bù vào chiều thứ 7.",
         "Lớp mười a một và mười hai a ba học bù vào chiều thứ bảy."),
        ("Học sinh lớp 9 thi vào lớp 10 THPT năm học 2025 – 2026, điểm chuẩn 35,5.",
         "Học sinh lớp chín thi vào lớp mười trung học phổ thông năm học hai nghìn không trăm hai "
         "mươi lăm đến hai nghìn không trăm hai mươi sáu, điểm chuẩn ba mươi lăm phẩy năm."),
    ],
    "power cuts": [
        ("Điện lực thông báo tạm ngừng cung cấp điện từ 7h00-16h00 ngày 15/10/2024 để bảo "
         "dưỡng lưới điện.",
         "Điện lực thông báo tạm ngừng cung cấp điện từ bảy giờ đến mười sáu giờ ngày mười lăm "
         "tháng mười năm hai nghìn không trăm hai mươi tư để bảo dưỡng lưới điện."),
        ("Khu vực mất điện: trạm biến áp Tân Lập 3, đường dây 22kV sau Recloser 471.",
         "Khu vực mất điện: trạm biến áp Tân Lập ba, đường dây hai mươi hai ki lô vôn sau ri cờ "
         "lô dơ bốn trăm bảy mươi mốt."),
        ("TBA Ấp 2 cắt điện từ 8h-12h ngày thứ 3, 12/11.",
         "trạm biến áp Ấp hai cắt điện từ tám giờ đến mười hai giờ ngày thứ ba, ngày mười hai "
         "tháng mười một."),
        ("Mọi thắc mắc liên hệ Tổng đài CSKH 19001006 hoặc 1900 9000.",
         "Mọi thắc mắc liên hệ Tổng đài chăm sóc khách hàng một chín không không, một không không "
         "sáu hoặc một chín không không, chín không không không."),
        ("Giá điện sinh hoạt bậc 1 từ 0-50 kWh là 1.893 đồng/kWh.",
         "Giá điện sinh hoạt bậc một từ không đến năm mươi ki lô oát giờ là một nghìn tám trăm "
         "chín mươi ba đồng một ki lô oát giờ."),
        ("Tiết kiệm điện giờ cao điểm từ 17h-20h.",
         "Tiết kiệm điện giờ cao điểm từ mười bảy giờ đến hai mươi giờ."),
        ("Thanh toán tiền điện qua ứng dụng EVN hoặc ví MoMo.",
         "Thanh toán tiền điện qua ứng dụng e vê en hoặc ví mô mô."),
        ("Cắt điện để thi công đường dây 110kV mạch 2.",
         "Cắt điện để thi công đường dây một trăm mười ki lô vôn mạch hai."),
        ("Khách hàng dùng trên 400 kWh/tháng áp dụng giá bậc 6.",
         "Khách hàng dùng trên bốn trăm ki lô oát giờ một tháng áp dụng giá bậc sáu."),
        ("Điện lực Đồng Phú - PC Bình Phước cắt điện từ trụ 471/12 đến trụ 471/45.",
         "Điện lực Đồng Phú, pê xê Bình Phước cắt điện từ trụ bốn trăm bảy mươi mốt trên mười hai "
         "đến trụ bốn trăm bảy mươi mốt trên bốn mươi lăm."),
        ("Trạm biến áp 250kVA Tân Lập 5 ngừng điện từ 06h00 đến 17h00 ngày 28/9/2024.",
         "Trạm biến áp hai trăm năm mươi ki lô vôn am pe Tân Lập năm ngừng điện từ sáu giờ đến "
         "mười bảy giờ ngày hai mươi tám tháng chín năm hai nghìn không trăm hai mươi tư."),
    ],
    "water": [
        ("Tạm ngưng cấp nước từ 22h ngày 5/6 đến 4h ngày 6/6 để sửa đường ống D300.",
         "Tạm ngưng cấp nước từ hai mươi hai giờ ngày năm tháng sáu đến bốn giờ ngày sáu tháng "
         "sáu để sửa đường ống dê ba trăm."),
        ("Giá nước sinh hoạt 7.500 đồng/m3 cho 10m3 đầu tiên.",
         "Giá nước sinh hoạt bảy nghìn năm trăm đồng một mét khối cho mười mét khối đầu tiên."),
        ("Nước sinh hoạt đạt QCVN 01-1:2018/BYT.",
         "Nước sinh hoạt đạt quy chuẩn việt nam không một một năm hai nghìn không trăm mười tám "
         "bộ y tế."),
        ("Mọi thông tin liên hệ số điện thoại 0271.3881.114.",
         "Mọi thông tin liên hệ số điện thoại không hai bảy một, ba tám tám một, một một bốn."),
        ("Vệ sinh bồn chứa nước định kỳ 6 tháng/lần.",
         "Vệ sinh bồn chứa nước định kỳ sáu tháng một lần."),
        ("Nhà máy nước công suất 5.000 m3/ngày đêm.",
         "Nhà máy nước công suất năm nghìn mét khối một ngày đêm."),
        ("Hỗ trợ đấu nối nước sạch miễn phí cho 120 hộ nghèo.",
         "Hỗ trợ đấu nối nước sạch miễn phí cho một trăm hai mươi hộ nghèo."),
        ("Áp lực nước yếu tại các tổ 5, 6, 7 KP2.",
         "Áp lực nước yếu tại các tổ năm, sáu, bảy khu phố hai."),
        ("Kết quả xét nghiệm: 15/20 mẫu nước giếng đạt chuẩn.",
         "Kết quả xét nghiệm: mười lăm trên hai mươi mẫu nước giếng đạt chuẩn."),
        ("Công ty CP Cấp nước thông báo: Quý KH vui lòng thanh toán trước ngày 20/12.",
         "Công ty cổ phần Cấp nước thông báo: Quý khách hàng vui lòng thanh toán trước ngày hai "
         "mươi tháng mười hai."),
        ("Nước sạch đạt QCVN 02:2009/BYT; trạm bơm số 2 ngừng từ 8h30 - 16h30.",
         "Nước sạch đạt quy chuẩn việt nam không hai năm hai nghìn không trăm linh chín bộ y tế; "
         "trạm bơm số hai ngừng từ tám giờ ba mươi đến mười sáu giờ ba mươi."),
        ("Lưu lượng xả qua tràn 1.200 m3/s; đường dây nóng: 0271.3.886.789.",
         "Lưu lượng xả qua tràn một nghìn hai trăm mét khối một giây; đường dây nóng: không hai "
         "bảy một, ba, tám tám sáu, bảy tám chín."),
    ],
    "census": [
        ("Tổng điều tra dân số và nhà ở bắt đầu từ 0h ngày 01/4/2019.",
         "Tổng điều tra dân số và nhà ở bắt đầu từ không giờ ngày một tháng tư năm hai nghìn "
         "không trăm mười chín."),
        ("Điều tra viên sẽ đến từng hộ từ ngày 01-25/4.",
         "Điều tra viên sẽ đến từng hộ từ ngày một đến ngày hai mươi lăm tháng tư."),
        ("Đề nghị các hộ cung cấp đầy đủ thông tin cho ĐTV.",
         "Đề nghị các hộ cung cấp đầy đủ thông tin cho điều tra viên."),
        ("Kết quả sơ bộ: dân số toàn xã là 12.345 người, 3.210 hộ.",
         "Kết quả sơ bộ: dân số toàn xã là mười hai nghìn ba trăm bốn mươi lăm người, ba nghìn "
         "hai trăm mười hộ."),
        ("Tỷ lệ hộ nghèo giảm còn 2,5%; hộ cận nghèo 4,1%.",
         "Tỷ lệ hộ nghèo giảm còn hai phẩy năm phần trăm; hộ cận nghèo bốn phẩy một phần trăm."),
        ("Điều tra lao động việc làm quý I/2025.",
         "Điều tra lao động việc làm quý một năm hai nghìn không trăm hai mươi lăm."),
        ("Phiếu điều tra gồm 45 câu hỏi, phỏng vấn khoảng 30-40 phút.",
         "Phiếu điều tra gồm bốn mươi lăm câu hỏi, phỏng vấn khoảng ba mươi đến bốn mươi phút."),
        ("Cán bộ thống kê xã: chị Trần Thị B., SĐT 0987 654 321.",
         "Cán bộ thống kê xã: chị Trần Thị bê, số điện thoại không chín tám bảy, sáu năm bốn, ba "
         "hai một."),
        ("TĐTDS năm 2029 thu thập thông tin trực tuyến qua Internet.",
         "tổng điều tra dân số năm hai nghìn không trăm hai mươi chín thu thập thông tin trực "
         "tuyến qua in tơ nét."),
        ("Kỳ điều tra từ 1/7 đến 30/7; mỗi hộ khai trong 20-30 phút.",
         "Kỳ điều tra từ ngày một tháng bảy đến ngày ba mươi tháng bảy; mỗi hộ khai trong hai "
         "mươi đến ba mươi phút."),
    ],
    "festivals": [
        ("Lễ hội Nghinh Ông diễn ra từ ngày 15-17/8 âm lịch.",
         "Lễ hội Nghinh Ông diễn ra từ ngày rằm đến ngày mười bảy tháng tám âm lịch."),
        ("Hội làng diễn ra ngày mùng 10/3 âm lịch hằng năm.",
         "Hội làng diễn ra ngày mùng mười tháng ba âm lịch hằng năm."),
        ("Lễ dâng hương tưởng niệm các Vua Hùng ngày 10/3 (AL).",
         "Lễ dâng hương tưởng niệm các Vua Hùng ngày mùng mười tháng ba (âm lịch)."),
        ("Rằm tháng Giêng, chùa tổ chức lễ cầu an vào ngày 15/1 âm lịch.",
         "Rằm tháng Giêng, chùa tổ chức lễ cầu an vào ngày rằm tháng giêng âm lịch."),
        ("Chương trình văn nghệ chào mừng 79 năm Quốc khánh 2/9.",
         "Chương trình văn nghệ chào mừng bảy mươi chín năm Quốc khánh ngày hai tháng chín."),
        ("Giải bóng đá thanh niên lần thứ III năm 2024.",
         "Giải bóng đá thanh niên lần thứ ba năm hai nghìn không trăm hai mươi tư."),
        ("Bắn pháo hoa tầm thấp lúc 0h ngày mùng 1 Tết.",
         "Bắn pháo hoa tầm thấp lúc không giờ ngày mùng một Tết."),
        ("Cán bộ nghỉ Tết từ 25/1 đến hết 2/2/2025 (tức 26 tháng Chạp đến mùng 5 tháng Giêng).",
         "Cán bộ nghỉ Tết từ ngày hai mươi lăm tháng một đến hết ngày hai tháng hai năm hai nghìn "
         "không trăm hai mươi lăm (tức hai mươi sáu tháng Chạp đến mùng năm tháng Giêng)."),
        ("Tết Đoan Ngọ mùng 5/5 âm lịch; cúng rằm tháng 7.",
         "Tết Đoan Ngọ mùng năm tháng năm âm lịch; cúng rằm tháng bảy."),
        ("Lễ hội đua ghe ngo vào rằm tháng 10 âm lịch, tháng 12 âm lịch có chợ Tết.",
         "Lễ hội đua ghe ngo vào rằm tháng mười âm lịch, tháng chạp âm lịch có chợ Tết."),
        ("Festival hoa lần thứ X khai mạc ngày 20/12.",
         "phét ti van hoa lần thứ mười khai mạc ngày hai mươi tháng mười hai."),
        ("Chương trình được phát trên sóng FM 98,5 MHz, từ mùng 8 đến mùng 10 tháng Giêng.",
         "Chương trình được phát trên sóng ép em chín mươi tám phẩy năm mê ga héc, từ mùng tám "
         "đến mùng mười tháng Giêng."),
        ("Kỷ niệm 50 năm Ngày giải phóng miền Nam (30/4/1975 - 30/4/2025).",
         "Kỷ niệm năm mươi năm Ngày giải phóng miền Nam (ngày ba mươi tháng tư năm một nghìn chín "
         "trăm bảy mươi lăm đến ngày ba mươi tháng tư năm hai nghìn không trăm hai mươi lăm)."),
    ],
    "bluezone and covid": [
        ("Cài đặt ứng dụng Bluezone để phòng chống dịch COVID-19.",
         "Cài đặt ứng dụng bờ lu dôn để phòng chống dịch cô vít mười chín."),
        ("Thực hiện thông điệp 5K của Bộ Y tế.",
         "Thực hiện thông điệp năm ca của Bộ Y tế."),
        ("Người từ vùng dịch về phải khai báo y tế qua ứng dụng PC-Covid.",
         "Người từ vùng dịch về phải khai báo y tế qua ứng dụng pê xê cô vít."),
        ("Tiêm mũi 3 vắc-xin Pfizer cho người từ 18 tuổi trở lên.",
         "Tiêm mũi ba vắc xin phai dơ cho người từ mười tám tuổi trở lên."),
        ("F0 điều trị tại nhà liên hệ Trạm Y tế qua số 0912 345 678.",
         "ép không điều trị tại nhà liên hệ Trạm Y tế qua số không chín một hai, ba bốn năm, sáu "
         "bảy tám."),
        ("Thực hiện Chỉ thị 16/CT-TTg về giãn cách xã hội.",
         "Thực hiện Chỉ thị mười sáu chỉ thị thủ tướng về giãn cách xã hội."),
        ("Xét nghiệm RT-PCR miễn phí cho F1.",
         "Xét nghiệm e rờ tê pê xê e rờ miễn phí cho ép một."),
        ("Biến chủng Omicron lây lan nhanh hơn Delta.",
         "Biến chủng ô mi cờ rôn lây lan nhanh hơn đen ta."),
        ("Tổng đài 1022 hỗ trợ người dân 24/7.",
         "Tổng đài một không hai hai hỗ trợ người dân hai tư trên bảy."),
        ("Quét mã QR khi ra vào cơ quan, bật Bluetooth trên điện thoại.",
         "Quét mã kiu a khi ra vào cơ quan, bật bờ lu tút trên điện thoại."),
        ("Khuyến cáo 5K: Khẩu trang - Khử khuẩn - Khoảng cách - Không tụ tập - Khai báo y tế.",
         "Khuyến cáo năm ca: Khẩu trang, Khử khuẩn, Khoảng cách, Không tụ tập, Khai báo y tế."),
        ("Xem video hướng dẫn trên trang bluezone.gov.vn.",
         "Xem vi đê ô hướng dẫn trên trang bờ lu dôn chấm gốp chấm vê en."),
        ("Tiêm vắc xin COVID-19 mũi 1, 2 tại Trạm Y tế; tự xét nghiệm bằng kit test nhanh.",
         "Tiêm vắc xin cô vít mười chín mũi một, hai tại Trạm Y tế; tự xét nghiệm bằng kit tét "
         "nhanh."),
    ],
    "administrative procedures": [
        ("Bộ phận một cửa tiếp nhận hồ sơ từ thứ 2 đến thứ 6, sáng 7h30-11h30, chiều "
         "13h30-17h.",
         "Bộ phận một cửa tiếp nhận hồ sơ từ thứ hai đến thứ sáu, sáng bảy giờ ba mươi đến mười "
         "một giờ ba mươi, chiều mười ba giờ ba mươi đến mười bảy giờ."),
        ("Nộp hồ sơ trực tuyến tại Cổng dịch vụ công quốc gia dichvucong.gov.vn.",
         "Nộp hồ sơ trực tuyến tại Cổng dịch vụ công quốc gia dich vu cong chấm gốp chấm vê en."),
        ("Làm thủ tục cấp đổi CCCD gắn chip tại CA xã.",
         "Làm thủ tục cấp đổi căn cước công dân gắn chip tại công an xã."),
        ("Lệ phí chứng thực bản sao: 2.000 đồng/trang.",
         "Lệ phí chứng thực bản sao: hai nghìn đồng một trang."),
        ("Kích hoạt tài khoản định danh điện tử mức độ 2 trên VNeID.",
         "Kích hoạt tài khoản định danh điện tử mức độ hai trên vê en e ai đi."),
        ("TTHC được giải quyết trong 03 ngày làm việc.",
         "thủ tục hành chính được giải quyết trong ba ngày làm việc."),
        ("Theo Thông tư số 01/2022/TT-BTP.",
         "Theo Thông tư số một năm hai nghìn không trăm hai mươi hai thông tư bộ tư pháp."),
        ("Phản ánh gửi qua email ubnd.tanlap@gmail.com.",
         "Phản ánh gửi qua i meo u bê en dê chấm tan lap a còng gờ meo chấm com."),
        ("Kết quả giải quyết trả qua dịch vụ bưu chính công ích (VNPost).",
         "Kết quả giải quyết trả qua dịch vụ bưu chính công ích (vê en pốt)."),
        ("Công văn số 125/UBND-VX ngày 3/3/2025 về việc cấp đổi giấy tờ.",
         "Công văn số một trăm hai mươi lăm ủy ban nhân dân văn xã ngày ba tháng ba năm hai "
         "nghìn không trăm hai mươi lăm về việc cấp đổi giấy tờ."),
        ("Quyết định số 15/QĐ-CT ngày 8/1 của Chủ tịch UBND xã.",
         "Quyết định số mười lăm quyết định chủ tịch ngày tám tháng một của Chủ tịch ủy ban nhân "
         "dân xã."),
        ("I. MỤC ĐÍCH YÊU CẦU\n\nII. NỘI DUNG\n\n- Nơi nhận hồ sơ: (0271) 3879 123.",
         "một. mục đích yêu cầu. hai. nội dung. Nơi nhận hồ sơ: không hai bảy một, ba tám bảy "
         "chín, một hai ba."),
        ("V/v triển khai Cổng DVCQG; K/g: Trưởng các thôn, KP.",
         "về việc triển khai Cổng dịch vụ công quốc gia; kính gửi: Trưởng các thôn, khu phố."),
        ("Lệ phí: 15.000 đồng/trường hợp; thời hạn giải quyết 05 ngày làm việc.",
         "Lệ phí: mười lăm nghìn đồng một trường hợp; thời hạn giải quyết năm ngày làm việc."),
        ("Kính gửi: - Ban Nhân dân các ấp; - Các chi hội, đoàn thể.",
         "Kính gửi: Ban Nhân dân các ấp; Các chi hội, đoàn thể."),
        ("Xem thêm tại facebook.com/ubndtanlap hoặc www.binhphuoc.gov.vn.",
         "Xem thêm tại phây búc chấm com gạch chéo u bê en dê tan lap hoặc vê kép vê kép vê kép "
         "chấm binh phuoc chấm gốp chấm vê en."),
        ("Ủng hộ đồng bào bị lũ lụt qua tài khoản số 5000 2050 1234 tại Agribank.",
         "Ủng hộ đồng bào bị lũ lụt qua tài khoản số năm không không không, hai không năm không, "
         "một hai ba bốn tại a gờ ri banh."),
    ],
    "documents": [
        ("Căn cứ Luật số 25/2018/QH14.",
         "Căn cứ Luật số hai mươi lăm năm hai nghìn không trăm mười tám quốc hội khóa mười bốn."),
        ("Thông báo số 05/TB-BCĐ của Ban Chỉ đạo.",
         "Thông báo số năm thông báo ban chỉ đạo của Ban Chỉ đạo."),
        ("Công điện số 02/CĐ-UBND về ứng phó bão.",
         "Công điện số hai công điện ủy ban nhân dân về ứng phó bão."),
        ("Hướng dẫn số 12/HD-MTTQ-BTT.",
         "Hướng dẫn số mười hai hướng dẫn mặt trận tổ quốc bê tê tê."),
        ("Thực hiện Kế hoạch số 89/KH-UBND và Quyết định 1500/QĐ-TTg.",
         "Thực hiện Kế hoạch số tám mươi chín kế hoạch ủy ban nhân dân và Quyết định một nghìn "
         "năm trăm quyết định thủ tướng."),
        ("Thông tư 39/2020/TT-BTTTT quy định về đài truyền thanh cấp xã.",
         "Thông tư ba mươi chín năm hai nghìn không trăm hai mươi thông tư bộ thông tin và truyền "
         "thông quy định về đài truyền thanh cấp xã."),
        ("Công văn số 1234/UBND-NN ngày 15/6/2024 về việc phòng chống hạn.",
         "Công văn số một nghìn hai trăm ba mươi tư ủy ban nhân dân nông nghiệp ngày mười lăm "
         "tháng sáu năm hai nghìn không trăm hai mươi tư về việc phòng chống hạn."),
        ("Kế hoạch 45/KH-UBND về thực hiện Đề án 06 năm 2025; Công văn 2345/UBND-KGVX.",
         "Kế hoạch bốn mươi lăm kế hoạch ủy ban nhân dân về thực hiện Đề án không sáu năm hai "
         "nghìn không trăm hai mươi lăm; Công văn hai nghìn ba trăm bốn mươi lăm ủy ban nhân dân "
         "khoa giáo văn xã."),
    ],
}  # fmt: skip

CASES = [
    pytest.param(written, spoken, id=f"{kind}-{i}")
    for kind, phrases in NOTICES.items()
    for i, (written, spoken) in enumerate(phrases, 1)
]


def test_the_table_is_wide_enough() -> None:
    assert len(NOTICES) >= 16
    assert len(CASES) >= 150
    assert all(len(phrases) >= 6 for phrases in NOTICES.values())


@pytest.mark.parametrize(("written", "spoken"), CASES)
def test_commune_notices_are_read_as_an_announcer_reads_them(written: str, spoken: str) -> None:
    assert spoken_form(written) == spoken


# ----- rules that need more than one phrase ----------
@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("Cảnh sát 113, cứu hỏa 114, cấp cứu 115.",
         "Cảnh sát một một ba, cứu hỏa một một bốn, cấp cứu một một năm."),
        ("Số khẩn cấp: 112", "Số khẩn cấp: một một hai"),
        ("Tổng đài 111 (miễn phí) bảo vệ trẻ em.",
         "Tổng đài một một một (miễn phí) bảo vệ trẻ em."),
        ("Đường dây nóng 1800 1091 hoạt động cả ngày, hotline 1900.6868.",
         "Đường dây nóng một tám không không, một không chín một hoạt động cả ngày, hót lai một "
         "chín không không, sáu tám sáu tám."),
        ("Xã có 113 hộ nghèo, tăng 115 ca so với năm trước.",
         "Xã có một trăm mười ba hộ nghèo, tăng một trăm mười lăm ca so với năm trước."),
        ("Gọi đến số 1022 hoặc số 0271 3822 114.",
         "Gọi đến số một không hai hai hoặc số không hai bảy một, ba tám hai hai, một một bốn."),
    ],
)  # fmt: skip
def test_service_numbers_are_dialled_anywhere_and_counts_stay_counts(
    written: str, spoken: str
) -> None:
    assert spoken_form(written) == spoken


def test_southern_reading_of_the_new_rules() -> None:
    spoken = spoken_form("Giá 1.500-2.000đ/kg, nhiệm kỳ 2005-2010, từ 7h-11h30.", dialect=SOUTH)
    assert spoken == (
        "Giá một ngàn năm trăm đến hai ngàn đồng một ki lô gam, nhiệm kỳ hai ngàn không trăm lẻ "
        "năm đến hai ngàn không trăm mười, từ bảy giờ đến mười một giờ ba mươi."
    )


def test_a_word_in_capitals_is_an_abbreviation_only_outside_a_heading() -> None:
    assert spoken_form("CA BỆNH MỚI TẠI XÃ") == "ca bệnh mới tại xã"
    assert spoken_form("THÔNG BÁO CỦA CA XÃ TÂN LẬP") == "thông báo của công an xã tân lập"
    assert spoken_form("TYT XÃ THÔNG BÁO") == "trạm y tế xã thông báo"
    assert spoken_form("Phối hợp CHQS, CA xã, TYT.") == (
        "Phối hợp chỉ huy quân sự, công an xã, trạm y tế."
    )
    assert spoken_form("Lực lượng CA xã trực 24/24.") == (
        "Lực lượng công an xã trực hai tư trên hai tư."
    )


# ----- the loan-word lexicon ----------
def test_every_shipped_loan_word_is_said_in_vietnamese_syllables() -> None:
    foreign = {
        written: word
        for written, spoken in loanwords().items()
        for word in spoken.split()
        if not is_vietnamese_syllable(word)
    }
    assert not foreign
    assert len(loanwords()) >= 100


def test_the_station_lexicon_overrides_the_shipped_loan_words() -> None:
    assert spoken_form("Cài Bluezone, nhắn Zalo") == "Cài bờ lu dôn, nhắn da lô"
    station = Reader({"Bluezone": "Blu dôn", "ZALO": "Đa lô"})
    assert station.read("Cài Bluezone, nhắn Zalo").spoken == "Cài Blu dôn, nhắn Đa lô"
    assert station.read("bluezone.gov.vn").spoken == "Blu dôn chấm gốp chấm vê en"


def test_the_sample_notices_raise_no_warning_for_what_the_station_ships() -> None:
    samples = sorted(sample_folder("bluezone").glob("*.md"))
    assert samples
    for path in samples:
        reading = read_aloud(read_script(path).text or "")
        assert reading.warnings == (), path.name


# ----- what the reader guessed ----------
def test_guessed_words_are_reported_as_written() -> None:
    reading = read_aloud("Xem Skype và VTV; công văn 12/XYZ-UBND; họp ngày 32/13/2020 lúc 25h.")
    assert set(reading.guessed) == {"Skype", "VTV", "XYZ", "32/13/2020", "25h"}
    assert len(reading.warnings) == len(reading.guessed)
    assert read_aloud("Bà con cài Bluezone và Zalo, gọi 115.").guessed == ()


def test_announce_add_reports_the_guessed_words_per_script(
    station: Path, scripts: Path, run: Run
) -> None:
    good = write_script(scripts, "a.md", "Cài Bluezone, gọi 1900 9095.", id="a")
    bad = write_script(scripts, "b.md", "Theo dõi Skype và Viber của xã VTV.", id="b")
    result = run("announce", "add", str(good), str(bad))
    assert "warning: a:" not in result.stderr
    assert "warning: b: the reader had to guess 'Skype', 'VTV'" in result.stderr


def test_publish_reports_the_guessed_words_per_script(tmp_path: Path, run: Run) -> None:
    campaign = tmp_path / "campaigns" / "phong-dich"
    campaign.mkdir(parents=True)
    write_script(campaign, "a.md", "Cài ứng dụng Bluezone và VNeID.", id="cai-dat")
    write_script(campaign, "b.md", "Nhắn tin qua Skype hoặc WeChat cho BQL.", id="nhan-tin")
    run("keys", "init", "--keys", str(tmp_path / "keys"))
    result = run("publish", str(campaign), "--keys", str(tmp_path / "keys"), "--repo",
                 str(tmp_path / "repo"))  # fmt: skip
    assert "published phong-dich: 2 announcement(s)" in result.stdout
    assert result.stderr.count("warning:") == 1
    assert (
        "warning: phong-dich/nhan-tin: the reader had to guess 'Skype', 'WeChat', 'BQL'"
        in result.stderr
    )


# ----- linear in its input ----------
HOSTILE = [
    "a.", "1", "1/", "1.", "1-", "a@", "UBND ", "](", " \n", "Quý I", "gọi 1", "số 1/", "Km1+",
    "1/KH-", "0912 ", "1h-", "ngày 1/", "www.", "H. ", "tháng 1 âm lịch ", "0.0.",
    "tài khoản 1111 ",
]  # fmt: skip


def _reading_time(text: str) -> float:
    """CPU time of the fastest of three readings (other processes do not count)."""
    times = []
    for _ in range(3):
        started = time.process_time()
        read_aloud(text)
        times.append(time.process_time() - started)
    return min(times)


@pytest.mark.parametrize("unit", HOSTILE)
def test_reading_time_grows_linearly_with_hostile_input(unit: str) -> None:
    """10 KB and 100 KB of the same repeated pattern: a linear reader takes about ten times
    longer, one that rescans (as the reader did: 40 KB of 'a.' took 48 s) a hundred times."""
    small, large = unit * (10_000 // len(unit)), unit * (100_000 // len(unit))
    ratio = _reading_time(large) / max(_reading_time(small), 1e-3)
    assert ratio < 30, f"{unit!r}: 100 KB took {ratio:.0f}x as long as 10 KB"


def test_a_huge_unknown_word_is_quoted_short() -> None:
    reading = read_aloud("x" * 50_000)
    assert len(reading.warnings[0]) < 120
    assert reading.spoken == "x" * 50_000
