"""The reader's faults in round 40 (the south-east border: Đồng Nai, Bình Phước and Tây Ninh,
issue 16), by class: a share of counted people after a pause, a measure over one of a unit
written with a space, the dash between a standard's two numbers, a province's border-guard
command and an address's label that a name of the notice spells. The phrases are new
instances of each class, with guards that look alike and must not change, written with their
readings before the reader was run on them."""

from __future__ import annotations

import pytest
from test_notice_reading import assert_reads_in_linear_time

from announcements.normalize import spoken_form

SHARES_OF_PEOPLE: list[tuple[str, str]] = [
    # 'N/M ứng cử viên' after a comma counts candidates, never a date (all four readings)
    ("Kết quả bầu cử đạt 98,5%, 4/4 ứng cử viên trúng cử.",
     "Kết quả bầu cử đạt chín mươi tám phẩy năm phần trăm, bốn trên bốn ứng cử viên trúng cử."),
    ("Năm nay, 7/7 thí sinh của xã đạt giải.", "Năm nay, bảy trên bảy thí sinh của xã đạt giải."),
    ("Hội nghị bế mạc, 9/10 cử tri tán thành.",
     "Hội nghị bế mạc, chín trên mười cử tri tán thành."),
    # guard: a vote's two thirds of the delegates is a fraction
    ("Nghị quyết được 2/3 đại biểu tán thành.",
     "Nghị quyết được hai phần ba đại biểu tán thành."),
    # guards: after a word that leads a date it stays a date
    ("Sáng 3/3 ứng cử viên gặp gỡ cử tri.", "Sáng mùng ba tháng ba ứng cử viên gặp gỡ cử tri."),
    ("Ngày 5/5 ứng cử viên tiếp xúc cử tri tại xã.",
     "Ngày năm tháng năm ứng cử viên tiếp xúc cử tri tại xã."),
]  # fmt: skip

MEASURE_OVER_ONE: list[tuple[str, str]] = [
    # 'mg/1 lít' with a space after the number, as glued: 'trên một lít' (all four readings)
    ("Nồng độ cồn 0,3 mg/1 lít khí thở.",
     "Nồng độ cồn không phẩy ba mi li gam trên một lít khí thở."),
    ("Pha 20 ml/1 lít nước để phun.", "Pha hai mươi mi li lít trên một lít nước để phun."),
    # guards: a price and a fee per one of something keep their 'một'
    ("Giá 15.000 đ/1 kg.", "Giá mười lăm nghìn đồng một ki lô gam."),
    ("Phí 50.000 đồng/1 người.", "Phí năm mươi nghìn đồng một người."),
]  # fmt: skip

STANDARD_NUMBERS: list[tuple[str, str]] = [
    # the dash between a standard's two numbers is said (three readings of four), or
    # 'không một một' runs them into one
    ("Nước đạt QCVN 01-195:2022/BNNPTNT.",
     "Nước đạt quy chuẩn việt nam không một gạch một trăm chín mươi lăm năm hai nghìn không "
     "trăm hai mươi hai của bộ nông nghiệp và phát triển nông thôn."),
    ("Giếng đạt QCVN 02-1:2019/BYT.",
     "Giếng đạt quy chuẩn việt nam không hai gạch một năm hai nghìn không trăm mười chín của "
     "bộ y tế."),
    # guards: letters after the dash, a number alone
    ("Nước thải đạt QCVN 40-MT:2011/BTNMT.",
     "Nước thải đạt quy chuẩn việt nam bốn mươi em tê năm hai nghìn không trăm mười một của bộ "
     "tài nguyên và môi trường."),
    ("Xi măng đạt TCVN 2682:2020.",
     "Xi măng đạt tiêu chuẩn việt nam hai nghìn sáu trăm tám mươi hai năm hai nghìn không trăm "
     "hai mươi."),
]  # fmt: skip

PROVINCE_COMMANDS: list[tuple[str, str]] = [
    # a province's border guards and army are commanded by a 'bộ chỉ huy' (all four readings)
    ("Đại tá Trần Văn Bình, Chỉ huy trưởng BCH BĐBP tỉnh, kiểm tra đồn.",
     "Đại tá Trần Văn Bình, Chỉ huy trưởng bộ chỉ huy bộ đội biên phòng tỉnh, kiểm tra đồn."),
    ("BCH Bộ đội Biên phòng tỉnh phát động tháng thanh niên.",
     "bộ chỉ huy Bộ đội Biên phòng tỉnh phát động tháng thanh niên."),
    ("BCH QS tỉnh giao quân năm 2026.",
     "bộ chỉ huy quân sự tỉnh giao quân năm hai nghìn không trăm hai mươi sáu."),
    # guards: a commune's command is a 'ban'; a union's board 'ban chấp hành'
    ("BCH QS xã giao quân.", "ban chỉ huy quân sự xã giao quân."),
    ("BCH PCTT xã họp.", "ban chỉ huy phòng chống thiên tai xã họp."),
    ("BCH Đoàn xã họp.", "ban chấp hành Đoàn xã họp."),
]  # fmt: skip

NAMES_IN_ADDRESSES: list[tuple[str, str]] = [
    # an address's label is the notice's own name run together (all four readings)
    ("Xã Lạc Hòa: lachoa.gov.vn.", "Xã Lạc Hòa: lạc hòa chấm gờ o vê chấm vê en."),
    ("Góp ý gửi UBND xã Lộc An qua locan.gov.vn.",
     "Góp ý gửi ủy ban nhân dân xã Lộc An qua lộc an chấm gờ o vê chấm vê en."),
    # without the name in the notice, the name of a commune the place list knows (round 30:
    # a cut into the fewest syllables gave 'la choa', 'phú nghiệp' for 'phunghiep')
    ("Xem tại lachoa.gov.vn.", "Xem tại lạc hòa chấm gờ o vê chấm vê en."),
]  # fmt: skip


@pytest.mark.parametrize(
    ("written", "spoken"),
    SHARES_OF_PEOPLE + MEASURE_OVER_ONE + STANDARD_NUMBERS + PROVINCE_COMMANDS
    + NAMES_IN_ADDRESSES,
)  # fmt: skip
def test_round_40_classes_are_read_as_an_announcer_reads_them(written: str, spoken: str) -> None:
    assert spoken_form(written) == spoken


HOSTILE = ("đạt 9%, 3/3 ", "0,3 mg/1 ", "QCVN 01-1-", "BCH BĐBP ", "lochung.")
"""Shapes of this file's rules, repeated: each must be read in time linear in its length."""


@pytest.mark.parametrize("unit", HOSTILE)
def test_reading_time_grows_linearly_with_the_round_40_rules(unit: str) -> None:
    assert_reads_in_linear_time(unit)
