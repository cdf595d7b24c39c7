"""Vietnamese reading, eighth round, speakability (helper i18b): readings wrong on their face,
found without answers on 1,650 untidy notice phrases (/work/team/s8/fuzz_i18b.txt, outside the
repository): the spoken form held a symbol, a digit, a hyphen hanging off a spelled code, or a
word that is no Vietnamese syllable ('hai mươis', 'năm trămK', 'Φsáu', 'bảyxxxxxx', 'ng'). Each
class below has new phrases from several kinds of notice, written with their readings before
the reader saw them, and guards for what its rule must leave alone.

First pass, before any fix: 9/64 (the guards, the full-width digits, a degree typed 'º' and a
non-breaking space already passed). Four expected readings were corrected to the project's
conventions after the first pass: 'Xin-ga-po' is said 'Xin ga po'; a form's blank
'___________' was already silent; 'số xx/QĐ-UBND' keeps the pause the reader says after
'QĐ' with no number; 'Ng. Văn Minh' (a guard) is 'Nguyễn Văn Minh', as the class of
shortened family names was added. WRITTEN_AFTER came from a second look at the phrases after
those fixes. On the 1,650 phrases (quotation marks not counted): 238 outputs with an
unspeakable token before, 2 after (the primes of "12'30\"", a class of helper i18f's); 457
outputs with a guess reported before, 280 after (most of those left are abbreviations and
loan words no table holds, other helpers' families). Merged with main (i18d, i18e, i18f):
0/1650 unspeakable, 246 with a guess (main alone: 187 and 407)."""

from __future__ import annotations

import importlib
import re
from pathlib import Path

import pytest
from test_notice_reading import assert_reads_in_linear_time
from test_notice_round4_loanwords import batch_cases

from announcements.normalize import read_aloud, spoken_form
from announcements.syllables import is_vietnamese_syllable, said_as_tay_nung

BULLETS: list[tuple[str, str]] = [
    ("• Hạn nộp hồ sơ: 17h ngày 20/12.",
     "Hạn nộp hồ sơ: mười bảy giờ ngày hai mươi tháng mười hai."),
    ("● Tiêm phòng dại cho chó, mèo tại nhà văn hóa thôn.",
     "Tiêm phòng dại cho chó, mèo tại nhà văn hóa thôn."),
    ("▪ Giá lúa tươi 7.000đ/kg; ▪ giá ngô 6.500đ/kg.",
     "Giá lúa tươi bảy nghìn đồng một ki lô gam; giá ngô sáu nghìn năm trăm đồng một ki lô "
     "gam."),
    ("✔ Mang theo CCCD và giấy hẹn.", "Mang theo căn cước công dân và giấy hẹn."),
    ("– Trưởng các thôn thông báo đến từng hộ.", "Trưởng các thôn thông báo đến từng hộ."),
    ("→ Liên hệ trưởng thôn để đăng ký.", "Liên hệ trưởng thôn để đăng ký."),
    ("Kính gửi: • Ban nhân dân các thôn; • Các chi hội.",
     "Kính gửi: Ban nhân dân các thôn; Các chi hội."),
]  # fmt: skip
SIGNS: list[tuple[str, str]] = [
    ("Làm đường bê tông dài ~350m.", "Làm đường bê tông dài khoảng ba trăm năm mươi mét."),
    ("Khoảng 1.500 ~ 2.000 người dự lễ hội.",
     "Khoảng một nghìn năm trăm đến hai nghìn người dự lễ hội."),
    ("Mức phạt 500.000đ ÷ 1.000.000đ.", "Mức phạt năm trăm nghìn đồng đến một triệu đồng."),
    ("Sản lượng lúa 5.520 tấn (↑ 3,2%).",
     "Sản lượng lúa năm nghìn năm trăm hai mươi tấn (tăng ba phẩy hai phần trăm)."),
    ("Diện tích ngô 120ha (↓ 15ha).",
     "Diện tích ngô một trăm hai mươi héc ta (giảm mười lăm héc ta)."),
    ("Tỷ lệ hộ nghèo giảm từ 5,2% → 3,8%.",
     "Tỷ lệ hộ nghèo giảm từ năm phẩy hai phần trăm đến ba phẩy tám phần trăm."),
    ("Hỗ trợ chuyển nhà tạm → nhà kiên cố.", "Hỗ trợ chuyển nhà tạm thành nhà kiên cố."),
    ("Thép Φ6, Φ8 giá 14.500đ/kg.",
     "Thép phi sáu, phi tám giá mười bốn nghìn năm trăm đồng một ki lô gam."),
    ("Lắp ống nhựa Ø90 dẫn nước sạch.", "Lắp ống nhựa phi chín mươi dẫn nước sạch."),
    ("Sản phẩm OCOP 4★ của hợp tác xã.", "Sản phẩm ô cốp bốn sao của hợp tác xã."),
    ("STT|Họ tên|Số tiền", "số thứ tự, Họ tên, Số tiền"),
    ("Tâm chấn sâu ~10km.", "Tâm chấn sâu khoảng mười ki lô mét."),
]  # fmt: skip
UNICODE: list[tuple[str, str]] = [
    ("Giá lúa ７.０００đ/kg.", "Giá lúa bảy nghìn đồng một ki lô gam."),
    ("Nhiệt độ thấp nhất 8–10ºC.", "Nhiệt độ thấp nhất tám đến mười độ xê."),
    ("Tàu tuyến Bắc–Nam tạm dừng chạy.", "Tàu tuyến Bắc Nam tạm dừng chạy."),
    ("Vùng núi cao có nơi −2°C.", "Vùng núi cao có nơi âm hai độ xê."),
    ("Lương 6—8 triệu đồng.", "Lương sáu đến tám triệu đồng."),
    ("Cân nặng tối thiểu 45\u00a0kg.", "Cân nặng tối thiểu bốn mươi lăm ki lô gam."),
    ("Thi tiếng Hàn EPS–TOPIK.", "Thi tiếng Hàn e pê ét tô pích."),
]  # fmt: skip
CAPITALS: list[tuple[str, str]] = [
    ("GIÁ: 50.000Đ/KG", "giá: năm mươi nghìn đồng một ki lô gam"),
    ("MƯA TO 100-200MM/24H", "mưa to một trăm đến hai trăm mi li mét trong hai mươi tư giờ"),
    ("MỖI SUẤT QUÀ 300K", "mỗi suất quà ba trăm nghìn đồng"),
    ("DIỆN TÍCH 245,6M2", "diện tích hai trăm bốn mươi lăm phẩy sáu mét vuông"),
    ("Ủng hộ quỹ 500K, 1Tr, 2TR.", "Ủng hộ quỹ năm trăm nghìn đồng, một triệu đồng, hai triệu "
                                   "đồng."),
    ("XE TẢI TRÊN 10T CẤM ĐI QUA CẦU", "xe tải trên mười tấn cấm đi qua cầu"),
]  # fmt: skip
GLUED: list[tuple[str, str]] = [
    ("Rửa tay bằng xà phòng ít nhất 20s.", "Rửa tay bằng xà phòng ít nhất hai mươi giây."),
    ("Cuộc họp kéo dài khoảng 1,5h.", "Cuộc họp kéo dài khoảng một phẩy năm giờ."),
    ("Giá bò giống 1tr2/con.", "Giá bò giống một triệu hai một con."),
    ("Lương công nhân 7tr5/tháng.", "Lương công nhân bảy triệu năm một tháng."),
    ("Trạm y tế trực 24/24 h.", "Trạm y tế trực hai mươi tư trên hai mươi tư giờ."),
    ("Tiêm vắc xin từ 8 h – 11 h sáng thứ Bảy.",
     "Tiêm vắc xin từ tám giờ đến mười một giờ sáng thứ Bảy."),
    ("Điện lực đóng điện trở lại lúc 16h45’.",
     "Điện lực đóng điện trở lại lúc mười sáu giờ bốn mươi lăm phút."),
    ("Xe đón đoàn xuất phát 6h15′ sáng mai.",
     "Xe đón đoàn xuất phát sáu giờ mười lăm phút sáng mai."),
]  # fmt: skip
SHORTHAND: list[tuple[str, str]] = [
    ("Mỗi hộ cử 01 ng đi họp.", "Mỗi hộ cử một người đi họp."),
    ("Tai nạn làm chết 2 ng, bị thương 3 ng.", "Tai nạn làm chết hai người, bị thương ba người."),
    ("Thu nhập 65tr/ng/năm.", "Thu nhập sáu mươi lăm triệu đồng một người một năm."),
    ("Ai cần thì lh số đt 0912345678.",
     "Ai cần thì liên hệ số điện thoại không chín một hai, ba bốn năm, sáu bảy tám."),
    ("Bé 18 th tuổi nặng 9kg.", "Bé mười tám tháng tuổi nặng chín ki lô gam."),
    ("Nộp cho đ/c Hùng, tr thôn.", "Nộp cho đồng chí Hùng, trưởng thôn."),
    ("Đồng chí Ng. Văn Minh dự họp.", "Đồng chí Nguyễn Văn Minh dự họp."),
]  # fmt: skip
CODE_DASHES: list[tuple[str, str]] = [
    ("Gà tiêm vắc xin ND-IB lúc 7 ngày tuổi.", "Gà tiêm vắc xin en đê i bê lúc bảy ngày tuổi."),
    ("Đăng ký thi EPS-TOPIK tại Sở LĐ.", "Đăng ký thi e pê ét tô pích tại Sở lao động."),
    ("Nộp mẫu TK1-TS tại bưu điện.", "Nộp mẫu tê ca một tê ét tại bưu điện."),
    ("Không cài app EVN-CSKH giả mạo.", "Không cài áp e vê en chăm sóc khách hàng giả mạo."),
    ("Nước thải đạt QCVN 62-MT:2016/BTNMT.",
     "Nước thải đạt quy chuẩn việt nam sáu mươi hai em tê năm hai nghìn không trăm mười sáu của bộ "
     "tài nguyên và môi trường."),
]  # fmt: skip
LISTS: list[tuple[str, str]] = [
    ("Các hộ ở xóm 1,2,3 họp chung.", "Các hộ ở xóm một, hai, ba họp chung."),
    ("Thôn 4,5,6 và 7 nhận gạo.", "Thôn bốn, năm, sáu và bảy nhận gạo."),
    ("Học sinh khối 6,7,8,9 nghỉ học.", "Học sinh khối sáu, bảy, tám, chín nghỉ học."),
]  # fmt: skip
PLACEHOLDERS: list[tuple[str, str]] = [
    ("Nhắn tin lạ từ số 0912xxxxxx.",
     "Nhắn tin lạ từ số không chín một hai, ích xì ích xì ích xì ích xì ích xì ích xì."),
    ("Quyết định số xx/QĐ-UBND (dự thảo).",
     "Quyết định số, của ủy ban nhân dân (dự thảo)."),
    ("Hội nghị … bế mạc lúc 11h.", "Hội nghị, bế mạc lúc mười một giờ."),
    ("Ông/bà ___________ sinh năm ______.", "Ông hoặc bà sinh năm."),
]  # fmt: skip
WRITTEN_AFTER: list[tuple[str, str]] = [
    # written after the fixes above, from the figure's second look at the 1,650 phrases
    ("Hạn chót:17h ngày 30/6.", "Hạn chót: mười bảy giờ ngày ba mươi tháng sáu."),
    ("Lệ phí:50.000đ/hồ sơ.", "Lệ phí: năm mươi nghìn đồng một hồ sơ."),
    ("Tập huấn 2ngày tại hội trường xã.", "Tập huấn hai ngày tại hội trường xã."),
    ("Mỗi hộ nhận 5con gà giống.", "Mỗi hộ nhận năm con gà giống."),
    ("Độ ẩm không khí 70%–80%.", "Độ ẩm không khí bảy mươi phần trăm đến tám mươi phần trăm."),
    ("Nhiệt độ 35°–37° ở đồng bằng.", "Nhiệt độ ba mươi lăm độ đến ba mươi bảy độ ở đồng bằng."),
    ("Giá heo hơi 6k5/kg.", "Giá heo hơi sáu nghìn năm một ki lô gam."),
    ("Tường rào cao 2m5.", "Tường rào cao hai mét năm."),
    ("CẤM XE QUA CẦU TỪ 22H ĐẾN 5H", "cấm xe qua cầu từ hai mươi hai giờ đến năm giờ"),
    ("HỖ TRỢ 1,5 TR/HỘ", "hỗ trợ một phẩy năm triệu đồng một hộ"),
    ("TEM QR DÁN TRÊN CỬA NHÀ", "tem kiu a dán trên cửa nhà"),
    ("Chuẩn bị 1,5h cho mỗi ca.", "Chuẩn bị một phẩy năm giờ cho mỗi ca."),
]  # fmt: skip
GUARDS: list[tuple[str, str]] = [
    ("Đạt chuẩn ISO 9001:2015.",
     "Đạt chuẩn i sô chín nghìn không trăm linh một năm hai nghìn không trăm mười lăm."),
    ("Khai mạc lúc 7:30 sáng.", "Khai mạc lúc bảy giờ ba mươi sáng."),
    ("Trồng 5ha keo lai.", "Trồng năm héc ta keo lai."),
    ("Lãi giảm 2 vụ (-22,2%).", "Lãi giảm hai vụ (âm hai mươi hai phẩy hai phần trăm)."),
    ("Họp từ 7h30 – 11h tại hội trường.",
     "Họp từ bảy giờ ba mươi đến mười một giờ tại hội trường."),
    ("Hỗ trợ 1,25 tỷ đồng.", "Hỗ trợ một phẩy hai mươi lăm tỷ đồng."),
    ("Bón 1,2 tạ vôi mỗi sào.", "Bón một phẩy hai tạ vôi mỗi sào."),
    ("Xin-ga-po tuyển lao động.", "Xin ga po tuyển lao động."),
    ("Khám cho trẻ dưới 6t.", "Khám cho trẻ dưới sáu tuổi."),
]  # fmt: skip

BATCH = {
    "bullets": BULLETS,
    "signs": SIGNS,
    "unicode": UNICODE,
    "capitals": CAPITALS,
    "glued": GLUED,
    "shorthand": SHORTHAND,
    "code dashes": CODE_DASHES,
    "lists": LISTS,
    "placeholders": PLACEHOLDERS,
    "written after": WRITTEN_AFTER,
    "guards": GUARDS,
}


@pytest.mark.parametrize(("written", "spoken"), batch_cases(BATCH.items(), {}))
def test_round_eight_untidy_notices_are_read_as_an_announcer_reads_them(
    written: str, spoken: str
) -> None:
    assert spoken_form(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken", "guessed"),
    [
        ("Tổ hợp tác nuôi ong tuyển thêm tv.", "Tổ hợp tác nuôi ong tuyển thêm tê vê.", "tv"),
        ("Các hv nộp hội phí trước 30/6.",
         "Các hát vê nộp hội phí trước ngày ba mươi tháng sáu.", "hv"),
        ("Bồn chứa 200gal nước mưa.", "Bồn chứa hai trăm giê a e lờ nước mưa.", "gal"),
        ("Xét nghiệm RT-PCR Ct < 30 là dương tính.",
         "Xét nghiệm e rờ tê pê xê e rờ xê tê dưới ba mươi là dương tính.", "Ct"),
        ("Vé vào cổng 20$/người.", "Vé vào cổng hai mươi đô la một người.", ""),
    ],
)  # fmt: skip
def test_a_word_no_rule_knows_is_spelled_and_reported_as_a_guess(
    written: str, spoken: str, guessed: str
) -> None:
    """A true unknown ('tv' thành viên or ti vi, 'hv' hội viên or học viên, a unit no table
    holds) is said letter by letter, never left glued to a number or as written, and the
    office is told."""
    reading = read_aloud(written)
    assert reading.spoken == spoken
    assert (guessed in reading.guessed) if guessed else not reading.guessed


HOSTILE = [
    "1,1,", "1xx.", "…/", "....", "1,5h ", "; – ", "1 ~ ", "1K ", "1Đ ", "Ng. A", "a- ", "1$",
]  # fmt: skip


@pytest.mark.parametrize("unit", HOSTILE)
def test_reading_time_grows_linearly_with_untidy_input(unit: str) -> None:
    """The same check as test_notice_reading's, for the patterns of this round."""
    assert_reads_in_linear_time(unit)


# ----- every phrase of the tests comes out speakable ----------
QUOTED = re.compile(r"'[^'\n]*'|‘[^’\n]*’|[\"“”]")
"""Quotation marks are not heard: a quoted span is checked without them."""
PAUSE_MARKS = re.compile(r"[\s,.;:!?()…]+")
GLUED_INSIDE = re.compile(r"[^\W_](?:[^\w\s]|_)+(?=[^\W_])|[,.;:!?…](?=[^\s,.;:!?…)])")
"""A mark between two letters or digits of one word ('bảy.một', 'a,b', 'x:y', 'hai-ba',
'một/hai', 'Lan(thôn'), or a pause mark that no space or end follows ('một,('): checked on
the words between spaces, before the pause marks are taken as word breaks (session eight's
check split at them, and 'lộ ba bảy một E mười bảy.một' passed)."""
KNOWN_UNSPEAKABLE: dict[str, str] = {}
"""Phrases of the tests whose reading still holds a token no announcer can say, or a mark
glued inside a word, each with why (none at present: the reader's last pass leaves no mark
glued between two words, so a phrase added here must say what is left and why it cannot be
read)."""


def unspeakable(spoken: str) -> list[str]:
    """The tokens of a spoken form that are neither a Vietnamese syllable (nor a Tày or Nùng
    one, which the voices say as written: 'Sli') nor a pause mark, and the words between
    spaces that hold a mark glued inside them."""
    heard = QUOTED.sub(" ", spoken)
    glued = [word for word in heard.split() if GLUED_INSIDE.search(word.lstrip("("))]
    return glued + [
        token
        for token in PAUSE_MARKS.split(heard)
        if token and not is_vietnamese_syllable(token.lower()) and not said_as_tay_nung(token)
    ]


NOTICE_TESTS = sorted(path.stem for path in Path(__file__).parent.glob("test_notice_*.py"))


def _readings(module_name: str) -> dict[str, str | None]:
    """The written phrases a test module's reading tests are parametrised with, each with the
    reading the test asserts the reader gives (None where none is asserted: a case expected to
    fail, or a test of other things)."""
    found: dict[str, str | None] = {}
    for test in vars(importlib.import_module(module_name)).values():
        marks = getattr(test, "pytestmark", ())
        failing = any(mark.name == "xfail" for mark in marks)
        for mark in marks:
            names = mark.args[0] if mark.name == "parametrize" and mark.args else ()
            names = [n.strip() for n in names.split(",")] if isinstance(names, str) else names
            if "written" not in names:
                continue
            for case in mark.args[1]:
                values = case.values if type(case).__name__ == "ParameterSet" else case
                values = values if len(names) > 1 else (values,)
                xfail = failing or any(m.name == "xfail" for m in getattr(case, "marks", ()))
                asserted = "spoken" in names and not xfail
                written = values[list(names).index("written")]
                found[written] = values[list(names).index("spoken")] if asserted else None
    return found


@pytest.mark.parametrize("module_name", NOTICE_TESTS)
def test_every_phrase_of_the_reading_tests_comes_out_speakable(module_name: str) -> None:
    """Property: what the reader says for any phrase of the reading tests holds only
    Vietnamese syllables and pause marks (a symbol, a digit, a glued token or a hanging
    hyphen is wrong on its face, whatever the right reading is); the exceptions are listed,
    each with its reason. Where a test asserts the reader's reading, that reading is checked
    (the test itself fails if the reader says otherwise: reading every phrase twice would
    cost the suite seconds); a phrase expected to fail, or asserted otherwise, is read."""
    readings = _readings(module_name)
    assert readings
    faults = {
        written: unspeakable(spoken if spoken is not None else spoken_form(written))
        for written, spoken in readings.items()
        if written not in KNOWN_UNSPEAKABLE
    }
    assert {written: tokens for written, tokens in faults.items() if tokens} == {}


@pytest.mark.parametrize(
    ("spoken", "faults"),
    [
        ("vượt bảy mươidBA sau hai mươi mốt giờ", ["mươidBA"]),
        ("quy chuẩn sáu mươi hai- em tê", ["hai-"]),
        ("trước mười lăm', mang theo tài liệu", ["lăm'"]),
        ("e pê ét -tô pích, ~ hai trăm, 5 người", ["-tô", "~", "5"]),
        ("Thủ đoạn 'việc nhẹ lương cao', “Cả nước”…", []),
        ("lộ ba bảy một E mười bảy.một", ["bảy.một"]),
        (
            "viêm gan bê,xê; ba:một, hai-ba, một/hai",
            ["bê,xê;", "ba:một,", "hai-ba,", "một/hai", "hai-ba", "một/hai"],
        ),
        ("hộ bà Lan(thôn ba)nhận gạo,(một)", ["Lan(thôn", "ba)nhận", "gạo,(một)"]),
        ("(thôn ba), hết. Họp: a) bê; xê… đê!", []),
    ],
)
def test_the_check_finds_what_is_wrong_on_its_face(spoken: str, faults: list[str]) -> None:
    """The property's own check: a glued token, a hanging hyphen or prime, a symbol or a digit
    is found; quotation marks and pause marks are not faults."""
    assert unspeakable(spoken) == faults
