"""The one seam every engine's input passes through: script text → what an announcer says.

Rules run in a fixed order, each a regex with a small function that writes words:
web and e-mail addresses; the lexicon (the station's entries over the shipped loan words of
`data/loanwords.toml`); standards, document numbers, codes (QL14, H5N1, 4G), initials and
abbreviations (by family, in `vocabulary.py`), Roman numerals; the slashes of prices and of
alternatives; then, when there are digits, phone and service numbers, units, house numbers,
dates (lunar ones too), times, ranges and plain numbers; last the words left (checked as
Vietnamese syllables) and symbols. What the rules cannot place stays in the text, readable,
and is reported as a warning and as a guessed word.

Every pattern is linear in its input: a match may start only where a run begins (never
again inside the run it failed on), whitespace runs are collapsed first, and a rule's
function looks at a few characters around its match (`_before`, `_after`) instead of the
pattern reaching further. Patterns open with a character class where they can, with the
word-start check after the first character, so that the regex engine skips quickly to the
places a match can begin: the wider reader is faster than the narrow one it replaced.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property, lru_cache
from itertools import groupby
from typing import Any

from common.i18n import _, language

from .numbers import (
    NORTH,
    SOUTH,
    Dialect,
    read_decimal,
    read_digits,
    read_integer,
    read_ordinal,
)
from .syllables import (
    VOWEL,
    Accents,
    TextAccents,
    is_vietnamese_syllable,
    restore,
    transliterate,
)
from .vocabulary import (
    ABBREVIATIONS,
    ABBREVIATIONS_AFTER,
    ABBREVIATIONS_BEFORE,
    CALL_WORDS,
    CODE_PREFIXES,
    COUNTING_WORDS,
    DOCUMENT_ISSUERS,
    DOCUMENT_NAMES,
    DOCUMENT_TYPES,
    DOMAIN_WORDS,
    HOUSE_WORDS,
    LETTERS,
    LUNAR_MONTHS,
    ONLY_AS_DOCUMENT,
    PER_UNITS,
    RANGE_UNITS,
    REPEATED_BEFORE_RANGE,
    ROMAN_AFTER,
    SERVICE_NUMBERS,
    SHORT_PLACES,
    STREET_WORDS,
    SYMBOLS,
    UNITS,
    WORDS_TOO,
    address_words,
    loanwords,
)

W = r"[^\W_]"  # a letter or digit, Vietnamese included
B = rf"(?<!{W})"  # word start
E = rf"(?!{W})"  # word end
LONGEST_SHOWN = 40  # characters of a guessed word quoted in a warning


@dataclass(frozen=True)
class Reading:
    spoken: str
    warnings: tuple[str, ...] = ()
    guessed: tuple[str, ...] = ()
    """What the reader could not place, as written: unknown words and abbreviations, dates
    and times that are not ones. An office fixes these before its scripts go out."""


# ----- the vocabulary of one reader ----------
def _trie_pattern(keys: Iterable[str], word_end: Callable[[str], bool]) -> str:
    """One regex for many literal keys, as a trie (Python's `re` tries alternatives one by
    one: 200 abbreviations as a plain alternation cost 4x more). The longest key wins;
    a key must end at a word end when `word_end(key)`, and start at a word start: the check
    sits after the first character so that the pattern opens with literals, which lets the
    regex engine skip quickly to the places where a key can begin."""
    trie: dict[str, Any] = {}
    for key in keys:
        node = trie
        for char in key:
            node = node.setdefault(char, {})
        node[""] = {"end": word_end(key)}

    def branch(node: dict[str, Any], depth: int) -> str:
        options = []
        for char in sorted(c for c in node if c):
            start = rf"(?<!{W}.)" if depth == 0 else ""
            options.append(re.escape(char) + start + branch(node[char], depth + 1))
        if "" in node:
            options.append(E if node[""]["end"] else "")
        return options[0] if len(options) == 1 else "(?:" + "|".join(options) + ")"

    return branch(trie, 0)


@dataclass(frozen=True, eq=False)
class _Vocabulary:
    """The lexicon a reader applies first: shipped loan words under the station's entries."""

    lexicon: Mapping[str, str]
    """Lower-case written form → spoken form."""

    @cached_property
    def pattern(self) -> re.Pattern[str]:
        return re.compile(_trie_pattern(self.lexicon, lambda key: True))

    @lru_cache(maxsize=4096)  # noqa: B019 (few vocabularies, each kept by _vocabulary)
    def cut(self, word: str) -> tuple[tuple[str, bool], ...] | None:
        """'ubndtanlap' → ('u bê en dê', False), ('tan', True), ('lap', True): a name written
        without spaces cut into the fewest pieces (loan words of the lexicon, abbreviations,
        syllables; True for a syllable), preferring syllables that the station's words
        write with marks ('vanhoa' → 'van hoa', not 'va nhoa'), then syllables that start
        with a consonant. None when it cannot be cut."""
        if len(word) > 60 or not word.isalpha():
            return None
        lowered, lexicon = word.lower(), self.lexicon
        Piece = tuple[str, bool]
        best: list[tuple[int, int, int, list[Piece]] | None] = [None] * (len(word) + 1)
        best[len(word)] = (0, 0, 0, [])
        for start in range(len(word) - 1, -1, -1):
            for end in range(start + 1, min(len(word), start + LONGEST_LABEL_WORD) + 1):
                rest, piece = best[end], lowered[start:end]
                if rest is None:
                    continue
                if piece in lexicon and end - start > 2:
                    said, cost, known = (lexicon[piece], False), 1, True
                elif end - start > 2 and piece.upper() in ABBREVIATIONS:
                    said, cost, known = (spell(piece), False), 2, False
                elif end - start <= 7 and is_vietnamese_syllable(piece):
                    said, cost, known = (word[start:end], True), 1, _ships_marks_of(piece)
                else:
                    continue
                score = (
                    rest[0] + cost,
                    rest[1] - known,
                    rest[2] + bool(VOWEL.match(piece)),
                    [said, *rest[3]],
                )
                held = best[start]
                if held is None or score[:3] < held[:3]:
                    best[start] = score
        found = best[0]
        return tuple(found[3]) if found else None

    @cached_property
    def exempt(self) -> frozenset[str]:
        """Words of the spoken forms: the lexicon's own words are never second-guessed."""
        return frozenset(
            w.lower() for v in self.lexicon.values() for w in re.findall(r"[^\W\d_]+", v)
        )


@lru_cache(maxsize=32)
def _vocabulary(station_lexicon: tuple[tuple[str, str], ...]) -> _Vocabulary:
    station = {" ".join(k.lower().split()): v for k, v in station_lexicon}
    return _Vocabulary({**loanwords(), **station})


@dataclass
class _Context:
    dialect: Dialect
    vocabulary: _Vocabulary
    source: str = ""
    """The text being read: its own words give their marks to an address's."""
    warnings: list[str] = field(default_factory=list)
    guessed: list[str] = field(default_factory=list)
    _accents: _AddressAccents | None = None

    def guess(self, written: str, warning: str, **more: str) -> None:
        """Record what could not be placed; `warning` has a {written} placeholder."""
        shown = written if len(written) <= LONGEST_SHOWN else written[:LONGEST_SHOWN] + "…"
        self.guessed.append(shown)
        self.warnings.append(warning.format(written=shown, **more))

    def accents(self) -> _AddressAccents:
        if self._accents is None:
            self._accents = _AddressAccents(self.source)
        return self._accents

    def integer(self, digits: str) -> str:
        digits = digits.replace(".", "")
        return read_digits(digits) if len(digits) > 15 else read_integer(int(digits), self.dialect)

    def number(self, written: str) -> str:
        """'1.500' → 'một nghìn năm trăm', '3,5' → 'ba phẩy năm', '21' → 'hai mươi mốt'."""
        whole, _comma, fraction = written.partition(",")
        if fraction:
            whole = whole.replace(".", "")
            if len(whole) > 15:
                return f"{read_digits(whole)} phẩy {read_digits(fraction)}"
            return read_decimal(whole, fraction, self.dialect)
        return self.integer(whole)


Read = Callable[[re.Match[str], _Context], str]


@dataclass(frozen=True)
class Rule:
    pattern: re.Pattern[str]
    read: Read
    needs: str = ""
    """Characters one of which the text must hold for the rule to be tried at all."""

    def apply(self, text: str, ctx: _Context) -> str:
        if self.needs and not any(c in text for c in self.needs):
            return text
        read = self.read
        return self.pattern.sub(lambda m: read(m, ctx), text)


def _before(m: re.Match[str], size: int = 24) -> str:
    """The few characters before a match, lower-cased: a rule's look at its context."""
    return m.string[max(0, m.start() - size) : m.start()].lower()


def _after(m: re.Match[str], size: int = 24) -> str:
    return m.string[m.end() : m.end() + size]


LAST_WORD = re.compile(r"([^\W\d_]+)\W{0,3}$")


def _word_before(m: re.Match[str]) -> str:
    found = LAST_WORD.search(_before(m))
    return found.group(1) if found else ""


def _ends_with(before: str, words: Iterable[str]) -> bool:
    """Does the text before a match end with one of `words` (then a space)?"""
    tail = before.rstrip(" \n:")
    return any(tail.endswith(w) and not tail[-len(w) - 1 : -len(w)].isalnum() for w in words)


def _alternation(words: Iterable[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def spell(code: str) -> str:
    """'BTTTT' → 'bê tê tê tê tê'; digits inside are read one by one."""
    words = [LETTERS.get(c.upper(), c) if not c.isdigit() else read_digits(c) for c in code]
    return " ".join(w for w in words if w.strip())


# ----- addresses ----------
TOP_LEVEL_DOMAINS = ("vn", "com", "net", "org", "gov", "edu", "info", "int", "io")
TLDS = f"(?:{'|'.join(TOP_LEVEL_DOMAINS)})"


def _label(label: str, ctx: _Context) -> str:
    """One part of an address: a known word, digits, an abbreviation or a cluster of
    consonants spelled ('ubnd' → 'u bê en dê', 'csgt'), Vietnamese written without spaces
    or marks cut into syllables and given back its marks ('dichvucong' → 'dịch vụ công'),
    loan words inside ('tiemchungcovid19' → 'tiêm chủng cô vít mười chín'); '-', '_' and
    '.' split it."""
    lowered = label.lower()
    if lowered in DOMAIN_WORDS:
        return DOMAIN_WORDS[lowered]
    if lowered in ctx.vocabulary.lexicon:
        return ctx.vocabulary.lexicon[lowered]
    if re.search(r"[-_.]", label):
        pieces = re.split(r"([-_.])", label)
        return " ".join(
            "chấm" if p == "." else _label(p, ctx) for p in pieces if p and p not in "-_"
        )
    runs = LABEL_RUNS.findall(label)
    if len(runs) > 1:
        return " ".join(_label(run, ctx) for run in runs)
    if label.isdigit():  # 'covid19' → 'mười chín', '0912' → 'không chín một hai'
        return ctx.integer(label) if len(label) <= 2 and label[0] != "0" else read_digits(label)
    short = len(label) <= 3 and not is_vietnamese_syllable(label)
    if short or label.upper() in ABBREVIATIONS or not VOWEL.search(lowered):
        return spell(label)
    return " ".join(_cut(label, ctx) or [label])


LABEL_RUNS = re.compile(r"\d+|[^\W\d_]+")


def _cut(word: str, ctx: _Context) -> list[str] | None:
    """'ubndtanlap' → ['u bê en dê', 'tân', 'lập']: a name written without spaces cut into
    pieces (`_Vocabulary.cut`), its syllables given back their marks, from the notice's own
    words first. None when it cannot be cut."""
    pieces = ctx.vocabulary.cut(word)
    if pieces is None:
        return None
    out: list[str] = []
    for is_syllable, group in groupby(pieces, key=lambda piece: piece[1]):
        said = [piece[0] for piece in group]
        out += [" ".join(ctx.accents().restore(said))] if is_syllable else said
    return out


LONGEST_LABEL_WORD = 12
"""Longest piece tried inside an address label: a loan word ('bluezone', 'facebook')."""


class _AddressAccents:
    """The marks of address words: the notice's own words first ('Tân Lập'), then the
    address words the station ships, then phrases of its expansions ('điện tử'; a word
    alone from those, like 'tấn', says too little about a name)."""

    def __init__(self, source: str) -> None:
        self.own = TextAccents(source)

    def restore(self, syllables: list[str]) -> list[str]:
        return restore(syllables, (self.own, *_shipped_accents()))


def _ships_marks_of(syllable: str) -> bool:
    return any(a.lookup((syllable,)) for a in _shipped_accents())


@lru_cache(maxsize=1)
def _shipped_accents() -> tuple[Accents, Accents]:
    spoken = [*ABBREVIATIONS.values(), *DOCUMENT_TYPES.values(), *DOCUMENT_ISSUERS.values()]
    spoken += [*UNITS.values(), *PER_UNITS.values(), *HOUSE_WORDS, *STREET_WORDS]
    return Accents(address_words()), Accents(spoken, shortest=2)


def _host(host: str, ctx: _Context) -> str:
    return " chấm ".join(_label(part, ctx) for part in host.split("."))


def _email(m: re.Match[str], ctx: _Context) -> str:
    user, host = m.group(0).split("@")
    users = " chấm ".join(_label(part, ctx) for part in user.split("."))
    return f"{users} a còng {_host(host, ctx)}"


def _url(m: re.Match[str], ctx: _Context) -> str:
    address = re.sub(r"(?i)^https?://", "", m.group(0))
    host, _slash, path = address.partition("/")
    words = [_host(host, ctx)]
    for part in filter(None, path.split("/")):
        words += ["gạch chéo", _label(part, ctx)]
    return " ".join(words)


# ----- the lexicon ----------
def _apply_lexicon(text: str, ctx: _Context) -> str:
    """Whole words in any case, found in the lower-cased text (same length in Vietnamese)."""
    lowered = text.lower()
    if len(lowered) != len(text):  # a letter whose lower case is longer (İ): keep it as is
        lowered = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    spoken, parts, done = ctx.vocabulary.lexicon, [], 0
    for m in ctx.vocabulary.pattern.finditer(lowered):
        parts += [text[done : m.start()], spoken[m.group(0)]]
        done = m.end()
    return "".join(parts) + text[done:] if parts else text


# ----- document numbers, codes and abbreviations ----------
PART = r"[A-ZĐ][A-Za-zĐđ&]*\d*"
DOCUMENT = re.compile(
    rf"\d(?<![\w/]\d)\d*[a-z]?(?:-{PART})?(?:/(?:\d+|{PART}(?:-{PART})*))*/{PART}(?:-{PART})*{E}"
)
"""'125/KH-UBND', '25/2018/QH14', and the party's '18-NQ/TW' (number-type/issuer)."""
YEAR = re.compile(r"(?:19|20)\d\d")


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
            words.append(_document_part(piece, ctx, first=pieces == 0))
            pieces += 1
    return " ".join(words)


def _suffix(written: str) -> str:
    """The letter after a number, as in '12A' or '125a': ' a'."""
    letters = written.lstrip("0123456789")
    return " " + spell(letters) if letters else ""


def _starts_word(m: re.Match[str], also: str = "/") -> bool:
    """Does the match begin a word? Checked here rather than by a lookbehind at the start of
    the pattern, so that the pattern opens with literals the regex engine can skip to."""
    before = m.string[m.start() - 1] if m.start() else " "
    return not (before.isalnum() or before == "_" or before in also)


ROAD = re.compile(
    rf"(?P<prefix>{_alternation(CODE_PREFIXES)})"
    rf"(?:\.|\s)?(?P<number>[1-9]\d{{0,3}}|0\d)(?!\d|[ .]\d{{3}})(?P<letter>[A-Z]?)"
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
    if not _starts_word(m):
        return m.group(0)
    kind = CODE_PREFIXES[m["prefix"]]
    if _word_before(m) == kind.split()[0]:  # 'tuyến đường ĐT.753': 'đường' is said once
        kind = kind.split(" ", 1)[1]
    words = [kind, ctx.integer(m["number"])]
    if m["letter"]:
        words.append(spell(m["letter"]))
    if m["plus"]:
        words += ["cộng", ctx.integer(m["plus"])]
    return " ".join(words) + (" đến " if m["to"] else "")


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


WEEKDAY = re.compile(rf"(?<![\w/])T(?P<day>[2-7]){E}(?P<to>\s?[-–]\s?(?=T[2-7]|CN))?")


def _weekday(m: re.Match[str], ctx: _Context) -> str:
    """T2-T6 → 'thứ hai đến thứ sáu', T7 → 'thứ bảy'."""
    words = f"thứ {read_ordinal(int(m['day']), ctx.dialect)}"
    return words + (" đến " if m["to"] else "")


INITIAL = re.compile(r"(?<![\w.])(?P<letter>[A-ZĐ])\.")
PLACE_NAME_START = re.compile(r" ?[A-ZĐ\d]")


def _initial(m: re.Match[str], ctx: _Context) -> str:
    """A capital and a dot: after a name it is an initial, said by its letter name and
    with no pause unless the sentence ends there ('Nguyễn Văn H., sinh năm …' → 'Nguyễn
    Văn hát, sinh năm …'); before a place it is the kind of place ('H. Đồng Phú' → 'huyện
    Đồng Phú', 'P.5' → 'phường năm')."""
    letter, after = m["letter"], _after(m, 2)
    previous = m.string[max(0, m.start() - 20) : m.start()].split()
    if previous and len(previous[-1]) > 1 and previous[-1].isalpha() and previous[-1].istitle():
        return spell(letter) + ("." if not after.strip() or PLACE_NAME_START.match(after) else "")
    if letter in SHORT_PLACES and PLACE_NAME_START.match(after):
        return f"{SHORT_PLACES[letter]} "
    return m.group(0)


PLACE_WORDS = frozenset({"xã", "phường", "huyện", "tỉnh", "thị", "quận", "thành"})
"""'CA XÃ' in a heading is still the commune police."""


def _is_heading_word(word: str) -> bool:
    """A word of a heading in capitals: 'BỆNH', 'MỚI' (not an abbreviation like 'UBND')."""
    word = word.strip(",.:;()")
    return (
        len(word) > 1
        and word.isupper()
        and is_vietnamese_syllable(word)
        and word not in ABBREVIATIONS
    )


def _in_heading(m: re.Match[str]) -> bool:
    """Is the word matched one of a heading in capitals (a word beside it is one too)?"""
    before = m.string[max(0, m.start() - 20) : m.start()].split()
    after = m.string[m.end() : m.end() + 20].split()
    return bool((before and _is_heading_word(before[-1])) or (after and _is_heading_word(after[0])))


def _abbreviation(m: re.Match[str], ctx: _Context) -> str:
    """'UBND' → 'ủy ban nhân dân'. An abbreviation that is also a word ('CA', 'TƯ') is one
    outside a heading in capitals, or before a place ('CA XÃ'); 'CA BỆNH MỚI' is words."""
    written = m.group(0)
    if written in WORDS_TOO:
        after = m.string[m.end() : m.end() + 20].split()
        of_a_place = bool(after) and after[0].strip(",.:;").lower() in PLACE_WORDS
        if _in_heading(m) and not of_a_place:
            return written
    for expansion, words in ABBREVIATIONS_AFTER.get(written, {}).items():
        if _ends_with(_before(m), words):
            return f" {expansion} "
    if written not in ABBREVIATIONS:
        return f" {spell(written)} "
    if written in ABBREVIATIONS_BEFORE and ABBREVIATIONS_BEFORE[written][0].match(_after(m)):
        return f" {ABBREVIATIONS_BEFORE[written][1]} "
    if written in ONLY_AS_DOCUMENT and not (
        NUMBER_AFTER.match(_after(m, 8)) or _ends_with(_before(m), ONLY_AS_DOCUMENT[written])
    ):
        return f" {spell(written)} "
    return f" {ABBREVIATIONS[written]} "


NUMBER_AFTER = re.compile(r"\s?(?:số\b|\d)")


ABBREVIATION = re.compile(
    _trie_pattern({**ABBREVIATIONS_AFTER, **ABBREVIATIONS}, lambda key: not key.endswith("."))
)


# ----- phone and service numbers ----------
def _phone(m: re.Match[str], ctx: _Context) -> str:
    """'0912 345 678', '+84 912…', '(0271) 3879 123', '0271.3.886.789': digit groups as
    written (ten or eleven digits, else it is not a phone number)."""
    written = m.group(0)
    if not 9 <= len(re.sub(r"\D", "", written)) <= 12:
        return written
    prefix = ""
    if written.startswith("+84"):
        prefix, written = f"cộng tám {ctx.dialect.four}, ", written[3:].strip()
    groups = re.split(r"[ .-]+", written.replace("(", "").replace(")", " "))
    if len(groups) == 1:
        digits = groups[0]
        groups = [digits[:4], digits[4:7], digits[7:]]
    return prefix + ", ".join(read_digits(g) for g in groups if g)


def _account(m: re.Match[str], ctx: _Context) -> str:
    """'tài khoản số 5000 2050 1234' → '… năm không không không, hai không năm không, …'."""
    groups = re.split(r"[ .-]", m["digits"])
    return m["lead"] + ", ".join(read_digits(g) for g in groups)


def _hotline(m: re.Match[str], ctx: _Context) -> str:
    """1900 9095 → 'một chín không không, chín không chín năm' (1800 and 1900 numbers have
    eight or ten digits; written as one block, they are read in groups)."""
    if len(re.sub(r"\D", "", m.group(0))) not in (8, 10):
        return m.group(0)
    groups = re.split(r"[ .]", m.group(0))
    if len(groups) == 1:
        groups = [groups[0][:4], groups[0][4:]]
    rest = "".join(groups[1:])
    if len(groups) == 2 and len(rest) > 4:  # '1900 545454' → '…, năm bốn năm, bốn năm bốn'
        groups = [groups[0], rest[:3], rest[3:]]
    return ", ".join(read_digits(g) for g in groups)


CALL_CONTEXT = re.compile(
    rf"(?:^|[^\w])(?:{'|'.join(map(re.escape, CALL_WORDS))})"
    r"(?:[\s:]+(?:ngay|số|đến|tới|cho|vào|qua|theo|điện|thoại|tổng|đài|khẩn|cấp|miễn|phí|"
    r"trực|tiếp|đường|dây|nóng)){0,4}[\s:(]*$"
)
CONNECTORS = frozenset({"hoặc", "hay", "và", "để", "ngay", "khi", "nếu", "miễn", "trong"})


def _dialled(m: re.Match[str], ctx: _Context) -> str:
    """A short number after 'gọi', 'đường dây nóng'… is dialled: 'gọi 115' → 'một một năm'.
    So is a service number (113, 114, 115, 1022…) anywhere it is not a count: 'Cảnh sát
    113, cứu hỏa 114' is dialled, 'có 113 hộ' is a hundred and thirteen households."""
    digits = m.group(0)
    before = _before(m, 48)
    if CALL_CONTEXT.search(before):
        return read_digits(digits)
    if digits not in SERVICE_NUMBERS:
        return digits
    if before.rstrip().endswith((":", "(")):
        return read_digits(digits)
    if _word_before(m) in COUNTING_WORDS:
        return digits
    following = _after(m).lstrip()
    next_word = re.match(r"[^\W\d_]+", following)
    if next_word is None or next_word.group(0).lower() in CONNECTORS:
        return read_digits(digits)
    return digits


# ----- units ----------
def _unit(m: re.Match[str], ctx: _Context) -> str:
    """'50kg' → '50 ki lô gam' (the number is read after); but 'đến 11g' among times
    ('từ 7g30 đến 11g') is eleven o'clock, not eleven grams."""
    if m["u"] == "g" and _is_hour(m):
        return f"{m['n']} giờ"
    return f"{m['n']} {UNITS[m['u']]}"


CLOCK_NEAR = re.compile(r"\d[gh]\d\d|giờ|lúc|hồi|sáng|trưa|chiều|tối")


def _is_hour(m: re.Match[str]) -> bool:
    whole = re.search(r"\d{1,2}$", m.string[max(0, m.start() - 2) : m.start() + 1])
    return (
        whole is not None
        and int(whole.group(0)) <= 24
        and (CLOCK_NEAR.search(_before(m, 32)) or CLOCK_NEAR.search(_after(m))) is not None
    )


def _minus(m: re.Match[str], ctx: _Context) -> str:
    """A temperature below zero: 'có nơi -2°C' → 'có nơi âm hai độ xê'."""
    return "âm "


def _times(m: re.Match[str], ctx: _Context) -> str:
    """'500.000đ/suất x 120 suất', '3 x 4 m' → 'nhân'."""
    return "nhân"


def _height(m: re.Match[str], ctx: _Context) -> str:
    """'cao 1m60' → 'cao một mét sáu mươi'."""
    return f"{ctx.integer(m['metres'])} mét {ctx.integer(m['cm'])}"


def _per_hours(m: re.Match[str], ctx: _Context) -> str:
    """'lượng mưa 20-40mm/24h' → '… mi li mét trong hai mươi tư giờ'."""
    return f" trong {ctx.integer(m['hours'])} giờ"


def _per_unit(m: re.Match[str], ctx: _Context) -> str:
    """'đồng/kg' → 'đồng một ki lô gam', 'người/ngày' → 'người một ngày'."""
    return f" một {PER_UNITS[m['per']]}" if m["per"] else " một "


# ----- dates ----------
CAN = "Giáp|Ất|Bính|Đinh|Mậu|Kỷ|Canh|Tân|Nhâm|Quý"
LUNAR_MARK = rf"(?:\(?\s*(?i:âm lịch)|năm\s+(?:{CAN})\s)"
"""'âm lịch', '(âm lịch)', 'AL' (already read as 'âm lịch'), or a year of the sixty-year
cycle ('năm Giáp Thìn')."""
LUNAR_AFTER = re.compile(rf"\s*{LUNAR_MARK}")
LUNAR_DAY_AFTER = re.compile(rf"\s*(?:(?i:tháng)\s+\d{{1,2}}(?:\s+năm\s+\d{{4}})?\s*)?{LUNAR_MARK}")
FRACTION_AFTER = frozenset({"khoảng", "hơn", "gần", "chiếm", "đạt", "còn", "có", "được"})
"""'chiếm 2/3 diện tích' is two thirds ('hai phần ba'), not the second of March."""
FRACTION_BEFORE = re.compile(r"\s(?:số|diện tích|dân số|tổng|lượng|trong số)\s", re.IGNORECASE)
"""'2/3 số hộ', '1/2 diện tích': a fraction of something."""
DAY_WORDS = ("ngày", "mùng", "mồng", "hôm")
COUNTED_IN_A_YEAR = ("đợt", "lần", "kỳ", "kì", "phiên", "vụ", "giai đoạn", "học kỳ", "số")
"""'đợt 2/2024', 'kỳ 1/2025', 'số 12/2024' count within a year: not a month."""
PARTS_OF_DAY = ("đêm", "sáng", "trưa", "chiều", "tối", "khuya", "hôm", "rạng sáng")
"""After these a date is said without 'ngày', its first ten days with 'mùng'."""


def _month(n: int, ctx: _Context, lunar: bool = False) -> str:
    if lunar and n in LUNAR_MONTHS:
        return LUNAR_MONTHS[n]
    return "tư" if n == 4 else read_integer(n, ctx.dialect)


def _day(d: int, ctx: _Context, lunar: bool, mung: bool) -> str:
    """The day of a date. With `mung`, the first ten days take 'mùng' and a lunar fifteenth
    is 'rằm': lunar days unless the text says 'mùng' already, and solar ones after a part of
    the day ('đêm 5/9' → 'đêm mùng năm tháng chín', as bulletins read it)."""
    if mung and lunar and d == 15:
        return "rằm"
    if mung and d <= 10:
        return f"mùng {read_integer(d, ctx.dialect)}"
    return read_integer(d, ctx.dialect)


LISTED_DAYS = re.compile(r"(?:ngày|mùng|mồng)(?:\s\d{1,2}\s?(?:,|và|,\svà))+\s$")
"""'các ngày 05, 06/11': the date ends a list of days that 'ngày' already leads."""


@dataclass(frozen=True)
class _DayLead:
    """How a date is led in: 'ngày' said or not, and whether its day takes 'mùng'."""

    said: str
    after_mung: bool
    part_of_day: bool

    @classmethod
    def of(cls, m: re.Match[str]) -> _DayLead:
        before = _before(m)
        after_mung = _ends_with(before, ("mùng", "mồng"))
        part_of_day = _ends_with(before, PARTS_OF_DAY)
        quiet = (
            after_mung
            or part_of_day
            or _ends_with(before, (*DAY_WORDS, "đường", "phố"))
            or LISTED_DAYS.search(before) is not None
        )
        return cls("" if quiet else "ngày ", after_mung, part_of_day)

    def mung(self, lunar: bool) -> bool:
        return (lunar or self.part_of_day) and not self.after_mung


def _is_lunar(m: re.Match[str]) -> bool:
    return bool(LUNAR_AFTER.match(_after(m)))


def _day_month(
    day: str, month: str, year: str | None, ctx: _Context, lunar: bool, mung: bool
) -> str | None:
    """'mười lăm tháng tám năm …', or None when there is no such day."""
    d, mo = int(day), int(month)
    if lunar:
        if not (1 <= d <= 30 and 1 <= mo <= 12):
            return None
    else:
        try:
            date(int(year) if year else 2000, mo, d)
        except ValueError:
            return None
    words = f"{_day(d, ctx, lunar, mung)} tháng {_month(mo, ctx, lunar)}"
    return words + (f" năm {read_integer(int(year), ctx.dialect)}" if year else "")


def _date(m: re.Match[str], ctx: _Context) -> str:
    lead, lunar = _DayLead.of(m), _is_lunar(m)
    read = _day_month(m["d"], m["m"], m["y"], ctx, lunar, lead.mung(lunar))
    if read is None:
        ctx.guess(m.group(0), _("'{written}' looks like a date but is not one"))
        return m.group(0)
    return lead.said + read


def _day_slash_month(m: re.Match[str], ctx: _Context) -> str:
    """'15/8' is a date; but 'chiếm 2/3' is a fraction ('hai phần ba'), 'đạt 19/19 tiêu
    chí' a count ('mười chín trên mười chín'), and '15/20 hộ' (not a date, not after 'ngày')
    fifteen out of twenty."""
    if not _ends_with(_before(m), DAY_WORDS):
        if _word_before(m) in FRACTION_AFTER or FRACTION_BEFORE.match(_after(m)):
            proper = int(m["d"]) < int(m["m"]) <= 10
            return f"{ctx.integer(m['d'])} {'phần' if proper else 'trên'} {ctx.integer(m['m'])}"
        if _day_month(m["d"], m["m"], None, ctx, _is_lunar(m), mung=False) is None:
            return f"{ctx.integer(m['d'])} trên {ctx.integer(m['m'])}"
    return _date(m, ctx)


def _date_range(m: re.Match[str], ctx: _Context) -> str:
    """01/8 - 15/8/2020, 01-05/8/2020 and 30/4/1975 - 30/4/2025: 'ngày … đến ngày …'."""
    lead, lunar = _DayLead.of(m), _is_lunar(m)
    start = _day_month(m["d1"], m["m1"] or m["m2"], m["y1"], ctx, lunar, lead.mung(lunar))
    end = _day_month(m["d2"], m["m2"], m["y"], ctx, lunar, mung=lunar)
    if start is None or end is None:
        ctx.guess(m.group(0), _("'{written}' looks like a date range but is not one"))
        return m.group(0)
    if not m["m1"]:  # same month: "ngày 1 đến ngày 5 tháng 8"
        start = start.rsplit(" tháng ", 1)[0]
    return f"{lead.said}{start} đến ngày {end}"


def _month_year(m: re.Match[str], ctx: _Context) -> str:
    """'tháng 4/2021' → 'tháng tư năm …'; but after a counted word it is the count and the
    year: 'đợt 2/2024' → 'đợt hai năm hai nghìn không trăm hai mươi tư'."""
    month = int(m["m"])
    if _ends_with(_before(m), COUNTED_IN_A_YEAR):
        return f"{ctx.integer(m['m'])} năm {read_integer(int(m['y']), ctx.dialect)}"
    if not 1 <= month <= 12:
        return m.group(0)
    said = "" if _ends_with(_before(m), ("tháng",)) else "tháng "
    return f"{said}{_month(month, ctx)} năm {read_integer(int(m['y']), ctx.dialect)}"


def _round_the_clock(m: re.Match[str], ctx: _Context) -> str:
    """'trực 24/24h' → 'hai tư trên hai tư giờ', 'hỗ trợ 24/7' → 'hai tư trên bảy' (but
    'ngày 24/7' is a date)."""
    if _ends_with(_before(m), DAY_WORDS):
        return m.group(0)
    day = f"hai {ctx.dialect.four}"
    return f"{day} trên {day if m['of'] == '24' else 'bảy'}" + (" giờ" if m["h"] else "")


def _house_number(m: re.Match[str], ctx: _Context) -> str:
    """'số 12/5' → 'số mười hai trên năm': a house number, not the twelfth of May (the pattern
    finds it after 'số', 'ngõ', 'hẻm'… or before 'đường', 'phố'…)."""
    first, *rest = m.group(0).split("/")
    words = [_house_part(first, ctx)]
    for part in rest:
        if YEAR.fullmatch(part):
            words.append(f"năm {ctx.integer(part)}")
        else:
            words += ["trên", _house_part(part, ctx)]
    return " ".join(words)


def _house_part(part: str, ctx: _Context) -> str:
    digits = part.rstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
    return ctx.integer(digits) + _suffix(part)


# ----- times ----------
def _clock(hour: str, minute: str | None, second: str | None, ctx: _Context, full: bool) -> str:
    """'17', '30' → 'mười bảy giờ ba mươi phút' ('phút' left out inside a range)."""
    words = [read_integer(int(hour), ctx.dialect), "giờ"]
    if int(minute or 0) or int(second or 0):
        words.append(read_integer(int(minute or 0), ctx.dialect))
        if full or second:
            words.append("phút")
    if second and int(second):
        words += [read_integer(int(second), ctx.dialect), "giây"]
    return " ".join(words)


def _valid_time(hour: str, minute: str | None, second: str | None = None) -> bool:
    return int(hour) <= 24 and int(minute or 0) <= 59 and int(second or 0) <= 59


def _time(m: re.Match[str], ctx: _Context) -> str:
    minute = m["min"] or m["g"]
    if not _valid_time(m["h"], minute, m["s"]):  # read as written, and said so
        ctx.guess(m.group(0), _("'{written}' looks like a time but is not one"))
    return _clock(m["h"], minute, m["s"], ctx, full=True)


def _time_range(m: re.Match[str], ctx: _Context) -> str:
    """7h-11h30 → 'bảy giờ đến mười một giờ ba mươi' (no 'phút' inside a range)."""
    (h1, m1), (h2, m2) = ((m[f"h{n}"], m[f"m{n}"] or m[f"g{n}"] or m[f"c{n}"]) for n in (1, 2))
    if not (_valid_time(h1, m1) and _valid_time(h2, m2)):  # read as written, and said so
        ctx.guess(m.group(0), _("'{written}' looks like a time but is not one"))
    return f"{_clock(h1, m1, None, ctx, full=False)} đến {_clock(h2, m2, None, ctx, full=False)}"


# ----- ranges and numbers ----------
def _range(m: re.Match[str], ctx: _Context) -> str:
    """'5-7 ngày' → 'năm đến bảy ngày'; the word before is said again where announcers say
    it ('tháng 5-6' → 'tháng năm đến tháng sáu'); wind forces 'cấp 8-9' → 'cấp tám, cấp
    chín'. Only the first number is read here: the second is read by the rules after."""
    word = _word_before(m)
    first = m["a"]
    if m["unit"] and m["unit"].endswith(LATITUDES):  # '14,2°N-113,5°E' is a position
        return f"{ctx.number(first)}{m['unit']}, "
    if m["unit"]:
        return f"{ctx.number(first)}{m['unit']} đến "
    if word == "thứ" and first.isdigit():
        return f"{read_ordinal(int(first), ctx.dialect)} đến thứ "
    if word == "cấp":
        return f"{ctx.number(first)}, cấp "
    if word == "tháng" and first.isdigit() and int(first) <= 12:
        return f"{_month(int(first), ctx)} đến tháng "
    if word in REPEATED_BEFORE_RANGE and (word != "năm" or YEAR.fullmatch(first)):
        return f"{ctx.number(first)} đến {word} "
    return f"{ctx.number(first)} đến "


LATITUDES = ("vĩ bắc", "vĩ nam")

ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}
ROMAN = re.compile(r"(?=[IVXLC])C{0,3}(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})")
ROMAN_CONTEXT = re.compile(rf"(?:^|[^\w])((?:{_alternation(ROMAN_AFTER)}))\s$")


def roman_value(numeral: str) -> int:
    values = [ROMAN_VALUES[c] for c in numeral]
    return sum(-v if v < nxt else v for v, nxt in zip(values, [*values[1:], 0], strict=True))


def _roman(m: re.Match[str], ctx: _Context) -> str:
    """'Quý III' → 'Quý ba', 'lần thứ IV' → 'lần thứ tư', 'Quý I/2024' → 'Quý một năm …';
    a heading numbered 'II. NỘI DUNG' → 'hai. nội dung'."""
    if not ROMAN.fullmatch(m["numeral"]):
        return m.group(0)
    context = ROMAN_CONTEXT.search(_before(m))
    line_start = m.start() == 0 or m.string[m.start() - 1] == "\n"
    if not context and not (line_start and _after(m, 1) in (".", ")")):
        return m.group(0)
    n = roman_value(m["numeral"])
    ordinal = context is not None and context.group(1).endswith("thứ")
    words = read_ordinal(n, ctx.dialect) if ordinal else read_integer(n, ctx.dialect)
    return words + (f" năm {read_integer(int(m['year']), ctx.dialect)}" if m["year"] else "")


def _chain(m: re.Match[str], ctx: _Context) -> str:
    """'NPK 16-16-8' is three numbers, not a range: 'mười sáu, mười sáu, tám'."""
    return ", ".join(ctx.number(n) for n in re.split("[-–]", m.group(0)))


def _dotted(m: re.Match[str], ctx: _Context) -> str:
    """3.5 is not Vietnamese for three and a half; read it as written: 'ba chấm năm'. After
    'ngày' it is a date written with a dot: 'Ngày 2.9' → 'Ngày hai tháng chín'."""
    parts = m.group(0).split(".")
    if len(parts) == 2 and _ends_with(_before(m), DAY_WORDS):
        read = _day_month(parts[0], parts[1], None, ctx, _is_lunar(m), mung=False)
        if read is not None:
            return read
    return " chấm ".join(ctx.integer(part) for part in parts)


def _number(m: re.Match[str], ctx: _Context) -> str:
    """A number as a quantity; after 'thứ' an ordinal ('thứ tư'), after 'tháng' a month
    ('tháng tư', lunar: 'tháng giêng âm lịch', 'rằm tháng giêng'), after 'ngày' or 'mùng'
    a lunar day when 'âm lịch' follows ('ngày rằm âm lịch')."""
    written = m.group(0)
    if len(written) > 2:
        return ctx.number(written)
    n, word = int(written), _word_before(m)
    if written.startswith("0") and _ends_with(_before(m), DOCUMENT_NAMES):
        return read_digits(written)  # 'Đề án 06' → 'đề án không sáu'
    if word == "thứ":
        return read_ordinal(n, ctx.dialect)
    if word == "tháng" and 1 <= n <= 12:
        lunar = _is_lunar(m) or _ends_with(_before(m), ("rằm tháng",))
        return _month(n, ctx, lunar)
    if word in DAY_WORDS and 1 <= n <= 30 and LUNAR_DAY_AFTER.match(_after(m, 40)):
        return _day(n, ctx, lunar=True, mung=word == "ngày")
    return ctx.number(written)


def _symbol(m: re.Match[str], ctx: _Context) -> str:
    """'%' → 'phần trăm', '‰' → 'phần nghìn' ('phần ngàn' in the southern reading)."""
    return f" {SYMBOLS[m.group(0)].replace('nghìn', ctx.dialect.thousand)} "


# ----- what is left ----------
def _word(m: re.Match[str], ctx: _Context) -> str:
    """Headings in capitals are read as words; unknown capitals are spelled; a foreign word
    is said in Vietnamese syllables as an announcer would say a name no list holds (the
    storm 'Kajiki' → 'Ca gi ki'; no voice then switches to English), and reported, so that
    the operator can add it to the lexicon."""
    word = m.group(0)
    if word in TOP_LEVEL_DOMAINS:  # an address said aloud: "bluezone chấm gov chấm vn"
        return _label(word, ctx)
    if word.isascii() and not word.isupper() and any(c.isupper() for c in word[1:]):
        # letters, in mixed case: 'bOPV', 'mRNA', 'eKYC'
        ctx.guess(word, _("'{written}' is not a known abbreviation: spelled letter by letter"))
        return spell(word)
    short_capitals = word.isupper() and word.isascii() and 1 < len(word) <= 3
    if short_capitals and not _in_heading(m) and word.lower() not in ctx.vocabulary.exempt:
        # 'Zalo OA': letters outside a heading, though 'OA' could be a syllable
        ctx.guess(word, _("'{written}' is not a known abbreviation: spelled letter by letter"))
        return spell(word)
    if is_vietnamese_syllable(word) or word.lower() in ctx.vocabulary.exempt:
        return word.lower() if word.isupper() and len(word) > 1 else word
    if len(word) == 1:  # a letter on its own ('Trần Văn B') is said by its name
        return spell(word)
    if word.isupper() and len(word) <= 6:
        ctx.guess(word, _("'{written}' is not a known abbreviation: spelled letter by letter"))
        return spell(word)
    said = transliterate(word)
    if said is None:
        ctx.guess(word, _("'{written}' is not a Vietnamese word: add it to the lexicon"))
        return word
    ctx.guess(
        word,
        _("'{written}' is not a Vietnamese word: add it to the lexicon (until then it is "
          "read '{spoken}')"),
        spoken=said,
    )  # fmt: skip
    return said


def _digit_start(excluded: str) -> str:
    """A first digit with none of `excluded` before it, the check written after the digit so
    that the pattern opens with a character class (the regex engine then skips to digits)."""
    return rf"\d(?<![{excluded}]\d)"


HOTLINE_START = _digit_start(r"\w.,")
DIALLED_START = _digit_start(r"\w.,/:-")
DATE_START = _digit_start(r"\w/.,:")
"""The first digit of a date, a time or a house number: not inside a longer token."""
RANGE_START = _digit_start(r"\w/.,:-")
GROUPED_START = _digit_start(r"\w.,")
DOTTED_START = _digit_start(r"\w.")
COUNTED = _alternation({*UNITS.values(), *RANGE_UNITS})
"""Words said after the first number of a range: '800.000 đồng - 1.000.000 đồng', '9
tháng - 5 tuổi' → '… đến …'."""
NUMBER = r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+,\d+|\d+"
LED_NUMBER = rf"{RANGE_START}(?:\d{{0,2}}(?:\.\d{{3}})+(?:,\d+)?|\d*,\d+|\d*)"
"""NUMBER (1.500, 3,5, 21), its first digit at the start of a token."""
DAY_MONTH = rf"(?P<d1>{DATE_START}\d?)(?:/(?P<m1>\d{{1,2}})(?:/(?P<y1>\d{{4}}))?)?"
TIME_OF_DAY = r"(?P<h{n}>{hour})(?:h(?P<m{n}>\d{{2}})?|g(?P<g{n}>\d{{2}})|:(?P<c{n}>\d{{2}}))"
FIRST_HOUR, HOUR = rf"{DATE_START}\d?", r"\d{1,2}"
HOUSE_BEFORE = "|".join(
    f"(?<={word}{gap}\\d)"
    for house in HOUSE_WORDS
    for word in dict.fromkeys((house.split()[-1], house.split()[-1].capitalize()))
    for gap in (" ", ": ")
)
"""'số 12/5', 'Số nhà 12/5', 'hẻm 45/12', 'Địa chỉ: 12/5': one lookbehind per word."""
HOUSE_NUMBER = r"\d*[A-Za-z]?(?:/\d+[A-Za-z]?)+(?![\w/])"
STREET_AFTER = "|".join(map(re.escape, STREET_WORDS))

FILE_TYPES = ("apk", "pdf", "doc", "docx", "xls", "xlsx", "exe", "zip", "rar", "jpg", "png",
              "mp3", "mp4")  # fmt: skip


def _file(m: re.Match[str], ctx: _Context) -> str:
    """'đuôi .apk' → 'đuôi chấm a pê ca', 'mau.docx' → 'mau chấm đê o xê ích' (the name is
    read as words)."""
    return f" chấm {spell(m['type'])}"


ADDRESS_RULES: list[Rule] = [
    Rule(re.compile(rf"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+{E}"), _email, "@"),
    Rule(re.compile(rf"\.(?P<type>(?i:{'|'.join(FILE_TYPES)})){E}"), _file, "."),
    Rule(re.compile(rf"(?i)(?<![\w.-])(?:https?://)?(?:[a-z0-9-]+\.)+{TLDS}{E}"
                    r"(?:/[^\s]*[^\s.,;:!?)\]])?"), _url, "."),
]  # fmt: skip
"""Addresses: before the Markdown marks are dropped, since an address may hold _ or *."""

CODE_RULES: list[Rule] = [
    Rule(STANDARD, _standard, "V"),
    Rule(DOCUMENT, _document_number, "/"),
    Rule(WEEKDAY, _weekday, "T"),
    Rule(ROAD, _road),
    Rule(LETTER_CODE, _letter_code),
    Rule(COUNT_CODE, _count_code),
    Rule(INITIAL, _initial, "."),
    Rule(ABBREVIATION, _abbreviation),
    Rule(re.compile(rf"(?P<numeral>[IVXLC](?<![\w/][IVXLC])[IVXLC]*)(?:/(?P<year>\d{{4}}))?{E}"),
         _roman),
]  # fmt: skip

NUMBER_RULES: list[Rule] = [
    Rule(re.compile(r"(?i)(?P<lead>tài khoản(?: số)?\s?:?\s?)(?P<digits>\d{4,}(?:[ .-]\d{3,})*)"
                    rf"{E}"), _account, "ả"),
    Rule(re.compile(rf"(?:\+(?<![\w+]\+)84\s?|0(?<![\w+]0))\d{{2,3}}(?:[ .-]?\d{{3,4}}){{2}}{E}"
                    rf"|0(?<![\w+.,]0)\d{{2,4}}(?:[ .-]\d{{1,4}}){{2,3}}{E}"
                    rf"|\(0\d{{2,3}}\)\s?\d{{1,4}}(?:[ .]?\d{{1,4}}){{1,3}}{E}"), _phone),
    Rule(re.compile(rf"{HOTLINE_START}[89]00(?:[ .]?\d{{2,4}}){{1,3}}{E}"), _hotline),
    Rule(re.compile(rf"{DIALLED_START}\d{{2,4}}(?!\d|[.,/:]\d|[^\W\d_])"), _dialled),
    Rule(re.compile(rf"(?P<metres>{GROUPED_START})m(?P<cm>\d{{2}}){E}"), _height, "m"),
    Rule(re.compile(rf"/(?<=[^\W\d_%]/)(?P<hours>\d{{1,3}})\s?(?:h|giờ){E}"), _per_hours, "/"),
    Rule(re.compile(r"[-–](?<![\w)][-–])(?=\d+(?:,\d+)?\s?(?:°|độ\b))"), _minus, "-–"),
    Rule(re.compile(rf"(?P<n>\d)\s?(?P<u>{_alternation(UNITS)}){E}"), _unit),
    Rule(re.compile(r"[x×](?<=[\w)%] [x×])(?= ?\d)"), _times, "x×"),
    Rule(re.compile(rf"{DATE_START}(?:{HOUSE_BEFORE}){HOUSE_NUMBER}"
                    rf"|{DATE_START}{HOUSE_NUMBER}(?=\s(?i:{STREET_AFTER})\s)"),
         _house_number, "/"),
    Rule(re.compile(rf"2(?<![\w/.,:]2)4/(?P<of>24|7)(?P<h>h|\sgiờ)?{E}(?!/)"),
         _round_the_clock, "/"),
    Rule(re.compile(rf"{DAY_MONTH}\s?[-–]\s?(?:ngày\s)?"
                    rf"(?P<d2>\d{{1,2}})/(?P<m2>\d{{1,2}})(?:/(?P<y>\d{{4}}))?{E}"),
         _date_range, "/"),
    Rule(re.compile(rf"(?P<d>{DATE_START}\d?)(?P<sep>[/.-])(?P<m>\d{{1,2}})(?P=sep)"
                    rf"(?P<y>\d{{4}}){E}"), _date, "/.-"),
    Rule(re.compile(rf"(?P<m>{DATE_START}\d?)/(?P<y>\d{{4}}){E}"), _month_year, "/"),
    Rule(re.compile(rf"(?P<d>{DATE_START}\d?)/(?P<m>\d{{1,2}})(?P<y>){E}(?!/)"),
         _day_slash_month, "/"),
    Rule(re.compile(rf"{TIME_OF_DAY.format(n=1, hour=FIRST_HOUR)}'?\s?[-–]\s?"
                    rf"{TIME_OF_DAY.format(n=2, hour=HOUR)}'?{E}"), _time_range, "hg:"),
    Rule(re.compile(rf"(?P<h>{FIRST_HOUR})(?:h(?P<min>\d{{2}})?|g(?P<g>\d{{2}}))"
                    rf"(?P<s>)(?:'|p{E})?{E}"), _time, "hg"),
    Rule(re.compile(rf"(?P<h>{FIRST_HOUR}):(?P<min>\d{{2}})(?::(?P<s>\d{{2}}))?{E}"), _time, ":"),
    Rule(re.compile(rf"(?:{LED_NUMBER})(?:[-–](?:{NUMBER})){{2,}}(?![\w-])"), _chain, "-–"),
    Rule(re.compile(rf"(?P<a>{LED_NUMBER})(?P<unit> (?:{COUNTED}))?\s?[-–]\s?(?=\d)"),
         _range, "-–"),
    Rule(re.compile(rf"{GROUPED_START}(?:\d{{0,2}}(?:\.\d{{3}})+(?:,\d+)?|\d*,\d+){E}"),
         _number, ".,"),
    Rule(re.compile(rf"{DOTTED_START}\d*(?:\.\d+)+{E}"), _dotted, "."),
    Rule(re.compile(r"\d+"), _number),
]  # fmt: skip
"""Numbers, in order: what is dialled, units, house numbers, dates, times, ranges, the rest."""

PER_UNIT = Rule(
    re.compile(
        rf"/(?<=[^\W_]/|%/)(?P<per>{_alternation(PER_UNITS)}){E}"
        r"|/(?:(?<=đồng/)|(?<=\dđ/)|(?<=VNĐ/)|(?<=VND/)|(?<=USD/))(?=[^\W\d_])"
    ),
    _per_unit,
    "/",
)
"""'7.500đ/kg', 'đồng/người/tháng', '15.000 đồng/trường hợp' (any word after a price)."""


def _or(m: re.Match[str], ctx: _Context) -> str:
    """'ông/bà', 'Nam/Nữ', 'điện thoại/Zalo': a slash between words is 'hoặc' (read after
    the slashes of prices and rates, 'đồng/kg', and before numbers become words)."""
    return " hoặc "


OR_SLASH = Rule(re.compile(r"/(?:(?<=[^\W\d_]/)|(?<=[^\W\d_] /)) ?(?=[^\W\d_]{2})"), _or, "/")
"""Not before a single letter: 'km/h' is a unit."""
WORD = re.compile(rf"{B}[^\W\d_]+{E}")
SYMBOL = Rule(re.compile("|".join(re.escape(s) for s in SYMBOLS)), _symbol)


def _read_words(text: str, ctx: _Context) -> str:
    """Every word checked; the text is rewritten only when one needs it (most notices are
    plain Vietnamese by then, and a function call per word is the reader's biggest cost)."""
    exempt = ctx.vocabulary.exempt
    for word in set(WORD.findall(text)):
        plain = is_vietnamese_syllable(word) or word.lower() in exempt
        if not plain or (word.isupper() and len(word) > 1) or word in TOP_LEVEL_DOMAINS:
            return WORD.sub(lambda m: _word(m, ctx), text)
    return text


WHITESPACE = re.compile(r"\s+")
MARKDOWN = re.compile(r"(?m)^(?:#+|[-*+])\s|[*_`>]+|\[|\]\([^()]*\)")
SPACES = re.compile(r"[ \t\n]+")
DASH_PAUSE = re.compile(r" [-–—] ")
WORD_HYPHEN = re.compile(r"(?<=[^\W\d_])-(?=[^\W\d_])")
SPACE_BEFORE_PUNCTUATION = re.compile(r" ([.,;:!?)])|(\() ")
READABLE = re.compile(r"[^\w\s.,;:!?()\"'“”‘’…-]")


def _dash(m: re.Match[str]) -> str:
    """A dash between words is a pause ('Hợp tác xã - Đội sản xuất', 'Nguyễn Văn Nam -
    Chủ tịch'); after a colon or a semicolon it only marks an item ('Kính gửi: - Ban nhân
    dân các ấp; - …'). Between two names of one word each it joins them, as announcers say
    'đường sắt Bắc Nam', 'giao hữu Việt Lào' with no pause."""
    if m.start() and m.string[m.start() - 1] in ",.;:!?":
        return " "
    before = m.string[max(0, m.start() - 24) : m.start()].split(" ")[-2:]
    after = m.string[m.end() : m.end() + 24].split(" ")[:2]
    if _lone_name(before[::-1]) and _lone_name(after):
        return " "
    return ", "


def _lone_name(words: list[str]) -> bool:
    """Is the first of `words` a capitalised word, and the next (if any) not one?"""
    first = words[0].rstrip(",.;:!?)") if words else ""
    if not (first.isalpha() and first.istitle()):
        return False
    return len(words) < 2 or not words[1][:1].isupper()


def _layout(m: re.Match[str]) -> str:
    """Whitespace as a reader hears it: a blank line ends a sentence, a line break is kept
    (Markdown lists and headings start lines), any other run is one space."""
    run = m.group(0)
    lines = run.count("\n")
    if not lines:
        return " "
    if lines == 1 or (m.start() and m.string[m.start() - 1] in ".!?:;,"):
        return "\n"
    return ".\n"


def _read(text: str, vocabulary: _Vocabulary, dialect: Dialect) -> Reading:
    text = unicodedata.normalize("NFC", text).strip()
    ctx = _Context(dialect, vocabulary, text)
    text = WHITESPACE.sub(_layout, text)
    for rule in ADDRESS_RULES:
        text = rule.apply(text, ctx)
    text = MARKDOWN.sub(" ", text)
    text = _apply_lexicon(text, ctx)
    for rule in CODE_RULES:
        text = rule.apply(text, ctx)
    text = OR_SLASH.apply(PER_UNIT.apply(text, ctx), ctx)
    if any(c.isdigit() for c in text):
        for rule in NUMBER_RULES:
            text = rule.apply(text, ctx)
    text = SYMBOL.apply(_read_words(text, ctx), ctx)
    text = SPACES.sub(" ", text)
    text = DASH_PAUSE.sub(_dash, text)
    text = WORD_HYPHEN.sub(" ", text)
    for leftover in dict.fromkeys(READABLE.findall(text)):
        ctx.guess(leftover, _("'{written}' has no spoken form: left as written"))
    text = SPACE_BEFORE_PUNCTUATION.sub(r"\1\2", text).strip()
    return Reading(text, tuple(dict.fromkeys(ctx.warnings)), tuple(dict.fromkeys(ctx.guessed)))


def guessed_summary(guessed: Iterable[str]) -> str:
    """One sentence naming a script's guessed words, for the doors that add or publish it."""
    words = ", ".join(f"'{word}'" for word in guessed)
    return _(
        "the reader had to guess {words}: write them as they are said, or add them to the lexicon"
    ).format(words=words)


def read_aloud(
    text: str, lexicon: Mapping[str, str] | None = None, dialect: Dialect = NORTH
) -> Reading:
    """The spoken form of `text`, with a warning for each thing it could not place."""
    return _read(text, _vocabulary(tuple(sorted((lexicon or {}).items()))), dialect)


def spoken_form(
    text: str, lexicon: Mapping[str, str] | None = None, dialect: Dialect = NORTH
) -> str:
    return read_aloud(text, lexicon, dialect).spoken


@dataclass(frozen=True)
class Reader:
    """A station's way of reading: its lexicon and its regional variant."""

    lexicon: Mapping[str, str] = field(default_factory=dict)
    dialect: Dialect | None = None
    """None: by voice (southern numbers for the southern voice, northern otherwise)."""

    @cached_property
    def vocabulary(self) -> _Vocabulary:
        return _vocabulary(tuple(sorted(self.lexicon.items())))

    def read(self, text: str, voice: str = "vi") -> Reading:
        dialect = self.dialect or (SOUTH if voice == "vi-vn-x-south" else NORTH)
        if len(text) > REMEMBERED_CHARS:
            return _read(text, self.vocabulary, dialect)
        return _remembered(text, self.vocabulary, dialect, language())


REMEMBERED_CHARS = 8000
"""Texts up to this long have their reading remembered (a few hundred of them): a rundown, the
console's home page and the daemon read the same announcements again and again."""


@lru_cache(maxsize=512)
def _remembered(text: str, vocabulary: _Vocabulary, dialect: Dialect, lang: str) -> Reading:
    """`_read` is a pure function of its arguments (and of the language its warnings are
    written in); a Reading is immutable, so one can be handed out again. A changed lexicon
    is another vocabulary, hence another key."""
    return _read(text, vocabulary, dialect)
