"""Check that a change to the reader changes no reading (for speed work: a gate, a pattern
that opens with another character, a cache).

Every phrase of the reader's tests (the module-level values and the parametrize lists of
tests/test_notice_*.py, test_normalize.py, test_lexicon.py and test_speech.py) and the
bench's year of notices is read by this reader and by the reader of another commit: both
voices (northern and southern numbers), with and without the bench's lexicon; the spoken
form, the warnings and the guessed words are compared.

    .venv/bin/python bench/reader_identity.py [--against main]

Prints how many phrases and readings were compared and the first differences; exits 1 if
there is one. Issue 16's speed pass (session six): 17 799 phrases, 71 196 readings, none
different from main's reader.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from normalize_text import baseline_reader, notices

from announcements.normalize import Reader, Reading

ROOT = Path(__file__).resolve().parent.parent
TEST_FILES = ("test_notice_*.py", "test_normalize.py", "test_lexicon.py", "test_speech.py")
LEXICON = {"bluezone": "Blu dôn", "tanlap": "Tân Lập"}
VOICES = ("vi", "vi-vn-x-south")


def _strings(value: Any, depth: int = 0) -> Iterator[str]:
    """The strings inside a test's value: lists, tuples, dicts and pytest.param's values."""
    if depth > 6:
        return
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _strings(key, depth + 1)
            yield from _strings(item, depth + 1)
    elif isinstance(value, list | tuple | set | frozenset):
        for item in value:
            yield from _strings(item, depth + 1)
    elif type(value).__name__ == "ParameterSet":
        yield from _strings(value.values, depth + 1)


def phrases() -> list[str]:
    """The tests' phrases, then the bench's notices, each once, in a fixed order."""
    sys.path.insert(0, str(ROOT / "tests"))
    found: dict[str, None] = {}
    files = sorted({path for pattern in TEST_FILES for path in (ROOT / "tests").glob(pattern)})
    for path in files:
        module = importlib.import_module(path.stem)
        for name, value in vars(module).items():
            if name.startswith("__") or isinstance(value, type(sys)):
                continue
            if callable(value):
                for mark in getattr(value, "pytestmark", ()):
                    if mark.name == "parametrize":
                        found.update(dict.fromkeys(_strings(mark.args[1])))
            else:
                found.update(dict.fromkeys(_strings(value)))
    found.update(dict.fromkeys(notices(1.0)))
    return list(found)


def _said(reading: Reading) -> tuple[str, tuple[str, ...], tuple[str, ...]]:
    return reading.spoken, reading.warnings, getattr(reading, "guessed", ())  # older readers: none


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--against", metavar="REF", default="main")
    ref = parser.parse_args().against
    base_reader = baseline_reader(ref, {})
    pairs = [(Reader(lexicon), type(base_reader)(lexicon)) for lexicon in ({}, LEXICON)]
    texts = phrases()
    differences, readings = [], 0
    for text in texts:
        for this, base in pairs:
            for voice in VOICES:
                readings += 1
                said = _said(this.read(text, voice))
                try:
                    expected: tuple[str, tuple[str, ...], tuple[str, ...]] | str
                    expected = _said(base.read(text, voice))
                except Exception as error:  # an older reader's crash is a difference
                    expected = f"{type(error).__name__}: {error}"
                if said != expected:
                    differences.append((text, voice, expected, said))
    print(f"{len(texts)} phrases, {readings} readings, {len(differences)} different from {ref}")
    for text, voice, expected, said in differences[:10]:
        print(f"{text!r} ({voice}):\n  {ref}: {expected}\n  this: {said}")
    sys.exit(1 if differences else 0)


if __name__ == "__main__":
    main()
