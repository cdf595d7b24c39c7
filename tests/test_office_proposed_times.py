"""The office's proposed slots checked against each other before they are published (the
province office's trial, w26office #4): two that air at once for a commune that takes both
were published, and every such commune refused one for the overlap. Chị Mai's `publish`, in
Vietnamese, on the session's PostgreSQL (Tân Lập in ven-song, Hòa Bình in vung-nui)."""

from __future__ import annotations

from pathlib import Path

import pytest
from servers import Postgres
from test_office_desk import mai, make_desk, refused


@pytest.fixture(autouse=True)
def _in_vietnamese(vietnamese: None) -> None:
    """Mai's machine speaks Vietnamese."""


def campaign(folder: Path, name: str, schedule: str) -> Path:
    """A campaign folder of one notice, proposing `schedule` (its [[slot]] tables)."""
    found = folder / name
    found.mkdir(parents=True)
    (found / "tb.md").write_text(
        f"---\nid: {name}-1\ntitle: Thông báo {name}\ncampaign: {name}\n"
        f"campaign_title: Chiến dịch {name}\n---\n"
        "Bà con chú ý lịch tiêm chủng.\n",
        encoding="utf-8",
    )
    (found / "schedule.toml").write_text(schedule, encoding="utf-8")
    return found


def slot(name: str, at: str, days: str, limit: int | None = None) -> str:
    limited = f"max_minutes = {limit}\n" if limit else ""
    return f'[[slot]]\nname = "{name}"\nat = "{at}"\ndays = "{days}"\n{limited}'


def test_proposed_slots_that_air_at_once_for_one_commune_are_refused_at_the_office(
    postgres: Postgres, tmp_path: Path
) -> None:
    """Refused, both slots named with their times, nothing published: two slots of two
    campaigns (one reserving ten minutes the other starts within, on the days they share),
    and two of one campaign at one minute. Campaigns for communes that share none are
    published: no commune receives both."""
    desk = make_desk(postgres, tmp_path)
    office = ("--keys", str(desk.keys), "--repo", str(desk.repo), "--db", desk.dsn)
    folders = tmp_path / "chien-dich"
    morning = campaign(folders, "tiem-chung", slot("tiem-sang", "6h30", "T2-T6", limit=10))
    first = mai("publish", *office, str(morning))
    assert first.exit_code == 0, first.stderr
    published = (desk.repo / "metadata" / "timestamp.json").read_bytes()

    music = campaign(folders, "van-nghe", slot("van-nghe-sang", "06:35", "T6-CN"))
    said = refused(mai("publish", *office, str(music)))
    assert said == (
        "Lỗi: khung giờ 'tiem-sang' của chiến dịch 'tiem-chung' (06:30, T2–T6, tối đa 10 phút) "
        "và khung giờ 'van-nghe-sang' của chiến dịch 'van-nghe' (06:35, T6–CN) phát cùng lúc: "
        "xã nào nhận cả hai sẽ từ chối một trong hai; hãy sửa dòng at = (hoặc days =) của một "
        "khung giờ trong schedule.toml rồi phát hành lại."
    ), said
    twice = campaign(
        folders, "phong-chay", slot("pc-1", "17:00", "T7") + slot("pc-2", "17h", "T7-CN")
    )
    said = refused(mai("publish", *office, str(twice)))
    assert "'pc-1' của chiến dịch 'phong-chay' (17:00, T7)" in said, said
    assert "'pc-2' của chiến dịch 'phong-chay' (17:00, T7, CN)" in said, said
    assert (desk.repo / "metadata" / "timestamp.json").read_bytes() == published

    # ven-song and vung-nui share no commune: each airs its own slot at 06:30
    river = mai("publish", *office, "--to", "ven-song", str(morning))
    hills = mai("publish", *office, "--to", "vung-nui", str(music))
    assert (river.exit_code, hills.exit_code) == (0, 0), river.stderr + hills.stderr
    assert "van-nghe" in mai("publish", "--repo", str(desk.repo), "--list").stdout
