"""Airing items in their own table: written with each airing in the same transaction, moved
over from older stores by a migration, and kept honest by `log verify`."""

from __future__ import annotations

import json
import re
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from conftest import PLANNED_AS_BEFORE, Run, query, write_script
from test_report import reseal

from broadcaster.store import ITEM_FIELDS, MIGRATIONS


@pytest.fixture
def aired(station: Path, scripts: Path, run: Run) -> Path:
    """Three airings of two announcements of a titled campaign (the second read twice)."""
    run("announce", "add",
        str(write_script(scripts, "bz.md", "Cài đặt ứng dụng Bluezone.", id="bz",
                         campaign="bluezone", campaign_title="Phòng, chống dịch COVID-19")),
        str(write_script(scripts, "rac.md", "Thu gom rác sáng thứ bảy.", id="rac", repeat=2,
                         campaign="ve-sinh")))  # fmt: skip
    for ids in (["bz", "rac"], ["rac"], ["bz"]):
        run("play", *(a for i in ids for a in ("--announce", i)), "--sink", f"file:{station}/out")
    with sqlite3.connect(station / "station.db") as conn:  # as logged before rows named who
        conn.execute("UPDATE airings SET person = NULL")  # aired them (w26hand): `downgraded`
        reseal(conn)  # drops the column
    return station


def items_table(station: Path) -> list[tuple[Any, ...]]:
    return query(
        station,
        f"SELECT airing_seq, position, {', '.join(ITEM_FIELDS)} FROM airing_items "
        "ORDER BY airing_seq, position",
    )


def items_json(station: Path) -> list[tuple[Any, ...]]:
    rows = []
    for seq, items in query(station, "SELECT seq, items FROM airings ORDER BY seq"):
        for n, item in enumerate(json.loads(items)):
            rows.append((seq, n, *(item.get(k) for k in ITEM_FIELDS)))
    return rows


def test_each_airing_writes_its_items_rows_saying_what_the_sealed_row_says(aired: Path) -> None:
    table = items_table(aired)
    assert table == items_json(aired)
    assert [(r[0], r[1], r[2]) for r in table] == [(1, 0, "bz"), (1, 1, "rac"), (2, 0, "rac"),
                                                   (3, 0, "bz")]  # fmt: skip
    by_field = dict(zip(ITEM_FIELDS, table[0][2:], strict=True))
    assert by_field["campaign_title"] == "Phòng, chống dịch COVID-19"
    assert by_field["version"] == 1 and by_field["duration_s"] > 0
    assert dict(zip(ITEM_FIELDS, table[1][2:], strict=True))["readings"] == 2


def test_items_are_written_in_the_airing_s_transaction(aired: Path, run: Run) -> None:
    """If the items cannot be written, neither is the airing: no row without its items."""
    before = query(aired, "SELECT COUNT(*) FROM airings")[0][0]
    with sqlite3.connect(aired / "station.db") as conn:
        conn.execute("CREATE TRIGGER refuse BEFORE INSERT ON airing_items "
                     "BEGIN SELECT RAISE(ABORT, 'items refused'); END")  # fmt: skip
    result = run("play", "--announce", "bz", "--sink", f"file:{aired}/out", code=1)
    assert "items refused" in result.stderr
    assert query(aired, "SELECT COUNT(*) FROM airings")[0][0] == before
    assert items_table(aired) == items_json(aired)


BEFORE_ITEMS = next(n for n, step in enumerate(MIGRATIONS) if "TABLE airing_items" in step)
"""The schema version of a station made before airing items had their own table."""
MADE_SINCE = [
    t for step in MIGRATIONS[BEFORE_ITEMS:] for t in re.findall(r"CREATE TABLE (\w+)", step)
]
ADDED_SINCE = [
    (table, column)
    for step in MIGRATIONS[BEFORE_ITEMS:]
    for table, column in re.findall(r"ALTER TABLE (\w+) ADD COLUMN (\w+)", step)
    if table not in MADE_SINCE
]
"""What later migrations made: such a station has none of it, and opening makes it again."""


def downgraded(station: Path) -> None:
    """The store as a station made before airing items had it."""
    with sqlite3.connect(station / "station.db") as conn:
        conn.executescript(
            PLANNED_AS_BEFORE
            + "".join(f"DROP TABLE {table};" for table in MADE_SINCE)
            + "".join(f"ALTER TABLE {t} DROP COLUMN {c};" for t, c in ADDED_SINCE)
            + f"PRAGMA user_version = {BEFORE_ITEMS};"
        )


def test_a_store_moved_over_verifies_like_before(aired: Path, run: Run) -> None:
    before = run("log", "verify").stdout
    expected = items_table(aired)
    downgraded(aired)
    assert run("log", "verify").stdout == before  # opening migrates
    assert query(aired, "PRAGMA user_version")[0][0] == len(MIGRATIONS)
    assert items_table(aired) == expected


@pytest.mark.parametrize("items", ["not json", "{}", '[1, "x"]'])
def test_the_move_survives_a_damaged_row(aired: Path, run: Run, items: str) -> None:
    """A row an old bug or a bad disk damaged does not stop the store from opening."""
    downgraded(aired)
    with sqlite3.connect(aired / "station.db") as conn:
        conn.execute("UPDATE airings SET items = ? WHERE seq = 2", [items])
    result = run("log", "verify", code=1)
    assert "airing #2 was changed after it was logged" in result.stderr
    assert [r[0] for r in items_table(aired)] == [1, 1, 3]


@pytest.mark.parametrize(
    ("sql", "seq"),
    [
        ("UPDATE airing_items SET title = 'Tiêu đề khác' WHERE airing_seq = 2", 2),
        ("UPDATE airing_items SET upstream_version = 7 WHERE airing_seq = 1 AND position = 1", 1),
        ("DELETE FROM airing_items WHERE airing_seq = 3", 3),
        ("INSERT INTO airing_items (airing_seq, position, announcement_id) VALUES (2, 1, 'x')", 2),
        ("INSERT INTO airing_items (airing_seq, position, announcement_id) VALUES (9, 0, 'x')", 9),
        ("UPDATE airing_items SET position = 7 WHERE airing_seq = 3", 3),  # as many rows, moved
        ("UPDATE airing_items SET airing_seq = 2 WHERE airing_seq = 1 AND position = 1", 1),
        ("UPDATE airing_items SET version = '1' || version WHERE airing_seq = 3", 3),
    ],
)
def test_verify_catches_items_changed_behind_the_log_s_back(
    aired: Path, run: Run, sql: str, seq: int
) -> None:
    with sqlite3.connect(aired / "station.db") as conn:
        conn.execute(sql)
    result = run("log", "verify", code=1)
    assert f"the announcements of airing #{seq} were changed in the report table" in result.stderr


@pytest.mark.parametrize(
    ("sql", "said"),
    [
        ("UPDATE airing_items SET title = 'khác' WHERE airing_seq = 2; "
         "UPDATE airings SET sink = 'khác' WHERE seq = 3",
         "the announcements of airing #2 were changed in the report table"),
        ("UPDATE airing_items SET title = 'khác' WHERE airing_seq = 3; "
         "UPDATE airings SET sink = 'khác' WHERE seq = 2",
         "airing #2 was changed after it was logged"),
        ("UPDATE airing_items SET title = 'khác' WHERE airing_seq = 2; "
         "UPDATE airings SET sink = 'khác' WHERE seq = 2",
         "airing #2 was changed after it was logged"),
    ],
)  # fmt: skip
def test_verify_names_the_first_problem_whichever_table_holds_it(
    aired: Path, run: Run, sql: str, said: str
) -> None:
    """The report table is checked beside the chain (by SQLite, while the rows are hashed):
    the verdict is still the first problem in the log's order, the airing's own row first."""
    with sqlite3.connect(aired / "station.db") as conn:
        conn.executescript(sql)
    result = run("log", "verify", code=1)
    assert said in result.stderr and result.stderr.count("\n") == 1
