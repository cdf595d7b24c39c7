"""The station's identity: an ed25519 key pair made once, the private half in `station.key`
(0600) in the station folder, and the fingerprint the operator reads to the office by phone.

Stations made before identities existed get theirs the first time one is needed (enrol,
push, status, the daemon): the key file is created under a lock on the station folder, so
two commands starting at once cannot make two different keys.

A commune whose key the office revoked (a stolen computer, a revocation by mistake) makes a
new one with `replace`: the old file is kept aside under its date, never deleted, so what it
signed can still be checked; the store and its hash chain are not touched (rows are chained
by their content, not by the key).
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from common import signing
from common.errors import BroadcasterError
from common.files import folder_locked, write_atomic
from common.i18n import _

from .layout import KEY

PRIVATE = 0o600


@dataclass(frozen=True)
class Identity:
    key: Ed25519PrivateKey

    @property
    def public(self) -> bytes:
        return signing.public_bytes(self.key)

    @property
    def key_id(self) -> str:
        return signing.key_id(self.public)

    @property
    def fingerprint(self) -> str:
        return signing.fingerprint(self.public)

    def sign(self, body: bytes) -> str:
        return signing.sign(self.key, body)


def identity(root: Path) -> Identity:
    """The station's key pair, made on first use."""
    path = root / KEY
    if not path.exists():
        with folder_locked(root):
            if not path.exists():
                write_atomic(path, signing.new_private_key(), mode=PRIVATE)
    if path.stat().st_mode & 0o077:
        path.chmod(PRIVATE)  # copied with a loose mode (a backup, an SD-card image): tighten
    return _load(path)


def _load(path: Path) -> Identity:
    try:
        return Identity(signing.load_private_key(path.read_bytes()))
    except ValueError:
        raise BroadcasterError(
            _("{path} is not the station's private key (an ed25519 PEM file)").format(path=path)
        ) from None


def replace(root: Path, now: datetime) -> Path | None:
    """Keep the current key aside as `station.key.DATE` (0600) and make a new one; returns
    where the old one went (None if there was none)."""
    path = root / KEY
    with folder_locked(root):
        aside = None
        if path.exists():
            aside = root / f"{KEY}.{now:%Y-%m-%d}"
            if aside.exists():  # a second new key the same day
                aside = root / f"{KEY}.{now:%Y-%m-%d-%H%M%S}"
            path.chmod(PRIVATE)
            os.rename(path, aside)  # a rename keeps the bytes: the old key is never lost
        write_atomic(path, signing.new_private_key(), mode=PRIVATE)
    return aside


SET_ASIDE = re.compile(re.escape(KEY) + r"\.\d{4}-\d{2}-\d{2}(-\d{6})?")
"""The names `replace` gives the keys it sets aside; any other `station.key.*` (a backup
copy, another commune's key left on a disk image) is no key of this station (review14 #7)."""


def _set_aside(root: Path) -> list[Path]:
    """The keys `replace` set aside, oldest first (dates, then a second key's time)."""
    return sorted(p for p in root.glob(f"{KEY}.*") if SET_ASIDE.fullmatch(p.name))


def key_ids(root: Path) -> tuple[str, ...]:
    """The station's key id, then those of the keys it set aside, newest first: what the
    office named before a new key was approved (a campaign sent to the old code, a
    groups.json published before the approval) is still this commune's to air (o14web F1).
    The sync counts of these only the ones the office's signed links allow
    (upstream.targeting.own_keys): a key set aside here may be another commune's."""
    found = [identity(root).key_id]
    for path in reversed(_set_aside(root)):
        try:
            found.append(_load(path).key_id)
        except (BroadcasterError, OSError):
            continue  # a damaged copy set aside only costs what was sent to that key
    return tuple(found)


def replaced(root: Path) -> Identity | None:
    """The key last set aside by `replace`, which vouches for the current one at the office."""
    kept = _set_aside(root)
    return _load(kept[-1]) if kept else None
