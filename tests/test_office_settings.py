"""office.toml (office trial twelve, F5): chị Mai's office types its database, keys, repository
and report heading once, with `office init`, and every office command takes them from the
folder she works in; an option typed on the command line still wins; a setting given nowhere,
or a file that cannot be read, is one sentence naming the setting and what sets it."""

from __future__ import annotations

import stat
import subprocess
from pathlib import Path
from typing import Any

import click
import pytest
from conftest import Run, runner_for, write_script
from servers import Postgres

from cli import OFFICE_COMMANDS, OFFICE_SETTINGS, cli
from upstream.keys import init_keys


@pytest.fixture
def office_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The folder Mai works in, with the keys Tuấn made; no office variable set."""
    for variable in ("BROADCASTER_OFFICE_DB", "BROADCASTER_OFFICE_CONFIG"):
        monkeypatch.delenv(variable, raising=False)
    folder = tmp_path / "vhtt"
    init_keys(folder / "khoa")
    (folder / "chien-dich").mkdir()
    monkeypatch.chdir(folder)
    return folder


def office_run(folder: Path) -> Run:
    return runner_for(folder / "no-station")


def test_office_init_is_typed_once_and_every_command_takes_it(
    office_folder: Path, postgres: Postgres, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    run = office_run(office_folder)
    dsn = postgres.new_database()
    out = run("office", "init", "--db", dsn, "--keys", "khoa", "--repo", "kho",
              "--issuer", "PHÒNG VĂN HÓA VÀ THÔNG TIN", "--parent", "UBND HUYỆN HÀ TRUNG",
              "--place", "Hà Trung", "--signer", "TRƯỞNG PHÒNG").stdout  # fmt: skip
    settings = office_folder / "office.toml"
    assert f"Office settings written to {settings}" in out
    assert "khoa" not in out  # the private keys' path is never printed
    assert stat.S_IMODE(settings.stat().st_mode) == 0o640  # the console's user: its group
    text = settings.read_text("utf-8")
    assert 'keys = "khoa"' in text and 'repo = "kho"' in text  # relative: the folder moves whole
    # from a folder inside it, without --db, --keys, --repo or the heading
    campaign = office_folder / "chien-dich" / "phong-dich"
    campaign.mkdir()
    write_script(campaign, "sxh.md", "Phòng chống sốt xuất huyết.", id="sxh", title="Sốt")
    monkeypatch.chdir(office_folder / "chien-dich")
    assert "published phong-dich: 1 announcement" in run("publish", "phong-dich").stdout
    assert (office_folder / "kho" / "metadata" / "root.json").exists()
    assert "1 commune(s)" not in run("office", "silent").stdout
    run("office", "report", "--month", "11/2026", "--format", "pdf", "-o", str(tmp_path / "t.pdf"))
    text = subprocess.run(["pdftotext", "-layout", str(tmp_path / "t.pdf"), "-"],
                          capture_output=True, text=True, check=True).stdout  # fmt: skip
    heading = ("PHÒNG VĂN HÓA VÀ THÔNG TIN", "UBND HUYỆN HÀ TRUNG", "Hà Trung", "TRƯỞNG PHÒNG")
    assert all(line in text for line in heading)
    # what is typed on the command line wins over the file
    nowhere = "postgresql:///nowhere?host=/nonexistent"
    assert "cannot open the office's database" in run(
        "office", "station", "list", "--db", nowhere, code=1).stderr  # fmt: skip
    monkeypatch.setenv("BROADCASTER_OFFICE_DB", nowhere)  # and so does the variable
    assert "cannot open the office's database" in run("office", "silent", code=1).stderr
    monkeypatch.delenv("BROADCASTER_OFFICE_DB")
    # init again changes what it is given and keeps the rest
    run("office", "init", "--signer", "PHÓ TRƯỞNG PHÒNG")
    again = settings.read_text("utf-8")
    assert 'signer = "PHÓ TRƯỞNG PHÒNG"' in again and 'keys = "khoa"' in again and dsn in again
    # a service started elsewhere names the file
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("BROADCASTER_OFFICE_CONFIG", str(settings))
    run("office", "station", "list")


def office_paths(command: click.Command, path: tuple[str, ...]) -> list[tuple[str, ...]]:
    """Every command under `command` that takes an office setting it cannot do without."""
    if isinstance(command, click.Group):
        return [p for name, sub in command.commands.items()
                for p in office_paths(sub, (*path, name))]  # fmt: skip
    needs = [p for p in command.params if p.name in OFFICE_SETTINGS and p.callback]
    return [path] if needs else []


def test_every_repo_option_is_given_the_same_way() -> None:
    """Review twelve #11: `office aired --repo` alone also read $BROADCASTER_OFFICE_REPO;
    publish, emergency and keys rotate take it from the command line or office.toml only."""

    def repos(command: click.Command, path: tuple[str, ...]) -> dict[tuple[str, ...], Any]:
        repo = next((p for p in command.params if p.name == "repo"), None)
        found = {path: repo.envvar} if repo else {}
        for name, sub in getattr(command, "commands", {}).items():
            found |= repos(sub, (*path, name))
        return found

    found = repos(cli, ())
    assert ("office", "aired") in found and ("publish",) in found
    assert {path: envvar for path, envvar in found.items() if envvar} == {}


def test_a_setting_given_nowhere_is_named_with_the_command_that_sets_it(
    office_folder: Path, vietnamese: None
) -> None:
    run = office_run(office_folder)
    paths = [p for name in OFFICE_COMMANDS for p in office_paths(cli.commands[name], (name,))]
    assert ("office", "station", "approve") in paths and ("publish",) in paths
    for path in paths:
        arguments = {"approve": ["1" * 20], "rename": ["1" * 20, "--commune", "X"],
                     "groups": ["1" * 20], "revoke": ["1" * 20, "--reason", "mất"],
                     "retire": ["1" * 20, "--reason", "sáp nhập"],
                     "report": ["--month", "11/2026", "-o", "x.pdf"], "aired": ["sxh"],
                     "lines": ["--month", "11/2026", "-o", "x.csv"], "publish": ["chien-dich"],
                     "setup": ["--url", "mqtt://127.0.0.1:1883", "--dir", "mqtt"],
                     "rotate": ["targets"], "add": ["mai", "--role", "admin"],
                     "remove": ["mai"], "passwd": ["mai"],
                     "console-role": ["vhtt_web"]}.get(path[-1], [])  # fmt: skip
        said = run(*path, *arguments, code=1).stderr
        assert "Thiếu tùy chọn" not in said, path
        assert "broadcaster office init --" in said and "office.toml" in said, path
        assert said.count("\n") == 1, said  # one sentence
    said = run("office", "station", "list", code=1).stderr
    assert said == (
        f"Lỗi: chưa đặt cơ sở dữ liệu của văn phòng ('db' trong {office_folder}/office.toml): đặt "
        "một lần bằng 'broadcaster office init --db …' trong thư mục làm việc, hoặc thêm --db vào "
        "lệnh này\n"
    )
    said = run("office", "emergency", "--text", "Bão", "--db", "postgresql:///x", code=1).stderr
    assert f"'keys' trong {office_folder}/office.toml" in said
    assert {p.name for p in office_folder.iterdir()} == {"khoa", "chien-dich"}  # nothing written


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ('db = "postgresql:///vhtt"\nkeys = ]\n', "office.toml: it is not valid TOML at line 2"),
        ('dbb = "postgresql:///vhtt"\n', "there is no setting 'dbb' (the settings are: db, keys"),
        ('db = "mysql://vhtt"\n', "'mysql://vhtt' is not the address of a PostgreSQL database"),
        ("keys = 5\n", "'keys' must be a text in quotes"),
        ('report = "PHÒNG VHTT"\n', "[report] must be a table"),
        ('[report]\nsigner = ""\n', "'report.signer' must be a text in quotes"),
    ],
)
def test_an_office_toml_that_cannot_be_read_is_refused_with_where(
    office_folder: Path, written: str, said: str
) -> None:
    (office_folder / "office.toml").write_text(written, "utf-8")
    run = office_run(office_folder)
    for command in (("office", "silent"), ("publish", "chien-dich"), ("office", "init")):
        error = run(*command, code=1).stderr
        assert said in error and "run 'broadcaster office init' again" in error, command
    assert (office_folder / "office.toml").read_text("utf-8") == written


def test_office_init_refuses_what_would_not_work_and_writes_nothing(
    office_folder: Path, tmp_path: Path
) -> None:
    run = office_run(office_folder)
    refused = {
        ("--db", "postgresql:///nowhere?host=/nonexistent"): "cannot open the office's database",
        ("--db", "mysql://x"): "is not the address of a PostgreSQL database",
        ("--keys", "chien-dich"): "holds no signing keys",
        ("--keys", "kho/khoa", "--repo", "kho"): "holds no signing keys",
        ("--keys", "khoa", "--repo", "."): "the keys folder is inside the repository",
    }
    for args, sentence in refused.items():
        assert sentence in run("office", "init", *args, code=1).stderr, args
    assert not (office_folder / "office.toml").exists()
    secret = "postgresql://vhtt:mat-khau-bi-mat@/vhtt?host=/nonexistent"
    said = run("office", "init", "--db", secret, code=1).stderr
    assert "mat-khau-bi-mat" not in said and "vhtt:***@" in said
