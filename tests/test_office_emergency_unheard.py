"""An office emergency a station played out only into a file (no loudspeaker played it) is
not aired at the office: its page, `office emergency status`, the list and the month's
report say so and count it on the not-aired side, whether the station says so in its report
or, an older one, reports "aired" and only its pushed log's sink says it (w30emerg). Real
stations, Mosquitto, PostgreSQL and the collector (tests/province.py)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
from conftest import CARD
from province import Province
from test_office_emergencies import mai, on_console, pushed, status

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
