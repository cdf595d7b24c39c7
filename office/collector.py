"""The collector: stations enrol and push their sealed airing rows; the office stores them
in PostgreSQL only after checking who sent them, that the message is fresh, and that the
rows continue the station's hash chain.

Signing scheme (version 1). Every request that changes anything is a JSON body signed with
the station's ed25519 key: the `X-Broadcaster-Signature` header is the base64 signature of
`broadcaster-office/1\n` + the exact body bytes. The body names its purpose (`enrol` or
`push`, checked against the route), the station's key id, and a challenge: a token the
collector hands out on `GET /v1/challenge` and with every answer, made of its issue time, a
random nonce and an HMAC under a secret kept in the office database. A challenge is accepted
once (it is spent in the same transaction as the change it carries) and only within
CHALLENGE_TTL of its issue, by the office's clock alone: a station whose clock is wrong still
pushes (its skew is recorded), and a replayed request is refused without touching anything.
Even a replay that got through could not add or change a row: rows are idempotent on
(station, seq) and each must continue the chain; the challenge keeps a replay from faking
"last contact".

Checks, in order: size and shape; the key (enrol: the body's own key, whose hash must be the
key id; push: the key the office holds for that id, which must be approved); the signature;
the challenge; then the rows: the batch starts at `from_seq`, which is at most one past what
the office holds (else the station is told where to resume), rows are consecutive, a row the
office already holds must be byte-for-byte the same (else: a fork), each new row's
`prev_hash` is the head of the chain and its `row_hash` is recomputed from its content. Rows
before a break are kept; the break is refused with a reason the station logs, and marks the
station's chain as broken for the reports.

A station that makes a new key (its old one revoked) keeps its log: its new enrolment carries
`continues`, the old key's id and its signature of the new key's id (signing.CONTINUES). The
office takes it only from the same `station_id` and with that signature, so neither a copied
station folder nor a stranger can claim another commune's log. The new key then starts where
the office holds that log under the old key, keeps the commune's name as the office wrote it,
and rows the office already holds are compared with that copy: no airing is stored twice.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import logging
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import psycopg
from flask import Flask, Response, request
from psycopg.types.json import Jsonb
from psycopg_pool import ConnectionPool

from broadcaster.clock import Clock, system_clock
from broadcaster.log_chain import GENESIS, content_hash
from broadcaster.store import VOIDABLE
from common import notice_states, signing
from common.i18n import _
from upstream.manifest import MAX_CAMPAIGN_TITLE, MAX_REFUSED, MAX_REFUSED_REASON, clipped

from . import OfficeError, broker, fleet
from .db import open_office, storable, timed

CHALLENGE_TTL = timedelta(minutes=10)
"""Longer than a station's push interval, so the challenge it keeps is still good."""
MAX_BODY = 16 * 1024 * 1024
MAX_ROWS = 5000
RETRY_AFTER_S = 30
"""What a station is told to wait while the office's database is not answering."""
POOL_WAIT_S = 5.0
"""How long a request waits for a database connection before it is answered 503."""
VOIDED = "voided"
"""A row saying the `missed` row it supersedes stands for no airing: a clock run ahead wrote
that one before its time (broadcaster.airing_log.void). It airs nothing and counts nowhere."""
OUTCOMES = {"aired", "partial", "failed", "preempted", "interrupted", "missed", VOIDED}
"""A row's closed statuses; an office from before w28void refuses a row `voided` as malformed
(the station says so: broadcaster.office_link.older_office)."""
QUIET_REFUSALS = ("resend", "unknown", "pending", "chain")
"""Not logged as refusals: they repeat at every push (a chain break is on the station)."""
ONCE_REFUSALS = ("revoked",)
"""Logged once per station: a stolen station left running is refused at every push."""
COLUMNS = (
    "station, seq, started_at, status, duration_s, planned_duration_s, items, prev_hash, "
    "row_hash, row"
)


REFUSED_CAMPAIGNS = "refused_campaigns"
"""In a push: the campaigns the station's last sync did not take (upstream Refused.to_json)."""
BEFORE_TRUST = ("unknown", "signature", "revoked", "pending", "replay", "stale", "challenge")
"""Refusals before the office trusts the push: what it says is not kept."""


@dataclass(frozen=True)
class Reply:
    status: int
    body: dict[str, Any]


def refused(status: int, code: str, reason: str, **more: Any) -> Reply:
    return Reply(status, {"code": code, "reason": reason, **more})


class Malformed(ValueError):
    """The request is not a well-formed message of this protocol."""


def _canonical(value: Any) -> str:
    return json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def _storable_json(text: str) -> str:
    """A JSON text a station sent, as PostgreSQL can hold it (`storable`)."""
    if "\x00" not in text and "\\u0000" not in text:
        return text
    return json.dumps(storable(json.loads(text)), ensure_ascii=False)


@dataclass
class Collector:
    pool: ConnectionPool
    clock: Clock = system_clock

    def __post_init__(self) -> None:
        self.listening_since = self.clock()
        """A station's silence counts from here at the earliest: before, the office itself
        did not listen."""
        with self.pool.connection() as conn:
            row = conn.execute("SELECT value FROM settings WHERE key = 'challenge_secret'")
            found = row.fetchone()
        if found is None:  # made by migration 10: hidden by the console's row policy
            raise OfficeError(
                _("this PostgreSQL role may not read the office's secrets: run 'broadcaster "
                  "office serve' as the database's owner, the account that ran 'broadcaster "
                  "office init'")
            )  # fmt: skip
        self._secret = bytes.fromhex(found[0])

    # ----- challenges ----------
    def _mac(self, text: str) -> str:
        return hmac.new(self._secret, text.encode(), hashlib.sha256).hexdigest()[:32]

    def challenge(self) -> Reply:
        issued = f"{int(self.clock().timestamp() * 1000)}.{secrets.token_hex(12)}"
        return Reply(
            200,
            {
                "challenge": f"{issued}.{self._mac(issued)}",
                "expires_in_s": CHALLENGE_TTL.total_seconds(),
            },
        )

    def _spend(self, conn: psycopg.Connection, token: Any, now: datetime) -> Reply | None:
        """None if the challenge is ours, fresh and unspent (it is now spent)."""
        parts = token.split(".") if isinstance(token, str) else []
        if len(parts) != 3 or not hmac.compare_digest(self._mac(".".join(parts[:2])), parts[2]):
            return refused(401, "challenge", _("the request carries no valid office challenge"))
        try:
            issued = datetime.fromtimestamp(int(parts[0]) / 1000, now.tzinfo)
        except ValueError:
            return refused(401, "challenge", _("the request carries no valid office challenge"))
        if not timedelta(seconds=-5) <= now - issued <= CHALLENGE_TTL:
            return refused(401, "stale", _("the request is too old (its challenge expired)"))
        spent = conn.execute(
            "INSERT INTO spent_challenges (token, spent_at) VALUES (%s, %s) "
            "ON CONFLICT (token) DO NOTHING",
            [token, now],
        )
        if spent.rowcount == 0:
            return refused(409, "replay", _("the request was already received once (a replay)"))
        if secrets.randbelow(200) == 0:  # now and then: spent tokens past their life go
            conn.execute(
                "DELETE FROM spent_challenges WHERE spent_at < %s", [now - 2 * CHALLENGE_TTL]
            )
        return None

    # ----- enrolment ----------
    def enrol(self, body: bytes, signature: str) -> Reply:
        try:
            message = _message(body, "enrol")
            public = base64.b64decode(message["public_key"], validate=True)
            fields = {k: _text(message, k) for k in ("station_id", "name", "commune")}
            if len(public) != 32 or signing.key_id(public) != message["station"]:
                raise Malformed(_("the public key does not match the station's key id"))
        except (Malformed, ValueError, KeyError, TypeError) as e:
            return refused(400, "malformed", _("malformed enrolment: {error}").format(error=e))
        if not signing.verify(public, body, signature):
            return refused(401, "signature", _("the enrolment is not signed by its own key"))
        now = self.clock()
        key = message["station"]
        fingerprint = signing.fingerprint(public)
        with self.pool.connection() as conn, conn.transaction():
            if problem := self._spend(conn, message.get("challenge"), now):
                return problem
            taken = conn.execute(
                "SELECT key_id FROM stations WHERE fingerprint = %s AND key_id <> %s",
                [fingerprint, key],
            ).fetchone()
            if taken:
                return refused(409, "fingerprint", _("another station has this fingerprint"))
            if conn.execute(
                "SELECT 1 FROM stations WHERE key_id = %s AND revoked_at IS NOT NULL", [key]
            ).fetchone():
                return _revoked(fingerprint)
            before = _continued(conn, key, fields["station_id"], message.get("continues"))
            if isinstance(before, Reply):
                return before
            row = conn.execute(
                "INSERT INTO stations (key_id, fingerprint, public_key, station_id, name, "
                "commune, enrolled_at, last_contact, clock_skew_s, stored_through, head_hash, "
                "log_key) VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s) "
                "ON CONFLICT (key_id) DO UPDATE SET last_contact = EXCLUDED.last_contact, "
                "clock_skew_s = EXCLUDED.clock_skew_s, "
                "name = CASE WHEN stations.approved_at IS NULL THEN EXCLUDED.name "
                "ELSE stations.name END, "
                "commune = CASE WHEN stations.approved_at IS NULL THEN EXCLUDED.commune "
                "ELSE stations.commune END "
                "RETURNING approved_at IS NOT NULL",
                [
                    key,
                    fingerprint,
                    public,
                    fields["station_id"],
                    before.name if before else fields["name"],
                    before.commune if before else fields["commune"],
                    now,
                    now,
                    _skew(message, now),
                    before.stored_through if before else 0,
                    before.head if before else GENESIS,
                    before.log_key if before else None,
                ],
            ).fetchone()
        approved = bool(row and row[0])
        reply = Reply(
            200, {"status": "approved" if approved else "pending", "fingerprint": fingerprint}
        )
        if approved and message.get("mqtt") is True:
            with self.pool.connection() as conn:
                reply = _with_mqtt(conn, key, reply)
        return reply

    # ----- pushes ----------
    def push(self, body: bytes, signature: str) -> Reply:
        try:
            message = _message(body, "push")
            rows = message["rows"]
            from_seq = message["from_seq"]
            if not isinstance(rows, list) or len(rows) > MAX_ROWS:
                raise Malformed(_("rows must be a list of at most {n}").format(n=MAX_ROWS))
            if type(from_seq) is not int or from_seq < 1:
                raise Malformed(_("from_seq must be a positive integer"))
            for row in rows:
                _check_row(row)
            campaigns = storable(_refused_campaigns(message))
            states = storable(notice_states.checked(message.get(notice_states.NOTICE_STATES)))
            every = _push_minutes(message)
        except (Malformed, KeyError, TypeError, ValueError) as e:
            return _malformed(e)
        now = self.clock()
        key = message["station"]
        with self.pool.connection() as conn:
            try:  # a row found wrong against what the office holds: nothing of it kept
                with conn.transaction():
                    reply = self._store(conn, key, body, signature, message, from_seq, rows, now)
                    if campaigns is not None and reply.body.get("code") not in BEFORE_TRUST:
                        conn.execute(  # what its last sync did not take: its page says so
                            "UPDATE stations SET refused_campaigns = %s WHERE key_id = %s",
                            [Jsonb(campaigns) if campaigns else None, key],
                        )
                    if states is not None and reply.body.get("code") not in BEFORE_TRUST:
                        conn.execute(  # where its office notices stand: the month page says why
                            "UPDATE stations SET notice_states = %s, notice_states_at = %s "
                            "WHERE key_id = %s",
                            [Jsonb(states), now, key],
                        )
                    if every is not None and reply.body.get("code") not in BEFORE_TRUST:
                        conn.execute(  # how often it pushes: the pages mark it quiet past that
                            "UPDATE stations SET push_minutes = %s WHERE key_id = %s", [every, key]
                        )
            except Malformed as e:
                reply = _malformed(e)
            if message.get("mqtt") is True and reply.status == 200:
                reply = _with_mqtt(conn, key, reply)
            if reply.status >= 400 and reply.body["code"] not in QUIET_REFUSALS:
                code = reply.body["code"]
                conn.execute(
                    "INSERT INTO refusals (key_id, at, code, reason) SELECT %s, %s, %s, %s "
                    "WHERE %s::text <> ALL(%s) OR NOT EXISTS "
                    "(SELECT 1 FROM refusals WHERE key_id = %s AND code = %s)",
                    [key if code != "signature" else None, now, code,
                     f"{key}: {reply.body['reason']}", code, list(ONCE_REFUSALS), key, code],
                )  # fmt: skip
        return reply

    def _store(
        self,
        conn: psycopg.Connection,
        key: str,
        body: bytes,
        signature: str,
        message: dict[str, Any],
        from_seq: int,
        rows: list[dict[str, Any]],
        now: datetime,
    ) -> Reply:
        station = conn.execute(
            "SELECT public_key, approved_at, stored_through, head_hash, fingerprint, revoked_at, "
            "COALESCE(log_key, key_id), last_contact, push_minutes FROM stations "
            "WHERE key_id = %s FOR UPDATE",
            [key],
        ).fetchone()
        if station is None:
            return refused(403, "unknown", _("this station is not enrolled at the office"))
        public, approved_at, stored_through, head, fingerprint, revoked_at, log_key, *last = station
        if not signing.verify(bytes(public), body, signature):
            return refused(
                401, "signature", _("the batch is not signed by the station's enrolled key")
            )
        if revoked_at is not None:
            return _revoked(fingerprint)
        if approved_at is None:
            return refused(
                403,
                "pending",
                _(
                    "the office has not approved this station yet (fingerprint {fingerprint})"
                ).format(fingerprint=fingerprint),
            )
        if spent := self._spend(conn, message.get("challenge"), now):
            return spent
        contact = [now, _skew(message, now)]
        if stored_through > 0:  # a first push ends no silence: the station was never heard
            fleet.silence_ended(conn, key, last[0], last[1], now, self.listening_since)
        if from_seq > stored_through + 1:
            conn.execute(
                "UPDATE stations SET last_contact = %s, clock_skew_s = %s WHERE key_id = %s",
                [*contact, key],
            )
            return refused(
                409,
                "resend",
                _("the office holds the log up to #{seq}; send from there").format(
                    seq=stored_through
                ),
                stored_through=stored_through,
                head=head,
            )
        held: dict[int, str] = (
            dict(
                conn.execute(
                    "SELECT seq, row_hash FROM airings WHERE station IN "
                    "(SELECT key_id FROM stations WHERE COALESCE(log_key, key_id) = %s) "
                    "AND seq >= %s AND seq <= %s",
                    [log_key, from_seq, stored_through],
                ).fetchall()
            )
            if from_seq <= stored_through
            else {}
        )
        accepted: list[dict[str, Any]] = []
        duplicates = 0
        problem: tuple[str, int, str] | None = None
        """(kind, seq, sentence): where the chain breaks."""
        expected = from_seq
        for row in rows:
            seq = row["seq"]
            if seq != expected:
                problem = (
                    "missing",
                    expected,
                    _("airing #{seq} is missing from the station's log"),
                )
                break
            expected += 1
            if seq <= stored_through:
                if held.get(seq) != row["row_hash"]:
                    problem = (
                        "fork",
                        seq,
                        _(
                            "airing #{seq} differs from the copy the office already holds "
                            "(the station's log was changed after it was sent)"
                        ),
                    )
                    break
                duplicates += 1
                continue
            if row["prev_hash"] != head:
                problem = (
                    "unlinked",
                    seq,
                    _(
                        "airing #{seq} does not follow #{previous} (rows were deleted, reordered "
                        "or changed)"
                    ),
                )
                break
            if content_hash(head, row) != row["row_hash"]:
                problem = (
                    "changed",
                    seq,
                    _("airing #{seq} was changed after it was logged (its hash does not match)"),
                )
                break
            if row.get("supersedes") is not None:
                _check_superseded(conn, log_key, row, accepted)
            accepted.append(row)
            head = row["row_hash"]
        if accepted:
            with conn.cursor().copy(f"COPY airings ({COLUMNS}) FROM STDIN") as copy:
                for row in accepted:
                    copy.write_row(
                        (
                            key,
                            row["seq"],
                            row["started_at"],
                            row["status"],
                            row.get("duration_s"),
                            row.get("planned_duration_s"),
                            _storable_json(row["items"]),
                            row["prev_hash"],
                            row["row_hash"],
                            _canonical(storable(row)),
                        )
                    )
            stored_through = accepted[-1]["seq"]
        conn.execute(
            "UPDATE stations SET last_contact = %s, clock_skew_s = %s, stored_through = %s, "
            "head_hash = %s WHERE key_id = %s",
            [*contact, stored_through, head, key],
        )
        result = {
            "stored_through": stored_through,
            "head": head,
            "accepted": len(accepted),
            "duplicates": duplicates,
        }
        if problem:
            kind, seq, sentence = problem
            reason = sentence.format(seq=seq, previous=seq - 1)
            conn.execute(
                "UPDATE stations SET chain_problem = %s, chain_break = %s, chain_break_seq = %s, "
                "chain_problem_at = %s WHERE key_id = %s AND chain_problem IS NULL",
                [reason, kind, seq, now, key],
            )
            return refused(409, "chain", reason, **result)
        return Reply(200, result)


@dataclass(frozen=True)
class _Before:
    """Where the office holds the log a new key continues."""

    stored_through: int
    head: str
    name: str
    commune: str
    log_key: str


def _continued(
    conn: psycopg.Connection, key: str, station_id: str, claim: Any
) -> _Before | Reply | None:
    """The log an enrolling key continues, if its old key says so (None: a log of its own)."""
    if not isinstance(claim, dict):
        return None
    old = conn.execute(
        "SELECT public_key, stored_through, head_hash, name, commune, "
        "COALESCE(log_key, key_id) FROM stations WHERE key_id = %s AND station_id = %s FOR UPDATE",
        [claim.get("key"), station_id],
    ).fetchone()
    if old is None:
        return None  # an office that never knew the old key: the log starts here
    signature = claim.get("signature")
    if not isinstance(signature, str) or not signing.verify(
        bytes(old[0]), signing.CONTINUES + key.encode(), signature
    ):
        return refused(401, "signature", _("the enrolment's previous key did not sign the new key"))
    other = conn.execute(
        "SELECT fingerprint FROM stations WHERE COALESCE(log_key, key_id) = %s "
        "AND key_id <> ALL(%s) AND revoked_at IS NULL",
        [old[5], [key, claim.get("key")]],
    ).fetchone()
    if other:  # two live keys on one log would store each airing twice (review13 #2)
        return refused(
            409,
            "continued",
            _("another key ({fingerprint}) already continues this station's log: the office "
              "revokes the one that is not yours, then enrol again").format(
                fingerprint=other[0]
            ),
        )  # fmt: skip
    return _Before(*old[1:])


def _malformed(error: Exception) -> Reply:
    """A batch refused as malformed, with the statuses this office takes (`outcomes`): a
    station whose batch holds a status it does not find there knows the office is older
    than itself, and says so in its own words (broadcaster.office_link.refusal)."""
    return refused(400, "malformed", _("malformed batch: {error}").format(error=error),
                   outcomes=sorted(OUTCOMES))  # fmt: skip


def _revoked(fingerprint: str) -> Reply:
    return refused(
        403,
        "revoked",
        _("the office has revoked this station (fingerprint {fingerprint}): it no longer "
          "trusts its key; call the office").format(fingerprint=fingerprint),
    )  # fmt: skip


def _with_mqtt(conn: psycopg.Connection, key: str, reply: Reply) -> Reply:
    """The answer with the station's broker account (asked for in its signed request, given
    only to an approved station: office/broker.py), when the office has a broker."""
    found = broker.station_credentials(conn, key)
    if found is None:
        return reply
    mqtt = {"url": found.url, "username": found.username, "password": found.password}
    return Reply(reply.status, {**reply.body, "mqtt": mqtt})


def _message(body: bytes, purpose: str) -> dict[str, Any]:
    message = json.loads(body)
    if not isinstance(message, dict) or message.get("purpose") != purpose:
        raise Malformed(_("not a {purpose} message").format(purpose=purpose))
    if not isinstance(message.get("station"), str):
        raise Malformed(_("no station key id"))
    return message


def _text(message: dict[str, Any], key: str) -> str:
    value = message[key]
    if not isinstance(value, str) or not storable(value).strip() or len(value) > 200:
        raise Malformed(_("{key} must be text of 1 to 200 characters").format(key=key))
    return str(storable(value)).strip()


def _check_row(row: Any) -> None:
    if not isinstance(row, dict):
        raise Malformed(_("a row is not an object"))
    if type(row.get("seq")) is not int:
        raise Malformed(_("a row has no seq"))
    for key in ("prev_hash", "row_hash"):
        if not isinstance(row.get(key), str) or len(row[key]) != 64:
            raise Malformed(_("airing #{seq} has no {key}").format(seq=row["seq"], key=key))
    if row.get("status") not in OUTCOMES:
        raise Malformed(_("airing #{seq} has no closed status").format(seq=row["seq"]))
    started = datetime.fromisoformat(row["started_at"])
    if started.tzinfo is None:
        raise Malformed(_("airing #{seq}: started_at has no UTC offset").format(seq=row["seq"]))
    for key in ("items", "held"):  # held: a LATER column, absent from older stations' rows
        if (key == "items" or row.get(key) is not None) and not isinstance(
            json.loads(row[key]), list
        ):
            raise Malformed(_("airing #{seq}: {key} is not a list").format(seq=row["seq"], key=key))
    if row.get("person") is not None and not isinstance(row["person"], str):  # LATER, too
        raise Malformed(_("airing #{seq}: {key} is not text").format(seq=row["seq"], key="person"))
    supersedes = row.get("supersedes")  # LATER: the earlier row of its planned airing
    if supersedes is not None and not (type(supersedes) is int and 0 < supersedes < row["seq"]):
        raise Malformed(
            _("airing #{seq}: {key} is not an earlier airing's number").format(
                seq=row["seq"], key="supersedes"
            )
        )
    if row["status"] == VOIDED and (supersedes is None or json.loads(row["items"])):
        raise Malformed(
            _("airing #{seq} says an airing no longer counts, but names none or airs "
              "something").format(seq=row["seq"])
        )  # fmt: skip
    for key in ("duration_s", "planned_duration_s"):
        if row.get(key) is not None and type(row[key]) not in (int, float):
            raise Malformed(
                _("airing #{seq}: {key} is not a number").format(seq=row["seq"], key=key)
            )


def _check_superseded(
    conn: psycopg.Connection, log_key: str, row: dict[str, Any], before: list[dict[str, Any]]
) -> None:
    """The row it `supersedes` is an earlier one of its own log (sent before, or in `before`,
    this batch's rows ahead of it), of the same slot and planned time, of an outcome of no
    sound (`VOIDABLE`: missed, failed), the only rows a station voids (a clock run ahead
    logged them before their time). Any other would let a station hide an airing it logged,
    which the reports then count as nothing. A `voided` row voids only a row dated after its
    own writing, as a fast clock's are; the slot's row at its time may take the place of that
    void in turn. No other row takes the place of the same one (a station's store holds one
    per slot, time and row it supersedes): two would both count, a slot aired twice."""
    seq, earlier_seq = row["seq"], row["supersedes"]
    taken = next((r["seq"] for r in before if r.get("supersedes") == earlier_seq), None)
    if taken is None:
        found = conn.execute(
            "SELECT seq FROM airings WHERE row->>'supersedes' = %s AND station IN "
            "(SELECT key_id FROM stations WHERE COALESCE(log_key, key_id) = %s)",
            [str(earlier_seq), log_key],
        ).fetchone()
        taken = found[0] if found else None
    if taken is not None:
        raise Malformed(
            _("airing #{seq} takes the place of #{earlier}, whose place #{taken} already "
              "took").format(seq=seq, earlier=earlier_seq, taken=taken)
        )  # fmt: skip
    earlier = next((r for r in before if r["seq"] == earlier_seq), None)
    if earlier is None:
        found = conn.execute(
            "SELECT row FROM airings WHERE seq = %s AND station IN "
            "(SELECT key_id FROM stations WHERE COALESCE(log_key, key_id) = %s)",
            [earlier_seq, log_key],
        ).fetchone()
        earlier = found[0] if found else None
    voids = row["status"] == VOIDED
    if not (
        earlier is not None
        and (earlier.get("status") in VOIDABLE or (earlier.get("status") == VOIDED and not voids))
        and row.get("slot") is not None
        and (earlier.get("slot"), earlier.get("scheduled_at"))
        == (row.get("slot"), row.get("scheduled_at"))
    ):
        raise Malformed(
            _("airing #{seq} takes the place of #{earlier}, which is not its station's "
              "airing of the same slot and time logged missed").format(
                seq=seq, earlier=earlier_seq)
        )  # fmt: skip
    if voids and not _dated(earlier) > _dated(row):
        raise Malformed(
            _("airing #{seq} says #{earlier} no longer counts, but #{earlier} is not dated "
              "after it: only a row a clock run ahead wrote before its time is voided").format(
                seq=seq, earlier=earlier_seq)
        )  # fmt: skip


def _dated(row: dict[str, Any]) -> datetime:
    """When a row says it started (its offset checked as it came in: `_check_row`)."""
    return datetime.fromisoformat(row["started_at"])


def _refused_campaigns(message: dict[str, Any]) -> list[dict[str, str | None]] | None:
    """The campaigns the station's last sync did not take, as much of them as is well formed
    and within bounds: the first MAX_REFUSED, each reason and title clipped, an entry that is
    not one left out (None: a station from before it said so, or no list; its page keeps what
    it said last). What it says about its campaigns never costs the log it comes with
    (review20 #6: a longer list or reason was "malformed", and none of its airings kept)."""
    value = message.get(REFUSED_CAMPAIGNS)
    if not isinstance(value, list):
        return None
    kept: list[dict[str, str | None]] = []
    for item in value:
        if not (
            isinstance(item, dict)
            and set(item) == {"campaign", "title", "reason"}
            and all(isinstance(item[k], str) and item[k] for k in ("campaign", "reason"))
            and (item["title"] is None or isinstance(item["title"], str))
        ):  # fmt: skip
            continue
        kept.append({"campaign": clipped(item["campaign"], MAX_CAMPAIGN_TITLE),
                     "title": item["title"] and clipped(item["title"], MAX_CAMPAIGN_TITLE),
                     "reason": clipped(item["reason"], MAX_REFUSED_REASON)})  # fmt: skip
        if len(kept) == MAX_REFUSED:
            break
    return kept


PUSH_MINUTES = "push_minutes"
"""In a push: how often the station pushes, in minutes (its office.push_minutes)."""
MAX_PUSH_MINUTES = 24 * 60.0


def _push_minutes(message: dict[str, Any]) -> float | None:
    """How often the station says it pushes; None when it does not say (a station from
    before) or says something out of bounds: never a reason to refuse its log."""
    value = message.get(PUSH_MINUTES)
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return float(value) if 0 < value <= MAX_PUSH_MINUTES else None


def _skew(message: dict[str, Any], now: datetime) -> float | None:
    """How far the station's clock is from the office's (positive: the station is ahead)."""
    try:
        return round((datetime.fromisoformat(message["station_time"]) - now).total_seconds(), 1)
    except (KeyError, TypeError, ValueError):
        return None


def create_app(dsn: str, threads: int = 8, clock: Clock = system_clock) -> Flask:
    """The collector as a WSGI app; its routes are authorised by the signatures they carry
    (there are no cookies and no forms, so no session to forge)."""
    open_office(dsn).close()
    pool = ConnectionPool(
        timed(dsn),  # a database host that never answers: 503 at once, as for one stopped
        min_size=1,
        max_size=threads,
        kwargs={"autocommit": True},
        open=True,
        check=ConnectionPool.check_connection,  # a restart of PostgreSQL leaves none broken
        timeout=POOL_WAIT_S,
        reconnect_timeout=POOL_WAIT_S,  # then the next request tries afresh, not in minutes
    )
    try:
        collector = Collector(pool, clock)
    except OfficeError:
        pool.close()
        raise
    app = Flask("office.collector")
    app.config["MAX_CONTENT_LENGTH"] = MAX_BODY

    def answer(reply: Reply) -> Response:
        return Response(
            json.dumps(reply.body, ensure_ascii=False), reply.status, mimetype="application/json"
        )

    def signed(action: Callable[[bytes, str], Reply]) -> Response:
        """Every answer carries the next challenge: a station pushing regularly needs one
        request per push."""
        signature = request.headers.get(signing.SIGNATURE_HEADER, "")
        reply = action(request.get_data(cache=False), signature)
        return answer(Reply(reply.status, {**reply.body, **collector.challenge().body}))

    app.add_url_rule("/v1/challenge", "challenge", lambda: answer(collector.challenge()))
    app.add_url_rule("/v1/enrol", "enrol", lambda: signed(collector.enrol), methods=["POST"])
    app.add_url_rule("/v1/push", "push", lambda: signed(collector.push), methods=["POST"])

    def unavailable(_e: Exception) -> Response:
        """The database went away (a restart, a full disk): nothing was stored, so the station
        keeps its rows or report and sends them again; it is told when."""
        response = answer(
            refused(503, "unavailable", _("the office cannot store anything right now (its "
                                          "database is not answering); send again later"))
        )  # fmt: skip
        response.headers["Retry-After"] = str(RETRY_AFTER_S)
        return response

    app.register_error_handler(psycopg.OperationalError, unavailable)  # and PoolTimeout
    app.register_error_handler(
        413,
        lambda _e: answer(refused(413, "size", _("the batch is too large for the collector"))),
    )
    return app


class PoolNews(logging.Handler):
    """The connection pool's own lines are English and one per attempt (forty in a ten-minute
    outage, o16net N5): kept out of the log the operator reads, which gets one line when the
    database stops answering and one when the pool connects to it again."""

    GONE = ("error connecting", "reconnection attempt", "discarding broken")
    BACK = "adding new connection to the pool"

    def __init__(self, say: Callable[[str], object]) -> None:
        super().__init__(logging.INFO)
        self.say, self.down = say, False

    def emit(self, record: logging.LogRecord) -> None:
        said = str(record.msg)
        if not self.down and said.startswith(self.GONE):
            self.down = True
            self.say(_("The office's database is not answering: the logs the communes send are "
                       "not stored meanwhile (their stations keep them and send them again). "
                       "Start PostgreSQL again, or call the technician"))  # fmt: skip
        elif self.down and said == self.BACK:
            self.down = False
            self.say(_("The office's database answers again: the communes' logs are stored"))

    @classmethod
    def install(cls, say: Callable[[str], object]) -> PoolNews:
        """In place of the pool's lines (its logger no longer reaches the root's handler)."""
        news = cls(say)
        pool_log = logging.getLogger("psycopg.pool")
        pool_log.handlers[:] = [news]
        pool_log.setLevel(logging.INFO)
        pool_log.propagate = False
        return news


def serve(
    dsn: str,
    host: str,
    port: int,
    threads: int = 8,
    keys: Path | None = None,
    repo: Path | None = None,
) -> None:
    """Run the collector under waitress (a production WSGI server; nginx goes in front)."""
    from waitress import serve as waitress_serve

    from .cancel_requests import CancelSigner
    from .emergency import ReportWatch
    from .heartbeat import ACCOUNTS, CANCELS, REPORTS, Heartbeat
    from .listening import BrokerWriter, tell

    PoolNews.install(tell)
    app = create_app(dsn, threads)
    watch = ReportWatch(dsn)
    watch.start()  # the stations' reports on emergencies, once there is a broker
    signer = CancelSigner(dsn, keys, repo).start()  # the cancels asked for from the console
    writer = BrokerWriter(dsn).start()  # the broker's accounts after approvals, revokes
    parts = {REPORTS: watch.alive, CANCELS: signer.alive, ACCOUNTS: writer.alive}
    # the pages say which part stopped, and the send whether one approved later gets it
    Heartbeat(dsn, watch.lost, parts=parts, signs=signer.signs).start()
    waitress_serve(
        app,
        host=host,
        port=port,
        threads=threads,
        ident="broadcaster-collector",
        max_request_body_size=MAX_BODY,
    )
