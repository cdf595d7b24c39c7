"""The office's side of the broker: where it is, the MQTT accounts of the office and of every
approved station, and the Mosquitto password and ACL files made from the register.

Credentials. A station's MQTT username is its key id; its password is an HMAC of that key id
under a secret kept in the office database (`mqtt_secret`), so the office never stores a
password and can hand the same one out again. A station receives it only in the collector's
answer to a request signed with its own key (enrol or push, over the collector's HTTPS), once
the office has approved it; it keeps it in `mqtt.secret` (0600) in its folder. Mosquitto gets
only PBKDF2-SHA512 hashes, in its own `$7$` format, in `passwd`; `acl` lets each station write
its own status topic alone. Approving a station rewrites both files and asks Mosquitto to
read them again (SIGHUP through its pid file; on Debian, where Mosquitto runs as its own user,
deploy/broadcaster-broker-reload.path does it). Whether it did is not assumed: passwd also
holds a probe account whose password changes at every write, and the office logs in with it.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import secrets
import signal
import stat
import time
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

import psycopg

from common.files import atomic_path, describe_os_error
from common.i18n import _
from common.mqtt import (
    DOORBELL_TOPIC,
    EMERGENCY_TOPIC,
    OFFICE_USER,
    STATUS_PREFIX,
    Broker,
    make_client,
)

from . import OfficeError
from .db import put_setting

PBKDF2_ITERATIONS = 101
"""What mosquitto_passwd itself uses (Mosquitto 2.0); the passwords are 32 random-looking
characters, so the hash's cost is not what protects them."""
SETTINGS = ("mqtt_url", "mqtt_office_url", "mqtt_dir", "mqtt_pid_file")
CHANGED = "office_broker_changed"
"""The PostgreSQL notification `setup` sends: a running collector then listens on the broker."""
ACCOUNTS = "office_broker_accounts"
"""The notification the web console sends when it approves or revokes a station: it may not
write the broker's files (its own system user), so `office serve` writes them."""
WRITTEN = "mqtt_accounts_written"
"""The settings row holding a digest of the accounts passwd was last written with: the
register differs from it while an approval or revoke from the console waits for `office
serve`. Only the office's own user writes it: the console changes nothing but the register."""
PROBE_USER = "office-probe"
"""An account in passwd whose password changes at every write (not a key id: those are hex).
Mosquitto lets it in with the newest password only once it has read the newest passwd."""
PROBE = "mqtt_accounts_probe"
"""The settings row holding the last write's nonce, from which the probe's password comes."""
TAKEN = "mqtt_accounts_taken"
"""The digest of the accounts Mosquitto was seen to take (the probe logged in): the broker,
not the files, decides whether a revoked key still logs in."""
TAKE_S = 5.0
"""How long a writer waits for Mosquitto to take the files: SIGHUP is at once; the path unit
runs systemctl, which takes a moment."""


@dataclass(frozen=True)
class Credentials:
    url: str
    username: str
    password: str


@dataclass(frozen=True)
class BrokerSettings:
    url: str
    """What stations connect to (mqtts://… across the internet)."""
    office_url: str
    """What the office's own programs connect to (often mqtt://127.0.0.1:1883)."""
    folder: Path
    """Where passwd and acl are written for Mosquitto."""
    pid_file: Path | None


def _settings(conn: psycopg.Connection, keys: tuple[str, ...] = SETTINGS) -> dict[str, str]:
    rows = conn.execute("SELECT key, value FROM settings WHERE key = ANY(%s)", [list(keys)])
    return dict(rows.fetchall())


def settings(conn: psycopg.Connection) -> BrokerSettings | None:
    """The broker, if the office has one (`office broker setup`)."""
    found = _settings(conn)
    if "mqtt_url" not in found:
        return None
    pid = found.get("mqtt_pid_file")
    return BrokerSettings(
        found["mqtt_url"],
        found.get("mqtt_office_url") or found["mqtt_url"],
        Path(found["mqtt_dir"]),
        Path(pid) if pid else None,
    )


def required(conn: psycopg.Connection) -> BrokerSettings:
    found = settings(conn)
    if found is None:
        raise OfficeError(_("the office has no broker yet (broadcaster office broker setup)"))
    return found


def setup(
    conn: psycopg.Connection, url: str, office_url: str | None, folder: Path, pid_file: Path | None
) -> tuple[BrokerSettings, bool]:
    """Remember the broker and write its password and ACL files; returns the settings and
    whether Mosquitto took them (told through `pid_file`, or by the path unit)."""
    for address in (url, office_url or url):
        Broker.parse(address)
    folder.mkdir(parents=True, exist_ok=True)
    values = {"mqtt_url": url, "mqtt_office_url": office_url or url,
              "mqtt_dir": str(folder.resolve()), "mqtt_pid_file": str(pid_file or "")}  # fmt: skip
    with conn.transaction():
        for key, value in values.items():
            put_setting(conn, key, value)
        conn.execute(f"NOTIFY {CHANGED}")  # delivered at commit
    told = write_files(conn)
    return required(conn), told


def _secret(conn: psycopg.Connection) -> bytes:
    conn.execute(
        "INSERT INTO settings (key, value) VALUES ('mqtt_secret', %s) ON CONFLICT DO NOTHING",
        [secrets.token_hex(32)],
    )
    [(secret,)] = conn.execute("SELECT value FROM settings WHERE key = 'mqtt_secret'").fetchall()
    return bytes.fromhex(secret)


def _password(secret: bytes, username: str) -> str:
    digest = hmac.new(secret, f"mqtt:{username}".encode(), hashlib.sha256).digest()
    return base64.urlsafe_b64encode(digest).decode()[:32]


def station_credentials(conn: psycopg.Connection, key_id: str) -> Credentials | None:
    """What an approved station connects with (None when the office has no broker)."""
    found = settings(conn)
    if found is None:
        return None
    return Credentials(found.url, key_id, _password(_secret(conn), key_id))


def office_credentials(conn: psycopg.Connection) -> Credentials:
    found = required(conn)
    return Credentials(found.office_url, OFFICE_USER, _password(_secret(conn), OFFICE_USER))


def mosquitto_hash(password: str, salt: bytes | None = None) -> str:
    """A password as Mosquitto 2's password file holds it: $7$ITERATIONS$SALT$HASH (base64),
    PBKDF2-HMAC-SHA512, what `mosquitto_passwd` writes."""
    salt = salt or os.urandom(12)
    digest = hashlib.pbkdf2_hmac("sha512", password.encode(), salt, PBKDF2_ITERATIONS, 64)

    def encode(raw: bytes) -> str:
        return base64.b64encode(raw).decode()

    return f"$7${PBKDF2_ITERATIONS}${encode(salt)}${encode(digest)}"


ACL = f"""\
# Written by broadcaster (office/broker.py) from the office's register: do not edit.
# The office sends emergencies and the doorbell, and reads every station's reports.
user {OFFICE_USER}
topic write {EMERGENCY_TOPIC}
topic write {DOORBELL_TOPIC}
topic read {STATUS_PREFIX}#

# Every station (%u is its username, its key id): it reads what the office sends and
# writes its own status topic, nothing else.
pattern read {EMERGENCY_TOPIC}
pattern read {DOORBELL_TOPIC}
pattern write {STATUS_PREFIX}%u
"""


WRITING = 7_411_301
"""The advisory lock held while passwd is read from the register and written: two approvals
at once would otherwise race, and the later write could be the one that missed a station."""


WATCHED = "passwd"
"""The file deploy/broadcaster-broker-reload.path watches, written last: when it changes, acl
is already in place. A path unit stops watching while its service runs, so a second watched
file renamed meanwhile would be missed."""


def write_files(conn: psycopg.Connection) -> bool:
    """acl, then passwd (the office, every approved station not revoked, the probe),
    atomically, readable by the broker's group only; then Mosquitto is asked to reload them.
    Returns whether it took them (`taken`): False leaves it on the old accounts (a revoked
    one still in)."""
    from .fleet import approved_keys  # fleet imports this module

    found = required(conn)
    secret = _secret(conn)
    nonce = secrets.token_hex(8)
    with conn.transaction():
        conn.execute("SELECT pg_advisory_xact_lock(%s)", [WRITING])
        users = [OFFICE_USER, *approved_keys(conn)]
        lines = [f"{user}:{mosquitto_hash(_password(secret, user))}\n" for user in users]
        lines.append(f"{PROBE_USER}:{mosquitto_hash(_password(secret, _probe(nonce)))}\n")
        for name, text in (("acl", ACL), (WATCHED, "".join(lines))):
            _write_for_broker(found.folder / name, text)
        for key, value in ((WRITTEN, _digest(users)), (PROBE, nonce)):
            put_setting(conn, key, value)
    reload(found)
    return taken(conn, TAKE_S)


def _probe(nonce: str) -> str:
    return f"{PROBE_USER}:{nonce}"


def taken(conn: psycopg.Connection, wait: float = 0) -> bool:
    """Whether Mosquitto has read the files last written: the probe logs in with that write's
    password (tried again for `wait` seconds while refused), and not with a wrong one.
    Recorded for the console's pages, unless a newer write came meanwhile."""
    found = required(conn)
    rows = _settings(conn, (WRITTEN, PROBE))
    if PROBE not in rows:
        return False
    probe = Credentials(found.office_url, PROBE_USER, _password(_secret(conn), _probe(rows[PROBE])))
    if not _logs_in(probe, time.monotonic() + wait):
        return False
    wrong = Credentials(found.office_url, PROBE_USER, secrets.token_urlsafe(24))
    if lets_in(wrong) is not False:  # a broker that lets anyone in took no accounts
        return False
    conn.execute(
        "INSERT INTO settings (key, value) SELECT %s, %s WHERE EXISTS "
        "(SELECT FROM settings WHERE key = %s AND value = %s) "
        "ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value",
        [TAKEN, rows[WRITTEN], PROBE, rows[PROBE]],
    )
    return True


def _logs_in(account: Credentials, until: float) -> bool:
    """Whether the broker lets `account` in, asking again every half second until `until`
    while it refuses; False at once when it cannot be reached (no reload will help)."""
    while (let_in := lets_in(account)) is False and time.monotonic() < until:
        time.sleep(0.5)
    return bool(let_in)


def lets_in(account: Credentials) -> bool | None:
    """Whether the broker lets `account` in (one fresh connection); None when it cannot be
    reached or does not answer."""
    where = Broker.parse(account.url)
    client = make_client(f"{PROBE_USER}-{secrets.token_hex(3)}", account.username,
                         account.password, where, False)  # fmt: skip
    answered: list[bool] = []
    client.on_connect = lambda _c, _u, _f, code, _p: answered.append(not code.is_failure)
    try:
        client.connect(where.host, where.port)
    except OSError:
        return None
    deadline = time.monotonic() + 10
    try:
        # paho's loop run here, not its network thread: after a refusal (the broker closes
        # the connection) that thread sleeps a whole second before it can be stopped, and
        # every office broker setup that probed a wrong password waited that second
        while not answered and time.monotonic() < deadline:
            if client.loop(timeout=0.1):  # an error code: the connection went
                break
        return answered[0] if answered else None
    finally:
        client.disconnect()


def _digest(users: list[str]) -> str:
    return hashlib.sha256("\n".join(users).encode()).hexdigest()


def ask(conn: psycopg.Connection) -> None:
    """Inside the transaction that approves or revokes (the console's): ask `office serve` to
    write the broker's files, at its commit."""
    conn.execute(f"NOTIFY {ACCOUNTS}")


@dataclass(frozen=True)
class Waiting:
    """The register's accounts are not yet those Mosquitto lets in."""

    since: datetime
    """The last approval or revoke (else when it was asked)."""
    written: bool
    """passwd has them: Mosquitto has not read it (not told, or told and not yet taken)."""
    approved: bool = True
    """That last change approved a station (its new key is not let in yet)."""
    revoked: bool = True
    """That last change revoked one (its key, perhaps a thief's, still logs in)."""
    communes: tuple[str, ...] = ()
    """The communes of the stations that last change approved or revoked (o16web4 K10: the
    sentence on another station's page said "the station just approved", not which)."""

    def harm(self) -> str:
        """What the broker not having the accounts does, for the last change only: after a
        revoke alone, the stolen key still logs in (her call to the technician is what stops
        it); after an approval, the commune gets no emergency over it (o17web5 D5: serve's
        log spoke of a revoked key after an approval)."""
        named = ", ".join(self.communes)
        if self.revoked and not self.approved and named:
            return _("the key of {communes} just revoked can still log in to the broker and "
                     "receive emergencies").format(communes=named)  # fmt: skip
        if self.approved and not self.revoked and named:
            return _("{communes}, just approved, gets no emergency over the broker").format(
                communes=named
            )
        if self.revoked and not self.approved:
            return _("the key just revoked can still log in to the broker and receive "
                     "emergencies")  # fmt: skip
        if self.approved and not self.revoked:
            return _("the station just approved gets no emergency over the broker")
        return _("a station just approved gets no emergency over the broker, and a revoked key "
                 "can still log in to it")  # fmt: skip


def waiting(conn: psycopg.Connection, now: datetime) -> Waiting | None:
    """Whether, and since when, the register's accounts differ from those the broker's files
    were written with or from those Mosquitto was seen to take; None when all three are the
    same, or there is no broker."""
    from .fleet import approved_keys  # fleet imports this module

    if settings(conn) is None:
        return None
    rows = _settings(conn, (WRITTEN, TAKEN))
    register = _digest([OFFICE_USER, *approved_keys(conn)])
    if rows.get(WRITTEN) == register == rows.get(TAKEN):
        return None
    [(since, approved, revoked, communes)] = conn.execute(
        "WITH last AS (SELECT max(greatest(approved_at, revoked_at)) AS at FROM stations) "
        "SELECT last.at, bool_or(coalesce(approved_at = last.at, false)), "
        "bool_or(coalesce(revoked_at = last.at, false)), "
        "array_agg(DISTINCT commune) FILTER (WHERE approved_at = last.at OR revoked_at = last.at) "
        "FROM last LEFT JOIN stations ON true GROUP BY last.at"
    ).fetchall()
    return Waiting(since or now, rows.get(WRITTEN) == register, approved, revoked,
                   tuple(communes or ()))  # fmt: skip


def _write_for_broker(path: Path, text: str) -> None:
    """Replace passwd or acl atomically (a temporary file in the same folder, renamed) so that
    Mosquitto can still read it: the new file keeps the old one's owner, group and mode (the
    technician's `chgrp mosquitto`), and a first one takes the folder's group, mode 0640.
    Written as root:root 0640, Mosquitto (user mosquitto) could not open it at its reload."""
    try:
        old = path.stat()
        owner, group, mode = old.st_uid, old.st_gid, stat.S_IMODE(old.st_mode)
    except FileNotFoundError:
        owner, group, mode = -1, path.parent.stat().st_gid, 0o640
    try:
        with atomic_path(path, mode) as tmp:
            tmp.write_text(text, encoding="utf-8")
            os.chown(tmp, owner if os.geteuid() == 0 else -1, group)
    except OSError as e:
        said = _("cannot write {path} for the broker ({problem}): run this as the user who set "
                 "the broker up, or call the technician")  # fmt: skip
        raise OfficeError(said.format(path=path, problem=describe_os_error(e))) from None


def reload(found: BrokerSettings) -> bool:
    """SIGHUP to Mosquitto (it re-reads passwd and acl); False when its pid is not known."""
    if not found.pid_file:
        return False
    try:
        pid = int(found.pid_file.read_text().strip())
        os.kill(pid, signal.SIGHUP)
    except (OSError, ValueError):
        return False
    return True


def office_client(conn: psycopg.Connection, client_id: str) -> tuple[Any, Broker]:
    """A paho client logged in as the office (not yet connected), and where to connect."""
    credentials = office_credentials(conn)
    broker = Broker.parse(credentials.url)
    return make_client(client_id, credentials.username, credentials.password, broker, False), broker
