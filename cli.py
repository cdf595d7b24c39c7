"""broadcaster: the command line. Each command is a few lines over a library call."""

from __future__ import annotations

import json
import signal
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Any

import click

from announcements.audio import AudioError
from announcements.normalize import Reader
from announcements.script import ScriptError
from announcements.speech import SpeechError
from audio_out.sinks import SinkError
from broadcaster import airing_log
from broadcaster.airing import air
from broadcaster.config import CONFIG_NAME, ConfigError
from broadcaster.jingles import ROLES
from broadcaster.program import Program
from broadcaster.station import Progress, Station, StationError, dumps, sample_paths

OPERATOR_ERRORS = (StationError, ScriptError, ConfigError, AudioError, SpeechError, SinkError)


class Commands(click.Group):
    """Turns the library's one-sentence errors into a clean message and exit code 1."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except OPERATOR_ERRORS as e:
            raise click.ClickException(str(e)) from e


def station_of(ctx: click.Context) -> Station:
    return Station.open(ctx.obj["root"])


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


def parse_day(_ctx: click.Context, param: click.Parameter, value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"'{value}' is not a date (use YYYY-MM-DD)") from None


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
    paths = sample_paths(sample) if sample else []
    quiet = None if quiet_hours == "none" else tuple(quiet_hours.split("-"))
    if quiet is not None and len(quiet) != 2:
        raise click.BadParameter("use HH:MM-HH:MM or none", param_hint="--quiet-hours")
    station = Station.create(ctx.obj["root"], name, timezone, quiet)  # type: ignore[arg-type]
    click.echo(f"Created station '{name}' in {station.root}")
    for result in station.add_announcements(paths):
        click.echo(f"  added {result.id} (version {result.version})")


# ----- announcements ---------------------------------------------------------------------------
@cli.group()
def announce() -> None:
    """Announcements: scripts to synthesise or recordings to air."""


@announce.command("add")
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.pass_context
def announce_add(ctx: click.Context, files: tuple[Path, ...]) -> None:
    """Add or update announcements from .md/.txt files with front matter, or audio files."""
    for result in station_of(ctx).add_announcements(files):
        click.echo(f"{result.change:9} {result.id} (version {result.version})")
        for warning in result.warnings:
            click.echo(f"warning: {result.id}: {warning}", err=True)


@announce.command("list")
@click.option("--all", "include_retired", is_flag=True, help="Include retired ones.")
@json_option
@click.pass_context
def announce_list(ctx: click.Context, include_retired: bool, as_json: bool) -> None:
    """List announcements."""
    rows = station_of(ctx).list_announcements(include_retired)
    if as_json:
        click.echo(dumps(rows))
        return
    for r in rows:
        click.echo(
            f"{r['id']:28} v{r['version']:<3} {r['kind']:9} {r['priority']:9} "
            f"x{r['repeat']} {r['campaign'] or '-':12} {r['status']:7} {r['title']}"
        )


@announce.command("show")
@click.argument("announcement_id")
@json_option
@click.pass_context
def announce_show(ctx: click.Context, announcement_id: str, as_json: bool) -> None:
    """Show one announcement, its versions and the text the engines will read."""
    row = station_of(ctx).announcement(announcement_id)
    if as_json:
        click.echo(dumps(row))
        return
    for key in (
        "id",
        "title",
        "campaign",
        "priority",
        "repeat",
        "kind",
        "voice",
        "valid_from",
        "valid_until",
        "status",
        "version",
    ):
        click.echo(f"{key + ':':13}{row[key] if row[key] is not None else '-'}")
    versions = ", ".join(f"v{v['version']} ({v['created_at']})" for v in row["versions"])
    click.echo(f"{'versions:':13}{versions}")
    if row["spoken_text"]:
        click.echo(f"\nSpoken form:\n{row['spoken_text']}")


@announce.command("retire")
@click.argument("announcement_id")
@click.pass_context
def announce_retire(ctx: click.Context, announcement_id: str) -> None:
    """Stop an announcement from airing (it stays in the log and the store)."""
    station_of(ctx).retire(announcement_id)
    click.echo(f"retired {announcement_id}")


@announce.command("render")
@click.argument("ids", nargs=-1, required=True)
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False, path_type=Path))
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
    root = ctx.obj["root"]
    reader = Station.open(root).reader() if (root / CONFIG_NAME).exists() else Reader()
    reading = reader.read(text, voice or "vi")
    click.echo(reading.spoken)
    for warning in reading.warnings:
        click.echo(f"warning: {warning}", err=True)


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
    rows = station_of(ctx).lexicon()
    if as_json:
        click.echo(dumps(rows))
        return
    for row in rows:
        click.echo(f"{row['term']:24} → {row['spoken']}")


@lexicon.command("remove")
@click.argument("term")
@click.pass_context
def lexicon_remove(ctx: click.Context, term: str) -> None:
    """Remove TERM from the lexicon."""
    station_of(ctx).remove_pronunciation(term)
    click.echo(f"removed {term}")


# ----- jingles -----------------------------------------------------------------------------------
@cli.group()
def jingle() -> None:
    """Jingles: intro, outro and the bridge between repeats."""


@jingle.command("set")
@click.argument("role", type=click.Choice(ROLES))
@click.argument("file", type=click.Path(path_type=Path))
@click.pass_context
def jingle_set(ctx: click.Context, role: str, file: Path) -> None:
    """Use FILE (any audio ffmpeg reads) as the ROLE jingle."""
    asset = station_of(ctx).set_jingle(role, file)
    click.echo(
        f"{role} jingle set: {asset.duration_s:.1f} s, "
        f"{asset.loudness.integrated_lufs:.1f} LUFS as measured"
    )


# ----- airing ------------------------------------------------------------------------------------
@cli.command()
@click.option("--announce", "ids", multiple=True, help="Announcement id (repeatable).")
@click.option("--campaign", help="Every active announcement of this campaign.")
@click.option("--sink", help="device | device:NAME | file:DIR | null (default: the station's).")
@click.pass_context
def play(ctx: click.Context, ids: tuple[str, ...], campaign: str | None, sink: str | None) -> None:
    """Air announcements now, between the station's jingles, and log the airing."""
    station = station_of(ctx)
    if campaign:
        ids = ids + tuple(station.campaign_announcements(campaign))
    if not ids:
        raise click.UsageError("name what to air: --announce ID or --campaign C")
    out = station.sink(sink, Path.cwd())
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))

    def on_air(seq: int, program: Program) -> None:
        click.echo(
            f"On air: airing #{seq}, {len(program.items)} announcement(s), "
            f"{program.duration_s:.1f} s, through {out.description}",
            nl=True,
        )
        sys.stdout.flush()

    with progress("Preparing speech") as on_progress:
        airing = air(station, ids, out, on_progress=on_progress, on_air=on_air)
    if airing.status != "aired":
        raise click.ClickException(f"airing #{airing.seq} {airing.status}: {airing.error}")
    click.echo(f"Aired #{airing.seq} ({airing.duration_s:.1f} s) to {airing.destination}")


# ----- log ---------------------------------------------------------------------------------------
@cli.group()
def log() -> None:
    """The airing log."""


@log.command("list")
@click.option("--from", "since", callback=parse_day, help="First local date (YYYY-MM-DD).")
@click.option("--to", "until", callback=parse_day, help="Last local date (YYYY-MM-DD).")
@click.option("--limit", type=click.IntRange(min=1), help="Only the latest N airings.")
@json_option
@click.pass_context
def log_list(
    ctx: click.Context, since: date | None, until: date | None, limit: int | None, as_json: bool
) -> None:
    """List airings, oldest first, in the station's local time."""
    rows = list(airing_log.airings(station_of(ctx), since, until, limit))
    if as_json:
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2))
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
@click.option("--format", "fmt", type=click.Choice(["csv"]), default="csv", show_default=True)
@click.option("--from", "since", callback=parse_day, help="First local date (YYYY-MM-DD).")
@click.option("--to", "until", callback=parse_day, help="Last local date (YYYY-MM-DD).")
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False, path_type=Path))
@click.pass_context
def log_export(
    ctx: click.Context, fmt: str, since: date | None, until: date | None, output: Path
) -> None:
    """Export the airing log to a file."""
    count = airing_log.export_csv(station_of(ctx), output, since, until)
    click.echo(f"{output}: {count} airing(s)")


def main() -> None:
    cli()


if __name__ == "__main__":
    main()
