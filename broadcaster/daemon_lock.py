"""One daemon per station: a lock file holding its pid, for `emergency` and `status`."""

from __future__ import annotations

import fcntl
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from common.i18n import _

from .layout import DAEMON_LOCK
from .station import StationError


@contextmanager
def daemon_lock(root: Path) -> Iterator[None]:
    """One daemon per station; the lock file holds its pid for `emergency` to signal."""
    with (root / DAEMON_LOCK).open("a+") as f:
        try:
            fcntl.flock(f, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise StationError(
                _("the station is already running (pid {pid})").format(pid=running_daemon(root))
            ) from None
        f.seek(0)
        f.truncate()
        f.write(str(os.getpid()))
        f.flush()
        try:
            yield
        finally:
            f.truncate(0)
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
            return int(text) if text.isdigit() else None
        fcntl.flock(f, fcntl.LOCK_UN)
    return None
