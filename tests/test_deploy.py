"""The station's server set-up (README, "To start it at boot") and the units in deploy/ work as
written under a real systemd (o16sysd, session sixteen): the folders that `init` and the units
need exist with the right owner, and no unit takes away its user's own group."""

from __future__ import annotations

import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path, PurePosixPath

import pytest

ROOT = Path(__file__).parent.parent
README = (ROOT / "README.md").read_text("utf-8")
DEPLOY = ROOT / "deploy"
UNITS = sorted(p for p in DEPLOY.iterdir() if p.suffix in (".service", ".path"))


def settings(unit: Path) -> dict[str, list[str]]:
    """A unit's settings, each key with its values in order (comments left out)."""
    found: dict[str, list[str]] = {}
    for line in unit.read_text().splitlines():
        if "=" in line and not line.startswith(("#", ";", "[")):
            key, value = line.split("=", 1)
            found.setdefault(key.strip(), []).append(value.strip())
    return found


def station_install() -> list[list[str]]:
    """The README's commands that install the station's daemon, each split as a shell would."""
    found = re.search(r"^```sh\n(sudo useradd .*?)^```", README, re.M | re.S)
    assert found
    return [shlex.split(line, comments=True) for line in found.group(1).splitlines()]


def folders_made(commands: list[list[str]]) -> dict[PurePosixPath, str]:
    """The folders these commands make before the first `init`, with their owner: useradd
    --system makes no home unless told to (--create-home), install -d makes its own."""
    made: dict[PurePosixPath, str] = {}
    for words in commands:
        if "init" in words:
            break
        if words[:2] == ["sudo", "useradd"] and {"-m", "--create-home"} & set(words):
            made[PurePosixPath(words[words.index("--home") + 1])] = words[-1]
        if words[:3] == ["sudo", "install", "-d"]:
            owner = words[words.index("-o") + 1]
            made.update((PurePosixPath(w), owner) for w in words[3:] if w.startswith("/"))
    return made


def test_the_readme_makes_the_station_s_folder_for_its_user_before_init() -> None:
    """o16sysd, finding 1: `useradd --system --home /var/lib/broadcaster` makes no folder, and
    `init` then failed with 'không có quyền ghi: /var/lib/broadcaster'."""
    commands = station_install()
    [init] = [words for words in commands if "init" in words]
    assert init[:3] == ["sudo", "-u", "broadcaster"]
    station = PurePosixPath(init[init.index("--station") + 1])
    assert folders_made(commands).get(station.parent) == "broadcaster"
    unit = settings(DEPLOY / "broadcaster.service")
    assert unit["User"] == ["broadcaster"]
    assert unit["Environment"] == [f"BROADCASTER_HOME={station}"]


@pytest.mark.parametrize("name", ["broadcaster.service", "broadcaster-web.service"])
def test_each_station_unit_makes_the_folder_it_works_in(name: str) -> None:
    """A start that finds /var/lib/broadcaster missing or someone else's makes it and hands it
    to the unit's user (StateDirectory=); the console's sandbox may write there and only there."""
    unit = settings(DEPLOY / name)
    [home] = [PurePosixPath(e.split("=", 1)[1]) for e in unit["Environment"]]
    [state] = unit["StateDirectory"]
    assert PurePosixPath("/var/lib", state) in home.parents
    assert unit["StateDirectoryMode"] == ["0750"]
    assert "ReadWritePaths" not in unit  # StateDirectory= is writable under ProtectSystem=strict


def test_no_unit_takes_away_its_user_s_own_group() -> None:
    """o16sysd, finding 2: Group=audio made audio the daemon's only group, so its files went to
    audio and the console's to broadcaster. The sound card's group is added, not swapped."""
    groups = {unit.name: settings(unit).get("Group") for unit in UNITS}
    assert {name: group for name, group in groups.items() if group} == {}
    assert settings(DEPLOY / "broadcaster.service")["SupplementaryGroups"] == ["audio"]
    [useradd] = [words for words in station_install() if words[:2] == ["sudo", "useradd"]]
    assert useradd[useradd.index("--groups") + 1] == "audio"


@pytest.mark.skipif(not shutil.which("systemd-analyze"), reason="systemd's own reading")
def test_systemd_reads_every_unit_without_a_complaint(tmp_path: Path) -> None:
    """`systemd-analyze verify` on every unit, their program pointed at this checkout's (the
    installed /opt/broadcaster is not here): an unknown or misspelt setting is a complaint."""
    program = str(Path(sys.executable).parent / "broadcaster")
    for unit in UNITS:
        text = unit.read_text().replace("/opt/broadcaster/.venv/bin/broadcaster", program)
        (tmp_path / unit.name).write_text(text)
    verify = ["systemd-analyze", "verify", *(str(tmp_path / unit.name) for unit in UNITS)]
    checked = subprocess.run(verify, capture_output=True, text=True, check=False)
    assert checked.returncode == 0 and not checked.stderr, checked.stderr
