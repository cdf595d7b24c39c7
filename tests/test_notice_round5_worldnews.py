"""Vietnamese reading, fifth round, the world news family: countries, capitals and cities,
international bodies, leaders, wars, disasters and summits, as commune stations relay the VTV
and VOV bulletins (issue 16, Must have 6). A blind round found world news the weakest kind of
notice.

Batch 1 (91 phrases) was written with the readings an announcer gives before the reader ran on
it: first-pass misses are marked where they stand (`# first pass missed: <what the reader
said> for <what the announcer says>`), readings that differed only by a convention of the
project are marked so, and a reading changed after the run is marked `# expected reading
corrected: <why>`. The fix is the class: the forms the Vietnamese press has established for
about a hundred countries, capitals, cities, groupings and names ('Lebanon' → 'Li băng',
'Vienna' → 'Viên', 'The Hague' → 'La Hay') went into data/loanwords.toml, since no spelling
rule gives them. International bodies kept their project readings: the lexicon's words
(ASEAN, APEC, NATO, UNESCO, UNICEF; now BRICS), WHO expanded, the others spelled as letters
(WTO, IMF, FAO, UNDP, IAEA, EU), and G7, G20 as letters, as a plot 'lô G20' is. Batch 2 (36
phrases) was written after those fixes, before the reader ran on it: its first pass is the
honest figure (two of its readings now write brackets as the reader keeps them: both are
heard as commas). 'LHQ' and 'COP29' are i16c's family: the two phrases of batch 1 naming COP29
and COP30 have the code cut here."""

from __future__ import annotations

import pytest
from test_notice_round4_loanwords import assert_said_in_vietnamese_syllables, batch_cases

from announcements.normalize import read_aloud, spoken_form

BATCH_ONE: list[tuple[str, str]] = [
    ("Tổng thống Mỹ Donald Trump tiếp Thủ tướng Canada tại Nhà Trắng.",
     "Tổng thống Mỹ Đô nan Trăm tiếp Thủ tướng Ca na đa tại Nhà Trắng."),
    ("Hội nghị Cấp cao ASEAN lần thứ 47 diễn ra tại Kuala Lumpur.",
     "Hội nghị Cấp cao a xê an lần thứ bốn mươi bảy diễn ra tại Cu a la Lăm pơ."),
    # first pass missed: 'Giờ dơng' for 'Ghiơng'
    ("Tuần lễ Cấp cao APEC năm 2025 tổ chức tại Gyeongju, Hàn Quốc.",
     "Tuần lễ Cấp cao a pếch năm hai nghìn không trăm hai mươi lăm tổ chức tại Ghiơng giu, Hàn"
     " Quốc."),
    # first pass read differently only by a convention: the letter G is 'giê' (as in 'lô G20')
    ("Hội nghị thượng đỉnh G20 tại Johannesburg, Nam Phi.",
     "Hội nghị thượng đỉnh giê hai mươi tại Giô han nét bơ, Nam Phi."),
    # first pass read differently only by a convention: the letter G is 'giê' (as in 'lô G7')
    ("Nhóm G7 họp tại Canada.",
     "Nhóm giê bảy họp tại Ca na đa."),
    # first pass missed: 'bê e rờ i xê ét' for 'bờ rích'; 'de' for 'đê'; 'nây' for 'nê'
    ("Các nước BRICS nhóm họp tại Rio de Janeiro.",
     "Các nước bờ rích nhóm họp tại Ri ô đê Gia nê rô."),
    # first pass missed: 'tê' for 'tơ'; 'rút' for 'rúc'
    ("Tổng Thư ký NATO Mark Rutte phát biểu tại Brussels.",
     "Tổng Thư ký na tô Mác Rút tơ phát biểu tại Bờ rúc xen."),
    # expected reading corrected: brackets written as the reader keeps them (heard as commas)
    ("Liên minh châu Âu (EU) áp thuế mới với ô tô điện.",
     "Liên minh châu Âu (e u) áp thuế mới với ô tô điện."),
    # expected reading corrected: brackets written as the reader keeps them (heard as commas)
    ("Quỹ Tiền tệ Quốc tế (IMF) dự báo kinh tế thế giới tăng 3,2%.",
     "Quỹ Tiền tệ Quốc tế (i em ép) dự báo kinh tế thế giới tăng ba phẩy hai phần trăm."),
    # expected reading corrected: brackets written as the reader keeps them (heard as commas)
    ("Ngân hàng Thế giới (WB) nâng dự báo tăng trưởng của Việt Nam.",
     "Ngân hàng Thế giới (vê kép bê) nâng dự báo tăng trưởng của Việt Nam."),
    # first pass read differently only by a convention: the letter O is 'o'
    ("Tổ chức Thương mại Thế giới WTO họp tại Geneva.",
     "Tổ chức Thương mại Thế giới vê kép tê ô họp tại Giơ ne vơ."),
    ("UNESCO công nhận Vịnh Hạ Long - quần đảo Cát Bà là di sản thế giới.",
     "u nét cô công nhận Vịnh Hạ Long, quần đảo Cát Bà là di sản thế giới."),
    ("UNICEF hỗ trợ trẻ em vùng lũ.",
     "u ni xép hỗ trợ trẻ em vùng lũ."),
    # first pass read differently only by a convention: the letter O is 'o'
    ("Tổ chức Lương thực và Nông nghiệp Liên hợp quốc (FAO) cảnh báo giá gạo.",
     "Tổ chức Lương thực và Nông nghiệp Liên hợp quốc (ép a ô) cảnh báo giá gạo."),
    ("Chương trình Phát triển Liên hợp quốc UNDP tài trợ dự án.",
     "Chương trình Phát triển Liên hợp quốc u en đê pê tài trợ dự án."),
    ("Tổng Thư ký Liên hợp quốc Antonio Guterres kêu gọi ngừng bắn.",
     "Tổng Thư ký Liên hợp quốc An tô ni ô Gu tê rét kêu gọi ngừng bắn."),
    ("Tổng thống Nga Vladimir Putin điện đàm với Tổng thống Mỹ.",
     "Tổng thống Nga Vờ la đi mia Pu tin điện đàm với Tổng thống Mỹ."),
    # first pass missed: 'mi' for 'mia'
    ("Tổng thống Ukraine Volodymyr Zelensky thăm Washington.",
     "Tổng thống U cờ rai na Vô lô đi mia Dê len xờ ki thăm Oa sinh tơn."),
    ("Xung đột tại Dải Gaza khiến hàng nghìn người thương vong.",
     "Xung đột tại Dải Ga da khiến hàng nghìn người thương vong."),
    ("Thủ tướng Israel Benjamin Netanyahu.",
     "Thủ tướng I xờ ra en Ben gia min Nê ta ni a hu."),
    ("Iran và Israel tuyên bố ngừng bắn.",
     "I ran và I xờ ra en tuyên bố ngừng bắn."),
    # first pass missed: 'tơ' for 'te'
    ("Động đất mạnh 7,7 độ richter tại Myanmar.",
     "Động đất mạnh bảy phẩy bảy độ rích te tại Mi an ma."),
    ("Động đất tại Nhật Bản, Tokyo rung lắc mạnh.",
     "Động đất tại Nhật Bản, Tô ki ô rung lắc mạnh."),
    # first pass missed: 'giê' for 'giơ'
    ("Cháy rừng dữ dội tại Los Angeles, Mỹ.",
     "Cháy rừng dữ dội tại Lốt An giơ lét, Mỹ."),
    ("Lũ lụt nghiêm trọng tại Texas.",
     "Lũ lụt nghiêm trọng tại Téc xát."),
    ("Bão Ragasa đổ bộ vào Philippines và Đài Loan.",
     "Bão ra ga sa đổ bộ vào Phi líp pin và Đài Loan."),
    ("Thủ tướng Ấn Độ Narendra Modi thăm Việt Nam.",
     "Thủ tướng Ấn Độ Na ren đờ ra Mô đi thăm Việt Nam."),
    ("Tổng thống Pháp Emmanuel Macron phát biểu tại Paris.",
     "Tổng thống Pháp Ê ma nu en Ma cờ rông phát biểu tại Pa ri."),
    ("Thủ tướng Anh Keir Starmer gặp gỡ tại London.",
     "Thủ tướng Anh Kia Xờ ta mơ gặp gỡ tại Luân Đôn."),
    # first pass missed: 'Phờ ri ê đờ rích Méc' for 'Phri đrích Mét'
    # expected reading corrected: a cluster is 'Phờ ri đờ rích'; 'Merz' is 'Méc'
    ("Thủ tướng Đức Friedrich Merz thăm Berlin.",
     "Thủ tướng Đức Phờ ri đờ rích Méc thăm Béc lin."),
    # first pass missed: 'da' for 'đa'; 'xê o pê' for 'cốp'
    # expected reading corrected: 'COP30' cut: i16c's family
    ("Tổng thống Brazil Lula da Silva tại Hội nghị ở Belem.",
     "Tổng thống Bờ ra xin Lu la đa Xin va tại Hội nghị ở Bê lem."),
    # first pass missed: 'Pờ ra' for 'Pra'; 'ô' for 'vô'
    # expected reading corrected: a cluster is 'Pờ ra'
    ("Tổng thống Indonesia Prabowo Subianto.",
     "Tổng thống In đô nê xi a Pờ ra bô vô Xu bi an tô."),
    # first pass read differently only by a convention: a cluster is 'bờ ra'
    ("Thủ tướng Malaysia Anwar Ibrahim chủ trì hội nghị.",
     "Thủ tướng Ma lai xi a An oa I bờ ra him chủ trì hội nghị."),
    # first pass missed: 'Cam pu chi a' for 'Campuchia'
    # expected reading corrected: the name run together is said in its syllables ('Cam pu chia')
    ("Thủ tướng Campuchia Hun Manet thăm Hà Nội.",
     "Thủ tướng Cam pu chia Hun Ma nét thăm Hà Nội."),
    # first pass missed: 'nan' for 'năng'
    # expected reading corrected: the press writes 'Phéc-đi-nan'
    ("Tổng thống Philippines Ferdinand Marcos.",
     "Tổng thống Phi líp pin Phéc đi nan Mác cốt."),
    ("Thủ tướng Thái Lan tới Bangkok.",
     "Thủ tướng Thái Lan tới Băng Cốc."),
    ("Giá dầu thô tại New York tăng lên 65 USD mỗi thùng.",
     "Giá dầu thô tại Niu Oóc tăng lên sáu mươi lăm đô la mỹ mỗi thùng."),
    ("OPEC+ quyết định tăng sản lượng dầu.",
     "ô pếch cộng quyết định tăng sản lượng dầu."),
    ("Diễn đàn Kinh tế Thế giới tại Davos, Thụy Sĩ.",
     "Diễn đàn Kinh tế Thế giới tại Đa vốt, Thụy Sĩ."),
    ("Tổ chức Y tế Thế giới cảnh báo dịch sởi tại châu Phi.",
     "Tổ chức Y tế Thế giới cảnh báo dịch sởi tại châu Phi."),
    ("WHO khuyến cáo tiêm vắc xin phòng cúm.",
     "tổ chức y tế thế giới khuyến cáo tiêm vắc xin phòng cúm."),
    # first pass missed: 'đan.' for 'đăng.'
    ("Lực lượng gìn giữ hòa bình Liên hợp quốc tại Nam Sudan.",
     "Lực lượng gìn giữ hòa bình Liên hợp quốc tại Nam Xu đăng."),
    # first pass missed: 'đan.' for 'đăng.'
    ("Bệnh viện dã chiến cấp 2 của Việt Nam tại Nam Sudan.",
     "Bệnh viện dã chiến cấp hai của Việt Nam tại Nam Xu đăng."),
    ("Lực lượng cứu hộ Việt Nam sang Thổ Nhĩ Kỳ.",
     "Lực lượng cứu hộ Việt Nam sang Thổ Nhĩ Kỳ."),
    # first pass missed: 'Kha kíp.' for 'Khác ki ép.'
    ("Quân đội Nga tấn công thành phố Kharkiv.",
     "Quân đội Nga tấn công thành phố Khác ki ép."),
    # first pass read differently only by a convention: 'xca' is no syllable;
    # the dash between two countries is not read
    ("Hội đàm Nga - Mỹ tại Alaska.",
     "Hội đàm Nga Mỹ tại A lát ca."),
    # first pass missed: 'Ít' for 'I xờ'
    ("Đàm phán hòa bình tại Istanbul, Thổ Nhĩ Kỳ.",
     "Đàm phán hòa bình tại I xờ tan bun, Thổ Nhĩ Kỳ."),
    # first pass missed: 'Lê ba nôn' for 'Li băng'
    ("Lệnh ngừng bắn tại Lebanon được gia hạn.",
     "Lệnh ngừng bắn tại Li băng được gia hạn."),
    # first pass missed: 'Xi ri a.' for 'Xy ri.'
    # expected reading corrected: 'Xy' is written 'Xi'
    ("Chính quyền mới tại Syria.",
     "Chính quyền mới tại Xi ri."),
    # first pass missed: 'duê' for 'xu ê'
    ("Tình hình căng thẳng ở Venezuela.",
     "Tình hình căng thẳng ở Vê nê xu ê la."),
    ("Xuất khẩu gạo sang Indonesia và Philippines.",
     "Xuất khẩu gạo sang In đô nê xi a và Phi líp pin."),
    ("Lao động Việt Nam tại Đài Loan và Hàn Quốc.",
     "Lao động Việt Nam tại Đài Loan và Hàn Quốc."),
    ("Chuyến bay thẳng Hà Nội - Sydney.",
     "Chuyến bay thẳng Hà Nội, Xít ni."),
    ("Hiệp định EVFTA giữa Việt Nam và EU.",
     "Hiệp định e vê ép tê a giữa Việt Nam và e u."),
    ("Hiệp định CPTPP mở rộng thị trường xuất khẩu.",
     "Hiệp định xê pê tê pê pê mở rộng thị trường xuất khẩu."),
    ("Thủ tướng dự Hội nghị thượng đỉnh tại Dubai.",
     "Thủ tướng dự Hội nghị thượng đỉnh tại Đu bai."),
    ("Tổng Bí thư thăm chính thức Cuba.",
     "Tổng Bí thư thăm chính thức Cu ba."),
    # first pass missed: 'Chai' for 'Chi lê'
    ("Chủ tịch nước thăm Chile và Peru.",
     "Chủ tịch nước thăm Chi lê và Pê ru."),
    # first pass missed: 'Méc xi' for 'Mê hi'
    ("Thủ tướng thăm Mexico và Argentina.",
     "Thủ tướng thăm Mê hi cô và Ác hen ti na."),
    # first pass missed: 'thi' for 'ti'
    ("Đoàn đại biểu thăm Ai Cập và Ethiopia.",
     "Đoàn đại biểu thăm Ai Cập và Ê ti ô pi a."),
    # first pass missed: 'gơ i' for 'giê ri'
    ("Việt Nam và Nigeria ký thỏa thuận hợp tác.",
     "Việt Nam và Ni giê ri a ký thỏa thuận hợp tác."),
    ("Giá cà phê tăng do hạn hán ở Brazil.",
     "Giá cà phê tăng do hạn hán ở Bờ ra xin."),
    ("Núi lửa phun trào tại Indonesia.",
     "Núi lửa phun trào tại In đô nê xi a."),
    ("Sóng thần cảnh báo tại Kamchatka, Nga.",
     "Sóng thần cảnh báo tại Cam chát ca, Nga."),
    # first pass missed: 'Giê mi ung.' for 'Che Miêng.'
    ("Tổng thống Hàn Quốc Lee Jae-myung.",
     "Tổng thống Hàn Quốc Li Che Miêng."),
    ("Thủ tướng Nhật Bản Ishiba Shigeru.",
     "Thủ tướng Nhật Bản I si ba Si ghê ru."),
    ("Chủ tịch Trung Quốc Tập Cận Bình thăm Việt Nam.",
     "Chủ tịch Trung Quốc Tập Cận Bình thăm Việt Nam."),
    ("Tổng thống Thổ Nhĩ Kỳ Erdogan làm trung gian.",
     "Tổng thống Thổ Nhĩ Kỳ Ơ đô gan làm trung gian."),
    # first pass missed: 'Leo ích i vê' for 'Lê ô mười bốn'; 'can.' for 'căng.'
    ("Giáo hoàng Leo XIV tại Vatican.",
     "Giáo hoàng Lê ô mười bốn tại Va ti căng."),
    # first pass missed: 'Ê lôn Múc.' for 'E lon Mát xcơ.'
    # expected reading corrected: a cluster is 'xờ cơ'; an o is 'ô', an open e 'ê'
    ("Tỷ phú Elon Musk.",
     "Tỷ phú Ê lôn Mát xờ cơ."),
    ("Đại sứ quán Việt Nam tại Moscow khuyến cáo công dân.",
     "Đại sứ quán Việt Nam tại Mát xờ cơ va khuyến cáo công dân."),
    ("Đại sứ quán Việt Nam tại Kyiv.",
     "Đại sứ quán Việt Nam tại Ki ép."),
    # first pass missed: 'Chang' for 'Chan'
    ("Sân bay Changi của Singapore.",
     "Sân bay Chan ghi của Xin ga po."),
    ("Hội nghị Bộ trưởng Ngoại giao ASEAN tại Vientiane.",
     "Hội nghị Bộ trưởng Ngoại giao a xê an tại Viêng Chăn."),
    # first pass missed: 'xê o pê' for 'cốp'; 'dơ' for 'déc'
    # expected reading corrected: 'COP29' cut: i16c's family
    ("Hội nghị tại Baku, Azerbaijan.",
     "Hội nghị tại Ba cu, A déc bai gian."),
    # first pass missed: 'mô' for 'mo'; 'tê' for 'xtê'
    # expected reading corrected: a cluster is 'xờ tê'
    ("Timor-Leste trở thành thành viên thứ 11 của ASEAN.",
     "Ti mo Lét xờ tê trở thành thành viên thứ mười một của a xê an."),
    # first pass missed: 'kít' for 'ki xờ'; 'Bang' for 'Băng'
    ("Lũ lụt ở Pakistan và Bangladesh.",
     "Lũ lụt ở Pa ki xờ tan và Băng la đét."),
    # first pass missed: 'Đen hi' for 'Đê li'
    ("Thủ đô New Delhi ô nhiễm không khí nặng.",
     "Thủ đô Niu Đê li ô nhiễm không khí nặng."),
    ("Bão tuyết tại Chicago.",
     "Bão tuyết tại Si ca gô."),
    # first pass missed: 'giê' for 'giơ'
    ("Thế vận hội Olympic 2028 tổ chức tại Los Angeles.",
     "Thế vận hội ô lim pích hai nghìn không trăm hai mươi tám tổ chức tại Lốt An giơ lét."),
    # first pass read differently only by a convention: the lexicon's 'uơ cúp'
    ("World Cup 2026 tổ chức tại Mỹ, Canada và Mexico.",
     "Uơ cúp hai nghìn không trăm hai mươi sáu tổ chức tại Mỹ, Ca na đa và Mê hi cô."),
    # first pass missed: 'Dê' for 'Y ê'
    ("Tàu hàng bị tấn công ở Biển Đỏ, gần Yemen.",
     "Tàu hàng bị tấn công ở Biển Đỏ, gần Y ê men."),
    ("Xuất khẩu hàng hóa sang Hoa Kỳ giảm 5%.",
     "Xuất khẩu hàng hóa sang Hoa Kỳ giảm năm phần trăm."),
    # first pass missed: 'un xê.' for 'ao xơ.'
    ("Giá vàng thế giới vượt 4.000 USD/ounce.",
     "Giá vàng thế giới vượt bốn nghìn đô la mỹ một ao xơ."),
    # first pass missed: 'thô' for 'tô'; 'nê xê.' for 'ni di.'
    # expected reading corrected: as round five's loan-word batch says it
    ("Thủ tướng Australia Anthony Albanese.",
     "Thủ tướng Ô xờ trây li a An tô ni An ba ni dơ."),
    # first pass missed: 'Gia' for 'Ha'; 'ơ' for 'e'
    ("Tổng thống Argentina Javier Milei.",
     "Tổng thống Ác hen ti na Ha vi e Mi lây."),
    ("Chính phủ Hungary và Ba Lan.",
     "Chính phủ Hung ga ri và Ba Lan."),
    ("Hòa đàm tại Doha, Qatar.",
     "Hòa đàm tại Đô ha, Ca ta."),
    ("Tổng thống Iran Pezeshkian.",
     "Tổng thống I ran Pê dét ki an."),
    # expected reading corrected: brackets written as the reader keeps them (heard as commas)
    ("Cơ quan Năng lượng Nguyên tử Quốc tế (IAEA) thanh sát.",
     "Cơ quan Năng lượng Nguyên tử Quốc tế (i a e a) thanh sát."),
    # first pass missed: 'The Ha guê.' for 'La Hay.'
    ("Tòa án Hình sự Quốc tế ICC tại The Hague.",
     "Tòa án Hình sự Quốc tế i xê xê tại La Hay."),

]  # fmt: skip

BATCH_TWO: list[tuple[str, str]] = [
    ("Hội nghị Thượng đỉnh ASEAN - Hoa Kỳ diễn ra tại Kuala Lumpur.",
     "Hội nghị Thượng đỉnh a xê an, Hoa Kỳ diễn ra tại Cu a la Lăm pơ."),
    ("Bộ trưởng Ngoại giao Nga Sergei Lavrov thăm Bình Nhưỡng.",
     "Bộ trưởng Ngoại giao Nga Xéc gây La vờ rốp thăm Bình Nhưỡng."),
    ("Ngoại trưởng Mỹ Marco Rubio điện đàm với Bộ trưởng Ngoại giao Việt Nam.",
     "Ngoại trưởng Mỹ Mác cô Ru bi ô điện đàm với Bộ trưởng Ngoại giao Việt Nam."),
    ("Lũ quét tại Nepal làm hàng chục người thiệt mạng.",
     "Lũ quét tại Nê pan làm hàng chục người thiệt mạng."),
    ("Động đất 6,2 độ richter làm rung chuyển Istanbul.",
     "Động đất sáu phẩy hai độ rích te làm rung chuyển I xờ tan bun."),
    ("Cháy rừng lan rộng ở Hy Lạp và Bồ Đào Nha.",
     "Cháy rừng lan rộng ở Hy Lạp và Bồ Đào Nha."),
    ("Tổng thống Pháp thăm Ai Cập và Jordan.",
     "Tổng thống Pháp thăm Ai Cập và Gioóc đa ni."),
    ("Đoàn cứu trợ nhân đạo vào Dải Gaza qua cửa khẩu Rafah.",
     "Đoàn cứu trợ nhân đạo vào Dải Ga da qua cửa khẩu Ra pha."),
    ("Lực lượng Houthi ở Yemen tấn công tàu hàng.",
     "Lực lượng Hu thi ở Y ê men tấn công tàu hàng."),
    ("Phong trào Hamas trao trả con tin.",
     "Phong trào Ha mát trao trả con tin."),
    ("Đại hội đồng Liên hợp quốc họp tại New York.",
     "Đại hội đồng Liên hợp quốc họp tại Niu Oóc."),
    ("Thủ tướng Canada Mark Carney.",
     "Thủ tướng Ca na đa Mác Các ni."),
    ("Tổng thống Hàn Quốc thăm Tokyo.",
     "Tổng thống Hàn Quốc thăm Tô ki ô."),
    ("Xuất khẩu thanh long sang Australia và New Zealand.",
     "Xuất khẩu thanh long sang Ô xờ trây li a và Niu Di lân."),
    ("Xuất khẩu cà phê sang Đức, Italia và Tây Ban Nha.",
     "Xuất khẩu cà phê sang Đức, I ta li a và Tây Ban Nha."),
    ("Giá gạo xuất khẩu sang Philippines giảm.",
     "Giá gạo xuất khẩu sang Phi líp pin giảm."),
    ("Tổ chức Di cư Quốc tế (IOM) hỗ trợ người lao động.",
     "Tổ chức Di cư Quốc tế (i ô em) hỗ trợ người lao động."),
    ("Ngân hàng Phát triển châu Á (ADB) cho vay dự án.",
     "Ngân hàng Phát triển châu Á (a đê bê) cho vay dự án."),
    ("Quỹ Nhi đồng Liên hợp quốc UNICEF trao học bổng.",
     "Quỹ Nhi đồng Liên hợp quốc u ni xép trao học bổng."),
    ("Tổng thống Ukraine gặp Tổng thống Mỹ tại Nhà Trắng.",
     "Tổng thống U cờ rai na gặp Tổng thống Mỹ tại Nhà Trắng."),
    # first pass missed: 'Phung uông' for 'Phung oong' (a Cantonese 'wong')
    ("Bão Fung-wong đổ bộ vào Philippines.",
     "Bão phung vông đổ bộ vào Phi líp pin."),
    ("Lũ lụt tại Valencia, Tây Ban Nha.",
     "Lũ lụt tại Va len xi a, Tây Ban Nha."),
    ("Lao động Việt Nam tại Séc, Ba Lan và Romania.",
     "Lao động Việt Nam tại Séc, Ba Lan và Ru ma ni."),
    ("Tuyến đường sắt Côn Minh - Lào Cai.",
     "Tuyến đường sắt Côn Minh, Lào Cai."),
    ("Chuyến tàu Trung Quốc - Lào tới Vientiane.",
     "Chuyến tàu Trung Quốc, Lào tới Viêng Chăn."),
    # first pass missed: 'Uem' for 'Uêm'
    # expected reading corrected: a cluster is 'bờ li'
    ("Sân vận động Wembley ở London.",
     "Sân vận động Uêm bờ li ở Luân Đôn."),
    ("Tổng thống Kenya William Ruto thăm Việt Nam.",
     "Tổng thống Kê ni a Uy li am Ru tô thăm Việt Nam."),
    # first pass missed: 'La ren xê Uông' for 'Lo ren Oong'
    ("Thủ tướng Singapore Lawrence Wong.",
     "Thủ tướng Xin ga po Lo ren Oong."),
    ("Tổng thống Nga tới Minsk, Belarus.",
     "Tổng thống Nga tới Min xờ cơ, Bê la rút."),
    # first pass missed: the established 'Ả Rập Xê Út'
    ("Hội nghị tại Riyadh, Saudi Arabia.",
     "Hội nghị tại Ri át, Ả Rập Xê Út."),
    # first pass missed: the established 'Sát' for 'Chad'
    ("Dịch tả bùng phát tại Sudan và Chad.",
     "Dịch tả bùng phát tại Xu đăng và Sát."),
    ("Tổ chức Y tế Thế giới (WHO) tuyên bố tình trạng khẩn cấp.",
     "Tổ chức Y tế Thế giới tuyên bố tình trạng khẩn cấp."),
    # first pass read differently only by a convention: a cluster is 'Gờ ru'
    ("Hàng nghìn người biểu tình tại Tbilisi, Gruzia.",
     "Hàng nghìn người biểu tình tại Tờ bi li xi, Gờ ru di a."),
    ("Máy bay rơi tại Ahmedabad, Ấn Độ.",
     "Máy bay rơi tại A mê đa bát, Ấn Độ."),
    ("Tòa án tối cao Brazil xét xử cựu Tổng thống Bolsonaro.",
     "Tòa án tối cao Bờ ra xin xét xử cựu Tổng thống Bôn xô na rô."),
    # first pass missed: 'Xê vai' for 'Xê vi a'
    ("Nhiệt độ ở Seville lên tới 46 độ C.",
     "Nhiệt độ ở Xê vi a lên tới bốn mươi sáu độ xê."),

]  # fmt: skip
"""Batch 2: written after batch 1's fixes, before the reader ran on it."""

KNOWN_MISSES = {
    "Tổng thống Hàn Quốc Lee Jae-myung": "Korean 'yu' before 'ng' ('myung' → 'miêng'), as in "
    "round five's loan-word batch",
}
"""Misses left after the fixes; strict xfails, so they count as misses until a class fixes
them."""

FIRST_PASS = {"BATCH_ONE": (91, 48, 7), "BATCH_TWO": (36, 29, 1)}
"""Per batch: phrases, read right at the first pass, and read differently only by a convention
of the project."""


def test_the_batches_are_as_wide_as_written() -> None:
    assert len(BATCH_ONE) == FIRST_PASS["BATCH_ONE"][0]
    assert len(BATCH_TWO) == FIRST_PASS["BATCH_TWO"][0]
    assert len(KNOWN_MISSES) == 1


@pytest.mark.parametrize(
    ("written", "spoken"), batch_cases((("1", BATCH_ONE), ("2", BATCH_TWO)), KNOWN_MISSES)
)
def test_world_news_is_read_as_a_bulletin_reads_it(written: str, spoken: str) -> None:
    assert spoken_form(written) == spoken


def test_every_name_in_the_news_is_said_in_vietnamese_syllables() -> None:
    assert_said_in_vietnamese_syllables(written for written, _spoken in BATCH_ONE + BATCH_TWO)


def test_an_established_form_is_read_unreported_and_a_station_may_override_it() -> None:
    reading = read_aloud(
        "Lệnh ngừng bắn tại Lebanon, Syria và Yemen; Thủ tướng Ấn Độ tới Kharkiv và The Hague."
    )
    assert reading.spoken == (
        "Lệnh ngừng bắn tại Li băng, Xi ri và Y ê men; Thủ tướng Ấn Độ tới Khác ki ép và La Hay."
    )
    assert reading.guessed == ()
    assert spoken_form("Tin từ Lebanon.", {"Lebanon": "Lê ba nôn"}) == "Tin từ Lê ba nôn."


def test_leaders_in_the_news_are_said_in_the_press_forms() -> None:
    """Names found by a probe of thirty leaders after batch 2: the fallback said 19 of them
    as the press does; these are the others."""
    assert spoken_form(
        "Thủ tướng Đức Scholz, ông Orban, ông Thaksin và con gái Paetongtarn, ông Peskov, bà "
        "Ursula von der Leyen, bà Sanae Takaichi."
    ) == (
        "Thủ tướng Đức Sôn xơ, ông Oóc ban, ông Thắc xin và con gái Pe tong tan, ông Pét xờ "
        "cốp, bà Uốc xu la phôn đơ Lai en, bà Xa na ê Ta ca i chi."
    )


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        # a plot or a block named by a letter and a number keeps its letters
        ("Lô đất G20 và lô G7 khu dân cư mới.",
         "Lô đất giê hai mươi và lô giê bảy khu dân cư mới."),
        # names the Vietnamese press writes in its own syllables stay as written
        ("Xuất khẩu sang Li-băng, Xy-ri, I-rắc và Mê-hi-cô.",
         "Xuất khẩu sang Li băng, Xy ri, I rắc và Mê hi cô."),
        ("Đoàn thăm Ai Cập, Thổ Nhĩ Kỳ, Hà Lan, Thụy Sĩ và Séc.",
         "Đoàn thăm Ai Cập, Thổ Nhĩ Kỳ, Hà Lan, Thụy Sĩ và Séc."),
    ],
)  # fmt: skip
def test_near_misses_of_the_world_news_forms_are_unchanged(written: str, spoken: str) -> None:
    assert spoken_form(written) == spoken
