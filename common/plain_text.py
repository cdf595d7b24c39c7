"""Vietnamese text made plain: as it is looked for (`fold`) and as an id (`slug`). Here, not
with the notices or the scripts, so the office takes them without the station's modules."""

from __future__ import annotations

import re
import unicodedata

_MARKS = re.compile("[\u0300-\u036f]+")


def fold(text: str) -> str:
    """Text as it is looked for: case, accents and đ set aside ('hop thon' finds 'Họp thôn')."""
    plain = unicodedata.normalize("NFKD", text.replace("đ", "d").replace("Đ", "D"))
    return _MARKS.sub("", plain).casefold()


def slug(name: str) -> str:
    """A stable ASCII id from a file name: 'Thông báo Bluezone.md' → 'thong-bao-bluezone'."""
    plain = unicodedata.normalize("NFKD", name.replace("đ", "d").replace("Đ", "D"))
    plain = "".join(c for c in plain if not unicodedata.combining(c)).lower()
    return re.sub(r"[^a-z0-9]+", "-", plain).strip("-")[:64]


PERSON_MAX = 100
"""Characters of a person's name or position (a report's cell, not a biography): the
console's full name and the commands' --by alike."""


def tidy_person(typed: str) -> str | None:
    """A person's name or position as typed, tidied (NFC, single spaces), or None when it is
    none: longer than PERSON_MAX, or holding a control character (a newline, a tab, a NUL, a
    terminal's escape), which a log row, a report's cell or a console line would carry."""
    if any(unicodedata.category(c)[0] == "C" or c in "\u2028\u2029" for c in typed):
        return None
    tidy = " ".join(unicodedata.normalize("NFC", typed).split())
    return tidy if len(tidy) <= PERSON_MAX else None
