"""Files from an old office PC at every door that takes a file or a name (w22c): a recording
or a notice named in an old font (TCVN3, VNI-Windows), a title typed so, a file name that is
not text at all (an old code page's bytes, copied onto a USB stick or out of a zip), and a
schedule saved by Notepad as "Unicode" or in an old font. Each is read right or refused in
one Vietnamese sentence naming the file and what to do, storing nothing; before, the names
went into lists and the signed report as gibberish, and a name's bytes stopped `announce
add` and `jingle set` with a trace. The old fonts' text comes from test_old_fonts' tables."""

from __future__ import annotations

import codecs
import io
import os
import unicodedata
from collections.abc import Callable
from functools import partial
from hashlib import sha256
from pathlib import Path

import pytest
from conftest import make_tone, store_dump
from test_old_fonts import iconv, tcvn3, vni

from announcements.script import canonical_text, read_scripts
from broadcaster.notices import add_uploads
from broadcaster.station import Station
from common.errors import BroadcasterError
from upstream.campaign import CampaignFolder

NAME = "Thông báo họp dân thôn Đông"
TEXT = "Kính mời bà con đến họp tại nhà văn hóa lúc 19 giờ tối nay."
FONTS = [("VNI-Windows", vni), ("TCVN3 (.VnTime)", tcvn3)]
OLD_BYTES = os.fsdecode("Thông báo Tân".encode("cp1258"))
"""A name as an old PC's code page wrote it: not UTF-8, so Python holds it with surrogates."""


def refused(station: Path, door: Callable[[], object]) -> str:
    """The sentence a door refuses with, having stored nothing, printable as it is."""
    before = store_dump(station)
    with pytest.raises(BroadcasterError) as caught:
        door()
    assert store_dump(station) == before
    said = str(caught.value)
    said.encode("utf-8")  # a sentence a terminal and a page can show
    return said


@pytest.mark.parametrize(("font", "typed"), FONTS)
def test_a_name_or_title_in_an_old_font_is_refused_at_every_door_that_takes_one(
    opened: Station, station: Path, scripts: Path, tmp_path: Path, vietnamese: None,
    font: str, typed: Callable[[str], str],
) -> None:  # fmt: skip
    old = typed(NAME)
    recording = make_tone(scripts / f"{old}.wav", seconds=1)
    notice = scripts / f"{old}.txt"  # one line: no heading, so its name is its title
    notice.write_text(TEXT, encoding="utf-8")
    titled = scripts / "hop.md"
    titled.write_text(f"---\ntitle: {old}\n---\n{TEXT}\n", encoding="utf-8")
    campaign = tmp_path / "hop-dan"
    campaign.mkdir()
    make_tone(campaign / f"{old}.wav", seconds=1)
    by_name = {
        "announce add, a recording": lambda: opened.add_announcements([recording]),
        "announce add, a notice": lambda: opened.add_announcements([notice]),
        "the console's upload": lambda: add_uploads(
            opened, [(f"{old}.wav", io.BytesIO(recording.read_bytes()))]
        ),
        "the office's publish": lambda: CampaignFolder(campaign, campaign="hop-dan").read(),
    }
    for door, send in by_name.items():
        said = refused(station, send)
        assert f"tên tệp “{old}” có vẻ được gõ bằng phông chữ cũ {font}" in said, door
        assert "hãy đổi tên tệp, gõ lại tên bằng Unicode" in said, door
    by_title = {
        "a file's title": lambda: opened.add_announcements([titled]),
        "the console's form": lambda: opened.type_announcement(TEXT, old),
    }
    for door, send in by_title.items():
        said = refused(station, send)
        assert f"tiêu đề “{old}” có vẻ được gõ bằng phông chữ cũ {font}" in said, door
        assert "hãy gõ lại bằng Unicode" in said, door


SHORT = ("Chúc mừng năm mới", "Diệt chuột", "Lịch cắt điện", "Họp dân", "Thông báo")


@pytest.mark.parametrize(("font", "typed"), FONTS)
def test_old_font_names_joined_by_underscores_or_dashes_and_short_titles_are_refused(
    opened: Station, station: Path, scripts: Path, vietnamese: None, font: str,
    typed: Callable[[str], str],
) -> None:  # fmt: skip
    """review22 #3: 'Th«ng_b¸o_häp_d©n.wav' (an old PC's, a USB copy's spaces) and a short
    title whose only word Vietnamese never writes ('DiÖt chuét', 'Hoïp daân') were taken,
    then listed and printed as gibberish."""
    old = typed(NAME)
    names = [old.replace(" ", "_"), old.replace(" ", "-"), *map(typed, SHORT)]
    for name in names:
        recording = make_tone(scripts / f"{name}.wav", seconds=1)
        said = refused(station, partial(opened.add_announcements, [recording]))
        assert f"tên tệp “{name}” có vẻ được gõ bằng phông chữ cũ {font}" in said, name
    for title in map(typed, SHORT):
        said = refused(station, partial(opened.type_announcement, TEXT, title))
        assert f"tiêu đề “{title}” có vẻ được gõ bằng phông chữ cũ {font}" in said, title


def test_names_with_foreign_letters_are_taken(opened: Station, scripts: Path) -> None:
    """review22 #2: 'El Niño và La Niña.txt' was refused as TCVN3 ('Niño' read 'Niủo')."""
    notice = scripts / "El Niño và La Niña.txt"
    notice.write_text(TEXT, encoding="utf-8")
    recording = make_tone(scripts / "Bụi mịn 2,5 µm_Müller-Köln.wav", seconds=1)
    short = make_tone(scripts / "Peña.wav", seconds=1)  # one word: 'Peủa' is no syllable
    added = opened.add_announcements([notice, recording, short])
    assert [opened.announcement(a.id).title for a in added] == [
        "El Niño và La Niña", "Bụi mịn 2,5 µm_Müller-Köln", "Peña"]  # fmt: skip


def test_a_file_name_that_is_not_text_is_refused_in_a_sentence_not_a_trace(
    opened: Station, station: Path, scripts: Path, tmp_path: Path, vietnamese: None
) -> None:
    recording = make_tone(scripts / f"{OLD_BYTES}.wav", seconds=1)
    notice = scripts / f"{OLD_BYTES}.txt"
    notice.write_text(TEXT, encoding="utf-8")
    campaign = tmp_path / "hop-dan"
    campaign.mkdir()
    (campaign / f"{OLD_BYTES}.txt").write_text(TEXT, encoding="utf-8")
    doors = {
        "announce add, a recording": lambda: opened.add_announcements([recording]),
        "announce add, a notice": lambda: opened.add_announcements([notice]),
        "jingle set": lambda: opened.set_jingle("intro", recording),
        "the office's publish": lambda: CampaignFolder(campaign, campaign="hop-dan").read(),
    }
    for door, send in doors.items():
        said = refused(station, send)
        assert "tên tệp không phải chữ Unicode" in said, door
        assert "hãy đổi tên tệp, gõ lại tên bằng Unicode" in said, door
        assert "Th\ufffdng b\ufffdo T\ufffdn" in said, door  # the file, as it can be shown


def test_names_typed_apart_on_a_mac_or_a_phone_are_ordinary_names(
    opened: Station, scripts: Path
) -> None:
    """NFD (macOS, some phones): the same title as the letters typed whole."""
    apart = unicodedata.normalize("NFD", NAME)
    recording = make_tone(scripts / f"{apart}.wav", seconds=1)
    [added] = opened.add_announcements([recording])
    [uploaded] = add_uploads(opened, [(f"{apart} 2.wav", io.BytesIO(recording.read_bytes()))])
    for result in (added, uploaded):
        assert opened.announcement(result.id).title.startswith(NAME)


FRONT = "---\r\ntitle: Họp dân thôn Đông\r\n---\r\n" + TEXT + "\r\n"
READ = {
    "UTF-16 BE with its mark": lambda s: codecs.BOM_UTF16_BE + s.encode("utf-16-be"),
    "UTF-32 with its mark": lambda s: s.encode("utf-32"),
    "two UTF-8 marks": lambda s: codecs.BOM_UTF8 * 2 + s.encode(),
}
REFUSED = {
    "UTF-16 without its mark": lambda s: s.encode("utf-16-le"),
    "UTF-16 without its mark, no accents": lambda s: unicodedata.normalize("NFD", s)
    .encode("ascii", errors="ignore")
    .decode()
    .encode("utf-16-le"),
    "a NUL inside": lambda s: s.replace("19", "1\x009").encode(),
    "UTF-16 cut short": lambda s: (codecs.BOM_UTF16_LE + s.encode("utf-16-le"))[:-1],
}


@pytest.mark.parametrize("saved", READ.values(), ids=READ.keys())
def test_a_notice_saved_with_a_byte_order_mark_is_read_as_typed(
    opened: Station, scripts: Path, saved: Callable[[str], bytes]
) -> None:
    path = scripts / "hop.txt"
    path.write_bytes(saved(FRONT))
    [added] = opened.add_announcements([path])
    notice = opened.announcement(added.id)
    assert (notice.title, notice.text) == ("Họp dân thôn Đông", TEXT)  # no front matter read


@pytest.mark.parametrize("saved", REFUSED.values(), ids=REFUSED.keys())
def test_a_notice_whose_encoding_cannot_be_told_says_to_save_it_as_utf8(
    opened: Station, station: Path, scripts: Path, vietnamese: None,
    saved: Callable[[str], bytes],
) -> None:  # fmt: skip
    """Before, a NUL after each letter passed as UTF-8: the front matter was stored, to be
    read aloud, with a guess warning about ' '; a mark with an odd byte was a trace."""
    path = scripts / "hop.txt"
    path.write_bytes(saved(FRONT))
    said = refused(station, lambda: opened.add_announcements([path]))
    assert said.startswith(f"{path}: tệp không phải văn bản UTF-8")
    assert "chọn mã hóa (Encoding) UTF-8, rồi gửi lại" in said


@pytest.mark.parametrize("control", ["\x00", "\x1b", "\x07", "\x1a"], ids=repr)
def test_a_typed_text_holding_a_control_character_is_refused_at_the_form(
    opened: Station, station: Path, vietnamese: None, control: str
) -> None:
    """As a file with one is (a paste from a program that is no editor): stored, the office
    could not hold a NUL (PostgreSQL has none), and the voices read the others as garbage
    (w28commune 1: only a NUL was refused)."""
    typed = TEXT.replace("19", f"1{control}9")
    said = refused(station, lambda: opened.type_announcement(typed, "Họp"))
    assert said == (
        "“Họp”: dòng 1 của văn bản có một ký tự điều khiển không nhìn thấy (mã "
        f"{ord(control):02X}; dán từ chương trình khác, hoặc do trình soạn thảo cũ để lại ở cuối "
        "tệp): hãy gõ lại dòng đó, hoặc thêm lại tệp của thông báo"
    ), said


def test_a_notice_stored_with_an_old_editor_s_ctrl_z_is_refused_at_approval_naming_its_line(
    opened: Station, station: Path, scripts: Path, vietnamese: None
) -> None:
    """A notice added from a file ended by Ctrl-Z before such an end was read as one keeps it
    in its text; approving it is refused (the voices would read it as garbage), and the
    approver is told where it is and what mends it: adding the file again, which now reads
    the Ctrl-Z as the end, makes a version that approves."""
    path = scripts / "hop.txt"
    path.write_bytes(FRONT.encode() + b"\x1a")
    opened.add_announcements([path])
    stored = f"{read_scripts([path])[0].text}\n\x1a"  # as the older version stored it
    with opened.db.conn:
        opened.db.execute(
            "UPDATE announcement_versions SET text = ?, content_sha256 = ?",
            [stored, sha256(canonical_text(stored).encode()).hexdigest()],
        )
    said = refused(station, lambda: opened.approve("hop", by="Trần Văn Bình"))
    assert "dòng 2 của văn bản có một ký tự điều khiển không nhìn thấy (mã 1A;" in said, said
    assert said.endswith("hãy gõ lại dòng đó, hoặc thêm lại tệp của thông báo"), said
    opened.add_announcements([path])
    assert opened.approve("hop", by="Trần Văn Bình") == 2


NOTEPAD = {
    "UTF-8 with a BOM": lambda s: codecs.BOM_UTF8 + s.encode(),
    "Unicode (UTF-16 LE)": lambda s: codecs.BOM_UTF16_LE + s.encode("utf-16-le"),
}
SCHEDULE = (
    '[[slot]]\r\nname = "sang"\r\ntitle = "Bản tin sáng"\r\nat = "06:30"\r\n'
    'campaign = "hop-dan"\r\n'
)


@pytest.mark.parametrize("saved", NOTEPAD.values(), ids=NOTEPAD.keys())
def test_a_schedule_saved_by_notepad_is_read_at_both_doors(
    opened: Station, scripts: Path, tmp_path: Path, saved: Callable[[str], bytes]
) -> None:
    member = scripts / "hop.md"
    member.write_text(f"---\ncampaign: hop-dan\n---\n{TEXT}\n", encoding="utf-8")
    opened.add_announcements([member])
    path = scripts / "lich.toml"
    path.write_bytes(saved(SCHEDULE))
    [slot] = opened.import_schedule(path)
    assert (slot.slot.name, slot.slot.title) == ("sang", "Bản tin sáng")
    campaign = tmp_path / "hop-dan"
    campaign.mkdir()
    (campaign / "hop.txt").write_text(TEXT, encoding="utf-8")
    (campaign / "schedule.toml").write_bytes(saved(SCHEDULE))
    sent = CampaignFolder(campaign, campaign="hop-dan").read().schedule
    assert sent == SCHEDULE.encode("utf-8")  # what the communes receive: UTF-8, no BOM


def test_a_schedule_in_an_old_font_says_to_save_it_as_utf8_at_both_doors(
    opened: Station, station: Path, scripts: Path, tmp_path: Path, vietnamese: None
) -> None:
    old = iconv(SCHEDULE.replace("Bản tin sáng", "Bản tin sáng thôn Đông"), "TCVN5712-1")
    path = scripts / "lich.toml"
    path.write_bytes(old)
    campaign = tmp_path / "hop-dan"
    campaign.mkdir()
    (campaign / "hop.txt").write_text(TEXT, encoding="utf-8")
    (campaign / "schedule.toml").write_bytes(old)
    for send in (lambda: opened.import_schedule(path),
                 lambda: CampaignFolder(campaign, campaign="hop-dan").read()):  # fmt: skip
        said = refused(station, send)
        assert "schedule.toml" in said or "lich.toml" in said
        assert "phông chữ cũ TCVN3 (.VnTime)" in said and "UTF-8" in said


ENDED = {
    "UTF-8, CRLF, one Ctrl-Z": lambda s: s.encode() + b"\x1a",
    "UTF-8 with a BOM, Ctrl-Z padding": lambda s: codecs.BOM_UTF8 + s.encode() + b"\x1a" * 40,
    "Unicode (UTF-16 LE), Ctrl-Z": lambda s: (s + "\x1a").encode("utf-16"),
    "Windows-1258, Ctrl-Z": lambda s: iconv(s, "CP1258") + b"\x1a",
    "NFD, Ctrl-Z then a line end": lambda s: unicodedata.normalize("NFD", s).encode() + b"\x1a\r\n",
}


@pytest.mark.parametrize("saved", ENDED.values(), ids=ENDED.keys())
def test_a_notice_ending_in_an_old_editor_s_ctrl_z_is_read_as_typed_at_both_doors(
    opened: Station, scripts: Path, saved: Callable[[str], bytes]
) -> None:
    """A DOS editor (or `copy con`) ends the file with Ctrl-Z: before, the mark was stored
    with the text, sent to the voices, and `announce add` warned of a guess at ''."""
    path = scripts / "hop.txt"
    path.write_bytes(saved(FRONT))
    [added] = opened.add_announcements([path])
    [uploaded] = add_uploads(opened, [("hop 2.txt", io.BytesIO(path.read_bytes()))])
    for result in (added, uploaded):
        assert result.guessed == ()
        notice = opened.announcement(result.id)
        assert (notice.title, notice.text) == ("Họp dân thôn Đông", TEXT)


INSIDE = {
    "a Ctrl-Z inside": "\x1a",
    "a bell": "\x07",
    "an escape": "\x1b",
    "a form feed": "\x0c",
    "a delete": "\x7f",
    "a C1 control": "\x85",
}


@pytest.mark.parametrize("control", INSIDE.values(), ids=INSIDE.keys())
def test_a_control_character_inside_a_notice_is_refused_naming_its_line_at_both_doors(
    opened: Station, station: Path, scripts: Path, vietnamese: None, control: str
) -> None:
    """Unseen in Notepad, it went to the voices as it was (garbage aloud, or a guess warning
    about ''); a file's refusal names the line to type again, and the uploaded file's name."""
    path = scripts / "hop.txt"
    path.write_bytes(FRONT.replace("19 giờ", f"19{control} giờ").encode())
    said = refused(station, lambda: opened.add_announcements([path]))
    code = f"{ord(control):02X}"
    assert said == (f"{path}: dòng 4 có một ký tự điều khiển không nhìn thấy (mã {code}): hãy "
                    "mở tệp bằng Notepad, gõ lại dòng đó, lưu lại, rồi gửi lại"), said  # fmt: skip
    upload = [("Họp thôn.txt", io.BytesIO(path.read_bytes()))]
    said = refused(station, lambda: add_uploads(opened, upload))
    assert said.startswith("Họp thôn.txt: dòng 4 có một ký tự điều khiển"), said
