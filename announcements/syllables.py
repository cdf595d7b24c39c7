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
from collections.abc import Callable, Collection, Iterable, Sequence
from functools import lru_cache
from typing import Protocol

S_ONSET = r"(?:x(?=[tpcmnk]))?"
"""An 's' written 'x' before a stop or a nasal, as Vietnamese writes a few foreign names
('Mát-xcơ-va', 'Xtốc-khôm'): a syllable a notice may hold. The reader's own readings of loan
words never make one (blind rounds 109-110: 'xtây' judged wrong, the announcers said 'xờ tây';
tests/test_notice_round33_blind.py holds them to `is_written_syllable`)."""
SYLLABLE = re.compile(
    rf"^{S_ONSET}(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnpqrstvx])?"
    r"[aăâeêioôơuưy]+(?:ch|ng|nh|[cmnptk])?$"
)
"""A final 'k' is for the place names of the Central Highlands: Đắk Lắk, Krông Búk."""
VOWEL = re.compile("[aăâeêioôơuưy]")
FOREIGN_MARKED_RUN = re.compile(
    "ê[aeioôơy]|ô[aeoêôơuy]|ă[aeiouy]|â[aeioêôơ]|(?<![gh])i[ôơ]|(?<!g)i(?:u[aăâeêioôơuưy]|ư)"
)
"""Vowels Vietnamese never writes together: 'Lêô' (Pope Leo as Catholic Vietnamese write him)
is two syllables of a foreign name, not one ('iêu', 'uôi', 'ây' are Vietnamese), and so is
'điôxin' ('i' before 'ô' or 'ơ' only in 'giô', 'giờ', and the press's 'Ghiơng'); 'iu' ends a
syllable ('rìu', 'chịu') but after 'gi' ('giuộc'), and 'iư' is only 'giư' ('giữ'): 'Niño'
read as TCVN3 is 'niủo', no syllable (review22 #2), nor is 'DiƯt' ('DiÖt' read as VNI)."""


RHYME = re.compile(
    r"^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnpqrstvx])?"
    r"(?:uyê|uya|uyu|iêu|yêu|oai|oay|oeo|uây|uôi|ươi|ươu|oo(?=ng|c)"
    r"|iê|yê|uô|ươ|uâ|oă|ai|ao|au|ay|âu|ây|eo|êu|ia|iu|oa|oe|oi|ôi|ơi|ua|uê|ui|uơ|ưa|ưi|ưu|uy"
    r"|[aăâeêioôơuưy])(?:ch|ng|nh|[cmnptk])?$"
)
"""A syllable whose vowels are one of Vietnamese's rhymes ('ươi', 'uyê', 'oa'), not any run
of vowel letters: 'peủa', 'caủon', 'mạa' (Spanish and French names read as an old font)
are none (review22 #2)."""


def is_written_syllable(word: str) -> bool:
    """Whether a word is a Vietnamese syllable as Vietnamese writes one (RHYME): stricter than
    `is_vietnamese_syllable`, which the reader also asks of a foreign name's pieces."""
    return is_vietnamese_syllable(word) and bool(
        RHYME.match(HIGHLAND_ONSET.sub("", _without_tones(word)))
    )


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


FIRST_CONSONANT = re.compile(
    r"(?i)(?P<onset>ch|kh|th|ph|tr|[bcdđghklmnprstvx])(?=[bcdđhjklmnprstvx])"
)
"""The consonant that begins a name of the Highlands or of the Khmer, before another."""
SHORT_VOWELS = str.maketrans("ĭŏŭĕĬŎŬĔ", "ioueIOUE")
"""Jrai and Ê Đê write a short vowel with a breve ('Ayŭn'): said as the vowel."""
SILENT_FINAL = re.compile(r"(?<=[^\W\d_])[hr]$", re.IGNORECASE)
"""A final 'h' or 'r' that Vietnamese does not say ('Chư Păh', 'Đạ Tẻh', 'Y Biêr')."""
FINAL_L = re.compile(r"(?<=[^\W\d_])[lL]$")
"""A final 'l' said 'n', as a foreign word's is (CODAS): the Khmer 'Danh Sươl' is 'Sươn', as
'Thạch Phol' is 'Phôn' (it was spelled letter by letter)."""


def _single_vowels(word: str) -> str:
    """'Pôồn Pôông' → 'Pồn Pông': a vowel written twice, the Mường and Thái way of a long one,
    is one vowel with the tone (it was 'Pun Pung', the doubled 'oo' of English)."""
    kept: list[str] = []
    for char in word:
        before = kept[-1] if kept else ""
        if before and _without_tones(before) == _without_tones(char) in "aăâeêiôơuưy":
            toned = char if _without_tones(char) != char.lower() else before
            kept[-1] = toned.upper() if before.isupper() else toned
            continue
        kept.append(char)
    return "".join(kept)


def said_as_highland_name(word: str) -> str | None:
    """'Kđăm' → 'Cơ đăm', 'Thmây' → 'Thơ mây', 'Mđrắk' → 'Mơ đơ rắk', 'Păh' → 'Pă', 'Ayŭn'
    → 'A dun', 'Dhông' → 'Đông': a name of the Highlands or of the Khmer written in
    Vietnamese letters, said as announcers say it, a first consonant before another with
    'ơ' as the names with an apostrophe are ('K'Ho' → 'Cơ Ho'); None for anything else (an
    English word's cluster is said by the foreign reading: 'Slogan' → 'Xờ lô gan')."""
    if word.isascii():
        return None
    if village := _plei(word):
        return village
    plain = SILENT_FINAL.sub("", word.translate(SHORT_VOWELS))
    plain = FINAL_L.sub(lambda m: "n" if m.group(0) == "l" else "N", _single_vowels(plain))
    if plain[:2] in ("Dh", "dh", "DH", "Đh", "đh"):  # Ê Đê's 'đ' as 'dh': 'Ako Dhông' → 'A cô
        plain = ("Đ" if plain[0] in "DĐ" else "đ") + plain[2:]  # Đông', 'H'Đhăm' → 'Hơ Đăm'
    elif plain[:1] in ("J", "j"):  # Jrai's 'j' is 'gi', the tone kept: 'Tơng Jú' → 'Tơng Giú',
        gi = "G" if plain[0] == "J" else "g"  # 'Kjiêng' → 'Cơ giêng' (round 98: 'Cờ gi eng')
        plain = gi + (plain[1:] if plain[1:2] in ("i", "I") else "i" + plain[1:])
    elif plain[:2] in ("Bh", "bh", "BH"):  # and a plain 'b' as 'bh': 'Y Bhăm' → 'Y Băm'
        plain = plain[0] + plain[2:]
    if plain != word and is_vietnamese_syllable(plain):
        return plain
    if plain.isascii():  # 'Ayŭn' is 'Ayun', a foreign name's syllables
        return transliterate(plain)
    found = FIRST_CONSONANT.match(plain)
    if found is None:
        return None
    rest = plain[found.end() :]
    said = rest if is_vietnamese_syllable(rest) else said_as_highland_name(rest)
    if said is None:
        return None
    onset = {"k": "c", "K": "C"}.get(found["onset"], found["onset"])
    return f"{onset}ơ {said}".lower() if word.isupper() else f"{onset}ơ {said}"


def _plei(word: str) -> str | None:
    """'Pleime' → 'plây me', 'Pleikần' → 'plây cần': a Jrai village ('plei') run together
    with its name, said as the lexicon says 'Pleiku' ('plây cu'; round 98: 'Pờ lây mê')."""
    rest = word[4:]
    if word[:4] != "Plei" or not rest.islower() or not is_vietnamese_syllable(rest):
        return None
    return f"plây {_hard_k(rest)}"


HIGHLAND_BEFORE = re.compile(
    r"(?:(?<![^\W_])(?:ea|êa|y|krông|kông|buôn|cư|chư|ia|đắk|đăk|kon|ama|ami|niê|ksor|rơ|siu"
    r"|nay)\s|(?<![^\W_])[hm]['’]\s?)$"
)
"""The word before a name of the Highlands, lower-cased: a river's or a commune's 'Ea' ('Ea
Kly'), a man's 'Y' and a woman's 'H'' ('Y Mdroh', 'H'Đhăm'), a district's 'Krông', 'Cư', 'Chư',
'Ia', a village's 'Buôn', a father's 'Ama', and the clans' names ('Niê', 'Ksor', 'Rơ'); a
Bahnar district's 'Kông' ('Kông Chro' → 'Kông Chờ ro', not the English 'Cờ rô': round 98)."""
UNENGLISH_CLUSTER = re.compile(r"[KkMmTtHhDdBb](?<![Tt])[^\Waeiouyh\d_]|[Tt][lLnNkK]")
"""Two consonants no English word opens with ('Kly', 'Mdroh', 'Hdơk', 'Tlam', 'Bkrông'): a
name of the Highlands wherever it stands."""
HIGHLAND_PRESYLLABLE = {
    "k": "cờ", "t": "tờ", "m": "mờ", "d": "đờ", "đ": "đờ", "h": "hờ", "b": "bờ", "p": "pờ",
    "g": "gờ", "s": "xờ", "n": "nờ", "l": "lờ", "r": "rờ",
}  # fmt: skip
"""A consonant before another, said with 'ờ' as unmarked clusters are ('Y Tlam' → 'Y Tờ lam',
'Ia Grai' → 'Ia Gờ rai'); a Vietnamese digraph is one ('Khlai' → 'Khờ lai')."""
PRESYLLABLE_ONSET = re.compile(r"(?:kh|th|ph|ch|tr|[ktmdđbpgsnlr])(?=[ktmdđbpgsnlr])")


TAY_NUNG_ONSET = re.compile(r"(?i)(?P<cluster>sl|phj|pj|bj|mj)(?=[^\W\d_])")
"""The first consonants Tày and Nùng writing has and Vietnamese lacks: 'sl' (Sli, Slam,
Slậu), 'j' after a lip consonant (Phja, Pjạc, Bjoóc, Mjạc)."""


def said_as_tay_nung(word: str) -> str | None:
    """'Sli', 'Phja', 'Slam', 'Bjoóc': a syllable of the Tày or Nùng of the north, said as
    written, as its own announcers say it, not spelled ('xờ li') nor cut into a presyllable
    ('Phờ gia'): its first cluster one sound, the rest a Vietnamese rhyme (round 91: every
    reading). None for any other word."""
    found = TAY_NUNG_ONSET.match(word)
    if found is None or not (word[1:].islower() or word.isupper()):
        return None
    stand_in = found["cluster"][:-1]  # the cluster's first consonant: 'sl' as 's', 'phj' 'ph'
    if not is_vietnamese_syllable((stand_in + word[found.end() :]).lower()):
        return None
    return word.lower() if word.isupper() else word


def said_in_highland_letters(word: str, before: str) -> str | None:
    """'Ea Kly' → 'Cờ li', 'Y Mdroh' → 'Mờ đờ ro', 'Ea Ksor' → 'Cờ so': a name of the Highlands
    written without marks, after a word of its own ('Ea', 'Y', 'Krông'…) or with a cluster
    English lacks, said with its letters' Vietnamese values (y 'i', d 'đ', j 'gi', a final h
    or r unsaid, a final l 'n') and a presyllable for each consonant of a cluster, not as an
    English word (round 83: 'Kly' was 'Cờ lai'). None when it makes no syllable."""
    if village := _plei(word):
        return village
    if not (word[:1].isupper() and word[1:].islower()) or not word.isascii():
        return None
    if HIGHLAND_BEFORE.search(before) is None and UNENGLISH_CLUSTER.match(word) is None:
        return None
    rest = FINAL_L.sub("n", SILENT_FINAL.sub("", word.lower()))
    if rest[:2] in ("bh", "dh"):  # Ê Đê's 'b' and 'đ': 'Y Bhin' → 'Y Bin', 'Dhông' → 'Đông'
        rest = ("b" if rest[0] == "b" else "đ") + rest[2:]
    said: list[str] = []
    while (onset := PRESYLLABLE_ONSET.match(rest)) is not None:
        said.append(HIGHLAND_PRESYLLABLE.get(onset[0], f"{onset[0]}ờ"))
        rest = rest[onset.end() :]
    rest = re.sub(r"y(?![aeiou])", "i", rest).replace("j", "gi")
    rest = _hard_k("đ" + rest[1:] if rest[:1] == "d" else rest)
    if not is_vietnamese_syllable(rest):
        return None
    said.append(rest)
    return " ".join(said).capitalize()


def said_as_minority_name(word: str) -> str | None:
    """'Pinăng' → 'Pi năng', 'Katơr' → 'Ka tơ': a Raglai or Cham name written with Vietnamese
    letters, said by the fewest syllables it is made of (a final 'r' or 'h' unsaid, as in
    'Y Biêr'), where cutting it at a loan word ('pin' + 'ăng') found none; None when it is no
    capitalised name or no syllables make it."""
    if not (word[:1].isupper() and word[1:].islower()) or len(word) > 24:
        return None
    plain = SILENT_FINAL.sub("", word)
    best: list[tuple[int, int, list[str]] | None] = [None] * (len(plain) + 1)
    best[len(plain)] = (0, 0, [])
    for start in range(len(plain) - 1, -1, -1):
        for end in range(start + 1, min(len(plain), start + 7) + 1):
            rest, piece = best[end], plain[start:end]
            if rest is None or not is_vietnamese_syllable(piece.lower()):
                continue
            score = (rest[0] + 1, rest[1] + bool(VOWEL.match(piece.lower())), [piece, *rest[2]])
            held = best[start]
            if held is None or score[:2] < held[:2]:
                best[start] = score
    found = best[0]
    if found is None or len(found[2]) < 2:
        return None
    return " ".join(map(_hard_k, found[2]))


def _hard_k(syllable: str) -> str:
    """'Ka' → 'Ca': Vietnamese writes the sound 'c' before a, o, u (and 'k' only before e, i,
    y), as the names' own readings do ('Katê' → 'Ca tê')."""
    vowel = unicodedata.normalize("NFD", syllable[1:2])[:1].lower()
    if syllable[:1] not in "Kk" or vowel not in "aou":
        return syllable
    return ("C" if syllable[0] == "K" else "c") + syllable[1:]


PLAIN_SHAPE = (
    rf"{S_ONSET}(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|k(?=[eiy]|[aou][mn]?(?![a-z]))|[bcdghlmnpqrstvx])?"
    r"(?:(?:oai|oay|oeo|uay|uyu|ieu|yeu|uoi|uou|uya|ai|ao|au|ay|eo|eu|iu|oi|ui|uu|ia)"
    r"|oo(?:ng|c)|(?:uye|ye|ie|uo|ua|oa|oe|ue|uy|[aeiouy])(?:ch|ng|nh|[cmnptk])?)"
)
PLAIN_SYLLABLE = re.compile(f"^{PLAIN_SHAPE}$")
"""A Vietnamese syllable written without its marks ('Nguyen', 'Truong', 'dich'): only the
vowels Vietnamese writes ('ei', 'ey', 'ou', 'ea', 'oe' + 'ng' are foreign: 'Heineken',
'Kong-rey', 'Boeing'), a falling diphthong ends it ('Heung' is Korean), and 'k' comes only
before e, i, y or in the short names of the Highlands ('Kon Tum', 'Ka Tê'; 'Kong' is foreign);
'oo' only before ng or c ('xoong', 'soóc'; 'Moon' is foreign)."""


@lru_cache(maxsize=1 << 16)
def is_vietnamese_syllable(word: str) -> bool:
    if len(word) > 8:
        return False
    if word.isascii():
        return bool(PLAIN_SYLLABLE.match(word.lower()))
    shape = HIGHLAND_ONSET.sub("", _without_tones(word))
    return bool(SYLLABLE.match(shape)) and not FOREIGN_MARKED_RUN.search(shape)


@lru_cache(maxsize=1 << 16)
def plain(word: str) -> str:
    """'Đồng' → 'dong': a word as web addresses write it."""
    folded = unicodedata.normalize("NFD", word.lower().replace("đ", "d"))
    return "".join(c for c in folded if not unicodedata.combining(c))


# ----- giving back the marks ----------
LONGEST_PHRASE = 4
WORDS = re.compile(r"[^\W\d_]+")


ALONE = 1000
"""The weight of a text of one word: 'phong' alone is the name's ('Yên Phong'), though phrases
write 'phòng' more often ('phòng chống thiên tai')."""


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
            if len(words) == 1 == shortest:  # a word given alone says its marks, over phrases
                counts[tuple(words)] += ALONE
                continue
            for n in range(shortest, LONGEST_PHRASE + 1):
                for i in range(len(words) - n + 1):
                    counts[tuple(words[i : i + n])] += 1
        best: dict[tuple[str, ...], tuple[int, tuple[str, ...]]] = {}
        self.two_ways: set[tuple[str, ...]] = set()
        """Words alone that the texts mark two ways ('gia': 'gia' and 'giá') and none gives
        alone: no sure marks for a name's syllable (`restore`)."""
        for phrase, count in counts.items():
            key = tuple(plain(w) for w in phrase)
            if len(key) == 1 and key in best:
                self.two_ways.add(key)
            if key not in best or count > best[key][0]:
                best[key] = (count, phrase)
        self.phrases = {key: phrase for key, (_count, phrase) in best.items()}
        self.two_ways -= {key for key, (count, _phrase) in best.items() if count >= ALONE}

    def lookup(self, key: tuple[str, ...]) -> tuple[str, ...] | None:
        return self.phrases.get(key)


class PlaceNames(Accents):
    """The marks of the country's places' names written without them, a whole name of two
    words or more at a time ('tien lang' → 'tiên lãng', not the words' commonest marks
    'tiền lạng': blind round 97); a name that two places mark two ways ('an phu': 'An Phú',
    'Ân Phú') is none, no guess. `joined` holds the names with a word no Vietnamese syllable
    ('Chư Prông', 'Ia Grai', 'Kông Chro'), run together as an address writes them: no cut
    into syllables finds them ('chuprong' was 'chup rộng')."""

    def __init__(self, names: Iterable[str]) -> None:
        marks: dict[tuple[str, ...], set[tuple[str, ...]]] = {}
        self.joined: dict[str, str] = {}
        for name in names:
            words = tuple(WORDS.findall(name.lower()))
            key = tuple(map(plain, words))
            if len(words) > 1:
                marks.setdefault(key, set()).add(words)
            if not all(map(is_vietnamese_syllable, key)):
                self.joined["".join(key)] = name
        self.phrases = {key: found.pop() for key, found in marks.items() if len(found) == 1}
        self.two_ways = set()
        self.longest = max(map(len, self.joined), default=0)
        self.unsyllabic = frozenset(
            word
            for name in self.joined.values()
            for word in WORDS.findall(name)
            if not is_vietnamese_syllable(plain(word))
        )
        """The words of the names no Vietnamese syllable ('Ea', 'Kar', 'Grai'): a place's own,
        said as the Highlands' names are, not a foreign word to report."""
        self.run_together = {"".join(key): key for key in self.phrases}
        """Every name of two words or more one way marked, under its letters run together
        ('phunghiep' → ('phung', 'hiep')): an address's cut into the fewest syllables may
        split it elsewhere ('phu nghiep')."""


NAMED_AFTER = frozenset({"xã", "phường", "huyện", "trấn"})
"""Words of an address after which its syllables name a commune or a district (a village's
name is more often a common word: 'thonbac' is 'thôn bắc', round 88)."""


class TextAccents:
    """The marks that one text gives its words, looked up in the text itself: cheaper than
    keeping every run of a notice that may hold one address."""

    two_ways: frozenset[tuple[str, ...]] = frozenset()  # the notice's own marks are sure

    def __init__(self, text: str) -> None:
        self.words = list(map(str.lower, WORDS.findall(ADDRESSES.sub(" ", text))))
        self.plain = list(map(plain, self.words))
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
ADDRESSES = re.compile(r"(?<!\S)\S*\w[.@/]\w\S*")
"""Addresses, which write their words without marks: the text's own 'hue.gov.vn' says
nothing of the marks of 'hue' (but 'Ông Vinh' says that 'vinh' has none). Each match starts
where a token does: without the look-behind, every character of a token without an address
scanned to the token's end again."""


class MarkSource(Protocol):
    """What `restore` asks a source of marks: a run's marked form, and the words it marks two
    ways."""

    @property
    def two_ways(self) -> Collection[tuple[str, ...]]: ...

    def lookup(self, key: tuple[str, ...]) -> tuple[str, ...] | None: ...


def restore(syllables: list[str], sources: Sequence[MarkSource], named: bool = False) -> list[str]:
    """The same syllables with their marks where some source knows them, as written where none
    does: cut into the fewest runs a source knows, then the runs of the surest sources (the
    sources in order), then the longest run first; not the longest run from the left, which
    took 'hoi tu' (hội tụ) from 'hoituthien' and left 'thien' to its commonest marks ('hội tụ
    thiên', not 'hội từ thiện'). After a place's word ('xã', or `named` from the start) the
    syllables are a name's: a word alone that a source marks two ways is not guessed
    ('xavinhgia' was 'xã vĩnh giá', another commune: blind round 94 judged it sai; without
    marks it is only odd)."""
    Best = tuple[int, int, tuple[int, ...], list[str]]
    # best[i][named]: the cheapest marks of syllables[:i], and whether a place's word was read
    best: list[dict[bool, Best]] = [{} for _ in range(len(syllables) + 1)]
    best[0][named] = (0, 0, (), [])
    for i in range(len(syllables)):
        for was_named, (runs, ranks, lengths, out) in best[i].items():
            for n in range(min(LONGEST_PHRASE, len(syllables) - i), 0, -1):
                key = tuple(s.lower() for s in syllables[i : i + n])
                rank, found = _first_marks(key, sources, was_named and n == 1)
                if not found and n > 1:
                    continue
                said = list(found) if found else [syllables[i]]
                now_named = was_named or bool(found and found[-1] in NAMED_AFTER)
                score = (runs + 1, ranks + rank, (*lengths, -n))
                held = best[i + n].get(now_named)
                if held is None or score < held[:3]:
                    best[i + n][now_named] = (*score, out + said)
    return min(best[-1].values(), key=lambda b: b[:3])[3]


def _first_marks(
    key: tuple[str, ...], sources: Sequence[MarkSource], sure_only: bool
) -> tuple[int, tuple[str, ...] | None]:
    """The first source's marks of `key` and that source's place; past the sources and None
    when none marks it (`sure_only`: not a source that marks the word two ways)."""
    for rank, source in enumerate(sources):
        if not (sure_only and key in source.two_ways) and (found := source.lookup(key)):
            return rank, found
    return len(sources), None


# ----- foreign words ----------
ONSETS = {
    "ch": "ch", "sh": "s", "th": "th", "ph": "ph", "kh": "kh", "gh": "gh", "ng": "ng",
    "nh": "nh", "ny": "nh", "tr": "tr", "qu": "qu", "ts": "x", "bh": "b", "dh": "đ", "b": "b",
    "c": "c", "d": "đ", "f": "ph", "g": "g", "h": "h", "j": "gi", "k": "c", "l": "l", "m": "m",
    "n": "n", "p": "p", "q": "qu", "r": "r", "s": "x", "t": "t", "v": "v", "w": "u", "x": "x",
    "y": "d", "z": "d",
}  # fmt: skip
"""A foreign onset as Vietnamese writes the sound ('Yagi' → 'Da ghi', 'Wipha' → 'Uy pha'); the
'h' of 'bh' and 'dh' is not heard ('Bhin' → 'Bin', 'Gandhi' → 'Gan đi', as the lexicon's
'Bhutan', 'Abu Dhabi')."""
NUCLEI = {
    "ai": "ai", "ao": "ao", "au": "au", "ay": "ay", "ei": "ây", "ey": "ây", "eu": "êu",
    "oi": "ôi", "oy": "ôi", "ou": "u", "oo": "u", "ee": "i", "ua": "ua", "ue": "uê",
    "ui": "ui", "uo": "uô", "ia": "ia", "iu": "iu", "ây": "ây", "a": "a", "e": "ê", "i": "i",
    "o": "ô", "u": "u", "y": "i", "ê": "ê", "ô": "ô", "ơ": "ơ", "ư": "ư", "ă": "ă",
    "ë": "ec", "ä": "ac", "ö": "ooc", "ɛ": "e", "ï": "i", "ɔ": "o", "oa": "oa", "iê": "iê",
    "uô": "uô", "ǐ": "ị",
}  # fmt: skip
"""Foreign vowels said the Vietnamese way: 'o' is 'ô' and 'e' 'ê' ('Noru' → 'Nô ru'), but a
closed 'e' is 'e' ('Messi' → 'Mét xi'); ê, ô, ơ, ư, ă, ây come from the spelling rules, and
four marks of theirs: ë an 'er' said 'éc' ('Mercedes'), ɛ an 'air' said 'e' ('Airbus'), ï a
'y' said 'i' that forms no diphthong ('Libya' → 'Li bi a'), ǐ the heavy 'ị' of '-age'
('Heritage' → 'Hê ri tịch')."""
CODAS = {
    "ng": "ng", "nh": "nh", "nk": "ng", "nd": "n", "nt": "n", "ns": "n", "ck": "c", "ch": "ch",
    "m": "m", "n": "n", "p": "p", "b": "p", "t": "t", "d": "t", "c": "c", "k": "c", "g": "c",
    "x": "c", "s": "t", "z": "t", "f": "p", "v": "p", "l": "n", "r": "", "h": "",
}  # fmt: skip
"""Foreign final consonants as a Vietnamese syllable can end ('Matmo' → 'Mát mô')."""
VOWELS = "aeiouêôơâưăëäöɛïɔǐ"
FOREIGN_RUNS = re.compile(
    rf"(?P<v>[{VOWELS}]+(?:y(?![{VOWELS}]))?|y(?![{VOWELS}]))|(?:[^{VOWELS}y]|y(?=[{VOWELS}]))+"
)
"""Runs of vowels and of consonants; 'y' before a vowel is a consonant ('Yagi', 'Haiyan')."""
STOPS = ("p", "t", "c", "ch")
LOOSE = re.compile(r"[cpstk]h|.")
"""Consonants before the first vowel that no onset holds, each said with 'ờ', a digraph as one
('Phnom' → 'Phờ nôm')."""
ACUTE = "\u0301"
TONES = frozenset("\u0300\u0301\u0303\u0309\u0323")
SILENT_E = re.compile(
    r"(?<![aeiou])(?P<vowel>[aeiouy])(?P<consonant>[bcdfgklmnprstvz])(?:e|(?<![cgsz])es)$"
)


def _silent_e(m: re.Match[str]) -> str:
    """A final 'e' after one consonant is silent and lengthens the vowel before it, as
    announcers say English and drug names: 'drone' → 'đờ rôn', 'Albendazole' → '… đa dôn',
    'fake' → 'phây', 'game' → 'ghêm', 'like' → 'lai', 'Iodine' → 'I ô đin'."""
    vowel, consonant = m["vowel"], m["consonant"]
    one_syllable = not re.search(f"[{VOWELS}y]", m.string[: m.start()])
    if vowel == "e":  # 'Pete' → 'Pít', 'Steve'; in a longer word the e is said ('Irene')
        return "i" + consonant if one_syllable else m.group(0)
    if vowel == "a":
        if consonant in "mn":
            return "ê" + consonant
        if consonant == "r":
            return "e"
        if consonant in "tdp" and one_syllable:  # 'Gates' → 'Ghết', 'Cape' → 'Kếp'
            return "ê" + consonant
        return ("a" if consonant == "t" and not one_syllable else "ây") + consonant
    if vowel in "iy":  # 'fire', 'like' → 'ai'; the chemists' '-ine', '-ide', '-yte' → 'i'
        return ("i" if consonant in "ndtm" and not one_syllable else "ai") + consonant
    return {"o": "ô", "u": "u"}[vowel] + consonant


def _final_ia(m: re.Match[str]) -> str:
    """A final 'ia' after a syllable is two, as Vietnamese writes foreign names
    ('California' → 'Ca li phoóc ni a', 'Ma-lai-xi-a'); alone it is one ('Kia')."""
    return "ïa" if re.search("[aeiouy]", m.string[: m.start() - 1]) else m.group(0)


def _final_ify(m: re.Match[str]) -> str:
    """The English verb ending '-ify' after a syllable is 'i phai' ('Spotify' → 'Xờ pô ti
    phai'); a name's 'iffy' is 'i phi' ('Tiffy')."""
    return "fai" if re.search("[aeiouy]", m.string[: m.start() - 1]) else m.group(0)


def _final_age(m: re.Match[str]) -> str:
    """An unstressed final '-age' after a syllable is 'ịch', as announcers say it
    ('Heritage' → 'Hê ri tịch', 'village' → 'vi lịch', 'Image' → 'I mịch'); a word of one
    syllable keeps its vowel ('Stage'), and so does 'page' ('webpage' → 'oép pây')."""
    return "ǐch" if re.search("[aeiouy]", m.string[: m.start() - 1]) else m.group(0)


def _final_ey(m: re.Match[str]) -> str:
    """A final 'ey' after a syllable is 'i' ('Sydney' → 'Xít ni'); alone it is 'ây' ('rey')."""
    return "i" if re.search("[aeiouy]", m.string[: m.start()]) else m.group(0)


Spelling = tuple[re.Pattern[str], str | Callable[[re.Match[str]], str]]
DOUBLED: Spelling = (re.compile(r"(ll|rr|ff|zz|hh|aa)|([^eo])\2$"), lambda m: (m[1] or m[2])[0])
ENGLISH_SPELLINGS: tuple[Spelling, ...] = (
    (re.compile(r"o(?=(?:nn|mm)$)"), "ɔ"),  # 'Foxconn' → 'Phốc con', 'Qualcomm' → 'Quan com'
    (re.compile(r"^com(?=[bp])"), "cɔm"),  # 'compost' → 'com pốt', as 'com pa', 'com bô'
    (re.compile(r"(?<=\w)ville$"), "vin"),  # French: 'Sihanoukville' → '… núc vin'
    (re.compile(r"(?:elle|ette)$"), lambda m: m[0][:2]),  # French: 'Michelle', 'Juliette'
    DOUBLED,
    (re.compile(r"^(?P<onset>[^aeiouy]+)e[ae]s?$"), r"\g<onset>i"),  # 'Sea', 'Seas', 'Fees'
    # 'Sky', 'Fly', 'Try' → 'ai' (not the Vietnamese names 'My', 'Vy', 'Thy')
    (re.compile(r"^(?P<onset>[bcdfgkpst][lr]|s[cklpt]|sh|wh)y$"), r"\g<onset>ai"),
    (re.compile(r"(?:(?<=[aeiouy])|(?<=[aeiouy][^aeiouy]))ture$"), "chơ"),  # 'Culture', 'Nature'
    # 'Centre', 'Theatre' → 'Xen tơ' (not the Vietnamese 'tre' of 'tuoitre.vn')
    (re.compile(r"(?:(?<=[^aeiouy])|(?<=ea))tre$"), "tơ"),
    (re.compile(r"or(?=ms?$)"), "ɔ"),  # 'Form', 'Platform', 'Uniform' → 'phom'
    # an open 'i' before one consonant and '-er' is 'ai': 'Spider' → 'Xpai đơ' (round 97:
    # 'Xpi đơ'), 'Tiger', 'Rider', 'Slider', 'Biker', 'Sniper', 'Timer', 'Liner'; 'River',
    # 'Liver', 'Giver' keep their 'i' ('v' is left out: 'Driver', 'Diver' are the lexicon's)
    (re.compile(r"^(?P<onset>[^aeiouy]+)i(?=[bdgkptlmnz]ers?$)"), r"\g<onset>ai"),
    (re.compile(r"q(?!u)"), "k"),  # a q without its u: 'Uniqlo' → 'cờ lô', 'Qantas'
    (re.compile(r"dj"), "j"),  # 'Djokovic' → 'Giô cô vích', 'Djibouti'
    (re.compile(r"sch$"), "s"),  # German: 'Bosch' → 'Bốt'
    (re.compile(r"sch(?=ool|ol[aeiu])"), "sk"),  # English: 'eSchool' → 'i xờ cun', 'Scholar'
    (re.compile(r"^([mn])(?=[bdfjklpqstvwz])"), r"e\1"),  # 'Nvidia' → 'En vi', 'Mbappe' → 'Em'
    (re.compile(r"(?<=[^aeiouy])oe$"), "ô"),  # 'Joe', 'Monroe'
    (re.compile(r"(?<=[^aeiouy])iy$"), "i"),  # 'Abiy' → 'A bi'
    (re.compile(r"g?gi(?=[aou])"), "j"),  # Italian: 'Giorgia' → 'Gioóc gia', 'Giovanni'
    (re.compile(r"(?<=[gk])w(?=[aeiou])"), "u"),  # 'Gwangju' → 'Goang giu', 'Kwame'
    (re.compile(r"(?<=(?<![cstwz])[gh])ua"), "oa"),  # 'Guatemala', 'Nicaragua', 'Huang'
    (re.compile(r"(?<=[^aeiouy])iang"), "iêng"),  # 'Chiang Mai' → 'Chiêng', 'Jiangsu'
    (re.compile(r"qu(?=[aeioy])"), "q"),  # 'Paraquat': the u belongs to the q
    (re.compile(r"^wh"), "w"),  # 'WhatsApp'
    (re.compile(r"eaux?"), "ô"),  # 'Trudeau', 'Bordeaux'
    (re.compile(r"(?<=[^aeiouy])ie$"), "i"),  # 'Lavie', 'Brownie', 'Cookie'
    (re.compile(r"(?<=[^aeiouy])ein$"), "êin"),  # 'Codein', 'Protein' → 'tê in'
    (re.compile(r"(?<=\w)ford$"), "fơd"),  # 'Rashford', 'Oxford' → 'phớt'
    (re.compile(r"gen(?=s?$)"), "jen"),  # 'Decolgen', 'Collagen', 'Antigen'
    (re.compile(r"(?<=[^aeiouy])ia$"), _final_ia),  # 'California' → '… ni a' (not 'Kia')
    (re.compile(r"(?<=[^aeiouy])ium$"), "ïum"),  # Latin: 'Clostridium' → 'tri đi um', 'Premium'
    (re.compile(r"ch(?=[lr])"), "k"),  # 'Chlorine', 'Chrome', 'Butachlor': the Greek ch is k
    (re.compile(r"(?<=[ckf])lor"), "lɔr"),  # the chemists' clo, flo: 'Butachlor' → 'cờ lo'
    (re.compile(r"(?<![aeiouy])eth(?=[aeiouy])"), "et"),  # 'Methanol', 'Ethanol' → 'Ê ta nôn'
    (re.compile(r"(?:^|(?<=[aeiouy]))rh(?=[aeiouy])"), "r"),  # 'Rhodamine' (not 'Chlorhexidine')
    (re.compile(r"air(?![aeiou])"), "ɛ"),  # 'Airbus', 'Airblade'
    (re.compile(r"(?<=[^aeiouy])ey$"), _final_ey),  # 'Sydney', 'Disney' (not 'Kong-rey')
    (re.compile(r"(?<=[^aeiouyp])age$"), _final_age),  # 'Heritage' (not 'Stage', 'fanpage')
    (SILENT_E, _silent_e),
    (re.compile(r"(?<=[aeiou])x(?=[aeiouyêô])"), "cx"),  # 'Cefalexin' → 'léc xin', 'Texas'
    (re.compile(r"thr"), "tr"),  # 'Cypermethrin', 'Three'
    (re.compile(r"c(?=[eiyï])"), "x"),  # 'Amoxicillin', 'Validamycin': a soft c
    (re.compile(r"^g(?=[ey])"), "j"),  # 'Gemini', 'Gentamicin': a soft g (not 'Megi', 'Yagi')
    (re.compile(r"ng(?=[ey])"), "nj"),  # 'Ranger', 'Messenger', 'Angela'
    (re.compile(r"(?<=[aeiou])ng(?=[aiou])"), "ngg"),  # 'Duolingo' → 'linh gô', 'Congo'
    (re.compile(r"(?<=[^aeiou])ayer(?=s?$)"), "aiơ"),  # 'Bayer' → 'Bai ơ'
    (re.compile(r"ers?$"), "ơ"),  # 'Super', 'Inter', 'Scanner', 'Sanders' → 'Xan đơ'
    (
        re.compile(rf"(?<=[aeiouy])(?P<consonants>[^{VOWELS}y]+)[eiu]r(?=[^{VOWELS}y])"),
        r"\g<consonants>ơ",
    ),
    (re.compile(rf"^(?P<onset>[^{VOWELS}y]+)er(?=[^{VOWELS}y])"), r"\g<onset>ë"),  # 'Jerome'
    (re.compile(rf"^er(?=[^{VOWELS}y])"), "ơ"),  # 'Erling'
    (re.compile(r"^(?P<onset>[^aeiouy]+)ur(?=[^aeiouy]+$)"), r"\g<onset>uô"),  # 'Turk' → 'Tuốc'
    (re.compile(r"arl$"), "ä"),  # 'Karl', 'Carl' → 'Các'
    (re.compile(r"(?<=[^aeiouy])ir$"), "ia"),  # 'Vladimir' → '… mia', 'Molnupiravir' → '… via'
    # 'Barcelona', 'Arsenal' (not the English 'Star' after two consonants)
    (re.compile(r"(?:^|(?<=[^aeiouy]))(?<![^aeiouy]{2})ar(?=[^aeiouyrï][aeiouyï])"), "ä"),
    (re.compile(r"(?<=[^aeiouyl])or(?=[^aeiouyrï][aeiouyï])"), "ö"),  # 'Metformin' → 'phoóc'
    (re.compile(r"eil+e?s?$"), "ây"),  # French: 'Marseille' → 'Mác xây'
    (re.compile(r"ire(?=[^aeiouy])"), "aiơ"),  # 'Firefox' → 'Phai ơ phốc'
    (re.compile(r"a(?=ck)"), "ă"),
    (re.compile(r"(?<=[aeiou])(ng?)(?=h[aeiu])"), r"\1·"),  # 'Tottenham', 'Bellingham'
    (re.compile(r"ia(?=[^aeiouyïêôơ]+[aeiouyïêôơ])"), "ïa"),  # 'Thiamethoxam' → 'Thi a', 'Diana'
    (re.compile(r"(?<=i)fy$"), _final_ify),  # 'Spotify', 'Shopify' (not 'Tiffy')
    # 'Jack' → 'Giắc', 'Barack' → 'Ba rắc'
    (re.compile(r"(?<=\w[stx])on$"), "ơn"),  # 'Washington', 'Johnson', 'Boston'
    (re.compile(r"(?<=[aeiou])ts(?=[aeiou])"), "tx"),  # 'Mitsubishi' → 'Mít xu', 'WhatsApp'
    (re.compile(r"(?<=[^aeiouy])y(?=[aeiou])"), "ï"),  # 'Kyoto', 'Myanmar', 'Kenya'
    (re.compile(r"ew(?![aeiou])"), "iu"),  # 'Newcastle'
    (re.compile(r"ea(?=[^aeiou])"), "i"),  # 'Teams', 'Deal'
    (re.compile(r"(?:ss|sh|t|s)ion(?=s?$)"), "sơn"),  # 'Fashion', 'Action'
    (re.compile(r"ows?$"), "ô"),  # 'show', 'Windows'
    (re.compile(r"ow(?![aeiou])"), "ao"),  # 'down'
    (re.compile(rf"(?<![aeiou])ay(?![{VOWELS}y])"), "ây"),  # 'Play', 'Taylor' (not 'Bayer')
)
"""Spellings of English (and of the Latin of drug names) said as announcers say them,
applied to the lower-cased word before it is cut into syllables. A doubled consonant between
vowels is said twice, closing one syllable and opening the next ('Messi' → 'Mét xi',
'Tennis' → 'Ten nít'); a doubled l, r, f or z, or one at the end, is said once."""


def with_acute(syllable: str) -> str:
    """A syllable closed by p, t, c or ch takes a tone in Vietnamese: the rising one
    ('mat' → 'mát'), on the last vowel before the coda."""
    if TONES.intersection(unicodedata.normalize("NFD", syllable)):
        return syllable  # its tone is given: '-age' is 'ịch'
    vowels = [i for i, c in enumerate(syllable) if c in "aăâeêioôơuưy"]
    i = vowels[-1]
    marked = unicodedata.normalize("NFD", syllable[i]) + ACUTE
    return syllable[:i] + unicodedata.normalize("NFC", marked) + syllable[i + 1 :]


def _onset(written: str, nucleus: str) -> str:
    """The Vietnamese spelling of an onset before a vowel: 'k' is 'c' before a, o, u and
    'k' before e, i; 'g' is 'gh' before e, i; 'w' + vowel is 'o'/'u' + vowel."""
    sound = ONSETS[written]
    front = nucleus[:1] in "eêiyị"
    if sound == "c" and front:
        return "k"
    if sound == "g" and front:
        return "gh"
    if sound == "ng" and front:
        return "ngh"
    if written == "w":
        return "o" if nucleus[:1] == "a" or nucleus[:1] == "ê" else "u"
    return sound


def _nuclei(vowels: str, closed: bool = False) -> list[str]:
    """'ae' → ['a', 'e']: a run of vowels as the fewest known nuclei, longest first; a
    closed 'ia' is two ('Subianto' → 'bi an': Vietnamese writes no 'ian')."""
    out, i = [], 0
    while i < len(vowels):
        pair = vowels[i : i + 2]
        last = i + 2 == len(vowels)
        size = 2 if pair in NUCLEI and not (closed and pair == "ia" and last) else 1
        if pair == "uo" and not (closed and last):  # 'Duolingo' → 'Đu ô': no open 'uô'
            size = 1
        if pair == "ue" and closed and last:  # 'Emmanuel' → 'Em ma nu en'
            size = 1
        if len(vowels) - i == 3 and vowels[i + 1 :] in FALLING:  # 'Xiaomi' → 'Xi ao mi'
            size = 1
        out.append(vowels[i : i + size])
        i += size
    return out


FALLING = ("ai", "ao", "au", "oi", "ui", "iu")
"""Vowels that end a syllable, which take the one before them as a syllable of its own."""


def _split_cluster(cluster: str) -> tuple[str, str]:
    """Consonants between two vowels: the longest onset the next syllable can take goes to
    it, the rest closes the syllable before ('Matmo' → 'mat-mo', 'Wipha' → 'wi-pha'); a
    consonant and l or r open the next one together ('Tamiflu' → 'ta-mi-flu')."""
    if BREAK in cluster:  # 'Tottenham' → 'ten ham', 'Bellingham' → 'linh ham'
        closing, opening = cluster.split(BREAK, 1)
        return closing, opening
    if LIQUID_CLUSTER.search(cluster) and cluster[-3:-1] not in ONE_SOUND:  # 'Lingling': ng-l
        return cluster[:-2], cluster[-2:]
    found = S_CLUSTER.search(cluster)
    if found and len(cluster) > 2:  # 'Instagram' → 'In xờ ta gờ ram', 'Boostrix' → 'Bu xờ trích'
        return cluster[: found.start()], cluster[found.start() :]
    for size in (2, 1):
        if len(cluster) >= size and cluster[-size:] in ONSETS:
            return cluster[:-size], cluster[-size:]
    return cluster, ""


S_CLUSTER = re.compile(r"s(?:[ptkc]|tr|pr|cr|kr|pl|cl)$")
"""An s before a stop, after another consonant, is said with 'ờ' ('Amsterdam', 'Monster')."""
BREAK = "·"
"""A syllable break the spelling rules put between two consonants that Vietnamese would
read as one onset ('Tottenham': n·h, not 'nh')."""
ONE_SOUND = ("ng", "nh", "ch", "ck")
"""Two letters of one final sound, which keep the consonant after them ('Lingling' → 'Linh
linh'); after others a consonant and l or r go together ('Narendra' → 'Na ren đờ ra')."""
LIQUID_CLUSTER = re.compile(r"[bcdfgkp][lr]$")
"""'fl', 'cr', 'pl'…: said with 'ờ' between ('Microsoft' → 'Mi cờ rô', 'Tamiflu' → 'Ta mi
phờ lu'); 'tr' is a Vietnamese onset, and 'tl' opens no English syllable ('Atletico' →
'Át lê')."""


def _coda(cluster: str) -> str:
    """The one final consonant a Vietnamese syllable keeps of a foreign cluster: a nasal (l
    is said n) over a stop, r, s and h dropped: 'Donald' → 'Đô nan', 'Trump' → 'Trum',
    'Postmart' → 'Pốt mát', 'Swift' → 'Xuýp'."""
    if cluster in CODAS or cluster[:2] in CODAS:
        return CODAS.get(cluster, CODAS.get(cluster[:2], ""))
    for wanted in ("mnl", "".join(c for c in CODAS if len(c) == 1 and c not in "rsh")):
        found = next((c for c in cluster if c in wanted), None)
        if found:
            return CODAS[found]
    return CODAS.get(cluster[0], "")


def _read_foreign(word: str) -> list[str]:
    """'kajiki' → ['ca', 'gi', 'ki']; consonants before the first vowel that no onset can
    hold are said on their own with 'ờ' ('krathon' → ['cờ', 'ra', 'thôn']), a first 's' before
    a consonant too ('Store' → 'xờ to', 'Stay' → 'xờ tây': blind rounds 109-110 judged 'xtây',
    which no Vietnamese syllable is, wrong; the announcers said 'xờ')."""
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
            out += [ONSETS[c] + "ờ" for c in LOOSE.findall(loose) if c in ONSETS]
        while len(onset) > 1 and onset not in ONSETS:  # 'fl' in 'Tamiflu', 'str' in 'Boostrix'
            out.append(ONSETS[onset[0]] + "ờ")
            onset = onset[1:]
        last = i + 2 >= len(runs)
        coda, next_onset = (after, "") if last else _split_cluster(after)
        nuclei = _nuclei("i" if run == "y" else run, closed=bool(_coda(coda)) if coda else False)
        for j, written in enumerate(nuclei):
            final = _coda(coda) if coda and j == len(nuclei) - 1 else ""
            nucleus = NUCLEI[written]
            if written == "e" and final and coda != "x":
                nucleus = "e"  # a closed e: 'Messi' → 'Mét xi' ('Forex' → 'rếch' keeps ê)
            said = _syllable(onset if j == 0 else "", nucleus, final)
            out.append(said)
        onset = next_onset
    return out


def _syllable(written_onset: str, nucleus: str, coda: str) -> str:
    onset = _onset(written_onset, nucleus) if written_onset else ""
    if onset == "u" and nucleus == "ô" and coda:  # 'Word' → 'Uốt'
        onset, nucleus = "", "uô"
    if onset in ("o", "u"):  # 'wa' → 'oa', 'we' → 'oe', 'wi' → 'uy', 'wu' → 'u'
        nucleus = {"ê": "e", "i": "y"}.get(nucleus, nucleus)
        onset = "" if nucleus.startswith(("u", "ô")) else onset
    if len(nucleus) > 1 and nucleus[-1] in "iuyo":  # 'ai', 'au' end the syllable: 'Omais'
        coda = ""
    if coda == "c" and nucleus in ("i", "ê"):
        coda = "ch"
    if coda == "ng" and nucleus in ("i", "ê"):
        coda = "nh"
    if onset == "gi" and nucleus.startswith("i"):  # 'ji' → 'gi'
        nucleus = nucleus[1:]
    if nucleus in ("ec", "ac", "ooc"):  # 'Mercedes' → 'Méc', 'Barcelona' → 'Bác'
        nucleus, coda = nucleus[:-1], "c"
    syllable = onset + nucleus + coda
    return with_acute(syllable) if coda in STOPS else syllable


VIETNAMESE_MARKS = re.compile("[đĐ\u031b\u0309\u0323\u0306]")
"""The horn (ơ, ư), the hook above, the dot below, the breve and đ: a word that has one is
Vietnamese, never a foreign name to say in Vietnamese syllables."""


def said_unmarked(word: str) -> str | None:
    """'Sene Đolta' → 'Đôn ta': a foreign name written with a Vietnamese letter or mark that
    no cut into Vietnamese syllables reads (a Khmer festival's, 'Đolta', 'Đôlta') is said as
    the same name without them is, in syllables; never spelled letter by letter (blind round
    94: 'đê ô e lờ tê a', sai)."""
    undotted = word.replace("đ", "d").replace("Đ", "D")
    if undotted.isascii():  # 'Đolta': a foreign spelling but for its 'đ', said as one
        return transliterate(undotted)
    closed = INNER_L.sub("n", word)  # 'Đơlxa' → 'Đơnxa': its syllables, marks kept
    if closed != word and (said := said_as_minority_name(closed)) is not None:
        return said
    plain = "".join(
        c for c in unicodedata.normalize("NFD", undotted) if not unicodedata.combining(c)
    )
    return transliterate(plain) if plain.isascii() else None


NATIVE_ONSETS = {"Z": "D", "z": "d", "F": "Ph", "f": "ph", "J": "Gi", "j": "gi"}
FOREIGN_ONSET = re.compile(r"^[ZzFfJj](?=[^\W\d_])")
"""A minority's name written with a letter Vietnamese lacks but its marks ('Zèng' the Tà Ôi
cloth, 'Fàng'): the letter said as the sound Vietnamese writes for it, the marks as written."""


def said_with_native_onset(word: str) -> str | None:
    """'dệt Zèng' → 'Dèng', 'bản Fàng' → 'Phàng': a syllable written with a minority's letter
    and Vietnamese marks, its tone kept (blind round 95: 'deng', sai for both judges)."""
    if word.isascii() or FOREIGN_ONSET.match(word) is None:
        return None
    native = NATIVE_ONSETS[word[0]] + word[1:]
    return native if is_vietnamese_syllable(native.lower()) else None


INNER_L = re.compile(r"(?<=[^\W\d_])l(?=[bcdđghklmnpqrstvx])")
"""An 'l' that closes a syllable inside a name ('Đôlta', 'Chơlđam'): said 'n', as a final
one is (FINAL_L)."""


def has_vietnamese_marks(word: str) -> bool:
    return VIETNAMESE_MARKS.search(unicodedata.normalize("NFD", word)) is not None


def tones_apart(said: str, other: str) -> bool:
    """Do two readings differ only in their tones ('Bà ni', 'Ba ni'; not 'An tó ni o', 'An
    tô ni ô')?"""
    return _without_tones(said) == _without_tones(other)


def _foreign_letters(word: str) -> str | None:
    """'António' → 'Antonio', 'Müller' → 'Muller': a foreign name's accents dropped (the
    announcer says them as plain letters); None for a word with Vietnamese marks."""
    decomposed = unicodedata.normalize("NFD", word)
    if VIETNAMESE_MARKS.search(decomposed):
        return None
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return plain if plain.isascii() else None


KOREAN = re.compile(
    r"(?:(?:kk|tt|pp|ss|jj|ch|[kgndtrlmbpsjh])?"
    r"(?:yeo|yae|ye|ya|yo|yu|wae|wa|wo|we|wi|oe|ui|eo|eu|ae|[aeiou])(?:ng|[knlmpt])?)+"
)
"""A word made of romanised Korean syllables ('Seoul', 'Heung', 'Jeong')."""


KOREAN_EO = re.compile(r"(?<=[sjyhg])eo(?=ng|[nkmplt])|(?<=ch)eo(?=ng|[nkmplt])")
"""A closed Korean 'eo' after the onsets that carry it ('Jeong', 'Incheon', 'Yeon'; not
'Leon', 'Oreo', 'Galileo')."""
KOREAN_EU = re.compile(r"eu(?=ng|[nklm])")
"""A closed Korean 'eu' ('Heung', 'Eun'; not 'Europe')."""
KOREAN_AE = re.compile(r"ae(?=[^aeiou][aeiou])")
"""A Korean 'ae' before a syllable ('Daegu' → 'Đe gu'; not 'Michael'); a final one is not told
from the Japanese ('Nalgae' → 'Nan ga ê' as 'Sanae' → 'Xa na ê')."""


def _korean(spelled: str, given_name: bool) -> str:
    """Korean 'eo' is 'ơ', 'eu' 'ư', as the Vietnamese press writes them ('Jeong' → 'Giơng',
    'Heung-min' → 'Hưng min'), in a word only Korean syllables make up; in a hyphened given
    name every 'eo' is, and 'ae' is 'e' ('Hang-seo' → 'Hang xơ', 'Jae-in' → 'Giê in')."""
    if not KOREAN.fullmatch(spelled):
        return spelled
    if given_name:
        return spelled.replace("eo", "ơ").replace("eu", "ư").replace("ae", "e")
    return KOREAN_EO.sub("ơ", KOREAN_EU.sub("ư", KOREAN_AE.sub("e", spelled)))


COARSE = {"đếch": "đéc", "đéo": "đeo", "địt": "đít", "lồn": "lôn", "buồi": "buôi", "cặc": "cắc"}
"""Coarse Vietnamese words a foreign syllable may come out as, and the nearest neutral one an
announcer says instead ('Codex' → 'Cô đéc', not 'Cô đếch': round 83's editors heard 'in đếch'
for 'INDEX' and judged it wrong)."""


@lru_cache(maxsize=1 << 14)
def transliterate(word: str) -> str | None:
    """A foreign word said in Vietnamese syllables ('Noru' → 'Nô ru', 'Son-Tinh' → 'Xôn
    Tinh', 'António' → 'An tô ni ô'), the capital kept; None when it is not such a word."""
    if len(word) > 24:
        return None
    spellings = ENGLISH_SPELLINGS  # an accented name is no English word: 'José' → 'Giô xê'
    if not word.isascii():
        found = _foreign_letters(word)
        if found is None:
            return None
        word, spellings = found, (DOUBLED,)
    parts = [p for p in re.split(r"[-']", word) if p]
    if not parts or not all(p.isalpha() for p in parts):
        return None
    said: list[str] = []
    for part in parts:
        spelled = _korean(part.lower(), given_name=len(parts) > 1)
        for pattern, said_as in spellings:
            spelled = pattern.sub(said_as, spelled)
        read = [COARSE.get(s, s) for s in _read_foreign(spelled)]
        if not read or not all(is_vietnamese_syllable(s) for s in read):
            return None
        if part[0].isupper():
            read[0] = read[0][0].upper() + read[0][1:]
        said += read
    return " ".join(said)
