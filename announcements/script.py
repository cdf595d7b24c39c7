"""Reading announcement files: Markdown/text with front matter, or a bare recording.

Parsing is pure and strict: every mistake becomes one sentence naming the file and the field,
raised before anything is written.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date
from enum import StrEnum
from functools import partial
from pathlib import Path
from typing import Any

from common.errors import BroadcasterError, kept
from common.files import not_a_file
from common.free_text import invisible
from common.i18n import N_, _
from common.localtime import date_text
from common.plain_text import slug
from schedules.parse import InputError, parse_date
from schedules.priority import NOTICE_PRIORITIES, Priority

from .audio import AUDIO_KINDS, file_sha256
from .engines import ESPEAK_VOICES
from .limits import DEFAULT_LIMITS, InputLimits


class Kind(StrEnum):
    """What an announcement airs: text read by a speech engine, or a recording."""

    TTS = "tts"
    RECORDING = "recording"

    @property
    def label(self) -> str:
        return _(KIND_LABELS[self])


KIND_LABELS = {Kind.TTS: N_("speech"), Kind.RECORDING: N_("recording")}


SCRIPT_SUFFIXES = (".md", ".markdown", ".txt")
AUDIO_SUFFIXES = (".mp3", ".wav", ".ogg", ".oga", ".opus", ".m4a", ".aac", ".flac")
FIELDS = (
    "id",
    "title",
    "campaign",
    "campaign_title",
    "priority",
    "repeat",
    "valid_from",
    "valid_until",
    "voice",
    "audio",
)
MAX_REPEAT = 5
MAX_TITLE = 300
BOM = "\ufeff"
FENCE = "---"
_ID = re.compile(r"^[a-z0-9][a-z0-9_-]{0,63}$")
MAX_HEADING = 120
"""A first line longer than this is the text's first sentence, not its heading."""
_ENDS_SENTENCE = ".!?:;,…"
_MARKDOWN_HEADING = re.compile(r"#{1,6}\s")
_SALUTATIONS = ("kính thưa", "thưa", "kính gửi", "xin chào")
"""How the body begins ('Kính thưa bà con'), never a heading."""
EMERGENCY_PREFIX = "khan-cap-"
"""Announcement ids starting so are made by `emergency` only: no local file, office campaign
or upstream manifest may claim one (every announcement's id is checked by `check_id`)."""
UPSTREAM_MARK = "tren-"
"""After the prefix, an emergency from the upstream office: khan-cap-tren-<message id>."""


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
    campaign_title: str | None = None
    """The campaign's own title (reports show it instead of the campaign's id)."""
    converted_from: str | None = None
    """The code page the file was converted from ('Windows-1258'): the officer is told, to
    listen before approving (not stored)."""

    def fields(self) -> dict[str, Any]:
        """What the store and a published manifest keep of it besides the words and audio."""
        return {
            "title": self.title,
            "campaign_title": self.campaign_title,
            "priority": self.priority.value,
            "repeat": self.repeat,
            "valid_from": self.valid_from.isoformat() if self.valid_from else None,
            "valid_until": self.valid_until.isoformat() if self.valid_until else None,
            "voice": self.voice,
        }

    @property
    def kind(self) -> Kind:
        return Kind.RECORDING if self.recording else Kind.TTS

    def content_sha256(self) -> str:
        """Changes exactly when what is heard changes: the spoken text or the audio bytes."""
        if self.recording:
            return file_sha256(self.recording)
        return hashlib.sha256(canonical_text(self.text or "").encode()).hexdigest()


def canonical_text(text: str) -> str:
    """The text as written, minus differences nobody hears: Unicode form and white space."""
    return " ".join(unicodedata.normalize("NFC", text).split())


def read_scripts(paths: Iterable[Path], limits: InputLimits = DEFAULT_LIMITS) -> list[Script]:
    """Every file read before any is refused: each file's faults (not text, too large, no
    text, bad dates…), all files' together in one refusal, so a person sending five files
    fixes them in one go."""
    faults: list[BroadcasterError] = []
    paths = list(paths)
    read = [kept(faults, partial(read_script, path, limits)) for path in paths]
    if faults:
        raise none_added(faults, [p.name for p, s in zip(paths, read, strict=True) if s])
    return [script for script in read if script is not None]


def none_added(faults: list[BroadcasterError], sound: list[str]) -> ScriptError:
    """Every file's faults in one refusal, ending with the files that had none: they are not
    added either (all or none, one transaction), which she could not tell (o15lan2 N6)."""
    if sound:
        said = (_("the other file ({names}) was not added either: fix the faulty file and "
                  "send them all again") if len(sound) == 1 else
                _("the other files ({names}) were not added either: fix the faulty files and "
                  "send them all again"))  # fmt: skip
        faults = [*faults, ScriptError(said.format(names=", ".join(sound)), field=faults[0].field)]
    return ScriptError.together(faults)


def read_script(path: Path, limits: InputLimits = DEFAULT_LIMITS) -> Script:
    """Read an announcement file: a script with optional front matter, or a recording.

    Paths named in the front matter (`audio:`) must stay inside the script's folder."""
    # here: the old fonts' word lists cost a process that reads no file
    from .old_fonts import FILE_NAME, decode_file, refuse_old_font_name, refuse_unnamed

    suffix = path.suffix.lower()
    refuse_unnamed(path)
    problem = not_a_file(path, _("a notice's script (.md, .txt) or its recording ({kinds})").format(
        kinds=AUDIO_KINDS))  # fmt: skip
    if problem:
        raise ScriptError(problem)
    if suffix in AUDIO_SUFFIXES:
        refuse_old_font_name(path.stem, str(path), FILE_NAME)  # a recording's title
        return script_from_fields({}, str(path), text=None, recording=path, source=path,
                                  default_id=slug(path.stem), default_title=path.stem,
                                  limits=limits)  # fmt: skip
    if suffix not in SCRIPT_SUFFIXES:
        raise ScriptError(
            _("{path}: unsupported file type '{suffix}' (use {allowed})").format(
                path=path, suffix=suffix, allowed=", ".join(SCRIPT_SUFFIXES + AUDIO_SUFFIXES)
            )
        )
    limits.check_text_file(path.stat().st_size, str(path))
    content, converted_from = decode_file(path.read_bytes(), str(path))
    front, text = split_front_matter(content, str(path))
    meta: dict[str, Any] = {}
    if front is not None:
        from .front_matter import load_front_matter  # only here: PyYAML is slow to import

        meta = load_front_matter(front, str(path))
    faults: list[BroadcasterError] = [
        ScriptError(
            _("{path}: unknown field '{field}' in the front matter (allowed: {allowed})").format(
                path=path, field=field, allowed=", ".join(FIELDS)
            )
        )
        for field in meta
        if field not in FIELDS
    ]
    recording = None
    if meta.get("audio") is not None:
        recording = _audio_beside(path, _text(meta, "audio", str(path)))
    named = meta.get("title")
    title, text = heading(text, named if isinstance(named, str) else path.stem)
    if named is None and title is None:  # its name is its title
        refuse_old_font_name(path.stem, str(path), FILE_NAME)
    script = kept(faults, lambda: script_from_fields(
        {k: v for k, v in meta.items() if k in FIELDS and k != "audio"}, str(path), text=text,
        recording=recording, source=path, default_id=slug(path.stem),
        default_title=title or path.stem, limits=limits, in_file=True,
    ))  # fmt: skip
    if faults or script is None:
        raise ScriptError.together(faults)
    return replace(script, converted_from=converted_from) if converted_from else script


def heading(text: str, title: str) -> tuple[str | None, str]:
    """A script file's heading line and its text, the heading standing apart so that it is
    read with a pause (officer trial 9: a .txt's first line ran on into the body, and its file
    name was its title). The heading is the text's first line when it is short
    (MAX_HEADING), ends no sentence, has text after it, and either stands alone (a blank line
    follows), is a Markdown heading ('# Họp thôn'), or is the title (the front matter's, else
    the file's name) in any case, never a salutation; a blank line is put after it when none
    follows, which the reader says as the end of a sentence."""
    lines = text.strip().split("\n")
    first = lines[0].strip()
    words = first.lstrip("#").strip()
    if (len(lines) < 2 or not words or len(words) > MAX_HEADING or words[-1] in _ENDS_SENTENCE
            or not any(line.strip() for line in lines[1:])):  # fmt: skip
        return None, text
    alone = not lines[1].strip()
    if words.casefold().startswith(_SALUTATIONS) or not (
        alone or _MARKDOWN_HEADING.match(first) or _same_words(words, title)
    ):
        return None, text
    return words, text if alone else "\n\n".join([lines[0], "\n".join(lines[1:])])


def _same_words(one: str, other: str) -> bool:
    """The same words, whatever the case, the accents' encoding or the spacing."""

    def plain(text: str) -> list[str]:
        return unicodedata.normalize("NFC", text).casefold().split()

    return plain(one) == plain(other)


def split_front_matter(content: str, where: str) -> tuple[str | None, str]:
    """(the front matter, the text to read). Windows Notepad's BOM and CRLF line ends are
    ordinary input; a front matter that opens with '---' must close with '---', or it would be
    read aloud."""
    # a BOM or two: a tool that adds one to a file Notepad saved with one
    lines = content.lstrip(BOM).replace("\r\n", "\n").replace("\r", "\n").split("\n")
    first = next((n for n, line in enumerate(lines) if line.strip()), None)
    if first is None or lines[first].rstrip() != FENCE:
        return None, "\n".join(lines)
    for n in range(first + 1, len(lines)):
        if lines[n].rstrip() == FENCE:
            return "\n".join(lines[first + 1 : n]), "\n".join(lines[n + 1 :])
    raise ScriptError(
        _(
            "{where}: the front matter opened with '---' on line {line} is never closed "
            "(end it with a line '---' before the text)"
        ).format(where=where, line=first + 1)
    )


def _audio_beside(script: Path, name: str) -> Path:
    """The recording a script names: an audio file inside the script's own folder (symlinks
    resolved), so a script can never make the station read or publish another file."""
    folder = script.parent.resolve()
    recording = (folder / name).resolve()
    if not recording.is_relative_to(folder):
        raise ScriptError(
            _("{path}: audio file '{name}' is outside the script's folder").format(
                path=script, name=name
            )
        )
    if recording.suffix.lower() not in AUDIO_SUFFIXES:
        raise ScriptError(
            _("{path}: audio file '{name}' is not an audio file (use {allowed})").format(
                path=script, name=name, allowed=", ".join(AUDIO_SUFFIXES)
            )
        )
    if recording.exists() and not recording.is_file():
        said = (
            _("{path}: audio file '{name}' is a folder: write the name of the recording in it")
            if recording.is_dir()
            else _("{path}: audio file '{name}' is a device or a pipe, not a recording")
        )
        raise ScriptError(said.format(path=script, name=name))
    if not recording.is_file():
        raise ScriptError(
            _("{path}: audio file '{name}' does not exist").format(path=script, name=name)
        )
    return recording


def script_from_fields(
    meta: dict[str, Any],
    where: str,
    *,
    text: str | None,
    recording: Path | None,
    source: Path,
    default_id: str,
    default_title: str,
    limits: InputLimits = DEFAULT_LIMITS,
    in_file: bool = False,
) -> Script:
    """An announcement from its fields, checked the same way whether they come from a local
    file's front matter or from an upstream office's manifest. Every field at fault is said at
    once (a form shows each next to its field)."""
    faults: list[BroadcasterError] = []

    if text is not None:
        if not isinstance(text, str):
            raise ScriptError(_("{where}: the text must be text").format(where=where), field="text")
        try:
            limits.check_text(text, where, in_file)
        except BroadcasterError as e:
            e.field = "text"  # the form's field, when the text was typed
            faults.append(e)
        text = unicodedata.normalize("NFC", text).strip() or None
    if recording is None and not canonical_text(text or ""):
        faults.append(ScriptError(
            _("{where}: the announcement has no text to read").format(where=where), field="text"
        ))  # fmt: skip
    announcement_id = kept(
        faults, lambda: check_id(_text(meta, "id", where) if "id" in meta else default_id, where)
    )
    valid_from = kept(faults, lambda: _date(meta, "valid_from", where))
    valid_until = kept(faults, lambda: _date(meta, "valid_until", where))
    if valid_from and valid_until and valid_until < valid_from:
        faults.append(ScriptError(
            _("{path}: {problem}").format(path=where,
                                          problem=dates_reversed(valid_until, valid_from)),
            field="valid_until",
        ))  # fmt: skip
    priority = meta.get("priority", "normal")
    if priority == Priority.EMERGENCY:
        faults.append(ScriptError(
            # where the button is, not a command: the officer uploading it has none (o21lan10 N4)
            _("{where}: a notice cannot be an emergency: an emergency airs at once, once, with "
              "“Emergency broadcast” (an approver's, at the foot of “Home”), and a notice airs "
              "in slots every day until its end date; for a notice that airs first in the next "
              "slot, choose the priority “priority”").format(where=where),
            field="priority",
        ))  # fmt: skip
    elif not isinstance(priority, str) or priority not in {p.value for p in NOTICE_PRIORITIES}:
        faults.append(ScriptError(
            _("{where}: priority '{priority}' is not one of {allowed}").format(
                where=where, priority=priority,
                allowed=", ".join(p.value for p in NOTICE_PRIORITIES)),
            field="priority",
        ))  # fmt: skip
    repeat = meta.get("repeat", 1)
    if type(repeat) is not int or not 1 <= repeat <= MAX_REPEAT:
        faults.append(ScriptError(
            _("{where}: repeat must be a whole number from 1 to {most}").format(
                where=where, most=MAX_REPEAT
            ),
            field="repeat",
        ))  # fmt: skip
    voice = (
        kept(faults, lambda: _text(meta, "voice", where)) if meta.get("voice") is not None else None
    )
    if voice is not None and voice not in ESPEAK_VOICES:
        faults.append(ScriptError(
            _("{where}: voice '{voice}' is not one of {allowed}").format(
                where=where, voice=voice, allowed=", ".join(ESPEAK_VOICES)
            ),
            field="voice",
        ))  # fmt: skip
    title = (
        kept(faults, lambda: _line(meta, "title", where, MAX_TITLE))
        if meta.get("title") is not None
        else None
    )
    campaign = (
        kept(faults, lambda: _line(meta, "campaign", where, 64))
        if meta.get("campaign") is not None
        else None
    )
    campaign_title = None
    if meta.get("campaign_title") is not None:
        campaign_title = kept(faults, lambda: _line(meta, "campaign_title", where, MAX_TITLE))
        if meta.get("campaign") is None:
            faults.append(
                ScriptError(_("{where}: campaign_title needs a campaign").format(where=where))
            )
    from .old_fonts import CAMPAIGN_TITLE, TITLE, refuse_old_font_name

    for what, key, value in ((TITLE, "title", title),
                             (CAMPAIGN_TITLE, "campaign_title", campaign_title)):  # fmt: skip
        if value:
            kept(faults, partial(refuse_old_font_name, value, where, what, key))
    if faults:
        raise faults[0] if len(faults) == 1 else ScriptError.together(faults)
    assert announcement_id is not None  # check_id refused nothing
    return Script(
        id=announcement_id,
        title=title or unicodedata.normalize("NFC", default_title),
        campaign=campaign,
        priority=Priority(priority),
        repeat=repeat,
        valid_from=valid_from,
        valid_until=valid_until,
        voice=voice,
        text=text,
        recording=recording,
        source=source,
        campaign_title=campaign_title,
    )


def dates_reversed(until: date | str, since: date | str) -> str:
    """The one sentence for an end day before the first, in the form's words and as she
    writes days (a file, a form, a campaign: the officer reads the same)."""
    return _("'Valid until' ({until}) is before 'valid from' ({since}): correct one of the "
             "two days.").format(until=date_text(until), since=date_text(since))  # fmt: skip


FIELD_WORDS = {
    "id": N_("'Id'"), "title": N_("'Title'"), "campaign": N_("'Campaign'"),
    "campaign_title": N_("'Campaign name'"), "valid_from": N_("'Valid from'"),
    "valid_until": N_("'Valid until'"), "voice": N_("'Voice'"),
}  # fmt: skip
"""A script's fields as the console's form names them (a file's key, for any other)."""


def field_words(key: str) -> str:
    return _(FIELD_WORDS[key]) if key in FIELD_WORDS else key


def check_id(announcement_id: str, where: str) -> str:
    """The one rule for an announcement's id, wherever it was written (a station's file, an
    office's campaign, a manifest a station syncs): a slug, not an emergency's."""
    if not _ID.match(announcement_id):
        raise ScriptError(
            _("{where}: id '{id}' must be lowercase letters, digits, '-' or '_'").format(
                where=where, id=announcement_id
            ),
            field="id",
        )
    if announcement_id.startswith(EMERGENCY_PREFIX):
        raise ScriptError(
            _("{where}: id '{id}' starts with '{prefix}', which only the station's emergencies "
              "may use: the announcement needs another id").format(
                where=where, id=announcement_id, prefix=EMERGENCY_PREFIX),
            field="id",
        )  # fmt: skip
    return announcement_id


def _line(meta: dict[str, Any], key: str, where: str, longest: int) -> str:
    """One line of printable text (it goes into reports and lists), NFC, of sane length."""
    value = unicodedata.normalize("NFC", _text(meta, key, where))
    if said := invisible(value, f"{where}: {field_words(key)}"):
        raise ScriptError(said, field=key)
    if len(value) > longest or any(unicodedata.category(c) in ("Cc", "Zl", "Zp") for c in value):
        raise ScriptError(
            _("{where}: {key} must be one line of at most {longest} characters").format(
                where=where, key=field_words(key), longest=longest
            ),
            field=key,
        )
    return value


def _text(meta: dict[str, Any], key: str, where: str) -> str:
    value = meta[key]
    if not isinstance(value, str | int) or isinstance(value, bool) or not str(value).strip():
        raise ScriptError(
            _("{where}: {key} must be non-empty text").format(where=where, key=field_words(key)),
            field=key,
        )
    return str(value).strip()


def _date(meta: dict[str, Any], key: str, where: str) -> date | None:
    """A date as schedule files and options take it (30/11/2026, 30-11-2026, 2026-11-30)."""
    value = meta.get(key)
    if value is None:
        return None
    try:
        return parse_date(value)
    except InputError as e:
        raise ScriptError(
            _("{where}: {key}: {reason}").format(where=where, key=field_words(key), reason=e),
            field=key,
        ) from None
