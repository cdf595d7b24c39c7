"""Thông báo in the web console, through Flask's test client: finding announcements, typing
one or sending its file from a phone (checked as the command line checks it), its spoken form
with the guessed words a step from the lexicon, listening to its program, comparing versions,
approving as the person logged in (approvers only) and retiring. Bad input comes back with
the Vietnamese sentence next to its field and nothing stored."""

from __future__ import annotations

import html
import io
import json
import re
import sqlite3
import wave
from pathlib import Path
from typing import Any

import pytest
from conftest import (
    Visitor,
    make_tone,
    query,
    runner_for,
    set_config,
    store_dump,
    write_script,
)
from test_old_fonts import iconv, tcvn3, vni
from test_web import english_sentences, field_error, text

from broadcaster.station import Station

NEW = "/announcements/new"
TYPED = {
    "title": "Tiêm vắc-xin cho trẻ",
    "text": "Ngày 15/3/2026 trạm y tế tiêm vắc-xin cho trẻ. Liên hệ 0912345678.",
    "campaign": "y-te",
    "priority": "priority",
    "repeat": "2",
    "valid_from": "2026-03-02",
    "valid_until": "31/03/2026",
    "voice": "vi-vn-x-south",
    "action": "save",
}


def listed(page: str) -> list[str]:
    """The ids in the list of announcements, in order."""
    return re.findall(r'href="/announcements/([^"/]+)"><strong>', page)


# ----- the list ----------------------------------------------------------------------------------
def test_the_list_finds_announcements_by_status_campaign_and_words(visitor: Visitor) -> None:
    visitor.sign_in("vanhanh")
    # by title: "<script>…", "Cài Bluezone", "Họp thôn Đông"
    assert listed(visitor.get("/announcements").text) == ["thu", "bluezone", "hop-thon"]
    assert "đã duyệt" in text(visitor.page) and "bản nháp" in text(visitor.page)
    assert listed(visitor.get("/announcements?status=draft").text) == ["thu", "hop-thon"]
    assert listed(visitor.get("/announcements?status=approved").text) == ["bluezone"]
    assert listed(visitor.get("/announcements?campaign=thon").text) == ["hop-thon"]
    # words in the title or the text, accents and case aside (a phone without Vietnamese keys)
    assert listed(visitor.get("/announcements?q=hop+THON").text) == ["hop-thon"]
    assert listed(visitor.get("/announcements?q=cài+đặt").text) == ["bluezone"]
    assert listed(visitor.get("/announcements?q=19h+họp").text) == ["hop-thon"]
    assert listed(visitor.get("/announcements?q=không+có+đâu").text) == []
    assert "Không có thông báo nào khớp." in text(visitor.page)


def test_the_list_reads_titles_first_and_offers_campaigns_by_their_titles(
    visitor: Visitor, console_station: Path, tmp_path: Path
) -> None:
    """o12b C4: Thông báo listed by code, each row "bluezone-cai-dat · phiên bản 1 · …", an
    emergency as "khan-cap-…", and the filter offered "bluezone", not the campaign's name.
    o22lan11 N5: an emergency is not listed at all, nor found by its words: it aired once
    and is over (Nhật ký has it), not a notice with "Thôi phát"."""
    station = Station.open(console_station)
    written = write_script(tmp_path, "a.md", "Cài đặt Bluezone.", id="a-vd",
                           title="Vận động cài Bluezone", campaign="bluezone",
                           campaign_title="Phòng, chống dịch COVID-19")  # fmt: skip
    station.add_announcements([written])
    _number, emergency = station.create_emergency("duyet", "Nước sông Hồng đang lên nhanh.")
    visitor.sign_in("vanhanh")
    page = visitor.get("/announcements").text
    titles = [text(t) for t in re.findall(r"<strong>(.*?)</strong>", page)]
    assert titles == sorted(titles, key=str.casefold)  # by title, as she knows them
    rows = [text(row) for row in re.findall(r"<li>(.*?)</li>", page, re.S)]
    [row] = [r for r in rows if r.startswith("Vận động cài Bluezone")]
    assert row.endswith("phiên bản 1 · Phòng, chống dịch COVID-19 · a-vd")  # the code last
    assert not [r for r in rows if emergency in r or "khẩn cấp" in r.casefold()]
    for asked in ("q=Hồng", "status=approved", "status=retired"):
        assert emergency not in visitor.get(f"/announcements?{asked}").text
    filters = page.split('name="campaign"')[1].split("</select>")[0]
    assert ">Phòng, chống dịch COVID-19</option>" in filters and ">bluezone</option>" not in filters
    small = re.search(r'<small class="code">a-vd</small>', page)
    assert small is not None  # small, after the rest


def test_a_long_list_comes_in_pages_of_fifty(visitor: Visitor, console_station: Path) -> None:
    from broadcaster.station import Station

    station = Station.open(console_station)
    for n in range(55):
        station.type_announcement(f"Tin số {n}.", f"Tin {n:02d}", campaign="tin")
    visitor.sign_in("vanhanh")
    first = visitor.get("/announcements?campaign=tin")
    assert len(listed(first.text)) == 50 and listed(first.text)[0] == "tin-00"
    assert "55 thông báo · trang 1/2" in text(first.text)
    assert 'href="/announcements?campaign=tin&amp;page=2"' in first.text
    second = visitor.get("/announcements?campaign=tin&page=2")
    assert listed(second.text) == [f"tin-{n}" for n in range(50, 55)]
    assert "Trang trước" in text(second.text) and "Trang sau" not in text(second.text)
    past = visitor.get("/announcements?campaign=tin&page=9")
    assert past.location == "/announcements?page=2&campaign=tin"


def test_what_waits_for_approval_on_the_home_page_leads_to_its_page(visitor: Visitor) -> None:
    visitor.sign_in("duyet")
    home = visitor.get("/").text
    assert '<a href="/announcements/hop-thon"><strong>Họp thôn Đông</strong></a>' in home
    assert "Duyệt phiên bản 1" in text(visitor.get("/announcements/hop-thon").text)


def test_a_made_up_status_is_named_next_to_its_field(visitor: Visitor) -> None:
    visitor.sign_in("vanhanh")
    response = visitor.get("/announcements?status=<b>x</b>")
    assert response.status_code == 400
    assert field_error(response.text, "status") == (  # as the list shows them (w27office #4)
        "Ô “Trạng thái”: “<b>x</b>” không có trong danh sách chọn (“đã duyệt”, “bản nháp”, "
        "“ngừng phát”, “không được duyệt”). Hãy chọn một mục trong danh sách."
    )
    assert "<b>x</b>" not in response.text


def test_a_title_with_html_shows_as_text_in_the_list_and_on_its_page(visitor: Visitor) -> None:
    visitor.sign_in("vanhanh")
    for url in ("/announcements", "/announcements/thu"):
        page = visitor.get(url).text
        assert "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;" in page
        assert "<script" not in page


# ----- typing one --------------------------------------------------------------------------------
def test_an_officer_types_an_announcement_and_it_is_stored_as_a_draft(
    visitor: Visitor, console_station: Path
) -> None:
    visitor.sign_in("vanhanh")
    response = visitor.post(NEW, TYPED, page=NEW)
    assert response.status_code == 302
    assert response.location == "/announcements/tiem-vac-xin-cho-tre"
    [row] = query(console_station, "SELECT title, campaign, priority, repeat, valid_from, "
                  "valid_until, voice, version, approved_version FROM announcements "
                  "WHERE id = 'tiem-vac-xin-cho-tre'")  # fmt: skip
    assert row == ("Tiêm vắc-xin cho trẻ", "y-te", "priority", 2, "2026-03-02", "2026-03-31",
                   "vi-vn-x-south", 1, None)  # fmt: skip
    [(stored, source)] = query(console_station, "SELECT text, source FROM announcement_versions "
                               "WHERE announcement_id = 'tiem-vac-xin-cho-tre'")  # fmt: skip
    assert stored == TYPED["text"] and source == "web:vanhanh"
    shown = text(visitor.get(response.location).text)
    assert "Đã thêm thông báo 'Tiêm vắc-xin cho trẻ' (phiên bản 1)." in shown
    assert "bản nháp" in shown and "chờ duyệt" in shown
    # the spoken form beside the text: the date and the phone number in words
    spoken = shown[shown.index("Giọng đọc sẽ đọc") :]
    assert "Ngày mười lăm tháng ba năm hai ngàn không trăm hai mươi sáu" in spoken  # southern
    assert "không chín một hai, ba bốn năm, sáu bảy tám" in spoken
    # a second announcement with the same title gets an id of its own
    again = visitor.post(NEW, TYPED, page=NEW)
    assert again.location == "/announcements/tiem-vac-xin-cho-tre-2"


def test_seeing_how_it_is_read_stores_nothing_and_marks_the_guessed_words(
    visitor: Visitor, console_station: Path
) -> None:
    visitor.sign_in("vanhanh")
    before = store_dump(console_station)
    typed = TYPED | {"text": "Họp lúc 17h30, gọi Skype cho trưởng thôn & <i>phó thôn</i>.",
                     "action": "preview"}  # fmt: skip
    response = visitor.post(NEW, typed, page=NEW)
    assert response.status_code == 200
    assert store_dump(console_station) == before
    assert "<mark>Skype</mark>" in response.text
    assert "&lt;i&gt;phó thôn&lt;/i&gt;" in response.text and "<i>" not in response.text
    shown = text(response.text)
    assert "mười bảy giờ ba mươi, gọi" in shown  # half past: no "phút"
    assert "Máy đọc phải đoán: Skype" in shown
    big = visitor.post(NEW, typed | {"text": "à" * 60_000}, page=NEW)
    assert big.status_code == 400 and "vượt giới hạn 100 KB" in field_error(big.text, "text")
    response = visitor.post(NEW, typed, page=NEW)
    # what was typed is still in the form, ready to save
    assert 'value="Tiêm vắc-xin cho trẻ"' in response.text
    kept = "Họp lúc 17h30, gọi Skype cho trưởng thôn &amp; &lt;i&gt;phó thôn&lt;/i&gt;."
    assert f">{kept}</textarea>" in response.text


@pytest.mark.parametrize(
    ("change", "field", "sentence"),
    [
        ({"title": "  "}, "title", "Hãy đặt tiêu đề cho thông báo."),
        ({"title": "a\x07b"}, "title", "điều khiển không nhìn thấy được (U+0007, ký tự thứ 2)"),
        # a bidi override shows it reordered ('Họp gnôĐ nôht') wherever it is listed or
        # printed, a zero-width space splits a word unseen: refused as a reason is (free_text)
        ({"title": "Họp \u202ethôn Đông"}, "title", "(U+202E, ký tự thứ 5)"),
        ({"title": "Họp\u200bthôn"}, "title", "(U+200B, ký tự thứ 4)"),
        ({"title": "x" * 301}, "title", "tối đa 300 ký tự"),
        ({"text": " \n "}, "text", "Thông báo không có nội dung để đọc."),
        ({"text": "à" * 60_000}, "text", "vượt giới hạn 100 KB"),
        ({"repeat": "0"}, "repeat", "Số lần đọc phải là số nguyên từ 1 đến 5."),
        ({"repeat": "hai"}, "repeat", "Số lần đọc phải là số nguyên từ 1 đến 5."),
        ({"repeat": "٣"}, "repeat", "Số lần đọc phải là số nguyên từ 1 đến 5."),
        ({"valid_from": "31/02/2026"}, "valid_from", "31/02/2026"),
        ({"valid_from": "01/05/2026", "valid_until": "01/04/2026"}, "valid_until",
         "ở trước ngày 'Có hiệu lực từ' (01/05/2026)"),
        ({"valid_until": "01/03/2026"}, "valid_until",
         "Ngày hết hiệu lực 01/03/2026 đã qua nên thông báo sẽ không bao giờ được phát"),
        ({"voice": "en"}, "voice", "“en” không có trong danh sách chọn (“Giọng mặc định"),
        ({"priority": "urgent"}, "priority", "“urgent” không có trong danh sách chọn (“Thường"),
        ({"id": "Thông Báo"}, "id", "chỉ được gồm chữ thường"),
        ({"id": "bluezone"}, "id", "Đã có thông báo 'bluezone'"),
        ({"campaign": "a" * 65}, "campaign", "tối đa 64 ký tự"),
        ({"id": "khan-cap-1"}, "id", "chỉ dành cho thông báo khẩn cấp"),
        # a title without marks, refused as a body is (o17lan5 K2); refusals quote with “ ”
        # and end with a full stop (o17lan5 finding 10)
        ({"title": "Thong bao hop dan thon Bac ve viec lam duong"}, "title",
         "Tiêu đề: câu “Thong bao hop dan thon Bac ve viec lam duong” được gõ không dấu"),
        ({"text": "Thong bao: moi ba con den hop thon vao toi nay."}, "text",
         "Câu “Thong bao: moi ba con den hop"),  # its own form: not named again
        ({"text": "Thong bao: moi ba con den hop thon vao toi nay."}, "text",
         "thì đặt trong ngoặc kép “…” để giữ nguyên."),
    ],
)  # fmt: skip
def test_a_bad_typed_announcement_comes_back_with_the_sentence_next_to_the_field(
    visitor: Visitor, console_station: Path, change: dict[str, str], field: str, sentence: str
) -> None:
    visitor.sign_in("vanhanh")
    before = store_dump(console_station)
    response = visitor.post(NEW, TYPED | change, page=NEW)
    assert response.status_code == 400
    assert sentence in field_error(response.text, field)
    assert store_dump(console_station) == before
    assert html.escape(TYPED["campaign"] if field != "campaign" else change["campaign"]) in (
        response.text
    )  # what was typed is kept


@pytest.mark.parametrize(
    ("page", "change", "sentences"),
    [
        (NEW, {"title": " ", "text": " ", "valid_from": "01/05/2026", "valid_until": "01/04/2026",
               "repeat": "hai"},
         {"title": "Hãy đặt tiêu đề cho thông báo.",
          "text": "Thông báo không có nội dung để đọc.",
          "valid_until": "Ngày 'Có hiệu lực đến' (01/04/2026) ở trước ngày 'Có hiệu lực từ' "
                         "(01/05/2026): hãy sửa một trong hai ngày.",
          "repeat": "Số lần đọc phải là số nguyên từ 1 đến 5."}),
        (NEW, {"title": "", "valid_from": "31/02/2026", "valid_until": "01/03/2026",
               "voice": "en", "id": "bluezone"},
         {"title": "Hãy đặt tiêu đề cho thông báo.", "valid_from": "31/02/2026",
          "valid_until": "Ngày hết hiệu lực 01/03/2026 đã qua",
          "voice": "“en” không có trong danh sách chọn",
          "id": "Đã có thông báo 'bluezone'"}),
        ("/announcements/hop-thon/edit", {"title": "", "valid_from": "hôm kia nữa",
                                          "priority": "urgent"},
         {"title": "Hãy đặt tiêu đề cho thông báo.", "valid_from": "hôm kia nữa",
          "priority": "“urgent” không có trong danh sách chọn"}),
    ],
)  # fmt: skip
def test_every_fault_of_the_announcement_form_is_said_at_once_next_to_its_field(
    visitor: Visitor, console_station: Path, page: str, change: dict[str, str],
    sentences: dict[str, str],
) -> None:  # fmt: skip
    """Officer trial 9 (C5): she fixes every field in one go, not one refusal at a time."""
    visitor.sign_in("vanhanh")
    before = store_dump(console_station)
    response = visitor.post(page, TYPED | change, page=page)
    assert response.status_code == 400
    for field, sentence in sentences.items():
        assert sentence in field_error(response.text, field)
    assert store_dump(console_station) == before
    assert html.escape(change.get("valid_from", TYPED["valid_from"])) in response.text


# ----- sending a file ----------------------------------------------------------------------------
def send(visitor: Visitor, *files: tuple[str, bytes]) -> Any:
    visitor.get(NEW)
    token = re.search(r'name="csrf_token" value="([^"]+)"', visitor.page)
    assert token
    sent = [(io.BytesIO(body), name) for name, body in files]
    data: dict[str, Any] = {"csrf_token": token.group(1), "files": sent,
                            "once": visitor.form_key("/announcements/upload")}  # fmt: skip
    response = visitor.client.post("/announcements/upload", data=data,
                                   content_type="multipart/form-data")  # fmt: skip
    visitor.page = response.get_data(as_text=True)
    return response


def test_a_recording_from_a_phone_and_a_script_file_are_added_as_on_the_command_line(
    visitor: Visitor, console_station: Path, tmp_path: Path
) -> None:
    visitor.sign_in("vanhanh")
    recording = make_tone(tmp_path / "Ghi âm 02-03-2026.m4a", seconds=1.5).read_bytes()
    response = send(visitor, ("Ghi âm 02-03-2026.m4a", recording))
    assert response.status_code == 302
    assert response.location == "/announcements/ghi-am-02-03-2026"
    [row] = query(console_station, "SELECT title, kind FROM announcements "
                  "WHERE id = 'ghi-am-02-03-2026'")  # fmt: skip
    assert row == ("Ghi âm 02-03-2026", "recording")
    shown = text(visitor.get(response.location).text)
    assert "Bản ghi âm: phát đúng như đã ghi." in shown

    script = ("\ufeff---\r\nid: don-rac\r\ntitle: Dọn rác\r\naudio: don-rac.ogg\r\n---\r\n"
              "Chủ nhật dọn rác.\r\n").encode()  # fmt: skip
    ogg = make_tone(tmp_path / "don-rac.ogg", seconds=1).read_bytes()
    response = send(visitor, ("don-rac.md", script), ("don-rac.ogg", ogg))
    assert response.status_code == 302
    assert query(console_station, "SELECT kind, campaign FROM announcements "
                 "WHERE id = 'don-rac'") == [("recording", None)]  # fmt: skip
    assert query(console_station, "SELECT source FROM announcement_versions "
                 "WHERE announcement_id = 'don-rac'") == [("web:vanhanh/don-rac.md",)]  # fmt: skip
    assert not list(console_station.glob(".upload-*"))  # nothing left behind


def test_one_bad_file_among_several_names_the_good_ones_not_added_either(
    visitor: Visitor, console_station: Path
) -> None:
    """o15lan2 N6: three files, one in an old font: none is added (one transaction), and the
    screen names the two good ones, which she took for added."""
    visitor.sign_in("vanhanh")
    before = store_dump(console_station)
    response = send(
        visitor,
        ("a.txt", "Họp thôn Đông lúc 19 giờ.".encode()),
        ("hong.docx", b"PK\x03\x04"),
        ("b.txt", "Dọn vệ sinh sáng Chủ nhật.".encode()),
    )
    assert response.status_code == 400
    said = text(response.text)
    assert "hong.docx" in said
    assert ("Các tệp khác (a.txt, b.txt) cũng chưa được thêm: sửa tệp lỗi rồi tải lại cả "
            "lượt.") in said  # each of its own, a sentence (w26hand)  # fmt: skip
    assert store_dump(console_station) == before


@pytest.mark.parametrize(
    ("files", "sentence"),
    [
        ((), "Hãy chọn một kịch bản hoặc một bản ghi âm để gửi."),
        ((("nhac.mp3", b"day khong phai am thanh"),), "nhac.mp3"),
        ((("list.mp3", b"ffconcat version 1.0\nfile '/etc/passwd'\n"),), "list.mp3"),
        ((("tb.docx", b"PK\x03\x04"),),
         "tb.docx: không đọc được chữ trong tệp .docx (tệp Word, PDF). Hãy mở tệp, chép nội dung "
         "rồi dán vào ô “Hoặc gõ nội dung” ngay bên dưới."),
        ((("Họp dân.pdf", b"%PDF-1.4"),), "Hãy mở tệp, chép nội dung rồi dán vào ô “Hoặc gõ"),
        ((("tb.md", b"---\ntitle: x\nmau: do\n"),), "không được đóng lại"),
        ((("tb.md", b"---\nid: a\nbad: 1\n---\nx"),), "có trường lạ 'bad'"),
        ((("tb.md", "Xin chào".encode("cp1258")),), "không phải văn bản UTF-8"),
        ((("tb.txt", vni("Thông báo tổng vệ sinh môi trường.").encode("cp1252")),),
         "tb.txt: tệp được gõ bằng phông chữ cũ VNI-Windows ('baùo' là 'báo'): hãy chuyển "
         "sang Unicode bằng Unikey"),
        ((("tb.txt", tcvn3("Thông báo họp dân thôn Bắc.").encode()),),
         "tb.txt: chữ trong tệp có vẻ được gõ bằng phông chữ cũ TCVN3 (.VnTime) ('Th«ng' là "
         "'Thông'), máy sẽ đọc thành tiếng vô nghĩa: hãy chuyển tệp sang Unicode"),
        ((("tb.md", b"---\naudio: ../../station.db\n---\nx"),), "nằm ngoài thư mục"),
        ((("a.md", b"---\nid: a\n---\nx"), ("b.md", b"---\nid: a\n---\ny")),
         "được nhiều tệp cùng dùng"),
        (((".hidden.md", b"x"),), "không dùng làm tên tệp được"),
        ((("Cắt điện ngày 8-12.txt",
           "---\nvalid_from: 2026-12-10\nvalid_until: 2026-12-05\n---\nCắt điện.".encode()),),
         "Cắt điện ngày 8-12.txt: Ngày 'Có hiệu lực đến' (05/12/2026) ở trước ngày 'Có hiệu lực "
         "từ' (10/12/2026): hãy sửa một trong hai ngày."),
    ],
)  # fmt: skip
def test_a_bad_file_comes_back_with_the_sentence_next_to_the_field_and_nothing_stored(
    visitor: Visitor, console_station: Path, files: tuple[tuple[str, bytes], ...], sentence: str
) -> None:
    visitor.sign_in("vanhanh")
    before = store_dump(console_station)
    audio_before = sorted((console_station / "audio").rglob("*"))
    response = send(visitor, *files)
    assert response.status_code == 400
    error = field_error(response.text, "files")
    assert sentence in error
    assert error.endswith("."), error  # every refusal a whole sentence (o23lan12 M6)
    assert response.text.index('id="upload"') < response.text.index('id="typed"')  # seen first
    # "or" heads the second way, whichever comes first (o10b N7)
    assert "<h2>Gửi tệp</h2>" in response.text and "<h2>Hoặc gõ nội dung</h2>" in response.text
    assert str(console_station) not in error and ".upload-" not in error
    assert store_dump(console_station) == before
    assert sorted((console_station / "audio").rglob("*")) == audio_before
    assert not list(console_station.glob(".upload-*"))


def test_what_a_file_taken_is_told_ends_as_a_sentence(
    visitor: Visitor, console_station: Path
) -> None:
    """o23lan12 M6: the note on a Notepad "ANSI" file, and the one on a file the station does
    not approve by itself, ended without a full stop; every other message has one."""
    set_config(console_station, "auto_approve_local", "true")
    visitor.sign_in("vanhanh")
    ansi = "Thu tiền điện tháng 12 của thôn Đông, bà con nộp tại nhà văn hóa."
    notes = {
        "thu-tien-dien.txt": (iconv(ansi, "CP1258"), "hãy nghe lại trước khi duyệt."),
        "zalo.txt": (b"Please download Zalo, check inbox, reply soon, thanks everyone.",
                     "chưa được tự duyệt nên vẫn là bản nháp"),
    }  # fmt: skip
    for name, (body, note) in notes.items():
        response = send(visitor, (name, body))
        assert response.status_code == 302, text(response.text)
        page = visitor.get(response.location).text
        said = re.findall(r'<p class="(?:notice|error)" role="(?:status|alert)">([^<]*)</p>', page)
        assert any(note in html.unescape(one) for one in said), said
        for one in said:
            assert html.unescape(one).endswith("."), one


def test_a_file_name_with_a_path_is_only_a_name(visitor: Visitor, console_station: Path) -> None:
    visitor.sign_in("vanhanh")
    response = send(visitor, ("../../ra-ngoai.md", "Thử gửi.".encode()))
    assert response.location == "/announcements/ra-ngoai"
    assert not (console_station.parent.parent / "ra-ngoai.md").exists()
    assert not (console_station / "ra-ngoai.md").exists()


# ----- one announcement --------------------------------------------------------------------------
def test_a_guessed_word_goes_into_the_lexicon_in_one_step(
    visitor: Visitor, console_station: Path
) -> None:
    visitor.sign_in("vanhanh")
    typed = TYPED | {"title": "Họp trực tuyến", "text": "Họp trực tuyến qua Skype lúc 8h."}
    page = visitor.get(visitor.post(NEW, typed, page=NEW).location).text
    assert "<mark>Skype</mark>" in page
    assert "Những từ máy đọc phải đoán" in text(page)
    empty = visitor.post("/announcements/hop-truc-tuyen/lexicon", {"term": "Skype",
                         "spoken": " "})  # fmt: skip
    assert empty.status_code == 400
    assert "cách đọc" in field_error(empty.text, "spoken-1")
    assert query(console_station, "SELECT COUNT(*) FROM lexicon") == [(0,)]
    done = visitor.post("/announcements/hop-truc-tuyen/lexicon", {"term": "Skype",
                        "spoken": "xì cai"}, page="/announcements/hop-truc-tuyen")  # fmt: skip
    assert done.location == "/announcements/hop-truc-tuyen"
    assert query(console_station, "SELECT term, spoken FROM lexicon") == [("skype", "xì cai")]
    page = visitor.get(done.location).text
    assert "“skype” giờ được đọc là “xì cai”." in text(page)
    assert "qua xì cai lúc tám giờ" in text(page)
    assert "<mark>" not in page


def test_the_preview_is_the_program_as_it_would_air_and_an_audio_element_can_load_it(
    visitor: Visitor, console_station: Path, tmp_path: Path
) -> None:
    visitor.sign_in("vanhanh")
    page = visitor.get("/announcements/hop-thon").text
    assert '<audio controls preload="metadata" src="/announcements/hop-thon/preview.wav">' in page
    response = visitor.client.get("/announcements/hop-thon/preview.wav")
    assert response.status_code == 200
    assert response.mimetype == "audio/wav"
    body = response.get_data()
    with wave.open(io.BytesIO(body)) as heard:
        seconds = heard.getnframes() / heard.getframerate()
    # intro chime + the speech + outro chime: the same program `announce render` writes
    from broadcaster.station import Station

    station = Station.open(console_station)
    program, _ = station.render(["hop-thon"], tmp_path / "render.wav")
    assert seconds == pytest.approx(program.duration_s, abs=0.05)
    assert (tmp_path / "render.wav").read_bytes() == body
    assert 4 < seconds < 30
    # a browser asks for pieces of it while it plays
    part = visitor.client.get("/announcements/hop-thon/preview.wav",
                              headers={"Range": "bytes=0-99"})  # fmt: skip
    assert part.status_code == 206 and len(part.get_data()) == 100
    assert visitor.client.get("/announcements/nothing/preview.wav").status_code == 404
    # made once per content: asked again it is the same file; a new version makes another
    previews = console_station / "programs" / "previews"
    [made] = list(previews.glob("*.wav"))
    stamp = made.stat().st_mtime_ns
    assert visitor.client.get("/announcements/hop-thon/preview.wav").get_data() == body
    assert [p.stat().st_mtime_ns for p in previews.glob("*.wav")] == [stamp]
    station.type_announcement("Họp lúc 20h.", "Họp", announcement_id="hop-thon", editing=True)
    changed = visitor.client.get("/announcements/hop-thon/preview.wav").get_data()
    assert changed != body and len(list(previews.glob("*.wav"))) == 2


def test_the_form_offers_typing_first_then_or_a_file(visitor: Visitor) -> None:
    visitor.sign_in("vanhanh")
    page = visitor.get(NEW).text
    typed, sent = page.index("<h2>Gõ nội dung</h2>"), page.index("<h2>Hoặc gửi tệp</h2>")
    assert typed < sent
    # the blank choice of voice names the station as every other page does (o11 F10)
    assert "Giọng mặc định của đài" in page and "trạm" not in page


def test_changing_the_text_makes_a_new_version_whose_difference_is_shown(
    visitor: Visitor, console_station: Path
) -> None:
    visitor.sign_in("vanhanh")
    form = visitor.get("/announcements/hop-thon/edit").text
    assert "Sửa thông báo “Họp thôn Đông”" in text(form)  # its title, not its id
    assert ">Họp thôn lúc 19h.</textarea>" in form and 'value="Họp thôn Đông"' in form
    response = visitor.post("/announcements/hop-thon/edit", {
        "title": "Họp thôn Đông", "text": "Họp thôn lúc 20h tại nhà văn hóa.", "campaign": "thon",
        "priority": "normal", "repeat": "1", "action": "save"})  # fmt: skip
    assert response.location == "/announcements/hop-thon"
    shown = text(visitor.get(response.location).text)
    assert "đổi thành phiên bản 2, cần duyệt lại" in shown
    diff = visitor.get("/announcements/hop-thon/diff?old=1&new=2")
    assert diff.status_code == 200
    assert "<del>19h</del> → <ins>20h tại nhà văn hóa</ins>." in diff.text
    assert "Họp thôn lúc" in text(diff.text)
    missing = visitor.get("/announcements/hop-thon/diff?old=1&new=9")
    assert missing.status_code == 400 and "không có phiên bản 9" in text(missing.text)
    assert visitor.get("/announcements/hop-thon/diff?old=x").status_code == 400


def test_a_notice_stored_as_emergency_is_said_as_it_airs_and_its_form_keeps_it_first(
    visitor: Visitor, console_station: Path
) -> None:
    """review21 #4: a notice stored as Emergency before a notice could no longer take it was
    labelled "cuts what is on air" (it never did: it airs first in its slot), and its edit form
    selected nothing, so saving new words posted "Thường" unseen. Its page says how it airs;
    the form preselects "Ưu tiên" and says why; saved as the browser sends it, it stays first."""
    with sqlite3.connect(console_station / "station.db") as conn:  # as stored before tonight
        conn.execute("UPDATE announcements SET priority = 'emergency' WHERE id = 'hop-thon'")
        conn.execute("UPDATE announcement_versions SET settings = json_set(settings, "
                     "'$.priority', 'emergency') WHERE announcement_id = 'hop-thon'")  # fmt: skip
    visitor.sign_in("vanhanh")
    for page in ("/announcements/hop-thon", "/announcements"):
        shown = text(visitor.get(page).text)
        assert "Khẩn cấp (cài đặt cũ: phát đầu tiên trong khung giờ, như Ưu tiên)" in shown, page
        assert "ngắt chương trình" not in shown, page
    form = visitor.get("/announcements/hop-thon/edit").text
    chosen = re.findall(r'<option value="([a-z]+)" selected>', form.split('name="priority"')[1])
    assert chosen == ["priority"]
    assert "khi lưu, phiên bản này là Ưu tiên" in text(form)
    saved = visitor.post("/announcements/hop-thon/edit", {
        "title": "Họp thôn Đông", "text": "Họp thôn lúc 20h.", "campaign": "thon",
        "priority": chosen[0], "repeat": "1", "action": "save"})  # fmt: skip
    assert saved.status_code == 302
    assert query(console_station, "SELECT version, priority FROM announcements "
                 "WHERE id = 'hop-thon'") == [(2, "priority")]  # fmt: skip
    assert "Ưu tiên (phát đầu tiên trong khung giờ kế tiếp)" in text(
        visitor.get(saved.location).text
    )


def test_an_emergency_or_an_upstream_announcement_is_not_changed_here(
    visitor: Visitor, console_station: Path
) -> None:
    from broadcaster.station import Station

    _, emergency = Station.open(console_station).create_emergency("duyet", text="Lũ về.")
    visitor.sign_in("vanhanh")
    page = text(visitor.get(f"/announcements/{emergency}").text)
    assert "Sửa nội dung" not in page
    assert "Khẩn cấp (đã ngắt chương trình đang phát khi được gửi)" in page  # as it aired
    assert "Thôi phát" not in page  # o22lan11 N5: it aired once and is over
    before = store_dump(console_station)
    forced = visitor.post(f"/announcements/{emergency}/edit", {"title": "x", "text": "Đổi.",
                          "priority": "normal", "repeat": "1", "action": "save"},
                          page=f"/announcements/{emergency}/edit")  # fmt: skip
    assert forced.status_code == 400
    assert "dành cho thông báo khẩn cấp" in text(forced.text)
    assert store_dump(console_station) == before


def test_no_door_retires_or_lists_an_emergency_as_a_notice(
    visitor: Visitor, console_station: Path, vietnamese: None
) -> None:
    """w22c2 left two doors open: `announce list` (and --json) still listed an emergency, and
    the console's retire URL still asked to retire one. Each now says what Thông báo says:
    not a notice, and there is nothing to retire (it airs only when sent; the log says if it
    did). review23 #4: this one never aired, and the refusal said "tin đã phát"."""
    _, emergency = Station.open(console_station).create_emergency("duyet", text="Lũ về.")
    said = ("là tin khẩn cấp: tin chỉ phát ngay khi được gửi, không nằm trong khung giờ nào, "
            "nên không có gì để thôi phát; Nhật ký ghi tin đã phát hay chưa")  # fmt: skip
    before = store_dump(console_station)
    visitor.sign_in("vanhanh")
    asked = visitor.get(f"/announcements/{emergency}/retire")
    assert asked.status_code == 303 and asked.location == f"/announcements/{emergency}"
    page = text(visitor.get(asked.location).text)
    assert said in page and "Thôi phát" not in page
    forced = visitor.post(f"/announcements/{emergency}/retire", {}, page="/announcements/hop-thon")
    assert forced.status_code == 303 and said in text(visitor.get(forced.location).text)

    run = runner_for(console_station)
    assert emergency not in run("announce", "list", "--all").stdout
    listed_ids = {a["id"] for a in json.loads(run("announce", "list", "--all", "--json").stdout)}
    assert emergency not in listed_ids and {"hop-thon", "bluezone"} <= listed_ids
    refused = run("announce", "retire", emergency, "--by", "vanhanh", code=1)
    assert said in refused.stderr and refused.stderr.count("\n") == 1
    assert "tin đã phát khi" not in refused.stderr  # it never aired here
    assert store_dump(console_station) == before
    assert "hop-thon" in run("announce", "list").stdout  # a notice is listed and retired as before
    run("announce", "retire", "hop-thon", "--by", "vanhanh")
    again = visitor.get("/announcements/hop-thon/retire")  # retired meanwhile: said, not asked
    assert again.status_code == 303
    assert "đã ngừng phát từ trước" in text(visitor.get(again.location).text)


def test_only_an_approver_approves_and_their_name_is_recorded(
    visitor: Visitor, console: Any, console_sessions: dict[str, str], console_station: Path
) -> None:
    visitor.sign_in("vanhanh")
    page = visitor.get("/announcements/hop-thon").text
    assert "Duyệt phiên bản 1" not in text(page)
    before = store_dump(console_station)
    refused = visitor.post("/announcements/hop-thon/approve", {})
    assert refused.status_code == 403
    assert store_dump(console_station) == before

    approver = Visitor(console, console_sessions)
    approver.sign_in("duyet")
    assert "Duyệt phiên bản 1" in text(approver.get("/announcements/hop-thon").text)
    done = approver.post("/announcements/hop-thon/approve", {})
    assert done.location == "/announcements/hop-thon"
    assert query(console_station, "SELECT approved_version, approved_by FROM announcements "
                 "WHERE id = 'hop-thon'") == [(1, "duyet")]  # fmt: skip
    assert (
        "Đã duyệt thông báo 'Họp thôn Đông' phiên bản 1 (Người duyệt (tài khoản duyet))."
        in text(approver.get("/announcements/hop-thon").text)
    )


def test_an_approver_approves_the_version_they_read_not_one_changed_meanwhile(
    visitor: Visitor, console: Any, console_sessions: dict[str, str], console_station: Path
) -> None:
    approver = Visitor(console, console_sessions)
    approver.sign_in("duyet")
    approver.get("/announcements/hop-thon")  # reads version 1
    visitor.sign_in("vanhanh")
    visitor.post("/announcements/hop-thon/edit", {"title": "Họp thôn Đông", "text": "Hoãn họp.",
                 "priority": "normal", "repeat": "1", "action": "save"},
                 page="/announcements/hop-thon/edit")  # fmt: skip
    before = store_dump(console_station)
    key = approver.form_key("/announcements/hop-thon/approve")
    refused = approver.post("/announcements/hop-thon/approve", {"version": "1", "once": key})
    # o15lan2 N10: he lands on a GET address (a pull-to-refresh resends nothing), the
    # comparison of what he read with what is there now, told plainly why
    assert refused.status_code == 303
    assert refused.location == "/announcements/hop-thon/diff?old=1&new=2"
    page = approver.get(refused.location).text
    assert (
        "Thông báo đã được sửa sau khi anh/chị mở trang: "
        "Người vận hành (tài khoản vanhanh) đã lưu phiên bản 2" in text(page)
    ), text(page)
    assert "còn anh/chị đã đọc phiên bản 1. Chưa duyệt gì." in text(page)
    assert "<del>Họp thôn lúc 19h</del> → <ins>Hoãn họp</ins>." in page
    assert "Duyệt phiên bản 2" in text(page)
    assert store_dump(console_station) == before
    twice = approver.post(
        "/announcements/hop-thon/approve",
        {"version": "1", "once": key},
        page="/announcements/hop-thon",
    )  # the same tap resent: refused again,
    assert twice.location == refused.location  # never "already sent" (the key was not kept)
    assert "đã được gửi lúc" not in text(approver.get(twice.location).text)
    done = approver.post("/announcements/hop-thon/approve", {})  # from the comparison
    assert done.status_code == 302
    assert query(console_station, "SELECT approved_version FROM announcements "
                 "WHERE id = 'hop-thon'") == [(2,)]  # fmt: skip


@pytest.mark.parametrize("crafted", ["²", "٣", "9" * 30, "-1", "1.0"])
def test_a_crafted_version_number_is_refused_in_vietnamese_never_a_server_error(
    console: Any, console_sessions: dict[str, str], console_station: Path, crafted: str
) -> None:
    """'²' passes `isdigit` and `int` refuses it; thirty nines overflow SQLite (review16 #12)."""
    approver = Visitor(console, console_sessions)
    approver.sign_in("duyet")
    before = store_dump(console_station)
    page = "/announcements/hop-thon"
    for url, sent, said in (
        (f"{page}/approve", {"version": crafted}, "Chưa duyệt gì"),
        (f"{page}/refuse", {"version": crafted, "reason": "Sai giờ họp."}, "Chưa duyệt gì"),
        ("/approve-again", {"id": "hop-thon", "version": crafted}, "hãy đọc lại trước khi duyệt"),
    ):
        refused = approver.post(url, sent, page="/" if "again" in url else page)
        assert refused.status_code == 303, url
        assert said in text(approver.get(refused.location).text), url
    compared = approver.get(f"{page}/diff?old={crafted}&new=1")
    assert compared.status_code == 400
    assert "Hãy chọn hai phiên bản để so sánh" in text(compared.text)
    assert store_dump(console_station) == before


def test_a_refusal_reason_with_a_control_character_is_refused_where_it_was_typed(
    console: Any, console_sessions: dict[str, str], console_station: Path
) -> None:
    """A NUL pasted or forged into the reason would travel to the office in every push, and
    PostgreSQL holds none (review21 #1): the approver reads why, beside the field."""
    approver = Visitor(console, console_sessions)
    approver.sign_in("duyet")
    before = store_dump(console_station)
    page = "/announcements/hop-thon"
    refused = approver.post(f"{page}/refuse", {"version": "1", "reason": "Sai\x00 giờ họp."},
                            page=page)  # fmt: skip
    assert refused.status_code == 400
    assert field_error(refused.text, "reason").startswith(
        "Lý do không duyệt có một ký tự điều khiển không nhìn thấy được (U+0000, ký tự thứ 4)"
    )
    assert store_dump(console_station) == before


def test_retiring_asks_first_and_the_announcement_then_leaves_the_list(
    visitor: Visitor, console_station: Path
) -> None:
    visitor.sign_in("vanhanh")
    confirm = visitor.get("/announcements/bluezone/retire")
    assert "Thôi phát “Cài Bluezone”?" in text(confirm.text)
    assert query(console_station, "SELECT retired_at FROM announcements "
                 "WHERE id = 'bluezone'") == [(None,)]  # fmt: skip
    done = visitor.post("/announcements/bluezone/retire", {})
    assert done.location == "/announcements/bluezone"
    assert "sẽ không phát nữa" in text(visitor.get(done.location).text)
    assert "bluezone" not in listed(visitor.get("/announcements").text)
    assert listed(visitor.get("/announcements?status=retired").text) == ["bluezone"]
    again = visitor.post("/announcements/bluezone/retire", {}, page="/announcements/bluezone")
    assert again.location == "/announcements/bluezone"  # a GET address (o15lan2 N10)
    assert "đã ngừng phát từ trước" in text(visitor.get(again.location).text)


def test_no_announcement_page_shows_an_english_sentence(
    visitor: Visitor, console: Any, console_sessions: dict[str, str]
) -> None:
    english = english_sentences()
    approver = Visitor(console, console_sessions)
    approver.sign_in("duyet")
    pages = [approver.get(url) for url in (
        "/announcements", "/announcements?status=draft", NEW, "/announcements/hop-thon",
        "/announcements/hop-thon/edit", "/announcements/hop-thon/retire",
        "/announcements/hop-thon/diff",
    )]  # fmt: skip
    pages.append(approver.post(NEW, TYPED | {"repeat": "9"}, page=NEW))
    pages.append(approver.post(NEW, TYPED | {"action": "preview"}, page=NEW))
    assert [p.status_code for p in pages] == [200] * 7 + [400, 200]
    for page in pages:
        shown = text(page.get_data(as_text=True))
        assert not [s for s in english if s in shown], shown


def test_every_sent_file_s_faults_are_said_at_once_next_to_the_files(
    visitor: Visitor, console_station: Path
) -> None:
    """As on the command line: every file sent is read, and all their faults said together."""
    from test_bad_input import FAULTY_FILES

    visitor.sign_in("vanhanh")
    before = store_dump(console_station)
    response = send(visitor, *FAULTY_FILES.items())
    assert response.status_code == 400
    said = field_error(response.text, "files")
    vietnamese = ("latin.txt: tệp không phải văn bản UTF-8",
                  "trong.txt: thông báo không có nội dung để đọc", "dai.txt: tệp nặng 133 KB",
                  "ngay.md: 'Có hiệu lực đến': '31/02/2027' không phải ngày tháng")  # fmt: skip
    for expected in vietnamese:
        assert expected in said
    assert "/.upload-" not in said  # the good one is named only as not added either (N6)
    assert said.count("tot.md") == 1 and "Tệp còn lại (tot.md) cũng chưa được thêm" in said
    assert store_dump(console_station) == before


def test_the_approver_hears_it_before_the_approve_button_and_the_refusing_form(
    visitor: Visitor, console_station: Path, tmp_path: Path
) -> None:
    """o17lan6 B2: the ▶ player under "Nghe thử" came after "Duyệt phiên bản 1": on a phone
    the button to approve was reached before the one to listen."""
    station = Station.open(console_station)
    station.add_announcements([write_script(tmp_path, "hop.md", "Mời bà con đi họp.",
                                            id="hop-dan", title="Họp dân")])  # fmt: skip
    visitor.sign_in("duyet")
    page = visitor.get("/announcements/hop-dan").text
    heard = page.index("<audio")
    assert page.index(">Nghe thử<") < heard < page.index("Duyệt phiên bản 1")
    assert heard < page.index("Không duyệt phiên bản 1…")
    # and read before it too, as the guide has him do it (w27leader F5: the words came two
    # phone screens below the approve button)
    shown = text(page)
    assert shown.index("Mời bà con đi họp.") < shown.index("Nghe thử")
    assert shown.index("Giọng đọc sẽ đọc") < shown.index("Duyệt phiên bản 1")
    station.approve("hop-dan", "duyet")  # approved: the facts first again, as for the officer
    shown = text(visitor.get("/announcements/hop-dan").text)
    assert shown.index("Nghe thử") < shown.index("Mời bà con đi họp.")


def _campaigns(station: Path, folder: Path, *named: tuple[str, str | None]) -> None:
    """One approved notice in each campaign (code, title or None)."""
    opened = Station.open(station)
    for code, title in named:
        front: dict[str, object] = {"id": f"n-{code}", "title": f"Tin {code}", "campaign": code}
        if title:
            front["campaign_title"] = title
        opened.add_announcements([write_script(folder, f"{code}.md", "Bà con chú ý.", **front)])


def _campaign_of(station: Path, title: str) -> list[tuple[str | None]]:
    return query(station, "SELECT campaign FROM announcements WHERE title = ?", (title,))


def test_a_title_two_campaigns_share_is_refused_next_to_the_field_and_kept(
    visitor: Visitor, console_station: Path, tmp_path: Path
) -> None:
    """review17b #11: two campaigns titled alike, the notice went to the newest one's, unsaid;
    a title equal to another campaign's code went to the titled one."""
    _campaigns(console_station, tmp_path, ("dich-2025", "Phòng, chống dịch"),
               ("dich-2026", "Phòng, chống dịch"), ("bluezone", None),
               ("cai-dat", "bluezone"))  # fmt: skip
    visitor.sign_in("vanhanh")
    offers = visitor.get(NEW).text.split('id="known-campaigns"')[1].split("</datalist>")[0]
    offered = re.findall(r'<option value="([^"]*)">', offers)  # each name one campaign's
    assert sorted(offered) == ["bluezone", "cai-dat", "dich-2025", "dich-2026", "thon"]
    for typed in ("Phòng, chống dịch", "bluezone"):
        sent = {**TYPED, "title": "Họp dân", "campaign": typed}
        refused = visitor.post(NEW, sent, page=NEW)
        assert refused.status_code == 400
        said = field_error(refused.text, "campaign")
        assert said.startswith(f"“{typed}” là tên của 2 chiến dịch")
        assert f'name="campaign" value="{html.escape(typed)}"' in refused.text  # what she typed
        assert _campaign_of(console_station, "Họp dân") == []  # nothing stored
    saved = visitor.post(NEW, {**TYPED, "title": "Họp dân", "campaign": "dich-2025"}, page=NEW)
    assert saved.status_code == 302
    assert _campaign_of(console_station, "Họp dân") == [("dich-2025",)]


def test_a_notice_in_a_campaign_that_shares_its_title_is_changed_in_its_own_campaign(
    visitor: Visitor, console_station: Path, tmp_path: Path
) -> None:
    """review17b #11: its form names the campaign by code, and saving keeps it there."""
    _campaigns(console_station, tmp_path, ("dich-2025", "Phòng, chống dịch"),
               ("dich-2026", "Phòng, chống dịch"))  # fmt: skip
    visitor.sign_in("vanhanh")
    form = visitor.get("/announcements/n-dich-2025/edit").text
    assert 'name="campaign" value="dich-2025"' in form
    listed = visitor.get("/announcements").text.split('name="campaign"')[1].split("</select>")[0]
    assert ">dich-2025</option>" in listed and ">dich-2026</option>" in listed
    for typed in ("dich-2025", "Phòng, chống dịch"):  # its own campaign's title is its own
        changed = {**TYPED, "title": "Tin dich-2025", "campaign": typed, "text": f"Chú ý, {typed}."}
        saved = visitor.post("/announcements/n-dich-2025/edit", changed,
                             page="/announcements/n-dich-2025/edit")  # fmt: skip
        assert saved.status_code == 302
        assert _campaign_of(console_station, "Tin dich-2025") == [("dich-2025",)]


def test_the_page_that_changes_a_refused_notice_says_why_it_was_refused(
    visitor: Visitor, console_station: Path, tmp_path: Path
) -> None:
    """o17lan6 B6: the guide says "sửa theo lý do"; on a phone the reason was a page back."""
    station = Station.open(console_station)
    station.add_announcements([write_script(tmp_path, "hoc.md", "Học sinh nghỉ học ngày mai.",
                                            id="nghi-hoc", title="Nghỉ học")])  # fmt: skip
    station.refuse("nghi-hoc", "duyet", "Ghi rõ nghỉ đến ngày nào.")
    visitor.sign_in("vanhanh")
    page = visitor.get("/announcements/nghi-hoc/edit").text
    shown = text(page)
    assert "Ghi rõ nghỉ đến ngày nào." in shown
    assert shown.index("không duyệt phiên bản 1") < shown.index("Nội dung cần đọc")


def test_the_version_made_after_a_refusal_shows_the_approver_what_he_asked_for(
    visitor: Visitor, console_station: Path, tmp_path: Path
) -> None:
    """w27leader F3: anh Tuấn refused v1 with a reason; Lan saved v2; v2's page and its
    comparison said nothing of v1's refusal, so he had to remember what he had asked for.
    Once he approves v2, the old refusal is no longer said."""
    station = Station.open(console_station)
    station.add_announcements([write_script(tmp_path, "hop.md", "Họp dân lúc 19h30.",
                                            id="hop-dan", title="Họp dân")])  # fmt: skip
    station.refuse("hop-dan", "duyet", "Ghi rõ họp về việc gì, và sửa giờ thành 19h00.")
    station.add_announcements([write_script(tmp_path, "hop.md", "Họp dân bàn làm đường lúc 19h.",
                                            id="hop-dan", title="Họp dân")])  # fmt: skip
    visitor.sign_in("duyet")
    page = text(visitor.get("/announcements/hop-dan").text)
    said = "không duyệt phiên bản 1"
    assert "Ghi rõ họp về việc gì, và sửa giờ thành 19h00." in page
    assert "Phiên bản 2 là nội dung đã sửa sau đó: đã sửa đúng như lý do chưa?" in page
    assert page.index(said) < page.index("Duyệt phiên bản 2")  # read before he approves
    compared = text(visitor.get("/announcements/hop-dan/diff").text)
    assert compared.index("Từ phiên bản 1 sang phiên bản 2") < compared.index("sửa giờ thành 19h00")
    assert compared.index("sửa giờ thành 19h00") < compared.index("Duyệt phiên bản 2")
    other = text(visitor.get("/announcements/hop-dan/diff?old=2&new=2").text)
    assert "sửa giờ thành 19h00" not in other  # not the comparison with the refused one
    station.approve("hop-dan", "duyet")
    assert "sửa giờ thành 19h00" not in text(visitor.get("/announcements/hop-dan").text)


def test_the_change_form_names_the_campaign_by_its_title_and_keeps_the_campaign(
    visitor: Visitor, console_station: Path, tmp_path: Path
) -> None:
    """o17lan6 C5: "Chiến dịch" showed the code "bluezone", a word she never wrote."""
    station = Station.open(console_station)
    station.add_announcements([write_script(
        tmp_path, "bz2.md", "Bà con cài đặt Bluezone.", id="bz2", title="Cài Bluezone đợt 2",
        campaign="bluezone", campaign_title="Tuyên truyền cài đặt Bluezone")])  # fmt: skip
    visitor.sign_in("vanhanh")
    form = visitor.get("/announcements/bz2/edit").text
    assert 'name="campaign" value="Tuyên truyền cài đặt Bluezone"' in form
    assert 'value="bluezone"' not in form
    saved = visitor.post("/announcements/bz2/edit", {
        "title": "Cài Bluezone đợt 2", "text": "Bà con cài đặt Bluezone ngay.",
        "campaign": "Tuyên truyền cài đặt Bluezone", "priority": "normal", "repeat": "1",
        "action": "save"}, page="/announcements/bz2/edit")  # fmt: skip
    assert saved.status_code == 302
    assert query(console_station, "SELECT campaign FROM announcements WHERE id = 'bz2'") == [
        ("bluezone",)
    ]


def test_the_form_offers_no_emergency_and_refuses_one_next_to_the_priority(
    visitor: Visitor, console_station: Path
) -> None:
    """ "Khẩn cấp (ngắt chương trình đang phát)" was offered for a notice, which then aired in
    its slots like any other, every day (schedules.priority.NOTICE_PRIORITIES): the form
    offers normal and priority; an emergency is "Phát khẩn cấp"."""
    visitor.sign_in("vanhanh")
    form = visitor.get(NEW).text
    assert 'value="priority"' in form and 'value="emergency"' not in form
    before = store_dump(console_station)
    refused = visitor.post(NEW, {**TYPED, "priority": "emergency"}, page=NEW)
    assert refused.status_code == 400
    said = field_error(refused.text, "priority")
    assert "không thể là tin khẩn cấp" in said and "“Phát khẩn cấp”" in said, said
    # where she finds it (an approver's box), not a command she has no way to type (o21lan10 N4)
    assert "(của người duyệt, ở cuối “Trang chủ”)" in said and "broadcaster" not in said, said
    assert store_dump(console_station) == before
