"""`office serve` says it is running: every BEAT_S it writes the time in the database. While
it is down the communes' pushed logs and their reports on emergencies are not collected, so
the console's pages that count airings would read "không phản hồi" for a commune that aired
(o14web2 C1); they say instead since when the office server has not been heard from. With the
beat it records whether its listener on the broker is connected: while it is not, the
communes' reports on emergencies reach the office only with their pushed logs (w15b)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

import psycopg

from broadcaster.clock import system_clock
from common.i18n import _

from .listening import Listening, tell

HEARD = "serve_heard_at"
"""The `settings` row: the last time `office serve` was heard from (ISO 8601)."""
BEAT_S = 30.0
"""How often `office serve` writes it."""
BROKER_LOST = "serve_broker_lost_at"
"""The `settings` row: since when `office serve`'s listener on the broker has not been
connected (absent while it is, or while the office has no broker)."""
LOOK_S = 2.0
"""How often the heartbeat looks at the listener: a change is written at once."""
UNREACHED_AFTER = timedelta(minutes=1)
"""Past this without the broker, the pages say so: a broker restarting, or the listener
reconnecting, takes seconds."""
SILENT_AFTER = timedelta(minutes=2)
"""Past this without a beat, the pages say the office server is not running: four beats
missed, so a database that was slow for a moment says nothing."""


class Heartbeat(Listening):
    """`office serve`'s thread that writes HEARD every BEAT_S, with `lost()` (since when its
    broker listener is not connected), and at once when that changes (its channel is never
    told: the loop's wait is the look)."""

    channel, name = "office_serve_heartbeat", "heartbeat"

    def __init__(
        self,
        dsn: str,
        lost: Callable[[], datetime | None] = lambda: None,
        say: Callable[[str], object] = tell,
    ) -> None:
        super().__init__(dsn, say)
        self.lost = lost
        self._written: tuple[datetime, datetime | None] | None = None

    def look(self, conn: psycopg.Connection, first: bool) -> float:
        now, lost = system_clock(), self.lost()
        last = self._written
        if first or last is None or lost != last[1] or (now - last[0]).total_seconds() >= BEAT_S:
            beat(conn, None if lost is None else now - lost)
            self._written = (now, lost)
        return LOOK_S

    def failed(self, error: Exception) -> str:
        return _("The office server could not record that it is running: {error}").format(
            error=error
        )


AGO = """to_char((now() - %s) AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"+00:00"')"""
"""PostgreSQL's time, less an interval, as ISO 8601 (review15 #7): the clocks of office
serve's machine and the console's may be minutes apart, the database's is one for both."""


def beat(conn: psycopg.Connection, lost_for: timedelta | None = None) -> None:
    """HEARD now, and BROKER_LOST `lost_for` ago (removed when None: connected), both by
    PostgreSQL's clock, which `silent_since` and `unreached_since` compare with."""
    upsert = ("INSERT INTO settings (key, value) VALUES (%s, " + AGO + ") "
              "ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value")  # fmt: skip
    with conn.transaction():
        conn.execute(upsert, [HEARD, timedelta(0)])
        if lost_for is None:
            conn.execute("DELETE FROM settings WHERE key = %s", [BROKER_LOST])
        else:
            conn.execute(upsert, [BROKER_LOST, lost_for])


def _older(conn: psycopg.Connection, key: str, than: timedelta) -> datetime | None:
    row = conn.execute(
        "SELECT value::timestamptz FROM settings WHERE key = %s "
        "AND value::timestamptz < now() - %s",
        [key, than],
    ).fetchone()
    return row[0] if row else None


def silent_since(conn: psycopg.Connection) -> datetime | None:
    """When `office serve` was last heard from, if longer ago than SILENT_AFTER by
    PostgreSQL's clock; None while it runs, or when it never ran since it began to beat (an
    office whose server never ran has no station enrolled: nothing to count)."""
    return _older(conn, HEARD, SILENT_AFTER)


def unreached_since(conn: psycopg.Connection) -> datetime | None:
    """Since when `office serve` (running) has not been connected to the broker, if longer
    than UNREACHED_AFTER by PostgreSQL's clock (None: it is, or the office has no broker)."""
    return _older(conn, BROKER_LOST, UNREACHED_AFTER)
