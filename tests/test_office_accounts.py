"""The office console's accounts, kept in the office's PostgreSQL: `office user add|list|
remove|passwd` as Tuấn types them, roles viewer and admin, the same rules as the station's
accounts (hashing, the last admin kept, throttled log-ins), and nothing in SQLite."""

from __future__ import annotations

import json
from datetime import timedelta

import psycopg
import pytest
from conftest import SetClock
from servers import Postgres
from test_office_desk import mai, refused, station_row

from broadcaster.accounts import ACCOUNT_FAILURES, LoginRefused, LoginThrottled
from broadcaster.clock import system_clock
from office.desk import OFFICE_ZONE, Office


@pytest.fixture
def dsn(postgres: Postgres, vietnamese: None) -> str:
    """A new office database with one admin, chị Mai."""
    made = postgres.new_database()
    code, said = tuan(made, "add", "mai", "--role", "admin", "--full-name", "Nguyễn Thị Mai",
                      password=MAI_PASSWORD)  # fmt: skip
    assert code == 0, said
    return made


MAI_PASSWORD = "phòng văn hóa tỉnh"


def tuan(dsn: str, *args: str, password: str = "") -> tuple[int, str]:
    """An `office user` command at the office, with a password piped in."""
    from click.testing import CliRunner

    from cli import cli

    result = CliRunner(mix_stderr=False).invoke(
        cli, ["--station", "/nonexistent", "office", "user", *args, "--db", dsn],
        input=password + "\n",
    )  # fmt: skip
    return result.exit_code, result.stdout + result.stderr


def test_accounts_live_in_the_offices_database_hashed_with_the_offices_roles(dsn: str) -> None:
    code, said = tuan(dsn, "add", "Hà", "--role", "viewer", password="phòng văn hóa huyện")
    assert (code, said) == (0, "Đã thêm tài khoản 'hà' (Người xem).\n")
    listed = json.loads(tuan(dsn, "list", "--json")[1])
    assert [(a["name"], a["role"], a["full_name"]) for a in listed] == [
        ("hà", "viewer", None), ("mai", "admin", "Nguyễn Thị Mai")]  # fmt: skip
    heading, *rows = tuan(dsn, "list")[1].splitlines()  # o13web W12: a heading, in line
    assert heading.split() == ["Tài", "khoản", "Vai", "trò", "Tạo", "lúc", "Họ", "và", "tên"]
    assert [r.split()[:3] for r in rows] == [["hà", "Người", "xem"], ["mai", "Quản", "trị"]]
    since = heading.index("Tạo lúc")
    assert all(r[since - 2 : since] == "  " and r[since] != " " for r in rows), rows
    with psycopg.connect(dsn) as conn:
        [(stored,)] = conn.execute("SELECT password_hash FROM accounts WHERE name = 'hà'")
    assert stored.startswith("$argon2id$") and "văn hóa" not in stored
    with Office.open(dsn) as desk:
        assert desk.accounts.authenticate("HÀ", "phòng văn hóa huyện", "test").name == "hà"


@pytest.mark.parametrize(
    ("args", "password", "sentence"),
    [
        (("add", "tuan", "--role", "approver"), "mật khẩu dài", "'approver' không thuộc"),
        (("add", "Mai", "--role", "viewer"), "mật khẩu dài", "đã có tài khoản 'mai'"),
        (("add", "moi", "--role", "viewer"), "ngắn", "mật khẩu quá ngắn"),
        (("remove", "mai"), "", "'mai' là quản trị viên duy nhất"),
        (("passwd", "khongco"), "mật khẩu dài", "không có tài khoản 'khongco'"),
    ],
)
def test_a_refused_change_says_why_and_changes_nothing(
    dsn: str, args: tuple[str, ...], password: str, sentence: str
) -> None:
    before = json.loads(tuan(dsn, "list", "--json")[1])
    code, said = tuan(dsn, *args, password=password)
    assert code != 0 and sentence in said and "Traceback" not in said
    assert json.loads(tuan(dsn, "list", "--json")[1]) == before


def test_passwd_ends_the_old_password_and_remove_keeps_an_admin(dsn: str) -> None:
    tuan(dsn, "add", "tuan", "--role", "admin", password="kỹ thuật viên huyện")
    assert tuan(dsn, "passwd", "mai", password="mật khẩu mới của Mai")[0] == 0
    with Office.open(dsn) as desk:
        with pytest.raises(LoginRefused):
            desk.accounts.authenticate("mai", MAI_PASSWORD, "test")
        assert desk.accounts.authenticate("mai", "mật khẩu mới của Mai", "test").name == "mai"
    assert tuan(dsn, "remove", "mai") == (0, "Đã xóa tài khoản 'mai'.\n")
    assert [a["name"] for a in json.loads(tuan(dsn, "list", "--json")[1])] == ["tuan"]


def test_failed_log_ins_are_counted_in_the_database_and_throttle_the_account_from_there(
    dsn: str,
) -> None:
    """o21web9 Y3: five wrong passwords from anywhere kept Mai out everywhere for 15 minutes,
    `office user passwd` did not lift it and `office user list` did not show it. The lock
    holds her account from the guesser's address only; the list names it; a new password
    ends it."""
    clock = SetClock(system_clock())
    with Office.open(dsn, clock) as desk:
        for _ in range(ACCOUNT_FAILURES):
            with pytest.raises(LoginRefused):
                desk.accounts.authenticate("mai", "đoán bừa", "203.0.113.5")
    with Office.open(dsn, clock) as desk:  # a restart of the console gives no fresh start
        with pytest.raises(LoginThrottled, match="thử lại sau 15 phút"):
            desk.accounts.authenticate("mai", MAI_PASSWORD, "203.0.113.5")
        assert desk.accounts.authenticate("mai", MAI_PASSWORD, "10.0.0.10").name == "mai"
        with pytest.raises(LoginThrottled):  # her own log-in did not reset the guesser's count
            desk.accounts.authenticate("mai", MAI_PASSWORD, "203.0.113.5")
    until = (clock.now + timedelta(minutes=15)).astimezone(OFFICE_ZONE)
    listed = tuan(dsn, "list")[1]
    assert f"bị khóa đến {until:%H:%M} (203.0.113.5)" in listed
    assert json.loads(tuan(dsn, "list", "--json")[1])[0]["locked_from"] == ["203.0.113.5"]

    assert tuan(dsn, "passwd", "mai", password="mật khẩu mới của Mai")[0] == 0
    assert "bị khóa" not in tuan(dsn, "list")[1]
    with Office.open(dsn, clock) as desk:
        assert desk.accounts.authenticate("mai", "mật khẩu mới của Mai", "203.0.113.5")
        # (a lock ending by itself: test_web's, the same Accounts over SQLite)


def test_wrong_passwords_spread_over_many_addresses_lock_nothing_and_are_listed(
    dsn: str,
) -> None:
    """o22web10 Z5: one wrong password for Mai from each of six addresses locked nothing and
    nothing showed it. Still no lock (a stranger must never keep the admins from the cancel
    button), but `office user list` says how many and from how many addresses, so the
    technician sees someone guessing; her own log-in from one of them does not hide it, and
    a typo or two is no news."""
    clock = SetClock(system_clock())
    with Office.open(dsn, clock) as desk:
        for address in ("127.0.0.3", "127.0.0.4"):
            with pytest.raises(LoginRefused):
                desk.accounts.authenticate("mai", "gõ nhầm", address)
    assert "lần đăng nhập sai" not in tuan(dsn, "list")[1]
    with Office.open(dsn, clock) as desk:
        for n in range(5, 9):
            with pytest.raises(LoginRefused):
                desk.accounts.authenticate("mai", "đoán bừa", f"127.0.0.{n}")
        assert desk.accounts.authenticate("mai", MAI_PASSWORD, "127.0.0.3").name == "mai"
    [line] = [line for line in tuan(dsn, "list")[1].splitlines() if line.startswith("mai")]
    assert "5 lần đăng nhập sai từ 5 địa chỉ trong 15 phút qua" in line, line
    assert "bị khóa" not in line
    [listed] = json.loads(tuan(dsn, "list", "--json")[1])
    assert (listed["failed"], listed["failed_from"]) == (5, 5)


def test_the_office_commands_say_a_missing_database_in_one_sentence(vietnamese: None) -> None:
    assert "--db" in refused(mai("office", "user", "list"))


def test_who_approves_or_revokes_at_the_terminal_is_named_as_an_emergency_s_sender_is(
    dsn: str,
) -> None:
    """o18web6: `office station approve` and `revoke` typed without --by recorded the login's
    full name ("Văn phòng", the shared account of the guide's step 1) and took any --by,
    while an emergency and its cancel name the office's account of whoever acts. All four
    name the person the same way: her account from the login or from --by, a --by that is
    no account refused, a login that is none kept and said."""
    from click.testing import CliRunner

    from cli import cli
    from office.db import open_office

    with open_office(dsn) as conn:
        tan_lap, hoa_binh = station_row(conn, "Tân Lập"), station_row(conn, "Hòa Bình")

    def typed(login: str, *args: str) -> tuple[int, str, str]:
        env = {"LOGNAME": login, "USER": login, "SUDO_USER": None}
        done = CliRunner(mix_stderr=False).invoke(
            cli, ["--station", "/nonexistent", "office", "station", *args, "--db", dsn], env=env
        )
        return done.exit_code, done.stdout, done.stderr

    def recorded() -> list[tuple[str, str | None, str | None]]:
        with open_office(dsn) as conn:
            return conn.execute("SELECT commune, approved_by, revoked_by FROM stations "
                                "ORDER BY commune").fetchall()  # fmt: skip

    code, _out, said = typed("mai", "approve", tan_lap, "--group", "ven-song", "--new-group")
    assert code == 0 and not said, said
    code, _out, said = typed("root", "approve", hoa_binh, "--group", "ven-song", "--by", "mia")
    assert code == 1 and "--by: văn phòng không có tài khoản 'mia'" in said, said
    assert recorded() == [("Hòa Bình", None, None), ("Tân Lập", "Nguyễn Thị Mai", None)]
    code, _out, said = typed("root", "approve", hoa_binh, "--group", "ven-s0ng")  # a typo
    assert code == 1 and "Đã ghi người" not in said, said  # nothing was recorded: not said so
    code, _out, said = typed("root", "approve", hoa_binh, "--group", "ven-song")
    assert code == 0 and "Đã ghi người làm việc này là “root”" in said, said
    assert "thêm --by và tài khoản của mình (mai)" in said
    code, _out, said = typed("broadcaster", "revoke", tan_lap, "--reason", "Bị mất trộm",
                             "--yes", "--by", "mai")  # fmt: skip
    assert code == 0 and not said, said
    assert recorded() == [("Hòa Bình", "root", None),
                          ("Tân Lập", "Nguyễn Thị Mai", "Nguyễn Thị Mai")]  # fmt: skip
