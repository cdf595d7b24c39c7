"""Two tabs, or two people, editing one notice (o15lan B2): each edit page carries the version
it was built from, and a save built on an older copy is refused, saying who changed it and
when, with her text kept and the current one beside it; nothing is saved. From the refusal
page her merged text saves in one tap (o16lan3 F3); the same text again is refused unless she
ticks the choice, never undone by one more tap (o15lan2 N1)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from conftest import Visitor, query, store_dump
from test_web import text

from broadcaster.station import Station

EDIT = "/announcements/hop-thon/edit"
BUILT_ON = re.compile(r'name="built_on" value="([^"]*)"')
OVER = re.compile(r'name="over" value="([^"]*)"')
HIDDEN = re.compile(r'name="(built_on|over|refused)" value="([^"]*)"')


def stamps(opened: Visitor, keep: bool = False) -> dict[str, str]:
    """The hidden stamps of the tab's form, as a browser sends them; `keep`: she ticked "Lưu
    bản của tôi, bỏ thay đổi kia"."""
    sent = dict(HIDDEN.findall(opened.page))
    return sent | ({"keep_mine": "1"} if keep else {})


def tab(console: Any, sessions: dict[str, str], name: str = "vanhanh") -> Visitor:
    """A browser tab signed in as `name`, showing the notice's edit page."""
    opened = Visitor(console, sessions)
    opened.sign_in(name)
    opened.get(EDIT)
    return opened


def save(opened: Visitor, words: str, keep: bool = False) -> Any:
    """Save the form of the tab's page with `words` as the text, as a browser sends it."""
    return opened.post(EDIT, {
        "title": "Họp thôn Đông", "text": words, "campaign": "thon", "priority": "normal",
        "repeat": "1", "action": "save"} | stamps(opened, keep))  # fmt: skip


def texts(station: Path) -> list[str]:
    return [t for (t,) in query(station, "SELECT text FROM announcement_versions WHERE "
                                "announcement_id = 'hop-thon' ORDER BY version")]  # fmt: skip


def test_a_second_tab_built_on_the_old_text_is_refused_and_keeps_her_words(
    console: Any, console_sessions: dict[str, str], console_station: Path
) -> None:
    first, second = tab(console, console_sessions), tab(console, console_sessions)
    assert save(first, "Họp thôn lúc 19h tại hội trường Ủy ban nhân dân xã.").status_code == 302
    before = store_dump(console_station)
    refused = save(second, "Họp thôn lúc 19h30.")
    assert refused.status_code == 409
    shown = text(refused.text)
    # her own account, in another tab: not her name as if someone else (o15lan2 N2)
    assert "Anh/chị (ở một thẻ khác) đã lưu phiên bản 2 của thông báo này (hôm nay" in shown
    assert "không lưu gì" in shown
    assert ">Họp thôn lúc 19h30.</textarea>" in refused.text  # her words, kept to merge
    # the choice comes after the sentence saying why (o16lan3 F3: she met "bỏ thay đổi kia" first)
    assert refused.text.index('role="alert"') < refused.text.index('id="keep-mine"')
    assert "Bản đang lưu (phiên bản 2)" in shown and "hội trường Ủy ban nhân dân xã" in shown
    # three ways, each said whose (o16lan3 F4): the other tab added the place, she the time
    assert "Anh/chị (ở một thẻ khác) đã đổi (phiên bản 1 → 2)" in shown
    assert 'id="theirs">Họp thôn lúc 19h <ins>tại hội trường Ủy ban nhân dân xã</ins>.</p>' in (
        refused.text
    )
    assert "Anh/chị đã đổi trong thẻ này (so với phiên bản 1)" in shown
    assert 'id="mine">Họp thôn lúc <del>19h</del> → <ins>19h30</ins>.</p>' in refused.text
    # the current text once, in the other change's words; the tick box beside its words, as
    # every tick box of the console (o17lan5 K1: a lone box above them, the text three times)
    assert shown.count("tại hội trường Ủy ban nhân dân xã") == 1
    assert '<label class="choice"><input type="checkbox" name="keep_mine"' in refused.text
    assert store_dump(console_station) == before
    # one more tap with her text unchanged would undo the other change: refused (o15lan2 N1)
    again = save(second, "Họp thôn lúc 19h30.")
    assert again.status_code == 409 and store_dump(console_station) == before
    assert "Lưu bản của tôi, bỏ thay đổi kia" in text(again.text)
    # merged by hand, as told: one tap, no tick, and it builds on version 2 (o16lan3 F3)
    merged = save(second, "Họp thôn lúc 19h30 tại hội trường Ủy ban nhân dân xã.")
    assert merged.status_code == 302
    assert texts(console_station)[1:] == [
        "Họp thôn lúc 19h tại hội trường Ủy ban nhân dân xã.",
        "Họp thôn lúc 19h30 tại hội trường Ủy ban nhân dân xã.",
    ]


def test_a_merge_she_previews_first_still_saves_and_her_unchanged_text_still_does_not(
    console: Any, console_sessions: dict[str, str], console_station: Path
) -> None:
    """A preview ("Xem máy đọc thế nào") between the refusal and Lưu keeps what she was
    refused with: the merge she heard saves in one tap, and her old text sent again stays
    refused (o16lan3 F3)."""
    first, second = tab(console, console_sessions), tab(console, console_sessions)
    assert save(first, "Họp thôn lúc 20h.").status_code == 302
    assert save(second, "Họp thôn lúc 19h30 tại nhà văn hóa.").status_code == 409
    heard = second.post(EDIT, {"title": "Họp thôn Đông", "text": "Họp thôn lúc 19h30.",
                               "priority": "normal", "repeat": "1", "action": "preview"}
                        | stamps(second))  # fmt: skip
    assert heard.status_code == 200
    before = store_dump(console_station)
    assert save(second, "Họp thôn lúc 19h30 tại nhà văn hóa.").status_code == 409
    assert store_dump(console_station) == before
    assert save(second, "Họp thôn lúc 20h tại nhà văn hóa.").status_code == 302
    assert texts(console_station)[-1] == "Họp thôn lúc 20h tại nhà văn hóa."


def test_the_same_tab_sending_twice_is_told_it_was_saved_not_refused_as_stale(
    console: Any, console_sessions: dict[str, str], console_station: Path
) -> None:
    first = tab(console, console_sessions)
    key = first.form_key(EDIT)
    built = BUILT_ON.search(first.page)
    assert built is not None
    sent = {"title": "Họp thôn Đông", "text": "Hoãn họp.", "priority": "normal", "repeat": "1",
            "action": "save", "built_on": built.group(1), "once": key}  # fmt: skip
    assert first.post(EDIT, sent).status_code == 302
    again = first.post(EDIT, sent, page=EDIT)  # the same key and version: a resend
    assert again.status_code == 302
    assert "đã được lưu lúc" in text(first.get(again.location).text)
    assert texts(console_station) == ["Họp thôn lúc 19h.", "Hoãn họp."]


def test_a_stale_tab_after_the_newer_version_was_approved_is_refused(
    console: Any, console_sessions: dict[str, str], console_station: Path
) -> None:
    stale, other = tab(console, console_sessions), tab(console, console_sessions)
    save(other, "Họp thôn lúc 20h.")
    approver = Visitor(console, console_sessions)
    approver.sign_in("duyet")
    assert approver.post("/announcements/hop-thon/approve", {},
                         page="/announcements/hop-thon").status_code == 302  # fmt: skip
    before = store_dump(console_station)
    refused = save(stale, "Họp thôn lúc 19h30.")
    assert refused.status_code == 409 and "đã lưu phiên bản 2" in text(refused.text)
    assert store_dump(console_station) == before  # version 2 stays approved


def test_a_tab_left_open_while_the_notice_was_retired_does_not_bring_it_back(
    console: Any, console_sessions: dict[str, str], console_station: Path
) -> None:
    stale = tab(console, console_sessions)
    other = Visitor(console, console_sessions)
    other.sign_in("duyet")
    other.post("/announcements/hop-thon/retire", {}, page="/announcements/hop-thon/retire")
    before = store_dump(console_station)
    refused = save(stale, "Họp thôn lúc 19h30.")
    assert refused.status_code == 409
    assert "đã thôi phát thông báo này (hôm nay" in text(refused.text)
    assert store_dump(console_station) == before
    assert query(console_station, "SELECT retired_by FROM announcements "
                 "WHERE id = 'hop-thon'") == [("duyet",)]  # fmt: skip


SLOT = "/schedule/slot/sang"


def slot_tab(console: Any, sessions: dict[str, str]) -> Visitor:
    opened = Visitor(console, sessions)
    opened.sign_in("vanhanh")
    opened.get(SLOT)
    return opened


def save_slot(opened: Visitor, at: str, days: str, keep: bool = False) -> Any:
    return opened.post(SLOT, {
        "title": "", "at": at, "days": days, "campaign": "bluezone", "since": "", "until": "",
        "max_minutes": ""} | stamps(opened, keep))  # fmt: skip


def test_a_slot_saved_in_another_tab_meanwhile_is_not_overwritten(
    console: Any, console_sessions: dict[str, str], console_station: Path
) -> None:
    first, second = slot_tab(console, console_sessions), slot_tab(console, console_sessions)
    assert save_slot(first, "06:45", "hằng ngày").status_code == 302
    before = store_dump(console_station)
    refused = save_slot(second, "06:30", "T2-T6")
    assert refused.status_code == 400
    shown = text(refused.text)
    assert "Khung giờ sang đã được lưu lại (hôm nay" in shown and "không lưu gì" in shown
    assert 'value="T2-T6"' in refused.text  # her days, kept
    assert "Bản đang lưu 06:45" in shown  # beside the slot as saved now
    assert store_dump(console_station) == before
    assert save_slot(second, "06:30", "T2-T6").status_code == 400  # one more tap: refused
    assert store_dump(console_station) == before
    assert save_slot(second, "06:45", "T2-T6").status_code == 302  # merged: saved (o16lan3 F3)
    assert query(console_station, "SELECT at, days FROM slots WHERE name = 'sang' AND "
                 "removed_at IS NULL") == [("06:45:00", "mon,tue,wed,thu,fri")]  # fmt: skip


def test_a_slot_tab_left_open_while_the_slot_was_removed_does_not_bring_it_back(
    console: Any, console_sessions: dict[str, str], console_station: Path
) -> None:
    stale = slot_tab(console, console_sessions)
    other = slot_tab(console, console_sessions)
    other.post("/schedule/slot/sang/remove", {}, page="/schedule/slot/sang/remove")
    refused = save_slot(stale, "06:30", "hằng ngày")
    assert refused.status_code == 303  # the schedule, and why (w27office #3)
    assert "Khung giờ 'sang' không còn trong lịch phát" in text(stale.get(refused.location).text)
    assert query(console_station, "SELECT COUNT(*) FROM slots WHERE removed_at IS NULL") == [(0,)]


HEADING = "/report-heading"
LINES = {"parent": "UBND xã Tân Lập", "issuer": "Đài truyền thanh xã Tân Lập", "place": "Tân Lập",
         "signer": "KT. CHỦ TỊCH", "signer_title": "Phó Chủ tịch", "signer_name": ""}  # fmt: skip


def heading_tab(console: Any, sessions: dict[str, str], name: str) -> Visitor:
    opened = Visitor(console, sessions)
    opened.sign_in(name)
    opened.get(HEADING)
    return opened


def save_heading(opened: Visitor, lines: dict[str, str], keep: bool = False) -> Any:
    return opened.post(HEADING, lines | stamps(opened, keep))


def test_the_heading_saved_by_another_approver_meanwhile_is_not_overwritten(
    console: Any, console_sessions: dict[str, str], console_station: Path
) -> None:
    first = heading_tab(console, console_sessions, "duyet")
    second = heading_tab(console, console_sessions, "quantri")
    assert save_heading(first, LINES | {"signer_name": "Nguyễn Văn Hùng"}).status_code == 302
    before = store_dump(console_station)
    refused = save_heading(second, LINES | {"place": "Xã Tân Lập"})
    assert refused.status_code == 400
    shown = text(refused.text)
    assert (
        "Người duyệt (tài khoản duyet) đã lưu tiêu đề báo cáo (hôm nay" in shown
        and "không lưu gì" in shown
    )
    assert 'value="Xã Tân Lập"' in refused.text  # her line, kept
    assert "Bản đang lưu" in shown and "Nguyễn Văn Hùng" in shown
    assert store_dump(console_station) == before
    unchanged = LINES | {"place": "Xã Tân Lập"}
    assert save_heading(second, unchanged).status_code == 400  # one more tap: refused
    assert store_dump(console_station) == before
    assert save_heading(second, unchanged, keep=True).status_code == 302  # her choice


def lexicon_tab(console: Any, sessions: dict[str, str], name: str) -> Visitor:
    opened = Visitor(console, sessions)
    opened.sign_in(name)
    opened.get("/lexicon")
    return opened


def say(opened: Visitor, term: str, spoken: str, keep: bool = False) -> Any:
    return opened.post("/lexicon", {"term": term, "spoken": spoken} | stamps(opened, keep))


def test_a_word_said_otherwise_in_another_tab_meanwhile_is_not_replaced(
    console: Any, console_sessions: dict[str, str], console_station: Path
) -> None:
    first = lexicon_tab(console, console_sessions, "duyet")
    second = lexicon_tab(console, console_sessions, "vanhanh")
    third = lexicon_tab(console, console_sessions, "vanhanh")
    assert say(first, "Zalo", "Da lô").status_code == 302
    before = store_dump(console_station)
    refused = say(second, "zalo", "Za lô")
    assert refused.status_code == 400
    assert "Người duyệt (tài khoản duyet) đã sửa cách đọc 'zalo' thành 'Da lô' (hôm nay" in text(
        refused.text
    )
    assert 'value="Za lô"' in refused.text and store_dump(console_station) == before
    assert say(second, "zalo", "Za lô").status_code == 400  # one more tap: refused
    assert store_dump(console_station) == before
    assert say(second, "zalo", "Za lô", keep=True).status_code == 302  # her choice: hers now
    assert say(third, "bluezone", "Blu dôn").status_code == 302  # another word: not held up


def test_a_guessed_word_taught_from_a_stale_notice_page_does_not_replace_another_reading(
    console: Any, console_sessions: dict[str, str], console_station: Path
) -> None:
    Station.open(console_station).type_announcement("Họp trực tuyến qua Skype lúc 8h.", "Họp")
    stale = Visitor(console, console_sessions)
    stale.sign_in("vanhanh")
    stale.get("/announcements/hop")
    assert (
        say(lexicon_tab(console, console_sessions, "duyet"), "Skype", "Sờ cai").status_code == 302
    )
    teach = {"term": "Skype", "spoken": "xì cai"}
    refused = stale.post("/announcements/hop/lexicon", teach | stamps(stale))
    assert refused.status_code == 400
    assert "Người duyệt (tài khoản duyet) đã sửa cách đọc 'skype' thành 'Sờ cai'" in text(
        refused.text
    )
    assert "không lưu gì (cách đọc của anh/chị: 'xì cai')" in text(refused.text)
    assert query(console_station, "SELECT spoken FROM lexicon") == [("Sờ cai",)]
    assert 'name="spoken"' not in refused.text  # no longer a word to guess: nothing to tap


def test_a_notice_saved_by_another_person_meanwhile_names_that_person(
    console: Any, console_sessions: dict[str, str], console_station: Path
) -> None:
    stale, other = tab(console, console_sessions), tab(console, console_sessions, "duyet")
    assert save(other, "Họp thôn lúc 20h.").status_code == 302
    refused = save(stale, "Họp thôn lúc 19h30.")
    assert refused.status_code == 409
    assert "Người duyệt (tài khoản duyet) đã lưu phiên bản 2 của thông báo này (hôm nay" in text(
        refused.text
    )
    assert "một thẻ khác" not in text(refused.text)
    # his change is said as his, not as one of hers to undo (o16lan3 F4: "8 → 7 giờ 30")
    assert "Người duyệt (tài khoản duyet) đã đổi (phiên bản 1 → 2)" in text(refused.text)
    assert 'id="theirs">Họp thôn lúc <del>19h</del> → <ins>20h</ins>.</p>' in refused.text
    assert 'id="mine">Họp thôn lúc <del>19h</del> → <ins>19h30</ins>.</p>' in refused.text


def test_her_own_other_tab_saying_a_word_otherwise_is_named_as_her_tab(
    console: Any, console_sessions: dict[str, str], console_station: Path
) -> None:
    first = lexicon_tab(console, console_sessions, "vanhanh")
    second = lexicon_tab(console, console_sessions, "vanhanh")
    assert say(first, "Zalo", "Da lô").status_code == 302
    refused = say(second, "zalo", "Za lô")
    assert refused.status_code == 400
    assert "Anh/chị (ở một thẻ khác) đã sửa cách đọc 'zalo' thành 'Da lô'" in text(refused.text)
