"""An emergency from the office, as it travels over MQTT: signed by the office's emergency key,
which the station trusts through the root metadata it pins (upstream/keys.py: the root names
the key, and a rotation is a new root version the station follows at its next sync).

On the wire (one MQTT payload, JSON):

    {"signed": "<the message, a JSON text>", "keyid": "<emergency key id>", "sig": "<hex>"}

The signature (ed25519) covers DOMAIN + the exact bytes of `signed`, so a signature made for
anything else with the same key (TUF metadata) can never pass for an emergency. The message:

    {"type": "emergency", "id": "20261130-063015-1a2b3c", "issued_at": ISO, "valid_until": ISO,
     "to": null | {"groups": [...], "stations": [station key id, ...]},
     "title": "...", "text": "..." | null,
     "audio": null | {"path": "emergencies/<sha256>.<ext>", "sha256": ..., "length": bytes}}

A targeted message lists every station it is for by key id (the office resolves its groups
when it sends): a station checks its own key id, not group names it could be wrong about.
Checks at the station, in order: the envelope's shape, the signature by the emergency key
its trusted root names, the message's fields, the audience; freshness and "not seen before"
are the station's (broadcaster/upstream_emergency.py), as they need its clock and store.

The office takes back a wrong emergency with a cancel, signed and checked the same way (an
envelope whose message has "type": "cancel"):

    {"type": "cancel", "id": "<its own id>", "cancels": "<the emergency's id>",
     "issued_at": ISO, "valid_until": ISO (the emergency's), "to": null}

A cancel is for every station: one the emergency was not for never airs it, and the list of
an emergency "to all" is not carried a second time in `emergencies/active.json` (an office
before w18o signed the emergency's own "to" into it; stations read both).
"""

from __future__ import annotations

import json
import re
from collections.abc import Collection
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from announcements.script import AUDIO_SUFFIXES
from common.i18n import _

from . import EMERGENCY_FIELD, UpstreamError, pinned_root
from .targeting import Audience, read_audience

if TYPE_CHECKING:
    from securesystemslib.signer import CryptoSigner
    from tuf.api.metadata import Root

DOMAIN = b"broadcaster-emergency/1\n"
MAX_PAYLOAD = 1 << 20
"""An envelope larger than this is refused unread (1,000 targeted stations take 70 kB)."""
MESSAGE_ID = re.compile(r"^[0-9]{8}-[0-9]{6}-[0-9a-f]{6}$")
KEYS = frozenset(("type", "id", "issued_at", "valid_until", "to", "title", "text", "audio"))
CANCEL_KEYS = frozenset(("type", "id", "cancels", "issued_at", "valid_until", "to"))
AUDIO_KEYS = frozenset(("path", "sha256", "length"))
AUDIO_PATH = re.compile(r"^emergencies/[0-9a-f]{64}\.[a-z0-9]{2,4}$")


class MessageRefused(UpstreamError):
    """An emergency message the station must not act on; the reason is logged and reported."""

    def __init__(self, code: str, reason: str, message_id: str | None = None) -> None:
        super().__init__(reason)
        self.code, self.reason, self.message_id = code, reason, message_id


@dataclass(frozen=True)
class AudioRef:
    path: str
    """Relative to the upstream repository's address (the station's upstream source)."""
    sha256: str
    length: int


@dataclass(frozen=True)
class Emergency:
    id: str
    issued_at: datetime
    valid_until: datetime
    audience: Audience
    title: str
    text: str | None
    audio: AudioRef | None


@dataclass(frozen=True)
class Cancel:
    """The office takes back emergency `cancels`: a station that has not aired it never will."""

    id: str
    cancels: str
    issued_at: datetime
    valid_until: datetime
    audience: Audience


def audio_path(sha256: str, suffix: str) -> str:
    return f"emergencies/{sha256}{suffix}"


def seal(message: dict[str, Any], signer: CryptoSigner) -> bytes:
    """The envelope for `message`, signed with the office's emergency key."""
    signed = json.dumps(message, ensure_ascii=False, separators=(",", ":"))
    signature = signer.sign(DOMAIN + signed.encode())
    return json.dumps(
        {"signed": signed, "keyid": signature.keyid, "sig": signature.signature}
    ).encode()


def trusted_root(metadata: Path) -> Root | None:
    """The newest root the station has verified (None when it trusts none yet)."""
    # python-tuf and securesystemslib (~0.1 s) are imported where a message is checked, not
    # at the top: `status`, `log list` and a daemon with no office only name this module
    from tuf.api.metadata import Metadata, Root

    data = pinned_root(metadata)
    return None if data is None else Metadata[Root].from_bytes(data).signed


def open_envelope(
    payload: bytes, root: Root | None, known: Collection[str] = ()
) -> Emergency | Cancel:
    """The message (an emergency or a cancel), if the emergency key that `root` names signed
    it; MessageRefused else. A key id neither that key's nor `known` (`known_keys`) may be
    a key the office rotated in since the station's last sync: "no-key", checked again after
    the next one; a key the station knows that is not the emergency key now is "forged". No
    root yet (None) is "no-root", but only for an envelope of the right size and shape: such
    a copy is kept until `trust`, and junk is not."""
    from securesystemslib.exceptions import UnverifiedSignatureError, VerificationError
    from securesystemslib.signer import Signature

    from .keys import emergency_key

    if len(payload) > MAX_PAYLOAD:
        raise MessageRefused("malformed", _("the message is too large"))
    try:
        envelope = json.loads(payload)
        signed, keyid, sig = envelope["signed"], envelope["keyid"], envelope["sig"]
        if not all(isinstance(v, str) for v in (signed, keyid, sig)):
            raise TypeError
    except (ValueError, TypeError, KeyError, RecursionError):
        raise MessageRefused("malformed", _("the message is not a signed emergency")) from None
    message_id = _peek_id(signed)
    if root is None:
        raise MessageRefused("no-root", _("no upstream is trusted yet"), message_id)
    key = emergency_key(root)
    if key is None:
        raise MessageRefused(
            "no-key", _("the trusted upstream root names no emergency key"), message_id
        )
    if keyid != key.keyid and keyid not in known:
        raise MessageRefused(
            "no-key",
            _("signed by a key this station does not know yet (the office may have rotated "
              "its emergency key in since the station's last sync)"),
            message_id,
        )  # fmt: skip
    try:
        if keyid != key.keyid:  # a key the station knows, that is not the emergency key now
            raise VerificationError
        key.verify_signature(Signature(keyid, sig), DOMAIN + signed.encode())
    except (UnverifiedSignatureError, VerificationError):
        raise MessageRefused(
            "forged",
            _("not signed by the upstream office's emergency key: forged or tampered"),
            message_id,
        ) from None
    return _read(signed, message_id)


def known_keys(metadata: Path) -> frozenset[str]:
    """Every key id a root this station trusted names, now or before a rotation (its role keys
    and its emergency key): a message signed by one of them that is not the emergency key now
    is forged, whenever it comes (the key rotated out, or another role's)."""
    found: set[str] = set()
    for path in [metadata / "root.json", *(metadata / "root_history").glob("*.root.json")]:
        try:
            signed = json.loads(path.read_bytes())["signed"]
            found.update(signed["keys"])
            found.add(signed.get(EMERGENCY_FIELD, {})["keyid"])
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            continue  # a root from before emergencies, or one a sync is re-pointing
    return frozenset(key for key in found if isinstance(key, str))


def claims_cancel(payload: bytes) -> bool:
    """Whether an envelope says it holds a cancel, before it is checked: only to take cancels
    first from a backlog (a forged one is refused when it is opened, as any other)."""
    try:
        return bool(json.loads(json.loads(payload)["signed"]).get("type") == "cancel")
    except (ValueError, KeyError, TypeError, AttributeError, RecursionError):
        return False


def _peek_id(signed: str) -> str | None:
    """The id the message claims (for the log of a refusal), before it is trusted."""
    try:
        claimed = json.loads(signed).get("id")
    except (ValueError, AttributeError, RecursionError):
        return None
    return claimed if isinstance(claimed, str) and MESSAGE_ID.match(claimed) else None


def _instant(value: Any, what: str) -> datetime:
    try:
        instant = datetime.fromisoformat(value)
    except (TypeError, ValueError):
        instant = None
    if instant is None or instant.tzinfo is None:
        raise ValueError(f"{what} is not a time with its offset")
    return instant


def _read(signed: str, message_id: str | None) -> Emergency | Cancel:
    """A signed message's fields, checked: a signature proves who wrote it, not that it is
    sane."""
    try:
        raw = json.loads(signed)
        cancel = isinstance(raw, dict) and raw.get("type") == "cancel"
        if (
            not isinstance(raw, dict)
            or set(raw) != (CANCEL_KEYS if cancel else KEYS)
            or (raw["type"] not in ("emergency", "cancel"))
        ):
            raise ValueError("fields")
        if not isinstance(raw["id"], str) or not MESSAGE_ID.match(raw["id"]):
            raise ValueError("id")
        issued = _instant(raw["issued_at"], "issued_at")
        until = _instant(raw["valid_until"], "valid_until")
        if until <= issued:
            raise ValueError("valid_until")
        if cancel:
            if not isinstance(raw["cancels"], str) or not MESSAGE_ID.match(raw["cancels"]):
                raise ValueError("cancels")
            audience = read_audience(raw["to"], _("emergency {id}").format(id=raw["cancels"]))
            return Cancel(raw["id"], raw["cancels"], issued, until, audience)
        title, text, audio = raw["title"], raw["text"], raw["audio"]
        if not isinstance(title, str) or not 0 < len(title) <= 300:
            raise ValueError("title")
        if (text is None) == (audio is None):
            raise ValueError("text or audio")
        if text is not None and (not isinstance(text, str) or not text.strip()):
            raise ValueError("text")
        reference = None
        if audio is not None:
            if not isinstance(audio, dict) or set(audio) != AUDIO_KEYS:
                raise ValueError("audio")
            path, sha, length = audio["path"], audio["sha256"], audio["length"]
            if not (isinstance(path, str) and AUDIO_PATH.match(path)
                    and path.split("/")[1].startswith(str(sha))
                    and Path(path).suffix in AUDIO_SUFFIXES
                    and type(length) is int and length > 0):  # fmt: skip
                raise ValueError("audio")
            reference = AudioRef(path, sha, length)
        audience = read_audience(raw["to"], _("emergency {id}").format(id=raw["id"]))
        if audience.groups and not audience.stations:
            raise ValueError("to")
    except (ValueError, TypeError, KeyError, RecursionError, UpstreamError) as e:
        raise MessageRefused(
            "malformed",
            _("the emergency message is malformed ({problem})").format(problem=e),
            message_id,
        ) from None
    return Emergency(raw["id"], issued, until, audience, title, text, reference)
