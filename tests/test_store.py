"""The store is never silently replaced: a missing, empty or damaged station.db is an error
that says so and how to restore, `log verify` never calls such a store intact, a read-only
disk gets a sentence; and `broadcaster backup` makes a copy that restores a station whole."""

from __future__ import annotations

import os
import re
import shutil
import stat
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest
from conftest import Daemon, Run, airings, clock_in, query, write_script

COMMANDS = [
    ("announce", "list"),
    ("log", "verify"),
    ("log", "list"),
    ("schedule", "add", "sang", "--at", "06:30", "--announce", "hop"),
    ("play", "--announce", "hop", "--sink", "null"),
    ("emergency", "--text", "Lũ đang lên.", "--sink", "null"),
    ("run", "--sink", "null"),
]


@pytest.fixture
def aired(station: Path, scripts: Path, run: Run) -> Path:
    run("announce", "add", str(write_script(scripts, "hop.md", "Họp thôn tối nay.", id="hop")))
    run("play", "--announce", "hop", "--sink", f"file:{scripts}/out")
    return station


def damage_pages(db: Path) -> None:
    """Keep SQLite's header, scribble over the pages after it (a disk that lost sectors)."""
    data = bytearray(db.read_bytes())
    for at in range(4096, len(data), 4096 * 2):
        data[at : at + 2048] = b"\xde\xad\xbe\xef" * 512
    db.write_bytes(bytes(data))


def checkpoint(station: Path) -> None:
    """Fold the write-ahead log into station.db, as a clean shutdown would."""
    query(station, "PRAGMA wal_checkpoint(TRUNCATE)")


@pytest.mark.parametrize(
    ("harm", "message"),
    [
        (lambda db: db.unlink(), "is missing from this station folder"),
        (lambda db: db.write_bytes(b""), "is empty (0 bytes)"),
        (lambda db: db.write_bytes(b"PK\x03\x04 not a database" * 100), "is damaged"),
        (damage_pages, "is damaged"),
        (lambda db: (db.unlink(), db.mkdir()), "is not a regular file (a folder"),
    ],
    ids=["missing", "empty", "not-sqlite", "damaged-pages", "a-folder"],
)
def test_a_lost_or_damaged_store_is_an_error_not_a_fresh_one(
    aired: Path, run: Run, harm: Callable[[Path], None], message: str
) -> None:
    checkpoint(aired)
    db = aired / "station.db"
    for extra in ("station.db-wal", "station.db-shm"):
        (aired / extra).unlink(missing_ok=True)
    harm(db)
    before = db.read_bytes() if db.is_file() else None
    for command in COMMANDS:
        result = run(*command, code=1)
        assert message in result.stderr, (command, result.stderr)
        assert "restore it from a backup" in result.stderr or "damaged-pages" not in message
        assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
        assert "intact" not in result.stdout and "read-only" not in result.stderr
        assert (db.read_bytes() if db.is_file() else None) == before  # nothing made in its place


def test_a_table_dropped_by_hand_is_a_damaged_store(aired: Path, run: Run) -> None:
    query(aired, "DROP TABLE airings")
    for command in (("log", "verify"), ("log", "list"), ("status",)):
        said = run(*command, code=1).stderr
        assert "is damaged (no such table: airings); restore it from a backup" in said, command
        assert said.count("\n") == 1


def test_a_store_a_newer_version_wrote_is_refused_not_misread(aired: Path, run: Run) -> None:
    """v28review: the software put back to an older version (a failed upgrade undone) opened a
    store a newer one had migrated as if it were its own: the newer one's rows (w28void's
    'voided') made `log list` and Nhật ký fail with a traceback, and whatever it wrote had to
    fit a schema it did not know. Each command now refuses it in one sentence, the store as
    it was."""
    from broadcaster.store import MIGRATIONS

    newer = len(MIGRATIONS) + 1
    query(aired, f"PRAGMA user_version = {newer}")
    checkpoint(aired)
    db = aired / "station.db"
    before = db.read_bytes()
    for command in COMMANDS:
        said = run(*command, code=1).stderr
        assert (f"the store {db} was written by a newer version of this program (its schema "
                f"{newer}, this version's {len(MIGRATIONS)}): install that version again"
                ) in said, (command, said)  # fmt: skip
        assert said.count("\n") == 1 and "Traceback" not in said
        assert db.read_bytes() == before


def test_a_read_only_station_gets_a_sentence(aired: Path, run: Run, tmp_path: Path) -> None:
    import os

    if os.geteuid() != 0:
        pytest.skip("mounting a read-only file system needs root")
    checkpoint(aired)
    copy = tmp_path / "ro"
    copy.mkdir()
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=32m", "tmpfs", str(copy)],
                             check=False)  # fmt: skip
    if mounted.returncode != 0:
        pytest.skip("cannot mount a tmpfs here")
    try:
        shutil.copytree(aired, copy / "station", dirs_exist_ok=True)
        for extra in ("station.db-wal", "station.db-shm"):
            (copy / "station" / extra).unlink(missing_ok=True)
        subprocess.run(["mount", "-o", "remount,ro", str(copy)], check=True)
        from click.testing import CliRunner

        from cli import cli

        for command in COMMANDS[:4]:
            result = CliRunner(mix_stderr=False).invoke(cli, ["--station", str(copy / "station"),
                                                              *command])  # fmt: skip
            assert result.exit_code == 1, (command, result.output, result.exception)
            assert "read-only" in result.stderr and result.stderr.count("\n") == 1
    finally:
        subprocess.run(["umount", "-l", str(copy)], check=False)


def test_backup_while_airing_then_restore_after_the_disk_dies(
    aired: Path, run: Run, tmp_path: Path, start_daemon: Callable[[Path], Daemon]
) -> None:
    run("jingle", "remove", "intro")  # a short program: the daemon airs it in real time
    run("jingle", "remove", "outro")
    run("schedule", "add", "dai", "--at", clock_in(2), "--announce", "hop")
    daemon = start_daemon(aired)
    daemon.expect(r"On air: #2 slot dai")  # the daemon is writing while the copy is made
    made = run("backup", str(tmp_path / "usb" / "sao-luu"))
    assert re.search(r"Backed up to .*sao-luu: \d+ file\(s\)", made.stdout)
    head = re.search(r"chain head ([0-9a-f]{64})", made.stdout)
    assert head
    daemon.expect(r"#2 aired", timeout=60)
    assert daemon.stop() == 0
    backup = tmp_path / "usb" / "sao-luu"
    assert not (backup / "programs").exists() and not (backup / "airing.lock").exists()
    assert query(backup, "PRAGMA integrity_check") == [("ok",)]

    shutil.rmtree(aired)  # the disk dies
    shutil.copytree(backup, aired)  # restoring, as the README says
    verified = run("log", "verify", "--head", head[1]).stdout
    assert "The airing log is intact" in verified
    assert [r["status"] for r in airings(aired)] == ["aired", "started"]  # as when copied
    run("play", "--announce", "hop", "--sink", "null")  # its audio came along
    assert [r["status"] for r in airings(aired)] == ["aired", "interrupted", "aired"]
    assert "The airing log is intact" in run("log", "verify", "--head", head[1]).stdout


@pytest.mark.parametrize("umask", [0o022, 0o000])
def test_backup_keeps_every_file_s_mode_whatever_the_umask(
    aired: Path, run: Run, tmp_path: Path, umask: int
) -> None:
    """The copy on a USB stick is as private as the station: the store and the key 0600."""
    before = os.umask(umask)
    try:
        run("backup", str(tmp_path / "usb" / "sao-luu"))
    finally:
        os.umask(before)
    backup = tmp_path / "usb" / "sao-luu"
    copied = [p for p in backup.rglob("*") if p.is_file()]
    assert {p.name for p in copied} >= {"station.db", "station.key", "station.toml"}
    for path in copied:
        original = aired / path.relative_to(backup)
        assert stat.S_IMODE(path.stat().st_mode) == stat.S_IMODE(original.stat().st_mode), path
    assert stat.S_IMODE((backup / "station.db").stat().st_mode) == 0o600
    assert not backup.stat().st_mode & 0o002


def test_backup_refuses_a_folder_in_use_or_inside_the_station(
    aired: Path, run: Run, tmp_path: Path
) -> None:
    used = tmp_path / "da-co"
    used.mkdir()
    (used / "x.txt").write_text("x")
    assert "is not an empty folder" in run("backup", str(used), code=1).stderr
    assert "inside the station folder" in run("backup", str(aired / "sao-luu"), code=1).stderr
    assert not (aired / "sao-luu").exists()


def test_the_supersedes_migration_is_one_transaction(aired: Path, run: Run) -> None:
    """w27commune 1's migration adds a column, a table and rebuilds the planned airings'
    index: stopped between its statements (here the table's statement fails; a kill -9 or a
    power cut leaves the same uncommitted transaction), the store is as it was, and the next
    open migrates it whole."""
    import sqlite3

    from conftest import PLANNED_AS_BEFORE

    from broadcaster.store import MIGRATIONS

    at = next(n for n, m in enumerate(MIGRATIONS) if "voided_airings (" in m)
    with sqlite3.connect(aired / "station.db") as conn:  # a store from before the migration
        conn.executescript(
            PLANNED_AS_BEFORE + "ALTER TABLE airings DROP COLUMN supersedes; "
            "DROP TABLE voided_airings; CREATE TABLE voided_airings (x);"  # in the way
             + without_later_columns(at) + f"PRAGMA user_version = {at};"
        )
    stopped_then_whole(aired, run, at, "voided_airings already exists", "DROP TABLE voided_airings")
    assert query(aired, "SELECT COUNT(*) FROM voided_airings") == [(0,)]


def stopped_then_whole(aired: Path, run: Run, at: int, said: str, clear: str) -> None:
    """Migration `at`, stopped between its statements (one fails, `said`; a kill -9 or a power
    cut leaves the same uncommitted transaction), leaves the store as it was; once `clear`
    takes what was in its way, the next open migrates it whole."""
    import sqlite3

    from broadcaster.store import MIGRATIONS

    before = query(aired, "SELECT sql FROM sqlite_master ORDER BY name")
    assert said in run("log", "list", code=1).stderr
    assert query(aired, "SELECT sql FROM sqlite_master ORDER BY name") == before
    assert query(aired, "PRAGMA user_version") == [(at,)]
    with sqlite3.connect(aired / "station.db") as conn:
        conn.execute(clear)
    assert "intact" in run("log", "verify").stdout
    assert query(aired, "PRAGMA user_version") == [(len(MIGRATIONS),)]


def without_later_columns(at: int) -> str:
    """SQL dropping the columns that the migrations after `at` add: a store taken back to
    migration `at` had none of them, and the next open adds them again (a test that kept them
    failed on "duplicate column name" once a later migration added one: ci32's payload)."""
    from broadcaster.store import MIGRATIONS

    return "".join(
        f"ALTER TABLE {table} DROP COLUMN {column};"
        for migration in MIGRATIONS[at + 1 :]
        for table, column in re.findall(r"ALTER TABLE (\w+) ADD COLUMN (\w+)", migration)
    )


def test_the_emergency_stop_migration_is_one_transaction(aired: Path, run: Run) -> None:
    """Its three columns come together or not at all: the second one's statement failing
    (a column in the way), the first is not left behind; the next open migrates it whole."""
    import sqlite3

    from broadcaster.store import MIGRATIONS

    at = next(n for n, m in enumerate(MIGRATIONS) if "ADD COLUMN stopped_at" in m)
    with sqlite3.connect(aired / "station.db") as conn:
        conn.executescript(
            "ALTER TABLE emergencies DROP COLUMN stopped_at; "
            "ALTER TABLE emergencies DROP COLUMN stop_reason; "
            + without_later_columns(at)
            + f"PRAGMA user_version = {at};"
        )
    stopped_then_whole(aired, run, at, "duplicate column name: stopped_by",
                       "ALTER TABLE emergencies DROP COLUMN stopped_by")  # fmt: skip
    assert query(aired, "SELECT stopped_at, stopped_by, stop_reason FROM emergencies") == []


def test_the_voided_status_migration_is_one_transaction(aired: Path, run: Run) -> None:
    """w28void's migration widens the log's status CHECK in place (SQLite cannot alter one)
    and rebuilds an index after it: stopped between its statements (here the index's drop
    fails: it is gone), the store is as it was, a 'voided' row still refused; the next open
    migrates it whole, and the log takes one, and still no status it does not know."""
    import sqlite3

    from broadcaster.store import MIGRATIONS

    at = next(n for n, m in enumerate(MIGRATIONS) if "''voided''" in m)
    with sqlite3.connect(aired / "station.db") as conn:  # a store from before the migration
        conn.executescript(
            "PRAGMA writable_schema = ON; UPDATE sqlite_master SET sql = "
            "replace(sql, ', ''voided'')', ')') WHERE name = 'airings'; "
            "PRAGMA writable_schema = RESET; DROP INDEX airings_status; "  # in the way
            + without_later_columns(at)
            + f"PRAGMA user_version = {at};"
        )
    assert "'voided'" not in str(query(aired, "SELECT sql FROM sqlite_master"))
    stopped_then_whole(aired, run, at, "no such index: airings_status",
                       "CREATE INDEX airings_status ON airings(status)")  # fmt: skip
    row = ("INSERT INTO airings (seq, trigger, started_at, status, items, engines, sink) "
           "VALUES (99, 'schedule', '2026-11-10T00:00:00+00:00', ?, '[]', '', 'x')")  # fmt: skip
    with sqlite3.connect(aired / "station.db") as conn:
        conn.execute(row, ["voided"])
        with pytest.raises(sqlite3.IntegrityError, match="CHECK constraint failed"):
            conn.execute(row.replace("99", "100"), ["void"])
        conn.rollback()
