"""Where the reader differed from the majority of three announcers on rounds 68–70 (issue 16;
/work/team/notes/r20read.md has the table of classes): each class a rule an announcer follows,
fixed where two or three of the three said the same and the rule holds beyond those lines.
The phrases are this session's own, not taken from the rounds."""

from __future__ import annotations

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
    ("Đạt tỷ lệ >=90% số hộ.", "Đạt tỷ lệ từ chín mươi phần trăm trở lên số hộ."),
    ("Độ mặn <1‰ thì lấy nước.", "Độ mặn dưới một phần nghìn thì lấy nước."),
    ("Tàu cách bờ >50 hải lý phải báo cáo.", "Tàu cách bờ trên năm mươi hải lý phải báo cáo."),
]


@pytest.mark.parametrize(("written", "spoken"), FIXED)
def test_what_the_majority_of_three_announcers_said(written: str, spoken: str) -> None:
    assert spoken_form(written) == spoken


UNCHANGED: list[tuple[str, str]] = [
    # a sign between words, an arrow, a quote mark: no quantity follows
    ("Điểm A > điểm B thì đạt.", "Điểm A lớn hơn điểm bê thì đạt."),
    ("> Trích thông báo của xã", "Trích thông báo của xã"),
    ("Bước 1 -> 2 làm lần lượt.", "Bước một, lớn hơn hai làm lần lượt."),
]


@pytest.mark.parametrize(("written", "spoken"), UNCHANGED)
def test_their_look_alikes_keep_their_reading(written: str, spoken: str) -> None:
    assert spoken_form(written) == spoken
