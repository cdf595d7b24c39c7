"""The SQLite store: the station's only source of truth. Opening it applies pending migrations.

Opening never makes a store where one is expected: a station folder whose station.db is
missing, empty or damaged is an error that says how to restore it (only `init` creates one).
Every write transaction waits its turn when another process holds the store, and gives up
with a sentence, never a traceback, when the store stays busy too long.
"""

from __future__ import annotations

import sqlite3
import stat
import time
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Literal

from common.errors import BroadcasterError
from common.files import describe_os_error, disk_full
from common.i18n import N_, _

if TYPE_CHECKING:  # sqlite-utils is imported where a store is opened: the office reads
    # ITEM_FIELDS (through the log chain) and opens none
    from common.store import Database, Store

BUSY_TIMEOUT_MS = 5_000
"""How long SQLite itself waits for the write lock on each try."""
BUSY_GIVE_UP_S = 60.0
"""How long a write waits in all before it says the store is busy."""
RESTORE_HINT = N_("restore it from a backup (see 'Backups and restoring' in the README)")

_STATUSES = "'started', 'aired', 'partial', 'failed', 'preempted', 'interrupted', 'missed'"


class StoreError(BroadcasterError):
    """The store cannot be opened, read or written; the sentence says why and what to do."""


def _disk_is_full(error: sqlite3.Error, path: Path) -> bool:
    code = getattr(error, "sqlite_errorcode", None)
    text = str(error)
    return (
        code == sqlite3.SQLITE_FULL
        or "disk is full" in text
        or (
            # a disk with no block left fails before SQLite can tell it is full; a store
            # opened on a full disk is read-only (open_store), and a write to it says so
            ("disk I/O error" in text or "readonly" in text) and disk_full(path.parent)
        )
    )


def explain(error: sqlite3.Error, path: Path) -> StoreError:
    """An SQLite error in the operator's words (full disk, read-only, damaged, busy)."""
    code = getattr(error, "sqlite_errorcode", None)
    text = str(error)
    if _disk_is_full(error, path):
        return StoreError(
            _("the station's disk is full: the store {path} cannot be written").format(path=path)
        )
    if code == sqlite3.SQLITE_READONLY or "readonly" in text or "unable to open" in text:
        return StoreError(
            _("the store {path} cannot be written: its folder or disk is read-only ({detail})")
            .format(path=path, detail=text)
        )  # fmt: skip
    if code == sqlite3.SQLITE_BUSY or "locked" in text:
        return StoreError(
            _("the store {path} stayed busy for over {seconds:g} s (another program holds it); "
              "try again").format(path=path, seconds=BUSY_GIVE_UP_S)
        )  # fmt: skip
    if (
        isinstance(error, sqlite3.DatabaseError)
        and not isinstance(error, sqlite3.OperationalError | sqlite3.IntegrityError)
    ) or text.startswith(("no such table", "no such column")):  # a table dropped by hand
        return StoreError(
            _("the store {path} is damaged ({detail}); {hint}").format(
                path=path, detail=text, hint=_(RESTORE_HINT)
            )
        )
    return StoreError(_("the store {path}: {detail}").format(path=path, detail=text))


ITEM_FIELDS = (
    "announcement_id", "version", "upstream_version", "title", "campaign", "campaign_title",
    "priority", "kind", "engine", "voice", "readings", "approved_by", "duration_s",
    "audio_sha256",
)  # fmt: skip
"""What `airing_items` keeps of each entry of an airing's JSON `items` (its columns, in order,
after airing_seq and position)."""

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
    # 7: an emergency that cannot air at once stays valid for a while, never longer
    """
    ALTER TABLE emergencies ADD COLUMN valid_until TEXT;
    """,
    # emergencies from the upstream office (MQTT or polled): every message received, taken
    # or refused with the reason; a message id is taken once (the replay check)
    """
    ALTER TABLE emergencies ADD COLUMN upstream_message TEXT;
    CREATE TABLE upstream_messages (
        id INTEGER PRIMARY KEY,
        message_id TEXT,
        received_at TEXT NOT NULL,
        via TEXT NOT NULL,
        outcome TEXT NOT NULL CHECK (outcome IN ('taken', 'refused')),
        code TEXT,
        reason TEXT,
        emergency_id INTEGER REFERENCES emergencies(id)
    );
    CREATE UNIQUE INDEX upstream_messages_taken ON upstream_messages(message_id)
        WHERE outcome = 'taken';
    """,
    # what each airing aired, one row per announcement, written with the airing (reports
    # join it instead of decoding the JSON of every row). The JSON `items` of the airing row
    # stays: it is what the hash chain seals and what the office receives; `log verify`
    # checks that these rows say the same. Existing airings are copied over.
    """
    CREATE TABLE airing_items (
        airing_seq INTEGER NOT NULL REFERENCES airings(seq),
        position INTEGER NOT NULL,
        announcement_id TEXT,
        version INTEGER,
        upstream_version INTEGER,
        title TEXT,
        campaign TEXT,
        campaign_title TEXT,
        priority TEXT,
        kind TEXT,
        engine TEXT,
        voice TEXT,
        readings INTEGER,
        approved_by TEXT,
        duration_s REAL,
        audio_sha256 TEXT,
        PRIMARY KEY (airing_seq, position)
    ) WITHOUT ROWID;
    INSERT INTO airing_items
    SELECT a.seq, CAST(i.key AS INTEGER),
        json_extract(i.value, '$.announcement_id'), json_extract(i.value, '$.version'),
        json_extract(i.value, '$.upstream_version'), json_extract(i.value, '$.title'),
        json_extract(i.value, '$.campaign'), json_extract(i.value, '$.campaign_title'),
        json_extract(i.value, '$.priority'), json_extract(i.value, '$.kind'),
        json_extract(i.value, '$.engine'), json_extract(i.value, '$.voice'),
        json_extract(i.value, '$.readings'), json_extract(i.value, '$.approved_by'),
        json_extract(i.value, '$.duration_s'), json_extract(i.value, '$.audio_sha256')
    FROM airings a, json_each(CASE WHEN json_valid(a.items) AND json_type(a.items) = 'array'
                                   THEN a.items ELSE '[]' END) i
    WHERE i.type = 'object';
    CREATE INDEX airing_items_announcement ON airing_items(announcement_id, version);
    """,
    # an announcement may name its campaign's title (front matter `campaign_title`)
    """
    ALTER TABLE announcements ADD COLUMN campaign_title TEXT;
    """,
    # slots the upstream office proposes in a campaign's schedule.toml, until accepted
    """
    CREATE TABLE proposed_slots (
        campaign TEXT NOT NULL,
        name TEXT NOT NULL,
        slot TEXT NOT NULL,
        proposed_at TEXT NOT NULL,
        problem TEXT,
        PRIMARY KEY (campaign, name)
    );
    """,
    # each version keeps what was approved with its words: title, priority, readings, dates,
    # voice and campaign (a change to any of them is a new version, approved again)
    """
    ALTER TABLE announcement_versions ADD COLUMN settings TEXT;
    UPDATE announcement_versions SET settings = (
        SELECT json_object('title', a.title, 'priority', a.priority, 'repeat', a.repeat,
                           'valid_from', a.valid_from, 'valid_until', a.valid_until,
                           'voice', a.voice, 'campaign', a.campaign)
        FROM announcements a
        WHERE a.id = announcement_versions.announcement_id
          AND a.version = announcement_versions.version
    );
    """,
    # who retired an announcement, and who changed the lexicon (each change kept: a removed
    # word leaves no row of its own)
    """
    ALTER TABLE announcements ADD COLUMN retired_by TEXT;
    ALTER TABLE lexicon ADD COLUMN updated_by TEXT;
    CREATE TABLE lexicon_changes (
        id INTEGER PRIMARY KEY,
        term TEXT NOT NULL,
        spoken TEXT,
        changed_by TEXT NOT NULL,
        changed_at TEXT NOT NULL
    );
    """,
    # each item's cells as the airing table prints them (local date and times, labels,
    # remarks), written with the airing so that exports only read them; airings logged before
    # are formatted by the first export (the zone and the remarks' catalog are not in the
    # store), found through the partial index
    """
    ALTER TABLE airing_items ADD COLUMN line_day TEXT;
    ALTER TABLE airing_items ADD COLUMN line_start TEXT;
    ALTER TABLE airing_items ADD COLUMN line_end TEXT;
    ALTER TABLE airing_items ADD COLUMN line_source TEXT;
    ALTER TABLE airing_items ADD COLUMN line_priority TEXT;
    ALTER TABLE airing_items ADD COLUMN line_form TEXT;
    ALTER TABLE airing_items ADD COLUMN line_seconds REAL;
    ALTER TABLE airing_items ADD COLUMN line_result TEXT;
    ALTER TABLE airing_items ADD COLUMN line_note TEXT;
    CREATE INDEX airing_items_unformatted ON airing_items(airing_seq) WHERE line_day IS NULL;
    """,
    # an approver may refuse a version, with a reason the operator reads: kept like an
    # approval (which version, who, when), until a new version or an approval replaces it
    """
    ALTER TABLE announcements ADD COLUMN refused_version INTEGER;
    ALTER TABLE announcements ADD COLUMN refused_by TEXT;
    ALTER TABLE announcements ADD COLUMN refused_at TEXT;
    ALTER TABLE announcements ADD COLUMN refused_reason TEXT;
    """,
    # the person behind an account: full name and position, as reports name an approver
    """
    ALTER TABLE users ADD COLUMN full_name TEXT;
    ALTER TABLE users ADD COLUMN position TEXT;
    """,
    # a missed airing wrote nothing: the remarks of one logged with the file sink no longer
    # say "ghi ra tệp" (its cells are made again by the next export; the sealed row is as it was)
    """
    UPDATE airing_items SET line_day = NULL WHERE airing_seq IN (
        SELECT seq FROM airings WHERE status = 'missed' AND sink LIKE 'file:%');
    """,
    # a slot's title, the name people read (`Buổi sáng`); its name stays the command line's id
    "ALTER TABLE slots ADD COLUMN title TEXT;",
    # each console form's one-time key, written with the change it asked for: a form sent
    # twice does its work once (broadcaster/form_keys.py); kept a week, pruned by used_at
    """
    CREATE TABLE form_keys (
        nonce TEXT PRIMARY KEY,
        form TEXT NOT NULL,
        account TEXT NOT NULL,
        used_at TEXT NOT NULL,
        answer TEXT NOT NULL
    );
    CREATE INDEX form_keys_used_at ON form_keys(used_at);
    """,
    # speech a fallback engine made: when the first engine was last tried for it again (ahead
    # of an airing, once an hour; NULL: only when it was made)
    "ALTER TABLE speech ADD COLUMN preferred_tried_at TEXT;",
    # the printed reports' heading as the leader sets it in the console (it wins over
    # [report] in station.toml, the default of a new station); each change is kept, with who
    # made it and when, and the newest is the one printed
    """
    CREATE TABLE report_headings (
        id INTEGER PRIMARY KEY,
        parent TEXT NOT NULL,
        issuer TEXT NOT NULL,
        place TEXT NOT NULL,
        signer TEXT NOT NULL,
        signer_name TEXT NOT NULL,
        changed_by TEXT NOT NULL,
        changed_at TEXT NOT NULL
    );
    """,
    # a deputy signs "KT. CHỦ TỊCH" and then under it their own title, "PHÓ CHỦ TỊCH"
    # (Nghị định 30/2020); empty when the signer signs in their own name
    "ALTER TABLE report_headings ADD COLUMN signer_title TEXT NOT NULL DEFAULT '';",
    # airings cut or failed before the report credited a cut airing's items in the order they
    # played and left the repair advice out of its remarks: their cells are made again by the
    # next export, as the office works them out (the sealed row is as it was)
    """
    UPDATE airing_items SET line_day = NULL WHERE airing_seq IN (
        SELECT seq FROM airings WHERE error IS NOT NULL OR duration_s < planned_duration_s);
    """,
    # the notices a slot left out because their new version waits for the leader's approval
    # (JSON, like `items`: id, version, office's version, title, campaign), so the office
    # learns of a hold on a slot that aired the others (o14web2 C2); NULL on every other row,
    # which the chain then does not hash (log_chain.LATER): rows sealed before keep their hash
    "ALTER TABLE airings ADD COLUMN held TEXT;",
    # the code page a version's file was converted from (Windows-1258, VNI…): the approver is
    # told so where he approves, not only the officer once (o16lan3 F6); NULL: it was Unicode
    "ALTER TABLE announcement_versions ADD COLUMN converted_from TEXT;",
    # whoever approved a notice as his account named him then: its airings name him, even
    # once his account is removed or names a new chairman (o23lan12 M4); NULL on approvals
    # made before, which are named by the account as it is now, as they were
    "ALTER TABLE announcements ADD COLUMN approved_person TEXT;",
    # who aired it when a person did (the leader and the office ask "ai đã phát lại bản tin
    # này?"): an airing by hand, an emergency sent from the station, a re-air, named as the
    # accounts name them then; the re-air's slot and the emergency's request keep it until
    # their airing is logged. NULL on scheduled and office airings and on rows before, which
    # the chain then does not hash (log_chain.LATER): rows sealed before keep their hash
    """
    ALTER TABLE airings ADD COLUMN person TEXT;
    ALTER TABLE slots ADD COLUMN person TEXT;
    ALTER TABLE emergencies ADD COLUMN person TEXT;
    """,
    # a planned airing's row written by a clock later found run ahead (a `missed` row for a
    # day still to come when the officer confirmed the clock) stands for nothing: it is kept
    # as it was sealed, listed in `voided_airings` (when, who confirmed the clock), and the
    # airing's real outcome is a row of its own naming it (`supersedes`, hashed when set:
    # log_chain.LATER), so the office counts that one (w27commune 1). One row per planned
    # airing still holds: per (slot, time, what it supersedes)
    """
    ALTER TABLE airings ADD COLUMN supersedes INTEGER;
    CREATE TABLE voided_airings (
        seq INTEGER PRIMARY KEY REFERENCES airings(seq),
        voided_at TEXT NOT NULL,
        voided_by TEXT NOT NULL
    );
    DROP INDEX airings_planned;
    CREATE UNIQUE INDEX airings_planned ON airings(slot, scheduled_at, IFNULL(supersedes, 0))
        WHERE slot IS NOT NULL;
    """,
    # the commune stops its own emergency (on air or still waiting): who, when and why, so
    # the airing process cuts it (or never airs it) and its row says "dừng bởi …" (w27leader
    # F1). The row's note carries it to the office: no new field in the chain
    """
    ALTER TABLE emergencies ADD COLUMN stopped_at TEXT;
    ALTER TABLE emergencies ADD COLUMN stopped_by TEXT;
    ALTER TABLE emergencies ADD COLUMN stop_reason TEXT;
    """,
    # a planned airing no longer planned because the row that logged it missed was written
    # by a clock run ahead: confirming the clock adds a row of status 'voided' superseding
    # it, so the office learns of the void from the signed log itself (w28void). SQLite
    # cannot alter a CHECK: its text is widened in place, as SQLite's ALTER TABLE page
    # documents for a constraint every row still meets; RESET makes this connection read it
    # now, the index rebuilt after changes the schema's version so every other one does,
    # and a rollback puts the old text back for all
    """
    PRAGMA writable_schema = ON;
    UPDATE sqlite_master SET sql = replace(sql, '''missed'')', '''missed'', ''voided'')')
        WHERE type = 'table' AND name = 'airings';
    PRAGMA writable_schema = RESET;
    DROP INDEX airings_status;
    CREATE INDEX airings_status ON airings(status);
    """,
    # an airing played out where no loudspeaker played it (a file, the test sink) reads
    # "Không ra loa" in its "Kết quả" cell, not "Đã phát" (w28commune 2): the cells of every
    # airing that played out are made again by the next export, which tells them apart by the
    # one rule (audio_out.sinks.reaches_loudspeakers); the sealed row is as it was
    """
    UPDATE airing_items SET line_day = NULL WHERE airing_seq IN (
        SELECT seq FROM airings WHERE status IN ('aired', 'partial'));
    """,
    # the envelope of an office's message the station could not check yet (no root trusted,
    # or a root that names no emergency key): checked again once it can, whichever way it
    # came (MQTT delivers it once; the polled list is read again only when it changes), and
    # cleared then (broadcaster/upstream_emergency.check_again; ci32)
    "ALTER TABLE upstream_messages ADD COLUMN payload BLOB;",
)

VOIDABLE = ("missed", "failed")
"""The outcomes a clock run ahead writes for a slot still to come that put out no sound to
keep: missed (late, quiet hours, withdrawn, held) and failed (its program could not be made,
the sound card or the folder refused it). Voided once the clock is confirmed right, so the
slot airs at its time (clock_check); aired, partial, preempted and interrupted rows put sound
on the loudspeakers, early, and stand. The office takes a row in the place of these alone
(office.collector)."""
STANDS = "seq NOT IN (SELECT seq FROM voided_airings)"
"""SQL: the airing row stands for its planned airing (not voided: a row written by a clock
later found run ahead, for a time still to come; `voided_airings`). A condition on `seq`."""


class StoreConnection(sqlite3.Connection):
    """A connection whose `with conn:` blocks nest: only the outermost one commits.

    sqlite-utils wraps each insert in `with conn:`; with the stock connection that commits
    any transaction around it. Here one logical change is one transaction, however many
    library calls it makes. BEGIN IMMEDIATE takes the write lock up front, so a writer waits
    (busy timeout) instead of failing half-way.
    """

    _depth = 0
    _carrying = False
    carried: Callable[[], None] | None = None
    """Written first in the next outermost transaction, and dropped once one commits: a
    form's key rides with the change the form asks for (form_keys.once), while the slow work
    before that change (ffmpeg, a download, a password hash) holds no lock."""

    def __enter__(self) -> StoreConnection:
        outermost = self._depth == 0 and not self.in_transaction
        if outermost:
            self._begin()
        self._depth += 1
        if outermost and self.carried is not None:
            try:
                self.carried()
            except BaseException:
                self._depth -= 1
                self.rollback()
                raise
            self._carrying = True
        return self

    def _begin(self) -> None:
        """BEGIN IMMEDIATE, tried again while another writer holds the store (SQLite's own
        wait is BUSY_TIMEOUT_MS per try), up to BUSY_GIVE_UP_S in all."""
        deadline = time.monotonic() + BUSY_GIVE_UP_S
        while True:
            try:
                self.execute("BEGIN IMMEDIATE")
                return
            except sqlite3.OperationalError as e:
                busy = getattr(e, "sqlite_errorcode", None) == sqlite3.SQLITE_BUSY
                if not (busy or "locked" in str(e)) or time.monotonic() >= deadline:
                    raise

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
                if self._carrying:
                    self.carried = None
            else:
                self.rollback()
            self._carrying = False
        return False


def check_store_file(path: Path) -> None:
    """Refuse a store that is missing or empty before SQLite would quietly make a new empty
    one in its place (a file that is not SQLite fails on its first read).

    Only stat() is used: opening and closing the file from Python would drop the locks that
    this process's SQLite connections hold on it (POSIX locks are per process and file)."""
    try:
        found = path.stat()
    except FileNotFoundError:
        raise StoreError(
            _("the store {path} is missing from this station folder; {hint}").format(
                path=path, hint=_(RESTORE_HINT)
            )
        ) from None
    except OSError as e:
        raise StoreError(
            _("the store {path} cannot be read ({reason})").format(
                path=path, reason=describe_os_error(e)
            )
        ) from None
    if not stat.S_ISREG(found.st_mode):
        raise StoreError(
            _("the store {path} is not a regular file (a folder, a device or a pipe); {hint}")
            .format(path=path, hint=_(RESTORE_HINT))
        )  # fmt: skip
    if found.st_size == 0:
        raise StoreError(
            _("the store {path} is empty (0 bytes); {hint}").format(path=path, hint=_(RESTORE_HINT))
        )


def open_store(path: Path, create: bool = False) -> Store:
    """Open the store in WAL mode and bring its schema up to date; only `create` (a new
    station) may make the file. On a full disk the store is opened for reading only (see
    `_read_on_full_disk`): what only reads still works, a write says the disk is full."""
    if not create:
        check_store_file(path)
    conn = None
    try:
        conn = _connect(path, "rwc" if create else "rw")
        from common.store import Store

        db = Store(conn)
        db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        db.enable_wal()
        db.execute("PRAGMA foreign_keys = ON")
        db.execute("PRAGMA synchronous = FULL")
        migrate(db, path)
    except sqlite3.Error as e:
        if conn is not None:
            conn.close()
        if create or not _disk_is_full(e, path):
            raise explain(e, path) from None
        return _read_on_full_disk(path, explain(e, path))
    except StoreError:
        if conn is not None:
            conn.close()
        raise
    return db


def _connect(path: Path, mode: str) -> StoreConnection:
    return sqlite3.connect(
        f"{path.absolute().as_uri()}?mode={mode}",
        uri=True,
        factory=StoreConnection,
        timeout=BUSY_TIMEOUT_MS / 1000,
        isolation_level=None,
        check_same_thread=False,
    )


def _read_on_full_disk(path: Path, full: StoreError) -> Store:
    """The store for reading, when the disk has no room for the shared-memory index that WAL
    mode keeps beside it: this process keeps the index in its own memory (exclusive locking,
    SQLite's documented way; the WAL's committed rows are read as usual) and writes nothing
    (query_only). Refused, with `full`, if the schema would need a migration."""
    try:
        conn = _connect(path, "rw")
        conn.execute("PRAGMA locking_mode = EXCLUSIVE")
        conn.execute("PRAGMA query_only = ON")
        from common.store import Store

        db = Store(conn)
        db.read_only = str(full)
        db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        if conn.execute("PRAGMA user_version").fetchone()[0] != len(MIGRATIONS):
            conn.close()
            raise full
    except sqlite3.Error:
        raise full from None
    return db


def migrate(db: Database, path: Path) -> None:
    """Apply each pending migration in its own transaction, recording it in user_version.
    A store a newer version migrated is refused: this one would misread its rows (a status
    it does not know) and write rows its schema no longer fits."""
    conn = db.conn
    found = conn.execute("PRAGMA user_version").fetchone()[0]
    if found > len(MIGRATIONS):
        raise StoreError(
            _("the store {path} was written by a newer version of this program (its schema "
              "{found}, this version's {known}): install that version again").format(
                path=path, found=found, known=len(MIGRATIONS))
        )  # fmt: skip
    while (current := conn.execute("PRAGMA user_version").fetchone()[0]) < len(MIGRATIONS):
        with conn:
            # another process may have migrated while we waited for the lock
            if conn.execute("PRAGMA user_version").fetchone()[0] != current:
                continue
            for statement in MIGRATIONS[current].split(";"):
                if statement.strip():
                    conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {current + 1}")
