"""Nothing stops airing silently: a new version waiting for approval, a retirement, an
expiry or a sync that takes an announcement out of the coming week's slots is said by the
command that caused it, listed by `status`, and said once by the daemon."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from conftest import (
    Daemon,
    Run,
    airings,
    clock_in,
    make_tone,
    query,
    set_config,
    write_script,
)
from servers import wait_until
from test_upstream import campaign_dir, make_office

from schedules.priority import Priority
from schedules.rundown import Candidate, plan_airings
from schedules.silence import Silence, lost, will_not_air
from schedules.slots import make_slot

HCM = ZoneInfo("Asia/Ho_Chi_Minh")
MONDAY = datetime(2026, 11, 30, 0, 0, tzinfo=HCM)


def candidate(i: str, **fields: object) -> Candidate:
    values: dict[str, object] = dict(
        campaign="thon", priority=Priority.NORMAL, approved=True, retired=False,
        valid_from=None, valid_until=None, version=1, approved_version=1,
    )  # fmt: skip
    return Candidate(i, **(values | fields))  # type: ignore[arg-type]


def test_will_not_air_names_the_slots_that_lose_each_announcement_and_why() -> None:
    slots = [
        make_slot("sang", "06:30", campaign="thon", created_at=MONDAY - timedelta(days=1)),
        make_slot("chieu", "17:00", announcements=["le"], created_at=MONDAY - timedelta(days=1)),
    ]
    found = will_not_air(
        slots,
        [
            candidate("ok"),
            candidate("nhap", approved=False, version=3, approved_version=2),
            candidate("le", campaign=None, retired=True),
            candidate("cu", retired=True),  # retired member of a campaign: no longer named
            candidate("het", valid_until=date(2026, 12, 1)),  # silent by its own dates
            candidate("sau", valid_from=date(2026, 12, 3)),
            candidate("sai", valid_until=date(2026, 11, 20), made_on=date(2026, 11, 25)),
        ],
        MONDAY,
        MONDAY + timedelta(days=7),
        HCM,
    )
    by_id = {w.announcement_id: w for w in found}
    assert set(by_id) == {"nhap", "le", "sai"}
    assert (by_id["nhap"].reason, by_id["nhap"].version, by_id["nhap"].approved_version) == (
        Silence.DRAFT, 3, 2,
    )  # fmt: skip
    assert by_id["nhap"].slots == ("sang",)
    assert by_id["le"].reason is Silence.RETIRED and by_id["le"].slots == ("chieu",)
    # made after its own end date (a mistyped date): it never had a day on air
    assert by_id["sai"].reason is Silence.EXPIRED
    assert [w.announcement_id for w in found] == ["nhap", "sai", "le"]  # soonest first


def test_an_unknown_id_is_named_and_an_expiry_is_news_for_a_week() -> None:
    created = MONDAY - timedelta(days=30)
    slots = [
        make_slot("sang", "06:30", campaign="thon", created_at=created),
        make_slot("chieu", "17:00", announcements=["mat", "cu"], created_at=created),
    ]
    found = will_not_air(
        slots,
        [
            candidate(
                "vua",
                valid_until=(MONDAY - timedelta(days=7)).date(),
                made_on=(MONDAY - timedelta(days=2)).date(),
            ),  # news: never aired
            candidate("xong", valid_until=(MONDAY - timedelta(days=1)).date()),  # its own end
            candidate("cu", valid_until=(MONDAY - timedelta(days=8)).date()),  # history
        ],
        MONDAY,
        MONDAY + timedelta(days=7),
        HCM,
    )
    by_id = {w.announcement_id: w for w in found}
    assert set(by_id) == {"vua", "mat"}
    assert by_id["vua"].reason is Silence.EXPIRED and by_id["vua"].slots == ("sang",)
    assert (by_id["mat"].reason, by_id["mat"].version, by_id["mat"].slots) == (
        Silence.UNKNOWN, None, ("chieu",),
    )  # fmt: skip


def test_an_approved_notice_no_slot_names_is_said_after_what_the_slots_lose() -> None:
    """review17b #1: Trang chủ read the slots and notices a second time for it; now the one
    pass that says what will not air says it too, so the page and `status` agree."""
    slots = [make_slot("sang", "06:30", campaign="thon", created_at=MONDAY - timedelta(days=1))]
    found = will_not_air(
        slots,
        [
            candidate("le", campaign=None),  # approved, in no slot: it never airs
            candidate("nhap", approved=False, version=2),
            candidate("khan", campaign=None, priority=Priority.PRIORITY),  # airs without one
            candidate("xong", campaign=None, valid_until=date(2026, 11, 29)),  # its days over
        ],
        MONDAY,
        MONDAY + timedelta(days=7),
        HCM,
    )
    assert [(w.announcement_id, w.reason, w.slots) for w in found] == [
        ("nhap", Silence.DRAFT, ("sang",)),
        ("le", Silence.IN_NO_SLOT, ()),
    ]


def test_lost_is_what_a_change_took_from_the_plan() -> None:
    slots = [make_slot("sang", "06:30", campaign="thon", created_at=MONDAY)]
    week = (MONDAY, MONDAY + timedelta(days=7), HCM)
    before_state = [candidate("a"), candidate("b")]
    after_state = [candidate("a"), candidate("b", approved=False, version=2)]
    before = plan_airings(slots, before_state, *week)
    after = plan_airings(slots, after_state, *week)
    [gone] = lost(before, after, after_state, HCM)
    assert (gone.announcement_id, gone.reason, gone.version, gone.slots) == (
        "b", Silence.DRAFT, 2, ("sang",),
    )  # fmt: skip
    assert lost(before, before, before_state, HCM) == []


@pytest.fixture
def approving(station: Path, scripts: Path, run: Run) -> Path:
    """Approval by hand; two approved announcements of campaign `thon`, aired daily at 08:00
    by slot `sang` and at 16:00 by slot `chieu` (which names `hop` alone)."""
    set_config(station, "auto_approve_local", "false")
    write_script(scripts, "hop.md", "Họp thôn tối nay.", id="hop", campaign="thon")
    write_script(scripts, "rac.md", "Thu gom rác sáng thứ bảy.", id="rac", campaign="thon")
    run("announce", "add", str(scripts / "hop.md"), str(scripts / "rac.md"))
    run("announce", "approve", "hop", "rac", "--by", "Chủ tịch xã")
    run("schedule", "add", "sang", "--at", "08:00", "--campaign", "thon")
    run("schedule", "add", "chieu", "--at", "16:00", "--announce", "hop")
    return station


def test_a_new_version_says_which_slots_lose_it_and_status_lists_it(
    approving: Path, scripts: Path, run: Run
) -> None:
    write_script(scripts, "hop.md", "Họp thôn tối mai.", id="hop", campaign="thon")
    result = run("announce", "add", str(scripts / "hop.md"))
    assert "updated   hop (version 2)" in result.stdout
    [warning] = result.stderr.strip().splitlines()
    assert "“hop” will not air in slot(s)" in warning
    assert "sang" in warning and "chieu" in warning
    assert "version 2 waits for approval (version 1 was approved)" in warning
    assert "approve version 2" in warning
    assert "broadcaster announce approve hop --by NAME" in warning

    status = run("status").stdout
    assert "Will not air: “hop” will not air" in status
    state = json.loads(run("status", "--json").stdout)
    [wont] = state["will_not_air"]
    assert (wont["announcement_id"], wont["reason"], wont["version"]) == ("hop", "draft", 2)
    assert [a["id"] for a in state["waiting_approval"]] == ["hop"]

    run("announce", "approve", "hop", "--by", "Chủ tịch xã")
    assert json.loads(run("status", "--json").stdout)["will_not_air"] == []
    assert "will not air" not in run("status").stdout


def test_many_slots_that_lose_an_announcement_are_counted_not_listed(
    approving: Path, scripts: Path, run: Run, vietnamese: None
) -> None:
    """Fifteen slot names fill a phone's screen (o13net K3): more than three are counted."""
    for name, at in (("trua", "11:00"), ("toi", "19:00")):
        run("schedule", "add", name, "--at", at, "--announce", "hop")
    write_script(scripts, "hop.md", "Họp thôn tối mai.", id="hop", campaign="thon")
    run("announce", "add", str(scripts / "hop.md"))
    [line] = [line for line in run("status").stdout.splitlines() if "“hop”" in line]
    assert "“hop” sẽ không được phát trong 4 khung giờ từ " in line
    assert "sang" not in line and "chieu" not in line
    run("schedule", "remove", "trua")
    assert "sẽ không được phát trong khung giờ " in run("status").stdout  # three: by name


@pytest.mark.parametrize(
    ("changed", "shown"),
    [
        (
            {"priority": "priority", "repeat": 5},
            ["priority: normal → priority", "readings: 1 → 5"],
        ),
        ({"title": "Họp thôn KHẨN"}, ["title: hop → Họp thôn KHẨN"]),
        ({"valid_until": "2099-12-31"}, ["valid until: - → 31/12/2099"]),  # as people write it
        ({"campaign": "khac"}, ["campaign: thon → khac"]),
    ],
)
def test_changing_what_was_approved_with_the_same_words_is_a_new_version(
    approving: Path, scripts: Path, run: Run, changed: dict[str, Any], shown: list[str]
) -> None:
    """The words stay, but what the approver approved with them changes: a new version that
    waits for approval (the old approval never covers a priority or a period nobody read)."""
    front = {"id": "hop", "campaign": "thon"} | changed
    write_script(scripts, "hop.md", "Họp thôn tối nay.", **front)
    result = run("announce", "add", str(scripts / "hop.md"))
    assert "updated   hop (version 2)" in result.stdout
    name = f"“{changed['title']}”" if "title" in changed else "“hop”"  # its title
    assert f"{name} will not air in slot(s)" in result.stderr
    shown_now = run("announce", "show", "hop").stdout
    assert "Changes since version 1, the one approved last:" in shown_now
    assert all(line in shown_now for line in shown), shown_now
    [row] = [a for a in json.loads(run("announce", "list", "--json").stdout) if a["id"] == "hop"]
    assert (row["version"], row["status"]) == (2, "draft")
    assert "unchanged hop (version 2)" in run("announce", "add", str(scripts / "hop.md")).stdout


def test_an_unchanged_file_or_a_draft_nobody_schedules_says_nothing(
    approving: Path, scripts: Path, run: Run
) -> None:
    assert run("announce", "add", str(scripts / "rac.md")).stderr == ""
    write_script(scripts, "moi.md", "Tin mới.", id="moi")  # in no slot
    assert run("announce", "add", str(scripts / "moi.md")).stderr == ""


def test_status_names_an_approved_notice_no_slot_airs_as_the_home_page_does(
    approving: Path, scripts: Path, run: Run
) -> None:
    """review17b #1: Trang chủ said it; `status` listed nothing."""
    write_script(scripts, "moi.md", "Tin mới.", id="moi", title="Tin mới")
    run("announce", "add", str(scripts / "moi.md"))
    run("announce", "approve", "moi", "--by", "Chủ tịch xã")
    assert ("Will not air: “Tin mới” is approved but is in no slot, so it will not air. Add it "
            "to a slot in “Schedule”.") in run("status").stdout  # fmt: skip
    [wont] = json.loads(run("status", "--json").stdout)["will_not_air"]
    assert (wont["announcement_id"], wont["reason"], wont["slots"]) == ("moi", "in_no_slot", [])


def test_retiring_says_which_slots_lose_it(approving: Path, run: Run) -> None:
    result = run("announce", "retire", "hop")
    assert "retired hop" in result.stdout
    # the slots in the order they next air, which depends on the hour the test runs at
    assert re.search(r"“hop” is retired: slot\(s\) (sang, chieu|chieu, sang) air without it",
                     result.stderr)  # fmt: skip
    # the slot that names it keeps saying so; the campaign slot simply goes on without it
    [wont] = json.loads(run("status", "--json").stdout)["will_not_air"]
    assert (wont["announcement_id"], wont["slots"]) == ("hop", ["chieu"])


def test_a_notice_silent_by_its_own_dates_is_no_warning_and_no_advice(
    approving: Path, scripts: Path, run: Run
) -> None:
    """o17lan5 finding 5: a meeting notice ending on the meeting's day was told to get a later
    end date, and one starting tomorrow was raised beside real alarms."""
    last = datetime.now(HCM).date() + timedelta(days=2)
    write_script(scripts, "rac.md", "Thu gom rác sáng thứ bảy.", id="rac", campaign="thon",
                 valid_until=last.isoformat())  # fmt: skip
    write_script(scripts, "mai.md", "Tiêm chủng từ ngày mai.", id="mai", campaign="thon",
                 valid_from=(last - timedelta(days=1)).isoformat())  # fmt: skip
    run("announce", "add", str(scripts / "rac.md"), str(scripts / "mai.md"))
    run("announce", "approve", "rac", "mai", "--by", "Chủ tịch xã")
    status = run("status").stdout
    assert "“rac”" not in status and "“mai”" not in status and "later end date" not in status
    assert json.loads(run("status", "--json").stdout)["will_not_air"] == []


def test_approve_takes_several_ids_or_a_campaign_all_or_none(
    approving: Path, scripts: Path, run: Run
) -> None:
    for name, text in (("hop", "Họp thôn tối mai."), ("rac", "Thu gom rác chủ nhật.")):
        write_script(scripts, f"{name}.md", text, id=name, campaign="thon")
    write_script(scripts, "khac.md", "Tin khác.", id="khac", campaign="khac")
    run("announce", "add", *(str(scripts / f"{n}.md") for n in ("hop", "rac", "khac")))
    run("announce", "retire", "khac")
    refused = run("announce", "approve", "hop", "khac", "--by", "A", code=1)
    assert re.search(r"announcement “[^”]+” \(khac\) is retired", refused.stderr)
    assert query(approving, "SELECT id FROM announcements WHERE approved_version = version "
                 "ORDER BY id") == []  # fmt: skip
    out = run("announce", "approve", "--campaign", "thon", "--by", "Chủ tịch xã").stdout
    assert out.splitlines() == [
        "approved hop version 2 by Chủ tịch xã",
        "approved rac version 2 by Chủ tịch xã",
    ]
    assert (
        "has no announcement waiting"
        in run("announce", "approve", "--campaign", "thon", "--by", "A", code=1).stderr
    )
    assert "--campaign" in run("announce", "approve", "--by", "A", code=2).stderr


def test_show_prints_what_changed_since_the_approved_version(
    approving: Path, scripts: Path, run: Run
) -> None:
    write_script(scripts, "hop.md", "Họp thôn tối mai.\nMang theo sổ hộ khẩu.", id="hop",
                 campaign="thon")  # fmt: skip
    run("announce", "add", str(scripts / "hop.md"))
    shown = run("announce", "show", "hop").stdout
    assert "Changes since version 1, the one approved last:" in shown
    lines = shown.splitlines()
    assert "-Họp thôn tối nay." in lines
    assert "+Họp thôn tối mai." in lines and "+Mang theo sổ hộ khẩu." in lines
    shown = json.loads(run("announce", "show", "hop", "--json").stdout)
    diff = shown["changes_since_approved"]
    assert (diff["approved_version"], diff["version"], diff["recording_changed"]) == (1, 2, False)
    assert "+Mang theo sổ hộ khẩu." in diff["text_diff"]
    run("announce", "approve", "hop", "--by", "Chủ tịch xã")
    assert "Changes since" not in run("announce", "show", "hop").stdout
    assert json.loads(run("announce", "show", "hop", "--json").stdout)[
        "changes_since_approved"] is None  # fmt: skip


def test_a_sync_that_brings_a_new_version_says_what_stops_airing(
    station: Path, run: Run, tmp_path: Path
) -> None:
    office = make_office(tmp_path)
    set_config(station, "auto_approve_local", "false")
    run("trust", str(office.metadata / "1.root.json"))
    run("sync", str(office.root_dir))
    run("announce", "approve", "--campaign", "bluezone", "--by", "Chủ tịch xã")
    run("schedule", "add", "bz", "--at", "09:00", "--campaign", "bluezone")
    folder = campaign_dir(office)
    write_script(folder, "cai-dat.md", "Bà con cài đặt Bluezone ngay hôm nay.", id="bz-cai-dat")
    (folder / "huong-dan.md").unlink()
    office.publish([folder], datetime.now(UTC))
    result = run("sync", str(office.root_dir))
    assert "“cai-dat” will not air in slot(s) bz" in result.stderr
    assert "version 2 waits for approval" in result.stderr
    assert "“huong-dan” is retired: slot(s) bz air without it" in result.stderr
    [(by,)] = query(station, "SELECT retired_by FROM announcements WHERE id = 'bz-huong-dan'")
    assert by == f"upstream:{office.root_dir}"  # the office withdrew it


def test_the_daemon_says_once_what_will_not_air(
    approving: Path, scripts: Path, run: Run, start_daemon: Callable[[Path], Daemon]
) -> None:
    write_script(scripts, "hop.md", "Họp thôn tối mai.", id="hop", campaign="thon")
    run("announce", "add", str(scripts / "hop.md"))
    daemon = start_daemon(approving)
    daemon.expect(r"Will not air: “hop” will not air in slot\(s\) (sang, chieu|chieu, sang)")
    write_script(scripts, "rac.md", "Thu gom rác chủ nhật.", id="rac", campaign="thon")
    run("announce", "add", str(scripts / "rac.md"))
    daemon.expect(r"Will not air: “rac” will not air")  # the daemon has looked again since
    daemon.stop()
    said = [line for line in daemon.output() if "Will not air" in line]
    assert len([line for line in said if "“hop”" in line]) == 1


def test_a_slot_whose_every_announcement_waits_for_approval_logs_why_it_did_not_air(
    approving: Path, scripts: Path, run: Run, start_daemon: Callable[[Path], Daemon]
) -> None:
    """Every planned airing ends with one logged outcome: a slot that airs nothing because
    its announcement's new version waits for approval is `missed`, with which version waits
    (o13net B1: 11:12 and 11:15 left no row, and the office never saw them)."""
    write_script(scripts, "hop.md", "Họp thôn tối mai.", id="hop", campaign="thon")
    run("announce", "add", str(scripts / "hop.md"))
    run("schedule", "add", "ngay", "--at", clock_in(3), "--announce", "hop")
    daemon = start_daemon(approving)
    wait_until(lambda: airings(approving), "the row of the slot that aired nothing")
    daemon.stop()
    [row] = airings(approving)
    assert (row["slot"], row["status"]) == ("ngay", "missed")
    assert "waits for approval of its new version: “hop” version 2" in row["error"]
    assert [(i["announcement_id"], i["version"]) for i in row["items"]] == [("hop", 2)]
    # the service keeps when it started: Trang chủ tells what came before it (o15lan C4)
    [(started,)] = query(approving, "SELECT value FROM meta WHERE key = 'service_started_at'")
    assert datetime.fromisoformat(started) <= datetime.now(UTC)
    # one true sentence: what to do is approve, not "it airs again" beside "the station does
    # not air it again" (o14net F5); once approved, it leaves what needs attention
    [said] = [line for line in run("status").stdout.splitlines() if "“ngay”" in line]
    assert said.endswith("“hop” version 2. Once it is approved, the next slots air it. The log "
                         "keeps it."), said  # fmt: skip
    run("announce", "approve", "hop", "--by", "Chủ tịch xã")
    assert "“ngay”" not in run("status").stdout


def test_show_says_when_the_recording_changed(quick: Path, scripts: Path, run: Run) -> None:
    set_config(quick, "auto_approve_local", "false")
    run("announce", "approve", "ngan", "--by", "Chủ tịch xã")
    make_tone(scripts / "ngan.wav", seconds=0.6, freq=660)  # a new recording, same name
    assert "updated   ngan (version 2)" in run("announce", "add", str(scripts / "ngan.wav")).stdout
    shown = run("announce", "show", "ngan").stdout
    assert "Changes since version 1" in shown
    assert "The recording is not the one approved." in shown
