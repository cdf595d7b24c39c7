"""Benchmark: normalise a year of commune notices (~1 MB of text), then hostile input.

Each notice is read with the station reader (lexicon included), against a plain `str.split`
pass over the same text in the same run. Prints both times, the ratio and peak memory.
Then 100 KB of each hostile pattern (what a careless or malicious script holds: repeated
'a.', digits, slashes, abbreviations…) is read, and compared with 10 KB of the same: a
linear reader takes about ten times as long, one that rescans a hundred times.

    .venv/bin/python bench/normalize_text.py [--megabytes N] [--against main]

With --against REF, the reader of that commit is imported from a copy of its
`announcements/` and both read the same notices, interleaved, five times each.

Figures on this machine (2 cores shared with other jobs, so compare ratios): main before
issue 16 read the year of notices at 247-449x str.split (0.17-0.46 MB/s, 5 runs); the
reader of issue 16, read interleaved with main's in one process (median of 5 CPU times
each, 1 MB), takes 0.84-0.96x main's time, with the wider vocabulary. On main, 10 KB of
'a.' took 2.4 s and 20 KB 9.6 s (quadratic; the trial saw 48 s for 40 KB); now 100 KB of
any pattern below takes 0.05-0.6 s, 7-16x its 10 KB. Round two of issue 16 (`--against
main`, 1 MB, 3 runs): 1.06x, 1.08x and 1.10x main's time, with foreign names said in
syllables and address words given back their marks; hostile input 9.5-11x its 10 KB.
Round three (plates, signs, ranges of months and numerals, issuers composed, ~60 more
abbreviations; `--against main`, 1 MB, load average 6-13): 1.08x, 0.92x, 1.00x main's time.
Gated rules (number rules stop when no digit is left, fourteen rules look first for a short
pattern every match holds; load average 1): `--against fa0f2b6^` (before issue 16) 1.08x and
0.95x, where the reader before the gates read 1.15x and 1.21x; 0.84-0.95x that reader's time.
Session six's speed pass (gates and patterns that open with a character the regex engine
skips to, the last passes over the spoken text, words checked once per token, numbers
remembered; no reading changed, bench/reader_identity.py), load average 4-14: `--against
fa0f2b6^` 0.82x, 0.85x, 0.88x (1.19x before it); against main before it (8dbb01e) 0.72x,
0.80x, 0.71x, though main had gained a round of vocabulary since.
Session ten's speed pass (gates that open with a literal or one class, the house number's
forty look-behinds behind one look at a house word's last letter, which cost 5-8% alone;
no reading changed): `--against fa0f2b6^` 1.17x, 1.17x before it (load 3), 1.08x, 1.05x
after it (load 8), 1.10-1.19x at load 11-14 (where this ratio wanders most); against the
reader before it (6cbde7c) 0.91x, 0.91x, 0.92x at load 11-16.
Its second pass (a notice's own accents gathered from token starts only, a rule's needed marks
looked for with `in`, address labels without re's cache; no reading changed), load 1:
`--against main` 0.95x, 0.98x; `--against fa0f2b6^` 1.16x (main: 1.14-1.23x).
Session eleven (three gates at a cheaper first character; a pre-pass shared by the digit gates
read 1.13-1.15x main's time and was dropped, see bench/gate_audit.py for the gates), load 4-5:
`--against d3822f6` (before it) 0.99x, 0.98x; `--against fa0f2b6^` 1.10x, 1.04x. On main 3852bb4
(load 10-11): `--against main` 1.00x, 0.99x; `--against fa0f2b6^` 1.12x, 1.14x.
Tidy's common steps looked for in two scans (session eleven, s11speed2; no reading changed), on
main 9f96122 at load 3-5: `--against main` 0.98x, 0.96x; `--against fa0f2b6^` 1.01x, 1.03x.
Session thirteen (the vessel's and 'chỉ đạo' gates open at a rarer letter, CODE_NUMBER gated on
'mã'; no reading changed), on integ 3f2e4cb at load 12-17: `--against integ` 1.00x, 0.99x;
`--against fa0f2b6^` 1.19x, 1.19x (on 65860b5, load 9-13: 1.26x, 1.07x; this ratio wanders).
Session 28 (s28speed): sessions 14-28 took it to 1.61x (main 9c2e8531) and 2.05x (integ
bd529965, 1.14x main's time), the lost-mark repair and rounds 93-96 without a speed pass. Gates
that open at a rare character for twenty rules and tidy steps (aircraft, turns listed, weekdays,
'mùng', a disease's letters, unmarked names, same codes, phones side by side, phone labels,
annexes, gold, three date rules; Mr/Ms, a hornless 'u', 'd' after a digit, the lost-mark words)
and a one-look filter before a lost-mark pair is built; no reading changed (reader_identity
--against integ: 36,051 phrases, 144,204 readings, 0 different). Load 3-7: `--against integ`
0.85x, 0.97x, 0.89x; `--against fa0f2b6^` 1.42x, 1.61x, 1.61x. Far from 1.2x: most of the
time is now rules that do find something (dates, numbers, units) and ~150 gates per notice.
Session 29 (s29speed; `valgrind --tool=callgrind` counts instructions, repeatably under load):
the time is the regex engine scanning a notice once per rule tried. One search of a notice of
150 characters costs 1,750 instructions where the pattern opens with a literal, 7,600 with a
class of two, 18,700 with a digit class, 44,400 with nothing the engine skips to (an
alternation of classes, a case-blind word, a look-behind first). One scan deciding the rules
does not pay with `re`: CODE_RULES' 47 gates in one pattern cost 1.25 M instructions a notice,
464 k apart; `set(text)` costs 28 k, three gates. Seven gates and patterns that opened with
nothing to skip to now open with a literal or one class, and a test holds every rule and tidy
step to it; no reading changed. Per notice (600 read after 100): 2.85 M instructions before,
2.78 M after, fa0f2b6^'s reader 2.81 M: the same work, yet 1.5x its CPU time, in 2.2x the
mispredicted branches and 3.4x the D1 misses (`--cache-sim=yes --branch-sim=yes`), most in the
engine's per-character look at a class (see s29speed's note). `--against 'fa0f2b6^'`: 1.53x
before it at load 1; after it 1.59x and 1.70x at load 7-8, 1.79x at load 10 (the ratio grows
with the load, as a reader that misses the caches more would); `--against fc3efb13` (before
it) 0.96x, 0.99x: the instructions saved, 2-3 %, are within this bench's noise.
Session 30 (s30speed; bench/reader_profile.py times each Rule and step): the long word lists
are not where the time goes. Matched by `rules.Keys` (a scan for the words a key may open with,
a small trie per word) instead of one trie regex each (181 KB of engine code for the 2,200
abbreviations, 163 KB the lexicon's, 45 KB the slipped marks'), callgrind per notice (300
read after 100): 3.04 M instructions against integ's 2.93 M, D1 misses 11.3 k against 10.7 k,
I1 misses 33.7 k against 29.4 k (fa0f2b6^: 2.80 M, 3.1 k, 18.9 k): Python's loop over the
words costs more than the engine's walk, and the misses stay; only the abbreviations keep
Keys (compiled in 2.4 ms where the trie took 60 ms at every start). A pair of lost marks is
looked at only where a common pair outnumbers it ('làm mới', in 59 % of these notices, had
every word listed). Both: 2.89 M instructions a notice (integ 2.93 M), the misses as integ's;
`--against 57f8485c` (before it) 1.00x; `--against 'fa0f2b6^'` 1.81x at load 5-9. Where the
time is: the engine's class test (`sre_ucs1_charset`) is 0.63 M of the
3.0 M instructions and 29.6 k of 55.8 k indirect mispredictions a notice, called once a
character for each of the ~91 scans that open with a class (gates and patterns; 63 open with
a literal, 12 with nothing to skip to); fa0f2b6^'s reader made ~22 scans and spent 0.22 M there.
Session 31 (s31speed; callgrind, 300 notices read after 100): the class test is where the
time goes, beyond its instructions: 30.8 k of a notice's 52.9 k mispredicted indirect
branches (`--branch-sim=yes`), two or three a character skipped, ~13,000 characters skipped
by class a notice. Gates that open with a class of a few plain characters ('[-–]…', '[ãệợ]…',
24 of them) are looked for one character at a time (`rules.Either`: `in`, then a pattern that
opens with the literal): characters skipped by class 13.7 k → 10.8 k, 2.96 M → 2.86 M
instructions. Rules look for `[0-9]` instead of `\\d` where the notice, its lexicon and what
the station ships hold no digit of another script (`Rule.ascii`; `\\d` is tested through two
calls into the character database): 2.79 M. No reading changed (reader_identity --against
integ: 36,703 phrases, 146,812 readings, 0 different). `--against integ` 0.96x, 0.96x at load
3-4; `--against 'fa0f2b6^'` 1.57x, 1.40x, 1.74x at load 3-4 (1.50x before it at load 1),
1.83-1.90x at load 12-17. Tried and dropped: searching number rules from the text's first
digit (a third of what they scan comes before it), by `finditer(text, pos)` and a join in
Python (2.82 M: the join costs what the scan saved) or a search from there before `sub`
(2.82 M). Still a class skip: `[0-9]` 2.4 k characters (15 scans), `\\d` outside rules 1.2 k,
capitals (`[A-Z]`, `[A-ZĐ]`, the abbreviations' first letters) ~1.3 k, and ~40 rules' single
scans of other classes, 135-235 characters each.
Its second pass (s31speed2): gates for five class-opening rules (day of every month, capital
units, composed issuers, roman numerals, phones; split into literals by `Either`) and SYMBOL's
symbols looked for with `in`: 2.809 M -> 2.773 M instructions a notice; no reading changed.
Session 32 (s32speed): every rule looks for `[0-9]` (a station lexicon's digits of another
script folded at load as a notice's are, `rules.fold_digits`: one set of patterns), and eight
rules tried on most notices that find nothing there got gates (a list's dashes, '7h30', unit
chains, a type before a number, ratios, PER_UNIT, PHONE's 0 not inside a number, a grouped
number); no reading changed. Replayed rule by rule, ~4 µs a notice less. How far skipping can
go: told in advance which of the ~155 rule applications change each notice (6.9 do) and
returning at once from the others, the reader takes 281-329 µs a notice against 454-478 µs
(CPU, 1,999 notices after 300, load 9): -35 to -40 %, ~1.1x fa0f2b6^ at the very best. A census
of the gates' first characters (`set(text)`) would skip 19 of the 155 (70 stop at `needs`).
The same applications replayed one rule at a time cost 185-250 µs a notice, inside the reader
~400: ~155 different patterns and read functions started cold a notice, not their scans, are
where the time goes (tidy_and_doubt 45 µs alone, 92 µs inside). `--against integ` 1.15x,
1.03x, 0.98x at load 6-10 (its 1 % is far inside the noise); `--against 'fa0f2b6^'` 1.58x,
1.69x, 1.66x at load 6-12 (integ: 1.80x at load 3-5 the same day).
Session 33 (s33speed): a census by an engine whose cost does not grow with the patterns, tried
in a script and not built. Every Rule's gate and pattern (161 rules, all expressible) relaxed
into one RE2 `Set` (google-re2; look-arounds and back-references dropped, classes widened: a
superset), matched once per text version (7.8 a notice) and a rule skipped where its index is
missing: 99 of the ~117 applications past `needs` skipped, 18.5 tried (6.9 change the text),
no reading changed on the bench. CPU a notice, 1,999 notices interleaved in chunks of 250, 8
rounds, load 3.4-3.9: every rule 530 µs, census 519 (-2 %), the census's choices at no cost 378
(-29 %), s32speed's oracle 348 (-34 %). The census costs what it saves: a `Set.Match` of a
165-character text takes 2.5 µs in a loop but 9-18 µs inside the reader (a one-pattern Set 4.7
µs, `str.encode` 1.9 µs there: cold code and a DFA of ~250 patterns whose states miss the
caches). Patterns cut to four atoms skip less (at no cost -9 %) and cost as much (+25 %);
Hyperscan (`hyperscan`) takes 18-47 µs a scan. `--against 'fa0f2b6^'` on integ 1202e382: 1.70x
at load 3.8-4.0.
Session 33 (s33found): the rules that do find something, their read functions. Those ~7
applications a notice take ~28 % of the reader's time (py-spy, 4 passes of the year), nearly
all in their callbacks: looks back and forth around the match, several a callback, and the
issuer of a document number read twice. The dearest looks made cheap, no reading changed
(reader_identity --against 394680da: 37,657 phrases, 0 different): LAST_WORD searched backwards
(`last_word`, 4 µs -> 1.5 µs a look), the look-backs that open with a list of words
(CALL_CONTEXT, CALLED_IN_SENTENCE, FEEDER, WEEKDAY_RIGHT_BEFORE: 10-50 µs a window) searched
only where the window holds one of the words (`rules.Needing`), `_ends_with` by `filter` in C,
a document number's issuer named after it read once, `issuing_body` remembered. Replayed warm
rule by rule (CPU, min of 15 rounds, load 3-4): the applications that change the text cost
98 µs a notice against 102 (the document number 32 -> 21 µs, numbers 17 -> 13); in the reader
`--against 394680da` 1.06x, 0.98x, 0.96x, 0.96x at load 3-5 (within the noise), `--against
integ` (a44cf313, without it) 1.03x. `re`'s own cache misses nothing (4 patterns given as
strings, ~1 call a notice); the collector runs 4 times in 6,653 notices. `--against
'fa0f2b6^'` 1.68x at load 2.5, 1.88x and 1.95x at load 4-6.
"""

from __future__ import annotations

import argparse
import importlib
import io
import random
import resource
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

from announcements.normalize import Reader

ROOT = Path(__file__).resolve().parent.parent

TEMPLATES = (
    "Thực hiện công văn số {n}/BTTTT-TTH ngày {d}/{m}/{y} của Bộ Thông tin và Truyền thông, "
    "UBND xã đề nghị bà con cài đặt ứng dụng Bluezone trước {h}h{mi}.",
    "Từ {d}/{m} - {d2}/{m}/{y}, BCĐ phòng chống COVID-19 tổ chức tiêm cho {k} người tại TYT xã, "
    "mỗi ngày từ 7h đến 11:30, liên hệ 0912 345 678.",
    "Quý III năm {y}, xã thu ngân sách đạt {p}% kế hoạch, tương đương {money}đ, "
    "làm mới {km} km đường và {ha} ha lúa.",
    "Thông báo lịch họp thôn vào thứ {w}, ngày {d}/{m}, tại nhà văn hóa. Xem thêm tại "
    "www.tanlap.gov.vn hoặc gửi thư tới vanhoa@tanlap.gov.vn.",
    "Học sinh THCS, THPT nhập học ngày {d}/{m}/{y}; cách ly {a}-{b} ngày với F0, F1; "
    "gọi 115 khi cấp cứu.",
)


def notices(megabytes: float, seed: int = 2020) -> list[str]:
    rng = random.Random(seed)
    out, size = [], 0
    while size < megabytes * 1_000_000:
        text = rng.choice(TEMPLATES).format(
            n=rng.randint(1, 9999),
            d=rng.randint(1, 28),
            d2=rng.randint(1, 28),
            m=rng.randint(1, 12),
            y=rng.randint(2020, 2026),
            h=rng.randint(5, 20),
            mi=f"{rng.randint(0, 59):02d}",
            k=rng.randint(10, 5000),
            p=rng.randint(1, 120),
            money=f"{rng.randint(1, 999)}.{rng.randint(0, 999):03d}.000",
            km=rng.randint(1, 30),
            ha=f"{rng.randint(1, 90)},{rng.randint(1, 9)}",
            w=rng.randint(2, 7),
            a=rng.randint(3, 7),
            b=rng.randint(8, 14),
        )
        out.append(text)
        size += len(text.encode())
    return out


HOSTILE = ("a.", "1", "1/", "1.", "1-", "UBND ", "a@", "](", "số 1/", "gọi 1", "1h-", "Km1+")


def hostile(reader: Reader) -> None:
    """100 KB of each pattern: time, throughput, and the ratio to 10 KB (10x is linear)."""
    print(f"{'hostile input':16} {'100 KB':>8} {'MB/s':>6} {'vs 10 KB':>9}")
    for unit in HOSTILE:
        seconds = []
        for size in (10_000, 100_000):
            text = unit * (size // len(unit))
            started = time.process_time()
            reader.read(text)
            seconds.append(time.process_time() - started)
        small, large = seconds
        print(f"{unit!r:16} {large:7.3f}s {0.1 / large:6.2f} {large / max(small, 1e-4):8.1f}x")


def baseline_reader(ref: str, lexicon: dict[str, str]) -> Reader:
    """The reader of another commit (e.g. main), imported under its own package name from a
    copy of its `announcements/`, so that both readers run in this one process."""
    folder = Path(tempfile.mkdtemp(prefix="reader-baseline-"))
    archive = subprocess.run(
        ["git", "archive", ref, "announcements"], cwd=ROOT, check=True, capture_output=True
    ).stdout
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        tar.extractall(folder, filter="data")
    (folder / "announcements").rename(folder / "baseline_announcements")
    sys.path.insert(0, str(folder))
    module = importlib.import_module("baseline_announcements.normalize")
    reader: Reader = module.Reader(lexicon)
    return reader


def against(ref: str, texts: list[str], lexicon: dict[str, str], rounds: int = 5) -> None:
    """Both readers on the same notices, interleaved (noise hits both alike): the median CPU
    time of each, and their ratio."""
    readers = {"this": Reader(lexicon), ref: baseline_reader(ref, lexicon)}
    seconds: dict[str, list[float]] = {name: [] for name in readers}
    for _round in range(rounds):
        for name, reader in readers.items():
            started = time.process_time()
            for text in texts:
                reader.read(text)
            seconds[name].append(time.process_time() - started)
    this, base = (statistics.median(seconds[name]) for name in readers)
    print(f"this reader    {this:8.3f} s CPU (median of {rounds})")
    print(f"{ref:14} {base:8.3f} s CPU (median of {rounds})")
    print(f"ratio          {this / base:8.2f}x {ref}'s time")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--megabytes", type=float, default=1.0)
    parser.add_argument(
        "--against", metavar="REF", help="also time the reader of this git commit (e.g. main)"
    )
    arguments = parser.parse_args()
    texts = notices(arguments.megabytes)
    lexicon = {"bluezone": "Blu dôn", "tanlap": "Tân Lập"}
    if arguments.against:
        against(arguments.against, texts, lexicon)
        return
    reader = Reader(lexicon)

    started = time.perf_counter()
    words = sum(len(text.split()) for text in texts)
    split_s = time.perf_counter() - started

    started = time.perf_counter()
    spoken = [reader.read(text).spoken for text in texts]
    read_s = time.perf_counter() - started

    size = sum(len(t.encode()) for t in texts)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        f"{len(texts)} notices, {size / 1e6:.2f} MB, {words} words in, "
        f"{sum(len(s.split()) for s in spoken)} words out"
    )
    print(f"str.split      {split_s:8.3f} s   1.00x")
    print(
        f"read_aloud     {read_s:8.3f} s {read_s / split_s:7.0f}x   "
        f"({size / 1e6 / read_s:.2f} MB/s), peak RSS {peak_mb:.0f} MB"
    )
    hostile(reader)


if __name__ == "__main__":
    main()
