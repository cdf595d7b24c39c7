"""What every view reaches for: the station (opened once per request, so each request has its
own store connection and threads never share one), and errors shaped for a form."""

from __future__ import annotations

import hashlib
from typing import Any

from flask import current_app, g, request

from broadcaster.station import Accounts, Station
from common.errors import BroadcasterError


class Gone(Exception):
    """What a form or a link is for is no longer there (a slot removed in another tab, an
    account removed by another admin, an address typed wrong): `said` says so, on `page` (an
    endpoint), the list it was on."""

    def __init__(self, said: str, page: str) -> None:
        super().__init__(said)
        self.said, self.page = said, page


FORM = "_form"
"""The key of an error that belongs to the whole form rather than one field."""


def accounts() -> Accounts:
    """The accounts of the console's station or office (each app says which: console_app)."""
    found: Accounts = current_app.extensions["accounts"]()
    return found


def station() -> Station:
    if "station" not in g:
        g.station = Station.open(current_app.config["STATION_ROOT"], current_app.config["CLOCK"])
    opened: Station = g.station
    return opened


def close_station(_error: BaseException | None = None) -> None:
    opened = g.pop("station", None)
    if opened is not None:
        opened.close()


KEEP_MINE = "keep_mine"
"""The box she ticks to save her copy over a change made since her page was opened."""

REFUSED = "refused"
"""What a refused form carries of the values it was refused with (a digest)."""

_NOT_TYPED = frozenset({"csrf_token", "once", "action", "built_on", "over", KEEP_MINE, REFUSED})


def typed_digest() -> str:
    """The values she typed in the posted form (not its stamps, key or button), blanks and
    spacing aside: the same digest means she changed nothing since the refusal."""
    form = request.form
    typed = sorted(
        (name, words)
        for name in form
        if name not in _NOT_TYPED
        for value in form.getlist(name)
        if (words := " ".join(value.split()))
    )
    return hashlib.sha256(repr(typed).encode()).hexdigest()[:16]


def refused_digest(over: str) -> str:
    """The digest a refusal page carries: of the values just refused, unless the page is
    shown again against the same newer copy (a preview, another fault), which keeps the one
    it was refused with."""
    if request.form.get("over") == over and request.form.get(REFUSED):
        return request.form[REFUSED]
    return typed_digest()


def built_on() -> str | None:
    """The stamp a posted edit form is checked against (None: a form without one, not
    checked). A refused form keeps the stamp it was refused against and carries the newer one
    in `over`. Her text changed since the refusal (she merged, as told) builds on `over`, and
    so does her ticked choice; the same values sent again are refused again, since saving
    them would silently undo the other change (o15lan2 N1, o16lan3 F3)."""
    over, refused = request.form.get("over"), request.form.get(REFUSED)
    if over and (request.form.get(KEEP_MINE) or (refused and typed_digest() != refused)):
        return over
    return request.form.get("built_on")


def form_errors(error: BroadcasterError) -> dict[str, str]:
    """The library's sentences, each next to the field it names (or atop the form): every
    fault found at once is shown at once."""
    errors: dict[str, str] = {}
    for fault in error.faults:
        field: Any = getattr(fault, "field", None)
        key = field or FORM
        errors[key] = f"{errors[key]}; {fault}" if key in errors else str(fault)
    return errors
