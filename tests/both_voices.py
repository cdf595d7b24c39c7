"""Class tables of readings checked in both voices: a row is the written text, its northern
reading and its southern one where it differs (None: the same). Shared by the round files
that keep one table a class, so one test reads every table."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import pytest

from announcements.normalize import Reader
from announcements.numbers import NORTH, SOUTH

Row = tuple[str, str, str | None]


def table_rows(tables: Mapping[str, Sequence[Row]]) -> list[object]:
    """Every row of every table, its id naming its table and place ('blank-3')."""
    return [
        pytest.param(*row, id=f"{name}-{n}")
        for name, table in tables.items()
        for n, row in enumerate(table)
    ]


def assert_read_in_both_voices(written: str, north: str, south: str | None) -> None:
    """Each voice reads `written` as its column says, with no word guessed."""
    for dialect, spoken in ((NORTH, north), (SOUTH, south or north)):
        reading = Reader({}, dialect).read(written)
        assert (reading.spoken, reading.guessed) == (spoken, ()), dialect.name
