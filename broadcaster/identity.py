"""The station's identity: an ed25519 key pair made once, the private half in `station.key`
(0600) in the station folder, and the fingerprint the operator reads to the office by phone.

Stations made before identities existed get theirs the first time one is needed (enrol,
push, status, the daemon): the key file is created under a lock on the station folder, so
two commands starting at once cannot make two different keys.
"""

from __future__ import annotations

import fcntl
import os
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from common import signing
from common.errors import BroadcasterError
from common.files import write_atomic
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
        folder = os.open(root, os.O_RDONLY)
        try:
            fcntl.flock(folder, fcntl.LOCK_EX)
            if not path.exists():
                write_atomic(path, signing.new_private_key(), mode=PRIVATE)
        finally:
            os.close(folder)  # closing drops the lock
    if path.stat().st_mode & 0o077:
        path.chmod(PRIVATE)  # copied with a loose mode (a backup, an SD-card image): tighten
    try:
        return Identity(signing.load_private_key(path.read_bytes()))
    except ValueError:
        raise BroadcasterError(
            _("{path} is not the station's private key (an ed25519 PEM file)").format(path=path)
        ) from None
