"""Vietnamese reading, tenth round: the language of the notices since mid-2025 (issue 16).
The two-level local government ('Phòng KT, HT&ĐT' of a commune, its 'Trung tâm DVTH', the
courts' areas 'TAND KV1', 'ĐA 06' said 'đề án không sáu' as 'Đề án 06' is), the end of the
Party's ban cán sự ('BCS đảng UBND tỉnh', not a condom), the 2024 Land Law's register ('đất
SKC', 'TMD', 'DGT', 'DTL', 'DGD', 'DCH', 'NKH'…) and a land price table's positions ('VT1',
'cùng VT' vị trí), household businesses under the tax rules of 2026 ('CNKD' beside a tax is
cá nhân kinh doanh, beside livestock still chứng nhận kiểm dịch; 'HĐĐT từ MTT' máy tính tiền;
'CQT' cơ quan thuế), the 2024 road law ('NĐC' nồng độ cồn, 'Trung tâm ĐT&SH' đào tạo và sát
hạch), the health insurance law's 'CSKCB', 'BDHVS' bình dân học vụ số, 'số ĐDCN' and 'TK
ĐDĐT' of Đề án 06, the elections of 2026 ('Tổ BC', 'Ban BC' bầu cử; 'gửi BC' stays báo cáo),
'vùng ĐBDTTS&MN' miền núi.

150 phrases were written with their readings in six batches of 25 before the reader was run
on each batch (first pass on the branch's base, main 6cbde7c: 21, 18, 19, 23, 19 and 14 of
25); FIRST_PASS holds those main misread, with what the fixes read. AFTER_FIXES was written
after the fixes, for their classes (not blind: 25/25 on the branch, 5/25 on main).
SECOND_PASS holds what five more blind batches on the fixed branch (22, 21, 21, 16 and 23
of 25) still missed, and main too, now fixed ('TK ĐDĐT', 'KV2', 'CSKCB', 'cùng VT', 'Tổ BC',
'ĐBDTTS&MN'), and what main missed and the branch read right ('VT1 mặt đường', 'HĐĐT từ
MTT'); MORE was written after. GUARDS are what looks alike and must stay: 'cây ĐA', 'ĐA
DẠNG', a document's '125/ĐA-UBND', 'Lưu: VT' (even beside 'giá đất'), 'Công ty CP VT', 'Kho
VT 12', CNKD of pigs, 'Phát BCS', land codes that are words or another office's letters
('BẢN TIN', 'MNC', 'NCS'), 'HT&TĐC', 'HT các trường', 'Sở GD&ĐT', 'ĐT' a phone, 'Cục TK',
'35KV' kilovolts, 'nộp BC', 'Trường MN'. '# main missed' marks what main read otherwise."""

from __future__ import annotations

import pytest
from test_notice_reading import assert_reads_in_linear_time

from announcements.normalize import spoken_form

FIRST_PASS: list[tuple[str, str]] = [
    # main missed
    ("Phòng KT, HT&ĐT phường thông báo cấp phép xây dựng.",
     "Phòng kinh tế, hạ tầng và đô thị phường thông báo cấp phép xây dựng."),
    # main missed
    ("Kết quả thực hiện ĐA 06 tháng 11/2025.",
     "Kết quả thực hiện đề án không sáu tháng mười một năm hai nghìn không trăm hai mươi lăm."),
    # main missed
    ("Sát hạch lái xe hạng A, A1, B, C1 tại Trung tâm ĐT&SH lái xe tỉnh.",
     "Sát hạch lái xe hạng a, a một, bê, xê một tại Trung tâm đào tạo và sát hạch lái xe tỉnh."),
    # main missed
    ("HKD, CNKD tự kê khai, nộp thuế theo doanh thu thực tế.",
     "hộ kinh doanh, cá nhân kinh doanh tự kê khai, nộp thuế theo doanh thu thực tế."),
    # main missed
    ("Hộ kinh doanh dùng HĐĐT có mã của CQT.",
     "Hộ kinh doanh dùng hóa đơn điện tử có mã của cơ quan thuế."),
    # main missed
    ("Đất TMDV trong KCN được giao theo hình thức đấu giá QSDĐ.",
     "Đất thương mại dịch vụ trong khu công nghiệp được giao theo hình thức đấu giá quyền sử "
     "dụng đất."),
    # main missed
    ("Đẩy mạnh phong trào BDHVS trong cán bộ, đảng viên.",
     "Đẩy mạnh phong trào bình dân học vụ số trong cán bộ, đảng viên."),
    # main missed
    ("Hộ kinh doanh xuất HĐĐT từ MTT kết nối với cơ quan thuế.",
     "Hộ kinh doanh xuất hóa đơn điện tử từ máy tính tiền kết nối với cơ quan thuế."),
    # main missed
    ("Kiểm tra NĐC đối với người điều khiển phương tiện.",
     "Kiểm tra nồng độ cồn đối với người điều khiển phương tiện."),
    # main missed
    ("Trung tâm DVTH xã cung ứng dịch vụ nông nghiệp.",
     "Trung tâm dịch vụ tổng hợp xã cung ứng dịch vụ nông nghiệp."),
    # main missed
    ("Giá đất VT1 đường trục xã là 2,5 triệu đồng/m2, VT2 là 1,8 triệu đồng/m2.",
     "Giá đất vị trí một đường trục xã là hai phẩy năm triệu đồng một mét vuông, vị trí hai là "
     "một phẩy tám triệu đồng một mét vuông."),
    # main missed
    ("Chuyển đất SKC sang đất TMD tại cụm công nghiệp.",
     "Chuyển đất cơ sở sản xuất phi nông nghiệp sang đất thương mại, dịch vụ tại cụm công nghiệp."),
    # main missed
    ("Cập nhật số ĐDCN vào mã số BHXH trước 31/12.",
     "Cập nhật số định danh cá nhân vào mã số bảo hiểm xã hội trước ngày ba mươi mốt tháng mười "
     "hai."),
]  # fmt: skip

AFTER_FIXES: list[tuple[str, str]] = [
    # main missed
    ("Giá đất VT4 các tuyến đường liên thôn là 650.000 đồng/m2.",
     "Giá đất vị trí bốn các tuyến đường liên thôn là sáu trăm năm mươi nghìn đồng một mét vuông."),
    # main missed
    ("Thu hồi 320 m2 đất DGT và 150 m2 đất DTL để mở rộng kênh.",
     "Thu hồi ba trăm hai mươi mét vuông đất giao thông và một trăm năm mươi mét vuông đất thủy "
     "lợi để mở rộng kênh."),
    # main missed
    ("Đất DGD của trường mầm non được mở rộng thêm 500 m2.",
     "Đất xây dựng cơ sở giáo dục và đào tạo của trường mầm non được mở rộng thêm năm trăm mét "
     "vuông."),
    # main missed
    ("CNKD phải đăng ký thuế với CQT quản lý.",
     "cá nhân kinh doanh phải đăng ký thuế với cơ quan thuế quản lý."),
    # main missed
    ("Hướng dẫn HKD cài đặt MTT kết nối dữ liệu với CQT.",
     "Hướng dẫn hộ kinh doanh cài đặt máy tính tiền kết nối dữ liệu với cơ quan thuế."),
    # main missed
    ("Tổ chức lớp BDHVS cho hội viên phụ nữ thôn 5.",
     "Tổ chức lớp bình dân học vụ số cho hội viên phụ nữ thôn năm."),
    # main missed
    ("Người vi phạm NĐC vượt quá 0,4 mg/l khí thở bị trừ 10 điểm GPLX.",
     "Người vi phạm nồng độ cồn vượt quá không phẩy bốn mi li gam trên một lít khí thở bị trừ mười "
     "điểm giấy phép lái xe."),
    # main missed
    ("Trung tâm ĐT&SH lái xe thông báo lịch thi hạng A1 tháng 12.",
     "Trung tâm đào tạo và sát hạch lái xe thông báo lịch thi hạng a một tháng mười hai."),
    # main missed
    ("Phòng KT, HT&ĐT xã tiếp nhận hồ sơ cấp phép xây dựng.",
     "Phòng kinh tế, hạ tầng và đô thị xã tiếp nhận hồ sơ cấp phép xây dựng."),
    # main missed
    ("Kết quả triển khai ĐA 06 năm 2025 của Công an xã.",
     "Kết quả triển khai đề án không sáu năm hai nghìn không trăm hai mươi lăm của Công an xã."),
    # main missed
    ("Cập nhật số ĐDCN thay cho mã số thuế cá nhân từ 01/7/2025.",
     "Cập nhật số định danh cá nhân thay cho mã số thuế cá nhân từ ngày một tháng bảy năm hai "
     "nghìn không trăm hai mươi lăm."),
    # main missed
    ("Trung tâm DVTH xã Tân Lập thông báo lịch tiêm phòng dại.",
     "Trung tâm dịch vụ tổng hợp xã Tân Lập thông báo lịch tiêm phòng dại."),
    # main missed
    ("Kết thúc hoạt động của BCS đảng UBND tỉnh.",
     "Kết thúc hoạt động của ban cán sự đảng ủy ban nhân dân tỉnh."),
    # main missed
    ("Đất TMDV ven QL 3 có giá 4,5 triệu đồng/m2.",
     "Đất thương mại dịch vụ ven quốc lộ ba có giá bốn phẩy năm triệu đồng một mét vuông."),
    # main missed
    ("Chuyển 200 m2 từ đất CLN sang đất SKC.",
     "Chuyển hai trăm mét vuông từ đất trồng cây lâu năm sang đất cơ sở sản xuất phi nông nghiệp."),
    ("Xe chở lợn giống phải có giấy CNKD của thú y.",
     "Xe chở lợn giống phải có giấy chứng nhận kiểm dịch của thú y."),
    # main missed
    ("Đất DCH của xã được quy hoạch tại thôn 3.", "Đất chợ của xã được quy hoạch tại thôn ba."),
    ("Sở NN&MT công bố bảng giá đất điều chỉnh.",
     "Sở nông nghiệp và môi trường công bố bảng giá đất điều chỉnh."),
    ("HĐND xã (mới) thông qua Nghị quyết về giá đất.",
     "hội đồng nhân dân xã (mới) thông qua Nghị quyết về giá đất."),
    ("Thí sinh đăng ký NV1 vào trường THPT chuyên.",
     "Thí sinh đăng ký nguyện vọng một vào trường trung học phổ thông chuyên."),
    ("Lưu: VT, VP.", "Lưu: văn thư, văn phòng."),
    # main missed
    ("Công an tỉnh kiểm tra NĐC trên tuyến ĐT 741.",
     "Công an tỉnh kiểm tra nồng độ cồn trên tuyến đường tỉnh bảy trăm bốn mươi mốt."),
    # main missed
    ("Hội viên học BDHV số qua Zalo.", "Hội viên học bình dân học vụ số qua da lô."),
    # main missed
    ("Quán karaoke phải xuất HĐĐT từ MTT cho từng lần bán.",
     "Quán ca ra ô kê phải xuất hóa đơn điện tử từ máy tính tiền cho từng lần bán."),
    # main missed
    ("Đất NKH tại khu đồng Bãi Dài.", "Đất nông nghiệp khác tại khu đồng Bãi Dài."),
]  # fmt: skip

SECOND_PASS: list[tuple[str, str]] = [
    # main missed
    ("Tỷ lệ người dân có TK ĐDĐT đạt 85%.",
     "Tỷ lệ người dân có tài khoản định danh điện tử đạt tám mươi lăm phần trăm."),
    # main missed
    ("VKSND KV2 kiểm sát việc tạm giữ.",
     "viện kiểm sát nhân dân khu vực hai kiểm sát việc tạm giữ."),
    # main missed
    ("Khám chữa bệnh BHYT tại CSKCB ban đầu trên địa bàn tỉnh.",
     "Khám chữa bệnh bảo hiểm y tế tại cơ sở khám chữa bệnh ban đầu trên địa bàn tỉnh."),
    # main missed
    ("Giá đất thương mại, dịch vụ bằng 70% giá đất ở cùng VT.",
     "Giá đất thương mại, dịch vụ bằng bảy mươi phần trăm giá đất ở cùng vị trí."),
    # main missed
    ("Đất ở tại đô thị VT1 mặt đường Hùng Vương: 25 triệu đồng/m2.",
     "Đất ở tại đô thị vị trí một mặt đường Hùng Vương: hai mươi lăm triệu đồng một mét vuông."),
    # main missed
    ("Đăng ký sử dụng HĐĐT có mã của CQT khởi tạo từ MTT tại Thuế cơ sở 2.",
     "Đăng ký sử dụng hóa đơn điện tử có mã của cơ quan thuế khởi tạo từ máy tính tiền tại Thuế "
     "cơ sở hai."),
    # main missed
    ("Ban BC ĐB HĐND xã tại ĐVBC số 3 gồm 9 thành viên.",
     "Ban bầu cử đại biểu hội đồng nhân dân xã tại đơn vị bầu cử số ba gồm chín thành viên."),
    # main missed
    ("Tổ BC số 7 làm việc tại hội trường thôn Trung.",
     "Tổ bầu cử số bảy làm việc tại hội trường thôn Trung."),
    # main missed
    ("Sở DT&TG tỉnh hướng dẫn chính sách cho vùng ĐBDTTS&MN.",
     "Sở dân tộc và tôn giáo tỉnh hướng dẫn chính sách cho vùng đồng bào dân tộc thiểu số và "
     "miền núi."),
]  # fmt: skip

GUARDS: list[tuple[str, str]] = [
    ("CÂY ĐA 100 NĂM TUỔI Ở ĐẦU LÀNG", "cây đa một trăm năm tuổi ở đầu làng"),
    ("Cây đa đầu làng được công nhận cây di sản.", "Cây đa đầu làng được công nhận cây di sản."),
    ("ĐA DẠNG SINH HỌC VÙNG ĐỆM", "đa dạng sinh học vùng đệm"),
    ("Hoàn thành Đề án số 125/ĐA-UBND ngày 5/3.",
     "Hoàn thành Đề án số một trăm hai mươi lăm của ủy ban nhân dân ngày năm tháng ba."),
    ("Lưu: VT, VP.", "Lưu: văn thư, văn phòng."),
    ("Công ty CP VT Hà Nội tuyển lái xe.", "Công ty cổ phần vận tải Hà Nội tuyển lái xe."),
    ("Thí sinh đăng ký NV1 vào trường THPT chuyên.",
     "Thí sinh đăng ký nguyện vọng một vào trường trung học phổ thông chuyên."),
    ("Kho VT 12 ở khu B.", "Kho vê tê mười hai ở khu bê."),
    ("Xe chở lợn giống phải có giấy CNKD của thú y.",
     "Xe chở lợn giống phải có giấy chứng nhận kiểm dịch của thú y."),
    ("Lô heo không có CNKD bị tiêu hủy.", "Lô heo không có chứng nhận kiểm dịch bị tiêu hủy."),
    ("Phát BCS miễn phí tại TYT xã.", "Phát bao cao su miễn phí tại trạm y tế xã."),
    ("BẢN TIN THỜI SỰ TỐI NAY", "bản tin thời sự tối nay"),
    ("Hồ chứa ở MNC, cách đập 2 km.", "Hồ chứa ở mực nước chết, cách đập hai ki lô mét."),
    ("Nghiên cứu sinh (NCS) và NCS khác.", "Nghiên cứu sinh và Nghiên cứu sinh khác."),
    ("Hỗ trợ HT&TĐC cho 12 hộ.", "Hỗ trợ và tái định cư cho mười hai hộ."),
    ("HT các trường học họp giao ban.", "hiệu trưởng các trường học họp giao ban."),
    ("Sở GD&ĐT tổ chức thi.", "Sở giáo dục và đào tạo tổ chức thi."),
    ("Liên hệ ĐT 0912345678.", "Liên hệ điện thoại không chín một hai, ba bốn năm, sáu bảy tám."),
    ("Ủy ban MTTQ xã và UBMTTQVN tỉnh.",
     "Ủy ban mặt trận tổ quốc xã và ủy ban mặt trận tổ quốc việt nam tỉnh."),
    ("Xử phạt theo NĐ 168/2024/NĐ-CP.",
     "Xử phạt theo nghị định một trăm sáu mươi tám năm hai nghìn không trăm hai mươi tư của chính "
     "phủ."),
    ("Kích hoạt ĐDĐT mức 2.", "Kích hoạt định danh điện tử mức hai."),
    ("Cục TK tỉnh công bố số liệu.", "Cục thống kê tỉnh công bố số liệu."),
    ("Chuyển từ đất LUC sang ONT.",
     "Chuyển từ đất chuyên trồng lúa nước sang đất ở tại nông thôn."),
    ("Đường dây 35KV mất điện.", "Đường dây ba mươi lăm ki lô vôn mất điện."),
    ("VKSND KV 2 kiểm sát việc tạm giữ.",
     "viện kiểm sát nhân dân khu vực hai kiểm sát việc tạm giữ."),
    ("Nơi nhận: như trên; Lưu: VT, giá đất.", "Nơi nhận: như trên; Lưu: văn thư, giá đất."),
    ("Công ty TNHH VT Minh Anh thuê mặt đường.",
     "Công ty trách nhiệm hữu hạn vận tải Minh Anh thuê mặt đường."),
    ("Khám chữa bệnh BHYT tại TYT xã.", "Khám chữa bệnh bảo hiểm y tế tại trạm y tế xã."),
    ("Các thôn gửi BC trước ngày 5.", "Các thôn gửi báo cáo trước ngày năm."),
    ("Tổ trưởng nộp BC tuần.", "Tổ trưởng nộp báo cáo tuần."),
    ("Trường MN Hoa Sen và vùng DTTS&MN.",
     "Trường mầm non Hoa Sen và vùng dân tộc thiểu số và miền núi."),
]  # fmt: skip

MORE: list[tuple[str, str]] = [
    # main missed
    ("TAND KV12 tỉnh Gia Lai xét xử lưu động.",
     "tòa án nhân dân khu vực mười hai tỉnh Gia Lai xét xử lưu động."),
    # main missed
    ("Các CSKCB trên địa bàn nhận thẻ BHYT trên VNeID.",
     "Các cơ sở khám chữa bệnh trên địa bàn nhận thẻ bảo hiểm y tế trên vê en e ai đi."),
    ("Mở TK VNeID mức 2 cho người cao tuổi.",
     "Mở tài khoản vê en e ai đi mức hai cho người cao tuổi."),
    # main missed
    ("Trạm biến áp KV1 mất điện.", "Trạm biến áp khu vực một mất điện."),
]  # fmt: skip

ALL_PASSES = FIRST_PASS + AFTER_FIXES + SECOND_PASS + MORE + GUARDS


@pytest.mark.parametrize(("written", "spoken"), ALL_PASSES)
def test_round_ten_notices_of_the_reform_are_read_as_an_announcer_reads_them(
    written: str, spoken: str
) -> None:
    assert spoken_form(written) == spoken


HOSTILE = (
    "CNKD nộp thuế, ", "ĐA 06 ", "VT1, ", "TK ĐDĐT ", "BCS đảng ", "giá đất cùng VT ", "KV2, ",
)  # fmt: skip
"""Shapes of this file's rules, repeated: each must be read in time linear in its length."""


@pytest.mark.parametrize("unit", HOSTILE)
def test_reading_time_grows_linearly_with_the_round_ten_rules(unit: str) -> None:
    assert_reads_in_linear_time(unit)
