"""Taking the upstream office's campaigns into the station: trust, sync, status.

A sync verifies everything with TUF first, then applies it in one transaction: new
versions of announcements (drafts, or approved where the station allows it), retirement of
those the upstream withdrew. A failed sync changes nothing and is remembered for `status`;
the station keeps airing what it has.
"""

from __future__ import annotations

import fcntl
import hashlib
import json
import os
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

from announcements.audio import Asset, StationFault, file_sha256
from announcements.script import Script
from common.errors import BroadcasterError
from common.files import not_a_file, write_atomic
from common.i18n import N_, _
from common.library_errors import describe
from common.localtime import duration_text
from schedules.silence import WontAir
from schedules.slots import Slot
from upstream import Unreachable, UpstreamError
from upstream.manifest import Entry, Refused, named_campaign, within

from . import proposals
from .clock import utc_iso
from .config import SYNC_RETRY_S, save_setting
from .identity import key_ids
from .layout import SYNC_LOCK
from .office_link import REFUSED
from .proposals import ProposedSlot
from .records import AddResult, ScheduledSlot, Trusted
from .schedule import read_schedule_file, watching_losses
from .station import NoSource, OfficeUnreachable, Station, StationError

if TYPE_CHECKING:
    from upstream.client import Bundle

SYNC_LOCK_POLL_S = 0.2
"""How often a sync waiting for another one asks for the lock again."""
SYNC_LOCK_SLACK_S = 60.0
"""Beyond `sync_timeout_s`, what a sync may take to apply what it fetched."""
ROOT_MAX_BYTES = 512_000
"""TUF's own limit for root metadata: a larger file is not one."""


ROOT_FILE = Path("metadata", "root.json")
"""Where a published repository keeps its current root, on the web and on a USB stick."""


def root_in(folder: Path) -> Path:
    """The office's root.json in `folder` (`roots_in`); else the refusal that says which file
    to give (w27office #1: she gave the stick's folder and read only that it was a folder)."""
    found = roots_in(folder)
    if len(found) == 1:
        return found[0]
    if found:
        raise StationError(
            _("{folder} holds the root of more than one office's repository: give the file of the "
              "office you trust: {files}").format(folder=folder, files=", ".join(map(str, found)))
        )  # fmt: skip
    raise StationError(
        _("{folder} is a folder, and no office's repository is in it (no {file}): give the "
          "office's root.json file, in the folder metadata of the repository it published (on "
          "its USB stick: …/metadata/root.json), or the repository's web address "
          "(https://…)").format(folder=folder, file=ROOT_FILE)
    )  # fmt: skip


def roots_in(folder: Path) -> list[Path]:
    """The office's root.json files in `folder`: the repository copied to a USB stick (its
    metadata/root.json), its metadata folder, or a folder holding such repositories one or
    two levels down (the stick's root, above 'capnhat/kho-tinh'), not in a hidden folder
    there (what Ubuntu deleted from the stick, in '.Trash-1000/files'; Windows' '$RECYCLE.BIN')."""
    below = (*sorted(folder.glob(f"*/{ROOT_FILE}")), *sorted(folder.glob(f"*/*/{ROOT_FILE}")))
    return [
        path
        for path in (folder / ROOT_FILE.name, folder / ROOT_FILE, *below)
        if path.is_file()
        and not any(part.startswith((".", "$")) for part in path.relative_to(folder).parts)
    ]


READ_IN = N_("Read the office's repository in {folder}")
"""What a sync from a folder says it read, when the repository was further down."""


def repository_in(source: str) -> Path | None:
    """The office's repository in a folder given to `sync` (`roots_in`: the folder itself,
    its metadata folder, or one or two levels down), when it is not the folder itself (the
    stick's root above 'capnhat/kho-tinh': before, the sync looked in the stick's root alone
    and found nothing); None for a web address or a path that is no folder (`fetch` says
    what it is)."""
    if source.startswith(("http://", "https://")) or not Path(source).is_dir():
        return None
    found = roots_in(Path(source))
    if not found:
        raise StationError(_(
            "this folder holds no publication of the office, nor do the folders in it or theirs "
            "(none has a folder 'metadata' with root.json in it): choose the folder the office "
            "copied for the communes"))  # fmt: skip
    if len(found) > 1:
        raise StationError(
            _("this folder holds more than one publication of the office ({folders}): choose "
              "the folder of the one to take").format(
                folders=", ".join(str(root.parent.parent) for root in found))
        )  # fmt: skip
    repository = found[0].parent.parent
    return None if repository == Path(source) else repository


def _root_file(source: str) -> Path:
    """The root file `source` names: a file, or the one in a folder (`root_in`)."""
    path = Path(source)
    if path.is_dir():
        return root_in(path)
    expected = _("the office's root.json file, or its repository's web address (https://…)")
    problem = not_a_file(path, expected, empty=True)
    if problem:
        raise StationError(problem)
    return path


def _root_bytes(station: Station, source: str) -> tuple[bytes, Path | None]:
    """The root metadata at `source`: a file (or a folder that holds the office's
    repository), or the repository at an http(s) address (its current metadata/root.json),
    read up to the size of any root file; with the file read in a folder given, if one was."""
    if not source.startswith(("http://", "https://")):
        path = _root_file(source)
        if path.stat().st_size > ROOT_MAX_BYTES:
            raise StationError(
                _("{file} is not TUF root metadata: it is larger than any root file").format(
                    file=path
                )
            )
        return path.read_bytes(), path if path != Path(source) else None
    import requests  # python-tuf, requests: imported where they serve, see `status`

    from upstream.client import not_published

    url = source.rstrip("/") + "/metadata/root.json"
    timeout = station.config.upstream.file_timeout_s
    try:
        with requests.get(url, timeout=(5, min(timeout, 30)), stream=True) as response:
            if response.status_code == 404:
                raise StationError(not_published(source))
            response.raise_for_status()
            data = b""
            for chunk in response.iter_content(64 * 1024):
                data += chunk
                if len(data) > ROOT_MAX_BYTES:
                    raise StationError(
                        _("{file} is not TUF root metadata: it is larger than any root "
                          "file").format(file=url)
                    )  # fmt: skip
            return data, None
    except requests.RequestException as e:
        raise StationError(
            _("cannot fetch the upstream's root from {url}: {error}").format(
                url=url, error=describe(e)
            )
        ) from None


def trust(station: Station, source: str) -> Trusted:
    """Pin the upstream office's root metadata, from a file or from the repository's web
    address (which then becomes the station's upstream source). The fingerprints returned
    are checked with the office over the phone: the first root is trusted as it is."""
    from tuf.api.exceptions import RepositoryError
    from tuf.api.metadata import Metadata, Root
    from tuf.api.serialization import DeserializationError

    from upstream.client import explain_update_error
    from upstream.keys import key_fingerprint

    data, found = _root_bytes(station, source)
    source = str(found or source)  # the file named in sentences, not the folder it is in
    try:
        root = Metadata[Root].from_bytes(data)
        if not isinstance(root.signed, Root):
            raise ValueError(_("it is {kind} metadata").format(kind=root.signed.type))
        root.signed.verify_delegate("root", root.signed_bytes, root.signatures)
    except (ValueError, RepositoryError) as e:
        reason = (
            describe(e.__cause__ or e)  # the sentence already says it is not root metadata
            if isinstance(e, DeserializationError)
            else explain_update_error(e)
            if isinstance(e, RepositoryError)
            else str(e)
        )
        raise StationError(
            _("{file} is not valid TUF root metadata ({reason}): give the office's root.json, "
              "from the folder metadata of the repository it published").format(
                file=source, reason=reason)
        ) from None  # fmt: skip
    pinned = station.trusted_root
    # the pin under the store's write lock, after the download: of two at once one pins,
    # and a console form's key rides with it (form_keys.once)
    with nullcontext() if station.read_only else station.db.conn:
        if station.trusts_upstream:  # not root.json alone: a sync re-points it
            raise StationError(
                _("an upstream office is already trusted; its keys change by rotation only")
            )
        pinned.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(pinned, data)
        _keep_source(station, source)
    keyids = sorted(root.signed.roles["root"].keyids)
    return Trusted([key_fingerprint(root.signed.keys[k]) for k in keyids], keyids, found)


def _keep_source(station: Station, source: str) -> None:
    """Remember a web address as the station's upstream source in station.toml (the daemon
    polls it); a folder is a USB stick brought once, never the standing source."""
    if source.startswith(("http://", "https://")) and source != station.config.upstream.source:
        save_setting(station.root, "upstream", "source", source)


@dataclass(frozen=True)
class SyncResult:
    changes: list[AddResult]
    retired: list[str]
    lost: list[WontAir] = field(default_factory=list)
    """What the coming week's slots air without because of this sync."""
    proposed: list[ProposedSlot] = field(default_factory=list)
    """Slots the office proposes that wait for acceptance (each with its clash, if any)."""
    accepted: list[ScheduledSlot] = field(default_factory=list)
    """Slots taken at once (`[upstream] auto_accept_schedule`)."""
    left: list[str] = field(default_factory=list)
    """Announcements whose campaign is still published, for other stations only now: the
    office moved this one out of its audience, it withdrew nothing (`retired`)."""
    refused: list[Refused] = field(default_factory=list)
    """Campaigns not taken, each with the reason; what the station held of them is kept."""
    found: Path | None = None
    """The repository read in the folder given, when it is not that folder (`repository_in`)."""

    @property
    def dropped(self) -> int:
        """Announcements this sync stopped airing, whatever the reason."""
        return len(self.retired) + len(self.left)


def sync(
    station: Station, source: str | None = None, cancelled: threading.Event | None = None,
    waits: Callable[[], None] | None = None,
) -> SyncResult:  # fmt: skip
    """Fetch, verify, check and apply the upstream's campaigns; remember the outcome either
    way. Everything is checked (manifests like local files, audio decoded within the limits)
    before anything is stored; one bad file refuses the whole update. Downloads are bounded
    by `[upstream] file_timeout_s` and `sync_timeout_s`, and end when `cancelled` is set
    (the daemon is stopping). One sync at a time (`one_sync`; `waits` is called once if this
    one waits for another)."""
    with one_sync(station, cancelled, waits):
        return _sync(station, source, cancelled)


@contextmanager
def one_sync(
    station: Station, cancelled: threading.Event | None, waits: Callable[[], None] | None
) -> Iterator[None]:
    """Hold the station's sync lock: python-tuf re-points root.json (remove, then link again),
    and a `sync` run beside the daemon's failed once with "file exists" (f33emerg). A second
    sync waits as long as one may last (`sync_timeout_s`), then gives up, saying why; the
    kernel drops the lock of a process that dies."""
    try:
        fd = os.open(station.root / SYNC_LOCK, os.O_RDWR | os.O_CREAT, 0o644)
    except OSError:  # a station that cannot make a file cannot sync either: that says why
        yield
        return
    with os.fdopen(fd, "rb", buffering=0) as lock:
        deadline = time.monotonic() + station.config.upstream.sync_timeout_s + SYNC_LOCK_SLACK_S
        while not _locked(lock):
            if waits:
                waits()
                waits = None
            if time.monotonic() > deadline:
                raise StationError(_("another sync of this station is still running; try again "
                                     "when it has ended"))  # fmt: skip
            if (cancelled or threading.Event()).wait(SYNC_LOCK_POLL_S):
                raise StationError(_("the station stopped"))
        yield  # closing the file drops the lock


def _locked(lock: BinaryIO) -> bool:
    try:
        fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


def _sync(station: Station, source: str | None, cancelled: threading.Event | None) -> SyncResult:
    settings = station.config.upstream
    source = source or settings.source
    if not source:
        raise NoSource(no_source_text(station))
    limits = station.limits
    # from the office's server, not a USB stick (it may predate a rotation): what a waiting
    # message's key is checked against (upstream_emergency._settled)
    started = utc_iso(station.clock()) if source.startswith(("http://", "https://")) else None
    from upstream.client import fetch

    found = None
    try:
        found = repository_in(source)
        source = str(found or source)  # the repository named in sentences and remembered
        bundles, elsewhere, refusals = fetch(
            station.upstream_dir, source, station.upstream_dir / "targets", limits,
            settings.file_timeout_s, settings.sync_timeout_s, cancelled, key_ids(station.root),
        )  # fmt: skip
        taken = []
        for bundle in bundles:
            try:
                taken.append(_taken(station, bundle))
            except StationFault:  # the station's own (no ffmpeg, a full disk): the whole sync
                raise
            except BroadcasterError as e:  # its audio or schedule: this campaign alone
                refusals[bundle.campaign] = bundle.manifest.refusal(str(e))
    except Unreachable as e:  # a network fault: nothing was refused, and it passes
        _remember(station, source, error=str(e), unreachable=True)
        raise OfficeUnreachable(unreachable_text(station, source, str(e))) from None
    except BroadcasterError as e:
        _remember(station, source, error=str(e))
        raise StationError(
            _("sync from {source} refused: {problem}").format(source=source, problem=e)
        ) from None
    scripts = [script for t in taken for script in t.scripts]
    recordings = {k: v for t in taken for k, v in t.recordings.items()}
    jingles = {k: v for t in taken for k, v in t.jingles.items()}
    schedules = {t.campaign: t.schedule for t in taken if t.schedule}
    proposed = {t.campaign: t.proposed for t in taken if t.schedule}
    bundles = [b for b in bundles if b.campaign not in refusals]
    versions = {e.script.id: e.version for b in bundles for e in b.manifest.entries}
    fingerprint = hashlib.sha256(
        json.dumps(
            [
                station.config.upstream.use_jingles,
                [
                    (s.id, s.campaign, versions[s.id], s.content_sha256(), s.fields())
                    for s in scripts
                ],
                {campaign: file_sha256(path) for campaign, path in schedules.items()},
                {campaign: r.ids for campaign, r in refusals.items()},
            ],
            sort_keys=True,
        ).encode()
    ).hexdigest()
    if station.db.table("meta").count_where(
        "key = 'upstream_applied' AND value = ?", [fingerprint]
    ):
        _remember(station, source, refused=refusals, started=started)
        _keep_source(station, source)
        return SyncResult([], [], refused=list(refusals.values()), found=found)  # nothing new
    now = utc_iso(station.clock())
    changes = []
    with watching_losses(station) as losses, station.db.conn:
        for asset in [*recordings.values(), *jingles.values()]:
            station.assets.record(asset)
        for script in scripts:
            changes.append(
                station._store_script(
                    replace(script, source=Path(f"upstream:{source}")),
                    recordings.get(script.id),
                    now,
                    "upstream",
                    versions[script.id],
                )
            )
        published = [s.id for s in scripts]
        marks = ",".join("?" * len(published)) or "''"
        gone = station.db.execute(
            f"SELECT id, campaign FROM announcements WHERE origin = 'upstream' "
            f"AND retired_at IS NULL AND id NOT IN ({marks})",
            published,
        ).fetchall()
        gone = _withdrawn(gone, refusals.values())
        retired = [i for i, campaign in gone if campaign not in elsewhere]
        left = [i for i, campaign in gone if campaign in elsewhere]
        for announcement_id, _campaign in gone:
            station.db.table("announcements").update(
                announcement_id, {"retired_at": now, "retired_by": f"upstream:{source}"}
            )
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
        published_campaigns = [*(b.campaign for b in bundles), *refusals]
        kept = ",".join("?" * len(published_campaigns)) or "''"
        station.db.execute(
            f"DELETE FROM proposed_slots WHERE campaign NOT IN ({kept})", published_campaigns
        )
        for campaign, slots in proposed.items():
            proposals.store(station, campaign, slots)
        station.db.table("meta").insert(
            {"key": "upstream_applied", "value": fingerprint}, pk="key", replace=True
        )
        _remember(station, source, refused=refusals, started=started)
    _keep_source(station, source)
    waiting, accepted = proposals.review(station, settings.auto_accept_schedule)
    return SyncResult([c for c in changes if c.change != "unchanged"], retired, losses,
                      waiting, accepted, left, list(refusals.values()), found)  # fmt: skip


def _withdrawn(gone: list[tuple[str, str]], refused: Iterable[Refused]) -> list[tuple[str, str]]:
    """The notices (id, campaign) no campaign taken names that the office truly withdrew: a
    refused campaign's stay as they were, whether held under its name or named by its
    manifest (the office may have moved one into it: review20 #1); if a refused manifest
    cannot be read that far, nothing, as a move cannot be told from a withdrawal."""
    refused = list(refused)
    if any(r.ids is None for r in refused):
        return []
    campaigns = {r.campaign for r in refused}
    named = {i for r in refused for i in r.ids or ()}
    return [(i, campaign) for i, campaign in gone if campaign not in campaigns and i not in named]


@dataclass(frozen=True)
class _Taken:
    """One campaign's notices with their verified recordings, its jingles and its proposed
    slots, admitted and read before anything is stored."""

    campaign: str
    scripts: list[Script]
    recordings: dict[str, Asset]
    jingles: dict[str, Asset]
    schedule: Path | None
    proposed: list[Slot]


def _taken(station: Station, bundle: Bundle) -> _Taken:
    """Everything `bundle` brings, checked (audio decoded within the limits, the schedule
    read); a fault of its content refuses this campaign only, a StationFault (the station's
    own) fails the whole sync."""
    scripts = [
        _downloaded(entry, bundle.files.get(entry.audio or "")) for entry in bundle.manifest.entries
    ]
    recordings = {s.id: station.assets.admit(s.recording) for s in scripts if s.recording}
    jingles = (
        {role: station.assets.admit(bundle.files[path])
         for role, path in bundle.manifest.jingles.items()}
        if station.config.upstream.use_jingles else {}
    )  # fmt: skip
    schedule = bundle.files[bundle.manifest.schedule] if bundle.manifest.schedule else None
    proposed = read_schedule_file(schedule, station.clock(), bundle.campaign) if schedule else []
    return _Taken(bundle.campaign, scripts, recordings, jingles, schedule, proposed)


def _downloaded(entry: Entry, path: Path | None) -> Script:
    """The entry's announcement with its verified audio file, which must be the audio the
    manifest describes."""
    if path is None:
        return entry.script
    if file_sha256(path) != entry.content_sha256:
        raise UpstreamError(
            _("the upstream's audio for '{id}' is not the audio its manifest describes").format(
                id=entry.script.id
            )
        )
    return replace(entry.script, recording=path)


def no_source_text(station: Station) -> str:
    """Why `sync` has nowhere to sync from, in the command line's words: a folder is never
    remembered (`_keep_source`), so after one the station is linked but has no address; else
    it was never linked (the console says its own, with its fields)."""
    row = station.db.execute("SELECT value FROM meta WHERE key = 'upstream_source'").fetchone()
    if row and row[0]:
        return _("The station syncs by itself only from the office's web address, and it has "
                 "none: the last sync was from {source}, brought by hand. To sync from it "
                 "again: broadcaster sync {source}").format(source=row[0])  # fmt: skip
    return _("The station is not linked to an office yet, so there is nothing to sync from: "
             "give the office's web address or the USB folder it sent (broadcaster sync "
             "ADDRESS-OR-FOLDER); the technician links the station for good with the office's "
             "address (broadcaster trust https://…)")  # fmt: skip


def retry_every(station: Station) -> str:
    """How soon the daemon syncs again after a sync that failed, in words."""
    return duration_text(min(station.config.upstream.sync_minutes * 60, SYNC_RETRY_S))


def unreachable_text(station: Station, source: str, problem: str) -> str:
    """The office could not be reached: the station airs what it has and tries again by
    itself, so the officer does nothing now; only an outage of a day asks her to check the
    station's network (the office's own outage is not hers to mend; o16net N4)."""
    return _("Could not reach the office at {source}: {problem}. Nothing to do now: the "
             "station keeps airing what it has and tries again by itself within {every}; if "
             "this lasts more than a day, check the station's network or call the office."
             ).format(source=source, problem=problem, every=retry_every(station))  # fmt: skip


def _remember(
    station: Station,
    source: str,
    error: str | None = None,
    unreachable: bool = False,
    refused: dict[str, Refused] | None = None,
    started: str | None = None,
) -> None:
    """The outcome of a sync for `status`; `refused`, the campaigns a sync that worked did not
    take (a sync that failed leaves the last ones said, as it leaves their notices); when a
    sync that worked `started`: a message signed by a key still unknown after it is forged
    (upstream_emergency._settled)."""
    now = utc_iso(station.clock())
    values = {
        "upstream_source": source,
        "upstream_last_attempt": now,
        "upstream_last_error": error or "",
        "upstream_last_unreachable": "1" if unreachable else "",
    }
    if error is None:
        values["upstream_last_sync"] = now
    if error is None and started:
        values["upstream_last_sync_started"] = started
    if refused is not None:
        values[REFUSED] = json.dumps([r.kept() for r in refused.values()], ensure_ascii=False)
    with station.db.conn:
        station.db.table("meta").insert_all(
            [{"key": k, "value": v} for k, v in values.items()], pk="key", replace=True
        )


def refused_campaigns(station: Station) -> list[Refused]:
    """The campaigns the last sync that worked did not take, each titled (by the manifest, or
    else by what the station holds of it)."""
    row = station.db.execute("SELECT value FROM meta WHERE key = ?", [REFUSED]).fetchone()
    found = [Refused.from_kept(r) for r in json.loads(row[0])] if row and row[0] else []
    titles = station.campaign_titles()
    return [r if r.title else replace(r, title=titles.get(r.campaign)) for r in found]


def refused_text(station: Station, refused: Refused) -> str:
    """A refused campaign in the officer's words: which one, that what she had of it stays
    (the office withdrew nothing) while every other campaign arrives, so she has nothing to
    do; then the reason, as the office's to mend (o20lan9 N6: the checks' advice, "type it
    again with Unikey", read as hers, though she cannot edit an office campaign). The office
    reads the same reason on the commune's page (the station sends it with its log)."""
    ids = refused.ids or ()
    marks = ",".join("?" * len(ids)) or "''"
    held = station.db.execute(
        "SELECT COUNT(*) FROM announcements WHERE origin = 'upstream' AND retired_at IS NULL "
        f"AND (campaign = ? OR id IN ({marks}))",
        [refused.campaign, *ids],
    ).fetchone()[0]
    named = named_campaign(refused.campaign, refused.title)
    kept = (
        _("The {held} notice(s) of it already on the station stay as they were").format(held=held)
        if held
        else _("The station holds none of its notices")
        if refused.ids is not None
        else _("The station holds no notice under its name")
    )
    if refused.ids is None:  # its list cannot be read: a move looks like a withdrawal
        kept = _("{kept}; as its list of notices cannot be read, the station stops none of "
                 "the office's notices until it is corrected").format(kept=kept)  # fmt: skip
    return _("The station did not take the office's campaign {named}. {kept}, and the "
             "office's other campaigns arrive as usual: the commune has nothing to do. The "
             "office sees this on the commune's page and must correct the campaign, then "
             "publish it again: {reason}.").format(
        named=named, reason=within(refused.campaign, refused.reason).rstrip("."),
        kept=kept)  # fmt: skip


def status(station: Station) -> dict[str, Any]:
    """What the operator needs to know about the upstream link, with warnings. python-tuf
    and requests (~0.15 s to import) are imported where a sync or a trust needs them, and here
    only when the station keeps a timestamp: `status` runs often on a commune's old PC."""
    meta = {r["key"]: r["value"] for r in station.db.table("meta").rows}
    trusted = station.trusts_upstream
    timestamp = station.upstream_dir / "metadata" / "timestamp.json"
    expires = None
    if timestamp.exists():
        from tuf.api.metadata import Metadata, Timestamp

        expires = Metadata[Timestamp].from_bytes(timestamp.read_bytes()).signed.expires
    warnings, to_know = [], []
    refused = station.amplifier().refused
    if refused:
        warnings.append(refused)
    source = meta.get("upstream_source") or station.config.upstream.source or None
    if not trusted and source:
        warnings.append(_("no upstream office is trusted yet"))
    if meta.get("upstream_last_error") and meta.get("upstream_last_unreachable"):
        # asks nothing of her now (Để biết): a day of it is Cần chú ý's overdue sync (overview)
        to_know.append(unreachable_text(station, source or "", meta["upstream_last_error"]))
    elif meta.get("upstream_last_error"):
        warnings.append(
            _("the last sync failed: {error}; airing what the station has, and trying again "
              "by itself within {every}").format(
                error=meta["upstream_last_error"], every=retry_every(station))
        )  # fmt: skip
    fault = station.clock_fault() if expires and expires < station.clock() else None
    if fault:  # the clock, not the office, is what to mend (o23lan12 M5)
        warnings.append(
            _("the upstream's signed metadata reads as expired on {day:%d/%m/%Y} only because "
              "this computer's clock is wrong: set its date and time right; the office has "
              "nothing to renew").format(day=expires)
        )  # fmt: skip
    elif expires and expires < station.clock():
        warnings.append(
            _("the upstream's signed metadata expired on {day:%d/%m/%Y}: approved "
              "announcements keep airing, and the station fetches new metadata by itself within "
              "{every}; if this stays after that, call the office, which alone renews it").format(
                day=expires, every=retry_every(station))
        )  # fmt: skip
    upstream = station.db.execute(
        "SELECT COUNT(*) FROM announcements WHERE origin = 'upstream' AND retired_at IS NULL"
    ).fetchone()[0]
    return {
        "station": station.config.name,
        "station_id": station.station_id,
        "upstream_trusted": trusted,
        "upstream_source": source,
        "last_sync": meta.get("upstream_last_sync"),
        "last_attempt": meta.get("upstream_last_attempt"),
        "metadata_expires": expires.isoformat() if expires else None,
        "upstream_announcements": upstream,
        "refused_campaigns": tuple(r.to_json() for r in refused_campaigns(station)),
        "warnings": warnings,
        "upstream_to_know": to_know,
        "checked_at": station.clock().isoformat(),
    }
