"""Benchmark: how long the command line takes to start, against a bare `python -c pass`.

Times `broadcaster --help` and `broadcaster announce list` (a station with 20 announcements),
each in Vietnamese (the catalog loaded) and in English (no catalog), and `status` (which reads
the next airings' texts to find their speech), interleaved with
`python -c pass` in the same run, and prints medians and ratios. `--against REF` also times
another commit's code (checked out in a temporary worktree, same interpreter and packages),
so a change's cost is read from one run on one machine.

    .venv/bin/python bench/cli_startup.py [--runs 15] [--against main]
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LANGUAGES = {"vi": "vi_VN.UTF-8", "en": "en_US.UTF-8"}


def timed(command: list[str], cwd: Path, language: str | None) -> tuple[float, float]:
    """Wall-clock and CPU (user + system) seconds of one run: on a machine shared with other
    work the CPU time is the steadier of the two."""
    environment = {k: v for k, v in os.environ.items()
                   if k not in ("LC_ALL", "LC_MESSAGES", "LANGUAGE")}  # fmt: skip
    environment["LANG"] = LANGUAGES[language] if language else "C.UTF-8"
    environment["PYTHONPATH"] = str(cwd)
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    subprocess.run(command, cwd=cwd, env=environment, check=True, stdout=subprocess.DEVNULL)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def make_station(folder: Path) -> Path:
    station = folder / "station"
    cli = [sys.executable, "-m", "cli", "--station", str(station)]
    subprocess.run([*cli, "init"], cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
    scripts = folder / "scripts"
    scripts.mkdir()
    for n in range(20):
        (scripts / f"tb-{n:02d}.md").write_text(
            f"---\ntitle: Thông báo số {n}\ncampaign: thu\n---\nBà con chú ý, thông báo {n}.\n",
            encoding="utf-8",
        )
    subprocess.run([*cli, "announce", "add", *map(str, sorted(scripts.iterdir()))], cwd=ROOT,
                   check=True, stdout=subprocess.DEVNULL)  # fmt: skip
    return station


def checkout(ref: str, folder: Path) -> Path:
    tree = folder / "against"
    subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", str(tree), ref],
                   check=True, capture_output=True)  # fmt: skip
    return tree


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--against", help="also time this commit's code (e.g. main)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        station = make_station(folder)
        trees = {"this": ROOT}
        if args.against:
            trees[args.against] = checkout(args.against, folder)
        for tree in trees.values():  # as run-tests.sh: no process compiles the modules again
            subprocess.run([sys.executable, "-m", "compileall", "-q", "-x", r"/\.venv/", str(tree)],
                           check=True, stdout=subprocess.DEVNULL)  # fmt: skip
        cases: dict[str, tuple[list[str], Path, str | None]] = {
            "python -c pass": ([sys.executable, "-c", "pass"], ROOT, None)
        }
        for name, tree in trees.items():
            for code in LANGUAGES:
                cli = [sys.executable, "-m", "cli", "--station", str(station)]
                cases[f"{name} --help ({code})"] = ([*cli, "--help"], tree, code)
                cases[f"{name} announce list ({code})"] = (
                    [*cli, "announce", "list"], tree, code)  # fmt: skip
            cases[f"{name} status (vi)"] = ([*cli, "status"], tree, "vi")
        for argv, cwd, language in cases.values():  # warm the disk cache and .mo files
            timed(argv, cwd, language)
        times: dict[str, list[float]] = {name: [] for name in cases}
        cpu: dict[str, list[float]] = {name: [] for name in cases}
        try:
            for _ in range(args.runs):
                for name, (command, cwd, language) in cases.items():
                    wall, used = timed(command, cwd, language)
                    times[name].append(wall)
                    cpu[name].append(used)
        finally:
            if args.against:
                subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force",
                                str(trees[args.against])], check=False)  # fmt: skip
    for label, measured in (("wall-clock", times), ("CPU", cpu)):
        base = statistics.median(measured["python -c pass"])
        print(f"{label:34} {'median':>9} {'× python -c pass':>17}")
        for name, values in measured.items():
            median = statistics.median(values)
            print(f"{name:34} {median * 1000:7.1f} ms {median / base:16.2f}×")
        for name in trees:
            for asked in ("--help", "announce list"):
                vi = statistics.median(measured[f"{name} {asked} (vi)"])
                en = statistics.median(measured[f"{name} {asked} (en)"])
                print(f"{label} {name} {asked}: Vietnamese (catalog) / English (none) = "
                      f"{vi / en:.3f}")  # fmt: skip
        if args.against:
            for asked in ("--help", "announce list", "status"):
                this = statistics.median(measured[f"this {asked} (vi)"])
                then = statistics.median(measured[f"{args.against} {asked} (vi)"])
                print(f"{label} {asked} (vi): this / {args.against} = {this / then:.3f}")
        print()


if __name__ == "__main__":
    main()
