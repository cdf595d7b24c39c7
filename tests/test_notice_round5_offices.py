"""Vietnamese reading, fifth round: the notices of a commune's other offices (courts and
judgment enforcement, the social-policy bank, electricity and irrigation companies, sport,
festivals and named days, the ethnic areas, tourism, crime, women and children). Each class
has new instances, written with their readings before the reader ran on them, and guards for
what its rule must leave alone."""

from __future__ import annotations

import pytest

from announcements.normalize import spoken_form


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("Theo Bản án số 15/2024/DS-ST ngày 12/3/2024 của Tòa án nhân dân huyện.",
         "Theo Bản án số mười lăm năm hai nghìn không trăm hai mươi tư dân sự sơ thẩm ngày mười "
         "hai tháng ba năm hai nghìn không trăm hai mươi tư của Tòa án nhân dân huyện."),
        ("Bản án số 08/2025/HS-PT của Tòa án nhân dân tỉnh đã có hiệu lực.",
         "Bản án số tám năm hai nghìn không trăm hai mươi lăm hình sự phúc thẩm của Tòa án nhân "
         "dân tỉnh đã có hiệu lực."),
        ("Thụ lý vụ án số 21/2025/HNGĐ-ST về ly hôn.",
         "Thụ lý vụ án số hai mươi mốt năm hai nghìn không trăm hai mươi lăm hôn nhân gia đình "
         "sơ thẩm về ly hôn."),
        ("Quyết định số 35/QĐ-CCTHADS ngày 5/4/2025.",
         "Quyết định số ba mươi lăm của chi cục thi hành án dân sự ngày năm tháng tư năm hai nghìn "
         "không trăm hai mươi lăm."),
        ("Bản án số 102/2024/HS-ST xử bị cáo 3 năm tù.",
         "Bản án số một trăm linh hai năm hai nghìn không trăm hai mươi tư hình sự sơ thẩm xử bị"
         " cáo ba năm tù."),
        ("Bản án 05/2025/KDTM-PT về tranh chấp hợp đồng.",
         "Bản án năm năm hai nghìn không trăm hai mươi lăm kinh doanh thương mại phúc thẩm về "
         "tranh chấp hợp đồng."),
        ("Công ty TNHH MTV KTCTTL tỉnh thông báo lịch xả nước.",
         "Công ty trách nhiệm hữu hạn một thành viên khai thác công trình thủy lợi tỉnh thông "
         "báo lịch xả nước."),
        ("Đại lễ Phật đản PL 2569 - DL 2025 tại chùa xã.",
         "Đại lễ Phật đản phật lịch hai nghìn năm trăm sáu mươi chín, dương lịch hai nghìn không"
         " trăm hai mươi lăm tại chùa xã."),
        ("Đoàn thể thao xã giành 5 HCV, 3 HCB và 7 HCĐ.",
         "Đoàn thể thao xã giành năm huy chương vàng, ba huy chương bạc và bảy huy chương đồng."),
        ("HLV và VĐV có mặt lúc 7 giờ; BTC sẽ bốc thăm.",
         "huấn luyện viên và vận động viên có mặt lúc bảy giờ; ban tổ chức sẽ bốc thăm."),
        ("Nộp tiền vào TK 1234567890 tại Ngân hàng Chính sách xã hội.",
         "Nộp tiền vào tài khoản một hai ba bốn năm sáu bảy tám chín không tại Ngân hàng Chính "
         "sách xã hội."),
        ("Chuyển khoản theo STK 0123456789, NH Nông nghiệp.",
         "Chuyển khoản theo số tài khoản không một hai ba bốn năm sáu bảy tám chín, ngân hàng "
         "Nông nghiệp."),
        ("Liên hệ ĐTDĐ 0912345678 của trưởng thôn.",
         "Liên hệ điện thoại di động không chín một hai, ba bốn năm, sáu bảy tám của trưởng "
         "thôn."),
        ("Tầm soát ung thư CTC miễn phí cho phụ nữ.",
         "Tầm soát ung thư cổ tử cung miễn phí cho phụ nữ."),
        ("Hội nghị COP29 của LHQ về biến đổi khí hậu.",
         "Hội nghị cốp hai mươi chín của liên hợp quốc về biến đổi khí hậu."),
        ("VĐV đạt HCV môn bóng chuyền được khen thưởng.",
         "vận động viên đạt huy chương vàng môn bóng chuyền được khen thưởng."),
        ("Vụ án hành chính số 03/2025/HC-ST đã được xét xử.",
         "Vụ án hành chính số ba năm hai nghìn không trăm hai mươi lăm hành chính sơ thẩm đã "
         "được xét xử."),
        ("Bản án số 12/2024/LĐ-PT về tranh chấp lao động.",
         "Bản án số mười hai năm hai nghìn không trăm hai mươi tư lao động phúc thẩm về tranh "
         "chấp lao động."),
        ("Thông báo số 20/TB-CCTHADS về việc bán đấu giá tài sản.",
         "Thông báo số hai mươi của chi cục thi hành án dân sự về việc bán đấu giá tài sản."),
        ("Cục THADS tỉnh phối hợp với xã.",
         "Cục thi hành án dân sự tỉnh phối hợp với xã."),
        ("Công ty TNHH MTV Điện lực tỉnh thông báo cắt điện.",
         "Công ty trách nhiệm hữu hạn một thành viên Điện lực tỉnh thông báo cắt điện."),
        ("Kỷ niệm 2569 năm Phật lịch, PL 2569.",
         "Kỷ niệm hai nghìn năm trăm sáu mươi chín năm Phật lịch, phật lịch hai nghìn năm trăm "
         "sáu mươi chín."),
        ("Tổng thư ký LHQ kêu gọi bảo vệ môi trường.",
         "Tổng thư ký liên hợp quốc kêu gọi bảo vệ môi trường."),
        ("Vận động viên xã giành HCB môn điền kinh; HLV được khen.",
         "Vận động viên xã giành huy chương bạc môn điền kinh; huấn luyện viên được khen."),
        # guards
        ("Nhà trường có 300 HS.",
         "Nhà trường có ba trăm học sinh."),
        ("Cục TK tỉnh công bố số liệu.",
         "Cục thống kê tỉnh công bố số liệu."),
        ("Quyết định số 12/QĐ-UBND về việc khen thưởng HS giỏi.",
         "Quyết định số mười hai của ủy ban nhân dân về việc khen thưởng học sinh giỏi."),
    ],
)  # fmt: skip
def test_abbreviations_of_courts_companies_calendars_sport_banks_and_health_are_expanded(
    written: str, spoken: str
) -> None:
    """'15/2024/DS-ST' was 'dê ét ét tê', 'HCV' 'hát xê vê', 'QĐ-CCTHADS' spelled: each family's
    standard expansion, the issuer composed (CC + THADS)."""
    assert spoken_form(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("Đội tuyển Việt Nam thắng Thái Lan 3-2 trong trận chung kết.",
         "Đội tuyển Việt Nam thắng Thái Lan ba hai trong trận chung kết."),
        ("Đội thôn Nam hòa thôn Bắc 1-1, đá luân lưu 5-4.",
         "Đội thôn Nam hòa thôn Bắc một một, đá luân lưu năm bốn."),
        ("Đội bóng xã thua đội Tân Phú 0-2 ở vòng bảng.",
         "Đội bóng xã thua đội Tân Phú không hai ở vòng bảng."),
        ("Chung cuộc đội thôn Đông thắng 4-1.",
         "Chung cuộc đội thôn Đông thắng bốn một."),
        ("Kết thúc hiệp 1, đội chủ nhà dẫn 2-0.",
         "Kết thúc hiệp một, đội chủ nhà dẫn hai không."),
        ("Trận đấu kết thúc với tỷ số 2-2.",
         "Trận đấu kết thúc với tỷ số hai hai."),
        ("Đội nữ xã đánh bại đội phường 3-1 ở môn bóng chuyền.",
         "Đội nữ xã đánh bại đội phường ba một ở môn bóng chuyền."),
        ("Thời gian thi đấu 3-5 ngày.",
         "Thời gian thi đấu ba đến năm ngày."),
        ("Học sinh lớp 3-5 tham gia giải cờ vua.",
         "Học sinh lớp ba đến lớp năm tham gia giải cờ vua."),
        ("Đội thắng được 3 điểm, thua được 0-1 điểm.",
         "Đội thắng được ba điểm, thua được không đến một điểm."),
        ("Trong trận bán kết, đội xã thắng đội bạn 2-1 sau hiệp phụ.",
         "Trong trận bán kết, đội xã thắng đội bạn hai một sau hiệp phụ."),
        ("Thôn Tây thắng thôn Đông với tỷ số 3-1.",
         "Thôn Tây thắng thôn Đông với tỷ số ba một."),
        ("Hai đội hòa 0-0, phải đá luân lưu.",
         "Hai đội hòa không không, phải đá luân lưu."),
        # guards
        ("Nhiệt độ hạ 2-3 độ C.",
         "Nhiệt độ hạ hai đến ba độ xê."),
        ("Hướng dẫn 3-5 hộ dân.",
         "Hướng dẫn ba đến năm hộ dân."),
        ("Công ty thua lỗ 2-3 tỷ đồng.",
         "Công ty thua lỗ hai đến ba tỷ đồng."),
        ("Vượt qua 3-5 km đường rừng.",
         "Vượt qua ba đến năm ki lô mét đường rừng."),
    ],
)  # fmt: skip
def test_a_score_after_a_teams_name_is_not_a_range(written: str, spoken: str) -> None:
    """'thắng Thái Lan 3-2' was 'ba đến hai': a score's verb with a team between it and the score;
    what a count or a unit follows stays a range."""
    assert spoken_form(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("Lệ phí 50.000đ/VĐV, nộp tại BTC.",
         "Lệ phí năm mươi nghìn đồng một vận động viên, nộp tại ban tổ chức."),
        ("Hỗ trợ 200.000đ/HS nghèo.",
         "Hỗ trợ hai trăm nghìn đồng một học sinh nghèo."),
        ("Mức thu 30.000 đồng/hộ/tháng.",
         "Mức thu ba mươi nghìn đồng một hộ một tháng."),
        ("Đã thi hành được 2/3 số tiền phải thi hành.",
         "Đã thi hành được hai phần ba số tiền phải thi hành."),
        ("Công an xã triệt phá 14 vụ/27 đối tượng.",
         "Công an xã triệt phá mười bốn vụ với hai mươi bảy đối tượng."),
        ("Phát hiện 5 vụ/9 đối tượng vi phạm.",
         "Phát hiện năm vụ với chín đối tượng vi phạm."),
        ("Chi phí 150.000đ/người/ngày.",
         "Chi phí một trăm năm mươi nghìn đồng một người một ngày."),
        ("Phụ cấp 500.000đ/CB mỗi tháng.",
         "Phụ cấp năm trăm nghìn đồng một cán bộ mỗi tháng."),
        # 'HV' beside 'học' is a learner ('học viên'; round six reads it by its sentence)
        ("Hỗ trợ 1.000.000đ/HV khi học xong.",
         "Hỗ trợ một triệu đồng một học viên khi học xong."),
        # guards
        ("Mời ông/bà đến dự.",
         "Mời ông hoặc bà đến dự."),
        ("Nồng độ cồn 50 mg/100 ml máu.",
         "Nồng độ cồn năm mươi mi li gam trên một trăm mi li lít máu."),
        ("Tỷ số giới tính 110 bé trai/100 bé gái.",
         "Tỷ số giới tính một trăm mười bé trai trên một trăm bé gái."),
        ("Có 5/7 trường đạt chuẩn.",
         "Có năm trên bảy trường đạt chuẩn."),
    ],
)  # fmt: skip
def test_a_slash_after_a_price_or_a_count_is_per_or_with_not_or(written: str, spoken: str) -> None:
    """'50.000đ/VĐV' was '… đồng hoặc vận động viên': an abbreviation after a price is a rate; '14
    vụ/27 đối tượng' two counts; '2/3 khối lượng' a part."""
    assert spoken_form(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("Mít tinh kỷ niệm Ngày Quốc tế Phụ nữ 8/3.",
         "Mít tinh kỷ niệm Ngày Quốc tế Phụ nữ ngày tám tháng ba."),
        ("Hưởng ứng Ngày Môi trường thế giới 5/6.",
         "Hưởng ứng Ngày Môi trường thế giới ngày năm tháng sáu."),
        ("Kỷ niệm Ngày Thương binh - Liệt sĩ 27/7.",
         "Kỷ niệm Ngày Thương binh Liệt sĩ ngày hai mươi bảy tháng bảy."),
        ("Chào mừng Ngày Nhà giáo Việt Nam 20/11.",
         "Chào mừng Ngày Nhà giáo Việt Nam ngày hai mươi tháng mười một."),
        ("Nhân Ngày Gia đình Việt Nam 28/6, xã tổ chức hội thi.",
         "Nhân Ngày Gia đình Việt Nam ngày hai mươi tám tháng sáu, xã tổ chức hội thi."),
        ("Hưởng ứng Ngày Quốc tế Thiếu nhi 1/6.",
         "Hưởng ứng Ngày Quốc tế Thiếu nhi ngày một tháng sáu."),
        ("Ngày 8/3 hội phụ nữ họp.",
         "Ngày tám tháng ba hội phụ nữ họp."),
        ("Kỷ niệm Ngày Thầy thuốc Việt Nam 27/2.",
         "Kỷ niệm Ngày Thầy thuốc Việt Nam ngày hai mươi bảy tháng hai."),
        ("Hưởng ứng Ngày Pháp luật Việt Nam 9/11.",
         "Hưởng ứng Ngày Pháp luật Việt Nam ngày chín tháng mười một."),
        ("Ngày hội Quốc phòng toàn dân 22/12 được tổ chức.",
         "Ngày hội Quốc phòng toàn dân ngày hai mươi hai tháng mười hai được tổ chức."),
        # guards
        ("Ngày 20/11 tổ chức mít tinh.",
         "Ngày hai mươi tháng mười một tổ chức mít tinh."),
        ("Thôn Đông họp 8/3.",
         "Thôn Đông họp ngày tám tháng ba."),
    ],
)  # fmt: skip
def test_a_named_day_before_its_date_says_ngay_once(written: str, spoken: str) -> None:
    """'Ngày Quốc tế Phụ nữ 8/3' was '… ngày tám tháng ba': the day's name already says 'ngày'."""
    assert spoken_form(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("Dịch bệnh ở mức độ II.",
         "Dịch bệnh ở mức độ hai."),
        ("Áp dụng biện pháp cấp độ III tại thôn.",
         "Áp dụng biện pháp cấp độ ba tại thôn."),
        ("Dự án giai đoạn II sẽ khởi công.",
         "Dự án giai đoạn hai sẽ khởi công."),
        ("Ôn tập chương III môn Toán.",
         "Ôn tập chương ba môn Toán."),
        ("Thực hiện theo phần II của kế hoạch.",
         "Thực hiện theo phần hai của kế hoạch."),
        ("Bão mạnh cấp độ rủi ro thiên tai cấp IV.",
         "Bão mạnh cấp độ rủi ro thiên tai cấp bốn."),
        ("Thí sinh nhóm A và tập V của bộ sách.",
         "Thí sinh nhóm a và tập năm của bộ sách."),
        ("Xếp loại B cho hạng V của giải.",
         "Xếp loại bê cho hạng năm của giải."),
        ("Lương tối thiểu vùng III áp dụng cho xã.",
         "Lương tối thiểu vùng ba áp dụng cho xã."),
        ("Bệnh nhân sốt xuất huyết độ II cần nhập viện.",
         "Bệnh nhân sốt xuất huyết độ hai cần nhập viện."),
        ("Bài thi gồm phần I và phần II.",
         "Bài thi gồm phần một và phần hai."),
        # guards
        ("Trời nắng, 35 độ C.",
         "Trời nắng, ba mươi lăm độ xê."),
        ("Bằng lái hạng C.",
         "Bằng lái hạng xê."),
        ("Khu A và khu C.",
         "Khu A và khu xê."),
        ("Đạt giải I cuộc thi, giải II và giải III.",
         "Đạt giải nhất cuộc thi, giải nhì và giải ba."),
        ("Kỳ họp thứ VIII HĐND xã.",
         "Kỳ họp thứ tám hội đồng nhân dân xã."),
        ("Chặng II của giải đua xe đạp.",
         "Chặng hai của giải đua xe đạp."),
    ],
)  # fmt: skip
def test_roman_numerals_after_grading_words_are_numbers(written: str, spoken: str) -> None:
    """'mức độ II' was 'i i': numerals after mức độ, cấp độ, độ, chặng, tuyến, kỳ họp thứ, giải
    (nhất, nhì); two letters of I, V, X are a numeral anywhere; letter classes stay letters."""
    assert spoken_form(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("Tour 2N1Đ tham quan Sa Pa giá 2 triệu đồng.",
         "Tua hai ngày một đêm tham quan Sa Pa giá hai triệu đồng."),
        ("Chương trình du lịch 3N2Đ về nguồn.",
         "Chương trình du lịch ba ngày hai đêm về nguồn."),
        ("Trận đấu V.League 1 tại sân Thiên Trường.",
         "Trận đấu vê lích một tại sân Thiên Trường."),
        ("Đồng bào H'Mông ở bản Sủng.",
         'Đồng bào Hơ Mông ở bản Sủng.'),
        ("Người K'Ho và M'Nông cùng dự lễ hội.",
         'Người Cơ Ho và Mơ Nông cùng dự lễ hội.'),
        ("Lễ hội của đồng bào Ê-đê và Ba Na.",
         "Lễ hội của đồng bào Ê đê và Ba Na."),
        ("Tiếng H'Mông được dạy cho cán bộ.",
         'Tiếng Hơ Mông được dạy cho cán bộ.'),
        ("Đồng bào S'tiêng ở huyện Bù Đăng.",
         'Đồng bào Sơ tiêng ở huyện Bù Đăng.'),
        # guards
        ("Huyện Đắk R’Lấp tổ chức lễ hội.",
         "Huyện Đắk Rơ Lấp tổ chức lễ hội."),
        ("Người Ch’Ro ở xã.",
         "Người Chơ Ro ở xã."),
        ("Giải V-League 2025.",
         "Giải vê lích hai nghìn không trăm hai mươi lăm."),
    ],
)  # fmt: skip
def test_codes_and_marks_do_not_leak_into_the_reading(written: str, spoken: str) -> None:
    """'2N1Đ' was 'haiNmộtĐ', 'H'Mông' 'hát'Mông', 'V.League' 'vê.Li guê': a tour's length, names
    with an apostrophe, a dotted loan word."""
    assert spoken_form(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("Lớp học tiếng Khmer cho cán bộ xã.",
         "Lớp học tiếng khơ me cho cán bộ xã."),
        ("Đồng bào Khmer đón Tết cổ truyền.",
         "Đồng bào khơ me đón Tết cổ truyền."),
        ("Phụ nữ dân tộc Khơ Mú và Chăm tham gia.",
         "Phụ nữ dân tộc Khơ Mú và Chăm tham gia."),
        ("Học sinh người Khmer được cấp học bổng.",
         "Học sinh người khơ me được cấp học bổng."),
        # guards
        ("Phụ nữ dân tộc Tày, Nùng tham gia.",
         "Phụ nữ dân tộc Tày, Nùng tham gia."),
    ],
)  # fmt: skip
def test_peoples_and_languages_are_said_as_announcers_say_them(written: str, spoken: str) -> None:
    """'tiếng Khmer' was 'Cờ hờ mơ': the peoples' and languages' names in the loan-word lexicon."""
    assert spoken_form(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("Chi cục THADS huyện thông báo về việc cưỡng chế thi hành án.",
         "Chi cục thi hành án dân sự huyện thông báo về việc cưỡng chế thi hành án."),
        ("Theo Quyết định số 18/2025/QĐST-HNGĐ của Tòa án nhân dân huyện.",
         "Theo Quyết định số mười tám năm hai nghìn không trăm hai mươi lăm quyết định sơ thẩm "
         "hôn nhân gia đình của Tòa án nhân dân huyện."),
        ("Vận động viên giành 2 HCV tại Đại hội TDTT tỉnh.",
         "Vận động viên giành hai huy chương vàng tại Đại hội thể dục thể thao tỉnh."),
        ("Người lao động đi XKLĐ cần tìm hiểu kỹ hợp đồng.",
         "Người lao động đi xuất khẩu lao động cần tìm hiểu kỹ hợp đồng."),
        ("Phòng, chống BLGĐ và thực hiện BĐG tại cộng đồng.",
         "Phòng, chống bạo lực gia đình và thực hiện bình đẳng giới tại cộng đồng."),
        ("Thu gom CTRSH đúng giờ quy định.",
         "Thu gom chất thải rắn sinh hoạt đúng giờ quy định."),
        ("Công ty XSKT tỉnh tài trợ giải bóng đá.",
         "Công ty xổ số kiến thiết tỉnh tài trợ giải bóng đá."),
        ("Cắt điện ĐZ 35kV từ 7 giờ đến 11 giờ.",
         "Cắt điện đường dây ba mươi lăm ki lô vôn từ bảy giờ đến mười một giờ."),
        ("Hội nghị của LHQ về biến đổi khí hậu COP30.",
         "Hội nghị của liên hợp quốc về biến đổi khí hậu cốp ba mươi."),
        ("Chuyển tiền vào TK số 0123456789 của Hội.",
         "Chuyển tiền vào tài khoản số không một hai ba bốn năm sáu bảy tám chín của Hội."),
        ("Khám sàng lọc ung thư vú và CTC cho phụ nữ.",
         "Khám sàng lọc ung thư vú và cổ tử cung cho phụ nữ."),
        ("Nhà văn hóa thôn tổ chức Đêm hội Trăng rằm PL 2569.",
         "Nhà văn hóa thôn tổ chức Đêm hội Trăng rằm phật lịch hai nghìn năm trăm sáu mươi chín."),
        ("Bản án hình sự sơ thẩm số 45/2024/HSST.",
         "Bản án hình sự sơ thẩm số bốn mươi lăm năm hai nghìn không trăm hai mươi tư hình sự sơ"
         " thẩm."),
        ("Tổ chức Hội thao CNVCLĐ năm 2025.",
         "Tổ chức Hội thao công nhân viên chức lao động năm hai nghìn không trăm hai mươi lăm."),
        ("Đội bóng chuyền nam xã thắng đội Tân An 3-1.",
         "Đội bóng chuyền nam xã thắng đội Tân An ba một."),
        ("Ở trận tranh hạng ba, đội thôn Tây thua đội thôn Nam 1-2.",
         "Ở trận tranh hạng ba, đội thôn Tây thua đội thôn Nam một hai."),
        ("Sau hiệp 1, tỷ số là 1-0 nghiêng về đội chủ nhà.",
         "Sau hiệp một, tỷ số là một không nghiêng về đội chủ nhà."),
        ("Đội kéo co xã đánh bại đội bạn với tỷ số 2-0.",
         "Đội kéo co xã đánh bại đội bạn với tỷ số hai không."),
        ("Giải đấu kéo dài 3-4 ngày.",
         "Giải đấu kéo dài ba đến bốn ngày."),
        ("Đội tuyển U23 VN thắng U23 Thái Lan 2-1.",
         "Đội tuyển u hai mươi ba việt nam thắng u hai mươi ba Thái Lan hai một."),
        ("Trận bán kết lượt về: Nam Định 1-0 Hà Nội.",
         "Trận bán kết lượt về: Nam Định một không Hà Nội."),
        ("Kết quả: 3-5 hộ đạt chuẩn.",
         "Kết quả: ba đến năm hộ đạt chuẩn."),
        ("Phí tham gia 100.000đ/ĐV mỗi năm.",
         "Phí tham gia một trăm nghìn đồng một đảng viên mỗi năm."),
        ("Hỗ trợ 300.000 đồng/HSSV/tháng.",
         "Hỗ trợ ba trăm nghìn đồng một học sinh sinh viên một tháng."),
        ("Tổng kiểm tra 35 cơ sở/12 xã.",
         "Tổng kiểm tra ba mươi lăm cơ sở với mười hai xã."),
        ("Bàn giao 2/3 khối lượng công trình.",
         "Bàn giao hai phần ba khối lượng công trình."),
        ("Hưởng ứng Ngày Quốc tế Hạnh phúc 20/3.",
         "Hưởng ứng Ngày Quốc tế Hạnh phúc ngày hai mươi tháng ba."),
        ("Mít tinh Ngày Doanh nhân Việt Nam 13/10.",
         "Mít tinh Ngày Doanh nhân Việt Nam ngày mười ba tháng mười."),
        ("Kỷ niệm Ngày thành lập Đoàn 26/3.",
         "Kỷ niệm Ngày thành lập Đoàn ngày hai mươi sáu tháng ba."),
        ("Trong ngày hôm nay 8/3, các chi hội họp.",
         "Trong ngày hôm nay tám tháng ba, các chi hội họp."),
        ("Ngày 15/3 họp, ngày 20/3 nghỉ.",
         "Ngày mười lăm tháng ba họp, ngày hai mươi tháng ba nghỉ."),
        ("Dịch được đánh giá ở cấp độ IV.",
         "Dịch được đánh giá ở cấp độ bốn."),
        ("Trẻ mắc sốt xuất huyết độ III phải chuyển viện.",
         "Trẻ mắc sốt xuất huyết độ ba phải chuyển viện."),
        ("Hộ nghèo thuộc nhóm II được hỗ trợ.",
         "Hộ nghèo thuộc nhóm hai được hỗ trợ."),
        ("Tour 4N3Đ khám phá Tây Nguyên.",
         "Tua bốn ngày ba đêm khám phá Tây Nguyên."),
        ("Lễ hội của người M’Nông ở Đắk Lắk.",
         "Lễ hội của người Mơ Nông ở Đắk Lắk."),
        ("Câu lạc bộ Hà Nội thi đấu tại V.League 2025.",
         "Câu lạc bộ Hà Nội thi đấu tại vê lích hai nghìn không trăm hai mươi lăm."),
        ("Giải thưởng trị giá 5tr đồng.",
         "Giải thưởng trị giá năm triệu đồng."),
        ("Hỏa hoạn thiệt hại khoảng 200tr.",
         "Hỏa hoạn thiệt hại khoảng hai trăm triệu đồng."),
        ("Dạy chữ Khmer trong dịp hè.",
         "Dạy chữ khơ me trong dịp hè."),
        ("Đồng bào Êđê và Jrai dự lễ hội cồng chiêng.",
         "Đồng bào ê đê và gia rai dự lễ hội cồng chiêng."),
    ],
)  # fmt: skip
def test_a_second_batch_of_the_same_classes_written_after_the_first_fixes(
    written: str, spoken: str
) -> None:
    """Written after the fixes above, to see whether they hold for other instances (27 of 32
    right before the second fixes): a case and its stage written together ('HSST'), a team
    of letters and digits ('U23 Thái Lan 2-1'), a score between two teams in a match's
    report, 'Ngày thành lập Đoàn 26/3', millions jotted '5tr'."""
    assert spoken_form(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("Cục THA dân sự tỉnh thông báo kết quả.",
         "Cục thi hành án dân sự tỉnh thông báo kết quả."),
        ("Chi cục THA huyện làm việc với xã.", "Chi cục thi hành án huyện làm việc với xã."),
        ("Theo Thông báo số 102/TB-TA ngày 2/6/2025 của Tòa án.",
         "Theo Thông báo số một trăm linh hai ngày hai tháng sáu năm hai nghìn không trăm hai mươi "
         "lăm của Tòa án."),
        ("Ngày Quốc tế xóa bỏ bạo lực đối với phụ nữ và trẻ em gái 25/11.",
         "Ngày Quốc tế xóa bỏ bạo lực đối với phụ nữ và trẻ em gái ngày hai mươi lăm tháng mười "
         "một."),
        ("Lễ hội Ok Om Bok của đồng bào Khmer.", "Lễ hội óc om bóc của đồng bào khơ me."),
        ("Tết Chol Chnam Thmay và lễ Sene Dolta.",
         "Tết chôn chơ năm thơ mây và lễ xen đôn ta."),
        ("Đồng bào Bana, Xơ Đăng và Giẻ Triêng dự lễ.",
         "Đồng bào ba na, Xơ Đăng và Giẻ Triêng dự lễ."),
        # guards: 'THA' in health is still high blood pressure; a day that is no name
        ("Người bệnh THA cần uống thuốc đều.", "Người bệnh tăng huyết áp cần uống thuốc đều."),
        ("Ngày nào các hộ cũng phải nộp hồ sơ trước 8/3.",
         "Ngày nào các hộ cũng phải nộp hồ sơ trước ngày tám tháng ba."),
        ("PGD NHCSXH huyện giải ngân tại Điểm GD xã.",
         "phòng giao dịch ngân hàng chính sách xã hội huyện giải ngân tại Điểm giao dịch xã."),
        ("Nộp tiền vào TK số: 0123456789.",
         "Nộp tiền vào tài khoản số: không một hai ba bốn năm sáu bảy tám chín."),
        # guards: the schools' PGD, a year after TK (statistics, spelled where no word says so)
        ("Trưởng PGD huyện chỉ đạo các trường.", "Trưởng phòng giáo dục huyện chỉ đạo các trường."),
        ("Cục TK tỉnh công bố số liệu năm 2024.",
         "Cục thống kê tỉnh công bố số liệu năm hai nghìn không trăm hai mươi tư."),
        ("Mã đặt tour 12N3D, phòng 3A2B.", "Mã đặt tua mười hai en ba đê, phòng ba a hai bê."),
        # guards: a numeral of two letters that is a word stays a word
        ("XỬ LÝ VI PHẠM HÀNH CHÍNH", "xử lý vi phạm hành chính"),
        ("Bán XI MĂNG giá rẻ.", "Bán xi măng giá rẻ."),
        ("Kỳ họp thứ XI HĐND huyện.", "Kỳ họp thứ mười một hội đồng nhân dân huyện."),
    ],
)  # fmt: skip
def test_a_third_batch_judgment_enforcement_long_named_days_and_festivals(
    written: str, spoken: str
) -> None:
    """From a third batch of hostile notices: 'Cục THA' was 'tăng huyết áp' (health's THA),
    a named day of thirteen words said 'ngày' again, the Khmer festivals spelled."""
    assert spoken_form(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("Bản án số 33/2025/HNGĐ-PT đã có hiệu lực pháp luật.",
         "Bản án số ba mươi ba năm hai nghìn không trăm hai mươi lăm hôn nhân gia đình phúc thẩm"
         " đã có hiệu lực pháp luật."),
        ("Chấp hành viên Chi cục THADS huyện đến xác minh tài sản.",
         "Chấp hành viên Chi cục thi hành án dân sự huyện đến xác minh tài sản."),
        ("HLV trưởng đội tuyển xã nhận HCĐ.",
         "huấn luyện viên trưởng đội tuyển xã nhận huy chương đồng."),
        ("Tiêm vắc xin HPV phòng ung thư CTC cho trẻ gái 9-14 tuổi.",
         "Tiêm vắc xin hát pê vê phòng ung thư cổ tử cung cho trẻ gái chín đến mười bốn tuổi."),
        ("LHQ kêu gọi ngừng bắn ở Gaza.",
         "liên hợp quốc kêu gọi ngừng bắn ở Ga da."),
        ("Công ty CP cấp nước và Công ty TNHH MTV KTCTTL phối hợp.",
         "Công ty cổ phần cấp nước và Công ty trách nhiệm hữu hạn một thành viên khai thác công "
         "trình thủy lợi phối hợp."),
        ("Đội xã Tân Hòa thắng đội xã Tân Lập 4-2 ở lượt đi.",
         "Đội xã Tân Hòa thắng đội xã Tân Lập bốn hai ở lượt đi."),
        ("Thôn Nam giành chiến thắng 3-1 trước thôn Bắc.",
         "Thôn Nam giành chiến thắng ba một trước thôn Bắc."),
        ("Sau 90 phút, hai đội hòa nhau 2-2.",
         "Sau chín mươi phút, hai đội hòa nhau hai hai."),
        ("Hòa mạng thuê bao trong 3-5 ngày.",
         "Hòa mạng thuê bao trong ba đến năm ngày."),
        ("Học phí 150.000đ/HS/tháng.",
         "Học phí một trăm năm mươi nghìn đồng một học sinh một tháng."),
        ("Phạt 500.000đ/trường hợp vi phạm.",
         "Phạt năm trăm nghìn đồng một trường hợp vi phạm."),
        ("Đến nay đã thu hồi 3/4 số nợ.",
         "Đến nay đã thu hồi ba phần tư số nợ."),
        ("Năm 2025 xảy ra 8 vụ/11 người chết do đuối nước.",
         "Năm hai nghìn không trăm hai mươi lăm xảy ra tám vụ với mười một người chết do đuối "
         "nước."),
        ("Kỷ niệm Ngày Bác Hồ ra đi tìm đường cứu nước 5/6.",
         "Kỷ niệm Ngày Bác Hồ ra đi tìm đường cứu nước ngày năm tháng sáu."),
        ("Ngày Toàn dân phòng, chống ma túy 26/6.",
         "Ngày Toàn dân phòng, chống ma túy ngày hai mươi sáu tháng sáu."),
        ("Bão cấp độ rủi ro thiên tai cấp III.",
         "Bão cấp độ rủi ro thiên tai cấp ba."),
        ("Bậc II của thang lương.",
         "Bậc hai của thang lương."),
        ("Tour 3n2đ giá 3 triệu đồng/người.",
         "Tua ba ngày hai đêm giá ba triệu đồng một người."),
        ("Hội thi dệt thổ cẩm của phụ nữ K’Ho.",
         "Hội thi dệt thổ cẩm của phụ nữ Cơ Ho."),
        ("Tiếng Khmer và tiếng Chăm được dạy ở trường.",
         "Tiếng khơ me và tiếng Chăm được dạy ở trường."),
    ],
)  # fmt: skip
def test_a_fourth_batch_written_after_three_rounds_of_fixes(written: str, spoken: str) -> None:
    """19 of 21 right when first run: a second per after an abbreviation ('150.000đ/HS/tháng'
    was '… học sinh hoặc tháng'), a day's name holding 'phòng, chống'."""
    assert spoken_form(written) == spoken
