"""Classes of misreading that held-out round 24 (the south-east and Hồ Chí Minh City, kept
outside the repository) showed. The phrases are new instances of each class, with guards that
look alike and must not change, written with their readings before the reader was run on them;
never the held-out phrases themselves."""

from __future__ import annotations

import pytest
from test_notice_reading import assert_reads_in_linear_time

from announcements.normalize import spoken_form

ISSUER_ONCE: list[tuple[str, str]] = [
    # a document's issuing code followed by 'của' and that same issuer names it once
    ("Thực hiện Nghị quyết 25/2023/QH15 của Quốc hội về giám sát.",
     "Thực hiện Nghị quyết hai mươi lăm năm hai nghìn không trăm hai mươi ba của Quốc hội về "
     "giám sát."),
    ("Theo Quyết định 215/QĐ-UBND của UBND xã Tân Lập.",
     "Theo Quyết định hai trăm mười lăm của ủy ban nhân dân xã Tân Lập."),
    ("Căn cứ Nghị quyết số 12/2025/NQ-HĐND của Hội đồng nhân dân tỉnh.",
     "Căn cứ Nghị quyết số mười hai năm hai nghìn không trăm hai mươi lăm của Hội đồng nhân dân "
     "tỉnh."),
    ("Thực hiện Chỉ thị 35-CT/TW của Bộ Chính trị về đại hội.",
     "Thực hiện Chỉ thị ba mươi lăm của Bộ Chính trị về đại hội."),
    ("Thông tư 12/2024/TT-BYT của Bộ Y tế hướng dẫn thực hiện.",
     "Thông tư mười hai năm hai nghìn không trăm hai mươi tư của Bộ Y tế hướng dẫn thực hiện."),
    # guards: with no 'của' after it, the type named before gives 'của' and the issuer
    # (issue 16); 'của' before someone else, or a list of numbers, keeps the codes
    ("Nghị định 100/2019/NĐ-CP về xử phạt.",
     "Nghị định một trăm năm hai nghìn không trăm mười chín của chính phủ về xử phạt."),
    ("Kế hoạch 45/KH-UBND của Ban chỉ đạo xã.",
     "Kế hoạch bốn mươi lăm kế hoạch ủy ban nhân dân của Ban chỉ đạo xã."),
    ("Thực hiện các Quyết định 12/QĐ-UBND và 15/QĐ-UBND của UBND xã.",
     "Thực hiện các Quyết định mười hai quyết định ủy ban nhân dân và mười lăm quyết định ủy ban "
     "nhân dân của ủy ban nhân dân xã."),
    ("Nghị quyết 98/2023/QH15 của kỳ họp thứ sáu.",
     "Nghị quyết chín mươi tám năm hai nghìn không trăm hai mươi ba của quốc hội khóa mười lăm của "
     "kỳ họp thứ sáu."),
]  # fmt: skip

UNDERSCORED: list[tuple[str, str]] = [
    # a name joined by an underscore (a network, an account) is said as typed, with its mark
    ("Tên mạng HCC_PhuocLong, không cần mật khẩu.",
     "Tên mạng hát xê xê gạch dưới phước long, không cần mật khẩu."),
    ("Kết nối wifi UBND_TanLap tại hội trường.",
     "Kết nối oai phai u bê en đê gạch dưới tân lập tại hội trường."),
    # guards: the letters on their own are the office's name; a Markdown emphasis and words
    # joined with their marks lose the underscore
    ("Bộ phận HCC xã tiếp dân cả sáng thứ Bảy.",
     "Bộ phận hành chính công xã tiếp dân cả sáng thứ Bảy."),
    ("Đọc kỹ _lưu ý_ trước khi nộp.", "Đọc kỹ lưu ý trước khi nộp."),
    ("Học tập tấm gương Hồ_Chí_Minh.", "Học tập tấm gương Hồ Chí Minh."),
]  # fmt: skip

PASSWORD_WORD: list[tuple[str, str]] = [
    # 'mật khẩu' that ends a sentence is a word: its full stop is no password to spell
    ("Cán bộ không được tiết lộ mật khẩu.", "Cán bộ không được tiết lộ mật khẩu."),
    ("Mạng của thư viện không cần mật khẩu!", "Mạng của thư viện không cần mật khẩu!"),
    # guard: a password after it is still spelled
    ("Mật khẩu: 12345678.", "Mật khẩu: một hai ba bốn năm sáu bảy tám."),
]  # fmt: skip

I_PREFIXED: list[tuple[str, str]] = [
    # an app's 'i' before capitals is the English 'i' of 'iPhone', 'iOS': 'ai'
    ("Cài ứng dụng iHCMC để gửi phản ánh.",
     "Cài ứng dụng ai hát xê em xê để gửi phản ánh."),
    ("Đăng nhập iDVC bằng tài khoản định danh.",
     "Đăng nhập ai đê vê xê bằng tài khoản định danh."),
    # guards: a lone 'i' of a list, and an app the lexicon already knows
    ("Xem điểm i khoản 2 Điều 5.", "Xem điểm i khoản hai Điều năm."),
    ("Điện thoại iPhone bị mất.", "Điện thoại ai phôn bị mất."),
]  # fmt: skip

ROUTES: list[tuple[str, str]] = [
    # an arrow before a road's code turns onto it: 'sang'
    ("Xe tải đi theo QL13 → ĐT741.",
     "Xe tải đi theo quốc lộ mười ba sang đường tỉnh bảy trăm bốn mươi mốt."),
    ("Phân luồng từ ĐT 769 → QL51.",
     "Phân luồng từ đường tỉnh bảy trăm sáu mươi chín sang quốc lộ năm mươi mốt."),
    # guards: a change of state is 'thành', two quantities a span
    ("Chuyển nhà tạm → nhà kiên cố.", "Chuyển nhà tạm thành nhà kiên cố."),
    ("Lãi suất giảm 5,2% → 3,8%.",
     "Lãi suất giảm năm phẩy hai phần trăm đến ba phẩy tám phần trăm."),
]  # fmt: skip

ALL = ISSUER_ONCE + UNDERSCORED + PASSWORD_WORD + I_PREFIXED + ROUTES


@pytest.mark.parametrize(("written", "spoken"), ALL)
def test_round_24_classes_are_read_as_an_announcer_reads_them(written: str, spoken: str) -> None:
    assert spoken_form(written) == spoken


HOSTILE = ("1/QĐ-UBND của UBND ", "A_", "mật khẩu. ", "iAB ", "QL1 → ")
"""Shapes of this file's rules, repeated: each must be read in time linear in its length."""


@pytest.mark.parametrize("unit", HOSTILE)
def test_reading_time_grows_linearly_with_the_round_24_rules(unit: str) -> None:
    assert_reads_in_linear_time(unit)
