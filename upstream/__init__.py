"""Upstream offices: campaign bundles signed with The Update Framework, and their sync.

This package root stays light (no cryptography imports) so the command line starts fast.
"""

from pathlib import Path

from common.errors import BroadcasterError
from common.i18n import _

TUF_ROLES = ("root", "targets", "snapshot", "timestamp")
EMERGENCY = "emergency"
"""Signs emergencies sent over MQTT; its key is named in the root metadata (EMERGENCY_FIELD),
so a station trusts it through the root it pins and follows its rotation like the others."""
ROLES = (*TUF_ROLES, EMERGENCY)
EMERGENCY_FIELD = "x-broadcaster-emergency"


class UpstreamError(BroadcasterError):
    """Publishing or syncing refused, in one sentence."""


class Unreachable(UpstreamError):
    """The office could not be reached (the network, or its server is off): nothing it sent
    was refused, and the station tries again by itself."""


def keys_outside(keys: Path, repo: Path) -> None:
    """Refuses a keys folder inside the repository: the web server would serve the private
    keys to anyone (publish checks it each time, `office init` before saving)."""
    if keys.resolve().is_relative_to(repo.resolve()):
        raise UpstreamError(
            _("the keys folder is inside the repository {repo}, which is served to everyone: "
              "move the keys elsewhere").format(repo=repo)
        )  # fmt: skip


def pinned_root(metadata: Path) -> bytes | None:
    """The newest root the station has verified, as stored (None when it trusts none yet).
    `trust` pins root.json; a sync (python-tuf) keeps each verified root in root_history/ and
    re-points root.json at the newest by removing the link and making it again, after it
    wrote the history. So root.json is read first and the history after: a sync that removed
    root.json in between had written the history already, and a station that trusts never
    reads as trusting none (ci32: globbing the history first, then reading root.json, lost
    both to a station's first sync)."""
    try:
        pinned: bytes | None = (metadata / "root.json").read_bytes()
    except FileNotFoundError:
        pinned = None
    history = sorted(
        (int(path.name.split(".")[0]), path)
        for path in (metadata / "root_history").glob("*.root.json")
        if path.name.split(".")[0].isdigit()
    )
    return history[-1][1].read_bytes() if history else pinned
