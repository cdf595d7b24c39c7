"""Abbreviations and acronyms in bulk, second pass (issue 16): 854 letters of sectors the first
pass was thin on (courts, customs, border posts, fishing boats, forests, churches, censuses,
the two-level communes, titles, academies, the army, taxes and elections) and acronyms said
as a word were read in a sentence each; these are the families the reader spelled or guessed,
a sentence each, and letters that look alike and must not change: the same letters in a code,
a plate, a room or a password."""

from __future__ import annotations

import pytest

from announcements.normalize import spoken_form

EXPANDED: list[tuple[str, str]] = [
    # courts, procuracy, enforcement and legal aid
    ("TANDCC tại Hà Nội xét xử phúc thẩm vụ án.",
     "tòa án nhân dân cấp cao tại Hà Nội xét xử phúc thẩm vụ án."),
    ("Người được TTTGPLNN hỗ trợ miễn phí.",
     "Người được trung tâm trợ giúp pháp lý nhà nước hỗ trợ miễn phí."),
    ("Đã ban hành QĐXPVPHC đối với hộ kinh doanh.",
     "Đã ban hành quyết định xử phạt vi phạm hành chính đối với hộ kinh doanh."),
    # banks, credit and funds
    ("Hội viên vay vốn QHTND để chăn nuôi bò.",
     "Hội viên vay vốn quỹ hỗ trợ nông dân để chăn nuôi bò."),
    ("Cho vay hộ SXKDVKK lãi suất ưu đãi.",
     "Cho vay hộ sản xuất kinh doanh vùng khó khăn lãi suất ưu đãi."),
    # post, one-stop shops and the commune's radio
    ("Nộp hồ sơ tại BPTN&TKQ của xã.", "Nộp hồ sơ tại bộ phận tiếp nhận và trả kết quả của xã."),
    ("Thành viên TCNSCĐ hướng dẫn bà con cài ứng dụng.",
     "Thành viên tổ công nghệ số cộng đồng hướng dẫn bà con cài ứng dụng."),
    # power, water and waste
    ("Không trồng cây cao trong HLBVATLĐCA.",
     "Không trồng cây cao trong hành lang bảo vệ an toàn lưới điện cao áp."),
    ("Hưởng ứng giờ Trái đất, thực hiện TKĐ.", "Hưởng ứng giờ Trái đất, thực hiện tiết kiệm điện."),
    # transport
    ("Chủ xe mang xe đến TTĐK để ĐKPT theo lịch.",
     "Chủ xe mang xe đến trung tâm đăng kiểm để đăng ký phương tiện theo lịch."),
    ("Doanh nghiệp VTHK chấp hành quy định về tốc độ.",
     "Doanh nghiệp vận tải hành khách chấp hành quy định về tốc độ."),
    # building, planning and land
    ("Công trình xây dựng vượt CGXD sẽ bị xử lý.",
     "Công trình xây dựng vượt chỉ giới xây dựng sẽ bị xử lý."),
    ("Công khai kết quả ĐGĐ tại KDCM thôn 4.",
     "Công khai kết quả đấu giá đất tại khu dân cư mới thôn bốn."),
    # customs, market control and smuggling
    ("Lực lượng CCHQ cửa khẩu phối hợp CBLGLTM dịp Tết.",
     "Lực lượng chi cục hải quan cửa khẩu phối hợp chống buôn lậu, gian lận thương mại dịp Tết."),
    ("Hàng TNTX phải làm thủ tục tại HQCK.",
     "Hàng tạm nhập tái xuất phải làm thủ tục tại hải quan cửa khẩu."),
    # border guard and the army
    ("Cán bộ ĐBP Na Mèo tuyên truyền trong KVBG.",
     "Cán bộ đồn biên phòng Na Mèo tuyên truyền trong khu vực biên giới."),
    ("Toàn thể HSQBS đơn vị duy trì TTSSCĐ.",
     "Toàn thể hạ sĩ quan binh sĩ đơn vị duy trì trực sẵn sàng chiến đấu."),
    # fishing boats and storms
    ("Tàu cá phải lắp TBGSHT và về KNĐTTB khi có bão.",
     "Tàu cá phải lắp thiết bị giám sát hành trình và về khu neo đậu tránh trú bão khi có bão."),
    # forests
    ("Không săn bắt ĐVRNCQH, khai thác LSNG trái phép.",
     "Không săn bắt động vật rừng nguy cấp, quý, hiếm, khai thác lâm sản ngoài gỗ trái phép."),
    # ethnic affairs
    ("Giảm THHNCHT trong vùng DTTSMN.",
     "Giảm tảo hôn và hôn nhân cận huyết thống trong vùng dân tộc thiểu số và miền núi."),
    # religion
    ("BĐKCG giáo xứ phối hợp giữ gìn an ninh tại CSTG.",
     "ban đoàn kết công giáo giáo xứ phối hợp giữ gìn an ninh tại cơ sở tôn giáo."),
    # statistics and censuses
    ("Điều tra viên ĐTMSDC đến từng hộ.", "Điều tra viên điều tra mức sống dân cư đến từng hộ."),
    ("Công bố kết quả RSHNHCN.", "Công bố kết quả rà soát hộ nghèo, hộ cận nghèo."),
    # the two-level communes and their staff
    ("Thực hiện SXĐVHC, bố trí CBKCT dôi dư.",
     "Thực hiện sắp xếp đơn vị hành chính, bố trí cán bộ không chuyên trách dôi dư."),
    # standards and farm inputs
    ("Cửa hàng buôn bán TBVTV phải có GCNĐĐK.",
     "Cửa hàng buôn bán thuốc bảo vệ thực vật phải có giấy chứng nhận đủ điều kiện."),
    # degrees, titles and academies
    ("GS.TS Nguyễn Văn An, DSCKI Lê Thị Hoa tư vấn.",
     "giáo sư tiến sĩ Nguyễn Văn An, dược sĩ chuyên khoa một Lê Thị Hoa tư vấn."),
    ("Tuyển sinh vào HVANND và HVKTQS.",
     "Tuyển sinh vào học viện an ninh nhân dân và học viện kỹ thuật quân sự."),
    ("Đ/C Phó chủ tịch xã dự họp.", "đồng chí Phó chủ tịch xã dự họp."),
    # hospitals and families
    ("Đưa người bệnh lên BVTW điều trị; thăm hỏi GĐLS.",
     "Đưa người bệnh lên bệnh viện trung ương điều trị; thăm hỏi gia đình liệt sĩ."),
    # army, drafts and defence education
    ("Tổ chức LTGQ; đón QNXN về địa phương.",
     "Tổ chức lễ giao quân; đón quân nhân xuất ngũ về địa phương."),
    ("Dự lớp BDKTQP&AN.", "Dự lớp bồi dưỡng kiến thức quốc phòng và an ninh."),
    ("Chi bộ làm tốt CTĐ-CTCT.", "Chi bộ làm tốt công tác đảng, công tác chính trị."),
    # taxes, insurance and jobs
    ("ĐTLX hướng dẫn HKDCT kê khai.", "đội thuế liên xã hướng dẫn hộ kinh doanh cá thể kê khai."),
    ("Vận động tham gia BHXHBB.", "Vận động tham gia bảo hiểm xã hội bắt buộc."),
    # elections and the centre's bodies
    ("Danh sách NTUC được giới thiệu tại HNHT lần thứ ba.",
     "Danh sách người tự ứng cử được giới thiệu tại hội nghị hiệp thương lần thứ ba."),
    # acronyms said as a word
    ("Quỹ GAVI tài trợ vắc xin cho trẻ em.", "Quỹ ga vi tài trợ vắc xin cho trẻ em."),
    ("Khu vực mậu dịch tự do AFTA mở ra thị trường.",
     "Khu vực mậu dịch tự do áp ta mở ra thị trường."),
    ("Bệnh nhân được can thiệp ECMO kịp thời.", "Bệnh nhân được can thiệp éc mô kịp thời."),
    ("Phòng VIP của nhà văn hóa.", "Phòng víp của nhà văn hóa."),
    ("Đồng bằng sông MEKONG và khu RAMSAR Xuân Thủy.",
     "Đồng bằng sông mê kông và khu ram xa Xuân Thủy."),
]  # fmt: skip

LOOK_ALIKES: list[tuple[str, str]] = [
    # the same letters in codes, plates, rooms, passwords and English words
    ("Mã hồ sơ XNK2025 đã nhận.", "Mã hồ sơ ích en ca hai không hai năm đã nhận."),
    ("Biển số 29A-CKC12 vi phạm.", "Biển số hai chín a, xê ca xê một hai vi phạm."),
    ("Mật khẩu wifi là vip@2025.", "Mật khẩu oai phai là vê i pê a còng hai không hai năm."),
    ("Phòng CTK-01 tầng hai.", "Phòng xê tê ca không một tầng hai."),
    ("Lớp CVC3 học tại phòng 204.", "Lớp xê vê xê ba học tại phòng hai trăm linh bốn."),
    # Điện Biên Phủ keeps its own context
    ("Kỷ niệm Chiến thắng ĐBP.", "Kỷ niệm Chiến thắng điện biên phủ."),
    ("Mã hàng CTCT-09 đã giao.", "Mã hàng xê tê xê tê không chín đã giao."),
]  # fmt: skip


@pytest.mark.parametrize(("written", "spoken"), EXPANDED)
def test_sector_abbreviations_are_expanded_and_acronyms_said_as_words(
    written: str, spoken: str
) -> None:
    assert spoken_form(written) == spoken


@pytest.mark.parametrize(("written", "spoken"), LOOK_ALIKES)
def test_the_same_letters_in_codes_stay_as_they_were(written: str, spoken: str) -> None:
    assert spoken_form(written) == spoken
