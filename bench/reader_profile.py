"""Where the reader's time goes on the bench's year of notices: each Rule, and each step of
`_read` that is no Rule (tidy, the lexicon, the words), by CPU time per notice.

    .venv/bin/python bench/reader_profile.py [--megabytes 0.3] [--top 40]

Each Rule's time is split by how it ended: stopped by its needed marks, stopped by its gate,
tried and found nothing, or changed the text. A wall clock (a thread's CPU clock is a system
call here, a microsecond a look): run it when the machine is quiet, compare rules with each
other, and the reader with another by bench/normalize_text.py. For
instructions, cache misses and mispredicted branches, run the same notices under `valgrind
--tool=callgrind --cache-sim=yes --branch-sim=yes` (s29speed's and s30speed's notes).
"""

from __future__ import annotations

import argparse
import time
from collections import defaultdict
from collections.abc import Callable
from typing import Any

from normalize_text import notices

from announcements import dates, documents, normalize, rules
from announcements.numbers import NORTH
from announcements.rules import Rule, _Context

STEPS = ("tidy_and_doubt", "_apply_lexicon", "_read_words", "read_defined", "_storms")
"""The functions `_read` calls that are no Rule, timed as a whole."""


def _names() -> dict[int, str]:
    """Each Rule by where it is defined: 'normalize.CODE_RULES[64]'."""
    found: dict[int, str] = {}
    for module in (normalize, dates, documents, rules):
        for name, value in vars(module).items():
            if isinstance(value, Rule):
                found.setdefault(id(value), f"{module.__name__.split('.')[-1]}.{name}")
            elif isinstance(value, list | tuple) and value and isinstance(value[0], Rule):
                for i, rule in enumerate(value):
                    found.setdefault(id(rule), f"{module.__name__.split('.')[-1]}.{name}[{i}]")
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--megabytes", type=float, default=0.3)
    parser.add_argument("--top", type=int, default=40)
    arguments = parser.parse_args()
    clock = time.perf_counter_ns
    spent: dict[tuple[str, str], int] = defaultdict(int)
    counted: dict[tuple[str, str], int] = defaultdict(int)
    names, apply = _names(), Rule.apply

    def timed_rule(rule: Rule, text: str, ctx: _Context) -> str:
        started = clock()
        if rule.needs and not any(mark in text for mark in rule.needs):
            how = "needs"
        elif rule.gate is not None and rule.gate.search(text) is None:
            how = "gate"
        else:
            read = apply(rule, text, ctx)  # its needs and gate looked at again: ~1 µs
            how = "found" if read is not text else "tried"
            text = read
        key = (names.get(id(rule), rule.pattern.pattern[:40]), how)
        spent[key] += clock() - started
        counted[key] += 1
        return text

    def timed(name: str, step: Callable[..., Any]) -> Callable[..., Any]:
        def run(*args: Any, **keywords: Any) -> Any:
            started = clock()
            result = step(*args, **keywords)
            spent[(name, "step")] += clock() - started
            counted[(name, "step")] += 1
            return result

        return run

    Rule.apply = timed_rule  # type: ignore[method-assign, assignment]
    for name in STEPS:
        setattr(normalize, name, timed(name, getattr(normalize, name)))
    vocabulary = normalize.Reader({"bluezone": "Blu dôn", "tanlap": "Tân Lập"}).vocabulary
    texts = notices(arguments.megabytes)
    for text in texts[:300]:  # caches filled, tries compiled
        normalize._read(text, vocabulary, NORTH)
    spent.clear()
    counted.clear()
    started = clock()
    for text in texts:
        normalize._read(text, vocabulary, NORTH)
    total = clock() - started
    per = 1000 * len(texts)
    print(f"{len(texts)} notices, {total / per:.0f} µs a notice (with the clock's own cost)")
    by_how: dict[str, int] = defaultdict(int)
    for (_name, how), ns in spent.items():
        by_how[how] += ns
    print("  ".join(f"{how} {ns / per:.0f} µs" for how, ns in sorted(by_how.items())))
    print(f"{'µs':>6} {'share':>6} {'times':>6}  rule or step (how it ended)")
    for (name, how), ns in sorted(spent.items(), key=lambda item: -item[1])[: arguments.top]:
        times = counted[(name, how)] / len(texts)
        print(f"{ns / per:6.1f} {ns / total:6.1%} {times:6.2f}  {name} ({how})")


if __name__ == "__main__":
    main()
