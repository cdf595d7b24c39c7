"""Reader faults of blind rounds 111 (Gia Lai) and 112 (Hà Nội), each a class with near-misses
that must not change, read in both voices. A row's third column is the southern reading where
it differs."""

from __future__ import annotations

import pytest
from both_voices import Row, assert_read_in_both_voices, table_rows

from announcements.untidy import LONE_HOI_NGA, _swapped, lexicon

WORDS_AS_TYPED: list[Row] = [
    ("Nếu hết hạn vui lòng gia hạn ngay để được khám.",
     "Nếu hết hạn vui lòng gia hạn ngay để được khám.", None),
    ("Hộ nào chưa nộp phí thì đóng ngay để không bị phạt.",
     "Hộ nào chưa nộp phí thì đóng ngay để không bị phạt.", None),
    ("Điện lực tạm ngưng cung cấp điện để sửa đường dây.",
     "Điện lực tạm ngưng cung cấp điện để sửa đường dây.", None),
    ("Chợ tạm ngưng hoạt động trong ba ngày.", "Chợ tạm ngưng hoạt động trong ba ngày.", None),
    ("Nhà máy nước ngưng cung cấp nước sạch.", "Nhà máy nước ngưng cung cấp nước sạch.", None),
    # near-misses: 'ngay' in a day's word is the slip of 'ngày'
    ("Hẹn ngay mai họp tại nhà văn hóa.", "Hẹn ngày mai họp tại nhà văn hóa.", None),
    ("Dịch sốt xuất huyết ngay càng tăng.", "Dịch sốt xuất huyết ngày càng tăng.", None),
    ("Họp vào ngay 12/8 tại nhà văn hóa.", "Họp vào ngày mười hai tháng tám tại nhà văn hóa.",
     None),
    ("Trong 3 ngay tới trời mưa to.", "Trong ba ngày tới trời mưa to.", None),
]  # fmt: skip


@pytest.mark.parametrize(("written", "north", "south"), table_rows({"as_typed": WORDS_AS_TYPED}))
def test_a_right_word_stays_as_typed(written: str, north: str, south: str | None) -> None:
    """A word right as typed ('ngay' at once, 'ngưng') is no lost mark's slip."""
    assert_read_in_both_voices(written, north, south)


ONE_MARK_OFF: list[Row] = [
    ("Điện lực thông báo ngày 23/10 đễ thay cột điện.",
     "Điện lực thông báo ngày hai mươi ba tháng mười để thay cột điện.", None),
    ("Đội Quản lý thi trường số 3 kiểm tra hàng hóa.",
     "Đội Quản lý thị trường số ba kiểm tra hàng hóa.", None),
    ("Đễ nghị bà con chấp hành nghiêm.", "Đề nghị bà con chấp hành nghiêm.", None),
    ("Trụ sở UBND thi trấn Phong Điền.", "Trụ sở ủy ban nhân dân thị trấn Phong Điền.", None),
    ("Giá cả thi trường ổn định.", "Giá cả thị trường ổn định.", None),
    ("Thi xã Hương Trà tổ chức họp.", "Thị xã Hương Trà tổ chức họp.", None),
    ("Vấn đễ an ninh trật tự được bảo đảm.", "Vấn đề an ninh trật tự được bảo đảm.", None),
    ("Nhửng hộ chưa nộp thuế đến trụ sở.", "Những hộ chưa nộp thuế đến trụ sở.", None),
    ("Mổi hộ cử một người đi họp.", "Mỗi hộ cử một người đi họp.", None),
    ("Chử ký của trưởng thôn ở cuối đơn.", "Chữ ký của trưởng thôn ở cuối đơn.", None),
    ("Cán bộ hưỡng dẫn bà con khai báo.", "Cán bộ hướng dẫn bà con khai báo.", None),
    # near-misses: an exam, a right 'thi', a family name
    ("Kỳ thi trường chuyên tổ chức vào tháng 6.",
     "Kỳ thi trường chuyên tổ chức vào tháng sáu.", None),
    ("Học sinh dự thi trường THPT Lê Lợi.",
     "Học sinh dự thi trường trung học phổ thông Lê Lợi.", None),
    ("Hội thi xã hội học tập năm nay.", "Hội thi xã hội học tập năm nay.", None),
    ("Thi tuyển công chức xã.", "Thi tuyển công chức xã.", None),
    ("Ông Chử Văn An nhận giấy khen.", "Ông Chử Văn An nhận giấy khen.", None),
]  # fmt: skip


def test_a_lone_swap_is_no_word() -> None:
    """A common word's hỏi/ngã swap is repaired wherever it stands only if it is no word."""
    assert {_swapped(word) for word in LONE_HOI_NGA} & lexicon() == set()


@pytest.mark.parametrize(("written", "north", "south"), table_rows({"one_off": ONE_MARK_OFF}))
def test_a_mark_off_in_a_common_word(written: str, north: str, south: str | None) -> None:
    """A hỏi for a ngã, or a lost dot, in a common word is read as the word."""
    assert_read_in_both_voices(written, north, south)


MUNG: list[Row] = [
    ("Lễ hội khai mạc vào 7h30 ngày mùng 12 tháng giêng.",
     "Lễ hội khai mạc vào bảy giờ ba mươi ngày mười hai tháng giêng.", None),
    ("Ngày mồng 20 tháng Chạp tổng vệ sinh.", "Ngày hai mươi tháng Chạp tổng vệ sinh.", None),
    ("Tối ngày mùng 14 tháng 8 âm lịch phát quà.",
     "Tối ngày mười bốn tháng tám âm lịch phát quà.", None),
    ("Chùa mở cửa vào mùng 12 tháng giêng.", "Chùa mở cửa vào ngày mười hai tháng giêng.", None),
    ("Các ngày mùng 1, 6, 11, 16, 21, 26 âm lịch hàng tháng họp chợ phiên.",
     "Các ngày mùng một, mùng sáu, mười một, mười sáu, hai mươi mốt, hai mươi sáu âm lịch hàng "
     "tháng họp chợ phiên.", None),
    ("Chợ họp vào mùng 5, 10, 15 hằng tháng.",
     "Chợ họp vào mùng năm, mùng mười, mười lăm hằng tháng.", None),
    ("Nghỉ mùng 2, 3 Tết.", "Nghỉ mùng hai, mùng ba Tết.", None),
    ("Vào mồng 1, 6 và 11 âm lịch.", "Vào mồng một, mồng sáu và mười một âm lịch.", None),
    ("Vào mùng 5, 6 và 7/8 âm lịch.", "Vào mùng năm, mùng sáu và mùng bảy tháng tám âm lịch.",
     None),
    # near-misses: a day up to the tenth keeps its 'mùng', counted things after a number
    ("Ngày mùng 5 tháng giêng khai hội.", "Ngày mùng năm tháng giêng khai hội.", None),
    ("Từ ngày mùng 10 đến ngày mùng 15 tháng giêng.",
     "Từ ngày mùng mười đến ngày mười lăm tháng giêng.", None),
    ("Mỗi hộ nhận 1, 2 suất quà.", "Mỗi hộ nhận một, hai suất quà.", None),
]  # fmt: skip


@pytest.mark.parametrize(("written", "north", "south"), table_rows({"mung": MUNG}))
def test_mung_with_the_first_ten_days(written: str, north: str, south: str | None) -> None:
    """'mùng' before the first ten days only, said once after 'ngày'."""
    assert_read_in_both_voices(written, north, south)


MASKED_TAIL: list[Row] = [
    ("Báo cho CA xã qua số điện thoại 0243 8826 xxx hoặc đến trụ sở.",
     "Báo cho công an xã qua số điện thoại không hai bốn ba, tám tám hai sáu, ích xì ích xì ích "
     "xì hoặc đến trụ sở.", None),
    ("Liên hệ anh Hùng 0912 345 xxx.",
     "Liên hệ anh Hùng không chín một hai, ba bốn năm, ích xì ích xì ích xì.", None),
    ("Không nghe máy lạ 0912 xxx xxx.",
     "Không nghe máy lạ không chín một hai, ích xì ích xì ích xì, ích xì ích xì ích xì.", None),
    # near-misses: the sentence speaks of a prefix, the x's stand for any digits
    ("Cảnh giác các đầu số 1900 xxxx gọi đến.",
     "Cảnh giác các đầu số một chín không không gọi đến.", None),
    ("Không nghe các số bắt đầu bằng +84 86 xxx xxxx.",
     "Không nghe các số bắt đầu bằng cộng tám tư, tám sáu.",
     "Không nghe các số bắt đầu bằng cộng tám bốn, tám sáu."),
    ("Cuộc gọi từ số có dạng 0912 xxx xxx là lừa đảo.",
     "Cuộc gọi từ số có dạng không chín một hai là lừa đảo.", None),
]  # fmt: skip


@pytest.mark.parametrize(("written", "north", "south"), table_rows({"masked": MASKED_TAIL}))
def test_one_numbers_masked_tail_is_said(written: str, north: str, south: str | None) -> None:
    """x's are any digits only where the sentence speaks of a prefix."""
    assert_read_in_both_voices(written, north, south)


PLACES_SLASHED: list[Row] = [
    ("Đề nghị bà con thôn 4/thôn 5 ủng hộ.", "Đề nghị bà con thôn bốn, thôn năm ủng hộ.", None),
    ("Bà con ấp 2/ấp 3 đến nhận gạo.", "Bà con ấp hai, ấp ba đến nhận gạo.", None),
    ("Bà con xóm Trại/xóm Chùa dọn vệ sinh.", "Bà con xóm Trại, xóm Chùa dọn vệ sinh.", None),
    ("Tổ 5 / tổ 6 ra quân.", "Tổ năm, tổ sáu ra quân.", None),
    ("Khu phố 1/khu phố 2 mất điện sáng mai.", "Khu phố một, khu phố hai mất điện sáng mai.",
     None),
    ("Bà con bản Mường/bản Lác họp.", "Bà con bản Mường, bản Lác họp.", None),
    # near-misses: two kinds of place, a choice of people, a place's numbers (session 32)
    ("Thôn/tổ dân phố báo cáo số liệu.", "Thôn hoặc tổ dân phố báo cáo số liệu.", None),
    ("Mời ông/bà đến họp.", "Mời ông hoặc bà đến họp.", None),
    ("Thôn 3/5 tham gia ngày hội.", "Thôn ba, năm tham gia ngày hội.", None),
]  # fmt: skip


@pytest.mark.parametrize(("written", "north", "south"), table_rows({"places": PLACES_SLASHED}))
def test_a_slash_between_two_named_places(written: str, north: str, south: str | None) -> None:
    """Two named places of one kind with a slash between: both."""
    assert_read_in_both_voices(written, north, south)


LOAN_WORDS: list[Row] = [
    ("Không bấm vào link lạ.", "Không bấm vào linh lạ.", None),
    ("Đăng ký theo đường link sau.", "Đăng ký theo đường linh sau.", None),
    ("Phản ánh qua ứng dụng iHanoi.", "Phản ánh qua ứng dụng ai Hà Nội.", None),
    ("Máy iPhone, iPad cài được iOS mới.", "Máy ai phôn, ai pát cài được ai ô ét mới.", None),
    ("Sao lưu ảnh lên iCloud.", "Sao lưu ảnh lên ai cờ lao.", None),
    ("Vốn Chương trình MTQG 1719 hỗ trợ đồng bào.",
     "Vốn Chương trình mục tiêu quốc gia mười bảy mười chín hỗ trợ đồng bào.", None),
    ("Thực hiện Chương trình 1719 tại xã.", "Thực hiện Chương trình mười bảy mười chín tại xã.",
     None),
    # near-misses: the board numbers said digit by digit (round 16), a decision's number, a count
    ("Chương trình 135 hỗ trợ hộ nghèo.", "Chương trình một ba lăm hỗ trợ hộ nghèo.", None),
    ("Theo Quyết định 1719/QĐ-TTg của Thủ tướng.",
     "Theo Quyết định một nghìn bảy trăm mười chín của Thủ tướng.",
     "Theo Quyết định một ngàn bảy trăm mười chín của Thủ tướng."),
    ("Đoàn 1719 người về dự.", "Đoàn một nghìn bảy trăm mười chín người về dự.",
     "Đoàn một ngàn bảy trăm mười chín người về dự."),
    ("Máy Icom cầm tay.", "Máy i com cầm tay.", None),
]  # fmt: skip


@pytest.mark.parametrize(("written", "north", "south"), table_rows({"loan": LOAN_WORDS}))
def test_loan_words_the_judges_named(written: str, north: str, south: str | None) -> None:
    """'link', an 'i' before a capital, a programme named by its decision."""
    assert_read_in_both_voices(written, north, south)


STORM_IN_BRACKETS: list[Row] = [
    ("Sau bão số 3 (Yagi), bà con khắc phục hậu quả.",
     "Sau bão số ba, tức bão da ghi, bà con khắc phục hậu quả.", None),
    ("Bão số 3 (YAGI) đổ bộ vào Quảng Ninh.",
     "Bão số ba, tức bão da ghi, đổ bộ vào Quảng Ninh.", None),
    ("Áp thấp nhiệt đới (Wipha) đổ bộ vào Quảng Trị.",
     "Áp thấp nhiệt đới, tên quốc tế vi pha, đổ bộ vào Quảng Trị.", None),
    ("Bão số 5 (Kajiki) gây mưa lớn.", "Bão số năm, tức bão ca gi ki, gây mưa lớn.", None),
    # near-misses: the bulletin's own words in the bracket, two names, the number in brackets
    ("Bão số 3 (tên quốc tế: YAGI) đổ bộ.", "Bão số ba (tên quốc tế: da ghi) đổ bộ.", None),
    ("Sau bão số 3 (Yagi và Trami), bà con khắc phục.",
     "Sau bão số ba (da ghi và trà mi), bà con khắc phục.", None),
    ("Bão Yagi (bão số 3) gây mưa.", "Bão da ghi (bão số ba) gây mưa.", None),
]  # fmt: skip


@pytest.mark.parametrize(("written", "north", "south"), table_rows({"storm": STORM_IN_BRACKETS}))
def test_a_storms_name_in_brackets(written: str, north: str, south: str | None) -> None:
    """'bão số 3 (Yagi)': the name joined by the announcer's word."""
    assert_read_in_both_voices(written, north, south)
