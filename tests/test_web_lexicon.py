"""Từ điển in the web console: the station's pronunciations listed, added (replacing one for
the same word) and removed, a sentence tried; bad input comes back with the Vietnamese
sentence next to its field and nothing stored."""

from __future__ import annotations

import html
from pathlib import Path
from typing import Any

import pytest
from conftest import Visitor, query, store_dump
from test_web import english_sentences, field_error, text


def test_an_officer_adds_a_word_tries_a_sentence_and_removes_the_word(
    visitor: Visitor, console_station: Path
) -> None:
    visitor.sign_in("vanhanh")
    page = visitor.get("/lexicon")
    assert page.status_code == 200
    assert "Chưa có từ nào: máy đọc mọi thứ đúng như đã viết." in text(page.text)
    done = visitor.post("/lexicon", {"term": "  Zalo ", "spoken": "Da   lô"})
    assert done.location == "/lexicon"
    assert query(console_station, "SELECT term, spoken FROM lexicon") == [("zalo", "Da lô")]
    shown = text(visitor.get("/lexicon").text)
    assert "“zalo” giờ được đọc là “Da lô”." in shown
    assert "zalo Da lô" in shown
    tried = visitor.get("/lexicon", query_string={"try": "Nhắn Zalo cho xã"})
    assert "Nhắn Da lô cho xã" in text(tried.text)
    # the same word again replaces how it is said
    visitor.post("/lexicon", {"term": "ZALO", "spoken": "Za lô"}, page="/lexicon")
    assert query(console_station, "SELECT term, spoken FROM lexicon") == [("zalo", "Za lô")]
    # Xóa asks first (w19c: one tap took a word out); Hủy leaves it
    listed = visitor.get("/lexicon").text
    assert 'href="/lexicon/remove?term=zalo"' in listed
    confirm = text(visitor.get("/lexicon/remove", query_string={"term": "zalo"}).text)
    assert "Xóa 'zalo' khỏi từ điển?" in confirm and "đang được đọc là 'Za lô'" in confirm
    assert query(console_station, "SELECT term FROM lexicon") == [("zalo",)]
    removed = visitor.post("/lexicon/remove", {"term": "zalo"})
    assert removed.location == "/lexicon"
    assert query(console_station, "SELECT COUNT(*) FROM lexicon") == [(0,)]
    assert "Đã xóa 'zalo' khỏi từ điển" in text(visitor.get("/lexicon").text)


@pytest.mark.parametrize(
    ("form", "field", "sentence"),
    [
        ({"term": " ", "spoken": "x"}, "term", "cần một từ và cách đọc"),
        ({"term": "x", "spoken": ""}, "spoken", "cần một từ và cách đọc"),
        ({"term": "x" * 101, "spoken": "y"}, "term", "viết tối đa 100 ký tự"),
        ({"term": "x", "spoken": "y" * 501}, "spoken", "cách đọc tối đa 500 ký tự"),
    ],
)
def test_a_bad_entry_comes_back_with_the_sentence_next_to_the_field(
    visitor: Visitor, console_station: Path, form: dict[str, str], field: str, sentence: str
) -> None:
    visitor.sign_in("vanhanh")
    before = store_dump(console_station)
    response = visitor.post("/lexicon", form, page="/lexicon")
    assert response.status_code == 400
    assert sentence in field_error(response.text, field)
    assert f'value="{html.escape(form["term"])}"' in response.text
    assert store_dump(console_station) == before


def test_a_sentence_too_long_to_try_is_refused_next_to_its_field(visitor: Visitor) -> None:
    visitor.sign_in("vanhanh")
    response = visitor.get("/lexicon", query_string={"try": "à" * 60_000})
    assert response.status_code == 400
    assert "vượt giới hạn 100 KB" in field_error(response.text, "try")


def test_removing_a_word_that_is_not_there_says_so(visitor: Visitor, console_station: Path) -> None:
    visitor.sign_in("vanhanh")
    before = store_dump(console_station)
    response = visitor.post("/lexicon/remove", {"term": "<b>không có</b>"}, page="/lexicon")
    assert response.location == "/lexicon"  # a GET address (o15lan2 N10)
    page = visitor.get("/lexicon").text
    assert "'<b>không có</b>' không có trong từ điển" in text(page)
    assert "<b>" not in page
    assert store_dump(console_station) == before


def test_the_lexicon_page_is_in_vietnamese_and_escapes_what_was_typed(
    visitor: Visitor, console: Any
) -> None:
    visitor.sign_in("vanhanh")
    visitor.post("/lexicon", {"term": "<i>x</i>", "spoken": "<script>y</script>"}, page="/lexicon")
    page = visitor.get("/lexicon", query_string={"try": "<u>thử</u>"})
    assert "<script>y" not in page.text and "&lt;script&gt;y&lt;/script&gt;" in page.text
    assert "<u>" not in page.text
    english = english_sentences()
    shown = text(page.text)
    assert not [s for s in english if s in shown], shown
