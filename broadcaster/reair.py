"""Phát lại: an airing that was cut, failed or missed is aired once more today, by hand (the
station airs again by itself only an emergency). It is a one-off slot for today, added as any
slot is (Station.add_slot: the same checks for overlaps and quiet hours), named after the
airing it re-airs (`phat-lai-4`, titled "Phát lại (lượt 17:30 ngày 30/11 bị bỏ lỡ)"): the
original row keeps its outcome, and the new airing is its own row, which names the one it
re-airs. The slot airs the notices of that airing, and only while each is still approved at
the version that airing logged."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, time
from typing import TYPE_CHECKING, Any

from audio_out.sinks import loudspeakers_sql
from common.i18n import N_, _
from common.localtime import clock_text, date_text, instant, local_text
from schedules.parse import InputError, parse_time
from schedules.slots import Slot

from .airing_log import UNAIRED, AiringStatus
from .clock import day_end, utc_iso
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
    under: Place | None = None
    """The re-air whose own row has the button `done` sends her to (o22lan11 N1)."""


@dataclass(frozen=True)
class Place:
    """An airing in Nhật ký, by its number and the local day that finds it: where a sentence
    sends her to press "Phát lại một lần" (the re-air cut short, not the airing it stands
    for, which has no button: o22lan11 N1)."""

    seq: int
    day: date


def slot_name(seq: int) -> str:
    return f"{PREFIX}{seq}"


MADE_GOOD = (AiringStatus.AIRED, AiringStatus.PARTIAL)
"""A re-air that ended so, on the loudspeakers (`made_good`): it aired (in part, it is over
all the same), and an airing is re-aired once, ever, so nothing is left for the officer to do."""


def made_good(row: tuple[Any, ...] | None) -> bool:
    """Whether a re-air's row (status, started_at, error, seq, sink: `_chains`) made good the
    airing it stands for: it played out on the loudspeakers. One that played only into a file
    (or the test sink) is "không ra loa", as its own row reads (w29report): nobody heard the
    notice, so the airing it stands for is still not aired, and that re-air is the one to air
    again, as one cut short is (w29reair)."""
    return row is not None and AiringStatus(row[0]) in MADE_GOOD and not AiringStatus(
        row[0]).unheard(row[4])  # fmt: skip


def _open(row: tuple[Any, ...] | None) -> bool:
    """Whether a chain whose newest re-air is `row` still leaves the airing not aired: none
    yet, or the last did not air (missed, failed, cut) or aired where no loudspeaker is."""
    return row is None or AiringStatus(row[0]) in UNAIRED or AiringStatus(row[0]).unheard(row[4])


def chain_sql(origin: str) -> str:
    """SQL opening a subquery over `reairs(seq, status, sink)`: the re-airs of the airing
    numbered `origin` (an SQL expression), and the re-airs of those, to the end of the chain;
    the report counts an airing made good by whichever of them aired on the loudspeakers
    (`made_good_sql`; o21lan10 N1), as `_chains` follows it for the console. Each link is one
    look-up by the airings_planned index."""
    return (
        f"WITH RECURSIVE reairs(seq, status, sink) AS (SELECT seq, status, sink FROM airings "
        f"WHERE slot = '{PREFIX}' || {origin} UNION ALL SELECT r.seq, r.status, r.sink FROM "
        f"reairs c JOIN airings r ON r.slot = '{PREFIX}' || c.seq) "
    )


def made_good_sql(row: str) -> str:
    """`made_good` as an SQL condition on a re-air's row `row` (of `chain_sql`'s reairs, or
    of airings): played out, on the loudspeakers (`loudspeakers_sql`, the one rule)."""
    played = ", ".join(f"'{status}'" for status in MADE_GOOD)
    return f"{row}.status IN ({played}) AND {loudspeakers_sql(f'{row}.sink')}"


def _marks(values: Sequence[Any]) -> str:
    return ", ".join("?" for _ in values)


def _items(station: Station, seqs: Sequence[int]) -> dict[int, list[tuple[str, int]]]:
    """The notices each airing logged, in order, each with the version it aired (one query)."""
    found: dict[int, list[tuple[str, int]]] = {seq: [] for seq in seqs}
    rows = station.db.execute(
        "SELECT airing_seq, announcement_id, version FROM airing_items "
        f"WHERE airing_seq IN ({_marks(seqs)}) AND announcement_id IS NOT NULL "
        "ORDER BY airing_seq, position",
        list(seqs),
    ).fetchall()
    for seq, announcement_id, version in rows:
        found[seq].append((announcement_id, version))
    return found


def _still_approved(
    station: Station, items: dict[int, list[tuple[str, int]]]
) -> dict[int, str | None]:
    """Why each airing's notices cannot air again as they were (None: they can): one is
    retired, its approved version is no longer the one logged, or it is not valid today.
    The notices are read in one query, however many airings are asked about."""
    ids = sorted({announcement_id for listed in items.values() for announcement_id, _ in listed})
    notices = {
        row[0]: row[1:]
        for row in station.db.execute(
            "SELECT id, title, approved_version, retired_at, valid_until, version, "
            f"refused_version, origin FROM announcements WHERE id IN ({_marks(ids)})",
            ids,
        )
    }
    today = station.today().isoformat()
    return {seq: _why(listed, notices, today) for seq, listed in items.items()}


def _why(
    items: list[tuple[str, int]], notices: dict[str, tuple[Any, ...]], today: str
) -> str | None:
    """Why the airing cannot air again now, said from where each notice stands against the
    version the airing logged, so the way out fits what happened (o15lan C3): a version still
    waiting for approval is one approval away from the button; only a notice changed since
    needs a slot of its own."""
    if not items:
        return _("this airing logged no notice to air again")
    for announcement_id, version in items:
        row = notices.get(announcement_id)
        if row is None or row[2] is not None:
            return _("“{title}” is withdrawn: it does not air again").format(
                title=row[0] if row else announcement_id)  # fmt: skip
        title, approved, latest, refused = row[0], row[1], row[4], row[5]
        if row[6] == "emergency":  # never a slot's (schedule.emergency_in_slot)
            return _("“{title}” is an emergency: the station airs it again by itself while it "
                     "is valid; to air it again later, send it again with “Emergency "
                     "broadcast”").format(title=title)  # fmt: skip
        if approved != version and latest != version:  # a newer version was written since
            return _("“{title}” has changed since this airing (it logged version {version}; "
                     "now version {latest}): to air it, add a slot for today in Schedule").format(
                title=title, version=version, latest=latest)  # fmt: skip
        if approved != version and refused == version:
            return _("“{title}” version {version} was refused: once a corrected version is "
                     "approved, add a slot for today in Schedule to air it").format(
                title=title, version=version)  # fmt: skip
        if approved != version:  # the version logged is the one waiting for approval
            return _("“{title}” version {version} waits for approval: once it is approved, "
                     "“Air again once” appears under this airing in Log").format(
                title=title, version=version)  # fmt: skip
        if row[3] and row[3] < today:  # ISO dates, as the store keeps them
            return _("“{title}” was valid until {day}: it does not air again").format(
                title=title, day=date_text(date.fromisoformat(row[3][:10])))  # fmt: skip
    return None


def _airing(station: Station, seq: int) -> dict[str, Any]:
    row = station.db.execute(
        "SELECT seq, status, trigger, COALESCE(scheduled_at, started_at), "
        "seq IN (SELECT seq FROM voided_airings), slot, sink FROM airings WHERE seq = ?", [seq]
    ).fetchone()  # fmt: skip
    if row is None:
        raise StationError(_("there is no airing #{seq}").format(seq=seq))
    return {"seq": row[0], "status": row[1], "trigger": row[2], "due": row[3], "voided": row[4],
            "slot": row[5], "sink": row[6]}  # fmt: skip


TITLES = {
    AiringStatus.MISSED: N_("Re-air ({what} was missed)"),
    AiringStatus.FAILED: N_("Re-air ({what} failed)"),
    AiringStatus.INTERRUPTED: N_("Re-air ({what} was interrupted)"),
    AiringStatus.PREEMPTED: N_("Re-air ({what} was cut by an emergency)"),
    AiringStatus.AIRED: N_("Re-air ({what} did not reach the loudspeakers)"),
    AiringStatus.PARTIAL: N_("Re-air ({what} did not reach the loudspeakers)"),
}
"""A re-air's title, as the report, the week's board and Nhật ký print it: what it airs again
and why, by the time a listener knew it was due, never an airing number that the report and
the board do not show (o15lan2 N8)."""


def title(station: Station, airing: dict[str, Any]) -> str:
    return _(TITLES[AiringStatus(airing["status"])]).format(what=named(station, airing))


def named(station: Station, airing: dict[str, Any]) -> str:
    """An airing as every sentence to her names it, "lượt 17:30 ngày 30/11": by the time it was
    due, never by its number in the log (o16lan3 F8: the flash still said "Lượt #2")."""
    local = instant(airing["due"]).astimezone(station.config.zone)
    return _("the {time} airing of {day}").format(time=clock_text(local), day=f"{local:%d/%m}")


def fate(station: Station, seq: int) -> str | None:
    """What became of airing `seq`'s re-air, in a sentence: planned, on air, aired, or failed
    too (None: none was ever planned, or the one planned was removed before it aired). An
    airing is re-aired at most once: its re-air's own row may be offered, never it again."""
    return _fates(station, [seq])[seq][0]


def _chains(station: Station, seqs: Sequence[int]) -> dict[int, tuple[int, tuple[Any, ...] | None]]:
    """For each airing, its chain of re-airs followed to its end (o21lan10 N1: a re-air cut
    short is re-aired in turn, from its own row in Nhật ký, and that makes good the airing it
    stood for): the last airing of the chain that did not air, whose own re-air is the one
    to look for, and the newest re-air row logged (status, started_at, error, seq, sink),
    None if none yet. One query per link, however many airings are asked about."""
    link = {seq: seq for seq in seqs}
    last: dict[int, tuple[Any, ...] | None] = dict.fromkeys(seqs)
    pending = list(seqs)
    while pending:
        names = {slot_name(link[seq]): seq for seq in pending}
        pending = []
        for slot, *row in station.db.execute(  # a re-air slot airs once (airings_planned)
            "SELECT slot, status, started_at, error, seq, sink FROM airings "
            f"WHERE slot IN ({_marks(list(names))}) ORDER BY seq",
            list(names),
        ):
            seq = names[slot]
            last[seq] = tuple(row)
            if _open(tuple(row)):  # cut short, or into a file: its own re-air is the one
                link[seq] = row[3]
                pending.append(seq)
    return {seq: (link[seq], last[seq]) for seq in seqs}


def made_good_by_hand(station: Station, seqs: Sequence[int]) -> dict[int, tuple[int, str]]:
    """Of the airings, those whose notices all aired in full by hand (`play --announce`) on
    the loudspeakers (into a file, nobody heard them: w29reair) later the day each was due,
    each with the first such airing (its number, when it started) (o22lan11 N4: the notice
    had aired that day, yet Cần chú ý asked her to air it again).
    Nothing is left for her to do. The report says so of the airing and counts it as it went,
    and the airing by hand as its own line: that one names no airing it stands for, as a
    re-air's slot does, so counted as one it would be counted twice. The same day only: one
    the next morning is that morning's notice as much as yesterday's."""
    if not seqs:
        return {}
    zone = station.config.zone
    due = {seq: instant(at) for seq, at in station.db.execute(
        "SELECT seq, COALESCE(scheduled_at, started_at) FROM airings "
        f"WHERE seq IN ({_marks(seqs)})", list(seqs))}  # fmt: skip
    last = max(due.values()).astimezone(zone).date()
    hands = station.db.execute(  # by the started_at index
        "SELECT seq, started_at FROM airings WHERE started_at > ? AND started_at < ? "
        f"AND trigger = 'manual' AND status = 'aired' AND {loudspeakers_sql('sink')} ORDER BY seq",
        [utc_iso(min(due.values())), day_end(last, zone)],
    ).fetchall()
    notices = _items(station, [*seqs, *(seq for seq, _at in hands)])
    on_day: dict[date, list[tuple[int, str]]] = defaultdict(list)  # a report's year: by day
    for hand, started in hands:
        on_day[instant(started).astimezone(zone).date()].append((hand, started))
    found = {}
    for seq, at in due.items():
        wanted = {announcement_id for announcement_id, _version in notices[seq]}
        first = next(((hand, started) for hand, started in on_day[at.astimezone(zone).date()]
                      if wanted and hand > seq and instant(started) > at
                      and wanted <= {notice for notice, _v in notices[hand]}), None)  # fmt: skip
        if first is not None:
            found[seq] = first
    return found


def _fates(station: Station, seqs: Sequence[int]) -> dict[int, tuple[str | None, Place | None]]:
    """`fate` of each airing, in a few queries however many are asked about, and the re-air
    whose row has the button when the fate sends her there."""
    from . import schedule
    from .overview import happened

    chains = _chains(station, seqs)
    rows = [row for _link, row in chains.values() if row is not None]
    reasons = dict(zip((row[2] for row in rows), station.notes_shown([row[2] for row in rows]),
                       strict=True))  # fmt: skip
    open_links = [link for link, row in chains.values() if _open(row)]
    planned = schedule.find_slots(station, [slot_name(link) for link in open_links])
    stuck = [link for link, row in chains.values() if row and slot_name(link) not in planned
             and _open(row)]  # fmt: skip
    whys = _still_approved(station, _items(station, stuck)) if stuck else {}
    hand = made_good_by_hand(station, _not_yet(chains))
    zone, today = station.config.zone, station.today()
    found: dict[int, tuple[str | None, Place | None]] = {}
    for seq, (link, row) in chains.items():
        found[seq] = None, None
        status = AiringStatus(row[0]) if row else None
        when = local_text(instant(row[1]).astimezone(zone), zone, today, mid=True) if row else ""
        if status is AiringStatus.STARTED:  # "hôm nay 05:06" (o15lan2 N9)
            found[seq] = _("it is airing again now, since {at}").format(at=when), None
        elif made_good(row):
            found[seq] = (_("aired again at {at}") if status is AiringStatus.AIRED
                          else _("aired again in part at {at}")).format(at=when), None  # fmt: skip
        elif (slot := planned.get(slot_name(link))) is not None:
            if slot.valid_until == today:
                found[seq] = _("it airs again today at {at} (slot “{slot}”)").format(
                    at=clock_text(slot.at), slot=slot.label), None  # fmt: skip
            else:
                day = date_text(slot.valid_until) if slot.valid_until else ""
                planned_on = _("it was planned to air again on {day} at {at} (slot “{slot}”)")
                said = planned_on.format(day=day, at=clock_text(slot.at), slot=slot.label)
                found[seq] = said, None
        elif seq in hand:  # its notices aired since, in full, by hand: nothing left to do
            at = local_text(hand[seq][1], zone, today, mid=True)
            found[seq] = _("aired in full by hand at {at}").format(at=at), None
        elif row is not None:  # the last re-air did not air either: it is the one to re-air
            reason = reasons[row[2]]
            said = _("its re-air of {at} did not air either: {reason}").format(
                at=when, reason=happened(reason) if reason else AiringStatus(row[0]).label
            ) if status in UNAIRED else _("aired again at {at}, not to the loudspeakers").format(
                at=when)  # fmt: skip  # as its row reads (w29report), and nobody heard it
            todo = whys.get(link) or _("to air it again once more, press “Air again once” "
                                       "under that re-air in Log")  # fmt: skip
            found[seq] = f"{said}; {todo}", Place(link, instant(row[1]).astimezone(zone).date())
    return found


def aired_again(station: Station, seqs: Sequence[int]) -> set[int]:
    """Those of the airings whose re-air ("Phát lại một lần"), or the re-air of that re-air,
    has aired on the loudspeakers (`made_good`), or whose notices aired in full by hand there
    later that day (`made_good_by_hand`):
    nothing is left for the officer to do about them (o19lan8 L10, o21lan10 N1, o22lan11 N4),
    as `fate` says of them."""
    chains = _chains(station, seqs)
    done = {seq for seq, (_link, row) in chains.items() if made_good(row)}
    return done | set(made_good_by_hand(station, _not_yet(chains)))


def _not_yet(chains: dict[int, tuple[int, tuple[Any, ...] | None]]) -> list[int]:
    """The airings whose chain of re-airs has not aired (none yet, or the last did not, or
    only into a file: `_open`)."""
    return [seq for seq, (_link, row) in chains.items() if _open(row)]


def reairs(station: Station, seqs: Sequence[int]) -> set[int]:
    """Those of the airings that re-air another of them (slot `phat-lai-N`): Cần chú ý says
    them in the line of the airing they stand for, not in one of their own (o21lan10 N2: one
    missed notice, two lines, one asking nothing of her)."""
    listed = {str(seq) for seq in seqs}
    return {seq for seq, slot in station.db.execute(
        f"SELECT seq, slot FROM airings WHERE seq IN ({_marks(seqs)}) AND slot LIKE ? || '%'",
        [*seqs, PREFIX]) if slot[len(PREFIX):] in listed}  # fmt: skip


def notes(station: Station, seqs: Sequence[int]) -> dict[int, Offer]:
    """What Nhật ký says under each airing (its re-air's fate, or why it cannot be re-aired,
    and where to press), as Cần chú ý says it; in a few queries however many are asked."""
    fates = _fates(station, seqs)
    whys = _still_approved(station, _items(station, [s for s in seqs if fates[s][0] is None]))
    return {seq: Offer(seq, fates[seq][0], whys.get(seq), fates[seq][1]) for seq in seqs}


def offers(station: Station, airings: list[dict[str, Any]]) -> dict[int, Offer]:
    """For each of `airings` (as Station.airings lists them) that only a person airs again,
    what Nhật ký offers: a re-air, the one already planned, or why it cannot be; in a few
    queries however many airings the page lists."""
    return notes(station, [airing["seq"] for airing in airings if _may_air_again(airing)])


def _may_air_again(airing: dict[str, Any]) -> bool:
    """Only a person airs it again; not a row a clock run ahead wrote before its time (its
    slot airs at that time by itself). A re-air that played only into a file (or the test
    sink) made nothing good (`made_good`): it is aired again as one cut short is, from its
    own row (w29reair). An airing of a slot into a file is the station's setting (a trial,
    or no sound card: Trang chủ tells her to call the technician), not hers to re-air."""
    if airing.get("voided"):
        return False
    status = AiringStatus(airing["status"])
    return status.by_hand(airing["trigger"]) or (
        status.unheard(airing.get("sink")) and str(airing.get("slot") or "").startswith(PREFIX)
    )


def air_again(station: Station, seq: int, at: str = "", person: str | None = None) -> ScheduledSlot:
    """Air airing `seq`'s notices once more, today at `at` (as typed: 14:30, 14h30), or at
    the first free minute from the next one: a one-off slot added as any slot is. Refused,
    with a sentence, when the airing aired or airs again by itself, when a notice changed or
    was withdrawn, when it was re-aired or planned so once already, or when the time has
    passed. Its airing names `person`, who asked for it."""
    from . import schedule

    airing = _airing(station, seq)
    if not _may_air_again(airing):
        raise StationError(_("{what} is not one to air again by hand").format(
            what=named(station, airing)))  # fmt: skip
    if (done := fate(station, seq)) is not None:  # once, ever
        raise _once_only(station, airing, done)
    items = _items(station, [seq])
    if (why := _still_approved(station, items)[seq]) is not None:
        raise StationError(why)
    now = station.clock()
    local = now.astimezone(station.config.zone)
    today = local.date()
    ids = list(dict.fromkeys(announcement_id for announcement_id, _version in items[seq]))
    titled = title(station, airing)
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
    slot = Slot(slot_name(seq), earliest, frozenset(range(7)), today, today, None, tuple(ids),
                None, now, title=titled, person=person)  # fmt: skip
    known: schedule.Measured = {}  # each program measured once, here and as it is stored
    if not at.strip():
        found = schedule.first_free(station, slot, earliest, known)
        if found is None:
            raise StationError(_("no time is free for it before midnight: choose one in Schedule"))
        chosen = found
    try:  # new_only: checked as the slot is written, so it is planned once, ever
        [added] = schedule.replacing(station, [replace(slot, at=chosen)], True, known)
        return added
    except StationError:
        if (done := fate(station, seq)) is not None:  # another tab planned it meanwhile
            raise _once_only(station, airing, done) from None
        raise


def _once_only(station: Station, airing: dict[str, Any], done: str) -> StationError:
    return StationError(_("{what} is re-aired once only: {done}").format(
        what=named(station, airing), done=done))  # fmt: skip


def _next_minute(local: datetime) -> time:
    """The first whole minute at least a minute away (the airing service prepares the
    program ahead), the same day; a minute before midnight at the latest."""
    begun = local.second or local.microsecond  # a minute begun counts as passed
    minutes = min(local.hour * 60 + local.minute + (1 if begun else 0) + 1, 24 * 60 - 1)
    return time(*divmod(minutes, 60))
