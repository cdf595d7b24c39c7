"""broadcaster: the command line, the first door over the station.

Each command parses its arguments, calls the facade (`Station` in broadcaster/station.py; the
office's `Office` and `Publisher` in office/desk.py), prints what it answers and picks the
exit code. Nothing is decided here that the web console would have to decide again: the
facade's errors name no option, and this door adds the option at fault (`field`) itself.
The office's facade is imported inside the office's commands only: every station command (on
the commune's old PC, the daemon) would otherwise pay for PostgreSQL's client and the office.
"""

from __future__ import annotations

import contextlib
import dataclasses
import getpass
import os
import pwd
import shlex
import signal
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar
from zoneinfo import ZoneInfo

import click

from broadcaster.accounts import Account, NoAdminAccount, Role
from broadcaster.airing_log import AiringStatus
from broadcaster.jingles import JingleRole
from broadcaster.station import (
    NEXT_ON_AIR_DAYS,
    InQuietHours,
    NotApproved,
    Progress,
    Station,
    StoreError,
    aired_by,
    describe,
    dumps,
    lateness,
    left_out,
    refusal,
    speak_station_language,
    unheard,
    voided,
)
from broadcaster.station import (
    normalize as normalize_text,
)
from common.errors import BroadcasterError
from common.i18n import (
    N_,
    _,
    decimal,
    full_stop,
    mid_sentence,
    ngettext,
    sentence,
    sentences,
)
from common.localtime import (
    airs_text,
    clock_text,
    date_text,
    duration_text,
    local_text,
)
from common.plain_text import PERSON_MAX
from office import SentAlready
from schedules.priority import Priority
from schedules.silence import Silence
from upstream import ROLES as KEY_ROLES

if TYPE_CHECKING:
    from broadcaster.airing import Airing
    from broadcaster.program import Program
    from broadcaster.records import AddResult, LexiconChange, ScheduledSlot
    from office.desk import EmergencyStatus, Office, OfficeSettings
    from schedules.silence import WontAir
    from upstream.repository import PublishedCampaign


@contextmanager
def translated(thing: object, *attributes: str) -> Iterator[None]:
    """`thing`'s help texts in the station's language while click formats them: they are
    written in English and marked with N_ where the commands are declared, before the language
    is chosen (main() chooses it from the station folder named on the command line)."""
    written = {name: getattr(thing, name, None) for name in attributes}
    for name, text in written.items():
        if text:
            setattr(thing, name, _(text))
    try:
        yield
    finally:
        for name, text in written.items():
            setattr(thing, name, text)


CLICK_WORDS = (N_("Usage:"), N_("[OPTIONS]"), N_("COMMAND [ARGS]..."))
"""Click's own words that pybabel cannot find in click's code (an f-string, default
arguments): marked here so that the catalog keeps their Vietnamese."""

ARGUMENT_PLACEHOLDERS = {
    "files": N_("FILE"),
    "file": N_("FILE"),
    "root_file": N_("FILE"),
    "announcement_id": N_("ID"),
    "ids": N_("ID"),
    "announcement": N_("ID"),
    "text": N_("TEXT"),
    "term": N_("TERM"),
    "spoken": N_("SPOKEN"),
    "name": N_("NAME"),
    "role": N_("ROLE"),
    "campaigns": N_("FOLDER"),
    "folder": N_("FOLDER"),
    "source": N_("SOURCE"),
    "url": N_("URL"),
    "fingerprint": N_("FINGERPRINT"),
    "message_id": N_("ID"),
}
"""What the usage line and the help texts call each argument, in the station's language."""


def placeholder(param: click.Parameter) -> str | None:
    """The word that stands for a value in the usage line (`TÊN`, `TỆP`): arguments by what
    they are, options by the kind of value; None where click's own is right (choices)."""
    kind = param.type
    if isinstance(param, click.Argument) and param.name in ARGUMENT_PLACEHOLDERS:
        word = ARGUMENT_PLACEHOLDERS[param.name]
    elif isinstance(kind, click.Choice):
        return None
    elif isinstance(kind, click.Path):
        word = (
            N_("FOLDER") if not kind.file_okay else N_("FILE") if not kind.dir_okay else N_("PATH")
        )
    elif isinstance(kind, click.types.IntParamType | click.types.FloatParamType):
        word = N_("NUMBER")
    else:
        word = N_("TEXT")
    return _(word)


class Argument(click.Argument):
    def make_metavar(self) -> str:
        word = placeholder(self) if self.metavar is None else None
        if word is None:
            return super().make_metavar()
        word = word if self.required else f"[{word}]"
        return word + ("..." if self.nargs != 1 else "")


def argument(*names: str, **attributes: Any) -> Callable[[F], F]:
    """click.argument named in the station's language."""
    return click.argument(*names, cls=Argument, **attributes)


class Option(click.Option):
    def get_help_record(self, ctx: click.Context) -> tuple[str, str] | None:
        with translated(self, "help"):
            return super().get_help_record(ctx)

    def make_metavar(self) -> str:
        if self.metavar is not None:
            return _(self.metavar)
        word = placeholder(self)
        return super().make_metavar() if word is None else word


F = TypeVar("F", bound=Callable[..., Any])


class TranslatedPath(click.Path):
    """click.Path whose refusals name the kind of path ("thư mục") in the station's language,
    and say a file given for a folder (or the other way) as what it is, not in click's words
    ("Directory 'lu.md' là một tệp": w27office #1)."""

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        given = Path(value)
        if not self.file_okay and given.is_file():
            self.fail(_("{path} is a file, not a folder").format(path=value), param, ctx)
        if not self.dir_okay and given.is_dir():
            self.fail(_("{path} is a folder, not a file").format(path=value), param, ctx)
        with translated(self, "name"):
            return super().convert(value, param, ctx)


def option(*names: str, **attributes: Any) -> Callable[[F], F]:
    """click.option whose help is said in the station's language."""
    return click.option(*names, cls=Option, **attributes)


REPORT_FORMATS = ("csv", "xlsx", "pdf")


def report_format(fmt: str | None, output: Path, formats: Sequence[str], default: str) -> str:
    """The format --format names, else the one the file's name ends in, else the default; a
    name ending in another report format is refused: `-o bao-cao.pdf` alone wrote CSV into a
    file called .pdf, which her PDF reader would not open (t28demo)."""
    ending = output.suffix.lower().removeprefix(".")
    chosen = fmt or (ending if ending in formats else default)
    if ending in REPORT_FORMATS and ending != chosen:
        raise click.ClickException(
            _("the file {file} ends in .{ending} but is written as {format}: name it .{format}, "
              "or choose --format {ending}").format(file=output, ending=ending, format=chosen)
            if ending in formats
            else _("the file {file} ends in .{ending}, which this command does not write: name "
                   "it .{format}").format(file=output, ending=ending, format=chosen)
        )  # fmt: skip
    return chosen


def format_option(formats: Sequence[str], said: str) -> Callable[[F], F]:
    """--format, chosen by the output file's name when it is not given (report_format)."""
    return option("--format", "fmt", type=click.Choice(list(formats)), help=said)


def login_account() -> str | None:
    """The login name ($LOGNAME, $USER, else the account's entry); under sudo the account that
    ran sudo, since 'root' names nobody ('bởi root' in a cancel line). None when nothing
    knows it."""
    try:
        name = getpass.getuser()
    except (KeyError, OSError):  # a uid with no account entry and no variables
        return None
    if name == "root" and os.environ.get("SUDO_USER", "root") != "root":
        name = os.environ["SUDO_USER"]
    return name


def login_name() -> str | None:
    """Who is at the terminal: the person the login account names (its full name), else the
    login name. None when nothing knows it (then --by must be given)."""
    name = login_account()
    if name is None:
        return None
    try:
        person = pwd.getpwnam(name).pw_gecos.split(",")[0].strip()
    except KeyError:
        person = ""
    return person or name


def a_name(ctx: click.Context, param: click.Parameter, value: str | None) -> str:
    """The name --by gives, tidied as the console's full names are (`person_typed`); a blank
    one (or none known), a longer one or one with a control character is refused."""
    name = Station.person_typed(value or "")
    if name is None:
        raise click.ClickException(
            "--by: " + _("a name is at most {n} characters of text, on one line, without "
                         "control characters").format(n=PERSON_MAX))  # fmt: skip
    if not name:
        reason = (
            _("say who gives the order: a name, not an empty one")
            if value is not None
            else _("the login name is not known here: give a name")
        )
        raise click.ClickException(f"--by: {reason}")  # the option, then the sentence
    return name


def by_option(help: str, required: bool = False) -> Callable[[F], F]:
    """--by: who approves, orders or sends (kept in the log); default the login name."""
    return option("--by", required=required, default=None if required else login_name,
                  show_default=False, callback=a_name, help=help)  # fmt: skip


def office_person(ctx: click.Context, desk: Office, by: str) -> tuple[str, str | None]:
    """Who acts at the office's terminal, named as the console names its accounts (o16net N7:
    a cancel typed as root read "bởi root"): --by checked against the office's accounts, or
    the account of the login; a login that is none is kept, with the warning to give once
    the command has done its work (`said_who`: given before a refusal, "recorded as done
    by" was untrue)."""
    typed = ctx.get_parameter_source("by") is click.core.ParameterSource.COMMANDLINE
    return desk.acting(by, typed, login_account())


def said_who(warning: str | None) -> None:
    """`office_person`'s warning, if any, after the work it names someone for is done."""
    if warning:
        click.echo(warning, err=True)


def port_option(port: int) -> Callable[[F], F]:
    """--host and --port of a console (the commune's, the office's): loopback by default."""

    def both(f: F) -> F:
        where = N_("Address to listen on (0.0.0.0: the whole LAN; put HTTPS in front).")
        listens = option("--host", default="127.0.0.1", show_default=True, help=where)
        return listens(option("--port", default=port, show_default=True,
                              type=click.IntRange(0, 65535))(f))  # fmt: skip

    return both


class Translated(click.Command):
    """A command whose help is said in the station's language."""

    def format_help_text(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        with translated(self, "help"):
            super().format_help_text(ctx, formatter)

    def get_short_help_str(self, limit: int = 45) -> str:
        with translated(self, "help", "short_help"):
            return super().get_short_help_str(limit)

    def get_help_option(self, ctx: click.Context) -> click.Option | None:
        """Click keeps the --help option it makes first: its text is said again each time, in
        the language spoken now."""
        option = super().get_help_option(ctx)
        if option is not None:
            option.help = _("Show this message and exit.")
        return option

    def collect_usage_pieces(self, ctx: click.Context) -> list[str]:
        with translated(self, "options_metavar", "subcommand_metavar"):
            return super().collect_usage_pieces(ctx)

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        """--station after a command is refused with where it goes, not with click's guess at
        another option (o22lan11 N7: "… --station Có phải ý anh/chị là --timezone?")."""
        try:
            return super().parse_args(ctx, args)
        except click.NoSuchOption as e:
            if e.option_name.split("=")[0] != "--station" or ctx.parent is None:
                raise
            root, _sep, path = ctx.command_path.partition(" ")
            where = _("--station goes before the command: {example}").format(
                example=f"{root} --station {_('FOLDER')} {path} …")  # fmt: skip
            raise click.NoSuchOption(e.option_name, where, ctx=ctx) from None


class Command(Translated):
    """Turns a refusal from below (the station's, the store's, a file's) into one sentence
    and exit code 1, naming the option at fault when the refusal names its value."""

    def invoke(self, ctx: click.Context) -> Any:
        with refusals_said(ctx):
            return super().invoke(ctx)


@contextmanager
def refusals_said(ctx: click.Context) -> Iterator[None]:
    """A refusal raised in the block becomes one sentence and exit code 1."""
    try:
        yield
    except click.UsageError as e:  # ours, written to stand inside others: a sentence as click's
        e.message = sentences(e.message)
        raise
    except (click.ClickException, click.exceptions.Exit, click.Abort):
        raise  # click's own: a usage error is said by click, also before the root's callback ran
    except BrokenPipeError:
        raise  # its reader stopped (`… list | head -1`): click ends quietly (o21web9 Y8)
    except Exception as e:
        said = refusal(e, ctx.find_root().obj["root"]) or office_refusal(ctx, e)
        if said is None:
            raise
        raise click.ClickException(full_stop(option_hint(ctx, e) + said + hint(e))) from e


def office_refusal(ctx: click.Context, error: Exception) -> str | None:
    """The office's sentence for `error` (its database gone while the command ran), asked only
    when an office command runs: a station command does not import the office for it."""
    if ctx.find_root().invoked_subcommand not in OFFICE_COMMANDS:
        return None
    from office.desk import database_lost

    return database_lost(error)


def say_version(ctx: click.Context) -> None:
    """`broadcaster, phiên bản 0.1.0` (click's own --version is worded once, at import)."""
    if not ctx.resilient_parsing:
        from importlib import metadata  # only here: it is slow to import

        said = _("%(prog)s, version %(version)s")
        click.echo(said % {"prog": "broadcaster", "version": metadata.version("broadcaster")})
        ctx.exit()


def hint(error: BaseException) -> str:
    """What to type next, for the refusals that have an obvious next command."""
    if isinstance(error, NotApproved):
        return " (broadcaster announce approve {id} --by {name})".format(
            id=error.announcement_id, name=_("NAME")
        )
    if isinstance(error, InQuietHours):
        return " " + _("(to air it anyway: broadcaster play … --despite-quiet-hours REASON)")
    if isinstance(error, SentAlready):
        return ". " + _("To send it again on purpose, add --again to the same command.")
    return ""


def option_hint(ctx: click.Context, error: BaseException) -> str:
    """`--by: ` when the error is about the value of this command's option --by."""
    field = getattr(error, "field", None)
    for param in ctx.command.params:
        if field and param.name == field and isinstance(param, click.Option):
            return f"{max(param.opts, key=len)}: "
    return ""


class Commands(Translated, click.Group):
    command_class = Command
    group_class = type  # subgroups are Commands too

    def invoke(self, ctx: click.Context) -> Any:
        """A group that acts itself (`office emergency --text …`) refuses as a command does."""
        with refusals_said(ctx):
            return super().invoke(ctx)


AIRING_COMMANDS = ("play", "emergency")
"""The commands that log an airing: a store that cannot be opened means no row for it."""


def station_of(ctx: click.Context) -> Station:
    """The station; an airing command refuses at once a store it could not log into (one
    that cannot be opened, or only read: a full disk), before anything airs."""
    try:
        station = Station.open(ctx.find_root().obj["root"])
    except StoreError as e:
        if ctx.info_name not in AIRING_COMMANDS:
            raise
        problem = str(e)
    else:
        if ctx.info_name not in AIRING_COMMANDS or station.read_only is None:
            return station
        problem = station.read_only
    raise StoreError(
        _("{problem}; nothing was aired, and the airing could not be written to the log")
        .format(problem=problem)
    )  # fmt: skip


def json_option(f: Callable[..., Any]) -> Callable[..., Any]:
    return option("--json", "as_json", is_flag=True, help=N_("Print one JSON array."))(f)


@contextmanager
def progress(label: str) -> Iterator[Progress | None]:
    """A progress bar on a terminal, from the first report on; nothing when output is piped."""
    if not sys.stderr.isatty():
        yield None
        return
    bars: list[Any] = []

    def update(done: int, total: int) -> None:
        if not bars:
            bars.append(click.progressbar(length=total, label=label, file=sys.stderr))
            bars[0].__enter__()
        bars[0].update(done - bars[0].pos)

    try:
        yield update
    finally:
        if bars:
            bars[0].__exit__(None, None, None)


def day(station: Station, value: str | None, option: str) -> date | None:
    """A date as typed: 30/11/2026, 2026-11-30, or hôm nay, mai, ngày mai (today, tomorrow)."""
    if value is None:
        return None
    try:
        return station.parse_day(value)
    except BroadcasterError as e:
        raise click.ClickException(f"{option}: {e}") from None  # the option, then the sentence


@click.group(
    cls=Commands,
    help=N_("Commune loudspeaker station: announcements in, programs on air, every airing logged."),
)
@option(
    "--station",
    "root",
    envvar="BROADCASTER_HOME",
    default="station",
    type=TranslatedPath(file_okay=False, path_type=Path),
    help=N_("Station folder (else $BROADCASTER_HOME, else ./station)."),
)
@option(
    "--version",
    is_flag=True,
    expose_value=False,
    is_eager=True,
    callback=lambda ctx, _param, value: say_version(ctx) if value else None,
    help=N_("Show the version and exit."),
)
@click.pass_context
def cli(ctx: click.Context, root: Path) -> None:
    ctx.obj = {"root": root}
    if ctx.invoked_subcommand in OFFICE_COMMANDS:
        from office.desk import Office  # only here: a station command does without the office

        try:
            found = Office.read_settings()
        except BroadcasterError as e:
            raise click.ClickException(str(e)) from e
        ctx.obj["office_settings"] = found
        ctx.default_map = {name: office_defaults(cli.commands[name], found)
                           for name in OFFICE_COMMANDS}  # fmt: skip


OFFICE_COMMANDS = ("office", "publish", "keys")
"""The commands that take their --db, --keys, --repo and report heading from office.toml."""

OFFICE_SETTINGS = {
    "dsn": ("db", "--db", N_("the office's database")),
    "keys_dir": ("keys", "--keys", N_("the signing keys' folder")),
    "repo": ("repo", "--repo", N_("the repository folder the stations sync from")),
    "issuer": ("issuer", "--issuer", N_("the office, as reports name it")),
    "parent": ("parent", "--parent", N_("the body above the office")),
    "place": ("place", "--place", N_("the place of the report's date line")),
    "signer": ("signer", "--signer", N_("who signs the reports")),
}
"""An option's parameter → its setting in office.toml, its option, and what it is."""


def office_defaults(command: click.Command, found: OfficeSettings) -> dict[str, Any]:
    """click's default_map for `command` and every command under it, from office.toml: an
    option typed on the command line (or an environment variable) still wins."""
    given = found.given()
    defaults: dict[str, Any] = {
        param.name: given[OFFICE_SETTINGS[param.name][0]]
        for param in command.params
        if param.name in OFFICE_SETTINGS and OFFICE_SETTINGS[param.name][0] in given
    }
    for name, sub in getattr(command, "commands", {}).items():
        defaults[name] = office_defaults(sub, found)
    return defaults


def settings_repo(ctx: click.Context) -> Path | None:
    """The repository office.toml names (None: none): where a command that takes no --repo
    finds the office's copy of a recording."""
    found = (ctx.find_root().obj or {}).get("office_settings")
    return found.repo if found else None


def missing_setting(ctx: click.Context, param: str) -> click.ClickException:
    """One sentence for an office setting given nowhere: what it is, the file it is looked
    for in, and how to set it once."""
    from office.desk import OFFICE_SETTINGS_FILE

    setting, flag, what = OFFICE_SETTINGS[param]
    found = (ctx.find_root().obj or {}).get("office_settings")
    return click.ClickException(
        _("{what} is not set ('{setting}' in {file}): set it once with 'broadcaster office init "
          "{flag} …' in the folder you work in, or add {flag} to this command").format(
            what=_(what), setting=setting, file=found.path if found else OFFICE_SETTINGS_FILE,
            flag=flag,
        )
    )  # fmt: skip


def needed(ctx: click.Context, param: click.Parameter, value: Any) -> Any:
    """An office setting this command cannot do without: refused when given nowhere."""
    if value is None and not ctx.resilient_parsing and param.name:
        raise missing_setting(ctx, param.name)
    return value


@cli.command(help=N_("Create a station folder: station.toml, the store and default jingles."))
@option("--name", default="Đài truyền thanh xã", show_default=True)
@option("--timezone", default="Asia/Ho_Chi_Minh", show_default=True)
@option(
    "--quiet-hours",
    default="21:00-05:00",
    show_default=True,
    help=N_("HH:MM-HH:MM when only emergencies air, or 'none'."),
)
@option("--sample", help=N_("Also add a sample campaign (e.g. bluezone)."))
@click.pass_context
def init(
    ctx: click.Context, name: str, timezone: str, quiet_hours: str, sample: str | None
) -> None:
    station = Station.create(ctx.obj["root"], name, timezone, quiet_hours)
    click.echo(_("Created station '{name}' in {folder}").format(name=name, folder=station.root))
    click.echo(
        _("Station fingerprint (read it to the office): {fingerprint}").format(
            fingerprint=station.fingerprint
        )
    )
    if sample:
        added, slots = station.add_sample(sample)
        for result in added:
            click.echo(
                "  "
                + _("added {id} (version {version}, a draft to approve)").format(
                    id=result.id, version=result.version
                )
            )
        for scheduled in slots:
            echo_slot(scheduled)


# ----- announcements ---------------------------------------------------------------------------
@cli.group(help=N_("Announcements: scripts to synthesise or recordings to air."))
def announce() -> None:
    pass


@announce.command(
    "add",
    help=N_("Add or update announcements from .md/.txt files with front matter, or audio files."),
)
@argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.pass_context
def announce_add(ctx: click.Context, files: tuple[Path, ...]) -> None:
    station = station_of(ctx)
    for result in station.add_announcements(files):
        echo_change(result.change, result.id, result.version)
        for note, _held in result.notes():
            echo_warning(f"{result.id}: {note}")
        if result.guessed_note:
            echo_warning(full_stop(f"{result.id}: {result.guessed_note}{lexicon_hint(result)}"))
        echo_losses(station, result.lost)


def lexicon_hint(result: AddResult) -> str:
    """The command that puts the first guessed word into the lexicon, its guessed reading as
    the start to correct: ' (broadcaster lexicon add Skype "Xờ cai")'."""
    if result.lexicon_example is None:
        return ""
    word, said = result.lexicon_example
    return f' (broadcaster lexicon add {word} "{said}")'


def echo_losses(station: Station, losses: Sequence[WontAir]) -> None:
    """Say what a change took off the air (on stderr: it is a warning), with the command
    that puts a draft back."""
    for wont in losses:
        line = station.wont_air_text(wont)
        if wont.reason is Silence.DRAFT:
            line += " (broadcaster announce approve {id} --by {name})".format(
                id=wont.announcement_id, name=_("NAME")
            )
        echo_warning(line)


def echo_change(change: str, announcement_id: str, version: int) -> None:
    """`added bluezone-cai-dat (version 2)`: what a file or a sync did to an announcement."""
    click.echo(
        _("{change} {id} (version {version})").format(
            change=f"{_(CHANGES.get(change, change)):9}", id=announcement_id, version=version
        )
    )


CHANGES = {
    "new": N_("new"),
    "updated": N_("updated"),
    "unchanged": N_("unchanged"),
    "restored": N_("restored"),
    "withdrawn": N_("withdrawn"),
    "retired": N_("retired"),
}


def echo_warning(warning: str) -> None:
    click.echo(_("warning: {warning}").format(warning=warning), err=True)


@announce.command("list", help=N_("List announcements."))
@option("--all", "include_retired", is_flag=True, help=N_("Include retired ones."))
@json_option
@click.pass_context
def announce_list(ctx: click.Context, include_retired: bool, as_json: bool) -> None:
    found = station_of(ctx).announcements(include_retired, emergencies=False)  # as Thông báo
    if as_json:
        click.echo(dumps(found))
        return
    for a in found:
        click.echo(
            f"{a.id:28} v{a.version:<3} {a.kind.label:9} {priority_label(a.priority):9} "
            f"x{a.repeat} {a.campaign or '-':12} {a.status.label:9} {a.title}"
        )


def priority_label(stored: str) -> str:
    """The priority in the station's language (a damaged row's value as it is stored)."""
    return Priority(stored).label if stored in set(Priority) else stored


SETTING_LABELS = {
    "title": N_("title"),
    "campaign": N_("campaign"),
    "priority": N_("priority"),
    "repeat": N_("readings"),
    "voice": N_("voice"),
    "valid_from": N_("valid from"),
    "valid_until": N_("valid until"),
}


@announce.command(
    "show",
    help=N_("Show one announcement, its versions and the text the engines will read."),
)
@argument("announcement_id")
@json_option
@click.pass_context
def announce_show(ctx: click.Context, announcement_id: str, as_json: bool) -> None:
    station = station_of(ctx)
    found = station.announcement(announcement_id)
    diff = station.approval_diff(announcement_id)
    if as_json:
        click.echo(dumps(found.fields(detail=True) | {"changes_since_approved": diff}))
        return
    zone, person = station.config.zone, station.accounts.people()
    versions = ", ".join(f"v{v.version} ({local_text(v.created_at, zone)})" for v in found.versions)
    lines = [
        (N_("id"), found.id),
        (N_("title"), found.title),
        (N_("campaign"), found.campaign or "-"),
        (N_("priority"), priority_label(found.priority)),
        (N_("readings"), found.repeat),
        (N_("kind"), found.kind.label),
        (N_("voice"), found.voice or "-"),
        (N_("valid from"), date_text(found.valid_from) if found.valid_from else "-"),
        (N_("valid until"), date_text(found.valid_until) if found.valid_until else "-"),
        (N_("status"), found.status.label),
        (N_("version"), found.version),
        (N_("versions"), versions),
    ]
    if found.approved_by and found.approved_at:
        lines.append((N_("approved"), _("version {version} by {by}, {when}").format(
            version=found.approved_version, by=station.approver(found),
            when=local_text(found.approved_at, zone))))  # fmt: skip
    if found.refused_version == found.version and found.refused_at:
        lines.append((N_("not approved"), _("version {version} by {by}, {when}: {reason}").format(
            version=found.refused_version, by=person(found.refused_by),
            when=local_text(found.refused_at, zone), reason=found.refused_reason)))  # fmt: skip
    if found.retired_at:
        lines.append((N_("retired"), _("by {by}, {when}").format(
            by=person(found.retired_by) or "?",
            when=local_text(found.retired_at, zone))))  # fmt: skip
    width = max(15, *(len(_(label)) + 2 for label, _value in lines))  # a space after the longest
    for label, value in lines:
        click.echo(f"{_(label) + ':':{width}}{value}")
    click.echo(station.on_air_text(found))  # as the console's comparison says it (o15lan2 N3)
    if found.approved_version is None:  # never approved: the last two, as the console compares
        diff = station.approval_diff(announcement_id, since=found.compared_from)
        heading = _("Changes from version {approved} to version {version}:")
    else:
        heading = _("Changes since version {approved}, the one approved last:")
    if diff:
        click.echo("\n" + heading.format(approved=diff.approved_version, version=diff.version))
        for line in diff.text_diff:
            click.echo(line)
        if diff.recording_changed:
            click.echo(_("The recording is not the one approved."))
        if not diff.text_diff and not diff.recording_changed:
            click.echo(_("(the same text and recording)"))
        for name, before, after in diff.settings_changed:
            shown = [
                priority_label(v) if name == "priority"
                else date_text(v) if v and name in ("valid_from", "valid_until")
                else v
                for v in (before, after)
            ]  # fmt: skip
            click.echo(
                _("{setting}: {before} → {after}").format(
                    setting=_(SETTING_LABELS[name]), before=shown[0] or "-", after=shown[1] or "-"
                )
            )
    if found.spoken_text:
        click.echo("\n" + _("Spoken form:") + "\n" + found.spoken_text)


@announce.command(
    "approve",
    help=N_("Approve the current version of announcements for airing (all or none)."),
)
@argument("ids", nargs=-1)
@option("--campaign", help=N_("Also every announcement of this campaign waiting for approval."))
@by_option(N_("Who approves (goes into every airing's row)."), required=True)
@click.pass_context
def announce_approve(
    ctx: click.Context, ids: tuple[str, ...], campaign: str | None, by: str
) -> None:
    if not ids and not campaign:
        raise click.UsageError(_("name announcements to approve, or --campaign C"))
    station = station_of(ctx)
    who = station.accounts.person(by)  # as the console names them (o16net N8)
    for announcement_id, version in station.approve_many(ids, campaign, by):
        click.echo(
            _("approved {id} version {version} by {by}").format(
                id=announcement_id, version=version, by=who
            )
        )
        if never := station.never_airs(announcement_id):  # as the console's page (o20lan9 N3)
            echo_warning(f"{announcement_id}: {never}")


@announce.command(
    "refuse",
    help=N_("Do not approve the current version of an announcement, saying why (its writer "
            "reads the reason on the console)."),
)  # fmt: skip
@argument("announcement_id")
@option("--reason", required=True, help=N_("Why it is not approved."))
@by_option(N_("Who refuses it (recorded like an approval)."), required=True)
@click.pass_context
def announce_refuse(ctx: click.Context, announcement_id: str, reason: str, by: str) -> None:
    station = station_of(ctx)
    version = station.refuse(announcement_id, by, reason)
    click.echo(_("refused {id} version {version} by {by}").format(
        id=announcement_id, version=version, by=station.accounts.person(by)))  # fmt: skip


@announce.command(
    "retire",
    help=N_("Stop an announcement from airing (it stays in the log and the store)."),
)
@argument("announcement_id")
@by_option(N_("Who retires it (recorded and shown by announce show)."))
@click.pass_context
def announce_retire(ctx: click.Context, announcement_id: str, by: str) -> None:
    station = station_of(ctx)
    losses = station.retire(announcement_id, by)
    click.echo(_("retired {id} by {by}").format(
        id=announcement_id, by=station.accounts.person(by.strip())))  # fmt: skip
    echo_losses(station, losses)


@announce.command(
    "render",
    help=N_("Render announcements as one program WAV (jingles, repeats, loudness) to check it."),
)
@argument("ids", nargs=-1, required=True)
@option("-o", "--output", required=True, type=click.Path(path_type=Path))
@click.pass_context
def announce_render(ctx: click.Context, ids: tuple[str, ...], output: Path) -> None:
    station = station_of(ctx)
    with progress(_("Preparing speech")) as on_progress:
        program, sha = station.render(ids, output, on_progress)
    click.echo(
        _("{file}: {length}, engines {engines}, sha256 {sha}").format(
            file=output, length=duration_text(program.duration_s),
            engines=describe_engines(program),
            sha=sha[:16],
        )
    )  # fmt: skip


def describe_engines(program: Program) -> str:
    return ", ".join(program.engines) or _("none (recordings only)")


@cli.command(
    help=N_(
        "Print the spoken form of TEXT: what the speech engines receive.\n\nUses "
        "the station's lexicon and reading settings when run in a station."
    ),
)
@argument("text")
@option("--voice", help=N_("Read as for this voice (vi-vn-x-south reads southern numbers)."))
@click.pass_context
def normalize(ctx: click.Context, text: str, voice: str | None) -> None:
    reading = normalize_text(ctx.obj["root"], text, voice)
    click.echo(reading.spoken)
    for warning in reading.warnings:
        echo_warning(warning)


# ----- settings ----------------------------------------------------------------------------------
@cli.group(
    help=N_("Station settings that can be changed by command (the rest are in station.toml)."),
)
def config() -> None:
    pass


@config.command("set", help=N_("Set KEY to VALUE: quiet_hours 21:30-05:00 (or 21h30-5h, or none)."))
@argument("key", type=click.Choice(Station.SETTABLE), metavar="KEY")
@argument("value")
@click.pass_context
def config_set(ctx: click.Context, key: str, value: str) -> None:
    station = station_of(ctx)
    now = station.set_setting(key, value)
    click.echo(_("{key} is now {value}").format(key=key, value=now))
    if pid := station.daemon_pid():
        click.echo(_("The running daemon (pid {pid}) takes the change within a few seconds.")
                   .format(pid=pid))  # fmt: skip
    else:
        click.echo(_("No daemon is running: the change applies when the station starts "
                     "(broadcaster run)."))  # fmt: skip


# ----- lexicon -----------------------------------------------------------------------------------
@cli.group(
    help=N_("The station's pronunciation lexicon: how to say words the voices get wrong."),
)
def lexicon() -> None:
    pass


@lexicon.command(
    "add",
    help=N_('Say SPOKEN wherever TERM is written (e.g. Bluezone "Blu dôn").'),
)
@argument("term")
@argument("spoken")
@by_option(N_("Who changes the lexicon (recorded and shown by lexicon list)."))
@click.pass_context
def lexicon_add(ctx: click.Context, term: str, spoken: str, by: str) -> None:
    station_of(ctx).set_pronunciation(term, spoken, by)
    click.echo(f"{term} → {spoken}")


@lexicon.command("list", help=N_("List the lexicon."))
@json_option
@click.pass_context
def lexicon_list(ctx: click.Context, as_json: bool) -> None:
    station = station_of(ctx)
    entries = station.lexicon()
    if as_json:
        click.echo(dumps(entries))
        return
    zone, today, person = station.config.zone, station.today(), station.accounts.people()
    for entry in entries:
        line = f"{entry.term:24} → {entry.spoken}"
        if entry.updated_by:
            line += "  " + _("(by {by}, {when})").format(
                by=person(entry.updated_by),
                when=local_text(entry.updated_at, zone, today, mid=True))  # fmt: skip
        click.echo(line)
    kept = {entry.term for entry in entries}
    removed: dict[str, LexiconChange] = {}
    for change in station.lexicon_changes():  # newest first
        if change.spoken is None and change.term not in kept:
            removed.setdefault(change.term, change)
    if removed:
        click.echo(_("Removed lately:"))
    for change in removed.values():
        click.echo("  " + _("{term}: removed by {by}, {when}").format(
            term=change.term, by=person(change.changed_by),
            when=local_text(change.changed_at, zone, today, mid=True)))  # fmt: skip


@lexicon.command("remove", help=N_("Remove TERM from the lexicon."))
@argument("term")
@by_option(N_("Who changes the lexicon (recorded and shown by lexicon list)."))
@click.pass_context
def lexicon_remove(ctx: click.Context, term: str, by: str) -> None:
    station_of(ctx).remove_pronunciation(term, by)
    click.echo(_("removed {term}").format(term=term))


# ----- jingles -----------------------------------------------------------------------------------
JINGLE_ROLES = click.Choice([role.value for role in JingleRole])


@cli.group(help=N_("Jingles: intro, outro and the bridge between repeats."))
def jingle() -> None:
    pass


@jingle.command("set", help=N_("Use FILE (any audio ffmpeg reads) as the ROLE jingle."))
@argument("role", type=JINGLE_ROLES)
@argument("file", type=click.Path(path_type=Path))
@click.pass_context
def jingle_set(ctx: click.Context, role: str, file: Path) -> None:
    asset = station_of(ctx).set_jingle(role, file)
    click.echo(
        _("{role} jingle set: {length}, {lufs:.1f} LUFS as measured").format(
            role=JingleRole(role).label, length=duration_text(asset.duration_s),
            lufs=asset.loudness.integrated_lufs,
        )
    )  # fmt: skip


@jingle.command(
    "remove",
    help=N_("Air programs without the ROLE jingle (the bridge is then spoken)."),
)
@argument("role", type=JINGLE_ROLES)
@click.pass_context
def jingle_remove(ctx: click.Context, role: str) -> None:
    station_of(ctx).remove_jingle(role)
    click.echo(_("{role} jingle removed").format(role=JingleRole(role).label))


# ----- schedule ----------------------------------------------------------------------------------
@cli.group(help=N_("Slots: when announcements air."))
def schedule() -> None:
    pass


@schedule.command("add", help=N_("Add (or replace) the slot NAME."))
@argument("name")
@option("--at", "at", required=True, help=N_("Local time: 06:30, 6h30, 17:00:30…"))
@option("--days", default="hằng ngày", show_default=True, help=N_("T2-T6, T7,CN, mon-fri, daily…"))
@option("--from", "since", help=N_("First date: 30/11/2026, 2026-11-30, hôm nay, mai (tomorrow)…"))
@option("--until", help=N_("Last date: 30/11/2026, 2026-11-30, hôm nay, mai (tomorrow)…"))
@option("--campaign", help=N_("Air this campaign's approved announcements."))
@option(
    "--announce", "ids", multiple=True,
    help=N_("Air these announcements (repeatable; first, before the campaign's)."),
)  # fmt: skip
@option("--max-minutes", help=N_("Refuse programs longer than this many minutes."))
@option("--title", help=N_("The name people read (Buổi sáng); NAME stays its id here."))
@click.pass_context
def schedule_add(
    ctx: click.Context,
    name: str,
    at: str,
    days: str,
    since: str | None,
    until: str | None,
    campaign: str | None,
    ids: tuple[str, ...],
    max_minutes: str | None,
    title: str | None,
) -> None:
    added = station_of(ctx).add_slot(name, at, days, since, until, campaign, ids, max_minutes,
                                     title=title)  # fmt: skip
    echo_slot(added)
    echo_warnings(added)


def echo_slot(scheduled: ScheduledSlot) -> None:
    """The slot as taken, its dates in full (a '3/12' typed is said back with its year)."""
    slot = scheduled.slot
    said = _("slot {name} at {at} {days}: {length}").format(
        name=slot.name if slot.label == slot.name else f"“{slot.label}”",  # by title (o12b C3)
        at=clock_text(slot.at), days=slot.days_said, length=scheduled.length_text(),
    )  # fmt: skip
    click.echo(said)


def echo_warnings(scheduled: ScheduledSlot) -> None:
    """Say (on stderr) that a new slot airs nothing until approval, which slot it replaced,
    and what stops airing by it."""
    if scheduled.waiting_text():
        echo_warning(scheduled.waiting_text())
    if scheduled.ended_text():
        echo_warning(scheduled.ended_text())
    if scheduled.retired_text():
        echo_warning(scheduled.retired_text())
    old = scheduled.replaced
    if old is None:
        return
    what = ", ".join([*([old.campaign] if old.campaign else []), *old.announcements])
    echo_warning(
        _("replaced slot {name} (was at {at} {days}: {what})").format(
            name=old.name, at=clock_text(old.at), days=old.days_said, what=what
        )
    )
    for announcement_id in scheduled.stops:
        echo_warning(
            _("'{id}' no longer airs in any slot (it aired in slot {name})").format(
                id=announcement_id, name=old.name
            )
        )


@schedule.command(
    "list",
    help=N_("List the slots, with those the store holds that cannot be planned and why."),
)
@json_option
@click.pass_context
def schedule_list(ctx: click.Context, as_json: bool) -> None:
    good, broken = station_of(ctx).slots()
    if as_json:
        click.echo(
            dumps([s.fields() | {"problem": None} for s in good] + [b.fields() for b in broken])
        )
        return
    for s in good:
        what = " + ".join(
            part
            for part in (
                " ".join(s.announcements),
                _("campaign {campaign}").format(campaign=s.campaign) if s.campaign else "",
            )
            if part
        )
        limit = (
            " " + _("max {minutes:g} min").format(minutes=s.max_minutes) if s.max_minutes else ""
        )
        title = f" ({s.title})" if s.title else ""
        click.echo(f"{s.name:14} {clock_text(s.at):8} {s.days_said:22} {what}{limit}{title}")
    for b in broken:
        click.echo(
            f"{b.name:14} "
            + _("DOES NOT AIR: it cannot be planned: {reason}").format(reason=b.reason)
        )


@schedule.command(
    "proposed",
    help=N_("List the slots the upstream office proposes, and why any cannot be taken as it is."),
)
@json_option
@click.pass_context
def schedule_proposed(ctx: click.Context, as_json: bool) -> None:
    waiting = station_of(ctx).proposed_slots()
    if as_json:
        click.echo(dumps([{"published_in": p.campaign, **p.slot.fields(),
                           "proposed_at": p.proposed_at, "problem": p.problem}
                          for p in waiting]))  # fmt: skip
        return
    for p in waiting:
        click.echo(f"{p.campaign:14} {p.slot.name:14} {clock_text(p.slot.at):8} "
                   f"{p.slot.days_said}")  # fmt: skip
        if p.problem:
            click.echo("    ! " + p.problem)
    if not waiting:
        click.echo(_("No slot proposed by the upstream office waits for acceptance."))


@schedule.command(
    "accept",
    help=N_("Take slots the upstream office proposes into the schedule (all or none)."),
)
@argument("names", nargs=-1)
@option("--campaign", help=N_("Every slot this campaign's schedule proposes."))
@option("--all", "everything", is_flag=True, help=N_("Every proposed slot."))
@click.pass_context
def schedule_accept(
    ctx: click.Context, names: tuple[str, ...], campaign: str | None, everything: bool
) -> None:
    if not names and not campaign and not everything:
        raise click.UsageError(_("name the proposed slots to accept, or --campaign C, or --all"))
    for scheduled in station_of(ctx).accept_slots(names, campaign):
        echo_slot(scheduled)
        echo_warnings(scheduled)


@schedule.command("remove", help=N_("Remove the slot NAME (its past airings stay in the log)."))
@argument("name")
@click.pass_context
def schedule_remove(ctx: click.Context, name: str) -> None:
    station_of(ctx).remove_slot(name)
    click.echo(_("removed slot {name}").format(name=name))


@schedule.command(
    "print", help=N_("The week's schedule as a PDF for the notice board (lịch phát sóng).")
)
@option("--week", help=N_("A day of the week (30/11/2026, hôm nay, mai), 'tuần sau' or "
                          "2026-W49; default: this week."))  # fmt: skip
@option("-o", "--output", required=True, type=click.Path(path_type=Path))
@click.pass_context
def schedule_print(ctx: click.Context, week: str | None, output: Path) -> None:
    printed = station_of(ctx).print_week(output, week)
    click.echo(
        ngettext(
            "{output}: {airings} airing, the week from {first_day}",
            "{output}: {airings} airings, the week from {first_day}",
            printed.airings,
        ).format(output=output, airings=printed.airings, first_day=date_text(printed.monday))
    )


@schedule.command("import", help=N_("Add every [[slot]] of a schedule TOML file (all or none)."))
@argument("file", type=click.Path(path_type=Path))
@click.pass_context
def schedule_import(ctx: click.Context, file: Path) -> None:
    for scheduled in station_of(ctx).import_schedule(file):
        echo_slot(scheduled)
        echo_warnings(scheduled)


@cli.command(help=N_("What will air, airing by airing and item by item, with durations."))
@option(
    "--date",
    "first",
    help=N_("First day: 30/11/2026, 2026-11-30, hôm nay, mai (tomorrow)… (default: today)"),
)
@option("--days", type=click.IntRange(1, 31), default=1, show_default=True)
@json_option
@click.pass_context
def rundown(ctx: click.Context, first: str | None, days: int, as_json: bool) -> None:
    station = station_of(ctx)
    today = station.today()  # once: run at midnight, the sentence and "ngày mai" agree
    first_day = day(station, first, "--date") or today
    entries = station.rundown(first_day, days, silent=not as_json)
    if as_json:
        click.echo(dumps(entries))
        return
    zone, titles = station.config.zone, station.slot_titles()
    for never in station.never_again(first_day, days):
        click.echo(f"! {never}")
    for entry in entries:
        items = ngettext("{n} item", "{n} items", len(entry.items)).format(n=len(entry.items))
        length = ("" if entry.complete else "≥ ") + duration_text(entry.total_s)
        said = f"{items}, {length}" if entry.items else _("nothing airs")  # see left_out
        click.echo(f"{airs_text(entry.at, zone)}  {titles.get(entry.slot, entry.slot)}  {said}")
        for item in entry.items:
            seconds = item.seconds
            said = (
                f"{duration_text(seconds):>8}" if seconds is not None
                else _("? s (not synthesised yet)")
            )  # fmt: skip
            click.echo(f"    {item.announcement_id:26} x{item.readings} {said}  {item.title}")
            if item.why:
                click.echo("      " + _("↳ why here: {why}").format(why=item.why))
        for gone in entry.left_out:
            click.echo("    ✗ " + _("'{title}' ({id}) will not air: {why}").format(
                title=gone.title, id=gone.announcement_id, why=gone.why))  # fmt: skip
        for warning in entry.warnings:
            click.echo(f"    ! {warning}")
    airing = [e for e in entries if e.airs]  # not one over its limit or in quiet hours
    if not airing:  # in the evening, after the day's last slot: what airs next (w29office)
        click.echo(_("Nothing more airs today.") if (first_day, days) == (today, 1)
                   else _("Nothing will air in this period."))  # fmt: skip
        last = min(first_day, date.max - timedelta(days=days - 1)) + timedelta(days=days - 1)
        coming = station.next_on_air(last, NEXT_ON_AIR_DAYS)
        if coming is None:
            click.echo(ngettext(
                "Nothing airs in the {n} day after it either (the slots: broadcaster schedule "
                "list; the notices: broadcaster announce list).",
                "Nothing airs in the {n} days after it either (the slots: broadcaster schedule "
                "list; the notices: broadcaster announce list).",
                NEXT_ON_AIR_DAYS).format(n=NEXT_ON_AIR_DAYS))  # fmt: skip
        else:
            length = ("" if coming.complete else "≥ ") + duration_text(coming.total_s)
            click.echo(_("Next on air: {when}, {slot}: {notices} ({length}).").format(
                when=airs_text(coming.at, zone, today, mid=True), slot=coming.label,
                notices="; ".join(item.title for item in coming.items), length=length))  # fmt: skip
    else:
        known = sum(e.total_s for e in airing)
        total = ngettext("{n} airing, {length}", "{n} airings, {length}", len(airing))
        more = "" if all(e.complete for e in airing) else " " + _("or more")
        click.echo(total.format(n=len(airing), length=duration_text(known)) + more)


@cli.command(
    help=N_("Run the station: air the schedule, recover after power cuts, take emergencies."),
)
@option("--sink", help=N_("device | device:NAME | file:DIR | null (default: the station's)."))
@click.pass_context
def run(ctx: click.Context, sink: str | None) -> None:
    station_of(ctx).run(sink, say=lambda line: click.echo(line, nl=True))


@cli.command(help=N_("Interrupt whatever is on air and air this now, even in quiet hours."))
@option("--text", help=N_("The notice to read aloud."))
@option("--file", "audio", type=click.Path(path_type=Path), help=N_("A recording to air."))
@by_option(N_("Who sends it (default: your login name)."))
@option("--sink", help=N_("Used only when no station daemon is running."))
@click.pass_context
def emergency(
    ctx: click.Context, text: str | None, audio: Path | None, by: str, sink: str | None
) -> None:
    sent = station_of(ctx).emergency(by, text, audio, sink)
    airing = sent.airing
    if airing is None:
        click.echo(
            _("Emergency {id} sent to the running station (pid {pid})").format(
                id=sent.announcement_id, pid=sent.daemon_pid
            )
        )
        return
    echo_outcome(
        airing,
        _("emergency airing #{seq} {status}: {error}"),
        _("Emergency aired: #{seq} ({length}): {where}"),
        _("Emergency airing {outcome}, {length}"),
    )
    if not airing.heard and airing.status == AiringStatus.AIRED:  # as the console says it
        echo_warning(_("nobody heard the emergency on the loudspeakers: tell the technician, "
                       "and meanwhile warn people another way"))  # fmt: skip


@cli.command(
    "emergency-stop",
    help=N_("Stop the commune's emergency on air or waiting to air (the newest, or NUMBER): "
            "the loudspeakers stop within seconds; the log says who stopped it and why."),
)  # fmt: skip
@click.argument("number", type=int, required=False)
@option("--reason", help=N_("Why it is stopped (the log and the report say it)."))
@by_option(N_("Who stops it (default: your login name)."))
@click.pass_context
def emergency_stop(ctx: click.Context, number: int | None, reason: str | None, by: str) -> None:
    stopped = station_of(ctx).stop_emergency(number, by, reason)
    click.echo(_("Emergency {number} ({title}) stopped: the loudspeakers stop within seconds; "
                 "if it was still waiting, it will not air.").format(
        number=stopped.number, title=stopped.title))  # fmt: skip


def echo_outcome(airing: Airing, failed: str, aired: str, unheard: str) -> None:
    """How an airing command ends: the airing that aired whole, or a refusal (exit 1) that
    says what became of it (partial, failed, pre-empted…) and why; one played out where no
    loudspeaker is says so first, as the daemon's line and Nhật ký do (w29report 2)."""
    if airing.status != AiringStatus.AIRED:
        raise click.ClickException(
            failed.format(seq=airing.seq, status=airing.label, error=airing.error)
        )
    if not airing.heard:
        click.echo(unheard.format(
            outcome=airing.outcome, length=duration_text(airing.duration_s or 0.0)))  # fmt: skip
        return
    click.echo(
        aired.format(
            seq=airing.seq, length=duration_text(airing.duration_s or 0.0),
            where=airing.where,
        )
    )  # fmt: skip


# ----- upstream ----------------------------------------------------------------------------------
@cli.group(
    help=N_("Upstream office: the signing keys (keep the folder off the web server)."),
)
def keys() -> None:
    pass


@keys.command(
    "init",
    help=N_(
        "Create the five keys (root, targets, snapshot, timestamp, emergency) in a new folder."
    ),
)
@option("--keys", "keys_dir", required=True, type=click.Path(path_type=Path))
def keys_init(keys_dir: Path) -> None:
    from office.desk import Publisher, root_fingerprint

    for role, key in Publisher.init_keys(keys_dir).items():
        click.echo(f"{role:9} {key.keyid}")
    click.echo(
        _("Keep {folder} private; root.pem is needed only to start and to rotate keys.").format(
            folder=keys_dir
        )
    )
    say_root_fingerprint(root_fingerprint(keys_dir))


def say_root_fingerprint(fingerprint: str) -> None:
    click.echo(
        _("Root key fingerprint (read it to each commune that trusts you): {fingerprint}").format(
            fingerprint=fingerprint
        )
    )


@keys.command(
    "rotate",
    help=N_("Replace ROLE's key: a new root version that stations follow on their next sync."),
)
@argument("role", type=click.Choice(KEY_ROLES))
@option("--keys", "keys_dir", callback=needed, type=click.Path(path_type=Path))
@option("--repo", callback=needed, type=TranslatedPath(file_okay=False, path_type=Path))
def keys_rotate(role: str, keys_dir: Path, repo: Path) -> None:
    from office.desk import Publisher

    version = Publisher(keys_dir, repo).rotate(role)
    click.echo(
        _("{role} key replaced; root is now version {version}. Publish again.").format(
            role=role, version=version
        )
    )


@cli.command(
    help=N_(
        "Upstream office: publish campaign folders (scripts, recordings, "
        "schedule.toml) into a\nTUF repository folder that any static web "
        "server can serve, or a USB stick can carry.\nCampaigns not named stay "
        "published as they are."
    ),
)
@argument(
    "campaigns",
    nargs=-1,
    type=TranslatedPath(exists=True, file_okay=False, path_type=Path),
)
@option("--keys", "keys_dir", type=click.Path(path_type=Path),
              help=N_("The office's signing keys (keys init); --list needs none."))  # fmt: skip
@option("--repo", callback=needed, type=TranslatedPath(file_okay=False, path_type=Path))
@option(
    "--withdraw", multiple=True, metavar=N_("CAMPAIGN"), help=N_("Withdraw a published campaign.")
)
@option("--list", "list_all", is_flag=True,
              help=N_("List every campaign of the repository: its announcements, for whom, "
                      "published or withdrawn and when (needs no keys)."))  # fmt: skip
@option("--to", "to", multiple=True, metavar=N_("GROUP|FINGERPRINT"),
              help=N_("Only for this group, or this station: its code or the code's first 5 "
                      "digits (repeatable; needs --db). A group that has a commune's name: "
                      "nhóm:NAME."))  # fmt: skip
@option("--everyone", is_flag=True, help=N_("For every station again (after --to)."))
@option("--db", "dsn", envvar="BROADCASTER_OFFICE_DB",
              help=N_("The office's PostgreSQL: groups, and the doorbell (else "
                      "$BROADCASTER_OFFICE_DB)."))  # fmt: skip
def publish(
    campaigns: tuple[Path, ...], keys_dir: Path | None, repo: Path, withdraw: tuple[str, ...],
    list_all: bool, to: tuple[str, ...], everyone: bool, dsn: str | None,
) -> None:  # fmt: skip
    from office.desk import OFFICE_ZONE, Publisher

    if list_all:
        if campaigns or withdraw or to or everyone:
            raise click.UsageError(_("--list only lists: publish or withdraw with another command"))
        found = Publisher(keys_dir or Path(), repo).campaigns()
        echo_campaigns(found, repo, Publisher.audiences_said(dsn, found))
        return
    if not campaigns and not withdraw:
        raise click.UsageError(_("name campaign folders to publish, or --withdraw CAMPAIGN"))
    if keys_dir is None:
        raise missing_setting(click.get_current_context(), "keys_dir")
    done = Publisher(keys_dir, repo).publish(campaigns, withdraw, to, everyone, dsn)
    for path in done.skipped:
        click.echo(_("skipped {path}: a hidden or editor's file, not a notice").format(path=path))
    if done.new_root:
        click.echo(
            _(
                "New repository in {folder}. Communes trust it with 'broadcaster trust' and the "
                "address where your web server serves this folder, then check the root key's "
                "fingerprint below with you by phone (without a network: {root} on a USB "
                "stick)"
            ).format(folder=repo, root=done.new_root)
        )
        say_root_fingerprint(done.root_fingerprint)
    for change in done.changes:
        echo_change(change.change, f"{change.campaign}/{change.id}", change.version)
    for campaign, count in done.published.items():
        click.echo(
            ngettext(
                "published {campaign}: {n} announcement", "published {campaign}: {n} announcements",
                count,
            ).format(campaign=campaign, n=count)
        )  # fmt: skip
    for campaign in done.withdrawn:
        click.echo(_("withdrew {campaign}").format(campaign=campaign))
    if done.audience is not None:
        click.echo(_("for: {audience}").format(audience=done.audience))
    for said in done.namesakes:  # w27office #2: one commune, or two enrolled without districts?
        echo_warning(said)
    for campaign, audience in done.kept:  # narrowed before, said (o22web10 Z4)
        click.echo(_("{campaign} for: {audience} (as before; for every commune: --everyone)")
                   .format(campaign=campaign, audience=audience))  # fmt: skip
    for campaign in done.unreached:  # each station it named revoked or retired (o23web11 V2)
        echo_warning(_(
            "campaign {campaign} reaches no commune: the stations it is for are retired or "
            "revoked; publish it again with --to the communes that are to air it"
        ).format(campaign=campaign))  # fmt: skip
    for campaign, communes, was_for, when in done.narrowed:  # --to replaced whom it was for
        echo_warning(_(
            "{communes} will no longer receive campaign {campaign} (before: for {before}, "
            "published {when}); to keep them, name them too with --to"
        ).format(communes=", ".join(communes), campaign=campaign, before=was_for,
                 when=local_text(when, OFFICE_ZONE)))  # fmt: skip
    if done.approved == 0:  # the first publish, before any approval (w26office #2)
        echo_warning(_(
            "no commune's station is approved yet, so no commune receives it now; approve "
            "each commune's station (office station approve CODE --group GROUP, step 7 of the "
            "guide): it receives what is published for every commune at its next sync, "
            "without publishing again"))  # fmt: skip
    elif done.approved is not None:
        click.echo(ngettext(
            "Every commune airs it, those approved later too, without publishing again "
            "({n} approved now).", "Every commune airs it, those approved later too, without "
            "publishing again ({n} approved now).", done.approved,
        ).format(n=done.approved))  # fmt: skip
    if done.rang:
        click.echo(_("Doorbell rung: stations connected to the broker sync now, the others "
                     "within a minute when they reach the office's repository."))  # fmt: skip
    elif done.rang is False:
        click.echo(
            _("warning: the doorbell did not ring ({problem}); stations that reach the "
              "office's repository take the publication within a minute, the others within a "
              "minute of their link coming back, else at their regular sync (once an hour "
              "unless set otherwise)").format(problem=done.doorbell_problem),
            err=True,
        )  # fmt: skip
    for campaign, announcement_id, note in done.guessed:
        echo_warning(f"{campaign}/{announcement_id}: {note}")
    for path, title, last in done.ended:  # it will never air: the date is likely a typo
        echo_warning(_(
            "{path}: “{title}” ended on {day} (its 'valid_until:' line), so no commune will air "
            "it, though every station takes it; correct the date and publish again, or take the "
            "notice out of the campaign"
        ).format(path=path, title=title, day=f"{last:%d/%m/%Y}"))  # fmt: skip
    for campaign, before in done.untitled.items():
        echo_warning(_(
            "no notice of campaign {campaign} has a 'campaign_title:' line, so the reports "
            "and the console will call it '{campaign}'; add one to a notice, such as "
            "'campaign_title: {example}', and publish again"
        ).format(campaign=campaign, example=before or _("<the campaign's name>")))  # fmt: skip


def echo_campaigns(found: list[PublishedCampaign], repo: Path, audiences: list[str]) -> None:
    """`publish --list`: what every commune is given now, and what was withdrawn."""
    from office.desk import OFFICE_ZONE

    if not found:
        click.echo(_("No campaign has been published in {repo} yet.").format(repo=repo))
        return
    withdrawn = sum(c.withdrawn for c in found)
    click.echo(_("{published} published, {withdrawn} withdrawn").format(
        published=len(found) - withdrawn, withdrawn=withdrawn))  # fmt: skip
    for c, audience in zip(found, audiences, strict=True):
        when = local_text(c.at, OFFICE_ZONE)
        state = _("withdrawn {when}") if c.withdrawn else _("published {when}, for: {audience}")
        click.echo(_("{campaign} (version {version}): {state}").format(
            campaign=c.campaign, version=c.version,
            state=state.format(when=when, audience=audience)))  # fmt: skip
        for a in c.announcements:
            click.echo("  " + _("{id} (version {version}): {title}").format(
                id=a["id"], version=a["version"], title=a["title"]))  # fmt: skip


@cli.command(
    help=N_(
        "Pin the upstream office's root: a root.json file, or the address of its repository "
        "(https://…, which becomes the station's upstream source). Only what its keys sign will "
        "be taken: compare the fingerprint printed with the one the office reads out."
    ),
)
@argument("source")
@click.pass_context
def trust(ctx: click.Context, source: str) -> None:
    trusted = station_of(ctx).trust(source)
    if trusted.found:
        click.echo(_("Read the office's root from {file}").format(file=trusted.found))
    click.echo(_("Trusting the upstream root key(s) {keys}").format(keys=", ".join(trusted.keyids)))
    for fingerprint in trusted.fingerprints:
        click.echo(
            _("Root key fingerprint: {fingerprint} (check it with the office by phone)").format(
                fingerprint=fingerprint
            )
        )


@cli.command(
    help=N_(
        "Fetch, verify and apply the upstream's campaigns from SOURCE "
        "(https://… or a folder,\ne.g. a USB stick; default: the office's web address the "
        "station keeps)."
    ),
)
@argument("source", required=False)
@click.pass_context
def sync(ctx: click.Context, source: str | None) -> None:
    station = station_of(ctx)
    where = source or station.config.upstream.source
    if where.startswith(("http://", "https://")):  # said before the wait, not after it
        click.echo(_("Connecting to the office at {source} (if it does not answer, the sync "
                     "gives up within a minute)…").format(source=where))  # fmt: skip
    result = station.sync(source, waits=lambda: click.echo(_(
        "Another sync of this station is running (the daemon's, or another command's): "
        "waiting for it to end…")))  # fmt: skip
    if result.found:
        from broadcaster.sync import READ_IN  # here: the sync's imports cost every command

        click.echo(_(READ_IN).format(folder=result.found))
    for change in result.changes:
        echo_change(change.change, change.id, change.version)
    for announcement_id in result.retired:
        click.echo(
            _("{change} {id} (withdrawn upstream)").format(
                change=f"{_(CHANGES['retired']):9}", id=announcement_id
            )
        )
    for announcement_id in result.left:
        click.echo(
            _("{change} {id} (the office no longer sends it to this station; it is still "
              "published for others)").format(
                change=f"{_(CHANGES['retired']):9}", id=announcement_id)
        )  # fmt: skip
    for scheduled in result.accepted:
        click.echo(_("slot {name} taken from the office's schedule").format(
            name=scheduled.slot.name))  # fmt: skip
        echo_warnings(scheduled)
    for p in result.proposed:
        click.echo(
            _("slot {name} proposed by the office ({campaign}, {at} {days}): waits "
              "for acceptance (broadcaster schedule accept {name})").format(
                name=p.slot.name, campaign=p.campaign, at=clock_text(p.slot.at),
                days=p.slot.days_said)
        )  # fmt: skip
        if p.problem:
            echo_warning(p.problem)
    if not (result.changes or result.dropped or result.accepted or result.proposed
            or result.refused):  # fmt: skip
        click.echo(_("Up to date."))
    echo_losses(station, result.lost)
    if result.refused:  # the others are taken: this one is the office's to correct
        raise click.ClickException("\n".join(station.refused_campaigns()))


@cli.command(help=N_("The station at a glance: daemon, upstream link, warnings."))
@json_option
@click.pass_context
def status(ctx: click.Context, as_json: bool) -> None:
    station = station_of(ctx)
    state = station.status()
    if as_json:  # named as the leader titled it, as the first line below (o12b C5)
        click.echo(dumps(dataclasses.replace(state, station=station.printed_name())))
        return
    zone, today = station.config.zone, station.today()
    titles = station.slot_titles()

    def echo(line: str) -> None:
        """Each line a sentence, with its capital (o12b C3: "chương trình phát tự động: …")."""
        click.echo(sentence(line))

    def when(instant: str | None) -> str:
        return local_text(instant, zone, today, mid=True) if instant else _("never")

    echo(f"{station.printed_name()} ({state.station_id})")  # as the leader titled it
    pid = state.daemon_pid
    if pid and state.sound_fault:  # it runs, yet reaches no loudspeaker (as Trang chủ says)
        echo(_("daemon: running, pid {pid}, but {fault}.").format(
            pid=pid, fault=state.sound_fault))  # fmt: skip
    else:
        echo(
            _("daemon: running, pid {pid}").format(pid=pid)
            if pid
            else _("daemon: not running: nothing airs on schedule (start it with: broadcaster run)")
        )
    on_air = state.on_air
    if on_air:
        left = state.on_air_remaining_s
        echo(
            _("on air: #{seq} {titles}, since {started}, {left} left").format(
                seq=on_air.seq, titles="; ".join(on_air.titles),
                started=when(on_air.started_at),
                left=duration_text(left) if left is not None else "?",
            )
        )  # fmt: skip
    else:
        echo(state.stopped_on_air or _("on air: nothing"))
    echo(_("next airings:") if state.next_airings else _("next airings: none this week"))
    for entry in state.next_airings:
        said = "; ".join(item.title for item in entry.items) or _("airs nothing")
        at = airs_text(entry.at, zone, today, mid=False)  # a line's start
        echo(f"  {at}  {titles.get(entry.slot, entry.slot)}  {said}")
    if state.waiting_approval:
        echo(_("waiting for approval:"))
        for a in state.waiting_approval:
            echo(f"  {a.id} v{a.version}  {a.title}")
    if state.not_approved:
        echo(_("not approved (to change):"))
        for a in state.not_approved:
            echo(f"  {a.id} v{a.version}  {a.title}: {a.refused_reason}")
    for said in state.will_not_air_text:
        echo(_("will not air: {problem}").format(problem=said))
    for said in state.did_not_air:  # as Trang chủ says them
        echo(_("warning: {warning}").format(warning=said))
    for said in state.to_know:  # Trang chủ's Để biết: nothing to do
        echo(_("for your information: {item}").format(item=said))
    echo(_("speech: {voice}").format(voice=state.speech))
    if state.upstream_configured:
        echo(
            ngettext(
                "upstream: {source}, last sync {when}, {n} announcement from it",
                "upstream: {source}, last sync {when}, {n} announcements from it",
                state.upstream_announcements,
            ).format(
                source=state.upstream_source or "-", when=when(state.last_sync),
                n=state.upstream_announcements,
            )
        )  # fmt: skip
    if state.office_url:
        echo(
            _(
                "office: {url} ({enrolment}), holds the log up to #{seq}, backlog {backlog} "
                "airing(s), last push {when}"
            ).format(
                url=state.office_url, enrolment=enrolment_label(state.office_enrolment),
                seq=state.office_acked_seq, backlog=state.office_backlog,
                when=when(state.office_last_push),
            )
        )  # fmt: skip
    else:
        echo(
            _(
                "office: not enrolled, so the airing log goes to no office; once the office "
                "gives you its collector's address, enrol with: broadcaster enrol ADDRESS"
            )
        )
    echo(_("fingerprint: {fingerprint}").format(fingerprint=state.fingerprint))
    for warning in state.warnings:
        echo(_("warning: {warning}").format(warning=warning))


def enrolment_label(status: str | None) -> str:
    """The office's answer to the enrolment, in the station's language."""
    said = {"pending": N_("waiting for approval"), "approved": N_("approved"),
            "refused": N_("refused"), "revoked": N_("revoked by the office")}  # fmt: skip
    return _(said[status]) if status in said else status or "-"


# ----- airing ------------------------------------------------------------------------------------
@cli.command(
    help=N_("Air announcements now, between the station's jingles, and log the airing. In quiet "
            "hours only emergencies air, unless the operator gives --despite-quiet-hours REASON."),
)  # fmt: skip
@option("--announce", "ids", multiple=True, help=N_("Announcement id (repeatable)."))
@option("--campaign", help=N_("Every active announcement of this campaign."))
@option("--sink", help=N_("device | device:NAME | file:DIR | null (default: the station's)."))
@option(
    "--despite-quiet-hours",
    metavar=N_("REASON"),
    help=N_("Air even in quiet hours, for this reason (logged with --by)."),
)
@by_option(N_("Who orders the airing (default: your login name)."))
@click.pass_context
def play(
    ctx: click.Context,
    ids: tuple[str, ...],
    campaign: str | None,
    sink: str | None,
    despite_quiet_hours: str | None,
    by: str,
) -> None:
    if not ids and not campaign:
        raise click.UsageError(_("name what to air: --announce ID or --campaign C"))
    station = station_of(ctx)
    where = station.sink_description(sink)
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))

    def on_air(seq: int, program: Program) -> None:
        click.echo(
            ngettext(
                "On air: airing #{seq}, {n} announcement, {length}: {where}",
                "On air: airing #{seq}, {n} announcements, {length}: {where}",
                len(program.items),
            ).format(
                seq=seq,
                n=len(program.items),
                length=duration_text(program.duration_s),
                where=where,
            )
        )
        sys.stdout.flush()

    with progress(_("Preparing speech")) as on_progress:
        airing = station.play(ids, campaign, sink, on_progress, on_air, despite_quiet_hours, by)
    echo_outcome(
        airing,
        _("airing #{seq} {status}: {error}"),
        _("Aired #{seq} ({length}): {where}"),
        _("Airing {outcome}, {length}"),
    )


# ----- log ---------------------------------------------------------------------------------------
@cli.group(help=N_("The airing log."))
def log() -> None:
    pass


@log.command("list", help=N_("List airings, oldest first, in the station's local time."))
@option("--from", "since", help=N_("First day: 30/11/2026, 2026-11-30, hôm nay, mai (tomorrow)…"))
@option("--to", "until", help=N_("Last day: 30/11/2026, 2026-11-30, hôm nay, mai (tomorrow)…"))
@option("--limit", type=click.IntRange(min=1), help=N_("Only the latest N airings."))
@json_option
@click.pass_context
def log_list(
    ctx: click.Context, since: str | None, until: str | None, limit: int | None, as_json: bool
) -> None:
    station = station_of(ctx)
    first, last = day(station, since, "--from"), day(station, until, "--to")
    rows = station.airings(first, last, limit)
    if not rows and (first or last):  # a period typed wrong (01/01/0001) is not a blank screen
        echo_warning(
            _("nothing was logged between {first} and {last}").format(
                first=date_text(first), last=date_text(last)
            )
        )
    if as_json:
        click.echo(dumps(rows))
        return
    if not rows and not (first or last):  # a new station's blank screen said nothing (t28demo)
        click.echo(_("No airing is logged yet: each one is listed here once it has played."))
    zone = station.config.zone
    # each note as Nhật ký shows it: in Vietnamese whatever language the daemon logged it in
    for r, note in zip(rows, station.notes_shown([r["error"] for r in rows]), strict=True):
        ids = " ".join(f"{i['announcement_id']}@v{i['version']}" for i in r["items"])
        # on air: its length is not known until it ends ("0 giây" read as an empty airing)
        on_air = r["status"] == AiringStatus.STARTED
        duration = "-" if r["duration_s"] is None or on_air else duration_text(r["duration_s"])
        engines = ",".join(r["engines"]) or "-"
        status = AiringStatus(r["status"]).shown(r["sink"], r["withdrawn"], r["voided"])
        late = lateness(r, zone)  # an office emergency aired after an outage, too
        said = "; ".join(filter(None, (voided(r), aired_by(r), late, left_out(r), note,
                                       unheard(r))))  # fmt: skip
        click.echo(
            f"#{r['seq']:<5} {local_text(r['started_at'], zone)} {status:12} {duration:>14} "
            f"{engines:13} {ids}" + (f"  ! {said}" if said else "")
        )


@log.command(
    "export",
    help=N_(
        "Export the airing report (Vietnamese headings, local time): CSV, XLSX or a PDF to sign."
    ),
)
@format_option(REPORT_FORMATS, N_("If not given: the one the file's name ends in, else csv."))
@option("--from", "since", help=N_("First day: 30/11/2026, 2026-11-30, hôm nay, mai (tomorrow)…"))
@option("--to", "until", help=N_("Last day: 30/11/2026, 2026-11-30, hôm nay, mai (tomorrow)…"))
@option("--month", help=N_("A whole month (11/2026 or 2026-11), for the monthly report."))
@option("--campaign", help=N_("Only this campaign."))
@option("-o", "--output", required=True, type=click.Path(path_type=Path))
@click.pass_context
def log_export(
    ctx: click.Context,
    fmt: str | None,
    since: str | None,
    until: str | None,
    month: str | None,
    campaign: str | None,
    output: Path,
) -> None:
    if month and (since or until):
        raise click.ClickException(_("use --month or --from/--to, not both"))
    fmt = report_format(fmt, output, REPORT_FORMATS, "csv")
    station = station_of(ctx)
    first, last = day(station, since, "--from"), day(station, until, "--to")
    done = station.export_log(fmt, output, first, last, month, campaign)
    click.echo(
        ngettext("{file}: {n} line, {period}", "{file}: {n} lines, {period}", done.lines).format(
            file=output, n=done.lines, period=done.period
        )
    )
    click.echo(_("Log check: {head}").format(head=done.head))


@log.command(
    "verify",
    help=N_(
        "Check that no airing row was edited, deleted, reordered or rewritten "
        "since it was\nlogged (and, with --head, since the report that printed "
        "that chain head)."
    ),
)
@option(
    "--head",
    "head_hash",
    help=N_(
        "The chain head printed on a report (or its first 16+ characters): the log must "
        "still hold it."
    ),
)
@click.pass_context
def log_verify(ctx: click.Context, head_hash: str | None) -> None:
    verdict = station_of(ctx).verify_log(head_hash)
    if verdict.problem:
        raise click.ClickException(
            _("the airing log was tampered with: {problem}").format(problem=verdict.problem)
        )
    click.echo(_("The airing log is intact: {head}").format(head=verdict.head))


@cli.command(
    help=N_(
        "Copy the station (the store, safely even while it airs, and its "
        "audio) to FOLDER,\na new folder, e.g. on a USB stick. README: 'Backups "
        "and restoring'."
    ),
)
@argument("folder", type=click.Path(path_type=Path))
@click.pass_context
def backup(ctx: click.Context, folder: Path) -> None:
    made = station_of(ctx).backup(folder)
    click.echo(
        _("Backed up to {folder}: {files} file(s), {mb:.1f} MB").format(
            folder=made.folder, files=made.files, mb=made.bytes / 1e6
        )
    )
    click.echo(_("Log check: {head}").format(head=made.head))


# ----- the office's collector: the station's side ---------------------------------------------
@cli.command(
    help=N_("Ask the office's collector at URL to register this station for its airing log."),
)
@argument("url")
@option("--commune", help=N_("The commune's name as the office lists it (default: the station's)."))
@option(
    "--new-key",
    is_flag=True,
    help=N_(
        "Make a new key first (the office revoked this one): the old key is kept aside, the "
        "log stays; the office approves the new fingerprint."
    ),
)
@option("--yes", is_flag=True, help=N_("Do not ask first (with --new-key)."))
@click.pass_context
def enrol(ctx: click.Context, url: str, commune: str | None, new_key: bool, yes: bool) -> None:
    station = station_of(ctx)
    old = None
    if new_key:
        old = station.fingerprint
        if not yes:
            ask_first(
                _(
                    "This station's key (fingerprint {fingerprint}) will be kept aside and a new "
                    "one made; the office must approve the new fingerprint before the station "
                    "reports or receives emergencies again. Make a new key?"
                ).format(fingerprint=old),
                _("Nothing was changed: the station keeps its key. To make a new one: "
                  "broadcaster enrol {url} --new-key").format(url=url),
            )  # fmt: skip
        aside = station.new_key()
        if aside is not None:
            click.echo(_("The old key is kept in {path}.").format(path=aside))
    try:
        done = station.enrol(url, commune)
    except BroadcasterError as e:
        if old is None:
            raise
        raise BroadcasterError(
            _("{error}; the new key is made: run 'broadcaster enrol {url}' again (without "
              "--new-key).").format(error=e, url=url)
        ) from e  # fmt: skip
    click.echo(
        _("Enrolment sent to {url}: {status}.").format(
            url=done.url, status=enrolment_label(done.status)
        )
    )
    if done.status == "pending":
        click.echo(
            _("Read this fingerprint to the office by phone: {fingerprint}").format(
                fingerprint=done.fingerprint
            )
        )
    if old is not None:
        click.echo(
            _(
                "The office must approve this new fingerprint (broadcaster office station "
                "approve {fingerprint} --group GROUP) and revoke the old one, {old}, if it has "
                "not; the log continues where the office holds it."
            ).format(fingerprint=done.fingerprint, old=old)
        )


@cli.command(
    help=N_("Send the airing log's backlog to the office now (the daemon does it by itself)."),
)
@click.pass_context
def push(ctx: click.Context) -> None:
    result = station_of(ctx).push()
    click.echo(
        ngettext(
            "Sent {n} airing; the office holds the log up to #{seq}; backlog {backlog}.",
            "Sent {n} airings; the office holds the log up to #{seq}; backlog {backlog}.",
            result.sent,
        ).format(n=result.sent, seq=result.acked_seq, backlog=result.backlog)
    )


# ----- the office --------------------------------------------------------------------------------
def db_option(f: Callable[..., Any], check: bool = True) -> Callable[..., Any]:
    return option(
        "--db",
        "dsn",
        envvar="BROADCASTER_OFFICE_DB",
        callback=needed if check else None,
        help=N_("The office's PostgreSQL database, postgresql://… (else $BROADCASTER_OFFICE_DB, "
                "else office.toml)."),
    )(f)  # fmt: skip


def group_db_option(f: Callable[..., Any]) -> Callable[..., Any]:
    """--db on a group: asked for (dsn_of) only when a command uses it, so that a
    subcommand's --help works where no database is set yet."""
    return db_option(f, check=False)


def dsn_of(ctx: click.Context) -> str:
    """The database a group's --db gave (group_db_option), refused when given nowhere."""
    dsn: str | None = (ctx.obj or {}).get("dsn")
    if dsn is None:
        raise missing_setting(ctx, "dsn")
    return dsn


@contextmanager
def database_down_says(said: Callable[[], str]) -> Iterator[None]:
    """An emergency's command with the office's database down: the officer reads `said` (what
    did not happen, whom to call, that a phone call to the communes stops it now), not the
    technician's sentence with the database's address (o23web11 V5)."""
    from office.desk import DatabaseDown, DatabaseGone

    try:
        yield
    except (DatabaseDown, DatabaseGone) as e:  # nothing unrecorded is sent (o16net N2)
        raise click.ClickException(said()) from e


@cli.group(
    help=N_("The upstream office: the collector of the stations' airing logs, stations, reports."),
)
def office() -> None:
    pass


@office.command(
    "init",
    help=N_(
        "Write office.toml in the folder you work in: the office's database, keys, repository "
        "and\nreport heading, taken by every office command (asks for what is not given)."
    ),
)
@option("--db", "dsn", envvar="BROADCASTER_OFFICE_DB",
              help=N_("The office's PostgreSQL database, postgresql://…"))  # fmt: skip
@option("--keys", "keys_dir", type=TranslatedPath(file_okay=False, path_type=Path),
              help=N_("The signing keys' folder (from keys init)."))  # fmt: skip
@option("--repo", type=TranslatedPath(file_okay=False, path_type=Path),
              help=N_("The repository folder the web server serves to the stations."))  # fmt: skip
@option("--issuer", help=N_("The office, as the reports' heading names it."))
@option("--parent", help=N_("The body above the office (e.g. UBND tỉnh …)."))
@option("--place", help=N_("The place of the reports' date line."))
@option("--signer", help=N_("Who signs the reports (e.g. TRƯỞNG PHÒNG)."))
@click.pass_context
def office_init(ctx: click.Context, /, **given: Any) -> None:
    from office.desk import Office, OfficeSettings

    found: OfficeSettings = ctx.find_root().obj["office_settings"]
    asked: dict[str, Any] = {}
    for param, value in given.items():
        setting, _flag, what = OFFICE_SETTINGS[param]
        if value is None and sys.stdin.isatty():
            value = click.prompt(_(what).capitalize(), default="", show_default=False) or None
        asked[setting] = Path(value).resolve() if value and setting in ("keys", "repo") else value
    settings = OfficeSettings(found.path, **asked)
    Office.write_settings(settings)
    click.echo(_("Office settings written to {file}:").format(file=settings.path))
    shown = {**settings.given(), "db": settings.db_shown}
    for setting, _flag, what in OFFICE_SETTINGS.values():
        value = shown.get(setting)
        if setting == "keys" and value:
            value = _("set (the private keys' path is not printed)")
        click.echo(f"  {setting:7} {value or _('not set')}  ({_(what)})")
    click.echo(
        _("Every 'broadcaster office …' and 'broadcaster publish …' run in {folder} or a folder "
          "in it takes these; an option on the command line wins.").format(
            folder=settings.path.parent)
    )  # fmt: skip


@office.command(
    "serve",
    help=N_("Run the collector: stations enrol and push their signed airing logs to it."),
)
@db_option
@option("--host", default="127.0.0.1", show_default=True, help=N_("Put nginx in front."))
@option("--port", type=click.IntRange(1, 65535), default=8750, show_default=True)
@option("--threads", type=click.IntRange(1, 64), default=8, show_default=True)
@option("--keys", "keys_dir", type=click.Path(path_type=Path),
        help=N_("The keys folder holding emergency.pem: the cancels asked for from the web "
                "console are signed here."))  # fmt: skip
@option("--repo", type=TranslatedPath(file_okay=False, path_type=Path),
              help=N_("The repository folder the stations sync from."))  # fmt: skip
def office_serve(
    dsn: str, host: str, port: int, threads: int, keys_dir: Path | None, repo: Path | None
) -> None:
    from office.desk import Office, shown_db

    with Office.open(dsn):  # a database that is down is said instead of "running"
        pass
    click.echo(
        _("Collector on http://{host}:{port}, storing into {db}").format(
            host=host, port=port, db=shown_db(dsn)
        )
    )
    Office.serve(dsn, host, port, threads, keys_dir, repo)


@office.group("station", help=N_("The stations that enrolled, and their groups."))
def office_station() -> None:
    pass


def new_group_option(f: Callable[..., Any]) -> Callable[..., Any]:
    return option("--new-group", is_flag=True,
                  help=N_("Create the groups named that do not exist yet (else a typo is "
                          "refused)."))(f)  # fmt: skip


@contextmanager
def new_groups_hint() -> Iterator[None]:
    """A group that does not exist, refused with what to add if it is a new one."""
    from office.desk import UnknownGroup

    try:
        yield
    except UnknownGroup as e:
        if e.first:
            raise click.ClickException(str(e)) from e
        raise click.ClickException(f"{e} " + _("(a new group: add --new-group)")) from e


@office_station.command(
    "list",
    help=N_("List enrolled stations, those waiting for approval first."),
)
@db_option
@option("--group", help=N_("Only the stations of this group."))
@json_option
def office_station_list(dsn: str, group: str | None, as_json: bool) -> None:
    from office.desk import OFFICE_ZONE, STATION_STATUSES, Office, unpublished_said

    with Office.open(dsn) as desk:
        rows = desk.stations(group)
        silent = desk.serve_silent()  # why no commune is marked quiet, or reports are late
        namesakes = desk.namesakes_said({r["key_id"] for r in rows})
    if as_json:
        click.echo(dumps(rows))
        return
    if unpublished := unpublished_said(Office.read_settings().repo):
        click.echo(unpublished)
    if silent and rows:
        click.echo(silent)
    if not rows:
        click.echo(_("No station has asked to enrol yet (broadcaster enrol, at the commune)."))
        return
    statuses = {status: _(said) for status, said in STATION_STATUSES.items()}
    table = [
        (r["fingerprint"], statuses[r["shown"]],
         " ".join(filter(None, (r["commune"], continues_text(r),
                                f"({r['did_not_take']})" if r["did_not_take"] else None))),
         str(r["stored_through"]) if r["stored_through"] else _("none"),
         r["quiet"] or (local_text(r["last_contact"], OFFICE_ZONE) if r["last_contact"]
                        else _("never")),
         ", ".join(r["groups"]) or "-")
        for r in rows
    ]  # fmt: skip
    headings = (_("Fingerprint"), _("Status"), _("Commune"), _("Log received up to airing #"),
                _("Last contact"), _("Groups"))  # fmt: skip
    echo_table(headings, table)
    for r in rows:  # as its page says it: the quiet mark is gone once the link is back
        if r["cut_off_said"]:
            click.echo(f"{r['label']}: {r['cut_off_said']}")
    for said in namesakes:  # w27office #2: one commune, or two enrolled without districts?
        click.echo(said)


def echo_table(headings: Sequence[str], table: Sequence[Sequence[str]]) -> None:
    """A heading row, then the rows, each column as wide as its widest cell (a Vietnamese
    role name is longer than the English one)."""
    widths = [max(len(cell) for cell in column) for column in zip(headings, *table, strict=True)]
    for line in (headings, *table):
        click.echo("  ".join(c.ljust(w) for c, w in zip(line, widths, strict=True)).rstrip())


@office_station.command(
    "approve",
    help=N_("Approve a station whose FINGERPRINT was read to you by phone."),
)
@argument("fingerprint")
@db_option
@option("--group", "groups", multiple=True, help=N_("Put the station in this group (repeatable)."))
@new_group_option
@option("--no-group", is_flag=True,
        help=N_("Approve a station's new key into no group although its old key was in some "
                "(else it is refused)."))  # fmt: skip
@by_option(N_("Who approves the station (default: your login name)."))
@click.pass_context
def office_station_approve(
    ctx: click.Context, fingerprint: str, dsn: str, groups: tuple[str, ...], new_group: bool,
    no_group: bool, by: str,
) -> None:  # fmt: skip
    from office.desk import GroupsLeft, Office, approved_text

    if groups and no_group:
        raise click.UsageError(_("--group and --no-group do not go together"))
    try:
        with Office.open(dsn, repo=settings_repo(ctx)) as desk, new_groups_hint():
            by, who = office_person(ctx, desk, by)  # as an emergency's sender (o18web6)
            changed = desk.approve(fingerprint, groups, by, new_group, no_group)
            left_out = desk.left_out(changed)
    except GroupsLeft as e:
        offered = " ".join(f"--group {shlex.quote(g)}" for g in e.groups)
        raise click.ClickException(
            f"{e} " + _("(add {groups}, or --no-group)").format(groups=offered)
        ) from e
    click.echo(approved_text(changed))
    for said in left_out:  # an emergency to all that office serve is not there to send it
        echo_warning(said)
    if changed.broker_told is False:
        echo_broker_not_told()
    said_who(who)


def continues_text(row: dict[str, Any]) -> str:
    """'continues the log of station …' for a key that took over an older key's log."""
    from office.desk import OFFICE_ZONE

    if not row.get("continues"):
        return ""
    if row["continues_revoked_at"]:
        return _("continues the log of station {old} (revoked {when})").format(
            old=row["continues"], when=local_text(row["continues_revoked_at"], OFFICE_ZONE)
        )
    return _("continues the log of station {old} (not revoked yet)").format(old=row["continues"])


def echo_broker_not_told() -> None:
    """passwd is written but Mosquitto still runs on the old accounts (its probe account was
    refused: not told, or its path unit not installed): the officer is told what to run."""
    echo_warning(
        _("Mosquitto has not read its accounts again: run 'sudo systemctl reload mosquitto', "
          "or call the technician")
    )  # fmt: skip


@office_station.command(
    "rename",
    help=N_("Give the station its commune's right name (reports and messages use it)."),
)
@argument("fingerprint")
@option("--commune", required=True, help=N_("The commune's name, as reports print it."))
@db_option
def office_station_rename(fingerprint: str, commune: str, dsn: str) -> None:
    from office.desk import Office, renamed_text

    with Office.open(dsn) as desk:
        row = desk.rename(fingerprint, commune)
    click.echo("\n".join(renamed_text(row)))


@office_station.command(
    "groups",
    help=N_(
        "Move the station between groups: --remove the groups it leaves, --add those it "
        "joins\n(all or nothing). Campaigns follow at the next publish, emergencies at once."
    ),
)
@argument("fingerprint")
@option("--add", multiple=True, metavar=N_("GROUP"), help=N_("A group it joins (repeatable)."))
@option("--remove", multiple=True, metavar=N_("GROUP"),
              help=N_("A group it leaves (repeatable)."))  # fmt: skip
@new_group_option
@db_option
def office_station_groups(
    fingerprint: str, add: tuple[str, ...], remove: tuple[str, ...], new_group: bool, dsn: str
) -> None:
    from office.desk import Office

    with Office.open(dsn) as desk, new_groups_hint():
        row = desk.regroup(fingerprint, add, remove, new_group)
        left = set(desk.groups())
    click.echo(
        _("{commune} ({fingerprint}), groups: {groups}").format(
            commune=row["commune"], fingerprint=row["fingerprint"],
            groups=", ".join(row["groups"]) or "-",
        )
    )  # fmt: skip
    for group in sorted({" ".join(g.split()) for g in remove} - left):
        echo_warning(
            _("group '{group}' has no station left, so it no longer exists: a campaign published "
              "to it reaches no commune; to put a station in it again: office station groups "
              "FINGERPRINT --add {group} --new-group").format(group=group)
        )  # fmt: skip
    if not row["groups"]:
        echo_warning(
            _("{commune} is now in no group: it gets only campaigns and emergencies for every "
              "station").format(commune=row["commune"])
        )  # fmt: skip
    click.echo(_("Campaigns for a group reach it from the next publish; emergencies at once."))


def office_take_out_command(
    name: str, help: str, reason_help: str, by_help: str, retired: bool
) -> click.Command:
    """`office station revoke` (lost, stolen) or `retire` (left over by a merge)."""

    @office_station.command(name, help=help)
    @argument("fingerprint")
    @option("--reason", required=True, help=reason_help)
    @db_option
    @by_option(by_help)
    @option("--yes", is_flag=True, help=N_("Do not ask for confirmation (in scripts)."))
    @click.pass_context
    def command(ctx: click.Context, fingerprint: str, reason: str, dsn: str, by: str,
                yes: bool) -> None:  # fmt: skip
        office_take_out(ctx, fingerprint, reason, dsn, by, yes, retired)

    return command


office_station_revoke = office_take_out_command(
    "revoke",
    N_(
        "Stop trusting a lost or stolen station: its pushes and enrolments are refused, its "
        "broker\naccount removed, and emergencies to a group leave it out. It can still read "
        "what the\nrepository serves every station (campaigns and emergencies for everyone); "
        "groups.json\nlists it until the next publish. Run again, it writes the broker's files "
        "again.\nA station a merge leaves out of service: office station retire."
    ),
    N_("Why (lost, stolen, replaced…), kept in the register."),
    N_("Who revokes it (default: your login name)."),
    retired=False,
)
office_station_retire = office_take_out_command(
    "retire",
    N_(
        "Take out of service a station a merge of communes leaves over (the merged commune "
        "airs\nfrom its other station): as revoke, the office sends it nothing more, and its "
        "logs stay\nin the reports, marked retired; campaigns meant for it alone are named."
    ),
    N_("Why, kept in the register (the merge, the commune)."),
    N_("Who retires it (default: your login name)."),
    retired=True,
)


def office_take_out(
    ctx: click.Context, fingerprint: str, reason: str, dsn: str, by: str, yes: bool, retired: bool
) -> None:
    """Revoke a station, or retire it (a merge): asked first, then said, with the campaigns
    no commune receives any more."""
    from office.desk import OFFICE_ZONE, Office, orphaned_text

    with Office.open(dsn) as desk:
        by, who = office_person(ctx, desk, by)  # as an emergency's sender (o18web6)
        found = desk.station(fingerprint)
        if not yes and found["status"] != "revoked":  # again: nothing more is cut off
            (office_confirm_retire if retired else confirm_revoke)(found)
        changed = desk.revoke(fingerprint, by, reason, retired=retired)
    row = changed.station
    if changed.again:
        said = _("{commune} ({fingerprint}) was revoked already on {date} ({reason}); its broker "
                 "files are written again")  # fmt: skip
    elif retired:
        said = _("Retired {commune} ({fingerprint}): the office sends it nothing more; what it "
                 "logged stays in the reports, marked retired")  # fmt: skip
    else:
        said = _("Revoked {commune} ({fingerprint}): the office no longer trusts its key")
    click.echo(
        said.format(
            commune=row["commune"], fingerprint=row["fingerprint"], reason=row["revoked_reason"],
            date=local_text(row["revoked_at"], OFFICE_ZONE),
        )
    )  # fmt: skip
    if changed.broker_told:
        click.echo(_("Its broker account is removed and the broker was told."))
    elif changed.broker_told is False:
        echo_broker_not_told()
    for line in orphaned_text(changed):
        echo_warning(line)
    said_who(who)


def office_confirm_retire(found: dict[str, Any]) -> None:
    """Retiring is not undone either: the officer sees whose station it is, and says yes."""
    click.echo(
        _("The station of {commune} ({fingerprint}) will be retired: the office sends it "
          "nothing more (to use it again, the commune enrols it with a new key); what it "
          "logged stays in the reports.").format(
            commune=found["commune"], fingerprint=found["fingerprint"])
    )  # fmt: skip
    ask_first(
        _("Retire it?"),
        _("nothing was retired: answer y to retire {commune}'s station, or add --yes").format(
            commune=found["commune"]
        ),
    )


def confirm_revoke(found: dict[str, Any]) -> None:
    """A revoke cannot be undone (the commune makes a new key): the officer sees whose station
    the pasted code is, and says yes, before it happens."""
    click.echo(
        _("The station of {commune} ({fingerprint}) will be revoked. This cannot be undone: "
          "the commune would have to make a new key and enrol again.").format(
            commune=found["commune"], fingerprint=found["fingerprint"]
        )
    )  # fmt: skip
    ask_first(
        _("Revoke it?"),
        _("nothing was revoked: answer y to revoke {commune}'s station, or add --yes").format(
            commune=found["commune"]
        ),
    )


def ask_first(question: str, refusal: str) -> None:
    """An act that cannot be undone happens only on a 'y' (Enter, or no terminal, is a no):
    otherwise `refusal` says nothing was done and how to do it."""
    try:
        sure = click.confirm(question, default=False)
    except click.Abort:
        sure = False
    if not sure:
        raise click.ClickException(refusal)


@office.group(
    "broker",
    help=N_("The MQTT broker (Mosquitto) for emergencies and the doorbell."),
)
def office_broker() -> None:
    pass


@office_broker.command(
    "setup",
    help=N_("Remember the broker and write its password and ACL files from the register."),
)
@db_option
@option("--url", required=True, help=N_("What stations connect to: mqtts://HOST:8883."))
@option("--office-url", help=N_("What the office connects to (default: --url)."))
@option(
    "--dir",
    "folder",
    required=True,
    type=TranslatedPath(file_okay=False, path_type=Path),
    help=N_("Where Mosquitto reads passwd and acl (password_file, acl_file)."),
)
@option(
    "--pid-file",
    type=TranslatedPath(dir_okay=False, path_type=Path),
    help=N_("Mosquitto's pid_file: told (SIGHUP) when stations are approved."),
)
def office_broker_setup(
    dsn: str, url: str, office_url: str | None, folder: Path, pid_file: Path | None
) -> None:
    from office.desk import Office

    with Office.open(dsn) as desk:
        found, told = desk.set_up_broker(url, office_url, folder, pid_file)
    click.echo(
        _("Broker {url}: accounts and ACL written to {folder}").format(
            url=found.url, folder=found.folder
        )
    )
    # Mosquitto reads passwd and acl again on SIGHUP (a reload), but its listeners and the
    # files' paths only when it starts: a first setup needs the restart
    click.echo(
        _("Mosquitto was told to read them again; the first time (deploy/mosquitto.conf just "
          "installed), restart it once: sudo systemctl restart mosquitto") if told
        else _("Mosquitto has not read them yet: run 'sudo systemctl restart mosquitto' the "
               "first time, 'sudo systemctl reload mosquitto' after")
    )  # fmt: skip


@office.group(
    "emergency",
    invoke_without_command=True,
    help=N_("Send an emergency to every commune (or some): signed, over MQTT, aired at once."),
)
@group_db_option
@option("--text", help=N_("The notice, read aloud by each station."))
@option("--file", "audio", type=click.Path(path_type=Path),
              help=N_("A recording (served from --repo)."))  # fmt: skip
@option(
    "--to",
    "to",
    multiple=True,
    metavar=N_("GROUP|FINGERPRINT"),
    help=N_(
        "Only this group, or this station: its commune as the Stations page shows it, its "
        "code or the code's first 5 digits (repeatable); default: every station approved now. "
        "A group that has a commune's name: nhóm:NAME."
    ),
)
@option("--valid-minutes", type=click.FloatRange(min=1, max=1440), default=30.0,
              show_default=True, help=N_("Stations air it within this, never later."))  # fmt: skip
@option("--keys", "keys_dir", type=click.Path(path_type=Path),
              help=N_("The keys folder holding emergency.pem."))  # fmt: skip
@option("--repo", type=TranslatedPath(file_okay=False, path_type=Path),
              help=N_("The repository folder the stations sync from."))  # fmt: skip
@by_option(N_("Who sends it (default: your login name)."))
@option("--again", is_flag=True, help=N_("Send it though the same was sent in the last 30 min."))
@click.pass_context
def office_emergency(
    ctx: click.Context, dsn: str | None, text: str | None, audio: Path | None,
    to: tuple[str, ...], valid_minutes: float, keys_dir: Path | None, repo: Path | None, by: str,
    again: bool,
) -> None:  # fmt: skip
    from office.desk import OFFICE_ZONE, Office, Publisher, emergency_not_sent

    ctx.obj = {**(ctx.obj or {}), "dsn": dsn, "keys_dir": keys_dir, "repo": repo}
    if ctx.invoked_subcommand:
        return
    if keys_dir is None or repo is None:
        raise missing_setting(ctx, "keys_dir" if keys_dir is None else "repo")
    with database_down_says(emergency_not_sent), Office.open(dsn_of(ctx)) as desk:
        by, who = office_person(ctx, desk, by)
        sent = desk.send_emergency(Publisher(keys_dir, repo), text, audio, to, valid_minutes,
                                   by, again)  # fmt: skip
        later = None if to else desk.approved_later_said()
        quiet = desk.quiet_among(sent.id)
    click.echo(
        _("Emergency {id} sent to {n} station(s), valid until {until}").format(
            id=sent.id, n=sent.targets, until=local_text(sent.valid_until, OFFICE_ZONE)
        )
    )
    for line in quiet:  # o22web10 Z2: the phone call, said while she looks
        click.echo(line)
    for said in sent.namesakes:  # w27office #2: one commune, or two enrolled without districts?
        echo_warning(said)
    if later:  # o16web4 C11: the signed message names them; one approved later, by serve
        click.echo(later)
    if not sent.published:
        click.echo(
            _("warning: the broker did not take it: {problem}. Stations get it at their next "
              "check: within a minute when they can reach the office's repository").format(
                problem=sent.problem
            ),
            err=True,
        )  # fmt: skip
    if sent.sent_before:
        click.echo(
            _("The same emergency was sent to them before, at {time} ({id}).").format(
                time=local_text(sent.sent_before[1], OFFICE_ZONE), id=sent.sent_before[0]
            )
        )
    click.echo(_("Follow it: broadcaster office emergency status {id}").format(id=sent.id))
    said_who(who)


@office_emergency.command(
    "status",
    help=N_("Each targeted commune's state: received, on air, aired, refused… or silent."),
)
@argument("message_id")
@json_option
@click.pass_context
def office_emergency_status(ctx: click.Context, message_id: str, as_json: bool) -> None:
    from office.desk import Office, emergency_not_read

    with (
        database_down_says(lambda: emergency_not_read(message_id)),
        Office.open(dsn_of(ctx), repo=ctx.obj.get("repo")) as desk,
    ):
        found = desk.emergency(message_id)
        silent = desk.serve_silent()  # its counts lack what the communes aired since
    if as_json:
        click.echo(dumps(found))
        return
    click.echo(f"{found.id}  {found.sent_title}")
    if silent:
        click.echo(silent)
    click.echo(_("Text: {text}").format(text=found.text) if found.text else _("A recording"))
    if found.cancelled_at:
        click.echo(sentence(cancelled_line(found.cancelled_at, found.cancelled_by)))
        if later := found.asked_earlier():
            click.echo(later)
    elif found.cancel_request:  # from the web console, for `office serve` to sign
        click.echo(found.cancel_request.said)
    for line in found.communes:
        reason = f" — {line.reason}" if line.reason else ""  # a reason may hold parentheses
        click.echo(f"{line.commune:28} {line.fingerprint}  {line.label}{reason}")
    click.echo(", ".join(f"{label} {n}" for label, n in found.counts.items()))
    if found.not_aired:
        click.echo(
            _("Emergency not aired at {n} station(s): {communes}").format(
                n=len(found.not_aired), communes=", ".join(found.not_aired)
            )
        )
    if found.heard_said:
        click.echo(found.heard_said)
    if found.hint:
        click.echo(found.hint)


def cancelled_line(at: datetime, by: str | None) -> str:
    from office.desk import OFFICE_ZONE

    return _("cancelled at {time}, by {by}").format(time=local_text(at, OFFICE_ZONE), by=by)


@office_emergency.command(
    "cancel",
    help=N_("Take back an emergency sent by mistake: the communes that have not aired it never "
            "will."),
)  # fmt: skip
@argument("message_id")
@by_option(N_("Who cancels it (default: your login name)."))
@option("--yes", is_flag=True, help=N_("Do not ask for confirmation (in scripts)."))
@click.pass_context
def office_emergency_cancel(ctx: click.Context, message_id: str, by: str, yes: bool) -> None:
    from office.desk import Office, Publisher, emergency_not_cancelled, heard_line

    keys_dir, repo = ctx.obj.get("keys_dir"), ctx.obj.get("repo")
    if keys_dir is None or repo is None:
        raise missing_setting(ctx, "keys_dir" if keys_dir is None else "repo")
    with (
        database_down_says(lambda: emergency_not_cancelled(message_id)),
        Office.open(dsn_of(ctx)) as desk,
    ):
        by, who = office_person(ctx, desk, by)
        found = desk.emergency(message_id)
        if not yes and not found.cancelled_at:  # a cancelled one is refused below, unasked
            confirm_cancel(found)
        done = desk.cancel_emergency(message_id, by, Publisher(keys_dir, repo))
    click.echo(
        _("Emergency {id} cancelled: the communes that have not aired it will not").format(
            id=done.id
        )
    )
    click.echo(heard_line(done.heard))
    if warning := done.broker_warning():
        click.echo(warning, err=True)
    said_who(who)


def confirm_cancel(found: EmergencyStatus) -> None:
    """The officer sees which emergency and which communes the pasted id is, and says yes."""
    said = found.text or _("a recording")
    communes = ", ".join(line.commune for line in found.communes) or "-"
    click.echo(
        _('Emergency {id} "{text}" for {communes} will be cancelled.').format(
            id=found.id, text=said, communes=communes
        )
    )
    ask_first(
        _("Cancel it?"),
        _("nothing was cancelled: answer y to cancel emergency {id}, or add --yes").format(
            id=found.id
        ),
    )


@office_emergency.command(
    "list",
    help=N_("The emergencies sent, newest first: when, the first words, for whom, who aired."),
)
@option("--limit", type=click.IntRange(min=1), default=20, show_default=True)
@json_option
@click.pass_context
def office_emergency_list(ctx: click.Context, limit: int, as_json: bool) -> None:
    from office.desk import OFFICE_ZONE, Office, emergency_not_read

    with database_down_says(emergency_not_read), Office.open(dsn_of(ctx)) as desk:
        lines = desk.emergencies(limit)
        silent = desk.serve_silent()  # its counts lack what the communes aired since
    if as_json:
        click.echo(dumps(lines))
        return
    if silent and lines:
        click.echo(silent)
    for line in lines:
        words = (line.text or "").split()
        said = " ".join(words[:12]) + (" …" if len(words) > 12 else "") or _("a recording")
        aired = line.aired_said + (f" ({line.latest})" if line.latest else "")
        when = local_text(line.issued_at, OFFICE_ZONE)
        cancelled = line.cancelled_at and cancelled_line(line.cancelled_at, line.cancelled_by)
        cancelled = f" — {cancelled or line.ended}" if cancelled or line.ended else ""
        click.echo(f"{when}  {line.id}  {said} — {line.whom} — {aired}{cancelled}")
        if line.cancel_request and not line.cancelled_at:  # asked at the console (C3)
            click.echo(f"    {line.cancel_request.said}")
    if not lines:
        click.echo(_("No emergency has been sent yet."))


def fleet_month_options(f: Callable[..., Any]) -> Callable[..., Any]:
    """The office's database, a month, and what narrows it (a campaign, a group)."""
    for decorate in reversed((
        db_option,
        option("--month", required=True, help=N_("The month (11/2026 or 2026-11).")),
        option("--campaign", help=N_("Only this campaign's announcements.")),
        option("--group", help=N_("Only the communes of this group.")),
    )):  # fmt: skip
        f = decorate(f)
    return f


@office.command(
    "report",
    help=N_(
        "The month per commune: planned, aired, missed, failed, minutes, "
        "versions aired, last\ncontact, and whether its log's chain holds; plus "
        "the silent communes."
    ),
)
@fleet_month_options
@format_option(REPORT_FORMATS, N_("If not given: the one the file's name ends in, else xlsx."))
@option("-o", "--output", required=True, type=TranslatedPath(dir_okay=False, path_type=Path))
@option("--issuer", help=N_("The office, as the PDF's heading names it."))
@option("--parent", default="", help=N_("The body above the office (e.g. UBND tỉnh …)."))
@option("--place", default="", help=N_("The place of the PDF's date line."))
@option("--signer", help=N_("Who signs the PDF (e.g. GIÁM ĐỐC)."))
@option("--repo", type=TranslatedPath(file_okay=False, path_type=Path),
        help=N_("The repository the stations sync from: the titles of the notices published "
                "before the database kept them (else office.toml's repo)."))  # fmt: skip
def office_report(
    dsn: str, month: str, campaign: str | None, group: str | None, fmt: str | None, output: Path,
    issuer: str | None, parent: str, place: str, signer: str | None, repo: Path | None,
) -> None:  # fmt: skip
    from office.desk import Office

    fmt = report_format(fmt, output, REPORT_FORMATS, "xlsx")
    with Office.open(dsn) as desk:
        made = desk.add_unaired(desk.report(month, campaign, group), repo)
    Office.export_report(made, fmt, output, issuer, parent, place, signer)
    broken = sum(1 for line in made.communes if line.chain_break)
    said = (_("{file}: {communes} commune(s), {period}; {silent} silent for over a day, "
              "{broken} with a broken log chain") if made.commune_count == made.station_count
            else _("{file}: {communes} commune(s) on {stations} stations, {period}; {silent} "
                   "silent for over a day, {broken} with a broken log chain"))  # fmt: skip
    click.echo(said.format(file=output, communes=made.commune_count,
                           stations=made.station_count, period=mid_sentence(made.label),
                           silent=len(made.silent), broken=broken))  # fmt: skip


@office.command(
    "lines",
    help=N_(
        "Every commune's airings of the month, one line per announcement, in the columns of "
        "a\nstation's own 'log export' (so the tables of many communes are one table)."
    ),
)
@fleet_month_options
@format_option(("csv", "xlsx"), N_("If not given: the one the file's name ends in, else csv."))
@option("-o", "--output", required=True, type=TranslatedPath(dir_okay=False, path_type=Path))
def office_lines(
    dsn: str, month: str, campaign: str | None, group: str | None, fmt: str | None, output: Path
) -> None:
    from office.desk import Office

    fmt = report_format(fmt, output, ("csv", "xlsx"), "csv")
    with Office.open(dsn) as desk:
        count, period = desk.export_lines(month, fmt, output, campaign, group)
    click.echo(_("{file}: {lines} airing line(s), {period}").format(
        file=output, lines=count, period=mid_sentence(period)))  # fmt: skip


@office.command(
    "aired",
    help=N_(
        "Which communes aired notice ID (version N), or every notice of campaign ID, how "
        "often,\nand which did not; with --repo, the communes a campaign is not for apart."
    ),
)
@argument("announcement", metavar=N_("ID"), required=False)
@db_option
@option("--version", "version", type=click.IntRange(min=1), help=N_("Only this version."))
@option("--month", help=N_("Only this month (11/2026 or 2026-11)."))
@option("--group", help=N_("Only the communes of this group."))
@option("--repo", type=TranslatedPath(file_okay=False, path_type=Path),
        help=N_("The repository the stations sync from: whom each campaign is for "
                "(else office.toml's repo)."))  # fmt: skip
@json_option
def office_aired(
    announcement: str | None, dsn: str, version: int | None, month: str | None, group: str | None,
    repo: Path | None, as_json: bool,
) -> None:  # fmt: skip
    from office.desk import OFFICE_ZONE, Office

    with Office.open(dsn) as desk:
        found = desk.aired(announcement, version, month, group, repo)
        namesakes = desk.namesakes_said({line.commune for line in found.aired} | {
            *found.not_aired})  # fmt: skip
    communes = found.communes()
    if as_json:
        click.echo(dumps({"kind": found.kind, "title": found.title, "aired": found.aired,
                          "not_aired": found.not_aired, "why": found.why,
                          "not_sent_to": found.outside,
                          "withdrawn_at": found.withdrawn,
                          "reaches_nobody": found.unreached,
                          "namesakes": namesakes,
                          "communes": {**communes._asdict(),
                                       "stations": found.merged}}))  # fmt: skip
        return
    untitled = found.title == announcement  # the office knows no title: the code once (X6)
    took = (
        (_("notice '{id}'") if untitled else _("notice “{title}” ({id})"))
        if found.kind == "announcement"
        else (_("campaign '{id}', every notice in it") if untitled
              else _("campaign “{title}” ({id}), every notice in it"))
    ).format(title=found.title, id=announcement)  # fmt: skip
    click.echo(took)
    if found.withdrawn:  # o20web8 X3: not a typo, and who aired it did so before
        click.echo((_("The office withdrew it at {time}: the communes below aired it before "
                      "that; none is to air it now.") if found.aired else
                    _("The office withdrew it at {time}, before any commune aired it; none is "
                      "to air it now.")  # o22web10 Z6: "the communes below", then none
                    ).format(time=local_text(found.withdrawn, OFFICE_ZONE)))  # fmt: skip
    heading = None  # a merged commune's name, its stations' lines under it
    for line in sorted(found.aired, key=lambda line: (
            found.merged.get(line.commune, line.commune), line.commune)):  # fmt: skip
        if (commune := found.merged.get(line.commune)) and commune != heading:
            stations = sum(1 for of in found.merged.values() if of == commune)
            click.echo(ngettext("{commune} ({n} station):", "{commune} ({n} stations):",
                                stations).format(commune=commune, n=stations))  # fmt: skip
        heading = commune
        airings = ngettext("{n} airing", "{n} airings", line.airings).format(n=line.airings)
        notice = f"{line.name}  " if found.kind == "campaign" else ""
        name = f"  {line.commune:26}" if commune else f"{line.commune:28}"
        click.echo(
            f"{name} {notice}v{line.version:<3} {airings:>12}, "
            f"{local_text(line.first, OFFICE_ZONE)} – {local_text(line.last, OFFICE_ZONE)}"
        )
    what = f"{announcement} v{version}" if version else announcement
    click.echo(
        _("{communes} commune(s) aired {what}; not aired in {n}: {missing}").format(
            communes=len(communes.aired),
            what=what,
            n=len(communes.not_aired),
            missing=communes.not_aired_said or "-",
        )
    )
    if found.outside:
        click.echo(
            _("{n} station(s) not in the groups it is for: {communes}").format(
                n=len(found.outside), communes=", ".join(found.outside)
            )
        )
    if found.unreached:  # o23web11 V2: each station it is for retired or revoked
        click.echo(_("It reaches no commune now: the stations it is for are retired or revoked; "
                     "publish it again with --to the communes that are to air it."))  # fmt: skip
    for said in namesakes:  # w27office #2: how the office took them for one commune
        click.echo(said)


class DecimalRange(click.FloatRange):
    """A number typed either way: "0,05" as Vietnamese writes it, or "0.05"."""

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        return super().convert(value.replace(",", ".") if isinstance(value, str) else value,
                               param, ctx)  # fmt: skip


@office.command(
    "silent",
    help=N_("Approved stations the office has not heard from for more than HOURS."),
)
@db_option
@option(
    "--hours",
    type=DecimalRange(min=0),
    default=24,
    show_default=True,
    metavar=N_("HOURS"),
    help=N_("Silent for more than this many hours (0,5: half an hour)."),
)
@option("--group", help=N_("Only the communes of this group."))
@json_option
def office_silent(dsn: str, hours: float, group: str | None, as_json: bool) -> None:
    from office.desk import OFFICE_ZONE, Office

    with Office.open(dsn) as desk:
        lines = desk.silent(hours, group)
    if as_json:
        click.echo(dumps(lines))
        return
    for line in lines:
        since = local_text(line.last_contact, OFFICE_ZONE) if line.last_contact else _("never")
        click.echo(f"{line.commune:28} " + _("last contact {when}").format(when=since))
    click.echo(
        _("{n} station(s) silent for more than {hours} hour(s)").format(
            n=len(lines), hours=decimal(hours)
        )
    )


# ----- the web console and its accounts ----------------------------------------------------------
@cli.group(help=N_("Accounts of the web console: operator, approver or admin."))
def user() -> None:
    pass


ROLE_NAMES = [role.value for role in Role]


def read_password() -> str:
    """From the terminal, typed twice without echo; or one line of stdin when piped."""
    if sys.stdin.isatty():
        return str(
            click.prompt(
                _("Password"), hide_input=True, confirmation_prompt=_("The password again")
            )
        )
    return sys.stdin.readline().rstrip("\r\n")


def person_options(f: F) -> F:
    """--full-name and --position: the person behind an account, as reports name them."""
    f = option("--position", default="", help=N_("Their position, e.g. 'Chủ tịch UBND xã'."))(f)
    return option("--full-name", default="",
                  help=N_("The person's full name, as reports print it."))(f)  # fmt: skip


@user.command("add", help=N_("Add an account; its password is asked for (or read from stdin)."))
@argument("name")
@option("--role", required=True, type=click.Choice(ROLE_NAMES))
@person_options
@click.pass_context
def user_add(ctx: click.Context, name: str, role: str, full_name: str, position: str) -> None:
    account = station_of(ctx).accounts.add(name, role, read_password(), full_name, position)
    click.echo(_("Account '{name}' added ({role}).").format(
        name=account.name, role=account.role.label))  # fmt: skip


@user.command("person", help=N_("Set the full name and position of an account's person."))
@argument("name")
@person_options
@click.pass_context
def user_person(ctx: click.Context, name: str, full_name: str, position: str) -> None:
    account = station_of(ctx).accounts.set_person(name, full_name, position)
    click.echo(account.named_from_now())


@user.command("list", help=N_("List the accounts and their roles."))
@json_option
@click.pass_context
def user_list(ctx: click.Context, as_json: bool) -> None:
    station = station_of(ctx)
    list_accounts(station.accounts.list(), station.config.zone, as_json)


def list_accounts(accounts: list[Account], zone: ZoneInfo, as_json: bool) -> None:
    """One line per account: name, role, since when, and the person behind it."""
    if as_json:
        click.echo(dumps([a.fields() for a in accounts]))
        return
    locked = any(a.lock_text(zone) for a in accounts)  # its column only while some account is
    table = [[a.name, a.role.label, local_text(a.created_at, zone), a.person if a.full_name else "",
              *([a.lock_text(zone)] if locked else [])] for a in accounts]  # fmt: skip
    headings = [_("Account"), _("Role"), _("Since"), _("Full name"), *([_("Log-in")] * locked)]
    echo_table(headings, table)


@user.command("remove", help=N_("Remove an account (it can no longer log in)."))
@argument("name")
@click.pass_context
def user_remove(ctx: click.Context, name: str) -> None:
    station_of(ctx).accounts.remove(name)
    click.echo(_("Account '{name}' removed.").format(name=name))


@user.command("passwd", help=N_("Set a new password for an account (its open sessions end)."))
@argument("name")
@click.pass_context
def user_passwd(ctx: click.Context, name: str) -> None:
    station_of(ctx).accounts.set_password(name, read_password())
    click.echo(_("The password of '{name}' is changed; they must log in again.").format(name=name))


@user.command("role", help=N_("Change an account's role."))
@argument("name")
@argument("role", type=click.Choice(ROLE_NAMES))
@click.pass_context
def user_role(ctx: click.Context, name: str, role: str) -> None:
    account = station_of(ctx).accounts.set_role(name, role)
    click.echo(_("'{name}' is now {role}.").format(name=account.name, role=account.role.label))


@office.group("user", help=N_("Accounts of the office's web console: viewer or admin."))
def office_user() -> None:
    pass


OFFICE_ROLE_NAMES = ["viewer", "admin"]


@office_user.command("add", help=N_("Add an account; its password is asked for (or read from "
                                    "stdin)."))  # fmt: skip
@argument("name")
@option(
    "--role",
    required=True,
    type=click.Choice(OFFICE_ROLE_NAMES),
    help=N_("viewer reads every page; admin also approves stations and manages accounts."),
)
@person_options
@db_option
def office_user_add(name: str, role: str, full_name: str, position: str, dsn: str) -> None:
    from office.desk import Office

    with Office.open(dsn) as desk:
        account = desk.accounts.add(name, role, read_password(), full_name, position)
    click.echo(_("Account '{name}' added ({role}).").format(
        name=account.name, role=account.role.label))  # fmt: skip


@office_user.command("list", help=N_("List the accounts and their roles."))
@db_option
@json_option
def office_user_list(dsn: str, as_json: bool) -> None:
    from office.desk import OFFICE_ZONE, Office

    with Office.open(dsn) as desk:
        accounts = desk.accounts.list()
    list_accounts(accounts, OFFICE_ZONE, as_json)


@office_user.command("remove", help=N_("Remove an account (it can no longer log in)."))
@argument("name")
@db_option
def office_user_remove(name: str, dsn: str) -> None:
    from office.desk import Office

    with Office.open(dsn) as desk:
        desk.accounts.remove(name)
    click.echo(_("Account '{name}' removed.").format(name=name))


@office_user.command("passwd", help=N_("Set a new password for an account (its open sessions "
                                       "end)."))  # fmt: skip
@argument("name")
@db_option
def office_user_passwd(name: str, dsn: str) -> None:
    from office.desk import Office

    with Office.open(dsn) as desk:
        desk.accounts.set_password(name, read_password())
    click.echo(_("The password of '{name}' is changed; they must log in again.").format(name=name))


@cli.command(help=N_("The operator's web console, for a browser or a phone."))
@port_option(8080)
@click.pass_context
def web(ctx: click.Context, host: str, port: int) -> None:
    from web import create_app  # the second door: Flask is slow to import
    from web.server import yield_to_the_daemon

    app = started(
        lambda: create_app(ctx.obj["root"]),
        _("{problem}: create one with: broadcaster user add NAME --role admin"),
    )
    serve_console(app, host, port, yield_to_the_daemon)


def started(make: Callable[[], Any], create_one: str) -> Any:
    """The console `make` builds, or, when nobody could manage it, the sentence `create_one`
    (with its {problem}) saying which command makes an admin."""
    try:
        return make()
    except NoAdminAccount as e:
        raise click.ClickException(create_one.format(problem=e)) from e


def serve_console(
    app: Any, host: str, port: int, before: Callable[[], None] = lambda: None
) -> None:
    """Serve a console (the commune's or the office's) until Ctrl-C, warning when the network
    can reach it without HTTPS."""
    from web.server import address, is_loopback, make_server

    if not is_loopback(host):
        click.echo(
            _(
                "warning: the console listens on {host}, open to the network: put it behind "
                "HTTPS (nginx with a certificate, see the README) so that passwords do not "
                "cross the LAN readable."
            ).format(host=host),
            err=True,
        )
    try:
        server = make_server(app, host, port)
    except OSError as e:
        raise click.ClickException(
            _("cannot listen on {host}:{port}: {reason}").format(
                host=host, port=port, reason=describe(e)
            )
        ) from e
    click.echo(_("Web console: {url} (stop with Ctrl-C)").format(url=address(server)))
    before()
    with contextlib.suppress(KeyboardInterrupt):  # Ctrl-C: stop quietly
        server.run()


@office.command(
    "web",
    help=N_(
        "The office's web console, for a browser or a phone: the month, the stations, "
        "the emergencies sent."
    ),
)
@db_option
@port_option(8090)
@click.pass_context
def office_web(ctx: click.Context, dsn: str, host: str, port: int) -> None:
    from web.office import create_office_app  # Flask is slow to import

    app = started(
        lambda: create_office_app(dsn, ctx.find_root().obj.get("office_settings")),
        _("{problem}: create one with: broadcaster office user add NAME --role admin"),
    )
    serve_console(app, host, port)


@office.command(
    "console-role",
    help=N_(
        "Let PostgreSQL's ROLE (made with: sudo -u postgres createuser ROLE) be the web "
        "console's:\nit reads every table and writes only what the console's forms write. Run "
        "by the\ndatabase's owner, once, and again after each upgrade."
    ),
)
@argument("role")
@db_option
def office_console_role(dsn: str, role: str) -> None:
    from office.desk import Office

    with Office.open(dsn) as desk:
        desk.grant_console(role)
    click.echo(
        _("The role '{role}' may now read the office's database and write only what the web "
          "console writes: give it to the console (office web --db "
          "'postgresql://{role}@/…').").format(role=role)
    )  # fmt: skip


def main() -> None:
    speak_station_language(station_root(sys.argv[1:]))
    cli()


def station_root(args: list[str]) -> Path:
    """The station folder the command line names, found before click parses it, so that
    the help and the errors of every command are in the station's language."""
    for i, arg in enumerate(args):
        if arg == "--station" and i + 1 < len(args):
            return Path(args[i + 1])
        if arg.startswith("--station="):
            return Path(arg.removeprefix("--station="))
    return Path(os.environ.get("BROADCASTER_HOME") or "station")


if __name__ == "__main__":
    main()
