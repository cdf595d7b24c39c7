"""The reader's faults in round 48 (Kon Tum and northern Gia Lai, issue 16), by class: the
letters of an honour the state gives an artisan, a teacher or a doctor ('NNƯT'), a
university's letters ('ĐHĐN'), a boarding school's 'PT' written apart from its 'DTNT', a
power line's branch numbered as its feeder ('nhánh rẽ 471'), an acronym said as a word
('FULRO') and letters in brackets after their words and year ('(KVPT-25)'). The phrases are
new instances of each class, with guards that look alike and must not change, written with
their readings before the reader was run on them."""

from __future__ import annotations

import pytest

from announcements.normalize import spoken_form

HONOURS: list[tuple[str, str]] = [
    # the titles the state gives its artisans, teachers and doctors are said in words (round
    # 48: 'nghệ nhân ưu tú' in 3 of 3 readings, never spelled)
    ("Trao danh hiệu NNƯT cho hai nghệ nhân cồng chiêng.",
     "Trao danh hiệu nghệ nhân ưu tú cho hai nghệ nhân cồng chiêng."),
    ("Cô giáo được phong tặng NGƯT năm nay.", "Cô giáo được phong tặng nhà giáo ưu tú năm nay."),
    ("Bác sĩ đạt danh hiệu TTƯT.", "Bác sĩ đạt danh hiệu thầy thuốc ưu tú."),
    ("Già làng được phong NNND.", "Già làng được phong nghệ nhân nhân dân."),
    # guards: the people's inspectors and the people's artists keep their readings
    ("Ban TTND xã họp.", "Ban thanh tra nhân dân xã họp."),
    ("Đêm diễn có NSND tham gia.", "Đêm diễn có nghệ sĩ nhân dân tham gia."),
]  # fmt: skip

UNIVERSITIES: list[tuple[str, str]] = [
    # a university's letters are its name (round 48: 'đại học đà nẵng' in 4 of 4 readings)
    ("Sinh viên ĐHĐN tình nguyện hè.", "Sinh viên đại học đà nẵng tình nguyện hè."),
    ("Em trúng tuyển ĐHQG Hà Nội.", "Em trúng tuyển đại học quốc gia Hà Nội."),
    # guard: a university named by its field keeps its reading
    ("Trường ĐHSP Hà Nội tuyển sinh.", "Trường đại học sư phạm Hà Nội tuyển sinh."),
]  # fmt: skip

BOARDING_SCHOOLS: list[tuple[str, str]] = [
    # 'PT' written apart before a boarding school's letters is 'phổ thông', as in 'PTDTNT'
    # (round 48: 4 of 4 readings)
    ("Học sinh Trường PT DTNT huyện nhập học.",
     "Học sinh Trường phổ thông dân tộc nội trú huyện nhập học."),
    ("Trường PT DTBT xã khai giảng.", "Trường phổ thông dân tộc bán trú xã khai giảng."),
    # guard: the school's letters without 'PT' are not given it
    ("Trường DTNT huyện khai giảng.", "Trường dân tộc nội trú huyện khai giảng."),
]  # fmt: skip

FEEDER_BRANCHES: list[tuple[str, str]] = [
    # a power line's branch is named by its feeder, said digit by digit as 'lộ 471' is
    # (round 48: 'bốn bảy một' with the letters after it spelled)
    ("Cắt điện nhánh rẽ 473 thôn 2.", "Cắt điện nhánh rẽ bốn bảy ba thôn hai."),
    ("Thi công nhánh rẽ 371 và 373 từ sáng nay.",
     "Thi công nhánh rẽ ba bảy một và ba bảy ba từ sáng nay."),
    # guards: a branch of a road, and a count of branches
    ("Theo nhánh rẽ 150 m là tới.", "Theo nhánh rẽ một trăm năm mươi mét là tới."),
    ("Có 2 nhánh rẽ vào làng.", "Có hai nhánh rẽ vào làng."),
]  # fmt: skip

DEFINED_WITH_A_YEAR: list[tuple[str, str]] = [
    # letters in brackets that are the initials of the words before them and of their year
    # are not read, as when no year stands between (round 48: dropped or spelled, never the
    # words said again)
    ("Diễn tập phòng thủ dân sự năm 2026 (PTDS-26) tại xã.",
     "Diễn tập phòng thủ dân sự năm hai nghìn không trăm hai mươi sáu tại xã."),
    ("Hội thi giáo viên dạy giỏi năm 2025 (GVDG-2025) kết thúc.",
     "Hội thi giáo viên dạy giỏi năm hai nghìn không trăm hai mươi lăm kết thúc."),
    # guard: letters that are not the words before them are read
    ("Phát phiếu khảo sát (XKB-25) cho các hộ.",
     "Phát phiếu khảo sát (ích ca bê hai mươi lăm) cho các hộ."),
]  # fmt: skip

SAID_AS_WORDS: list[tuple[str, str]] = [
    # an acronym the country says as a word (round 48: 'phun rô' in 3 of 3 readings)
    ("Cảnh giác với tàn dư FULRO.", "Cảnh giác với tàn dư phun rô."),
    ("Bọn phản động FULRO lưu vong kích động.", "Bọn phản động phun rô lưu vong kích động."),
    # guard: other capitals are still spelled
    ("Tập đoàn FLC phá sản.", "Tập đoàn ép e lờ xê phá sản."),
]  # fmt: skip


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        *HONOURS,
        *UNIVERSITIES,
        *BOARDING_SCHOOLS,
        *FEEDER_BRANCHES,
        *DEFINED_WITH_A_YEAR,
        *SAID_AS_WORDS,
    ],
)
def test_round_48_classes_are_read_as_an_announcer_reads_them(written: str, spoken: str) -> None:
    assert spoken_form(written) == spoken
