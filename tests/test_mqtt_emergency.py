"""Emergencies from the office over MQTT (real Mosquitto with our configuration, real
collector and PostgreSQL, real station daemons on the null sink): they reach the communes
they are for and cut what is on air; the office follows each commune; forged, replayed,
expired and mistargeted messages are refused and logged; a broker that dies keeps what it
holds; a station away for the whole window is silent and airs nothing; the doorbell makes a
station sync at once, and polling works with no broker at all."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import airings, clock_in, query, runner_for
from province import Province, make_template, province_fixture
from servers import Postgres


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_template(tmp_path_factory.mktemp("template"))


@pytest.fixture
def province(tmp_path: Path, postgres: Postgres, template: Path) -> Iterator[Province]:
    yield from province_fixture(tmp_path, postgres, template)


def office(province: Province, *args: str, code: int = 0):  # type: ignore[no-untyped-def]
    return runner_for(province.work / "nowhere")(
        "office", "emergency", "--db", province.dsn, *args, code=code
    )


def send(province: Province, *args: str) -> str:
    out = office(province, "--keys", str(province.keys), "--repo",
                 str(province.repository.root_dir), *args).stdout  # fmt: skip
    return out.split()[1]  # "Emergency <id> sent to …"


def test_an_emergency_reaches_two_communes_and_cuts_what_is_on_air(province: Province) -> None:
    coast = province.commune("Xã Hải An", "ven biển")
    hills = province.commune("Xã Sơn Thủy", "miền núi")
    daemons = {}
    for root in (coast, hills):
        runner_for(root)("schedule", "add", "sang", "--at", clock_in(5), "--announce", "dai")
        daemons[root] = province.start(root)
    for daemon in daemons.values():
        daemon.expect(r"Broker: connected")
        daemon.expect(r"On air: #1 slot sang")
    message = send(province, "--text", "Bão số 3 đổ bộ, bà con vào nơi trú ẩn ngay.")
    for root, daemon in daemons.items():
        daemon.expect(rf"Emergency {message} from the office received \(mqtt\)")
        daemon.expect(r"#1 preempted")
        daemon.expect(r"On air: #2 EMERGENCY")
        daemon.expect(r"#2 aired", timeout=60)
        cut, urgent = airings(root)
        assert cut["status"] == "preempted"
        assert (urgent["trigger"], urgent["status"]) == ("upstream emergency", "aired")
        assert urgent["items"][0]["announcement_id"] == f"khan-cap-tren-{message}"
    province.wait_for_states(message, {"Xã Hải An": "aired", "Xã Sơn Thủy": "aired"})
    status = office(province, "status", message).stdout
    assert status.count("aired") == 3 and "aired 2" in status

    # for the coast only: the hills station refuses it, logs why, airs nothing
    coastal = send(province, "--text", "Triều cường, bà con ven biển chú ý.", "--to", "ven biển")
    daemons[coast].expect(rf"Emergency {coastal} from the office received")
    daemons[coast].expect(r"#3 aired", timeout=60)
    daemons[hills].expect(rf"Emergency {coastal} from the office refused: .*for other stations")
    province.wait_for_states(coastal, {"Xã Hải An": "aired"})
    assert query(hills, "SELECT code FROM upstream_messages WHERE message_id = ?",
                 (coastal,)) == [("not-for-us",)]  # fmt: skip
    assert len(airings(hills)) == 2
