"""The station's side: fetch and verify the upstream's bundles with the TUF client.

The same verification runs over HTTP (any static web server) and over a folder (a USB
stick). Only what changed is fetched: TUF keeps verified metadata and checks cached targets
by hash. Every refusal becomes one sentence for the operator.
"""

from __future__ import annotations

import os
import re
import stat
import threading
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO
from urllib.parse import unquote, urlparse

import urllib3
from tuf.api import exceptions
from tuf.api.serialization import DeserializationError
from tuf.ngclient import Updater
from tuf.ngclient.fetcher import FetcherInterface
from tuf.ngclient.urllib3_fetcher import Urllib3Fetcher

from announcements.limits import DEFAULT_LIMITS, InputLimits, technicians
from common.files import describe_os_error
from common.i18n import _
from common.library_errors import describe

from . import Unreachable, UpstreamError, pinned_root
from .manifest import (
    INDEX,
    Manifest,
    Refused,
    audience_of,
    max_json_bytes,
    read_index,
    read_manifest,
    refusal,
)
from .targeting import GROUPS, Audience, own_keys, read_groups, read_replaced

SAFE_TARGET = re.compile(r"^(?!/)(?!.*(^|/)\.\.?(/|$))[A-Za-z0-9._/-]{1,200}$")
"""Target names a station accepts: relative, no '.' or '..' parts, plain characters."""


class RefusedFile(exceptions.DownloadError):
    """A file of a repository folder that the station will not read, and why."""


class NotFound(exceptions.DownloadHTTPError):
    """A file the repository does not have (HTTP 404, or absent from the folder), by name."""

    def __init__(self, message: str, url: str) -> None:
        super().__init__(message, 404)
        self.name = unquote(urlparse(url).path).rsplit("/", 1)[-1]


class DirectoryFetcher(FetcherInterface):
    """Reads a repository from a folder (USB stick); a missing file is a 404, as TUF expects
    (every refresh probes for the next N.root.json). Only regular files inside the folder are
    read, in chunks, so TUF's length limits stop a file that is too large (a link to
    /dev/zero is not read at all)."""

    CHUNK = 1 << 16

    def __init__(self, root: Path) -> None:
        self.root = root.resolve()

    def _fetch(self, url: str) -> Iterator[bytes]:
        path = Path(unquote(urlparse(url).path))
        if not path.resolve().is_relative_to(self.root):
            raise RefusedFile(
                _("{path} leads outside the folder {folder}").format(path=path, folder=self.root)
            )
        try:
            fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
        except (FileNotFoundError, IsADirectoryError):
            raise NotFound(_("{path} not found").format(path=path), url) from None
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            os.close(fd)
            raise RefusedFile(_("{path} is not a regular file").format(path=path))
        return self._chunks(os.fdopen(fd, "rb"))

    def _chunks(self, f: BinaryIO) -> Iterator[bytes]:
        with f:
            while chunk := f.read(self.CHUNK):
                yield chunk


SOCKET_TIMEOUT_S = 30.0
"""Longest silence from the server before a download gives up (also bounded by the limits)."""
CONNECT_TIMEOUT_S = 10.0
"""Longest wait for the server to take the connection."""
RETRIES = urllib3.Retry(total=2, connect=2, read=0, redirect=2, status=0)
"""A connection that failed is tried again (a flaky line), a server that took the request and
did not answer is not: urllib3's default asked it four times, 30 s each, and the officer
and a phone at the console waited two minutes for "không có trả lời kịp thời" (o13net C7)."""
CHUNK = 64 * 1024


class GaveUp(exceptions.DownloadError):
    """A download ended by the station: too slow in all, or the station is stopping."""


class BoundedFetcher(Urllib3Fetcher):
    """HTTP for TUF with an end to every wait: a file that takes over `file_timeout_s` in
    all (a server that trickles bytes resets any gap timeout, not this one), a sync past its
    `deadline`, or a stop (`cancelled`) ends the download with the reason."""

    def __init__(
        self, file_timeout_s: float, deadline: float, cancelled: threading.Event | None
    ) -> None:
        super().__init__(socket_timeout=int(max(1, min(SOCKET_TIMEOUT_S, file_timeout_s))))
        self.file_timeout_s = file_timeout_s
        self.deadline = deadline
        self.cancelled = cancelled or threading.Event()

    def _fetch(self, url: str) -> Iterator[bytes]:
        self._check(url, self.deadline)
        try:
            response = self._proxy_env.request(
                "GET",
                url,
                preload_content=False,
                retries=RETRIES,
                timeout=urllib3.Timeout(
                    connect=min(CONNECT_TIMEOUT_S, self.socket_timeout), read=self.socket_timeout
                ),
            )
        except urllib3.exceptions.MaxRetryError as e:
            if isinstance(e.reason, urllib3.exceptions.TimeoutError):
                raise exceptions.SlowRetrievalError from e
            raise
        if response.status >= 400:
            response.close()
            said = _("the server answered with HTTP status {status}").format(status=response.status)
            if response.status == 404:
                raise NotFound(said, url)
            raise exceptions.DownloadHTTPError(said, response.status)
        return self._chunks_until(response, url, time.monotonic() + self.file_timeout_s)

    def _chunks_until(
        self, response: urllib3.BaseHTTPResponse, url: str, file_deadline: float
    ) -> Iterator[bytes]:
        try:
            while chunk := response.read1(CHUNK):
                yield chunk
                self._check(url, file_deadline)
        except urllib3.exceptions.TimeoutError as e:
            raise exceptions.SlowRetrievalError from e
        finally:
            response.release_conn()

    def _check(self, url: str, file_deadline: float) -> None:
        name = urlparse(url).path.rsplit("/", 1)[-1]
        if self.cancelled.is_set():
            raise GaveUp(_("the sync was stopped (the station is stopping)"))
        now = time.monotonic()
        if now > self.deadline:
            raise GaveUp(
                _("the sync took longer than its limit; gave up while fetching {name} "
                  "({setting})").format(name=name,
                                        setting=technicians("[upstream] sync_timeout_s"))
            )  # fmt: skip
        if now > file_deadline:
            raise GaveUp(
                _("the upstream sent {name} too slowly; gave up after {seconds:g} s "
                  "({setting})").format(name=name, seconds=self.file_timeout_s,
                                        setting=technicians("[upstream] file_timeout_s"))
            )  # fmt: skip


@dataclass(frozen=True)
class Bundle:
    """One verified campaign: its checked manifest and local paths of its verified files."""

    manifest: Manifest
    files: dict[str, Path]

    @property
    def campaign(self) -> str:
        return self.manifest.campaign


def _unreachable(cause: BaseException) -> str:
    """Why urllib3 could not fetch a file (its words are English, its errno is buried in
    the text of a wrapped exception), in the station's words."""
    said = str(cause)
    number = re.search(r"\[Errno (-?\d+)\]", said)
    status = re.search(r"\b([45]\d\d)\b", said)
    if number and int(number.group(1)) > 0:
        return describe_os_error(OSError(int(number.group(1)), ""))
    if "timed out" in said:
        return _("no answer in time")
    if status:
        return _("the server answered with error HTTP {status}").format(status=status.group(1))
    return describe(cause)


def not_published(source: str, address_checked: bool = False) -> str:
    """What a commune is told when the office's repository at `source` has published nothing
    yet (its first `publish` makes it): trusting the office before then met a 404 and an
    English error (w26office #1). `address_checked`: the office's root was found there, so the
    address is right; else a mistyped address cannot be told apart, and is said too."""
    if address_checked:
        return _("the office at {source} has not published anything yet; wait until the "
                 "office publishes, then try again").format(source=source)  # fmt: skip
    return _("the office at {source} has not published anything yet (or the address is "
             "mistyped: check it with the office); wait until the office publishes, then try "
             "again").format(source=source)  # fmt: skip


def explain_update_error(error: Exception) -> str:
    """A refused update (TUF's exceptions, in English) in the station's words."""
    if isinstance(error, GaveUp | RefusedFile):
        return str(error)
    if isinstance(error, exceptions.ExpiredMetadataError):
        # TUF names its file in English ("Final root.json is expired"): the date is what
        # matters, and it is this computer's clock that reads it (o23lan12 M5)
        return _("the upstream's signed metadata has expired by this computer's clock")
    if isinstance(error, exceptions.BadVersionNumberError):
        return _("rollback or mixed versions refused ({detail})").format(detail=error)
    if isinstance(error, exceptions.UnsignedMetadataError):
        return _(
            "not signed by the trusted upstream keys: tampered or wrong key ({detail})"
        ).format(detail=error)
    if isinstance(error, exceptions.LengthOrHashMismatchError):
        return _(
            "a file does not match its signed length or hash: tampered or oversized ({detail})"
        ).format(detail=error)
    if isinstance(error, exceptions.DownloadLengthMismatchError):
        sizes = re.search(r"(\d+) bytes exceeding .* length of (\d+)", str(error))
        return _(
            "a file is larger than its signed length: oversized ({size} bytes, at most {limit})"
        ).format(size=sizes.group(1) if sizes else "?", limit=sizes.group(2) if sizes else "?")
    if isinstance(error, DeserializationError):
        return _("it is not TUF metadata: {problem}").format(
            problem=describe(error.__cause__ or error)
        )
    if isinstance(error, exceptions.DownloadError):
        cause = error.__cause__ or error
        return _("cannot reach the upstream: {detail}").format(detail=_unreachable(cause))
    return _("the update was refused ({detail})").format(detail=error)


def fetch(
    trust_dir: Path,
    source: str,
    cache: Path,
    limits: InputLimits = DEFAULT_LIMITS,
    file_timeout_s: float = 300.0,
    sync_timeout_s: float = 900.0,
    cancelled: threading.Event | None = None,
    station_keys: Sequence[str] | None = None,
) -> tuple[list[Bundle], set[str], dict[str, Refused]]:
    """Refresh the trusted metadata from `source` (http(s)://… or a folder) and return every
    campaign bundle for the station whose key ids (its own, then those it set aside) are
    `station_keys` (every one when None; of those set aside, only the ones groups.json's
    signed links say its key replaced, `own_keys`), verified and checked; the names of the
    campaigns published for other stations only: their files are not fetched, and a notice
    of theirs the station held is no longer for it, not withdrawn by the office; and the
    campaigns for this station that fail its checks (a manifest, a notice's text, a file too
    large, an id two campaigns publish), each refused alone with the reason, so that an
    office not yet upgraded, or a campaign published before the station's rules tightened,
    does not stop every other campaign (review19 #2). What TUF refuses (a signature, a hash,
    a rollback), the index and groups.json raise UpstreamError with the reason: nothing is
    changed. Over HTTP every download is bounded
    (per file, per sync) and ends when `cancelled` is set."""
    metadata_dir = trust_dir / "metadata"
    bootstrap = pinned_root(metadata_dir)  # read once: another sync may be re-pointing it
    if bootstrap is None:
        raise UpstreamError(_("no upstream office is trusted yet"))
    remote = source.startswith(("http://", "https://"))
    base = source.rstrip("/") if remote else Path(source).resolve().as_uri()
    if not remote and not Path(source).is_dir():
        raise UpstreamError(
            _("{source} is not a folder or an http(s) address").format(source=source)
        )
    cache.mkdir(parents=True, exist_ok=True)
    updater = Updater(
        metadata_dir=str(metadata_dir),
        metadata_base_url=f"{base}/metadata/",
        target_dir=str(cache),
        target_base_url=f"{base}/targets/",
        fetcher=BoundedFetcher(file_timeout_s, time.monotonic() + sync_timeout_s, cancelled)
        if remote
        else DirectoryFetcher(Path(source)),
        bootstrap=bootstrap,
    )
    try:
        _refresh(updater, source, remote)
        json_limit = max_json_bytes(limits)
        index = read_index(_download(updater, cache, INDEX, json_limit).read_bytes())
        membership: dict[str, tuple[str, ...]] = {}
        if updater.get_targetinfo(GROUPS):
            groups = _download(updater, cache, GROUPS, json_limit).read_bytes()
            membership = read_groups(groups)
            if station_keys:  # only the old keys the office says this key replaced
                station_keys = own_keys(station_keys, read_replaced(groups))
        bundles: list[Bundle] = []
        elsewhere: set[str] = set()
        refusals: dict[str, Refused] = {}
        for campaign, path in sorted(index.items()):
            data = b""
            try:  # the office's own checks may be older or laxer: this campaign alone is refused
                data = _download(updater, cache, path, json_limit).read_bytes()
                manifest = read_manifest(campaign, data, limits)
            except UpstreamError as e:
                audience = audience_of(campaign, data)
                if audience and not _for(audience, station_keys, membership):
                    elsewhere.add(campaign)  # another commune's: its faults are not ours
                else:
                    refusals[campaign] = refusal(campaign, data, str(e))
                continue
            if not _for(manifest.audience, station_keys, membership):
                elsewhere.add(campaign)  # another group's campaign: not fetched, not applied
                continue
            try:
                files = {
                    name: _download(updater, cache, name, limits.max_audio_bytes)
                    for name in manifest.target_names()
                }
            except UpstreamError as e:  # larger than this station takes, or not signed at all
                refusals[campaign] = refusal(campaign, data, str(e))
                continue
            bundles.append(Bundle(manifest, files))
        owners: dict[str, list[Bundle]] = {}
        for bundle in bundles:
            for entry in bundle.manifest.entries:
                owners.setdefault(entry.script.id, []).append(bundle)
        for announcement_id, twins in sorted(owners.items()):
            if len(twins) > 1:  # which one owns it is not the station's to guess
                reason = _("announcement id '{id}' is published in two campaigns "
                           "({campaigns})").format(
                    id=announcement_id, campaigns=", ".join(b.campaign for b in twins))  # fmt: skip
                for bundle in twins:
                    refusals.setdefault(bundle.campaign, bundle.manifest.refusal(reason))
        return [b for b in bundles if b.campaign not in refusals], elsewhere, refusals
    except exceptions.RepositoryError as e:
        raise UpstreamError(explain_update_error(e)) from None
    except exceptions.DownloadError as e:
        refused = (GaveUp, RefusedFile, exceptions.DownloadLengthMismatchError,
                   exceptions.DownloadHTTPError)  # the server (or the folder) answered  # fmt: skip
        if not remote or isinstance(e, refused):
            raise UpstreamError(explain_update_error(e)) from None
        raise Unreachable(_unreachable(e.__cause__ or e)) from None


def _refresh(updater: Updater, source: str, remote: bool) -> None:
    """TUF's refresh, a timestamp not found said as what it means: at the office's address,
    the office trusted has not published yet (its root is there, the rest of the repository
    is made by the first publish); a folder with no 'metadata' in it is the wrong folder."""
    try:
        updater.refresh()
    except NotFound as e:
        if e.name != "timestamp.json":
            raise
        if remote or (Path(source) / "metadata").is_dir():  # the office's, not yet published
            raise UpstreamError(not_published(source, address_checked=True)) from None
        raise UpstreamError(
            _(
                "this folder holds no publication of the office: choose the folder the office "
                "copied for the communes (it has a folder 'metadata' inside)"
            )
        ) from None


def _for(
    audience: Audience, station_keys: Sequence[str] | None, membership: dict[str, tuple[str, ...]]
) -> bool:
    """Whether a campaign for `audience` is this station's (every one when no keys given)."""
    return not station_keys or any(audience.reaches(key, membership) for key in station_keys)


def _download(updater: Updater, cache: Path, name: str, max_bytes: int) -> Path:
    if not SAFE_TARGET.match(name):
        raise UpstreamError(
            _("refused target name '{name}': it would leave the station folder").format(name=name)
        )
    info = updater.get_targetinfo(name)
    if info is None:
        raise UpstreamError(
            _("the upstream's signed targets do not list '{name}'").format(name=name)
        )
    if info.length > max_bytes:
        raise UpstreamError(
            _("the upstream's file '{name}' is {size} MB, more than the station takes "
              "({setting})").format(name=name, size=-(-info.length // 2**20),
                                    setting=technicians("[limits]"))
        )  # fmt: skip
    path = cache / name
    path.parent.mkdir(parents=True, exist_ok=True)
    return Path(
        updater.find_cached_target(info, str(path)) or updater.download_target(info, str(path))
    )
