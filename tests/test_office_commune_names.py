"""How chị Mai names a commune in `--to` (publish and emergencies), as the province office's
trial found it (w26office #3, #5): a ward, a town and a special zone are named with or without
the word of their kind, as a commune is without "Xã"; two units of one name (a commune and a
ward, two communes of two districts) are never both sent to on that name alone: refused, each
listed with how to name it. Real PostgreSQL (the session's), the CLI in Vietnamese."""

from __future__ import annotations

from pathlib import Path

import psycopg
import pytest
from click.testing import Result
from servers import Postgres
from test_office_desk import Desk, make_desk, publish_as, station_row

from office.db import open_office


@pytest.fixture(autouse=True)
def _in_vietnamese(vietnamese: None) -> None:
    """Mai's machine speaks Vietnamese."""


def reached(desk: Desk, result: Result) -> list[str]:
    """The communes the campaign just published is for, as the office recorded it."""
    assert result.exit_code == 0, result.stderr
    with psycopg.connect(desk.dsn) as conn:
        [(audience,)] = conn.execute("SELECT audience FROM campaigns").fetchall()
        keys = audience["stations"] if audience else []
        rows = conn.execute(
            "SELECT commune FROM stations WHERE key_id = ANY(%s) ORDER BY commune", [keys]
        )
        return [commune for (commune,) in rows]


def test_a_ward_a_town_and_a_special_zone_are_named_as_a_commune_is(
    postgres: Postgres, tmp_path: Path
) -> None:
    """#5: `same_commune` knew "Xã" only: "Bến Nghé" did not name "Phường Bến Nghé". The
    word of its kind may be left out, typed in any case or without accents; where a commune
    and a ward share a name, each kind names its own."""
    desk = make_desk(postgres, tmp_path)
    with open_office(desk.dsn) as conn:
        for commune in ("Phường Bến Nghé", "Thị trấn Lương Sơn", "Đặc khu Phú Quốc",
                        "Xã Tân Phú", "Phường Tân Phú"):  # fmt: skip
            station_row(conn, commune, "ven-song")
    assert reached(desk, publish_as(desk, "Bến Nghé")) == ["Phường Bến Nghé"]
    assert reached(desk, publish_as(desk, "PHƯỜNG  bến nghé", "Lương Sơn", "Phú Quốc")) == [
        "Phường Bến Nghé", "Thị trấn Lương Sơn", "Đặc khu Phú Quốc"
    ]  # fmt: skip
    assert reached(desk, publish_as(desk, "thi tran Lương Sơn", "dac khu Phú Quốc")) == [
        "Thị trấn Lương Sơn", "Đặc khu Phú Quốc"
    ]  # fmt: skip
    assert reached(desk, publish_as(desk, "Phường Tân Phú")) == ["Phường Tân Phú"]
    assert reached(desk, publish_as(desk, "xa tân phú")) == ["Xã Tân Phú"]
    assert reached(desk, publish_as(desk, "ven-song")) == []  # the group, as before
