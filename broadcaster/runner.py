"""Scheduled airings: what is due, what was missed, and airing a planned slot.

Everything here reads the time from the station's clock, so a test can run a week of
airings, power cuts included, in seconds. The daemon only decides *when* to call it.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from audio_out.sinks import Sink
from common.i18n import N_, _
from schedules.rundown import PlannedAiring

from .airing import Airing, Interruption, Prepared, air
from .airing_log import (
    AiringStatus,
    Occasion,
    OnAirNow,
    Trigger,
    log_airing,
    planned_entries,
    void_unsaid,
)
from .clock import utc_iso
from .clock_check import HOLD_GAP, SET_BACK, WATERMARK, accept_gap, clock_fault
from .program import Program
from .schedule import BrokenSlot, held, held_back, held_note, plan, read_slots, slots
from .station import Station, StationError
from .store import STANDS

WATERMARK_STEP = timedelta(minutes=1)
"""The watermark moves when it has this far to go: the daemon settles every few seconds, and
each write of the store is a wait on the disk that an airing's row may have to share."""
BROKEN_SLOT = "broken_slot:{id}"
"""Meta key: this damaged slot row has had its one `failed` row (the value is its seq)."""
MISSED_PER_TRANSACTION = 50
"""Recovery after a long outage writes its missed rows a few at a time, so an emergency or
an operator's command waits for at most one small transaction."""


UNLOGGED = N_(
    "not aired, and not logged then: {reason}; logged once the store could be written again"
)
"""The note of a slot that could neither air nor be logged when it was due (a full disk)."""


@dataclass
class Runner:
    station: Station
    sink: Sink
    unlogged: dict[tuple[str, datetime], str] = field(default_factory=dict)
    """Slots the daemon could neither air nor log, and why: logged `failed` with it, and
    taken out of here once logged."""
    held_by_clock: bool = field(default=False, init=False)
    """The last `settle` logged nothing: the clock jumped far past the station's last sign of
    life, or went back behind it, and nothing has confirmed it yet (clock_check)."""
    behind: bool = field(default=False, init=False)
    """The last `settle` ran out of its time with missed rows still to write."""
    _pending: list[tuple[tuple[str, datetime], Airing]] = field(default_factory=list,
                                                                 init=False)  # fmt: skip
    """Rows of the transaction under way (`_transaction`)."""
    logged: list[Airing] = field(default_factory=list, init=False)
    """Rows `settle` has written (missed, held): the daemon says them and pushes them as it
    does an airing, so the office learns of a held slot then, not with the next airing
    (o14net K4'), and the technician sees what a restart found missed (o21lan10 N10)."""

    @property
    def grace(self) -> timedelta:
        return timedelta(minutes=self.station.config.schedule.grace_minutes)

    def _watermark(self) -> datetime | None:
        row = self.station.db.execute(
            "SELECT value FROM meta WHERE key = ?", [WATERMARK]
        ).fetchone()
        if row:
            return datetime.fromisoformat(row[0])
        created = [s.created_at for s in slots(self.station, include_removed=True)]
        return min(created) if created else None

    def recorded(self, since: datetime) -> set[tuple[str, str]]:
        return {
            (slot, at)
            for slot, at in self.station.db.execute(
                "SELECT slot, scheduled_at FROM airings "
                f"WHERE slot IS NOT NULL AND scheduled_at >= ? AND {STANDS}",
                [utc_iso(since)],
            )
        }

    def settle(self, budget_s: float | None = None) -> list[PlannedAiring]:
        """Log as `missed` every planned airing now past the grace period without a row;
        return those that are late but still within it, oldest first.

        The rows go in a few per transaction; with `budget_s`, writing stops once that much
        time is spent and the rest is left for the next call, so other writers (an
        emergency, an operator) get the store between calls whatever the outage. While
        another airing is on air the log takes no new row: the missed ones wait too (the
        watermark moves only once all are written). The voids a store made before they were
        rows are said in the log first (`void_unsaid`)."""
        started = time.monotonic()
        now = self.station.clock()
        since = self._watermark()
        fault = clock_fault(self.station)
        self.held_by_clock = bool(fault and fault.hold)
        if since is None or self.held_by_clock:
            return []
        with suppress(OnAirNow):  # the voids a store made before they were rows
            void_unsaid(self.station)
        if now - since > HOLD_GAP:  # let through (confirmed, or nothing to weigh it by)
            accept_gap(self.station)
        if fault and fault.office and fault.office < now:  # a clock ahead of the office's
            now = fault.office  # no missed row for days that have not come (review23b should 2)
        if since > now:  # the clock went back: the cursor is ahead of it (o23lan12 M2)
            since = self._rescan_from(now)
        recorded = self.recorded(since)
        late: list[PlannedAiring] = []
        missed: list[PlannedAiring] = []
        for p in plan(self.station, since, now, include_removed=True):
            if (p.slot, utc_iso(p.at)) in recorded:
                continue
            (missed if now - p.at > self.grace else late).append(p)
        note = _(
            "not aired: the station was off or busy until {until:%d/%m/%Y %H:%M} "
            "(grace {grace:g} min)"
        ).format(
            until=now.astimezone(self.station.config.zone),
            grace=self.grace.total_seconds() / 60,
        )
        self.behind = False
        for first in range(0, len(missed), MISSED_PER_TRANSACTION):
            if first and budget_s is not None and time.monotonic() - started > budget_s:
                self.behind = True
                return late
            try:
                with self._transaction():
                    for p in missed[first : first + MISSED_PER_TRANSACTION]:
                        self._log_missed(p, note, failed=self.unlogged.get(p.key))
            except OnAirNow:
                return late
        if not self._log_held(since, now):
            return late
        settled = max(since, now - self.grace)
        kept = self._watermark() or settled
        if kept - settled > SET_BACK:  # a clock confirmed right days behind it (it had run
            return late  # ahead): the cursor stays, the rows up to it keep their one outcome
        moved_back = kept > settled
        if settled - since < WATERMARK_STEP and self._has_watermark() and not moved_back:
            return late  # scanning a minute more next time costs less than a write now
        with self.station.db.conn:
            self.station.db.table("meta").insert(
                {"key": WATERMARK, "value": utc_iso(settled)}, pk="key", replace=True
            )
        return late

    def _rescan_from(self, now: datetime) -> datetime:
        """Where recovery looks again once the clock has gone back behind its cursor: from
        the newest airing opened before now by the clock as it is (the last one before the
        clock ran ahead; a missed row is dated at its plan, not when it was written, and a
        voided one when the clock was confirmed, when nothing aired), so a
        slot whose time fell between, or that was added since, gets its row; those that
        aired early under the fast clock have theirs and do not air again. With none, from
        now (a clock years back plans nothing before its slots)."""
        (opened,) = self.station.db.execute(
            "SELECT MAX(started_at) FROM airings WHERE status NOT IN ('missed', 'voided') "
            "AND started_at <= ?",
            [utc_iso(now)],
        ).fetchone()
        return min(datetime.fromisoformat(opened), now - self.grace) if opened else now - self.grace

    def _log_held(self, since: datetime, now: datetime) -> bool:
        """Log, at its second, each airing that airs nothing because all it would air waits
        for approval of a new version; False while another airing is on air."""
        recorded = self.recorded(since)
        try:
            with self._transaction():
                for p in held(self.station, since, now):
                    if (p.slot, utc_iso(p.at)) in recorded:
                        continue
                    self._log_missed(
                        p, held_note(self.station, p.announcement_ids), held=p.announcement_ids
                    )
        except OnAirNow:
            return False
        return True

    def _log_missed(self, planned: PlannedAiring, note: str, held: tuple[str, ...] = (),
                    failed: str | None = None) -> None:  # fmt: skip
        """Log the planned airing as missed, with `note` (inside the caller's transaction);
        `held`: what it left out for approval of a new version; `failed`: why it could not
        air or be logged when due (then it is `failed`, with that)."""
        occasion = Occasion(Trigger.SCHEDULE, planned.slot, planned.at, planned.max_minutes,
                            held=held)  # fmt: skip
        entries = planned_entries(self.station, planned.announcement_ids)
        status = AiringStatus.FAILED if failed else AiringStatus.MISSED
        note = _(UNLOGGED).format(reason=failed) if failed else note
        seq = log_airing(self.station, occasion, self.sink.description, entries, status, note)
        self._pending.append((planned.key, Airing(seq, status, None, None, note)))

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        """One transaction of `_log_missed` rows: `logged` and `unlogged` change only once it
        is committed (a full disk refuses the commit: then nothing was written, and the daemon
        must not say "#1 missed" of a row no one will find)."""
        self._pending = []
        with self.station.db.conn:
            yield
        for key, airing in self._pending:
            self.unlogged.pop(key, None)
            self.logged.append(airing)

    def _has_watermark(self) -> bool:
        return bool(self.station.db.execute("SELECT 1 FROM meta WHERE key = ?", [WATERMARK])
                    .fetchone())  # fmt: skip

    def log_broken_slots(self) -> list[BrokenSlot]:
        """Log each slot the station cannot plan, once, as a failed airing with the reason;
        returns those logged now. The rest of the schedule airs as usual."""
        logged = []
        for broken in read_slots(self.station)[1]:
            key = BROKEN_SLOT.format(id=broken.id)
            if self.station.db.table("meta").count_where("key = ?", [key]):
                continue
            error = _(
                "slot '{name}' cannot be planned, so it does not air until it is added again: "
                "{reason}"
            ).format(name=broken.name, reason=broken.reason)
            try:
                with self.station.db.conn:
                    occasion = Occasion(Trigger.SCHEDULE, broken.name)
                    seq = log_airing(
                        self.station,
                        occasion,
                        self.sink.description,
                        [],
                        AiringStatus.FAILED,
                        error,
                    )
                    self.station.db.table("meta").insert({"key": key, "value": str(seq)})
            except OnAirNow:
                break
            logged.append(broken)
        return logged

    def upcoming(self, horizon: timedelta) -> list[PlannedAiring]:
        """The slots due within `horizon`; none while the clock is held (clock_check)."""
        fault = clock_fault(self.station)
        if fault and fault.hold:
            return []
        now = self.station.clock()
        return plan(self.station, now, now + horizon)

    def air_planned(
        self,
        planned: PlannedAiring,
        prepared: Prepared | None = None,
        interruption: Interruption | None = None,
        on_air: Callable[[int, Program], None] | None = None,
    ) -> Airing | None:
        """Air a planned slot as the store has it now; None if it no longer airs, already
        has its row, was stopped before its program was ready, or the clock is held (its row
        comes from the recovery once the clock is right). A late airing that cannot
        air (quiet hours, content withdrawn) is logged as missed with the reason."""
        fault = clock_fault(self.station)
        if fault and fault.hold:  # the clock went wrong since it was queued
            return None
        current = {
            p.key: p
            for p in plan(
                self.station, planned.at, planned.at + timedelta(seconds=1), include_removed=True
            )
        }.get(planned.key)
        if current is None or (planned.slot, utc_iso(planned.at)) in self.recorded(planned.at):
            return None
        occasion = Occasion(Trigger.SCHEDULE, current.slot, current.at, current.max_minutes,
                            held=held_back(self.station, current))  # fmt: skip
        try:
            return air(
                self.station,
                current.announcement_ids,
                self.sink,
                occasion=occasion,
                prepared=prepared,
                interruption=interruption,
                wait_for_lock=True,
                on_air=on_air,
            )
        except StationError:
            if (planned.slot, utc_iso(planned.at)) in self.recorded(planned.at):
                return None  # it got its row meanwhile
            raise
