"""Administrative abbreviations in bulk (issue 16): the largest class of words the reader had
never seen was letters an announcer expands. 669 were read in a sentence each; these are the
families it spelled, a sentence each, and letters that look alike and must not change: the
same letters inside a code, a plate, a room or a longer word."""

from __future__ import annotations

import pytest

from announcements.normalize import spoken_form

EXPANDED: list[tuple[str, str]] = [
    # state, party and elections
    ("Bảo đảm ANCT, trật tự an toàn xã hội trên địa bàn.",
     "Bảo đảm an ninh chính trị, trật tự an toàn xã hội trên địa bàn."),
    ("Quán triệt nghị quyết HNTW lần thứ mười.",
     "Quán triệt nghị quyết hội nghị trung ương lần thứ mười."),
    ("Các thành viên BTTND giám sát việc GQKNTC.",
     "Các thành viên ban thanh tra nhân dân giám sát việc giải quyết khiếu nại tố cáo."),
    ("Thực hiện tốt PCTNTC và THTKCLP.",
     "Thực hiện tốt phòng chống tham nhũng tiêu cực và thực hành tiết kiệm chống lãng phí."),
    ("Niêm yết DSCT tại nhà văn hóa thôn.", "Niêm yết danh sách cử tri tại nhà văn hóa thôn."),
    # departments and commune offices, before and after the 2025 merger
    ("Công chức ĐC-NN-XD-MT của xã tiếp công dân.",
     "Công chức địa chính nông nghiệp xây dựng và môi trường của xã tiếp công dân."),
    ("Lãnh đạo KT-HT-ĐT kiểm tra công trình.",
     "Lãnh đạo kinh tế hạ tầng và đô thị kiểm tra công trình."),
    ("Công chức VPTK và TPHT trực tiếp dân.",
     "Công chức văn phòng thống kê và tư pháp hộ tịch trực tiếp dân."),
    # emulation and honours
    ("Đạt danh hiệu LĐTT và CSTĐ cơ sở.",
     "Đạt danh hiệu lao động tiên tiến và chiến sĩ thi đua cơ sở."),
    ("Chi bộ đạt TSVM năm 2025.",
     "Chi bộ đạt trong sạch vững mạnh năm hai nghìn không trăm hai mươi lăm."),
    # defence and the commune's security
    ("Lực lượng BVANTTCS tuần tra ban đêm.",
     "Lực lượng bảo vệ an ninh trật tự ở cơ sở tuần tra ban đêm."),
    ("Học sinh lớp 10 học môn GDQPAN.",
     "Học sinh lớp mười học môn giáo dục quốc phòng an ninh."),
    # schools
    ("Liên đội TNTPHCM tổ chức HĐTN cho học sinh.",
     "Liên đội thiếu niên tiền phong hồ chí minh tổ chức hoạt động trải nghiệm cho học sinh."),
    # health, insurance and credit
    ("Vận động người dân tham gia BHXHTN.",
     "Vận động người dân tham gia bảo hiểm xã hội tự nguyện."),
    ("Tuyên truyền PCĐN và PCXHTE trong dịp hè.",
     "Tuyên truyền phòng chống đuối nước và phòng chống xâm hại trẻ em trong dịp hè."),
    ("Tư vấn BPTT miễn phí tại trạm.", "Tư vấn biện pháp tránh thai miễn phí tại trạm."),
    ("Các tổ TKVV họp giao ban.", "Các tổ tiết kiệm và vay vốn họp giao ban."),
    # farms, water, land and companies
    ("Hội đồng BT-GPMB dự án đường tỉnh.",
     "Hội đồng bồi thường giải phóng mặt bằng dự án đường tỉnh."),
    ("Cấp MSVT và tem TXNG cho sầu riêng.",
     "Cấp mã số vùng trồng và tem truy xuất nguồn gốc cho sầu riêng."),
    ("Mô hình NNƯDCNC tại thôn 3.", "Mô hình nông nghiệp ứng dụng công nghệ cao tại thôn ba."),
]  # fmt: skip

LOOK_ALIKES: list[tuple[str, str]] = [
    # the same letters inside a longer word or a code stay as they were
    ("Mã hồ sơ ANCT2025 đã nhận.", "Mã hồ sơ a en xê tê hai không hai năm đã nhận."),
    ("Mã tra cứu: CSTĐ-01.", "Mã tra cứu: xê ét tê đê không một."),
    ("Lớp LĐTT2 học tại phòng 204.", "Lớp e lờ đê tê tê hai học tại phòng hai trăm linh bốn."),
    ("Mật khẩu wifi là VHVNabc.", "Mật khẩu oai phai là vê hát vê náp."),
    # two-letter and two-meaning letters stay as the reader had them
    ("Họp BCT chiều nay.", "Họp bê xê tê chiều nay."),
]  # fmt: skip


@pytest.mark.parametrize(("written", "spoken"), EXPANDED)
def test_administrative_abbreviations_are_expanded(written: str, spoken: str) -> None:
    assert spoken_form(written) == spoken


@pytest.mark.parametrize(("written", "spoken"), LOOK_ALIKES)
def test_letters_that_look_alike_are_not_expanded(written: str, spoken: str) -> None:
    assert spoken_form(written) == spoken
