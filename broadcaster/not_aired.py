"""The notices a period's slots named that never aired in it, each with why: what the month
report owes besides the airings (an approved notice that expired before it was ever on air, a
draft nobody approved, one whose every airing was missed).

Slots are read as they were (removed ones too, each over its own lifetime); the reasons come
from the log first (missed, failed, played only into a file), then from the notice as it is
now (a draft, an expiry…).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date, datetime

from audio_out.sinks import ONLY_TO_A_FILE, reaches_loudspeakers
from common.i18n import _, ngettext
from common.localtime import date_text
from schedules.rundown import Candidate
from schedules.silence import EXPIRED_NEWS, Silence, is_news, named, silence, unexpected

from .airing_log import PLAYED, UNHEARD
from .clock import day_end, day_start
from .clock_check import log_time
from .schedule import candidates, left_out_why, slots
from .station import Station
from .store import STANDS

LOST = ("failed", "interrupted", "missed", "preempted")
"""Outcomes of an airing that held a notice and did not air it."""


@dataclass(frozen=True)
class NotAired:
    """A notice the schedule named in a period that no airing of the period aired."""

    announcement_id: str
    title: str
    slots: tuple[str, ...]
    """The slots that named it, by title as people know them (else by name)."""
    times: int
    """How many times a slot that names it came round in the period."""
    why: str


@dataclass
class _Due:
    slots: dict[str, None] = field(default_factory=dict)
    times: int = 0
    reason: Silence | None = None
    """Why it did not air on the last day it was due, as the notice is now."""
    unexplained: bool = False
    """On some day it was due nothing in the notice kept it off the air."""


def not_aired(station: Station, first: date, last: date) -> list[NotAired]:
    """Every notice a slot named between the local days `first` and `last` (up to now) that
    no airing of those days aired in full or in part to the loudspeakers (one played only into
    a file says so), or that a waiting version kept off the air after it last aired, by title;
    long-expired campaign members (history, see schedules.silence) and notices valid only
    after the period are left out."""
    zone = station.config.zone
    since, until = day_start(first, zone), day_end(last, zone)
    start = datetime.fromisoformat(since)
    end = min(datetime.fromisoformat(until), log_time(station)[0])  # a held clock: estimated
    by_id = {c.id: c for c in candidates(station)}
    due: dict[str, _Due] = {}
    labels = station.slot_titles()
    for slot in slots(station, include_removed=True):
        for moment in slot.occurrences(start, end, zone):
            day = moment.astimezone(zone).date()
            found, unknown = named(slot, by_id)
            meant = [
                (c.id, reason)
                for c in found
                if is_news(c, day - EXPIRED_NEWS)
                and not (c.valid_from and c.valid_from > last)
                and not _own_dates(c, reason := silence(c, day))
            ]
            for announcement_id, reason in meant + [(i, Silence.UNKNOWN) for i in unknown]:
                seen = due.setdefault(announcement_id, _Due())
                seen.slots[labels.get(slot.name, slot.name)] = None
                seen.times += 1
                seen.reason = reason
                seen.unexplained |= reason is None
    logged: dict[str, dict[str, int]] = {}
    last_aired: dict[str, datetime] = {}
    for announcement_id, status, sink, count, latest in station.db.execute(
        "SELECT i.announcement_id, a.status, a.sink, COUNT(*), MAX(a.started_at) FROM "
        "airing_items i JOIN airings a ON a.seq = i.airing_seq WHERE a.started_at >= ? AND "
        f"a.started_at < ? AND a.{STANDS} GROUP BY i.announcement_id, a.status, a.sink",
        [since, until],
    ):
        if status in PLAYED and not reaches_loudspeakers(sink):
            status = UNHEARD  # into a file, or the test sink: section I's "Không ra loa"
        outcomes = logged.setdefault(announcement_id, {})
        outcomes[status] = outcomes.get(status, 0) + count
        if status in PLAYED:
            at = datetime.fromisoformat(latest)
            last_aired[announcement_id] = max(at, last_aired.get(announcement_id, at))
    held = _held(station, since, until)
    titles = dict(station.db.execute("SELECT id, title FROM announcements").fetchall())
    result = []
    for announcement_id, seen in due.items():
        outcomes = logged.get(announcement_id, {})
        aired = last_aired.get(announcement_id)
        left = [t for t in held.get(announcement_id, []) if aired is None or t > aired]
        if aired and not left:  # aired after its last hold too: approved since, it is no
            continue  # notice "not aired" (o17lan5 finding 7); holds before it are answered
        said = [_outcome(status, n) for status, n in sorted(outcomes.items()) if status in LOST]
        if UNHEARD in outcomes:
            said.append(_(ONLY_TO_A_FILE))
        if left:
            said.append(
                ngettext(
                    "left out of {n} airing since {day}, as its new version waited for approval",
                    "left out of {n} airings since {day}, as its new version waited for approval",
                    len(left),
                ).format(n=len(left), day=date_text(left[0].astimezone(zone).date()))
            )
        elif seen.unexplained and not said:
            said.append(_("no airing of it was logged: was the station off?"))
        if seen.reason is not None and not (left and seen.reason is Silence.DRAFT):
            said.append(left_out_why(seen.reason, by_id.get(announcement_id)))  # dates
        result.append(
            NotAired(
                announcement_id,
                titles.get(announcement_id, announcement_id),
                tuple(seen.slots),
                seen.times,
                "; ".join(said),
            )
        )
    return sorted(result, key=lambda n: (n.title.casefold(), n.announcement_id))


def _own_dates(candidate: Candidate, reason: Silence | None) -> bool:
    """Silent that day by its own dates, as planned: a notice past its end (or before its
    start) is no airing missed, and a report that counted it would grow by one a slot for
    a week after every notice ends (o18lan7 M1). A date mistyped is still reported. An
    emergency a slot names is no notice of the slot's (it aired when sent): never counted."""
    if reason is Silence.EMERGENCY:
        return True
    return reason in (Silence.EXPIRED, Silence.NOT_YET_VALID) and not unexpected(candidate, reason)


def _held(station: Station, since: str, until: str) -> dict[str, list[datetime]]:
    """When each notice was left out of an airing because its new version waited for
    approval (the rows' `held`), oldest first: planned in those airings, not aired in them,
    even if it aired on other days (o16lan4 C1). A slot held whole is a missed row that
    lists them as its items: its outcome says so already."""
    found: dict[str, list[datetime]] = {}
    for started, entries in station.db.execute(
        "SELECT started_at, held FROM airings WHERE held IS NOT NULL AND status <> 'missed' "
        "AND started_at >= ? AND started_at < ? ORDER BY started_at",
        [since, until],
    ):
        for entry in json.loads(entries):
            found.setdefault(entry["announcement_id"], []).append(datetime.fromisoformat(started))
    return found


def _outcome(status: str, n: int) -> str:
    """What the log says of `n` airings that held the notice and did not air it."""
    if status == "missed":
        return ngettext("missed {n} time", "missed {n} times", n).format(n=n)
    if status == "preempted":
        return ngettext("cut off by an emergency {n} time", "cut off by an emergency {n} times",
                        n).format(n=n)  # fmt: skip
    if status == "interrupted":
        return ngettext("interrupted {n} time", "interrupted {n} times", n).format(n=n)
    return ngettext("failed {n} time", "failed {n} times", n).format(n=n)
