"""What every view reaches for: the station (opened once per request, so each request has its
own store connection and threads never share one), and errors shaped for a form."""

from __future__ import annotations

from typing import Any

from flask import current_app, g

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


def form_errors(error: BroadcasterError) -> dict[str, str]:
    """The library's sentences, each next to the field it names (or atop the form): every
    fault found at once is shown at once."""
    errors: dict[str, str] = {}
    for fault in error.faults:
        field: Any = getattr(fault, "field", None)
        key = field or FORM
        errors[key] = f"{errors[key]}; {fault}" if key in errors else str(fault)
    return errors
