"""A slot airs the announcements it names and a campaign's, in an order that stays the same
from one airing to the next; a priority notice that belongs to no slot goes first in the
next one, and the rundown says why it is there."""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from conftest import FAST, Run, write_script

from schedules.priority import Priority
from schedules.rundown import Candidate, plan_airings
from schedules.slots import make_slot

HCM = ZoneInfo("Asia/Ho_Chi_Minh")
MONDAY = datetime(2026, 11, 30, 0, 0, tzinfo=HCM)


def candidate(i: str, campaign: str | None, priority: str = "normal") -> Candidate:
    return Candidate(i, campaign, Priority(priority), True, False, None, None)


def test_mixed_slots_air_the_named_ones_then_the_campaign_the_same_every_time() -> None:
    slot = make_slot("sang", "06:30", campaign="bz", announcements=["hop", "rac"],
                     created_at=MONDAY)  # fmt: skip
    found = [candidate("bz-b", "bz"), candidate("bz-a", "bz"), candidate("rac", None),
             candidate("hop", "bz"), candidate("gap", "bz", "priority")]  # fmt: skip
    planned = plan_airings([slot], found, MONDAY, MONDAY + timedelta(days=3), HCM)
    assert len(planned) == 3
    for airing in planned:  # priority first; then named order, then the campaign's by id
        assert airing.announcement_ids == ("gap", "hop", "rac", "bz-b", "bz-a")
        assert airing.pulled_in == ()


def test_a_pending_priority_notice_is_pulled_into_the_next_airing_only() -> None:
    slots = [make_slot("sang", "06:30", announcements=["hop"], created_at=MONDAY),
             make_slot("chieu", "17:00", campaign="bz", created_at=MONDAY)]  # fmt: skip
    found = [
        candidate("hop", None),
        candidate("bz-a", "bz"),
        candidate("bao", "thoi-tiet", "priority"),
        candidate("bz-gap", "bz", "priority"),
    ]
    first, second, *_ = plan_airings(slots, found, MONDAY, MONDAY + timedelta(days=2), HCM,
                                     pending_priority=["bao", "bz-gap"])  # fmt: skip
    assert first.slot == "sang" and first.announcement_ids == ("bao", "bz-gap", "hop")
    assert first.pulled_in == ("bao", "bz-gap")  # neither is sang's own
    assert second.slot == "chieu" and second.announcement_ids == ("bz-gap", "bz-a")
    assert second.pulled_in == ()  # chieu's own priority notice, in its place


def test_schedule_add_mixes_a_campaign_and_announcements(
    station: Path, scripts: Path, run: Run
) -> None:
    notices = [("hop", "", "normal"), ("bz-a", "bz", "normal"), ("bz-b", "bz", "normal"),
               ("bao", "thoi-tiet", "priority")]  # fmt: skip
    for name, campaign, priority in notices:
        front = {"id": name, "priority": priority} | ({"campaign": campaign} if campaign else {})
        write_script(scripts, f"{name}.md", f"Tin {name}.", **front)
        run("announce", "add", str(scripts / f"{name}.md"))
    run("schedule", "add", "sang", "--at", "06:30", "--campaign", "bz", "--announce", "hop")
    assert "hop + campaign bz" in run("schedule", "list").stdout
    # from tomorrow: whole days ahead, whatever the hour the test runs at
    entries = json.loads(run("rundown", "--date", "mai", "--days", "3", "--json").stdout)
    assert len(entries) == 3
    ids = [[item["announcement_id"] for item in e["items"]] for e in entries]
    # the priority notice of no slot goes first once (it has not aired yet), said why
    assert ids[0] == ["bao", "hop", "bz-a", "bz-b"]
    assert ids[1] == ids[2] == ["hop", "bz-a", "bz-b"]
    assert entries[0]["items"][0]["why"].startswith("priority notice that has not aired yet")
    assert all(item["why"] is None for item in entries[0]["items"][1:])
    text = run("rundown", "--date", "mai", "--days", "1").stdout
    assert "↳ why here: priority notice that has not aired yet" in text
    # after it has aired, it is pulled in no more
    run("play", "--announce", "bao", "--sink", FAST)
    entries = json.loads(run("rundown", "--date", "mai", "--days", "2", "--json").stdout)
    assert [i["announcement_id"] for i in entries[0]["items"]] == ["hop", "bz-a", "bz-b"]


def test_a_schedule_file_mixes_them_too(station: Path, scripts: Path, run: Run) -> None:
    for name in ("hop", "bz-a"):
        write_script(scripts, f"{name}.md", f"Tin {name}.", id=name, campaign="bz")
        run("announce", "add", str(scripts / f"{name}.md"))
    (scripts / "lich.toml").write_text(
        '[[slot]]\nname = "sang"\nat = "6h30"\ncampaign = "bz"\nannounce = ["hop"]\n', "utf-8"
    )
    run("schedule", "import", str(scripts / "lich.toml"))
    [slot] = json.loads(run("schedule", "list", "--json").stdout)
    assert (slot["campaign"], slot["announcements"]) == ("bz", ["hop"])


def test_a_campaign_airs_its_notices_in_the_order_the_console_lists_them(
    station: Path, scripts: Path, run: Run
) -> None:
    """Officer re-trial eleven, N4: the Bluezone slots aired "Vận động…" first (its id,
    bluezone-cai-dat, comes first), the slot Lan ticked the same notices into aired "Cơ
    quan…" first (the console lists them by title), so she could not tell which order airs.
    Both now air them by title, as Vietnamese alphabetises it, and every list follows."""
    notices = [("bz-a", "Vận động cài đặt"), ("bz-b", "Cơ quan, đơn vị"),
               ("bz-c", "Hướng dẫn cài đặt"), ("bz-d", "Đăng ký")]  # fmt: skip
    for name, title in notices:
        write_script(scripts, f"{name}.md", f"Tin {title}.", id=name, title=title, campaign="bz")
        run("announce", "add", str(scripts / f"{name}.md"))
    in_order = ["bz-b", "bz-d", "bz-c", "bz-a"]  # Cơ, Đăng (đ after d), Hướng, Vận
    run("schedule", "add", "sang", "--at", "06:30", "--campaign", "bz")
    ticked = (a for i in in_order for a in ("--announce", i))  # as the console's form sends them
    run("schedule", "add", "chieu", "--at", "17:00", *ticked)
    entries = json.loads(run("rundown", "--date", "mai", "--days", "1", "--json").stdout)
    assert [[i["announcement_id"] for i in e["items"]] for e in entries] == [in_order] * 2
    run("play", "--campaign", "bz", "--sink", FAST)  # by hand, in the same order
    [played] = json.loads(run("log", "list", "--json").stdout)
    assert [item["announcement_id"] for item in played["items"]] == in_order


def test_a_priority_notice_aired_only_into_a_file_is_due_once_the_loudspeakers_play_again(
    station: Path, scripts: Path, run: Run, tmp_path: Path
) -> None:
    """w29reair: a priority notice played only into a file reached nobody, yet was pulled in
    no more, as aired. It is still due; but not into every slot of a station on trial or
    without its card, each into a file again: once an airing reaches the loudspeakers again,
    the next slot pulls it in, and once it aired there, none does."""
    from broadcaster.airing_log import AiringStatus, Occasion, log_airing, planned_entries
    from broadcaster.station import Station

    for name, priority in (("hop", "normal"), ("bao", "priority")):
        write_script(scripts, f"{name}.md", f"Tin {name}.", id=name, priority=priority)
        run("announce", "add", str(scripts / f"{name}.md"))
    run("schedule", "add", "sang", "--at", "06:30", "--announce", "hop")

    def tomorrow() -> list[str]:
        entries = json.loads(run("rundown", "--date", "mai", "--days", "1", "--json").stdout)
        return [item["announcement_id"] for item in entries[0]["items"]]

    def on_the_loudspeakers(notice: str) -> None:
        opened = Station.open(station)
        log_airing(opened, Occasion(), "device", planned_entries(opened, [notice]),
                   AiringStatus.AIRED, "")  # fmt: skip
        opened.close()

    on_the_loudspeakers("hop")
    assert tomorrow() == ["bao", "hop"]
    run("play", "--announce", "bao", "--sink", f"file:{tmp_path / 'ban-ghi'}")
    assert "aired, not to the loudspeakers" in run("log", "list").stdout  # (English here)
    assert tomorrow() == ["hop"]  # nothing since reached a loudspeaker: it waits
    on_the_loudspeakers("hop")  # the card plays again
    assert tomorrow() == ["bao", "hop"]
    assert "↳ why here: priority notice that has not aired yet" in run(
        "rundown", "--date", "mai", "--days", "1").stdout  # fmt: skip
    on_the_loudspeakers("bao")
    assert tomorrow() == ["hop"]
