"""Vietnamese typed without diacritics, or in chat shorthand, recognised wherever text enters
(officer trial o15lan2, N5: "TB: hop ND thon Bac 19h30 t6 4/12 tai NVH, ae di dong du nhe.
Tks all" was approved in one tap and aired as "hop en đê thon Bac … a ê di dong du nhe").

Unaccented words are valid syllables, so the reader guesses none of them; but written
Vietnamese carries a tone mark or a letter beyond ASCII (đ, ă, â, ê, ô, ơ, ư) on most of its
words (about three in four in the shipped scripts; `bench/old_font_false_alarms.py`). A
sentence is taken as typed without diacritics when it has several plain lowercase words
that are Vietnamese syllables or chat shorthand (ae, tks, ko, dc, t6) and almost none with a
mark. Words starting with a capital are not counted either way: names, brands, addresses
and acronyms ('Samsung', 'Y Bih Niê', 'Sùng A Chua', 'UBND') stay as they are written;
unless the whole sentence is in capitals or Title Case and holds function words ('THONG BAO
HOP THON VAO TOI NAY') or is mostly words nearly always marked ('KHAN CAP: NUOC LU'). A
text typed without marks on purpose (a transfer memo, an SMS syntax) is left alone when
named as such, or when quoted (review16 #3, #4)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection
from functools import cache
from importlib import resources
from itertools import pairwise

from common.errors import BroadcasterError
from common.i18n import _, ngettext

from .syllables import is_vietnamese_syllable
from .vocabulary import loanwords

TONES = "\u0301\u0300\u0309\u0303\u0323"
"""Acute, grave, hook, tilde, dot below (the order of each VNI mark row in old_fonts)."""


def vietnamese_letters() -> list[str]:
    """Every letter Vietnamese writes beyond ASCII: đ, and each vowel with its marks."""
    letters = ["đ", "Đ"]
    for base in "aeiouyAEIOUY":
        for modifier in ("", "\u0302", "\u0306", "\u031b"):
            for tone in ("", *TONES):
                letter = unicodedata.normalize("NFC", base + modifier + tone)
                if len(letter) == 1 and letter != base:
                    letters.append(letter)
    return letters


VIETNAMESE_LETTERS = frozenset(vietnamese_letters())

SHORTHAND = frozenset({
    "ae", "ace", "aee", "tks", "thks", "thanks", "thank", "ko", "k", "khg", "hok", "hk",
    "dc", "đc", "đk", "dk", "ng", "mn", "mng", "mk", "bn", "j", "vs", "r", "ok", "oke", "oki",
    "nha", "nhe", "t2", "t3", "t4", "t5", "t6", "t7", "cn", "ntn", "trc", "bh", "bjo",
    "ck", "vk",
})  # fmt: skip
"""Chat shorthand as officers type it on Zalo: 'ae' (anh em), 'tks', 'ko' (không), 'dc'
(được), 't6' (thứ sáu). No unit ('h', 'kg'): a schedule or a price list writes them."""
SIGN_OFF = SHORTHAND - {"t2", "t3", "t4", "t5", "t6", "t7", "cn", "nha", "nhe", "ok", "r", "j", "k"}
"""Chat shorthand that makes a short sentence without marks a chat sign-off ('Tks ca nha',
'ae nho di du'), refused even at the end of a marked notice (o16lan4 C3)."""
DAYS = frozenset({"t2", "t3", "t4", "t5", "t6", "t7", "cn"})
"""Days of the week count as one word: 't3, t5, t7: 13 h – 17 h' is a schedule line."""
FUNCTION_WORDS = frozenset({
    "vao", "tai", "luc", "cua", "cac", "nhung", "duoc", "khong", "se", "dang", "cho", "voi",
    "ve", "moi", "nay", "toi", "gio", "ngay", "va", "de", "hay", "cung", "tren", "trong",
})  # fmt: skip
"""Words of a sentence no list of names holds ('vào', 'tại', 'lúc', 'của', 'tối nay'): a
line in capitals or in Title Case is judged only when it holds two of them, so that names
typed without marks ('NGUYEN VAN AN', 'Tran Thi Binh') stay as written."""
USUALLY_MARKED = frozenset({
    "thong", "bao", "khan", "cap", "nuoc", "lu", "len", "nhanh", "mat", "dien", "toan", "xa",
    "tu", "den", "chu", "nhe", "kinh", "gui", "thon", "hop", "nghi", "ho", "tiem", "chung",
    "phong", "benh", "tram", "truong", "lam", "duong", "sang", "chieu", "mang", "theo", "the",
    "hiem", "te", "lich", "cat", "ngung", "khu", "vuc", "tuan", "thang", "nho", "sinh", "canh",
    "mua", "quet", "so", "tan", "doi", "tre", "nguoi", "ngay", "toi", "luc", "gio", "vao", "tai",
    "cua", "cac", "nhung", "duoc", "khong", "se", "cho", "voi", "ve", "moi", "nay", "de",
})  # fmt: skip
"""Syllables of a notice that are nearly always written with a mark ('thông báo', 'khẩn
cấp', 'mất điện', 'toàn xã') and are no family or given name ('Nguyễn', 'Văn', 'An', 'Mai',
'Hòa' are left out): a line in capitals or Title Case that is mostly made of them is typed
without marks, however short (o16lan4 B1: 'KHAN CAP: NUOC LU DANG LEN NHANH.')."""
MIN_USUALLY_MARKED = 3
USUALLY_MARKED_SHARE = 0.5
CHECKED = re.compile(r"(?:p|t|c|ch)$")
"""A syllable ending in p, t, c or ch takes a sắc or a nặng mark: 'HOP', 'GAP', 'MAT' are
Vietnamese only as 'họp', 'gấp', 'mất' (o17lan5 finding 2: 'HOP GAP.' aired toneless)."""
MIN_CHECKED = 2
LONGEST_NAME = 4
"""Syllables a name or a place has at most ('NGUYEN THI MINH KHAI', 'HOANG ANH GIA LAI'): a
run of more, with no comma between them, is a phrase ('DE BAO BI VO DOAN 200M')."""
FAMILY_NAMES = frozenset({
    "nguyen", "tran", "le", "pham", "hoang", "huynh", "phan", "vu", "vo", "dang", "bui", "do",
    "ho", "ngo", "duong", "ly", "dinh", "truong", "lam", "mai", "trinh", "doan", "luong",
})  # fmt: skip
"""Family names opening a person's name ('LE DUC PHUC'), whose checked syllables are a name's."""
_LIST_BREAK = re.compile(r"[,;:()/]|\s[-–]\s")
_LISTED = re.compile(r"[,;]")
"""Commas make a line a list: of places or names ('SOC TRANG, BAC LIEU', 'THON BAC, THON
NAM'), each judged alone and none as a heading (review17 #12)."""
HEADING_WORDS = frozenset({
    "dai", "hoi", "dang", "bo", "chong", "tinh", "hoc", "ket", "qua", "xo", "le", "mung",
    "khai", "giang", "tong", "ve", "sinh", "moi", "truong", "quan", "su", "dan", "y", "tet",
    "nghi", "viec", "don", "dep", "phat", "thanh", "ung", "thien", "tai", "lu", "bao",
})  # fmt: skip
"""Syllables of a heading that real text nearly always writes with a mark ('Đại hội Đảng
bộ', 'Kết quả xổ số', 'Lễ khai giảng', 'Tổng vệ sinh môi trường'), besides USUALLY_MARKED:
as written without marks they are rare words or none."""
NEEDS_A_MARK = HEADING_WORDS | USUALLY_MARKED
ENGLISH = frozenset({
    "hot", "top", "hit", "pot", "tip", "shop", "show", "sale", "fan", "club", "star", "vip",
    "news", "pop", "rock", "rap", "hip", "live", "game", "best", "big", "sun",
})  # fmt: skip
"""English words a poster or a programme writes in capitals ('TOP HIT 2026', 'HOT POT',
'NHAC HOT'): no Vietnamese syllable typed without its mark (review17 #12). 'HOP', 'CUP',
'GAP' are not here: as headings they are 'họp', 'cúp', 'gấp'."""
AS_TYPED = re.compile(
    r"(?i)chuyển khoản|nội dung ck|cú pháp|soạn tin|nhắn tin|tin nhắn|mật khẩu|tên mạng|nhóm"
    r"|ca sĩ|tài khoản|tên đăng nhập"
)
"""What is named after these is typed as it is meant to be sent or found, without marks:
a bank-transfer memo (banks refuse diacritics), an SMS syntax, a Zalo group, a password."""
LABEL = re.compile(AS_TYPED.pattern + "|zalo|wifi|sms|email|facebook")
"""A marked line ending in ':' that names one ('Nội dung chuyển khoản:', 'tìm nhóm Zalo:'):
the line after it is such a text (`labels`)."""
MIN_PLAIN = 4
"""Plain words a sentence needs before it is judged: a short heading or a line of names
and numbers is never refused."""
MAX_MARKED_SHARE = 0.15
"""At most this share of a sentence's counted words carry a mark when it is taken as
typed without diacritics; real Vietnamese sentences have far more (`bench/…`)."""

MAX_FOREIGN_SHARE = 0.25
"""At most this many foreign words per plain one: Vietnamese typed without diacritics is
nearly all syllables, English is not."""

_QUOTED = re.compile(r'"[^"\n]*"|“[^“”\n]*”|‘[^‘’\n]*’|«[^«»\n]*»')
"""A quoted title, brand or song ('bài hát “Happy Birthday”') is written as it is. A span
stops at the next opener of its kind: a quote that never closes is then scanned once, not
once per opener (100 KB of “ took seconds; `bench/unaccented_hostile.py`)."""
_SENTENCE_END = re.compile(r"(?<=[.!?…;])\s+|\n+")
_EDGES = "\"'()[]{},.;:!?“”‘’«»…-–*#"


def counts(sentence: str) -> tuple[list[str], int, int]:
    """(plain words, marked, foreign) of a sentence (a slug, a path or a time is no word):
    plain ones are lowercase ASCII Vietnamese syllables or shorthand, marked ones hold a
    Vietnamese letter beyond ASCII, foreign ones are lowercase ASCII words no Vietnamese
    syllable ('station', 'speaks'). What follows a memo's or an SMS syntax's name is not
    counted (`AS_TYPED`). A sentence in capitals or Title Case is counted as if lowercase
    when it holds two function words (`FUNCTION_WORDS`) or is mostly `USUALLY_MARKED`."""
    sentence = _QUOTED.sub(" ", sentence)
    found = AS_TYPED.search(sentence)
    tokens = sentence[: found.end() if found else len(sentence)].split()
    words = [w for w in (t.strip(_EDGES) for t in tokens) if w]
    lettered = [w for w in words if w[0].isalpha()]
    if lettered and (all(w.isupper() for w in lettered) or all(w[0].isupper() for w in lettered)):
        lowered = [w.lower() for w in words]
        if len(FUNCTION_WORDS.intersection(lowered)) >= 2 or _mostly_usually_marked(
            [w.lower() for w in lettered]
        ):
            words = lowered
    plain: list[str] = []
    marked = foreign = 0
    for word in words:
        if word[0].islower() and word in SHORTHAND:
            plain.append("t2" if word in DAYS else word)
        elif any(c in VIETNAMESE_LETTERS for c in word):
            marked += 1
        elif word[0].islower() and word.isascii() and word.isalpha():
            if is_vietnamese_syllable(word):
                plain.append(word)
            else:
                foreign += 1
    return plain, marked, foreign


def _mostly_usually_marked(lettered: list[str]) -> bool:
    """Whether at least half the words, and three different ones, are `USUALLY_MARKED`."""
    usual = [w for w in lettered if w in USUALLY_MARKED]
    enough = len(usual) >= USUALLY_MARKED_SHARE * len(lettered)
    return enough and len(set(usual)) >= MIN_USUALLY_MARKED


def toneless_capitals(sentence: str) -> bool:
    """Whether a line in capitals with no mark at all is Vietnamese typed without marks, by
    the syllables' shape and a short table rather than a list of phrases: in one part (between
    commas, colons, dashes) two different syllables that are Vietnamese only with a mark
    (`CHECKED`, 'HOP GAP'), or a run of more syllables than a name has (`LONGEST_NAME`, 'CHU
    Y: DE BAO BI VO DOAN 200M'); or, on a line that is no list, a heading of Vietnamese
    syllables only, half of them needing a mark (`_a_heading`, 'THONG BAO', 'CUP DIEN'). A
    person's name ('LE DUC PHUC'), a list of places ('SOC TRANG, BAC LIEU': each part alone),
    an acronym or an English word ('UBND', 'SALE', 'HOT POT') counts for neither; a quoted
    title is taken as written."""
    sentence = _QUOTED.sub(" ", sentence)
    lettered = [w for w in (t.strip(_EDGES) for t in sentence.split()) if w[:1].isalpha()]
    if not lettered or not all(w.isupper() and w.isascii() for w in lettered):
        return False
    listed = _LISTED.search(sentence) is not None
    for part in _LIST_BREAK.split(sentence):
        words = [w.lower() for w in (t.strip(_EDGES) for t in part.split()) if w[:1].isalpha()]
        if words and words[0] in FAMILY_NAMES and len(words) <= LONGEST_NAME:
            continue
        syllables = [w for w in words if w not in ENGLISH and _syllable(w)]
        run = longest = 0
        for word in words:
            run = run + 1 if word in syllables else 0
            longest = max(longest, run)
        checked = {w for w in syllables if CHECKED.search(w)}
        if longest > LONGEST_NAME or len(checked) >= MIN_CHECKED:
            return True
        if not listed and len(syllables) == len(words) and _a_heading(syllables):
            return True
    return False


RUN_BREAK = re.compile(r"[,;:()/]|\s[-–]\s")
"""A comma, a colon or a spaced dash ends a run: a list of names ('NGUYEN VAN AN, TRAN THI
BINH') is several short runs, each a name."""
SHORTEST_RUN = 3
RUN_NEEDING = 2
"""A run of unmarked syllables in a marked text is refused when it has this many words, this
many of them different words nearly always marked (`CHECKED`, `NEEDS_A_MARK`): 'CAT DIEN TU'
(3, all), 'BA CON THON BAC DI DOI' (thon, bac, doi); a place ('Bac Lieu', 'Hoa Binh'), a name
('Nguyen Van An') or a street ('Hai Ba Trung') has at most one."""
SHORTEST_GLUED_RUN = 2
"""A shorter run in capitals is refused when two of its words, half of them, are
`mostly_marked` and it sits among the marked sentence's lowercase words ('họp tại NHA VAN
hóa ấp'): not in Title Case (a place or a name: 'tỉnh Bac Lieu'), nor alone after a colon
('Đội bóng: THON DONG FC'), where capitals are a name's. Not so in lower case: real text
writes two plain syllables so ('kéo co nam thôn 3', 'ứng dụng can va', 'bão xang san'): 6
false alarms in the reader's 23,000 marked phrases (`bench/old_font_false_alarms.py`, an
in-sample figure: the lists were counted from those phrases; its held-out figure, lists
counted from half the texts and checked on the other, is in its docstring), none in
capitals; lower case has its own rule (`_a_lowercase_phrase`)."""


@cache
def mostly_marked() -> frozenset[str]:
    """Syllables the project's texts write with a mark 95 times in 100 or more ('nhà', 'văn',
    'thôn'), as `bench/mostly_marked.py` counts them: written plain, a mark was forgotten."""
    return _counted("mostly_marked.txt")


def unmarked_run(sentence: str) -> str | None:
    """The words of a marked text's sentence written as Vietnamese syllables without their
    marks, when they make a phrase (o18lan7 N1: 'THÔNG BÁO: CAT DIEN TU 7H DEN 17H.' was read
    'thông báo: công an tỉnh dien tu …'), in capitals or not, after a colon or not. Judged by
    the run, not by the sentence's share of marks, which the marked heading words outweigh.
    Two words in capitals among lowercase ones are enough (`SHORTEST_GLUED_RUN`: 'tại NHA
    VAN hóa'). A person's name ('LE DUC PHUC'), an English word, a loan word the reader
    knows, a code ('COVID-19', 'UBND') or a quoted title ends a run or is none."""
    sentence = _QUOTED.sub(" ", sentence)
    found = AS_TYPED.search(sentence)
    sentence = sentence[: found.end() if found else len(sentence)]
    for part in RUN_BREAK.split(sentence):
        if _english(part):
            continue
        words = [token.strip(_EDGES) for token in part.split()]
        start = 0
        for end, word in enumerate([*words, ""]):
            if _plain_syllable(word):
                continue
            run = words[start:end]
            glued = _lowercase(words[start - 1 : start]) or _lowercase(words[end : end + 1])
            if _a_phrase(run) or (glued and _a_glued_phrase(run)) or _a_lowercase_phrase(run):
                return " ".join(run)
            start = end + 1
    return None


PAIRS_NEEDED = 2


@cache
def mostly_marked_pairs() -> frozenset[str]:
    """Two syllables side by side that the project's texts write with a mark 95 times in 100
    or more ('bà con', 'chú ý', 'cắt điện', 'lưu ý'), as `bench/mostly_marked.py` counts them:
    written plain in lower case, a mark was forgotten, though 'ba', 'con', 'y' are words."""
    return _counted("mostly_marked_pairs.txt")


def _counted(name: str) -> frozenset[str]:
    """A list `bench/mostly_marked.py --write` makes in data/: an entry a line, '#' a comment."""
    source = resources.files(__package__).joinpath(f"data/{name}").read_text("utf-8")
    return frozenset(" ".join(line.split()) for line in source.splitlines()
                     if line.strip() and not line.startswith("#"))  # fmt: skip


def _a_lowercase_phrase(run: list[str]) -> bool:
    """In lower case (o19lan8 L1–L3: 'ngày mai cat dien từ 7h', 'lũ đang lên, ba con di doi
    ngay' aired): `PAIRS_NEEDED` different pairs of words side by side that are nearly always
    marked pairs ('ba con', 'di doi'; 'Ba con luu y' opening a sentence), or two different
    words `mostly_marked` of which one is Vietnamese only with a mark ('cat dien', 'ap … va
    ap': `_needs_a_mark`). Two words merely `mostly_marked` are not enough: real text writes
    'kéo co nam', 'ứng dụng can va' (`SHORTEST_GLUED_RUN`); nor is one pair: 'hỗ trợ ba con
    bò', 'thu hai xe mô tô', 'phát bao cao su' are real."""
    lowered = [w.lower() if n == 0 and w.istitle() else w for n, w in enumerate(run)]
    pairs = {f"{a} {b}" for a, b in pairwise(lowered) if a.islower() and b.islower()}
    if len(pairs & mostly_marked_pairs()) >= PAIRS_NEEDED:
        return True
    marked = {w for w in run if w.islower() and w in mostly_marked()}
    return len(marked) >= 2 and any(_needs_a_mark(w) for w in marked)


def _lowercase(words: list[str]) -> bool:
    return bool(words) and words[0][:1].islower()


def _a_glued_phrase(run: list[str]) -> bool:
    """In capitals, `SHORTEST_GLUED_RUN` different words `mostly_marked` or more and half the
    run's words at least ('NHA VAN', 'NHA VAN HOA'), and not a person's name."""
    lowered = [w.lower() for w in run]
    marked = [w for w in lowered if w in mostly_marked()]
    return (
        len(run) >= SHORTEST_GLUED_RUN
        and all(w.isupper() for w in run)
        and lowered[0] not in FAMILY_NAMES
        and len(set(marked)) >= SHORTEST_GLUED_RUN
        and 2 * len(marked) >= len(run)
    )


def _english(part: str) -> bool:
    """Whether the part holds a lowercase word no Vietnamese syllable, shorthand or loan word
    ('test', 'below'): English prose, whose 'it', 'that', 'cut' have a syllable's shape."""
    words = (t.strip(_EDGES) for t in part.split())
    return any(
        w.isascii() and w.isalpha() and w.islower() and not _syllable(w)
        and w not in SHORTHAND and w not in loanwords()
        for w in words
    )  # fmt: skip


def _plain_syllable(word: str) -> bool:
    """An ASCII word that is a Vietnamese syllable and no English or loan word ('OK', 'TOP'),
    nor chat shorthand unless a mark is nearly always written on it ('NHA' in 'NHA VAN')."""
    lowered = word.lower()
    return (
        word.isascii()
        and _syllable(word)
        and lowered not in ENGLISH
        and (lowered not in SHORTHAND or lowered in mostly_marked())
        and lowered not in loanwords()
    )


NEVER_PLAIN = frozenset({
    "benh", "cac", "chong", "chu", "doi", "duoc", "gio", "gui", "hiem", "khong", "luc", "mung",
    "ngung", "nguoi", "nhe", "nhung", "nuoc", "thien", "tiem", "toan", "tram", "tuan", "vao",
    "xo", "cua", "voi", "viec", "dien", "thong", "thon", "den", "nghi",
})  # fmt: skip
"""Words of `NEEDS_A_MARK` that marked text never writes plain in lower case ('được', 'người',
'không', 'vào'): many others are real words so written ('mang theo', 'khai sinh', 'báo ngay
cho', 'kinh doanh', 'tham quan'), needing a mark only in a line of capitals."""


def _needs_a_mark(word: str) -> bool:
    """Whether the word, as written, is Vietnamese only with a mark (`CHECKED`, `NEVER_PLAIN`;
    in capitals, `NEEDS_A_MARK`)."""
    lowered = word.lower()
    return (
        CHECKED.search(lowered) is not None
        or lowered in NEVER_PLAIN
        or (word.isupper() and lowered in NEEDS_A_MARK)
    )


def _a_phrase(run: list[str]) -> bool:
    """`SHORTEST_RUN` words or more, `RUN_NEEDING` different ones needing a mark, and not a
    person's name (a family name opening at most `LONGEST_NAME` words)."""
    lowered = [w.lower() for w in run]
    named = all(w[:1].isupper() for w in run)  # 'Mai Văn An', not 'mai cat dien' (tomorrow)
    if len(run) < SHORTEST_RUN or (
        named and lowered[0] in FAMILY_NAMES and len(run) <= LONGEST_NAME
    ):
        return False
    return len({w.lower() for w in run if _needs_a_mark(w)}) >= RUN_NEEDING


def _syllable(word: str) -> bool:
    return word.isalpha() and is_vietnamese_syllable(word)


def _a_heading(syllables: list[str]) -> bool:
    """Two syllables or more, half of them or more needing a mark in real text (`CHECKED`,
    `USUALLY_MARKED`, `HEADING_WORDS`): 'HOP THON', 'NGHI TET', 'KINH GUI BA CON'."""
    needing = [w for w in syllables if CHECKED.search(w) or w in NEEDS_A_MARK]
    return len(syllables) >= 2 and 2 * len(needing) >= len(syllables)


def _unaccented(plain: list[str], marked: int, foreign: int, least: int = MIN_PLAIN) -> bool:
    """Enough different plain syllables ('a. a. a.' or 'ha ha ha ha' is no sentence), almost
    none marked, and few foreign words (an English sentence has many: 'the', 'to', 'a' are
    syllables too)."""
    return (
        len(set(plain)) >= least
        and marked < MAX_MARKED_SHARE * (len(plain) + marked)
        and foreign <= MAX_FOREIGN_SHARE * len(plain)
    )


def labels(sentence: str) -> bool:
    """Whether the sentence names the text typed without marks on the line after it."""
    return (
        sentence.endswith(":")
        and any(c in VIETNAMESE_LETTERS for c in sentence)
        and LABEL.search(sentence) is not None
    )


LISTED = " · "
"""What a lexicon's word is judged as: no word, and the end of a run of plain ones."""


def _unlisted(text: str, known: Collection[str]) -> str:
    """The text with each of the lexicon's words and phrases (`known`), in any case, taken
    out (`LISTED`), longest first so that a phrase wins over its first word."""
    terms = sorted({" ".join(t.split()) for t in known if t.strip()}, key=len, reverse=True)
    if not terms:
        return text
    spaced = (r"\s+".join(map(re.escape, term.split())) for term in terms)
    return re.sub(rf"(?i)(?<!\w)(?:{'|'.join(spaced)})(?!\w)", LISTED, text)


def sentences(text: str) -> list[str]:
    return [s.strip() for s in _SENTENCE_END.split(text) if s.strip()]


def unaccented(text: str) -> str | None:
    """The first sentence of the text typed without diacritics (`every_unaccented`)."""
    found = every_unaccented(text)
    return found[0] if found else None


def every_unaccented(text: str, known: Collection[str] = ()) -> list[str]:
    """Every sentence of the text typed without diacritics, in order, when one is, or when
    its short sentences together are; with them each short one holding no mark and two
    different plain words, in whatever case ('Tks ca nha', 'Ba Con Chu Y Nhe'), so that the
    officer fixes them all at once (o16lan4 C3). Marks typed apart (NFD) count as marks.
    The words of the station's lexicon (`known`) are no words typed without marks: the
    reader says them as the lexicon does."""
    text = _unlisted(unicodedata.normalize("NFC", text), known)
    plain: list[str] = []
    marked = foreign = 0
    judged: list[tuple[str, bool, bool]] = []
    signed_off = False
    label = False
    marks = any(c in VIETNAMESE_LETTERS for c in text)
    for sentence in sentences(text):
        after_label, label = label, labels(sentence)
        if after_label:
            continue
        found = counts(sentence)
        plain += found[0]
        marked += found[1]
        foreign += found[2]
        short = counts(sentence.lower())
        bare = not short[1] and len(set(short[0])) >= 2 >= short[2]
        taken = (
            _unaccented(*found)
            or toneless_capitals(sentence)
            or (marks and unmarked_run(sentence) is not None)
        )
        judged.append((sentence, taken, bare))
        opened = counts(sentence[:1].lower() + sentence[1:])[0]  # 'Tks', not 'HK'
        signed_off = signed_off or (bare and not SIGN_OFF.isdisjoint(opened))
    if signed_off or any(taken for _s, taken, _short in judged):
        return [s for s, taken, short in judged if taken or short]
    if _unaccented(plain, marked, foreign, 2 * MIN_PLAIN):
        return [s for s, _taken, _short in judged if counts(s)[0] and not counts(s)[1]]
    return []


def missing_marks(sentence: str) -> str:
    """The words of a refused sentence written without their marks, as the refusal names
    them (o19lan8: "which words lack marks"): of its unmarked run, or else of its plain
    syllables, those nearly always marked, alone or side by side ('CAT DIEN', 'ba con di
    doi'); the whole run when none is."""
    run = unmarked_run(sentence)
    tokens = (t.strip(_EDGES) for t in _QUOTED.sub(" ", sentence).split())
    words = run.split() if run else [w for w in tokens if _plain_syllable(w)]
    lowered = [w.lower() for w in words]
    paired = {n for n, pair in enumerate(pairwise(lowered))
              if " ".join(pair) in mostly_marked_pairs()}  # fmt: skip
    kept = [
        w for n, w in enumerate(words)
        if lowered[n] in mostly_marked() or _needs_a_mark(w) or {n, n - 1} & paired
    ]  # fmt: skip
    return " ".join(kept or words)


QUOTED_AT_MOST = 3
"""Sentences quoted in a refusal; the rest are counted ('và 2 câu khác')."""


def quoted(found: list[str]) -> str:
    """“first”, “second”, “third” and the number of the others."""
    shown = ", ".join(f"“{opening(s)}”" for s in found[:QUOTED_AT_MOST])
    more = len(found) - QUOTED_AT_MOST
    if more <= 0:
        return shown
    return ngettext("{shown} and {more} other sentence", "{shown} and {more} other sentences",
                    more).format(shown=shown, more=more)  # fmt: skip


def opening(sentence: str, limit: int = 60) -> str:
    """A sentence as quoted back to the officer: its opening words when it is long."""
    if len(sentence) <= limit:
        return sentence
    return sentence[:limit].rsplit(" ", 1)[0] + " …"


class UnaccentedError(BroadcasterError):
    """Text typed without diacritics, refused with the sentence at fault."""


def refuse_unaccented(
    text: str, where: str, in_file: bool = False, field: str = "text", known: Collection[str] = ()
) -> None:
    """Refuse a text with a sentence typed without diacritics: the voice reads 'hop thon'
    as written, not as 'họp thôn', and no word of it is listed as guessed."""
    found = every_unaccented(text, known)
    if not found:
        return
    if len(found) > 1:
        several = (
            _("{where}: the sentences {sentences} are typed without diacritics or in "
              "shorthand, which the voice cannot read properly: fix them all in the file (type "
              "them again with diacritics and in full words, for example with Unikey's Telex), "
              "save the file and send it again. A text meant to be typed so (a bank-transfer "
              "memo, an SMS syntax) is kept as written when quoted with “…”.")
            if in_file
            else _("{where}: the sentences {sentences} are typed without diacritics or in "
                   "shorthand, which the voice cannot read properly: type them all again with "
                   "diacritics and in full words (for example with Unikey's Telex). A text "
                   "meant to be typed so (a bank-transfer memo, an SMS syntax) is kept as "
                   "written when quoted with “…”.")
        )  # fmt: skip
        said = several.format(where=where, sentences=quoted(found))
        raise UnaccentedError(said + _lacking(found), field=field)
    sentence = found[0]
    message = (
        _("{where}: the sentence “{sentence}” is typed without diacritics or in shorthand, "
          "which the voice cannot read properly: fix it in the file (type it again with "
          "diacritics and in full words, for example with Unikey's Telex), save the file and "
          "send it again. A text meant to be typed so (a bank-transfer memo, an SMS syntax) "
          "is kept as written when quoted with “…”.")
        if in_file
        else _("{where}: the sentence “{sentence}” is typed without diacritics or in "
               "shorthand, which the voice cannot read properly: type it again with "
               "diacritics and in full words (for example with Unikey's Telex). A text meant "
               "to be typed so (a bank-transfer memo, an SMS syntax) is kept as written when "
               "quoted with “…”.")
    )  # fmt: skip
    said = message.format(where=where, sentence=opening(sentence))
    raise UnaccentedError(said + _lacking(found), field=field)


def _lacking(found: list[str]) -> str:
    """The refusal's last sentence: the words that lack their marks (of the sentences quoted)."""
    words = ", ".join(dict.fromkeys(w for s in found[:QUOTED_AT_MOST] if (w := missing_marks(s))))
    return " " + _("Words without their marks: {words}.").format(words=words) if words else ""
