"""Shared fixtures: a real station on disk, real ffmpeg and espeak-ng, the CLI driven
in-process, and the real daemon (`broadcaster run` on the null sink) in a subprocess."""

from __future__ import annotations

import atexit
import contextlib
import functools
import html
import json
import os
import queue
import re
import select
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

import pytest
from click.testing import CliRunner, Result
from compiled_templates import COMPILED
from flask import Flask
from hypothesis import HealthCheck, settings
from servers import PATIENCE, Postgres, warm_cli

from audio_out.sinks import FileSink
from broadcaster.station import Station
from cli import cli
from common import i18n

if TYPE_CHECKING:
    from selenium.webdriver.support.ui import WebDriverWait

FIXED_QUIET = "none"
HCM = ZoneInfo("Asia/Ho_Chi_Minh")

Flask.jinja_options = {**Flask.jinja_options, "bytecode_cache": COMPILED}
"""Every console a test makes shares the templates compiled before (compiled_templates);
a console in production keeps Flask's default."""


def ebur128(path: Path) -> tuple[float, float]:
    """Integrated loudness (LUFS) and true peak (dBTP) measured by ffmpeg, independently."""
    done = subprocess.run(
        [
            "ffmpeg",
            "-hide_banner",
            "-nostats",
            "-i",
            str(path),
            "-af",
            "ebur128=peak=true:framelog=verbose",
            "-f",
            "null",
            "-",
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    integrated = re.findall(r"I:\s+(-?[\d.]+) LUFS", done.stderr)[-1]
    peak = re.findall(r"Peak:\s+(-?[\d.]+|-inf) dBFS", done.stderr)[-1]
    return float(integrated), float(peak)


def probe(path: Path) -> dict[str, str]:
    """ffprobe's view of the first audio stream plus the duration."""
    done = subprocess.run(
        [
            "ffprobe",
            "-v",
            "error",
            "-select_streams",
            "a:0",
            "-show_entries",
            "stream=sample_rate,channels,codec_name:format=duration",
            "-of",
            "default=nw=1",
            str(path),
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    return dict(line.split("=", 1) for line in done.stdout.split())


def make_tone(path: Path, seconds: float = 2.0, freq: int = 440, volume_db: float = -20) -> Path:
    """A real audio file of any format ffmpeg writes (chosen by the suffix)."""
    subprocess.run(
        [
            "ffmpeg",
            "-hide_banner",
            "-loglevel",
            "error",
            "-f",
            "lavfi",
            "-i",
            f"sine=frequency={freq}:duration={seconds}:sample_rate=44100",
            "-af",
            f"volume={volume_db}dB",
            "-ac",
            "2",
            "-y",
            str(path),
        ],
        check=True,
    )
    return path


def write_script(folder: Path, name: str, body: str, **front: object) -> Path:
    lines = [f"{k}: {v}" for k, v in front.items()]
    text = ("---\n" + "\n".join(lines) + "\n---\n" if front else "") + body
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def code_block(text: str, language: str) -> str:
    """The first code block of that language in a Markdown text (a guide, the README): what
    the reader copies, so what a test runs."""
    found = re.search(rf"^```{language}\n(.*?)^```", text, re.M | re.S)
    assert found, language
    return found.group(1)


PLANNED_AS_BEFORE = (
    "DROP INDEX airings_planned; CREATE UNIQUE INDEX airings_planned ON airings(slot, "
    "scheduled_at) WHERE slot IS NOT NULL;"
)
"""SQL putting back the planned airings' index as it was before `supersedes` joined it: a
store taken back to an older schema drops that column."""


OFFICE_APPROVED = datetime(2025, 1, 6, 8, tzinfo=UTC)
"""When the office tests' stations were approved: before every month they report on (a
month's report leaves out a station approved after it that logged nothing in it)."""


def set_config(station: Path, key: str, value: str) -> None:
    """Change one `key = value` line of station.toml, as an operator would."""
    config = station / "station.toml"
    text, n = re.subn(rf"(?m)^{key} = .*$", f"{key} = {value}", config.read_text("utf-8"))
    assert n == 1, key
    config.write_text(text, encoding="utf-8")


def query(station: Path, sql: str, params: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Read the store directly, as an auditor with sqlite3 would."""
    with sqlite3.connect(station / "station.db") as conn:
        return conn.execute(sql, params).fetchall()


def store_dump(station: Path) -> str:
    """The whole store as SQL text, to show a refused command changed nothing."""
    with sqlite3.connect(station / "station.db") as conn:
        return "\n".join(conn.iterdump())


Run = Callable[..., Result]


ENGLISH = {**os.environ, "LC_MESSAGES": "en_US.UTF-8"}
"""A command in its own process speaks English, as the ones run in-process do (the tests read
what it says; the Vietnamese catalog has tests of its own)."""


def broadcaster(station: Path, *args: str, held: bool = False) -> subprocess.Popen[str]:
    """A broadcaster command in its own process (for what runs side by side or is killed); a
    `held` one imports its modules at once and runs once a line comes on its input (HELD)."""
    return subprocess.Popen(
        [sys.executable, *(["-c", HELD] if held else ["-m", "cli"]), "--station", str(station),
         *args],
        stdin=subprocess.PIPE if held else None,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=ENGLISH,
    )  # fmt: skip


def runner_for(root: Path) -> Run:
    """Run a broadcaster command on the station `root`; asserts the exit code it is told."""
    runner = CliRunner(mix_stderr=False)

    def invoke(*args: str, code: int = 0, input: str | None = None) -> Result:
        result = runner.invoke(cli, ["--station", str(root), *args], input=input)
        if result.exit_code != code:
            raise AssertionError(
                f"exit {result.exit_code} (wanted {code})\nstdout: {result.stdout}\n"
                f"stderr: {result.stderr}\n{result.exception!r}"
            )
        return result

    return invoke


# Property tests judge what is read, not how fast: on a shared machine generating inputs
# can be slow, and that is not a failure of the reader.
settings.register_profile(
    "shared-machine", deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.load_profile("shared-machine")


SLOWEST = {
    # test (a prefix of its node id): seconds, set-up and tear-down included, as junit records
    # them in a whole run (`run-tests.sh --junitxml`, -n 3): the fifty longest of session 33's
    # quiet run on a clean clone (pytest 615 s); only their proportions matter. Earlier sessions
    # scaled loaded runs to an idle one; this list had fallen behind (its longest test, the
    # fast clock's 60 s, was missing and could start last).
    "test_mqtt_emergency.py::test_an_emergency_reaches_two_communes_and_cuts_what_is_on_air": 30,
    "test_web_browser.py::test_a_new_officer_prepares_a_notice_an_approver_approves_it_and_": 29,
    "test_daemon.py::test_sigkill_at_random_moments_loses_nothing": 27,
    # these two retimed (session 34) by the ratio of their own runs after/before: their held
    # daemons' slots no longer wait out a cold start
    "test_clock.py::test_a_fast_clock_s_failed_airing_of_tomorrow_is_voided_with_today_s_mi": 24,
    "test_clock.py::test_the_daemon_three_days_fast_then_set_right_airs_today_s_slot_it_log": 18,
    "test_station_health.py::test_a_daemon_restarted_on_a_full_disk_waits_for_room_and_logs": 23,
    "test_office_emergencies.py::test_a_database_host_that_never_answers_holds_up_neither_m": 23,
    "test_trusted_root.py::test_a_running_daemon_takes_a_broker_copy_that_waited_for_its_tr": 18,
    "test_station_health.py::test_a_full_disk_is_said_before_the_slot_and_the_slot_is_logge": 17,
    "test_emergency.py::test_a_pre_emption_during_the_pre_roll_is_honoured": 17,
    "test_office_stations.py::test_a_revoke_is_not_done_until_mosquitto_has_read_the_accoun": 6,
    "test_recovery.py::test_four_months_off_are_logged_while_an_emergency_and_commands_go_t": 16,
    "test_emergency.py::test_emergencies_sent_together_with_no_daemon_all_air": 15,
    "test_notice_reading.py::test_a_foreign_word_is_said_in_vietnamese_syllables": 15,
    "test_office_emergencies.py::test_the_collector_outlives_a_restart_of_its_database_and_": 14,
    "test_clock.py::test_the_daemon_with_its_clock_held_airs_and_logs_nothing_under_the_wro": 14,
    "test_station_health.py::test_a_usb_stick_not_plugged_in_is_said_before_the_slot_and_fa": 13,
    "test_clock.py::test_the_daemon_set_back_mid_day_airs_the_slot_that_comes_after": 12,
    "test_office_console.py::test_every_page_fits_a_phone": 12,
    "test_daemon.py::test_a_slot_airs_on_its_second_and_live_changes_are_picked_up": 12,
    "test_faults.py::test_a_completely_full_station_disk_still_reads_and_refuses_changes_in": 12,
    "test_faults.py::test_a_full_disk_in_the_daemon_leaves_a_failed_row_and_no_false_missed": 12,
    "test_emergency.py::test_a_newer_emergency_cuts_the_older_which_then_airs_again_in_full": 11,
    "test_daemon.py::test_default_sink_changed_in_station_toml_counts_from_the_next_airing": 10,
    "test_web_phone.py::test_no_console_page_breaks_a_word_on_a_phone": 10,
    "test_daemon.py::test_an_emergency_preempts_the_airing_on_air_then_the_schedule_resumes": 10,
    "test_office_reports.py::test_the_xlsx_prints_whole_under_the_office_s_heading": 10,
    "test_upstream.py::test_a_trickling_server_is_given_up_on_after_the_file_limit": 10,
    "test_office_stations.py::test_a_revoked_station_enrolled_again_with_a_new_key_reconnec": 7,
    "test_emergency.py::test_sigterm_while_waiting_for_another_airing_ends_the_daemon": 9,
    "test_schedule.py::test_the_rundown_s_next_airing_is_one_that_airs": 9,
    "test_schedule.py::test_ten_operators_adding_clashing_slots_at_once_one_wins": 9,
    "test_emergency.py::test_an_emergency_signalled_while_the_daemon_starts_waits_and_airs": 9,
    "test_mqtt_emergency.py::test_a_broker_killed_and_restarted_delivers_to_a_station_that_": 8,
    "test_office.py::test_a_slot_held_for_a_new_version_s_approval_reaches_the_office_at_on": 8,
    "test_office_emergencies.py::test_an_emergency_on_air_when_its_cancel_arrives_is_cut_an": 8,
    "test_mqtt_emergency.py::test_an_office_emergency_that_expired_unaired_tells_the_operat": 8,
    "test_mqtt_emergency.py::test_a_refusal_moments_after_the_approval_is_tried_again_soon_": 8,
    "test_office_emergencies.py::test_a_commune_approved_after_an_emergency_to_all_is_said_": 8,
    "test_emergency.py::test_an_emergency_sent_as_the_daemon_starts_airs_exactly_once": 7,
    "test_recovery.py::test_a_command_waits_for_a_store_held_by_another_writer": 7,
    "test_office_emergencies.py::test_an_emergency_expired_while_the_link_was_down_counts_a": 7,
    "test_play.py::test_a_power_cut_mid_airing_leaves_how_much_had_played": 7,
    "test_mqtt_emergency.py::test_emergencies_waiting_at_a_station_air_in_the_order_the_off": 7,
    "test_office_emergencies.py::test_a_commune_approved_while_an_emergency_to_all_is_in_fo": 7,
    "test_office_web.py::test_a_new_version_a_commune_holds_for_approval_is_not_aired_there": 7,
    "test_office.py::test_two_stations_with_real_daemons_push_after_each_airing": 7,
}
"""The tests that take longest, each started first on a worker of its own. With
`--dist worksteal` (run-tests.sh) pytest-xdist gives each of its W workers one of W equal
consecutive parts of the collection, and a worker that runs out takes half of what another
has left. So these tests are dealt out longest first to the part with the fewest seconds so
far, and each part starts with its share: no worker is handed all of them (the plain `load`
distribution sends each worker a consecutive chunk, so they all went to the first worker and
ran one after the other), and none starts near the end. A name here that no longer exists
costs nothing; a new slow test belongs here."""


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    def seconds(item: pytest.Item) -> float:
        name = item.nodeid.removeprefix("tests/")
        return next((s for slow, s in SLOWEST.items() if name.startswith(slow)), 0.0)

    workers = getattr(config, "workerinput", {}).get("workercount", 1)
    slow = sorted((item for item in items if seconds(item)), key=seconds, reverse=True)
    rest = [item for item in items if not seconds(item)]  # in their order
    parts: list[list[pytest.Item]] = [[] for _ in range(workers)]
    for item in slow:
        min(parts, key=lambda part: sum(map(seconds, part))).append(item)
    ordered: list[pytest.Item] = []
    for n, part in enumerate(parts):  # worksteal's split: what is left over the workers left
        size = max((len(items) - len(ordered)) // (workers - n), len(part))
        ordered += part + rest[: size - len(part)]
        del rest[: size - len(part)]
    items[:] = ordered + rest


@pytest.fixture
def run(tmp_path: Path) -> Run:
    """Run a broadcaster command on the test station; asserts the exit code it is told."""
    return runner_for(tmp_path / "station")


class CardStandIn(FileSink):
    """The sound card this machine lacks (no card, no snd-aloop here): it writes the program
    as the file sink does, and the log keeps it as the default card's airing, as `device`:
    an airing the loudspeakers played, where a plain file sink's played nowhere (w28commune 2).
    """

    @property
    def description(self) -> str:
        return "device"


def make_station(root: Path) -> Path:
    """A fresh station speaking with espeak-ng only (no network), without quiet hours,
    approving what is added (approval has its own tests). A copy of one made by `init` once
    per test run (init's own behaviour has its own tests): its id and key are the same in
    every copy, so tests of several stations talking to an office make theirs with
    `own_station`."""
    return copy_station(_station_template(), root)


def own_station(root: Path, name: str) -> Path:
    """A station of its own, as `init --name NAME` makes one, for a test of several stations
    talking to an office: a copy of `make_station`'s with a key pair and an id of its own
    (a copy costs less than a process that runs init)."""
    copy_station(_station_template(), root)
    (root / "station.key").unlink()  # the next use makes a new one, as init does
    set_config(root, "name", json.dumps(name, ensure_ascii=False))
    with contextlib.closing(sqlite3.connect(root / "station.db")) as db, db:
        db.execute("UPDATE meta SET value = ? WHERE key = 'station_id'", (str(uuid.uuid4()),))
    return root


def copy_station(template: Path, root: Path) -> Path:
    """A copy of a station no process is writing: its store checkpointed first, so the copy
    needs no WAL file (which another connection closing may remove in the middle of it)."""
    with contextlib.closing(sqlite3.connect(template / "station.db")) as db:
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    shutil.copytree(template, root, symlinks=True, ignore=shutil.ignore_patterns("*-wal", "*-shm"))
    return root


def template_folder(prefix: str) -> Path:
    """A folder for what a test process makes once and copies into its tests (a template),
    removed when the process ends."""
    folder = Path(tempfile.mkdtemp(prefix=prefix))
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    return folder


@functools.cache
def _station_template() -> Path:
    root = template_folder("station-template-") / "station"
    runner_for(root)("init", "--name", "Đài truyền thanh xã Tân Lập", "--quiet-hours", FIXED_QUIET)
    set_config(root, "engines", '["espeak"]')
    set_config(root, "gtts_backoff_s", "0.01")
    set_config(root, "auto_approve_local", "true")
    return root


@pytest.fixture
def station(tmp_path: Path) -> Path:
    return make_station(tmp_path / "station")


@pytest.fixture
def opened(station: Path) -> Station:
    """The `station` fixture's station, open: for tests that call the facade itself."""
    return Station.open(station)


@pytest.fixture
def scripts(tmp_path: Path) -> Path:
    folder = tmp_path / "scripts"
    folder.mkdir()
    return folder


FAST = "null:x10"
"""The null sink ten times as fast as real time, for a daemon whose airings a test waits for
but does not time: what an airing leads to (its row, the office's report, a page) is the same
at any pace. A test that cuts an airing on air, or one that reads its length, keeps `null`."""

CARD = "card:x10"
"""The sound card this machine lacks, for a daemon in a subprocess (`CARD_FIRST`): the null
sink ten times as fast (FAST; "card" at real time), logged as the default card's airing,
`device`: what the office hears of an airing the loudspeakers played. FAST and `null` are the
test sink, which counts as no loudspeaker (`reaches_loudspeakers`): the office hears "only
into a file" (w30emerg)."""
CARD_FIRST = """
import re, audio_out.sinks as sinks, broadcaster.station as station
class CardStandIn(sinks.NullSink):
    description = property(lambda self: "device")
def stand_in(spec, base_dir, made=station.make_sink):
    pace = re.fullmatch(r"card(?::x([1-9][0-9]*))?", spec)
    return CardStandIn(float(pace[1] or 1)) if pace else made(spec, base_dir)
station.make_sink = stand_in
"""
"""Run first in a warm daemon's process (`Daemon`): `--sink card[:xN]` opens CARD's stand-in."""

IMPORTED = "imported, held"
"""What a held daemon prints once its modules are imported (`Daemon.ready`)."""

READ_ONCE = "from announcements.normalize import Reader; Reader().read('Xin nhắc lại.')"
"""Run by a warm process that will read (`warm_broadcaster`) before its turn: the reader's
patterns, built at a first reading (an emergency's bridge), took a daemon ~3 s of a loaded
machine after the emergency came. Not for every process: one that reads nothing would build
them for nothing, and its spare, made when the last was taken, be ready later."""

HELD = (
    f"import runpy, sys; import cli, broadcaster.daemon; print({IMPORTED!r}, flush=True); "
    "sys.stdin.readline(); runpy.run_module('cli', run_name='__main__', alter_sys=True)"
)
"""`python -m cli ARGS` once a line comes on its standard input: the modules of `cli` and of
`run` are imported before (the command itself, from reading its arguments on, runs only
then)."""


STOP_S = float(re.findall(r"^TimeoutStopSec=(\d+)$", (Path(__file__).parent.parent / "deploy"
                          / "broadcaster.service").read_text(), re.M)[0])  # fmt: skip
"""How long a daemon may take to stop: what systemd gives it before SIGKILL. Not the machine's
pace: a stop took under 2 s in 80 under load (CI32); one past this hung (common.signals)."""


def own_process(environment: dict[str, str] | None = None) -> dict[str, str]:
    """The environment of a command in a process of its own that a test reads line by line:
    English (ENGLISH), unbuffered, its threads printed on SIGABRT (Daemon._threads)."""
    return {**(environment or ENGLISH), "LC_MESSAGES": "en_US.UTF-8", "PYTHONUNBUFFERED": "1",
            "PYTHONFAULTHANDLER": "1"}  # fmt: skip


def warm_broadcaster(station: Path, *args: str, modules: str = "broadcaster.daemon",
                     environment: dict[str, str] | None = None, reads: bool = False,
                     first: str = "") -> subprocess.Popen[str]:  # fmt: skip
    """A broadcaster command in a process of its own that imported `modules` (and, if it
    `reads`, read once: READ_ONCE) while the test ran (servers.warm_cli); each kind has its
    spares. Its output and errors come in one pipe."""
    return warm_cli(modules, ["--station", str(station), *args], own_process(environment),
                    warm_up=READ_ONCE if reads else "", first=first)  # fmt: skip


class Daemon:
    """`broadcaster run` in a subprocess, its output read line by line. A `held` one imports
    its modules and waits for `go()` before it runs (it touches nothing before), so a test
    that starts daemons one after another can have the next one ready while one airs. A
    `warm` one comes from a process that imported them while the test ran (warm_broadcaster:
    one that `reads` also read once); not for a clock faked from the process's start
    (libfaketime)."""

    def __init__(
        self,
        station: Path,
        environment: dict[str, str] | None = None,
        held: bool = False,
        sink: str | None = "null",
        warm: bool = False,
        reads: bool = False,
    ) -> None:
        """`sink` None: the one station.toml names (`default_sink`), as a station runs; CARD
        the sound card's stand-in (a `warm` one only)."""
        through = ["--sink", sink] if sink else []
        card = sink is not None and sink.partition(":")[0] == "card"
        assert warm or not card, "the card's stand-in is set up in a warm process"
        assert warm or not reads, "a process that read before its turn is a warm one"
        self.process: subprocess.Popen[str]
        if warm:
            self.process = warm_broadcaster(
                station, "run", *through, environment=environment, reads=reads,
                first=CARD_FIRST if card else "")  # fmt: skip
        else:
            self.process = subprocess.Popen(
                [sys.executable, *(["-c", HELD] if held else ["-m", "cli"]), "--station",
                 str(station), "run", *through],
                stdin=subprocess.PIPE if held else None,
                stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                env=own_process(environment),
            )  # fmt: skip
        self.lines: queue.Queue[str] = queue.Queue()
        self.seen: list[str] = []
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        assert self.process.stdout
        for line in self.process.stdout:
            self.lines.put(line.rstrip("\n"))
        self.lines.put("<exit>")

    def expect(self, pattern: str, timeout: float = PATIENCE) -> re.Match[str]:
        """Wait for an output line matching `pattern`."""
        deadline = time.monotonic() + timeout
        while (left := deadline - time.monotonic()) > 0:
            try:
                line = self.lines.get(timeout=left)
            except queue.Empty:
                break
            self.seen.append(line)
            if match := re.search(pattern, line):
                return match
            if line == "<exit>":
                break
        said = "\n".join([*self.seen, *self._threads()])
        raise AssertionError(f"no line matching {pattern!r}; output:\n{said}")

    def _threads(self) -> list[str]:
        """Where each thread of a daemon still running stood when a wait for it ran out, so
        that a failure on a machine we cannot see says whether it hung, and where, or was only
        slow (CI, f32sink): SIGABRT makes faulthandler print them, and ends it."""
        if self.process.poll() is not None:
            return []
        self.process.send_signal(signal.SIGABRT)
        lines = ["--- the daemon's threads as the wait ran out (SIGABRT) ---"]
        with contextlib.suppress(queue.Empty):
            while (line := self.lines.get(timeout=10)) != "<exit>":
                lines.append(line)
        return lines

    def expect_all(self, *patterns: str, timeout: float = PATIENCE) -> None:
        """Wait until each pattern has matched a line, in whatever order the daemon's threads
        print them."""
        deadline = time.monotonic() + timeout
        waiting = list(patterns)
        while waiting:
            line = self.expect("|".join(f"(?:{p})" for p in waiting), deadline - time.monotonic())
            waiting = [p for p in waiting if not re.search(p, line.string)]

    def ready(self) -> None:
        """Wait until a held daemon has imported its modules: a test that times what follows
        its `go()` (a slot due a few seconds on) need not allow for the import (~3 s, more
        on a loaded machine)."""
        self.expect(rf"^{IMPORTED}$")

    def go(self) -> None:
        """Let a held daemon run."""
        assert self.process.stdin
        self.process.stdin.write("go\n")
        self.process.stdin.close()

    def stop(self, sig: int = signal.SIGTERM) -> int:
        self.process.send_signal(sig)
        try:
            return self.process.wait(STOP_S)
        except subprocess.TimeoutExpired:
            said = "\n".join(self._threads())
            raise AssertionError(f"the daemon did not stop within {STOP_S:g} s:\n{said}") from None

    def output(self) -> list[str]:
        """Every line it printed (call after it ended)."""
        while (line := self.lines.get(timeout=10)) != "<exit>":
            self.seen.append(line)
        return self.seen


@pytest.fixture
def start_daemon() -> Iterator[Callable[..., Daemon]]:
    """Start `broadcaster run` on a station, speaking English (`held=True`, `warm=True`,
    `reads=True`: see Daemon); whatever is still running is killed after."""
    started: list[Daemon] = []

    def start(station: Path, held: bool = False, sink: str | None = "null", warm: bool = False,
              reads: bool = False) -> Daemon:  # fmt: skip
        started.append(Daemon(station, ENGLISH, held, sink, warm, reads))
        return started[-1]

    yield start
    for daemon in started:
        if daemon.process.poll() is None:
            daemon.process.kill()
            daemon.process.wait()


def clock_in(seconds: float) -> str:
    return (datetime.now(HCM) + timedelta(seconds=seconds)).strftime("%H:%M:%S")


VI_WEEKDAYS = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật")
VI_NEAR_DAYS = {-1: "hôm qua", 0: "hôm nay", 1: "ngày mai"}


def console_day(moment: datetime, seen_from: datetime) -> str:
    """The day of `moment` as a page read at `seen_from` names it, in Vietnam time: `hôm nay`,
    `hôm qua`, `ngày mai`, else `Thứ Hai 30/11/2026`."""
    local, today = moment.astimezone(HCM), seen_from.astimezone(HCM).date()
    near = VI_NEAR_DAYS.get((local.date() - today).days)
    return near or f"{VI_WEEKDAYS[local.weekday()]} {local:%d/%m/%Y}"


def console_says(moment: datetime, seen_from: datetime, *, starts: bool = False) -> str:
    """How a page read at `seen_from` says `moment`: `hôm nay 23:58`, `hôm qua 23:58`, else
    `Thứ Hai 30/11/2026 23:58` (`Hôm nay …` when it `starts` a line). Tests build their
    expected text with it, so that one written at noon still holds when CI runs at 23:59
    (session seventeen's five failures: "hôm nay" expected, "hôm qua" rightly said)."""
    said = f"{console_day(moment, seen_from)} {moment.astimezone(HCM):%H:%M}"
    return said[:1].upper() + said[1:] if starts else said


@pytest.fixture
def quick(station: Path, scripts: Path) -> Path:
    """A station whose programs are short recordings with no jingles and no gaps: a copy of
    one made once per test run, with the recordings it was given in `scripts`."""
    return from_template(_quick_template(), station, scripts)


def from_template(template: Path, station: Path, scripts: Path) -> Path:
    """The test's `station` and `scripts` made a copy of a template folder's (its `station`
    and the files it was given in its `scripts`)."""
    shutil.rmtree(station)
    copy_station(template / "station", station)
    for script in (template / "scripts").iterdir():
        shutil.copy2(script, scripts)
    return station


@functools.cache
def _quick_template() -> Path:
    folder = template_folder("quick-template-")
    station, scripts = make_station(folder / "station"), folder / "scripts"
    scripts.mkdir()
    run = runner_for(station)
    run("jingle", "remove", "intro")
    run("jingle", "remove", "outro")
    set_config(station, "gap_s", "0.0")
    for name, seconds in (("ngan", 0.6), ("dai", 20)):
        run("announce", "add", str(make_tone(scripts / f"{name}.wav", seconds=seconds)))
    return folder


def airings(station: Path) -> list[dict[str, Any]]:
    result = CliRunner().invoke(cli, ["--station", str(station), "log", "list", "--json"])
    logged: list[dict[str, Any]] = json.loads(result.output)
    return logged


@pytest.fixture(scope="session")
def postgres() -> Iterator[Postgres]:
    """One PostgreSQL server for the session (each test makes its own database)."""
    server = Postgres()
    yield server
    server.stop()


@pytest.fixture(scope="module")
def commune_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A commune made once per module for the province tests (tests/province.py)."""
    from province import make_template

    return make_template(tmp_path_factory.mktemp("template"))


@pytest.fixture
def province(tmp_path: Path, postgres: Postgres, commune_template: Path) -> Iterator[Any]:
    """The office (keys, repository behind nginx, PostgreSQL, collector, Mosquitto) and the
    means to make its communes: tests/province.py."""
    from province import Province

    made = Province(tmp_path, postgres, commune_template)
    try:
        yield made
    finally:
        made.stop()


# ----- the web console -------------------------------------------------------------------------
CONSOLE_ACCOUNTS = {
    "quantri": ("admin", "mật khẩu của quản trị"),
    "duyet": ("approver", "chủ tịch xã duyệt tin"),
    "vanhanh": ("operator", "cán bộ văn hóa xã"),
}
"""The console template's accounts: role and password."""
CONSOLE_NOW = datetime(2026, 3, 2, 5, 0, tzinfo=ZoneInfo("Asia/Ho_Chi_Minh"))
"""The console tests' clock starts on a Monday at 05:00, before the morning slot."""


@dataclass
class SetClock:
    """A clock the test moves by hand."""

    now: datetime

    def __call__(self) -> datetime:
        return self.now


def aired_clock(at: datetime, sent: datetime) -> str:
    """When an emergency aired as the office says it: "00:02", with the date when that is not
    the Vietnam day it was sent on ("00:02 01/12/2026")."""
    local = at.astimezone(HCM)
    same_day = local.date() == sent.astimezone(HCM).date()
    return f"{local:%H:%M}" if same_day else f"{local:%H:%M %d/%m/%Y}"


@pytest.fixture(scope="session")
def console_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A station made once for the console tests: three accounts, an approved announcement
    with a daily 06:30 slot, and two drafts (one whose title is an HTML script tag)."""
    from broadcaster import schedule
    from schedules.slots import make_slot

    root = tmp_path_factory.mktemp("console") / "station"
    clock = SetClock(CONSOLE_NOW - timedelta(days=30))
    station = Station.create(root, "Đài truyền thanh xã Tân Lập", quiet_hours=None, clock=clock)
    set_config(root, "engines", '["espeak"]')
    station = Station.open(root, clock)
    for name, (role, password) in CONSOLE_ACCOUNTS.items():
        station.accounts.add(name, role, password)
    scripts = root.parent / "scripts"
    scripts.mkdir()
    station.add_announcements([
        write_script(scripts, "bz.md", "Cài đặt Bluezone.", id="bluezone", title="Cài Bluezone",
                     campaign="bluezone"),
        write_script(scripts, "hop.md", "Họp thôn lúc 19h.", id="hop-thon",
                     title="Họp thôn Đông", campaign="thon"),
        write_script(scripts, "x.md", "Thử.", id="thu", title="<script>alert('x')</script>"),
    ])  # fmt: skip
    station.approve("bluezone", "Chủ tịch xã")
    schedule.add_slots(station, [make_slot("sang", "06:30", campaign="bluezone",
                                           created_at=clock())])  # fmt: skip
    station.db.conn.close()
    return root


@pytest.fixture
def console_station(console_template: Path, tmp_path: Path) -> Path:
    """A private copy of the console template for one test."""
    return copy_station(console_template, tmp_path / "station")


@pytest.fixture(autouse=True)
def _language_put_back() -> Iterator[None]:
    """Whatever a test made the process speak (the console speaks its station's language from
    create_app on), the next test starts in the language this one started in."""
    spoken, variable = i18n.language(), os.environ.get("LANGUAGE")
    yield
    if i18n.language() != spoken:
        i18n.use_language(spoken)
    if variable is None:
        os.environ.pop("LANGUAGE", None)
    else:
        os.environ["LANGUAGE"] = variable


@pytest.fixture
def vietnamese(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The process speaks Vietnamese for the test, whatever the machine's locale (the console
    chooses the language once per process), and what it spoke before afterwards."""
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.setenv("LANGUAGE", os.environ.get("LANGUAGE", ""))
    before = i18n.language()
    i18n.use_language("vi")
    yield
    i18n.use_language(before)


SESSION_COOKIE = "broadcaster_session"
CSRF_FIELD = re.compile(r'name="csrf_token" value="([^"]+)"')
ONCE_FIELD = re.compile(r'name="once" value="([^"]+)"')
FORM = re.compile(r"<form\b([^>]*)>.*?</form>", re.S)
ACTION = re.compile(r'action="([^"]*)"')


class Visitor:
    """A person at the console through Flask's test client: pages are fetched, and forms are
    posted with the CSRF token of the page they were on, as a browser would."""

    def __init__(self, app: Any, sessions: dict[str, str] | None = None) -> None:
        self.client = app.test_client()
        self.page = ""
        self.name: str | None = None
        """The account signed in (its forms' keys are made for it)."""
        self.sessions = sessions or {}

    def get(self, url: str, **kwargs: Any) -> Any:
        response = self.client.get(url, **kwargs)
        self.page = response.get_data(as_text=True)
        return response

    def post(self, url: str, data: dict[str, Any], page: str | None = None) -> Any:
        """Post `data` from the form on `page` (default: the last page fetched)."""
        if page is not None:
            self.get(page)
        token = CSRF_FIELD.search(self.page)
        assert token, "the page has no form with a CSRF token"
        sent = {**data, "csrf_token": token.group(1)}
        key = self.form_key(url)
        if key is not None and "once" not in data:
            sent["once"] = key
        response = self.client.post(url, data=sent)
        self.page = response.get_data(as_text=True)
        return response

    def form_key(self, url: str) -> str | None:
        """The one-time key of the page's form that posts to `url` (or to the page itself),
        as a browser sends it with that form."""
        keys: dict[str | None, str] = {}
        for form in FORM.finditer(self.page):
            key = ONCE_FIELD.search(form.group(0))
            action = ACTION.search(form.group(1))
            if key:
                keys.setdefault(html.unescape(action.group(1)) if action else None, key.group(1))
        return keys.get(url, keys.get(None)) or self.earlier_key(url)

    def earlier_key(self, url: str) -> str | None:
        """A key for the form that posts to `url` from a page shown earlier (the test posts
        a form its last page no longer shows: an approval already made elsewhere…)."""
        app = self.client.application
        endpoint, _args = app.url_map.bind("localhost").match(url.partition("?")[0], "POST")
        if self.name is None:
            return None
        station = Station.open(app.config["STATION_ROOT"], app.config["CLOCK"])
        try:
            return station.form_key(endpoint, self.name)
        finally:
            station.close()

    def log_in(self, name: str, password: str | None = None) -> Any:
        password = CONSOLE_ACCOUNTS[name][1] if password is None else password
        self.name = name
        return self.post("/login", {"name": name, "password": password}, page="/login")

    def sign_in(self, name: str) -> None:
        """Carry on the session of an earlier real log-in (see console_sessions): for tests
        about something else than logging in, without paying argon2 each time."""
        self.client.set_cookie(SESSION_COOKIE, self.sessions[name])
        self.name = name


@pytest.fixture(scope="session")
def console_sessions(console_template: Path) -> dict[str, str]:
    """A session cookie for each template account, each from one real log-in; valid on every
    copy of the template, since the copies share its session key."""
    from web import create_app

    spoken, variable = i18n.language(), os.environ.get("LANGUAGE")
    app = create_app(console_template)  # also makes the template's session key
    i18n.use_language(spoken)  # the console sets the process's language: put it back
    if variable is None:
        os.environ.pop("LANGUAGE", None)
    else:
        os.environ["LANGUAGE"] = variable
    return logged_in_cookies(Visitor, app, CONSOLE_ACCOUNTS, SESSION_COOKIE)


def logged_in_cookies(
    visitor: type[Visitor], app: Any, names: Iterable[str], cookie_name: str
) -> dict[str, str]:
    """The session cookie of one real log-in per account (argon2 is slow: tests reuse them)."""
    cookies = {}
    for name in names:
        person = visitor(app)
        assert person.log_in(name).status_code == 302
        cookie = person.client.get_cookie(cookie_name)
        assert cookie is not None
        cookies[name] = cookie.value
    return cookies


def copy_refused_after_log_out(
    person: Visitor, pages: Iterable[str], cookie_name: str = SESSION_COOKIE
) -> None:
    """`person`, logged in on a page with a form, copies her session cookie and logs out: the
    copy, replayed in another browser, opens none of `pages` (each sends to the log-in)."""
    copied = person.client.get_cookie(cookie_name)
    assert copied is not None
    assert person.post("/logout", {}).location == "/login"
    thief = type(person)(person.client.application)
    thief.client.set_cookie(cookie_name, copied.value)
    for page in pages:
        answer = thief.get(page)
        assert answer.status_code == 302 and answer.location.startswith("/login"), page


@pytest.fixture
def console_clock() -> SetClock:
    return SetClock(CONSOLE_NOW)


@pytest.fixture
def console(
    console_station: Path, console_clock: SetClock, vietnamese: None, console_sessions: Any
) -> Any:
    """The console app over a fresh copy of the template station, on the test's clock."""
    from web import create_app

    return create_app(console_station, console_clock)


@pytest.fixture
def visitor(console: Any, console_sessions: dict[str, str]) -> Visitor:
    return Visitor(console, console_sessions)


# ----- a real browser ----------------------------------------------------------------------------
ARTIFACTS = Path(__file__).parent.parent / "test-artifacts"
"""Screenshots from the browser tests, for a person to look at (not in git)."""


@pytest.fixture(scope="session")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    """Debian's chromium, headless, driven by Selenium through chromium-driver; one browser
    for the whole run. No network here: everything that would call out is switched off."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for argument in (
        "--headless=new",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-dev-shm-usage",
        f"--user-data-dir={tmp_path_factory.mktemp('chromium')}",
        "--window-size=1280,900",
        "--lang=vi",
    ):
        options.add_argument(argument)
    if os.geteuid() == 0:
        options.add_argument("--no-sandbox")  # chromium refuses to run as root otherwise
    driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
    try:
        yield driver
    finally:
        driver.quit()


def page_wait(browser: Any) -> WebDriverWait[Any]:
    """A wait of a minute that looks again when a part it found was swapped before it read it:
    the office's live.js replaces its data-live parts every few seconds (CI on b8da72d failed
    on a StaleElementReferenceException between find_element and .text)."""
    from selenium.common.exceptions import StaleElementReferenceException
    from selenium.webdriver.support.ui import WebDriverWait

    return WebDriverWait(browser, 60, ignored_exceptions=(StaleElementReferenceException,))


def text_of(browser: Any, element_id: str) -> str:
    """The text of the part with that id, found and read in one call inside the page, so a
    swap by live.js cannot fall between the finding and the reading."""
    return str(browser.execute_script(
        "return document.getElementById(arguments[0]).innerText;", element_id))  # fmt: skip


@dataclass(frozen=True)
class ServedConsole:
    url: str
    root: Path


@pytest.fixture(scope="module")
def served_console(
    console_template: Path, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[ServedConsole]:
    """`broadcaster web` as a person starts it (waitress, a free loopback port) over a copy
    of the console template, in Vietnamese whatever this machine's locale."""
    root = copy_station(console_template, tmp_path_factory.mktemp("served") / "station")
    with served("--station", str(root), "web", "--port", "0") as url:
        yield ServedConsole(url, root)


@contextlib.contextmanager
def served(*args: str) -> Iterator[str]:
    """A console command (`web`, `office web`) run as a person starts it, in Vietnamese
    whatever this machine's locale; yields the address it prints, stops it after."""
    environment = {k: v for k, v in os.environ.items()
                   if k not in ("LANG", "LC_ALL", "LC_MESSAGES", "LANGUAGE")}  # fmt: skip
    command = [str(Path(sys.executable).parent / "broadcaster"), *args]
    server = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                              env=environment)  # fmt: skip
    try:
        assert server.stdout is not None
        ready, _, _ = select.select([server.stdout], [], [], 60)
        line = server.stdout.readline() if ready else ""
        found = re.search(r"http://127\.0\.0\.1:\d+", line)
        if not found:
            server.terminate()
            raise AssertionError(f"the console did not start: {server.communicate(timeout=30)[1]}")
        yield found.group()
    finally:
        server.terminate()
        server.wait(30)
