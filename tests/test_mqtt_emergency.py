"""Emergencies from the office over MQTT (real Mosquitto with our configuration, real
collector and PostgreSQL, real station daemons on the null sink): they reach the communes
they are for and cut what is on air; the office follows each commune; forged, replayed,
expired and mistargeted messages are refused and logged; a broker that dies keeps what it
holds; a station away for the whole window is silent and airs nothing; the doorbell makes a
station sync at once, and polling works with no broker at all."""

from __future__ import annotations

import json
import os
import queue
import re
import secrets
import signal
import socket
import threading
import time
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from itertools import pairwise
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from click.testing import Result
from conftest import (
    CARD,
    airings,
    clock_in,
    console_says,
    make_tone,
    query,
    runner_for,
    set_config,
)
from province import Province
from securesystemslib.signer import CryptoSigner
from servers import PATIENCE, wait_until

from announcements.audio import file_sha256
from broadcaster import mqtt_link
from broadcaster.airing_lines import note
from broadcaster.identity import identity
from broadcaster.mqtt_link import MqttLink
from broadcaster.station import Station
from broadcaster.upstream_emergency import take
from common.i18n import _
from common.mqtt import DOORBELL_TOPIC, EMERGENCY_TOPIC, Broker, make_client, status_topic
from office import broker
from office.db import open_office
from office.emergency import Sent, publish
from office.emergency import send as send_emergency
from upstream.emergency_message import seal
from upstream.keys import signer


def office(province: Province, *args: str, code: int = 0) -> Result:
    return runner_for(province.work / "nowhere")(
        "office", "emergency", "--db", province.dsn, *args, code=code
    )


def send(province: Province, *args: str) -> str:
    out = office(province, "--keys", str(province.keys), "--repo",
                 str(province.repository.root_dir), *args).stdout  # fmt: skip
    return str(out.split()[1])  # "Emergency <id> sent to …"


PACED = "card:x3"
"""The sound card's stand-in three times as fast as real time: the three minutes a program is
on air until an emergency cuts it are a minute, and the emergencies air in seconds."""


def test_an_emergency_reaches_two_communes_and_cuts_what_is_on_air(
    province: Province, tmp_path: Path
) -> None:
    coast = province.commune("Xã Hải An", "ven biển")
    hills = province.commune("Xã Sơn Thủy", "miền núi")
    long_program = make_tone(tmp_path / "dai-dai.wav", seconds=180)  # on air until cut
    for root in (coast, hills):
        runner_for(root)("announce", "add", str(long_program))
    daemons, at = {}, clock_in(5)  # one slot for both: neither waits for the other's start
    for root in (coast, hills):
        runner_for(root)("schedule", "add", "sang", "--at", at, "--announce", "dai-dai")
        daemons[root] = province.start(root, PACED)
    for daemon in daemons.values():
        daemon.expect_all(r"Broker: connected", r"On air: #1 slot sang")
    message = send(province, "--text", "Bão số 3 đổ bộ, bà con vào nơi trú ẩn ngay.")
    for root, daemon in daemons.items():
        daemon.expect(rf"Emergency {message} from the office received \(mqtt\)")
        daemon.expect(r"#1 preempted")
        daemon.expect(r"On air: #2 EMERGENCY")
        daemon.expect(r"#2 aired", timeout=60)
        cut, urgent = airings(root)
        assert cut["status"] == "preempted"
        assert (urgent["trigger"], urgent["status"]) == ("upstream emergency", "aired")
        assert urgent["items"][0]["announcement_id"] == f"khan-cap-tren-{message}"
    province.wait_for_states(message, {"Xã Hải An": "aired", "Xã Sơn Thủy": "aired"})
    steps = "received_at <= on_air_at AND on_air_at <= done_at"  # each report was filed
    assert province.sql(f"SELECT count(*) FROM emergency_reports WHERE {steps}") == [(2,)]
    status = office(province, "status", message).stdout
    assert status.count("aired") == 3 and "aired 2" in status

    # for the coast only: the hills station refuses it, logs why, airs nothing
    coastal = send(province, "--text", "Triều cường, bà con ven biển chú ý.", "--to", "ven biển")
    daemons[coast].expect(rf"Emergency {coastal} from the office received")
    daemons[coast].expect(r"#3 aired", timeout=60)
    province.wait_for_states(coastal, {"Xã Hải An": "aired"})
    refused = "SELECT code FROM upstream_messages WHERE message_id = ?"
    wait_until(lambda: query(hills, refused, (coastal,)) == [("not-for-us",)],
               "the hills station filing the message as not for it")  # fmt: skip
    assert len(airings(hills)) == 2
    daemons[hills].stop()  # its officer is not told about the coast's emergency
    assert not [line for line in daemons[hills].output() if coastal in line]


def envelope(province: Province, minutes: tuple[float, float] = (0, 30), to: Any = None,
             text: str = "Sạt lở đất, bà con tránh xa sườn đồi.",
             key: CryptoSigner | None = None) -> tuple[str, bytes]:  # fmt: skip
    """A message as the office's send makes it: issued `minutes[0]` ago, valid for
    `minutes[1]`, signed with the emergency key (or `key`)."""
    now = datetime.now(UTC) - timedelta(minutes=minutes[0])
    message_id = f"{now:%Y%m%d-%H%M%S}-{secrets.token_hex(3)}"
    message = {"type": "emergency", "id": message_id, "issued_at": now.isoformat(),
               "valid_until": (now + timedelta(minutes=minutes[1])).isoformat(), "to": to,
               "title": "Thông báo khẩn cấp", "text": text, "audio": None}  # fmt: skip
    return message_id, seal(message, key or signer(province.keys, "emergency"))


def test_forged_replayed_expired_mistargeted_and_tampered_messages_are_refused_and_logged(
    province: Province,
) -> None:
    root = province.commune("Xã Tân Lập", "ven biển")
    daemon = province.start(root, CARD)
    daemon.expect(r"Broker: connected")
    genuine, payload = envelope(province)  # forged: a key of the office's that is not for this
    forged, forged_payload = envelope(province, key=signer(province.keys, "targets"))
    expired, expired_payload = envelope(province, minutes=(40, 30))
    other = {"groups": [], "stations": ["0" * 64]}
    elsewhere, elsewhere_payload = envelope(province, to=other)
    opened = json.loads(payload)  # the text changed, the signature kept
    opened["signed"] = opened["signed"].replace("Sạt lở", "Hoan hô")
    tampered_payload = json.dumps(opened).encode()
    with open_office(province.dsn) as conn:
        for message in (payload, forged_payload, payload, expired_payload, elsewhere_payload,
                        tampered_payload):  # fmt: skip
            publish(conn, EMERGENCY_TOPIC, message, qos=1)
    daemon.expect(rf"Emergency {genuine} from the office received")
    daemon.expect(rf"Emergency {forged} from the office refused: not signed .*forged")
    daemon.expect(rf"Emergency {genuine} from the office refused: .*already received")
    daemon.expect(rf"Emergency {expired} from the office received")
    daemon.expect(rf"Emergency {genuine} from the office refused: not signed .*tampered")
    daemon.expect_all(
        r"#\d missed: not aired: the emergency was valid until .*\(30 min after",
        r"#\d aired",
        timeout=60,
    )  # in the order sent: the genuine one first
    assert daemon.stop() == 0
    assert not [line for line in daemon.output() if elsewhere in line]  # filed, not said
    log = query(root, "SELECT message_id, outcome, code FROM upstream_messages ORDER BY id")
    assert log == [
        (genuine, "taken", "taken"),
        (forged, "refused", "forged"),
        (genuine, "refused", "replay"),
        (expired, "taken", "expired"),
        (elsewhere, "refused", "not-for-us"),
        (genuine, "refused", "forged"),
    ]
    rows = {r["items"][0]["announcement_id"]: r for r in airings(root)}
    assert {i: (r["trigger"], r["status"]) for i, r in rows.items()} == {
        f"khan-cap-tren-{genuine}": ("upstream emergency", "aired"),
        f"khan-cap-tren-{expired}": ("upstream emergency", "missed"),
    }  # nothing for the others


def test_a_forged_copy_on_the_polled_list_never_shadows_the_office_s_re_signed_one(
    province: Province,
) -> None:
    """review18 #1: the office signs an emergency "to all" again for a station approved while
    it is in force, and serves it on the polled list only. A copy naming the station but not
    signed by the emergency key (tampered on the way, or signed after a key rotation the
    station has not synced) is refused, once; it must not make the genuine copy a replay."""
    root = province.commune("Xã Sơn Thủy")
    me = identity(root).key_id
    first, payload = envelope(province, to={"groups": [], "stations": ["0" * 64]})
    station = Station.open(root)
    assert take(station, payload, "poll").code == "not-for-us"  # sent before it was approved
    again = json.loads(json.loads(payload)["signed"])
    again["to"] = {"groups": [], "stations": sorted(["0" * 64, me])}
    forged = seal(again, CryptoSigner.generate_ed25519())  # a key it does not know: it waits
    assert take(station, forged, "poll").code == "no-key"  # for a sync (test_emergency_waits)
    assert take(station, forged, "poll").report is None  # the next minute's list: said once
    outcome = take(station, seal(again, signer(province.keys, "emergency")), "poll")
    assert (outcome.message_id, outcome.code) == (first, "taken")
    assert query(root, "SELECT code FROM upstream_messages ORDER BY id") == [
        ("not-for-us",),
        ("no-key",),
        ("taken",),
    ]
    assert len(query(root, "SELECT 1 FROM emergencies")) == 1


def test_an_emergency_that_airs_late_is_logged_late_from_when_the_office_sent_it(
    province: Province,
) -> None:
    """o13net C1: one aired 8½ minutes after it was sent said nothing of it."""
    root = province.commune("Xã Tân Lập")
    daemon = province.start(root, CARD)
    daemon.expect(r"Broker: connected")
    message, payload = envelope(province, minutes=(9, 30))  # sent 9 minutes ago
    with open_office(province.dsn) as conn:
        publish(conn, EMERGENCY_TOPIC, payload, qos=1)
    daemon.expect(rf"Emergency {message} from the office received")
    daemon.expect(r"#1 aired", timeout=60)
    [row] = airings(root)
    assert 9 * 60 <= row["late_s"] < 10 * 60
    assert "trễ 9 phút" in note(row)
    # Lan's `log list` says it too, before any remark on the voice (o14net K1')
    logged = runner_for(root)("log", "list").stdout
    assert re.search(r"^#1 .*  ! 9 minutes late(; .*)?$", logged, re.M), logged


def test_an_office_emergency_that_expired_unaired_tells_the_operator_nothing_is_to_be_done(
    province: Province, vietnamese: None
) -> None:
    """o13net C4: Lan was told to send the office's stale warning again herself, as a
    'planned' airing, without its words; o14net F5: nothing is hers to do, so it is not in
    what needs attention at all (the office sees it; her log keeps it, with why); w15d: she
    still reads it in `status` and Trang chủ, under Để biết."""
    root = province.commune("Xã Tân Lập")
    daemon = province.start(root)
    daemon.expect(r"Broker: connected")
    _id, payload = envelope(province, minutes=(40, 30), text="Cắt điện khu vực chợ.")
    with open_office(province.dsn) as conn:
        publish(conn, EMERGENCY_TOPIC, payload, qos=1)
    wait_until(lambda: airings(root), "the expired emergency's row")
    said = runner_for(root)("status").stdout
    assert not re.search(r"^(?!Để biết: ).*Tin khẩn cấp của cấp trên", said, re.M)  # not for her
    assert "Cảnh báo" not in said
    assert re.search(  # but for her information (w14f's "Lead:" line)
        r"^Để biết: Tin khẩn cấp của cấp trên “Cắt điện khu vực chợ\.”, gửi lúc .*, không phát "
        r"ở đài: tin chỉ đến đài lúc .*, sau khi đã hết hiệu lực lúc .*: đến lúc đó đài tắt",
        said, re.M), said  # fmt: skip
    logged = runner_for(root)("log", "list").stdout
    assert re.search(r"^#1 .* bỏ lỡ .*! không phát: thông báo khẩn cấp chỉ có hiệu lực đến", logged,
                     re.M), logged  # fmt: skip


def test_an_emergency_sent_the_moment_a_station_says_it_listens_reaches_it(
    province: Province,
) -> None:
    """'Listening for emergencies' is said once the broker holds the subscription: the
    office's message, published from inside that very line, is delivered (said at the
    connection, before the subscription, it reached no one: a new session holds nothing)."""
    root = province.commune("Xã Tân Lập")
    _id, payload = envelope(province)
    received: queue.Queue[bytes] = queue.Queue()
    listening = _("Broker: connected, listening for emergencies")
    with open_office(province.dsn) as conn:

        def say(line: str) -> None:
            if line == listening:  # on paho's thread: the link waits until the broker has it
                publish(conn, EMERGENCY_TOPIC, payload, qos=1)

        link = MqttLink(root, lambda: Station.open(root), say, received.put, lambda: None)
        link.start()
        try:
            assert received.get(timeout=20) == payload
        finally:
            link.stop()


def test_a_rotated_emergency_key_is_followed_and_the_old_one_refused(province: Province) -> None:
    root = province.commune("Xã Tân Lập")
    old = signer(province.keys, "emergency")
    runner_for(province.work)("keys", "rotate", "emergency", "--keys", str(province.keys),
                              "--repo", str(province.repository.root_dir))  # fmt: skip
    province.repository.publish([province.campaigns / "chung"], datetime.now(UTC))
    runner_for(root)("sync")  # follows the new root
    station = Station.open(root)
    _id, stale = envelope(province, key=old)
    _id, fresh = envelope(province)
    assert take(station, stale, "mqtt").code == "forged"
    assert take(station, fresh, "mqtt").code == "taken"


def test_an_emergency_arriving_while_a_sync_repoints_the_root_is_taken(
    province: Province,
) -> None:
    root = province.commune("Xã Tân Lập")
    runner_for(root)("sync")
    station = Station.open(root)
    assert station.trusted_root.is_symlink()  # python-tuf's link into root_history/
    station.trusted_root.unlink()  # the moment in a sync when the link is being made again
    _id, fresh = envelope(province)
    assert take(station, fresh, "mqtt").code == "taken"


def wait_past(instant: datetime) -> None:
    """Let real time pass beyond `instant` (what is tested is the expiry itself)."""
    threading.Event().wait(max(0.0, (instant - datetime.now(UTC)).total_seconds()) + 0.2)


def test_a_broker_killed_and_restarted_delivers_to_a_station_that_was_away(
    province: Province,
) -> None:
    root = province.commune("Xã Tân Lập")
    set_config(root, "source", json.dumps(str(province.repository.root_dir)))  # no polling
    daemon = province.start(root)
    daemon.expect(r"Broker: connected")  # its session (and subscription) is at the broker
    assert daemon.stop() == 0
    with open_office(province.dsn) as conn:
        lasting = send_now(conn, province, "Đê sông Hồng có nguy cơ vỡ, sơ tán ngay.", 30)
        brief = send_now(conn, province, "Lốc xoáy qua thôn Đông.", 0.02)  # 1.2 s
    assert province.states(lasting.id) == province.states(brief.id) == {"Xã Tân Lập": "silent"}
    # its autosave comes a moment after each message: a kill before it lost the brief one (CI)
    wait_until(lambda: all(province.broker.saved(m.id) for m in (lasting, brief)), "its store")
    province.broker.kill()
    province.broker.start()  # what it held for the station comes back from its store
    wait_past(brief.valid_until)  # the station was away for the whole of the brief one
    assert province.states(brief.id) == {"Xã Tân Lập": "silent"}
    assert "no answer before it ended 1" in office(province, "status", brief.id).stdout
    assert airings(root) == []
    daemon = province.start(root, CARD)
    daemon.expect(rf"Emergency {lasting.id} from the office received \(mqtt\)")
    daemon.expect(rf"Emergency {brief.id} from the office received \(mqtt\)")
    province.wait_for_states(lasting.id, {"Xã Tân Lập": "aired"}, timeout=60)
    province.wait_for_states(brief.id, {"Xã Tân Lập": "missed"})
    rows = {r["items"][0]["announcement_id"]: r["status"] for r in airings(root)}
    assert rows == {f"khan-cap-tren-{lasting.id}": "aired", f"khan-cap-tren-{brief.id}": "missed"}


def test_emergencies_waiting_at_a_station_air_in_the_order_the_office_sent_them(
    province: Province,
) -> None:
    """A correction sent after its original is heard after it, and does not cut it (o13net
    B2: the later one aired first, the original last)."""
    root = province.commune("Xã Tân Lập")
    set_config(root, "source", json.dumps(str(province.repository.root_dir)))  # MQTT only
    daemon = province.start(root)
    daemon.expect(r"Broker: connected")
    assert daemon.stop() == 0
    with open_office(province.dsn) as conn:
        first = send_now(conn, province, "Nước sông Lèn dâng cao, bà con chú ý.", 30)
        correction = send_now(conn, province, "Đính chính: nước sông Mã dâng cao.", 30)
    daemon = province.start(root, CARD)
    for message in (first, correction):
        province.wait_for_states(message.id, {"Xã Tân Lập": "aired"}, timeout=60)
    heard = [(r["items"][0]["announcement_id"], r["status"]) for r in airings(root)]
    assert heard == [(f"khan-cap-tren-{first.id}", "aired"),
                     (f"khan-cap-tren-{correction.id}", "aired")]  # fmt: skip


def send_now(conn: Any, province: Province, text: str, minutes: float) -> Sent:
    return send_emergency(conn, province.keys, province.repository.root_dir, datetime.now(UTC),
                          text=text, valid_minutes=minutes)  # fmt: skip


def test_with_the_broker_down_a_station_takes_the_emergency_by_polling(
    province: Province,
) -> None:
    root = province.commune("Xã Tân Lập", poll_s=1.0)
    province.broker.stop()
    daemon = province.start(root, CARD)
    repo = str(province.repository.root_dir)
    refused = office(province, "--keys", str(province.keys), "--repo", repo, "--text", "Mất điện.")
    assert "the broker did not take it" in refused.stderr
    message = refused.stdout.split()[1]
    daemon.expect(rf"Emergency {message} from the office received \(poll\)")
    daemon.expect(r"#1 aired", timeout=60)
    assert daemon.stop() == 0
    assert query(root, "SELECT via, code FROM upstream_messages") == [("poll", "taken")]
    # the office's Date is kept to weigh the station's clock by only over https: over this
    # plain http source any middlebox could send one and lift a hold (review23b should 3)
    assert query(root, "SELECT value FROM meta WHERE key = 'office_time'") == []


def test_the_broker_copy_of_an_emergency_taken_by_polling_is_no_error_but_a_replay_is(
    province: Province,
) -> None:
    """o14web2 K3: the office sends each emergency by both routes, so the broker's copy of
    one the station polled first is expected and said nowhere; a second copy on the same
    route is a replay and still refused aloud."""
    root = province.commune("Xã Hòa Bình", poll_s=1.0)
    daemon = province.start(root, CARD)
    daemon.expect(r"Broker: connected")
    province.broker.kill()  # the office's copy never reaches the broker: polling brings it
    daemon.expect(r"Broker: connection lost")
    with open_office(province.dsn) as conn:
        sent = send_now(conn, province, "Khẩn cấp: vỡ đê sông Lèn, sơ tán ngay.", 30)
    daemon.expect(rf"Emergency {sent.id} from the office received \(poll\)")
    daemon.expect(r"#1 aired", timeout=60)
    province.broker.start()
    daemon.expect(r"Broker: connected", timeout=60)
    [(envelope,)] = province.sql("SELECT envelope FROM emergencies")
    with open_office(province.dsn) as conn:
        publish(conn, EMERGENCY_TOPIC, bytes(envelope), qos=1)  # the broker's copy, late
    mqtt = "SELECT code FROM upstream_messages WHERE via = 'mqtt' ORDER BY id"
    wait_until(lambda: query(root, mqtt) == [("duplicate",)], "the broker's copy filed")
    with open_office(province.dsn) as conn:
        publish(conn, EMERGENCY_TOPIC, bytes(envelope), qos=1)  # the same copy again
    daemon.expect(rf"Emergency {sent.id} from the office refused: .*already received")
    assert daemon.stop() == 0
    [refused] = [line for line in daemon.output() if "refused" in line]  # only the replay
    assert "already received" in refused
    assert query(root, mqtt) == [("duplicate",), ("replay",)]
    assert [r["status"] for r in airings(root)] == ["aired"]


def test_the_doorbell_makes_a_station_sync_within_seconds(province: Province) -> None:
    root = province.commune("Xã Tân Lập")  # it polls the repository once an hour
    daemon = province.start(root)
    daemon.expect_all(r"Upstream synced: 1 change", r"Broker: connected")
    province.campaign("bao", "Bão số 3 đang vào bờ.")
    rang = runner_for(province.work)(
        "publish", str(province.campaigns / "bao"), "--keys", str(province.keys),
        "--repo", str(province.repository.root_dir), "--db", province.dsn,
    )  # fmt: skip
    assert "Doorbell rung" in rang.stdout
    started = time.monotonic()
    daemon.expect(r"Upstream synced: 1 change$", timeout=15)
    assert time.monotonic() - started < 10
    assert query(root, "SELECT id FROM announcements WHERE id = 'bao-1'") == [("bao-1",)]


def test_a_station_whose_broker_comes_back_syncs_at_once(province: Province) -> None:
    """A doorbell rung while the broker was down reached no one: the station syncs on
    reconnecting, not at its hourly turn (o13net B1: 54 minutes on the old version)."""
    root = province.commune("Xã Hòa Bình")
    daemon = province.start(root)
    daemon.expect_all(r"Upstream synced: 1 change", r"Broker: connected")
    province.broker.kill()
    daemon.expect(r"Broker: connection lost")
    published = runner_for(province.work)(
        "publish", str(province.campaign("lu", "Lũ về, bà con chú ý.")), "--keys",
        str(province.keys), "--repo", str(province.repository.root_dir), "--db", province.dsn,
    )  # fmt: skip
    # o14net K2': she is told when they get it, not "at their next poll"
    assert ("stations that reach the office's repository take the publication within a minute, "
            "the others within a minute of their link coming back, else at their regular sync "
            "(once an hour unless set otherwise)") in published.stderr  # fmt: skip
    province.broker.start()
    first = daemon.expect(r"Broker: connected|Upstream synced: 1 change$", timeout=60)
    if first.group().startswith("Upstream"):
        # the minute's poll took it before the broker came back (w16j): as good for her
        daemon.expect(r"Broker: connected", timeout=60)
    else:
        daemon.expect(r"Upstream synced: 1 change$", timeout=15)
    assert query(root, "SELECT id FROM announcements WHERE id = 'lu-1'") == [("lu-1",)]


def test_a_station_syncs_as_soon_as_the_office_answers_its_poll_again(
    province: Province,
) -> None:
    """No broker at all: the first poll of the office's emergencies that works after failing
    brings what was published meanwhile."""
    root = province.commune("Xã Tân Lập", poll_s=0.5)
    province.broker.stop()
    with socket.create_server(("127.0.0.1", 0)) as silent:
        daemon = province.start(root)
        daemon.expect(r"Upstream synced: 1 change")
        set_config(root, "source", json.dumps(f"http://127.0.0.1:{silent.getsockname()[1]}"))
        silent.settimeout(30)
        knock, _address = silent.accept()  # a poll came, and gets no answer
        knock.close()
    province.repository.publish([province.campaign("lu", "Lũ về, bà con chú ý.")],
                                datetime.now(UTC))  # fmt: skip
    set_config(root, "source", json.dumps(province.url))
    daemon.expect(r"Upstream synced: 1 change$", timeout=15)
    assert query(root, "SELECT id FROM announcements WHERE id = 'lu-1'") == [("lu-1",)]


def test_with_only_the_broker_down_a_station_polling_the_office_syncs_a_new_version_at_once(
    province: Province,
) -> None:
    """o16net N3: the broker down, Hòa Bình still read the office's repository every minute
    (its list of emergencies) yet aired the old version for five minutes after Mai published
    v2, waiting for the broker or its hourly sync. A newer version seen by the poll rings the
    doorbell; the sync checks its signatures as every sync does."""
    root = province.commune("Xã Hòa Bình", poll_s=1)
    province.broker.stop()
    daemon = province.start(root)
    daemon.expect(r"Upstream synced: 1 change")
    published = runner_for(province.work)(
        "publish", str(province.campaign("lu", "Lũ về, bà con chú ý.")), "--keys",
        str(province.keys), "--repo", str(province.repository.root_dir), "--db", province.dsn,
    )  # fmt: skip
    assert "within a minute" in published.stderr, published.stderr
    daemon.expect(r"Upstream synced: 1 change$", timeout=15)
    assert query(root, "SELECT id FROM announcements WHERE id = 'lu-1'") == [("lu-1",)]


def test_while_neither_the_broker_nor_the_office_answers_the_operator_is_told_for_sure(
    province: Province, vietnamese: None
) -> None:
    """o13net C5: the daemon records when the office's emergencies have no way here (its
    broker link down and its poll of the office unanswered), since when; `status` and Trang
    chủ say so, and what to do; the sentence goes as soon as either way works again."""
    root = province.commune("Xã Tân Lập", poll_s=0.5)
    run, zone = runner_for(root), ZoneInfo("Asia/Ho_Chi_Minh")
    daemon = province.start(root)
    daemon.expect_all(r"Upstream synced", r"Broker: connected")
    cut = "tin khẩn cấp của cấp trên không đến được đài"
    assert cut not in run("status").stdout
    lost = datetime.now(zone)
    province.broker.stop()
    daemon.expect(r"Broker: connection lost")
    province.repository_down()
    daemon.expect(r"Emergencies: the office cannot reach the station")
    cut_off = datetime.now(zone)  # the link was lost between `lost` and now
    said = run("status").stdout
    seen = datetime.now(zone)  # 'hôm qua 23:59' when read at 00:00
    minutes = {console_says(lost, seen), console_says(cut_off, seen)}
    assert any(
        f"Cảnh báo: Từ {at}, tin khẩn cấp của cấp trên không đến được đài (mất liên "
        "lạc với cấp trên): hãy kiểm tra mạng Internet của xã. Nếu quá một ngày vẫn vậy, hãy "
        "gọi cấp trên." in said
        for at in minutes
    ), said
    [home] = [w for w in Station.open(root).warnings() if cut in w]  # Trang chủ's words
    assert any(home.startswith(f"Từ {at}") for at in minutes), home
    assert home.endswith("hãy gọi cấp trên."), home

    province.repository_up()  # the poll answers: the broker alone down is no cut-off
    daemon.expect(r"Emergencies: the office can reach the station again")
    assert cut not in run("status").stdout
    assert not [w for w in Station.open(root).warnings() if cut in w]

    province.repository_down()
    daemon.expect(r"Emergencies: the office cannot reach the station")
    assert cut in run("status").stdout
    province.broker.start()  # the broker alone back is enough
    daemon.expect(r"Emergencies: the office can reach the station again", timeout=90)
    assert cut not in run("status").stdout


def test_an_error_page_in_place_of_the_list_of_emergencies_is_no_answer(
    province: Province,
) -> None:
    """review14 #4: a 502 from nginx, a 404 (the repository moved) or a page that is no list
    counted as the office reaching the station, so with the broker down too the operator was
    never told. Only a list (or 'not changed') counts now."""
    answer: list[tuple[int, bytes]] = [(502, b"<html>502 Bad Gateway</html>")]

    class Office(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            status, body = answer[0]
            self.send_response(status)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: Any) -> None:
            pass

    root = province.commune("Xã Tân Lập", poll_s=0.5)
    province.broker.stop()
    server = ThreadingHTTPServer(("127.0.0.1", 0), Office)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        daemon = province.start(root)
        daemon.expect(r"Upstream synced")
        set_config(root, "source", json.dumps(f"http://127.0.0.1:{server.server_port}"))
        daemon.expect(r"Emergencies: the office cannot reach the station")
        answer[0] = (200, b'{"emergencies": []}')
        daemon.expect(r"Emergencies: the office can reach the station again")
        answer[0] = (200, b"<html>Trang ch\xe1\xbb\xa7</html>")
        daemon.expect(r"Emergencies: the office cannot reach the station")
        answer[0] = (304, b"")
        daemon.expect(r"Emergencies: the office can reach the station again")
        answer[0] = (404, b"Not Found")
        daemon.expect(r"Emergencies: the office cannot reach the station")
    finally:
        server.shutdown()


def test_a_station_switched_to_a_usb_folder_mid_outage_no_longer_says_it_is_cut_off(
    province: Province, vietnamese: None
) -> None:
    """review14 #5: the "cannot reach" sentence stayed for good once the source became a USB
    folder, where there is no list to read: the daemon now claims nothing, and says why."""
    root = province.commune("Xã Tân Lập", poll_s=0.5)
    run, cut = runner_for(root), "tin khẩn cấp của cấp trên không đến được đài"
    province.broker.stop()
    daemon = province.start(root)
    daemon.expect(r"Upstream synced")
    province.repository_down()
    daemon.expect(r"Emergencies: the office cannot reach the station")
    assert cut in run("status").stdout
    set_config(root, "source", json.dumps(str(province.repository.root_dir)))  # the USB copy
    daemon.expect(r"Emergencies: the station's source has no list of emergencies \(a USB "
                  r"folder\), so it no longer says whether the office can reach it")  # fmt: skip
    assert cut not in run("status").stdout
    assert not [w for w in Station.open(root).warnings() if cut in w]


def test_a_recording_is_fetched_checked_by_its_hash_and_airs_in_quiet_hours(
    province: Province, tmp_path: Path
) -> None:
    root = province.commune("Xã Tân Lập")
    now = datetime.now(ZoneInfo("Asia/Ho_Chi_Minh"))  # the station's zone: quiet right now
    quiet = [f"{now - timedelta(hours=1):%H:%M}", f"{now + timedelta(hours=1):%H:%M}"]
    set_config(root, "quiet_hours", json.dumps(quiet))
    daemon = province.start(root, CARD)
    daemon.expect(r"Broker: connected")
    recording = make_tone(tmp_path / "loi-khan.mp3", seconds=3)
    message = send(province, "--file", str(recording))
    daemon.expect(rf"Emergency {message} from the office received \(mqtt\)")
    daemon.expect(r"#1 aired", timeout=60)
    (aired,) = airings(root)
    assert (aired["trigger"], aired["status"]) == ("upstream emergency", "aired")
    version = query(root, "SELECT text, recording_sha256 FROM announcement_versions WHERE "
                    "announcement_id = ?", (f"khan-cap-tren-{message}",))  # fmt: skip
    assert version[0][0] is None and version[0][1]  # the recording aired, not a text
    log = province.access_log.read_text().splitlines()
    fetched = [line for line in log if f"/emergencies/{file_sha256(recording)}.mp3" in line]
    assert fetched and " 200 " in fetched[-1]  # over HTTP, from nginx
    province.wait_for_states(message, {"Xã Tân Lập": "aired"})

    # the served recording replaced after it was signed: refused, reported, nothing aired
    assert daemon.stop() == 0
    set_config(root, "source", json.dumps(str(province.repository.root_dir)))  # MQTT only
    other = make_tone(tmp_path / "khac.mp3", seconds=3, freq=880)
    replaced = send(province, "--file", str(other))
    served = province.repository.root_dir / "emergencies" / f"{file_sha256(other)}.mp3"
    served.write_bytes(recording.read_bytes())
    daemon = province.start(root)
    daemon.expect(rf"Emergency {replaced} from the office refused: the recording is not the one")
    province.wait_for_states(replaced, {"Xã Tân Lập": "refused"})
    assert query(root, "SELECT code FROM upstream_messages WHERE message_id = ?",
                 (replaced,)) == [("audio",)]  # fmt: skip
    assert len(airings(root)) == 1


def test_a_running_station_reconnects_when_the_broker_comes_back(province: Province) -> None:
    root = province.commune("Xã Tân Lập")
    set_config(root, "source", json.dumps(str(province.repository.root_dir)))  # no polling
    daemon = province.start(root, CARD)
    daemon.expect(r"Broker: connected")
    province.broker.kill()
    daemon.expect(r"Broker: connection lost: .*the station reconnects by itself")
    province.broker.start()
    daemon.expect(r"Broker: connected", timeout=60)  # backoff: 1 s, 2 s, 4 s…
    message = send(province, "--text", "Nước sông dâng cao, bà con chú ý.")
    daemon.expect(rf"Emergency {message} from the office received \(mqtt\)")
    daemon.expect(r"#1 aired", timeout=60)
    province.wait_for_states(message, {"Xã Tân Lập": "aired"})
    status = office(province, "status", message).stdout
    assert "Xã Tân Lập" in status and "aired 1" in status


class Listener:
    """A client of the test's own on the province's broker, logged in as `username` (no
    user name at all when empty), subscribed to `topics`."""

    def __init__(self, province: Province, username: str, password: str,
                 topics: tuple[str, ...] = ()) -> None:  # fmt: skip
        self.heard: queue.Queue[tuple[str, bytes]] = queue.Queue()
        answers: queue.Queue[Any] = queue.Queue()
        self.client = make_client(f"test-{secrets.token_hex(4)}", username, password,
                                  Broker.parse(province.broker.url), False)  # fmt: skip
        if not username:
            self.client.username_pw_set(None)
        self.client.on_connect = lambda _c, _u, _f, reason, _p: answers.put(reason)
        self.client.on_subscribe = lambda _c, _u, _m, reasons, _p: answers.put(reasons)
        self.client.on_message = lambda _c, _u, m: self.heard.put((m.topic, bytes(m.payload)))
        self.client.connect("127.0.0.1", province.broker.port)
        self.client.loop_start()
        self.reason = answers.get(timeout=10)
        if topics and not self.reason.is_failure:
            self.client.subscribe([(topic, 1) for topic in topics])
            answers.get(timeout=10)  # subscribed: what is published from now on reaches it

    def send(self, topic: str, payload: bytes) -> None:
        """Publish with QoS 1 and wait for the broker's acknowledgement (it has routed it)."""
        self.client.publish(topic, payload, qos=1).wait_for_publish(10)

    def close(self) -> None:
        self.client.disconnect()
        self.client.loop_stop()


def test_the_broker_lets_a_station_read_the_office_and_write_only_its_own_status(
    province: Province,
) -> None:
    mine, other = province.commune("Xã Tân Lập"), province.commune("Xã Tân Hòa")
    with open_office(province.dsn) as conn:
        accounts = [broker.station_credentials(conn, identity(root).key_id)
                    for root in (mine, other)]  # fmt: skip
        office_account = broker.office_credentials(conn)
    me, neighbour = accounts
    assert me and neighbour
    clients = [
        office := Listener(
            province, office_account.username, office_account.password, ("broadcaster/#",)
        ),
        station := Listener(
            province, neighbour.username, neighbour.password, (EMERGENCY_TOPIC, DOORBELL_TOPIC)
        ),
        sender := Listener(province, me.username, me.password),
    ]
    try:
        for topic in (EMERGENCY_TOPIC, DOORBELL_TOPIC, status_topic(neighbour.username)):
            sender.send(topic, b"forged by another station")
        sender.send(status_topic(me.username), b"its own report")
        office.send(DOORBELL_TOPIC, b"the office rings")
        # what each hears first, in the order the broker routed it: no forgery came before
        assert office.heard.get(timeout=10) == (status_topic(me.username), b"its own report")
        assert office.heard.get(timeout=10) == (DOORBELL_TOPIC, b"the office rings")
        assert station.heard.get(timeout=10) == (DOORBELL_TOPIC, b"the office rings")
    finally:
        for client in clients:
            client.close()
    # the collector's log, read by the office's staff, says in Vietnamese why it took nothing
    log = province.collector.work / "collector.log"
    refused = f"Không nhận báo cáo của đài {me.username} về tin khẩn cấp: báo cáo sai định dạng"

    def said() -> bool:
        return refused in log.read_text("utf-8")

    wait_until(said, "the collector's refusal of a malformed report", timeout=60)
    assert "not taken" not in log.read_text("utf-8")
    nobody = Listener(province, "", "")
    wrong = Listener(province, me.username, "not the password")
    assert nobody.reason.is_failure and wrong.reason.is_failure
    for client in (nobody, wrong):
        client.close()


class Unread:
    """A station's account that Mosquitto has not read yet (the office still writing it:
    w15a): taken out of passwd until `read()` puts it back and the broker lets it in."""

    def __init__(self, province: Province, root: Path) -> None:
        [(self.username,)] = query(root, "SELECT value FROM meta WHERE key = 'mqtt_username'")
        self.password = (root / "mqtt.secret").read_text().strip()
        self.province, self.passwd = province, province.broker.accounts / "passwd"
        self.written = self.passwd.read_text()
        assert f"{self.username}:" in self.written
        self.passwd.write_text("".join(line for line in self.written.splitlines(keepends=True)
                                       if not line.startswith(f"{self.username}:")))  # fmt: skip
        wait_until(lambda: not self.lets_in(), "Mosquitto forgets the account")

    def lets_in(self) -> bool:
        assert self.province.broker.process
        os.kill(self.province.broker.process.pid, signal.SIGHUP)  # what the reload unit does
        account = broker.Credentials(self.province.broker.url, self.username, self.password)
        return bool(broker.lets_in(account))  # the office's own probe: a refusal ends at once

    def read(self) -> None:
        self.passwd.write_text(self.written)
        wait_until(self.lets_in, "Mosquitto reads the account")


def refused(root: Path) -> bool:
    return query(root, "SELECT value FROM meta WHERE key = 'mqtt_refused'") == [("1",)]


def test_a_refusal_moments_after_the_approval_is_tried_again_soon_and_not_said(
    province: Province,
) -> None:
    """A PC approved a moment ago whose account Mosquitto has not read yet (the office is
    still writing it: w15a) is refused once: the station offers it again within seconds and
    says nothing, since "call the office" would send the commune to the phone for nothing
    (o15web3 C9). It used to wait ten minutes and say so."""
    root = province.commune("Xã Tân Lập")
    account = Unread(province, root)
    daemon = province.start(root)
    wait_until(lambda: refused(root), "the broker refuses the station")
    account.read()
    daemon.expect(r"Broker: connected, listening for emergencies", timeout=20)
    assert daemon.stop() == 0
    broker_lines = [line for line in daemon.output() if line.startswith("Broker:")]
    assert broker_lines == ["Broker: connected, listening for emergencies"], daemon.seen


def test_a_report_made_before_the_broker_lets_a_fresh_account_in_reaches_the_office(
    province: Province,
) -> None:
    """A commune approved a moment ago reports (its refusal of an emergency sent "to all"
    before it was approved) while Mosquitto has not read its account yet: the report was
    handed to the first client, which the refused login dropped, and the office never learnt
    it (a full run under load lost Sơn Thủy's refusal so). Reports wait until the broker lets
    the station listen."""
    root = province.commune("Xã Tân Lập")
    account = Unread(province, root)
    with open_office(province.dsn) as conn:
        office_account = broker.office_credentials(conn)
    office = Listener(province, office_account.username, office_account.password,
                      (status_topic(account.username),))  # fmt: skip
    now = [0.0]  # the retries' clock, moved past the next one once the broker has read it
    link = MqttLink(root, lambda: Station.open(root), lambda _l: None, lambda _p: None,
                    lambda: None, monotonic=lambda: now[0])  # fmt: skip
    link.report(b"made before the broker let it in")
    link.start()
    try:
        wait_until(lambda: refused(root), "the broker refuses the station")
        account.read()
        now[0] = mqtt_link.RETRY_FIRST_S
        heard = office.heard.get(timeout=PATIENCE)
        assert heard == (status_topic(account.username), b"made before the broker let it in")
    finally:
        link.stop()
        office.close()


def test_an_account_the_broker_reads_late_is_let_in_soon_after_and_its_refusal_said_once(
    province: Province,
) -> None:
    """An account Mosquitto reads minutes after the approval (`office serve` was down, or its
    reload slow): the quiet retries of a fresh enrolment ended after a minute, then the
    station offered it again only ten minutes later, whenever the broker read it. Now it
    waits half as long as it has been refused (the retries' clock is moved here: no
    waiting), and the refusal is said once, with that rhythm."""
    root = province.commune("Xã Tân Lập")
    account = Unread(province, root)
    said: queue.Queue[str] = queue.Queue()
    now = [0.0]
    link = MqttLink(root, lambda: Station.open(root), said.put, lambda _p: None, lambda: None,
                    monotonic=lambda: now[0])  # fmt: skip
    link.start()
    try:
        wait_until(lambda: refused(root), "the broker refuses the station")
        assert said.empty()  # a moment after the approval: not news
        with Station.open(root).db.conn as conn:  # as the office's answer to a push does
            conn.execute("UPDATE meta SET value = '0' WHERE key = 'mqtt_refused'")
        now[0] = 180.0  # refused for three minutes
        wait_until(lambda: refused(root), "the broker refuses the station again")
        line = said.get(timeout=PATIENCE)
        assert line.startswith("Broker: refused the station: "), line
        assert "less and less often (at most every 10 min)" in line, line
        account.read()
        now[0] = 270.0  # half as long again
        assert link.connected.wait(PATIENCE), "not let in at the retry after the broker read it"
        assert said.get(timeout=PATIENCE) == "Broker: connected, listening for emergencies"
        assert said.empty()  # the refusal said once
    finally:
        link.stop()


def test_a_refused_account_is_offered_again_less_and_less_often() -> None:
    """From every 5 s (a broker a moment behind the approval) to every 10 minutes (the same
    account gets the same answer until the office changes something): 14 logins in its
    first 20 minutes refused; each wait at most half the refusal so far."""
    tries, refused_for = [], 0.0
    while refused_for < 3600:
        tries.append(refused_for)
        refused_for += mqtt_link.retry_wait(refused_for)
    waits = [later - earlier for earlier, later in pairwise(tries)]
    assert min(waits) == 5.0 and max(waits) == 600.0 and waits == sorted(waits)
    assert len([t for t in tries if t < 1200]) == 14
    assert all(wait <= max(5.0, at / 2) for at, wait in zip(tries, waits, strict=False))
