"""Faults blind rounds 99-102 found still left (issue 16), each as a class with phrases of our
own from real notice language and phrases that must stay as they are: a mark typed wrong
('rữa tay', 'bão hiểm', 'gội điện', 'thiệt hai')."""

from __future__ import annotations

import pytest

from announcements.normalize import Reader

SLIPS: list[tuple[str, str]] = [
    # hỏi typed for ngã and ngã for hỏi: the typed word is one, but not beside its neighbour
    ("Thường xuyên rữa tay bằng xà phòng.", "Thường xuyên rửa tay bằng xà phòng."),
    ("Rữa sạch rau quả trước khi ăn.", "Rửa sạch rau quả trước khi ăn."),
    ("Không được sữa chữa nhà khi chưa có giấy phép.",
     "Không được sửa chữa nhà khi chưa có giấy phép."),
    ("Tham gia bão hiểm y tế hộ gia đình.", "Tham gia bảo hiểm y tế hộ gia đình."),
    ("Đảm bão an toàn cho người và tài sản.", "Đảm bảo an toàn cho người và tài sản."),
    ("Chủ động bão vệ rừng đầu nguồn.", "Chủ động bảo vệ rừng đầu nguồn."),
    ("Chuẩn bị ứng phó lủ quét và sạt lỡ đất.", "Chuẩn bị ứng phó lũ quét và sạt lở đất."),
    ("Cơn bảo số 3 gây mưa lớn.", "Cơn bão số ba gây mưa lớn."),
    ("Phun thuốc khữ trùng chuồng trại.", "Phun thuốc khử trùng chuồng trại."),
    ("Cán bộ kỷ thuật hướng dẩn bà con.", "Cán bộ kỹ thuật hướng dẫn bà con."),
    ("Các hộ sẻ được hỗ trợ gạo.", "Các hộ sẽ được hỗ trợ gạo."),
    ("Chương trình đả được triển khai.", "Chương trình đã được triển khai."),
    ("Vẩn còn nhiều hộ chưa nộp.", "Vẫn còn nhiều hộ chưa nộp."),
    ("Nhắc nhỡ các cháu nghĩ hè an toàn.", "Nhắc nhở các cháu nghỉ hè an toàn."),
    ("Mỡ rộng đường liên thôn.", "Mở rộng đường liên thôn."),
    ("Phải giử gìn vệ sinh chung.", "Phải giữ gìn vệ sinh chung."),
    ("Triễn khai tiêm chũng cho trẻ.", "Triển khai tiêm chủng cho trẻ."),
    ("Khơi thông cống rảnh quanh nhà.", "Khơi thông cống rãnh quanh nhà."),
    # a mark lost or the wrong consonant: only the other word fits
    ("Khi có sự cố gội điện cho trưởng thôn.", "Khi có sự cố gọi điện cho trưởng thôn."),
    ("Có thắc mắc xin gội tổng đài của xã.", "Có thắc mắc xin gọi tổng đài của xã."),
    ("Bão gây thiệt hai nặng nề cho bà con.", "Bão gây thiệt hại nặng nề cho bà con."),
    ("Tác hai của thuốc lá.", "Tác hại của thuốc lá."),
    ("Đề nghị sử lý nghiêm các trường hợp vi phạm.",
     "Đề nghị xử lý nghiêm các trường hợp vi phạm."),
    ("Nếu vi phạm sẽ bị sử phạt.", "Nếu vi phạm sẽ bị xử phạt."),
    ("Kinh mời bà con đến dự họp.", "Kính mời bà con đến dự họp."),
    # the trial's other instances (v30reader): ngã typed as hỏi in 'chữa', 'nghĩ'
    ("Bà con tích cực sửa chửa chuồng trại.", "Bà con tích cực sửa chữa chuồng trại."),
    ("Trạm y tế chửa bệnh miễn phí.", "Trạm y tế chữa bệnh miễn phí."),
    ("Đội chửa cháy có mặt kịp thời.", "Đội chữa cháy có mặt kịp thời."),
    ("Tôi nghỉ rằng bà con sẽ đồng tình.", "Tôi nghĩ rằng bà con sẽ đồng tình."),
]  # fmt: skip


SLIPS_KEPT = [
    "Gội đầu bằng nước sạch.",
    "Sau bão vệ sinh môi trường, phun thuốc.",
    "Chúng tôi chia sẻ được nhiều kinh nghiệm.",
    "Nước vẩn đục sau mưa.",
    "Xe chở mỡ heo vào chợ.",
    "Xác động vật thối rữa tay không được chạm vào.",
    "Vụ tai nạn làm thiệt hai người.",
    "Kinh tế xã phát triển ổn định.",
    "Khắc phục hậu quả thiệt hại do bão.",
    "Bảo vệ rừng là trách nhiệm chung.",
    "Đảm bảo lũ không tràn vào khu dân cư.",
    "Mẹ bảo lũ trẻ về nhà trước khi mưa.",
    "Lau khô rồi mới mở cửa tủ điện.",
    # 'tác' closing a word ('hợp tác', 'công tác', 'canh tác'): 'hai' is two (v30reader)
    "Hai xã hợp tác hai bên cùng có lợi.",
    "Cán bộ đi công tác hai ngày ở huyện.",
    "Bà con canh tác hai vụ lúa mỗi năm.",
    "Nhạc sĩ sáng tác hai bài hát về quê hương.",
    "Tập thao tác hai lần mỗi ngày.",
    "Cộng tác hai năm với đài truyền thanh.",
    "Chị ấy đang chửa con so.",
    # the word after the pair's second makes a word of it: a storm, then 'lãnh đạo' …
    "Sau bão lãnh đạo xã đến thăm bà con.",
    "Sau cơn bão hành lang trường học bị hư hỏng.",
    "Sau bão quản lý chặt nguồn nước sinh hoạt.",
    "Sau bão tồn tại nhiều khó khăn cần khắc phục.",
    "Mỡ lớp dưới da của heo.",
    # the word before the pair's first makes a word of it ('tranh cãi', 'lịch sử', 'yên tĩnh')
    "Bà con còn tranh cãi cách chia tiền hỗ trợ.",
    "Môn lịch sử lý giải nguồn gốc của làng.",
    "Không gian yên tĩnh lộ ra vẻ đẹp của làng.",
]


@pytest.mark.parametrize("written", SLIPS_KEPT)
def test_a_word_that_fits_is_kept(written: str) -> None:
    reading = Reader().read(written)
    assert reading.guessed == ()
    assert reading.spoken.split()[:6] == written.split()[:6]


LISTS: list[tuple[str, str]] = [
    # what a land or a law office numbers is counted in whole numbers
    ("Cấp giấy chứng nhận thửa số 128,129 tờ bản đồ số 5.",
     "Cấp giấy chứng nhận thửa số một trăm hai mươi tám, một trăm hai mươi chín tờ bản đồ số"
     " năm."),
    ("Thửa đất số 45,46 có diện tích 1,5 ha.",
     "Thửa đất số bốn mươi lăm, bốn mươi sáu có diện tích một phẩy năm héc ta."),
    ("Tờ bản đồ số 5,6 xã Nghĩa Phú.", "Tờ bản đồ số năm, sáu xã Nghĩa Phú."),
    ("Các lô 12,13,14 khu quy hoạch dân cư.",
     "Các lô mười hai, mười ba, mười bốn khu quy hoạch dân cư."),
    ("Căn cứ khoản 1,2 Điều 5 Luật Đất đai.", "Căn cứ khoản một, hai Điều năm Luật Đất đai."),
    ("Học sinh lớp 5,6 nghỉ học buổi chiều.", "Học sinh lớp năm, sáu nghỉ học buổi chiều."),
    ("Tầng 2,3 nhà văn hóa đang sửa.", "Tầng hai, ba nhà văn hóa đang sửa."),
    ("Ngày 5,6 tháng 12 tổ chức hội thi.", "Ngày năm, sáu tháng mười hai tổ chức hội thi."),
    # the trial's other instances (v30reader): the last day after 'và', a meeting room
    ("Các ngày 5,6 và 7 tháng 12 tổ chức hội thi.",
     "Các ngày năm, sáu và bảy tháng mười hai tổ chức hội thi."),
    ("Họp tại phòng họp số 1,2 tầng 2.", "Họp tại phòng họp số một, hai tầng hai."),
    # a third group: no decimal has two commas
    ("Thửa 128,129,130 và 131.",
     "Thửa một trăm hai mươi tám, một trăm hai mươi chín, một trăm ba mươi và một trăm ba"
     " mươi mốt."),
    # thousands typed the English way
    ("Hỗ trợ 1,000,000 đồng mỗi hộ.", "Hỗ trợ một triệu đồng mỗi hộ."),
    # decimals stay decimals: a unit or a scale after them, or nothing that is counted whole
    ("Diện tích 2,5 ha đất trồng lúa.", "Diện tích hai phẩy năm héc ta đất trồng lúa."),
    ("Tổng kinh phí 1,2 tỷ đồng.", "Tổng kinh phí một phẩy hai tỷ đồng."),
    ("Lô đất 2,5 ha giao cho hợp tác xã.", "Lô đất hai phẩy năm héc ta giao cho hợp tác xã."),
    ("Thửa 1,5 sào trồng lúa.", "Thửa một phẩy năm sào trồng lúa."),
    ("Năng suất đạt 45,46 tạ/ha.", "Năng suất đạt bốn mươi lăm phẩy bốn mươi sáu tạ một héc ta."),
    ("Điểm trung bình 8,25.", "Điểm trung bình tám phẩy hai mươi lăm."),
    ("Lớp đất dày 1,5 m.", "Lớp đất dày một phẩy năm mét."),
    ("Nghỉ ngày 1,5 rồi đi làm.", "Nghỉ ngày một phẩy năm rồi đi làm."),
    ("Nghỉ ngày 1,5 và 2 buổi.", "Nghỉ ngày một phẩy năm và hai buổi."),
]  # fmt: skip


UNITS_TYPED_LOW: list[tuple[str, str]] = [
    ("Nhiệt độ cao nhất 35 độ c, thấp nhất 20 độ C.",
     "Nhiệt độ cao nhất ba mươi lăm độ xê, thấp nhất hai mươi độ xê."),
    ("Nhiệt độ từ 18°c đến 22oC.", "Nhiệt độ từ mười tám độ xê đến hai mươi hai độ xê."),
    ("Nhiệt độ ngoài trời 32 oc.", "Nhiệt độ ngoài trời ba mươi hai độ xê."),
    ("Nhiệt độ 30oc vào buổi trưa.", "Nhiệt độ ba mươi độ xê vào buổi trưa."),
    ("Xe máy chạy tối đa 40km/H.", "Xe máy chạy tối đa bốn mươi ki lô mét trên giờ."),
    ("Tốc độ tối đa 60 Km/h.", "Tốc độ tối đa sáu mươi ki lô mét trên giờ."),
    ("Công suất 5 kw, điện năng 100 kwh.",
     "Công suất năm ki lô oát, điện năng một trăm ki lô oát giờ."),
    ("Mỗi hộ tiêu thụ 3 Kwh mỗi ngày.", "Mỗi hộ tiêu thụ ba ki lô oát giờ mỗi ngày."),
    ("Cắt điện đường dây 22 kv.", "Cắt điện đường dây hai mươi hai ki lô vôn."),
    ("Trạm biến áp 250 kva.", "Trạm biến áp hai trăm năm mươi ki lô vôn am pe."),
    ("Nhà máy điện mặt trời 50 mw.", "Nhà máy điện mặt trời năm mươi mê ga oát."),
    ("Thể tích bể 20 m3.", "Thể tích bể hai mươi mét khối."),
    ("Xe chạy chậm dưới 30 kmh qua khu dân cư.",
     "Xe chạy chậm dưới ba mươi ki lô mét trên giờ qua khu dân cư."),
]  # fmt: skip


SERVICE_NUMBERS: list[tuple[str, str]] = [
    ("Trường hợp khẩn cấp, bà con báo 113 hoặc 114.",
     "Trường hợp khẩn cấp, bà con báo một một ba hoặc một một bốn."),
    ("Khi có tai nạn, bà con thông báo qua số 115 hoặc 113 để được hỗ trợ.",
     "Khi có tai nạn, bà con thông báo qua số một một năm hoặc một một ba để được hỗ trợ."),
    ("Đường dây nóng của tỉnh là 1022, hoạt động cả ngày.",
     "Đường dây nóng của tỉnh là một không hai hai, hoạt động cả ngày."),
    ("Mọi phản ánh xin gửi về tổng đài 1022 của tỉnh.",
     "Mọi phản ánh xin gửi về tổng đài một không hai hai của tỉnh."),
    ("Phát hiện cháy, báo ngay cho lực lượng phòng cháy chữa cháy qua số 114.",
     "Phát hiện cháy, báo ngay cho lực lượng phòng cháy chữa cháy qua số một một bốn."),
    ("Phát hiện đối tượng khả nghi, hãy báo cho công an xã hoặc 113.",
     "Phát hiện đối tượng khả nghi, hãy báo cho công an xã hoặc một một ba."),
    ("Khi có người bị nạn, lập tức liên hệ 115.",
     "Khi có người bị nạn, lập tức liên hệ một một năm."),
    ("Mọi thông tin xin liên hệ tổng đài 1900 1234 hoặc 1800 1091.",
     "Mọi thông tin xin liên hệ tổng đài một chín không không, một hai ba bốn hoặc một tám không"
     " không, một không chín một."),
    # counts stay counts
    ("Thôn có 113 hộ tham gia.", "Thôn có một trăm mười ba hộ tham gia."),
    ("Đã có 114 người được tiêm.", "Đã có một trăm mười bốn người được tiêm."),
    ("Có 113, 114 hộ ở hai thôn.", "Có một trăm mười ba, một trăm mười bốn hộ ở hai thôn."),
    ("Đã tiếp nhận 113 hoặc 114 cuộc gọi.",
     "Đã tiếp nhận một trăm mười ba hoặc một trăm mười bốn cuộc gọi."),
    ("Số cuộc gọi đến tổng đài là 115.", "Số cuộc gọi đến tổng đài là một trăm mười lăm."),
    ("Thửa số 113, 114 tờ bản đồ số 5.",
     "Thửa số một trăm mười ba, một trăm mười bốn tờ bản đồ số năm."),
]  # fmt: skip


HIDDEN_DIGITS: list[tuple[str, str]] = [
    # one number's masked digits are said (session 32 left them unsaid after any prefix; blind
    # rounds 111-112 judged a number said short sai): unsaid only after 'đầu số' and the like
    ("Liên hệ tổng đài 1900 xxxx để được hỗ trợ.",
     "Liên hệ tổng đài một chín không không, ích xì ích xì ích xì ích xì để được hỗ trợ."),
    ("Đường dây nóng: 1800 XXXX.",
     "Đường dây nóng: một tám không không, ích xì ích xì ích xì ích xì."),
    ("Gọi số 1900 xx xx.", "Gọi số một chín không không, ích xì ích xì, ích xì ích xì."),
    ("Tổng đài 1900xxxx.", "Tổng đài một chín không không, ích xì ích xì ích xì ích xì."),
    ("Số lạ 0912 XXX XXX.",
     "Số lạ không chín một hai, ích xì ích xì ích xì, ích xì ích xì ích xì."),
    # a numeral stays a numeral
    ("Đại hội XX của Đảng.", "Đại hội hai mươi của Đảng."),
]  # fmt: skip


GLUED_NAMES: list[tuple[str, str]] = [
    # a place's name run together, cut where the place list cuts it, not into the fewest
    # syllables anywhere ('phú nghiệp')
    ("Truy cập phunghiep.haugiang.gov.vn để biết thêm.",
     "Truy cập phụng hiệp chấm hậu giang chấm gờ o vê chấm vê en để biết thêm."),
    ("Góp ý gửi về xaphunghiep.gov.vn.", "Góp ý gửi về xã phụng hiệp chấm gờ o vê chấm vê en."),
    ("Email: ubndphunghiep@gmail.com", "I meo: u bê en đê phụng hiệp a còng gờ meo chấm com"),
    ("Xem chi tiết tại dienchau.nghean.gov.vn.",
     "Xem chi tiết tại diễn châu chấm nghệ an chấm gờ o vê chấm vê en."),
    # a phrase of the address words beats a place of the same letters ('Cô Ngân', 'Văn Phong')
    ("Zalo: congan.bacninh", "Da lô: công an chấm bắc ninh"),
    ("Trang web: vanphongubnd.nghean.gov.vn",
     "Trang oép: văn phòng u bê en đê chấm nghệ an chấm gờ o vê chấm vê en"),
    # a station's own lexicon entry for the name beats the place list
    ("tên mạng HCC_XaTanLap", "tên mạng hát xê xê gạch dưới xã Tân Lập"),
    # a tag: its mark said, its letters read as an address's label
    ("Hãy theo dõi #eakar và #dienchau.", "Hãy theo dõi hát tác Ê a Ca và hát tác diễn châu."),
    ("Theo dõi hashtag #DienChau.", "Theo dõi hát tác diễn châu."),
    ("Theo dõi trang #Viettel.", "Theo dõi trang hát tác vi ét ten."),
    ("Xem #tintuc_xa.", "Xem hát tác tin tức gạch dưới xa."),
    # a Highland place's own words are no foreign word to report
    ("Trang eakar.daklak.gov.vn đã cập nhật.",
     "Trang Ê a Ca chấm đắk lắk chấm gờ o vê chấm vê en đã cập nhật."),
    ("Huyện Ea Kar tổ chức hội nghị.", "Huyện Ê a Ca tổ chức hội nghị."),
    # brands from the loan words, glued or not
    ("Truy cập viettel.vn hoặc hotroviettel.vn.",
     "Truy cập vi ét ten chấm vê en hoặc hỗ trợ vi ét ten chấm vê en."),
    ("Mạng Viettel, Vinaphone, Mobifone đều hỗ trợ.",
     "Mạng vi ét ten, vi na phôn, mô bi phôn đều hỗ trợ."),
    ("Truy cập vietteltelecom.vn để tra cứu.",
     "Truy cập vi ét ten tê lê com chấm vê en để tra cứu."),
    # a party committee's office: a phrase of the address words, not 'văn phòng đăng' (ký)
    ("Gửi thư về vanphongdanguy@gmail.com.",
     "Gửi thư về văn phòng đảng ủy a còng gờ meo chấm com."),
    # a place's name over letters that only cross two words of an expansion ('giáo dục phổ
    # thông' has 'dục phổ', 'tự do' was 'tự đô'); a whole word of one still wins (v30reader)
    ("Xem tin tại ducpho.quangngai.gov.vn.",
     "Xem tin tại đức phổ chấm quảng ngãi chấm gờ o vê chấm vê en."),
    ("Theo dõi #ducpho và #camlo.", "Theo dõi hát tác đức phổ và hát tác cam lộ."),
    ("Gửi thư về ubndxatudo@gmail.com.",
     "Gửi thư về u bê en đê xã tự do a còng gờ meo chấm com."),
    ("Truy cập giaoducphothong.edu.vn.",
     "Truy cập giáo dục phổ thông chấm e đu chấm vê en."),
    ("Gửi về phutrach@gmail.com.", "Gửi về phụ trách a còng gờ meo chấm com."),
    # '#' before a number, a password's, a service code's: as before
    ("Bấm *101# để kiểm tra.", "Bấm sao một không một thăng để kiểm tra."),
]  # fmt: skip

READ = [*SLIPS, *LISTS, *UNITS_TYPED_LOW, *SERVICE_NUMBERS, *HIDDEN_DIGITS, *GLUED_NAMES]


@pytest.mark.parametrize(("written", "spoken"), READ)
def test_read_as_an_announcer_reads_it(written: str, spoken: str) -> None:
    reading = Reader({"tanlap": "Tân Lập"}).read(written)
    assert (reading.spoken, reading.guessed) == (spoken, ())
