"""The console's accounts from the command line: `user add|list|remove|passwd|role`, passwords
typed at a real terminal or piped, hashed with argon2id, and refusals that change nothing."""

from __future__ import annotations

import json
import os
import pty
import select
import signal
import sys
from pathlib import Path

import pytest
from conftest import CONSOLE_ACCOUNTS, Run, query, store_dump

from broadcaster.accounts import AccountError, LoginRefused
from broadcaster.station import Station

BROADCASTER = Path(sys.executable).parent / "broadcaster"


@pytest.fixture
def accounts_station(console_station: Path, vietnamese: None) -> Path:
    """The console template's station (one admin, quantri), where `run` runs."""
    return console_station


def test_accounts_are_added_listed_and_hashed_never_stored_in_clear(
    run: Run, accounts_station: Path
) -> None:
    added = run("user", "add", "Cán.Bộ", "--role", "operator", input="văn hóa xã hội\n")
    assert added.stdout == "Đã thêm tài khoản 'cán.bộ' (Người vận hành).\n"
    listed = json.loads(run("user", "list", "--json").stdout)
    assert [(a["name"], a["role"]) for a in listed] == [
        ("cán.bộ", "operator"), ("duyet", "approver"), ("quantri", "admin"),
        ("vanhanh", "operator")]  # fmt: skip
    assert set(listed[0]) == {"name", "role", "full_name", "position", "created_at",
                              "updated_at", "locked_until", "locked_from", "failed",
                              "failed_from"}  # fmt: skip
    assert "Người vận hành" in run("user", "list").stdout
    [(stored,)] = query(accounts_station, "SELECT password_hash FROM users WHERE name = 'cán.bộ'")
    assert stored.startswith("$argon2id$") and "văn hóa" not in stored
    station = Station.open(accounts_station)
    assert station.accounts.authenticate("CÁN.BỘ", "văn hóa xã hội", "test").name == "cán.bộ"


@pytest.mark.parametrize(
    ("args", "password", "sentence"),
    [
        (("user", "add", "hai từ", "--role", "operator"), "mật khẩu dài", "tên đăng nhập"),
        (("user", "add", "quantri", "--role", "approver"), "mật khẩu dài", "đã có tài khoản"),
        (
            ("user", "add", "Duyệt", "--role", "approver"),
            "mật khẩu dài",
            "'duyệt' chỉ khác tài khoản 'duyet' ở dấu hoặc chữ hoa",
        ),
        (
            ("user", "add", "moi", "--role", "approver", "--position", "Chủ tịch"),
            "mật khẩu dài",
            "hãy ghi họ tên",
        ),
        (("user", "person", "duyet", "--full-name", "Nguyễn\x07Hùng"), "", "ký tự chữ"),
        (("user", "add", "moi", "--role", "operator"), "ngắn", "mật khẩu quá ngắn"),
        (("user", "add", "moi", "--role", "operator"), "", "mật khẩu quá ngắn"),
        (("user", "add", "moi", "--role", "root"), "mật khẩu dài", "'root' không thuộc"),
        (("user", "passwd", "khongco"), "mật khẩu dài", "không có tài khoản 'khongco'"),
        (("user", "passwd", "quantri"), "quantri", "quá ngắn"),
        (("user", "remove", "quantri"), "", "là quản trị viên duy nhất"),
        (("user", "role", "quantri", "operator"), "", "là quản trị viên duy nhất"),
    ],
)
def test_a_refused_account_change_says_why_and_changes_nothing(
    run: Run, accounts_station: Path, args: tuple[str, ...], password: str, sentence: str
) -> None:
    before = store_dump(accounts_station)
    result = run(*args, input=password + "\n", code=2 if "root" in args else 1)
    assert sentence in result.stderr
    assert result.stderr.count("\n") == 1 or "root" in args  # one sentence
    assert store_dump(accounts_station) == before


def test_passwd_and_role_and_remove(run: Run, accounts_station: Path) -> None:
    assert (
        run("user", "role", "duyet", "admin").stdout == "Tài khoản 'duyet' giờ là Quản trị viên.\n"
    )
    run("user", "passwd", "duyet", input="phó chủ tịch xã\n")
    accounts = Station.open(accounts_station).accounts
    with pytest.raises(LoginRefused):
        accounts.authenticate("duyet", CONSOLE_ACCOUNTS["duyet"][1], "test")
    assert accounts.authenticate("duyet", "phó chủ tịch xã", "test").role == "admin"
    run("user", "remove", "quantri")  # another admin is left
    assert [a.name for a in accounts.list()] == ["duyet", "vanhanh"]


def test_a_password_typed_at_the_terminal_is_asked_twice_and_not_echoed(
    accounts_station: Path,
) -> None:
    """The real command in a real pseudo-terminal, as an installer types it."""
    transcript = at_terminal(
        [str(BROADCASTER), "--station", str(accounts_station), "user", "add", "thuky",
         "--role", "approver"],
        ["sai lần một", "sai lần hai", "thư ký xã Tân Lập", "thư ký xã Tân Lập"],
    )  # fmt: skip
    assert "sai lần" not in transcript and "thư ký xã" not in transcript  # nothing echoed
    assert transcript.count("Mật khẩu:") == 2 and transcript.count("Nhập lại mật khẩu:") == 2
    assert "Đã thêm tài khoản 'thuky' (Người duyệt)." in transcript
    accounts = Station.open(accounts_station).accounts
    assert accounts.authenticate("thuky", "thư ký xã Tân Lập", "test").name == "thuky"


def at_terminal(command: list[str], lines: list[str], timeout: float = 30.0) -> str:
    """Run `command` on a new pseudo-terminal, typing each line at each password prompt
    (which ends with ': ' once the terminal has stopped echoing); returns what it showed."""
    pid, fd = pty.fork()
    if pid == 0:  # the child: the pty is its controlling terminal
        for variable in ("LANG", "LC_ALL", "LC_MESSAGES", "LANGUAGE"):
            os.environ.pop(variable, None)
        os.execv(command[0], command)
    shown = b""
    pending = list(lines)
    try:
        while True:
            ready, _, _ = select.select([fd], [], [], timeout)
            assert ready, f"the command stopped answering; it showed: {shown.decode()!r}"
            try:
                chunk = os.read(fd, 4096)
            except OSError:  # the child closed the terminal
                break
            if not chunk:
                break
            shown += chunk
            if pending and shown.endswith(b": "):
                os.write(fd, pending.pop(0).encode() + b"\n")
    except BaseException:
        os.kill(pid, signal.SIGKILL)
        raise
    finally:
        _, status = os.waitpid(pid, 0)
        os.close(fd)
    assert os.waitstatus_to_exitcode(status) == 0, shown.decode()
    return shown.decode()


def test_accounts_refuse_a_bad_name_at_the_library_with_the_field_named(
    accounts_station: Path,
) -> None:
    accounts = Station.open(accounts_station).accounts
    with pytest.raises(AccountError) as refused:
        accounts.add("a/b", "operator", "mật khẩu dài")
    assert refused.value.field == "name"
    with pytest.raises(AccountError) as refused:
        accounts.set_role("quantri", "boss")
    assert refused.value.field == "role"
