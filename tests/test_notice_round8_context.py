"""Vietnamese reading, eighth round: dates, numbers and context. Names that hold a date ('cầu
19/5', 'Ngày TBLS 27/7'), numbers that name a body or a programme ('Đoàn 389', 'Chương trình
134'), fractions that look like dates ('mở 2/3 cửa xả'), glued short marks (ages '34t',
minutes "15'"), abbreviations the sentence decides ('đv', 'CD', 'NN', 'NV', 'DQTT') and ranges
whose ends are each said whole ('từ 20-30/11' → 'từ ngày hai mươi đến ngày ba mươi …'). The
batch was written with its readings before the reader was run on it; the first-pass misses are
marked where they stand."""

from __future__ import annotations

import pytest

from announcements.normalize import spoken_form

RANGES: list[tuple[str, str]] = [
    # first pass missed: the second 'ngày' of a dashed range
    ("Đăng ký tạm trú từ 20-30/11 tại công an xã.",
     "Đăng ký tạm trú từ ngày hai mươi đến ngày ba mươi tháng mười một tại công an xã."),
    # first pass missed: the second 'ngày' of a dashed range
    ("Tiêm vắc xin sởi từ 3-7/12.", "Tiêm vắc xin sởi từ ngày ba đến ngày bảy tháng mười hai."),
    # first pass missed: the second 'ngày' of a dashed range
    ("Hội chợ diễn ra ngày 12-15/1.", "Hội chợ diễn ra ngày mười hai đến ngày mười lăm tháng một."),
    ("Cắt điện từ 7h-11h ngày 4/12.",
     "Cắt điện từ bảy giờ đến mười một giờ ngày bốn tháng mười hai."),
    ("Gọi thanh niên sinh năm 2001-2008 đi khám.",
     "Gọi thanh niên sinh năm hai nghìn không trăm linh một đến năm hai nghìn không trăm linh tám "
     "đi khám."),
    ("Kế hoạch giai đoạn 2026-2030.",
     "Kế hoạch giai đoạn hai nghìn không trăm hai mươi sáu đến hai nghìn không trăm ba mươi."),
    ("Thu thuế từ tháng 3-5/2026.",
     "Thu thuế từ tháng ba đến tháng năm năm hai nghìn không trăm hai mươi sáu."),
    # first pass missed: the second 'ngày' of a dashed range
    ("Nghỉ Tết từ ngày 14-22/2.", "Nghỉ Tết từ ngày mười bốn đến ngày hai mươi hai tháng hai."),
    # guards: a count of days before the range; a class's number before 'ngày'
    ("Trong 2 ngày 11-12/6 cắt nước.", "Trong hai ngày mười một đến mười hai tháng sáu cắt nước."),
    ("Kiểm tra lớp 9 ngày 3-4/11.", "Kiểm tra lớp chín ngày ba đến ngày bốn tháng mười một."),
    ("Chợ họp thứ Năm ngày 4-5/12.", "Chợ họp thứ Năm ngày bốn đến ngày năm tháng mười hai."),
]  # fmt: skip


@pytest.mark.parametrize(("written", "spoken"), RANGES)
def test_each_end_of_a_range_is_said_whole(written: str, spoken: str) -> None:
    assert spoken_form(written) == spoken
