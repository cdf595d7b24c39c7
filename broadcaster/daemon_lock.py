"""One daemon per station: a lock file holding its pid, for `emergency` and `status`."""

from __future__ import annotations

import fcntl
import os
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

from common.i18n import _

from .layout import DAEMON_LOCK
from .station import StationError

PID_WIDTH = 10
"""The pid is written padded to this width, in place, and blanked (not truncated) when the
daemon stops: the file keeps its block, so a daemon started on a full disk needs no new one
to say its pid (it died writing it: w26commune)."""


@contextmanager
def daemon_lock(root: Path) -> Iterator[None]:
    """One daemon per station; the lock file holds its pid for `emergency` to signal."""
    fd = os.open(root / DAEMON_LOCK, os.O_RDWR | os.O_CREAT, 0o644)
    with os.fdopen(fd, "r+b", buffering=0) as f:
        try:
            fcntl.flock(f, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise StationError(
                _("the station is already running (pid {pid})").format(pid=running_daemon(root))
            ) from None
        with suppress(OSError):  # a full disk and no block yet: no pid to read
            f.write(str(os.getpid()).ljust(PID_WIDTH).encode())
            f.truncate(PID_WIDTH)
        try:
            yield
        finally:
            with suppress(OSError):
                f.seek(0)
                f.write(b" " * PID_WIDTH)
            fcntl.flock(f, fcntl.LOCK_UN)


def running_daemon(root: Path) -> int | None:
    """The pid of this station's running daemon, or None."""
    path = root / DAEMON_LOCK
    if not path.exists():
        return None
    with path.open("r") as f:
        try:
            fcntl.flock(f, fcntl.LOCK_SH | fcntl.LOCK_NB)
        except BlockingIOError:
            text = path.read_text().strip()
            return int(text) if text.isdigit() else _holder(os.fstat(f.fileno()))
        fcntl.flock(f, fcntl.LOCK_UN)
    return None


def _holder(lock: os.stat_result) -> int | None:
    """The pid holding the lock file's flock, as the kernel lists it: a daemon started on a
    full disk may have had no block to write its pid in (a lock file new, or emptied at stop
    by the daemons before PID_WIDTH), and was taken for stopped (v26review)."""
    inode = f"{os.major(lock.st_dev):02x}:{os.minor(lock.st_dev):02x}:{lock.st_ino}"
    try:
        listed = Path("/proc/locks").read_text().splitlines()
    except OSError:
        return None
    held = (fields for fields in map(str.split, listed) if fields[1:2] == ["FLOCK"])
    return next((int(f[4]) for f in held if f[5:6] == [inode] and f[4].isdigit()), None)
