"""Sinks: where a rendered program is played. One small interface, three kinds.

A sink either plays the program and says how much of it went out, or raises SinkError with
the reason; it never reports success for sound that did not play (ffplay's exit code 0 on a
missing sound card is the trap this avoids: the device sink uses aplay, which fails properly).
"""

from __future__ import annotations

import errno
import io
import os
import re
import shutil
import subprocess
import tempfile
import threading
import time
import wave
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path, PurePath
from typing import ClassVar, Protocol

from common.errors import BroadcasterError
from common.files import OutputError, atomic_path, describe_os_error
from common.i18n import N_, _

NULL_BLOCK_S = 0.05
DEVICE_START_S = 0.2
DEVICE_POLL_S = 0.05


class SinkError(BroadcasterError):
    """The sink could not play; the sentence says why."""


NO_APLAY = N_("aplay is not installed (install the alsa-utils package)")
NO_CARD = N_("no sound card found; air through a file sink or the null sink instead")
CARD_REFUSED = N_("the sound card refused to play: {reason}")
CARD_FAULTS = (NO_APLAY, NO_CARD, CARD_REFUSED)
"""The sound card's faults: an airing that failed so reached no loudspeaker, and a re-air
fails the same way until the card is fixed (Trang chủ and Nhật ký say so)."""
NOT_ON_CONSOLE = N_("the technician sets which sound card the station airs on: it is not set on "
                    "the console")  # fmt: skip
APLAY_SAYS = (
    ("write error", N_(
        "{card} stopped while playing: check that it is plugged in and its cable, then air it "
        "again in Nhật ký (“Air again once”)")),
    ("Device or resource busy", N_(
        "another program is using {card}: close it (a music player, a second copy of the "
        "station) or restart the computer")),
    ("No such device", N_(
        "{card} is not found on this computer: check that it is plugged in and restart the "
        "computer; if it still does not play, call the technician ({not_here})")),
    ("No such file or directory", N_(
        "{card} is not an output this computer has: call the technician to choose one it has "
        "({not_here})")),
    ("Invalid argument", N_(
        "the sound card set for the station ({device}) is not a name the computer knows: call "
        "the technician to set it right ({not_here})")),
    ("Permission denied", N_(
        "the station is not allowed to use {card}: call the technician (the station's user "
        "must be in the audio group)")),
    ("non available", N_(
        "{card} cannot play the station's sound as it is set: call the technician (“plughw:” "
        "rather than “hw:” in default_sink)")),
)  # fmt: skip
"""aplay's last words (English, whatever the language: ALSA has no other), by what they hold,
the first that matches (a card unplugged mid-airing says "write error: No such device"), in
the officer's words: the card as she knows it (`card_name`), and what she can do, or that the
technician must (no console page sets the card: w27commune 4)."""
APLAY_UNKNOWN = N_("{card} reported an error the station has no sentence for: call the technician")
WITH_DETAIL = N_("{reason} (detail: {detail})")
"""A reason in the officer's words, with the program's own line for the technician."""
_CARD_NAMED = re.compile(r"CARD=([^,]+)")
_CARD_NUMBERED = re.compile(r"^[a-z]*hw:(\d+)(?:,\d+)?$")


def card_name(device: str) -> str:
    """The sound card as the officer knows it: the computer's own (ALSA's "default", a word
    she does not read), or the card by its name or its number as people count (from one),
    ALSA's name after it for the technician."""
    if device in ("", "default"):
        return _("the computer's sound card")
    if named := _CARD_NAMED.search(device):
        return _("the sound card {name} ({device})").format(name=named.group(1), device=device)
    if numbered := _CARD_NUMBERED.match(device):
        return _("sound card no. {n} ({device})").format(n=int(numbered.group(1)) + 1,
                                                          device=device)  # fmt: skip
    return _("the sound card ({device})").format(device=device)


def aplay_reason(stderr: str, device: str) -> str:
    """Why aplay could not play, from its stderr, in the officer's words: what is wrong with
    the card or device and what to do, its own last line kept as the detail (w26commune 2:
    "audio open error: No such device" reached Trang chủ as it was)."""
    lines = stderr.strip().splitlines()
    if not lines:
        return _("aplay failed")
    last = lines[-1].strip()
    said = next((msgid for words, msgid in APLAY_SAYS if words in last), APLAY_UNKNOWN)
    reason = _(said).format(card=card_name(device), device=device, not_here=_(NOT_ON_CONSOLE))
    return _(WITH_DETAIL).format(reason=reason, detail=last)


@dataclass(frozen=True)
class PlayResult:
    played_s: float
    complete: bool
    destination: str
    """Where the sound went, for the operator: a file path or a sound card (for a file,
    written at once, `played_s` is how long the program would have lasted on air)."""


class Sink(Protocol):
    LOUDSPEAKERS: ClassVar[bool]
    """Whether what it plays reaches the loudspeakers (`reaches_loudspeakers`)."""

    @property
    def description(self) -> str:
        """What the log records as the sink: 'null', 'device:hw:1', 'file:/path'."""
        ...

    def play(
        self,
        program: Path,
        label: str,
        cancelled: threading.Event | None = None,
        on_start: Callable[[], None] | None = None,
    ) -> PlayResult:
        """Play `program` (canonical WAV) to the end, or until stop() or `cancelled` is set
        (even before the first sample: then nothing plays); `label` names the airing.
        `on_start` is called once, when sound starts going out."""
        ...

    def stop(self) -> None:
        """Cut playback short from another thread; play() then returns with complete=False."""
        ...

    def check(self) -> None:
        """Raise SinkError, with the reason, if an airing could not go out here now (the
        sound card does not open, the folder cannot be written); nothing is played. Never
        called while this station airs: a card in use does not open twice."""
        ...


def wav_seconds(path: Path) -> float:
    with wave.open(str(path), "rb") as w:
        return w.getnframes() / w.getframerate()


FSTAB = Path("/etc/fstab")
REMOVABLE = (Path("/media"), Path("/run/media"))
"""Where USB sticks and disks are mounted (FHS: /media holds mount points for removable
media; udisks mounts under /media/USER and /run/media/USER): a folder below one of them that
crosses no mount point is on the computer's own disk, nothing is plugged in there."""


@dataclass
class FileSink:
    """Writes each airing to its own WAV in `directory` (temp file + rename)."""

    LOUDSPEAKERS: ClassVar[bool] = False
    directory: Path
    fstab: Path = FSTAB
    removable: tuple[Path, ...] = REMOVABLE

    @property
    def description(self) -> str:
        return f"file:{self.directory}"

    def make_folder(self) -> None:
        """Make the folder if it is missing, only its last one: a USB stick's folder with
        the stick not in (its parent gone, or a mount point with nothing mounted) must fail
        the airing, not fill the computer's own disk with airings the officer thinks are
        on the stick (parents=True did)."""
        if self.directory.parent.is_dir():
            place = not_mounted(self.directory, self.fstab, self.removable)
            if place is not None:
                raise NotMounted(place)
        self.directory.mkdir(exist_ok=True)

    def play(
        self,
        program: Path,
        label: str,
        cancelled: threading.Event | None = None,
        on_start: Callable[[], None] | None = None,
    ) -> PlayResult:
        target = self.directory / f"{label}.wav"
        if cancelled and cancelled.is_set():
            return PlayResult(0.0, False, str(target))
        try:
            self.make_folder()
            with atomic_path(target) as tmp:
                shutil.copyfile(program, tmp)
        except OutputError as e:
            raise SinkError(str(e)) from e
        except OSError as e:
            raise SinkError(
                _("cannot write the airing to {target}: {reason}").format(
                    target=target, reason=folder_problem(self.directory, e)
                )
            ) from e
        if on_start:
            on_start()  # a file "plays" once it is written whole
        return PlayResult(wav_seconds(target), True, str(target))

    def stop(self) -> None:
        """A file is written at once; there is nothing to cut short."""

    def check(self) -> None:
        """Do what an airing does first, for real: make the folder if it is missing and
        open a file in it (one with no name, gone when closed), so what is wrong is what
        the system says, as the airing would meet it (a file in the folder's place read
        "permission denied", even to root: this used to guess)."""
        try:
            self.make_folder()
            with tempfile.TemporaryFile(dir=self.directory):
                pass
        except OSError as e:
            raise SinkError(
                _("cannot write the airings to {target}: {reason}").format(
                    target=self.directory, reason=folder_problem(self.directory, e)
                )
            ) from e


FOLDER_PROBLEMS = {
    errno.EACCES: N_("the station's user may not write in {folder}: tell the technician (the "
                     "folder's owner or its rights)"),
    errno.EROFS: N_("the disk that holds {folder} is read-only (a USB stick's lock switch, or "
                    "a disk the computer found faulty): unlock or replace it, or tell the "
                    "technician"),
    errno.ENOSPC: N_("the disk that holds {folder} is full: delete files you do not need from "
                     "it"),
    errno.EIO: N_("the disk or USB stick that holds {folder} does not answer (input/output "
                  "error): check that it is plugged in, or replace it"),
    errno.ENOENT: N_("{folder} is not there and cannot be made: is the USB stick or disk it "
                     "is on plugged in?"),
}  # fmt: skip
"""Why airings cannot be written into a file sink's folder, by what the system said, each in
its own words: what is wrong and what to do (a file in the folder's place is no permission
problem, and a full disk is no faulty one)."""
FOLDER_SAME = {errno.EPERM: errno.EACCES, errno.EDQUOT: errno.ENOSPC, errno.ENODEV: errno.EIO,
               errno.ENXIO: errno.EIO, errno.ENOTDIR: errno.EEXIST}  # fmt: skip
"""Errors that mean, for the folder, what another one does."""
FILE_IN_THE_WAY = N_("a file named “{name}” is where the folder {folder} should be: move or "
                     "rename that file, or set another folder for the airings")  # fmt: skip
LINK_TO_NOWHERE = N_("{folder} leads to {target}, which is not there: is the USB stick or "
                     "disk it is on plugged in?")  # fmt: skip
MAY_NOT_MAKE = N_(
    "{folder} does not exist and the station may not make it in {parent}: is "
    "the USB stick or disk it is on plugged in? Else tell the technician"
)


_OCTAL = re.compile(r"\\([0-7]{3})")
MOUNTINFO = Path("/proc/self/mountinfo")


def table_column(table: Path, column: int) -> list[str]:
    """One column of a mount table (fstab's, the kernel's mountinfo), its escapes read (a
    space is \\040), comments passed over; none if it cannot be read."""
    try:
        lines = table.read_text(errors="replace").splitlines()
    except OSError:
        return []
    rows = (line.split() for line in lines if not line.lstrip().startswith("#"))
    return [_OCTAL.sub(lambda m: chr(int(m[1], 8)), r[column]) for r in rows if len(r) > column]


def not_mounted(folder: Path, fstab: Path = FSTAB,
                removable: tuple[Path, ...] = REMOVABLE) -> Path | None:  # fmt: skip
    """Where a USB stick or disk that `folder` is on should be mounted and nothing is: a
    mount point of `fstab` on its way that is not mounted now, or, below a `removable`
    root, no mount point on its way (the deepest folder there that exists, which is where
    the stick goes); None when it is on a disk that is there, as the kernel says (its
    mountinfo, which also knows a bind mount, that `ismount` cannot tell)."""
    real = Path(os.path.realpath(folder))
    on_the_way = [real, *real.parents]
    mounted = {Path(p) for p in table_column(MOUNTINFO, 4)}

    def is_mount(path: Path) -> bool:
        return path in mounted or os.path.ismount(path)

    for point in (Path(p) for p in table_column(fstab, 1) if p.startswith("/") and p != "/"):
        if point in on_the_way and not is_mount(point):
            return point
    for root in removable:
        if root not in real.parents:
            continue
        below = [p for p in on_the_way if root in p.parents]
        if not any(is_mount(p) for p in below):
            return next((p for p in below[1:] if p.is_dir()), real)
    return None


class NotMounted(OSError):
    """The folder's USB stick or disk is not mounted at `place`: writing there would write
    onto the computer's own disk."""

    def __init__(self, place: Path) -> None:
        super().__init__(errno.ENODEV, "not mounted", str(place))
        self.place = place


NOTHING_MOUNTED = N_("nothing is mounted at {place}: the USB stick or disk the folder is on is "
                     "not plugged in; plug it in (the station does not write the airings onto "
                     "the computer's own disk in its place)")  # fmt: skip
PARENT_MISSING = N_("the folder {missing} does not exist: is the USB stick or disk it is on "
                    "plugged in? (the station makes only the last folder of the path, never "
                    "the ones above it, so as not to fill the computer's own disk in a USB "
                    "stick's place)")  # fmt: skip
"""A USB stick's folder with the stick not in, each way the system shows it: the parent
gone (udisks removes /media/USER/STICK), or a mount point left empty (fstab, /media/usb)."""


def folder_problem(folder: Path, error: OSError) -> str:
    """Why airings cannot be written into `folder`, from the error the system gave, in the
    officer's words: what is in the way, a USB stick or disk missing, read-only or full, or
    a right the station lacks; one the station has no sentence for, as `describe_os_error`
    says it."""
    code = FOLDER_SAME.get(error.errno or 0, error.errno)
    on_the_way = [folder, *folder.parents]
    blocker = next((p for p in reversed(on_the_way) if os.path.lexists(p) and not p.is_dir()),
                   None)  # fmt: skip
    if code in (errno.EEXIST, errno.ENOENT) and blocker is not None:
        if not blocker.exists():  # a link to a USB stick's folder, the stick not in
            return _(LINK_TO_NOWHERE).format(folder=blocker, target=os.readlink(blocker))
        return _(FILE_IN_THE_WAY).format(name=blocker.name, folder=blocker)
    if isinstance(error, NotMounted):
        return _(NOTHING_MOUNTED).format(place=error.place)
    if code == errno.ENOENT and not folder.parent.is_dir():
        missing = next(p for p in reversed(on_the_way) if not p.is_dir())
        return _(PARENT_MISSING).format(missing=missing)
    if code == errno.EACCES and not folder.is_dir():
        parent = next((p for p in on_the_way if p.is_dir()), folder.anchor)
        return _(MAY_NOT_MAKE).format(folder=folder, parent=parent)
    if code in FOLDER_PROBLEMS:
        return _(FOLDER_PROBLEMS[code]).format(folder=folder)
    return describe_os_error(error)


@dataclass
class NullSink:
    """Reads the program at real-time pace and discards it: a silent stand-in for a sound card.
    `null:xN` reads it N times as fast: for the tests of what an airing leads to (its log
    row, the office's report, a page), where the pace changes nothing checked."""

    LOUDSPEAKERS: ClassVar[bool] = False
    pace: float = 1.0
    """Seconds of program read per second."""
    on_first_sample: Callable[[], None] | None = field(default=None, repr=False)
    """Called as the first block of each program is taken (start-accuracy timing, tests)."""
    _stopped: threading.Event = field(default_factory=threading.Event, repr=False)
    """The playing program's stop: each play has its own, so a late stop() cannot cut the
    next program."""

    def play(
        self,
        program: Path,
        label: str,
        cancelled: threading.Event | None = None,
        on_start: Callable[[], None] | None = None,
    ) -> PlayResult:
        self._stopped = stopped = cancelled or threading.Event()
        if stopped.is_set():
            return PlayResult(0.0, False, self.description)
        first = True
        with wave.open(str(program), "rb") as w:
            rate = w.getframerate()
            block = max(1, int(rate * NULL_BLOCK_S))
            started = time.monotonic()
            played_frames = 0
            while frames := w.readframes(block):
                if first:
                    for callback in (self.on_first_sample, on_start):
                        if callback:
                            callback()
                first = False
                played_frames += len(frames) // (w.getsampwidth() * w.getnchannels())
                due = started + played_frames / rate / self.pace
                if stopped.wait(max(0.0, due - time.monotonic())):
                    played = (time.monotonic() - started) * self.pace
                    return PlayResult(played, False, self.description)
        return PlayResult(played_frames / rate, True, self.description)

    @property
    def description(self) -> str:
        return "null" if self.pace == 1 else f"null:x{self.pace:g}"

    def stop(self) -> None:
        self._stopped.set()

    def check(self) -> None:
        """Discarding sound never fails."""


def sound_cards() -> list[str]:
    """The ALSA cards `aplay -l` lists (it exits 0 and lists none when there is no card)."""
    try:
        done = subprocess.run(
            ["aplay", "-l"], capture_output=True, text=True, errors="replace", check=False
        )
    except FileNotFoundError:
        return []
    return [line for line in done.stdout.splitlines() if line.startswith("card ")]


@dataclass
class DeviceSink:
    """The sound card, through aplay (which exits non-zero when it cannot play)."""

    LOUDSPEAKERS: ClassVar[bool] = True
    device: str | None = None
    """ALSA device name (e.g. 'plughw:1,0'); None for the default."""
    _process: subprocess.Popen[bytes] | None = field(default=None, repr=False)
    _stopped: threading.Event = field(default_factory=threading.Event, repr=False)

    @property
    def description(self) -> str:
        return f"device:{self.device}" if self.device else "device"

    def command(self, program: Path) -> list[str]:
        device = ["-D", self.device] if self.device else []
        return ["aplay", "-q", *device, str(program)]

    def play(
        self,
        program: Path,
        label: str,
        cancelled: threading.Event | None = None,
        on_start: Callable[[], None] | None = None,
    ) -> PlayResult:
        if shutil.which("aplay") is None:
            raise SinkError(_(NO_APLAY))
        if not sound_cards():
            raise SinkError(_(NO_CARD))
        stopped = self._stopped = cancelled or threading.Event()
        if stopped.is_set():
            return PlayResult(0.0, False, self.description)
        started = time.monotonic()
        announced = False
        with tempfile.TemporaryFile() as errors:
            try:
                process = self._process = subprocess.Popen(
                    self.command(program), stdout=subprocess.DEVNULL, stderr=errors
                )
            except OSError as e:
                raise aplay_not_started(e) from e
            try:
                # aplay says nothing when it starts: sound is taken to start once it has
                # opened the card and kept running for a moment
                if not stopped.wait(DEVICE_START_S) and process.poll() is None:
                    announced = True
                    if on_start:
                        on_start()
                while process.poll() is None:
                    if stopped.wait(DEVICE_POLL_S):
                        process.terminate()
                        process.wait()
            finally:
                if process.poll() is None:
                    process.kill()
                    process.wait()
            played = time.monotonic() - started
            if stopped.is_set():
                return PlayResult(played, False, self.description)
            if process.returncode != 0:
                errors.seek(0)
                said = aplay_reason(errors.read().decode(errors="replace"), self.device or "")
                raise SinkError(_(CARD_REFUSED).format(reason=said))
        if on_start and not announced:
            on_start()  # a program so short that it ended within that moment
        return PlayResult(played, True, self.description)

    def stop(self) -> None:
        self._stopped.set()

    def check(self) -> None:
        """Open the card as an airing would, with a program of no samples: aplay opens the
        device and plays nothing (a card unplugged, a device named wrong, a card another
        program holds all refuse here, before the slot)."""
        device = ["-D", self.device] if self.device else []
        try:
            done = subprocess.run(
                ["aplay", "-q", *device, "-"], input=EMPTY_WAV, capture_output=True, check=False
            )
        except OSError as e:
            raise aplay_not_started(e) from e
        if done.returncode == 0:
            return
        if not sound_cards():
            raise SinkError(_(NO_CARD))
        said = aplay_reason(done.stderr.decode(errors="replace"), self.device or "")
        raise SinkError(_(CARD_REFUSED).format(reason=said))


APLAY_NOT_STARTED = N_("the program that plays the sound (aplay) could not start: {reason}; "
                       "call the technician")  # fmt: skip


def aplay_not_started(error: OSError) -> SinkError:
    """aplay gone, not runnable, or a computer out of memory for it, as the card's fault in
    the officer's words (it went up as the file's error: "permission denied: aplay")."""
    if error.errno == errno.ENOENT:
        return SinkError(_(NO_APLAY))
    reason = _(APLAY_NOT_STARTED).format(reason=describe_os_error(error))
    return SinkError(_(CARD_REFUSED).format(reason=reason))


def _empty_wav() -> bytes:
    """A WAV of no samples (any format: nothing is played), what `DeviceSink.check` sends."""
    out = io.BytesIO()
    with wave.open(out, "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(22050)
    return out.getvalue()


EMPTY_WAV = _empty_wav()


def make_sink(spec: str, base_dir: Path) -> Sink:
    """'device[:NAME]' | 'file:DIR' (relative to base_dir) | 'null'."""
    kind, _colon, arg = spec.partition(":")
    if kind == "null" and not arg:
        return NullSink()
    if kind == "null" and (pace := re.fullmatch(r"x([1-9][0-9]*)", arg)):
        return NullSink(float(pace[1]))
    if kind == "device":
        return DeviceSink(arg or None)
    if kind == "file" and arg:
        return FileSink((base_dir / arg).resolve())
    raise SinkError(
        _("unknown sink '{sink}' (use device, device:NAME, file:DIR or null)").format(sink=spec)
    )


NAMED_KINDS: dict[str, type[Sink]] = {"device": DeviceSink, "null": NullSink}
"""The sinks a log names by their word before the first ':' ('device:hw:1', 'null:x4'); any
other name is a file sink's ('file:DIR', or the file an airing was written to)."""


def sink_kind(where: str) -> type[Sink] | None:
    """The kind of sink `where` names: a sink as it describes itself in the log
    ('device:hw:1', 'file:DIR', 'null:x4'), or the file an airing was written to (a file
    sink's); None for none (an airing that never reached a sink)."""
    kind = NAMED_KINDS.get(where.partition(":")[0])
    return kind or (FileSink if where else None)


def reaches_loudspeakers(where: str | None) -> bool:
    """Whether an airing that went to `where` (`sink_kind`) was heard: only a sound card
    drives the loudspeakers; a file or the test sink warned nobody (w27leader F2: a storm
    warning written to a file read "aired")."""
    kind = sink_kind(where or "")
    return kind is not None and kind.LOUDSPEAKERS


def loudspeakers_sql(column: str) -> str:
    """`reaches_loudspeakers` as an SQL condition on `column` (which holds a log's `where`),
    built from the same kinds, so that a query that filters the log (Nhật ký's "Không ra
    loa"), or counts what made an airing good (a re-air's, the office's too), keeps the one
    rule; substr, as case-sensitive as the comparison above, in SQLite and PostgreSQL alike."""
    words = [word for word, kind in NAMED_KINDS.items() if kind.LOUDSPEAKERS]
    said = " OR ".join(f"{column} = '{word}' OR substr({column}, 1, {len(word) + 1}) = "
                       f"'{word}:'" for word in words)  # fmt: skip
    return f"COALESCE({said or 'FALSE'}, FALSE)"


ONLY_TO_A_FILE = N_("aired only into a file, the loudspeakers did not play it")
"""Why a notice played out only where no loudspeaker is (a file, or the test sink) counts as
not aired, in the commune's report (section III, Nhật ký) as in the office's (w28commune 2)."""


def sink_text(where: str) -> str:
    """Where airings go, as a person reads it: a sink's config word ('null', 'file:DIR',
    'device:NAME', kept as is in the log) or a file an airing was written to says what it
    means, above all whether anyone hears it."""
    kind, (word, _colon, arg) = sink_kind(where), where.partition(":")
    if kind is NullSink:
        return _("no loudspeaker (test mode: the sound is discarded)")
    if kind is DeviceSink:
        if arg:
            return _("the loudspeakers (sound card {name})").format(name=arg)
        return _("the loudspeakers (the default sound card)")
    if word == "file" and arg:
        return _("no loudspeaker: each airing is written to a WAV file in {folder}").format(
            folder=arg
        )
    return _("no loudspeaker: written to {file}").format(file=where)


def unheard_detail(where: str) -> str:
    """What became of the sound of an airing that reached no loudspeaker (`where`: its
    sink, or the file it was written to), after the outcome that says so ("#1 không ra loa:
    …", the daemon's and `play`'s line, where the technician reads the file's path)."""
    kind, (word, _colon, arg) = sink_kind(where), where.partition(":")
    if kind is NullSink:
        return _("test mode, the sound is discarded")
    if word == "file" and arg:
        return _("each airing is written to a WAV file in {folder}").format(folder=arg)
    return _("written to {file}").format(file=where)


def unheard_text(where: str) -> str:
    """Where the sound of an airing that reached no loudspeaker went, in the officer's words
    and without a path (Nhật ký, Trang chủ, `log list`: w29report): what a file sink is and
    the folder to look in, by its name; `log list --json` keeps the sink as logged."""
    kind, (word, _colon, arg) = sink_kind(where), where.partition(":")
    if kind is NullSink:
        return _("the station ran as a trial: the sound was discarded, the loudspeakers did "
                 "not play it")  # fmt: skip
    folder = PurePath(arg).name if word == "file" and arg else PurePath(where).parent.name
    return _(
        "only written into a sound file on the station's computer, in the folder "
        "“{folder}”, the loudspeakers did not play it: the station is set to write each "
        "program to a file (a trial), or found no sound card"
    ).format(folder=folder or "/")
