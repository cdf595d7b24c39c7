"""What every reading rule shares: the reader's vocabulary (the lexicon applied first, and
the marks that address words get back), the context of one reading (dialect, warnings,
guessed words), a Rule, the small looks a rule takes around its match (`_before`,
`_after`, `_word_before`, `_ends_with`) and spelling letter by letter.

The families of rules (`normalize.py`, `documents.py`) build on these.
"""

from __future__ import annotations

import re
import sys
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from typing import Any, Final

from .numbers import Dialect, read_decimal, read_digits, read_integer
from .syllables import (
    VOWEL,
    WORDS,
    Accents,
    PlaceNames,
    TextAccents,
    is_vietnamese_syllable,
    plain,
    restore,
)
from .vocabulary import (
    ABBREVIATIONS,
    DOCUMENT_ISSUERS,
    DOCUMENT_TYPES,
    HOUSE_WORDS,
    LETTERS,
    PER_UNITS,
    REGNAL_NAMES,
    REGNAL_TITLES,
    STREET_WORDS,
    UNITS,
    address_words,
    loanwords,
    place_names,
    place_provinces,
)

W = r"[^\W_]"  # a letter or digit, Vietnamese included
B = rf"(?<!{W})"  # word start
E = rf"(?!{W})"  # word end
LONGEST_SHOWN = 40  # characters of a guessed word quoted in a warning


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


FIRST_WORD = re.compile(rf"{W}*")


class Keys:
    """Many literal keys, matched where and as `re.compile(_trie_pattern(keys, word_end))`
    matches them (leftmost, then the longest): one scan finds the words that open with a key's
    first letter, and only the keys that begin with such a word are tried there, as a small
    trie of their own, compiled when the word is first met. The trie of the 2,200
    abbreviations compiled to 181 KB of the engine's code in 60 ms at every start; these take
    2.4 ms. Not for lists whose keys open with lower-case letters (the lexicon's, the slipped
    marks'): every word of a notice is then looked up in Python, which costs more a notice
    than the engine's walk through the trie (s30speed, callgrind)."""

    def __init__(self, keys: Iterable[str], word_end: Callable[[str], bool]) -> None:
        self._word_end = word_end
        self._by_first: dict[str, list[str]] = {}
        for key in dict.fromkeys(keys):
            first = FIRST_WORD.match(key)
            assert first is not None  # it matches the empty string
            self._by_first.setdefault(first.group(0), []).append(key)
        self._tries: dict[str, re.Pattern[str]] = {}
        self._whole: re.Pattern[str] | None = None
        if "" in self._by_first or any(
            first in keys and not word_end(first) for first, keys in self._by_first.items()
        ):  # a key opening with a mark ('#…') or that may end inside a word: one trie
            every = (key for keys in self._by_first.values() for key in keys)
            self.scan = self._whole = re.compile(_trie_pattern(every, word_end))
        else:
            starts = "".join(sorted({first[0] for first in self._by_first}))
            self.scan = re.compile(f"[{re.escape(starts)}](?<!{W}.){W}*")
        self.pattern = self.scan.pattern
        """What is scanned for: a class of first letters, which the regex engine skips to."""
        self.flags = self.scan.flags

    def _trie(self, first: str) -> re.Pattern[str]:
        trie = self._tries.get(first)
        if trie is None:  # compiled when first met: most keys never are
            trie = re.compile(_trie_pattern(self._by_first[first], self._word_end))
            self._tries[first] = trie
        return trie

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        if self._whole is not None:
            yield from self._whole.finditer(text)
            return
        if self._by_first.keys().isdisjoint(self.scan.findall(text)):
            return  # most notices hold no loan word: one scan and a set's look, both in C
        done = 0
        for word in self.scan.finditer(text):
            start, first = word.start(), word.group(0)
            if start < done or first not in self._by_first:
                continue  # inside the last key found ('KH&CN'), or no key opens with it
            found = self._trie(first).match(text, start)
            if found is not None:
                done = found.end()
                yield found

    def search(self, text: str) -> re.Match[str] | None:
        return next(self.finditer(text), None)

    def sub(self, repl: str | Callable[[re.Match[str]], str], text: str) -> str:
        parts, done = [], 0
        for m in self.finditer(text):
            parts += [text[done : m.start()], repl(m) if callable(repl) else m.expand(repl)]
            done = m.end()
        return "".join(parts) + text[done:] if parts else text


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
        syllables, consonants at either end spelled; True for a syllable), preferring
        syllables that make words with their neighbours ('tramyte' → 'tram y te', not 'tra my
        te'), then syllables that the station's words write with marks ('vanhoa' → 'van hoa',
        not 'va nhoa'), then syllables that start with a consonant. None when it cannot be
        cut."""
        if len(word) > 60 or not word.isalpha():
            return None
        lowered, lexicon = word.lower(), self.lexicon
        Piece = tuple[str, bool]
        Score = tuple[int, int, int, int, list[Piece]]
        # best[start][end]: the best cut of word[start:] whose first piece ends at `end`
        best: list[dict[int, Score]] = [{} for _ in range(len(word) + 1)]
        best[len(word)][len(word)] = (0, 0, 0, 0, [])
        for start in range(len(word) - 1, -1, -1):
            for end in range(start + 1, min(len(word), start + LONGEST_LABEL_WORD) + 1):
                piece = lowered[start:end]
                if not best[end]:
                    continue
                if piece in lexicon and end - start > 2:
                    said, cost, known = (lexicon[piece], False), 1, True
                elif (
                    end - start > 2
                    and piece.upper() in ABBREVIATIONS
                    and not (is_vietnamese_syllable(piece) and _ships_marks_of(piece))
                ):  # 'hoidap' is 'hỏi đáp', not the fertiliser DAP
                    said, cost, known = (spell(piece), False), 2, False
                elif end - start <= 7 and is_vietnamese_syllable(piece):
                    said, cost, known = (word[start:end], True), 1, _ships_marks_of(piece)
                elif (start == 0 or end == len(word)) and _letters_at_an_edge(piece):
                    said, cost, known = (spell(piece), False), 1 + len(piece), False
                else:
                    continue
                best[start][end] = min(
                    (
                        (
                            rest[0] + cost,
                            rest[1] - self._paired(said, rest[4]),
                            rest[2] - known,
                            rest[3] + bool(VOWEL.match(piece)),
                            [said, *rest[4]],
                        )
                        for rest in best[end].values()
                    ),
                    key=lambda score: score[:4],
                )
        found = min(best[0].values(), key=lambda score: score[:4], default=None)
        return tuple(found[4]) if found else None

    @staticmethod
    def _paired(said: tuple[str, bool], rest: list[tuple[str, bool]]) -> bool:
        """Does a syllable make a word with the syllable cut after it (`_LanguagePairs.knows`)?"""
        return bool(rest) and said[1] and rest[0][1] and LANGUAGE_PAIRS.knows(said[0], rest[0][0])

    @cached_property
    def exempt(self) -> frozenset[str]:
        """Words of the spoken forms: the lexicon's own words are never second-guessed."""
        return frozenset(
            w.lower() for v in self.lexicon.values() for w in re.findall(r"[^\W\d_]+", v)
        )

    @cached_property
    def plain_tokens(self) -> dict[str, bool]:
        """Tokens of text between spaces whose words all stay as written (normalize.py)."""
        return {}

    @cached_property
    def capitals(self) -> frozenset[str]:
        """Words that spoken forms write in capitals (a station's 'ĐA LÔ'): the only short
        capitals the lexicon puts into a text. Others are letters to spell, even when a
        loan word's syllable has their shape ('EM' is 'e em', though 'em pê ba' holds 'em')."""
        return frozenset(
            w for v in self.lexicon.values() for w in re.findall(r"[^\W\d_]+", v) if w.isupper()
        )


def _letters_at_an_edge(piece: str) -> bool:
    """Two to four consonants opening or closing a name run together are letters: a body's
    or a place's ('tracuunnt' → 'tra cứu en en tê', 'khuyennongvn' → '… vê en')."""
    return 1 < len(piece) <= 4 and not VOWEL.search(piece)


@lru_cache(maxsize=32)
def _vocabulary(station_lexicon: tuple[tuple[str, str], ...]) -> _Vocabulary:
    station = {" ".join(fold_digits(k).lower().split()): fold_digits(v) for k, v in station_lexicon}
    return _Vocabulary({**loanwords(), **station})


@dataclass
class _Context:
    dialect: Dialect
    vocabulary: _Vocabulary
    source: str = ""
    """The text being read: its own words give their marks to an address's."""
    warnings: list[str] = field(default_factory=list)
    guessed: list[str] = field(default_factory=list)
    defined: dict[str, str] = field(default_factory=dict)
    """Abbreviations the notice defines itself: 'Cán bộ thú y (CBTY)' → {'CBTY': 'cán bộ thú y'}."""
    storms: dict[str, str] = field(default_factory=dict)
    """Storm names the notice has named as a storm's ('bão Yagi'), in lower case → spoken."""
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


class Either:
    """A gate that opens with one of a few characters ('[-–]\\s?\\d'), looked for as one
    pattern per character that opens with it as a literal, each searched only where `in`
    finds its character. The regex engine skips to a literal in a tight loop, but tests a
    class at every character (about 50 machine instructions each: a third of the reader's
    instructions went there, s30speed and s31speed's notes)."""

    MOST: Final = 6
    """Characters of an opening class split so; a longer class stays one pattern."""

    def __init__(self, gate: re.Pattern[str], chars: str, rest: str) -> None:
        self.pattern, self.flags = gate.pattern, gate.flags
        """As the gate was written: what the tests and the audit look at."""
        self._each = tuple((c, re.compile(re.escape(c) + rest, gate.flags)) for c in chars)

    @classmethod
    def of(cls, gate: re.Pattern[str]) -> Either | re.Pattern[str]:
        """The gate split by its opening class where that is a few plain characters followed
        by no quantifier ('[-–/]…'; not '[a-f]', '[\\d.]', '[ab]{2}'), else the gate itself.
        '[ab]R' matches where 'aR' or 'bR' does."""
        source = gate.pattern
        end = source.find("]", 2)
        body, rest = source[1:end], source[end + 1 :]
        if (
            gate.flags & re.IGNORECASE
            or not source.startswith("[")
            or end < 0
            or not 1 < len(set(body)) <= cls.MOST
            or any(c in body for c in "\\[^")
            or "-" in body[1:-1]
            or rest[:1] in ("*", "+", "?", "{")
        ):
            return gate
        return cls(gate, "".join(dict.fromkeys(body)), rest)

    def search(self, text: str) -> re.Match[str] | None:
        """A match where the gate has one (one character's, not always the leftmost: a gate
        is only asked whether it matches)."""
        for char, pattern in self._each:
            if char in text and (found := pattern.search(text)) is not None:
                return found
        return None


class Needing:
    """A pattern looked for only where the text holds one of `marks`, literal pieces one of
    which every match holds in what it matches, not in a look-behind (`in`, in C). For the
    look-backs that open with a word start and a list of words ('(?:^|[^\\w])(?:gọi|…)…$'):
    the engine tries the list at every character, 10-50 µs a window of 96 characters
    (s33found's note), and most windows hold none of the words. Case-sensitive patterns only:
    `in` knows no case."""

    def __init__(self, pattern: re.Pattern[str], marks: Iterable[str]) -> None:
        assert not pattern.flags & re.IGNORECASE and "(?i" not in pattern.pattern
        self.pattern, self.marks = pattern, tuple(marks)

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        window = text if pos == 0 and endpos >= len(text) else text[pos:endpos]
        if not any(map(window.__contains__, self.marks)):  # the window's: a notice of dates
            return None  # looked at whole for each date would be read in quadratic time
        return self.pattern.search(text, pos, endpos)


@dataclass(frozen=True)
class Rule:
    pattern: re.Pattern[str] | Keys
    read: Read
    needs: str = ""
    """Characters one of which the text must hold for the rule to be tried at all."""
    gate: re.Pattern[str] | Either | None = None
    """A short pattern that every match of `pattern` holds, cheaper to look for: where the
    text has none the rule is not tried (most rules find nothing in most notices, and a
    pattern that opens with a look-behind is tried at every character). One that opens with
    a few characters is looked for as `Either`."""
    _ascii: tuple[re.Pattern[str] | Either | None, re.Pattern[str] | Keys] | None = field(
        default=None, init=False, repr=False, compare=False
    )
    """`ascii` once compiled: a plain attribute (a property costs more), declared and set in
    `__post_init__` so that a class compiled by mypyc has it (its slot ignores the default)."""

    def __post_init__(self) -> None:
        if isinstance(self.gate, re.Pattern):
            object.__setattr__(self, "gate", Either.of(self.gate))
        object.__setattr__(self, "_ascii", None)

    @property
    def ascii(self) -> tuple[re.Pattern[str] | Either | None, re.Pattern[str] | Keys]:
        """The gate and the pattern with `\\d` as `[0-9]`, which `apply` looks for: the same
        matches, found faster, since every digit a rule meets is 0-9 (`fold_digits`: the
        notice's and the lexicon's are folded before any rule; what the station ships holds
        none other). The engine tests `\\d` as a Unicode category, through two calls into
        the character database at every character it skips (s31speed's note). Compiled when
        first asked for (67 ms for all the rules: not at every start)."""
        forms = self._ascii
        if forms is None:
            gate = self.gate
            if isinstance(gate, Either):
                gate = Either.of(_ascii_digits(re.compile(gate.pattern, gate.flags)))
            elif gate is not None:
                gate = _ascii_digits(gate)
            pattern = self.pattern
            forms = gate, pattern if isinstance(pattern, Keys) else _ascii_digits(pattern)
            object.__setattr__(self, "_ascii", forms)
        return forms

    def apply(self, text: str, ctx: _Context) -> str:
        if self.needs:  # a loop of `in`: half the cost of any(map(…)) for one to four marks
            for mark in self.needs:
                if mark in text:
                    break
            else:
                return text
        gate, pattern = self._ascii or self.ascii
        if gate is not None and gate.search(text) is None:
            return text
        read = self.read
        return pattern.sub(lambda m: read(m, ctx), text)


def _ascii_digits(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """The pattern with each `\\d` written `[0-9]` (`0-9` inside a class); the same object
    where it has none."""
    source = pattern.pattern
    if "\\d" not in source:
        return pattern
    out, i, in_class = [], 0, False
    while i < len(source):
        char = source[i]
        if char == "\\":
            escape = source[i : i + 2]
            out.append(("0-9" if in_class else "[0-9]") if escape == "\\d" else escape)
            i += 2
            continue
        if char == "[" and not in_class:
            in_class = True
            opening = re.match(r"\[\^?\]?", source[i:])
            assert opening is not None  # '[' at least
            out.append(opening.group(0))  # a ']' right after '[' or '[^' is a character
            i += len(opening.group(0))
            continue
        if char == "]":
            in_class = False
        out.append(char)
        i += 1
    return re.compile("".join(out), pattern.flags)


OTHER_DIGIT = re.compile(r"\d(?<![0-9])")
"""A decimal digit of another script ('٣', '３'), which no rule meets (`fold_digits`)."""


def fold_digits(text: str) -> str:
    """'٣', '３' as '3': a notice's digits and its lexicon's before any rule, which look for
    0-9 (`Rule.ascii`) and read what they find with `int`."""
    if OTHER_DIGIT.search(text) is None:
        return text
    return OTHER_DIGIT.sub(lambda m: str(unicodedata.decimal(m.group(0))), text)


def _before(m: re.Match[str], size: int = 24) -> str:
    """The few characters before a match, lower-cased: a rule's look at its context."""
    return m.string[max(0, m.start() - size) : m.start()].lower()


def _before_as_written(m: re.Match[str], size: int = 48) -> str:
    """The characters before a match with their capitals, which tell a name."""
    return m.string[max(0, m.start() - size) : m.start()]


def _after(m: re.Match[str], size: int = 24) -> str:
    return m.string[m.end() : m.end() + size]


LAST_WORD = re.compile(r"(?<![^\W\d_])([^\W\d_]++)\W{0,3}$")
"""The last word and up to three marks after it: tried only where a word starts, and never
given back letter by letter (a shorter run is followed by a letter, never by the end)."""


def _word_before(m: re.Match[str]) -> str:
    return last_word(_before(m))


def last_word(text: str) -> str:
    """LAST_WORD's word in `text`, or '': matched at the start of the text reversed, where
    LAST_WORD's search tried its look-behind at every character (4 µs a look, several a
    notice; this takes 1.5: s33found's note)."""
    found = LAST_WORD_REVERSED.match(text[::-1])
    return found.group(1)[::-1] if found else ""


LAST_WORD_REVERSED = re.compile(r"\n?\W{0,3}([^\W\d_]+)")
"""LAST_WORD read backwards: `$` before a last newline, up to three marks, the whole word."""


def _ends_with(before: str, words: Iterable[str]) -> bool:
    """Does the text before a match end with one of `words` (then a space)?"""
    return _ending(before, words) is not None


def _ending(before: str, words: Iterable[str]) -> str | None:
    """The first of `words` that the text before a match ends with (then a space), or None."""
    tail = before.rstrip(" \n:")
    ends = words if isinstance(words, tuple) else tuple(words)
    if not tail.endswith(ends):  # most looks: one test in C, no loop
        return None
    for w in filter(tail.endswith, ends):  # the words it ends with, found in C
        if not tail[-len(w) - 1 : -len(w)].isalnum():
            return w
    return None


def _alternation(words: Iterable[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


REGNAL = re.compile(
    rf"(?:(?<!\w)(?i:{_alternation(REGNAL_TITLES)})(?:[\s-]+[A-ZĐ][^\W\d_]*){{1,5}}"
    rf"|(?<![\w-])(?:{_alternation(REGNAL_NAMES)}))\s+$"
)
"""What comes before a reign's numeral: a ruler's title and up to five capitalised words of a
name and a country ('Vua Tây Ban Nha Felipe VI'; 'Vua Tiếng Việt mùa II' is a contest), or a
name that rulers bear ('Elizabeth II'), as written or as the lexicon says it ('Sác lơ')."""


CAPITAL = "A-ZĐÀÁẢÃẠĂẮẰẲẴẶÂẤẦẨẪẬÈÉẺẼẸÊẾỀỂỄỆÌÍỈĨỊÒÓỎÕỌÔỐỒỔỖỘƠỚỜỞỠỢÙÚỦŨỤƯỨỪỬỮỰỲÝỶỸỴ"
"""A capital, in a character class: Vietnamese ones with their marks too ('Ổ', 'Ủy')."""
NUMBERED_SITE = re.compile(
    r"(?<![^\W_])(?i:khu công nghiệp|cụm công nghiệp|nhà máy|thủy điện|thuỷ điện|khu kinh tế"
    r"|khu đô thị(?: mới)?|thôn|xóm|ấp|bản|làng|buôn|khóm|khu phố|tổ dân phố|khối phố|tổ|đội"
    r"|khu dân cư|cụm dân cư|khu tái định cư|khu nhà ở|tiểu khu|phân khu|trạm biến áp|trạm bơm"
    r"|kcn|ccn|kđt|kdc|kkt|ktđc|khu tđc|tdp|kp|(?:htx|hợp tác xã)(?:\s+(?:dịch vụ )?nông nghiệp)?)"
    rf"(?:\s+[{CAPITAL}][^\W\d_]*){{1,4}} $"
)
"""'Khu công nghiệp Hoàng Mai I', 'Nhà máy thủy điện Bản Vẽ I': a lone 'I' closing the name of
a park, a plant or an urban area ('Khu đô thị mới Nam Vĩnh Yên I' too) is its number, as
'II' is (every reading of round 32 said 'một'); so is a village's, a hamlet's, a street block's,
a team's or a cooperative's ('thôn Nhơn Hậu I', 'HTX Nông nghiệp Nhơn Hậu I': round 81, both
editors: sai, the letter 'i' was said), a 'V' or an 'X' alike ('khu phố Tân Lập V'), and at
a sentence's end ('thôn Nhơn Hậu I.', session 25: an initial's rule had taken it), and after
the abbreviations of those places ('KCN Yên Phong I', 'CCN Đồng Lạng I', 'KĐT …', 'TDP …':
session 26's editors marked the letter 'i' sai)."""


def _longest_first(words: Iterable[str]) -> str:
    """The same choice as `_alternation` (the longest word that lets the rest match), written
    as a trie: the regex engine tries a few first characters instead of every word. Only
    where the pattern is case-sensitive: under (?i) 'Km' and 'km/h' would share no branch."""
    trie: dict[str, Any] = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def branch(node: dict[str, Any]) -> str:
        options = [re.escape(char) + branch(node[char]) for char in sorted(c for c in node if c)]
        if "" in node:
            options.append("")  # a shorter word after every longer one
        return options[0] if len(options) == 1 else "(?:" + "|".join(options) + ")"

    return branch(trie)


def spell(code: str) -> str:
    """'BTTTT' → 'bê tê tê tê tê'; digits inside are read one by one."""
    words = [LETTERS.get(c.upper(), c) if not c.isdigit() else read_digits(c) for c in code]
    return " ".join(w for w in words if w.strip())


LONGEST_LABEL_WORD = 12
"""Longest piece tried inside an address label: a loan word ('bluezone', 'facebook')."""


class _AddressAccents:
    """The marks of address words: the notice's own words first ('Tân Lập'), then the
    address words the station ships, then phrases of its expansions ('điện tử'; a word
    alone from those, like 'tấn', says too little about a name)."""

    def __init__(self, source: str) -> None:
        self.own = TextAccents(source)
        self.province = _ProvincePlaces(source)
        self.sources = (self.own, self.province, *_shipped_accents())

    def restore(self, syllables: list[str], named: bool = False) -> list[str]:
        """The marks of a cut's syllables, the language's words last (`_LanguagePairs`)."""
        return restore(syllables, (*self.sources, LANGUAGE_PAIRS), named)

    def whole(self, key: tuple[str, ...]) -> tuple[str, ...] | None:
        """The marked form of the run `key` as one, from the first source that holds it: the
        notice's and the station's, not any word of the language ('dangu' of 'vanphongdangu'
        is no 'đa ngữ' but letters to spell, `_first_unknown`; '#VoiMaTuy' no 'với mã')."""
        return next(filter(None, (source.lookup(key) for source in self.sources)), None)


class _LanguagePairs:
    """The marks of two syllables that the language writes as one word, after every phrase
    the station ships: 'nguoi ngheo' → 'người nghèo', 'nhan dao' → 'nhân đạo' (each syllable
    alone took the marks of the commonest phrase holding it: 'tu thien' 'tư thiên', from 'sở
    tư pháp' and 'thiên tai'). The pairs of the project's texts and the dictionary
    (`untidy.known_pairs`); a pair written two ways as often is none ('từ thiện', 'từ
    thiên')."""

    two_ways: frozenset[tuple[str, ...]] = frozenset()

    def lookup(self, key: tuple[str, ...]) -> tuple[str, ...] | None:
        if len(key) != 2:
            return None
        from .untidy import known_pairs  # untidy reads with this module's helpers

        counts, by_letters = known_pairs()[:2]
        written = sorted(by_letters.get(" ".join(key), ()), key=counts.__getitem__, reverse=True)
        if not written or (len(written) > 1 and counts[written[0]] == counts[written[1]]):
            return None
        return tuple(written[0].split())

    def knows(self, first: str, second: str) -> bool:
        """Do two syllables of an address make a word the language or the station writes
        ('tram y', 'nhan ai', the district 'tra my'): `_Vocabulary.cut` takes the cut that
        makes the most ('tram y te' trạm y tế, not 'tra my te'; 'nhan ai', not 'nha nai')."""
        key = (first.lower(), second.lower())
        return any(source.lookup(key) for source in (*_shipped_accents(), self))


LANGUAGE_PAIRS = _LanguagePairs()


class _ProvincePlaces:
    """The marks of a place's name that two places share unmarked ('hai lang': Hải Lăng of
    Quảng Trị, Hải Lạng of Quảng Ninh), where the notice or its address names the province
    of one of them ('haiphu.hailang.quangtri.gov.vn', blind round 105: 'hải lạng' judged sai);
    no province named, or both, decides nothing (the other sources say it as before)."""

    two_ways: frozenset[tuple[str, ...]] = frozenset()

    def __init__(self, source: str) -> None:
        self.source = source
        self._named: frozenset[str] | None = None

    def lookup(self, key: tuple[str, ...]) -> tuple[str, ...] | None:
        by_province = _names_by_province()[0].get(key)
        if by_province is None:
            return None
        if self._named is None:
            found = _names_by_province()[1].findall(plain(self.source))
            self._named = frozenset(name.replace(" ", "") for name in found)
        readings = {by_province[p] for p in self._named if p in by_province}
        return readings.pop() if len(readings) == 1 else None


@lru_cache(maxsize=1)
def _names_by_province() -> tuple[
    dict[tuple[str, ...], dict[str, tuple[str, ...]]], re.Pattern[str]
]:
    """The two-way names' plain words → each province's (plain, run together) reading, and a
    pattern finding a province named in a text made plain ('quang tri', 'quangtri')."""
    by_key: dict[tuple[str, ...], dict[str, tuple[str, ...]]] = {}
    provinces: set[str] = set()
    for name, province in place_provinces():
        words = tuple(WORDS.findall(name.lower()))
        key = tuple(map(plain, words))
        province_key = plain(province).replace(" ", "")
        if " " in province:  # 'Huế' alone is as likely a person's 'Huệ'
            provinces.add(" ?".join(plain(province).split()))
        by_key.setdefault(key, {})[province_key] = words
    named = re.compile(
        r"(?<![a-z])(?:" + "|".join(sorted(provinces, key=len, reverse=True)) + r")(?![a-z])"
    )
    return by_key, named


def _ships_marks_of(syllable: str) -> bool:
    return any(a.lookup((syllable,)) for a in _shipped_accents())


@lru_cache(maxsize=1)
def _shipped_accents() -> tuple[Accents, Accents, PlaceNames]:
    """The address words, the phrases of the expansions, then the places' names: a phrase
    the station ships ('ho tro' → 'hỗ trợ') over a place that happens to share its letters."""
    return Accents(address_words()), Accents(_expansions(), shortest=2), PlaceNames(place_names())


def _expansions() -> list[str]:
    """What the station's abbreviations, units and house and street words are said as."""
    return [
        *ABBREVIATIONS.values(),
        *DOCUMENT_TYPES.values(),
        *DOCUMENT_ISSUERS.values(),
        *UNITS.values(),
        *PER_UNITS.values(),
        *HOUSE_WORDS,
        *STREET_WORDS,
    ]


@lru_cache(maxsize=1)
def _expansion_ends() -> frozenset[tuple[str, ...]]:
    """The plain words that open or close an expansion ('giao duc', 'pho thong' of 'giáo dục
    phổ thông'), never a run from its middle ('duc pho'): such a run crosses two words and
    names nothing, so a place with its letters is the place ('ducpho' → 'Đức Phổ')."""
    ends: set[tuple[str, ...]] = set()
    for text in _expansions():
        words = tuple(plain(w.lower()) for w in WORDS.findall(text))
        for n in range(2, len(words) + 1):
            ends |= {words[:n], words[-n:]}
    return frozenset(ends)


def place_in_address(label: str) -> tuple[str, str] | None:
    """'ubndxaiagrai' → ('ubndxa', 'Ia Grai'): a name of the Highlands that ends an address's
    label, run together ('chuprong', 'kongchro'), with what comes before it; None when none
    does. Four letters at least, so a short name is not found inside a longer word."""
    places = _shipped_accents()[2]
    for start in range(max(0, len(label) - places.longest), len(label) - 4 + 1):
        name = places.joined.get(label[start:])
        if name is not None:
            return label[:start], name
    return _place_run_together(label)


def a_places_own_word(word: str) -> bool:
    """'Kar' of 'Ea Kar', 'Grai' of 'Ia Grai': a word of a shipped place's name that no
    Vietnamese syllable is, said as the Highlands' names are, not a foreign word to report."""
    return word in _shipped_accents()[2].unsyllabic


def _place_run_together(label: str) -> tuple[str, str] | None:
    """'phunghiep' → ('', 'phụng hiệp'), 'xaphunghiep' → ('xa', …): a name of the country's
    places that is the whole label, or its end after a place's word, whatever the fewest
    syllables would cut ('phu nghiep'); never letters the address words mark as a phrase of
    their own, or that open or close an expansion ('vanphong' is 'văn phòng', not the commune
    Văn Phong; 'phutrach' 'phụ trách', not Phú Trạch)."""
    words, _phrases, places = _shipped_accents()
    for before in PLACE_WORDS_BEFORE:
        name = label[len(before) :]
        if label.startswith(before) and (key := places.run_together.get(name)):
            cuts = _syllable_cuts(name, len(key) + 1)
            if not any(words.lookup(cut) or cut in _expansion_ends() for cut in cuts):
                return before, " ".join(places.phrases[key])
    return None


def _syllable_cuts(letters: str, most: int) -> list[tuple[str, ...]]:
    """Every way to cut `letters` into at most `most` syllables ('congan': ('cong', 'an'),
    ('co', 'ngan')), so that a phrase of the address words beats a place ('Cô Ngân')."""
    if not letters:
        return [()]
    if most == 0:
        return []
    return [
        (letters[:end], *rest)
        for end in range(1, min(len(letters), 7) + 1)
        if is_vietnamese_syllable(letters[:end])
        for rest in _syllable_cuts(letters[end:], most - 1)
    ]


PLACE_WORDS_BEFORE = ("", "xa", "phuong", "huyen", "thitran", "ubnd", "ubndxa", "ubndphuong")
"""What an address writes before a place's name run together with it."""


YEAR = re.compile(r"(?:19|20)\d\d")


def _suffix(written: str) -> str:
    """The letter after a number, as in '12A' or '125a': ' a'."""
    letters = written.lstrip("0123456789")
    return " " + spell(letters) if letters else ""


def _digit_start(excluded: str) -> str:
    """A first digit with none of `excluded` before it, the check written after the digit so
    that the pattern opens with a character class (the regex engine then skips to digits)."""
    return rf"\d(?<![{excluded}]\d)"
