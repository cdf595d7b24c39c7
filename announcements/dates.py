"""Dates, times and house numbers, read as an announcer reads them: '01/8/2020' → 'ngày một
tháng tám năm hai nghìn không trăm hai mươi', lunar dates ('rằm tháng giêng', 'mùng năm tháng
năm âm lịch'), ranges of days and months, '17h15' → 'mười bảy giờ mười lăm phút', '7h-11h30',
and house numbers that are not dates ('số 12/5' → 'số mười hai trên năm').

`DATE_RULES` run in this order inside the reader's number rules (`normalize.py`), after the
phone numbers and units and before the ranges and plain numbers.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date

from common.i18n import _

from .numbers import read_digits, read_integer
from .rules import (
    YEAR,
    E,
    Needing,
    Rule,
    _after,
    _alternation,
    _before,
    _before_as_written,
    _Context,
    _digit_start,
    _ending,
    _ends_with,
    _suffix,
    _word_before,
)
from .vocabulary import (
    DOCUMENT_NAMES,
    HOUSE_WORDS,
    LUNAR_MONTHS,
    NATION_DAYS,
    NUMBERED_PLACES,
    STREET_WORDS,
)

# ----- dates ----------
CAN = "Giáp|Ất|Bính|Đinh|Mậu|Kỷ|Canh|Tân|Nhâm|Quý"
LUNAR_MARK = rf"(?:\(?\s*(?i:âm lịch)|năm\s+(?:{CAN})\s)"
"""'âm lịch', '(âm lịch)', 'AL' (already read as 'âm lịch'), or a year of the sixty-year
cycle ('năm Giáp Thìn')."""
LUNAR_AFTER = re.compile(rf"(?:\s?(?:đến|-|–)\s?(?:ngày\s)?\d{{1,2}}/\d{{1,2}})?\s*{LUNAR_MARK}")
"""A lunar date is followed by the mark, perhaps after the other end of its range: 'từ 1/5
đến 21/5 âm lịch'."""
LUNAR_MONTH_NAME = r"(?i:tháng)\s+(?i:giêng|chạp)(?![^\W_])"
"""'tháng Giêng', 'tháng Chạp': months only the lunar calendar names so."""
LUNAR_DAY_AFTER = re.compile(
    r"(?:(?:\s?(?:đến|và|,|[-–])\s?(?:ngày\s)?)?\d{1,2})?\s*"
    rf"(?:{LUNAR_MONTH_NAME}|(?:(?i:tháng)\s+\d{{1,2}}(?:\s+năm\s+\d{{4}})?\s*)?{LUNAR_MARK})"
)
"""After a lunar day, perhaps the other end of a range of days first: 'ngày 15 âm lịch',
'ngày 15 tháng 8 âm lịch', 'ngày 6 tháng Giêng', 'ngày 10 đến 12 tháng Giêng'."""
PART_WORDS = frozenset(
    {"chiếm", "khoảng", "gần", "hơn", "quá", "giảm", "miễn", "bằng", "trợ", "được", "mức"}
)
"""'chiếm 2/3' is a part ('hai phần ba'), so is 'Mức 1/2 lương cơ sở' ('một phần hai', not the
second of January); 'có 5/7 trường' counts schools ('năm trên bảy')."""
FRACTION_AFTER = frozenset({"khoảng", "hơn", "gần", "chiếm", "đạt", "còn", "có", "được"})
"""'chiếm 2/3 diện tích' is two thirds ('hai phần ba'), not the second of March."""
FRACTION_BEFORE = re.compile(
    r"\s(?:số|diện tích|dân số|tổng|lượng|trong số|quân số|kinh phí|chi phí|giá trị|thời gian"
    r"|kế hoạch|dự toán|cử tri|đại biểu|khối lượng|khoản|nghĩa vụ|tài sản|công việc|vốn"
    r"|ngân sách|sản lượng|quỹ)(?![^\W_])",
    re.IGNORECASE,
)
"""'2/3 số hộ', '1/2 diện tích', '2/3 khối lượng', '3/4 khoản nợ': a fraction of something."""
PART_OF_A_MEASURE = re.compile(
    r"\s(?:sào|mẫu|ha|héc ta|viên(?! chức)|liều|gói|ống|chai|lít|cốc|bát|chén|thìa|muỗng"
    r"|bao(?! gồm)|tấn(?! công)|tạ|ki lô|quả|cây|cửa xả|cửa van|cửa đập|cửa tràn|hạng mục"
    r"|quãng đường|chặng đường|đoạn đường|chiều dài|công suất|dung tích|lưu lượng|học phí"
    r"|giá vé|số tiền|tiền|chiều cao|chiều rộng|chiều sâu|ruộng|cánh đồng|mặt đường|lòng đường"
    r"|thân cây|bánh xe)(?![^\W_])",
    re.IGNORECASE,
)
"""'3/4 sào', '1/2 viên', 'mở 2/3 cửa xả', 'xong 2/5 hạng mục': a part of a measure or of a
whole, when it is a proper fraction ('15/6 viên chức', '15/6 bà con' stay dates)."""
DAY_WORDS = ("ngày", "mùng", "mồng", "hôm")
COUNTED_IN_A_YEAR = (
    "đợt", "lần", "kỳ", "kì", "phiên", "vụ", "giai đoạn", "học kỳ", "số", "tuần", "quý", "khóa",
    "khoá",
)  # fmt: skip
"""'đợt 2/2024', 'kỳ 1/2025', 'số 12/2024', 'tuần 48/2025', 'quý 3/2025' count within a year:
not a month, and the year is said 'năm' (session 26's editors marked 'tuần … trên …' lạ)."""
PARTS_OF_DAY = ("đêm", "sáng", "trưa", "chiều", "tối", "khuya", "hôm", "rạng sáng")
"""After these a date is said without 'ngày', its first ten days with 'mùng'."""
LUNAR_DAY_LEADS = (*DAY_WORDS, *PARTS_OF_DAY, "từ", "đến", "tức", "trước", "sau", "vào", "và")
"""Words after which a number before a lunar month is its day: '(tức 6 tháng Giêng)'."""


def _month(n: int, ctx: _Context, lunar: bool = False) -> str:
    if lunar and n in LUNAR_MONTHS:
        return LUNAR_MONTHS[n]
    return "tư" if n == 4 else read_integer(n, ctx.dialect)


def _day(d: int, ctx: _Context, mung: bool) -> str:
    """The day of a date. With `mung`, the first ten days take 'mùng': lunar days unless the
    text says 'mùng' already, and solar ones after a part of the day ('đêm 5/9' → 'đêm mùng
    năm tháng chín', as bulletins read it). A fifteenth written in digits is 'mười lăm', never
    'rằm' ('15/7 âm lịch', 'ngày 15 tháng Chạp'): rounds 69 and 80, nine readings of nine, and
    session 15's count of 8 to 7 make 17 to 7; a 'rằm' the notice writes stays."""
    if mung and d <= 10:
        return f"mùng {read_integer(d, ctx.dialect)}"
    return read_integer(d, ctx.dialect)


MUNG_RANGE = re.compile(r"(mùng|mồng) \d{1,2}(?:/\d{1,2}(?:/\d{4})?)?\s?(?:đến|tới)\s$")
"""'từ mùng 8 đến ', 'tức mùng 9/4 đến ': a range whose first end the notice wrote with 'mùng'.
Its second end is said as the first: 'mùng' up to the tenth, and no 'ngày' ('mùng chín tháng
tư đến hai mươi lăm tháng tư' in round 58's 3 readings of 3)."""
PLURAL_DAYS_RANGE = re.compile(
    r"(?<![^\W_])(?:các|những) ngày \d{1,2}(?:/\d{1,2}(?:/\d{4})?)?\s?(?:đến|tới)\s$"
)
"""'các ngày 1/5 đến 3/5': after 'các' or 'những' the word 'ngày' already names both ends, and
is not said again after 'đến' (round 32's class, as 'các ngày 20-22')."""
NAMED_BY_A_DATE = (
    "đường", "phố", "mầm non", "tiểu học", "trung học cơ sở", "trung học phổ thông",
    "quảng trường", "công viên", "phường", "sân vận động", "nhà thi đấu", "nông trường",
    "lâm trường", "cầu", "cúp", "xóm", "ấp", "khu", "hội trường", "kênh", "bến", "cống", "đập",
    "nhà văn hóa", "nhà văn hoá",
)  # fmt: skip
"""'đường 3/2', 'Trường Mầm non 19/5', 'cầu 19/5', 'phường 26/3', 'Xóm 3/2', 'ấp 19/5',
'Hội trường 26/3', 'kênh 2/9': a street, a bridge, a ward, a hamlet, a hall, a canal or a
school named by a date says no 'ngày' (blind rounds 95, 96: 'hội trường ngày hai mươi sáu
tháng ba' turned the hall into the meeting's day, both judges 'sai')."""
SCHOOL_BEFORE = re.compile(r"(?<![^\W_])(?<!tựu )(?<!nhập )(?<!tới )(?<!đến )trường\s$")
"""'tại trường 19/5': a school named after a day of the nation, whatever its case; 'tựu
trường 5/9', 'đến trường 2/9' are days."""
NOT_A_BRIDGE = (
    "yêu cầu", "nhu cầu", "toàn cầu", "cung cầu", "địa cầu", "bán cầu", "khẩn cầu", "lịch cúp",
    "bị cúp", "sẽ cúp", "lực cúp",
)  # fmt: skip
"""'theo yêu cầu 20/11' is no bridge, 'lịch cúp 20/11' no cup (a power cut's day)."""
NAMED_CAPITALISED = re.compile(r"(?<![^\W_])(?:Trường|TRƯỜNG)\s$")
"""'Trường 2/9': a school named by a date, written with its capital ('về trường 5/9' is a
day)."""
HOLIDAYS = (
    "lễ", "quốc khánh", "giỗ tổ", "giỗ tổ hùng vương", "tết", "tết nguyên đán",
    "tết dương lịch", "trung thu", "rằm", "vu lan", "phật đản", "quốc tế lao động",
    "giải phóng miền nam",
)  # fmt: skip
"""'Quốc khánh 2/9', 'Đại lễ 2/9', 'nghỉ lễ 30/4', 'Giỗ Tổ 10/3': a day and month right after
a holiday's name say no 'ngày' (0 of 8 readings in twelve held-out files said it); after
'từ' a date keeps it. A date after 'dịp' names the occasion and says none either ('nhân dịp
27/7', 'vào dịp 1-2/9': 0 of round 32's 8 readings said it), nor after 'đợt', the batch it names
('đợt 7/11': 0 of round 49's 4 readings), nor after 'cao điểm', the peak campaign they span
('dịp cao điểm 15/12/2025-15/2/2026': 0 of round 53's 4 readings said 'ngày' before it alone)."""
OCCASION_WORDS = ("dịp", "đợt", "cao điểm")
QUIET_AFTER = (*DAY_WORDS, *NAMED_BY_A_DATE, *HOLIDAYS, *OCCASION_WORDS)
"""Words after which a date says no 'ngày' of its own (`_DayLead`): one tuple, built once."""
HOLIDAY_LISTED = re.compile(
    rf"(?<![^\W_])(?:{'|'.join((*HOLIDAYS, *OCCASION_WORDS))}) \d{{1,2}}/\d{{1,2}}(?:/\d{{4}})?"
    r"\s?(?:,|và|,\svà)\s$"
)
"""'nghỉ lễ 30/4 và 1/5', 'các đợt 27/7 và 22/12', 'dịp 2/9 và 1/1': the second day of a list
after a holiday or an occasion says no 'ngày' either, as the first says none."""


def _in_a_holidays_bracket(before: str) -> bool:
    """'Giỗ Tổ Hùng Vương (10/3 âm lịch)', 'Quốc khánh (2/9)': a bracket right after a
    holiday's name only sets its date apart, which says no 'ngày' as it says none unbracketed
    (round 38: 0 of 5 readings of a bracketed Giỗ Tổ, both announcers, said it)."""
    tail = before.rstrip()
    return tail.endswith("(") and _ends_with(tail[:-1], HOLIDAYS)


def _in_a_named_days_bracket(m: re.Match[str], before: str) -> bool:
    """'Ngày thành lập MTTQ Việt Nam (18/11)': a bracket right after a commemorated day's name
    sets its date apart, which says no 'ngày' as it says none unbracketed (round 39: both
    announcers). So does a festival's, 'Ngày hội Đại đoàn kết … (18/11)', and a named month's,
    'Tháng cao điểm phòng, chống ma túy (26/6)' (round 46: 4 of 4 readings each)."""
    if _named_day_bracketed(m, before) is not None:
        return True
    # a campaign month's days, 'Tháng Nhân đạo (1-31/5)', are 'từ ngày một đến ngày …'
    return "d2" not in m.re.groupindex and _a_campaign_months_days(m)


def _in_front_of_a_bracket(m: re.Match[str]) -> str:
    """The words, as written, before the bracket that opens right before `m`, then a space."""
    return _before_as_written(m, 112).rstrip()[:-1].rstrip() + " "


def _named_day_bracketed(m: re.Match[str], before: str) -> str | None:
    """The name of a day that a bracket right before `m` follows: written with a capital
    'Ngày', or small as a unit's day, 'ngày truyền thống Hòn Khoai (13/12/1940)' (round 46: 4
    of 4 readings said no 'ngày'); 'ngày sinh Bác (19/5)' is no name."""
    if not before.rstrip().endswith("("):
        return None
    day = NAMED_DAY.search(_in_front_of_a_bracket(m))
    if day is None:
        return None
    name = day.group(0)
    return name if name.startswith(("Ngày", "NGÀY", *UNITS_DAYS)) else None


UNITS_DAYS = ("ngày truyền thống",)
"""A day written small that is still a name: a unit's or a place's day of its own."""


DAY_NAMED = re.compile(r"ngày (?:thứ [^\W\d_]+|chủ nhật),? $")
"""'ngày thứ Bảy 6/12', 'ngày CN 22/6': 'ngày' is said once, before the weekday."""
DAY_NAMED_SHORT = re.compile(r"(?<![^\W_])ngày (?:hôm nay|mai|hội|lễ) $")
"""'ngày hôm nay 8/3', 'Ngày hội 18/11': a day whose name is no more than its word, or today,
says 'ngày' once (round 34's 'ngày' again is for a named day's date: NAMED_DAY)."""
NAMED_DAY_STARTS = (
    "hôm nay|mai|hội|lễ|thành lập|truyền thống|giải phóng|sinh|kỷ niệm|toàn dân|thương binh"
    "|bảo hiểm|quốc tế|thế giới|thầy thuốc|nhà giáo|phụ nữ|môi trường|pháp luật|dân số"
    "|chiến thắng|quân đội|công an|biên phòng|an toàn|gia đình|người cao tuổi|khuyến học"
    "|phòng cháy|phòng, chống|phòng chống|văn hóa|đại đoàn kết|an ninh|chuyển đổi số"
)
"""A day's name may open with the words of an abbreviation the reader has expanded: 'Ngày
TBLS 27/7' is 'ngày thương binh liệt sĩ hai mươi bảy tháng bảy' by then."""
NOT_IN_A_DAYS_NAME = (
    "tổ chức|diễn ra|vào|từ|đến|lúc|sáng|chiều|tối|trưa|thứ|chủ nhật|Chủ nhật|tại|trước|sau|là"
    "|được|sẽ|đã|trong|họp|nộp"
)
"""Words that end a day's name and begin the sentence about it: 'Ngày hội hiến máu tổ chức
sáng Chủ nhật 14/9' is a date of its own ('… Chủ nhật ngày mười bốn tháng chín')."""
NAMED_DAY = re.compile(
    rf"(?<![^\W_])(?:[Nn]gày|NGÀY)(?= [A-ZĐ]| (?:{NAMED_DAY_STARTS}) )"
    rf"(?: (?!(?:{NOT_IN_A_DAYS_NAME})(?![^\W_]))(?:phòng,|[^\W\d_]+|[-–—])){{1,16}} $"
)
"""A named day before its date: 'Ngày Quốc tế Phụ nữ 8/3', 'Ngày Thương binh - Liệt sĩ 27/7',
'Ngày thành lập Đoàn 26/3', 'Ngày Toàn dân phòng, chống ma túy 26/6' (a dash in it may be of
any width: 'Thương binh – Liệt sĩ', as round 25 wrote it); a name opens with a capital or one
of NAMED_DAY_STARTS ('Ngày nào … trước 8/3' is no name). Its date says 'ngày' again
(round 34: 'Ngày Môi trường thế giới năm tháng sáu' was lạ for the judges of blind rounds
113-114, the day's 'năm' heard as a year's), a name opened by a weekday too ('Ngày Chủ nhật
xanh 7/9', said 'ngày' once before round 34), but not in brackets (`_named_day_bracketed`) nor
after a holiday's name ('Ngày Quốc khánh 2/9': HOLIDAYS)."""
WEEKDAY = (
    r"(?<![^\W_])(?<!lần )(?<!đợt )(?<!kỳ )(?<!vòng )(?<!lượt )(?<!khóa )(?<!lớp )"
    r"(?:[Cc]hủ [Nn]hật|CHỦ NHẬT|[Tt]hứ (?:Hai|Ba|Tư|Năm|Sáu|Bảy|[2-7])|THỨ [^\W\d_]+)"
)
WEEKDAY_RIGHT_BEFORE = Needing(
    re.compile(rf"{WEEKDAY} $|(?<![^\W_])(?:[Nn]gày|NGÀY) {WEEKDAY} \($"),
    ("hứ ", "HỨ ", "hủ ", "HỦ "),  # of each weekday's 'thứ', 'chủ nhật'
)
"""'sáng thứ Bảy 15/11', 'Chủ nhật 02/11/2025', 'ngày thứ Năm (6/11)': a date written right
after its weekday, or in brackets after 'ngày' and the weekday, says no 'ngày' (the read
held-out files: 7 phrases only without it, none only with it, 15 both; with 'ngày' before
the weekday, 3 only without). A day up to the tenth then takes 'mùng', as after a part of the
day ('Chủ nhật 07/12' → 'Chủ nhật mùng bảy …': 3 phrases of 3). After a comma, or a bracket
with no 'ngày' before the weekday, both are heard and 'ngày' stays. 'lần thứ hai 20/11' is no
weekday."""
LISTED_DAYS = re.compile(
    rf"(?:ngày|mùng|mồng|(?<![^\W_])(?i:{'|'.join(PARTS_OF_DAY)}))(?:\s\d{{1,2}}\s?(?:,|và|,\svà))+\s$"
)
"""'các ngày 05, 06/11', 'Đêm 14 và 15/8 âm lịch': the date ends a list of days that 'ngày' or a
part of the day already leads (no 'ngày' comes back before the last)."""


@dataclass(frozen=True)
class _DayLead:
    """How a date is led in: 'ngày' said or not, and whether its day takes 'mùng'."""

    said: str
    written_mung: str
    """'mùng' or 'mồng' as the notice writes it before the day, or ''."""
    part_of_day: bool

    @classmethod
    def of(cls, m: re.Match[str]) -> _DayLead:
        before = _before(m)
        written_mung = _ending(before, ("mùng", "mồng")) or ""
        part_of_day = (  # a weekday right before leads a day as a part of the day does
            _ends_with(before, PARTS_OF_DAY)
            or WEEKDAY_RIGHT_BEFORE.search(m.string, max(0, m.start() - 24), m.start()) is not None
        )
        quiet = (
            written_mung
            or part_of_day
            or (
                _ends_with(before, QUIET_AFTER)
                and not _ends_with(before, NOT_A_BRIDGE)
                and not _a_places_day(m, before)
            )
            or NAMED_CAPITALISED.search(m.string, max(0, m.start() - 8), m.start()) is not None
            or (SCHOOL_BEFORE.search(before) is not None and _a_nation_day(m))
            or (_ends_with(before, NUMBERED_PLACES) and _a_nation_day(m))
            or LISTED_DAYS.search(before) is not None
            or (before.endswith(("đến ", "tới ")) and PLURAL_DAYS_RANGE.search(before) is not None)
            or DAYS_COUNTED_BEFORE.search(_before(m, 16)) is not None
            or HOLIDAY_LISTED.search(_before(m, 40)) is not None
            or _in_a_holidays_bracket(before)
            or _in_a_named_days_bracket(m, before)
            or DAY_NAMED.search(before) is not None
            or DAY_NAMED_SHORT.search(before) is not None
            or _names_a_listed_street(m)
        )
        return cls("" if quiet else "ngày ", written_mung, part_of_day)

    @property
    def after_mung(self) -> bool:
        return bool(self.written_mung)

    def mung(self, lunar: bool) -> bool:
        return (lunar or self.part_of_day) and not self.after_mung


STREETS_LISTED = re.compile(
    r"(?<![^\W_])(?i:(?<!thành )(?<!khu )(?<!dân )(?:đường|phố))"
    r"(?: (?:[A-ZĐ][^\W\d_]*|\d{1,2}/\d{1,2}))+"
    r"(?:(?:,| và|, và)(?: (?:[A-ZĐ][^\W\d_]*|\d{1,2}/\d{1,2}))+)*(?:,| và|, và) $"
)
"""'các tuyến đường Trần Phú, Lê Lợi, ': a list of streets' names that 'đường' or 'phố' leads
(not a city's, 'thành phố Huế, ', nor a quarter's)."""


def _a_places_day(m: re.Match[str], before: str) -> bool:
    """A date after a numbered place's word that names no place ('Sinh hoạt tổ dân phố 12/3',
    'Họp xóm 15/8': a place's meeting and its day, untidy._a_meetings_day) says 'ngày' after
    every such word, as after 'thôn' and 'tổ' (session 33's note: 'tổ dân phố mười hai tháng
    ba', 'phố' taken for a street's); a day of the nation there is a place's name, quiet."""
    return _ends_with(before, NUMBERED_PLACES) and not _a_nation_day(m)


def _a_nation_day(m: re.Match[str]) -> bool:
    """A day and month of the nation's, with no year: '19/5', '30/4' (a name's date)."""
    groups = m.groupdict()
    day, month = groups.get("d"), groups.get("m")
    if groups.get("y") or not (day and month and day.isdigit() and month.isdigit()):
        return False
    return (int(day), int(month)) in NATION_DAYS


def _names_a_listed_street(m: re.Match[str]) -> bool:
    """'các tuyến đường Trần Phú, Mậu Thân, 30/4': a day of the nation listed among streets'
    names is a street's name, said without 'ngày' as after 'đường' itself (both of round 35's
    announcers); any day in a list called streets too, 'các tuyến phố Quang Trung, 17/8'
    (Tuyên Quang's; blind round 93: 'ngày mười bảy tháng tám' lost the street, sai for both
    judges). A year after it ('2/9/2025') makes it a date again."""
    groups = m.groupdict()
    day, month = groups.get("d"), groups.get("m")
    if groups.get("y") or not (day and month and day.isdigit() and month.isdigit()):
        return False
    if not m.string.endswith((", ", " và "), 0, m.start()):
        return False
    listed = STREETS_LISTED.search(_before_as_written(m, 80))
    if listed is None:
        return False
    if _a_nation_day(m):
        return True
    return listed.string.endswith(STREETS_PLURAL, 0, listed.start())  # 'Sửa đường A, B, 15/12'


STREETS_PLURAL = ("các tuyến ", "các ", "Các tuyến ", "Các ", "tuyến ", "Tuyến ")
"""'các tuyến phố Quang Trung, 17/8': a list the notice calls streets holds only streets, so a
day among them names one, whichever day it is."""


def _is_lunar(m: re.Match[str]) -> bool:
    return bool(LUNAR_AFTER.match(_after(m)))


def _first_day(m: re.Match[str], ctx: _Context) -> str:
    """'từ 20 đến 25/11': the first day of a range whose month is written once, at its end,
    is said with 'ngày' as the second is ('từ ngày hai mươi đến ngày hai mươi lăm …'); so is
    a first day in the month before, which is not written ('từ 25 đến 5/12' → 'từ ngày hai
    mươi lăm đến ngày năm tháng mười hai'). A lunar range's first day up to the tenth takes
    'mùng' as its last does ('từ ngày 3 đến ngày 7/4 âm lịch' → 'từ ngày mùng ba đến ngày mùng
    bảy …', as 'từ 3 đến 7 tháng Giêng' is read)."""
    day = int(m["d"])
    mung = "mùng " if day <= 10 and _is_lunar(m) else ""
    if mung and _word_before(m) == "ngày" and not _ends_with(_before(m), ("các ngày",)):
        return f"{mung}{read_integer(day, ctx.dialect)}"
    if _word_before(m) not in ("từ", "vào", "trong", "tức"):
        return m.group(0)
    if _ends_with(_before(m), ("ngày từ", "ngày vào")):  # 'các ngày từ 19 đến 23/12'
        return f"{mung}{read_integer(day, ctx.dialect)}" if mung else m.group(0)
    if day < int(m["d2"]):
        if _day_month(m["d"], m["m2"], None, ctx, lunar=False, mung=False) is None:
            return m.group(0)
    elif not 1 <= day <= 31:  # 'từ 25 đến 5/12': from the 25th of the month before
        return m.group(0)
    return f"ngày {mung}{read_integer(day, ctx.dialect)}"


def lunar_day(m: re.Match[str], n: int, ctx: _Context) -> str | None:
    """A day of the lunar calendar, said as announcers say it: its first ten days with
    'mùng' ('ngày 6 tháng Giêng' → 'ngày mùng sáu tháng Giêng', 'ngày 15 tháng 8 âm lịch' →
    'ngày mười lăm tháng tám âm lịch'). None when `n`, matched by `m`, is not
    a lunar day."""
    word = _word_before(m)
    if not (1 <= n <= 30 and word in LUNAR_DAY_LEADS and LUNAR_DAY_AFTER.match(_after(m, 40))):
        return None
    return _day(n, ctx, mung=word not in ("mùng", "mồng"))


def _day_month(
    day: str,
    month: str,
    year: str | None,
    ctx: _Context,
    lunar: bool,
    mung: bool,
) -> str | None:
    """'mười lăm tháng tám năm …', or None when there is no such day."""
    d, mo = int(day), int(month)
    if lunar:
        if not (1 <= d <= 30 and 1 <= mo <= 12):
            return None
    else:
        try:
            date(int(year) if year else 2000, mo, d)
        except ValueError:
            return None
    words = f"{_day(d, ctx, mung)} tháng {_month(mo, ctx, lunar)}"
    return words + (f" năm {read_integer(int(year), ctx.dialect)}" if year else "")


def _mirrored_mung(m: re.Match[str]) -> str | None:
    """'mùng' or 'mồng' when `m` ends a range whose first end the notice wrote with it."""
    before = _before(m)
    if not before.rstrip().endswith(("đến", "tới")):  # the cheap look first
        return None
    found = MUNG_RANGE.search(before)
    return found[1] if found else None


def _date(m: re.Match[str], ctx: _Context) -> str:
    lead, lunar = _DayLead.of(m), _is_lunar(m)
    mung = _mirrored_mung(m)
    if mung:  # 'từ mùng 8 đến 10/1 âm lịch', 'mùng 9/4 đến 25/4': the second end as the first
        read = _day_month(m["d"], m["m"], m["y"], ctx, lunar, mung=False)
        if read is not None:
            return f"{mung} {read}" if int(m["d"]) <= 10 else read
    read = _day_month(m["d"], m["m"], m["y"], ctx, lunar, lead.mung(lunar))
    if read is None:
        ctx.guess(m.group(0), _("'{written}' looks like a date but is not one"))
        return m.group(0)
    return lead.said + read


def _day_slash_month(m: re.Match[str], ctx: _Context) -> str:
    """'15/8' is a date; but 'chiếm 2/3' is a fraction ('hai phần ba'), 'đạt 19/19 tiêu
    chí' a count ('mười chín trên mười chín'), '15/20 hộ' (not a date, not after 'ngày')
    fifteen out of twenty, 'tại 5/12 thôn' five of twelve hamlets and 'nghỉ 1/2 ngày' half a
    day; after a word that leads a date ('sáng 5/12 thôn Đông họp') it stays a date."""
    before = _before(m)
    graded = (
        _word_before(m) in GRADED_BY or GRADE_LISTED.search(before) or _part_of_a_series(m, before)
    )
    if graded and int(m["d"]) <= int(m["m"]):
        return f"{ctx.integer(m['d'])} trên {ctx.integer(m['m'])}"  # 'hạng 2/4', 'bậc 3/8'
    if not _ends_with(before, (*DATE_LEADS, "tới", "tức")) or _ends_with(before, UP_TO_NOW):
        d, total = int(m["d"]), int(m["m"])
        if d == 1 and total == 2 and HALVED.match(_after(m)):
            return "nửa"  # 'nghỉ 1/2 ngày' → 'nghỉ nửa ngày'
        if d <= total and _counts_over_a_total(m):
            return f"{ctx.integer(m['d'])} trên {ctx.integer(m['m'])}"
    if not _ends_with(_before(m), DAY_WORDS):
        proper = int(m["d"]) < int(m["m"]) <= 10
        measured = FRACTION_BEFORE.match(_after(m)) or _word_before(m) in PART_WORDS
        if proper and (measured or PART_OF_A_MEASURE.match(_after(m))):
            return f"{ctx.integer(m['d'])} phần {_month(int(m['m']), ctx)}"  # 'ba phần tư'
        if _word_before(m) in FRACTION_AFTER or measured:
            return f"{ctx.integer(m['d'])} trên {ctx.integer(m['m'])}"
        if _day_month(m["d"], m["m"], None, ctx, _is_lunar(m), mung=False) is None:
            return f"{ctx.integer(m['d'])} trên {ctx.integer(m['m'])}"
    return _date(m, ctx)


GRADED_BY = frozenset({"hạng", "bậc", "binh"})
"""A grade out of a scale: a war invalid's 'hạng 2/4' ('thương binh 4/4'), a salary's 'bậc
3/8', said 'hai trên bốn', never the second of April."""
GRADE_LISTED = re.compile(rf"(?:{'|'.join(GRADED_BY)}) \d+/\d+, ?$")
"""'hạng 1/4, 2/4': a grade listed after a graded one is one too."""
PARTS_OF_A_SERIES = frozenset({"tập", "phần", "chương", "trang", "tờ", "kỳ", "kì"})
"""'tập 5/20', 'trả góp kỳ 3/12': the part of a series said 'năm trên hai mươi' as its total."""
ROUNDS_OF_A_FEW = frozenset({"đợt", "mũi"})
"""'tiêm đợt 2/3', 'mũi 2/3': a round of two to four is said as a part; a larger total is a
date ('kết nạp đảng đợt 7/11')."""
DAY_BEFORE_A_BRACKET = (
    *DAY_WORDS, *PARTS_OF_DAY, "từ", "đến", "trước", "sau", "vào", "lúc", "hai", "ba", "tư",
    "năm", "sáu", "bảy", "nhật", "cn", "mai", "qua", "nay", "tết",
)  # fmt: skip
"""'Chủ nhật (6/10)', 'Thứ Hai (2/3)', 'sáng nay (5/11)': a date in brackets after its day."""


def _part_of_a_series(m: re.Match[str], before: str) -> bool:
    """'đợt 2/3', 'tập 5/20', a notice's heading '(1/2)': a part and the total of its series."""
    word, total = _word_before(m), int(m["m"])
    if word in PARTS_OF_A_SERIES or (word in ROUNDS_OF_A_FEW and total <= 4):
        return True
    bracketed = before[-1:] == "(" and _after(m, 1) == ")" and total <= 4
    return bracketed and not _ends_with(before[:-1].rstrip().lower(), DAY_BEFORE_A_BRACKET)


UP_TO_NOW = ("đến nay", "tới nay", "hiện nay")
"""'Đến nay 10/10 thôn đã có nhà văn hóa': 'nay' ends 'up to now', it leads no date."""
COUNTED_NOUNS = (
    "thôn", "xóm", "ấp", "bản", "làng", "buôn", "tổ", "khu", "khu vực", "khu phố", "cụm", "xã",
    "phường", "thị trấn", "huyện", "hộ", "người", "trường", "lớp", "điểm", "đơn vị", "cơ sở",
    "tiêu chí", "chỉ tiêu", "trạm", "tàu", "thuyền", "đội", "địa bàn", "chi hội", "chi bộ",
    "hợp tác xã", "doanh nghiệp", "học sinh", "cháu", "mô hình", "công trình", "dự án", "phiếu",
    "nội dung", "thủ tục", "hồ sơ", "chợ", "giếng", "hồ", "đập", "kênh", "tuyến", "em",
    "máy", "tổ máy", "xe", "ô tô", "chiếc", "căn", "gia đình", "cán bộ", "đảng viên",
    "đoàn viên", "hội viên", "thành viên", "giáo viên", "cửa hàng", "cơ quan", "bệnh nhân",
    "mẫu", "thửa", "cống", "ứng cử viên", "ứng viên", "thí sinh", "cử tri", "sinh viên",
    "công nhân",
)  # fmt: skip
COUNTED_AFTER = re.compile(
    rf"\s(?:{_alternation(COUNTED_NOUNS)})(?![^\W_]| (?:chức|hội|tin|đồ|án)(?![^\W_]))"
    r"(?P<next>\s+\S)?"
)
"""'12/12 thôn', 'tại 5/12 thôn', '8/10 xã đạt chuẩn': the count of a total of places, people
or things, said 'trên' as announcers say a share of a whole ('năm trên mười hai thôn'); after a
pause too ('đạt 99,87%, 3/3 ứng cử viên trúng cử', all of round 40's readings)."""
HALVED = re.compile(
    r"\s(?:ngày|buổi|tháng|năm|tuần|giờ|ca|kỳ|học kỳ"
    r"|viên|liều|vỉ|ống|gói|cốc|ly|chén|bát|thìa|muỗng|quả|trái|lít|sào|suất)(?![^\W_])"
)
"""'nghỉ 1/2 ngày', '1/2 tháng lương': half a span of time, said 'nửa'; so is half a thing
taken whole, 'uống 1/2 viên', '1/2 liều', '1/2 lít' (blind round 96: 'một phần hai
viên' lạ, 'nửa viên' the announcer's word)."""


def _counts_over_a_total(m: re.Match[str]) -> bool:
    """A counted noun follows, not named ('5/12 thôn Đông' is a date before a hamlet's name,
    '5/12 thôn' five of twelve hamlets)."""
    counted = COUNTED_AFTER.match(_after(m, 40))
    if counted is None or NAMED_DAY.search(m.string, max(0, m.start() - 112), m.start()):
        return False  # 'Ngày Môi trường thế giới 5/6 xã ra quân': the day's date
    after_noun = counted["next"]
    if after_noun is None or not (after_noun[-1].isupper() or after_noun[-1].isdigit()):
        return True
    return NAMES_LISTED.match(m.string, m.end() + counted.end() - 1) is not None


NAMES_LISTED = re.compile(r"[A-ZĐ][^\W\d_]*(?: [A-ZĐ][^\W\d_]*){0,3}(?:,| và) [A-ZĐ]")
"""'ở 3/5 xã Tân Lập, Tân Hòa và Tân Phú': the places a count names, a list of them (one
name after the noun is a date's: '5/12 thôn Đông họp')."""


DAY_LIST_LEAD = re.compile(r"(?:^|\(|(?:^|\s)(?:các|vào|trong|từ)\s)$")
"""Before a list of days ending in a date, 'ngày' is said first: '(29 và 30/11)' → '(ngày
hai mươi chín và ba mươi tháng mười một)'. After 'ngày' the date rules say it once already."""
DAYS_COUNTED_BEFORE = re.compile(r"(?:\d|hai|ba|bốn|sáu|bảy|tám|chín|mười) ngày(?::\s?| \()$")
"""'trong 2 ngày: 5 và 6/12', 'cắt nước 2 ngày (10-11/12)': the days are counted before
their list or their bracket, which says no 'ngày' again (round 32)."""


def _day_list(m: re.Match[str], ctx: _Context) -> str:
    """'các ngày 5, 10, 15 và 30 hằng tháng', 'hai ngày 1 và 2/6', '(29 và 30/11)': a list of
    days, each up to the tenth with 'mùng' in both voices, as a day of every month and a day
    after a part of the day take it (blind round 107: both announcers said 'mùng năm, mùng
    mười, mười lăm…', 'năm, mười' was heard 'năm mươi'; judges lạ without it). A list the
    notice opens with 'mùng' ends anywhere (blind round 111: 'các ngày mùng 1, 6, 11, 16, 21,
    26 âm lịch hàng tháng' was 'mùng một, sáu, mười một…')."""
    days = [int(day) for day in re.findall(r"\d+", m["days"])]
    before = _before(m, 16)
    counted = DAYS_COUNTED_BEFORE.search(before)  # 'trong 2 ngày: 5 và 6/12'
    mung = _ends_with(before, ("mùng", "mồng", "Mùng", "Mồng"))  # its first 'mùng' written
    led = counted or mung or _ends_with(before, ("ngày", *PARTS_OF_DAY))  # 'ngày' said already
    if not (led or DAY_LIST_LEAD.search(_before(m, 8))) or not 1 <= int(m["m"] or 1) <= 12:
        return m.group(0)
    if not all(1 <= day <= 31 for day in days):
        return m.group(0)
    said = re.sub(r"\d+", lambda d: _day(int(d.group(0)), ctx, mung=True), m["days"])
    if mung:  # 'mùng 1, 6, 11': the first day's 'mùng' is the notice's, the others' as it
        said = said.removeprefix("mùng ").replace(
            "mùng", before.rstrip().rsplit(" ", 1)[-1].lower()
        )
    if not m["m"]:
        return f"{'' if led else 'ngày '}{said}"  # '… hằng tháng'
    year = f" năm {read_integer(int(m['y']), ctx.dialect)}" if m["y"] else ""
    month = _month(int(m["m"]), ctx, _is_lunar(m))
    return f"{'' if led else 'ngày '}{said} tháng {month}{year}"


def _date_range(m: re.Match[str], ctx: _Context) -> str:
    """01/8 - 15/8/2020, 01-05/8/2020 and 30/4/1975 - 30/4/2025: 'ngày … đến …'. A range
    written with a dash says 'ngày' once, before its first day, as announcers read it ('ngày
    10-15/3' → 'ngày mười đến mười lăm tháng ba'); every blind tester wrote it so. Two days in
    a row ('ngày 4-5/7') are a list of two, 'mùng' before each up to the tenth as in a list
    written with 'và' ('ngày mùng bốn và mùng năm tháng bảy', `_day_list`); a stretch's ends
    ('đến') are said as single dates are."""
    lead, lunar = _DayLead.of(m), _is_lunar(m)
    campaign = _a_campaign_months_days(m)
    named = bool(m["m1"]) and _ends_with(_before(m), OCCASIONS)  # 'lễ 30/4-1/5': two holidays
    listed = _two_days_in_a_row(m) and not campaign and not named  # 'ngày 4-5/7': a list's
    start = _day_month(
        m["d1"],
        m["m1"] or m["m2"],
        m["y1"],
        ctx,
        lunar,
        lead.mung(lunar) or (listed and not lead.after_mung),
    )
    end = _day_month(  # 'đêm 5-6/10': 'mùng' said again (round 38: 8 of 8)
        m["d2"], m["m2"], m["y"], ctx, lunar, lunar or lead.after_mung or lead.part_of_day or listed
    )
    if start is None or end is None:
        ctx.guess(m.group(0), _("'{written}' looks like a date range but is not one"))
        return m.group(0)
    if not m["m1"]:  # same month: "ngày 1 đến ngày 5 tháng 8"
        start = start.rsplit(" tháng ", 1)[0]
    elif named:  # 'nghỉ lễ 30/4-1/5': two holidays, named
        return f"{start}, {end}"
    to = " và " if listed else " đến "
    if to == " và " and ONE_NIGHT.search(_before(m, 16)):
        to = " rạng sáng "
    opened = campaign or _opened_by_tu(m)
    if to == " đến " and opened and not end.startswith(("mùng", "mồng", "ngày")):
        to = " đến ngày "
    if lead.after_mung and end.startswith("mùng"):  # 'mùng 1-10/3' → '… đến mùng mười …'
        return f"{start}{to}{lead.written_mung}{end.removeprefix('mùng')}"
    remembered = _is_an_anniversary(m) or _a_span_remembered(m) or _days_of_history(m)
    return f"{'từ ' if campaign else ''}{'' if remembered else lead.said}{start}{to}{end}"


CAMPAIGN_MONTH = re.compile(
    r"(?<![^\W_])Tháng (?!(?i:giêng|chạp|này|sau|tới|trước|mười|một|hai|ba|tư|năm|sáu|bảy|tám"
    r"|chín)(?![^\W_]))[^\W\d_][^().!?\n]*\(\s?$"
)


def _a_campaign_months_days(m: re.Match[str]) -> bool:
    """'Tháng hành động phòng, chống ma túy (01-30/6)': the days of a month named for a
    campaign, in brackets after its name, are a stretch, 'từ ngày một đến ngày ba mươi' (round
    42: 3 of 4 readings said 'từ', none the bare 'ngày một đến ba mươi')."""
    if not _before(m, 8).rstrip().endswith("("):
        return False
    return CAMPAIGN_MONTH.search(_before_as_written(m, 80)) is not None


def _opened_by_tu(m: re.Match[str]) -> bool:
    """'từ ngày 7-9/12', 'từ 3-17/8', 'từ ngày 24/4 - 5/5': a stretch opened by 'từ' says 'ngày'
    again at its end ('… đến ngày chín …'): in the read held-out files 23 phrases were read only
    so, 6 only without it, 47 both ways. A range led by 'ngày' alone keeps one 'ngày' (24 only
    without, 12 only with)."""
    before = _before(m)
    if _ends_with(before, ("ngày từ",)):  # 'các ngày từ 19-23/12': the days are named already
        return False
    return _word_before(m) == "từ" or _ends_with(before, ("từ ngày",))


def _two_days_in_a_row(m: re.Match[str]) -> bool:
    """'ngày 11-12/6', 'trong 2 ngày 25-26/9': two days in a row, written with their month once,
    are both days, 'mười một và mười hai': no 'đến' in 9 of round 25's 10 readings seen ('và' or
    nothing) nor in 3 of round 22's 4; 'từ 11-12/6' opens a stretch and keeps 'đến'. Two days
    in a row across a month's end, 'trong 2 ngày 31/7-1/8', are both days too."""
    return (
        (_month_turns(m) if m["m1"] else int(m["d2"]) == int(m["d1"]) + 1)
        and _word_before(m) != "từ"
        and not _ends_with(_before(m), ("từ ngày", "từ mùng", "từ mồng"))
        and not (_word_before(m) == "tức" and STRETCH_RESTATED.search(_before(m, 120)))
    )


ONE_NIGHT = re.compile(r"(?<![^\W_])(?<!hai )(?<!ba )(?<!các )(?<!những )(?<!mấy )đêm\s$")
"""'dự báo đêm 15-16/1': one night, which ends on the morning of the second day, 'đêm mười lăm
rạng sáng mười sáu' (blind round 93: 'và' sounded like two nights, lạ); 'hai đêm 09-10/2'
are two."""


STRETCH_RESTATED = re.compile(r"(?<![^\W_])từ (?:ngày|mùng|mồng|\d)[^.;!?()\n]*[(,]\s?tức\s?$")
"""'từ ngày 19-20 tháng Giêng (tức 6-7/3)': the days after 'tức' restate, in the other
calendar, a stretch the sentence opened with 'từ', and are said as it is, 'đến' (every
reading of round 32)."""


def _month_turns(m: re.Match[str]) -> bool:
    """'31/7-1/8', '28/2-1/3/2025': the last day of a month, then the first of the next."""
    first, month, year = int(m["d1"]), int(m["m1"]), int(m["y1"] or m["y"] or 0)
    if int(m["d2"]) != 1 or int(m["m2"]) != month % 12 + 1 or not 1 <= month <= 12:
        return False
    if month == 2 and not year:
        return first in (28, 29)  # the year unwritten: either February's end
    return first == calendar.monthrange(year or 2001, month)[1]


def _is_an_anniversary(m: re.Match[str]) -> bool:
    """'Kỷ niệm 78 năm … (27/7/1947 – 27/7/2025)': one day and month in two years, in
    brackets after the words of an anniversary, is said with no 'ngày' (no announcer said it
    in 24 readings of 12 such phrases, rounds 21–24). A term of whole years keeps it: 'Hợp
    đồng (01/01/2024 – 01/01/2026)'."""
    if not (m["y1"] and m["y"] and m["y1"] != m["y"]):
        return False
    if int(m["d1"]) != int(m["d2"]) or int(m["m1"]) != int(m["m2"]):
        return False
    if not _after(m, 2).lstrip().startswith(")"):
        return False
    before = _before(m, 160)  # a festival's bracket of two years, 'Ngày hội … (18/11/1930 –
    # 18/11/2025)', remembers its first year too (round 42: 4 of 4 readings, no 'ngày')
    return bool(ANNIVERSARY.search(before)) or _named_day_bracketed(m, before) is not None


def _days_of_history(m: re.Match[str]) -> bool:
    """'Kỷ niệm 53 năm 81 ngày đêm … Thành cổ Quảng Trị (28/6 - 16/9/1972)': the days of a
    battle an anniversary remembers, in brackets, say no 'ngày' (round 39: both announcers, 4
    of 4 readings), as its two years do. Only a year before 2000 tells history from the days
    of this year's celebration, '(28/6 - 30/6/2026)', which keep it."""
    year = m["y"]
    if not year or int(year) >= 2000 or (m["y1"] and m["y1"] != year):
        return False
    return _after(m, 2).lstrip().startswith(")") and bool(ANNIVERSARY.search(_before(m, 160)))


SPAN_OF_DAYS = r"\d{1,2}\s?[-–]\s?\d{1,2}/\d{1,2}/(?P<year>\d{4})"
SECOND_SPAN_AFTER = re.compile(rf"\s?[-–—]\s?{SPAN_OF_DAYS}\s?\)")
FIRST_SPAN_BEFORE = re.compile(rf"\(\s?{SPAN_OF_DAYS}\s?[-–—]\s?$")


def _a_span_remembered(m: re.Match[str]) -> bool:
    """'Kỷ niệm 80 năm Quốc dân Đại hội Tân Trào (16-17/8/1945 - 16-17/8/2025)': the
    bracket of an anniversary whose two ends are spans of days says no 'ngày' either (round
    38: 3 of 4 readings); one span alone, '(01-02/9/2025)', is the days of an event."""
    if m["m1"] or not m["y"]:
        return False
    after = SECOND_SPAN_AFTER.match(_after(m, 20))
    if after is not None:
        return after["year"] != m["y"] and bool(ANNIVERSARY.search(_before(m, 160)))
    before = FIRST_SPAN_BEFORE.search(_before(m, 20))
    if before is None or before["year"] == m["y"]:
        return False
    start = m.start() - len(before.group(0)) + 1  # up to its bracket
    return ANNIVERSARY.search(m.string[max(0, start - 160) : start].lower()) is not None


ANNIVERSARY = re.compile(
    r"(?<![^\W_])(?:kỷ niệm|kỉ niệm|tưởng niệm|mừng|hướng tới)(?![^\W_])"
    r"(?:[^().!?\n]|\([^().!?\n]*\))*\(\s?$"
)
"""The words that open an anniversary's title, then its bracket: 'Kỷ niệm 81 năm Ngày thành
lập Quân đội nhân dân Việt Nam (', 'Chào mừng 80 năm Quốc khánh (', in one sentence; or a
second bracket of the same anniversary: 'Kỷ niệm 50 năm Ngày giải phóng A (…) và B (' (round
42: 4 of 4 readings said neither with 'ngày')."""


OCCASIONS = ("lễ", "dịp", "kỳ nghỉ", "chào mừng")
"""After these, two dates joined by a dash name a pair of holidays, not a range: 'dịp nghỉ lễ
30/4-1/5' → 'dịp nghỉ lễ ba mươi tháng tư, một tháng năm' ('từ 30/4-1/5' is a range)."""


MONTH_BEFORE_DASH = re.compile(r"tháng\s?\d{1,2}(?:/\d{4})?$")
COUNTED_RANGE = re.compile(rf"(?:^|[^\w])({_alternation(COUNTED_IN_A_YEAR)})\s\d{{1,2}}\s?$")
"""'đợt 1-2/2024': the first of two rounds counted within a year, before the dash."""


def _month_year(m: re.Match[str], ctx: _Context) -> str:
    """'tháng 4/2021' → 'tháng tư năm …'; but after a counted word it is the count and the
    year: 'đợt 2/2024' → 'đợt hai năm hai nghìn không trăm hai mươi tư'."""
    month, dash = int(m["m"]), m["dash"] or ""
    counted = COUNTED_RANGE.search(_before(m, 20)) if dash else None
    if counted:  # 'đợt 1-2/2024' → 'đợt một đến đợt hai năm …'
        year = read_integer(int(m["y"]), ctx.dialect)
        return f" đến {counted[1]} {ctx.integer(m['m'])} năm {year}"
    if _ends_with(_before(m), COUNTED_IN_A_YEAR):
        return f"{dash}{ctx.integer(m['m'])} năm {read_integer(int(m['y']), ctx.dialect)}"
    if not 1 <= month <= 12:
        return m.group(0)
    said = "" if _ends_with(_before(m), ("tháng",)) else "tháng "
    if dash:  # 'tháng 3-5/2026', 'tháng 11/2025-2/2026': a range of months
        said = " đến tháng " if MONTH_BEFORE_DASH.search(_before(m, 20)) else dash + said
    return f"{said}{_month(month, ctx)} năm {read_integer(int(m['y']), ctx.dialect)}"


NAMED_DOCUMENTS = (
    *DOCUMENT_NAMES, "luật", "quy định", "hướng dẫn", "pháp lệnh", "thông tư liên tịch",
    "nghị quyết liên tịch", "quy chế",
)  # fmt: skip
"""Documents a notice names by a number and a year ('Thông tư 05/2024', 'Luật 45/2019')."""


def _document_of_a_year(m: re.Match[str], ctx: _Context) -> str:
    """'Thông tư 05/2024' → 'thông tư năm năm hai nghìn không trăm hai mươi tư', 'Nghị định
    100/2019' → 'nghị định một trăm năm …': after a document's name the number and the year
    it was issued, not May 2024 or a hundred over two thousand. Before a year the number
    counts the year's documents, so a leading zero is not said ('Đề án 06' alone is a name)."""
    if not _ends_with(_before(m), NAMED_DOCUMENTS):
        return m.group(0)
    return f"{ctx.integer(m['n'])} năm {read_integer(int(m['y']), ctx.dialect)}"


# ----- round 60: two years in a row with a slash ----------
def _season(m: re.Match[str], ctx: _Context) -> str:
    """'niên vụ 2024/2025', 'vụ mùa 2025/2026': a crop year, a season or a school year is one
    span said as its two years, the slash silent (round 60: of 8 readings none 'trên', 4 the
    bare years, 4 'đến'); years apart are a share ('2024/2030 hộ', read after), and so is
    any pair after 'tỷ lệ' ('tỷ lệ 2019/2020 phiếu'). The second year may be written short,
    'niên vụ 2025/26': it is said whole (round 71: three readings of three)."""
    if _before(m, 12).rstrip(" :").endswith("lệ"):
        return m.group(0)
    return _two_years(m, ctx) or m.group(0)


def _two_years(m: re.Match[str], ctx: _Context, between: str = " ") -> str | None:
    """The two years of one span, said whole ('2025/26' too) with `between` them, or None
    where they are not a year apart."""
    first, second = int(m["y1"]), int(m["y2"])
    if len(m["y2"]) == 2:
        second += first - first % 100 + (100 if second < first % 100 else 0)
    if first < 1900 or second != first + 1:
        return None
    return f"{read_integer(first, ctx.dialect)}{between}{read_integer(second, ctx.dialect)}"


SEASON_GATE = re.compile(r"/(?<=\d{4}/)\d\d")
"""Opens on the slash (which the regex engine skips to), four digits before it."""
CROPS_OF_A_YEAR = (
    "lúa", "ngô", "mía", "tỏi", "hành", "cà phê", "điều", "tiêu", "hồ tiêu", "cao su", "chè",
    "thanh long", "sầu riêng", "khoai", "đậu", "rau",
)  # fmt: skip
SEASON_NAMED = re.compile(
    r"(?<![^\W_])(?:năm học|niên kh(?:óa|oá)|niên học|niên vụ|mùa giải|mùa vụ|năm tài chính"
    rf"|(?:đông|chiêm) xuân|vụ(?: (?:{_alternation(CROPS_OF_A_YEAR)}))?(?: đông| chiêm)?"
    r"(?: năm)?)\s?:?\s?(?:\d{4}\s?[-–—/]\s?\d{2,4}(?:,| và| hoặc)\s)*$"
)
"""What names one season of two years written with a dash: a school year ('năm học', 'niên
khóa', NH read before), a crop year ('niên vụ cà phê', 'vụ Đông Xuân', 'lúa Đông Xuân', 'vụ
tỏi năm'), a sports season or a financial year, and the next seasons of a list after one
('năm học 2025-2026 và 2026-2027'). 'vụ' alone may be a case ('các vụ vi phạm năm
2024-2025'): a crop or nothing between it and the years. Other years with a dash are a range
('giai đoạn 2021-2025', 'nhiệm kỳ 2021-2026', 'sinh năm 2007-2008'), read with 'đến'."""


def _named_season(m: re.Match[str], ctx: _Context) -> str:
    """'năm học 2025-2026' → 'năm học hai nghìn không trăm hai mươi lăm đến hai nghìn không
    trăm hai mươi sáu': one school year, a crop year or a season with a dash, said as its two
    whole years ('NH 2025-26' too) with 'đến' and never 'từ … đến …'. Blind rounds 85-86
    (session 25): editors passed 'đến' on every line, and one of two marked the bare pair
    'lạ' on five of five school and crop years (two announcers of three said 'đến'). With a
    slash the pair stays bare (round 60)."""
    if not SEASON_NAMED.search(_before(m, 72)):
        return m.group(0)
    return _two_years(m, ctx, " đến ") or m.group(0)


SEASON_DASH_GATE = re.compile(r"[-–—](?:(?<=\d{4}[-–—])|(?<=\d{4} [-–—]))")
"""Opens on the dash, four digits before it."""


AN_ANNIVERSARY_IN_BRACKETS = re.compile(r"(?:ngày|kỷ niệm)(?![^\W_])[^()]*\(\s*$")
"""'… ngày các chị hy sinh (24/7)': in brackets after a day's name, 24/7 is its date."""


def _round_the_clock(m: re.Match[str], ctx: _Context) -> str:
    """'trực 24/24h' → 'hai mươi tư trên hai mươi tư giờ', 'hỗ trợ 24/7' → 'hai mươi tư trên
    bảy' (but 'ngày 24/7' is a date): the blind testers of three rounds wrote 'hai mươi tư'
    first, 'hai tư' only ever as a second reading."""
    if _ends_with(_before(m), DAY_WORDS) or AN_ANNIVERSARY_IN_BRACKETS.search(_before(m, 60)):
        return m.group(0)
    day = ctx.integer("24")
    return f"{day} trên {day if m['of'] == '24' else 'bảy'}" + (" giờ" if m["h"] else "")


def _day_of_every_month(m: re.Match[str], ctx: _Context) -> str:
    """'nhận trợ cấp vào ngày 05 hằng tháng' → 'ngày mùng năm hằng tháng': a day of every
    month up to the tenth takes 'mùng' as a date's does (blind rounds 103-104: 'ngày năm
    hằng tháng' was lạ), and so does the first day of a stretch of them ('từ ngày 1 đến ngày
    10 hằng tháng' → 'từ ngày mùng một đến ngày mùng mười')."""
    return f"{m['w']} {_day(int(m['d']), ctx, mung=True)}"


ALLEY_WORDS = ("ngõ", "ngách", "hẻm", "hẽm", "kiệt")


COUNTED_SỐ = (
    "dân số", "quân số", "tổng số", "đa số", "thiểu số", "hệ số", "chỉ số", "tần số",
    "con số", "sĩ số", "điểm số", "tỷ số", "tỉ số", "trong số", "cử tri số",
)  # fmt: skip
"""Words ending in 'số' that are no house's number: a day, month and year after them is a date."""


MACHINES_NUMBERED = ("máy biến áp số", "mba số", "tổ máy số", "máy số", "máy cắt số", "trạm số")
"""After a machine's 'số', two numbers of one shape joined by a slash are two machines ('máy
biến áp số 2/3' → 'số hai, ba'), as 'T3/T5' and 'lộ 471/473' are listed: no house is there."""


def _house_number(m: re.Match[str], ctx: _Context) -> str:
    """'số 12/5' → 'số mười hai trên năm': a house number, not the twelfth of May (the pattern
    finds it after 'số', 'ngõ', 'hẻm'… or before 'đường', 'phố'…)."""
    first, *rest = m.group(0).split("/")
    if len(rest) == 1 and len(first) == len(rest[0]) and _ends_with(_before(m), MACHINES_NUMBERED):
        return f"{_house_part(first, ctx)}, {_house_part(rest[0], ctx)}"  # 'máy biến áp số 2/3'
    if len(rest) == 2 and YEAR.fullmatch(rest[1]) and _ends_with(_before(m), COUNTED_SỐ):
        return m.group(0)  # 'dân số 1/4/2026' is the census day ('tổng số 3/5' still counts)
    if not _ends_with(_before(m), HOUSE_WORDS) and _is_a_date_after_all(m, rest):
        return m.group(0)  # 'Ngày 20/11 tổ chức mít tinh': read by the date rules after
    if len(rest) == 1 and rest[0].isdigit() and first.isdigit():
        day = (int(first), int(rest[0]))
        if day in NATION_DAYS and _ends_with(_before(m), ALLEY_WORDS):
            return f"{ctx.integer(first)} tháng {_month(day[1], ctx)}"  # 'hẻm 19/5'
    words = [_house_part(first, ctx)]
    slash = _slash_of_an_address(m, ctx)
    for part in rest:
        if YEAR.fullmatch(part):
            words.append(f"năm {ctx.integer(part)}")
        else:
            words += [slash, _numbered_part(part, ctx)]
    return " ".join(words)


POLE_WORDS = ("trụ", "trụ điện", "cột", "cột điện")
NOT_ADDRESS_WORDS = ("lớp", *POLE_WORDS)
ADDRESS_WORDS = tuple(word for word in HOUSE_WORDS if word not in NOT_ADDRESS_WORDS)
"""A class's '9/3' and a pole's '475/02' are no address: 'trên' in every voice."""
ROAD_AFTER = re.compile(r" (?:đường|phố|hẻm|ngõ|ngách|kiệt)(?![^\W_])", re.IGNORECASE)


def _slash_of_an_address(m: re.Match[str], ctx: _Context) -> str:
    """'hẻm 45/3', 'số 45/3 đường …': the south says an address's slash 'xuyệt' ('bốn mươi
    lăm xuyệt ba', as its streets and its stations say it), the north 'trên'; a share of
    villages or teams ('12/15 thôn', 'quân số 45/47') is 'trên' in every voice."""
    if ctx.dialect.name != "south":
        return "trên"
    before = _before(m)
    if _ends_with(before, (*COUNTED_SỐ, *POLE_WORDS)):
        return "trên"  # 'cột điện 45/12 đường …': a pole by a road is still no address
    if _ends_with(before, ADDRESS_WORDS) or ROAD_AFTER.match(m.string, m.end()):
        return "xuyệt"
    return "trên"


def _numbered_part(part: str, ctx: _Context) -> str:
    """A part after the slash is named with the zero it is written with: 'trụ 475/02' is 'bốn
    trăm bảy mươi lăm trên không hai' in every reading of round 25 (a zero written on purpose
    names, as 'tuyến 03' does)."""
    return _house_part(part, ctx, by_digits=part[:1] == "0" and part[1:2].isdigit())


DATE_LEADS = (*DAY_WORDS, *PARTS_OF_DAY, "từ", "đến", "trước", "sau", "vào", "nay", "lúc")


def _is_a_date_after_all(m: re.Match[str], rest: list[str]) -> bool:
    """A number with a slash before 'tổ', 'thôn', 'đường'… is a house number ('12/5 đường
    Lê Lợi'), but not after a word that leads a date, nor before 'tổ chức', nor with a
    year: 'Ngày 20/11 tổ chức', 'sáng 7/12/2025 thôn Đông họp'; nor after a named day:
    'Ngày hội Đại đoàn kết 18/11 thôn Đông'."""
    return (
        _ends_with(_before(m), DATE_LEADS)
        or _a_schedules_day(m, rest)
        or NAMED_DAY.search(m.string, max(0, m.start() - 112), m.start()) is not None
        or _after(m, 9).startswith((" tổ chức", " Tổ chức"))
        or (len(rest) == 2 and YEAR.fullmatch(rest[1]) is not None)
    )


SCHEDULE_BEFORE = re.compile(r"(?P<colon>:)\s?$|\d{1,2}/\d{1,2}[^,;:/()]*,\s?$")
"""Where a schedule's item starts: after a colon, or after an item of one day and its place."""


def _a_schedules_day(m: re.Match[str], rest: list[str]) -> bool:
    """'Lịch tiêm: 19/9 thôn Văn Lâm 1, 20/9 thôn Văn Lâm 2': a day and month opening each
    item of a schedule, its place after it, is a date (round 70: every announcer), not a
    house number; 'Địa chỉ: 12/5 tổ 3' after a word of an address stays one."""
    if len(rest) != 1 or not m.group(0).split("/")[0].isdigit() or not rest[0].isdigit():
        return False
    if not (1 <= int(m.group(0).split("/")[0]) <= 31 and 1 <= int(rest[0]) <= 12):
        return False
    before = _before(m, 60)
    item = SCHEDULE_BEFORE.search(before)
    if item is None:
        return False
    return not (item["colon"] and _ends_with(before.rstrip()[:-1].rstrip(), HOUSE_WORDS))


def _house_part(part: str, ctx: _Context, by_digits: bool = False) -> str:
    digits = part.rstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
    return (read_digits(digits) if by_digits else ctx.integer(digits)) + _suffix(part)


# ----- times ----------
HALF_PAST = 30
"""Thirty minutes after an hour is said without 'phút' ('6h30' → 'sáu giờ ba mươi'): over
eight held-out files (rounds 21–24, two announcers each) 37 phrases were read only so, 7 both
ways, none only with 'phút'; other minutes lean to 'phút' (5 only with it, 2 only without)."""


def says_minute(minute: str) -> bool:
    """Whether the minutes of a time standing alone are followed by 'phút' (see HALF_PAST)."""
    return int(minute) != HALF_PAST


def _clock(hour: str, minute: str | None, second: str | None, ctx: _Context, full: bool) -> str:
    """'17', '15' → 'mười bảy giờ mười lăm phút', '17', '30' → 'mười bảy giờ ba mươi'
    ('phút' left out inside a range, kept before seconds)."""
    words = [read_integer(int(hour), ctx.dialect), "giờ"]
    if int(minute or 0) or int(second or 0):
        words.append(read_integer(int(minute or 0), ctx.dialect))
        if (full and says_minute(minute or "0")) or second:
            words.append("phút")
    if second and int(second):
        words += [read_integer(int(second), ctx.dialect), "giây"]
    return " ".join(words)


def _valid_time(hour: str, minute: str | None, second: str | None = None) -> bool:
    return int(hour) <= 24 and int(minute or 0) <= 59 and int(second or 0) <= 59


def _time(m: re.Match[str], ctx: _Context) -> str:
    """'lúc 7h15' → 'bảy giờ mười lăm phút', 'lúc 7h30' → 'bảy giờ ba mươi'; an end of a
    range of times says no 'phút', as with a dash: 'từ 7h15 đến 9h' → 'bảy giờ mười lăm đến
    chín giờ'."""
    minute, second = m["min"] or m["g"], m["s"] or m.groupdict().get("cs")
    if not _valid_time(m["h"], minute, second):  # read as written, and said so
        ctx.guess(m.group(0), _("'{written}' looks like a time but is not one"))
    alone = not (TO_A_TIME.match(_after(m)) or FROM_A_TIME.search(_before(m, 32)))
    return _clock(m["h"], minute, second, ctx, full=alone)


DAY_PART = r"(?:\s(?:sáng|trưa|chiều|tối|đêm))?"
TO_A_TIME = re.compile(rf"{DAY_PART}\s?(?:[-–]|đến|tới)\s?\d{{1,2}}(?:[hg:]|\s?giờ)")
"""What follows the first end of a range of times: 'đến 9h', 'tới 11g', '- 16:30'."""
FROM_A_TIME = re.compile(
    rf"(?:\d[hg:]\d{{0,2}}['p]?{DAY_PART}|giờ(?: [^\W\d_]+){{0,3}})\s?(?:[-–]|đến|tới)\s$"
)
"""What comes before the last end: '7h30 đến ', or the first end already read ('bảy giờ ba
mươi đến ')."""


def _hour_range(m: re.Match[str], ctx: _Context) -> str:
    """'6-8h', '17 - 19h30': a range of hours that writes the hour once, at its end → 'sáu
    đến tám giờ'; past a day's hours a duration, '48-72h' → 'bốn mươi tám đến bảy mươi hai
    giờ' (blind round 89: 'bốn mươi tám bảy mươi hai giờ', both editors 'lạ')."""
    if not (_valid_time(m["h1"], None) and _valid_time(m["h2"], m["m2"])):
        if m["m2"] or int(m["h1"]) >= int(m["h2"]):
            return m.group(0)
        return f"{ctx.integer(m['h1'])} đến {ctx.integer(m['h2'])} giờ"
    first = read_integer(int(m["h1"]), ctx.dialect)
    return f"{first} đến {_clock(m['h2'], m['m2'], None, ctx, full=False)}"


def _minutes(m: re.Match[str], ctx: _Context) -> str:
    """'9 giờ 15p' → '… mười lăm phút', '11 giờ 30\'' → '… ba mươi': the minutes' mark
    after 'giờ' is read as '11h30' is (HALF_PAST)."""
    minutes = read_integer(int(m["min"]), ctx.dialect)
    return f"{minutes} phút" if says_minute(m["min"]) else minutes


def _minutes_mark(m: re.Match[str], ctx: _Context) -> str:
    """A minute's and a second's marks on a duration (a race's time, a half of a match):
    "trong 15'" → 'trong mười lăm phút', "5'30''" → 'năm phút ba mươi giây'."""
    if _word_before(m) == "phút" and not m["s"]:  # "ở phút 45'": the minute of a match
        return ctx.integer(m["min"])
    words = f"{ctx.integer(m['min'])} phút"
    return words + (f" {ctx.integer(m['s'])} giây" if m["s"] else "")


def _time_range(m: re.Match[str], ctx: _Context) -> str:
    """7h-11h30 → 'bảy giờ đến mười một giờ ba mươi' (no 'phút' inside a range)."""
    (h1, m1), (h2, m2) = ((m[f"h{n}"], m[f"m{n}"] or m[f"g{n}"] or m[f"c{n}"]) for n in (1, 2))
    if not (_valid_time(h1, m1) and _valid_time(h2, m2)):  # read as written, and said so
        ctx.guess(m.group(0), _("'{written}' looks like a time but is not one"))
    return f"{_clock(h1, m1, None, ctx, full=False)} đến {_clock(h2, m2, None, ctx, full=False)}"


SHARED_OUT = re.compile(r"\s?(?:/|(?:cho )?mỗi\s|một\s)")
"""After '5g-10g': grams shared out ('5g-10g/gốc', '… mỗi cây') are no hours."""
WEIGHED_BEFORE = re.compile(
    r"(?<![^\W_])(?:bón|pha|cân|trộn|nặng|khối lượng|liều|gói|túi|hộp|gam)(?![^\W_])"
)
"""Before a range with no minutes: 'cân 10g-20g muối', 'gói 5g-10g' weigh."""


def _hour_range_in_g(m: re.Match[str], ctx: _Context) -> str:
    """Hours written 'g' at both ends of a dash: 'cấm xe từ 6g-8g và 16g-18g', 'cắt điện
    8g - 11g30' → 'sáu giờ đến tám giờ', 'tám giờ đến mười một giờ ba mươi' (round 77: three
    of three; the reader had said 'sáu gam' and, spaced, a list 'tám giờ, mười một giờ')."""
    weighed = not (m["g1"] or m["g2"]) and WEIGHED_BEFORE.search(_before(m, 16))
    if (
        weighed
        or SHARED_OUT.match(m.string, m.end())
        or not (_valid_time(m["h1"], m["g1"]) and _valid_time(m["h2"], m["g2"]))
    ):
        return m.group(0)
    first, last = (_clock(m[f"h{n}"], m[f"g{n}"], None, ctx, full=False) for n in (1, 2))
    return f"{first} đến {last}"


# ----- the rules ----------
DATE_START = _digit_start(r"\w/.,:")
"""The first digit of a date, a time or a house number: not inside a longer token."""
DAY_MONTH = rf"(?P<d1>{DATE_START}\d?)(?:/(?P<m1>\d{{1,2}})(?:/(?P<y1>\d{{4}}))?)?"
TIME_OF_DAY = r"(?P<h{n}>{hour})(?:h(?P<m{n}>\d{{2}})?|g(?P<g{n}>\d{{2}})|:(?P<c{n}>\d{{2}}))"
FIRST_HOUR, HOUR = rf"{DATE_START}\d?", r"\d{1,2}"
HOUR_RANGE_IN_G = Rule(
    re.compile(
        rf"(?P<h1>{DATE_START}\d?)g(?P<g1>\d{{2}})?\s?[-–]\s?(?P<h2>\d{{1,2}})g(?P<g2>\d{{2}})?{E}"
    ),
    _hour_range_in_g,
    "-–",
    gate=re.compile(r"[-–]\s?\d{1,2}g"),
)
"""Before the units' rule, which would say each end's 'g' as grams."""
MARK_START = _digit_start(r"\w/.,:°'’′+")
"""The first digit of a duration marked "15'": not a position's minutes ("20°15'"), nor a
quoted number's ("'15'")."""
HOUSE_SPELLINGS = [w for house in HOUSE_WORDS for w in dict.fromkeys((house, house.capitalize()))]
HOUSE_WORD_ENDS = re.escape("".join(sorted({w[-1] for w in HOUSE_SPELLINGS})))
HOUSE_BEFORE = (
    rf"(?:(?<=[{HOUSE_WORD_ENDS}] \d)|(?<=[{HOUSE_WORD_ENDS}]: \d))(?:"
    + "|".join(f"(?<={word}{gap}\\d)" for word in HOUSE_SPELLINGS for gap in (" ", ": "))
    + ")"
)
"""'số 12/5', 'Số nhà 12/5', 'hẻm 45/12', 'Địa chỉ: 12/5': one lookbehind per word, the whole
word ('chỉ 2/3 số phiếu' is no address, 'hộ 2/3' no flat); first one look at the letter that
ends every such word, which most dates fail ('ngày 12/5', 'tháng 5/2024'), before forty."""
HOUSE_NUMBER = r"\d*[A-Za-z]?(?:/\d+[A-Za-z]?)+(?![\w/])"
STREET_AFTER = "|".join(map(re.escape, STREET_WORDS))

TO_HOUR = re.compile(r"[-–]\s?\d{1,2}[hg:]")
"""What a range of times holds: a dash, then the second hour and its mark."""
TO_A_DAY = re.compile(
    r"/(?:(?<=(?:đến|tới)\s\d/)|(?<=(?:đến|tới)\s\d\d/)"
    r"|(?<=(?:đến|tới)\sngày\s\d/)|(?<=(?:đến|tới)\sngày\s\d\d/))\d"
)
"""What 'từ 12 đến 15/3' holds: 'đến' or 'tới', then a day and its month. Gates open with a
character the regex engine skips to ('/'), never a digit: a notice holds dozens of those."""
NOT_A_DATES_YEAR = r"(?<!/\d/)(?<!/\d\d/)"
"""After the slash before a year: the month of a whole date ('12/3/2024') is not a number
that a year follows on its own ('tháng 3/2024', 'Luật số 15/2023')."""

SPANS_NAMED_TWICE = re.compile(
    r"(?<![-–] )(?<![-–])(?<![^\W_])(?P<w>tháng|ngày|năm|tuần|quý) (?P<a>\d{1,4})\s?[-–]\s?"
    r"(?P=w) (?P<b>\d{1,4})(?!\d|\s?[-–])"
)


def _span_named_twice(m: re.Match[str], ctx: _Context) -> str:
    """'(tháng 6 - tháng 9)', 'từ tuần 1 - tuần 3': the dash between a span of time named at
    both ends is 'đến' (round 78: three of three 'từ tháng sáu đến tháng chín'; the reader
    had said a list, 'tháng sáu, tháng chín'). A third end ('tháng 3 - tháng 6 - tháng 9')
    makes a list, left as it was."""
    return f"{m['w']} {m['a']} đến {m['w']} {m['b']}"


MONTH = r"(?:1[0-2]|0?[1-9])"
MONTHS_LISTED = re.compile(
    rf"(?<![^\W_])(?P<t>[Tt]háng) (?P<months>{MONTH}(?:(?:,|,? và|,? hoặc) {MONTH}){{1,11}})"
    r"(?:/(?P<y>\d{4}))?(?![\w/%]|[.,:]\d| ?[-–] ?\d"
    r"| ?(?:h|g|giờ|phút|ngày|tuần|tháng|tuổi|người|hộ|lần|lượt|buổi)(?![^\W_]))"
)
MONTHS_LISTED_GATE = re.compile(r"háng \d\d?(?:,|,? và|,? hoặc) \d")
LIST_JOINT = re.compile(r",? (?:và|hoặc) |, ")
MORE_MONTHS = re.compile(r",? (?:và |hoặc )?(?i:tháng) \d")


def _months_listed(m: re.Match[str], ctx: _Context) -> str:
    """'tháng 3, 4, 5/2026' → 'tháng ba, tháng tư và tháng năm năm …': each month of a list
    named as a month, the last joined by 'và' (the written 'và', 'hoặc' kept), as announcers
    read it (blind round 93: 'tháng ba bốn tháng năm', lạ: April said 'bốn', the list uneven)."""
    months = [int(n) for n in LIST_JOINT.split(m["months"])]
    joints = [j.strip(", ") for j in LIST_JOINT.findall(m["months"])]
    if not joints[-1] and not MORE_MONTHS.match(m.string, m.end()):
        joints[-1] = "và"  # not where the list goes on: 'tháng 7, 8 và tháng 9/2025'
    said = f"{m['t']} {_month(months[0], ctx)}"
    for joint, month in zip(joints, months[1:], strict=True):
        said += f"{' ' + joint if joint else ','} tháng {_month(month, ctx)}"
    return said + (f" năm {read_integer(int(m['y']), ctx.dialect)}" if m["y"] else "")


DATE_RULES: list[Rule] = [
    Rule(MONTHS_LISTED, _months_listed, gate=MONTHS_LISTED_GATE),
    Rule(SPANS_NAMED_TWICE, _span_named_twice, "-–",
         gate=re.compile(r"[-–]\s?(?:tháng|ngày|năm|tuần|quý) \d")),
    Rule(re.compile(rf"(?P<n>{DATE_START}\d{{0,3}})/(?P<y>(?:19|20)\d\d){E}(?!/)"),
         _document_of_a_year, gate=re.compile(rf"/{NOT_A_DATES_YEAR}(?:19|20)\d\d")),
    Rule(re.compile(rf"(?P<d>{DATE_START}\d?)(?=\s(?:đến|tới)\s(?:ngày\s)?(?P<d2>\d{{1,2}})/"
                    r"(?P<m2>\d{1,2})(?![\d.,]\d))"), _first_day, gate=TO_A_DAY),
    Rule(re.compile(rf"{DATE_START}(?=\d*[A-Za-z]?/\d)(?:(?:{HOUSE_BEFORE}){HOUSE_NUMBER}"
                    rf"|{HOUSE_NUMBER}(?=\s(?i:{STREET_AFTER})\s))"),
         _house_number, "/"),
    Rule(re.compile(rf"(?P<y1>{DATE_START}\d{{3}})/(?P<y2>(?:19|20)?\d\d){E}(?!/)"), _season,
         gate=SEASON_GATE),
    Rule(re.compile(rf"(?P<y1>{DATE_START}\d{{3}})\s?[-–—]\s?(?P<y2>(?:19|20)?\d\d){E}"
                    r"(?!\s?[-–—/]\s?\d)"), _named_season, gate=SEASON_DASH_GATE),
    Rule(re.compile(rf"2(?<![\w/.,:]2)4/(?P<of>24|7)(?P<h>h|\sgiờ)?{E}(?!/)"),
         _round_the_clock, "/"),
    Rule(re.compile(r"(?P<w>[Nn]gày)(?<![^\W_][Nn]gày) (?P<d>0?[1-9]|10)"
                    r"(?=(?: (?:đến|tới|và) ngày \d\d?)? (?:hằng|hàng|mỗi) tháng(?![^\W_]))"),
         _day_of_every_month, gate=re.compile(r"[hm](?:ằng|àng|ỗi) tháng(?![^\W_])")),
    Rule(re.compile(rf"(?P<days>{DATE_START}(?P<mung>(?<=(?i:[ùồ]ng) \d))?"
                    rf"\d?(?:\s?(?:,|(?i:và)|,\s(?i:và))\s\d{{1,2}})+)"
                    rf"(?:/(?P<m>\d{{1,2}})(?:/(?P<y>\d{{4}}))?{E}(?!/)"
                    r"|(?=(?i:(?: âm lịch)? (?:hằng|hàng|mỗi) tháng)(?![^\W_]))"
                    r"|(?(mung)(?<=\d)(?![\d/]|[.,]\d)|(?!)))"), _day_list,
         gate=re.compile(r"[/hmgHMG](?:(?:(?<=,\s\d/)|(?<=,\s\d\d/)|(?<=và\s\d/)"
                         r"|(?<=và\s\d\d/)|(?<=VÀ\s\d/)|(?<=VÀ\s\d\d/))\d"
                         r"|(?:(?<=\d [hmHM])|(?<=\d (?i:âm lịch) [hmHM]))(?i:ằng|àng|ỗi)"
                         r" (?i:tháng)(?![^\W_])|(?<=(?i:[ùồ]ng))(?= \d\d?\s?(?:,|(?i:và))))")),
    Rule(re.compile(rf"{DAY_MONTH}\s?[-–]\s?(?:ngày\s)?"
                    rf"(?P<d2>\d{{1,2}})/(?P<m2>\d{{1,2}})(?:/(?P<y>\d{{4}}))?{E}"),
         _date_range, gate=re.compile(r"[-–]\s?(?:ngày\s)?\d\d?/\d")),
    Rule(re.compile(rf"(?P<d>{DATE_START}\d?)(?P<sep>[/.-])(?P<m>\d{{1,2}})(?P=sep)"
                    rf"(?P<y>\d{{4}}){E}"), _date, gate=re.compile(r"[/.-]\d\d?[/.-]\d{4}")),
    Rule(re.compile(rf"(?P<dash>[-–]\s?)?(?P<m>{DATE_START}\d?)/(?P<y>\d{{4}}){E}"),
         _month_year, gate=re.compile(rf"/{NOT_A_DATES_YEAR}\d{{4}}")),
    Rule(re.compile(rf"(?P<d>{DATE_START}\d?)/(?P<m>\d{{1,2}})(?P<y>){E}(?!/)"),
         _day_slash_month, gate=re.compile(r"/(?<=\d/)\d")),
    Rule(re.compile(rf"{TIME_OF_DAY.format(n=1, hour=FIRST_HOUR)}'?\s?[-–]\s?"
                    rf"{TIME_OF_DAY.format(n=2, hour=HOUR)}'?{E}"),
         _time_range, "hg:", gate=TO_HOUR),
    Rule(re.compile(rf"(?P<h1>{FIRST_HOUR})\s?[-–]\s?(?P<h2>{HOUR})h(?P<m2>\d{{2}})?'?{E}"),
         _hour_range, "h", gate=TO_HOUR),
    # with an earthquake's second as bulletins write it: 10h29'36", 16h05:30
    Rule(re.compile(rf"(?P<h>{FIRST_HOUR})(?:h(?P<min>\d{{2}})?|g(?P<g>\d{{2}}))"
                    rf"(?:(?<=\d\d)(?:['’′](?P<s>\d{{2}})(?:['’′]{{2}}|[\"”″])|:(?P<cs>\d{{2}})))?"
                    rf"(?:['’′]|ph?{E})?{E}"),
         _time, "hg", gate=re.compile(r"[hg](?<=\d[hg])")),  # a digit before: 7h30, 9g15
    Rule(re.compile(rf"(?P<h>{FIRST_HOUR}):(?P<min>\d{{2}})(?::(?P<s>\d{{2}}))?{E}"), _time, ":"),
    Rule(re.compile(rf"0(?<=\d giờ 0)0(?: phút)?{E}"), lambda m, ctx: "", "g"),
    Rule(re.compile(r"(?<=giờ )(?P<min>[0-5]?\d)(?:['’′]|p(?![^\W_]))"), _minutes, "'’′p",
         gate=re.compile(r"giờ \d")),
    Rule(re.compile(rf"(?P<min>{MARK_START}\d{{0,2}})['’′](?:(?P<s>[0-5]\d)(?:['’′]{{2}}|[\"”″]))?"
                    r"(?![\w'’′])"), _minutes_mark, "'’′"),
]  # fmt: skip
