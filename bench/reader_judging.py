"""Judge the reader blind against announcers: issue 16's measure since session twenty-three.

Scoring the reader's words against announcers' words cannot reach 98 %: two careful
announcers agree on 67–88 % of lines. So each line where the readings differ goes to a judge
(a broadcast editor) with the reader's and the announcers' readings shuffled under letters,
unnamed, lower-cased, punctuation removed. The judge marks each reading **đúng** (a careful
announcer could say it and every listener understands it as written), **lạ** (understood, but
no announcer says it so) or **sai** (a listener hears something else or loses part). Lines
where every reading agrees count đúng for all.

A round is a folder with `phrases.tsv` (`id<TAB>written phrase`) and one `NAME.tsv` per
announcer (`id<TAB>reading`); the phrases stay out of the project (held out).

    .venv/bin/python bench/reader_judging.py prep start=/work/main,final=/work/wt/integ \\
        ROUND OUT [--north]
    .venv/bin/python bench/reader_judging.py score OUT/key.json VERDICTS.tsv [...]

`prep` reads every phrase with the reader of each work tree (its own .venv, the southern voice
unless --north), writes OUT/items.md for the judge and OUT/key.json (which letter is whose:
keep it from the judge). The judge writes `id<TAB>letter<TAB>đúng|lạ|sai[<TAB>why]` for every
letter shown. `score` prints, per source, the share of lines judged đúng and understood
(đúng or lạ), for each verdict file given.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import subprocess
import sys
import unicodedata
from collections import Counter
from pathlib import Path

VERDICTS = ("đúng", "lạ", "sai")
READ = """
import json, sys
from announcements.normalize import Reader
reader, voice = Reader(), sys.argv[1]
print(json.dumps([reader.read(text, voice).spoken for text in json.load(sys.stdin)]))
"""
OLD_TONES = {  # old-style tone placement on a word-final oa/oe/uy, as the new style writes it
    f"{first}{marked}": f"{unicodedata.normalize('NFC', first + tone)}{second}"
    for first, second in (("o", "a"), ("o", "e"), ("u", "y"))
    for tone in ("\u0300", "\u0301", "\u0309", "\u0303", "\u0323")
    for marked in [unicodedata.normalize("NFC", second + tone)]
}


def canonical(reading: str) -> str:
    """What a listener hears: lower case, no punctuation, one tone style, single spaces."""
    text = unicodedata.normalize("NFC", reading).lower()
    text = re.sub(r"[^\w\s]|_", " ", text)
    words = []
    for word in text.split():
        for old, new in OLD_TONES.items():
            if word.endswith(old):
                word = word[: -len(old)] + new
        words.append(word)
    return " ".join(words)


def read_tsv(path: Path) -> dict[str, str]:
    rows = (line.split("\t", 1) for line in path.read_text(encoding="utf-8").splitlines())
    return {row[0].strip(): row[1].strip() for row in rows if len(row) == 2}


def reader_readings(worktree: Path, texts: list[str], voice: str) -> list[str]:
    """The readings of that work tree's reader, run in its own virtualenv."""
    done = subprocess.run(
        [str(worktree / ".venv/bin/python"), "-c", READ, voice],
        input=json.dumps(texts),
        capture_output=True,
        text=True,
        cwd=worktree,
        check=True,
    )
    readings: list[str] = json.loads(done.stdout)
    return readings


def prep(readers: str, round_dir: Path, out: Path, north: bool, seed: int) -> None:
    phrases = read_tsv(round_dir / "phrases.tsv")
    ids = list(phrases)
    sources: dict[str, dict[str, str]] = {
        path.stem: read_tsv(path) for path in sorted(round_dir.glob("*.tsv"))
    }
    del sources["phrases"]
    voice = "vi" if north else "vi-vn-x-south"
    for pair in readers.split(","):
        name, tree = pair.split("=", 1)
        texts = reader_readings(Path(tree), [phrases[i] for i in ids], voice)
        sources[name] = dict(zip(ids, texts, strict=True))
    rng = random.Random(seed)
    key: dict[str, dict[str, list[str]]] = {}
    lines = [f"# Round {round_dir.name}: {len(ids)} phrases\n"]
    for i in ids:
        distinct: dict[str, list[str]] = {}
        for name, readings in sources.items():
            if i in readings:
                distinct.setdefault(canonical(readings[i]), []).append(name)
        key[i] = {}
        if len(distinct) < 2:
            continue
        shown = list(distinct.items())
        rng.shuffle(shown)
        lines.append(f"\n## {i}\n\n{phrases[i]}\n")
        for letter, (reading, names) in zip("ABCDEFGHIJ", shown, strict=False):
            key[i][letter] = names
            lines.append(f"- {letter}: {reading}")
    out.mkdir(parents=True, exist_ok=True)
    (out / "items.md").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (out / "key.json").write_text(json.dumps({"sources": list(sources), "lines": key}))
    judged = sum(1 for letters in key.values() if letters)
    print(f"{out / 'items.md'}: {judged} of {len(ids)} lines to judge; key {out / 'key.json'}")


def score(key_path: Path, verdict_paths: list[Path]) -> None:
    key = json.loads(key_path.read_text())
    sources, lines = key["sources"], key["lines"]
    print(f"{len(lines)} lines; đúng / understood (đúng+lạ), per cent")
    for path in verdict_paths:
        given: dict[tuple[str, str], str] = {}
        for row in path.read_text(encoding="utf-8").splitlines():
            cells = [cell.strip() for cell in row.split("\t")]
            if len(cells) >= 3 and cells[2] in VERDICTS:
                given[(cells[0], cells[1])] = cells[2]
        missing = [(i, x) for i, letters in lines.items() for x in letters if (i, x) not in given]
        if missing:
            sys.exit(f"{path}: {len(missing)} readings without a verdict, first {missing[0]}")
        tally: dict[str, Counter[str]] = {name: Counter() for name in sources}
        for i, letters in lines.items():
            for name in sources:
                letter = next((x for x, names in letters.items() if name in names), None)
                if letters and letter is None:
                    continue  # that source has no reading of this line
                tally[name][given[(i, letter)] if letter else "đúng"] += 1
        print(f"\n{path}")
        for name, counts in tally.items():
            total = sum(counts.values())
            right = 100 * counts["đúng"] / total
            understood = 100 * (counts["đúng"] + counts["lạ"]) / total
            print(f"  {name:12} {right:5.1f} / {understood:5.1f}  ({dict(counts)})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    p = commands.add_parser("prep")
    p.add_argument("readers", help="NAME=WORKTREE[,NAME=WORKTREE...]")
    p.add_argument("round", type=Path)
    p.add_argument("out", type=Path)
    p.add_argument("--north", action="store_true", help="the northern voice")
    p.add_argument("--seed", type=int, default=25)
    s = commands.add_parser("score")
    s.add_argument("key", type=Path)
    s.add_argument("verdicts", type=Path, nargs="+")
    args = parser.parse_args()
    if args.command == "prep":
        prep(args.readers, args.round, args.out, args.north, args.seed)
    else:
        score(args.key, args.verdicts)


if __name__ == "__main__":
    main()
