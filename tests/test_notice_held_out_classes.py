"""Classes of misreading that the two held-out sets of round four showed (sets kept outside
the repository, scored before these fixes). The phrases here are new instances of each class
and guards for what must stay as it was, never the held-out phrases themselves."""

from __future__ import annotations

import pytest

from announcements.normalize import read_aloud


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        # a share or a temperature is no rescue line, though its digits are 113, 114 or 115
        ("Thu ngân sách đạt 113% kế hoạch.",
         "Thu ngân sách đạt một trăm mười ba phần trăm kế hoạch."),
        ("Sản lượng bằng 115 % cùng kỳ.", "Sản lượng bằng một trăm mười lăm phần trăm cùng kỳ."),
        ("Gọi 114 khi có cháy.", "Gọi một một bốn khi có cháy."),
        # an abbreviation's expansion governs the numeral after it
        ("Mực nước sông Lam vượt BĐ II, còn lên.",
         "Mực nước sông Lam vượt báo động hai, còn lên."),
        ("Nước trên BĐ 3 là 0,2m.", "Nước trên báo động ba là không phẩy hai mét."),
        ("Gửi thư tại BĐ xã.", "Gửi thư tại bưu điện xã."),
        # a day, month and year after a word ending in 'số' is a date, not a house number
        ("Thời điểm điều tra dân số 1/10/2029.",
         "Thời điểm điều tra dân số ngày một tháng mười năm hai nghìn không trăm hai mươi chín."),
        ("Tổng số 3/5 thôn đạt chuẩn.", "Tổng số ba trên năm thôn đạt chuẩn."),
        ("Nhà ở số 15/7 đường Trần Phú.", "Nhà ở số mười lăm trên bảy đường Trần Phú."),
        # a range of days begun with 'mùng' ends with 'mùng'
        ("Hội làng từ mùng 4-6/1 âm lịch.",
         "Hội làng từ mùng bốn đến mùng sáu tháng giêng âm lịch."),
        ("Nghỉ Tết mồng 2-5/1.", "Nghỉ Tết mồng hai đến mồng năm tháng một."),
        ("Từ ngày 12-20/3 âm lịch.", "Từ ngày mười hai đến ngày hai mươi tháng ba âm lịch."),
        # units of data and of vitamins
        ("Gói cước 300Mbps và 1 Gbps.",
         "Gói cước ba trăm mê ga bít trên giây và một gi ga bít trên giây."),
        ("Bổ sung 50.000 IU vitamin D.", "Bổ sung năm mươi nghìn đơn vị quốc tế vi ta min dê."),
        # loan words of road works and papers
        ("Gia cố taluy âm đoạn qua thôn 2.", "Gia cố ta luy âm đoạn qua thôn hai."),
        ("Thẻ gắn chip điện tử.", "Thẻ gắn chíp điện tử."),
    ],
)  # fmt: skip
def test_the_held_out_sets_classes_are_read_right(written: str, spoken: str) -> None:
    reading = read_aloud(written)
    assert (reading.spoken, reading.guessed) == (spoken, ())
