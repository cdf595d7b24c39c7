"""The plan: which airings happen when, with what, as a pure function of its inputs.

The daemon, the rundown command and the recovery after a power cut all call the same
function, so what the operator sees ahead is what airs.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from zoneinfo import ZoneInfo

from .priority import Priority
from .slots import Slot

PRIORITY_ORDER = {Priority.EMERGENCY: 0, Priority.PRIORITY: 1, Priority.NORMAL: 2}


@dataclass(frozen=True)
class Candidate:
    """An announcement as the planner sees it."""

    id: str
    campaign: str | None
    priority: Priority
    approved: bool
    """Its current version is approved."""
    retired: bool
    valid_from: date | None
    valid_until: date | None
    version: int = 1
    approved_version: int | None = None
    """The version approved last (the current one when `approved`)."""
    made_on: date | None = None
    """The local day its current version was made."""
    playable: bool = True
    """False for a recording whose audio file is missing (its airing would fail)."""
    emergency: bool = False
    """Sent from the emergency door ("Phát khẩn cấp"): it airs once, then while valid, and is
    no slot's notice (o20lan9 N1: ticked in a slot, an evacuation order aired every day)."""

    def airs_on(self, day: date) -> bool:
        return (
            not self.emergency
            and self.approved
            and not self.retired
            and (self.valid_from is None or day >= self.valid_from)
            and (self.valid_until is None or day <= self.valid_until)
            and self.playable
        )


@dataclass(frozen=True)
class PlannedAiring:
    slot: str
    at: datetime
    announcement_ids: tuple[str, ...]
    max_minutes: float | None = None
    pulled_in: tuple[str, ...] = ()
    """Priority announcements of no slot of this airing's, put first because they have not
    aired yet (see `plan_airings`)."""

    @property
    def key(self) -> tuple[str, datetime]:
        return (self.slot, self.at)


def plan_airings(
    slots: Sequence[Slot],
    candidates: Sequence[Candidate],
    start: datetime,
    end: datetime,
    zone: ZoneInfo,
    pending_priority: Sequence[str] = (),
) -> list[PlannedAiring]:
    """Every airing in [start, end), in time order.

    A slot airs the announcements it names, then its campaign's (members in the order given:
    the station gives them by title, broadcaster.notices.title_order), those approved and
    valid that day, priority ones first and otherwise in that order, the same
    at every airing. `pending_priority` (approved priority announcements whose current
    version has not aired yet) go first in the earliest airing of the range, whichever slot
    it is, and are marked `pulled_in` there when that slot does not name them itself. A slot
    with nothing to air that day does not air.
    """
    by_id = {c.id: c for c in candidates}
    occurrences = sorted(
        ((moment, slot) for slot in slots for moment in slot.occurrences(start, end, zone)),
        key=lambda pair: (pair[0], pair[1].name),
    )
    planned = []
    pending = list(pending_priority)
    for moment, slot in occurrences:
        day = moment.astimezone(zone).date()
        chosen = [by_id[i] for i in slot.announcements if i in by_id]
        if slot.campaign:
            chosen += [c for c in candidates if c.campaign == slot.campaign]
        chosen = [c for c in dict.fromkeys(chosen) if c.airs_on(day)]
        extra = [by_id[i] for i in pending if i in by_id and by_id[i].airs_on(day)]
        ordered = extra + sorted(
            (c for c in chosen if c not in extra),
            key=lambda c: PRIORITY_ORDER[c.priority],
        )
        if extra:
            pending = []
        if ordered:
            own = {c.id for c in chosen}
            planned.append(
                PlannedAiring(slot.name, moment, tuple(c.id for c in ordered), slot.max_minutes,
                              tuple(c.id for c in extra if c.id not in own))
            )  # fmt: skip
    return planned
