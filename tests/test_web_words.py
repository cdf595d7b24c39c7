"""The console says things in the officer's words (officer trial ten): a slot, a notice and a
campaign by their titles, never their codes; Trang chủ lists the slots that will air nothing
(and why) among the next airings, and says in so many words that the station works when
nothing the alarms watch is wrong."""

from __future__ import annotations

import re
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from conftest import CONSOLE_NOW, SetClock, Visitor, query, write_script
from test_web import text
from test_web_outage import card

from audio_out.sinks import FileSink
from broadcaster import health, overview
from broadcaster.runner import Runner
from broadcaster.station import Station


def titled(station: Path, slot: str, title: str) -> None:
    """Give a slot of the template its title, as the slot form does."""
    with Station.open(station).db.conn as db:
        db.execute("UPDATE slots SET title = ? WHERE name = ?", [title, slot])


def test_home_names_the_slot_by_its_title_in_the_last_airing_and_in_what_went_wrong(
    visitor: Visitor, console_station: Path, console_clock: SetClock, tmp_path: Path
) -> None:
    titled(console_station, "sang", "Buổi sáng")
    console_clock.now = CONSOLE_NOW + timedelta(hours=2)  # 07:00: the 06:30 airing was missed
    Runner(Station.open(console_station, console_clock), FileSink(tmp_path / "out")).settle()
    visitor.sign_in("vanhanh")
    page = visitor.get("/").text
    assert "Khung giờ “Buổi sáng” hôm nay 06:30 không phát như kế hoạch" in card(page, "warnings")
    last = text(page.split('id="last-airing"')[1].split("</div>")[0])
    assert "Hôm nay 06:30 · Buổi sáng · bỏ lỡ" in last
    assert "sang" not in last.replace("Buổi sáng", "")  # the code nowhere


def test_saving_approving_and_retiring_name_the_announcement_by_its_title(
    visitor: Visitor, console: Any, console_sessions: dict[str, str]
) -> None:
    approver = Visitor(console, console_sessions)
    approver.sign_in("duyet")
    approver.post("/announcements/hop-thon/approve", {}, page="/announcements/hop-thon")
    said = text(approver.get("/announcements/hop-thon").text)
    assert "Đã duyệt thông báo 'Họp thôn Đông' phiên bản 1" in said
    approver.post("/announcements/hop-thon/retire", {}, page="/announcements/hop-thon/retire")
    said = text(approver.get("/announcements/hop-thon").text)
    assert "Đã thôi phát thông báo 'Họp thôn Đông': thông báo sẽ không phát nữa." in said
    assert "'hop-thon'" not in said


def test_a_slot_saved_with_nothing_approved_names_itself_by_its_title(visitor: Visitor) -> None:
    visitor.sign_in("vanhanh")
    saved = visitor.post("/schedule/new", {"name": "toi", "title": "Họp thôn buổi tối",
                                           "at": "19h", "days": "T7,CN", "campaign": "thon"},
                         page="/schedule/new")  # fmt: skip
    assert saved.status_code == 302
    said = text(visitor.get(saved.location).text)
    assert "Khung giờ 'Họp thôn buổi tối' chưa phát gì: chưa có thông báo nào" in said
    assert "toi" not in said.replace("tối", "")


def test_the_demo_campaign_has_a_name(visitor: Visitor, console_station: Path) -> None:
    Station.open(console_station).add_sample("bluezone")
    visitor.sign_in("vanhanh")
    listed = text(visitor.get("/announcements?q=Bluezone").text)
    assert "Tuyên truyền cài đặt Bluezone" in listed
    shown = text(visitor.get("/announcements/bluezone-cai-dat").text)
    assert "Chiến dịch Tuyên truyền cài đặt Bluezone" in shown


def test_a_notice_edited_on_the_web_keeps_its_campaign_s_title(
    visitor: Visitor, console_station: Path
) -> None:
    """o17lan5 finding 6: after an edit the campaign showed as its code, "bluezone"."""
    Station.open(console_station).add_sample("bluezone")
    visitor.sign_in("vanhanh")
    for notice in ("bluezone-cai-dat", "bluezone-huong-dan"):
        edited = visitor.post(f"/announcements/{notice}/edit", {
            "title": "Cài Bluezone", "text": "Bà con hãy cài Bluezone trên điện thoại.",
            "campaign": "bluezone", "priority": "normal", "repeat": "1", "action": "save"},
            page=f"/announcements/{notice}/edit")  # fmt: skip
        assert edited.location == f"/announcements/{notice}"
    shown = text(visitor.get("/announcements/bluezone-cai-dat").text)
    assert "Chiến dịch Tuyên truyền cài đặt Bluezone" in shown
    listed = text(visitor.get("/announcements?q=Bluezone").text)
    assert "Tuyên truyền cài đặt Bluezone" in listed and "· bluezone ·" not in listed


def test_next_airings_list_a_slot_with_nothing_to_air_and_why(
    visitor: Visitor, console_station: Path, console_clock: SetClock
) -> None:
    Station.open(console_station, console_clock).add_slot(
        "toi", "19:00", campaign="thon", title="Họp thôn tối"
    )
    visitor.sign_in("vanhanh")
    upcoming = card(visitor.get("/").text, "next")
    assert "Hôm nay 19:00 Họp thôn tối · không phát gì" in upcoming
    assert "'Họp thôn Đông' sẽ không được phát: phiên bản 1 đang chờ duyệt" in upcoming
    assert "Hôm nay 06:30 sang" in upcoming  # the slots that air are listed as before


@pytest.fixture
def running(monkeypatch: pytest.MonkeyPatch) -> None:
    """The airing service runs (as its pid file says when it does)."""
    monkeypatch.setattr(Station, "daemon_pid", lambda self: 4242)


WORKING = "Đài đang hoạt động bình thường: dịch vụ phát đang chạy và không có gì cần chú ý"


def test_home_says_the_station_works_when_nothing_is_wrong(visitor: Visitor, running: None) -> None:
    visitor.sign_in("vanhanh")
    page = visitor.get("/").text
    assert f"{WORKING}; lượt phát tới: sang, hôm nay 06:30." in text(page)
    assert 'id="warnings"' not in page and 'id="stopped"' not in page


def test_home_does_not_say_the_station_works_when_something_needs_attention(
    visitor: Visitor, running: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(health, "DISK_LOW", 2**62)  # the disk counts as nearly full
    monkeypatch.setattr(health, "DISK_LOW_SHARE", 1.0)
    visitor.sign_in("vanhanh")
    page = visitor.get("/").text
    assert "Ổ đĩa của đài sắp đầy" in card(page, "warnings")
    assert "hoạt động bình thường" not in text(page)


def test_home_says_the_station_runs_again_above_the_warnings_after_a_cut(
    visitor: Visitor, running: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    # after a power cut and the restart, the boxes tell what happened before: one line says
    # first that the airing service runs again (the facts the "stopped" alarm reads)
    monkeypatch.setattr(health, "DISK_LOW", 2**62)
    monkeypatch.setattr(health, "DISK_LOW_SHARE", 1.0)
    visitor.sign_in("vanhanh")
    page = visitor.get("/").text
    assert "Đài đang chạy: dịch vụ phát đang chạy và phát theo lịch" in card(page, "running")
    assert page.index('id="running"') < page.index('id="warnings"')
    # only the disk is low: the station never stopped, so nothing is "from before it ran again"
    assert "trước khi đài chạy lại" not in card(page, "running")


def test_home_says_warnings_may_be_from_before_only_when_the_station_ran_again(
    visitor: Visitor, running: None, console_station: Path, console_clock: SetClock, tmp_path: Path
) -> None:
    # the 06:30 airing was due while the service was off: the station did start again (o11 F9)
    console_clock.now = CONSOLE_NOW + timedelta(hours=2)
    station = Station.open(console_station, console_clock)
    overview.note_started(station)  # as the daemon does when it takes the station
    Runner(station, FileSink(tmp_path / "out")).settle()
    visitor.sign_in("vanhanh")
    said = card(visitor.get("/").text, "running")
    assert "có mục có thể là việc đã xảy ra trước khi đài chạy lại" in said


def test_a_slot_held_while_the_station_ran_is_not_said_to_be_from_before_a_restart(
    visitor: Visitor, running: None, console_station: Path, console_clock: SetClock, tmp_path: Path
) -> None:
    """o15lan C4: a slot missed because its notice waited for approval of a new version made
    Trang chủ say "có mục có thể là việc đã xảy ra trước khi đài chạy lại"; the station had
    run all along."""
    station = Station.open(console_station, console_clock)
    runner = Runner(station, FileSink(tmp_path / "out"))
    runner.settle()  # the month before, when the station was off: more than a day ago
    overview.note_started(station)  # 05:00, before the 06:30 slot
    script = write_script(tmp_path, "bz.md", "Cài đặt Bluezone hôm nay.", id="bluezone",
                          title="Cài Bluezone", campaign="bluezone")  # fmt: skip
    station.add_announcements([script])  # version 2 waits for approval
    console_clock.now = CONSOLE_NOW + timedelta(hours=2)
    runner.settle()  # 06:30 held: version 2 waits
    [(note,)] = query(console_station, "SELECT error FROM airings ORDER BY seq DESC LIMIT 1")
    assert "đang chờ duyệt phiên bản mới: “Cài Bluezone” phiên bản 2" in note
    visitor.sign_in("vanhanh")
    said = card(visitor.get("/").text, "running")
    assert said.endswith("dịch vụ phát đang chạy và phát theo lịch; các mục dưới đây cần chú ý.")
    assert "trước khi đài chạy lại" not in said


def test_home_does_not_say_the_station_works_when_its_airing_service_is_stopped(
    visitor: Visitor, console_station: Path
) -> None:
    assert query(console_station, "SELECT COUNT(*) FROM airings") == [(0,)]
    visitor.sign_in("vanhanh")
    page = text(visitor.get("/").text)
    assert "Bộ phát tự động của đài đang không chạy" in page
    assert "hoạt động bình thường" not in page and "Đài đang chạy" not in page


def test_in_the_evening_the_banner_names_tomorrow_s_first_airing(
    visitor: Visitor, running: None, console_clock: SetClock
) -> None:
    """w30office 4: after the day's last slot, the banner says what airs next: tomorrow's."""
    console_clock.now = console_clock.now.replace(hour=20)
    visitor.sign_in("vanhanh")
    assert f"{WORKING}; lượt phát tới: sang, ngày mai 06:30." in text(visitor.get("/").text)


def test_an_airing_after_midnight_is_said_on_its_own_day(
    visitor: Visitor, running: None, console_station: Path, console_clock: SetClock
) -> None:
    """w30office 4: at 23:30, the next airing is at 00:15: the banner, the next airings and
    the day's rundown say it tomorrow's, and the link goes to tomorrow's rundown, which
    lists it; today's lists nothing more."""
    Station.open(console_station, console_clock).add_slot(
        "khuya", "00:15", campaign="bluezone", title="Ca khuya"
    )
    console_clock.now = console_clock.now.replace(hour=23, minute=30)  # Monday 02/03
    visitor.sign_in("vanhanh")
    page = visitor.get("/").text
    assert f"{WORKING}; lượt phát tới: Ca khuya, ngày mai 00:15." in text(page), text(page)
    assert "Ngày mai 00:15 Ca khuya" in card(page, "next"), card(page, "next")
    today = visitor.get("/schedule/day/2026-03-02").text
    assert "Hôm nay không còn lượt phát nào." in text(today), text(today)
    assert "Lượt phát tới: ngày mai 00:15, Ca khuya: Cài Bluezone" in text(today), text(today)
    assert 'href="/schedule/day/2026-03-03">Xem chương trình phát ngày đó</a>' in today
    tomorrow = text(visitor.get("/schedule/day/2026-03-03").text)
    assert tomorrow.index("00:15") < tomorrow.index("06:30"), tomorrow
    assert "Ca khuya" in tomorrow and "Lượt phát tới" not in tomorrow, tomorrow


def test_the_banner_names_the_next_airing_past_slots_with_nothing_to_air(
    visitor: Visitor,
    running: None,
    console_station: Path,
    console_clock: SetClock,
    tmp_path: Path,
) -> None:
    """w30office 4: five slots of the harvest campaign, whose one notice airs from next week,
    come before tomorrow's 06:30: nothing is wrong, yet the banner named no next airing, as
    though none came (it looked only at the next five slots)."""
    station = Station.open(console_station, console_clock)
    script = write_script(tmp_path, "mua.md", "Thu hoạch lúa.", id="mua", title="Thu hoạch",
                          campaign="mua", valid_from="2026-03-09")  # fmt: skip
    station.add_announcements([script])
    station.approve("mua", "Chủ tịch xã")
    for hour in range(8, 13):
        station.add_slot(f"mua-{hour}", f"{hour:02d}:00", campaign="mua", title=f"Mùa {hour}h")
    console_clock.now = console_clock.now.replace(hour=7)  # after today's 06:30
    visitor.sign_in("vanhanh")
    said = text(visitor.get("/").text)
    assert f"{WORKING}; lượt phát tới: sang, ngày mai 06:30." in said, said


def test_the_banner_never_names_an_airing_the_station_will_refuse(
    visitor: Visitor, running: None, console_station: Path
) -> None:
    """w30office 4 (v29review's case on the banner): quiet hours widened to 07:00 after the
    06:30 slot was made: the station refuses it every day, so it is no next airing, and the
    banner, which said only that all was well, says that nothing airs in the week ahead (not
    that nothing needs attention as well, v30review: the one belied the other)."""
    from conftest import set_config

    set_config(console_station, "quiet_hours", '["22:00", "07:00"]')
    visitor.sign_in("vanhanh")
    said = text(visitor.get("/").text)
    assert "lượt phát tới: sang" not in said.lower(), said
    assert "hoạt động bình thường" not in said, said  # w31office: Cần chú ý says why
    assert QUIET_SANG in card(visitor.get("/").text, "warnings"), said


QUIET_SANG = (
    "Khung giờ “sang” lúc 06:30 nằm trong giờ yên tĩnh của đài (22:00–07:00): lần nào đài "
    "cũng từ chối phát, nên khung này không bao giờ được phát. Hãy đổi giờ của khung trong "
    "“Lịch phát”, hoặc đổi giờ yên tĩnh (broadcaster config set quiet_hours …)."
)


def test_a_slot_the_quiet_hours_always_refuse_is_said_with_its_fix_where_it_is_set(
    visitor: Visitor, running: None, console_station: Path
) -> None:
    """w31office (session 30, left): quiet hours widened to 07:00 over the 06:30 slot made
    before: it never airs, and no "Cần chú ý" said so (only the banner's "nothing airs"). Now
    Trang chủ and the slot's own page say why and what to do; `status` says it too (the same
    list); moved out of them, the slot is said no more."""
    from conftest import set_config

    set_config(console_station, "quiet_hours", '["22:00", "07:00"]')
    visitor.sign_in("vanhanh")
    assert QUIET_SANG in card(visitor.get("/").text, "warnings")
    assert QUIET_SANG in text(visitor.get("/schedule/slot/sang").text)
    assert QUIET_SANG in Station.open(console_station).attention()[0]
    set_config(console_station, "quiet_hours", '["22:00", "05:00"]')
    assert "giờ yên tĩnh" not in text(visitor.get("/").text)
    assert "giờ yên tĩnh" not in text(visitor.get("/schedule/slot/sang").text)


def test_a_slot_whose_program_grew_past_its_limit_is_said_with_its_fix_where_it_is_set(
    visitor: Visitor, running: None, console_station: Path, console_clock: SetClock
) -> None:
    """w31attn (w31office's left): the 06:30 slot keeps to one minute; a long notice joined
    its campaign since, so each airing fails ("dài hơn giới hạn…"), and only the rundown
    said so, airing by airing. Trang chủ's Cần chú ý, `status` and the slot's own page now
    say which slot, how long, and what to do, from the lengths the station knows (the speech
    made ahead); with the limit raised it is said no more."""
    from broadcaster import schedule

    station = Station.open(console_station, console_clock)
    long_text = " ".join(f"Đoạn {n}: bà con cài đặt ứng dụng Bluezone để phòng dịch." for n in
                         range(1, 20))  # fmt: skip
    scripts = console_station.parent / "long"
    scripts.mkdir()
    long = write_script(scripts, "dai.md", long_text, id="bz-dai", title="Bluezone dài",
                        campaign="bluezone")  # fmt: skip
    station.add_announcements([long])
    station.approve("bz-dai", "Chủ tịch xã")
    with station.db.conn:
        station.db.execute("UPDATE slots SET max_minutes = 1 WHERE name = 'sang'")
    [sang] = [s for s in schedule.slots(station) if s.name == "sang"]
    assert schedule.program_minutes(station, sang) > 1  # made ahead, as the daemon does
    visitor.sign_in("vanhanh")
    over = (r"Khung giờ “sang” lúc 06:30: chương trình nay dài 1 phút \d+ giây, quá giới hạn "
            r"1 phút của khung: lần nào đài cũng từ chối phát, nên khung này không bao giờ được "
            r"phát. Hãy rút ngắn chương trình "
            r"\(bỏ bớt thông báo khỏi khung hoặc khỏi chiến dịch của nó\), hoặc nâng “Chương "
            r"trình dài nhất \(phút\)” của khung trong “Lịch phát”\.")  # fmt: skip
    assert re.search(over, card(visitor.get("/").text, "warnings")), visitor.page
    assert re.search(over, text(visitor.get("/schedule/slot/sang").text))
    assert re.search(over, " ".join(Station.open(console_station, console_clock).attention()[0]))
    with station.db.conn:
        station.db.execute("UPDATE slots SET max_minutes = 10 WHERE name = 'sang'")
    assert "quá giới hạn" not in text(visitor.get("/").text)
    assert "quá giới hạn" not in text(visitor.get("/schedule/slot/sang").text)
