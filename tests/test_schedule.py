"""Slots, approval and the rundown: what airs when, decided from the store alone."""

from __future__ import annotations

import functools
import json
import os
import re
import sqlite3
import subprocess
import sys
import threading
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from conftest import (
    Run,
    SetClock,
    from_template,
    make_station,
    query,
    runner_for,
    set_config,
    store_dump,
    template_folder,
    write_script,
)
from test_clock import FAKETIME

from broadcaster.station import Station
from common import i18n
from schedules.parse import parse_days
from schedules.priority import Priority
from schedules.rundown import Candidate, plan_airings
from schedules.slots import Slot, make_slot

HCM = ZoneInfo("Asia/Ho_Chi_Minh")
EPOCH = datetime(2026, 1, 1, tzinfo=UTC)
HERE = datetime.now(HCM).date()
"""The station's day when the tests are collected: the machine's own (`date.today()`, UTC on
CI) is a year behind from 17:00 UTC on 31/12, and 01/01 eleven years on from it was then only
ten years after the station's today, not more (o29 CI clock)."""
PAST = HERE - timedelta(days=2)
"""A day past however long the run takes."""
NEXT_YEAR = HERE.year + 1
FAR = date(HERE.year + 11, 1, 1)


def slot(name: str, at: str, **kw: Any) -> Slot:
    return make_slot(name, at, created_at=EPOCH, **kw)


def candidate(i: str, priority: str = "normal", **kw: Any) -> Candidate:
    fields: dict[str, Any] = {"campaign": "bz", "approved": True, "retired": False,
                              "valid_from": None, "valid_until": None} | kw  # fmt: skip
    return Candidate(i, priority=Priority(priority), **fields)


def local(y: int, m: int, d: int, hh: int = 0, mm: int = 0) -> datetime:
    return datetime(y, m, d, hh, mm, tzinfo=HCM)


def test_days_parse() -> None:
    assert parse_days("mon-fri") == frozenset(range(5))
    assert parse_days("sat,sun") == parse_days("weekend") == frozenset({5, 6})
    assert parse_days("fri-mon") == frozenset({4, 5, 6, 0})
    assert parse_days("daily") == frozenset(range(7))


def test_plan_follows_days_dates_and_approval() -> None:
    slots = [
        slot("sang", "06:30", days="mon-fri", campaign="bz"),
        slot("chieu", "17:00", campaign="bz", valid_until=date(2026, 3, 3)),
    ]
    announcements = [
        candidate("a"),
        candidate("draft", approved=False),
        candidate("old", valid_until=date(2026, 3, 2)),
        candidate("gone", retired=True),
        candidate("other", campaign="khac"),
    ]
    # 2026-03-02 is a Monday; 2026-03-07 a Saturday
    planned = plan_airings(slots, announcements, local(2026, 3, 2), local(2026, 3, 8), HCM)
    assert [(p.slot, p.at.astimezone(HCM).strftime("%d %H:%M"), p.announcement_ids)
            for p in planned] == [
        ("sang", "02 06:30", ("a", "old")), ("chieu", "02 17:00", ("a", "old")),
        ("sang", "03 06:30", ("a",)), ("chieu", "03 17:00", ("a",)),
        ("sang", "04 06:30", ("a",)), ("sang", "05 06:30", ("a",)), ("sang", "06 06:30", ("a",)),
    ]  # fmt: skip


def test_priority_goes_first_and_a_pending_one_joins_the_next_slot() -> None:
    slots = [slot("sang", "06:30", campaign="bz"), slot("chieu", "17:00", announcements=["n"])]
    announcements = [
        candidate("n"),
        candidate("p", "priority"),
        candidate("u", "priority", campaign=None),
    ]
    planned = plan_airings(slots, announcements, local(2026, 3, 2, 12), local(2026, 3, 3, 12), HCM,
                           pending_priority=["u"])  # fmt: skip
    assert [(p.slot, p.announcement_ids) for p in planned] == [
        ("chieu", ("u", "n")),  # the pending one, once, first in the next slot
        ("sang", ("p", "n")),  # a priority announcement of the campaign goes first
    ]


def test_slots_created_later_plan_nothing_before() -> None:
    late = make_slot("sang", "06:30", campaign="bz", created_at=local(2026, 3, 2, 7))
    planned = plan_airings([late], [candidate("a")], local(2026, 3, 2), local(2026, 3, 4), HCM)
    assert [p.at for p in planned] == [local(2026, 3, 3, 6, 30)]


@pytest.fixture
def drafts(station: Path, scripts: Path) -> Path:
    """A station with two announcements waiting for approval (hop; rac, read twice): a copy
    of one made once per test process, with their scripts in `scripts`."""
    return from_template(_drafts_template(), station, scripts)


@functools.cache
def _drafts_template() -> Path:
    """Their speech made once (`announce render`), as every slot added measures it: ~0.5 s
    of espeak-ng in each of some thirty tests."""
    folder = template_folder("drafts-template-")
    station, scripts = make_station(folder / "station"), folder / "scripts"
    scripts.mkdir()
    set_config(station, "auto_approve_local", "false")
    run = runner_for(station)
    run("announce", "add", str(write_script(scripts, "a.md", "Họp thôn tối nay.", id="hop",
                                            campaign="thon")))  # fmt: skip
    run("announce", "add", str(write_script(scripts, "b.md", "Thu gom rác sáng mai.", id="rac",
                                            campaign="thon", repeat=2)))  # fmt: skip
    run("announce", "render", "hop", "rac", "-o", str(folder / "nghe-thu.wav"))
    return folder


def test_drafts_do_not_air_until_approved_and_a_new_version_needs_approval_again(
    drafts: Path, scripts: Path, run: Run
) -> None:
    statuses = {a["id"]: a["status"] for a in json.loads(run("announce", "list", "--json").stdout)}
    assert statuses == {"hop": "draft", "rac": "draft"}
    refused = run("play", "--announce", "hop", "--sink", "null", code=1)
    assert (
        "version 1 is not approved (broadcaster announce approve hop --by NAME)" in refused.stderr
    )
    assert (
        "approved hop version 1 by Chủ tịch UBND xã"
        in run("announce", "approve", "hop", "--by", "Chủ tịch UBND xã").stdout
    )
    run("play", "--announce", "hop", "--sink", f"file:{drafts}/out")
    airing = json.loads(run("log", "list", "--json").stdout)[-1]
    assert airing["items"][0]["approved_by"] == "Chủ tịch UBND xã"

    write_script(scripts, "a.md", "Họp thôn tối mai.", id="hop", campaign="thon")
    run("announce", "add", str(scripts / "a.md"))
    assert "version 2 is not approved" in run("play", "--announce", "hop", code=1).stderr


def test_schedule_add_list_remove(drafts: Path, run: Run) -> None:
    run("announce", "approve", "hop", "--by", "A")
    out = run("schedule", "add", "sang", "--at", "06:30", "--days", "mon-fri",
              "--campaign", "thon", "--max-minutes", "5").stdout  # fmt: skip
    assert out.startswith("slot sang at 06:30 Mon–Fri:")
    run("schedule", "add", "chieu", "--at", "17:00:30", "--announce", "hop", "--announce", "rac",
        "--from", "2026-01-01", "--until", f"{NEXT_YEAR}-12-31")  # fmt: skip
    rows = json.loads(run("schedule", "list", "--json").stdout)
    assert [(r["name"], r["at"], r["days"], r["campaign"], r["announcements"]) for r in rows] == [
        ("sang", "06:30:00", "mon,tue,wed,thu,fri", "thon", []),
        ("chieu", "17:00:30", "daily", None, ["hop", "rac"]),
    ]
    listed = run("schedule", "list").stdout  # the days as `add` says them
    assert f"daily, from 01/01/2026 to 31/12/{NEXT_YEAR}" in listed
    run("schedule", "remove", "chieu")
    assert [r["name"] for r in json.loads(run("schedule", "list", "--json").stdout)] == ["sang"]
    once = run("schedule", "add", "mot", "--at", "11:17", "--announce", "hop", "--from",
               f"{NEXT_YEAR}-11-30", "--until", f"{NEXT_YEAR}-11-30").stdout  # fmt: skip
    assert once.startswith(f"slot mot at 11:17 on 30/11/{NEXT_YEAR} only:")  # o13net K5
    assert "daily" not in once and "to 30/11" not in once
    [listed] = [line for line in run("schedule", "list").stdout.splitlines() if "mot" in line]
    assert f"on 30/11/{NEXT_YEAR} only" in listed and "daily" not in listed  # one wording
    moved = run("schedule", "add", "mot", "--at", "11:20", "--announce", "hop").stderr
    assert f"replaced slot mot (was at 11:17 on 30/11/{NEXT_YEAR} only: hop)" in moved
    run("schedule", "remove", "mot")
    assert "there is no slot 'chieu'" in run("schedule", "remove", "chieu", code=1).stderr


def test_slots_that_cannot_be_planned_are_listed_with_why(drafts: Path, run: Run) -> None:
    """Trial 3 F16: a slot row written behind the station's back (by hand, an old tool) never
    airs; the list the officer manages slots from shows it, says so and why, so that it can
    be removed or written again."""
    run("announce", "approve", "hop", "--by", "A")
    run("schedule", "add", "sang", "--at", "06:30", "--announce", "hop")
    [good] = query(drafts, "SELECT * FROM slots")
    columns = [c for (_, c, *_) in query(drafts, "PRAGMA table_info(slots)")]
    row = dict(zip(columns, good, strict=True)) | {"id": None}
    damaged: dict[str, dict[str, object]] = {
        "gio-hong": {"at": "25:00"},
        "ngay-hong": {"days": "funday"},
        "ds-hong": {"announcements": "not json"},
        "tu-ngay-hong": {"valid_from": "garbage"},
        "dai-hong": {"max_minutes": -5},
    }
    insert = f"INSERT INTO slots ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"
    with sqlite3.connect(drafts / "station.db") as conn:
        for name, wrong in damaged.items():
            values = row | {"name": name} | wrong
            conn.execute(insert, [values[c] for c in columns])
    listed = run("schedule", "list")
    lines = listed.stdout.splitlines()
    assert lines[0].split()[:2] == ["sang", "06:30"]
    shown = {line.split()[0]: line for line in lines[1:]}
    assert sorted(shown) == sorted(damaged)
    for line in shown.values():
        assert "DOES NOT AIR: it cannot be planned:" in line
    assert "'25:00' is not a time of day" in shown["gio-hong"]
    assert "funday" in shown["ngay-hong"]
    assert "garbage" in shown["tu-ngay-hong"]
    rows = {r["name"]: r for r in json.loads(run("schedule", "list", "--json").stdout)}
    assert rows["sang"]["problem"] is None
    assert rows["gio-hong"]["at"] == "25:00"  # as the store holds it
    assert all(rows[name]["problem"] for name in damaged)
    run("schedule", "remove", "gio-hong")
    assert "gio-hong" not in run("schedule", "list").stdout
    i18n.use_language("vi")  # as the officer reads it (put back after the test)
    assert "ngay-hong      KHÔNG PHÁT (không lập được lịch):" in run("schedule", "list").stdout


def test_a_campaign_s_slot_says_what_it_holds_when_nothing_of_it_airs(
    drafts: Path, run: Run
) -> None:
    """Trial 3 F19 (the class): a slot whose campaign has announcements is never told the
    campaign "has no announcements": drafts are counted and said, retired ones named."""
    added = run("schedule", "add", "sang", "--at", "06:30", "--campaign", "thon")
    assert (
        "slot sang airs nothing yet: none of its announcements is approved (2 drafts wait for "
        "approval)" in added.stderr
    )
    listed = run("schedule", "add", "chieu", "--at", "17:00", "--announce", "hop")
    assert "(1 draft waits for approval)" in listed.stderr
    run("announce", "approve", "hop", "--by", "A")
    assert run("schedule", "add", "toi", "--at", "19:00", "--campaign", "thon").stderr == (
        "warning: slot toi airs without “b” until it is approved\n"  # rac, still a draft
    )
    for slot_name in ("sang", "chieu", "toi"):
        run("schedule", "remove", slot_name)
    run("announce", "retire", "hop")
    run("announce", "retire", "rac")
    before = store_dump(drafts)
    refused = run("schedule", "add", "sang", "--at", "06:30", "--campaign", "thon", code=1)
    assert (
        "slot 'sang': campaign 'thon' has nothing left to air: its 2 announcements are retired"
        in refused.stderr
    )
    assert store_dump(drafts) == before
    assert (
        "campaign 'khac' has no announcements"
        in run("schedule", "add", "x", "--at", "08:00", "--campaign", "khac", code=1).stderr
    )


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["trua", "--at", "06:30:10", "--campaign", "thon"],
         "slot 'trua' at 06:30:10 overlaps slot 'sang', whose program airs 06:30–06:30:"),
        (["dem", "--at", "22:00", "--campaign", "thon"], "falls in quiet hours (21:00–05:00)"),
        (["toi", "--at", "20:59:55", "--campaign", "thon"],
         "slot 'toi' at 20:59:55 runs into quiet hours (21:00–05:00): its program ends at 21:0"),
        (["khuya", "--at", "23:59:59", "--campaign", "thon"],
         "slot 'khuya' at 23:59:59 falls in quiet hours (21:00–05:00)"),
        (["ngan", "--at", "08:00", "--campaign", "thon", "--max-minutes", "0.1"],
         "longer than its limit of 6 s"),
        (["hai", "--at", "08:00"], "needs a campaign, a list of announcements, or both"),
        (["gio", "--at", "25:00", "--campaign", "thon"], "'25:00' is not a time of day"),
        (["ngay", "--at", "08:00", "--days", "thứ 8", "--campaign", "thon"],
         "days 'thứ 8' should be weekdays"),
        (["x", "--at", "08:00", "--campaign", "khong-co"],
         "campaign 'khong-co' has no announcements"),
        (["y", "--at", "08:00", "--announce", "khong-co"], "there is no announcement 'khong-co'"),
        # dates with which the slot could never air (trial 3: --until 01/01/0001 was taken)
        (["cu", "--at", "08:00", "--campaign", "thon", "--until", "01/01/0001"],
         "slot 'cu': its last day 01/01/0001 has already passed (today is "),
        (["cu", "--at", "08:00", "--campaign", "thon", "--until", f"{PAST:%d/%m/%Y}"],
         f"its last day {PAST:%d/%m/%Y} has already passed"),
        (["xa", "--at", "08:00", "--campaign", "thon", "--from", f"01/01/{FAR:%Y}"],
         f"its first day 01/01/{FAR:%Y} is more than 10 years away: is the year mistyped?"),
        (["xa", "--at", "08:00", "--campaign", "thon", "--from", "31/12/9999"],
         "its first day 31/12/9999 is more than 10 years away"),
    ],
)  # fmt: skip
def test_bad_slots_are_refused_and_change_nothing(
    drafts: Path, run: Run, args: list[str], message: str
) -> None:
    set_config(drafts, "quiet_hours", '["21:00", "05:00"]')
    run("schedule", "add", "sang", "--at", "06:30", "--campaign", "thon")
    before = store_dump(drafts)
    result = run("schedule", "add", *args, code=1)
    assert message in result.stderr
    assert result.stderr.count("\n") == 1
    assert store_dump(drafts) == before


def test_replacing_a_slot_says_so_and_what_stops_airing(
    drafts: Path, run: Run, tmp_path: Path
) -> None:
    """Issue 11.1: a replaced slot is named, with what it aired that now airs nowhere."""
    for announcement_id in ("hop", "rac"):
        run("announce", "approve", announcement_id, "--by", "A")
    run("schedule", "add", "sang", "--at", "06:30", "--days", "T2-T6", "--announce", "hop")
    run("schedule", "add", "chieu", "--at", "17:00", "--announce", "rac")
    added = run("schedule", "add", "sang", "--at", "08:00", "--announce", "rac")
    assert "replaced slot sang (was at 06:30 Mon–Fri: hop)" in added.stderr
    assert "'hop' no longer airs in any slot (it aired in slot sang)" in added.stderr
    assert run("schedule", "add", "moi", "--at", "09:00", "--announce", "hop").stderr == ""
    schedule = tmp_path / "lich.toml"
    schedule.write_text('[[slot]]\nname = "chieu"\nat = "17:00"\nannounce = ["hop"]\n', "utf-8")
    imported = run("schedule", "import", str(schedule)).stderr
    assert "replaced slot chieu (was at 17:00 daily: rac)" in imported
    assert "'rac' no longer" not in imported  # slot sang still airs it
    schedule.write_text('[[slot]]\nname = "sang"\nat = "08:00"\nannounce = ["hop"]\n', "utf-8")
    assert "'rac' no longer airs in any slot (it aired in slot sang)" in run(
        "schedule", "import", str(schedule)).stderr  # fmt: skip


def test_schedule_import_is_all_or_nothing(drafts: Path, run: Run, tmp_path: Path) -> None:
    good = tmp_path / "lich.toml"
    good.write_text('[[slot]]\nname = "sang"\nat = "06:30"\ncampaign = "thon"\n\n'
                    '[[slot]]\nname = "chieu"\nat = "17:00"\ndays = "mon-fri"\n'
                    'announce = ["hop"]\nmax_minutes = 10\n', "utf-8")  # fmt: skip
    run("schedule", "import", str(good))
    assert len(json.loads(run("schedule", "list", "--json").stdout)) == 2
    bad = tmp_path / "sai.toml"
    bad.write_text('[[slot]]\nname = "toi"\nat = "19:00"\ncampaign = "thon"\n\n'
                   '[[slot]]\nname = "khuya"\nat = "19:00:30"\ncampaign = "thon"\ncolour = 1\n',
                   "utf-8")  # fmt: skip
    before = store_dump(drafts)
    assert "slot 2: unknown key 'colour'" in run("schedule", "import", str(bad), code=1).stderr
    assert store_dump(drafts) == before


def test_a_schedule_file_whose_slot_could_never_air_is_refused_whole(
    drafts: Path, run: Run, tmp_path: Path
) -> None:
    """The dates of `schedule add` hold for schedule files too (all or none)."""
    lich = tmp_path / "lich.toml"
    lich.write_text(
        '[[slot]]\nname = "sang"\nat = "06:30"\ncampaign = "thon"\n\n'
        '[[slot]]\nname = "cu"\nat = "07:00"\ncampaign = "thon"\nuntil = 0001-01-01\n',
        "utf-8",
    )
    before = store_dump(drafts)
    said = run("schedule", "import", str(lich), code=1).stderr
    assert "slot 'cu': its last day 01/01/0001 has already passed" in said
    assert said.count("\n") == 1 and store_dump(drafts) == before


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ('[[slot]]\nname = "a"\nat = "07:00"\nannounce = ["hop"]\nfrom = 10000-01-01\n',
         "is not valid TOML at line 5, column 13"),
        ('[[slot\nname = "a"\n', "is not valid TOML at line 1, column 7"),
        ('[[slot]]\nname = ', "is not valid TOML: it ends too early"),
    ],
)  # fmt: skip
def test_a_schedule_file_that_is_not_toml_says_where_in_words(
    drafts: Path, run: Run, tmp_path: Path, text: str, where: str
) -> None:
    broken = tmp_path / "lich.toml"
    broken.write_text(text, "utf-8")
    before = store_dump(drafts)
    said = run("schedule", "import", str(broken), code=1).stderr
    assert f"{broken}: it {where}" in said and said.count("\n") == 1
    assert "Expected" not in said and "Invalid" not in said  # tomllib's own English
    assert store_dump(drafts) == before


def test_rundown_shows_each_airing_item_by_item(drafts: Path, run: Run) -> None:
    for announcement_id in ("hop", "rac"):
        run("announce", "approve", announcement_id, "--by", "A")
    run("schedule", "add", "sang", "--at", "06:30", "--campaign", "thon")
    entries = json.loads(run("rundown", "--date", "2030-01-01", "--days", "2", "--json").stdout)
    assert [(e["slot"], e["at"]) for e in entries] == [
        ("sang", "2030-01-01T06:30:00+07:00"),
        ("sang", "2030-01-02T06:30:00+07:00"),
    ]
    items = entries[0]["items"]
    assert [(i["announcement_id"], i["readings"]) for i in items] == [("hop", 1), ("rac", 2)]
    assert all(i["seconds"] > 0 for i in items)  # synthesised when the slot was added
    text = run("rundown", "--date", "2030-01-01").stdout
    assert "Tuesday 01/01/2030 06:30  sang  2 items" in text
    assert "\n1 airing, " in text
    run("schedule", "add", "chieu", "--at", "17:00:30", "--campaign", "thon")
    text = run("rundown", "--date", "2030-01-01").stdout  # a slot's seconds are kept
    assert "Tuesday 01/01/2030 17:00:30  chieu  2 items" in text


def test_sample_station_ships_its_schedule(tmp_path: Path, run: Run) -> None:
    run("init", "--sample", "bluezone")
    slots = json.loads(run("schedule", "list", "--json").stdout)
    assert [(s["name"], s["title"], s["at"], s["campaign"]) for s in slots] == [
        ("sang", "Buổi sáng", "06:30:00", "bluezone"),  # a person reads the title
        ("chieu", "Buổi chiều", "17:00:00", "bluezone"),
    ]
    drafts = [
        f"    ✗ '{title}' ({i}) will not air: version 1 waits for approval"
        for i, title in (  # by title, the order they air in (o11b N4)
            ("bluezone-co-quan", "Cơ quan, đơn vị ghi nhận ra vào và cài đặt Bluezone"),
            ("bluezone-huong-dan", "Hướng dẫn cài đặt Bluezone"),
            ("bluezone-cai-dat", "Vận động cài đặt ứng dụng Bluezone"),
        )
    ]
    assert run("rundown", "--date", "2030-01-01").stdout.splitlines() == [  # each says why not
        "Tuesday 01/01/2030 06:30  Buổi sáng  nothing airs", *drafts,  # by title (o12b C3)
        "Tuesday 01/01/2030 17:00  Buổi chiều  nothing airs", *drafts,
        "Nothing will air in this period.",
        "Nothing airs in the 7 days after it either (the slots: broadcaster schedule list; the "
        "notices: broadcaster announce list).",
    ]  # fmt: skip


def test_a_slots_title_is_kept_and_every_fault_is_said_in_one_line(drafts: Path, run: Run) -> None:
    added = run("schedule", "add", "trua", "--title", "Buổi trưa", "--at", "11:00",
                "--campaign", "thon").stdout  # fmt: skip
    assert added.startswith("slot “Buổi trưa” at 11:00 daily: ")
    assert "(Buổi trưa)" in run("schedule", "list").stdout
    before = store_dump(drafts)
    refused = run("schedule", "add", "x", "--at", "25:00", "--days", "thứ 8", "--until",
                  "01/01/0001", "--max-minutes", "mười", code=1).stderr  # fmt: skip
    assert refused.count("\n") == 1  # one line, every fault in it
    for fault in ("'25:00' is not a time of day", "days 'thứ 8'", "'mười'",
                  "01/01/0001 has already passed",
                  "needs a campaign, a list of announcements, or both"):  # fmt: skip
        assert fault in refused
    assert store_dump(drafts) == before


@pytest.mark.parametrize(
    ("first", "second", "overlap"),
    [
        (["23:58", "daily"], ["00:00:30", "daily"], True),  # runs past midnight into it
        (["23:58", "T2"], ["00:00:30", "T3"], True),  # Monday night into Tuesday
        (["23:58", "T2"], ["00:00:30", "T2"], False),  # Monday 00:00 comes before Monday 23:58
        (["23:58", "CN"], ["00:00:30", "T2"], True),  # the week wraps: Sunday into Monday
        (["23:58", "T7"], ["00:00:30", "T2"], False),
        (["12:00", "T2-T6"], ["12:00:30", "T7,CN"], False),
    ],
)
def test_overlaps_are_seen_across_midnight_and_the_end_of_the_week(
    drafts: Path, run: Run, first: list[str], second: list[str], overlap: bool
) -> None:
    """A program of several minutes that starts just before midnight is still on air after."""
    run("announce", "approve", "hop", "--by", "A")
    run("announce", "approve", "rac", "--by", "A")
    run("schedule", "add", "khuya", "--at", first[0], "--days", first[1], "--campaign", "thon",
        "--max-minutes", "5")  # fmt: skip
    result = run("schedule", "add", "sang", "--at", second[0], "--days", second[1],
                 "--announce", "hop", code=1 if overlap else 0)  # fmt: skip
    assert ("overlaps slot 'khuya'" in result.stderr) == overlap


def test_a_program_through_the_whole_of_quiet_hours_is_refused(drafts: Path, run: Run) -> None:
    set_config(drafts, "quiet_hours", '["21:00", "21:01"]')
    run("announce", "approve", "hop", "--by", "A")
    result = run("schedule", "add", "dai", "--at", "20:59:59", "--announce", "hop",
                 "--max-minutes", "30", code=1)  # fmt: skip
    assert "at 20:59:59 runs into quiet hours (21:00–21:01): its program ends at" in result.stderr


def waiting_for_the_store(pid: int) -> bool:
    """The process sleeps in SQLite's busy handler (its write waits for the store's lock)."""
    try:
        return Path(f"/proc/{pid}/wchan").read_text() in ("hrtimer_nanosleep", "do_nanosleep")
    except FileNotFoundError:
        return False


def test_ten_operators_adding_clashing_slots_at_once_one_wins(
    drafts: Path, run: Run, tmp_path: Path
) -> None:
    """The overlap check runs again inside the write transaction. Ten `schedule add` for the
    same minute are held at the store's door (the test holds its write lock) until every one
    has passed its first check; let go together, exactly one slot is stored and nine are
    refused with a clear sentence."""
    import sqlite3
    import time

    from conftest import broadcaster, query

    query(drafts, "UPDATE announcements SET approved_version = version, approved_by = 'A'")
    run("announce", "render", "hop", "-o", str(tmp_path / "hop.wav"))  # speech cached: no writes
    holder = sqlite3.connect(drafts / "station.db", isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    processes = [
        broadcaster(drafts, "schedule", "add", f"s{n}", "--at", "08:00", "--announce", "hop")
        for n in range(10)
    ]
    deadline = time.monotonic() + 60
    while not all(waiting_for_the_store(p.pid) for p in processes):
        assert time.monotonic() < deadline and all(p.poll() is None for p in processes)
        threading.Event().wait(0.05)
    holder.rollback()
    holder.close()
    results = [(p.wait(120), *p.communicate()) for p in processes]
    won = [out for code, out, _ in results if code == 0]
    lost = [err for code, _, err in results if code != 0]
    assert len(won) == 1, results
    assert len(lost) == 9 and all("overlaps slot 's" in err for err in lost), lost
    assert all(err.count("\n") == 1 and "Traceback" not in err for err in lost)
    assert query(drafts, "SELECT COUNT(*) FROM slots WHERE removed_at IS NULL") == [(1,)]


def test_a_retired_announcement_added_again_is_a_draft_again(
    drafts: Path, scripts: Path, run: Run
) -> None:
    """Retiring withdraws the approval with it: the same file (or a changed one) added back
    must be approved again before it airs; a station that approves its own additions does
    so again, and says who."""
    run("announce", "approve", "hop", "--by", "Chủ tịch UBND xã")
    run("announce", "retire", "hop")
    for text in ("Họp thôn tối nay.", "Họp thôn tối mai."):  # the same file, then a new text
        write_script(scripts, "a.md", text, id="hop", campaign="thon")
        added = run("announce", "add", str(scripts / "a.md")).stdout
        assert "hop" in added
        [row] = [a for a in json.loads(run("announce", "list", "--json").stdout)
                 if a["id"] == "hop"]  # fmt: skip
        assert row["status"] == "draft" and row["approved_by"] is None
        assert (
            "is not approved" in run("play", "--announce", "hop", "--sink", "null", code=1).stderr
        )
        run("announce", "retire", "hop")
    set_config(drafts, "auto_approve_local", "true")
    run("announce", "add", str(scripts / "a.md"))
    [row] = [a for a in json.loads(run("announce", "list", "--json").stdout) if a["id"] == "hop"]
    assert row["status"] == "approved" and row["approved_by"] == "tự động (nội dung địa phương)"


def test_a_new_slot_or_a_re_air_plans_the_week_ahead_only_to_say_what_a_replacement_stops(
    console_station: Path, console_clock: SetClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Adding a slot or a re-air planned the whole week ahead twice, to find what a replaced
    slot stopped airing; a new slot replaces none, so it needs no plan (every slot's programs
    measured: seconds on a Raspberry Pi). Counted through a real station."""
    from broadcaster import schedule
    from broadcaster.airing_log import AiringStatus, Occasion, Trigger, log_airing, planned_entries

    station = Station.open(console_station, console_clock)
    planned = schedule.plan_ahead
    calls: list[int] = []

    def counted(*args: Any, **kwargs: Any) -> Any:
        calls.append(1)
        return planned(*args, **kwargs)

    monkeypatch.setattr(schedule, "plan_ahead", counted)
    station.add_slot("trua", "11:00", announce=["bluezone"])
    assert calls == []  # nothing replaced: nothing can stop airing
    log_airing(station, Occasion(Trigger.SCHEDULE, "trua", console_clock.now), "null",
               planned_entries(station, ["bluezone"]), AiringStatus.INTERRUPTED,
               "the station stopped")  # fmt: skip
    [seq] = [row[0] for row in station.db.execute("SELECT MAX(seq) FROM airings")]
    station.air_again(seq)
    assert calls == []
    replaced = station.add_slot("trua", "11:30", announce=["thu"])
    assert len(calls) == 2  # the week before and after: what a replacement stops is said
    assert replaced.replaced is not None


def rundown_at(station: Path, moment: str, *args: str) -> list[str]:
    """`broadcaster rundown` as the officer runs it at `moment` (UTC, "2030-01-01 13:00:00"),
    in Vietnamese: its own process under libfaketime."""
    environment = {k: v for k, v in os.environ.items() if k not in ("LC_ALL", "LC_MESSAGES",
                                                                     "LANG")}  # fmt: skip
    environment |= {"LANGUAGE": "vi", "TZ": "UTC", "LD_PRELOAD": FAKETIME[0],
                    "FAKETIME": f"@{moment}", "FAKETIME_DONT_FAKE_MONOTONIC": "1",
                    "DONT_FAKE_MONOTONIC": "1"}  # fmt: skip
    said = subprocess.run([sys.executable, "-m", "cli", "--station", str(station), "rundown",
                           *args], capture_output=True, text=True, env=environment)  # fmt: skip
    assert said.returncode == 0, said.stderr
    return said.stdout.splitlines()


def nothing_more_today(said: list[str], coming: str) -> None:
    """`rundown`'s two lines of an evening: nothing more today, then what airs next
    (`coming`: when, slot, notices), with its length in seconds."""
    assert said[0] == "Hôm nay không còn lượt phát nào.", said
    assert re.fullmatch(rf"Lượt phát tới: {re.escape(coming)} \(\d+ giây\)\.", said[1]), said


def test_in_the_evening_the_rundown_says_what_airs_next(
    station: Path, scripts: Path, run: Run
) -> None:
    """w29office: run at 20:00, after the day's last slot, `rundown` said only that nothing
    airs. It says so of today, then the next airing with something to air, whenever it is
    (not always tomorrow's first slot), with its notices and length; with none in the week
    after, that none comes, and where to look."""
    write_script(scripts, "hop.md", "Họp thôn tối nay.", id="hop", title="Họp thôn")
    run("announce", "add", str(scripts / "hop.md"))
    run("schedule", "add", "chieu", "--at", "17:00", "--days", "tue", "--announce", "hop")
    run("schedule", "add", "sang", "--title", "Buổi sáng", "--at", "06:30", "--days", "thu",
        "--announce", "hop")  # fmt: skip
    evening = "2030-01-01 13:00:00"  # Tuesday 20:00 in Vietnam; Thursday's 06:30 is next
    said = rundown_at(station, evening)
    nothing_more_today(said, "Thứ Năm 03/01/2030 06:30, Buổi sáng: Họp thôn")
    assert len(said) == 2, said
    afternoon = rundown_at(station, "2030-01-01 09:00:00")  # 16:00: today's slot still to come
    assert afternoon[0].startswith("Thứ Ba 01/01/2030 17:00  chieu  1 thông báo"), afternoon
    assert not [line for line in afternoon if "Lượt phát tới" in line], afternoon

    for name in ("sang", "chieu"):  # this Tuesday's slot its last: none the week after
        run("schedule", "remove", name)
    run("schedule", "add", "chieu", "--at", "17:00", "--days", "tue", "--until", "01/01/2030",
        "--announce", "hop")  # fmt: skip
    said = rundown_at(station, evening, "--days", "2")
    assert said == [
        "Không có gì được phát trong khoảng thời gian này.",
        "7 ngày sau đó cũng không có gì được phát (xem các khung giờ: broadcaster schedule "
        "list; xem các thông báo: broadcaster announce list).",
    ], said


def test_the_rundown_s_next_airing_is_one_that_airs(station: Path, scripts: Path, run: Run) -> None:
    """v29review: in the evening `rundown` named as "Lượt phát tới" Thursday's 06:30, whose
    program had grown past its slot's limit (the station refuses it, and the rundown of those
    days said so), and counted it among the period's airings; a slot inside quiet hours
    widened since it was made was listed as airing too, though the daemon refuses it. Each
    says it will not air, is not counted, and the next airing is one that airs. At the
    calendar's end the rundown with nothing to air said a traceback."""
    write_script(scripts, "hop.md", "Họp thôn.", id="hop", title="Họp thôn")
    run("announce", "add", str(scripts / "hop.md"))
    run("schedule", "add", "sang", "--at", "06:30", "--days", "thu", "--announce", "hop",
        "--max-minutes", "0.2")  # fmt: skip
    write_script(scripts, "hop.md", "Họp thôn tối nay. " * 30, id="hop", title="Họp thôn")
    run("announce", "add", str(scripts / "hop.md"))  # version 2, longer than 12 s
    run("schedule", "add", "chieu", "--at", "17:00", "--days", "fri", "--announce", "hop")
    evening = "2030-01-01 13:00:00"  # Tuesday 20:00 in Vietnam
    nothing_more_today(rundown_at(station, evening), "Thứ Sáu 04/01/2030 17:00, chieu: Họp thôn")
    week = rundown_at(station, evening, "--days", "3")
    assert "    ! dài hơn giới hạn 12 giây của khung giờ: sẽ không được phát" in week, week
    assert week[-2] == "Không có gì được phát trong khoảng thời gian này.", week
    assert week[-1].startswith("Lượt phát tới: Thứ Sáu 04/01/2030 17:00, chieu"), week

    set_config(station, "quiet_hours", '["16:00", "07:00"]')  # widened after the slots
    week = rundown_at(station, evening, "--days", "4")
    quiet = "    ! trong giờ yên tĩnh của đài (16:00–07:00): sẽ không được phát"
    assert week.count(quiet) == 2, week
    assert week[-2:] == [
        "Không có gì được phát trong khoảng thời gian này.",
        "7 ngày sau đó cũng không có gì được phát (xem các khung giờ: broadcaster schedule "
        "list; xem các thông báo: broadcaster announce list).",
    ], week
    end = rundown_at(station, evening, "--date", "31/12/9999", "--days", "3")
    assert end[-2] == "Không có gì được phát trong khoảng thời gian này.", end  # Friday 17:00 quiet


def test_an_airing_after_midnight_is_said_on_its_own_day(
    station: Path, scripts: Path, run: Run
) -> None:
    """w30office 4: run at 23:30, with the next airing at 00:15, `rundown` says nothing more
    airs today and names tomorrow's 00:15; tomorrow's rundown lists it first, on its day."""
    write_script(scripts, "hop.md", "Họp thôn.", id="hop", title="Họp thôn")
    run("announce", "add", str(scripts / "hop.md"))
    run("schedule", "add", "khuya", "--at", "00:15", "--days", "wed", "--announce", "hop")
    run("schedule", "add", "sang", "--at", "06:30", "--days", "wed", "--announce", "hop")
    late = "2030-01-01 16:30:00"  # Tuesday 23:30 in Vietnam
    nothing_more_today(rundown_at(station, late), "ngày mai 00:15, khuya: Họp thôn")
    tomorrow = rundown_at(station, late, "--date", "02/01/2030")
    assert [line.split("  ")[:2] for line in tomorrow if "thông báo" in line] == [
        ["Thứ Tư 02/01/2030 00:15", "khuya"], ["Thứ Tư 02/01/2030 06:30", "sang"]
    ], tomorrow  # fmt: skip
    assert (
        rundown_at(station, late, "--date", "01/01/2030")[0] == "Hôm nay không còn lượt phát nào."
    )
