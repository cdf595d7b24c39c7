"""Vietnamese typed in the old fonts, recognised wherever text enters (officer trial o15lan:
a notice typed in VNI-Windows or TCVN3 and pasted into a UTF-8 file was accepted, approved
and read aloud as gibberish; the same bytes as a file were refused with "byte 2").

Offices still type in .VnTime (TCVN3) and VNI-Times fonts: each stores a Vietnamese letter
as one or two Western bytes ('Th«ng' and 'Thoâng' are 'Thông'). Such text is recognised by
its words: a word holding a letter Vietnamese never writes ('«', 'ä', 'ø', '¸') that the old
font's table turns into a Vietnamese syllable. Real Vietnamese has no such word, so it never
trips the check, whatever its quotation marks or foreign names ('Köln', '«Đắk Lắk»').
Windows-1258 (Notepad's "ANSI" on a Vietnamese Windows) is a standard code page: a file in
it that reads as Vietnamese is simply decoded (`decode_file`)."""

from __future__ import annotations

import codecs
import os
import re
import unicodedata
from functools import cache
from pathlib import Path

from common.errors import BroadcasterError
from common.i18n import N_, _

from .limits import refuse_control_characters
from .syllables import is_written_syllable
from .unaccented import TONES, VIETNAMESE_LETTERS, opening, sentences, vietnamese_letters

VNI = "VNI-Windows"
TCVN3 = "TCVN3 (.VnTime)"

_VNI_AFTER_CIRCUMFLEX = "áàåãä"
_VNI_AFTER_BREVE = "éèúüë"
_VNI_TONE = "ùøûõï"
_VNI_I = "íìæóò"

_TCVN3_BYTES = (
    "ă=a8 â=a9 ê=aa ô=ab ơ=ac ư=ad đ=ae Ă=a1 Â=a2 Ê=a3 Ô=a4 Ơ=a5 Ư=a6 Đ=a7 "
    "à=b5 ả=b6 ã=b7 á=b8 ạ=b9 ằ=bb ẳ=bc ẵ=bd ắ=be ặ=c6 ầ=c7 ẩ=c8 ẫ=c9 ấ=ca ậ=cb "
    "è=cc ẻ=ce ẽ=cf é=d0 ẹ=d1 ề=d2 ể=d3 ễ=d4 ế=d5 ệ=d6 ì=d7 ỉ=d8 ĩ=dc í=dd ị=de "
    "ò=df ỏ=e1 õ=e2 ó=e3 ọ=e4 ồ=e5 ổ=e6 ỗ=e7 ố=e8 ộ=e9 ờ=ea ở=eb ỡ=ec ớ=ed ợ=ee "
    "ù=ef ủ=f1 ũ=f2 ú=f3 ụ=f4 ừ=f5 ử=f6 ữ=f7 ứ=f8 ự=f9 ỳ=fa ỷ=fb ỹ=fc ý=fd ỵ=fe"
)
"""TCVN 5712:1993 (VN3, the .VnTime fonts) as glibc's iconv writes each letter; capitals
with a tone are the small letters' codes typed in the .VnTimeH font."""


def _vni(letter: str) -> str:
    """A letter as VNI-Windows writes it: its base, then one mark standing for its
    circumflex, breve or horn together with its tone."""
    if letter in "đĐ":
        return "ñ" if letter == "đ" else "Ñ"
    decomposed = unicodedata.normalize("NFD", letter.lower())
    base, marks = decomposed[0], decomposed[1:]
    tone = next((TONES.index(m) for m in marks if m in TONES), None)
    if "\u0302" in marks:
        written = base + ("â" if tone is None else _VNI_AFTER_CIRCUMFLEX[tone])
    elif "\u0306" in marks:
        written = base + ("ê" if tone is None else _VNI_AFTER_BREVE[tone])
    elif "\u031b" in marks:
        horn = "ô" if base == "o" else "ö"
        written = horn if tone is None else horn + _VNI_TONE[tone]
    elif base == "i":
        written = _VNI_I[tone or 0]
    elif base == "y" and tone == 4:
        written = "î"
    else:
        written = base + _VNI_TONE[tone or 0]
    return written.upper() if letter.isupper() else written


@cache
def _tables() -> dict[str, tuple[re.Pattern[str], dict[str, str]]]:
    """Per old font: a pattern of what it writes for a letter, longest first, and the
    letter each stands for."""
    letters = vietnamese_letters()
    vni = {_vni(letter): letter for letter in letters}
    tcvn3 = {}
    for pair in _TCVN3_BYTES.split():
        letter, code = pair.split("=")
        tcvn3[bytes.fromhex(code).decode("cp1252")] = letter
    return {
        name: (re.compile("|".join(sorted(map(re.escape, table), key=len, reverse=True))), table)
        for name, table in ((VNI, vni), (TCVN3, tcvn3))
    }


_VIETNAMESE = VIETNAMESE_LETTERS
_FOREIGN_MARKED = re.compile(r"[^\x00-\x7f]")
_EDGES = "\"'()[]{},.;:!?“”‘’…-–"


_TONE_AFTER_A_VOWEL = re.compile("(?:[aeouyâêôơưăAEOUYÂÊÔƠƯĂ]|(?<![gG])[iI])[ùõÙÕ]")
"""A vowel, then 'ù' or 'õ': VNI's grave and tilde marks ('baùo', 'luõ'); Vietnamese
writes these two letters after no vowel, but after the 'i' of 'gi' ('giùm', a title 'Nhắn
giùm' was taken for TCVN3)."""


MICRO = re.compile(r"(?<![^\W\d_])µ(?=(?:mol|Sv|Gy|[mgslLWVAF])(?![^\W\d_]))")
"""The micro sign before a unit ('2,5 µm', '10µg/m³', '0,2 µSv/h'): TCVN3 writes 'à' with
the same byte, but inside a word ('lµm' for 'làm'), never before a unit (review22 #2)."""


def _foreign(word: str) -> bool:
    """A word Vietnamese never writes: one holding a character that is neither ASCII nor a
    Vietnamese letter (the micro sign of a unit aside), or a vowel followed by 'ù' or 'õ';
    and a plain letter (a separator '·' or a price's '5¸' is no word typed in an old font)."""
    word = MICRO.sub("u", word)
    return (
        any(c not in _VIETNAMESE for c in _FOREIGN_MARKED.findall(word))
        or _TONE_AFTER_A_VOWEL.search(word) is not None
    ) and any(c.isascii() and c.isalpha() for c in word)


def _vietnamese_word(word: str) -> bool:
    letters = [c for c in word if not c.isascii()]
    toned = sum(1 for c in letters if any(t in unicodedata.normalize("NFD", c) for t in TONES))
    return (
        word.isalpha()
        and all(c in _VIETNAMESE for c in letters)
        and toned <= 1
        and is_written_syllable(word)
    )


def _converted(word: str, pattern: re.Pattern[str], table: dict[str, str]) -> str:
    return pattern.sub(lambda m: table[m[0]], word)


NAME_SEPARATORS = re.compile(r"[\s_\-.+]+")
"""What stands for a space in a name: an old PC or a USB copy writes 'Th«ng_b¸o_häp'."""


def old_font(text: str, name: bool = False) -> tuple[str, str, str] | None:
    """(the old font's name, a word as written, the same word in Unicode) when the text
    reads as Vietnamese typed in VNI-Windows or TCVN3: at least two of its words, and most
    of those holding a letter Vietnamese never writes, are Vietnamese once converted. A
    `name` (a file's, a title) is its words however joined ('_', '-'), and one such word is
    enough when all of them convert and the whole name then reads as Vietnamese syllables
    ('DiÖt chuét', 'Hoïp daân': a short title's other words hold letters Vietnamese writes
    too; review22 #3)."""
    split = NAME_SEPARATORS.split(text) if name else text.split()
    words = [w.strip(_EDGES) for w in split if _FOREIGN_MARKED.search(w)]
    marked = [w for w in words if _foreign(w)]
    if len(marked) < (1 if name else 2):
        return None
    read = []
    for font, (pattern, table) in _tables().items():
        converted = [(w, _converted(w, pattern, table)) for w in marked]
        hits = [(w, c) for w, c in converted if c != w and _vietnamese_word(c)]
        if len(hits) >= 2 and 2 * len(hits) >= len(marked):
            return (font, *hits[0])
        if name and len(hits) == len(marked) and (changed := _syllables(split, pattern, table)):
            read.append((changed, font, *hits[0]))
    return max(read)[1:] if read else None  # the font that reads more of it: 'DiÖt chuét'


def _syllables(words: list[str], pattern: re.Pattern[str], table: dict[str, str]) -> int:
    """How many words of a name an old font's table changes, when every word, so
    converted, is a Vietnamese syllable or a number; else 0."""
    kept = [w.strip(_EDGES) for w in words if w.strip(_EDGES)]
    converted = [(w, _converted(w, pattern, table)) for w in kept]
    if all(w.isdigit() or _vietnamese_word(c) for w, c in converted):
        return sum(1 for w, c in converted if c != w)
    return 0


class OldFontError(BroadcasterError):
    """Text in an old Vietnamese font, refused with what to do about it."""


def _mixed(text: str) -> bool:
    """Whether some sentence of the text is Vietnamese in Unicode (a letter beyond ASCII in
    a syllable, and no word only an old font writes): then only the old font's sentences
    are wrong, and converting the whole text would garble the rest (officer trial o15lan2,
    N4)."""
    return any(
        not any(_foreign(w) for w in words)
        and any(_vietnamese_word(w) and not w.isascii() for w in words)
        for words in ([w.strip(_EDGES) for w in s.split()] for s in sentences(text))
    )


def refuse_old_font(text: str, where: str, in_file: bool = False) -> None:
    """Refuse a text typed in an old font: read aloud it would be gibberish. When the rest
    of the text is Unicode, the sentence at fault is quoted and only it is to be typed
    again; `in_file`: the text came in a file, which is what to fix and send again."""
    found = old_font(text)
    if found is None:
        return
    name, written, meant = found
    if _mixed(text):
        sentence = next(s for s in sentences(text) if written in s)
        message = (
            _("{where}: the sentence “{sentence}” looks typed in the old font {font} "
              "('{written}' is '{meant}') unlike the rest, and would be read as gibberish: "
              "fix that sentence in the file (type it again in Unicode, with Unikey's Telex), "
              "save the file and send it again")
            if in_file
            else _("{where}: the sentence “{sentence}” looks typed in the old font {font} "
                   "('{written}' is '{meant}') unlike the rest, and would be read as "
                   "gibberish: type that sentence again in Unicode (with Unikey's Telex) and "
                   "leave the rest as it is")
        )  # fmt: skip
    else:
        sentence = ""
        message = (
            _("{where}: the file's text looks typed in the old font {font} ('{written}' is "
              "'{meant}'), and would be read as gibberish: convert the file to Unicode with "
              "Unikey (Công cụ chuyển mã, from {font} to Unicode), save it as UTF-8, then "
              "send it again")
            if in_file
            else _("{where}: the text looks typed in the old font {font} ('{written}' is "
                   "'{meant}'), and would be read as gibberish: convert it to Unicode with "
                   "Unikey (Công cụ chuyển mã, from {font} to Unicode), then paste it again")
        )  # fmt: skip
    raise OldFontError(
        message.format(
            where=where, sentence=opening(sentence), font=name, written=written, meant=meant
        ),
        field="text",
    )


FILE_NAME = N_("the file's name")
TITLE = N_("the title")
CAMPAIGN_TITLE = N_("the campaign's title")


def refuse_old_font_name(value: str, where: str, what: str, field: str = "files") -> None:
    """Refuse a name in an old font (`what`: FILE_NAME, TITLE, CAMPAIGN_TITLE): it is not
    read aloud, but the notice would be listed, approved and printed in the signed report
    under gibberish (a recording saved on an old PC as 'Th«ng b¸o häp.mp3')."""
    found = old_font(value, name=True)
    if found is None:
        return
    name, written, meant = found
    said = (
        _("{where}: the file's name “{value}” looks typed in the old font {font} ('{written}' "
          "is '{meant}'), and would be listed and printed as gibberish: rename the file, typing "
          "its name again in Unicode (with Unikey's Telex), then send it again")
        if what == FILE_NAME
        else _("{where}: {what} “{value}” looks typed in the old font {font} ('{written}' is "
               "'{meant}'), and would be listed and printed as gibberish: type it again in "
               "Unicode (with Unikey's Telex), then send it again")
    )  # fmt: skip
    raise OldFontError(
        said.format(where=where, what=_(what), value=value, font=name, written=written,
                    meant=meant),
        field=field,
    )  # fmt: skip


def refuse_unnamed(path: Path) -> None:
    """Refuse a file whose name is not text (bytes of an old Windows code page, copied as they
    were onto a USB stick or out of a zip): it can be neither shown nor printed, and ffmpeg's
    messages naming it stopped `announce add` with a trace."""
    try:
        path.name.encode("utf-8")
    except UnicodeEncodeError:
        raise OldFontError(
            _(
                "{where}: the file's name is not in Unicode (it was made on an old PC): rename "
                "the file, typing its name again in Unicode (with Unikey's Telex), then send it "
                "again"
            ).format(where=shown_path(path)),
            field="files",
        ) from None


def shown_path(path: Path) -> str:
    """A path as a sentence can hold it: bytes that are not UTF-8 shown as '\ufffd'."""
    return os.fsencode(path).decode("utf-8", errors="replace")


WINDOWS_1258 = "Windows-1258"


NOT_TEXT = N_(
    "{where}: the file is not UTF-8 text, nor Vietnamese in an old font the station knows: "
    "open it in Notepad, choose File > Save As with the encoding UTF-8, then send it again"
)
BOMS = {codecs.BOM_UTF32_LE: "utf-32", codecs.BOM_UTF32_BE: "utf-32",
        codecs.BOM_UTF16_LE: "utf-16", codecs.BOM_UTF16_BE: "utf-16"}  # fmt: skip
"""Byte-order marks and what they open, UTF-32's first: its mark begins with UTF-16's."""


def decode_file(data: bytes, where: str) -> tuple[str, str | None]:
    """A script file's text: UTF-8, UTF-16 or UTF-32 with a byte-order mark (Notepad's
    "Unicode"), or Windows-1258 that reads as Vietnamese (Notepad's "ANSI" on a Vietnamese
    Windows: the same letters, so it is taken as it is and shown for approval like any
    other). A file in an old font, or in no encoding known, is refused with what to do, and
    so is one holding NUL characters (UTF-16 without its mark decodes as UTF-8 with a NUL
    after each letter: its front matter was read aloud). Also the code page it was converted
    from (`WINDOWS_1258`), which the officer is told, or None."""
    text, converted_from = _decoded(data, where)
    if "\x00" in text:
        raise OldFontError(_(NOT_TEXT).format(where=where))
    text = dos_end(text)
    refuse_control_characters(text, where, in_file=True)
    return text, converted_from


DOS_END = "\x1a"
"""Ctrl-Z: where an old DOS or Windows editor (or `copy con`) ended a text file, padded after
it with more of the same."""


def dos_end(text: str) -> str:
    """The text before a DOS end-of-file mark that nothing but more marks and blank space
    follows (before, a trailing Ctrl-Z was stored with the text, and `announce add` warned of
    a guess at ''); a mark inside the text is left for `refuse_control_characters`."""
    head, mark, tail = text.partition(DOS_END)
    return head if mark and not tail.replace(DOS_END, "").strip() else text


def _decoded(data: bytes, where: str) -> tuple[str, str | None]:
    try:
        marked = next((code for bom, code in BOMS.items() if data.startswith(bom)), None)
        return data.decode(marked or "utf-8"), None
    except UnicodeDecodeError:
        if marked:  # cut short, or not text under its mark
            raise OldFontError(_(NOT_TEXT).format(where=where)) from None
    found = old_font(data.decode("cp1252", errors="replace"))
    if found is not None:
        raise OldFontError(
            _(
                "{where}: the file is typed in the old font {font} ('{written}' is '{meant}'): "
                "convert it to Unicode with Unikey (Công cụ chuyển mã, from {font} to "
                "Unicode), save it as UTF-8, then send it again"
            ).format(where=where, font=found[0], written=found[1], meant=found[2])
        )
    text = _windows_1258(data)
    if text is not None:
        return text, WINDOWS_1258
    raise OldFontError(_(NOT_TEXT).format(where=where))


def text_file(data: bytes, where: str) -> str:
    """A text file that is not a script (a TOML schedule), read as `decode_file` reads a
    script (Notepad's UTF-8 with a BOM or "Unicode", an old font refused with what to do),
    without the byte-order mark."""
    return decode_file(data, where)[0].lstrip("\ufeff")


def _windows_1258(data: bytes) -> str | None:
    """The text, if the bytes are Windows-1258 and most words holding a Vietnamese letter
    are Vietnamese syllables (at least two)."""
    try:
        text = unicodedata.normalize("NFC", data.decode("cp1258"))
    except UnicodeDecodeError:
        return None
    words = [w.strip(_EDGES) for w in text.split() if _FOREIGN_MARKED.search(w)]
    good = sum(1 for w in words if _vietnamese_word(w))
    return text if good >= 2 and 4 * good >= 3 * len(words) else None
