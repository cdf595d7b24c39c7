"""The office console as Tuấn starts it and chị Mai opens it: `broadcaster office web` under
waitress, behind the nginx site deploy/nginx-office-console.conf, and every page of it on a
390 px phone in a real Chromium (nothing wider than the screen, no word broken in two)."""

from __future__ import annotations

import re
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import psycopg
import pytest
import requests
from conftest import page_wait, served, text_of
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions
from selenium.webdriver.support.ui import WebDriverWait
from servers import free_port, start_nginx
from test_office_desk import station_row
from test_office_reports import Trial, office, template, trial
from test_office_web import ACCOUNTS, EMERGENCY_ID, TAG, sent_emergency, with_accounts
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


def log_in_as_mai(browser: Any, wait: WebDriverWait[Any]) -> None:
    """Mai logs in on the log-in page the browser shows, and lands on Trong tháng."""
    browser.find_element(By.ID, "name").send_keys("mai")
    browser.find_element(By.ID, "password").send_keys(ACCOUNTS["mai"][1])
    browser.find_element(By.CSS_SELECTOR, "form button[type=submit]").click()
    wait.until(expected_conditions.title_contains("Trong tháng"))


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
    wait = page_wait(browser)
    wait.until(expected_conditions.title_contains("Đăng nhập"))
    assert fits_the_width(browser) and not broken_words(browser), broken_words(browser)
    log_in_as_mai(browser, wait)
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
    """The shipped site, with a self-signed certificate, on a port other than 443 (Tuấn's
    trial ran on 18443): chị Mai logs in. With `Host $host` nginx dropped the port, the
    console's HTTPS check of the form's origin failed, and every log-in was refused."""
    dsn = postgres.new_office()
    with_accounts(dsn)
    work = tmp_path / "nginx"
    work.mkdir()
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
                    "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1",
                    "-keyout", str(work / "key.pem"), "-out", str(work / "cert.pem")],
                   check=True, capture_output=True)  # fmt: skip
    with served("office", "web", "--db", dsn, "--port", "0") as direct:
        port = free_port()
        site = (DEPLOY / "nginx-office-console.conf").read_text()
        site = site.replace("listen 443 ssl;", f"listen 127.0.0.1:{port} ssl;")
        site = re.sub(r"ssl_certificate +\S+;", f"ssl_certificate {work}/cert.pem;", site)
        site = re.sub(r"ssl_certificate_key \S+;", f"ssl_certificate_key {work}/key.pem;", site)
        site = site.replace("proxy_pass http://127.0.0.1:8090;", f"proxy_pass {direct};")
        assert "8090" not in site and "/etc/ssl" not in site
        nginx = start_nginx(work, port, site)
        try:
            front = f"https://127.0.0.1:{port}"
            browser = requests.Session()
            cert = str(work / "cert.pem")  # trusted as her phone trusts it, once
            first = browser.get(f"{front}/", allow_redirects=False, verify=cert, timeout=10)
            assert first.status_code == 302 and "/login" in first.headers["Location"]
            page = browser.get(f"{front}/login", verify=cert, timeout=10)
            assert "Đăng nhập" in page.text and page.headers["X-Frame-Options"] == "DENY"
            token = re.search(r'name="csrf_token"[^>]*value="([^"]+)"', page.text)
            assert token, page.text
            name, (_role, password) = next(iter(ACCOUNTS.items()))
            forged = browser.post(  # a guesser naming another address for each try
                f"{front}/login", {"csrf_token": token[1], "name": name, "password": "đoán"},
                headers={"Referer": f"{front}/login", "X-Forwarded-For": "10.9.9.9"},
                verify=cert, timeout=10,
            )  # fmt: skip
            assert forged.status_code == 400
            with psycopg.connect(dsn) as conn:  # counted against where he really is
                counted = conn.execute("SELECT account, address FROM login_failures").fetchall()
            assert counted == [(name, "127.0.0.1")], counted
            answer = browser.post(
                f"{front}/login",
                {"csrf_token": token[1], "name": name, "password": password},
                headers={"Referer": f"{front}/login"},  # as a browser sends it
                allow_redirects=False,
                verify=cert,
                timeout=10,
            )
            assert answer.status_code == 302, " ".join(TAG.sub(" ", answer.text).split())
            home = browser.get(f"{front}/", verify=cert, timeout=10)
            assert "Đăng xuất" in home.text
        finally:
            nginx.terminate()
            nginx.wait(10)


QUICK_TIMERS = """
const later = window.setTimeout.bind(window);
window.setTimeout = (then, ms, ...args) => later(then, (ms || 0) / 10, ...args);
"""
"""Run first in each page: its timers ten times as fast, so live.js looks every 0.5 s, not
every 5 s (what a look swaps is the same at any pace); as a clock passed in does."""


def test_a_page_that_follows_the_broker_keeps_what_she_types_and_swaps_only_its_sentence(
    browser: Any, postgres: Any, tmp_path: Path
) -> None:
    """o16web4 B1 and reloads: a station page reloaded every 5 s while an approval waited for
    the broker, wiping what she typed. Now live.js looks every 5 s without reloading and
    swaps only the sentence; it keeps doing so while she types (o17web5 D2: held back, the
    page said "đang cập nhật … (vài giây)" past the minute)."""
    from office import broker
    from office.db import put_setting

    dsn = postgres.new_office()
    with open_office(dsn) as conn:
        waiting = station_row(conn, "Phú Mỹ")
        station_row(conn, "Tân Lập", "ven-song")  # just approved: the broker has not read it
        broker.setup(conn, "mqtt://127.0.0.1:1", None, tmp_path / "mqtt", None)
    with_accounts(dsn)
    updating = "Máy chủ văn phòng đang cập nhật tài khoản nhận tin khẩn cấp"
    quick = browser.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument",
                                    {"source": QUICK_TIMERS})  # fmt: skip
    try:
        with served("office", "web", "--db", dsn, "--port", "0") as url:
            browser.delete_all_cookies()
            browser.get(url + "/login")
            wait = page_wait(browser)
            log_in_as_mai(browser, wait)
            browser.get(f"{url}/stations/{waiting}")
            assert updating in text_of(browser, "live-broker")
            browser.execute_script("window.notReloaded = true;")
            groups = browser.find_element(By.ID, "groups")
            groups.send_keys("vung-nui")  # and she stays in the field

            with open_office(dsn) as conn:  # Mosquitto reads the accounts: the sentence is over
                [(written,)] = conn.execute("SELECT value FROM settings WHERE key = %s",
                                            [broker.WRITTEN]).fetchall()  # fmt: skip
                put_setting(conn, broker.TAKEN, written)
            wait.until(lambda shown: updating not in text_of(shown, "live-broker"))
            assert groups.get_attribute("value") == "vung-nui"  # what she typed is still there
            assert browser.execute_script("return document.activeElement.id") == "groups"
            assert browser.execute_script("return window.notReloaded === true")  # swapped only
            browser.execute_script("document.activeElement.blur();")  # typed, then looked away
            assert groups.get_attribute("value") == "vung-nui"
            assert "Duyệt đài này" in browser.find_element(By.ID, "approve").text  # form stays
    finally:  # one browser for the whole run: the next test's pages keep their own pace
        browser.execute_cdp_cmd("Page.removeScriptToEvaluateOnNewDocument", quick)
