"""The facade's operations for the web console's announcement and jingle pages (notices.py):
a typed notice is checked and stored as its file would be, files sent from a browser are added
as `announce add` adds them, announcements are found by status, campaign and words, and two
versions are compared word by word. In English: the pages' Vietnamese has tests of its own."""

from __future__ import annotations

import io
from datetime import datetime
from pathlib import Path

import pytest
from conftest import HCM, SetClock, make_tone, query, store_dump, write_script

from announcements.script import ScriptError
from broadcaster.station import Station
from common.errors import BroadcasterError

NOVEMBER_30 = datetime(2026, 11, 30, 8, 0, tzinfo=HCM)
"""The day the dates below were written on: a station on this clock takes them in any year."""


def test_a_typed_notice_is_stored_exactly_as_the_same_file_would_be(
    station: Path, scripts: Path
) -> None:
    opened = Station.open(station, SetClock(NOVEMBER_30))  # its dates to come, in any year
    typed = opened.type_announcement(
        "Họp  lúc 19h.", "Họp thôn", announcement_id="hop", campaign="thon", repeat="2",
        valid_from="30/11/2026", valid_until="2026-12-31", voice="vi-vn-x-central",
    )  # fmt: skip
    filed = opened.add_announcements([write_script(
        scripts, "hop2.md", "Họp  lúc 19h.", id="hop2", title="Họp thôn", campaign="thon",
        repeat=2, valid_from="2026-11-30", valid_until="2026-12-31", voice="vi-vn-x-central",
    )])[0]  # fmt: skip
    assert (typed.change, filed.change) == ("new", "new")
    columns = "title, campaign, priority, repeat, valid_from, valid_until, voice, kind, version"
    [a] = query(station, f"SELECT {columns} FROM announcements WHERE id = 'hop'")
    [b] = query(station, f"SELECT {columns} FROM announcements WHERE id = 'hop2'")
    assert a == b
    heard = "SELECT content_sha256 FROM announcement_versions WHERE announcement_id = ?"
    assert query(station, heard, ("hop",)) == query(station, heard, ("hop2",))


def test_a_new_notice_never_replaces_another_but_an_edit_makes_a_new_version(
    opened: Station, station: Path
) -> None:
    first = opened.type_announcement("Lần một.", "Dọn vệ sinh")
    second = opened.type_announcement("Lần hai.", "Dọn vệ sinh")
    assert (first.id, second.id) == ("don-ve-sinh", "don-ve-sinh-2")
    with pytest.raises(ScriptError) as refused:
        opened.type_announcement("Khác.", "Khác", announcement_id="don-ve-sinh")
    assert refused.value.field == "id"
    edited = opened.type_announcement("Lần một, sửa.", "Dọn vệ sinh", announcement_id="don-ve-sinh",
                                      editing=True)  # fmt: skip
    assert (edited.id, edited.version, edited.change) == ("don-ve-sinh", 2, "updated")
    diff = opened.compare_versions("don-ve-sinh", 1, 2)
    assert diff.changed
    # by word, a mark of punctuation on its own: only what was put in is marked
    assert diff.parts == (("same", "Lần một"), ("added", ", sửa"), ("same", "."))
    assert not opened.compare_versions("don-ve-sinh", 2, 2).changed
    with pytest.raises(BroadcasterError) as missing:
        opened.compare_versions("don-ve-sinh", 1, 3)
    assert missing.value.field == "new" and "no version 3" in str(missing.value)


@pytest.mark.parametrize(
    ("fields", "field"),
    [
        ({"title": ""}, "title"),
        ({"repeat": "6"}, "repeat"),
        ({"repeat": "1.5"}, "repeat"),
        ({"valid_from": "mai nữa"}, "valid_from"),
        ({"valid_from": "2026-12-31", "valid_until": "2026-12-01"}, "valid_until"),
        ({"priority": "khẩn"}, "priority"),
        ({"voice": "en-us"}, "voice"),
        ({"announcement_id": "A B"}, "id"),
        ({"announcement_id": "khan-cap-9"}, "id"),
        ({"announcement_id": "none", "editing": True}, "id"),
        ({"text": ""}, "text"),
    ],
)
def test_each_refusal_names_its_field_and_stores_nothing(
    opened: Station, station: Path, fields: dict[str, object], field: str
) -> None:
    before = store_dump(station)
    values: dict[str, object] = {"text": "Nội dung.", "title": "Tiêu đề"} | fields
    with pytest.raises(BroadcasterError) as refused:
        opened.type_announcement(values.pop("text"), values.pop("title"), **values)  # type: ignore[arg-type]
    assert refused.value.field == field
    assert store_dump(station) == before


def test_files_from_a_browser_go_in_as_announce_add_takes_them(
    opened: Station, station: Path, tmp_path: Path
) -> None:
    script = "---\nid: loa\ntitle: Loa\naudio: loa.wav\n---\nLoa thử.\n".encode()
    tone = make_tone(tmp_path / "t.wav", seconds=1).read_bytes()
    mp3 = make_tone(tmp_path / "x.mp3").read_bytes()
    sent = [("loa.md", script), ("loa.wav", tone), ("Tin mới.mp3", mp3)]
    added = opened.add_uploads([(name, io.BytesIO(body)) for name, body in sent], by="lan")
    assert [(a.id, a.change) for a in added] == [("loa", "new"), ("tin-moi", "new")]
    assert query(station, "SELECT id, kind FROM announcements WHERE id IN ('loa', 'tin-moi') "
                 "ORDER BY id") == [("loa", "recording"), ("tin-moi", "recording")]  # fmt: skip
    assert not list(station.glob(".upload-*"))
    before = store_dump(station)
    for names in (["a/../"], ["x.md", "x.md"], [".x.md"]):
        with pytest.raises(BroadcasterError) as refused:
            opened.add_uploads([(name, io.BytesIO(b"x")) for name in names])
        assert refused.value.field == "files"
    assert store_dump(station) == before


def test_finding_looks_at_id_title_and_text_without_accents(opened: Station) -> None:
    opened.type_announcement("Tiêm phòng dại cho chó mèo.", "Tiêm phòng", campaign="thu-y")
    opened.type_announcement("Nộp thuế đất.", "Thuế", campaign="thue")
    opened.type_announcement("Mưa lớn.", "Thời tiết")
    opened.retire("thue", "Lan")

    def ids(**asked: str) -> list[str]:
        return [a.id for a in opened.find_announcements(**asked).announcements]  # type: ignore[arg-type]

    assert ids(words="TIEM dai") == ["tiem-phong"]
    assert ids(words="thuế") == []  # retired
    assert ids(status="retired") == ["thue"]
    assert ids(campaign="thu-y") == ["tiem-phong"]
    assert ids(words="chó mèo", status="draft") == []  # approved at once on this station
    assert ids(words="chó mèo", status="approved") == ["tiem-phong"]
    everything = opened.find_announcements()
    page = opened.find_announcements(offset=1, limit=1)
    assert page.total == everything.total > 1
    assert page.announcements == everything.announcements[1:2]
    assert "thu-y" in opened.campaigns() and "thue" in opened.campaigns()
    with pytest.raises(BroadcasterError):
        opened.find_announcements(status="old")


def test_a_lexicon_entry_has_sane_lengths(opened: Station, station: Path) -> None:
    for term, spoken, field in (("", "x", "term"), ("x", " ", "spoken"), ("x" * 101, "y", "term"),
                                ("x", "y" * 501, "spoken")):  # fmt: skip
        with pytest.raises(BroadcasterError) as refused:
            opened.set_pronunciation(term, spoken, "Lan")
        assert refused.value.field == field
    assert query(station, "SELECT COUNT(*) FROM lexicon") == [(0,)]


def test_the_jingles_are_listed_in_airing_order_and_one_sent_from_a_browser_is_checked(
    opened: Station, station: Path, tmp_path: Path
) -> None:
    assert [(j.role, round(j.duration_s, 1)) for j in opened.jingles()] == [
        ("intro", 2.4),
        ("outro", 2.4),
    ]
    tone = make_tone(tmp_path / "b.ogg", seconds=1).read_bytes()
    asset = opened.upload_jingle("bridge", "Nhạc.ogg", io.BytesIO(tone), by="lan")
    [bridge] = [j for j in opened.jingles() if j.role == "bridge"]
    assert bridge.path == asset.path and bridge.source == "web:lan/Nhạc.ogg"
    before = store_dump(station)
    with pytest.raises(BroadcasterError) as refused:
        opened.upload_jingle("intro", "x.wav", io.BytesIO(b"RIFF not really"))
    assert refused.value.field == "file" and ".upload-" not in str(refused.value)
    assert store_dump(station) == before


def test_previews_are_kept_by_content_and_only_the_newest_few(
    opened: Station, station: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from broadcaster import notices

    monkeypatch.setattr(notices, "PREVIEWS_KEPT", 2)
    made = []
    for n in range(3):
        opened.type_announcement(f"Thông báo thử số {n}.", f"Thử {n}")
        made.append(opened.preview(f"thu-{n}"))
    assert opened.preview("thu-2") == made[2]  # the same content: the same file
    assert sorted((station / "programs" / "previews").iterdir()) == sorted(made[1:])
