"""Airtime reports (CSV, XLSX, PDF) and the tamper-evident log."""

from __future__ import annotations

import csv
import functools
import re
import shutil
import sqlite3
import subprocess
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import openpyxl
import pytest
from conftest import (
    PLANNED_AS_BEFORE,
    CardStandIn,
    Run,
    copy_station,
    make_station,
    query,
    template_folder,
    write_script,
)

from audio_out.sinks import FileSink
from broadcaster.airing import air
from broadcaster.airing_lines import FORMATTED, LINE_HEADINGS
from broadcaster.runner import Runner
from broadcaster.schedule import add_slots
from broadcaster.station import Station
from broadcaster.store import MIGRATIONS
from schedules.slots import make_slot

HCM = ZoneInfo("Asia/Ho_Chi_Minh")
NAME = "Đài truyền thanh xã Tân Lập"


def airing_table(path: Path) -> list[list[str]]:
    """A CSV report's airing lines: the rows after its heading, up to the blank line before
    the notices that did not air."""
    with path.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    return rows[1 : rows.index([])]


def airing_dicts(path: Path) -> list[dict[str, str]]:
    """A CSV report's airing lines by heading."""
    return [dict(zip(LINE_HEADINGS, row, strict=True)) for row in airing_table(path)]


class FakeClock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def logged(station: Path) -> Path:
    """November 2026: two days of the Bluezone slot (one missed), a failed and a manual airing.
    A copy of a station logged so once per test process (each test may tamper with its own)."""
    shutil.rmtree(station)
    return copy_station(_logged_template(), station)


@functools.cache
def _logged_template() -> Path:
    """The airings of `logged`: speech synthesised and programs rendered once, not in each of
    its ~27 tests (~1.5 s each on this machine, w22speed)."""
    tmp_path = template_folder("logged-template-")
    station, scripts = make_station(tmp_path / "station"), tmp_path / "scripts"
    scripts.mkdir()
    clock = FakeClock(datetime(2026, 11, 1, 5, 0, tzinfo=HCM))
    st = Station.open(station, clock)
    st.add_announcements([
        write_script(scripts, "bz.md", "Cài đặt ứng dụng Bluezone.", id="bz", campaign="bluezone",
                     title="Cài đặt Bluezone", repeat=2),
        write_script(scripts, "rac.md", "Thu gom rác sáng thứ bảy.", id="rac", campaign="ve-sinh",
                     title="Thu gom rác"),
    ])  # fmt: skip
    add_slots(st, [make_slot("sang", "06:30", campaign="bluezone", created_at=clock())])
    runner = Runner(st, FileSink(tmp_path / "out"))
    clock.now = datetime(2026, 11, 1, 6, 30, tzinfo=HCM)
    [day1] = [p for p in runner.upcoming(timedelta(minutes=1))]
    runner.air_planned(day1)  # aired on time
    clock.now = datetime(2026, 11, 2, 9, 0, tzinfo=HCM)
    runner.settle()  # the station was off at 06:30 on the 2nd: missed
    clock.now = datetime(2026, 11, 2, 10, 0, tzinfo=HCM)
    blocker = tmp_path / "blocker"
    blocker.write_text("")
    air(st, ["rac"], FileSink(blocker / "x"))  # failed: cannot write
    clock.now = datetime(2026, 11, 3, 14, 15, tzinfo=HCM)
    air(st, ["rac", "bz"], FileSink(tmp_path / "out"))  # manual
    return station


def test_xlsx_has_typed_cells_and_campaign_totals(logged: Path, run: Run, tmp_path: Path) -> None:
    out = tmp_path / "bao-cao.xlsx"
    result = run("log", "export", "--format", "xlsx", "--month", "2026-11", "-o", str(out))
    assert "Tháng 11/2026" in result.stdout and "Log check: 4 sealed airings" in result.stdout
    book = openpyxl.load_workbook(out)
    sheet = book["Nhật ký phát"]
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][0] == NAME.upper() and "Tháng 11/2026" in str(rows[1][0])
    assert rows[3] == LINE_HEADINGS
    first = dict(zip(LINE_HEADINGS, rows[4], strict=True))
    assert first["Đài truyền thanh"] == NAME and first["Lượt phát số"] == 1
    assert first["Ngày"] == datetime(2026, 11, 1)  # a real date cell
    started = first["Giờ bắt đầu"]
    assert isinstance(started, time) and (started.hour, started.minute) == (6, 30)  # local time
    assert isinstance(first["Thời lượng (giây)"], float) and first["Thời lượng (giây)"] > 0
    assert (first["Tiêu đề"], first["Mã chiến dịch"], first["Kết quả"]) == (
        "Cài đặt Bluezone",
        "bluezone",
        "Không ra loa",  # written into a file: as the totals count it (w28filesink 2)
    )
    assert (first["Phiên bản"], first["Phiên bản cấp trên"]) == (1, None)  # a local one
    unheard = "Không ra loa"  # into a file, as the totals count it (w28filesink 2)
    assert [r[17] for r in rows[4:]] == [unheard, "Bỏ lỡ", "Lỗi", unheard, unheard]
    assert "[$-42A]" in sheet.cell(5, 16).number_format  # Vietnamese separators: 1.234,5
    totals = list(book["Tổng hợp"].iter_rows(values_only=True))
    assert totals[0][0] == NAME.upper() and "Tháng 11/2026" in str(totals[1][0])
    by_campaign = {r[0]: r for r in totals[4:7]}
    # campaign, planned, aired, unheard, missed, failed, preempted, interrupted, held,
    # minutes, percent: its airings went to a file, none to the loudspeakers
    assert by_campaign["bluezone"][:8] == ("bluezone", 3, 0, 2, 1, 0, 0, 0)
    assert by_campaign["bluezone"][9:] == (0.0, 0.0)
    assert by_campaign["ve-sinh"][:6] == ("ve-sinh", 2, 0, 1, 0, 1)
    assert by_campaign["Cộng"][:6] == ("Cộng", 5, 0, 3, 1, 1)


def test_only_what_reached_the_loudspeakers_counts_as_aired_in_the_pdf_xlsx_and_csv(
    logged: Path, run: Run, tmp_path: Path
) -> None:
    """w28commune 2: an airing written to a file (no sound card: the demo station) counted
    "Đã phát", its minutes and its rate, as if the loudspeakers had played it, in the report
    the commune hands in. Now it is "Không ra loa", said under the totals in all three; an
    airing on the card and an emergency on the card count as before."""
    from broadcaster.airing_log import Occasion, Trigger

    clock = FakeClock(datetime(2026, 11, 4, 8, 0, tzinfo=HCM))
    st = Station.open(logged, clock)
    air(st, ["rac"], CardStandIn(tmp_path / "loa"))  # on the loudspeakers
    clock.now += timedelta(minutes=10)
    number, emergency = st.create_emergency("duyet", "Nước sông Hồng đang lên.")
    air(st, [emergency], CardStandIn(tmp_path / "loa"),
        occasion=Occasion(Trigger.EMERGENCY, emergency=number))  # fmt: skip
    out = {kind: tmp_path / f"bao-cao.{kind}" for kind in ("xlsx", "csv", "pdf")}
    for kind, path in out.items():
        run("log", "export", "--format", kind, "--month", "2026-11", "-o", str(path))
    totals = list(openpyxl.load_workbook(out["xlsx"])["Tổng hợp"].iter_rows(values_only=True))
    assert totals[3][1:5] == ("Kế hoạch (lượt thông báo)", "Đã phát", "Không ra loa", "Bỏ lỡ")
    whole = next(r for r in totals if r[0] == "Cộng")
    assert whole[:6] == ("Cộng", 6, 1, 3, 1, 1)  # the card's one aired; three to a file
    assert whole[10] == pytest.approx(16.7)  # 1 of 6, not 4 of 6
    [ve_sinh] = [r for r in totals if r[0] == "ve-sinh"]
    heard = [line for line in airing_dicts(out["csv"]) if line["Lượt phát số"] == "5"]
    assert ve_sinh[9] == pytest.approx(float(heard[0]["Thời lượng (giây)"]) / 60, abs=0.1)
    said = ("Cột “Không ra loa” đếm lượt thông báo đã phát nhưng chỉ ghi ra tệp (máy của đài "
            "không nối loa, hoặc đài được cài ghi ra tệp hay chạy thử), loa không phát: 3 lượt "
            "thông báo (")  # fmt: skip
    assert any(str(r[0]).startswith(said) for r in totals), totals
    assert any(str(r[0]).startswith("Ngoài kế hoạch: 1 lượt phát tin khẩn cấp") for r in totals)
    tail = out["csv"].read_text("utf-8-sig")
    assert said in tail and "Ngoài kế hoạch: 1 lượt phát tin khẩn cấp" in tail
    read = subprocess.run(["pdftotext", str(out["pdf"]), "-"], capture_output=True, text=True,
                          check=True).stdout  # fmt: skip
    first = " ".join(read.split())
    first = first[first.find("I. TỔNG HỢP") : first.find("II. SỐ PHÚT")]
    assert said in first and "Ngoài kế hoạch: 1 lượt phát tin khẩn cấp" in first, first


def test_xlsx_is_set_up_to_print(logged: Path, run: Run, tmp_path: Path) -> None:
    out = tmp_path / "bao-cao.xlsx"
    run("log", "export", "--format", "xlsx", "--month", "2026-11", "-o", str(out))
    for sheet in openpyxl.load_workbook(out).worksheets:
        setup = sheet.page_setup
        assert (setup.orientation, setup.paperSize) == ("landscape", 9)  # A4 landscape
        fit = sheet.sheet_properties.pageSetUpPr
        assert fit and fit.fitToPage
        assert (setup.fitToWidth or 1, setup.fitToHeight) == (1, 0)  # one page wide
        assert sheet.print_title_rows == "$4:$4"  # the heading row on every page
        assert sheet.freeze_panes == "A5"


def test_csv_has_vietnamese_headings_and_a_campaign_filter(
    logged: Path, run: Run, tmp_path: Path
) -> None:
    out = tmp_path / "bz.csv"
    run("log", "export", "--campaign", "bluezone", "--from", "2026-11-01", "--to", "2026-11-02",
        "-o", str(out))  # fmt: skip
    with out.open(encoding="utf-8-sig") as f:
        assert next(csv.reader(f)) == list(LINE_HEADINGS)
    rows = airing_dicts(out)
    assert [(r["Ngày"], r["Giờ bắt đầu"], r["Kết quả"]) for r in rows] == [
        ("2026-11-01", "06:30:00", "Không ra loa"),  # into a file, no loudspeaker
        ("2026-11-02", "06:30:00", "Bỏ lỡ"),
    ]
    assert {r["Đài truyền thanh"] for r in rows} == {NAME}
    assert [r["Lượt phát số"] for r in rows] == ["1", "2"]
    # the log holds this note in English; the report says it in Vietnamese
    assert rows[1]["Ghi chú"].startswith("khung giờ sang; không phát: đài tắt hoặc bận")


def unaired_lines(path: Path) -> list[str]:
    """A CSV report's lines after its section of notices that did not air, as one text each."""
    with path.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    return [" ".join(r) for r in rows[rows.index([]) + 1 :]]


def test_the_summary_counts_the_airings_not_re_aired_and_a_re_air_replaces_its_airing(
    logged: Path, run: Run, tmp_path: Path
) -> None:
    """One airing was missed and one failed: the CSV and the XLSX say both, and once the
    failed one is re-aired, one is left (o12b B1). The slot's notice aired only into a file:
    no loudspeaker played it, so section III lists it and says so, as section I counts it
    "Không ra loa" (w29report 1: it read "Mọi thông báo … đều được phát")."""
    from audio_out.sinks import ONLY_TO_A_FILE
    from broadcaster.report import ALL_AIRED
    from common.i18n import _, ngettext

    before, book = tmp_path / "truoc.csv", tmp_path / "truoc.xlsx"
    run("log", "export", "--month", "2026-11", "-o", str(before))
    run("log", "export", "--format", "xlsx", "--month", "2026-11", "-o", str(book))
    said = unaired_lines(before)
    missed = ngettext("missed {n} time", "missed {n} times", 1).format(n=1)
    assert said[2] == f"1 bz Cài đặt Bluezone sang 2 {missed}; {_(ONLY_TO_A_FILE)}", said
    assert ALL_AIRED not in said
    two = ("Tuy vậy, 2 lượt phát bị bỏ lỡ, lỗi, bị ngắt hoặc gián đoạn và chưa được phát lại. "
           "Xem cột “Kết quả” trong bảng các lượt phát.")  # fmt: skip
    assert two in said
    sheet = openpyxl.load_workbook(book)["Không phát"]
    assert two in [c for row in sheet.iter_rows(values_only=True) for c in row]

    def re_air(seq: int, at: str, sink: FileSink) -> int:
        """Air airing `seq` again at `at` on 3 November through `sink`; the re-air's number."""
        clock = FakeClock(datetime.combine(date(2026, 11, 3), time(15), HCM))
        st = Station.open(logged, clock)
        st.air_again(seq, at)
        clock.now = datetime.combine(date(2026, 11, 3), time.fromisoformat(at), HCM)
        runner = Runner(st, sink)
        [due] = [p for p in runner.upcoming(timedelta(seconds=30)) if p.slot == f"phat-lai-{seq}"]
        airing = runner.air_planned(due)
        st.close()
        assert airing is not None
        return airing.seq

    def exported(name: str) -> tuple[list[str], dict[str, Any], dict[str, str]]:
        """Section III of the CSV, the XLSX's totals by campaign and the CSV's remarks by
        airing number, as the commune's officer reads them (the CLI's export); the PDF's
        remarks say the same as the CSV's."""
        from test_report_pdf import pdftotext

        csv_file, xlsx, pdf = (tmp_path / f"{name}.{ext}" for ext in ("csv", "xlsx", "pdf"))
        run("log", "export", "--month", "2026-11", "-o", str(csv_file))
        run("log", "export", "--format", "xlsx", "--month", "2026-11", "-o", str(xlsx))
        run("log", "export", "--format", "pdf", "--month", "2026-11", "-o", str(pdf))
        printed = " ".join(pdftotext(pdf).split())
        assert ("phát lại một lần lúc 15:10" in printed) is (name == "loa"), printed
        totals = list(openpyxl.load_workbook(xlsx)["Tổng hợp"].iter_rows(values_only=True))
        with csv_file.open(encoding="utf-8-sig", newline="") as f:
            rows = list(csv.reader(f))
        remarks = {r[2]: r[-1] for r in rows[1 : rows.index([])]}
        return unaired_lines(csv_file), {str(r[0]): r for r in totals[4:7]}, remarks

    # w29reair: the failed 'rac' re-aired into a file reached nobody: still not aired, nothing
    # made good, in every format (it was counted aired, "đã phát lại một lần")
    into_file = re_air(3, "15:01", FileSink(tmp_path / "out"))
    said, by_campaign, remarks = exported("tep")
    assert two in " ".join(said)
    assert "đã phát lại" not in remarks["3"], remarks
    # campaign, planned, aired, unheard (to a file), missed, failed, preempted, interrupted
    assert by_campaign["ve-sinh"][:8] == ("ve-sinh", 2, 0, 1, 0, 1, 0, 0)
    assert by_campaign["Cộng"][:6] == ("Cộng", 5, 0, 3, 1, 1)

    # its re-air into a file is the one to air again (as one cut short): on the loudspeakers
    loud = re_air(into_file, "15:10", CardStandIn(tmp_path / "loa"))
    said, by_campaign, remarks = exported("loa")
    assert "Tuy vậy, 1 lượt phát bị bỏ lỡ" in " ".join(said)
    assert remarks["3"].endswith(f"; đã phát lại một lần lúc 15:10 ngày 03/11/2026 (lượt phát "
                                 f"số {loud})"), remarks  # fmt: skip
    # o12b C1: the re-air counts against the airing it replaces, which aired late, once, on
    # the loudspeakers (whatever sink the failed airing logged)
    assert by_campaign["ve-sinh"][:8] == ("ve-sinh", 2, 1, 1, 0, 0, 0, 0)
    assert by_campaign["Cộng"][:6] == ("Cộng", 5, 1, 3, 1, 0)
    totals = openpyxl.load_workbook(tmp_path / "loa.xlsx")["Tổng hợp"].iter_rows(values_only=True)
    noted = [c for row in totals for c in row if isinstance(c, str)]
    assert any(c.startswith("Ghi chú: lượt phát lại được tính vào lượt phát mà nó thay thế")
               for c in noted)  # fmt: skip


BEFORE_CELLS = next(n for n, step in enumerate(MIGRATIONS) if "line_day" in step)
"""The schema version of a station made before the airing table's cells were kept."""
ADDED_SINCE = [
    (table, column)
    for step in MIGRATIONS[BEFORE_CELLS + 1 :]
    for table, column in re.findall(r"ALTER TABLE (\w+) ADD COLUMN (\w+)", step)
]
"""The columns later migrations add: such a station has none of them either."""
CREATED_SINCE = [
    table
    for step in MIGRATIONS[BEFORE_CELLS + 1 :]
    for table in re.findall(r"CREATE TABLE (\w+)", step)
]
"""Nor the tables they make."""


def exported(run: Run, out: Path) -> tuple[bytes, list[list[Any]]]:
    """The month's CSV as bytes, and the values of its XLSX airing table."""
    run("log", "export", "--month", "2026-11", "-o", str(out.with_suffix(".csv")))
    run("log", "export", "--format", "xlsx", "--month", "2026-11", "-o",
        str(out.with_suffix(".xlsx")))  # fmt: skip
    sheet = openpyxl.load_workbook(out.with_suffix(".xlsx")).worksheets[0]
    return out.with_suffix(".csv").read_bytes(), [
        list(r) for r in sheet.iter_rows(values_only=True)
    ]


def test_airings_logged_before_the_cells_were_kept_export_as_before(
    logged: Path, run: Run, tmp_path: Path
) -> None:
    """A station upgraded with its log: the migration adds empty cells, the first export
    fills them, and every export reads exactly as for airings logged with them."""
    expected = exported(run, tmp_path / "with-cells")
    with sqlite3.connect(logged / "station.db") as conn:
        conn.executescript(
            "DROP INDEX airing_items_unformatted;"
            + PLANNED_AS_BEFORE
            + "".join(f"ALTER TABLE airing_items DROP COLUMN {cell};" for cell in FORMATTED)
            + "".join(f"ALTER TABLE {t} DROP COLUMN {c};" for t, c in ADDED_SINCE)
            + "".join(f"DROP TABLE {table};" for table in CREATED_SINCE)
            + "DELETE FROM meta WHERE key = 'airing_lines_zone';"
            + f"PRAGMA user_version = {BEFORE_CELLS};"
        )
    assert exported(run, tmp_path / "filled") == expected
    assert query(logged, "SELECT COUNT(*) FROM airing_items WHERE line_day IS NULL") == [(0,)]
    assert query(logged, "PRAGMA user_version") == [(len(MIGRATIONS),)]


def test_the_report_follows_the_station_to_another_zone(
    logged: Path, run: Run, tmp_path: Path
) -> None:
    """Cells are written in the station's zone; when the zone changes, so does the report."""
    toml = logged / "station.toml"
    toml.write_text(toml.read_text().replace('"Asia/Ho_Chi_Minh"', '"Asia/Tokyo"'))
    out = tmp_path / "tokyo.csv"
    run("log", "export", "--month", "2026-11", "-o", str(out))
    rows = airing_dicts(out)
    assert (rows[0]["Ngày"], rows[0]["Giờ bắt đầu"]) == ("2026-11-01", "08:30:00")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--campaign", "khong-co"], "there is no campaign 'khong-co'"),
        (["--from", "2026-12-01", "--to", "2026-12-31"], "nothing was logged between 01/12/2026"),
        (["--from", "2026-11-05", "--to", "2026-11-01"], "--to: the last day 01/11/2026 is before"),
        (["--month", "2026-13"], "--month: '2026-13' is not a month"),
        (["--month", "2026-11", "--from", "2026-11-01"], "use --month or --from/--to"),
    ],
)
def test_bad_requests_write_nothing(
    logged: Path, run: Run, tmp_path: Path, args: list[str], message: str
) -> None:
    out = tmp_path / "r.pdf"
    result = run("log", "export", "--format", "pdf", *args, "-o", str(out), code=1)
    assert message in result.stderr
    assert not out.exists()
    assert list(tmp_path.glob(".r.pdf*")) == []


def test_unwritable_output_leaves_no_partial_file(logged: Path, run: Run, tmp_path: Path) -> None:
    out = tmp_path / "khong-co-thu-muc" / "r.xlsx"
    assert "cannot write" in run("log", "export", "--format", "xlsx", "-o", str(out), code=1).stderr
    assert not out.parent.exists()


def test_an_airing_still_on_air_is_in_no_column_and_not_in_the_plan(
    logged: Path, run: Run, tmp_path: Path
) -> None:
    """review17 #9: the newest airing left 'started' (on air while the report is made, or a
    crash) counted in "Kế hoạch" and in no column, so the columns did not add up."""
    with sqlite3.connect(logged / "station.db") as conn:
        conn.execute("UPDATE airings SET status = 'started' WHERE seq = (SELECT MAX(seq) "
                     "FROM airings)")  # fmt: skip
        reseal(conn)
    out = tmp_path / "bao-cao.xlsx"
    run("log", "export", "--format", "xlsx", "--month", "2026-11", "-o", str(out))
    totals = list(openpyxl.load_workbook(out)["Tổng hợp"].iter_rows(values_only=True))
    rows = [r for r in totals if r[0] in ("bluezone", "ve-sinh", "Cộng")]
    for row in rows:  # Kế hoạch = Đã phát + Không ra loa + Bỏ lỡ + … + Chờ duyệt
        counts = [c for c in row[1:9] if isinstance(c, int)]
        assert len(counts) == 8 and counts[0] == sum(counts[1:]), row
    assert rows[-1][:6] == ("Cộng", 3, 0, 1, 1, 1)
    said = " ".join(str(c) for r in totals for c in r if isinstance(c, str))
    assert "3 lượt thông báo trong 3 lượt phát" in said
    assert "Chưa tính 2 lượt thông báo chưa có kết quả" in said


def tampered(logged: Path, tmp_path: Path, sql: str) -> Path:
    """A copy of the station whose log was edited behind its back with sqlite3."""
    copy = tmp_path / "copy"
    shutil.copytree(logged, copy)
    with sqlite3.connect(copy / "station.db") as conn:
        conn.executescript(sql)
    return copy


@pytest.mark.parametrize(
    ("sql", "problem"),
    [
        ("UPDATE airings SET duration_s = duration_s + 60 WHERE seq = 2",
         "airing #2 was changed after it was logged"),
        ("DELETE FROM airings WHERE seq = 2", "airing #2 is missing"),
        ("UPDATE airings SET seq = 99 WHERE seq = 2; UPDATE airings SET seq = 2 WHERE seq = 3;"
         "UPDATE airings SET seq = 3 WHERE seq = 99;", "airing #2 is out of place"),
        ("UPDATE airings SET status = 'aired', error = NULL WHERE seq = 3",
         "airing #3 was changed after it was logged"),
    ],
)  # fmt: skip
def test_verify_names_the_first_tampered_row(
    logged: Path, run: Run, tmp_path: Path, sql: str, problem: str
) -> None:
    assert "The airing log is intact: 4 sealed airings" in run("log", "verify").stdout
    copy = tampered(logged, tmp_path, sql)
    from click.testing import CliRunner

    from cli import cli

    result = CliRunner(mix_stderr=False).invoke(cli, ["--station", str(copy), "log", "verify"])
    assert result.exit_code == 1
    assert problem in result.stderr


def test_local_times_follow_daylight_saving_changes(tmp_path: Path, scripts: Path) -> None:
    """Vietnam keeps one offset, but a station elsewhere must not be an hour off after a change."""
    berlin = ZoneInfo("Europe/Berlin")
    clock = FakeClock(datetime(2026, 3, 28, 12, 0, tzinfo=berlin))
    root = tmp_path / "berlin"
    st = Station.create(root, "Sender", "Europe/Berlin", quiet_hours=None, clock=clock)
    st.add_announcements([write_script(scripts, "a.md", "Xin chào.", id="a")])
    st.approve("a", "A")
    for hour_utc in (0, 2):  # 01:00 CET before the change, 04:00 CEST after it
        clock.now = datetime(2026, 3, 29, hour_utc, 0, tzinfo=ZoneInfo("UTC"))
        air(st, ["a"], FileSink(tmp_path / "out"))
    out = tmp_path / "r.csv"
    st.export_log("csv", out, datetime(2026, 3, 29).date(), datetime(2026, 3, 29).date())
    rows = airing_table(out)
    assert [(r[3], r[4]) for r in rows] == [("2026-03-29", "01:00:00"), ("2026-03-29", "04:00:00")]


def reseal(conn: sqlite3.Connection) -> None:
    """What a forger with the code does after editing: recompute every hash in seq order."""
    from broadcaster.log_chain import GENESIS, content_hash

    conn.row_factory = sqlite3.Row
    prev = GENESIS
    for row in conn.execute("SELECT * FROM airings ORDER BY seq").fetchall():
        values = dict(row)
        row_hash = content_hash(prev, values)
        conn.execute("UPDATE airings SET prev_hash = ?, row_hash = ? WHERE seq = ?",
                     [prev, row_hash, values["seq"]])  # fmt: skip
        prev = row_hash


def verify(station: Path, *args: str) -> tuple[int, str]:
    from click.testing import CliRunner

    from cli import cli

    result = CliRunner(mix_stderr=False).invoke(cli, ["--station", str(station), "log", "verify",
                                                      *args])  # fmt: skip
    return result.exit_code, result.stdout + result.stderr


@pytest.mark.parametrize(
    ("sql", "problem"),
    [
        ("UPDATE airings SET row_hash = NULL, prev_hash = NULL WHERE seq = 2",
         "airing #2 has no hash"),
        ("UPDATE airings SET status = 'started', row_hash = NULL, prev_hash = NULL WHERE seq = 2",
         "airing #2 is marked on air but later airings follow it"),
        ("UPDATE airings SET seq = seq + 10 WHERE seq >= 3", "airing #3 is missing"),
    ],
)  # fmt: skip
def test_verify_checks_every_row_sealed_or_not(
    logged: Path, tmp_path: Path, sql: str, problem: str
) -> None:
    copy = tampered(logged, tmp_path, sql)
    with sqlite3.connect(copy / "station.db") as conn:
        if "seq + 10" in sql:
            reseal(conn)  # the chain itself links up again; only the gap shows
    code, out = verify(copy)
    assert code == 1 and problem in out and "intact" not in out


def test_a_rewritten_and_resealed_log_is_caught_by_the_head_on_the_report(
    logged: Path, run: Run, tmp_path: Path
) -> None:
    out = tmp_path / "bao-cao.pdf"
    printed = run("log", "export", "--format", "pdf", "--month", "2026-11", "-o", str(out)).stdout
    head = printed.split("chain head ")[1].strip()
    copy = tampered(logged, tmp_path, "UPDATE airings SET status = 'aired' WHERE seq = 2")
    with sqlite3.connect(copy / "station.db") as conn:
        reseal(conn)
    assert verify(copy)[0] == 0  # the chain alone cannot tell
    code, said = verify(copy, "--head", head)
    assert code == 1 and "does not hold the chain head" in said
    grouped = " ".join(head[i : i + 4] for i in range(0, 16, 4)).upper()  # typed from paper
    assert verify(logged, "--head", grouped)[0] == 0
    assert verify(logged, "--head", head)[0] == 0


def test_cutting_the_newest_rows_is_caught_by_the_head(
    logged: Path, run: Run, tmp_path: Path
) -> None:
    head = run("log", "verify").stdout.split("chain head ")[1].strip()
    cut = "DELETE FROM airing_items WHERE airing_seq = 4; DELETE FROM airings WHERE seq = 4"
    copy = tampered(logged, tmp_path, cut)
    assert verify(copy)[0] == 0  # a careful forger leaves no trace in the log itself
    code, said = verify(copy, "--head", head)
    assert code == 1 and "does not hold the chain head" in said


@pytest.mark.parametrize("head", ["abc123", "z" * 20, "0123456789abcdef" * 5])
def test_a_head_that_is_not_a_head_is_refused(logged: Path, head: str) -> None:
    code, said = verify(logged, "--head", head)
    assert code == 1 and "is not a chain head" in said and said.count("\n") == 1


HOSTILE_VALUES = (
    "UPDATE airings SET error = 'dòng\nmới\t' || char(0) || char(31) || char(8232) "
    "|| ' 😀 \\ \"q\"', slot = NULL, planned_duration_s = 1e20, duration_s = 0.1 + 0.2, "
    "late_s = -1e-300 WHERE seq = 1; "
    "UPDATE airings SET duration_s = 1.0 / 3, late_s = 1.5e-7, sink = 'null', "
    'person = \',"person":null "held":null\' || char(10) WHERE seq = 2; '  # w26hand
    "UPDATE airings SET person = NULL WHERE seq = 3; "
    "ALTER TABLE airings ADD COLUMN ghi_tay;"  # a column added by hand, without a type
    "UPDATE airings SET ghi_tay = 0.1 + 0.2 WHERE seq = 3"  # a float where SQLite writes 15 digits
)
"""Values whose canonical text is easy to get wrong, written into a real log and sealed."""


def test_verify_hashes_hostile_values_as_the_chain_was_sealed_and_catches_a_one_ulp_edit(
    logged: Path, tmp_path: Path
) -> None:
    """`log verify` builds the hashed text in SQLite (fast) except the floats: every kind of
    value still hashes byte for byte as sealed, and a float changed by its last digit
    (0.30000000000000004 → 0.3, the same in SQLite's 15 digits) is caught."""
    copy = tampered(logged, tmp_path, HOSTILE_VALUES)
    with sqlite3.connect(copy / "station.db") as conn:
        reseal(conn)
    code, said = verify(copy)
    assert code == 0 and "intact" in said, said
    for n, edit in enumerate((
        "UPDATE airings SET duration_s = 0.3 WHERE seq = 1",
        "UPDATE airings SET ghi_tay = 0.3 WHERE seq = 3",
        "UPDATE airings SET error = replace(error, char(8232), char(8233)) WHERE seq = 1",
        "UPDATE airings SET ghi_tay = x'00ff' WHERE seq = 2",  # bytes: json has no such value
    )):  # fmt: skip
        edited = tmp_path / f"edited-{n}"
        shutil.copytree(copy, edited)
        with sqlite3.connect(edited / "station.db") as conn:
            conn.executescript(edit)
        code, said = verify(edited)
        assert code == 1 and "was changed after it was logged" in said, edit


def test_a_log_sealed_before_rows_named_what_they_held_still_verifies(
    logged: Path, tmp_path: Path
) -> None:
    """w15h: a slot's row names the notices it held for approval, a column added to logs
    sealed long before. Their rows keep their hashes (a LATER column without a value is not
    hashed, by the station nor by the office); a row that holds one is hashed with it, so an
    edit of it is caught, and `log verify`'s fast text agrees with the sealing."""
    old = tampered(logged, tmp_path, "ALTER TABLE airings DROP COLUMN held")
    with sqlite3.connect(old / "station.db") as conn:
        reseal(conn)  # sealed as by a station before the column
        conn.execute("ALTER TABLE airings ADD COLUMN held TEXT")  # its migration
    assert verify(old) == (0, verify(logged)[1])
    held = 'UPDATE airings SET held = \'[{"announcement_id": "rac", "version": 2}]\' WHERE seq = 2'
    with sqlite3.connect(old / "station.db") as conn:
        conn.execute(held)
    code, said = verify(old)
    assert code == 1 and "airing #2 was changed after it was logged" in said, said
    with sqlite3.connect(old / "station.db") as conn:
        reseal(conn)  # as the station seals a row that held one
    code, said = verify(old)
    assert code == 0 and "intact" in said, said


@pytest.mark.parametrize(
    "row",
    [
        {"seq": 1, "status": "aired", "items": '[{"title": "Thông báo \\"số 1\\""}]', "error": None,
         "duration_s": 60.0, "late_s": 0.1, "planned_duration_s": 1e20, "id": 7, "prev_hash": "x",
         "row_hash": "y"},
        {"note": "dòng\nmới\t\x00\x1f\u2028 😀 \\", "a": -0.0, "b": 10**30, "c": 1.5e-7,
         "d": float("inf"), "e": True, "f": [1, {"z": 1, "a": "ư"}], "É": 2, "Z": 3},
        {},
    ],
)  # fmt: skip
def test_the_hashed_form_of_a_row_is_the_canonical_json_every_chain_was_sealed_with(
    row: dict[str, object],
) -> None:
    """Rows sealed by earlier versions (and by offices that re-check them) must still verify:
    the hashed text stays byte for byte the JSON the chain has always used."""
    import hashlib
    import json

    from broadcaster.log_chain import UNHASHED, canonical, content_hash

    content = {k: v for k, v in row.items() if k not in UNHASHED}
    expected = json.dumps(content, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    assert canonical(row) == expected
    prev = "ab" * 32
    assert content_hash(prev, row) == hashlib.sha256((prev + expected).encode()).hexdigest()


def test_emergencies_are_counted_apart_from_the_airings_planned(
    logged: Path, run: Run, tmp_path: Path
) -> None:
    """o12b / F14 at the station: 4 emergencies and 1 slot read "Kế hoạch 6, Đã phát 6" in
    the station's own report, as if the emergencies were planned; the office counts them
    apart. Here they are too: out of "Kế hoạch" and its rate, said in one line under it; and
    since they went to a file, as the line that says no loudspeaker played them."""
    from broadcaster.airing_log import Occasion, Trigger

    clock = FakeClock(datetime(2026, 11, 4, 8, 0, tzinfo=HCM))
    st = Station.open(logged, clock)
    for minute in range(4):
        clock.now = datetime(2026, 11, 4, 8, 10 * minute, tzinfo=HCM)
        number, emergency = st.create_emergency("duyet", f"Nước sông Hồng đang lên, lần {minute}.")
        air(st, [emergency], FileSink(tmp_path / "out"),
            occasion=Occasion(Trigger.EMERGENCY, emergency=number))  # fmt: skip
    xlsx, csv_out = tmp_path / "bao-cao.xlsx", tmp_path / "bao-cao.csv"
    run("log", "export", "--format", "xlsx", "--month", "2026-11", "-o", str(xlsx))
    run("log", "export", "--format", "csv", "--month", "2026-11", "-o", str(csv_out))
    totals = list(openpyxl.load_workbook(xlsx)["Tổng hợp"].iter_rows(values_only=True))
    by_campaign = {r[0]: r for r in totals[4:] if r[0]}
    assert by_campaign["Cộng"][:6] == ("Cộng", 5, 0, 3, 1, 1)  # as before the emergencies
    apart = "Cũng vậy, 4 lượt phát tin khẩn cấp chỉ ghi ra tệp, loa không phát."
    assert any(str(r[0]).endswith(apart) for r in totals), totals
    assert apart in csv_out.read_text("utf-8-sig").splitlines()[-1]
    assert "Ngoài kế hoạch" not in csv_out.read_text("utf-8-sig")  # none reached a loudspeaker
    pdf = tmp_path / "bao-cao.pdf"
    run("log", "export", "--format", "pdf", "--month", "2026-11", "-o", str(pdf))
    read = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout  # fmt: skip
    first = " ".join(read.split())
    first = first[first.find("I. TỔNG HỢP") : first.find("II. SỐ PHÚT")]
    assert apart in first and "không tính vào “Đã phát”, “Số phút đã phát” và “Tỷ lệ phát”" in first


def test_the_totals_find_each_re_air_by_number_whatever_the_log_s_length(tmp_path: Path) -> None:
    """A year with many re-airs took 30 s of CPU for three years' PDF, five times one year's
    (bench/export_log.py): each re-air's original was looked for through every airing, and a
    chain's items through every item of the notice ever logged. Each look-up is by a key."""
    from broadcaster import report
    from broadcaster.store import open_store

    store = open_store(tmp_path / "station.db", create=True)  # the schema, as migrated
    store.conn.create_function("made_good_by_hand", 1, lambda seq: None)  # a Report's own
    for expression in (report.REAIRED_STATUS, report.PLANNED, report.REAIRED_NOTE):
        plan = [row[-1] for row in store.execute(
            f"EXPLAIN QUERY PLAN SELECT {expression} FROM airings a "
            "JOIN airing_items t ON t.airing_seq = a.seq").fetchall()]  # fmt: skip
        looked_up = plan[plan.index(next(s for s in plan if "SUBQUERY" in s)) :]
        for step in looked_up:  # the chain itself (c, r) is a re-air or two: scanned
            assert not step.startswith(("SCAN o", "SCAN ri")), (expression, plan)
            assert "airing_items_announcement" not in step, (expression, plan)
