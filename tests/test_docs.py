"""The README documents every command, and CI runs the README's test command."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import click

from cli import cli

ROOT = Path(__file__).parent.parent
README = (ROOT / "README.md").read_text("utf-8")


def command_paths(group: click.Group, prefix: str = "") -> list[str]:
    paths = []
    for name, command in group.commands.items():
        if isinstance(command, click.Group):
            paths += command_paths(command, f"{prefix}{name} ")
        else:
            paths.append(prefix + name)
    return paths


def test_every_command_is_in_the_readme() -> None:
    missing = [p for p in command_paths(cli) if f"broadcaster {p}" not in README]
    assert missing == []


def test_the_readme_gives_the_station_folder_where_the_command_line_takes_it() -> None:
    """o21lan10 N9: "Every command takes `--station DIR`", and `broadcaster init --name …
    --station DIR` was refused: it is the group's option, before the command."""
    assert "--station" in {name for p in cli.params for name in p.opts}
    assert not [p for p in command_paths(cli) if "--station" in _options(cli, p.split())]
    given = re.findall(r"(\S+) `?--station DIR", README)
    assert given and all(word.endswith("broadcaster") for word in given), given


def _options(group: click.Group, words: list[str]) -> set[str]:
    command: click.Command = group
    for word in words:
        assert isinstance(command, click.Group)
        command = command.commands[word]
    return {name for p in command.params for name in p.opts}


def test_ci_runs_the_readme_test_command() -> None:
    assert "./run-tests.sh       # the whole test suite" in README
    assert "exec ./run-tests.sh" in (ROOT / ".ci" / "run").read_text()


def test_the_readme_opens_in_vietnamese_pointing_the_officer_to_her_guide() -> None:
    """o17lan5 finding 8: the README was English from its first line; Lan cannot read it."""
    first = README.split("\n\n")[1]
    assert "Hướng dẫn bằng tiếng Việt" in first and "(docs/huong-dan-xa.md)" in first


GUIDE = (ROOT / "docs" / "huong-dan-van-phong.md").read_text("utf-8")


def guide_commands() -> list[list[str]]:
    """Each `broadcaster …` line of the office guide's shell blocks, continuations joined."""
    found = []
    for body in re.findall(r"^```sh\n(.*?)^```", GUIDE, re.M | re.S):
        for line in body.replace("\\\n", " ").splitlines():
            words = shlex.split(line.split("  #")[0])
            if words[:1] == ["broadcaster"]:
                found.append(words[1:])
    return found


def test_the_office_guide_names_only_commands_and_options_that_exist() -> None:
    commands = guide_commands()
    assert len(commands) >= 10
    wrong = []
    for words in commands:
        command: click.Command = cli
        while isinstance(command, click.Group) and words and words[0] in command.commands:
            command, words = command.commands[words[0]], words[1:]
        known = {name for p in command.params for name in (*p.opts, *p.secondary_opts)}
        wrong += [w for w in words if w.startswith("-") and w.split("=")[0] not in known]
        if isinstance(command, click.Group) and not command.invoke_without_command:
            wrong.append(" ".join(words))  # a group needs one of its commands
    assert wrong == []
