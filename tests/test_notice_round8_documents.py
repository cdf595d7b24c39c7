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
     "Thực hiện Nghị định tám năm hai nghìn không trăm hai mươi hai nghị định chính phủ của Chính "
     "phủ về thu phí."),
    # first pass missed
    ("Căn cứ Thông tư 02/2023/TT-BYT của Bộ Y tế.",
     "Căn cứ Thông tư hai năm hai nghìn không trăm hai mươi ba thông tư bộ y tế của Bộ Y tế."),
    # first pass missed
    ("Theo QĐ 09/2024/QĐ-UBND của UBND tỉnh về giá đất.",
     "Theo quyết định chín năm hai nghìn không trăm hai mươi tư quyết định ủy ban nhân dân của ủy "
     "ban nhân dân tỉnh về giá đất."),
    # first pass missed
    ("Nghị quyết 06/2025/NQ-HĐND quy định mức hỗ trợ.",
     "Nghị quyết sáu năm hai nghìn không trăm hai mươi lăm nghị quyết hội đồng nhân dân quy định "
     "mức hỗ trợ."),
    # first pass missed
    ("Nghị định 03/2025 có hiệu lực từ tháng 3.",
     "Nghị định ba năm hai nghìn không trăm hai mươi lăm có hiệu lực từ tháng ba."),
    # first pass missed
    ("Thực hiện NĐ 04/2021/NĐ-CP về xử phạt.",
     "Thực hiện nghị định bốn năm hai nghìn không trăm hai mươi mốt nghị định chính phủ về xử "
     "phạt."),
    # A guards: a name, a count after số
    ("Người dân làm căn cước theo Đề án 06 tại trụ sở công an xã.",
     "Người dân làm căn cước theo Đề án không sáu tại trụ sở công an xã."),
    ("Công điện số 03/CĐ-UBND về ứng phó bão.",
     "Công điện số ba công điện ủy ban nhân dân về ứng phó bão."),
    ("Quán triệt Chỉ thị 05-CT/TW đến đảng viên.",
     "Quán triệt Chỉ thị không năm chỉ thị trung ương đến đảng viên."),
    # B. an office's or a company's own letters
    # first pass missed
    ("Sao văn bản số 12/SY-VP gửi các thôn.",
     "Sao văn bản số mười hai bản sao y văn phòng gửi các thôn."),
    # first pass missed
    ("Bản sao lục số 05/SL-VP.",
     "Bản sao lục số năm bản sao lục văn phòng."),
    # first pass missed
    ("Khai báo theo Mẫu 01/CNKD tại trạm thú y.",
     "Khai báo theo Mẫu không một trên xê en ca đê tại trạm thú y."),
    # first pass missed
    ("Hộ kinh doanh nộp tờ khai Mẫu 01/TKN-CNKD.",
     "Hộ kinh doanh nộp tờ khai Mẫu không một trên tê ca en xê en ca đê."),
    # first pass missed
    ("Công văn số 215/PCTG-KT của Công ty Điện lực Tiền Giang về lịch cắt điện.",
     "Công văn số hai trăm mười lăm công ty điện lực tiền giang kỹ thuật của Công ty Điện lực "
     "Tiền Giang về lịch cắt điện."),
    # first pass missed
    ("Thông báo số 88/TB-VNPT-KD về cước dịch vụ.",
     "Thông báo số tám mươi tám thông báo vê en pê tê kinh doanh về cước dịch vụ."),
    ("Thông báo số 14/TB-PGDĐT về tuyển sinh lớp 1.",
     "Thông báo số mười bốn thông báo phòng giáo dục và đào tạo về tuyển sinh lớp một."),
    ("Công văn số 56/PNV-TCCB về thi đua.",
     "Công văn số năm mươi sáu phòng nội vụ tổ chức cán bộ về thi đua."),
    ("Kế hoạch số 31/KH-TTYT về tiêm chủng.",
     "Kế hoạch số ba mươi mốt kế hoạch trung tâm y tế về tiêm chủng."),
    ("Thông báo số 09/TB-CCT về nộp thuế.",
     "Thông báo số chín thông báo chi cục thuế về nộp thuế."),
    ("Kế hoạch số 12/KH-HKL về phòng cháy rừng.",
     "Kế hoạch số mười hai kế hoạch hạt kiểm lâm về phòng cháy rừng."),
    # first pass missed
    ("Công văn số 40/BQLDA-KT về thi công đường.",
     "Công văn số bốn mươi ban quản lý dự án kỹ thuật về thi công đường."),
    ("Thông báo số 21/TB-UBND-VP của huyện.",
     "Thông báo số hai mươi mốt thông báo ủy ban nhân dân văn phòng của huyện."),
    ("Bản án số 12/2025/HS-ST của Tòa án nhân dân huyện.",
     "Bản án số mười hai năm hai nghìn không trăm hai mươi lăm hình sự sơ thẩm của Tòa án nhân "
     "dân huyện."),
    ("Quyết định số 05/2025/QĐST-DS công nhận thuận tình ly hôn.",
     "Quyết định số năm năm hai nghìn không trăm hai mươi lăm quyết định sơ thẩm dân sự công nhận "
     "thuận tình ly hôn."),
    ("Quyết định số 31/QĐ-VKS về việc phê chuẩn.",
     "Quyết định số ba mươi mốt quyết định viện kiểm sát về việc phê chuẩn."),
    ("Thông báo số 123/CAX-ANTT về tạm trú.",
     "Thông báo số một trăm hai mươi ba công an xã an ninh trật tự về tạm trú."),
    ("Kế hoạch số 45/KH-CAH về bảo đảm an ninh Tết.",
     "Kế hoạch số bốn mươi lăm kế hoạch công an huyện về bảo đảm an ninh Tết."),
    # first pass missed
    # expected reading corrected to the project's convention: 'linh' (northern voice)
    ("Công văn số 301/KBNN-KSC về giải ngân.",
     "Công văn số ba trăm linh một kho bạc nhà nước kiểm soát chi về giải ngân."),
    ("Thông báo số 18/TB-NHCSXH về cho vay hộ nghèo.",
     "Thông báo số mười tám thông báo ngân hàng chính sách xã hội về cho vay hộ nghèo."),
    # C. the party's QĐ and the Prime Minister
    ("Quy định 296-QĐ/TW về công tác kiểm tra của Đảng.",
     "Quy định hai trăm chín mươi sáu quy định trung ương về công tác kiểm tra của Đảng."),
    # first pass missed
    ("Quy định này thay thế QĐ 22-QĐ/TW của Ban Chấp hành Trung ương.",
     "Quy định này thay thế quy định hai mươi hai quy định trung ương của Ban Chấp hành Trung "
     "ương."),
    # expected reading corrected to the project's convention: 'TTg' is 'thủ tướng'
    ("Quyết định 318/QĐ-TTg về bộ tiêu chí nông thôn mới.",
     "Quyết định ba trăm mười tám quyết định thủ tướng về bộ tiêu chí nông thôn mới."),
    # expected reading corrected to the project's convention: 'TTg' is 'thủ tướng'
    ("Thực hiện Chỉ thị 15/CT-TTg về phòng dịch.",
     "Thực hiện Chỉ thị mười lăm chỉ thị thủ tướng về phòng dịch."),
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


@pytest.mark.parametrize(("written", "spoken"), BATCH_ONE)
def test_batch_one(written: str, spoken: str) -> None:
    assert spoken_form(written) == spoken


ONE_ALGORITHM: list[tuple[str, str]] = [
    # heads and pieces that cut one way only read as before
    ("Theo Kế hoạch 12/KH-HĐNVQS của huyện.",
     "Theo Kế hoạch mười hai kế hoạch hội đồng nghĩa vụ quân sự của huyện."),
    ("Đại diện BCĐNTM huyện kiểm tra thôn Đông.",
     "Đại diện ban chỉ đạo nông thôn mới huyện kiểm tra thôn Đông."),
    ("Công văn số 45/TTYTDP-KH gửi các trạm y tế.",
     "Công văn số bốn mươi lăm trung tâm y tế dự phòng kế hoạch gửi các trạm y tế."),
    ("Thông báo số 08/TB-HĐTĐKT về xét khen thưởng.",
     "Thông báo số tám thông báo hội đồng thi đua khen thưởng về xét khen thưởng."),
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
