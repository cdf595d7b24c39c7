"""Where the reader differed from the majority of three announcers on rounds 68–70 (issue 16;
/work/team/notes/r20read.md has the table of classes): each class a rule an announcer follows,
fixed where two or three of the three said the same and the rule holds beyond those lines.
The phrases are this session's own, not taken from the rounds."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from announcements.normalize import spoken_form

FIXED: list[tuple[str, str]] = [
    # a bound before a quantity: 'trên', 'dưới', 'từ … trở lên', 'không quá' (eighteen lines, no
    # announcer said 'lớn hơn' or 'nhỏ hơn')
    ("Trẻ em < 6 tuổi được miễn vé.", "Trẻ em dưới sáu tuổi được miễn vé."),
    ("Hộ có thu nhập > 5 triệu đồng/tháng.", "Hộ có thu nhập trên năm triệu đồng một tháng."),
    (
        "Người cao tuổi (≥ 80 tuổi) được tặng quà.",
        "Người cao tuổi (từ tám mươi tuổi trở lên) được tặng quà.",
    ),
    ("Sốt ≥ 39°C kéo dài cần đi khám.", "Sốt từ ba mươi chín độ xê trở lên kéo dài cần đi khám."),
    ("Xe có tải trọng ≤ 5T được qua cầu.", "Xe có tải trọng không quá năm tấn được qua cầu."),
    ("Chạy chậm, tốc độ ≤ 40km/h.", "Chạy chậm, tốc độ không quá bốn mươi ki lô mét trên giờ."),
    (
        "Bưởi loại 1 ≥ 1,2kg/trái giá cao.",
        "Bưởi loại một từ một phẩy hai ki lô gam một trái trở lên giá cao.",
    ),
    # 'trở lên' after the whole a share is of (session 23: rounds 77 and 80, five of six)
    ("Đạt tỷ lệ >=90% số hộ.", "Đạt tỷ lệ từ chín mươi phần trăm số hộ trở lên."),
    ("Độ mặn <1‰ thì lấy nước.", "Độ mặn dưới một phần nghìn thì lấy nước."),
    ("Tàu cách bờ >50 hải lý phải báo cáo.", "Tàu cách bờ trên năm mươi hải lý phải báo cáo."),
    # a range of prices from a service number's digits is no call to it
    (
        "Giá lợn hơi 113-115 nghìn đồng/kg.",
        "Giá lợn hơi một trăm mười ba đến một trăm mười lăm nghìn đồng một ki lô gam.",
    ),
    (
        "Giá cá tại bến: 114 - 118 nghìn đồng/kg.",
        "Giá cá tại bến: một trăm mười bốn đến một trăm mười tám nghìn đồng một ki lô gam.",
    ),
    # a personal number in four groups of three is one run, its last group no count
    (
        "Nhặt được CCCD số 079 123 456 789, liên hệ Công an xã.",
        "Nhặt được căn cước công dân số không bảy chín một hai ba bốn năm sáu bảy tám chín, "
        "liên hệ Công an xã.",
    ),
    # 'ngày 15-11.' ending a sentence: a month smaller than the day ends no range
    ("Mít tinh lúc 7:30 ngày 20-11.", "Mít tinh lúc bảy giờ ba mươi ngày hai mươi tháng mười một."),
    # a schedule's days, each before its place
    (
        "Lịch tiêm phòng: 21/9 thôn Tân An, 22/9 thôn Tân Bình.",
        "Lịch tiêm phòng: ngày hai mươi mốt tháng chín thôn Tân An, ngày hai mươi hai tháng chín "
        "thôn Tân Bình.",
    ),
    # places numbered after their name are listed
    ("Cắt nước thôn 3,4 từ sáng mai.", "Cắt nước thôn ba, bốn từ sáng mai."),
    ("Họp dân khu phố Tân Lập 1,2.", "Họp dân khu phố Tân Lập một, hai."),
    # a feeder after 'tuyến' in a power cut's notice
    (
        "Tạm ngừng cung cấp điện để bảo trì tuyến 473 Mỹ An.",
        "Tạm ngừng cung cấp điện để bảo trì tuyến bốn bảy ba Mỹ An.",
    ),
    # 'Ng' at an hour of a day
    ("Xuất quân vào 7g ngày 2/9.", "Xuất quân vào bảy giờ ngày hai tháng chín."),
    # a deadline's day and month with a dot
    ("Nộp hồ sơ trước 15.8.", "Nộp hồ sơ trước mười lăm tháng tám."),
    ("Miễn phí đến hết 31.12 năm nay.", "Miễn phí đến hết ba mươi mốt tháng mười hai năm nay."),
    # a foreign abbreviation after its Vietnamese name is said
    (
        "Bật thiết bị giám sát hành trình (VMS) suốt chuyến biển.",
        "Bật thiết bị giám sát hành trình (vê em ét) suốt chuyến biển.",
    ),
    (
        "Chỉ số chất lượng không khí (AQI) hôm nay tốt.",
        "Chỉ số chất lượng không khí (a quy i) hôm nay tốt.",
    ),
    ("Điều trị lao phổi (TB) miễn phí.", "Điều trị lao phổi (tê bê) miễn phí."),
    # words: a delta's concrete lane, a wind scale, industrial parks named in English
    ("Cầu đal ấp 3 bị sạt lở.", "Cầu đan ấp ba bị sạt lở."),
    ("Gió cấp 9 theo thang Beaufort.", "Gió cấp chín theo thang bô pho."),
    (
        "Tuyển công nhân KCN VSIP và KCN DEEP C.",
        "Tuyển công nhân khu công nghiệp vê síp và khu công nghiệp đíp xi.",
    ),
    # a wave's zero tenths
    ("Sóng cao 3,0 - 4,0m, biển động.", "Sóng cao ba đến bốn mét, biển động."),
    ("Sóng cao 1,5-2,0 m.", "Sóng cao một phẩy năm đến hai mét."),
    # a flight's number, digit by digit after its airline's letters
    ("Chuyến bay VJ621 hạ cánh muộn.", "Chuyến bay vê gi sáu hai một hạ cánh muộn."),
    ("Chuyến bay số hiệu QH1023 bị hủy.", "Chuyến bay số hiệu quy hát một không hai ba bị hủy."),
]


@pytest.mark.parametrize(("written", "spoken"), FIXED)
def test_what_the_majority_of_three_announcers_said(written: str, spoken: str) -> None:
    assert spoken_form(written) == spoken


UNCHANGED: list[tuple[str, str]] = [
    # a sign between words, an arrow, a quote mark: no quantity follows
    ("Điểm A > điểm B thì đạt.", "Điểm A lớn hơn điểm bê thì đạt."),
    ("> Trích thông báo của xã", "Trích thông báo của xã"),
    # (the typed arrow is the arrow since session 28, between numbers 'đến' as '5% → 7%')
    ("Bước 1 -> 2 làm lần lượt.", "Bước một đến hai làm lần lượt."),
    # Vietnamese initials after their words, and a foreign body's name said in Vietnamese
    ("Nhân viên y tế thôn bản (NVYTTB) đến từng nhà.", "Nhân viên y tế thôn bản đến từng nhà."),
    ("Tổ chức Y tế Thế giới (WHO) khuyến cáo.", "Tổ chức Y tế Thế giới khuyến cáo."),
    # service numbers listed, dialled; a call's number and its range
    ("Đường dây nóng: 113 - 114 - 115.", "Đường dây nóng: một một ba, một một bốn, một một năm."),
    ("Gọi 115 - cấp cứu.", "Gọi một một năm, cấp cứu."),
    # two phones, a phone and a count after it
    (
        "Gọi 0912 345 678 hoặc 0913 456 789.",
        "Gọi không chín một hai, ba bốn năm, sáu bảy tám hoặc không chín một ba, bốn năm sáu, bảy "
        "tám chín.",
    ),
    # a range of days, a date with its month in a range
    ("Họp từ ngày 10-12.", "Họp từ ngày mười đến ngày mười hai."),
    # a house number after a word of an address or a house
    ("Địa chỉ: 12/5 tổ 3, phường Đông.", "Địa chỉ: mười hai trên năm tổ ba, phường Đông."),
    ("Nhà 12/5 thôn Đông bị cháy.", "Nhà mười hai trên năm thôn Đông bị cháy."),
    # a decimal after a hamlet's number, a bus route, a feeder outside power
    ("Thôn 2 đạt 2,5 tấn/ha.", "Thôn hai đạt hai phẩy năm tấn một héc ta."),
    ("Xe buýt tuyến 171 chạy lại.", "Xe buýt tuyến một trăm bảy mươi mốt chạy lại."),
    # grams, not hours
    ("Bón vào 6g mỗi gốc.", "Bón vào sáu gam mỗi gốc."),
    ("Uống 6g ngày 2 lần.", "Uống sáu gam ngày hai lần."),
    # a score's and a latitude's zero tenths, a surface's
    ("Điểm ≥ 8,0 được xét.", "Điểm từ tám phẩy không trở lên được xét."),
    ("Vĩ tuyến 16,0°N.", "Vĩ tuyến mười sáu phẩy không độ bắc."),
    ("Diện tích 3,0 m2.", "Diện tích ba phẩy không mét vuông."),
    # the National Assembly's term, an aircraft's registration
    ("Đại biểu QH14 về thăm xã.", "Đại biểu quốc hội khóa mười bốn về thăm xã."),
    # a version, a span
    ("Công nghiệp 4.0 đã đến.", "Công nghiệp bốn chấm không đã đến."),
    ("Uống trước 2.5 giờ.", "Uống trước hai chấm năm giờ."),
]


@pytest.mark.parametrize(("written", "spoken"), UNCHANGED)
def test_their_look_alikes_keep_their_reading(written: str, spoken: str) -> None:
    assert spoken_form(written) == spoken


def _guide_examples() -> list[tuple[str, str]]:
    """The commune guide's examples of how the reader says what announcers say differently
    ('`> 20 hải lý` → `trên hai mươi hải lý`'), a wrapped line joined again."""
    guide = (Path(__file__).parent.parent / "docs" / "huong-dan-xa.md").read_text("utf-8")
    section = guide.split("### Máy đọc số, ngày và ký hiệu thế nào", 1)[1].split("\n### ", 1)[0]
    joined = re.sub(r"\s*\n\s*", " ", section)
    return re.findall(r"`([^`]+)` → `([^`]+)`", joined)


def test_the_guide_says_how_each_convention_is_read() -> None:
    examples = _guide_examples()
    assert len(examples) >= 12
    wrong = [(w, s, spoken_form(w)) for w, s in examples if spoken_form(w) != s]
    assert not wrong
