"""Codes, plates, possessives and units that the reader said wrongly, as classes (issue 16;
/work/team/notes/r18code.md): capitals glued to a dash and a number are a code's letters
whatever word they spell, and no digit is dropped; a plate is a plate whatever separates its
parts; a brand's possessive 's is not said; units that are also abbreviations or letters
('TB', 'cal', 'mL') are the unit after a number; foreign places and people as a northern
announcer names them. Look-alikes that must not change: a price in
thousands, addresses, passwords, document numbers, roads, COVID-19, notices counted 'TB'."""

from __future__ import annotations

import pytest

from announcements.normalize import spoken_form

CLASSES: list[tuple[str, str]] = [
    # a code is a code whatever its letters: spelled, its zero said ('vi đê ô hai' before)
    ("Phòng họp VIDEO-02 ở tầng ba, phòng SOUND-15 ở tầng bốn.",
     "Phòng họp vê i đê e ô không hai ở tầng ba, phòng ét ô u en đê mười lăm ở tầng bốn."),
    ("Lô cá KOI-02, lô CAFE-02 và lô BURGER-007 đã kiểm dịch.",
     "Lô cá ca ô i không hai, lô xê a ép e không hai và lô bê u e rờ giê e e rờ không không "
     "bảy đã kiểm dịch."),
    ("Mã hồ sơ VIDEO02 và TET2026 đã nhận.",
     "Mã hồ sơ vê i đê e ô không hai và tê e tê hai không hai sáu đã nhận."),
    # the disease glued to its year, as 'COVID-19' is said (it was spelled 'xê ô vê i đê')
    ("Tiêm vắc xin COVID19 mũi 3.", "Tiêm vắc xin cô vít mười chín mũi ba."),
    # rounds 48 and 64: both first announcers spelled the drill's code
    ("Diễn tập KVPT-25 xong.", "Diễn tập ca vê pê tê hai mươi lăm xong."),
    # plates, whatever separates their parts; no thirty thousand
    ("Xe biển số 30K-BYD12 vi phạm.", "Xe biển số ba không ca, bê i dài đê một hai vi phạm."),
    ("Xe máy biển số 29 - X1 123.45 và ô tô 29A.123.45 bị phạt nguội.",
     "Xe máy biển số hai chín ích một, một hai ba bốn năm và ô tô hai chín a, một hai ba bốn "
     "năm bị phạt nguội."),
    ("Xe 30K – 123.45 đỗ sai quy định.", "Xe ba không ca, một hai ba bốn năm đỗ sai quy định."),
    # a brand's possessive 's ("Pôn'ét" before)
    ("Kem Pond's, bánh Kellogg's và kẹo Hershey's bị thu hồi.",
     "Kem Pôn, bánh Kê lốc và kẹo Héc si bị thu hồi."),
    ("Cửa hàng Wendy’s khai trương.", "Cửa hàng Uen đi khai trương."),
    # units that are also abbreviations or letters
    ("Ổ cứng di động 1 TB, thẻ nhớ 2TB.", "Ổ cứng di động một tê bê, thẻ nhớ hai tê bê."),
    ("Một lon nước ngọt chứa 140 cal, trẻ cần 1.200 Kcal mỗi ngày.",
     "Một lon nước ngọt chứa một trăm bốn mươi ca lo, trẻ cần một nghìn hai trăm ki lô ca lo "
     "mỗi ngày."),
    ("Tiêm 0,5 mL vắc xin, đường huyết trên 126 mg/dL.",
     "Tiêm không phẩy năm mi li lít vắc xin, đường huyết trên một trăm hai mươi sáu mi li gam "
     "một đề xi lít."),
    ("Bụi PM2.5 ở mức 55 ug/m3.",
     "Bụi pê em hai chấm năm ở mức năm mươi lăm mi cơ rô gam một mét khối."),
    # foreign places and people: a country or a Chinese place by its Vietnamese name
    ("Tuyển lao động đi làm việc tại Poland, Portugal và Turkey, lương cao.",
     "Tuyển lao động đi làm việc tại Ba Lan, Bồ Đào Nha và Thổ Nhĩ Kỳ, lương cao."),
    ("Lao động EPS làm việc tại Geoje, Yeosu, Pyeongtaek và tỉnh Gangwon.",
     "Lao động e pê ét làm việc tại Cơ chê, Dơ xu, Pi ơng thét và tỉnh Gang uôn."),
    ("Thực tập sinh sang các tỉnh Ehime, Oita, Iwate và Shimane.",
     "Thực tập sinh sang các tỉnh Ê hi mê, Ô i ta, I oa tê và Si ma nê."),
    ("Hàng hóa qua cửa khẩu Hekou, Pingxiang về Yunnan, Guangxi.",
     "Hàng hóa qua cửa khẩu Hà Khẩu, Bằng Tường về Vân Nam, Quảng Tây."),
    ("Cầu thủ Lewandowski và De Bruyne.", "Cầu thủ Lê van đốp xờ ki và Đơ Bờ rui nơ."),
]  # fmt: skip

LOOK_ALIKES: list[tuple[str, str]] = [
    ("Phòng chống dịch COVID-19.", "Phòng chống dịch cô vít mười chín."),
    ("Trà sữa giá 30K một ly, combo 50K-100K.",
     "Trà sữa giá ba mươi nghìn đồng một ly, com bô năm mươi nghìn đến một trăm nghìn đồng."),
    ("Gửi về video2025@gmail.com hoặc www.cafe-02.vn.",
     "Gửi về vi đê ô hai không hai năm a còng gờ meo chấm com hoặc vê kép vê kép vê kép chấm "
     "cà phê gạch ngang không hai chấm vê en."),
    ("Mật khẩu: Video@02.", "Mật khẩu: vê i đê e ô a còng không hai."),
    ("Theo Quyết định số 123/QĐ-UBND, Thông báo 12-TB/ĐU.",
     "Theo Quyết định số một trăm hai mươi ba của ủy ban nhân dân, Thông báo mười hai của "
     "đảng ủy."),
    ("Quốc lộ QL1A và đường ĐT 723 ngập sâu.",
     "Quốc lộ một a và đường tỉnh bảy trăm hai mươi ba ngập sâu."),
    ("Tâm bão ở khoảng 17,2°N-107,5°E.",
     "Tâm bão ở khoảng mười bảy phẩy hai độ vĩ bắc, một trăm linh bảy phẩy năm độ kinh đông."),
    ("Đồng bào H'Mông, K'Ho ở Đắk R'Lấp.", "Đồng bào Hơ Mông, Cơ Ho ở Đắk Rơ Lấp."),
    ("Đảng ủy đã ban hành 25 TB, 30 KH.",
     "Đảng ủy đã ban hành hai mươi lăm thông báo, ba mươi kế hoạch."),
]  # fmt: skip


@pytest.mark.parametrize(("written", "spoken"), CLASSES)
def test_codes_plates_possessives_units_and_names_are_read_as_one_rule_says(
    written: str, spoken: str
) -> None:
    assert spoken_form(written) == spoken


@pytest.mark.parametrize(("written", "spoken"), LOOK_ALIKES)
def test_prices_addresses_documents_and_names_keep_their_readings(
    written: str, spoken: str
) -> None:
    assert spoken_form(written) == spoken
