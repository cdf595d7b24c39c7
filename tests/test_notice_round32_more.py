"""Reader follow-ups of blind round 107 and session 32's helpers (issue 16), each a class with
near-misses that must not change, read in both voices: x's standing for any digits after a
prefix, a province's department run together in its site's address, a bare issuer before a
place, two days in a row written with a dash, 'Windows' before its version. A row's third
column is the southern reading where it differs."""

from __future__ import annotations

import pytest
from both_voices import Row, assert_read_in_both_voices, table_rows

ANY_DIGITS: list[Row] = [
    ("Cảnh giác các đầu số 1900 xxxx gọi đến.",
     "Cảnh giác các đầu số một chín không không gọi đến.", None),
    ("Tin nhắn từ đầu số 1800xxxx là miễn phí.",
     "Tin nhắn từ đầu số một tám không không là miễn phí.", None),
    # session 33 (blind rounds 111-112): a sentence that speaks of no prefix masks one
    # number, its x's said
    ("Không nghe máy lạ 0912 xxx xxx.",
     "Không nghe máy lạ không chín một hai, ích xì ích xì ích xì, ích xì ích xì ích xì.", None),
    ("Số lạ +84 86 xxx xxxx gọi đến.",
     "Số lạ cộng tám tư, tám sáu, ích xì ích xì ích xì, ích xì ích xì ích xì ích xì gọi đến.",
     "Số lạ cộng tám bốn, tám sáu, ích xì ích xì ích xì, ích xì ích xì ích xì ích xì gọi đến."),
    ("Đầu số 1900 XX XX tính phí cao.", "Đầu số một chín không không tính phí cao.", None),
    # near-misses: x's with a digit after them, a lone '0' before them, a vessel, a blank
    ("Gọi 0912.xxx.789 để được tư vấn.",
     "Gọi không chín một hai, ích xì ích xì ích xì, bảy tám chín để được tư vấn.", None),
    ("Mã số thuế 0xx.xxx.xxxx của hộ kinh doanh.",
     "Mã số thuế không ích xì ích xì, ích xì ích xì ích xì, ích xì ích xì ích xì ích xì của hộ "
     "kinh doanh.", None),
    ("Tàu QNg-95xxx-TS mất liên lạc.",
     "Tàu quy en giê chín năm ích xì ích xì ích xì tê ét mất liên lạc.", None),
    ("Số xx/QĐ-UBND về việc thu hồi đất.",
     "Số, quyết định ủy ban nhân dân về việc thu hồi đất.", None),
]  # fmt: skip

DEPARTMENTS: list[Row] = [
    ("Truy cập sotuphap.camau.gov.vn để tra cứu.",
     "Truy cập sở tư pháp chấm cà mau chấm gờ o vê chấm vê en để tra cứu.", None),
    ("Xem tại socongthuong.nghean.gov.vn.",
     "Xem tại sở công thương chấm nghệ an chấm gờ o vê chấm vê en.", None),
    ("Góp ý qua sonoivu.camau.gov.vn.",
     "Góp ý qua sở nội vụ chấm cà mau chấm gờ o vê chấm vê en.", None),
    ("Thông tin tại sodulich.camau.gov.vn.",
     "Thông tin tại sở du lịch chấm cà mau chấm gờ o vê chấm vê en.", None),
    ("Hồ sơ nộp qua phongcongthuong.camau.gov.vn.",
     "Hồ sơ nộp qua phòng công thương chấm cà mau chấm gờ o vê chấm vê en.", None),
    # near-misses: a department's letters, a commune's 'phong', an office, the committee
    ("Xem tại sotnmt.camau.gov.vn.",
     "Xem tại sở tê en em tê chấm cà mau chấm gờ o vê chấm vê en.", None),
    ("Xem tại yenphong.bacninh.gov.vn.",
     "Xem tại yên phong chấm bắc ninh chấm gờ o vê chấm vê en.", None),
    ("Xem tại vanphong.camau.gov.vn.",
     "Xem tại văn phòng chấm cà mau chấm gờ o vê chấm vê en.", None),
    ("Xem tại ubndhailang.gov.vn.", "Xem tại u bê en đê hải lạng chấm gờ o vê chấm vê en.", None),
]  # fmt: skip

ISSUER_BEFORE_A_PLACE: list[Row] = [
    # the type said after the number when no word before names it, the bare issuer unsaid
    # before a named place (as round 31's 'Căn cứ số 1/QĐ-UBND, UBND xã …')
    ("Căn cứ số 1532/QĐ-UBND, huyện Đầm Dơi triển khai.",
     "Căn cứ số một nghìn năm trăm ba mươi hai quyết định, huyện Đầm Dơi triển khai.",
     "Căn cứ số một ngàn năm trăm ba mươi hai quyết định, huyện Đầm Dơi triển khai."),
    ("Căn cứ Quyết định số 1532/QĐ-UBND, huyện Đầm Dơi triển khai.",
     "Căn cứ Quyết định số một nghìn năm trăm ba mươi hai, huyện Đầm Dơi triển khai.",
     "Căn cứ Quyết định số một ngàn năm trăm ba mươi hai, huyện Đầm Dơi triển khai."),
    # near-misses: no place after it, a ministry
    ("Căn cứ số 1532/QĐ-UBND về việc thu hồi đất.",
     "Căn cứ số một nghìn năm trăm ba mươi hai quyết định ủy ban nhân dân về việc thu hồi đất.",
     "Căn cứ số một ngàn năm trăm ba mươi hai quyết định ủy ban nhân dân về việc thu hồi đất."),
    ("Căn cứ số 12/QĐ-BYT, huyện Đầm Dơi triển khai.",
     "Căn cứ số mười hai quyết định bộ y tế, huyện Đầm Dơi triển khai.", None),
]  # fmt: skip

TWO_DAYS: list[Row] = [
    ("Ngày 4-5/7 tiêm phòng cho gia súc.",
     "Ngày mùng bốn và mùng năm tháng bảy tiêm phòng cho gia súc.", None),
    ("Cắt điện ngày 9-10/12 để sửa đường dây.",
     "Cắt điện ngày mùng chín và mùng mười tháng mười hai để sửa đường dây.", None),
    ("Họp (1-2/6) tại nhà văn hóa.",
     "Họp (ngày mùng một và mùng hai tháng sáu) tại nhà văn hóa.", None),
    ("Trong 2 ngày 31/7-1/8 xã tổ chức hội thi.",
     "Trong hai ngày ba mươi mốt tháng bảy và mùng một tháng tám xã tổ chức hội thi.", None),
    ("Mùng 4-5/7 âm lịch cúng đình.",
     "Mùng bốn và mùng năm tháng bảy âm lịch cúng đình.", None),
    # near-misses: a list written so, a stretch ('đến', 'từ'), days past the tenth
    ("Các ngày 4, 5/7 tiêm phòng.", "Các ngày mùng bốn, mùng năm tháng bảy tiêm phòng.", None),
    ("Ngày 4 đến 5/7 tiêm phòng.", "Ngày bốn đến ngày năm tháng bảy tiêm phòng.", None),
    ("Từ ngày 4 - 5/7 tiêm phòng.", "Từ ngày bốn đến ngày năm tháng bảy tiêm phòng.", None),
    ("Ngày 4-7/7 tiêm phòng.", "Ngày bốn đến bảy tháng bảy tiêm phòng.", None),
    ("Ngày 14-15/7 tiêm phòng.", "Ngày mười bốn và mười lăm tháng bảy tiêm phòng.", None),
]  # fmt: skip

WINDOWS: list[Row] = [
    ("Cài Windows10 trên máy của xã.", "Cài uyn đô mười trên máy của xã.", None),
    ("Máy tính dùng Windows 11 bản quyền.", "Máy tính dùng uyn đô mười một bản quyền.", None),
    ("Cập nhật windows thường xuyên.", "Cập nhật uyn đô thường xuyên.", None),
    # near-miss: another brand glued to its version
    ("Máy Android12 cài được ứng dụng.", "Máy an đờ roi mười hai cài được ứng dụng.", None),
]  # fmt: skip


TABLES: dict[str, list[Row]] = {
    "any_digits": ANY_DIGITS,
    "department": DEPARTMENTS,
    "issuer": ISSUER_BEFORE_A_PLACE,
    "two_days": TWO_DAYS,
    "windows": WINDOWS,
}
"""Each class's table; a row's id names its table ('two_days-3')."""


@pytest.mark.parametrize(("written", "north", "south"), table_rows(TABLES))
def test_read_as_an_announcer_reads_it_in_both_voices(
    written: str, north: str, south: str | None
) -> None:
    assert_read_in_both_voices(written, north, south)
