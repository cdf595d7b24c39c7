"""Vietnamese reading, ninth round: the names of Vietnam's peoples, their festivals and places,
and the words of science in notices (issue 16, the classes of round nine's held-out misses).

A. The 54 peoples and their festivals, rites and places as notices write them: Khmer ('Chùa
   Kh'Leang' → 'Khơ leng', 'Kathina', 'Mahatup'), Chăm ('Ramưwan', 'Po Nagar'), the Highlands
   ('Y Thanh Hà Niê Kđăm' → '… Cơ đăm', 'Chư Păh' → 'Chư Pă', 'Ayŭn Pa', 'Y'Tlam', 'M'Đrắk',
   'Pleiku' → 'plây cu') and the north ('H'Mông', 'Sli'). A name of the Highlands or of the
   Khmer written in Vietnamese letters is read by a rule where one fits: a first consonant
   before another is said with 'ơ' as the names with an apostrophe are, a final 'h' or 'r'
   is not said, a breve's short vowel is the vowel; the rest are listed in loanwords.toml.
B. Words of science in health, farm and environment notices ('dioxin' → 'đi ô xin', 'Viện
   Pasteur' → 'pát tơ', 'E. coli', 'ôxy' → 'ô xy' as the notice writes it), checked against
   the shipped loan-word lexicon: its conventions are kept ('mê ta nôn', 'a mô ni ác').
C. A slash between two names of one thing is a pause: a substance and its chemical name ('da
   cam/dioxin'), a disease and its international name ('tai xanh/PRRS', whose
   letters are left out since blind rounds 93 and 94), the diseases one
   vaccine guards against ('Sởi/Rubella', 'bạch hầu/ho gà/uốn ván'); between two choices it
   stays 'hoặc' ('ông/bà', 'vôi bột/Cloramin B'), and 'HIV/AIDS' is one name.

FIRST_PASS was written with its readings before the reader was run on it: 30 of its 52 were
right on main. A reading changed to a convention of the project is marked `# expected reading
corrected: <why>`; case is not marked (it cannot be heard). SECOND_PASS was written after
FIRST_PASS's fixes, blind again, from other kinds of notice: 44 of 47 on its first run (23 on
main), its misses marked where they stand. THIRD_PASS was written after SECOND_PASS's fixes,
blind again: 20 of 29 on its first run (the slash's list of names was too narrow: it now takes
any foreign name after a disease, a toxin or a drug).
"""

from __future__ import annotations

import pytest

from announcements.normalize import read_aloud, spoken_form

FIRST_PASS: list[tuple[str, str]] = [
    # A. peoples, their festivals, rites and places
    # first pass missed
    ("Chùa Kh'Leang là ngôi chùa Khmer cổ ở Sóc Trăng.",
     'Chùa Khơ leng là ngôi chùa khơ me cổ ở Sóc Trăng.'),
    ('Lễ dâng y Kathina tại chùa Âng, Trà Vinh.',
     'Lễ dâng y ca thi na tại chùa Âng, Trà Vinh.'),
    # first pass missed
    ('Đồng bào Chăm đón Tết Katê và tháng Ramưwan.',
     'Đồng bào Chăm đón Tết ca tê và tháng ra mư oan.'),
    ('Lễ hội Tháp Bà Ponagar ở Nha Trang.',
     'Lễ hội Tháp Bà pô na ga ở Nha Trang.'),
    ('Đồng bào Bahnar, Jrai ở Kon Tum, Gia Lai mừng lúa mới.',
     'Đồng bào ba na, gia rai ở Kon Tum, Gia Lai mừng lúa mới.'),
    # first pass missed
    ('Ông Y Thanh Hà Niê Kđăm phát biểu tại buôn Ma Thuột.',
     'Ông Y Thanh Hà Niê Cơ đăm phát biểu tại buôn Ma Thuột.'),
    # expected reading corrected: a name of the Highlands written with its cluster and its
    # marks is kept as written ('Krông', 'Prăng', 'Prông': syllables.HIGHLAND_ONSET)
    ('Huyện Krông Pắc, tỉnh Đắk Lắk hỗ trợ cà phê giống.',
     'Huyện Krông Pắc, tỉnh Đắk Lắk hỗ trợ cà phê giống.'),
    ('Đồng bào Raglai ở Khánh Hòa đón lễ bỏ mả.',
     'Đồng bào ra gờ lai ở Khánh Hòa đón lễ bỏ mả.'),
    # expected reading corrected: the foreign reading's 'x' for 's' (one sound in the north)
    # expected reading corrected (round 91): a Tày or Nùng syllable is said as written, 'sli'
    ('Câu lạc bộ hát Sli, hát Lượn của đồng bào Nùng.',
     'Câu lạc bộ hát Sli, hát Lượn của đồng bào Nùng.'),
    # expected reading corrected: 'Plây Cu' as Vietnamese writes it, the cluster kept as in
    # 'Krông' (was 'Pờ lây cu')
    ('Thành phố Pleiku, tỉnh Gia Lai.',
     'Thành phố plây cu, tỉnh Gia Lai.'),
    # expected reading corrected: 'Plây Cu' as Vietnamese writes it, the cluster kept as in
    # 'Krông' (was 'Pờ lây cu')
    ('Làng Plei Ốp ở Pleiku tổ chức lễ cúng bến nước.',
     'Làng plây Ốp ở plây cu tổ chức lễ cúng bến nước.'),
    ('Lễ hội đua ghe Ngo trong dịp Ok Om Bok.',
     'Lễ hội đua ghe Ngo trong dịp óc om bóc.'),
    # expected reading corrected: a Highland cluster with its marks is kept as written
    ("Đồng bào M'Nông ở bon Bu Prăng đón Tết.",
     'Đồng bào Mơ Nông ở bon Bu Prăng đón Tết.'),
    ("Người K'Ho, Chu Ru, Mạ ở Lâm Đồng đánh cồng chiêng.",
     'Người Cơ Ho, Chu Ru, Mạ ở Lâm Đồng đánh cồng chiêng.'),
    ("Huyện K'Bang có nhiều buôn làng đồng bào Bahnar.",
     'Huyện Cơ Bang có nhiều buôn làng đồng bào ba na.'),
    ('Chùa Dơi (Mahatup) ở phường 3, Sóc Trăng.',
     'Chùa Dơi (ma ha túp) ở phường ba, Sóc Trăng.'),
    ("Lễ Gầu Tào của người H'Mông ở Mèo Vạc.",
     'Lễ Gầu Tào của người Hơ Mông ở Mèo Vạc.'),
    ("Huyện Ea H'leo, tỉnh Đắk Lắk.",
     'Huyện Ê a Hơ leo, tỉnh Đắk Lắk.'),
    # expected reading corrected: a Highland cluster with its marks is kept as written
    ('Huyện Chư Prông và Ia Grai giáp biên giới.',
     'Huyện Chư Prông và Ia Gờ rai giáp biên giới.'),
    # expected reading corrected: an unmarked cluster takes the foreign reading's 'ờ' ('Tờ lam')
    ("Già làng Y'Tlam kể sử thi Đăm San.",
     'Già làng Y Tờ lam kể sử thi Đăm San.'),
    # expected reading corrected: the Vietnamese spelling 'Pô Klông Garai', its cluster kept
    ('Tháp Po Klong Garai đón khách dịp Katê.',
     'Tháp pô klông ga rai đón khách dịp ca tê.'),
    # near-misses of A: Vietnamese words and names that look like them
    ('Trạm Y tế xã khám cho người Hà Nhì, Lô Lô ở Y Tý.',
     'Trạm Y tế xã khám cho người Hà Nhì, Lô Lô ở Y Tý.'),
    ('Hội Lồng Tồng của người Tày, Nùng; lễ cúng Xên bản của người Thái.',
     'Hội Lồng Tồng của người Tày, Nùng; lễ cúng Xên bản của người Thái.'),
    ('Khai mạc hội khèn, hát Then, đàn tính.',
     'Khai mạc hội khèn, hát Then, đàn tính.'),
    ('Phum sóc Khmer đón Tết trong không khí vui tươi.',
     'Phum sóc khơ me đón Tết trong không khí vui tươi.'),
    ('Bà Khúc Thị Kha ở khu Khe Lá.',
     'Bà Khúc Thị Kha ở khu Khe Lá.'),
    # B. words of science in health, farm and environment notices
    ('Nước sinh hoạt phải được khử trùng bằng chlorine.',
     'Nước sinh hoạt phải được khử trùng bằng cờ lo rin.'),
    ('Tầng ozone bảo vệ Trái Đất khỏi tia cực tím.',
     'Tầng ô dôn bảo vệ Trái Đất khỏi tia cực tím.'),
    ('Không dùng formol để bảo quản thực phẩm.',
     'Không dùng phoóc môn để bảo quản thực phẩm.'),
    ('Thuốc diệt cỏ glyphosate, paraquat đã bị cấm sử dụng.',
     'Thuốc diệt cỏ gờ li phô xát, pa ra quát đã bị cấm sử dụng.'),
    # expected reading corrected: round seven's convention 'mê ta nôn' (round7_loanwords), kept
    ('Cảnh báo ngộ độc rượu do methanol.',
     'Cảnh báo ngộ độc rượu do mê ta nôn.'),
    # expected reading corrected: round seven's convention 'a mô ni ác' (round7_loanwords)
    ('Rò rỉ khí amoniac tại cơ sở đông lạnh.',
     'Rò rỉ khí a mô ni ác tại cơ sở đông lạnh.'),
    # first pass missed
    ('Nước giếng nhiễm khuẩn E. coli và coliform.',
     'Nước giếng nhiễm khuẩn e cô li và cô li phom.'),
    # first pass missed
    ('Tiêm phòng dại tại Viện Pasteur Nha Trang.',
     'Tiêm phòng dại tại Viện pát tơ Nha Trang.'),
    # first pass missed
    ('Hội nạn nhân chất độc dioxin tỉnh thăm hỏi hội viên.',
     'Hội nạn nhân chất độc đi ô xin tỉnh thăm hỏi hội viên.'),
    # first pass missed
    ('Bơm khí ôxy cho ao nuôi tôm khi trời nắng nóng.',
     'Bơm khí ô xy cho ao nuôi tôm khi trời nắng nóng.'),
    ('Máy khử độc rau quả bằng ôzôn.',
     'Máy khử độc rau quả bằng ô dôn.'),
    # expected reading corrected: the cluster's 'phờ la' of every loan word
    ('Ngô mốc chứa độc tố aflatoxin gây ung thư gan.',
     'Ngô mốc chứa độc tố a phờ la tốc xin gây ung thư gan.'),
    ('Không dùng melamine trong chế biến sữa.',
     'Không dùng mê la min trong chế biến sữa.'),
    # first pass missed
    ('Ngộ độc botulinum do ăn pate đóng hộp.',
     'Ngộ độc bô tu li num do ăn pa tê đóng hộp.'),
    ('Phun Cloramin B khử khuẩn, tiêm insulin đúng giờ.',
     'Phun cờ lo ra min bê khử khuẩn, tiêm in su lin đúng giờ.'),
    ('Vi khuẩn Salmonella trong thịt gà sống.',
     'Vi khuẩn xan mô nen la trong thịt gà sống.'),
    # C. a slash between two names of one thing is a pause
    # first pass missed
    ('Hỗ trợ nạn nhân chất độc da cam/dioxin.',
     'Hỗ trợ nạn nhân chất độc da cam, đi ô xin.'),
    # first pass missed
    ('Tiêm vắc xin Sởi/Rubella cho trẻ từ 1 đến 5 tuổi.',
     'Tiêm vắc xin Sởi, ru bê la cho trẻ từ một đến năm tuổi.'),
    # first pass missed
    # its letters left out since blind rounds 93 and 94 (undecodable)
    ('Phòng chống bệnh tai xanh/PRRS ở lợn.', 'Phòng chống bệnh tai xanh ở lợn.'),
    # first pass missed
    ('Vắc xin phòng bạch hầu/ho gà/uốn ván cho trẻ.',
     'Vắc xin phòng bạch hầu, ho gà, uốn ván cho trẻ.'),
    # first pass missed
    ('Chủ động phòng bệnh sốt xuất huyết/Dengue mùa mưa.',
     'Chủ động phòng bệnh sốt xuất huyết, đen gơ mùa mưa.'),
    # near-misses of C: a slash between two choices is 'hoặc'; 'HIV/AIDS' one name
    ('Mời ông/bà đến dự họp.',
     'Mời ông hoặc bà đến dự họp.'),
    ('Liên hệ qua điện thoại/Zalo của cán bộ thôn.',
     'Liên hệ qua điện thoại hoặc da lô của cán bộ thôn.'),
    ('Khử khuẩn chuồng trại bằng vôi bột/Cloramin B.',
     'Khử khuẩn chuồng trại bằng vôi bột hoặc cờ lo ra min bê.'),
    ('Các xã/phường báo cáo trước ngày 5.',
     'Các xã hoặc phường báo cáo trước ngày năm.'),
    ('Tháng hành động phòng, chống HIV/AIDS.',
     'Tháng hành động phòng, chống hát i vê ết.'),
]  # fmt: skip

SECOND_PASS: list[tuple[str, str]] = [
    # A. peoples, their festivals, rites and places
    ('Huyện Chư Păh, tỉnh Gia Lai tổ chức lễ mừng lúa mới.',
     'Huyện Chư Pă, tỉnh Gia Lai tổ chức lễ mừng lúa mới.'),
    ('Khu du lịch Đạ Tẻh đón khách dịp Tết.',
     'Khu du lịch Đạ Tẻ đón khách dịp Tết.'),
    ('Nghệ nhân Y Biêr Niê truyền dạy đánh chiêng.',
     'Nghệ nhân Y Biê Niê truyền dạy đánh chiêng.'),
    ('Thị xã Ayŭn Pa hỗ trợ hộ nghèo.',
     'Thị xã A dun Pa hỗ trợ hộ nghèo.'),
    ("Huyện M'Đrắk và Krông Bông ra quân làm đường.",
     'Huyện Mơ Đơ rắk và Krông Bông ra quân làm đường.'),
    ("Chị H'Hen Niê về thăm buôn Sút M'Đưng.",
     'Chị Hơ Hen Niê về thăm buôn Sút Mơ Đưng.'),
    ('Đại biểu Kpă Thuyên dự lễ Pơ thi của người Jrai.',
     'Đại biểu Cơ pă Thuyên dự lễ Pơ thi của người gia rai.'),
    ("Lễ hội Chôl Chnăm Thmây tại chùa Kh'Leang.",
     'Lễ hội chôn chơ năm thơ mây tại chùa Khơ leng.'),
    # first run missed: a written tone was dropped ('Ba ni')
    ('Đồng bào Chăm Bàni đón Ramưwan.',
     'Đồng bào Chăm Bà ni đón ra mư oan.'),
    ('Ông Rơ Mah Tuân ở làng Plei Phung.',
     'Ông Rơ Ma Tuân ở làng plây Phung.'),
    ('Thành phố Pleiku có nhiều làng Jrai.',
     'Thành phố plây cu có nhiều làng gia rai.'),
    ("Huyện Đắk R'Lấp, tỉnh Đắk Nông.",
     'Huyện Đắk Rơ Lấp, tỉnh Đắk Nông.'),
    ('Chùa Som Rông và chùa Mahatup ở Sóc Trăng.',
     'Chùa Som Rông và chùa ma ha túp ở Sóc Trăng.'),
    ('Tháp Po Nagar, tháp Po Klong Garai đón du khách.',
     'Tháp pô na ga, tháp pô klông ga rai đón du khách.'),
    ('Đội văn nghệ hát Sli, Lượn, múa Then.',
     'Đội văn nghệ hát Sli, Lượn, múa Then.'),
    ('Thủ lĩnh Achar điều hành lễ Sene Dolta.',
     'Thủ lĩnh a cha điều hành lễ xen đôn ta.'),
    ("Buôn Đôn có nghề thuần dưỡng voi của người M'Nông.",
     'Buôn Đôn có nghề thuần dưỡng voi của người Mơ Nông.'),
    # near-misses of A: Vietnamese words and names that look like them
    ('Người Thái ở Mường Lò tổ chức lễ Xên bản, Xên mường.',
     'Người Thái ở Mường Lò tổ chức lễ Xên bản, Xên mường.'),
    ('Lễ Cấp sắc của người Dao đỏ ở Bắc Hà.',
     'Lễ Cấp sắc của người Dao đỏ ở Bắc Hà.'),
    ('Bác sĩ Y khoa và y tá của trạm Y tế.',
     'Bác sĩ Y khoa và y tá của trạm Y tế.'),
    ('Anh Khánh, chị Khuê ở khu Khe Mít.',
     'Anh Khánh, chị Khuê ở khu Khe Mít.'),
    # B. words of science in health, farm and environment notices
    ('Không sử dụng hàn the, formol trong chế biến giò chả.',
     'Không sử dụng hàn the, phoóc môn trong chế biến giò chả.'),
    ('Kết quả xét nghiệm mẫu nước có vi khuẩn E.coli vượt ngưỡng.',
     'Kết quả xét nghiệm mẫu nước có vi khuẩn e cô li vượt ngưỡng.'),
    ('Viện Pasteur TP. Hồ Chí Minh hướng dẫn phòng bệnh.',
     'Viện pát tơ thành phố Hồ Chí Minh hướng dẫn phòng bệnh.'),
    ('Thu gom vỏ bao bì thuốc có chứa paraquat.',
     'Thu gom vỏ bao bì thuốc có chứa pa ra quát.'),
    ('Nước thải chứa amoni, nitrit, nitrat vượt quy chuẩn.',
     'Nước thải chứa a mô ni, ni trít, ni trát vượt quy chuẩn.'),
    ('Bệnh liên cầu khuẩn lợn (Streptococcus suis) lây sang người.',
     'Bệnh liên cầu khuẩn lợn (xờ trép tô cốc cút xu ít) lây sang người.'),
    ('Nạn nhân chất độc điôxin được hỗ trợ hằng tháng.',
     'Nạn nhân chất độc đi ô xin được hỗ trợ hằng tháng.'),
    ('Tầng ôzôn suy giảm do khí thải.',
     'Tầng ô dôn suy giảm do khí thải.'),
    ('Thuốc trừ sâu chứa Carbofuran bị cấm.',
     'Thuốc trừ sâu chứa Các bô phu ran bị cấm.'),
    ('Ăn bánh mì pate không rõ nguồn gốc gây ngộ độc.',
     'Ăn bánh mì pa tê không rõ nguồn gốc gây ngộ độc.'),
    ('Hút thuốc lá chứa nicotine gây hại cho sức khỏe.',
     'Hút thuốc lá chứa ni cô tin gây hại cho sức khỏe.'),
    ('Kiểm tra cholesterol máu miễn phí cho người cao tuổi.',
     'Kiểm tra cô lét tê rôn máu miễn phí cho người cao tuổi.'),
    ('Máy tạo ôxy cho bệnh nhân COVID-19.',
     'Máy tạo ô xy cho bệnh nhân cô vít mười chín.'),
    ('Phun thuốc Bordeaux phòng bệnh cho cây.',
     'Phun thuốc boóc đô phòng bệnh cho cây.'),
    ('Phát hiện độc tố botulinum trong thực phẩm chay.',
     'Phát hiện độc tố bô tu li num trong thực phẩm chay.'),
    ('Tiêm kháng sinh penicillin cần thử phản ứng.',
     'Tiêm kháng sinh pê ni xi lin cần thử phản ứng.'),
    # C. a slash between two names of one thing is a pause
    ('Vận động ủng hộ Quỹ bảo trợ nạn nhân da cam/dioxin tỉnh.',
     'Vận động ủng hộ Quỹ bảo trợ nạn nhân da cam, đi ô xin tỉnh.'),
    # expected reading corrected twice: a foreign abbreviation in brackets after the words it
    # stands for was not said (round five's convention); it is since rounds 68-70
    ('Tiêm bổ sung vắc xin sởi/rubella (MR) cho học sinh.',
     'Tiêm bổ sung vắc xin sởi, ru bê la (tức vắc xin em e rờ) cho học sinh.'),
    # a disease's letters left out since blind rounds 93 and 94
    ('Phòng bệnh dịch tả lợn châu Phi/ASF.', 'Phòng bệnh dịch tả lợn châu Phi.'),
    ('Vắc xin 5 trong 1 phòng bạch hầu/ho gà/uốn ván/viêm gan B/Hib.',
     'Vắc xin năm trong một phòng bạch hầu, ho gà, uốn ván, viêm gan bê, híp.'),
    ('Tháng cao điểm phòng chống sốt xuất huyết/Dengue.',
     'Tháng cao điểm phòng chống sốt xuất huyết, đen gơ.'),
    # near-misses of C: a slash between two choices is 'hoặc'; 'HIV/AIDS' one name
    ('Người dân liên hệ cán bộ thôn/xóm để đăng ký.',
     'Người dân liên hệ cán bộ thôn hoặc xóm để đăng ký.'),
    ('Khử trùng bằng Cloramin B/nước Javen.',
     'Khử trùng bằng cờ lo ra min bê hoặc nước Gia ven.'),
    ('Ông/bà có con dưới 5 tuổi đưa trẻ đi tiêm sởi.',
     'Ông hoặc bà có con dưới năm tuổi đưa trẻ đi tiêm sởi.'),
    # first run missed: a slash before a loan word's one-letter syllable was 'trên'
    ('Thuốc sát trùng Benkocid/Iodine cho chuồng trại.',
     'Thuốc sát trùng ben cô xít hoặc i ô đin cho chuồng trại.'),
    ('Phòng, chống HIV/AIDS trong đồng bào dân tộc thiểu số.',
     'Phòng, chống hát i vê ết trong đồng bào dân tộc thiểu số.'),
]  # fmt: skip


THIRD_PASS: list[tuple[str, str]] = [
    # A. peoples, their festivals, rites and places
    # first run missed: Ê Đê's 'dh' is 'đ' ('Dơ hăm')
    ('Già làng Y Dhăm Ênuôl ở buôn Ako Dhông kể khan.',
     'Già làng Y Đăm Ê nuôn ở buôn A cô Đông kể khan.'),
    ("Đội cồng chiêng của huyện Cư M'gar đạt giải nhất.",
     'Đội cồng chiêng của huyện Cư Mơ ga đạt giải nhất.'),
    ('Lễ cúng bến nước của người Jrai ở xã Ia Dom.',
     'Lễ cúng bến nước của người gia rai ở xã Ia Dom.'),
    ('Học sinh người Khmer ở phum sóc được tặng học bổng.',
     'Học sinh người khơ me ở phum sóc được tặng học bổng.'),
    ('Lễ hội Ok Om Bok và đua ghe Ngo năm 2025.',
     'Lễ hội óc om bóc và đua ghe Ngo năm hai nghìn không trăm hai mươi lăm.'),
    ("Bà Nay H'Blơng, người Jrai, được phong tặng nghệ nhân.",
     'Bà Nay Hơ Blơng, người gia rai, được phong tặng nghệ nhân.'),
    ('Đồng bào Raglai ở Khánh Sơn đón Tết.',
     'Đồng bào ra gờ lai ở Khánh Sơn đón Tết.'),
    ('Ông Ksor Phước thăm làng Plei Kép.',
     'Ông Cờ so Phước thăm làng plây Kép.'),
    # expected reading corrected: an unmarked cluster takes the foreign reading's 'ờ'
    ('Xã Đăk Pxi, huyện Đăk Hà, tỉnh Kon Tum.',
     'Xã Đăk Pờ xi, huyện Đăk Hà, tỉnh Kon Tum.'),
    ('Lễ Rija Nưgar của người Chăm ở Ninh Thuận.',
     'Lễ ri gia nư ga của người Chăm ở Ninh Thuận.'),
    ('Người Mông ở Mù Cang Chải thổi khèn đón Tết.',
     'Người Mông ở Mù Cang Chải thổi khèn đón Tết.'),
    # expected reading corrected: the foreign reading keeps 'gh' ('Ghô', one sound with 'Gô')
    ("Chùa Kh'mer Ghositaram ở Bạc Liêu.",
     'Chùa khơ me Ghô xi ta ram ở Bạc Liêu.'),
    # B. words of science
    ('Phun khử trùng Cloramin B tại ổ dịch.',
     'Phun khử trùng cờ lo ra min bê tại ổ dịch.'),
    ('Nước thải có hàm lượng amoni, coliform cao.',
     'Nước thải có hàm lượng a mô ni, cô li phom cao.'),
    ('Tuyệt đối không dùng paraquat, glyphosate gần nguồn nước.',
     'Tuyệt đối không dùng pa ra quát, gờ li phô xát gần nguồn nước.'),
    ('Viện Pasteur Nha Trang cảnh báo bệnh dại.',
     'Viện pát tơ Nha Trang cảnh báo bệnh dại.'),
    ('Ngộ độc thực phẩm do vi khuẩn Listeria.',
     'Ngộ độc thực phẩm do vi khuẩn lít tê ri a.'),
    ('Tiêm insulin cho người bệnh đái tháo đường.',
     'Tiêm in su lin cho người bệnh đái tháo đường.'),
    ('Khí ôzôn ở tầng thấp gây hại cho sức khỏe.',
     'Khí ô dôn ở tầng thấp gây hại cho sức khỏe.'),
    ('Không hút thuốc lá, thuốc lá điện tử chứa nicotine.',
     'Không hút thuốc lá, thuốc lá điện tử chứa ni cô tin.'),
    # C. a slash between two names of one thing (first run missed all five: names outside
    # the list, which now takes any foreign name after a disease, a toxin or a drug)
    ('Đậu mùa khỉ/Mpox lây qua tiếp xúc gần.',
     'Đậu mùa khỉ, em pốc lây qua tiếp xúc gần.'),
    ('Cảnh báo ngộ độc thạch tín/asen trong nước giếng.',
     'Cảnh báo ngộ độc thạch tín, a sen trong nước giếng.'),
    ('Phòng bệnh liên cầu khuẩn/Streptococcus suis ở người.',
     'Phòng bệnh liên cầu khuẩn, xờ trép tô cốc cút xu ít ở người.'),
    ('Không dùng hàn the/borax trong giò chả.',
     'Không dùng hàn the, bô rác trong giò chả.'),
    ('Tác hại của bóng cười/khí N2O với giới trẻ.',
     'Tác hại của bóng cười, khí en hai ô với giới trẻ.'),
    # near-misses of C
    ('Đăng ký tiêm tại trạm y tế/bệnh viện huyện.',
     'Đăng ký tiêm tại trạm y tế hoặc bệnh viện huyện.'),
    ('Liên hệ trưởng thôn/bí thư chi bộ.',
     'Liên hệ trưởng thôn hoặc bí thư chi bộ.'),
    ('Giá thịt lợn hơi 60.000 đồng/kg.',
     'Giá thịt lợn hơi sáu mươi nghìn đồng một ki lô gam.'),
]  # fmt: skip


@pytest.mark.parametrize(("written", "spoken"), [*FIRST_PASS, *SECOND_PASS, *THIRD_PASS])
def test_round_nine_names_and_science_are_read_as_an_announcer_reads_them(
    written: str, spoken: str
) -> None:
    assert spoken_form(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("Kđăm", "Cơ đăm"),  # a first consonant before another, said with 'ơ' as 'K'Ho' is
        ("Hđơk", "Hơ đơk"),
        ("Mlô", "Mơ lô"),
        ("Thmây", "Thơ mây"),  # the Khmer 'th' is one consonant
        ("Mđrắk", "Mơ đơ rắk"),  # two clusters, as 'M'Đrắk' is read
        ("Păh", "Pă"),  # a final 'h' or 'r' is not said
        ("Biêr", "Biê"),
        ("Ayŭn", "A dun"),  # a breve's short vowel is the vowel
        ("Bàni", "Bà ni"),  # written tones kept
        ("António", "An tô ni ô"),  # a foreign name's accents are no Vietnamese tones
        ("Tlam", "Tờ lam"),  # an unmarked cluster is the foreign reading's
    ],
)
def test_a_name_of_the_highlands_or_the_khmer_is_said_by_its_letters(
    written: str, spoken: str
) -> None:
    assert spoken_form(written) == spoken


def test_a_name_said_by_the_rule_is_still_reported_and_a_listed_one_is_not() -> None:
    """The rule's reading is a guess the operator may correct in the lexicon; the names of
    the list go unreported."""
    assert read_aloud("Ông Y Ngông Niê Kđăm").guessed == ("Kđăm",)
    assert read_aloud("Chùa Kh'Leang, thành phố Pleiku, chất độc dioxin").guessed == ()


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("Lễ Sene Đôlta của người Khmer.", "Lễ xen đôn ta của người khơ me."),
        ("Lễ Sel Dolta.", "Lễ xen đôn ta."),
        ("Lễ hội Ok-Om-Bok.", "Lễ hội óc om bóc."),
        ("Đồng bào Hmong ở Hà Giang.", "Đồng bào hơ mông ở Hà Giang."),
        ("Tết Chol Chnam Thmay.", "Tết chôn chơ năm thơ mây."),
    ],
)
def test_the_spellings_of_a_festival_or_a_people_read_alike(written: str, spoken: str) -> None:
    """Notices write the Khmer festivals several ways; each is said as the convention says
    the first ('xen đôn ta', 'chôn chơ năm thơ mây': round five's)."""
    assert spoken_form(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("Kh'Leang", "Khơ leng"),  # 'Kh' stays 'Kh' ('K'Ho' → 'Cơ Ho')
        ("Kh’Leang", "Khơ leng"),
        ("Y'Tlam", "Y Tờ lam"),  # an Ê Đê man's 'Y'' is the vowel
        ("H'Hen Niê", "Hơ Hen Niê"),
        ("K'Bang", "Cơ Bang"),
    ],
)
def test_an_apostrophe_after_a_names_first_letters_is_said_with_o(
    written: str, spoken: str
) -> None:
    assert spoken_form(written) == spoken


@pytest.mark.xfail(
    strict=True, reason="PER_UNIT: any word before '/học sinh' is a rate ('đồng/học sinh')"
)
def test_a_slash_before_a_rate_word_between_two_choices_is_or() -> None:
    """A guard of class C written blind that the reader misses, outside this family."""
    assert (
        spoken_form("Tiêm vắc xin sởi cho trẻ em/học sinh.")
        == "Tiêm vắc xin sởi cho trẻ em hoặc học sinh."
    )


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        # a rate after a disease stays a rate
        ("Tuần qua có 5 ca sốt xuất huyết/tuần.", "Tuần qua có năm ca sốt xuất huyết một tuần."),
        ("Giá thuốc sốt rét/hộp.", "Giá thuốc sốt rét một hộp."),
        # two choices, a foreign name among them, stay 'hoặc'
        ("Liên hệ qua Facebook/Zalo.", "Liên hệ qua phây búc hoặc da lô."),
        ("Rắc Cloramin B/vôi bột quanh chuồng.", "Rắc cờ lo ra min bê hoặc vôi bột quanh chuồng."),
        # spaced, in capitals, twice in a sentence
        ("Chất độc da cam / dioxin.", "Chất độc da cam, đi ô xin."),
        ("TIÊM VẮC XIN SỞI/RUBELLA", "tiêm vắc xin sởi, ru bê la"),
        ("Phòng chống HIV/AIDS và sởi/rubella.", "Phòng chống hát i vê ết và sởi, ru bê la."),
    ],
)
def test_a_slash_after_a_disease_or_a_toxin_is_a_pause_only_before_another_name(
    written: str, spoken: str
) -> None:
    assert spoken_form(written) == spoken
