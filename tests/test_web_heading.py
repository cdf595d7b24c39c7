"""The signed month report (officer trials ten and eleven). Tiêu đề báo cáo (F12): the leader
sets the printed report's heading in the console, so a report no longer says "(MẪU)"; Trang
chủ tells him while it still does. The officer reads it, and cannot change it; bad lines are
refused with one sentence each. Its notes and seconds say what happened."""

from __future__ import annotations

import csv
import re
import sqlite3
import subprocess
from io import BytesIO
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from conftest import SetClock, Visitor, query, set_config, store_dump
from test_web import field_error, text
from test_web_log import APLAY_REFUSED, logged

from broadcaster.airing_lines import NOTE, SECONDS, bring_up_to_date, line, placed, reason
from broadcaster.airing_log import AiringStatus, Occasion, log_airing, planned_entries
from broadcaster.station import Station
from broadcaster.store import MIGRATIONS

__all__ = ["logged"]  # the fixture, imported for these tests

PAGE = "/report-heading"
SIGNED = {"parent": "UBND xã  Tân Lập", "issuer": "Đài truyền thanh xã Tân Lập", "place": "Tân Lập",
          "signer": "KT. CHỦ TỊCH", "signer_title": "Phó Chủ tịch",
          "signer_name": "Nguyễn Văn Hùng"}  # fmt: skip


@pytest.fixture
def sample(logged: Path) -> Path:
    """The trial's station, named as run-station.sh names it: every heading line says (mẫu)."""
    set_config(logged, "name", '"Đài truyền thanh xã (mẫu)"')
    return logged


def brand(page: str) -> str:
    """The station's name in the console's header."""
    found = re.search(r'<a class="brand"[^>]*>([^<]*)</a>', page)
    assert found, "no station name in the header"
    return text(found.group(1))


def pdf_text(data: bytes, tmp_path: Path, *, layout: bool = True) -> str:
    """The PDF's text; `layout=False` keeps a table cell's lines together (with -layout, a
    cell's wrapped lines sit among its row's other cells)."""
    path = tmp_path / "bao-cao.pdf"
    path.write_bytes(data)
    options = ["-layout"] if layout else []
    return subprocess.run(["pdftotext", *options, str(path), "-"], capture_output=True,
                          text=True, check=True).stdout  # fmt: skip


def test_the_leader_sets_the_heading_and_the_report_prints_it(
    visitor: Visitor, sample: Path, tmp_path: Path
) -> None:
    visitor.sign_in("duyet")
    home = text(visitor.get("/").text)
    assert "Báo cáo tháng chưa ký được: tiêu đề vẫn còn chữ “(mẫu)”. Sửa tiêu đề báo cáo" in home
    assert 'href="/report-heading"' in visitor.page
    before = pdf_text(visitor.client.get("/log/export?month=03/2026&format=pdf").data, tmp_path)
    assert "UBND XÃ (MẪU)" in before and "(mẫu), ngày" in before

    form = visitor.get(PAGE)
    assert form.status_code == 200
    assert 'value="UBND xã (mẫu)"' in form.text  # what prints now, ready to correct
    assert "Tiêu đề vẫn còn chữ “(mẫu)”" in text(form.text)
    saved = visitor.post(PAGE, SIGNED)
    assert saved.status_code == 302 and saved.location == PAGE
    page = text(visitor.get(PAGE).text)
    assert "Đã lưu tiêu đề báo cáo" in page and "(mẫu)" not in page
    assert "Sửa lần cuối: Người duyệt (tài khoản duyet), hôm nay 05:05" in page
    assert query(sample, "SELECT parent, changed_by FROM report_headings") == [
        ("UBND xã Tân Lập", "duyet")]  # fmt: skip
    assert "chưa ký được" not in text(visitor.get("/").text)

    printed = pdf_text(visitor.client.get("/log/export?month=03/2026&format=pdf").data, tmp_path)
    assert "MẪU" not in printed.upper()
    assert "UBND XÃ TÂN LẬP" in printed and "ĐÀI TRUYỀN THANH XÃ TÂN LẬP" in printed
    assert "Tân Lập, ngày 02 tháng 3 năm 2026" in printed
    # Nghị định 30/2020: the deputy signs for the chairman, under it his own title (officer
    # trial eleven, F5: the PDF went from KT. CHỦ TỊCH straight to the name)
    signature = [printed.find(line) for line in ("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Văn Hùng")]
    assert -1 < signature[0] < signature[1] < signature[2], signature
    book = openpyxl.load_workbook(BytesIO(
        visitor.client.get("/log/export?month=03/2026&format=xlsx").data))  # fmt: skip
    assert [sheet["A1"].value for sheet in book.worksheets] == ["ĐÀI TRUYỀN THANH XÃ TÂN LẬP"] * 3


def test_the_officer_reads_the_heading_but_cannot_change_it(visitor: Visitor, sample: Path) -> None:
    visitor.sign_in("vanhanh")
    assert "chưa ký được" not in text(visitor.get("/").text)  # the leader's to fix
    page = visitor.get(PAGE)
    assert page.status_code == 200
    shown = text(page.text)
    assert "Cơ quan chủ quản UBND xã (mẫu)" in shown
    assert "Chỉ người duyệt mới sửa được tiêu đề." in shown
    assert 'method="post" action="/report-heading"' not in page.text
    before = store_dump(sample)
    assert visitor.post(PAGE, SIGNED).status_code == 403
    assert store_dump(sample) == before


@pytest.mark.parametrize(
    ("field", "value", "sentence"),
    [
        ("place", "  ", "Ô 'Tên xã (địa danh ở dòng ngày tháng)' không được để trống: báo cáo in "
                        "ra cần dòng này."),
        ("parent", "UBND " * 100, "Ô 'Cơ quan chủ quản' dài 499 ký tự: tiêu đề in ra chỉ chứa "
                                  "được tối đa 120 ký tự."),
    ],
)  # fmt: skip
def test_a_bad_line_is_refused_with_one_sentence_and_nothing_changes(
    visitor: Visitor, sample: Path, field: str, value: str, sentence: str
) -> None:
    visitor.sign_in("duyet")
    visitor.get(PAGE)
    before = store_dump(sample)
    refused = visitor.post(PAGE, SIGNED | {field: value})
    assert refused.status_code == 400
    assert field_error(refused.text, field) == sentence
    assert f'value="{SIGNED["issuer"]}"' in refused.text  # what she typed stays
    assert store_dump(sample) == before


def test_an_approvers_sample_name_keeps_the_report_unsigned_and_says_where(
    visitor: Visitor, sample: Path, console_clock: SetClock, tmp_path: Path
) -> None:
    """The demo approves as "Cán bộ văn hóa xã (mẫu)": with the heading set, every row's
    Người duyệt still prints "(mẫu)", so Trang chủ must not call the report ready to sign
    (officer trial eleven, F8); and the console's header shows the name he saved."""
    station = Station.open(sample, console_clock)
    station.approve_many(["bluezone"], None, "Cán bộ văn hóa xã (mẫu)")
    station.play(["bluezone"], sink=f"file:{tmp_path / 'out'}")
    station.close()
    visitor.sign_in("duyet")
    visitor.get(PAGE)
    named = "Đài truyền thanh cơ sở xã Tân Lập"
    assert visitor.post(PAGE, SIGNED | {"issuer": named}).status_code == 302
    home = text(visitor.get("/").text)
    # the console's header names the station as he saved it, not as station.toml does
    assert brand(visitor.page) == named
    assert ("Báo cáo tháng chưa ký được: 1 thông báo vẫn phát theo lần duyệt dưới tên “Cán bộ "
            "văn hóa xã (mẫu)”, nên mỗi lượt phát của chúng in tên đó ở cột “Người duyệt”."
            ) in home  # fmt: skip
    assert "1 lượt phát đã phát tháng này in “Cán bộ văn hóa xã (mẫu)” ở cột “Người duyệt”" in home
    assert "Sửa tiêu đề báo cáo" not in home  # the heading is no longer at fault
    printed = pdf_text(visitor.client.get("/log/export?month=03/2026&format=pdf").data, tmp_path)
    assert "(mẫu)" in printed  # the column, wrapped in its cell


DEMO_APPROVER = "Cán bộ văn hóa xã (mẫu)"
"""The name run-station.sh approves the sample notices under."""


def approvers(root: Path) -> list[str]:
    """The "Người duyệt" of each logged airing, oldest first (the report prints these)."""
    return [row[0] for row in query(root, "SELECT approved_by FROM airing_items "
                                          "ORDER BY airing_seq, position")]  # fmt: skip


def test_the_leader_approves_the_demo_notices_again_and_their_next_airings_print_his_name(
    visitor: Visitor, sample: Path, console_clock: SetClock, tmp_path: Path
) -> None:
    """Officer re-trial eleven, N1: with the heading saved, Hùng read that the report prints
    the demo's approver on 2 airings, and the count grew with every airing, with no way out.
    Trang chủ lists the notices still approved so, with one button that approves them again
    under his name (the approval's rules: a changed notice is refused, all or none); then the
    count stops, the airings already made stay as logged, and he is told nothing more is
    needed."""
    station = Station.open(sample, console_clock)
    station.accounts.set_person("duyet", "Nguyễn Văn Hùng", "Phó Chủ tịch UBND xã")
    station.approve_many(["bluezone", "hop-thon"], None, DEMO_APPROVER)
    station.play(["bluezone", "hop-thon"], sink=f"file:{tmp_path / 'out'}")
    station.play(["bluezone"], sink=f"file:{tmp_path / 'out'}")
    station.close()
    before = approvers(sample)
    visitor.sign_in("duyet")
    assert visitor.post(PAGE, SIGNED, page=PAGE).status_code == 302
    home = text(visitor.get("/").text)
    assert ("Báo cáo tháng chưa ký được: 2 thông báo vẫn phát theo lần duyệt dưới tên “Cán bộ "
            "văn hóa xã (mẫu)”") in home  # fmt: skip
    assert "Cài Bluezone phiên bản 1 Họp thôn Đông phiên bản" in home
    assert ("2 lượt phát đã phát tháng này in “Cán bộ văn hóa xã (mẫu)” ở cột “Người duyệt”: "
            "nhật ký giữ nguyên từng lượt như lúc phát") in home  # fmt: skip
    assert "Duyệt lại các thông báo trên thì số lượt này không tăng thêm." in home
    shown = visitor.page
    ids = re.findall(r'name="id" value="([^"]+)"', shown)
    versions = re.findall(r'name="version" value="([^"]+)"', shown)
    assert ids == ["bluezone", "hop-thon"]
    # a notice changed since the page was read is refused, and none is approved
    stale = visitor.post("/approve-again", {"id": ids, "version": [versions[0], "9"]})
    assert stale.location == "/"  # a GET address (o15lan2 N10)
    assert "đã đổi sang phiên bản" in text(visitor.get("/").text)
    assert query(sample, "SELECT DISTINCT approved_by FROM announcements "
                         "WHERE id IN ('bluezone', 'hop-thon')") == [(DEMO_APPROVER,)]  # fmt: skip
    visitor.get("/")
    done = visitor.post("/approve-again", {"id": ids, "version": versions})
    assert done.status_code == 302
    home = text(visitor.get("/").text)
    assert ("Đã duyệt lại 2 thông báo dưới tên Nguyễn Văn Hùng – Phó Chủ tịch UBND xã") in home
    station = Station.open(sample, console_clock)
    station.play(["bluezone", "hop-thon"], sink=f"file:{tmp_path / 'out'}")
    station.close()
    # the airings already made keep the demo's name; the next one prints his
    assert approvers(sample) == [*before, *["Nguyễn Văn Hùng – Phó Chủ tịch UBND xã"] * 2]
    home = text(visitor.get("/").text)
    assert "chưa ký được" not in home
    assert "Duyệt lại" not in home
    assert ("2 lượt phát đã phát tháng này in “Cán bộ văn hóa xã (mẫu)” ở cột “Người duyệt”: "
            "nhật ký giữ nguyên từng lượt như lúc phát, nên báo cáo in đúng như vậy. Không cần "
            "làm gì thêm: không còn thông báo nào phát dưới tên đó, và cột “Ghi chú” của báo cáo "
            "đã ghi rõ về các lượt này.") in home  # fmt: skip
    assert "chữ ký" not in home  # nothing to write by hand on a printed report (o12b C6)
    visitor.sign_in("vanhanh")  # the officer signs no report
    assert "Báo cáo tháng" not in text(visitor.get("/").text)


def test_a_page_reads_the_heading_once_and_trang_chu_once_more_for_the_report(
    visitor: Visitor, sample: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The header's station name is read once a page; the leader's Trang chủ reads the
    heading once more, to say whether the report can be signed (review eleven, #5: a
    leader's Trang chủ read it five times, every other page twice)."""
    from broadcaster import report_heading

    reads: list[object] = []
    saved = report_heading.saved

    def counted(db: Any) -> Any:
        reads.append(db)
        return saved(db)

    monkeypatch.setattr(report_heading, "saved", counted)
    visitor.sign_in("vanhanh")
    reads.clear()
    assert "Nhật ký" in visitor.get("/log").text
    assert len(reads) == 1
    visitor.sign_in("duyet")
    reads.clear()
    home = visitor.get("/").text
    assert len(reads) == 2
    assert "Sửa tiêu đề báo cáo" in text(home)  # the heading is the sample: where to set it
    assert brand(home) == "Đài truyền thanh xã (mẫu)"


ADVICE = "hãy kiểm tra card âm thanh"
"""The start of the repair advice Nhật ký gives for the logged airing's sound card fault."""


def test_the_signed_report_says_what_happened_and_nhat_ky_what_to_do(
    visitor: Visitor, logged: Path, tmp_path: Path
) -> None:
    """A signed report's Ghi chú says what happened in a few words; the advice to check the
    card is for the officer, in Nhật ký (officer trial eleven, F4: it filled the PDF's
    cells, two rows a page)."""
    visitor.sign_in("vanhanh")
    assert ADVICE in text(visitor.get("/log").text)
    pdf = visitor.client.get("/log/export?month=03/2026&format=pdf").data
    printed = " ".join(pdf_text(pdf, tmp_path, layout=False).split())
    assert "Phát tay; loa không phát được vì card âm thanh báo lỗi" in printed  # what happened
    assert "hãy" not in printed and "kỹ thuật viên" not in printed


def cut_airing(station: Station) -> int:
    """A cut airing of three items, 20, 30 and 40 s long, that played 25 s of its 90: the
    first item, then 5 s of the second; the third never started. Returns its number."""
    entries = planned_entries(station, ["hop-thon", "bluezone", "hop-thon"])
    seq = log_airing(station, Occasion(), "null", entries, AiringStatus.INTERRUPTED, "cut")
    with station.db.conn:
        for position, length in enumerate((20.0, 30.0, 40.0)):
            station.db.execute(
                "UPDATE airing_items SET duration_s = ?, line_day = NULL "
                "WHERE airing_seq = ? AND position = ?",
                [length, seq, position],
            )
        station.db.execute(
            "UPDATE airings SET duration_s = 25, planned_duration_s = 90 WHERE seq = ?", [seq]
        )
    return seq


def office_lines(station: Station, seqs: list[int]) -> list[list[str]]:
    """These airings' lines as the office works them out from the rows it receives (the
    station's name, the airing row and its items), as the CSV prints them."""
    lines = []
    for seq in seqs:
        [airing] = station.db.query("SELECT * FROM airings WHERE seq = ?", [seq])
        items = list(
            station.db.query("SELECT * FROM airing_items WHERE airing_seq = ? ORDER BY position",
                             [seq]))  # fmt: skip
        lengths = placed(item["duration_s"] for item in items)
        for item, (before, total) in zip(items, lengths, strict=True):
            placed_item = item | {"before_s": before, "items_s": total}
            cells = line(station.config.name, airing, placed_item, station.config.zone)
            lines.append(["" if c is None else str(c) for c in cells])
    return lines


def test_airings_cut_before_the_upgrade_read_alike_at_the_station_and_the_office(
    visitor: Visitor, logged: Path, console_clock: SetClock
) -> None:
    """Airings cut or failed before the report credited a cut airing's items in the order
    they played, and left the advice out of its notes, kept their old cells in the store:
    the station's report printed 15,5 s for an item that never started, and the advice,
    where the office, which works each line out afresh, printed neither (review eleven,
    #1). The upgrade makes their cells again."""
    station = Station.open(logged, console_clock)
    seq = cut_airing(station)
    seqs = [2, 3, seq]
    expected = office_lines(station, seqs)
    bring_up_to_date(station.db, station.config.zone)
    station.close()
    assert [row[SECONDS - 1] for row in expected[-3:]] == ["20.0", "5.0", "0.0"]  # no STT
    assert "hãy" not in expected[1][NOTE - 1]
    upgrade = [n for n, step in enumerate(MIGRATIONS) if "< planned_duration_s" in step]
    assert upgrade, "no upgrade makes the cells of cut and failed airings again"
    with sqlite3.connect(logged / "station.db") as conn:  # as the station logged them then
        for position, seconds in enumerate((5.6, 8.3, 11.1)):  # by length
            conn.execute(
                "UPDATE airing_items SET line_seconds = ? WHERE airing_seq = ? AND position = ?",
                [seconds, seq, position],
            )
        conn.execute("UPDATE airing_items SET line_note = ? WHERE airing_seq = 3",
                     ["phát ngay; " + reason(APLAY_REFUSED)])  # fmt: skip
    with sqlite3.connect(logged / "station.db") as conn:  # the upgrade, as migrate runs it
        conn.executescript(MIGRATIONS[upgrade[0]])  # (rewinding user_version re-ran later ones)
    visitor.sign_in("vanhanh")
    sheet = visitor.client.get("/log/export?month=03/2026&format=csv").data.decode("utf-8-sig")
    wanted = [[str(s)] for s in seqs]
    printed = [row[1:] for row in csv.reader(sheet.splitlines()) if row[2:3] in wanted]
    assert printed == expected


def test_a_cut_airing_credits_the_items_that_played_in_order(
    visitor: Visitor, logged: Path, console_clock: SetClock, tmp_path: Path
) -> None:
    """A cut airing's items played one after another: the report gives the first its length,
    the one cut what was left, and the one never reached nothing (officer trial eleven, F7:
    it split the seconds by length, so an item that never started "played" 15,5 s)."""
    station = Station.open(logged, console_clock)
    seq = cut_airing(station)
    station.close()
    visitor.sign_in("vanhanh")
    sheet = visitor.client.get("/log/export?month=03/2026&format=csv").data.decode("utf-8-sig")
    table = list(csv.reader(sheet.splitlines()))
    seconds = table[0].index("Thời lượng (giây)")
    cut = [row[seconds] for row in table[1:] if row[2:3] == [str(seq)]]
    assert cut == ["20.0", "5.0", "0.0"]  # by length it was 5.6, 8.3 and 11.1


def test_trang_chu_reads_the_demo_approved_notices_once_and_the_accounts_once(
    visitor: Visitor, sample: Path, console_clock: SetClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Review twelve #6: the leader's Trang chủ looked the "(mẫu)" notices up twice (why the
    report is not ready, then the list to approve again), each notice's approver one account
    query at a time. Now once, with every account read in one query."""
    from broadcaster.accounts import Accounts

    station = Station.open(sample, console_clock)
    station.accounts.set_person("vanhanh", DEMO_APPROVER, "")  # an account so named, too
    station.approve_many(["bluezone"], None, "vanhanh")
    station.approve_many(["hop-thon"], None, DEMO_APPROVER)
    station.close()
    calls: list[str] = []

    def count(cls: type, name: str) -> None:
        real = getattr(cls, name)

        def counted(self: Any, *args: Any) -> Any:
            calls.append(name)
            return real(self, *args)

        monkeypatch.setattr(cls, name, counted)

    count(Station, "sample_approved")
    count(Accounts, "get")
    count(Accounts, "list")
    visitor.sign_in("duyet")
    visitor.get("/")
    calls.clear()
    home = text(visitor.get("/").text)
    assert "Cài Bluezone phiên bản 1 Họp thôn Đông phiên bản" in home
    assert "2 thông báo vẫn phát theo lần duyệt dưới tên “Cán bộ văn hóa xã (mẫu)”" in home
    assert calls.count("sample_approved") == 1
    assert calls.count("list") == 1 and calls.count("get") <= 1, calls  # the one signed in
