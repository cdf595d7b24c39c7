"""What will not air, and why: announcements the schedule means to air that the plan leaves
out (a new version waiting for approval, a retirement, an expiry, an id no announcement has).

Pure functions over the slots, the announcements and the plan, so the command that causes a
loss, `status` and the daemon all say the same thing.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum
from zoneinfo import ZoneInfo

from .priority import Priority
from .rundown import Candidate, PlannedAiring
from .slots import Slot


class Silence(StrEnum):
    """Why an announcement the schedule names does not air."""

    DRAFT = "draft"
    """Its current version waits for approval."""
    RETIRED = "retired"
    EXPIRED = "expired"
    """Past its `valid_until`."""
    NOT_YET_VALID = "not_yet_valid"
    """Before its `valid_from`."""
    NO_AUDIO = "no_audio"
    """Its recording's file is missing from the station folder."""
    UNKNOWN = "unknown"
    """A slot names it by an id that no announcement has."""
    IN_NO_SLOT = "in_no_slot"
    """Approved, but no slot names it (`in_no_slot`)."""
    EMERGENCY = "emergency"
    """An emergency (Candidate.emergency) that a slot names: a slot never airs one."""


EXPIRED_NEWS = timedelta(days=7)
"""An announcement that expired longer ago than this is history, not news: not reported
(a campaign keeps its expired members, and the officer would read them for ever)."""


@dataclass(frozen=True)
class WontAir:
    """An announcement that upcoming slots will air without."""

    announcement_id: str
    reason: Silence
    version: int | None
    """Its current version (the one to approve, for a draft); None for an unknown id."""
    approved_version: int | None
    """The version approved last, if any."""
    valid_until: date | None
    slots: tuple[str, ...]
    """The slots that lose it, in the order of their next airing."""
    first_at: datetime
    """The first airing that goes without it (in no slot: the end of the week looked at, so
    that it is said after those a slot loses)."""
    valid_from: date | None = None


def silence(candidate: Candidate, day: date) -> Silence | None:
    """Why the announcement does not air on `day`, or None when it airs."""
    if candidate.emergency:
        return Silence.EMERGENCY
    if candidate.retired:
        return Silence.RETIRED
    if not candidate.approved:
        return Silence.DRAFT
    if candidate.valid_until is not None and day > candidate.valid_until:
        return Silence.EXPIRED
    if candidate.valid_from is not None and day < candidate.valid_from:
        return Silence.NOT_YET_VALID
    if not candidate.playable:
        return Silence.NO_AUDIO
    return None


def named(slot: Slot, by_id: dict[str, Candidate]) -> tuple[list[Candidate], list[str]]:
    """The announcements a slot names (by id, then its campaign's unretired members), and
    the ids it names that no announcement has."""
    found = [by_id[i] for i in slot.announcements if i in by_id]
    unknown = [i for i in slot.announcements if i not in by_id]
    if slot.campaign:
        found += [c for c in by_id.values() if c.campaign == slot.campaign and not c.retired]
    return list(dict.fromkeys(found)), unknown


def left_out(
    slot: Slot, by_id: dict[str, Candidate], day: date, news_since: date | None = None
) -> list[tuple[str, Silence]]:
    """What the slot names but goes without on `day`, with why, in the slot's order; with
    `news_since`, not those whose expiry is history by then (see `is_news`)."""
    found, unknown = named(slot, by_id)
    return [
        (c.id, why)
        for c in found
        if (why := silence(c, day)) is not None and (news_since is None or is_news(c, news_since))
    ] + [(i, Silence.UNKNOWN) for i in unknown]


def in_no_slot(
    slots: Sequence[Slot], candidates: Sequence[Candidate], today: date
) -> list[Candidate]:
    """Approved notices that no slot still to come names, their days not over: they never
    air, and nothing else says so (o17lan6 A1: a notice approved, then never put in a slot).
    Priority and emergency notices are left out: they air without a slot of their own."""
    live = [s for s in slots if s.valid_until is None or s.valid_until >= today]
    by_id = {c.id: c for c in candidates}
    named_ids = {c.id for s in live for c in named(s, by_id)[0]}
    return [
        c
        for c in candidates
        if c.approved
        and not c.retired
        and c.priority is Priority.NORMAL
        and (c.valid_until is None or c.valid_until >= today)
        and c.id not in named_ids
    ]


def ended(candidate: Candidate, today: date) -> bool:
    """Past its end date as planned, and not long ago (EXPIRED_NEWS): what a slot that still
    names it should drop, said once rather than under every airing (o18lan7 M2)."""
    until = candidate.valid_until
    return (
        until is not None
        and today - EXPIRED_NEWS <= until < today
        and not unexpected(candidate, Silence.EXPIRED)
    )


def ended_in_slots(
    slots: Sequence[Slot], candidates: Sequence[Candidate], today: date
) -> list[tuple[Candidate, tuple[Slot, ...]]]:
    """Notices that `ended` and the live slots that still name them by id, soonest ended
    first: a campaign's members are its history, and are left alone."""
    live = [s for s in slots if s.valid_until is None or s.valid_until >= today]
    found = [
        (c, tuple(s for s in live if c.id in s.announcements))
        for c in candidates
        if not c.retired and ended(c, today)
    ]
    return sorted(
        [(c, named) for c, named in found if named],
        key=lambda f: (f[0].valid_until or today, f[0].id),
    )


def old_emergencies_in_slots(
    slots: Sequence[Slot], candidates: Sequence[Candidate], today: date
) -> list[tuple[Candidate, tuple[Slot, ...]]]:
    """Notices stored with the priority emergency before a notice could no longer take it
    (w21c: an emergency airs once, sent from "Phát khẩn cấp"), approved, not over, and the
    live slots that name them (by id or campaign): those slots still air them first every
    day, like priority ones, so they are said rather than kept silently (w22c)."""
    live = [s for s in slots if s.valid_until is None or s.valid_until >= today]
    by_id = {c.id: c for c in candidates}
    found = [
        (c, tuple(s for s in live if c in named(s, by_id)[0]))
        for c in candidates
        if c.priority is Priority.EMERGENCY and not c.emergency and c.approved
        and not c.retired and (c.valid_until is None or c.valid_until >= today)
    ]  # fmt: skip
    return [(c, named_by) for c, named_by in found if named_by]


def is_news(candidate: Candidate, since: date) -> bool:
    """An expiry is news for EXPIRED_NEWS; a version made after its own end date (a date
    mistyped, approved by mistake) never had its days on air: news until it is changed."""
    until = candidate.valid_until
    return (
        until is None
        or until >= since
        or (candidate.made_on is not None and candidate.made_on > until)
    )


FAR_START = 60
"""Days between making a version and its start date past which the start is said: a notice
is typed a few weeks ahead at most (a Tết or a campaign's), so more is likely a typo."""


def unexpected(candidate: Candidate, reason: Silence) -> bool:
    """Whether going without it is news to the officer. The dates a notice carries are its
    own plan: before its start date, and from its end date, it is meant to be silent, and
    nothing is said (o17lan5 finding 5: a meeting notice ending on the meeting's day was told
    to get a later end date). Only a version made after its own end date, which never had a
    day on air (a mistyped date), is said; and one whose start is more than `FAR_START` after
    the day it was made ('12/01/2027' typed for '01/12', review17 #8: silent a year)."""
    if reason is Silence.NOT_YET_VALID:
        start, made = candidate.valid_from, candidate.made_on
        return start is not None and made is not None and (start - made).days > FAR_START
    if reason is Silence.EXPIRED:
        until, made = candidate.valid_until, candidate.made_on
        return until is not None and made is not None and made > until
    return True


def _summary(
    found: dict[str, list[tuple[datetime, str, Silence]]], by_id: dict[str, Candidate]
) -> list[WontAir]:
    result = []
    for announcement_id, losses in found.items():
        losses.sort(key=lambda loss: loss[0])
        candidate = by_id.get(announcement_id)
        result.append(
            WontAir(
                announcement_id,
                losses[0][2],
                candidate.version if candidate else None,
                candidate.approved_version if candidate else None,
                candidate.valid_until if candidate else None,
                tuple(dict.fromkeys(slot for _, slot, _ in losses if slot)),
                losses[0][0],
                candidate.valid_from if candidate else None,
            )
        )
    return sorted(result, key=lambda w: (w.first_at, w.announcement_id))


def will_not_air(
    slots: Sequence[Slot],
    candidates: Sequence[Candidate],
    start: datetime,
    end: datetime,
    zone: ZoneInfo,
) -> list[WontAir]:
    """Every announcement that a slot airing in [start, end) names (by id, or as a member of
    its campaign that is not retired) but that will not air there, with why; soonest first.
    One that expired more than EXPIRED_NEWS before `start` is not reported (unless its
    version was made after its end date: see `is_news`). This is the one answer to "what
    will not air": `status`, the daemon and the console's home page all show it. A notice
    silent by its own dates is left out (`unexpected`); an approved one no slot names is in
    (IN_NO_SLOT, after the others)."""
    by_id = {c.id: c for c in candidates}
    news_since = start.astimezone(zone).date() - EXPIRED_NEWS
    found: dict[str, list[tuple[datetime, str, Silence]]] = {}
    for slot in slots:
        for moment in slot.occurrences(start, end, zone):
            day = moment.astimezone(zone).date()
            for announcement_id, reason in left_out(slot, by_id, day, news_since):
                if announcement_id in by_id and not unexpected(by_id[announcement_id], reason):
                    continue
                found.setdefault(announcement_id, []).append((moment, slot.name, reason))
    for candidate in in_no_slot(slots, candidates, start.astimezone(zone).date()):
        found[candidate.id] = [(end, "", Silence.IN_NO_SLOT)]
    return _summary(found, by_id)


def lost(
    before: Sequence[PlannedAiring],
    after: Sequence[PlannedAiring],
    candidates: Sequence[Candidate],
    zone: ZoneInfo,
) -> list[WontAir]:
    """What a change took off the air: announcements planned before it in airings that go
    without them after it, with why (from the announcements as they are after it)."""
    by_id = {c.id: c for c in candidates}
    kept = {(p.key, i) for p in after for i in p.announcement_ids}
    found: dict[str, list[tuple[datetime, str, Silence]]] = {}
    for planned in before:
        day = planned.at.astimezone(zone).date()
        for announcement_id in planned.announcement_ids:
            candidate = by_id.get(announcement_id)
            if candidate is None or (planned.key, announcement_id) in kept:
                continue
            reason = silence(candidate, day)
            if reason is not None and unexpected(candidate, reason):
                found.setdefault(announcement_id, []).append((planned.at, planned.slot, reason))
    return _summary(found, by_id)
