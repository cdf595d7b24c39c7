"""Make announcements/data/known_pairs.txt: the two-syllable neighbours the project's
Vietnamese texts write (the reader's phrases, notices and pages of the tests, the samples and
documents: `old_font_false_alarms.texts`) with how often, those seen SEEN times or more. The
reader's repair of a mark lost or 'd' typed for 'đ' (`untidy.lost_marks`) takes a pair seen
often as a word of notices, and a pair never seen, of which one variant is, as that word typed
in haste.

    .venv/bin/python bench/known_pairs.py [--write]
"""

from __future__ import annotations

import re
import sys
import unicodedata
from collections import Counter
from itertools import pairwise
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from old_font_false_alarms import texts  # noqa: E402

from announcements.unaccented import VIETNAMESE_LETTERS  # noqa: E402
from announcements.untidy import opens_a_sentence  # noqa: E402

SEEN = 2
SLIPS_ON_PURPOSE = (
    "test_notice_lost_marks.py:",
    "test_notice_round28_r91_r92.py:",
    "test_notice_round28_typos.py:",
    "test_notice_round28_blind95.py:",
    "test_notice_round29_slips.py:",
    "test_notice_round30.py:",
    "test_notice_round31_left.py:",
    "test_notice_round32_left.py:",
    "test_notice_round33_blind.py:",
    "test_notice_round33_blind2.py:",
    "test_notice_round34_blind.py:",
    "test_notice_round34_left.py:",
)
"""Tests of the repair, whose phrases and names hold slips many times ('chông rét' thrice):
not counted, or their slips would be known pairs (the rounds' tests hold each slip once or
twice, beside look-alikes such as 'dầm dề' that are counted)."""
OUT = ROOT / "announcements" / "data" / "known_pairs.txt"


def count() -> Counter[str]:
    """Each pair of lower-case words side by side, no mark or digit between them; a sentence's
    first word counts in lower case ('Kính mời' opens most invitations and is written nowhere
    else), a capital inside one starts a name."""
    pairs: Counter[str] = Counter()
    for where, text in texts():
        if where.startswith(SLIPS_ON_PURPOSE) or not any(c in VIETNAMESE_LETTERS for c in text):
            continue
        text = unicodedata.normalize("NFC", text)
        for m in PHRASE.finditer(text):
            words = m.group(0).split()
            if opens_a_sentence(text, m.start()):
                words[0] = words[0].lower() if words[0][1:].islower() else words[0]
            for first, second in pairwise(words):
                if first.islower() and second.islower():
                    pairs[f"{first} {second}"] += 1
    return pairs


PHRASE = re.compile(r"[^\W\d_]+(?: +[^\W\d_]+)*")
"""A run of words, no mark or digit between them."""


def main() -> None:
    pairs = count()
    kept = sorted(p for p, n in pairs.items() if n >= SEEN)
    print(f"{len(pairs)} pairs, {len(kept)} seen {SEEN} times or more")
    if "--write" in sys.argv:
        header = "# bench/known_pairs.py --write: pairs of the project's texts and their count\n"
        OUT.write_text(header + "".join(f"{p}\t{pairs[p]}\n" for p in kept), encoding="utf-8")


if __name__ == "__main__":
    main()
