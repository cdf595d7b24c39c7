"""Cần chú ý, every kind of item at once (o12b C2): each item is short sentences with a
capital and a full stop, one kind of quotes, and one next step; the log's repair advice for
a fault stays in Nhật ký and is not pasted into the item (Flask's test client)."""

from __future__ import annotations

import re
from datetime import timedelta
from pathlib import Path

import pytest
from conftest import SetClock, Visitor, set_config, write_script
from test_upstream import make_office
from test_web_log import logged
from test_web_warnings import no_sound_card, to_know, warnings

from broadcaster import health
from broadcaster.airing_log import AiringStatus, Occasion, Trigger, log_airing, planned_entries
from broadcaster.station import Station

__all__ = ["logged"]  # the fixture, imported for these tests

LONGEST = 40
"""Syllables in one sentence at most: o12b's item was one sentence of 110."""


def every_kind(station: Station, console_clock: SetClock, tmp_path: Path) -> None:
    """Besides `logged` (a missed slot, a failed airing by hand): the sound card missing (in
    the offline voice), a slot cut by a crash, one cut by an emergency, an emergency cut, a
    notice changed after approval, a retired one a slot names, one missing, the upstream
    never synced and a nearly full disk (monkeypatched by the caller)."""
    station.play(["bluezone"], sink="device:khong-co")
    now = console_clock.now
    log_airing(station, Occasion(Trigger.SCHEDULE, "sang", now), "null",
               planned_entries(station, ["bluezone"]), AiringStatus.INTERRUPTED,
               "the station stopped")  # fmt: skip
    _number, emergency = station.create_emergency(
        "duyet", "Nước sông Hồng đang lên nhanh, bà con vùng bãi di chuyển ngay lên đê."
    )
    log_airing(station, Occasion(Trigger.SCHEDULE, "sang", now - timedelta(hours=1)), "null",
               planned_entries(station, ["bluezone"]), AiringStatus.PREEMPTED,
               f"preempted by emergency announcement {emergency}")  # fmt: skip
    log_airing(station, Occasion(Trigger.EMERGENCY), "null", planned_entries(station, [emergency]),
               AiringStatus.INTERRUPTED, "the station stopped")  # fmt: skip
    station.add_announcements([write_script(tmp_path, "bz.md", "Cài đặt Bluezone ngay hôm nay.",
                                            id="bluezone", title="Cài Bluezone",
                                            campaign="bluezone")])  # fmt: skip
    station.approve("thu", "Chủ tịch xã")
    station.add_slot("trua", "11:00", announce=["thu"])
    station.retire("thu", "Chủ tịch xã")
    office = make_office(tmp_path / "office")
    station.trust(str(office.metadata / "1.root.json"))


def test_every_item_of_can_chu_y_is_short_sentences_with_one_next_step(
    visitor: Visitor, logged: Path, console_clock: SetClock, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    no_sound_card(monkeypatch)
    monkeypatch.setattr(health, "DISK_LOW", 2**62)  # this disk counts as nearly full
    monkeypatch.setattr(health, "DISK_LOW_SHARE", 1.0)
    set_config(logged, "engines", '["gtts", "espeak"]')  # no network here: espeak-ng
    station = Station.open(logged, console_clock)
    every_kind(station, console_clock, tmp_path)
    set_config(logged, "source", '"http://127.0.0.1:9/kho"')  # nothing listens there
    visitor.sign_in("vanhanh")
    items = warnings(visitor)
    kinds = ("(bỏ lỡ)", "(lỗi): máy không thấy card", "(gián đoạn)", "(bị ngắt)",
             "chưa đồng bộ", "sắp đầy", "đang chờ duyệt", "đã ngừng phát")  # fmt: skip
    # the offline voice asks nothing of her: under Để biết, not Cần chú ý (w15d)
    assert any("giọng đọc ngoại tuyến" in item for item in to_know(visitor))
    assert not any("giọng đọc ngoại tuyến" in item for item in items)
    # nor inside a failed airing's item, which is about the loudspeakers (o17lan5 finding 9)
    assert not any("giọng ngoại tuyến" in item for item in items), items
    for kind in kinds:  # the walk reaches every kind the overview can say
        assert any(kind in item for item in items), (kind, items)
    for item in items:
        assert item.endswith("."), item
        quoted = item.replace("alert('x')", "")  # the fixture's title, as typed
        assert ";" not in item and "'" not in quoted and '"' not in quoted, item
        for said in re.split(r"(?<=[.?!])\s+", item):
            assert said[0].isupper() or said[0] in "“(", (said, item)
            assert len(said.split()) <= LONGEST, (said, item)
        # one next step: the button, never also the log's "restart, then air again"
        assert not ("bấm" in item and "rồi phát lại" in item), item
    [card] = [item for item in items if "máy không thấy card" in item]
    assert "Hãy sửa card âm thanh trước" in card and "bấm “Phát lại một lần”" in card
    assert "khởi động lại máy" in text_of_log(visitor)  # the fault's advice stays in Nhật ký


def text_of_log(visitor: Visitor) -> str:
    from test_web import text

    return text(visitor.get("/log").text)
