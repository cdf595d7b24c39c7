"""A commune's station gone quiet (off in a power cut, its line down) is marked at the office
while it lasts (o21web9 Y4: Hòa Bình, dark for four of its slots, read as any other on every
page): the station says in its signed push how often it pushes, and the list of stations (the
console's and `office station list`) and the station's page mark one not heard from for three
of its intervals, with since when and what to do.

The station is real (its store, its push); the collector runs in this process behind a
`requests` adapter; the console is the Flask app with a clock, over the session PostgreSQL."""

from __future__ import annotations

import contextlib
import csv
import html
import json
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import psycopg
import requests
from conftest import OFFICE_APPROVED, CardStandIn, SetClock, make_station, set_config, write_script
from servers import Postgres
from test_office_desk import mai, station_row
from test_office_notice_states import URL, InProcess
from test_office_reports import pdf_text
from test_office_web import (
    EMERGENCY_ID,
    Officer,
    console_app,
    emergency_for_two,
    envelope,
    text,
    with_accounts,
)

from broadcaster import office_link
from broadcaster.clock import Clock, system_clock
from broadcaster.identity import identity
from broadcaster.runner import Runner
from broadcaster.station import Station
from common import i18n
from common.localtime import local_text
from office import collector, fleet, heartbeat
from office.db import open_office
from office.desk import OFFICE_ZONE, Office
from office.report import CutOff, notes_on_counts, office_outage_said, times_said


@contextlib.contextmanager
def approved_link(
    dsn: str, station: Station, commune: str, clock: Clock = system_clock
) -> Iterator[office_link.OfficeClient]:
    """The station enrolled at the office of `dsn` as `commune` and approved, with its link to
    the collector, which runs in this process behind a `requests` adapter (on `clock`)."""
    with linked(dsn, station, clock) as link:
        assert link.enrol(station.station_id, f"Đài xã {commune}", commune).status == 200
        with open_office(dsn) as conn:
            fleet.approve(conn, identity(station.root).fingerprint, [], "mai", datetime.now(UTC))
        yield link


@contextlib.contextmanager
def linked(
    dsn: str, station: Station, clock: Clock = system_clock
) -> Iterator[office_link.OfficeClient]:
    """The station's link to a collector of the office of `dsn` started now (on `clock`), in
    this process behind a `requests` adapter."""
    with requests.Session() as session:
        session.mount(URL, InProcess(collector.create_app(dsn, threads=1, clock=clock)))
        yield office_link.OfficeClient(URL, identity(station.root), 5.0, station.clock, session)


def _contact(conn: psycopg.Connection, print_: str, at: datetime, every: float | None) -> None:
    """The station of `print_` as the collector files its last push: at `at`, saying `every`."""
    conn.execute(
        "UPDATE stations SET stored_through = 5, last_contact = %s, push_minutes = %s "
        "WHERE fingerprint = %s",
        [at, every, print_],
    )


def test_the_push_says_how_often_the_station_pushes_and_a_bad_value_costs_no_log(
    postgres: Postgres, tmp_path: Path
) -> None:
    """The interval the office marks by is the station's own (office.push_minutes), from its
    signed push; a value out of bounds is not kept, and the log is stored all the same."""
    dsn = postgres.new_database()
    root = make_station(tmp_path / "station")
    set_config(root, "push_minutes", "1.0")
    station = Station.open(root)
    with approved_link(dsn, station, "Hòa Bình") as client:
        office_link.push(station, link=client)
        with open_office(dsn) as conn:
            assert conn.execute("SELECT push_minutes FROM stations").fetchall() == [(1.0,)]
        rows = office_link._sealed_after(station, 0, 10)
        for hostile in ("5", 0, -1, 1e9, True):  # text, none, negative, absurd, a boolean
            answer = client._signed(
                "/v1/push",
                "push",
                {"from_seq": 1, "rows": rows, "mqtt": False, "push_minutes": hostile},
            )
            assert answer.status == 200, answer.body  # fmt: skip
    with open_office(dsn) as conn:  # what the station said last that made sense stays
        assert conn.execute("SELECT push_minutes FROM stations").fetchall() == [(1.0,)]


def test_a_station_quiet_for_three_of_its_intervals_is_marked_on_every_list_and_its_page(
    postgres: Postgres, vietnamese: None
) -> None:
    """Hòa Bình pushes every minute and was last heard 11 minutes ago: marked "chưa liên lạc
    từ hôm nay 08:08 (11 phút)" on the console's list, its page (with what to do) and `office
    station list`; Tân Lập, heard 2 minutes ago at the same interval, is not; Sơn Thủy, from
    before stations said their interval, is judged by the default 5 minutes (12 minutes:
    not yet, 16: quiet). While `office serve` itself is silent nobody is marked: the banner
    says why nothing is heard."""
    dsn = postgres.new_database()
    with open_office(dsn) as conn:
        hoa_binh = station_row(conn, "Hòa Bình", "ven-song")
        tan_lap = station_row(conn, "Tân Lập", "ven-song")
        son_thuy = station_row(conn, "Sơn Thủy", "ven-song")
        now = datetime.now(UTC)
        _contact(conn, hoa_binh, now - timedelta(minutes=11, seconds=5), 1.0)
        _contact(conn, tan_lap, now - timedelta(minutes=2), 1.0)
        _contact(conn, son_thuy, now - timedelta(minutes=12), None)
    with_accounts(dsn)
    clock = SetClock(now)
    today = now.astimezone(OFFICE_ZONE).date()

    def mark(minutes: float, ago: int) -> str:
        since = local_text(now - timedelta(minutes=minutes), OFFICE_ZONE, today, mid=True)
        return f"chưa liên lạc từ {since} ({ago} phút)"

    with Office.open(dsn, clock) as desk:
        quiet = {row["commune"]: row["quiet"] for row in desk.stations()}
    assert quiet == {"Hòa Bình": mark(11 + 5 / 60, 11), "Tân Lập": None, "Sơn Thủy": None}

    officer = Officer(console_app(dsn, None, clock))
    assert officer.log_in("ha").status_code == 302  # a viewer reads it too
    listed = html.unescape(officer.get("/stations/").text)
    row = {code: text(r) for code in (hoa_binh, tan_lap) for r in listed.split("<tr>")
           if f"/stations/{code}" in r}  # fmt: skip
    assert mark(11 + 5 / 60, 11)[0].upper() + mark(11 + 5 / 60, 11)[1:] in row[hoa_binh]
    assert "liên lạc" not in row[tan_lap], row[tan_lap]
    assert '<meta name="live-every" content="30">' in listed  # it follows while open
    page = text(html.unescape(officer.get(f"/stations/{hoa_binh}").text))
    assert (
        f"{mark(11 + 5 / 60, 11)[0].upper()}{mark(11 + 5 / 60, 11)[1:]}, dù đài gửi nhật ký "
        "mỗi 1 phút: có thể đài đang tắt (mất điện) hoặc mất mạng, và các khung giờ trong lúc "
        "đó có thể không phát. Hãy gọi điện cho xã."
    ) in page, page
    assert "liên lạc từ" not in text(html.unescape(officer.get(f"/stations/{tan_lap}").text))
    home = text(html.unescape(officer.get("/").text))  # her month, the console's first page
    assert (  # under its heading's own sentence, not between them (o22web10 Z6)
        "Các đài không liên lạc quá một ngày 0 Mọi đài đã duyệt đều có liên lạc trong 24 giờ qua. "
        f"Đài đang im lặng, hãy gọi điện cho xã: Hòa Bình: {mark(11 + 5 / 60, 11)}."
    ) in home, home

    said = mai("office", "station", "list", "--db", dsn)  # the terminal: the real clock
    assert said.exit_code == 0, said.output
    lines = {code: line for line in said.stdout.splitlines() for code in (hoa_binh, son_thuy)
             if line.startswith(code)}  # fmt: skip
    contact = (now - timedelta(minutes=11, seconds=5)).astimezone(OFFICE_ZONE)
    assert "chưa liên lạc từ " in lines[hoa_binh], lines[hoa_binh]
    assert f"{contact:%H:%M} (11 phút)" in lines[hoa_binh], lines[hoa_binh]
    assert "chưa liên lạc" not in lines[son_thuy], lines[son_thuy]

    clock.now = now + timedelta(minutes=4)  # Sơn Thủy: 16 minutes, three of the default 5
    with Office.open(dsn, clock) as desk:
        quiet = {row["commune"]: row["quiet"] for row in desk.stations()}
    assert quiet["Sơn Thủy"] is not None and "(16 phút)" in quiet["Sơn Thủy"], quiet
    assert quiet["Tân Lập"] is not None and "(6 phút)" in quiet["Tân Lập"], quiet

    with open_office(dsn) as conn:  # office serve last beat 5 minutes ago: it is down
        conn.execute(
            "INSERT INTO settings (key, value) VALUES (%s, %s)",
            [heartbeat.HEARD, (now - timedelta(minutes=5)).isoformat()],
        )
    with Office.open(dsn, clock) as desk:
        assert [row["quiet"] for row in desk.stations()] == [None, None, None]


def test_no_commune_is_marked_quiet_for_the_office_server_s_own_silence(
    postgres: Postgres, vietnamese: None
) -> None:
    """w21y3's gap: `office serve` was down for 10 minutes and has just come back. Hòa Bình
    (every minute) pushed 30 s before it stopped: nothing of its silence is its own yet, so
    it is not marked, as no one was while serve was down, until it stays unheard for three of
    its intervals while the office listens; Tân Lập was already dark 10 minutes before the
    outage and stays marked, since its last contact."""
    dsn = postgres.new_database()
    with open_office(dsn) as conn:
        hoa_binh = station_row(conn, "Hòa Bình", "ven-song")
        tan_lap = station_row(conn, "Tân Lập", "ven-song")
        [(now,)] = conn.execute("SELECT now()").fetchall()  # the beat's clock, PostgreSQL's
        _contact(conn, hoa_binh, now - timedelta(minutes=10, seconds=30), 1.0)
        _contact(conn, tan_lap, now - timedelta(minutes=20), 1.0)
        conn.execute(  # serve's last beat before it stopped, ten minutes ago…
            "INSERT INTO settings (key, value) VALUES (%s, %s)",
            [heartbeat.HEARD, (now - timedelta(minutes=10)).isoformat()],
        )
        heartbeat.beat(conn, serve="may-vhtt")  # …and its first since it came back
    emergency_for_two(dsn, now + timedelta(minutes=4))  # sent a minute before serve came back
    clock = SetClock(now + timedelta(seconds=30))
    with Office.open(dsn, clock) as desk:
        quiet = {row["commune"]: row["quiet"] for row in desk.stations()}
        [unanswered] = [c.reason for c in desk.emergency(EMERGENCY_ID).communes
                        if c.commune == "Hòa Bình"]  # fmt: skip
    assert quiet["Hòa Bình"] is None, quiet  # what her pages say: no mark, no call
    assert quiet["Tân Lập"] is not None and "(20 phút)" in quiet["Tân Lập"], quiet
    contact = local_text(now - timedelta(minutes=10, seconds=30), OFFICE_ZONE,
                         clock.now.astimezone(OFFICE_ZONE).date(), mid=True)  # fmt: skip
    assert unanswered == f"liên lạc lần cuối {contact}", unanswered  # not "gọi điện cho xã"
    clock.now = now + timedelta(minutes=2, seconds=31)  # three minutes heard of nothing
    with Office.open(dsn, clock) as desk:
        quiet = {row["commune"]: row["quiet_since"] for row in desk.stations()}
    assert quiet["Hòa Bình"] == now - timedelta(minutes=10, seconds=30), quiet


def test_a_commune_silent_on_an_emergency_is_said_with_its_last_contact_and_whom_to_call(
    postgres: Postgres, vietnamese: None
) -> None:
    """o21web9 Y4: "Hòa Bình … không phản hồi" for minutes, nothing more, while its station was
    off. The line says when the office last heard from the commune; to call it once its
    station is quiet (dark before the sending), or three minutes after the sending; neither
    while the office's own server keeps the answers back (it says that instead), nor once the
    emergency is cancelled."""
    dsn = postgres.new_database()
    now = datetime.now(UTC)
    emergency_for_two(dsn, now)  # sent 5 minutes ago: Tân Lập on air, Hòa Bình silent
    with open_office(dsn) as conn:
        [(hoa_binh,)] = conn.execute(
            "SELECT fingerprint FROM stations WHERE commune = 'Hòa Bình'"
        ).fetchall()
        _contact(conn, hoa_binh, now - timedelta(minutes=13), 1.0)
    with_accounts(dsn)
    clock = SetClock(now)

    def line(at: datetime) -> str | None:
        clock.now = at
        with Office.open(dsn, clock) as desk:
            found = desk.emergency(EMERGENCY_ID)
        [said] = [c.reason for c in found.communes if c.commune == "Hòa Bình"]
        return said

    def heard(ago: timedelta, at: datetime) -> str:
        return local_text(now - ago, OFFICE_ZONE, at.astimezone(OFFICE_ZONE).date(), mid=True)

    call = ": có thể đài đang tắt hoặc mất mạng, hãy gọi điện cho xã"
    dark = f"chưa liên lạc từ {heard(timedelta(minutes=13), now)} (13 phút){call}"
    assert line(now) == dark
    officer = Officer(console_app(dsn, None, clock))
    assert officer.log_in("mai").status_code == 302
    page = text(html.unescape(officer.get(f"/emergencies/{EMERGENCY_ID}").text))
    assert f"Hòa Bình không phản hồi — {dark}" in page, page

    with open_office(dsn) as conn:  # heard 30 s before the sending, pushing every 5 minutes
        _contact(conn, hoa_binh, now - timedelta(minutes=5, seconds=30), 5.0)
    sent = now - timedelta(minutes=5)

    def last(at: datetime) -> str:  # "hôm nay" as of `at` (a test across midnight too)
        return "liên lạc lần cuối " + heard(timedelta(minutes=5, seconds=30), at)

    for after in (timedelta(minutes=1), timedelta(minutes=2, seconds=50)):  # it may yet answer
        assert line(sent + after) == last(sent + after)
    at = sent + timedelta(minutes=3)
    assert line(at) == last(at) + call  # past UNHEARD_AFTER: call it

    with open_office(dsn) as conn:  # office serve not heard for 5 minutes: its own fault
        conn.execute(
            "INSERT INTO settings (key, value) VALUES (%s, %s)",
            [heartbeat.HEARD, (now - timedelta(minutes=5)).isoformat()],
        )
    assert line(now) == (  # the commune may well have aired it (o22web10 Z3)
        f"máy chủ văn phòng không có tin từ lúc {heard(timedelta(minutes=5), now)} nên chưa "
        "nhận được báo cáo của xã"
    )
    with open_office(dsn) as conn:
        conn.execute("UPDATE emergencies SET cancelled_at = %s, cancelled_by = 'mai'", [now])
    assert line(now) is None  # it will not air: nothing to chase


DAY = datetime(2026, 11, 20, tzinfo=OFFICE_ZONE)
"""The day of the outage (the office's time)."""


def test_the_month_says_each_commune_s_missed_slots_with_the_reason_its_station_logged(
    postgres: Postgres, tmp_path: Path, vietnamese: None
) -> None:
    """o21web9 Y4, after the outage: Tân Lập's station was off from 08:09 to 08:19 with a grace
    of 5 minutes, so its 08:11 and 08:14 slots were logged missed, "đài tắt hoặc bận cho đến
    08:19". The month page lists them with that reason (it had no word of Bỏ lỡ at all); the
    report's section I gives them under the table (PDF) or in their column (XLSX), and its note
    says what Bỏ lỡ counts, no longer a slot waiting for the leader's approval alone."""
    import openpyxl

    dsn = postgres.new_database()
    root = make_station(tmp_path / "station")
    set_config(root, "grace_minutes", "5.0")
    clock = SetClock(DAY.replace(hour=7))
    station = Station.open(root, clock)
    station.add_announcements([write_script(
        tmp_path, "mu.md", "Đội mũ bảo hiểm khi đi xe máy.", id="doi-mu",
        title="Đội mũ bảo hiểm", campaign="giao-thong")])  # fmt: skip
    for at in ("08:11", "08:14", "08:17"):
        station.add_slot(f"s{at[3:]}", at, announce=["doi-mu"])
    clock.now = DAY.replace(hour=8, minute=19, second=29)  # the power is back
    assert [p.slot for p in Runner(station, CardStandIn(tmp_path / "out")).settle()] == ["s17"]
    with approved_link(dsn, station, "Tân Lập") as client:
        office_link.push(station, link=client)

    why = "đài tắt hoặc bận cho đến 20/11/2026 08:19 (cho phép trễ 5 phút)"
    slots = f"2 khung giờ 08:11, 08:14 ngày 20/11/2026: {why}"
    with_accounts(dsn)
    officer = Officer(console_app(dsn))
    assert officer.log_in("ha").status_code == 302
    page = text(html.unescape(officer.get("/?month=11/2026").text))
    assert f"Khung giờ bỏ lỡ 1 Tân Lập bỏ lỡ 2 trong 2 khung giờ {slots}" in page, page

    pdf = tmp_path / "bc.pdf"
    pdf.write_bytes(officer.client.get("/report.pdf?month=11/2026").data)
    flat = " ".join(pdf_text(pdf).split())
    assert f"Tân Lập: {slots}." in flat, flat
    assert (
        "Bỏ lỡ là khung giờ không phát, vì lý do đài của xã đã ghi: đài tắt (mất điện, tắt máy) "
        "hoặc bận quá thời gian cho phép trễ"
    ) in flat, flat
    assert "được tính là Bỏ lỡ" not in flat  # the approval was never the only cause

    book = tmp_path / "bc.xlsx"
    book.write_bytes(officer.client.get("/report.xlsx?month=11/2026").data)
    sheet = openpyxl.load_workbook(book)["Tổng hợp theo xã"]
    rows = [row for row in sheet.iter_rows(values_only=True) if row[1] == "Tân Lập"]
    assert [row[-2] for row in rows] == [slots]  # the outages' column last
    assert [row[4:8] for row in rows] == [(2, 0, 0, 2)]  # planned, aired, to a file, missed
    assert "Từng xã, khung giờ và lý do: cột “Khung giờ bỏ lỡ và lý do”" in str(sheet["A3"].value)


def test_a_commune_s_short_outage_is_said_alike_at_every_door(
    postgres: Postgres, tmp_path: Path, vietnamese: None
) -> None:
    """w22z's outages (Z1) were on the month page, the PDF and the station's page, not in
    the XLSX nor `office station list`: Tân Lập was cut off 10:40–10:52 on 20/11, Hòa Bình
    three hours ago, both back since. The month's XLSX and CSV say Tân Lập's in a column of
    their own, as the page and the PDF do; the station list (console, terminal, --json) says
    the last day's as the station's page does; Sơn Thủy, never cut off, is said nothing."""
    import openpyxl

    dsn = postgres.new_database()
    now = datetime.now(UTC)  # the terminal's clock, for Hòa Bình's
    tan_lap_cut = (DAY.replace(hour=10, minute=40), DAY.replace(hour=10, minute=52, second=40))
    hoa_binh_cut = (now - timedelta(hours=3), now - timedelta(hours=2, minutes=48))
    with open_office(dsn) as conn:
        codes = {commune: station_row(conn, commune, "ven-song", at=OFFICE_APPROVED)
                 for commune in ("Tân Lập", "Hòa Bình", "Sơn Thủy")}  # fmt: skip
        keys: dict[str, str] = dict(conn.execute("SELECT commune, key_id FROM stations").fetchall())
        for commune, cut in (("Tân Lập", tan_lap_cut), ("Hòa Bình", hoa_binh_cut)):
            conn.execute("INSERT INTO station_silences (key_id, since, until) VALUES (%s, %s, %s)",
                         [keys[commune], *cut])  # fmt: skip
    with_accounts(dsn)
    officer = Officer(console_app(dsn, None, SetClock(DAY.replace(hour=11, minute=5))))
    assert officer.log_in("ha").status_code == 302

    said = "mất liên lạc với văn phòng 10:40–10:52 ngày 20/11/2026 (12 phút)"
    page = text(html.unescape(officer.get("/?month=11/2026").text))
    assert f"Mất liên lạc với văn phòng trong tháng 1 Tân Lập {said}" in page, page
    pdf = tmp_path / "bc.pdf"
    pdf.write_bytes(officer.client.get("/report.pdf?month=11/2026").data)
    assert f"Tân Lập: {said}." in " ".join(pdf_text(pdf).split())
    book = tmp_path / "bc.xlsx"
    book.write_bytes(officer.client.get("/report.xlsx?month=11/2026").data)
    sheet = openpyxl.load_workbook(book)["Tổng hợp theo xã"]
    [heading] = [row for row in sheet.iter_rows(values_only=True) if row[0] == "STT"]
    column = heading.index("Mất liên lạc với văn phòng")
    cells = {row[1]: row[column] for row in sheet.iter_rows(values_only=True)}
    assert (cells["Tân Lập"], cells["Sơn Thủy"] or "") == (said, ""), cells
    out = tmp_path / "bc.csv"
    assert mai("office", "report", "--db", dsn, "--month", "11/2026", "--format", "csv",
               "-o", str(out)).exit_code == 0  # fmt: skip
    with out.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    column = rows[0].index("Mất liên lạc với văn phòng")
    assert {row[1]: row[column] for row in rows[1:]}["Tân Lập"] == said

    last_day = ("Trong 24 giờ qua đài đã mất liên lạc với văn phòng, nay đã liên lạc lại: "
                "10:40–10:52 (12 phút).")  # fmt: skip
    station_page = text(html.unescape(officer.get(f"/stations/{codes['Tân Lập']}").text))
    assert last_day in station_page, station_page
    listed = html.unescape(officer.get("/stations/").text)
    rows_said = {commune: text(r) for commune, code in codes.items()
                 for r in listed.split("<tr>") if f"/stations/{code}" in r}  # fmt: skip
    assert last_day in rows_said["Tân Lập"], rows_said
    assert "mất liên lạc" not in rows_said["Sơn Thủy"], rows_said

    def hoa_binh_said() -> str:  # the station's page's sentence at the terminal's clock
        with Office.open(dsn) as desk:
            return str(next(r["cut_off_said"] for r in desk.stations()
                            if r["commune"] == "Hòa Bình"))  # fmt: skip

    before = hoa_binh_said()
    table, as_json = (mai("office", "station", "list", "--db", dsn, *json_)
                      for json_ in ((), ("--json",)))  # fmt: skip
    after = hoa_binh_said()
    assert before.startswith("Trong 24 giờ qua đài đã mất liên lạc với văn phòng"), before
    assert "(12 phút)." in before, before
    notes = [line for line in table.stdout.splitlines() if "mất liên lạc" in line]
    assert notes in ([f"Hòa Bình: {before}"], [f"Hòa Bình: {after}"]), table.stdout
    found = {row["commune"]: row for row in json.loads(as_json.stdout)}
    assert found["Hòa Bình"]["cut_off_said"] in (before, after), found["Hòa Bình"]
    assert [tuple(datetime.fromisoformat(cut[edge]) for edge in ("since", "until"))
            for cut in found["Hòa Bình"]["cut_off"]] == [hoa_binh_cut]  # fmt: skip
    assert (found["Tân Lập"]["cut_off"], found["Tân Lập"]["cut_off_said"]) == ([], None)


def logged(
    conn: psycopg.Connection,
    key: str,
    rows: list[dict[str, Any]],
    item: dict[str, Any] | None = None,
) -> None:
    """`rows` as the station `key` logged and pushed them, numbered from 1, each a planned
    airing of one notice (`item`; the office keeps what a push carries; no chain to check)."""
    for seq, row in enumerate(rows, start=1):
        at = row["started_at"]
        row = {"seq": seq, "trigger": "schedule", "sink": "device", **row,
               "started_at": at.isoformat()}  # fmt: skip
        conn.execute(
            "INSERT INTO airings (station, seq, started_at, status, items, prev_hash, "
            "row_hash, row) VALUES (%s, %s, %s, %s, %s, '', '', %s)",
            [key, seq, at, row["status"],
             json.dumps([item or {"announcement_id": "tb", "campaign": "c"}]), json.dumps(row)],
        )  # fmt: skip
    conn.execute("UPDATE stations SET stored_through = %s WHERE key_id = %s", [len(rows), key])


FULL = "Ổ đĩa đầy. "
"""A station's note, in Vietnamese (a hundred times over: a station writes what it likes)."""


def test_a_month_of_outages_is_said_in_a_few_reasons_and_a_station_s_long_note_is_clipped(
    postgres: Postgres,
) -> None:
    """A commune with a power cut a day has a reason per cut ("… cho đến 03/11 06:20"): the
    report says the first five and counts the rest; a day's slots past six are said as a
    span; a station's note (its own to write) is said at most REASON_CHARS long."""
    dsn = postgres.new_database()
    with open_office(dsn) as conn:
        station_row(conn, "Tân Lập", "ven-song")
        [(key,)] = conn.execute("SELECT key_id FROM stations").fetchall()
        missed = [  # day, hour, what the station noted
            *((day, 6, f"not aired: the station was off or busy until {day:02d}/11/2026 06:20 "
               "(grace 15 min)") for day in range(1, 9)),
            *((9, hour, FULL * 100) for hour in range(6, 14)),
        ]  # fmt: skip
        logged(conn, key, [
            {"status": "missed", "started_at": datetime(2026, 11, day, hour, tzinfo=OFFICE_ZONE),
             "error": note} for day, hour, note in missed
        ])  # fmt: skip
    with Office.open(dsn) as desk:
        [line] = desk.report("11/2026").communes
    assert [group.count for group in line.missed] == [1] * 8 + [8]
    said = line.missed_said.split("; ")
    assert said[0] == (
        "1 khung giờ 06:00 ngày 01/11/2026: đài tắt hoặc bận cho đến 01/11/2026 06:20 (cho "
        "phép trễ 15 phút)"
    )
    assert len(said) == 6 and said[5] == (
        "và 11 khung giờ khác vì 4 lý do khác (xem nhật ký phát của xã)"
    )  # fmt: skip
    [(clipped, times)] = [(g.reason, g.times) for g in line.missed if g.reason.startswith(FULL)]
    assert clipped == (FULL * 100)[:299] + "…"
    assert times_said(times) == "từ 06:00 ngày 09/11/2026 đến 13:00 ngày 09/11/2026"


def test_an_emergency_heard_once_and_also_written_to_a_file_counts_aired_and_is_not_unheard(
    postgres: Postgres,
) -> None:
    """A station aired the office's emergency into a file (the card not plugged in yet), then
    again on its loudspeakers once chị Lan had plugged it in: the loudspeakers said it, so
    the month counts it aired, and the note under §I must not also say it reached none."""
    dsn = postgres.new_database()
    emergency = {"announcement_id": "khan-cap-tren-20261103-070000-abcdef", "campaign": None}
    with open_office(dsn) as conn:
        station_row(conn, "Tân Lập", "ven-song")
        [(key,)] = conn.execute("SELECT key_id FROM stations").fetchall()
        logged(conn, key, [
            {"status": "aired", "trigger": "upstream emergency", "sink": sink,
             "started_at": datetime(2026, 11, 3, hour, tzinfo=OFFICE_ZONE)}
            for hour, sink in ((7, "file:/srv/ghi"), (8, "device"))
        ], emergency)  # fmt: skip
    with Office.open(dsn) as desk:
        report = desk.report("11/2026")
    [line] = report.communes
    assert line.emergencies == 1
    assert report.emergencies_unheard == set()
    assert not [n for n in notes_on_counts(report, "xlsx") if "loa không phát" in n]


def test_the_month_counts_a_slot_made_good_by_a_chain_of_re_airs_as_the_commune_does(
    postgres: Postgres, tmp_path: Path
) -> None:
    """o21lan10 N1 N3, at the office: the 08:00 slot was cut when the station was switched off
    (an older station noted "(SIGTERM)"), its re-air was cut too ("(SIGINT)"), and the re-air's
    re-air aired; the 09:00 slot was missed and its re-air aired; the 10:00 slot was missed.
    The commune's own report says 4 planned, 3 aired, 1 missed (a re-air of an airing it never
    logged counts as planned); the district's said 7, 3, 2 and 2 cut, listed 09:00 among the
    slots missed, and showed Mai the signals' names."""
    dsn = postgres.new_database()
    why = "not aired: the station was off or busy until 20/11/2026 {} (grace 15 min)"
    log = [  # slot, hour, status, what the station noted
        ("s8", 8, "interrupted", "the station was stopped (SIGTERM)"),
        ("phat-lai-1", 8, "interrupted", "đài đã bị dừng (SIGINT)"),
        ("phat-lai-2", 8, "aired", None),
        ("s9", 9, "missed", why.format("09:20")),
        ("phat-lai-4", 9, "aired", None),
        ("s10", 10, "missed", why.format("10:20")),
        ("phat-lai-99", 11, "aired", None),  # of no airing logged: planned, as the commune's
    ]
    with open_office(dsn) as conn:
        station_row(conn, "Tân Lập", "ven-song")
        [(key,)] = conn.execute("SELECT key_id FROM stations").fetchall()
        logged(conn, key, [
            {"slot": slot, "status": status, "started_at": DAY.replace(hour=hour, minute=seq),
             "error": note} for seq, (slot, hour, status, note) in enumerate(log, start=1)
        ])  # fmt: skip
    with Office.open(dsn) as desk:
        [line] = desk.report("11/2026").communes
        count, _label = desk.export_lines("11/2026", "csv", tmp_path / "lines.csv")
    assert line.totals.row(held=False)[1:8] == (4, 3, 0, 1, 0, 0, 0)  # planned, aired, …
    assert line.missed_said == (
        "1 khung giờ 10:06 ngày 20/11/2026: đài tắt hoặc bận cho đến 20/11/2026 10:20 (cho "
        "phép trễ 15 phút)"
    )
    said = (tmp_path / "lines.csv").read_text(encoding="utf-8-sig")
    assert count == len(log) and said.count("đài bị tắt giữa chừng") == 2, said
    assert "SIG" not in said and "stopped" not in said, said


def test_the_month_counts_a_re_air_into_a_file_as_making_nothing_good(
    postgres: Postgres,
) -> None:
    """w29reair, at the office as at the commune: the 08:00 slot was missed and its re-air
    played only into a file (nobody heard it): still Bỏ lỡ, and listed so; the 09:00 slot was
    missed, its re-air went into a file too, and that re-air's re-air aired on the
    loudspeakers: aired, once. It counted both aired (the 08:00 one by the missed row's sink)."""
    dsn = postgres.new_database()
    why = "not aired: the station was off or busy until 20/11/2026 {} (grace 15 min)"
    log = [  # slot, hour, status, sink
        ("s8", 8, "missed", "device"),
        ("phat-lai-1", 8, "aired", "file:/srv/dai/ban-ghi/0002.wav"),
        ("s9", 9, "missed", "device"),
        ("phat-lai-3", 9, "aired", "null"),
        ("phat-lai-4", 9, "aired", "device:hw:1"),
    ]
    with open_office(dsn) as conn:
        station_row(conn, "Tân Lập", "ven-song")
        [(key,)] = conn.execute("SELECT key_id FROM stations").fetchall()
        logged(conn, key, [
            {"slot": slot, "status": status, "sink": sink,
             "started_at": DAY.replace(hour=hour, minute=seq),
             "error": why.format(f"{hour:02}:20") if status == "missed" else None}
            for seq, (slot, hour, status, sink) in enumerate(log, start=1)
        ])  # fmt: skip
    with Office.open(dsn) as desk:
        [line] = desk.report("11/2026").communes
    assert line.totals.row(held=False)[1:8] == (2, 1, 0, 1, 0, 0, 0)  # planned, aired, …
    assert line.missed_said.startswith("1 khung giờ 08:01 ngày 20/11/2026"), line.missed_said


def test_the_month_finds_the_re_airs_by_their_own_index(postgres: Postgres) -> None:
    """closing22 §1: to follow the chains of re-airs (a few rows in a hundred) the month report
    read every row of every commune from the period's start on; office migration 19 indexes
    the re-airs alone (bench/office_report.py, with and without). PostgreSQL uses a partial
    index only for a condition that is the index's word for word: the plan says it does."""
    from office.report import MADE_GOOD

    dsn = postgres.new_database()
    with open_office(dsn) as conn:
        conn.execute("SET enable_seqscan = off")  # an empty table: only whether it can
        plan = " ".join(line for (line,) in conn.execute(
            f"EXPLAIN {MADE_GOOD} SELECT count(*) FROM made_good",
            {"start": DAY, "now": DAY}))  # fmt: skip
    assert "airings_reairs" in plan, plan


def _aired_once(tmp_path: Path, clock: SetClock, slot: datetime) -> Station:
    """A station pushing every minute that aired "Đội mũ bảo hiểm" (giao-thong) at its slot
    `slot` (set up on `clock`, now before it, which then stands 30 s after it)."""
    root = make_station(tmp_path / "station")
    set_config(root, "push_minutes", "1.0")
    station = Station.open(root, clock)
    station.add_announcements([write_script(
        tmp_path, "mu.md", "Đội mũ bảo hiểm khi đi xe máy.", id="doi-mu", title="Đội mũ bảo hiểm",
        campaign="giao-thong")])  # fmt: skip
    station.add_slot("s1", f"{slot.astimezone(OFFICE_ZONE):%H:%M}", announce=["doi-mu"])
    clock.now = slot + timedelta(seconds=30)
    runner = Runner(station, CardStandIn(tmp_path / "out"))
    [due] = runner.settle()
    runner.air_planned(due)
    return station


def test_once_the_link_is_back_an_emergency_aired_late_is_said_with_the_outage(
    postgres: Postgres, tmp_path: Path, vietnamese: None
) -> None:
    """o22web10 Z1: Tân Lập's link was down 10:40–10:52 while the storm warning went out at
    10:46; its station aired it 10:52:32, as the link came back. The office knows both from
    its own records (the push that ended the silence), so the line reads "ngay khi liên lạc
    lại (mất liên lạc 10:40–10:52)", not "muộn 6 phút" as for Sơn Thủy, in touch, which sat on
    it. A silence while the office's own server was stopped (restarted at 11:00) is not
    recorded as the commune's."""
    dsn = postgres.new_database()
    at = {hm: DAY.replace(hour=int(hm[:2]), minute=int(hm[3:5]), second=int(hm[6:] or 0))
          for hm in ("10:30", "10:36", "10:40", "10:46", "10:50", "10:52:32", "10:52:40", "10:53",
                     "10:55", "11:00", "11:02:40", "11:05")}  # fmt: skip
    office, clock = SetClock(at["10:30"]), SetClock(at["10:30"])
    station = _aired_once(tmp_path, clock, at["10:36"])
    office.now = clock.now
    with approved_link(dsn, station, "Tân Lập", office) as link:
        clock.now = office.now = at["10:40"]
        office_link.push(station, link=link)
    with open_office(dsn) as conn:
        [(key,)] = conn.execute("SELECT key_id FROM stations").fetchall()
        station_row(conn, "Sơn Thủy", "ven-song")
        assert conn.execute("SELECT count(*) FROM airings").fetchone() == (1,)
        conn.execute(
            "INSERT INTO emergencies (id, issued_at, valid_until, title, text, audience, "
            "sent_by, envelope) VALUES (%s, %s, %s, 'Tin khẩn cấp', 'Đê tả sông Lèn', NULL, "
            "'mai', %s)",
            [EMERGENCY_ID, at["10:46"], at["10:46"] + timedelta(minutes=30),
             envelope(EMERGENCY_ID, at["10:46"] + timedelta(minutes=30), None)],
        )  # fmt: skip
        conn.execute(  # Sơn Thủy sat on it 4 minutes
            "INSERT INTO emergency_reports (emergency_id, key_id, state, on_air_at, done_at) "
            "SELECT %s, key_id, 'aired', CASE WHEN key_id = %s THEN %s ELSE %s END, "
            "%s::timestamptz FROM stations",
            [EMERGENCY_ID, key, at["10:52:32"], at["10:50"], at["10:52:32"]
             + timedelta(seconds=20)],
        )  # fmt: skip
    with linked(dsn, station, office) as back:
        clock.now = office.now = at["10:52:40"]  # the link is back: its held push arrives
        office_link.push(station, link=back)
        clock.now = office.now = at["10:55"]
        office_link.push(station, link=back)
    office.now = at["11:00"]  # office serve restarted: the station's gap is the office's
    with linked(dsn, station, office) as restarted:
        clock.now = office.now = at["11:02:40"]
        office_link.push(station, link=restarted)

    with open_office(dsn) as conn:
        assert fleet.silences(conn, at["10:30"], at["11:05"]) == {
            key: [(at["10:40"], at["10:52:40"])]
        }
    with Office.open(dsn, SetClock(at["10:53"])) as desk:
        found = desk.emergency(EMERGENCY_ID)
    label = {line.commune: line.label for line in found.communes}
    assert label == {
        "Tân Lập": "đã phát lúc 10:52, ngay khi liên lạc lại (mất liên lạc 10:40–10:52)",
        "Sơn Thủy": "đã phát lúc 10:50, muộn 4 phút",
    }, label
    with Office.open(dsn, SetClock(at["10:53"])) as desk:
        [listed] = desk.emergencies()
    assert listed.latest == (
        "đài phát sau cùng lúc 10:52, ngay khi liên lạc lại (mất liên lạc 10:40–10:52)"
    ), listed.latest

    # the month (page and report) and its page say the outage, and the notice it got late
    with open_office(dsn) as conn:
        conn.execute(
            "INSERT INTO campaigns (name, audience, notices, published_at) "
            "VALUES ('giao-thong', NULL, '{ruou-bia}', %s)",
            [at["10:40"] + timedelta(minutes=3)],
        )
    with_accounts(dsn)
    officer = Officer(console_app(dsn, None, SetClock(at["11:05"])))
    assert officer.log_in("ha").status_code == 302
    said = (
        "mất liên lạc với văn phòng 10:40–10:52 ngày 20/11/2026 (12 phút; văn phòng đăng chiến "
        "dịch giao-thong trong lúc đó, xã chỉ nhận được khi liên lạc lại)"
    )
    page = text(html.unescape(officer.get("/?month=11/2026").text))
    assert f"Mất liên lạc với văn phòng trong tháng 1 Tân Lập {said}" in page, page
    pdf = tmp_path / "bc.pdf"
    pdf.write_bytes(officer.client.get("/report.pdf?month=11/2026").data)
    assert f"Tân Lập: {said}." in " ".join(pdf_text(pdf).split())
    with open_office(dsn) as conn:
        [(code,)] = conn.execute("SELECT fingerprint FROM stations WHERE key_id = %s", [key])
    page = text(html.unescape(officer.get(f"/stations/{code}").text))
    assert (
        "Trong 24 giờ qua đài đã mất liên lạc với văn phòng, nay đã liên lạc lại: 10:40–10:52 "
        "(12 phút)."
    ) in page, page


def test_the_office_s_own_database_outage_is_said_once_and_is_no_commune_s_silence(
    postgres: Postgres, tmp_path: Path, vietnamese: None
) -> None:
    """o23web11 V1: PostgreSQL stopped 7 minutes while every commune pushed, and the month page
    and the PDF then said every commune "mất liên lạc với văn phòng" then. The office server's
    heartbeat, running across the gap, records it as the database's outage; a push after it
    ends no silence of the commune's, nor one that comes before the heartbeat's first beat;
    a commune dark well before the database stopped is still said from its last contact; the
    month says the office's own outage once."""
    dsn = postgres.new_database()
    with open_office(dsn) as conn:
        [(now,)] = conn.execute("SELECT now()").fetchall()  # the heartbeat's clock
    slot = (now - timedelta(minutes=13)).astimezone(OFFICE_ZONE).replace(second=0, microsecond=0)
    clock = SetClock(slot - timedelta(minutes=1))
    station = _aired_once(tmp_path, clock, slot)
    beats = heartbeat.Heartbeat(dsn)
    stopped = now - timedelta(minutes=8, seconds=30)
    with approved_link(dsn, station, "Tân Lập", clock) as link:  # office serve runs throughout
        clock.now = now - timedelta(minutes=9)
        office_link.push(station, link=link)  # its last push before the database stopped
        with open_office(dsn) as conn:
            beats.look(conn, first=True)
            conn.execute(  # serve's last beat before the database stopped answering
                "UPDATE settings SET value = %s WHERE key = %s",
                [stopped.isoformat(), heartbeat.HEARD],
            )
            with conn.transaction():  # pushes before the heartbeat's first beat since: none
                for commune in ("Hòa Bình", "Sơn Thủy"):
                    station_row(conn, commune)
                keys: dict[str, str] = dict(conn.execute("SELECT commune, key_id FROM stations"))
                hoa_binh, son_thuy = keys["Hòa Bình"], keys["Sơn Thủy"]
                listening = now - timedelta(hours=1)
                fleet.silence_ended(conn, hoa_binh, now - timedelta(minutes=9), 1.0, now, listening)
                dark = now - timedelta(minutes=20)  # Sơn Thủy was dark 11 minutes before
                fleet.silence_ended(conn, son_thuy, dark, 1.0, now, listening)
            beats.look(conn, first=True)  # the database answers again: its first beat
            [outage] = heartbeat.recorded_outages(conn, stopped, now + timedelta(minutes=1))
        clock.now = now + timedelta(seconds=10)
        office_link.push(station, link=link)
    assert outage[::2] == (stopped, heartbeat.DATABASE_DOWN), outage
    with open_office(dsn) as conn:
        assert fleet.silences(conn, dark, now + timedelta(minutes=1)) == {
            son_thuy: [(dark, now)]
        }, "Tân Lập and Hòa Bình were in touch: only the office's database was not"
    with_accounts(dsn)
    officer = Officer(console_app(dsn, None, SetClock(now + timedelta(minutes=1))))
    assert officer.log_in("ha").status_code == 302
    down, up = (moment.astimezone(OFFICE_ZONE) for moment in outage[:2])
    span = (
        f"{down:%H:%M}–{up:%H:%M}"
        if up.date() == down.date()
        else f"{down:%H:%M}–{up:%H:%M %d/%m/%Y}"
    )
    said = (
        f"Máy chủ văn phòng không lưu được gì {span} ngày {down:%d/%m/%Y} "
        f"({(up - down).seconds // 60} phút; cơ sở dữ liệu dừng): các xã vẫn phát, nhật ký và "
        "báo cáo của xã đến văn phòng khi máy chủ chạy lại, nên có thể đến muộn"
    )
    month = f"{down:%m/%Y}"
    page = text(html.unescape(officer.get(f"/?month={month}").text))
    assert f"Máy chủ văn phòng dừng trong tháng 1 {said}" in page, page
    assert "Tân Lập mất liên lạc" not in page, page
    pdf = tmp_path / "bc.pdf"
    pdf.write_bytes(officer.client.get(f"/report.pdf?month={month}").data)
    words = " ".join(pdf_text(pdf).split())
    assert f"{said}." in words, words
    assert "Tân Lập: mất liên lạc" not in words, words


def test_an_outage_across_midnight_or_days_names_each_end_s_day_at_every_door(
    vietnamese: None,
) -> None:
    """v30review: w30office made the month say an outage across midnight with the day of each
    end and nine days as "9 ngày 1 giờ"; the station list (console, `office station list`)
    and an emergency's line still said "23:50–00:10 02/12/2026 01/12/2026" (which day is
    whose?) and "217 giờ". One way everywhere: the pages in their language, the month in
    Vietnamese whatever the process speaks."""
    night = (datetime(2026, 12, 1, 23, 50, tzinfo=OFFICE_ZONE),
             datetime(2026, 12, 2, 0, 10, tzinfo=OFFICE_ZONE))  # fmt: skip
    days = (datetime(2026, 10, 25, 8, tzinfo=OFFICE_ZONE),
            datetime(2026, 11, 3, 9, tzinfo=OFFICE_ZONE))  # fmt: skip
    listed = "Trong 24 giờ qua đài đã mất liên lạc với văn phòng, nay đã liên lạc lại: {}."
    assert fleet.cut_off_said([night], night[1] + timedelta(hours=1)) == listed.format(
        "23:50 01/12/2026 – 00:10 02/12/2026 (20 phút)")  # fmt: skip
    assert fleet.cut_off_said([days], days[1] + timedelta(hours=1)) == listed.format(
        "08:00 25/10/2026 – 09:00 03/11/2026 (9 ngày 1 giờ)")  # fmt: skip
    for day in (night[0].date(), night[1].date()):  # the emergency's day, either end's
        said = fleet.silence_text(night, day)
        assert said == "mất liên lạc 23:50 01/12/2026 – 00:10 02/12/2026", said
    same_day = (night[0] - timedelta(minutes=20), night[0])
    assert fleet.silence_text(same_day, night[0].date()) == "mất liên lạc 23:30–23:50"
    assert fleet.quiet_text(*days).endswith(" (9 ngày 1 giờ)"), fleet.quiet_text(*days)
    i18n.use_language("en")  # the month's report speaks Vietnamese all the same
    assert CutOff(days).said == ("mất liên lạc với văn phòng từ 08:00 ngày 25/10/2026 đến "
                                 "09:00 ngày 03/11/2026 (9 ngày 1 giờ)")  # fmt: skip
    assert CutOff(night).said == ("mất liên lạc với văn phòng từ 23:50 ngày 01/12/2026 đến "
                                  "00:10 ngày 02/12/2026 (20 phút)")  # fmt: skip
    assert office_outage_said((*night, heartbeat.DATABASE_DOWN)).startswith(
        "Máy chủ văn phòng không lưu được gì từ 23:50 ngày 01/12/2026 đến 00:10 ngày "
        "02/12/2026 (20 phút; cơ sở dữ liệu dừng): ")  # fmt: skip
    cut_off = fleet.cut_off_said([days], days[1])
    assert cut_off is not None and cut_off.endswith("(9 d 1 h)."), cut_off
    brief = (night[0], night[0] + timedelta(seconds=50))  # the office's shortest outage: 45 s
    assert office_outage_said((*brief, heartbeat.SERVE_STOPPED)).startswith(
        "Máy chủ văn phòng dừng 23:50–23:50 ngày 01/12/2026 (50 giây): "
    )  # not "0 phút"
