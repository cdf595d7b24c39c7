"""Vehicle number plates as the police notices write them, read as an announcer reads them.

'36B1-123.45' (a motorbike), '30A-123.45', '51G-12345' or '29A-1234' (cars), '29-B1 123.45'
(a two-line plate written on one line): the province's two digits, the series letters and
digit, then the registration number, every digit said on its own and the dot left out —
'ba sáu bê một, một hai ba bốn năm'. Read as numbers, '36B1-123.45' was a smear of
'ba mươi sáu bê một một trăm hai mươi ba chấm bốn mươi lăm'.
"""

from __future__ import annotations

import re

from .numbers import HIDDEN_DIGIT, read_digits
from .vocabulary import LETTERS

PLATE = re.compile(
    r"(?P<province>\d\d)(?<![\w.,/-]\d\d)(?:-|\s[-–]\s)?(?P<series>[A-ZĐ]{1,2})(?P<digit>\d?)"
    r"(?:[-–]|\s[-–]\s| |\.(?=\d{3}\.\d\d))"
    r"(?P<number>\d{3}\.\d\d|\d{4,5}|[A-Z]{2,3}\d{2,3})(?![\w.,/-]?\w)"
)
"""A plate: two digits, one or two capitals and maybe a digit, then the number after a dash
(or an en dash, spaced or not), a space or a dot ('29A.123.45'); a number of letters and
digits too ('30K-BYD12', no thirty thousand). The lookbehind keeps '2025-10-12'-like runs
and longer numbers out."""


def read_plate(m: re.Match[str]) -> str:
    series = " ".join(LETTERS[letter] for letter in m["series"])
    head = [read_digits(m["province"]), series]
    if m["digit"]:
        head.append(read_digits(m["digit"]))
    number = m["number"].replace(".", "")
    letters = "".join(c for c in number if not c.isdigit())  # '٣٤٥' too: the letters lead
    said = [" ".join(LETTERS[letter] for letter in letters)] if letters else []
    return f"{' '.join(head)}, {' '.join([*said, read_digits(number[len(letters) :])])}"


VESSEL_PROVINCES = (
    "QN", "HP", "TB", "NĐ", "NB", "TH", "NA", "HT", "QB", "QT", "TTH", "ĐNa", "QNa", "QNg",
    "BĐ", "PY", "KH", "NT", "BTh", "BV", "LA", "TG", "BTr", "TV", "ST", "BL", "CM", "KG",
)  # fmt: skip
"""A fishing vessel's number opens with its province's code ('QNg-90479-TS', 'HT-90123-TS'),
spelled: 'hát tê', 'ca giê' (rounds 46 and 49, 14 readings of 14), and a code with a small
letter too, 'BTh' 'bê tê hát' (round 71, six readings of six; with session 15's count, ten
spelled against five said as the province, which round 30's 'QNg' had been)."""
VESSEL_WRITTEN = sorted({*VESSEL_PROVINCES, *map(str.upper, VESSEL_PROVINCES)}, key=len)[::-1]
VESSEL = re.compile(
    r"(?<![\w-])(?P<province>"
    + "|".join(VESSEL_WRITTEN)
    + r")[- ](?P<number>(?=[\dxX]{4,5}[- ])\d+[xX]*)[- ]TS(?![\w-])"
)
"""A vessel's number, '<province>-<four or five digits>-TS' (TS: thủy sản), dashes or spaces;
a wanted notice may hide its last digits ('QNg-95xxx-TS')."""
VESSEL_GATE = re.compile(r"TS(?<=[\dxX][- ]TS)")
"""Opened by its letters, which the regex engine skips to: digits are in most notices."""


def read_vessel(m: re.Match[str]) -> str:
    """The province's letters, the digits one by one and 'tê ét', as announcers read them."""
    province = " ".join(LETTERS[c] for c in m["province"].upper())
    number = " ".join(HIDDEN_DIGIT if c in "xX" else read_digits(c) for c in m["number"])
    return f"{province} {number} {' '.join(LETTERS[c] for c in 'TS')}"
