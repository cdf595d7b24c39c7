"""Who retired a notice and who changed the lexicon, through both doors: the console records
the logged-in account, the command line `--by` (else the login name, as `play` and
`emergency` do); `announce show`, `lexicon list` and the console's pages say it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import Run, Visitor, query, set_config, store_dump, write_script
from test_web import text


@pytest.fixture
def notice(station: Path, scripts: Path, run: Run) -> Path:
    run("announce", "add", str(write_script(scripts, "hop.md", "Họp thôn tối nay.", id="hop",
                                            title="Họp thôn Đông")))  # fmt: skip
    return station


def test_retire_records_who_did_it_and_show_says_so(
    notice: Path, scripts: Path, run: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    said = run("announce", "retire", "hop", "--by", " Chủ tịch xã ").stdout
    assert "retired hop by Chủ tịch xã" in said
    shown = run("announce", "show", "hop").stdout
    assert "retired:" in shown and "by Chủ tịch xã, " in shown.split("retired:", 1)[1]
    state = json.loads(run("announce", "show", "hop", "--json").stdout)
    assert (state["status"], state["retired_by"]) == ("retired", "Chủ tịch xã")
    assert state["retired_at"]

    # the file added again brings it back: no one has retired it any more
    run("announce", "add", str(scripts / "hop.md"))
    assert json.loads(run("announce", "show", "hop", "--json").stdout)["retired_by"] is None
    monkeypatch.setenv("LOGNAME", "lan")  # without --by: the login name
    run("announce", "retire", "hop")
    assert query(notice, "SELECT retired_by FROM announcements WHERE id = 'hop'") == [("lan",)]


def test_an_empty_name_is_refused_and_nothing_changes(notice: Path, run: Run) -> None:
    run("lexicon", "add", "Zalo", "Da lô", "--by", "Lan")
    before = store_dump(notice)
    for command in (["announce", "retire", "hop"], ["lexicon", "add", "x", "y"],
                    ["lexicon", "remove", "zalo"]):  # fmt: skip
        result = run(*command, "--by", "  ", code=1)
        assert "--by: say who gives the order: a name, not an empty one" in result.stderr, command
    assert store_dump(notice) == before


@pytest.mark.parametrize(
    "name",
    ["Nguyễn " * 16 + "Lan", "Lan\nChủ tịch", "Lan\tHoa", "Lan\x1b[2J", "Lan\x00", "Lan\u2028"],
)
def test_a_name_longer_than_the_consoles_or_with_a_control_character_is_refused(
    notice: Path, run: Run, name: str
) -> None:
    """--by goes into the log and the month's report as the console's full name does: the same
    limits (w27office #6: 'play --by' took 10,000 characters, an escape, a newline)."""
    before = store_dump(notice)
    for command in (["play", "--announce", "hop", "--sink", "null"],
                    ["emergency", "--text", "Cháy chợ.", "--sink", "null"],
                    ["announce", "retire", "hop"], ["lexicon", "add", "x", "y"]):  # fmt: skip
        result = run(*command, "--by", name, code=1)
        assert result.stderr.strip() == (
            "Error: --by: a name is at most 100 characters of text, on one line, without control "
            "characters"), (command, result.stderr)  # fmt: skip
    assert store_dump(notice) == before
    longest = ("Nguyễn Thị Lan " * 7)[:100]  # ends "… Nguyễn Thị"
    run("lexicon", "add", "x", "y", "--by", longest)
    assert query(notice, "SELECT changed_by FROM lexicon_changes") == [(longest,)]


def test_lexicon_list_says_who_set_each_word_and_who_removed_one(
    notice: Path, run: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    run("lexicon", "add", "Zalo", "Da lô", "--by", "Lan")
    monkeypatch.setenv("LOGNAME", "hoa")
    run("lexicon", "add", "Bluezone", "Blu dôn")
    run("lexicon", "add", "Zalo", "Za lô", "--by", "Minh")  # the same word: replaced
    listed = run("lexicon", "list").stdout.splitlines()
    assert listed[0].startswith("bluezone") and "(by hoa, " in listed[0]
    assert listed[1].startswith("zalo") and "Za lô" in listed[1] and "(by Minh, " in listed[1]
    entries = json.loads(run("lexicon", "list", "--json").stdout)
    assert [(e["term"], e["updated_by"]) for e in entries] == [("bluezone", "hoa"),
                                                               ("zalo", "Minh")]  # fmt: skip

    run("lexicon", "remove", "ZALO", "--by", "Chủ tịch xã")
    listed = run("lexicon", "list").stdout.splitlines()
    assert len(listed) == 3 and listed[0].startswith("bluezone") and listed[1] == "Removed lately:"
    assert listed[2].startswith("  zalo: removed by Chủ tịch xã, ")
    assert query(notice, "SELECT term, spoken, changed_by FROM lexicon_changes ORDER BY id") == [
        ("zalo", "Da lô", "Lan"), ("bluezone", "Blu dôn", "hoa"), ("zalo", "Za lô", "Minh"),
        ("zalo", None, "Chủ tịch xã"),
    ]  # fmt: skip
    run("lexicon", "add", "zalo", "Da lô", "--by", "Lan")  # back again: no longer "removed"
    assert "Removed lately:" not in run("lexicon", "list").stdout


# ----- the console -------------------------------------------------------------------------------
def test_the_console_records_the_account_that_retires_and_shows_it(
    visitor: Visitor, console_station: Path
) -> None:
    visitor.sign_in("vanhanh")
    done = visitor.post("/announcements/hop-thon/retire", {}, page="/announcements/hop-thon/retire")
    assert done.status_code == 302
    assert query(console_station, "SELECT retired_by FROM announcements "
                 "WHERE id = 'hop-thon'") == [("vanhanh",)]  # fmt: skip
    shown = text(visitor.get("/announcements/hop-thon").text)
    assert "Do Người vận hành (tài khoản vanhanh) cho ngừng phát, hôm nay 05:00." in shown


def test_the_console_records_who_changed_the_lexicon_and_lists_the_latest_changes(
    visitor: Visitor, console_station: Path, console_sessions: dict[str, str], console: object
) -> None:
    visitor.sign_in("vanhanh")
    visitor.post("/lexicon", {"term": "Zalo", "spoken": "Da lô"}, page="/lexicon")
    page = visitor.get("/lexicon")
    assert "zalo Da lô Người vận hành (tài khoản vanhanh), hôm nay 05:00" in text(page.text)
    # a word added from an announcement's page is recorded the same way
    visitor.post("/announcements/hop-thon/lexicon", {"term": "Đông", "spoken": "Đôông"},
                 page="/announcements/hop-thon")  # fmt: skip
    approver = Visitor(console, console_sessions)
    approver.sign_in("duyet")
    approver.post("/lexicon/remove", {"term": "zalo"}, page="/lexicon/remove?term=zalo")
    changes = text(approver.get("/lexicon").text).split("Thay đổi gần đây", 1)[1]
    assert changes.index("Người duyệt (tài khoản duyet) đã xóa 'zalo'") < changes.index(
        "Người vận hành (tài khoản vanhanh) đặt 'đông' → 'Đôông'"
    )
    assert changes.index("Người vận hành (tài khoản vanhanh) đặt 'đông'") < changes.index(
        "Người vận hành (tài khoản vanhanh) đặt 'zalo' → 'Da lô'"
    )
    assert query(console_station, "SELECT term, updated_by FROM lexicon") == [("đông", "vanhanh")]
    assert query(console_station, "SELECT term, changed_by FROM lexicon_changes ORDER BY id") == [
        ("zalo", "vanhanh"), ("đông", "vanhanh"), ("zalo", "duyet"),
    ]  # fmt: skip


def test_the_command_line_names_an_account_by_its_person_as_the_console_does(
    station: Path, scripts: Path, run: Run
) -> None:
    """`announce approve --by hung` (o16net N8): the line names Nguyễn Văn Hùng, Chủ tịch, as
    the console and the report do, not the bare log-in name; a name that is no account stays."""
    set_config(station, "auto_approve_local", "false")
    run("user", "add", "hung", "--role", "approver", "--full-name", "Nguyễn Văn Hùng",
        "--position", "Chủ tịch UBND xã", input="chủ tịch xã duyệt tin\n")  # fmt: skip
    run("user", "add", "lan", "--role", "operator", input="người vận hành đài xã\n")
    for name in ("hop", "rac"):
        run("announce", "add", str(write_script(scripts, f"{name}.md", "Họp thôn tối nay.",
                                                id=name)))  # fmt: skip
    hung = "Nguyễn Văn Hùng – Chủ tịch UBND xã"
    assert run("announce", "approve", "hop", "--by", "hung").stdout == (
        f"approved hop version 1 by {hung}\n"
    )
    said = run("announce", "refuse", "rac", "--reason", "sai ngày", "--by", "HUNG").stdout
    assert said == f"refused rac version 1 by {hung}\n"
    said = run("announce", "retire", "hop", "--by", "lan").stdout
    assert said.startswith("retired hop by Operator (account lan)\n")
    assert run("announce", "retire", "rac", "--by", "Chủ tịch xã").stdout.startswith(
        "retired rac by Chủ tịch xã\n"
    )


@pytest.mark.parametrize("typed", ["Nguyễn Thị Lan\nChủ tịch", "Lê " * 34, "Lan\x1b[2J"])
def test_the_consoles_full_name_has_the_limits_of_by(
    visitor: Visitor, console_station: Path, typed: str
) -> None:
    """The same limits, said the same way, for the name a report prints from the console
    (a forged form's newline was made a space before) as for --by (w27office #6)."""
    visitor.sign_in("quantri")
    before = store_dump(console_station)
    refused = visitor.post("/users/vanhanh/person", {"full_name": typed, "position": ""},
                           page="/users/vanhanh")  # fmt: skip
    assert refused.status_code == 400
    assert ("Họ tên hoặc chức vụ dài nhiều nhất 100 ký tự chữ, viết trên một dòng, không có ký "
            "tự điều khiển.") in text(refused.text), text(refused.text)  # fmt: skip
    assert store_dump(console_station) == before
