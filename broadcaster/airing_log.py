"""The airing log: the only code that writes airing rows, and the listing of them.

Every row goes in here (started, then closed once; or already closed when an airing failed
before its first sample, was missed, or an emergency expired), each write a short
transaction of its own, and the hash chain is sealed in the same transaction. While an
airing is on air (its row `started`) no other row is added: a `started` row is always the
newest, so the chain has no unsealed row between sealed ones. Whoever wants to log then
(recovery, a damaged slot) is told OnAirNow and tries again after.
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
import threading
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from audio_out.sinks import loudspeakers_sql, reaches_loudspeakers
from common.i18n import N_, _, not_offered
from common.localtime import date_text, duration_text
from common.plain_text import fold

from .airing_lines import NO_SLOT, format_items
from .clock import day_end, day_start, utc_iso
from .clock_check import log_time
from .layout import STORE
from .log_chain import seal
from .station import Station, StationError
from .store import ITEM_FIELDS, STANDS, VOIDABLE, StoreError, open_store

if TYPE_CHECKING:
    from .program import Program


class AiringStatus(StrEnum):
    STARTED = "started"
    """On air now (or left so by a crash until the station starts again)."""
    AIRED = "aired"
    PARTIAL = "partial"
    FAILED = "failed"
    PREEMPTED = "preempted"
    INTERRUPTED = "interrupted"
    MISSED = "missed"
    VOIDED = "voided"
    """No longer planned: the `missed` row it supersedes was written by a clock run ahead,
    for a time still to come when the officer confirmed the clock (`void_ahead`). Counted by
    no one; the slot's own row, at its time, supersedes it in turn."""

    @property
    def label(self) -> str:
        return _(AIRING_STATUS_LABELS[self])

    def shown(self, sink: str | None, withdrawn: bool = False, voided: bool = False) -> str:
        """Its label in a row, wherever a person reads an outcome (Nhật ký, `log list`, the
        daemon's line, Trang chủ): one played out where no loudspeaker is (`sink`: into a
        file, or the test sink; `reaches_loudspeakers`) "not to the loudspeakers", as the
        report's "Kết quả" and its totals say (w29report 2: the daemon said so while Nhật ký
        read "đã phát"); an office emergency the office cancelled before it aired "cancelled",
        not "missed" (the office took it back: nothing was missed), and a row a clock run
        ahead wrote before its time "not counted" (airing_lines.voided)."""
        if voided:
            return _("not counted")
        if withdrawn:
            return _("cancelled")
        return _(UNHEARD_LABELS[self]) if self.unheard(sink, on_air=True) else self.label

    def unheard(self, sink: str | None, on_air: bool = False) -> bool:
        """Whether it played its program out to `sink` where no loudspeaker played it; with
        `on_air`, or plays it there now (a row `started`: its label, w31attn; a re-air or a
        count waits for how it ends)."""
        out = self in PLAYED or (on_air and self is AiringStatus.STARTED)
        return out and not reaches_loudspeakers(sink)

    def by_hand(self, trigger: str | None) -> bool:
        """Whether only a person can air it again: missed, failed or cut (by a crash or by an
        emergency), and no emergency (Nhật ký then offers to air it again: broadcaster/reair.py)."""
        return self in UNAIRED and (trigger not in (Trigger.EMERGENCY, Trigger.UPSTREAM_EMERGENCY))

    def again(self, trigger: str | None) -> str | None:
        """What the officer can do about an airing that ended so (missed, failed or cut): the
        station airs again by itself only an emergency cut while still valid; else None."""
        if self not in UNAIRED:
            return None
        if self.by_hand(trigger):
            return _("the station does not air it again by itself; to air it again once "
                     "today, press “Air again once” under it in Log")  # fmt: skip
        if self in (AiringStatus.INTERRUPTED, AiringStatus.PREEMPTED):
            return _("the station airs this emergency again by itself while it is still valid")
        if trigger == Trigger.UPSTREAM_EMERGENCY:  # stale words must not air: the office decides
            return _("nothing to do here: the office sees that it did not air, and sends it "
                     "again if it is still needed")  # fmt: skip
        return _("to air it again, send it again from Emergency broadcast")


UNAIRED = frozenset({AiringStatus.MISSED, AiringStatus.FAILED, AiringStatus.INTERRUPTED,
                     AiringStatus.PREEMPTED})  # fmt: skip
"""Outcomes that did not air as planned: the officer is told, and may air it again once."""

PLAYED = frozenset({AiringStatus.AIRED, AiringStatus.PARTIAL})
"""Outcomes that put the program out: to the loudspeakers, or not (`AiringStatus.unheard`)."""
UNHEARD = "unheard"
"""Nhật ký's outcome (filter) of an airing played out where no loudspeaker played it; there
"aired" and "partly aired" are those the loudspeakers played (`outcome_where`)."""
UNHEARD_LABELS = {
    AiringStatus.STARTED: N_("on air, not to the loudspeakers"),
    AiringStatus.AIRED: N_("aired, not to the loudspeakers"),
    AiringStatus.PARTIAL: N_("partly aired, not to the loudspeakers"),
}
"""An airing's outcome when it plays or played out where no loudspeaker is: in Vietnamese
"không ra loa" all, as the report's "Kết quả" and its totals read (one on air says so beside
it: "đang phát, bắt đầu lúc …"); the English says what played out (the note says why an
airing was cut)."""

AIRING_STATUS_LABELS = {
    AiringStatus.STARTED: N_("on air"),
    AiringStatus.AIRED: N_("aired"),
    AiringStatus.PARTIAL: N_("partly aired"),
    AiringStatus.FAILED: N_("failed"),
    AiringStatus.PREEMPTED: N_("preempted"),
    AiringStatus.INTERRUPTED: N_("interrupted"),
    AiringStatus.MISSED: N_("missed"),
    AiringStatus.VOIDED: N_("not counted"),
}


class Trigger(StrEnum):
    MANUAL = "manual"
    SCHEDULE = "schedule"
    EMERGENCY = "emergency"
    UPSTREAM_EMERGENCY = "upstream emergency"
    """Sent by the upstream office (over MQTT, or polled), signed with its emergency key."""

    @property
    def label(self) -> str:
        """What started the airing, in the operator's words."""
        return _(TRIGGER_LABELS[self])


TRIGGER_LABELS = {
    **{Trigger(trigger): label for trigger, label in NO_SLOT.items()},
    Trigger.SCHEDULE: N_("by the schedule"),
}


EMERGENCY_DONE = frozenset(
    {AiringStatus.AIRED, AiringStatus.PARTIAL, AiringStatus.FAILED, AiringStatus.MISSED}
)
"""Outcomes that end an emergency; one preempted or interrupted airs again while valid."""

INTERRUPTED_NOTE = N_("the station stopped during this airing (crash, kill or power cut)")
CUT_NOTES_BEFORE = (
    N_("{note}; found at {found:%d/%m/%Y %H:%M:%S}"),
    N_("{note}; about {played} of {planned} had played; found at {found:%d/%m/%Y %H:%M:%S}"),
    N_("{note}; the station ran again at {found:%d/%m/%Y %H:%M:%S}"),
    N_(
        "{note}; at least {played} of {planned} had played; the station ran again at "
        "{found:%d/%m/%Y %H:%M:%S}"
    ),
)
"""What a cut airing's note said before (o10b N5; to the second until o22lan11 N6), kept in
the catalog so rows logged so in English are shown in today's Vietnamese: the time played is
a lower bound (it is noted every PROGRESS_EVERY_S), and the time found is when the station ran
again, not when it stopped."""
PROGRESS_EVERY_S = 5.0
"""How often the row of the airing on air notes how much has played: what a power cut leaves
behind is that length, to within this (one small UPDATE each time; the store syncs to disk on
every commit)."""


class OnAirNow(StationError):
    """A row cannot be added while another airing is on air; try again after it closes."""


@dataclass(frozen=True)
class Occasion:
    """Why an airing happens; it goes into the row."""

    trigger: Trigger = Trigger.MANUAL
    slot: str | None = None
    scheduled_at: datetime | None = None
    max_minutes: float | None = None
    emergency: int | None = None
    """The emergency request this airing serves."""
    despite_quiet_hours: str | None = None
    """A manual airing the operator orders in quiet hours: who and why (into the row)."""
    note: str | None = None
    """Said in the row's note whatever the outcome."""
    held: tuple[str, ...] = ()
    """The slot's announcements left out because their new version waits for approval: the
    row's `held` names them with their versions, for the office (schedule.held_back)."""
    person: str | None = None
    """Who aired it by hand, as the accounts name them (`play`); a re-air's and an emergency's
    are kept with their slot and request (`_person`)."""


def planned_entries(station: Station, ids: Iterable[str]) -> list[dict[str, Any]]:
    """What a row says about announcements that never reached a program (no synthesis)."""
    entries = []
    keys = ("version", "upstream_version", "title", "campaign", "campaign_title", "priority",
            "kind")  # fmt: skip
    for announcement_id in ids:
        found = station.find_announcement(announcement_id)
        entries.append(
            {"announcement_id": announcement_id, **{k: getattr(found, k, None) for k in keys}}
        )
    return entries


ITEMS_INSERT = (
    f"INSERT INTO airing_items (airing_seq, position, {', '.join(ITEM_FIELDS)}) "
    f"VALUES ({', '.join('?' * (len(ITEM_FIELDS) + 2))})"
)


def item_rows(seq: int, entries: list[dict[str, Any]]) -> Iterator[tuple[Any, ...]]:
    """The `airing_items` rows of airing `seq`, one per entry, in program order."""
    for position, entry in enumerate(entries):
        yield (seq, position, *(entry.get(key) for key in ITEM_FIELDS))


def _on_air(station: Station) -> int | None:
    row = station.db.execute("SELECT seq FROM airings WHERE status = 'started'").fetchone()
    return row[0] if row else None


def _due(station: Station, occasion: Occasion) -> datetime | None:
    """When the airing was due, for its lateness: its slot's time, or when the office sent
    its emergency (one that airs 8 minutes after is logged 'trễ 8 phút', for the operator and
    the office alike; the operator's own airs at once)."""
    if occasion.scheduled_at or occasion.emergency is None:
        return occasion.scheduled_at
    if occasion.trigger is not Trigger.UPSTREAM_EMERGENCY:
        return None
    row = station.db.execute(
        "SELECT requested_at FROM emergencies WHERE id = ?", [occasion.emergency]
    ).fetchone()
    return datetime.fromisoformat(row[0]) if row else None


ESTIMATED = N_(
    "dated by estimate: the computer's clock showed {shown}, behind the station's "
    "last sign of life; the date is that sign's plus the time counted since"
)
ESTIMATED_NOTE = N_("{note}; dated by estimate: the computer's clock showed {shown}, behind the "
                    "station's last sign of life; the date is that sign's plus the time counted "
                    "since")  # fmt: skip
"""The mark of a row written while the clock was held behind (clock_check.log_time): the
report prints it in the row's remarks, so no one takes the time for a reading of a clock."""
ESTIMATED_AHEAD = N_(
    "dated by estimate: the computer's clock showed {shown}, far ahead of the station's last "
    "sign of life and not confirmed; the date is that sign's plus the time counted since"
)
ESTIMATED_AHEAD_NOTE = N_(
    "{note}; dated by estimate: the computer's clock showed {shown}, far ahead of the "
    "station's last sign of life and not confirmed; the date is that sign's plus the time "
    "counted since"
)
"""The same, for a clock held far ahead (w26commune 5): its reading is kept in the note, so a
real outage confirmed later still has the time the clock said."""


def estimated(
    station: Station, note: str | None, logged: datetime, shown: datetime | None
) -> str | None:
    """`note`, with the estimate's mark when the row's time (`logged`) is one (`shown`: the
    clock's reading then, behind it or ahead)."""
    if shown is None:
        return note
    clock = f"{shown.astimezone(station.config.zone):%d/%m/%Y %H:%M}"
    ahead = shown > logged
    if note:
        return _(ESTIMATED_AHEAD_NOTE if ahead else ESTIMATED_NOTE).format(note=note, shown=clock)
    return _(ESTIMATED_AHEAD if ahead else ESTIMATED).format(shown=clock)


def _person(station: Station, occasion: Occasion) -> str | None:
    """Who aired it, if a person did: the occasion's, else whoever planned its re-air (its
    slot's) or sent its emergency from the station (its request's); the schedule's slots and
    the office's emergencies have none."""
    if occasion.person or not (occasion.slot or occasion.emergency):
        return occasion.person
    row = (
        station.db.execute(
            "SELECT person FROM slots WHERE name = ? ORDER BY id DESC LIMIT 1", [occasion.slot]
        )
        if occasion.slot
        else station.db.execute("SELECT person FROM emergencies WHERE id = ?", [occasion.emergency])
    ).fetchone()
    return row[0] if row else None


def _insert(
    station: Station,
    occasion: Occasion,
    sink: str,
    entries: list[dict[str, Any]],
    status: AiringStatus,
    error: str | None,
    program: Program | None,
    sha: str | None,
    started_at: datetime | None,
) -> int:
    """The row, dated `started_at`, else now as the log dates it (`log_time`)."""
    now = station.clock()
    due = _due(station, occasion)
    late = (now - due).total_seconds() if due else None  # the due time is by this clock too
    closed = status is not AiringStatus.STARTED
    logged, shown = (now, None) if status is AiringStatus.MISSED else log_time(station)
    error = estimated(station, error, logged, shown)
    with station.db.conn:
        on_air = _on_air(station)
        if on_air is not None:
            raise OnAirNow(
                _("airing #{seq} is on air; the log takes no other row until it ends").format(
                    seq=on_air
                )
            )
        seq = station.db.execute("SELECT COALESCE(MAX(seq), 0) + 1 FROM airings").fetchone()[0]
        values = {
            "seq": seq,
            "slot": occasion.slot,
            "trigger": occasion.trigger.value,
            "scheduled_at": utc_iso(occasion.scheduled_at) if occasion.scheduled_at else None,
            "late_s": round(late, 3) if late is not None and status is not AiringStatus.MISSED
            else None,
            "started_at": utc_iso(started_at or logged),
            "ended_at": utc_iso(logged) if closed and status is not AiringStatus.MISSED else None,
            "status": status.value,
            "items": json.dumps(entries, ensure_ascii=False),
            "engines": ",".join(program.engines if program else ()),
            "planned_duration_s": round(program.duration_s, 3) if program else None,
            "duration_s": 0.0 if closed else None,
            "program_sha256": sha,
            "sink": sink,
            "error": error,
            "held": json.dumps(planned_entries(station, occasion.held), ensure_ascii=False)
            if occasion.held else None,
            "person": _person(station, occasion),
        }  # fmt: skip
        values["supersedes"], standing = _superseded(station, occasion.slot,
                                                     values["scheduled_at"])  # fmt: skip
        if standing:
            raise StationError(
                _("slot '{slot}' at {at} already has its airing").format(
                    slot=occasion.slot, at=occasion.scheduled_at
                )
            )
        station.db.table("airings").insert(values)
        station.db.conn.executemany(ITEMS_INSERT, item_rows(seq, entries))
        format_items(station.db, station.config.zone, [seq])
        if closed:
            _end_emergency(station, occasion, seq, status)
            seal(station.db)
    return int(seq)


def _superseded(station: Station, slot: str | None, at: str | None) -> tuple[int | None, bool]:
    """The row a new row of this planned airing takes the place of (one voided: written by
    a clock later found run ahead), and whether one still stands for it (then none may)."""
    if slot is None:
        return None, False
    rows = station.db.execute(
        f"SELECT seq, {STANDS} FROM airings WHERE slot = ? AND scheduled_at = ? "  # the index
        "ORDER BY seq DESC", [slot, at]).fetchall()  # fmt: skip
    return (rows[0][0] if rows else None), any(stands for _seq, stands in rows)


VOID_NOTE = N_("a clock run ahead logged this slot as not aired before its time; {person} "
               "confirmed the clock at {at}")  # fmt: skip
"""A `voided` row's note (its `error`), in the station's language as every note is."""


def void(station: Station, missed: list[int], now: datetime, person: str) -> None:
    """Log that each of these `missed` rows, written by a clock run ahead for a time still to
    come, stands for no airing: a `voided` row of its planned airing, dated `now`, supersedes
    it in the chain (so the office learns of it from the signed log, and checks that the row
    it voids is dated after it), and both are listed in `voided_airings` (counted by no one;
    the slot's own row, at its time, supersedes the void in turn). Inside the caller's
    transaction; OnAirNow while an airing is on air, as for any row (she confirms the clock:
    she is told to again once it ends, and nothing of the confirmation is kept meanwhile)."""
    on_air = _on_air(station)
    if on_air is not None:
        raise OnAirNow(_("airing #{seq} is on air: press “The clock is right” again once it "
                         "ends").format(seq=on_air))  # fmt: skip
    note = _(VOID_NOTE).format(
        person=person, at=f"{now.astimezone(station.config.zone):%H:%M %d/%m/%Y}"
    )
    station.db.execute(
        "INSERT INTO airings (seq, slot, trigger, scheduled_at, started_at, status, items, "
        "engines, duration_s, sink, error, person, supersedes) "
        "SELECT (SELECT MAX(seq) FROM airings) + ROW_NUMBER() OVER (ORDER BY seq), slot, "
        "trigger, scheduled_at, ?, ?, '[]', '', 0.0, sink, ?, ?, seq FROM airings "
        "WHERE seq IN (SELECT value FROM json_each(?)) ORDER BY seq",
        [utc_iso(now), AiringStatus.VOIDED.value, note, person, json.dumps(missed)],
    )
    station.db.execute(
        "INSERT OR IGNORE INTO voided_airings (seq, voided_at, voided_by) SELECT seq, ?, ? "
        "FROM airings WHERE seq IN (SELECT value FROM json_each(?)) OR supersedes IN "
        "(SELECT value FROM json_each(?)) AND status = ?",
        [utc_iso(now), person, json.dumps(missed), json.dumps(missed), AiringStatus.VOIDED.value],
    )
    seal(station.db)


def void_unsaid(station: Station) -> None:
    """Say in the log the voids a station made before they were rows (w27's confirmations
    listed them in `voided_airings` alone, which the office never sees: a slot removed since
    was counted Bỏ lỡ there): a `voided` row for each missed row listed there that no row
    takes the place of yet, dated when and by whom it was voided. OnAirNow while an airing
    is on air (the next call says them)."""
    unsaid = station.db.execute(
        "SELECT v.voided_at, v.voided_by, json_group_array(v.seq) FROM voided_airings v "
        "JOIN airings a ON a.seq = v.seq WHERE a.status = 'missed' AND NOT EXISTS ("
        "SELECT 1 FROM airings b WHERE b.slot = a.slot AND b.scheduled_at = a.scheduled_at "
        "AND b.supersedes = a.seq) GROUP BY v.voided_at, v.voided_by ORDER BY v.voided_at"
    ).fetchall()  # fmt: skip
    if unsaid:
        with station.db.conn:
            for at, person, seqs in unsaid:
                void(station, sorted(json.loads(seqs)), datetime.fromisoformat(at), person)


def open_airing(
    station: Station,
    occasion: Occasion,
    sink: str,
    entries: list[dict[str, Any]],
    program: Program,
    sha: str,
) -> int:
    """The row of an airing about to play, `started`; returns its seq."""
    return _insert(station, occasion, sink, entries, AiringStatus.STARTED, None, program, sha,
                   None)  # fmt: skip


def log_airing(
    station: Station,
    occasion: Occasion,
    sink: str,
    entries: list[dict[str, Any]],
    status: AiringStatus,
    error: str,
    program: Program | None = None,
    sha: str | None = None,
) -> int:
    """A row closed from the start: an airing that failed before its first sample, or one
    that never started (`missed`, dated at its planned time)."""
    started = occasion.scheduled_at if status is AiringStatus.MISSED else None
    return _insert(station, occasion, sink, entries, status, error, program, sha, started)


def close_airing(
    station: Station, occasion: Occasion, seq: int, status: AiringStatus, played_s: float,
    error: str | None,
) -> None:  # fmt: skip
    """Close a `started` row with its one outcome (and the emergency it served, if done),
    ending now. A program written to a file ends when it was written, a moment after its
    start, and `played_s` is its length: the row no longer claims air time it never had,
    so no two airings of the log overlap, and none ends after the station stopped (o19lan8
    L11: a trial's report printed a program 'on air' over an emergency)."""
    with station.db.conn:
        ended, shown = log_time(station)
        station.db.execute(
            "UPDATE airings SET status = ?, ended_at = ?, duration_s = ?, error = ? "
            "WHERE seq = ? AND status = 'started'",
            [status.value, utc_iso(ended), round(played_s, 3),
             estimated(station, error, ended, shown), seq],
        )  # fmt: skip
        format_items(station.db, station.config.zone, [seq])
        _end_emergency(station, occasion, seq, status)
        seal(station.db)


class PlayedSoFar:
    """Notes in the `started` row, from the first sample and every PROGRESS_EVERY_S, how
    much has played, so that the row a kill -9 or a power cut leaves open still says it;
    recovery closes it with that length. Its own connection, in its own thread: the airing's
    thread is in the sink meanwhile. A note that fails (store busy, disk full) is skipped:
    the row's close says the truth when there is one."""

    def __init__(self, station: Station, seq: int) -> None:
        self.path, self.seq = station.root / STORE, seq
        self.done = threading.Event()
        self.thread: threading.Thread | None = None

    def start(self) -> None:
        if self.thread is None:
            self.thread = threading.Thread(target=self._note, args=(time.monotonic(),),
                                           name=f"played-{self.seq}", daemon=True)  # fmt: skip
            self.thread.start()

    def stop(self) -> None:
        self.done.set()
        if self.thread is not None:
            self.thread.join()

    def _note(self, since: float) -> None:
        if self.done.is_set():
            return  # written to a file at once: the close says it all
        try:
            db = open_store(self.path)
        except StoreError:
            return
        try:
            while True:
                with contextlib.suppress(sqlite3.Error):  # one statement: its own transaction
                    db.conn.execute(
                        "UPDATE airings SET duration_s = ? WHERE seq = ? AND status = 'started'",
                        [round(time.monotonic() - since, 1), self.seq],
                    )
                if self.done.wait(PROGRESS_EVERY_S):
                    return
        finally:
            db.conn.close()


def close_interrupted(station: Station) -> list[int]:
    """Close rows left `started` by a process that died, and return their numbers (the
    daemon names them: o22lan11 N6); call only while holding the station's on-air lock
    (nobody else is airing). A row that noted how much had played ends that long after its
    start, and says so, to the minute as every time she reads."""
    found = station.clock().astimezone(station.config.zone)
    with station.db.conn:
        left = station.db.execute(
            "SELECT seq, started_at, duration_s, planned_duration_s FROM airings "
            "WHERE status = 'started'"
        ).fetchall()
        for seq, started, played, planned in left:
            ended, values = None, {"note": _(INTERRUPTED_NOTE), "found": found}
            if played is None:  # no sound had gone out, or a row from before progress notes
                error = _("{note}; the station ran again at {found:%d/%m/%Y %H:%M}").format(
                    **values)  # fmt: skip
            else:
                ended = utc_iso(datetime.fromisoformat(started) + timedelta(seconds=played))
                error = _("{note}; at least {played} of {planned} had played; the station ran "
                          "again at {found:%d/%m/%Y %H:%M}").format(
                    played=duration_text(played), planned=duration_text(planned or 0.0),
                    **values)  # fmt: skip
            station.db.execute(
                "UPDATE airings SET status = 'interrupted', ended_at = ?, error = ? WHERE seq = ?",
                [ended, error, seq],
            )
        format_items(station.db, station.config.zone, [row[0] for row in left])
        seal(station.db)
    return [row[0] for row in left]


def _end_emergency(station: Station, occasion: Occasion, seq: int, status: AiringStatus) -> None:
    if occasion.emergency is not None and status in EMERGENCY_DONE:
        station.db.execute(
            "UPDATE emergencies SET airing_seq = ? WHERE id = ? AND airing_seq IS NULL",
            [seq, occasion.emergency],
        )


INSTANT_FIELDS = ("scheduled_at", "started_at", "ended_at")
CSV_COLUMNS = (
    "seq",
    "status",
    "started_at",
    "ended_at",
    "duration_s",
    "planned_duration_s",
    "announcements",
    "titles",
    "campaigns",
    "engines",
    "slot",
    "trigger",
    "sink",
    "error",
    "program_sha256",
)


def _local(value: str | None, zone: ZoneInfo) -> str | None:
    return datetime.fromisoformat(value).astimezone(zone).isoformat() if value else None


def announcements_named(station: Station, text: str) -> list[str]:
    """The announcements a person means by `text`: the one of that id, or every one whose
    id or title (as logged, or as it is now) holds each word typed, case and accents aside
    ('hop dan' finds "Họp dân thôn Đông")."""
    wanted = fold(text).split()
    named = station.db.execute(
        "SELECT DISTINCT announcement_id, title FROM airing_items "
        "UNION SELECT id, title FROM announcements"
    )
    pairs = named.fetchall()
    if any(i == text.strip() for i, _title in pairs):
        return [text.strip()]
    return sorted({i for i, title in pairs
                   if all(w in fold(f"{i} {title or ''}") for w in wanted)})  # fmt: skip


def outcomes() -> list[tuple[str, str]]:
    """The outcomes Nhật ký filters by, each (value, label): the statuses, with "not to the
    loudspeakers" after those that played out (w29report 3)."""
    found = []
    for status in AiringStatus:
        found.append((str(status), status.label))
        if status is AiringStatus.PARTIAL:
            found.append((UNHEARD, _(UNHEARD_LABELS[AiringStatus.AIRED])))
    return found


def outcome_where(status: str) -> tuple[str, list[Any]]:
    """An outcome of `outcomes` as an SQL condition on `airings` and its values: "aired" and
    "partly aired" only what a loudspeaker played, UNHEARD what played out where none did
    (`loudspeakers_sql`, the one rule), as the report counts them; an outcome not offered is
    refused, naming those that are."""
    # `+`: not through the status index: most airings are 'aired', and the newest hundred
    # are found faster walking the log from its end than sorting all of them
    heard = loudspeakers_sql("sink")
    if status == UNHEARD:
        return f"+status IN ('aired', 'partial') AND NOT {heard}", []
    try:
        wanted = AiringStatus(status)
    except ValueError:
        offered = [label for _value, label in outcomes()]
        raise StationError(not_offered(status, offered), field="status") from None
    return ("+status = ?" + (f" AND {heard}" if wanted in PLAYED else ""), [wanted])


def airings(
    station: Station,
    since: date | None = None,
    until: date | None = None,
    limit: int | None = None,
    status: str | None = None,
    announcement: str | None = None,
) -> Iterator[dict[str, Any]]:
    """Airings, oldest first, between two local dates (inclusive), times shown locally; only
    those of a `status`, or that aired an `announcement` (its id, or words of its title),
    when given."""
    if since and until and until < since:
        raise StationError(
            _("the last day {until} is before the first day {since}").format(
                until=date_text(until), since=date_text(since)
            ),
            field="until",
        )
    zone = station.config.zone
    where, params = [], []
    if since:
        where.append("started_at >= ?")
        params.append(day_start(since, zone))
    if until:
        where.append("started_at < ?")
        params.append(day_end(until, zone))
    if status:
        said, values = outcome_where(status)
        where.append(said)
        params.extend(values)
    if announcement:
        # the items' table (as reports read them, indexed) rather than each row's JSON
        where.append("seq IN (SELECT airing_seq FROM airing_items WHERE announcement_id IN "
                     "(SELECT value FROM json_each(?)))")  # fmt: skip
        params.append(json.dumps(announcements_named(station, announcement)))
    sql = "SELECT * FROM airings" + (" WHERE " + " AND ".join(where) if where else "")
    if limit:
        sql = f"SELECT * FROM ({sql} ORDER BY seq DESC LIMIT {int(limit)})"
    from .upstream_emergency import withdrawn

    rows = list(station.db.query(sql + " ORDER BY seq", params))
    missed = [row["seq"] for row in rows if row["status"] == "missed"]
    taken_back = withdrawn(station, missed)
    voidable = [row["seq"] for row in rows if row["status"] in VOIDABLE]
    not_counted = {seq for (seq,) in station.db.execute(
        "SELECT seq FROM voided_airings WHERE seq IN (SELECT value FROM json_each(?))",
        [json.dumps([*voidable, *(row["seq"] for row in rows if row["status"] == "voided")])],
    )}  # fmt: skip
    for row in rows:
        row["withdrawn"] = row["seq"] in taken_back  # cancelled by the office: not "missed"
        row["voided"] = row["seq"] in not_counted  # written by a clock run ahead, or its void
        row["items"] = json.loads(row["items"])
        row["engines"] = row["engines"].split(",") if row["engines"] else []
        for key in INSTANT_FIELDS:
            row[key] = _local(row[key], zone)
        yield row
