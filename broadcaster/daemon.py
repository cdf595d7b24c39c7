"""`broadcaster run`: the station daemon.

APScheduler (3.x) keeps in-memory timers rebuilt every few seconds from the store, which stays
the only truth: a slot added with the CLI is picked up at the next sync, no restart. Timers
only put work on a queue; one playback worker takes it, so airings never overlap and an
emergency (queued first) goes next. Programs are rendered ahead of their slot so the worker
only opens the row and starts the sink on the second.
"""

from __future__ import annotations

import itertools
import queue
import signal
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, timedelta
from pathlib import Path
from types import FrameType
from typing import Any

from apscheduler.executors.pool import ThreadPoolExecutor
from apscheduler.schedulers.background import BackgroundScheduler

from audio_out.sinks import Sink
from schedules.rundown import PlannedAiring

from .airing import (
    Airing,
    Interruption,
    Occasion,
    Prepared,
    air,
    airing_lock,
    close_interrupted,
    prepare,
)
from .clock import Clock, system_clock, utc_iso
from .daemon_lock import daemon_lock
from .office_link import PushWorker
from .program import Program
from .runner import Runner
from .station import Station, StationError

SYNC_S = 2.0
HORIZON = timedelta(minutes=10)
EMERGENCY, SCHEDULED = 0, 1


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
    _wake: threading.Event = field(default_factory=threading.Event)
    _queued: set[Any] = field(default_factory=set)
    _prepared: dict[Any, Prepared] = field(default_factory=dict)
    _on_air: Interruption | None = None
    _lock: threading.RLock = field(default_factory=threading.RLock)
    _pusher: PushWorker = field(init=False)
    _out: Sink = field(init=False)
    """Where airings go: `sink`, or the one `sink_spec` names."""

    def station(self) -> Station:
        """One store connection per thread."""
        if not hasattr(self._local, "station"):
            self._local.station = Station.open(self.root, self.clock)
        return self._local.station

    def run(self) -> None:
        station = self.station()
        self._out = self.sink or station.sink(self.sink_spec, Path.cwd())
        with daemon_lock(self.root):
            with airing_lock(self.root, wait=True):
                closed = close_interrupted(station)
            if closed:
                self.say(f"Closed {closed} airing(s) left open by a crash or power cut")
            scheduler = BackgroundScheduler(
                timezone=UTC, executors={"default": ThreadPoolExecutor(2)}
            )
            scheduler.add_job(self._sync, "interval", seconds=SYNC_S, id="sync",
                              args=[scheduler], next_run_time=self.clock(),
                              max_instances=1, coalesce=True)  # fmt: skip
            upstream = station.config.upstream
            if upstream.source and station.trusted_root.exists():
                scheduler.add_job(
                    self._sync_upstream,
                    "interval",
                    minutes=upstream.sync_minutes,
                    id="upstream",
                    next_run_time=self.clock(),
                    max_instances=1,
                )
            worker = threading.Thread(target=self._work, name="playback")
            handlers = {
                signal.SIGTERM: self._stop,
                signal.SIGINT: self._stop,
                signal.SIGUSR1: lambda *_: self._wake.set(),
            }
            previous = {sig: signal.signal(sig, handler) for sig, handler in handlers.items()}
            self._pusher = PushWorker.start(station, self.say)
            worker.start()
            scheduler.start()
            self.say(f"Station '{station.config.name}' on air through {self._out.description}")
            try:
                while not self._stopping.is_set():
                    if self._wake.wait(1.0):
                        self._wake.clear()
                    self._take_emergencies()
            finally:
                scheduler.shutdown(wait=False)
                self._pusher.stop()
                self._jobs.put((-1, 0.0, -1, None))
                worker.join()
                for sig, handler in previous.items():
                    signal.signal(sig, handler)
        self.say("Station stopped")

    def _stop(self, signum: int, _frame: FrameType | None) -> None:
        """Stop now: the airing on air is cut and closed as interrupted, with what played."""
        with self._lock:
            if self._on_air:
                self._on_air.reason = "interrupted"
                self._on_air.note = f"the station was stopped ({signal.Signals(signum).name})"
                self._out.stop()
        self._stopping.set()
        self._wake.set()

    # ----- timers (scheduler threads) ----------
    def _sync(self, scheduler: BackgroundScheduler) -> None:
        """Rebuild the timers from the store; queue late airings; render the next one ahead."""
        runner = Runner(self.station(), self._out)
        for planned in runner.settle():
            self._queue_slot(planned)
        upcoming = runner.upcoming(HORIZON)
        wanted = {f"air {p.slot} {utc_iso(p.at)}": p for p in upcoming}
        for job in scheduler.get_jobs():
            if job.id.startswith("air ") and job.id not in wanted:
                job.remove()
        for job_id, planned in wanted.items():
            if scheduler.get_job(job_id) is None and planned.at > self.clock():
                scheduler.add_job(self._queue_slot, "date", run_date=planned.at, id=job_id,
                                  args=[planned], misfire_grace_time=None)  # fmt: skip
        ahead = self.station().config.schedule.render_ahead_s
        for planned in upcoming:
            if planned.key not in self._prepared and planned.at - self.clock() <= timedelta(
                seconds=ahead
            ):
                self._prepare(planned)
        self._take_emergencies()

    def _sync_upstream(self) -> None:
        """Take the upstream's new versions; a failure is reported and airing goes on."""
        from .sync import sync as upstream_sync  # here: TUF loads only for stations with one

        try:
            result = upstream_sync(self.station())
        except StationError as e:
            self.say(f"Upstream: {e}")
            return
        changed = len(result.changes) + len(result.retired)
        self.say(f"Upstream synced: {changed} change(s)")

    def _prepare(self, planned: PlannedAiring) -> None:
        station = self.station()
        try:
            rows = station.check_airable(planned.announcement_ids, station.today())
            path = self.root / "programs" / f"next-{planned.slot}-{int(planned.at.timestamp())}.wav"
            self._prepared[planned.key] = prepare(station, rows, path)
        except Exception as e:
            self.say(f"Could not prepare slot {planned.slot} ahead: {e}")

    def _queue_slot(self, planned: PlannedAiring) -> None:
        with self._lock:
            if planned.key in self._queued:
                return
            self._queued.add(planned.key)
        self._jobs.put((SCHEDULED, planned.at.timestamp(), next(self._order), planned))

    def _take_emergencies(self) -> None:
        station = self.station()
        for emergency_id, announcement_id in station.db.execute(
            "SELECT id, announcement_id FROM emergencies WHERE airing_seq IS NULL ORDER BY id"
        ).fetchall():
            with self._lock:
                if ("emergency", emergency_id) in self._queued:
                    continue
                self._queued.add(("emergency", emergency_id))
                if self._on_air:
                    self._on_air.reason = "preempted"
                    self._on_air.note = f"preempted by emergency announcement {announcement_id}"
                    self._out.stop()
            self._jobs.put((EMERGENCY, 0.0, next(self._order), (emergency_id, announcement_id)))

    # ----- playback (one worker thread) ----------
    def _work(self) -> None:
        while True:
            priority, _, _, job = self._jobs.get()
            if job is None:
                return
            interruption = Interruption()
            with self._lock:
                if self._stopping.is_set():
                    return
                self._on_air = interruption
            try:
                if priority == EMERGENCY:
                    emergency_id, announcement_id = job
                    self._air_emergency(emergency_id, announcement_id, interruption)
                else:
                    self._air_slot(job, interruption)
            except Exception as e:
                self.say(f"Airing failed: {e}")
            finally:
                with self._lock:
                    self._on_air = None

    def _announce(self, label: str) -> Callable[[int, Program], None]:
        def on_air(seq: int, program: Program) -> None:
            self.say(f"On air: #{seq} {label}, {program.duration_s:.1f} s")

        return on_air

    def _air_slot(self, planned: PlannedAiring, interruption: Interruption) -> None:
        prepared = self._prepared.pop(planned.key, None)
        try:
            airing = Runner(self.station(), self._out).air_planned(
                planned, prepared, interruption, on_air=self._announce(f"slot {planned.slot}")
            )
        finally:
            if prepared:
                prepared.path.unlink(missing_ok=True)
        self._report(airing)

    def _air_emergency(
        self, emergency_id: int, announcement_id: str, interruption: Interruption
    ) -> None:
        station = self.station()
        airing = air(station, [announcement_id], self._out, occasion=Occasion("emergency"),
                     interruption=interruption, wait_for_lock=True,
                     on_air=self._announce("EMERGENCY"))  # fmt: skip
        with station.db.conn:
            station.db.table("emergencies").update(emergency_id, {"airing_seq": airing.seq})
        self._report(airing)

    def _report(self, airing: Airing | None) -> None:
        self._pusher.poke()
        if airing:
            where = f" → {airing.destination}" if airing.destination else ""
            error = f": {airing.error}" if airing.error else ""
            self.say(f"#{airing.seq} {airing.status}{where}{error}")
