"""The console end to end in a real browser (Debian's chromium, headless, one browser for the
whole story) against `broadcaster web` as a person starts it, as a new officer meets it: she
logs in on her phone (a wrong password first), types a notice with a date and a phone
number, sees how it will be read, listens to its program, and gives it an evening slot; the
commune's approver, on the same phone, sees on the home page that it will not air yet,
approves it, finds it in tomorrow's rundown, sends an emergency through its confirmation
(twice, as a phone whose answer was lost: it airs once), and downloads the month's report.
Every page is checked to fit 360 and 390 px phones and a 1280 px desktop; screenshots of 390
and 1280 px go to test-artifacts/ for a person to look at."""

from __future__ import annotations

import base64
import subprocess
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from conftest import ARTIFACTS, CONSOLE_ACCOUNTS, Run, ServedConsole, page_wait
from selenium.common.exceptions import WebDriverException
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions
from selenium.webdriver.support.ui import WebDriverWait

from web.log import report_month

PHONE = {"width": 390, "height": 844, "deviceScaleFactor": 1, "mobile": True}
SMALL_PHONE = PHONE | {"width": 360, "height": 740}
DESKTOP = {"width": 1280, "height": 900, "deviceScaleFactor": 1, "mobile": False}
DURATION = "const a = document.querySelector(arguments[0]); return a ? a.duration : null;"
NOTICE = "Tối 05/3/2026 lúc 19h30 họp dân tại nhà văn hóa. Liên hệ 0912345678."
EMERGENCY = "Bão số 3 đổ bộ lúc 17h30 ngày 29/11, bà con gọi 0912 345 678 khi cần hỗ trợ."


def show_as(browser: Any, screen: dict[str, Any]) -> None:
    """Lay the page out as this screen would (a phone's viewport obeys the page's meta tag).
    Chromium lays the page out again at once: the console's layout is its CSS alone (live.js
    fetches data, never measures), so the page is not loaded again for each screen."""
    browser.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", screen)


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


BROKEN_WORDS = """
const main = document.querySelector('main') || document.body;
const style = getComputedStyle(main);
const room = main.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
const broken = [];
const texts = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
for (let node = texts.nextNode(); node; node = texts.nextNode()) {
  if (!node.parentElement || !node.parentElement.getClientRects().length) continue;
  for (const word of node.data.matchAll(/[^\\s\\-\u2013]+/g)) {  // a line may end after a dash
    const range = document.createRange();
    range.setStart(node, word.index);
    range.setEnd(node, word.index + word[0].length);
    const rects = [...range.getClientRects()].filter(r => r.width > 0);
    const lines = new Set(rects.map(r => Math.round(r.top)));
    const width = rects.reduce((sum, r) => sum + r.width, 0);
    if (lines.size > 1 && width <= room) broken.push(word[0]);  // it fitted on one line
  }
}
return broken;
"""
"""Every word on the page that is broken across lines although the page's column could hold
it whole ('c' / 'ó' in a squeezed table column, 'Sử' / 'a' in a narrow cell): only a word
wider than the whole column (a long file path) may break, and a line may end after a dash."""


def broken_words(browser: Any) -> list[str]:
    """The words broken across two lines that need not be (BROKEN_WORDS)."""
    return list(browser.execute_script(BROKEN_WORDS))


def every_width(browser: Any, name: str) -> None:
    """The page fits a phone (390 and 360 px), no word broken in two, and a desktop;
    screenshots of 390 and 1280; the phone again after."""
    show_as(browser, PHONE)
    assert fits_the_width(browser), name
    assert not broken_words(browser), (name, broken_words(browser))
    screenshot(browser, f"{name}-390")
    show_as(browser, SMALL_PHONE)
    assert fits_the_width(browser), name
    assert not broken_words(browser), (name, broken_words(browser))
    show_as(browser, DESKTOP)
    assert fits_the_width(browser), name
    screenshot(browser, f"{name}-1280")
    show_as(browser, PHONE)


def in_view(browser: Any, element: Any) -> bool:
    """The element's top is on the screen as the page opened (not scrolled past)."""
    return bool(browser.execute_script(
        "const r = arguments[0].getBoundingClientRect(); return r.top >= 0 && r.top < innerHeight;",
        element))  # fmt: skip


def heard_seconds(browser: Any, selector: str) -> float:
    """The duration an <audio> element reports once it has loaded its file's metadata."""
    page_wait(browser).until(
        lambda b: (b.execute_script(DURATION, selector) or 0) > 0,
        f"the <audio> {selector} never reported a duration",
    )
    return float(browser.execute_script(DURATION, selector))


def click_through(browser: Any, element: Any) -> None:
    """Click a link or a form's button and wait until its page is replaced: a wait for what the
    next page shows could otherwise be met by the same thing on the page still in view (CI:
    the refused page's notice was read as the approved page's, then went stale). The old page
    is marked and the new one told by the mark's absence: asking the old page's element
    whether it is stale can itself fail mid-navigation ("Node with given id does not belong to
    the document", s27speed's loaded run), so a look that fails is simply made again."""
    browser.execute_script("document.documentElement.dataset.left = 'yes'")
    element.click()
    WebDriverWait(browser, 60, ignored_exceptions=(WebDriverException,)).until(
        lambda shown: shown.execute_script(
            "return document.readyState === 'complete' && !document.documentElement.dataset.left"
        )
    )


def log_in(browser: Any, wait: WebDriverWait[Any], name: str, password: str) -> None:
    """From the log-in page the browser is on, to the home page."""
    wait.until(expected_conditions.title_contains("Đăng nhập"))
    browser.find_element(By.ID, "name").clear()
    browser.find_element(By.ID, "name").send_keys(name)
    browser.find_element(By.ID, "password").send_keys(password)
    click_through(browser, browser.find_element(By.CSS_SELECTOR, "form button[type=submit]"))
    wait.until(expected_conditions.title_contains("Trang chủ"))


def log_out(browser: Any, wait: WebDriverWait[Any]) -> None:
    """With the button at the top of every page, as a person hands the phone over."""
    click_through(browser, browser.find_element(By.CSS_SELECTOR, "form.who button[type=submit]"))
    wait.until(expected_conditions.title_contains("Đăng nhập"))


def go_to(browser: Any, wait: WebDriverWait[Any], link: str, title: str) -> None:
    click_through(browser, browser.find_element(By.LINK_TEXT, link))
    wait.until(expected_conditions.title_contains(title))


def downloaded(browser: Any, folder: Path, pattern: str) -> Path:
    """The file the browser finished saving into `folder` (no partial .crdownload)."""
    found = page_wait(browser).until(
        lambda _: [p for p in folder.glob(pattern) if p.stat().st_size], f"no {pattern} saved"
    )
    return found[0]


def test_a_new_officer_prepares_a_notice_an_approver_approves_it_and_sends_an_emergency(
    browser: Any, served_console: ServedConsole, run: Run, tmp_path: Path
) -> None:
    url = served_console.url
    run("--station", str(served_console.root), "user", "add", "hoa", "--role", "operator",
        input="cán bộ văn hóa Hoa\n")  # fmt: skip
    downloads = tmp_path / "downloads"
    downloads.mkdir()
    browser.execute_cdp_cmd("Browser.setDownloadBehavior",
                            {"behavior": "allow", "downloadPath": str(downloads)})  # fmt: skip
    browser.delete_all_cookies()
    browser.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", PHONE)
    wait = page_wait(browser)

    # ----- the officer logs in on her phone, a wrong password first
    browser.get(url)  # the address the console printed
    wait.until(expected_conditions.title_contains("Đăng nhập"))
    assert browser.current_url.startswith(f"{url}/login")
    assert fits_the_width(browser)
    button = browser.find_element(By.CSS_SELECTOR, "form button[type=submit]")
    assert button.text == "Đăng nhập" and button.size["height"] >= 44  # a thumb can press it
    screenshot(browser, "login-390")
    browser.find_element(By.ID, "name").send_keys("hoa")
    browser.find_element(By.ID, "password").send_keys("sai mật khẩu")
    click_through(browser, button)
    error = wait.until(expected_conditions.visibility_of_element_located(
        (By.CSS_SELECTOR, "p.error[role=alert]")))  # fmt: skip
    assert error.text == "Sai tên đăng nhập hoặc mật khẩu"
    assert browser.find_element(By.ID, "name").get_attribute("value") == "hoa"
    log_in(browser, wait, "hoa", "cán bộ văn hóa Hoa")
    assert browser.find_element(By.TAG_NAME, "h1").text == "Trang chủ"
    headings = [h.text for h in browser.find_elements(By.TAG_NAME, "h2")]
    # no daemon in this story: the red alarm comes first, above what is on air
    assert headings[:2] == ["Đài đang KHÔNG phát theo lịch", "Đang phát"]
    assert headings[2].startswith("Chờ duyệt") and "Sắp phát" in headings
    assert "hoa · Người vận hành" in browser.find_element(By.CLASS_NAME, "who").text
    assert "<script>alert('x')</script>" in browser.find_element(By.ID, "waiting").text
    every_width(browser, "home")
    show_as(browser, DESKTOP)
    on_air = browser.find_element(By.ID, "on-air").rect
    waiting = browser.find_element(By.ID, "waiting").rect
    assert on_air["y"] == waiting["y"] and on_air["x"] < waiting["x"]  # two columns
    show_as(browser, PHONE)

    # ----- she types a notice, sees how it will be read, saves it and listens to it
    go_to(browser, wait, "Thông báo", "Thông báo")
    go_to(browser, wait, "Thêm thông báo", "Thêm thông báo")
    browser.find_element(By.ID, "title").send_keys("Họp dân thôn Đông")
    browser.find_element(By.ID, "text").send_keys(NOTICE)
    click_through(browser, browser.find_element(By.CSS_SELECTOR, "button[value=preview]"))
    spoken = wait.until(expected_conditions.visibility_of_element_located(
        (By.CSS_SELECTOR, "p.spoken")))  # fmt: skip
    assert "mùng năm tháng ba năm hai nghìn không trăm hai mươi sáu" in spoken.text  # the date
    assert "mười chín giờ ba mươi họp dân" in spoken.text  # half past: no "phút"
    assert "không chín một hai, ba bốn năm, sáu bảy tám" in spoken.text  # the phone number
    assert fits_the_width(browser)
    screenshot(browser, "announcement-new-390")
    click_through(browser, browser.find_element(By.CSS_SELECTOR, "button[value=save]"))
    wait.until(expected_conditions.title_contains("Họp dân thôn Đông"))
    assert browser.current_url.endswith("/announcements/hop-dan-thon-dong")
    assert "bản nháp" in browser.find_element(By.CSS_SELECTOR, ".status").text
    assert 5 < heard_seconds(browser, "#listen audio") < 60  # two chimes of 2.4 s, the reading
    every_width(browser, "announcement")
    browser.get(url + "/lexicon")  # a word of her own: its "Xóa" button sits in a narrow cell
    browser.find_element(By.ID, "term").send_keys("UBMTTQ")
    browser.find_element(By.ID, "spoken").send_keys("ủy ban mặt trận tổ quốc")
    click_through(browser, browser.find_element(By.CSS_SELECTOR, "#add button"))
    wait.until(expected_conditions.text_to_be_present_in_element(
        (By.ID, "entries"), "ủy ban mặt trận tổ quốc"))  # fmt: skip
    for path, name in (("/announcements", "announcements"), ("/lexicon", "lexicon"),
                       ("/jingles", "jingles")):  # fmt: skip
        browser.get(url + path)
        for screen, width in ((PHONE, 390), (SMALL_PHONE, 360)):
            show_as(browser, screen)
            assert fits_the_width(browser), (path, width)
            assert not broken_words(browser), (path, width, broken_words(browser))
        screenshot(browser, f"{name}-360")
    assert heard_seconds(browser, "#intro audio") > 2
    show_as(browser, PHONE)

    # ----- she gives it an evening slot; until it is approved the slot has nothing to air
    go_to(browser, wait, "Lịch phát", "Lịch phát")
    go_to(browser, wait, "Thêm khung giờ", "Thêm khung giờ")
    every_width(browser, "slot-new")  # the list of notices to tick fits a phone
    for field, value in (("title", "Buổi chiều"), ("at", "17h")):
        browser.find_element(By.ID, field).send_keys(value)
    browser.find_element(  # her notice, ticked by its title (officer trial 9: ids were typed)
        By.XPATH, "//label[@class='choice'][contains(., 'Họp dân thôn Đông')]/input"
    ).click()
    days = browser.find_element(By.ID, "days")
    days.clear()
    days.send_keys("hằng ngày")
    click_through(browser, browser.find_element(By.CSS_SELECTOR, "main form button[type=submit]"))
    notice = wait.until(expected_conditions.visibility_of_element_located(
        (By.CSS_SELECTOR, "p.notice")))  # fmt: skip
    assert notice.text.startswith("Đã lưu khung giờ 'Buổi chiều': phát lần đầu ")
    assert in_view(browser, notice)  # the first thing seen, not above the week grid (o10b N1)
    browser.get(f"{url}/schedule?week=mai")  # the week that holds tomorrow, whatever the hour
    week = browser.find_element(By.ID, "week").text
    assert "17:00 Buổi chiều" in week and "không có gì để phát" in week
    assert "Họp dân thôn Đông" in week and "hop-dan-thon-dong" not in week
    every_width(browser, "schedule")
    show_as(browser, DESKTOP)
    assert len(day_rows(browser)) == 1  # seven columns side by side on a desktop
    show_as(browser, PHONE)
    assert len(day_rows(browser)) == 7  # a list of days on a phone
    log_out(browser, wait)

    # ----- the approver, on the same phone: the home page says why it will not air yet
    log_in(browser, wait, "duyet", CONSOLE_ACCOUNTS["duyet"][1])
    said = browser.find_element(By.ID, "warnings").text
    assert "“Họp dân thôn Đông” sẽ không được phát trong khung giờ Buổi chiều" in said
    assert "phiên bản 1 đang chờ duyệt" in said
    every_width(browser, "home-approver")
    click_through(browser, browser.find_element(By.LINK_TEXT, "Họp dân thôn Đông"))  # to approve
    wait.until(expected_conditions.title_contains("Họp dân thôn Đông"))
    # he first refuses it, with a reason, then on second thoughts approves the same version
    browser.find_element(By.CSS_SELECTOR, "details.refuse summary").click()
    browser.find_element(By.ID, "reason").send_keys("Ghi rõ địa điểm họp.")
    click_through(browser, browser.find_element(By.CSS_SELECTOR, "details.refuse button"))
    refusal = wait.until(expected_conditions.visibility_of_element_located((By.ID, "refusal")))
    assert "Người duyệt (tài khoản duyet) không duyệt phiên bản 1" in refusal.text
    assert "Ghi rõ địa điểm họp." in refusal.text
    every_width(browser, "announcement-refused")
    approve = browser.find_element(By.CSS_SELECTOR, "form[action$='/approve'] button")
    assert approve.text == "Duyệt phiên bản 1"
    click_through(browser, approve)
    notice = wait.until(expected_conditions.visibility_of_element_located(
        (By.CSS_SELECTOR, "p.notice")))  # fmt: skip
    assert "duyet" in notice.text
    assert "đã duyệt" in browser.find_element(By.CSS_SELECTOR, ".status").text
    facts = browser.find_element(By.ID, "facts").text
    assert "Người duyệt (tài khoản duyet) (phiên bản 1)" in facts
    click_through(browser, browser.find_element(By.LINK_TEXT, "Trang chủ"))
    wait.until(expected_conditions.title_contains("Trang chủ"))
    left = browser.find_elements(By.ID, "warnings")
    assert not left or "hop-dan-thon-dong" not in left[0].text  # it airs now

    # ----- tomorrow's rundown reads it at 17:00; the week prints for the notice board
    go_to(browser, wait, "Lịch phát", "Lịch phát")
    if not browser.find_elements(By.LINK_TEXT, "Ngày mai"):  # today is Sunday
        go_to(browser, wait, "Tuần sau →", "Lịch phát")
    assert "không có gì để phát" not in browser.find_element(By.ID, "week").text
    browser.find_element(By.ID, "print-week").click()
    printed = downloaded(browser, downloads, "lich-phat-tuan-*.pdf")
    read = subprocess.run(["pdftotext", str(printed), "-"], capture_output=True, text=True,
                          check=True).stdout  # fmt: skip
    assert "THÔNG BÁO" in read and "Họp dân thôn Đông" in read
    go_to(browser, wait, "Ngày mai", "Chương trình phát")
    rundown = browser.find_element(By.ID, "rundown").text
    assert "17:00" in rundown and "Buổi chiều" in rundown and "Họp dân thôn Đông" in rundown
    every_width(browser, "rundown")

    # ----- an emergency, seeing what will be read before it airs
    go_to(browser, wait, "Trang chủ", "Trang chủ")
    browser.find_element(By.ID, "text").send_keys(EMERGENCY)
    click_through(browser, browser.find_element(By.CSS_SELECTOR, "#emergency button[type=submit]"))
    wait.until(expected_conditions.presence_of_element_located((By.ID, "confirm")))
    spoken = browser.find_element(By.CSS_SELECTOR, "blockquote.spoken").text
    assert "mười bảy giờ ba mươi" in spoken and "không chín một hai" in spoken
    every_width(browser, "emergency-confirm")
    # her tap goes through but the answer never reaches her screen (here: it lands in
    # another tab), so she taps "Phát ngay" again on the page she still sees
    confirm_tab = browser.current_window_handle
    browser.switch_to.new_window("tab")
    browser.execute_script("window.name = 'lost-answer'")
    browser.switch_to.window(confirm_tab)
    browser.execute_script("document.querySelector('#confirm form').target = 'lost-answer'")
    browser.find_element(By.CSS_SELECTOR, "#confirm button[type=submit]").click()
    browser.switch_to.window(browser.window_handles[-1])
    notice = wait.until(expected_conditions.visibility_of_element_located(
        (By.CSS_SELECTOR, "p.error[role=alert]")))  # fmt: skip
    # no sound card here: written to a file, and said so, not "đã phát" (w27leader F2)
    assert notice.text.startswith("Thông báo khẩn cấp không đến được loa (không phát ra loa: ")
    browser.close()
    browser.switch_to.window(confirm_tab)
    browser.execute_script("document.querySelector('#confirm form').target = '_self'")
    click_through(browser, browser.find_element(By.CSS_SELECTOR, "#confirm button[type=submit]"))
    again = wait.until(expected_conditions.visibility_of_element_located(
        (By.CSS_SELECTOR, "p.notice")))  # fmt: skip
    assert again.text.startswith("Lệnh phát khẩn cấp này đã được gửi lúc ")
    assert again.text.endswith("; không phát lần nữa.")  # and nothing aired again:
    # the month it aired in, as the station counts it (another may begin during this test)
    aired_in = datetime.now(ZoneInfo("Asia/Ho_Chi_Minh"))

    # ----- the log shows it played out, to no loudspeaker (into a file: no sound card here),
    # as the notice above said and the report counts it (w29report 2); the month's report
    # downloads as a PDF
    go_to(browser, wait, "Nhật ký", "Nhật ký")
    first = browser.find_element(By.CSS_SELECTOR, "ul.airings > li")
    assert first.get_attribute("class") == "status-unheard"
    # its colour, amber as a cut one's: the rows' grey edge outranked every outcome's colour
    assert first.value_of_css_property("border-left-color") == "rgba(199, 119, 0, 1)"
    assert first.text.startswith("không ra loa") and "Thông báo khẩn cấp" in first.text
    assert "Chỉ ghi ra tệp âm thanh trên máy của đài, trong thư mục “" in first.text
    assert "/" not in first.text.split("trong thư mục")[1]  # the folder's name, no path
    rows = browser.find_elements(By.CSS_SELECTOR, "ul.airings > li")
    assert sum("Thông báo khẩn cấp" in row.text for row in rows) == 1  # aired once
    every_width(browser, "log")
    month = browser.find_element(By.ID, "month")  # the month a report is asked for, ready
    assert month.get_attribute("value") in {  # (the one just ended on a month's first days)
        f"{report_month(aired_in.date()):%m/%Y}",
        f"{report_month(datetime.now(aired_in.tzinfo).date()):%m/%Y}",
    }
    month.clear()
    month.send_keys(f"{aired_in:%m/%Y}")
    browser.find_element(By.CSS_SELECTOR, "form[action='/log/export'] button").click()
    report = downloaded(browser, downloads, "nhat-ky-*.pdf")
    assert report.read_bytes().startswith(b"%PDF")


def day_rows(browser: Any) -> set[int]:
    """The heights at which the week's days start: one row, or one per day."""
    days = browser.find_elements(By.CSS_SELECTOR, "ol.week > li.day")
    return {round(day.rect["y"]) for day in days}
