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
from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database

GENESIS = "0" * 64
UNHASHED = ("id", "prev_hash", "row_hash")


def content_hash(prev_hash: str, row: dict[str, Any]) -> str:
    content = {k: v for k, v in row.items() if k not in UNHASHED}
    canonical = json.dumps(content, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256((prev_hash + canonical).encode()).hexdigest()


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
        return f"{self.rows} sealed airing(s), last #{self.seq}, chain head {self.row_hash}"

    def vietnamese(self) -> str:
        """For printed reports: enough to check a copy against the station later."""
        return f"Mã kiểm tra nhật ký: {self.rows} lượt, đến lượt #{self.seq}, {self.row_hash}"


@dataclass(frozen=True)
class Verdict:
    head: ChainHead
    problem: str | None
    """The first row that was edited, deleted or reordered; None when the chain holds."""


def verify(db: Database) -> Verdict:
    prev, prev_seq, count = GENESIS, 0, 0
    for row in db.query("SELECT * FROM airings ORDER BY seq"):
        seq = row["seq"]
        if row["row_hash"] is None:
            if row["status"] == "started":
                break  # on air now; it is sealed when it closes
            return Verdict(ChainHead(count, prev_seq, prev), f"airing #{seq} has no hash")
        if row["prev_hash"] != prev:
            if seq != prev_seq + 1:
                problem = f"airing #{prev_seq + 1} is missing: the log was cut before #{seq}"
            else:
                problem = f"airing #{seq} is out of place: rows were deleted or reordered"
            return Verdict(ChainHead(count, prev_seq, prev), problem)
        if content_hash(prev, row) != row["row_hash"]:
            return Verdict(
                ChainHead(count, prev_seq, prev),
                f"airing #{seq} was changed after it was logged (its hash does not match)",
            )
        prev, prev_seq, count = row["row_hash"], seq, count + 1
    return Verdict(ChainHead(count, prev_seq, prev), None)


def head(db: Database) -> ChainHead:
    row = db.execute(
        "SELECT COUNT(row_hash), MAX(seq), "
        "(SELECT row_hash FROM airings WHERE row_hash IS NOT NULL ORDER BY seq DESC LIMIT 1) "
        "FROM airings WHERE row_hash IS NOT NULL"
    ).fetchone()
    return ChainHead(row[0], row[1] or 0, row[2] or GENESIS)
