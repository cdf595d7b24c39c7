"""The README documents every command, and CI runs the README's test command."""

from __future__ import annotations

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


def test_ci_runs_the_readme_test_command() -> None:
    assert "./run-tests.sh       # the whole test suite" in README
    assert "exec ./run-tests.sh" in (ROOT / ".ci" / "run").read_text()
