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
    r"(?P<province>\d\d)(?<![\w.,/-]\d\d)-?(?P<series>[A-ZĐ]{1,2})(?P<digit>\d?)"
    r"(?:-|\s-\s| )(?P<number>\d{3}\.\d\d|\d{4,5})(?![\w.,/-]?\w)"
)
"""A plate: two digits, one or two capitals and maybe a digit, then the number after a dash
or a space. The lookbehind keeps '2025-10-12'-like runs and longer numbers out."""


def read_plate(m: re.Match[str]) -> str:
    series = " ".join(LETTERS[letter] for letter in m["series"])
    head = [read_digits(m["province"]), series]
    if m["digit"]:
        head.append(read_digits(m["digit"]))
    return f"{' '.join(head)}, {read_digits(m['number'].replace('.', ''))}"
