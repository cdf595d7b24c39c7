"""Slots the upstream office proposes: a published campaign's schedule.toml arrives at sync
as proposed slots, which the officer accepts (or the station takes at once with `[upstream]
auto_accept_schedule = true`). A proposal that clashes with the station's own schedule (a
slot of the same name with other contents, an overlap, quiet hours) is never merged: it
stays proposed, with the reason, until the officer makes room for it."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from common.i18n import _
from schedules.slots import Slot, make_slot

from .clock import utc_iso
from .records import ScheduledSlot
from .schedule import add_slots, drafts_only, slots
from .station import Station, StationError


@dataclass(frozen=True)
class ProposedSlot:
    """A slot of a campaign's schedule, as the upstream office published it."""

    campaign: str
    slot: Slot
    proposed_at: str
    problem: str | None
    """Why it cannot be taken as it is (its clash with the station's schedule), if it does."""


def store(station: Station, campaign: str, proposed: Sequence[Slot]) -> None:
    """Replace the campaign's proposals with `proposed`, leaving out those the schedule
    already holds as they are (call inside the sync's transaction)."""
    current = {s.name: s.fields() for s in slots(station)}
    station.db.execute("DELETE FROM proposed_slots WHERE campaign = ?", [campaign])
    now = utc_iso(station.clock())
    for slot in proposed:
        if current.get(slot.name) == slot.fields():
            continue
        station.db.table("proposed_slots").insert(
            {"campaign": campaign, "name": slot.name, "slot": json.dumps(slot.fields()),
             "proposed_at": now, "problem": None}
        )  # fmt: skip


def _slot(row: dict[str, object], created_at: datetime) -> Slot:
    f = json.loads(str(row["slot"]))
    return make_slot(f["name"], f["at"], f["days"], f["valid_from"], f["valid_until"],
                     f["campaign"], f["announcements"], f["max_minutes"],
                     created_at=created_at, title=f.get("title"))  # fmt: skip


def proposals(station: Station, campaign: str | None = None) -> list[ProposedSlot]:
    where, params = ("campaign = ?", [campaign]) if campaign else (None, [])
    now = station.clock()
    return [
        ProposedSlot(row["campaign"], _slot(row, now), row["proposed_at"], row["problem"])
        for row in station.db.table("proposed_slots").rows_where(
            where, params, order_by="campaign, name"
        )
    ]


def _clash(station: Station, chosen: Sequence[ProposedSlot]) -> str | None:
    """Why these proposals cannot join the schedule as it is, or None."""
    current = {s.name: s for s in slots(station)}
    for p in chosen:
        if p.slot.name in current:
            return _(
                "the office's slot '{name}' of campaign {campaign} has the name of a slot of "
                "this station with other times or contents: remove or rename that slot to "
                "take it"
            ).format(name=p.slot.name, campaign=p.campaign)
    try:
        add_slots(station, [p.slot for p in chosen], dry_run=True)
    except StationError as e:
        return _("the office's slot(s) {names} cannot join the schedule: {problem}").format(
            names=", ".join(p.slot.name for p in chosen), problem=e
        )
    return None


def review(station: Station, auto_accept: bool) -> tuple[list[ProposedSlot], list[ScheduledSlot]]:
    """After a sync: note each proposal's clash, if any, and with `auto_accept` take those
    that fit at once. Returns the proposals still waiting and the slots taken."""
    taken: list[ScheduledSlot] = []
    for p in proposals(station):
        problem = _clash(station, [p])
        if problem is None and auto_accept:
            taken += accept(station, [p.slot.name], p.campaign)
            continue
        with station.db.conn:
            station.db.execute(
                "UPDATE proposed_slots SET problem = ? WHERE campaign = ? AND name = ?",
                [problem, p.campaign, p.slot.name],
            )
    return proposals(station), taken


def accept(
    station: Station, names: Sequence[str], campaign: str | None = None
) -> list[ScheduledSlot]:
    """Take proposed slots into the schedule (those named, or all of `campaign`), all or
    none; a clash is refused with its reason and changes nothing."""
    waiting = proposals(station, campaign)
    chosen = [p for p in waiting if not names or p.slot.name in names]
    unknown = sorted(set(names) - {p.slot.name for p in waiting})
    if unknown:
        raise StationError(
            _("no slot '{name}' is proposed by the upstream office").format(name=unknown[0])
        )
    if not chosen:
        raise StationError(_("no slot proposed by the upstream office waits for acceptance"))
    problem = _clash(station, chosen)
    if problem:
        raise StationError(problem)
    new = [p.slot for p in chosen]
    lengths = add_slots(station, new)
    with station.db.conn:
        for p in chosen:
            station.db.execute(
                "DELETE FROM proposed_slots WHERE campaign = ? AND name = ?",
                [p.campaign, p.slot.name],
            )
    return [
        ScheduledSlot(s, m, drafts=drafts_only(station, s))
        for s, m in zip(new, lengths, strict=True)
    ]
