"""Reading announcement files: Markdown/text with front matter, or a bare recording.

Parsing is pure and strict: every mistake becomes one sentence naming the file and the field,
raised before anything is written.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, ClassVar

import frontmatter
import yaml
from frontmatter.default_handlers import YAMLHandler

from common.errors import BroadcasterError
from schedules.priority import Priority

from .audio import file_sha256
from .engines import ESPEAK_VOICES

SCRIPT_SUFFIXES = (".md", ".markdown", ".txt")
AUDIO_SUFFIXES = (".mp3", ".wav", ".ogg", ".oga", ".opus", ".m4a", ".aac", ".flac")
FIELDS = (
    "id",
    "title",
    "campaign",
    "priority",
    "repeat",
    "valid_from",
    "valid_until",
    "voice",
    "audio",
)
MAX_REPEAT = 5
_ID = re.compile(r"^[a-z0-9][a-z0-9_-]{0,63}$")


class _DatesAsText(yaml.SafeLoader):
    """YAML without implicit timestamps: '2020-13-01' reaches our date check as text."""

    yaml_implicit_resolvers: ClassVar[dict[str, list[tuple[str, Any]]]] = {
        first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
        for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
    }


class _FrontMatter(YAMLHandler):
    def load(self, fm: str, **kwargs: object) -> Any:
        return yaml.load(fm, Loader=_DatesAsText)


class ScriptError(BroadcasterError):
    """An announcement file the station cannot accept, in one sentence."""


@dataclass(frozen=True)
class Script:
    """One announcement as read from a file, ready to store."""

    id: str
    title: str
    campaign: str | None
    priority: Priority
    repeat: int
    valid_from: date | None
    valid_until: date | None
    voice: str | None
    text: str | None
    """The script text (for speech); None for a recording without transcript."""
    recording: Path | None
    """Audio file to air instead of speech."""
    source: Path

    def fields(self) -> dict[str, Any]:
        """What the store and a published manifest keep of it besides the words and audio."""
        return {
            "title": self.title,
            "priority": self.priority.value,
            "repeat": self.repeat,
            "valid_from": self.valid_from.isoformat() if self.valid_from else None,
            "valid_until": self.valid_until.isoformat() if self.valid_until else None,
            "voice": self.voice,
        }

    @property
    def kind(self) -> str:
        return "recording" if self.recording else "tts"

    def content_sha256(self) -> str:
        """Changes exactly when what is heard changes: the spoken text or the audio bytes."""
        if self.recording:
            return file_sha256(self.recording)
        return hashlib.sha256(canonical_text(self.text or "").encode()).hexdigest()


def canonical_text(text: str) -> str:
    """The text as written, minus differences nobody hears: Unicode form and white space."""
    return " ".join(unicodedata.normalize("NFC", text).split())


def slug(name: str) -> str:
    """A stable ASCII id from a file name: 'Thông báo Bluezone.md' → 'thong-bao-bluezone'."""
    plain = unicodedata.normalize("NFKD", name.replace("đ", "d").replace("Đ", "D"))
    plain = "".join(c for c in plain if not unicodedata.combining(c)).lower()
    return re.sub(r"[^a-z0-9]+", "-", plain).strip("-")[:64]


def read_script(path: Path) -> Script:
    suffix = path.suffix.lower()
    if not path.is_file():
        raise ScriptError(f"{path}: no such file")
    if suffix in AUDIO_SUFFIXES:
        return _build(path, {}, text=None)
    if suffix not in SCRIPT_SUFFIXES:
        raise ScriptError(
            f"{path}: unsupported file type '{suffix}' "
            f"(use {', '.join(SCRIPT_SUFFIXES + AUDIO_SUFFIXES)})"
        )
    try:
        post = frontmatter.loads(path.read_text(encoding="utf-8"), handler=_FrontMatter())
    except UnicodeDecodeError as e:
        raise ScriptError(f"{path}: the file is not UTF-8 text (byte {e.start})") from e
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        where = f" at line {mark.line + 2}" if mark else ""
        raise ScriptError(f"{path}: the front matter is not valid YAML{where}") from e
    if not isinstance(post.metadata, dict):
        raise ScriptError(f"{path}: the front matter must be 'field: value' lines")
    return _build(path, post.metadata, text=post.content)


def _build(path: Path, meta: dict[str, Any], text: str | None) -> Script:
    unknown = [k for k in meta if k not in FIELDS]
    if unknown:
        raise ScriptError(
            f"{path}: unknown field '{unknown[0]}' in the front matter "
            f"(allowed: {', '.join(FIELDS)})"
        )
    recording = None
    if path.suffix.lower() in AUDIO_SUFFIXES:
        recording = path
    elif meta.get("audio") is not None:
        recording = (path.parent / _text(meta, "audio", path)).resolve()
        if not recording.is_file():
            raise ScriptError(f"{path}: audio file '{meta['audio']}' does not exist")
    text = text.strip() if text else None
    if recording is None and not canonical_text(text or ""):
        raise ScriptError(f"{path}: the announcement has no text to read")

    announcement_id = _text(meta, "id", path) if "id" in meta else slug(path.stem)
    if not _ID.match(announcement_id):
        raise ScriptError(
            f"{path}: id '{announcement_id}' must be lowercase letters, digits, '-' or '_'"
        )
    valid_from = _date(meta, "valid_from", path)
    valid_until = _date(meta, "valid_until", path)
    if valid_from and valid_until and valid_until < valid_from:
        raise ScriptError(f"{path}: valid_until {valid_until} is before valid_from {valid_from}")
    priority = meta.get("priority", "normal")
    if priority not in {p.value for p in Priority}:
        raise ScriptError(
            f"{path}: priority '{priority}' is not one of {', '.join(p.value for p in Priority)}"
        )
    repeat = meta.get("repeat", 1)
    if type(repeat) is not int or not 1 <= repeat <= MAX_REPEAT:
        raise ScriptError(f"{path}: repeat must be a whole number from 1 to {MAX_REPEAT}")
    voice = _text(meta, "voice", path) if meta.get("voice") is not None else None
    if voice is not None and voice not in ESPEAK_VOICES:
        raise ScriptError(f"{path}: voice '{voice}' is not one of {', '.join(ESPEAK_VOICES)}")
    title = _text(meta, "title", path) if meta.get("title") is not None else path.stem
    campaign = _text(meta, "campaign", path) if meta.get("campaign") is not None else None
    return Script(
        id=announcement_id,
        title=title,
        campaign=campaign,
        priority=Priority(priority),
        repeat=repeat,
        valid_from=valid_from,
        valid_until=valid_until,
        voice=voice,
        text=text,
        recording=recording,
        source=path,
    )


def _text(meta: dict[str, Any], key: str, path: Path) -> str:
    value = meta[key]
    if not isinstance(value, str | int) or isinstance(value, bool) or not str(value).strip():
        raise ScriptError(f"{path}: {key} must be non-empty text")
    return str(value).strip()


def _date(meta: dict[str, Any], key: str, path: Path) -> date | None:
    value = meta.get(key)
    if value is None:
        return None
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        raise ScriptError(f"{path}: {key} '{value}' is not a date (use YYYY-MM-DD)") from None
