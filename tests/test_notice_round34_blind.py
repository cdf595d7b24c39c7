"""Reader faults of blind rounds 113 (Lâm Đồng) and 114 (Thanh Hóa), each a class with
near-misses that must not change, read in both voices: a function word typed with a wrong
mark or none where only its marked twin fits; a rate's unit typed bare after its slash; a
bare syllable of an address. A row's third column is the southern reading where it differs."""

from __future__ import annotations

import pytest
from both_voices import Row, assert_read_in_both_voices, table_rows

FUNCTION_WORDS: list[Row] = [
    ("Các hộ mở vòi đế súc rửa bồn chứa trước khi dùng.",
     "Các hộ mở vòi để súc rửa bồn chứa trước khi dùng.", None),
    ("Bà con đến đúng giờ đế được tiêm vắc xin.",
     "Bà con đến đúng giờ để được tiêm vắc xin.", None),
    ("Phun hóa chất đế tiêu độc chuồng trại.", "Phun hóa chất để tiêu độc chuồng trại.", None),
    ("Có gà chết bất thường thì báo cho thú y xa.",
     "Có gà chết bất thường thì báo cho thú y xã.", None),
    ("Mọi vướng mắc liên hệ UBND xa để được giải đáp.",
     "Mọi vướng mắc liên hệ ủy ban nhân dân xã để được giải đáp.", None),
    ("Người lạ mặt vào thôn, báo công an xa hoặc trưởng thôn.",
     "Người lạ mặt vào thôn, báo công an xã hoặc trưởng thôn.", None),
    ("Cán bộ xa Lát đến từng nhà phát thẻ.", "Cán bộ xã Lát đến từng nhà phát thẻ.", None),
    ("Thời gian hưởng chế độ la trong vòng 6 tháng.",
     "Thời gian hưởng chế độ là trong vòng sáu tháng.", None),
    ("Mức thu la 15.000 đồng mỗi tháng.", "Mức thu là mười lăm nghìn đồng mỗi tháng.",
     "Mức thu là mười lăm ngàn đồng mỗi tháng."),
    ("Đối tượng được nhận quà la các hộ nghèo.", "Đối tượng được nhận quà là các hộ nghèo.",
     None),
    ("Cac ho dân thôn Đạ Nhim chú y: sáng mai cắt nước.",
     "Các hộ dân thôn Đạ Nhim chú ý: sáng mai cắt nước.", None),
    ("De nghi bà con đi họp đúng giờ.", "Đề nghị bà con đi họp đúng giờ.", None),
    ("Toan the nhân dân ra quân dọn vệ sinh.", "Toàn thể nhân dân ra quân dọn vệ sinh.", None),
    # near-misses: the word as typed is right there
    ("Học sinh ở xa nhà được ở bán trú.", "Học sinh ở xa nhà được ở bán trú.", None),
    ("Không đi xa khi có mưa lũ.", "Không đi xa khi có mưa lũ.", None),
    ("Trạm y tế xa khu dân cư nên có xe đưa đón.",
     "Trạm y tế xa khu dân cư nên có xe đưa đón.", None),
    ("Các cháu không la hét nơi công cộng.", "Các cháu không la hét nơi công cộng.", None),
    ("Con la trong chuồng bị lạc.", "Con la trong chuồng bị lạc.", None),
    ("Cước phí 100 đô la một tháng.", "Cước phí một trăm đô la một tháng.", None),
    ("Vi khuẩn xan mô nen la có trong trứng sống.",
     "Vi khuẩn xan mô nen la có trong trứng sống.", None),
    ("Món kem va ni la trong tủ mát.", "Món kem va ni la trong tủ mát.", None),
    ("Phim về thời đế quốc xâm lược.", "Phim về thời đế quốc xâm lược.", None),
    ("Hoàng đế Quang Trung được nhân dân tôn vinh.",
     "Hoàng đế Quang Trung được nhân dân tôn vinh.", None),
    ("Bà con chú ý: sáng mai cắt điện.", "Bà con chú ý: sáng mai cắt điện.", None),
    ("Y tá trạm y tế đến tận nhà.", "Y tá trạm y tế đến tận nhà.", None),
    ("Các họ tộc trong thôn cùng góp công.", "Các họ tộc trong thôn cùng góp công.", None),
]  # fmt: skip


@pytest.mark.parametrize(("written", "north", "south"), table_rows({"words": FUNCTION_WORDS}))
def test_a_function_word_typed_bare_where_only_its_twin_fits(
    written: str, north: str, south: str | None
) -> None:
    """'đế' before a purpose, 'xa' after a commune's body, 'la' before what a subject is."""
    assert_read_in_both_voices(written, north, south)


RATE_UNITS: list[Row] = [
    ("Trợ cấp 1.500.000 đồng/thang.", "Trợ cấp một triệu năm trăm nghìn đồng một tháng.",
     "Trợ cấp một triệu năm trăm ngàn đồng một tháng."),
    ("Học phí 300.000 đồng/nam.", "Học phí ba trăm nghìn đồng một năm.",
     "Học phí ba trăm ngàn đồng một năm."),
    ("Tiền ăn 50k/ngay.", "Tiền ăn năm mươi nghìn đồng một ngày.", None),
    ("Phí vệ sinh 20.000đ/ho/thang.", "Phí vệ sinh hai mươi nghìn đồng một hộ một tháng.",
     "Phí vệ sinh hai mươi ngàn đồng một hộ một tháng."),
    ("Hỗ trợ 200.000 đồng/nguoi.", "Hỗ trợ hai trăm nghìn đồng một người.",
     "Hỗ trợ hai trăm ngàn đồng một người."),
    ("Phí trông xe 2.000 đồng/lan.", "Phí trông xe hai nghìn đồng một lần.",
     "Phí trông xe hai ngàn đồng một lần."),
    # near-misses: no rate's slash before the word
    ("Thang máy trụ sở đang sửa.", "Thang máy trụ sở đang sửa.", None),
    ("Nghỉ 1/2 tháng để điều trị.", "Nghỉ nửa tháng để điều trị.", None),
    ("Ghi rõ giới tính nữ/nam.", "Ghi rõ giới tính nữ nam.", None),
    ("Trẻ bị ho khan kéo dài.", "Trẻ bị ho khan kéo dài.", None),
]  # fmt: skip


@pytest.mark.parametrize(("written", "north", "south"), table_rows({"rates": RATE_UNITS}))
def test_a_rates_unit_typed_bare_after_its_slash(
    written: str, north: str, south: str | None
) -> None:
    """'đồng/thang' is so much a month, never 'một thang'."""
    assert_read_in_both_voices(written, north, south)


ADDRESS_SYLLABLES: list[Row] = [
    ("Hồ sơ gửi về hộp thư ubnd.lat@lamdong.gov.vn trước ngày 15.",
     "Hồ sơ gửi về hộp thư u bê en đê chấm lát a còng lâm đồng chấm gờ o vê chấm vê en trước "
     "ngày mười lăm.", None),
    ("Xem chi tiết tại lat.lacduong.lamdong.gov.vn.",
     "Xem chi tiết tại lát chấm lạc dương chấm lâm đồng chấm gờ o vê chấm vê en.", None),
    ("Góp ý gửi về ubnd.dich@gmail.com.",
     "Góp ý gửi về u bê en đê chấm dích a còng gờ meo chấm com.", None),
    # near-misses: a run of syllables, a sắc given, the notice's own word, a name cut
    ("Tra cứu tại dalat.gov.vn.", "Tra cứu tại đà lạt chấm gờ o vê chấm vê en.", None),
    ("Liên hệ hộp thư bac@gmail.com.", "Liên hệ hộp thư bắc a còng gờ meo chấm com.", None),
    ("UBND xã Lạt thông báo: hồ sơ gửi về ubnd.lat@gmail.com.",
     "ủy ban nhân dân xã Lạt thông báo: hồ sơ gửi về u bê en đê chấm lạt a còng gờ meo chấm "
     "com.", None),
    ("Gửi thư về ubnd.tanlap@gmail.com.",
     "Gửi thư về u bê en đê chấm tân lập a còng gờ meo chấm com.", None),
]  # fmt: skip


@pytest.mark.parametrize(("written", "north", "south"), table_rows({"address": ADDRESS_SYLLABLES}))
def test_a_bare_stop_closed_syllable_of_an_address_rises(
    written: str, north: str, south: str | None
) -> None:
    """'ubnd.lat@…' is 'lát', as its letters say, not the dictionary's 'lạt'."""
    assert_read_in_both_voices(written, north, south)
