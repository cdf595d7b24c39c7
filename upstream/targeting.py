"""Who a campaign or an emergency is for: everyone, or some groups and stations.

The office names its audience with group names and station fingerprints; what it signs is
group names and station key ids (the sha256 of a station's public key, which no two stations
share). Group membership comes from the office's register of approved stations (the groups
given at `office station approve`) and is published beside the campaigns as a signed target,
`groups.json`: the station reads which groups hold its key id from metadata signed by the
office's targets key, exactly as it reads the campaigns. A station cannot be talked into a
campaign that is not for it (the audience and the membership are both covered by TUF's hashes
and signatures), and nobody needs to tell a station its groups by hand: moving a station to
another group at the office takes effect at the next publication.

    groups.json     {"groups": {group name: [station key id, ...]}}
    manifest "to"   null (everyone) | {"groups": [name, ...], "stations": [key id, ...]}
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from common.i18n import _, ngettext

from . import UpstreamError

GROUPS = "groups.json"
KEY_ID = re.compile(r"^[0-9a-f]{64}$")
MAX_NAMES = 10_000
"""Entries in an audience or a group: more than a province has communes."""


@dataclass(frozen=True)
class Audience:
    """Who a publication is for; `everyone` when both are empty."""

    groups: tuple[str, ...] = ()
    stations: tuple[str, ...] = ()
    """Station key ids."""

    @property
    def everyone(self) -> bool:
        return not self.groups and not self.stations

    def to_json(self) -> dict[str, list[str]] | None:
        if self.everyone:
            return None
        return {"groups": sorted(self.groups), "stations": sorted(self.stations)}

    def reaches(self, key_id: str, membership: Mapping[str, Iterable[str]]) -> bool:
        """True if the station with `key_id` is in the audience, by name or by a group."""
        if self.everyone or key_id in self.stations:
            return True
        return any(key_id in membership.get(group, ()) for group in self.groups)

    def members(self, membership: Mapping[str, Iterable[str]]) -> set[str]:
        """The key ids of every station named or in a named group (not for `everyone`)."""
        found = set(self.stations)
        for group in self.groups:
            found.update(membership.get(group, ()))
        return found

    def describe(self, names: Mapping[str, str] | None = None) -> str:
        """The groups, then the stations by the names given (key id → commune); a station
        not named is counted, never shown by its key id, which no person reads (o14web F6)."""
        if self.everyone:
            return _("every station")
        named = [names[s] for s in self.stations if names and s in names]
        rest = len(self.stations) - len(named)
        counted = [ngettext("{n} station", "{n} stations", rest).format(n=rest)] if rest else []
        return ", ".join([*self.groups, *sorted(named), *counted])


def _names(value: Any, what: str, pattern: re.Pattern[str] | None = None) -> tuple[str, ...]:
    if not isinstance(value, list) or len(value) > MAX_NAMES:
        raise UpstreamError(_("{what} must be a list").format(what=what))
    for item in value:
        if not isinstance(item, str) or not 1 <= len(item) <= 100:
            raise UpstreamError(_("{what} holds something that is not a name").format(what=what))
        if pattern and not pattern.match(item):
            raise UpstreamError(
                _("{what} holds '{name}', which is not a station key id").format(
                    what=what, name=item
                )
            )
    return tuple(value)


def read_audience(value: Any, where: str) -> Audience:
    """The signed audience of a manifest or an emergency (null: everyone), checked."""
    if value is None:
        return Audience()
    if not isinstance(value, dict) or set(value) != {"groups", "stations"}:
        raise UpstreamError(
            _("{where}: its audience must hold exactly groups and stations").format(where=where)
        )
    return Audience(
        _names(value["groups"], _("{where}: its groups").format(where=where)),
        _names(value["stations"], _("{where}: its stations").format(where=where), KEY_ID),
    )


def groups_file(membership: Mapping[str, Iterable[str]]) -> bytes:
    """What the office publishes as groups.json."""
    return json.dumps(
        {"groups": {name: sorted(keys) for name, keys in sorted(membership.items())}}, indent=1
    ).encode()


def read_groups(data: bytes) -> dict[str, tuple[str, ...]]:
    """Group name → station key ids, from the signed groups.json, checked."""
    try:
        raw = json.loads(data)
    except (ValueError, RecursionError):
        raw = None
    groups = raw.get("groups") if isinstance(raw, dict) else None
    if not isinstance(groups, dict) or len(groups) > MAX_NAMES:
        raise UpstreamError(_("the upstream's groups.json does not list groups"))
    where = _("the upstream's groups.json")
    return {
        name: _names(keys, f"{where}: {name}", KEY_ID)
        for name, keys in groups.items()
        if _names([name], where)
    }
