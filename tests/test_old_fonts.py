"""Officer trial o15lan (B1, C1, C2): Vietnamese typed in an old font (VNI-Windows, TCVN3)
was refused as "not UTF-8 (byte 2)" as a file, and accepted, approved and read as gibberish
once pasted into a UTF-8 file; a soft hyphen split a word and invisible characters were
listed as words to teach. The old fonts' bytes here are made with conversion tables (glibc's
iconv for TCVN3 and Windows-1258, the officer trial's VNI table), never typed by hand."""

from __future__ import annotations

import subprocess
import unicodedata
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, cast

import pytest
from conftest import Visitor, query, set_config, store_dump
from test_web import text

from announcements.normalize import read_aloud
from announcements.script import read_script
from broadcaster.station import Station
from common.errors import BroadcasterError
from office.emergency import send as office_emergency

NOTICES = (
    "Thông báo khẩn: lũ quét ở xã Đắk Rơ Ông, bà con di chuyển lên đồi ngay.",
    "Kính mời đại diện các hộ gia đình thôn Bắc đến dự họp tại nhà văn hóa lúc 19 giờ.",
    "Ủy ban nhân dân xã thông báo lịch tiêm chủng mở rộng tháng 12 cho trẻ dưới 5 tuổi.",
    "Khẩn cấp: lũ quét về, sơ tán ngay.",
)

_TONES = {"\u0301": 0, "\u0300": 1, "\u0309": 2, "\u0303": 3, "\u0323": 4}


def vni(text: str) -> str:
    """VNI-Windows as Word shows it in a Western font (the trial's mkfiles.py table)."""

    def letter(c: str) -> str:
        if c in "đĐ":
            return "ñ" if c == "đ" else "Ñ"
        decomposed = unicodedata.normalize("NFD", c)
        base, marks = decomposed[0], decomposed[1:]
        if not marks:
            return c
        b = base.lower()
        tone = next((_TONES[m] for m in marks if m in _TONES), None)
        mod = next((m for m in marks if m not in _TONES), None)
        if mod == "\u0302":
            out = b + ("â" if tone is None else "áàåãä"[tone])
        elif mod == "\u0306":
            out = b + ("ê" if tone is None else "éèúüë"[tone])
        elif mod == "\u031b":
            horn = {"o": "ô", "u": "ö"}[b]
            out = horn if tone is None else horn + "ùøûõï"[tone]
        elif b == "i":
            out = "íìæóò"[tone or 0]
        elif b == "y" and tone == 4:
            out = "î"
        else:
            out = b + "ùøûõï"[tone or 0]
        return out.upper() if base.isupper() else out

    return "".join(letter(c) for c in unicodedata.normalize("NFC", text))


def iconv(text: str, encoding: str) -> bytes:
    return subprocess.run(["iconv", "-f", "utf-8", "-t", encoding], input=text.encode(),
                          capture_output=True, check=True).stdout  # fmt: skip


def tcvn3(text: str) -> str:
    """TCVN3 (.VnTime) as Word shows it in a Western font: 'Th«ng b¸o'."""
    return iconv(text, "TCVN5712-1").decode("cp1252")


PASTED = [(font, f(n)) for font, f in (("VNI-Windows", vni), ("TCVN3", tcvn3)) for n in NOTICES]
LOOK_ALIKES = (
    "Đoàn công tác tỉnh «Đắk Lắk» về thăm xã.",
    "Ông Müller ở Köln và bà Noël sang thăm trường, nói «très bien» và «schön».",
    "Giá phân bón 5¸ tăng, xem www.bón-phân.vn · hỏi đáp · © UBND xã.",
    "Kính thưa bà con: Chủ nhật này có café sáng, menu gồm bánh mì, phở, crème brûlée.",
    "Họp thôn lúc 19h · hội trường · mang theo CCCD.",
    # review22 #2: 'ñ' is TCVN3's 'ủ' ('Niño' read 'Niủo'), 'µ' its 'à' ('µm' read 'àm')
    "Hiện tượng El Niño đang suy yếu, La Niña có thể xuất hiện từ tháng 9, bà con chủ động "
    "tích nước.",
    "Bụi mịn PM2.5 là hạt nhỏ hơn 2,5 µm, bụi PM10 nhỏ hơn 10 µm; hôm nay 80µg/m³.",
    "Bà Doña Peña ở Cañon City và ông Muñoz đón Año Nuevo cùng bà con.",  # 'eủa', 'oủa'
)


def refusals_at_every_door(opened: Station, station: Path, scripts: Path, text: str) -> list[str]:
    """What each door a text enters by says when it refuses it (typed, a file, an emergency
    at the station and at the office, a reading), having stored nothing. The office's
    refusal comes before it touches its database, so none is given."""
    before = store_dump(station)
    pasted = scripts / "dan-vao.txt"
    pasted.write_text(text, encoding="utf-8")
    doors = (
        lambda: opened.type_announcement(text, "Thông báo"),
        lambda: opened.add_announcements([pasted]),
        lambda: opened.create_emergency("Chủ tịch xã", text=text),
        lambda: opened.read(text),
        lambda: office_emergency(cast(Any, None), scripts, scripts, datetime.now(UTC), text=text),
    )
    said = []
    for door in doors:
        with pytest.raises(BroadcasterError) as refused:
            door()
        said.append(str(refused.value))
    assert store_dump(station) == before
    return said


@pytest.mark.parametrize(("font", "text"), PASTED)
def test_a_notice_pasted_from_an_old_font_is_refused_at_every_door_naming_the_font(
    opened: Station, station: Path, scripts: Path, font: str, text: str
) -> None:
    for said in refusals_at_every_door(opened, station, scripts, text):
        assert f"old font {font}" in said and "Unikey" in said


@pytest.mark.parametrize(("font", "encode"), [
    ("VNI-Windows", lambda t: vni(t).encode("cp1252")),
    ("TCVN3", lambda t: iconv(t, "TCVN5712-1")),
])  # fmt: skip
def test_a_file_in_an_old_font_s_bytes_says_which_font_and_what_to_do(
    scripts: Path, font: str, encode: object
) -> None:
    path = scripts / "hop.txt"
    path.write_bytes(encode("\r\n".join(NOTICES)))  # type: ignore[operator]
    with pytest.raises(BroadcasterError) as refused:
        read_script(path)
    said = str(refused.value)
    assert f"old font {font}" in said and "Unikey" in said and "byte" not in said


def test_notepad_s_ansi_file_is_read_as_the_vietnamese_it_holds(scripts: Path) -> None:
    """Windows-1258 (tones as combining marks) is a standard code page: taken as it is."""
    path = scripts / "tiem-phong.txt"
    path.write_bytes(iconv("Thông báo tiêm phòng\r\n\r\n" + "\r\n".join(NOTICES), "CP1258"))
    script = read_script(path)
    assert script.title == "Thông báo tiêm phòng"
    assert script.text == unicodedata.normalize(
        "NFC", "\n".join(["Thông báo tiêm phòng", "", *NOTICES])
    )


def test_a_file_in_no_known_encoding_says_to_save_it_as_utf8_without_a_byte_number(
    scripts: Path,
) -> None:
    path = scripts / "la.txt"
    path.write_bytes("Привет, это не вьетнамский текст.".encode("koi8-r"))
    with pytest.raises(BroadcasterError) as refused:
        read_script(path)
    said = str(refused.value)
    assert "Notepad" in said and "UTF-8" in said and "byte" not in said


@pytest.mark.parametrize("text", (*NOTICES, *LOOK_ALIKES))
def test_real_vietnamese_with_western_marks_is_still_taken(opened: Station, text: str) -> None:
    added = opened.type_announcement(text, "Thông báo")
    assert added.change == "new"


def test_a_title_with_gi_before_u_grave_is_no_old_font(opened: Station) -> None:
    """'giùm' writes 'ù' after the 'i' of 'gi', as VNI writes a grave mark after a vowel: a
    title 'Nhắn giùm' was refused as typed in an old font (the lead, from pyvi's word list)."""
    added = opened.type_announcement("Nhờ bà con nhắn giùm người thân về quê.", "Nhắn giùm")
    assert added.change == "new"


def phrases() -> list[tuple[str, str]]:
    """(where, phrase): every string of the notice tests and every line of the guides, the
    samples and the reader's data (review22 #2: 'El Niño' and 'µm' were refused)."""
    import ast

    root = Path(__file__).resolve().parent.parent
    found = [
        (f"{path.name}:{node.lineno}", node.value)
        for path in sorted(root.glob("tests/test_notice_*.py"))
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.Constant) and isinstance(node.value, str)
    ]
    for folder in ("docs", "broadcaster/samples", "announcements/data"):
        for path in sorted((root / folder).glob("**/*")):
            if path.suffix in {".md", ".txt", ".toml"}:
                lines = path.read_text(encoding="utf-8").splitlines()
                found += [(f"{path.name}:{n}", line) for n, line in enumerate(lines, 1)]
    return found


def test_no_phrase_of_the_notices_guides_or_samples_looks_typed_in_an_old_font() -> None:
    """Real Vietnamese, with its foreign names, units and marks, is never taken for an old
    font, as a text or as a title or file name (its stricter reading of one word)."""
    from announcements.old_fonts import old_font

    every = phrases()
    assert len(every) > 20_000  # the corpus is there
    taken = [(where, text) for where, text in every
             if old_font(text) or old_font(text, name=True)]  # fmt: skip
    assert taken == []


@pytest.fixture
def by_hand(station: Path) -> Station:
    set_config(station, "auto_approve_local", "false")
    return Station.open(station)


def test_a_notice_the_reader_must_mostly_guess_cannot_be_approved(by_hand: Station) -> None:
    """Gibberish no table knows (a font's symbols, a mistyped keyboard): most words guessed."""
    garbled = by_hand.type_announcement("Xqzt brrk vlmnq qwpz zzyx kjhg, trrw.", "Lạ")
    named = by_hand.type_announcement("Họp thôn Bắc với ông Smith và bà Nguyễn tối nay.", "Họp")
    with pytest.raises(BroadcasterError) as refused:
        by_hand.approve(garbled.id, "Hùng")
    assert "guess" in str(refused.value) and "'Xqzt'" in str(refused.value)
    assert query(by_hand.root, "SELECT approved_version FROM announcements WHERE id = ?",
                 (garbled.id,)) == [(None,)]  # fmt: skip
    assert by_hand.approve(named.id, "Hùng") == 1


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("chương trình tình nguy\u00adện này", "chương trình tình nguyện này"),
        ("Chia sẻ giúp ạ ❤\ufe0f", "Chia sẻ giúp ạ ❤"),
        ("Bà con\u2060 thôn\u200c Bắc\ufeff họp\u200d.", "Bà con thôn Bắc họp."),
        ("Xin\u200bchào bà con.", "Xin chào bà con."),
    ],
)
def test_invisible_characters_are_not_read_nor_taught_and_a_soft_hyphen_joins(
    typed: str, meant: str
) -> None:
    heard, plain = read_aloud(typed), read_aloud(meant)
    assert heard.spoken == plain.spoken
    assert heard.guessed == plain.guessed


def test_a_notice_stored_in_an_old_font_before_is_not_approved_on_the_console(
    console: Any,
    console_sessions: dict[str, str],
    console_station: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The trial's TCVN3 notice, approved in one tap (B1): one stored before the doors
    checked for old fonts is refused at approval, in Vietnamese."""
    with monkeypatch.context() as before_the_check:
        before_the_check.setattr("announcements.old_fonts.refuse_old_font", lambda *_: None)
        added = Station.open(console_station).type_announcement(tcvn3(NOTICES[1]), "Họp dân")
    approver = Visitor(console, console_sessions)
    approver.sign_in("duyet")
    page = f"/announcements/{added.id}"
    refused = approver.post(f"{page}/approve", {}, page=page)
    assert refused.status_code == 303 and refused.location == page  # post/redirect/get
    assert "có vẻ được gõ bằng phông chữ cũ TCVN3 (.VnTime)" in text(approver.get(page).text)
    assert query(console_station, "SELECT approved_version FROM announcements WHERE id = ?",
                 (added.id,)) == [(None,)]  # fmt: skip
