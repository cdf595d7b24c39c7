"""Identifiers read as an announcer reads them, so that a listener can write them down: codes
of dashed parts ('H23.45-251201-0012', a dossier; 'VN-BTOR-0042', a planting area) letter by
letter and digit by digit, a pause at each dash and 'chấm' at each dot; phone numbers with
placeholders ('0912 xxx 789' → '…, ích xì ích xì ích xì, …'); lists of short codes after
'mã' ('mã HN, CN, BT' → 'hát en, xê en, bê tê', no Sunday); the units of a military
notice ('c3, d2, e892, f324' → 'đại đội ba, tiểu đoàn hai, …').
"""

from __future__ import annotations

import re

from .numbers import HIDDEN_DIGIT, PREFIX_LOOK, any_digits_prefix, read_digits
from .rules import E, _after, _before, _Context, spell

DASHED_CODE = re.compile(
    r"[A-Z\d](?=[A-Z\d]*[.-][A-Z\d])(?<![\w.,/-][A-Z\d])(?:(?<=[A-Z])|(?=[\w.-]*[A-Z]))"
    r"(?:(?<=\d)(?=\d{3})|(?=[\w.-]*\d{4}))"
    r"[A-Z\d]*(?:[.-][A-Z\d]+){2,}(?![\w-]|[.,]\w)"
)
"""Capitals and digits in three parts or more, joined by dots and dashes, one of the parts of
four digits or more: a dossier's, a planting area's, a lot's code (a plate, a fishing boat, a
document's number and a standard are read before)."""
DASHED_CODE_GATE = re.compile(r"[A-Z.-](?:(?<=[A-Z])[A-Z\d]*[.-]|(?<=[.-])[A-Z\d]*[A-Z])")
"""Every such code has a part with a capital next to a dot or a dash (the pattern opens with
one class, which the regex engine skips to: two alternatives would be tried everywhere)."""
CODE_PART = re.compile(r"[A-Z]+|\d+")
INSPECTION_STATION = re.compile(
    r"(?<![\w.,/-])(?P<area>\d{2})-(?P<unit>0\d)(?P<letter>[A-Z])(?![\w-])"
)
"""A vehicle inspection station's code, 'đăng kiểm 24-03D': the province's two digits, its
station with a zero and a letter. A range never ends in a zero glued to a capital, so this
was '… đến ba vôn' and '… ba đê', where round 23's announcers said 'không ba đê'."""
INSPECTION_STATION_GATE = re.compile(r"-0\d[A-Z]")


def read_inspection_station(m: re.Match[str], ctx: _Context) -> str:
    """'29-05V' → 'hai mươi chín không năm vê'."""
    return f"{ctx.integer(m['area'])} {read_digits(m['unit'])} {spell(m['letter'])}"


def read_dashed_code(m: re.Match[str], ctx: _Context) -> str:
    """'H23.45-251201-0012' → 'hát hai ba chấm bốn năm, hai năm một hai không một, không không
    một hai': 'VN' in a code is its letters ('vê en'), not the country."""
    return ", ".join(
        " chấm ".join(
            " ".join(spell(p) if p.isalpha() else read_digits(p) for p in CODE_PART.findall(dotted))
            for dotted in part.split(".")
        )
        for part in m.group(0).split("-")
    )


HEALTH_CARD = re.compile(r"[A-Z](?<![\w][A-Z])[A-Z](?:\d ?\d\d ?| \d \d\d )\d{10}(?![\w-]|[.,]\d)")
"""A health-insurance card's code: two letters (who holds it), the benefit's digit, the
province's two and ten of a person's: 'GD4797912345678', 'HN4 01 0123456789', 'DN 4 79
7912345678' (not 'Số TK 3600205123456', an account's letters and its thirteen digits)."""


def read_health_card(m: re.Match[str], ctx: _Context) -> str:
    """'HN4 01 0123456789' → 'hát en bốn, không một, không một hai …': letters by their
    names, every digit said, a pause where the card leaves a space (none where it leaves
    none, as the code is typed)."""
    letters, digits = m.group(0)[:2], m.group(0)[2:].lstrip()
    groups = digits.split(" ")
    return f"{spell(letters)} " + ", ".join(read_digits(g) for g in groups)


PLACEHOLDER_PHONE = re.compile(
    r"(?:\+(?<![\w+]\+)84|0(?<![\w+.,]0)[\dxX*])(?=[\d .-]*[xX*](?:[ .-]?[xX*]))"
    r"[\dxX*]*(?:[ .-][\dxX*]{2,4}){1,4}(?![\w*])"
)
"""A phone number with hidden digits, as scam warnings write them: '+84 86 xxx xxxx',
'0912 xxx xxx', '09xx.xxx.xxx'."""
HIDDEN = {"x": HIDDEN_DIGIT, "X": HIDDEN_DIGIT, "*": "sao"}


HIDDEN_STARS = re.compile(
    r"(?:\+(?<![\w+]\+)84|(?<![\w*+.,])[0-9])[0-9*]*(?:[ .-][0-9*]{2,4}){0,4}(?![\w*])"
)
"""A number whose digits stars hide, as scam warnings and hotlines write them: '0912 *** ***',
'1900 ****', '0912.***.789', '09**.***.789' (`read_hidden_stars`)."""
STAR_RUN = re.compile(r"\*+")
CLOSING_STARS = re.compile(r"[0-9]\*+$")
HIDDEN_STARS_LEAST = 2
"""Stars fewer than this are a footnote's or a grade's ('5*', 'điểm 8*'), hiding nothing."""


def read_hidden_stars(m: re.Match[str], ctx: _Context) -> str:
    """The stars of a number hiding its digits, read by the rule of the x's (session 32):
    stars that end it after a prefix stand for any digits and go unsaid ('1900 ****' → 'một
    chín không không', '0912 *** ***'); a star with a digit after it hides one digit of one
    number and is said by its name, 'sao', as '*101#' says it and a phone's key is called
    (a listener hears a digit is missing: '0912.***.789' → '… hai, sao sao sao, bảy tám
    chín'). Before reading, where emphasis would take the stars away; a star closing an
    emphasis its line opened ('*gọi 0912*') is the emphasis."""
    if m.group(0).count("*") < HIDDEN_STARS_LEAST:
        return m.group(0)
    line = m.string[m.string.rfind("\n", 0, m.start()) + 1 : m.start()]
    if CLOSING_STARS.search(m.group(0)) and len(STAR_RUN.findall(line)) % 2:
        return m.group(0)
    return f" {read_placeholder_phone(m, ctx)} "


def read_placeholder_phone(m: re.Match[str], ctx: _Context) -> str:
    """'+84 86 xxx xxxx' → 'cộng tám tư, tám sáu' (any digits: numbers.ANY_DIGITS_AFTER),
    '0912 xxx 789' → 'không chín một hai, ích xì ích xì ích xì, bảy tám chín'."""
    before = m.string[max(0, m.start() - PREFIX_LOOK) : m.start()]
    written, prefix = any_digits_prefix(m.group(0), before) or m.group(0), ""
    if written.startswith("+84"):
        prefix, written = f"cộng tám {ctx.dialect.four}, ", written[3:].lstrip(" .-")
    groups = [g for g in re.split(r"[ .-]", written) if g]
    return prefix + ", ".join(
        " ".join(HIDDEN.get(c) or read_digits(c) for c in group) for group in groups
    )


CODE_LIST = re.compile(
    r"(?P<lead>(?:^|(?<=[^\w]))(?:mã|ký hiệu|mã đối tượng|mã quyền lợi)\s)"
    r"(?P<codes>[A-ZĐ]{2}(?:,\s?[A-ZĐ]{2})*(?:\s(?:và|hoặc)\s[A-ZĐ]{2})?)"
    rf"{E}(?![.,]?\d|/)"
)
"""'mã HN, CN, BT', 'có mã DN hoặc HC': the two letters of a card's, a group's or a place's
code after 'mã' are letters, not the abbreviation they also spell ('CN' is no Sunday, 'DN'
no company)."""
CODE_LIST_GATE = re.compile(r"[ãệợ](?:(?<=mã)|(?<=hiệ)u|(?<=tượ)ng|(?<=lợ)i)\s[A-ZĐ]{2}")
"""The end of every lead and the first two letters: 'mã đối tượng HN' and 'mã quyền lợi HN'
too (a gate of 'mã' or 'hiệu' and a space let them be read as 'chủ nhật' for 'CN')."""


def read_code_list(m: re.Match[str], ctx: _Context) -> str:
    """Each code of the list by its letters: 'mã HN, CN' → 'mã hát en, xê en'. One code alone
    is a card's only where the sentence speaks of a card ('thẻ mã DN'): 'mã HS', 'mã DN'
    elsewhere may be a dossier's or a company's, read as abbreviations."""
    alone = re.fullmatch(r"[A-ZĐ]{2}", m["codes"]) is not None
    if alone and "thẻ" not in re.split(r"[.!?;\n]", _before(m, 80))[-1]:
        return m.group(0)
    codes = re.sub(r"[A-ZĐ]{2}", lambda c: spell(c.group(0)), m["codes"])
    return m["lead"] + codes


ECHELONS = {"a": "tiểu đội", "b": "trung đội", "c": "đại đội", "d": "tiểu đoàn",
                  "e": "trung đoàn", "f": "sư đoàn"}  # fmt: skip
MILITARY_UNIT = re.compile(r"[a-f](?<![\w/.-][a-f])(?P<number>\d{1,3})(?![\w/-]|\.\w)")
"""'c3', 'e892', 'f324': a military unit, its echelon by its letter, in the army's shorthand."""
MILITARY_UNIT_GATE = re.compile(r"[a-f]\d")
MILITARY_WORDS = re.compile(
    r"bộ đội|quân|chiến sĩ|chiến đấu|chiến trường|đơn vị|đại đội|tiểu đoàn|trung đoàn"
    r"|sư đoàn|trung đội|tiểu đội|liệt sĩ|thương binh|cựu chiến binh|nhập ngũ|hành quân|"
    r"mặt trận|biên phòng|dân quân|tân binh|binh sĩ|binh nhì|binh nhất|sĩ quan|hạ sĩ|trung sĩ"
    r"|thượng sĩ|giao quân|biên chế|xuất ngũ|phục viên|kháng chiến|chiến tranh|chiến dịch"
    r"|chống mỹ|chống pháp"
)
"""Words of a military sentence, where 'c3' is a company; elsewhere it is a code's letters."""


UNIT_CHAIN = re.compile(r"[a-f](?<![\w/.-][a-f])\d{1,3}(?:/[a-f]\d{1,3})+(?![\w/-]|\.\w)")
"""'c2/d4/e762': a company, its battalion and its regiment, the army's way of writing one unit."""


def _military_sentence(m: re.Match[str]) -> bool:
    sentence = re.split(r"[.!?;\n]", _before(m, 120))[-1]
    rest = re.split(r"[.!?;\n]", _after(m, 80).lower())[0]  # 'c2, d1 để huấn luyện tân binh'
    return bool(MILITARY_WORDS.search(sentence) or MILITARY_WORDS.search(rest))


def read_unit_chain(m: re.Match[str], ctx: _Context) -> str:
    """In a military sentence the units are listed, each read by `read_military_unit`: 'đơn vị
    c2/d4/e762' → '… đại đội hai, tiểu đoàn bốn, trung đoàn bảy trăm sáu mươi hai' (blind round
    88: 'xê hai trên đê bốn trên e …', both editors 'lạ'); elsewhere the code stays as written."""
    return m.group(0).replace("/", ", ") if _military_sentence(m) else m.group(0)


def read_military_unit(m: re.Match[str], ctx: _Context) -> str:
    """'bộ đội c3, d2, e892' → 'bộ đội đại đội ba, tiểu đoàn hai, trung đoàn tám trăm chín
    mươi hai'; the echelon already said before the letter is not said twice ('đại đội c5' →
    'đại đội năm'). Outside a military sentence the letter is spelled ('nhóm c3' → 'xê ba')."""
    letter, number = m.group(0)[0], m["number"]
    said = read_digits(number) if number.startswith("0") else ctx.integer(number)
    if not _military_sentence(m):
        return f"{spell(letter)} {said}"
    sentence = re.split(r"[.!?;\n]", _before(m, 120))[-1]
    echelon = ECHELONS[letter]
    if sentence.rstrip().endswith(echelon):
        return said
    return f"{echelon} {said}"
