"""The station: a directory with station.toml, the store station.db and its audio.

Every operation a front end offers (the CLI now, a web page later) is a method here.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import tempfile
import uuid
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from announcements.asset_store import AssetStore
from announcements.audio import Asset
from announcements.engines import Engine, EspeakEngine, GttsEngine
from announcements.normalize import Reader, Reading
from announcements.numbers import DIALECTS
from announcements.script import Script, ScriptError, canonical_text, read_script
from announcements.speech import Synthesizer
from audio_out.amplifier import AmplifierHooks
from audio_out.sinks import Sink, make_sink, sound_cards
from common.errors import BroadcasterError
from common.files import check_output, tighten_umask, write_atomic
from common.i18n import _
from schedules.parse import InputError, parse_date
from schedules.priority import Priority

from .accounts import Accounts
from .clock import Clock, system_clock, utc_iso
from .config import (
    CONFIG_NAME,
    DEFAULT_QUIET_HOURS,
    StationConfig,
    config_text,
    load_config,
    settings_refusal,
)
from .identity import identity
from .jingles import ROLES, make_chime
from .program import Jingles, Program, ProgramItem, plan_program, render_program
from .store import STORE_NAME, open_store

SAMPLES_DIR = Path(__file__).parent / "samples"
Progress = Callable[[int, int], None]
"""Called with (done, total) as speech is prepared."""


EMERGENCY_PREFIX = "khan-cap-"
"""Announcement ids starting so are made by `emergency` only; no file or upstream may claim one."""
UPSTREAM_MARK = "tren-"
"""After the prefix, an emergency from the upstream office: khan-cap-tren-<message id>."""
INIT_PREFIX = ".broadcaster-init-"
"""The hidden folder a new station is built in before it is moved into place."""

AUTO_APPROVERS = {"local": "tự động (nội dung địa phương)", "upstream": "tự động (cấp trên)"}


class StationError(BroadcasterError):
    """An operation the station refuses, in one sentence for the operator."""


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


@dataclass(frozen=True)
class UpstreamRequest:
    """An emergency the upstream office signed: its message id, title and validity."""

    message_id: str
    title: str
    issued_at: datetime
    valid_until: datetime


def _with_reading(result: AddResult, reading: Reading) -> AddResult:
    return replace(result, warnings=reading.warnings, guessed=reading.guessed)


@dataclass
class Station:
    root: Path
    config: StationConfig
    db: Database
    clock: Clock = system_clock

    # ----- opening -------------------------------------------------------------------------
    @classmethod
    def open(cls, root: Path, clock: Clock = system_clock, create: bool = False) -> Station:
        """Open a station folder; its store must be there (only `create` makes one)."""
        tighten_umask()
        config = load_config(root)
        return cls(root.resolve(), config, open_store(root / STORE_NAME, create), clock)

    @classmethod
    def create(
        cls,
        root: Path,
        name: str,
        timezone: str = "Asia/Ho_Chi_Minh",
        quiet_hours: tuple[str, str] | None = DEFAULT_QUIET_HOURS,
        clock: Clock = system_clock,
    ) -> Station:
        """A new station with its store and default jingles, made whole or not at all: it is
        built in a hidden folder and moved into place at the end (station.toml last). Only a
        new or empty folder becomes a station."""
        tighten_umask()
        if (root / CONFIG_NAME).exists():
            raise StationError(f"{root} is already a station ({CONFIG_NAME} exists)")
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
        write_atomic(folder / CONFIG_NAME, config)
        os.close(os.open(folder / STORE_NAME, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
        station = cls.open(folder, clock, create=True)
        try:
            with station.db.conn:
                station.db.table("meta").insert_all(
                    [
                        {"key": "station_id", "value": str(uuid.uuid4())},
                        {"key": "created_at", "value": utc_iso(clock())},
                    ],
                    pk="key",
                )
            identity(station.root)  # the key pair the office knows the station by
            with tempfile.TemporaryDirectory(dir=station.root) as tmp:
                for role in ("intro", "outro"):
                    station.set_jingle(role, make_chime(role, Path(tmp) / f"{role}.wav"))
        finally:
            station.db.conn.close()

    @property
    def station_id(self) -> str:
        return self.db.table("meta").get("station_id")["value"]

    @property
    def upstream_dir(self) -> Path:
        """The upstream office's verified TUF metadata and targets."""
        return self.root / "upstream"

    @property
    def trusted_root(self) -> Path:
        return self.upstream_dir / "metadata" / "root.json"

    @property
    def accounts(self) -> Accounts:
        """Who may use the web console, and with what role."""
        return Accounts(self)

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
        return Synthesizer(self.assets, self.engines(), self.reader())

    def reader(self) -> Reader:
        """How this station reads text: its lexicon and regional variant."""
        lexicon = {row["term"]: row["spoken"] for row in self.db.table("lexicon").rows}
        return Reader(lexicon, DIALECTS.get(self.config.speech.reading))

    def read(self, text: str, voice: str | None = None) -> Reading:
        return self.reader().read(text, voice or self.config.speech.voice)

    # ----- lexicon -------------------------------------------------------------------------
    def lexicon(self) -> list[dict[str, Any]]:
        return list(self.db.table("lexicon").rows_where(order_by="term"))

    def set_pronunciation(self, term: str, spoken: str) -> None:
        """Say `spoken` wherever `term` is written (whole words, any case). Only speech whose
        text contains the term changes, so only that is synthesised again."""
        term, spoken = " ".join(term.split()).lower(), " ".join(spoken.split())
        if not term or not spoken:
            raise StationError("a lexicon entry needs a word and how to say it")
        with self.db.conn:
            self.db.table("lexicon").insert(
                {"term": term, "spoken": spoken, "updated_at": utc_iso(self.clock())},
                pk="term",
                replace=True,
            )

    def remove_pronunciation(self, term: str) -> None:
        term = " ".join(term.split()).lower()
        with self.db.conn:
            if not self.db.execute("DELETE FROM lexicon WHERE term = ?", [term]).rowcount:
                raise StationError(f"'{term}' is not in the lexicon")

    def sink(self, spec: str | None = None, base_dir: Path | None = None) -> Sink:
        """The named sink, or the station's default ('auto': sound card if any, else files)."""
        if spec is None:
            spec, base_dir = self.config.default_sink, self.root
        if spec == "auto":
            spec, base_dir = ("device" if sound_cards() else "file:airings"), self.root
        return make_sink(spec, base_dir or Path.cwd())

    def amplifier(self) -> AmplifierHooks:
        """The power hooks; refused (they do not run) if others could change the settings."""
        a = self.config.amplifier
        refused = settings_refusal(self.root) if a.before or a.after else None
        return AmplifierHooks(a.before, a.pre_roll_s, a.after, refused)

    # ----- announcements -------------------------------------------------------------------
    def add_announcements(self, paths: Sequence[Path]) -> list[AddResult]:
        """Read every file first, then store them all in one transaction (or none of them)."""
        scripts = [read_script(path, self.config.limits) for path in paths]
        ids = [s.id for s in scripts]
        repeated = {i for i in ids if ids.count(i) > 1}
        if repeated:
            raise ScriptError(f"id '{sorted(repeated)[0]}' is given by more than one file")
        recordings = {s.id: self.assets.add(s.recording) for s in scripts if s.recording}
        now = utc_iso(self.clock())
        with self.db.conn:
            stored = [self._store_script(s, recordings.get(s.id), now) for s in scripts]
        return [
            _with_reading(result, self.read(s.text, s.voice)) if s.text else result
            for s, result in zip(scripts, stored, strict=True)
        ]

    def _store_script(
        self,
        script: Script,
        recording: Asset | None,
        now: str,
        origin: str = "local",
        upstream_version: int | None = None,
    ) -> AddResult:
        """Store one announcement; its version goes up only when what is heard changes."""
        if script.id.startswith(EMERGENCY_PREFIX):
            raise StationError(
                _("announcement id '{id}' starts with '{prefix}', which is kept for emergencies; "
                  "give the file another id").format(id=script.id, prefix=EMERGENCY_PREFIX)
            )  # fmt: skip
        content = script.content_sha256()
        current = self._announcement_row(script.id)
        if current and current["origin"] != origin:
            owner = "the upstream office" if current["origin"] == "upstream" else "this station"
            raise StationError(f"announcement id '{script.id}' already belongs to {owner}")
        fields = {
            **script.fields(),
            "campaign": script.campaign,
            "kind": script.kind,
            "updated_at": now,
            "retired_at": None,
            "origin": origin,
            "upstream_version": upstream_version,
        }
        if current is None:
            version, change = 1, "new"
        else:
            last = self.db.table("announcement_versions").get((script.id, current["version"]))
            same = last["content_sha256"] == content
            version = current["version"] if same else current["version"] + 1
            change = "restored" if current["retired_at"] else "unchanged" if same else "updated"
        row = {"id": script.id, "version": version, **fields}
        automatic = {
            "local": self.config.approval.auto_approve_local,
            "upstream": self.config.approval.auto_approve_upstream,
        }[origin]
        if current is not None and current["retired_at"]:
            # back from retirement: a draft again, whoever approved it before
            row |= {"approved_version": None, "approved_by": None, "approved_at": None}
        if automatic and (
            current is None or current["retired_at"] or current["approved_version"] != version
        ):
            row |= {
                "approved_version": version,
                "approved_by": AUTO_APPROVERS[origin],
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
                }
            )
        return AddResult(script.id, version, change)

    def _announcement_row(self, announcement_id: str) -> dict[str, Any] | None:
        rows = list(self.db.table("announcements").rows_where("id = ?", [announcement_id]))
        return rows[0] if rows else None

    def announcement(self, announcement_id: str, spoken: bool = True) -> dict[str, Any]:
        """The announcement with its current text or recording and (unless `spoken` is
        False: it takes a normalisation) the spoken form."""
        row = self._announcement_row(announcement_id)
        if row is None:
            raise StationError(f"there is no announcement '{announcement_id}'")
        current = self.db.table("announcement_versions").get((announcement_id, row["version"]))
        versions = self.db.execute(
            "SELECT version, created_at FROM announcement_versions "
            "WHERE announcement_id = ? ORDER BY version",
            [announcement_id],
        ).fetchall()
        return {
            **row,
            "status": _status(row),
            "text": current["text"],
            "spoken_text": self.read(current["text"], row["voice"]).spoken
            if spoken and current["text"]
            else None,
            "recording_sha256": current["recording_sha256"],
            "versions": [{"version": v, "created_at": c} for v, c in versions],
        }

    def list_announcements(self, include_retired: bool = False) -> list[dict[str, Any]]:
        where = None if include_retired else "retired_at IS NULL"
        return [
            {**row, "status": _status(row)}
            for row in self.db.table("announcements").rows_where(where, order_by="id")
        ]

    def approve(self, announcement_id: str, by: str) -> int:
        """Approve the announcement's current version for airing; returns that version."""
        row = self.announcement(announcement_id)
        if not by.strip():
            raise StationError("say who approves: --by NAME")
        if row["retired_at"]:
            raise StationError(f"announcement '{announcement_id}' is retired")
        with self.db.conn:
            self.db.table("announcements").update(
                announcement_id,
                {
                    "approved_version": row["version"],
                    "approved_by": by.strip(),
                    "approved_at": utc_iso(self.clock()),
                },
            )
        return row["version"]

    def retire(self, announcement_id: str) -> None:
        row = self.announcement(announcement_id)
        if row["retired_at"]:
            raise StationError(f"announcement '{announcement_id}' is already retired")
        with self.db.conn:
            self.db.table("announcements").update(
                announcement_id, {"retired_at": utc_iso(self.clock())}
            )

    def campaign_announcements(self, campaign: str) -> list[str]:
        """Active announcements of a campaign, most urgent first."""
        rows = [r for r in self.list_announcements() if r["campaign"] == campaign]
        if not rows:
            raise StationError(f"campaign '{campaign}' has no active announcements")
        rank = {p.value: i for i, p in enumerate(reversed(Priority))}
        return [r["id"] for r in sorted(rows, key=lambda r: (rank[r["priority"]], r["id"]))]

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
            self.config.limits.check_text(text, _("the emergency notice"))
        recording = self.assets.add(audio) if audio else None
        now = self.clock()
        local = now.astimezone(self.config.zone)
        stamp = utc_iso(now)
        kind = "recording" if recording else "tts"
        content = (
            recording.sha256
            if recording
            else hashlib.sha256(canonical_text(text or "").encode()).hexdigest()
        )
        valid_until = now + timedelta(minutes=self.config.emergency.valid_minutes)
        title = f"Thông báo khẩn cấp lúc {local:%H:%M} ngày {local:%d/%m/%Y}"
        requested = stamp
        if upstream:  # sent when the office sent it, valid as long as it says
            valid_until, title = upstream.valid_until, upstream.title
            requested = utc_iso(upstream.issued_at)
        with self.db.conn:
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
                    "origin": "emergency",
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
                }
            )
        return number[0], announcement_id

    def remove_jingle(self, role: str) -> None:
        with self.db.conn:
            if not self.db.execute("DELETE FROM jingles WHERE role = ?", [role]).rowcount:
                raise StationError(f"there is no {role} jingle")

    # ----- jingles -------------------------------------------------------------------------
    def set_jingle(self, role: str, path: Path) -> Asset:
        if role not in ROLES:
            raise StationError(f"jingle role '{role}' is not one of {', '.join(ROLES)}")
        asset = self.assets.add(path)
        with self.db.conn:
            self.db.table("jingles").insert(
                {
                    "role": role,
                    "asset_sha256": asset.sha256,
                    "source": str(path),
                    "set_at": utc_iso(self.clock()),
                },
                pk="role",
                replace=True,
            )
        return asset

    # ----- programs ------------------------------------------------------------------------
    def check_airable(self, ids: Iterable[str], today: date) -> list[dict[str, Any]]:
        """The announcements, or a clear refusal if one is unknown, retired or out of date."""
        rows = []
        for announcement_id in ids:
            row = self.announcement(announcement_id)
            if row["retired_at"]:
                raise StationError(f"announcement '{announcement_id}' is retired")
            if row["approved_version"] != row["version"]:
                raise StationError(
                    f"announcement '{announcement_id}' version {row['version']} is not approved "
                    f"(broadcaster announce approve {announcement_id} --by NAME)"
                )
            try:
                valid_from = parse_date(row["valid_from"]) if row["valid_from"] else None
                valid_until = parse_date(row["valid_until"]) if row["valid_until"] else None
                Priority(row["priority"])
            except (InputError, ValueError) as e:
                raise StationError(
                    _(
                        "announcement '{id}' is damaged in the store ({problem}); add its file "
                        "again"
                    ).format(id=announcement_id, problem=e)
                ) from None
            if valid_from and today < valid_from:
                raise StationError(
                    f"announcement '{announcement_id}' is valid only from {row['valid_from']}"
                )
            if valid_until and today > valid_until:
                raise StationError(
                    f"announcement '{announcement_id}' expired on {row['valid_until']}"
                )
            rows.append(row)
        if not rows:
            raise StationError("no announcement to air")
        return rows

    def today(self) -> date:
        return self.clock().astimezone(self.config.zone).date()

    def build_program(
        self, rows: Sequence[dict[str, Any]], on_progress: Progress | None = None
    ) -> Program:
        """Speech for every text (cache or engines, in one batch), recordings, jingles: the plan.

        With no bridge jingle and some announcement repeating, the bridge is the spoken
        `bridge_text`, synthesised in the same batch.
        """
        voice = self.config.speech.voice
        jingles = {
            row["role"]: self.assets.get(row["asset_sha256"])
            for row in self.db.table("jingles").rows
        }
        bridge_text = self.config.program.bridge_text
        spoken_bridge = bool(
            bridge_text and "bridge" not in jingles and any(r["repeat"] > 1 for r in rows)
        )
        requests = [(r["text"], r["voice"] or voice) for r in rows if r["kind"] == "tts"]
        if spoken_bridge:
            requests.append((bridge_text, voice))
        speeches = iter(self.synthesizer.speak_all(requests, on_progress))
        items = []
        for row in rows:
            if row["kind"] == "recording":
                audio, engine, engine_voice = self.assets.get(row["recording_sha256"]), None, None
            else:
                speech = next(speeches)
                audio, engine, engine_voice = speech.asset, speech.engine, speech.voice
            items.append(
                ProgramItem(
                    announcement_id=row["id"],
                    version=row["version"],
                    title=row["title"],
                    campaign=row["campaign"],
                    priority=row["priority"],
                    kind=row["kind"],
                    readings=row["repeat"],
                    audio=audio,
                    engine=engine,
                    voice=engine_voice,
                    approved_by=row["approved_by"],
                    upstream_version=row["upstream_version"],
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
        program = self.build_program([self.announcement(i) for i in ids], on_progress)
        return program, render_program(program, out)


def _status(row: dict[str, Any]) -> str:
    if row["retired_at"]:
        return "retired"
    return "approved" if row["approved_version"] == row["version"] else "draft"


def sample_folder(name: str) -> Path:
    """A sample campaign shipped with the package: announcements (*.md), schedule.toml."""
    folder = SAMPLES_DIR / name
    if not folder.is_dir():
        known = ", ".join(p.name for p in SAMPLES_DIR.iterdir() if p.is_dir())
        raise StationError(f"there is no sample '{name}' (samples: {known})")
    return folder


def dumps(value: Any) -> str:
    """JSON for `--json`: times as ISO-8601 with their offset."""

    def plain(v: Any) -> Any:
        return v.isoformat() if isinstance(v, date) else str(v)

    return json.dumps(value, ensure_ascii=False, indent=2, default=plain)
