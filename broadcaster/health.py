"""Whether the station can air its next slot: room on its disk, and a sink that opens.

Both were found only by the first airing that failed (a commune trial: a 40 MB partition
filled by other files, a sound card gone): Trang chủ said all was well until then. The disk
is measured at every look (statvfs costs nothing); the sink is opened by the daemon, which
alone knows when nothing is on air, and what it found is kept in the store for the doors.
"""

from __future__ import annotations

import json
import os
from contextlib import suppress
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from audio_out.sinks import FileSink, Sink, SinkError, sink_kind, sink_text
from common.files import MB, size_text
from common.i18n import N_, _

from .clock import utc_iso
from .layout import FULL_SINCE, PROGRAMS

if TYPE_CHECKING:
    from .station import Station

DISK_NEEDED = 20 * MB
"""The room a day of airing takes, measured on the sample station (two slots a day): the
day's programs written as files (2 × 107 s × 44.1 kB/s = 9.4 MB with the file sink; a sound
card keeps none), one program rendered ahead (4.7 MB), the speech of a few new notices (the
three Bluezone notices: 3.2 MB) and the store's growth (3.4 kB an airing: 20 airings grew it
by 68 kB). Rounded up: below it a slot of the coming day may not render or be logged."""
DISK_LOW = 1 << 30
"""Below this (or DISK_LOW_SHARE of the disk) the disk is worth a word before it is a fault."""
DISK_LOW_SHARE = 0.05
SINK_FAULT = "sink_fault"
"""Meta key: what the daemon's last check of the sink found wrong (JSON: sink, said)."""

DISK_FULL = N_(
    "the station's disk has only {free} free of {total} ({where}), less than the {need} a day "
    "of airing needs: the slots may not air and their airings may not be logged. Delete files "
    "you do not need from this disk (old recordings, copies, downloads), or tell the "
    "technician"
)
DISK_FULL_SHORT = N_("the station's disk is full: the slots may not air or be logged")
SINK_BROKEN = N_(
    "the station cannot open where its airings go ({where}): {reason}; the slots will not "
    "reach the loudspeakers until it is fixed. Check the sound card and the loudspeakers' "
    "cable, or tell the technician"
)
SINK_BROKEN_SHORT = N_("the sound card does not open: the slots will not reach the loudspeakers")
SINK_BACK = N_("The sound card opens again: {where}.")
FOLDER_BROKEN = N_(
    "the station cannot write its airings where they go ({where}): {reason}; each slot fails "
    "until it is fixed"
)
FOLDER_BROKEN_SHORT = N_("the folder the airings are written to cannot be written: the slots "
                         "fail")  # fmt: skip
FOLDER_BACK = N_("The airings can be written again: {where}.")
SAID = {False: (SINK_BROKEN, SINK_BROKEN_SHORT, SINK_BACK),
        True: (FOLDER_BROKEN, FOLDER_BROKEN_SHORT, FOLDER_BACK)}  # fmt: skip
"""What a sink's check says, by whether it is a file sink (True): its fault, the same in a few
words, and that it works again. A file sink's is no sound card's, and what fixes it is not a
cable (its folder taken by a file read "Check the sound card")."""


@dataclass(frozen=True)
class Disk:
    """One file system the station writes on, by the first of its folders found there."""

    where: Path
    free: int
    total: int


def disks(station: Station) -> list[Disk]:
    """The disks holding the store, the rendered programs, the speech and recordings, and a
    file sink's folder: each once, the fullest first."""
    folders = [station.root, station.root / PROGRAMS, station.root / "audio"]
    sink = station.config.default_sink
    if sink.startswith("file:"):
        folders.append((station.root / sink.partition(":")[2]).resolve())
    found: dict[int, Disk] = {}
    for folder in folders:
        near = next((p for p in (folder, *folder.parents) if p.exists()), None)
        if near is None:
            continue
        try:
            device, stats = near.stat().st_dev, os.statvfs(near)
        except OSError:
            continue
        free, total = stats.f_bavail * stats.f_frsize, stats.f_blocks * stats.f_frsize
        found.setdefault(device, Disk(near, free, total))
    return sorted(found.values(), key=lambda d: d.free)


def disk_fault(station: Station) -> str | None:
    """The sentence for a disk with less room than a day of airing needs, else None."""
    tightest = next(iter(disks(station)), None)
    if tightest is None or tightest.free >= DISK_NEEDED:
        return None
    return _(DISK_FULL).format(free=size_text(tightest.free), total=size_text(tightest.total),
                               where=tightest.where, need=size_text(DISK_NEEDED))  # fmt: skip


def disk_low(station: Station) -> str | None:
    """The sentence for a disk with room for the day but little more, else None."""
    tightest = next(iter(disks(station)), None)
    if tightest is None or tightest.free < DISK_NEEDED:
        return None
    if tightest.free >= min(DISK_LOW, tightest.total * DISK_LOW_SHARE):
        return None
    return _("the station's disk is nearly full: {free} free of {total}; speech and "
             "recordings may fail to save").format(free=size_text(tightest.free),
                                                   total=size_text(tightest.total))  # fmt: skip


def check_sink(sink: Sink) -> str | None:
    """Open `sink` as an airing would (nothing plays): its fault as Cần chú ý says it, else
    None."""
    try:
        sink.check()
    except SinkError as e:
        return _(words(sink.description)[0]).format(where=sink_text(sink.description), reason=e)
    return None


def sink_back(sink: Sink) -> str:
    """That `sink` opens again, after a check that found it did not."""
    return _(words(sink.description)[2]).format(where=sink_text(sink.description))


def words(where: str) -> tuple[str, str, str]:
    """SAID for the sink `where` names (as it describes itself, or as a fault kept it)."""
    return SAID[sink_kind(where) is FileSink]


def note_sink(station: Station, sink: Sink, said: str | None) -> None:
    """Keep what the check of `sink` found (None: it opens), for Trang chủ and `status`:
    written only when it changes (a full disk takes no write it does not need)."""
    now = json.dumps({"sink": sink.description, "said": said}, ensure_ascii=False)
    row = station.db.execute("SELECT value FROM meta WHERE key = ?", [SINK_FAULT]).fetchone()
    if (row[0] if row else None) == (now if said else None):
        return
    with station.db.conn:
        if said:
            station.db.table("meta").insert({"key": SINK_FAULT, "value": now}, pk="key",
                                            replace=True)  # fmt: skip
        else:
            station.db.execute("DELETE FROM meta WHERE key = ?", [SINK_FAULT])


def sink_fault(station: Station) -> tuple[str | None, str | None]:
    """What the daemon's last check of the sink found wrong, and the same in a few words by
    the sink's kind, else Nones."""
    row = station.db.execute("SELECT value FROM meta WHERE key = ?", [SINK_FAULT]).fetchone()
    if not row:
        return None, None
    kept = json.loads(row[0])
    return kept["said"], _(words(kept["sink"])[1])


Faults = tuple[str | None, str | None, str | None]
"""What keeps the next slots from airing or being logged: the disk's sentence, the sink's,
and the sink's in a few words."""


def found(station: Station) -> Faults:
    """The disk's fault and the sink's, read once for a page or `status`."""
    return disk_fault(station), *sink_fault(station)


def faults(seen: Faults) -> list[str]:
    """`seen` as Cần chú ý and `status` say it, first: the disk, then the sink."""
    return [said for said in seen[:2] if said]


def fault_short(seen: Faults) -> str | None:
    """The same in a few words, after "the airing service runs, but", else None."""
    disk, _sink, short = seen
    return _(DISK_FULL_SHORT) if disk else short


FULL_SINCE_WIDTH = 256
"""The record's size: up to FULL_SPANS spans, each two instants in UTC ISO form, padded;
written over in place (one block: a full disk gives it no new one). A record of 64 bytes, as
daemons before kept one span in, is widened when there is room."""
FULL_SPANS = 4
"""Spans of a full disk the record keeps apart; a fifth joins the two oldest."""
FULL_NOTED_EVERY = timedelta(minutes=1)
"""How often a daemon on a full disk moves the record's end on (a write in place, synced)."""
FULL_GAP = 2 * FULL_NOTED_EVERY
"""A full disk noted this long after the record's end is a span of its own (w27commune 3:
a daemon started on a full disk days after one stopped on it joined the two, and a restart
then took every slot of the days between, the station off, for the disk's)."""

Span = tuple[datetime, datetime]


def keep_room(station: Station) -> None:
    """Make the record of when the disk was too full to log while there is room for it: a
    full disk takes no new block, but one already the file's is written over (w26commune 4:
    the slots a full disk kept from being logged were in the daemon's memory only, and a
    restart before space came back logged them as plain "missed"). One shorter than
    FULL_SINCE_WIDTH is made whole, what it holds kept: a start on a full disk made the file
    but no block for it, and daemons before kept a narrower record."""
    path = station.root / FULL_SINCE
    with suppress(OSError):
        if not path.exists():
            path.write_bytes(b" " * FULL_SINCE_WIDTH)
        elif path.stat().st_size < FULL_SINCE_WIDTH:  # in place: what it holds is not lost
            with path.open("r+b", buffering=0) as f:
                kept = f.read()
                f.seek(0)
                f.write(kept.ljust(FULL_SINCE_WIDTH))


def _write_full(station: Station, spans: list[Span]) -> None:
    """The spans, newest first (a record a full disk keeps narrow loses the oldest)."""
    text = " ".join(f"{utc_iso(since)} {utc_iso(until)}" for since, until in spans)
    with suppress(OSError), (station.root / FULL_SINCE).open("r+b", buffering=0) as f:
        f.write(text.ljust(FULL_SINCE_WIDTH).encode())
        os.fsync(f.fileno())


def full_spans(station: Station) -> list[Span]:
    """The times the disk was too full to log the slots, newest first, each since when and
    until when a daemon last saw it so (its slots have no row); none when it had room. The
    slots up to FULL_NOTED_EVERY after an end are of that time too: the end moves on that
    often. A span cut short (a narrow record) is left out."""
    try:
        words = (station.root / FULL_SINCE).read_text().split()
    except (OSError, ValueError):
        return []
    spans = []
    for since, until in zip(words[::2], words[1::2], strict=False):
        try:
            spans.append((datetime.fromisoformat(since), datetime.fromisoformat(until)))
        except ValueError:
            break
    return spans


def note_full(station: Station, now: datetime, since: datetime | None = None) -> None:
    """Keep that the disk is too full to log `now`, and from `since` when given (a slot that
    failed on it before the daemon's look found it full), in the record `keep_room` made:
    without it, it cannot be kept. The newest span goes on to `now` while the disk stays full
    (a look every FULL_NOTED_EVERY at most); a full disk found later is a span of its own."""
    spans = full_spans(station)
    start = min(since or now, now)
    if spans and now - spans[0][1] < FULL_GAP:  # the same full time, looked at again
        first, last = spans[0]
        if first <= start and now - last < FULL_NOTED_EVERY:  # (or a clock gone back)
            return
        spans[0] = (min(first, start), max(last, now))
    else:
        spans.insert(0, (start, now))
    if len(spans) > FULL_SPANS:  # the two oldest join: their slots stay the disk's
        spans[-2:] = [(spans[-1][0], spans[-2][1])]
    _write_full(station, spans)


def clear_full(station: Station) -> None:
    """The slots of the full disk's times all have their rows: nothing to keep."""
    if full_spans(station):
        _write_full(station, [])
