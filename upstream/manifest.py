"""What a campaign bundle says, in one place: the office writes manifests here, and a station
reads them here, checking everything the way a local file is checked (ids, priorities, dates,
repeats, text present and of sane size, file names inside the campaign) before it stores
anything. A signature proves who wrote a manifest, not that it is sane: a buggy or
compromised office must not be able to crash a station or slip in what a local file could not.

    index.json                                 {"campaigns": {campaign: manifest path}}
    campaigns/<campaign>/manifest.json         {"campaign", "announcements", "schedule", "jingles",
                                                "to" (who it is for: upstream/targeting.py)}
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from announcements.limits import InputLimits
from announcements.script import AUDIO_SUFFIXES, Script, canonical_text, script_from_fields
from common.errors import BroadcasterError
from common.i18n import N_, _, translations

from . import UpstreamError
from .targeting import Audience, read_audience

INDEX = "index.json"
JINGLE_ROLES = ("intro", "outro", "bridge")
ENTRY_KEYS = frozenset(
    ("id", "title", "priority", "repeat", "valid_from", "valid_until", "voice", "text", "audio",
     "content_sha256", "version")
)  # fmt: skip
OPTIONAL_ENTRY_KEYS = frozenset(("campaign_title",))
"""Left out of an entry when empty, so a campaign without them reads on older stations."""
MANIFEST_KEYS = frozenset(("campaign", "announcements", "schedule", "jingles"))
AUDIENCE = "to"
"""Who the campaign is for; a manifest from an office before targeting has no such key."""
MAX_ANNOUNCEMENTS = 500
"""Per campaign: far more than any office sends, few enough to check in a blink."""
MANIFEST_TEXTS = 32
"""A manifest may weigh as much as this many scripts at the station's text limit."""
CAMPAIGN = re.compile(r"^[a-z0-9][a-z0-9-]{0,63}$")
SHA256 = re.compile(r"^[0-9a-f]{64}$")


def manifest_path(campaign: str) -> str:
    return f"campaigns/{campaign}/manifest.json"


def audio_path(campaign: str, sha256: str, suffix: str) -> str:
    return f"campaigns/{campaign}/audio/{sha256}{suffix}"


def jingle_path(campaign: str, role: str, suffix: str) -> str:
    return f"campaigns/{campaign}/jingles/{role}{suffix}"


def schedule_path(campaign: str) -> str:
    return f"campaigns/{campaign}/schedule.toml"


def entry(script: Script, audio: str | None, version: int) -> dict[str, Any]:
    """The manifest entry the office publishes for one announcement."""
    fields = {
        "id": script.id,
        **script.fields(),
        "text": script.text,
        "audio": audio,
        "content_sha256": script.content_sha256(),
        "version": version,
    }
    return {k: v for k, v in fields.items() if k not in OPTIONAL_ENTRY_KEYS or v is not None}


def max_json_bytes(limits: InputLimits) -> int:
    return MANIFEST_TEXTS * limits.max_text_bytes


# ----- the station's side ------------------------------------------------------------------------
@dataclass(frozen=True)
class Entry:
    """One announcement as the upstream publishes it, checked."""

    script: Script
    """Its recording, if any, is the target name until the file is downloaded."""
    audio: str | None
    version: int
    content_sha256: str


@dataclass(frozen=True)
class Manifest:
    campaign: str
    entries: tuple[Entry, ...]
    schedule: str | None
    jingles: dict[str, str]
    audience: Audience = field(default_factory=Audience)

    @property
    def title(self) -> str | None:
        """The campaign's title, as its notices carry it."""
        return next((e.script.campaign_title for e in self.entries
                     if e.script.campaign_title), None)  # fmt: skip

    def refusal(self, reason: str) -> Refused:
        """This campaign refused for `reason` (its audio, its schedule, an id another campaign
        also publishes), naming every notice it carries."""
        return Refused(self.campaign, self.title, reason, tuple(e.script.id for e in self.entries))

    def target_names(self) -> list[str]:
        """Every file the manifest names, all inside its campaign's folder."""
        names = [e.audio for e in self.entries if e.audio] + list(self.jingles.values())
        return [*names, self.schedule] if self.schedule else names


def _json(data: bytes, refusal: str) -> Any:
    try:
        return json.loads(data)
    except (ValueError, RecursionError):
        raise UpstreamError(refusal) from None


def read_index(data: bytes) -> dict[str, str]:
    """campaign → manifest path, or a refusal saying what is wrong."""
    index = _json(data, _("the upstream's index is not valid JSON"))
    campaigns = index.get("campaigns") if isinstance(index, dict) else None
    if not isinstance(campaigns, dict):
        raise UpstreamError(_("the upstream's index does not list campaigns"))
    for campaign, path in campaigns.items():
        if not CAMPAIGN.match(campaign) or path != manifest_path(campaign):
            raise UpstreamError(
                _(
                    "the upstream's index names campaign '{campaign}' at '{path}', which is not "
                    "allowed"
                ).format(campaign=campaign, path=path)
            )
    return campaigns


def read_manifest(campaign: str, data: bytes, limits: InputLimits) -> Manifest:
    """Every field checked like a local file's; one bad entry refuses the whole manifest."""
    where = _("the upstream's manifest of campaign '{campaign}'").format(campaign=campaign)
    raw = _json(data, _("{where}: it is not valid JSON").format(where=where))

    def refuse(reason: str) -> UpstreamError:
        return UpstreamError(f"{where}: {reason}")

    if not isinstance(raw, dict) or set(raw) - {AUDIENCE} != MANIFEST_KEYS:
        raise refuse(_("it must hold exactly {keys}").format(keys=", ".join(sorted(MANIFEST_KEYS))))
    if raw["campaign"] != campaign:
        raise refuse(_("it says it is campaign '{other}'").format(other=raw["campaign"]))
    entries = raw["announcements"]
    if not isinstance(entries, list) or len(entries) > MAX_ANNOUNCEMENTS:
        limit = _("its announcements must be a list of at most {n}")
        raise refuse(limit.format(n=MAX_ANNOUNCEMENTS))
    if raw["schedule"] not in (None, schedule_path(campaign)):
        raise refuse(_("its schedule '{name}' is not allowed").format(name=raw["schedule"]))
    jingles = raw["jingles"]
    if not isinstance(jingles, dict) or any(
        role not in JINGLE_ROLES
        or not isinstance(path, str)
        or path not in {jingle_path(campaign, role, s) for s in AUDIO_SUFFIXES}
        for role, path in jingles.items()
    ):
        raise refuse(_("its jingles must be intro, outro or bridge audio files of the campaign"))
    checked = tuple(_entry(campaign, n, item, limits) for n, item in enumerate(entries, start=1))
    ids = [e.script.id for e in checked]
    repeated = sorted({i for i in ids if ids.count(i) > 1})
    if repeated:
        raise refuse(_("announcement id '{id}' is given twice").format(id=repeated[0]))
    audience = read_audience(raw.get(AUDIENCE), where)
    return Manifest(campaign, checked, raw["schedule"], dict(jingles), audience)


MAX_REFUSED = 100
"""Refused campaigns a push tells the office at most (a station follows a few campaigns)."""
MAX_REFUSED_REASON = 2000
"""A refusal's reason as the office is told it, at most, in characters."""
MAX_CAMPAIGN_TITLE = 300
"""A campaign's title as a refusal names it, at most, in characters."""


def clipped(text: str, limit: int) -> str:
    """`text` cut to `limit` characters, an ellipsis saying it was."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


@dataclass(frozen=True)
class Refused:
    """A campaign the station does not take (its manifest, a file of it, or a notice in it
    fails the station's checks), and why: the other campaigns are taken all the same."""

    campaign: str
    title: str | None
    """Its `campaign_title`, when the manifest gives one that can be read."""
    reason: str
    ids: tuple[str, ...] | None = None
    """The ids of the notices its manifest names, read even though it fails the checks: a
    notice the office moved into it from another campaign is kept, not retired as withdrawn
    (review20 #1); None when the manifest cannot be read that far, and then the station
    cannot tell a withdrawal from a move."""

    def to_json(self) -> dict[str, str | None]:
        """What the office is told (its collector takes exactly these keys), within the
        bounds it keeps (review20 #6: beyond them it refused the whole log)."""
        return {"campaign": self.campaign, "title": self.title,
                "reason": clipped(self.reason, MAX_REFUSED_REASON)}  # fmt: skip

    def kept(self) -> dict[str, Any]:
        """What the station keeps of it between syncs, the ids with it."""
        return {**self.to_json(), "ids": None if self.ids is None else list(self.ids)}

    @classmethod
    def from_kept(cls, kept: dict[str, Any]) -> Refused:
        """A refusal as `kept` stored it (one stored before the ids were kept has none)."""
        ids = kept.get("ids")
        return cls(kept["campaign"], kept["title"], kept["reason"],
                   None if ids is None else tuple(ids))  # fmt: skip


def refusal(campaign: str, data: bytes, reason: str) -> Refused:
    """The refusal of `campaign`, titled by what its manifest (`data`) says if it can, with
    the ids of the notices it names if every notice given as a table names one."""
    try:
        entries = json.loads(data)["announcements"]
        if not isinstance(entries, list):
            raise TypeError(entries)
    except (ValueError, RecursionError, TypeError, KeyError):
        return Refused(campaign, None, reason)
    notices = [e for e in entries if isinstance(e, dict)]
    titles = [e.get("campaign_title") for e in notices]
    named = [t.strip() for t in titles
             if isinstance(t, str) and t.strip() and len(t) <= MAX_CAMPAIGN_TITLE]  # fmt: skip
    ids = [e.get("id") for e in notices]
    known = all(isinstance(i, str) for i in ids)
    return Refused(campaign, named[0] if named else None, reason,
                   tuple(str(i) for i in ids) if known else None)  # fmt: skip


def audience_of(campaign: str, data: bytes) -> Audience | None:
    """Who a manifest that failed its checks is for, if that much can be read: a refused
    campaign meant for other communes is none of this station's business."""
    try:
        raw = json.loads(data)
        if isinstance(raw, dict):
            return read_audience(raw.get(AUDIENCE), campaign)
    except (ValueError, RecursionError, UpstreamError):
        pass
    return None


def named_campaign(campaign: str, title: str | None) -> str:
    """A campaign as people tell it apart: “its title” (its code), else its code; the
    station's sentences and the office's pages name a refused campaign alike."""
    if not title:
        return campaign
    return _("“{title}” ({campaign})").format(title=title, campaign=campaign)


WHERE = N_("upstream campaign '{campaign}', announcement {n}")
WHERE_TITLED = N_("upstream campaign '{campaign}', announcement {n} (“{title}”)")
"""Where in a campaign a notice's fault is, as the station says it: the office reads it back
from a refusal to name the file it published that notice from (office.fleet.refusal_said)."""
WITHIN = N_("announcement {n}")
WITHIN_TITLED = N_("announcement {n} (“{title}”)")
"""The same, in a sentence that has named the campaign already (o21lan10 N7: the station's
refusal said it twice, the second time by its code in straight quotes)."""


def located(campaign: str, reason: str) -> tuple[int, str | None, str] | None:
    """(the notice's number, its title, what follows) when `reason` starts by saying where
    in `campaign` the fault is (WHERE), in Vietnamese or English: a reason stored or sent by
    any station reads back the same."""
    for code in ("vi", "en"):
        for label in (WHERE_TITLED, WHERE):
            pattern = (re.escape(translations(code).gettext(label))
                       .replace(re.escape("{campaign}"), re.escape(campaign))
                       .replace(re.escape("{n}"), r"(?P<n>\d+)")
                       .replace(re.escape("{title}"), "(?P<title>[^\n]*?)"))  # fmt: skip
            found = re.match(pattern + ": ", reason)
            if found:
                return int(found["n"]), found.groupdict().get("title"), reason[found.end() :]
    return None


def within(campaign: str, reason: str) -> str:
    """`reason` without its campaign, for a sentence that named the campaign already."""
    if (found := located(campaign, reason)) is None:
        return reason
    n, title, rest = found
    where = _(WITHIN_TITLED).format(n=n, title=title) if title else _(WITHIN).format(n=n)
    return f"{where}: {rest}"


def _entry(campaign: str, n: int, item: Any, limits: InputLimits) -> Entry:
    title = item.get("title") if isinstance(item, dict) else None
    where = (
        _(WHERE_TITLED).format(campaign=campaign, n=n, title=title)
        if isinstance(title, str) and title.strip() and "\n" not in title and len(title) <= 300
        else _(WHERE).format(campaign=campaign, n=n)
    )  # fmt: skip
    keys = set(item) if isinstance(item, dict) else set()
    if not isinstance(item, dict) or not ENTRY_KEYS <= keys <= ENTRY_KEYS | OPTIONAL_ENTRY_KEYS:
        optional = [f"[{k}]" for k in sorted(OPTIONAL_ENTRY_KEYS)]
        raise UpstreamError(
            _("{where}: it must hold exactly {keys}").format(
                where=where, keys=", ".join([*sorted(ENTRY_KEYS), *optional])
            )
        )
    version, sha, audio = item["version"], item["content_sha256"], item["audio"]
    if type(version) is not int or version < 1:
        raise UpstreamError(_("{where}: version must be a whole number from 1").format(where=where))
    if not isinstance(sha, str) or not SHA256.match(sha):
        raise UpstreamError(_("{where}: content_sha256 is not a SHA-256").format(where=where))
    if audio is not None and audio not in {audio_path(campaign, sha, s) for s in AUDIO_SUFFIXES}:
        raise UpstreamError(
            _("{where}: audio '{name}' is not an audio file of the campaign").format(
                where=where, name=audio
            )
        )
    if item["title"] is None:
        raise UpstreamError(_("{where}: the title is missing").format(where=where))
    try:
        script = script_from_fields(
            {k: item[k] for k in ("id", "title", "priority", "repeat", "valid_from",
                                  "valid_until", "voice")}
            | {"campaign": campaign, "campaign_title": item.get("campaign_title")},
            where, text=item["text"], recording=Path(audio) if audio else None,
            source=Path(f"upstream:{campaign}"), default_id="", default_title="", limits=limits,
        )  # fmt: skip
    except BroadcasterError as e:
        raise UpstreamError(str(e)) from None
    if (
        audio is None
        and hashlib.sha256(canonical_text(script.text or "").encode()).hexdigest() != sha
    ):
        raise UpstreamError(
            _("{where}: content_sha256 does not match the text").format(where=where)
        )
    return Entry(script, audio, version, sha)
