"""The office sees what every commune aired: station identity, enrolment, the signed airing
log pushed to a real collector (`broadcaster office serve` behind nginx, PostgreSQL) with
many stations, kills on both sides, tampering, replays, forged keys, a wrong clock and a week
offline; then the office's reports from what was pushed."""

from __future__ import annotations

import json
import re
import signal
import socket
import stat
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import psycopg
import pytest
import requests
from conftest import (
    OFFICE_APPROVED,
    CardStandIn,
    Run,
    SetClock,
    copy_station,
    make_tone,
    query,
    set_config,
    write_script,
)
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from servers import Collector, Postgres, free_port, wait_until

from audio_out.sinks import FileSink
from broadcaster import office_link, schedule, sync
from broadcaster.airing import air
from broadcaster.airing_lines import LINE_HEADINGS
from broadcaster.identity import Identity, identity
from broadcaster.runner import Runner
from broadcaster.station import Station
from common.i18n import sentences
from office import fleet
from office.db import open_office
from office.report import COMMUNE_HEADINGS
from schedules.slots import make_slot

Clock = Callable[[], datetime]


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A station folder made once and copied for each commune: a short approved recording,
    no jingles, no quiet hours. Its key is removed so that every copy makes its own."""
    root = tmp_path_factory.mktemp("template") / "station"
    station = Station.create(root, "Đài truyền thanh xã mẫu", quiet_hours=None)
    set_config(root, "engines", '["espeak"]')
    set_config(root, "gap_s", "0.0")
    make_tone(root.parent / "tb.wav", seconds=0.5)
    recording = write_script(root.parent, "tb.md", "", id="tb", title="Cài đặt Bluezone",
                             campaign="bluezone", audio="tb.wav")  # fmt: skip
    station.add_announcements([recording])
    station.approve("tb", "Chủ tịch UBND xã")
    station.remove_jingle("intro")
    station.remove_jingle("outro")
    (root / "station.key").unlink()
    return root


@dataclass
class Office:
    dsn: str
    collector: Collector

    @property
    def url(self) -> str:
        return self.collector.url

    def sql(self, sql: str, params: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
        with psycopg.connect(self.dsn) as conn:
            cursor = conn.execute(sql, params)
            return cursor.fetchall() if cursor.description else []

    def rows(self, station: Path) -> list[tuple[int, str]]:
        """(seq, row_hash) of what the office holds for the station."""
        key = identity(station).key_id
        return self.sql("SELECT seq, row_hash FROM airings WHERE station = %s ORDER BY seq", (key,))

    def approve(self, station: Path, *groups: str) -> None:
        with open_office(self.dsn) as conn:
            fleet.approve(conn, identity(station).fingerprint, list(groups), "Phòng VHTT",
                          OFFICE_APPROVED)  # fmt: skip


@pytest.fixture
def office(postgres: Postgres, tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[Office]:
    """The collector on a database of its own; a test's hook run first in its process, as
    `Collector.start` takes it, is given as the fixture's indirect parameter."""
    first = getattr(request, "param", "")
    collector = Collector(postgres.new_office(), tmp_path / "collector", first=first)
    yield Office(collector.dsn, collector)
    collector.stop()


def commune(template: Path, folder: Path, name: str) -> Path:
    """A station for commune `name`, copied from the template."""
    root = folder / name
    copy_station(template, root)
    set_config(root, "name", json.dumps(f"Đài truyền thanh {name}", ensure_ascii=False))
    return root


def enrolled(office: Office, root: Path, *groups: str) -> Station:
    station = Station.open(root)
    office_link.enrol(station, office.url, root.name)
    office.approve(root, *groups)
    return station


def air_times(root: Path, times: int, clock: Clock | None = None) -> None:
    station = Station.open(root, clock) if clock else Station.open(root)
    for _ in range(times):
        airing = air(station, ["tb"], CardStandIn(root / "out"))
        assert airing and airing.status == "aired"


def local_rows(root: Path) -> list[tuple[int, str]]:
    return query(root, "SELECT seq, row_hash FROM airings ORDER BY seq")


def test_init_makes_a_private_key_and_a_fingerprint(run: Run, tmp_path: Path) -> None:
    out = run("init", "--name", "Đài xã Tân Lập").stdout
    key = tmp_path / "station" / "station.key"
    assert stat.S_IMODE(key.stat().st_mode) == 0o600
    fingerprint = identity(tmp_path / "station").fingerprint
    assert f"Station fingerprint (read it to the office): {fingerprint}" in out
    assert [len(group) for group in fingerprint.split("-")] == [5, 5, 5, 5]
    assert fingerprint.replace("-", "").isdigit()
    # a station made before identities (or a copy that lost its key) gets one when needed
    key.unlink()
    assert run("status").stdout.count("Fingerprint: ") == 1
    assert stat.S_IMODE(key.stat().st_mode) == 0o600
    key.chmod(0o644)  # copied carelessly: tightened on the next use
    assert identity(tmp_path / "station").fingerprint != fingerprint
    assert stat.S_IMODE(key.stat().st_mode) == 0o600


def test_two_stations_with_real_daemons_push_after_each_airing(
    template: Path, office: Office, tmp_path: Path, run: Run
) -> None:
    from conftest import FAST, Daemon, clock_in

    daemons = []
    try:
        for name in ("Xã Tân Lập", "Xã Hòa Bình"):
            root = commune(template, tmp_path, name)
            enrolled(office, root, "ven biển")
            Station.open(root).db.execute("SELECT 1")
            daemons.append((root, Daemon(root, sink=FAST, warm=True)))  # its push is checked
        for root, daemon in daemons:  # slots added once both run: a slow start misses none
            daemon.expect(r"(airings go to|các lượt phát): ")  # the first line, either language
            Station.open(root).add_slot("sang", clock_in(4), announce=["tb"])
        for root, daemon in daemons:
            daemon.expect(r"#1 aired")
            # in the language the daemon's environment chose
            daemon.expect(r"(Office: 1 airing\(s\) sent|Nơi nhận nhật ký: đã gửi 1 ).*#1$")
            assert office.rows(root) == local_rows(root)
    finally:
        stopped = [daemon.stop() for _, daemon in daemons]
    assert stopped == [0, 0]
    status = json.loads(run("--station", str(daemons[0][0]), "status", "--json").stdout)
    assert (status["office_acked_seq"], status["office_backlog"]) == (1, 0)


def test_a_slot_held_for_a_new_version_s_approval_reaches_the_office_at_once(
    template: Path, office: Office, tmp_path: Path
) -> None:
    """o14net K4': a slot that airs nothing because its notice's new version waits for the
    leader's approval is logged 'missed' at its time; that row reached the office only with
    the next airing (or the push every 5 minutes). Now it is pushed as an airing is."""
    from conftest import Daemon, clock_in

    root = commune(template, tmp_path, "Xã Tân Lập")
    station = enrolled(office, root, "ven-song")
    for version, freq in ((1, 550), (2, 660)):  # version 2: a new recording, not approved
        folder = tmp_path / f"v{version}"
        folder.mkdir()
        make_tone(folder / "sl.wav", seconds=0.5, freq=freq)
        station.add_announcements([write_script(folder, "sl.md", "", id="sl", audio="sl.wav",
                                                title="Cảnh báo sạt lở")])  # fmt: skip
        if version == 1:
            station.approve("sl", "Chủ tịch UBND xã")
    daemon = Daemon(root, warm=True)  # from a spare that imported its modules (Daemon)
    try:
        daemon.expect(r"(airings go to|các lượt phát): ")
        Station.open(root).add_slot("chieu", clock_in(4), announce=["sl"])
        daemon.expect(r"(Office: 1 airing\(s\) sent|Nơi nhận nhật ký: đã gửi 1 ).*#1$", timeout=30)
    finally:
        assert daemon.stop() == 0
    [(status, error)] = office.sql("SELECT status, row->>'error' FROM airings")
    assert status == "missed" and "waits for approval" in error, error


def test_a_long_list_of_refused_campaigns_never_costs_the_station_its_log(
    template: Path, office: Office, tmp_path: Path
) -> None:
    """review20 #6: a station that refused more than 100 campaigns, or one for a reason
    longer than the collector keeps, sent the list as it was, and the collector answered the
    whole push "malformed": none of its airings reached the office while that lasted. The
    station now tells the office as much as it keeps (the first 100, the reason cut with
    "…"), and the collector keeps what it can of a list from a station that does not (an
    older one): its airings are kept either way."""
    from upstream.manifest import MAX_REFUSED, MAX_REFUSED_REASON, Refused

    root = commune(template, tmp_path, "Xã Tân Lập")
    station = enrolled(office, root)
    air_times(root, 2)
    long = "Câu “Họp tại NHA VAN hóa” được gõ không dấu. " * 120  # ~5,000 characters
    refusals = [Refused(f"chien-dich-{n:03d}", f"Chiến dịch {n}", long if n == 0 else "hỏng", ())
                for n in range(150)]  # fmt: skip
    sync._remember(station, "kho", refused={r.campaign: r for r in refusals})  # a sync's
    result = office_link.push(station)  # before: OfficeRefused, "malformed batch"
    assert result.acked_seq == 2 and office.rows(root) == local_rows(root), result
    key = identity(root).key_id
    [(kept,)] = office.sql("SELECT refused_campaigns FROM stations WHERE key_id = %s", (key,))
    assert [c["campaign"] for c in kept] == [f"chien-dich-{n:03d}" for n in range(MAX_REFUSED)]
    assert len(kept[0]["reason"]) == MAX_REFUSED_REASON and kept[0]["reason"].endswith("…")
    # an older station sends them all, one of them not even a refusal: its log is kept too
    air_times(root, 1)
    link = office_link.client(station)
    told: list[Any] = [{"campaign": 3}, *(r.to_json() | {"reason": r.reason} for r in refusals)]
    answer = link.push(3, office_link._sealed_after(station, 2, 10), refused=told)
    assert answer.status == 200 and answer.body["stored_through"] == 3, answer.body
    [(kept,)] = office.sql("SELECT refused_campaigns FROM stations WHERE key_id = %s", (key,))
    assert len(kept) == MAX_REFUSED and kept[0]["campaign"] == "chien-dich-000"
    assert len(kept[0]["reason"]) == MAX_REFUSED_REASON and kept[0]["reason"].endswith("…")


def test_twenty_stations_push_to_one_collector(
    template: Path, office: Office, tmp_path: Path
) -> None:
    roots = [commune(template, tmp_path, f"Xã số {n:02d}") for n in range(20)]
    for n, root in enumerate(roots):
        enrolled(office, root, "huyện cũ A" if n < 10 else "huyện cũ B")
        air_times(root, 1 + n % 3)
    results = []
    pushes = [
        threading.Thread(target=lambda r=root: results.append(office_link.push(Station.open(r))))
        for root in roots
    ]
    for thread in pushes:
        thread.start()
    for thread in pushes:
        thread.join(60)
    assert sorted(r.sent for r in results) == sorted(1 + n % 3 for n in range(20))
    for root in roots:
        assert office.rows(root) == local_rows(root)
    with open_office(office.dsn) as conn:
        listed = fleet.stations(conn, "huyện cũ B")
    assert [s["commune"] for s in listed] == [f"Xã số {n:02d}" for n in range(10, 20)]


def blocked_writers(office: Office) -> int:
    [(count,)] = office.sql(
        "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' "
        "AND datname = current_database()"
    )
    return int(count)


@pytest.fixture
def airings_locked(office: Office) -> Iterator[Callable[[], None]]:
    """Hold a lock that stops the collector half-way through storing a batch; call to release."""
    conn = psycopg.connect(office.dsn)
    conn.execute("LOCK TABLE airings IN SHARE MODE")
    yield conn.rollback
    conn.close()


def test_collector_killed_mid_batch_loses_nothing_and_stores_nothing_twice(
    template: Path, office: Office, tmp_path: Path, airings_locked: Callable[[], None]
) -> None:
    root = commune(template, tmp_path, "Xã Tân Lập")
    station = enrolled(office, root)
    air_times(root, 12)
    failures: list[Exception] = []

    def push() -> None:
        try:
            office_link.push(Station.open(root))
        except office_link.OfficeLinkError as e:
            failures.append(e)

    pushing = threading.Thread(target=push)
    pushing.start()
    wait_until(lambda: blocked_writers(office) == 1, "a batch waiting on the lock")
    office.collector.kill()
    pushing.join(30)
    airings_locked()
    assert failures and "502" in str(failures[0])
    assert office_link.status(station)["office_backlog"] == 12
    office.collector.start()
    assert office_link.push(station).sent == 12
    assert office.rows(root) == local_rows(root)
    assert office_link.push(station).sent == 0


def test_station_killed_mid_push_sends_again_without_duplicates(
    template: Path, office: Office, tmp_path: Path, airings_locked: Callable[[], None]
) -> None:
    root = commune(template, tmp_path, "Xã Tân Lập")
    set_config(root, "batch_rows", "5")
    enrolled(office, root)
    air_times(root, 12)
    pushing = subprocess.Popen([sys.executable, "-m", "cli", "--station", str(root), "push"])
    wait_until(lambda: blocked_writers(office) == 1, "a batch waiting on the lock")
    pushing.send_signal(signal.SIGKILL)
    pushing.wait(10)
    airings_locked()  # the collector stores the batch whose sender is gone
    wait_until(lambda: len(office.rows(root)) == 5, "the first batch stored")
    assert query(root, "SELECT value FROM meta WHERE key = 'office_acked_seq'") == []
    result = office_link.push(Station.open(root))
    assert (result.sent, result.acked_seq, result.backlog) == (7, 12, 0)
    assert office.rows(root) == local_rows(root)


def edit_unsent(root: Path) -> None:
    query(root, "UPDATE airings SET duration_s = 999 WHERE seq = 5")


def delete_unsent(root: Path) -> None:
    query(root, "DELETE FROM airings WHERE seq = 5")


def edit_sent_and_reseal(root: Path) -> None:
    """A careful forger: changes an airing the office already has and re-hashes the chain."""
    from broadcaster.log_chain import GENESIS, content_hash

    query(root, "UPDATE airings SET status = 'failed', error = 'loa hỏng' WHERE seq = 2")
    station = Station.open(root)
    prev = GENESIS
    with station.db.conn:
        for row in station.db.query("SELECT * FROM airings ORDER BY seq"):
            row_hash = content_hash(prev, row)
            station.db.execute("UPDATE airings SET prev_hash = ?, row_hash = ? WHERE seq = ?",
                               [prev, row_hash, row["seq"]])  # fmt: skip
            prev = row_hash


@pytest.mark.parametrize(
    ("tamper", "reason", "kept"),
    [
        (edit_unsent, "lượt phát #5 bị sửa sau khi ghi (mã băm không khớp)", 4),
        (delete_unsent, "thiếu lượt phát #5 trong nhật ký của đài", 4),
        (edit_sent_and_reseal, "lượt phát #4 không nối tiếp lượt #3", 3),
    ],
)
def test_a_broken_chain_is_refused_and_marked(
    template: Path, office: Office, tmp_path: Path, run: Run, tamper: Callable[[Path], None],
    reason: str, kept: int,
) -> None:  # fmt: skip
    root = commune(template, tmp_path, "Xã Tân Lập")
    station = enrolled(office, root)
    air_times(root, 3)
    office_link.push(station)
    air_times(root, 3)
    tamper(root)
    with pytest.raises(office_link.OfficeLinkError, match=re.escape(reason)):
        office_link.push(station)
    assert [seq for seq, _ in office.rows(root)] == list(range(1, kept + 1))
    [(problem,)] = office.sql("SELECT chain_problem FROM stations")
    assert reason in problem
    status = run("--station", str(root), "status").stdout
    assert (
        "Warning: "  # `reason` is the start of its sentence: no full stop after it
        + sentences(
            f"the last push to the office failed: the office refused the airing log: {reason}"
        )[:-1]
        in status
    )


class Recording(requests.Session):
    """Keeps every request the station sent, as an eavesdropper on the line would."""

    def __init__(self) -> None:
        super().__init__()
        self.sent: list[tuple[str | bytes, Any, dict[str, str]]] = []

    def request(
        self, method: str | bytes, url: str | bytes, *args: Any, **kwargs: Any
    ) -> requests.Response:
        assert not args, "the station passes everything but the method and URL by name"
        self.sent.append((url, kwargs.get("data"), dict(kwargs.get("headers") or {})))
        return super().request(method, url, **kwargs)


def test_a_replayed_batch_changes_nothing(template: Path, office: Office, tmp_path: Path) -> None:
    root = commune(template, tmp_path, "Xã Tân Lập")
    station = enrolled(office, root)
    air_times(root, 2)
    line = Recording()
    link = office_link.client(station)
    link.session = line
    assert link.push(1, office_link._sealed_after(station, 0, 10)).status == 200
    url, body, headers = line.sent[-1]
    contact = office.sql("SELECT last_contact FROM stations")
    replayed = requests.post(url, data=body, headers=headers, timeout=10)
    assert (replayed.status_code, replayed.json()["code"]) == (409, "replay")
    assert office.sql("SELECT last_contact FROM stations") == contact  # no false sign of life
    assert office.rows(root) == local_rows(root)
    # the same rows under a fresh challenge: acknowledged, not stored twice
    again = office_link.client(station).push(1, office_link._sealed_after(station, 0, 10))
    assert (again.status, again.body["accepted"], again.body["duplicates"]) == (200, 0, 2)
    assert office.rows(root) == local_rows(root)


def test_a_row_whose_held_is_not_a_list_is_refused_before_a_report_reads_it(
    template: Path, office: Office, tmp_path: Path
) -> None:
    """w15h: every report reads a row's `held` (the notices a slot held for approval) as a
    JSON list; one that is not would break `office aired` and the month page for every
    commune, so the collector refuses it as malformed, as it does `items`."""
    root = commune(template, tmp_path, "Xã Tân Lập")
    enrolled(office, root)
    air_times(root, 1)
    station = Station.open(root)
    [row] = office_link._sealed_after(station, 0, 10)
    for held in ('{"announcement_id": "tb"}', "không phải JSON", 7):
        answer = office_link.client(station).push(1, [{**row, "held": held}])
        assert (answer.status, answer.body["code"]) == (400, "malformed"), (held, answer.body)
    assert office.rows(root) == []
    office_link.push(station)
    assert office.rows(root) == local_rows(root)


def test_rows_sealed_before_who_aired_was_kept_and_one_naming_her_both_verify_at_the_office(
    template: Path, office: Office, run: Run, tmp_path: Path
) -> None:
    """w26hand: a row names who aired it by hand (`person`), a column the log gained after
    its chain began. Rows without one hash exactly as a station sealed them before (the
    office verifies an older station's chain as it did), and a row with one is sealed with
    it, accepted, and its name shows in the office's airing lines; a name that is not text
    is refused before a report reads it."""
    import csv
    import hashlib
    import sqlite3

    root = commune(template, tmp_path, "Xã Tân Lập")
    station = enrolled(office, root)
    air_times(root, 2)  # as the schedule airs: no one named
    with sqlite3.connect(root / "station.db") as conn:  # the log as a station before w26hand
        conn.row_factory = sqlite3.Row
        conn.execute("ALTER TABLE airings DROP COLUMN person")
        prev = "0" * 64
        for row in conn.execute("SELECT * FROM airings ORDER BY seq").fetchall():
            later = ("held", "supersedes")  # LATER columns, empty: not hashed
            content = {k: row[k] for k in row.keys()  # noqa: SIM118 (a Row has no items())
                       if k not in ("id", "prev_hash", "row_hash", *later)}  # fmt: skip
            text = json.dumps(content, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
            assert hashlib.sha256((prev + text).encode()).hexdigest() == row["row_hash"]
            prev = row["row_hash"]
        conn.execute("ALTER TABLE airings ADD COLUMN person TEXT")  # its migration
    assert all("person" not in row for row in office_link._sealed_after(station, 0, 10))
    assert office_link.push(station).acked_seq == 2
    run("--station", str(root), "play", "--announce", "tb", "--sink", f"file:{root / 'out'}",
        "--by", "Chị Lan")  # fmt: skip
    [row] = office_link._sealed_after(station, 2, 10)
    assert row["person"] == "Chị Lan"
    for person in (7, ["Chị Lan"], {"ten": "Lan"}):  # a station's bug, or a forger's
        answer = office_link.client(station).push(3, [{**row, "person": person}])
        assert (answer.status, answer.body["code"]) == (400, "malformed"), (person, answer.body)
    assert office_link.push(station).acked_seq == 3
    assert office.rows(root) == local_rows(root)
    assert office.sql("SELECT seq, row->>'person' FROM airings ORDER BY seq") == [
        (1, None), (2, None), (3, "Chị Lan")]  # fmt: skip
    month = f"{datetime.now(ZoneInfo('Asia/Ho_Chi_Minh')):%m/%Y}"
    run("office", "lines", "--db", office.dsn, "--month", month, "-o", str(tmp_path / "o.csv"))
    with (tmp_path / "o.csv").open(encoding="utf-8-sig", newline="") as f:
        notes = [line[-1] for line in csv.reader(f)][1:]
    assert [n for n in notes if "người phát" in n] == [
        "phát tay; người phát: Chị Lan; ghi ra tệp, không phát trên loa"]  # fmt: skip


class Impostor(Identity):
    """Someone else's key, claiming a station's key id."""

    victim = ""

    @property
    def key_id(self) -> str:
        return self.victim


def test_a_forged_station_key_is_refused(template: Path, office: Office, tmp_path: Path) -> None:
    root = commune(template, tmp_path, "Xã Tân Lập")
    enrolled(office, root)
    air_times(root, 2)
    station = Station.open(root)
    impostor = Impostor(Ed25519PrivateKey.generate())
    impostor.victim = identity(root).key_id
    link = office_link.OfficeClient(office.url, impostor)
    answer = link.push(1, office_link._sealed_after(station, 0, 10))
    assert (answer.status, answer.body["code"]) == (401, "signature")
    assert office.rows(root) == []
    assert (
        "không được ký bằng khóa đã đăng ký của đài"
        in office.sql("SELECT reason FROM refusals")[0][0]
    )
    # nor can it enrol the station's key id with its own public key
    refused = link.enrol("x", "Đài giả", "Xã Tân Lập")
    assert (refused.status, refused.body["code"]) == (400, "malformed")
    # an unknown key is told so
    stranger = office_link.OfficeClient(office.url, Identity(Ed25519PrivateKey.generate()))
    assert stranger.push(1, []).body["code"] == "unknown"


def test_a_station_clock_an_hour_ahead_still_pushes_its_own_instants(
    template: Path, office: Office, tmp_path: Path
) -> None:
    root = commune(template, tmp_path, "Xã Tân Lập")
    enrolled(office, root)
    ahead = lambda: datetime.now(UTC) + timedelta(hours=1)  # noqa: E731
    air_times(root, 2, ahead)
    before = datetime.now(UTC)
    assert office_link.push(Station.open(root, ahead)).sent == 2
    stored = office.sql("SELECT started_at FROM airings ORDER BY seq")
    recorded = query(root, "SELECT started_at FROM airings ORDER BY seq")
    assert [s for (s,) in stored] == [datetime.fromisoformat(r) for (r,) in recorded]
    [(contact, skew)] = office.sql("SELECT last_contact, clock_skew_s FROM stations")
    assert before - timedelta(seconds=5) <= contact <= datetime.now(UTC)
    assert 3590 <= skew <= 3610


def test_a_week_offline_drains_on_reconnect(
    template: Path, office: Office, tmp_path: Path, run: Run
) -> None:
    root = commune(template, tmp_path, "Xã Tân Lập")
    set_config(root, "batch_rows", "25")
    enrolled(office, root)
    office.collector.kill()
    start = datetime.now(UTC)
    for day in range(7):
        for hour in range(10):
            air_times(root, 1, SetClock(start + timedelta(days=day, hours=hour)))
        with pytest.raises(office_link.OfficeLinkError, match="answered HTTP 502"):
            office_link.push(Station.open(root))
    status = json.loads(run("--station", str(root), "status", "--json").stdout)
    assert status["office_backlog"] == 70
    [failed] = [w for w in status["to_know"] if "The last push to the office failed" in w]
    assert "Nothing to do: the station keeps airing its schedule" in failed  # o13net C5
    assert "(70 airings wait)" in failed
    office.collector.start()
    result = office_link.push(Station.open(root))
    assert (result.sent, result.acked_seq, result.backlog) == (70, 70, 0)
    assert office.rows(root) == local_rows(root)
    assert "backlog 0 airing(s)" in run("--station", str(root), "status").stdout


@pytest.fixture
def database_down(office: Office, postgres: Postgres) -> Iterator[Callable[[bool], None]]:
    """Call with True to have the office's database take no connection (its own only: the
    session's server serves the other tests), as a stopped PostgreSQL or a full disk does;
    with False to have it answer again."""
    name = psycopg.conninfo.conninfo_to_dict(office.dsn)["dbname"]

    def down(refusing: bool) -> None:
        with psycopg.connect(postgres.dsn(), autocommit=True) as conn:
            conn.execute(f'ALTER DATABASE "{name}" ALLOW_CONNECTIONS {not refusing}')
            conn.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                         "WHERE datname = %s", [name])  # fmt: skip

    yield down
    down(False)


QUICK_503 = """
import office.collector

office.collector.POOL_WAIT_S = 0.5  # a request's wait for a database that refuses, not 5 s
"""
"""A hook for a serve whose answer to a station while its database is down a test waits for
(the same 503 after any wait): the test waited 5 s for each of two."""


@pytest.mark.parametrize("office", [QUICK_503], ids=["quick-503"], indirect=True)
def test_while_the_office_database_is_down_lan_is_asked_nothing(
    office: Office, database_down: Callable[[bool], None], console_station: Path,
    console_clock: SetClock, visitor: Any, run: Run,
) -> None:  # fmt: skip
    """o16net N4: PostgreSQL stopped at the office, the collector answers 503 "send again
    later". Lan cannot resend and need not: Trang chủ says under Để biết what the station does
    by itself and when, and Cần chú ý says nothing of it; it goes by itself once it answers."""
    from test_web import text

    root = console_station
    enrolled(office, root)
    station = Station.open(root, console_clock)
    for _ in range(2):
        airing = air(station, ["bluezone"], CardStandIn(root / "out"))
        assert airing and airing.status == "aired"
    database_down(True)
    with pytest.raises(office_link.OfficeUnreachable, match="cơ sở dữ liệu không trả lời"):
        office_link.push(station)
    again = run("--station", str(root), "enrol", office.url, code=1).stderr  # only she enrols
    assert "hãy chạy lại lệnh này sau vài phút (đài không tự thử lại)" in again, again

    visitor.sign_in("vanhanh")
    home = visitor.get("/").text
    assert 'id="warnings"' not in home  # Cần chú ý: nothing for her
    [known] = re.findall(r'<li class="notice">([^<]*)</li>', home)
    assert text(known) == (
        "Lần gửi nhật ký gần nhất lên cấp trên bị lỗi: cấp trên tạm thời không lưu được gì (cơ "
        "sở dữ liệu không trả lời). Không cần làm gì: đài vẫn phát theo lịch, và tự gửi nhật ký "
        "khi cấp trên trả lời. Đài thử lại sau mỗi lượt phát và mỗi 5 phút (còn 2 lượt chưa gửi)."
    )
    assert "gửi lại sau" not in text(home)
    status = run("--station", str(root), "status").stdout  # the console spoke Vietnamese
    assert "Để biết: Lần gửi nhật ký gần nhất lên cấp trên bị lỗi: " in status
    assert "gửi lại sau" not in status and "Cảnh báo: Lần gửi nhật ký" not in status

    database_down(False)
    assert office_link.push(station).backlog == 0
    assert 'class="notice"' not in visitor.get("/").text
    assert office.rows(root) == local_rows(root)


def test_a_collector_that_lost_rows_is_sent_them_again(
    template: Path, office: Office, tmp_path: Path
) -> None:
    """The office restored an older backup: the station resends from where it now stands."""
    root = commune(template, tmp_path, "Xã Tân Lập")
    station = enrolled(office, root)
    air_times(root, 4)
    office_link.push(station)
    [(head,)] = office.sql("SELECT row_hash FROM airings WHERE seq = 2")
    office.sql("DELETE FROM airings WHERE seq > 2")
    office.sql("UPDATE stations SET stored_through = 2, head_hash = %s", (head,))
    air_times(root, 1)
    result = office_link.push(station)
    assert (result.sent, result.acked_seq) == (3, 5)
    assert office.rows(root) == local_rows(root)


def test_a_revoked_station_s_new_key_keeps_the_old_one_aside_and_continues_its_log(
    template: Path, office: Office, tmp_path: Path, run: Run
) -> None:
    """A commune whose station was revoked makes a new key with one command: the old key is
    kept, the log is not sent twice, and the office's report reads one unbroken log."""
    root = commune(template, tmp_path, "Xã Tân Lập")
    station = enrolled(office, root)
    air_times(root, 2)
    office_link.push(station)
    at, db = ("--station", str(root)), ("--db", office.dsn)
    old_key, old = (root / "station.key").read_bytes(), identity(root).fingerprint
    run("office", "station", "revoke", old, "--reason", "Bị mất trộm", "--yes", *db)
    air_times(root, 1)  # aired while revoked: not sent yet
    asked = run(*at, "enrol", office.url, "--new-key", input="n\n", code=1)
    assert f"(fingerprint {old}) will be kept aside" in asked.stdout
    assert "Nothing was changed" in asked.stderr and "--new-key" in asked.stderr
    assert (root / "station.key").read_bytes() == old_key
    said = run(*at, "enrol", office.url, "--new-key", input="y\n").stdout
    [aside] = root.glob("station.key.*")
    assert aside.read_bytes() == old_key and stat.S_IMODE(aside.stat().st_mode) == 0o600
    assert stat.S_IMODE((root / "station.key").stat().st_mode) == 0o600
    new = identity(root).fingerprint
    assert new != old and f"The old key is kept in {aside}" in said
    assert f"Read this fingerprint to the office by phone: {new}" in said
    assert f"approve {new} --group GROUP) and revoke the old one, {old}" in said
    assert "revoked" not in run(*at, "status").stdout
    office.approve(root)
    result = office_link.push(Station.open(root))
    assert (result.sent, result.acked_seq) == (1, 3)  # only the airing the office lacked
    assert office.rows(root) == local_rows(root)[2:]
    [(stored,)] = office.sql("SELECT count(DISTINCT seq) = count(*) FROM airings")
    assert stored  # no airing twice
    [(revoked_at,)] = office.sql("SELECT revoked_at FROM stations WHERE fingerprint = %s", (old,))
    today = revoked_at.astimezone(ZoneInfo("Asia/Ho_Chi_Minh"))  # its day, not the clock's now
    run("office", "report", *db, "--month", f"{today:%Y-%m}", "--format", "csv",
        "-o", str(tmp_path / "r.csv"))  # fmt: skip
    lines = [r.split(",") for r in (tmp_path / "r.csv").read_text("utf-8-sig").splitlines()[1:]]
    assert {(r[1], r[5], r[17]) for r in lines} == {
        ("Xã Tân Lập", "1", "Có"),
        (f"Xã Tân Lập (đã thu hồi ngày {today:%d/%m/%Y})", "2", "Có"),
    }
    # a second new key the same day is kept too, under its time; it continues the log of the
    # key it replaces (that one is the log's only live key), and approving it revokes that key
    second = identity(root).fingerprint
    run(*at, "enrol", office.url, "--new-key", "--yes")
    assert len(list(root.glob("station.key.*"))) == 2
    approved = run("office", "station", "approve", identity(root).fingerprint, *db).stdout
    assert f"It continues the log of station {second}, which is now revoked." in approved


def test_one_log_has_one_live_key_and_approving_its_new_key_revokes_the_old_one(
    template: Path, office: Office, tmp_path: Path, run: Run
) -> None:
    """A stolen computer (a copy of the station, old key and all) makes its own new key
    first: the commune's new key is refused while the thief's waits, so one log never has
    two live keys storing each airing twice; approving the right one revokes the old key."""
    root = commune(template, tmp_path, "Xã Tân Lập")
    enrolled(office, root)
    air_times(root, 2)
    office_link.push(Station.open(root))
    thief = copy_station(root, tmp_path / "thief")
    at, db = ("--station", str(root)), ("--db", office.dsn)
    old = identity(root).fingerprint
    run("--station", str(thief), "enrol", office.url, "--new-key", "--yes")
    stolen = identity(thief).fingerprint
    refused = run(*at, "enrol", office.url, "--new-key", "--yes", code=1).stderr
    assert f"({stolen})" in refused and "enrol" in refused  # the collector's words, its language
    listed = run("office", "station", "list", *db).stdout
    assert f"continues the log of station {old} (not revoked yet)" in listed
    run("office", "station", "revoke", stolen, "--reason", "Không phải xã", "--yes", *db)
    run(*at, "enrol", office.url)  # the commune's new key, kept from the refused try
    new = identity(root).fingerprint
    said = run("office", "station", "approve", new, "--group", "ven biển", "--new-group", *db)
    assert f"It continues the log of station {old}, which is now revoked." in said.stdout
    statuses = dict(office.sql("SELECT fingerprint, revoked_at IS NOT NULL FROM stations"))
    assert statuses == {old: True, stolen: True, new: False}
    assert f"continues the log of station {old} (revoked " in run(
        "office", "station", "list", *db).stdout  # fmt: skip
    air_times(root, 1)
    assert (office_link.push(Station.open(root)).acked_seq) == 3
    [(stored,)] = office.sql("SELECT count(DISTINCT seq) = count(*) FROM airings")
    assert stored  # no airing twice


def test_enrolment_and_approval_mistakes_get_one_clear_sentence(
    template: Path, office: Office, tmp_path: Path, run: Run
) -> None:
    root = commune(template, tmp_path, "Xã Tân Lập")
    at = ("--station", str(root))
    assert "is not a web address" in run(*at, "enrol", "ftp://office", code=1).stderr
    assert "not enrolled with an office yet" in run(*at, "push", code=1).stderr
    unreachable = run(*at, "enrol", f"http://127.0.0.1:{free_port()}", code=1).stderr
    assert "cannot reach the office" in unreachable and "no connection (nothing" in unreachable
    assert "ConnectionError" not in unreachable
    out = run(*at, "enrol", office.url, "--commune", "Xã Tân Lập").stdout
    fingerprint = identity(root).fingerprint
    assert f"Read this fingerprint to the office by phone: {fingerprint}" in out
    waiting = run(*at, "push", code=1).stderr  # o17web5 D7: waiting, not refused
    assert "not approved this station yet: the airing log waits here" in waiting, waiting
    assert "refused" not in waiting, waiting
    db = ("--db", office.dsn)
    listed = run("office", "station", "list", *db).stdout
    assert fingerprint in listed and "waiting for approval" in listed
    assert "write all 20 digits of the code the commune read out (12345 is 5 of them)" in run(
        "office", "station", "approve", "12345", *db, code=1).stderr  # fmt: skip
    assert "is not a station fingerprint" in run(
        "office", "station", "approve", "Tân Lập", *db, code=1).stderr  # fmt: skip
    assert "no station with fingerprint" in run(
        "office", "station", "approve", "1" * 20, *db, code=1).stderr  # fmt: skip
    spoken = fingerprint.replace("-", " ")  # typed as it was heard
    run("office", "station", "approve", spoken, *db, "--group", "ven biển", "--group", "huyện cũ A",
        "--new-group")  # fmt: skip
    listed = run("office", "station", "list", *db, "--group", "ven biển", "--json").stdout
    assert json.loads(listed)[0]["groups"] == ["huyện cũ A", "ven biển"]
    assert "Sent 0 airings" in run(*at, "push").stdout
    assert (
        "cannot open the office's database"
        in run(
            "office", "station", "list", "--db", "postgresql:///nowhere?host=/nonexistent", code=1
        ).stderr
    )


def test_sigterm_stops_the_daemon_while_the_office_does_not_answer(
    template: Path, tmp_path: Path
) -> None:
    from conftest import Daemon

    silent = socket.socket()  # accepts connections and never answers
    silent.bind(("127.0.0.1", 0))
    silent.listen(8)
    root = commune(template, tmp_path, "Xã Tân Lập")
    Station.open(root).db.table("meta").insert(
        {"key": "office_url", "value": f"http://127.0.0.1:{silent.getsockname()[1]}"},
        pk="key", replace=True,
    )  # fmt: skip
    daemon = Daemon(root, warm=True)  # from a spare that imported its modules (Daemon)
    try:
        daemon.expect("on air, airings go to: no loudspeaker")
        held: list[socket.socket] = []
        wait_until(lambda: _has_client(silent, held), "the station's push")
        started = time.monotonic()
        assert daemon.stop() == 0
        assert time.monotonic() - started < 5
    finally:
        silent.close()


def _has_client(server: socket.socket, held: list[socket.socket]) -> bool:
    server.settimeout(0.1)
    try:
        held.append(server.accept()[0])  # the connection stays open, unanswered
        return True
    except TimeoutError:
        return False


# ----- the office's reports ----------
NOVEMBER = datetime(2026, 11, 10, 1, 0, tzinfo=UTC)


def ticking(start: datetime) -> Clock:
    """A station clock that moves a minute at each reading (a month of airings in a second)."""
    moments = (start + timedelta(minutes=m) for m in range(10**6))
    return lambda: next(moments)


@pytest.fixture
def province(template: Path, office: Office, tmp_path: Path) -> dict[str, Path]:
    """Three communes in November 2026. Tân Lập airs version 1 three times, version 2 twice,
    and misses a slot during a power cut; Hòa Bình (its clock an hour fast) airs twice, then
    loses a row of its log; Phú Mỹ enrolled and fell silent."""
    roots = {name: commune(template, tmp_path, name)
             for name in ("Xã Tân Lập", "Xã Hòa Bình", "Xã Phú Mỹ")}  # fmt: skip
    enrolled(office, roots["Xã Tân Lập"], "ven biển")
    enrolled(office, roots["Xã Hòa Bình"], "ven biển")
    enrolled(office, roots["Xã Phú Mỹ"], "miền núi")

    tan_lap = ticking(NOVEMBER)
    station = Station.open(roots["Xã Tân Lập"], tan_lap)
    slot = make_slot("sang", "06:00", "daily", None, None, None, ("tb",), None,
                     created_at=NOVEMBER)  # fmt: skip
    schedule.add_slots(station, [slot])
    air_times(roots["Xã Tân Lập"], 3, tan_lap)
    make_tone(tmp_path / "tb.wav", seconds=1.0, freq=660)
    write_script(tmp_path, "tb.md", "", id="tb", title="Cài đặt Bluezone (bản 2)",
                 campaign="bluezone", audio="tb.wav")  # fmt: skip
    station.add_announcements([tmp_path / "tb.md"])
    station.approve("tb", "Chủ tịch UBND xã")
    air_times(roots["Xã Tân Lập"], 2, tan_lap)
    after_the_power_cut = Station.open(roots["Xã Tân Lập"], ticking(NOVEMBER + timedelta(days=1)))
    Runner(after_the_power_cut, CardStandIn(tmp_path / "out")).settle()  # 06:00 on the 11th: missed
    office_link.push(station)

    hoa_binh = ticking(NOVEMBER + timedelta(hours=1))
    air_times(roots["Xã Hòa Bình"], 2, hoa_binh)
    office_link.push(Station.open(roots["Xã Hòa Bình"], hoa_binh))
    air_times(roots["Xã Hòa Bình"], 2, hoa_binh)
    query(roots["Xã Hòa Bình"], "DELETE FROM airings WHERE seq = 3")
    with pytest.raises(office_link.OfficeLinkError, match="thiếu lượt phát #3"):
        office_link.push(Station.open(roots["Xã Hòa Bình"], hoa_binh))

    office.sql("UPDATE stations SET last_contact = now() - interval '3 days' "
               "WHERE commune = 'Xã Phú Mỹ'")  # fmt: skip
    return roots


def test_the_month_per_commune_in_xlsx_pdf_and_csv(
    province: dict[str, Path], office: Office, run: Run, tmp_path: Path
) -> None:
    import openpyxl

    db = ("--db", office.dsn)
    out = run("office", "report", *db, "--month", "2026-11", "--format", "xlsx",
              "-o", str(tmp_path / "t11.xlsx")).stdout  # fmt: skip
    assert "3 commune(s), tháng 11/2026; 1 silent for over a day, 1 with a broken log chain" in out
    book = openpyxl.load_workbook(tmp_path / "t11.xlsx")
    sheet = book["Tổng hợp theo xã"]
    assert sheet["A1"].value == "CƠ QUAN QUẢN LÝ HỆ THỐNG TRUYỀN THANH CƠ SỞ"  # as the PDF
    assert [c.value for c in sheet[4]] == list(COMMUNE_HEADINGS)
    lines = {row[1]: row for row in sheet.iter_rows(min_row=5, values_only=True)}
    assert list(lines) == ["Xã Hòa Bình", "Xã Phú Mỹ", "Xã Tân Lập"]
    tan_lap = lines["Xã Tân Lập"]
    # planned, aired, not on the loudspeakers, missed, failed, preempted, interrupted, minutes, %
    assert tan_lap[3:13] == ("ven biển", 6, 5, 0, 1, 0, 0, 0, 0.1, 83.3)
    assert tan_lap[13:16] == (0, 0, "Cài đặt Bluezone v1 ×3; Cài đặt Bluezone (bản 2) v2 ×2")
    assert isinstance(tan_lap[16], datetime) and tan_lap[17] == "Có"
    assert lines["Xã Hòa Bình"][4:6] == (2, 2)
    assert lines["Xã Hòa Bình"][17] == "Không: thiếu lượt #3 trong nhật ký của đài"
    assert lines["Xã Phú Mỹ"][4:6] == (0, 0)
    assert [row[1] for row in book["Đài im lặng"].iter_rows(min_row=5, values_only=True)] == [
        "Xã Phú Mỹ"
    ]
    versions = list(book["Thông báo đã phát"].iter_rows(min_row=5, values_only=True))
    assert [(r[1], r[4], r[5], r[6]) for r in versions] == [
        ("Xã Hòa Bình", "tb", 1, 2), ("Xã Tân Lập", "tb", 1, 3), ("Xã Tân Lập", "tb", 2, 2),
    ]  # fmt: skip
    unaired = list(book["Chưa phát"].iter_rows(min_row=5, values_only=True))  # o13web W8
    never = "Xã Phú Mỹ (đài của xã chưa gửi nhật ký về văn phòng lần nào)"  # o19web7 W3: why
    assert [r[1:] for r in unaired] == [("bluezone", "Cài đặt Bluezone", 3, never)]
    # the clock an hour fast: Hòa Bình's rows carry the instants it recorded
    # (01:00 UTC + 1 h, shown at UTC+7)
    first = versions[0][7]
    assert isinstance(first, datetime) and (first.day, first.hour) == (10, 9)

    run("office", "report", *db, "--month", "2026-11", "--format", "pdf", "--issuer",
        "Sở Văn hóa, Thể thao và Du lịch", "--parent", "UBND tỉnh Đồng Nai", "--place",
        "Biên Hòa", "--signer", "GIÁM ĐỐC", "-o", str(tmp_path / "t11.pdf"))  # fmt: skip
    text = subprocess.run(["pdftotext", "-layout", str(tmp_path / "t11.pdf"), "-"],
                          capture_output=True, text=True, check=True).stdout  # fmt: skip
    flat = " ".join(text.split())
    for before, after in [("UBND TỈNH ĐỒNG NAI", "SỞ VĂN HÓA, THỂ THAO"),
                          ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"),
                          ("Biên Hòa, ngày", "BÁO CÁO"), ("BÁO CÁO", "Tổng hợp kết quả phát"),
                          ("I. KẾT QUẢ PHÁT THANH THEO XÃ", "Xã Tân Lập"),
                          ("II. THÔNG BÁO ĐÃ PHÁT", "III. THÔNG BÁO CÓ XÃ CHƯA PHÁT"),
                          ("III. THÔNG BÁO CÓ XÃ CHƯA PHÁT", "IV. CÁC ĐÀI KHÔNG LIÊN LẠC QUÁ"),
                          ("IV. CÁC ĐÀI", "Nơi nhận:"), ("Nơi nhận:", "GIÁM ĐỐC")]:  # fmt: skip
        assert flat.index(before) < flat.index(after), (before, after)
    assert "tháng 11/2026" in flat and "83,3" in flat  # per cent with a decimal comma
    unaired_section = flat[flat.index("III. THÔNG BÁO CÓ XÃ") : flat.index("IV. CÁC ĐÀI")]
    assert "Cài đặt Bluezone 3 Xã Phú Mỹ" in unaired_section, unaired_section

    run("office", "report", *db, "--month", "2026-11", "--group", "ven biển",
        "--campaign", "bluezone", "--format", "csv", "-o", str(tmp_path / "t11.csv"))  # fmt: skip
    rows = (tmp_path / "t11.csv").read_text("utf-8-sig").splitlines()
    assert rows[0].startswith("STT,Xã/phường,Đài truyền thanh,Nhóm,Kế hoạch,Đã phát")
    assert [r.split(",")[1] for r in rows[1:]] == ["Xã Hòa Bình", "Xã Tân Lập"]
    october = run("office", "report", *db, "--month", "2026-10", "--format", "csv",
                  "-o", str(tmp_path / "t10.csv")).stdout  # fmt: skip
    assert "3 commune(s), tháng 10/2026" in october


def test_which_communes_aired_a_version_and_which_are_silent(
    province: dict[str, Path], office: Office, run: Run, tmp_path: Path
) -> None:
    db = ("--db", office.dsn)
    out = run("office", "aired", "tb", "--version", "2", *db).stdout
    assert ("1 commune(s) aired tb v2; not aired in 2: Xã Hòa Bình (aired only version 1), "
            "Xã Phú Mỹ") in out  # fmt: skip
    found = json.loads(run("office", "aired", "tb", *db, "--month", "2026-11", "--json").stdout)
    assert [(a["commune"], a["version"], a["airings"]) for a in found["aired"]] == [
        ("Xã Hòa Bình", 1, 2), ("Xã Tân Lập", 1, 3), ("Xã Tân Lập", 2, 2),
    ]  # fmt: skip
    assert found["not_aired"] == ["Xã Phú Mỹ"]
    silent = run("office", "silent", *db).stdout
    assert "Xã Phú Mỹ" in silent and "1 station(s) silent for more than 24 hour(s)" in silent
    assert "no commune has logged a notice or a campaign 'khac'" in run(
        "office", "aired", "khac", *db, code=1).stderr  # fmt: skip
    # o15web3 K6: without an ID, one sentence naming the campaigns, not Click's usage error
    asked = run("office", "aired", *db, code=1).stderr
    assert "name a notice or a campaign; the campaigns: " in asked and "bluezone" in asked
    assert asked.count("\n") == 1 and "Missing" not in asked, asked
    assert "there is no group 'không có'" in run(
        "office", "report", *db, "--month", "2026-11", "--group", "không có", "-o", "x.csv",
        code=1).stderr  # fmt: skip
    assert "'13/2026' is not a month" in run(
        "office", "report", *db, "--month", "13/2026", "-o", "x.csv", code=1).stderr  # fmt: skip
    # the calendar's ends: an empty month, no crash; the last has not begun: refused
    run("office", "report", *db, "--month", "0001-01", "--format", "csv",
        "-o", str(tmp_path / "0001.csv"))  # fmt: skip
    run("office", "aired", "tb", *db, "--month", "0001-01", "--json")
    run("office", "aired", "tb", *db, "--month", "9999-12", "--json", code=1)


def test_the_office_s_airing_lines_are_the_stations_own(
    template: Path, office: Office, run: Run, tmp_path: Path
) -> None:
    """Issue 15: the office's table of airing lines has the columns of a station's `log
    export`, and each station's rows pushed to the office read there line for line as the
    station prints them (outcomes, a missed slot, a failed airing, text a spreadsheet would
    take for a formula), so the tables of many communes merge into one."""
    import csv

    import openpyxl

    roots = [commune(template, tmp_path, name) for name in ("Xã Tân Lập", "Xã Hòa Bình")]
    for root in roots:
        enrolled(office, root, "ven biển")
    clock = ticking(NOVEMBER)
    tan_lap = Station.open(roots[0], clock)
    make_tone(tmp_path / "hl.wav", seconds=0.5, freq=550)
    tan_lap.add_announcements(
        [
            write_script(
                tmp_path,
                "hl.md",
                "",
                id="hl",
                campaign="-ve-sinh",
                audio="hl.wav",
                title="'=HYPERLINK(\"x\"), thu gom rác'",
                campaign_title="Vệ sinh, môi trường",
            )
        ]
    )
    tan_lap.approve("hl", "@Phó chủ tịch")
    schedule.add_slots(tan_lap, [make_slot("sang", "06:00", "daily", None, None, None, ("tb",),
                                           None, created_at=NOVEMBER)])  # fmt: skip
    air(tan_lap, ["tb", "hl"], CardStandIn(tmp_path / "out"))
    (tmp_path / "blocker").write_text("")
    air(tan_lap, ["hl"], FileSink(tmp_path / "blocker" / "x"))  # failed: cannot write
    Runner(Station.open(roots[0], ticking(NOVEMBER + timedelta(days=1))),
           CardStandIn(tmp_path / "out")).settle()  # 06:00 on the 11th: missed  # fmt: skip
    air_times(roots[1], 2, ticking(NOVEMBER + timedelta(hours=2)))
    for root in roots:
        office_link.push(Station.open(root, clock))

    def table(path: Path) -> list[list[str]]:
        with path.open(encoding="utf-8-sig", newline="") as f:
            return list(csv.reader(f))

    def sheet(path: Path) -> list[tuple[Any, ...]]:
        return list(
            openpyxl.load_workbook(path).worksheets[0].iter_rows(min_row=4, values_only=True)
        )

    db = ("--db", office.dsn)
    out = run("office", "lines", *db, "--month", "11/2026", "-o", str(tmp_path / "o.csv")).stdout
    assert "6 airing line(s), tháng 11/2026" in out
    run("office", "lines", *db, "--month", "2026-11", "--format", "xlsx",
        "-o", str(tmp_path / "o.xlsx"))  # fmt: skip
    at_office, office_sheet = table(tmp_path / "o.csv"), sheet(tmp_path / "o.xlsx")
    assert (tmp_path / "o.csv").read_bytes().splitlines()[0] == (
        "\ufeff" + ",".join(LINE_HEADINGS)).encode()  # fmt: skip
    assert office_sheet[0] == LINE_HEADINGS
    assert [line[0] for line in at_office[1:]] == [str(n) for n in range(1, 7)]
    for root in roots:
        station = Station.open(root)
        first, last = datetime(2026, 11, 1).date(), datetime(2026, 11, 30).date()
        station.export_log("csv", tmp_path / f"{root.name}.csv", first, last)
        station.export_log("xlsx", tmp_path / f"{root.name}.xlsx", first, last)
        own = table(tmp_path / f"{root.name}.csv")
        own = own[: own.index([])]  # the airing lines; the notices not aired follow
        name = station.config.name
        assert own[0] == at_office[0]
        assert [line[1:] for line in own[1:]] == [
            line[1:] for line in at_office[1:] if line[1] == name
        ]
        own_sheet = sheet(tmp_path / f"{root.name}.xlsx")
        assert [line[1:] for line in own_sheet[1:]] == [
            line[1:] for line in office_sheet[1:] if line[1] == name
        ]
    by_title = {line[7]: line for line in at_office[1:]}
    hyperlink = by_title['\'=HYPERLINK("x"), thu gom rác']  # neutralised, as at the station
    assert hyperlink[10:12] == ["'-ve-sinh", "Vệ sinh, môi trường"]
    assert hyperlink[18] == "'@Phó chủ tịch"
    assert [line[17] for line in at_office[1:]].count("Bỏ lỡ") == 1
    assert [line[17] for line in at_office[1:]].count("Lỗi") == 1
