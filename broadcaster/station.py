"""The station: a directory with station.toml, the store station.db and its audio.

`Station` is the facade both doors call (the command line, the web console): every
operation a person can ask for is a method here, and the doors only parse, show and choose
exit codes or pages. What it hands back are typed records (broadcaster/records.py and the
records of the modules it calls); its errors are sentences in the station's terms that name
no command-line flag or button: each door adds its own hint.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sqlite3
import tempfile
import uuid
from collections.abc import Callable, Iterable, Mapping, Sequence
from contextlib import AbstractContextManager
from dataclasses import asdict, dataclass, is_dataclass, replace
from datetime import date, datetime, time, timedelta
from functools import cached_property, partial
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from announcements.asset_store import AssetStore
from announcements.audio import Asset, require_ffmpeg
from announcements.engines import ESPEAK_VOICES, Engine, EspeakEngine, GttsEngine
from announcements.limits import DEFAULT_LIMITS, InputLimits, refuse_unreadable
from announcements.numbers import DIALECTS
from announcements.script import (
    EMERGENCY_PREFIX,
    UPSTREAM_MARK,
    Kind,
    Script,
    ScriptError,
    canonical_text,
    none_added,
    read_scripts,
)
from announcements.speech import Synthesizer
from audio_out.amplifier import AmplifierHooks
from audio_out.sinks import Sink, make_sink, sink_text, sound_cards
from common.errors import BroadcasterError, kept
from common.files import check_output, file_problem, tighten_umask, write_atomic
from common.free_text import QUIET_REASON, REFUSAL_REASON, tidy_note
from common.i18n import _, choose_language, sentences, use_language
from common.library_errors import describe as describe  # the doors say a library's error with it
from common.localtime import clock_text, date_text, local_text
from common.plain_text import slug, tidy_person
from common.store import Store
from schedules.parse import InputError, parse_date, parse_quiet_hours, parse_week
from schedules.priority import Priority
from schedules.quiet_hours import QuietHours
from schedules.silence import WontAir
from schedules.slots import Slot, SlotError, check_slot, make_slot
from upstream import pinned_root

from .accounts import Accounts as Accounts  # the doors name it in their annotations
from .accounts import StationAccounts
from .airing_lines import LINES_ZONE
from .airing_lines import aired_by as aired_by  # who aired it, as every place says it
from .airing_lines import lateness as lateness  # `log list` says it as Nhật ký does
from .airing_lines import left_out as left_out  # what a slot left out, as every place says it
from .airing_lines import unheard as unheard  # where a row no loudspeaker played went
from .airing_lines import voided as voided  # why a row does not count, as every place says it
from .clock import Clock as Clock
from .clock import system_clock as system_clock
from .clock import utc_iso
from .config import (
    DEFAULT_QUIET_HOURS,
    StationConfig,
    config_text,
    load_config,
    save_setting,
    settings_refusal,
    station_language,
)
from .form_keys import AlreadyDone as AlreadyDone  # the console catches them
from .form_keys import FormKey as FormKey  # the console passes it back
from .form_keys import FormKeyRefused as FormKeyRefused
from .identity import identity
from .jingles import CHIME_LOUDNESS, CHIMES_MADE, ROLES, JingleRole
from .layout import AIRINGS, INIT_PREFIX, STORE, UPSTREAM
from .layout import CONFIG as CONFIG_NAME
from .program import Jingles, Program, ProgramItem, plan_program, render_program
from .records import (
    AddResult,
    Announcement,
    AnnouncementStatus,
    ApprovalDiff,
    Exported,
    Found,
    Jingle,
    LexiconChange,
    Meanwhile,
    Origin,
    PrintedWeek,
    Pronunciation,
    ScheduledSlot,
    StationStatus,
    Trusted,
    UpstreamRequest,
    Version,
    VersionDiff,
    notice_named,
    stamp_of,
)
from .store import StoreError as StoreError  # the doors catch it (a store that cannot open)
from .store import explain, open_store

if TYPE_CHECKING:
    from announcements.normalize import Reader, Reading

    from .airing import Airing
    from .backup import Backup
    from .clock_check import ClockFault
    from .emergency import Sent, Stoppable
    from .health import Faults
    from .log_chain import Verdict
    from .not_aired import NotAired
    from .office_link import Enrolment, PushResult
    from .overview import LastAiring, OnAir
    from .proposals import ProposedSlot
    from .reair import Offer as ReAirOffer
    from .report import Letterhead, NotReady
    from .report_heading import SavedHeading
    from .schedule import BrokenSlot, RundownEntry, ScheduleDay
    from .sync import SyncResult

SAMPLES_DIR = Path(__file__).parent / "samples"
Progress = Callable[[int, int], None]
"""Called with (done, total) as speech is prepared."""


NEXT_ON_AIR_DAYS = 7
"""How far past its days a rundown with nothing to air looks for what airs next."""
MAX_TERM_CHARS = 100
MAX_SPOKEN_CHARS = 500
"""A lexicon entry is a word or a short phrase, never a document."""

APPROVED_SETTINGS = ("title", "priority", "repeat", "valid_from", "valid_until", "voice",
                     "campaign")  # fmt: skip
"""What an approver approves besides the words and audio: changing any of them makes a new
version, so an airing never logs an approval of a priority or a period nobody approved."""
NOT_REFUSED = {"refused_version": None, "refused_by": None, "refused_at": None,
               "refused_reason": None}  # fmt: skip
MIN_GUESSED_TO_REFUSE = 4
"""An approval is refused when more than half of a notice's words are guessed, and at least
this many: a short line with a name or two the reader spells is still understood."""
WORD_EDGES = "\"'()[]{},.;:!?“”‘’«»…-–"
AUTO_APPROVERS = {"local": "tự động (nội dung địa phương)", "upstream": "tự động (cấp trên)"}


class StationError(BroadcasterError):
    """An operation the station refuses, in one sentence for the operator."""


class ChangedMeanwhile(StationError):
    """A form built on a version someone replaced (or retired) since: nothing is saved."""


class NoSource(StationError):
    """There is nowhere to sync from: the station was never linked to an office (the
    console says who links it and how; the command line names the setting)."""


class OfficeUnreachable(StationError):
    """A sync found no office answering: nothing was refused, the station tries again by
    itself, and its status says so (Đồng bộ shows it there once, not as a red error above it:
    o22lan11 N3)."""


class NotApproved(StationError):
    """An announcement's current version is a draft (each door says how to approve it)."""

    def __init__(self, message: str, announcement_id: str) -> None:
        super().__init__(message)
        self.announcement_id = announcement_id


class InQuietHours(StationError):
    """A normal or priority announcement refused in quiet hours (each door says how the
    operator may air it anyway, with a reason)."""


def _who(by: str) -> str:
    """The name recorded as having made a change (an account, or the command line's --by)."""
    if not by.strip():
        raise StationError(_("say who makes the change: the name is empty"), field="by")
    return by.strip()


def _with_reading(result: AddResult, reading: Reading) -> AddResult:
    return replace(result, guessed=reading.guessed)


def not_past(valid_until: date | None, today: date, field: str, where: str = "") -> None:
    """Refuse an end date already past: the notice would be stored, approved, and never air."""
    if valid_until is None or valid_until >= today:
        return
    said = _("The end date {day} has passed, so the notice would never air: type a day from "
             "today ({today}) on.").format(day=date_text(valid_until),
                                          today=date_text(today))  # fmt: skip
    if where:
        said = _("{path}: {problem}").format(path=where, problem=said)
    raise ScriptError(said, field=field)


def _past_ends(scripts: Sequence[Script], today: date) -> list[tuple[BroadcasterError, str]]:
    """Each script whose end date has passed, refused by its file's name (with that name)."""
    found = []
    for script in scripts:
        faults: list[BroadcasterError] = []
        kept(faults, partial(not_past, script.valid_until, today, "files", script.source.name))
        found += [(fault, script.source.name) for fault in faults]
    return found


@dataclass
class Station:
    root: Path
    config: StationConfig
    db: Store
    clock: Clock = system_clock

    # ----- opening -------------------------------------------------------------------------
    @classmethod
    def open(cls, root: Path, clock: Clock = system_clock, create: bool = False) -> Station:
        """Open a station folder; its store must be there (only `create` makes one)."""
        tighten_umask()
        config = load_config(root)
        return cls(root.resolve(), config, open_store(root / STORE, create), clock)

    @property
    def read_only(self) -> str | None:
        """Why the store can only be read now (its disk is full), or None: what only reads
        works, a change is refused with that sentence."""
        return self.db.read_only

    @classmethod
    def create(
        cls,
        root: Path,
        name: str,
        timezone: str = "Asia/Ho_Chi_Minh",
        quiet_hours: str | tuple[str, str] | None = DEFAULT_QUIET_HOURS,
        clock: Clock = system_clock,
    ) -> Station:
        """A new station with its store and default jingles, made whole or not at all: it is
        built in a hidden folder and moved into place at the end (station.toml last). Only a
        new or empty folder becomes a station. Quiet hours as typed (21:00-05:00, 21h-5h,
        none) or as two times."""
        tighten_umask()
        if (root / CONFIG_NAME).exists():
            raise StationError(
                _("{root} is already a station ({file} exists)").format(root=root, file=CONFIG_NAME)
            )
        if isinstance(quiet_hours, str):
            try:
                span = parse_quiet_hours(quiet_hours)
            except InputError as e:
                raise StationError(str(e), field="quiet_hours") from None
            quiet_hours = (clock_text(span[0]), clock_text(span[1])) if span else None
        text = config_text(name, timezone, quiet_hours)
        existing = root.is_dir()
        if root.exists() and not existing:
            raise StationError(_("{root} is a file, not a folder").format(root=root))
        if existing:
            for leftover in root.glob(f"{INIT_PREFIX}*"):  # from an init that was killed
                shutil.rmtree(leftover, ignore_errors=True)
            if any(root.iterdir()):
                raise StationError(
                    _("{root} is not empty: give a new or empty folder for the station").format(
                        root=root
                    )
                )
        parent = root if existing else root.parent
        parent.mkdir(parents=True, exist_ok=True)
        build = Path(tempfile.mkdtemp(prefix=INIT_PREFIX, dir=parent))
        try:
            cls._build(build, text, clock)
            if existing:
                for entry in sorted(build.iterdir(), key=lambda p: p.name == CONFIG_NAME):
                    os.rename(entry, root / entry.name)
                build.rmdir()
            else:
                build.chmod(0o755)
                os.rename(build, root)
        except BaseException:
            shutil.rmtree(build, ignore_errors=True)
            raise
        return cls.open(root, clock)

    @classmethod
    def _build(cls, folder: Path, config: str, clock: Clock) -> None:
        """Settings (0644), the store (0600) and the default jingles, in `folder`."""
        require_ffmpeg()  # the chimes are copied, not rendered: nothing else would ask for it
        write_atomic(folder / CONFIG_NAME, config)
        os.close(os.open(folder / STORE, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
        station = cls.open(folder, clock, create=True)
        try:
            with station.db.conn:
                station.db.table("meta").insert_all(
                    [
                        {"key": "station_id", "value": str(uuid.uuid4())},
                        {"key": "created_at", "value": utc_iso(clock())},
                        {"key": LINES_ZONE, "value": station.config.zone.key},
                    ],
                    pk="key",
                )
            identity(station.root)  # the key pair the office knows the station by
            for role in (JingleRole.INTRO, JingleRole.OUTRO):
                made = CHIMES_MADE / f"{role}.wav"
                asset = station.assets.add_measured(made, CHIME_LOUDNESS[role])
                station._record_jingle(role, asset, str(made))
        finally:
            station.db.conn.close()

    @property
    def fingerprint(self) -> str:
        """The station's identity as read to the office by phone (twenty digits)."""
        return identity(self.root).fingerprint

    def console_secret(self) -> bytes:
        """The key that signs the web console's session cookies (made on first use)."""
        from .console_secret import secret_key

        return secret_key(self.root)

    @cached_property
    def form_secret(self) -> bytes:
        """The console's key, read once per opening: a page may show a form per row."""
        return self.console_secret()

    def form_key(self, form: str, by: str) -> str:
        """A one-time key for `form` as shown to account `by` (see form_keys)."""
        from . import form_keys

        return form_keys.make(self, form, by)

    def read_form_key(self, token: str, form: str, by: str, where: str = "") -> FormKey:
        """The key a form came back with, checked (FormKeyRefused when it was made for
        another form or account, or is too old); `where`: the page a repeat is sent to."""
        from . import form_keys

        return replace(form_keys.read(self, token, form, by), where=where)

    def once(self, key: FormKey | None) -> AbstractContextManager[Callable[[str], None]]:
        """The work of a form, done once: its key rides with the work's first write
        transaction; a used key does nothing and raises AlreadyDone, saying when and where
        the first answer was (see form_keys)."""
        from . import form_keys

        return form_keys.once(self, key)

    @property
    def station_id(self) -> str:
        return str(self.db.table("meta").get("station_id")["value"])

    @property
    def upstream_dir(self) -> Path:
        """The upstream office's verified TUF metadata and targets."""
        return self.root / UPSTREAM

    @property
    def trusted_root(self) -> Path:
        """Where `trust` pins the office's root (a sync re-points it: see `trusts_upstream`)."""
        return self.upstream_dir / "metadata" / "root.json"

    @property
    def trusts_upstream(self) -> bool:
        """Whether the station trusts an office, read so that a sync under way never hides it."""
        return pinned_root(self.upstream_dir / "metadata") is not None

    @property
    def accounts(self) -> Accounts:
        """Who may use the web console, and with what role."""
        return Accounts(StationAccounts(self.db), self.clock)

    @property
    def assets(self) -> AssetStore:
        return AssetStore(self.db, self.root, self.config.loudness, self.config.limits)

    def engines(self) -> list[Engine]:
        speech = self.config.speech
        made: dict[str, Engine] = {
            "gtts": GttsEngine(speech.gtts_timeout_s, speech.gtts_retries, speech.gtts_backoff_s),
            "espeak": EspeakEngine(),
        }
        return [made[name] for name in speech.engines]

    @property
    def synthesizer(self) -> Synthesizer:
        return Synthesizer(self.assets, self.engines(), self.reader, clock=self.clock)

    def reader(self) -> Reader:
        """How this station reads text: its lexicon and regional variant. The reader is
        imported here, not at the top: building its tables (hundreds of patterns) cost every
        process ~0.15 s at start, and most commands (`status`, `log list`, the console's
        pages) read no text."""
        from announcements.normalize import Reader

        lexicon = {row["term"]: row["spoken"] for row in self.db.table("lexicon").rows}
        return Reader(lexicon, DIALECTS.get(self.config.speech.reading))

    @property
    def limits(self) -> InputLimits:
        """station.toml's `[limits]`, knowing the lexicon's words: a text is checked with
        them (a brand the lexicon lists in capitals is no Vietnamese typed without marks)."""
        terms = self.db.execute("SELECT term FROM lexicon").fetchall()
        return replace(self.config.limits, known=frozenset(term for (term,) in terms))

    def read(self, text: str, voice: str | None = None) -> Reading:
        """The spoken form of a text typed at a door, within the same limit as a script."""
        self.limits.check_text(text, _("the text to read"))
        return self.reader().read(text, voice or self.config.speech.voice)

    def slip_note(self, guessed: str) -> str | None:
        """What is said of a guessed pair that may be a slip ("'Kính moi' may be typed with a
        mark missing ('Kính mời')"), None for any other guessed word: a slip is corrected in
        the text, not taught to the lexicon."""
        from announcements.normalize import slip_note

        return slip_note(guessed)

    # ----- lexicon -------------------------------------------------------------------------
    def lexicon(self) -> list[Pronunciation]:
        return [
            Pronunciation(**row) for row in self.db.table("lexicon").rows_where(order_by="term")
        ]

    def lexicon_changes(self, limit: int = 20) -> list[LexiconChange]:
        """The latest changes to the lexicon, newest first: who added, changed or removed
        which word, and when."""
        rows = self.db.query(
            "SELECT term, spoken, changed_by, changed_at FROM lexicon_changes "
            "ORDER BY id DESC LIMIT ?",
            [limit],
        )
        return [LexiconChange(**row) for row in rows]

    def _lexicon_changed(self, term: str, spoken: str | None, by: str, at: str) -> None:
        self.db.table("lexicon_changes").insert(
            {"term": term, "spoken": spoken, "changed_by": by, "changed_at": at}
        )

    def approver(self, found: Announcement) -> str:
        """Whoever approved it, as their account named them when they did (the approvals
        before that was kept: as the account names them now)."""
        return found.approved_person or self.accounts.person(found.approved_by)

    def who_else(self, account: str | None, by: str) -> str:
        """Who made the change a stale form is refused for, as `by` (saving) reads it: her own
        account is her other tab, never her own name as if someone else (o15lan2 N2)."""
        if by and account == by:
            return _("You (in another tab)")
        return self.accounts.person(account)

    def lexicon_stamp(self) -> str:
        """What a lexicon form carries of the lexicon it was shown with: its newest change."""
        row = self.db.execute("SELECT MAX(id) FROM lexicon_changes").fetchone()
        return str(row[0] or 0)

    def _lexicon_still(self, term: str, spoken: str, built_on: str, by: str) -> None:
        """Refuse a word someone else said otherwise (or removed) after the form was shown
        (o15lan B2): her reading would silently replace theirs."""
        row = self.db.execute(
            "SELECT id, spoken, changed_by, changed_at FROM lexicon_changes WHERE term = ? "
            "ORDER BY id DESC LIMIT 1", [term]).fetchone()  # fmt: skip
        if row is None or row[0] <= int(built_on or 0) or row[1] == spoken:
            return
        values = {"who": self.who_else(row[2], by), "term": term, "spoken": row[1],
                  "when": local_text(row[3], self.config.zone, self.today(), mid=True),
                  "mine": spoken}  # fmt: skip
        said = (_("{who} changed '{term}' to be said '{spoken}' ({when}) after this page was "
                  "opened: nothing was saved (yours: '{mine}').") if row[1] is not None
                else _("{who} removed '{term}' from the lexicon ({when}) after this page was "
                       "opened: nothing was saved (yours: '{mine}')."))  # fmt: skip
        raise ChangedMeanwhile(said.format(**values), field="spoken")

    def set_pronunciation(
        self, term: str, spoken: str, by: str, built_on: str | None = None
    ) -> Pronunciation:
        """Say `spoken` wherever `term` is written (whole words, any case), as `by` asks.
        Only speech whose text contains the term changes, so only that is synthesised
        again. `built_on`, a form's `lexicon_stamp`: see _lexicon_still."""
        by = _who(by)
        term, spoken = " ".join(term.split()).lower(), " ".join(spoken.split())
        for value, field, longest in (
            (term, "term", MAX_TERM_CHARS),
            (spoken, "spoken", MAX_SPOKEN_CHARS),
        ):
            if not value:
                raise StationError(_("a lexicon entry needs a word and how to say it"), field=field)
            if len(value) > longest:
                raise StationError(
                    _(
                        "a lexicon entry is a word or a short phrase: at most {term} characters "
                        "written and {spoken} spoken"
                    ).format(term=MAX_TERM_CHARS, spoken=MAX_SPOKEN_CHARS),
                    field=field,
                )
        entry = Pronunciation(term, spoken, utc_iso(self.clock()), by)
        with self.db.conn:
            if built_on is not None:
                self._lexicon_still(term, spoken, built_on, by)
            self.db.table("lexicon").insert(asdict(entry), pk="term", replace=True)
            self._lexicon_changed(term, spoken, by, entry.updated_at)
        return entry

    def remove_pronunciation(self, term: str, by: str) -> None:
        by = _who(by)
        term = " ".join(term.split()).lower()
        with self.db.conn:
            if not self.db.execute("DELETE FROM lexicon WHERE term = ?", [term]).rowcount:
                raise StationError(_("'{term}' is not in the lexicon").format(term=term))
            self._lexicon_changed(term, None, by, utc_iso(self.clock()))

    def sink(self, spec: str | None = None, base_dir: Path | None = None) -> Sink:
        """The named sink, or the station's default ('auto': sound card if any, else files)."""
        if spec is None:
            spec, base_dir = self.config.default_sink, self.root
        if spec == "auto":
            spec, base_dir = ("device" if sound_cards() else f"file:{AIRINGS}"), self.root
        return make_sink(spec, base_dir or Path.cwd())

    def amplifier(self) -> AmplifierHooks:
        """The power hooks; refused (they do not run) if others could change the settings."""
        a = self.config.amplifier
        refused = settings_refusal(self.root) if a.before or a.after else None
        return AmplifierHooks(a.before, a.pre_roll_s, a.after, refused)

    # ----- announcements -------------------------------------------------------------------
    def add_announcements(self, paths: Sequence[Path]) -> list[AddResult]:
        """Read every file first (every file's faults said at once), then store them all in
        one transaction (or none of them)."""
        return self.store_scripts(read_scripts(paths, self.limits))

    def store_scripts(
        self,
        scripts: Sequence[Script],
        built_on: Mapping[str, str] | None = None,
        *,
        faults: Sequence[BroadcasterError] = (),
        sound: Sequence[str] | None = None,
    ) -> list[AddResult]:
        """Store announcements already read and checked, in one transaction (or none). An id
        in `built_on` is stored only if the notice still has that stamp (`stamp_of`): checked
        inside the transaction, so of two tabs saving at once the second is refused.

        A notice whose end date has passed is refused here, whichever door sent it (o19lan8
        L8: `announce add` stored one the console refused), said with the `faults` a door
        found in its other files; `sound` names the files without one (default: every
        script's)."""
        from .clock_check import refuse_while_behind

        refuse_while_behind(self)  # its dates and versions would be dated by a wrong clock
        ids = [s.id for s in scripts]
        repeated = {i for i in ids if ids.count(i) > 1}
        if repeated:
            raise ScriptError(
                _("id '{id}' is given by more than one file").format(id=sorted(repeated)[0])
            )
        past = _past_ends(scripts, self.today())
        if past or faults:  # a notice never to air: from every door, with the door's faults
            refused = {name for _fault, name in past}
            named = [s.source.name for s in scripts] if sound is None else sound
            fine = [name for name in named if name not in refused]
            raise none_added([*faults, *(fault for fault, _name in past)], fine)
        recordings = {s.id: self.assets.add(s.recording) for s in scripts if s.recording}
        now = utc_iso(self.clock())
        refusals = {s.id: self._refusal(s) for s in scripts}
        from .schedule import watching_losses

        with watching_losses(self) as losses, self.db.conn:
            for s in scripts:
                if built_on and s.id in built_on:
                    self._still(s.id, built_on[s.id], str(s.source))
            stored = [
                self._store_script(s, recordings.get(s.id), now, refusal=refusals[s.id])
                for s in scripts
            ]
        return [
            replace(
                _with_reading(result, self.read(s.text, s.voice)) if s.text else result,
                lost=tuple(w for w in losses if w.announcement_id == s.id),
                converted_from=s.converted_from,
            )
            for s, result in zip(scripts, stored, strict=True)
        ]

    def _refusal(self, script: Script) -> str | None:
        """Why auto_approve_local may not approve the script (None: it may): only what an
        approver could (w15e, `_understood`). Decided before the store's write transaction,
        since a full reading must not hold the lock the daemon writes under (review16 #2)."""
        if not (self.config.approval.auto_approve_local and script.text):
            return None
        try:
            self._understood(script.text, notice_named(script.title, script.id), script.voice)
        except BroadcasterError as e:
            return str(e)
        return None

    def _store_script(
        self,
        script: Script,
        recording: Asset | None,
        now: str,
        origin: str = "local",
        upstream_version: int | None = None,
        refusal: str | None = None,
    ) -> AddResult:
        """Store one announcement; its version goes up only when what is heard changes. A
        local one is approved automatically only without a `refusal` (`_refusal`)."""
        content = script.content_sha256()
        current = self._announcement_row(script.id)
        if current and current["origin"] != origin:
            message = (
                _("announcement id '{id}' already belongs to the upstream office")
                if current["origin"] == Origin.UPSTREAM
                else _("announcement id '{id}' already belongs to this station")
            )
            raise StationError(message.format(id=script.id))
        fields = {
            **script.fields(),
            "campaign": script.campaign,
            "kind": script.kind,
            "updated_at": now,
            "retired_at": None,
            "retired_by": None,
            "origin": origin,
            "upstream_version": upstream_version,
        }
        settings = {name: fields[name] for name in APPROVED_SETTINGS}
        if current is None:
            version, change = 1, "new"
        else:
            last = self.db.table("announcement_versions").get((script.id, current["version"]))
            same = last["content_sha256"] == content and settings == {
                name: current[name] for name in APPROVED_SETTINGS
            }
            version = current["version"] if same else current["version"] + 1
            change = "restored" if current["retired_at"] else "unchanged" if same else "updated"
        row = {"id": script.id, "version": version, **fields}
        automatic = {
            "local": self.config.approval.auto_approve_local,
            "upstream": self.config.approval.auto_approve_upstream,
        }[origin]
        unapproved = (
            current is None or current["retired_at"] or current["approved_version"] != version
        )
        held = None
        if automatic and origin == "local" and refusal:
            automatic, held = False, refusal if unapproved else None  # said once (w16f)
        if current is not None and current["retired_at"]:
            # back from retirement: a draft again, whoever approved it before
            row |= {
                "approved_version": None,
                "approved_by": None,
                "approved_person": None,
                "approved_at": None,
                **NOT_REFUSED,
            }
        if automatic and unapproved:
            row |= {
                "approved_version": version,
                "approved_by": AUTO_APPROVERS[origin],
                "approved_person": None,
                "approved_at": now,
            }
        if current is None:
            self.db.table("announcements").insert({**row, "created_at": now})
        else:
            self.db.table("announcements").update(script.id, row)
        if current is None or version != current["version"]:
            self.db.table("announcement_versions").insert(
                {
                    "announcement_id": script.id,
                    "version": version,
                    "content_sha256": content,
                    "text": script.text,
                    "recording_sha256": recording.sha256 if recording else None,
                    "source": str(script.source),
                    "created_at": now,
                    "settings": json.dumps(settings, ensure_ascii=False),
                    "converted_from": script.converted_from,
                }
            )
        return AddResult(script.id, version, change, held=held)

    def _still(self, announcement_id: str, stamp: str, source: str) -> None:
        """Refuse, saying who changed the notice and when (to the saver, `source`'s account),
        unless it still has `stamp`."""
        from .notices import changed_meanwhile

        row = self._announcement_row(announcement_id)
        if row is not None and stamp_of(row["version"], row["retired_at"]) != stamp:
            raise ChangedMeanwhile(changed_meanwhile(self, row, source))

    def _announcement_row(self, announcement_id: str) -> dict[str, Any] | None:
        rows = self.db.query("SELECT * FROM announcements WHERE id = ?", [announcement_id])
        return next(rows, None)

    def find_announcement(self, announcement_id: str) -> Announcement | None:
        """The announcement as stored (without its text), or None."""
        row = self._announcement_row(announcement_id)
        return Announcement.from_row(row) if row else None

    def announcement(self, announcement_id: str, spoken: bool = True) -> Announcement:
        """The announcement with its current text or recording, its versions and (unless
        `spoken` is False: it takes a normalisation) the spoken form."""
        row = self._announcement_row(announcement_id)
        if row is None:
            raise StationError(_("there is no announcement '{id}'").format(id=announcement_id))
        current = self.db.table("announcement_versions").get((announcement_id, row["version"]))
        versions = self.db.execute(
            "SELECT version, created_at FROM announcement_versions "
            "WHERE announcement_id = ? ORDER BY version",
            [announcement_id],
        ).fetchall()
        found = Announcement.from_row(row, current)
        spoken_text = self.read(found.text, found.voice).spoken if spoken and found.text else None
        return replace(
            found, spoken_text=spoken_text, versions=tuple(Version(v, c) for v, c in versions)
        )

    def announcements(
        self, include_retired: bool = False, by_title: bool = False, emergencies: bool = True
    ) -> list[Announcement]:
        """By id; `by_title`: in the order a slot airs them (notices.title_order). Without
        `emergencies`, the notices as Thông báo lists them: an emergency aired once and is
        over, Nhật ký has it (o22lan11 N5)."""
        from .notices import title_order

        where = " AND ".join(
            ([] if include_retired else ["retired_at IS NULL"])
            + ([] if emergencies else ["origin IS NOT 'emergency'"])
        )
        found = [
            Announcement.from_row(row)
            for row in self.db.table("announcements").rows_where(where or None, order_by="id")
        ]
        if by_title:
            found.sort(key=lambda a: title_order(a.title, a.id))
        return found

    def find_announcements(
        self,
        status: str = "",
        campaign: str = "",
        words: str = "",
        offset: int = 0,
        limit: int | None = None,
    ) -> Found:
        """Announcements of a status (retired ones only when asked for) and a campaign whose
        id, title or text holds every word typed (case and accents aside), `limit` of them
        from `offset`, and how many there are in all."""
        from . import notices

        return notices.find(self, status, campaign, words, offset, limit)

    def titles(self) -> dict[str, str]:
        """Every announcement's title by its id (retired ones too): what a person reads
        wherever the store keeps an id."""
        return dict(self.db.execute("SELECT id, title FROM announcements").fetchall())

    def emergency_names(self, notes: Iterable[str | None]) -> dict[str, str]:
        """Each emergency named in these notes by its id, as a person tells it (its time and
        first words): the log keeps the id, which tells the officer nothing."""
        from .airing_lines import EMERGENCY_ID, emergency_name

        ids = sorted({found for n in notes if n for found in EMERGENCY_ID.findall(n)})
        if not ids:
            return {}
        rows = self.db.execute(
            "SELECT a.id, a.created_at, v.text, a.title FROM announcements a "
            "LEFT JOIN announcement_versions v ON v.announcement_id = a.id AND v.version = 1 "
            f"WHERE a.id IN ({', '.join('?' * len(ids))})",
            ids,
        ).fetchall()
        zone = self.config.zone
        return {i: emergency_name(datetime.fromisoformat(at).astimezone(zone), text, title)
                for i, at, text, title in rows}  # fmt: skip

    def notes_shown(self, notes: Sequence[str | None]) -> list[str | None]:
        """Stored airing notes as a person reads them (`airing_lines.shown`): Vietnamese,
        each emergency by its time and first words, each time by its day near today; for the
        doors, which call no module."""
        from .airing_lines import shown

        names, today = self.emergency_names(notes), self.today()
        return [shown(note, names, today) for note in notes]

    def campaign_titles(self) -> dict[str, str]:
        """Each titled campaign's title (`Bluezone: khai báo y tế`) by its id."""
        from .report import campaign_titles

        return campaign_titles(self)

    def campaign_names(self) -> dict[str, str]:
        """Each campaign by its code, as a form names it (see notices.campaign_names)."""
        from .notices import campaign_names

        return campaign_names(self)

    def campaigns(self) -> list[str]:
        """Every campaign an announcement belongs to, retired ones included."""
        rows = self.db.execute(
            "SELECT DISTINCT campaign FROM announcements WHERE campaign IS NOT NULL "
            "ORDER BY campaign"
        )
        return [campaign for (campaign,) in rows]

    def version_texts(self, announcement_id: str) -> dict[int, str | None]:
        """Every version's text of an announcement."""
        rows = self.db.execute(
            "SELECT version, text FROM announcement_versions WHERE announcement_id = ?",
            [announcement_id],
        )
        return dict(rows.fetchall())

    def compare_versions(self, announcement_id: str, old: int, new: int) -> VersionDiff:
        """What changed in the text from one version to another, word by word."""
        from . import notices

        return notices.compare(self, announcement_id, old, new)

    def on_air_text(self, found: Announcement) -> str:
        """Which version of `found` airs, said above a comparison (see notices.on_air_text)."""
        from . import notices

        return notices.on_air_text(self, found)

    def approval_overtaken(self, announcement_id: str, read: int, by: str) -> str:
        """Why approving version `read` was refused: it changed since it was read."""
        from . import notices

        return notices.approval_overtaken(self, announcement_id, read, by)

    def meanwhile(self, announcement_id: str, stamp: str, text: str, by: str) -> Meanwhile:
        """A refused stale save three ways: their change since her form's version, and hers
        (see notices.meanwhile)."""
        from . import notices

        return notices.meanwhile(self, announcement_id, stamp, text, by)

    def type_announcement(self, text: str, title: str, **fields: str | bool | None) -> AddResult:
        """An announcement from a form, each value as typed (dates the Vietnamese way too);
        checked like a file's front matter. See notices.type_announcement."""
        from . import notices

        return notices.type_announcement(self, text, title, **fields)  # type: ignore[arg-type]

    def add_uploads(self, files: Sequence[tuple[str, IO[bytes]]], by: str = "") -> list[AddResult]:
        """Announcement files sent from a browser, added as `add_announcements` adds files."""
        from . import notices

        return notices.add_uploads(self, files, by)

    def drafts(self) -> list[Announcement]:
        """Announcements whose current version waits for approval: they do not air until then."""
        rows = self.db.query(  # as Announcement.status says DRAFT, without reading them all
            "SELECT * FROM announcements WHERE retired_at IS NULL "
            "AND approved_version IS NOT version AND refused_version IS NOT version ORDER BY id"
        )
        return [Announcement.from_row(row) for row in rows]

    def refused(self) -> list[Announcement]:
        """Announcements whose current version an approver refused: they do not air, and the
        operator reads why (a new version waits for approval again)."""
        rows = self.db.query(  # as Announcement.status says REFUSED
            "SELECT * FROM announcements WHERE retired_at IS NULL "
            "AND approved_version IS NOT version AND refused_version = version "
            "ORDER BY refused_at DESC, id"
        )
        return [Announcement.from_row(row) for row in rows]

    def approve(self, announcement_id: str, by: str, version: int | None = None) -> int:
        """Approve the announcement's current version for airing; returns that version. Given
        the `version` the approver read, a newer one (changed meanwhile) is refused."""
        if version is None:
            [(_id, approved)] = self.approve_many([announcement_id], None, by)
            return approved
        self.approve_read({announcement_id: version}, by)
        return version

    def approve_read(self, read: Mapping[str, int], by: str) -> list[tuple[str, int]]:
        """Approve these announcements, each at the version the approver read (by id), all or
        none: one changed meanwhile is refused, as `approve` refuses it. An approved one is
        approved again under `by`, whose name its next airings print."""
        return self.approve_many(list(read), None, by, read)

    def _still_version(self, announcement_id: str, version: int) -> Announcement:
        """The announcement, if its current version is still the one the approver read."""
        found = self.announcement(announcement_id, spoken=False)
        if version != found.version:
            raise ChangedMeanwhile(
                _("announcement {notice} has changed to version {version} since it was read: "
                  "read it again before approving").format(notice=found.named,
                                                           version=found.version),
                field="version",
            )  # fmt: skip
        return found

    def refuse(self, announcement_id: str, by: str, reason: str, version: int | None = None) -> int:
        """Refuse the current version (given the `version` the approver read, a newer one is
        refused), with the reason the operator will read; kept like an approval (the version,
        who, when); returns that version. It does not air; a new version waits for approval
        again, and an approver may still approve this one."""
        by, reason = _who(by), tidy_note(reason, REFUSAL_REASON, "reason")
        if not reason:
            raise StationError(_("say why the announcement is not approved: the person who "
                                 "wrote it reads the reason"), field="reason")  # fmt: skip
        with self.db.conn:  # checked where it is written: an approval meanwhile is seen (w16b)
            found = (
                self.announcement(announcement_id, spoken=False)
                if version is None
                else self._still_version(announcement_id, version)
            )
            self._refusable(found)
            self.db.table("announcements").update(
                found.id,
                {"refused_version": found.version, "refused_by": by,
                 "refused_at": utc_iso(self.clock()), "refused_reason": reason},
            )  # fmt: skip
        return found.version

    def _refusable(self, found: Announcement) -> None:
        """Refuse to refuse a notice retired, approved or refused already."""
        if found.retired_at:
            raise StationError(_("announcement {notice} is retired").format(notice=found.named))
        if found.status is AnnouncementStatus.APPROVED:
            raise StationError(
                _("announcement {notice} version {version} is already approved").format(
                    notice=found.named, version=found.version
                ),
                field="version",
            )
        if found.status is AnnouncementStatus.REFUSED:
            raise StationError(
                _("announcement {notice} version {version} was already refused by {name}").format(
                    notice=found.named, version=found.version,
                    name=self.accounts.person(found.refused_by or "")),
                field="version",
            )  # fmt: skip

    def approve_many(
        self,
        ids: Sequence[str],
        campaign: str | None,
        by: str,
        read: Mapping[str, int] | None = None,
    ) -> list[tuple[str, int]]:
        """Approve the current versions of these announcements and of every draft of the
        campaign, all or none; returns (id, version) of each approved. `read`: the version
        the approver read, by id (approve_read).

        The texts are checked (_understood, slow) before the write transaction; inside it,
        each version is checked again to be the one read and checked: a save landing
        meanwhile is refused (ChangedMeanwhile), never approved unread (w16b)."""
        if not by.strip():
            raise StationError(_("say who approves: the approver's name is empty"), field="by")
        chosen = [
            self._still_version(i, read[i]) if read and i in read
            else self.announcement(i, spoken=False)
            for i in dict.fromkeys(ids)
        ]  # fmt: skip
        if campaign is not None:
            drafts = [a for a in self.drafts() if a.campaign == campaign]
            if not drafts and not ids:
                raise StationError(
                    _("campaign '{campaign}' has no announcement waiting for approval").format(
                        campaign=campaign
                    ),
                    field="campaign",
                )
            chosen += [a for a in drafts if a.id not in ids]
        if not chosen:
            raise StationError(_("name the announcements to approve"))
        for found in chosen:
            if found.retired_at:
                raise StationError(_("announcement {notice} is retired").format(notice=found.named))
            if found.text:
                self._understood(found.text, found.named, found.voice)
        now = utc_iso(self.clock())
        with self.db.conn:
            for found in chosen:
                if self._still_version(found.id, found.version).retired_at:
                    raise StationError(
                        _("announcement {notice} is retired").format(notice=found.named)
                    )
                self.db.table("announcements").update(
                    found.id,
                    {"approved_version": found.version, "approved_by": by.strip(),
                     "approved_person": self.accounts.person(by.strip()), "approved_at": now,
                     **NOT_REFUSED},
                )  # fmt: skip
        return [(found.id, found.version) for found in chosen]

    def _understood(self, text: str, named: str, voice: str | None) -> None:
        """Refuse to approve a text a listener could not follow (officer trial o15lan: a
        notice in an old font was approved in one tap and aired as gibberish): one typed in
        an old font, or one most of whose words the reader must guess. Refused rather than
        warned: nothing but rewriting the text (or teaching the lexicon its words) makes it
        airable, and an approval is the last look before the loudspeaker. The one rule of
        approval, by hand or automatic (auto_approve_local)."""
        refuse_unreadable(text, named, known=self.limits.known)
        guessed = set(self.reader().read(text, voice or self.config.speech.voice).guessed)
        words = [w.strip(WORD_EDGES) for w in text.split()]
        words = [w for w in words if any(c.isalpha() for c in w)]
        unknown = [w for w in words if w in guessed]
        if len(unknown) >= MIN_GUESSED_TO_REFUSE and 2 * len(unknown) > len(words):
            raise StationError(
                _("{notice} is not approved: the reader must guess {count} of its {total} "
                  "words ({examples}), so listeners would not understand it; write them as "
                  "they are said, or add them to the lexicon, then approve it").format(
                    notice=named, count=len(unknown), total=len(words),
                    examples=", ".join(f"'{w}'" for w in list(dict.fromkeys(unknown))[:3])),
                field="version",
            )  # fmt: skip

    def retire(self, announcement_id: str, by: str) -> list[WontAir]:
        """Retire the announcement, recording who did; returns what the coming week's slots
        lose by it."""
        from .schedule import watching_losses

        by = _who(by)
        with watching_losses(self) as losses, self.db.conn:  # of two retiring, one does (w16b)
            found = self.announcement(announcement_id, spoken=False)
            self.check_retirable(found)
            self.db.table("announcements").update(
                announcement_id, {"retired_at": utc_iso(self.clock()), "retired_by": by}
            )
        return losses

    def check_retirable(self, found: Announcement) -> None:
        """Refuse to retire an emergency (it airs only as soon as it is sent and is in no
        slot: there is nothing to stop, and every door says so alike; whether it aired, or was
        cancelled or came too late first, is the log's to say: review23 #4) or a notice
        retired already."""
        if found.origin is Origin.EMERGENCY:
            raise StationError(
                _("{notice} is an emergency: it airs only as soon as it is sent and is in no "
                  "slot, so there is nothing to retire; the log says whether it aired").format(
                    notice=found.named)
            )  # fmt: skip
        if found.retired_at:
            raise StationError(
                _("announcement {notice} is already retired").format(notice=found.named)
            )

    def approval_diff(self, announcement_id: str, since: int | None = None) -> ApprovalDiff | None:
        """How the current version differs from the one approved last, or from version
        `since` (None when the current one is approved, or none ever was, and no `since`)."""
        found = self.announcement(announcement_id, spoken=False)
        old = since or found.approved_version
        if old is None or old == found.version:
            return None
        approved = self.db.table("announcement_versions").get((announcement_id, old))
        current = self.db.table("announcement_versions").get((announcement_id, found.version))
        return ApprovalDiff.between(
            old, approved["text"], approved["recording_sha256"],
            found.version, found.text, found.recording_sha256,
            *(json.loads(v["settings"] or "{}") for v in (approved, current)),
        )  # fmt: skip

    def campaign_announcements(self, campaign: str) -> list[str]:
        """Active announcements of a campaign, most urgent first, then as a slot airs them
        (notices.title_order)."""
        found = [a for a in self.announcements(by_title=True) if a.campaign == campaign]
        if not found:
            raise StationError(
                _("campaign '{campaign}' has no active announcements").format(campaign=campaign)
            )
        rank = {p.value: i for i, p in enumerate(reversed(Priority))}
        found.sort(key=lambda a: rank.get(a.priority, 0))  # stable: by title within each
        return [a.id for a in found]

    def create_emergency(
        self,
        by: str,
        text: str | None = None,
        audio: Path | None = None,
        upstream: UpstreamRequest | None = None,
    ) -> tuple[int, str]:
        """An approved emergency announcement and its request, valid for
        `[emergency] valid_minutes` (or until the upstream message says); returns the
        request's number and the announcement id. Ids carry the number, so two emergencies in
        the same second are two announcements; an upstream one carries the message id."""
        if bool(text and text.strip()) == bool(audio):
            raise StationError(_("give the emergency as a text or an audio file (one of them)"))
        if text:
            self.limits.check_text(text, _("the emergency notice"))
        recording = self.assets.add(audio) if audio else None
        from .clock_check import log_time

        now = self.clock()
        # what people read of it (its title, id and dates) goes by the log's time: while the
        # clock is held, the estimate, as its airing's row is dated (w27commune 2: its title
        # read 2020 in the month's report); its validity goes by this clock (`requested`)
        dated, estimated = (now, None) if upstream else log_time(self)
        local = dated.astimezone(self.config.zone)
        stamp = utc_iso(dated)
        kind = Kind.RECORDING if recording else Kind.TTS
        content = (
            recording.sha256
            if recording
            else hashlib.sha256(canonical_text(text or "").encode()).hexdigest()
        )
        valid_until = now + timedelta(minutes=self.config.emergency.valid_minutes)
        title = f"Thông báo khẩn cấp lúc {local:%H:%M} ngày {local:%d/%m/%Y}" + (
            " (giờ ước tính)" if estimated else "")  # fmt: skip
        requested = utc_iso(now)
        if upstream:  # sent when the office sent it, valid as long as it says
            valid_until, title = upstream.valid_until, upstream.title
            requested = utc_iso(upstream.issued_at)
        with self.db.conn:  # a console form's key rides with it (form_keys.once)
            number = self.db.execute("SELECT COALESCE(MAX(id), 0) + 1 FROM emergencies").fetchone()
            announcement_id = (
                f"{EMERGENCY_PREFIX}{UPSTREAM_MARK}{upstream.message_id}"
                if upstream
                else f"{EMERGENCY_PREFIX}{local:%Y%m%d-%H%M%S}-{number[0]}"
            )
            self.db.table("announcements").insert(
                {
                    "id": announcement_id,
                    "title": title,
                    "campaign": None,
                    "priority": Priority.EMERGENCY.value,
                    "repeat": 2,
                    "kind": kind,
                    "version": 1,
                    "approved_version": 1,
                    "approved_by": by,
                    "approved_at": stamp,
                    "origin": Origin.EMERGENCY,
                    "created_at": stamp,
                    "updated_at": stamp,
                },
                alter=False,
            )
            self.db.table("announcement_versions").insert(
                {
                    "announcement_id": announcement_id,
                    "version": 1,
                    "content_sha256": content,
                    "text": text,
                    "recording_sha256": recording.sha256 if recording else None,
                    "source": f"upstream:{upstream.message_id}"
                    if upstream
                    else str(audio)
                    if audio
                    else "emergency --text",
                    "created_at": stamp,
                }
            )
            self.db.table("emergencies").insert(
                {
                    "id": number[0],
                    "announcement_id": announcement_id,
                    "requested_at": requested,
                    "valid_until": utc_iso(valid_until),
                    "upstream_message": upstream.message_id if upstream else None,
                    "person": None if upstream else self.person_of(by),
                }
            )
        return number[0], announcement_id

    # ----- jingles -------------------------------------------------------------------------
    def jingles(self) -> list[Jingle]:
        """The station's jingles, in airing order (intro, outro, bridge)."""
        rows = {row["role"]: row for row in self.db.table("jingles").rows}
        found = []
        for role in ROLES:
            if role in rows:
                asset = self.assets.get(rows[role]["asset_sha256"])
                found.append(Jingle(role, asset.path, asset.duration_s, rows[role]["source"],
                                    rows[role]["set_at"]))  # fmt: skip
        return found

    def remove_jingle(self, role: str) -> None:
        with self.db.conn:
            if not self.db.execute("DELETE FROM jingles WHERE role = ?", [role]).rowcount:
                raise StationError(_("there is no {role} jingle").format(role=role))

    def upload_jingle(self, role: str, name: str, stream: IO[bytes], by: str = "") -> Asset:
        """A jingle sent from a browser, checked as `set_jingle` checks a file."""
        from .notices import received

        with received(self, [(name, stream)], "file") as [path]:
            return self.set_jingle(role, path, source=f"web:{by}/{path.name}")

    def set_jingle(self, role: str, path: Path, source: str | None = None) -> Asset:
        if role not in ROLES:
            raise StationError(
                _("jingle role '{role}' is not one of {roles}").format(
                    role=role, roles=", ".join(ROLES)
                )
            )
        from announcements.old_fonts import refuse_unnamed

        refuse_unnamed(path)  # its name is shown as the jingle's
        asset = self.assets.add(path)
        self._record_jingle(role, asset, source or str(path))
        return asset

    def _record_jingle(self, role: str, asset: Asset, source: str) -> None:
        with self.db.conn:
            self.db.table("jingles").insert(
                {
                    "role": role,
                    "asset_sha256": asset.sha256,
                    "source": source,
                    "set_at": utc_iso(self.clock()),
                },
                pk="role",
                replace=True,
            )

    # ----- programs ------------------------------------------------------------------------
    def check_airable(self, ids: Iterable[str], today: date) -> list[Announcement]:
        """The announcements, or a clear refusal if one is unknown, retired or out of date."""
        found = []
        for announcement_id in ids:
            row = self.announcement(announcement_id)
            if row.retired_at:
                raise StationError(_("announcement {notice} is retired").format(notice=row.named))
            if not row.approved:
                raise NotApproved(
                    _("announcement {notice} version {version} is not approved").format(
                        notice=row.named, version=row.version
                    ),
                    announcement_id,
                )
            try:
                valid_from = parse_date(row.valid_from) if row.valid_from else None
                valid_until = parse_date(row.valid_until) if row.valid_until else None
                Priority(row.priority)
            except (InputError, ValueError) as e:
                raise StationError(
                    _(
                        "announcement {notice} is damaged in the store ({problem}); add its file "
                        "again"
                    ).format(notice=row.named, problem=e)
                ) from None
            if valid_from and today < valid_from:
                raise StationError(
                    _("announcement {notice} is valid only from {day}").format(
                        notice=row.named, day=date_text(valid_from)
                    )
                )
            if valid_until and today > valid_until:
                raise StationError(
                    _("announcement {notice} expired on {day}").format(
                        notice=row.named, day=date_text(valid_until)
                    )
                )
            found.append(row)
        if not found:
            raise StationError(_("no announcement to air"))
        return found

    def today(self) -> date:
        return self.clock().astimezone(self.config.zone).date()

    def log_today(self) -> tuple[date, bool]:
        """Today as the log dates what it writes, and whether that is an estimate: while the
        clock is held, the day of the estimated true time (clock_check.log_time), so Nhật ký
        and the report propose the real month, not the wrong clock's (w26commune 6)."""
        from .clock_check import log_time

        logged, shown = log_time(self)
        return logged.astimezone(self.config.zone).date(), shown is not None

    def build_program(
        self,
        rows: Sequence[Announcement],
        on_progress: Progress | None = None,
        *,
        ahead: bool = False,
    ) -> Program:
        """Speech for every text (cache or engines, in one batch), recordings, jingles: the plan.

        With no bridge jingle and some announcement repeating, the bridge is the spoken
        `bridge_text`, synthesised in the same batch. A program made `ahead` of its airing
        may replace the offline voice's speech with the online voice's (Synthesizer).
        """
        voice = self.config.speech.voice
        jingles = {
            row["role"]: self.assets.get(row["asset_sha256"])
            for row in self.db.table("jingles").rows
        }
        bridge_text = self.config.program.bridge_text
        spoken_bridge = bool(
            bridge_text and "bridge" not in jingles and any(r.repeat > 1 for r in rows)
        )
        requests = [(r.text or "", r.voice or voice) for r in rows if r.kind is Kind.TTS]
        if spoken_bridge:
            requests.append((bridge_text, voice))
        # a program of recordings only reads nothing, so builds no reader (Synthesizer: its
        # tables cost a daemon ~0.25 s of CPU at each start, a third of all it spends)
        speeches = iter(self.synthesizer.speak_all(requests, on_progress, ahead=ahead))
        items = []
        for row in rows:
            if row.kind is Kind.RECORDING:
                audio, engine, engine_voice = (
                    self.assets.get(row.recording_sha256 or ""),
                    None,
                    None,
                )
            else:
                speech = next(speeches)
                audio, engine, engine_voice = speech.asset, speech.engine, speech.voice
            items.append(
                ProgramItem(
                    announcement_id=row.id,
                    version=row.version,
                    title=row.title,
                    campaign=row.campaign,
                    priority=row.priority,
                    kind=row.kind,
                    readings=row.repeat,
                    audio=audio,
                    engine=engine,
                    voice=engine_voice,
                    approved_by=self.approver(row) or None,
                    upstream_version=row.upstream_version,
                    campaign_title=row.campaign_title,
                )
            )
        bridge = next(speeches, None)
        station_jingles = Jingles(
            intro=jingles.get("intro"),
            outro=jingles.get("outro"),
            bridge=bridge.asset if bridge else jingles.get("bridge"),
            bridge_engine=bridge.engine if bridge else None,
        )
        return plan_program(items, station_jingles, self.config.program.gap_s, self.config.loudness)

    def render(
        self, ids: Sequence[str], out: Path, on_progress: Progress | None = None
    ) -> tuple[Program, str]:
        """Render the announcements as one program WAV (for checking before airing)."""
        check_output(out)
        program = self.build_program([self.announcement(i, spoken=False) for i in ids], on_progress)
        return program, render_program(program, out)

    def speech_engine(self, announcement_id: str) -> str | None:
        """The engine whose speech of this announcement is made already (what its preview
        and its airings read from the cache), or None: a recording, or not made yet."""
        found = self.announcement(announcement_id, spoken=False)
        if found.kind is not Kind.TTS or not found.text:
            return None
        speech = self.synthesizer.cached(found.text, found.voice or self.config.speech.voice)
        return speech.engine if speech else None

    def preview(self, announcement_id: str) -> Path:
        """The announcement's program as it would air (jingles, readings, loudness), for
        listening before approval; rendered once per content (see notices.preview)."""
        from . import notices

        return notices.preview(self, announcement_id)

    # ----- the facade: what the doors call (sections in the order of the command line) -----
    # The work of each section below lives in a module of its own, imported where it is
    # called: those modules take the station as their argument (so they import this one),
    # and some are slow to import (TUF, reportlab, the daemon's scheduler), which a command
    # that does not need them should not wait for.

    def close(self) -> None:
        """Close the store connection (a door that opens a station per request)."""
        self.db.conn.close()

    def parse_day(self, text: str) -> date:
        """A date as a person types it: 30/11/2026, 2026-11-30, hôm nay, mai, ngày mai."""
        return parse_date(text, self.today())

    def parse_week(self, text: str | None) -> date:
        """The Monday of a week as a person names it (a day of it, 'tuần sau', 2026-W49;
        none: this week)."""
        try:
            return parse_week(text, self.today())
        except InputError as e:
            raise StationError(str(e), field="week") from None

    def add_sample(self, name: str) -> tuple[list[AddResult], list[ScheduledSlot]]:
        """Add a sample campaign shipped with the package: its announcements and its slots."""
        folder = sample_folder(name)
        added = self.add_announcements(sorted(folder.glob("*.md")))
        return added, self.import_schedule(folder / "schedule.toml")

    # ----- settings ------------------------------------------------------------------------
    SETTABLE = ("quiet_hours",)
    """Settings a door may change (the others are edited in station.toml)."""

    def set_setting(self, key: str, value: str) -> str:
        """Change one setting in station.toml (atomically, every other line and comment
        kept), after checking it; returns the value as it now reads."""
        if key not in self.SETTABLE:
            raise StationError(
                _("'{key}' cannot be set this way (settable: {known}); other settings are "
                  "edited in {file}").format(key=key, known=", ".join(self.SETTABLE),
                                            file=CONFIG_NAME)
            )  # fmt: skip
        return self._set_quiet_hours(value)

    def _set_quiet_hours(self, value: str) -> str:
        """Quiet hours as typed (21:30-05:00, 21h30-5h, none); refused while a slot would
        fall in them (it would stop airing)."""
        from . import schedule

        try:
            span = parse_quiet_hours(value)
        except InputError as e:
            raise StationError(str(e), field="value") from None
        if span and span[0] == span[1]:
            raise StationError(
                _("quiet hours from {start} to {end} are no span: write none to "
                  "have no quiet hours").format(start=clock_text(span[0]), end=clock_text(span[1])),
                field="value",
            )  # fmt: skip
        quiet = QuietHours(*span) if span else None
        for slot in schedule.slots(self):
            minutes = slot.max_minutes or schedule.program_minutes(self, slot)
            try:
                check_slot(slot, minutes, [], quiet, advise=False)
            except SlotError as e:
                raise StationError(
                    _("{problem}: move or remove the slot first, or it would stop airing").format(
                        problem=e
                    )
                ) from None
        times = [clock_text(span[0]), clock_text(span[1])] if span else []
        save_setting(self.root, None, "quiet_hours", times)
        self.config = load_config(self.root)
        return f"{clock_text(span[0])}-{clock_text(span[1])}" if span else "none"

    # ----- schedule ------------------------------------------------------------------------
    def add_slot(
        self,
        name: str,
        at: str,
        days: str = "daily",
        since: str | None = None,
        until: str | None = None,
        campaign: str | None = None,
        announce: Sequence[str] = (),
        max_minutes: str | None = None,
        new_only: bool = False,
        title: str | None = None,
        built_on: str | None = None,
    ) -> ScheduledSlot:
        """Add (or replace, unless `new_only`) a slot, each value as a person types it; every
        value at fault is said at once. Without a `name` (its id), one is made from `title`.
        `built_on`, an edit form's `slot_stamp`: refused if the slot was saved or removed
        since (ChangedMeanwhile)."""
        from . import schedule

        name = name or slug(title or "")  # a person names it; the id is made from that
        faults: list[BroadcasterError] = []
        if new_only and schedule.find_slot(self, name) is not None:  # said with the others
            faults.append(schedule.name_taken(name))
        try:
            slot = make_slot(name, at, days, since, until, campaign, tuple(announce),
                             max_minutes, created_at=self.clock(), today=self.today(),
                             title=title)  # fmt: skip
        except SlotError as e:
            faults.append(e)
        if faults:
            raise StationError.together(faults)
        stamps = {slot.name: built_on} if built_on is not None else None
        [added] = schedule.replacing(self, [slot], new_only, built_on=stamps)
        return added

    def air_again(self, seq: int, at: str = "", by: str | None = None) -> ScheduledSlot:
        """Air once more, today, the notices of airing `seq` (cut, failed or missed): at `at`
        as typed, or at the first free minute; a one-off slot added as add_slot adds one
        (see reair), whose airing names who asked for it (`by`, an account or a name)."""
        from . import reair

        return reair.air_again(self, seq, at, self.person_of(by))

    @staticmethod
    def person_typed(typed: str) -> str | None:
        """A person's name as a command's --by gives it, tidied as the console's full names
        are, or None when it is none (too long, a control character): `tidy_person`."""
        return tidy_person(typed)

    def person_of(self, by: str | None) -> str | None:
        """Who a person's airing names (`by`: a log-in name, or the command line's --by), as
        the accounts name them now, to be kept as it is then; None when no one is known."""
        return self.accounts.person(by.strip()) if by and by.strip() else None

    def air_again_offers(self, airings: list[dict[str, Any]]) -> dict[int, ReAirOffer]:
        """Which of `airings` may be aired again by hand now, each with the re-air already
        planned for it today, if any."""
        from . import reair

        return reair.offers(self, airings)

    def import_schedule(self, path: Path) -> list[ScheduledSlot]:
        """Add every [[slot]] of a schedule file, all or none."""
        from . import schedule

        return schedule.replacing(self, schedule.read_schedule_file(path, self.clock()))

    def slots(self) -> tuple[list[Slot], list[BrokenSlot]]:
        """The slots that air, and those the store holds that cannot be planned (and why)."""
        from . import schedule

        return schedule.read_slots(self)

    def in_quiet_hours(self, slot: Slot) -> list[str]:
        """Why `slot` never airs, if the quiet hours hold its time (schedule.IN_QUIET_HOURS):
        said on its page as under "Needs attention"."""
        from . import schedule

        return schedule.in_quiet_hours(self, [slot], self.today())

    def over_limit(self, slot: Slot) -> list[str]:
        """Why `slot` never airs, if its program outgrew its limit (schedule.OVER_LIMIT):
        said on its page as under "Needs attention"."""
        from . import schedule

        return schedule.over_limit(self, [slot], schedule.candidates(self))

    def slot_stamp(self, name: str) -> str:
        """What a slot's edit form carries of the slot it shows (see schedule.slot_stamp)."""
        from . import schedule

        return schedule.slot_stamp(self, name)

    def find_slot(self, name: str) -> Slot | None:
        """The slot of that name as it airs now, or None."""
        from . import schedule

        return schedule.find_slot(self, name)

    def first_airing(self, slot: Slot) -> datetime | None:
        """When the slot first airs from now (within a year), or None."""
        now = self.clock()
        return next(slot.occurrences(now, now + timedelta(days=366), self.config.zone), None)

    def slot_titles(self) -> dict[str, str]:
        """Each slot's name as people read it (its title, else its name), removed slots too:
        the log names the slot each airing came from."""
        rows = self.db.execute("SELECT name, title FROM slots ORDER BY id").fetchall()
        return {name: title or name for name, title in rows}

    def week(self, first_day: date) -> list[ScheduleDay]:
        """Seven days of the schedule from `first_day`, each slot's time on each day."""
        from . import schedule

        return schedule.week(self, first_day)

    def proposed_slots(self) -> list[ProposedSlot]:
        """Slots the upstream office proposes in its campaigns' schedules, waiting for
        acceptance (each with its clash with this station's schedule, if any)."""
        from . import proposals

        return proposals.proposals(self)

    def accept_slots(
        self, names: Sequence[str] = (), campaign: str | None = None
    ) -> list[ScheduledSlot]:
        """Take proposed slots into the schedule (those named, or all of the campaign's, or
        all), all or none; a clash is refused with its reason."""
        from . import proposals

        return proposals.accept(self, names, campaign)

    def remove_slot(self, name: str) -> None:
        from . import schedule

        schedule.remove_slot(self, name)

    def rundown(
        self,
        first_day: date | None = None,
        days: int = 1,
        limit: int | None = None,
        silent: bool = False,
    ) -> list[RundownEntry]:
        """Every airing to come, item by item (from now when `first_day` is today or None),
        with what each goes without and why; `silent`: slots with nothing to air too."""
        from . import schedule

        return schedule.rundown(self, first_day, days, limit, silent=silent)

    def never_again(self, first_day: date | None = None, days: int = 1) -> list[str]:
        """One sentence for each notice the rundown's slots name that airs in none of its
        airings (schedule.SAID_ONCE): said once above the rundown, not under each airing."""
        from . import schedule

        return [sentences(said) for said in schedule.never_again(self, first_day, days)]

    # ----- airing --------------------------------------------------------------------------
    def play(
        self,
        ids: Sequence[str] = (),
        campaign: str | None = None,
        sink: str | None = None,
        on_progress: Progress | None = None,
        on_air: Callable[[int, Program], None] | None = None,
        despite_quiet_hours: str | None = None,
        by: str | None = None,
    ) -> Airing:
        """Air announcements (and a campaign's) now, logged; an emergency sent meanwhile cuts
        it. Sink names are read from the current folder. In quiet hours only with
        `despite_quiet_hours`, the reason, which the row keeps with who gave it (`by`)."""
        from .airing import air, preemptible
        from .airing_log import Occasion

        ids = [*ids, *(self.campaign_announcements(campaign) if campaign else ())]
        if not ids:
            raise StationError(_("nothing to air: name announcements or a campaign"))
        reason = tidy_note(despite_quiet_hours, QUIET_REASON, "despite_quiet_hours")
        if despite_quiet_hours is not None and not reason:
            raise StationError(
                _("say why it must air in quiet hours: the reason is empty"),
                field="despite_quiet_hours",
            )
        if reason and by and by.strip():
            reason = _("{reason} ({by})").format(reason=reason, by=by.strip())
        out = self.sink(sink, Path.cwd())
        with preemptible() as here:
            occasion = Occasion(despite_quiet_hours=reason or None, person=self.person_of(by))
            airing = air(self, ids, out, occasion=occasion, interruption=here.interruption,
                         on_progress=on_progress, on_air=on_air)  # fmt: skip
        if airing is None:
            raise StationError(_("the airing was stopped before it started"))
        return airing

    def sink_description(self, sink: str | None = None) -> str:
        """Where airings go through this sink, as a person reads it (whether anyone hears)."""
        return sink_text(self.sink(sink, Path.cwd()).description)

    def emergency(
        self,
        by: str,
        text: str | None = None,
        audio: Path | None = None,
        sink: str | None = None,
    ) -> Sent:
        """Record an emergency and hand it to the daemon, or air it here and now."""
        from .emergency import send

        return send(self, by, text, audio, sink)

    def stoppable_emergencies(self) -> list[Stoppable]:
        """The commune's emergencies on air or waiting to air, which it may stop."""
        from .emergency import stoppable

        return stoppable(self)

    def stop_emergency(self, number: int | None, by: str, reason: str | None) -> Stoppable:
        """Stop the commune's emergency: cut on air, or never aired (see emergency.stop)."""
        from .emergency import stop

        return stop(self, number, by, reason)

    def run(self, sink: str | None = None, say: Callable[[str], None] = print) -> None:
        """The daemon: air the schedule, recover after power cuts, take emergencies, until
        SIGTERM or Ctrl-C."""
        from .daemon import Daemon

        self.close()  # the daemon's threads open their own: on a full disk this one would
        # hold the store (exclusively, for reading) from them and from every reader
        Daemon(self.root, sink, self.clock, say=say).run()

    def will_not_air(self) -> list[WontAir]:
        """Announcements the coming week's slots name but will air without, and why."""
        from . import schedule

        return schedule.silenced(self)

    def wont_air_text(self, wont: WontAir, approver: bool = True) -> str:
        """One sentence about it for the operator: slots, from when, why, what to do (ask an
        approver, for someone who is not one)."""
        from . import schedule

        return schedule.wont_air_text(self, wont, approver)

    def never_airs(self, announcement_id: str) -> str | None:
        """Why the notice, not retired, can never air again (None: it can): its end date has
        passed. Said wherever it is approved, to whoever approves it (o20lan9 N3: ông Hùng
        approved an office notice that arrived after its end, told nothing)."""
        row = self._announcement_row(announcement_id)
        if row is None or row["retired_at"] or not row["valid_until"]:
            return None
        try:
            until = parse_date(row["valid_until"])
        except InputError:
            return None  # a damaged date: airing it says what is wrong
        if until >= self.today():
            return None
        return _("Its end date {day} has passed: this notice will never air.").format(
            day=date_text(until)
        )

    def held_so_far(self, announcement_id: str, version: int | None) -> str:
        """How many airings already left out this waiting version, since when (empty: none);
        the notice's page says it under "chờ duyệt"."""
        from . import schedule

        return schedule.held_so_far(self, announcement_id, version)

    def on_air(self) -> OnAir | None:
        from . import overview

        return overview.on_air(self)

    def stopped_on_air(self) -> str | None:
        """What to say of an airing whose process died on air, or None (overview)."""
        from . import overview

        return overview.stopped_on_air(self)

    def last_airing(self) -> LastAiring | None:
        """The newest airing that has ended (said when nothing is on air)."""
        from . import overview

        return overview.last_airing(self)

    def sound_fault(self, seen: Faults | None = None) -> str | None:
        """What keeps the running station from airing its schedule, in a few words, else
        None: a disk too full or a sink that does not open (health), or the newest ended
        airing failed on the sound card or the amplifier ("the last airing did not reach the
        loudspeakers…", overview). Trang chủ and `status` alike; `seen`: health.found, if read."""
        from . import health, overview

        short = health.fault_short(seen or health.found(self))
        return short or overview.sound_fault_text(overview.sound_fault(self))

    def fix_first(self, note: str | None) -> str | None:
        """What to fix before airing again an airing whose stored note says the sound card or
        the amplifier failed, else None (overview)."""
        from . import overview

        return overview.fix_first(note)

    def ran_again(self) -> bool:
        """The station started again after a stop in the last day (a missed or crash-cut
        airing)."""
        from . import overview

        return overview.ran_again(self)

    def warnings(self, approver: bool = True, last: LastAiring | None = None) -> list[str]:
        """What the operator should know, in plain words (the console's home page): the
        airings of the last day that did not air as planned, the offline voice used last, the
        upstream out of date, the disk nearly full, each announcement a slot names that will
        not air and why; `last`, the last airing, if the page has read it."""
        from . import overview

        return overview.warnings(self, approver, last)

    def to_know(self) -> list[str]:
        """Để biết: what happened or holds that asks nothing of the operator (the office's
        emergencies that did not air here, the offline voice in use), beside `warnings`."""
        from . import overview

        return overview.to_know(self)

    def attention(
        self, approver: bool = True, last: LastAiring | None = None
    ) -> tuple[list[str], list[str]]:
        """`warnings` and `to_know` together, as Trang chủ shows them: what both read, read
        once."""
        from . import overview

        return overview.attention(self, approver, last)

    def clock_fault(self) -> ClockFault | None:
        """The computer's clock out of line with what the station knows (its last sign of
        life, the office's time), or None (clock_check)."""
        from . import clock_check

        return clock_check.clock_fault(self)

    def confirm_clock(self, held_from: str, shown: str, person: str) -> str:
        """A person says the clock her page showed is right: the long gap it held was a real
        outage, whose airings are logged missed and whose slots air again, or the clock ran
        ahead before and airs on now; returns what happens now (clock_check)."""
        from . import clock_check

        return clock_check.confirm(self, held_from, shown, person)

    def next_airings(self, count: int = 5, days: int = 8) -> list[RundownEntry]:
        """The next `count` times a slot comes round, those with nothing to air too (the
        officer looks for her slot, and learns why it will be silent)."""
        return self.rundown(None, days, limit=count, silent=True)

    def next_on_air(self, after: date, days: int = NEXT_ON_AIR_DAYS) -> RundownEntry | None:
        """The first airing that airs (`RundownEntry.airs`) after the day `after` (from now, if that
        is past), within `days` days, or None: what a rundown with nothing left to air says
        comes next (in the evening, after the day's last slot: tomorrow's first)."""
        if after >= date.max - timedelta(days=1):  # the calendar's end: nothing comes after
            return None
        first = after + timedelta(days=1)
        entries = self.rundown(None if first <= self.today() else first, days)
        return next((entry for entry in entries if entry.airs), None)

    def daemon_pid(self) -> int | None:
        """The running daemon's process id, or None when it does not run."""
        from .daemon_lock import running_daemon

        return running_daemon(self.root)

    # ----- log -----------------------------------------------------------------------------
    def not_aired(self, first: date, last: date) -> list[NotAired]:
        """The notices the slots named between two local days (up to now) that never aired
        in them, each with why (the month report's section; see not_aired.py)."""
        from . import not_aired

        return not_aired.not_aired(self, first, last)

    def outcomes(self) -> list[tuple[str, str]]:
        """The outcomes Nhật ký filters airings by, each (value, label), "không ra loa" among
        them (airing_log.outcomes)."""
        from . import airing_log

        return airing_log.outcomes()

    def airings(
        self,
        since: date | None = None,
        until: date | None = None,
        limit: int | None = None,
        status: str | None = None,
        announcement: str | None = None,
    ) -> list[dict[str, Any]]:
        """Airings, oldest first, between two local dates (inclusive), times shown locally
        (the latest `limit` of them; of one status, or with one announcement, if given)."""
        from . import airing_log

        return list(airing_log.airings(self, since, until, limit, status, announcement))

    def export_log(
        self,
        fmt: str,
        out: Path,
        since: date | None = None,
        until: date | None = None,
        month: str | None = None,
        campaign: str | None = None,
    ) -> Exported:
        """The airing report for a month (11/2026) or between two dates (default: from the
        first airing to today), as CSV, XLSX or PDF."""
        from . import report, report_pdf  # report_pdf draws a Report: neither imports the other's

        period = report.resolve_period(self, since, until, month)
        built = report.Report(self, period, campaign)
        writers = {"csv": report.write_csv, "xlsx": report.write_xlsx, "pdf": report_pdf.write_pdf}
        lines = 0

        def write(tmp: Path) -> None:
            nonlocal lines
            lines = writers[fmt](built, tmp)

        report.write_atomic(out, write)
        return Exported(out, lines, period.label, built.head)

    def report_heading(self) -> tuple[Letterhead, SavedHeading | None]:
        """The heading reports print now, and who last set it in the console and when (None:
        it still comes from station.toml and the station's name)."""
        from . import report, report_heading

        return report.station_letterhead(self), report_heading.saved(self.db)

    def sample_approved(self) -> list[tuple[Announcement, str]]:
        """Notices that still air approved under a "(mẫu)" name (the demo approves its
        sample notices so), each with that name: each airing prints it in the report's
        "Người duyệt" column until an approver approves them again under his own. Two
        queries however many notices."""
        from . import report

        today = self.today().isoformat()
        rows = self.db.query(  # as Announcement.status says APPROVED, and still valid
            "SELECT * FROM announcements WHERE retired_at IS NULL AND approved_version = version "
            "AND (valid_until IS NULL OR valid_until >= ?) ORDER BY title, id",
            [today],
        )
        person = self.accounts.people()
        found = [(a, person(a.approved_by)) for a in map(Announcement.from_row, rows)]
        return [(a, name) for a, name in found if report.sample_name(name)]

    def report_sample_airings(self) -> list[tuple[str, int]]:
        """This month's airings whose "Người duyệt" prints a "(mẫu)" name, by name (report)."""
        from . import report

        return report.sample_airings(self)

    def printed_name(self) -> str:
        """The station's name as its printed reports give it: the leader's, set with the
        report heading, else station.toml's (one query: every console page shows it)."""
        from . import report_heading

        chosen = report_heading.saved(self.db)
        return chosen.issuer if chosen and chosen.issuer else self.config.name

    def report_not_ready(self) -> NotReady:
        """Why this month's report cannot be signed yet (each "(mẫu)" it prints, and where,
        and whether its heading is one); no reasons when it can."""
        from . import report

        return report.not_ready(self)

    def set_report_heading(
        self, typed: Mapping[str, str], by: str, built_on: str | None = None
    ) -> Letterhead:
        """Print reports under this heading from now on (the leader's own words: it wins over
        station.toml's [report]); refused, with nothing changed, when a line is empty or too
        long, or (given the form's `built_on`, see heading_stamp) when someone saved another
        heading since: ChangedMeanwhile says who and when. Returns the heading as it prints."""
        from . import report, report_heading

        by = _who(by)
        heading = report_heading.checked(typed)
        try:
            report_heading.save(self.db, heading, by, utc_iso(self.clock()), built_on)
        except report_heading.HeadingChanged:
            other = report_heading.saved(self.db)
            assert other is not None
            raise ChangedMeanwhile(_(
                "{who} saved the heading ({when}) after this page was opened: nothing was "
                "saved; your lines are kept, beside it as saved now.").format(
                    who=self.who_else(other.changed_by, by),
                    when=local_text(other.changed_at, self.config.zone, self.today(), mid=True))
            ) from None  # fmt: skip
        return report.station_letterhead(self)

    def heading_stamp(self) -> str:
        """What the heading's form carries of the heading it was built from."""
        from . import report_heading

        return report_heading.stamp(self.db)

    def print_week(self, out: Path, week: str | None = None) -> PrintedWeek:
        """The schedule of a week (a day of it, 'tuần sau', 2026-W49; default this week) as
        a PDF for the notice board, in the reports' administrative format."""
        from . import week_schedule

        monday = self.parse_week(week)
        return PrintedWeek(out, monday, week_schedule.write_week(self, monday, out))

    def verify_log(self, head: str | None = None) -> Verdict:
        """Whether the airing log still holds (and, given a chain head from a report, that it
        was not rewritten since); the first problem found, if any."""
        from . import log_chain

        if head is not None:
            try:
                head = log_chain.clean_head(head)
            except ValueError as e:
                raise StationError(str(e)) from None
        return log_chain.verify(self.db, head)

    def backup(self, folder: Path) -> Backup:
        from .backup import backup

        return backup(self, folder)

    # ----- the upstream office and the office's collector ----------------------------------
    def trust(self, source: str) -> Trusted:
        """Pin the upstream office's root: a root.json file, or its repository's web address
        (then the station's upstream source); returns the keys to compare by phone."""
        from . import sync

        return sync.trust(self, source)

    def sync(
        self, source: str | None = None, waits: Callable[[], None] | None = None
    ) -> SyncResult:
        from . import sync

        return sync.sync(self, source, waits=waits)

    def refused_campaigns(self) -> list[str]:
        """The office's campaigns the last sync did not take, one sentence each (why, and
        that what the station held of them stays)."""
        from . import sync

        return [sync.refused_text(self, r) for r in sync.refused_campaigns(self)]

    def enrol(self, url: str, commune: str | None = None) -> Enrolment:
        from . import office_link

        return office_link.enrol(self, url, commune)

    def new_key(self) -> Path | None:
        """A new key pair for a station the office revoked; the old key is kept aside (the
        path returned) and the log is untouched. The next `enrol` registers the new key."""
        from . import identity, mqtt_link

        aside = identity.replace(self.root, self.clock().astimezone(self.config.zone))
        mqtt_link.forget_account(self)
        return aside

    def push(self) -> PushResult:
        from . import office_link

        return office_link.push(self)

    def status(self) -> StationStatus:
        """The station at a glance: daemon, upstream and office links, warnings."""
        from . import health, overview, schedule

        linked = overview.links(self)  # built once, for its fields and Để biết (review22b #5)
        upstream, office, link_warnings = linked
        fault = self.clock_fault()  # first, as on Trang chủ; then the disk and the sink
        said = fault.text(self.config.zone) if fault and not fault.set_back else None
        low = health.disk_low(self)
        seen = health.found(self)  # read once: its sentences and its few words
        warnings = (*([said] if said else []), *health.faults(seen), *link_warnings,
                    *([low] if low else []))  # fmt: skip
        configured = bool(upstream["upstream_trusted"] or upstream["upstream_source"])
        on_air = overview.on_air(self)
        ask = schedule.slots_ask(self)  # the slots and notices read once
        silenced, old = ask.silenced, overview.old_emergencies(self, ask.old_emergencies)
        return StationStatus(
            **upstream, **office, daemon_pid=self.daemon_pid(),
            warnings=tuple(sentences(w) for w in (*warnings, *old)),
            upstream_configured=configured, on_air=on_air,
            on_air_remaining_s=on_air.remaining_s(self.clock()) if on_air else None,
            stopped_on_air=None if on_air else overview.stopped_on_air(self),
            next_airings=tuple(self.next_airings(3)), waiting_approval=tuple(self.drafts()),
            not_approved=tuple(self.refused()),
            will_not_air=tuple(silenced),
            will_not_air_text=tuple(sentences(self.wont_air_text(w)) for w in silenced),
            speech=overview.speech_used(self), did_not_air=tuple(overview.trouble(self)),
            to_know=tuple(overview.to_know(self, linked)),
            sound_fault=self.sound_fault(seen),
        )  # fmt: skip


def refusal(error: BaseException, root: Path) -> str | None:
    """The sentence a door shows for an error a station operation raised: the station's own
    refusals, the store's (a full disk, a damaged or busy store) and the files' (a read-only
    folder); None for anything else, which is a bug to report."""
    if isinstance(error, BroadcasterError):
        return str(error)
    if isinstance(error, sqlite3.Error):
        return str(explain(error, root / STORE))
    if isinstance(error, OSError):
        return file_problem(error)
    return None


def speak_station_language(root: Path) -> str:
    """Speak the station's language in this process from now on (the environment's, when it
    asks for one the station speaks): a door calls this before it says anything, so that even
    an error about the settings is in that language."""
    code = choose_language(station_language(root))
    use_language(code)
    return code


def normalize(root: Path, text: str, voice: str | None = None) -> Reading:
    """The spoken form of `text`: read with the station's lexicon and reading settings when
    `root` is a station, else as every station reads it."""
    if voice is not None and voice not in ESPEAK_VOICES:
        raise StationError(
            _("'{voice}' is not a voice (voices: {known})").format(
                voice=voice, known=", ".join(ESPEAK_VOICES)
            ),
            field="voice",
        )
    if (root / CONFIG_NAME).exists():
        station = Station.open(root)
        try:
            return station.read(text, voice)
        finally:
            station.close()
    DEFAULT_LIMITS.check_text(text, _("the text to read"))
    from announcements.normalize import Reader

    return Reader().read(text, voice or "vi")


def sample_folder(name: str) -> Path:
    """A sample campaign shipped with the package: announcements (*.md), schedule.toml."""
    folder = SAMPLES_DIR / name
    if not folder.is_dir():
        known = ", ".join(p.name for p in SAMPLES_DIR.iterdir() if p.is_dir())
        raise StationError(
            _("there is no sample '{name}' (samples: {known})").format(name=name, known=known)
        )
    return folder


def dumps(value: Any) -> str:
    """JSON for `--json`: records as objects of their fields, times as ISO-8601 with their
    offset."""

    def plain(v: Any) -> Any:
        if hasattr(v, "fields"):
            return v.fields()
        if is_dataclass(v) and not isinstance(v, type):
            return asdict(v)
        return v.isoformat() if isinstance(v, date | time) else str(v)

    return json.dumps(value, ensure_ascii=False, indent=2, default=plain)
