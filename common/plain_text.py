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
