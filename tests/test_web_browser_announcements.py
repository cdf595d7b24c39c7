"""Thông báo, Từ điển and Nhạc hiệu in a real browser (Debian's chromium, headless) served by
`broadcaster web`: an officer types a notice on a phone, sees how it will be read, saves it,
and the preview's <audio> element loads the program (it reports a duration); every page fits
a 360 px screen. Screenshots go to test-artifacts/."""

from __future__ import annotations

from typing import Any

from conftest import CONSOLE_ACCOUNTS, ServedConsole
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions
from selenium.webdriver.support.ui import WebDriverWait
from test_web_browser import DESKTOP, PHONE, SMALL_PHONE, fits_the_width, screenshot, show_as

DURATION = "const a = document.querySelector(arguments[0]); return a ? a.duration : null;"


def heard_seconds(browser: Any, selector: str) -> float:
    """The duration an <audio> element reports once it has loaded its file's metadata."""
    WebDriverWait(browser, 60).until(
        lambda b: (b.execute_script(DURATION, selector) or 0) > 0,
        f"the <audio> {selector} never reported a duration",
    )
    return float(browser.execute_script(DURATION, selector))


def test_an_officer_types_a_notice_on_a_phone_and_listens_to_its_program(
    browser: Any, served_console: ServedConsole
) -> None:
    wait = WebDriverWait(browser, 30)
    browser.delete_all_cookies()
    browser.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", PHONE)
    browser.get(f"{served_console.url}/login?next=/announcements/new")
    browser.find_element(By.ID, "name").send_keys("vanhanh")
    browser.find_element(By.ID, "password").send_keys(CONSOLE_ACCOUNTS["vanhanh"][1])
    browser.find_element(By.CSS_SELECTOR, "form button[type=submit]").click()
    wait.until(expected_conditions.title_contains("Thêm thông báo"))
    assert fits_the_width(browser)

    browser.find_element(By.ID, "title").send_keys("Họp dân thôn Đông")
    browser.find_element(By.ID, "text").send_keys(
        "Tối 05/3/2026 lúc 19h30 họp dân tại nhà văn hóa. Liên hệ 0912345678."
    )
    browser.find_element(By.CSS_SELECTOR, "button[value=preview]").click()
    spoken = wait.until(expected_conditions.visibility_of_element_located(
        (By.CSS_SELECTOR, "p.spoken")))  # fmt: skip
    assert "mười chín giờ ba mươi phút" in spoken.text
    assert "không chín một hai" in spoken.text
    assert fits_the_width(browser)
    screenshot(browser, "announcement-new-390")

    browser.find_element(By.CSS_SELECTOR, "button[value=save]").click()
    wait.until(expected_conditions.title_contains("Họp dân thôn Đông"))
    assert browser.current_url.endswith("/announcements/hop-dan-thon-dong")
    assert "bản nháp" in browser.find_element(By.CSS_SELECTOR, ".status").text
    seconds = heard_seconds(browser, "#listen audio")
    assert 5 < seconds < 60  # two chimes of 2.4 s and the reading
    assert fits_the_width(browser)
    screenshot(browser, "announcement-390")
    show_as(browser, SMALL_PHONE)
    assert fits_the_width(browser)
    show_as(browser, DESKTOP)
    screenshot(browser, "announcement-1280")

    for path, name in (("/announcements", "announcements"), ("/lexicon", "lexicon"),
                       ("/jingles", "jingles")):  # fmt: skip
        browser.get(served_console.url + path)
        for screen, width in ((PHONE, 390), (SMALL_PHONE, 360)):
            show_as(browser, screen)
            assert fits_the_width(browser), (path, width)
        screenshot(browser, f"{name}-360")
    assert heard_seconds(browser, "#intro audio") > 2
    show_as(browser, DESKTOP)
