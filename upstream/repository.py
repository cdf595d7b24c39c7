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
from dataclasses import dataclass
from datetime import datetime, timedelta
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
from tuf.api.serialization.json import JSONSerializer

from announcements.normalize import Reader
from announcements.script import AUDIO_SUFFIXES, ScriptError, read_script, slug
from common.files import write_atomic

from . import ROLES, UpstreamError
from .keys import new_key, public_key, signer

EXPIRY_DAYS = {"root": 365, "targets": 120, "snapshot": 120, "timestamp": 45}
"""A station fed by USB stick once a month must still find the metadata valid."""
INDEX = "index.json"
JINGLE_ROLES = ("intro", "outro", "bridge")
SCRIPT_SUFFIXES = (".md", ".markdown", ".txt")


def _write(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    write_atomic(path, data)


def _dump(md: Metadata[Any]) -> bytes:
    return md.to_bytes(JSONSerializer(compact=False))


@dataclass
class Repository:
    keys: Path
    root_dir: Path
    """The folder to serve: metadata/ and targets/."""

    @property
    def metadata(self) -> Path:
        return self.root_dir / "metadata"

    @property
    def targets_dir(self) -> Path:
        return self.root_dir / "targets"

    def _load(self, name: str) -> Metadata[Any]:
        return Metadata.from_bytes((self.metadata / name).read_bytes())

    def current_root(self) -> Metadata[Root]:
        return self._load("root.json")

    def create(self, now: datetime) -> Metadata[Root]:
        """A new repository trusting the four public keys in the keys folder."""
        if (self.metadata / "1.root.json").exists():
            raise UpstreamError(f"{self.root_dir} already holds a repository")
        root = Metadata(
            Root(expires=now + timedelta(days=EXPIRY_DAYS["root"]), consistent_snapshot=True)
        )
        for role in ROLES:
            root.signed.add_key(public_key(self.keys, role), role)
        root.sign(signer(self.keys, "root"))
        self._write_root(root)
        return root

    def _write_root(self, root: Metadata[Root]) -> None:
        data = _dump(root)
        _write(self.metadata / f"{root.signed.version}.root.json", data)
        _write(self.metadata / "root.json", data)

    def rotate(self, role: str, now: datetime) -> Metadata[Root]:
        """Replace `role`'s key: a new root version, signed by the old root key and (when the
        root key itself changes) by the new one, so stations follow the chain of roots."""
        if role not in ROLES:
            raise UpstreamError(f"role '{role}' is not one of {', '.join(ROLES)}")
        root = self.current_root()
        old_root_signer = signer(self.keys, "root")
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

    def _previous_manifest(self, targets: Metadata[Targets] | None, path: str) -> dict[str, Any]:
        if targets is None or path not in targets.signed.targets:
            return {}
        info = targets.signed.targets[path]
        digest = info.hashes["sha256"]
        folder, _, name = path.rpartition("/")
        return json.loads((self.targets_dir / folder / f"{digest}.{name}").read_bytes())

    def _add_target(self, targets: Targets, path: str, data: bytes) -> None:
        """Store `data` under its consistent-snapshot name and sign its length and hash."""
        digest = hashlib.sha256(data).hexdigest()
        folder, _, name = path.rpartition("/")
        _write(self.targets_dir / folder / f"{digest}.{name}", data)
        targets.targets[path] = TargetFile(len(data), {"sha256": digest}, path)

    def publish(self, campaigns: list[Path], now: datetime) -> dict[str, int]:
        """Publish every campaign folder (its .md/.txt scripts, recordings, schedule.toml);
        returns how many announcements each holds. Versions go up only when content changes."""
        previous = self._current_targets()
        targets = Targets(
            version=(previous.signed.version + 1) if previous else 1,
            expires=now + timedelta(days=EXPIRY_DAYS["targets"]),
        )
        index: dict[str, str] = {}
        counts = {}
        for folder in campaigns:
            campaign = slug(folder.name)
            manifest_path = f"campaigns/{campaign}/manifest.json"
            known = {
                a["id"]: a
                for a in self._previous_manifest(previous, manifest_path).get("announcements", [])
            }
            entries = []
            for path in sorted(folder.iterdir()):
                if path.suffix.lower() not in (".md", ".markdown", ".txt", *AUDIO_SUFFIXES):
                    continue
                if path.suffix.lower() in AUDIO_SUFFIXES and path.with_suffix(".md").exists():
                    continue  # the recording of a script with front matter
                try:
                    script = read_script(path)
                except ScriptError as e:
                    raise UpstreamError(str(e)) from None
                entry: dict[str, Any] = {
                    "id": script.id,
                    **script.fields(),
                    "text": script.text,
                    "audio": None,
                    "content_sha256": script.content_sha256(),
                }
                if script.recording:
                    audio = script.recording.read_bytes()
                    suffix = script.recording.suffix.lower()
                    entry["audio"] = f"campaigns/{campaign}/audio/{entry['content_sha256']}{suffix}"
                    self._add_target(targets, entry["audio"], audio)
                before = known.get(script.id)
                same = before and before["content_sha256"] == entry["content_sha256"]
                last = before["version"] if before else 0
                entry["version"] = last if same else last + 1
                entries.append(entry)
            manifest: dict[str, Any] = {
                "campaign": campaign,
                "announcements": entries,
                "schedule": None,
            }
            schedule = folder / "schedule.toml"
            if schedule.exists():
                manifest["schedule"] = f"campaigns/{campaign}/schedule.toml"
                self._add_target(targets, manifest["schedule"], schedule.read_bytes())
            manifest["jingles"] = {}
            for jingle in sorted((folder / "jingles").glob("*")):
                role = jingle.stem
                if role not in JINGLE_ROLES or jingle.suffix.lower() not in AUDIO_SUFFIXES:
                    raise UpstreamError(f"{jingle}: jingles are intro, outro or bridge audio files")
                path = f"campaigns/{campaign}/jingles/{role}{jingle.suffix.lower()}"
                self._add_target(targets, path, jingle.read_bytes())
                manifest["jingles"][role] = path
            self._add_target(
                targets, manifest_path, json.dumps(manifest, ensure_ascii=False, indent=1).encode()
            )
            index[campaign] = manifest_path
            counts[campaign] = len(entries)
        self._add_target(targets, INDEX, json.dumps({"campaigns": index}, indent=1).encode())
        self._sign_and_write(Metadata(targets), now)
        return counts

    def _sign_and_write(self, targets: Metadata[Targets], now: datetime) -> None:
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


def guessed_words(campaigns: list[Path]) -> list[tuple[str, str, tuple[str, ...]]]:
    """(campaign, announcement id, words) for every script whose text the reader had to
    guess at with the vocabulary every station ships: an office fixes those scripts (or has
    the stations add the words to their lexicon) before fifty communes air them."""
    reader, found = Reader(), []
    for folder in campaigns:
        for path in sorted(folder.iterdir()):
            if path.suffix.lower() not in SCRIPT_SUFFIXES:
                continue
            script = read_script(path)
            guessed = reader.read(script.text, script.voice or "vi").guessed if script.text else ()
            if guessed:
                found.append((slug(folder.name), script.id, guessed))
    return found


__all__ = ["SPECIFICATION_VERSION", "Repository", "guessed_words"]
