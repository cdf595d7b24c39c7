"""Taking the upstream office's campaigns into the station: trust, sync, status.

A sync verifies everything with TUF first, then applies it in one transaction: new
versions of announcements (drafts, or approved where the station allows it), retirement of
those the upstream withdrew. A failed sync changes nothing and is remembered for `status`;
the station keeps airing what it has.
"""

from __future__ import annotations

import hashlib
import json
import threading
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from tuf.api.exceptions import UnsignedMetadataError
from tuf.api.metadata import Metadata, Root, Timestamp

from announcements.script import Script
from common.files import write_atomic
from schedules.priority import Priority
from upstream import UpstreamError
from upstream.client import fetch

from .clock import utc_iso
from .station import AddResult, Station, StationError


def trust(station: Station, root_file: Path) -> str:
    """Pin the upstream office's root metadata; returns its key ids for the operator."""
    try:
        data = root_file.read_bytes()
        root = Metadata[Root].from_bytes(data)
        if not isinstance(root.signed, Root):
            raise ValueError("not root metadata")
        root.signed.verify_delegate("root", root.signed_bytes, root.signatures)
    except FileNotFoundError:
        raise StationError(f"{root_file}: no such file") from None
    except (ValueError, UnsignedMetadataError) as e:
        raise StationError(f"{root_file} is not valid TUF root metadata ({e})") from None
    pinned = station.trusted_root
    if pinned.exists():
        raise StationError("an upstream is already trusted; its keys change by rotation only")
    pinned.parent.mkdir(parents=True, exist_ok=True)
    write_atomic(pinned, data)
    return ", ".join(sorted(root.signed.roles["root"].keyids))


@dataclass(frozen=True)
class SyncResult:
    changes: list[AddResult]
    retired: list[str]


def _script(entry: dict[str, Any], campaign: str, recording: Path | None, source: str) -> Script:
    return Script(
        id=entry["id"],
        title=entry["title"],
        campaign=campaign,
        priority=Priority(entry["priority"]),
        repeat=entry["repeat"],
        valid_from=date.fromisoformat(entry["valid_from"]) if entry["valid_from"] else None,
        valid_until=date.fromisoformat(entry["valid_until"]) if entry["valid_until"] else None,
        voice=entry["voice"],
        text=entry["text"],
        recording=recording,
        source=Path(source),
    )


def sync(
    station: Station, source: str | None = None, cancelled: threading.Event | None = None
) -> SyncResult:
    """Fetch, verify and apply the upstream's campaigns; remember the outcome either way.
    Downloads are bounded by `[upstream] file_timeout_s` and `sync_timeout_s`, and end when
    `cancelled` is set (the daemon is stopping)."""
    settings = station.config.upstream
    source = source or settings.source
    if not source:
        raise StationError("no upstream source: give one, or set [upstream] source")
    try:
        bundles = fetch(station.upstream_dir, source, station.upstream_dir / "targets",
                        settings.file_timeout_s, settings.sync_timeout_s, cancelled)  # fmt: skip
        recordings = {
            entry["id"]: station.assets.add(bundle.files[entry["audio"]])
            for bundle in bundles
            for entry in bundle.manifest["announcements"]
            if entry["audio"]
        }
        use_jingles = station.config.upstream.use_jingles
        jingles = {
            role: station.assets.add(bundle.files[path])
            for bundle in bundles
            for role, path in bundle.manifest.get("jingles", {}).items()
            if use_jingles
        }
    except (UpstreamError, StationError) as e:
        _remember(station, source, error=str(e))
        raise StationError(f"sync from {source} refused: {e}") from None
    fingerprint = hashlib.sha256(
        json.dumps(
            [station.config.upstream.use_jingles, [b.manifest for b in bundles]], sort_keys=True
        ).encode()
    ).hexdigest()
    if station.db.table("meta").count_where(
        "key = 'upstream_applied' AND value = ?", [fingerprint]
    ):
        _remember(station, source)
        return SyncResult([], [])  # the same manifests as last time: nothing to apply
    now = utc_iso(station.clock())
    published: list[str] = []
    changes = []
    with station.db.conn:
        for bundle in bundles:
            for entry in bundle.manifest["announcements"]:
                script = _script(
                    entry,
                    bundle.campaign,
                    bundle.files.get(entry["audio"] or ""),
                    f"upstream:{source}",
                )
                changes.append(
                    station._store_script(
                        script, recordings.get(entry["id"]), now, "upstream", entry["version"]
                    )
                )
                published.append(entry["id"])
        marks = ",".join("?" * len(published)) or "''"
        retired = [
            r[0]
            for r in station.db.execute(
                f"SELECT id FROM announcements WHERE origin = 'upstream' AND retired_at IS NULL "
                f"AND id NOT IN ({marks})",
                published,
            )
        ]
        for announcement_id in retired:
            station.db.table("announcements").update(announcement_id, {"retired_at": now})
        for role, asset in jingles.items():
            station.db.table("jingles").insert(
                {
                    "role": role,
                    "asset_sha256": asset.sha256,
                    "source": f"upstream:{source}",
                    "set_at": now,
                },
                pk="role",
                replace=True,
            )
        station.db.table("meta").insert(
            {"key": "upstream_applied", "value": fingerprint}, pk="key", replace=True
        )
        _remember(station, source)
    return SyncResult([c for c in changes if c.change != "unchanged"], retired)


def _remember(station: Station, source: str, error: str | None = None) -> None:
    now = utc_iso(station.clock())
    values = {
        "upstream_source": source,
        "upstream_last_attempt": now,
        "upstream_last_error": error or "",
    }
    if error is None:
        values["upstream_last_sync"] = now
    with station.db.conn:
        station.db.table("meta").insert_all(
            [{"key": k, "value": v} for k, v in values.items()], pk="key", replace=True
        )


def status(station: Station) -> dict[str, Any]:
    """What the operator needs to know about the upstream link, with warnings."""
    meta = {r["key"]: r["value"] for r in station.db.table("meta").rows}
    trusted = station.trusted_root.exists()
    timestamp = station.upstream_dir / "metadata" / "timestamp.json"
    expires = None
    if timestamp.exists():
        expires = Metadata[Timestamp].from_bytes(timestamp.read_bytes()).signed.expires
    warnings = []
    if not trusted:
        warnings.append("no upstream is trusted: broadcaster trust ROOT.json")
    if meta.get("upstream_last_error"):
        warnings.append(
            f"the last sync failed: {meta['upstream_last_error']}; airing what the station has"
        )
    if expires and expires < station.clock():
        warnings.append(
            f"the upstream's signed metadata expired on {expires:%Y-%m-%d}: sync when you can "
            "(approved announcements keep airing)"
        )
    upstream = station.db.execute(
        "SELECT COUNT(*) FROM announcements WHERE origin = 'upstream' AND retired_at IS NULL"
    ).fetchone()[0]
    return {
        "station": station.config.name,
        "station_id": station.station_id,
        "upstream_trusted": trusted,
        "upstream_source": meta.get("upstream_source") or station.config.upstream.source or None,
        "last_sync": meta.get("upstream_last_sync"),
        "last_attempt": meta.get("upstream_last_attempt"),
        "metadata_expires": expires.isoformat() if expires else None,
        "upstream_announcements": upstream,
        "warnings": warnings,
        "checked_at": station.clock().isoformat(),
    }
