"""Upstream offices: campaign bundles signed with The Update Framework, and their sync.

This package root stays light (no cryptography imports) so the command line starts fast.
"""

ROLES = ("root", "targets", "snapshot", "timestamp")


class UpstreamError(Exception):
    """Publishing or syncing refused, in one sentence."""
