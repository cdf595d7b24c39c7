"""Chị Mai at the office's command line, as she reads it in Vietnamese: every `office …`,
`publish` and `keys` command given a bad argument (a mistyped group, a blank text, a month
that is none, a database that is down) answers with one sentence that says what to do, exits
non-zero and changes nothing, with no Python traceback; the broker's files stay readable by
Mosquitto after each approval; the same emergency sent twice airs once unless she means it;
and the emergencies she sent are listed, each with its text and who aired it."""

from __future__ import annotations

import fcntl
import json
import os
import re
import shlex
import stat
import threading
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import psycopg
import pytest
from click.testing import CliRunner, Result
from conftest import OFFICE_APPROVED
from servers import Postgres

from cli import cli
from common import signing
from common.localtime import local_text
from office import OFFICE_ZONE, broker, emergency, fleet
from office.db import open_office
from upstream.emergency_message import seal
from upstream.keys import init_keys
from upstream.repository import Repository

VIETNAMESE = re.compile(r"[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]", re.I)


@dataclass
class Desk:
    """Mai's office: its database with two approved communes, the keys and the repository."""

    dsn: str
    keys: Path
    repo: Path
    campaign: Path
    tan_lap: str
    """Tân Lập's fingerprint (group ven-song); Hòa Bình is in vung-nui."""

    def tables(self) -> list[tuple[object, ...]]:
        """What the office holds, to show that a refused command changed nothing."""
        with psycopg.connect(self.dsn) as conn:
            return [
                *conn.execute("SELECT id, text FROM emergencies ORDER BY id"),
                *conn.execute("SELECT key_id, name FROM station_groups ORDER BY key_id, name"),
                *conn.execute("SELECT key_id, approved_at FROM stations ORDER BY key_id"),
                *conn.execute("SELECT key, value FROM settings WHERE key LIKE 'mqtt_%' "
                              "ORDER BY key"),
            ]  # fmt: skip


def station_row(
    conn: psycopg.Connection, commune: str, *groups: str, at: datetime | None = None
) -> str:
    """An enrolled station as the collector files it, approved into `groups` (if any), at
    `at` (else now: "just approved", which the broker's page tells apart)."""
    at = at or datetime.now(UTC)
    public = signing.public_bytes(signing.load_private_key(signing.new_private_key()))
    key, print_ = signing.key_id(public), signing.fingerprint(public)
    conn.execute(
        "INSERT INTO stations (key_id, fingerprint, public_key, station_id, name, commune, "
        "enrolled_at, head_hash) VALUES (%s, %s, %s, %s, %s, %s, %s, '')",
        [key, print_, public, key[:8], f"Đài truyền thanh xã {commune}", commune,
         at],
    )  # fmt: skip
    if groups:
        fleet.approve(conn, print_, list(groups), "Nguyễn Thị Mai", at)
    return print_


@pytest.fixture(scope="module")
def desk(postgres: Postgres, tmp_path_factory: pytest.TempPathFactory) -> Desk:
    return make_desk(postgres, tmp_path_factory.mktemp("office"))


@pytest.fixture
def fresh(postgres: Postgres, tmp_path: Path) -> Desk:
    """A desk of its own, for a test that sends emergencies."""
    return make_desk(postgres, tmp_path)


def make_desk(server: Postgres, folder: Path) -> Desk:
    dsn = server.new_database()
    with open_office(dsn) as conn:
        tan_lap = station_row(conn, "Tân Lập", "ven-song", at=OFFICE_APPROVED)
        station_row(conn, "Hòa Bình", "vung-nui", at=OFFICE_APPROVED)
    init_keys(folder / "keys")
    campaign = folder / "campaigns" / "lu-ven-song"
    campaign.mkdir(parents=True)
    (campaign / "lu.md").write_text(
        "---\nid: lu-1\ntitle: Cảnh báo lũ\n---\nNước sông lên nhanh, bà con chú ý.\n",
        encoding="utf-8",
    )
    return Desk(dsn, folder / "keys", folder / "repo", campaign, tan_lap)


def mai(*args: str) -> Result:
    """A command as Mai types it, in Vietnamese (the office has no station folder)."""
    return CliRunner(mix_stderr=False).invoke(cli, ["--station", "/nonexistent", *args])


def refused(result: Result) -> str:
    """The one sentence a refused command says; fails on a traceback or English."""
    said = result.stderr + result.stdout
    assert result.exit_code not in (0, None), said
    assert "Traceback" not in said, said
    assert isinstance(result.exception, SystemExit), f"{result.exception!r}\n{said}"
    lines = [line for line in said.splitlines() if line.strip()]
    assert len(lines) == 1, said
    assert VIETNAMESE.search(lines[0]), lines[0]
    return lines[0]


@pytest.fixture(autouse=True)
def _in_vietnamese(vietnamese: None) -> None:
    """Mai's machine speaks Vietnamese."""


def bad_commands(desk: Desk, tmp: Path) -> dict[str, list[str]]:
    """Every office command with an argument Mai could mistype, or a folder she confused."""
    db = f"--db '{desk.dsn}'"
    send = f"office emergency {db} --keys {desk.keys} --repo {desk.repo}"
    typed = {
        "emergency to a mistyped group": f"{send} --to ven-s0ng --text 'Lũ về'",
        "emergency with a blank text": f"{send} --text '   '",
        "emergency with neither text nor recording": f"{send} --to ven-song",
        "emergency to an unknown station": f"{send} --to 11111-22222-33333-44444 --text 'Lũ'",
        "emergency signed from a folder with no keys":
            f"office emergency {db} --keys {tmp}/khong-co --repo {desk.repo} --text 'Lũ về'",
        "status of an emergency never sent": f"office emergency {db} status 20261130-073040-0",
        "approve a mistyped fingerprint": f"office station approve 31615-0000 {db} --group a",
        "approve a station that never enrolled":
            f"office station approve 11111-22222-33333-44444 {db}",
        "report of a month that is none":
            f"office report {db} --month 13/2026 -o {tmp}/r.pdf --format pdf",
        "lines of a month that is none": f"office lines {db} --month 'tháng 11' -o {tmp}/l.csv",
        "aired in a month that is none": f"office aired lu-1 {db} --month 2026-13",
        "stations of a mistyped group": f"office station list {db} --group ven-s0ng",
        "silent communes of a mistyped group": f"office silent {db} --group ven-s0ng",
        "aired in a mistyped group": f"office aired lu-1 {db} --group ven-s0ng",
        "report of a mistyped group":
            f"office report {db} --month 11/2026 --group ven-s0ng -o {tmp}/g.csv",
        "broker at an address that is no broker":
            f"office broker setup {db} --url http://127.0.0.1:1883 --dir {tmp}/mqtt",
        "publish to a mistyped group":
            f"publish --keys {desk.keys} --repo {desk.repo} {db} --to ven-s0ng {desk.campaign}",
        "publish with no keys": f"publish --keys {tmp}/k --repo {tmp}/repo2 {desk.campaign}",
        "keys init over the office's keys": f"keys init --keys {desk.keys}",
        "keys rotate with no keys": f"keys rotate targets --keys {tmp}/k --repo {desk.repo}",
    }  # fmt: skip
    return {case: shlex.split(command) for case, command in typed.items()}


CASES = list(bad_commands(Desk("", Path(), Path(), Path(), ""), Path()))


@pytest.mark.parametrize("case", CASES)
def test_a_bad_argument_to_any_office_command_is_one_vietnamese_sentence(
    desk: Desk, tmp_path: Path, case: str
) -> None:
    before = desk.tables()
    refused(mai(*bad_commands(desk, tmp_path)[case]))
    assert desk.tables() == before


def test_a_mistyped_group_lists_the_groups_that_exist(desk: Desk) -> None:
    for command in (
        ["office", "emergency", "--db", desk.dsn, "--keys", str(desk.keys), "--repo",
         str(desk.repo), "--to", "ven-s0ng", "--text", "Lũ về"],
        ["publish", "--keys", str(desk.keys), "--repo", str(desk.repo), "--db", desk.dsn,
         "--to", "ven-s0ng", str(desk.campaign)],
        ["office", "station", "list", "--db", desk.dsn, "--group", "ven-s0ng"],
        ["office", "silent", "--db", desk.dsn, "--group", "ven-s0ng"],
    ):  # fmt: skip
        said = refused(mai(*command))
        assert "ven-s0ng" in said and "ven-song, vung-nui" in said, said


DOWN = "postgresql://postgres@/vhtt?host=/nonexistent/pg"
"""The database's socket folder when PostgreSQL is not running."""


@pytest.mark.parametrize(
    "command",
    [
        ["office", "station", "list", "--db", DOWN],
        ["office", "emergency", "--db", DOWN, "status", "20261130-073040-a893d7"],
        ["office", "silent", "--db", DOWN],
        ["office", "aired", "lu-1", "--db", DOWN],
        ["office", "serve", "--db", DOWN],
    ],
    ids=lambda c: " ".join(c[:3]),
)
def test_a_database_that_is_down_says_to_check_postgresql_or_call_the_technician(
    command: list[str],
) -> None:
    said = refused(mai(*command))
    assert "PostgreSQL" in said and "kỹ thuật" in said, said
    assert not re.search(r"\b(connection|failed|such|file|directory|server)\b", said), said


def test_a_blank_emergency_says_the_text_is_blank(desk: Desk) -> None:
    said = refused(mai("office", "emergency", "--db", desk.dsn, "--keys", str(desk.keys),
                       "--repo", str(desk.repo), "--text", " \n "))  # fmt: skip
    assert "trống" in said, said


BROKER_GROUP = 4242
"""The group Mosquitto runs as (anh Tuấn's `chgrp -R mosquitto` on the broker's folder)."""


def test_approving_stations_keeps_the_broker_able_to_read_its_files(
    postgres: Postgres, tmp_path: Path
) -> None:
    dsn, accounts = postgres.new_database(), tmp_path / "mosquitto"
    accounts.mkdir()
    os.chown(accounts, -1, BROKER_GROUP)
    setup = mai("office", "broker", "setup", "--db", dsn, "--url", "mqtt://127.0.0.1:1883",
                "--dir", str(accounts))  # fmt: skip
    assert setup.exit_code == 0, setup.stderr
    assert "Mosquitto chưa đọc các tệp này: lần đầu hãy chạy 'sudo systemctl restart " in (
        setup.stdout
    )  # no pid file: nobody told it, and Tuấn reads what to run
    files = [accounts / "passwd", accounts / "acl"]
    assert [(f.stat().st_gid, stat.S_IMODE(f.stat().st_mode)) for f in files] == [
        (BROKER_GROUP, 0o640)
    ] * 2
    os.chown(files[1], 0, BROKER_GROUP)
    os.chmod(files[1], 0o440)  # made stricter by hand: kept so
    with open_office(dsn) as conn:
        waiting = [station_row(conn, commune) for commune in ("Tân Lập", "Hòa Bình")]
    for fingerprint in waiting:
        approved = mai("office", "station", "approve", fingerprint, "--db", dsn, "--group",
                       "ven-song", "--new-group", "--by", "Nguyễn Thị Mai")  # fmt: skip
        assert approved.exit_code == 0, approved.stderr
        assert [(f.stat().st_gid, stat.S_IMODE(f.stat().st_mode)) for f in files] == [
            (BROKER_GROUP, 0o640), (BROKER_GROUP, 0o440)
        ]  # fmt: skip
    users = [line.split(":")[0] for line in files[0].read_text().splitlines()]
    assert len(users) == 4 and broker.PROBE_USER in users  # the office, both communes, the probe
    assert sorted(p.name for p in accounts.iterdir()) == ["acl", "passwd"]  # no leftovers


def send(desk: Desk, text: str, *more: str) -> Result:
    return mai("office", "emergency", "--db", desk.dsn, "--keys", str(desk.keys), "--repo",
               str(desk.repo), "--text", text, *more)  # fmt: skip


def sent_id(result: Result) -> str:
    assert result.exit_code == 0, result.stderr
    found = re.search(r"\d{8}-\d{6}-[0-9a-f]{6}", result.stdout)
    assert found, result.stdout
    return found[0]


def test_the_same_emergency_sent_twice_airs_once_unless_sent_again_on_purpose(
    fresh: Desk,
) -> None:
    storm = "Khẩn cấp: bão số 3 đổ bộ, bà con ven sông vào nơi trú ẩn ngay."
    first = sent_id(send(fresh, storm, "--to", "ven-song"))
    before = fresh.tables()
    said = refused(send(fresh, storm.replace(" ", "  "), "--to", "ven-song"))
    assert first in said and "--again" in said and re.search(r"\d\d:\d\d", said), said
    assert fresh.tables() == before  # nothing filed, nothing published
    active = json.loads((fresh.repo / "emergencies" / "active.json").read_text())
    assert len(active["emergencies"]) == 1
    elsewhere = send(fresh, storm, "--to", "vung-nui")  # other communes: sent
    assert not parentheses_nest(elsewhere.stderr), elsewhere.stderr  # the broker's warning
    other = sent_id(elsewhere)
    again = sent_id(send(fresh, storm, "--to", "ven-song", "--again"))
    assert len({first, other, again}) == 3


def test_sending_an_emergency_names_at_once_the_communes_already_quiet(fresh: Desk) -> None:
    """o22web10 Z2: Tân Lập unheard for 7 minutes (it pushes every minute) when the storm
    warning goes out: the terminal names it, since when, and to phone, while Mai looks; Hòa
    Bình, heard a minute ago, is not named; a send that is not for Tân Lập says nothing of it."""
    now = datetime.now(UTC)
    with psycopg.connect(fresh.dsn) as conn:
        conn.execute(
            "UPDATE stations SET stored_through = 5, push_minutes = 1, last_contact = "
            "CASE WHEN fingerprint = %s THEN %s::timestamptz ELSE %s::timestamptz END",
            [fresh.tan_lap, now - timedelta(minutes=7, seconds=5), now - timedelta(minutes=1)],
        )
    said = send(fresh, "Khẩn cấp: đê tả sông Lèn có nguy cơ vỡ, bà con sơ tán ngay.")
    sent_id(said)
    since = local_text(now - timedelta(minutes=7, seconds=5), OFFICE_ZONE,
                       datetime.now(UTC).astimezone(OFFICE_ZONE).date(), mid=True)  # fmt: skip
    assert (
        f"Tân Lập: chưa liên lạc từ {since} (7 phút): có thể đài đang tắt hoặc mất mạng và không "
        "nhận được tin; hãy gọi điện cho xã"
    ) in said.stdout.splitlines(), said.stdout
    assert "Hòa Bình:" not in said.stdout, said.stdout
    elsewhere = send(fresh, "Khẩn cấp: sạt lở ở bản trên, không đi qua dốc.", "--to", "vung-nui")
    sent_id(elsewhere)
    assert "chưa liên lạc" not in elsewhere.stdout, elsewhere.stdout


def parentheses_nest(line: str) -> bool:
    depth = 0
    for c in line:
        depth += {"(": 1, ")": -1}.get(c, 0)
        if depth > 1:
            return True
    return False


def test_the_emergencies_sent_are_listed_newest_first_with_who_aired_them(fresh: Desk) -> None:
    listed = mai("office", "emergency", "--db", fresh.dsn, "list")
    assert listed.stdout.strip() == "Chưa gửi tin khẩn cấp nào.", listed.stdout
    warning = "Khẩn cấp: nước sông Hồng lên nhanh, bà con ven sông sơ tán ngay lên chỗ cao."
    flood = sent_id(send(fresh, warning, "--to", "ven-song"))
    fire = sent_id(send(fresh, "Cháy rừng ở đồi thông, bà con không vào rừng."))
    with psycopg.connect(fresh.dsn) as conn:  # Tân Lập reported it aired the flood warning
        conn.execute(
            "UPDATE emergency_reports SET state = 'aired', reason = %s WHERE emergency_id = %s",
            ["đọc bằng giọng ngoại tuyến (nghe máy móc hơn)", flood],
        )
    lines = mai("office", "emergency", "--db", fresh.dsn, "list").stdout.splitlines()
    assert [fire in lines[0], flood in lines[1]] == [True, True], lines
    assert "Cháy rừng ở đồi thông" in lines[0], lines[0]
    assert "mọi đài đã duyệt lúc gửi — 0/2" in lines[0], lines[0]
    assert "Khẩn cấp: nước sông Hồng lên nhanh, bà con ven sông sơ …" in lines[1], lines[1]
    assert "ven-song" in lines[1] and "1/1 đài đã phát" in lines[1], lines[1]
    listed = mai("office", "emergency", "--db", fresh.dsn, "list", "--json")
    assert [(e["id"], e["aired"]) for e in json.loads(listed.stdout)] == [(fire, 0), (flood, 1)]
    status = mai("office", "emergency", "--db", fresh.dsn, "status", flood).stdout
    assert "Nội dung: Khẩn cấp: nước sông Hồng lên nhanh" in status, status
    assert not [line for line in status.splitlines() if parentheses_nest(line)], status


def test_a_database_lost_while_a_command_runs_says_the_same(
    desk: Desk, monkeypatch: pytest.MonkeyPatch
) -> None:
    def cut_off(*_args: object) -> None:
        raise psycopg.OperationalError("consuming input failed: server closed the connection")

    monkeypatch.setattr(fleet, "stations", cut_off)  # PostgreSQL stopped as it answered
    said = refused(mai("office", "station", "list", "--db", desk.dsn))
    assert "PostgreSQL" in said and "kỹ thuật" in said and "server" not in said, said


def test_an_emergency_still_valid_is_not_sent_again_and_a_later_repeat_says_when_it_was_sent(
    fresh: Desk,
) -> None:
    """o12offb N4: the same emergency 40 minutes later went out without a word, though the
    first was valid for two hours."""
    flood = "Khẩn cấp: nước sông lên nhanh, bà con ven sông di chuyển lên chỗ cao."
    first = sent_id(send(fresh, flood, "--to", "ven-song", "--valid-minutes", "120"))
    with psycopg.connect(fresh.dsn) as conn:  # 40 minutes ago, valid 80 minutes more
        conn.execute("UPDATE emergencies SET issued_at = issued_at - interval '40 minutes'")
    said = refused(send(fresh, flood, "--to", "ven-song"))
    assert first in said and "--again" in said, said
    with psycopg.connect(fresh.dsn) as conn:  # it has expired: it may go out again, said so
        conn.execute("UPDATE emergencies SET valid_until = now() - interval '1 minute'")
        [(issued,)] = conn.execute("SELECT issued_at FROM emergencies").fetchall()
    repeat = send(fresh, flood, "--to", "ven-song")
    assert sent_id(repeat) != first
    when = local_text(issued, OFFICE_ZONE)
    assert f"Tin khẩn cấp này đã được gửi tới các xã đó lúc {when} ({first})." in repeat.stdout


def test_a_database_password_given_as_a_parameter_is_never_printed() -> None:
    for address in (f"{DOWN}&password=mat-khau-1", "host=/nonexistent/pg password=mat-khau-1"):
        said = refused(mai("office", "station", "list", "--db", address))
        assert "mat-khau-1" not in said and "password=***" in said, said


def broker_desk(postgres: Postgres, folder: Path, pid: str) -> tuple[str, Path]:
    """An office whose broker's pid file holds `pid`, with Tân Lập waiting for approval."""
    dsn, accounts = postgres.new_database(), folder / "mosquitto"
    (folder / "mosquitto.pid").write_text(pid)
    setup = mai("office", "broker", "setup", "--db", dsn, "--url", "mqtt://127.0.0.1:1883",
                "--dir", str(accounts), "--pid-file", str(folder / "mosquitto.pid"))  # fmt: skip
    assert setup.exit_code == 0, setup.stderr
    with open_office(dsn) as conn:
        station_row(conn, "Tân Lập")
    return dsn, accounts


def test_a_broker_that_could_not_be_told_is_said_with_what_to_run(
    postgres: Postgres, tmp_path: Path
) -> None:
    dsn, _accounts = broker_desk(postgres, tmp_path, "999999")  # Mosquitto restarted since
    [(tan_lap,)] = psycopg.connect(dsn).execute("SELECT fingerprint FROM stations").fetchall()
    for command in (["approve", tan_lap, "--group", "ven-song", "--new-group"],
                    ["revoke", tan_lap, "--reason", "Bị mất trộm", "--yes"]):  # fmt: skip
        done = mai("office", "station", *command, "--db", dsn)
        assert done.exit_code == 0, done.stderr
        assert "báo cho máy chủ tin nhắn" not in done.stdout, done.stdout
        assert "sudo systemctl reload mosquitto" in done.stderr, (command, done.stderr)


def test_a_revoke_whose_broker_files_could_not_be_written_is_finished_by_running_it_again(
    postgres: Postgres, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dsn, accounts = broker_desk(postgres, tmp_path, "999999")
    with psycopg.connect(dsn) as conn:
        [(tan_lap, key)] = conn.execute("SELECT fingerprint, key_id FROM stations").fetchall()
    assert mai("office", "station", "approve", tan_lap, "--db", dsn).exit_code == 0
    assert key in (accounts / "passwd").read_text()

    def not_in_the_brokers_group(*_args: object) -> None:
        raise PermissionError(1, "Operation not permitted")

    with monkeypatch.context() as run_by_another_user:
        run_by_another_user.setattr(os, "chown", not_in_the_brokers_group)
        said = refused(
            mai("office", "station", "revoke", tan_lap, "--db", dsn, "--reason", "Mất", "--yes")
        )
    assert "đã bị thu hồi" in said and "chạy lại lệnh thu hồi" in said, said
    assert key in (accounts / "passwd").read_text()
    again = mai("office", "station", "revoke", tan_lap, "--db", dsn, "--reason", "Mất")
    assert again.exit_code == 0, again.stderr
    assert key not in (accounts / "passwd").read_text()


def test_two_officers_sending_the_same_emergency_at_once_send_it_once(
    fresh: Desk, monkeypatch: pytest.MonkeyPatch
) -> None:
    storm = "Khẩn cấp: vỡ đê sông Hồng, bà con ven sông sơ tán ngay."
    signed: list[object] = []
    meanwhile: list[emergency.Sent] = []

    def lan_sends_it_too(message: dict[str, object], sign: object) -> bytes:
        """While Mai's emergency is being signed, Lan at the next desk sends the same one."""
        signed.append(message["id"])
        if len(signed) == 1:
            with open_office(fresh.dsn) as conn:
                meanwhile.append(emergency.send(conn, fresh.keys, fresh.repo, datetime.now(UTC),
                                                text=storm, to=["ven-song"], by="Lan"))  # fmt: skip
        return seal(message, sign)  # type: ignore[arg-type]

    monkeypatch.setattr(emergency, "seal", lan_sends_it_too)
    said = refused(send(fresh, storm, "--to", "ven-song"))
    assert meanwhile[0].id in said and "--again" in said, said
    with psycopg.connect(fresh.dsn) as conn:  # (a station's key id may start with "2" too)
        sent = [row[0] for row in conn.execute("SELECT id FROM emergencies ORDER BY id")]
    assert sent == [meanwhile[0].id]


def test_two_approvals_at_once_leave_both_stations_able_to_log_in(
    postgres: Postgres, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dsn, accounts = broker_desk(postgres, tmp_path, "999999")
    with open_office(dsn) as conn:
        hoa_binh = station_row(conn, "Hòa Bình")
        [(tan_lap,)] = conn.execute(
            "SELECT fingerprint FROM stations WHERE commune = 'Tân Lập'"
        ).fetchall()
    write = broker._write_for_broker
    lan = threading.Thread(target=approve_apart, args=(dsn, hoa_binh))

    def lan_approves_meanwhile(path: Path, text: str) -> None:
        """Mai's passwd is made (Tân Lập only) when Lan approves Hòa Bình at the next desk."""
        if path.name == "passwd" and not lan.ident:
            lan.start()
            while lan.is_alive() and not waits_for_a_lock(dsn):
                threading.Event().wait(0.01)  # the next look at what Lan's approval does
        write(path, text)

    monkeypatch.setattr(broker, "_write_for_broker", lan_approves_meanwhile)
    approved = mai("office", "station", "approve", tan_lap, "--db", dsn)
    assert approved.exit_code == 0, approved.stderr
    lan.join()
    with psycopg.connect(dsn) as conn:
        keys = {key for (key,) in conn.execute("SELECT key_id FROM stations")}
    assert keys <= {line.split(":")[0] for line in (accounts / "passwd").read_text().splitlines()}


def approve_apart(dsn: str, fingerprint: str) -> None:
    with open_office(dsn) as conn:
        fleet.approve(conn, fingerprint, [], "Trần Văn Lan", datetime.now(UTC))


def waits_for_a_lock(dsn: str) -> bool:
    with psycopg.connect(dsn) as conn:
        [(waiting,)] = conn.execute(
            "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
            "AND wait_event_type = 'Lock'"
        ).fetchall()
    return bool(waiting)


def test_a_change_made_under_sudo_names_who_ran_sudo_not_root(
    postgres: Postgres, monkeypatch: pytest.MonkeyPatch, vietnamese: None
) -> None:
    """o13web W12: Tuấn types the office's commands with sudo; a cancel line read 'bởi root'.
    Without --by, the account that ran sudo is named, by its full name when it has one."""
    dsn = postgres.new_database()
    with open_office(dsn) as conn:
        waiting = station_row(conn, "Tân Lập")
    monkeypatch.setenv("LOGNAME", "root")
    monkeypatch.setenv("SUDO_USER", "postgres")  # an account of this machine, with a full name
    approved = mai("office", "station", "approve", waiting, "--db", dsn, "--group", "ven-song",
                   "--new-group")  # fmt: skip
    assert approved.exit_code == 0, approved.stderr
    with open_office(dsn) as conn:
        [(by,)] = conn.execute("SELECT approved_by FROM stations").fetchall()
    assert by == "PostgreSQL administrator"


def publish_as(desk: Desk, *to: str) -> Result:
    """`publish` of the desk's campaign, for the groups or communes `to` (else as before)."""
    targets = [arg for name in to for arg in ("--to", name)]
    return mai("publish", "--keys", str(desk.keys), "--repo", str(desk.repo), "--db", desk.dsn,
               *targets, str(desk.campaign))  # fmt: skip


def test_a_publish_that_narrows_the_audience_says_who_stops_receiving_it(fresh: Desk) -> None:
    """o21web9 Y2: `--to 61588` then `--to 14673` said only the second commune; the first,
    and before it every commune, stopped receiving the campaign without a word."""
    assert mai("publish", "--keys", str(fresh.keys), "--repo", str(fresh.repo), "--db",
               fresh.dsn, "--everyone", str(fresh.campaign)).exit_code == 0  # fmt: skip
    narrowed = publish_as(fresh, "ven-song")
    assert narrowed.exit_code == 0, narrowed.stderr
    [warning] = [line for line in narrowed.stderr.splitlines() if "không nhận" in line]
    assert warning.startswith(
        "cảnh báo: xã Hòa Bình sẽ không nhận chiến dịch lu-ven-song nữa (trước đây: dành cho "
        "tất cả các đài, phát hành lúc "
    ), warning
    assert "ghi cả những nơi đó sau --to" in warning
    assert "không nhận" not in publish_as(fresh, "ven-song").stderr  # the same audience again
    moved = publish_as(fresh, "vung-nui").stderr
    assert (
        "xã Tân Lập sẽ không nhận chiến dịch lu-ven-song nữa (trước đây: dành cho nhóm "
        "ven-song" in moved
    ), moved
    assert "không nhận" not in publish_as(fresh, "vung-nui", "ven-song").stderr  # widened


def test_a_plain_publish_says_whom_it_still_reaches_and_bumps_nothing_unchanged(
    fresh: Desk,
) -> None:
    """o22web10 Z4: after a narrowing, `publish` without --to kept the one commune without a
    word, while every other publish says whom it reaches. It says so, as before, and how to
    give it back to all (for all, the default, it needs no line); nothing changed in the
    folder, no campaign's version goes up (the stations take nothing new), as `publish --list`
    shows."""

    def listed() -> str:
        said = mai("publish", "--list", "--repo", str(fresh.repo), "--db", fresh.dsn)
        return said.stdout

    assert publish_as(fresh, "ven-song").exit_code == 0
    before = listed()
    plain = publish_as(fresh)
    assert plain.exit_code == 0, plain.stderr
    assert (
        "lu-ven-song dành cho: nhóm ven-song (Tân Lập) (như lần trước; cho mọi xã: --everyone)"
    ) in plain.stdout.splitlines(), plain.stdout
    assert "lu-ven-song (phiên bản 1)" in before and listed() == before
    assert mai("publish", "--keys", str(fresh.keys), "--repo", str(fresh.repo), "--db",
               fresh.dsn, "--everyone", str(fresh.campaign)).exit_code == 0  # fmt: skip
    again = publish_as(fresh).stdout  # for everyone, the default: no line needed
    assert "dành cho" not in again, again


def test_a_publish_that_waited_for_another_officer_s_is_refused_not_lost(fresh: Desk) -> None:
    """o21web9 Y2: Mai and Tuấn published one campaign at the same second, each for another
    commune; both terminals said done and Mai's audience was gone. One publish holds the
    repository at a time, and one that read the campaign before another changed it is
    refused, naming that change, with nothing changed."""
    assert publish_as(fresh, "ven-song").exit_code == 0
    tuan: list[Result] = []
    his = threading.Thread(target=lambda: tuan.append(publish_as(fresh, "vung-nui")))
    folder = os.open(fresh.repo, os.O_RDONLY)
    try:
        fcntl.flock(folder, fcntl.LOCK_EX)  # Mai's publish is writing the repository
        his.start()  # Tuấn's reads it and waits its turn
        while his.is_alive() and not waiting_for_a_folder_lock():
            threading.Event().wait(0.01)
        with open_office(fresh.dsn) as conn:
            both = fleet.audience(conn, ["Tân Lập", "Hòa Bình"])
        Repository(fresh.keys, fresh.repo).publish([fresh.campaign], datetime.now(UTC),
                                                   audience=both)  # fmt: skip
    finally:
        os.close(folder)
    his.join()
    said = refused(tuan[0])
    assert said.startswith("Lỗi: chiến dịch lu-ven-song vừa được một lệnh khác thay đổi trong "
                           "lúc lệnh này chờ (phát hành lúc "), said  # fmt: skip
    assert "phiên bản 2" in said and "publish --list" in said
    listed = mai("publish", "--list", "--repo", str(fresh.repo), "--db", fresh.dsn).stdout
    assert re.search(r"lu-ven-song \(phiên bản 2\).*: xã Hòa Bình \(\d+\), xã Tân Lập \(", listed)


def waiting_for_a_folder_lock() -> bool:
    """Whether some process waits for an flock (/proc/locks marks a waiter with '->')."""
    return any("->" in line and "FLOCK" in line
               for line in Path("/proc/locks").read_text().splitlines())  # fmt: skip


def test_the_office_s_connection_runs_without_postgresql_s_jit_and_keeps_its_own_options(
    postgres: Postgres, monkeypatch: pytest.MonkeyPatch
) -> None:
    """bench/office_report.py: JIT compiled the month report's query for longer than it ran,
    so the office's connections turn it off; options the address names itself, or else
    $PGOPTIONS (review22 #4: lost), are kept beside it, and a `-c jit=on` of theirs wins."""
    dsn = postgres.new_database()
    with open_office(dsn) as conn:
        assert conn.execute("SHOW jit").fetchone() == ("off",)
    with open_office(f"{dsn}&options=-c%20statement_timeout%3D4321") as conn:
        assert conn.execute("SHOW jit").fetchone() == ("off",)
        assert conn.execute("SHOW statement_timeout").fetchone() == ("4321ms",)
    with open_office(f"{dsn}&options=-c%20jit%3Don") as conn:
        assert conn.execute("SHOW jit").fetchone() == ("on",)
    monkeypatch.setenv("PGOPTIONS", "-c statement_timeout=1234")
    with open_office(dsn) as conn:
        assert conn.execute("SHOW statement_timeout").fetchone() == ("1234ms",)
        assert conn.execute("SHOW jit").fetchone() == ("off",)


@pytest.mark.parametrize("kind", ["a folder", "empty"])
def test_an_emergency_recording_that_is_a_folder_or_empty_is_said_with_what_to_give(
    fresh: Desk, tmp_path: Path, kind: str
) -> None:
    """w27office #1 at the office: `--file` given the USB stick's folder said "File '…' là
    một thư mục" (click's word, in English); an empty copy, that ffmpeg could not decode it."""
    given = tmp_path / ("usb" if kind == "a folder" else "ghi-am.mp3")
    given.mkdir() if kind == "a folder" else given.write_bytes(b"")
    before = fresh.tables()
    said = refused(mai("office", "emergency", "--db", fresh.dsn, "--keys", str(fresh.keys),
                       "--repo", str(fresh.repo), "--file", str(given)))  # fmt: skip
    what = "là một thư mục, không phải một tệp" if kind == "a folder" else "trống (0 byte)"
    assert said.startswith(f"Lỗi: {given} {what}") and "hãy đưa một tệp âm thanh (.mp3" in said
    assert fresh.tables() == before
