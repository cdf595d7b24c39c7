"""End to end in a real browser (Debian's chromium, headless) against `broadcaster web` as a
person starts it: a new officer logs in on a phone, adds a slot and finds it in tomorrow's
rundown; the commune's approver sends an emergency through its confirmation (its spoken
form shown first); the month's report is downloaded as a PDF. Screenshots at 390 px and
1280 px go to test-artifacts/."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from conftest import CONSOLE_ACCOUNTS, Run, ServedConsole
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions
from selenium.webdriver.support.ui import WebDriverWait
from test_web_browser import DESKTOP, PHONE, SMALL_PHONE, fits_the_width, screenshot, show_as

NOTICE = "Bão số 3 đổ bộ lúc 17h30 ngày 29/11, bà con gọi 0912 345 678 khi cần hỗ trợ."


def log_in(browser: Any, url: str, name: str, password: str) -> WebDriverWait[Any]:
    browser.delete_all_cookies()
    browser.get(f"{url}/login")
    wait = WebDriverWait(browser, 60)
    wait.until(expected_conditions.title_contains("Đăng nhập"))
    browser.find_element(By.ID, "name").send_keys(name)
    browser.find_element(By.ID, "password").send_keys(password)
    browser.find_element(By.CSS_SELECTOR, "form button[type=submit]").click()
    wait.until(expected_conditions.title_contains("Trang chủ"))
    return wait


def day_rows(browser: Any) -> set[int]:
    """The heights at which the week's days start: one row, or one per day."""
    days = browser.find_elements(By.CSS_SELECTOR, "ol.week > li.day")
    return {round(day.rect["y"]) for day in days}


def both_widths(browser: Any, name: str) -> None:
    """The page fits a phone (360 and 390 px) and a desktop; screenshots of 390 and 1280."""
    show_as(browser, PHONE)
    assert fits_the_width(browser), name
    screenshot(browser, f"{name}-390")
    show_as(browser, SMALL_PHONE)
    assert fits_the_width(browser), name
    show_as(browser, DESKTOP)
    assert fits_the_width(browser), name
    screenshot(browser, f"{name}-1280")
    show_as(browser, PHONE)


def test_a_new_officer_schedules_a_slot_an_approver_sends_an_emergency_the_month_downloads(
    browser: Any, served_console: ServedConsole, run: Run, tmp_path: Path
) -> None:
    url = served_console.url
    run("--station", str(served_console.root), "user", "add", "hoa", "--role", "operator",
        input="cán bộ văn hóa Hoa\n")  # fmt: skip
    browser.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", PHONE)
    wait = log_in(browser, url, "hoa", "cán bộ văn hóa Hoa")

    # the schedule from the menu, a new slot typed the Vietnamese way
    browser.find_element(By.LINK_TEXT, "Lịch phát").click()
    wait.until(expected_conditions.title_contains("Lịch phát"))
    browser.find_element(By.LINK_TEXT, "Thêm khung giờ").click()
    wait.until(expected_conditions.presence_of_element_located((By.ID, "at")))
    for field, value in (("name", "chieu"), ("at", "17h"), ("campaign", "bluezone")):
        browser.find_element(By.ID, field).send_keys(value)
    days = browser.find_element(By.ID, "days")
    days.clear()
    days.send_keys("hằng ngày")
    browser.find_element(By.CSS_SELECTOR, "main form button[type=submit]").click()
    notice = wait.until(expected_conditions.visibility_of_element_located(
        (By.CSS_SELECTOR, "p.notice")))  # fmt: skip
    assert notice.text.startswith("Đã lưu khung giờ 'chieu'")
    week = browser.find_element(By.ID, "week")
    assert week.text.count("17:00 chieu") >= 1
    both_widths(browser, "schedule")
    show_as(browser, DESKTOP)
    assert len(day_rows(browser)) == 1  # seven columns side by side on a desktop
    show_as(browser, PHONE)
    assert len(day_rows(browser)) == 7  # a list of days on a phone

    # tomorrow's rundown, item by item
    if not browser.find_elements(By.LINK_TEXT, "Ngày mai"):  # today is Sunday
        browser.find_element(By.PARTIAL_LINK_TEXT, "Tuần sau").click()
    browser.find_element(By.LINK_TEXT, "Ngày mai").click()
    wait.until(expected_conditions.title_contains("Chương trình phát"))
    rundown = browser.find_element(By.ID, "rundown").text
    assert "17:00" in rundown and "chieu" in rundown and "Cài Bluezone" in rundown
    both_widths(browser, "rundown")

    # the approver sends an emergency, seeing what will be read before it airs
    wait = log_in(browser, url, "duyet", CONSOLE_ACCOUNTS["duyet"][1])
    both_widths(browser, "home-approver")  # (each width reloads the page)
    browser.find_element(By.ID, "text").send_keys(NOTICE)
    browser.find_element(By.CSS_SELECTOR, "#emergency button[type=submit]").click()
    wait.until(expected_conditions.presence_of_element_located((By.ID, "confirm")))
    spoken = browser.find_element(By.CSS_SELECTOR, "blockquote.spoken").text
    assert "mười bảy giờ ba mươi" in spoken and "không chín một hai" in spoken
    screenshot(browser, "emergency-confirm-390")
    browser.find_element(By.CSS_SELECTOR, "#confirm button[type=submit]").click()
    notice = wait.until(expected_conditions.visibility_of_element_located(
        (By.CSS_SELECTOR, "p.notice")))  # fmt: skip
    assert notice.text == "Đã phát thông báo khẩn cấp (đã phát)."

    # the log shows it aired; the month's report downloads as a PDF
    browser.find_element(By.LINK_TEXT, "Nhật ký").click()
    wait.until(expected_conditions.title_contains("Nhật ký"))
    first = browser.find_element(By.CSS_SELECTOR, "ul.airings > li")
    assert first.get_attribute("class") == "status-aired"
    assert first.text.startswith("đã phát") and "Thông báo khẩn cấp" in first.text
    both_widths(browser, "log")
    downloads = tmp_path / "downloads"
    downloads.mkdir()
    browser.execute_cdp_cmd("Browser.setDownloadBehavior",
                            {"behavior": "allow", "downloadPath": str(downloads)})  # fmt: skip
    browser.find_element(By.CSS_SELECTOR, "form[action='/log/export'] button").click()
    done = WebDriverWait(browser, 60).until(
        lambda _: [p for p in downloads.glob("*.pdf") if p.stat().st_size]
    )
    assert done[0].name.startswith("nhat-ky-") and done[0].read_bytes().startswith(b"%PDF")
