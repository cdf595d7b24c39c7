"""The station's schedule in the store: slots, the plan built from them, the rundown.

Slots are never deleted, only marked removed, so the airings they planned stay accountable.
"""

from __future__ import annotations

import json
import re
import tomllib
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from announcements.script import Kind
from announcements.speech import Synthesizer
from audio_out.sinks import loudspeakers_sql
from common.errors import BroadcasterError
from common.files import describe_os_error, not_a_file
from common.i18n import N_, _, ngettext
from common.library_errors import toml_problem
from common.localtime import airs_text, clock_text, day_text, duration_text, local_text
from schedules.parse import InputError, parse_date
from schedules.priority import Priority
from schedules.rundown import Candidate, PlannedAiring, plan_airings
from schedules.silence import (
    EXPIRED_NEWS,
    Silence,
    WontAir,
    ended_in_slots,
    left_out,
    lost,
    old_emergencies_in_slots,
    unexpected,
    will_not_air,
)
from schedules.slots import Slot, SlotError, check_dates, check_slot, free_time, make_slot

from .clock import utc_iso
from .clock_check import refuse_while_behind
from .records import Announcement, ScheduledSlot
from .station import ChangedMeanwhile, Station, StationError
from .store import STANDS

SLOT_FIELDS = ("name", "title", "at", "days", "from", "until", "campaign", "announce",
               "max_minutes")  # fmt: skip


@dataclass(frozen=True)
class BrokenSlot:
    """A slot row the station cannot plan (damaged or written by hand): it never airs, and
    the daemon logs it once as a failed airing with the reason."""

    id: int
    name: str
    reason: str
    stored: dict[str, Any]
    """The row's columns as the store holds them, to show the officer what is wrong."""

    def fields(self) -> dict[str, Any]:
        """As `schedule list --json` shows it: a slot's fields as stored, and the problem."""
        row = self.stored
        return {
            "name": self.name,
            "at": row.get("at"),
            "days": row.get("days"),
            "valid_from": row.get("valid_from"),
            "valid_until": row.get("valid_until"),
            "campaign": row.get("campaign"),
            "announcements": row.get("announcements"),
            "max_minutes": row.get("max_minutes"),
            "problem": self.reason,
        }


def _instant(value: Any) -> datetime:
    moment = datetime.fromisoformat(value) if isinstance(value, str) else None
    if moment is None or moment.tzinfo is None:
        raise InputError(_("'{value}' is not an instant with its zone").format(value=value))
    return moment


def _slot(row: dict[str, Any]) -> Slot:
    """A stored slot, read through the same parser as what people type; raises on damage."""
    try:
        announcements = json.loads(row["announcements"])
    except (TypeError, json.JSONDecodeError):
        announcements = row["announcements"]
    slot = make_slot(
        row["name"],
        row["at"],
        row["days"],
        row["valid_from"],
        row["valid_until"],
        row["campaign"],
        announcements,
        row["max_minutes"],
        created_at=_instant(row["created_at"]),
        title=row.get("title"),
    )
    slot = replace(slot, person=row.get("person"))
    if row["removed_at"] is None:
        return slot
    try:
        removed = _instant(row["removed_at"])
    except (InputError, ValueError):
        removed = slot.created_at  # removed, but when is unreadable: it plans nothing
    return replace(slot, removed_at=removed)


def read_slots(
    station: Station, include_removed: bool = False
) -> tuple[list[Slot], list[BrokenSlot]]:
    """The slots the station can plan, and those it cannot (with why)."""
    where = None if include_removed else "removed_at IS NULL"
    good, broken = [], []
    for row in station.db.table("slots").rows_where(where, order_by="at, name"):
        try:
            good.append(_slot(row))
        except (BroadcasterError, ValueError, TypeError) as e:
            if row["removed_at"] is None:
                broken.append(BrokenSlot(row["id"], str(row["name"]), str(e), dict(row)))
    return good, broken


def slots(station: Station, include_removed: bool = False) -> list[Slot]:
    return read_slots(station, include_removed)[0]


def program_minutes(station: Station, slot: Slot) -> float:
    """How long the slot's program is with today's content (speech is synthesised if needed)."""
    ids = list(slot.announcements)
    if slot.campaign:
        members = [a.id for a in station.announcements() if a.campaign == slot.campaign]
        if not members:
            raise StationError(_no_members(station, slot), field="campaign")
        ids += [i for i in members if i not in ids]
    try:
        found = [station.announcement(i, spoken=False) for i in ids]
    except StationError as e:
        raise StationError(str(e), field="announce") from None
    today = station.today()  # a retired notice airs in no program: not counted (w20c)
    airing = [a for a in found if not a.retired_at and not _past_end(a.valid_until, today)]
    return station.build_program(airing).duration_s / 60 if airing else 0.0


def _past_end(valid_until: str | None, today: date) -> bool:
    """Ended before today: it never airs again, so the slot's length does not count it
    (o18lan7 M6: 'chương trình dài 39 giây' counted a notice that ended the day before)."""
    try:
        return valid_until is not None and parse_date(valid_until) < today
    except InputError:
        return False  # a damaged date: counted, as the program would try it


def _no_members(station: Station, slot: Slot) -> str:
    """Why a slot's campaign gives it nothing to air: no announcement at all, or only
    retired ones (never "no announcements" when the store holds some)."""
    [(retired,)] = station.db.execute(
        "SELECT COUNT(*) FROM announcements WHERE campaign = ? AND retired_at IS NOT NULL",
        [slot.campaign],
    ).fetchall()
    campaign = station.campaign_titles().get(slot.campaign or "", slot.campaign)
    if retired:
        return ngettext(
            "slot '{name}': campaign '{campaign}' has nothing left to air: its {n} "
            "announcement is retired",
            "slot '{name}': campaign '{campaign}' has nothing left to air: its {n} "
            "announcements are retired",
            retired,
        ).format(name=slot.label, campaign=campaign, n=retired)
    return _("slot '{name}': campaign '{campaign}' has no announcements").format(
        name=slot.label, campaign=campaign
    )


def left_waiting(station: Station, slot: Slot) -> tuple[str, ...]:
    """The titles of the slot's announcements (its own and its campaign's) whose current
    version waits for approval: the slot airs without them until then (o15lan C7)."""
    return tuple(title for (title,) in station.db.execute(
        "SELECT title FROM announcements WHERE retired_at IS NULL AND approved_version IS NOT "
        "version AND (campaign = ? OR id IN (SELECT value FROM json_each(?))) ORDER BY title",
        [slot.campaign, json.dumps(list(slot.announcements))]))  # fmt: skip


def ended_before(station: Station, slot: Slot) -> tuple[tuple[str, date], ...]:
    """The title and end date of each notice the slot names by id whose days are over before
    the slot's first day (today, or its own later start): it never airs in it. A campaign's
    members that ended are its history, and are left alone."""
    first = max(station.today(), slot.valid_from or station.today())
    return tuple((title, date.fromisoformat(until)) for title, until in station.db.execute(
        "SELECT title, valid_until FROM announcements WHERE retired_at IS NULL "
        "AND valid_until < ? AND id IN (SELECT value FROM json_each(?)) ORDER BY title",
        [first.isoformat(), json.dumps(list(slot.announcements))]))  # fmt: skip


def retired_in(station: Station, slot: Slot) -> tuple[str, ...]:
    """The titles of the notices the slot names by id that are retired: it airs without them
    (a campaign's retired members are its history, and are left alone)."""
    return tuple(title for (title,) in station.db.execute(
        "SELECT title FROM announcements WHERE retired_at IS NOT NULL "
        "AND id IN (SELECT value FROM json_each(?)) ORDER BY title",
        [json.dumps(list(slot.announcements))]))  # fmt: skip


def emergency_in_slot(station: Station, slot: Slot) -> SlotError | None:
    """The refusal of a slot that names an emergency (o20lan9 N1: ticked by mistake, an
    evacuation order aired every morning with no end), or a notice stored as an emergency
    before NOTICE_PRIORITIES (one it had already keeps airing there: nothing stops
    silently): one rule for every door that stores a slot (the form, `schedule add`, a
    schedule file, the office's proposals, a re-air)."""
    found = station.db.execute(
        "SELECT title, origin = 'emergency' FROM announcements "
        "WHERE (origin = 'emergency' OR priority = 'emergency') "
        "AND id IN (SELECT value FROM json_each(?)) ORDER BY origin != 'emergency', title",
        [json.dumps(list(slot.announcements))],
    ).fetchall()
    if not found:
        return None
    title, sent = found[0]
    return SlotError(
        _("slot '{name}': “{title}” is an emergency, which airs when it is sent and never in a "
          "slot; to air it again, send it again with “Emergency broadcast”, or to remind "
          "people at set times, add an ordinary notice with the same words and put that in "
          "the slot").format(name=slot.label, title=title)
        if sent
        else _("slot '{name}': “{title}” has the priority emergency, which a notice no longer "
               "takes (an emergency airs once, with “Emergency broadcast”): change its priority "
               "to “priority” (a new version, to approve), then put it in the slot").format(
            name=slot.label, title=title),
        field="announce",
    )  # fmt: skip


def drafts_only(station: Station, slot: Slot) -> int:
    """How many drafts wait for approval when none of the slot's announcements (its own and
    its campaign's) has an approved version: the slot then airs nothing yet. 0 otherwise."""
    [(approved, drafts)] = station.db.execute(
        "SELECT COUNT(approved_version), COUNT(*) - COUNT(approved_version) FROM announcements "
        "WHERE retired_at IS NULL AND (campaign = ? OR id IN (SELECT value FROM json_each(?)))",
        [slot.campaign, json.dumps(list(slot.announcements))],
    ).fetchall()
    return 0 if approved else int(drafts)


def name_taken(name: str) -> StationError:
    """The refusal of a new slot whose name a slot of the schedule has."""
    return StationError(
        _("there is already a slot '{name}': change that one or choose another name").format(
            name=name
        ),
        field="name",
    )


Measured = dict[int | str, float]
"""Programs' lengths in minutes measured for one change: a stored slot's by its row id, a
new one's by its name (measuring may synthesise speech: once is enough)."""


def add_slots(
    station: Station,
    new: Sequence[Slot],
    dry_run: bool = False,
    new_only: bool = False,
    known: Measured | None = None,
    built_on: Mapping[str, str] | None = None,
) -> list[float]:
    """Check the slots against each other and the schedule, then store them all (replacing
    same-named ones, unless `new_only`) in one transaction, or only check them (`dry_run`).
    Returns each program's length in minutes.

    Programs are measured first (speech may need synthesising: slow, so outside any
    transaction); the overlap check, and `new_only`'s, run again inside the write transaction
    against the schedule as it is then, so of two operators adding clashing slots (or the same
    name) at once, one wins. `known`: the lengths measured already (first_free's)."""
    names = [s.name for s in new]
    if len(set(names)) != len(names):
        raise StationError(_("the same slot name is given twice"))
    refuse_while_behind(station)  # its days would start from a wrong "today"
    faults: list[BroadcasterError] = []
    for slot in new:  # before the programs are measured: a quick refusal changes nothing
        try:
            check_dates(slot, station.today())
        except SlotError as e:
            faults.append(e)
        if refused := emergency_in_slot(station, slot):
            faults.append(refused)
    if faults:
        raise StationError.together(faults)
    known = {} if known is None else known
    lengths = [known[s.name] if s.name in known else program_minutes(station, s) for s in new]

    def schedule_now() -> list[tuple[Slot, float]]:
        return scheduled(station, names, known)

    def check(others: list[tuple[Slot, float]]) -> None:
        for slot, length in zip(new, lengths, strict=True):
            try:
                check_slot(slot, length, others, station.config.quiet_hours)
            except SlotError as e:
                raise StationError.together(e.faults) from None
            others.append((slot, slot.max_minutes or length))

    check(schedule_now())  # measured outside the transaction: refusals come quickly
    if dry_run:
        return lengths
    now = utc_iso(station.clock())
    with station.db.conn:
        if new_only and (taken := [s.name for s in new if find_slot(station, s.name)]):
            raise name_taken(taken[0])
        check(schedule_now())
        for slot in new:  # an edit form built on a row replaced or removed since (o15lan B2)
            if (
                built_on
                and slot.name in built_on
                and slot_stamp(station, slot.name) != built_on[slot.name]
            ):
                raise ChangedMeanwhile(slot_changed(station, slot.name))
        for slot in new:
            station.db.execute(
                "UPDATE slots SET removed_at = ? WHERE name = ? AND removed_at IS NULL",
                [now, slot.name],
            )
            station.db.table("slots").insert(
                {**slot.fields(), "announcements": json.dumps(slot.announcements),
                 "created_at": utc_iso(slot.created_at), "removed_at": None,
                 "person": slot.person}
            )  # fmt: skip
    return lengths


def _kept(slot: Slot, was: Slot | None) -> Slot:
    """`slot` replacing `was`, a re-air's slot (moved in Lịch phát, or by `schedule add`):
    what it airs again and why (its title, which the log, the report and the board print),
    who asked for it and its one day stay, unless given anew (w27office #5: the edit dropped
    who asked; a `schedule add` without --title the title, the report reading 'phat-lai-4',
    and without dates it aired every day)."""
    from .reair import PREFIX

    if was is None or not slot.name.startswith(PREFIX):
        return slot
    dated = slot.valid_from is not None or slot.valid_until is not None
    return replace(
        slot,
        title=slot.title or was.title,
        person=slot.person or was.person,
        valid_from=slot.valid_from if dated else was.valid_from,
        valid_until=slot.valid_until if dated else was.valid_until,
    )


def scheduled(
    station: Station, leaving: Sequence[str] = (), known: Measured | None = None
) -> list[tuple[Slot, float]]:
    """The schedule's slots (but those named in `leaving`: about to be replaced), each with
    the minutes it keeps (its limit, else its program's length; `known` keeps the lengths
    measured, by row, for the next call)."""
    known = {} if known is None else known
    kept = []
    for row in station.db.table("slots").rows_where("removed_at IS NULL"):
        if row["name"] in leaving:
            continue
        try:
            slot = _slot(row)
        except (BroadcasterError, ValueError, TypeError):
            continue  # a damaged slot plans nothing, so it cannot overlap
        if row["id"] not in known:
            known[row["id"]] = slot.max_minutes or program_minutes(station, slot)
        kept.append((slot, known[row["id"]]))
    return kept


def first_free(
    station: Station, slot: Slot, earliest: time, known: Measured | None = None
) -> time | None:
    """The first whole minute from `earliest` at which `slot` could air without meeting
    another slot or quiet hours, the same day (None: no room left before midnight); the
    lengths it measures are kept in `known`, for add_slots to store the slot with."""
    known = {} if known is None else known
    if slot.name not in known:
        known[slot.name] = program_minutes(station, slot)
    found = free_time(slot, known[slot.name], scheduled(station, [slot.name], known),
                      station.config.quiet_hours, earliest)  # fmt: skip
    return found if found is not None and found >= earliest else None


def slot_stamp(station: Station, name: str) -> str:
    """What a slot's edit form carries of the slot it was built from: its row, which a save
    replaces ("" once it is removed)."""
    row = station.db.execute(
        "SELECT id FROM slots WHERE name = ? AND removed_at IS NULL", [name]
    ).fetchone()
    return str(row[0]) if row else ""


def slot_changed(station: Station, name: str) -> str:
    """The sentence refusing a slot's save built on an older copy: when it was saved again
    or removed meanwhile; nothing was saved."""
    zone, today = station.config.zone, station.today()
    row = station.db.execute(
        "SELECT created_at, removed_at, title FROM slots WHERE name = ? ORDER BY id DESC LIMIT 1",
        [name],
    ).fetchone()
    label = (row[2] if row else None) or name
    if row is None or row[1]:
        return _("Slot {name} was removed ({when}) after this page was opened: nothing was "
                 "saved.").format(name=label, when=local_text(row[1], zone, today, mid=True) if row
                                  else "")  # fmt: skip
    return _("Slot {name} was saved again ({when}) after this page was opened: nothing was "
             "saved; your values are kept, beside it as saved now.").format(
        name=label, when=local_text(row[0], zone, today, mid=True))  # fmt: skip


def find_slot(station: Station, name: str) -> Slot | None:
    """The slot of that name as it airs now, or None (nor for one that cannot be planned)."""
    return find_slots(station, [name]).get(name)


def find_slots(station: Station, names: Sequence[str]) -> dict[str, Slot]:
    """The slots of these names as they air now, by name (those that cannot be planned left
    out): their rows are read, not the schedule's (Nhật ký asks about every row it lists); none
    asked, none read (Trang chủ asks so at each look when nothing failed)."""
    if not names:
        return {}
    marks = ", ".join("?" for _ in names)
    found = {}
    for row in station.db.table("slots").rows_where(
        f"name IN ({marks}) AND removed_at IS NULL", list(names)
    ):
        try:
            found[row["name"]] = _slot(row)
        except (BroadcasterError, ValueError, TypeError):
            continue  # a damaged slot plans nothing
    return found


def remove_slot(station: Station, name: str) -> None:
    """Stop the slot from now on (its airings before now keep their rows)."""
    refuse_while_behind(station)  # a removal dated years back would unplan the real days
    with station.db.conn:
        cursor = station.db.execute(
            "UPDATE slots SET removed_at = ? WHERE name = ? AND removed_at IS NULL",
            [utc_iso(station.clock()), name],
        )
    if not cursor.rowcount:
        raise StationError(_("there is no slot '{name}'").format(name=name))


def read_schedule_file(
    path: Path, created_at: datetime, own_campaign: str | None = None
) -> list[Slot]:
    """A schedule TOML: one [[slot]] table per slot, keys as the `schedule add` options. In
    a campaign's own schedule (`own_campaign`), a slot that names neither a campaign nor
    announcements airs that campaign."""
    problem = not_a_file(path, _("a schedule file (.toml, with [[slot]] tables)"), empty=True)
    if problem:
        raise StationError(problem)
    try:
        data = path.read_bytes()
    except OSError as e:
        raise StationError(
            _("{path}: cannot read it ({reason})").format(path=path, reason=describe_os_error(e))
        ) from None
    return read_schedule(data, str(path), created_at, own_campaign)


def read_schedule(
    data: bytes, path: str, created_at: datetime, own_campaign: str | None = None
) -> list[Slot]:
    """`read_schedule_file` of a schedule's bytes, named `path` where it is at fault (the
    office reads the ones it published before from its repository)."""
    from announcements.old_fonts import text_file

    try:
        text = text_file(data, path)  # Notepad's BOM, "Unicode", an old font
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as e:
        raise StationError(
            _("{path}: {problem}").format(path=path, problem=toml_problem(e))
        ) from None
    entries = raw.get("slot")
    unknown = sorted(set(raw) - {"slot"})
    if unknown or not isinstance(entries, list) or not all(isinstance(e, dict) for e in entries):
        raise StationError(
            _("{path}: expected [[slot]] tables only (each with name, at, …)").format(path=path)
        )
    built = []
    for n, entry in enumerate(entries, 1):
        extra = sorted(set(entry) - set(SLOT_FIELDS))
        if extra:
            raise StationError(
                _("{path}, line {line}: slot {n}: unknown key '{key}'").format(
                    path=path, line=_slot_line(text, n, extra[0]), n=n, key=extra[0]
                )
            )
        try:
            built.append(
                make_slot(
                    entry.get("name", ""),
                    entry.get("at", ""),
                    entry.get("days", "daily"),
                    entry.get("from"),
                    entry.get("until"),
                    entry.get("campaign", None if "announce" in entry else own_campaign),
                    entry.get("announce", ()),
                    entry.get("max_minutes"),
                    created_at=created_at,
                    title=entry.get("title"),
                )
            )
        except (SlotError, InputError) as e:
            key = {"since": "from"}.get(e.field or "", e.field) if len(e.faults) == 1 else None
            raise StationError(
                _("{path}, line {line}: slot {n}: {problem}").format(
                    path=path, line=_slot_line(text, n, key), n=n, problem=e
                )
            ) from None
    return built


_TABLE = re.compile(r"^\s*\[")
_SLOT_TABLE = re.compile(r"^\s*\[\[\s*slot\s*\]\]")


def _slot_line(text: str, n: int, key: str | None) -> int:
    """The line of slot `n`'s `key` in a schedule file (of its [[slot]] header when the key
    is not written there, or several are at fault): a person opens the file at that line."""
    lines = text.splitlines()
    headers = [i for i, line in enumerate(lines) if _SLOT_TABLE.match(line)]
    if len(headers) < n:
        return 1
    start = headers[n - 1]
    written = re.compile(rf"^\s*[\"']?{re.escape(key)}[\"']?\s*=") if key else None
    for i in range(start + 1, len(lines)):
        if _TABLE.match(lines[i]):
            break
        if written and written.match(lines[i]):
            return i + 1
    return start + 1


# ----- the plan ----------
CANDIDATE_COLUMNS = ("a.id", "a.campaign", "a.priority", "a.version", "a.approved_version",
                     "a.retired_at", "a.valid_from", "a.valid_until", "v.created_at",
                     "a.kind = 'recording'", "s.path", "a.origin = 'emergency'")  # fmt: skip
"""What the planner reads of an announcement (the daemon plans again at each slot's second:
only these columns, as plain rows): the current version's day and recording file too."""
CANDIDATE_FROM = (
    "announcements a LEFT JOIN announcement_versions v "
    "ON v.announcement_id = a.id AND v.version = a.version "
    "LEFT JOIN assets s ON s.sha256 = v.recording_sha256"
)


def _candidate(values: Sequence[Any], station: Station) -> Candidate:
    (id_, campaign, priority, version, approved_version, retired_at, valid_from, valid_until,
     made_at, recording, audio, emergency) = values  # fmt: skip
    return Candidate(
        id=id_,
        campaign=campaign,
        priority=Priority(priority),
        approved=approved_version == version,
        retired=bool(retired_at),
        valid_from=parse_date(valid_from) if valid_from else None,
        valid_until=parse_date(valid_until) if valid_until else None,
        version=version,
        approved_version=approved_version,
        made_on=(
            datetime.fromisoformat(made_at).astimezone(station.config.zone).date()
            if made_at
            else None
        ),
        playable=not recording or (audio is not None and (station.root / audio).is_file()),
        emergency=bool(emergency),
    )


def candidates(station: Station) -> list[Candidate]:
    """Announcements as the planner sees them; a damaged row cannot air and is left out
    (airing it by hand says what is wrong with it)."""
    from .notices import title_order

    found = []
    query = f"SELECT {', '.join(CANDIDATE_COLUMNS)}, a.title FROM {CANDIDATE_FROM}"
    rows = sorted(station.db.execute(query), key=lambda row: title_order(row[-1] or "", row[0]))
    for *values, _title in rows:  # a campaign's members air in this order
        try:
            found.append(_candidate(values, station))
        except (InputError, ValueError):
            continue
    return found


def pending_priority(station: Station) -> list[str]:
    """Approved priority announcements whose current version has not aired yet: not on the
    loudspeakers (on air now counts: it is not pulled in twice). One that played only into a
    file (or the test sink) reached nobody, and is still due (w29reair); but it waits, after
    that, until the station airs on the loudspeakers again (an airing after it that reached
    them): a station on trial, or that lost its sound card, does not pull it into every slot,
    each of them into a file again. The one rule, `reaches_loudspeakers`."""
    heard = loudspeakers_sql("airings.sink")
    return [
        row[0]
        for row in station.db.execute(
            f"""
            SELECT a.id FROM announcements a
            WHERE a.priority = 'priority' AND a.retired_at IS NULL
              AND a.approved_version = a.version
              AND NOT EXISTS (
                SELECT 1 FROM airing_items i JOIN airings ON airings.seq = i.airing_seq
                WHERE i.announcement_id = a.id AND i.version = a.version
                  AND (airings.status = 'started'
                       OR airings.status IN ('aired', 'partial') AND {heard}))
              AND NOT EXISTS (
                SELECT 1 FROM airing_items i JOIN airings ON airings.seq = i.airing_seq
                WHERE i.announcement_id = a.id AND i.version = a.version
                  AND airings.status IN ('aired', 'partial')
                  AND airings.seq > COALESCE((SELECT airings.seq FROM airings
                      WHERE airings.status IN ('aired', 'partial') AND {heard}
                      ORDER BY airings.seq DESC LIMIT 1), 0))
            ORDER BY a.id
            """
        )
    ]


def plan(
    station: Station, start: datetime, end: datetime, include_removed: bool = False
) -> list[PlannedAiring]:
    return plan_airings(
        slots(station, include_removed),
        candidates(station),
        start,
        end,
        station.config.zone,
        pending_priority(station),
    )


def held(station: Station, start: datetime, end: datetime) -> list[PlannedAiring]:
    """Slot airings in [start, end) that air nothing because what the slot aired before
    waits for approval of its new version (the rule: a new version airs once approved).
    Each is logged `missed` at its time (Runner.settle), so the log and the office see
    every planned airing's outcome; `announcement_ids` are the waiting ones."""
    found = candidates(station)
    by_id, zone = {c.id: c for c in found}, station.config.zone
    active = slots(station)
    airing = {p.key for p in plan_airings(active, found, start, end, zone,
                                          pending_priority(station))}  # fmt: skip
    result = []
    for slot in active:
        for moment in slot.occurrences(start, end, zone):
            if (slot.name, moment) in airing:
                continue
            waiting = _waiting(slot, by_id, moment.astimezone(zone).date())
            if waiting:
                result.append(PlannedAiring(slot.name, moment, waiting, slot.max_minutes))
    return sorted(result, key=lambda p: (p.at, p.slot))


def _waiting(slot: Slot, by_id: dict[str, Candidate], day: date) -> tuple[str, ...]:
    """What the slot leaves out on `day` because its new version waits for approval (an
    earlier one was approved: it aired, and will again once approved)."""
    return tuple(i for i, why in left_out(slot, by_id, day)
                 if why is Silence.DRAFT and by_id[i].approved_version is not None)  # fmt: skip


def held_back(station: Station, planned: PlannedAiring) -> tuple[str, ...]:
    """What the slot airing `planned` leaves out while it airs the rest, because its new
    version waits for approval: the row says so, and the office tells Mai whom to call
    (o14web2 C2; a slot that airs nothing is `held`)."""
    by_id = {c.id: c for c in candidates(station)}
    day = planned.at.astimezone(station.config.zone).date()
    return next((_waiting(slot, by_id, day) for slot in slots(station)
                 if slot.name == planned.slot), ())  # fmt: skip


def held_note(station: Station, held_ids: Sequence[str]) -> str:
    """Why a held airing did not air: which announcements wait for approval of which
    version, as the office and the operator read it."""
    which = []
    for announcement_id in held_ids:
        found = station.find_announcement(announcement_id)
        title = found.title if found else announcement_id
        which.append(_("“{title}” version {version}").format(
            title=title, version=found.version if found else "?"))  # fmt: skip
    return _(HELD_NOTE).format(which=", ".join(which))


def held_so_far(station: Station, announcement_id: str, version: int | None) -> str:
    """How many airings already left out this waiting version, since when, and that it airs
    again once approved (o16lan4 C2: "từ ngày mai" read as if nothing was lost yet); empty
    when none has. Not the rows a clock run ahead wrote for days still to come (void: they
    stand for no airing, v27review)."""
    count, first = station.db.execute(
        "SELECT COUNT(*), MIN(a.started_at) FROM airings a, json_each(a.held) h "
        "WHERE a.held IS NOT NULL AND json_extract(h.value, '$.announcement_id') = ? "
        f"AND json_extract(h.value, '$.version') = ? AND a.{STANDS}",
        [announcement_id, version],
    ).fetchone()
    if not count:
        return ""
    return ngettext(
        "It has already been left out of {n} airing, since {since}; it airs again once "
        "version {version} is approved.",
        "It has already been left out of {n} airings, since {since}; it airs again once "
        "version {version} is approved.",
        count,
    ).format(
        n=count,
        since=local_text(first, station.config.zone, station.today(), mid=True),
        version=version,
    )


HELD_NOTE = N_("not aired: every announcement of the slot waits for approval of its new "
               "version: {which}; once it is approved, the next slots air it")  # fmt: skip
HELD_NOTES = (HELD_NOTE, N_("not aired: every announcement of the slot waits for approval of "
                            "its new version: {which}; it airs again once approved"))  # fmt: skip
"""What a held airing's row says, and said before (o14net F5: "it airs again" read as this
airing, beside "the station does not air it again"); the old one kept in the catalog, so a
row logged so in English is shown in Vietnamese, and both are known as a hold."""


LOOKAHEAD = timedelta(days=7)
"""How far ahead the station looks for announcements that will not air."""


def plan_ahead(station: Station) -> list[PlannedAiring]:
    now = station.clock()
    return plan(station, now, now + LOOKAHEAD)


def silenced(station: Station) -> list[WontAir]:
    """Announcements the slots of the coming week name but will air without, and why."""
    return _silenced(slots(station), candidates(station), station.clock(), station.config.zone)


def _silenced(
    live: Sequence[Slot], known: Sequence[Candidate], now: datetime, zone: ZoneInfo
) -> list[WontAir]:
    """`silenced` of slots and notices already read (`slots_ask` reads them once)."""
    return will_not_air(live, known, now, now + LOOKAHEAD, zone)


@dataclass(frozen=True)
class Slotted:
    """A notice that live slots still name, with those slots (silence.ended_in_slots,
    silence.old_emergencies_in_slots)."""

    announcement_id: str
    title: str
    until: date | None
    """Its end date, if it has one."""
    slots: tuple[str, ...]
    """The slots by title as people know them."""


def _slotted(
    station: Station, found: Sequence[tuple[Candidate, tuple[Slot, ...]]]
) -> list[Slotted]:
    if not found:  # almost always: Trang chủ and `status` ask at every look
        return []
    titles, labels = station.titles(), station.slot_titles()
    return [
        Slotted(c.id, titles.get(c.id) or c.id, c.valid_until,
                tuple(labels.get(s.name, s.name) for s in named))
        for c, named in found
    ]  # fmt: skip


@dataclass(frozen=True)
class SlotsAsk:
    """What the live slots and the notices they name ask of her, from one read of each
    (Trang chủ and `status` read them three times and twice: review22b #5)."""

    silenced: list[WontAir]
    """What the coming week's slots name but will air without (`silenced`)."""
    ended: list[Slotted]
    """Notices that ended as planned and are still in slots."""
    old_emergencies: list[Slotted]
    """Notices stored as emergencies before a notice could no longer be one, that slots still
    air every day, by title."""
    quiet: list[str]
    """A sentence for each slot the quiet hours always refuse (`in_quiet_hours`)."""
    too_long: list[str]
    """A sentence for each slot whose program outgrew its limit (`over_limit`)."""


def slots_ask(station: Station) -> SlotsAsk:
    """`SlotsAsk` of the station now."""
    live, known = slots(station), candidates(station)
    now, zone = station.clock(), station.config.zone
    today = now.astimezone(zone).date()  # one instant: not the next day's date at 23:59:59.9
    old = _slotted(station, old_emergencies_in_slots(live, known, today))
    return SlotsAsk(
        _silenced(live, known, now, zone),
        _slotted(station, ended_in_slots(live, known, today)),
        sorted(old, key=lambda s: (s.title, s.announcement_id)),
        in_quiet_hours(station, live, today),
        over_limit(station, live, known),
    )


IN_QUIET_HOURS = N_(
    "Slot “{slot}” at {time} is in the station's quiet hours ({start}–{end}): the station "
    "refuses it every time, so it never airs. Change the slot's time in “Schedule”, or change "
    "the quiet hours (broadcaster config set quiet_hours …)."
)
"""Said in "Needs attention" and on the slot's page of a slot made before its quiet hours
were widened (a slot is refused in them when saved: `check_slot`)."""


def in_quiet_hours(station: Station, live: Sequence[Slot], today: date) -> list[str]:
    """`IN_QUIET_HOURS` for each of the `live` slots not over by `today` whose time the quiet
    hours hold: the rundown marks each of its airings "will not air", the banner names none
    of them, but nothing told the officer why or what to do (w31office, session 30's left)."""
    hush = station.config.quiet_hours
    if hush is None:
        return []
    return [
        _(IN_QUIET_HOURS).format(slot=slot.label, time=clock_text(slot.at),
                                 start=clock_text(hush.start), end=clock_text(hush.end))
        for slot in live
        if hush.contains(slot.at) and (slot.valid_until is None or slot.valid_until >= today)
    ]  # fmt: skip


OVER_LIMIT = N_(
    "Slot “{slot}” at {time}: its program now lasts {length}, longer than the slot's limit of "
    "{limit}: the station refuses it every time, so it never airs. Shorten the program (take "
    "notices out of the slot or out of its campaign), or raise the slot's “Longest program "
    "(minutes)” in “Schedule”."
)
"""Said in "Needs attention" and on the slot's page of a slot whose notices grew past its
limit since it was saved (a slot is refused when saved so: `check_slot`)."""


def over_limit(station: Station, live: Sequence[Slot], known: Sequence[Candidate]) -> list[str]:
    """`OVER_LIMIT` for each of the `live` slots with a limit whose next airing in the week
    ahead (`known`: the notices) is longer: each of its airings fails, and only the rundown
    said so, airing by airing (w31attn). Lengths as the rundown knows them: the speech cache
    and the recordings' stored durations (made ahead of each slot), never synthesis; a
    priority notice pulled into one airing is that airing's, not the slot's."""
    limited = [slot for slot in live if slot.max_minutes]
    if not limited:
        return []
    now, zone = station.clock(), station.config.zone
    first: dict[str, PlannedAiring] = {}
    for slot in limited:  # its next time only: a week of 50 slots planned cost Trang chủ 20 ms
        if (at := next(slot.occurrences(now, now + LOOKAHEAD, zone), None)) is not None:
            for next_one in plan_airings([slot], known, at, at + timedelta(seconds=1), zone):
                first[slot.name] = next_one
    items = rundown_items(station, station.synthesizer,
                          (i for p in first.values() for i in p.announcement_ids))  # fmt: skip
    lengths, found = ProgramLengths.of(station), []
    for slot in limited:
        if (planned := first.get(slot.name)) is None or slot.max_minutes is None:
            continue  # nothing to air at its next time: no program to measure
        total, _complete = lengths.seconds([items[i] for i in planned.announcement_ids])
        if total > slot.max_minutes * 60:
            found.append(_(OVER_LIMIT).format(
                slot=slot.label, time=clock_text(slot.at), length=duration_text(total),
                limit=duration_text(slot.max_minutes * 60)))  # fmt: skip
    return found


def replacing(
    station: Station,
    new: Sequence[Slot],
    new_only: bool = False,
    known: Measured | None = None,
    built_on: Mapping[str, str] | None = None,
) -> list[ScheduledSlot]:
    """Store `new` slots (see add_slots), each with the slot of its name it replaces and the
    announcements that replaced slot aired which then air in no slot: nothing stops airing
    without the command saying so."""
    old = {s.name: s for s in slots(station) if s.name in {n.name for n in new}}
    # the week ahead is planned (slow: every slot's programs) only when a slot is replaced:
    # a new slot, or a re-air, stops nothing (o12b: each was planned twice for nothing)
    before = plan_ahead(station) if old else []
    new = [_kept(s, old.get(s.name)) for s in new]
    lengths = add_slots(station, new, new_only=new_only, known=known, built_on=built_on)
    still = {i for p in plan_ahead(station) for i in p.announcement_ids} if old else set()
    stops: dict[str, list[str]] = {}
    for planned in (p for p in before if p.slot in old):
        for announcement_id in planned.announcement_ids:
            told = any(announcement_id in ids for ids in stops.values())
            if announcement_id not in still and not told:
                stops.setdefault(planned.slot, []).append(announcement_id)
    return [
        ScheduledSlot(
            s,
            m,
            old.get(s.name),
            tuple(stops.get(s.name, ())),
            drafts_only(station, s),
            left_waiting(station, s),
            ended_before(station, s),
            retired_in(station, s),
        )
        for s, m in zip(new, lengths, strict=True)
    ]


@contextmanager
def watching_losses(station: Station) -> Iterator[list[WontAir]]:
    """Around a change (a new version, a sync, a retirement): fills the list it yields with
    what the change took off the coming week's airings."""
    before = plan_ahead(station)
    found: list[WontAir] = []
    yield found
    found += lost(before, plan_ahead(station), candidates(station), station.config.zone)


NAMED_SLOTS = 3
"""Up to this many slots are named; more are counted ("15 khung giờ từ hôm nay 10:38"):
fifteen names fill a phone's screen and say less."""


def slots_text(names: Sequence[str]) -> str:
    """The slots that lose an announcement: by name when few, else how many."""
    if len(names) > NAMED_SLOTS:
        return ngettext("{n} slot", "{n} slots", len(names)).format(n=len(names))
    return _("slot(s) {names}").format(names=", ".join(names))


def approvers_text(station: Station) -> str:
    """Who may approve, as people know them: 'Nguyễn Văn Hùng – Phó Chủ tịch'. Accounts
    without a person's name are left out when one has a name, else named by their role: a
    log-in such as 'quantri' is nobody she can ask (o15lan2 N7)."""
    from .accounts import Role

    found = [a for a in station.accounts.list() if a.role.allows(Role.APPROVER)]
    named = [a.person for a in found if a.full_name]
    roles = dict.fromkeys(a.role.label for a in found)
    return ", ".join(named or roles) or _("an approver's account, made by the admin")


IN_NO_SLOT = N_("“{title}” is approved but is in no slot, so it will not air. Add it to a slot "
                "in “Schedule”.")  # fmt: skip


EMERGENCY_IN_SLOT = N_(
    "{slots} name the emergency {name}: an emergency airs when it is sent, never in a "
    "slot, so {slots} air without it; take it out of the slot in “Schedule”"
)
"""Said once in "Needs attention" of a slot that names an emergency: it is never aired daily."""


def wont_air_text(station: Station, wont: WontAir, approver: bool = True) -> str:
    """One sentence for the operator: which announcement (its title as people know it), which
    slots lose it from when, why, and what to do: an approver approves, anyone else asks one
    by name (o15lan C7: Lan has no approve button)."""
    zone, today = station.config.zone, station.today()
    titled = station.db.execute(
        "SELECT title, refused_version, refused_by, refused_reason, origin FROM announcements "
        "WHERE id = ?", [wont.announcement_id]
    ).fetchone()  # fmt: skip
    title = titled[0] if titled else wont.announcement_id
    refused = titled is not None and titled[1] is not None and titled[1] == wont.version
    labels = station.slot_titles()
    values = {
        "id": wont.announcement_id,
        "name": f"“{title}”",  # its title alone: the id is what the command line types
        "slots": slots_text([labels.get(name, name) for name in wont.slots]),
        "first": airs_text(wont.first_at, zone, today, mid=True),
        "version": wont.version,
        "approved": wont.approved_version,
        "day": day_text(wont.valid_until) if wont.valid_until else "",  # a date: not "hôm qua"
        "by": station.accounts.person(titled[2]) if refused else "",
        "reason": titled[3] if refused else "",
    }
    if wont.reason is Silence.DRAFT and refused:
        text = _("{name} will not air in {slots} from {first}: {by} did not approve "
                 "version {version} ({reason}); change it, and the new version waits for "
                 "approval")  # fmt: skip
    elif wont.reason is Silence.DRAFT and not approver and wont.approved_version:
        values["approvers"] = approvers_text(station)
        text = _("{name} will not air in {slots} from {first}: its version "
                 "{version} waits for approval (version {approved} was approved); ask an "
                 "approver ({approvers}) to approve version {version}")  # fmt: skip
    elif wont.reason is Silence.DRAFT and not approver:
        values["approvers"] = approvers_text(station)
        text = _("{name} will not air in {slots} from {first}: its version "
                 "{version} waits for approval; ask an approver ({approvers}) to approve "
                 "version {version}")  # fmt: skip
    elif wont.reason is Silence.DRAFT and wont.approved_version:
        text = _("{name} will not air in {slots} from {first}: its version "
                 "{version} waits for approval (version {approved} was approved); approve "
                 "version {version} to air it")  # fmt: skip
    elif wont.reason is Silence.DRAFT:
        text = _("{name} will not air in {slots} from {first}: its version "
                 "{version} waits for approval; approve version {version} to air it")  # fmt: skip
    elif wont.reason is Silence.RETIRED:
        text = _("{name} is retired: {slots} air without it from {first}; "
                 "add its file again to bring it back, or take it out of the slot")  # fmt: skip
    elif wont.reason is Silence.EMERGENCY:  # a store from before add_slots refused one
        text = _(EMERGENCY_IN_SLOT)
    elif wont.reason is Silence.UNKNOWN:
        text = _("{slots} name announcement “{id}”, which is missing or damaged: "
                 "they air without it from {first}; add it again, or take it out of the "
                 "slot")  # fmt: skip
    elif wont.reason is Silence.NO_AUDIO:
        text = _("{name} cannot air: its recording's file is missing from the station "
                 "folder; {slots} air without it from {first}; send the recording "
                 "again")  # fmt: skip
    elif wont.reason is Silence.IN_NO_SLOT:  # approving it is not airing it (o17lan6 A1)
        values["title"] = title
        text = _(IN_NO_SLOT)
    elif wont.reason is Silence.NOT_YET_VALID:  # a start far ahead (`unexpected`)
        values["start"] = day_text(wont.valid_from, today, mid=True) if wont.valid_from else ""
        text = _("{name} first airs on {start}, more than two months after it was saved: "
                 "{slots} air without it until then; if that start date was mistyped, "
                 "change it")  # fmt: skip
    else:  # a version made after its own end date (`unexpected`): dates are no alarm else
        # (an office's notice that reached a station offline past its end, a store from
        # before the doors refused one): it may be a mistyped date, or a notice that ended as
        # planned; extending the date of the latter airs a deadline gone by (o19lan8 L6)
        last = last_aired(station, wont.announcement_id)
        upstream = titled is not None and titled[4] == "upstream"  # she cannot change its date
        if last is None and upstream:  # o20lan9 N2: she did not save it, nor can she edit it
            text = _("{name} reached the station from the office after its end date {day}, so "
                     "it has never aired and will not air: {slots} air without it; if that date "
                     "is mistyped, ask the office to correct it and send it again, else take it "
                     "out of the slot in “Schedule”")  # fmt: skip
        elif last is None:
            text = _("{name} was saved after its end date {day}, so it has never aired and "
                     "will not air: {slots} air without it; if that date is mistyped, correct "
                     "it with “Change the text” on the notice's page, else take it out of the slot "
                     "in “Schedule”")  # fmt: skip
        elif upstream:
            values["last"] = day_text(last.astimezone(zone).date())
            text = _("version {version} of {name} reached the station from the office after its "
                     "end date {day}, so it will not air (the notice last aired on {last}): "
                     "{slots} air without it; if that date is mistyped, ask the office to "
                     "correct it and send it again, else take it out of the slot in "
                     "“Schedule”")  # fmt: skip
        else:  # an earlier version aired (review19 #4): only this one never had a day
            values["last"] = day_text(last.astimezone(zone).date())
            text = _("version {version} of {name} was saved after its end date {day}, so it "
                     "will not air (the notice last aired on {last}): {slots} air without it; "
                     "if that date is mistyped, correct it with “Change the text” on the "
                     "notice's page, else take it out of the slot in “Schedule”")  # fmt: skip
    said = text.format(**values)
    held = held_so_far(station, wont.announcement_id, wont.version)
    if wont.reason is Silence.DRAFT and not refused and held:
        said += ". " + held.removesuffix(".")
    return said


def last_aired(station: Station, announcement_id: str) -> datetime | None:
    """When the log last has the notice on air (any version, aired or partly) on the
    loudspeakers, if ever: into a file nobody heard it (w29reair)."""
    (latest,) = station.db.execute(
        "SELECT MAX(a.started_at) FROM airing_items i JOIN airings a ON a.seq = i.airing_seq "
        f"WHERE i.announcement_id = ? AND a.status IN ('aired', 'partial') AND "
        f"{loudspeakers_sql('a.sink')}", [announcement_id]
    ).fetchone()  # fmt: skip
    return datetime.fromisoformat(latest) if latest else None


@dataclass(frozen=True)
class RundownItem:
    announcement_id: str
    title: str
    priority: str
    readings: int
    seconds: float | None
    """None until its speech has been synthesised."""
    campaign: str | None = None
    why: str | None = None
    """Why it is in an airing of a slot that does not name it (a priority pulled in)."""


PULLED_IN = N_(
    "priority notice that has not aired yet: it goes first in the next slot, whichever it is"
)


@dataclass(frozen=True)
class LeftOut:
    """An announcement a slot names that one of its airings goes without, and why."""

    announcement_id: str
    title: str
    reason: Silence
    why: str
    """The reason in the station's words ("version 2 waits for approval")."""


@dataclass(frozen=True)
class RundownEntry:
    """One airing to come: when, which slot, its items and its length; what the slot names
    that it goes without. A slot with nothing to air that day has no items."""

    slot: str
    at: datetime
    """Local time."""
    items: tuple[RundownItem, ...]
    total_s: float
    complete: bool
    """False while some item's length is unknown (its speech not synthesised yet)."""
    warnings: tuple[str, ...]
    """Why it will not air though it has items (longer than the slot's limit, in quiet
    hours): the station refuses it then, as the daemon's log says."""
    label: str = ""
    """The slot as people read it (its title, else its name)."""
    left_out: tuple[LeftOut, ...] = ()

    @property
    def airs(self) -> bool:
        """Something goes out: it has items and nothing stops it (v29review: the evening's
        "Lượt phát tới" named an airing over its slot's limit, which does not air)."""
        return bool(self.items) and not self.warnings


def left_out_why(reason: Silence, candidate: Candidate | None, today: date | None = None) -> str:
    """Why an announcement is left out of an airing, in a few words; days near `today` as
    "hôm qua", without it as dates (a signed report states dates: o18lan7 M1)."""
    if candidate is None or reason is Silence.UNKNOWN:
        return _("no announcement has this id")
    if reason is Silence.DRAFT:
        return _("version {version} waits for approval").format(version=candidate.version)
    if reason is Silence.RETIRED:
        return _("retired")
    if reason is Silence.EMERGENCY:
        return _("an emergency: it airs in no slot")
    day = day_text(candidate.valid_until) if candidate.valid_until else ""
    if reason is Silence.EXPIRED and unexpected(candidate, reason):  # o20lan9 N4: one that
        # ended on plan is never listed; this one never had its days, which is worth saying
        return _("put into the station after its end date {day}: it never had a day on air").format(
            day=day
        )
    if reason is Silence.EXPIRED:  # a date: an end is no day near today (o19lan8 L6)
        return _("expired: valid until {day}").format(day=day)
    if reason is Silence.NOT_YET_VALID:
        return _("valid only from {day}").format(
            day=day_text(candidate.valid_from, today, mid=True) if candidate.valid_from else ""
        )
    return _("its recording's file is missing from the station folder")


def _titles(station: Station, ids: Iterable[str]) -> dict[str, str]:
    return dict(
        station.db.execute(
            "SELECT id, title FROM announcements WHERE id IN (SELECT value FROM json_each(?))",
            [json.dumps(list(ids))],
        ).fetchall()
    )


def rundown_items(
    station: Station, synthesizer: Synthesizer, ids: Iterable[str]
) -> dict[str, RundownItem]:
    """Announcements as a rundown shows them, read in one query (a page shows dozens), each
    one's duration from the speech cache (no synthesis)."""
    wanted = list(dict.fromkeys(ids))
    rows = station.db.query(
        "SELECT a.*, v.text, v.recording_sha256 FROM announcements a "
        "JOIN announcement_versions v ON v.announcement_id = a.id AND v.version = a.version "
        "WHERE a.id IN (SELECT value FROM json_each(?))",
        [json.dumps(wanted)],
    )
    found = {row["id"]: Announcement.from_row(row, row) for row in rows}
    for missing in set(wanted) - found.keys():  # says which one, as reading it alone does
        found[missing] = station.announcement(missing, spoken=False)
    voice = station.config.speech.voice
    spoken = synthesizer.stored_seconds(  # one query for all: the speech cache's lengths
        (a.text or "", a.voice or voice) for a in found.values() if a.kind is not Kind.RECORDING
    )
    return {i: _rundown_item(station, spoken, found[i]) for i in wanted}


def _rundown_item(
    station: Station, spoken: Mapping[tuple[str, str], float], found: Announcement
) -> RundownItem:
    if found.kind is Kind.RECORDING:
        seconds: float | None = station.assets.get(found.recording_sha256 or "").duration_s
    else:
        seconds = spoken.get((found.text or "", found.voice or station.config.speech.voice))
    return RundownItem(
        found.id,
        found.title,
        found.priority,
        found.repeat,
        seconds * found.repeat if seconds is not None else None,
        found.campaign,
    )


@dataclass(frozen=True)
class ProgramLengths:
    """What a program's length adds up from besides its notices, read once for many programs
    (a rundown's, the slots' limits on Trang chủ): no synthesis, only what is stored."""

    jingles: dict[str, float]
    bridge: float | None
    """The bridge between readings: its jingle, else its spoken text if in the speech cache."""
    gap: float

    @classmethod
    def of(cls, station: Station) -> ProgramLengths:
        jingles = {
            row["role"]: station.assets.get(row["asset_sha256"]).duration_s
            for row in station.db.table("jingles").rows
        }
        bridge, text = jingles.get("bridge"), station.config.program.bridge_text
        if bridge is None and text:
            spoken = station.synthesizer.cached(text, station.config.speech.voice)
            bridge = spoken.asset.duration_s if spoken else None
        return cls(jingles, bridge, station.config.program.gap_s)

    def seconds(self, items: Sequence[RundownItem]) -> tuple[float, bool]:
        """The length of a program of `items` as assembled (intro, readings with bridges,
        outro, gaps between), and whether every part of it is known (else at least that)."""
        parts: list[float | None] = [
            self.jingles[r] for r in ("intro", "outro") if r in self.jingles and items
        ]
        for item in items:
            reading = item.seconds / item.readings if item.seconds is not None else None
            parts += [reading] * item.readings + [self.bridge] * (item.readings - 1)
        known = [p for p in parts if p is not None]
        return sum(known) + self.gap * max(0, len(parts) - 1), len(known) == len(parts)


def rundown(
    station: Station,
    first_day: date | None,
    days: int,
    limit: int | None = None,
    whole_days: bool = False,
    silent: bool = False,
) -> list[RundownEntry]:
    """Every airing to come from `first_day` (default today, from now on) for `days` days
    (only the first `limit` of them, if given); with `whole_days`, also those of these days
    that are past (a printed week); with `silent`, also each time a slot has nothing to air
    (no items, and what it names left out with why)."""
    zone = station.config.zone
    start, end = _span(station, first_day, days, whole_days)
    synthesizer, lengths = station.synthesizer, ProgramLengths.of(station)
    hush = station.config.quiet_hours
    entries = []
    labels = station.slot_titles()
    active, known = slots(station), candidates(station)
    planned_airings = plan_airings(active, known, start, end, zone, pending_priority(station))
    if silent:
        planned_keys = {p.key for p in planned_airings}
        quiet = [
            PlannedAiring(slot.name, moment, (), slot.max_minutes)
            for slot in active
            for moment in slot.occurrences(start, end, zone)
            if (slot.name, moment) not in planned_keys
        ]
        planned_airings = sorted(planned_airings + quiet, key=lambda p: (p.at, p.slot))
    if not whole_days:  # one already logged (aired early under a clock run fast) is not to come
        logged = {
            (slot, at) for slot, at in station.db.execute(
                "SELECT slot, scheduled_at FROM airings WHERE slot IS NOT NULL "
                f"AND scheduled_at >= ? AND {STANDS}", [utc_iso(start)])
        }  # fmt: skip
        planned_airings = [p for p in planned_airings if (p.slot, utc_iso(p.at)) not in logged]
    planned_airings = planned_airings[:limit]
    item_of = rundown_items(
        station, synthesizer, (i for planned in planned_airings for i in planned.announcement_ids)
    )
    by_id, slot_of = {c.id: c for c in known}, {s.name: s for s in active}
    today = station.today()
    missing = [
        (planned, left_out(slot_of[planned.slot], by_id, planned.at.astimezone(zone).date(),
                           planned.at.astimezone(zone).date() - EXPIRED_NEWS))
        for planned in planned_airings
    ]  # fmt: skip
    titles = _titles(station, (i for _, found in missing for i, _ in found))
    for planned, found in missing:
        items = [
            replace(item_of[i], why=_(PULLED_IN)) if i in planned.pulled_in else item_of[i]
            for i in planned.announcement_ids
        ]
        total, complete = lengths.seconds(items)
        warnings = []
        if planned.max_minutes and total > planned.max_minutes * 60:
            warnings.append(
                _("longer than the slot's limit of {limit}: it will not air").format(
                    limit=duration_text(planned.max_minutes * 60)
                )
            )
        at = planned.at.astimezone(zone)
        if (
            items
            and hush
            and hush.contains(at.time())
            and any(  # as check_quiet_hours
                item.priority != Priority.EMERGENCY for item in items
            )
        ):  # a slot made before its quiet hours were widened (v29review)
            warnings.append(
                _("in the station's quiet hours ({start}–{end}): it will not air").format(
                    start=clock_text(hush.start), end=clock_text(hush.end)
                )
            )
        entries.append(
            RundownEntry(
                slot=planned.slot,
                label=labels.get(planned.slot, planned.slot),
                at=at,
                items=tuple(items),
                total_s=round(total, 1),
                complete=complete,
                warnings=tuple(warnings),
                left_out=tuple(
                    LeftOut(i, titles.get(i, i), why, left_out_why(why, by_id.get(i), today))
                    for i, why in found
                    if i not in planned.announcement_ids
                    and not (why is Silence.EXPIRED and _over(by_id[i], today))
                    and why not in (Silence.EMERGENCY, Silence.RETIRED)  # said once (o20lan9 N7)
                ),  # one past its end airs in none: said once (o18lan7 M2; `never_again`)
            )
        )
    return entries


def _span(
    station: Station, first_day: date | None, days: int, whole_days: bool = False
) -> tuple[datetime, datetime]:
    """The instants a rundown of `days` days from `first_day` covers (see `rundown`)."""
    zone, now = station.config.zone, station.clock()
    day = first_day or now.astimezone(zone).date()
    start = datetime.combine(day, time(0), zone)
    if not whole_days:
        start = max(now, start)
    end = (
        datetime.combine(day + timedelta(days=days), time(0), zone)
        if day < date.max - timedelta(days=days)
        else datetime.combine(date.max, time.max, zone)  # a rundown that reaches the calendar's end
    )
    return start, end


def _over(candidate: Candidate, today: date) -> bool:
    """Past its end date already: it airs on no day to come."""
    return candidate.valid_until is not None and candidate.valid_until < today


def never_again(station: Station, first_day: date | None, days: int) -> list[str]:
    """The notices the slots of a rundown's days name that air in none of its airings (saved
    after their end date, retired, an emergency: `SAID_ONCE`): a rundown says each once, above
    them, as Cần chú ý does, not under every airing (w20c, o20lan9 N7). One that ended as
    planned is no news there (o18lan7 M2)."""
    start, end = _span(station, first_day, days)
    found = will_not_air(slots(station), candidates(station), start, end, station.config.zone)
    return [wont_air_text(station, w) for w in found if w.reason in SAID_ONCE]


SAID_ONCE = (Silence.EXPIRED, Silence.EMERGENCY, Silence.RETIRED)
"""Why a notice airs in none of a rundown's airings (`never_again`): said once, above them."""


OWN_DATES = (Silence.EXPIRED, Silence.NOT_YET_VALID)
"""Why a notice is silent by its own dates, as planned."""
NOT_SHOWN = (*OWN_DATES, Silence.RETIRED, Silence.EMERGENCY)
"""Why the week does not show a notice a slot names: its dates, or it was retired."""


@dataclass(frozen=True)
class SlotTime:
    """A slot on one day of a week's schedule."""

    slot: Slot
    at: datetime
    """Local time."""
    airs: bool
    """Something approved and valid that day airs in it (a slot with nothing to air stays
    silent)."""
    shown: tuple[str, ...] = ()
    """The notices it names that the week shows that day: all but those silent by their own
    dates or retired (`NOT_SHOWN`; a draft waiting is shown; a notice past its end is not:
    o18lan7 M2, it was listed every day of the week as if it aired)."""


@dataclass(frozen=True)
class ScheduleDay:
    day: date
    slots: tuple[SlotTime, ...]


def week(station: Station, first_day: date) -> list[ScheduleDay]:
    """Seven days of the schedule from `first_day`: every slot's time each day, past days
    included, and whether it has something to air."""
    zone = station.config.zone
    start = datetime.combine(first_day, time(0), zone)
    end = datetime.combine(first_day + timedelta(days=7), time(0), zone)
    active = slots(station)
    known = candidates(station)
    by_id = {c.id: c for c in known}
    airing = {p.key for p in plan_airings(active, known, start, end, zone)}
    by_day: dict[date, list[SlotTime]] = {first_day + timedelta(days=n): [] for n in range(7)}
    for slot in active:
        for moment in slot.occurrences(start, end, zone):
            local = moment.astimezone(zone)
            gone = {i for i, why in left_out(slot, by_id, local.date()) if why in NOT_SHOWN}
            shown = tuple(i for i in slot.announcements if i not in gone)
            by_day[local.date()].append(SlotTime(slot, local, (slot.name, moment) in airing,
                                                 shown))  # fmt: skip
    return [
        ScheduleDay(day, tuple(sorted(found, key=lambda s: (s.at, s.slot.name))))
        for day, found in by_day.items()
    ]
