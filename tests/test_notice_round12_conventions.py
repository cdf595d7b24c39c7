"""Vietnamese reading, conventions settled by counting announcers (issue 16, session 12).
The lead counted eighteen held-out files (rounds 21–25, 28–30 and 32, two announcers each).

1. A mobile network's generation ('2G', '3G', '4G', '5G') is 'bốn gờ': 9 phrases were read
   only so, 3 both ways, none only 'bốn giê'. A class or a thing named by a code keeps its
   letter ('lớp 6G', 'số 4G'), and '5GB' of data is 'năm giê bê'.

The phrases and their readings were written before the reader was run on them."""

from __future__ import annotations

import pytest

from announcements.normalize import spoken_form

NETWORKS: list[tuple[str, str]] = [
    ("Sóng 4G đã phủ đến bản Huổi Pha.", "Sóng bốn gờ đã phủ đến bản Huổi Pha."),
    ("Nhà mạng tắt sóng 2G từ ngày 15/10.",
     "Nhà mạng tắt sóng hai gờ từ ngày mười lăm tháng mười."),
    ("Người dân đổi điện thoại 2G sang máy 4G miễn phí.",
     "Người dân đổi điện thoại hai gờ sang máy bốn gờ miễn phí."),
    ("Xã có thêm 3 trạm 5G của Viettel.", "Xã có thêm ba trạm năm gờ của vi ét ten."),
    ("Thuê bao 3G/4G cần chuẩn hóa thông tin.",
     "Thuê bao ba gờ, bốn gờ cần chuẩn hóa thông tin."),  # a list: session 22
]  # fmt: skip

LETTERS_STAY: list[tuple[str, str]] = [
    ("Học sinh lớp 6G nghỉ học chiều nay.", "Học sinh lớp sáu giê nghỉ học chiều nay."),
    ("Nhà số 4G đường Trần Phú.", "Nhà số bốn giê đường Trần Phú."),
    ("Tặng 5GB dung lượng khi nạp thẻ.", "Tặng năm giê bê dung lượng khi nạp thẻ."),
]  # fmt: skip


@pytest.mark.parametrize(("written", "spoken"), NETWORKS + LETTERS_STAY)
def test_conventions_of_round_twelve_are_read_as_announcers_read_them(
    written: str, spoken: str
) -> None:
    assert spoken_form(written) == spoken
