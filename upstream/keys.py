"""Upstream signing keys: one ed25519 key per TUF role, kept outside the served folder.

Publishing needs the targets, snapshot and timestamp keys only; the root key is needed to
start a repository and to rotate keys, so it can live offline (on a USB stick in a drawer)
the rest of the time.
"""

from __future__ import annotations

import json
from pathlib import Path

from cryptography.hazmat.primitives.serialization import load_pem_private_key
from securesystemslib.signer import CryptoSigner, Key, SSlibKey
from tuf.api.metadata import Root

from common.files import tighten_umask, write_atomic
from common.i18n import _
from common.signing import fingerprint

from . import EMERGENCY_FIELD, ROLES, UpstreamError


def new_key(keys_dir: Path, role: str) -> SSlibKey:
    """Generate a key for `role` (replacing any), returning its public half."""
    signer = CryptoSigner.generate_ed25519()
    tighten_umask()
    keys_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    write_atomic(keys_dir / f"{role}.pem", signer.private_bytes, mode=0o600)
    key = signer.public_key
    write_atomic(
        keys_dir / f"{role}.pub.json",
        json.dumps({"keyid": key.keyid, "key": key.to_dict()}, indent=1),
    )
    return key


def emergency_key(root: Root) -> SSlibKey | None:
    """The emergency key a root names (None in a root made before emergencies)."""
    field = root.unrecognized_fields.get(EMERGENCY_FIELD)
    if not isinstance(field, dict):
        return None
    try:
        return SSlibKey.from_dict(field["keyid"], dict(field["key"]))
    except (TypeError, KeyError, ValueError):
        return None


def name_emergency_key(root: Root, key: SSlibKey) -> None:
    root.unrecognized_fields[EMERGENCY_FIELD] = {"keyid": key.keyid, "key": key.to_dict()}


def key_fingerprint(key: Key) -> str:
    """A public key as the 20 digits read over the phone (as a station's fingerprint is):
    the station compares the root key it pins with the one the office reads out."""
    return fingerprint(bytes.fromhex(key.keyval["public"]))


def init_keys(keys_dir: Path) -> dict[str, SSlibKey]:
    if any((keys_dir / f"{role}.pem").exists() for role in ROLES):
        raise UpstreamError(_("{folder} already holds upstream keys").format(folder=keys_dir))
    return {role: new_key(keys_dir, role) for role in ROLES}


def _a_folder(keys_dir: Path) -> None:
    """--keys names the folder `keys init` made, never one key file in it (w27office #1:
    `--keys keys/root.pem` read "keys/root.pem/root.pub.json is not a public key file")."""
    if keys_dir.exists() and not keys_dir.is_dir():
        raise UpstreamError(
            _("{path} is a file, not the keys folder: give the folder that holds the keys "
              "({folder})").format(path=keys_dir, folder=keys_dir.parent)
        )  # fmt: skip


def public_key(keys_dir: Path, role: str) -> SSlibKey:
    _a_folder(keys_dir)
    path = keys_dir / f"{role}.pub.json"
    try:
        data = json.loads(path.read_text())
        return SSlibKey.from_dict(data["keyid"], data["key"])
    except FileNotFoundError:
        raise UpstreamError(
            _("no {role} key in {folder} (run 'broadcaster keys init')").format(
                role=role, folder=keys_dir
            )
        ) from None
    except (OSError, ValueError, KeyError, TypeError):
        raise UpstreamError(_("{path} is not a public key file").format(path=path)) from None


def signer(keys_dir: Path, role: str) -> CryptoSigner:
    _a_folder(keys_dir)
    path = keys_dir / f"{role}.pem"
    if not path.exists():
        raise UpstreamError(
            _("the {role} key is not in {folder} (bring it back to sign)").format(
                role=role, folder=keys_dir
            )
        )
    public = public_key(keys_dir, role)
    try:
        private = load_pem_private_key(path.read_bytes(), None)
        if SSlibKey.from_crypto(private.public_key()).keyid != public.keyid:
            raise ValueError
    except (OSError, ValueError, TypeError):
        raise UpstreamError(
            _("{path} is not the {role} private key that matches {role}.pub.json").format(
                path=path, role=role
            )
        ) from None
    return CryptoSigner(private, public)
