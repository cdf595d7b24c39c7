"""A form's one-time key: a form sent twice (a phone on poor Wi-Fi resends it, a person taps
again after a lost reply) does its work once.

A page shows each form with a key made for that form and that account (signed with the
console's secret, so nothing is written when a page is shown). The change a form asks for
and the key's row are written in one transaction (`Station.once`); the key is the row's
primary key, so of two sends at the same moment one writes and the other, which waits for
the store's write lock, finds the key used and is told what the first did and when.
"""

from __future__ import annotations

import hashlib
import hmac
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import partial
from typing import TYPE_CHECKING

from common.errors import BroadcasterError
from common.i18n import _

from .clock import utc_iso

if TYPE_CHECKING:
    from .station import Station

KEEP = timedelta(days=7)
"""How long a used key is kept, and how long a shown form may wait before it is sent: a form
left open over a long weekend still works, and a week of one commune's forms is a few hundred
small rows. A key older than this is refused rather than forgotten, so pruning it can never
let its form do its work twice."""
SKEW = timedelta(minutes=5)
"""A key made this much 'in the future' is still taken (the clock was set back a little)."""


class FormKeyRefused(BroadcasterError):
    """A key that was not made for this form and this account, or is too old."""


class AlreadyDone(Exception):
    """The form was sent before with this key: nothing was done again. Not a fault of the
    form (no BroadcasterError): it passes through the work's own refusals up to `once`."""

    def __init__(self, when: str, form: str, where: str) -> None:
        super().__init__(_("this form was already sent at {at}; it is not done again")
                         .format(at=when))  # fmt: skip
        self.form = form
        self.when = when
        """When the first send did its work: `02:29` the same day, else with its date."""
        self.where = where
        """The page the first send answered with (its result)."""


@dataclass(frozen=True)
class FormKey:
    """A checked key of one shown form: its `nonce` is what the store keeps."""

    nonce: str
    form: str
    by: str
    where: str = ""
    """The result page a repeat is sent to when the work did not name one."""


def _mac(secret: bytes, form: str, by: str, issued: int, nonce: str) -> str:
    message = f"{form}\n{by}\n{issued}\n{nonce}".encode()
    return hmac.new(secret, message, hashlib.sha256).hexdigest()[:32]


def make(station: Station, form: str, by: str) -> str:
    """A new key for `form` shown to account `by`."""
    issued = int(station.clock().timestamp())
    nonce = uuid.uuid4().hex
    return f"{issued}.{nonce}.{_mac(station.form_secret, form, by, issued, nonce)}"


def read(station: Station, token: str, form: str, by: str) -> FormKey:
    """The key sent with `form` by `by`; refused when it is missing, was made for another
    form or account, or is older than KEEP."""
    refused = FormKeyRefused(
        _(
            "this form was not shown to your account on this page, or it is too old: reload "
            "the page and send it again"
        )
    )
    issued_text, _dot, rest = token.partition(".")
    nonce, _dot, mac = rest.partition(".")
    if not (issued_text.isdigit() and nonce and mac):
        raise refused
    expected = _mac(station.form_secret, form, by, int(issued_text), nonce)
    if not hmac.compare_digest(expected, mac):
        raise refused
    age = station.clock().timestamp() - int(issued_text)
    if not -SKEW.total_seconds() <= age <= KEEP.total_seconds():
        raise refused
    return FormKey(nonce, form, by)


@contextmanager
def once(station: Station, key: FormKey | None) -> Iterator[Callable[[str], None]]:
    """The work of a form, done once per key; raises AlreadyDone when the key was used. The
    work calls the function it is given with its result page (a redirect).

    The slow part of a form (ffmpeg on an upload, fetching an office's root.json, a password
    hash) holds no lock: the key rides with the first write transaction the work opens (the
    facade's own short one, see StoreConnection.carried), checked there again under the
    write lock, so of two sends at once one writes and the other is told. A key is kept
    only when the work answers with its result page; any other answer (a refusal, a
    preview) forgets it, so the corrected form may be sent; but a refusal made because a twin
    sent at the same moment did the work meanwhile (its slot now exists) is told as a repeat,
    AlreadyDone, like any other. Without a key (the command
    line has no forms), or on a store opened for reading only (a full disk: its first write
    refuses the form as before), the work just runs."""
    if key is None or station.read_only:
        yield lambda where: None
        return
    conn = station.db.conn
    _refuse_used(station, key)  # a resend after the first answered does no slow work again
    answer: list[str] = []
    conn.carried = partial(_claim, station, key, station.clock())
    try:
        yield answer.append
    except BaseException:
        conn.carried = None  # what the work committed stays with its key, as done
        raise
    claimed = conn.carried is None
    try:
        if answer:
            with conn:  # claims the key now if the work wrote no row
                station.db.execute("UPDATE form_keys SET answer = ? WHERE nonce = ?",
                                   [answer[-1], key.nonce])  # fmt: skip
        elif claimed:
            with conn:
                station.db.execute("DELETE FROM form_keys WHERE nonce = ?", [key.nonce])
        else:  # refused having written nothing: because a twin sent at the same moment did it?
            _refuse_used(station, key)
    finally:
        conn.carried = None


def _refuse_used(station: Station, key: FormKey) -> None:
    """AlreadyDone, saying when and where the first send answered, if the key was used."""
    used = next(station.db.query("SELECT * FROM form_keys WHERE nonce = ?", [key.nonce]), None)
    if used is None:
        return
    at = datetime.fromisoformat(used["used_at"]).astimezone(station.config.zone)
    when = f"{at:%H:%M}"
    if at.date() != station.today():
        when = _("{clock} on {day}").format(clock=when, day=f"{at:%d/%m/%Y}")
    raise AlreadyDone(when, used["form"], used["answer"] or key.where)


def _claim(station: Station, key: FormKey, now: datetime) -> None:
    """In the work's write transaction: the key is checked again (another send of the same
    form may have written since) and kept; old keys are pruned."""
    station.db.execute("DELETE FROM form_keys WHERE used_at < ?", [utc_iso(now - KEEP)])
    _refuse_used(station, key)
    station.db.table("form_keys").insert(
        {
            "nonce": key.nonce,
            "form": key.form,
            "account": key.by,
            "used_at": utc_iso(now),
            "answer": "",
        }
    )
