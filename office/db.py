"""The office's PostgreSQL database: connecting, and versioned schema migrations.

Each migration runs once, in its own transaction, recorded in `schema_migrations`; an
advisory lock makes collectors started together wait for one another instead of racing.
Append new migrations at the end; never edit one that has shipped.
"""

from __future__ import annotations

import os
from typing import Any

import psycopg
from psycopg import sql
from psycopg.conninfo import conninfo_to_dict, make_conninfo

from common.i18n import _

from . import DatabaseDown, OfficeError
from .settings import shown_db


def storable(value: Any) -> Any:
    """`value` with every U+0000 left out of its strings (keys too): PostgreSQL's text and
    jsonb cannot hold it, and one in a field a station sent made the office refuse that
    station's whole log at every retry (review21 #1). What is stored is checked first, so a
    stored row differs from the one its hash covers only by the NULs it had; an emergency's
    report, by its reason's."""
    if isinstance(value, str):
        return value.replace("\x00", "")
    if isinstance(value, list):
        return [storable(v) for v in value]
    if isinstance(value, dict):
        return {storable(k): storable(v) for k, v in value.items()}
    return value


MIGRATION_LOCK = 7_140_001
"""pg_advisory_xact_lock key held while migrating."""

MIGRATIONS: tuple[str, ...] = (
    # 1: stations, their groups, the airing rows they push, spent challenges, refusals
    """
    CREATE TABLE settings (key text PRIMARY KEY, value text NOT NULL);
    CREATE TABLE stations (
        key_id text PRIMARY KEY,
        fingerprint text NOT NULL UNIQUE,
        public_key bytea NOT NULL,
        station_id text NOT NULL,
        name text NOT NULL,
        commune text NOT NULL,
        enrolled_at timestamptz NOT NULL,
        approved_at timestamptz,
        approved_by text,
        last_contact timestamptz,
        clock_skew_s double precision,
        stored_through bigint NOT NULL DEFAULT 0,
        head_hash text NOT NULL,
        chain_problem text,
        chain_break text,
        chain_break_seq bigint,
        chain_problem_at timestamptz
    );
    CREATE TABLE station_groups (
        key_id text NOT NULL REFERENCES stations(key_id),
        name text NOT NULL,
        PRIMARY KEY (key_id, name)
    );
    CREATE TABLE airings (
        station text NOT NULL REFERENCES stations(key_id),
        seq bigint NOT NULL,
        started_at timestamptz NOT NULL,
        status text NOT NULL,
        duration_s double precision,
        planned_duration_s double precision,
        items jsonb NOT NULL,
        prev_hash text NOT NULL,
        row_hash text NOT NULL,
        row json NOT NULL,
        received_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (station, seq)
    );
    CREATE INDEX airings_started_at ON airings (started_at);
    CREATE TABLE spent_challenges (
        token text PRIMARY KEY,
        spent_at timestamptz NOT NULL
    );
    CREATE INDEX spent_challenges_at ON spent_challenges (spent_at);
    CREATE TABLE refusals (
        id bigserial PRIMARY KEY,
        key_id text,
        at timestamptz NOT NULL,
        code text NOT NULL,
        reason text NOT NULL
    );
    """,
    # 2: emergencies sent over MQTT, and what each targeted station reported about them
    """
    CREATE TABLE emergencies (
        id text PRIMARY KEY,
        issued_at timestamptz NOT NULL,
        valid_until timestamptz NOT NULL,
        title text NOT NULL,
        text text,
        audio_sha256 text,
        audience jsonb,
        sent_by text NOT NULL,
        envelope bytea NOT NULL
    );
    CREATE TABLE emergency_reports (
        emergency_id text NOT NULL REFERENCES emergencies(id),
        key_id text NOT NULL REFERENCES stations(key_id),
        state text NOT NULL DEFAULT 'silent',
        reason text,
        received_at timestamptz,
        on_air_at timestamptz,
        done_at timestamptz,
        reported_at timestamptz,
        PRIMARY KEY (emergency_id, key_id)
    );
    """,
    # 3: a lost or stolen station revoked by the office (its key no longer trusted)
    """
    ALTER TABLE stations ADD COLUMN revoked_at timestamptz, ADD COLUMN revoked_by text,
        ADD COLUMN revoked_reason text;
    """,
    # 4: an emergency taken back by the office (the signed cancel, served and published)
    """
    ALTER TABLE emergencies ADD COLUMN cancelled_at timestamptz, ADD COLUMN cancelled_by text,
        ADD COLUMN cancel_envelope bytea;
    """,
    # 5: whom each campaign was published for and its notices, written by `publish` (with the
    # database): `office aired` knows a campaign or notice nobody aired yet, and its audience,
    # without the repository
    """
    CREATE TABLE campaigns (
        name text PRIMARY KEY,
        audience jsonb,
        notices text[] NOT NULL,
        published_at timestamptz NOT NULL,
        withdrawn_at timestamptz
    );
    """,
    # 6: the office console's accounts, and failed log-ins (a restart does not reset them)
    """
    CREATE TABLE accounts (
        name text PRIMARY KEY,
        role text NOT NULL CHECK (role IN ('viewer', 'admin')),
        password_hash text NOT NULL,
        session_epoch text NOT NULL,
        full_name text,
        position text,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL
    );
    CREATE TABLE login_failures (
        id bigserial PRIMARY KEY,
        account text NOT NULL,
        address text NOT NULL,
        at timestamptz NOT NULL
    );
    CREATE INDEX login_failures_account ON login_failures (account, at);
    CREATE INDEX login_failures_address ON login_failures (address, at);
    """,
    # 7: a station's new key (its old one revoked) continues the old key's log: `log_key` is
    # the first key of that log, NULL for a key that began its own
    """
    ALTER TABLE stations ADD COLUMN log_key text;
    """,
    # 8: a cancel asked for from the web console, which holds no key: `office serve` signs and
    # publishes it (or marks why it could not: `cancel_refused`, a code, and its detail)
    """
    ALTER TABLE emergencies ADD COLUMN cancel_requested_at timestamptz,
        ADD COLUMN cancel_requested_by text, ADD COLUMN cancel_refused text,
        ADD COLUMN cancel_refused_why text;
    """,
    # 9: each notice's version as published (in the order of `notices`): a commune that aired
    # only an older one has not aired what the office now asks it to air (o14net F1)
    """
    ALTER TABLE campaigns ADD COLUMN versions int[];
    """,
    # 10: the secret of the enrolment challenges, made here (two v4 uuids: 244 bits from
    # PostgreSQL's strong random) rather than after the migrations, so that a database is
    # current by its version alone: the console's role may not read this secret
    """
    INSERT INTO settings (key, value) VALUES ('challenge_secret', encode(sha256(convert_to(
        gen_random_uuid()::text || gen_random_uuid()::text, 'UTF8')), 'hex'))
    ON CONFLICT (key) DO NOTHING;
    """,
    # 11: an emergency a station refused as not for it, though it is for "all" or a group it is
    # in now (approved, or put in the group, after it was sent): its station page says so
    """
    CREATE TABLE emergency_refusals (
        emergency_id text NOT NULL REFERENCES emergencies(id),
        key_id text NOT NULL REFERENCES stations(key_id),
        reason text,
        at timestamptz NOT NULL,
        PRIMARY KEY (emergency_id, key_id)
    );
    """,
    # 12: its `reason` was written and read nowhere (o18web6): only a "not-for-us" refusal is
    # kept, and the station's page says why in the office's words; the station's own words
    # (in its language, maybe English) would only repeat them
    """
    ALTER TABLE emergency_refusals DROP COLUMN reason;
    """,
    # 13: the office's campaigns a station did not take, as its last push said (each with its
    # code, title and the station's reason): the commune's page shows them (review19 #2)
    """
    ALTER TABLE stations ADD COLUMN IF NOT EXISTS refused_campaigns jsonb;
    """,
    # 14: when an emergency was sent to a station `office serve` added after sending (approved
    # while it was in force): its lateness counts from then, not from the sending (o19web7 W4)
    """
    ALTER TABLE emergency_reports ADD COLUMN IF NOT EXISTS sent_at timestamptz;
    """,
    # 15: a campaign's title and its notices' (in the order of `notices`), as published: the
    # month report names a notice nobody aired by its title without the repository (o19web7 W3)
    """
    ALTER TABLE campaigns ADD COLUMN IF NOT EXISTS title text,
        ADD COLUMN IF NOT EXISTS titles text[];
    """,
    # 16: where each office notice stands at the station (waiting for the leader, in no slot,
    # next airing at …), as its last verified push said, and when: the month report says why a
    # commune has not aired a notice from it (o20web8 W3; common/notice_states.py); and the
    # file each notice was published from (in the order of `notices`): a commune's page names
    # the one to correct when its station refuses the campaign (o20web8 X6)
    """
    ALTER TABLE stations ADD COLUMN IF NOT EXISTS notice_states jsonb,
        ADD COLUMN IF NOT EXISTS notice_states_at timestamptz;
    ALTER TABLE campaigns ADD COLUMN IF NOT EXISTS files text[];
    """,
    # 17: how often the station pushes (minutes), as its last verified push said: the pages
    # mark a commune quiet for much longer than that (o21web9 Y4; office/fleet.quiet)
    """
    ALTER TABLE stations ADD COLUMN IF NOT EXISTS push_minutes double precision;
    """,
    # 18: a commune's station cut off from the office (quiet, fleet.quiet_after), recorded by
    # the push that ended it: once the link is back, an emergency it aired late and a notice
    # it aired less are said with the outage (o22web10 Z1: nothing said it afterwards)
    """
    CREATE TABLE IF NOT EXISTS station_silences (
        key_id text NOT NULL REFERENCES stations(key_id),
        since timestamptz NOT NULL,
        until timestamptz NOT NULL,
        PRIMARY KEY (key_id, since)
    );
    """,
    # 19: the re-airs, few among a province's rows: the month report follows their chains
    # from the period's start on (report.MADE_GOOD) and read every row since to find them
    # (bench/office_report.py, with and without); the condition is report.REAIR_SLOT's, word
    # for word, or PostgreSQL does not use the index (a test reads the plan)
    r"""
    CREATE INDEX IF NOT EXISTS airings_reairs ON airings (started_at)
    WHERE row->>'slot' ~ '^phat-lai-[0-9]{1,18}$';
    """,
    # 20: a commune's earlier names, each with when a rename ended it: the report, the
    # emergency history and whom a send was for name what was logged or sent under the name
    # it had then (o23web11 V3: a merge rewrote the month under the new name); and a station
    # retired in a merge (`office station retire`), not lost or stolen (V2)
    """
    CREATE TABLE IF NOT EXISTS commune_names (
        key_id text NOT NULL REFERENCES stations(key_id),
        commune text NOT NULL,
        renamed_at timestamptz NOT NULL,
        PRIMARY KEY (key_id, renamed_at)
    );
    ALTER TABLE stations ADD COLUMN IF NOT EXISTS retired boolean NOT NULL DEFAULT false;
    """,
    # 21: a station's row that names one it `supersedes` (a planned airing's outcome, where
    # its station had logged it missed under a clock run ahead: w27commune 1) takes that
    # row's place; the few such rows, found by the one they supersede (report.NOT_SUPERSEDED)
    """
    CREATE INDEX IF NOT EXISTS airings_supersedes ON airings (station, (row->>'supersedes'))
    WHERE row->>'supersedes' IS NOT NULL;
    """,
)


CONNECT_TIMEOUT_S = 5
"""How long a connection to the office's database may take to open, unless the address says
otherwise (`?connect_timeout=…`, or $PGCONNECT_TIMEOUT): psycopg's own default is 130 s, and a
database host that never answers would hang a command, or the collector's MQTT thread past
the broker's keepalive (30 s: the broker then drops the collector)."""


def timed(dsn: str) -> str:
    """The address with CONNECT_TIMEOUT_S when it names no connect timeout of its own; an
    address that is not one is left for psycopg to refuse."""
    if os.environ.get("PGCONNECT_TIMEOUT"):
        return dsn
    try:
        if "connect_timeout" in conninfo_to_dict(dsn):
            return dsn
        return make_conninfo(dsn, connect_timeout=CONNECT_TIMEOUT_S)
    except psycopg.ProgrammingError:
        return dsn


NO_JIT = "-c jit=off"
"""PostgreSQL's JIT off for the office's own connections (the console, the commands, the
reports): it compiled the month report's query for longer than the query ran (bench/
office_report.py: the report against a plain query over the same rows, with JIT on and
off). The office's queries are many and short; none gains."""


def without_jit(dsn: str) -> str:
    """The address with NO_JIT before the options it names, or else $PGOPTIONS' (libpq reads
    those only when the address names none: review22 #4), so that a technician's own
    `-c jit=on` still wins; an address naming a service (pg_service.conf) and no options is
    left as it is, its service's options kept."""
    named = conninfo_to_dict(dsn)
    options = named.get("options") or os.environ.get("PGOPTIONS")
    if not options and (named.get("service") or os.environ.get("PGSERVICE")):
        return dsn
    return make_conninfo(dsn, options=f"{NO_JIT} {options}" if options else NO_JIT)


def connect(dsn: str, **kwargs: Any) -> psycopg.Connection:
    try:
        return psycopg.connect(without_jit(timed(dsn)), **kwargs)
    except psycopg.ProgrammingError:
        raise OfficeError(
            _("'{dsn}' is not the address of a PostgreSQL database (postgresql://…)").format(
                dsn=shown_db(dsn)
            )
        ) from None
    except psycopg.OperationalError:
        raise DatabaseDown(down(shown_db(dsn))) from None


def down(dsn: str | None = None) -> str:
    """What the officer reads when the database cannot be opened (`dsn`) or went away while
    a command ran: what to check, and whom to call (the driver's own words are English and
    name sockets; the technician finds them in PostgreSQL's log)."""
    advice = _("check that PostgreSQL is running on this machine, or call the technician who "
               "installed it")  # fmt: skip
    if dsn:
        return _("cannot open the office's database ({dsn})").format(dsn=dsn) + ": " + advice
    return _("the office's database stopped answering") + ": " + advice


def migrate(conn: psycopg.Connection) -> int:
    """Apply the pending migrations; returns the schema version. A database already current
    is only read: the web console's role (`grant_console`) may not create or alter tables."""
    if _current(conn):
        return len(MIGRATIONS)
    try:
        return _migrate(conn)
    except psycopg.errors.InsufficientPrivilege:
        raise OfficeError(
            _("the office's database is older than this program, and this PostgreSQL role may "
              "not bring it up to date: run 'broadcaster office console-role ROLE' once as "
              "the database's owner (it does it), then start again")
        ) from None  # fmt: skip


def _migrate(conn: psycopg.Connection) -> int:
    with conn.transaction():
        conn.execute(
            "CREATE TABLE IF NOT EXISTS schema_migrations "
            "(version integer PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())"
        )
    for version, statement in enumerate(MIGRATIONS, start=1):
        with conn.transaction():
            conn.execute("SELECT pg_advisory_xact_lock(%s)", [MIGRATION_LOCK])
            done = conn.execute(
                "SELECT 1 FROM schema_migrations WHERE version = %s", [version]
            ).fetchone()
            if done:
                continue
            conn.execute(statement)
            conn.execute("INSERT INTO schema_migrations (version) VALUES (%s)", [version])
    return len(MIGRATIONS)


def _current(conn: psycopg.Connection) -> bool:
    """Whether every migration is applied."""
    try:
        with conn.transaction():
            found = conn.execute("SELECT max(version) FROM schema_migrations").fetchone()
    except psycopg.errors.UndefinedTable:
        return False
    return found is not None and found[0] == len(MIGRATIONS)


CONSOLE_WRITES = {
    "accounts": "INSERT, UPDATE, DELETE",
    "login_failures": "INSERT, DELETE",
    "station_groups": "INSERT, DELETE",
    "commune_names": "INSERT",
    "stations": "UPDATE (approved_at, approved_by, revoked_at, revoked_by, revoked_reason, "
    "commune)",
    "emergencies": "UPDATE (cancel_requested_at, cancel_requested_by, cancel_refused, "
    "cancel_refused_why)",
}
"""What the web console's forms write (web/office, web/auth): its accounts and their log-in
failures, a station's approval, groups, name and revocation, and the request to cancel an
emergency (`office serve` signs it). It reads every table but the secrets; it writes nothing
else, so a console taken over cannot mark a cancel as signed, nor change what a cancel says.
Of the settings named `…_secret` it reads its own cookie key only: the enrolment challenges'
and the broker's secrets stay `office serve`'s (a row policy; the owner, who runs it, is not
subject to it). The others (the broker's address, the heartbeat) its pages read."""


def grant_console(conn: psycopg.Connection, role: str) -> None:
    """Let PostgreSQL's `role` (made by the technician) use the office's database as the web
    console does, and nothing more; run once by the database's owner, again after an upgrade
    (it first brings the schema up to date, and makes the console's cookie key)."""
    from .accounts import console_secret

    migrate(conn)
    console_secret(conn)
    name = sql.Identifier(role)
    with conn.transaction():
        conn.execute(sql.SQL("REVOKE ALL ON ALL TABLES IN SCHEMA public FROM {}").format(name))
        conn.execute(sql.SQL("GRANT USAGE ON SCHEMA public TO {}").format(name))
        conn.execute(sql.SQL("GRANT SELECT ON ALL TABLES IN SCHEMA public TO {}").format(name))
        conn.execute("ALTER TABLE settings ENABLE ROW LEVEL SECURITY")
        policy = sql.Identifier(f"{role}_reads_no_secret_but_its_own")
        conn.execute(sql.SQL("DROP POLICY IF EXISTS {} ON settings").format(policy))
        conn.execute(
            sql.SQL(
                "CREATE POLICY {} ON settings FOR SELECT TO {} "
                "USING (key = 'console_secret' OR right(key, 7) <> '_secret')"
            ).format(policy, name)
        )
        for table, rights in CONSOLE_WRITES.items():
            conn.execute(
                sql.SQL("GRANT {} ON {} TO {}").format(sql.SQL(rights), sql.Identifier(table), name)
            )
            if "INSERT" in rights:  # its serial id, if it has one
                for (sequence,) in conn.execute(
                    "SELECT pg_get_serial_sequence(%s, attname) FROM pg_attribute "
                    "WHERE attrelid = %s::regclass AND attnum > 0 AND NOT attisdropped "
                    "AND pg_get_serial_sequence(%s, attname) IS NOT NULL",
                    [table, table, table],
                ).fetchall():
                    conn.execute(
                        sql.SQL("GRANT USAGE ON SEQUENCE {} TO {}").format(sql.SQL(sequence), name)
                    )


def put_setting(conn: psycopg.Connection, key: str, value: str) -> None:
    """Set one row of `settings`, whether or not it was there."""
    conn.execute(
        "INSERT INTO settings (key, value) VALUES (%s, %s) "
        "ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value",
        [key, value],
    )


def open_office(dsn: str) -> psycopg.Connection:
    """A connection to an up-to-date office database (autocommit outside transactions)."""
    conn = connect(dsn, autocommit=True)
    migrate(conn)
    return conn
