"""The one seam every engine's input passes through: script text → what an announcer says.

Rules run in a fixed order, each a regex with a small function that writes words: the
station lexicon first, then addresses, document numbers, abbreviations, phone numbers, dates,
times, ranges, units, ordinals, Roman numerals, numbers and symbols. What the rules cannot
place stays in the text, readable, and is reported as a warning.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property, lru_cache, partial

from .numbers import (
    NORTH,
    SOUTH,
    Dialect,
    read_decimal,
    read_digits,
    read_integer,
    read_ordinal,
)
from .vocabulary import (
    ABBREVIATIONS,
    CALL_WORDS,
    DOMAIN_WORDS,
    LETTERS,
    ROMAN_AFTER,
    SYMBOLS,
    UNITS,
)

W = r"[^\W_]"  # a letter or digit, Vietnamese included
B = rf"(?<!{W})"  # word start
E = rf"(?!{W})"  # word end


@dataclass(frozen=True)
class Reading:
    spoken: str
    warnings: tuple[str, ...] = ()


@dataclass
class _Context:
    dialect: Dialect
    lexicon: Mapping[str, str]
    warnings: list[str] = field(default_factory=list)

    @cached_property
    def exempt(self) -> set[str]:
        """Words the operator wrote in the lexicon: never second-guessed."""
        return {w.lower() for v in self.lexicon.values() for w in re.findall(r"[^\W\d_]+", v)}

    def number(self, digits: str) -> str:
        digits = digits.replace(".", "")
        return read_digits(digits) if len(digits) > 15 else read_integer(int(digits), self.dialect)


Rule = tuple[re.Pattern[str], Callable[[re.Match[str], _Context], str]]


def spell(code: str) -> str:
    """'BTTTT' → 'bê tê tê tê tê'; digits inside are read one by one."""
    words = [LETTERS.get(c.upper(), c) if not c.isdigit() else read_digits(c) for c in code]
    return " ".join(w for w in words if w.strip())


# ----- addresses ----------
TLDS = r"(?:vn|com|net|org|gov|edu|info|int|io)"


def _label(label: str, ctx: _Context) -> str:
    lowered = label.lower()
    if lowered in DOMAIN_WORDS:
        return DOMAIN_WORDS[lowered]
    if lowered in ctx.lexicon:
        return ctx.lexicon[lowered]
    if label.isdigit():
        return read_digits(label)
    if len(label) <= 3:
        return spell(label)
    return " ".join(label.replace("-", " ").replace("_", " ").split())


def _host(host: str, ctx: _Context) -> str:
    return " chấm ".join(_label(part, ctx) for part in host.split("."))


def _email(m: re.Match[str], ctx: _Context) -> str:
    user, host = m.group(0).split("@")
    users = " chấm ".join(_label(part, ctx) for part in user.split("."))
    return f"{users} a còng {_host(host, ctx)}"


def _url(m: re.Match[str], ctx: _Context) -> str:
    address = re.sub(r"(?i)^https?://", "", m.group(0))
    host, _, path = address.partition("/")
    words = [_host(host, ctx)]
    for part in filter(None, path.split("/")):
        words += ["gạch chéo", _label(part, ctx)]
    return " ".join(words)


# ----- codes and abbreviations ----------
def _document_number(m: re.Match[str], ctx: _Context) -> str:
    """2841/BTTTT-TTH → 'hai nghìn … trên bê tê tê tê tê tê tê hát'."""
    first, *rest = m.group(0).split("/")
    words = [ctx.number(first)]
    for part in rest:
        words.append("trên")
        words.append(ctx.number(part) if part.isdigit() else spell(part.replace("-", "")))
    return " ".join(words)


def _abbreviation(m: re.Match[str], ctx: _Context) -> str:
    return f" {ABBREVIATIONS[m.group(0)]} "


def _abbreviation_alternatives() -> str:
    """'TP.' needs no word end (TP.HCM); 'UBND' must not be the start of a longer word."""
    ordered = sorted(ABBREVIATIONS, key=len, reverse=True)
    return "|".join(re.escape(a) + ("" if a.endswith(".") else E) for a in ordered)


def _lexicon(m: re.Match[str], ctx: _Context) -> str:
    return ctx.lexicon[m.group(0).lower()]


# ----- phone numbers ----------
def _phone(m: re.Match[str], ctx: _Context) -> str:
    written = m.group(0)
    prefix = ""
    if written.startswith("+84"):
        prefix, written = "cộng tám tư, ", written[3:].strip()
    groups = re.split(r"[ .]", written)
    if len(groups) == 1:
        digits = groups[0]
        groups = [digits[:4], digits[4:7], digits[7:]]
    return prefix + ", ".join(read_digits(g) for g in groups if g)


def _call_number(m: re.Match[str], ctx: _Context) -> str:
    return f"{m.group(1)} {read_digits(m.group(2))}"


# ----- dates and times ----------
def _month(n: int, ctx: _Context) -> str:
    return "tư" if n == 4 else read_integer(n, ctx.dialect)


def _day_month(day: str, month: str, year: str | None, ctx: _Context) -> str | None:
    d, mo = int(day), int(month)
    try:
        date(int(year) if year else 2000, mo, d)
    except ValueError:
        return None
    words = f"ngày {read_integer(d, ctx.dialect)} tháng {_month(mo, ctx)}"
    return words + (f" năm {read_integer(int(year), ctx.dialect)}" if year else "")


def _as_written(m: re.Match[str]) -> str:
    return re.sub(r"(?i)^ngày\s+", "", m.group(0).strip())


def _date(m: re.Match[str], ctx: _Context) -> str:
    read = _day_month(m["d"], m["m"], m["y"], ctx)
    if read is None:
        ctx.warnings.append(f"'{_as_written(m)}' looks like a date but is not one")
        return m.group(0)
    return read


def _date_range(m: re.Match[str], ctx: _Context) -> str:
    """01/8 - 15/8/2020 and 01-05/8/2020: 'ngày … đến ngày …'."""
    end = _day_month(m["d2"], m["m2"], m["y"], ctx)
    start = _day_month(m["d1"], m["m1"] or m["m2"], None, ctx)
    if start is None or end is None:
        ctx.warnings.append(f"'{_as_written(m)}' looks like a date range but is not one")
        return m.group(0)
    if not m["m1"]:  # same month: "ngày 1 đến ngày 5 tháng 8"
        start = start.rsplit(" tháng ", 1)[0]
    return f"{start} đến {end}"


def _month_year(m: re.Match[str], ctx: _Context) -> str:
    month = int(m["m"])
    if not 1 <= month <= 12:
        return m.group(0)
    return f"tháng {_month(month, ctx)} năm {read_integer(int(m['y']), ctx.dialect)}"


def _time(m: re.Match[str], ctx: _Context) -> str:
    hour, minute, second = int(m["h"]), int(m["min"] or 0), int(m["s"] or 0)
    if hour > 24 or minute > 59 or second > 59:
        ctx.warnings.append(f"'{m.group(0)}' looks like a time but is not one")
        return m.group(0)
    words = [read_integer(hour, ctx.dialect), "giờ"]
    if minute or second:
        words += [read_integer(minute, ctx.dialect), "phút"]
    if second:
        words += [read_integer(second, ctx.dialect), "giây"]
    return " ".join(words)


# ----- numbers ----------
def _range(m: re.Match[str], ctx: _Context) -> str:
    return f"{ctx.number(m['a'])} đến {ctx.number(m['b'])}"


def _unit(m: re.Match[str], ctx: _Context) -> str:
    return f"{m['n']} {UNITS[m['u']]}"


def _ordinal(m: re.Match[str], ctx: _Context) -> str:
    return f"{m.group(1)} {read_ordinal(int(m.group(2)), ctx.dialect)}"


ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}
ROMAN = r"(?=[IVXLC])C{0,3}(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})"


def roman_value(numeral: str) -> int:
    values = [ROMAN_VALUES[c] for c in numeral]
    return sum(-v if v < nxt else v for v, nxt in zip(values, [*values[1:], 0], strict=True))


def _roman(m: re.Match[str], ctx: _Context) -> str:
    n = roman_value(m.group(2))
    ordinal = m.group(1).lower().endswith("thứ")
    return (
        f"{m.group(1)} {read_ordinal(n, ctx.dialect) if ordinal else read_integer(n, ctx.dialect)}"
    )


def _grouped(m: re.Match[str], ctx: _Context) -> str:
    whole, _, fraction = m.group(0).partition(",")
    if fraction:
        return read_decimal(whole.replace(".", ""), fraction, ctx.dialect)
    return ctx.number(whole)


def _dotted(m: re.Match[str], ctx: _Context) -> str:
    """3.5 is not Vietnamese for three and a half; read it as written: 'ba chấm năm'."""
    return " chấm ".join(ctx.number(part) for part in m.group(0).split("."))


def _symbol(m: re.Match[str], ctx: _Context) -> str:
    return f" {SYMBOLS[m.group(0)]} "


# ----- what is left ----------
SYLLABLE = re.compile(
    r"^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnpqrstvx])?"
    r"[aăâeêioôơuưy]+(?:ch|ng|nh|[cmnpt])?$"
)


def _without_tones(word: str) -> str:
    """Keep vowel letters (ă â ê ô ơ ư đ) but drop tone marks, to test syllable shape."""
    kept = []
    for c in unicodedata.normalize("NFD", word.lower()):
        if unicodedata.combining(c) and c not in "\u0306\u0302\u031b":  # breve, circumflex, horn
            continue
        kept.append(c)
    return unicodedata.normalize("NFC", "".join(kept))


@lru_cache(maxsize=1 << 16)
def is_vietnamese_syllable(word: str) -> bool:
    return bool(SYLLABLE.match(_without_tones(word)))


def _word(m: re.Match[str], ctx: _Context) -> str:
    """Headings in capitals are read as words; unknown capitals are spelled; foreign words
    are left for the engine but reported, so the operator can add them to the lexicon."""
    word = m.group(0)
    if is_vietnamese_syllable(word) or word.lower() in ctx.exempt:
        return word.lower() if word.isupper() else word
    if word.isupper() and len(word) <= 6:
        ctx.warnings.append(f"'{word}' is not a known abbreviation: spelled letter by letter")
        return spell(word)
    ctx.warnings.append(f"'{word}' is not a Vietnamese word: add it to the lexicon")
    return word


def _alternation(words: Iterable[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


DATE_SEP = r"[/.-]"
RULES: list[Rule] = [
    (re.compile(rf"{B}[\w.+-]+@[\w-]+(?:\.[\w-]+)+{E}"), _email),
    (
        re.compile(
            rf"(?i){B}(?:https?://)?(?:[a-z0-9-]+\.)+{TLDS}{E}(?:/[^\s]*[^\s.,;:!?)\]])?"
        ),
        _url,
    ),
    (re.compile(rf"{B}\d+(?:/(?:\d+|[A-ZĐ][A-Za-zĐđ&]*(?:-[A-ZĐ][A-Za-zĐđ&]*)*))*"
                rf"/[A-ZĐ][A-Za-zĐđ&]*(?:-[A-ZĐ][A-Za-zĐđ&]*)*{E}"), _document_number),
    (re.compile(rf"{B}(?:{_abbreviation_alternatives()})"), _abbreviation),
    (re.compile(rf"{B}(?:\+84\s?|0)\d{{2,3}}(?:[ .]?\d{{3,4}}){{2}}{E}"), _phone),
    (re.compile(rf"(?i)({_alternation(CALL_WORDS)})\s*:?\s*(\d{{3,5}}){E}"), _call_number),
    (re.compile(rf"(?P<n>\d)\s*(?P<u>{_alternation(UNITS)})(?![^\W\d_]|\d)"), _unit),
    (re.compile(rf"{B}(?:ngày\s+)?(?P<d1>\d{{1,2}})(?:/(?P<m1>\d{{1,2}}))?\s*[-–]\s*"
                rf"(?:ngày\s+)?(?P<d2>\d{{1,2}})/(?P<m2>\d{{1,2}})(?:/(?P<y>\d{{4}}))?{E}"),
     _date_range),
    (re.compile(rf"(?i){B}(?:ngày\s+)?(?P<d>\d{{1,2}}){DATE_SEP}(?P<m>\d{{1,2}})"
                rf"{DATE_SEP}(?P<y>\d{{4}}){E}"), _date),
    (re.compile(rf"(?i){B}(?:tháng\s+)?(?P<m>\d{{1,2}})/(?P<y>\d{{4}}){E}"), _month_year),
    (re.compile(rf"(?i){B}(?:ngày\s+)?(?P<d>\d{{1,2}})/(?P<m>\d{{1,2}})(?P<y>){E}"), _date),
    (re.compile(rf"{B}(?P<h>\d{{1,2}})h(?P<min>\d{{2}})?(?P<s>)'?{E}"), _time),
    (re.compile(rf"{B}(?P<h>\d{{1,2}})g(?P<min>\d{{2}})(?P<s>)'?{E}"), _time),
    (re.compile(rf"{B}(?P<h>\d{{1,2}}):(?P<min>\d{{2}})(?::(?P<s>\d{{2}}))?{E}"), _time),
    (re.compile(rf"{B}(?P<a>\d+)\s*[-–]\s*(?P<b>\d+){E}"), _range),
    (re.compile(r"(?i)(thứ)\s*(\d+)" + E), _ordinal),
    (re.compile(rf"((?i:{_alternation(ROMAN_AFTER)}))\s+({ROMAN}){E}"), _roman),
    (re.compile(rf"{B}\d{{1,3}}(?:\.\d{{3}})+(?:,\d+)?{E}|{B}\d+,\d+{E}"), _grouped),
    (re.compile(rf"{B}\d+(?:\.\d+)+{E}"), _dotted),
    (re.compile(r"\d+"), lambda m, ctx: ctx.number(m.group(0))),
    (re.compile(rf"{B}[^\W\d_]+{E}"), _word),
    (re.compile("|".join(re.escape(s) for s in SYMBOLS)), _symbol),
]  # fmt: skip


MARKDOWN = re.compile(r"(?m)^\s{0,3}(?:#+|[-*+])\s+|[*_`>]+|\[|\]\([^)]*\)")
PARAGRAPH_END = re.compile(r"(?<![.!?:;,])\s*\n\s*\n\s*")
DASH_PAUSE = re.compile(r"\s+[-–—]\s+")
SPACES = re.compile(r"\s+")
SPACE_BEFORE_PUNCTUATION = re.compile(r"\s+([.,;:!?])")
READABLE = re.compile(r"[^\w\s.,;:!?()\"'“”‘’…-]")


def _apply(read: Callable[[re.Match[str], _Context], str], ctx: _Context, m: re.Match[str]) -> str:
    return read(m, ctx)


def read_aloud(
    text: str, lexicon: Mapping[str, str] | None = None, dialect: Dialect = NORTH
) -> Reading:
    """The spoken form of `text`, with a warning for each thing it could not place."""
    ctx = _Context(dialect, {k.lower(): v for k, v in (lexicon or {}).items()})
    text = unicodedata.normalize("NFC", text)
    text = PARAGRAPH_END.sub(". ", text.strip())
    rules = RULES
    if ctx.lexicon:
        pattern = re.compile(rf"(?i){B}(?:{_alternation(ctx.lexicon)}){E}")
        rules = [RULES[0], RULES[1], (pattern, _lexicon), *RULES[2:]]
    for pattern, read in rules:
        text = pattern.sub(partial(_apply, read, ctx), text)
        if pattern is RULES[1][0]:
            text = MARKDOWN.sub(" ", text)  # after addresses, which may hold _ or *
    text = DASH_PAUSE.sub(", ", text)
    for leftover in dict.fromkeys(READABLE.findall(text)):
        ctx.warnings.append(f"'{leftover}' has no spoken form: left as written")
    text = SPACES.sub(" ", text)
    text = SPACE_BEFORE_PUNCTUATION.sub(r"\1", text).strip()
    return Reading(text, tuple(dict.fromkeys(ctx.warnings)))


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

    def read(self, text: str, voice: str = "vi") -> Reading:
        dialect = self.dialect or (SOUTH if voice == "vi-vn-x-south" else NORTH)
        return read_aloud(text, self.lexicon, dialect)
