"""`broadcaster backup DIR`: a copy of the station that can replace it after a disk dies.

The store is copied with SQLite's online backup API, so it is consistent even while the
daemon airs and writes; then the files it refers to (audio, the upstream's trusted keys,
station.toml) are copied. Audio files are never changed once written, so every file the
copied store names is already there when it is copied. Rendered programs and the WAV files
of past airings (`airings/`) are left out: they are outputs, not needed to restore.
The copy is made beside DIR and renamed into place only when whole.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import stat
import tempfile
from dataclasses import dataclass
from pathlib import Path

from common.files import describe_os_error, disk_full
from common.i18n import _
from common.store import Database

from .layout import AIRING_LOCK, AIRINGS, DAEMON_LOCK, FULL_SINCE, PROGRAMS, STORE, SYNC_LOCK
from .log_chain import ChainHead, head
from .station import Station, StationError
from .store import explain

LEFT_OUT = {AIRING_LOCK, DAEMON_LOCK, FULL_SINCE, PROGRAMS, AIRINGS, SYNC_LOCK}


@dataclass(frozen=True)
class Backup:
    folder: Path
    files: int
    bytes: int
    head: ChainHead
    """The airing log's chain head in the copy: `log verify --head` checks a restore."""


def _left_out(folder: str, names: list[str]) -> set[str]:
    return {n for n in names if n in LEFT_OUT or n.startswith(STORE)}


def _private_like(original: Path, copy: Path) -> Path:
    """`copy` created empty with `original`'s mode whatever the umask: the store holds the
    console's accounts and the log (other files keep theirs through copytree)."""
    os.close(os.open(copy, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    os.chmod(copy, stat.S_IMODE(original.stat().st_mode))
    return copy


def backup(station: Station, target: Path) -> Backup:
    target = target.absolute()
    if target.exists() and (not target.is_dir() or any(target.iterdir())):
        raise StationError(
            _("{target} already exists and is not an empty folder; back up to a new folder")
            .format(target=target)
        )  # fmt: skip
    if target.resolve().is_relative_to(station.root):
        raise StationError(
            _("{target} is inside the station folder; back up to another disk or folder").format(
                target=target
            )
        )
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        partial = Path(tempfile.mkdtemp(prefix=f".{target.name}.", dir=target.parent))
    except OSError as e:
        raise StationError(
            _("cannot write the backup to {target}: {reason}").format(
                target=target, reason=describe_os_error(e)
            )
        ) from None
    try:
        copy = sqlite3.connect(_private_like(station.root / STORE, partial / STORE))
        try:
            station.db.conn.backup(copy)
            copied_head = head(Database(copy))
            if copy.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
                raise StationError(_("the copy of the store did not check out; nothing was kept"))
        finally:
            copy.close()
        shutil.copytree(station.root, partial, ignore=_left_out, dirs_exist_ok=True)
        if target.exists():
            target.rmdir()
        partial.rename(target)
    except (OSError, sqlite3.Error) as e:
        shutil.rmtree(partial, ignore_errors=True)
        if isinstance(e, sqlite3.Error):  # the copy of the store is written on the backup's disk
            full = e.sqlite_errorcode == sqlite3.SQLITE_FULL or disk_full(target.parent)
            reason = _("the disk is full") if full else str(explain(e, target / STORE))
        else:
            reason = describe_os_error(e)
        raise StationError(
            _("cannot write the backup to {target}: {reason}").format(target=target, reason=reason)
        ) from None
    except BaseException:
        shutil.rmtree(partial, ignore_errors=True)
        raise
    files = [p for p in target.rglob("*") if p.is_file()]
    return Backup(target, len(files), sum(p.stat().st_size for p in files), copied_head)
