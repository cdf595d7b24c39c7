"""Phát lại: an airing that was cut, failed or missed is aired once more today, by hand (the
station airs again by itself only an emergency). It is a one-off slot for today, added as any
slot is (Station.add_slot: the same checks for overlaps and quiet hours), named after the
airing it re-airs (`phat-lai-4`, titled "Phát lại lượt #4"): the original row keeps its
outcome, and the new airing is its own row, which names the one it re-airs. The slot airs the
notices of that airing, and only while each is still approved at the version that airing
logged."""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING, Any

from common.i18n import _
from common.localtime import clock_text, date_text, instant, stamp_text
from schedules.parse import InputError, parse_time
from schedules.slots import Slot

from .airing_log import AiringStatus
from .station import Station, StationError

if TYPE_CHECKING:
    from .records import ScheduledSlot

PREFIX = "phat-lai-"
"""A re-air's slot name: the prefix and the number of the airing it re-airs."""


@dataclass(frozen=True)
class Offer:
    """What Nhật ký offers under an airing that did not air as planned."""

    seq: int
    done: str | None = None
    """What became of its re-air, once one was planned (an airing is re-aired once, ever)."""
    refused: str | None = None
    """Why it cannot be aired again as it was (then nothing is offered)."""


def slot_name(seq: int) -> str:
    return f"{PREFIX}{seq}"


def _items(station: Station, seq: int) -> list[tuple[str, int]]:
    """The notices an airing logged, in order, each with the version it aired."""
    rows = station.db.execute(
        "SELECT announcement_id, version FROM airing_items WHERE airing_seq = ? "
        "AND announcement_id IS NOT NULL ORDER BY position",
        [seq],
    ).fetchall()
    return [(row[0], row[1]) for row in rows]


def _still_approved(station: Station, items: list[tuple[str, int]]) -> str | None:
    """Why the airing's notices cannot air again as they were (None: they can): one is
    retired, its approved version is no longer the one logged, or it is not valid today."""
    if not items:
        return _("this airing logged no notice to air again")
    today = station.today().isoformat()
    for announcement_id, version in items:
        row = station.db.execute(
            "SELECT title, approved_version, retired_at, valid_until "
            "FROM announcements WHERE id = ?",
            [announcement_id],
        ).fetchone()
        if row is None or row[2] is not None:
            return _("'{title}' is withdrawn: it does not air again").format(
                title=row[0] if row else announcement_id)  # fmt: skip
        if row[1] is None:
            return _("'{title}' waits for approval: once it is approved, add a slot for today "
                     "in Schedule to air it").format(title=row[0])  # fmt: skip
        if row[1] != version:
            return _("'{title}' has changed since (version {version} aired): to air it, add "
                     "a slot for today in Schedule").format(
                title=row[0], version=version)  # fmt: skip
        if row[3] and row[3] < today:  # ISO dates, as the store keeps them
            return _("'{title}' was valid until {day}: it does not air again").format(
                title=row[0], day=date_text(date.fromisoformat(row[3][:10])))  # fmt: skip
    return None


def why_not(station: Station, seq: int) -> str | None:
    """Why airing `seq`'s notices cannot air again as they aired (None: they can)."""
    return _still_approved(station, _items(station, seq))


def _airing(station: Station, seq: int) -> dict[str, Any]:
    row = station.db.execute("SELECT seq, status, trigger FROM airings WHERE seq = ?",
                             [seq]).fetchone()  # fmt: skip
    if row is None:
        raise StationError(_("there is no airing #{seq}").format(seq=seq))
    return {"seq": row[0], "status": row[1], "trigger": row[2]}


def fate(station: Station, seq: int) -> str | None:
    """What became of airing `seq`'s re-air, in a sentence: planned, on air, aired, or failed
    too (None: none was ever planned, or the one planned was removed before it aired). An
    airing is re-aired at most once: its re-air's own row may be offered, never it again."""
    from . import schedule

    name, zone = slot_name(seq), station.config.zone
    row = station.db.execute("SELECT seq, status, started_at, error FROM airings WHERE slot = ? "
                             "ORDER BY seq DESC LIMIT 1", [name]).fetchone()  # fmt: skip
    if row is not None:
        local = instant(row[2]).astimezone(zone)
        when = clock_text(local) if local.date() == station.today() else stamp_text(local, zone)
        status = AiringStatus(row[1])
        if status is AiringStatus.STARTED:
            return _("it is airing again now, since {at} (airing #{again})").format(
                at=when, again=row[0])  # fmt: skip
        if status in (AiringStatus.AIRED, AiringStatus.PARTIAL):
            return _("aired again at {at} (airing #{again})").format(at=when, again=row[0])
        reason = station.notes_shown([row[3]])[0] or AiringStatus(row[1]).label
        return _("its re-air did not air either (airing #{again}): {reason}").format(
            again=row[0], reason=reason)  # fmt: skip
    slot = schedule.find_slot(station, name)
    if slot is None:
        return None
    if slot.valid_until == station.today():
        return _("it airs again today at {at} (slot “{slot}”)").format(
            at=clock_text(slot.at), slot=slot.label)  # fmt: skip
    return _("it was planned to air again on {day} at {at} (slot “{slot}”)").format(
        day=date_text(slot.valid_until) if slot.valid_until else "", at=clock_text(slot.at),
        slot=slot.label)  # fmt: skip


def note(station: Station, seq: int) -> str | None:
    """What Trang chủ and `status` say instead of the button: what became of its re-air, or
    why it cannot air again (None: the button is there)."""
    return fate(station, seq) or why_not(station, seq)


def offers(station: Station, airings: list[dict[str, Any]]) -> dict[int, Offer]:
    """For each of `airings` (as Station.airings lists them) that only a person airs again,
    what Nhật ký offers: a re-air, the one already planned, or why it cannot be."""
    found = {}
    for airing in airings:
        if not _may_air_again(airing):
            continue
        seq = airing["seq"]
        done = fate(station, seq)
        found[seq] = Offer(seq, done, None if done else why_not(station, seq))
    return found


def _may_air_again(airing: dict[str, Any]) -> bool:
    return AiringStatus(airing["status"]).by_hand(airing["trigger"])


def air_again(station: Station, seq: int, at: str = "") -> ScheduledSlot:
    """Air airing `seq`'s notices once more, today at `at` (as typed: 14:30, 14h30), or at
    the first free minute from the next one: a one-off slot added as any slot is. Refused,
    with a sentence, when the airing aired or airs again by itself, when a notice changed or
    was withdrawn, when it was re-aired or planned so once already, or when the time has
    passed."""
    from . import schedule

    airing = _airing(station, seq)
    if not _may_air_again(airing):
        raise StationError(_("airing #{seq} is not one to air again by hand").format(seq=seq))
    if (done := fate(station, seq)) is not None:  # once, ever
        raise _once_only(seq, done)
    if (why := why_not(station, seq)) is not None:
        raise StationError(why)
    items = _items(station, seq)
    now = station.clock()
    local = now.astimezone(station.config.zone)
    today = local.date()
    ids = list(dict.fromkeys(announcement_id for announcement_id, _version in items))
    title = _("Re-air of #{seq}").format(seq=seq)
    earliest = _next_minute(local)
    if at.strip():
        try:
            chosen = parse_time(at)
        except InputError as e:
            raise StationError(str(e), "at") from None
        if chosen < earliest:
            passed = _("{at} has passed: choose a time later today, from {earliest} on")
            raise StationError(
                passed.format(at=clock_text(chosen), earliest=clock_text(earliest)), "at"
            )
    else:
        probe = Slot(slot_name(seq), earliest, frozenset(range(7)), today, today, None,
                     tuple(ids), None, now, title=title)  # fmt: skip
        found = schedule.first_free(station, probe, earliest)
        if found is None:
            raise StationError(_("no time is free for it before midnight: choose one in Schedule"))
        chosen = found
    try:  # new_only: checked again as the slot is written, so it is planned once, ever
        return station.add_slot(slot_name(seq), clock_text(chosen), since=today.isoformat(),
                                until=today.isoformat(), announce=ids, title=title,
                                new_only=True)  # fmt: skip
    except StationError:
        if (done := fate(station, seq)) is not None:  # another tab planned it meanwhile
            raise _once_only(seq, done) from None
        raise


def _once_only(seq: int, done: str) -> StationError:
    return StationError(_("airing #{seq} is re-aired once only: {done}").format(
        seq=seq, done=done))  # fmt: skip


def _next_minute(local: datetime) -> time:
    """The first whole minute at least a minute away (the airing service prepares the
    program ahead), the same day; a minute before midnight at the latest."""
    start = local.replace(tzinfo=None)
    minutes = math.ceil((start - start.replace(hour=0, minute=0, second=0, microsecond=0))
                        / timedelta(minutes=1)) + 1  # fmt: skip
    minutes = min(minutes, 24 * 60 - 1)
    return time(*divmod(minutes, 60))
