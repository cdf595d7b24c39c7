"""Emergencies from the office: signed, sent to the communes over MQTT, and followed commune by
commune as the stations report back.

`send` signs the message with the emergency key (upstream/emergency_message.py), files it and
one row per targeted station ('silent' until it reports) in PostgreSQL, writes it into the
served repository (the recording, and `emergencies/active.json`, what a station polls when
the broker cannot be reached), then publishes it with QoS 1 on the emergency topic.

`ReportListener` (run by `office serve`) takes the stations' reports from their status topics:
each is signed with the station's own key and checked against the key the office enrolled;
a report only moves a station's state forward (received → on air | on air unheard → aired |
unheard | refused | missed | failed), so an old report sent again changes nothing.
"""

from __future__ import annotations

import json
import secrets
import shutil
import socket
import threading
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

import psycopg
from psycopg.rows import dict_row

from announcements.audio import check_input, file_sha256
from announcements.limits import DEFAULT_LIMITS
from announcements.script import EMERGENCY_PREFIX, UPSTREAM_MARK
from audio_out.sinks import ONLY_TO_A_FILE, loudspeakers_sql, reaches_loudspeakers
from common import signing
from common.files import write_atomic
from common.i18n import N_, _, ngettext
from common.library_errors import describe
from common.localtime import local_text
from common.mqtt import EMERGENCY_TOPIC, REPORT_PURPOSE, STATUS_PREFIX
from upstream.emergency_message import audio_path, seal
from upstream.keys import signer
from upstream.targeting import Audience, commune_said, group_said

from . import OFFICE_ZONE, NoSuchEmergency, OfficeError, SentAlready, broker, fleet
from .db import storable, timed

if TYPE_CHECKING:
    from .cancel_requests import CancelRequest

ACTIVE = "emergencies/active.json"
"""In the served repository: the envelopes still valid, for stations polling without MQTT."""
PUBLISH_TIMEOUT_S = 10.0
UNHEARD = "unheard"
"""The state of a commune whose station played the emergency out, whole or in part, where no
loudspeaker is (into a file, the test sink): not aired (w30emerg). A station says so in its
report (broadcaster/daemon.py UNHEARD_REPORT); an older one reports "aired" whatever its sink,
and its pushed log's sink then says it (`said_by_log`)."""
UNHEARD_ON_AIR = "on air unheard"
"""The state of a commune whose station is playing the emergency out where no loudspeaker is
(broadcaster/daemon.py UNHEARD_ON_AIR_REPORT): never "đang phát", which says its loudspeakers
are playing it (w31office: the page said so until "unheard" came)."""
STATES = {"received": 1, "on air": 2, UNHEARD_ON_AIR: 2, "aired": 3, "partial": 3, UNHEARD: 3,
          "failed": 3, "missed": 3, "refused": 3}  # fmt: skip
"""A station's state only moves up this order (status shows one more, "cut off": the state
of a revoked key that can no longer report, which no station may send)."""
STATE_NAMES = {
    "silent": N_("silent"),
    "received": N_("received"),
    "on air": N_("on air"),
    UNHEARD_ON_AIR: N_("playing only into a file, the loudspeakers are not playing it"),
    "aired": N_("aired"),
    "partial": N_("partly aired"),
    UNHEARD: ONLY_TO_A_FILE,
    "failed": N_("failed"),
    "missed": N_("missed"),
    "refused": N_("refused"),
    "unsent": N_("not sent to it yet"),
    "cut": N_("cut off mid-message by the cancel"),
    "cut separately": N_("cut off mid-message when the office cancelled its separate send"),
    "never sent": N_(
        "never sent to it (approved while it was in force; the office server did not send it)"
    ),
    "cut off": N_(
        "no more reports: its key was revoked (the log it sends under its new key "
        "has no airing of it yet)"
    ),
}


def state_names(cancelled: bool, over: bool) -> dict[str, str]:
    """STATE_NAMES as Mai reads them once the emergency is cancelled or over: a commune not
    heard from will not air a cancelled one (no worry), one that logged it missed did as it was
    told (withdrawn, not missed), and never answered an ended one."""
    if cancelled:
        return {**STATE_NAMES, "silent": N_("will not air (cancelled)"),
                "missed": N_("not aired: the office cancelled it")}  # fmt: skip
    if over:
        return {**STATE_NAMES, "silent": N_("no answer before it ended")}
    return STATE_NAMES


REPEAT_WINDOW = timedelta(minutes=30)
"""The same emergency (text or recording, and targets) sent again within this, or while the
first is still valid, is refused unless asked for on purpose: twice in a storm airs it twice
over every loudspeaker."""


SENDING = 7_411_302
"""The advisory lock held from the repeat check to the emergency's row and its targets (see
broker.WRITING); `extend_to_approved` takes it too, so it sees a send to a station whole."""


@dataclass(frozen=True)
class Sent:
    id: str
    targets: int
    valid_until: datetime
    published: bool
    """False when the broker could not be reached (stations polling still get it)."""
    problem: str | None = None
    sent_before: tuple[str, datetime] | None = None
    """The same emergency sent earlier (its id and time), past the repeat guard: said, so a
    repeat is never silent."""
    namesakes: tuple[str, ...] = ()
    """Stations it went to as one commune with others of their name (`fleet.namesakes_said`)."""


def _title(local: datetime, text: str | None) -> str:
    """What the stations file and the office reports it by: the sending time and, for a text,
    its first words, so two sent in the same minute are told apart (a recording: to the
    second)."""
    from broadcaster.airing_lines import emergency_name

    if text:
        return f"{STATION_TITLE} {emergency_name(local, text, '')}"[:300]
    return f"{STATION_TITLE} lúc {local:%H:%M:%S} ngày {local:%d/%m/%Y}"


STATION_TITLE = "Thông báo khẩn cấp của cấp trên"
"""How a commune's log names an emergency from the office (the stations' words, in their
language: the title is signed and filed as it is)."""


def sent_title(title: str) -> str:
    """The title as the office that sent it reads it: its own words, not the commune's "của
    cấp trên" (o16web4 K8), then the sending time and first words the title holds."""
    if title.startswith(STATION_TITLE):
        return _("Emergency the office sent") + title.removeprefix(STATION_TITLE)
    return title


ID_TIME = "%Y%m%d-%H%M%S"
"""An emergency's id begins with its sending time, in the office's zone, to the second."""


def _message_id(now: datetime) -> str:
    return f"{now.astimezone(OFFICE_ZONE):{ID_TIME}}-{secrets.token_hex(3)}"


def issued_at_of(message_id: str) -> datetime | None:
    """The sending time an emergency's id holds (None: not an emergency's id): what a page
    can say of it with the database down, read beside where the id is made (review17b #8)."""
    try:
        return datetime.strptime(message_id[:15], ID_TIME).replace(tzinfo=OFFICE_ZONE)
    except ValueError:
        return None


def send(
    conn: psycopg.Connection,
    keys: Path,
    repo: Path,
    now: datetime,
    *,
    text: str | None = None,
    audio: Path | None = None,
    to: Sequence[str] = (),
    valid_minutes: float = 30.0,
    by: str = "office",
    again: bool = False,
) -> Sent:
    """Sign, file, serve and publish an emergency; returns its id and how many stations it
    is for. The same one sent in the last REPEAT_WINDOW is refused unless `again`."""
    if text is not None and not text.strip() and not audio:
        raise OfficeError(_("the emergency's text is blank: write what the stations will read"))
    if bool(text and text.strip()) == bool(audio):
        raise OfficeError(_("give the emergency as a text or an audio file (one of them)"))
    if not 0 < valid_minutes <= 24 * 60:
        raise OfficeError(_("an emergency is valid for 1 minute to 24 hours"))
    if text:
        DEFAULT_LIMITS.check_text(text, _("the emergency notice"))
    audience = fleet.audience(conn, to) if to else Audience()
    members = sorted(audience.members(fleet.membership(conn)))
    targets = members if to else sorted(fleet.approved_keys(conn))
    if not targets:
        raise OfficeError(
            _("no approved station would receive this emergency: 'office station list' shows "
              "the stations and their groups; approve those waiting with 'office station "
              "approve FINGERPRINT --group GROUP'")
        )  # fmt: skip
    sign = signer(keys, "emergency")
    reference = None
    if audio:
        check_input(audio, DEFAULT_LIMITS)
        sha = file_sha256(audio)
        path = audio_path(sha, audio.suffix.lower())
        reference = {"path": path, "sha256": sha, "length": audio.stat().st_size}
    to_json = Audience(audience.groups, tuple(members)).to_json() if to else None
    if not again:  # at once, before signing: a double Enter is told without waiting
        _not_sent_already(conn, now, text, reference, to_json)
    message_id = _message_id(now)
    until = now + timedelta(minutes=valid_minutes)
    local = now.astimezone(OFFICE_ZONE)
    # who it is for: every station approved now is named, so one still waiting does not air
    # it (o16web4 C11: they did, uncounted); one approved while it is in force is named by
    # office serve then (extend_to_approved), and counted
    named = to_json or Audience((), tuple(targets)).to_json()
    message = emergency_message(message_id, now, until, named, _title(local, text), text,
                                reference)  # fmt: skip
    envelope = seal(message, sign)
    with conn.transaction():
        # Two officers sending the same emergency at once: the second waits here, then sees
        # the first one's row.
        conn.execute("SELECT pg_advisory_xact_lock(%s)", [SENDING])
        if not again:
            _not_sent_already(conn, now, text, reference, to_json)
        if audio:
            _serve_recording(audio, repo, path)
        conn.execute(
            "INSERT INTO emergencies (id, issued_at, valid_until, title, text, audio_sha256, "
            "audience, sent_by, envelope) VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s)",
            [message_id, now, until, message["title"], message["text"],
             reference["sha256"] if reference else None, json.dumps(to_json), by,
             envelope],
        )  # fmt: skip
        _add_targets(conn, message_id, targets)
    _serve_active(conn, repo, now)
    problem = _publish_told(conn, envelope)
    earlier = _same(conn, None, text, reference, to_json, message_id)[:1]
    return Sent(message_id, len(targets), until, problem is None, problem,
                earlier[0] if earlier else None,
                tuple(fleet.namesakes_said(conn, targets)))  # fmt: skip


def _add_targets(
    conn: psycopg.Connection, message_id: str, keys: Sequence[str], sent_at: datetime | None = None
) -> None:
    """One report row per station the emergency names: each is counted until it answers;
    `sent_at`, for stations named after the sending, when it was sent to them."""
    with conn.cursor().copy(
        "COPY emergency_reports (emergency_id, key_id, sent_at) FROM STDIN"
    ) as c:
        for key in keys:
            c.write_row((message_id, key, sent_at))


def emergency_message(
    message_id: str,
    now: datetime,
    until: datetime,
    to: dict[str, list[str]] | None,
    title: str,
    text: str | None,
    audio: dict[str, Any] | None,
) -> dict[str, Any]:
    """The emergency as the office signs it (upstream/emergency_message.py)."""
    return {"type": "emergency", "id": message_id, "issued_at": now.isoformat(),
            "valid_until": until.isoformat(), "to": to, "title": title,
            "text": text.strip() if text else None, "audio": audio}  # fmt: skip


def cancel_message(message_id: str, now: datetime, emergency: dict[str, Any]) -> dict[str, Any]:
    """The cancel of `emergency` (as signed) as the office signs it: for every station ("to"
    null), not the emergency's list. A station the emergency was not for never airs it, so the
    cancel changes nothing there, and the signed list of an emergency "to all" is not carried
    twice in the stations' polled list (review17 #3: about 70 bytes a station each time, so
    24 cancelled emergencies at 300 stations filled the 1 MiB a station reads; w18o's
    bench/emergency_recipients.py)."""
    return {"type": "cancel", "id": _message_id(now), "cancels": message_id,
            "issued_at": now.isoformat(), "valid_until": emergency["valid_until"],
            "to": None}  # fmt: skip


def extend_to_approved(
    conn: psycopg.Connection, keys: Path, repo: Path, now: datetime
) -> list[tuple[str, list[str]]]:
    """Each emergency "to all" still in force (not cancelled, no cancel asked) signed again,
    with the same id, naming the stations approved since it was sent too: (id, the keys
    added). A commune approved while it is in force airs it, counted as the others (o17web5:
    Mai had to send it again with --to). Only the audience grows: the words, the recording
    and the end are those signed; a station that took it files the new copy as the one it
    has (the id), and it is only served in the polled list, which the new station reads
    again once it is named there (upstream_emergency._already_known); over MQTT the stations
    that have it would each log a copy refused. A station Mai sent it to again (--to) is not
    added: it would air it twice; nor is a commune's new key where its old one is named and
    took it: it keeps its store, so it has the emergency, and would be counted twice
    (review18 #2). Where the old key never took it, the new key is added in its place."""
    approved = set(fleet.approved_keys(conn))
    found = []
    for (message_id,) in conn.execute(
        "SELECT id FROM emergencies e WHERE jsonb_typeof(audience) = 'null' AND valid_until > %s "
        "AND cancelled_at IS NULL AND cancel_requested_at IS NULL ORDER BY issued_at",
        [now],
    ).fetchall():
        with conn.transaction():
            # a send to some of them (--to) committing meanwhile would not be seen: it airs
            # twice there (review18 #8); send holds this lock while it files its targets
            conn.execute("SELECT pg_advisory_xact_lock(%s)", [SENDING])
            row = conn.execute(
                f"SELECT envelope, ARRAY({SENT_AGAIN}) FROM emergencies e WHERE id = %s "
                "AND cancelled_at IS NULL AND cancel_requested_at IS NULL FOR UPDATE",
                [message_id],
            ).fetchone()
            if row is None:
                continue
            signed, again = json.loads(json.loads(bytes(row[0]))["signed"]), row[1]
            named = set(signed["to"]["stations"]) if signed["to"] else approved
            untaken = _untaken(conn, message_id, named - approved)
            # a commune counts once: not its new key (enrol --new-key) where its old key took
            # it, nor a station Mai sent it to again (both would air it twice, or count it so)
            added = sorted(approved - fleet.with_successors(conn, (named - untaken) | set(again)))
            if not added:
                continue
            signed["to"] = Audience((), tuple(sorted(named | set(added)))).to_json()
            conn.execute(
                "UPDATE emergencies SET envelope = %s WHERE id = %s",
                [seal(signed, signer(keys, "emergency")), message_id],
            )
            _add_targets(conn, message_id, added, now)
            conn.execute(  # the commune's row is its new key's (counted once)
                "DELETE FROM emergency_reports WHERE emergency_id = %s AND key_id = ANY(%s)",
                [message_id, sorted(untaken & fleet.with_successors(conn, set(added)))],
            )
        found.append((message_id, added))
    if found:
        _serve_active(conn, repo, now)
    return found


def _untaken(conn: psycopg.Connection, message_id: str, keys: set[str]) -> set[str]:
    """Those of `keys` (no longer trusted: a commune's key replaced or revoked) that never
    took the emergency, neither reported nor logged: the commune's new key has it not, so
    `extend_to_approved` adds that one (o18web6: a commune re-keyed after it was sent, offline
    till then, was left out as if its store held it)."""
    if not keys:
        return set()
    [(issued, until)] = conn.execute(
        "SELECT issued_at, valid_until FROM emergencies WHERE id = %s", [message_id]
    ).fetchall()
    logged = _logged(conn, [(message_id, issued, until)])
    silent = conn.execute(
        "SELECT key_id FROM emergency_reports WHERE emergency_id = %s AND key_id = ANY(%s) "
        "AND state = 'silent'",
        [message_id, sorted(keys)],
    ).fetchall()
    return {key for (key,) in silent if (message_id, key) not in logged}


@dataclass(frozen=True)
class Cancelled:
    """An emergency taken back (`office emergency cancel`)."""

    id: str
    cancelled_at: datetime
    heard: tuple[tuple[str, str], ...]
    """(commune, how) for those that had it on air before the cancel (an airing cannot be
    unaired): how is `heard_before_cancel`'s."""
    published: bool
    problem: str | None = None

    def broker_warning(self) -> str | None:
        """What the officer is told when the broker did not take the cancel (at the terminal
        and in the collector's log when she asked from the console), or None."""
        if self.published:
            return None
        return _("warning: the broker did not take the cancel: {problem}. Stations get it at "
                 "their next check: within a minute when they can reach the office's "
                 "repository").format(problem=self.problem)  # fmt: skip


def cancel(
    conn: psycopg.Connection, keys: Path, repo: Path, now: datetime, message_id: str, by: str
) -> Cancelled:
    """Sign a cancel of the emergency with the emergency key, file it, serve it and publish it
    on the emergency topic: the stations that have not aired it never will. Its end is the
    signed emergency's, not a column the web console could have edited; it is for every
    station (`cancel_message`)."""
    sign = signer(keys, "emergency")
    with conn.transaction():
        found = conn.execute(
            "SELECT envelope, cancelled_at, cancelled_by FROM emergencies WHERE id = %s FOR UPDATE",
            [message_id],
        ).fetchone()
        if found is None:
            raise _unknown(message_id)
        sent, cancelled_at, cancelled_by = found
        signed = json.loads(json.loads(bytes(sent))["signed"])  # as the office signed it
        until = datetime.fromisoformat(signed["valid_until"])
        still_cancellable(message_id, until, cancelled_at, cancelled_by, now)
        envelope = seal(cancel_message(message_id, now, signed), sign)
        conn.execute(
            "UPDATE emergencies SET cancelled_at = %s, cancelled_by = %s, cancel_envelope = %s "
            "WHERE id = %s",
            [now, by, envelope, message_id],
        )
        _serve_active(conn, repo, now)  # a repository it cannot write: nothing is cancelled
    problem = _publish_told(conn, envelope)
    rows = status(conn, message_id, now)["communes"]
    heard = tuple((row["commune"], row["heard"]) for row in rows if row["heard"])
    return Cancelled(message_id, now, heard, problem is None, problem)


def still_cancellable(
    message_id: str,
    until: datetime,
    cancelled_at: datetime | None,
    cancelled_by: str | None,
    now: datetime,
) -> None:
    """Refuse the cancel of an emergency cancelled already, or over (no station airs it)."""
    if cancelled_at:
        raise OfficeError(
            _("emergency {id} was already cancelled at {time} by {by}").format(
                id=message_id, time=local_text(cancelled_at, OFFICE_ZONE), by=cancelled_by
            )
        )
    if until <= now:
        raise OfficeError(
            _("emergency {id} ended at {time}: no station airs it any more, so there is "
              "nothing to cancel").format(id=message_id, time=local_text(until, OFFICE_ZONE))
        )  # fmt: skip


def _unknown(message_id: str) -> OfficeError:
    return NoSuchEmergency(
        _("there is no emergency '{id}': 'office emergency list' shows the ids of those "
          "sent").format(id=message_id), message_id
    )  # fmt: skip


def _serve_recording(audio: Path, repo: Path, path: str) -> None:
    """Copy the recording where polling stations fetch it (named by its hash: kept if there)."""
    (repo / "emergencies").mkdir(parents=True, exist_ok=True)
    if not (repo / path).exists():
        shutil.copyfile(audio, repo / f"{path}.part")
        (repo / f"{path}.part").rename(repo / path)


def _not_sent_already(
    conn: psycopg.Connection,
    now: datetime,
    text: str | None,
    reference: dict[str, Any] | None,
    to: dict[str, list[str]] | None,
) -> None:
    """Refuse the emergency the office sent a moment ago to the same communes (the same
    words, spaces aside, or the same recording), or that every commune named (`to`) already
    has from one in force: sent to all and then to one approved late, by office serve and by
    the approve hint's `--to` both, it airs twice there."""
    if found := _same(conn, now, text, reference, to):
        said = _("this emergency was already sent to the same communes at {time} ({id}); "
                 "they are airing it: follow it with office emergency status {id}")  # fmt: skip
        everyone = to is None
    elif found := _held(conn, now, text, reference, to):
        said = _(
            "this emergency was already sent at {time} ({id}) to communes that include "
            "those named; they are airing it: follow it with office emergency status {id}"
        )
        [(everyone,)] = conn.execute(  # o23web11 V7: "the same" read wrong for one to all
            "SELECT audience IS NULL OR jsonb_typeof(audience) = 'null' FROM emergencies "
            "WHERE id = %s",
            [found[0][0]],
        ).fetchall()  # fmt: skip
    else:
        return
    if everyone:
        said = _("this emergency was already sent to every commune at {time} ({id}); they are "
                 "airing it: follow it with office emergency status {id}")  # fmt: skip
    first_id, issued = found[0]
    raise SentAlready(said.format(time=local_text(issued, OFFICE_ZONE), id=first_id), first_id)


def _held(
    conn: psycopg.Connection,
    now: datetime,
    text: str | None,
    reference: dict[str, Any] | None,
    to: dict[str, list[str]] | None,
) -> list[tuple[str, datetime]]:
    """(id, issued) of the same emergency in force (not cancelled) that already names every
    station of `to` (their report rows), newest first."""
    if not to or not to["stations"]:
        return []
    rows = conn.execute(
        f"SELECT e.id, e.issued_at, e.text FROM emergencies e WHERE {IN_FORCE} "
        "AND e.audio_sha256 IS NOT DISTINCT FROM %(sha)s AND (SELECT count(*) FROM "
        "emergency_reports r WHERE r.emergency_id = e.id AND r.key_id = ANY(%(keys)s)) = "
        "cardinality(%(keys)s) ORDER BY e.issued_at DESC",
        {"now": now, "keys": sorted(set(to["stations"])),
         "sha": reference["sha256"] if reference else None},
    ).fetchall()  # fmt: skip
    return _worded(rows, text)


def _worded(rows: Sequence[Any], text: str | None) -> list[tuple[str, datetime]]:
    """(id, issued) of the emergencies `rows` (id, issued, text) that say `text`, spaces
    aside (both None: the same recording)."""
    words = " ".join(text.split()) if text else None
    return [
        (first_id, issued)
        for first_id, issued, first_text in rows
        if (" ".join(first_text.split()) if first_text else None) == words
    ]


def _same(
    conn: psycopg.Connection,
    now: datetime | None,
    text: str | None,
    reference: dict[str, Any] | None,
    to: dict[str, list[str]] | None,
    other_than: str = "",
) -> list[tuple[str, datetime]]:
    """(id, issued) of the same emergency sent before, newest first: with `now`, only one
    sent within REPEAT_WINDOW or still valid (then the communes are airing it)."""
    recent = "(issued_at > %(since)s OR valid_until > %(now)s)" if now else "TRUE"
    rows = conn.execute(
        f"SELECT id, issued_at, text FROM emergencies WHERE {recent} AND id <> %(other)s "
        "AND audience IS NOT DISTINCT FROM %(to)s::jsonb "
        "AND audio_sha256 IS NOT DISTINCT FROM %(sha)s ORDER BY issued_at DESC",
        {"since": now - REPEAT_WINDOW if now else None, "now": now, "other": other_than,
         "to": json.dumps(to), "sha": reference["sha256"] if reference else None},
    ).fetchall()  # fmt: skip
    return _worded(rows, text)


def _serve_active(conn: psycopg.Connection, repo: Path, now: datetime) -> None:
    """The envelopes still valid, where polling stations look for them: the cancels first, so
    a station reading both files the cancel before the emergency it takes back."""
    rows = (
        conn.execute(
            "SELECT cancel_envelope FROM emergencies WHERE valid_until > %s "
            "AND cancel_envelope IS NOT NULL ORDER BY cancelled_at",
            [now],
        ).fetchall()
        + conn.execute(
            "SELECT envelope FROM emergencies WHERE valid_until > %s ORDER BY issued_at", [now]
        ).fetchall()
    )
    (repo / "emergencies").mkdir(parents=True, exist_ok=True)
    write_atomic(repo / ACTIVE, active_list([bytes(row[0]) for row in rows]))


def active_list(envelopes: Sequence[bytes]) -> str:
    """`emergencies/active.json` holding these envelopes (a station reads it whole, and drops
    it from MAX_PAYLOAD on)."""
    return json.dumps({"emergencies": [json.loads(envelope) for envelope in envelopes]})


def _publish_told(conn: psycopg.Connection, envelope: bytes) -> str | None:
    """Publish on the emergency topic; why the broker did not take it (stations polling still
    get it from active.json), or None."""
    try:
        publish(conn, EMERGENCY_TOPIC, envelope, qos=1)
    except OfficeError as e:
        return str(e)
    return None


def publish(conn: psycopg.Connection, topic: str, payload: bytes, qos: int) -> None:
    """One message to the broker as the office; waits until the broker has it (QoS 1)."""
    client, address = broker.office_client(conn, f"office-send-{secrets.token_hex(4)}")
    try:
        client.connect(address.host, address.port, keepalive=30)
    except OSError as e:
        raise OfficeError(
            _("cannot reach the broker at {host}:{port}: {error}").format(
                host=address.host, port=address.port, error=describe(e)
            )
        ) from None
    client.loop_start()
    try:
        info = client.publish(topic, payload, qos=qos)
        info.wait_for_publish(PUBLISH_TIMEOUT_S)
        if not info.is_published():
            raise OfficeError(
                _("the broker at {host}:{port} did not take the message (refused the office's "
                  "account, or too slow)").format(host=address.host, port=address.port)
            )  # fmt: skip
    except (RuntimeError, ValueError) as e:
        raise OfficeError(
            _("the broker at {host}:{port} did not take the message ({error})").format(
                host=address.host, port=address.port, error=e
            )
        ) from None
    finally:
        client.disconnect()
        client.loop_stop()


def status(conn: psycopg.Connection, message_id: str, now: datetime) -> dict[str, Any]:
    """The emergency and each targeted commune's state: received, on air, aired, … or silent;
    and the communes approved while it was in force that it does not name."""
    cursor = conn.cursor(row_factory=dict_row)
    found = cursor.execute(
        "SELECT id, issued_at, valid_until, title, text, audio_sha256, audience, sent_by, "
        "cancelled_at, cancelled_by FROM emergencies WHERE id = %s",
        [message_id],
    ).fetchone()
    if found is None:
        raise _unknown(message_id)
    communes = cursor.execute(  # each under its commune's current code (a key re-made since)
        "SELECT s.commune, s.name, COALESCE(o.fingerprint, s.fingerprint) AS fingerprint, "
        "r.state, r.reason, r.received_at, r.on_air_at, r.done_at, r.key_id, s.last_contact, "
        "s.revoked_at, r.sent_at, NULL::timestamptz AS approved_at "
        "FROM emergency_reports r JOIN stations s ON s.key_id = r.key_id "
        "LEFT JOIN LATERAL (SELECT fingerprint, key_id FROM stations o WHERE "
        f"{fleet.SAME_LOG} AND o.approved_at IS NOT NULL AND o.revoked_at IS NULL "
        "ORDER BY o.enrolled_at DESC LIMIT 1) o ON s.revoked_at IS NOT NULL "
        "WHERE r.emergency_id = %s ORDER BY s.commune, s.name",
        [message_id],
    ).fetchall()
    logged = _logged(conn, [(message_id, found["issued_at"], found["valid_until"])])
    name = fleet.namer(conn)  # as it was named when sent (o23web11 V3)
    labels = {key: name(key, found["issued_at"], None) for key in fleet.commune_labels(conn)}
    late: list[tuple[dict[str, Any], str]] = []
    for row in communes:
        key, revoked = row.pop("key_id"), row.pop("revoked_at")
        row["commune"] = labels[key]
        log = logged.get((message_id, key))
        if log and said_by_log(row["state"], log):
            row.update(log)  # its report was lost, its airing log was not
        elif revoked and row["state"] in UNDER_WAY:
            # that key reports no more: a state that would never end; its new key's log says
            row.update(state="cut off", reason=None)
        row.pop("late_s", None)
        row["times"] = times_aired(log)
        row["aired_at"], row["late_s"] = aired_when(
            found["issued_at"], row["state"], row["on_air_at"] or row["done_at"], log,
            row["sent_at"],
        )  # fmt: skip
        row["cut_off"] = None
        if row["late_s"] is not None and row["late_s"] >= LATE_S:  # was it cut off then? (Z1)
            late.append((row, key))
    sends = [(key, row["sent_at"] or found["issued_at"]) for row, key in late]
    for (row, _key), cut_off in zip(late, cut_off_when_sent(conn, sends), strict=True):
        row["cut_off"] = cut_off
    communes += _unsent(conn, message_id, labels, now)
    for row in separately(conn, [message_id]).get(message_id, []):
        key = row.pop("key_id")
        communes.append({**row, "commune": labels[key]})
    communes.sort(key=lambda row: (row["commune"], row["name"] or ""))  # twins by their code
    counts: dict[str, int] = {}
    for row in communes:
        if row.get("via"):
            row["heard"] = heard_separately(found["cancelled_at"], row)
        else:
            row["heard"] = heard_before_cancel(found["cancelled_at"], row["state"], row["done_at"])
            row["cut_at"] = found["cancelled_at"] if row["heard"] == "cut" else None
        counts[shown_state(row)] = counts.get(shown_state(row), 0) + 1
    return {**found, "communes": communes, "counts": counts}


LOGGED_STATES = {"missed": "missed", "failed": "failed", "interrupted": "partial",
                 "preempted": "partial", "partial": "partial", "aired": "aired"}  # fmt: skip
"""A pushed airing's status → the emergency state it means when the loudspeakers played it
(else UNHEARD: `_logged`); the best airing counts (one cut by a newer emergency airs again in
full)."""
BEST = ["missed", "failed", UNHEARD, "partial", "aired"]
"""The states a pushed log gives, worst first: one a loudspeaker played beats one only a file
took (the card plugged in since)."""
AIRED_STATES = ("aired", "partial")
"""The states in which a commune's listeners heard the emergency, whole or in part."""
ON_AIR = ("on air", *AIRED_STATES)
"""A report's states once the emergency went on air at the commune (its loudspeakers)."""
UNDER_WAY = ("received", "on air", UNHEARD_ON_AIR)
"""A report's states before the station says how it ended: more is to come."""
LOGGED_ON_AIR = [status for status, state in LOGGED_STATES.items() if state in AIRED_STATES]
"""A pushed airing's statuses once it went on air."""
UPSTREAM_EMERGENCY = f"{EMERGENCY_PREFIX}{UPSTREAM_MARK}"
"""An office emergency's announcement id in a station's airing log, before its id."""


def said_by_log(state: str, log: dict[str, Any]) -> bool:
    """Whether the pushed log's state (`_logged`) stands for a commune's reported `state`: its
    report was lost (none final came), or the two disagree on whether the loudspeakers played
    it: the log knows the sink, and an older station reports "aired" into a file (w30emerg)."""
    if STATES.get(state, 0) < STATES["aired"]:
        return True
    return (state in AIRED_STATES and log["state"] == UNHEARD) or (
        state == UNHEARD and log["state"] in AIRED_STATES
    )


LOGGED_AROUND = "interval '1 hour'"
"""How far before its sending and after its end an airing of an emergency in a pushed log is
still its own: a station's clock may be off by some minutes."""


def logged_airing(message_id: str, issued: str, valid_until: str) -> str:
    """SQL: the pushed log's airing `a` is of the office's emergency of those SQL expressions
    (its id, sending, end): its announcement id among the airing's items, started around its
    validity (LOGGED_AROUND). One condition for `_logged` and AGAIN (review22b #7)."""
    return (
        "a.items @> jsonb_build_array(jsonb_build_object('announcement_id', "
        f"'{UPSTREAM_EMERGENCY}' || {message_id})) AND a.started_at BETWEEN {issued} - "
        f"{LOGGED_AROUND} AND {valid_until} + {LOGGED_AROUND}"
    )


LOGGED_HEARD = loudspeakers_sql("a.row->>'sink'")
"""SQL: the pushed log's airing `a` went to a loudspeaker (the one rule)."""
AGAIN = (
    "FROM emergency_reports r JOIN emergencies again ON again.id = r.emergency_id "
    "WHERE again.issued_at > e.issued_at "
    "AND again.issued_at < LEAST(e.valid_until, e.cancelled_at, e.cancel_requested_at) "
    "AND again.text IS NOT DISTINCT FROM e.text "
    "AND again.audio_sha256 IS NOT DISTINCT FROM e.audio_sha256 "
    "AND (again.cancelled_at IS NULL AND again.cancel_requested_at IS NULL "
    f"OR r.state = ANY(ARRAY{list(ON_AIR)}) OR r.on_air_at IS NOT NULL "
    f"AND r.state <> '{UNHEARD}' "
    "OR EXISTS (SELECT 1 FROM airings a JOIN stations o ON o.key_id = a.station "
    f"JOIN stations s ON s.key_id = r.key_id AND {fleet.SAME_LOG} "
    f"WHERE {logged_airing('again.id', 'again.issued_at', 'again.valid_until')} "
    f"AND a.status = ANY(ARRAY{LOGGED_ON_AIR}) AND {LOGGED_HEARD}))"
)
"""The sends of emergency `e` again (its words or recording, after it and while it was in
force: the approve hint's `--to`), each a report row `r` of its own: a commune reached so is
reached by `e` (o20web8 X5), one sent the same words after `e` ended is a new event. A send
Mai took back (cancelled, or a cancel asked) before it went on air at the commune reaches
nobody for `e`: the commune is still owed `e` (serve adds it while `e` is in force; after, it
never got it), as if never sent. One that went on air there (its report, or its pushed log
when the report was lost), then was cancelled or cut by her cancel, did reach it (review22
#1: serve sent `e` again and the commune aired the evacuation twice)."""
SENT_AGAIN = f"SELECT r.key_id {AGAIN}"
"""The stations emergency `e` was sent to again (AGAIN)."""


IN_FORCE = "e.valid_until > %(now)s AND e.cancelled_at IS NULL AND e.cancel_requested_at IS NULL"
"""Emergency `e` is in force at `now`: not over, not cancelled, no cancel asked."""
UNSENT = (
    "SELECT e.id, e.title, e.text, e.valid_until, s.key_id, s.commune, s.name, s.fingerprint, "
    f"s.last_contact, s.approved_at, {IN_FORCE} AS in_force, e.issued_at, e.cancelled_at, "
    "e.audio_sha256 FROM emergencies e JOIN stations s "
    f"ON {fleet.TRUSTED} AND s.approved_at > e.issued_at "
    "AND s.approved_at < LEAST(e.valid_until, e.cancelled_at, e.cancel_requested_at) "
    "WHERE (e.audience IS NULL OR jsonb_typeof(e.audience) = 'null') "
    f"AND (NOT %(in_force)s OR {IN_FORCE}) "
    "AND NOT EXISTS (SELECT 1 FROM emergency_reports r JOIN stations o ON o.key_id = r.key_id "
    f"WHERE r.emergency_id = e.id AND {fleet.SAME_LOG}) "
    f"AND s.key_id <> ALL(ARRAY({SENT_AGAIN})) AND (%(id)s::text IS NULL OR e.id = %(id)s) "
    "AND (%(key)s::text IS NULL OR s.key_id = %(key)s) ORDER BY e.issued_at"
)
"""The emergencies "to all" and the stations approved while each was in force (after it was
sent, before it ended or a cancel was asked) that it does not name (no key of their commune's;
not sent them again with --to); with `in_force`, only those in force at `now`: `office serve`
adds them when it runs with the emergency key (`extend_to_approved`); until then they get
nothing (o19web7 W4), and once it is over they never will (review20 #3)."""


@dataclass(frozen=True)
class InForce:
    """An emergency "to all" in force that a commune approved after it was sent lacks."""

    id: str
    title: str
    text: str | None
    """None for a recording."""
    valid_until: datetime
    audio_sha256: str | None = None
    """The recording's, for a recording (the file to send again)."""


def lacking(conn: psycopg.Connection, key: str, now: datetime) -> list[InForce]:
    """The emergencies station `key` lacks (UNSENT): what approving it while `office serve`
    is down leaves it without."""
    rows = conn.execute(UNSENT, {"now": now, "id": None, "key": key, "in_force": True}).fetchall()
    return [InForce(row[0], row[1], row[2], row[3], row[-1]) for row in rows]


def in_force_for(conn: psycopg.Connection, key: str, now: datetime) -> list[str]:
    """The emergencies "to all" in force, sent before station `key` was approved, that office
    serve has named it in since (`extend_to_approved`): what approve says was sent to it."""
    return [
        message_id
        for (message_id,) in conn.execute(
            "SELECT e.id FROM emergencies e JOIN emergency_reports r ON r.emergency_id = e.id "
            f"JOIN stations s ON s.key_id = r.key_id AND {fleet.TRUSTED} WHERE r.key_id = %(key)s "
            f"AND r.sent_at IS NOT NULL AND s.approved_at > e.issued_at AND {IN_FORCE} "
            "AND jsonb_typeof(e.audience) = 'null' ORDER BY e.issued_at",
            {"key": key, "now": now},
        )
    ]


def _unsent(
    conn: psycopg.Connection, message_id: str, labels: dict[str, str], now: datetime
) -> list[dict[str, Any]]:
    """The communes approved while emergency `message_id` was in force that it does not name
    (UNSENT), as status rows: listed, not left out as if it were not for them; once it is over
    or cancelled, as never sent, not forgotten (review20 #3)."""
    rows = conn.execute(
        UNSENT, {"now": now, "id": message_id, "key": None, "in_force": False}
    ).fetchall()
    return [
        {"commune": labels[key], "name": name, "fingerprint": fingerprint,
         "state": "unsent" if in_force else "never sent",
         "reason": None, "received_at": None, "on_air_at": None, "done_at": None,
         "last_contact": contact, "sent_at": None, "approved_at": approved, "aired_at": None,
         "late_s": None}
        for *_emergency, key, _commune, name, fingerprint, contact, approved, in_force, _, _, _
        in rows
    ]  # fmt: skip


SEPARATE = (
    "SELECT e.id AS emergency_id, s.key_id, s.name, s.fingerprint, s.last_contact, "
    "s.approved_at, a.id AS via, a.issued_at, a.valid_until, a.state, a.reason, a.received_at, "
    "a.on_air_at, a.done_at, a.cancelled_at "
    f"FROM emergencies e JOIN stations s ON {fleet.TRUSTED} AND s.approved_at > e.issued_at "
    "AND s.approved_at < LEAST(e.valid_until, e.cancelled_at, e.cancel_requested_at) "
    "JOIN LATERAL (SELECT again.id, again.issued_at, again.valid_until, r.state, r.reason, "
    f"r.received_at, r.on_air_at, r.done_at, again.cancelled_at {AGAIN} AND r.key_id = s.key_id "
    "ORDER BY array_position(%(furthest)s::text[], r.state) DESC NULLS LAST, again.issued_at "
    "DESC LIMIT 1) a ON true "
    "WHERE jsonb_typeof(e.audience) = 'null' "
    "AND (%(ids)s::text[] IS NULL OR e.id = ANY(%(ids)s)) "
    "AND NOT EXISTS (SELECT 1 FROM emergency_reports r JOIN stations o ON o.key_id = r.key_id "
    f"WHERE r.emergency_id = e.id AND {fleet.SAME_LOG})"
)
"""The communes approved while an emergency "to all" was in force that it does not name,
reached by a send of it again (AGAIN): UNSENT's others, each with the report of the send that
got furthest (FURTHEST), the newest of those (review21 #3: the first send, never answered,
hid a later `--again` send that aired)."""
FURTHEST = ["received", UNHEARD_ON_AIR, "on air", UNHEARD, "partial", "aired"]
"""A separate send's states, worst first: one that aired tells where the commune stands; one
that ended otherwise (failed, missed, refused) or was never answered counts below any of them."""


def separately(
    conn: psycopg.Connection, message_ids: Sequence[str]
) -> dict[str, list[dict[str, Any]]]:
    """Emergency id → its communes reached through a separate send (SEPARATE), as status rows:
    that send's state (its report, or its pushed log's), `via` its id, `sent_at` its sending,
    so the emergency "to all" counts them (o20web8 X5: after Mai sent it to Hà Châu alone, the
    original read 3/3 and forgot Hà Châu); `cut_at` when that send's own cancel cut its
    airing mid-message (w22z: it read "phát một phần", as if a fault had). One query and the
    logs' one."""
    if not message_ids:
        return {}
    rows = conn.execute(SEPARATE, {"ids": list(message_ids), "furthest": FURTHEST}).fetchall()
    logged = _logged(conn, list({(row[6], row[7], row[8]) for row in rows}))
    found: dict[str, list[dict[str, Any]]] = {}
    for (message_id, key, name, fingerprint, contact, approved, via, issued, _until, state,
         reason, received, on_air, done, cancelled) in rows:  # fmt: skip
        row = {"key_id": key, "name": name, "fingerprint": fingerprint, "state": state,
               "reason": reason, "received_at": received, "on_air_at": on_air, "done_at": done,
               "last_contact": contact, "sent_at": issued, "approved_at": approved,
               "via": via}  # fmt: skip
        log = logged.get((via, key))
        if log and said_by_log(state, log):
            row.update(log)  # its report was lost, its airing log was not
        row.pop("late_s", None)
        row["times"] = times_aired(log)
        row["aired_at"], row["late_s"] = aired_when(
            issued, row["state"], row["on_air_at"] or row["done_at"], log, issued
        )
        cut = heard_before_cancel(cancelled, row["state"], row["done_at"]) == "cut"
        row["cut_at"] = cancelled if cut else None
        found.setdefault(message_id, []).append(row)
    return found


SEND_AGAIN_MINUTES = 24 * 60
"""The longest an emergency may be valid (`send`'s rule): the command to send one again asks
for no more."""


def send_to_one(code: str, emergency: InForce, now: datetime, repo: Path | None = None) -> str:
    """The command that sends `emergency` to the commune of `code` alone, as the guide names
    it: its words, or its recording's copy in the served repository `repo` (the same file,
    so the same recording; its name when `repo` is not known here), valid as long as the
    emergency still is (review20 #8: the command's default, 30 minutes, outlived or cut it)."""
    import math
    import shlex

    left = math.ceil((emergency.valid_until - now).total_seconds() / 60)
    minutes = min(max(left, 1), SEND_AGAIN_MINUTES)
    if emergency.text:
        said = f"--text {shlex.quote(emergency.text)}"
    else:
        served = sorted(repo.glob(f"emergencies/{emergency.audio_sha256}.*")) if repo else []
        file = (
            str(served[0])
            if served
            else "{}/emergencies/{}.*".format(_("<the repository folder>"), emergency.audio_sha256)
        )
        said = f"--file {shlex.quote(file)}"
    return f"broadcaster office emergency --to {code} --valid-minutes {minutes} {said}"


HEARD = {"aired": "aired", "partial": "partly", "on air": "on air"}
"""A cancelled emergency's state at a commune → how its listeners heard it before the cancel:
whole, in part (something else cut it: a restart, the commune's own emergency, a fault), or
on air still when the office last heard; `heard_before_cancel` tells the airings the cancel
itself cut ("cut")."""


CUT_CLOCK_SLACK = timedelta(seconds=10)
"""How long before the cancel an airing may have ended and still be the one the cancel cut:
its end is the station's clock (its log, its signed report), the cancel's the office's, and a
station a few seconds behind logs the cut it made on receiving the cancel just before it was
sent ("phát một phần trước khi hủy" for a real cut). Ten seconds covers a clock NTP has not
set exactly yet; something else that cut the airing within them is too close to the cancel to
tell apart, while one a minute before is still not blamed on it (review17 #6)."""


def heard_before_cancel(
    cancelled_at: datetime | None, state: str, done_at: datetime | None
) -> str | None:
    """How the commune heard a cancelled emergency (a value of HEARD, or "cut"), or None: it
    went on air there before the cancel reached the station (a station never starts one it
    knows is cancelled). One rule for the row, the sentence under it and the cancel's answer
    (o16net N1); a cut airing is not an airing heard whole (o16web4 C10). The cancel cut only
    an airing that ended at or after it was made (still going, or no end known); one cut
    earlier was cut by something else (review17 #6: cut at 10:00, cancelled at 10:20, it read
    "bị ngắt giữa chừng khi hủy")."""
    if cancelled_at is None:
        return None
    if state == "partial" and (done_at is None or done_at >= cancelled_at - CUT_CLOCK_SLACK):
        return "cut"
    return HEARD.get(state)


FOLLOWED_PAST_END = timedelta(minutes=10)
"""How long after an emergency was cancelled or ended the office still waits for the communes
that had it on air, or about to air, to say how it ended: a station answers within seconds;
one still silent past this lost its link, and its pushed log says it later."""


def awaited(
    state: str, now: datetime, valid_until: datetime, cancelled_at: datetime | None
) -> bool:
    """Whether the office may still hear from a commune in `state` (`shown_state`'s, or
    `status`'s) about the emergency: while it is in force, any commune that has not aired,
    or not failed to; after its cancel or end, one that received it or had it on air (its
    end, or its cut, is still to come) for FOLLOWED_PAST_END. The pages that follow the
    communes follow while one is (o21web9 Y1: they stopped once none was silent, and kept
    "đang phát" and a cancelled emergency's button)."""
    ended = cancelled_at or (valid_until if valid_until <= now else None)
    if state in UNDER_WAY:
        return ended is None or now - ended < FOLLOWED_PAST_END
    return ended is None and state in ("silent", "unsent")


CUT = ("cut", "cut separately")
"""How a commune heard an airing a cancel cut mid-message: the emergency's cancel, or the
cancel of the separate send that reached it (`heard_separately`)."""


def heard_separately(cancelled_at: datetime | None, row: dict[str, Any]) -> str | None:
    """How a commune reached through a separate send (a `separately` row) heard the emergency:
    cut by that send's own cancel ("cut separately") first, whatever the emergency's own
    cancel, made later, would say of an airing already over; else `heard_before_cancel`. One
    rule for its row, the counts, the cancel's sentence and the list (review23 #1: four doors
    said three things once the emergency to all was cancelled too)."""
    if row["cut_at"]:
        return "cut separately"
    return heard_before_cancel(cancelled_at, row["state"], row["done_at"])


def shown_state(row: dict[str, Any]) -> str:
    """The commune's state as its row and the counts name it (a key of `state_names`): the
    station's, or a cancel's cut (CUT) for an airing a cancel cut."""
    return str(row["heard"]) if row["heard"] in CUT else str(row["state"])


def _logged(
    conn: psycopg.Connection, emergencies: Sequence[tuple[str, datetime, datetime]]
) -> dict[tuple[str, str], dict[str, Any]]:
    """(emergency id, station key) → the state its pushed airing log gives the emergency
    (its best airing) and how many times it went out there (`times`: cut, then aired again):
    what status says when the station's report over the broker never reached the office
    (the collector was not listening then). An airing counts for every key of the commune's
    log (o19web7 W1: re-keyed during an emergency, it aired under its new key, and the old
    key's report, its broker account revoked mid-airing, never came: "đang phát" for ever).
    Each (id, issued, valid until) is looked for
    around its validity (`logged_airing`), not in the whole log; all of them in one query."""
    if not emergencies:
        return {}
    ids, issued, until = zip(*emergencies, strict=True)
    found: dict[tuple[str, str], dict[str, Any]] = {}
    for message_id, key, airing, started, seconds, late, sink in conn.execute(
        "SELECT m.id, o.key_id, a.status, a.started_at, a.duration_s, "
        "(a.row->>'late_s')::float8, a.row->>'sink' "
        "FROM unnest(%s::text[], %s::timestamptz[], %s::timestamptz[]) "
        f"AS m(id, issued, until) JOIN airings a ON {logged_airing('m.id', 'm.issued', 'm.until')} "
        f"JOIN stations s ON s.key_id = a.station JOIN stations o ON {fleet.SAME_LOG} "
        "ORDER BY m.id, o.key_id, a.started_at",
        [list(ids), list(issued), list(until)],
    ):
        state = LOGGED_STATES.get(airing)
        if state in AIRED_STATES and not reaches_loudspeakers(sink):
            state = UNHEARD  # written into a file: no one heard it
        best = found.get((message_id, key))
        times = (best["times"] if best else 0) + (state in AIRED_STATES)
        if best:
            best["times"] = times
        if state is None or (best and BEST.index(best["state"]) >= BEST.index(state)):
            continue
        done = started + timedelta(seconds=seconds or 0)
        found[message_id, key] = {
            "state": state, "reason": _("from the airing log the station sent"),
            "received_at": started, "on_air_at": started, "done_at": done, "late_s": late,
            "times": times,
        }  # fmt: skip
    return found


def times_aired(log: dict[str, Any] | None) -> int:
    """How many times an emergency went out at a commune that aired it: its pushed log's
    count (`_logged`: cut, then aired again, 2), else once (only its report says it aired)."""
    return max(1, log["times"] if log else 1)


def aired_when(
    issued: datetime,
    state: str,
    report_on_air: datetime | None,
    log: dict[str, Any] | None,
    sent_at: datetime | None = None,
) -> tuple[datetime | None, float | None]:
    """When a commune aired the emergency and how many seconds after the office sent it:
    what Mai asks after an outage ("aired at 10:26, 8 min late"). The pushed log's airing
    first (the station's clock, and its own lateness when it recorded one against the
    sending time), else the office's receipt of the on-air report. For a commune it was sent
    to later (`sent_at`: approved while in force), from then: the station's own lateness
    counts from the sending, and the wait for the office's server is not the commune's
    (o19web7 W4)."""
    if state not in AIRED_STATES:
        return None, None
    if log is not None and log["state"] in AIRED_STATES:
        at, late = log["on_air_at"], None if sent_at else log["late_s"]
    else:
        at, late = report_on_air, None
    if at is None:
        return None, None
    since = sent_at or issued
    return at, late if late is not None else max(0.0, (at - since).total_seconds())


def silence_over(silences: Sequence[fleet.Silence], sent: datetime) -> fleet.Silence | None:
    """The commune's recorded silence it was in when the emergency was sent to it (None: it
    was in touch): what its late airing is said with (o22web10 Z1)."""
    return next((silence for silence in silences if silence[0] <= sent < silence[1]), None)


LATE_S = 60
"""An airing this many seconds after the sending is said late ("muộn 1 phút"), and with the
outage its commune was in then, if any (`aired_text`)."""
BACK_WITHIN = timedelta(minutes=2)
"""An emergency aired this soon after a silence ended aired as soon as the link came back: the
station hears it from the broker at once and its first push may take a minute."""


def clock_text(at: datetime, issued: datetime) -> str:
    """`at` as the emergency's rows say it: its hour, and its day when not the sending day."""
    local, sent_on = at.astimezone(OFFICE_ZONE), issued.astimezone(OFFICE_ZONE).date()
    return f"{local:%H:%M}" if local.date() == sent_on else f"{local:%H:%M %d/%m/%Y}"


def cut_text(row: dict[str, Any], issued: datetime) -> str:
    """A commune's airing a cancel cut (its `status` row, `cut_at` that cancel's time), as its
    row says it: when it went on air and how late, then when it was cut: never before the
    cancel, whatever the station's clock logged (o21web9 Y5: "bị ngắt giữa chừng khi hủy lúc
    08:04", the start, for a cancel at 08:05); by the cancel of its separate send, not of the
    emergency, said so (heard "cut separately"; w22z: "phát một phần", as if a fault had cut it)."""
    cancel = row["cut_at"]
    cut_at = clock_text(max(row["done_at"] or cancel, cancel), issued)
    said = (_("cut off mid-message by the cancel at {time}") if row["heard"] == "cut" else
            _("cut off mid-message when the office cancelled its separate send at {time}")
            ).format(time=cut_at)  # fmt: skip
    if row["aired_at"] is None:
        return said
    started = aired_text(_("went on air"), row["aired_at"], row["late_s"], issued, row["sent_at"],
                         row.get("cut_off"))  # fmt: skip
    return f"{started}; {said}"


def aired_text(
    label: str,
    at: datetime,
    late_s: float,
    issued: datetime,
    sent_to: datetime | None = None,
    cut_off: fleet.Silence | None = None,
) -> str:
    """When it aired (the day too when not the sending day) and how long after it was sent,
    in whole minutes: 'đã phát lúc 10:26, muộn 8 phút'; for a commune it was sent to later
    (`sent_to`: approved while in force), how long after it was sent to it, and when: the
    wait for the office's server is not the commune's lateness (o19web7 W4); for one cut off
    from the office when it was sent (`cut_off`), the outage: "ngay khi liên lạc lại (mất liên
    lạc 10:40–10:52)", not the words of a commune that sat on it (o22web10 Z1)."""
    said = _aired_text(label, at, late_s, issued, sent_to)
    if cut_off is None or late_s < LATE_S:
        return said
    outage = fleet.silence_text(cut_off, issued.astimezone(OFFICE_ZONE).date())
    if at - cut_off[1] <= BACK_WITHIN:
        return _("{state} at {time}, as soon as the link came back ({outage})").format(
            state=label, time=clock_text(at, issued), outage=outage
        )
    return f"{said} ({outage})"


def _aired_text(
    label: str, at: datetime, late_s: float, issued: datetime, sent_to: datetime | None
) -> str:
    clock, minutes = clock_text(at, issued), int(late_s // 60)
    if sent_to is not None:
        sent = f"{sent_to.astimezone(OFFICE_ZONE):%H:%M}"
        if not minutes:
            return _("{state} at {time}, within a minute of its sending to this commune at "
                     "{sent}").format(state=label, time=clock, sent=sent)  # fmt: skip
        return ngettext(
            "{state} at {time}, {n} minute after it was sent to this commune at {sent}",
            "{state} at {time}, {n} minutes after it was sent to this commune at {sent}",
            minutes,
        ).format(state=label, time=clock, n=minutes, sent=sent)
    if not minutes:
        return _("{state} at {time}, within a minute of sending").format(state=label, time=clock)
    return ngettext("{state} at {time}, {n} minute late", "{state} at {time}, {n} minutes late",
                    minutes).format(state=label, time=clock, n=minutes)  # fmt: skip


@dataclass(frozen=True)
class SentLine:
    """One emergency sent, as `office emergency list` shows it."""

    id: str
    issued_at: datetime
    text: str | None
    """None for a recording."""
    groups: tuple[str, ...] | None
    """The groups it was for; None: every station; empty: stations named one by one."""
    targets: int
    aired: int
    """How many of the targeted communes aired it, whole or in part (reported, or in their
    pushed log): what the month report counts as aired (o21web9 Y5: the list said "0/3" of
    three airings the cancel cut, the report "đã phát")."""
    cancelled_at: datetime | None = None
    """When the office took it back (None: it was not)."""
    cancelled_by: str | None = None
    latest_s: float | None = None
    """The latest commune's delay from sending to airing (seconds); None: none aired yet."""
    latest_at: datetime | None = None
    """When that commune aired it."""
    ended_at: datetime | None = None
    """When its validity ran out, once it has (None: still valid, or cancelled)."""
    not_aired: int = 0
    """Once it ended, how many targeted communes never aired it, not even in part."""
    awaited: int = 0
    """How many targeted communes the office may still hear from (`awaited`): the list
    follows them, as the emergency's own page does."""
    named: tuple[str, ...] = ()
    """Sent to stations named one by one (`groups` empty): their communes, as the pages name
    them; the list said only "1 đài chỉ định" (o17web5 D4)."""
    added: int = 0
    """For every station: how many, approved after it was sent, `office serve` added."""
    cancel_request: CancelRequest | None = None
    """A cancel asked for from the console, as its page says it (the desk adds it)."""
    unsent: int = 0
    """For every station, while in force: communes approved since that it was not sent to yet
    (UNSENT, "chưa gửi tới" in `emergency status`), counted in `targets`."""
    cut: int = 0
    """Of those that aired it, how many the cancel cut off mid-message."""
    cut_separately: int = 0
    """Of those that aired it, how many the cancel of their separate send cut off
    mid-message (`heard_separately`)."""
    partly: int = 0
    """Of those that aired it, how many aired only part of it for another reason (a
    restart, a fault)."""
    times: int = 0
    """How many times it went out at those communes, together (one cut, then aired again,
    twice): the month report's Số lượt phát; `aired` counts each commune once, as its Tin
    khẩn cấp đã phát does."""
    latest_cut_off: fleet.Silence | None = None
    """The latest commune's recorded silence when it was sent to it (o22web10 Z1)."""

    @property
    def aired_said(self) -> str:
        """'1/3 đài đã phát, chưa gửi tới 1 đài', '3/3 đài đã phát, trong đó 3 đài bị ngắt giữa
        chừng khi hủy', as the list (page and terminal) says it: it counts stations, each
        with its own loudspeakers (a commune merged from two keeps two: w28mend); a station
        approved after the sending and still waiting for it is one the emergency is for, not
        one left out of the totals (w20sync left it to `emergency status`)."""
        said = [_("{aired}/{targets} stations aired").format(aired=self.aired,
                                                             targets=self.targets)]  # fmt: skip
        parts = [clause.format(n=n) for n, clause in (
            (self.cut, ngettext("{n} station cut off mid-message by the cancel",
                                "{n} stations cut off mid-message by the cancel", self.cut)),
            (self.cut_separately, ngettext(
                "{n} station cut off mid-message when the office cancelled its separate send",
                "{n} stations cut off mid-message when the office cancelled its separate send",
                self.cut_separately)),
            (self.partly, ngettext("{n} station only in part", "{n} stations only in part",
                                   self.partly)),
        ) if n]  # fmt: skip
        if parts:  # in part is aired, as the month report counts it, and said so (Y5)
            said.append(_("of them {parts}").format(parts=", ".join(parts)))
        if self.times > self.aired:  # a commune aired it again: each counts once above
            said.append(_("{times} airings in all").format(times=self.times))
        if self.unsent:
            said.append(ngettext("not sent to {n} station yet", "not sent to {n} stations yet",
                                 self.unsent).format(n=self.unsent))  # fmt: skip
        return ", ".join(said)

    @property
    def whom(self) -> str:
        """Whom it was for, as the list (page and terminal) says it: its groups, the communes
        named, or every station approved at sending and those serve added since; whether
        serve adds them at all depends on its emergency key (review18 #3: "every approved
        station" promised it; review17b #7: written twice)."""
        if self.groups is None and self.added:
            return ngettext(
                "every station approved at sending, and {n} approved since",
                "every station approved at sending, and {n} approved since",
                self.added,
            ).format(n=self.added)
        if self.groups is None:
            return _("every station approved at sending")
        named = ngettext("{n} station named", "{n} stations named", self.targets)
        said = [group_said(g) for g in self.groups] or [commune_said(c) for c in self.named]
        return ", ".join(said) or named.format(n=self.targets)  # a group, a commune: apart (W5)

    @property
    def ended(self) -> str | None:
        """'hết hiệu lực lúc 13:17, 2 đài chưa phát': what `emergency status` says of it once
        over, so the list does not read as if it might still air (None: it may)."""
        if self.ended_at is None:
            return None
        said = _("ended at {time}").format(time=local_text(self.ended_at, OFFICE_ZONE))
        if not self.not_aired:
            return said
        return said + ", " + ngettext("not aired at {n} station", "not aired at {n} stations",
                                      self.not_aired).format(n=self.not_aired)  # fmt: skip

    @property
    def latest(self) -> str | None:
        """The latest commune's airing, as `aired_text` says it, or None."""
        if self.latest_at is None or self.latest_s is None:
            return None
        return aired_text(_("the last station aired"), self.latest_at, self.latest_s,
                          self.issued_at, cut_off=self.latest_cut_off)  # fmt: skip


def sent(conn: psycopg.Connection, limit: int, now: datetime) -> list[SentLine]:
    """The last `limit` emergencies sent, newest first: two queries whatever the limit (the
    emergencies with their reports, then their airings in the pushed logs; a third, the
    communes' names, where a line names communes; two more, the separate sends and their
    airings, where a commune approved late was sent one alone); one over at `now` (not
    cancelled) with the communes that never aired it; one "to all" in force with the communes
    approved since that it was not sent to yet (UNSENT, counted in the first query)."""
    rows = conn.execute(
        "SELECT e.id, e.issued_at, e.valid_until, e.text, e.audience, "
        "array_agg(r.key_id) FILTER (WHERE r.key_id IS NOT NULL), "
        "array_agg(r.state) FILTER (WHERE r.key_id IS NOT NULL), e.cancelled_at, "
        "e.cancelled_by, "
        "array_agg(COALESCE(r.on_air_at, r.done_at)) FILTER (WHERE r.key_id IS NOT NULL), "
        "count(*) FILTER (WHERE s.approved_at > e.issued_at), "
        "array_agg(r.sent_at) FILTER (WHERE r.key_id IS NOT NULL), "
        f"(SELECT count(*) FROM ({UNSENT}) u WHERE u.id = e.id), "
        "array_agg(r.done_at) FILTER (WHERE r.key_id IS NOT NULL), "
        f"(SELECT count(*) FROM ({SEPARATE}) x WHERE x.emergency_id = e.id) "
        "FROM (SELECT * FROM emergencies ORDER BY issued_at DESC, id DESC LIMIT %(limit)s) e "
        "LEFT JOIN emergency_reports r ON r.emergency_id = e.id "
        "LEFT JOIN stations s ON s.key_id = r.key_id "
        "GROUP BY e.id, e.issued_at, e.valid_until, e.text, e.audience, e.cancelled_at, "
        "e.cancelled_by "
        "ORDER BY e.issued_at DESC, e.id DESC",
        {
            "limit": limit,
            "now": now,
            "id": None,
            "key": None,
            "in_force": False,
            "ids": None,
            "furthest": FURTHEST,
        },
    ).fetchall()
    logged = _logged(conn, [row[:3] for row in rows])
    reached = separately(conn, [row[0] for row in rows if row[-1]])  # sent alone to some
    # the whole stations table, only when a line names communes: the list reloads every few
    # seconds while communes are silent, and most emergencies go to groups (review17b #6)
    named = any(row[4] and not row[4]["groups"] for row in rows)  # row[4]: its audience
    name = fleet.namer(conn) if named else None
    found: list[SentLine] = []
    late_to: list[tuple[int, tuple[str, datetime]]] = []
    for (
        message_id,
        issued,
        until,
        text,
        audience,
        keys,
        states,
        cancelled,
        by,
        on_air,
        added,
        sent_to,
        unsent,
        done,
        _separate,
    ) in rows:
        reports = zip(keys or [], states or [], on_air or [], sent_to or [], done or [],
                      strict=True)  # fmt: skip
        heard, awaits, times = Counter[str](), 0, 0
        lates: list[tuple[float, datetime, tuple[str, datetime] | None]] = []
        for key, state, at, sent_at, done_at in reports:
            log = logged.get((message_id, key))
            if log and said_by_log(state, log):
                state, done_at = log["state"], log["done_at"]  # its report was lost, not its log
            if state in AIRED_STATES:  # whole, cut by the cancel, or in part: one rule (Y5)
                heard[heard_before_cancel(cancelled, state, done_at) or state] += 1
                times += times_aired(log)
            awaits += awaited(state, now, until, cancelled)
            when, late = aired_when(issued, state, at, log, sent_at)
            if when is not None and late is not None:
                lates.append((late, when, (key, sent_at or issued)))
        separate = reached.get(message_id, [])  # its words sent to them alone (X5)
        for row in separate:
            if row["state"] in AIRED_STATES:  # its own cancel's cut first (status's rule)
                heard[heard_separately(cancelled, row) or row["state"]] += 1
                times += row.get("times", 1)
            awaits += awaited(row["state"], now, until, cancelled)
            if row["aired_at"] is not None and row["late_s"] is not None:
                lates.append((row["late_s"], row["aired_at"], None))
        targets = len(keys or []) + len(separate)
        aired, over = heard.total(), until <= now and not cancelled
        latest_s, latest_at, latest_to = max(lates, key=lambda late: late[:2]) if lates else (
            None, None, None)  # fmt: skip
        if latest_to and latest_s and latest_s >= LATE_S:  # late: was it cut off then? (Z1)
            late_to.append((len(found), latest_to))
        found.append(SentLine(message_id, issued, text,
                              tuple(audience["groups"]) if audience else None,
                              targets, aired, cancelled, by, latest_s, latest_at,
                              until if over else None, targets - aired if over else 0,
                              awaits, cut=heard["cut"], cut_separately=heard["cut separately"],
                              partly=heard["partial"] + heard["partly"], times=times))  # fmt: skip
        if audience is None:  # those approved since are awaited as "unsent" while in force
            waits = unsent * awaited("unsent", now, until, cancelled)
            found[-1] = replace(found[-1], added=added, unsent=unsent, awaited=awaits + waits,
                                targets=targets + unsent)  # fmt: skip
        if audience and not audience["groups"]:
            found[-1] = replace(found[-1], named=tuple(sorted(
                name(key, issued, None) for key in keys or [] if name)))  # fmt: skip
    return _with_cut_off(conn, found, late_to)


def _with_cut_off(
    conn: psycopg.Connection, found: list[SentLine], late_to: list[tuple[int, tuple[str, datetime]]]
) -> list[SentLine]:
    """The lines whose latest commune aired late (`late_to`: the line's index, that commune's
    key and when it was sent to it) with the silence it was in then (`cut_off_when_sent`)."""
    cut_off = cut_off_when_sent(conn, [send for _i, send in late_to])
    for (i, _send), silence in zip(late_to, cut_off, strict=True):
        found[i] = replace(found[i], latest_cut_off=silence)
    return found


def cut_off_when_sent(
    conn: psycopg.Connection, sends: Sequence[tuple[str, datetime]]
) -> list[fleet.Silence | None]:
    """For each (station key, when the emergency was sent to it) the silence the office
    recorded it in then (None: in touch): what a late airing is said with (o22web10 Z1). One
    query, none without `sends`: the pages ask only for the communes that aired late (the
    emergency's page reloads every few seconds, review22b #6)."""
    if not sends:
        return []
    times = [at for _key, at in sends]
    found = fleet.silences(conn, min(times), max(times) + timedelta(seconds=1),
                           sorted({key for key, _at in sends}))  # fmt: skip
    return [silence_over(found.get(key, []), at) for key, at in sends]


# ----- the stations' reports ---------------------------------------------------------------------
def record_report(
    conn: psycopg.Connection, topic: str, payload: bytes, now: datetime
) -> str | None:
    """Store one station's signed report; returns why it was not taken (a message id to
    translate), or None."""
    username = topic.removeprefix(STATUS_PREFIX)
    try:
        envelope = json.loads(payload)
        body, signature = envelope["signed"].encode(), envelope["sig"]
        report = json.loads(body)
        state, message_id = report["state"], report["message"]
        if report.get("purpose") != REPORT_PURPOSE or report.get("station") != username:
            return N_("it is not a report of this station")
        if state not in STATES or not isinstance(message_id, str) or not isinstance(signature, str):
            return N_("the report is malformed")
        reason = report.get("reason")
        reason = storable(str(reason))[:500] if reason else None  # PostgreSQL holds no NUL
        if "\x00" in message_id:
            return N_("the report is malformed")
    except (ValueError, KeyError, TypeError, AttributeError):
        return N_("the report is malformed")
    row = conn.execute("SELECT public_key FROM stations WHERE key_id = %s", [username]).fetchone()
    if row is None or not signing.verify(bytes(row[0]), body, signature):
        return N_("it is not signed by the key the station enrolled with")
    # one written where no loudspeaker is has no on-air time: it never went on air
    column = {"received": "received_at", "on air": "on_air_at", UNHEARD_ON_AIR: None}.get(
        state, "done_at"
    )
    current = conn.execute(
        "SELECT r.state, e.issued_at FROM emergency_reports r JOIN emergencies e "
        "ON e.id = r.emergency_id WHERE r.emergency_id = %s AND r.key_id = %s FOR UPDATE OF r",
        [message_id, username],
    ).fetchone()
    if current is None:  # not one of its targets: it refused a message for others
        if state == "refused" and report.get("code") == "not-for-us":
            _keep_refusal(conn, message_id, username, now)
        return None
    if state == "refused" and report.get("code") == "not-for-us":
        return None  # refused before `extend_to_approved` named it: the new copy does
    if STATES[state] <= STATES.get(current[0], 0):
        return None  # older news, or sent again
    at = _reported_at(report.get("at"), current[1], now)
    conn.execute(
        f"UPDATE emergency_reports SET state = %(state)s, reason = %(reason)s, "
        f"{f'{column} = %(at)s, ' if column else ''}reported_at = %(now)s "
        "WHERE emergency_id = %(id)s AND key_id = %(key)s",
        {"state": state, "reason": reason, "at": at, "now": now, "id": message_id,
         "key": username},
    )  # fmt: skip
    if column != "received_at":  # a report lost on the way: it was received all the same
        conn.execute(
            "UPDATE emergency_reports SET received_at = COALESCE(received_at, %s) "
            "WHERE emergency_id = %s AND key_id = %s",
            [at, message_id, username],
        )
    return None


def _keep_refusal(conn: psycopg.Connection, message_id: str, key: str, now: datetime) -> None:
    """Keep a station's refusal of an emergency it was not named in ("not-for-us"), when it
    is for "all" or for a group the station is in now: a commune approved (or put in the
    group) after it was sent does not air it, and Mai reads so on its page (o17web5: the
    report was dropped, and nothing said the commune had not aired it). One for a group it is
    not in is no news; another refusal (forged, malformed) is not "not named then", which the
    page says (review18 #5). Its reason is the page's to word: the code says it all."""
    conn.execute(
        "INSERT INTO emergency_refusals (emergency_id, key_id, at) "
        "SELECT id, %(key)s, %(now)s FROM emergencies WHERE id = %(id)s "
        "AND (audience IS NULL OR jsonb_typeof(audience) = 'null' OR audience->'groups' ?| "
        "ARRAY(SELECT name FROM station_groups WHERE key_id = %(key)s)) "
        "ON CONFLICT DO NOTHING",
        {"id": message_id, "key": key, "now": now},
    )


@dataclass(frozen=True)
class Missed:
    """An emergency still in force that a station refused as not for it (`_keep_refusal`)."""

    id: str
    issued_at: datetime
    valid_until: datetime
    title: str = ""
    text: str | None = None
    """None for a recording."""
    audio_sha256: str | None = None
    code: str = ""
    """The station's fingerprint (the command that sends it there names its first digits)."""
    command: str = ""
    """The command that sends it to the station alone (`send_to_one`; the desk writes it)."""


def missed(conn: psycopg.Connection, key: str, now: datetime) -> list[Missed]:
    """The emergencies in force (not cancelled, not over) that the station refused as sent
    before it could be named, that do not name it since (`extend_to_approved`), and that were
    not sent to it again (the same words or recording, to it): what its page tells Mai to
    send it with `--to`, so only while the office trusts the station (approved, not revoked:
    `--to` refuses the others)."""
    return [
        Missed(*row)
        for row in conn.execute(
            "SELECT e.id, e.issued_at, e.valid_until, e.title, e.text, e.audio_sha256, "
            "s.fingerprint FROM emergency_refusals f "
            "JOIN emergencies e ON e.id = f.emergency_id "
            f"JOIN stations s ON s.key_id = f.key_id AND {fleet.TRUSTED} WHERE f.key_id = %(key)s "
            "AND e.valid_until > %(now)s AND e.cancelled_at IS NULL "
            "AND e.cancel_requested_at IS NULL AND NOT EXISTS (SELECT 1 FROM emergency_reports "
            "WHERE emergency_id = e.id AND key_id = %(key)s) "
            f"AND %(key)s <> ALL({SENT_AGAIN}) ORDER BY e.issued_at",
            {"key": key, "now": now},
        ).fetchall()
    ]


def _reported_at(value: Any, sent: datetime, now: datetime) -> datetime:
    """When the station says it happened (its signed `at`): a report kept by the broker while
    `office serve` was down arrives minutes later, and its arrival is not when the commune
    aired (o14web2 C1). Never later than its arrival (a station clock ahead), nor earlier
    than the emergency was sent (a clock behind, reset before NTP: the page printed another
    day, review15 #6); `now` for a report without one, or one that cannot be read."""
    try:
        at = datetime.fromisoformat(str(value))
    except ValueError:
        return now
    return max(sent, min(at, now)) if at.tzinfo is not None else now


@dataclass(frozen=True)
class Kept:
    """A report received and not yet stored, so not yet acknowledged to the broker."""

    topic: str
    payload: bytes
    at: datetime
    mid: int
    qos: int
    connection: int


RETRY_S = 5.0
"""How often the collector tries its database again after it stopped answering."""


class ReportListener:
    """The collector's subscriber to every station's status topic (one MQTT connection,
    persistent session: reports sent while the collector was down arrive when it is back).
    A report is acknowledged to the broker only once it is stored (or refused for good): one
    that arrives while the database is not answering (PostgreSQL restarted) is kept, in order,
    and stored when it answers again; if the collector dies meanwhile, the broker still holds
    it and sends it again when the collector is back (a report stored twice changes nothing:
    `record_report` only moves a state forward)."""

    def __init__(self, dsn: str, say: Any = print) -> None:
        self.dsn, self.say = dsn, say
        self.conn: psycopg.Connection | None = psycopg.connect(timed(dsn), autocommit=True)
        client_id = f"office-collector-{socket.gethostname()}"[:64]
        credentials = broker.office_credentials(self.conn)
        from common.mqtt import Broker, make_client

        self.address = Broker.parse(credentials.url)
        self.client = make_client(client_id, credentials.username, credentials.password,
                                  self.address, persistent=True)  # fmt: skip
        self.client.manual_ack_set(True)  # acknowledged in `_store`, once stored
        self.client.on_connect = self._connected
        self.client.on_subscribe = self._subscribed
        self.client.on_disconnect = self._disconnected
        self.client.on_message = self._message
        self._lock = threading.Lock()
        self._kept: list[Kept] = []
        self._connection = 0
        """Which MQTT connection this is: a message id is acknowledged on its own only."""
        self._stopped = threading.Event()
        from broadcaster.clock import system_clock

        self.lost_at: datetime | None = system_clock()
        """Since when it has not been connected and subscribed (None: it is); the heartbeat
        records it."""
        self._retrying: threading.Thread | None = None

    def start(self) -> None:
        self.client.connect_async(self.address.host, self.address.port, keepalive=30)
        self.client.loop_start()
        self._retrying = threading.Thread(target=self._retry, name="report-retry", daemon=True)
        self._retrying.start()

    def alive(self) -> bool:
        """Its MQTT client's thread (paho's, which calls `_message`) and its retry thread
        still run: a report is taken only while both do."""
        mqtt = getattr(self.client, "_thread", None)  # loop_start's thread (paho 2)
        retrying = self._retrying  # None before `start` (review16 #5)
        return retrying is not None and retrying.is_alive() and mqtt is not None and mqtt.is_alive()

    def stop(self) -> None:
        self._stopped.set()
        self.client.disconnect()
        self.client.loop_stop()
        if self.conn:
            self.conn.close()

    def _connected(self, client: Any, _userdata: Any, flags: Any, reason: Any, _p: Any) -> None:
        with self._lock:
            self._connection += 1
            if flags.session_present:  # the broker sends every unacknowledged report again
                self._kept = [k for k in self._kept if k.connection == self._connection]
        if reason.is_failure:
            self._disconnected()
            self.say(
                _(
                    "The broker refused the collector ({reason}): the stations' reports on "
                    "emergencies are not collected; check the broker's accounts (office broker "
                    "setup)"
                ).format(reason=reason)
            )
            return
        client.subscribe(STATUS_PREFIX + "+", qos=1)

    def _subscribed(self, _client: Any, _userdata: Any, _mid: Any, codes: Any, _p: Any) -> None:
        """Reachable once the broker holds the subscription, not at the connection: only then
        does it keep the reports sent while the collector is down (w31office: a serve killed
        between the two lost them, and the pages had said it reached the broker)."""
        if not any(code.is_failure for code in codes):
            self.lost_at = None

    def _disconnected(self, *_args: Any) -> None:
        from broadcaster.clock import system_clock

        self.lost_at = self.lost_at or system_clock()

    def _message(self, _client: Any, _userdata: Any, message: Any) -> None:
        from broadcaster.clock import system_clock

        with self._lock:
            self._kept.append(Kept(message.topic, message.payload, system_clock(), message.mid,
                                   message.qos, self._connection))  # fmt: skip
            self._store()

    def _retry(self) -> None:
        while not self._stopped.wait(RETRY_S):
            with self._lock:
                if self._kept:
                    self._store()

    def _store(self) -> None:
        """Store the kept reports, oldest first; stop at the first the database cannot take
        for want of a connection (it stays kept), say once that they wait."""
        waited = self.conn is None
        stored = 0
        while self._kept:
            kept = self._kept[0]
            topic = kept.topic
            try:
                if self.conn is None:
                    self.conn = psycopg.connect(timed(self.dsn), autocommit=True)
                with self.conn.transaction():
                    refusal = record_report(self.conn, topic, kept.payload, kept.at)
                problem = _(refusal) if refusal else None
            except psycopg.OperationalError:
                if self.conn is not None:
                    self.conn.close()
                    self.conn = None
                    self.say(
                        _("The office's database is not answering: the stations' reports on "
                          "emergencies are kept and stored when it answers again")
                    )  # fmt: skip
                return
            except psycopg.Error as e:
                problem = _("the office's database failed ({detail})").format(detail=e)
            except Exception as e:  # one report that breaks the code must not stop the others
                problem = _("it could not be read ({detail})").format(detail=repr(e)[:200])
            self._kept.pop(0)
            if kept.connection == self._connection:  # else its id means nothing any more
                self.client.ack(kept.mid, kept.qos)  # the broker may forget it now
            stored += 1
            if problem:
                self.say(
                    _("A report of station {station} on an emergency was not taken: {problem}")
                    .format(station=topic.removeprefix(STATUS_PREFIX), problem=problem)
                )  # fmt: skip
        if waited and stored:
            self.say(
                _("The office's database answers again: {count} kept reports of the stations "
                  "on emergencies were stored").format(count=stored)
            )  # fmt: skip


class ReportWatch:
    """Keeps a ReportListener on the broker the office has now: `office serve` starts it even
    when `office broker setup` has not been run yet, and `setup` run later (told by NOTIFY,
    or seen within a minute) starts it, or restarts it on a broker that moved. Without it the
    reports of every emergency sent until the collector is restarted are lost, so a database
    that stops answering is connected to again, however long it takes."""

    def __init__(self, dsn: str, say: Any = print) -> None:
        self.dsn, self.say = dsn, say
        self.conn = self._listening()
        self.listener: ReportListener | None = None
        self.current: broker.BrokerSettings | None = None
        from .liveness import Loop

        self.loop = Loop()

    def _listening(self) -> psycopg.Connection:
        conn = psycopg.connect(timed(self.dsn), autocommit=True)
        conn.execute(f"LISTEN {broker.CHANGED}")
        return conn

    def start(self) -> None:
        """Listen on the broker set up already at once, then watch for a new one."""
        self._look()
        self.loop.run(self._watch, "broker-watch")

    def alive(self) -> bool:
        """It watches for a new broker, and its listener (if any) takes the reports: the
        heartbeat records when not, and the pages say it (w16d). It asks the current
        listener: one swapped out while asked was stopped on purpose (review16 #5)."""
        while True:
            listener = self.listener
            if listener is None or listener.alive():
                return self.loop.alive()
            if listener is self.listener:
                return False

    def _look(self) -> None:
        """The listener on the broker set up now; the one it replaces is no longer `listener`
        when stopped, and the new one is started before it is: the heartbeat, which asks the
        current one, would record a part stopped on purpose as stopped (review16 #5)."""
        found = broker.settings(self.conn)
        if found == self.current:
            return
        old, self.listener = self.listener, None
        if old:
            old.stop()
        if found:  # `current` once it listens: a database not answering here is tried again
            listener = ReportListener(self.dsn, self.say)
            listener.start()
            self.listener = listener
            self.say(
                _("Collecting the stations' reports on emergencies from the broker {url}")
                .format(url=found.office_url)
            )  # fmt: skip
        self.current = found

    def lost(self) -> datetime | None:
        """Since when the listener has not been connected to the broker (None: it is, or
        there is no broker)."""
        listener = self.listener  # read once: `_look` swaps it meanwhile
        return listener.lost_at if listener else None

    def _watch(self) -> None:
        while True:
            self.loop.round()
            try:
                for _note in self.conn.notifies(timeout=60, stop_after=1):
                    pass  # `office broker setup` ran (or a minute passed): look again
                self._look()
            except psycopg.Error:
                self.conn.close()
                while not self._reconnected():
                    self.loop.round()
                    threading.Event().wait(RETRY_S)  # PostgreSQL is restarting: try again

    def _reconnected(self) -> bool:
        try:
            self.conn = self._listening()
            self._look()  # a setup run while it was away sent a NOTIFY nobody heard
        except psycopg.Error:
            return False
        return True
