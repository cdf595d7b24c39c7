"""Tamper evidence for the airing log: a hash chain over the closed rows, in `seq` order.

Each row, once closed, gets `row_hash` = sha256(previous row's hash + the row's content) and
keeps `prev_hash`. Editing a row breaks its own hash; deleting or reordering rows breaks the
link of the next one. Deleting rows at the very end leaves no trace in the chain itself,
which is why every export prints the chain head (last seq and hash): a copy handed in can be
checked against the station later.
"""

from __future__ import annotations

import hashlib
import json
import math
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from sqlite_utils import Database

from common.i18n import N_, _, ngettext

from .store import ITEM_FIELDS

GENESIS = "0" * 64
UNHASHED = ("id", "prev_hash", "row_hash")


def content_hash(prev_hash: str, row: dict[str, Any]) -> str:
    return hashlib.sha256((prev_hash + canonical(row)).encode()).hexdigest()


_JSON = json.JSONEncoder(sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode
_TEXT = json.encoder.encode_basestring  # what that encoder writes a string as (C when built)


def canonical(row: dict[str, Any]) -> str:
    """The row's content as hashed: exactly `json.dumps(content, sort_keys=True,
    ensure_ascii=False, separators=(",", ":"))`, byte for byte (every chain ever sealed was
    hashed so), written here value by value because `log verify` hashes every row of the log
    each time and json.dumps of a whole row costs twice as much. Values that are not plain
    text, numbers or null (none in a store; whatever an office receives) go through json."""
    labels = _labels(tuple(row))
    return "{" + "".join([label + _written(row[key]) for key, label in labels]) + "}"


@lru_cache(maxsize=16)
def _labels(keys: tuple[str, ...]) -> tuple[tuple[str, str], ...]:
    """The hashed keys in order, each with the text before its value (`"key":`, after a comma
    but the first): every row of a query has the same keys."""
    hashed = sorted(k for k in keys if k not in UNHASHED)
    return tuple((k, f"{',' if n else ''}{_TEXT(k)}:") for n, k in enumerate(hashed))


def _float(value: float) -> str:
    return float.__repr__(value) if math.isfinite(value) else _JSON(value)


_WRITERS: dict[type, Callable[[Any], str]] = {
    str: _TEXT, int: int.__repr__, float: _float, type(None): lambda _none: "null"
}  # fmt: skip
"""What json writes for the values a store holds (bool is not int here: json writes true)."""


def _written(value: Any) -> str:
    return _WRITERS.get(type(value), _JSON)(value)


def seal(db: Database) -> None:
    """Hash every closed row after the last sealed one, stopping at a row still on air.
    Call inside the transaction that closed or added rows."""
    last = db.execute(
        "SELECT seq, row_hash FROM airings WHERE row_hash IS NOT NULL ORDER BY seq DESC LIMIT 1"
    ).fetchone()
    since, prev = last if last else (0, GENESIS)
    for row in db.query("SELECT * FROM airings WHERE seq > ? ORDER BY seq", [since]):
        if row["status"] == "started":
            return
        row_hash = content_hash(prev, row)
        db.execute(
            "UPDATE airings SET prev_hash = ?, row_hash = ? WHERE seq = ?",
            [prev, row_hash, row["seq"]],
        )
        prev = row_hash


@dataclass(frozen=True)
class ChainHead:
    rows: int
    seq: int
    row_hash: str

    def __str__(self) -> str:
        return ngettext(
            "{n} sealed airing, last #{seq}, chain head {hash}",
            "{n} sealed airings, last #{seq}, chain head {hash}",
            self.rows,
        ).format(n=self.rows, seq=self.seq, hash=self.row_hash)

    def vietnamese(self) -> str:
        """For printed reports: enough to check a copy against the station later."""
        return f"Mã kiểm tra nhật ký: {self.rows} lượt, đến lượt #{self.seq}, {self.row_hash}"


@dataclass(frozen=True)
class Verdict:
    head: ChainHead
    problem: str | None
    """The first row that was edited, deleted or reordered; None when the chain holds."""


_ITEMS = "CASE WHEN json_valid(a.items) AND json_type(a.items) = 'array' THEN a.items ELSE '[]' END"
ITEMS_DIFFER = f"""
    WITH listed AS (
        SELECT a.seq, CAST(i.key AS INTEGER) AS position, i.value
        FROM airings a, json_each({_ITEMS}) i WHERE i.type = 'object'
    )
    SELECT MIN(seq) FROM (
        SELECT l.seq FROM listed l
        LEFT JOIN airing_items t ON t.airing_seq = l.seq AND t.position = l.position
        WHERE t.airing_seq IS NULL OR {
    " OR ".join(f"t.{k} IS NOT json_extract(l.value, '$.{k}')" for k in ITEM_FIELDS)
}
        UNION ALL
        SELECT t.airing_seq FROM airing_items t
        WHERE NOT EXISTS (SELECT 1 FROM listed l
                          WHERE l.seq = t.airing_seq AND l.position = t.position)
    )
"""
"""The first airing whose rows in `airing_items` (what reports read) do not say what its sealed
JSON `items` says, or that has item rows but no airing: an entry of the JSON with no row at its
position or a differing one, or a row with no entry at its position (which is also how a row
count that differs shows). Each airing's JSON is read once (for a year's log this is most of
`log verify`'s time after the hashes)."""
ITEMS_CHANGED = N_(
    "the announcements of airing #{seq} were changed in the report table after it was logged"
)

MIN_HEAD_CHARS = 16
"""A chain head copied from paper may be shortened to this many characters, not fewer."""


def clean_head(text: str) -> str:
    """A chain head as typed from a printed report: spaces and dashes dropped, any case."""
    head = "".join(text.split()).replace("-", "").lower()
    if (
        len(head) < MIN_HEAD_CHARS
        or len(head) > 64
        or any(c not in "0123456789abcdef" for c in head)
    ):
        raise ValueError(
            _("'{head}' is not a chain head: give at least {n} of its hexadecimal characters "
              "(0-9, a-f) as printed on the report").format(head=text, n=MIN_HEAD_CHARS)
        )  # fmt: skip
    return head


def verify(db: Database, head_hash: str | None = None) -> Verdict:
    """Check every row in seq order: numbers without gaps, each row sealed (only the newest
    may be `started`, on air now, and unsealed), each hash linking to the one before and
    matching the row's content; and, given the chain head printed on a report, that the log
    still holds it (so a rewritten and re-sealed log is caught by the paper)."""
    damaged = [r[0] for r in db.execute("PRAGMA quick_check").fetchall()]
    if damaged != ["ok"]:
        return Verdict(ChainHead(0, 0, GENESIS), _("the store file is damaged: {detail}").format(
            detail=damaged[0]))  # fmt: skip
    prev, prev_seq, count = GENESIS, 0, 0
    found = head_hash is None or GENESIS.startswith(head_hash)
    last_seq = db.execute("SELECT MAX(seq) FROM airings").fetchone()[0]
    differ = db.execute(ITEMS_DIFFER).fetchone()[0]

    def broken(problem: str) -> Verdict:
        return Verdict(ChainHead(count, prev_seq, prev), problem)

    for row in db.query("SELECT * FROM airings ORDER BY seq"):
        seq = row["seq"]
        if seq != prev_seq + 1:
            return broken(
                _("airing #{missing} is missing: the log jumps from #{before} to #{seq}").format(
                    missing=prev_seq + 1, before=prev_seq, seq=seq
                )
            )
        if row["row_hash"] is None:
            if row["status"] != "started":
                return broken(_("airing #{seq} has no hash").format(seq=seq))
            if seq != last_seq:
                return broken(
                    _("airing #{seq} is marked on air but later airings follow it").format(seq=seq)
                )
            break  # on air now; it is sealed when it closes
        if row["prev_hash"] != prev:
            return broken(
                _("airing #{seq} is out of place: rows were deleted or reordered").format(seq=seq)
            )
        if content_hash(prev, row) != row["row_hash"]:
            return broken(
                _("airing #{seq} was changed after it was logged (its hash does not match)")
                .format(seq=seq)
            )  # fmt: skip
        if seq == differ:
            return broken(_(ITEMS_CHANGED).format(seq=seq))
        prev, prev_seq, count = row["row_hash"], seq, count + 1
        found = found or prev.startswith(head_hash or "")
    if differ is not None and differ > prev_seq:
        return broken(_(ITEMS_CHANGED).format(seq=differ))
    if not found:
        return broken(
            _("the log does not hold the chain head {head} given from a report: it was "
              "rewritten or cut after that report was printed").format(head=head_hash)
        )  # fmt: skip
    return Verdict(ChainHead(count, prev_seq, prev), None)


def head(db: Database) -> ChainHead:
    row = db.execute(
        "SELECT COUNT(row_hash), MAX(seq), "
        "(SELECT row_hash FROM airings WHERE row_hash IS NOT NULL ORDER BY seq DESC LIMIT 1) "
        "FROM airings WHERE row_hash IS NOT NULL"
    ).fetchone()
    return ChainHead(row[0], row[1] or 0, row[2] or GENESIS)
