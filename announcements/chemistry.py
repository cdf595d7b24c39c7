"""Chemical formulas in farming, fishing and health notices, read as a teacher or an extension
officer reads them: each element by its symbol, the count after it as a number ('CaCO3' →
'ca xê ô ba', 'KMnO4' → 'ca em en ô bốn', 'Ca(OH)2' → 'ca ô hát hai'; the brackets are not
said).

A symbol of one letter is said by the letter's name ('O' 'ô', 'H' 'hát'); one of two letters
is one unit, a syllable where its letters make one ('Ca' 'ca', 'Na' 'na', 'Cu' 'cu'), else
its letters' names, the 'l' of 'Cl' and 'Al' said 'lờ' as the classroom says 'xê lờ'
('NaCl' → 'na xê lờ'; 'clo', the element's name, is a word of its own).

Codes look like formulas ('BC15', 'KP4', 'CN'), so a run of symbols is a formula only when
it shows itself one: a two-letter symbol ('NaCl', 'Cl2'), brackets ('Ca(OH)2'), a count
inside ('H2S', 'P2O5') or oxygen or hydrogen counted last ('CO2', 'NH3'). 'H5N1'
passes too, and comes out as the code rules say it ('hát năm en một').
"""

from __future__ import annotations

import re

from .rules import _Context, _trie_pattern
from .syllables import is_vietnamese_syllable
from .vocabulary import ELEMENTS, LETTERS

SYMBOL = re.compile(r"[A-Z][a-z]?|\(|\)\d*|\d+")
FORMULA = re.compile(
    r"(?:[A-Z](?<![\w()/-][A-Z])|\((?<![\w()/-]\()(?=[A-Z]))"
    r"(?=[A-Za-z()]*(?:\d|\(|[a-z][A-Z]|[A-Z][a-z]))"
    r"[a-z]?(?:[A-Z][a-z]?|\d{1,2}|\((?=[A-Z])|\))+(?![\w(-]|\.\d)"
)
"""A run of capitals, small letters after a capital, counts and brackets, standing alone; the
function decides whether it is a formula."""
FORMULA_GATE = re.compile(r"[A-Z](?:[a-z]?[\d()]|(?<=[a-z][A-Z])|[A-Z][a-z]|(?<=\([A-Z]))")
"""Every formula holds a symbol followed by a count, by another symbol or by a bracket; each
of these holds a capital, which the pattern opens with (the regex engine skips to it)."""


def read_formula(m: re.Match[str], ctx: _Context) -> str:
    """'CaCO3' → 'ca xê ô ba'; a code that is no formula is left to the code rules, a formula
    in brackets keeps them ('khí cười (N2O)')."""
    written = m.group(0)
    if written.startswith("(") and written.endswith(")") and written.count("(") == 1:
        inside = FORMULA.fullmatch(written[1:-1])
        return f"({read_formula(inside, ctx)})" if inside else written
    pieces = SYMBOL.findall(written)
    symbols = [p for p in pieces if p[0].isalpha()]
    if "".join(pieces) != written or not symbols or any(s not in ELEMENTS for s in symbols):
        return written
    if written.count("(") != written.count(")") or not _shows_itself(written, symbols):
        return written
    words = []
    for piece in pieces:
        if piece[0].isalpha():
            words.append(ELEMENTS[piece] or LETTERS[piece])
        elif piece[0] != "(" and piece.strip(")"):
            count = piece.strip(")")
            if count.startswith("0"):
                return written  # 'BC01' is a code: no count starts with 0
            words.append(ctx.integer(count))
    return " ".join(words)


def _shows_itself(written: str, symbols: list[str]) -> bool:
    if "(" in written:
        return True
    counted = any(c.isdigit() for c in written)
    if any(len(s) == 2 for s in symbols):
        return counted or len(symbols) > 1  # 'NaCl', 'Cl2'; 'Ca' alone is a word
    if not counted or len(symbols) < 2:
        return False
    return INSIDE_COUNT.search(written) is not None or written.endswith(OXYGEN_OR_HYDROGEN)


INSIDE_COUNT = re.compile(r"\d[A-Z(]")
OXYGEN_OR_HYDROGEN = tuple(f"{symbol}{n}" for symbol in "OH" for n in range(2, 10))
"""Of capitals alone, a count inside ('H2S', 'P2O5') or oxygen or hydrogen counted last ('CO2',
'NH3', 'CH4') make a formula; 'HK1', 'COP29', 'BC15' are codes."""


LONE_ELEMENT = re.compile(
    _trie_pattern(
        (s for s in ELEMENTS if len(s) == 2 and not is_vietnamese_syllable(s.lower())),
        lambda symbol: True,
    )
)
"""A symbol of two letters standing alone, whose letters make no syllable ('kim loại nặng Pb,
Cd, Hg', 'bổ sung Mg, Zn'): an element, said as in a formula ('Ca', 'Na' stay words)."""


def read_lone_element(m: re.Match[str], ctx: _Context) -> str:
    return ELEMENTS[m.group(0)]
