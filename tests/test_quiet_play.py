"""Manual `play` in quiet hours: refused, unless the operator orders it with a reason,
which the airing's row keeps (and the report prints); scheduled airings never pass."""

from __future__ import annotations

import json
import os
import pwd
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import click
import pytest
from conftest import HCM, Run, set_config, store_dump, write_script
from test_report import airing_dicts

from broadcaster.airing import air
from broadcaster.airing_log import Occasion, Trigger
from broadcaster.station import InQuietHours, Station, StationError

TEXT = "Bà con lưu ý: sáng mai cắt điện từ năm giờ đến bảy giờ."


@pytest.fixture
def night(tmp_path: Path, scripts: Path) -> Station:
    root = tmp_path / "quiet"
    Station.create(root, "Xã Yên Tĩnh", quiet_hours=("21:00", "05:00"))
    set_config(root, "engines", '["espeak"]')
    station = Station.open(root, clock=lambda: datetime(2026, 3, 2, 22, 30, tzinfo=HCM))
    station.add_announcements([write_script(scripts, "a.md", TEXT, id="cat-dien")])
    station.approve("cat-dien", "Chủ tịch UBND xã")
    return station


def test_play_in_quiet_hours_is_refused_without_a_reason(night: Station) -> None:
    before = store_dump(night.root)
    with pytest.raises(InQuietHours, match=r"quiet hours \(21:00–05:00\)"):
        night.play(["cat-dien"], sink="null")
    with pytest.raises(StationError, match="the reason is empty"):
        night.play(["cat-dien"], sink="null", despite_quiet_hours="  ", by="Lan")
    assert store_dump(night.root) == before  # nothing logged


def test_play_in_quiet_hours_with_a_reason_airs_and_logs_who_and_why(
    night: Station, tmp_path: Path
) -> None:
    airing = night.play(["cat-dien"], sink=f"file:{tmp_path}/out",
                        despite_quiet_hours="Điện lực báo cắt điện sớm", by="Lan")  # fmt: skip
    assert airing.status == "aired"
    [row] = night.airings()
    assert row["trigger"] == "manual" and row["status"] == "aired"
    assert row["error"] == ("aired in quiet hours (21:00–05:00) on the operator's order: "
                            "Điện lực báo cắt điện sớm (Lan)")  # fmt: skip
    out = tmp_path / "bao-cao.csv"
    night.export_log("csv", out)
    [line] = airing_dicts(out)
    assert "Điện lực báo cắt điện sớm (Lan)" in line["Ghi chú"]


def test_a_scheduled_airing_never_passes_quiet_hours(night: Station) -> None:
    occasion = Occasion(Trigger.SCHEDULE, slot="dem", scheduled_at=night.clock(),
                        despite_quiet_hours="không được dùng cho lịch")  # fmt: skip
    airing = air(night, ["cat-dien"], night.sink("null"), occasion=occasion)
    assert airing is not None and airing.status == "missed"
    assert "quiet hours" in (airing.error or "")


def test_the_command_line_says_how_and_logs_the_reason(quick: Path, run: Run) -> None:
    now = datetime.now(HCM)
    span = f"{now - timedelta(hours=1):%H:%M}-{now + timedelta(hours=1):%H:%M}"
    run("config", "set", "quiet_hours", span)
    refused = run("play", "--announce", "ngan", "--sink", "null", code=1).stderr
    assert "only emergency announcements air now" in refused
    assert "--despite-quiet-hours REASON" in refused
    run("play", "--announce", "ngan", "--sink", "null", "--despite-quiet-hours",
        "Thử loa sau khi sửa", "--by", "Lan")  # fmt: skip
    [row] = json.loads(run("log", "list", "--json").stdout)
    assert row["status"] == "aired" and "Thử loa sau khi sửa (Lan)" in row["error"]


def test_who_orders_it_is_the_login_name_even_without_user_set(
    quick: Path, run: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The README's default for --by: the login name, from the account when $USER is unset;
    never the English word 'operator'. An empty or blank --by is refused, nothing logged."""
    now = datetime.now(HCM)
    run("config", "set", "quiet_hours",
        f"{now - timedelta(hours=1):%H:%M}-{now + timedelta(hours=1):%H:%M}")  # fmt: skip
    for name in ("LOGNAME", "USER", "LNAME", "USERNAME"):
        monkeypatch.delenv(name, raising=False)
    login = pwd.getpwuid(os.getuid()).pw_name
    run("play", "--announce", "ngan", "--sink", "null", "--despite-quiet-hours", "Cắt điện")
    [row] = json.loads(run("log", "list", "--json").stdout)
    assert row["error"].endswith(f"Cắt điện ({login})") and "(operator)" not in row["error"]
    before = store_dump(quick)
    for blank in ("", "   "):
        for command in (["play", "--announce", "ngan", "--sink", "null",
                         "--despite-quiet-hours", "Cắt điện"],
                        ["emergency", "--text", "Khẩn.", "--sink", "null"],
                        ["announce", "approve", "ngan"]):  # fmt: skip
            refused = run(*command, "--by", blank, code=1).stderr
            assert "--by" in refused and "not an empty one" in refused, refused
            assert refused.strip().count("\n") == 0, refused
    assert store_dump(quick) == before


def test_every_command_taking_by_shares_the_one_option() -> None:
    """Station and office commands alike: the same default and the same refusal."""
    import cli

    def commands(group: click.Command) -> Iterator[click.Command]:
        yield group
        for sub in getattr(group, "commands", {}).values():
            yield from commands(sub)

    found = [p for c in commands(cli.cli) for p in c.params if p.name == "by"]
    assert len(found) >= 5
    assert all(p.callback is cli.a_name for p in found)
    assert all(p.required or p.default is cli.login_name for p in found)
