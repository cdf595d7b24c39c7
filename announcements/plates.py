"""Vehicle number plates as the police notices write them, read as an announcer reads them.

'36B1-123.45' (a motorbike), '30A-123.45', '51G-12345' or '29A-1234' (cars), '29-B1 123.45'
(a two-line plate written on one line): the province's two digits, the series letters and
digit, then the registration number, every digit said on its own and the dot left out —
'ba sáu bê một, một hai ba bốn năm'. Read as numbers, '36B1-123.45' was a smear of
'ba mươi sáu bê một một trăm hai mươi ba chấm bốn mươi lăm'.
"""

from __future__ import annotations

import re

from .numbers import read_digits
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
    letters = number.rstrip("0123456789")
    said = [" ".join(LETTERS[letter] for letter in letters)] if letters else []
    return f"{' '.join(head)}, {' '.join([*said, read_digits(number[len(letters) :])])}"


VESSEL_PROVINCES: dict[str, str] = {
    "QN": "quảng ninh", "HP": "hải phòng", "TB": "thái bình", "NĐ": "nam định",
    "NB": "ninh bình", "TH": "thanh hóa", "NA": "nghệ an", "HT": "hà tĩnh",
    "QB": "quảng bình", "QT": "quảng trị", "TTH": "thừa thiên huế", "ĐNa": "đà nẵng",
    "QNa": "quảng nam", "QNg": "quảng ngãi", "BĐ": "bình định", "PY": "phú yên",
    "KH": "khánh hòa", "NT": "ninh thuận", "BTh": "bình thuận", "BV": "bà rịa vũng tàu",
    "LA": "long an", "TG": "tiền giang", "BTr": "bến tre", "TV": "trà vinh",
    "ST": "sóc trăng", "BL": "bạc liêu", "CM": "cà mau", "KG": "kiên giang",
}  # fmt: skip
"""A fishing vessel's number opens with its province's code ('QNg-90479-TS', 'HT-90123-TS').
A code with a small letter is said as the province ('quảng ngãi': round 30, five readings of
six); one in capitals is spelled ('hát tê', 'ca giê': rounds 46 and 49, 14 readings of 14)."""
VESSEL_CODES = {code.upper(): said for code, said in VESSEL_PROVINCES.items()}
VESSEL = re.compile(
    r"(?<![\w-])(?P<province>"
    + "|".join(sorted({*VESSEL_PROVINCES, *VESSEL_CODES}, key=len, reverse=True))
    + r")[- ](?P<number>\d{4,5})[- ]TS(?![\w-])"
)
"""A vessel's number, '<province>-<four or five digits>-TS' (TS: thủy sản), dashes or spaces."""
VESSEL_GATE = re.compile(r"TS(?<=\d[- ]TS)")
"""Opened by its letters, which the regex engine skips to: digits are in most notices."""


def read_vessel(m: re.Match[str]) -> str:
    """The province or its letters, the digits one by one and 'tê ét', as announcers read them."""
    code = m["province"]
    province = " ".join(LETTERS[c] for c in code) if code.isupper() else VESSEL_CODES[code.upper()]
    return f"{province} {read_digits(m['number'])} {' '.join(LETTERS[c] for c in 'TS')}"
