"""A form sent twice does its work once (officer trial ten, F1–F3): a phone on poor Wi-Fi
resends the form it showed, one send after the other or both at once. Each console form that
changes the store carries a one-time key; the second send changes nothing and says when the
first one did it (Flask's test client, several clients at once for the same moment)."""

from __future__ import annotations

import re
import sqlite3
import threading
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from conftest import CSRF_FIELD, SESSION_COOKIE, SetClock, Visitor, query, store_dump
from servers import held_office
from test_upstream import make_office
from test_web import field_error, text

from broadcaster.layout import STORE
from broadcaster.station import AlreadyDone, Station

NEW = "/announcements/new"
NOTICE = {"title": "Lịch cắt nước sinh hoạt ngày 04/12", "text": "Ngày 04/12 cắt nước từ 7h.",
          "campaign": "", "priority": "normal", "repeat": "1", "valid_from": "",
          "valid_until": "", "voice": ""}  # fmt: skip
SLOT = {"title": "Cắt nước sáng", "name": "", "at": "6h45", "days": "hằng ngày",
        "campaign": "bluezone", "since": "", "until": "", "max_minutes": ""}  # fmt: skip
HEADING = {"parent": "UBND xã Tân Lập", "issuer": "Đài truyền thanh xã Tân Lập",
           "place": "Tân Lập", "signer": "TRƯỞNG ĐÀI", "signer_name": "Lê Văn Bình"}  # fmt: skip
EMERGENCY = "Bão số 3 đổ bộ lúc 17h30, bà con ở trong nhà."
KEY_FIELD = re.compile(r'name="once" value="([^"]+)"')


def shown(visitor: Visitor, page: str, form: str, data: dict[str, str]) -> dict[str, str]:
    """The form as a page showed it once: its fields, CSRF token and one-time key."""
    if form == "/emergency/send":
        visitor.post("/emergency", {"text": EMERGENCY}, page="/")  # the confirmation page
    else:
        visitor.get(page)
    key = visitor.form_key(form)
    token = CSRF_FIELD.search(visitor.page)
    assert key and token
    return {**data, "csrf_token": token.group(1), "once": key}


CASES = {  # what is sent, from which page, and how many rows of what it makes
    "notice": (NEW, NEW, NOTICE, "SELECT count(*) FROM announcements WHERE title LIKE 'Lịch%'",
               "Thông báo này đã được lưu lúc 05:00; không lưu lần nữa."),
    "slot": ("/schedule/new", "/schedule/new", SLOT, "SELECT count(*) FROM slots",
             "Khung giờ này đã được lưu lúc 05:00; không lưu lần nữa."),
    "emergency": ("/", "/emergency/send", {"text": EMERGENCY},
                  "SELECT count(*) FROM airings WHERE trigger = 'emergency'",
                  "Lệnh phát khẩn cấp này đã được gửi lúc 05:00; không phát lần nữa."),
    "report heading": ("/report-heading", "/report-heading", HEADING,
                       "SELECT count(*) FROM report_headings",
                       "Biểu mẫu này đã được gửi lúc 05:00; không làm lại lần nữa."),
}  # fmt: skip


@pytest.mark.parametrize("case", CASES)
def test_a_form_sent_again_after_the_first_went_through_does_nothing_and_says_when(
    visitor: Visitor, console_station: Path, case: str
) -> None:
    page, form, data, count, said = CASES[case]
    visitor.sign_in("duyet")
    before = query(console_station, count)[0][0]
    sent = shown(visitor, page, form, data)
    first = visitor.client.post(form, data=sent)
    assert first.status_code == 302
    after_first = store_dump(console_station)
    assert query(console_station, count)[0][0] == before + 1
    again = visitor.client.post(form, data=sent)  # the reply was lost: she taps again
    assert again.status_code == 302 and again.location == first.location
    result = text(visitor.get(again.location).text)
    assert said in result
    assert "đã có khung giờ" not in result
    assert query(console_station, count)[0][0] == before + 1
    assert store_dump(console_station) == after_first  # not one row more


def test_the_notice_sent_twice_is_listed_once_for_approval(visitor: Visitor) -> None:
    visitor.sign_in("vanhanh")
    sent = shown(visitor, NEW, NEW, NOTICE)
    for _ in range(2):
        visitor.client.post(NEW, data=sent)
    home = visitor.get("/").text
    waiting = home.split('id="waiting"')[1].split("</section>")[0]
    assert text(waiting).count(NOTICE["title"]) == 1


@pytest.mark.parametrize("case", CASES)
def test_two_sends_at_the_same_moment_do_the_work_once_and_the_other_is_told(
    console: Any, console_sessions: dict[str, str], console_station: Path, case: str
) -> None:
    page, form, data, count, said = CASES[case]
    before = query(console_station, count)[0][0]
    first = Visitor(console, console_sessions)
    first.sign_in("duyet")
    sent = shown(first, page, form, data)
    phones = [first, Visitor(console, console_sessions)]
    phones[1].sign_in("duyet")
    cookie = first.client.get_cookie(SESSION_COOKIE)  # one browser: the page's session
    assert cookie is not None
    phones[1].client.set_cookie(SESSION_COOKIE, cookie.value)
    start = threading.Barrier(2)
    answers: list[Any] = [None, None]

    def send(i: int) -> None:
        start.wait()
        answers[i] = phones[i].client.post(form, data=sent)

    threads = [threading.Thread(target=send, args=(i,)) for i in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert [a.status_code for a in answers] == [302, 302], [text(a.text) for a in answers]
    assert query(console_station, count)[0][0] == before + 1
    pages = [text(phone.get(a.location).text) for phone, a in zip(phones, answers, strict=True)]
    assert sum(said in p for p in pages) == 1  # one did the work; the other is told


def test_the_emergency_sent_twice_is_logged_and_reported_once(
    visitor: Visitor, console_station: Path
) -> None:
    visitor.sign_in("duyet")
    sent = shown(visitor, "/", "/emergency/send", {"text": EMERGENCY})
    for _ in range(2):
        visitor.client.post("/emergency/send", data=sent)
    assert query(console_station, "SELECT count(*) FROM emergencies") == [(1,)]
    assert query(console_station, "SELECT count(*) FROM airing_items WHERE priority = "
                                   "'emergency'") == [(1,)]  # fmt: skip


def made_up(key: str) -> str:
    """The key with its last character changed (to one it surely is not)."""
    return key[:-1] + ("1" if key.endswith("0") else "0")


def test_a_key_of_another_form_another_account_or_none_is_refused(
    console: Any, console_sessions: dict[str, str], console_station: Path
) -> None:
    operator = Visitor(console, console_sessions)
    operator.sign_in("vanhanh")
    slot_key = shown(operator, "/schedule/new", "/schedule/new", SLOT)["once"]
    notice = shown(operator, NEW, NEW, NOTICE)
    approver = Visitor(console, console_sessions)
    approver.sign_in("duyet")
    approver_form = shown(approver, NEW, NEW, NOTICE)
    before = store_dump(console_station)
    refused = "hãy tải lại trang rồi gửi lại"
    for who, data in (
        (operator, notice | {"once": slot_key}),  # the slot form's key on the notice form
        (approver, notice),  # the operator's page, sent from the approver's session
        (operator, {k: v for k, v in notice.items() if k != "once"}),  # no key at all
        (operator, notice | {"once": made_up(notice["once"])}),  # a key made up
    ):
        answer = who.client.post(NEW, data=data | {"csrf_token": approver_form["csrf_token"]}
                                 if who is approver else data)  # fmt: skip
        assert answer.status_code == 400
        assert refused in text(answer.text)
    assert store_dump(console_station) == before


def test_a_key_is_kept_a_week_then_pruned_and_an_older_form_must_be_reloaded(
    visitor: Visitor, console_station: Path, console_clock: SetClock
) -> None:
    visitor.sign_in("vanhanh")
    sent = shown(visitor, NEW, NEW, NOTICE)
    assert visitor.client.post(NEW, data=sent).status_code == 302
    console_clock.now += timedelta(days=6)
    assert "không lưu lần nữa" in text(visitor.get(visitor.client.post(NEW, data=sent)
                                                  .location).text)  # fmt: skip
    console_clock.now += timedelta(days=2)  # now over a week since that form was shown
    stale = visitor.client.post(NEW, data=sent)
    assert stale.status_code == 400 and "hãy tải lại trang" in text(stale.text)
    fresh = shown(visitor, NEW, NEW, NOTICE | {"title": "Họp thôn Tây"})
    assert visitor.client.post(NEW, data=fresh).status_code == 302
    assert query(console_station, "SELECT count(*) FROM form_keys") == [(1,)]  # the old pruned


def test_a_send_refused_because_its_twin_did_the_work_meanwhile_is_told_it_was_done(
    console_station: Path,
) -> None:
    """Two sends at the same moment, the second a little behind: it looked for its key before
    the first had committed, then found the first one's slot and refused ('đã có khung giờ').
    It must be told the form was done, as any repeat is, not shown a refusal (seen in CI under
    load, one run in several). The twin here is a second connection, as a second request is."""
    first, second = Station.open(console_station), Station.open(console_station)
    sent = first.form_key("schedule.new", "duyet")
    behind = second.read_form_key(sent, "schedule.new", "duyet", "/schedule")
    with pytest.raises(AlreadyDone) as told, second.once(behind):
        twin = first.read_form_key(sent, "schedule.new", "duyet", "/schedule")
        with first.once(twin) as answered:  # the first send does the work and answers
            answered("/schedule?week=2026-03-02#messages")
        # the second's own work now finds the slot taken and answers with no page
    assert told.value.where == "/schedule?week=2026-03-02#messages"
    assert query(console_station, "SELECT count(*) FROM form_keys") == [(1,)]


def test_a_slow_form_holds_no_lock_so_an_airing_that_starts_meanwhile_gets_the_store_at_once(
    visitor: Visitor, console_station: Path, tmp_path: Path
) -> None:
    """Trusting an office by its web address waits for its root.json (up to 35 s on a poor
    line); an airing that starts meanwhile takes the store's write lock at once. The office
    here holds its answer until the test has taken the lock."""
    root = (make_office(tmp_path / "office").metadata / "1.root.json").read_bytes()
    asked, answer = threading.Event(), threading.Event()

    def hold() -> None:  # the office is asked, and answers when the test lets it
        asked.set()
        answer.wait(timeout=60)

    visitor.sign_in("duyet")
    with held_office(root, hold) as address:
        sent = shown(visitor, "/sync", "/sync/trust", {"address": address})
        answers: list[Any] = []
        trusting = threading.Thread(target=lambda: answers.append(
            visitor.client.post("/sync/trust", data=sent)))  # fmt: skip
        trusting.start()
        try:
            assert asked.wait(timeout=30), "the console never asked the office"
            airing = sqlite3.connect(console_station / STORE, timeout=0, isolation_level=None)
            try:  # what the daemon does first when a slot starts: at once, or 'database is locked'
                airing.execute("BEGIN IMMEDIATE")
                airing.execute("ROLLBACK")
            finally:
                airing.close()
        finally:
            answer.set()
            trusting.join()
    assert answers[0].status_code == 302
    assert query(console_station, "SELECT form, answer FROM form_keys") == [("sync.trust", "/sync")]
    again = visitor.client.post("/sync/trust", data=sent)  # resent: told, not refused
    assert "không làm lại lần nữa" in text(visitor.get(again.location).text)


def test_a_wrong_current_password_is_counted_as_a_failed_log_in(visitor: Visitor) -> None:
    """A refused form keeps what the refusal itself records: guessing the current password
    on the password form is throttled as guessing it at the log-in page is."""
    visitor.sign_in("vanhanh")
    guess = {"current": "đoán thử", "password": "mới mới mới mới", "again": "mới mới mới mới"}
    said = [field_error(visitor.post("/password", guess, page="/password").text, "current")
            for _ in range(6)]  # fmt: skip
    assert said[:5] == ["Sai tên đăng nhập hoặc mật khẩu."] * 5
    assert said[5].startswith("Tài khoản này đã đăng nhập sai quá nhiều lần từ thiết bị này")


EXEMPT = {
    "auth.login": "a log-in changes no store row that a second one would repeat",
    "auth.logout": "logging out twice is logging out",
    "home.emergency": "the first step only shows what will be read",
    "sync.now": "a second sync finds nothing new; it must not hold the store during a download",
    "home.clock_right": "the form carries the hold it confirms: a second send finds nothing held "
    "and is refused (w23clock2)",
}


def test_every_form_that_changes_the_store_refuses_a_send_without_its_key(
    console: Any, visitor: Visitor, console_station: Path
) -> None:
    visitor.sign_in("quantri")
    token = CSRF_FIELD.search(visitor.get("/").text)
    assert token
    adapter = console.url_map.bind("localhost")
    before = store_dump(console_station)
    guarded = []
    for rule in console.url_map.iter_rules():
        if "POST" not in (rule.methods or ()) or rule.endpoint in EXEMPT:
            continue
        name = "sang" if rule.endpoint.startswith("schedule") else "vanhanh"
        values = {"announcement_id": "hop-thon", "role": "intro", "name": name, "number": "1"}
        url = adapter.build(rule.endpoint, {a: values[a] for a in rule.arguments})
        answer = visitor.client.post(url, data={"csrf_token": token.group(1)})
        assert answer.status_code == 400, url
        assert "hãy tải lại trang" in text(answer.text), url
        guarded.append(rule.endpoint)
    assert len(guarded) >= 20
    assert store_dump(console_station) == before
