"""Where each of the office's notices stands at a station, as the station tells its office
with every signed push: the office's month page and report then say "waiting for the commune
leader since …: call the commune" rather than a hedge (o20web8 W3).

Shared by both ends: the station builds the list (broadcaster.notice_states), the collector
checks it (office.collector) and keeps it only once the push is verified. Its bounds are the
same at both ends, and a list out of bounds loses its excess, never the log it came with
(review20 #6: a refusal list the collector did not accept stopped the station's whole log).
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

NOTICE_STATES = "notice_states"
"""In a push: the list, one entry per office notice the station holds."""

WAITING = "waiting"
"""Its current version waits for the commune leader's approval (`since`: it arrived)."""
REFUSED = "refused"
"""The commune leader declined its current version (`since`; `reason`, the leader's words)."""
STOPPED = "stopped"
"""The commune retired it (`since`)."""
WITHDRAWN = "withdrawn"
"""The station retired it as no longer in the office's campaigns (`since`)."""
ENDED = "ended"
"""Past its end date (`since`: that day)."""
STARTS = "starts"
"""Approved, its start date still to come (`since`: that day)."""
IN_NO_SLOT = "in_no_slot"
"""Approved, but no slot of the station names it: it never airs."""
NO_AUDIO = "no_audio"
"""Approved, but its recording's file is missing at the station."""
NEXT = "next"
"""Approved and planned (`at`: its next airing)."""
UNPLANNED = "unplanned"
"""Approved and in a slot, but no airing of that slot in the week ahead airs it."""
STATES = (WAITING, REFUSED, STOPPED, WITHDRAWN, ENDED, STARTS, IN_NO_SLOT, NO_AUDIO, NEXT,
          UNPLANNED)  # fmt: skip

MAX_STATES = 500
"""Entries a push carries at most (a commune holds a few dozen office notices)."""
MAX_ID = 200
MAX_REASON = 300


def entry(
    notice: str,
    version: int,
    state: str,
    since: datetime | date | None = None,
    at: datetime | None = None,
    reason: str | None = None,
) -> dict[str, Any]:
    """One notice's entry as it is sent (`reason` clipped to MAX_REASON)."""
    found: dict[str, Any] = {"id": notice, "version": version, "state": state}
    if since is not None:
        found["since"] = since.isoformat()
    if at is not None:
        found["at"] = at.isoformat()
    if reason:
        found["reason"] = reason[:MAX_REASON]
    return found


def checked(value: Any) -> list[dict[str, Any]] | None:
    """The entries of a pushed list that are well formed, the first MAX_STATES of them (None:
    the push carries no list, a station from before it said so). A bad entry is left out
    alone: the log the list came with is stored all the same."""
    if not isinstance(value, list):
        return None
    return [e for e in value if _good(e)][:MAX_STATES]


def _good(item: Any) -> bool:
    if not isinstance(item, dict) or item.get("state") not in STATES:
        return False
    notice, version = item.get("id"), item.get("version")
    if not isinstance(notice, str) or not 0 < len(notice) <= MAX_ID or type(version) is not int:
        return False
    if not isinstance(item.get("reason", ""), str) or len(item.get("reason", "")) > MAX_REASON:
        return False
    return moments(item) is not None and set(item) <= {"id", "version", "state", "since", "at",
                                                       "reason"}  # fmt: skip


def moments(item: dict[str, Any]) -> dict[str, date | datetime] | None:
    """An entry's `since` and `at` as both ends read them, the one parser the collector's check
    and the office's report share (review21 #2: a `since` the check let through crashed the
    month report): `since` a day (10 characters or fewer) or an instant, `at` an instant, an
    instant always with its offset. None: one of them is there but cannot be read so."""
    found: dict[str, date | datetime] = {}
    for key, day in (("since", True), ("at", False)):
        if item.get(key) is None:
            continue
        value = _moment(item[key], day)
        if value is None:
            return None
        found[key] = value
    return found


def _moment(text: Any, day: bool) -> date | datetime | None:
    if not isinstance(text, str) or len(text) > 40:
        return None
    try:
        if day and len(text) <= 10:
            return date.fromisoformat(text)
        instant = datetime.fromisoformat(text)
    except ValueError:
        return None
    return instant if instant.tzinfo is not None else None
