"""Vietnamese reading, seventh round: the reader's guess for an abbreviation no table holds
(helper i17e). Capitals no table holds are cut into the fewest known abbreviations and read as
their pieces ('AHLĐ' → 'anh hùng lao động', 'BCHTW' → 'ban chấp hành trung ương', 'CATP' →
'công an thành phố'); a cut that the letters do not settle is spelled as before. Either way
the word is a guess the office is shown ('đọc là …').

Every phrase of COMPOSED and GUARDS was written with its reading before the reader saw it, but
by the author of the rule, knowing it: all 38 passed on the first run. SECOND was written
after, as notices write such words, whatever the rule does (its first pass is under it).

Which pieces may take part was measured on the public lists in /work/team/ref (keys no table
of ours holds; precision = the composed reading is one of the list's expansions): see the
note of i17e. Two-letter pieces, document types, single letters and 'TP' after anything but
a local body were each wrong in a third or more of the compositions they made."""

from __future__ import annotations

import pytest
from test_notice_reading import assert_reads_in_linear_time

from announcements.abbreviations import PIECES, composed
from announcements.normalize import guessed_summary, read_aloud, spoken_form
from announcements.vocabulary import ABBREVIATIONS

COMPOSED: list[tuple[str, str]] = [
    # heroes: a head no table lists alone (AH) before known letters
    ("Lễ tuyên dương AHLĐ thời kỳ đổi mới tại hội trường xã.",
     "Lễ tuyên dương anh hùng lao động thời kỳ đổi mới tại hội trường xã."),
    ("Các Mẹ Việt Nam anh hùng và AHLLVT được tặng quà.",
     "Các Mẹ Việt Nam anh hùng và anh hùng lực lượng vũ trang được tặng quà."),
    # the party: a board whose reading the letters after it decide, then a level
    ("Hội nghị BCHTW lần thứ 10 bàn về công tác cán bộ.",
     "Hội nghị ban chấp hành trung ương lần thứ mười bàn về công tác cán bộ."),
    ("Đồng chí Ủy viên BCHTƯ về thăm huyện.",
     "Đồng chí Ủy viên ban chấp hành trung ương về thăm huyện."),
    ("Đại diện BCHCĐCS công ty trao quà cho công nhân.",
     "Đại diện ban chấp hành công đoàn cơ sở công ty trao quà cho công nhân."),
    # bodies of a town or a city
    ("Đồng chí Trưởng CATP dự lễ ra quân.",
     "Đồng chí Trưởng công an thành phố dự lễ ra quân."),
    ("CATX tăng cường tuần tra dịp Tết.",
     "công an thị xã tăng cường tuần tra dịp Tết."),
    ("UBNDTX ban hành kế hoạch phòng chống lụt bão.",
     "ủy ban nhân dân thị xã ban hành kế hoạch phòng chống lụt bão."),
    ("Thông báo của BCHQSTX về khám tuyển NVQS.",
     "Thông báo của ban chỉ huy quân sự thị xã về khám tuyển nghĩa vụ quân sự."),
    ("Đại diện HĐNDTP dự buổi tiếp xúc cử tri.",
     "Đại diện hội đồng nhân dân thành phố dự buổi tiếp xúc cử tri."),
    ("Lãnh đạo MTTQTP thăm hỏi các hộ nghèo.",
     "Lãnh đạo mặt trận tổ quốc thành phố thăm hỏi các hộ nghèo."),
    # national bodies and programmes
    ("Cán bộ BHXHVN hướng dẫn người dân gia hạn thẻ.",
     "Cán bộ bảo hiểm xã hội việt nam hướng dẫn người dân gia hạn thẻ."),
    ("Hội LHPNVN phát động phong trào nuôi heo đất.",
     "Hội liên hiệp phụ nữ việt nam phát động phong trào nuôi heo đất."),
    ("Kỷ niệm ngày thành lập Hội CCBVN.",
     "Kỷ niệm ngày thành lập Hội cựu chiến binh việt nam."),
    ("Trung tâm KTTVQG dự báo mưa lớn diện rộng.",
     "Trung tâm khí tượng thủy văn quốc gia dự báo mưa lớn diện rộng."),
    ("Chương trình TCMRQG tổ chức tiêm vắc xin sởi cho trẻ.",
     "Chương trình tiêm chủng mở rộng quốc gia tổ chức tiêm vắc xin sởi cho trẻ."),
    ("Tổng LĐLĐVN phát động Tháng Công nhân.",
     "Tổng liên đoàn lao động việt nam phát động Tháng Công nhân."),
    ("Các xã hoàn thành PCGDTHCS mức độ 2.",
     "Các xã hoàn thành phổ cập giáo dục trung học cơ sở mức độ hai."),
    ("Ủy ban ATGTQG kiểm tra tuyến quốc lộ qua xã.",
     "Ủy ban an toàn giao thông quốc gia kiểm tra tuyến quốc lộ qua xã."),
    ("Chi nhánh NHCSXHVN giải ngân vốn vay cho hộ nghèo.",
     "Chi nhánh ngân hàng chính sách xã hội việt nam giải ngân vốn vay cho hộ nghèo."),
    ("Em Lan đạt giải Ba kỳ thi HSGQG môn Văn.",
     "Em Lan đạt giải Ba kỳ thi học sinh giỏi quốc gia môn Văn."),
    ("Nhà nước cấp GCNQSH nhà ở cho các hộ tái định cư.",
     "Nhà nước cấp giấy chứng nhận quyền sở hữu nhà ở cho các hộ tái định cư."),
    # inside a document's number
    ("Thực hiện Kế hoạch số 15/KH-BCHQSTX về huấn luyện dân quân.",
     "Thực hiện Kế hoạch số mười lăm của ban chỉ huy quân sự thị xã về huấn luyện dân quân."),
    ("Theo Công văn 102/CV-CATP ngày 5/3.",
     "Theo Công văn một trăm linh hai của công an thành phố ngày năm tháng ba."),
]  # fmt: skip

SECOND: list[tuple[str, str]] = [
    ("Gặp mặt các AHLLVTND tiêu biểu của tỉnh.",
     "Gặp mặt các anh hùng lực lượng vũ trang nhân dân tiêu biểu của tỉnh."),
    ("Ban Thường vụ HNDVN chỉ đạo các cấp hội.",
     "Ban Thường vụ hội nông dân việt nam chỉ đạo các cấp hội."),
    ("Đoàn công tác UBKTTW làm việc tại tỉnh.",
     "Đoàn công tác ủy ban kiểm tra trung ương làm việc tại tỉnh."),
    ("Hội CTĐVN trao quà cho người nghèo.",
     "Hội chữ thập đỏ việt nam trao quà cho người nghèo."),
    ("Các ĐVTN tham gia dọn vệ sinh đường làng.",
     "Các đoàn viên thanh niên tham gia dọn vệ sinh đường làng."),
    ("Trung tâm YTDP tỉnh khuyến cáo người dân.",
     "Trung tâm y tế dự phòng tỉnh khuyến cáo người dân."),
    ("Hội NCTVN tổ chức mừng thọ cho hội viên.",
     "Hội người cao tuổi việt nam tổ chức mừng thọ cho hội viên."),
    ("Đội TNTN ra quân làm đường giao thông nông thôn.",
     "Đội thanh niên tình nguyện ra quân làm đường giao thông nông thôn."),
    ("Đồng chí Chỉ huy trưởng BCHQSH dự lễ giao nhận quân.",
     "Đồng chí Chỉ huy trưởng ban chỉ huy quân sự huyện dự lễ giao nhận quân."),
    ("Các CBCCVC thực hiện nghiêm giờ làm việc.",  # a known key: its table's pauses
     "Các cán bộ, công chức, viên chức thực hiện nghiêm giờ làm việc."),
    ("Bác sĩ TTYTH khám sức khỏe cho người cao tuổi.",
     "Bác sĩ trung tâm y tế huyện khám sức khỏe cho người cao tuổi."),
    ("Kỷ niệm ngày thành lập QĐNDVN.",
     "Kỷ niệm ngày thành lập quân đội nhân dân việt nam."),
    ("Tuổi trẻ ĐTNCSHCM xã ra quân.",
     "Tuổi trẻ đoàn thanh niên cộng sản hồ chí minh xã ra quân."),
    ("Chi hội NDVN thôn Đông họp bàn kế hoạch sản xuất.",
     "Chi hội nông dân việt nam thôn Đông họp bàn kế hoạch sản xuất."),
    ("Cán bộ BCĐPCTNTW kiểm tra việc kê khai tài sản.",
     "Cán bộ ban chỉ đạo phòng chống tham nhũng trung ương kiểm tra việc kê khai tài sản."),
]  # fmt: skip
"""Written blind after COMPOSED and GUARDS passed, as a notice writes them (what a listener
should hear, whatever the rule can do). First pass: 10 of 15, one more with the known 'CBCCVC'
table's pauses, to which its reading was corrected; 'BCHQSH' was read 'ban chỉ huy quyền sở
hữu', the one wrong expansion of the blind batches (fixed: a cut that another of as few
pieces, a place at the end included, reads otherwise is spelled; then read 'huyện' after a
body of four letters or more)."""
MISSES = {
    "Hội LHPNVN": "since round seven's tables 'LH' is read by context (liên hệ): LH + PNVN is "
    "as short a cut as LHPN + VN, so the letters are spelled",
    "Ban Thường vụ TWĐTN": "'TW' opens no composition ('TƯLĐ' is thỏa ước lao động): spelled",
    "Tuyên truyền về BVMTNT": "'NT' ends with nông thôn, or 'TTYTNT' ngành than: spelled",
    "Trạm YTX": "a single letter after a body of two letters ('BTVH' is bổ túc văn hóa): spelled",
    "Cuộc thi tìm hiểu PLGT": "'PL' is pháp luật or phụ lục: spelled",
}
"""The phrases whose readings the rule does not give, each a strict xfail. After round seven's
tables (i17a-d) were merged, many of these words are listed ('AHLĐ', 'BCHTW', 'CATP', 'NDVN',
'DSKHHGĐ'): the phrases still read as written, from the table."""


def _cases(*batches: list[tuple[str, str]]) -> list[object]:
    return [
        pytest.param(
            written,
            spoken,
            marks=[
                pytest.mark.xfail(reason=why, strict=True)
                for start, why in MISSES.items()
                if written.startswith(start)
            ],
        )
        for batch in batches
        for written, spoken in batch
    ]


THIRD: list[tuple[str, str]] = [
    ("Đồng chí Phó Chủ tịch UBNDH dự hội nghị.",
     "Đồng chí Phó Chủ tịch ủy ban nhân dân huyện dự hội nghị."),
    ("Ban Thường vụ TWĐTN tặng bằng khen cho chi đoàn.",
     "Ban Thường vụ trung ương đoàn thanh niên tặng bằng khen cho chi đoàn."),
    ("Thông báo của HĐNVQSTX về lịch khám tuyển.",
     "Thông báo của hội đồng nghĩa vụ quân sự thị xã về lịch khám tuyển."),
    ("Trao tặng danh hiệu NGƯT cho 5 nhà giáo.",
     "Trao tặng danh hiệu nhà giáo ưu tú cho năm nhà giáo."),
    ("Hội nghị tổng kết công tác DSKHHGĐ năm nay.",
     "Hội nghị tổng kết công tác dân số kế hoạch hóa gia đình năm nay."),
    ("Tuyên truyền về BVMTNT tại các thôn.",
     "Tuyên truyền về bảo vệ môi trường nông thôn tại các thôn."),
    ("Quỹ BTXH hỗ trợ các hộ khó khăn.",
     "Quỹ bảo trợ xã hội hỗ trợ các hộ khó khăn."),
    ("Ông Nguyễn Văn An, CHTBCHQS xã, chủ trì buổi lễ.",
     "Ông Nguyễn Văn An, chỉ huy trưởng ban chỉ huy quân sự xã, chủ trì buổi lễ."),
    ("Lớp bồi dưỡng KTQPAN cho cán bộ thôn.",
     "Lớp bồi dưỡng kiến thức quốc phòng an ninh cho cán bộ thôn."),
    ("Đội CSPCCCCNCH khu vực đến hiện trường.",
     "Đội cảnh sát phòng cháy chữa cháy cứu nạn cứu hộ khu vực đến hiện trường."),
    ("Các HTXDVNN đăng ký sản xuất vụ mùa.",
     "Các hợp tác xã dịch vụ nông nghiệp đăng ký sản xuất vụ mùa."),
    ("Trạm YTX tổ chức tiêm chủng cho trẻ.",
     "Trạm y tế xã tổ chức tiêm chủng cho trẻ."),
    ("Cuộc thi tìm hiểu PLGT cho học sinh.",
     "Cuộc thi tìm hiểu pháp luật giao thông cho học sinh."),
    ("BQLDA xây dựng huyện thông báo.",
     "ban quản lý dự án xây dựng huyện thông báo."),
    ("Đoàn viên ĐTNCSHCMVN tham gia hiến máu.",
     "Đoàn viên đoàn thanh niên cộng sản hồ chí minh việt nam tham gia hiến máu."),
]  # fmt: skip
"""A third batch written blind: abbreviations of commune notices no table may hold. First
pass 6 of 15, no wrong expansion (the misses are letters); 7 after single places after a
body ('UBNDH'). The rest stay letters on purpose (MISSES)."""

GUARDS: list[tuple[str, str]] = [
    # a heading in capitals is words
    ("THÔNG BÁO VỀ VIỆC TUYỂN QUÂN", "thông báo về việc tuyển quân"),
    # a known abbreviation is read from its table, no guess
    ("UBND xã thông báo.", "ủy ban nhân dân xã thông báo."),
    ("BCHQS xã tổ chức huấn luyện.", "ban chỉ huy quân sự xã tổ chức huấn luyện."),
    # foreign bodies and English words in capitals keep their reading
    ("Hội nghị thượng đỉnh NATO diễn ra tại Bỉ.", "Hội nghị thượng đỉnh na tô diễn ra tại Bỉ."),
    ("Gọi HOTLINE của xã.", "Gọi hót lai của xã."),
    # a plate, a code, a Roman numeral
    ("Xe BKS 36B1-123.45 vi phạm.",
     "Xe biển kiểm soát ba sáu bê một, một hai ba bốn năm vi phạm."),
    ("Đại hội XIII của Đảng.", "Đại hội mười ba của Đảng."),
    ("Mã hồ sơ HSX12 đã được tiếp nhận.", "Mã hồ sơ hát ét ích mười hai đã được tiếp nhận."),
    # capitals the pieces do not settle stay letters
    ("Liên hệ Công ty QZX để biết thêm.", "Liên hệ Công ty quy dét ích để biết thêm."),
    # a single letter after a body of three letters is no place ('BTVH' bổ túc văn hóa)
    ("Đồng chí Ủy viên BTVX phát biểu.", "Đồng chí Ủy viên bê tê vê ích phát biểu."),
    # two two-letter pieces ('QHLĐ' is quan hệ lao động, not quốc hội lao động)
    ("Hội thảo về QHXH tại xã.", "Hội thảo về quy hát ích hát tại xã."),
    # 'TP' after a police unit is tội phạm as often as thành phố
    ("Đội CSKTTP tiếp nhận vụ việc.", "Đội xê ét ca tê tê pê tiếp nhận vụ việc."),
    # ngân hàng nhà nước + phát triển nông thôn, or ngân hàng + nông nghiệp và …? (Agribank)
    ("Vay vốn tại NHNNPTNT huyện.", "Vay vốn tại en hát en en pê tê en tê huyện."),
    # 'ND' is nhân dân after a force only
    ("Kế hoạch THCSND năm nay.", "Kế hoạch tê hát xê ét en đê năm nay."),
    # a document type is no piece: 'QĐ' in a name is quân đội
    ("Đoàn văn công VNQĐ biểu diễn.", "Đoàn văn công vê en quy đê biểu diễn."),
]  # fmt: skip


@pytest.mark.parametrize(("written", "spoken"), _cases(COMPOSED))
def test_capitals_no_table_holds_are_read_as_their_known_pieces(written: str, spoken: str) -> None:
    assert spoken_form(written) == spoken


@pytest.mark.parametrize(("written", "spoken"), _cases(SECOND, THIRD))
def test_batches_written_blind(written: str, spoken: str) -> None:
    assert spoken_form(written) == spoken


@pytest.mark.parametrize(("written", "spoken"), GUARDS)
def test_what_must_not_be_composed_reads_as_before(written: str, spoken: str) -> None:
    assert spoken_form(written) == spoken


def test_a_composed_reading_is_a_guess_the_office_sees() -> None:
    reading = read_aloud("Đại diện UBNDTX và BCHQSTX phát biểu.")
    assert reading.guessed == ("UBNDTX", "BCHQSTX")
    assert reading.warnings == (
        "'UBNDTX' is not a known abbreviation: read as 'ủy ban nhân dân thị xã'",
        "'BCHQSTX' is not a known abbreviation: read as 'ban chỉ huy quân sự thị xã'",
    )
    summary = guessed_summary(reading.guessed, at_office=True)
    assert "'UBNDTX' (ủy ban nhân dân thị xã)" in summary


@pytest.mark.usefixtures("vietnamese")
def test_the_guess_is_said_in_vietnamese() -> None:
    (warning,) = read_aloud("Đại diện MTTQTP phát biểu.").warnings
    assert warning == (
        "'MTTQTP' không phải chữ viết tắt đã biết: đọc là 'mặt trận tổ quốc thành phố' "
        "(ghép từ các chữ viết tắt đã biết)"
    )


def test_a_station_lexicon_still_wins_over_a_composed_reading() -> None:
    reading = read_aloud("Đại diện UBNDTX phát biểu.", lexicon={"UBNDTX": "ủy ban thị xã"})
    assert reading.spoken == "Đại diện ủy ban thị xã phát biểu."
    assert reading.guessed == ()


def test_two_cuts_as_short_that_read_differently_are_spelled() -> None:
    # no piece has two letters but AH, LĐ and the levels at the end (measured: each other pair
    # of letters read wrong in over a third of the reference lists' compositions)
    assert all(len(key) > 2 for key in PIECES.keys() - {"AH", "LĐ"})
    assert composed("CNQG") is None  # chủ nhật? công nghiệp? chính nghĩa quốc gia?
    assert composed("UBND") == composed("XYZ") is None  # one piece, or none, is no composition


def test_every_composed_piece_is_a_known_reading() -> None:
    for key, said in PIECES.items():
        assert key in ABBREVIATIONS or key in {"AH", "LĐ"}, key
        assert said.islower() and not said.startswith(" "), key


@pytest.mark.parametrize("unit", ["UBNDTX BCHQSTX MTTQTP QZX. ", "BCHQSTXBCHQSTXBCHQSTX "])
def test_composing_stays_linear(unit: str) -> None:
    assert_reads_in_linear_time(unit)
