"""Both doors stand on one facade: the command line (cli.py) and the web console (web/) issue
no SQL, reach no store, and import nothing below the facade (broadcaster/station.py for a
station, office/desk.py for the office) except types: enums, errors and frozen records."""

from __future__ import annotations

import ast
import importlib
import json
import subprocess
import sys
from dataclasses import is_dataclass
from enum import Enum
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DOORS = [ROOT / "cli.py", *sorted((ROOT / "web").rglob("*.py"))]
ROOMS = {"announcements", "schedules", "audio_out", "upstream", "broadcaster", "office", "common"}
FACADES = {"broadcaster.station", "office.desk"}
DOOR_HELPERS = {"common.i18n", "common.errors", "common.localtime"}
"""What a door may use freely besides the facade: speaking the catalog, showing times."""
STORE_ACCESS = {"db", "conn", "execute", "executemany", "query", "table", "rows_where", "cursor"}
STORE_MODULES = {"sqlite3", "sqlite_utils", "psycopg"}
SQL = ("SELECT ", "INSERT INTO", "DELETE FROM", "CREATE TABLE", "PRAGMA ", " SET ", "BEGIN")


def module_of(node: ast.ImportFrom, path: Path) -> str:
    """The absolute module an import names (relative ones inside web/ and web/office/
    resolved)."""
    if not node.level:
        return node.module or ""
    package = path.relative_to(ROOT).parent.parts[: len(path.relative_to(ROOT).parent.parts)]
    base = list(package)[: len(package) - node.level + 1]
    return ".".join([*base, *([node.module] if node.module else [])])


def is_type(value: object, name: str) -> bool:
    """An enum, an error, a frozen record, or a constant: values, never operations."""
    if isinstance(value, type):
        # typeshed's DataclassInstance declares __dataclass_fields__ only
        frozen = is_dataclass(value) and value.__dataclass_params__.frozen  # type: ignore[attr-defined]
        return issubclass(value, Enum | BaseException) or bool(frozen)
    return name.isupper() and isinstance(value, int | float | str | tuple | frozenset)


def problems(source: str, path: Path) -> list[str]:
    found: list[tuple[int, str]] = []
    for node in ast.walk(ast.parse(source)):
        where = f"{path.name}:{getattr(node, 'lineno', 0)}"
        if isinstance(node, ast.Import):
            for alias in node.names:
                top = alias.name.split(".")[0]
                if top in STORE_MODULES or (top in ROOMS and alias.name not in FACADES):
                    found.append((node.lineno, f"{where}: import {alias.name}"))
        elif isinstance(node, ast.ImportFrom):
            module = module_of(node, path)
            top = module.split(".")[0]
            if top in STORE_MODULES:
                found.append((node.lineno, f"{where}: from {module} import …"))
            if top not in ROOMS or module in FACADES | DOOR_HELPERS:
                continue
            imported = importlib.import_module(module)
            for alias in node.names:
                value = getattr(imported, alias.name, None)
                if value is None or not is_type(value, alias.name):
                    found.append((node.lineno, f"{where}: from {module} import {alias.name}"))
        elif isinstance(node, ast.Attribute) and node.attr in STORE_ACCESS:
            found.append((node.lineno, f"{where}: .{node.attr}"))
        elif isinstance(node, ast.Constant) and any(word in str(node.value) for word in SQL):
            found.append((node.lineno, f"{where}: SQL {str(node.value)[:40]!r}"))
    return sorted(problem for _, problem in found)


@pytest.mark.parametrize("door", DOORS, ids=lambda p: p.relative_to(ROOT).as_posix())
def test_a_door_issues_no_sql_and_imports_only_the_facade_and_types(door: Path) -> None:
    assert problems(door.read_text("utf-8"), door) == []


def test_the_rule_catches_what_it_should() -> None:
    bad = (
        "import sqlite3\n"
        "from broadcaster import schedule\n"
        "from broadcaster.schedule import add_slots, BrokenSlot\n"
        "from broadcaster.airing_log import AiringStatus, airings\n"
        "from broadcaster.daemon import Daemon\n"
        "from broadcaster.station import Station\n"
        "def f(station):\n"
        "    from announcements.normalize import read_aloud\n"
        "    station.db.execute('SELECT seq FROM airings')\n"
    )
    assert problems(bad, ROOT / "cli.py") == [
        "cli.py:1: import sqlite3",
        "cli.py:2: from broadcaster import schedule",
        "cli.py:3: from broadcaster.schedule import add_slots",
        "cli.py:4: from broadcaster.airing_log import airings",
        "cli.py:5: from broadcaster.daemon import Daemon",
        "cli.py:8: from announcements.normalize import read_aloud",
        "cli.py:9: .db",
        "cli.py:9: .execute",
        "cli.py:9: SQL 'SELECT seq FROM airings'",
    ]


OFFICE_ONLY = ("office.", "psycopg", "tuf", "paho", "securesystemslib", "flask")
"""What only the office (or a console) needs: a station command's process does without it."""
UNUSED = (*OFFICE_ONLY, "numpy", "requests", "urllib3", "yaml")
"""Besides: numpy renders a program, requests fetches from an office; each costs ~0.1 s;
PyYAML reads a script's front matter (~0.04 s)."""
READER = ("announcements.normalize", "announcements.vocabulary", "announcements.abbreviations")
"""The reader, whose tables (hundreds of patterns) are built as it is imported."""

LOADED = """
import json, sys
out = sys.argv.pop(1)
try:
    import cli
    cli.main()
finally:
    with open(out, "w", encoding="utf-8") as f:
        json.dump(sorted(sys.modules), f)
"""
"""A broadcaster command run to its end, writing the modules its process imported."""


def loaded(tmp_path: Path, *args: str) -> tuple[int, list[str]]:
    """The exit code of `broadcaster ARGS` on the station in `tmp_path`, and the modules its
    process imported."""
    out = tmp_path / "modules.json"
    command = [sys.executable, "-c", LOADED, str(out), "--station", str(tmp_path / "station")]
    done = subprocess.run([*command, *args], cwd=ROOT, capture_output=True, check=False)
    modules: list[str] = json.loads(out.read_text("utf-8"))
    return done.returncode, modules


@pytest.mark.parametrize(
    ("args", "reads"),
    [
        (("--help",), False),
        (("announce", "list"), False),
        (("log", "list"), False),
        (("run", "--help"), False),
        (("rundown",), True),
        (("status",), True),
    ],
    ids=lambda value: " ".join(value) if isinstance(value, tuple) else None,
)
def test_a_station_command_imports_only_what_it_uses(
    station: Path, args: tuple[str, ...], reads: bool
) -> None:
    """Every command on the commune's old PC, and the daemon, paid ~0.15 s for the office's
    modules and PostgreSQL's client it never uses (w19import), and as much again for numpy,
    requests and python-tuf, and ~0.15 s for the reader's tables (w20speed). The reader is
    loaded by a command that reads a text: `rundown` and `status` look up the speech cache,
    whose key is the spoken form."""
    code, modules = loaded(station.parent, *args)
    assert (code, [name for name in modules if name.startswith(UNUSED)]) == (0, [])
    assert any(name.startswith(READER) for name in modules) == reads


def test_airing_recordings_only_does_not_load_the_reader(quick: Path) -> None:
    """A program of recordings reads no text: the daemon that airs it (the sigkill test's
    daemons, a commune's recorded notices) spent ~0.25 s of its ~0.75 s of CPU on the reader's
    tables (w22speed). A text's program reads it (the cases of `rundown` and `status` above,
    and every airing of speech)."""
    code, modules = loaded(quick.parent, "play", "--announce", "ngan", "--sink", "null")
    assert (code, [name for name in modules if name.startswith(READER)]) == (0, [])


def test_an_office_command_imports_the_office_it_needs(station: Path) -> None:
    """The other side of the test above: the probe sees the office when it is imported."""
    code, modules = loaded(station.parent, "publish", "--list", "--repo", "none")
    assert code == 1 and "office.desk" in modules and "tuf" in modules, modules
