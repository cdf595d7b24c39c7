"""What every view reaches for: the station (opened once per request, so each request has its
own store connection and threads never share one), and errors shaped for a form."""

from __future__ import annotations

from typing import Any

from flask import current_app, g, request

from broadcaster.station import Accounts, Station
from common.errors import BroadcasterError

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


def built_on() -> str | None:
    """The stamp a posted edit form is checked against (None: a form without one, not
    checked). A refused form keeps the stamp it was refused against and carries the newer one
    in `over`: only her ticked choice builds on that, so one more tap on the same button is
    refused again rather than silently undoing the other change (o15lan2 N1)."""
    if request.form.get(KEEP_MINE) and request.form.get("over"):
        return request.form["over"]
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
