"""Measure: how many of the project's Vietnamese texts the old-font check takes for VNI or
TCVN3 (it must be none). The texts are every string literal with a letter beyond ASCII in
the tests (the reader's phrases, notices, pages; tests/test_old_fonts.py, which holds the
old fonts on purpose, aside) and every sample and document file.

    .venv/bin/python bench/old_font_false_alarms.py

Prints the number of texts checked, of those with a Vietnamese letter, and each false alarm.
"""

from __future__ import annotations

import ast
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from announcements.old_fonts import _VIETNAMESE, old_font  # noqa: E402

HOLDS_OLD_FONTS = {"test_old_fonts.py"}


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
            if path.suffix in {".md", ".txt", ".toml"}:
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
    for where, found in alarms:
        print(f"  {where}: {found}")


if __name__ == "__main__":
    main()
