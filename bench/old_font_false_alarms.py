"""Measure: how many of the project's Vietnamese texts the old-font check takes for VNI or
TCVN3, and the unaccented check for Vietnamese typed without diacritics (both must be
none), and how many of the same texts, converted to each old font or stripped of their
marks, they recognise. The texts are every string literal of the tests (the reader's
phrases, notices, pages; the test files holding old fonts or unaccented text on purpose
aside) and every sample and document file.

    .venv/bin/python bench/old_font_false_alarms.py

Prints the number of texts checked, of those with a Vietnamese letter, each false alarm of
either check, the share of marked words in the shipped scripts, then per old font (and
without diacritics) the share of texts of five words or more (with two letters or more
beyond ASCII) recognised. Session fifteen: 0 false alarms in 21275; VNI-Windows 95%,
TCVN3 97% recognised. Session sixteen: see the note w16a. Session nineteen (w19c, two
words in capitals refused): 12 taken in 41,619, the same 12 as before it. w19c2 (half-marked
runs in lower case: two marked pairs, or two mostly-marked words one needing a mark; 'mai'
no family name in lower case): 17 taken in 42,082, 14 before; the 3 new are a spoken e-mail
('… chấm tan lap a còng …', a reading's expected output), a page line of slot ids ('19:00 toi
thon không có gì để phát') and an English docstring. A first try with one marked pair took
31 ('hỗ trợ ba con bò', 'phát bao cao su', 'tịch thu hai xe'): two are needed.
"""

from __future__ import annotations

import ast
import sys
import unicodedata
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from announcements.old_fonts import _TCVN3_BYTES, _VIETNAMESE, _vni, old_font  # noqa: E402
from announcements.unaccented import counts, unaccented  # noqa: E402

HOLDS_OLD_FONTS = {"test_old_fonts.py", "test_unaccented.py"}
WORD_LISTS = {"mostly_marked.txt", "mostly_marked_pairs.txt"}
"""Syllables listed without their marks on purpose (`bench/mostly_marked.py`): no text."""


def texts() -> list[tuple[str, str]]:
    """(where, text) for each string literal of the tests and each sample or document."""
    found = []
    for path in sorted((ROOT / "tests").glob("**/*.py")):
        if path.name in HOLDS_OLD_FONTS:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                found.append((f"{path.name}:{node.lineno}", node.value))
    for folder in ("broadcaster/samples", "docs", "announcements/data"):
        for path in sorted((ROOT / folder).glob("**/*")):
            if path.suffix in {".md", ".txt", ".toml"} and path.name not in WORD_LISTS:
                found.append((str(path.relative_to(ROOT)), path.read_text(encoding="utf-8")))
    return found


def main() -> None:
    every = texts()
    vietnamese = [t for t in every if any(c in _VIETNAMESE for c in t[1])]
    alarms = [(where, old_font(text)) for where, text in every if old_font(text)]
    print(
        f"{len(every)} texts, {len(vietnamese)} with a Vietnamese letter: "
        f"{len(alarms)} taken for an old font"
    )
    for where, alarm in alarms:
        print(f"  {where}: {alarm}")
    bare = [(where, unaccented(text)) for where, text in every if unaccented(text)]
    print(f"{len(bare)} of all {len(every)} taken for text typed without diacritics")
    for where, sentence in bare:
        print(f"  {where}: {sentence!r}")
    shipped = [text for where, text in every if where.startswith("broadcaster/samples")]
    plain = sum(len(counts(t)[0]) for t in shipped)
    marked = sum(counts(t)[1] for t in shipped)
    print(f"shipped scripts: {marked} of {plain + marked} counted words marked "
          f"({marked / (plain + marked):.0%})")  # fmt: skip
    tcvn3 = {}
    for pair in _TCVN3_BYTES.split():
        vowel, code = pair.split("=")
        tcvn3[vowel] = bytes.fromhex(code).decode("cp1252")
    fonts: dict[str, Callable[[str], str]] = {
        "VNI-Windows": _vni,
        "TCVN3": lambda c: tcvn3.get(c, c),
        "no diacritics": lambda c: "dD"[c.isupper()] if c in "đĐ"
        else unicodedata.normalize("NFD", c)[0],
    }  # fmt: skip
    longer = [t for _, t in vietnamese if len(t.split()) >= 5
              and sum(1 for c in t if c in _VIETNAMESE) >= 2]  # fmt: skip
    for name, write in fonts.items():
        found = sum(
            1 for t in longer
            if (old_font if name != "no diacritics" else unaccented)(
                "".join(write(c) if c in _VIETNAMESE else c
                        for c in unicodedata.normalize("NFC", t)))
        )  # fmt: skip
        print(f"{name}: {found} of {len(longer)} recognised ({found / len(longer):.1%})")


if __name__ == "__main__":
    main()
