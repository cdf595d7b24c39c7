"""Vietnamese reading, fourth round: loan words, brands, foreign and technical words (issue 16,
Must have 6), and the report of what the reader had to guess (Must have 7).

Each batch was written with the readings a radio announcer says before the reader was run on
it; first-pass misses are marked where they stand (`# first pass missed: <class>`), and a
reading changed to the project's conventions (see /work/team/notes/i16c.md) is marked
`# expected reading corrected: <why>`."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

import pytest
from test_notice_reading import assert_reads_in_linear_time

from announcements.normalize import Reader, read_aloud, spoken_form
from announcements.syllables import is_vietnamese_syllable, transliterate

BATCH_ONE: list[tuple[str, str]] = [
    # farming: varieties, pesticides, fertilisers
    # first pass missed: a variety's number of three digits (TBR225)
    ("Bà con gieo cấy các giống lúa BC15, TBR225, Bắc thơm số 7 trong vụ Xuân năm 2026.",
     "Bà con gieo cấy các giống lúa bê xê mười lăm, tê bê e rờ hai hai năm, Bắc thơm số bảy "
     "trong vụ Xuân năm hai nghìn không trăm hai mươi sáu."),
    # first pass missed: variety codes written with a space (IR 50404, OM 5451)
    # O is 'ô' (round six's convention for letter names); IR is 'i rờ' (round 35's announcers)
    ("Giống lúa IR 50404 bị hạn chế xuất khẩu, khuyến cáo thay bằng OM 5451 và ST25.",
     "Giống lúa i rờ năm không bốn không bốn bị hạn chế xuất khẩu, khuyến cáo thay bằng ô em "
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
    # expected reading corrected three times: a foreign abbreviation after its Vietnamese name
    # was not read; it was said since rounds 68-70; a disease's is left out again since blind
    # rounds 93 and 94 (its letters undecodable)
    ("Bệnh Tai xanh (PRRS) đang xuất hiện tại 2 thôn, đề nghị bà con không bán chạy lợn ốm.",
     "Bệnh Tai xanh đang xuất hiện tại hai thôn, đề nghị bà con không bán chạy lợn ốm."),
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
    # first pass missed: 'WHO' after its own name is not said again
    ("Tổ chức Y tế Thế giới (WHO) khuyến cáo tiêm vắc xin cúm mùa hằng năm.",
     "Tổ chức Y tế Thế giới khuyến cáo tiêm vắc xin cúm mùa hằng năm."),
    # digital transformation
    ("Người dân kích hoạt tài khoản định danh điện tử VNeID mức độ 2 tại Công an xã.",
     "Người dân kích hoạt tài khoản định danh điện tử vê en e ai đi mức độ hai tại Công an xã."),
    ("Quét mã QR bằng ứng dụng Zalo để tham gia nhóm thông tin của thôn.",
     "Quét mã kiu a bằng ứng dụng da lô để tham gia nhóm thông tin của thôn."),
    ("Hội Nông dân hướng dẫn hội viên bán hàng qua livestream trên TikTok và Facebook.",
     "Hội Nông dân hướng dẫn hội viên bán hàng qua lai xờ trim trên tích tốc và phây búc."),
    # first pass missed: the fallback (final clusters), loan words (postal shops)
    ("Đưa sản phẩm OCOP của xã lên sàn thương mại điện tử Postmart, Voso và Shopee.",
     "Đưa sản phẩm ô cốp của xã lên sàn thương mại điện tử pốt mát, vô sô và sốp pi."),
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
     "Thông tin chi tiết xem trên oép sai của ủy ban nhân dân xã hoặc phen pết Tuổi trẻ xã Tân "
     "Lập."),
    # first pass missed: the fallback (silent final e, 'ay'), loan words (app stores)
    ("Tải ứng dụng Bluezone từ App Store hoặc Google Play.",
     "Tải ứng dụng bờ lu dôn từ áp xờ to hoặc gu gồ plây."),
    # scam warnings
    # first pass missed: loan words (banks)
    ("Cảnh giác với đối tượng giả danh nhân viên ngân hàng Vietcombank, Techcombank gửi đường "
     "link lạ qua tin nhắn SMS.",
     "Cảnh giác với đối tượng giả danh nhân viên ngân hàng việt com banh, tếch com banh gửi đường"
     " linh lạ qua tin nhắn ét em ét."),
    # first pass: a convention only ('Phô rếch': a foreign o is 'ô', the capital kept)
    ("Không tham gia các nhóm đầu tư tiền ảo, sàn Forex trên Telegram hứa hẹn lợi nhuận cao.",
     "Không tham gia các nhóm đầu tư tiền ảo, sàn pho rếch trên tê lê gờ ram hứa hẹn lợi nhuận "
     "cao."),
    # first pass missed: loan words (scam words)
    ("Kẻ gian gọi video qua Messenger, dùng công nghệ Deepfake giả giọng người thân để vay "
     "tiền.",
     "Kẻ gian gọi vi đê ô qua mét xen giơ, dùng công nghệ đíp phếch giả giọng người thân để vay "
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
     "Giải bóng đá thiếu niên u mười ba khai mạc lúc mười lăm giờ ba mươi tại sân vận động "
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
     "Các hộ kinh doanh hôm xờ tây đăng ký lưu trú cho khách du lịch qua ứng dụng a ét em."),
    # first pass missed: loan words (tourism)
    ("Lễ hội có nhiều điểm check-in đẹp, tour trải nghiệm và khu cắm trại camping bên hồ.",
     "Lễ hội có nhiều điểm chếch in đẹp, tua trải nghiệm và khu cắm trại cam pinh bên hồ."),
    # first pass missed: international bodies said as words
    ("Nghệ thuật Xòe Thái được UNESCO ghi danh là Di sản văn hóa phi vật thể.",
     "Nghệ thuật Xòe Thái được u nét cô ghi danh là Di sản văn hóa phi vật thể."),
    # foreign names in the news
    # first pass missed: the fallback (final clusters), names in the news
    ("Tổng thống Mỹ Donald Trump và Tổng thống Nga Vladimir Putin hội đàm qua điện thoại.",
     "Tổng thống Mỹ Đô nan Trăm và Tổng thống Nga Vờ la đi mia Pu tin hội đàm qua điện thoại."),
    # first pass missed: a Korean name ('sik' passed as a syllable), fixed in round five
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
    # expected reading corrected three times: a disease's foreign letters after its Vietnamese
    # name are left out again since blind rounds 93 and 94
    ("Bệnh viêm da nổi cục (LSD) trên trâu, bò lây qua muỗi, ruồi, ve.",
     "Bệnh viêm da nổi cục trên trâu, bò lây qua muỗi, ruồi, ve."),
    ("Bổ sung Vitamin C, men tiêu hóa và điện giải Oresol cho gia súc khi trời nắng nóng.",
     "Bổ sung vi ta min xê, men tiêu hóa và điện giải ô rê dôn cho gia súc khi trời nắng "
     "nóng."),
    # health
    ("Tiêm vắc xin Vero Cell mũi nhắc lại cho người trên 18 tuổi.",
     "Tiêm vắc xin vê rô xen mũi nhắc lại cho người trên mười tám tuổi."),
    # expected reading corrected: a letter on its own keeps its capital
    ("Trẻ từ 6 đến 36 tháng tuổi được uống Vitamin A liều cao.",
     "Trẻ từ sáu đến ba mươi sáu tháng tuổi được uống vi ta min a liều cao."),
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
     "Phủ sóng bốn gờ, năm gờ đến một trăm phần trăm thôn, bản trong năm nay."),
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
     "Chụp ảnh căn cước, quét chíp trên điện thoại có en ép xê."),
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
     "Chiêu lừa tuyển cộng tác viên làm nhiệm vụ lai, se trên tích tốc, sốp pi để nhận hoa "
     "hồng."),
    # first pass missed: loan words (banking)
    ("Không cung cấp mã PIN, mật khẩu Internet Banking cho bất kỳ ai.",
     "Không cung cấp mã pin, mật khẩu in tơ nét banh king cho bất kỳ ai."),
    # fuels
    ("Giá gas bán lẻ bình 12 kg tăng 10.000 đồng.",
     "Giá ga bán lẻ bình mười hai ki lô gam tăng mười nghìn đồng."),
    # first pass missed: a fuel grade (RON 95-III)
    ("Giá xăng RON 95-III là 21.050 đồng/lít.",
     "Giá xăng rôn chín mươi lăm mức ba là hai mươi mốt nghìn không trăm năm mươi đồng một lít."),
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
     "Tuần lễ Du lịch có chương trình phe sần sô áo dài và đêm nhạc e đê em."),
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
    # first pass missed: the fallback (doubled consonants, -er), 'Miami' (world news lexicon)
    ("Cầu thủ Lionel Messi cùng đội Inter Miami sang thi đấu giao hữu.",
     "Cầu thủ Li ô nen Mét xi cùng đội In tơ Mai a mi sang thi đấu giao hữu."),
    # expected reading corrected: s is 'x'
    ("Bão Ragasa mạnh cấp 17, di chuyển vào Biển Đông.",
     "Bão ra ga sa mạnh cấp mười bảy, di chuyển vào Biển Đông."),
]  # fmt: skip
"""Batch 2: forty-two more, written before the reader ran on them (and before batch 1 was
scored)."""

BATCH_THREE: list[tuple[str, str]] = [
    # first pass missed: variety codes written with a space (OM 429)
    # O is 'ô' (round six's convention for letter names)
    ("Khuyến cáo dùng giống lúa chịu mặn OM 18, OM 429 ở vùng ven biển.",
     "Khuyến cáo dùng giống lúa chịu mặn ô em mười tám, ô em bốn hai chín ở vùng ven biển."),
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
     "Hiến máu tình nguyện, nhóm máu ô và e rờ hát âm đang thiếu."),
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
     "Lắp đặt loa thông minh i pê kết nối bốn gờ cho mười hai thôn."),
    # first pass missed: brands written as words run together (VietQR)
    ("Chữ ký số, hóa đơn điện tử và mã VietQR giúp hộ kinh doanh bán hàng nhanh hơn.",
     "Chữ ký số, hóa đơn điện tử và mã việt kiu a giúp hộ kinh doanh bán hàng nhanh hơn."),
    ("Cảnh báo trang web giả mạo Cổng dịch vụ công yêu cầu cài app để nhận tiền hỗ trợ.",
     "Cảnh báo trang oép giả mạo Cổng dịch vụ công yêu cầu cài áp để nhận tiền hỗ trợ."),
    ("Đối tượng giả danh công an gọi qua Zalo, yêu cầu cập nhật định danh mức 2 trên đường "
     "link.",
     "Đối tượng giả danh công an gọi qua da lô, yêu cầu cập nhật định danh mức hai trên đường "
     "linh."),
    ("Lừa đảo bán vé máy bay giá rẻ qua Facebook, chuyển tiền xong bị chặn Messenger.",
     "Lừa đảo bán vé máy bay giá rẻ qua phây búc, chuyển tiền xong bị chặn mét xen giơ."),
    ("Sập bẫy đầu tư tiền ảo Bitcoin, USDT, người dân mất hàng trăm triệu đồng.",
     "Sập bẫy đầu tư tiền ảo bít coi, u ét đê tê, người dân mất hàng trăm triệu đồng."),
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
     "Làng nghề đón khách theo tua phám xờ tây, trải nghiệm cấy lúa, câu cá."),
    # first pass missed: the fallback (clusters); 'Emmanuel' ('nuên') fixed in round five
    ("Tổng thống Pháp Emmanuel Macron thăm Hà Nội.",
     "Tổng thống Pháp Ê ma nu en Ma cờ rông thăm Hà Nội."),
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

BATCH_FOUR: list[tuple[str, str]] = [
    ("Giống lúa Đài thơm 8, OM 18 và Nàng Hoa 9 phù hợp chân ruộng vàn.",
     "Giống lúa Đài thơm tám, ô em mười tám và Nàng Hoa chín phù hợp chân ruộng vàn."),
    # first pass missed: a variety's number with a leading zero (J02)
    ("Vụ Mùa năm 2026, xã đưa giống lúa J02 và lúa thơm HT1 vào sản xuất.",
     "Vụ Mùa năm hai nghìn không trăm hai mươi sáu, xã đưa giống lúa gi không hai và lúa thơm "
     "hát tê một vào sản xuất."),
    ("Giống ngô lai DK9955 và NK4300 chịu hạn tốt.",
     "Giống ngô lai đê ca chín chín năm năm và en ca bốn ba không không chịu hạn tốt."),
    ("Phun Amistar Top 325SC phòng bệnh đạo ôn cổ bông.",
     "Phun a mít ta tốp ba trăm hai mươi lăm ét xê phòng bệnh đạo ôn cổ bông."),
    ("Dùng bẫy dính màu vàng và chế phẩm Metarhizium trừ bọ hà khoai lang.",
     "Dùng bẫy dính màu vàng và chế phẩm mê ta ri di um trừ bọ hà khoai lang."),
    # first pass: a convention only (the capital kept); expected reading corrected to it
    ("Thuốc trừ ốc bươu vàng Niclosamide chỉ được rải khi ruộng còn nước.",
     "Thuốc trừ ốc bươu vàng Ni cờ lô xa mít chỉ được rải khi ruộng còn nước."),
    # first pass missed: loan words (fertiliser brands; 'ow' said 'ao')
    ("Bón phân hữu cơ Sông Gianh và phân bón lá Growmore cho cây có múi.",
     "Bón phân hữu cơ Sông Gianh và phân bón lá gờ rô mo cho cây có múi."),
    # first pass missed: a variety code in mixed case glued to its number (Ri6)
    ("Cây sầu riêng Ri6 và Monthong cần tưới đủ ẩm mùa khô.",
     "Cây sầu riêng ri sáu và môn thong cần tưới đủ ẩm mùa khô."),
    # first pass: a convention only (the capital kept); expected reading corrected to it
    ("Phun khử trùng chuồng trại bằng Povidine hoặc Virkon S.",
     "Phun khử trùng chuồng trại bằng Pô vi đin hoặc Vi côn ét."),
    # first pass: a convention only (a letter on its own keeps its capital); corrected
    ("Vắc xin Tụ huyết trùng và vắc xin LMLM type O được cấp miễn phí.",
     "Vắc xin Tụ huyết trùng và vắc xin lở mồm long móng típ ô được cấp miễn phí."),
    # first pass: a convention only (the capital kept); expected reading corrected to it
    ("Gà bị bệnh Coryza (sổ mũi truyền nhiễm) cần cách ly.",
     "Gà bị bệnh Cô ri da (sổ mũi truyền nhiễm) cần cách ly."),
    # first pass missed: the fallback (-yte, a consonant and l after m: 'complex')
    # expected reading corrected: an open foreign e is 'ê', the capital kept
    ("Cho lợn uống Electrolytes và Vitamin B-complex khi trời nóng.",
     "Cho lợn uống Ê léc trô lít và vi ta min bê com pléc khi trời nóng."),
    # first pass: a convention only (the capital kept); expected reading corrected to it
    ("Tiêm vắc xin phòng cúm Vaxigrip Tetra cho người cao tuổi.",
     "Tiêm vắc xin phòng cúm vác xi gờ ríp Tê tra cho người cao tuổi."),
    # first pass missed: loan words (medicines); expected reading corrected: the capital
    ("Không tự ý dùng thuốc Dexamethasone, Prednisolone để giảm đau khớp.",
     "Không tự ý dùng thuốc đê xa mê ta dôn, Pờ rét ni xô lôn để giảm đau khớp."),
    # first pass missed: loan words (medicines)
    ("Bệnh nhân lao uống thuốc Rifampicin đủ 6 tháng.",
     "Bệnh nhân lao uống thuốc ri phăm pi xin đủ sáu tháng."),
    # first pass: a convention only (the capital kept); expected reading corrected to it
    ("Sàng lọc ung thư vú bằng siêu âm và chụp X-quang tuyến vú (Mammography).",
     "Sàng lọc ung thư vú bằng siêu âm và chụp ích quang tuyến vú (Mam mô gờ ra phi)."),
    # first pass missed: loan words (nutrition)
    ("Phát sữa Pediasure và đa vi chất Vitamin D3 cho trẻ suy dinh dưỡng.",
     "Phát sữa pê đi a su và đa vi chất vi ta min đê ba cho trẻ suy dinh dưỡng."),
    # first pass missed: loan words (tax portals)
    ("Nộp thuế qua ứng dụng eTax Mobile hoặc cổng thuế điện tử iCanhan.",
     "Nộp thuế qua ứng dụng i tắc mô bai hoặc cổng thuế điện tử ai cá nhân."),
    ("Tải ứng dụng SmartCA để ký số hồ sơ trực tuyến.",
     "Tải ứng dụng xờ mát xê a để ký số hồ sơ trực tuyến."),
    # first pass: a convention only (the capital kept); expected reading corrected to it
    ("Người dân có thể đặt lịch khám qua Zalo Mini App của bệnh viện.",
     "Người dân có thể đặt lịch khám qua da lô Mi ni áp của bệnh viện."),
    ("Mất sóng Wi-Fi, bà con khởi động lại modem và router.",
     "Mất sóng oai phai, bà con khởi động lại mô đem và rao tơ."),
    ("Đăng ký tài khoản Gmail, đặt mật khẩu mạnh và bật xác thực 2 lớp.",
     "Đăng ký tài khoản gờ meo, đặt mật khẩu mạnh và bật xác thực hai lớp."),
    ("Xem trực tiếp phiên họp trên kênh YouTube và fanpage của xã.",
     "Xem trực tiếp phiên họp trên kênh diu túp và phen pết của xã."),
    # first pass missed: brands run together shaped like syllables without a tone (CapCut)
    ("Lớp bình dân học vụ số hướng dẫn dùng Canva và CapCut làm video quảng bá sản phẩm.",
     "Lớp bình dân học vụ số hướng dẫn dùng can va và cáp cắt làm vi đê ô quảng bá sản phẩm."),
    ("Trạm BTS của Viettel được lắp đặt tại thôn 4.",
     "Trạm bê tê ét của vi ét ten được lắp đặt tại thôn bốn."),
    ("Cảnh báo ứng dụng giả mạo VNeID yêu cầu quét khuôn mặt, chụp CCCD.",
     "Cảnh báo ứng dụng giả mạo vê en e ai đi yêu cầu quét khuôn mặt, chụp căn cước công dân."),
    ("Chiêu trò việc nhẹ lương cao trên Telegram, Facebook và Zalo.",
     "Chiêu trò việc nhẹ lương cao trên tê lê gờ ram, phây búc và da lô."),
    ("Kẻ gian giả danh nhân viên Shopee, Lazada gọi báo hoàn tiền đơn hàng.",
     "Kẻ gian giả danh nhân viên sốp pi, la da đa gọi báo hoàn tiền đơn hàng."),
    ("Không chuyển tiền cho tài khoản lạ qua ví MoMo, ShopeePay.",
     "Không chuyển tiền cho tài khoản lạ qua ví mô mô, sốp pi pây."),
    # first pass missed: loan words (exchanges)
    ("Sàn đầu tư tiền ảo USDT, Binance là kênh lừa đảo phổ biến.",
     "Sàn đầu tư tiền ảo u ét đê tê, bai nen là kênh lừa đảo phổ biến."),
    ("Giá xăng E5 RON 92-II giảm 300 đồng, xăng RON 95-III giảm 320 đồng.",
     "Giá xăng e năm rôn chín mươi hai mức hai giảm ba trăm đồng, xăng rôn chín mươi lăm mức "
     "ba giảm ba trăm hai mươi đồng."),
    ("Dầu diesel 0,001S-V tăng 150 đồng/lít.",
     "Dầu đi ê den không phẩy không không một ét mức năm tăng một trăm năm mươi đồng một lít."),
    ("Ngư dân được hỗ trợ tiền dầu DO cho mỗi chuyến biển.",
     "Ngư dân được hỗ trợ tiền dầu đê ô cho mỗi chuyến biển."),
    ("Giải bóng chuyền hơi và Futsal mừng Xuân Bính Ngọ.",
     "Giải bóng chuyền hơi và phút xan mừng Xuân Bính Ngọ."),
    # first pass missed: loan words (football); expected reading corrected: the capital
    ("Đội bóng đá U15 của xã giành cúp vô địch giải Mini football huyện.",
     "Đội bóng đá u mười lăm của xã giành cúp vô địch giải Mi ni phút bon huyện."),
    # first pass missed: loan words (tourism: massage, buffet)
    ("Khu du lịch có dịch vụ Spa, Massage chân và Buffet hải sản.",
     "Khu du lịch có dịch vụ xờ pa, mát xa chân và búp phê hải sản."),
    # first pass missed: loan words (Fansipan)
    # expected reading corrected: a loan word opens the sentence in lower case, a name's capitals
    ("Tour trekking chinh phục đỉnh Fansipan kéo dài 2 ngày.",
     "Tua trếch king chinh phục đỉnh Phan Xi Păng kéo dài hai ngày."),
    # first pass missed: the fallback (i_e), loan words; expected reading corrected: capital
    ("Lễ hội có hoạt động Teambuilding và đốt lửa trại Campfire.",
     "Lễ hội có hoạt động tim biu đinh và đốt lửa trại Cam phai."),
    # first pass missed: the fallback (a consonant and r after n)
    ("Thủ tướng Ấn Độ Narendra Modi thăm Việt Nam.",
     "Thủ tướng Ấn Độ Na ren đờ ra Mô đi thăm Việt Nam."),
    ("Bão Wipha đổ bộ vào vịnh Bắc Bộ, gió mạnh cấp 10.",
     "Bão vi pha đổ bộ vào vịnh Bắc Bộ, gió mạnh cấp mười."),
    # first pass missed: the fallback (a doubled vowel); 'Erling' ('Ê linh') fixed in round five
    ("Tiền đạo Erling Haaland ghi bàn cho Manchester City.",
     "Tiền đạo Ơ linh Ha lan ghi bàn cho Man chét tơ xi ti."),
    # first pass missed: names of countries
    ("Đại sứ quán Australia trao học bổng cho học sinh nghèo.",
     "Đại sứ quán Ô xờ trây li a trao học bổng cho học sinh nghèo."),
]  # fmt: skip
"""Batch 4: forty-two phrases written after the fixes of batches 1-3, before the reader ran on
them: the honest figure for words no batch had shown."""


BATCH_FIVE: list[tuple[str, str]] = [
    # first pass right: loan words in a heading in capitals
    ("THÔNG BÁO: CẢNH GIÁC LỪA ĐẢO QUA ZALO, FACEBOOK VÀ TELEGRAM",
     "thông báo: cảnh giác lừa đảo qua da lô, phây búc và tê lê gờ ram"),
    ("HƯỚNG DẪN CÀI ĐẶT VNEID MỨC ĐỘ 2",
     "hướng dẫn cài đặt vê en e ai đi mức độ hai"),
    # first pass: a convention only (the capital kept); expected reading corrected to it
    ("Tuyệt đối không nuôi chó Pitbull thả rông trong khu dân cư.",
     "Tuyệt đối không nuôi chó Pít bun thả rông trong khu dân cư."),
    ("Lắp aptomat chống giật cho hệ thống điện trong nhà.",
     "Lắp áp tô mát chống giật cho hệ thống điện trong nhà."),
    ("Dùng ống nhựa HDPE dẫn nước sạch về các hộ dân.",
     "Dùng ống nhựa hát đê pê e dẫn nước sạch về các hộ dân."),
    ("Công trình dùng xi măng PCB40 và thép CB300.",
     "Công trình dùng xi măng pê xê bê bốn mươi và thép xê bê ba trăm."),
    # first pass: a convention only (the capital kept); expected reading corrected to it
    ("Khử trùng nước giếng bằng Cloramin B hoặc nước Javen.",
     "Khử trùng nước giếng bằng cờ lo ra min bê hoặc nước Gia ven."),
    # first pass: a convention only (the capital kept), reported (Violympic, IOE)
    ("Học sinh đạt giải cuộc thi Violympic Toán và IOE tiếng Anh.",
     "Học sinh đạt giải cuộc thi vi ô lim pích Toán và i ô e tiếng Anh."),
    # first pass missed: acronyms said as words (STEM), loan words (Robotics)
    ("Trường tổ chức câu lạc bộ STEM và lớp Robotics cho học sinh.",
     "Trường tổ chức câu lạc bộ xờ tem và lớp rô bốt tích cho học sinh."),
    # first pass missed: acronyms said as words (TOEIC, IELTS)
    ("Thi chứng chỉ TOEIC, IELTS tại trung tâm ngoại ngữ huyện.",
     "Thi chứng chỉ tô ích, ai en tại trung tâm ngoại ngữ huyện."),
    # first pass missed: loan words (ePass; VETC reported)
    ("Xe ô tô qua trạm thu phí không dừng cần dán thẻ ePass hoặc VETC.",
     "Xe ô tô qua trạm thu phí không dừng cần dán thẻ i pát hoặc vê e tê xê."),
    # first pass missed, left: 'Be' (a Vietnamese shape); 'SM' reported, now a loan word
    ("Tài xế xe công nghệ Grab, Be, Xanh SM phải có phù hiệu.",
     "Tài xế xe công nghệ gờ ráp, bi, Xanh ét em phải có phù hiệu."),
    # first pass: a convention only (the capital kept); expected reading corrected to it
    ("Trồng cỏ VA06 và cỏ Mulato làm thức ăn cho bò.",
     "Trồng cỏ vê a không sáu và cỏ Mu la tô làm thức ăn cho bò."),
    ("Nuôi gà Ai Cập, gà Lương Phượng và vịt Super M.",
     "Nuôi gà Ai Cập, gà Lương Phượng và vịt su pơ em."),
    # first pass missed: loan words (livestock breeds)
    ("Bò lai Brahman, Red Angus cho năng suất thịt cao.",
     "Bò lai bờ ra man, rét an gút cho năng suất thịt cao."),
    # first pass missed: loan words (livestock breeds)
    ("Lợn giống Landrace, Yorkshire và Duroc được tiêm phòng đủ.",
     "Lợn giống lan rát, i oóc sai và đu rốc được tiêm phòng đủ."),
    # first pass missed: loan words (insecticides: 'per-' is 'péc')
    ("Phun thuốc diệt muỗi Permethrin tại các ổ dịch sốt xuất huyết.",
     "Phun thuốc diệt muỗi péc mê trin tại các ổ dịch sốt xuất huyết."),
    # first pass: a convention only (the capital kept); now a loan word
    ("Người bị tăng huyết áp uống Amlodipine đều đặn mỗi ngày.",
     "Người bị tăng huyết áp uống am lô đi pin đều đặn mỗi ngày."),
    # first pass missed: loan words (medical devices)
    ("Trạm y tế có máy đo SpO2 và máy khí dung Nebulizer.",
     "Trạm y tế có máy đo ét pê ô hai và máy khí dung nê bu lai dơ."),
    ("Tiêm vắc xin phòng dại Verorab theo phác đồ 4 mũi.",
     "Tiêm vắc xin phòng dại vê rô ráp theo phác đồ bốn mũi."),
    ("Đăng ký khám bệnh qua ứng dụng VNeID hoặc Zalo OA của bệnh viện.",
     "Đăng ký khám bệnh qua ứng dụng vê en e ai đi hoặc da lô ô a của bệnh viện."),
    # first pass: a convention only (the capital kept); now a loan word
    ("Hướng dẫn bà con dùng Google Lens tra cứu sâu bệnh trên cây trồng.",
     "Hướng dẫn bà con dùng gu gồ len tra cứu sâu bệnh trên cây trồng."),
    # first pass missed: loan words (Mall)
    ("Hợp tác xã bán nông sản trên TikTok Shop và Shopee Mall.",
     "Hợp tác xã bán nông sản trên tích tốc sóp và sốp pi mon."),
    ("Hộ kinh doanh dùng máy POS, quét mã QR để thanh toán.",
     "Hộ kinh doanh dùng máy pê ô ét, quét mã kiu a để thanh toán."),
    # first pass: a convention only (the capital kept); now a loan word
    ("Cảnh giác tin nhắn giả mạo Brandname của ngân hàng, có chứa đường link.",
     "Cảnh giác tin nhắn giả mạo bờ ran nêm của ngân hàng, có chứa đường linh."),
    # first pass missed: brand parts shaped like syllables ('Team'), loan words
    ("Đối tượng dùng ứng dụng AnyDesk, TeamViewer để chiếm quyền điều khiển điện thoại.",
     "Đối tượng dùng ứng dụng e ni đét, tim viu ơ để chiếm quyền điều khiển điện thoại."),
    ("Không cài các app cho vay nặng lãi, app đầu tư online.",
     "Không cài các áp cho vay nặng lãi, áp đầu tư on lai."),
    ("Bảo vệ tài khoản Facebook bằng xác thực hai yếu tố (2FA).",
     "Bảo vệ tài khoản phây búc bằng xác thực hai yếu tố (hai ép a)."),
    # first pass: a convention only (the capital kept); now a loan word
    ("Giá gas Petrolimex bình 12 kg là 480.000 đồng.",
     "Giá ga pê trô li mếch bình mười hai ki lô gam là bốn trăm tám mươi nghìn đồng."),
    # first pass: a convention only (the capital kept); now a loan word
    ("Cửa hàng xăng dầu Petrolimex số 5 mở cửa 24/24.",
     "Cửa hàng xăng dầu pê trô li mếch số năm mở cửa hai mươi tư trên hai mươi tư."),
    # first pass missed: a model's name glued to its number (Evo200)
    # expected reading corrected: an open foreign e is 'ê'
    ("Xe máy điện VinFast Evo200 được hỗ trợ thay pin miễn phí.",
     "Xe máy điện vin phát ê vô hai trăm được hỗ trợ thay pin miễn phí."),
    # first pass missed, left: 'Ribbon' ('Ríp bôn'), the capitals
    ("Giải chạy Pink Ribbon vì phụ nữ mắc ung thư vú.",
     "Giải chạy pinh ríp bơn vì phụ nữ mắc ung thư vú."),
    # first pass missed: loan words (Asian Cup)
    ("Đội tuyển bóng đá nữ Việt Nam dự vòng loại Asian Cup.",
     "Đội tuyển bóng đá nữ Việt Nam dự vòng loại ây xần cúp."),
    # first pass: a convention only (the capital kept); expected reading corrected to it
    ("Lễ hội Hoa Ban có chương trình Live show của các ca sĩ.",
     "Lễ hội Hoa Ban có chương trình lai sô của các ca sĩ."),
    ("Du khách check-in tại cầu kính, đồi chè và khu Glamping.",
     "Du khách chếch in tại cầu kính, đồi chè và khu gờ lam pinh."),
    # first pass: a convention only (the capital kept); expected reading corrected to it
    ("Đặt vé tham quan qua Traveloka hoặc Klook.",
     "Đặt vé tham quan qua tra vê lô ca hoặc Cờ lúc."),
    # first pass missed: a closed 'ia' is two syllables (Subianto), names of countries
    # 'Prabowo' (world news lexicon)
    ("Tổng thống Indonesia Prabowo Subianto thăm Hà Nội.",
     "Tổng thống In đô nê xi a Pờ ra bô vô Xu bi an tô thăm Hà Nội."),
    # first pass missed, left: 'Jack' ('Giác'), 'M-TP' (abbreviations: TP read 'thành phố')
    ("Ca sĩ Jack và Sơn Tùng M-TP biểu diễn tại lễ hội.",
     "Ca sĩ Giắc và Sơn Tùng em tê pê biểu diễn tại lễ hội."),
    # first pass missed: acronyms said as words (USAID)
    ("Liên hợp quốc và tổ chức USAID tài trợ dự án nước sạch.",
     "Liên hợp quốc và tổ chức u ét ết tài trợ dự án nước sạch."),
    # first pass missed: acronyms said as words (JICA)
    ("Dự án của JICA (Nhật Bản) hỗ trợ xây cầu dân sinh.",
     "Dự án của gi ca (Nhật Bản) hỗ trợ xây cầu dân sinh."),
]  # fmt: skip
"""Batch 5: forty phrases written after the fixes of batch 4, before the reader ran on them."""


BATCH_SIX: list[tuple[str, str]] = [
    # first pass missed: loan words (city apps: iHanoi)
    ("Bà con tải ứng dụng iHanoi để phản ánh hiện trường.",
     "Bà con tải ứng dụng ai Hà Nội để phản ánh hiện trường."),
    ("Chương trình khuyến mãi của MobiFone: tặng 5GB data khi nạp thẻ.",
     "Chương trình khuyến mãi của mô bi phôn: tặng năm giê bê đa ta khi nạp thẻ."),
    # first pass missed: loan words ('My' is shaped like a Vietnamese syllable)
    ("Hướng dẫn đổi mật khẩu Wi-Fi trên modem Viettel qua ứng dụng My Viettel.",
     "Hướng dẫn đổi mật khẩu oai phai trên mô đem vi ét ten qua ứng dụng mai vi ét ten."),
    ("Gửi hồ sơ qua bưu điện VNPost hoặc dịch vụ chuyển phát nhanh EMS.",
     "Gửi hồ sơ qua bưu điện vê en pốt hoặc dịch vụ chuyển phát nhanh e em ét."),
    # first pass missed: loan words (Mobile Money)
    ("Nhận tiền trợ cấp qua tài khoản ngân hàng hoặc ví Mobile Money.",
     "Nhận tiền trợ cấp qua tài khoản ngân hàng hoặc ví mô bai mơ ni."),
    ("Cảnh báo cuộc gọi giả danh Bộ Công an yêu cầu tải app qua CH Play.",
     "Cảnh báo cuộc gọi giả danh Bộ Công an yêu cầu tải áp qua xê hát plây."),
    ("Không quét mã QR lạ dán tại cây ATM hoặc bãi gửi xe.",
     "Không quét mã kiu a lạ dán tại cây a tê em hoặc bãi gửi xe."),
    ("Xã triển khai mô hình Camera AI giám sát an ninh trật tự.",
     "Xã triển khai mô hình ca mê ra a i giám sát an ninh trật tự."),
    # first pass missed: the fallback (a soft g: Gemini); expected reading corrected: the capital
    ("Tập huấn cho Tổ công nghệ số cộng đồng về kỹ năng dùng ChatGPT và Gemini.",
     "Tập huấn cho Tổ công nghệ số cộng đồng về kỹ năng dùng chát giê pê tê và Giê mi ni."),
    # first pass missed: loan words (VietGAHP)
    ("Trang trại nuôi gà theo chuẩn VietGAHP và cấp mã QR truy xuất nguồn gốc.",
     "Trang trại nuôi gà theo chuẩn việt gáp và cấp mã kiu a truy xuất nguồn gốc."),
    ("Phun thuốc Kasumin 2SL trừ bệnh bạc lá lúa.",
     "Phun thuốc ca xu min hai ét e lờ trừ bệnh bạc lá lúa."),
    ("Rải thuốc Basudin 10GR trừ sâu đục thân ngô.",
     "Rải thuốc ba xu đin mười giê e rờ trừ sâu đục thân ngô."),
    ("Bón vôi và phân lân nung chảy Văn Điển, không bón Urê khi lúa trổ.",
     "Bón vôi và phân lân nung chảy Văn Điển, không bón u rê khi lúa trổ."),
    ("Cấp giống lúa Bắc Thịnh, TBR97 và nếp N98 cho các hộ.",
     "Cấp giống lúa Bắc Thịnh, tê bê e rờ chín mươi bảy và nếp en chín mươi tám cho các hộ."),
    # first pass missed: names of countries (Israel)
    ("Mô hình trồng dưa lưới trong nhà màng công nghệ Israel.",
     "Mô hình trồng dưa lưới trong nhà màng công nghệ I xờ ra en."),
    # first pass: a convention only (the capital kept); expected reading corrected to it
    ("Lắp hệ thống tưới nhỏ giọt Netafim cho vườn cà phê.",
     "Lắp hệ thống tưới nhỏ giọt Nê ta phim cho vườn cà phê."),
    # first pass: a convention only (the capital kept, o is 'ô'); corrected to it
    ("Tiêm vắc xin Lở mồm long móng Aftopor cho trâu bò.",
     "Tiêm vắc xin Lở mồm long móng Áp tô pô cho trâu bò."),
    ("Bệnh Dịch tả lợn châu Phi do virus ASFV gây ra, chưa có thuốc điều trị.",
     "Bệnh Dịch tả lợn châu Phi do vi rút a ét ép vê gây ra, chưa có thuốc điều trị."),
    # first pass missed: loan words (disinfectants)
    ("Sát trùng bằng vôi bột, Benkocid hoặc Glutaraldehyde.",
     "Sát trùng bằng vôi bột, ben cô xít hoặc gờ lu ta an đê hít."),
    # first pass: a convention only (the capital kept, o is 'ô'); corrected to it
    ("Cán bộ thú y hướng dẫn sử dụng kháng sinh Florfenicol đúng liều.",
     "Cán bộ thú y hướng dẫn sử dụng kháng sinh Phờ lo phê ni côn đúng liều."),
    ("Người dân đến TYT tiêm vắc xin phòng bệnh Bạch hầu (DPT).",
     "Người dân đến trạm y tế tiêm vắc xin phòng bệnh Bạch hầu (đê pê tê)."),
    # first pass: a convention only (capitals, an open e is 'ê', 'ic' is 'ích'); corrected
    ("Uống viên sắt Ferrovit và Acid folic trong thai kỳ.",
     "Uống viên sắt Phê rô vít và A xít phô lích trong thai kỳ."),
    # first pass missed: loan words (Lifebuoy)
    ("Dùng dung dịch sát khuẩn tay Lifebuoy hoặc cồn 70 độ.",
     "Dùng dung dịch sát khuẩn tay lai boi hoặc cồn bảy mươi độ."),
    # first pass: a convention only (the capital kept); expected reading corrected to it
    ("Trẻ bị tiêu chảy cho uống Oresol và kẽm (Zinc).",
     "Trẻ bị tiêu chảy cho uống ô rê dôn và kẽm (Din)."),
    # first pass missed: loan words (Mpox)
    ("Phòng chống dịch Mpox (đậu mùa khỉ) theo hướng dẫn của Bộ Y tế.",
     "Phòng chống dịch em pốc (đậu mùa khỉ) theo hướng dẫn của Bộ Y tế."),
    ("Giá xăng RON 95-V tăng 200 đồng, dầu mazut giảm 100 đồng/kg.",
     "Giá xăng rôn chín mươi lăm mức năm tăng hai trăm đồng, dầu ma dút giảm một trăm đồng một ki"
     " lô gam."),
    ("Trạm sạc điện cho xe ô tô điện VinFast VF3 đặt tại UBND xã.",
     "Trạm sạc điện cho xe ô tô điện vin phát vê ép ba đặt tại ủy ban nhân dân xã."),
    ("Giải Pickleball mở rộng tranh cúp Hội Nông dân.",
     "Giải pích cơ bon mở rộng tranh cúp Hội Nông dân."),
    ("Hội thi Rung chuông vàng và Olympic tiếng Anh dành cho học sinh.",
     "Hội thi Rung chuông vàng và ô lim pích tiếng Anh dành cho học sinh."),
    # first pass missed: loan words (Acoustic)
    ("Đêm nhạc Acoustic tại quảng trường vào tối thứ Bảy.",
     "Đêm nhạc a cu tích tại quảng trường vào tối thứ Bảy."),
    # first pass: a convention only (the capital kept); expected reading corrected to it
    ("Cuộc thi Miss Du lịch được phát trực tiếp trên YouTube.",
     "Cuộc thi Mít Du lịch được phát trực tiếp trên diu túp."),
    # first pass missed: loan words (Zipline); expected reading corrected: the capitals kept
    ("Khai trương khu vui chơi Water Park và Zipline vượt hồ.",
     "Khai trương khu vui chơi Oa tơ Pác và dip lai vượt hồ."),
    # first pass: a convention only (o is 'ô'); expected reading corrected to it; corrected
    # again in round five: a final unstressed -son is 'xơn', as in Johnson, Nelson
    ("Cầu thủ Nguyễn Xuân Son (tên khai sinh Rafaelson) nhập quốc tịch Việt Nam.",
     "Cầu thủ Nguyễn Xuân Son (tên khai sinh Ra pha en xơn) nhập quốc tịch Việt Nam."),
    # first pass missed: storm names (Kalmaegi); expected reading corrected: the lexicon's case
    ("Bão Kalmaegi đổ bộ vào các tỉnh Nam Trung Bộ.",
     "Bão can mê ghi đổ bộ vào các tỉnh Nam Trung Bộ."),
    # session 25: the lexicon's form (the broadcast editors marked the fallback's 'Xam xung')
    ("Tập đoàn Samsung tuyển lao động tại khu công nghiệp Yên Phong.",
     "Tập đoàn sam sung tuyển lao động tại khu công nghiệp Yên Phong."),
    # session 25: the lexicon's forms ('ca nông', not the fallback's 'Ca nôn')
    ("Công ty Canon, Foxconn tuyển công nhân không cần kinh nghiệm.",
     "Công ty ca nông, phốc con tuyển công nhân không cần kinh nghiệm."),
    ("Mua bảo hiểm xe máy qua ứng dụng MoMo hoặc VNPost.",
     "Mua bảo hiểm xe máy qua ứng dụng mô mô hoặc vê en pốt."),
    ("Cấm sử dụng flycam khi chưa được cấp phép.",
     "Cấm sử dụng phờ lai cam khi chưa được cấp phép."),
]  # fmt: skip
"""Batch 6: thirty-eight phrases written after batch 5's fixes, before the reader ran on
them."""


BATCH_SEVEN: list[tuple[str, str]] = [
    ("Nông dân bán lúa ST25 qua sàn Postmart được giá cao.",
     "Nông dân bán lúa ét tê hai mươi lăm qua sàn pốt mát được giá cao."),
    ("Giống lúa RVT và Hương thơm số 1 bị nhiễm rầy nâu.",
     "Giống lúa e rờ vê tê và Hương thơm số một bị nhiễm rầy nâu."),
    ("Khuyến cáo phun Chess 50WG khi rầy cám nở rộ.",
     "Khuyến cáo phun chét năm mươi vê kép giê khi rầy cám nở rộ."),
    # first pass: a convention only (the capital kept); now a loan word
    ("Dùng Ridomil Gold 68WG phòng bệnh sương mai trên cà chua.",
     "Dùng ri đô min gôn sáu mươi tám vê kép giê phòng bệnh sương mai trên cà chua."),
    # first pass missed: short capitals taken for a loan word's syllable ('EM' read 'em')
    ("Hướng dẫn ủ phân chuồng bằng chế phẩm EM và Trichoderma.",
     "Hướng dẫn ủ phân chuồng bằng chế phẩm e em và tri cô đéc ma."),
    # first pass missed: loan words (poultry vaccines)
    ("Tiêm vắc xin Cúm gia cầm Navet-Vifluvac cho đàn vịt.",
     "Tiêm vắc xin Cúm gia cầm na vét vi phờ lu vắc cho đàn vịt."),
    # first pass missed: loan words (veterinary drugs)
    ("Thuốc thú y Ivermectin trị ký sinh trùng cho bò.",
     "Thuốc thú y i véc méc tin trị ký sinh trùng cho bò."),
    ("Tiêm vắc xin Rotarix cho trẻ từ 6 tuần tuổi.",
     "Tiêm vắc xin rô ta ríc cho trẻ từ sáu tuần tuổi."),
    # first pass missed, left: 'Fresenius' ('niu'); Oxy now a loan word
    ("Bệnh viện có máy lọc máu Fresenius và máy thở Oxy.",
     "Bệnh viện có máy lọc máu phờ rê xê ni út và máy thở ô xi."),
    # first pass missed: letters and digits of a lab test glued (HbA1c)
    ("Xét nghiệm HbA1c để theo dõi bệnh tiểu đường.",
     "Xét nghiệm hát bê a một xê để theo dõi bệnh tiểu đường."),
    ("Cài ứng dụng Sổ sức khỏe điện tử trên VNeID để xem kết quả khám.",
     "Cài ứng dụng Sổ sức khỏe điện tử trên vê en e ai đi để xem kết quả khám."),
    # first pass missed: loan words (username)
    ("Đăng nhập Cổng dịch vụ công bằng tài khoản định danh, không cần username.",
     "Đăng nhập Cổng dịch vụ công bằng tài khoản định danh, không cần iu dơ nêm."),
    ("Nhà trường dùng phần mềm SMAS gửi tin nhắn cho phụ huynh.",
     "Nhà trường dùng phần mềm ét em a ét gửi tin nhắn cho phụ huynh."),
    ("Cảnh giác tin nhắn mạo danh Zalo yêu cầu xác minh tài khoản qua link.",
     "Cảnh giác tin nhắn mạo danh da lô yêu cầu xác minh tài khoản qua linh."),
    ("Đối tượng dùng SIM rác, tài khoản Facebook ảo để bán hàng giả.",
     "Đối tượng dùng sim rác, tài khoản phây búc ảo để bán hàng giả."),
    ("Không mua bán thông tin cá nhân, dữ liệu CCCD trên mạng.",
     "Không mua bán thông tin cá nhân, dữ liệu căn cước công dân trên mạng."),
    ("Giá xăng E5 RON 92 từ 15 giờ hôm nay là 19.600 đồng/lít.",
     "Giá xăng e năm rôn chín mươi hai từ mười lăm giờ hôm nay là mười chín nghìn sáu trăm "
     "đồng một lít."),
    ("Cửa hàng xăng dầu phải niêm yết giá dầu diesel, dầu hỏa rõ ràng.",
     "Cửa hàng xăng dầu phải niêm yết giá dầu đi ê den, dầu hỏa rõ ràng."),
    ("Giải cầu lông, Pickleball và tennis chào mừng Đại hội Đảng bộ xã.",
     "Giải cầu lông, pích cơ bon và ten nít chào mừng Đại hội Đảng bộ xã."),
    ("Đội tuyển U17 Việt Nam giành vé dự World Cup.",
     "Đội tuyển u mười bảy Việt Nam giành vé dự uơ cúp."),
    ("Câu lạc bộ Yoga cười sinh hoạt vào sáng Chủ nhật.",
     "Câu lạc bộ dô ga cười sinh hoạt vào sáng Chủ nhật."),
    ("Homestay và Farmstay phải đăng ký kinh doanh và PCCC.",
     "Hôm xờ tây và phám xờ tây phải đăng ký kinh doanh và phòng cháy chữa cháy."),
    # first pass: a convention only (the capital kept); now a loan word
    ("Lễ hội có màn trình diễn Flashmob của đoàn viên thanh niên.",
     "Lễ hội có màn trình diễn phờ lát mốp của đoàn viên thanh niên."),
    ("Khách quốc tế đến từ Hàn Quốc, Nhật Bản, Pháp và Mỹ tăng mạnh.",
     "Khách quốc tế đến từ Hàn Quốc, Nhật Bản, Pháp và Mỹ tăng mạnh."),
    # first pass missed: names in the news (Zelensky)
    ("Tổng thống Ukraine Zelensky kêu gọi hòa bình.",
     "Tổng thống U cờ rai na Dê len xờ ki kêu gọi hòa bình."),
    # first pass missed: 'Barack' ('Ba rác'), fixed in round five
    ("Cựu Tổng thống Mỹ Barack Obama thăm Hà Nội năm 2016.",
     "Cựu Tổng thống Mỹ Ba rắc Ô ba ma thăm Hà Nội năm hai nghìn không trăm mười sáu."),
    # first pass missed: names in the news (Cristiano)
    ("Ngôi sao Cristiano Ronaldo lập kỷ lục ghi bàn.",
     "Ngôi sao Cờ ri xờ ti a nô Rô nan đô lập kỷ lục ghi bàn."),
    ("Bão Podul suy yếu thành áp thấp nhiệt đới.",
     "Bão pô đun suy yếu thành áp thấp nhiệt đới."),
    ("Xã lắp 20 camera kết nối trung tâm IOC của tỉnh.",
     "Xã lắp hai mươi ca mê ra kết nối trung tâm i ô xê của tỉnh."),
    ("Người dân phản ánh qua đường dây nóng hoặc fanpage Công an xã.",
     "Người dân phản ánh qua đường dây nóng hoặc phen pết Công an xã."),
]  # fmt: skip
"""Batch 7: thirty phrases written after batch 6's fixes, before the reader ran on them."""


KNOWN_MISSES = {
    "Ca sĩ Taylor Swift": "'Taylor' is said 'Tây lô' (round 19 gave 'Swift' its 'Xuýp')",
    "Tài xế xe công nghệ Grab, Be": "'Be' is shaped like a Vietnamese syllable",
    "Giải chạy Pink Ribbon": "'Ribbon' is said 'Ríp bôn'",
    "Bệnh viện có máy lọc máu Fresenius": "'Fresenius' is said 'Phờ rê xê niu'",
}
"""Misses left after the fixes, each a name no class covers; they must stay misses until a
class fixes them (strict xfail), so the score below is honest."""

FIRST_PASS = {
    "BATCH_ONE": (42, 13, 2),
    "BATCH_TWO": (42, 15, 5),
    "BATCH_THREE": (40, 16, 6),
    "BATCH_FOUR": (42, 18, 7),
    "BATCH_FIVE": (40, 12, 11),
    "BATCH_SIX": (38, 17, 9),
    "BATCH_SEVEN": (30, 19, 2),
}
"""Per batch: phrases, read right at the first pass, and read differently only by a convention
of the project (the capital of a word said in syllables, 'o'/'ô', 's'/'x', 'chip', 'kit')."""


def assert_said_in_vietnamese_syllables(phrases: Iterable[str]) -> None:
    """What the voice is given for each phrase, guessed names included: syllables it says as
    Vietnamese."""
    for written in phrases:
        said = re.findall(r"[^\W\d_]+", read_aloud(written).spoken)
        assert all(is_vietnamese_syllable(word) for word in said), (written, said)


def batch_cases(
    batches: Iterable[tuple[str, list[tuple[str, str]]]], misses: Mapping[str, str]
) -> list[object]:
    """The phrases of numbered batches as test cases, a strict xfail for each known miss."""
    cases: list[object] = []
    for name, batch in batches:
        for i, (written, spoken) in enumerate(batch, 1):
            miss = next((why for start, why in misses.items() if written.startswith(start)), None)
            marks = [pytest.mark.xfail(reason=miss, strict=True)] if miss else []
            cases.append(pytest.param(written, spoken, id=f"batch {name}-{i}", marks=marks))
    return cases


def _cases() -> list[object]:
    return batch_cases(
        (
            ("1", BATCH_ONE),
            ("2", BATCH_TWO),
            ("3", BATCH_THREE),
            ("4", BATCH_FOUR),
            ("5", BATCH_FIVE),
            ("6", BATCH_SIX),
            ("7", BATCH_SEVEN),
        ),
        KNOWN_MISSES,
    )


def test_the_batches_are_as_wide_as_written() -> None:
    batches = {
        "BATCH_ONE": BATCH_ONE,
        "BATCH_TWO": BATCH_TWO,
        "BATCH_THREE": BATCH_THREE,
        "BATCH_FOUR": BATCH_FOUR,
        "BATCH_FIVE": BATCH_FIVE,
        "BATCH_SIX": BATCH_SIX,
        "BATCH_SEVEN": BATCH_SEVEN,
    }
    assert {name: len(batch) for name, batch in batches.items()} == {
        name: phrases for name, (phrases, _right, _convention) in FIRST_PASS.items()
    }
    assert len(KNOWN_MISSES) == 4  # 12 in round four; round five fixed seven, round 17 one


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
        ("Tiger", "Tai gơ"), ("Center", "Xen tơ"),
        # a soft c, the u of qu
        ("Cefixime", "Xê phích xim"), ("Aquarius", "A qua riu"),
        # a final cluster keeps one consonant: a nasal over a stop
        ("Ronald", "Rô nan"), ("Kemp", "Kem"),
        # a doubled consonant closes one syllable and opens the next; ll, zz are said once
        ("Anna", "An na"), ("Lotte", "Lốt tê"), ("Pizza", "Pi da"),
        # a consonant and l or r open the next syllable together
        ("Tamiflu", "Ta mi phờ lu"),
        # i_e is 'ai' in English words, 'i' in the chemists' -ine, -ide, -yte, -ime
        ("Smile", "Xờ mai"), ("Chlorhexidine", "Cờ lo héc xi đin"), ("Sulfite", "Xun phít"),
        ("Face", "Phây"), ("Prince", "Pờ rin xê"),
        # a doubled vowel is said once; a consonant and l or r after n or m go together
        ("Heineken", "Hây nê ken"), ("Haaland", "Ha lan"), ("complex", "com pờ lếch"),
        # a soft g opens a word before e, y; not inside ('Megi', 'Yagi' keep theirs)
        ("Gentamicin", "Gien ta mi xin"), ("Gym", "Gim"), ("Megi", "Mê ghi"),
        # a closed 'ia' is two syllables (Vietnamese writes no 'ian')
        ("Subianto", "Xu bi an tô"), ("Adrian", "A đờ ri an"),
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
        ("Lớp Judo, sân golf, khu resort.", "Lớp giu đô, sân gôn, khu rì sọt."),
        ("Đặt phòng qua Traveloka, chụp selfie.", "Đặt phòng qua tra vê lô ca, chụp xeo phi."),
        ("Khối NATO và FIFA.", "Khối na tô và phi pha."),
        ("Dùng Microsoft Word, Excel và ChatGPT.",
         "Dùng mai cờ rô xốp uốt, ếch xeo và chát giê pê tê."),
        ("Cảnh giác hacker, tiền crypto.", "Cảnh giác hắc cơ, tiền cờ ríp tô."),
        ("Ngân hàng Sacombank, VietinBank.", "Ngân hàng sa com banh, việt tin banh."),
        ("Hầm biogas, bão Tokage.", "Hầm bi ô ga, bão tô ca ghê."),
        ("Lợn Pietrain, bò Charolais; phun Deltamethrin.",
         "Lợn pi ê tranh, bò sa rô lai; phun đen ta mê trin."),
        ("Dự án của KOICA, học sinh thi IELTS.", "Dự án của cô i ca, học sinh thi ai en."),
        ("Lao động sang Malaysia, Qatar, Ukraine.",
         "Lao động sang Ma lai xi a, Ca ta, U cờ rai na."),
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
         "Chuyển khoản qua tê pê banh, em bê banh, hát đê banh, xờ mát banh king.", ()),
        # (round seven: 'post' is in the lexicon, so the brand is no longer guessed)
        ("Gửi hàng qua ViettelPost.", "Gửi hàng qua vi ét ten pốt.", ()),
        # a part shaped like a syllable but ending in p, t, c without a tone is foreign
        ("Ứng dụng DeepSeek và FaceTime.", "Ứng dụng đíp xích và phây tai.",
         ("DeepSeek", "FaceTime")),
        # a model's name glued to its number
        ("Điện thoại iPhone15, tiêm Covid19, xe Vespa125.",
         "Điện thoại ai phôn mười lăm, tiêm cô vít mười chín, xe vét pa một trăm hai mươi lăm.",
         ()),  # 'Vespa' is the lexicon's since session 25
        ("Đi QL1A, Km15, cúm H5N1, F0.",
         "Đi quốc lộ một a, ki lô mét mười lăm, cúm hát năm en một, ép không.", ()),
        # letters in mixed case stay letters, and are reported
        ("Vắc xin mRNA, xác thực eKYC, vắc xin bOPV.",
         "Vắc xin em e rờ en a, xác thực e ca i dài xê, vắc xin bê ô pê vê.",
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
         "Lúa ô em sáu chín bảy sáu, lúa ét tê hai mươi tư được giá."),
        ("Giống lạc L14 và đậu tương DT84.",
         "Giống lạc e lờ mười bốn và đậu tương đê tê tám mươi tư."),
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
        # a leading zero is said; a fruit's variety in mixed case
        ("Giống lúa Q5 và J01 cho vụ Xuân.", "Giống lúa quy năm và gi không một cho vụ Xuân."),
        ("Giống bưởi Ri6?", "Giống bưởi ri sáu?"),
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
         "Xăng e mười rôn chín mươi lăm mức ba, dầu đê ô không phẩy không không một ét mức năm."),
        # guards: network generations and loads stay codes
        ("Phủ sóng 4G, 5G và 3G.", "Phủ sóng bốn gờ, năm gờ và ba gờ."),
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


def test_short_capitals_are_letters_though_a_loan_word_says_their_shape() -> None:
    """'em' is a syllable of 'em pê ba' (mp3) and 'ta' of 'vi ta min': that does not make
    'EM' or 'TA' words; a station's own spoken form in capitals still is one."""
    reading = read_aloud("Chế phẩm EM, môn TA, tải tệp mp3, uống vitamin.")
    assert reading.spoken == "Chế phẩm e em, môn tê a, tải tệp em pê ba, uống vi ta min."
    assert reading.guessed == ("EM", "TA")
    assert Reader({"ZALO": "ĐA LÔ"}).read("Nhắn ZALO cho xã").spoken == "Nhắn đa lô cho xã"


# ----- linear in its input ----------
HOSTILE = [
    "giống A1 ", "IR 1", "OM 1, ", "giống lúa Nhị 111 ", "1EC ", "1.1WG ", "RON 11-", "0,01S-",
    "ViettelPay", "AbAbAb ", "Newcastle ", "diesel ", "Xyzzyx ", "Evo1", "aB1 ", "Subianto ",
]  # fmt: skip


@pytest.mark.parametrize("unit", HOSTILE)
def test_reading_time_grows_linearly_with_the_new_rules(unit: str) -> None:
    """The same check as test_notice_reading's, for the patterns of this round."""
    assert_reads_in_linear_time(unit)
