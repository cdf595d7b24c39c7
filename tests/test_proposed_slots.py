"""A campaign's schedule.toml that the office publishes arrives at sync as proposed slots:
the officer accepts them (or the station takes them at once with `[upstream]
auto_accept_schedule = true`); a clash with the station's own slots is reported and never
merged."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
from conftest import Run, set_config, store_dump
from test_upstream import campaign_dir, make_office

from upstream.repository import Repository

SCHEDULE = """
[[slot]]
name = "bz-sang"
at = "6h30"
days = "T2-T6"
campaign = "bluezone"

[[slot]]
name = "bz-chieu"
at = "17:00"
"""
"""A slot of a campaign's own schedule that names no campaign airs that campaign."""


@pytest.fixture
def office(tmp_path: Path) -> Repository:
    repo = make_office(tmp_path)
    (campaign_dir(repo) / "schedule.toml").write_text(SCHEDULE, "utf-8")
    repo.publish([campaign_dir(repo)], datetime.now(UTC))
    return repo


@pytest.fixture
def trusting(station: Path, run: Run, office: Repository) -> Path:
    run("trust", str(office.metadata / "1.root.json"))
    return station


def slot_names(run: Run) -> list[str]:
    return sorted(s["name"] for s in json.loads(run("schedule", "list", "--json").stdout))


def test_published_slots_are_proposed_then_accepted(
    trusting: Path, run: Run, office: Repository
) -> None:
    out = run("sync", str(office.root_dir)).stdout
    assert "slot bz-sang proposed by the office (bluezone, 06:30 Mon–Fri)" in out
    assert "broadcaster schedule accept bz-sang" in out
    assert slot_names(run) == []  # nothing airs on the office's say-so alone
    proposed = json.loads(run("schedule", "proposed", "--json").stdout)
    assert [(p["name"], p["published_in"], p["campaign"], p["problem"]) for p in proposed] == [
        ("bz-chieu", "bluezone", "bluezone", None), ("bz-sang", "bluezone", "bluezone", None),
    ]  # fmt: skip
    assert "2 slot(s) proposed by the upstream office wait for acceptance" in run("status").stdout

    drafts = sum(
        a["status"] == "draft" for a in json.loads(run("announce", "list", "--json").stdout)
    )
    assert drafts  # the campaign arrived, waiting for approval: the slot airs nothing yet
    accepted = run("schedule", "accept", "bz-sang")
    assert (
        f"slot bz-sang airs nothing yet: none of its announcements is approved ({drafts} drafts "
        "wait for approval)" in accepted.stderr
    )  # trial 3 F19: never "campaign 'bluezone' has no announcements"
    assert "has no announcements" not in accepted.stderr
    assert slot_names(run) == ["bz-sang"]
    run("schedule", "accept", "--campaign", "bluezone")
    assert slot_names(run) == ["bz-chieu", "bz-sang"]
    assert json.loads(run("schedule", "proposed", "--json").stdout) == []
    assert "wait for acceptance" not in run("status").stdout
    # the office publishes the same schedule again: nothing new is proposed
    office.publish([campaign_dir(office)], datetime.now(UTC))
    run("sync", str(office.root_dir))
    assert json.loads(run("schedule", "proposed", "--json").stdout) == []


def test_auto_accept_takes_what_fits_and_reports_the_clash(
    trusting: Path, run: Run, office: Repository, scripts: Path
) -> None:
    set_config(trusting, "auto_accept_schedule", "true")
    run("announce", "add", str(_note(scripts)))
    run("schedule", "add", "hop", "--at", "17:00", "--announce", "hop")  # where bz-chieu goes
    result = run("sync", str(office.root_dir))
    assert "slot bz-sang taken from the office's schedule" in result.stdout
    assert "slot bz-chieu proposed by the office" in result.stdout
    assert "overlaps slot 'hop', whose program airs 17:00–17:00:08" in result.stderr
    assert slot_names(run) == ["bz-sang", "hop"]
    [waiting] = json.loads(run("schedule", "proposed", "--json").stdout)
    assert waiting["name"] == "bz-chieu" and "overlaps slot 'hop'" in waiting["problem"]
    before = store_dump(trusting)
    refused = run("schedule", "accept", "bz-chieu", code=1).stderr
    assert "cannot join the schedule" in refused and "overlaps slot 'hop'" in refused
    assert store_dump(trusting) == before
    run("schedule", "remove", "hop")
    run("schedule", "accept", "--all")
    assert slot_names(run) == ["bz-chieu", "bz-sang"]


def test_a_proposal_named_like_a_local_slot_is_never_merged(
    trusting: Path, run: Run, office: Repository, scripts: Path
) -> None:
    run("announce", "add", str(_note(scripts)))
    run("schedule", "add", "bz-sang", "--at", "08:00", "--announce", "hop")
    run("sync", str(office.root_dir))
    before = store_dump(trusting)
    refused = run("schedule", "accept", "bz-sang", code=1).stderr
    assert "has the name of a slot of this station" in refused
    assert store_dump(trusting) == before
    [local] = json.loads(run("schedule", "list", "--json").stdout)
    assert (local["at"], local["announcements"]) == ("08:00:00", ["hop"])


def test_a_published_schedule_the_station_cannot_read_refuses_its_campaign(
    trusting: Path, run: Run, office: Repository, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An office that does not read its schedule as a station does (one from before session
    twelve; test_publish.py shows today's refuses it) publishes a time of 25:00: that campaign
    is refused (review19 #2: alone; here it is the only one), said with the time at fault."""
    (campaign_dir(office) / "schedule.toml").write_text(
        '[[slot]]\nname = "dem"\nat = "25:00"\ncampaign = "bluezone"\n', "utf-8"
    )
    monkeypatch.setattr(Repository, "_check_as_a_station", lambda *args: None)
    office.publish([campaign_dir(office)], datetime.now(UTC))
    before = store_dump(trusting)
    refused = run("sync", str(office.root_dir), code=1).stderr
    assert "did not take the office's campaign bluezone" in refused
    assert "'25:00' is not a time of day" in refused, refused
    after = store_dump(trusting)
    # only the attempt is remembered (for status); nothing of the campaign is applied
    assert [
        line for line in after.splitlines() if "announcements" in line and "INSERT" in line
    ] == []
    assert before.count("proposed_slots") == after.count("proposed_slots")


def _note(scripts: Path) -> Path:
    path = scripts / "hop.md"
    path.write_text("---\nid: hop\n---\nHọp thôn tối nay.\n", "utf-8")
    return path
