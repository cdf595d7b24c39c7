"""The SQLite store: the station's only source of truth. Opening it applies pending migrations."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from types import TracebackType
from typing import Literal

from sqlite_utils import Database

STORE_NAME = "station.db"
BUSY_TIMEOUT_MS = 10_000

AIRING_OUTCOMES = ("aired", "partial", "failed", "preempted", "interrupted", "missed")
_STATUSES = ", ".join(f"'{status}'" for status in ("started", *AIRING_OUTCOMES))

MIGRATIONS: tuple[str, ...] = (
    # 1: the station core
    f"""
    CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    CREATE TABLE assets (
        sha256 TEXT PRIMARY KEY,
        path TEXT NOT NULL,
        duration_s REAL NOT NULL,
        integrated_lufs REAL NOT NULL,
        true_peak_dbtp REAL NOT NULL,
        created_at TEXT NOT NULL
    );
    CREATE TABLE announcements (
        id TEXT PRIMARY KEY,
        title TEXT NOT NULL,
        campaign TEXT,
        priority TEXT NOT NULL,
        repeat INTEGER NOT NULL,
        valid_from TEXT,
        valid_until TEXT,
        voice TEXT,
        kind TEXT NOT NULL CHECK (kind IN ('tts', 'recording')),
        version INTEGER NOT NULL,
        retired_at TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    );
    CREATE TABLE announcement_versions (
        announcement_id TEXT NOT NULL REFERENCES announcements(id),
        version INTEGER NOT NULL,
        content_sha256 TEXT NOT NULL,
        text TEXT,
        recording_sha256 TEXT REFERENCES assets(sha256),
        source TEXT,
        created_at TEXT NOT NULL,
        PRIMARY KEY (announcement_id, version)
    );
    CREATE TABLE speech (
        cache_key TEXT PRIMARY KEY,
        engine TEXT NOT NULL,
        voice TEXT NOT NULL,
        spoken_text TEXT NOT NULL,
        asset_sha256 TEXT NOT NULL REFERENCES assets(sha256),
        created_at TEXT NOT NULL
    );
    CREATE TABLE jingles (
        role TEXT PRIMARY KEY CHECK (role IN ('intro', 'outro', 'bridge')),
        asset_sha256 TEXT NOT NULL REFERENCES assets(sha256),
        source TEXT,
        set_at TEXT NOT NULL
    );
    CREATE TABLE airings (
        id INTEGER PRIMARY KEY,
        seq INTEGER NOT NULL UNIQUE,
        slot TEXT,
        trigger TEXT NOT NULL,
        scheduled_at TEXT,
        started_at TEXT NOT NULL,
        ended_at TEXT,
        status TEXT NOT NULL CHECK (status IN ({_STATUSES})),
        items TEXT NOT NULL,
        engines TEXT NOT NULL,
        planned_duration_s REAL,
        duration_s REAL,
        program_sha256 TEXT,
        sink TEXT NOT NULL,
        error TEXT
    );
    CREATE INDEX airings_started_at ON airings(started_at);
    CREATE INDEX airings_status ON airings(status);
    """,
    # 2: the station's pronunciation lexicon
    """
    CREATE TABLE lexicon (
        term TEXT PRIMARY KEY,
        spoken TEXT NOT NULL,
        updated_at TEXT NOT NULL
    );
    """,
    # 3: schedules, approval, planned airings, emergencies
    """
    ALTER TABLE announcements ADD COLUMN approved_version INTEGER;
    ALTER TABLE announcements ADD COLUMN approved_by TEXT;
    ALTER TABLE announcements ADD COLUMN approved_at TEXT;
    ALTER TABLE announcements ADD COLUMN origin TEXT NOT NULL DEFAULT 'local';
    CREATE TABLE slots (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        at TEXT NOT NULL,
        days TEXT NOT NULL,
        valid_from TEXT,
        valid_until TEXT,
        campaign TEXT,
        announcements TEXT NOT NULL,
        max_minutes REAL,
        created_at TEXT NOT NULL,
        removed_at TEXT
    );
    CREATE UNIQUE INDEX slots_active_name ON slots(name) WHERE removed_at IS NULL;
    ALTER TABLE airings ADD COLUMN late_s REAL;
    CREATE UNIQUE INDEX airings_planned ON airings(slot, scheduled_at) WHERE slot IS NOT NULL;
    CREATE TABLE emergencies (
        id INTEGER PRIMARY KEY,
        announcement_id TEXT NOT NULL REFERENCES announcements(id),
        requested_at TEXT NOT NULL,
        airing_seq INTEGER
    );
    """,
    # 4: tamper evidence: each closed airing carries its hash and the previous row's
    """
    ALTER TABLE airings ADD COLUMN prev_hash TEXT;
    ALTER TABLE airings ADD COLUMN row_hash TEXT;
    """,
    # 5: announcements published upstream keep the upstream office's version
    """
    ALTER TABLE announcements ADD COLUMN upstream_version INTEGER;
    """,
    # 6: the web console's accounts, and failed log-ins (kept so a restart does not reset them)
    """
    CREATE TABLE users (
        name TEXT PRIMARY KEY,
        role TEXT NOT NULL CHECK (role IN ('operator', 'approver', 'admin')),
        password_hash TEXT NOT NULL,
        session_epoch TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    );
    CREATE TABLE login_failures (
        id INTEGER PRIMARY KEY,
        account TEXT NOT NULL,
        address TEXT NOT NULL,
        at TEXT NOT NULL
    );
    CREATE INDEX login_failures_account ON login_failures(account, at);
    CREATE INDEX login_failures_address ON login_failures(address, at);
    """,
)


class StoreConnection(sqlite3.Connection):
    """A connection whose `with conn:` blocks nest: only the outermost one commits.

    sqlite-utils wraps each insert in `with conn:`; with the stock connection that commits
    any transaction around it. Here one logical change is one transaction, however many
    library calls it makes. BEGIN IMMEDIATE takes the write lock up front, so a writer waits
    (busy timeout) instead of failing half-way.
    """

    _depth = 0

    def __enter__(self) -> StoreConnection:
        if self._depth == 0 and not self.in_transaction:
            self.execute("BEGIN IMMEDIATE")
        self._depth += 1
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> Literal[False]:
        self._depth -= 1
        if self._depth == 0:
            if exc_type is None:
                self.commit()
            else:
                self.rollback()
        return False


def open_store(path: Path) -> Database:
    """Open (creating if needed) the store in WAL mode and bring its schema up to date."""
    conn = sqlite3.connect(
        path,
        factory=StoreConnection,
        timeout=BUSY_TIMEOUT_MS / 1000,
        isolation_level=None,
        check_same_thread=False,
    )
    db = Database(conn)
    db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    db.enable_wal()
    db.execute("PRAGMA foreign_keys = ON")
    db.execute("PRAGMA synchronous = FULL")
    migrate(db)
    return db


def migrate(db: Database) -> None:
    """Apply each pending migration in its own transaction, recording it in user_version."""
    conn = db.conn
    while (current := conn.execute("PRAGMA user_version").fetchone()[0]) < len(MIGRATIONS):
        with conn:
            # another process may have migrated while we waited for the lock
            if conn.execute("PRAGMA user_version").fetchone()[0] != current:
                continue
            for statement in MIGRATIONS[current].split(";"):
                if statement.strip():
                    conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {current + 1}")
