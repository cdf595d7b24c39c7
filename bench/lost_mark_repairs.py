"""Count the repairs `untidy.lost_marks` makes on the project's own Vietnamese texts (the
reader's phrases, notices and pages of the tests, the samples and documents:
`old_font_false_alarms.texts`), each line alone. Those texts are written right, save the
slips tests hold on purpose: any repair not of such a slip is a false one. The tests of the
repair (`known_pairs.SLIPS_ON_PURPOSE`) are left out.

    .venv/bin/python bench/lost_mark_repairs.py

Session 28 (r28read, pyvi's dictionary as known pairs): main 12 repairs, the branch 13; the
one more is 'hộ đươc nhận' → 'được', a slip round 26's test expects repaired: none false new.
Session 28 (r28typo, a real word repaired only on strong evidence, the rest reported): 12
repairs. Gone: 'giờ ngay.' → 'ngày' (a guide's 'ngày giờ ngay', a false repair), '"ca mau"'
→ 'cà' (a loanword list's key), 'xa tân phú' (a commune typed bare at `publish --to`, not a
notice); new: 'Dăng kí' → 'Đăng' (round 27's test expects it) and 'Trươc ngày' → 'Trước', both
slips: none false new. Reported as possible slips: 30 in 56,066 lines, half of them spoken
forms of foreign words ('bê vê', 'lô xi', 'nê cô'), which the reader never sees as input; the
others ('dồn điền', 'giờ ngay', 'tân lap') an office reads past. The lead's change after it: a
pair each of whose words makes one of its other neighbour's own pairs is not asked about
('đất đai chi nhánh', asked as 'đài chỉ' in every land office's notice): 15 reported.
Session 29 (r29slips: a syllable that is no word between marked words, lone or in a pair typed
bare, 'không' a number only beside another): the same 13 repairs and 15 reports. A first
draft that took any text with a mark as marked repaired 8 more, all false ('"bac ninh"',
'"truong chinh"', 'bao hiem y': names and quotations typed bare), and asked of 137: only a
syllable with marked words either side is looked at now.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from known_pairs import SLIPS_ON_PURPOSE  # noqa: E402
from old_font_false_alarms import texts  # noqa: E402

from announcements.untidy import read_marks  # noqa: E402


def repairs() -> tuple[Counter[str], Counter[str]]:
    """Each repaired word with its neighbours as written, and how often; each pair reported as
    a possible slip (a warning an office reads), and how often."""
    found: Counter[str] = Counter()
    doubted: Counter[str] = Counter()
    for where, text in texts():
        if where.startswith(SLIPS_ON_PURPOSE):
            continue
        for line in text.splitlines():
            read, doubts = read_marks(line)
            doubted.update(doubts)
            written = line.split()
            for i, (a, b) in enumerate(zip(written, read.split(), strict=False)):
                if a != b:
                    found[f"{' '.join(written[max(0, i - 1) : i + 2])} → {b}"] += 1
    return found, doubted


def main() -> None:
    found, doubted = repairs()
    print(f"{sum(found.values())} repairs")
    for repair, n in sorted(found.items()):
        print(f"{n}\t{repair}")
    print(f"{sum(doubted.values())} reported as possible slips")
    for pair, n in sorted(doubted.items()):
        print(f"{n}\t{pair}")


if __name__ == "__main__":
    main()
