"""The codes of farming and fuel notices, read as extension officers and announcers read them:
plant varieties ('TBR225' → 'tê bê e rờ hai hai năm', 'IR 50404', 'OM 5451', 'giống sắn
KM94', 'Nhị ưu 838'), pesticide formulations ('Tilt Super 300EC' → '… ba trăm e xê') and fuel
grades ('RON 95-III', 'dầu diesel 0,05S').

A variety's number of three digits or more is said digit by digit, as its name is said ('CP888'
is 'xê pê tám tám tám'), one of one or two digits as a number ('BC15' → 'bê xê mười lăm').
Read as plain codes, 'giống sắn KM94' was a kilometre post and 'ĐT26' a provincial road.
"""

from __future__ import annotations

import re

from .numbers import read_digits
from .rules import YEAR, E, _before, _Context, _ends_with, spell
from .vocabulary import LETTERS, PER_UNITS, RANGE_UNITS, UNITS

SERIES = (
    "IR", "OM", "TBR", "VNR", "LVN", "NK", "DK", "ST", "BC", "CP", "KD", "HT", "PC", "DT",
    "ĐS", "NX", "MX", "GS", "AC", "TH", "RVT",
)  # fmt: skip
"""Series of rice, maize and soybean varieties that notices name without saying 'giống'."""
SPACED_SERIES = ("IR", "OM", "TBR", "VNR", "LVN", "NK", "DK", "ST")
"""Those also written with a space before the number ('IR 50404', 'OM 5451')."""
SAID_SERIES = {"IR": "i rờ"}
"""Series said as a word, not letter by letter: the IR lines are 'i rờ' (every reading of round
35, two announcers), as farmers say them; 'TBR' keeps its 'e rờ'."""
CROPS = (
    "lúa", "lúa lai", "lúa thuần", "nếp", "ngô", "bắp", "sắn", "mì", "lạc", "đậu tương",
    "đỗ tương", "đậu xanh", "cà phê", "chè", "mía", "khoai lang", "khoai tây", "cao su",
    "hồ tiêu", "sầu riêng", "bưởi", "xoài", "nhãn", "vải", "thanh long", "chuối", "dưa hấu",
    "cà chua", "ớt",
)  # fmt: skip
"""Crops whose name may stand before a variety's code (not 'điều', cashew: 'Điều 138' is an
article)."""
CLAUSE_END = re.compile(r"[.;:!?()\n]")

VARIETY_CODE = re.compile(
    rf"(?P<letters>[A-ZĐ](?<![\w/-][A-ZĐ])(?:[A-ZĐ]{{0,3}}|[a-z])(?:-[A-Z]{{1,2}})?)"
    rf"(?P<space> ?)(?P<number>\d{{1,5}})(?P<tail>[A-Z]?){E}(?![.,/-]\d)"
)
"""Letters and a number: 'TBR225', 'IR 50404', 'HL-S11'; whether it is a variety is decided
from the letters and the words before it."""


def _in_variety_list(before: str) -> bool:
    """Do the words before a code, in its clause, name a variety ('giống sắn KM94', 'các
    giống lúa BC15, TBR225', 'đậu tương ĐT26')?"""
    clause = CLAUSE_END.split(before)[-1]
    if _ends_with(clause.rstrip(" ,"), CROPS):
        return True
    if "giống" in clause and AWAY_FROM_THE_BREED.search(clause.rsplit("giống", 1)[1]) is None:
        return True
    return any(kind in clause for kind in BRED_KINDS)  # 'lúa lai Nhị ưu 838'


AWAY_FROM_THE_BREED = re.compile(r"(?<![^\W_])(?:từ|theo|của|thuộc|cho)(?![^\W_])")
"""Words after 'giống' that lead away from it: in 'con bò giống từ Chương trình MTQG 1719' the
code is the programme's, said as its abbreviation and number (both of round 39's announcers),
as 'Nhận giống ngô NK 7328 từ trạm' names its variety before 'từ'."""


BRED_KINDS = ("lúa lai", "lúa thuần", "ngô lai", "lúa nếp")
"""Words that say a variety's name follows, a few words on: 'lúa lai Nhị ưu 838'."""


def _number(digits: str, ctx: _Context) -> str:
    """'225' → 'hai hai năm', '15' → 'mười lăm' (a number from 0, 'J02', is left to the
    letter codes, which say it digit by digit)."""
    return read_digits(digits) if len(digits) > 2 else ctx.integer(digits)


def read_variety(m: re.Match[str], ctx: _Context) -> str:
    """'TBR225' → 'tê bê e rờ hai hai năm'; other codes are left to the rules after this."""
    letters, number = m["letters"], m["number"]
    known = letters in SERIES and (not m["space"] or letters in SPACED_SERIES)
    if number.startswith("0") or not (known or _in_variety_list(_before(m, 60))):
        # no variety is numbered from 0: 'PC08' is the police department, said digit by digit
        return m.group(0)
    name = SAID_SERIES.get(letters) or (
        letters.lower() if letters[1:].islower() else spell(letters.replace("-", ""))
    )
    words = [name, _number(number, ctx)]  # 'Ri6' (a durian) → 'ri sáu'
    if m["tail"]:
        words.append(LETTERS[m["tail"]])
    return " ".join(words)


NAMED_VARIETY = re.compile(r"\d(?<=[^\W\d_] \d)\d{2,4}(?![\w,/:-]|\.\w)")
"""A number of three to five digits after a word: 'Nhị ưu 838', 'Thái Xuyên 111'."""
NOT_A_NAME = (
    "cho", "trên", "dưới", "với", "của", "có", "là", "được", "khoảng", "gồm", "đạt", "từ",
    "đến", "và", "hơn", "gần", "tới", "số",
)  # fmt: skip
COUNTED_AFTER = re.compile(
    "(?:"
    + "|".join(
        re.escape(word) for word in sorted({*UNITS, *PER_UNITS, *RANGE_UNITS}, key=len)[::-1]
    )
    + r")(?![^\W_])"
)
"""A unit or a counted word after the number, whole ('986 đạt' is no '986 đ')."""


def read_named_variety(m: re.Match[str], ctx: _Context) -> str:
    """In a list of varieties, a number after a name is the name's ('Nhị ưu 838' → 'Nhị ưu
    tám ba tám'); a quantity ('cho 350 hộ', '500 ha') stays a number."""
    before = m.string[max(0, m.start() - 60) : m.start()]
    words = CLAUSE_END.split(before)[-1].split()
    named = (
        any(w[:1].isupper() for w in words[-2:])
        and words[-1:] != []
        and (words[-1].lower() not in NOT_A_NAME)
    )
    if not (named and _in_variety_list(before.lower())):  # the cheaper looks first
        return m.group(0)
    if YEAR.fullmatch(m.group(0)) or COUNTED_AFTER.match(m.string[m.end() : m.end() + 12].lstrip()):
        return m.group(0)  # 'vụ Đông Xuân 2025', 'cho 350 hộ', '500 ha'
    return read_digits(m.group(0))


FORMULATIONS = (
    "EC", "SC", "WP", "WG", "WDG", "SL", "GR", "SP", "OD", "SE", "ME", "EW", "CS", "FS", "DF",
    "SG", "AS", "DD", "BTN", "GB",
)  # fmt: skip
FORMULATION = re.compile(
    rf"(?P<amount>\d(?<![\w.,]\d)\d{{0,3}}(?:[.,]\d{{1,2}})?) ?"
    rf"(?P<form>{'|'.join(FORMULATIONS)}){E}"
)
"""The strength and form of a crop-protection product: 'Anvil 5SC', 'Tilt Super 300EC',
'Abamectin 1.8EC' (said 'một phẩy tám e xê')."""


def read_formulation(m: re.Match[str], ctx: _Context) -> str:
    return f"{ctx.number(m['amount'].replace('.', ','))} {spell(m['form'])}"


ROMAN_LEVELS = {"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5}
FUEL_GRADE = re.compile(
    r"(?:(?P<ron>RON|rôn) ?(?P<octane>\d\d)|(?P<sulphur>0[.,]0\d{1,3}) ?S)"
    r"(?:-(?P<level>IV|V|I{1,3}))?(?![\w-]|[.,]\d)"
)
"""'RON 95-III' (octane 95, emission level III), 'dầu diesel 0,05S' (0.05 % sulphur),
'DO 0,001S-V'."""


def read_fuel_grade(m: re.Match[str], ctx: _Context) -> str:
    """'RON 95-III' → 'rôn chín mươi lăm mức ba', '0,05S' → 'không phẩy không năm ét': the
    emission level is named a level (blind round 108: 'rôn chín mươi lăm ba' lạ, its announcer
    said 'mức ba')."""
    if m["ron"]:
        words = ["rôn", ctx.integer(m["octane"])]
    else:
        words = [ctx.number(m["sulphur"].replace(".", ",")), LETTERS["S"]]
    if m["level"]:
        words += ["mức", ctx.integer(str(ROMAN_LEVELS[m["level"]]))]
    return " ".join(words)
