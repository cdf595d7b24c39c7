"""Vietnamese syllables: what is one, words written without marks, and foreign words said in
Vietnamese syllables.

Three things the reader needs about the shape of words, apart from its rules: whether a word
is a Vietnamese syllable (else it is reported); how to give back the marks of words that web
addresses write without them ('dichvucong' → 'dịch vụ công'); and how a Vietnamese announcer
says a foreign name that no list holds (the storm 'Kajiki' → 'Ca gi ki'), so that no voice
switches to English for it.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from functools import lru_cache

SYLLABLE = re.compile(
    r"^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnpqrstvx])?"
    r"[aăâeêioôơuưy]+(?:ch|ng|nh|[cmnptk])?$"
)
"""A final 'k' is for the place names of the Central Highlands: Đắk Lắk, Krông Búk."""
VOWEL = re.compile("[aăâeêioôơuưy]")


def _without_tones(word: str) -> str:
    """Keep vowel letters (ă â ê ô ơ ư đ) but drop tone marks, to test syllable shape."""
    kept = []
    for c in unicodedata.normalize("NFD", word.lower()):
        if unicodedata.combining(c) and c not in "\u0306\u0302\u031b":  # breve, circumflex, horn
            continue
        kept.append(c)
    return unicodedata.normalize("NFC", "".join(kept))


HIGHLAND_ONSET = re.compile(r"^[kpgbdt][rl](?=[^\W\d_]{2})")
"""'Krông Búk', 'Chư Prông': names of the Central Highlands write clusters, with
Vietnamese marks (a bare 'Blue' or 'Print' is no Vietnamese word)."""


@lru_cache(maxsize=1 << 16)
def is_vietnamese_syllable(word: str) -> bool:
    if len(word) > 8:
        return False
    shape = _without_tones(word)
    if not word.isascii():
        shape = HIGHLAND_ONSET.sub("", shape)
    return bool(SYLLABLE.match(shape))


@lru_cache(maxsize=1 << 16)
def plain(word: str) -> str:
    """'Đồng' → 'dong': a word as web addresses write it."""
    folded = unicodedata.normalize("NFD", word.lower().replace("đ", "d"))
    return "".join(c for c in folded if not unicodedata.combining(c))


def is_plain(word: str) -> bool:
    return word.isascii()


# ----- giving back the marks ----------
LONGEST_PHRASE = 4
WORDS = re.compile(r"[^\W\d_]+")


class Accents:
    """Marked forms of words written without marks, from texts that write them with marks.

    Every run of up to four words of the texts is kept under its plain form ('dich vu cong'
    → 'dịch vụ công'); a run read back is the most frequent one, so that a phrase decides
    the marks of its words ('dien tu' → 'điện tử', though 'tu' alone may be 'tư' or 'tự').
    """

    def __init__(self, texts: Iterable[str], shortest: int = 1) -> None:
        """`shortest`: the fewest words of a run kept (2: words alone are too ambiguous)."""
        counts: Counter[tuple[str, ...]] = Counter()
        for text in texts:
            words = [w.lower() for w in WORDS.findall(text)]
            for n in range(shortest, LONGEST_PHRASE + 1):
                for i in range(len(words) - n + 1):
                    counts[tuple(words[i : i + n])] += 1
        best: dict[tuple[str, ...], tuple[int, tuple[str, ...]]] = {}
        for phrase, count in counts.items():
            key = tuple(plain(w) for w in phrase)
            if key not in best or count > best[key][0]:
                best[key] = (count, phrase)
        self.phrases = {key: phrase for key, (_count, phrase) in best.items()}

    def lookup(self, key: tuple[str, ...]) -> tuple[str, ...] | None:
        return self.phrases.get(key)


class TextAccents:
    """The marks that one text gives its words, looked up in the text itself: cheaper than
    keeping every run of a notice that may hold one address."""

    def __init__(self, text: str) -> None:
        self.words = [w.lower() for w in WORDS.findall(text)]
        self.plain = [plain(w) for w in self.words]
        self.starts: dict[str, list[int]] = {}
        for i, word in enumerate(self.plain):
            self.starts.setdefault(word, []).append(i)

    def lookup(self, key: tuple[str, ...]) -> tuple[str, ...] | None:
        """The first of the first few places where the text writes `key` with its marks (a
        few: the reader stays linear however often a word repeats)."""
        for i in self.starts.get(key[0], ())[:LOOKED_AT]:
            if tuple(self.plain[i : i + len(key)]) == key:
                return tuple(self.words[i : i + len(key)])
        return None


LOOKED_AT = 16


def restore(syllables: list[str], sources: Sequence[Accents | TextAccents]) -> list[str]:
    """The same syllables with their marks where some source knows them (the longest known
    run first, the sources in order), as written where none does."""
    out: list[str] = []
    i = 0
    while i < len(syllables):
        for n in range(min(LONGEST_PHRASE, len(syllables) - i), 0, -1):
            key = tuple(s.lower() for s in syllables[i : i + n])
            found = next(filter(None, (source.lookup(key) for source in sources)), None)
            if found:
                out += found
                i += n
                break
        else:
            out.append(syllables[i])
            i += 1
    return out


# ----- foreign words ----------
ONSETS = {
    "ch": "ch", "sh": "s", "th": "th", "ph": "ph", "kh": "kh", "gh": "gh", "ng": "ng",
    "nh": "nh", "ny": "nh", "tr": "tr", "qu": "qu", "ts": "x", "b": "b", "c": "c", "d": "đ",
    "f": "ph", "g": "g", "h": "h", "j": "gi", "k": "c", "l": "l", "m": "m", "n": "n", "p": "p",
    "q": "qu", "r": "r", "s": "x", "t": "t", "v": "v", "w": "u", "x": "x", "y": "d", "z": "d",
}  # fmt: skip
"""A foreign onset as Vietnamese writes the sound ('Yagi' → 'Da ghi', 'Wipha' → 'Uy pha')."""
NUCLEI = {
    "ai": "ai", "ao": "ao", "au": "au", "ay": "ay", "ei": "ây", "ey": "ây", "eu": "êu",
    "oi": "ôi", "oy": "ôi", "ou": "u", "oo": "u", "ee": "i", "ua": "ua", "ue": "uê",
    "ui": "ui", "uo": "uô", "ia": "ia", "a": "a", "e": "ê", "i": "i", "o": "ô", "u": "u",
    "y": "i",
}  # fmt: skip
"""Foreign vowels said the Vietnamese way: 'o' is 'ô' and 'e' 'ê' ('Noru' → 'Nô ru')."""
CODAS = {
    "ng": "ng", "nh": "nh", "nk": "ng", "nd": "n", "nt": "n", "ns": "n", "ck": "c", "ch": "ch",
    "m": "m", "n": "n", "p": "p", "b": "p", "t": "t", "d": "t", "c": "c", "k": "c", "g": "c",
    "x": "c", "s": "t", "z": "t", "f": "p", "v": "p", "l": "n", "r": "", "h": "",
}  # fmt: skip
"""Foreign final consonants as a Vietnamese syllable can end ('Matmo' → 'Mát mô')."""
FOREIGN_RUNS = re.compile(
    r"(?P<v>[aeiou]+(?:y(?![aeiou]))?|y(?![aeiou]))|(?:[^aeiouy]|y(?=[aeiou]))+"
)
"""Runs of vowels and of consonants; 'y' before a vowel is a consonant ('Yagi', 'Haiyan')."""
STOPS = ("p", "t", "c", "ch")
ACUTE = "\u0301"


def _with_acute(syllable: str) -> str:
    """A syllable closed by p, t, c or ch takes a tone in Vietnamese: the rising one
    ('mat' → 'mát'), on the last vowel before the coda."""
    vowels = [i for i, c in enumerate(syllable) if c in "aăâeêioôơuưy"]
    i = vowels[-1]
    marked = unicodedata.normalize("NFD", syllable[i]) + ACUTE
    return syllable[:i] + unicodedata.normalize("NFC", marked) + syllable[i + 1 :]


def _onset(written: str, nucleus: str) -> str:
    """The Vietnamese spelling of an onset before a vowel: 'k' is 'c' before a, o, u and
    'k' before e, i; 'g' is 'gh' before e, i; 'w' + vowel is 'o'/'u' + vowel."""
    sound = ONSETS[written]
    front = nucleus[:1] in "eêiy"
    if sound == "c" and front:
        return "k"
    if sound == "g" and front:
        return "gh"
    if sound == "ng" and front:
        return "ngh"
    if written == "w":
        return "o" if nucleus[:1] == "a" or nucleus[:1] == "ê" else "u"
    return sound


def _nuclei(vowels: str) -> list[str]:
    """'ae' → ['a', 'e']: a run of vowels as the fewest known nuclei, longest first."""
    out, i = [], 0
    while i < len(vowels):
        size = 2 if vowels[i : i + 2] in NUCLEI else 1
        out.append(vowels[i : i + size])
        i += size
    return out


def _split_cluster(cluster: str) -> tuple[str, str]:
    """Consonants between two vowels: the longest onset the next syllable can take goes to
    it, the rest closes the syllable before ('Matmo' → 'mat-mo', 'Wipha' → 'wi-pha')."""
    for size in (2, 1):
        if len(cluster) >= size and cluster[-size:] in ONSETS:
            return cluster[:-size], cluster[-size:]
    return cluster, ""


def _read_foreign(word: str) -> list[str]:
    """'kajiki' → ['ca', 'gi', 'ki']; consonants that no syllable can hold are said on
    their own with 'ờ' ('krathon' → ['cờ', 'ra', 'thôn'])."""
    found = list(FOREIGN_RUNS.finditer(word))
    runs = [m.group(0) for m in found]
    out: list[str] = []
    onset = ""
    for i, m in enumerate(found):
        if m["v"] is None:
            continue  # consonants are placed from the vowels around them
        run = m["v"]
        before = runs[i - 1] if i and found[i - 1]["v"] is None else ""
        after = runs[i + 1] if i + 1 < len(runs) else ""
        if i == 0 or not out:
            loose, onset = _split_cluster(before)
            out += [ONSETS[c] + "ờ" for c in loose if c in ONSETS]
        last = i + 2 >= len(runs)
        coda, next_onset = (after, "") if last else _split_cluster(after)
        nuclei = _nuclei("i" if run == "y" else run)
        for j, written in enumerate(nuclei):
            final = CODAS.get(coda, "") if j == len(nuclei) - 1 else ""
            out.append(_syllable(onset if j == 0 else "", NUCLEI[written], final))
        if coda and coda not in CODAS:
            out += [ONSETS[c] + "ờ" for c in coda if c in ONSETS]
        onset = next_onset
    return out


def _syllable(written_onset: str, nucleus: str, coda: str) -> str:
    onset = _onset(written_onset, nucleus) if written_onset else ""
    if onset in ("o", "u"):  # 'wa' → 'oa', 'we' → 'oe', 'wi' → 'uy', 'wu' → 'u'
        nucleus = {"ê": "e", "i": "y"}.get(nucleus, nucleus)
        onset = "" if nucleus.startswith(("u", "ô")) else onset
    if onset == "gi" and nucleus.startswith("i"):  # 'ji' → 'gi'
        nucleus = nucleus[1:]
    if len(nucleus) > 1 and nucleus[-1] in "iuyo":  # 'ai', 'au' end the syllable: 'Omais'
        coda = ""
    if coda == "c" and nucleus in ("i", "ê"):
        coda = "ch"
    if coda == "ng" and nucleus in ("i", "ê"):
        coda = "nh"
    syllable = onset + nucleus + coda
    return _with_acute(syllable) if coda in STOPS else syllable


def transliterate(word: str) -> str | None:
    """A foreign word of plain letters said in Vietnamese syllables ('Noru' → 'Nô ru',
    'Son-Tinh' → 'Xôn Tinh'), the capital kept; None when it is not such a word."""
    if not word.isascii() or len(word) > 24:
        return None
    parts = [p for p in re.split(r"[-']", word) if p]
    if not parts or not all(p.isalpha() for p in parts):
        return None
    said: list[str] = []
    for part in parts:
        read = _read_foreign(re.sub(r"(.)\1", r"\1", part.lower()))  # 'Mekkhala': one k
        if not read or not all(is_vietnamese_syllable(s) for s in read):
            return None
        if part[0].isupper():
            read[0] = read[0][0].upper() + read[0][1:]
        said += read
    return " ".join(said)
