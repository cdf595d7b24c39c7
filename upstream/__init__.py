"""Upstream offices: campaign bundles signed with The Update Framework, and their sync.

This package root stays light (no cryptography imports) so the command line starts fast.
"""

from common.errors import BroadcasterError

ROLES = ("root", "targets", "snapshot", "timestamp")


class UpstreamError(BroadcasterError):
    """Publishing or syncing refused, in one sentence."""
