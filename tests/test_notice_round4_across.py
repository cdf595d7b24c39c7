"""Vietnamese reading, fourth round, across the families: the misses each round-four helper
found in another's family and left (a loan word before a code, units in capitals, a number
glued to a letter or a word, a letter, a dot and a number). Each class has new instances and
guards for what its rule must leave alone."""

from __future__ import annotations

import pytest
from test_notice_reading import assert_reads_in_linear_time

from announcements.normalize import read_aloud, spoken_form


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("Máy chủ PC-01 đặt tại Bộ phận một cửa.",
         "Máy chủ pê xê không một đặt tại Bộ phận một cửa."),
        ("Đội PC-07 Công an tỉnh hướng dẫn phòng cháy.",
         "Đội pê xê không bảy Công an tỉnh hướng dẫn phòng cháy."),
        ("Phòng PA-02 tiếp nhận hồ sơ.", "Phòng pê a không hai tiếp nhận hồ sơ."),
        # guards: the loan word alone, and a loan word with a year or a number after a dash
        ("Mỗi PC của xã được cài phần mềm diệt virus.",
         "Mỗi pê xê của xã được cài phần mềm diệt vi rút."),
        ("Phòng, chống dịch COVID-19 tại cơ sở.", "Phòng, chống dịch cô vít mười chín tại cơ sở."),
    ],
)  # fmt: skip
def test_a_loan_word_that_begins_a_dashed_code_is_left_to_the_codes(
    written: str, spoken: str
) -> None:
    """'PC-05' was 'pê xê năm': the lexicon's 'pc' was said before the code rules saw it."""
    assert spoken_form(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("Cắt điện đường dây 22KV từ trạm biến áp số 3.",
         "Cắt điện đường dây hai mươi hai ki lô vôn từ trạm biến áp số ba."),
        ("Trạm biến áp 110KV Tân Lập.", "Trạm biến áp một trăm mười ki lô vôn Tân Lập."),
        ("Máy phát công suất 5KW.", "Máy phát công suất năm ki lô oát."),
        ("Máy biến áp 560KVA.", "Máy biến áp năm trăm sáu mươi ki lô vôn am pe."),
        ("Hộ tiêu thụ dưới 50KWh mỗi tháng.",
         "Hộ tiêu thụ dưới năm mươi ki lô oát giờ mỗi tháng."),
        ("Mỗi hộ nhận 10KG gạo.", "Mỗi hộ nhận mười ki lô gam gạo."),
        ("Giá 12.000đ/KG.", "Giá mười hai nghìn đồng một ki lô gam."),
        ("Mỗi bao từ 5KG - 10KG.", "Mỗi bao từ năm ki lô gam đến mười ki lô gam."),
        ("Nhà máy điện mặt trời 50MW.", "Nhà máy điện mặt trời năm mươi mê ga oát."),
        # guards: the same letters with no number before them are no unit
        ("Tàu KG 92345 TS mất liên lạc.", "Tàu ca giê chín hai ba bốn năm tê ét mất liên lạc."),
    ],
)  # fmt: skip
def test_units_written_in_capitals_are_read_as_units(written: str, spoken: str) -> None:
    """'22KV' was 'hai mươi hai ca vê'; 'KM' and 'CM' stay out ('khuyến mãi', 'cách mạng')."""
    assert spoken_form(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("Xe tải 5t không được qua cầu.", "Xe tải năm tấn không được qua cầu."),
        ("Cầu có tải trọng 13t.", "Cầu có tải trọng mười ba tấn."),
        ("Học sinh lớp 10a1 tập trung tại sân trường.",
         "Học sinh lớp mười a một tập trung tại sân trường."),
        ("Lớp 12b3 và lớp 6c nghỉ học.", "Lớp mười hai bê ba và lớp sáu xê nghỉ học."),
        ("Cô giáo chủ nhiệm lớp 3a.", "Cô giáo chủ nhiệm lớp ba a."),
        ("Mất xe SH150i màu đỏ.", "Mất xe ét hát một trăm năm mươi i màu đỏ."),
        ("Thôn5 và Xóm3 họp dân.", "Thôn năm và Xóm ba họp dân."),
        ("Bán dầu DO 0,05S-II.", "Bán dầu đê ô không phẩy không năm ét mức hai."),
        ("Tổ12 dọn vệ sinh.", "Tổ mười hai dọn vệ sinh."),
        # guards: units and hours glued to a number keep their reading
        ("Từ 7h30 đến 11h.", "Từ bảy giờ ba mươi đến mười một giờ."),
        ("Mua 5m vải, 50g muối, 2l dầu.",
         "Mua năm mét vải, năm mươi gam muối, hai lít dầu."),
        ("Xe tải 5T.", "Xe tải năm tấn."),
        ("Mạng 4G phủ sóng.", "Mạng bốn gờ phủ sóng."),
        ("Giống bưởi Ri6.", "Giống bưởi ri sáu."),
    ],
)  # fmt: skip
def test_a_number_glued_to_a_letter_or_a_word_is_read_apart(written: str, spoken: str) -> None:
    """'5t' was 'nămt', '10a1' 'mườiamột', 'Thôn5' 'Thônnăm', 'SH150i' 'SHmột trăm năm mươii'."""
    assert spoken_form(written) == spoken


def test_a_glued_t_is_tonnes_only_after_a_word_of_load() -> None:
    """'5t' elsewhere may be 'triệu' or 'tuổi': it is not said as tonnes."""
    assert "tấn" not in spoken_form("Giá bán 5t một con.")


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("Họp tại phòng T.3 nhà văn hóa.", "Họp tại phòng tê ba nhà văn hóa."),
        ("Kho ở lô A.12.", "Kho ở lô a mười hai."),
        # guards: a place letter, a Roman numeral
        ("Chi nhánh P.3, Q.3.", "Chi nhánh phường ba, quận ba."),
        ("Xã Tân Lập, H.5.", "Xã Tân Lập, huyện năm."),
    ],
)  # fmt: skip
def test_a_letter_a_dot_and_a_number_is_one_code(written: str, spoken: str) -> None:
    """'T.3' was 'tê.ba': the dot was left in the spoken text."""
    reading = read_aloud(written)
    assert reading.spoken == spoken
    assert not reading.guessed


HOSTILE = ["PC-0", "PC-01 ", "1KV ", "1KG-", "1a1 ", "1t ", "Thôn1", "SH1i ", "T.1 ", "A.1."]


@pytest.mark.parametrize("unit", HOSTILE)
def test_reading_time_grows_linearly_with_the_rules_across_families(unit: str) -> None:
    """The same check as test_notice_reading's, for the patterns of this file."""
    assert_reads_in_linear_time(unit)
