"""The station's link to its office's collector: enrolment, and pushing the sealed airing log.

The office's acknowledgement is the only truth about what it holds: every answer says how far
it has the log (`stored_through`), and the next batch starts right after that. A push cut off
at any moment (network, power, kill -9 on either side) is simply sent again; the office keeps
one row per (station, seq). Offline, the backlog waits in the store; nothing is dropped.
See office/collector.py for the signing scheme.
"""

from __future__ import annotations

import base64
import json
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from common import signing
from common.i18n import _, ngettext
from common.library_errors import describe
from common.localtime import duration_text, local_text
from common.notice_states import NOTICE_STATES
from upstream.manifest import MAX_REFUSED, Refused

from .clock import Clock, utc_iso
from .identity import Identity, identity, replaced
from .log_chain import LATER
from .mqtt_link import keep_account, wants_account
from .station import Station, StationError

if TYPE_CHECKING:
    import requests

REFUSED = "upstream_refused"
"""meta: the office's campaigns the last sync that worked did not take, as JSON (upstream
Refused.to_json); sent with every push for the commune's page at the office (broadcaster.sync
writes it; not imported here: the pusher's thread stays light)."""

CONNECT_TIMEOUT_S = 5.0
CHALLENGE_MARGIN_S = 30.0
"""A challenge is used only while it has this long left to live."""
STALE = ("stale", "challenge", "replay")
UNAVAILABLE = "unavailable"
"""The collector's code while its database does not answer (HTTP 503): nothing was stored."""
RESENDS = 3
"""Times a push follows the office's 'send from #N' before giving up until the next round."""
META_KEYS = (
    "office_url",
    "office_enrolment",
    "office_acked_seq",
    "office_last_attempt",
    "office_last_ok",
    "office_last_error",
    "office_last_unreachable",
    "office_cut_off_since",
)


class OfficeLinkError(StationError):
    """The office could not be reached, or refused what the station sent."""


class OfficeUnreachable(OfficeLinkError):
    """No answer from the collector (the network, or the collector down behind its proxy):
    nothing for the operator to do, the log waits and goes by itself."""


@dataclass(frozen=True)
class Answer:
    status: int
    body: dict[str, Any]

    @property
    def reason(self) -> str:
        return str(self.body.get("reason") or _("HTTP status {status}").format(status=self.status))


def _session() -> requests.Session:
    """A session of `requests`, imported here: a daemon starts its push worker whether or not
    the station has an office, and `requests` cost it ~0.1 s at start. An enrolled station's
    daemon imports it as it starts the worker, not on the worker's thread: imported there,
    the first push came a moment after what the other threads did at start (a revoke was
    heard from the push before the broker refused the station, a refused account replaced
    before it was said), an order the office's tests and the operator's log rely on."""
    import requests

    return requests.Session()


@dataclass
class OfficeClient:
    """The wire protocol: signed JSON requests to the collector, every wait bounded."""

    url: str
    identity: Identity
    timeout_s: float = 20.0
    clock: Clock | None = None
    session: requests.Session = field(default_factory=_session)
    _next: tuple[str, float] | None = None
    """The challenge the office handed out with its last answer, and until when (monotonic)."""

    def _call(self, method: str, path: str, body: bytes | None = None) -> Answer:
        import requests

        headers = {"Content-Type": "application/json"}
        if body is not None:
            headers[signing.SIGNATURE_HEADER] = self.identity.sign(body)
        try:
            response = self.session.request(
                method,
                self.url.rstrip("/") + path,
                data=body,
                headers=headers,
                timeout=(CONNECT_TIMEOUT_S, self.timeout_s),
            )
        except requests.RequestException as e:
            raise OfficeUnreachable(
                _("cannot reach the office at {url}: {error}").format(
                    url=self.url, error=describe(e)
                )
            ) from None
        try:
            answer = response.json()
            if not isinstance(answer, dict):
                raise ValueError
        except ValueError:
            raise OfficeUnreachable(
                _("the office at {url} answered HTTP {status}, not the collector's answer").format(
                    url=self.url, status=response.status_code
                )
            ) from None
        reply = Answer(response.status_code, answer)
        self._keep_challenge(reply)
        return reply

    def challenge(self) -> str:
        """A one-time challenge: the one the office handed out with its last answer while it
        is still fresh (one request per push), else a new one."""
        if self._next is None or time.monotonic() >= self._next[1]:
            answer = self._call("GET", "/v1/challenge")
            if answer.status != 200 or self._next is None:
                raise OfficeLinkError(
                    _("the office gave no challenge: {reason}").format(reason=answer.reason)
                )
        token, self._next = self._next[0], None
        return token

    def _keep_challenge(self, answer: Answer) -> None:
        token, life = answer.body.get("challenge"), answer.body.get("expires_in_s")
        if isinstance(token, str) and isinstance(life, int | float):
            self._next = (token, time.monotonic() + life - CHALLENGE_MARGIN_S)

    def _signed(self, path: str, purpose: str, fields: dict[str, Any]) -> Answer:
        for attempt in range(2):
            reused = self._next is not None
            message = {"purpose": purpose, "station": self.identity.key_id,
                       "challenge": self.challenge(), **fields}  # fmt: skip
            if self.clock:
                message["station_time"] = utc_iso(self.clock())
            body = json.dumps(message, ensure_ascii=False, separators=(",", ":")).encode()
            answer = self._call("POST", path, body)
            if not (reused and attempt == 0 and answer.body.get("code") in STALE):
                return answer
            self._next = None  # the office no longer takes it (restarted, new secret): ask anew
        return answer

    def enrol(
        self,
        station_id: str,
        name: str,
        commune: str,
        mqtt: bool = False,
        previous: Identity | None = None,
    ) -> Answer:
        """`previous`: the key this one replaced, which signs that this key continues its log
        (signing.CONTINUES)."""
        public = base64.b64encode(self.identity.public).decode()
        body = {
            "public_key": public,
            "station_id": station_id,
            "name": name,
            "commune": commune,
            "mqtt": mqtt,
        }
        if previous is not None and previous.key_id != self.identity.key_id:
            body["continues"] = {
                "key": previous.key_id,
                "signature": previous.sign(signing.CONTINUES + self.identity.key_id.encode()),
            }
        return self._signed("/v1/enrol", "enrol", body)  # fmt: skip

    def push(
        self,
        from_seq: int,
        rows: Sequence[dict[str, Any]],
        mqtt: bool = False,
        refused: Sequence[dict[str, str | None]] = (),
        states: Sequence[dict[str, Any]] = (),
        every_minutes: float | None = None,
    ) -> Answer:
        """`mqtt`: ask for the station's broker account in the answer (office/broker.py);
        `refused`: the campaigns the last sync did not take, for the commune's page;
        `states`: where each office notice stands here (common/notice_states.py);
        `every_minutes`: how often it pushes, so the office marks it quiet past that."""
        fields = {"from_seq": from_seq, "rows": list(rows), "mqtt": mqtt,
                  "refused_campaigns": list(refused), NOTICE_STATES: list(states)}  # fmt: skip
        if every_minutes is not None:
            fields["push_minutes"] = every_minutes
        return self._signed("/v1/push", "push", fields)


def kept_refusals(kept: str | None) -> list[dict[str, Any]]:
    """The refusals the last sync kept, as many as the office takes (MAX_REFUSED; the
    station's own pages say them all)."""
    return list(json.loads(kept))[:MAX_REFUSED] if kept else []


def _meta(station: Station) -> dict[str, str]:
    marks = ",".join("?" * len(META_KEYS))
    return dict(
        station.db.execute(f"SELECT key, value FROM meta WHERE key IN ({marks})", META_KEYS)
    )


def _remember(station: Station, **values: str | int) -> None:
    with station.db.conn:
        station.db.table("meta").insert_all(
            [{"key": f"office_{k}", "value": str(v)} for k, v in values.items()],
            pk="key",
            replace=True,
        )


def client(station: Station, url: str | None = None) -> OfficeClient:
    url = url or _meta(station).get("office_url")
    if not url:
        raise StationError(_("this station is not enrolled with an office yet"))
    return OfficeClient(url, identity(station.root), station.config.office.timeout_s, station.clock)


@dataclass(frozen=True)
class Enrolment:
    url: str
    status: str
    """pending (the office has yet to approve) | approved"""
    fingerprint: str


def enrol(station: Station, url: str, commune: str | None = None) -> Enrolment:
    """Ask the office at `url` to register this station; it stays pending until the office
    approves the fingerprint read to it over the phone."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise StationError(_("'{url}' is not a web address (http:// or https://)").format(url=url))
    commune = (commune or station.config.name).strip()
    answer = client(station, url).enrol(
        station.station_id, station.config.name, commune, wants_account(station),
        replaced(station.root),
    )  # fmt: skip
    if answer.body.get("code") == UNAVAILABLE:  # only she enrols: she asks again
        raise OfficeLinkError(
            _("{problem}: the station is not enrolled yet; run this again in a few minutes (it "
              "is not retried by itself)").format(problem=unavailable_sentence()))  # fmt: skip
    if answer.status != 200:
        raise OfficeLinkError(
            _("the office refused the enrolment: {reason}").format(reason=answer.reason)
        )
    keep_account(station, answer.body.get("mqtt"))
    # a new enrolment starts over: the last one's refusals (a revoked key) are not this one's
    _remember(station, url=url, enrolment=answer.body["status"], last_error="")
    return Enrolment(url, answer.body["status"], answer.body["fingerprint"])


@dataclass(frozen=True)
class PushResult:
    sent: int
    """Rows the office stored in this push."""
    acked_seq: int
    backlog: int


def _sealed_after(station: Station, seq: int, limit: int) -> list[dict[str, Any]]:
    """Closed, sealed rows after `seq`, as hashed (the local row id is not sent, nor a LATER
    column without a value: an office that predates it would hash it)."""
    rows = station.db.execute(
        "SELECT * FROM airings WHERE seq > ? AND row_hash IS NOT NULL ORDER BY seq LIMIT ?",
        [seq, limit],
    )
    names = [d[0] for d in rows.description]
    return [{k: v for k, v in zip(names, row, strict=True)
             if k != "id" and not (v is None and k in LATER)} for row in rows]  # fmt: skip


def push(
    station: Station, stop: threading.Event | None = None, link: OfficeClient | None = None
) -> PushResult:
    """Send the backlog now, batch after batch, from what the office last acknowledged; the
    outcome (or the reason it failed) is remembered for `status`. A `link` kept between
    pushes reuses the challenge the office handed out last time."""
    link = link or client(station)
    acked = int(_meta(station).get("office_acked_seq") or 0)
    found = station.db.execute("SELECT value FROM meta WHERE key = ?", [REFUSED]).fetchone()
    refused = [  # as the last sync kept them, said as the office takes them
        Refused.from_kept(r).to_json() for r in kept_refusals(found[0] if found else None)
    ]
    from .notice_states import notice_states

    states = notice_states(station)  # as of this push, for the office's month page
    sent = resends = 0
    _remember(station, last_attempt=utc_iso(station.clock()))
    try:
        while True:
            rows = _sealed_after(station, acked, station.config.office.batch_rows)
            answer = link.push(acked + 1, rows, wants_account(station), refused, states,
                               station.config.office.push_minutes)  # fmt: skip
            keep_account(station, answer.body.get("mqtt"))
            if "stored_through" in answer.body:  # also on a refusal: rows before a break stay
                acked = int(answer.body["stored_through"])
                _remember(station, acked_seq=acked, enrolment="approved")
            sent += int(answer.body.get("accepted", 0))
            code = answer.body.get("code")
            if answer.status == 200:
                if len(rows) < station.config.office.batch_rows or (stop and stop.is_set()):
                    break
            elif code == "resend" and resends < RESENDS:
                resends += 1
            elif code == "revoked":
                _remember(station, enrolment="revoked")
                raise OfficeLinkError(revoked_sentence())
            elif code == UNAVAILABLE:  # nothing stored, nothing wrong here: it goes again
                raise OfficeUnreachable(unavailable_sentence())
            elif code == "pending":  # not a refusal: the call she waits for (o17web5 D7)
                _remember(station, enrolment="pending")
                raise OfficeLinkError(waiting_sentence())
            else:
                raise OfficeLinkError(refusal(answer, rows))
    except OfficeLinkError as e:
        unreachable = int(isinstance(e, OfficeUnreachable))
        _remember(station, acked_seq=acked, last_error=str(e), last_unreachable=unreachable)
        raise
    _remember(station, last_ok=utc_iso(station.clock()), last_error="", last_unreachable=0)
    return PushResult(sent, acked, backlog(station, acked))


def refusal(answer: Answer, rows: list[dict[str, Any]]) -> str:
    """What she is told of the office's refusal of the log: its reason, or, when it refused
    a batch holding a status it does not take (an office older than this station: a row
    `voided` is from w28void on), that the log waits here until the office upgrades, which
    the office's guide says is done before the stations'."""
    taken = answer.body.get("outcomes")
    new = [
        row["seq"]
        for row in rows
        if row["status"] not in (taken if isinstance(taken, list) else OLDER_OUTCOMES)
    ]
    if answer.body.get("code") == "malformed" and new:
        return _(
            "the office's software is older than this station's: it does not take "
            "airing #{seq}, which says that a slot logged as not aired while the clock "
            "ran ahead no longer counts; the log waits here from #{seq} on until the "
            "office upgrades its software: call the office"
        ).format(seq=new[0])
    return _("the office refused the airing log: {reason}").format(reason=answer.reason)


OLDER_OUTCOMES = ("aired", "partial", "failed", "preempted", "interrupted", "missed")
"""The statuses an office from before w28void takes (it does not say which: its refusal of
a batch as malformed carries no `outcomes`)."""


def waiting_sentence() -> str:
    """A station not approved yet, in its own words: its log waits here; "the office refused
    the airing log" read as a refusal to a commune still waiting for the office's call."""
    return _(
        "the office has not approved this station yet: the airing log waits here and is sent "
        "once the office approves it"
    )


def unavailable_sentence() -> str:
    """The office's database not answering, in the station's words: the collector's own
    reason ("send again later") is for the program, which does so by itself (o16net N4)."""
    return _("the office cannot store anything right now (its database is not answering)")


def revoked_sentence() -> str:
    """The office's refusal of a revoked station, in the station's language (the collector's
    own reason is in the office's): it cannot change by trying again."""
    return _("the office has revoked this station: it no longer takes its log or sends it "
             "emergencies; contact the office")  # fmt: skip


def revoked(station: Station) -> bool:
    """The office said it revoked this station: nothing is sent to it until it enrols again."""
    return _meta(station).get("office_enrolment") == "revoked"


def backlog(station: Station, acked: int | None = None) -> int:
    """Airings the office has not acknowledged yet (including any still on air)."""
    if acked is None:
        acked = int(_meta(station).get("office_acked_seq") or 0)
    return int(
        station.db.execute("SELECT COUNT(*) FROM airings WHERE seq > ?", [acked]).fetchone()[0]
    )


def waiting_text(waiting: int, every_minutes: float) -> str:
    """While the office does not answer or store: nothing to do, what goes on, what waits,
    and when the station tries again (after each airing, and every `push_minutes`), as the
    offline voice's warning says "Không cần làm gì: …"."""
    return ngettext(
        "Nothing to do: the station keeps airing its schedule, and sends its log by itself "
        "once the office answers; it tries again after each airing and every {every} ({n} "
        "airing waits)",
        "Nothing to do: the station keeps airing its schedule, and sends its log by itself "
        "once the office answers; it tries again after each airing and every {every} ({n} "
        "airings wait)",
        waiting,
    ).format(n=waiting, every=duration_text(every_minutes * 60))


def cut_off(station: Station, since: datetime | None) -> None:
    """Record that the office's emergencies cannot reach the station (neither its broker
    nor its list of emergencies answers), since the last moment one did; or clear it (None).
    The first `since` stays while the outage lasts (a daemon restarted meanwhile too)."""
    with station.db.conn:
        if since is None:
            station.db.execute("DELETE FROM meta WHERE key = 'office_cut_off_since'")
        else:
            station.db.execute(
                "INSERT OR IGNORE INTO meta (key, value) VALUES ('office_cut_off_since', ?)",
                [utc_iso(since)],
            )


def cut_off_text(station: Station, since: str) -> str:
    """The outage said for sure, with what to do: Cần chú ý holds tasks (the guide, §3, §10),
    and an emergency that cannot arrive asks her to check the commune's network (o22lan11 N2:
    it said "nothing to do" there, and the guide said to check the network)."""
    return _(
        "since {when}, the office's emergencies cannot reach the station (it has lost its "
        "link with the office): check the commune's Internet connection; if it lasts more "
        "than a day, call the office"
    ).format(when=local_text(since, station.config.zone, station.today(), mid=True))


def status(station: Station) -> dict[str, Any]:
    """The office link for `status`: enrolment, what the office holds, the backlog, warnings."""
    meta = _meta(station)
    acked = int(meta.get("office_acked_seq") or 0)
    warnings, to_know = [], []
    if meta.get("office_enrolment") == "revoked":
        warnings.append(revoked_sentence())
    elif meta.get("office_url") and meta.get("office_last_error"):
        failed = _("the last push to the office failed: {error}").format(
            error=meta["office_last_error"]
        )
        if meta.get("office_last_unreachable") == "1":  # asks nothing of her: Để biết
            every = station.config.office.push_minutes
            to_know.append(failed + ". " + waiting_text(backlog(station, acked), every))
        else:
            warnings.append(failed)
    elif meta.get("office_enrolment") == "pending":
        warnings.append(_("the office has not approved this station yet"))
    if meta.get("office_cut_off_since"):  # the daemon knows: the push says nothing of it
        warnings.append(cut_off_text(station, meta["office_cut_off_since"]))
    return {
        "fingerprint": identity(station.root).fingerprint,
        "office_url": meta.get("office_url"),
        "office_enrolment": meta.get("office_enrolment"),
        "office_acked_seq": acked,
        "office_backlog": backlog(station, acked),
        "office_last_push": meta.get("office_last_ok") or None,
        "office_last_attempt": meta.get("office_last_attempt") or None,
        "office_warnings": warnings,
        "office_to_know": to_know,
    }


class PushWorker:
    """The daemon's pusher: after each airing (`poke`) and every `push_minutes`, in a thread
    of its own that the daemon never waits for: stopping the station is never held up by a
    slow network (a push cut off is sent again next time)."""

    def __init__(
        self,
        root: Path,
        clock: Clock,
        say: Callable[[str], None],
        on_back: Callable[[], None] = lambda: None,
    ) -> None:
        self.root, self.clock, self.say, self.on_back = root, clock, say, on_back
        self._wake, self._stop = threading.Event(), threading.Event()
        self._failing: str | None = None
        self._thread = threading.Thread(target=self._loop, name="office-push", daemon=True)

    @classmethod
    def start(
        cls, station: Station, say: Callable[[str], None], on_back: Callable[[], None]
    ) -> PushWorker:
        """A running worker; it pushes once the station is enrolled (even if that happens
        while the daemon runs). `on_back` is called when a push works after failing."""
        worker = cls(station.root, station.clock, say, on_back)
        if _meta(station).get("office_url"):
            _session()  # requests imported before the threads run (see _session)
        worker._thread.start()
        return worker

    def poke(self) -> None:
        self._wake.set()

    def stop(self) -> None:
        self._stop.set()
        self._wake.set()

    def _loop(self) -> None:
        station = Station.open(self.root, self.clock)
        every = station.config.office.push_minutes * 60
        link: OfficeClient | None = None
        while not self._stop.is_set():
            url = _meta(station).get("office_url")
            if url and not revoked(station):  # said once; enrolling again starts over
                key = identity(station.root).key_id
                if not (link and link.url == url and link.identity.key_id == key):
                    link = client(station)  # a new key: a new enrolment
                self._push(station, link)
            self._wake.wait(every)
            self._wake.clear()

    def _push(self, station: Station, link: OfficeClient) -> None:
        """One push; says what happened when something was sent or the state changed."""
        try:
            result = push(station, self._stop, link)
            if result.sent or self._failing:
                self.say(
                    _("Office: {sent} airing(s) sent, it holds the log up to #{seq}").format(
                        sent=result.sent, seq=result.acked_seq
                    )
                )
            self._failing = None
        except StationError as e:
            if str(e) != self._failing:
                self.say(_("Office: {error}").format(error=e))
            self._failing = str(e)
        except Exception as e:  # never let the pusher die silently; the daemon goes on
            self.say(_("Office: push failed: {error}").format(error=describe(e)))
