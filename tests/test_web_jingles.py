"""Nhạc hiệu in the web console: each jingle listened to as the station stores it, a new one
sent from a phone (checked as `jingle set` checks a file), one taken out; bad files come back
with the Vietnamese sentence next to the field and nothing stored."""

from __future__ import annotations

import io
import re
import wave
from pathlib import Path
from typing import Any

import pytest
from conftest import Visitor, make_tone, query, store_dump
from test_web import english_sentences, field_error, text


def send(visitor: Visitor, role: str, name: str, body: bytes) -> Any:
    visitor.get("/jingles")
    token = re.search(r'name="csrf_token" value="([^"]+)"', visitor.page)
    assert token
    data = {"csrf_token": token.group(1), "file": (io.BytesIO(body), name),
            "once": visitor.form_key(f"/jingles/{role}")}  # fmt: skip
    response = visitor.client.post(
        f"/jingles/{role}", data=data, content_type="multipart/form-data"
    )
    visitor.page = response.get_data(as_text=True)
    return response


def test_each_jingle_can_be_heard_and_a_missing_one_says_so(visitor: Visitor) -> None:
    visitor.sign_in("vanhanh")
    page = visitor.get("/jingles").text
    for role in ("intro", "outro"):
        assert f'<audio controls preload="metadata" src="/jingles/{role}.wav">' in page
    assert "/jingles/bridge.wav" not in page
    shown = text(page)
    assert "Nhạc hiệu mở đầu" in shown and "Không có: chỗ này không phát gì." in shown
    heard = visitor.client.get("/jingles/intro.wav")
    assert heard.status_code == 200 and heard.mimetype == "audio/wav"
    with wave.open(io.BytesIO(heard.get_data())) as w:
        assert w.getnframes() / w.getframerate() == pytest.approx(2.4, abs=0.1)
    assert visitor.client.get("/jingles/bridge.wav").status_code == 404
    assert visitor.client.get("/jingles/nhac.wav").status_code == 404


def test_a_jingle_recorded_on_a_phone_replaces_the_bridge_and_can_be_taken_out(
    visitor: Visitor, console_station: Path, tmp_path: Path
) -> None:
    visitor.sign_in("vanhanh")
    tone = make_tone(tmp_path / "Nhạc chuyển.m4a", seconds=1.5).read_bytes()
    response = send(visitor, "bridge", "Nhạc chuyển.m4a", tone)
    assert response.status_code == 302 and response.location == "/jingles"
    assert query(console_station, "SELECT source FROM jingles WHERE role = 'bridge'") == [
        ("web:vanhanh/Nhạc chuyển.m4a",)
    ]
    page = visitor.get("/jingles").text
    assert "Giữa hai lần đọc: đã đặt bản mới (2 giây)." in text(page)
    assert "/jingles/bridge.wav" in page
    with wave.open(io.BytesIO(visitor.client.get("/jingles/bridge.wav").get_data())) as w:
        assert w.getnframes() / w.getframerate() == pytest.approx(1.5, abs=0.1)
    assert not list(console_station.glob(".upload-*"))

    # Bỏ asks first (w19c: one tap took the jingle out of every program)
    assert 'href="/jingles/bridge/remove"' in visitor.get("/jingles").text
    confirm = text(visitor.get("/jingles/bridge/remove").text)
    assert "Bỏ “Giữa hai lần đọc”?" in confirm and "gửi lại tệp" in confirm
    assert query(console_station, "SELECT COUNT(*) FROM jingles WHERE role = 'bridge'") == [(1,)]
    removed = visitor.post("/jingles/bridge/remove", {})
    assert removed.location == "/jingles"
    assert query(console_station, "SELECT COUNT(*) FROM jingles WHERE role = 'bridge'") == [(0,)]
    again = visitor.post("/jingles/bridge/remove", {}, page="/jingles")
    assert again.location == "/jingles"  # a GET address (o15lan2 N10)
    said = text(visitor.get("/jingles").text)
    assert "Giữa hai lần đọc: không có nhạc hiệu nào để bỏ." in said
    assert "bridge" not in said  # its name, never its code


@pytest.mark.parametrize(
    ("name", "body", "sentence"),
    [
        ("", b"", "Hãy chọn một tệp âm thanh để gửi."),
        ("nhac.mp3", b"khong phai am thanh", "nhac.mp3"),
        ("nhac.mp3", b"ffconcat version 1.0\nfile 'a.wav'\n", "nhac.mp3"),
        ("..", b"x", "không dùng làm tên tệp được"),
    ],
)
def test_a_bad_jingle_comes_back_with_the_sentence_next_to_the_field_and_nothing_stored(
    visitor: Visitor, console_station: Path, name: str, body: bytes, sentence: str
) -> None:
    visitor.sign_in("vanhanh")
    before = store_dump(console_station)
    audio = sorted((console_station / "audio").rglob("*"))
    response = send(visitor, "intro", name, body)
    assert response.status_code == 400
    error = field_error(response.text, "file-intro")
    assert sentence in error and str(console_station) not in error
    assert "file-outro-error" not in response.text  # only next to the form that was sent
    assert store_dump(console_station) == before
    assert sorted((console_station / "audio").rglob("*")) == audio


def test_the_jingles_page_is_in_vietnamese(visitor: Visitor, console: Any) -> None:
    visitor.sign_in("vanhanh")
    shown = text(visitor.get("/jingles").text)
    english = english_sentences()
    assert not [s for s in english if s in shown], shown
