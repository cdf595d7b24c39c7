"""An office emergency a station played out only into a file (no loudspeaker played it) is
not aired at the office: its page, `office emergency status`, the list and the month's
report say so and count it on the not-aired side, whether the station says so in its report
or, an older one, reports "aired" and only its pushed log's sink says it (w30emerg). Real
stations, Mosquitto, PostgreSQL and the collector (tests/province.py)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from conftest import CARD, make_tone
from province import Province
from servers import Postgres
from test_office_emergencies import (
    cancel,
    emergency_airings,
    late_office,
    list_line,
    mai,
    on_console,
    pushed,
    sent_alone_to_each,
    status,
    status_lines,
)

from broadcaster import upstream_emergency
from broadcaster.identity import identity
from broadcaster.station import Station
from common.mqtt import status_topic
from office import OFFICE_ZONE, emergency
from office.db import open_office
from office.desk import Office
from office.report import emergencies_not_aired

INTO_A_FILE = "chỉ ghi ra tệp, loa không phát"
"""The station's own report's words for an airing only a file took (audio_out ONLY_TO_A_FILE)."""
FLOOD = "Khẩn cấp: lũ quét ở thôn 3, sơ tán ngay."


@pytest.fixture(autouse=True)
def _in_vietnamese(vietnamese: None) -> None:
    """Chị Mai reads the office in Vietnamese."""


@pytest.fixture
def stations(province: Province) -> Iterator[dict[str, str]]:
    """Commune → key: Tân Lập with its loudspeakers (the card's stand-in), Hòa Bình with
    none (its sink writes a WAV into a folder)."""
    yield {
        name: identity(province.commune(name, "ven-song", poll_s=1)).key_id
        for name in ("Xã Tân Lập", "Xã Hòa Bình")
    }


def not_aired_when_over(province: Province, sent: emergency.Sent) -> dict[str, int]:
    """Key → the month's "Tin khẩn cấp chưa phát", once the emergency is over."""
    start = sent.valid_until - timedelta(days=1)
    with open_office(province.dsn) as conn:
        return emergencies_not_aired(conn, start, sent.valid_until, sent.valid_until)


def month_line(province: Province, sent: emergency.Sent, commune: str) -> tuple[int, int]:
    """(Tin khẩn cấp đã phát, chưa phát) of `commune` in the month's report, read after the
    emergency ended."""
    month = f"{sent.valid_until.astimezone(OFFICE_ZONE):%m/%Y}"
    after = sent.valid_until + timedelta(minutes=1)
    with Office.open(province.dsn, clock=lambda: after) as desk:
        report = desk.report(month)
    [line] = [line for line in report.communes if line.commune == commune]
    return line.emergencies, line.emergencies_missed


def test_an_emergency_played_only_into_a_file_is_said_so_and_counted_not_aired(
    province: Province, stations: dict[str, str]
) -> None:
    """Hòa Bình's station writes the emergency into a file: it tells the office "unheard",
    and the office says so in its words (the station's report's), not "đã phát", counts it
    among those that have not aired it on the list and in the month, while Tân Lập, which
    played it on its loudspeakers, aired it."""
    with open_office(province.dsn) as conn:
        sent = emergency.send(conn, province.keys, province.repository.root_dir,
                              datetime.now(UTC), text=FLOOD)  # fmt: skip
    province.start(province.work / "Xã Tân Lập", CARD)
    daemon = province.start(province.work / "Xã Hòa Bình", f"file:{province.work / 'ra-tep'}")
    daemon.expect(r"#\d+ aired, not to the loudspeakers \(written to .*/ra-tep/")
    province.wait_for_states(sent.id, {"Xã Tân Lập": "aired", "Xã Hòa Bình": "unheard"})
    said = status(province, sent.id)
    [tan_lap] = [line for line in said.splitlines() if line.startswith("Xã Tân Lập ")]
    [hoa_binh] = [line for line in said.splitlines() if line.startswith("Xã Hòa Bình ")]
    assert "đã phát lúc" in tan_lap, said
    assert INTO_A_FILE in hoa_binh and "đã phát" not in hoa_binh.replace(INTO_A_FILE, ""), said
    listed = mai("office", "emergency", "--db", province.dsn, "list").stdout
    assert "1/2 đài đã phát" in listed, listed
    page, console_list = on_console(province, f"/emergencies/{sent.id}", "/emergencies/")
    assert INTO_A_FILE in page, page
    assert "1/2 đài đã phát" in console_list, console_list
    pushed(province, sent.id, "aired")  # its log: the row aired, into a file
    missed = not_aired_when_over(province, sent)
    assert missed.get(stations["Xã Hòa Bình"]) == 1 and stations["Xã Tân Lập"] not in missed
    assert month_line(province, sent, "Xã Hòa Bình") == (0, 1)
    assert month_line(province, sent, "Xã Tân Lập") == (1, 0)


def test_an_older_station_s_aired_into_a_file_is_read_from_its_pushed_log(
    province: Province, stations: dict[str, str]
) -> None:
    """A station older than the "unheard" report tells the office "aired" whatever its sink
    (the message, its signature and its checks are the same): the office takes the report,
    and its pushed log's sink, a file, says the loudspeakers did not play it."""
    root = province.work / "Xã Hòa Bình"
    province.broker.stop()  # its own report cannot come: the older one's is sent below
    with open_office(province.dsn) as conn:
        sent = emergency.send(conn, province.keys, province.repository.root_dir,
                              datetime.now(UTC), text=FLOOD)  # fmt: skip
    daemon = province.start(root, f"file:{province.work / 'ra-tep'}")
    daemon.expect(r"#\d+ aired, not to the loudspeakers", timeout=60)
    pushed(province, sent.id, "aired")
    older = upstream_emergency.report(Station.open(root), sent.id, "aired", None)
    key = stations["Xã Hòa Bình"]
    with open_office(province.dsn) as conn:
        assert emergency.record_report(conn, status_topic(key), older, datetime.now(UTC)) is None
    assert province.states(sent.id)["Xã Hòa Bình"] == "aired"  # as it reported
    [hoa_binh] = [line for line in status(province, sent.id).splitlines()
                  if line.startswith("Xã Hòa Bình ")]  # fmt: skip
    assert INTO_A_FILE in hoa_binh and "đã phát" not in hoa_binh.replace(INTO_A_FILE, "")
    assert not_aired_when_over(province, sent).get(key) == 1
    assert month_line(province, sent, "Xã Hòa Bình") == (0, 1)


WRITING = "đang ghi ra tệp, loa không phát"
"""The office's words for a commune whose station is playing the emergency out where no
loudspeaker is (emergency.UNHEARD_ON_AIR)."""


def test_while_a_station_writes_the_emergency_into_a_file_no_page_says_it_is_on_air(
    province: Province, tmp_path: Path
) -> None:
    """w31office (session 30, left): while Hòa Bình's station, without loudspeakers, played
    the emergency out, the office said "đang phát", and a cancel then read "Đang phát khi hủy"
    as if its listeners had heard part of it. Its station now says it is writing it where no
    loudspeaker is: every door says so, counts it not aired, and the cancel says no commune
    aired it; the airing the cancel cuts is not "bị ngắt giữa chừng khi hủy" either."""
    root = province.commune("Xã Hòa Bình", "ven-song")
    daemon = province.start(root, "null")  # paced: two minutes out into nothing
    daemon.expect(r"Broker: connected")
    long = make_tone(tmp_path / "dai.wav", 60)  # aired twice: two minutes
    with open_office(province.dsn) as conn:
        sent = emergency.send(conn, province.keys, province.repository.root_dir,
                              datetime.now(UTC), audio=long)  # fmt: skip
    daemon.expect(r"On air: #1 EMERGENCY, .*: no loudspeaker \(test mode", timeout=60)
    province.wait_for_states(sent.id, {"Xã Hòa Bình": emergency.UNHEARD_ON_AIR})
    said = status(province, sent.id)
    [line] = [line for line in said.splitlines() if line.startswith("Xã Hòa Bình ")]
    assert WRITING in line and "đang phát" not in line.replace(WRITING, ""), said
    page, listed = on_console(province, f"/emergencies/{sent.id}", "/emergencies/")
    assert WRITING in page and "đang phát" not in page.replace(WRITING, "").lower(), page
    assert "0/1 đài đã phát" in listed, listed
    done = cancel(province, sent.id, "--yes")
    assert done.exit_code == 0, done.stderr
    assert "Đang phát khi hủy" not in done.stdout, done.stdout
    assert "chưa nhận tin xã nào đã phát tin này" in done.stdout, done.stdout
    daemon.expect(r"#1 partly aired, not to the loudspeakers", timeout=30)
    province.wait_for_states(sent.id, {"Xã Hòa Bình": emergency.UNHEARD})
    said = status(province, sent.id)
    assert "Chưa xã nào phát tin này trước khi hủy" in said, said
    assert "ngắt giữa chừng" not in said and "Đã phát trước khi hủy" not in said, said
    [listed] = on_console(province, "/emergencies/")
    assert "0/1 đài đã phát" in listed and "ngắt giữa chừng" not in listed, listed


def test_a_separate_send_cancelled_after_it_played_only_into_a_file_reached_no_one(
    postgres: Postgres, tmp_path: Path
) -> None:
    """w31office (session 30, left): Mai sent the emergency to all to Hà Châu alone, its
    station wrote it into a file, and she cancelled that send: the emergency to all counted
    Hà Châu as reached "qua tin gửi riêng" (its log said aired, its report had an on-air
    time), so `office serve` would never send it there. A file-only airing reaches no one:
    Hà Châu is not sent yet, and serve sends it. Phú Mỹ's loudspeakers played it: reached."""
    dsn, conn, now, keys, repo = late_office(postgres, tmp_path)
    issued, message, alone, phú_mỹ = sent_alone_to_each(conn, now, keys, repo, emergency.UNHEARD)
    emergency_airings(conn, alone, [("k3", 3, "aired")], sink="file:/srv/dai/ra-tep")
    emergency_airings(conn, phú_mỹ, [("k4", 3, "aired")])
    for send in (alone, phú_mỹ):
        emergency.cancel(conn, keys, repo, issued + timedelta(minutes=4), send, "mai")
    lines = status_lines(dsn, message)
    assert "chưa gửi tới" in lines["Xã Hà Châu"] and alone not in lines["Xã Hà Châu"], lines
    assert f"(qua tin gửi riêng {phú_mỹ})" in lines["Xã Phú Mỹ"], lines
    assert "chưa gửi tới 1 đài" in list_line(dsn, message)
    assert emergency.extend_to_approved(conn, keys, repo, now) == [(message, ["k3"])]
