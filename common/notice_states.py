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
    for key in ("since", "at"):
        moment = item.get(key)
        if moment is None:
            continue
        try:
            if not isinstance(moment, str) or len(moment) > 40:
                return False
            parsed = datetime.fromisoformat(moment)
        except ValueError:
            return False
        if len(moment) > 10 and parsed.tzinfo is None:  # an instant has its offset; a day none
            return False
    return set(item) <= {"id", "version", "state", "since", "at", "reason"}
