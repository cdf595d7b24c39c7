"""Reader faults of blind rounds 111 (Gia Lai) and 112 (Hà Nội), each a class with near-misses
that must not change, read in both voices. A row's third column is the southern reading where
it differs."""

from __future__ import annotations

import pytest
from both_voices import Row, assert_read_in_both_voices, table_rows

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
