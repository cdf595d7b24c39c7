"""The reader's faults in round 33 (the south-central coast, issue 16), by class: a score's
verb inside a place's name, a minority name written with Vietnamese letters, the peak power
of solar panels, the micro- units, letters before the words they stand for in brackets, and
a web address's words without their marks. The phrases are new instances of each class,
with guards that look alike and must not change, written with their readings before the
reader was run on them."""

from __future__ import annotations

import pytest
from test_notice_reading import assert_reads_in_linear_time

from announcements.normalize import spoken_form

NAMED_VERBS: list[tuple[str, str]] = [
    # 'Hòa', 'Thắng' written with a capital inside a sentence are a place's name, not a
    # score's verb: the range after them is a range
    ("Sản phẩm yến sào của Khánh Hòa đạt 4-5 sao.",
     "Sản phẩm yến sào của Khánh Hòa đạt bốn đến năm sao."),
    ("Xã Quyết Thắng cần thêm 2-3 xe chở rác.", "Xã Quyết Thắng cần thêm hai đến ba xe chở rác."),
    ("Thôn Phú Hòa có 6-8 giếng khoan bị nhiễm mặn.",
     "Thôn Phú Hòa có sáu đến tám giếng khoan bị nhiễm mặn."),
    # guards: the verb written in small letters after a name, and opening a sentence
    ("Khánh Hòa thắng Phú Yên 2-1.", "Khánh Hòa thắng Phú Yên hai một."),
    ("Đội thôn Tân Thắng hòa 1-1 với thôn Đông.", "Đội thôn Tân Thắng hòa một một với thôn Đông."),
    ("Hòa 2-2, hai đội đá luân lưu.", "Hòa hai hai, hai đội đá luân lưu."),
]  # fmt: skip

MINORITY_NAMES: list[tuple[str, str]] = [
    # a Raglai or Cham name written with Vietnamese letters is said by its syllables (a final
    # 'r' unsaid, as in 'Y Biêr'; 'k' before a, o, u written 'c'), never spelled letter by letter
    ("Gia đình ông Pinăng Văn Tư được hỗ trợ làm nhà.",
     "Gia đình ông Pi năng Văn Tư được hỗ trợ làm nhà."),
    ("Bà Katơr Thị Sen nhận hai con bò giống.", "Bà Ca tơ Thị Sen nhận hai con bò giống."),
    # guards: the battery and a loan word said by its syllables
    ("Thay pin năng lượng mặt trời.", "Thay pin năng lượng mặt trời."),
    ("Tấm lợp amiăng cũ phải tháo dỡ.", "Tấm lợp a mi ăng cũ phải tháo dỡ."),
]  # fmt: skip

PEAK_POWER: list[tuple[str, str]] = [
    # a solar panel's peak power is 'oát đỉnh', as announcers say it
    ("Lắp 3kWp điện mặt trời trên mái trụ sở.",
     "Lắp ba ki lô oát đỉnh điện mặt trời trên mái trụ sở."),
    ("Mỗi tấm pin 450 Wp.", "Mỗi tấm pin bốn trăm năm mươi oát đỉnh."),
    ("Nhà máy công suất 50 MWp.", "Nhà máy công suất năm mươi mê ga oát đỉnh."),
    # guard: power that is no peak
    ("Máy bơm công suất 5 kW.", "Máy bơm công suất năm ki lô oát."),
]  # fmt: skip

MICRO: list[tuple[str, str]] = [
    # the micro- units are 'mi cơ rô', as announcers say them
    ("Bụi mịn đo được 35 µg/m3.", "Bụi mịn đo được ba mươi lăm mi cơ rô gam một mét khối."),
    ("Hạt vi nhựa cỡ 5 µm.", "Hạt vi nhựa cỡ năm mi cơ rô mét."),
    ("Hồ sơ di sản trình UNESCO xem xét.", "Hồ sơ di sản trình u nét cô xem xét."),
    # guard: milligrams
    ("Nồng độ 2 mg/l.", "Nồng độ hai mi li gam một lít."),
]  # fmt: skip

EXPLAINED_AGAIN: list[tuple[str, str]] = [
    # a known abbreviation followed by its own words in brackets is said once, as its words
    # (the head word already said before the letters is not said again)
    ("Thửa đất loại ONT (đất ở tại nông thôn) được cấp giấy.",
     "Thửa đất loại đất ở tại nông thôn được cấp giấy."),
    ("Chuyển mục đích đất LUC (đất chuyên trồng lúa nước) phải xin phép.",
     "Chuyển mục đích đất chuyên trồng lúa nước phải xin phép."),
    # guards: brackets that say something else, and the letters alone
    ("Đất CLN (thửa số 12) thuộc hộ ông Ba.",
     "Đất trồng cây lâu năm (thửa số mười hai) thuộc hộ ông Ba."),
    ("Đất ONT đã cấp giấy.", "Đất ở tại nông thôn đã cấp giấy."),
]  # fmt: skip

SCAM_ADDRESSES: list[tuple[str, str]] = [
    # the words a fake bank or service writes in its address, given back their marks
    ('Cảnh giác với trang "xacminh-taikhoan.com" giả mạo.',
     'Cảnh giác với trang "xác minh gạch ngang tài khoản chấm com" giả mạo.'),
    ("Tin nhắn dẫn tới nganhang-baomat.com.",
     "Tin nhắn dẫn tới ngân hàng gạch ngang bảo mật chấm com."),
    ("Không bấm vào capnhat-dinhdanh.com.",
     "Không bấm vào cập nhật gạch ngang định danh chấm com."),
    # guards: words the station already ships, and a bank's own name
    ("Trang hotro-khachhang.vn là giả mạo.",
     "Trang hỗ trợ gạch ngang khách hàng chấm vê en là giả mạo."),
    ("Tra cứu tại tracuu.gov.vn.", "Tra cứu tại tra cứu chấm gờ o vê chấm vê en."),
    ("Trang vietcombank.com.vn là thật.", "Trang việt com banh chấm com chấm vê en là thật."),
]  # fmt: skip

SUBJECT_BETWEEN: list[tuple[str, str]] = [
    # a document named with its subject before 'số' is named before its code: the code's kind
    # is not said again, its issuer follows 'của' (as 'Quyết định số 12/QĐ-UBND')
    ("Thông báo thu hồi đất số 32/TB-UBND đã được niêm yết.",
     "Thông báo thu hồi đất số ba mươi hai của ủy ban nhân dân đã được niêm yết."),
    ("Quyết định cho thuê đất số 108/QĐ-UBND có hiệu lực.",
     "Quyết định cho thuê đất số một trăm linh tám của ủy ban nhân dân có hiệu lực."),
    ("Kế hoạch tổ chức Tết Trung thu số 55/KH-UBND.",
     "Kế hoạch tổ chức Tết Trung thu số năm mươi lăm của ủy ban nhân dân."),
    # guards: another kind named before, the verb 'thông báo', and a list
    ("Ủy ban xã thông báo theo số 20/TB-UBND, các hộ di dời.",
     "Ủy ban xã thông báo theo số hai mươi thông báo ủy ban nhân dân, các hộ di dời."),
    ("Theo Kế hoạch phòng chống dịch số 12/QĐ-UBND.",
     "Theo Kế hoạch phòng chống dịch số mười hai quyết định ủy ban nhân dân."),
    ("Quyết định thu hồi đất số 12/QĐ-UBND và 13/QĐ-UBND.",
     "Quyết định thu hồi đất số mười hai quyết định ủy ban nhân dân và mười ba quyết định ủy "
     "ban nhân dân."),
]  # fmt: skip

ALL = (
    NAMED_VERBS + MINORITY_NAMES + PEAK_POWER + MICRO + EXPLAINED_AGAIN + SCAM_ADDRESSES
    + SUBJECT_BETWEEN
)  # fmt: skip


@pytest.mark.parametrize(("written", "spoken"), ALL)
def test_round_33_classes_are_read_as_an_announcer_reads_them(written: str, spoken: str) -> None:
    assert spoken_form(written) == spoken


HOSTILE = ("Khánh Hòa 1-2 ", "Pinăngr ", "5kWp ", "ONT (đất ở) ")
"""Shapes of this file's rules, repeated: each must be read in time linear in its length."""


@pytest.mark.parametrize("unit", HOSTILE)
def test_reading_time_grows_linearly_with_the_round_33_rules(unit: str) -> None:
    assert_reads_in_linear_time(unit)
