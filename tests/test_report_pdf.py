"""Printed reports in the administrative format (Nghị định 30/2020/NĐ-CP): the commune's month,
read back from the PDF's text layer and pixels; the XLSX printed by LibreOffice; the weekly
schedule for the notice board; and the page writer's rules (columns measured so no word is
split, the signature never alone on a page, a palette that never runs out)."""

from __future__ import annotations

import html
import math
import re
import subprocess
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import openpyxl
import pytest
from conftest import (
    CardStandIn,
    Run,
    copy_station,
    make_station,
    runner_for,
    set_config,
    write_script,
)

from audio_out.sinks import FileSink
from broadcaster import report_pdf
from broadcaster.airing import air
from broadcaster.airing_lines import vietnamese
from broadcaster.airing_log import AiringStatus, Occasion, Trigger, log_airing, planned_entries
from broadcaster.report import Letterhead
from broadcaster.report_pdf import (
    BOLD,
    CELL_PAD,
    REGULAR,
    Column,
    Document,
    fit_columns,
    palette,
    stacked_bars,
    vn_date_line,
    vn_number,
    width,
)
from broadcaster.runner import Runner
from broadcaster.schedule import add_slots, held_note
from broadcaster.station import Station
from schedules.slots import make_slot

HCM = ZoneInfo("Asia/Ho_Chi_Minh")
NAME = "Đài truyền thanh xã Tân Lập"
HEADINGS = ("STT", "Ngày", "Giờ bắt đầu", "Giờ kết thúc", "Tiêu đề", "Phiên bản", "Chiến dịch",
            "Nguồn", "Mức ưu tiên", "Hình thức", "Thời lượng (giây)", "Số lần đọc", "Kết quả",
            "Người duyệt", "Ghi chú")  # fmt: skip


class Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture(scope="module")
def month(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """November 2026 at a commune: a morning slot for a titled campaign (missed on four days:
    the station was off), an evening slot of three announcements (one campaign titled, two
    not), each on the loudspeakers, and an airing that failed (its folder cannot be
    written)."""
    folder = tmp_path_factory.mktemp("month")
    station = make_station(folder / "station")
    clock = Clock(datetime(2026, 11, 1, 5, 0, tzinfo=HCM))
    st = Station.open(station, clock)
    scripts = folder / "scripts"
    scripts.mkdir()
    st.add_announcements([
        write_script(scripts, "bz.md", "Cài đặt ứng dụng Bluezone.", id="bz", campaign="bluezone",
                     campaign_title='"Phòng, chống dịch COVID-19"', repeat=2,
                     title="Vận động cài đặt ứng dụng Bluezone trên điện thoại thông minh"),
        write_script(scripts, "rac.md", "Thu gom rác sáng thứ bảy.", id="rac",
                     campaign="ve-sinh", title="Thu gom rác thải sinh hoạt"),
        write_script(scripts, "bau.md", "Lịch bầu cử.", id="bau", campaign="bau-cu",
                     campaign_title="Bầu cử đại biểu Quốc hội khóa XVI",
                     title="Thông báo lịch bầu cử"),
        write_script(scripts, "lu.md", "Phòng chống lụt bão.", id="lu", campaign="pclb",
                     title="Chủ động phòng, chống lụt bão, giảm nhẹ thiệt hại"),
    ])  # fmt: skip
    add_slots(st, [make_slot("sang", "06:30", campaign="bluezone", created_at=clock()),
                   make_slot("chieu", "17:00", announcements=("rac", "bau", "lu"),
                             created_at=clock())])  # fmt: skip
    runner = Runner(st, CardStandIn(folder / "out"))  # the commune's loudspeakers
    for day in range(30):
        for hour, minute in ((6, 30), (17, 0)):
            clock.now = datetime(2026, 11, 1, hour, minute, tzinfo=HCM) + timedelta(days=day)
            if day % 7 == 3 and hour == 6:
                continue
            for planned in runner.upcoming(timedelta(minutes=1)):
                runner.air_planned(planned)
        if day % 7 == 3:
            clock.now = datetime(2026, 11, 1, 9, 0, tzinfo=HCM) + timedelta(days=day)
            runner.settle()
    clock.now = datetime(2026, 11, 30, 20, 0, tzinfo=HCM)
    blocker = folder / "blocker"
    blocker.write_text("")
    air(st, ["rac"], FileSink(blocker / "x"))  # failed: its folder is a file
    return station


def pdftotext(path: Path, *args: str) -> str:
    return subprocess.run(["pdftotext", *args, str(path), "-"], capture_output=True, text=True,
                          check=True).stdout  # fmt: skip


def pages_of(path: Path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True)
    return int(re.search(r"Pages:\s+(\d+)", info.stdout).group(1))  # type: ignore[union-attr]


@pytest.fixture(scope="module")
def printed(month: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("printed") / "bao-cao.pdf"
    runner_for(month)("log", "export", "--format", "pdf", "--month", "2026-11", "-o", str(out))
    return out


def test_the_report_is_laid_out_as_the_decree_sets(printed: Path) -> None:
    flat = " ".join(pdftotext(printed, "-layout").split())
    order = [
        "UBND XÃ TÂN LẬP", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "ĐÀI TRUYỀN THANH XÃ TÂN LẬP",
        "Độc lập - Tự do - Hạnh phúc", "Số: /BC-ĐTT", "Tân Lập, ngày", "BÁO CÁO",
        "Kết quả phát thanh trên hệ thống truyền thanh cơ sở tháng 11/2026",
        "I. TỔNG HỢP THEO CHIẾN DỊCH", "Cộng", "II. SỐ PHÚT ĐÃ PHÁT THEO CHIẾN DỊCH",
        "III. THÔNG BÁO ĐÃ XẾP LỊCH NHƯNG KHÔNG PHÁT", "IV. CHI TIẾT CÁC LƯỢT PHÁT",
        "Mã kiểm tra nhật ký: 61 lượt", "Nơi nhận:",
        "TRƯỞNG ĐÀI", "- UBND xã Tân Lập (để báo cáo);", "- Lưu: ĐTT.",
    ]  # fmt: skip
    positions = [flat.find(text) for text in order]
    assert -1 not in positions, [t for t, p in zip(order, positions, strict=True) if p < 0]
    assert positions == sorted(positions)
    fonts = subprocess.run(["pdffonts", str(printed)], capture_output=True, text=True).stdout
    for face in ("LiberationSerif", "LiberationSerif-Bold", "LiberationSerif-Italic",
                 "LiberationSerif-BoldItalic"):  # fmt: skip
        assert re.search(rf"\+{face}\s.*\byes\b", fonts), face  # embedded
    info = subprocess.run(["pdfinfo", str(printed)], capture_output=True, text=True).stdout
    assert "841.89 x 595.276 pts (A4)" in info  # A4, the long side across


def test_the_heading_is_in_the_sizes_the_decree_sets(printed: Path) -> None:
    """Word boxes from the text layer: the national heading at 13 pt, the motto and the
    date line at 14 pt (a box is the font's ascent high, so the sizes are compared)."""
    boxes = pdftotext(printed, "-bbox", "-f", "1", "-l", "1")
    heights = {
        word: float(y2) - float(y1)
        for y1, y2, word in re.findall(r'yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]+)<',
                                       boxes)
    }  # fmt: skip
    assert heights["Hạnh"] / heights["CỘNG"] == pytest.approx(14 / 13, rel=0.02)
    assert heights["ngày"] == pytest.approx(heights["Hạnh"], rel=0.02)


def table_pages(path: Path) -> list[int]:
    # the heading may wrap in its cell ("Người" over "duyệt")
    heading = re.compile(r"Người\s+duyệt")
    return [n for n in range(1, pages_of(path) + 1)
            if heading.search(pdftotext(path, "-f", str(n), "-l", str(n)))]  # fmt: skip


def test_the_heading_row_is_on_every_page_and_no_word_of_it_is_split(printed: Path) -> None:
    pages = table_pages(printed)
    assert len(pages) >= 3 and pages == list(range(pages[0], pages_of(printed) + 1))
    expected = sorted(w for h in HEADINGS for w in h.split())
    for page in pages:
        boxes = pdftotext(printed, "-bbox", "-f", str(page), "-l", str(page))
        words = re.findall(r'yMin="([\d.]+)" xMax="[\d.]+" yMax="[\d.]+">([^<]+)<', boxes)
        top = min(float(y) for y, w in words if w == "STT")
        first_row = min(float(y) for y, w in words if float(y) > top + 1 and w.isdigit())
        heading = sorted(w for y, w in words if top - 1 <= float(y) < first_row - 1)
        if "TỔNG" in heading or "I." in heading:  # the totals' heading row is another table
            continue
        assert heading == expected, page


def test_numbers_titles_and_remarks_are_written_the_vietnamese_way(printed: Path) -> None:
    text = pdftotext(printed, "-layout")
    flat = " ".join(text.split())
    assert re.search(r"\b\d+,\d\b", flat)  # decimals with a comma
    assert not re.search(r"\b\d+\.\d\b", flat)  # and never a point
    assert "Phòng, chống dịch COVID-19" in flat and "Bầu cử đại biểu Quốc hội khóa XVI" in flat
    assert "pclb" in flat  # a campaign without a title shows its id
    assert "bluezone" not in flat.split()  # a titled one never does
    # the log holds these notes in English; the report says them in Vietnamese
    read = " ".join(pdftotext(printed).split())  # in reading order: a wrapped cell is whole
    assert "không phát: đài tắt hoặc bận" in read
    # what happened, without the advice and the program's detail, which are the officer's
    # (Nhật ký) and the technician's (officer trial eleven, F4)
    assert "Phát tay; không ghi" in read and "lượt phát ra tệp" in read  # a cell wraps
    assert "hãy" not in read
    for english in ("the station", "not aired", "Not a directory", "cannot", "airing"):
        assert english not in flat
    # a note is read on its own: it starts with a capital (officer trial eleven, F10)
    assert "Khung giờ sang" in read and "khung giờ" not in read


def test_the_signature_is_on_the_page_of_the_table_s_last_rows(printed: Path) -> None:
    last = pdftotext(printed, "-layout", "-f", str(pages_of(printed)))
    assert "Nơi nhận:" in last and "TRƯỞNG ĐÀI" in last
    assert re.search(r"^\s*121\s+30/11/2026", last, re.MULTILINE)  # the last line of the table


def test_nothing_is_printed_in_the_margins(printed: Path, tmp_path: Path) -> None:
    """Every page as a picture: left 30 mm, right 15 mm and bottom 20 mm stay blank (the top
    margin holds the page number)."""
    subprocess.run(["pdftoppm", "-r", "36", "-gray", str(printed), str(tmp_path / "p")],
                   check=True)  # fmt: skip
    images = sorted(tmp_path.glob("p-*.pgm"))
    assert len(images) == pages_of(printed)
    for image in images:
        data = image.read_bytes()
        _, size, _, pixels = data.split(b"\n", 3) if data.startswith(b"P5\n") else (0, 0, 0, 0)
        w, h = (int(v) for v in size.split())  # type: ignore[union-attr]
        px = 36 / 25.4  # pixels per mm
        for y in range(h):
            row = pixels[y * w : (y + 1) * w]  # type: ignore[index]
            assert min(row[: int(29 * px)], default=255) > 200, (image.name, "left", y)
            assert min(row[w - int(14 * px) :], default=255) > 200, (image.name, "right", y)
        bottom = pixels[(h - int(19 * px)) * w :]  # type: ignore[index]
        assert min(bottom) > 200, (image.name, "bottom")


def test_the_xlsx_prints_in_libreoffice_at_40_lines_a_page(
    month: Path, run: Run, tmp_path: Path
) -> None:
    run = runner_for(month)
    out = tmp_path / "bao-cao.xlsx"
    lines = int(run("log", "export", "--format", "xlsx", "--month", "2026-11", "-o", str(out))
                .stdout.split(": ")[1].split()[0])  # fmt: skip
    totals = 5 + 4  # the totals sheet: its campaigns and 'Cộng', its title rows
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{tmp_path}/lo",
                    "--convert-to", "pdf", "--outdir", str(tmp_path), str(out)],
                   check=True, capture_output=True, timeout=120)  # fmt: skip
    printed = tmp_path / "bao-cao.pdf"
    assert pages_of(printed) <= math.ceil((lines + 4) / 40) + math.ceil(totals / 40)
    text = pdftotext(printed, "-layout")
    assert "Tháng 11/2026" in text and "Phòng, chống dịch" in text
    assert re.search(r"\b\d+,\d\b", text) and not re.search(r"\b\d+\.\d\b", text)


# ----- the weekly schedule ---------------------------------------------------------------------
@pytest.mark.parametrize(
    ("week", "monday"),
    [("30/11/2026", date(2026, 11, 30)), ("2026-12-06", date(2026, 11, 30)),
     ("3/12/2026", date(2026, 11, 30)), ("tuần sau", date(2026, 12, 7)),
     ("tuần này", date(2026, 11, 30)), ("mai", date(2026, 11, 30)),
     ("2026-W49", date(2026, 11, 30)), (None, date(2026, 11, 30))],
)  # fmt: skip
def test_a_week_is_named_the_way_schedules_are_written(week: str | None, monday: date) -> None:
    from schedules.parse import parse_week

    assert parse_week(week, date(2026, 12, 2)) == monday


def test_the_week_s_schedule_prints_for_the_notice_board(month: Path, tmp_path: Path) -> None:
    run = runner_for(month)
    out = tmp_path / "lich.pdf"
    said = run("schedule", "print", "--week", "25/11/2026", "-o", str(out)).stdout
    assert "14 airings, the week from 23/11/2026" in said
    flat = " ".join(pdftotext(out, "-layout").split())
    days = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]
    order = ["UBND XÃ TÂN LẬP", "Số: /TB-ĐTT", "THÔNG BÁO",
             "Lịch phát sóng tuần từ ngày 23/11/2026 đến ngày 29/11/2026", *days, "Nơi nhận:",
             "TRƯỞNG ĐÀI", "Niêm yết tại bảng tin"]  # fmt: skip
    positions = [flat.find(text) for text in order]
    assert -1 not in positions and positions == sorted(positions), positions
    assert all(f"{d:02d}/11/2026" in flat for d in range(23, 30))
    assert pages_of(out) >= 2
    for page in range(2, pages_of(out) + 1):  # a page that starts inside a day names the day
        text = pdftotext(out, "-layout", "-f", str(page), "-l", str(page))
        first_row = text.split("(phút)", 1)[1].split("quả", 1)[1].strip()  # under the heading
        assert first_row.startswith(tuple(days)), page
        assert sum(text.count(day) for day in days) == text.count("/11/2026"), page
    read = " ".join(pdftotext(out).split())  # in reading order: a wrapped cell is whole
    assert read.count("Vận động cài đặt ứng dụng Bluezone") == 7
    # "(đọc 2 lần)" wraps past the title's line beside the wider "Không ra loa"
    assert "Phòng, chống dịch COVID-19" in read and re.search(r"\(đọc .*?2 lần\)", read)


def test_the_week_is_printed_under_the_saved_name_with_what_became_of_each_past_airing(
    month: Path, tmp_path: Path
) -> None:
    """o15lan C8: after the leader saved the commune's name, the notice still began "Đài
    truyền thanh xã (mẫu)…", and a missed airing was listed as if it were to air."""
    from test_status import save_heading

    root = copy_station(month, tmp_path / "station")
    set_config(root, "name", '"Đài truyền thanh xã (mẫu)"')
    save_heading(root, "Đài truyền thanh xã Tân Lập")
    out = tmp_path / "lich.pdf"
    runner_for(root)("schedule", "print", "--week", "25/11/2026", "-o", str(out))
    read = " ".join(pdftotext(out).split())
    assert "(mẫu)" not in read
    assert "Đài truyền thanh xã Tân Lập thông báo lịch phát sóng" in read
    # the week of 23/11: the morning of Wednesday 25/11 was missed (the station was off);
    # the rest aired on the loudspeakers (a file's airings: the board test below)
    assert "Kết quả" in read and read.count("Bỏ lỡ") == 1 and read.count("Đã phát") == 13
    assert "Không ra loa" not in read
    wednesday = pdftotext(out, "-layout").split("Thứ Tư", 1)[1].split("Thứ Năm", 1)[0]
    morning, evening = " ".join(wednesday.split()).split("17:00", 1)
    assert "Bỏ" in morning and "Đã" not in morning and "Đã" in evening
    assert "Bỏ" not in evening


@pytest.mark.parametrize("week", ["tuần xyz", "31/02/2026", "2026-W60", "30/11/26"])
def test_a_week_that_is_no_week_is_refused_and_nothing_written(
    month: Path, tmp_path: Path, week: str
) -> None:
    run = runner_for(month)
    out = tmp_path / "lich.pdf"
    result = run("schedule", "print", "--week", week, "-o", str(out), code=1)
    assert f"--week: '{week}' is not a week" in result.stderr
    assert not out.exists()


@pytest.mark.parametrize("week", ["9999-W52", "31/12/9999", "27/12/9999", "9999W52"])
def test_a_week_past_the_calendar_s_end_is_one_sentence(
    month: Path, tmp_path: Path, week: str
) -> None:
    out = tmp_path / "lich.pdf"
    result = runner_for(month)("schedule", "print", "--week", week, "-o", str(out), code=1)
    assert result.stderr.count("\n") == 1, result.stderr  # one sentence, no traceback
    assert "runs past the last day of the calendar (31/12/9999)" in result.stderr
    assert not out.exists()


@pytest.mark.parametrize("week", ["20/12/9999", "0001-W01", "01/01/0001"])
def test_the_calendar_s_first_and_last_whole_weeks_print(
    month: Path, tmp_path: Path, week: str
) -> None:
    out = tmp_path / "lich.pdf"
    said = runner_for(month)("schedule", "print", "--week", week, "-o", str(out)).stdout
    assert "the week from" in said and out.stat().st_size > 0


# ----- the page writer's rules ---------------------------------------------------------------
def test_numbers_and_dates_are_written_as_vietnamese_documents_write_them() -> None:
    assert [vn_number(v, 1) for v in (59.8, 1234.5, 0.0)] == ["59,8", "1.234,5", "0,0"]
    assert vn_number(1234567) == "1.234.567"
    assert vn_date_line("Tân Lập", date(2026, 2, 5)) == "Tân Lập, ngày 05 tháng 02 năm 2026"
    assert vn_date_line("Tân Lập", date(2026, 11, 30)) == "Tân Lập, ngày 30 tháng 11 năm 2026"


def test_columns_fit_every_word_and_wrap_only_at_spaces() -> None:
    report_pdf.register_fonts()
    columns = [Column(h) for h in HEADINGS]
    samples = [["Đã phát", "Bị ngắt (khẩn cấp)"], ["30/11/2026"], ["06:30:00"], ["06:33:20"],
               ["Vận động nhân dân tham gia bảo hiểm y tế hộ gia đình năm 2027"], ["12"],
               ["Phòng, chống dịch COVID-19"], ["Địa phương"], ["Khẩn cấp"], ["Ghi âm"],
               ["1.234,5"], ["5"], ["Phát một phần"], ["Nguyễn Thị Thanh Hương"],
               ["khung giờ sang; trễ 12 phút"]]  # fmt: skip
    room = report_pdf.PAGE[0] - report_pdf.MARGIN_LEFT - report_pdf.MARGIN_RIGHT
    layout = fit_columns(columns, samples, room, [[s[0] for s in samples]])
    assert sum(layout.widths) == pytest.approx(room)
    for n, (column, texts) in enumerate(zip(columns, samples, strict=True)):
        inner = layout.widths[n] - 2 * CELL_PAD
        for word in column.heading.split():
            assert width(word, BOLD, layout.size) <= inner + 0.01, word
        for text in texts:
            assert all(width(w, REGULAR, layout.size) <= inner + 0.01 for w in text.split())
            lines = layout.lines(n, text)
            assert " ".join(lines).split() == text.split()  # wrapped at spaces, nothing cut


def test_the_signature_never_stands_alone_on_a_page(tmp_path: Path) -> None:
    """However many rows the table has, the page with the signature holds its last rows."""
    head = Letterhead("UBND xã Tân Lập", NAME, "Tân Lập", "BC-ĐTT", "TRƯỞNG ĐÀI",
                      recipients=("Lưu: ĐTT",))  # fmt: skip
    for rows in (1, 5, 9, 10, 11, 12, 13, 14, 15, 28, 29, 30, 31, 32, 33, 34, 35):
        out = tmp_path / f"t{rows}.pdf"
        doc = Document(out, head, "Báo cáo", "Thử", date(2026, 11, 30))
        layout = fit_columns([Column("Dòng"), Column("Nội dung", grow=3)],
                             [["Dòng 99"], ["một hai ba"]], doc.width)  # fmt: skip
        doc.table(layout, ([f"Dòng {n}", "một hai ba"] for n in range(1, rows + 1)),
                  keep_with_end=doc.signature_height())  # fmt: skip
        doc.signature()
        doc.close()
        last = pdftotext(out, "-f", str(pages_of(out)))
        assert f"Dòng {rows}\n" in last and "Nơi nhận:" in last, rows
        whole = pdftotext(out)  # once: a pdftotext per row was 342 processes, 15 s
        assert all(f"Dòng {n}\n" in whole for n in range(1, rows + 1))


def test_the_palette_never_runs_out_and_the_legend_names_every_campaign(tmp_path: Path) -> None:
    colours = palette(40)
    rgb = [(c.red, c.green, c.blue) for c in colours]
    assert len(set(rgb)) == 40
    closest = min(math.dist(a, b) for i, a in enumerate(rgb) for b in rgb[i + 1 :])
    assert closest > 0.15
    names = [f"Chiến dịch số {n}" for n in range(1, 26)]
    head = Letterhead("", NAME, "Tân Lập", "BC-ĐTT", "TRƯỞNG ĐÀI")
    out = tmp_path / "chart.pdf"
    doc = Document(out, head, "Báo cáo", "Thử", date(2026, 11, 30))
    doc.drawing(stacked_bars("", ["01", "02"], [(n, [1.0, 2.0]) for n in names], doc.width,
                             "phút mỗi ngày"))  # fmt: skip
    doc.close()
    text = pdftotext(out)
    assert all(f"{name}\n" in text for name in names)


def test_a_stored_english_note_is_read_in_vietnamese() -> None:
    note = ("the station stopped during this airing (crash, kill or power cut); "
            "found at 2026-11-02 09:00:00")  # fmt: skip
    said = vietnamese(note)
    assert said and said != note and "2026-11-02 09:00:00" in said and "crash" not in said
    assert vietnamese("Permission denied") == "không có quyền truy cập"
    assert vietnamese("khung giờ sang") == "khung giờ sang"  # Vietnamese stays as it is
    assert vietnamese(None) is None


def test_section_iii_never_reads_nothing_was_missed_beside_a_table_of_failures(
    printed: Path,
) -> None:
    """The month has four missed mornings and one failed airing, none re-aired: section III
    says every notice aired at least once, and how many airings did not and where to see them
    (o12b B1: "Mọi thông báo … đều đã được phát" beside "Lỗi 3, Bị ngắt 3")."""
    flat = " ".join(pdftotext(printed, "-layout").split())
    third = flat[flat.find("III. THÔNG BÁO") : flat.find("IV. CHI TIẾT")]
    assert "đều được phát ít nhất một lần" in third, third
    assert "Tuy vậy, 5 lượt phát bị bỏ lỡ, lỗi, bị ngắt hoặc gián đoạn và chưa được phát" in third
    assert "Xem cột “Kết quả” ở mục IV." in third
    # o12b C1: section I says what it counts
    first = flat[flat.find("I. TỔNG HỢP") : flat.find("II. SỐ PHÚT")]
    assert "Ghi chú: lượt phát lại được tính vào lượt phát mà nó thay thế" in first


def test_section_i_says_what_ke_hoach_counts_and_in_how_many_airings(
    month: Path, printed: Path, tmp_path: Path
) -> None:
    """o15lan C6: "Kế hoạch 4" for two airings, with no word of what it counts. The month
    planned 61 airings: 30 mornings of one notice, 30 evenings of three, one by hand."""
    read = " ".join(pdftotext(printed).split())
    first = read[read.find("I. TỔNG HỢP") : read.find("II. SỐ PHÚT")]
    assert "Kế hoạch (lượt thông báo)" in first
    assert re.search(r"Cộng .*\b121\b", " ".join(pdftotext(printed, "-layout").split()))
    said = "Cột “Kế hoạch” đếm lượt thông báo (mỗi thông báo trong mỗi lượt phát là một lượt): "
    assert f"{said}121 lượt thông báo trong 61 lượt phát." in first
    book = tmp_path / "bao-cao.xlsx"
    runner_for(month)("log", "export", "--format", "xlsx", "--month", "2026-11", "-o", str(book))
    sheet = list(openpyxl.load_workbook(book)["Tổng hợp"].iter_rows(values_only=True))
    assert "Kế hoạch (lượt thông báo)" in sheet[3]
    assert [row[:2] for row in sheet if row[0] == "Cộng"] == [("Cộng", 121)]
    assert any(f"{said}121 lượt thông báo trong 61 lượt phát." in row for row in sheet)


@pytest.mark.parametrize(("result", "seconds", "printed"), [
    ("Gián đoạn", 0.0, ("", "Chưa phát (gián đoạn)")),
    ("Bị ngắt (khẩn cấp)", None, ("", "Chưa phát (bị ngắt (khẩn cấp))")),
    ("Gián đoạn", 25.0, ("25,0", "Gián đoạn")),  # it played 25 s before the cut
    ("Lỗi", 0.0, ("0,0", "Lỗi")),
])  # fmt: skip
def test_a_notice_cut_before_it_began_reads_not_aired_not_zero_seconds(
    result: str, seconds: float | None, printed: tuple[str, str]
) -> None:
    """o12b C1: rows of a cut airing's notices that never started printed "0,0 giây, Gián
    đoạn", as if they played a little."""
    from broadcaster.airing_lines import DAY, LINE_HEADINGS, RESULT, SECONDS

    line: list[object] = [None] * (len(LINE_HEADINGS) + 1)
    line[0], line[DAY], line[SECONDS], line[RESULT] = 6, "2026-11-30", seconds, result
    cells = dict(zip([n for n, _ in report_pdf.PDF_COLUMNS], report_pdf._pdf_cells(line),
                     strict=True))  # fmt: skip
    assert (cells[SECONDS], cells[RESULT]) == printed


def test_rows_approved_under_the_demo_name_say_so_in_ghi_chu(tmp_path: Path) -> None:
    """o12b C6: the console asked the leader to explain the "(mẫu)" rows by hand beside his
    signature; the report now prints why in those rows' Ghi chú, and only in theirs."""
    station = make_station(tmp_path / "station")
    clock = Clock(datetime(2026, 11, 30, 8, 0, tzinfo=HCM))
    st = Station.open(station, clock)
    st.add_announcements([
        write_script(tmp_path, "bz.md", "Cài đặt ứng dụng Bluezone.", id="bz",
                     title="Vận động cài đặt Bluezone"),
        write_script(tmp_path, "rac.md", "Thu gom rác sáng thứ bảy.", id="rac",
                     title="Thu gom rác thải"),
    ])  # fmt: skip
    st.approve("bz", "Cán bộ văn hóa xã (mẫu)")
    st.approve("rac", "Nguyễn Văn Hùng – Phó Chủ tịch UBND xã")
    air(st, ["bz"], FileSink(tmp_path / "out"))
    clock.now += timedelta(minutes=5)
    air(st, ["rac"], FileSink(tmp_path / "out"))
    out = tmp_path / "bao-cao.pdf"
    runner_for(station)("log", "export", "--format", "pdf", "--month", "2026-11", "-o", str(out))
    read = " ".join(pdftotext(out).split())  # in reading order: a wrapped cell is whole
    table = read[read.find("IV. CHI TIẾT") :]
    note = "người duyệt là tên mẫu của bản cài đặt thử, in đúng như nhật ký ghi lúc phát"
    assert table.count(note) == 1, table  # the (mẫu) row, not Hùng's
    assert "(mẫu)" in table and "Hùng" in table  # both rows are there


TITLE_OF_A_CUT = ("Thông báo lịch cắt điện để sửa chữa, bảo dưỡng lưới điện trung áp khu vực "
                  "thôn Đông, thôn Bắc và thôn Trung")  # fmt: skip


def held_month(tmp_path: Path) -> tuple[Path, str]:
    """A station whose one airing of November was held: its notice, with a long title, waited
    for approval; and that airing's note (a long sentence naming the title)."""
    root = make_station(tmp_path / "station")
    clock = Clock(datetime(2026, 11, 30, 16, 0, tzinfo=HCM))
    station = Station.open(root, clock)
    station.add_announcements([write_script(tmp_path, "cd.md", "Lịch cắt điện.", id="cat-dien",
                                            title=TITLE_OF_A_CUT)])  # fmt: skip
    add_slots(station, [make_slot("chieu", "16:15", announcements=("cat-dien",),
                                  created_at=clock())])  # fmt: skip
    held = held_note(station, ["cat-dien"])
    log_airing(station, Occasion(Trigger.SCHEDULE, "chieu", clock.now), "null",
               planned_entries(station, ["cat-dien"]), AiringStatus.MISSED, held)  # fmt: skip
    station.close()
    return root, held


def test_a_long_note_and_a_row_taller_than_a_page_are_printed_whole(tmp_path: Path) -> None:
    """o15lan C5: Ghi chú was cut at its twelfth line ("khi được …"): the leader signed a
    remark he could not read. Every cell is printed whole; a row taller than a page goes on
    over the next, under the heading row."""
    root, _held = held_month(tmp_path)
    title = TITLE_OF_A_CUT
    out = tmp_path / "bao-cao.pdf"
    runner_for(root)("log", "export", "--format", "pdf", "--month", "2026-11", "-o", str(out))
    read = " ".join(pdftotext(out).split())  # in reading order: a wrapped cell is whole
    assert f"{title}” phiên bản 1; khi được duyệt, các lượt sau sẽ phát" in read
    assert not re.search(r"(?<!…)…(?!…)", read)  # no cut (the signer's blank is dots)
    # the chart is made shorter to stay on the first page, not leave it two-thirds empty
    assert "II. SỐ PHÚT ĐÃ PHÁT" in pdftotext(out, "-f", "1", "-l", "1")
    # a row of some eighty lines, in a narrow column: over three pages, every word in order
    head = Letterhead("UBND xã Tân Lập", NAME, "Tân Lập", "BC-ĐTT", "TRƯỞNG ĐÀI")
    doc = Document(tmp_path / "dai.pdf", head, "Báo cáo", "Thử", date(2026, 11, 30))
    layout = fit_columns([Column("Dòng"), Column("Ghi chú")], [["Dòng 9"], ["từ"]], 170.0)
    words = [f"từ{n}" for n in range(400)]
    doc.table(layout, [["Dòng 1", " ".join(words)], ["Dòng 2", "hết"]],
              keep_with_end=doc.signature_height())  # fmt: skip
    doc.signature()
    doc.close()
    printed = pdftotext(tmp_path / "dai.pdf")
    assert re.findall(r"từ\d+", printed) == words and "hết" in printed
    assert pages_of(tmp_path / "dai.pdf") >= 3
    for page in range(2, pages_of(tmp_path / "dai.pdf") + 1):  # the heading row on each page
        assert "Ghi chú" in pdftotext(tmp_path / "dai.pdf", "-f", str(page), "-l", str(page))


def lines_of(pdf: Path, text: str) -> int:
    """On how many printed lines the words of `text` stand, where the page draws them in a
    row (a cell is drawn line by line), read from the words' places on the page."""
    wanted = text.split()
    for page in range(1, pages_of(pdf) + 1):
        boxes = pdftotext(pdf, "-bbox", "-f", str(page), "-l", str(page))
        words = re.findall(r'<word xMin="[\d.]+" yMin="([\d.]+)"[^>]*>([^<]*)</word>', boxes)
        said = [html.unescape(w) for _, w in words]
        for n in range(len(said) - len(wanted) + 1):
            if said[n : n + len(wanted)] == wanted:
                return len({round(float(y)) for y, _ in words[n : n + len(wanted)]})
    raise AssertionError(f"not printed: {text}")


@pytest.mark.usefixtures("vietnamese")
def test_a_long_note_takes_no_more_lines_than_a_title_and_a_short_one_one(
    tmp_path: Path,
) -> None:
    """w19c: Ghi chú printed a missed airing's reason on ten lines of three words each, beside
    a title of four lines: the column is at least as wide as its longest sentence needs to
    take NOTE_LINES lines (the table's type a little smaller, never below 8.5 pt here), and a
    short note still takes one."""
    root, held = held_month(tmp_path)  # "không phát: mọi thông báo của khung giờ …"
    out = tmp_path / "bao-cao.pdf"
    runner_for(root)("log", "export", "--format", "pdf", "--month", "2026-11", "-o", str(out))
    assert lines_of(out, held) <= report_pdf.NOTE_LINES
    short = tmp_path / "ngan.pdf"
    head = Letterhead("UBND xã Tân Lập", NAME, "Tân Lập", "BC-ĐTT", "TRƯỞNG ĐÀI")
    doc = Document(short, head, "Báo cáo", "Thử", date(2026, 11, 30))
    columns = [Column("Dòng"), Column("Tiêu", grow=3), Column("Ghi", grow=3, lines=4, share=0.3)]
    rows = [["Dòng 1", "Thu gom rác thải sinh hoạt", "Phát ngay"]]
    layout = fit_columns(columns, list(zip(*rows, strict=True)), 500.0, rows)
    assert layout.size == report_pdf.TABLE_SIZES[0]  # a short note costs the type nothing
    doc.table(layout, rows, keep_with_end=doc.signature_height())
    doc.signature()
    doc.close()
    assert lines_of(short, "Phát ngay") == 1


def test_a_short_month_with_two_campaigns_keeps_its_chart_on_the_first_page(
    tmp_path: Path,
) -> None:
    """o18lan7 C2: four rows printed on four pages; page 1 held section I alone, two-thirds
    empty, as two campaigns' totals left the chart 20 mm short of room (it was shortened by
    18 mm at most). It is shortened as far as that takes, and the report is a page shorter."""
    root = make_station(tmp_path / "station")
    clock = Clock(datetime(2026, 11, 30, 23, 40, tzinfo=HCM))
    station = Station.open(root, clock)
    station.add_announcements([
        write_script(tmp_path, "a.md", "Cài đặt Bluezone.", id="bz", title="Hướng dẫn cài đặt",
                     campaign="bluezone", campaign_title="Tuyên truyền cài đặt Bluezone"),
        write_script(tmp_path, "b.md", "Nộp thuế.", id="nop-thue",
                     title="Nộp thuế đất phi nông nghiệp"),
    ])  # fmt: skip
    for ids in (["bz"], ["bz"], ["nop-thue"]):  # on the loudspeakers: minutes on the chart
        air(station, ids, CardStandIn(tmp_path / "out"))
    out = tmp_path / "bao-cao.pdf"
    runner_for(root)("log", "export", "--format", "pdf", "--month", "2026-11", "-o", str(out))
    first = pdftotext(out, "-f", "1", "-l", "1")
    assert "II. SỐ PHÚT ĐÃ PHÁT" in first and "phút mỗi ngày" in first
    assert report_pdf.NO_MINUTES not in first
    # o21lan10 N5: with an emergency's line under the totals, 27 mm were missing: page 1 held
    # section I alone, 40 % blank
    station.emergency("Chủ tịch xã", text="Nước sông lên nhanh, bà con di dời ngay.",
                      sink=f"file:{tmp_path / 'out'}")  # fmt: skip
    station.close()
    runner_for(root)("log", "export", "--format", "pdf", "--month", "2026-11", "-o", str(out))
    first = pdftotext(out, "-f", "1", "-l", "1")
    said = " ".join(first.split())  # to a file: said with what no loudspeaker played
    assert "Cũng vậy, 1 lượt phát tin khẩn cấp chỉ ghi ra tệp, loa không phát." in said
    assert "II. SỐ PHÚT ĐÃ PHÁT" in first


def test_a_month_that_reached_no_loudspeaker_says_so_in_place_of_a_chart(tmp_path: Path) -> None:
    """t28demo: the demo station (no sound card) writes every airing to a file, none counts
    in 'Số phút đã phát', and section II drew an empty chart on an axis of 0 to 0,010 minutes
    a day, as if the station had aired a few seconds; it says in words that none reached a
    loudspeaker."""
    root = make_station(tmp_path / "station")
    station = Station.open(root, Clock(datetime(2026, 11, 30, 23, 40, tzinfo=HCM)))
    station.add_announcements([write_script(tmp_path, "a.md", "Cài đặt Bluezone.", id="bz")])
    air(station, ["bz"], FileSink(tmp_path / "out"))
    station.close()
    out = tmp_path / "bao-cao.pdf"
    runner_for(root)("log", "export", "--month", "2026-11", "-o", str(out))
    said = " ".join(pdftotext(out, "-f", "1", "-l", "1").split())
    assert "II. SỐ PHÚT ĐÃ PHÁT THEO CHIẾN DỊCH " + report_pdf.NO_MINUTES in said
    assert "phút mỗi ngày" not in said and "0,010" not in said
    assert said.index(report_pdf.NO_MINUTES) < said.index("III. THÔNG BÁO")


def test_the_printed_week_takes_past_days_from_the_log_and_lines_campaigns_up_with_notices(
    tmp_path: Path,
) -> None:
    """o20lan9 N10: an airing of a slot removed since vanished from its day, and an emergency
    was nowhere; N9: "Họp dân tháng 12 / Phòng chống dịch" beside three notices read as if the
    local second one belonged to the second campaign."""
    from broadcaster.week_schedule import week_rows

    root = make_station(tmp_path / "station")
    clock = Clock(datetime(2026, 12, 1, 6, 0, tzinfo=HCM))  # a Tuesday
    st = Station.open(root, clock)
    scripts = tmp_path / "scripts"
    scripts.mkdir()
    st.add_announcements([
        write_script(scripts, "a.md", "Họp dân ấp 3 tối nay.", id="hop", campaign="hop-dan",
                     campaign_title="Họp dân tháng 12", title="Họp dân ấp 3"),
        write_script(scripts, "b.md", "Họp dân thôn Đông.", id="dong", title="Họp dân thôn Đông"),
        write_script(scripts, "c.md", "Tiêm vắc xin cho trẻ.", id="tiem", campaign="dich",
                     campaign_title="Phòng chống dịch", title="Tiêm vắc xin"),
    ])  # fmt: skip
    for announcement_id in ("hop", "dong", "tiem"):
        st.approve(announcement_id, "Chủ tịch xã")
    add_slots(st, [make_slot("sang", "06:20", title="Buổi sáng", created_at=clock(),
                             announcements=("hop", "dong", "tiem")),
                   make_slot("nhac", "06:34", title="Nhắc tin lũ", created_at=clock(),
                             announcements=("dong",))])  # fmt: skip
    runner = Runner(st, CardStandIn(tmp_path / "out"))  # the slots on the loudspeakers
    for minute in (20, 34):
        clock.now = datetime(2026, 12, 1, 6, minute, tzinfo=HCM)
        for planned in runner.upcoming(timedelta(minutes=1)):
            runner.air_planned(planned)
    clock.now = datetime(2026, 12, 1, 6, 40, 37, tzinfo=HCM)
    st.emergency("Chủ tịch xã", text="Nước sông lên nhanh, bà con di dời ngay.",
                 sink=f"file:{tmp_path / 'out'}")  # fmt: skip
    clock.now = datetime(2026, 12, 1, 6, 45, tzinfo=HCM)
    st.play(["dong"], sink=f"file:{tmp_path / 'out'}")
    st.remove_slot("nhac")
    clock.now = datetime(2026, 12, 2, 8, 0, tzinfo=HCM)  # the next day
    rows = week_rows(st, date(2026, 11, 30))
    tuesday = rows[rows.index(next(r for r in rows if r[0].endswith("01/12/2026"))) :]
    tuesday = tuesday[: next(n for n, r in enumerate(tuesday[1:], 1) if r[0])]
    assert [(r[1], r[2], r[6]) for r in tuesday] == [
        ("06:20", "Buổi sáng", "Đã phát"), ("06:34", "Nhắc tin lũ", "Đã phát"),
        ("06:40", "Khẩn cấp", "Không ra loa"),  # into a file: the board says what the report
        ("06:45", "Phát tay", "Không ra loa")]  # counts (w28filesink 2)  # fmt: skip
    morning = tuesday[0]
    assert morning[3].split("\n") == ["1. Họp dân ấp 3", "2. Họp dân thôn Đông", "3. Tiêm vắc xin"]
    assert morning[4].split("\n") == ["1. Họp dân tháng 12", "", "3. Phòng chống dịch"]
    # o21lan10 N8: what the loudspeakers said, not "Thông báo khẩn cấp lúc 06:40 …"; the time
    # as every row's, HH:MM (it aired at 06:40:37)
    assert tuesday[2][3] == "Nước sông lên nhanh, bà con… (đọc 2 lần)"
    # o21lan10 N6: one label per kind of airing, in Nhật ký ("Phát tay"), here and the report
    from broadcaster.report import Period, Report

    report = Report(st, Period(date(2026, 12, 1), date(2026, 12, 1)))
    notes = {line[2]: line[-1] for line in report.lines()}
    assert (notes[3].split("; ")[0], notes[4].split("; ")[0]) == ("khẩn cấp", "phát tay")
    from test_report import airing_dicts

    # o22lan11 N5: the report's Tiêu đề is what the loudspeakers said, as the board's (a
    # recording keeps its title), in the CSV as in the PDF's lines
    titles = {line[2]: line[7] for line in report.lines()}
    assert (titles[3], titles[4]) == ("Nước sông lên nhanh, bà con…", "Họp dân thôn Đông")
    st.export_log("csv", tmp_path / "bc.csv", report.period.first, report.period.last)
    csv = [line["Tiêu đề"] for line in airing_dicts(tmp_path / "bc.csv")]
    assert csv[-2] == titles[3]
    with st.db.conn:  # as older versions stored them: "phát ngay" for both
        st.db.execute("UPDATE airing_items SET line_note = 'phát ngay' || substr(line_note, "
                      "instr(line_note, ';')) WHERE airing_seq IN (3, 4)")  # fmt: skip
    again = {line[2]: line[-1] for line in Report(st, report.period).lines()}
    assert again == notes
    wednesday = next(r for r in rows if r[0].endswith("02/12/2026"))
    assert (wednesday[1], wednesday[2], wednesday[6]) == ("06:20", "Buổi sáng", "")  # to come


def _rows_per_page(out: Path) -> list[int]:
    """How many table rows ('Dòng n') each page of a printed test table holds."""
    return [len(re.findall(r"^Dòng \d+$", pdftotext(out, "-f", str(p), "-l", str(p)), re.M))
            for p in range(1, pages_of(out) + 1)]  # fmt: skip


def test_tall_rows_fill_their_pages_and_a_heading_keeps_two_of_them(tmp_path: Path) -> None:
    """o20lan9 N11 (6 rows over 3 pages): a heading kept with a fixed 30 mm ended page 2 with
    one row of five lines; and two rows went over with the signature, leaving half of page 3
    blank. Now a heading keeps its table's first two rows, and one row goes with the
    signature: the pages between are full."""
    head = Letterhead("UBND xã Tân Lập", NAME, "Tân Lập", "BC-ĐTT", "TRƯỞNG ĐÀI",
                      recipients=("Lưu: ĐTT",))  # fmt: skip
    tall = "\n".join(["Khung giờ Buổi sáng; ghi ra tệp, không phát trên loa"] * 5)
    LEADING = report_pdf.TEXT_SIZE * report_pdf.LINE
    capacity = 0
    for rows in range(2, 16):
        out = tmp_path / f"t{rows}.pdf"
        doc = Document(out, head, "Báo cáo", "Thử", date(2026, 12, 1))
        layout = fit_columns([Column("Dòng"), Column("Ghi chú", grow=3)],
                             [["Dòng 99"], [tall]], doc.width)  # fmt: skip
        table = [[f"Dòng {n}", tall] for n in range(1, rows + 1)]
        while doc.room > layout.opening(table[:1]) + 3 * LEADING:  # room for the heading and one
            doc.paragraph("Một dòng chữ để đẩy bảng xuống cuối trang.")  # row, not two
        doc.paragraph("IV. CHI TIẾT", BOLD, keep_with=layout.opening(table, doc.signature_height()))
        doc.table(layout, table, keep_with_end=doc.signature_height())
        doc.signature()
        doc.close()
        counts = _rows_per_page(out)
        assert counts[0] != 1 and sum(counts) == rows, counts  # never one row at the foot
        capacity = max(capacity, *counts)
        assert all(n == capacity for n in counts[1:-2]), (rows, counts)  # full pages
        if len(counts) > 2:  # one row went over with the signature, or the page was full
            assert counts[-1] == 1 or counts[-2] == capacity, (rows, counts)
        assert "Nơi nhận:" in pdftotext(out, "-f", str(len(counts))) and counts[-1] >= 1
    assert capacity >= 3
    assert counts[0] == 0  # the first two rows could not follow the heading on page 1
