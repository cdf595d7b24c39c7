"""`broadcaster run`: the station daemon.

APScheduler (3.x) keeps in-memory timers rebuilt every few seconds from the store, which stays
the only truth: a slot added with the CLI is picked up at the next sync, no restart. Timers
only put work on a queue; one playback worker takes it, so airings never overlap and an
emergency (queued first) goes next. Programs are rendered ahead of their slot, on a thread of
their own, so the worker only opens the row and starts the sink on the second.

A stop (SIGTERM, Ctrl-C) is honoured in every state within STOP_WAIT_S: the airing on air,
in its pre-roll or waiting for the on-air lock is cut and closed truthfully; slow work
(speech synthesis ahead of time, an upstream sync) runs on daemon threads that a stop does
not wait for. Signal handlers are in place before the daemon writes its pid, so an
emergency signalled while it starts is never a signal that kills it.
"""

from __future__ import annotations

import itertools
import json
import logging
import queue
import signal
import sys
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from functools import partial
from pathlib import Path
from types import FrameType
from typing import TYPE_CHECKING, Any, TypeVar

from apscheduler.executors.base import BaseExecutor, run_job
from apscheduler.job import Job
from apscheduler.schedulers.background import BackgroundScheduler
from apscheduler.triggers.interval import IntervalTrigger

from audio_out.sinks import Sink, SinkError, reaches_loudspeakers, sink_text
from common.errors import BroadcasterError
from common.i18n import N_, _, ngettext, sentences
from common.localtime import day_text, duration_text
from common.signals import Handler, handled
from schedules.rundown import PlannedAiring
from upstream import pinned_root

from . import health, overview
from .airing import (
    Airing,
    Interruption,
    Prepared,
    air,
    airing_lock,
    fault,
    prepare,
    taking_preempt_signal,
)
from .airing_lines import SWITCHED_OFF
from .airing_log import AiringStatus, Occasion, Trigger, close_interrupted
from .clock import Clock, system_clock, utc_iso
from .clock_check import clock_fault, note_office_time, office_date, went_back
from .config import SYNC_RETRY_S, ConfigError, UpstreamSettings, load_config
from .daemon_lock import daemon_lock
from .layout import CONFIG as CONFIG_NAME
from .layout import PROGRAMS, UPSTREAM
from .mqtt_link import MqttLink
from .office_link import PushWorker
from .program import Program
from .runner import Runner
from .schedule import plan
from .station import Station, StationError, refusal
from .store import StoreError

if TYPE_CHECKING:  # TUF loads only for stations with an office
    from .upstream_emergency import Outcome

LOG = logging.getLogger(__name__)
"""What concerns no one at the station (debug level, shown only when logging is set up)."""

SYNC_S = 2.0
HORIZON = timedelta(minutes=10)
LEAD = timedelta(seconds=1)
"""A slot's timer fires this early: the playback worker takes the airing and waits for its
second itself, so the hand-offs between threads (slow on a busy machine) are done before it
and only the airing's own work (planned again, checked, its row opened) follows it."""
FETCH_RETRY_S = 5.0
"""While an office's recording waits to be fetched, the poll's round comes at least this
often: the commune hears the emergency seconds after the office's server answers again."""
STOP_WAIT_S = 12.0
"""How long a stop waits for the airing on air to close its row (systemd allows 20 s)."""
TIMESTAMP_MAX = 64 * 1024
"""A repository's timestamp.json is well under a kilobyte: a larger answer is not one."""
RECOVERY_BUDGET_S = 0.5
"""Missed rows written per sync round at most (in time): the store is free between rounds."""
RECOVERY_PAUSE = timedelta(seconds=0.25)
"""While a long outage's missed rows are still being written, the next round comes this soon
rather than SYNC_S later: long enough for a writer waiting on the store (SQLite retries at
least every 100 ms) to take its turn, so a four-month outage is logged in seconds."""
SINK_CHECK = timedelta(minutes=1)
"""How often the daemon opens the sink when nothing asks sooner (an aplay run, ~10 ms)."""
CLOCK_BACK = timedelta(seconds=30)
"""The clock going back more than this between two looks a second apart is a clock set back,
not a machine busy for a moment."""
FULL = N_("the disk is full")
"""Why the slots of a full disk's time were not aired, nor logged then."""
EMERGENCY, SCHEDULED = 0, 1
AGAIN = frozenset({AiringStatus.PREEMPTED, AiringStatus.INTERRUPTED})
"""An emergency that ended so airs again (from the start) while it is valid."""
T = TypeVar("T")


# APScheduler 3 ships no types, so its BaseExecutor is Any to mypy
class DaemonThreadExecutor(BaseExecutor):  # type: ignore[misc]
    """Runs each timer on a daemon thread of its own: a stop never waits for a job."""

    def _do_submit_job(self, job: Job, run_times: list[Any]) -> None:
        def run() -> None:
            try:
                events = run_job(job, job._jobstore_alias, run_times, self._logger.name)
            except BaseException:
                self._run_job_error(job.id, *sys.exc_info()[1:])
            else:
                self._run_job_success(job.id, events)

        threading.Thread(target=run, name=f"timer {job.id}", daemon=True).start()


class CatchingUp(IntervalTrigger):  # type: ignore[misc]
    """Every `seconds`, but after a clock set far forward (set right after it booted years
    back: w25clock F1) the next run is now: APScheduler counts every run a plain interval
    missed since, one at a time (110 million for seven years of SYNC_S), and its thread,
    holding its lock, froze the daemon, a stop included."""

    def get_next_fire_time(
        self, previous_fire_time: datetime | None, now: datetime
    ) -> datetime | None:
        following: datetime | None = super().get_next_fire_time(previous_fire_time, now)
        return now if following is not None and following < now else following


MISSED_SAID = 20
"""The missed airings a round of recovery says one by one; a long outage's others are counted."""


def timers(sync: Callable[[BackgroundScheduler], None], first: datetime) -> BackgroundScheduler:
    """The daemon's timers, with `sync` every SYNC_S seconds from `first`, run however late: a
    busy machine delaying a timer is no fault. APScheduler's own warnings (a run "missed by",
    one "skipped" while the last still runs) stay out of the station's log, which a commune's
    technician reads in the station's language (o21web9 Y8); missed airings are ours to find
    and say, from the plan and the log. Its errors (a job that raised) are kept."""
    logging.getLogger("apscheduler").setLevel(logging.ERROR)
    scheduler = BackgroundScheduler(timezone=UTC, executors={"default": DaemonThreadExecutor()})
    scheduler.add_job(sync, CatchingUp(seconds=SYNC_S, timezone=UTC), id="sync",
                      args=[scheduler], next_run_time=first, max_instances=1, coalesce=True,
                      misfire_grace_time=None)  # fmt: skip
    return scheduler


REPORTED = {"aired": "aired", "partial": "partial", "failed": "failed", "missed": "missed"}
"""Airing outcomes the office hears about an emergency it sent; a pre-empted one airs again,
later."""
UNHEARD_REPORT = "unheard"
"""What the office hears of one that played out where no loudspeaker is (a file, the test
sink: `Airing.heard`), whole or in part: not aired, at the office as in the station's report
(w30emerg: it heard "aired" whatever the sink). An office older than this refuses the state
(its listener's STATES) and keeps the commune's last one; its pushed log says more."""
UNHEARD_ON_AIR_REPORT = "on air unheard"
"""What the office hears when such an emergency starts playing out: it is being written where
no loudspeaker is, not "on air" (w31office: the office page read "đang phát" until it ended).
An office older than this refuses it and keeps "received", which is true."""


@dataclass
class Daemon:
    root: Path
    sink_spec: str | None = None
    clock: Clock = system_clock
    sink: Sink | None = None
    """A sink object to use instead of `sink_spec` (benchmarks time its first samples)."""
    say: Callable[[str], None] = print
    _jobs: queue.PriorityQueue[tuple[int, float, int, Any]] = field(
        default_factory=queue.PriorityQueue
    )
    _order: Iterator[int] = field(default_factory=itertools.count)
    _local: threading.local = field(default_factory=threading.local)
    _stopping: threading.Event = field(default_factory=threading.Event)
    _stopped_by: str = ""
    """The stop signal's name, said in the technician's output only: the log says what
    happened in the commune's words (SWITCHED_OFF, o21lan10 N3)."""
    _wake: threading.Event = field(default_factory=threading.Event)
    _queued: set[Any] = field(default_factory=set)
    _seen_emergencies: set[int] = field(default_factory=set)
    _prepared: dict[Any, Prepared] = field(default_factory=dict)
    _to_prepare: queue.Queue[PlannedAiring | None] = field(default_factory=queue.Queue)
    _preparing: set[Any] = field(default_factory=set)
    _on_air: Interruption | None = None
    _on_air_emergency: int | None = None
    _said: set[str] = field(default_factory=set)
    _silenced: set[tuple[str, str, int | None]] = field(default_factory=set)
    _lock: threading.RLock = field(default_factory=threading.RLock)
    _pusher: PushWorker = field(init=False, repr=False)
    _link: MqttLink | None = None
    _doorbell: threading.Event = field(default_factory=threading.Event)
    """Rung by the office (MQTT), by the link to the office coming back (the broker, a push
    or a poll working again: a doorbell rung meanwhile was lost) or by a stop: the upstream
    sync runs now."""
    _poll_now: threading.Event = field(default_factory=threading.Event)
    """Set when the broker link starts or stops listening (or by a stop): the emergency poll
    runs now, and so does the check of whether the office's emergencies can reach us."""
    _reached: datetime | None = None
    """When the office's emergencies last had a way here (the poll answered, or the broker
    listened, or had just been listening); None: not since the daemon started."""
    _cut_off: bool | None = None
    """Whether this daemon recorded that they have none (None: not checked yet)."""
    _listless: bool = False
    """The source has no list of emergencies to read: `_no_list` cleared the cut-off row."""
    _rung_for: int = 0
    """The repository's newest timestamp version that rang the doorbell (`_newer_version`)."""
    _fetch_waits: bool = False
    """An office's recording waits to be fetched (`_check_again`): the poll comes sooner."""
    _out: Sink = field(init=False, repr=False)
    """Where airings go: `sink`, or the one `sink_spec` names, or station.toml's."""
    _clock_seen: datetime | None = None
    """The clock at the last look (`_watch_clock`)."""
    _clock_said: str | None = None
    """The kind of clock fault last said (ClockFault.kind), None when the clock is right."""
    _out_spec: str | None = None
    """The `default_sink` that `_out` was made from (None: given on the command line)."""
    _disk_said: str | None = None
    """The disk's fault last said (health.disk_fault), None while it has room."""
    _sink_said: str | None = None
    """The sink's fault last said (health.check_sink), None while it opens."""
    _sink_checked: datetime | None = None
    """When the sink was last opened (`_watch_sink`); None: check it at the next look."""
    _aired: int = 0
    """Airings begun so far: a check that saw one begin throws its finding away."""
    _unlogged: dict[tuple[str, datetime], str] = field(default_factory=dict)
    """Slots that could not air or be logged (a full disk), by their key, and why: once the
    store can be written, recovery logs them `failed` with it (none is lost silently)."""
    _past_grace: set[tuple[str, datetime]] = field(default_factory=set)
    """Those of `_unlogged` said past their grace (`_say_past_grace`)."""
    _full_kept: bool = False
    """The record of the full disk's times may hold one (health.note_full): this daemon
    found one as it started, or wrote one since it last cleared it."""

    def station(self) -> Station:
        """One store connection per thread, with the settings as station.toml has them now
        (a setting changed while the daemon runs, quiet hours say, counts within seconds;
        a station.toml that cannot be read keeps the last good settings, and says why)."""
        changed = self._settings_changed()
        if not hasattr(self._local, "station"):
            self._local.station = Station.open(self.root, self.clock)
        elif changed is not None and changed != getattr(self._local, "settings", None):
            try:
                self._local.station.config = load_config(self.root)
            except ConfigError as e:
                self._say_once(_("{what}: {problem}").format(what=_("Settings"), problem=e))
        self._local.settings = changed
        station: Station = self._local.station
        return station

    def _settings_changed(self) -> int | None:
        try:
            return (self.root / CONFIG_NAME).stat().st_mtime_ns
        except OSError:
            return None

    def run(self) -> None:
        handlers: dict[signal.Signals, Handler] = {
            signal.SIGTERM: self._stop,
            signal.SIGINT: self._stop,
            signal.SIGUSR1: lambda *_: self._wake.set(),
        }
        # off the main thread, which holds `_wake`'s and `_stopping`'s locks at moments
        # (common.signals); an emergency waiting for the on-air lock elsewhere is taken up
        # too: it cuts what airs
        with handled(handlers), taking_preempt_signal(lambda *_: self._wake.set()):
            self._start()
        if self._stopped_by:
            self.say(_("Station stopped ({signal})").format(signal=self._stopped_by))
        else:
            self.say(_("Station stopped"))

    def _start(self) -> None:
        """Announce the pid (the signal handlers are already in place), wait for a store it
        can write, close what a crash left open, then serve until stopped."""
        opened = self.station()
        self._out = self.sink or opened.sink(self.sink_spec, Path.cwd())
        if self.sink is None and self.sink_spec is None:
            self._out_spec = opened.config.default_sink
        with daemon_lock(self.root):
            health.keep_room(opened)
            for since, until in health.full_spans(opened):  # a daemon before could not log
                self._full_kept = True
                until += health.FULL_NOTED_EVERY
                self._unlogged.update((p.key, _(FULL)) for p in self._unrecorded(
                    opened, since, min(until, self.clock())))  # fmt: skip
            station = self._wait_for_room(opened)
            if station is None:
                return
            try:  # what Trang chủ lists from before is told so; a full disk may refuse it
                overview.note_started(station)
            except Exception as e:
                LOG.debug("start not noted: %s", self._fault(e))
            self._guard(_("Recovery"), self._close_orphans)  # a full disk: the next rounds
            if not self._stopping.is_set():
                self._serve(station)

    def _wait_for_room(self, station: Station) -> Station | None:
        """The store of a disk with no room even for SQLite's index beside it opens for
        reading only, holding every other reader (Trang chủ, `status`) out while it is open:
        the daemon says the disk is full, reads the day's plan and closes the store, and opens
        it again only when the disk's free space changes, until it can write (None: stopped
        first). The slots due meanwhile are handled as those of a disk that fills while it
        runs: each is said once past its grace; one still in it when room comes airs late,
        the others are logged `failed` with why."""
        if station.read_only is None:
            return station
        since = self.clock()  # the record's own slots are known: those of the time the
        # station was off after it are not the disk's (a Tết shut down on a full disk)
        self._disk_said = health.disk_fault(station) or station.read_only
        self.say(sentences(self._disk_said))
        looked: Station | None = station
        due: list[PlannedAiring] = []
        free, until = self._free(station), since
        while True:
            if looked is not None:  # what airs until a day on: nothing is written meanwhile
                until = self.clock() + timedelta(days=1)
                due = self._unrecorded(looked, since, until)
            self._unlogged.update((p.key, _(FULL)) for p in due if p.at <= self.clock())
            self._note_full(station)
            self._say_past_grace(station)
            if looked is not None and looked.read_only is None:
                self._local.station = looked
                return looked
            if looked is not None:
                looked.close()
            if self._stopping.wait(1.0):
                return None
            seen, free, looked = free, self._free(station), None
            if free == seen and self.clock() < until:
                continue
            try:
                looked = Station.open(self.root, self.clock)
            except StoreError:  # another reader holds it for its look: look again
                if health.disk_fault(station) is None:
                    raise
                free = -1

    def _unrecorded(
        self, station: Station, since: datetime, until: datetime
    ) -> list[PlannedAiring]:
        """The slots planned from `since` to `until` that have no row."""
        recorded = Runner(station, self._out).recorded(since)
        return [p for p in plan(station, since, until, include_removed=True)
                if (p.slot, utc_iso(p.at)) not in recorded]  # fmt: skip

    @staticmethod
    def _free(station: Station) -> int:
        """The free space of the station's fullest disk, in bytes."""
        return next((disk.free for disk in health.disks(station)), 0)

    def _sink(self) -> Sink:
        """Where the next airing goes: the sink the command line named, else station.toml's
        `default_sink` as it is now (an edit counts from the next airing, as every setting;
        one that cannot be used is said once, and airings stay where they went)."""
        station = self.station()
        with self._lock:  # the timers' thread and the playback's both ask
            spec = station.config.default_sink
            if self._out_spec is None or spec == self._out_spec:
                return self._out
            try:
                self._out = station.sink()
            except SinkError as e:
                self._say_once(_("{what}: {problem}").format(what=_("Settings"), problem=e))
                return self._out
            self._out_spec, self._sink_checked = spec, None  # opened at the next look
            self.say(_("From now on the airings go to: {where}").format(
                where=sink_text(self._out.description)))  # fmt: skip
            return self._out

    def _close_orphans(self) -> None:
        """Close rows left `started` by a process that died, if nobody is airing now (then
        whoever airs next closes them; an emergency never waits for this)."""
        station = self.station()
        if not station.db.execute("SELECT 1 FROM airings WHERE status = 'started'").fetchone():
            return
        try:
            with airing_lock(self.root):
                closed = close_interrupted(station)
        except StationError:
            return  # an airing is on air (here or in another process): it is no orphan
        if closed:  # by number, as the missed ones are named at a start
            self.say(
                ngettext(
                    "Closed airing {seqs} left open by a crash or power cut",
                    "Closed airings {seqs} left open by a crash or power cut",
                    len(closed),
                ).format(seqs=", ".join(f"#{seq}" for seq in closed))
            )

    def _serve(self, station: Station) -> None:
        scheduler = timers(self._sync, self.clock())
        # the link first: it holds the reports to the office until the broker lets the station
        # in, and the threads below make some at once (the poll's refusal of an emergency sent
        # "to all" before the approval was dropped when it came first: w23speed)
        self._link = MqttLink(self.root, self.station, self.say,
                              lambda payload: self._upstream_emergency(payload, "mqtt"),
                              self._doorbell.set, self._link_changed).start()  # fmt: skip
        worker = threading.Thread(target=self._work, name="playback", daemon=True)
        threads = [
            threading.Thread(target=self._prepare_ahead, name="prepare", daemon=True),
            threading.Thread(target=self._sync_upstream, name="upstream", daemon=True),
            threading.Thread(target=self._poll_emergencies, name="emergency-poll", daemon=True),
        ]
        for thread in [worker, *threads]:
            thread.start()
        self._pusher = PushWorker.start(station, self.say, self._doorbell.set)
        scheduler.start()
        self._clock_seen = self.clock()  # a clock set back from now on is seen (_watch_clock)
        self.say(
            _("Station '{name}' on air, airings go to: {where}").format(
                name=station.printed_name(), where=sink_text(self._out.description)
            )
        )
        try:
            while not self._stopping.is_set():
                if self._wake.wait(1.0):
                    self._wake.clear()
                self._guard(_("Emergencies"), self._take_emergencies)
                self._guard(_("Clock"), partial(self._watch_clock, scheduler))
                self._guard(_("Disk"), self._watch_disk)
                self._guard(_("Sound card"), self._watch_sink)
        finally:
            scheduler.shutdown(wait=False)
            self._pusher.stop()
            self._link.stop()
            self._to_prepare.put(None)
            self._jobs.put((-1, 0.0, -1, None))
            worker.join(STOP_WAIT_S)
            if worker.is_alive():
                self.say(
                    _("The airing in progress did not end within {length}; the next start "
                      "closes its row as interrupted").format(length=duration_text(STOP_WAIT_S))
                )  # fmt: skip

    def _watch_clock(self, scheduler: BackgroundScheduler) -> None:
        """Once a second: a clock set back (NTP, a person) is said, and the round that plans
        the timers runs now, not when the clock reaches the fast time it was due at again
        (o23lan12 M2: the slots in between were lost); a clock out of line with what the
        station knows is said when that changes."""
        now = self.clock()
        seen, self._clock_seen = self._clock_seen, now
        if seen is not None and now < seen - CLOCK_BACK:
            self.say(went_back(seen, now, self.station().config.zone))
            scheduler.modify_job("sync", next_run_time=now)
        station = self.station()
        fault = clock_fault(station)
        if (fault.kind if fault else None) != self._clock_said:
            self._clock_said = fault.kind if fault else None
            if fault and not fault.set_back:  # that one was said as it happened
                self.say(fault.text(station.config.zone))

    def _watch_disk(self) -> None:
        """Once a second: a disk with less room than a day of airing needs is said when it
        comes and when it goes; as it goes, the slots that could not air or be logged
        meanwhile are let through again (one still in its grace airs late, the others are
        logged with why)."""
        station = self.station()
        said = health.disk_fault(station)
        if said:  # kept where a restart finds it, so its slots are logged with why
            self._note_full(station)
        if said and self._disk_said:
            self._say_past_grace(station)
        if said == self._disk_said or (said and self._disk_said):
            return
        self._disk_said = said
        if said:
            self.say(sentences(said))
            return
        self.say(_("The station's disk has room again: the slots air and are logged."))
        with self._lock:
            self._queued -= set(self._unlogged)

    def _note_full(self, station: Station, since: datetime | None = None) -> None:
        """Keep in the record that the disk is full now (and from `since`)."""
        health.note_full(station, self.clock(), since)
        self._full_kept = True

    def _forget_full(self) -> None:
        """The disk has room and every slot of its full times has its row: the record of
        those times goes. Read only while this daemon knows of one (it alone writes it: a
        sync every few seconds read it for nothing)."""
        if not self._full_kept:
            return
        station = self.station()
        if health.disk_fault(station) is not None:
            return
        spans = health.full_spans(station)
        if not any(since <= at for since, _until in spans for _slot, at in self._unlogged):
            health.clear_full(station)
            self._full_kept = False

    def _say_past_grace(self, station: Station) -> None:
        """A slot that could not air for the full disk, once its grace has passed, can no
        longer air late: said once, so the officer knows it will be logged as not aired."""
        grace = timedelta(minutes=station.config.schedule.grace_minutes)
        self._past_grace &= self._unlogged.keys()  # those since logged need no memory
        zone = station.config.zone
        today = self.clock().astimezone(zone).date()
        for slot, at in self._unlogged.keys() - self._past_grace:
            if self.clock() > at + grace:
                self._past_grace.add((slot, at))
                # its day too, unless today's (a restart the next day said yesterday's by
                # its hour alone): "06:30 hôm qua", "06:30 Thứ Hai 30/11/2026"
                local = at.astimezone(zone)
                day = "" if local.date() == today else day_text(local.date(), today, mid=True)
                self.say(_("Slot {slot} of {time} is past its grace: it is logged as not aired "
                           "once the disk has room.").format(
                    slot=slot, time=f"{local:%H:%M} {day}".strip()))  # fmt: skip

    def _watch_sink(self, now: bool = False) -> None:
        """Open the sink, as an airing would (nothing plays), at start, every SINK_CHECK,
        before each airing (as its program is made) and after it changes (`now`); what it
        finds is said when it changes and kept for Trang chủ and `status`. Never while
        something airs: a card in use does not open twice."""
        with self._lock:
            due = self.clock() - (self._sink_checked or datetime.min.replace(tzinfo=UTC))
            if self._on_air is not None or (not now and due < SINK_CHECK):
                return
            sink, self._sink_checked, aired = self._sink(), self.clock(), self._aired
        said = health.check_sink(sink)
        with self._lock:
            if self._aired != aired:  # an airing began meanwhile: its card was busy
                return
        health.note_sink(self.station(), sink, said)  # kept before it is said: who reads
        if said != self._sink_said:  # `status` once the line is out finds it (a test did not)
            self._sink_said = said
            self.say(sentences(said) if said else health.sink_back(sink))

    def _stop(self, signum: int, _frame: FrameType | None) -> None:
        """Stop now: the airing on air (or about to be) is cut and closed as interrupted."""
        self._stopped_by = signal.Signals(signum).name
        with self._lock:
            if self._on_air:
                self._on_air.stop(AiringStatus.INTERRUPTED, _(SWITCHED_OFF))
        self._stopping.set()
        self._wake.set()
        self._doorbell.set()
        self._poll_now.set()

    def _guard(self, what: str, work: Callable[[], T]) -> T | None:
        """Run one part of the daemon's round; a failure is said once, and the rest of the
        round (and the next ones) carries on."""
        try:
            return work()
        except Exception as e:
            self._say_once(_("{what}: {problem}").format(what=what, problem=self._fault(e)))
            return None

    def _fault(self, error: BaseException) -> str:
        """An error in the technician's words: the store's (a full disk above all) as the
        doors say them, never SQLite's English (a commune trial: "database or disk is full")."""
        return refusal(error, self.root) or fault(error)

    def _say_once(self, message: str) -> None:
        if message not in self._said:
            self._said.add(message)
            self.say(message)

    # ----- timers (their own threads) ----------
    def _sync(self, scheduler: BackgroundScheduler) -> None:
        """Rebuild the timers from the store; queue late airings; render the next one ahead."""
        runner = Runner(self.station(), self._sink(), self._unlogged)
        if self._on_air is None:
            self._guard(_("Recovery"), self._close_orphans)
        settle = lambda: runner.settle(RECOVERY_BUDGET_S)  # noqa: E731
        for planned in self._guard(_("Recovery"), settle) or []:
            self._queue_slot(planned)
        self._guard(_("Disk"), self._forget_full)
        if runner.logged:  # rows of airings that did not air reach the office as airings do
            self._pusher.poke()
        for missed in runner.logged[:MISSED_SAID]:  # as an airing's end is said (o21lan10 N10)
            self._report(missed)
        if len(runner.logged) > MISSED_SAID:
            self.say(_("… and {n} more airings missed: see the log").format(
                n=len(runner.logged) - MISSED_SAID))  # fmt: skip
        for broken in self._guard(_("Schedule"), runner.log_broken_slots) or []:
            self.say(
                _("Slot {name} cannot be planned and does not air: {reason}").format(
                    name=broken.name, reason=broken.reason
                )
            )
        # none while the clock is held (far ahead, or behind): they wait for it to be right
        upcoming = self._guard(_("Schedule"), lambda: runner.upcoming(HORIZON)) or []
        wanted = {f"air {p.slot} {utc_iso(p.at)}": p for p in upcoming}
        for job in scheduler.get_jobs():
            if job.id.startswith("air ") and job.id not in wanted:
                job.remove()
        for job_id, planned in wanted.items():
            if scheduler.get_job(job_id) is None and planned.at > self.clock():
                scheduler.add_job(self._queue_slot, "date", run_date=planned.at - LEAD,
                                  id=job_id, args=[planned], misfire_grace_time=None)  # fmt: skip
        ahead = timedelta(seconds=self.station().config.schedule.render_ahead_s)
        for planned in upcoming:
            if planned.key not in self._preparing and planned.at - self.clock() <= ahead:
                self._preparing.add(planned.key)
                self._to_prepare.put(planned)
        self._guard(_("Emergencies"), self._take_emergencies)
        self._guard(_("Schedule"), self._say_silenced)
        if runner.behind:  # last in the round: the next one starts once this one has ended
            scheduler.modify_job("sync", next_run_time=self.clock() + RECOVERY_PAUSE)

    def _say_silenced(self) -> None:
        """Say once (per announcement, reason and version) what the coming week's slots
        will air without, and why."""
        station = self.station()
        for wont in station.will_not_air():
            key = (wont.announcement_id, wont.reason, wont.version)
            if key not in self._silenced:
                self._silenced.add(key)
                self.say(_("Will not air: {problem}").format(problem=station.wont_air_text(wont)))

    def _upstream_config(self) -> UpstreamSettings | None:
        """[upstream] as station.toml says now (`sync URL` and `trust URL` change the source
        while the daemon runs); None, said once, when it cannot be read."""
        try:
            return load_config(self.root).upstream
        except BroadcasterError as e:
            self._say_once(_("{what}: {problem}").format(what=_("Upstream"), problem=e))
            return None

    def _upstream_settings(self) -> UpstreamSettings | None:
        """[upstream] as station.toml says now, if the station trusts an upstream and has a
        source."""
        return self._sourced(self._upstream_config())

    def _sourced(self, settings: UpstreamSettings | None) -> UpstreamSettings | None:
        """`settings`, if they name a source and the station trusts an upstream."""
        # not root.json alone: while a sync re-points it the poll said "no list" (ci32)
        trusted = pinned_root(self.root / UPSTREAM / "metadata") is not None
        return settings if settings and settings.source and trusted else None

    def _sync_upstream(self) -> None:
        """Take the upstream's new versions now, every `sync_minutes`, and whenever the
        doorbell rings; a failure is reported, tried again after SYNC_RETRY_S, and airing
        goes on. A stop cancels a sync under way."""
        from .sync import sync as upstream_sync  # here: TUF loads only for stations with one

        while not self._stopping.is_set():
            settings = self._upstream_settings()
            every = (settings or UpstreamSettings()).sync_minutes * 60
            if settings:
                station = Station.open(self.root, self.clock)
                try:
                    result = upstream_sync(station, cancelled=self._stopping)
                except StationError as e:
                    self.say(_("Upstream: {problem}").format(problem=e))
                    every = min(every, SYNC_RETRY_S)
                except Exception as e:
                    self.say(_("Upstream: {problem}").format(problem=self._fault(e)))
                    every = min(every, SYNC_RETRY_S)
                else:
                    changed = len(result.changes) + result.dropped
                    self.say(
                        ngettext(
                            "Upstream synced: {n} change", "Upstream synced: {n} changes", changed
                        ).format(n=changed)
                    )
                    for refused in station.refused_campaigns() if result.refused else []:
                        self._say_once(_("Upstream: {problem}").format(problem=refused))
                finally:
                    station.db.conn.close()
            self._poll_now.set()  # a root or key it brought checks again what waited for it
            self._doorbell.wait(every)
            self._doorbell.clear()

    def _poll_emergencies(self) -> None:
        """Read the office's list of emergencies still valid every `emergency_poll_s`: what
        reaches the station when the broker cannot (each is checked like one from MQTT, and
        one already taken is not news)."""
        etag: str | None = ""
        while not self._stopping.is_set():
            configured = self._upstream_config()
            settings = self._sourced(configured)
            if settings and settings.source.startswith(("http://", "https://")):
                self._listless = False
                read = self._poll_emergencies_once(settings.source, etag or "")
                if read is not None and etag is None:  # back: what was published meanwhile
                    self._doorbell.set()
                elif read is not None:
                    self._newer_version(settings.source)
                etag = read
                self._guard(_("Emergencies"), partial(self._reach, read is not None))
            else:
                self._guard(_("Emergencies"), self._no_list)
            self._guard(_("Emergencies"), self._check_again)  # this thread alone: in order
            # the round's pace, list or none: what waited for a `trust` or `sync` run aside
            every = (configured or UpstreamSettings()).emergency_poll_s
            self._poll_now.wait(min(every, FETCH_RETRY_S) if self._fetch_waits else every)
            self._poll_now.clear()

    def _link_changed(self) -> None:
        """The broker link started or stopped listening: it worked until now (paho's thread)."""
        self._reached = self.clock()
        self._poll_now.set()

    def _reach(self, answered: bool) -> None:
        """Record, for `status` and Trang chủ, whether the office's emergencies can reach the
        station: not when neither the broker listens nor the poll was `answered` (o13net C5);
        cleared as soon as either works again. Said when it changes."""
        from . import office_link

        if answered or (self._link is not None and self._link.connected.is_set()):
            self._reached = self.clock()
            if self._cut_off is not False:  # and a row left by a daemon stopped meanwhile
                office_link.cut_off(self.station(), None)
            if self._cut_off:
                self.say(_("Emergencies: the office can reach the station again"))
            self._cut_off = False
        elif not self._cut_off:
            office_link.cut_off(self.station(), self._reached or self.clock())
            self._cut_off = True
            self.say(_("Emergencies: the office cannot reach the station (neither its broker nor "
                       "its list of emergencies answers); the station tries again"))  # fmt: skip

    def _no_list(self) -> None:
        """A source with no list of emergencies to read (a USB folder, or none): the station
        cannot tell whether the office reaches it, so it claims nothing, and a cut-off row
        left from an http(s) source goes, said once (review14 #5)."""
        from . import office_link

        if self._listless:
            return
        office_link.cut_off(self.station(), None)  # a daemon stopped meanwhile may have left it
        if self._cut_off:
            self.say(_("Emergencies: the station's source has no list of emergencies (a USB "
                       "folder), so it no longer says whether the office can reach it; only "
                       "the broker brings them"))  # fmt: skip
        self._cut_off, self._listless = None, True

    def _newer_version(self, source: str) -> None:
        """Ring the doorbell once for a version the repository published that the station has
        not synced: its broker, which rings it, may be down while the repository answers the
        poll every minute (o16net N3: a new version waited an hour). Its timestamp's number is
        only a hint: the sync checks every signature, as always."""
        import requests  # here: only a station with an upstream loads HTTP

        trusted = self.station().upstream_dir / "metadata" / "timestamp.json"
        try:
            response = requests.get(f"{source.rstrip('/')}/metadata/timestamp.json",
                                    timeout=(5, 20))  # fmt: skip
            if response.status_code != 200 or len(response.content) > TIMESTAMP_MAX:
                return
            published = int(response.json()["signed"]["version"])
            synced = int(json.loads(trusted.read_bytes())["signed"]["version"])
        except (requests.RequestException, OSError, ValueError, KeyError, TypeError):
            return  # the next poll, the broker or the hourly sync brings it
        if published > max(synced, self._rung_for):
            self._rung_for = published
            self._doorbell.set()

    def _poll_emergencies_once(self, source: str, etag: str) -> str | None:
        """One read of the list; returns its ETag (the next read is answered 304 until the
        office changes it), or None when the office did not answer with the list: an error
        page (nginx's 502, a 404 once the repository moved) or a body that is no list is no
        way for an emergency to come here (review14 #4)."""
        import requests  # here: only a station with an upstream loads HTTP and TUF

        from upstream.emergency_message import MAX_PAYLOAD

        try:
            response = requests.get(
                f"{source.rstrip('/')}/emergencies/active.json",
                headers={"If-None-Match": etag} if etag else {}, timeout=(5, 20),
            )  # fmt: skip
            if response.status_code == 304:  # not changed: the office's own answer
                self._guard(_("Clock"), partial(self._note_office_time, source, response))
                return etag
            if response.status_code == 404 and _repository_answers(source):
                return etag  # an office that never sent an emergency: no list yet
            if response.status_code != 200 or len(response.content) >= MAX_PAYLOAD:
                return None
            envelopes = response.json()["emergencies"]
            if not isinstance(envelopes, list):
                return None
            self._guard(_("Clock"), partial(self._note_office_time, source, response))
            for envelope in envelopes:
                self._upstream_emergency(json.dumps(envelope).encode(), "poll")
            return response.headers.get("ETag", "")
        except requests.RequestException:
            return None  # the broker, or the next round, brings it
        except (ValueError, KeyError, TypeError):
            return None  # a page that is no list of emergencies

    def _note_office_time(self, source: str, response: Any) -> None:
        """Keep the office's time from the Date of its list's answer (clock_check)."""
        office = office_date(source, response.headers.get("Date"))
        if office is not None:
            note_office_time(self.station(), office)

    def _upstream_emergency(self, payload: bytes, via: str) -> None:
        """An emergency from the office: checked and filed, then aired through the same path
        as the operator's (the playback worker is woken now); the office is told."""
        from . import upstream_emergency

        station = self.station()
        self._heard(station, upstream_emergency.take(station, payload, via, self._stopping), via)

    def _check_again(self) -> None:
        """The office's messages the station could not check or air when they came (no root
        yet, a key it does not know yet, a recording it could not fetch), checked again each
        round of the poll and after each sync (a `sync` or `trust` run aside counts at the
        next round: every `emergency_poll_s`, with or without a list to read)."""
        from . import upstream_emergency

        station = self.station()
        for outcome, via in upstream_emergency.check_again(station, self._stopping):
            self._heard(station, outcome, via)
        self._fetch_waits = upstream_emergency.fetch_waits(station)

    def _heard(self, station: Station, outcome: Outcome, via: str) -> None:
        """Say and report what became of one message from the office, and wake the airing."""
        from . import upstream_emergency

        # a cancel is read before its emergency when both wait (it must be filed first): each
        # line says which came first, so "cancelled" before "received" reads right (o14net K5')
        if outcome.code == "cancel" and not upstream_emergency.arrived(station, outcome.reason):
            # said once, if its emergency comes, by that row's line ("#4 đã hủy …", o15web3 K4)
            LOG.debug("emergency %s cancelled before it arrived (%s)", outcome.reason, via)
        elif outcome.code == "cancel" and self._cut_cancelled(outcome.reason):
            self.say(  # o16web4 K13: "partly aired" alone did not say the speakers stopped
                _("The office cancelled emergency {id} ({via}) while it was on air: the "
                  "loudspeakers were stopped mid-message").format(id=outcome.reason, via=via)
            )  # fmt: skip
        elif outcome.code == "cancel":
            self.say(
                _("The office cancelled emergency {id} ({via}): it will not air here if it "
                  "has not aired yet").format(id=outcome.reason, via=via)
            )  # fmt: skip
        elif (
            outcome.taken
            and outcome.message_id
            and upstream_emergency.cancelled_by_office(station, outcome.message_id)
        ):
            self._wake.set()  # its row's line says it, once, as Nhật ký does (o15web3 K4)
            LOG.debug("emergency %s received (%s), already cancelled", outcome.message_id, via)
        elif outcome.taken:
            self._wake.set()
            self.say(
                _("Emergency {id} from the office received ({via})").format(
                    id=outcome.message_id, via=via
                )
            )
        elif outcome.waits:  # kept: said once, when it came; what becomes of it, when it does
            if outcome.code == "fetch":
                self._poll_now.set()  # its next tries come every FETCH_RETRY_S from now
            self.say(
                _("Emergency {id} from the office waits: {reason}; the station tries it "
                  "again").format(id=outcome.message_id or "?", reason=outcome.reason)
            )  # fmt: skip
        elif outcome.code in ("not-for-us", "duplicate"):  # filed in the store; not news
            LOG.debug("emergency %s from the office: %s", outcome.message_id, outcome.code)
        elif outcome.code != "replay" or via == "mqtt":
            self.say(
                _("Emergency {id} from the office refused: {reason}").format(
                    id=outcome.message_id or "?", reason=outcome.reason
                )
            )
        if outcome.report:
            self._tell_office(outcome.message_id, *outcome.report)

    def _cut_cancelled(self, message_id: str | None) -> bool:
        """The office cancelled the emergency on air: cut it as a preemption is cut (True). It
        ends partly aired (what the commune heard), once, with the office's reason; the office
        hears so. One not on air yet never goes on air (airing.emergency_open)."""
        with self._lock:
            on_air, emergency = self._on_air, self._on_air_emergency
            if on_air is None or emergency is None or message_id is None:
                return False
            row = (
                self.station()
                .db.execute(
                    "SELECT 1 FROM emergencies WHERE id = ? AND upstream_message = ?",
                    [emergency, message_id],
                )
                .fetchone()
            )
            if row:
                on_air.stop(AiringStatus.PARTIAL, _("cancelled by the office"))
            return bool(row)

    def _tell_office(
        self, message_id: str | None, state: str, reason: str | None, code: str | None = None
    ) -> None:
        from . import upstream_emergency

        if self._link and message_id:
            self._link.report(
                upstream_emergency.report(self.station(), message_id, state, reason, code)
            )

    def _prepare_ahead(self) -> None:
        while (planned := self._to_prepare.get()) is not None:
            station = self.station()
            try:
                day = planned.at.astimezone(station.config.zone).date()  # the slot's day
                rows = station.check_airable(planned.announcement_ids, day)
                name = f"next-{planned.slot}-{int(planned.at.timestamp())}.wav"
                self._prepared[planned.key] = prepare(station, rows, self.root / PROGRAMS / name)
                self._watch_sink(now=True)  # before the airing: said while there is time
            except Exception as e:
                self.say(
                    _("Could not prepare slot {slot} ahead: {problem}").format(
                        slot=planned.slot, problem=self._fault(e)
                    )
                )

    def _queue_slot(self, planned: PlannedAiring) -> None:
        with self._lock:
            if planned.key in self._queued:
                return
            self._queued.add(planned.key)
        self._jobs.put((SCHEDULED, planned.at.timestamp(), next(self._order), planned))

    def _take_emergencies(self) -> None:
        """Queue every open emergency. The office's air in the order it sent them (a
        correction sent after its original is heard after it) and cut only a slot: one on
        air ends first (the office stops it with a cancel). The operator's, pressed at the
        station, go first, newest first, and cut what is on air unless that is a newer one
        of hers; one cut airs again after."""
        station = self.station()
        for emergency_id, announcement_id, message_id, sent_at in station.db.execute(
            "SELECT id, announcement_id, upstream_message, requested_at FROM emergencies "
            "WHERE airing_seq IS NULL ORDER BY id"
        ).fetchall():
            local = message_id is None
            with self._lock:
                if ("emergency", emergency_id) in self._queued:
                    continue
                self._queued.add(("emergency", emergency_id))
                new = emergency_id not in self._seen_emergencies
                self._seen_emergencies.add(emergency_id)
                on_air = self._on_air_emergency
                cuts = on_air is None or (local and on_air < emergency_id)
                if new and self._on_air and cuts:
                    self._on_air.stop(
                        AiringStatus.PREEMPTED,
                        _("preempted by emergency announcement {id}").format(id=announcement_id),
                    )
            # the office's by when it sent them (its time, not the order they were filed
            # here: a recording still downloading is filed after a later text)
            order = -emergency_id if local else datetime.fromisoformat(sent_at).timestamp()
            self._jobs.put((EMERGENCY, order, next(self._order),
                            (emergency_id, announcement_id, message_id)))  # fmt: skip

    # ----- playback (one worker thread) ----------
    def _work(self) -> None:
        while True:
            priority, _when, _order, job = self._jobs.get()  # `_` is the translator
            if job is None:
                return
            interruption = Interruption()
            with self._lock:
                if self._stopping.is_set():
                    return
                self._on_air, self._aired = interruption, self._aired + 1
                self._on_air_emergency = job[0] if priority == EMERGENCY else None
            key = ("emergency", job[0]) if priority == EMERGENCY else job.key
            again = False
            try:
                if priority == EMERGENCY:
                    emergency_id, announcement_id, message_id = job
                    airing = self._air_emergency(
                        emergency_id, announcement_id, message_id, interruption
                    )
                    again = airing is None or airing.status in AGAIN
                else:
                    airing = self._air_slot(job, interruption)
                    again = airing is None  # no row: recovery may queue it again, late
            except Exception as e:
                said = self._fault(e)
                self.say(_("Airing failed: {problem}").format(problem=said))
                if priority == SCHEDULED:  # no row: recovery logs it with this, once it can
                    self._unlogged[job.key] = said
                    if health.disk_fault(self.station()):  # before the disk's look, maybe:
                        self._note_full(self.station(), job.at)  # a restart finds it
            finally:
                with self._lock:
                    self._on_air = self._on_air_emergency = None
                    if again and not self._stopping.is_set():
                        self._queued.discard(key)
                        self._wake.set()

    def _announce(self, label: str, sink: Sink) -> Callable[[int, Program], None]:
        """The terminal's line as an airing starts, its length in words as the console says
        it ("1 phút 47 giây"); into a file or the test sink it says where, as `play` does:
        "On air" alone said the commune heard it (session 31's left)."""
        heard = reaches_loudspeakers(sink.description)

        def on_air(seq: int, program: Program) -> None:
            values = {"seq": seq, "what": label, "length": duration_text(program.duration_s)}
            if heard:
                self.say(_("On air: #{seq} {what}, {length}").format(**values))
            else:
                where = sink_text(sink.description)
                self.say(
                    _("On air: #{seq} {what}, {length}: {where}").format(where=where, **values)
                )

        return on_air

    def _air_slot(self, planned: PlannedAiring, interruption: Interruption) -> Airing | None:
        """Air a slot on its second (its timer fired LEAD before): a stop or an emergency
        while it waits for it ends the wait, and the slot, with no row yet, airs late after
        the emergency (recovery queues it again) as one cut before its first sample would."""
        early = (planned.at - self.clock()).total_seconds()
        if early > 0 and interruption.cancelled.wait(min(early, LEAD.total_seconds())):
            return None
        prepared, sink = self._prepared.pop(planned.key, None), self._sink()
        try:
            airing = Runner(self.station(), sink).air_planned(
                planned,
                prepared,
                interruption,
                on_air=self._announce(
                    _("slot {name}").format(  # by title, as the console
                        name=self.station().slot_titles().get(planned.slot, planned.slot)
                    ),
                    sink,
                ),
            )
        finally:
            if prepared:
                prepared.path.unlink(missing_ok=True)
        self._report(airing)
        if airing:
            self._unlogged.pop(planned.key, None)  # it aired late, or was logged
        return airing

    def _air_emergency(
        self,
        emergency_id: int,
        announcement_id: str,
        message_id: str | None,
        interruption: Interruption,
    ) -> Airing | None:
        """Air an emergency; one from the office is logged with its own trigger, and the
        office hears when it goes on air and how it ended."""
        trigger = Trigger.UPSTREAM_EMERGENCY if message_id else Trigger.EMERGENCY
        sink = self._sink()
        announce = self._announce(_("EMERGENCY"), sink)
        playing = "on air" if reaches_loudspeakers(sink.description) else UNHEARD_ON_AIR_REPORT

        def on_air(seq: int, program: Program) -> None:
            announce(seq, program)
            self._tell_office(message_id, playing, None)

        airing = air(self.station(), [announcement_id], sink,
                     occasion=Occasion(trigger, emergency=emergency_id),
                     interruption=interruption, wait_for_lock=True, on_air=on_air)  # fmt: skip
        self._report(airing, message_id)
        if message_id and airing and airing.status in REPORTED:
            unheard = AiringStatus(airing.status).unheard(airing.destination)
            state = UNHEARD_REPORT if unheard else REPORTED[airing.status]
            self._tell_office(message_id, state, airing.error)
        return airing

    def _report(self, airing: Airing | None, message_id: str | None = None) -> None:
        """Say how an airing ended, in Nhật ký's words: an office emergency the office took
        back before it aired is "đã hủy", not "bỏ lỡ", and is named (no "On air" line did)."""
        from .upstream_emergency import withdrawn

        self._pusher.poke()
        if airing:
            station = self.station()
            status = AiringStatus(airing.status)
            said = airing.outcome  # "không ra loa" into a file, as Nhật ký says (w29report 2)
            if status is AiringStatus.MISSED and withdrawn(station, [airing.seq]):
                said = (
                    f"#{airing.seq} "
                    + status.shown(None, withdrawn=True)
                    + (f" ({_('emergency {id}').format(id=message_id)})" if message_id else "")
                )
            # each emergency by its time and first words, as the console names it, not its id
            [note] = station.notes_shown([airing.error])
            error = f": {note}" if note else ""
            self.say(f"{said}{error}")


def _repository_answers(source: str) -> bool:
    """Whether the office's repository itself is served at `source` (its timestamp.json):
    then a list of emergencies not found means none was ever sent, not a moved repository."""
    import requests

    try:
        found = requests.head(f"{source.rstrip('/')}/metadata/timestamp.json", timeout=(5, 20))
    except requests.RequestException:
        return False
    return found.status_code == 200
