"""station.toml: the few settings an operator or installer may change, checked on load."""

from __future__ import annotations

import json
import math
import os
import shlex
import stat
import tomllib
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from announcements.audio import LoudnessTarget
from announcements.engines import ESPEAK_VOICES, EngineName
from announcements.limits import InputLimits
from announcements.numbers import DIALECTS
from common.errors import BroadcasterError
from common.files import write_atomic
from common.i18n import DEFAULT_LANGUAGE, LANGUAGES, N_, _
from common.library_errors import toml_problem
from schedules.parse import InputError, parse_time
from schedules.quiet_hours import QuietHours

from .layout import CONFIG as CONFIG_NAME

ENGINES = tuple(EngineName)
KINDS = {bool: N_("true or false"), int: N_("a whole number"), float: N_("a number"),
         str: N_("text"), tuple: N_("a list")}  # fmt: skip
"""What a setting of each type is, as the refusal of a wrong value says it."""
DEFAULT_QUIET_HOURS = ("21:00", "05:00")
POSITIVE = frozenset(
    {"sync_minutes", "valid_minutes", "file_timeout_s", "sync_timeout_s", "gtts_timeout_s",
     "emergency_poll_s"}
)  # fmt: skip
"""Settings that must be above zero; other lengths (`_s`, `_minutes`) may be zero."""


class ConfigError(BroadcasterError):
    """station.toml is missing or wrong."""


@dataclass(frozen=True)
class SpeechSettings:
    engines: tuple[str, ...] = ENGINES
    voice: str = "vi"
    reading: str = "auto"
    gtts_timeout_s: float = 10.0
    gtts_retries: int = 2
    gtts_backoff_s: float = 1.0


@dataclass(frozen=True)
class ProgramSettings:
    gap_s: float = 1.0
    bridge_text: str = "Xin nhắc lại."


@dataclass(frozen=True)
class AmplifierSettings:
    before: tuple[str, ...] = ()
    """The command as an argument list (run without a shell)."""
    pre_roll_s: float = 0.0
    after: tuple[str, ...] = ()
    shell: bool = False
    """True: `before` and `after` are command lines for /bin/sh, written as one string each."""


@dataclass(frozen=True)
class ApprovalSettings:
    auto_approve_local: bool = False
    auto_approve_upstream: bool = False


SYNC_RETRY_S = 180.0
"""A failed upstream sync is tried again this soon, not at the next hourly turn: a new
version then arrives within minutes of the network coming back even when nothing else says
so (no broker, or the repository back before the collector). Not sooner: a link that does
not answer holds each try for its timeouts, on a commune's paid mobile data."""


@dataclass(frozen=True)
class UpstreamSettings:
    source: str = ""
    """The upstream repository: an http(s) address, or a folder (a mounted USB stick)."""
    sync_minutes: float = 60.0
    use_jingles: bool = False
    """Take the jingles the upstream office publishes with its campaigns."""
    auto_accept_schedule: bool = False
    """Take the slots of a campaign's published schedule at once (those that fit the
    station's schedule); otherwise they wait as proposals for `schedule accept`."""
    file_timeout_s: float = 300.0
    """A sync gives up on a file that takes longer than this in all (a server that trickles)."""
    sync_timeout_s: float = 900.0
    """A whole sync gives up after this long; the station keeps airing what it has."""
    emergency_poll_s: float = 60.0
    """How often the daemon reads the office's list of emergencies (an http(s) source): what
    reaches the station when the broker cannot; and, any source, checks again the office's
    messages that waited for a root or key a `trust` or `sync` run aside brings."""


@dataclass(frozen=True)
class EmergencySettings:
    valid_minutes: float = 30.0
    """An emergency that could not air at once (station off, busy) still airs within this
    many minutes of being sent, never later; either way its outcome is logged."""


@dataclass(frozen=True)
class OfficeSettings:
    """The link to the office's log collector (its address comes from `broadcaster enrol`)."""

    push_minutes: float = 5.0
    """The daemon pushes after each airing and at least this often (a sign of life)."""
    batch_rows: int = 500
    timeout_s: float = 20.0
    """The longest wait for the collector's answer; the daemon never waits on it to stop."""


@dataclass(frozen=True)
class ScheduleSettings:
    grace_minutes: float = 15.0
    render_ahead_s: float = 60.0


@dataclass(frozen=True)
class ReportSettings:
    """The heading and signature block of printed reports and schedules (the administrative
    format of Nghị định 30/2020/NĐ-CP); left empty, they are made from the station's name."""

    parent: str = ""
    """The body the station belongs to (cơ quan chủ quản), e.g. "UBND xã Tân Lập"."""
    place: str = ""
    """The place name of the date line (địa danh), e.g. "Tân Lập"."""
    code: str = "BC-ĐTT"
    """The document code after the number: "Số: …/BC-ĐTT"."""
    signer: str = "TRƯỞNG ĐÀI"
    signer_title: str = ""
    """A deputy's own title under "KT. CHỦ TỊCH", e.g. "PHÓ CHỦ TỊCH"."""
    signer_name: str = ""
    recipients: tuple[str, ...] = ()
    """Nơi nhận; empty: the commune's People's Committee and the station's file copy."""


@dataclass(frozen=True)
class StationConfig:
    name: str
    timezone: str = "Asia/Ho_Chi_Minh"
    language: str = DEFAULT_LANGUAGE
    """What the station says to people: vi (default) or en; LANG may override it."""
    default_sink: str = "auto"
    quiet_hours: QuietHours | None = field(
        default_factory=lambda: QuietHours(*map(parse_time, DEFAULT_QUIET_HOURS))
    )
    loudness: LoudnessTarget = field(default_factory=LoudnessTarget)
    speech: SpeechSettings = field(default_factory=SpeechSettings)
    program: ProgramSettings = field(default_factory=ProgramSettings)
    amplifier: AmplifierSettings = field(default_factory=AmplifierSettings)
    approval: ApprovalSettings = field(default_factory=ApprovalSettings)
    schedule: ScheduleSettings = field(default_factory=ScheduleSettings)
    upstream: UpstreamSettings = field(default_factory=UpstreamSettings)
    office: OfficeSettings = field(default_factory=OfficeSettings)
    emergency: EmergencySettings = field(default_factory=EmergencySettings)
    limits: InputLimits = field(default_factory=InputLimits)
    report: ReportSettings = field(default_factory=ReportSettings)

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)


def _section(cls: type, raw: Any, where: str) -> Any:
    """Build a settings dataclass from a TOML table, refusing unknown keys and wrong types."""
    if not isinstance(raw, dict):
        raise ConfigError(_("{where} must be a table").format(where=where))
    known = {f.name: f for f in fields(cls) if f.metadata.get("toml", True)}  # not `limits.known`
    unknown = sorted(set(raw) - set(known))
    if unknown:
        raise ConfigError(
            _("unknown setting '{key}' in {where} (known: {known})").format(
                key=unknown[0], where=where, known=", ".join(known)
            )
        )
    values = {}
    for key, value in raw.items():
        default = getattr(cls(), key)
        if isinstance(default, float) and isinstance(value, int):
            value = float(value)
        if isinstance(default, tuple) and isinstance(value, list):
            value = tuple(value)
        if type(value) is not type(default):
            raise ConfigError(
                _("{where}.{key} should be {kind}, not {value}").format(
                    where=where, key=key, kind=_(KINDS[type(default)]), value=repr(value)
                )
            )
        if isinstance(value, float) and not math.isfinite(value):
            raise ConfigError(
                _("{where}.{key} should be a number, not {value}").format(
                    where=where, key=key, value=value
                )
            )
        if (key in POSITIVE and value <= 0) or (key.endswith(("_s", "_minutes")) and value < 0):
            raise ConfigError(
                _("{where}.{key} should be more than 0, not {value}").format(
                    where=where, key=key, value=value
                )
            )
        values[key] = value
    return cls(**values)


def parse_config(raw: dict[str, Any]) -> StationConfig:
    top = dict(raw)
    sections = {
        "loudness": LoudnessTarget,
        "speech": SpeechSettings,
        "program": ProgramSettings,
        "approval": ApprovalSettings,
        "schedule": ScheduleSettings,
        "upstream": UpstreamSettings,
        "office": OfficeSettings,
        "emergency": EmergencySettings,
        "limits": InputLimits,
        "report": ReportSettings,
    }
    built = {key: _section(cls, top.pop(key, {}), key) for key, cls in sections.items()}
    built["amplifier"] = _amplifier(top.pop("amplifier", {}))
    quiet = top.pop("quiet_hours", list(DEFAULT_QUIET_HOURS))
    if "name" not in top:
        raise ConfigError(_('the station has no name (set name = "…")'))
    for key in ("name", "timezone", "language", "default_sink"):
        if key in top and not isinstance(top[key], str):
            raise ConfigError(
                _("{key} should be text, not {value}").format(key=key, value=repr(top[key]))
            )
    if not " ".join(top["name"].split()) or not top["name"].isprintable():
        raise ConfigError(
            _("the station's name {name} should be one line of text, not empty (it heads every "
              "report)").format(name=json.dumps(top["name"], ensure_ascii=False))
        )  # fmt: skip
    unknown = sorted(set(top) - {"name", "timezone", "language", "default_sink"})
    if unknown:
        raise ConfigError(_("unknown setting '{key}'").format(key=unknown[0]))
    config = StationConfig(**top, quiet_hours=_quiet_hours(quiet), **built)
    try:
        config.zone  # noqa: B018 - validates the zone name
    except (ZoneInfoNotFoundError, ValueError) as e:
        raise ConfigError(
            _("timezone '{zone}' is not a known time zone").format(zone=config.timezone)
        ) from e
    if config.language not in LANGUAGES:
        raise ConfigError(
            _("language '{value}' is not one of {known}").format(
                value=config.language, known=", ".join(LANGUAGES)
            )
        )
    for engine in config.speech.engines:
        if engine not in ENGINES:
            raise ConfigError(
                _("speech.engines: unknown engine '{engine}' (known: gtts, espeak)").format(
                    engine=engine
                )
            )
    if config.speech.reading not in ("auto", *DIALECTS):
        raise ConfigError(
            _("speech.reading '{value}' is not auto, north or south").format(
                value=config.speech.reading
            )
        )
    office = config.office
    if not (1 <= office.batch_rows <= 5000 and office.push_minutes > 0 and office.timeout_s > 0):
        raise ConfigError(_("office: batch_rows must be 1 to 5000, and the times above zero"))
    for key in ("max_text_kb", "max_audio_mb", "max_audio_minutes"):
        if getattr(config.limits, key) <= 0:
            raise ConfigError(_("limits.{key} must be more than 0").format(key=key))
    if config.speech.voice not in ESPEAK_VOICES:
        raise ConfigError(
            _("speech.voice '{value}' is not one of {known}").format(
                value=config.speech.voice, known=", ".join(ESPEAK_VOICES)
            )
        )
    return config


SHELL_SYNTAX = set("|&;<>()$`\\*?[]{}~#\n")
"""Characters that mean something only to a shell: in a plain command they would be passed
as they are, surprising whoever wrote them."""


def _amplifier(raw: Any) -> AmplifierSettings:
    """[amplifier]: each command an argument list, or with `shell = true` a line for /bin/sh.
    The old form, one string without `shell`, is still read: split into words like a shell
    would (quotes respected), but run without one; a string that needs a shell is refused."""
    if not isinstance(raw, dict):
        raise ConfigError(_("amplifier must be a table"))
    shell = raw.get("shell", False)
    if not isinstance(shell, bool):
        raise ConfigError(
            _("amplifier.shell should be true or false, not {value}").format(value=repr(shell))
        )
    commands: dict[str, tuple[str, ...]] = {}
    for key in ("before", "after"):
        value = raw.get(key, [])
        if shell:
            if value == []:
                value = ""
            if not isinstance(value, str):
                raise ConfigError(
                    _(
                        "amplifier.{key}: with shell = true, write the command as one line of text"
                    ).format(key=key)
                )
            commands[key] = ("/bin/sh", "-c", value) if value.strip() else ()
        elif isinstance(value, str):
            syntax = sorted(SHELL_SYNTAX & set(value))
            if syntax:
                raise ConfigError(
                    _(
                        "amplifier.{key} needs a shell ('{char}'): write it as a list of words "
                        '(e.g. ["gpio", "write", "0", "1"]), or add shell = true to run it with '
                        "/bin/sh"
                    ).format(key=key, char=syntax[0])
                )
            try:
                commands[key] = tuple(shlex.split(value))
            except ValueError as e:
                raise ConfigError(
                    _("amplifier.{key}: {reason}").format(
                        key=key, reason=_(SHLEX_ERRORS.get(str(e), str(e)))
                    )
                ) from None
        elif isinstance(value, list) and all(isinstance(w, str) for w in value):
            if value and not value[0].strip():
                raise ConfigError(
                    _("amplifier.{key}: the first word must name a program").format(key=key)
                )
            commands[key] = tuple(value)
        else:
            raise ConfigError(
                _("amplifier.{key} should be a list of words, not {value}").format(
                    key=key, value=repr(value)
                )
            )
    rest = {k: v for k, v in raw.items() if k not in ("before", "after", "shell")}
    pre_roll = _section(AmplifierSettings, rest, "amplifier").pre_roll_s
    return AmplifierSettings(commands["before"], pre_roll, commands["after"], shell)


def settings_refusal(station_dir: Path) -> str | None:
    """Why commands from this station's settings must not run (a station.toml or a station
    folder that other users can change could make the station run anything), or None."""
    config = (station_dir / CONFIG_NAME).resolve()
    for path in dict.fromkeys((station_dir.resolve(), config, config.parent)):
        info = path.stat()
        if info.st_uid not in (os.geteuid(), 0):
            return _(
                "the amplifier commands will not run: {path} belongs to another user; "
                "fix it with: chown {user} {path}"
            ).format(path=path, user=os.geteuid())
        if info.st_mode & 0o022:
            return _(
                "the amplifier commands will not run: {path} can be changed by other users "
                "(mode {mode:o}); fix it with: chmod go-w {path}"
            ).format(path=path, mode=stat.S_IMODE(info.st_mode))
    return None


def _quiet_hours(value: Any) -> QuietHours | None:
    if value == []:
        return None
    if not (isinstance(value, list) and len(value) == 2 and all(isinstance(v, str) for v in value)):
        raise ConfigError(_('quiet_hours should be ["HH:MM", "HH:MM"] or [] for none'))
    try:
        return QuietHours(parse_time(value[0]), parse_time(value[1]))
    except InputError as e:
        raise ConfigError(_("quiet_hours: {problem}").format(problem=e)) from e


SHLEX_ERRORS = {
    "No closing quotation": N_("a quotation mark is not closed"),
    "No escaped character": N_("a backslash ends the line with nothing after it"),
}
"""What shlex says of a command it cannot split (its only two refusals), in our words."""


def load_config(station_dir: Path) -> StationConfig:
    path = station_dir / CONFIG_NAME
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8-sig"))
    except FileNotFoundError as e:
        raise ConfigError(
            _("{folder} is not a station (no {file}); run 'broadcaster init' first").format(
                folder=station_dir, file=CONFIG_NAME
            )
        ) from e
    except tomllib.TOMLDecodeError as e:
        raise ConfigError(_("{path}: {problem}").format(path=path, problem=toml_problem(e))) from e
    try:
        return parse_config(raw)
    except ConfigError as e:
        raise ConfigError(f"{path}: {e}") from e


def save_setting(
    station_dir: Path, section: str | None, key: str, value: str | float | bool | list[str]
) -> None:
    """Change one setting in station.toml (in `section`, or at the top with None) the way an
    operator would with an editor: every other line and comment stays as written (tomlkit
    keeps them); the result is checked like any station.toml before it replaces the file,
    atomically, with the file's own mode."""
    import tomlkit  # only the few commands that write settings need it

    path = station_dir / CONFIG_NAME
    document = tomlkit.parse(path.read_text(encoding="utf-8"))
    if section is None:
        document[key] = value
    else:
        if section not in document:
            document[section] = tomlkit.table()
        document[section][key] = value
    text = tomlkit.dumps(document)
    try:
        parse_config(tomllib.loads(text))
    except ConfigError as e:
        raise ConfigError(f"{path}: {e}") from e
    write_atomic(path, text, mode=stat.S_IMODE(path.stat().st_mode))


def station_language(station_dir: Path) -> str | None:
    """The `language` setting, read before anything else so that even an error about the
    settings themselves is said in the station's language; None when it cannot be read."""
    try:
        value = tomllib.loads((station_dir / CONFIG_NAME).read_text("utf-8-sig")).get("language")
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        return None
    return value if value in LANGUAGES else None


def config_text(name: str, timezone: str, quiet_hours: tuple[str, str] | None) -> str:
    """A station.toml with every setting at its default, commented in the station's language;
    checked before it is used."""
    quiet = json.dumps(list(quiet_hours or []))
    settings: list[tuple[str, str | None]] = [
        ("", N_("Station settings. Times are local wall-clock time in `timezone`.")),
        (f"name = {json.dumps(name, ensure_ascii=False)}", None),
        (f"timezone = {json.dumps(timezone)}", None),
        ('language = "vi"', N_("what the station says to people: vi | en (LANG may override)")),
        ("", N_("device (sound card) | file:DIR (one WAV per airing) | null (silent, real time) "
                "| auto")),
        ("", N_("auto = the sound card if there is one, else file:airings inside this station "
                "folder.")),
        ('default_sink = "auto"', None),
        ("", N_("Normal and priority airings are refused between these times; emergencies "
                "still air.")),
        (f"quiet_hours = {quiet}", None),
        ("\n[loudness]", None),
        ("integrated_lufs = -16.0", N_("target EBU R128 loudness of every program (LUFS)")),
        ("true_peak_max_dbtp = -1.0", None),
        ("\n[speech]", None),
        ('engines = ["gtts", "espeak"]',
         N_("tried in this order after the cache; gtts needs the network")),
        ('voice = "vi"', N_("vi | vi-vn-x-central | vi-vn-x-south")),
        ('reading = "auto"',
         N_("numbers: north (nghìn, linh) | south (ngàn, lẻ) | auto (by voice)")),
        ("gtts_timeout_s = 10.0", None),
        ("gtts_retries = 2", N_("on HTTP 429 and 5xx, with exponential backoff")),
        ("gtts_backoff_s = 1.0", None),
        ("\n[program]", None),
        ("gap_s = 1.0", N_("silence between the parts of a program")),
        ('bridge_text = "Xin nhắc lại."', N_("read between repeats when no bridge jingle is set")),
        ("\n[amplifier]", N_("commands as lists of words, run without a shell")),
        ("before = []", N_('powers the amplifier on, e.g. ["gpio", "write", "0", "1"]')),
        ("pre_roll_s = 0.0", N_("wait this long after it before the first sample")),
        ("after = []", N_("powers it off")),
        ("shell = false", N_('true: before/after are lines for /bin/sh ("… && …")')),
        ("\n[approval]", None),
        ("auto_approve_local = false",
         N_("true: announcements added here air without being approved")),
        ("auto_approve_upstream = false",
         N_("true: what the trusted upstream office publishes airs at once")),
        ("\n[schedule]", None),
        ("grace_minutes = 15.0",
         N_("after a power cut, airings this late still air; older are missed")),
        ("render_ahead_s = 60.0", N_("programs are prepared this long before their slot")),
        ("\n[upstream]", None),
        ('source = ""', N_("the upstream office's repository: https://… or a USB folder")),
        ("sync_minutes = 60.0",
         N_("how often the running station syncs (once the upstream is trusted)")),
        ("use_jingles = false", N_("true: use the intro/outro/bridge the office publishes")),
        ("file_timeout_s = 300.0",
         N_("give up on one file after this long (a server that trickles)")),
        ("sync_timeout_s = 900.0",
         N_("give up on a whole sync after this long (airing goes on)")),
        ("emergency_poll_s = 60.0",
         N_("read the office's emergencies this often (when MQTT cannot)")),
        ("auto_accept_schedule = false",
         N_("true: take the office's proposed slots at once (if they fit)")),
        ("\n[emergency]", None),
        ("valid_minutes = 30.0",
         N_("one that could not air at once airs within this, never later")),
        ("\n[office]", None),
        ("push_minutes = 5.0",
         N_("the airing log goes to the office after each airing and this often")),
        ("batch_rows = 500", N_("airings per request (smaller on a poor link)")),
        ("timeout_s = 20.0", N_("the longest wait for the office's answer")),
        ("\n[limits]", N_("inputs larger than this are refused before they are read")),
        ("max_text_kb = 100", N_("a script file, or a text from the upstream office")),
        ("max_audio_mb = 200",
         N_("an audio file (recording, jingle, emergency, upstream)")),
        ("max_audio_minutes = 30.0", N_("the length of an audio file")),
        ("\n[report]", N_("the heading and signature of printed reports and schedules")),
        ('parent = ""', N_('the body over the station: "UBND xã Tân Lập" (empty: from name)')),
        ('place = ""', N_('the place of the date line, e.g. "Tân Lập" (empty: from name)')),
        ('code = "BC-ĐTT"', N_('"Số: …/BC-ĐTT"')),
        ('signer = "TRƯỞNG ĐÀI"', N_("who signs")),
        ('signer_title = ""', N_('a deputy\'s own title under "KT. CHỦ TỊCH": "PHÓ CHỦ TỊCH"')),
        ('signer_name = ""', N_("printed under the signature (empty: written by hand)")),
        ("recipients = []", N_('Nơi nhận (empty: the commune\'s UBND and "Lưu: ĐTT")')),
    ]  # fmt: skip
    lines = []
    for setting, comment in settings:
        said = f"# {_(comment)}" if comment else ""
        lines.append(f"{setting:30}{said}".rstrip() if setting and said else setting or said)
    text = "\n".join(lines) + "\n"
    parse_config(tomllib.loads(text))
    return text
