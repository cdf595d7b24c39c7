"""Settings are trusted only when they are safe: amplifier commands are argument lists run
without a shell (unless `shell = true` is written), they do not run from settings other users
can change, and init creates its files 0644/0600 whatever the umask."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from conftest import Run, make_tone, set_config

from common.i18n import sentences

NOBODY = 65534


@pytest.fixture
def announced(station: Path, scripts: Path, run: Run) -> Path:
    make_tone(scripts / "chuong.wav", seconds=0.5)
    run("announce", "add", str(scripts / "chuong.wav"))
    return station


def play(run: Run, station: Path, code: int = 0) -> dict[str, Any]:
    run("play", "--announce", "chuong", "--sink", f"file:{station}/out", code=code)
    logged: list[dict[str, Any]] = json.loads(run("log", "list", "--json").stdout)
    return logged[-1]


def words(*argv: str) -> str:
    return json.dumps(list(argv))


def test_hooks_are_argument_lists_that_no_shell_reads(
    announced: Path, run: Run, tmp_path: Path
) -> None:
    odd = tmp_path / "relay on; touch pwned $(id) `id` > x"
    set_config(announced, "before", words("touch", str(odd)))
    set_config(announced, "after", words("touch", str(tmp_path / "relay off")))
    assert play(run, announced)["status"] == "aired"
    assert odd.exists() and (tmp_path / "relay off").exists()  # the names, taken literally
    assert not (tmp_path / "pwned").exists() and not (tmp_path / "x").exists()


@pytest.mark.parametrize(
    ("before", "runs"),
    [
        ('"touch {tmp}/relay-on"', "relay-on"),  # the old form: words, no shell
        ("\"touch '{tmp}/relay on'\"", "relay on"),  # quotes still group words
    ],
)
def test_old_string_settings_are_read_as_words(
    announced: Path, run: Run, tmp_path: Path, before: str, runs: str
) -> None:
    set_config(announced, "before", before.format(tmp=tmp_path))
    assert play(run, announced)["status"] == "aired"
    assert (tmp_path / runs).exists()


@pytest.mark.parametrize(
    ("setting", "value", "message"),
    [
        ("before", '"echo on >> /tmp/relay"', "amplifier.before needs a shell ('>')"),
        ("after", '"relay off; reboot"', "amplifier.after needs a shell (';')"),
        ("before", '"relay $(whoami)"', "needs a shell ('$')"),
        ("before", '"relay `id`"', "needs a shell ('`')"),
        ("before", '"relay | tee log"', "needs a shell ('|')"),
        ("before", '["", "on"]', "the first word must name a program"),
        ("before", "[1, 2]", "should be a list of words"),
        ("before", '"unclosed \'quote"', "amplifier.before: a quotation mark is not closed"),
    ],
)
def test_settings_that_need_a_shell_say_so(
    announced: Path, run: Run, setting: str, value: str, message: str
) -> None:
    set_config(announced, setting, value)
    result = run("announce", "list", code=1)
    assert message in result.stderr and result.stderr.count("\n") == 1, result.stderr


def test_a_shell_runs_only_when_the_operator_writes_shell_true(
    announced: Path, run: Run, tmp_path: Path
) -> None:
    set_config(announced, "shell", "true")
    set_config(announced, "before", f'"echo on >> {tmp_path}/relay.log && echo ok"')
    assert play(run, announced)["status"] == "aired"
    assert (tmp_path / "relay.log").read_text() == "on\n"
    set_config(announced, "before", words("echo", "on"))
    assert "with shell = true, write the command as one line" in run("status", code=1).stderr


def unsafe_toml(station: Path, tmp_path: Path) -> Path:
    (station / "station.toml").chmod(0o666)
    return station / "station.toml"


def group_writable_toml(station: Path, tmp_path: Path) -> Path:
    (station / "station.toml").chmod(0o664)
    return station / "station.toml"


def unsafe_folder(station: Path, tmp_path: Path) -> Path:
    station.chmod(0o777)
    return station


def group_writable_folder(station: Path, tmp_path: Path) -> Path:
    station.chmod(0o775)
    return station


def toml_linked_into_an_open_folder(station: Path, tmp_path: Path) -> Path:
    shared = tmp_path / "shared"
    shared.mkdir()
    shared.chmod(0o777)
    (station / "station.toml").rename(shared / "station.toml")
    (station / "station.toml").symlink_to(shared / "station.toml")
    return shared


def toml_of_another_user(station: Path, tmp_path: Path) -> Path:
    os.chown(station / "station.toml", NOBODY, NOBODY)
    return station / "station.toml"


@pytest.mark.parametrize(
    "make_unsafe",
    [
        unsafe_toml,
        group_writable_toml,
        unsafe_folder,
        group_writable_folder,
        toml_linked_into_an_open_folder,
        toml_of_another_user,
    ],
)
def test_hooks_do_not_run_from_settings_others_can_change(
    announced: Path, run: Run, tmp_path: Path, make_unsafe: Callable[[Path, Path], Path]
) -> None:
    relay = tmp_path / "relay-on"
    set_config(announced, "before", words("touch", str(relay)))
    culprit = make_unsafe(announced, tmp_path)
    row = play(run, announced, code=1)
    assert row["status"] == "failed" and not relay.exists()
    assert "the amplifier commands will not run" in row["error"]
    fix = "chown" if "another user" in row["error"] else "chmod go-w"
    assert f"{fix} " in row["error"] and str(culprit.resolve()) in row["error"]
    assert f"Warning: {sentences(row['error'])}" in run("status").stdout


def test_settings_others_can_change_are_harmless_without_hooks(announced: Path, run: Run) -> None:
    (announced / "station.toml").chmod(0o666)
    assert play(run, announced)["status"] == "aired"


def tree_modes(root: Path) -> dict[str, int]:
    return {
        str(p.relative_to(root)): stat.S_IMODE(p.lstat().st_mode) for p in [root, *root.rglob("*")]
    }


@pytest.mark.parametrize("umask", [0o000, 0o002])
def test_init_makes_files_0644_and_0600_whatever_the_umask(tmp_path: Path, umask: int) -> None:
    root = tmp_path / "station"
    init = [sys.executable, "-m", "cli", "--station", str(root), "init", "--quiet-hours", "none"]
    subprocess.run(init, check=True, capture_output=True, umask=umask)
    modes = tree_modes(root)
    assert modes["station.toml"] == 0o644
    assert modes["station.db"] == 0o600
    assert modes["."] == 0o755
    assert not [p for p, m in modes.items() if m & 0o022], modes
    relay = tmp_path / "relay-on"
    set_config(root, "before", words("touch", str(relay)))
    set_config(root, "auto_approve_local", "true")
    make_tone(tmp_path / "c.wav", seconds=0.5)
    env = {**os.environ, "BROADCASTER_HOME": str(root)}
    for args in (["announce", "add", str(tmp_path / "c.wav")],
                 ["play", "--announce", "c", "--sink", f"file:{tmp_path}/out"]):  # fmt: skip
        subprocess.run([sys.executable, "-m", "cli", *args], check=True, capture_output=True,
                       umask=umask, env=env)  # fmt: skip
    assert relay.exists()  # the station trusts what its own init made
    assert not [p for p, m in tree_modes(root).items() if m & 0o022]


def test_office_keys_and_repository_whatever_the_umask(tmp_path: Path) -> None:
    keys, campaign = tmp_path / "keys", tmp_path / "bluezone"
    campaign.mkdir()
    (campaign / "a.md").write_text("---\nid: a\n---\nBà con chú ý.", encoding="utf-8")
    repo = tmp_path / "repo"
    for args in (["keys", "init", "--keys", str(keys)],
                 ["publish", str(campaign), "--keys", str(keys), "--repo", str(repo)]):  # fmt: skip
        subprocess.run([sys.executable, "-m", "cli", *args], check=True, capture_output=True,
                       umask=0)  # fmt: skip
    key_modes = tree_modes(keys)
    assert key_modes["."] == 0o700
    assert {m for p, m in key_modes.items() if p.endswith(".pem")} == {0o600}
    assert not [p for p, m in tree_modes(tmp_path / "repo").items() if m & 0o022]
