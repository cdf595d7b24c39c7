"""An office's first days, as the province office's trial found them (w26office #1, #2): a
commune asked to trust the office before its first publish, and the first publish itself
before any commune is approved. Real PostgreSQL (the session's), nginx serving the office's
repository folder, a commune made with `init`, the CLI in Vietnamese."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from conftest import Run, store_dump
from servers import Postgres
from test_office_desk import mai, make_desk, refused
from test_office_web import Officer, console_app, text, with_accounts
from test_upstream import serve

from office.db import open_office
from office.settings import OfficeSettings
from upstream.repository import Repository


@pytest.fixture(autouse=True)
def _in_vietnamese(vietnamese: None) -> None:
    """The office and the commune read Vietnamese."""


@pytest.fixture
def served(tmp_path: Path) -> Iterator[tuple[str, Path]]:
    """nginx serving the office's repository folder, which its first publish makes."""
    yield from serve(tmp_path / "nginx", tmp_path / "office" / "repo")


NOT_YET = "chưa phát hành lần nào"
WAIT = "hãy chờ cấp trên phát hành rồi thử lại"  # "cấp trên" on a commune's screens


def test_before_the_first_publish_the_commune_is_told_to_wait_and_the_office_what_to_do_first(
    postgres: Postgres,
    tmp_path: Path,
    station: Path,
    run: Run,
    served: tuple[str, Path],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """#1: `trust` before the office's first publish met a 404 and an English error. Every
    fetch a commune makes of a repository that has published nothing says so in one
    Vietnamese sentence, pins and changes nothing; the office's station list says to
    publish first. #2: the first publish, no commune approved yet, said stations were
    retired or revoked: it says plainly that none receives it yet, and what to do."""
    url, _log = served
    desk = make_desk(postgres, tmp_path / "office")
    settings = tmp_path / "office.toml"
    settings.write_text(f'db = "{desk.dsn}"\nkeys = "{desk.keys}"\nrepo = "{desk.repo}"\n')
    monkeypatch.setenv("BROADCASTER_OFFICE_CONFIG", str(settings))

    listed = mai("office", "station", "list")
    assert listed.exit_code == 0, listed.output
    assert "Văn phòng chưa phát hành lần nào" in listed.stdout
    assert "Hãy phát hành một chiến dịch trước ('broadcaster publish'" in listed.stdout
    with_accounts(desk.dsn)
    console = console_app(desk.dsn, OfficeSettings(settings, desk.dsn, desk.keys, desk.repo))
    officer = Officer(console)
    officer.log_in("ha")
    assert "Văn phòng chưa phát hành lần nào: xã nào gõ &#39;broadcaster trust&#39;" in text(
        officer.get("/stations/").text
    )

    before = store_dump(station)
    said = refused(run("trust", url, code=1))
    assert said == (
        f"Lỗi: Cấp trên ở {url} {NOT_YET} (hoặc địa chỉ bị gõ sai: hãy hỏi lại cấp trên); {WAIT}."
    ), said
    assert store_dump(station) == before and not (station / "upstream").exists()

    # the office's root made, nothing published yet (a first publish that failed after it)
    Repository(desk.keys, desk.repo).create(datetime.now(UTC))
    run("trust", url)
    stick = tmp_path / "usb"
    shutil.copytree(desk.repo, stick)
    for source in (url, str(stick)):
        said = run("sync", source, code=1).stderr.strip()  # after "Đang kết nối …" on stdout
        assert "\n" not in said and "Traceback" not in said, said
        assert said.endswith(f"Cấp trên ở {source} {NOT_YET}; {WAIT}."), said

    # #2: the first publish, before any commune is approved
    with open_office(desk.dsn) as conn:
        conn.execute("DELETE FROM station_groups")
        conn.execute("UPDATE stations SET approved_at = NULL, approved_by = NULL")
    first = mai("publish", str(desk.campaign))
    assert first.exit_code == 0, first.output
    assert first.stderr.splitlines()[0] + "\n" == (
        "cảnh báo: chưa có đài xã nào được duyệt nên chưa xã nào nhận chiến dịch này; hãy duyệt "
        "đài của từng xã (office station approve MÃ --group NHÓM, bước 7 của hướng dẫn): đài "
        "nhận những gì đã phát hành cho mọi xã ở lần đồng bộ kế tiếp, không cần phát hành lại\n"
    ), first.stderr
    # not "its stations are retired or revoked": there were none
    assert "thu hồi" not in first.stderr and "thôi hoạt động" not in first.stderr
    assert "Văn phòng chưa phát hành" not in mai("office", "station", "list").stdout
    assert "Văn phòng chưa phát hành" not in text(officer.get("/stations/").text)
    assert "lu-1" in run("sync", url).stdout
