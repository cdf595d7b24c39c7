"""Atomic writes: a file is either its old self or its new self, never half of either.

Power cuts are normal at a commune station, so every file is written to a temp file in the
same folder, flushed to disk, then renamed over the target (rename is atomic on POSIX).
"""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

from .i18n import _

FULL_DISK = (errno.ENOSPC, errno.EDQUOT)
WRITE_ERRORS = (*FULL_DISK, errno.EROFS, errno.EACCES, errno.EPERM)
NEARLY_FULL_BYTES = 1 << 20


@contextlib.contextmanager
def atomic_path(out: Path, mode: int = 0o644) -> Iterator[Path]:
    """Yield a temp path beside `out` to write to; it becomes `out` only if the block ends
    without an error, and is removed otherwise. The file gets `mode` whatever the umask."""
    fd, name = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".tmp", dir=out.parent)
    os.close(fd)
    tmp = Path(name)
    try:
        yield tmp
        os.chmod(tmp, mode)
        with open(tmp, "rb") as f:
            os.fsync(f.fileno())
        os.replace(tmp, out)
        fsync_folder(out.parent)
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)


def write_atomic(out: Path, data: bytes | str, mode: int = 0o644) -> None:
    """Write `data` (text is UTF-8) to `out` atomically, with `mode` whatever the umask."""
    with atomic_path(out, mode) as tmp:
        tmp.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)


def fsync_folder(folder: Path) -> None:
    """Make the rename itself survive a power cut."""
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def describe_os_error(error: OSError) -> str:
    """What went wrong with a file, in the operator's words: a full disk says it is full."""
    if error.errno in FULL_DISK:
        return _("the disk is full")
    if error.errno == errno.EROFS:
        return _("the disk is read-only")
    if error.errno in (errno.EACCES, errno.EPERM):
        return _("permission denied")
    return error.strerror or str(error)


def file_problem(error: OSError) -> str:
    """An OS error about a file as one sentence: what went wrong, and with which file."""
    where = error.filename or ""
    return (
        _("{reason}: {path}").format(reason=describe_os_error(error), path=where)
        if where
        else describe_os_error(error)
    )


def write_error_in(message: str) -> OSError | None:
    """The write error a tool (ffmpeg, run with LC_ALL=C) reports in its output, if any."""
    for code in WRITE_ERRORS:
        if os.strerror(code) in message:
            return OSError(code, os.strerror(code))
    return None


def disk_full(folder: Path) -> bool:
    """Is the disk holding `folder` (nearly) full? For tools that fail silently on it."""
    try:
        stats = os.statvfs(folder)
    except OSError:
        return False
    return stats.f_bavail * stats.f_frsize < NEARLY_FULL_BYTES
