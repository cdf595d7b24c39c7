"""broadcaster: the command line, the first door over the station.

Each command parses its arguments, calls the facade (`Station` in broadcaster/station.py; the
office's `Office` and `Publisher` in office/desk.py), prints what it answers and picks the
exit code. Nothing is decided here that the web console would have to decide again: the
facade's errors name no option, and this door adds the option at fault (`field`) itself.
"""

from __future__ import annotations

import contextlib
import os
import signal
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from broadcaster.accounts import NoAdminAccount, Role
from broadcaster.airing_log import AiringStatus
from broadcaster.jingles import JingleRole
from broadcaster.station import (
    InQuietHours,
    NotApproved,
    Progress,
    Station,
    dumps,
    refusal,
    speak_station_language,
)
from broadcaster.station import (
    normalize as normalize_text,
)
from common.errors import BroadcasterError
from common.i18n import _
from common.localtime import duration_text, local_text
from office.desk import KEY_ROLES, OFFICE_ZONE, Office, Publisher, root_fingerprint
from schedules.silence import Silence

if TYPE_CHECKING:
    from broadcaster.program import Program
    from schedules.silence import WontAir
    from schedules.slots import Slot


class Command(click.Command):
    """Turns a refusal from below (the station's, the store's, a file's) into one sentence
    and exit code 1, naming the option at fault when the refusal names its value."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except Exception as e:  # click's own exceptions are no refusal: raised again
            sentence = refusal(e, ctx.find_root().obj["root"])
            if sentence is None:
                raise
            raise click.ClickException(option_hint(ctx, e) + sentence + hint(e)) from e


def hint(error: BaseException) -> str:
    """What to type next, for the refusals that have an obvious next command."""
    if isinstance(error, NotApproved):
        return f" (broadcaster announce approve {error.announcement_id} --by NAME)"
    if isinstance(error, InQuietHours):
        return " " + _("(to air it anyway: broadcaster play … --despite-quiet-hours REASON)")
    return ""


def option_hint(ctx: click.Context, error: BaseException) -> str:
    """`--by: ` when the error is about the value of this command's option --by."""
    field = getattr(error, "field", None)
    for param in ctx.command.params:
        if field and param.name == field and isinstance(param, click.Option):
            return f"{max(param.opts, key=len)}: "
    return ""


class Commands(click.Group):
    command_class = Command
    group_class = type  # subgroups are Commands too


def station_of(ctx: click.Context) -> Station:
    return Station.open(ctx.find_root().obj["root"])


def json_option(f: Callable[..., Any]) -> Callable[..., Any]:
    return click.option("--json", "as_json", is_flag=True, help="Print one JSON array.")(f)


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
        raise click.ClickException(f"{option}: {e}") from None


DAY_HELP = "30/11/2026, 2026-11-30, hôm nay, mai (tomorrow)…"


@click.group(cls=Commands)
@click.option(
    "--station",
    "root",
    envvar="BROADCASTER_HOME",
    default="station",
    type=click.Path(file_okay=False, path_type=Path),
    help="Station folder (else $BROADCASTER_HOME, else ./station).",
)
@click.version_option(package_name="broadcaster")
@click.pass_context
def cli(ctx: click.Context, root: Path) -> None:
    """Commune loudspeaker station: announcements in, programs on air, every airing logged."""
    ctx.obj = {"root": root}


@cli.command()
@click.option("--name", default="Đài truyền thanh xã", show_default=True)
@click.option("--timezone", default="Asia/Ho_Chi_Minh", show_default=True)
@click.option(
    "--quiet-hours",
    default="21:00-05:00",
    show_default=True,
    help="HH:MM-HH:MM when only emergencies air, or 'none'.",
)
@click.option("--sample", help="Also add a sample campaign (e.g. bluezone).")
@click.pass_context
def init(
    ctx: click.Context, name: str, timezone: str, quiet_hours: str, sample: str | None
) -> None:
    """Create a station folder: station.toml, the store and default jingles."""
    station = Station.create(ctx.obj["root"], name, timezone, quiet_hours)
    click.echo(f"Created station '{name}' in {station.root}")
    click.echo(f"Station fingerprint (read it to the office): {station.fingerprint}")
    if sample:
        added, slots = station.add_sample(sample)
        for result in added:
            click.echo(f"  added {result.id} (version {result.version}, a draft to approve)")
        for scheduled in slots:
            echo_slot(scheduled.slot, scheduled.minutes)


# ----- announcements ---------------------------------------------------------------------------
@cli.group()
def announce() -> None:
    """Announcements: scripts to synthesise or recordings to air."""


@announce.command("add")
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.pass_context
def announce_add(ctx: click.Context, files: tuple[Path, ...]) -> None:
    """Add or update announcements from .md/.txt files with front matter, or audio files."""
    station = station_of(ctx)
    for result in station.add_announcements(files):
        click.echo(f"{result.change:9} {result.id} (version {result.version})")
        for warning in result.warnings:
            click.echo(f"warning: {result.id}: {warning}", err=True)
        if result.guessed_note:
            click.echo(f"warning: {result.id}: {result.guessed_note}", err=True)
        echo_losses(station, result.lost)


def echo_losses(station: Station, losses: Sequence[WontAir]) -> None:
    """Say what a change took off the air (on stderr: it is a warning), with the command
    that puts a draft back."""
    for wont in losses:
        line = _("warning: {problem}").format(problem=station.wont_air_text(wont))
        if wont.reason is Silence.DRAFT:
            line += f" (broadcaster announce approve {wont.announcement_id} --by NAME)"
        click.echo(line, err=True)


@announce.command("list")
@click.option("--all", "include_retired", is_flag=True, help="Include retired ones.")
@json_option
@click.pass_context
def announce_list(ctx: click.Context, include_retired: bool, as_json: bool) -> None:
    """List announcements."""
    found = station_of(ctx).announcements(include_retired)
    if as_json:
        click.echo(dumps(found))
        return
    for a in found:
        click.echo(
            f"{a.id:28} v{a.version:<3} {a.kind:9} {a.priority:9} "
            f"x{a.repeat} {a.campaign or '-':12} {a.status:7} {a.title}"
        )


@announce.command("show")
@click.argument("announcement_id")
@json_option
@click.pass_context
def announce_show(ctx: click.Context, announcement_id: str, as_json: bool) -> None:
    """Show one announcement, its versions, what changed since the version approved last,
    and the text the engines will read."""
    station = station_of(ctx)
    found = station.announcement(announcement_id)
    diff = station.approval_diff(announcement_id)
    if as_json:
        click.echo(dumps(found.fields(detail=True) | {"changes_since_approved": diff}))
        return
    shown = found.fields()
    for key in ("id", "title", "campaign", "priority", "repeat", "kind", "voice", "valid_from",
                "valid_until", "status", "version"):  # fmt: skip
        click.echo(f"{key + ':':13}{shown[key] if shown[key] is not None else '-'}")
    versions = ", ".join(f"v{v.version} ({v.created_at})" for v in found.versions)
    click.echo(f"{'versions:':13}{versions}")
    if diff:
        click.echo(
            "\n"
            + _("Changes since version {approved}, the one approved last:").format(
                approved=diff.approved_version
            )
        )
        for line in diff.text_diff:
            click.echo(line)
        if diff.recording_changed:
            click.echo(_("The recording is not the one approved."))
        if not diff.text_diff and not diff.recording_changed:
            click.echo(_("(the same text and recording)"))
    if found.spoken_text:
        click.echo(f"\nSpoken form:\n{found.spoken_text}")


@announce.command("approve")
@click.argument("ids", nargs=-1)
@click.option("--campaign", help="Also every announcement of this campaign waiting for approval.")
@click.option("--by", "by", required=True, help="Who approves (goes into every airing's row).")
@click.pass_context
def announce_approve(
    ctx: click.Context, ids: tuple[str, ...], campaign: str | None, by: str
) -> None:
    """Approve the current version of announcements for airing (all or none)."""
    if not ids and not campaign:
        raise click.UsageError(_("name announcements to approve, or --campaign C"))
    for announcement_id, version in station_of(ctx).approve_many(ids, campaign, by):
        click.echo(f"approved {announcement_id} version {version} by {by}")


@announce.command("retire")
@click.argument("announcement_id")
@click.pass_context
def announce_retire(ctx: click.Context, announcement_id: str) -> None:
    """Stop an announcement from airing (it stays in the log and the store)."""
    station = station_of(ctx)
    losses = station.retire(announcement_id)
    click.echo(f"retired {announcement_id}")
    echo_losses(station, losses)


@announce.command("render")
@click.argument("ids", nargs=-1, required=True)
@click.option("-o", "--output", required=True, type=click.Path(path_type=Path))
@click.pass_context
def announce_render(ctx: click.Context, ids: tuple[str, ...], output: Path) -> None:
    """Render announcements as one program WAV (jingles, repeats, loudness) to check it."""
    station = station_of(ctx)
    with progress("Preparing speech") as on_progress:
        program, sha = station.render(ids, output, on_progress)
    click.echo(
        f"{output}: {program.duration_s:.1f} s, engines {describe_engines(program)}, "
        f"sha256 {sha[:16]}"
    )


def describe_engines(program: Program) -> str:
    return ", ".join(program.engines) or "none (recordings only)"


@cli.command()
@click.argument("text")
@click.option("--voice", help="Read as for this voice (vi-vn-x-south reads southern numbers).")
@click.pass_context
def normalize(ctx: click.Context, text: str, voice: str | None) -> None:
    """Print the spoken form of TEXT: what the speech engines receive.

    Uses the station's lexicon and reading settings when run in a station."""
    reading = normalize_text(ctx.obj["root"], text, voice)
    click.echo(reading.spoken)
    for warning in reading.warnings:
        click.echo(f"warning: {warning}", err=True)


# ----- settings ----------------------------------------------------------------------------------
@cli.group()
def config() -> None:
    """Station settings that can be changed by command (the rest are in station.toml)."""


@config.command("set")
@click.argument("key", type=click.Choice(Station.SETTABLE), metavar="KEY")
@click.argument("value")
@click.pass_context
def config_set(ctx: click.Context, key: str, value: str) -> None:
    """Set KEY to VALUE: quiet_hours 21:30-05:00 (or 21h30-5h, or none)."""
    now = station_of(ctx).set_setting(key, value)
    click.echo(_("{key} is now {value}").format(key=key, value=now))
    click.echo(_("A running daemon takes the change within a few seconds."))


# ----- lexicon -----------------------------------------------------------------------------------
@cli.group()
def lexicon() -> None:
    """The station's pronunciation lexicon: how to say words the voices get wrong."""


@lexicon.command("add")
@click.argument("term")
@click.argument("spoken")
@click.pass_context
def lexicon_add(ctx: click.Context, term: str, spoken: str) -> None:
    """Say SPOKEN wherever TERM is written (e.g. Bluezone "Blu dôn")."""
    station_of(ctx).set_pronunciation(term, spoken)
    click.echo(f"{term} → {spoken}")


@lexicon.command("list")
@json_option
@click.pass_context
def lexicon_list(ctx: click.Context, as_json: bool) -> None:
    """List the lexicon."""
    entries = station_of(ctx).lexicon()
    if as_json:
        click.echo(dumps(entries))
        return
    for entry in entries:
        click.echo(f"{entry.term:24} → {entry.spoken}")


@lexicon.command("remove")
@click.argument("term")
@click.pass_context
def lexicon_remove(ctx: click.Context, term: str) -> None:
    """Remove TERM from the lexicon."""
    station_of(ctx).remove_pronunciation(term)
    click.echo(f"removed {term}")


# ----- jingles -----------------------------------------------------------------------------------
JINGLE_ROLES = click.Choice([role.value for role in JingleRole])


@cli.group()
def jingle() -> None:
    """Jingles: intro, outro and the bridge between repeats."""


@jingle.command("set")
@click.argument("role", type=JINGLE_ROLES)
@click.argument("file", type=click.Path(path_type=Path))
@click.pass_context
def jingle_set(ctx: click.Context, role: str, file: Path) -> None:
    """Use FILE (any audio ffmpeg reads) as the ROLE jingle."""
    asset = station_of(ctx).set_jingle(role, file)
    click.echo(
        f"{role} jingle set: {asset.duration_s:.1f} s, "
        f"{asset.loudness.integrated_lufs:.1f} LUFS as measured"
    )


@jingle.command("remove")
@click.argument("role", type=JINGLE_ROLES)
@click.pass_context
def jingle_remove(ctx: click.Context, role: str) -> None:
    """Air programs without the ROLE jingle (the bridge is then spoken)."""
    station_of(ctx).remove_jingle(role)
    click.echo(f"{role} jingle removed")


# ----- schedule ----------------------------------------------------------------------------------
@cli.group()
def schedule() -> None:
    """Slots: when announcements air."""


@schedule.command("add")
@click.argument("name")
@click.option("--at", "at", required=True, help="Local time: 06:30, 6h30, 17:00:30…")
@click.option("--days", default="daily", show_default=True, help="T2-T6, T7,CN, mon-fri, daily…")
@click.option("--from", "since", help=f"First date ({DAY_HELP}).")
@click.option("--until", help=f"Last date ({DAY_HELP}).")
@click.option("--campaign", help="Air this campaign's approved announcements.")
@click.option(
    "--announce", "ids", multiple=True,
    help="Air these announcements (repeatable; first, before the campaign's).",
)  # fmt: skip
@click.option("--max-minutes", help="Refuse programs longer than this many minutes.")
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
) -> None:
    """Add (or replace) the slot NAME."""
    added = station_of(ctx).add_slot(name, at, days, since, until, campaign, ids, max_minutes)
    echo_slot(added.slot, added.minutes)


def echo_slot(slot: Slot, minutes: float) -> None:
    days = slot.fields()["days"]
    click.echo(f"slot {slot.name} at {slot.at:%H:%M:%S} {days}: {minutes:.1f} min")


@schedule.command("list")
@json_option
@click.pass_context
def schedule_list(ctx: click.Context, as_json: bool) -> None:
    """List the slots (and, on stderr, any slot the store holds that cannot be planned)."""
    good, broken = station_of(ctx).slots()
    for slot in broken:
        click.echo(
            _("warning: slot {name} cannot be planned and does not air: {reason}").format(
                name=slot.name, reason=slot.reason
            ),
            err=True,
        )
    if as_json:
        click.echo(dumps([s.fields() for s in good]))
        return
    for s in good:
        what = " + ".join(
            part
            for part in (" ".join(s.announcements), f"campaign {s.campaign}" if s.campaign else "")
            if part
        )
        dates = (
            f" {s.valid_from or '…'}→{s.valid_until or '…'}"
            if s.valid_from or s.valid_until
            else ""
        )
        limit = f" max {s.max_minutes:g} min" if s.max_minutes else ""
        days = s.fields()["days"]
        click.echo(f"{s.name:14} {s.at.isoformat():8} {days:22} {what}{dates}{limit}")


@schedule.command("proposed")
@json_option
@click.pass_context
def schedule_proposed(ctx: click.Context, as_json: bool) -> None:
    """List the slots the upstream office proposes, and why any cannot be taken as it is."""
    waiting = station_of(ctx).proposed_slots()
    if as_json:
        click.echo(dumps([{"published_in": p.campaign, **p.slot.fields(),
                           "proposed_at": p.proposed_at, "problem": p.problem}
                          for p in waiting]))  # fmt: skip
        return
    for p in waiting:
        click.echo(f"{p.campaign:14} {p.slot.name:14} {p.slot.at.isoformat():8} "
                   f"{p.slot.fields()['days']}")  # fmt: skip
        if p.problem:
            click.echo("    ! " + p.problem)
    if not waiting:
        click.echo(_("No slot proposed by the upstream office waits for acceptance."))


@schedule.command("accept")
@click.argument("names", nargs=-1)
@click.option("--campaign", help="Every slot this campaign's schedule proposes.")
@click.option("--all", "everything", is_flag=True, help="Every proposed slot.")
@click.pass_context
def schedule_accept(
    ctx: click.Context, names: tuple[str, ...], campaign: str | None, everything: bool
) -> None:
    """Take slots the upstream office proposes into the schedule (all or none)."""
    if not names and not campaign and not everything:
        raise click.UsageError(_("name the proposed slots to accept, or --campaign C, or --all"))
    for scheduled in station_of(ctx).accept_slots(names, campaign):
        echo_slot(scheduled.slot, scheduled.minutes)


@schedule.command("remove")
@click.argument("name")
@click.pass_context
def schedule_remove(ctx: click.Context, name: str) -> None:
    """Remove the slot NAME (its past airings stay in the log)."""
    station_of(ctx).remove_slot(name)
    click.echo(f"removed slot {name}")


@schedule.command("print")
@click.option("--week", help="A day of the week (30/11/2026, hôm nay, mai), 'tuần sau' or "
              "2026-W49; default: this week.")  # fmt: skip
@click.option("-o", "--output", required=True, type=click.Path(path_type=Path))
@click.pass_context
def schedule_print(ctx: click.Context, week: str | None, output: Path) -> None:
    """The week's schedule as a PDF for the notice board (lịch phát sóng)."""
    printed = station_of(ctx).print_week(output, week)
    click.echo(
        _("{output}: {airings} airing(s), the week of {monday}").format(
            output=output, airings=printed.airings, monday=f"{printed.monday:%d/%m/%Y}"
        )
    )


@schedule.command("import")
@click.argument("file", type=click.Path(path_type=Path))
@click.pass_context
def schedule_import(ctx: click.Context, file: Path) -> None:
    """Add every [[slot]] of a schedule TOML file (all or none)."""
    for scheduled in station_of(ctx).import_schedule(file):
        echo_slot(scheduled.slot, scheduled.minutes)


@cli.command()
@click.option("--date", "first", help=f"First day ({DAY_HELP}; default today).")
@click.option("--days", type=click.IntRange(1, 31), default=1, show_default=True)
@json_option
@click.pass_context
def rundown(ctx: click.Context, first: str | None, days: int, as_json: bool) -> None:
    """What will air, airing by airing and item by item, with durations."""
    station = station_of(ctx)
    entries = station.rundown(day(station, first, "--date"), days)
    if as_json:
        click.echo(dumps(entries))
        return
    for entry in entries:
        click.echo(
            f"{entry.at:%Y-%m-%d %H:%M:%S}  {entry.slot}  "
            f"{len(entry.items)} item(s), {_duration(entry.total_s, entry.complete)}"
        )
        for item in entry.items:
            seconds = item.seconds
            length = f"{seconds:6.1f} s" if seconds is not None else "   ? s (not synthesised yet)"
            click.echo(f"    {item.announcement_id:26} x{item.readings} {length}  {item.title}")
            if item.why:
                click.echo("      " + _("↳ why here: {why}").format(why=item.why))
        for warning in entry.warnings:
            click.echo(f"    ! {warning}")
    if not entries:
        click.echo("Nothing will air in this period.")
    else:
        known = sum(e.total_s for e in entries)
        click.echo(
            f"{len(entries)} airing(s), {known / 60:.1f} min"
            + ("" if all(e.complete for e in entries) else " or more")
        )


def _duration(seconds: float, complete: bool) -> str:
    return f"{'' if complete else '≥ '}{int(seconds // 60)}:{seconds % 60:04.1f}"


@cli.command()
@click.option("--sink", help="device | device:NAME | file:DIR | null (default: the station's).")
@click.pass_context
def run(ctx: click.Context, sink: str | None) -> None:
    """Run the station: air the schedule, recover after power cuts, take emergencies."""
    station_of(ctx).run(sink, say=lambda line: click.echo(line, nl=True))


@cli.command()
@click.option("--text", help="The notice to read aloud.")
@click.option("--file", "audio", type=click.Path(path_type=Path), help="A recording to air.")
@click.option("--by", default=lambda: os.environ.get("USER", "operator"), show_default="$USER")
@click.option("--sink", help="Used only when no station daemon is running.")
@click.pass_context
def emergency(
    ctx: click.Context, text: str | None, audio: Path | None, by: str, sink: str | None
) -> None:
    """Interrupt whatever is on air and air this now, even in quiet hours."""
    sent = station_of(ctx).emergency(by, text, audio, sink)
    if sent.daemon_pid:
        click.echo(
            f"Emergency {sent.announcement_id} sent to the running station (pid {sent.daemon_pid})"
        )
        return
    airing = sent.airing
    if airing is None:
        click.echo(
            _("Emergency {id} was aired by the station meanwhile").format(id=sent.announcement_id)
        )
        return
    if airing.status != AiringStatus.AIRED:
        raise click.ClickException(
            f"emergency airing #{airing.seq} {airing.status}: {airing.error}"
        )
    click.echo(
        f"Emergency aired: #{airing.seq} ({airing.duration_s:.1f} s) to {airing.destination}"
    )


# ----- upstream ----------------------------------------------------------------------------------
@cli.group()
def keys() -> None:
    """Upstream office: the signing keys (keep the folder off the web server)."""


@keys.command("init")
@click.option("--keys", "keys_dir", required=True, type=click.Path(path_type=Path))
def keys_init(keys_dir: Path) -> None:
    """Create the root, targets, snapshot, timestamp and emergency keys in a new folder."""
    for role, key in Publisher.init_keys(keys_dir).items():
        click.echo(f"{role:9} {key.keyid}")
    click.echo(f"Keep {keys_dir} private; root.pem is needed only to start and to rotate keys.")
    say_root_fingerprint(root_fingerprint(keys_dir))


def say_root_fingerprint(fingerprint: str) -> None:
    click.echo(
        _("Root key fingerprint (read it to each commune that trusts you): {fingerprint}").format(
            fingerprint=fingerprint
        )
    )


@keys.command("rotate")
@click.argument("role", type=click.Choice(KEY_ROLES))
@click.option("--keys", "keys_dir", required=True, type=click.Path(path_type=Path))
@click.option("--repo", required=True, type=click.Path(file_okay=False, path_type=Path))
def keys_rotate(role: str, keys_dir: Path, repo: Path) -> None:
    """Replace ROLE's key: a new root version that stations follow on their next sync."""
    version = Publisher(keys_dir, repo).rotate(role)
    click.echo(f"{role} key replaced; root is now version {version}. Publish again.")


@cli.command()
@click.argument(
    "campaigns",
    nargs=-1,
    type=click.Path(exists=True, file_okay=False, path_type=Path),
)
@click.option("--keys", "keys_dir", required=True, type=click.Path(path_type=Path))
@click.option("--repo", required=True, type=click.Path(file_okay=False, path_type=Path))
@click.option(
    "--withdraw", multiple=True, metavar="CAMPAIGN", help="Withdraw a published campaign."
)
@click.option("--to", "to", multiple=True, metavar="GROUP|FINGERPRINT",
              help="Only for this group or station (repeatable; needs --db).")  # fmt: skip
@click.option("--everyone", is_flag=True, help="For every station again (after --to).")
@click.option("--db", "dsn", envvar="BROADCASTER_OFFICE_DB",
              help="The office's PostgreSQL: groups, and the doorbell (else "
                   "$BROADCASTER_OFFICE_DB).")  # fmt: skip
def publish(
    campaigns: tuple[Path, ...], keys_dir: Path, repo: Path, withdraw: tuple[str, ...],
    to: tuple[str, ...], everyone: bool, dsn: str | None,
) -> None:  # fmt: skip
    """Upstream office: publish campaign folders (scripts, recordings, schedule.toml) into a
    TUF repository folder that any static web server can serve, or a USB stick can carry.
    Campaigns not named stay published as they are, and for whom they were."""
    if not campaigns and not withdraw:
        raise click.UsageError(_("name campaign folders to publish, or --withdraw CAMPAIGN"))
    done = Publisher(keys_dir, repo).publish(campaigns, withdraw, to, everyone, dsn)
    if done.new_root:
        click.echo(f"New repository in {repo}; give stations {done.new_root}")
        say_root_fingerprint(done.root_fingerprint)
    for change in done.changes:
        click.echo(f"{change.change:9} {change.campaign}/{change.id} (version {change.version})")
    for campaign, count in done.published.items():
        click.echo(f"published {campaign}: {count} announcement(s)")
    for campaign in done.withdrawn:
        click.echo(f"withdrew {campaign}")
    if done.audience is not None:
        click.echo(_("for: {audience}").format(audience=done.audience))
    if done.rang:
        click.echo(_("Doorbell rung: stations connected to the broker sync now."))
    elif done.rang is False:
        click.echo(
            _("warning: the doorbell did not ring ({problem}); stations take the publication at "
              "their next poll").format(problem=done.doorbell_problem),
            err=True,
        )  # fmt: skip
    for campaign, announcement_id, note in done.guessed:
        click.echo(f"warning: {campaign}/{announcement_id}: {note}", err=True)


@cli.command()
@click.argument("source")
@click.pass_context
def trust(ctx: click.Context, source: str) -> None:
    """Pin the upstream office's root: a root.json file, or the address of its repository
    (https://…, which becomes the station's upstream source). Only what its keys sign will
    be taken: compare the fingerprint printed with the one the office reads out."""
    trusted = station_of(ctx).trust(source)
    click.echo(f"Trusting the upstream root key(s) {', '.join(trusted.keyids)}")
    for fingerprint in trusted.fingerprints:
        click.echo(
            _("Root key fingerprint: {fingerprint} (check it with the office by phone)").format(
                fingerprint=fingerprint
            )
        )


@cli.command()
@click.argument("source", required=False)
@click.pass_context
def sync(ctx: click.Context, source: str | None) -> None:
    """Fetch, verify and apply the upstream's campaigns from SOURCE (https://… or a folder,
    e.g. a USB stick; default: [upstream] source)."""
    station = station_of(ctx)
    result = station.sync(source)
    for change in result.changes:
        click.echo(f"{change.change:9} {change.id} (version {change.version})")
    for announcement_id in result.retired:
        click.echo(f"retired   {announcement_id} (withdrawn upstream)")
    for scheduled in result.accepted:
        click.echo(_("slot {name} taken from the office's schedule").format(
            name=scheduled.slot.name))  # fmt: skip
    for p in result.proposed:
        click.echo(
            _("slot {name} proposed by the office ({campaign}, {at:%H:%M} {days}): waits "
              "for acceptance (broadcaster schedule accept {name})").format(
                name=p.slot.name, campaign=p.campaign, at=p.slot.at,
                days=p.slot.fields()["days"])
        )  # fmt: skip
        if p.problem:
            click.echo(_("warning: {problem}").format(problem=p.problem), err=True)
    if not (result.changes or result.retired or result.accepted or result.proposed):
        click.echo("Up to date.")
    echo_losses(station, result.lost)


@cli.command()
@json_option
@click.pass_context
def status(ctx: click.Context, as_json: bool) -> None:
    """The station at a glance: on air now, the next airings, what waits for approval and
    what will not air (and why), the voice used, the daemon, the upstream and office links."""
    station = station_of(ctx)
    state = station.status()
    if as_json:
        click.echo(dumps(state))
        return
    zone, today = station.config.zone, station.today()

    def when(value: Any) -> str:
        return local_text(value, zone, today) if value else _("never")

    click.echo(f"{state.station} ({state.station_id})")
    pid = state.daemon_pid
    click.echo(
        _("daemon: running, pid {pid}").format(pid=pid)
        if pid
        else _("daemon: not running: nothing airs on schedule (start it with: broadcaster run)")
    )
    on_air = state.on_air
    if on_air:
        left = state.on_air_remaining_s
        click.echo(
            _("on air: #{seq} {titles}, since {started}, {left} left").format(
                seq=on_air.seq, titles="; ".join(on_air.titles),
                started=when(on_air.started_at),
                left=duration_text(left) if left is not None else "?",
            )
        )  # fmt: skip
    else:
        click.echo(_("on air: nothing"))
    click.echo(_("next airings:") if state.next_airings else _("next airings: none this week"))
    for entry in state.next_airings:
        titles = "; ".join(item.title for item in entry.items)
        click.echo(f"  {when(entry.at)}  {entry.slot}  {titles}")
    if state.waiting_approval:
        click.echo(_("waiting for approval:"))
        for a in state.waiting_approval:
            click.echo(f"  {a.id} v{a.version}  {a.title}")
    for sentence in state.will_not_air_text:
        click.echo(_("will not air: {problem}").format(problem=sentence))
    click.echo(_("speech: {voice}").format(voice=state.speech))
    if state.upstream_configured:
        click.echo(
            _("upstream: {source}, last sync {last}, {count} announcement(s) from it").format(
                source=state.upstream_source or "-", last=when(state.last_sync),
                count=state.upstream_announcements,
            )
        )  # fmt: skip
    if state.office_url:
        click.echo(
            f"office: {state.office_url} ({state.office_enrolment}), holds the log up to "
            f"#{state.office_acked_seq}, backlog {state.office_backlog} airing(s), "
            f"last push {when(state.office_last_push)}"
        )
    else:
        click.echo("office: not enrolled (broadcaster enrol URL)")
    click.echo(f"fingerprint: {state.fingerprint}")
    for warning in state.warnings:
        click.echo(f"warning: {warning}")


# ----- airing ------------------------------------------------------------------------------------
@cli.command()
@click.option("--announce", "ids", multiple=True, help="Announcement id (repeatable).")
@click.option("--campaign", help="Every active announcement of this campaign.")
@click.option("--sink", help="device | device:NAME | file:DIR | null (default: the station's).")
@click.option(
    "--despite-quiet-hours",
    metavar="REASON",
    help="Air even in quiet hours, for this reason (logged with --by).",
)
@click.option("--by", default=lambda: os.environ.get("USER", "operator"), show_default="$USER")
@click.pass_context
def play(
    ctx: click.Context,
    ids: tuple[str, ...],
    campaign: str | None,
    sink: str | None,
    despite_quiet_hours: str | None,
    by: str,
) -> None:
    """Air announcements now, between the station's jingles, and log the airing. In quiet
    hours only emergencies air, unless the operator gives --despite-quiet-hours REASON."""
    if not ids and not campaign:
        raise click.UsageError("name what to air: --announce ID or --campaign C")
    station = station_of(ctx)
    where = station.sink_description(sink)
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))

    def on_air(seq: int, program: Program) -> None:
        click.echo(
            f"On air: airing #{seq}, {len(program.items)} announcement(s), "
            f"{program.duration_s:.1f} s, through {where}",
            nl=True,
        )
        sys.stdout.flush()

    with progress("Preparing speech") as on_progress:
        airing = station.play(ids, campaign, sink, on_progress, on_air, despite_quiet_hours, by)
    if airing.status != AiringStatus.AIRED:
        raise click.ClickException(f"airing #{airing.seq} {airing.status}: {airing.error}")
    click.echo(f"Aired #{airing.seq} ({airing.duration_s:.1f} s) to {airing.destination}")


# ----- log ---------------------------------------------------------------------------------------
@cli.group()
def log() -> None:
    """The airing log."""


@log.command("list")
@click.option("--from", "since", help=f"First local date ({DAY_HELP}).")
@click.option("--to", "until", help=f"Last local date ({DAY_HELP}).")
@click.option("--limit", type=click.IntRange(min=1), help="Only the latest N airings.")
@json_option
@click.pass_context
def log_list(
    ctx: click.Context, since: str | None, until: str | None, limit: int | None, as_json: bool
) -> None:
    """List airings, oldest first, in the station's local time."""
    station = station_of(ctx)
    first, last = day(station, since, "--from"), day(station, until, "--to")
    rows = station.airings(first, last, limit)
    if as_json:
        click.echo(dumps(rows))
        return
    for r in rows:
        ids = " ".join(f"{i['announcement_id']}@v{i['version']}" for i in r["items"])
        duration = f"{r['duration_s']:.1f}s" if r["duration_s"] is not None else "-"
        engines = ",".join(r["engines"]) or "-"
        click.echo(
            f"#{r['seq']:<5} {r['started_at'][:19]} {r['status']:11} {duration:>8} "
            f"{engines:13} {ids}" + (f"  ! {r['error']}" if r["error"] else "")
        )


@log.command("export")
@click.option(
    "--format", "fmt", type=click.Choice(["csv", "xlsx", "pdf"]), default="csv", show_default=True
)
@click.option("--from", "since", help=f"First local date ({DAY_HELP}).")
@click.option("--to", "until", help=f"Last local date ({DAY_HELP}).")
@click.option("--month", help="A whole month (11/2026 or 2026-11), for the monthly report.")
@click.option("--campaign", help="Only this campaign.")
@click.option("-o", "--output", required=True, type=click.Path(path_type=Path))
@click.pass_context
def log_export(
    ctx: click.Context,
    fmt: str,
    since: str | None,
    until: str | None,
    month: str | None,
    campaign: str | None,
    output: Path,
) -> None:
    """Export the airing report (Vietnamese headings, local time): CSV, XLSX or a PDF to sign."""
    if month and (since or until):
        raise click.ClickException(_("use --month or --from/--to, not both"))
    station = station_of(ctx)
    first, last = day(station, since, "--from"), day(station, until, "--to")
    done = station.export_log(fmt, output, first, last, month, campaign)
    click.echo(f"{output}: {done.lines} line(s), {done.period}")
    click.echo(f"Log check: {done.head}")


@log.command("verify")
@click.option("--head", "head_hash", help="The chain head printed on a report (or its first "
              "16+ characters): the log must still hold it.")  # fmt: skip
@click.pass_context
def log_verify(ctx: click.Context, head_hash: str | None) -> None:
    """Check that no airing row was edited, deleted, reordered or rewritten since it was
    logged (and, with --head, since the report that printed that chain head)."""
    verdict = station_of(ctx).verify_log(head_hash)
    if verdict.problem:
        raise click.ClickException(f"the airing log was tampered with: {verdict.problem}")
    click.echo(f"The airing log is intact: {verdict.head}")


@cli.command()
@click.argument("folder", type=click.Path(path_type=Path))
@click.pass_context
def backup(ctx: click.Context, folder: Path) -> None:
    """Copy the station (the store, safely even while it airs, and its audio) to FOLDER,
    a new folder, e.g. on a USB stick. README: 'Backups and restoring'."""
    made = station_of(ctx).backup(folder)
    click.echo(
        _("Backed up to {folder}: {files} file(s), {mb:.1f} MB").format(
            folder=made.folder, files=made.files, mb=made.bytes / 1e6
        )
    )
    click.echo(_("Log check: {head}").format(head=made.head))


# ----- the office's collector: the station's side ---------------------------------------------
@cli.command()
@click.argument("url")
@click.option(
    "--commune", help="The commune's name as the office lists it (default: the station's)."
)
@click.pass_context
def enrol(ctx: click.Context, url: str, commune: str | None) -> None:
    """Ask the office's collector at URL to register this station for its airing log."""
    done = station_of(ctx).enrol(url, commune)
    click.echo(f"Enrolment sent to {done.url}: {done.status}.")
    if done.status == "pending":
        click.echo(f"Read this fingerprint to the office by phone: {done.fingerprint}")


@cli.command()
@click.pass_context
def push(ctx: click.Context) -> None:
    """Send the airing log's backlog to the office now (the daemon does it by itself)."""
    result = station_of(ctx).push()
    click.echo(
        f"Sent {result.sent} airing(s); the office holds the log up to #{result.acked_seq}; "
        f"backlog {result.backlog}."
    )


# ----- the office --------------------------------------------------------------------------------
def db_option(f: Callable[..., Any]) -> Callable[..., Any]:
    return click.option(
        "--db",
        "dsn",
        envvar="BROADCASTER_OFFICE_DB",
        required=True,
        help="The office's PostgreSQL database, postgresql://… (else $BROADCASTER_OFFICE_DB).",
    )(f)


@cli.group()
def office() -> None:
    """The upstream office: the collector of the stations' airing logs, stations, reports."""


@office.command("serve")
@db_option
@click.option("--host", default="127.0.0.1", show_default=True, help="Put nginx in front.")
@click.option("--port", type=click.IntRange(1, 65535), default=8750, show_default=True)
@click.option("--threads", type=click.IntRange(1, 64), default=8, show_default=True)
def office_serve(dsn: str, host: str, port: int, threads: int) -> None:
    """Run the collector: stations enrol and push their signed airing logs to it."""
    click.echo(f"Collector on http://{host}:{port}, storing into {dsn}")
    Office.serve(dsn, host, port, threads)


@office.group("station")
def office_station() -> None:
    """The stations that enrolled, and their groups."""


@office_station.command("list")
@db_option
@click.option("--group", help="Only the stations of this group.")
@json_option
def office_station_list(dsn: str, group: str | None, as_json: bool) -> None:
    """List enrolled stations, those waiting for approval first."""
    with Office.open(dsn) as desk:
        rows = desk.stations(group)
    if as_json:
        click.echo(dumps(rows))
        return
    for r in rows:
        contact = f"{r['last_contact']:%Y-%m-%d %H:%M}" if r["last_contact"] else "-"
        click.echo(
            f"{r['fingerprint']}  {r['status']:8} {r['commune']:28} #{r['stored_through']:<6} "
            f"{contact:16} {','.join(r['groups']) or '-'}"
        )


@office_station.command("approve")
@click.argument("fingerprint")
@db_option
@click.option(
    "--group", "groups", multiple=True, help="Put the station in this group (repeatable)."
)
@click.option("--by", default=lambda: os.environ.get("USER", "office"), show_default="$USER")
def office_station_approve(fingerprint: str, dsn: str, groups: tuple[str, ...], by: str) -> None:
    """Approve a station whose FINGERPRINT was read to you by phone."""
    with Office.open(dsn) as desk:
        row = desk.approve(fingerprint, groups, by)
    click.echo(
        f"Approved {row['commune']} ({row['name']}), groups: {', '.join(row['groups']) or '-'}"
    )


@office.group("broker")
def office_broker() -> None:
    """The MQTT broker (Mosquitto) for emergencies and the doorbell."""


@office_broker.command("setup")
@db_option
@click.option("--url", required=True, help="What stations connect to: mqtts://HOST:8883.")
@click.option("--office-url", help="What the office connects to (default: --url).")
@click.option(
    "--dir",
    "folder",
    required=True,
    type=click.Path(file_okay=False, path_type=Path),
    help="Where Mosquitto reads passwd and acl (password_file, acl_file).",
)
@click.option(
    "--pid-file",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Mosquitto's pid_file: told (SIGHUP) when stations are approved.",
)
def office_broker_setup(
    dsn: str, url: str, office_url: str | None, folder: Path, pid_file: Path | None
) -> None:
    """Remember the broker and write its password and ACL files from the register."""
    with Office.open(dsn) as desk:
        found = desk.set_up_broker(url, office_url, folder, pid_file)
    click.echo(
        _("Broker {url}: accounts and ACL written to {folder}").format(
            url=found.url, folder=found.folder
        )
    )


@office.group("emergency", invoke_without_command=True)
@db_option
@click.option("--text", help="The notice, read aloud by each station.")
@click.option("--file", "audio", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="A recording (served from --repo).")  # fmt: skip
@click.option("--to", "to", multiple=True, metavar="GROUP|FINGERPRINT",
              help="Only this group or station (repeatable); default: every station.")  # fmt: skip
@click.option("--valid-minutes", type=click.FloatRange(min=1, max=1440), default=30.0,
              show_default=True, help="Stations air it within this, never later.")  # fmt: skip
@click.option("--keys", "keys_dir", type=click.Path(path_type=Path),
              help="The keys folder holding emergency.pem.")  # fmt: skip
@click.option("--repo", type=click.Path(file_okay=False, path_type=Path),
              help="The repository folder the stations sync from.")  # fmt: skip
@click.option("--by", default=lambda: os.environ.get("USER", "office"), show_default="$USER")
@click.pass_context
def office_emergency(
    ctx: click.Context, dsn: str, text: str | None, audio: Path | None, to: tuple[str, ...],
    valid_minutes: float, keys_dir: Path | None, repo: Path | None, by: str,
) -> None:  # fmt: skip
    """Send an emergency to every commune (or some): signed, over MQTT, aired at once."""
    ctx.obj = {**(ctx.obj or {}), "dsn": dsn}
    if ctx.invoked_subcommand:
        return
    if keys_dir is None or repo is None:
        raise click.UsageError(_("give --keys and --repo to send an emergency"))
    with Office.open(dsn) as desk:
        sent = desk.send_emergency(Publisher(keys_dir, repo), text, audio, to, valid_minutes, by)
    click.echo(
        _("Emergency {id} sent to {n} station(s), valid until {until}").format(
            id=sent.id, n=sent.targets, until=local_text(sent.valid_until, OFFICE_ZONE)
        )
    )
    if not sent.published:
        click.echo(
            _("warning: the broker did not take it ({problem}); stations get it by polling "
              "within a minute").format(problem=sent.problem),
            err=True,
        )  # fmt: skip
    click.echo(_("Follow it: broadcaster office emergency status {id}").format(id=sent.id))


@office_emergency.command("status")
@click.argument("message_id")
@json_option
@click.pass_context
def office_emergency_status(ctx: click.Context, message_id: str, as_json: bool) -> None:
    """Each targeted commune's state: received, on air, aired, refused… or silent."""
    with Office.open(ctx.obj["dsn"]) as desk:
        found = desk.emergency(message_id)
    if as_json:
        click.echo(dumps(found))
        return
    click.echo(f"{found.id}  {found.title}")
    for line in found.communes:
        reason = f"  ({line.reason})" if line.reason else ""
        click.echo(f"{line.commune:28} {line.fingerprint}  {line.label}{reason}")
    click.echo(", ".join(f"{label} {n}" for label, n in found.counts.items()))


@office.command("report")
@db_option
@click.option("--month", required=True, help="The month (11/2026 or 2026-11).")
@click.option("--campaign", help="Only this campaign's announcements.")
@click.option("--group", help="Only the communes of this group.")
@click.option("--format", "fmt", type=click.Choice(["csv", "xlsx", "pdf"]), default="xlsx",
              show_default=True)  # fmt: skip
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False, path_type=Path))
@click.option("--issuer", help="The office, as the PDF's heading names it.")
@click.option("--parent", default="", help="The body above the office (e.g. UBND tỉnh …).")
@click.option("--place", default="", help="The place of the PDF's date line.")
@click.option("--signer", help="Who signs the PDF (e.g. GIÁM ĐỐC).")
def office_report(
    dsn: str, month: str, campaign: str | None, group: str | None, fmt: str, output: Path,
    issuer: str | None, parent: str, place: str, signer: str | None,
) -> None:  # fmt: skip
    """The month per commune: planned, aired, missed, failed, minutes, versions aired, last
    contact, and whether its log's chain holds; plus the silent communes."""
    with Office.open(dsn) as desk:
        made = desk.report(month, campaign, group)
    Office.export_report(made, fmt, output, issuer, parent, place, signer)
    broken = sum(1 for line in made.communes if line.chain_break)
    click.echo(
        f"{output}: {len(made.communes)} commune(s), {made.label}; "
        f"{len(made.silent)} silent for over a day, {broken} with a broken log chain"
    )


@office.command("aired")
@click.argument("announcement")
@db_option
@click.option("--version", "version", type=click.IntRange(min=1), help="Only this version.")
@click.option("--month", help="Only this month (11/2026 or 2026-11).")
@click.option("--group", help="Only the communes of this group.")
@json_option
def office_aired(
    announcement: str, dsn: str, version: int | None, month: str | None, group: str | None,
    as_json: bool,
) -> None:  # fmt: skip
    """Which communes aired ANNOUNCEMENT (version N), how often, and which did not."""
    with Office.open(dsn) as desk:
        found = desk.aired(announcement, version, month, group)
    if as_json:
        click.echo(dumps({"aired": found.aired, "not_aired": found.not_aired}))
        return
    for line in found.aired:
        click.echo(
            f"{line.commune:28} v{line.version:<3} {line.airings:4} airing(s), "
            f"{line.first:%d/%m/%Y %H:%M} – {line.last:%d/%m/%Y %H:%M}"
        )
    what = f"{announcement} v{version}" if version else announcement
    communes = len({line.commune for line in found.aired})
    missing = ", ".join(found.not_aired) or "-"
    click.echo(
        f"{communes} commune(s) aired {what}; not aired in {len(found.not_aired)}: {missing}"
    )


@office.command("silent")
@db_option
@click.option("--hours", type=click.FloatRange(min=0), default=24, show_default=True)
@click.option("--group", help="Only the communes of this group.")
@json_option
def office_silent(dsn: str, hours: float, group: str | None, as_json: bool) -> None:
    """Approved communes the office has not heard from for more than HOURS."""
    with Office.open(dsn) as desk:
        lines = desk.silent(hours, group)
    if as_json:
        click.echo(dumps(lines))
        return
    for line in lines:
        since = f"{line.last_contact:%d/%m/%Y %H:%M}" if line.last_contact else "never"
        click.echo(f"{line.commune:28} last contact {since}")
    click.echo(f"{len(lines)} commune(s) silent for more than {hours:g} hour(s)")


# ----- the web console and its accounts ----------------------------------------------------------
@cli.group()
def user() -> None:
    """Accounts of the web console: operator, approver or admin."""


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


@user.command("add")
@click.argument("name")
@click.option("--role", required=True, type=click.Choice(ROLE_NAMES))
@click.pass_context
def user_add(ctx: click.Context, name: str, role: str) -> None:
    """Add an account; its password is asked for (or read from stdin)."""
    account = station_of(ctx).accounts.add(name, role, read_password())
    click.echo(_("Account '{name}' added ({role}).").format(
        name=account.name, role=account.role.label))  # fmt: skip


@user.command("list")
@json_option
@click.pass_context
def user_list(ctx: click.Context, as_json: bool) -> None:
    """List the accounts and their roles."""
    accounts = station_of(ctx).accounts.list()
    if as_json:
        click.echo(dumps([a.fields() for a in accounts]))
        return
    for a in accounts:
        click.echo(f"{a.name:24} {a.role.label:12} {a.created_at[:10]}")


@user.command("remove")
@click.argument("name")
@click.pass_context
def user_remove(ctx: click.Context, name: str) -> None:
    """Remove an account (it can no longer log in)."""
    station_of(ctx).accounts.remove(name)
    click.echo(_("Account '{name}' removed.").format(name=name))


@user.command("passwd")
@click.argument("name")
@click.pass_context
def user_passwd(ctx: click.Context, name: str) -> None:
    """Set a new password for an account (its open sessions end)."""
    station_of(ctx).accounts.set_password(name, read_password())
    click.echo(_("The password of '{name}' is changed; they must log in again.").format(name=name))


@user.command("role")
@click.argument("name")
@click.argument("role", type=click.Choice(ROLE_NAMES))
@click.pass_context
def user_role(ctx: click.Context, name: str, role: str) -> None:
    """Change an account's role."""
    account = station_of(ctx).accounts.set_role(name, role)
    click.echo(_("'{name}' is now {role}.").format(name=account.name, role=account.role.label))


@cli.command()
@click.option(
    "--host",
    default="127.0.0.1",
    show_default=True,
    help="Address to listen on (0.0.0.0: the whole LAN; put HTTPS in front).",
)
@click.option("--port", default=8080, show_default=True, type=click.IntRange(0, 65535))
@click.pass_context
def web(ctx: click.Context, host: str, port: int) -> None:
    """The operator's web console, for a browser or a phone."""
    from web import create_app  # the second door: Flask is slow to import
    from web.server import address, is_loopback, make_server, yield_to_the_daemon

    try:
        app = create_app(ctx.obj["root"])
    except NoAdminAccount as e:
        raise click.ClickException(
            _("{problem}: create one with: broadcaster user add NAME --role admin").format(
                problem=e
            )
        ) from e
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
                host=host, port=port, reason=e.strerror or e
            )
        ) from e
    click.echo(_("Web console: {url} (stop with Ctrl-C)").format(url=address(server)))
    yield_to_the_daemon()
    with contextlib.suppress(KeyboardInterrupt):  # Ctrl-C: stop quietly
        server.run()


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
