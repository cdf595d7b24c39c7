"""Document numbers, national standards and codes of letters joined to digits, read as an
announcer reads them: '125/KH-UBND' → 'một trăm hai mươi lăm kế hoạch ủy ban nhân dân',
'QCVN 01-1:2018/BYT', 'QL14' → 'quốc lộ mười bốn', 'H5N1', '4G'.
"""

from __future__ import annotations

import re

from common.i18n import _

from .numbers import read_digits
from .rules import (
    YEAR,
    E,
    _alternation,
    _before,
    _Context,
    _ends_with,
    _suffix,
    _word_before,
    spell,
)
from .vocabulary import (
    ABBREVIATIONS,
    ACTING_TITLES,
    CODE_PREFIXES,
    DOCUMENT_ISSUERS,
    DOCUMENT_NAMES,
    DOCUMENT_TYPES,
    GOVERNMENT_BODIES,
    PARTY_BODIES,
    PARTY_LEVELS,
    SIGNATURE_MARKS,
    STATE_ISSUERS,
    UNITS,
)

PART = r"[A-ZĐ][A-Za-zĐđ&]*\d*"
DOCUMENT = re.compile(
    rf"\d(?<![\w/]\d)\d*[a-z]?(?:-{PART})?(?:/(?:\d+|{PART}(?:-{PART})*))*/{PART}(?:-{PART})*{E}"
)
"""'125/KH-UBND', '25/2018/QH14', and the party's '18-NQ/TW' (number-type/issuer)."""


def _document_part(part: str, ctx: _Context, first: bool) -> str:
    """One part of a document number: its type first ('QĐ' quyết định), then who issued it
    ('CT' chủ tịch, 'UBND', 'UBTVQH14' of the fourteenth National Assembly); a part that
    has no standard expansion is spelled as a unit."""
    if first and part in DOCUMENT_TYPES:
        return DOCUMENT_TYPES[part]
    for words in (DOCUMENT_ISSUERS, ABBREVIATIONS, DOCUMENT_TYPES):
        if part in words:
            return words[part]
    if "&" in part:
        return " và ".join(_document_part(p, ctx, first=False) for p in part.split("&") if p)
    body = _issuing_body(part)
    if body:
        return body
    numbered = re.fullmatch(r"(\D+?)(\d+)", part)
    if numbered and (numbered[1] in DOCUMENT_ISSUERS or numbered[1] in ABBREVIATIONS):
        body = _document_part(numbered[1], ctx, first=False)
        term = " khóa " if numbered[1].endswith("QH") else " "
        return body + term + ctx.integer(numbered[2])
    for pattern, read in ((ROAD, _road), (LETTER_CODE, _letter_code)):
        code = pattern.fullmatch(part)
        if code:
            return read(code, ctx)
    ctx.guess(part, _("'{written}' is not a known abbreviation: spelled letter by letter"))
    return spell(part)


def _issuing_body(part: str) -> str | None:
    """'BKHCN' → 'bộ khoa học và công nghệ', 'SYT' → 'sở y tế', 'BTGTW' → 'ban tuyên giáo
    trung ương': a ministry, a department or a party board composed from its pieces."""
    if part[:1] in "BS" and part[1:] in GOVERNMENT_BODIES:
        return f"{'bộ' if part[0] == 'B' else 'sở'} {GOVERNMENT_BODIES[part[1:]]}"
    for level, said in PARTY_LEVELS.items():
        if part.endswith(level) and part[: -len(level)] in PARTY_BODIES:
            return f"{PARTY_BODIES[part[: -len(level)]]} {said}"
    return None


def _document_number(m: re.Match[str], ctx: _Context) -> str:
    """'125/KH-UBND' → 'một trăm hai mươi lăm kế hoạch ủy ban nhân dân': the number, the
    year if any ('năm …'), then each part of the type and issuer, expanded or spelled.
    Right after the document's name ('Đề án', 'Chỉ thị'…, not 'số'), a number written with
    a leading zero is its name and said digit by digit, as for 'Đề án 06'."""
    head, *rest = m.group(0).split("/")
    first, _dash, kind = head.partition("-")
    number = first.rstrip("abcdefghijklmnopqrstuvwxyz")
    named = _ends_with(_before(m), DOCUMENT_NAMES)  # 'Chỉ thị 05-CT/TW' → 'không năm'
    said = read_digits(number) if named and number[0] == "0" else ctx.integer(number)
    words = [said + _suffix(first)]
    pieces = 0
    for part in [kind, *rest] if kind else rest:
        if part.isdigit():
            words.append(("năm " if YEAR.fullmatch(part) else "trên ") + ctx.integer(part))
            continue
        for piece in filter(None, part.split("-")):
            if not kind and pieces and piece in STATE_ISSUERS:  # '03/CĐ-BCH': ban chỉ huy
                words.append(STATE_ISSUERS[piece])
            else:
                words.append(_document_part(piece, ctx, first=pieces == 0))
            pieces += 1
    return " ".join(words)


def _starts_word(m: re.Match[str], also: str = "/") -> bool:
    """Does the match begin a word? Checked here rather than by a lookbehind at the start of
    the pattern, so that the pattern opens with literals the regex engine can skip to."""
    before = m.string[m.start() - 1] if m.start() else " "
    return not (before.isalnum() or before == "_" or before in also)


ROAD = re.compile(
    rf"(?P<prefix>{_alternation(CODE_PREFIXES)})"
    rf"(?:\.|\s)?(?P<number>[1-9]\d{{0,3}}|0\d?)(?!\d|[ .]\d{{3}})(?P<letter>[A-Z]?)"
    rf"(?:\+(?P<plus>\d{{1,3}}))?{E}(?P<to>\s?[-–]\s?(?=(?P=prefix)))?"
)
LETTER_CODE = re.compile(
    rf"(?P<letters>[A-ZĐ](?:/[A-Z])?[A-ZĐ]{{0,3}})(?P<digits>\d+(?:[A-Z]+\d+)*[A-Z]?)"
    rf"(?P<fraction>[.,]\d+)?{E}"
)
COUNT_CODE = re.compile(
    rf"(?P<count>\d{{1,2}})(?P<tail>[A-Z]{{1,2}})(?P<more>\d{{1,2}})?{E}(?!/\d+(?![A-Za-z]))"
)


def _road(m: re.Match[str], ctx: _Context) -> str:
    """QL14 → 'quốc lộ mười bốn', ĐT 741, Km15+200 → 'ki lô mét mười lăm cộng hai trăm',
    'Km 85 - Km 90' → '… đến …', QH14 → 'quốc hội khóa mười bốn'."""
    if not _starts_word(m) or (m["prefix"].lower() == "km" and _after_a_number(m)):
        return m.group(0)  # '45,68 km2' is an area: read with the units
    kind = CODE_PREFIXES[m["prefix"]]
    if _word_before(m) == kind.split()[0]:  # 'tuyến đường ĐT.753': 'đường' is said once
        kind = kind.split(" ", 1)[1]
    words = [kind, ctx.integer(m["number"])]
    if m["letter"]:
        words.append(spell(m["letter"]))
    if m["plus"]:
        words += ["cộng", ctx.integer(m["plus"])]
    return " ".join(words) + (" đến " if m["to"] else "")


def _after_a_number(m: re.Match[str]) -> bool:
    return _before(m, 2).rstrip()[-1:].isdigit()


def _letter_code(m: re.Match[str], ctx: _Context) -> str:
    """H5N1 → 'hát năm en một', A/H5N1, F0 → 'ép không', U23, B2, PM2.5 → '… hai chấm năm'."""
    if not _starts_word(m):
        return m.group(0)
    words = [spell(m["letters"].replace("/", ""))]
    for piece in re.findall(r"\d+|[A-Z]+", m["digits"]):
        if not piece.isdigit():
            words.append(spell(piece))
        elif len(piece) > 3 or (piece.startswith("0") and len(piece) > 1):
            words.append(read_digits(piece))
        else:
            words.append(ctx.integer(piece))
    if m["fraction"]:
        mark = "chấm" if m["fraction"][0] == "." else "phẩy"
        words += [mark, read_digits(m["fraction"][1:])]
    return " ".join(words)


def _count_code(m: re.Match[str], ctx: _Context) -> str:
    """4G → 'bốn giê', 5K → 'năm ca', 10A1 → 'mười a một'; '3G/4G' too, but not '20MW'."""
    after_code = m.start() > 1 and m.string[m.start() - 2].isupper()
    if m["tail"] in UNITS or not _starts_word(m, also="" if after_code else "/"):
        return m.group(0)
    more = f" {ctx.integer(m['more'])}" if m["more"] else ""
    if m["tail"] == "T" and not more and _ends_with(_before(m), LOAD_WORDS):
        return f"{ctx.integer(m['count'])} tấn"  # 'tải trọng 13T'
    return f"{ctx.integer(m['count'])} {spell(m['tail'])}{more}"


LOAD_WORDS = ("tải trọng", "trọng tải", "tải", "xe", "xe tải", "trên", "dưới", "quá")
"""After these, 'T' joined to a number is tonnes: 'cầu tải trọng 13T', 'xe trên 10T'."""


STANDARD = re.compile(
    r"(?<![\w/])(?P<kind>QCVN|TCVN)\s?(?P<number>\d+(?:[-.]\d+)*)(?::(?P<year>\d{4}))?"
    rf"(?:/(?P<body>{PART}))?{E}"
)


def _standard(m: re.Match[str], ctx: _Context) -> str:
    """'QCVN 01-1:2018/BYT' → 'quy chuẩn việt nam không một một năm hai nghìn không trăm
    mười tám bộ y tế': a national standard, its number, year and issuer."""
    words = [ABBREVIATIONS[m["kind"]]]
    for part in re.split("[-.]", m["number"]):
        words.append(read_digits(part) if part.startswith("0") else ctx.integer(part))
    if m["year"]:
        words.append(f"năm {ctx.integer(m['year'])}")
    if m["body"]:
        words.append(_document_part(m["body"], ctx, first=False))
    return " ".join(words)


SIGNATURE = re.compile(r"(?P<mark>[TKQ](?<![\w.][TKQ])(?:UQ|[MTL])?)\.\s?(?=[^\W\d_])")
"""A mark of SIGNATURE_MARKS, a dot and a word ('TM. ỦY BAN', 'KT.CHỦ TỊCH')."""
NEXT_WORD = re.compile(r"[^\W\d_]+")


def _signature(m: re.Match[str], ctx: _Context) -> str:
    """'TM. ỦY BAN NHÂN DÂN' → 'thay mặt ủy ban nhân dân', 'KT. CHỦ TỊCH' → 'ký thay chủ
    tịch', 'TL.', 'TUQ.': who signs for whom, before a title in capitals, or in mixed case at
    the start of a line ('KT. Chủ tịch'). 'Q.' is 'quyền' before a title only ('Q. CHỦ TỊCH';
    'Q. Bình Thạnh' is a district)."""
    mark, after = m["mark"], m.string[m.end() : m.end() + 24]
    word = NEXT_WORD.match(after)
    if word is None or mark not in SIGNATURE_MARKS:
        return m.group(0)
    if mark == "Q":
        title = after.lower().startswith(ACTING_TITLES) and word.group(0).isupper()
        return f"{SIGNATURE_MARKS[mark]} " if title else m.group(0)
    line_start = m.start() == 0 or m.string[m.start() - 1] == "\n"
    capitals = word.group(0).isupper() and len(word.group(0)) > 1
    if capitals or (line_start and word.group(0).istitle()):
        return f"{SIGNATURE_MARKS[mark]} "
    return m.group(0)
