"""The demo's trial slot (run-station.sh): made once, today only, at a minute free of her
slots; a restart (after a power cut, say) neither moves her day nor prints an error."""

from __future__ import annotations

import os
import shlex
import subprocess
import sys
from datetime import date, datetime, time, timedelta
from pathlib import Path

from conftest import HCM, Run, console_day, query, runner_for

ROOT = Path(__file__).parent.parent


def start(station: Path) -> str:
    """What run-station.sh's trial step prints on a start."""
    done = subprocess.run(
        [sys.executable, ROOT / "scripts" / "demo_trial.py"], cwd=ROOT, capture_output=True,
        text=True, check=True, env={**os.environ, "BROADCASTER_HOME": str(station)},
    )  # fmt: skip
    assert done.stderr == ""
    return done.stdout


def test_the_trial_slot_is_made_once_for_today_beside_her_slots(tmp_path: Path, run: Run) -> None:
    station = tmp_path / "station"
    run("init", "--sample", "bluezone", "--quiet-hours", "none")
    for sample in ("sang", "chieu"):  # the sample's 06:30 and 17:00: a run at 06:35 hit them
        run("schedule", "remove", sample)
    hers = datetime.now(HCM) + timedelta(seconds=60)  # where the trial would go: she keeps it
    run("schedule", "add", "cua-chi", "--title", "Của chị Lan", "--at", f"{hers:%H:%M:%S}",
        "--campaign", "bluezone")  # fmt: skip
    said = start(station)
    assert "Lỗi" not in said and "--at" not in said
    slots = "SELECT name, at, valid_from, valid_until FROM slots WHERE removed_at IS NULL"
    made = dict((name, rest) for name, *rest in query(station, slots))
    assert made["cua-chi"][0].startswith(f"{hers:%H:%M:%S}")
    at, since, until = made["thu-nghiem"]
    assert since == until  # one airing, never a nightly one
    trial = datetime.combine(date.fromisoformat(since), time.fromisoformat(at), HCM)
    assert hers < trial < hers + timedelta(minutes=31)  # the next minute free of hers
    # at 23:59 the next free minute is tomorrow's 00:00: said so, not "hôm nay" (w18mid)
    day = console_day(trial, hers - timedelta(seconds=60))
    assert said == f"Phát thử một lần: {day} lúc {trial:%H:%M:%S}.\n", said

    assert start(station) == ""  # restarted: nothing added, nothing moved, nothing said
    assert dict((name, rest) for name, *rest in query(station, slots)) == made


def test_the_demo_prints_how_to_ask_its_station_from_another_window(tmp_path: Path) -> None:
    """t28demo: a maintainer who typed `.venv/bin/broadcaster status` beside run-station.sh was
    told the folder 'station' is no station and to run 'broadcaster init' (a second, empty
    one): the demo's station is ./demo-station. The line run-station.sh prints names it, and
    the command on it, pasted as printed from anywhere (a space in the folder too), answers."""
    station = tmp_path / "đài mẫu"
    runner_for(station)("init", "--name", "Đài mẫu", "--sample", "bluezone")
    script = (ROOT / "run-station.sh").read_text("utf-8")
    (hint,) = [line for line in script.replace("\\\n", " ").splitlines() if "Xem đài mẫu" in line]
    printed = subprocess.run(
        ["bash", "-c", f"cd {shlex.quote(str(ROOT))}; {hint}"], capture_output=True, text=True,
        check=True, env={**os.environ, "bc": ".venv/bin/broadcaster",
                         "BROADCASTER_HOME": str(station)},
    ).stdout  # fmt: skip
    said, command = printed.split(": ", 1)
    assert said == "Xem đài mẫu từ cửa sổ khác"
    words = shlex.split(command.split(" (hoặc ")[0])
    assert words[0] == str(ROOT / ".venv" / "bin" / "broadcaster")
    asked = subprocess.run(
        words,
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=True,
        env={k: v for k, v in os.environ.items() if k != "BROADCASTER_HOME"},
    )
    assert asked.stdout.startswith("Đài mẫu (") and "Các lần phát sắp tới" in asked.stdout
