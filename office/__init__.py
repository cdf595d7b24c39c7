"""What runs at the upstream office: the collector of the stations' signed airing logs
(PostgreSQL), the register of stations and their groups, and the fleet reports."""

from __future__ import annotations

from collections.abc import Sequence
from zoneinfo import ZoneInfo

from common.errors import BroadcasterError

OFFICE_ZONE = ZoneInfo("Asia/Ho_Chi_Minh")
"""The office's reports and messages are in Vietnam's time."""


class OfficeError(BroadcasterError):
    """Something the office refuses or cannot do, in one sentence."""


class DatabaseDown(OfficeError):
    """The office's database cannot be opened (PostgreSQL stopped, the disk full…)."""


class SentAlready(OfficeError):
    """The same emergency was sent a moment ago; the door says how to send it again."""

    def __init__(self, message: str, first_id: str) -> None:
        super().__init__(message)
        self.first_id = first_id


class NoSuchEmergency(OfficeError):
    """No emergency has the id `id`: the console says where to look in its own words, not
    the terminal's command (o21web9 Y6)."""

    def __init__(self, message: str, message_id: str) -> None:
        super().__init__(message)
        self.id = message_id


class UnknownGroup(OfficeError):
    """A group named to put a station in that does not exist, and was not asked to be made.
    `first`: no group exists yet, and the sentence already names --new-group."""

    def __init__(
        self, message: str, first: bool = False, group: str = "", known: Sequence[str] = ()
    ) -> None:
        super().__init__(message)
        self.first = first
        self.group, self.known = group, list(known)  # a console words it for its own form


class GroupsLeft(OfficeError):
    """A station's new key approved into no group while its old key was in some: it would
    drop out of its groups' campaigns and emergencies unseen (o14web F4). The door offers
    `groups` and a way to say "no group" knowingly."""

    def __init__(self, message: str, old: str, groups: Sequence[str]) -> None:
        super().__init__(message)
        self.old, self.groups = old, list(groups)
