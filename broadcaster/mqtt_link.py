"""The station's one connection to the office's broker (Mosquitto), kept by the daemon.

It logs in with the account the office gave it (in the collector's answer to its signed
enrol or push: office/broker.py), keeps a persistent session (the broker holds the QoS 1
emergencies that arrive while the station is off line, and delivers them when it is back),
reconnects with a growing wait (1 s to a minute), and listens to two topics: emergencies,
which go to the daemon's handler, and the doorbell, which makes the daemon sync now. It
publishes the station's signed reports on its own status topic only (the broker's ACL allows
nothing else). Messages are handled on a thread of their own, never on paho's network thread
(a recording may take a while to fetch), one at a time, in the order they came.

Without an account, or with the broker down, the station still works: it polls.
"""

from __future__ import annotations

import queue
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from common.files import write_atomic
from common.i18n import _
from common.library_errors import describe
from common.localtime import duration_text
from common.mqtt import (
    DOORBELL_TOPIC,
    EMERGENCY_TOPIC,
    KEEPALIVE_S,
    Broker,
    make_client,
    status_topic,
)
from common.mqtt_reasons import said
from upstream.emergency_message import claims_cancel

from .clock import utc_iso
from .station import Station

SECRET_NAME = "mqtt.secret"
WAIT_FOR_ACCOUNT_S = 2.0
"""How often the link looks for an account while it has none (a file and a row)."""
UNSENT_MAX = 100
"""Reports made before the station had a broker account kept for when it has one: a station
waiting for approval polls the emergencies and refuses one sent "to all" before it was
approved; the office, told once it is approved, says so on its page when its server cannot
send it there (no emergency key), and counts the refusal nowhere else (at most this many, the
newest kept)."""


@dataclass(frozen=True)
class Account:
    url: str
    username: str
    password: str


def account(station: Station) -> Account | None:
    """The broker account the office gave this station, if any."""
    meta = dict(
        station.db.execute(
            "SELECT key, value FROM meta WHERE key IN ('mqtt_url', 'mqtt_username')"
        ).fetchall()
    )
    secret = station.root / SECRET_NAME
    if not meta.get("mqtt_url") or not secret.exists():
        return None
    return Account(meta["mqtt_url"], meta["mqtt_username"], secret.read_text().strip())


def wants_account(station: Station) -> bool:
    """Ask the office for the account: none yet, or the broker refused the one we have."""
    refused = station.db.execute("SELECT value FROM meta WHERE key = 'mqtt_refused'").fetchone()
    return account(station) is None or bool(refused and refused[0] == "1")


def keep_account(station: Station, given: Any) -> None:
    """Store the account from the office's answer: the password in mqtt.secret (0600)."""
    if not isinstance(given, dict) or not all(
        isinstance(given.get(k), str) and given[k] for k in ("url", "username", "password")
    ):
        return
    Broker.parse(given["url"])
    write_atomic(station.root / SECRET_NAME, given["password"], mode=0o600)
    with station.db.conn:
        station.db.table("meta").insert_all(
            [{"key": "mqtt_url", "value": given["url"]},
             {"key": "mqtt_username", "value": given["username"]},
             {"key": "mqtt_refused", "value": "0"},
             {"key": "mqtt_account_at", "value": utc_iso(station.clock())}],
            pk="key", replace=True,
        )  # fmt: skip


def forget_account(station: Station) -> None:
    """The broker account belongs to the old key: ask the office for the new key's."""
    _mark_refused(station)


def _mark_refused(station: Station) -> None:
    with station.db.conn:
        station.db.table("meta").insert(
            {"key": "mqtt_refused", "value": "1"}, pk="key", replace=True
        )


RETRY_FIRST_S = 5.0
RETRY_REFUSED_S = 600.0
"""The shortest and longest waits before the link offers an account the broker refused
again (a new account is tried at once): see `retry_wait`."""
AUTH_REFUSED = (4, 5, 134, 135)
"""Connection refusals that name the account (bad user name or password, not authorised)."""
FRESH_S = 120.0
"""An account the office gave this long ago at most, or an enrolment still waiting for its
approval, is fresh: the office may still be writing the broker's accounts, which Mosquitto
reads within seconds (the office's page warns only after a minute: w15a)."""
QUIET_S = 60.0
"""While the enrolment is fresh, a refusal is said only once it has lasted QUIET_S: a refusal
a second after the approval is the broker not having read it yet, and "call the office"
would send the commune to the phone for nothing (o15web3 C9)."""


def retry_wait(refused_for: float) -> float:
    """How long to wait before offering again an account the broker has refused for
    `refused_for` seconds: half that, from RETRY_FIRST_S up to RETRY_REFUSED_S. The same
    account gets the same answer until the office changes something, and knocking every few
    seconds only loads the broker; but when Mosquitto reads the account late (`office serve`
    down at the approval, its reload slow), the station is let in at most half as late
    again, not ten minutes after (a cliff at one minute did that): 14 logins in the first 20
    minutes, then one every 10."""
    return min(max(RETRY_FIRST_S, refused_for / 2), RETRY_REFUSED_S)


def _revoked(station: Station) -> bool:
    found = station.db.execute("SELECT value FROM meta WHERE key = 'office_enrolment'").fetchone()
    return bool(found and found[0] == "revoked")


def _fresh(station: Station, never_let_in: bool) -> bool:
    """Whether the station's enrolment waits for approval, or its account, given moments ago,
    has never been let in: a refusal then may be the office still writing the accounts."""
    meta = dict(
        station.db.execute(
            "SELECT key, value FROM meta WHERE key IN ('office_enrolment', 'mqtt_account_at')"
        ).fetchall()
    )
    if meta.get("office_enrolment") == "pending":
        return True
    given = meta.get("mqtt_account_at")
    if not given or not never_let_in:
        return False
    return (station.clock() - datetime.fromisoformat(given)).total_seconds() < FRESH_S


class MqttLink:
    """One MQTT connection for the daemon; `on_emergency(payload)` and `on_doorbell()` are
    called on the link's own worker thread. It follows the station's account: a new one
    (given after a new enrolment is approved) replaces the old within seconds, no restart."""

    def __init__(
        self,
        root: Path,
        open_station: Callable[[], Station],
        say: Callable[[str], None],
        on_emergency: Callable[[bytes], None],
        on_doorbell: Callable[[], None],
        on_change: Callable[[], None] = lambda: None,
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        self.root, self.open_station, self.say = root, open_station, say
        self.monotonic = monotonic
        """The clock of the retries of a refused account (a test moves it)."""
        self.on_emergency, self.on_doorbell = on_emergency, on_doorbell
        self.on_change = on_change
        """Called (on paho's thread: it must not wait) when listening starts or stops."""
        self.connected = threading.Event()
        self._stop = threading.Event()
        self._inbox: queue.Queue[tuple[str, bytes] | None] = queue.Queue()
        self._client: Any = None
        self._username = ""
        self._account: Account | None = None
        """The account the client logs in with."""
        self._generation = 0
        """The current client's number: a refusal of one replaced since is ignored."""
        self._retry_at: float | None = None
        """When (monotonic) a refused account is offered again; None: not refused."""
        self._refused_since: float | None = None
        """When (monotonic) the broker began refusing the account; None: it has not."""
        self._let_in: Account | None = None
        """The last account the broker let in: refused later, it is news at once."""
        self._said: set[str] = set()
        """Lines said since the link last worked: a refusal repeated every retry is said once."""
        self._listened_before = False
        """The link has listened before: listening again is a reconnection."""
        self._listened = False
        """The current client has been let in and listens: reports go to it (paho keeps them
        through a reconnection)."""
        self._unsent: list[bytes] = []
        """Reports made before the current client was let in (no account yet, or one the
        broker refused so far), oldest first."""
        self._lock = threading.Lock()

    def start(self) -> MqttLink:
        threading.Thread(target=self._work, name="mqtt", daemon=True).start()
        threading.Thread(target=self._watch, name="mqtt-account", daemon=True).start()
        return self

    def stop(self) -> None:
        self._stop.set()
        self._inbox.put(None)
        self._drop()

    def report(self, payload: bytes) -> None:
        """Publish a signed report on the station's status topic (QoS 1) once the broker has
        let the station in; until then it waits here (`_subscribed` sends it): a client whose
        login is refused (an account the broker has not read yet) is dropped with all it holds.
        A link that goes down after listening is paho's: it keeps the report for its return."""
        with self._lock:
            if self._client is not None and self._listened:
                self._client.publish(status_topic(self._username), payload, qos=1)
            else:
                self._unsent = [*self._unsent, payload][-UNSENT_MAX:]

    # ----- the connection ----------
    def _watch(self) -> None:
        """Connect with the station's account, and again whenever it changes; offer a
        refused one again less and less often (`retry_wait`), and never once the office
        revoked the station (only a new enrolment's account is tried then)."""
        station = self.open_station()
        while not self._stop.is_set():
            found = account(station)
            if found != self._account:
                self._drop()
                self._account, self._retry_at, self._refused_since = found, None, None
                self._said.clear()
                if found is not None:
                    self._connect(found)
            elif self._retry_at is not None:
                if _revoked(station):
                    self._tell(_("Broker: the office has revoked this station, so it no longer "
                                 "listens for emergencies; contact the office"))  # fmt: skip
                elif found is not None and self.monotonic() >= self._retry_at:
                    self._retry_at = None
                    self._connect(found)
            self._stop.wait(WAIT_FOR_ACCOUNT_S)

    def _connect(self, found: Account) -> None:
        broker = Broker.parse(found.url)
        client = make_client(found.username, found.username, found.password, broker, True)
        self._generation += 1
        client.user_data_set(self._generation)  # which client a refusal came from
        client.on_connect = self._connected
        client.on_connect_fail = self._unreachable
        client.on_disconnect = self._disconnected
        client.on_subscribe = self._subscribed
        client.on_message = lambda _c, _u, m: self._inbox.put((m.topic, bytes(m.payload)))
        with self._lock:
            if self._stop.is_set():
                return
            self._client, self._username, self._listened = client, found.username, False
            client.connect_async(broker.host, broker.port, keepalive=KEEPALIVE_S)
            client.loop_start()  # reconnects by itself, 1 s to 60 s apart

    def _drop(self) -> None:
        """Close the client (never called on paho's own thread: it joins it)."""
        with self._lock:
            client, self._client = self._client, None
        self.connected.clear()
        if client is not None:
            client.disconnect()
            client.loop_stop()

    def _tell(self, line: str) -> None:
        if line not in self._said:
            self._said.add(line)
            self.say(line)

    def _connected(self, client: Any, generation: int, flags: Any, reason: Any, _p: Any) -> None:
        if client is not self._client:
            return  # a client being dropped
        if reason.is_failure and reason.value in AUTH_REFUSED:
            refusal = f"{generation} {said(reason)}"  # the client is stopped on the worker
            self._inbox.put(("refused", refusal.encode()))
        elif reason.is_failure:
            self._tell(_("Broker: refused the station: {reason}").format(reason=said(reason)))
        else:
            client.subscribe([(EMERGENCY_TOPIC, 1), (DOORBELL_TOPIC, 0)])

    def _unreachable(self, client: Any, _u: Any) -> None:
        if client is self._client:
            where = self._account.url if self._account else "?"
            self._tell(_("Broker: cannot reach it at {url}; trying again, at most a minute "
                         "apart").format(url=where))  # fmt: skip

    def _subscribed(self, client: Any, _u: Any, _mid: int, granted: list[Any], _p: Any) -> None:
        """Listening starts when the broker confirms the subscriptions, not at the connection:
        an emergency published in between would reach no one (a new session holds nothing)."""
        if any(code.is_failure for code in granted):
            self._tell(_("Broker: refused the station's subscriptions: {reason}").format(
                reason=said(next(code for code in granted if code.is_failure))))  # fmt: skip
            return
        self.connected.set()
        self._said.clear()
        self._refused_since, self._let_in = None, self._account
        self._tell(_("Broker: connected, listening for emergencies"))
        if self._listened_before:  # a doorbell rung while the link was down reached no one
            self._inbox.put((DOORBELL_TOPIC, b""))
        self._listened_before = True
        with self._lock:
            if client is self._client:
                self._listened = True
                for payload in self._unsent:
                    self._client.publish(status_topic(self._username), payload, qos=1)
                self._unsent = []
        self.on_change()

    def _disconnected(self, client: Any, _u: Any, _f: Any, reason: Any, _p: Any) -> None:
        if client is not self._client:
            return
        listened = self.connected.is_set()
        self.connected.clear()
        if not self._stop.is_set():
            # a login refused or dropped before listening lost nothing: _connected and
            # _refused say it (o15web3 C9: "connection lost", then "refused", for one refusal)
            if listened:
                self._tell(_("Broker: connection lost: {reason}").format(reason=said(reason)))
            self.on_change()

    def _refused(self, station: Station, refusal: str) -> None:
        """The broker refused the account: stop paho's retries (a minute apart at most), and
        offer it again after `retry_wait`, or a new account as soon as there is one; while
        the enrolment is fresh, without a word for QUIET_S (see there)."""
        generation, reason = refusal.split(" ", 1)
        if int(generation) != self._generation:
            return  # a client since replaced (by a new account): its refusal is not news
        now = self.monotonic()
        _mark_refused(station)  # the next push asks the office for the account
        self._drop()
        if self._refused_since is None:
            self._refused_since = now
        refused_for = now - self._refused_since
        self._retry_at = now + retry_wait(refused_for)
        if _revoked(station):
            return  # said by the watcher, which no longer offers this account
        if refused_for < QUIET_S and _fresh(station, self._account != self._let_in):
            return  # the office may be writing it: not news yet
        self._tell(
            _("Broker: refused the station: {reason}. It offers the same account again, less "
              "and less often (at most every {longest}), until the broker lets it in, and a "
              "new one at once (after a new enrolment is approved).").format(
                reason=reason, longest=duration_text(RETRY_REFUSED_S))
        )  # fmt: skip

    def _backlog(self, first: tuple[str, bytes]) -> tuple[list[tuple[str, bytes]], bool]:
        """`first` and what already waits behind it, cancels first: a station back online gets
        an emergency and its cancel back to back from its session, and must read the cancel
        before it airs the emergency. Also whether the link was stopped meanwhile."""
        items = [first]
        stopped = False
        while not stopped:
            try:
                item = self._inbox.get_nowait()
            except queue.Empty:
                break
            if item is None:
                stopped = True
            else:
                items.append(item)
        return sorted(items, key=_not_a_cancel), stopped  # stable: otherwise as they came

    def _work(self) -> None:
        station = self.open_station()
        stopped = False
        while not stopped and (first := self._inbox.get()) is not None:
            items, stopped = self._backlog(first)
            for topic, payload in items:
                self._handle(station, topic, payload)

    def _handle(self, station: Station, topic: str, payload: bytes) -> None:
        try:
            if topic == EMERGENCY_TOPIC:
                self.on_emergency(payload)
            elif topic == DOORBELL_TOPIC:
                self.on_doorbell()
            elif topic == "refused":
                self._refused(station, payload.decode())
        except Exception as e:  # never let the listener die: the next message may matter
            self.say(_("Broker: a message could not be handled: {error}").format(error=describe(e)))


def _not_a_cancel(item: tuple[str, bytes]) -> bool:
    return not (item[0] == EMERGENCY_TOPIC and claims_cancel(item[1]))
