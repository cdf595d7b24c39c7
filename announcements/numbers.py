"""Reading numbers aloud the way a Vietnamese announcer does.

Written here rather than taken from num2words, whose Vietnamese reads 2020 as "hai nghìn lẻ
hai mươi" and 3,5 as "ba phẩy năm mươi", and has no northern/southern variants.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

DIGITS = ("không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín")
HIDDEN_DIGIT = "ích xì"
"""A digit a notice hides with an 'x' ('0912.xxx.789', '03x.xxx.123', 'QNg-95xxx-TS'):
the letter's whole name, as both announcers of blind round 106 said it ('ích' alone is heard
as the word 'ích', useful). A field left blank to fill in ('số xx/QĐ', 'Ngày XX tháng XX') is
no digit: a pause (untidy.BLANK); a letter X of a code is spelled 'ích' among its letters."""
ANY_DIGITS_AFTER = re.compile(
    r"(?P<prefix>\+?(?=(?:[ .-]?[0-9]){2})[0-9][0-9 .-]*?)[ .-]?[xX*]+(?:[ .-][xX*]+)*"
)
"""x's that end a number after a prefix of two digits or more ('1900 xxxx', '1800xxxx', '0912
xxx xxx', '+84 86 xxx xxxx'): any digits, left unsaid ('các đầu số một chín không không', as
both announcers of blind round 107 said it; both judges marked the x's read lạ). x's with a
digit after them hide one number's digits ('0912.xxx.789', '03x.xxx.xxx.123') and a lone '0'
names nothing ('0xx.xxx.xxxx'): those stay HIDDEN_DIGIT. Stars hide digits as x's do ('0912
*** ***', '1900 ****'), by the same rule (identifiers.HIDDEN_STARS)."""
PREFIX_SPOKEN_OF = re.compile(
    r"(?i:đầu số|bắt đầu (?:bằng|từ|với)|(?:có|theo) dạng|(?:các|những|mọi) (?:số|thuê bao))"
    r"[^.!?;\n]*$"
)
"""The words by which a sentence speaks of a prefix, the number's first digits: only there do
x's ending it stand for any digits (blind rounds 111-112: 'báo cho CA xã qua số điện thoại 0243
8826 xxx' was said three digits short and sounded whole, sai for both judges: one number's
masked tail is said, 'ích xì ích xì ích xì')."""
PREFIX_LOOK = 80
"""How far before the number its sentence is looked at for PREFIX_SPOKEN_OF."""


def any_digits_prefix(written: str, before: str) -> str | None:
    """The prefix before x's that stand for any digits ('1900 xxxx' → '1900') where the
    sentence `before` it speaks of a prefix ('các đầu số 1900 xxxx'), or None."""
    m = ANY_DIGITS_AFTER.fullmatch(written)
    return m["prefix"] if m and PREFIX_SPOKEN_OF.search(before) else None


@dataclass(frozen=True)
class Dialect:
    """Where the regions say numbers differently."""

    name: str
    thousand: str
    """'nghìn' in the north, 'ngàn' in the south."""
    zero_tens: str
    """Said for an empty tens place, as in 105: 'linh' (north) or 'lẻ' (south)."""
    four: str
    """A four after the tens, as in 24: 'tư' (north, 'hai mươi tư') or 'bốn' (south, as the
    southern stations say 'hai mươi bốn')."""


NORTH = Dialect("north", "nghìn", "linh", "tư")
SOUTH = Dialect("south", "ngàn", "lẻ", "bốn")
DIALECTS = {d.name: d for d in (NORTH, SOUTH)}


def _below_hundred(n: int, dialect: Dialect) -> list[str]:
    tens, units = divmod(n, 10)
    if tens == 0:
        return [DIGITS[units]]
    words = ["mười"] if tens == 1 else [DIGITS[tens], "mươi"]
    if units == 1 and tens > 1:
        words.append("mốt")
    elif units == 4 and tens > 1:
        words.append(dialect.four)
    elif units == 5:
        words.append("lăm")
    elif units:
        words.append(DIGITS[units])
    return words


def _below_thousand(n: int, dialect: Dialect, full: bool) -> list[str]:
    """0 < n < 1000; `full` says the hundreds even when zero ("không trăm"), as inside
    a larger number: 1.005 is "một nghìn không trăm linh năm"."""
    hundreds, rest = divmod(n, 100)
    words: list[str] = []
    if hundreds or full:
        words += [DIGITS[hundreds], "trăm"]
        if 0 < rest < 10:
            words.append(dialect.zero_tens)
    if rest:
        words += _below_hundred(rest, dialect)
    return words


@lru_cache(maxsize=4096)
def read_integer(n: int, dialect: Dialect = NORTH) -> str:
    """0 → 'không', 21 → 'hai mươi mốt', 2020 → 'hai nghìn không trăm hai mươi' (remembered: a
    notice's days, months, years and hours come back again and again)."""
    if n < 0:
        return "âm " + read_integer(-n, dialect)
    if n == 0:
        return DIGITS[0]
    return " ".join(_read_positive(n, dialect))


def _read_positive(n: int, dialect: Dialect) -> list[str]:
    billions, rest = divmod(n, 10**9)
    words: list[str] = []
    if billions:
        words += [*_read_positive(billions, dialect), "tỷ"]
    scales = ((10**6, "triệu"), (10**3, dialect.thousand), (1, ""))
    for size, name in scales:
        group, rest = divmod(rest, size)
        if group:
            words += _below_thousand(group, dialect, full=bool(words))
            if name:
                words.append(name)
    return words


def read_digits(digits: str) -> str:
    """'0912' → 'không chín một hai': phone numbers, codes, decimals with leading zeros."""
    return " ".join(DIGITS[int(d)] for d in digits if d.isdigit())


def read_decimal(whole: str, fraction: str, dialect: Dialect = NORTH) -> str:
    """'3', '5' → 'ba phẩy năm'; '0', '05' → 'không phẩy không năm'; '0', '015' → 'không phẩy
    không mười lăm': each leading zero said, then the rest as a number (round 72: three
    readings of three); a part longer than three digits is said digit by digit."""
    head = read_integer(int(whole), dialect)
    rest = fraction.lstrip("0")
    if len(fraction) > 3 or not rest:
        tail = read_digits(fraction)
    else:
        zeros = "không " * (len(fraction) - len(rest))
        tail = zeros + read_integer(int(rest), dialect)
    return f"{head} phẩy {tail}"


def read_ordinal(n: int, dialect: Dialect = NORTH) -> str:
    """The number after 'thứ': 1 → 'nhất', 4 → 'tư', else the cardinal."""
    return {1: "nhất", 4: "tư"}.get(n) or read_integer(n, dialect)


ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}


def roman_value(numeral: str) -> int:
    values = [ROMAN_VALUES[c] for c in numeral]
    return sum(-v if v < nxt else v for v, nxt in zip(values, [*values[1:], 0], strict=True))
