"""The office console as Tuấn starts it and chị Mai opens it: `broadcaster office web` under
waitress, behind the nginx site deploy/nginx-office-console.conf, and every page of it on a
390 px phone in a real Chromium (nothing wider than the screen, no word broken in two)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import requests
from conftest import served
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions
from selenium.webdriver.support.ui import WebDriverWait
from servers import free_port, start_nginx
from test_office_desk import station_row
from test_office_reports import Trial, office, template, trial
from test_office_web import ACCOUNTS, EMERGENCY_ID, sent_emergency, with_accounts
from test_web_browser import PHONE, broken_words, fits_the_width, screenshot

from office.db import open_office

__all__ = ["office", "template", "trial"]  # the fixtures, shared with test_office_reports

DEPLOY = Path(__file__).parent.parent / "deploy"
FILES = {"static", "home.report"}
"""What the console sends as a file, not as a page."""


@pytest.fixture
def console(trial: Trial, office: Any) -> Iterator[tuple[str, str]]:
    """The console over the trial's office (a month of airings), with one station waiting:
    (its address, the waiting station's fingerprint)."""
    with open_office(office.dsn) as conn:
        waiting = station_row(conn, "Phú Mỹ")
        [(key,)] = conn.execute("SELECT key_id FROM stations WHERE approved_at IS NOT NULL LIMIT 1")
        sent_emergency(conn, key)
    with_accounts(office.dsn)
    with served("office", "web", "--db", office.dsn, "--port", "0") as url:
        yield url, waiting


def test_every_page_fits_a_phone(browser: Any, console: tuple[str, str], office: Any) -> None:
    url, waiting = console
    with open_office(office.dsn) as conn:
        [(approved,)] = conn.execute(
            "SELECT fingerprint FROM stations WHERE approved_at IS NOT NULL ORDER BY commune "
            "LIMIT 1"
        )
    shown = {
        "auth.login": "/login", "home.index": "/?month=11/2026",
        "stations.index": "/stations/", "stations.show": f"/stations/{waiting}",
        "emergencies.index": "/emergencies/", "emergencies.show": f"/emergencies/{EMERGENCY_ID}",
        "emergencies.confirm": f"/emergencies/{EMERGENCY_ID}/cancel", "auth.password": "/password",
    }  # fmt: skip
    from web.office import create_office_app

    app = create_office_app(office.dsn)
    every = {rule.endpoint for rule in app.url_map.iter_rules() if "GET" in (rule.methods or ())}
    assert every - FILES == set(shown), "a page this test does not visit"
    browser.delete_all_cookies()
    browser.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", PHONE)
    browser.get(url + shown.pop("auth.login"))
    wait = WebDriverWait(browser, 60)
    wait.until(expected_conditions.title_contains("Đăng nhập"))
    assert fits_the_width(browser) and not broken_words(browser), broken_words(browser)
    browser.find_element(By.ID, "name").send_keys("mai")
    browser.find_element(By.ID, "password").send_keys(ACCOUNTS["mai"][1])
    browser.find_element(By.CSS_SELECTOR, "form button[type=submit]").click()
    wait.until(expected_conditions.title_contains("Trong tháng"))
    faults = {}
    for endpoint, path in [*shown.items(), ("stations.show", f"/stations/{approved}")]:
        browser.get(url + path)
        assert "/login" not in browser.current_url, path
        broken = broken_words(browser)
        if broken or not fits_the_width(browser):
            faults[path] = broken
            screenshot(browser, f"office-phone-{endpoint}")
    assert not faults, faults


def test_the_nginx_site_puts_the_console_behind_https(
    tmp_path: Path, postgres: Any, vietnamese: None
) -> None:
    dsn = postgres.new_database()
    with_accounts(dsn)
    with served("office", "web", "--db", dsn, "--port", "0") as direct:
        port = free_port()
        site = (DEPLOY / "nginx-office-console.conf").read_text()
        site = re.sub(r"listen 443 ssl;", f"listen 127.0.0.1:{port};", site)
        site = re.sub(r"\n\s*ssl_certificate.*", "", site)
        site = site.replace("proxy_pass http://127.0.0.1:8090;", f"proxy_pass {direct};")
        assert "8090" not in site
        (tmp_path / "nginx").mkdir()
        nginx = start_nginx(tmp_path / "nginx", port, site)
        try:
            front = f"http://127.0.0.1:{port}"
            first = requests.get(f"{front}/", allow_redirects=False, timeout=10)
            assert first.status_code == 302 and "/login" in first.headers["Location"]
            page = requests.get(f"{front}/login", timeout=10)
            assert "Đăng nhập" in page.text and "csrf_token" in page.text
            assert page.headers["X-Frame-Options"] == "DENY"
        finally:
            nginx.terminate()
            nginx.wait(10)
