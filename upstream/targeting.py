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

    groups.json     {"groups": {group name: [station key id, ...]},
                     "replaced": {approved station's key id: [its older key ids, ...]}}
    manifest "to"   null (everyone) | {"groups": [name, ...], "stations": [key id, ...]}

A commune that made a new key (`enrol --new-key`) still airs what the office sent its old
key. Which old keys are its own the station reads from "replaced", the links the office
approved (review14 #7): a key set aside on the disk that they do not name is another
commune's (a PC imaged from it). Until the office publishes after approving the new key, the
file does not name it, and the station counts the old key that vouched for the new one at
enrolment (and what the file says that one replaced); a file without "replaced" (an office
before this version) leaves every key it set aside counted, as before. Either way a commune
never stops airing its own campaigns for want of a publication.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping, Sequence
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

    def describe(
        self,
        names: Mapping[str, str] | None = None,
        members: Mapping[str, Sequence[str]] | None = None,
    ) -> str:
        """The groups, each with its communes (`members`: group → the communes' names, when
        known), then the stations by the names given (key id → commune and its code's first
        digits); a station not named is counted, never shown by its key id, which no person
        reads (o14web F6). A group and a commune of one name read apart: "nhóm Sơn Thủy (Tân
        Lập)", "xã Sơn Thủy (97959)" (o19web7 W5: both read "Sơn Thủy")."""
        if self.everyone:
            return _("every station")
        groups = [group_said(group, (members or {}).get(group)) for group in self.groups]
        named = [commune_said(names[s]) for s in self.stations if names and s in names]
        rest = len(self.stations) - len(named)
        counted = [ngettext("{n} station", "{n} stations", rest).format(n=rest)] if rest else []
        return ", ".join([*groups, *sorted(named), *counted])


LISTED_MEMBERS = 5
"""A group's communes named after it up to this many; more are counted."""
UNITS = ("xã ", "phường ", "thị trấn ", "đặc khu ")
"""How a commune's name may already begin (the pages keep the name as enrolled)."""


def group_said(group: str, communes: Sequence[str] | None = None) -> str:
    """'nhóm Sơn Thủy (Tân Lập)': a group as whom something is for, with its communes when
    known, never read as the commune of that name."""
    if communes is None:  # `publish --list` without the office's database
        return _("group {group}").format(group=group)
    said = ", ".join(sorted(communes)) if len(communes) <= LISTED_MEMBERS else ngettext(
        "{n} station", "{n} stations", len(communes)).format(n=len(communes))  # fmt: skip
    return _("group {group} ({communes})").format(group=group, communes=said)


def commune_said(name: str) -> str:
    """'xã Sơn Thủy (97959)': a commune as whom something is for, apart from a group."""
    if name.casefold().startswith(UNITS):
        return name
    return _("commune {commune}").format(commune=name)


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


def groups_file(
    membership: Mapping[str, Iterable[str]], replaced: Mapping[str, Sequence[str]] | None = None
) -> bytes:
    """What the office publishes as groups.json."""
    body: dict[str, Any] = {
        "groups": {name: sorted(keys) for name, keys in sorted(membership.items())}
    }
    if replaced is not None:
        body["replaced"] = {key: list(old) for key, old in sorted(replaced.items())}
    return json.dumps(body, indent=1).encode()


def _groups_json(data: bytes) -> Any:
    try:
        return json.loads(data)
    except (ValueError, RecursionError):
        return None


def read_replaced(data: bytes) -> dict[str, tuple[str, ...]] | None:
    """Approved station's key id → the older keys of its log, from the signed groups.json,
    checked; None when the office published none (before this version)."""
    raw = _groups_json(data)
    if not isinstance(raw, dict) or "replaced" not in raw:
        return None
    links = raw["replaced"]
    where = _("the upstream's groups.json: its replaced keys")
    if not isinstance(links, dict) or len(links) > MAX_NAMES:
        raise UpstreamError(_("{what} must be a list").format(what=where))
    return {
        key: _names(old, where, KEY_ID)
        for key, old in links.items()
        if _names([key], where, KEY_ID)
    }


def own_keys(keys: Sequence[str], replaced: Mapping[str, Sequence[str]] | None) -> tuple[str, ...]:
    """The key ids campaigns may name for this station: `keys` is its key, then those it set
    aside, newest first. Of those set aside, it counts the ones the office's signed links
    say its key replaced; while they do not name its key yet (waiting for approval, or no
    publication since), the newest, which vouched for it at the office, and what that one
    replaced, as long as the links still list it as trusted: a revoked key (a stolen PC
    enrolling a new key it made) airs nothing of the commune's (review15 #5); every one
    when the office publishes no links (before this version)."""
    current, *aside = keys
    if replaced is None:
        return tuple(keys)
    if current in replaced:
        mine = set(replaced[current])
    else:
        trusted = aside and aside[0] in replaced  # the links list every trusted station
        mine = {aside[0], *replaced[aside[0]]} if trusted else set()
    return (current, *(key for key in aside if key in mine))


def read_groups(data: bytes) -> dict[str, tuple[str, ...]]:
    """Group name → station key ids, from the signed groups.json, checked."""
    raw = _groups_json(data)
    groups = raw.get("groups") if isinstance(raw, dict) else None
    if not isinstance(groups, dict) or len(groups) > MAX_NAMES:
        raise UpstreamError(_("the upstream's groups.json does not list groups"))
    where = _("the upstream's groups.json")
    return {
        name: _names(keys, f"{where}: {name}", KEY_ID)
        for name, keys in groups.items()
        if _names([name], where)
    }
