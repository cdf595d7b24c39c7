"""Typed values the station hands to its doors (and to its own rooms): an announcement as the
store holds it, built from a store row in one place (`Announcement.from_row`)."""

from __future__ import annotations

import difflib
from collections.abc import Mapping
from dataclasses import asdict, dataclass, field
from datetime import date, datetime
from enum import StrEnum
from pathlib import Path
from typing import Any

from announcements.script import Kind
from common.i18n import N_, _, full_stop, ngettext
from common.localtime import date_text, duration_text
from schedules.silence import WontAir
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
    REFUSED = "refused"
    """an approver refused its current version, with a reason (a new version is a draft)"""

    @property
    def label(self) -> str:
        return _(STATUS_LABELS[self])


STATUS_LABELS = {
    AnnouncementStatus.APPROVED: N_("approved"),
    AnnouncementStatus.DRAFT: N_("draft"),
    AnnouncementStatus.RETIRED: N_("retired"),
    AnnouncementStatus.REFUSED: N_("not approved"),
}


@dataclass(frozen=True)
class Version:
    version: int
    created_at: str


def notice_named(title: str, code: str) -> str:
    """`“Họp thôn Đông” (hop-thon)`: how a refusal names a notice, by the title the console
    lists and the code that `announce list` shows and every command types."""
    return f"“{title}” ({code})"


def converted_note(encoding: str | None) -> str | None:
    """A file written in an old code page was read by the station's guess of it: whoever
    approves should hear it first (None: the file was Unicode)."""
    if encoding is None:
        return None
    return _(
        "the file was typed in an old character set ({encoding}) and has been converted to "
        "Unicode text: listen to it again before approving"
    ).format(encoding=encoding)


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
    retired_by: str | None
    """Who retired it: an account, the command line's --by, or `upstream:<source>`."""
    origin: Origin
    upstream_version: int | None
    created_at: str
    updated_at: str
    campaign_title: str | None = None
    """The campaign's own title, as the script names it (reports show it instead of the id)."""
    refused_version: int | None = None
    """The version an approver refused (it is refused while it is the current one)."""
    refused_by: str | None = None
    refused_at: str | None = None
    refused_reason: str | None = None
    """Why, in the approver's words: the operator reads it on the notice and the home page."""
    text: str | None = None
    recording_sha256: str | None = None
    converted_from: str | None = None
    """The code page the current version's file was converted from (None: it was Unicode)."""
    spoken_text: str | None = None
    """The text as the engines receive it (only when asked for: it takes a normalisation)."""
    versions: tuple[Version, ...] = field(default=())
    approved_person: str | None = None
    """Whoever approved it as the account named them then (`Station.approver`)."""

    COLUMNS = (
        "id", "title", "campaign", "priority", "repeat", "kind", "voice", "valid_from",
        "valid_until", "version", "approved_version", "approved_by", "approved_at", "retired_at",
        "retired_by", "origin", "upstream_version", "created_at", "updated_at", "campaign_title",
        "refused_version", "refused_by", "refused_at", "refused_reason",
    )  # fmt: skip
    """The `announcements` table's columns that make the record."""

    @classmethod
    def from_row(cls, row: dict[str, Any], current: dict[str, Any] | None = None) -> Announcement:
        """From an `announcements` row and, if given, its current `announcement_versions` row."""
        values = {name: row[name] for name in cls.COLUMNS}
        values["kind"], values["origin"] = Kind(row["kind"]), Origin(row["origin"])
        values["approved_person"] = row.get("approved_person")
        if current is not None:
            values["text"] = current["text"]
            values["recording_sha256"] = current["recording_sha256"]
            values["converted_from"] = current.get("converted_from")
        return cls(**values)

    @property
    def named(self) -> str:
        return notice_named(self.title, self.id)

    @property
    def converted_note(self) -> str | None:
        """Said to the approver where he approves, not only to the officer once (o16lan3 F6)."""
        return converted_note(self.converted_from)

    @property
    def status(self) -> AnnouncementStatus:
        if self.retired_at:
            return AnnouncementStatus.RETIRED
        if self.approved_version == self.version:
            return AnnouncementStatus.APPROVED
        if self.refused_version == self.version:
            return AnnouncementStatus.REFUSED
        return AnnouncementStatus.DRAFT

    @property
    def approved(self) -> bool:
        return self.status is AnnouncementStatus.APPROVED

    @property
    def compared_from(self) -> int:
        """The version a comparison starts from unless asked otherwise: the one approved last
        while a newer one waits (what listeners heard: o15lan2 N3), else the one before."""
        if self.approved_version is not None and self.approved_version < self.version:
            return self.approved_version
        return max(self.version - 1, 1)

    @property
    def stamp(self) -> str:
        """What an edit form was built from (see `stamp_of`)."""
        return stamp_of(self.version, self.retired_at)

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


def stamp_of(version: int, retired_at: str | None) -> str:
    """What an edit form carries of the notice it was built from: its version, and whether it
    was retired. A save built on another stamp would drop a change made meanwhile (o15lan B2:
    two tabs), so it is refused."""
    return f"{version}-retired" if retired_at else str(version)


@dataclass(frozen=True)
class AddResult:
    id: str
    version: int
    change: str
    """new | updated (new version) | unchanged | restored (was retired)"""
    guessed: tuple[str, ...] = ()
    """What the reader could not place in the text, as written in the script (it airs as
    the reader guessed it)."""
    lost: tuple[WontAir, ...] = ()
    """What the coming week's slots air without because of this change (a new version
    waiting for approval)."""
    converted_from: str | None = None
    """The code page its file was converted from (`Script.converted_from`)."""
    held: str | None = None
    """Why auto_approve_local left it a draft: the refusal approval gives (old font, no
    diacritics, mostly guessed words), else None."""

    @property
    def held_note(self) -> str | None:
        """What the officer is told once where she added it, when the station that approves
        its own notices did not approve this one (w16a: it stayed a draft silently)."""
        if self.held is None:
            return None
        return _("not approved automatically, so it stays a draft and does not air. {reason}"
                 ).format(reason=self.held)  # fmt: skip

    @property
    def converted_note(self) -> str | None:
        """What the officer is told of a file converted to Unicode (w15e: a Notepad "ANSI"
        file is read by the station's guess of its code page)."""
        return converted_note(self.converted_from)

    def notes(self) -> list[tuple[str, bool]]:
        """Its converted and held notes, each said as a sentence where it was added, and
        whether it does not air for it (held)."""
        said = ((self.converted_note, False), (self.held_note, True))
        return [(full_stop(note), held) for note, held in said if note]

    @property
    def guessed_note(self) -> str | None:
        """One sentence naming the guessed words, if the reader had to guess any."""
        from announcements.normalize import guessed_summary  # the reader: see Station.reader

        return guessed_summary(self.guessed) if self.guessed else None

    @property
    def lexicon_example(self) -> tuple[str, str] | None:
        """The first guessed word that the lexicon can hold, and how it is read until then:
        what a door shows as the way to fix it (a word that may be typed with a mark missing,
        'truong', is fixed in the script, not taught to the lexicon)."""
        from announcements.normalize import said_alone, slip_note

        word = next((w for w in self.guessed if w.isalpha() and not slip_note(w)), None)
        return (word, said_alone(word)) if word else None


@dataclass(frozen=True)
class ApprovalDiff:
    """What changed since the version approved last: the text, line by line (a unified
    diff), and whether the recording changed."""

    approved_version: int
    version: int
    text_diff: tuple[str, ...]
    recording_changed: bool
    settings_changed: tuple[tuple[str, Any, Any], ...] = ()
    """(setting, approved value, current value) for each approved setting that changed."""

    @classmethod
    def between(
        cls,
        approved_version: int,
        approved_text: str | None,
        approved_recording: str | None,
        version: int,
        text: str | None,
        recording: str | None,
        approved_settings: Mapping[str, Any] | None = None,
        settings: Mapping[str, Any] | None = None,
    ) -> ApprovalDiff:
        diff = difflib.unified_diff(
            (approved_text or "").splitlines(),
            (text or "").splitlines(),
            f"v{approved_version}",
            f"v{version}",
            lineterm="",
        )
        changed = changed_settings(approved_settings or {}, settings or {})
        return cls(approved_version, version, tuple(diff), approved_recording != recording, changed)


def changed_settings(
    before: Mapping[str, Any], after: Mapping[str, Any]
) -> tuple[tuple[str, Any, Any], ...]:
    """(setting, before, after) for each setting both versions hold that differs."""
    return tuple(
        (name, before[name], after[name])
        for name in after
        if name in before and before[name] != after[name]
    )


@dataclass(frozen=True)
class Pronunciation:
    """A lexicon entry: `spoken` is said wherever `term` is written."""

    term: str
    spoken: str
    updated_at: str
    updated_by: str | None = None
    """Who set it (None for an entry made before the station recorded it)."""


@dataclass(frozen=True)
class LexiconChange:
    """A word added, changed or removed (`spoken` None), by whom and when."""

    term: str
    spoken: str | None
    changed_by: str
    changed_at: str


@dataclass(frozen=True)
class ScheduledSlot:
    """A slot as added, with its program's length today."""

    slot: Slot
    minutes: float
    replaced: Slot | None = None
    """The same-named slot it took the place of."""
    stops: tuple[str, ...] = ()
    """Announcements the replaced slot aired that now air in no slot (the coming week)."""
    drafts: int = 0
    """Drafts waiting for approval when none of the slot's announcements is approved yet."""
    waiting: tuple[str, ...] = ()
    """The titles of its announcements left out until their version is approved."""
    ended: tuple[tuple[str, date], ...] = ()
    """The title and end date of each notice it names whose days are over before the slot's
    first: ticked, and never to air in it (o19lan8 L7: saved without a word)."""
    retired: tuple[str, ...] = ()
    """The titles of the retired notices it names: it airs without them."""

    def length_text(self) -> str:
        """Its program's length, or that it airs nothing (never "0 giây"): every door."""
        return duration_text(self.minutes * 60) if self.minutes else _("nothing airs")

    def retired_text(self) -> str:
        """What the slot will not air because it is retired (else ""), for every door: with
        nothing else to air, that it airs nothing until a notice is added to it or that one
        is brought back (w20c: `schedule add` said '9 giây' of a slot airing nothing)."""
        if not self.retired:
            return ""
        values = {"name": self.slot.label, "titles": ", ".join(f"“{t}”" for t in self.retired)}
        if self.minutes:
            return ngettext(
                "slot {name} airs without {titles}: it is retired",
                "slot {name} airs without {titles}: they are retired",
                len(self.retired),
            ).format(**values)
        return ngettext(
            "slot {name} airs nothing: {titles} is retired; it airs once another "
            "announcement is added to it, or that one is brought back (send its file again)",
            "slot {name} airs nothing: {titles} are retired; it airs once another "
            "announcement is added to it, or one of them is brought back (send its file again)",
            len(self.retired),
        ).format(**values)

    def ended_text(self) -> str:
        """What the slot will not air because its days are over, for every door (else "")."""
        return "; ".join(
            _("slot {name} will not air “{title}”: that notice is valid only until {day}").format(
                name=self.slot.label, title=title, day=date_text(until)
            )
            for title, until in self.ended
        )

    def waiting_text(self) -> str:
        """The warning when the slot airs nothing, or airs without some of its announcements,
        until approval (else ""), for every door."""
        if not self.drafts and self.waiting:
            return ngettext(
                "slot {name} airs without {titles} until it is approved",
                "slot {name} airs without {titles} until they are approved",
                len(self.waiting),
            ).format(name=self.slot.label, titles=", ".join(f"“{t}”" for t in self.waiting))
        if not self.drafts:
            return ""
        return ngettext(
            "slot {name} airs nothing yet: none of its announcements is approved "
            "({n} draft waits for approval)",
            "slot {name} airs nothing yet: none of its announcements is approved "
            "({n} drafts wait for approval)",
            self.drafts,
        ).format(name=self.slot.label, n=self.drafts)


@dataclass(frozen=True)
class PrintedWeek:
    """A week's schedule printed for the notice board: where, its Monday, how many airings."""

    path: Path
    monday: date
    airings: int


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
    refused_campaigns: tuple[dict[str, str | None], ...]
    """The office's campaigns the last sync did not take (campaign, title, reason)."""
    office_url: str | None
    office_enrolment: str | None
    office_acked_seq: int
    office_backlog: int
    office_last_push: str | None
    office_last_attempt: str | None
    warnings: tuple[str, ...]
    checked_at: str
    upstream_to_know: tuple[str, ...] = ()
    """The upstream link's state that asks nothing of her (the office unreachable for now),
    as Để biết and Đồng bộ's link card say it."""
    office_to_know: tuple[str, ...] = ()
    """The log collector's, likewise (its last push unanswered), as Đồng bộ's card says it."""
    upstream_configured: bool = False
    """An upstream office is trusted or a source is set (else `status` says nothing of it)."""
    on_air: Any = None
    """The airing on air now (an OnAir), or None."""
    on_air_remaining_s: float | None = None
    stopped_on_air: str | None = None
    """Nothing on air since its process died mid-airing: what to say of it (or None)."""
    next_airings: tuple[Any, ...] = ()
    """The next three airings (RundownEntry), local times."""
    waiting_approval: tuple[Announcement, ...] = ()
    not_approved: tuple[Announcement, ...] = ()
    """Refused by an approver, with the reason: its writer is to change it."""
    will_not_air: tuple[WontAir, ...] = ()
    will_not_air_text: tuple[str, ...] = ()
    """The same, one sentence each: slots, from when, why, what to do."""
    speech: str = ""
    """The voice the last airing used, in words, and why."""
    did_not_air: tuple[str, ...] = ()
    """The last day's airings that did not air as planned (missed, failed, interrupted), one
    sentence each, as Trang chủ lists them first under what needs attention."""
    to_know: tuple[str, ...] = ()
    """Để biết: what happened lately or holds that asks nothing of the operator, one sentence
    each, as Trang chủ lists them beside what needs attention."""
    sound_fault: str | None = None
    """The newest airing reached no loudspeaker (the sound card or the amplifier failed): what
    to say of it, as Trang chủ's status box says it; else None."""


@dataclass(frozen=True)
class VersionDiff:
    """What changed in an announcement between two versions: the text word by word (`parts`
    are (how, words) with how one of same | removed | added, in reading order), each setting
    approved with it (its dates, title, priority…), and whether the recording changed."""

    announcement_id: str
    old: int
    new: int
    parts: tuple[tuple[str, str], ...]
    settings: tuple[tuple[str, Any, Any], ...] = ()
    """(setting, old value, new value) for each setting that changed: a date, the title…"""
    recording_changed: bool = False

    @property
    def changed(self) -> bool:
        return any(how != "same" for how, _ in self.parts)


@dataclass(frozen=True)
class Meanwhile:
    """A refused stale save, three ways (o16lan3 F4): what the others changed from the version
    her form was built from (`base`) to the one saved since, and what she changed from the
    same base, so a change of theirs never reads as hers."""

    base: int
    version: int
    who: str
    """Who saved the versions since `base`, as the saving account reads it."""
    theirs: tuple[tuple[str, str], ...]
    mine: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class Jingle:
    """A jingle the station airs: its role, the audio as stored (to listen to), where it
    came from and when."""

    role: str
    path: Path
    duration_s: float
    source: str
    set_at: str


@dataclass(frozen=True)
class Found:
    """Announcements found: how many in all, and those asked for (a page of them)."""

    total: int
    announcements: tuple[Announcement, ...]


@dataclass(frozen=True)
class Trusted:
    """The upstream office's root as pinned by `trust`."""

    fingerprints: list[str]
    """The root key(s), in the digits the office reads out over the phone."""
    keyids: list[str]
    found: Path | None = None
    """The root file read in the folder given (a USB stick's), if a folder was given."""


@dataclass(frozen=True)
class UpstreamRequest:
    """An emergency the upstream office signed: its message id, title and validity."""

    message_id: str
    title: str
    issued_at: datetime
    valid_until: datetime
