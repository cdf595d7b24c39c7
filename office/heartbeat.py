"""`office serve` says it is running: every BEAT_S it writes the time in the database. While
it is down the communes' pushed logs and their reports on emergencies are not collected, so
the console's pages that count airings would read "không phản hồi" for a commune that aired
(o14web2 C1); they say instead since when the office server has not been heard from. With the
beat it records whether its listener on the broker is connected: while it is not, the
communes' reports on emergencies reach the office only with their pushed logs (w15b); and
which of serve's other parts stopped (its thread dead or stuck: office/liveness.py), since
the beat alone proves only this thread (review15 #7)."""

from __future__ import annotations

import os
import socket
from collections.abc import Callable, Collection, Mapping
from datetime import datetime, timedelta

import psycopg

from broadcaster.clock import system_clock
from common.i18n import N_, _

from .listening import Listening, tell

HEARD = "serve_heard_at"
"""The `settings` row: the last time `office serve` was heard from (ISO 8601)."""
BEAT_S = 30.0
"""How often `office serve` writes it."""
BROKER_LOST = "serve_broker_lost_at"
"""The row of a version before BROKER_LOST_OF (one for every serve): removed at a beat."""
BROKER_LOST_OF = "serve_broker_lost:"
"""The `settings` rows `serve_broker_lost:<serve>`: since when that serve's listener is not
connected to the broker (w16i's leftover: one row for all, two serves made it flicker)."""
STOPPED = "serve_stopped:"
"""The `settings` rows `serve_stopped:<serve>/<part>`: since when that part of that `office
serve` has stopped (its thread died, or is stuck) while its heartbeat runs; absent while it
works. Each serve writes and removes its own only: two serves (a restart overlapping the old
one, or two by mistake) removed each other's, so the time said reset (review16 #6)."""
RUNNING = "serve_running:"
"""The `settings` rows `serve_running:<serve>`: when that `office serve` was last heard from
(HEARD, per serve). One silent for SILENT_AFTER, or gone from this machine, is removed with
its STOPPED rows by the next beat of another."""
OUTAGE = "serve_outage"
"""The `settings` row: the office server's last silence, "from/until" (ISO 8601, PostgreSQL's
clock), written by the first beat after LATE_AFTER without one: no commune could send its log
then, so a commune's silence in it is the office's own, not the commune's (w21y3's gap: for an
interval after a restart, a station that last pushed before the outage read as quiet)."""
OUTAGES = "office_outage:"
"""The `settings` rows `office_outage:<from>`: every silence of the office server (OUTAGE keeps
the last), "until/cause", the cause SERVE_STOPPED or DATABASE_DOWN: the silences a commune's
push ends leave them out (`fleet.silence_ended`), and the month's report says them once, as
the office's, not as every commune's (o23web11 V1: PostgreSQL stopped 7 minutes and the report
said every commune "mất liên lạc với văn phòng" then)."""
SERVE_STOPPED, DATABASE_DOWN = "serve", "database"
"""Why the office heard nobody: `office serve` did not run, or it ran but its database did not
answer (its heartbeat, running, could not write)."""
SIGNS = "serve_signs:"
"""The `settings` rows `serve_signs:<serve>`: that `office serve` holds the emergency key, so
it sends an emergency "to all" in force to a station approved since (review18 #3: the send
and the list promised it whether or not one did)."""
REPORTS, CANCELS, ACCOUNTS = "reports", "cancels", "broker-accounts"
"""The parts: taking the communes' reports on emergencies from the broker (ReportWatch),
signing and sending the cancels asked for from the console (CancelSigner), writing the
broker's accounts after an approval or revoke (BrokerWriter)."""
SAID = {
    REPORTS: N_(
        "The office server runs, but it has not taken the communes' reports on emergencies "
        "from the message broker since {time}: they reach the office only with the logs the "
        "communes send, so a commune that aired may read here as not known yet. Call the "
        "technician to start the office server again."
    ),
    CANCELS: N_(
        "The office server runs, but its part that signs and sends cancels has stopped since "
        "{time}: a cancel asked for on this console is not sent. Cancel at the terminal with "
        "'broadcaster office emergency cancel' and the emergency's code, and call the "
        "technician to start the office server again."
    ),
    ACCOUNTS: N_(
        "The office server runs, but its part that updates the message broker's accounts has "
        "stopped since {time}: a station approved since then does not receive emergencies, "
        "and a key revoked since then still does. Call the technician to start the office "
        "server again."
    ),
}
"""What the pages and `office emergency status` say of a part that stopped."""
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
        parts: Mapping[str, Callable[[], bool]] | None = None,
        signs: bool = False,
    ) -> None:
        super().__init__(dsn, say)
        self.lost, self.parts, self.signs = lost, parts or {}, signs
        self.serve = this_serve()
        self._written: tuple[datetime, datetime | None, frozenset[str]] | None = None
        """What it last wrote, when: None until its first beat, so a gap before that one is
        serve's own stop and one after it the database's."""
        self._lost_said: datetime | None = None

    def look(self, conn: psycopg.Connection, first: bool) -> float:
        now, lost = system_clock(), self.lost()
        self._say_broker(now, lost)
        stopped = frozenset(name for name, alive in self.parts.items() if not alive())
        last = self._written
        if (first or last is None or (lost, stopped) != last[1:]
                or (now - last[0]).total_seconds() >= BEAT_S):  # fmt: skip
            cause = SERVE_STOPPED if last is None else DATABASE_DOWN
            beat(conn, None if lost is None else now - lost, stopped, self.serve, self.signs,
                 cause)  # fmt: skip
            self._written = (now, lost, stopped)
        return LOOK_S

    def _say_broker(self, now: datetime, lost: datetime | None) -> None:
        """One line in serve's log when the broker has been out of reach as long as the pages
        wait before saying so, and one when it is back (o16web4 K14: the log said neither)."""
        from common.localtime import local_text

        from . import OFFICE_ZONE

        if lost is not None and self._lost_said is None and now - lost >= UNREACHED_AFTER:
            self._lost_said = lost
            self.say(_("The office server cannot reach the broker (Mosquitto) since {since}: "
                       "emergencies and cancels reach the communes only through the repository "
                       "(within a minute), and their reports only with their logs").format(
                since=local_text(lost, OFFICE_ZONE)))  # fmt: skip
        elif lost is None and self._lost_said is not None:
            self.say(
                _(
                    "The office server reaches the broker (Mosquitto) again (out of reach "
                    "since {since})"
                ).format(since=local_text(self._lost_said, OFFICE_ZONE))
            )
            self._lost_said = None

    def failed(self, error: Exception) -> str:
        return _("The office server could not record that it is running: {error}").format(
            error=error
        )


AGO = """to_char((now() - %s) AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"+00:00"')"""
"""PostgreSQL's time, less an interval, as ISO 8601 (review15 #7): the clocks of office
serve's machine and the console's may be minutes apart, the database's is one for both."""


def this_serve() -> str:
    """This `office serve`, as its rows name it: its machine and process."""
    return f"{socket.gethostname()}:{os.getpid()}"


def _gone(serve: str) -> bool:
    """Whether that serve was a process of this machine that no longer runs: its rows go at
    once, not SILENT_AFTER later (a restart)."""
    host, _colon, pid = serve.rpartition(":")
    if host != socket.gethostname() or not pid.isdecimal():
        return False
    try:
        os.kill(int(pid), 0)
    except ProcessLookupError:
        return True
    except OSError:  # another user's: it runs
        return False
    return False


def beat(
    conn: psycopg.Connection,
    lost_for: timedelta | None = None,
    stopped: Collection[str] = (),
    serve: str | None = None,
    signs: bool = False,
    cause: str = SERVE_STOPPED,
) -> None:
    """HEARD now, this `serve`'s RUNNING now, BROKER_LOST `lost_for` ago (removed when None:
    connected), a STOPPED row of this serve for each part `stopped`, now if it is new
    (its others removed), all by PostgreSQL's clock, which `silent_since`, `unreached_since`
    and `stopped_parts` compare with, and its SIGNS row while it `signs`. The rows of serves
    gone are removed. After a silence (OUTAGE), its OUTAGES row, for `cause`."""
    serve = serve or this_serve()
    insert = "INSERT INTO settings (key, value) VALUES (%s, " + AGO + ") ON CONFLICT (key) DO "
    own = f"{STOPPED}{serve}/"
    keys = [own + name for name in sorted(stopped)]
    with conn.transaction():
        conn.execute(  # back after a silence: when the office could hear nobody
            "INSERT INTO settings (key, value) SELECT %s, value || '/' || " + AGO + " FROM "
            "settings WHERE key = %s AND value::timestamptz < now() - %s "
            "ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value",
            [OUTAGE, timedelta(0), HEARD, LATE_AFTER],
        )
        conn.execute(
            "INSERT INTO settings (key, value) SELECT %s || value, " + AGO + " || '/' || %s "
            "FROM settings WHERE key = %s AND value::timestamptz < now() - %s "
            "ON CONFLICT (key) DO NOTHING",
            [OUTAGES, timedelta(0), cause, HEARD, LATE_AFTER],
        )
        conn.execute(insert + "UPDATE SET value = EXCLUDED.value", [HEARD, timedelta(0)])
        conn.execute(insert + "UPDATE SET value = EXCLUDED.value", [RUNNING + serve, timedelta(0)])
        conn.execute("DELETE FROM settings WHERE key = %s", [BROKER_LOST])
        if lost_for is None:
            conn.execute("DELETE FROM settings WHERE key = %s", [BROKER_LOST_OF + serve])
        else:
            conn.execute(insert + "UPDATE SET value = EXCLUDED.value",
                         [BROKER_LOST_OF + serve, lost_for])  # fmt: skip
        conn.execute("DELETE FROM settings WHERE starts_with(key, %s) AND NOT key = ANY(%s)",
                     [own, keys])  # fmt: skip
        for key in keys:  # since it stopped: a later beat keeps the first time
            conn.execute(insert + "NOTHING", [key, timedelta(0)])
        heard = set(running(conn))
        gone = [name for name, _at in _serves(conn, everyone=True)
                if name != serve and (name not in heard or _gone(name))]  # fmt: skip
        conn.execute("DELETE FROM settings WHERE key = ANY(%s)", [[RUNNING + g for g in gone]])
        conn.execute(  # a gone serve's parts, and rows of a version without serves
            "DELETE FROM settings WHERE starts_with(key, %s) AND NOT EXISTS (SELECT 1 FROM "
            "settings r WHERE r.key = %s || split_part(substr(settings.key, %s), '/', 1))",
            [STOPPED, RUNNING, len(STOPPED) + 1],
        )
        if signs:
            conn.execute(
                insert + "UPDATE SET value = EXCLUDED.value", [SIGNS + serve, timedelta(0)]
            )
        else:
            conn.execute("DELETE FROM settings WHERE key = %s", [SIGNS + serve])
        for prefix in (BROKER_LOST_OF, SIGNS):  # a gone serve's own rows
            conn.execute(
                "DELETE FROM settings WHERE starts_with(key, %s) AND NOT EXISTS (SELECT 1 FROM "
                "settings r WHERE r.key = %s || substr(settings.key, %s))",
                [prefix, RUNNING, len(prefix) + 1],
            )


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


LATE_AFTER = timedelta(seconds=BEAT_S + 15)
"""Past this without a beat, `office serve` missed one: not yet said to be down (SILENT_AFTER),
but a cancel asked now is not promised within seconds (o16web4 K7)."""


def outage(conn: psycopg.Connection) -> tuple[datetime, datetime] | None:
    """The office server's last silence (OUTAGE): from its last beat before it to its first
    after; None: none recorded."""
    row = conn.execute("SELECT value FROM settings WHERE key = %s", [OUTAGE]).fetchone()
    if row is None:
        return None
    start, _slash, end = row[0].partition("/")
    return datetime.fromisoformat(start), datetime.fromisoformat(end)


Outage = tuple[datetime, datetime, str]
"""A silence of the office's own: from, until, cause (SERVE_STOPPED, DATABASE_DOWN)."""


def recorded_outages(conn: psycopg.Connection, start: datetime, end: datetime) -> list[Outage]:
    """The office's own past silences (OUTAGES) overlapping [start, end), oldest first."""
    found = []
    for key, value in conn.execute(
        "SELECT key, value FROM settings WHERE starts_with(key, %s)", [OUTAGES]
    ).fetchall():
        until, _slash, cause = value.partition("/")
        down, up = datetime.fromisoformat(key[len(OUTAGES) :]), datetime.fromisoformat(until)
        if down < end and up > start:
            found.append((down, up, cause))
    return sorted(found)


def outages(conn: psycopg.Connection, start: datetime, end: datetime) -> list[Outage]:
    """`recorded_outages` with the one going on at `end` (the server last heard from more than
    LATE_AFTER before: stopped, or not yet beaten since its database answered again)."""
    found = recorded_outages(conn, start, end)
    heard = heard_at(conn)
    if heard is not None and heard < end - LATE_AFTER:
        found.append((heard, end, SERVE_STOPPED))
    return found


def heard_at(conn: psycopg.Connection) -> datetime | None:
    """When `office serve` last said it runs (None: never): all the office knows of it now."""
    row = conn.execute("SELECT value::timestamptz FROM settings WHERE key = %s", [HEARD]).fetchone()
    return row[0] if row else None


def late_since(conn: psycopg.Connection) -> datetime | None:
    """When `office serve` was last heard from, if it missed its last beat (None: on time)."""
    return _older(conn, HEARD, LATE_AFTER)


def unreached_since(conn: psycopg.Connection) -> datetime | None:
    """Since when no `office serve` running has been connected to the broker, if longer than
    UNREACHED_AFTER by PostgreSQL's clock (None: one is, or the office has no broker): the
    latest of their times, as `stopped_parts`."""
    serves = set(alive(conn))
    lost = {
        serve: at
        for serve, at in conn.execute(
            "SELECT substr(key, %s), value::timestamptz FROM settings WHERE starts_with(key, %s) "
            "AND value::timestamptz < now() - %s",
            [len(BROKER_LOST_OF) + 1, BROKER_LOST_OF, UNREACHED_AFTER],
        ).fetchall()
        if serve in serves
    }
    # with two running, the other one listens: unreached only when none is connected
    return max(lost.values()) if serves and len(lost) == len(serves) else None


def _serves(
    conn: psycopg.Connection, everyone: bool = False, within: timedelta = SILENT_AFTER
) -> list[tuple[str, datetime]]:
    """The `office serve`s heard from `within` (`everyone`: ever, while their rows last), each
    with when, by name."""
    return conn.execute(
        "SELECT substr(key, %s), value::timestamptz FROM settings WHERE starts_with(key, %s) "
        "AND (%s OR value::timestamptz >= now() - %s) ORDER BY key",
        [len(RUNNING) + 1, RUNNING, everyone, within],
    ).fetchall()


def running(conn: psycopg.Connection) -> list[str]:
    """The `office serve`s running now (heard from within SILENT_AFTER), by name: more than
    one is said on the pages, and a serve not among them is gone (`beat` removes its rows).
    SILENT_AFTER, not `alive`'s LATE_AFTER (review17b #10): a serve that missed a beat may
    be slow, not dead, so it still counts as running and keeps its rows; only what its rows
    say waits for a beat on time (`alive`, read by `stopped_parts` and `unreached_since`)."""
    return [name for name, _at in _serves(conn)]


def alive(conn: psycopg.Connection) -> list[str]:
    """The `office serve`s that beat on time (within LATE_AFTER), by name: only their rows
    are said. A serve that missed its beat may be dead, so what it last wrote is no longer
    news: its "runs but …" sentence beside "not heard from since" read as two contradicting
    facts (o17web5 D1)."""
    return [name for name, _at in _serves(conn, within=LATE_AFTER)]


def stopped_parts(conn: psycopg.Connection) -> dict[str, datetime]:
    """The parts of `office serve` (REPORTS, CANCELS, ACCOUNTS) that stopped in every serve
    alive, each with since when none does that work (only meaningful while `silent_since`
    is None): with two running, the other's part does it."""
    serves = set(alive(conn))
    since: dict[str, list[datetime]] = {}
    for key, at in conn.execute(
        "SELECT substr(key, %s), value::timestamptz FROM settings WHERE starts_with(key, %s)",
        [len(STOPPED) + 1, STOPPED],
    ).fetchall():
        serve, _slash, part = key.rpartition("/")
        if serve in serves:
            since.setdefault(part, []).append(at)
    return {part: max(ats) for part, ats in sorted(since.items()) if len(ats) == len(serves)}


def extends(conn: psycopg.Connection) -> bool:
    """Whether a station approved now gets the emergencies "to all" in force: an `office
    serve` beating on time holds the emergency key (SIGNS) and its part that signs runs."""
    serves = alive(conn)
    return bool(
        conn.execute(
            "SELECT 1 FROM settings WHERE key = ANY(%s) AND NOT EXISTS (SELECT 1 FROM settings "
            "s WHERE s.key = %s || substr(settings.key, %s) || '/' || %s)",
            [[SIGNS + serve for serve in serves], STOPPED, len(SIGNS) + 1, CANCELS],
        ).fetchone()
    )
