"""Atomic writes: a file is either its old self or its new self, never half of either.

Power cuts are normal at a commune station, so every file is written to a temp file in the
same folder, flushed to disk, then renamed over the target (rename is atomic on POSIX).
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import os
import stat
import tempfile
from collections.abc import Iterator
from pathlib import Path

from .errors import BroadcasterError
from .i18n import N_, _, decimal

FULL_DISK = (errno.ENOSPC, errno.EDQUOT)
WRITE_ERRORS = (*FULL_DISK, errno.EROFS, errno.EACCES, errno.EPERM)
NEARLY_FULL_BYTES = 1 << 20


class OutputError(BroadcasterError):
    """A file the station was asked to write cannot be written there, in one sentence."""


def check_output(out: Path) -> None:
    """`out` must be a new name or a regular file, in a folder that exists and can be written:
    never a device (renaming over /dev/null would replace it), a folder, or a symbolic link
    (whose target could be anywhere)."""
    try:
        mode = os.lstat(out).st_mode
    except FileNotFoundError:
        mode = None
    except OSError as e:
        raise OutputError(
            _("cannot write {out}: {reason}").format(out=out, reason=describe_os_error(e))
        ) from None
    if mode is not None and not stat.S_ISREG(mode):
        message = (
            _("will not write {out}: it is a symbolic link; give a new file name")
            if stat.S_ISLNK(mode)
            else _("will not write {out}: it is a folder; give a file name")
            if stat.S_ISDIR(mode)
            else _("will not write {out}: it is a device or a pipe; give a new file name")
        )
        raise OutputError(message.format(out=out))
    if not out.parent.is_dir():
        raise OutputError(
            _("cannot write {out}: the folder {folder} does not exist").format(
                out=out, folder=out.parent
            )
        )
    if not os.access(out.parent, os.W_OK):
        raise OutputError(
            _("cannot write {out}: the folder {folder} is read-only").format(
                out=out, folder=out.parent
            )
        )


@contextlib.contextmanager
def atomic_path(out: Path, mode: int = 0o644) -> Iterator[Path]:
    """Yield a temp path beside `out` to write to; it becomes `out` only if the block ends
    without an error, and is removed otherwise. The file gets `mode` whatever the umask.
    `out` must be a new name or a regular file (see check_output)."""
    check_output(out)
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


def not_a_file(path: Path, expected: str = "", empty: bool = False) -> str | None:
    """Why `path` cannot be read as an input file (missing, a folder, a device, a pipe; with
    `empty`, 0 bytes too), with what to give instead (`expected`, as "an audio file (.mp3,
    .wav…)"): a USB stick's folder given for the file in it is said as what it is (w27office
    #1: "not a regular file (a folder, a device or a pipe)" left her guessing)."""
    if path.is_file():
        if not empty or path.stat().st_size:
            return None
        said = _("{path} is empty (0 bytes): the copy did not finish, or it is not the file")
    elif path.is_dir():
        said = _("{path} is a folder, not a file")
    elif path.exists():
        said = _("{path} is a device or a pipe, not a file")
    else:
        said = _("{path}: no such file")
    said = said.format(path=path)
    return f"{said}; " + _("give {expected}").format(expected=expected) if expected else said


def tighten_umask() -> None:
    """Never create files or folders that other users can change, whatever the umask this
    process was started with (a station's settings decide which commands it runs)."""
    os.umask(os.umask(0o022) | 0o022)


@contextlib.contextmanager
def folder_locked(root: Path) -> Iterator[None]:
    """One process at a time in `root` (an flock on the folder itself: no lock file for a web
    server to serve, and the kernel drops it when a process dies)."""
    folder = os.open(root, os.O_RDONLY)
    try:
        fcntl.flock(folder, fcntl.LOCK_EX)
        yield
    finally:
        os.close(folder)  # closing drops the lock


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
    if error.errno in OS_ERRORS:
        return _(OS_ERRORS[error.errno])
    return error.strerror or str(error)


OS_ERRORS = {
    errno.ENOENT: N_("no such file or folder"),
    errno.EEXIST: N_("it already exists"),
    errno.ENOTDIR: N_("not a folder"),
    errno.EISDIR: N_("it is a folder"),
    errno.ENOTEMPTY: N_("the folder is not empty"),
    errno.ENAMETOOLONG: N_("the name is too long"),
    errno.ELOOP: N_("too many symbolic links"),
    errno.EIO: N_("input/output error (a failing disk or USB stick?)"),
    errno.EBUSY: N_("the file is busy"),
    errno.ETXTBSY: N_("the file is busy"),
    errno.EMFILE: N_("too many open files"),
    errno.ENOMEM: N_("the computer is out of memory"),
    errno.EAGAIN: N_("the computer cannot start more programs now (out of memory or of processes)"),
    errno.ENODEV: N_("the device is not there (unplugged?)"),
    errno.ENXIO: N_("the device is not there (unplugged?)"),
    errno.EXDEV: N_("the file is on another disk"),
    errno.ENOEXEC: N_("it is not a program that can run here"),
    errno.EADDRINUSE: N_("another program already uses this address"),
    errno.EADDRNOTAVAIL: N_("this machine has no such address"),
    errno.ECONNREFUSED: N_("nothing answers at that address"),
    errno.ETIMEDOUT: N_("no answer in time"),
    errno.EHOSTUNREACH: N_("the machine cannot be reached"),
    errno.ENETUNREACH: N_("the network cannot be reached"),
}
"""The other errors a person meets with files, in their words (the C library's are English)."""


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


MB, GB = 1 << 20, 1 << 30


def size_text(size: int) -> str:
    """A size as a person reads it, one rule for every sentence that states one: whole MB
    under a GB ("40 MB", not "0.0 GB" on a commune's small partition), GB to a tenth above
    ("1,5 GB" in Vietnamese)."""
    if size < GB:
        return f"{size // MB} MB"
    return f"{decimal(round(size / GB, 1))} GB"


def disk_full(folder: Path) -> bool:
    """Is the disk holding `folder` (nearly) full? For tools that fail silently on it."""
    try:
        stats = os.statvfs(folder)
    except OSError:
        return False
    return stats.f_bavail * stats.f_frsize < NEARLY_FULL_BYTES
