"""Measure: how long the checks every text meets at entry and approval (old fonts and
unaccented, `limits.refuse_unreadable`) take on 100 KB of hostile text, against 10 KB of
the same. They run inside a click and, at approval, under the store's write lock, so each
must be linear: 10 KB → 100 KB should take about ten times as long, never a hundred.

    .venv/bin/python bench/unaccented_hostile.py

Prints, per pattern (quotes that never close, runs of one letter, alternating marks,
blank lines, shorthand), the time for 100 KB, the ratio to 10 KB, and whether the text was
refused. Session sixteen (w16g): before the fix, 100 KB of “ took 4.3 s and of « 5.7 s
(quadratic); after it, every pattern takes under 0.1 s. Figures: see the note w16g.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from announcements.limits import refuse_unreadable  # noqa: E402
from common.errors import BroadcasterError  # noqa: E402

PATTERNS = {
    "unclosed “": "“",
    "unclosed “ and a space": "“ ",
    "unclosed ‘": "‘ ",
    "unclosed «": "« ",
    "ASCII quotes": '"',
    "“ and a word": "“hop ",
    "alternating “‘«": "“‘«",
    "alternating ”“": "”“",
    "one letter": "a",
    "one marked letter": "đ",
    "spaces": " ",
    "newlines": "\n",
    "dots": ".",
    "dot, space, newline": ". \n",
    "dot and tab": ".\t",
    "shorthand": "ae tks ko dc t6 ",
    "unaccented syllables": "hop thon an hoa vao toi nay ",
    "marks typed apart": "a\u0301\u0300\u0309 ",
    "memo labels": "nhóm ",
    "labels on lines": "Nội dung chuyển khoản:\n",
    "capitals": "VAO TOI HOP THON ",
}


def seconds(text: str, runs: int = 3) -> tuple[float, bool]:
    """The shortest time of a few checks of the text (the machine is shared), and whether
    it was refused."""
    best, refused = float("inf"), False
    for _ in range(runs):
        started = time.perf_counter()
        try:
            refuse_unreadable(text, "bench")
        except BroadcasterError:
            refused = True
        best = min(best, time.perf_counter() - started)
    return best, refused


def main() -> None:
    print(f"{'pattern':26} {'100 KB':>8} {'÷ 10 KB':>8}  refused")
    for name, unit in PATTERNS.items():
        size = len(unit.encode("utf-8"))
        large, refused = seconds(unit * (100 * 1024 // size))
        small, _ = seconds(unit * (10 * 1024 // size))
        print(f"{name:26} {large:7.3f}s {large / max(small, 1e-6):7.1f}x  {refused}")


if __name__ == "__main__":
    main()
