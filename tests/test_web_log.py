"""Nhật ký in the console (Flask's test client): airings with their outcome in colour and in
words, the filters, a month's report downloaded in each format, and `log verify`."""

from __future__ import annotations

import re
import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import CardStandIn, SetClock, Visitor, store_dump
from test_web import field_error, text

from audio_out.sinks import FileSink
from broadcaster.airing import air
from broadcaster.airing_log import AiringStatus, Occasion, Trigger, log_airing, planned_entries
from broadcaster.runner import Runner
from broadcaster.station import Station
from cli import cli

APLAY_REFUSED = "the sound card refused to play: aplay: main:850: audio open error: Device busy"
"""A failed airing's reason as a daemon running in English logged it: the sink's sentence with
aplay's own words in it."""


@pytest.fixture
def logged(console_station: Path, console_clock: SetClock, tmp_path: Path) -> Path:
    """Three airings: 'sang' missed on Sunday, Bluezone aired by hand on the loudspeakers and
    the meeting notice failed on Monday morning."""
    station = Station.open(console_station, console_clock)
    sunday = console_clock.now - timedelta(days=1) + timedelta(hours=1, minutes=30)
    log_airing(station, Occasion(Trigger.SCHEDULE, "sang", sunday), "null",
               planned_entries(station, ["bluezone"]), AiringStatus.MISSED,
               "the station was off at the time")  # fmt: skip
    air(station, ["bluezone"], CardStandIn(tmp_path / "loa"))
    console_clock.now += timedelta(minutes=5)
    log_airing(station, Occasion(), "null", planned_entries(station, ["hop-thon"]),
               AiringStatus.FAILED, APLAY_REFUSED)  # fmt: skip
    station.close()
    return console_station


def listed(page: str) -> list[tuple[str, str]]:
    """(outcome class, what the row says) for each airing listed, top to bottom."""
    rows = re.findall(r'<li class="status-(\w+)"[^>]*>(.*?)</ul>', page, re.S)
    return [(status, text(row)) for status, row in rows]


def airing_row(page: str, seq: int) -> str:
    """What Nhật ký's row of airing `seq` says, and what follows it on the page."""
    return text(page[page.index(f'id="airing-{seq}"') :].split("</section>")[0])


def test_the_log_lists_airings_newest_first_each_outcome_in_its_colour_and_word(
    visitor: Visitor, logged: Path
) -> None:
    visitor.sign_in("vanhanh")
    page = visitor.get("/log")
    assert page.status_code == 200
    rows = listed(page.text)
    assert [status for status, _ in rows] == ["failed", "aired", "missed"]
    assert rows[0][1].startswith("lỗi Hôm nay 05:05 #3 · Phát tay")  # no English word
    assert "Họp thôn Đông phiên bản 1" in rows[0][1] and "hop-thon" not in rows[0][1]
    assert rows[1][1].startswith("đã phát Hôm nay 05:00 #2")
    assert rows[2][1].startswith("bỏ lỡ Hôm qua 06:30 #1 · sang")
    # the reason, logged in English, in Vietnamese: what happened, what to do, then the
    # program's own words as the detail; a reason in words no sentence of ours matches is
    # only the detail of one
    whole = [text(row) for row in page.text.split('<li class="status-')[1:]]
    assert (
        "Loa không phát được vì card âm thanh báo lỗi: hãy kiểm tra card âm thanh và dây "
        "nối sang bộ khuếch đại, rồi phát lại lượt này; nếu vẫn lỗi, hãy báo kỹ thuật viên "
        "(chi tiết: aplay: main:850: audio open error: Device busy)"
    ) in whole[0]
    assert "refused" not in whole[0]
    assert ("Đài ghi lại lỗi này bằng lời của một chương trình, chưa có câu tiếng Việt cho nó; "
            "nếu lỗi lặp lại, hãy báo kỹ thuật viên (chi tiết: the station was off at the time)"
            ) in whole[2]  # fmt: skip


@pytest.mark.parametrize(
    ("query", "shown"),
    [
        ({"status": "missed"}, ["missed"]),
        ({"status": "aired"}, ["aired"]),
        ({"id": "hop-thon"}, ["failed"]),
        ({"id": "bluezone"}, ["aired", "missed"]),
        ({"id": "Họp thôn"}, ["failed"]),  # by its title, as the officer knows it
        ({"id": "hop thon dong"}, ["failed"]),  # accents and case aside
        ({"id": "cài"}, ["aired", "missed"]),
        ({"id": "họp bluezone"}, []),  # every word must be in one title
        ({"since": "02/03/2026"}, ["failed", "aired"]),
        ({"until": "01/03/2026"}, ["missed"]),
        ({"since": "01/03/2026", "until": "01/03/2026", "status": "aired"}, []),
    ],
)
def test_the_log_filters_by_dates_outcome_and_announcement(
    visitor: Visitor, logged: Path, query: dict[str, str], shown: list[str]
) -> None:
    visitor.sign_in("vanhanh")
    page = visitor.get("/log", query_string=query)
    assert page.status_code == 200
    assert [status for status, _ in listed(page.text)] == shown
    if not shown:
        assert "Không có lượt phát nào khớp." in text(page.text)


@pytest.mark.parametrize(
    ("query", "field", "sentence"),
    [
        ({"since": "32/01/2026"}, "since", "32/01/2026"),
        ({"until": "ngày kia nữa"}, "until", "ngày kia nữa"),
        ({"since": "05/03/2026", "until": "01/03/2026"}, "until", "trước ngày đầu"),
        ({"status": "nổ"}, "status", "“nổ” không có trong danh sách chọn (“đang phát”, "),
    ],
)
def test_a_bad_filter_is_named_next_to_its_field(
    visitor: Visitor, logged: Path, query: dict[str, str], field: str, sentence: str
) -> None:
    visitor.sign_in("vanhanh")
    page = visitor.get("/log", query_string=query)
    assert page.status_code == 400
    assert sentence in field_error(page.text, field)
    assert listed(page.text) == []


@pytest.mark.parametrize(
    ("fmt", "mimetype", "starts"),
    [("pdf", "application/pdf", b"%PDF"), ("xlsx", "application/vnd.openxmlformats-"
      "officedocument.spreadsheetml.sheet", b"PK"), ("csv", "text/csv", "\ufeff".encode())],
)  # fmt: skip
def test_a_months_report_downloads_in_each_format(
    visitor: Visitor, logged: Path, fmt: str, mimetype: str, starts: bytes
) -> None:
    visitor.sign_in("vanhanh")
    page = visitor.get("/log")
    assert 'name="month" type="text" value="02/2026"' in page.text  # 02/03: the month ended
    before = store_dump(logged)
    response = visitor.client.get("/log/export", query_string={"month": "03/2026", "format": fmt})
    assert response.status_code == 200
    assert response.mimetype == mimetype
    assert response.headers["Content-Disposition"] == (
        f"attachment; filename=nhat-ky-03-2026.{fmt}"
    )
    assert response.data.startswith(starts) and len(response.data) > 500
    if fmt == "csv":
        assert "Cài Bluezone" in response.data.decode("utf-8-sig")
    assert store_dump(logged) == before


@pytest.mark.parametrize(
    ("month", "sentence"),
    [("13/2026", "'13/2026' không phải một tháng"), ("", "Hãy nhập tháng")],
)
def test_a_bad_month_is_named_and_nothing_downloads(
    visitor: Visitor, logged: Path, month: str, sentence: str
) -> None:
    visitor.sign_in("vanhanh")
    response = visitor.get("/log/export", query_string={"month": month, "format": "pdf"})
    assert response.status_code == 400 and response.mimetype == "text/html"
    assert sentence in field_error(response.text, "month")


def test_the_log_check_says_it_holds_and_then_where_it_was_altered(
    visitor: Visitor, logged: Path
) -> None:
    visitor.sign_in("vanhanh")
    page = visitor.get("/log/verify")
    assert page.status_code == 200
    shown = text(page.text)
    assert "Nhật ký còn nguyên vẹn: không lượt nào trong 3 lượt đã niêm phong bị sửa" in shown
    # what its box and button are for: the check itself ran as the page opened (o17lan6 C3)
    assert "Toàn bộ nhật ký đã được kiểm tra khi mở trang này." in shown
    head = re.search(r"mã kiểm tra nhật ký ([0-9a-f]{64})", shown)
    assert head
    with_head = text(visitor.get("/log/verify", query_string={"head": head.group(1)[:20]}).text)
    assert "Nhật ký vẫn còn giữ mã kiểm tra in trên báo cáo." in with_head
    bad = visitor.get("/log/verify", query_string={"head": "không phải mã"})
    assert bad.status_code == 400
    assert "không phải mã kiểm tra nhật ký" in field_error(bad.text, "head")

    with sqlite3.connect(logged / "station.db") as db:
        db.execute("UPDATE airings SET error = 'sửa lén' WHERE seq = 2")
    altered = text(visitor.get("/log/verify").text)
    assert "Nhật ký không còn nguyên vẹn: lượt phát #2" in altered


def test_an_airing_cut_by_an_emergency_names_it_by_its_time_and_first_words(
    visitor: Visitor, console_station: Path, console_clock: SetClock, tmp_path: Path
) -> None:
    from test_report import airing_dicts

    station = Station.open(console_station, console_clock)
    _number, emergency = station.create_emergency(
        "duyet", "Nước sông Hồng đang lên nhanh, bà con vùng bãi di chuyển ngay lên đê."
    )
    console_clock.now += timedelta(minutes=1)
    log_airing(station, Occasion(Trigger.SCHEDULE, "sang", console_clock.now), "null",
               planned_entries(station, ["bluezone"]), AiringStatus.PREEMPTED,
               f"preempted by emergency announcement {emergency}")  # fmt: skip
    log_airing(station, Occasion(Trigger.EMERGENCY, None, console_clock.now), "null",
               planned_entries(station, [emergency]), AiringStatus.INTERRUPTED,
               "the station stopped during this airing (crash, kill or power cut)")  # fmt: skip
    said = ("bị ngắt để phát thông báo khẩn cấp lúc 05:00 ngày 02/03/2026 (“Nước sông Hồng "
            "đang lên nhanh…”)")  # fmt: skip
    visitor.sign_in("vanhanh")
    page = text(visitor.get("/log").text)
    assert "B" + said[1:] in page and "khan-cap-" not in page  # o10b N2
    assert "· Khẩn cấp ·" in page and "· khẩn cấp ·" not in page  # the emergency's row (o11 F10)
    report = tmp_path / "bao-cao.csv"
    station.export_log("csv", report, month="03/2026")
    [line] = [line for line in airing_dicts(report) if line["Kết quả"] == "Bị ngắt (khẩn cấp)"]
    assert said in line["Ghi chú"] and "khan-cap-" not in line["Ghi chú"]


def test_a_slot_that_aired_without_a_held_new_version_says_what_it_left_out_everywhere(
    visitor: Visitor, console_station: Path, console_clock: SetClock, tmp_path: Path
) -> None:
    """o16net N6: the 05:02 slot reads Bluezone and leaves out the meeting notice, whose
    version 2 waits for approval. The row showed only what aired; Nhật ký, Trang chủ's last
    airing, `log list` and the report now each say, in one phrase, what was left out and why."""
    station = Station.open(console_station, console_clock)
    station.approve("hop-thon", "duyet")  # version 1 airs with Bluezone
    slot_at = console_clock.now + timedelta(minutes=2)
    station.add_slot("chieu", f"{slot_at:%H:%M}", announce=["bluezone", "hop-thon"])
    station.type_announcement("Họp thôn lúc 20 giờ.", "Họp thôn Đông",
                              announcement_id="hop-thon", editing=True)  # fmt: skip
    console_clock.now = slot_at
    runner = Runner(station, CardStandIn(tmp_path / "out"))  # on the loudspeakers
    [due] = [p for p in runner.upcoming(timedelta(seconds=30)) if p.slot == "chieu"]
    aired = runner.air_planned(due)
    assert aired and aired.status == "aired"
    said = "Bỏ qua “Họp thôn Đông”: phiên bản 2 mới đang chờ duyệt."

    visitor.sign_in("vanhanh")
    row = airing_row(visitor.get("/log").text, aired.seq)
    assert re.search(rf"Cài Bluezone phiên bản 1 {said}", row), row
    home = text(visitor.get("/").text)
    assert re.search(rf"Lần phát gần nhất Cài Bluezone Hôm nay {slot_at:%H:%M} · chieu · đã "
                     rf"phát · \d+ giây {said}", home)  # fmt: skip
    listed = CliRunner(mix_stderr=False).invoke(cli, ["--station", str(console_station), "log",
                                                      "list"]).stdout  # fmt: skip
    assert f"bluezone@v1  ! {said[0].lower()}{said[1:-1]}" in listed
    out = tmp_path / "bao-cao.csv"
    month = f"{slot_at:%m/%Y}"
    exported = CliRunner(mix_stderr=False).invoke(
        cli, ["--station", str(console_station), "log", "export", "--month", month, "-o", str(out)]
    )
    assert exported.exit_code == 0, exported.stderr
    [line] = [line for line in out.read_text().splitlines() if "Cài Bluezone" in line]
    assert f"khung giờ chieu; {said[0].lower()}{said[1:-1]}" in line


def test_an_airing_written_to_a_file_reads_not_to_the_loudspeakers_wherever_its_outcome_is(
    visitor: Visitor, logged: Path, console_clock: SetClock, tmp_path: Path
) -> None:
    """w28commune 2, w29report 2 and 4: Nhật ký and `log list` read "đã phát" for the Bluezone
    notice written to a file (the month report counts it "Không ra loa", the daemon said "không
    phát ra loa"), and Nhật ký named the file sink's folder by its path, a maintainer's word.
    Now its outcome is "không ra loa" on both, in its own colour, and the line says in the
    officer's words what a file sink is and the folder to look in; `log list --json` keeps the
    sink's path for the technician."""
    out = tmp_path / "ban-ghi"
    station = Station.open(logged, console_clock)
    console_clock.now += timedelta(minutes=1)
    station.play(["bluezone"], sink=f"file:{out}")  # airing #4
    station.close()
    said = (
        "Chỉ ghi ra tệp âm thanh trên máy của đài, trong thư mục “ban-ghi”, loa không phát: "
        "đài được cài ghi mỗi chương trình ra tệp (để thử), hoặc không thấy card âm thanh."
    )
    visitor.sign_in("vanhanh")
    page = visitor.get("/log").text
    rows = listed(page)
    assert [status for status, _ in rows] == ["unheard", "failed", "aired", "missed"]
    assert rows[0][1].startswith("không ra loa Hôm nay 05:06 #4 · Phát tay"), rows[0][1]
    assert rows[2][1].startswith("đã phát Hôm nay 05:00 #2")  # the card's: the loudspeakers
    row = airing_row(page, 4)
    assert said in row and str(tmp_path) not in text(page), row  # no path where she reads
    assert text(page).count("loa không phát:") == 1  # not the card's row, nor the others
    listed_out = CliRunner().invoke(cli, ["--station", str(logged), "log", "list"]).output
    [line] = [line for line in listed_out.splitlines() if line.startswith("#4 ")]
    assert " không ra loa " in line and said[1:-1] in line and str(out) not in line, listed_out
    assert "không ra loa" not in listed_out.replace(line, "")  # the card's line: đã phát
    as_json = CliRunner().invoke(cli, ["--station", str(logged), "log", "list", "--json"]).output
    assert f'"sink": "file:{out}"' in as_json  # the technician's detail, as before


@pytest.mark.parametrize(
    ("status", "shown"),
    [("unheard", ["unheard"]), ("aired", ["aired"]), ("partial", []), ("missed", ["missed"])],
)
def test_the_log_s_outcome_filter_tells_the_loudspeakers_from_a_file(
    visitor: Visitor,
    logged: Path,
    console_clock: SetClock,
    tmp_path: Path,
    status: str,
    shown: list[str],
) -> None:
    """w29report 3: Nhật ký's outcome filter had no "không ra loa", and its "đã phát" listed
    the airings written to a file beside the card's. Now "đã phát" is the loudspeakers' only
    (the one rule, audio_out.sinks.reaches_loudspeakers, in SQL), "không ra loa" the rest of
    what played out: a file's, and the test sink's."""
    station = Station.open(logged, console_clock)
    station.play(["bluezone"], sink=f"file:{tmp_path / 'out'}")
    station.play(["bluezone"], sink="null:x50")
    station.close()
    visitor.sign_in("vanhanh")
    page = visitor.get("/log", query_string={"status": status})
    assert page.status_code == 200
    assert [s for s, _ in listed(page.text)] == shown * (2 if status == "unheard" else 1)
    picked = re.search(r'<option value="(\w+)" selected>([^<]+)</option>', page.text)
    assert picked and picked.group(1) == status, page.text
    options = re.findall(r'<option value="(\w*)"', page.text.split('id="status"')[1])
    assert options[:5] == ["", "started", "aired", "partial", "unheard"]  # beside "đã phát"


def aired_then_held(
    station: Station, clock: SetClock, out: Path, sink: type[FileSink] = FileSink
) -> datetime:
    """The 'chieu' slot reads Bluezone and the meeting notice on day one; then the notice's
    version 2 waits for approval and day two's slot leaves it out. Returns day two's slot.
    Into a file (no loudspeaker played it), or on the loudspeakers (`sink` CardStandIn)."""

    station.approve("hop-thon", "duyet")
    slot_at = clock.now + timedelta(minutes=2)
    station.add_slot("chieu", f"{slot_at:%H:%M}", announce=["bluezone", "hop-thon"])
    runner = Runner(station, sink(out))
    for day in range(2):
        if day:
            station.type_announcement("Họp thôn lúc 20 giờ.", "Họp thôn Đông", campaign="thon",
                                      announcement_id="hop-thon", editing=True)  # fmt: skip
        clock.now = slot_at + timedelta(days=day)
        [due] = [p for p in runner.upcoming(timedelta(seconds=30)) if p.slot == "chieu"]
        aired = runner.air_planned(due)
        assert aired and aired.status == "aired"
    return clock.now


def test_a_notice_left_out_for_its_new_version_is_planned_and_not_aired_in_the_report(
    visitor: Visitor, console_station: Path, console_clock: SetClock, tmp_path: Path
) -> None:
    """o16lan4 C1: the meeting notice airs on day one, then its version 2 waits for approval
    and the next day's slot leaves it out. The month report said 100 % and "Mọi thông báo đã
    xếp lịch đều được phát"; Nhật ký's box did not list it, since it aired once. Both now
    count it planned and not aired in that airing, and say why."""
    import subprocess

    from broadcaster.report import ALL_AIRED

    station = Station.open(console_station, console_clock)
    slot_at = aired_then_held(station, console_clock, tmp_path / "out")
    month = f"{slot_at:%m/%Y}"
    pdf = tmp_path / "bao-cao.pdf"
    station.export_log("pdf", pdf, month=month)
    printed = " ".join(subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True,
                                      text=True, check=True).stdout.split())  # fmt: skip
    assert ALL_AIRED not in printed
    assert (
        "4 lượt thông báo trong 2 lượt phát. Trong đó 1 lượt thông báo bị bỏ qua vì "
        "phiên bản mới chờ duyệt" in printed
    )
    # its airings went to a file: "Không ra loa", not "Đã phát" (w28commune 2)
    assert re.search(r"thon 2 0 1 0 0 0 0 1 [\d,]+ 0,0 Cộng 4 0 3 0 0 0 0 1 [\d,]+ 0,0 ", printed)
    said = f"bị bỏ qua 1 lượt phát từ ngày {console_clock.now:%d/%m/%Y} vì phiên bản mới chờ duyệt"
    assert re.search(rf"Họp thôn Đông.*{said}", printed), printed
    visitor.sign_in("vanhanh")
    log = text(visitor.get("/log").text)
    assert re.search(rf"Đã xếp lịch nhưng không phát.*Họp thôn Đông.*{said}", log), log


def test_a_notice_held_then_approved_and_aired_is_no_notice_not_aired(
    visitor: Visitor, console_station: Path, console_clock: SetClock, tmp_path: Path
) -> None:
    """o17lan5 finding 7: §III listed Bluezone's guide as not aired after its new version was
    approved and aired; and §I's columns did not add up to "Kế hoạch" (the held airing had no
    column: it now has "Chờ duyệt")."""
    import subprocess

    from broadcaster.report import ALL_AIRED

    station = Station.open(console_station, console_clock)
    slot_at = aired_then_held(station, console_clock, tmp_path / "out", CardStandIn)
    station.approve("hop-thon", "duyet")
    runner = Runner(station, CardStandIn(tmp_path / "out"))  # on the loudspeakers
    console_clock.now = slot_at + timedelta(days=1)
    [due] = [p for p in runner.upcoming(timedelta(seconds=30)) if p.slot == "chieu"]
    assert runner.air_planned(due).status == "aired"  # type: ignore[union-attr]
    pdf = tmp_path / "bao-cao.pdf"
    station.export_log("pdf", pdf, month=f"{slot_at:%m/%Y}")
    printed = " ".join(subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True,
                                      text=True, check=True).stdout.split())  # fmt: skip
    assert ALL_AIRED in printed and "bị bỏ qua 1 lượt phát từ ngày" not in printed
    # Kế hoạch 3 = Đã phát 2 + Chờ duyệt 1, for the notice's campaign and in all
    counted = r"Chờ duyệt .* thon 3 2 0 0 0 0 0 1 [\d,]+ 66,7 Cộng 6 5 0 0 0 0 0 1 "
    assert re.search(counted, printed), printed
    visitor.sign_in("vanhanh")
    log = text(visitor.get("/log").text)
    assert "bị bỏ qua 1 lượt phát" not in log and "Đã xếp lịch nhưng không phát" not in log


def test_a_hold_before_the_notice_aired_is_not_counted_again_when_it_is_held_once_more(
    console_station: Path, console_clock: SetClock, tmp_path: Path
) -> None:
    """review17 #7: held, approved and aired, then held again: §III said "bị bỏ qua 2 lượt
    phát từ ngày <the first hold>", counting a hold the airing since had answered."""
    from broadcaster.not_aired import not_aired

    station = Station.open(console_station, console_clock)
    first_hold = aired_then_held(station, console_clock, tmp_path / "out", CardStandIn)
    station.approve("hop-thon", "duyet")
    runner = Runner(station, CardStandIn(tmp_path / "out"))  # on the loudspeakers
    for day in (1, 2):
        if day == 2:
            station.type_announcement("Họp thôn lúc 21 giờ.", "Họp thôn Đông", campaign="thon",
                                      announcement_id="hop-thon", editing=True)  # fmt: skip
        console_clock.now = first_hold + timedelta(days=day)
        [due] = [p for p in runner.upcoming(timedelta(seconds=30)) if p.slot == "chieu"]
        runner.air_planned(due)
    [held] = not_aired(station, first_hold.date() - timedelta(days=1), console_clock.now.date())
    last_hold = f"{console_clock.now:%d/%m/%Y}"
    assert held.announcement_id == "hop-thon"
    assert held.why.startswith(f"left out of 1 airing since {last_hold},"), held.why


def test_a_notice_already_left_out_says_how_often_since_when_to_both_of_them(
    visitor: Visitor, console_station: Path, console_clock: SetClock, tmp_path: Path
) -> None:
    """o16lan4 C2: Trang chủ's Cần chú ý said the held notice "sẽ không được phát … từ ngày
    mai" after airings had already left it out; Lan and Hùng now read how many and since
    when, and that it airs again once approved, on Trang chủ and on the notice's page."""
    station = Station.open(console_station, console_clock)
    slot_at = aired_then_held(station, console_clock, tmp_path / "out")
    console_clock.now += timedelta(minutes=5)
    said = (rf"Đã bị bỏ qua 1 lượt phát, từ hôm nay {slot_at:%H:%M}[;.] [sS]ẽ được phát lại "
            "khi phiên bản 2 được duyệt")  # fmt: skip
    for account in ("vanhanh", "duyet"):
        visitor.sign_in(account)
        home = text(visitor.get("/").text)
        assert re.search(rf"“Họp thôn Đông” sẽ không được phát[^“]*\. {said}", home), home
        page = text(visitor.get("/announcements/hop-thon").text)
        assert re.search(rf"cho đến khi người duyệt duyệt\. {said}\.", page), page


def test_the_airings_a_clock_run_ahead_logged_left_out_are_not_counted_as_left_out(
    visitor: Visitor, console_station: Path, console_clock: SetClock, tmp_path: Path
) -> None:
    """v27review: a clock run 15 days ahead logged the held notice left out of each day's
    slot to come; set right and confirmed, those rows are void (w27commune 1), but the
    notice's page counted them: 'Đã bị bỏ qua 17 lượt phát' where 2 had."""
    from broadcaster.clock import utc_iso

    station = Station.open(console_station, console_clock)
    slot_at = aired_then_held(station, console_clock, tmp_path / "out")
    station.add_slot("toi", f"{slot_at + timedelta(minutes=3):%H:%M}", announce=["hop-thon"])
    console_clock.now = slot_at + timedelta(days=15, minutes=5)  # the clock runs ahead
    Runner(station, FileSink(tmp_path / "out")).settle()
    console_clock.now = slot_at + timedelta(minutes=5)  # set right
    fault = station.clock_fault()
    assert fault and fault.hold and fault.last_life
    station.confirm_clock(utc_iso(fault.last_life), utc_iso(fault.now), "Lan")
    # today's two (the slot that aired the rest, 'toi' that aired nothing), not 15 days more
    said = (rf"Đã bị bỏ qua 2 lượt phát, từ hôm nay {slot_at:%H:%M}[;.] [sS]ẽ được phát lại "
            "khi phiên bản 2 được duyệt")  # fmt: skip
    visitor.sign_in("duyet")
    page = text(visitor.get("/announcements/hop-thon").text)
    assert re.search(said, page), page


def test_a_late_airing_says_how_late_and_when_it_was_due_on_every_page(
    visitor: Visitor, console_station: Path, console_clock: SetClock, tmp_path: Path
) -> None:
    """o19lan8 L4: after a power cut the 02:56 slot aired at 03:04; `log list` and the report
    said "trễ 8 phút", but Nhật ký listed it at 03:04 under its slot's name, a time not its
    own. Nhật ký, Trang chủ's last airing and `log list` now say "trễ 8 phút (theo lịch
    06:30)"; a slot due before midnight and aired after it names the day it was due."""
    station = Station.open(console_station, console_clock)
    runner = Runner(station, CardStandIn(tmp_path / "out"))  # on the loudspeakers
    due = console_clock.now.replace(hour=6, minute=30)
    console_clock.now = due + timedelta(minutes=8)  # the station is back 8 minutes after 06:30
    [late] = runner.settle()
    aired = runner.air_planned(late)
    assert aired and aired.status == "aired"
    said = "trễ 8 phút (theo lịch 06:30)"

    visitor.sign_in("vanhanh")
    row = airing_row(visitor.get("/log").text, aired.seq)
    assert re.search(rf"Hôm nay 06:38 #{aired.seq} · sang · \d+ giây · {re.escape(said)}", row)
    home = text(visitor.get("/").text)
    assert re.search(rf"Hôm nay 06:38 · sang · đã phát · \d+ giây · {re.escape(said)}", home)

    night = due.replace(hour=23, minute=55)
    station.add_slot("khuya", "23:55", announce=["bluezone"])
    console_clock.now = night + timedelta(minutes=8)  # 00:03 the next day
    [late] = runner.settle()
    assert runner.air_planned(late)
    listed = CliRunner(mix_stderr=False).invoke(cli, ["--station", str(console_station), "log",
                                                      "list"]).stdout  # fmt: skip
    assert listed.count("  ! trễ 8 phút") == 2, listed
    assert "bluezone@v1  ! trễ 8 phút (theo lịch 06:30)" in listed
    assert f"bluezone@v1  ! trễ 8 phút (theo lịch {night:%d/%m/%Y} 23:55)" in listed
    log = text(visitor.get("/log").text)
    assert re.search(rf"· khuya · \d+ giây · trễ 8 phút \(theo lịch {night:%d/%m/%Y} 23:55\)", log)
