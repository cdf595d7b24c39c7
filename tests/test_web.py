"""The web console through Flask's test client: logging in, who may open what, the home page,
the accounts page, and what happens to bad input (the Vietnamese sentence next to the field,
nothing stored)."""

from __future__ import annotations

import html
import re
import stat
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from conftest import (
    CONSOLE_ACCOUNTS,
    HCM,
    Run,
    SetClock,
    Visitor,
    copy_refused_after_log_out,
    query,
    store_dump,
)

from audio_out.sinks import NullSink
from broadcaster.accounts import ACCOUNT_FAILURES, ADDRESS_FAILURES, NoAdminAccount, Role
from broadcaster.airing import air
from broadcaster.layout import WEB_SECRET
from broadcaster.station import Station
from web import MAX_UPLOAD_MB, create_app
from web.access import Access, access_of


def text(page: str) -> str:
    """What a person reads: tags dropped, entities decoded, spaces collapsed."""
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", page)).split())


def field_error(page: str, field: str) -> str:
    """The sentence shown next to a form field."""
    found = re.search(rf'<p class="error" id="{field}-error">([^<]*)</p>', page)
    assert found, f"no error next to '{field}'"
    return html.unescape(found.group(1))


# ----- logging in --------------------------------------------------------------------------------
def test_a_stranger_is_sent_to_log_in_and_comes_back_where_they_were_going(
    visitor: Visitor,
) -> None:
    response = visitor.get("/users")
    assert response.status_code == 302
    assert response.location == "/login?next=/users"
    login = visitor.get(response.location)
    assert '<html lang="vi">' in login.text
    assert "Tên đăng nhập" in text(login.text) and "Mật khẩu" in text(login.text)
    response = visitor.post("/login?next=/users", {"name": "QuanTri", "password":
                            CONSOLE_ACCOUNTS["quantri"][1]})  # fmt: skip
    assert response.status_code == 302 and response.location == "/users"
    assert "Thêm tài khoản" in text(visitor.get("/users").text)


def test_a_wrong_password_is_refused_in_vietnamese_and_counted(
    visitor: Visitor, console_station: Path
) -> None:
    response = visitor.log_in("vanhanh", "không phải mật khẩu")
    assert response.status_code == 400
    assert "Sai tên đăng nhập hoặc mật khẩu" in text(response.text)
    assert visitor.get("/").status_code == 302  # still not logged in
    assert query(console_station, "SELECT account FROM login_failures") == [("vanhanh",)]


def test_empty_fields_are_named_and_not_counted(visitor: Visitor, console_station: Path) -> None:
    response = visitor.post("/login", {"name": " ", "password": ""}, page="/login")
    assert response.status_code == 400
    assert field_error(response.text, "name") == "Hãy nhập tên đăng nhập."
    assert field_error(response.text, "password") == "Hãy nhập mật khẩu."
    assert query(console_station, "SELECT COUNT(*) FROM login_failures") == [(0,)]


@pytest.mark.parametrize(
    "target",
    [
        "//evil.example/",
        "https://evil.example/",
        "/\\evil.example",
        "javascript:x",
        "/%09/evil.example",
    ],
)
def test_after_logging_in_the_console_never_sends_you_to_another_site(
    visitor: Visitor, target: str
) -> None:
    visitor.get("/login", query_string={"next": target})
    response = visitor.post(f"/login?next={target}", {"name": "vanhanh",
                            "password": CONSOLE_ACCOUNTS["vanhanh"][1]})  # fmt: skip
    assert response.status_code == 302 and response.location == "/"


def test_logging_out_takes_a_form_with_its_token(visitor: Visitor) -> None:
    visitor.sign_in("vanhanh")
    assert visitor.get("/").status_code == 200
    assert visitor.client.get("/logout").status_code == 405
    forged = visitor.client.post("/logout")
    assert forged.status_code == 400 and "hết hạn" in text(forged.text)
    assert visitor.get("/").status_code == 200  # the forged request did not log out
    response = visitor.post("/logout", {})
    assert response.location == "/login"
    assert "Anh/chị đã đăng xuất, trên máy này và" in text(visitor.get("/login").text)
    assert visitor.get("/").status_code == 302


def test_a_log_out_on_another_device_is_said_so_not_as_a_new_password(
    console: Any, console_sessions: dict[str, str], vietnamese: None
) -> None:
    """review14 #3: a log-out ends every session of the account, and the other device read
    that its password had changed, though the old one still works. It is said as it is."""
    office_pc, phone = Visitor(console, console_sessions), Visitor(console, console_sessions)
    office_pc.sign_in("vanhanh")
    phone.sign_in("vanhanh")
    assert phone.get("/").status_code == 200
    assert office_pc.post("/logout", {}, page="/").location == "/login"
    sent = phone.get("/")
    assert sent.status_code == 302 and sent.location.startswith("/login")
    said = text(phone.get(sent.location).text)
    assert "đã đăng xuất trên một thiết bị khác, hoặc mật khẩu của nó đã được đổi" in said
    assert phone.log_in("vanhanh").status_code == 302  # the same password


def test_a_cookie_copied_before_logging_out_opens_no_page_after_it(
    console: Any, visitor: Visitor
) -> None:
    """Review thirteen #4: log-out only cleared the browser's cookie, so a copy of it (taken
    off the commune's shared computer) opened the console for 12 more hours."""
    visitor.sign_in("vanhanh")
    assert visitor.get("/").status_code == 200
    copy_refused_after_log_out(visitor, ("/", "/password"))


def test_the_session_cookie_is_http_only_same_site_and_secure_over_https(
    console: Any,
) -> None:
    for base, secure in (("http://localhost", False), ("https://localhost", True)):
        visitor = Visitor(console)
        visitor.get("/login", base_url=base)
        token = re.search(r'name="csrf_token" value="([^"]+)"', visitor.page)
        assert token
        response = visitor.client.post("/login", base_url=base, data={
            "name": "vanhanh", "password": CONSOLE_ACCOUNTS["vanhanh"][1],
            "csrf_token": token.group(1)}, headers={"Referer": f"{base}/login"})  # fmt: skip
        assert response.status_code == 302
        cookie = response.headers["Set-Cookie"]
        assert cookie.startswith("broadcaster_session=")
        assert "HttpOnly" in cookie and "SameSite=Lax" in cookie
        assert ("Secure" in cookie) is secure


def test_a_session_ends_when_its_password_changes_or_its_account_goes(
    console: Any, console_sessions: dict[str, str], run: Run, vietnamese: None
) -> None:
    """Each says why on the log-in page: chị Lan's phone, still logged in when the technician
    removed her account, went to the log-in page with no sentence (o23lan12 M4)."""
    operator, approver = Visitor(console, console_sessions), Visitor(console, console_sessions)
    operator.sign_in("vanhanh")
    approver.sign_in("duyet")
    run("user", "passwd", "vanhanh", input="một mật khẩu mới hẳn\n")
    sent = operator.get("/")
    assert sent.status_code == 302
    said = text(operator.get(sent.location).text)
    assert "mật khẩu của nó đã được đổi. Hãy đăng nhập lại (bằng mật khẩu mới" in said
    run("user", "remove", "duyet")
    sent = approver.get("/")
    assert sent.status_code == 302
    said = text(approver.get(sent.location).text)
    assert "Phiên đăng nhập đã kết thúc: tài khoản này đã bị xóa; nếu anh/chị vẫn cần" in said
    assert "hãy hỏi quản trị viên" in said and "đã đăng xuất trên một thiết bị khác" not in said
    assert "đã bị xóa" not in text(approver.get("/login").text)  # said once


@pytest.mark.parametrize("ended", ["left overnight", "password changed"])
def test_a_form_sent_after_its_session_ended_says_why_and_gives_back_what_was_typed(
    console: Any, console_sessions: dict[str, str], console_station: Path, run: Run,
    vietnamese: None, ended: str,
) -> None:  # fmt: skip
    """w27leader F9: anh Tuấn left the notice's page open on his phone overnight, typed his
    refusal reason in the morning and tapped "Không duyệt": the answer said only "Hãy đăng
    nhập trước." (he was logged in, as far as he knew) and his reason was gone."""
    reason = "Số điện thoại tổ thu gom sai, phải là 0987 654 322"
    phone = Visitor(console, console_sessions)
    phone.sign_in("duyet")
    phone.get("/announcements/hop-thon")
    lifetime = console.permanent_session_lifetime
    if ended == "left overnight":
        console.permanent_session_lifetime = timedelta(seconds=-1)  # past its time
    else:
        run("user", "passwd", "duyet", input="một mật khẩu mới hẳn\n")
    before = store_dump(console_station)
    try:
        sent = phone.post("/announcements/hop-thon/refuse", {"version": "1", "reason": reason})
    finally:
        console.permanent_session_lifetime = lifetime
    assert sent.status_code == 401
    said = text(sent.text)
    why = ("Phiên đăng nhập đã kết thúc vì 12 giờ không được dùng. Hãy đăng nhập lại."
           if ended == "left overnight" else "mật khẩu của nó đã được đổi")  # fmt: skip
    assert why in said and "Hãy đăng nhập trước." not in said
    typed = text(sent.text.split('id="typed">')[1].split("</div>")[0])
    assert typed.startswith("Những gì anh/chị đã gõ chưa được lưu. Hãy chép lại")
    assert reason in typed and "csrf" not in typed.lower()  # only what he typed
    assert store_dump(console_station) == before
    assert "Phiên đăng nhập đã kết thúc" not in text(phone.get("/login").text)  # said once


@pytest.mark.parametrize(
    ("page", "form"),
    [
        ("/password", {"current": "Mật khẩu cũ của Lan 2026", "password": "Mật khẩu mới của Lan",
                       "again": "Mật khẩu mới của Lan"}),
        ("/users", {"name": "vanhanh2", "full_name": "Trần Văn Hành", "role": "operator",
                    "password": "Mật khẩu mới của Lan", "again": "Mật khẩu mới của Lan"}),
        ("/users/vanhanh/password", {"password": "Mật khẩu mới của Lan",
                                     "again": "Mật khẩu mới của Lan"}),
    ],
)  # fmt: skip
def test_a_form_carrying_a_password_sent_after_its_session_ended_shows_none_of_it_back(
    console: Any, console_sessions: dict[str, str], console_station: Path, vietnamese: None,
    page: str, form: dict[str, str],
) -> None:  # fmt: skip
    """What a refused form shows back is never a password, whatever its field is called: the
    current password and the new one typed twice ('current', 'again') were shown on the
    page, for anyone looking at the phone to read."""
    admin = Visitor(console, console_sessions)
    admin.sign_in("quantri")
    admin.get("/users/vanhanh" if page.startswith("/users/") else page)  # the form, then a night
    lifetime = console.permanent_session_lifetime
    console.permanent_session_lifetime = timedelta(seconds=-1)  # past its time
    try:
        sent = admin.post(page, form)
    finally:
        console.permanent_session_lifetime = lifetime
    assert sent.status_code == 401
    assert "Mật khẩu" not in text(sent.text) and 'id="typed"' not in sent.text
    assert "gõ lại sau khi đăng nhập" in text(sent.text)  # she is told to type it again


def test_a_form_posted_with_no_session_of_this_browser_shows_nothing_of_it(
    console: Any, vietnamese: None
) -> None:
    """Only a session this browser had is given back what it typed: a form posted from another
    site (its cookie not sent) or by anyone with none is no one's, and its words shown on the
    console's own page would read as the console's (a forged 'call this number')."""
    forged = "Đài hỏng, gọi ngay 0912 345 678 để được hỗ trợ"
    sent = console.test_client().post(
        "/announcements/hop-thon/refuse", data={"version": "1", "reason": forged}
    )
    assert sent.status_code == 401
    said = text(sent.get_data(as_text=True))
    assert "0912" not in said and 'id="typed"' not in sent.get_data(as_text=True)


def test_failed_log_ins_lock_the_account_from_that_device_for_a_while_even_across_a_restart(
    vietnamese: None, console_station: Path, run: Run, console_sessions: dict[str, str]
) -> None:
    """o21web9 Y3: the lock held the account against every device, so a guesser anywhere kept
    the officer out, and neither a new password lifted it nor `user list` showed it. It holds
    one account from one address now, the owner's address and a new password get in, and
    the list says it until when. On today's clock: `user list` runs on it."""
    clock = SetClock(datetime.now(UTC).replace(microsecond=0))  # as the store keeps it
    visitor = Visitor(create_app(console_station, clock))
    for _ in range(ACCOUNT_FAILURES):
        assert visitor.log_in("vanhanh", "đoán mò").status_code == 400
    response = visitor.log_in("vanhanh")  # the right password, but too late
    assert response.status_code == 429
    assert "đăng nhập sai quá nhiều lần từ thiết bị này: hãy thử lại sau 15 phút" in text(
        response.text
    )
    assert int(response.headers["Retry-After"]) == 15 * 60 + 1
    restarted = Visitor(create_app(console_station, clock))
    assert restarted.log_in("vanhanh").status_code == 429
    assert restarted.log_in("duyet").status_code == 302  # other accounts are not locked
    until = (clock.now + timedelta(minutes=15)).astimezone(HCM)
    listed = run("user", "list").stdout
    assert f"bị khóa đến {until:%H:%M} (127.0.0.1)" in listed.split("vanhanh")[1].splitlines()[0]
    assert "bị khóa" not in listed.split("duyet")[1].splitlines()[0]
    admin = Visitor(restarted.client.application, console_sessions)
    admin.sign_in("quantri")  # the Accounts page says it too
    shown = text(admin.get("/users").text)
    assert f"vanhanh Bị khóa đến {until:%H:%M} (127.0.0.1): đặt mật khẩu mới thì hết khóa" in shown

    elsewhere = Visitor(restarted.client.application)  # her own phone, another address
    assert log_in_from(elsewhere, "10.0.0.7", "vanhanh").status_code == 302
    assert visitor.log_in("vanhanh").status_code == 429  # her log-in elsewhere lifts nothing

    run("user", "passwd", "vanhanh", input="mật khẩu mới của vận hành\n")
    assert "bị khóa" not in run("user", "list").stdout
    assert visitor.log_in("vanhanh", "mật khẩu mới của vận hành").status_code == 302


def test_a_lock_ends_by_itself_after_the_window(visitor: Visitor, console_clock: SetClock) -> None:
    for _ in range(ACCOUNT_FAILURES):
        assert visitor.log_in("vanhanh", "đoán mò").status_code == 400
    assert visitor.log_in("vanhanh").status_code == 429
    console_clock.now += timedelta(minutes=15, seconds=1)
    assert Visitor(visitor.client.application).log_in("vanhanh").status_code == 302


def test_failed_log_ins_from_one_device_lock_that_device(visitor: Visitor) -> None:
    for n in range(ADDRESS_FAILURES):
        assert visitor.log_in(f"khong-co-{n}", "đoán mò").status_code == 400
    response = visitor.log_in("vanhanh")
    assert response.status_code == 429
    assert "Thiết bị này đã đăng nhập sai quá nhiều lần" in text(response.text)
    assert log_in_from(visitor, "10.0.0.7", "vanhanh").status_code == 302  # elsewhere: not locked


def log_in_from(visitor: Visitor, address: str, name: str) -> Any:
    """A log-in with the right password from another client address."""
    visitor.get("/login")
    token = re.search(r'name="csrf_token" value="([^"]+)"', visitor.page)
    assert token
    form = {"name": name, "password": CONSOLE_ACCOUNTS[name][1], "csrf_token": token.group(1)}
    return visitor.client.post("/login", environ_base={"REMOTE_ADDR": address}, data=form)


# ----- who may open what -------------------------------------------------------------------------
def every_request(app: Any) -> list[tuple[str, str, str]]:
    """(endpoint, method, url) for every route of the app, with made-up path values."""
    requests = []
    for rule in app.url_map.iter_rules():
        try:
            url = rule.build(dict.fromkeys(rule.arguments, "x"), append_unknown=False)[1]
        except ValueError:  # a number in the path (<int:…>): one no row has
            url = rule.build(dict.fromkeys(rule.arguments, 0), append_unknown=False)[1]
        for method in sorted(rule.methods - {"HEAD", "OPTIONS"}):
            requests.append((rule.endpoint, method, url))
    return requests


def declared(app: Any, endpoint: str) -> Access:
    """Who may open `endpoint` (every route says so)."""
    access = access_of(app, endpoint)
    assert access is not None, endpoint
    return access


def test_every_route_declares_who_may_open_it(console: Any) -> None:
    undeclared = [e for e in console.view_functions if access_of(console, e) is None]
    assert undeclared == []
    public = {e for e in console.view_functions if declared(console, e).role is None}
    assert public == {"static", "auth.login"}


def test_walking_the_url_map_strangers_log_in_and_roles_stop_at_their_limits(
    console: Any, console_sessions: dict[str, str]
) -> None:
    stranger = console.test_client()
    for endpoint, method, url in every_request(console):
        access = declared(console, endpoint)
        if access.role is None:
            continue
        response = stranger.open(url, method=method)
        if access.page and method == "GET":
            assert response.status_code == 302, (endpoint, method)
            assert response.location.startswith("/login?next="), endpoint
        else:
            assert response.status_code == 401, (endpoint, method)
            assert "Hãy đăng nhập trước." in text(response.text)

    for name in ("vanhanh", "duyet", "quantri"):
        visitor = Visitor(console, console_sessions)
        visitor.sign_in(name)
        role = Role(CONSOLE_ACCOUNTS[name][0])
        for endpoint, method, url in every_request(console):
            needed = declared(console, endpoint).role
            response = visitor.client.open(url, method=method)
            if isinstance(needed, Role) and not role.allows(needed):
                assert response.status_code == 403, (name, endpoint, method)
                # who may, and whom to ask, not a bare "may not" (w27leader F4)
                said = text(response.text)
                mine = f"tài khoản của anh/chị là “{role.label}”"
                assert mine in said, (name, endpoint, said)
                assert (
                    "hãy nhờ quản trị viên"
                    if needed is Role.ADMIN
                    else f"chỉ tài khoản “{needed.label}” trở lên"
                ) in said, (name, endpoint)
            else:
                assert response.status_code != 403, (name, endpoint, method)
            if endpoint == "schedule.print_week":  # this week, printed for every role
                assert response.mimetype == "application/pdf", name


def test_a_page_that_declares_no_role_is_closed_to_everyone(
    console_station: Path, console_sessions: dict[str, str]
) -> None:
    app = create_app(console_station)
    app.add_url_rule("/forgotten", "forgotten", lambda: "secret")
    visitor = Visitor(app, console_sessions)
    visitor.sign_in("quantri")
    assert visitor.get("/forgotten").status_code == 403


def test_the_menu_shows_only_what_the_role_may_open(visitor: Visitor) -> None:
    visitor.sign_in("vanhanh")
    menu = re.search(r'<nav class="menu".*?</nav>', visitor.get("/").text, re.S)
    assert menu and "Trang chủ" in menu.group() and "Tài khoản" not in menu.group()
    assert visitor.get("/users").status_code == 403


# ----- the home page -----------------------------------------------------------------------------
def test_home_shows_the_next_airings_and_what_waits_for_approval(visitor: Visitor) -> None:
    visitor.sign_in("vanhanh")
    page = visitor.get("/")
    assert page.status_code == 200
    shown = text(page.text)
    assert "Đài truyền thanh xã Tân Lập" in shown
    assert "Đang phát Hiện không phát gì." in shown
    assert "Hôm nay 06:30 sang" in shown and "Ngày mai 06:30 sang" in shown
    assert "Thứ Tư 04/03/2026 06:30" in shown  # a weekday name past tomorrow, never UTC
    assert "Cài Bluezone ×" not in shown  # repeat 1: no "×"
    waiting = shown[shown.index("Chờ duyệt") :]
    assert "Họp thôn Đông phiên bản 1 · thon" in waiting and "hop-thon" not in waiting
    assert "Cài Bluezone" not in waiting.split("Sắp phát")[0]  # approved: not waiting
    assert "Bộ phát tự động của đài đang không chạy" in shown  # no daemon in this test


@pytest.mark.parametrize(
    ("campaign", "shown", "hidden"),
    [("bluezone", "Họp thôn Đông phiên bản 1 · Tuyên truyền cài đặt Bluezone", "· bluezone"),
     ("an-toan-giao-thong", "Họp thôn Đông phiên bản 1", "an-toan-giao-thong")],
)  # fmt: skip
def test_an_office_s_draft_names_its_campaign_by_title_never_by_code(
    visitor: Visitor, console_station: Path, campaign: str, shown: str, hidden: str
) -> None:
    """o10b N2: the office sent no title with it: the campaign's title as its other
    announcements give it, else nothing (its code is no word the officer reads)."""
    station = Station.open(console_station)
    with station.db.conn:
        station.db.execute("UPDATE announcements SET campaign_title = 'Tuyên truyền cài đặt "
                           "Bluezone' WHERE id = 'bluezone'")  # fmt: skip
        station.db.execute("UPDATE announcements SET campaign = ?, campaign_title = NULL, "
                           "upstream_version = 1 WHERE id = 'hop-thon'", [campaign])  # fmt: skip
    visitor.sign_in("vanhanh")
    waiting = text(visitor.get("/").text.split('id="waiting"')[1].split("</section>")[0])
    assert shown in waiting and hidden not in waiting


def test_a_title_with_html_shows_as_text(visitor: Visitor) -> None:
    visitor.sign_in("vanhanh")
    page = visitor.get("/").text
    assert "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;" in page
    assert "<script" not in page


@contextmanager
def on_air_in_the_test_sink(station: Station) -> Iterator[list[Any]]:
    """Bluezone airs by hand into the test sink (paced, real audio) on a thread while the
    block runs, and is stopped after it; yields the airing's result, there once it ended."""
    sink, on_air = NullSink(), threading.Event()
    done: list[Any] = []
    airing = threading.Thread(target=lambda: done.append(air(
        station, ["bluezone"], sink, on_air=lambda seq, program: on_air.set())))  # fmt: skip
    airing.start()
    try:
        assert on_air.wait(30)
        yield done
    finally:
        sink.stop()
        airing.join(30)


def test_home_shows_the_airing_on_air_with_the_time_left(
    visitor: Visitor, console_station: Path, console_clock: SetClock
) -> None:
    visitor.sign_in("vanhanh")
    with on_air_in_the_test_sink(Station.open(console_station, console_clock)) as done:
        console_clock.now += timedelta(seconds=2)
        shown = text(visitor.get("/").text)
        assert "Đang phát Cài Bluezone" in shown
        # the test sink: no loudspeaker plays it, and the card says so (w31office)
        assert "Cài Bluezone Không phát ra loa (chế độ thử: âm thanh bị bỏ đi) Còn" in shown, shown
        planned = query(console_station, "SELECT planned_duration_s FROM airings")[0][0]
        assert 2 < planned < 60
        assert f"Còn {round(planned - 2)} giây (tổng {round(planned)} giây)" in shown
        assert "Bắt đầu: hôm nay 05:00" in shown
        assert re.search(r'<progress max="\d+" value="2">', visitor.page)
    assert done and done[0].status == "partial"
    assert "Hiện không phát gì." in text(visitor.get("/").text)


def test_the_log_says_an_airing_on_air_into_the_test_sink_reaches_no_loudspeaker(
    visitor: Visitor, console_station: Path, console_clock: SetClock
) -> None:
    """w31attn: while an airing plays into the test sink, Nhật ký's row read "đang phát"
    alone, as if the commune heard it; Trang chủ's card already said it did not (w31office).
    Its outcome now reads as every airing out of the loudspeakers' reach does ("không ra
    loa"), with the card's words under it, and `log list` says the same."""
    from click.testing import CliRunner

    from cli import cli

    visitor.sign_in("vanhanh")
    with on_air_in_the_test_sink(Station.open(console_station, console_clock)):
        page = visitor.get("/log").text
        row = text(page.split('id="airing-1"')[1].split("</ul>\n  </section>")[0])
        on_air = "> không ra loa Hôm nay 05:00 #1 · Phát tay · đang phát, bắt đầu lúc 05:00"
        assert row.startswith(on_air), row
        assert "Không phát ra loa (chế độ thử: âm thanh bị bỏ đi)." in row
        assert "đang phát Hôm nay" not in row
        listed = CliRunner().invoke(cli, ["--station", str(console_station), "log", "list"])
        assert "không ra loa" in listed.output and "đang phát" not in listed.output, listed.output
        assert "! không phát ra loa (chế độ thử: âm thanh bị bỏ đi)" in listed.output


def test_a_started_row_left_by_a_crash_is_not_shown_on_air(
    visitor: Visitor, console_station: Path, console_clock: SetClock
) -> None:
    with on_air_in_the_test_sink(Station.open(console_station, console_clock)):
        visitor.sign_in("vanhanh")
        console_clock.now += timedelta(hours=1)  # the row is still open an hour later
        assert "Hiện không phát gì." in text(visitor.get("/").text)


# ----- accounts ----------------------------------------------------------------------------------
def test_an_admin_adds_an_account_that_can_then_log_in(
    console: Any, visitor: Visitor, console_station: Path
) -> None:
    visitor.sign_in("quantri")
    response = visitor.post("/users", {"name": "Thư.Ký", "role": "approver",
                            "password": "thư ký xã Tân Lập", "again": "thư ký xã Tân Lập"},
                            page="/users")  # fmt: skip
    assert response.status_code == 302
    listed = text(visitor.get("/users").text)
    assert "Đã thêm tài khoản 'thư.ký' (Người duyệt)." in listed
    assert "thư.ký chưa có họ tên: báo cáo ghi vai trò và tên đăng nhập Người duyệt" in listed
    assert "Ít nhất 8 ký tự;" in listed  # the hint under the password
    assert Visitor(console).log_in("thư.ký", "thư ký xã Tân Lập").status_code == 302
    [(stored,)] = query(console_station, "SELECT password_hash FROM users WHERE name = 'thư.ký'")
    assert stored.startswith("$argon2id$") and "thư ký" not in stored


@pytest.mark.parametrize(
    ("form", "field", "sentence"),
    [
        ({"name": "nguyen van a"}, "name", "không dùng làm tên đăng nhập được"),
        ({"name": ""}, "name", "không dùng làm tên đăng nhập được"),
        ({"name": "VanHanh"}, "name", "Ô “Tên đăng nhập”: đã có tài khoản 'vanhanh'."),
        ({"role": "superuser"}, "role", "Ô “Vai trò”: “superuser” không có trong danh sách chọn "
         "(“Người vận hành”, “Người duyệt”, “Quản trị viên”). Hãy chọn một mục trong danh sách."),
        ({"password": "ngắn", "again": "ngắn"}, "password", "Mật khẩu quá ngắn"),
        ({"password": "x" * 300, "again": "x" * 300}, "password", "Mật khẩu quá dài"),
        ({"name": "lananh", "password": "LanAnh", "again": "LanAnh"}, "password", "quá ngắn"),
        ({"name": "lananh12", "password": "LanAnh12", "again": "LanAnh12"}, "password",
         "không được trùng với tên đăng nhập"),
        ({"again": "khác hẳn mật khẩu"}, "again", "Hai lần nhập mật khẩu không khớp nhau."),
    ],
)  # fmt: skip
def test_a_bad_new_account_comes_back_with_the_sentence_next_to_the_field(
    visitor: Visitor, console_station: Path, form: dict[str, str], field: str, sentence: str
) -> None:
    visitor.sign_in("quantri")
    before = store_dump(console_station)
    good = {"name": "lananh", "role": "operator", "password": "mật khẩu tốt",
            "again": "mật khẩu tốt"}  # fmt: skip
    response = visitor.post("/users", good | form, page="/users")
    assert response.status_code == 400
    assert sentence in field_error(response.text, field)
    assert f'value="{html.escape((good | form)["name"], quote=True)}"' in response.text
    assert "mật khẩu tốt" not in response.text  # a password is never sent back
    assert store_dump(console_station) == before


def test_an_admin_changes_a_role_and_a_password_and_removes_an_account_after_confirming(
    console: Any, visitor: Visitor, console_station: Path
) -> None:
    visitor.sign_in("quantri")
    assert visitor.post("/users/vanhanh/role", {"role": "approver"},
                        page="/users/vanhanh").status_code == 302  # fmt: skip
    assert "'vanhanh' giờ là Người duyệt." in text(visitor.get("/users").text)

    response = visitor.post("/users/vanhanh/password", {"password": "mật khẩu mới tinh",
                            "again": "mật khẩu mới tinh"}, page="/users/vanhanh")  # fmt: skip
    assert response.status_code == 302
    assert Visitor(console).log_in("vanhanh").status_code == 400
    assert Visitor(console).log_in("vanhanh", "mật khẩu mới tinh").status_code == 302

    confirm = visitor.get("/users/vanhanh/remove")
    assert "Xóa tài khoản vanhanh?" in text(confirm.text)
    assert query(console_station, "SELECT COUNT(*) FROM users WHERE name = 'vanhanh'") == [(1,)]
    assert visitor.post("/users/vanhanh/remove", {}).status_code == 302
    assert "Đã xóa tài khoản 'vanhanh'." in text(visitor.get("/users").text)
    assert query(console_station, "SELECT COUNT(*) FROM users WHERE name = 'vanhanh'") == [(0,)]
    gone = visitor.get("/users/vanhanh")  # a link kept from before: the list, and why
    assert gone.status_code == 303
    assert "Không còn tài khoản 'vanhanh'" in text(visitor.get(gone.location).text)


def test_the_only_admin_can_neither_be_demoted_nor_removed(
    visitor: Visitor, console_station: Path
) -> None:
    visitor.sign_in("quantri")
    before = store_dump(console_station)
    demoted = visitor.post("/users/quantri/role", {"role": "operator"}, page="/users/quantri")
    assert demoted.status_code == 400
    assert "là quản trị viên duy nhất" in field_error(demoted.text, "role")
    removed = visitor.post("/users/quantri/remove", {}, page="/users/quantri/remove")
    assert removed.status_code == 400
    assert "là quản trị viên duy nhất" in field_error(removed.text, "role")
    bad = visitor.post("/users/duyet/password", {"password": "ngắn", "again": "ngắn"},
                       page="/users/duyet")  # fmt: skip
    assert "Mật khẩu quá ngắn" in field_error(bad.text, "password")
    assert store_dump(console_station) == before


def test_an_admin_who_makes_themself_an_operator_is_taken_home(visitor: Visitor) -> None:
    visitor.sign_in("quantri")
    visitor.post("/users/duyet/role", {"role": "admin"}, page="/users/duyet")
    response = visitor.post("/users/quantri/role", {"role": "operator"}, page="/users/quantri")
    assert response.location == "/"
    assert visitor.get("/users").status_code == 403


def test_everyone_changes_their_own_password_with_the_current_one(
    console: Any, visitor: Visitor, console_station: Path
) -> None:
    visitor.sign_in("vanhanh")
    stored = "SELECT password_hash, session_epoch, updated_at FROM users WHERE name = 'vanhanh'"
    before = query(console_station, stored)
    wrong = visitor.post("/password", {"current": "không đúng", "password": "mới mới mới mới",
                         "again": "mới mới mới mới"}, page="/password")  # fmt: skip
    assert "Sai tên đăng nhập hoặc mật khẩu" in field_error(wrong.text, "current")
    differ = visitor.post("/password", {"current": CONSOLE_ACCOUNTS["vanhanh"][1],
                          "password": "mới mới mới mới", "again": "mới mới"})  # fmt: skip
    assert field_error(differ.text, "again") == "Hai lần nhập mật khẩu mới không khớp nhau."
    assert query(console_station, stored) == before
    done = visitor.post("/password", {"current": CONSOLE_ACCOUNTS["vanhanh"][1],
                        "password": "mới mới mới mới", "again": "mới mới mới mới"})  # fmt: skip
    assert done.location == "/"
    assert "Đã đổi mật khẩu" in text(visitor.get("/").text)  # still logged in here
    assert Visitor(console).log_in("vanhanh").status_code == 400
    assert Visitor(console).log_in("vanhanh", "mới mới mới mới").status_code == 302


# ----- the server's own defences -----------------------------------------------------------------
def test_pages_carry_the_security_headers(visitor: Visitor) -> None:
    for url in ("/login", "/static/console.css"):
        headers = visitor.get(url).headers
        assert "frame-ancestors 'none'" in headers["Content-Security-Policy"]
        assert "script-src 'self'" in headers["Content-Security-Policy"]
        assert headers["X-Frame-Options"] == "DENY"
        assert headers["X-Content-Type-Options"] == "nosniff"
    assert visitor.get("/login").headers["Cache-Control"] == "no-store"


def test_a_body_larger_than_the_limit_is_refused_whole(
    visitor: Visitor, console_station: Path
) -> None:
    visitor.sign_in("quantri")
    visitor.get("/users")
    before = store_dump(console_station)
    token = re.search(r'name="csrf_token" value="([^"]+)"', visitor.page)
    assert token
    big = "x" * (MAX_UPLOAD_MB * 1024 * 1024 + 1)
    response = visitor.client.post("/users", data={"csrf_token": token.group(1), "name": "to",
                                   "role": "operator", "password": big, "again": big})  # fmt: skip
    assert response.status_code == 413
    assert f"Tệp quá lớn: tối đa {MAX_UPLOAD_MB} MB." in text(response.text)
    assert store_dump(console_station) == before


def test_the_session_key_is_made_private_once_and_sessions_survive_a_restart(
    console_station: Path, console_clock: SetClock, vietnamese: None
) -> None:
    key = console_station / WEB_SECRET
    key.unlink(missing_ok=True)  # a station whose console never ran
    first = create_app(console_station, console_clock)
    assert stat.S_IMODE(key.stat().st_mode) == 0o600
    visitor = Visitor(first)
    assert visitor.log_in("vanhanh").status_code == 302
    restarted = create_app(console_station, console_clock)
    assert restarted.config["SECRET_KEY"] == first.config["SECRET_KEY"]
    cookie = visitor.client.get_cookie("broadcaster_session")
    assert cookie
    again = restarted.test_client()
    again.set_cookie("broadcaster_session", cookie.value)
    assert again.get("/").status_code == 200
    key.chmod(0o644)  # made readable by someone's mistake: made private again
    create_app(console_station, console_clock)
    assert stat.S_IMODE(key.stat().st_mode) == 0o600


def test_the_console_refuses_to_start_without_an_admin(run: Run, tmp_path: Path) -> None:
    run("init", "--quiet-hours", "none")
    with pytest.raises(NoAdminAccount):
        create_app(tmp_path / "station")
    result = run("web", "--port", "0", code=1)
    assert "broadcaster user add" in result.stderr and "--role admin" in result.stderr


def english_sentences() -> set[str]:
    """Every run of two or more English words between placeholders in the catalog's
    messages (those whose Vietnamese differs)."""
    from babel.messages.pofile import read_po

    catalog = Path(__file__).parent.parent / "common/locale/vi/LC_MESSAGES/broadcaster.po"
    with catalog.open("rb") as f:
        messages = [m.id for m in read_po(f) if isinstance(m.id, str) and m.id != m.string]
    pieces = (re.split(r"\{[^}]*\}|%\([^)]*\)s", message) for message in messages if message)
    stripped = (piece.strip(" '") for split in pieces for piece in split)
    return {piece for piece in stripped if len(piece.split()) > 1}  # "' in '" is not a sentence


def test_no_page_shows_an_english_sentence(console: Any, console_sessions: dict[str, str]) -> None:
    english = english_sentences()
    stranger = Visitor(console)
    pages = [stranger.get("/login"), stranger.get("/nowhere")]
    admin, operator = Visitor(console, console_sessions), Visitor(console, console_sessions)
    admin.sign_in("quantri")
    operator.sign_in("vanhanh")
    for url in ("/", "/users", "/users/vanhanh", "/users/vanhanh/remove", "/password", "/x"):
        pages.append(admin.get(url))
    pages.append(operator.get("/users"))
    pages.append(admin.post("/users", {"name": "a b", "role": "operator", "password": "x",
                                       "again": "y"}, page="/users"))  # fmt: skip
    assert [p.status_code for p in pages] == [200, 404, 200, 200, 200, 200, 200, 404, 403, 400]
    for page in pages:
        shown = text(page.get_data(as_text=True))
        assert not [s for s in english if s in shown], shown
    assert "Không có trang này." in text(pages[1].get_data(as_text=True))


def test_a_template_compiled_once_serves_an_app_that_passes_its_filter_other_things(
    tmp_path: Path,
) -> None:
    """The tests' apps share their compiled templates (compiled_templates), but not across
    what compiling writes into the code: a filter of the same name given the context in one
    app and the value alone in another reads right in both, and an edited template reads
    anew (else a console test would read what another app's code renders)."""
    from compiled_templates import COMPILED
    from flask import Flask, render_template_string
    from jinja2 import DictLoader, pass_context

    def app_with(filter_: Any, source: str) -> Flask:
        app = Flask("compiled")
        app.jinja_env.bytecode_cache = COMPILED
        app.jinja_loader = DictLoader({"t.html": source})
        app.jinja_env.filters["loud"] = filter_
        return app

    plain = app_with(lambda value: value.upper(), "{{ 'xã'|loud }}")
    given = app_with(pass_context(lambda context, value: f"{context['who']}: {value}"),
                     "{{ 'xã'|loud }}")  # fmt: skip
    edited = app_with(lambda value: value.upper(), "{{ 'thôn'|loud }}")
    for app, said in ((plain, "XÃ"), (given, "Lan: xã"), (plain, "XÃ"), (edited, "THÔN")):
        with app.app_context():
            assert render_template_string("{% include 't.html' %}", who="Lan") == said


def test_a_template_compiled_once_escapes_or_not_as_each_app_says(tmp_path: Path) -> None:
    """What an app's environment decides when a template is compiled is its own, not the
    first app's: escaping (jinja writes escape() or not into the code, by the template's
    name), the catalog's newstyle gettext and trimmed blocks. An app that escapes never gets
    code compiled for one that does not, nor the other way."""
    from compiled_templates import COMPILED
    from flask import Flask, render_template
    from jinja2 import DictLoader

    def app_with(escapes: bool, newstyle: bool, trimmed: bool = False) -> Flask:
        app = Flask("compiled")
        app.jinja_env.bytecode_cache = COMPILED
        app.jinja_env.autoescape = escapes
        app.jinja_env.add_extension("jinja2.ext.i18n")
        app.jinja_env.install_gettext_callables(  # type: ignore[attr-defined]
            gettext=lambda s, **v: s % v if v else s, ngettext=lambda s, p, n, **v: s % v,
            newstyle=newstyle,
        )  # fmt: skip
        app.jinja_env.policies["ext.i18n.trimmed"] = trimmed
        app.jinja_loader = DictLoader(
            {"t.html": "{{ who }}|{% trans %}100% {{ who }}\n  đã phát{% endtrans %}"}
        )
        return app

    who = "<b>Lan</b>"
    for app, said in (
        (app_with(escapes=False, newstyle=False), f"{who}|100% {who}\n  đã phát"),
        (app_with(escapes=True, newstyle=False), "&lt;b&gt;Lan&lt;/b&gt;|100% &lt;b&gt;Lan"
                                                 "&lt;/b&gt;\n  đã phát"),
        (app_with(escapes=True, newstyle=True, trimmed=True), "&lt;b&gt;Lan&lt;/b&gt;|100% "
                                                               "&lt;b&gt;Lan&lt;/b&gt; đã phát"),
        (app_with(escapes=True, newstyle=True), "&lt;b&gt;Lan&lt;/b&gt;|100% &lt;b&gt;Lan"
                                                "&lt;/b&gt;\n  đã phát"),
    ):  # fmt: skip
        with app.app_context():
            assert render_template("t.html", who=who) == said
