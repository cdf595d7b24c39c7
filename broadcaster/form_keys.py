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


class AlreadyDone(BroadcasterError):
    """The form was sent before with this key: nothing was done again."""

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
    """One transaction for the work inside and the key's row; raises AlreadyDone (before the
    work) when the key was used. The work calls the function it is given with its result
    page. Without a key (the command line has no forms) the work just runs, and on a store
    opened for reading only (a full disk) too: its first write refuses it as before."""
    if key is None or station.read_only:
        yield lambda where: None
        return
    answer = [key.where]
    now = station.clock()
    with station.db.conn:
        station.db.execute("DELETE FROM form_keys WHERE used_at < ?", [utc_iso(now - KEEP)])
        used = next(station.db.query("SELECT * FROM form_keys WHERE nonce = ?", [key.nonce]), None)
        if used is not None:
            at = datetime.fromisoformat(used["used_at"]).astimezone(station.config.zone)
            when = f"{at:%H:%M}"
            if at.date() != station.today():
                when = _("{clock} on {day}").format(clock=when, day=f"{at:%d/%m/%Y}")
            raise AlreadyDone(when, used["form"], used["answer"])
        yield answer.append
        station.db.table("form_keys").insert(
            {
                "nonce": key.nonce,
                "form": key.form,
                "account": key.by,
                "used_at": utc_iso(now),
                "answer": answer[-1],
            }
        )
