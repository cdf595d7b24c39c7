"""Session 28: the classes behind the judged faults of blind rounds 93 (Tuyên Quang) and 94
(An Giang), each with new phrases of several kinds of notice, not the judged one alone:

3. What brackets say again: an amount again in words after a rate ('40.000.000đ/hộ (bốn mươi
   triệu đồng)') is said once; a disease's foreign letters after its Vietnamese name ('DTLCP
   (ASF)', 'tai xanh (PRRS)', 'cúm gia cầm (AI)') are left out, no listener decodes them; a
   vaccine named by its diseases' English initials ('sởi - rubella (MR)') is 'tức vắc xin em e
   rờ'; 'ASF' alone is 'dịch tả lợn châu Phi', 'heo' in the south or where the notice says
   'heo'.
4. Abbreviations with their standard expansion: 'ĐTVM' đô thị văn minh, 'LLCT-HC', a deputy's
   'P.CT', 'P.BT', 'P.GĐ' (never 'phường'), the head of a board 'TB', 'PTB' ('trưởng ban'),
   of a room 'TP', 'PTP' before its field ('trưởng phòng'), 'PCVP'.
5. A bank account written with dots in a sentence about an account, or before its bank:
   digits in its groups, no 'chấm' (a treasury's '.0.' keeps it).
6. A day in a list the notice calls streets ('các tuyến phố Quang Trung, 17/8') is the
   street's name, without 'ngày'.
7. A list's '+' bullet and the '+' of a level above the datum ('cao trình +52,7m') are not
   said; an arrow between a menu's steps ('→', '->') is 'rồi chọn' ('rồi' before the step's own
   verb).
8. A list of months is each month named, the last joined by 'và' ('tháng ba, tháng tư và
   tháng năm năm …'); a level's zero hundredths are not said ('4,00 m').
9. 'Play' is one syllable; a foreign name with a Vietnamese letter ('Đolta', 'Đơlxa') is said
   in syllables, never letter by letter."""

from __future__ import annotations

import pytest
from test_notice_reading import assert_reads_in_linear_time

from announcements.normalize import Reader, spoken_form

SOUTH_VOICE = "vi-vn-x-south"

READ: list[tuple[str, str]] = [
    # 3. an amount again in words after its rate, said once
    ("Mức hỗ trợ xây nhà cho hộ nghèo là 40.000.000đ/hộ (bốn mươi triệu đồng), nhận tại UBND xã.",
     "Mức hỗ trợ xây nhà cho hộ nghèo là bốn mươi triệu đồng một hộ, nhận tại ủy ban nhân dân "
     "xã."),
    ("Phạt tiền 2.000.000đ/lần vi phạm (hai triệu đồng) đối với hộ thả rông gia súc.",
     "Phạt tiền hai triệu đồng một lần vi phạm đối với hộ thả rông gia súc."),
    ("Mức đóng BHYT hộ gia đình 126.360 đồng/người/tháng (Bằng chữ: một trăm hai mươi sáu nghìn"
     " ba trăm sáu mươi đồng chẵn).",
     "Mức đóng bảo hiểm y tế hộ gia đình một trăm hai mươi sáu nghìn ba trăm sáu mươi đồng một "
     "người một tháng."),
    ("Mức phạt từ 3.000.000đ đến 5.000.000đ (từ ba triệu đến năm triệu đồng) đối với hộ vi phạm.",
     "Mức phạt từ ba triệu đồng đến năm triệu đồng đối với hộ vi phạm."),
    # 3. a disease's foreign letters after its name left out; a vaccine's said as its name
    ("Tổ chức tiêm phòng bệnh DTLCP (ASF) cho đàn lợn của 12 thôn.",
     "Tổ chức tiêm phòng bệnh dịch tả lợn châu phi cho đàn lợn của mười hai thôn."),
    ("Thực hiện tiêu độc khử trùng, phòng chống bệnh LMLM (FMD), bệnh tai xanh (PRRS) trên đàn "
     "gia súc.",
     "Thực hiện tiêu độc khử trùng, phòng chống bệnh lở mồm long móng, bệnh tai xanh trên đàn "
     "gia súc."),
    ("Trẻ mắc bệnh tay chân miệng (HFMD) phải nghỉ học; gà mắc cúm gia cầm (HPAI) phải tiêu hủy.",
     "Trẻ mắc bệnh tay chân miệng phải nghỉ học; gà mắc cúm gia cầm phải tiêu hủy."),
    ("Đàn gà của 3 hộ mắc cúm gia cầm (AI), đề nghị bà con không bán chạy gia cầm.",
     "Đàn gà của ba hộ mắc cúm gia cầm, đề nghị bà con không bán chạy gia cầm."),
    ("Phòng bệnh dịch tả lợn châu Phi/ASF, viêm da nổi cục/LSD trên đàn vật nuôi.",
     "Phòng bệnh dịch tả lợn châu Phi, viêm da nổi cục trên đàn vật nuôi."),
    ("Chiến dịch tiêm vắc xin sởi - rubella (MR) cho học sinh lớp 1 đến lớp 5.",
     "Chiến dịch tiêm vắc xin sởi, ru bê la (tức vắc xin em e rờ) cho học sinh lớp một đến lớp "
     "năm."),
    # 'dịch' said once after 'ổ dịch' (r28read3, round 94's announcer)
    ("Phát hiện ổ dịch ASF tại thôn 3, cấm vận chuyển lợn ra vào vùng dịch.",
     "Phát hiện ổ dịch tả lợn châu phi tại thôn ba, cấm vận chuyển lợn ra vào vùng dịch."),
    # 4. abbreviations expanded
    ('Phường đạt chuẩn "Phường ĐTVM" năm 2025; 5 tổ dân phố đạt chuẩn ĐTVM.',
     'Phường đạt chuẩn "Phường đô thị văn minh" năm hai nghìn không trăm hai mươi lăm; năm tổ '
     "dân phố đạt chuẩn đô thị văn minh."),
    ("Chiêu sinh lớp Trung cấp LLCT-HC hệ vừa làm vừa học; lớp Cao cấp LLCT - HC khóa 2026.",
     "Chiêu sinh lớp Trung cấp lý luận chính trị hành chính hệ vừa làm vừa học; lớp Cao cấp lý "
     "luận chính trị hành chính khóa hai nghìn không trăm hai mươi sáu."),
    ("Chủ trì hội nghị: đ/c Lò Văn Pấng, P.CT UBND xã; đ/c Hà Thị Lan, P.BT Đảng ủy xã.",
     "Chủ trì hội nghị: đồng chí Lò Văn Pấng, phó chủ tịch ủy ban nhân dân xã; đồng chí Hà Thị "
     "Lan, phó bí thư Đảng ủy xã."),
    ("Bà Lò Thị M, P.CT HĐND xã chủ trì; ông Vì Văn Hùng, P.GĐ Sở Y tế trả lời cử tri.",
     "Bà Lò Thị em, phó chủ tịch hội đồng nhân dân xã chủ trì; ông Vì Văn Hùng, phó giám đốc Sở"
     " Y tế trả lời cử tri."),
    ("Đ/c Trần Văn Nam, PTB Tuyên giáo Huyện ủy và đ/c Lê Thị Hoa, TB Dân vận Đảng ủy xã dự họp.",
     "đồng chí Trần Văn Nam, phó trưởng ban Tuyên giáo Huyện ủy và đồng chí Lê Thị Hoa, trưởng "
     "ban Dân vận Đảng ủy xã dự họp."),
    ("Đ/c Nguyễn Văn An, TP Văn hóa - Thông tin huyện; đ/c Lê Hoa, PTP Nông nghiệp và PTNT.",
     "đồng chí Nguyễn Văn An, trưởng phòng Văn hóa Thông tin huyện; đồng chí Lê Hoa, phó trưởng "
     "phòng Nông nghiệp và phát triển nông thôn."),
    ("Đ/c Vi Thị Mai, PCVP UBND huyện trực tiếp dân.",
     "đồng chí Vi Thị Mai, phó chánh văn phòng ủy ban nhân dân huyện trực tiếp dân."),
    # 5. a dotted bank account: its groups, no 'chấm'
    ("Số tài khoản tiếp nhận ủng hộ Quỹ Vì người nghèo năm 2025: 3712.205.045678 tại Agribank.",
     "Số tài khoản tiếp nhận ủng hộ Quỹ Vì người nghèo năm hai nghìn không trăm hai mươi lăm: ba "
     "bảy một hai, hai không năm, không bốn năm sáu bảy tám tại a gờ ri banh."),
    ("Bà con ủng hộ đồng bào vùng lũ xin chuyển khoản: 0451.000.789123 Vietcombank.",
     "Bà con ủng hộ đồng bào vùng lũ xin chuyển khoản: không bốn năm một, không không không, "
     "bảy tám chín một hai ba việt com banh."),
    ("Ủng hộ qua 8606.201.005678 tại Agribank chi nhánh Tuyên Quang.",
     "Ủng hộ qua tám sáu không sáu, hai không một, không không năm sáu bảy tám tại a gờ ri banh "
     "chi nhánh Tuyên Quang."),
    # 6. a day among streets' names
    ("Tổng vệ sinh các tuyến phố Tân Trào, 17/8, Phan Thiết vào sáng Chủ nhật 12/10.",
     "Tổng vệ sinh các tuyến phố Tân Trào, mười bảy tháng tám, Phan Thiết vào sáng Chủ nhật "
     "mười hai tháng mười."),
    ("Cấm đỗ xe trên các tuyến đường Trần Hưng Đạo, 19/8 và Lê Duẩn từ ngày 1/9.",
     "Cấm đỗ xe trên các tuyến đường Trần Hưng Đạo, mười chín tháng tám và Lê Duẩn từ ngày một "
     "tháng chín."),
    # 7. bullets, a level's sign, a menu's arrows
    ("Hồ sơ đăng ký gồm: + Đơn đề nghị; + Bản sao CCCD; + Giấy xác nhận của trưởng thôn.",
     "Hồ sơ đăng ký gồm: Đơn đề nghị; Bản sao căn cước công dân; Giấy xác nhận của trưởng "
     "thôn."),
    ("Khi đi khám mang theo:\n+ Thẻ BHYT;\n+ Giấy chuyển tuyến.",
     "Khi đi khám mang theo: Thẻ bảo hiểm y tế; Giấy chuyển tuyến."),
    ("Mực nước hồ Núi Cốc ở cao trình +46,2m, hồ Cấm Sơn ở cốt +97,5 m.",
     "Mực nước hồ Núi Cốc ở cao trình bốn mươi sáu phẩy hai mét, hồ Cấm Sơn ở cốt chín mươi bảy"
     " phẩy năm mét."),
    ("Nạo vét kênh tới cao trình đáy kênh +2,5 m; cao trình đỉnh đê: +8,0m.",
     "Nạo vét kênh tới cao trình đáy kênh hai phẩy năm mét; cao trình đỉnh đê: tám mét."),
    ('Tra cứu trên ứng dụng VNeID: chọn "Ví giấy tờ" → "Giấy phép lái xe" → nhấn "Tích hợp".',
     'Tra cứu trên ứng dụng vê en e ai đi: chọn "Ví giấy tờ" rồi chọn "Giấy phép lái xe" rồi nhấn '
     '"Tích hợp".'),
    ('Đăng ký trên ứng dụng VNeID: chọn "Dịch vụ công" -> "Đăng ký tạm trú" -> "Gửi".',
     'Đăng ký trên ứng dụng vê en e ai đi: chọn "Dịch vụ công" rồi chọn "Đăng ký tạm trú" rồi chọn '
     '"Gửi".'),
    ("Người đến làm thủ tục mang theo:\n+CCCD;\n+Sổ hộ khẩu.",
     "Người đến làm thủ tục mang theo: căn cước công dân; Sổ hộ khẩu."),
    ("Vào Cổng Dịch vụ công quốc gia → Thanh toán trực tuyến → Tra cứu hồ sơ.",
     "Vào Cổng Dịch vụ công quốc gia rồi chọn Thanh toán trực tuyến rồi chọn Tra cứu hồ sơ."),
    # 8. months listed, a level's zero hundredths
    ("Hỗ trợ tiền điện các tháng 10, 11, 12/2025 cho hộ nghèo, hộ chính sách.",
     "Hỗ trợ tiền điện các tháng mười, tháng mười một và tháng mười hai năm hai nghìn không trăm"
     " hai mươi lăm cho hộ nghèo, hộ chính sách."),
    ("Cấp gạo trong tháng 1, 2 và 3/2026; nộp báo cáo vào tháng 4 hoặc 5/2026.",
     "Cấp gạo trong tháng một, tháng hai và tháng ba năm hai nghìn không trăm hai mươi sáu; nộp "
     "báo cáo vào tháng tư hoặc tháng năm năm hai nghìn không trăm hai mươi sáu."),
    ("Tháng 7, 8 và tháng 9/2025 bà con tập trung thu hoạch lúa.",
     "Tháng bảy, tháng tám và tháng chín năm hai nghìn không trăm hai mươi lăm bà con tập trung "
     "thu hoạch lúa."),
    ("Dự báo đỉnh lũ tại Châu Đốc ở mức 3,80-4,00 m; mực nước sông Hậu 2,00 - 2,50 m.",
     "Dự báo đỉnh lũ tại Châu Đốc ở mức ba phẩy tám mươi đến bốn mét; mực nước sông Hậu hai đến"
     " hai phẩy năm mươi mét."),
    # 9. loan words and names in syllables
    ("Tải ứng dụng An Giang Online trên CH Play hoặc App Store.",
     "Tải ứng dụng An Giang on lai trên xê hát plây hoặc áp xờ to."),
    ("Lễ Sene Đolta của đồng bào Khmer năm nay tổ chức tại chùa Xvayton.",
     "Lễ xen đôn ta của đồng bào khơ me năm nay tổ chức tại chùa Xờ vây tơn."),
    ("Đồng bào Khmer tổ chức lễ Đôlta, ông Chau Đôlkiêng và bà Néang Đơlxa đại diện phum.",
     "Đồng bào khơ me tổ chức lễ Đôn ta, ông Chau Đôn kiêng và bà Néang Đơn xa đại diện phum."),
]  # fmt: skip


@pytest.mark.parametrize(("written", "spoken"), READ)
def test_the_classes_of_rounds_93_and_94_are_read_as_an_announcer_reads_them(
    written: str, spoken: str
) -> None:
    assert spoken_form(written) == spoken


SOUTH: list[tuple[str, str]] = [
    # 'dịch' said once after 'ổ dịch' (r28read3, round 94's announcer)
    ("Ấp Phú Hữu phát hiện ổ dịch ASF, đề nghị bà con không bán chạy heo bệnh.",
     "Ấp Phú Hữu phát hiện ổ dịch tả heo châu phi, đề nghị bà con không bán chạy heo "
     "bệnh."),
    ("Vi rút ASF tồn tại lâu trong thịt đông lạnh.",
     "Vi rút dịch tả heo châu phi tồn tại lâu trong thịt đông lạnh."),
    ("Học sinh bán trú được hỗ trợ 360.000 đồng/tháng (ba trăm sáu mươi nghìn đồng).",
     "Học sinh bán trú được hỗ trợ ba trăm sáu mươi ngàn đồng một tháng."),
    ("Thu học phí tháng 9, 10/2025 tại trường.",
     "Thu học phí tháng chín và tháng mười năm hai ngàn không trăm hai mươi lăm tại trường."),
]  # fmt: skip


@pytest.mark.parametrize(("written", "spoken"), SOUTH)
def test_the_southern_voice_says_them_as_the_south_does(written: str, spoken: str) -> None:
    assert Reader({}).read(written, SOUTH_VOICE).spoken == spoken


def test_the_north_names_the_animal_as_the_north_does_unless_the_notice_says_heo() -> None:
    assert Reader({}).read("Vi rút ASF lây nhanh.").spoken == (
        "Vi rút dịch tả lợn châu phi lây nhanh."
    )
    assert Reader({}).read("Vi rút ASF lây nhanh qua thịt heo.").spoken == (
        "Vi rút dịch tả heo châu phi lây nhanh qua thịt heo."
    )
    assert Reader({}).read("Vi rút ASF lây qua thịt lợn.", SOUTH_VOICE).spoken == (
        "Vi rút dịch tả lợn châu phi lây qua thịt lợn."
    )


LOOK_ALIKES: list[tuple[str, str]] = [
    # another amount in brackets stays; a device's foreign letters are still said
    ("Hỗ trợ 5.000.000 đồng/hộ (bốn triệu đồng).",
     "Hỗ trợ năm triệu đồng một hộ (bốn triệu đồng)."),
    ("Chỉ số chất lượng không khí (AQI) ở mức kém.",
     "Chỉ số chất lượng không khí (a quy i) ở mức kém."),
    ("Ứng dụng trí tuệ nhân tạo (AI) trong quản lý đất đai.",
     "Ứng dụng trí tuệ nhân tạo (a i) trong quản lý đất đai."),
    ("Trẻ uống vắc xin bại liệt (OPV) tại trạm y tế.",
     "Trẻ uống vắc xin bại liệt (ô pê vê) tại trạm y tế."),
    # a ward, a room, a notice, tuberculosis keep their readings
    ("Họp tại P.5, Q.3 và phòng P.203.",
     "Họp tại phường năm, quận ba và phòng phòng hai trăm linh ba."),
    ("TB tổ chức họp thôn vào tối thứ Bảy.", "thông báo tổ chức họp thôn vào tối thứ Bảy."),
    ("TP Tuyên Quang bán thực phẩm; TP chức năng; Phòng PTP huyện họp.",
     "thành phố Tuyên Quang bán thực phẩm; thực phẩm chức năng; Phòng phòng tư pháp huyện họp."),
    ("Thông báo TB số 15 về lịch tiếp dân; bệnh lao (TB) điều trị miễn phí.",
     "Thông báo số mười lăm về lịch tiếp dân; bệnh lao (tê bê) điều trị miễn phí."),
    # a treasury's account and a section keep their dots; a dotted code with no account too
    ("Nộp thuế vào tài khoản thu ngân sách 7111.0.1056789 tại Kho bạc.",
     "Nộp thuế vào tài khoản thu ngân sách bảy một một một chấm không chấm một không năm sáu bảy "
     "tám chín tại Kho bạc."),
    ("Mã hồ sơ 1234.567.890 đã tiếp nhận; xem mục 3.5.2.",
     "Mã hồ sơ một hai ba bốn chấm năm sáu bảy chấm tám chín không đã tiếp nhận; xem mục ba chấm"
     " năm chấm hai."),
    # a date after a street that is no list of streets stays a date
    ("Sửa đường Lê Lợi, Trần Phú, 15/12 hoàn thành.",
     "Sửa đường Lê Lợi, Trần Phú, ngày mười lăm tháng mười hai hoàn thành."),
    # a sum, a temperature, a dialling code, two names joined keep their signs
    ("Nhiệt độ ngoài trời +5°C; kết quả 2 + 3 = 5; dùng Zalo + Facebook.",
     "Nhiệt độ ngoài trời cộng năm độ xê; kết quả hai cộng ba bằng năm; dùng da lô và phây búc."),
    ("Gọi số:\n+84 912 345 678", "Gọi số: cộng tám tư, chín một hai, ba bốn năm, sáu bảy tám"),
    # an arrow that means becomes, or leads to a road
    ("Chuyển đất trồng lúa → đất trồng cây ăn quả phải đăng ký.",
     "Chuyển đất trồng lúa thành đất trồng cây ăn quả phải đăng ký."),
    ("Xe tải vào QL13 → ĐT741.",
     "Xe tải vào quốc lộ mười ba sang đường tỉnh bảy trăm bốn mươi mốt."),
    # a day and an hour after a month are no list of months; a score keeps its zeros
    ("Ngày 15 tháng 6, 7 giờ sáng khai mạc.",
     "Ngày mười lăm tháng sáu, bảy giờ sáng khai mạc."),
    ("Điểm chuẩn 24,00 điểm.", "Điểm chuẩn hai mươi tư phẩy không không điểm."),
    # 'display' keeps its two syllables
    ("Màn hình display của tivi.", "Màn hình đít pờ lây của ti vi."),
]  # fmt: skip


@pytest.mark.parametrize(("written", "spoken"), LOOK_ALIKES)
def test_their_look_alikes_keep_their_reading(written: str, spoken: str) -> None:
    assert spoken_form(written) == spoken


HOSTILE = (
    "5.000đ/hộ (năm nghìn đồng) ", "(ASF) ", "/ASF ", "P.CT ", "TB Tuyên giáo ", "+ a; ",
    "cao trình +5 ", 'chọn "a" → ', 'chọn "a" -> ', "tháng 3, 4, ", "phố A, 17/8, ", "3,00-4,00 m ",
    "tài khoản 1234.567.89012 ", "Đolta ",
)  # fmt: skip
"""Shapes of this file's rules, repeated: each must be read in time linear in its length."""


@pytest.mark.parametrize("unit", HOSTILE)
def test_reading_time_grows_linearly_with_these_rules(unit: str) -> None:
    assert_reads_in_linear_time(unit)
