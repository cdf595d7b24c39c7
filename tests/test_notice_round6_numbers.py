"""Vietnamese reading, sixth round, the numbers family: scores and set scores that are not
ranges, a count of days before a range of days, dates and fractions in odd places (a named
day's date, a count over a total before named places, a rate over years, an age written 't',
a load written '3T5', '24/24'), codes read digit by digit (switches, rice varieties, service
numbers), a spaced dash that joins two names, dotted foreign abbreviations, and a signature
block written on one line. The batch was written with its readings before the reader was run
on it; the first-pass misses are marked where they stand."""

from __future__ import annotations

import pytest

from announcements.normalize import spoken_form

BATCH: list[tuple[str, str]] = [
    # A. scores and set scores
    ("Đội bóng chuyền nữ xã thắng 3-1 (25-20, 23-25, 25-18, 25-22).",
     "Đội bóng chuyền nữ xã thắng ba một (hai mươi lăm hai mươi, hai mươi ba hai mươi lăm, "
     "hai mươi lăm mười tám, hai mươi lăm hai mươi hai)."),
    ("Chung kết cầu lông đơn nam, anh Lò Văn Tâm thắng 2-1 với các ván 21-19, 18-21, 21-16.",
     "Chung kết cầu lông đơn nam, anh Lò Văn Tâm thắng hai một với các ván hai mươi mốt mười "
     "chín, mười tám hai mươi mốt, hai mươi mốt mười sáu."),
    ("Bóng bàn đồng đội: thôn Đông thắng thôn Nam 3-2, ván quyết định 11-9.",
     "Bóng bàn đồng đội: thôn Đông thắng thôn Nam ba hai, ván quyết định mười một chín."),
    ("Hai đội hòa 2-2 sau 90 phút, đá luân lưu 5-4.",
     "Hai đội hòa hai hai sau chín mươi phút, đá luân lưu năm bốn."),
    ("Đội kéo co nam thôn 3 thắng 2-0 trước thôn 5.",
     "Đội kéo co nam thôn ba thắng hai không trước thôn năm."),
    ("Đội nữ thôn Tây thắng sát nút 2-1 (25-23, 20-25, 15-13).",
     "Đội nữ thôn Tây thắng sát nút hai một (hai mươi lăm hai mươi ba, hai mươi hai mươi lăm, "
     "mười lăm mười ba)."),
    ("Kết quả trận bán kết bóng đá: Bản Mòng 2-1 Bản Khá.",
     "Kết quả trận bán kết bóng đá: Bản Mòng hai một Bản Khá."),
    ("Tuyển chọn nữ từ 18-25 tuổi tham gia đội văn nghệ.",
     "Tuyển chọn nữ từ mười tám đến hai mươi lăm tuổi tham gia đội văn nghệ."),
    ("Cự ly chạy việt dã 5-7 km tùy lứa tuổi.",
     "Cự ly chạy việt dã năm đến bảy ki lô mét tùy lứa tuổi."),
    ("Mỗi đội đăng ký 10-12 vận động viên.",
     "Mỗi đội đăng ký mười đến mười hai vận động viên."),
    # B. a count of days before a range or list of days
    ("Hội thi diễn ra trong 2 ngày 11-12/6 tại nhà văn hóa xã.",
     "Hội thi diễn ra trong hai ngày mười một đến mười hai tháng sáu tại nhà văn hóa xã."),
    ("Trạm y tế tiêm vắc xin trong 3 ngày 5, 6, 7/9.",
     "Trạm y tế tiêm vắc xin trong ba ngày năm, sáu, bảy tháng chín."),
    ("Giải bóng đá kéo dài 5 ngày 20-24/3.",
     "Giải bóng đá kéo dài năm ngày hai mươi đến hai mươi tư tháng ba."),
    ("Điện lực cắt điện 2 ngày 8 và 9/12 để sửa chữa đường dây.",
     "Điện lực cắt điện hai ngày tám và chín tháng mười hai để sửa chữa đường dây."),
    ("Lớp tập huấn mở trong 04 ngày 15-18/10/2025.",
     "Lớp tập huấn mở trong bốn ngày mười lăm đến mười tám tháng mười năm hai nghìn không "
     "trăm hai mươi lăm."),
    # C. dates and fractions in odd places
    ("Ngày hội Đại đoàn kết toàn dân tộc 18/11 thôn Đông tổ chức tại sân văn hóa.",
     "Ngày hội Đại đoàn kết toàn dân tộc mười tám tháng mười một thôn Đông tổ chức tại sân "
     "văn hóa."),
    ("Ngày hội 18/11 thôn Tân Lập diễn ra vui tươi.",
     "Ngày hội mười tám tháng mười một thôn Tân Lập diễn ra vui tươi."),
    ("Dịch đã xuất hiện ở 3/5 xã Tân Lập, Tân Hòa và Tân Phú.",
     "Dịch đã xuất hiện ở ba trên năm xã Tân Lập, Tân Hòa và Tân Phú."),
    ("Mưa lớn gây ngập tại 4/9 thôn Đông, Tây, Nam, Bắc.",
     "Mưa lớn gây ngập tại bốn trên chín thôn Đông, Tây, Nam, Bắc."),
    ("Chi phí đi làm việc tại Hàn Quốc khoảng 3.500 USD/người/3 năm.",
     "Chi phí đi làm việc tại Hàn Quốc khoảng ba nghìn năm trăm đô la Mỹ một người ba năm."),
    ("Mức đóng 1.200.000 đồng/người/5 năm.",
     "Mức đóng một triệu hai trăm nghìn đồng một người năm năm."),
    ("Tìm người thân: ông Nguyễn Văn Sáu, 45t, mặc áo xanh, đi lạc từ chiều 3/12.",
     "Tìm người thân: ông Nguyễn Văn Sáu, bốn mươi lăm tuổi, mặc áo xanh, đi lạc từ chiều "
     "mùng ba tháng mười hai."),
    ("Cháu Lò Thị Mai, 12t, cao khoảng 1m40, ai thấy xin báo công an xã.",
     "Cháu Lò Thị Mai, mười hai tuổi, cao khoảng một mét bốn mươi, ai thấy xin báo công an "
     "xã."),
    ("Bệnh nhân nam, 67t, trú tại thôn 4, dương tính với sốt xuất huyết.",
     "Bệnh nhân nam, sáu mươi bảy tuổi, trú tại thôn bốn, dương tính với sốt xuất huyết."),
    ("Cầu yếu, cấm xe trên 3T5 đi qua.",
     "Cầu yếu, cấm xe trên ba tấn năm đi qua."),
    ("Xe tải 1T25 chở hàng được vào nội thôn.",
     "Xe tải một tấn hai mươi lăm chở hàng được vào nội thôn."),
    ("Trạm y tế trực cấp cứu 24/24 giờ.",
     "Trạm y tế trực cấp cứu hai mươi tư trên hai mươi tư giờ."),
    ("Đường dây nóng hoạt động 24/7.",
     "Đường dây nóng hoạt động hai mươi tư trên bảy."),
    # D. codes read digit by digit
    ("Điện lực thao tác máy cắt 471 lúc 7h.",
     "Điện lực thao tác máy cắt bốn bảy một lúc bảy giờ."),
    ("Cắt máy cắt 372 và máy cắt 374 trạm 110kV Đồng Xoài.",
     "Cắt máy cắt ba bảy hai và máy cắt ba bảy bốn trạm một trăm mười ki lô vôn Đồng Xoài."),
    ("Mất điện sau xuất tuyến 473 từ 8h đến 16h.",
     "Mất điện sau xuất tuyến bốn bảy ba từ tám giờ đến mười sáu giờ."),
    ("Vụ này xã gieo cấy giống BC15 và Khang dân 18.",
     "Vụ này xã gieo cấy giống bê xê mười lăm và Khang dân mười tám."),
    ("Khuyến cáo dùng giống lúa TBR225, HT1 cho vụ mùa.",
     "Khuyến cáo dùng giống lúa tê bê e rờ hai hai năm, hát tê một cho vụ mùa."),
    ("Người dân phản ánh về số 1022 hoặc 113.",
     "Người dân phản ánh về số một không hai hai hoặc một một ba."),
    ("Gọi cứu hỏa 114 hoặc 0274.3822114.",
     "Gọi cứu hỏa một một bốn hoặc không hai bảy bốn, ba tám hai hai, một một bốn."),
    # E. a spaced dash that joins
    ("Nhà văn hóa mở lớp dạy song ngữ Việt - Thái cho thiếu nhi.",
     "Nhà văn hóa mở lớp dạy song ngữ Việt Thái cho thiếu nhi."),
    ("Tuyến đường sắt Hà Nội - Lào Cai tạm dừng chạy tàu.",
     "Tuyến đường sắt Hà Nội Lào Cai tạm dừng chạy tàu."),
    ("Kỷ niệm 60 năm quan hệ hữu nghị Việt Nam - Lào.",
     "Kỷ niệm sáu mươi năm quan hệ hữu nghị Việt Nam Lào."),
    ("Đoạn cao tốc Cam Lộ - La Sơn hạn chế tốc độ.",
     "Đoạn cao tốc Cam Lộ La Sơn hạn chế tốc độ."),
    ("Xe buýt tuyến Vinh - Cửa Lò chạy thêm chuyến.",
     "Xe buýt tuyến Vinh Cửa Lò chạy thêm chuyến."),
    ("THÔNG BÁO - Lịch cắt điện tuần này.",
     "THÔNG BÁO, Lịch cắt điện tuần này."),
    ("Ông Nguyễn Văn Nam - Chủ tịch UBND xã phát biểu.",
     "Ông Nguyễn Văn Nam, Chủ tịch ủy ban nhân dân xã phát biểu."),
    # F. dotted foreign abbreviations
    ("Hội nghị diễn ra tại thủ đô Washington D.C. của Hoa Kỳ.",
     "Hội nghị diễn ra tại thủ đô Oa sinh tơn đi xi của Hoa Kỳ."),
    ("Đoàn đại biểu thăm thành phố St. Petersburg.",
     "Đoàn đại biểu thăm thành phố Xanh Pê téc bua."),
    ("Sân bay John F. Kennedy tạm đóng cửa.",
     "Sân bay Giôn ép Ken nơ đi tạm đóng cửa."),
    # G. a signature block on one line
    ("TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH Nguyễn Văn Bình",
     "thay mặt ủy ban nhân dân, ký thay chủ tịch, phó chủ tịch, Nguyễn Văn Bình"),
    ("TM. BAN CHỈ ĐẠO TRƯỞNG BAN Lê Văn Cường",
     "thay mặt ban chỉ đạo, trưởng ban, Lê Văn Cường"),
    ("TL. CHỦ TỊCH CHÁNH VĂN PHÒNG Trần Thị Hoa",
     "thừa lệnh chủ tịch, chánh văn phòng, Trần Thị Hoa"),
    ("KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC Phạm Văn Đức",
     "ký thay giám đốc, phó giám đốc, Phạm Văn Đức"),
    ("TM. ĐẢNG ỦY BÍ THƯ Hoàng Văn Em",
     "thay mặt đảng ủy, bí thư, Hoàng Văn Em"),
]


@pytest.mark.parametrize(("written", "spoken"), BATCH)
def test_round_six_numbers_are_read_as_an_announcer_reads_them(written: str, spoken: str) -> None:
    assert spoken_form(written) == spoken
