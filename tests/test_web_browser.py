"""The console in a real browser (Debian's chromium, headless), served by `broadcaster web`
as a person starts it: a new officer logs in and reads the home page, on a phone and on a
desktop. Screenshots go to test-artifacts/ for a person to look at."""

from __future__ import annotations

import base64
from pathlib import Path
from typing import Any

from conftest import ARTIFACTS, Run, ServedConsole
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions
from selenium.webdriver.support.ui import WebDriverWait

PHONE = {"width": 390, "height": 844, "deviceScaleFactor": 1, "mobile": True}
SMALL_PHONE = PHONE | {"width": 360, "height": 740}
DESKTOP = {"width": 1280, "height": 900, "deviceScaleFactor": 1, "mobile": False}


def show_as(browser: Any, screen: dict[str, Any]) -> None:
    """Lay the page out as this screen would (a phone's viewport obeys the page's meta tag)."""
    browser.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", screen)
    browser.refresh()


def screenshot(browser: Any, name: str) -> Path:
    """The whole page, however long, as a PNG in test-artifacts/."""
    shot = browser.execute_cdp_cmd(
        "Page.captureScreenshot", {"format": "png", "captureBeyondViewport": True}
    )
    ARTIFACTS.mkdir(exist_ok=True)
    path = ARTIFACTS / f"{name}.png"
    path.write_bytes(base64.b64decode(shot["data"]))
    return path


def fits_the_width(browser: Any) -> bool:
    """Nothing sticks out sideways: no horizontal scrolling."""
    return bool(
        browser.execute_script("return document.documentElement.scrollWidth <= window.innerWidth")
    )


def test_a_new_officer_logs_in_and_reads_the_home_page_on_a_phone_and_a_desktop(
    browser: Any, served_console: ServedConsole, run: Run
) -> None:
    run("--station", str(served_console.root), "user", "add", "lan", "--role", "operator",
        input="cán bộ văn hóa Lan\n")  # fmt: skip
    browser.delete_all_cookies()
    browser.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", PHONE)
    browser.get(served_console.url)  # the address the console printed
    wait = WebDriverWait(browser, 30)
    wait.until(expected_conditions.title_contains("Đăng nhập"))
    assert browser.current_url.startswith(f"{served_console.url}/login")
    assert fits_the_width(browser)
    button = browser.find_element(By.CSS_SELECTOR, "form button[type=submit]")
    assert button.text == "Đăng nhập" and button.size["height"] >= 44  # a thumb can press it
    screenshot(browser, "login-390")

    browser.find_element(By.ID, "name").send_keys("lan")
    browser.find_element(By.ID, "password").send_keys("sai mật khẩu")
    button.click()
    error = wait.until(expected_conditions.visibility_of_element_located(
        (By.CSS_SELECTOR, "p.error[role=alert]")))  # fmt: skip
    assert error.text == "sai tên đăng nhập hoặc mật khẩu"
    assert browser.find_element(By.ID, "name").get_attribute("value") == "lan"

    browser.find_element(By.ID, "password").send_keys("cán bộ văn hóa Lan")
    browser.find_element(By.CSS_SELECTOR, "form button[type=submit]").click()
    wait.until(expected_conditions.title_contains("Trang chủ"))
    assert browser.find_element(By.TAG_NAME, "h1").text == "Trang chủ"
    headings = [h.text for h in browser.find_elements(By.TAG_NAME, "h2")]
    assert headings[0] == "Đang phát" and "Sắp phát" in headings
    assert headings[1].startswith("Chờ duyệt")
    assert "lan · Người vận hành" in browser.find_element(By.CLASS_NAME, "who").text
    assert "<script>alert('x')</script>" in browser.find_element(By.ID, "waiting").text
    assert fits_the_width(browser)
    screenshot(browser, "home-390")
    show_as(browser, SMALL_PHONE)
    assert fits_the_width(browser)

    show_as(browser, DESKTOP)
    on_air = browser.find_element(By.ID, "on-air").rect
    waiting = browser.find_element(By.ID, "waiting").rect
    assert on_air["y"] == waiting["y"] and on_air["x"] < waiting["x"]  # two columns
    assert fits_the_width(browser)
    screenshot(browser, "home-1280")
