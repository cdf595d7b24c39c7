"""An office's emergency the station cannot air yet, for a reason that passes, is kept and
tried again, not refused for good (MQTT delivers once; the polled list is read again only
when it changes): a recording the office's server did not give (a network blip, a restart),
until the message's validity ends; a message signed by a key the station does not know yet
(the office rotated it in just before sending), until a sync that started after it came. A
forged message never airs, whatever the order; the office learns each outcome once.

Real nginx, Mosquitto, PostgreSQL and collector, real python-tuf; the station's clock is
moved by hand where the expiry itself is tested."""

from __future__ import annotations

import json
import shutil
from datetime import UTC, datetime, timedelta
from itertools import cycle
from pathlib import Path

from conftest import CARD, Run, SetClock, make_tone, query
from province import Province
from securesystemslib.signer import CryptoSigner
from test_mqtt_emergency import send
from test_trusted_root import sealed
from test_upstream import make_office, serve

from announcements.audio import file_sha256
from broadcaster.station import Station
from broadcaster.upstream_emergency import MAX_UNCHECKED, cancelled_by_office, check_again, take
from upstream.emergency_message import MAX_PAYLOAD, audio_path, seal
from upstream.keys import signer
from upstream.repository import Repository


def test_a_recording_the_office_s_server_did_not_give_is_fetched_again_and_aired_once(
    province: Province, tmp_path: Path
) -> None:
    """The office's web server restarts as it sends: the message came by MQTT (once), its
    recording did not. Before, it was refused at once, told to the office as final, and the
    commune never heard it. It waits now, is tried again every few seconds (not at the
    poll's next minute), is fetched soon after the server answers, airs, and the office hears
    "aired", never "refused"."""
    root = province.commune("Xã Tân Lập")  # the poll's round each minute: tries come sooner
    daemon = province.start(root, CARD)
    daemon.expect(r"Broker: connected")
    province.repository_down()
    recording = make_tone(tmp_path / "loi-khan.mp3", seconds=2)
    message = send(province, "--file", str(recording))
    daemon.expect(rf"^Emergency {message} from the office waits: cannot fetch the recording "
                  r"emergencies/[0-9a-f]{64}\.mp3: ConnectionError; the station tries it "
                  r"again$")  # fmt: skip
    assert "refused" not in province.states(message).values()
    province.repository_up()
    daemon.expect(rf"^Emergency {message} from the office received \(mqtt\)$", timeout=30)
    daemon.expect(r"#1 aired", timeout=60)
    province.wait_for_states(message, {"Xã Tân Lập": "aired"})
    assert daemon.stop() == 0
    assert [line for line in daemon.output() if message in line and "refused" in line] == []
    rows = query(root, "SELECT outcome, code, payload IS NULL FROM upstream_messages WHERE "
                 "message_id = ? ORDER BY id", (message,))  # fmt: skip
    assert rows == [("refused", "fetch", 1), ("taken", "taken", 1)]
    assert len(query(root, "SELECT 1 FROM emergencies")) == 1


def audio_message(province: Province, recording: Path, until: datetime) -> tuple[str, bytes]:
    """An emergency with its recording, served by the office's repository, as `send` makes
    it (without the broker: the test hands it to the station)."""
    sha = file_sha256(recording)
    served = province.repository.root_dir / audio_path(sha, ".mp3")
    served.parent.mkdir(exist_ok=True)
    shutil.copyfile(recording, served)
    message_id, text_copy = sealed(province.keys)
    message = json.loads(json.loads(text_copy)["signed"])
    message.update(valid_until=until.isoformat(), text=None,
                   audio={"path": audio_path(sha, ".mp3"), "sha256": sha,
                          "length": recording.stat().st_size})  # fmt: skip
    return message_id, seal(message, signer(province.keys, "emergency"))


def test_a_recording_still_not_fetched_when_its_emergency_ends_is_refused_once_with_why(
    province: Province, tmp_path: Path
) -> None:
    """The server stays down past the message's validity: refused then, once, saying it came
    in time and its recording did not (not "arrived after its validity ended"); a second copy
    by the broker meanwhile is no second wait; nothing airs when the server comes back."""
    root = province.commune("Xã Sơn Thủy")
    clock = SetClock(datetime.now(UTC))
    until = clock.now + timedelta(minutes=10)
    message, payload = audio_message(province, make_tone(tmp_path / "lu.mp3", seconds=1), until)
    station = Station.open(root, clock)
    province.repository_down()
    first = take(station, payload, "mqtt")
    assert (first.message_id, first.code, first.report) == (message, "fetch", None)
    again = take(station, payload, "mqtt")  # the broker's copy delivered again
    assert (again.code, again.report) == ("duplicate", None)
    clock.now += timedelta(minutes=5)
    assert check_again(station) == []  # still valid, still down: it waits, nothing said
    clock.now = until + timedelta(seconds=1)
    province.repository_up()  # too late
    [(outcome, via)] = check_again(station)
    assert (outcome.message_id, outcome.code, via) == (message, "audio", "mqtt")
    assert outcome.report == ("refused", outcome.reason, "audio")
    assert outcome.reason == (
        f"its recording could not be fetched before its validity ended at {until} (last try: "
        f"cannot fetch the recording {json.loads(json.loads(payload)['signed'])['audio']['path']}"
        ": ConnectionError)"
    )
    assert check_again(station) == []  # said once
    assert query(root, "SELECT 1 FROM emergencies") == []


def test_an_emergency_cancelled_while_its_recording_waits_is_filed_to_end_withdrawn(
    province: Province, tmp_path: Path
) -> None:
    """The office takes back an emergency whose recording the station is still waiting for:
    the next check files it without the recording (nothing to fetch for a message that never
    airs), so it ends as every cancelled emergency does (withdrawn), and the office is not
    told "refused" when its validity ends."""
    root = province.commune("Xã Sơn Thủy")
    until = datetime.now(UTC) + timedelta(minutes=10)
    message, payload = audio_message(province, make_tone(tmp_path / "lu.mp3", seconds=1), until)
    station = Station.open(root)
    province.repository_down()
    assert take(station, payload, "mqtt").code == "fetch"
    _cancel, cancel_copy = sealed(province.keys, cancels=message)
    assert take(station, cancel_copy, "mqtt").code == "cancel"
    [(outcome, _via)] = check_again(station)  # the server still down
    assert (outcome.message_id, outcome.code, outcome.report) == (
        message, "taken", ("received", None, None))  # fmt: skip
    assert cancelled_by_office(station, message)
    assert query(root, "SELECT upstream_message FROM emergencies") == [(message,)]
    assert check_again(station) == []


def resigned(copy: bytes, key: CryptoSigner) -> tuple[str, bytes]:
    """The message in `copy` signed by `key` instead."""
    message = json.loads(json.loads(copy)["signed"])
    return message["id"], seal(message, key)


def tampered(copy: bytes) -> bytes:
    """`copy` with its words changed and its signature kept."""
    envelope = json.loads(copy)
    envelope["signed"] = envelope["signed"].replace("sơ tán ngay", "ở yên trong nhà")
    return json.dumps(envelope).encode()


def test_a_message_signed_by_a_key_rotated_in_since_the_last_sync_waits_and_a_forgery_never_airs(
    station: Path, run: Run, tmp_path: Path
) -> None:
    """The office rotates its emergency key and sends at once. Before, the station refused
    the message as forged, for good, and never aired it. A key id the station's roots never
    named now waits for a sync that started after the message came: then it is the office's
    new key (the message airs), or it never was (forged, refused, said once). A key the
    station knows that is not the emergency key now (rotated out, or another role's) is
    forged at once, and so is a known key's signature that does not verify. Only a sync from
    the office's web server counts: a USB stick may hold a repository from before the
    rotation."""
    office = make_office(tmp_path)
    nginx = serve(tmp_path / "nginx", office.root_dir)  # the office's web server
    url, _log = next(nginx)
    try:
        rotate_and_send(station, run, office, url)
    finally:
        next(nginx, None)


def settled(station: Station) -> list[tuple[str | None, str, str | None]]:
    """What became of the kept copies whose wait is over: id, code, what the office hears."""
    return [(o.message_id, o.code, o.report and o.report[0]) for o, _via in check_again(station)]


def rotate_and_send(station: Path, run: Run, office: Repository, url: str) -> None:
    run("trust", str(office.metadata / "1.root.json"))
    run("sync", url)
    old = signer(office.keys, "emergency")
    office.rotate("emergency", datetime.now(UTC))
    rotated, rotated_copy = sealed(office.keys)
    forged, forged_copy = resigned(sealed(office.keys)[1], CryptoSigner.generate_ed25519())
    changed, changed_copy = resigned(sealed(office.keys)[1], signer(office.keys, "emergency"))
    role, role_copy = resigned(sealed(office.keys)[1], signer(office.keys, "targets"))
    opened = Station.open(station)
    copies = (rotated_copy, forged_copy, tampered(changed_copy), role_copy)
    came = [take(opened, copy, "mqtt") for copy in copies]
    assert [(o.message_id, o.code, o.report is None) for o in came] == [
        (rotated, "no-key", True), (forged, "no-key", True), (changed, "no-key", True),
        (role, "forged", False)]  # fmt: skip
    assert settled(opened) == []  # no sync since they came: they wait
    run("sync", str(office.root_dir))  # a USB stick: it brings the key, not the last word
    assert settled(opened) == [(rotated, "taken", "received"), (changed, "forged", "refused")]
    assert settled(opened) == []  # a key never named: only the office's server says so
    run("sync", url)
    assert settled(opened) == [(forged, "forged", "refused")]
    assert settled(opened) == []
    _stale, stale_copy = resigned(sealed(office.keys)[1], old)  # the key rotated out
    assert take(opened, stale_copy, "mqtt").code == "forged"
    filed = query(station, "SELECT upstream_message FROM emergencies")
    assert filed == [(rotated,)]  # no forgery filed, in any order


def test_a_flood_of_copies_no_one_can_check_keeps_at_most_the_bound_and_the_office_s_airs(
    station: Path, run: Run, tmp_path: Path
) -> None:
    """Anyone who can publish on the broker (or put copies on the polled list) can sign with
    a key of their own: such a copy waits for a sync that may be hours away. Before, the
    station kept every one until then (a commune PC's small disk, a backup growing with
    junk). Now at most MAX_UNCHECKED wait; a copy past them is refused for good, said once
    and not kept; the office's own message, which came within the bound, still airs once
    the sync brings its key; the list's copy of a kept one is no second place."""
    office = make_office(tmp_path)
    run("trust", str(office.metadata / "1.root.json"))
    office.rotate("emergency", datetime.now(UTC))  # the station has not synced it yet
    opened = Station.open(station)
    junk = [
        resigned(sealed(office.keys)[1], CryptoSigner.generate_ed25519())
        for _ in range(MAX_UNCHECKED + 19)
    ]
    before, after = junk[: MAX_UNCHECKED - 1], junk[MAX_UNCHECKED - 1 :]
    came = [take(opened, copy, via) for (_id, copy), via in zip(before, cycle(("mqtt", "poll")))]
    assert {o.code for o in came} == {"no-key"}
    genuine, copy = sealed(office.keys)
    assert take(opened, copy, "mqtt").code == "no-key"  # the last place
    assert take(opened, copy, "poll").code == "no-key"  # the same copy: kept once
    refused = [take(opened, copy, via) for (_id, copy), via in zip(after, cycle(("mqtt", "poll")))]
    why = (f"too many messages the station cannot check yet are waiting (it keeps "
           f"{MAX_UNCHECKED}): this one was not kept")  # fmt: skip
    assert [(o.message_id, o.code, o.report) for o in refused] == [
        (message, "too-many", ("refused", why, "too-many")) for message, _copy in after
    ]
    again = [take(opened, copy, "poll").code for _id, copy in after[1::2]]
    assert again == ["replay"] * len(after[1::2])  # the list read again: said once
    kept = "SELECT COUNT(*) FROM upstream_messages WHERE payload IS NOT NULL"
    assert query(station, kept) == [(MAX_UNCHECKED,)]
    said = query(station, "SELECT message_id FROM upstream_messages WHERE code = 'too-many' "
                 "ORDER BY id")  # fmt: skip
    assert said == [(message,) for message, _copy in after]  # once each
    run("sync", str(office.root_dir))  # brings the office's new key
    assert settled(Station.open(station)) == [(genuine, "taken", "received")]
    assert query(station, "SELECT upstream_message FROM emergencies") == [(genuine,)]
    assert query(station, kept) == [(MAX_UNCHECKED - 1,)]  # the junk waits for the office's word


def test_a_copy_larger_than_any_message_is_not_kept_while_no_root_is_trusted(
    station: Path, tmp_path: Path
) -> None:
    """Before the station trusts an office, a copy waits for `trust` unread: one of any size
    was kept (the broker's limit is the broker's setting). Now the size and shape come
    first, as once a root is trusted: junk is refused, not kept."""
    _id, copy = sealed(make_office(tmp_path).keys)
    large = take(Station.open(station), copy + b" " * MAX_PAYLOAD, "mqtt")
    assert (large.code, large.reason) == ("malformed", "the message is too large")
    assert query(station, "SELECT payload FROM upstream_messages") == [(None,)]
