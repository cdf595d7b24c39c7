"""Vietnamese reading, fourth round: loan words, brands, foreign and technical words (issue 16,
Must have 6), and the report of what the reader had to guess (Must have 7).

Each batch was written with the readings a radio announcer says before the reader was run on
it; first-pass misses are marked where they stand (`# first pass missed: <class>`), and a
reading changed to the project's conventions (see /work/team/notes/i16c.md) is marked
`# expected reading corrected: <why>`."""

from __future__ import annotations

import pytest
from test_notice_reading import _reading_time

from announcements.normalize import read_aloud, spoken_form
from announcements.syllables import is_vietnamese_syllable, transliterate

BATCH_ONE: list[tuple[str, str]] = [
    # farming: varieties, pesticides, fertilisers
    # first pass missed: a variety's number of three digits (TBR225)
    ("Bà con gieo cấy các giống lúa BC15, TBR225, Bắc thơm số 7 trong vụ Xuân năm 2026.",
     "Bà con gieo cấy các giống lúa bê xê mười lăm, tê bê e rờ hai hai năm, Bắc thơm số bảy "
     "trong vụ Xuân năm hai nghìn không trăm hai mươi sáu."),
    # first pass missed: variety codes written with a space (IR 50404, OM 5451)
    # expected reading corrected: O is 'o'
    ("Giống lúa IR 50404 bị hạn chế xuất khẩu, khuyến cáo thay bằng OM 5451 và ST25.",
     "Giống lúa i e rờ năm không bốn không bốn bị hạn chế xuất khẩu, khuyến cáo thay bằng o em "
     "năm bốn năm một và ét tê hai mươi lăm."),
    # first pass missed: loan words (pesticide trade names), a formulation after 3 digits (300EC)
    ("Phun thuốc Anvil 5SC hoặc Tilt Super 300EC để phòng trừ bệnh khô vằn.",
     "Phun thuốc an vin năm ét xê hoặc tin su pơ ba trăm e xê để phòng trừ bệnh khô vằn."),
    # first pass missed: loan words (pesticide trade names)
    ("Dùng Chess 50WG hoặc Actara 25WG trừ rầy nâu khi mật độ trên 3.000 con/m2.",
     "Dùng chét năm mươi vê kép giê hoặc ác ta ra hai mươi lăm vê kép giê trừ rầy nâu khi mật "
     "độ trên ba nghìn con một mét vuông."),
    # expected reading corrected: a chain of numbers is read with pauses
    ("Bón lót phân NPK 16-16-8 kết hợp phân hữu cơ vi sinh, bón thúc bằng Urê và Kali.",
     "Bón lót phân en pê ca mười sáu, mười sáu, tám kết hợp phân hữu cơ vi sinh, bón thúc bằng "
     "u rê và ca li."),
    # first pass missed: loan words (biological products)
    ("Xử lý rơm rạ bằng chế phẩm Trichoderma, không đốt rơm sau thu hoạch.",
     "Xử lý rơm rạ bằng chế phẩm tri cô đéc ma, không đốt rơm sau thu hoạch."),
    # first pass missed: the fallback (silent final e)
    ("Dùng máy bay không người lái (drone) phun thuốc bảo vệ thực vật cho 50 ha lúa.",
     "Dùng máy bay không người lái (đờ rôn) phun thuốc bảo vệ thực vật cho năm mươi héc ta "
     "lúa."),
    # animal diseases and their vaccines
    # first pass missed: loan words (veterinary vaccines)
    ("Tiêm vắc xin NAVET-ASFVAC phòng bệnh Dịch tả lợn châu Phi cho đàn lợn trên 4 tuần tuổi.",
     "Tiêm vắc xin na vét a ét ép vắc phòng bệnh Dịch tả lợn châu Phi cho đàn lợn trên bốn "
     "tuần tuổi."),
    ("Bệnh Tai xanh (PRRS) đang xuất hiện tại 2 thôn, đề nghị bà con không bán chạy lợn ốm.",
     "Bệnh Tai xanh (pê e rờ e rờ ét) đang xuất hiện tại hai thôn, đề nghị bà con không bán "
     "chạy lợn ốm."),
    # first pass missed: loan words (poultry diseases)
    ("Tiêm phòng vắc xin Newcastle và Gumboro cho gà con từ 7 ngày tuổi.",
     "Tiêm phòng vắc xin niu cát xơn và gum bô rô cho gà con từ bảy ngày tuổi."),
    # medicines and vaccines
    # first pass missed: loan words (vaccines)
    ("Trẻ 2 tháng tuổi tiêm vắc xin 5 trong 1 Quinvaxem và uống vắc xin Rotavirus.",
     "Trẻ hai tháng tuổi tiêm vắc xin năm trong một quin va xem và uống vắc xin rô ta vi rút."),
    # first pass missed: the fallback (silent final e), loan words (medicines)
    ("Tẩy giun định kỳ cho trẻ bằng Albendazole hoặc Mebendazole theo hướng dẫn của cán bộ y "
     "tế.",
     "Tẩy giun định kỳ cho trẻ bằng an ben đa dôn hoặc mê ben đa dôn theo hướng dẫn của cán bộ "
     "y tế."),
    # first pass missed: the fallback (soft c, clusters), loan words (medicines)
    ("Người dân không tự ý dùng kháng sinh Amoxicillin, Tamiflu khi chưa có chỉ định của bác sĩ.",
     "Người dân không tự ý dùng kháng sinh a mốc xi xi lin, ta mi phờ lu khi chưa có chỉ định "
     "của bác sĩ."),
    ("Tiêm vắc xin HPV phòng ung thư cổ tử cung cho trẻ em gái từ 9 đến 14 tuổi.",
     "Tiêm vắc xin hát pê vê phòng ung thư cổ tử cung cho trẻ em gái từ chín đến mười bốn "
     "tuổi."),
    ("Tháng hành động quốc gia phòng, chống HIV/AIDS năm 2025.",
     "Tháng hành động quốc gia phòng, chống hát i vê ết năm hai nghìn không trăm hai mươi "
     "lăm."),
    # first pass missed, left to the abbreviations' family (i16d): 'WHO' after its own name
    ("Tổ chức Y tế Thế giới (WHO) khuyến cáo tiêm vắc xin cúm mùa hằng năm.",
     "Tổ chức Y tế Thế giới (vê kép hát ô) khuyến cáo tiêm vắc xin cúm mùa hằng năm."),
    # digital transformation
    ("Người dân kích hoạt tài khoản định danh điện tử VNeID mức độ 2 tại Công an xã.",
     "Người dân kích hoạt tài khoản định danh điện tử vê en e ai đi mức độ hai tại Công an xã."),
    ("Quét mã QR bằng ứng dụng Zalo để tham gia nhóm thông tin của thôn.",
     "Quét mã kiu a bằng ứng dụng da lô để tham gia nhóm thông tin của thôn."),
    ("Hội Nông dân hướng dẫn hội viên bán hàng qua livestream trên TikTok và Facebook.",
     "Hội Nông dân hướng dẫn hội viên bán hàng qua lai xờ trim trên tích tốc và phây búc."),
    # first pass missed: the fallback (final clusters), loan words (postal shops)
    ("Đưa sản phẩm OCOP của xã lên sàn thương mại điện tử Postmart, Voso và Shopee.",
     "Đưa sản phẩm ô cốp của xã lên sàn thương mại điện tử pốt mát, vô sô và sô pi."),
    ("Tổ công nghệ số cộng đồng hỗ trợ bà con cài đặt ứng dụng VssID và eTax Mobile trên "
     "smartphone.",
     "Tổ công nghệ số cộng đồng hỗ trợ bà con cài đặt ứng dụng vê ét ét ai đi và i tắc mô bai "
     "trên xờ mát phôn."),
    ("Nhà văn hóa thôn đã có wifi miễn phí, mật khẩu dán tại bảng tin.",
     "Nhà văn hóa thôn đã có oai phai miễn phí, mật khẩu dán tại bảng tin."),
    # first pass missed: brands written as words run together (ViettelPay, ZaloPay)
    ("Thanh toán không dùng tiền mặt qua ViettelPay, MoMo, ZaloPay hoặc VNPay.",
     "Thanh toán không dùng tiền mặt qua vi ét ten pây, mô mô, da lô pây hoặc vê en pây."),
    ("Mỗi hộ có ít nhất 1 thành viên biết dùng dịch vụ công trực tuyến, thanh toán online.",
     "Mỗi hộ có ít nhất một thành viên biết dùng dịch vụ công trực tuyến, thanh toán on lai."),
    ("Thông tin chi tiết xem trên website của UBND xã hoặc fanpage Tuổi trẻ xã Tân Lập.",
     "Thông tin chi tiết xem trên oép sai của ủy ban nhân dân xã hoặc phan pết Tuổi trẻ xã Tân "
     "Lập."),
    # first pass missed: the fallback (silent final e, 'ay'), loan words (app stores)
    ("Tải ứng dụng Bluezone từ App Store hoặc Google Play.",
     "Tải ứng dụng bờ lu dôn từ áp xờ to hoặc gu gồ pờ lây."),
    # scam warnings
    # first pass missed: loan words (banks)
    ("Cảnh giác với đối tượng giả danh nhân viên ngân hàng Vietcombank, Techcombank gửi đường "
     "link lạ qua tin nhắn SMS.",
     "Cảnh giác với đối tượng giả danh nhân viên ngân hàng việt com banh, téc com banh gửi đường"
     " lin lạ qua tin nhắn ét em ét."),
    # first pass: a convention only ('Phô rếch': a foreign o is 'ô', the capital kept)
    ("Không tham gia các nhóm đầu tư tiền ảo, sàn Forex trên Telegram hứa hẹn lợi nhuận cao.",
     "Không tham gia các nhóm đầu tư tiền ảo, sàn pho rếch trên tê lê gờ ram hứa hẹn lợi nhuận "
     "cao."),
    # first pass missed: loan words (scam words)
    ("Kẻ gian gọi video qua Messenger, dùng công nghệ Deepfake giả giọng người thân để vay "
     "tiền.",
     "Kẻ gian gọi vi đê ô qua mét xen giơ, dùng công nghệ đíp phây giả giọng người thân để vay "
     "tiền."),
    # fuels
    ("Từ 15 giờ ngày 20/11/2025, giá xăng E5 RON 92 giảm 250 đồng/lít.",
     "Từ mười lăm giờ ngày hai mươi tháng mười một năm hai nghìn không trăm hai mươi lăm, giá "
     "xăng e năm rôn chín mươi hai giảm hai trăm năm mươi đồng một lít."),
    # first pass missed: diesel (fallback), a fuel's sulphur grade (0,05S)
    ("Giá dầu diesel 0,05S là 18.990 đồng/lít, dầu hỏa 18.450 đồng/lít.",
     "Giá dầu đi ê den không phẩy không năm ét là mười tám nghìn chín trăm chín mươi đồng một "
     "lít, dầu hỏa mười tám nghìn bốn trăm năm mươi đồng một lít."),
    ("Các cửa hàng xăng dầu bán xăng sinh học E10 từ ngày 01/01/2026.",
     "Các cửa hàng xăng dầu bán xăng sinh học e mười từ ngày một tháng một năm hai nghìn không "
     "trăm hai mươi sáu."),
    # sports
    ("Giải bóng đá thiếu niên U13 khai mạc lúc 15h30 tại sân vận động xã.",
     "Giải bóng đá thiếu niên u mười ba khai mạc lúc mười lăm giờ ba mươi phút tại sân vận động "
     "xã."),
    # first pass missed: loan words (sports)
    ("Câu lạc bộ Pickleball của xã tuyển thêm hội viên, tập vào tối thứ 3 và thứ 5.",
     "Câu lạc bộ pích cơ bon của xã tuyển thêm hội viên, tập vào tối thứ ba và thứ năm."),
    # first pass missed: loan words (Cup)
    ("Đội tuyển Việt Nam gặp Thái Lan tại chung kết AFF Cup, tiền đạo Nguyễn Xuân Son ghi 2 bàn.",
     "Đội tuyển Việt Nam gặp Thái Lan tại chung kết a ép ép cúp, tiền đạo Nguyễn Xuân Son ghi "
     "hai bàn."),
    # first pass missed: loan words (sports: Futsal, SEA Games)
    ("Xã tổ chức giải chạy Marathon và thi đấu Futsal chào mừng SEA Games 33.",
     "Xã tổ chức giải chạy ma ra tông và thi đấu phút xan chào mừng xi ghêm ba mươi ba."),
    # first pass missed: loan words (sports)
    ("Lớp Aerobic và Yoga cho hội viên phụ nữ học miễn phí tại nhà văn hóa.",
     "Lớp e rô bíc và dô ga cho hội viên phụ nữ học miễn phí tại nhà văn hóa."),
    # tourism
    # first pass missed: loan words (tourism)
    ("Các hộ kinh doanh homestay đăng ký lưu trú cho khách du lịch qua ứng dụng ASM.",
     "Các hộ kinh doanh hôm xơ tây đăng ký lưu trú cho khách du lịch qua ứng dụng a ét em."),
    # first pass missed: loan words (tourism)
    ("Lễ hội có nhiều điểm check-in đẹp, tour trải nghiệm và khu cắm trại camping bên hồ.",
     "Lễ hội có nhiều điểm chéc in đẹp, tua trải nghiệm và khu cắm trại cam pinh bên hồ."),
    # first pass missed: international bodies said as words
    ("Nghệ thuật Xòe Thái được UNESCO ghi danh là Di sản văn hóa phi vật thể.",
     "Nghệ thuật Xòe Thái được u nét xờ cô ghi danh là Di sản văn hóa phi vật thể."),
    # foreign names in the news
    # first pass missed: the fallback (final clusters), names in the news
    ("Tổng thống Mỹ Donald Trump và Tổng thống Nga Vladimir Putin hội đàm qua điện thoại.",
     "Tổng thống Mỹ Đô nan Trăm và Tổng thống Nga Vờ la đi mia Pu tin hội đàm qua điện thoại."),
    # first pass missed, left: a Korean name ('sik' passes as a syllable)
    ("Huấn luyện viên Kim Sang-sik công bố danh sách đội tuyển U23 Việt Nam.",
     "Huấn luyện viên Kim Xang xích công bố danh sách đội tuyển u hai mươi ba Việt Nam."),
]  # fmt: skip
"""Batch 1: forty-two phrases of the family (farming, animal and human health, digital
transformation, scams, fuels, sports, tourism, the news), written before the reader ran."""

BATCH_TWO: list[tuple[str, str]] = [
    # farming, aquaculture, pesticides
    # first pass missed: a variety code read as a road (ĐT26)
    ("Trồng giống ngô LVN10, NK7328 và đậu tương ĐT26 trên đất bãi.",
     "Trồng giống ngô e lờ vê en mười, en ca bảy ba hai tám và đậu tương đê tê hai mươi sáu "
     "trên đất bãi."),
    ("Giống lúa Đài thơm 8 và RVT được khuyến cáo gieo sạ trong vụ Hè Thu.",
     "Giống lúa Đài thơm tám và e rờ vê tê được khuyến cáo gieo sạ trong vụ Hè Thu."),
    # first pass missed: the fallback (soft c)
    ("Nuôi tôm thẻ chân trắng theo quy trình VietGAP, dùng chế phẩm Bacillus xử lý nước.",
     "Nuôi tôm thẻ chân trắng theo quy trình việt gáp, dùng chế phẩm ba xi lút xử lý nước."),
    # first pass missed: the fallback (soft c, silent final e)
    ("Phun Validamycin hoặc Hexaconazole khi bệnh khô vằn chớm xuất hiện.",
     "Phun va li đa mi xin hoặc hê xa cô na dôn khi bệnh khô vằn chớm xuất hiện."),
    # first pass missed: the fallback (silent final e, qu)
    # expected reading corrected: a foreign o is 'ô'
    ("Không sử dụng thuốc diệt cỏ chứa hoạt chất Glyphosate và Paraquat đã bị cấm.",
     "Không sử dụng thuốc diệt cỏ chứa hoạt chất gờ li phô xát và pa ra quát đã bị cấm."),
    # first pass missed: the fallback (soft c, silent final e)
    ("Rắc vôi bột, phun thuốc sát trùng Benkocid, Han-Iodine quanh chuồng trại.",
     "Rắc vôi bột, phun thuốc sát trùng ben cô xít, han i ô đin quanh chuồng trại."),
    # expected reading corrected: 'kit', like 'chip', is kept as written
    ("Dùng kit test nhanh kiểm tra dư lượng thuốc bảo vệ thực vật trong rau.",
     "Dùng kit tét nhanh kiểm tra dư lượng thuốc bảo vệ thực vật trong rau."),
    # animals
    # first pass missed: the fallback (closed e, clusters), loan words (veterinary vaccines)
    ("Tiêm vắc xin Lepto và Parvo cho chó, mèo trước mùa mưa lũ.",
     "Tiêm vắc xin lép tô và pác vô cho chó, mèo trước mùa mưa lũ."),
    ("Bệnh viêm da nổi cục (LSD) trên trâu, bò lây qua muỗi, ruồi, ve.",
     "Bệnh viêm da nổi cục (e lờ ét dê) trên trâu, bò lây qua muỗi, ruồi, ve."),
    ("Bổ sung Vitamin C, men tiêu hóa và điện giải Oresol cho gia súc khi trời nắng nóng.",
     "Bổ sung vi ta min xê, men tiêu hóa và điện giải ô rê dôn cho gia súc khi trời nắng "
     "nóng."),
    # health
    ("Tiêm vắc xin Vero Cell mũi nhắc lại cho người trên 18 tuổi.",
     "Tiêm vắc xin vê rô xen mũi nhắc lại cho người trên mười tám tuổi."),
    # expected reading corrected: a letter on its own keeps its capital
    ("Trẻ từ 6 đến 36 tháng tuổi được uống Vitamin A liều cao.",
     "Trẻ từ sáu đến ba mươi sáu tháng tuổi được uống vi ta min A liều cao."),
    # first pass: a convention only ('In xu lin': s is 'x', the capital kept)
    ("Người bệnh đái tháo đường tiêm Insulin đúng giờ, đo đường huyết bằng máy test tại nhà.",
     "Người bệnh đái tháo đường tiêm in su lin đúng giờ, đo đường huyết bằng máy tét tại nhà."),
    ("Đeo khẩu trang N95 khi chăm sóc người bệnh lao.",
     "Đeo khẩu trang en chín mươi lăm khi chăm sóc người bệnh lao."),
    # first pass missed: the fallback (-er, doubled consonants)
    ("Bệnh viện tỉnh đã có máy chụp CT Scanner và MRI.",
     "Bệnh viện tỉnh đã có máy chụp xê tê xờ can nơ và em e rờ i."),
    # digital transformation
    ("Nộp hồ sơ trực tuyến trên Cổng Dịch vụ công quốc gia, nhận kết quả qua email.",
     "Nộp hồ sơ trực tuyến trên Cổng Dịch vụ công quốc gia, nhận kết quả qua i meo."),
    ("Đăng nhập bằng tài khoản VNeID, nhập mã OTP gửi về điện thoại.",
     "Đăng nhập bằng tài khoản vê en e ai đi, nhập mã ô tê pê gửi về điện thoại."),
    ("Phủ sóng 4G, 5G đến 100% thôn, bản trong năm nay.",
     "Phủ sóng bốn giê, năm giê đến một trăm phần trăm thôn, bản trong năm nay."),
    ("Lắp camera an ninh kết nối Internet tại các ngã ba, ngã tư.",
     "Lắp ca mê ra an ninh kết nối in tơ nét tại các ngã ba, ngã tư."),
    # first pass missed: the fallback (clusters, 'ea'), loan words (office software)
    # expected reading corrected: s is 'x'
    ("Học sinh học trực tuyến qua Zoom, Google Meet hoặc Microsoft Teams.",
     "Học sinh học trực tuyến qua dum, gu gồ mít hoặc mai cờ rô xốp tim."),
    # first pass missed: letters of technology ('AI' read as the word 'ai'), loan words (chatbot)
    ("Ứng dụng trí tuệ nhân tạo (AI) và chatbot trả lời thủ tục hành chính cho người dân.",
     "Ứng dụng trí tuệ nhân tạo (a i) và chát bốt trả lời thủ tục hành chính cho người dân."),
    # expected reading corrected: 'chip' is kept as written
    ("Chụp ảnh căn cước, quét chip trên điện thoại có NFC.",
     "Chụp ảnh căn cước, quét chip trên điện thoại có en ép xê."),
    ("Cài đặt ứng dụng Bảo hiểm xã hội số VssID, tra cứu quá trình đóng BHXH.",
     "Cài đặt ứng dụng Bảo hiểm xã hội số vê ét ét ai đi, tra cứu quá trình đóng bảo hiểm xã "
     "hội."),
    # scams
    ("Tuyệt đối không cài ứng dụng lạ có đuôi .apk do người lạ gửi qua Zalo.",
     "Tuyệt đối không cài ứng dụng lạ có đuôi chấm a pê ca do người lạ gửi qua da lô."),
    ("Đối tượng mạo danh nhân viên điện lực EVN đòi tiền điện, yêu cầu chuyển khoản.",
     "Đối tượng mạo danh nhân viên điện lực e vê en đòi tiền điện, yêu cầu chuyển khoản."),
    # first pass missed: the fallback (silent final e), loan words (like, share)
    ("Chiêu lừa tuyển cộng tác viên làm nhiệm vụ like, share trên TikTok, Shopee để nhận hoa "
     "hồng.",
     "Chiêu lừa tuyển cộng tác viên làm nhiệm vụ lai, se trên tích tốc, sô pi để nhận hoa "
     "hồng."),
    # first pass missed: loan words (banking)
    ("Không cung cấp mã PIN, mật khẩu Internet Banking cho bất kỳ ai.",
     "Không cung cấp mã pin, mật khẩu in tơ nét banh king cho bất kỳ ai."),
    # fuels
    ("Giá gas bán lẻ bình 12 kg tăng 10.000 đồng.",
     "Giá ga bán lẻ bình mười hai ki lô gam tăng mười nghìn đồng."),
    # first pass missed: a fuel grade (RON 95-III)
    ("Giá xăng RON 95-III là 21.050 đồng/lít.",
     "Giá xăng rôn chín mươi lăm ba là hai mươi mốt nghìn không trăm năm mươi đồng một lít."),
    # first pass missed: diesel (fallback)
    ("Dầu Mazut và dầu Diesel giảm nhẹ trong kỳ điều hành này.",
     "Dầu ma dút và dầu đi ê den giảm nhẹ trong kỳ điều hành này."),
    # first pass missed: brands written as words run together (VinFast)
    ("Trạm sạc xe điện VinFast được lắp đặt tại chợ trung tâm.",
     "Trạm sạc xe điện vin phát được lắp đặt tại chợ trung tâm."),
    # sports and tourism
    # first pass missed: names of places in the news (Paris)
    ("Vận động viên Nguyễn Thị Oanh giành vé dự Olympic Paris 2024.",
     "Vận động viên Nguyễn Thị Oanh giành vé dự ô lim pích Pa ri hai nghìn không trăm hai mươi "
     "tư."),
    # first pass missed: loan words (martial arts)
    ("Lớp học võ Karate và Taekwondo cho thiếu nhi khai giảng trong tháng 6.",
     "Lớp học võ ca ra tê và tê quôn đô cho thiếu nhi khai giảng trong tháng sáu."),
    # first pass missed: the fallback (doubled consonants)
    ("Sân tennis và sân cầu lông mở cửa phục vụ người dân từ 5h đến 21h.",
     "Sân ten nít và sân cầu lông mở cửa phục vụ người dân từ năm giờ đến hai mươi mốt giờ."),
    # first pass missed: the fallback (-tion, -sion), loan words (show)
    ("Tuần lễ Du lịch có chương trình Fashion show áo dài và đêm nhạc EDM.",
     "Tuần lễ Du lịch có chương trình phe sần sô áo dài và đêm nhạc e dê em."),
    # first pass missed: loan words (tourism)
    ("Du khách đặt phòng qua Booking, Agoda hoặc gọi hotline của ban tổ chức.",
     "Du khách đặt phòng qua búc king, a gô đa hoặc gọi hót lai của ban tổ chức."),
    # first pass missed: loan words (tourism; 'Kayak' passes as a syllable)
    ("Khu du lịch sinh thái có dịch vụ chèo thuyền Kayak và cắm trại Glamping.",
     "Khu du lịch sinh thái có dịch vụ chèo thuyền ca giắc và cắm trại gờ lam pinh."),
    ("Ngày hội văn hóa các dân tộc có Lễ hội Ka Tê của đồng bào Chăm.",
     "Ngày hội văn hóa các dân tộc có Lễ hội Ka Tê của đồng bào Chăm."),
    # the news
    # first pass missed: foreign names with accents (António)
    ("Tổng Thư ký Liên Hợp Quốc António Guterres kêu gọi ngừng bắn.",
     "Tổng Thư ký Liên Hợp Quốc An tô ni ô Gu tê rét kêu gọi ngừng bắn."),
    ("Thủ tướng Nhật Bản Shigeru Ishiba thăm chính thức Việt Nam.",
     "Thủ tướng Nhật Bản Si ghê ru I si ba thăm chính thức Việt Nam."),
    # first pass missed: the fallback (doubled consonants, -er); left: 'Miami'
    ("Cầu thủ Lionel Messi cùng đội Inter Miami sang thi đấu giao hữu.",
     "Cầu thủ Li ô nen Mét xi cùng đội In tơ Mai a mi sang thi đấu giao hữu."),
    # expected reading corrected: s is 'x'
    ("Bão Ragasa mạnh cấp 17, di chuyển vào Biển Đông.",
     "Bão Ra ga xa mạnh cấp mười bảy, di chuyển vào Biển Đông."),
]  # fmt: skip
"""Batch 2: forty-two more, written before the reader ran on them (and before batch 1 was
scored)."""

BATCH_THREE: list[tuple[str, str]] = [
    # first pass missed: variety codes written with a space (OM 429)
    # expected reading corrected: O is 'o'
    ("Khuyến cáo dùng giống lúa chịu mặn OM 18, OM 429 ở vùng ven biển.",
     "Khuyến cáo dùng giống lúa chịu mặn o em mười tám, o em bốn hai chín ở vùng ven biển."),
    # first pass missed: a variety's name and its number (Nhị ưu 838)
    ("Giống lúa nếp cái hoa vàng và giống lúa lai Nhị ưu 838 cho vụ Mùa.",
     "Giống lúa nếp cái hoa vàng và giống lúa lai Nhị ưu tám ba tám cho vụ Mùa."),
    # first pass missed: variety codes read as roads (KM94, HL-S11)
    ("Giống sắn KM94 và HL-S11 kháng bệnh khảm lá.",
     "Giống sắn ca em chín mươi tư và hát e lờ ét mười một kháng bệnh khảm lá."),
    # first pass missed: letters of farming institutes (WASI)
    ("Trồng cà phê giống TR4, TR9 theo hướng dẫn của Viện WASI.",
     "Trồng cà phê giống tê e rờ bốn, tê e rờ chín theo hướng dẫn của Viện oa si."),
    # first pass missed: the fallback (-er); expected reading corrected: DAP is 'đê a pê'
    ("Bón phân DAP, Super lân Lâm Thao và phân NPK Đầu Trâu cho cây ngô.",
     "Bón phân đê a pê, su pe lân Lâm Thao và phân en pê ca Đầu Trâu cho cây ngô."),
    # first pass missed: a formulation after three digits (800WG), loan words (pesticides)
    ("Phun thuốc Regent 800WG trừ sâu đục thân theo nguyên tắc 4 đúng.",
     "Phun thuốc rê gien tám trăm vê kép giê trừ sâu đục thân theo nguyên tắc bốn đúng."),
    ("Trồng ổi Đài Loan, bưởi Diễn và thanh long ruột đỏ đạt chuẩn GlobalGAP.",
     "Trồng ổi Đài Loan, bưởi Diễn và thanh long ruột đỏ đạt chuẩn gờ lô bồ gáp."),
    # first pass missed: the fallback (closed e)
    ("Đàn gà được tiêm vắc xin Marek ngay khi nở.",
     "Đàn gà được tiêm vắc xin ma réc ngay khi nở."),
    # first pass: a convention only (the capital kept)
    ("Chích ngừa bệnh Dại cho chó, mèo bằng vắc xin Rabisin.",
     "Chích ngừa bệnh Dại cho chó, mèo bằng vắc xin ra bi xin."),
    # first pass missed: the fallback (soft c, clusters)
    ("Kháng sinh Enrofloxacin, Tylosin chỉ dùng theo đơn của thú y.",
     "Kháng sinh en rô phờ lô xa xin, ti lô xin chỉ dùng theo đơn của thú y."),
    ("Bệnh Sởi đang gia tăng, trẻ chưa tiêm vắc xin MR cần tiêm bù ngay.",
     "Bệnh Sởi đang gia tăng, trẻ chưa tiêm vắc xin em e rờ cần tiêm bù ngay."),
    ("Phòng bệnh Tay chân miệng do virus EV71 gây ra.",
     "Phòng bệnh Tay chân miệng do vi rút e vê bảy mươi mốt gây ra."),
    ("Người có dấu hiệu sốt, ho, khó thở cần làm xét nghiệm test nhanh COVID-19.",
     "Người có dấu hiệu sốt, ho, khó thở cần làm xét nghiệm tét nhanh cô vít mười chín."),
    # first pass: a convention only (the capital kept)
    ("Uống thuốc hạ sốt Paracetamol 500 mg, không dùng Aspirin cho trẻ bị sốt xuất huyết.",
     "Uống thuốc hạ sốt pa ra xê ta mon năm trăm mi li gam, không dùng át pi rin cho trẻ bị sốt"
     " xuất huyết."),
    # first pass missed: letters of medicine (Rh)
    # expected reading corrected: a letter on its own keeps its capital
    ("Hiến máu tình nguyện, nhóm máu O và Rh âm đang thiếu.",
     "Hiến máu tình nguyện, nhóm máu O và e rờ hát âm đang thiếu."),
    ("Bà con tham gia nhóm Zalo của thôn để nhận thông báo nhanh nhất.",
     "Bà con tham gia nhóm da lô của thôn để nhận thông báo nhanh nhất."),
    # first pass missed: the fallback (final clusters)
    ("Tra cứu thông tin quy hoạch bằng bản đồ số trên Google Maps.",
     "Tra cứu thông tin quy hoạch bằng bản đồ số trên gu gồ máp."),
    # first pass missed: loan words (Outlook)
    ("Mỗi người dân có một hộp thư điện tử Gmail hoặc Outlook.",
     "Mỗi người dân có một hộp thư điện tử gờ meo hoặc ao lúc."),
    ("Học sinh được phát máy tính bảng, laptop để học online.",
     "Học sinh được phát máy tính bảng, láp tốp để học on lai."),
    # first pass missed: loan words (office software), brands run together (PowerPoint)
    ("Tổ chức lớp tập huấn kỹ năng số: dùng Word, Excel, PowerPoint cho cán bộ thôn.",
     "Tổ chức lớp tập huấn kỹ năng số: dùng uốt, ếch xeo, pao ơ poi cho cán bộ thôn."),
    ("Lắp đặt loa thông minh IP kết nối 4G cho 12 thôn.",
     "Lắp đặt loa thông minh i pê kết nối bốn giê cho mười hai thôn."),
    # first pass missed: brands written as words run together (VietQR)
    ("Chữ ký số, hóa đơn điện tử và mã VietQR giúp hộ kinh doanh bán hàng nhanh hơn.",
     "Chữ ký số, hóa đơn điện tử và mã việt kiu a giúp hộ kinh doanh bán hàng nhanh hơn."),
    ("Cảnh báo trang web giả mạo Cổng dịch vụ công yêu cầu cài app để nhận tiền hỗ trợ.",
     "Cảnh báo trang oép giả mạo Cổng dịch vụ công yêu cầu cài áp để nhận tiền hỗ trợ."),
    ("Đối tượng giả danh công an gọi qua Zalo, yêu cầu cập nhật định danh mức 2 trên đường "
     "link.",
     "Đối tượng giả danh công an gọi qua da lô, yêu cầu cập nhật định danh mức hai trên đường "
     "lin."),
    ("Lừa đảo bán vé máy bay giá rẻ qua Facebook, chuyển tiền xong bị chặn Messenger.",
     "Lừa đảo bán vé máy bay giá rẻ qua phây búc, chuyển tiền xong bị chặn mét xen giơ."),
    ("Sập bẫy đầu tư tiền ảo Bitcoin, USDT, người dân mất hàng trăm triệu đồng.",
     "Sập bẫy đầu tư tiền ảo bít coi, u ét dê tê, người dân mất hàng trăm triệu đồng."),
    ("Không mua SIM rác, không cho mượn tài khoản ngân hàng, ví điện tử.",
     "Không mua sim rác, không cho mượn tài khoản ngân hàng, ví điện tử."),
    ("Giá xăng E5 RON 92 là 20.250 đồng/lít, xăng RON 95 là 21.300 đồng/lít.",
     "Giá xăng e năm rôn chín mươi hai là hai mươi nghìn hai trăm năm mươi đồng một lít, xăng "
     "rôn chín mươi lăm là hai mươi mốt nghìn ba trăm đồng một lít."),
    # first pass missed, reported: letters of fuels (DO)
    ("Tàu cá sử dụng dầu DO phải có hóa đơn mua nhiên liệu.",
     "Tàu cá sử dụng dầu đê ô phải có hóa đơn mua nhiên liệu."),
    ("Bình gas mini loại 250g dễ phát nổ nếu để gần bếp than.",
     "Bình ga mi ni loại hai trăm năm mươi gam dễ phát nổ nếu để gần bếp than."),
    ("Đội tuyển Việt Nam vô địch ASEAN Cup 2024.",
     "Đội tuyển Việt Nam vô địch a xê an cúp hai nghìn không trăm hai mươi tư."),
    # first pass: a convention only (the capital kept); expected reading corrected to it
    ("Câu lạc bộ Bi-a và bóng bàn tổ chức giao lưu cuối tuần.",
     "Câu lạc bộ Bi a và bóng bàn tổ chức giao lưu cuối tuần."),
    # first pass: a convention only (the capital kept)
    ("Chương trình Zumba và dân vũ mỗi tối tại quảng trường.",
     "Chương trình dum ba và dân vũ mỗi tối tại quảng trường."),
    ("Hướng dẫn viên thuyết minh bằng tiếng Anh cho đoàn khách Tây balo.",
     "Hướng dẫn viên thuyết minh bằng tiếng Anh cho đoàn khách Tây ba lô."),
    # first pass: a convention only (the capital kept)
    ("Lễ hội Carnaval Hạ Long và Festival Hoa Đà Lạt thu hút đông du khách.",
     "Lễ hội ca na van Hạ Long và phét ti van Hoa Đà Lạt thu hút đông du khách."),
    # first pass missed: loan words (tourism)
    ("Làng nghề đón khách theo tour Farmstay, trải nghiệm cấy lúa, câu cá.",
     "Làng nghề đón khách theo tua phám xơ tây, trải nghiệm cấy lúa, câu cá."),
    # first pass missed: the fallback (clusters); left: 'Emmanuel' ('nuên')
    ("Tổng thống Pháp Emmanuel Macron thăm Hà Nội.",
     "Tổng thống Pháp Em ma nu en Ma cờ rông thăm Hà Nội."),
    # first pass missed: the fallback, names of places (Singapore); left: 'Taylor Swift'
    ("Ca sĩ Taylor Swift biểu diễn tại Singapore.",
     "Ca sĩ Tây lo Xuýp biểu diễn tại Xin ga po."),
    ("Sản phẩm cà phê của xã xuất khẩu sang Nhật Bản, Hàn Quốc và châu Âu (EU).",
     "Sản phẩm cà phê của xã xuất khẩu sang Nhật Bản, Hàn Quốc và châu Âu (e u)."),
    # first pass missed: international bodies said as words
    ("Hội nghị thượng đỉnh APEC 2027 tổ chức tại Phú Quốc.",
     "Hội nghị thượng đỉnh a pếch hai nghìn không trăm hai mươi bảy tổ chức tại Phú Quốc."),
]  # fmt: skip
"""Batch 3: forty phrases, written before the reader ran on them (and before batches 1 and 2
were scored)."""

KNOWN_MISSES = {
    "Tổ chức Y tế Thế giới (WHO)": "the abbreviations' family: 'WHO' after its own name",
    "Huấn luyện viên Kim Sang-sik": "a Korean name: 'sik' passes as a Vietnamese syllable",
    "Cầu thủ Lionel Messi": "'Miami' is said 'Mia mi'",
    "Tổng thống Pháp Emmanuel Macron": "'Emmanuel' is said 'Em ma nuên'",
    "Ca sĩ Taylor Swift": "'Taylor Swift' is said 'Tây lô Xờ uýp'",
}
"""Misses left after the fixes, each a name no class covers; they must stay misses until a
class fixes them (strict xfail), so the score below is honest."""

FIRST_PASS = {"BATCH_ONE": (42, 13, 2), "BATCH_TWO": (42, 15, 5), "BATCH_THREE": (40, 16, 6)}
"""Per batch: phrases, read right at the first pass, and read differently only by a convention
of the project (the capital of a word said in syllables, 'o'/'ô', 's'/'x', 'chip', 'kit')."""


def _cases() -> list[object]:
    cases: list[object] = []
    for name, batch in (("1", BATCH_ONE), ("2", BATCH_TWO), ("3", BATCH_THREE)):
        for i, (written, spoken) in enumerate(batch, 1):
            miss = next(
                (why for start, why in KNOWN_MISSES.items() if written.startswith(start)), None
            )
            marks = [pytest.mark.xfail(reason=miss, strict=True)] if miss else []
            cases.append(pytest.param(written, spoken, id=f"batch {name}-{i}", marks=marks))
    return cases


def test_the_batches_are_as_wide_as_written() -> None:
    batches = {"BATCH_ONE": BATCH_ONE, "BATCH_TWO": BATCH_TWO, "BATCH_THREE": BATCH_THREE}
    assert {name: len(batch) for name, batch in batches.items()} == {
        name: phrases for name, (phrases, _right, _convention) in FIRST_PASS.items()
    }
    assert len(KNOWN_MISSES) == 5


@pytest.mark.parametrize(("written", "spoken"), _cases())
def test_loan_words_brands_and_foreign_words_are_read_as_an_announcer_reads_them(
    written: str, spoken: str
) -> None:
    assert spoken_form(written) == spoken


# ----- the classes, each with instances the batches do not hold ----------
@pytest.mark.parametrize(
    ("word", "said"),
    [
        # a silent final e lengthens the vowel before it
        ("Nike", "Nai"), ("Jane", "Giên"), ("Stone", "Xờ tôn"),
        ("Metronidazole", "Mê trô ni đa dôn"),
        # a final -er is 'ơ'
        ("Tiger", "Ti gơ"), ("Center", "Xen tơ"),
        # a soft c, the u of qu
        ("Cefixime", "Xê phi xim"), ("Aquarius", "A qua riu"),
        # a final cluster keeps one consonant: a nasal over a stop
        ("Ronald", "Rô nan"), ("Kemp", "Kem"),
        # a doubled consonant closes one syllable and opens the next; ll, zz are said once
        ("Anna", "An na"), ("Lotte", "Lốt tê"), ("Pizza", "Pi da"),
        # a consonant and l or r open the next syllable together
        ("Tamiflu", "Ta mi phờ lu"),
        # a foreign name with accents: the letters said plain, no English rule
        ("José", "Giô xê"), ("Müller", "Mu lê"),
        # the storm names of the typhoon committee are read as before
        ("Kajiki", "Ca gi ki"), ("Yagi", "Da ghi"), ("Noru", "Nô ru"), ("Matmo", "Mát mô"),
        ("Wipha", "Uy pha"), ("Krathon", "Cờ ra thôn"), ("Lingling", "Linh linh"),
    ],
)  # fmt: skip
def test_english_spellings_are_said_as_announcers_say_them(word: str, said: str) -> None:
    assert transliterate(word) == said


@pytest.mark.parametrize("word", ["Hànội", "Nguyễnvăn", "Đắk", "Erdoğan"])
def test_a_word_with_vietnamese_marks_is_never_said_as_a_foreign_word(word: str) -> None:
    assert transliterate(word) is None


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("Phun Abamectin 1.8EC hoặc Fipronil trừ sâu.",
         "Phun a ba méc tin một phẩy tám e xê hoặc phi pờ rô nin trừ sâu."),
        ("Tiêm vắc xin Hexaxim, Gardasil, Synflorix.",
         "Tiêm vắc xin hếch xa xim, ga đa xin, xin phờ lo ríc."),
        ("Gà nhiễm Salmonella, Mycoplasma.", "Gà nhiễm xan mô nen la, mi cô pờ lát ma."),
        ("Ronaldo đến Tokyo dự World Cup.", "Rô nan đô đến Tô ki ô dự uơ cúp."),
        ("Lớp Judo, sân golf, khu resort.", "Lớp giu đô, sân gôn, khu ri dọt."),
        ("Đặt phòng qua Traveloka, chụp selfie.", "Đặt phòng qua tra vê lô ca, chụp xeo phi."),
        ("Khối NATO và FIFA.", "Khối na tô và phi pha."),
        ("Dùng Microsoft Word, Excel và ChatGPT.",
         "Dùng mai cờ rô xốp uốt, ếch xeo và chát giê pê tê."),
        ("Cảnh giác hacker, tiền crypto.", "Cảnh giác hắc cơ, tiền cờ ríp tô."),
        ("Ngân hàng Sacombank, VietinBank.", "Ngân hàng xa com banh, vi ét tin banh."),
        ("Hầm biogas, bão Tokage.", "Hầm bi ô ga, bão tô ca ghê."),
    ],
)  # fmt: skip
def test_loan_word_families_are_read_unreported(written: str, spoken: str) -> None:
    reading = read_aloud(written)
    assert (reading.spoken, reading.guessed) == (spoken, ())


def test_every_new_loan_word_is_said_in_vietnamese_syllables() -> None:
    """The shipped test checks the whole file; this one the families of this round."""
    for word in ("Trichoderma", "Quinvaxem", "NAVET-ASFVAC", "Pickleball", "homestay", "diesel"):
        said = spoken_form(word)
        assert all(is_vietnamese_syllable(s) for s in said.split()), (word, said)


@pytest.mark.parametrize(
    ("written", "spoken", "guessed"),
    [
        ("Chuyển khoản qua TPBank, MBBank, HDBank, SmartBanking.",
         "Chuyển khoản qua tê pê banh, em bê banh, hát dê banh, xờ mát banh king.", ()),
        ("Gửi hàng qua ViettelPost.", "Gửi hàng qua vi ét ten pốt.", ("ViettelPost",)),
        # letters in mixed case stay letters, and are reported
        ("Vắc xin mRNA, xác thực eKYC, vắc xin bOPV.",
         "Vắc xin em e rờ en a, xác thực e ca i dài xê, vắc xin bê o pê vê.",
         ("mRNA", "eKYC", "bOPV")),
    ],
)  # fmt: skip
def test_brands_written_as_words_run_together_are_read_word_by_word(
    written: str, spoken: str, guessed: tuple[str, ...]
) -> None:
    reading = read_aloud(written)
    assert (reading.spoken, reading.guessed) == (spoken, guessed)


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("Gieo giống lúa Bắc ưu 903 và ngô CP888.",
         "Gieo giống lúa Bắc ưu chín không ba và ngô xê pê tám tám tám."),
        ("Lúa OM 6976, lúa ST24 được giá.",
         "Lúa o em sáu chín bảy sáu, lúa ét tê hai mươi tư được giá."),
        ("Giống lạc L14 và đậu tương DT84.",
         "Giống lạc e lờ mười bốn và đậu tương dê tê tám mươi tư."),
        ("Giống sắn KM140 năng suất cao.", "Giống sắn ca em một bốn không năng suất cao."),
        ("Giống lúa Khang dân 18, giống ngô NK66.",
         "Giống lúa Khang dân mười tám, giống ngô en ca sáu mươi sáu."),
        # what is not a variety stays what it was
        ("Đi QL14 đến Km 94 rẽ vào ĐT 741.",
         "Đi quốc lộ mười bốn đến ki lô mét chín mươi tư rẽ vào đường tỉnh bảy trăm bốn mươi mốt."),
        ("Căn cứ Điều 138 Luật Đất đai.", "Căn cứ Điều một trăm ba mươi tám Luật Đất đai."),
        ("Phòng PC08 và PC07 Công an tỉnh.",
         "Phòng pê xê không tám và pê xê không bảy Công an tỉnh."),
        ("Hỗ trợ giống lúa cho 350 hộ.", "Hỗ trợ giống lúa cho ba trăm năm mươi hộ."),
        ("Giống lúa mới trên 500 ha.", "Giống lúa mới trên năm trăm héc ta."),
        ("Vụ Đông Xuân 2025 gieo giống lúa BC15.",
         "Vụ Đông Xuân hai nghìn không trăm hai mươi lăm gieo giống lúa bê xê mười lăm."),
        ("Giống lúa Thiên ưu 8 cấp cho 120 hộ.",
         "Giống lúa Thiên ưu tám cấp cho một trăm hai mươi hộ."),
    ],
)  # fmt: skip
def test_plant_varieties_are_read_by_their_names(written: str, spoken: str) -> None:
    assert spoken_form(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("Phun Nativo 750WG hoặc Amistar Top 325SC.",
         "Phun na ti vô bảy trăm năm mươi vê kép giê hoặc a mít ta tốp ba trăm hai mươi lăm ét "
         "xê."),
        ("Rắc Regent 0.3GR.", "Rắc rê gien không phẩy ba giê e rờ."),
        ("Xăng E10 RON 95-III, dầu DO 0,001S-V.",
         "Xăng e mười rôn chín mươi lăm ba, dầu đê ô không phẩy không không một ét năm."),
        # guards: network generations and loads stay codes
        ("Phủ sóng 4G, 5G và 3G.", "Phủ sóng bốn giê, năm giê và ba giê."),
    ],
)  # fmt: skip
def test_pesticide_formulations_and_fuel_grades(written: str, spoken: str) -> None:
    assert spoken_form(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("Ứng dụng AI, camera AI.", "Ứng dụng a i, ca mê ra a i."),
        ("Mạng IP, công nghệ IT, camera CCTV.", "Mạng i pê, công nghệ i tê, ca mê ra xê xê tê vê."),
        ("Giá gas LPG.", "Giá ga e lờ pê giê."),
        # in a heading in capitals they are words
        ("AI CŨNG ĐƯỢC.", "ai cũng được."),
        ("DO MƯA LỚN, ĐƯỜNG NGẬP", "do mưa lớn, đường ngập"),
    ],
)  # fmt: skip
def test_letters_of_technology_and_fuel_are_said_as_letters(written: str, spoken: str) -> None:
    assert spoken_form(written) == spoken


# ----- linear in its input ----------
HOSTILE = [
    "giống A1 ", "IR 1", "OM 1, ", "giống lúa Nhị 111 ", "1EC ", "1.1WG ", "RON 11-", "0,01S-",
    "ViettelPay", "AbAbAb ", "Newcastle ", "diesel ", "Xyzzyx ",
]  # fmt: skip


@pytest.mark.parametrize("unit", HOSTILE)
def test_reading_time_grows_linearly_with_the_new_rules(unit: str) -> None:
    """The same check as test_notice_reading's, for the patterns of this round."""
    small, large = unit * (10_000 // len(unit)), unit * (100_000 // len(unit))
    ratio = _reading_time(large) / max(_reading_time(small), 1e-3)
    assert ratio < 30, f"{unit!r}: 100 KB took {ratio:.0f}x as long as 10 KB"
