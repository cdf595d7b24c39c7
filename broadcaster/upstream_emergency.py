"""Emergencies from the upstream office, as the station takes them (over MQTT, or polled from
the repository when the broker cannot be reached): checked, filed, and handed to the existing
emergency path, which airs them at once (pre-empting, even in quiet hours) or logs them
`missed` once their validity is over.

Checks, in order: the signature by the emergency key the trusted root names (forged and
tampered messages stop here), the message's fields, that it is for this station (its key id
among the targets), that its id was never taken before (a replay; the first copy by the other
route, MQTT or polling, is a duplicate, filed quietly), and freshness: a message
past its `valid_until` (by the station's clock) is never fetched nor aired, only logged
`missed` under its title, so the office's silence about it is explained in the log. A
recording is fetched from the station's upstream source and must have the signed length and
sha256. Every message received is in `upstream_messages`: taken, or refused with the reason.
One the station could not check or air yet keeps its envelope there and is checked again in
full, each round of the poll and after each sync (`check_again`), until it can: no root
trusted yet (until `trust`), a key the station does not know yet (until a sync that started
after it came: a key the office rotated in is known then, else it was forged), a recording
that could not be fetched (a network blip, the office's server restarting: until the
message's validity ends, then refused with that reason).

A cancel from the office passes the same checks (signature, audience, replay, freshness) and is
filed as a taken row with code 'cancel' and, as its reason, the id of the emergency it takes
back: the emergency, arrived before or after it, is then logged `missed` ("cancelled by the
office") instead of airing (broadcaster/airing.py), unless it has aired already.
"""

from __future__ import annotations

import hashlib
import json
import tempfile
import threading
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from announcements.limits import technicians
from common.i18n import _
from common.mqtt import REPORT_PURPOSE
from upstream.emergency_message import (
    Cancel,
    Emergency,
    MessageRefused,
    _peek_id,
    claims_cancel,
    known_keys,
    open_envelope,
    trusted_root,
)

from .clock import utc_iso
from .identity import identity
from .records import UpstreamRequest
from .station import Station, StationError

CHUNK = 64 * 1024
UNCHECKED = frozenset({"no-key", "no-root"})
"""Waits before the signature was checked: anyone who can publish on the broker (or put
copies on the polled list) can make such a copy, so they are bounded (MAX_UNCHECKED)."""
UNVERIFIED = UNCHECKED | {"forged", "too-many"}
"""Refusals made before the signature was checked: the id in their row is only a claim."""
MAX_UNCHECKED = 100
"""At most this many copies wait unchecked (`UNCHECKED`); one more is refused for good, not
kept. Without a bound junk on the broker sits in the store until the next sync or `trust`
(a commune PC's small disk, a backup that grows with it). The office sends a few
emergencies a day and a copy the same as one kept is not kept again (the broker's and the
list's copies are alike), so 100 holds days of them waiting for a key rotated in, while
the store holds at most 100 × MAX_PAYLOAD (a real one is a few kB)."""
WAITS = UNCHECKED | {"fetch"}
"""Refusals for want of what the station will have (a root: `trust`; the key: a sync after
the office's rotation; the recording: the office's server answering again): the envelope is
kept in its row and checked again (`check_again`), and the office is not told "refused", a
state it never moves on from, until the wait is over."""


@dataclass(frozen=True)
class Waiting:
    """A kept copy checked again: its row, when it came, and what it waited for."""

    row: int
    received_at: datetime
    code: str
    reason: str | None


@dataclass(frozen=True)
class Outcome:
    message_id: str | None
    taken: bool
    code: str
    """taken | expired (taken, to be logged missed) | cancel (taken) | forged | replay |
    duplicate (the other route's copy of a taken message) | not-for-us | malformed | audio |
    no-key | no-root | fetch (the three wait: `waits`) | too-many (one more unchecked copy
    than MAX_UNCHECKED)"""
    reason: str | None = None
    emergency_id: int | None = None

    @property
    def waits(self) -> bool:
        """Kept to be checked again: nothing is final yet."""
        return self.code in WAITS

    @property
    def report(self) -> tuple[str, str | None, str | None] | None:
        """(state, reason, the refusal's code) for the office; None when there is nothing new
        to tell it."""
        if self.message_id is None or self.code in ("replay", "duplicate", "cancel", *WAITS):
            return None  # a cancel's outcome is the emergency's, reported when it ends
        return ("received", None, None) if self.taken else ("refused", self.reason, self.code)


def take(
    station: Station, payload: bytes, via: str, cancelled: threading.Event | None = None,
    waiting: Waiting | None = None,
) -> Outcome:  # fmt: skip
    """Check one message (or a kept copy, `waiting`, again in full) and file it for airing;
    every outcome is logged in the store."""
    if via == "poll" and waiting is None:
        claimed, stations = _claims(payload)
        if _already_known(station, claimed, stations):
            return Outcome(claimed, False, "replay")
    try:
        metadata = station.trusted_root.parent
        message = open_envelope(payload, trusted_root(metadata), known_keys(metadata))
        if not message.audience.reaches(identity(station.root).key_id, {}):
            raise MessageRefused("not-for-us", _("the message is for other stations"), message.id)
        _not_taken(station, message.id, via)
        expired = station.clock() > message.valid_until
        if isinstance(message, Cancel):
            return _file_cancel(station, message, via, expired)
        if waiting is None and fetch_waits(station, message.id):
            raise MessageRefused(
                "duplicate",
                _("a copy of emergency {id}, which waits for its recording").format(id=message.id),
                message.id,
            )
        if _taken_back_waiting(station, message, waiting):
            return _file(station, message, via, None, expired)
        if expired and waiting is not None and waiting.code == "fetch":
            raise _fetched_too_late(message, waiting.reason)  # it came in time, its sound not
        if expired or message.audio is None:
            return _file(station, message, via, None, expired)
        with tempfile.TemporaryDirectory(dir=station.root) as folder:
            try:
                audio = _fetch_audio(station, message, Path(folder), cancelled)
            except MessageRefused as e:
                if e.code == "fetch" and station.clock() > message.valid_until:
                    raise _fetched_too_late(message, e.reason) from None
                raise
            return _file(station, message, via, audio, False)
    except MessageRefused as refused:
        with station.db.conn:  # the bound's count and the copy kept: one at a time
            refusal = _bounded(station, _settled(station, refused, waiting), payload, waiting)
            if via == "poll" and waiting is None and _refused_before(station, refusal):
                return Outcome(refusal.message_id, False, "replay")  # said once, not each minute
            if waiting is not None and refusal.code in WAITS:  # still waiting: nothing new
                _keep_waiting(station, waiting.row, payload, refusal)
            else:
                kept = payload if refusal.code in WAITS and not _kept(station, payload) else None
                _log(station, refusal.message_id, via, "refused", refusal.code, refusal.reason,
                     kept=kept)  # fmt: skip
        return Outcome(refusal.message_id, False, refusal.code, refusal.reason)


def _kept(station: Station, payload: bytes) -> bool:
    """Whether the same copy waits already (the broker's and the list's copies of one
    message are alike): it is checked once, and counts once."""
    return bool(
        station.db.execute(
            "SELECT 1 FROM upstream_messages WHERE payload = ?", [payload]
        ).fetchone()
    )


def _bounded(
    station: Station, refusal: MessageRefused, payload: bytes, waiting: Waiting | None
) -> MessageRefused:
    """A new copy that would wait unchecked, refused for good when MAX_UNCHECKED wait."""
    if waiting is not None or refusal.code not in UNCHECKED or _kept(station, payload):
        return refusal
    marks = ", ".join("?" * len(UNCHECKED))
    (count,) = station.db.execute(
        f"SELECT COUNT(*) FROM upstream_messages WHERE payload IS NOT NULL AND code IN ({marks})",
        sorted(UNCHECKED),
    ).fetchone()
    if count < MAX_UNCHECKED:
        return refusal
    return MessageRefused(
        "too-many",
        _("too many messages the station cannot check yet are waiting (it keeps {most}): "
          "this one was not kept").format(most=MAX_UNCHECKED),
        refusal.message_id,
    )  # fmt: skip


def _settled(station: Station, refusal: MessageRefused, waiting: Waiting | None) -> MessageRefused:
    """A kept copy's wait for a key ends with a sync that worked and started after the copy
    came: a key the office rotated in before sending it is known then, so one still unknown
    was never the office's (forged, refused for good)."""
    if refusal.code != "no-key" or waiting is None:
        return refusal
    row = station.db.execute(
        "SELECT value FROM meta WHERE key = 'upstream_last_sync_started'"
    ).fetchone()
    if row is None or datetime.fromisoformat(row[0]) <= waiting.received_at:
        return refusal
    return MessageRefused(
        "forged",
        _("signed by a key the office's root does not name, even after a sync since the "
          "message came: forged"),
        refusal.message_id,
    )  # fmt: skip


def _taken_back_waiting(station: Station, message: Emergency, waiting: Waiting | None) -> bool:
    """An emergency that waited for its recording, cancelled by the office meanwhile: filed
    without it (it never airs), so it ends withdrawn as any cancelled one, not refused."""
    return waiting is not None and cancelled_by_office(station, message.id)


def _fetched_too_late(message: Emergency, problem: str | None) -> MessageRefused:
    """The refusal of an emergency whose recording could not be fetched while it was valid."""
    return MessageRefused(
        "audio",
        _("its recording could not be fetched before its validity ended at {until} (last "
          "try: {problem})").format(until=message.valid_until, problem=problem),
        message.id,
    )  # fmt: skip


def fetch_waits(station: Station, message_id: str | None = None) -> bool:
    """Whether a copy (of `message_id`, or of any message) waits for its recording
    (`check_again` fetches it)."""
    return bool(
        station.db.execute(
            "SELECT 1 FROM upstream_messages WHERE code = 'fetch' AND payload IS NOT NULL "
            "AND (? IS NULL OR message_id = ?)",
            [message_id, message_id],
        ).fetchone()
    )


def _keep_waiting(station: Station, row: int, payload: bytes, refusal: MessageRefused) -> None:
    """Put a copy checked again back in its row, with what it waits for now."""
    with station.db.conn:
        station.db.execute(
            "UPDATE upstream_messages SET payload = ?, code = ?, reason = ? WHERE id = ?",
            [payload, refusal.code, refusal.reason, row],
        )


def check_again(
    station: Station, cancelled: threading.Event | None = None
) -> list[tuple[Outcome, str]]:
    """Each kept copy (`WAITS`) checked again in full, and what became of those whose wait is
    over, with their routes: MQTT delivers a message once and the polled list is read again
    only when it changes, so such a copy was lost for good (ci32: a cancel and its emergency
    refused during the first sync, never aired nor logged; f33emerg: a recording the office's
    server did not give at that moment). Cancels first, as from a backlog; each row is taken
    back by one caller only, and put back if its check fails half-way."""
    rows = station.db.execute(
        "SELECT id, payload, via, received_at, code, reason FROM upstream_messages "
        "WHERE payload IS NOT NULL ORDER BY id"
    ).fetchall()
    outcomes = []
    for row, payload, via, received, code, reason in sorted(
        rows, key=lambda row: not claims_cancel(row[1])
    ):
        with station.db.conn:
            mine = station.db.execute(
                "UPDATE upstream_messages SET payload = NULL WHERE id = ? AND payload IS NOT NULL",
                [row],
            ).rowcount
        if not mine:
            continue
        waiting = Waiting(row, datetime.fromisoformat(received), code, reason)
        try:
            outcome = take(station, bytes(payload), via, cancelled, waiting)
        except BaseException:  # a full disk, the daemon stopping: the copy still waits
            with station.db.conn:
                station.db.execute(
                    "UPDATE upstream_messages SET payload = ? WHERE id = ?", [payload, row]
                )
            raise
        if not outcome.waits:
            outcomes.append((outcome, via))
    return outcomes


def _already_known(station: Station, claimed: str | None, stations: list[str]) -> bool:
    """A polled message seen before (taken, or refused for good): the list is read every
    minute, and its old messages are not news. Only a copy that passed the signature counts:
    a forged copy, or one the trusted root cannot check yet (no-key, no-root: a root not
    synced since a key rotation), says nothing of the id it claims, so each such copy is
    checked again and never shadows the genuine one (review18 #1). A recording refused is
    tried again (one still being fetched waits in its row: `check_again` tries it), and so is
    one refused as not for this station that now claims to name it: the office signs an
    emergency "to all" again for a station approved while it is in force
    (office/emergency.extend_to_approved). The claim is only a filter: `take` checks it."""
    rows = station.db.execute("SELECT code FROM upstream_messages WHERE message_id = ?", [claimed])
    codes = {code for (code,) in rows} - UNVERIFIED - {"audio"}
    if codes == {"not-for-us"}:
        return identity(station.root).key_id not in stations
    return bool(claimed and codes)


def _refused_before(station: Station, refusal: MessageRefused) -> bool:
    """Whether a polled copy checked again (`_already_known` remembers no unverified copy)
    was refused so before: the list is read every minute, and a forged copy on it is said
    once, as a verified one is."""
    return refusal.code in UNVERIFIED and bool(
        station.db.execute(
            "SELECT 1 FROM upstream_messages WHERE message_id IS ? AND code = ? AND via = 'poll'",
            [refusal.message_id, refusal.code],
        ).fetchone()
    )


def _claims(payload: bytes) -> tuple[str | None, list[str]]:
    """The id a message claims and the stations it says it is for, before it is checked."""
    try:
        signed = json.loads(payload)["signed"]
        to = json.loads(signed).get("to")
    except (ValueError, KeyError, TypeError, AttributeError, RecursionError):
        return None, []
    stations = to.get("stations") if isinstance(to, dict) else None
    return _peek_id(signed), list(stations) if isinstance(stations, list) else []


def _taken(station: Station, message_id: str) -> bool:
    return bool(
        station.db.execute(
            "SELECT 1 FROM upstream_messages WHERE message_id = ? AND outcome = 'taken'",
            [message_id],
        ).fetchone()
    )


def _not_taken(station: Station, message_id: str, via: str) -> None:
    """Refuse a message whose id was taken before. The office sends each message by both
    routes (MQTT and the polled list), so the first copy by the other route is a duplicate,
    filed quietly: nothing is wrong (o14web2 K3). Another copy by a route that already
    brought it is a replay, refused and said (only the office can publish, so it is news)."""
    if not _taken(station, message_id):
        return
    routes = {
        row[0]
        for row in station.db.execute(
            "SELECT via FROM upstream_messages WHERE message_id = ?", [message_id]
        )
    }
    if via not in routes:
        raise MessageRefused(
            "duplicate",
            _("a copy of emergency {id}, already received by {via}").format(
                id=message_id, via="/".join(sorted(routes))
            ),
            message_id,
        )
    raise MessageRefused(
        "replay", _("emergency {id} was already received").format(id=message_id), message_id
    )


def _log(
    station: Station, message_id: str | None, via: str, outcome: str, code: str,
    reason: str | None, emergency_id: int | None = None, kept: bytes | None = None,
) -> None:  # fmt: skip
    with station.db.conn:
        station.db.table("upstream_messages").insert(
            {"message_id": message_id, "received_at": utc_iso(station.clock()), "via": via,
             "outcome": outcome, "code": code, "reason": reason, "emergency_id": emergency_id,
             "payload": kept},
        )  # fmt: skip


def _file(
    station: Station, message: Emergency, via: str, audio: Path | None, expired: bool
) -> Outcome:
    """The emergency request and the message's log line, in one transaction (the id is taken
    once even if two copies arrive at the same moment, by MQTT and by polling)."""
    request = UpstreamRequest(message.id, message.title, message.issued_at, message.valid_until)
    text = message.text if message.text or audio else message.title  # never aired: expired,
    # or cancelled while its recording waited
    code = "expired" if expired else "taken"
    reason = (
        _("arrived after its validity ended at {until}").format(until=message.valid_until)
        if expired
        else None
    )
    with station.db.conn:
        _not_taken(station, message.id, via)
        try:
            number, _id = station.create_emergency(
                "cấp trên (khẩn cấp có chữ ký)", None if audio else text, audio, request
            )
        except StationError as e:
            raise MessageRefused("malformed", str(e), message.id) from None
        _log(station, message.id, via, "taken", code, reason, number)
    return Outcome(message.id, True, code, reason, number)


def cancelled_by_office(station: Station, message_id: str) -> bool:
    """Whether the office took back its emergency `message_id` (its cancel was taken)."""
    return bool(
        station.db.execute(
            "SELECT 1 FROM upstream_messages WHERE code = 'cancel' AND outcome = 'taken' "
            "AND reason = ?",
            [message_id],
        ).fetchone()
    )


def arrived(station: Station, message_id: str | None) -> bool:
    """Whether the office's emergency `message_id` is filed here (a cancel may come first)."""
    return bool(
        station.db.execute(
            "SELECT 1 FROM emergencies WHERE upstream_message = ?", [message_id]
        ).fetchone()
    )


def withdrawn(station: Station, seqs: Iterable[int]) -> set[int]:
    """Which of the airings `seqs` are an emergency logged missed because the office
    cancelled it, or the commune stopped its own before it aired: withdrawn, not missed
    (nothing to worry about nor to air again). Still one 'missed' row each in the chain and
    at the office: the cancel or the stop on record tells them apart."""
    wanted = list(seqs)
    if not wanted:
        return set()
    marks = ", ".join("?" * len(wanted))
    return {
        seq
        for (seq,) in station.db.execute(
            "SELECT e.airing_seq FROM emergencies e JOIN airings a ON a.seq = e.airing_seq "
            "WHERE a.status = 'missed' AND (e.stopped_at IS NOT NULL OR e.upstream_message IN "
            "(SELECT reason FROM upstream_messages WHERE code = 'cancel' AND outcome = 'taken')) "
            f"AND e.airing_seq IN ({marks})",
            wanted,
        )
    }


def taken_back(station: Station, seqs: Iterable[int]) -> set[int]:
    """Which of the airings `seqs` are of an emergency taken back: the commune stopped it, or
    it ended `withdrawn`. Its earlier rows (cut by a newer emergency, or by a crash) need
    nothing either: it never airs again (v27stop: one stopped while the daemon lay killed
    read "the station airs this emergency again by itself" in Cần chú ý)."""
    wanted = list(seqs)
    if not wanted:
        return set()
    marks = ", ".join("?" * len(wanted))
    rows = station.db.execute(
        "SELECT DISTINCT s.airing_seq, e.stopped_at IS NOT NULL, e.airing_seq FROM airing_items s "
        "JOIN emergencies e ON e.announcement_id = s.announcement_id "
        f"WHERE s.airing_seq IN ({marks})",
        wanted,
    ).fetchall()
    ended = withdrawn(station, [end for _, _, end in rows if end is not None])
    return {seq for seq, stopped, end in rows if stopped or end in ended} | withdrawn(
        station, wanted
    )


def _file_cancel(station: Station, cancel: Cancel, via: str, expired: bool) -> Outcome:
    """File a cancel: from now on its emergency, here already or still to come, never airs.
    One past its validity comes too late to matter (the emergency expired with it)."""
    if expired:
        raise MessageRefused(
            "expired",
            _("arrived after its validity ended at {until}").format(until=cancel.valid_until),
            cancel.id,
        )
    with station.db.conn:
        _not_taken(station, cancel.id, via)
        _log(station, cancel.id, via, "taken", "cancel", cancel.cancels)
    return Outcome(cancel.id, True, "cancel", cancel.cancels)


def _fetch_audio(
    station: Station, message: Emergency, folder: Path, cancelled: threading.Event | None
) -> Path:
    """The message's recording from the upstream source, with its signed length and hash.
    `requests` is imported here, where a recording is fetched: `status` and `log list` name
    this module (`withdrawn`) and do without its ~0.1 s."""
    import requests

    assert message.audio
    reference = message.audio
    limits = station.config.limits
    if reference.length > limits.max_audio_bytes:
        raise MessageRefused(
            "audio",
            _("the recording is larger than the station takes ({setting})").format(
                setting=technicians("[limits] max_audio_mb")
            ),
            message.id,
        )
    source = station.config.upstream.source
    target = folder / Path(reference.path).name
    digest = hashlib.sha256()
    size = 0
    try:
        with target.open("wb") as out:
            for chunk in _chunks(source, reference.path, station.config.upstream.file_timeout_s):
                size += len(chunk)
                if cancelled and cancelled.is_set():  # the daemon stops: the next one fetches it
                    raise MessageRefused("fetch", _("the station stopped"), message.id)
                if size > reference.length:
                    raise MessageRefused(
                        "audio", _("the recording is not the one the message signed"), message.id
                    )
                digest.update(chunk)
                out.write(chunk)
    except (OSError, requests.RequestException) as e:  # tried again while the message is valid
        raise MessageRefused(
            "fetch",
            _("cannot fetch the recording {path}: {error}").format(
                path=reference.path, error=type(e).__name__
            ),
            message.id,
        ) from None
    if size != reference.length or digest.hexdigest() != reference.sha256:
        raise MessageRefused(
            "audio", _("the recording is not the one the message signed"), message.id
        )
    return target


def _chunks(source: str, path: str, timeout_s: float) -> Iterator[bytes]:
    if not source:
        raise MessageRefused("audio", _("the station has no upstream source to fetch from"))
    if source.startswith(("http://", "https://")):
        import requests

        with requests.get(
            f"{source.rstrip('/')}/{path}", timeout=(5, min(timeout_s, 30)), stream=True
        ) as response:
            response.raise_for_status()
            yield from response.iter_content(CHUNK)
        return
    with (Path(source) / path).open("rb") as f:
        while chunk := f.read(CHUNK):
            yield chunk


def report(
    station: Station, message_id: str, state: str, reason: str | None, code: str | None = None
) -> bytes:
    """A report for the office, signed with the station's key (office/emergency.py); a
    refusal's `code` tells the office one refused as not for this station ("not-for-us")
    from one the station could not air: the office may have named it since."""
    me = identity(station.root)
    body = json.dumps(
        {"purpose": REPORT_PURPOSE, "station": me.key_id, "message": message_id, "state": state,
         "reason": reason, "at": utc_iso(station.clock()),
         **({"code": code} if code else {})},
        ensure_ascii=False, separators=(",", ":"),
    )  # fmt: skip
    return json.dumps({"signed": body, "sig": me.sign(body.encode())}).encode()
