"""Signed requests between a station and its office: ed25519 keys, the key id the office files
a station under, the short fingerprint read aloud over the phone, and signatures over the
exact bytes of a request body (so nothing depends on how JSON is re-serialised).

The signature covers DOMAIN + body: a signature made for this protocol cannot be replayed
as anything else signed with the same key.
"""

from __future__ import annotations

import base64
import binascii
import hashlib

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import (
    Encoding,
    NoEncryption,
    PrivateFormat,
    PublicFormat,
    load_pem_private_key,
)

DOMAIN = b"broadcaster-office/1\n"
CONTINUES = b"continues "
"""A station's old key signs CONTINUES + its new key's id: the new key continues its log."""
SIGNATURE_HEADER = "X-Broadcaster-Signature"
FINGERPRINT_DIGITS = 20
"""Four groups of five digits (66 bits): easy to read over the phone in any language, and
costly to match with a forged key (about 2**66 key pairs)."""


def new_private_key() -> bytes:
    """A fresh ed25519 private key as PKCS#8 PEM (unencrypted: the file is 0600)."""
    return Ed25519PrivateKey.generate().private_bytes(
        Encoding.PEM, PrivateFormat.PKCS8, NoEncryption()
    )


def load_private_key(pem: bytes) -> Ed25519PrivateKey:
    key = load_pem_private_key(pem, password=None)
    if not isinstance(key, Ed25519PrivateKey):
        raise ValueError("not an ed25519 private key")
    return key


def public_bytes(key: Ed25519PrivateKey) -> bytes:
    """The 32 raw bytes of the public key."""
    return key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)


def key_id(public: bytes) -> str:
    """What the office files a station under: sha256 of its raw public key, in hex."""
    return hashlib.sha256(public).hexdigest()


def fingerprint(public: bytes) -> str:
    """20 digits in groups of five, e.g. 04213-88190-55302-71946, derived from the key id."""
    number = int.from_bytes(hashlib.sha256(public).digest()[:16], "big") % 10**FINGERPRINT_DIGITS
    digits = f"{number:0{FINGERPRINT_DIGITS}d}"
    return "-".join(digits[i : i + 5] for i in range(0, FINGERPRINT_DIGITS, 5))


def normalise_fingerprint(text: str) -> str | None:
    """A fingerprint as typed (spaces, dots or dashes anywhere), or None if it is not one."""
    digits = "".join(c for c in text if c.isdigit())
    if len(digits) != FINGERPRINT_DIGITS or any(c not in "0123456789 -." for c in text):
        return None
    return "-".join(digits[i : i + 5] for i in range(0, FINGERPRINT_DIGITS, 5))


def sign(key: Ed25519PrivateKey, body: bytes) -> str:
    return base64.b64encode(key.sign(DOMAIN + body)).decode("ascii")


def verify(public: bytes, body: bytes, signature: object) -> bool:
    """True only if `signature` (base64) is the key's signature of exactly `body`; anything
    else a sender put there (a number, a list, nothing) is False too, never an exception."""
    if not isinstance(signature, str):
        return False
    try:
        raw = base64.b64decode(signature, validate=True)
        Ed25519PublicKey.from_public_bytes(public).verify(raw, DOMAIN + body)
    except (InvalidSignature, binascii.Error, ValueError, TypeError):
        return False
    return True
