"""What a person types into the log in her own words (why a notice is not approved, why an
emergency is stopped, why a program airs in quiet hours, why the office revokes a station)
is kept on one line and refused whole, in one sentence naming the field and the character,
when it holds what a terminal, a report or a signed row should never carry: a NUL, a
terminal's escape sequence, a bidi override that shows the text reordered, an invisible
zero-width character, or more than a few lines of text. The lines she types (a textarea's,
a word processor's U+2028) become spaces; a reason of spaces only is no reason."""

from __future__ import annotations

import unicodedata
from pathlib import Path
from typing import Any

import psycopg
import pytest
from conftest import Visitor, query, runner_for, store_dump
from servers import Postgres
from test_office_desk import mai, make_desk, refused
from test_web import field_error, text

from broadcaster.station import Station
from common.free_text import NOTE_MAX

HOSTILE = (
    ("nhầm\x00thôn", "U+0000, ký tự thứ 5"),
    ("nhầm thôn\x1b[2J\x1b[31m đã phát xong", "U+001B, ký tự thứ 10"),
    ("nhầm thôn \u202eĐông\u202c", "U+202E, ký tự thứ 11"),
    ("nhầm\u200bthôn", "U+200B, ký tự thứ 5"),
    ("nhầm\x85thôn", "U+0085, ký tự thứ 5"),
)
"""Typed (pasted, forged) text and where its sentence says the character is."""
LINES = "  Nhầm\r\nthôn\u2028Đông\tvà   Tây  "
"""Lines and spaces as a textarea or a word processor gives them: one line in the log."""
ONE_LINE = "Nhầm thôn Đông và Tây"


@pytest.fixture(autouse=True)
def _in_vietnamese(vietnamese: None) -> None:
    """The commune's and the office's machines speak Vietnamese."""


def refused_sentence(code: str) -> str:
    return f"có một ký tự điều khiển không nhìn thấy được ({code}), có lẽ do dán từ nơi khác"


@pytest.mark.parametrize(("typed", "code"), HOSTILE)
def test_every_command_s_reason_refuses_a_control_character_and_changes_nothing(
    console_station: Path, typed: str, code: str
) -> None:
    Station.open(console_station).create_emergency("duyet", "Họp thôn lúc 19 giờ.")
    run = runner_for(console_station)
    before = store_dump(console_station)
    for command, option, field in (
        (("announce", "refuse", "hop-thon", "--by", "duyet"), "--reason", "lý do không duyệt"),
        (("emergency-stop", "--by", "Tuấn"), "--reason", "lý do dừng"),
        (("play", "--announce", "bluezone", "--by", "Lan", "--sink", "null"),
         "--despite-quiet-hours", "lý do phát trong giờ yên lặng"),
    ):  # fmt: skip
        said = run(*command, option, typed, code=1).stderr.strip()
        assert said == f"Lỗi: {option}: {field} {refused_sentence(code)}: hãy gõ lại.", said
        assert "\x1b" not in said and "\x00" not in said
    assert store_dump(console_station) == before


def test_a_reason_of_a_few_lines_is_kept_on_one_line_and_one_too_long_is_refused(
    console_station: Path,
) -> None:
    station = Station.open(console_station)
    station.create_emergency("duyet", "Họp thôn lúc 19 giờ.")
    run = runner_for(console_station)
    before = store_dump(console_station)
    long = "Sai " + "rất " * (NOTE_MAX // 4)
    for args in (("announce", "refuse", "hop-thon", "--reason", long, "--by", "duyet"),
                 ("emergency-stop", "--reason", long, "--by", "Tuấn")):  # fmt: skip
        said = run(*args, code=1).stderr
        assert f"quá dài ({len(long.strip())} ký tự): nhiều nhất {NOTE_MAX} ký tự" in said, said
    assert store_dump(console_station) == before
    spaces = run("announce", "refuse", "hop-thon", "--reason", " \n\u2028 ", "--by", "duyet",
                 code=1)  # fmt: skip
    assert "--reason: hãy ghi lý do không duyệt" in spaces.stderr, spaces.stderr
    assert store_dump(console_station) == before
    nfd = unicodedata.normalize("NFD", LINES)  # as a Mac pastes it
    run("announce", "refuse", "hop-thon", "--reason", nfd, "--by", "duyet")
    run("emergency-stop", "--reason", LINES, "--by", "Tuấn")
    assert query(console_station, "SELECT refused_reason FROM announcements WHERE id = "
                 "'hop-thon'") == [(ONE_LINE,)]  # fmt: skip
    assert query(console_station, "SELECT stop_reason FROM emergencies") == [(ONE_LINE,)]


def test_the_console_s_reasons_say_the_same_next_to_their_field(
    visitor: Visitor, console: Any, console_station: Path
) -> None:
    """ "Lý do không duyệt" and "Lý do dừng" on the console: the sentence of the command line,
    the store unchanged; a stop with a reason of spaces only stops, without a reason."""
    Station.open(console_station).create_emergency("duyet", "Họp thôn lúc 19 giờ.")
    visitor.sign_in("duyet")
    before = store_dump(console_station)
    refused = visitor.post("/announcements/hop-thon/refuse",
                           {"version": "1", "reason": "Sai giờ\u202e họp"},
                           page="/announcements/hop-thon")  # fmt: skip
    assert refused.status_code == 400
    assert field_error(refused.text, "reason") == (
        f"Lý do không duyệt {refused_sentence('U+202E, ký tự thứ 8')}: hãy gõ lại."
    )
    stop = visitor.post("/emergency/stop", {"number": "1", "reason": "nhầm\x1b[2Jthôn"}, page="/")
    assert stop.status_code == 303
    home = text(visitor.get("/").text)
    assert f"Lý do dừng {refused_sentence('U+001B, ký tự thứ 5')}: hãy gõ lại" in home, home
    assert store_dump(console_station) == before
    visitor.post("/emergency/stop", {"number": "1", "reason": " \u2028 "}, page="/")
    assert query(console_station, "SELECT stop_reason FROM emergencies WHERE stopped_at IS NOT "
                 "NULL") == [(None,)]  # fmt: skip


def test_the_office_s_reason_to_revoke_or_retire_a_station_is_tidied_alike(
    postgres: Postgres, tmp_path: Path
) -> None:
    """Mai's reason to revoke or retire a station (the office's real PostgreSQL, which holds
    no NUL at all): the same sentences, the office unchanged; lines made one."""
    desk = make_desk(postgres, tmp_path)
    before = desk.tables()
    for typed, code in HOSTILE:
        for command, field in (("revoke", "lý do thu hồi"), ("retire", "lý do cho thôi hoạt động")):
            said = refused(mai("office", "station", command, desk.tan_lap, "--reason", typed,
                               "--by", "mai", "--yes", "--db", desk.dsn))  # fmt: skip
            assert said == f"Lỗi: --reason: {field} {refused_sentence(code)}: hãy gõ lại.", said
    assert desk.tables() == before
    done = mai("office", "station", "revoke", desk.tan_lap, "--reason", LINES, "--by", "mai",
               "--yes", "--db", desk.dsn)  # fmt: skip
    assert done.exit_code == 0, done.stderr
    with psycopg.connect(desk.dsn) as conn:
        assert conn.execute("SELECT revoked_reason FROM stations WHERE fingerprint = %s",
                            [desk.tan_lap]).fetchall() == [(ONE_LINE,)]  # fmt: skip
