"""A campaign folder as the office's publish reads it: only what belongs in a repository.

The office's signing keys usually sit a folder or two away from its campaigns. Whatever a
folder holds (a symbolic link to the keys, `audio: ../keys/targets.pem`, a key renamed
`loi-keu-goi.mp3`, a note pasted as a script), publishing takes from it only script text,
audio that ffmpeg decodes, and a TOML schedule, and only from files inside the folder.
"""

from __future__ import annotations

import re
import tempfile
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from announcements.audio import AudioError, LoudnessTarget, check_input, ingest
from announcements.limits import InputLimits
from announcements.old_fonts import refuse_unnamed, text_file
from announcements.script import AUDIO_SUFFIXES, SCRIPT_SUFFIXES, Script, read_script
from common.errors import BroadcasterError
from common.i18n import _

from . import UpstreamError
from .manifest import JINGLE_ROLES

PRIVATE_KEY = re.compile(r"-----BEGIN [A-Z0-9 ]*PRIVATE KEY-----")
SCHEDULE = "schedule.toml"
DOCUMENTS = (".doc", ".docx", ".docm", ".odt", ".rtf", ".wps", ".pdf")
"""Files an officer writes a notice in: the stations read none of them, but their text is one
copy and paste away from a notice they do read."""
SYSTEM_FILES = ("thumbs.db", "desktop.ini")


def skipped(path: Path) -> bool:
    """A hidden or editor's file (`.DS_Store`, Word's `~$x.docx`, LibreOffice's `.~lock.x#`,
    a backup `x.md~`): never meant as a notice, so publish skips it (and says so)."""
    name = path.name
    return name.startswith((".", "~$")) or name.endswith("~") or name.lower() in SYSTEM_FILES


def listing(folder: Path) -> tuple[list[Path], list[Path]]:
    """(the notices and recordings of a campaign folder, the files skipped); any other file
    is refused with what to do: a Word document left in the folder would otherwise be a
    notice that silently never airs. Folders inside are left alone (jingles/, and recordings
    a notice names)."""
    read, passed = [], []
    for path in sorted(folder.iterdir()):
        suffix = path.suffix.lower()
        if skipped(path):
            passed.append(path)
        elif suffix in (*SCRIPT_SUFFIXES, *AUDIO_SUFFIXES):
            read.append(path)
        elif path.name == SCHEDULE or path.is_dir():
            continue
        elif suffix in DOCUMENTS:
            raise UpstreamError(
                _("{path}: the stations cannot read a {kind} document. Copy its text into a "
                  "notice, a .md or .txt file in this folder (front matter with id: and title:, "
                  "then the text, as the README shows), move the document out of the folder, "
                  "and publish again").format(path=path, kind=suffix[1:].upper())
            )  # fmt: skip
        else:
            raise UpstreamError(
                _("{path}: the stations do not read this file. A campaign folder holds notices "
                  "(.md, .txt), recordings ({audio}), schedule.toml and a jingles folder: move "
                  "the file out of the folder, and publish again").format(
                    path=path, audio=", ".join(s[1:] for s in AUDIO_SUFFIXES))
            )  # fmt: skip
    return read, passed


@dataclass(frozen=True)
class CampaignContent:
    """What a campaign folder publishes, every part already checked."""

    scripts: list[Script]
    schedule: bytes | None
    jingles: dict[str, Path]
    schedule_file: Path | None = None
    """Where `schedule` was read: the station's own reading of it names this file."""


@dataclass
class CampaignFolder:
    folder: Path
    limits: InputLimits = field(default_factory=InputLimits)
    campaign: str = ""
    """The campaign it publishes (named after the folder): its schedule's slots air it."""

    def __post_init__(self) -> None:
        self.root = self.folder.resolve()
        if not self.root.is_dir():
            raise UpstreamError(_("{folder} is not a folder").format(folder=self.folder))

    def read(self) -> CampaignContent:
        """Everything the folder publishes, checked before anything is written anywhere."""
        schedule = self.schedule()
        file = self.folder / SCHEDULE if schedule is not None else None
        return CampaignContent(self.scripts(), schedule, self.jingles(), file)

    def _inside(self, path: Path) -> Path:
        """`path` resolved; refused if it (or a link on the way) leaves the folder or is not
        a regular file, or if its name is not text (bytes of an old PC's code page)."""
        try:
            refuse_unnamed(path)
        except BroadcasterError as e:
            raise UpstreamError(str(e)) from None
        resolved = path.resolve()
        if not resolved.is_relative_to(self.root):
            raise UpstreamError(
                _("{path} leads outside the campaign folder {folder}: refused").format(
                    path=path, folder=self.folder
                )
            )
        if not resolved.is_file():
            raise UpstreamError(_("{path} is not a regular file").format(path=path))
        return resolved

    def scripts(self) -> list[Script]:
        """Every script (.md/.txt) and every recording no script names, checked; a file that
        cannot be published stops the whole publication with its reason."""
        files, _skipped = listing(self.folder)
        for path in files:
            self._inside(path)
        try:
            scripts = [
                read_script(p, self.limits) for p in files if p.suffix.lower() in SCRIPT_SUFFIXES
            ]
            named = {s.recording for s in scripts if s.recording}
            scripts += [
                read_script(p, self.limits)
                for p in files
                if p.suffix.lower() in AUDIO_SUFFIXES and p.resolve() not in named
            ]
        except BroadcasterError as e:
            raise UpstreamError(str(e)) from None
        for script in scripts:
            if script.text and PRIVATE_KEY.search(script.text):
                raise UpstreamError(
                    _("{path}: the text holds a private key: refused").format(path=script.source)
                )
            if script.recording:
                self._audio(script.recording)
        if not scripts:
            raise UpstreamError(
                _("{folder} holds no notice: write one as a .md or .txt file (front matter "
                  "with id: and title:, then the text, as the README shows), or add a "
                  "recording, and publish again").format(folder=self.folder)
            )  # fmt: skip
        ids = [s.id for s in scripts]
        repeated = sorted({i for i in ids if ids.count(i) > 1})
        if repeated:
            raise UpstreamError(
                _("{folder}: announcement id '{id}' is given by more than one file").format(
                    folder=self.folder, id=repeated[0]
                )
            )
        return scripts

    def _audio(self, path: Path) -> None:
        """Audio that ffmpeg reads as one of the station's audio formats, within the limits,
        and that a station admits: its AssetStore.admit is check_input then ingest (decoded to
        the end, measured, refused if silent), and a refusal there stops every commune's sync.
        Ingested here into a folder thrown away."""
        inside = self._inside(path)
        try:
            check_input(inside, self.limits)
        except AudioError:
            raise UpstreamError(
                _("{path} is not audio the stations can play ({formats}): save the recording "
                  "again in one of these, or move the file out of the folder, and publish "
                  "again").format(path=path, formats=", ".join(s[1:] for s in AUDIO_SUFFIXES))
            ) from None  # fmt: skip
        except BroadcasterError as e:
            raise UpstreamError(str(e)) from None
        try:
            with tempfile.TemporaryDirectory(prefix="publish-") as scratch:
                ingest(inside, Path(scratch), LoudnessTarget(), self.limits)
        except BroadcasterError as e:
            raise UpstreamError(str(e)) from None

    def schedule(self) -> bytes | None:
        """schedule.toml, if the folder has one: a TOML file with [[slot]] tables."""
        path = self.folder / SCHEDULE
        if not path.exists() and not path.is_symlink():
            return None
        raw = self._inside(path).read_bytes()
        try:
            self.limits.check_text_file(len(raw), str(path))
            text = text_file(raw, str(path))
        except BroadcasterError as e:  # an old PC's Notepad: said with what to do
            raise UpstreamError(str(e)) from None
        data = text.encode("utf-8")  # what stations receive: UTF-8, without Notepad's BOM
        try:
            slots = tomllib.loads(text).get("slot")
        except tomllib.TOMLDecodeError:
            slots = None
        if not isinstance(slots, list):
            raise UpstreamError(
                _("{path} is not a schedule (a TOML file of [[slot]] tables)").format(path=path)
            )
        for n, slot in enumerate(slots, start=1):
            other = slot.get("campaign") if isinstance(slot, dict) else None
            if self.campaign and other is not None and other != self.campaign:
                raise UpstreamError(
                    _("{path}: slot {n} airs campaign '{other}', but this folder publishes "
                      "campaign '{campaign}' (the folder's name): name no campaign in the slot, "
                      "or rename the folder").format(path=path, n=n, other=other,
                                                     campaign=self.campaign)
                )  # fmt: skip
        return data

    def jingles(self) -> dict[str, Path]:
        """jingles/intro|outro|bridge.<audio>, if the folder has a jingles folder."""
        folder = self.folder / "jingles"
        if not folder.exists() and not folder.is_symlink():
            return {}
        if not folder.resolve().is_relative_to(self.root) or not folder.is_dir():
            raise UpstreamError(
                _("{path} leads outside the campaign folder {folder}: refused").format(
                    path=folder, folder=self.folder
                )
            )
        found = {}
        for jingle in sorted(folder.iterdir()):
            role = jingle.stem
            if role not in JINGLE_ROLES or jingle.suffix.lower() not in AUDIO_SUFFIXES:
                raise UpstreamError(
                    _("{path}: jingles are intro, outro or bridge audio files").format(path=jingle)
                )
            if role in found:
                raise UpstreamError(
                    _("{folder}: there are two {role} jingles").format(folder=folder, role=role)
                )
            self._audio(jingle)
            found[role] = jingle
        return found
