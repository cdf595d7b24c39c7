"""Vietnamese reading, round eight: codes, formulas, identifiers and units. The blind rounds
found chemical formulas spelled as letters ('CaCO3' → 'xê a xê ô bê a'), units glued to their
numbers ('70dBA' → 'bảy mươidBA'), identifiers read as quantities or cut by pauses, lists of
codes read as abbreviations ('mã HN, CN' → '… chủ nhật'), and decimal points of English style
read 'chấm'. Each class has new instances from many kinds of notice, written before the reader
ran on them, and guards for what its rule must leave alone."""

from __future__ import annotations

import pytest

from announcements.normalize import read_aloud, spoken_form


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ('Bón vôi CaCO3 để khử chua cho ruộng lúa.',
         'Bón vôi ca xê ô ba để khử chua cho ruộng lúa.'),
        ('Khí CO2 tích tụ trong giếng sâu, không xuống giếng khi chưa thông gió.',
         'Khí xê ô hai tích tụ trong giếng sâu, không xuống giếng khi chưa thông gió.'),
        ('Ao nuôi tôm có khí NH3 và H2S vượt ngưỡng.',
         'Ao nuôi tôm có khí en hát ba và hát hai ét vượt ngưỡng.'),
        ('Súc miệng bằng nước muối NaCl 0,9%.',
         'Súc miệng bằng nước muối na xê lờ không phẩy chín phần trăm.'),
        ('Sát trùng vết thương bằng H2O2 3%.',
         'Sát trùng vết thương bằng hát hai ô hai ba phần trăm.'),
        ('Ngâm rau bằng dung dịch thuốc tím KMnO4.',
         'Ngâm rau bằng dung dịch thuốc tím ca em en ô bốn.'),
        ('Phun CuSO4 phòng bệnh cho cây có múi.',
         'Phun cu ét ô bốn phòng bệnh cho cây có múi.'),
        ('Rắc vôi bột Ca(OH)2 quanh chuồng trại.',
         'Rắc vôi bột ca ô hát hai quanh chuồng trại.'),
        ('Khí thải có NO2 và SO2 gây mưa axit.',
         'Khí thải có en ô hai và ét ô hai gây mưa a xít.'),
        ('Nước máy được khử trùng bằng Cl2.',
         'Nước máy được khử trùng bằng xê lờ hai.'),
        ('Hàm lượng O2 hòa tan trong ao dưới 3 mg/l, bà con bật quạt nước.',
         'Hàm lượng ô hai hòa tan trong ao dưới ba mi li gam một lít, bà con bật quạt nước.'),
        ('Hầm biogas sinh ra khí CH4 dễ cháy.',
         'Hầm bi ô ga sinh ra khí xê hát bốn dễ cháy.'),
        ('Phân kali KCl bón thúc cho lúa.',
         'Phân ca li ca xê lờ bón thúc cho lúa.'),
        ('Phân lân có 16% P2O5, phân kali có 60% K2O.',
         'Phân lân có mười sáu phần trăm pê hai ô năm, phân ca li có sáu mươi phần trăm ca hai ô.'),
        ('Bổ sung ZnSO4 và MgO cho đất phèn.',
         'Bổ sung dét en ét ô bốn và em giê ô cho đất phèn.'),
        ('Xe đi theo QL1A qua địa bàn xã.',
         'Xe đi theo quốc lộ một a qua địa bàn xã.'),
        ('Cúm gia cầm H5N1 xuất hiện tại thôn Đông.',
         'Cúm gia cầm hát năm en một xuất hiện tại thôn Đông.'),
        ('Gieo giống lúa BC15 trong vụ đông xuân.',
         'Gieo giống lúa bê xê mười lăm trong vụ đông xuân.'),
    ],
)  # fmt: skip
def test_chemical_formulas_are_read_symbol_by_symbol(written: str, spoken: str) -> None:
    """'CaCO3' was 'xê a xê ô bê a': an element of two letters is one unit ('ca', 'na', 'xê lờ'),
    the count after it a number; codes that look like formulas ('QL1A', 'BC15') stay codes."""
    assert spoken_form(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ('Tiếng ồn khu dân cư không quá 70dBA vào ban đêm.',
         'Tiếng ồn khu dân cư không quá bảy mươi đề xi ben a vào ban đêm.'),
        ('Nồng độ bụi mịn đạt 62µg/m3, người già hạn chế ra đường.',
         'Nồng độ bụi mịn đạt sáu mươi hai mi cờ rô gam một mét khối, người già hạn chế ra đường.'),
        ('Độ mặn đầu kênh 3,5ppt, chưa lấy nước vào ruộng.',
         'Độ mặn đầu kênh ba phẩy năm phần nghìn, chưa lấy nước vào ruộng.'),
        ('Độ đục nước sau lọc dưới 2 NTU.',
         'Độ đục nước sau lọc dưới hai en tê u.'),
        ('Độ đục nước sông lên tới 150NTU.',
         'Độ đục nước sông lên tới một trăm năm mươi en tê u.'),
        ('Lắp điện mặt trời mái nhà 5kWp cho trường học.',
         'Lắp điện mặt trời mái nhà năm ki lô oát pic cho trường học.'),
        ('Tấm pin 550Wp được hỗ trợ một nửa giá.',
         'Tấm pin năm trăm năm mươi oát pic được hỗ trợ một nửa giá.'),
        ('Đèn đường đạt độ rọi 30 lux.',
         'Đèn đường đạt độ rọi ba mươi lúc.'),
        ('Nhiệt độ nước ao trên 32°C, giảm cho tôm ăn.',
         'Nhiệt độ nước ao trên ba mươi hai độ xê, giảm cho tôm ăn.'),
        ('Trẻ sốt trên 104°F cần đưa đi viện.',
         'Trẻ sốt trên một trăm linh bốn độ ép cần đưa đi viện.'),
        ('Nồng độ NH3 trong chuồng dưới 10ppm.',
         'Nồng độ en hát ba trong chuồng dưới mười phần triệu.'),
        ('Asen trong nước giếng 50ppb, vượt ngưỡng.',
         'a xen trong nước giếng năm mươi phần tỷ, vượt ngưỡng.'),
        ('Tàu cá lắp máy 400CV.',
         'Tàu cá lắp máy bốn trăm mã lực.'),
        ('Trạm biến áp 400kVA cấp điện cho thôn.',
         'Trạm biến áp bốn trăm ki lô vôn am pe cấp điện cho thôn.'),
        ('Mỗi hộ dùng dưới 50kWh được miễn tiền điện.',
         'Mỗi hộ dùng dưới năm mươi ki lô oát giờ được miễn tiền điện.'),
        ('Lưu lượng về hồ 850m3/s.',
         'Lưu lượng về hồ tám trăm năm mươi mét khối một giây.'),
        ('Tỷ lệ muối trong nước ruộng 6‰.',
         'Tỷ lệ muối trong nước ruộng sáu phần nghìn.'),
        ('Liều phóng xạ dưới 1mSv mỗi năm.',
         'Liều phóng xạ dưới một mi li xi vớt mỗi năm.'),
        ('Máy đo ghi được 12kPa.',
         'Máy đo ghi được mười hai ki lô pa xờ can.'),
        ('Sóng vô tuyến 5GHz.',
         'Sóng vô tuyến năm gi ga héc.'),
        ('Hạt bụi nhỏ hơn 2,5µm.',
         'Hạt bụi nhỏ hơn hai phẩy năm mi cờ rô mét.'),
        ('Máy đo báo 35QX.',
         'Máy đo báo ba mươi lăm quy ích.'),
    ],
)  # fmt: skip
def test_units_are_read_with_their_number_and_never_glued_to_it(written: str, spoken: str) -> None:
    """'70dBA' was 'bảy mươidBA': the units of noise, salinity, turbidity, solar panels, light
    and radiation are read, and a unit no table holds is spelled apart from its number."""
    assert spoken_form(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken", "guessed"),
    [
        ("Tiếng ồn đo được 75dBC.", "Tiếng ồn đo được bảy mươi lăm đê bê xê.", "dBC"),
        ("Độ dẫn điện 20mS/cm.", "Độ dẫn điện hai mươi em ét một xen ti mét.", "mS"),
        ("Mực nước cao 12ft.", "Mực nước cao mười hai ép tê.", "ft"),
        ("Độ dẫn 2,5uS tại cống.", "Độ dẫn hai phẩy năm u ét tại cống.", "uS"),
    ],
)  # fmt: skip
def test_a_unit_no_table_holds_is_spelled_apart_and_reported(
    written: str, spoken: str, guessed: str
) -> None:
    """Any unit the reader does not know comes out speakable and is named to the operator."""
    reading = read_aloud(written)
    assert (reading.spoken, reading.guessed) == (spoken, (guessed,))
