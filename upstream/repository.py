"""The upstream office's side: campaign bundles published as a TUF repository.

The repository is a folder any static web server (nginx) can serve, or that can be copied
to a USB stick. Consistent snapshots are on: every metadata version and every target keep
their own file name, so a station syncing during a publish never mixes versions, and all
`N.root.json` stay for key rotation. Files are written before the metadata that names them,
and `timestamp.json` last, each by temp file + rename.

Layout of the signed targets:
    index.json                               campaign → manifest path
    campaigns/<campaign>/manifest.json       its announcements (id, version, text or audio…)
    campaigns/<campaign>/audio/<sha256>.<ext>
    campaigns/<campaign>/schedule.toml       a suggested schedule, if the folder has one
    campaigns/<campaign>/jingles/<role>.<ext>  its jingles, if the folder has jingles/
"""

from __future__ import annotations

import hashlib
import json
import tomllib
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from tuf.api.metadata import (
    SPECIFICATION_VERSION,
    Metadata,
    MetaFile,
    Root,
    Snapshot,
    TargetFile,
    Targets,
    Timestamp,
)
from tuf.api.serialization import DeserializationError
from tuf.api.serialization.json import JSONSerializer

from announcements.limits import DEFAULT_LIMITS, InputLimits
from announcements.normalize import Reader
from announcements.script import SCRIPT_SUFFIXES, Script, read_script
from broadcaster.schedule import read_schedule, read_schedule_file
from common.errors import BroadcasterError
from common.files import tighten_umask, write_atomic
from common.i18n import _
from common.localtime import clock_text, local_text
from common.plain_text import slug
from office import OFFICE_ZONE
from schedules.slots import Slot, slots_meet

from . import EMERGENCY, ROLES, TUF_ROLES, UpstreamError, keys_outside
from .campaign import CampaignContent, CampaignFolder, listing
from .keys import name_emergency_key, new_key, public_key, signer
from .manifest import (
    AUDIENCE,
    CAMPAIGN,
    INDEX,
    audio_path,
    entry,
    jingle_path,
    manifest_path,
    max_json_bytes,
    read_index,
    read_manifest,
    schedule_path,
)
from .targeting import GROUPS, Audience, groups_file, read_audience

EXPIRY_DAYS = {"root": 365, "targets": 120, "snapshot": 120, "timestamp": 45}
"""A station fed by USB stick once a month must still find the metadata valid."""


@dataclass(frozen=True)
class Change:
    """What a publication did to one announcement, for the office to read."""

    campaign: str
    id: str
    version: int
    change: str
    """new | updated (a new version) | unchanged | withdrawn"""


@dataclass(frozen=True)
class PublishedCampaign:
    """One campaign as the repository's signed history tells it."""

    campaign: str
    at: datetime
    """When it was last published with a change (or withdrawn)."""
    withdrawn: bool
    announcements: list[dict[str, Any]]
    """As last published: id, title, version…"""
    audience: Audience
    digest: str
    """Of its manifest: a publication that changed nothing keeps the same."""
    version: int
    """How many publications changed it (what is heard, or whom it is for)."""


def _write(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    write_atomic(path, data)


def _dump(md: Metadata[Any]) -> bytes:
    return md.to_bytes(JSONSerializer(compact=False))


def _readable_slots(schedule: bytes | None, campaign: str, now: datetime) -> list[Slot]:
    """The slots of a campaign's schedule (none: it has none, or a station refuses it, as
    `_check_as_a_station` says, or its rules tightened since it was published)."""
    if schedule is None:
        return []
    try:
        return read_schedule(schedule, schedule_path(campaign), now, campaign)
    except BroadcasterError:
        return []


def _share(one: Audience, other: Audience, membership: dict[str, list[str]] | None) -> bool:
    """Whether a station may take both audiences' campaigns (the groups' members known from
    `membership`, else a group or station both name)."""
    if one.everyone or other.everyone:
        return True
    if membership is not None and one.members(membership) & other.members(membership):
        return True
    return bool(set(one.groups) & set(other.groups) or set(one.stations) & set(other.stations))


def _slot_said(slot: Slot) -> str:
    """A proposed slot's time as the office reads it: "06:30, T2–T6, up to 10 minutes"."""
    said = f"{clock_text(slot.at)}, {slot.days_said}"
    if slot.max_minutes:
        said += ", " + _("max {minutes:g} min").format(minutes=slot.max_minutes)
    return said


def slot_names(schedule: bytes | None) -> list[str]:
    """The slot names of a schedule.toml already checked as a station checks it."""
    if schedule is None:
        return []
    return [str(slot.get("name")) for slot in tomllib.loads(schedule.decode()).get("slot", [])]


@dataclass
class Repository:
    keys: Path
    root_dir: Path
    """The folder to serve: metadata/ and targets/."""

    def __post_init__(self) -> None:
        tighten_umask()  # the served folder: nobody else may change what stations fetch
        self._pending: list[tuple[Path, bytes]] = []
        """Targets signed, written with the metadata that names them (_sign_and_write)."""

    @property
    def metadata(self) -> Path:
        return self.root_dir / "metadata"

    @property
    def targets_dir(self) -> Path:
        return self.root_dir / "targets"

    def _load(self, name: str) -> Metadata[Any]:
        """Signed metadata of this repository; a file that is missing stays FileNotFoundError,
        a damaged one is refused in one sentence."""
        data = (self.metadata / name).read_bytes()
        try:
            return Metadata.from_bytes(data)
        except DeserializationError:
            raise UpstreamError(
                _("{path} is damaged: it is not TUF metadata").format(path=self.metadata / name)
            ) from None

    def current_root(self) -> Metadata[Root]:
        try:
            root = self._load("root.json")
        except FileNotFoundError:
            raise UpstreamError(
                _("{repo} is not a repository (it has no metadata/root.json)").format(
                    repo=self.root_dir
                )
            ) from None
        if not isinstance(root.signed, Root):
            raise UpstreamError(
                _("{path} is damaged: it is not root metadata").format(
                    path=self.metadata / "root.json"
                )
            )
        return root

    def create(self, now: datetime) -> Metadata[Root]:
        """A new repository trusting the public keys in the keys folder: the four of TUF,
        and the emergency key (named in the root, when the folder has one)."""
        if (self.metadata / "1.root.json").exists():
            raise UpstreamError(
                _("{folder} already holds a repository").format(folder=self.root_dir)
            )
        root = Metadata(
            Root(expires=now + timedelta(days=EXPIRY_DAYS["root"]), consistent_snapshot=True)
        )
        for role in TUF_ROLES:
            root.signed.add_key(public_key(self.keys, role), role)
        if (self.keys / f"{EMERGENCY}.pub.json").exists():
            name_emergency_key(root.signed, public_key(self.keys, EMERGENCY))
        root.sign(signer(self.keys, "root"))
        self._write_root(root)
        return root

    def _write_root(self, root: Metadata[Root]) -> None:
        data = _dump(root)
        _write(self.metadata / f"{root.signed.version}.root.json", data)
        _write(self.metadata / "root.json", data)

    def rotate(self, role: str, now: datetime) -> Metadata[Root]:
        """Replace `role`'s key: a new root version, signed by the old root key and (when the
        root key itself changes) by the new one, so stations follow the chain of roots. The
        emergency key is rotated the same way (and added so to a repository made before
        emergencies)."""
        if role not in ROLES:
            raise UpstreamError(
                _("role '{role}' is not one of {known}").format(role=role, known=", ".join(ROLES))
            )
        root = self.current_root()
        old_root_signer = signer(self.keys, "root")
        if old_root_signer.public_key.keyid not in root.signed.roles["root"].keyids:
            raise UpstreamError(
                _("the root key in {keys} is not the root key of {repo}: nothing changed").format(
                    keys=self.keys, repo=self.root_dir
                )
            )
        if role == EMERGENCY:
            name_emergency_key(root.signed, new_key(self.keys, role))
        else:
            for keyid in list(root.signed.roles[role].keyids):
                root.signed.revoke_key(keyid, role)
            root.signed.add_key(new_key(self.keys, role), role)
        root.signed.version += 1
        root.signed.expires = now + timedelta(days=EXPIRY_DAYS["root"])
        root.signatures.clear()
        root.sign(old_root_signer, append=True)
        if role == "root":
            root.sign(signer(self.keys, "root"), append=True)
        self._write_root(root)
        return root

    # ----- publishing ----------
    def _current_targets(self) -> Metadata[Targets] | None:
        try:
            snapshot_version = self._load("timestamp.json").signed.snapshot_meta.version
            snapshot = self._load(f"{snapshot_version}.snapshot.json")
            version = snapshot.signed.meta["targets.json"].version
            return self._load(f"{version}.targets.json")
        except FileNotFoundError:
            return None

    def _previous(self, targets: Metadata[Targets] | None, path: str) -> bytes:
        """A file of the last publication, as signed."""
        if targets is None or path not in targets.signed.targets:
            raise UpstreamError(
                _("the repository {repo} is damaged: its signed targets do not list {path}").format(
                    repo=self.root_dir, path=path
                )
            )
        digest = targets.signed.targets[path].hashes["sha256"]
        folder, _sep, name = path.rpartition("/")
        try:
            return (self.targets_dir / folder / f"{digest}.{name}").read_bytes()
        except FileNotFoundError:
            raise UpstreamError(
                _("the repository {repo} is damaged: {path} is missing").format(
                    repo=self.root_dir, path=path
                )
            ) from None

    def _add_target(self, targets: Targets, path: str, data: bytes) -> None:
        """Sign `data`'s length and hash, and keep it to be stored under its
        consistent-snapshot name once the whole publication has passed its checks."""
        digest = hashlib.sha256(data).hexdigest()
        folder, _sep, name = path.rpartition("/")
        self._pending.append((self.targets_dir / folder / f"{digest}.{name}", data))
        targets.targets[path] = TargetFile(len(data), {"sha256": digest}, path)

    def _check_as_a_station(
        self,
        campaign: str,
        data: bytes,
        content: CampaignContent,
        now: datetime,
        limits: InputLimits,
    ) -> None:
        """Run on what is about to be signed the very checks a station runs on what it
        receives (its manifest reader, its size limit, its schedule reader): one campaign a
        station refuses stops that station's whole sync, in every commune, until the office
        withdraws it, so the office is told instead, naming the file and line."""
        if len(data) > max_json_bytes(limits):
            raise UpstreamError(
                _("campaign '{campaign}': its notices together take {size} KB, more than a "
                  "station takes in one campaign ({limit} KB): split them into two campaign "
                  "folders").format(campaign=campaign, size=-(-len(data) // 1024),
                                    limit=max_json_bytes(limits) // 1024)
            )  # fmt: skip
        try:
            read_manifest(campaign, data, limits)
            if content.schedule_file is not None:
                read_schedule_file(content.schedule_file, now, campaign)
        except BroadcasterError as e:
            raise UpstreamError(str(e)) from None

    def publish(
        self,
        campaigns: Sequence[Path],
        now: datetime,
        withdraw: Sequence[str] = (),
        limits: InputLimits = DEFAULT_LIMITS,
        audience: Audience | None = None,
        membership: dict[str, list[str]] | None = None,
        replaced: dict[str, list[str]] | None = None,
    ) -> list[Change]:
        """Publish campaign folders (their scripts, recordings, schedule.toml, jingles/) and
        withdraw the campaigns named in `withdraw`; every other published campaign stays as
        it is. Versions go up only when what is heard changes. Only script text, audio that
        ffmpeg decodes and a TOML schedule ever leave a campaign folder, and only from inside
        it. Returns what happened to each announcement.

        `audience` is who the published campaigns are for (None: whoever they were for
        before; a new campaign, everyone). `membership` (group → station key ids, from the
        office's register) is published as groups.json, with `replaced` (each approved
        station's key id → the older keys of its log); None keeps the last one."""
        keys_outside(self.keys, self.root_dir)
        previous = self._current_targets()
        index = read_index(self._previous(previous, INDEX)) if previous else {}
        folders: dict[str, Path] = {}
        for folder in campaigns:
            campaign = slug(folder.name)
            if not CAMPAIGN.match(campaign):
                raise UpstreamError(
                    _("{folder}: a campaign folder's name must hold letters or digits").format(
                        folder=folder
                    )
                )
            if campaign in folders or campaign in withdraw:
                raise UpstreamError(
                    _("campaign '{campaign}' is given twice").format(campaign=campaign)
                )
            folders[campaign] = folder
        for campaign in withdraw:
            if campaign not in index:
                raise UpstreamError(self._not_published(campaign))
        contents = {c: CampaignFolder(f, limits, c).read() for c, f in folders.items()}
        self._pending = []
        changing = {*folders, *withdraw}
        targets = Targets(
            version=(previous.signed.version + 1) if previous else 1,
            expires=now + timedelta(days=EXPIRY_DAYS["targets"]),
        )
        targets.targets = {
            path: info
            for path, info in (previous.signed.targets.items() if previous else ())
            if path not in (INDEX, GROUPS) and path.split("/")[1] not in changing
        }
        before = {c: self._published(previous, c) for c in index}
        changes = [
            Change(campaign, e["id"], e["version"], "withdrawn")
            for campaign in withdraw
            for e in before[campaign]
        ]
        owners = {
            e["id"]: campaign
            for campaign in index
            if campaign not in changing
            for e in before[campaign]
        }
        for campaign, content in contents.items():
            taken = [s for s in content.scripts if owners.setdefault(s.id, campaign) != campaign]
            if taken:
                raise UpstreamError(
                    _("{folder}: announcement id '{id}' is already published in campaign "
                      "'{other}'. A campaign folder copied from another keeps its ids: write a "
                      "new id: line in the front matter of {files}, and publish again").format(
                        folder=folders[campaign], id=taken[0].id, other=owners[taken[0].id],
                        files=", ".join(s.source.name for s in taken))
                )  # fmt: skip
        audiences: dict[str, Any] = {}  # each campaign published: whom it is for
        for campaign, content in contents.items():
            to = (audience.to_json() if audience is not None
                  else self._manifest(previous, campaign).get(AUDIENCE) if campaign in index
                  else None)  # fmt: skip
            audiences[campaign] = to
            changes += self._publish_campaign(
                targets, campaign, content, before.get(campaign, []), to, now, limits
            )
            index[campaign] = manifest_path(campaign)
        self._check_slot_names(previous, index, changing, contents, folders)
        self._check_slot_times(previous, index, changing, contents, now, audiences, membership)
        for campaign in withdraw:
            del index[campaign]
        self._add_target(targets, INDEX, json.dumps({"campaigns": index}, indent=1).encode())
        if membership is not None:
            self._add_target(targets, GROUPS, groups_file(membership, replaced))
        elif previous and GROUPS in previous.signed.targets:
            targets.targets[GROUPS] = previous.signed.targets[GROUPS]
        self._sign_and_write(Metadata(targets), now)  # every campaign checked: now it is written
        return changes

    def _check_slot_names(
        self,
        previous: Metadata[Targets] | None,
        index: dict[str, str],
        changing: set[str],
        contents: dict[str, CampaignContent],
        folders: dict[str, Path],
    ) -> None:
        """A slot name proposed by two campaigns is refused: a station keeps one slot per
        name, so it could accept neither (office re-trial twelve, N3)."""
        owners = {
            name: campaign
            for campaign in index
            if campaign not in changing
            for name in slot_names(self._schedule_of(previous, campaign))
        }
        for campaign, content in contents.items():
            for name in slot_names(content.schedule):
                if owners.setdefault(name, campaign) != campaign:
                    raise UpstreamError(
                        _("{folder}: slot name '{name}' is already proposed by campaign "
                          "'{other}', and a commune cannot accept two slots of one name: give "
                          "this slot another name = line in schedule.toml, and publish "
                          "again").format(folder=folders[campaign], name=name,
                                          other=owners[name])
                    )  # fmt: skip

    def _check_slot_times(
        self,
        previous: Metadata[Targets] | None,
        index: dict[str, str],
        changing: set[str],
        contents: dict[str, CampaignContent],
        now: datetime,
        audiences: dict[str, Any],
        membership: dict[str, list[str]] | None,
    ) -> None:
        """Two slots the office proposes that air at once on a day they share, for a commune
        that takes both campaigns, are refused, both named with their times (w26office #4):
        that commune would refuse one for the overlap. A program's length is known at the
        commune only (its speech), so each slot is taken as long as its `max_minutes`, else as
        its first moment: what overlaps here overlaps at the commune."""

        def whom(campaign: str) -> Audience:
            if campaign in audiences:  # published now
                return read_audience(audiences[campaign], campaign)
            return read_audience(self._manifest(previous, campaign).get(AUDIENCE), campaign)

        proposed = [
            (campaign, whom(campaign), slot)
            for campaign in index
            if campaign not in changing
            for slot in _readable_slots(self._schedule_of(previous, campaign), campaign, now)
        ]
        proposed += [
            (campaign, whom(campaign), slot)
            for campaign, content in contents.items()
            for slot in _readable_slots(content.schedule, campaign, now)
        ]
        for n, (campaign, for_whom, slot) in enumerate(proposed):
            for other_campaign, for_them, other in proposed[n + 1 :]:
                if _share(for_whom, for_them, membership) and slots_meet(
                    slot, slot.max_minutes or 0, other, other.max_minutes or 0
                ):
                    raise UpstreamError(
                        _("slot '{name}' of campaign '{campaign}' ({when}) and slot '{other}' "
                          "of campaign '{other_campaign}' ({other_when}) air at the same time: "
                          "a commune that receives both would refuse one of them; change the "
                          "at = (or days =) line of one in schedule.toml, and publish "
                          "again").format(
                            name=slot.name, campaign=campaign, when=_slot_said(slot),
                            other=other.name, other_campaign=other_campaign,
                            other_when=_slot_said(other))
                    )  # fmt: skip

    def _schedule_of(self, previous: Metadata[Targets] | None, campaign: str) -> bytes | None:
        """The schedule.toml `campaign` was last published with, if any."""
        path = self._manifest(previous, campaign).get("schedule")
        return self._previous(previous, path) if path else None

    def _publish_campaign(
        self,
        targets: Targets,
        campaign: str,
        content: CampaignContent,
        before: list[dict[str, Any]],
        to: dict[str, list[str]] | None,
        now: datetime,
        limits: InputLimits,
    ) -> list[Change]:
        """Write one checked campaign's files and manifest; returns what changed in it."""
        known = {e["id"]: e for e in before}
        entries, changes = [], []
        for script in content.scripts:
            audio = None
            if script.recording:
                sha, suffix = script.content_sha256(), script.recording.suffix.lower()
                audio = audio_path(campaign, sha, suffix)
                self._add_target(targets, audio, script.recording.read_bytes())
            last = known.get(script.id)
            if last is None:
                version, change = 1, "new"
            elif last["content_sha256"] == script.content_sha256():
                version, change = last["version"], "unchanged"
            else:
                version, change = last["version"] + 1, "updated"
            entries.append(entry(script, audio, version))
            changes.append(Change(campaign, script.id, version, change))
        published = {e["id"] for e in entries}
        changes += [
            Change(campaign, e["id"], e["version"], "withdrawn")
            for e in before
            if e["id"] not in published
        ]
        manifest: dict[str, Any] = {
            "campaign": campaign,
            "announcements": entries,
            "schedule": None,
            "jingles": {},
            AUDIENCE: to,
        }
        if content.schedule:
            manifest["schedule"] = schedule_path(campaign)
            self._add_target(targets, manifest["schedule"], content.schedule)
        for role, jingle in content.jingles.items():
            path = jingle_path(campaign, role, jingle.suffix.lower())
            self._add_target(targets, path, jingle.read_bytes())
            manifest["jingles"][role] = path
        data = json.dumps(manifest, ensure_ascii=False, indent=1).encode()
        self._check_as_a_station(campaign, data, content, now, limits)
        self._add_target(targets, manifest_path(campaign), data)
        return changes

    def _manifest(self, targets: Metadata[Targets] | None, campaign: str) -> dict[str, Any]:
        """`campaign`'s manifest as last published (it is ours)."""
        manifest: dict[str, Any] = json.loads(self._previous(targets, manifest_path(campaign)))
        return manifest

    def stamps(self, campaigns: Iterable[str]) -> dict[str, str | None]:
        """Each campaign's manifest digest as served now (None: not published): what a publish
        read, to compare under the lock with what it is about to replace."""
        targets = self._current_targets()
        served = targets.signed.targets if targets else {}
        return {
            c: served[manifest_path(c)].hashes["sha256"] if manifest_path(c) in served else None
            for c in campaigns
        }

    def published_manifest(self, campaign: str) -> dict[str, Any] | None:
        """`campaign`'s manifest as the stations read it now; None when it is not published."""
        targets = self._current_targets()
        if targets is None or manifest_path(campaign) not in targets.signed.targets:
            return None
        return self._manifest(targets, campaign)

    def _published(self, targets: Metadata[Targets] | None, campaign: str) -> list[dict[str, Any]]:
        """The announcements of `campaign` as last published."""
        published: list[dict[str, Any]] = self._manifest(targets, campaign)["announcements"]
        return published

    def campaigns(self) -> list[PublishedCampaign]:
        """Every campaign ever published here, as the signed targets of each publication
        tell it (consistent snapshots keep them all): what is published now, and what was
        withdrawn and when. Published ones first, each by name."""
        self.current_root()  # a mistyped --repo is said so, not listed as empty
        current = self._current_targets()
        found: dict[str, PublishedCampaign] = {}
        for version in range(1, current.signed.version + 1 if current else 1):
            try:
                targets = self._load(f"{version}.targets.json")
            except FileNotFoundError:
                continue
            at = targets.signed.expires - timedelta(days=EXPIRY_DAYS["targets"])
            index = read_index(self._previous(targets, INDEX))
            for campaign in index:
                digest = targets.signed.targets[manifest_path(campaign)].hashes["sha256"]
                last = found.get(campaign)
                if last is None or last.withdrawn or last.digest != digest:
                    manifest = self._manifest(targets, campaign)
                    found[campaign] = PublishedCampaign(
                        campaign, at, False, manifest["announcements"],
                        read_audience(manifest.get(AUDIENCE), campaign), digest,
                        last.version + 1 if last else 1,
                    )  # fmt: skip
            for campaign, last in found.items():
                if campaign not in index and not last.withdrawn:
                    found[campaign] = replace(last, at=at, withdrawn=True)
        return sorted(found.values(), key=lambda c: (c.withdrawn, c.campaign))

    def _not_published(self, campaign: str) -> str:
        """Why `campaign` cannot be withdrawn: withdrawn already (and when), or never here."""
        known = {c.campaign: c for c in self.campaigns()}
        listing = _("`broadcaster publish --list` lists every campaign of {repo}").format(
            repo=self.root_dir
        )  # its --repo is office.toml's, or the one this command was given
        if campaign in known:
            return _("campaign '{campaign}' is not published here any more: it was withdrawn "
                     "on {when}. Nothing changed; {listing}").format(
                campaign=campaign, when=local_text(known[campaign].at, OFFICE_ZONE),
                listing=listing)  # fmt: skip
        published = [c.campaign for c in known.values() if not c.withdrawn]
        return _("campaign '{campaign}' is not published here (published: {names}): check "
                 "the name; {listing}").format(
            campaign=campaign, names=", ".join(published) or "—", listing=listing)  # fmt: skip

    def _sign_and_write(self, targets: Metadata[Targets], now: datetime) -> None:
        for path, data in self._pending:  # the targets first, then the metadata naming them
            _write(path, data)
        self._pending = []
        targets.sign(signer(self.keys, "targets"))
        _write(self.metadata / f"{targets.signed.version}.targets.json", _dump(targets))
        try:
            old = self._load("timestamp.json").signed.snapshot_meta.version
            snapshot_version = old + 1
        except FileNotFoundError:
            snapshot_version = 1
        snapshot = Metadata(
            Snapshot(
                version=snapshot_version, expires=now + timedelta(days=EXPIRY_DAYS["snapshot"])
            )
        )
        snapshot.signed.meta["targets.json"] = MetaFile(targets.signed.version)
        snapshot.sign(signer(self.keys, "snapshot"))
        _write(self.metadata / f"{snapshot_version}.snapshot.json", _dump(snapshot))
        timestamp = Metadata(
            Timestamp(
                version=snapshot_version, expires=now + timedelta(days=EXPIRY_DAYS["timestamp"])
            )
        )
        timestamp.signed.snapshot_meta = MetaFile(snapshot_version)
        timestamp.sign(signer(self.keys, "timestamp"))
        _write(self.metadata / "timestamp.json", _dump(timestamp))


def scripts_of(campaigns: Sequence[Path]) -> Iterator[tuple[str, Path, Script]]:
    """(campaign, file, notice) for every script the campaign folders publish, read as
    publish reads them: what the office is told about before fifty communes air them."""
    for folder in campaigns:
        for path in listing(folder)[0]:
            if path.suffix.lower() in SCRIPT_SUFFIXES:
                yield slug(folder.name), path, read_script(path)


def guessed_words(campaigns: list[Path]) -> list[tuple[str, str, tuple[str, ...]]]:
    """(campaign, announcement id, words) for every script whose text the reader had to
    guess at with the vocabulary every station ships: an office fixes those scripts (or has
    the stations add the words to their lexicon) before fifty communes air them."""
    reader, found = Reader(), []
    for campaign, _path, script in scripts_of(campaigns):
        guessed = reader.read(script.text, script.voice or "vi").guessed if script.text else ()
        if guessed:
            found.append((campaign, script.id, guessed))
    return found


def past_end(campaigns: Sequence[Path], today: date) -> list[tuple[Path, Script]]:
    """(file, notice) for every notice whose last day (`valid_until:`) is before `today`:
    it will never air, though every station takes it (and says so)."""
    return [(path, script) for _campaign, path, script in scripts_of(campaigns)
            if script.valid_until is not None and script.valid_until < today]  # fmt: skip


__all__ = ["SPECIFICATION_VERSION", "PublishedCampaign", "Repository", "guessed_words", "past_end"]
