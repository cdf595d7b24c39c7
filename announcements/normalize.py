"""The one seam every engine's input passes through: script text → what an announcer says.

For now it only removes Markdown marks and folds white space; the Vietnamese reading rules
(numbers, dates, abbreviations, lexicon) grow here, behind this same function.
"""

from __future__ import annotations

import re
import unicodedata

_MARKDOWN_MARKS = re.compile(r"(^|\s)#+\s|[*_`>]+")
_SPACES = re.compile(r"\s+")


def spoken_form(text: str) -> str:
    """The text an engine should read aloud (NFC, no Markdown marks, single spaces)."""
    text = unicodedata.normalize("NFC", text)
    text = _MARKDOWN_MARKS.sub(r"\1", text)
    return _SPACES.sub(" ", text).strip()
