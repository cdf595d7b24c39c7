"""Emergencies are never lost, never silently cut, never aired late by surprise: ids that
cannot collide, a newer emergency that cuts an older one which then airs again, a daemon
that cannot be killed by the emergency signal while it starts, stops and pre-emptions during
the amplifier's pre-roll, and a validity after which an emergency is logged, not aired."""

from __future__ import annotations

import os
import signal
import subprocess
import threading
import time
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from conftest import (
    FAST,
    HCM,
    Daemon,
    Run,
    SetClock,
    airings,
    broadcaster,
    clock_in,
    make_tone,
    query,
    set_config,
    warm_broadcaster,
    write_script,
)
from servers import PATIENCE

from broadcaster.emergency import send
from broadcaster.station import Station

FLOOD = "Lũ đang lên, bà con di dời ngay."


def test_two_emergencies_in_the_same_second_both_air(quick: Path, scripts: Path) -> None:
    now = datetime.now(HCM).replace(microsecond=0)
    station = Station.open(quick, SetClock(now))
    first = send(station, "A", None, scripts / "ngan.wav", FAST)
    second = send(station, "B", None, scripts / "ngan.wav", FAST)
    assert first.announcement_id != second.announcement_id
    assert first.announcement_id.startswith(f"khan-cap-{now:%Y%m%d-%H%M%S}")
    rows = airings(quick)
    assert [(r["trigger"], r["status"]) for r in rows] == [("emergency", "aired")] * 2
    assert [r["items"][0]["announcement_id"] for r in rows] == [
        first.announcement_id,
        second.announcement_id,
    ]
    assert query(quick, "SELECT COUNT(*) FROM emergencies WHERE airing_seq IS NULL") == [(0,)]


def test_emergencies_sent_together_with_no_daemon_all_air(quick: Path) -> None:
    """Sent at once from three terminals with no daemon: each command airs its own (an older
    one cut by a newer airs again after it) and says so only when it did."""
    commands = [broadcaster(quick, "emergency", "--text", f"Khẩn cấp số {n}.", "--sink", "null")
                for n in range(3)]  # fmt: skip
    for command in commands:
        out, err = command.communicate(timeout=120)
        assert command.returncode == 0 and "Emergency airing #" in out, err
    sent = {
        announcement for (announcement,) in query(quick, "SELECT announcement_id FROM emergencies")
    }
    rows = airings(quick)
    assert {r["items"][0]["announcement_id"] for r in rows if r["status"] == "aired"} == sent
    assert len(sent) == 3 and all(r["status"] in ("aired", "preempted") for r in rows)
    assert query(quick, "SELECT COUNT(*) FROM emergencies WHERE airing_seq IS NULL") == [(0,)]


def test_a_file_cannot_claim_an_emergency_id(quick: Path, scripts: Path, run: Run) -> None:
    now = datetime.now(HCM)
    for claim in (f"khan-cap-{now:%Y%m%d-%H%M%S}", f"khan-cap-{now:%Y%m%d-%H%M%S}-1", "khan-cap-x"):
        by_front_matter = write_script(scripts, "gia.md", "Tin giả.", id=claim)
        by_file_name = write_script(scripts, f"{claim}.md", "Tin giả.")
        for path in (by_front_matter, by_file_name):
            result = run("announce", "add", str(path), code=1)
            assert f"id '{claim}' starts with 'khan-cap-'" in result.stderr
            assert result.stderr.count("\n") == 1
    assert query(quick, "SELECT COUNT(*) FROM announcements WHERE id LIKE 'khan-cap-%'") == [(0,)]
    sent = run("emergency", "--file", str(scripts / "ngan.wav"), "--sink", FAST)
    assert "Emergency airing #1 aired" in sent.stdout


def test_a_newer_emergency_cuts_the_older_which_then_airs_again_in_full(
    quick: Path, scripts: Path, run: Run, start_daemon: Callable[..., Daemon]
) -> None:
    long = make_tone(scripts / "di-doi.wav", seconds=2.5)
    set_config(quick, "default_sink", '"null"')  # in real time, to be cut on air
    daemon = start_daemon(quick, sink=None, warm=True, reads=True)
    daemon.expect(r"on air, airings go to: no loudspeaker")
    run("emergency", "--file", str(long))
    daemon.expect(r"On air: #1 EMERGENCY")
    set_config(quick, "default_sink", f'"{FAST}"')  # from the next airing: what is checked of
    run("emergency", "--file", str(scripts / "ngan.wav"))  # the rest is not its pace
    daemon.expect(r"#1 preempted")
    daemon.expect(r"#2 emergency|#2 aired", timeout=60)
    daemon.expect(r"On air: #3 EMERGENCY", timeout=60)
    daemon.expect(r"#3 aired", timeout=60)
    assert daemon.stop() == 0
    first, second, again = airings(quick)
    first_id = first["items"][0]["announcement_id"]
    second_id = second["items"][0]["announcement_id"]
    assert (
        first["status"] == "preempted" and f"emergency announcement {second_id}" in first["error"]
    )
    assert (second["trigger"], second["status"]) == ("emergency", "aired")
    assert (again["trigger"], again["status"]) == ("emergency", "aired")
    assert again["items"][0]["announcement_id"] == first_id
    assert again["duration_s"] == pytest.approx(again["planned_duration_s"], abs=0.1)
    assert query(quick, "SELECT COUNT(*) FROM emergencies WHERE airing_seq IS NULL") == [(0,)]


def test_an_emergency_with_no_daemon_cuts_a_play_in_another_process(quick: Path, run: Run) -> None:
    player = playing(quick, "dai")
    sent = run("emergency", "--text", FLOOD, "--sink", FAST)  # the play it cuts keeps the pace
    assert "Emergency airing #2 aired" in sent.stdout
    assert player.wait(20) == 1
    cut, urgent = airings(quick)
    assert (cut["status"], cut["error"]) == ("preempted", "preempted by an emergency")
    assert cut["duration_s"] < 20
    assert (urgent["trigger"], urgent["status"]) == ("emergency", "aired")


def playing(station: Path, announcement: str) -> subprocess.Popen[str]:
    """`play` in a process of its own (a warm one: conftest.warm_broadcaster), on the test
    sink in real time, once it is on air."""
    player = warm_broadcaster(station, "play", "--announce", announcement, "--sink", "null",
                              modules="broadcaster.airing")  # fmt: skip
    assert player.stdout and player.stdout.readline().startswith("On air")
    return player


def pid_announced(station: Path, deadline: float) -> int:
    """The daemon's pid, as soon as it writes it (as `emergency` would read it)."""
    lock = station / "daemon.lock"
    while True:
        text = lock.read_text() if lock.exists() else ""
        if text.strip().isdigit():
            return int(text)
        assert time.monotonic() < deadline, "the daemon did not announce its pid"


def test_an_emergency_signalled_while_the_daemon_starts_waits_and_airs(
    quick: Path, run: Run, start_daemon: Callable[..., Daemon]
) -> None:
    """The signal comes the instant the pid is written: the daemon must already handle it."""
    for round_ in range(2):
        run("schedule", "add", f"s{round_}", "--at", clock_in(600), "--announce", "ngan")
        # the outcome is checked, not its pace
        daemon = start_daemon(quick, sink=FAST, warm=True, reads=True)
        pid = pid_announced(quick, time.monotonic() + PATIENCE)
        os.kill(pid, signal.SIGUSR1)  # what `emergency` does, at the worst moment
        os.kill(pid, signal.SIGUSR2)  # and what an emergency waiting for the lock does
        daemon.expect(r"on air, airings go to: no loudspeaker")
        run("emergency", "--file", str(quick.parent / "scripts" / "ngan.wav"))
        daemon.expect(rf"#{round_ + 1} aired", timeout=60)
        assert daemon.stop() == 0
    assert [(r["trigger"], r["status"]) for r in airings(quick)] == [("emergency", "aired")] * 2


def test_an_emergency_sent_as_the_daemon_starts_airs_exactly_once(
    quick: Path, scripts: Path, start_daemon: Callable[[Path], Daemon]
) -> None:
    """Sent while the daemon has not yet written its pid, the command airs it itself; the
    daemon, starting meanwhile, sees it already aired (or airs it, never both)."""
    for _ in range(2):
        daemon = start_daemon(quick)
        sender = broadcaster(quick, "emergency", "--file", str(scripts / "ngan.wav"),
                             "--sink", "null")  # fmt: skip
        assert sender.wait(60) == 0, sender.communicate()
        daemon.expect(r"on air, airings go to: no loudspeaker")
        deadline = time.monotonic() + 60
        while query(quick, "SELECT COUNT(*) FROM emergencies WHERE airing_seq IS NULL") != [(0,)]:
            assert time.monotonic() < deadline
            daemon.expect(r"aired", timeout=60)
        assert daemon.stop() == 0
    rows = airings(quick)
    assert [(r["trigger"], r["status"]) for r in rows] == [("emergency", "aired")] * 2
    assert len({r["items"][0]["announcement_id"] for r in rows}) == 2


@pytest.fixture
def warm(quick: Path) -> Path:
    """An amplifier that is switched on by a command and needs a long pre-roll."""
    relay = quick / "relay.log"
    set_config(quick, "shell", "true")
    set_config(quick, "before", f'"echo on >> {relay}"')
    set_config(quick, "after", f'"echo off >> {relay}"')
    set_config(quick, "pre_roll_s", "60.0")
    return quick


def powered_on(station: Path, times: int = 1) -> None:
    relay, deadline = station / "relay.log", time.monotonic() + PATIENCE
    while not relay.exists() or relay.read_text().split().count("on") < times:
        assert time.monotonic() < deadline, "the amplifier was not switched on"
        threading.Event().wait(0.02)  # the next look: a loop without it spun a core meanwhile


def test_a_stop_during_the_pre_roll_is_honoured(
    warm: Path, run: Run, start_daemon: Callable[..., Daemon]
) -> None:
    run("schedule", "add", "sang", "--at", clock_in(3), "--announce", "ngan")
    daemon = start_daemon(warm, warm=True)
    powered_on(warm)  # the row is open, the pre-roll (60 s) has begun
    stopped = time.monotonic()
    assert daemon.stop() == 0  # within the systemd unit's 20 s, long before the pre-roll ends
    assert time.monotonic() - stopped < 20
    [row] = airings(warm)
    assert (row["status"], row["duration_s"]) == ("interrupted", 0.0)
    assert row["error"] == "the station was switched off midway"
    assert not any(line.startswith("On air") for line in daemon.output())
    assert (warm / "relay.log").read_text().split() == ["on", "off"]


def test_a_pre_emption_during_the_pre_roll_is_honoured(
    warm: Path, run: Run, start_daemon: Callable[..., Daemon]
) -> None:
    """The emergency comes while the slot's amplifier warms up: it is cut having played
    nothing, at once. The warm-up is long (60 s) so that a loaded machine's `emergency`
    command, which took more than 3 s to start in one run, still comes inside it; the
    emergency's own warm-up is not what is checked: it has none."""
    run("schedule", "add", "sang", "--at", clock_in(3), "--announce", "dai")
    daemon = start_daemon(warm, sink=FAST, warm=True, reads=True)  # cut before its first sample
    powered_on(warm)
    set_config(warm, "pre_roll_s", "0.0")  # from the next airing, the emergency's
    run("emergency", "--file", str(warm.parent / "scripts" / "ngan.wav"))
    daemon.expect(r"#1 preempted", timeout=30)  # not once the slot's warm-up is over
    daemon.expect(r"On air: #2 EMERGENCY", timeout=60)
    daemon.expect(r"#2 aired", timeout=60)
    assert daemon.stop() == 0
    cut, urgent = airings(warm)
    assert (cut["status"], cut["duration_s"]) == ("preempted", 0.0)
    assert (urgent["trigger"], urgent["status"]) == ("emergency", "aired")


def test_sigterm_while_waiting_for_another_airing_ends_the_daemon(
    quick: Path, run: Run, start_daemon: Callable[..., Daemon], tmp_path: Path
) -> None:
    """A `play` in another process holds the on-air lock: the daemon waits for it at start
    (to close orphans), and for a slot that comes due; a stop ends either wait at once. The
    play lasts two minutes, so it is still on air when stopped however slow the machine is
    (with the 20 s 'dai', a loaded machine let it finish: 'aired', not 'interrupted')."""
    run("announce", "add", str(make_tone(tmp_path / "rat-dai.wav", seconds=120)))
    player = playing(quick, "rat-dai")
    starting = start_daemon(quick, warm=True)  # waits for the on-air lock before it is ready
    pid_announced(quick, time.monotonic() + PATIENCE)
    assert starting.stop() == 0
    assert "Station stopped (SIGTERM)" in starting.output()
    player.send_signal(signal.SIGTERM)
    player.wait(20)

    daemon = start_daemon(quick, warm=True)
    daemon.expect(r"on air, airings go to: no loudspeaker")
    player = playing(quick, "rat-dai")
    due = datetime.now(HCM) + timedelta(seconds=3)
    run("schedule", "add", "sang", "--at", f"{due:%H:%M:%S}", "--announce", "ngan")
    while datetime.now(HCM) < due + timedelta(seconds=1):  # its time has come: it waits
        threading.Event().wait(0.1)
    assert daemon.stop() == 0
    assert player.poll() is None  # the play was not touched: a slot does not cut it
    player.send_signal(signal.SIGTERM)
    player.wait(20)
    assert [(r["slot"], r["status"]) for r in airings(quick)] == [(None, "interrupted")] * 2


def test_an_emergency_that_could_not_air_in_time_is_logged_not_aired(
    quick: Path, run: Run, start_daemon: Callable[..., Daemon]
) -> None:
    """Emergencies sent while the daemon was down (the command handed them to a daemon that
    then died): one still valid airs at the next start, even in quiet hours; one sent longer
    ago than [emergency] valid_minutes never airs, and its row says why."""
    set_config(quick, "quiet_hours", '["00:00", "23:59:59"]')
    set_config(quick, "valid_minutes", "20.0")
    now = datetime.now(HCM)
    old = Station.open(quick, SetClock(now - timedelta(minutes=25)))
    _, stale = old.create_emergency("A", "Tin cũ: bão đã qua.")
    recent = Station.open(quick, SetClock(now - timedelta(minutes=15)))
    _, fresh = recent.create_emergency("A", FLOOD)
    # the outcome is checked, not its pace
    daemon = start_daemon(quick, sink=FAST, warm=True, reads=True)
    ended = {daemon.expect(r"#\d+ (aired|missed)", timeout=60)[1] for _ in range(2)}
    assert ended == {"aired", "missed"}
    assert daemon.stop() == 0
    rows = {r["items"][0]["announcement_id"]: r for r in airings(quick)}
    assert rows[stale]["status"] == "missed"
    assert "the emergency was valid until" in rows[stale]["error"]
    assert "20 min after it was sent" in rows[stale]["error"]
    assert (rows[fresh]["status"], rows[fresh]["trigger"]) == ("aired", "emergency")
    assert query(quick, "SELECT COUNT(*) FROM emergencies WHERE airing_seq IS NULL") == [(0,)]
    again = start_daemon(quick, warm=True)  # nothing is aired later by surprise
    again.expect(r"on air, airings go to: no loudspeaker")
    assert again.stop() == 0
    assert len(airings(quick)) == 2


def test_an_emergency_waiting_for_an_airing_past_its_validity_is_logged_missed(
    quick: Path, scripts: Path
) -> None:
    clock = SetClock(datetime.now(HCM))
    station = Station.open(quick, clock)
    number, announcement_id = station.create_emergency("A", FLOOD)
    clock.now += timedelta(minutes=31)  # the default validity is 30 minutes
    from broadcaster.airing import air
    from broadcaster.airing_log import Occasion, Trigger

    airing = air(station, [announcement_id], station.sink("null"),
                 occasion=Occasion(Trigger.EMERGENCY, emergency=number))  # fmt: skip
    assert airing is not None and airing.status == "missed"
    assert "too late to air it now" in (airing.error or "")
    assert air(station, [announcement_id], station.sink("null"),
               occasion=Occasion(Trigger.EMERGENCY, emergency=number)) is None  # fmt: skip


def test_a_daemon_starting_during_a_play_airs_an_emergency_at_once(
    quick: Path, run: Run, start_daemon: Callable[..., Daemon]
) -> None:
    """The daemon does not wait for another process's airing before it serves: an emergency
    sent to it then cuts that airing (which is logged `preempted`) and airs."""
    player = playing(quick, "dai")
    # the play it cuts keeps the pace
    daemon = start_daemon(quick, sink=FAST, warm=True, reads=True)
    daemon.expect(r"on air, airings go to: no loudspeaker")
    assert "sent to the running station" in run("emergency", "--text", FLOOD).stdout
    daemon.expect(r"On air: #2 EMERGENCY", timeout=60)
    assert player.wait(20) == 1
    daemon.expect(r"#2 aired", timeout=60)
    assert daemon.stop() == 0
    cut, urgent = airings(quick)
    assert (cut["status"], cut["error"]) == ("preempted", "preempted by an emergency")
    assert (urgent["trigger"], urgent["status"]) == ("emergency", "aired")
