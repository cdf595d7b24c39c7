"""Reports cannot be injected: titles, campaigns and approvers that look like formulas, links
or PDF markup print exactly as written, and rendering a report never fetches a URL."""

from __future__ import annotations

import csv
import subprocess
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import openpyxl
import pytest
from conftest import Run, make_station, runner_for, write_script
from test_report import airing_table

from broadcaster.airing_lines import APPROVER, CAMPAIGN, CAMPAIGN_ID, TITLE


@pytest.fixture(scope="module")
def spy() -> Iterator[tuple[str, list[str]]]:
    """A web server on loopback that records every request made to it."""
    requests: list[str] = []

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            requests.append(self.path)
            self.send_response(404)
            self.end_headers()

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}", requests
    server.shutdown()
    server.server_close()


FORMULAS = [
    '=HYPERLINK("{url}/leak?"&A1,"Bấm vào đây")',
    "=cmd|' /C calc'!A0",
    "+1+1",
    "-2+3",
    "@SUM(1,1)",
    "＝1+1",
    '=WEBSERVICE("{url}/ws")',
]
MARKUP = [
    '<img src="{url}/pixel.png" width="20" height="20"/>',
    "Họp <b>khẩn</b> & bàn giao",
    "<font color=red>Đỏ</font> <a href='{url}/a'>liên kết</a>",
    "a < b && c > d",
    "&lt;đã mã hóa&gt; &amp; &#65;",
    "<para",
    "{url}/thong-bao",
]


@pytest.fixture(scope="module")
def logged(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_station(tmp_path_factory.mktemp("hostile") / "station")


@pytest.fixture
def run(logged: Path) -> Run:
    return runner_for(logged)


@pytest.fixture(scope="module")
def hostile(logged: Path, spy: tuple[str, list[str]]) -> list[str]:
    """One airing whose announcements carry every hostile title; returns the titles. Made
    once: exporting a report changes nothing."""
    station, run, scripts = logged, runner_for(logged), logged.parent
    url, _ = spy
    titles = [t.format(url=url) for t in FORMULAS + MARKUP]
    ids = []
    for n, title in enumerate(titles):
        quoted = '"' + title.replace("\\", "\\\\").replace('"', '\\"') + '"'
        campaign = '"@chiến-dịch"' if n == 0 else '"=1+2"' if n == 1 else "thuong"
        write_script(scripts, f"t{n}.md", f"Thông báo số {n}.", id=f"t{n}", title=quoted,
                     campaign=campaign)  # fmt: skip
        ids.append(f"t{n}")
    run("announce", "add", *[str(scripts / f"t{n}.md") for n in range(len(titles))])
    run("announce", "approve", "t0", "--by", "=2+5")
    run("announce", "approve", "t1", "--by", "-Nguyễn Văn A")
    args = [a for i in ids for a in ("--announce", i)]
    run("play", *args, "--sink", f"file:{station}/out")
    return titles


def test_csv_cells_that_would_be_formulas_are_neutralised(
    hostile: list[str], run: Run, tmp_path: Path
) -> None:
    out = tmp_path / "r.csv"
    run("log", "export", "-o", str(out))
    rows = airing_table(out)
    titles = [r[TITLE] for r in rows]
    for title, written in zip(hostile, titles, strict=True):
        starts_formula = title[0] in "=+-@＝"
        assert written == ("'" + title if starts_formula else title)
    for column in (CAMPAIGN_ID, CAMPAIGN):
        assert [r[column] for r in rows[:3]] == ["'@chiến-dịch", "'=1+2", "thuong"]
    assert rows[0][APPROVER] == "'=2+5" and rows[1][APPROVER] == "'-Nguyễn Văn A"
    assert rows[2][APPROVER].startswith("tự động")  # ordinary text is left as it is
    with out.open(encoding="utf-8-sig", newline="") as f:  # the whole file, every section
        assert not any(cell and cell[0] in "=+-@＝" for row in csv.reader(f) for cell in row)


def test_xlsx_text_is_text_never_a_formula_or_a_link(
    hostile: list[str], run: Run, tmp_path: Path
) -> None:
    out = tmp_path / "r.xlsx"
    run("log", "export", "--format", "xlsx", "-o", str(out))
    book = openpyxl.load_workbook(out)
    sheet = book["Nhật ký phát"]
    cells = [row[TITLE] for row in sheet.iter_rows(min_row=5)]
    assert [c.value for c in cells] == hostile  # exactly as written
    assert all(c.data_type == "s" and c.hyperlink is None for c in cells)
    for row in sheet.iter_rows():
        assert all(c.data_type != "f" for c in row)
    totals = book["Tổng hợp"]
    assert all(c.data_type != "f" for row in totals.iter_rows() for c in row)
    assert {"@chiến-dịch", "=1+2"} <= {row[0].value for row in totals.iter_rows(min_row=4)}
    assert not any(name.endswith("calcChain.xml") for name in _zip_names(out))


def _zip_names(path: Path) -> list[str]:
    import zipfile

    with zipfile.ZipFile(path) as z:
        return z.namelist()


def test_pdf_prints_markup_as_written_and_fetches_nothing(
    hostile: list[str], run: Run, tmp_path: Path, spy: tuple[str, list[str]]
) -> None:
    _, requests = spy
    out = tmp_path / "r.pdf"
    run("log", "export", "--format", "pdf", "-o", str(out))
    assert requests == []
    text = subprocess.run(["pdftotext", "-raw", str(out), "-"], capture_output=True, text=True,
                          check=True).stdout  # fmt: skip
    flat = "".join(text.split())
    for title in hostile:  # (Liberation Serif has no full-width '＝': it is left blank)
        assert "".join(title.replace("＝", "").split()) in flat, title
    images = subprocess.run(["pdfimages", "-list", str(out)], capture_output=True, text=True,
                            check=True).stdout  # fmt: skip
    assert len(images.strip().splitlines()) == 2  # the header only: no image was embedded


def test_the_office_report_prints_commune_names_as_written(
    tmp_path: Path, spy: tuple[str, list[str]]
) -> None:
    """The office's fleet report shows what communes sent (their station's name, titles):
    a commune's name is as hostile as any title."""
    from datetime import UTC, date, datetime

    from broadcaster.report import Period, Totals
    from office.report import CommuneLine, FleetReport, VersionLine, write_csv, write_pdf
    from office.report import write_xlsx as write_office_xlsx

    url, requests = spy
    names = [t.format(url=url) for t in FORMULAS[:5] + MARKUP[:5]]
    now = datetime(2026, 11, 30, 8, 0, tzinfo=UTC)
    report = FleetReport(Period(date(2026, 11, 1), date(2026, 11, 30)), None, None, now)
    for n, name in enumerate(names):
        report.communes.append(
            CommuneLine(name, f"dai-{n}", ("=nhom",), Totals(name), 0, (), now, None)
        )
        report.versions.append(VersionLine(name, f"a{n}", name, 1, 2, now, now))
    csv_out, xlsx_out, pdf_out = tmp_path / "f.csv", tmp_path / "f.xlsx", tmp_path / "f.pdf"
    write_csv(report, csv_out)
    write_office_xlsx(report, xlsx_out)
    write_pdf(report, pdf_out)
    with csv_out.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))[1:]
    assert [r[1] for r in rows] == [("'" + n if n[0] in "=+-@" else n) for n in names]
    assert all(r[3] == "'=nhom" for r in rows)
    book = openpyxl.load_workbook(xlsx_out)
    for sheet in book.worksheets:
        assert all(c.data_type != "f" for row in sheet.iter_rows() for c in row)
    assert [r[1].value for r in book.worksheets[0].iter_rows(min_row=5)] == names
    text = subprocess.run(["pdftotext", "-raw", str(pdf_out), "-"], capture_output=True,
                          text=True, check=True).stdout  # fmt: skip
    flat = "".join(text.split())
    assert all("".join(n.split()) in flat for n in names)
    assert requests == []
