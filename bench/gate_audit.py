"""Check every rule's shortcut (its needed marks and its gate) on the texts the rule really sees.

A rule is skipped where its `needs` marks or its `gate` are missing; a shortcut that misses
a text the pattern matches silently changes a reading. test_normalize checks the gates on
short examples; this reads every phrase of the reader's tests and the bench's year of notices
(bench/reader_identity.py's phrases), records the texts each rule is given, and lists each
rule whose pattern matches one of them where its shortcut says no.

    .venv/bin/python bench/gate_audit.py

Session eleven found two so ('mã đối tượng HN', 'TÀI KHOẢN 1234.5678'): 30 498 phrases, 96
rules, none skipped where it matches but the two of `ON_PURPOSE`.
"""

from __future__ import annotations

import sys
from collections import defaultdict

from reader_identity import phrases

from announcements import normalize, rules
from announcements.documents import CODE_NUMBER, ROAD_SPACED
from announcements.farming import FUEL_GRADE
from announcements.rules import Rule, _Context

ON_PURPOSE = (FUEL_GRADE, CODE_NUMBER, ROAD_SPACED)
"""Patterns whose marks say where the reading changes, not where they match: 'RON 92' with no
grade after it is read as the other rules read it; a long number is a code's only after 'mã';
a spaced road code only after 'đường' or 'tuyến' (`normalize.ROAD_SPACED_GATE`)."""


def main() -> None:
    seen: dict[Rule, set[str]] = defaultdict(set)
    apply = Rule.apply

    def recording(rule: Rule, text: str, ctx: _Context) -> str:
        seen[rule].add(text)
        return apply(rule, text, ctx)

    rules.Rule.apply = recording  # type: ignore[method-assign, assignment]
    texts = phrases()
    try:
        for text in texts:
            normalize.read_aloud(text)
    finally:
        rules.Rule.apply = apply  # type: ignore[method-assign]
    broken = 0
    for rule, given in seen.items():
        if rule.pattern in ON_PURPOSE:
            continue
        for text in sorted(given):
            skipped = (rule.needs and not any(mark in text for mark in rule.needs)) or (
                rule.gate is not None and rule.gate.search(text) is None
            )
            if skipped and rule.pattern.search(text):
                broken += 1
                print(f"{rule.pattern.pattern[:60]!r} skipped on {text[:80]!r}")
                break
    print(f"{len(texts)} phrases, {len(seen)} rules, {broken} skipped where they match")
    sys.exit(1 if broken else 0)


if __name__ == "__main__":
    main()
