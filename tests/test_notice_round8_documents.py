"""Vietnamese reading, round eight: document numbers, their issuers and signature blocks
(helper i18e, issue 16).

One composition algorithm: the rest of an issuer after its head ('HĐ' + 'NVQS') is cut as a
word no table holds is ('AHLĐ'), into the fewest known pieces, and left to the letters when
two cuts as short read differently (the document path used to take the longest piece first,
silently)."""

from __future__ import annotations

import pytest

from announcements import abbreviations
from announcements.documents import issuing_body
from announcements.normalize import read_aloud, spoken_form

# Batch one, readings written before the reader ran on it: 24 of 40 right on the first pass
# (20 strictly; four differ from my readings only by a project convention, marked). A
# forty-first phrase, 'CCTK-TK', was my own mistake (no such number) and is dropped.
BATCH_ONE: list[tuple[str, str]] = [
    # A. leading zero before a year: a count
    # first pass missed
    ("Thực hiện Nghị định 08/2022/NĐ-CP của Chính phủ về thu phí.",
     "Thực hiện Nghị định tám năm hai nghìn không trăm hai mươi hai của Chính "
     "phủ về thu phí."),
    # first pass missed
    ("Căn cứ Thông tư 02/2023/TT-BYT của Bộ Y tế.",
     "Căn cứ Thông tư hai năm hai nghìn không trăm hai mươi ba của Bộ Y tế."),
    # first pass missed
    ("Theo QĐ 09/2024/QĐ-UBND của UBND tỉnh về giá đất.",
     "Theo quyết định chín năm hai nghìn không trăm hai mươi tư của ủy ban nhân dân tỉnh về giá "
     "đất."),
    # first pass missed
    ("Nghị quyết 06/2025/NQ-HĐND quy định mức hỗ trợ.",
     "Nghị quyết sáu năm hai nghìn không trăm hai mươi lăm của hội đồng nhân dân quy định mức hỗ "
     "trợ."),
    # first pass missed
    ("Nghị định 03/2025 có hiệu lực từ tháng 3.",
     "Nghị định ba năm hai nghìn không trăm hai mươi lăm có hiệu lực từ tháng ba."),
    # first pass missed
    ("Thực hiện NĐ 04/2021/NĐ-CP về xử phạt.",
     "Thực hiện nghị định bốn năm hai nghìn không trăm hai mươi mốt của chính phủ về xử phạt."),
    # A guards: a name, a count after số
    ("Người dân làm căn cước theo Đề án 06 tại trụ sở công an xã.",
     "Người dân làm căn cước theo Đề án không sáu tại trụ sở công an xã."),
    ("Công điện số 03/CĐ-UBND về ứng phó bão.",
     "Công điện số ba của ủy ban nhân dân về ứng phó bão."),
    ("Quán triệt Chỉ thị 05-CT/TW đến đảng viên.",
     "Quán triệt Chỉ thị không năm của trung ương đến đảng viên."),
    # B. an office's or a company's own letters
    # first pass missed
    ("Sao văn bản số 12/SY-VP gửi các thôn.",
     "Sao văn bản số mười hai bản sao y văn phòng gửi các thôn."),
    # first pass missed
    ("Bản sao lục số 05/SL-VP.",
     "Bản sao lục số năm của văn phòng."),
    # first pass missed
    ("Khai báo theo Mẫu 01/CNKD tại trạm thú y.",
     "Khai báo theo Mẫu không một xê en ca đê tại trạm thú y."),
    # first pass missed
    ("Hộ kinh doanh nộp tờ khai Mẫu 01/TKN-CNKD.",
     "Hộ kinh doanh nộp tờ khai Mẫu không một tê ca en xê en ca đê."),
    # first pass missed
    ("Công văn số 215/PCTG-KT của Công ty Điện lực Tiền Giang về lịch cắt điện.",
     "Công văn số hai trăm mười lăm của Công ty Điện lực Tiền Giang về lịch cắt điện."),
    # first pass missed
    ("Thông báo số 88/TB-VNPT-KD về cước dịch vụ.",
     "Thông báo số tám mươi tám thông báo vê en pê tê kinh doanh về cước dịch vụ."),
    ("Thông báo số 14/TB-PGDĐT về tuyển sinh lớp 1.",
     "Thông báo số mười bốn của phòng giáo dục và đào tạo về tuyển sinh lớp một."),
    ("Công văn số 56/PNV-TCCB về thi đua.",
     "Công văn số năm mươi sáu của phòng nội vụ về thi đua."),
    ("Kế hoạch số 31/KH-TTYT về tiêm chủng.",
     "Kế hoạch số ba mươi mốt của trung tâm y tế về tiêm chủng."),
    ("Thông báo số 09/TB-CCT về nộp thuế.",
     "Thông báo số chín của chi cục thuế về nộp thuế."),
    ("Kế hoạch số 12/KH-HKL về phòng cháy rừng.",
     "Kế hoạch số mười hai của hạt kiểm lâm về phòng cháy rừng."),
    # first pass missed
    ("Công văn số 40/BQLDA-KT về thi công đường.",
     "Công văn số bốn mươi của ban quản lý dự án về thi công đường."),
    ("Thông báo số 21/TB-UBND-VP của huyện.",
     "Thông báo số hai mươi mốt thông báo ủy ban nhân dân văn phòng của huyện."),
    ("Bản án số 12/2025/HS-ST của Tòa án nhân dân huyện.",
     "Bản án số mười hai năm hai nghìn không trăm hai mươi lăm hình sự sơ thẩm của Tòa án nhân "
     "dân huyện."),
    ("Quyết định số 05/2025/QĐST-DS công nhận thuận tình ly hôn.",
     "Quyết định số năm năm hai nghìn không trăm hai mươi lăm quyết định sơ thẩm dân sự công nhận "
     "thuận tình ly hôn."),
    ("Quyết định số 31/QĐ-VKS về việc phê chuẩn.",
     "Quyết định số ba mươi mốt của viện kiểm sát về việc phê chuẩn."),
    ("Thông báo số 123/CAX-ANTT về tạm trú.",
     "Thông báo số một trăm hai mươi ba của công an xã về tạm trú."),
    ("Kế hoạch số 45/KH-CAH về bảo đảm an ninh Tết.",
     "Kế hoạch số bốn mươi lăm của công an huyện về bảo đảm an ninh Tết."),
    # first pass missed
    # expected reading corrected to the project's convention: 'linh' (northern voice)
    ("Công văn số 301/KBNN-KSC về giải ngân.",
     "Công văn số ba trăm linh một của kho bạc nhà nước về giải ngân."),
    ("Thông báo số 18/TB-NHCSXH về cho vay hộ nghèo.",
     "Thông báo số mười tám của ngân hàng chính sách xã hội về cho vay hộ nghèo."),
    # C. the party's QĐ and the Prime Minister
    ("Quy định 296-QĐ/TW về công tác kiểm tra của Đảng.",
     "Quy định hai trăm chín mươi sáu của trung ương về công tác kiểm tra của Đảng."),
    # first pass missed
    ("Quy định này thay thế QĐ 22-QĐ/TW của Ban Chấp hành Trung ương.",
     "Quy định này thay thế quy định hai mươi hai của Ban Chấp hành Trung ương."),
    # expected reading corrected to the project's convention: 'TTg' is 'thủ tướng'
    ("Quyết định 318/QĐ-TTg về bộ tiêu chí nông thôn mới.",
     "Quyết định ba trăm mười tám của thủ tướng về bộ tiêu chí nông thôn mới."),
    # expected reading corrected to the project's convention: 'TTg' is 'thủ tướng'
    ("Thực hiện Chỉ thị 15/CT-TTg về phòng dịch.",
     "Thực hiện Chỉ thị mười lăm của thủ tướng về phòng dịch."),
    # D. signature blocks
    # first pass missed
    ("TM. UBND HUYỆN Q. CHỦ TỊCH Nguyễn Văn Hùng",
     "thay mặt ủy ban nhân dân huyện, quyền chủ tịch, Nguyễn Văn Hùng"),
    # expected reading corrected to the convention: a signature's lines said with pauses
    ("TM. ỦY BAN NHÂN DÂN\nQ. CHỦ TỊCH\nLê Văn Tám",
     "thay mặt ủy ban nhân dân, quyền chủ tịch, Lê Văn Tám"),
    ("KT. CHỦ TỊCH PHÓ CHỦ TỊCH Trần Thị Lan",
     "ký thay chủ tịch, phó chủ tịch, Trần Thị Lan"),
    ("TL. CHỦ TỊCH CHÁNH VĂN PHÒNG Phạm Văn Minh",
     "thừa lệnh chủ tịch, chánh văn phòng, Phạm Văn Minh"),
    ("TUQ. CHỦ TỊCH TRƯỞNG PHÒNG NỘI VỤ Đỗ Văn Nam",
     "thừa ủy quyền chủ tịch, trưởng phòng nội vụ, Đỗ Văn Nam"),
    ("V/v tổ chức tiêm vắc xin cho trẻ",
     "về việc tổ chức tiêm vắc xin cho trẻ"),
    # expected reading corrected to the project's convention: a list's dashes are not said
    ("Nơi nhận: - Như trên; - Lưu: VT.",
     "Nơi nhận: Như trên; Lưu: văn thư."),
]  # fmt: skip


ONE_ALGORITHM: list[tuple[str, str]] = [
    # heads and pieces that cut one way only read as before
    ("Theo Kế hoạch 12/KH-HĐNVQS của huyện.",
     "Theo Kế hoạch mười hai kế hoạch hội đồng nghĩa vụ quân sự của huyện."),
    ("Đại diện BCĐNTM huyện kiểm tra thôn Đông.",
     "Đại diện ban chỉ đạo nông thôn mới huyện kiểm tra thôn Đông."),
    ("Công văn số 45/TTYTDP-KH gửi các trạm y tế.",
     "Công văn số bốn mươi lăm của trung tâm y tế dự phòng gửi các trạm y tế."),
    ("Thông báo số 08/TB-HĐTĐKT về xét khen thưởng.",
     "Thông báo số tám của hội đồng thi đua khen thưởng về xét khen thưởng."),
]  # fmt: skip


@pytest.mark.parametrize(("written", "spoken"), ONE_ALGORITHM)
def test_an_issuer_cut_one_way_reads_as_its_pieces(written: str, spoken: str) -> None:
    assert spoken_form(written) == spoken


def test_an_issuer_cut_two_ways_as_short_is_a_guess_spelled() -> None:
    # 'TT' + 'GDCNTT': giáo dục + công nghệ thông tin, or giáo dục chuyên nghiệp + TT (the
    # reference list's is 'giao dịch'); the longest-first cut said 'giáo dục' silently
    assert issuing_body("TTGDCNTT") is None
    reading = read_aloud("Đại diện TTGDCNTT phát biểu.")
    assert reading.spoken == "Đại diện tê tê giê đê xê en tê tê phát biểu."
    assert reading.guessed == ("TTGDCNTT",)


def test_documents_and_unknown_capitals_share_one_cut() -> None:
    assert abbreviations.cut("NVQS", abbreviations.ISSUER_PIECES) == "nghĩa vụ quân sự"
    assert abbreviations.cut("GDCNTT", abbreviations.ISSUER_PIECES) is None
    said = abbreviations.cut("KTTVQG", abbreviations.COMPOSING, fewest=2)
    assert abbreviations.composed("KTTVQG") == said == "khí tượng thủy văn quốc gia"


# Batch two, written after batch one's fixes (readings first): 39 of 43 on the first pass
# (40 counting a convention, marked); issuers of many kinds.
BATCH_TWO: list[tuple[str, str]] = [
    ("Công văn số 102/UBND-TCKH của UBND huyện về dự toán.",
     "Công văn số một trăm linh hai của ủy ban nhân dân huyện về dự toán."),
    ("Thông báo số 15/TB-PTNMT về thu hồi đất.",
     "Thông báo số mười lăm của phòng tài nguyên và môi trường về thu hồi đất."),
    ("Kế hoạch số 20/KH-PVHTT về lễ hội.",
     "Kế hoạch số hai mươi của phòng văn hóa thông tin về lễ hội."),
    ("Công văn số 33/PLĐTBXH-BTXH về trợ cấp.",
     "Công văn số ba mươi ba của phòng lao động thương binh và xã hội về trợ cấp."),
    ("Công văn số 61/VP-TH của Văn phòng HĐND và UBND huyện.",
     "Công văn số sáu mươi mốt của Văn phòng hội đồng nhân dân và ủy ban nhân dân huyện."),
    ("Thông báo số 07/TB-TTDVNN về lịch tiêm phòng gia súc.",
     "Thông báo số bảy của trung tâm dịch vụ nông nghiệp về lịch tiêm phòng gia súc."),
    ("Kế hoạch số 09/KH-CCKL về phòng cháy chữa cháy rừng.",
     "Kế hoạch số chín của chi cục kiểm lâm về phòng cháy chữa cháy rừng."),
    ("Công văn số 14/BCHQS-TM về tuyển quân.",
     "Công văn số mười bốn của ban chỉ huy quân sự về tuyển quân."),
    ("Quyết định số 05/QĐ-BCĐ về kiện toàn Ban Chỉ đạo.",
     "Quyết định số năm của ban chỉ đạo về kiện toàn Ban Chỉ đạo."),
    ("Thông báo số 342/TB-PCĐN về tạm ngừng cấp điện ở tỉnh Đồng Nai.",
     "Thông báo số ba trăm bốn mươi hai của công ty điện lực đồng nai về tạm ngừng cấp điện ở tỉnh "
     "Đồng Nai."),
    ("Công văn số 58/PCLA-KD về giá điện.",
     "Công văn số năm mươi tám của công ty điện lực e lờ a về giá điện."),
    ("Bản án số 08/2025/DS-PT của Tòa án nhân dân tỉnh.",
     "Bản án số tám năm hai nghìn không trăm hai mươi lăm dân sự phúc thẩm của Tòa án nhân dân "
     "tỉnh."),
    ("Quyết định số 12/2025/QĐST-HNGĐ của Tòa án.",
     "Quyết định số mười hai năm hai nghìn không trăm hai mươi lăm quyết định sơ thẩm hôn nhân "
     "gia đình của Tòa án."),
    ("Quyết định số 03/2025/QĐPT-KDTM của Tòa án.",
     "Quyết định số ba năm hai nghìn không trăm hai mươi lăm quyết định phúc thẩm kinh doanh "
     "thương mại của Tòa án."),
    ("Thông báo số 21/TB-VKSND về kết quả giải quyết.",
     "Thông báo số hai mươi mốt của viện kiểm sát nhân dân về kết quả giải quyết."),
    ("Thông báo số 30/TB-CCTHADS về cưỡng chế.",
     "Thông báo số ba mươi của chi cục thi hành án dân sự về cưỡng chế."),
    ("Theo Bản án số 120/2024/HSST của Tòa án huyện.",
     "Theo Bản án số một trăm hai mươi năm hai nghìn không trăm hai mươi tư hình sự sơ thẩm của "
     "Tòa án huyện."),
    # first pass missed
    ("Thông báo số 56/TB-CAH-ĐCSGT về xử lý vi phạm.",
     "Thông báo số năm mươi sáu thông báo công an huyện đội cảnh sát giao thông về xử lý vi phạm."),
    ("Kế hoạch số 17/KH-CAX về tuần tra ban đêm.",
     "Kế hoạch số mười bảy của công an xã về tuần tra ban đêm."),
    ("Công văn số 88/CAT-PC08 về đăng ký xe.",
     "Công văn số tám mươi tám của công an tỉnh về đăng ký xe."),
    ("Thông báo số 40/TB-CAP-QLHC về cấp căn cước.",
     "Thông báo số bốn mươi thông báo công an phường quản lý hành chính về cấp căn cước."),
    ("Thông báo số 12/TB-NHCS-KHNV về giải ngân.",
     "Thông báo số mười hai thông báo ngân hàng chính sách kế hoạch nghiệp vụ về giải ngân."),
    # first pass missed
    ("Công văn số 71/NHNN-TTGSNH về tín dụng đen.",
     "Công văn số bảy mươi mốt của ngân hàng nhà nước về tín dụng đen."),
    ("Thông tư số 09/2024/TT-BCA về cư trú.",
     "Thông tư số chín năm hai nghìn không trăm hai mươi tư của bộ công an về cư trú."),
    ("Luật 05/2022/QH15 sửa đổi luật.",
     "Luật năm năm hai nghìn không trăm hai mươi hai của quốc hội khóa mười lăm sửa đổi luật."),
    ("Triển khai Đề án 06/CP tại xã.",
     "Triển khai Đề án không sáu chính phủ tại xã."),
    # expected reading corrected to the convention: the northern voice says bốn mươi tư
    ("Thực hiện Quy định 144-QĐ/TW về chuẩn mực đạo đức.",
     "Thực hiện Quy định một trăm bốn mươi tư của trung ương về chuẩn mực đạo đức."),
    ("Quyết định 99-QĐ/TW ban hành khung khổ công tác dân vận.",
     "Quyết định chín mươi chín của trung ương ban hành khung khổ công tác dân vận."),
    ("Thực hiện Quy định số 37-QĐ/TW và Quyết định 217-QĐ/TW.",
     "Thực hiện Quy định số ba mươi bảy của trung ương và Quyết định hai trăm mười bảy của trung "
     "ương."),
    ("Theo Quy định 08-QĐi/TW của Bộ Chính trị.",
     "Theo Quy định tám của Bộ Chính trị."),
    ("Quy định này thay thế Quy định 102-QĐ/TW và QĐ 07-QĐ/TW.",
     "Quy định này thay thế Quy định một trăm linh hai của trung ương và quy định bảy của trung "
     "ương."),
    ("TM. BAN THƯỜNG VỤ\nQ. BÍ THƯ\nNguyễn Văn Bảy",
     "thay mặt ban thường vụ, quyền bí thư, Nguyễn Văn Bảy"),
    ("KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nHoàng Văn Tư",
     "ký thay giám đốc, phó giám đốc, Hoàng Văn Tư"),
    ("TL. GIÁM ĐỐC TRƯỞNG PHÒNG Vũ Thị Hoa",
     "thừa lệnh giám đốc, trưởng phòng, Vũ Thị Hoa"),
    ("TUQ. CHỦ TỊCH UBND CHÁNH VĂN PHÒNG Lý Văn Sơn",
     "thừa ủy quyền chủ tịch ủy ban nhân dân, chánh văn phòng, Lý Văn Sơn"),
    # first pass missed
    ("Q. TRƯỞNG BAN Mai Văn Dũng",
     "quyền trưởng ban, Mai Văn Dũng"),
    ("TM. ĐẢNG ỦY\nBÍ THƯ\nTrần Văn Ba",
     "thay mặt đảng ủy, bí thư, Trần Văn Ba"),
    ("V/v triển khai tiêm chủng mở rộng",
     "về việc triển khai tiêm chủng mở rộng"),
    ("Nơi nhận: Như trên; TT HĐND xã; Lưu: VT.",
     "Nơi nhận: Như trên; thường trực hội đồng nhân dân xã; Lưu: văn thư."),
    ("Sao y bản chính số 03/SY-UBND ngày 10/3/2025.",
     "Sao y bản chính số ba bản sao y ủy ban nhân dân ngày mười tháng ba năm hai nghìn không trăm "
     "hai mươi lăm."),
    ("Trích sao số 02/TrS-VP.",
     "Trích sao số hai bản trích sao văn phòng."),
    ("Kê khai theo mẫu số 02/ĐK-TCT tại chi cục thuế.",
     "Kê khai theo mẫu số không hai đê ca tê xê tê tại chi cục thuế."),
    ("Điền Mẫu 04/TB-TNMT gửi UBND xã.",
     "Điền Mẫu không bốn tê bê tê en em tê gửi ủy ban nhân dân xã."),
]  # fmt: skip


# Batch three, near misses of the rules and more issuers: 25 of 32 on the first pass.
BATCH_THREE: list[tuple[str, str]] = [
    ("Phiếu chuyển số 3/PC-UBND gửi các thôn.",
     "Phiếu chuyển số ba của ủy ban nhân dân gửi các thôn."),
    # first pass missed
    ("Ông Bùi Tâm nhận Công văn số 27/PCBT-KT của Điện lực Bến Tre.",
     "Ông Bùi Tâm nhận Công văn số hai mươi bảy của Điện lực Bến Tre."),
    ("Thực hiện Nghị định 15/2020/NĐ-CP.",
     "Thực hiện Nghị định mười lăm năm hai nghìn không trăm hai mươi của chính phủ."),
    ("Nghị quyết 01/2025/NQ-CP về nhiệm vụ năm 2025.",
     "Nghị quyết một năm hai nghìn không trăm hai mươi lăm của chính phủ về nhiệm vụ năm hai nghìn "
     "không trăm hai mươi lăm."),
    ("Thực hiện Chỉ thị 01/CT-TTg về trồng cây.",
     "Thực hiện Chỉ thị không một của thủ tướng về trồng cây."),
    ("Gia đình có 3 mẫu 2 sào ruộng.",
     "Gia đình có ba mẫu hai sào ruộng."),
    ("Kê khai theo mẫu số 01 đính kèm.",
     "Kê khai theo mẫu số một đính kèm."),
    ("Kỷ luật theo Quy định 69-QĐ/TW; Quyết định 102-QĐ/TW hết hiệu lực.",
     "Kỷ luật theo Quy định sáu mươi chín của trung ương; Quyết định một trăm linh hai của trung "
     "ương hết hiệu lực."),
    ("Bộ Chính trị ban hành QĐ 99-QĐ/TW.",
     "Bộ Chính trị ban hành quyết định chín mươi chín của trung ương."),
    ("Q. Bình Thạnh tổ chức lễ hội.",
     "quận Bình Thạnh tổ chức lễ hội."),
    ("TM. UBND XÃ\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nLò Văn Hùng",
     "thay mặt ủy ban nhân dân xã, ký thay chủ tịch, phó chủ tịch, Lò Văn Hùng"),
    ("Q. GIÁM ĐỐC Nguyễn Thị Mai",
     "quyền giám đốc, Nguyễn Thị Mai"),
    ("Q. CHÁNH VĂN PHÒNG Đinh Văn Hải",
     "quyền chánh văn phòng, Đinh Văn Hải"),
    ("Thông báo số 19/TB-ĐQLTT về kiểm tra hàng giả.",
     "Thông báo số mười chín của đội quản lý thị trường về kiểm tra hàng giả."),
    ("Kế hoạch số 11/KH-BCH-DQ về huấn luyện dân quân.",
     "Kế hoạch số mười một kế hoạch ban chỉ huy dân quân về huấn luyện dân quân."),
    # first pass missed
    ("Công văn số 45/CNVPĐKĐĐ-ĐK về cấp sổ đỏ.",
     "Công văn số bốn mươi lăm của chi nhánh văn phòng đăng ký đất đai về cấp sổ đỏ."),
    ("Thông báo số 08/TB-TTYT-KSBT về sốt xuất huyết.",
     "Thông báo số tám thông báo trung tâm y tế kiểm soát bệnh tật về sốt xuất huyết."),
    ("Quyết định số 210/QĐ-SGDĐT về tuyển sinh.",
     "Quyết định số hai trăm mười của sở giáo dục và đào tạo về tuyển sinh."),
    ("Công văn số 95/SNN-CCTY về tiêm phòng.",
     "Công văn số chín mươi lăm của sở nông nghiệp về tiêm phòng."),
    # first pass missed
    ("Công văn số 205/BHXH-QLT về thu bảo hiểm.",
     "Công văn số hai trăm linh năm của bảo hiểm xã hội về thu bảo hiểm."),
    ("Quyết định số 118/QĐ-CCT về cưỡng chế nợ thuế.",
     "Quyết định số một trăm mười tám của chi cục thuế về cưỡng chế nợ thuế."),
    # first pass missed
    ("Thông báo thụ lý số 45/TB-TLVA của Tòa án.",
     "Thông báo thụ lý số bốn mươi lăm thông báo thụ lý vụ án của Tòa án."),
    ("Bản án số 35/2025/HC-ST về khiếu kiện đất đai.",
     "Bản án số ba mươi lăm năm hai nghìn không trăm hai mươi lăm hành chính sơ thẩm về khiếu "
     "kiện đất đai."),
    ("Bản án số 07/2025/LĐ-PT về tranh chấp lao động.",
     "Bản án số bảy năm hai nghìn không trăm hai mươi lăm lao động phúc thẩm về tranh chấp lao "
     "động."),
    ("Công văn số 123/CAH-QLHC về căn cước.",
     "Công văn số một trăm hai mươi ba của công an huyện về căn cước."),
    ("Thông báo số 10/TB-KBNN về mở tài khoản.",
     "Thông báo số mười của kho bạc nhà nước về mở tài khoản."),
    # first pass missed
    ("Công văn số 88/NHCSXH-TDNN về cho vay.",
     "Công văn số tám mươi tám của ngân hàng chính sách xã hội về cho vay."),
    # first pass missed
    ("Công văn số 31/VKSND-HS về án hình sự.",
     "Công văn số ba mươi mốt của viện kiểm sát nhân dân về án hình sự."),
    ("Quyết định số 17/QĐ-THADS về thi hành án.",
     "Quyết định số mười bảy của thi hành án dân sự về thi hành án."),
    ("Kế hoạch số 06/KH-HCCB về giúp nhau làm kinh tế.",
     "Kế hoạch số sáu của hội cựu chiến binh về giúp nhau làm kinh tế."),
    # first pass missed
    ("Công văn số 44/HLHPN-TG về tuyên truyền.",
     "Công văn số bốn mươi tư của hội liên hiệp phụ nữ về tuyên truyền."),
    ("Hướng dẫn số 09/HD-ĐTN về đại hội chi đoàn.",
     "Hướng dẫn số chín của đoàn thanh niên về đại hội chi đoàn."),
]  # fmt: skip


# Batch four, sub-units, companies, police, courts, banks: 20 of 26 on the first pass.
BATCH_FOUR: list[tuple[str, str]] = [
    # first pass missed
    ("Công văn số 25/PKTHT-GT về sửa đường.",
     "Công văn số hai mươi lăm của phòng kinh tế hạ tầng về sửa đường."),
    ("Kế hoạch số 13/KH-BDV về dân vận khéo.",
     "Kế hoạch số mười ba của ban dân vận về dân vận khéo."),
    ("Thông báo số 16/TB-VPĐKĐĐ về cấp giấy chứng nhận.",
     "Thông báo số mười sáu của văn phòng đăng ký đất đai về cấp giấy chứng nhận."),
    ("Công văn số 27/TTPTQĐ về bồi thường.",
     "Công văn số hai mươi bảy trung tâm phát triển quỹ đất về bồi thường."),
    ("Thông báo số 22/TB-CCTS về mùa cấm khai thác.",
     "Thông báo số hai mươi hai của chi cục thủy sản về mùa cấm khai thác."),
    # first pass missed
    ("Thông báo số 300/TB-PCBD về ngừng cấp điện tại tỉnh Bình Dương.",
     "Thông báo số ba trăm của công ty điện lực bình dương về ngừng cấp điện tại tỉnh Bình Dương."),
    ("Thông báo số 15/TB-VNPT về bảo trì mạng.",
     "Thông báo số mười lăm của vê en pê tê về bảo trì mạng."),
    ("Công văn số 1250/CAT-PC06 về căn cước.",
     "Công văn số một nghìn hai trăm năm mươi của công an tỉnh về căn cước."),
    ("Thông báo số 12/TB-CAX-CSKV về tạm trú.",
     "Thông báo số mười hai thông báo công an xã cảnh sát khu vực về tạm trú."),
    ("Biên bản số 45/BB-VPHC về vi phạm giao thông.",
     "Biên bản số bốn mươi lăm biên bản vi phạm hành chính về vi phạm giao thông."),
    # first pass missed
    ("Thông báo số 07/TB-THA về cưỡng chế.",
     "Thông báo số bảy của thi hành án về cưỡng chế."),
    ("Quyết định số 09/QĐ-CCTHADS ngày 5/6/2025.",
     "Quyết định số chín của chi cục thi hành án dân sự ngày năm tháng sáu năm hai nghìn không "
     "trăm hai mươi lăm."),
    # first pass missed
    ("Cáo trạng số 15/CT-VKS-HS của Viện kiểm sát.",
     "Cáo trạng số mười lăm cáo trạng viện kiểm sát hình sự của Viện kiểm sát."),
    ("Quyết định khởi tố số 05/QĐ-CSĐT về vụ trộm.",
     "Quyết định khởi tố số năm của cảnh sát điều tra về vụ trộm."),
    # first pass missed
    ("Công văn số 18/NHCS-TD về vay vốn.",
     "Công văn số mười tám của ngân hàng chính sách về vay vốn."),
    # first pass missed
    ("Công văn số 56/KBNN-KTNN về quyết toán.",
     "Công văn số năm mươi sáu của kho bạc nhà nước về quyết toán."),
    ("Hướng dẫn số 02-HD/BTGTW về tuyên truyền.",
     "Hướng dẫn số hai của ban tuyên giáo trung ương về tuyên truyền."),
    ("Kết luận 01-KL/TW năm 2021 về học tập.",
     "Kết luận không một của trung ương năm hai nghìn không trăm hai mươi mốt về học tập."),
    ("Nghị quyết số 57-NQ/TW về khoa học công nghệ.",
     "Nghị quyết số năm mươi bảy của trung ương về khoa học công nghệ."),
    ("TM. ỦY BAN MẶT TRẬN TỔ QUỐC\nCHỦ TỊCH\nVi Thị Hằng",
     "thay mặt ủy ban mặt trận tổ quốc, chủ tịch, Vi Thị Hằng"),
    ("TL. BAN THƯỜNG VỤ\nCHÁNH VĂN PHÒNG\nLò Văn Sáu",
     "thừa lệnh ban thường vụ, chánh văn phòng, Lò Văn Sáu"),
    ("KT. TRƯỞNG BAN\nPHÓ TRƯỞNG BAN\nTrần Văn Năm",
     "ký thay trưởng ban, phó trưởng ban, Trần Văn Năm"),
    ("TUQ. GIÁM ĐỐC\nTRƯỞNG PHÒNG\nNgô Thị Bích",
     "thừa ủy quyền giám đốc, trưởng phòng, Ngô Thị Bích"),
    ("(V/v hỗ trợ người dân vùng lũ)",
     "(về việc hỗ trợ người dân vùng lũ)"),
    ("Công điện số 05/CĐ-BCH về bão số 3.",
     "Công điện số năm của ban chỉ huy về bão số ba."),
    ("Tờ trình số 44/TTr-PNV về biên chế.",
     "Tờ trình số bốn mươi tư của phòng nội vụ về biên chế."),
]  # fmt: skip


# Batch five, notices' openings ('Căn cứ …'), copies, courts, the party, signatures: 24 of
# 26 on the first pass.
BATCH_FIVE: list[tuple[str, str]] = [
    ("Căn cứ Luật Cư trú số 68/2020/QH14;",
     "Căn cứ Luật Cư trú số sáu mươi tám năm hai nghìn không trăm hai mươi của quốc hội khóa mười "
     "bốn;"),
    ("Căn cứ Nghị định số 62/2021/NĐ-CP ngày 29/6/2021 của Chính phủ;",
     "Căn cứ Nghị định số sáu mươi hai năm hai nghìn không trăm hai mươi mốt ngày hai mươi chín "
     "tháng sáu năm hai nghìn không trăm hai mươi mốt của Chính phủ;"),
    ("Thực hiện Thông tư 04/2022/TT-BCA, Công an xã thông báo:",
     "Thực hiện Thông tư bốn năm hai nghìn không trăm hai mươi hai của bộ công an, Công an xã "
     "thông báo:"),
    ("Quyết định 09/2023/QĐ-UBND tỉnh quy định bảng giá đất.",
     "Quyết định chín năm hai nghìn không trăm hai mươi ba của ủy ban nhân dân tỉnh quy định bảng "
     "giá đất."),
    ("Triển khai Đề án 06 và Nghị quyết 05/2024/NQ-HĐND.",
     "Triển khai Đề án không sáu và Nghị quyết năm năm hai nghìn không trăm hai mươi tư của hội "
     "đồng nhân dân."),
    ("Công văn số 178/UBND-VP ngày 2/5 của UBND xã.",
     "Công văn số một trăm bảy mươi tám ngày hai tháng năm của ủy ban nhân dân xã."),
    ("Thông báo số 35/TB-PCHN về lịch cắt điện.",
     "Thông báo số ba mươi lăm của công ty điện lực hát en về lịch cắt điện."),
    ("Quyết định số 15/QĐ-TTYT ngày 3/3/2025.",
     "Quyết định số mười lăm của trung tâm y tế ngày ba tháng ba năm hai nghìn không trăm hai mươi "
     "lăm."),
    ("Thông báo số 02/TB-BQLCTCC về chiếu sáng.",
     "Thông báo số hai của ban quản lý công trình công cộng về chiếu sáng."),
    ("Giấy mời số 05/GM-UBND họp dân.",
     "Giấy mời số năm của ủy ban nhân dân họp dân."),
    ("Giấy giới thiệu số 21/GGT-CAX.",
     "Giấy giới thiệu số hai mươi mốt của công an xã."),
    ("Quyết định số 45/2025/QĐST-KDTM của Tòa án.",
     "Quyết định số bốn mươi lăm năm hai nghìn không trăm hai mươi lăm quyết định sơ thẩm kinh "
     "doanh thương mại của Tòa án."),
    ("Bản án số 18/2025/HNGĐ-ST của Tòa án.",
     "Bản án số mười tám năm hai nghìn không trăm hai mươi lăm hôn nhân gia đình sơ thẩm của Tòa "
     "án."),
    ("Kế hoạch số 33/KH-MTTQ-BTT về Ngày hội Đại đoàn kết.",
     "Kế hoạch số ba mươi ba kế hoạch mặt trận tổ quốc ban thường trực về Ngày hội Đại đoàn kết."),
    ("Thông báo số 08/TB-HND về vay vốn.",
     "Thông báo số tám của hội nông dân về vay vốn."),
    ("Quy định số 205-QĐ/TW về kiểm soát quyền lực.",
     "Quy định số hai trăm linh năm của trung ương về kiểm soát quyền lực."),
    # first pass missed
    ("Thay thế QĐ 124-QĐ/TW, Quy định này có hiệu lực từ ngày ký.",
     "Thay thế quy định một trăm hai mươi tư của trung ương, Quy định này có hiệu lực từ ngày "
     "ký."),
    ("TM. HỘI ĐỒNG NHÂN DÂN\nCHỦ TỊCH\nHà Văn Lâm",
     "thay mặt hội đồng nhân dân, chủ tịch, Hà Văn Lâm"),
    ("TM. ĐOÀN KIỂM TRA\nTRƯỞNG ĐOÀN\nNguyễn Hữu Thắng",
     "thay mặt đoàn kiểm tra, trưởng đoàn, Nguyễn Hữu Thắng"),
    ("KT. CHÁNH ÁN\nPHÓ CHÁNH ÁN\nLê Thị Thu",
     "ký thay chánh án, phó chánh án, Lê Thị Thu"),
    ("Q. CHỦ TỊCH\nĐặng Văn Hòa",
     "quyền chủ tịch, Đặng Văn Hòa"),
    ("TM. UBND XÃ TÂN LẬP\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nPhan Văn Tuấn",
     "thay mặt ủy ban nhân dân xã tân lập, ký thay chủ tịch, phó chủ tịch, Phan Văn Tuấn"),
    ("V/v phòng chống dịch tả lợn châu Phi",
     "về việc phòng chống dịch tả lợn châu Phi"),
    ("Số: 12/TB-UBND",
     "Số: mười hai thông báo ủy ban nhân dân"),
    ("Kê khai Mẫu số 03/ĐK tại bộ phận một cửa.",
     "Kê khai Mẫu số không ba đê ca tại bộ phận một cửa."),
    # first pass missed
    ("Công văn số 90/ĐL-KT của Điện lực Đồng Phú về sửa lưới điện.",
     "Công văn số chín mươi của Điện lực Đồng Phú về sửa lưới điện."),
]  # fmt: skip


# Guards: near misses of the rules that must read as they did (a known 'PCBD' in a notice of
# rabies, 'THA' in running text, a department's 'TG' tôn giáo, 'Q. 3' a district, a person's
# initials after 'PC' in a notice that says nothing of power).
GUARDS: list[tuple[str, str]] = [
    ("Kế hoạch số 12/KH-PCBD về tiêm phòng dại cho chó.",
     "Kế hoạch số mười hai kế hoạch phòng chống bệnh dại về tiêm phòng dại cho chó."),
    ("Người bị THA cần khám định kỳ.",
     "Người bị tăng huyết áp cần khám định kỳ."),
    ("Sở Nội vụ gửi Công văn số 12/SNV-TG về tín ngưỡng.",
     "Sở Nội vụ gửi Công văn số mười hai của sở nội vụ về tín ngưỡng."),
    ("UBND huyện ban hành Quyết định số 12/QĐ-UBND.",
     "ủy ban nhân dân huyện ban hành Quyết định số mười hai của ủy ban nhân dân."),
    ("Q. 3 tổ chức lễ hội.",
     "quận ba tổ chức lễ hội."),
    ("Ông Phạm Công Bình gửi đơn số 3/PCB.",
     "Ông Phạm Công Bình gửi đơn số ba pê xê bê."),
    ("Ông Phạm Công Bình gửi đơn số 3/PCCB.",
     "Ông Phạm Công Bình gửi đơn số ba pê xê xê bê."),
]  # fmt: skip


BATCHES = [*BATCH_ONE, *BATCH_TWO, *BATCH_THREE, *BATCH_FOUR, *BATCH_FIVE, *GUARDS]


@pytest.mark.parametrize(("written", "spoken"), BATCHES)
def test_document_numbers_issuers_and_signatures(written: str, spoken: str) -> None:
    assert spoken_form(written) == spoken


def test_a_power_company_whose_province_the_notice_does_not_name_is_a_guess() -> None:
    reading = read_aloud("Công văn số 58/PCLA-KD về giá điện.")
    assert reading.guessed == ("PCLA",)
    named = read_aloud("Thông báo số 300/TB-PCBD về ngừng cấp điện tại tỉnh Bình Dương.")
    assert named.guessed == ()
