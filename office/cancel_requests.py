"""A cancel asked for from the web console, signed by `office serve`.

The console is reachable from the web, so it holds no key: the keys folder holds every
private key of the office (root, targets, snapshot, timestamp, emergency), and a process
that can read it can make every loudspeaker speak. The console only writes who asked and
when (`request`) and NOTIFYs; `office serve` (not web-facing, its service user reads the
keys) wakes on it, or looks at its start for the requests left while it was down, and signs
and publishes each with `emergency.cancel`, as `office emergency cancel` does at the terminal.
A request it cannot honour is marked with a code (`EXPIRED`, `NO_KEY`, `FAILED`) and the
detail (not the keys' path, said in its log only); the console words it (`refusal`).
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import psycopg

from broadcaster.clock import Clock, system_clock
from common.errors import BroadcasterError
from common.i18n import _, sentences
from common.library_errors import describe
from common.localtime import local_text

from . import OFFICE_ZONE, fleet
from .emergency import RETRY_S, _unknown, cancel, extend_to_approved, still_cancellable
from .listening import Listening, tell

CHANNEL = "emergency_cancel_requested"
"""NOTIFY channel: a cancel was asked for (the payload is the emergency's id)."""
EXPIRED, NO_KEY, FAILED = "expired", "no key", "failed"
"""Why a request was not honoured (kept in `emergencies.cancel_refused`)."""
SIGNING = 7_411_303
"""pg_advisory_lock key held by the `office serve` that signs the waiting requests."""
SLOW_AFTER = timedelta(minutes=1)
"""A request still unsigned after this: `office serve` is probably not running."""


@dataclass(frozen=True)
class CancelRequest:
    """A cancel asked for from the console, and how it stands."""

    at: datetime
    by: str
    said: str
    """The line the page and `office emergency status` show: waiting, or why not sent."""
    refused: bool = False
    """`office serve` could not sign it (it may be asked again)."""
    slow: bool = False
    """Still unsigned SLOW_AFTER after it was asked for."""
    down: bool = False
    """`office serve` is known down, or its signer stopped: `said` says so and what to do,
    once (o15web3 K7, w16f)."""


def request(conn: psycopg.Connection, message_id: str, by: str, now: datetime) -> None:
    """Record that `by` asks to cancel the emergency and wake `office serve`; refused as
    `cancel` refuses (unknown, already cancelled, over). Asked again while waiting: kept as
    first asked; asked again after a refusal: asked anew."""
    with conn.transaction():
        found = conn.execute(
            "SELECT valid_until, cancelled_at, cancelled_by, cancel_requested_at, "
            "cancel_refused FROM emergencies WHERE id = %s FOR UPDATE",
            [message_id],
        ).fetchone()
        if found is None:
            raise _unknown(message_id)
        until, cancelled_at, cancelled_by, asked, refused = found
        still_cancellable(message_id, until, cancelled_at, cancelled_by, now)
        if asked and not refused:
            return
        conn.execute(
            "UPDATE emergencies SET cancel_requested_at = %s, cancel_requested_by = %s, "
            "cancel_refused = NULL, cancel_refused_why = NULL WHERE id = %s",
            [now, by, message_id],
        )
        conn.execute("SELECT pg_notify(%s, %s)", [CHANNEL, message_id])  # sent at commit


def requests(
    conn: psycopg.Connection,
    message_ids: Sequence[str],
    now: datetime,
    down: datetime | None = None,
    signer_stopped: datetime | None = None,
    airing: Collection[str] | None = None,
    tell: str | None = None,
) -> dict[str, CancelRequest]:
    """The console's request to cancel each of the emergencies that has one, as the pages say
    it, in one query: the list of emergencies says each too (o18web6 C3: only the emergency's
    own page said one waits, so the list read as if nobody had asked). `down`: since when
    `office serve` is known not to run, `signer_stopped`: since when only its part that signs
    cancels has stopped (heartbeat.CANCELS, the banner's row): nobody signs them meanwhile.
    `airing`: the emergencies a commune may still air (None: any may); `tell`: for a reader
    who runs no command (a viewer), whom to tell instead of the command (o21web9 Y6)."""
    found = conn.execute(
        "SELECT id, cancel_requested_at, cancel_requested_by, cancel_refused, "
        "cancel_refused_why, cancelled_at, valid_until FROM emergencies "
        "WHERE id = ANY(%s) AND cancel_requested_at IS NOT NULL",
        [list(message_ids)],
    ).fetchall()
    stalled = _unsigned(down, signer_stopped, now)
    return {
        row[0]: _standing(row, now, stalled, airing is None or row[0] in airing, tell)
        for row in found
    }


def _standing(
    row: tuple[Any, ...], now: datetime, stalled: str | None, airs: bool, tell: str | None
) -> CancelRequest:
    """How one request stands (`requests`' row), `stalled`: why nobody signs it now, `airs`:
    a commune may still air it; what to do, for one who runs commands, or whom to `tell`."""
    message_id, at, by, refused, why, cancelled_at, until = row
    when = local_text(at, OFFICE_ZONE, now.astimezone(OFFICE_ZONE).date(), mid=True)
    if not refused and not cancelled_at and until <= now:
        refused = EXPIRED  # over while `office serve` was not running: it will mark it so
    if refused:
        said = _("The cancel asked for at {time} by {by} was not sent: {why}").format(
            time=when, by=by, why=refusal(refused, why, message_id, until, tell)
        )
        return CancelRequest(at, by, sentences(said), refused=True)
    if stalled is not None and not cancelled_at:  # not "waiting", nor a minute later "probably"
        said = (_("Cancel asked for at {time} by {by}, but {why}, so nobody signs and sends it "
                  "yet: the communes may still air it.") if airs else
                _("Cancel asked for at {time} by {by}, but {why}, so nobody signs and sends it "
                  "yet; no commune is still to air it: each has aired it or answered that it "
                  "will not.")).format(time=when, by=by, why=stalled)  # fmt: skip
        todo = (
            _("Cancel it now at the terminal with 'broadcaster office emergency cancel {id}' "
              "and call the technician to start the office server again; if it starts first, "
              "it signs and sends the cancel.").format(id=message_id)
            if tell is None else
            _("Tell {whom} at once: an admin can cancel it at the office's machine, and the "
              "technician start the office server again; if it starts first, it signs and "
              "sends the cancel.").format(whom=tell)
        )  # fmt: skip
        return CancelRequest(at, by, f"{said} {todo}", down=True)
    said = _("Cancel asked for at {time} by {by}; waiting for the office server to sign and "
             "send it.").format(time=when, by=by)  # fmt: skip
    slow = not cancelled_at and now - at > SLOW_AFTER
    if slow and tell is None:  # said here, not by the page alone: the terminal says it too (W6)
        said += " " + _(
            "The office server has not signed it a minute later: it is probably not running "
            "(broadcaster office serve). Cancel it at the terminal with 'broadcaster office "
            "emergency cancel {id}', and call the technician."
        ).format(id=message_id)
    elif slow:
        said += " " + _(
            "The office server has not signed it a minute later: it is probably not running. "
            "Tell {whom} at once: an admin can cancel it at the office's machine."
        ).format(whom=tell)
    return CancelRequest(at, by, said, slow=slow)


def _unsigned(down: datetime | None, signer_stopped: datetime | None, now: datetime) -> str | None:
    """Why nobody signs a cancel now (None: `office serve` and its signer run): the server
    is silent, or only its signer stopped (w16d's note: the line said "waiting" under the
    banner saying the signer stopped)."""
    if down is not None:
        why, since = _("the office server has not been heard from since {since}"), down
    elif signer_stopped is not None:
        why = _("the office server's part that signs and sends cancels has stopped since {since}")
        since = signer_stopped
    else:
        return None
    today = now.astimezone(OFFICE_ZONE).date()
    return why.format(since=local_text(since, OFFICE_ZONE, today, mid=True))


def refusal(
    code: str, why: str | None, message_id: str, until: datetime, tell: str | None = None
) -> str:
    """Why `office serve` did not sign the cancel, and what Mai can do instead (a viewer:
    whom to `tell`)."""
    if code == EXPIRED:
        return _("the emergency ended at {time}, before the office server could sign the "
                 "cancel: no station airs it any more").format(
            time=local_text(until, OFFICE_ZONE))  # fmt: skip
    if tell is not None:
        said = (
            _(
                "the office server could not sign the cancel, because it cannot read the "
                "office's emergency key"
            )
            if code == NO_KEY
            else _("the office server could not cancel it ({why})").format(why=why or "-")
        )
        return said + "; " + _("tell {whom}: an admin can cancel it at the office's "
                               "machine").format(whom=tell)  # fmt: skip
    if code == NO_KEY:
        said = _(
            "the office server (office serve) could not sign the cancel, because it "
            "cannot read the office's emergency key (its log says why); cancel it at the "
            "terminal with 'broadcaster office emergency cancel {id}' and call the technician"
        )
    else:
        said = _("the office server (office serve) could not cancel it ({why}); cancel it at "
                 "the terminal with 'broadcaster office emergency cancel {id}'")  # fmt: skip
    return said.format(why=why or "-", id=message_id)


def _key_problem(keys: Path | None, repo: Path | None) -> str | None:
    """Why this process cannot sign with the emergency key (None: it can)."""
    from .desk import Office
    from .settings import FILE_NAME, OfficeSettings

    try:
        Office.emergency_publisher(OfficeSettings(Path(FILE_NAME), keys=keys, repo=repo))
    except BroadcasterError as e:
        return str(e)
    return None


def honour(
    conn: psycopg.Connection,
    keys: Path | None,
    repo: Path | None,
    clock: Clock = system_clock,
    say: Callable[[str], object] = print,
) -> int | None:
    """Sign and publish every cancel asked for and not yet done, oldest first (`cancel`'s
    checks, `by` the person who asked); mark those that cannot be. Returns how many were
    signed; None when another `office serve` holds the lock (one started by hand beside the
    service, or one just killed whose connection PostgreSQL has not closed yet): it has the
    same requests, and this one looks no further rather than log them as refused. Then the
    emergencies in force are sent to the stations approved since (`_extend`)."""
    [(mine,)] = conn.execute("SELECT pg_try_advisory_lock(%s)", [SIGNING]).fetchall()
    if not mine:
        return None
    try:
        signed = _honour(conn, keys, repo, clock, say)
        _extend(conn, keys, repo, clock, say)
        return signed
    finally:
        conn.execute("SELECT pg_advisory_unlock(%s)", [SIGNING])


def _extend(
    conn: psycopg.Connection,
    keys: Path | None,
    repo: Path | None,
    clock: Clock,
    say: Callable[[str], object],
) -> None:
    """The emergencies "to all" in force, signed again for the stations approved since they
    were sent (`emergency.extend_to_approved`), each said in the log; nothing without the
    emergency key (the send's sentence and the station's page say to send it with --to)."""
    if keys is None or repo is None or _key_problem(keys, repo):
        return
    try:
        extended = extend_to_approved(conn, keys, repo, clock())
    except psycopg.Error:
        raise  # PostgreSQL restarting: the listener connects again, quietly
    except Exception as e:  # its own line, not the cancels' (review18 #6)
        say(_("The office server could not send the emergencies in force to the stations "
              "approved since: {error}").format(error=describe(e)))  # fmt: skip
        return
    labels = fleet.commune_labels(conn)
    for message_id, added in extended:
        communes = ", ".join(labels.get(key, key) for key in added)
        say(_("Emergency {id}, still in force, is now also for {communes}, approved after it "
              "was sent").format(id=message_id, communes=communes))  # fmt: skip


def _honour(
    conn: psycopg.Connection,
    keys: Path | None,
    repo: Path | None,
    clock: Clock,
    say: Callable[[str], object],
) -> int:
    waiting = conn.execute(
        "SELECT id, cancel_requested_by, valid_until FROM emergencies "
        "WHERE cancel_requested_at IS NOT NULL AND cancelled_at IS NULL "
        "AND cancel_refused IS NULL ORDER BY cancel_requested_at"
    ).fetchall()
    if not waiting:
        return 0
    problem = _key_problem(keys, repo)
    signed = 0
    for message_id, by, until in waiting:
        code, why, done = None, problem, None
        if until <= clock():
            code = EXPIRED
        elif problem or keys is None or repo is None:
            code = NO_KEY
        else:
            try:
                done = cancel(conn, keys, repo, clock(), message_id, by)
            except (BroadcasterError, OSError) as e:  # OSError: the repository unwritable
                code, why = FAILED, describe(e) if isinstance(e, OSError) else str(e)
        if code or done is None:
            _refuse(conn, message_id, code or FAILED, None if code == NO_KEY else why)
            if code != EXPIRED:  # the keys' path (NO_KEY) is said here, never on the page
                say(_("The cancel of emergency {id} asked for from the console was not "
                      "signed: {problem}").format(id=message_id, problem=why))  # fmt: skip
            continue
        signed += 1
        say(_("Emergency {id} cancelled, as {by} asked from the console").format(
            id=message_id, by=by))  # fmt: skip
        if warning := done.broker_warning():
            say(warning)
    return signed


def _refuse(conn: psycopg.Connection, message_id: str, code: str, why: str | None) -> None:
    """Mark the request as not honoured (unless cancelled meanwhile, at the terminal)."""
    conn.execute(
        "UPDATE emergencies SET cancel_refused = %s, cancel_refused_why = %s "
        "WHERE id = %s AND cancelled_at IS NULL",
        [code, why, message_id],
    )


class CancelSigner(Listening):
    """`office serve`'s thread that signs the console's cancels (office/listening.py), and
    the emergencies "to all" in force again for the stations approved since (`_extend`: an
    approval NOTIFYs its channel too)."""

    channel, name = CHANNEL, "cancel-signer"

    def __init__(
        self, dsn: str, keys: Path | None, repo: Path | None, say: Callable[[str], object] = tell
    ) -> None:
        super().__init__(dsn, say)
        self.keys, self.repo = keys, repo
        self.signs = keys is not None and repo is not None and _key_problem(keys, repo) is None
        """Whether it holds the emergency key (heartbeat.SIGNS), as this serve started."""

    def look(self, conn: psycopg.Connection, first: bool) -> float | None:
        if honour(conn, self.keys, self.repo, say=self.say) is None:
            return RETRY_S  # another `office serve` holds the lock: look again soon
        return None

    def failed(self, error: Exception) -> str:
        return _(
            "The office server could not sign the cancels asked for from the "
            "console ({error}); it tries again in a minute"
        ).format(error=error)
