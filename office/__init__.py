"""What runs at the upstream office: the collector of the stations' signed airing logs
(PostgreSQL), the register of stations and their groups, and the fleet reports."""

from __future__ import annotations

from common.errors import BroadcasterError


class OfficeError(BroadcasterError):
    """Something the office refuses or cannot do, in one sentence."""
