"""Where each of the office's notices stands here, for the office (common/notice_states.py):
sent with every push, so the office can tell "call the commune leader" from "not due yet"."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from common import notice_states as said
from common.localtime import instant
from schedules.rundown import plan_airings
from schedules.silence import in_no_slot

from .clock import utc_iso
from .schedule import LOOKAHEAD, candidates, pending_priority, slots

if TYPE_CHECKING:
    from .station import Station

RETIRED_TOLD = timedelta(days=62)
"""A notice retired longer ago than this is no longer told: the office's month is over."""


def notice_states(station: Station) -> list[dict[str, Any]]:
    """One entry per office notice the station holds (retired lately too), the newest
    first, at most MAX_STATES."""
    now = station.clock()
    today = station.today()
    rows = station.db.execute(
        "SELECT a.id, a.version, a.approved_version, a.refused_version, a.refused_at, "
        "a.refused_reason, a.retired_at, a.retired_by, v.created_at FROM announcements a "
        "LEFT JOIN announcement_versions v ON v.announcement_id = a.id AND v.version = a.version "
        "WHERE a.origin = 'upstream' AND (a.retired_at IS NULL OR a.retired_at >= ?) "
        "ORDER BY a.updated_at DESC, a.id LIMIT ?",
        [utc_iso(now - RETIRED_TOLD), said.MAX_STATES],
    ).fetchall()
    if not rows:
        return []
    known = {c.id: c for c in candidates(station)}
    active = slots(station)
    planned: dict[str, datetime] = {}
    for airing in plan_airings(active, list(known.values()), now, now + LOOKAHEAD,
                               station.config.zone, pending_priority(station)):  # fmt: skip
        for notice in airing.announcement_ids:
            planned.setdefault(notice, airing.at)
    unslotted = {c.id for c in in_no_slot(active, list(known.values()), today)}
    found = []
    for notice, version, approved, refused, refused_at, reason, retired, by, made in rows:
        candidate = known.get(notice)
        if retired:
            state = said.WITHDRAWN if (by or "").startswith("upstream:") else said.STOPPED
            found.append(said.entry(notice, version, state, instant(retired)))
        elif refused == version:
            declined = instant(refused_at) if refused_at else None
            found.append(said.entry(notice, version, said.REFUSED, declined, reason=reason))
        elif approved != version:
            found.append(said.entry(notice, version, said.WAITING, instant(made) if made else None))
        elif notice in planned:
            found.append(said.entry(notice, version, said.NEXT, at=planned[notice]))
        elif candidate and candidate.valid_until and candidate.valid_until < today:
            found.append(said.entry(notice, version, said.ENDED, candidate.valid_until))
        elif candidate and candidate.valid_from and candidate.valid_from > today:
            found.append(said.entry(notice, version, said.STARTS, candidate.valid_from))
        elif candidate and not candidate.playable:
            found.append(said.entry(notice, version, said.NO_AUDIO))
        elif notice in unslotted:
            found.append(said.entry(notice, version, said.IN_NO_SLOT))
        else:
            found.append(said.entry(notice, version, said.UNPLANNED))
    return found
