"""Airing a program: written `started` before the first sample, closed with one outcome after.

Only one airing is on air at a time: the runner holds an exclusive lock on the station's
`airing.lock` while it renders and plays. The kernel drops that lock when a process dies
(kill -9, power cut), so whoever takes it next knows any `started` row is an orphan and
closes it as `interrupted`.

Past the checks, every way an airing can go ends in a row: a program that cannot be made
(speech, audio, a full disk, an unwritable folder, a bug) is `failed` with the reason; a
scheduled or emergency airing the station refuses (quiet hours, withdrawn content, an
expired emergency) is `missed` with the reason; a stop or pre-emption that comes before the
first sample (during the amplifier's pre-roll) is honoured and logged with 0 s played.
"""

from __future__ import annotations

import contextlib
import fcntl
import logging
import os
import signal
import socket
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import IO

from audio_out.amplifier import AmplifierError
from audio_out.sinks import Sink, SinkError, reaches_loudspeakers, sink_text, unheard_detail
from common.errors import BroadcasterError
from common.files import file_problem
from common.i18n import N_, _
from common.localtime import clock_text, duration_text
from common.signals import Handler, handled
from schedules.priority import Priority

from .airing_lines import STOPPED_NOTE
from .airing_log import (
    AiringStatus,
    Occasion,
    PlayedSoFar,
    Trigger,
    close_airing,
    close_interrupted,
    log_airing,
    open_airing,
    planned_entries,
)
from .clock_check import log_time
from .layout import AIRING_LOCK, PROGRAMS, STORE
from .program import Program, render_program
from .records import Announcement
from .station import InQuietHours, Progress, Station, StationError
from .store import StoreError

LOG = logging.getLogger(__name__)
PREEMPT_SIGNAL = signal.SIGUSR2
"""Sent to the process airing when an emergency is waiting for the on-air lock."""
LOCK_POLL_S = 0.02
ON_AIR = Path(PROGRAMS) / "on-air.wav"
CLOSE_RETRY_S = (0.5, 1.0, 2.0, 4.0)
"""Waits between tries to close a row the store refuses for the moment."""
OFFLINE_VOICE_NOTE = N_("read with the offline voice: the online voice could not be reached")
OFFLINE = "espeak"
"""The offline voice's engine (always there, more mechanical)."""


@dataclass(frozen=True)
class Airing:
    seq: int
    status: AiringStatus
    duration_s: float | None
    destination: str | None
    error: str | None

    @property
    def where(self) -> str:
        """Where it went, as a person reads it (whether anyone heard it), or '-'."""
        return sink_text(self.destination) if self.destination else "-"

    @property
    def heard(self) -> bool:
        """It reached the loudspeakers (`reaches_loudspeakers`)."""
        return reaches_loudspeakers(self.destination)

    @property
    def label(self) -> str:
        """Its outcome as every place a person reads one says it (`AiringStatus.shown`):
        "không ra loa" when it played out where no loudspeaker is."""
        return AiringStatus(self.status).shown(self.destination)

    @property
    def outcome(self) -> str:
        """Its number and outcome, then where it went, as the daemon and `play` say them:
        "#1 đã phát, loa (card âm thanh mặc định)", "#1 không ra loa (đã ghi vào tệp …)" (the
        path for the technician), "#1 lỗi" (the reason follows)."""
        head = f"#{self.seq} {self.label}"
        if not self.destination:
            return head
        if AiringStatus(self.status).unheard(self.destination):
            return f"{head} ({unheard_detail(self.destination)})"
        return f"{head}, {sink_text(self.destination)}"


@dataclass
class Interruption:
    """How another thread stops an airing (the daemon's stop signal, an emergency): the
    first reason given wins and goes into the row; the event reaches the amplifier's
    pre-roll and the sink, so a stop before the first sample is honoured too."""

    reason: AiringStatus | None = None
    note: str | None = None
    cancelled: threading.Event = field(default_factory=threading.Event)

    def stop(self, reason: AiringStatus, note: str) -> None:
        if not self.cancelled.is_set():
            self.reason, self.note = reason, note
            self.cancelled.set()


@dataclass
class OnAirHere:
    """The airing this process has on air (or is about to), which an emergency waiting for
    the on-air lock elsewhere may cut."""

    interruption: Interruption = field(default_factory=Interruption)

    def fresh(self) -> Interruption:
        """A new airing: the last one's interruption does not carry over."""
        self.interruption = Interruption()
        return self.interruption


_takes_preempt_signal = False
"""Whether this process handles PREEMPT_SIGNAL (the on-air lock says so to whoever waits:
a process that does not, a web server say, must never be sent it)."""


@contextmanager
def taking_preempt_signal(handler: Handler) -> Iterator[None]:
    """Handle PREEMPT_SIGNAL while this block runs (main thread only; `handler` runs on a
    thread of its own: common.signals), and say so in the on-air lock taken meanwhile."""
    global _takes_preempt_signal
    with handled({PREEMPT_SIGNAL: handler}):
        _takes_preempt_signal = True
        try:
            yield
        finally:
            _takes_preempt_signal = False


@contextmanager
def preemptible() -> Iterator[OnAirHere]:
    """For a process that airs by itself (`play`, `emergency` with no daemon): an emergency
    waiting elsewhere (PREEMPT_SIGNAL) cuts the airing, which is logged `preempted`. Only the
    main thread can take signals; elsewhere the airing simply is not cut."""
    here = OnAirHere()
    if threading.current_thread() is not threading.main_thread():
        yield here
        return

    def preempted(_signum: int, _frame: object) -> None:
        here.interruption.stop(AiringStatus.PREEMPTED, _("preempted by an emergency"))

    with taking_preempt_signal(preempted):
        yield here


@dataclass(frozen=True)
class Prepared:
    """A program rendered ahead of its slot."""

    program: Program
    path: Path
    sha256: str


def prepare(station: Station, rows: Sequence[Announcement], path: Path,
            on_progress: Progress | None = None) -> Prepared:  # fmt: skip
    """Synthesise and render a program to `path` (temp file + rename), ahead of its airing:
    the time to try the online voice again for speech the offline voice made."""
    return _render(station.build_program(rows, on_progress, ahead=True), path)


def _render(program: Program, path: Path) -> Prepared:
    path.parent.mkdir(exist_ok=True)
    return Prepared(program, path, render_program(program, path))


def fault(error: BaseException) -> str:
    """Why an airing could not be made or played, in the operator's words."""
    if isinstance(error, BroadcasterError):
        return str(error)
    if isinstance(error, OSError):
        return file_problem(error)
    return _("unexpected error: {error}").format(error=repr(error))


@contextmanager
def airing_lock(
    root: Path,
    wait: bool = False,
    cancelled: threading.Event | None = None,
    emergency: int | None = None,
) -> Iterator[bool]:
    """Hold the station's on-air lock: refuse at once if another airing has it, or wait for
    it (yielding False if `cancelled` is set first). The file names the holder (pid, whether
    it takes PREEMPT_SIGNAL, the emergency it airs); waiting for `emergency`, a holder that
    takes the signal and airs anything older is asked once to cut its airing."""
    with (root / AIRING_LOCK).open("a+") as f:
        asked = False
        while True:
            try:
                fcntl.flock(f, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if not wait:
                    raise StationError(
                        _("another airing is on air at this station; try again after it")
                    ) from None
                if emergency is not None and not asked:
                    asked = _ask_to_stop(f, emergency)
                if (cancelled or threading.Event()).wait(LOCK_POLL_S) and cancelled:
                    yield False
                    return
        try:
            f.seek(0)
            f.truncate()
            f.write(f"{os.getpid()} {int(_takes_preempt_signal)} {emergency or '-'} "
                    f"{socket.gethostname()} {_started(os.getpid()) or '-'}")  # fmt: skip
            f.flush()
            yield True
        finally:
            f.truncate(0)
            fcntl.flock(f, fcntl.LOCK_UN)


def _boot_id() -> str | None:
    try:
        return Path("/proc/sys/kernel/random/boot_id").read_text().strip()
    except OSError:
        return None


def _started(pid: int) -> str | None:
    """When process `pid` started, as `boot id:clock ticks since boot` (/proc), which no later
    process with the same pid shares; None where /proc cannot tell."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    boot = _boot_id()
    fields = stat.rsplit(")", 1)[-1].split()  # after the command's name, which may hold spaces
    return f"{boot}:{fields[19]}" if boot and len(fields) > 19 else None


@dataclass(frozen=True)
class _Holder:
    """The airing airing.lock names, as airing_lock writes it: pid, whether it takes
    PREEMPT_SIGNAL, the emergency it airs ("-": none), host, start (`_started`)."""

    pid: int
    takes_signal: bool | None
    """None: the line is not written yet."""
    emergency: str
    started: str | None
    here: bool
    """Named by this machine: its boot id, or its host name (after a reboot, when the
    start tells the airing is gone; a rename mid-airing keeps the boot id, review15 #8); an
    older file without them is this machine's."""


def _holder(lock_text: str) -> _Holder | None:
    """The one parse of airing.lock's line; None when no airing holds it."""
    fields = lock_text.split()
    if not fields or not fields[0].isdigit():
        return None  # emptied when the last one let go
    host = fields[3] if len(fields) > 3 else None
    started = fields[4] if len(fields) > 4 else "-"
    boot = started.split(":", 1)[0] if started != "-" else None
    here = host is None or host == socket.gethostname() or (boot is not None and boot == _boot_id())
    return _Holder(
        int(fields[0]),
        fields[1] == "1" if len(fields) > 1 else None,
        (fields[2:3] or ["-"])[0],
        started if started != "-" else None,
        here,
    )


def holder_airs(lock_text: str) -> bool:
    """Whether the airing the on-air lock file names (`lock_text`) still runs. On this
    machine: its pid runs and started when the file says (a pid reused after a crash or a
    reboot is not the airing). Named by another machine (a console reading the station's
    folder from elsewhere): it cannot tell, so it says yes, and the row's age decides
    (overview.STALE_AFTER). An older file without host and start: its pid runs."""
    holder = _holder(lock_text)
    if holder is None:
        return False
    if not holder.here:
        return True
    if holder.started:
        return _started(holder.pid) == holder.started
    try:
        os.kill(holder.pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # another user's process: alive
        return True
    return True


def _ask_to_stop(lock_file: IO[str], emergency: int) -> bool:
    """Ask the process holding the on-air lock to cut its airing for a newer emergency;
    True once asked (or once it is clear there is nobody to ask)."""
    lock_file.seek(0)
    holder = _holder(lock_file.read())
    if holder is None or holder.takes_signal is None:
        return False  # not written yet: look again on the next try
    newer = holder.emergency.isdigit() and int(holder.emergency) >= emergency
    if holder.takes_signal and holder.pid != os.getpid() and not newer and holder.here:
        with contextlib.suppress(ProcessLookupError, PermissionError):  # a pid means nothing
            os.kill(holder.pid, PREEMPT_SIGNAL)  # on another machine: only `here`
    return True


def check_quiet_hours(
    station: Station, rows: Sequence[Announcement], occasion: Occasion
) -> str | None:
    """Refuse normal and priority announcements in quiet hours, unless the operator ordered
    this manual airing despite them: then the note the row carries (who, why)."""
    quiet = station.config.quiet_hours
    local = station.clock().astimezone(station.config.zone)
    if not (
        quiet
        and quiet.contains(local.time())
        and any(row.priority != Priority.EMERGENCY for row in rows)
    ):
        return None
    if occasion.trigger is Trigger.MANUAL and occasion.despite_quiet_hours:
        return _("aired in quiet hours ({start}–{end}) on the operator's order: "
                 "{reason}").format(start=clock_text(quiet.start), end=clock_text(quiet.end),
                                    reason=occasion.despite_quiet_hours)  # fmt: skip
    raise InQuietHours(
        _("it is quiet hours ({start}–{end}) at the station: only emergency "
          "announcements air now").format(start=clock_text(quiet.start), end=clock_text(quiet.end))
    )  # fmt: skip


def emergency_open(station: Station, emergency: int) -> tuple[bool, str | None]:
    """Whether an emergency request is still open (not yet ended by an airing or by its
    expiry), and if so why it cannot air now (its validity is over), or None. Now is by the
    clock its times were set by: the office's are true ones, so while the clock is held they
    go by the log's estimate (a clock a year ahead found one sent a minute before expired:
    w26commune 5); one filed here was stamped by this clock, and goes by it (by the estimate,
    one typed under a clock years behind was expired as it was filed: v26review)."""
    row = station.db.execute(
        "SELECT airing_seq, requested_at, valid_until, upstream_message FROM emergencies "
        "WHERE id = ?",
        [emergency],
    ).fetchone()
    if row is None or row[0] is not None:
        return False, None
    if cancelled := cancelled_note(station, emergency):
        return True, cancelled
    sent = datetime.fromisoformat(row[1])
    until = (datetime.fromisoformat(row[2]) if row[2]
             else sent + timedelta(minutes=station.config.emergency.valid_minutes))  # fmt: skip
    if (log_time(station)[0] if row[3] else station.clock()) <= until:
        return True, None
    zone = station.config.zone
    return True, _(
        "the emergency was valid until {until:%H:%M} ({minutes:g} min after it was sent at "
        "{sent:%H:%M}); too late to air it now"
    ).format(
        until=until.astimezone(zone),
        minutes=(until - sent).total_seconds() / 60,
        sent=sent.astimezone(zone),
    )


def cancelled_note(station: Station, emergency: int) -> str | None:
    """Why an emergency must not air (any more): the office cancelled it, or the commune
    stopped its own ("dừng bởi …", with the reason given); None if neither."""
    from .upstream_emergency import cancelled_by_office

    row = station.db.execute(
        "SELECT upstream_message, stopped_by, stop_reason FROM emergencies WHERE id = ?",
        [emergency],
    ).fetchone()
    if row is None:
        return None
    if row[1]:
        return stopped_note(row[1], row[2])
    if not row[0] or not cancelled_by_office(station, row[0]):
        return None
    return _("cancelled by the office")


def stopped_note(by: str, reason: str | None) -> str:
    """What an emergency the commune stopped says in its row: who stopped it, and why."""
    said = _("stopped by {person}").format(person=by)
    return _("{said}: {reason}").format(said=said, reason=reason) if reason else said


STOP_POLL_S = 0.25
"""How often an emergency on air looks in the store whether the commune stopped it."""


@contextmanager
def watching_stop(station: Station, emergency: int | None, interruption: Interruption
                  ) -> Iterator[None]:  # fmt: skip
    """While an emergency airs, cut it (partly aired, "dừng bởi …") once the commune stops
    it, whichever process airs it: the daemon, the console on a server thread (which takes
    no signal) or the command line. A thread of its own reads the store (its own
    connection) every STOP_POLL_S. None for the office's emergencies: only the office cancels
    those, by another path (`cancelled_note`)."""
    if emergency is None or station.db.execute(
        "SELECT upstream_message IS NOT NULL FROM emergencies WHERE id = ?", [emergency]
    ).fetchone() != (0,):
        yield
        return
    done = threading.Event()

    def watch() -> None:
        store = f"{(station.root / STORE).as_uri()}?mode=ro"
        said = False
        try:
            db = sqlite3.connect(store, uri=True, timeout=5)
        except sqlite3.Error as e:  # the airing goes on; the stop is then not seen
            LOG.warning("emergency %s: cannot watch for a stop: %s", emergency, e)
            return
        with contextlib.closing(db):
            while not done.wait(STOP_POLL_S) and not interruption.cancelled.is_set():
                try:
                    row = db.execute("SELECT stopped_by, stop_reason FROM emergencies "
                                     "WHERE id = ?", [emergency]).fetchone()  # fmt: skip
                except sqlite3.Error as e:  # busy a while, say: look again at the next turn
                    if not said:  # (v27stop: one failed look ended the watch for good)
                        LOG.warning("emergency %s: cannot look for a stop: %s", emergency, e)
                    said = True
                    continue
                if row and row[0]:
                    interruption.stop(AiringStatus.PARTIAL, stopped_note(row[0], row[1]))
                    return

    watcher = threading.Thread(target=watch, name=f"stop watch {emergency}", daemon=True)
    watcher.start()
    try:
        yield
    finally:
        done.set()
        watcher.join()


def emergency_ended_by(station: Station, emergency: int) -> Airing | None:
    """The airing that ended an emergency request (aired, failed or missed, here or in
    another process), or None while it is still open."""
    row = station.db.execute(
        "SELECT a.seq, a.status, a.duration_s, a.sink, a.error FROM emergencies e "
        "JOIN airings a ON a.seq = e.airing_seq WHERE e.id = ?",
        [emergency],
    ).fetchone()
    return None if row is None else Airing(row[0], AiringStatus(row[1]), *row[2:])


def air(
    station: Station,
    ids: Sequence[str],
    sink: Sink,
    *,
    occasion: Occasion | None = None,
    prepared: Prepared | None = None,
    interruption: Interruption | None = None,
    wait_for_lock: bool = False,
    on_progress: Progress | None = None,
    on_air: Callable[[int, Program], None] | None = None,
) -> Airing | None:
    """Air the announcements now through `sink`.

    A manual airing the station refuses raises StationError and logs nothing (bad input
    changes nothing). Past that, every call leaves exactly one closed row, except when it
    is stopped before the program is ready (None: nothing was logged, nothing aired) or
    serves an emergency that has already ended (None). `on_air` is called when the sink
    reports the first sample."""
    occasion = occasion or Occasion()
    interruption = interruption or Interruption()
    refusal: str | None = None
    unexpected = False
    rows: list[Announcement] = []
    try:
        rows = station.check_airable(ids, airs_on(station, occasion))
        note = check_quiet_hours(station, rows, occasion)
        if note:
            occasion = replace(occasion, note=note)
    except Exception as e:  # a planned airing refused (or worse) is logged, never dropped
        if occasion.trigger is Trigger.MANUAL:
            raise
        refusal, unexpected = fault(e), not isinstance(e, StationError)
    with airing_lock(
        station.root, wait_for_lock, interruption.cancelled, occasion.emergency
    ) as locked:
        if not locked:
            return None
        close_interrupted(station)
        if occasion.emergency is not None:
            still_open, expired = emergency_open(station, occasion.emergency)
            if not still_open:
                return None  # it already ended: aired, failed or expired elsewhere
            refusal = expired or refusal
        if refusal:
            status = AiringStatus.FAILED if unexpected else AiringStatus.MISSED
            return _refused(station, sink, occasion, ids, refusal, status)
        return _air_locked(station, rows, sink, occasion, prepared, interruption, on_progress,
                           on_air)  # fmt: skip


def airs_on(station: Station, occasion: Occasion) -> date:
    """The day whose dates a notice must be valid on: a slot's own day, even when it airs
    late past midnight (o18lan7 M3: a power cut 23:57–00:01 lost the 23:58 airing of a
    notice ending that day, blamed on its expiry); today for anything else."""
    if occasion.trigger is Trigger.SCHEDULE and occasion.scheduled_at is not None:
        return occasion.scheduled_at.astimezone(station.config.zone).date()
    return station.today()


def _refused(
    station: Station,
    sink: Sink,
    occasion: Occasion,
    ids: Sequence[str],
    reason: str,
    status: AiringStatus,
) -> Airing:
    error = _("not aired: {reason}").format(reason=reason)
    seq = log_airing(station, occasion, sink.description, planned_entries(station, ids), status,
                     error)  # fmt: skip
    return Airing(seq, status, None, None, error)


def _air_locked(
    station: Station,
    rows: Sequence[Announcement],
    sink: Sink,
    occasion: Occasion,
    prepared: Prepared | None,
    interruption: Interruption,
    on_progress: Progress | None,
    on_air: Callable[[int, Program], None] | None,
) -> Airing | None:
    def failed(error: str, program: Program | None = None, sha: str | None = None) -> Airing:
        entries = ([item.log_entry() for item in program.items] if program
                   else planned_entries(station, [r.id for r in rows]))  # fmt: skip
        seq = log_airing(station, occasion, sink.description, entries, AiringStatus.FAILED,
                         error, program, sha)  # fmt: skip
        return Airing(seq, AiringStatus.FAILED, None, None, error)

    try:
        program = station.build_program(rows, on_progress)
        if prepared is None or prepared.program != program or not prepared.path.exists():
            prepared = _render(program, station.root / ON_AIR)
    except Exception as e:  # speech, audio, a full disk, a read-only folder, a bug
        return failed(fault(e))
    if interruption.cancelled.is_set():
        return None  # stopped while the program was being made: nothing aired
    if occasion.emergency is not None and (note := cancelled_note(station, occasion.emergency)):
        # the office's cancel came while the program was being made
        return _refused(station, sink, occasion, [r.id for r in rows], note, AiringStatus.MISSED)
    limit = occasion.max_minutes
    if limit is not None and program.duration_s > limit * 60:
        return failed(
            _("the program lasts {length}, longer than the slot's limit of {limit}").format(
                length=duration_text(program.duration_s), limit=duration_text(limit * 60)
            ),
            program,
            prepared.sha256,
        )

    entries = [item.log_entry() for item in program.items]
    seq = open_airing(station, occasion, sink.description, entries, program, prepared.sha256)
    local = station.clock().astimezone(station.config.zone)
    label = f"{local:%Y%m%d-%H%M%S}-{seq:06d}"
    amplifier = station.amplifier()
    started = time.monotonic()
    notes: list[str] = [occasion.note] if occasion.note else []
    chosen = station.config.speech.engines
    # the log and the report say which airings; after a fault, which matters more (o11 F3)
    voice = (
        _(OFFLINE_VOICE_NOTE)
        if chosen and chosen[0] != OFFLINE and OFFLINE in program.engines
        else ""
    )
    status, played, destination = AiringStatus.FAILED, 0.0, None
    played_so_far = PlayedSoFar(station, seq)
    sounded = threading.Event()

    def sound_out() -> None:
        sounded.set()
        played_so_far.start()
        if on_air:
            on_air(seq, program)

    try:
        with watching_stop(station, occasion.emergency, interruption):
            amplifier.power_on(interruption.cancelled)
            started = time.monotonic()
            if not interruption.cancelled.is_set():
                result = sink.play(
                    prepared.path,
                    label,
                    cancelled=interruption.cancelled,
                    on_start=sound_out,
                )
                played, destination = result.played_s, result.destination
                status = AiringStatus.AIRED if result.complete else AiringStatus.PARTIAL
        if interruption.reason and status is not AiringStatus.AIRED:
            status = interruption.reason
            notes.append(interruption.note or "")
        if not sounded.is_set() and (unaired := _cancelled_unaired(station, occasion)):
            status, notes = AiringStatus.MISSED, [unaired]  # cancelled in the pre-roll
    except (SinkError, AmplifierError) as e:
        notes.append(str(e))
    except BaseException as e:  # a stop signal, Ctrl-C or a bug: close the row, then go on
        played_so_far.stop()
        stopped = isinstance(e, KeyboardInterrupt | SystemExit)
        reason = _(STOPPED_NOTE) if stopped else fault(e)
        _close(station, occasion, seq,
               AiringStatus.INTERRUPTED if stopped else AiringStatus.FAILED,
               time.monotonic() - started, reason)  # fmt: skip
        raise
    finally:
        played_so_far.stop()
        try:
            amplifier.power_off()
        except AmplifierError as e:
            notes.append(str(e))
    note = "; ".join(n for n in [*notes, voice] if n) or None
    _close(station, occasion, seq, status, played, note)
    return Airing(seq, status, played, destination, note)


def _cancelled_unaired(station: Station, occasion: Occasion) -> str | None:
    """An office emergency cancelled before its first sample (the amplifier warming up) is
    what one cancelled before its program was made is: not aired, "cancelled by the office"
    (not partly aired for 0 s: w13e's note); None for any other airing."""
    if occasion.emergency is None or not (note := cancelled_note(station, occasion.emergency)):
        return None
    return _("not aired: {reason}").format(reason=note)


def _close(
    station: Station,
    occasion: Occasion,
    seq: int,
    status: AiringStatus,
    played: float,
    note: str | None,
) -> None:
    """Close the row, trying again for a while if the store cannot take it now (busy
    beyond its own wait, or a disk full for a moment): a row left open would later read
    `interrupted`, which is not what happened."""
    for delay in (*CLOSE_RETRY_S, None):
        try:
            close_airing(station, occasion, seq, status, played, note)
            return
        except (StoreError, sqlite3.OperationalError):
            if delay is None:
                raise
            time.sleep(delay)
