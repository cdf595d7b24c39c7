"""Round 22 (north-central coast, Red River delta; held out): its reader-fault class, in phrases
of my own with their readings fixed before the reader ran, and look-alike guards."""

from __future__ import annotations

import pytest

from announcements.normalize import spoken_form

PER_HOUR: list[tuple[str, str]] = [
    # a rate per hour: the 'h' after a measure's slash is 'giờ', as in 'm3/h'
    ("Máy sấy lúa công suất 500kg/h đã lắp đặt xong.",
     "Máy sấy lúa công suất năm trăm ki lô gam một giờ đã lắp đặt xong."),
    ("Dây chuyền chế biến đạt 2 tấn/h.",
     "Dây chuyền chế biến đạt hai tấn một giờ."),
    ("Trông giữ xe máy 3.000đ/h tại chợ xã.",
     "Trông giữ xe máy ba nghìn đồng một giờ tại chợ xã."),
    # guards: a speed keeps 'trên', a flow already said 'một giờ', hours per day are counted
    ("Xe tải chạy không quá 50 km/h.", "Xe tải chạy không quá năm mươi ki lô mét trên giờ."),
    ("Trạm bơm 120 m3/h hoạt động liên tục.",
     "Trạm bơm một trăm hai mươi mét khối một giờ hoạt động liên tục."),
    ("Làm việc 8h/ngày tại công trường.", "Làm việc tám giờ một ngày tại công trường."),
]  # fmt: skip

ALL = PER_HOUR


@pytest.mark.parametrize(("written", "spoken"), ALL)
def test_round_22_classes_are_read_as_an_announcer_reads_them(written: str, spoken: str) -> None:
    assert spoken_form(written) == spoken
