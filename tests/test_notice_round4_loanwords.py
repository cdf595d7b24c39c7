"""Vietnamese reading, fourth round: loan words, brands, foreign and technical words (issue 16,
Must have 6), and the report of what the reader had to guess (Must have 7).

Each batch was written with the readings a radio announcer says before the reader was run on
it; first-pass misses are marked where they stand (`# first pass missed: <class>`), and a
reading changed to the project's conventions (see /work/team/notes/i16c.md) is marked
`# expected reading corrected: <why>`."""

from __future__ import annotations



BATCH_ONE: list[tuple[str, str]] = [
    # farming: varieties, pesticides, fertilisers
    ("Bà con gieo cấy các giống lúa BC15, TBR225, Bắc thơm số 7 trong vụ Xuân năm 2026.",
     "Bà con gieo cấy các giống lúa bê xê mười lăm, tê bê e rờ hai hai năm, Bắc thơm số bảy "
     "trong vụ Xuân năm hai nghìn không trăm hai mươi sáu."),
    ("Giống lúa IR 50404 bị hạn chế xuất khẩu, khuyến cáo thay bằng OM 5451 và ST25.",
     "Giống lúa i e rờ năm không bốn không bốn bị hạn chế xuất khẩu, khuyến cáo thay bằng ô em "
     "năm bốn năm một và ét tê hai mươi lăm."),
    ("Phun thuốc Anvil 5SC hoặc Tilt Super 300EC để phòng trừ bệnh khô vằn.",
     "Phun thuốc an vin năm ét xê hoặc tin su pơ ba trăm e xê để phòng trừ bệnh khô vằn."),
    ("Dùng Chess 50WG hoặc Actara 25WG trừ rầy nâu khi mật độ trên 3.000 con/m2.",
     "Dùng chét năm mươi vê kép giê hoặc ác ta ra hai mươi lăm vê kép giê trừ rầy nâu khi mật "
     "độ trên ba nghìn con một mét vuông."),
    ("Bón lót phân NPK 16-16-8 kết hợp phân hữu cơ vi sinh, bón thúc bằng Urê và Kali.",
     "Bón lót phân en pê ca mười sáu mười sáu tám kết hợp phân hữu cơ vi sinh, bón thúc bằng u "
     "rê và ca li."),
    ("Xử lý rơm rạ bằng chế phẩm Trichoderma, không đốt rơm sau thu hoạch.",
     "Xử lý rơm rạ bằng chế phẩm tri cô đéc ma, không đốt rơm sau thu hoạch."),
    ("Dùng máy bay không người lái (drone) phun thuốc bảo vệ thực vật cho 50 ha lúa.",
     "Dùng máy bay không người lái (đờ rôn) phun thuốc bảo vệ thực vật cho năm mươi héc ta "
     "lúa."),
    # animal diseases and their vaccines
    ("Tiêm vắc xin NAVET-ASFVAC phòng bệnh Dịch tả lợn châu Phi cho đàn lợn trên 4 tuần tuổi.",
     "Tiêm vắc xin na vét a ét ép vắc phòng bệnh Dịch tả lợn châu Phi cho đàn lợn trên bốn "
     "tuần tuổi."),
    ("Bệnh Tai xanh (PRRS) đang xuất hiện tại 2 thôn, đề nghị bà con không bán chạy lợn ốm.",
     "Bệnh Tai xanh (pê e rờ e rờ ét) đang xuất hiện tại hai thôn, đề nghị bà con không bán "
     "chạy lợn ốm."),
    ("Tiêm phòng vắc xin Newcastle và Gumboro cho gà con từ 7 ngày tuổi.",
     "Tiêm phòng vắc xin niu cát xơn và gum bô rô cho gà con từ bảy ngày tuổi."),
    # medicines and vaccines
    ("Trẻ 2 tháng tuổi tiêm vắc xin 5 trong 1 Quinvaxem và uống vắc xin Rotavirus.",
     "Trẻ hai tháng tuổi tiêm vắc xin năm trong một quin va xem và uống vắc xin rô ta vi rút."),
    ("Tẩy giun định kỳ cho trẻ bằng Albendazole hoặc Mebendazole theo hướng dẫn của cán bộ y "
     "tế.",
     "Tẩy giun định kỳ cho trẻ bằng an ben đa dôn hoặc mê ben đa dôn theo hướng dẫn của cán bộ "
     "y tế."),
    ("Người dân không tự ý dùng kháng sinh Amoxicillin, Tamiflu khi chưa có chỉ định của bác sĩ.",
     "Người dân không tự ý dùng kháng sinh a mốc xi xi lin, ta mi phờ lu khi chưa có chỉ định "
     "của bác sĩ."),
    ("Tiêm vắc xin HPV phòng ung thư cổ tử cung cho trẻ em gái từ 9 đến 14 tuổi.",
     "Tiêm vắc xin hát pê vê phòng ung thư cổ tử cung cho trẻ em gái từ chín đến mười bốn "
     "tuổi."),
    ("Tháng hành động quốc gia phòng, chống HIV/AIDS năm 2025.",
     "Tháng hành động quốc gia phòng, chống hát i vê ết năm hai nghìn không trăm hai mươi "
     "lăm."),
    ("Tổ chức Y tế Thế giới (WHO) khuyến cáo tiêm vắc xin cúm mùa hằng năm.",
     "Tổ chức Y tế Thế giới (vê kép hát ô) khuyến cáo tiêm vắc xin cúm mùa hằng năm."),
    # digital transformation
    ("Người dân kích hoạt tài khoản định danh điện tử VNeID mức độ 2 tại Công an xã.",
     "Người dân kích hoạt tài khoản định danh điện tử vê en e ai đi mức độ hai tại Công an xã."),
    ("Quét mã QR bằng ứng dụng Zalo để tham gia nhóm thông tin của thôn.",
     "Quét mã kiu a bằng ứng dụng da lô để tham gia nhóm thông tin của thôn."),
    ("Hội Nông dân hướng dẫn hội viên bán hàng qua livestream trên TikTok và Facebook.",
     "Hội Nông dân hướng dẫn hội viên bán hàng qua lai xờ trim trên tích tốc và phây búc."),
    ("Đưa sản phẩm OCOP của xã lên sàn thương mại điện tử Postmart, Voso và Shopee.",
     "Đưa sản phẩm ô cốp của xã lên sàn thương mại điện tử pốt mát, vô sô và sô pi."),
    ("Tổ công nghệ số cộng đồng hỗ trợ bà con cài đặt ứng dụng VssID và eTax Mobile trên "
     "smartphone.",
     "Tổ công nghệ số cộng đồng hỗ trợ bà con cài đặt ứng dụng vê ét ét ai đi và i tắc mô bai "
     "trên xờ mát phôn."),
    ("Nhà văn hóa thôn đã có wifi miễn phí, mật khẩu dán tại bảng tin.",
     "Nhà văn hóa thôn đã có oai phai miễn phí, mật khẩu dán tại bảng tin."),
    ("Thanh toán không dùng tiền mặt qua ViettelPay, MoMo, ZaloPay hoặc VNPay.",
     "Thanh toán không dùng tiền mặt qua vi ét ten pây, mô mô, da lô pây hoặc vê en pây."),
    ("Mỗi hộ có ít nhất 1 thành viên biết dùng dịch vụ công trực tuyến, thanh toán online.",
     "Mỗi hộ có ít nhất một thành viên biết dùng dịch vụ công trực tuyến, thanh toán on lai."),
    ("Thông tin chi tiết xem trên website của UBND xã hoặc fanpage Tuổi trẻ xã Tân Lập.",
     "Thông tin chi tiết xem trên oép sai của ủy ban nhân dân xã hoặc phan pết Tuổi trẻ xã Tân "
     "Lập."),
    ("Tải ứng dụng Bluezone từ App Store hoặc Google Play.",
     "Tải ứng dụng bờ lu dôn từ áp xờ to hoặc gu gồ pờ lây."),
    # scam warnings
    ("Cảnh giác với đối tượng giả danh nhân viên ngân hàng Vietcombank, Techcombank gửi đường "
     "link lạ qua tin nhắn SMS.",
     "Cảnh giác với đối tượng giả danh nhân viên ngân hàng việt com banh, téc com banh gửi đường"
     " lin lạ qua tin nhắn ét em ét."),
    ("Không tham gia các nhóm đầu tư tiền ảo, sàn Forex trên Telegram hứa hẹn lợi nhuận cao.",
     "Không tham gia các nhóm đầu tư tiền ảo, sàn pho rếch trên tê lê gờ ram hứa hẹn lợi nhuận "
     "cao."),
    ("Kẻ gian gọi video qua Messenger, dùng công nghệ Deepfake giả giọng người thân để vay "
     "tiền.",
     "Kẻ gian gọi vi đê ô qua mét xen giơ, dùng công nghệ đíp phây giả giọng người thân để vay "
     "tiền."),
    # fuels
    ("Từ 15 giờ ngày 20/11/2025, giá xăng E5 RON 92 giảm 250 đồng/lít.",
     "Từ mười lăm giờ ngày hai mươi tháng mười một năm hai nghìn không trăm hai mươi lăm, giá "
     "xăng e năm rôn chín mươi hai giảm hai trăm năm mươi đồng một lít."),
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
    ("Câu lạc bộ Pickleball của xã tuyển thêm hội viên, tập vào tối thứ 3 và thứ 5.",
     "Câu lạc bộ pích cơ bon của xã tuyển thêm hội viên, tập vào tối thứ ba và thứ năm."),
    ("Đội tuyển Việt Nam gặp Thái Lan tại chung kết AFF Cup, tiền đạo Nguyễn Xuân Son ghi 2 bàn.",
     "Đội tuyển Việt Nam gặp Thái Lan tại chung kết a ép ép cúp, tiền đạo Nguyễn Xuân Son ghi "
     "hai bàn."),
    ("Xã tổ chức giải chạy Marathon và thi đấu Futsal chào mừng SEA Games 33.",
     "Xã tổ chức giải chạy ma ra tông và thi đấu phút xan chào mừng xi ghêm ba mươi ba."),
    ("Lớp Aerobic và Yoga cho hội viên phụ nữ học miễn phí tại nhà văn hóa.",
     "Lớp e rô bíc và dô ga cho hội viên phụ nữ học miễn phí tại nhà văn hóa."),
    # tourism
    ("Các hộ kinh doanh homestay đăng ký lưu trú cho khách du lịch qua ứng dụng ASM.",
     "Các hộ kinh doanh hôm xơ tây đăng ký lưu trú cho khách du lịch qua ứng dụng a ét em."),
    ("Lễ hội có nhiều điểm check-in đẹp, tour trải nghiệm và khu cắm trại camping bên hồ.",
     "Lễ hội có nhiều điểm chéc in đẹp, tua trải nghiệm và khu cắm trại cam pinh bên hồ."),
    ("Nghệ thuật Xòe Thái được UNESCO ghi danh là Di sản văn hóa phi vật thể.",
     "Nghệ thuật Xòe Thái được u nét xờ cô ghi danh là Di sản văn hóa phi vật thể."),
    # foreign names in the news
    ("Tổng thống Mỹ Donald Trump và Tổng thống Nga Vladimir Putin hội đàm qua điện thoại.",
     "Tổng thống Mỹ Đô nan Trăm và Tổng thống Nga Vờ la đi mia Pu tin hội đàm qua điện thoại."),
    ("Huấn luyện viên Kim Sang-sik công bố danh sách đội tuyển U23 Việt Nam.",
     "Huấn luyện viên Kim Xang xích công bố danh sách đội tuyển u hai mươi ba Việt Nam."),
]  # fmt: skip
"""Batch 1: forty-two phrases of the family (farming, animal and human health, digital
transformation, scams, fuels, sports, tourism, the news), written before the reader ran."""

BATCH_TWO: list[tuple[str, str]] = [
    # farming, aquaculture, pesticides
    ("Trồng giống ngô LVN10, NK7328 và đậu tương ĐT26 trên đất bãi.",
     "Trồng giống ngô e lờ vê en mười, en ca bảy ba hai tám và đậu tương đê tê hai mươi sáu "
     "trên đất bãi."),
    ("Giống lúa Đài thơm 8 và RVT được khuyến cáo gieo sạ trong vụ Hè Thu.",
     "Giống lúa Đài thơm tám và e rờ vê tê được khuyến cáo gieo sạ trong vụ Hè Thu."),
    ("Nuôi tôm thẻ chân trắng theo quy trình VietGAP, dùng chế phẩm Bacillus xử lý nước.",
     "Nuôi tôm thẻ chân trắng theo quy trình việt gáp, dùng chế phẩm ba xi lút xử lý nước."),
    ("Phun Validamycin hoặc Hexaconazole khi bệnh khô vằn chớm xuất hiện.",
     "Phun va li đa mi xin hoặc hê xa cô na dôn khi bệnh khô vằn chớm xuất hiện."),
    ("Không sử dụng thuốc diệt cỏ chứa hoạt chất Glyphosate và Paraquat đã bị cấm.",
     "Không sử dụng thuốc diệt cỏ chứa hoạt chất gờ li pho xát và pa ra quát đã bị cấm."),
    ("Rắc vôi bột, phun thuốc sát trùng Benkocid, Han-Iodine quanh chuồng trại.",
     "Rắc vôi bột, phun thuốc sát trùng ben cô xít, han i ô đin quanh chuồng trại."),
    ("Dùng kit test nhanh kiểm tra dư lượng thuốc bảo vệ thực vật trong rau.",
     "Dùng kít tét nhanh kiểm tra dư lượng thuốc bảo vệ thực vật trong rau."),
    # animals
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
    ("Trẻ từ 6 đến 36 tháng tuổi được uống Vitamin A liều cao.",
     "Trẻ từ sáu đến ba mươi sáu tháng tuổi được uống vi ta min a liều cao."),
    ("Người bệnh đái tháo đường tiêm Insulin đúng giờ, đo đường huyết bằng máy test tại nhà.",
     "Người bệnh đái tháo đường tiêm in su lin đúng giờ, đo đường huyết bằng máy tét tại nhà."),
    ("Đeo khẩu trang N95 khi chăm sóc người bệnh lao.",
     "Đeo khẩu trang en chín mươi lăm khi chăm sóc người bệnh lao."),
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
    ("Học sinh học trực tuyến qua Zoom, Google Meet hoặc Microsoft Teams.",
     "Học sinh học trực tuyến qua dum, gu gồ mít hoặc mai cờ rô sóp tim."),
    ("Ứng dụng trí tuệ nhân tạo (AI) và chatbot trả lời thủ tục hành chính cho người dân.",
     "Ứng dụng trí tuệ nhân tạo (a i) và chát bốt trả lời thủ tục hành chính cho người dân."),
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
    ("Chiêu lừa tuyển cộng tác viên làm nhiệm vụ like, share trên TikTok, Shopee để nhận hoa "
     "hồng.",
     "Chiêu lừa tuyển cộng tác viên làm nhiệm vụ lai, se trên tích tốc, sô pi để nhận hoa "
     "hồng."),
    ("Không cung cấp mã PIN, mật khẩu Internet Banking cho bất kỳ ai.",
     "Không cung cấp mã pin, mật khẩu in tơ nét banh king cho bất kỳ ai."),
    # fuels
    ("Giá gas bán lẻ bình 12 kg tăng 10.000 đồng.",
     "Giá ga bán lẻ bình mười hai ki lô gam tăng mười nghìn đồng."),
    ("Giá xăng RON 95-III là 21.050 đồng/lít.",
     "Giá xăng rôn chín mươi lăm ba là hai mươi mốt nghìn không trăm năm mươi đồng một lít."),
    ("Dầu Mazut và dầu Diesel giảm nhẹ trong kỳ điều hành này.",
     "Dầu ma dút và dầu đi ê den giảm nhẹ trong kỳ điều hành này."),
    ("Trạm sạc xe điện VinFast được lắp đặt tại chợ trung tâm.",
     "Trạm sạc xe điện vin phát được lắp đặt tại chợ trung tâm."),
    # sports and tourism
    ("Vận động viên Nguyễn Thị Oanh giành vé dự Olympic Paris 2024.",
     "Vận động viên Nguyễn Thị Oanh giành vé dự ô lim pích Pa ri hai nghìn không trăm hai mươi "
     "tư."),
    ("Lớp học võ Karate và Taekwondo cho thiếu nhi khai giảng trong tháng 6.",
     "Lớp học võ ca ra tê và tê quôn đô cho thiếu nhi khai giảng trong tháng sáu."),
    ("Sân tennis và sân cầu lông mở cửa phục vụ người dân từ 5h đến 21h.",
     "Sân ten nít và sân cầu lông mở cửa phục vụ người dân từ năm giờ đến hai mươi mốt giờ."),
    ("Tuần lễ Du lịch có chương trình Fashion show áo dài và đêm nhạc EDM.",
     "Tuần lễ Du lịch có chương trình phe sần sô áo dài và đêm nhạc e dê em."),
    ("Du khách đặt phòng qua Booking, Agoda hoặc gọi hotline của ban tổ chức.",
     "Du khách đặt phòng qua búc king, a gô đa hoặc gọi hót lai của ban tổ chức."),
    ("Khu du lịch sinh thái có dịch vụ chèo thuyền Kayak và cắm trại Glamping.",
     "Khu du lịch sinh thái có dịch vụ chèo thuyền ca giắc và cắm trại gờ lam pinh."),
    ("Ngày hội văn hóa các dân tộc có Lễ hội Ka Tê của đồng bào Chăm.",
     "Ngày hội văn hóa các dân tộc có Lễ hội Ka Tê của đồng bào Chăm."),
    # the news
    ("Tổng Thư ký Liên Hợp Quốc António Guterres kêu gọi ngừng bắn.",
     "Tổng Thư ký Liên Hợp Quốc An tô ni ô Gu tê rét kêu gọi ngừng bắn."),
    ("Thủ tướng Nhật Bản Shigeru Ishiba thăm chính thức Việt Nam.",
     "Thủ tướng Nhật Bản Si ghê ru I si ba thăm chính thức Việt Nam."),
    ("Cầu thủ Lionel Messi cùng đội Inter Miami sang thi đấu giao hữu.",
     "Cầu thủ Li ô nen Mét xi cùng đội In tơ Mai a mi sang thi đấu giao hữu."),
    ("Bão Ragasa mạnh cấp 17, di chuyển vào Biển Đông.",
     "Bão Ra ga sa mạnh cấp mười bảy, di chuyển vào Biển Đông."),
]  # fmt: skip
"""Batch 2: forty-two more, written before the reader ran on them (and before batch 1 was
scored)."""

BATCH_THREE: list[tuple[str, str]] = [
    ("Khuyến cáo dùng giống lúa chịu mặn OM 18, OM 429 ở vùng ven biển.",
     "Khuyến cáo dùng giống lúa chịu mặn ô em mười tám, ô em bốn hai chín ở vùng ven biển."),
    ("Giống lúa nếp cái hoa vàng và giống lúa lai Nhị ưu 838 cho vụ Mùa.",
     "Giống lúa nếp cái hoa vàng và giống lúa lai Nhị ưu tám ba tám cho vụ Mùa."),
    ("Giống sắn KM94 và HL-S11 kháng bệnh khảm lá.",
     "Giống sắn ca em chín mươi tư và hát e lờ ét mười một kháng bệnh khảm lá."),
    ("Trồng cà phê giống TR4, TR9 theo hướng dẫn của Viện WASI.",
     "Trồng cà phê giống tê e rờ bốn, tê e rờ chín theo hướng dẫn của Viện oa si."),
    ("Bón phân DAP, Super lân Lâm Thao và phân NPK Đầu Trâu cho cây ngô.",
     "Bón phân dê a pê, su pe lân Lâm Thao và phân en pê ca Đầu Trâu cho cây ngô."),
    ("Phun thuốc Regent 800WG trừ sâu đục thân theo nguyên tắc 4 đúng.",
     "Phun thuốc rê gien tám trăm vê kép giê trừ sâu đục thân theo nguyên tắc bốn đúng."),
    ("Trồng ổi Đài Loan, bưởi Diễn và thanh long ruột đỏ đạt chuẩn GlobalGAP.",
     "Trồng ổi Đài Loan, bưởi Diễn và thanh long ruột đỏ đạt chuẩn gờ lô bồ gáp."),
    ("Đàn gà được tiêm vắc xin Marek ngay khi nở.",
     "Đàn gà được tiêm vắc xin ma réc ngay khi nở."),
    ("Chích ngừa bệnh Dại cho chó, mèo bằng vắc xin Rabisin.",
     "Chích ngừa bệnh Dại cho chó, mèo bằng vắc xin ra bi xin."),
    ("Kháng sinh Enrofloxacin, Tylosin chỉ dùng theo đơn của thú y.",
     "Kháng sinh en rô phờ lô xa xin, ti lô xin chỉ dùng theo đơn của thú y."),
    ("Bệnh Sởi đang gia tăng, trẻ chưa tiêm vắc xin MR cần tiêm bù ngay.",
     "Bệnh Sởi đang gia tăng, trẻ chưa tiêm vắc xin em e rờ cần tiêm bù ngay."),
    ("Phòng bệnh Tay chân miệng do virus EV71 gây ra.",
     "Phòng bệnh Tay chân miệng do vi rút e vê bảy mươi mốt gây ra."),
    ("Người có dấu hiệu sốt, ho, khó thở cần làm xét nghiệm test nhanh COVID-19.",
     "Người có dấu hiệu sốt, ho, khó thở cần làm xét nghiệm tét nhanh cô vít mười chín."),
    ("Uống thuốc hạ sốt Paracetamol 500 mg, không dùng Aspirin cho trẻ bị sốt xuất huyết.",
     "Uống thuốc hạ sốt pa ra xê ta mon năm trăm mi li gam, không dùng át pi rin cho trẻ bị sốt"
     " xuất huyết."),
    ("Hiến máu tình nguyện, nhóm máu O và Rh âm đang thiếu.",
     "Hiến máu tình nguyện, nhóm máu o và e rờ hát âm đang thiếu."),
    ("Bà con tham gia nhóm Zalo của thôn để nhận thông báo nhanh nhất.",
     "Bà con tham gia nhóm da lô của thôn để nhận thông báo nhanh nhất."),
    ("Tra cứu thông tin quy hoạch bằng bản đồ số trên Google Maps.",
     "Tra cứu thông tin quy hoạch bằng bản đồ số trên gu gồ máp."),
    ("Mỗi người dân có một hộp thư điện tử Gmail hoặc Outlook.",
     "Mỗi người dân có một hộp thư điện tử gờ meo hoặc ao lúc."),
    ("Học sinh được phát máy tính bảng, laptop để học online.",
     "Học sinh được phát máy tính bảng, láp tốp để học on lai."),
    ("Tổ chức lớp tập huấn kỹ năng số: dùng Word, Excel, PowerPoint cho cán bộ thôn.",
     "Tổ chức lớp tập huấn kỹ năng số: dùng uốt, ếch xeo, pao ơ poi cho cán bộ thôn."),
    ("Lắp đặt loa thông minh IP kết nối 4G cho 12 thôn.",
     "Lắp đặt loa thông minh i pê kết nối bốn giê cho mười hai thôn."),
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
    ("Tàu cá sử dụng dầu DO phải có hóa đơn mua nhiên liệu.",
     "Tàu cá sử dụng dầu đê ô phải có hóa đơn mua nhiên liệu."),
    ("Bình gas mini loại 250g dễ phát nổ nếu để gần bếp than.",
     "Bình ga mi ni loại hai trăm năm mươi gam dễ phát nổ nếu để gần bếp than."),
    ("Đội tuyển Việt Nam vô địch ASEAN Cup 2024.",
     "Đội tuyển Việt Nam vô địch a xê an cúp hai nghìn không trăm hai mươi tư."),
    ("Câu lạc bộ Bi-a và bóng bàn tổ chức giao lưu cuối tuần.",
     "Câu lạc bộ bi a và bóng bàn tổ chức giao lưu cuối tuần."),
    ("Chương trình Zumba và dân vũ mỗi tối tại quảng trường.",
     "Chương trình dum ba và dân vũ mỗi tối tại quảng trường."),
    ("Hướng dẫn viên thuyết minh bằng tiếng Anh cho đoàn khách Tây balo.",
     "Hướng dẫn viên thuyết minh bằng tiếng Anh cho đoàn khách Tây ba lô."),
    ("Lễ hội Carnaval Hạ Long và Festival Hoa Đà Lạt thu hút đông du khách.",
     "Lễ hội ca na van Hạ Long và phét ti van Hoa Đà Lạt thu hút đông du khách."),
    ("Làng nghề đón khách theo tour Farmstay, trải nghiệm cấy lúa, câu cá.",
     "Làng nghề đón khách theo tua phám xơ tây, trải nghiệm cấy lúa, câu cá."),
    ("Tổng thống Pháp Emmanuel Macron thăm Hà Nội.",
     "Tổng thống Pháp Em ma nu en Ma cờ rông thăm Hà Nội."),
    ("Ca sĩ Taylor Swift biểu diễn tại Singapore.",
     "Ca sĩ Tây lo Xuýp biểu diễn tại Xin ga po."),
    ("Sản phẩm cà phê của xã xuất khẩu sang Nhật Bản, Hàn Quốc và châu Âu (EU).",
     "Sản phẩm cà phê của xã xuất khẩu sang Nhật Bản, Hàn Quốc và châu Âu (e u)."),
    ("Hội nghị thượng đỉnh APEC 2027 tổ chức tại Phú Quốc.",
     "Hội nghị thượng đỉnh a pếch hai nghìn không trăm hai mươi bảy tổ chức tại Phú Quốc."),
]  # fmt: skip
"""Batch 3: forty phrases, written before the reader ran on them (and before batches 1 and 2
were scored)."""
