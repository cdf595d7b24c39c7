"""The commune stops its own emergency (w27leader F1): anh Tuấn sent a wrong one from the
console and nothing let him take it back. From Trang chủ or `broadcaster emergency-stop`,
the one on air is cut within a second or two, whichever process airs it, and logged once,
partly aired, "dừng bởi …"; one still waiting never airs and reads withdrawn, not missed."""

from __future__ import annotations

import csv
import signal
import threading
import time
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import Any
from unittest.mock import ANY

from conftest import Daemon, Run, Visitor, airings, query, runner_for, set_config, store_dump
from test_web import text

from broadcaster import upstream_emergency
from broadcaster.station import Station
from upstream.emergency_message import Emergency
from upstream.targeting import Audience

WRONG = "Thôn Đông họp lúc 19 giờ tối nay tại nhà văn hóa, bà con đến đúng giờ nhé."
RIGHT = "Thôn Tây họp lúc 20 giờ tối nay tại nhà văn hóa, bà con đến đúng giờ nhé."
PATIENCE = 20.0


def until(found: Callable[[], Any], what: str) -> Any:
    """What `found` returns once it is something (the store read again until then)."""
    deadline = time.monotonic() + PATIENCE
    while not (value := found()):
        assert time.monotonic() < deadline, f"never: {what}"
        threading.Event().wait(0.05)
    return value


def on_air(station: Path) -> list[tuple[Any, ...]]:
    return query(station, "SELECT seq FROM airings WHERE status = 'started'")


def test_the_leader_stops_his_emergency_on_air_from_home_and_the_daemon_cuts_it(
    visitor: Visitor, console_station: Path, start_daemon: Callable[..., Daemon]
) -> None:
    Station.open(console_station).accounts.set_person("duyet", "Nguyễn Văn Tuấn", "Chủ tịch xã")
    daemon = start_daemon(console_station, sink="null")  # real time: ~20 s on air to cut
    daemon.expect(r"on air, airings go to")
    run = runner_for(console_station)
    run("emergency", "--text", WRONG, "--by", "duyet")
    daemon.expect(r"On air: #\d+ EMERGENCY")
    visitor.sign_in("duyet")
    home = text(visitor.get("/").text)
    assert "Dừng tin khẩn cấp này" in home and "Lý do dừng (không bắt buộc)" in home

    [(number,)] = query(console_station, "SELECT id FROM emergencies")
    form_page = visitor.page
    assert f'id="stop-emergency-{number}"' in form_page
    form = {"number": str(number), "reason": "  nhầm   thôn "}
    asked = time.monotonic()
    stopped = visitor.post("/emergency/stop", form)
    assert stopped.status_code == 302
    said = daemon.expect(r"#\d+ partly aired.*").group(0)
    assert time.monotonic() - asked < 2.5, "the loudspeakers went on for too long"
    tuan = "Nguyễn Văn Tuấn – Chủ tịch xã"  # as the console names him
    assert f"stopped by {tuan}: nhầm thôn" in said

    home = visitor.get("/").text
    assert "đã dừng" in text(home) and 'class="stop-emergency"' not in home
    visitor.page = form_page  # the same form sent again: said once, nothing more done
    assert visitor.post("/emergency/stop", form).status_code == 302
    assert "đã được dừng lúc" in text(visitor.get("/").text)

    # never queued nor aired again: the daemon, stopped, said nothing more of it
    assert daemon.stop() == 0
    assert not [line for line in daemon.output() if "EMERGENCY" in line][1:]
    [row] = [a for a in airings(console_station) if a["trigger"] == "emergency"]
    assert row["status"] == "partial" and row["duration_s"] < 10
    assert query(console_station, "SELECT stopped_by, stop_reason FROM emergencies") == [
        (tuan, "nhầm thôn")
    ]
    [logged] = [r for r in visitor.get("/log").text.split("<li ")[1:] if "Khẩn cấp" in r]
    assert f"Dừng bởi {tuan}: nhầm thôn" in text(logged)


def test_the_cli_stops_the_one_waiting_and_the_one_on_air_each_logged_once(
    quick: Path, run: Run, start_daemon: Callable[..., Daemon]
) -> None:
    """The first emergency, cut by a newer one of the commune's, waits to air again: stopped
    then, it never airs and is logged withdrawn ("cancelled"), not missed; the newer one on air
    is cut; the month's report counts nothing missed."""
    daemon = start_daemon(quick, sink="null")
    daemon.expect(r"on air, airings go to")
    run("emergency", "--text", WRONG, "--by", "tuan")
    daemon.expect(r"On air: #1 EMERGENCY")
    run("emergency", "--text", RIGHT, "--by", "tuan")
    daemon.expect(r"#1 preempted")
    daemon.expect(r"On air: #2 EMERGENCY")

    waiting = run("emergency-stop", "1", "--reason", "nhầm thôn", "--by", "Tuấn")
    assert "Emergency 1 (" in waiting.stdout and "stopped" in waiting.stdout
    refused = run("emergency-stop", "1", "--by", "Tuấn", code=1)  # once
    assert "cannot be stopped" in refused.stderr
    asked = time.monotonic()
    run("emergency-stop", "--by", "Tuấn")  # the newest: the one on air
    daemon.expect(r"#2 partly aired.*stopped by Tuấn")
    assert time.monotonic() - asked < 2.5
    said = daemon.expect(r"#3 .*").group(0)
    assert "#3 cancelled" in said and "stopped by Tuấn: nhầm thôn" in said, said
    nothing = run("emergency-stop", "--by", "Tuấn", code=1)
    assert "nothing to stop" in nothing.stderr
    assert daemon.stop() == 0
    assert [(a["seq"], a["status"]) for a in airings(quick)] == [
        (1, "preempted"), (2, "partial"), (3, "missed")
    ]  # fmt: skip
    shown = run("log", "list").stdout
    assert "stopped by Tuấn: nhầm thôn" in shown and "missed" not in shown, shown
    exported = quick / "thang.csv"
    run("log", "export", "-o", str(exported))
    lines = list(csv.DictReader(exported.read_text("utf-8-sig").split("\n\n")[0].splitlines()))
    assert [(line["Kết quả"], line["Ghi chú"]) for line in lines] == [
        ("Bị ngắt (khẩn cấp)", ANY), ("Không ra loa", ANY), ("Đã dừng", ANY)
    ]  # fmt: skip  # the part it aired went to the daemon's test sink: no loudspeaker
    assert "dừng bởi Tuấn: nhầm thôn" in lines[2]["Ghi chú"], lines[2]
    said = exported.read_text("utf-8-sig")  # the stopped emergency is no airing left unaired
    assert "bị bỏ lỡ" not in said and "Mọi thông báo đã xếp lịch đều được phát" in said, said
    warned = [line for line in run("status").stdout.splitlines() if line.startswith("Warning")]
    assert not warned, warned  # #1's cut is not to be aired again, nor #2's


def test_the_console_airing_it_itself_stops_it_too(
    visitor: Visitor, console: Any, console_station: Path, console_sessions: dict[str, str]
) -> None:
    """No daemon: the console airs the emergency on the server thread of the page that sent
    it (which takes no signal); a second page stops it all the same."""
    set_config(console_station, "default_sink", '"null"')
    Station.open(console_station).accounts.set_person("duyet", "Nguyễn Văn Tuấn", "Chủ tịch xã")
    sender = Visitor(console, console_sessions)
    sender.sign_in("duyet")
    sender.get("/")
    answer: list[Any] = []
    sending = threading.Thread(
        target=lambda: answer.append(sender.post("/emergency/send", {"text": WRONG}))
    )
    sending.start()
    until(lambda: on_air(console_station), "the emergency on air")
    visitor.sign_in("duyet")
    [(number,)] = query(console_station, "SELECT id FROM emergencies")
    visitor.post("/emergency/stop", {"number": str(number)}, page="/")
    asked = time.monotonic()
    sending.join(PATIENCE)
    assert time.monotonic() - asked < 2.5 and answer[0].status_code == 302
    told = text(sender.get("/").text)
    assert "không phát trọn" in told and "dừng bởi Nguyễn Văn Tuấn" in told, told
    [row] = airings(console_station)
    assert row["status"] == "partial" and "dừng bởi Nguyễn Văn Tuấn" in row["error"]


def test_stopping_is_for_approvers_with_a_form_of_the_page_and_one_ended_changes_nothing(
    visitor: Visitor, console_station: Path
) -> None:
    """Two people press "Dừng" at once: the second is told it cannot be stopped (it was
    already), in one sentence, and the store is as the first left it."""
    Station.open(console_station).create_emergency("duyet", WRONG)  # waiting: no daemon
    visitor.sign_in("vanhanh")
    assert 'class="stop-emergency"' not in visitor.get("/").text
    before = store_dump(console_station)
    assert visitor.client.post("/emergency/stop", data={"number": "1"}).status_code == 403
    visitor.sign_in("duyet")
    visitor.get("/")
    assert 'id="stop-emergency-1"' in visitor.page
    assert visitor.client.post("/emergency/stop", data={"number": "1"}).status_code == 400
    assert store_dump(console_station) == before
    runner_for(console_station)("emergency-stop", "--by", "Hùng")
    before = store_dump(console_station)
    refused = visitor.post("/emergency/stop", {"number": "1"})  # the page before the stop
    assert refused.status_code == 303
    assert "Không dừng được tin khẩn cấp số 1: tin đã phát xong, đã được dừng trước đó" in text(
        visitor.get("/").text
    )
    assert store_dump(console_station) == before


def test_stopped_while_the_daemon_lay_killed_it_never_airs_again_and_ends_once(
    quick: Path, run: Run, start_daemon: Callable[..., Daemon]
) -> None:
    """kill -9 of the daemon with the emergency on air, the leader stops it before it comes
    back: the row cut by the kill reads interrupted, the request ends once, withdrawn (not
    aired again from the start, not missed), and the month has nothing left unaired."""
    daemon = start_daemon(quick, sink="null")
    daemon.expect(r"on air, airings go to")
    run("emergency", "--text", WRONG, "--by", "tuan")
    daemon.expect(r"On air: #1 EMERGENCY")
    daemon.stop(signal.SIGKILL)
    run("emergency-stop", "--reason", "nhầm thôn", "--by", "Tuấn")
    again = start_daemon(quick, sink="null")
    said = again.expect(r"#2 .*").group(0)
    assert "#2 cancelled" in said and "stopped by Tuấn: nhầm thôn" in said, said
    assert again.stop() == 0
    assert not [line for line in again.output() if "On air" in line]
    assert [(a["seq"], a["status"]) for a in airings(quick)] == [
        (1, "interrupted"), (2, "missed")
    ]  # fmt: skip
    assert run("emergency-stop", "--by", "Tuấn", code=1)  # nothing left to stop
    exported = quick / "thang.csv"
    run("log", "export", "-o", str(exported))
    said = exported.read_text("utf-8-sig")
    assert "Đã dừng" in said and "bị bỏ lỡ" not in said, said
    warned = [line for line in run("status").stdout.splitlines() if line.startswith("Warning")]
    assert not warned, warned  # not "the station airs this emergency again by itself"


def test_the_offices_emergency_waiting_here_is_not_the_communes_to_stop(
    visitor: Visitor, console_station: Path
) -> None:
    """The office's emergency waiting at the commune: no form on Trang chủ, the route and
    `emergency-stop` (by its number, or the newest) refuse, the store as it was."""
    station = Station.open(console_station)
    sent = station.clock()
    message = Emergency(f"{sent:%Y%m%d-%H%M%S}-abcdef", sent, sent + timedelta(minutes=30),
                        Audience(), "Thông báo khẩn cấp", "Vỡ đê sông Lèn.", None)  # fmt: skip
    number = upstream_emergency._file(station, message, "mqtt", None, False).emergency_id
    before = store_dump(console_station)
    visitor.sign_in("duyet")
    assert 'class="stop-emergency"' not in visitor.get("/").text
    refused = visitor.post("/emergency/stop", {"number": str(number)}, page="/")
    assert refused.status_code == 303
    assert f"Không dừng được tin khẩn cấp số {number}" in text(visitor.get("/").text)
    run = runner_for(console_station)
    by_number = run("emergency-stop", str(number), "--by", "Tuấn", code=1).stderr
    assert f"Không dừng được tin khẩn cấp số {number}:" in by_number
    assert "không có gì để dừng" in run("emergency-stop", "--by", "Tuấn", code=1).stderr
    assert store_dump(console_station) == before
