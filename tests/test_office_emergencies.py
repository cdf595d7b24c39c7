"""Chị Mai sends emergencies from the office (real Mosquitto, collector, PostgreSQL and station
daemons, as tests/province.py sets them up) and follows them as she reads them in Vietnamese:
the collector collects the stations' reports whatever the order anh Tuấn set things up in,
and what a station aired and pushed is 'đã phát' even when its report was lost."""

from __future__ import annotations

import json
import re

import pytest
from click.testing import CliRunner, Result
from province import Province
from servers import wait_until

from cli import cli
from office import broker


@pytest.fixture(autouse=True)
def _in_vietnamese(vietnamese: None) -> None:
    """Mai's machine speaks Vietnamese."""


def mai(*args: str) -> Result:
    result = CliRunner(mix_stderr=False).invoke(cli, ["--station", "/nonexistent", *args])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.stderr
    return result


def send(province: Province, *args: str) -> str:
    """`office emergency` as she types it; the id it prints."""
    sent = mai("office", "emergency", "--db", province.dsn, "--keys", str(province.keys),
               "--repo", str(province.repository.root_dir), *args)  # fmt: skip
    assert sent.exit_code == 0, sent.stderr
    found = re.search(r"\d{8}-\d{6}-[0-9a-f]{6}", sent.stdout)
    assert found, sent.stdout
    return found[0]


def status(province: Province, message: str) -> str:
    said = mai("office", "emergency", "--db", province.dsn, "status", message)
    assert said.exit_code == 0, said.stderr
    return said.stdout


def serve_before_the_broker(province: Province) -> None:
    """The office as the README's order made it: `office serve` running, the broker not yet
    set up (the stations already hold their accounts, and Mosquitto its files)."""
    province.collector.kill()
    province.sql("DELETE FROM settings WHERE key = ANY(%s)", (list(broker.SETTINGS),))
    province.collector.start()


def test_the_broker_set_up_after_serve_still_brings_the_stations_reports(
    province: Province,
) -> None:
    root = province.commune("Xã Tân Lập", "ven-song")
    serve_before_the_broker(province)
    setup = mai("office", "broker", "setup", "--db", province.dsn, "--url", province.broker.url,
                "--dir", str(province.broker.accounts), "--pid-file",
                str(province.broker.pid_file))  # fmt: skip
    assert setup.exit_code == 0, setup.stderr
    daemon = province.start(root)
    daemon.expect(r"Broker: connected")
    message = send(province, "--text", "Khẩn cấp: nước sông lên nhanh, bà con ven sông sơ tán.")
    daemon.expect(rf"Emergency {message} from the office received \(mqtt\)")
    daemon.expect(r"#\d+ aired", timeout=60)
    province.wait_for_states(message, {"Xã Tân Lập": "aired"})  # its report was collected
    assert re.search(r"Xã Tân Lập .*đã phát", status(province, message))


def test_an_emergency_aired_and_pushed_is_aired_even_when_its_report_was_lost(
    province: Province,
) -> None:
    root = province.commune("Xã Tân Lập", "ven-song", poll_s=1)
    serve_before_the_broker(province)  # and never set up again: nobody hears the reports
    daemon = province.start(root)
    message = send(province, "--text", "Khẩn cấp: sạt lở đất ở thôn 3, bà con tránh xa.")
    daemon.expect(rf"Emergency {message} from the office received", timeout=60)
    daemon.expect(r"#\d+ aired", timeout=60)
    item = json.dumps([{"announcement_id": f"khan-cap-tren-{message}"}])
    wait_until(
        lambda: province.sql("SELECT 1 FROM airings WHERE items @> %s::jsonb", (item,)),
        "the station's push of the airing",
    )
    assert province.states(message) == {"Xã Tân Lập": "silent"}  # no report came
    said = status(province, message)
    assert re.search(r"Xã Tân Lập .*đã phát", said), said
    assert "không phản hồi" not in said
