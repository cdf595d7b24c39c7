"""What round 19's first reader left (issue 16; /work/team/notes/r19read2.md): a rating joined
to its product's code ('OCOP-3 sao' was 'ô xê ô pê ba sao'), a grade's sign ('xếp loại A+' was
'a dương', the blood group's word), two numbered things read as a share ('thứ 2/thứ 6' was 'thứ
hai trên thứ sáu'; two names, 'phụ huynh/học sinh', held back: TWO_NAMES),
a television spelled ('chiếc TV' was 'tê vê'), and a lunar range whose first day lacked the
'mùng' its last day has ('từ ngày 3 đến ngày 7/4 âm lịch' was 'ngày ba đến ngày mùng bảy').
The phrases are this round's own, not taken from any held-out file."""

from __future__ import annotations

import pytest

from announcements.normalize import spoken_form

FIXED: list[tuple[str, str]] = [
    # a star rating after a code said as a word: the word, then its stars
    ("Sản phẩm đạt OCOP-3 sao.", "Sản phẩm đạt ô cốp ba sao."),
    ("Chè Tân Cương đạt OCOP-5 sao cấp tỉnh.", "Chè Tân Cương đạt ô cốp năm sao cấp tỉnh."),
    ("Xếp hạng OCOP-4sao.", "Xếp hạng ô cốp bốn sao."),
    # a grade's sign
    ("Xếp loại A+ trong năm học.", "Xếp loại a cộng trong năm học."),
    ("Tín nhiệm hạng B- năm nay.", "Tín nhiệm hạng bê trừ năm nay."),
    # two bodies of aid: two sponsors, not a choice
    ("Dự án do JICA/KOICA tài trợ.", "Dự án do gi ca và cô i ca tài trợ."),
    (
        "Hỗ trợ của UNICEF/WHO cho trẻ em.",
        "Hỗ trợ của u ni xép và tổ chức y tế thế giới cho trẻ em.",
    ),
    ("Vốn vay WB/ADB cho đường giao thông.", "Vốn vay vê kép bê và a đê bê cho đường giao thông."),
    # two numbered things of one kind
    ("Họp vào thứ 2/thứ 5 hàng tuần.", "Họp vào thứ hai hoặc thứ năm hàng tuần."),
    ("Tổ 2/tổ 3 nhận gạo.", "Tổ hai, tổ ba nhận gạo."),
    # the set, by the word before it
    ("Tặng 20 chiếc TV cho hộ nghèo.", "Tặng hai mươi chiếc ti vi cho hộ nghèo."),
    ("Bà con xem trên TV và nghe đài.", "Bà con xem trên ti vi và nghe đài."),
    ("Tủ lạnh, TV bị ngập nước.", "Tủ lạnh, ti vi bị ngập nước."),
    # but a member of a team, a board, an association, whatever the word before (review19 #7)
    ("Gửi qua TV tổ dân phố.", "Gửi qua thành viên tổ dân phố."),
    ("Gửi hồ sơ qua TV tổ 5.", "Gửi hồ sơ qua thành viên tổ năm."),
    ("Nhận thông tin qua TV hội phụ nữ.", "Nhận thông tin qua thành viên hội phụ nữ."),
    ("Nộp qua TV chi hội nông dân.", "Nộp qua thành viên chi hội nông dân."),
    ("Gửi qua TV đoàn thanh niên.", "Gửi qua thành viên đoàn thanh niên."),
    ("Báo trên TV nhóm của thôn.", "Báo trên thành viên nhóm của thôn."),
    ("Liên hệ qua TV ban quản lý.", "Liên hệ qua thành viên ban quản lý."),
    # a lunar range: its first day as its last
    ("Từ ngày 3 đến ngày 7/4 âm lịch.", "Từ ngày mùng ba đến ngày mùng bảy tháng tư âm lịch."),
    (
        "Từ ngày 1 đến ngày 3 tháng 5 âm lịch.",
        "Từ ngày mùng một đến ngày mùng ba tháng năm âm lịch.",
    ),
    ("Các ngày từ 3 đến 7/4 âm lịch.", "Các ngày từ mùng ba đến ngày mùng bảy tháng tư âm lịch."),
    (
        "Lễ hội từ 8 đến 12/1 âm lịch.",
        "Lễ hội từ ngày mùng tám đến ngày mười hai tháng giêng âm lịch.",
    ),
]


@pytest.mark.parametrize(("written", "spoken"), FIXED)
def test_round_nineteen_leftovers_are_read_as_announcers_say_them(
    written: str, spoken: str
) -> None:
    assert spoken_form(written) == spoken


TWO_NAMES: list[tuple[str, str]] = [
    ("Phụ huynh/học sinh lưu ý.", "Phụ huynh hoặc học sinh lưu ý."),
    (
        "Cán bộ, công chức/viên chức nộp bản kê khai.",
        "Cán bộ, công chức hoặc viên chức nộp bản kê khai.",
    ),
    ("Xe ô tô/xe máy dừng lại.", "Xe ô tô hoặc xe máy dừng lại."),
    ("Nộp mẫu đơn/tờ khai tại bộ phận một cửa.", "Nộp mẫu đơn hoặc tờ khai tại bộ phận một cửa."),
]
"""A slash between two names with no number before it is a choice, 'hoặc'. Held back: the
rule that read these right (any word before a counted word, unless a price or a measure)
also read a blind round's 'giá/kg hoặc giá/con' and review19's 'Học phí/tháng' as choices;
a rate is the commoner meaning, so the reader keeps 'một' until a rule tells the two apart."""


@pytest.mark.xfail(strict=True, reason="a slash before a counted word is read as a rate")
@pytest.mark.parametrize(("written", "spoken"), TWO_NAMES)
def test_a_slash_between_two_names_is_a_choice(written: str, spoken: str) -> None:
    assert spoken_form(written) == spoken


UNCHANGED: list[tuple[str, str]] = [
    # a code before a number that is no rating stays a code
    ("Cá KOI-25 đã bán.", "Cá ca ô i hai mươi lăm đã bán."),
    ("Xã có 12 sản phẩm OCOP 4 sao.", "Xã có mười hai sản phẩm ô cốp bốn sao."),
    # blood groups keep their words
    ("Cần người nhóm máu O+ và AB-.", "Cần người nhóm máu ô dương và a bê âm."),
    # a rate, with or without its number
    ("Mỗi hộ 2 người/lượt.", "Mỗi hộ hai người một lượt."),
    ("Giá tính theo đồng/kg.", "Giá tính theo đồng một ki lô gam."),
    ("Số lượt người/ngày tăng.", "Số lượt người một ngày tăng."),
    ("Năng suất bình quân 60 tạ/ha.", "Năng suất bình quân sáu mươi tạ một héc ta."),
    # a rate over a period, after any word (review19 #1: these read 'hoặc')
    ("Học phí/tháng là 200.000 đồng.", "Học phí một tháng là hai trăm nghìn đồng."),
    ("Lãi suất cho vay/năm giảm.", "Lãi suất cho vay một năm giảm."),
    ("Số lượt khám/ngày tăng.", "Số lượt khám một ngày tăng."),
    ("Tiền nước/tháng tăng.", "Tiền nước một tháng tăng."),
    ("Giờ làm việc/ngày là 8 giờ.", "Giờ làm việc một ngày là tám giờ."),
    ("Số ca mắc/tuần giảm.", "Số ca mắc một tuần giảm."),
    ("Ghi rõ giá/bó và giá/kg.", "Ghi rõ giá một bó và giá một ki lô gam."),
    # but two periods are fields, or a choice
    ("Báo cáo theo tháng/năm.", "Báo cáo theo tháng năm."),
    ("Ghi rõ ngày/tháng/năm sinh.", "Ghi rõ ngày tháng năm sinh."),
    # two papers, two apps: a choice
    ("Mang theo CMND/CCCD.", "Mang theo chứng minh nhân dân hoặc căn cước công dân."),
    ("Gửi qua Zalo/Facebook của xã.", "Gửi qua da lô hoặc phây búc của xã."),
    # a share, and two unlike things
    ("Đạt 8/10 tiêu chí.", "Đạt tám trên mười tiêu chí."),
    # members, and a solar range
    ("Các TV tổ hợp tác họp.", "Các thành viên tổ hợp tác họp."),
    # the set before words that begin like those bodies, or before none of them
    ("Theo dõi trên TV tổ chức buổi lễ.", "Theo dõi trên ti vi tổ chức buổi lễ."),
    ("Xem trên TV ban đêm.", "Xem trên ti vi ban đêm."),
    ("Xem qua TV hội nghị trực tuyến.", "Xem qua ti vi hội nghị trực tuyến."),
    ("Mua TV chi phí thấp.", "Mua ti vi chi phí thấp."),
    ("Theo dõi qua TV hoặc đài.", "Theo dõi qua ti vi hoặc đài."),
    ("Tặng TV cho tổ dân phố.", "Tặng ti vi cho tổ dân phố."),
    (
        "Từ ngày 3 đến ngày 7/4 tạm dừng cấp nước.",
        "Từ ngày ba đến ngày bảy tháng tư tạm dừng cấp nước.",
    ),
    ("Từ ngày 1 đến ngày 3 tháng 5.", "Từ ngày một đến ngày ba tháng năm."),
    ("Từ ngày 13 đến ngày 17/4 âm lịch.", "Từ ngày mười ba đến ngày mười bảy tháng tư âm lịch."),
]


@pytest.mark.parametrize(("written", "spoken"), UNCHANGED)
def test_their_look_alikes_keep_their_reading(written: str, spoken: str) -> None:
    assert spoken_form(written) == spoken
