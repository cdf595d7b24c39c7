"""`office serve`'s threads that do what the web console asks for but may not do itself:
each LISTENs on a PostgreSQL channel, looks at once (what was asked while `office serve`
was down), then each time it is told, or every LOOK_S (a NOTIFY lost with its connection).
A database that stops answering is connected to again, however long it takes."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Self

import psycopg

from broadcaster.clock import system_clock
from common.i18n import _

from . import OfficeError, broker
from .emergency import RETRY_S
from .liveness import Loop

LOOK_S = 60.0
"""How often `office serve` looks without being told (a NOTIFY lost with its connection)."""
UNREAD_S = 10.0
"""How often it looks while Mosquitto has not taken the accounts it wrote, for LOOK_S after
writing them; then every LOOK_S."""
REWRITE_MAX_S = 900.0
"""The longest between two writes of the same accounts Mosquitto does not take: the gap
doubles from LOOK_S (a path unit not installed, a broker refusing the probe's TLS would
otherwise reload Mosquitto, and log refused logins, forever, every few seconds)."""


def tell(line: str) -> None:
    """A line for the service's log, at once (its output is a file or the journal)."""
    print(line, flush=True)


class Listening:
    """The loop; a subclass names its `channel` and does the work in `look`."""

    channel = ""
    name = ""

    def __init__(self, dsn: str, say: Callable[[str], object] = tell) -> None:
        self.dsn, self.say = dsn, say
        self._stopped = threading.Event()
        self.loop = Loop()

    def look(self, conn: psycopg.Connection, first: bool) -> float | None:
        """Do what was asked (`first`: the look at start, after a reconnection too); the
        seconds until it should look again unasked, None for LOOK_S."""
        raise NotImplementedError

    def failed(self, error: Exception) -> str:
        """The log's line when `look` failed unexpectedly (it is tried again in a minute)."""
        raise NotImplementedError

    def start(self) -> Self:
        self.loop.run(self._run, self.name)
        return self

    def alive(self) -> bool:
        """Its thread still looks (the heartbeat records it when not)."""
        return self.loop.alive()

    def stop(self) -> None:
        self._stopped.set()

    def _run(self) -> None:
        while not self._stopped.is_set():
            self.loop.round()
            try:
                with psycopg.connect(self.dsn, autocommit=True) as conn:
                    conn.execute(f"LISTEN {self.channel}")
                    first = True
                    while not self._stopped.is_set():
                        self.loop.round()
                        again = self.look(conn, first) or LOOK_S
                        first = False
                        for _note in conn.notifies(timeout=again, stop_after=1):
                            pass  # asked (or a minute passed): look again
            except psycopg.Error:
                self._stopped.wait(RETRY_S)  # PostgreSQL is restarting: try again
            except Exception as e:  # a bug must not stop the next requests
                self.say(self.failed(e))
                self._stopped.wait(LOOK_S)


class BrokerWriter(Listening):
    """Writes the broker's password and ACL files, and has Mosquitto read them, when the
    console approved or revoked a station (broker.ask), and once at start: the console's user
    may not write them, `office serve`'s user owns the broker's folder. Until Mosquitto is
    seen to take them (broker.taken) it looks again, every UNREAD_S for LOOK_S then every
    LOOK_S, and writes them again (a fresh change for the path unit, which misses one made
    while it runs) LOOK_S after the first write, then twice as long each time up to
    REWRITE_MAX_S (review15 #3)."""

    channel, name = broker.ACCOUNTS, "broker-writer"

    def __init__(
        self,
        dsn: str,
        say: Callable[[str], object] = tell,
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(dsn, say)
        self.monotonic = monotonic
        self._written_at, self._gap = float("-inf"), LOOK_S
        self._said_unread = False
        """The log says Mosquitto has not read the accounts: it says so when it has (K14)."""

    def look(self, conn: psycopg.Connection, first: bool) -> float | None:
        if broker.settings(conn) is None:
            return None
        waiting = broker.waiting(conn, system_clock())
        if not first and (waiting is None or (waiting.written and broker.taken(conn))):
            self._read()
            return None  # nothing asked, or Mosquitto has read them since the last look
        since = self.monotonic() - self._written_at
        if first or not (waiting and waiting.written):
            self._gap = LOOK_S  # new accounts: written at once
        elif since < self._gap:
            return UNREAD_S if since < LOOK_S else LOOK_S  # not taken yet: only looked at
        else:
            self._gap = min(2 * self._gap, REWRITE_MAX_S)
        try:
            broker.write_files(conn)
        except OfficeError as e:
            self.say(self.failed(e))
            return None
        finally:
            self._written_at = self.monotonic()
        unread = broker.waiting(conn, system_clock())  # the same accounts taken earlier: none
        if unread is None:
            self._read()
            return None
        if first or not (waiting and waiting.written):  # said once, not at every look
            self.say(_("The broker's accounts are written, but Mosquitto has not read them: "
                       "{harm}. Run 'sudo systemctl reload mosquitto' and see 'systemctl status "
                       "broadcaster-broker-reload.path' (guide, step 5)").format(
                           harm=unread.harm()))  # fmt: skip
            self._said_unread = True
        return UNREAD_S

    def _read(self) -> None:
        """The line that closes "has not read them", once Mosquitto has (o17web5 K14: the log
        said it had not at start-up, then nothing, though the pages' sentence went)."""
        if self._said_unread:
            self._said_unread = False
            self.say(_("Mosquitto has now read the broker's accounts: the stations approved "
                       "or revoked until now are let in or kept out"))  # fmt: skip

    def failed(self, error: Exception) -> str:
        return _("The office server could not write the broker's accounts: {error}").format(
            error=error
        )
