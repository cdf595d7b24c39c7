"""Every console form's field errors are whole Vietnamese sentences naming the field (w26hand):
each form is sent bad input through the real app (Flask's test client), and every error shown
next to a field is read as the officer reads it: a capital, a full stop, Vietnamese words, the
field's label, never the ellipsis the library writes for an item not named yet."""

from __future__ import annotations

import html
import re
from pathlib import Path

from conftest import Visitor, store_dump

from common.plain_text import fold

FORMS: list[tuple[str, str, dict[str, str], set[str]]] = [
    ("/announcements/new", "/announcements/new",
     {"id": "", "text": " ", "title": "", "campaign": "", "priority": "normal", "repeat": "abc",
      "valid_from": "32/13/2026", "valid_until": "hôm kia x", "voice": ""},
     {"title", "text", "repeat", "valid_from", "valid_until"}),
    ("/announcements/new", "/announcements/new",
     {"id": "Mã Sai!", "text": "Họp thôn.", "title": "Họp", "campaign": "", "priority": "normal",
      "repeat": "9", "valid_from": "", "valid_until": "", "voice": ""}, {"id", "repeat"}),
    ("/announcements/upload", "/announcements/new", {}, {"files"}),
    ("/lexicon", "/lexicon", {"term": "", "spoken": ""}, {"term"}),
    ("/users", "/users", {"name": "Tên Sai!", "role": "operator", "password": "a", "again": "a",
                          "full_name": "", "position": ""}, {"name"}),
    ("/users", "/users", {"name": "lan", "role": "operator", "password": "mật khẩu dài đủ",
                          "again": "mật khẩu khác", "full_name": "", "position": ""}, {"again"}),
    ("/users/vanhanh/person", "/users/vanhanh", {"full_name": "Nguyễn " * 40, "position": ""},
     {"full_name"}),
    ("/users/vanhanh/password", "/users/vanhanh", {"password": "a", "again": "a"}, {"password"}),
    ("/password", "/password", {"current": "", "password": "mật khẩu dài đủ", "again": "khác"},
     {"again"}),
    ("/schedule/new", "/schedule/new",
     {"name": "", "title": "Sáng", "at": "25:99", "days": "xyz", "since": "abc", "until": "",
      "campaign": "bluezone", "max_minutes": "-1"}, {"at", "days", "since", "max_minutes"}),
    ("/report-heading", "/report-heading",
     {"parent": "", "issuer": "", "place": "", "signer": "", "signer_name": "",
      "signer_title": ""}, {"parent", "issuer", "place", "signer"}),
    ("/jingles/intro", "/jingles", {}, {"file-intro"}),
    ("/sync/trust", "/sync", {"address": "khong phai dia chi"}, {"address"}),
    ("/emergency", "/", {"text": "  "}, {"text"}),
]  # fmt: skip
"""(form, the page it is on, what is typed, the fields that must say what is wrong)."""

ERROR = re.compile(r'<p class="error" id="([\w-]+)-error">(.*?)</p>', re.S)
VIETNAMESE = re.compile(r"[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]")
ENGLISH = re.compile(r"\b(the|is|must|not|invalid|required|field|please|enter|value)\b", re.I)


def shown_errors(page: str) -> dict[str, tuple[str, str]]:
    """Each field's error as read, with the field's label (its words before any "(…)")."""
    found = {}
    for field, said in ERROR.findall(page):
        label = re.search(rf'<label for="{field}">(.*?)</label>', page, re.S)
        assert label, f"the error of '{field}' has no labelled field"
        named = html.unescape(re.sub(r"<[^>]+>", "", label.group(1))).split(" (")[0].strip()
        found[field] = (" ".join(html.unescape(said).split()), named)
    return found


def read_as_a_sentence(said: str, label: str, where: object) -> None:
    assert said[:1].isupper() or said[:1] in "“'", (where, said)  # a sentence…
    assert said.endswith("."), (where, said)
    assert VIETNAMESE.search(said), (where, said)  # in Vietnamese, whatever was typed
    assert not ENGLISH.search(re.sub(r"'[^']*'|“[^”]*”", "", said)), (where, said)
    read = set(re.findall(r"\w+", fold(said)))
    words = {w for w in fold(label).split() if len(w) > 2} - {"cua", "cac", "mot", "hoac"}
    assert read & (words or {fold(label)}), (where, said, label)  # names the field
    assert "“…”" not in said and "'…'" not in said, (where, said)  # not "an item not named"


def test_every_form_says_each_field_s_fault_in_a_vietnamese_sentence_naming_it(
    visitor: Visitor, console_station: Path
) -> None:
    visitor.sign_in("quantri")
    before = store_dump(console_station)
    for form, page, typed, wanted in FORMS:
        response = visitor.post(form, typed, page=page)
        assert response.status_code == 400, (form, typed)
        errors = shown_errors(response.get_data(as_text=True))
        assert wanted <= set(errors), (form, errors)
        for field, (said, label) in errors.items():
            read_as_a_sentence(said, label, (form, field))
    assert store_dump(console_station) == before  # nothing bad was kept
    [(said, label)] = shown_errors(visitor.get("/log?status=nope").get_data(as_text=True)).values()
    read_as_a_sentence(said, label, "/log")  # a form that only reads
    dated = FORMS[0]
    page = visitor.post(dated[0], dated[2], page=dated[1]).get_data(as_text=True)
    assert shown_errors(page)["valid_from"][0] == (
        "Ô “Có hiệu lực từ”: '32/13/2026' không phải ngày tháng: không có ngày 32/13/2026 "
        "(ngày/tháng/năm).")  # fmt: skip
