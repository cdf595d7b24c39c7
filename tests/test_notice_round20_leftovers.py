"""What r20read and r19read2 left (issue 16): a slash glued to a measure after a name is a rate
(round 68: three readings of three said 'một héc ta'), a list of days led by a part of the day
says no 'ngày' before its last, 'mức 1/2' is a part, not a date, 'khách sạn 5*' has five
stars, and 'ONT+CLN' is two land uses ('và đất'). The phrases are this
session's own, not taken from the rounds."""

from __future__ import annotations

import pytest

from announcements.normalize import spoken_form

FIXED: list[tuple[str, str]] = [
    (
        "Cấp giống lúa ST24 /ha theo đăng ký.",
        "Cấp giống lúa ét tê hai mươi tư một héc ta theo đăng ký.",
    ),
    ("Bán lúa giống /kg tại HTX.", "Bán lúa giống một ki lô gam tại hợp tác xã."),
    (
        "Lễ hội diễn ra đêm 14 và 15/8 âm lịch tại đình làng.",
        "Lễ hội diễn ra đêm mười bốn và mười lăm tháng tám âm lịch tại đình làng.",
    ),
    (
        "Văn nghệ tối 20 và 21/11 tại sân vận động xã.",
        "Văn nghệ tối hai mươi và hai mươi mốt tháng mười một tại sân vận động xã.",
    ),
    (
        "Người có công được hưởng mức 1/2 lương cơ sở.",
        "Người có công được hưởng mức một phần hai lương cơ sở.",
    ),
    ("Hưởng mức 2/3 lương tối thiểu.", "Hưởng mức hai phần ba lương tối thiểu."),
    # a plot of two uses joined by '+' (round 68: three readings of three said 'và')
    (
        "Thửa đất số 12, loại đất ODT+CLN.",
        "Thửa đất số mười hai, loại đất ở tại đô thị và đất trồng cây lâu năm.",
    ),
    (
        "Chuyển mục đích sang đất ONT + BHK.",
        "Chuyển mục đích sang đất ở tại nông thôn và đất bằng trồng cây hàng năm khác.",
    ),
    # a star after a grade of one to five is said, as 'OCOP 3 sao' is
    ("Khách sạn 5* tại Nha Trang.", "Khách sạn năm sao tại Nha Trang."),
    ("Sản phẩm OCOP 3* của xã.", "Sản phẩm ô cốp ba sao của xã."),
    ("*Lưu ý*: khách sạn 3* phải đăng ký.", "Lưu ý: khách sạn ba sao phải đăng ký."),
]

UNCHANGED: list[tuple[str, str]] = [
    # a number and its measure a few words back already made the slash a rate
    (
        "Bón 200kg vôi bột /ha trước khi sạ.",
        "Bón hai trăm ki lô gam vôi bột một héc ta trước khi sạ.",
    ),
    # a proper fraction before a thing measured already was a part
    ("Mức 3/4 học phí do xã hỗ trợ.", "Mức ba phần tư học phí do xã hỗ trợ."),
    # a slash between words, or spaced on both sides, is still a choice
    ("Đăng ký Ông /bà tham dự.", "Đăng ký Ông hoặc bà tham dự."),
    ("Mời Ông / bà tham dự.", "Mời Ông hoặc bà tham dự."),
    # a list of days that leads with no word keeps 'ngày' before the date
    (
        "Khám bệnh 14 và 15/8 tại trạm y tế.",
        "Khám bệnh mười bốn và ngày mười lăm tháng tám tại trạm y tế.",
    ),
    ("Tiêm vắc xin ngày 14 và 15/8.", "Tiêm vắc xin ngày mười bốn và mười lăm tháng tám."),
    # 'lương' after a date, and 'mức' further back, leave the date alone
    (
        "Từ 1/7 lương cơ sở tăng lên 2,34 triệu đồng.",
        "Từ ngày một tháng bảy lương cơ sở tăng lên hai phẩy ba mươi tư triệu đồng.",
    ),
    ("Áp dụng mức lương mới từ 1/7.", "Áp dụng mức lương mới từ ngày một tháng bảy."),
    # a plus after anything but a land use joins two items: 'và' (session 26; was 'cộng')
    ("Nhóm A+B được hỗ trợ.", "Nhóm a và bê được hỗ trợ."),
    # a star closing an emphasis, or after no grade, is no star
    ("*Hạn chót ngày 5*", "Hạn chót ngày năm"),
    ("**Chú ý**: nộp trước 5/12.", "Chú ý: nộp trước ngày năm tháng mười hai."),
    ("Giá 25.000đ*", "Giá hai mươi lăm nghìn đồng"),
]


@pytest.mark.parametrize(("written", "spoken"), FIXED)
def test_the_leftover_classes_are_read_as_announcers_read_them(written: str, spoken: str) -> None:
    assert spoken_form(written) == spoken


@pytest.mark.parametrize(("written", "spoken"), UNCHANGED)
def test_their_look_alikes_keep_their_reading(written: str, spoken: str) -> None:
    assert spoken_form(written) == spoken
