"""Acronyms and foreign names said as words (issue 16, round 19; /work/team/notes/r19read.md). 462
acronyms and names of commune, district and province notices were read in a sentence each: these
are the families the reader spelled ('PAPI' was 'pê a pê i', 'RENEW' 'e rờ e en e vê kép') or
said unlike the form the Vietnamese press gives ('Sekong' 'Xê công', 'Pakse' 'Pác xê'), a
sentence or more each; letters that are words only in capitals; and look-alikes that must not
change. The phrases are this round's own, not taken from any held-out file."""

from __future__ import annotations

import pytest

from announcements.normalize import Reader, spoken_form

SAID_AS_WORDS: list[tuple[str, str]] = [
    # bodies, programmes and indexes
    ("Dự án RENEW hướng dẫn bà con báo vật liệu nổ qua đường dây nóng.",
     "Dự án ri niu hướng dẫn bà con báo vật liệu nổ qua đường dây nóng."),
    ("Tỉnh xếp thứ 12 về chỉ số PAPI, SIPAS và PAR INDEX năm 2025.",
     "Tỉnh xếp thứ mười hai về chỉ số pa pi, xi pát và pa in đéc năm hai nghìn không trăm hai "
     "mươi lăm."),
    ("Hội nghị ICAO và ASEANAPOL tổ chức tại Hà Nội.",
     "Hội nghị i ca ô và a xê an a pôn tổ chức tại Hà Nội."),
    ("Chương trình UNAIDS và SEAMEO hỗ trợ học sinh vùng cao.",
     "Chương trình u en ết và xi a mê ô hỗ trợ học sinh vùng cao."),
    ("Doanh nghiệp dự hội chợ do JETRO, KOTRA, VASEP, VITAS, LEFASO và VICOFA tổ chức.",
     "Doanh nghiệp dự hội chợ do giét trô, cô tra, va xép, vi tát, lê pha xô và vi cô pha tổ "
     "chức."),
    ("Xã tham gia chương trình REDD+ bảo vệ rừng.",
     "Xã tham gia chương trình rét cộng bảo vệ rừng."),
    # companies in capitals, a news agency, a federation, gold prices
    ("Công nhân của LILAMA, IDICO, MASAN và PETROVIETNAM được tiêm phòng.",
     "Công nhân của li la ma, i đi cô, ma xan và pê trô việt nam được tiêm phòng."),
    ("Giá vàng DOJI, SJC và PNJ hôm nay tăng.",
     "Giá vàng đô gi, ét gi xê và pê en gi hôm nay tăng."),
    ("Tin từ REUTERS: giải cờ vua FIDE khai mạc.",
     "Tin từ roi tơ: giải cờ vua phi đê khai mạc."),
    # vaccines, a rice variety, shops and sport
    ("Ấn Độ tiêm vắc xin Covaxin, Việt Nam thử nghiệm Nanocovax.",
     "Ấn Độ tiêm vắc xin cô vắc xin, Việt Nam thử nghiệm na nô cô vắc."),
    ("Vụ hè thu gieo lúa Jasmine 85 và ST25.",
     "Vụ hè thu gieo lúa gia xờ min tám mươi lăm và ét tê hai mươi lăm."),
    ("Khai trương cửa hàng 7-Eleven, Emart và Mega Market.",
     "Khai trương cửa hàng xe vần i le vần, i mát và mê ga ma kết."),
    ("Giải Bowling và Sepak takraw chào mừng ngày 2/9.",
     "Giải bô linh và xê pắc tắc rô chào mừng ngày hai tháng chín."),
    # a health programme, a convention, a farm model, an executive; brands of the shops
    ("Trạm y tế điều trị bệnh lao theo chiến lược DOTS.",
     "Trạm y tế điều trị bệnh lao theo chiến lược đốt."),
    ("Buôn bán động vật hoang dã thuộc danh mục CITES bị xử lý nghiêm.",
     "Buôn bán động vật hoang dã thuộc danh mục xi tét bị xử lý nghiêm."),
    ("Ông CEO của công ty trao 50 suất quà cho học sinh.",
     "Ông xi i ô của công ty trao năm mươi suất quà cho học sinh."),
    ("Nhân rộng mô hình VAC ở thôn, phát triển kinh tế VAC.",
     "Nhân rộng mô hình vác ở thôn, phát triển kinh tế vác."),
    ("Hội chợ bán hạt nêm Knorr, Maggi, dầu gội Clear, Sunsilk và nước xả Comfort.",
     "Hội chợ bán hạt nêm nó, ma gi, dầu gội cờ lia, xăn xin và nước xả com pho."),
    ("Lắp anten và đầu thu set-top box để xem truyền hình số.",
     "Lắp ăng ten và đầu thu xét tóp bốc để xem truyền hình số."),
    ("Ủ phân biochar từ rơm rạ, học marketing bán nông sản.",
     "Ủ phân bi ô sa từ rơm rạ, học ma két tinh bán nông sản."),
    # a school model, a water company, a bank code, clinics and gas
    ("Trường tiểu học dạy theo mô hình VNEN; SAWACO cắt nước ngày mai.",
     "Trường tiểu học dạy theo mô hình vi nen; xa oa cô cắt nước ngày mai."),
    ("Chuyển tiền qua mã SWIFT, khám tại Medlatec, mua gas của PV GAS.",
     "Chuyển tiền qua mã Xuýp, khám tại mét la téc, mua ga của pê vê ga."),
    # the Chinese side of the border by its Vietnamese name
    ("Thương nhân từ Dongxing, Fangchenggang, Longzhou và Wenshan sang mua hàng.",
     "Thương nhân từ Đông Hưng, Phòng Thành Cảng, Long Châu và Văn Sơn sang mua hàng."),
    # Laos and Cambodia by the names the Vietnamese press gives them
    ("Cà phê trồng trên cao nguyên Bolaven, huyện Muang Xay của Lào.",
     "Cà phê trồng trên cao nguyên Bô lô ven, huyện Mường Xay của Lào."),
    ("Lao động qua cửa khẩu Lao Bảo sang Sepon, Savannakhet.",
     "Lao động qua cửa khẩu Lao Bảo sang Sê Pôn, Xa van na khét."),
    ("Hàng hóa qua Pakse, Sekong, Xekong và Attapeu.",
     "Hàng hóa qua Pắc Xế, Xê Kông, Xê Kông và Át ta pư."),
    ("Tỉnh Xiengkhouang, Bolikhamxay, Oudomxay, Sayaboury và Luang Namtha của Lào.",
     "Tỉnh Xiêng Khoảng, Bô li khăm xay, U đôm xay, Xay nha bu ly và Luông Nậm Thà của Lào."),
    ("Thương nhân từ Thakhek, Khammouane sang mua trâu bò.",
     "Thương nhân từ Thà Khẹt, Khăm Muộn sang mua trâu bò."),
    ("Hợp tác với Kampong Thom, Kampong Cham, Pursat và Preah Vihear của Campuchia.",
     "Hợp tác với Công pông Thom, Công pông Chàm, Pô xát và Pờ rê a Vi hia của Cam pu chia."),
]  # fmt: skip

KNOWN_LETTERS: list[tuple[str, str]] = [
    # foreign letters spelled as before, now known: no guess reported for them
    ("Dự án do WB, ADB và UNDP tài trợ; IMF và WTO dự báo GDP của Việt Nam tăng.",
     "Dự án do vê kép bê, a đê bê và u en đê pê tài trợ; i em ép và vê kép tê ô dự báo giê đê "
     "pê của Việt Nam tăng."),
    ("Tàu cá lắp thiết bị VMS, chống khai thác IUU theo khuyến nghị của EU.",
     "Tàu cá lắp thiết bị vê em ét, chống khai thác i u u theo khuyến nghị của e u."),
    ("Trẻ uống vắc xin OPV và tiêm IPV tại trạm y tế.",
     "Trẻ uống vắc xin ô pê vê và tiêm i pê vê tại trạm y tế."),
    ("Xem bản tin trên BBC, CNN; cán bộ EVNNPC kiểm tra lưới điện.",
     "Xem bản tin trên bê bê xê, xê en en; cán bộ e vê en en pê xê kiểm tra lưới điện."),
]  # fmt: skip

CAPITALS_ONLY: list[tuple[str, str]] = [
    # letters said as a word only in capitals: 'lan' and 'ram' are Vietnamese words too
    ("Kết nối mạng LAN cho bộ phận một cửa, nâng cấp RAM máy tính.",
     "Kết nối mạng lan cho bộ phận một cửa, nâng cấp ram máy tính."),
    ("Chị Lan và anh Ram đến nhận quà.", "Chị Lan và anh Ram đến nhận quà."),
    ("HOA LAN NỞ RỘ Ở BẢN.", "hoa lan nở rộ ở bản."),
    # the same letters in a code are still a code's letters
    ("Phòng LAN-02 ở tầng hai.", "Phòng e lờ a en không hai ở tầng hai."),
    # a current's 'VAC' after its volts is no farm
    ("Máy phát điện 220 VAC phải có dây tiếp đất.",
     "Máy phát điện hai trăm hai mươi vê a xê phải có dây tiếp đất."),
]  # fmt: skip


@pytest.mark.parametrize(("written", "spoken"), SAID_AS_WORDS + KNOWN_LETTERS + CAPITALS_ONLY)
def test_acronyms_and_names_are_said_as_announcers_say_them(written: str, spoken: str) -> None:
    assert spoken_form(written) == spoken


@pytest.mark.parametrize(
    "written", [w for w, _spoken in SAID_AS_WORDS + KNOWN_LETTERS + CAPITALS_ONLY[:3]]
)
def test_the_office_is_shown_no_guess_for_them(written: str) -> None:
    """The shipped forms are known: a script that names them raises no warning at publish."""
    assert Reader({}).read(written).warnings == ()


def test_the_station_lexicon_still_overrides_a_shipped_acronym() -> None:
    reader = Reader({"papi": "pê a pê i", "sepon": "Xê Pôn"})
    assert reader.read("Chỉ số PAPI của tỉnh, cửa khẩu Sepon.").spoken == (
        "Chỉ số pê a pê i của tỉnh, cửa khẩu Xê Pôn."
    )
