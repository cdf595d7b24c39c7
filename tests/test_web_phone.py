"""Every console page on a 390 px phone (a real browser): it fits the width, and no word is
broken across lines where the page could have kept it whole. Officer trial ten found the
class: the Đồng bộ facts one letter a line ("c/ó", "h/tt/p/:/…") and "Sử/a" on Tài khoản,
both from text allowed to break anywhere inside a squeezed column. The pages are those of
the app's own map, so a new page is checked as soon as it exists."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from conftest import CONSOLE_ACCOUNTS, ServedConsole, page_wait
from test_upstream import make_office
from test_web_browser import PHONE, broken_words, fits_the_width, log_in, screenshot

from broadcaster.station import Station

FILES = {"static", "announcements.preview", "jingles.listen", "log.export", "schedule.print_week"}
"""What the console sends as a file (audio, a report, a printed week), not as a page."""


def pages(root: Path) -> dict[str, str]:
    """Each page the console shows an admin, by endpoint, with the address of one example;
    asserts that it is every page in the app's map."""
    from web import create_app

    shown = {
        "home.index": "/", "auth.login": "/login", "auth.password": "/password",
        "announcements.index": "/announcements", "announcements.new": "/announcements/new",
        "announcements.show": "/announcements/hop-thon",
        "announcements.edit": "/announcements/hop-thon/edit",
        "announcements.diff": "/announcements/hop-thon/diff",
        "announcements.retire": "/announcements/hop-thon/retire",
        "jingles.index": "/jingles", "jingles.remove": "/jingles/intro/remove",
        "lexicon.index": "/lexicon", "lexicon.remove": "/lexicon/remove?term=ubmttq",
        "log.index": "/log",
        "log.verify": "/log/verify", "schedule.index": "/schedule",
        "schedule.day": "/schedule/day/2026-03-02", "schedule.new": "/schedule/new",
        "schedule.edit": "/schedule/slot/sang", "schedule.remove": "/schedule/slot/sang/remove",
        "sync.index": "/sync", "heading.index": "/report-heading",
        "users.index": "/users", "users.edit": "/users/hung",
        "users.remove": "/users/hung/remove",
    }  # fmt: skip
    app = create_app(root)
    every = {rule.endpoint for rule in app.url_map.iter_rules() if "GET" in (rule.methods or ())}
    assert every - FILES == set(shown), "a console page this test does not visit"
    return shown


def linked_to_an_office(root: Path, tmp_path: Path) -> None:
    """The station as the trial left it: an office trusted and synced (its address, the
    signed list's expiry: the long facts of Đồng bộ), and an approver with a long full name
    and position (the wide first column of Tài khoản)."""
    office = make_office(tmp_path / "office")
    station = Station.open(root)
    station.trust(str(office.metadata / "1.root.json"))
    station.sync(str(office.root_dir))
    with station.db.conn as db:  # as when it syncs over the network
        db.execute("UPDATE meta SET value = 'http://127.0.0.1:8765' WHERE key = 'upstream_source'")
    station.accounts.add("hung", "approver", "hoa sen nở rộ")
    station.accounts.set_person("hung", "Nguyễn Văn Hùng", "Phó Chủ tịch UBND xã")
    station.set_pronunciation("UBMTTQ", "ủy ban mặt trận tổ quốc", "quantri")  # to remove


def test_no_console_page_breaks_a_word_on_a_phone(
    browser: Any, served_console: ServedConsole, tmp_path: Path
) -> None:
    linked_to_an_office(served_console.root, tmp_path)
    shown = pages(served_console.root)
    url = served_console.url
    browser.delete_all_cookies()
    browser.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", PHONE)
    browser.get(url + shown.pop("auth.login"))
    assert fits_the_width(browser) and not broken_words(browser), broken_words(browser)
    log_in(browser, page_wait(browser), "quantri", CONSOLE_ACCOUNTS["quantri"][1])
    faults = {}
    for endpoint, path in shown.items():
        browser.get(url + path)
        assert "/login" not in browser.current_url, path
        broken = broken_words(browser)
        if broken or not fits_the_width(browser):
            faults[path] = broken
            screenshot(browser, f"phone-{endpoint}")
    assert not faults, faults


STATUS_GAP = """
const box = document.querySelector('section[role="status"]');
return [box.className, box.querySelector('p').getBoundingClientRect().top
        - box.getBoundingClientRect().top];
"""
"""Trang chủ's status box: its class and how far below its top edge the sentence starts."""


def test_the_yellow_status_box_starts_its_sentence_where_the_green_one_does(
    browser: Any, served_console: ServedConsole
) -> None:
    """Officer re-trial eleven, N3: the yellow box (the last airing reached no loudspeaker)
    had an empty line above "Đài đang chạy:"; the green one has none."""
    from broadcaster.airing_log import AiringStatus, Occasion, log_airing, planned_entries
    from broadcaster.daemon_lock import daemon_lock

    root = served_console.root
    browser.delete_all_cookies()
    browser.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", PHONE)
    browser.get(served_console.url + "/login")
    log_in(browser, page_wait(browser), "quantri", CONSOLE_ACCOUNTS["quantri"][1])
    station = Station.open(root)
    with daemon_lock(root):  # the airing service runs
        browser.get(served_console.url + "/")
        green = browser.execute_script(STATUS_GAP)
        log_airing(station, Occasion(), "device", planned_entries(station, ["bluezone"]),
                   AiringStatus.FAILED, "no sound card found; air through a file sink or the "
                   "null sink instead")  # fmt: skip
        browser.get(served_console.url + "/")
        yellow = browser.execute_script(STATUS_GAP)
    station.close()
    assert "working" in green[0] and "warning" in yellow[0]
    assert abs(yellow[1] - green[1]) < 1, (green, yellow)
