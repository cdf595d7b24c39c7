"""Upstream offices: campaign bundles signed with The Update Framework, and their sync.

This package root stays light (no cryptography imports) so the command line starts fast.
"""

from common.errors import BroadcasterError

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
