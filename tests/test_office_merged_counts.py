"""A commune merged from two (2025) keeps both loudspeaker systems: two stations, one commune
(w28mend 4). `office aired` counted each station as a commune ("2 xã đã phát" of one
commune), as did `office report`'s line; now they count communes as the month page does (a
notice aired in Tân Sơn once both its stations aired it, "1/2 đài" while one has), and list
the stations under their commune; the report's section I, a line per station, says which
lines are one commune's. Real PostgreSQL (the session's), in-process commands."""

from __future__ import annotations

import json
import re
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from openpyxl import load_workbook
from servers import Postgres
from test_office_desk import Desk, mai, make_desk, station_row
from test_office_merge import office, with_son_thuy
from test_office_quiet import logged

from office import OFFICE_ZONE
from office.db import open_office
from office.desk import Office

FLOOD = {"announcement_id": "lu-1", "campaign": "lu-ven-song", "title": "Cảnh báo lũ",
         "upstream_version": 1}  # fmt: skip
MERGED = datetime(2026, 11, 1, 13, 2, tzinfo=OFFICE_ZONE)
NEVER_SENT = "đài của xã chưa gửi nhật ký về văn phòng lần nào"
ONE, TWO = "1 lượt phát", "2 lượt phát"


@pytest.fixture(autouse=True)
def _in_vietnamese(vietnamese: None) -> None:
    """Mai's machine speaks Vietnamese."""


def tan_son(postgres: Postgres, tmp_path: Path) -> tuple[Desk, str, dict[str, str]]:
    """Mai's office with Sơn Thủy and Tân Lập merged into Tân Sơn at MERGED, both stations
    kept: the desk, Sơn Thủy's code, and each station's key id by its code."""
    desk, son_thuy = with_son_thuy(postgres, tmp_path, "ven-song")
    with Office.open(desk.dsn, clock=lambda: MERGED) as at_merge:
        at_merge.rename(son_thuy, "Tân Sơn")
        at_merge.rename(desk.tan_lap, "Tân Sơn")
    with open_office(desk.dsn) as conn:
        return desk, son_thuy, dict(conn.execute("SELECT fingerprint, key_id FROM stations"))


def test_a_commune_on_two_stations_aired_a_notice_once_both_did_and_is_counted_once(
    postgres: Postgres, tmp_path: Path
) -> None:
    desk, son_thuy = with_son_thuy(postgres, tmp_path, "ven-song")
    with Office.open(desk.dsn, clock=lambda: MERGED) as at_merge:
        at_merge.rename(son_thuy, "Tân Sơn")
        at_merge.rename(desk.tan_lap, "Tân Sơn")
    # each by its station's own name (w31office)
    st = "Tân Sơn (Đài truyền thanh xã Sơn Thủy) (trước đây: Sơn Thủy)"
    tl = "Tân Sơn (Đài truyền thanh xã Tân Lập) (trước đây: Tân Lập)"
    with open_office(desk.dsn) as conn:
        keys: dict[str, str] = dict(conn.execute("SELECT fingerprint, key_id FROM stations"))
        logged(conn, keys[son_thuy], [{"status": "aired", "started_at": MERGED + timedelta(
            days=2, hours=hours)} for hours in (1, 2)], FLOOD)  # fmt: skip
    one = office(desk, "aired", "lu-1")
    assert one[1:] == [
        "Tân Sơn (2 đài):",
        f"  {st:26} v1   {TWO:>12}, Thứ Ba 03/11/2026 14:02 – Thứ Ba 03/11/2026 15:02",
        f"0 xã đã phát lu-1; 2 xã chưa phát: Hòa Bình ({NEVER_SENT}), Tân Sơn (1/2 đài đã phát; "
        f"chưa phát: {tl} ({NEVER_SENT}))",
    ], one

    with open_office(desk.dsn) as conn:
        logged(conn, keys[desk.tan_lap], [{"status": "aired", "started_at": MERGED + timedelta(
            days=3)}], FLOOD)  # fmt: skip
    both = office(desk, "aired", "lu-1")
    stations = sorted([  # by the station's code, as every list orders them
        f"  {st:26} v1   {TWO:>12}, Thứ Ba 03/11/2026 14:02 – Thứ Ba 03/11/2026 15:02",
        f"  {tl:26} v1   {ONE:>12}, Thứ Tư 04/11/2026 13:02 – Thứ Tư 04/11/2026 13:02",
    ])  # fmt: skip
    assert both[1:] == [
        "Tân Sơn (2 đài):", *stations,
        f"1 xã đã phát lu-1; 1 xã chưa phát: Hòa Bình ({NEVER_SENT})",
    ], both  # fmt: skip
    listed = json.loads("\n".join(office(desk, "aired", "lu-1", "--json")))
    assert listed["communes"] == {
        "aired": ["Tân Sơn"], "not_aired": ["Hòa Bình"], "why": {"Hòa Bình": NEVER_SENT},
        "stations": {st: "Tân Sơn", tl: "Tân Sơn"},
    }  # fmt: skip
    assert [line["commune"] for line in listed["aired"]] == sorted([st, tl])  # each station's

    sheet = tmp_path / "thang-11.xlsx"
    said = mai("office", "report", "--month", "11/2026", "-o", str(sheet), "--db", desk.dsn)
    assert said.exit_code == 0, said.stderr
    assert said.stdout.startswith(f"{sheet}: 2 xã với 3 đài, tháng 11/2026; "), said.stdout
    book = load_workbook(sheet)
    first = [str(c) for row in book.worksheets[0].iter_rows(values_only=True) for c in row if c]
    lines = "; ".join(sorted([st, tl]))  # section I: a line each, said to be one commune's
    assert f"Xã Tân Sơn có 2 đài truyền thanh (sáp nhập), mỗi đài một dòng: {lines}." in " ".join(
        first
    ), first
    unaired = [row for row in book["Chưa phát"].iter_rows(values_only=True) if "lu-1" in str(row)
               or "Cảnh báo lũ" in str(row)]  # fmt: skip
    assert [(row[3], row[4]) for row in unaired] == [(2, f"Hòa Bình ({NEVER_SENT})")], unaired


def test_a_month_before_the_merge_counts_the_communes_it_had(
    postgres: Postgres, tmp_path: Path
) -> None:
    """v28review: the office grouped a period's stations by the communes they have today, so
    October's report, printed again after Sơn Thủy and Tân Lập were merged into Tân Sơn on 1
    November, said "2 xã với 3 đài" of a month that had three communes, and `office aired`
    said Tân Sơn had not aired a notice that Sơn Thủy aired. A period counts the communes
    its stations had at its end: two communes in October, one from November."""
    desk, son_thuy = with_son_thuy(postgres, tmp_path, "ven-song")
    with open_office(desk.dsn) as conn:
        keys: dict[str, str] = dict(conn.execute("SELECT fingerprint, key_id FROM stations"))
        logged(conn, keys[son_thuy], [{"status": "aired", "started_at": MERGED - timedelta(
            days=10)}], FLOOD)  # fmt: skip
    with Office.open(desk.dsn, clock=lambda: MERGED) as at_merge:
        at_merge.rename(son_thuy, "Tân Sơn")
        at_merge.rename(desk.tan_lap, "Tân Sơn")
    sheet = tmp_path / "thang-10.xlsx"
    said = mai("office", "report", "--month", "10/2026", "-o", str(sheet), "--db", desk.dsn)
    assert said.exit_code == 0, said.stderr
    assert said.stdout.startswith(f"{sheet}: 3 xã, tháng 10/2026"), said.stdout
    first = [str(c) for row in load_workbook(sheet).worksheets[0].iter_rows(values_only=True)
             for c in row if c]  # fmt: skip
    assert "sáp nhập" not in " ".join(first), first
    november = tmp_path / "thang-11.xlsx"
    said = mai("office", "report", "--month", "11/2026", "-o", str(november), "--db", desk.dsn)
    assert said.stdout.startswith(f"{november}: 2 xã với 3 đài, tháng 11/2026"), said.stdout


RETIRED = datetime(2026, 12, 1, 10, tzinfo=OFFICE_ZONE)


def reported(dsn: str, month: str, folder: Path) -> tuple[str, str]:
    """`office report --month MONTH` into an XLSX: the line it prints (without the file's
    name), and its first sheet's text."""
    sheet = folder / f"thang-{month.replace('/', '-')}.xlsx"
    said = mai("office", "report", "--month", month, "-o", str(sheet), "--db", dsn)
    assert said.exit_code == 0, said.stderr
    first = " ".join(str(c) for row in load_workbook(sheet).worksheets[0].iter_rows(
        values_only=True) for c in row if c)  # fmt: skip
    return said.stdout.removeprefix(f"{sheet}: "), first


def test_a_month_printed_again_after_a_station_was_retired_counts_it_with_its_commune(
    postgres: Postgres, tmp_path: Path
) -> None:
    """w29office: the office grouped a period's merged communes by the stations in service
    now, so November's report printed again in December, once Tân Sơn kept one station and
    Sơn Thủy's was retired, counted that station as a commune of its own ("3 xã"), and
    `office aired` did not list it under Tân Sơn. A period counts the stations in service
    during it: November's Tân Sơn had two, as had December's (Sơn Thủy's until 10:00 on the
    1st: w30period, it has its line)."""
    desk, son_thuy, keys = tan_son(postgres, tmp_path)
    with open_office(desk.dsn) as conn:
        for fingerprint, days in ((son_thuy, 2), (desk.tan_lap, 3)):
            logged(conn, keys[fingerprint], [{"status": "aired", "started_at": MERGED + timedelta(
                days=days)}], FLOOD)  # fmt: skip
    with Office.open(desk.dsn, clock=lambda: RETIRED) as at_retiring:
        at_retiring.revoke(son_thuy, "Nguyễn Thị Mai", "Sáp nhập vào xã Tân Sơn",
                           write_broker=False, retired=True)  # fmt: skip

    said, first = reported(desk.dsn, "11/2026", tmp_path)
    assert said.startswith("2 xã với 3 đài, tháng 11/2026; "), said
    st = "Tân Sơn (trước đây: Sơn Thủy; đã thôi hoạt động ngày 01/12/2026)"
    tl = "Tân Sơn (trước đây: Tân Lập)"
    assert f"Xã Tân Sơn có 2 đài truyền thanh (sáp nhập), mỗi đài một dòng: {st}; {tl}." in (
        first), first  # fmt: skip

    aired = office(desk, "aired", "lu-1", "--month", "11/2026")
    assert aired[1] == "Tân Sơn (2 đài):" and len(aired) == 5, aired
    assert aired[-1] == f"1 xã đã phát lu-1; 1 xã chưa phát: Hòa Bình ({NEVER_SENT})", aired

    said, first = reported(desk.dsn, "12/2026", tmp_path)  # in service until 10:00 on the 1st
    assert said.startswith("2 xã với 3 đài, tháng 12/2026; "), said
    assert "Tân Sơn (đã thôi hoạt động ngày 01/12/2026)" in first, first


def test_a_month_a_station_changed_its_key_counts_it_once(
    postgres: Postgres, tmp_path: Path
) -> None:
    """w29office: Tân Lập's computer was stolen on 10 November; its new key continues the log
    (`enrol --new-key`). Section I has a line for each key, as it must (each key's airings),
    but the report's line counted the old key's as a commune of its own: "3 xã" of Tân Lập
    and Hòa Bình. One log is one station of one commune."""
    desk = make_desk(postgres, tmp_path)
    stolen = datetime(2026, 11, 10, 9, tzinfo=OFFICE_ZONE)
    with open_office(desk.dsn) as conn:
        keys: dict[str, str] = dict(conn.execute("SELECT fingerprint, key_id FROM stations"))
        old = keys[desk.tan_lap]
        logged(conn, old, [{"status": "aired", "started_at": stolen - timedelta(days=2)}], FLOOD)
        conn.execute("UPDATE stations SET revoked_at = %s, revoked_by = 'Nguyễn Thị Mai', "
                     "revoked_reason = 'Bị mất trộm' WHERE key_id = %s", [stolen, old])  # fmt: skip
        new = station_row(conn, "Tân Lập", "ven-song")
        conn.execute("UPDATE stations SET log_key = %s WHERE fingerprint = %s", [old, new])
        [(key,)] = conn.execute("SELECT key_id FROM stations WHERE fingerprint = %s", [new])
        logged(conn, key, [{"status": "aired", "started_at": stolen + timedelta(days=2)}], FLOOD)
    said, first = reported(desk.dsn, "11/2026", tmp_path)
    assert said.startswith("2 xã, tháng 11/2026; "), said
    assert "Tân Lập (đã thu hồi ngày 10/11/2026)" in first and "sáp nhập" not in first, first


def test_a_month_printed_again_leaves_out_a_station_approved_after_it(
    postgres: Postgres, tmp_path: Path
) -> None:
    """v29review: October's report printed in December listed Phú Mỹ, approved on 20
    November, as a commune that aired nothing in October ("3 xã", its line all zeros): the
    province office reads that as a commune that failed to air. A station approved after the
    period that logged nothing in it is no commune of it; one whose log reaches back into it
    (it aired before the office approved it) keeps its line."""
    desk = make_desk(postgres, tmp_path)
    approved = datetime(2026, 11, 20, 9, tzinfo=OFFICE_ZONE)
    with open_office(desk.dsn) as conn:
        late = [station_row(conn, commune, "ven-song") for commune in ("Phú Mỹ", "An Khánh")]
        conn.execute("UPDATE stations SET enrolled_at = %s, approved_at = %s "
                     "WHERE fingerprint = ANY(%s)", [approved, approved, late])  # fmt: skip
        [(an_khanh,)] = conn.execute("SELECT key_id FROM stations WHERE fingerprint = %s",
                                     [late[1]])  # fmt: skip
        logged(conn, an_khanh, [{"status": "aired", "started_at": datetime(
            2026, 10, 15, 7, tzinfo=OFFICE_ZONE)}], FLOOD)  # fmt: skip
    said, first = reported(desk.dsn, "10/2026", tmp_path)
    assert said.startswith("3 xã, tháng 10/2026; "), said
    assert "Phú Mỹ" not in first and "An Khánh" in first, first
    said, first = reported(desk.dsn, "11/2026", tmp_path)
    assert said.startswith("4 xã, tháng 11/2026; "), said
    assert "Phú Mỹ" in first, first
    aired = "\n".join(office(desk, "aired", "lu-1", "--month", "10/2026"))
    assert "An Khánh" in aired and "Phú Mỹ" not in aired, aired
    assert "Phú Mỹ" in "\n".join(office(desk, "aired", "lu-1", "--month", "11/2026"))


def with_a_second_tan_lap(
    postgres: Postgres, tmp_path: Path, approved: datetime
) -> tuple[Desk, str]:
    """Mai's office, Tân Lập having aired lu-1 on 15 October, and the code of a second station
    of Tân Lập's (another loudspeaker system) approved at `approved`."""
    desk = make_desk(postgres, tmp_path)
    with open_office(desk.dsn) as conn:
        keys: dict[str, str] = dict(conn.execute("SELECT fingerprint, key_id FROM stations"))
        logged(conn, keys[desk.tan_lap], [{"status": "aired", "started_at": datetime(
            2026, 10, 15, 7, tzinfo=OFFICE_ZONE)}], FLOOD)  # fmt: skip
        return desk, station_row(conn, "Tân Lập", "ven-song", at=approved)


def test_a_commune_s_second_station_enrolled_later_is_not_counted_before_it(
    postgres: Postgres, tmp_path: Path
) -> None:
    """w30office 2: Tân Lập kept one station until 20 November, when a second loudspeaker
    system's station was approved for it. `office aired` said October's Tân Lập was "Tân
    Lập (2 đài)", and the report that it had two stations: a commune's stations are those in
    service during the period reported."""
    approved = datetime(2026, 11, 20, 9, tzinfo=OFFICE_ZONE)
    desk, second = with_a_second_tan_lap(postgres, tmp_path, approved)
    october = office(desk, "aired", "lu-1", "--month", "10/2026")
    assert not [line for line in october if "(2 đài)" in line or "1/2 đài" in line], october
    assert any(line.startswith("1 xã đã phát lu-1; 1 xã chưa phát: Hòa Bình") for line in
               october), october  # fmt: skip
    said, first = reported(desk.dsn, "10/2026", tmp_path)
    assert said.startswith("2 xã, tháng 10/2026; "), said
    assert "sáp nhập" not in first and second[:5] not in first, first
    november = office(desk, "aired", "lu-1", "--month", "11/2026")
    assert "Tân Lập (cả 2 đài của xã đều chưa phát" in november[1], november
    said, first = reported(desk.dsn, "11/2026", tmp_path)
    assert said.startswith("2 xã với 3 đài, tháng 11/2026; "), said


def test_a_station_approved_after_the_month_keeps_its_line_for_its_outage_in_it(
    postgres: Postgres, tmp_path: Path
) -> None:
    """w30office 3: Phú Mỹ's station, approved on 3 November, was cut off from the office
    from 25 October until its first push on 3 November. October's report printed again left
    it out (v29review: approved after the month, nothing logged in it), and with it the only
    thing the office recorded of it then: its outage. A station approved after the period
    keeps its line when its log or an outage reaches into the period."""
    desk = make_desk(postgres, tmp_path)
    approved = datetime(2026, 11, 3, 9, tzinfo=OFFICE_ZONE)
    cut = (datetime(2026, 10, 25, 8, tzinfo=OFFICE_ZONE), approved)
    with open_office(desk.dsn) as conn:
        phu_my = station_row(conn, "Phú Mỹ", "ven-song", at=approved)
        [(key,)] = conn.execute("SELECT key_id FROM stations WHERE fingerprint = %s", [phu_my])
        conn.execute("INSERT INTO station_silences (key_id, since, until) VALUES (%s, %s, %s)",
                     [key, *cut])  # fmt: skip
    said, first = reported(desk.dsn, "10/2026", tmp_path)
    assert said.startswith("3 xã, tháng 10/2026; "), said
    assert "Phú Mỹ" in first and (
        "mất liên lạc với văn phòng từ 08:00 ngày 25/10/2026 đến 09:00 ngày 03/11/2026 (9 ngày "
        "1 giờ)") in first, first  # fmt: skip
    said, first = reported(desk.dsn, "9/2026", tmp_path)  # nothing of it in September
    assert said.startswith("2 xã, tháng 09/2026; ") and "Phú Mỹ" not in first, (said, first)
    with open_office(desk.dsn) as conn:  # Phú Mỹ's is Tân Lập's second loudspeaker system
        conn.execute("UPDATE stations SET commune = 'Tân Lập' WHERE key_id = %s", [key])
    said, first = reported(desk.dsn, "10/2026", tmp_path)  # one commune's, not a third
    assert said.startswith("2 xã với 3 đài, tháng 10/2026; "), said


def three_doors(desk: Desk, month: str, folder: Path) -> tuple[str, str, list[str]]:
    """What the month's report prints, its first sheet, and `office aired lu-1 --month`: the
    three places that say which stations a period had (w30period: one rule for them all)."""
    said, first = reported(desk.dsn, month, folder)
    return said, first, office(desk, "aired", "lu-1", "--month", month)


def test_a_second_station_approved_after_the_month_with_an_outage_in_it_counts_at_every_door(
    postgres: Postgres, tmp_path: Path
) -> None:
    """v30review: Tân Lập's second station, approved on 3 November, was cut off from the office
    from 25 October. October's report listed it and said "2 xã với 3 đài", while `office aired
    --month 10/2026` printed "Tân Lập (2 đài):" over Tân Lập's one line and counted Tân Lập
    aired: it left the second station out of the commune's stations. Both go by the period's
    stations now: Tân Lập has not aired lu-1 in October, one of its two stations has."""
    approved = datetime(2026, 11, 3, 9, tzinfo=OFFICE_ZONE)
    desk, second = with_a_second_tan_lap(postgres, tmp_path, approved)
    with open_office(desk.dsn) as conn:
        conn.execute("INSERT INTO station_silences (key_id, since, until) SELECT key_id, %s, %s "
                     "FROM stations WHERE fingerprint = %s",
                     [datetime(2026, 10, 25, 8, tzinfo=OFFICE_ZONE), approved, second])  # fmt: skip
    said, first, aired = three_doors(desk, "10/2026", tmp_path)
    assert said.startswith("2 xã với 3 đài, tháng 10/2026; "), said
    assert "Xã Tân Lập có 2 đài truyền thanh (sáp nhập)" in first, first
    assert aired[1] == "Tân Lập (2 đài):" and aired[2].startswith(f"  Tân Lập {desk.tan_lap[:5]}")
    assert aired[3].startswith(f"0 xã đã phát lu-1; 2 xã chưa phát: Hòa Bình ({NEVER_SENT}), "
                               f"Tân Lập (1/2 đài đã phát; chưa phát: Tân Lập {second[:5]} ("
                               ), aired  # fmt: skip
    said, first, aired = three_doors(desk, "9/2026", tmp_path)  # nothing of it in September
    assert said.startswith("2 xã, tháng 09/2026; ") and second[:5] not in first, (said, first)
    assert not [line for line in aired if line.endswith(" đài):") or "/2 đài" in line], aired


def test_a_station_retired_in_the_month_that_logged_nothing_has_its_line_at_every_door(
    postgres: Postgres, tmp_path: Path
) -> None:
    """v30review: Sơn Thủy's station, one of merged Tân Sơn's two, was retired on 10 November
    having logged nothing in it. November's report counted it with Tân Sơn ("2 xã với 3 đài")
    but gave it no line, and `office aired` printed "Tân Sơn (2 đài):" over one station and
    said Tân Sơn aired lu-1. It was in service in November: a line (retired, nothing aired),
    and Tân Sơn's count and `office aired` say one of its two stations aired lu-1."""
    desk, son_thuy, keys = tan_son(postgres, tmp_path)
    with open_office(desk.dsn) as conn:
        logged(conn, keys[desk.tan_lap], [{"status": "aired", "started_at": MERGED + timedelta(
            days=3)}], FLOOD)  # fmt: skip
    with Office.open(desk.dsn, clock=lambda: MERGED + timedelta(days=9)) as at_retiring:
        at_retiring.revoke(son_thuy, "Nguyễn Thị Mai", "Sáp nhập vào xã Tân Sơn",
                           write_broker=False, retired=True)  # fmt: skip
    said, first, aired = three_doors(desk, "11/2026", tmp_path)
    assert said.startswith("2 xã với 3 đài, tháng 11/2026; "), said
    st = "Tân Sơn (trước đây: Sơn Thủy; đã thôi hoạt động ngày 10/11/2026)"
    assert f"Xã Tân Sơn có 2 đài truyền thanh (sáp nhập), mỗi đài một dòng: {st}; " in first, first
    assert aired[1] == "Tân Sơn (2 đài):" and len(aired) == 4, aired
    assert aired[3].startswith(f"0 xã đã phát lu-1; 2 xã chưa phát: Hòa Bình ({NEVER_SENT}), "
                               "Tân Sơn (1/2 đài đã phát; chưa phát: Tân Sơn (trước đây: Sơn "
                               "Thủy; đã thôi hoạt động)"), aired  # fmt: skip
    said, first, aired = three_doors(desk, "12/2026", tmp_path)
    assert said.startswith("2 xã, tháng 12/2026; ") and "Sơn Thủy" not in first, (said, first)
    assert not [line for line in aired if line.endswith(" đài):") or "/2 đài" in line], aired


def test_asked_of_no_month_a_station_retired_before_the_notice_is_none_of_its_commune_s(
    postgres: Postgres, tmp_path: Path
) -> None:
    """w30period: `office aired` asked of no month counted every station ever in service as
    its commune's ("Tân Sơn (2 đài):" over one line, Sơn Thủy's station retired on 10
    November, before lu-1 was published). With no month, the period is from the notice's
    publication: a station retired before had nothing to air."""
    desk, son_thuy, keys = tan_son(postgres, tmp_path)
    with Office.open(desk.dsn, clock=lambda: MERGED + timedelta(days=9)) as at_retiring:
        at_retiring.revoke(son_thuy, "Nguyễn Thị Mai", "Sáp nhập vào xã Tân Sơn",
                           write_broker=False, retired=True)  # fmt: skip
    with open_office(desk.dsn) as conn:
        conn.execute(
            "INSERT INTO campaigns (name, audience, notices, published_at) VALUES "
            "('lu-ven-song', NULL, '{lu-1}', %s)",
            [MERGED + timedelta(days=14)],
        )
        logged(conn, keys[desk.tan_lap], [{"status": "aired", "started_at": MERGED + timedelta(
            days=15)}], FLOOD)  # fmt: skip
    aired = office(desk, "aired", "lu-1")
    assert not [line for line in aired if line.endswith(" đài):") or "/2 đài" in line], aired
    assert aired[-1].startswith("1 xã đã phát lu-1; 1 xã chưa phát: Hòa Bình"), aired


def test_two_stations_of_one_commune_are_told_apart_by_their_names_at_every_door(
    postgres: Postgres, tmp_path: Path
) -> None:
    """w31office (session 30, left): Tân Lập's second loudspeaker system's station, enrolled
    as "Đài truyền thanh thôn Đông", was "Tân Lập 64539" in October's `office aired`, its
    month page and its XLSX and PDF: the first digits of a key, which no officer reads. Each
    is now named with its station's own name from its enrolment, the same at every door; two
    stations enrolled under one name keep the code (nothing else tells them apart)."""
    from test_office_reports import pdf_text
    from test_office_web import Officer, console_app, with_accounts

    approved = datetime(2026, 11, 3, 9, tzinfo=OFFICE_ZONE)
    desk, second = with_a_second_tan_lap(postgres, tmp_path, approved)
    with open_office(desk.dsn) as conn:
        conn.execute("UPDATE stations SET name = 'Đài truyền thanh thôn Đông' "
                     "WHERE fingerprint = %s", [second])  # fmt: skip
        conn.execute("INSERT INTO station_silences (key_id, since, until) SELECT key_id, %s, %s "
                     "FROM stations WHERE fingerprint = %s",
                     [datetime(2026, 10, 25, 8, tzinfo=OFFICE_ZONE), approved, second])  # fmt: skip
    east = "Tân Lập (Đài truyền thanh thôn Đông)"
    first_one = "Tân Lập (Đài truyền thanh xã Tân Lập)"
    said, sheet, aired = three_doors(desk, "10/2026", tmp_path)
    assert aired[2].startswith(f"  {first_one}") and f"chưa phát: {east} (" in aired[3], aired
    assert east in sheet and first_one in sheet, sheet
    with_accounts(desk.dsn)
    mai_ = Officer(console_app(desk.dsn))
    mai_.log_in("mai")
    page = " ".join(re.sub(r"<[^>]+>", " ", mai_.get("/?month=10/2026").text).split())
    (tmp_path / "thang.pdf").write_bytes(mai_.client.get("/report.pdf?month=10/2026").data)
    printed = " ".join(pdf_text(tmp_path / "thang.pdf").split())
    for door in (said, sheet, page, printed, *aired):  # a command still names a code
        named = re.sub(r"office station rename \d+", "", door)
        assert second[:5] not in named and desk.tan_lap[:5] not in named, door
    assert east in page and first_one in page, page
    assert "thôn Đông" in printed, printed  # its table may wrap the name
