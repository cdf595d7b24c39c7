"""`office serve` says it is running: every BEAT_S it writes the time in the database. While
it is down the communes' pushed logs and their reports on emergencies are not collected, so
the console's pages that count airings would read "không phản hồi" for a commune that aired
(o14web2 C1); they say instead since when the office server has not been heard from."""

from __future__ import annotations

from datetime import datetime, timedelta

import psycopg

from common.i18n import _

from .listening import Listening

HEARD = "serve_heard_at"
"""The `settings` row: the last time `office serve` was heard from (ISO 8601)."""
BEAT_S = 30.0
"""How often `office serve` writes it."""
SILENT_AFTER = timedelta(minutes=2)
"""Past this without a beat, the pages say the office server is not running: four beats
missed, so a database that was slow for a moment says nothing."""


class Heartbeat(Listening):
    """`office serve`'s thread that writes HEARD every BEAT_S (its channel is never told:
    the loop's wait is the beat)."""

    channel, name = "office_serve_heartbeat", "heartbeat"

    def look(self, conn: psycopg.Connection, first: bool) -> float:
        beat(conn)
        return BEAT_S

    def failed(self, error: Exception) -> str:
        return _("The office server could not record that it is running: {error}").format(
            error=error
        )


def beat(conn: psycopg.Connection) -> None:
    """HEARD: PostgreSQL's time, which `silent_since` compares with (review15 #7): the clocks
    of office serve's machine and the console's may be minutes apart."""
    conn.execute(
        "INSERT INTO settings (key, value) VALUES (%s, to_char(now() AT TIME ZONE 'UTC', "
        """'YYYY-MM-DD"T"HH24:MI:SS.US"+00:00"')) """
        "ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value",
        [HEARD],
    )


def silent_since(conn: psycopg.Connection) -> datetime | None:
    """When `office serve` was last heard from, if longer ago than SILENT_AFTER by
    PostgreSQL's clock; None while it runs, or when it never ran since it began to beat (an
    office whose server never ran has no station enrolled: nothing to count)."""
    row = conn.execute(
        "SELECT value::timestamptz FROM settings WHERE key = %s "
        "AND value::timestamptz < now() - %s",
        [HEARD, SILENT_AFTER],
    ).fetchone()
    return row[0] if row else None
