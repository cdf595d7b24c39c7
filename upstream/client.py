"""The station's side: fetch and verify the upstream's bundles with the TUF client.

The same verification runs over HTTP (any static web server) and over a folder (a USB
stick). Only what changed is fetched: TUF keeps verified metadata and checks cached targets
by hash. Every refusal becomes one sentence for the operator.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlparse

from tuf.api import exceptions
from tuf.ngclient import Updater
from tuf.ngclient.fetcher import FetcherInterface

from . import UpstreamError
from .repository import INDEX

SAFE_TARGET = re.compile(r"^(?!/)(?!.*(^|/)\.\.?(/|$))[A-Za-z0-9._/-]{1,200}$")
"""Target names a station accepts: relative, no '.' or '..' parts, plain characters."""


class DirectoryFetcher(FetcherInterface):
    """Reads a repository from a folder (USB stick); a missing file is a 404, as TUF expects
    (every refresh probes for the next N.root.json)."""

    def _fetch(self, url: str) -> Iterator[bytes]:
        path = Path(unquote(urlparse(url).path))
        try:
            data = path.read_bytes()
        except FileNotFoundError:
            raise exceptions.DownloadHTTPError(f"{path} not found", 404) from None
        return iter([data])


@dataclass(frozen=True)
class Bundle:
    """One verified campaign: its manifest and local paths of its verified files."""

    campaign: str
    manifest: dict[str, Any]
    files: dict[str, Path]


def _explain(error: Exception) -> str:
    if isinstance(error, exceptions.ExpiredMetadataError):
        return f"the upstream's signed metadata has expired ({error})"
    if isinstance(error, exceptions.BadVersionNumberError):
        return f"rollback or mixed versions refused ({error})"
    if isinstance(error, exceptions.UnsignedMetadataError):
        return f"not signed by the trusted upstream keys: tampered or wrong key ({error})"
    if isinstance(error, exceptions.LengthOrHashMismatchError):
        return f"a file does not match its signed length or hash: tampered or oversized ({error})"
    if isinstance(error, exceptions.DownloadLengthMismatchError):
        return f"a file is larger than its signed length: oversized ({error})"
    if isinstance(error, exceptions.DownloadError):
        cause = error.__cause__ or error
        found = re.search(r"\[Errno \d+\] [^\"')]+|[45]\d\d|timed out", str(cause))
        return f"cannot reach the upstream ({found.group(0) if found else type(cause).__name__})"
    return f"the update was refused ({error})"


def fetch(trust_dir: Path, source: str, cache: Path) -> list[Bundle]:
    """Refresh the trusted metadata from `source` (http(s)://… or a folder) and return every
    campaign bundle, verified. Raises UpstreamError with the reason; nothing is changed."""
    metadata_dir = trust_dir / "metadata"
    if not (metadata_dir / "root.json").exists():
        raise UpstreamError("no upstream is trusted yet (broadcaster trust ROOT.json)")
    remote = source.startswith(("http://", "https://"))
    base = source.rstrip("/") if remote else Path(source).resolve().as_uri()
    if not remote and not Path(source).is_dir():
        raise UpstreamError(f"{source} is not a folder or an http(s) address")
    cache.mkdir(parents=True, exist_ok=True)
    updater = Updater(
        metadata_dir=str(metadata_dir),
        metadata_base_url=f"{base}/metadata/",
        target_dir=str(cache),
        target_base_url=f"{base}/targets/",
        fetcher=None if remote else DirectoryFetcher(),
        bootstrap=(metadata_dir / "root.json").read_bytes(),
    )
    try:
        updater.refresh()
        index = json.loads(_download(updater, cache, INDEX).read_bytes())
        bundles = []
        for campaign, manifest_path in sorted(index["campaigns"].items()):
            manifest = json.loads(_download(updater, cache, manifest_path).read_bytes())
            files = {
                name: _download(updater, cache, name)
                for name in [manifest.get("schedule"), *manifest.get("jingles", {}).values()]
                + [a["audio"] for a in manifest["announcements"]]
                if name
            }
            bundles.append(Bundle(campaign, manifest, files))
        return bundles
    except exceptions.RepositoryError as e:
        raise UpstreamError(_explain(e)) from None
    except exceptions.DownloadError as e:
        raise UpstreamError(_explain(e)) from None


def _download(updater: Updater, cache: Path, name: str) -> Path:
    if not SAFE_TARGET.match(name):
        raise UpstreamError(f"refused target name '{name}': it would leave the station folder")
    info = updater.get_targetinfo(name)
    if info is None:
        raise UpstreamError(f"the upstream's signed targets do not list '{name}'")
    path = cache / name
    path.parent.mkdir(parents=True, exist_ok=True)
    return Path(
        updater.find_cached_target(info, str(path)) or updater.download_target(info, str(path))
    )
