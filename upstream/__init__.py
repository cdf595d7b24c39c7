"""Upstream offices: campaign bundles signed with The Update Framework, and their sync."""
