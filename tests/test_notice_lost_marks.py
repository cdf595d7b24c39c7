"""Words typed with a tone mark lost or 'd' for 'đ', as a class (issue 16, session 27): the
judges of four blind rounds heard 'huyêt', 'chông rét', 'di khám', 'dồng chí' read as typed.
A slip is repaired only where the pair as typed is none the project's texts hold and exactly
one variant, a tone added to one of its words or its 'd' made 'đ', is a common pair of them
(`untidy.lost_marks`). Phrases of our own in notice language, and real words that look like
slips, which must stay as typed."""

from __future__ import annotations

import pytest
from test_notice_reading import assert_reads_in_linear_time

from announcements.normalize import Reader

SLIPS = [
    (
        "Người cao tuổi bị cao huyêt áp nên khám định kỳ.",
        "Người cao tuổi bị cao huyết áp nên khám định kỳ.",
    ),
    (
        "Các hộ chăn nuôi chủ động chông rét cho đàn trâu bò.",
        "Các hộ chăn nuôi chủ động chống rét cho đàn trâu bò.",
    ),
    (
        "Đề nghị các hộ nộp dầy đủ hồ sơ trước cuối tháng.",
        "Đề nghị các hộ nộp đầy đủ hồ sơ trước cuối tháng.",
    ),
    ("Kính mời dồng chí trưởng thôn dự họp.", "Kính mời đồng chí trưởng thôn dự họp."),
    ("Cuộc họp tổ chức tai nhà văn hóa thôn.", "Cuộc họp tổ chức tại nhà văn hóa thôn."),
    ("Hạn chot nộp hồ sơ là ngày cuối tháng.", "Hạn chót nộp hồ sơ là ngày cuối tháng."),
    ("Các hộ dủ điều kiện được vay vốn ưu đãi.", "Các hộ đủ điều kiện được vay vốn ưu đãi."),
    (
        "Chi đoàn tổ chức sinh hoat hè cho thiếu nhi.",
        "Chi đoàn tổ chức sinh hoạt hè cho thiếu nhi.",
    ),
    ("Xã thông bao lịch cắt điện trong tuần.", "Xã thông báo lịch cắt điện trong tuần."),
    (
        "Trạm y tế dề nghị bà con đưa trẻ đi tiêm.",
        "Trạm y tế đề nghị bà con đưa trẻ đi tiêm.",
    ),
    ("Ban chỉ đạo phòng chông dịch họp khẩn.", "Ban chỉ đạo phòng chống dịch họp khẩn."),
    (
        "Mọi người dân tham gia bảo vệ môi trương sống.",
        "Mọi người dân tham gia bảo vệ môi trường sống.",
    ),
    (
        "Các hộ gia đình thưc hiện nghiêm túc quy định.",
        "Các hộ gia đình thực hiện nghiêm túc quy định.",
    ),
    ("Xe chở học sinh phải dảm bảo an toàn.", "Xe chở học sinh phải đảm bảo an toàn."),
    (
        "Hội viên tích cực tham gia phong trao thi đua.",
        "Hội viên tích cực tham gia phong trào thi đua.",
    ),
    (
        "Trẻ em dưới sáu tuổi dược cấp thẻ miễn phí.",
        "Trẻ em dưới sáu tuổi được cấp thẻ miễn phí.",
    ),
    (
        "Nhà văn hóa thôn là nơi sinh hoat cộng đồng.",
        "Nhà văn hóa thôn là nơi sinh hoạt cộng đồng.",
    ),
    # session 28: 'luc' is no word, 'lục lạc' the bell a cow wears (the dictionary's, which the
    # texts never wrote; its look-alike 'lúc lắc' changes a breve, no lost mark)
    ("Con bò đeo luc lạc đi lạc ngoài đồng.", "Con bò đeo lục lạc đi lạc ngoài đồng."),
]

LOOK_ALIKES = [
    "Quy hoạch định hướng dân cư ven sông.",
    "Các hộ phải di dời khỏi vùng sạt lở.",
    "Xảy ra một vụ tai nạn giao thông trên đường liên thôn.",
    "Mỗi hộ đóng bao nhiêu tiền thì đủ?",
    "Cây cầu tre chông chênh giữa dòng nước lũ.",
    "Ai đồng ý xin giơ tay biểu quyết.",
    "Ông Tô Chức, trưởng thôn, phát biểu.",
    "Khám tai mũi họng miễn phí cho học sinh.",
    "Cảnh giác với hình thức bán hàng đa cấp.",
    "Tổ chức tài chính vi mô cho vay vốn.",
    "Người có thẻ bảo hiểm y tế đi khám đúng tuyến.",
    "Bao gồm các hộ nghèo và cận nghèo.",
    "Chuyến bay hạ cánh lúc chiều.",
    "Vượt qua con suối cần hết sức cẩn thận.",
    "Mức thu phí vệ sinh mỗi tháng.",
    "Bà con di cư tự do cần đăng ký tạm trú.",
    "Trâu bò bị bệnh da nổi cục.",
    "Cơn bão vu công đang hướng vào đất liền.",
    "Thuốc A tô va xờ ta tin hạ mỡ máu.",
    "Dân quân tự vệ trực tại xã.",
    "Xã thu hai trăm năm mươi nghìn đồng.",
    "Họp vào thứ năm hàng tuần.",
]
"""Real words beside their neighbours ('di dời', 'tai nạn', 'bao nhiêu', 'chông chênh'), a word
whose variant changes its hat, not a tone ('thẻ' and 'thể', 'hàng' and 'hằng'), a syllable
beside a number said in words ('thu hai trăm'), and names typed in syllables ('Tô Chức', 'bão
vu công', 'A tô va xờ ta tin')."""


@pytest.mark.parametrize(("written", "said"), SLIPS)
def test_a_word_typed_with_its_tone_or_bar_lost_is_read_as_meant(written: str, said: str) -> None:
    assert Reader().read(written).spoken == said


@pytest.mark.parametrize("written", LOOK_ALIKES)
def test_a_real_word_that_looks_like_a_slip_is_read_as_typed(written: str) -> None:
    assert Reader().read(written).spoken == written


def test_a_slip_typed_with_capitals_is_left_as_typed() -> None:
    """A capital may start a name ('Dồng Chí' as a person's name): only words in lower case."""
    assert Reader().read("Ông Dồng Chí đến họp.").spoken == "Ông Dồng Chí đến họp."


@pytest.mark.parametrize("unit", ["chông rét ", "dồng chí tai nhà ", "di dời "])
def test_reading_time_grows_linearly_with_the_repair_of_lost_marks(unit: str) -> None:
    assert_reads_in_linear_time(unit)
