"""The key that signs the console's session cookies: made once per station, kept in the
station folder readable by its owner only (0600), so sessions survive a restart."""

from __future__ import annotations

import contextlib
import os
import secrets
import tempfile
from pathlib import Path

from common.errors import BroadcasterError
from common.files import fsync_folder
from common.i18n import _

from .layout import WEB_SECRET

SECRET_BYTES = 32


class SecretKeyError(BroadcasterError):
    """The key file cannot be used."""


def secret_key(root: Path) -> bytes:
    """The station's key, created on first use; a key others can read is made private."""
    path = root / WEB_SECRET
    if not path.exists():
        _create(path)
    if path.stat().st_mode & 0o077:
        os.chmod(path, 0o600)
    key = bytes.fromhex(path.read_text("ascii").strip())
    if len(key) < SECRET_BYTES:
        raise SecretKeyError(
            _("{path} is damaged: delete it and start the console again").format(path=path)
        )
    return key


def _create(path: Path) -> None:
    """Written whole to a private temp file, then linked into place: two consoles starting
    at once end up with the same key, and a power cut never leaves half a key."""
    fd, name = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)  # mode 0600
    try:
        with os.fdopen(fd, "w") as f:
            f.write(secrets.token_hex(SECRET_BYTES) + "\n")
            f.flush()
            os.fsync(f.fileno())
        with contextlib.suppress(FileExistsError):
            os.link(name, path)
    finally:
        os.unlink(name)
    fsync_folder(path.parent)
