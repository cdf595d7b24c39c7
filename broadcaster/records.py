"""Typed values the station hands to its doors (and to its own rooms): an announcement as the
store holds it, built from a store row in one place (`Announcement.from_row`)."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import datetime
from enum import StrEnum
from pathlib import Path
from typing import Any

from announcements.normalize import guessed_summary
from announcements.script import Kind
from common.i18n import N_, _
from schedules.slots import Slot

from .log_chain import ChainHead


class Origin(StrEnum):
    """Who wrote an announcement."""

    LOCAL = "local"
    UPSTREAM = "upstream"
    EMERGENCY = "emergency"


class AnnouncementStatus(StrEnum):
    """Whether an announcement can air: only approved ones do."""

    APPROVED = "approved"
    DRAFT = "draft"
    """its current version waits for approval"""
    RETIRED = "retired"

    @property
    def label(self) -> str:
        return _(STATUS_LABELS[self])


STATUS_LABELS = {
    AnnouncementStatus.APPROVED: N_("approved"),
    AnnouncementStatus.DRAFT: N_("draft"),
    AnnouncementStatus.RETIRED: N_("retired"),
}


@dataclass(frozen=True)
class Version:
    version: int
    created_at: str


@dataclass(frozen=True)
class Announcement:
    """An announcement as stored. `priority` and the validity dates are kept as stored (a
    damaged row still lists; airing it says what is wrong); `text` and `recording_sha256`
    are the current version's, when it was read with them."""

    id: str
    title: str
    campaign: str | None
    priority: str
    repeat: int
    kind: Kind
    voice: str | None
    valid_from: str | None
    valid_until: str | None
    version: int
    approved_version: int | None
    approved_by: str | None
    approved_at: str | None
    retired_at: str | None
    origin: Origin
    upstream_version: int | None
    created_at: str
    updated_at: str
    text: str | None = None
    recording_sha256: str | None = None
    spoken_text: str | None = None
    """The text as the engines receive it (only when asked for: it takes a normalisation)."""
    versions: tuple[Version, ...] = field(default=())

    COLUMNS = (
        "id", "title", "campaign", "priority", "repeat", "kind", "voice", "valid_from",
        "valid_until", "version", "approved_version", "approved_by", "approved_at", "retired_at",
        "origin", "upstream_version", "created_at", "updated_at",
    )  # fmt: skip
    """The `announcements` table's columns that make the record."""

    @classmethod
    def from_row(cls, row: dict[str, Any], current: dict[str, Any] | None = None) -> Announcement:
        """From an `announcements` row and, if given, its current `announcement_versions` row."""
        values = {name: row[name] for name in cls.COLUMNS}
        values["kind"], values["origin"] = Kind(row["kind"]), Origin(row["origin"])
        if current is not None:
            values["text"] = current["text"]
            values["recording_sha256"] = current["recording_sha256"]
        return cls(**values)

    @property
    def status(self) -> AnnouncementStatus:
        if self.retired_at:
            return AnnouncementStatus.RETIRED
        if self.approved_version == self.version:
            return AnnouncementStatus.APPROVED
        return AnnouncementStatus.DRAFT

    @property
    def approved(self) -> bool:
        return self.status is AnnouncementStatus.APPROVED

    def fields(self, detail: bool = False) -> dict[str, Any]:
        """For `--json`: the stored fields and the status (with `detail`, also the current
        text, spoken form, recording and versions)."""
        shown = {name: getattr(self, name) for name in self.COLUMNS} | {"status": self.status}
        if detail:
            shown |= {
                "text": self.text,
                "spoken_text": self.spoken_text,
                "recording_sha256": self.recording_sha256,
                "versions": [asdict(v) for v in self.versions],
            }
        return shown


@dataclass(frozen=True)
class AddResult:
    id: str
    version: int
    change: str
    """new | updated (new version) | unchanged | restored (was retired)"""
    warnings: tuple[str, ...] = ()
    """What the reader could not place in the text (it airs as written)."""
    guessed: tuple[str, ...] = ()
    """The words behind those warnings, as written in the script."""

    @property
    def guessed_note(self) -> str | None:
        """One sentence naming the guessed words, if the reader had to guess any."""
        return guessed_summary(self.guessed) if self.guessed else None


@dataclass(frozen=True)
class Pronunciation:
    """A lexicon entry: `spoken` is said wherever `term` is written."""

    term: str
    spoken: str
    updated_at: str


@dataclass(frozen=True)
class ScheduledSlot:
    """A slot as added, with its program's length today."""

    slot: Slot
    minutes: float


@dataclass(frozen=True)
class Exported:
    """An airing report written: where, how many lines, the period, and the log's chain head
    (to keep with the printed copy)."""

    path: Path
    lines: int
    period: str
    head: ChainHead


@dataclass(frozen=True)
class StationStatus:
    """The station at a glance (`status`, the console's home page)."""

    station: str
    station_id: str
    daemon_pid: int | None
    fingerprint: str
    upstream_trusted: bool
    upstream_source: str | None
    last_sync: str | None
    last_attempt: str | None
    metadata_expires: str | None
    upstream_announcements: int
    office_url: str | None
    office_enrolment: str | None
    office_acked_seq: int
    office_backlog: int
    office_last_push: str | None
    office_last_attempt: str | None
    warnings: tuple[str, ...]
    checked_at: str


@dataclass(frozen=True)
class Trusted:
    """The upstream office's root as pinned by `trust`."""

    fingerprints: list[str]
    """The root key(s), in the digits the office reads out over the phone."""
    keyids: list[str]


@dataclass(frozen=True)
class UpstreamRequest:
    """An emergency the upstream office signed: its message id, title and validity."""

    message_id: str
    title: str
    issued_at: datetime
    valid_until: datetime
